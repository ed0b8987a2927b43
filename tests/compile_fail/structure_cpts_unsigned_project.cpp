// A CPTS whose health project no member signed.
// expect: CPTS.HEALTH_PROJECT.SIGNED
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::cpts, legal_form::association_1901>(
    {.name = "CPTS", .seat = "75120"_insee, .project = project},
    {unsigned_pro(professions::nurse), unsigned_pro(professions::pharmacist)});
#else
constexpr auto checked = make_constant<structure_kind::cpts, legal_form::association_1901>(
    {.name = "CPTS", .seat = "75120"_insee, .project = project},
    {unsigned_pro(professions::nurse), pro(professions::pharmacist)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
