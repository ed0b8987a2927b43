// A structure that is not an MSP (a CPTS) asked for its remuneration under the ACI MSP.
// expect: MSP.AGREEMENT: the ACI MSP pays a health house (MSP)
#include "constant_msp_years.hpp"

using namespace cf;

constexpr auto msp_year = make_constant_msp_agreement(2024y / January / 15d, 2023y / December / 1d, 2025, 4'000, prerequisites);
#ifdef COORDCARE_COMPILE_FAIL
constexpr auto territory = make_constant<structure_kind::cpts, legal_form::association_1901>(
    {.name = "CPTS", .seat = "75120"_insee, .project = project}, {gp(false), pro(professions::nurse)});
constexpr auto paid = msp_remuneration_of(territory, msp_year);
#else
constexpr auto paid = msp_remuneration_of(sisa_msp, msp_year);
#endif

int main() { return paid.prerequisites_met() ? 0 : 1; }
