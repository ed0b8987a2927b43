// A clinic as a member of an ESS.
// expect: ESS.HEALTH_PROFESSIONALS_ONLY
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::ess, legal_form::none>(
    {.name = "ESS", .project = project},
    {specialist(), organisation_literal{.name = "Clinique", .kind = organisation_kind::health_establishment, .signatory = true}});
#else
constexpr auto checked = make_constant<structure_kind::ess, legal_form::none>(
    {.name = "ESS", .project = project},
    {specialist(), pro(professions::nurse)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
