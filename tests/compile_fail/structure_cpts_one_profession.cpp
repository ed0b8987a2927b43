// A CPTS whose members are all doctors.
// expect: CPTS.PLURIPROFESSIONAL
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::cpts, legal_form::association_1901>(
    {.name = "CPTS", .seat = "75120"_insee, .project = project},
    {gp(false), specialist(), gp(false)});
#else
constexpr auto checked = make_constant<structure_kind::cpts, legal_form::association_1901>(
    {.name = "CPTS", .seat = "75120"_insee, .project = project},
    {gp(false), specialist(), pro(professions::pharmacist)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
