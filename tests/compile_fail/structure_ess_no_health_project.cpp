// A ESS without a health project.
// expect: ESS.HEALTH_PROJECT
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::ess, legal_form::none>(
    {.name = "ESS"},
    {specialist(), pro(professions::nurse)});
#else
constexpr auto checked = make_constant<structure_kind::ess, legal_form::none>(
    {.name = "ESS", .project = project},
    {specialist(), pro(professions::nurse)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
