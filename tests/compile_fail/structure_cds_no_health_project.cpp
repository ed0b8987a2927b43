// A CDS without a health project.
// expect: CDS.HEALTH_PROJECT
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::cds, legal_form::commune_or_grouping>(
    {.name = "CDS"},
    {pro(professions::nurse, practice_mode::salaried)});
#else
constexpr auto checked = make_constant<structure_kind::cds, legal_form::commune_or_grouping>(
    {.name = "CDS", .project = project},
    {pro(professions::nurse, practice_mode::salaried)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
