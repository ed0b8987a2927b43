// A liberal dentist in a CDS.
// expect: CDS.SALARIED
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::cds, legal_form::commune_or_grouping>(
    {.name = "CDS", .project = project},
    {pro(professions::nurse, practice_mode::salaried), pro(professions::dentist, practice_mode::liberal)});
#else
constexpr auto checked = make_constant<structure_kind::cds, legal_form::commune_or_grouping>(
    {.name = "CDS", .project = project},
    {pro(professions::nurse, practice_mode::salaried), pro(professions::dentist, practice_mode::volunteer)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
