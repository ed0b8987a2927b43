// A CDS under both the accord national and the contrat-type.
// expect: CDS.SINGLE_AGREEMENT
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::cds, legal_form::commune_or_grouping>(
    {.name = "CDS", .project = project, .funding = {.national_agreement = true, .model_contract = true}},
    {pro(professions::nurse, practice_mode::salaried)});
#else
constexpr auto checked = make_constant<structure_kind::cds, legal_form::commune_or_grouping>(
    {.name = "CDS", .project = project, .funding = {.national_agreement = true}},
    {pro(professions::nurse, practice_mode::salaried)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
