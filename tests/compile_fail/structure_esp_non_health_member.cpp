// A social worker in an ESP.
// expect: ESP.HEALTH_PROFESSIONALS_ONLY
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::esp, legal_form::none>(
    {.name = "ESP", .project = project},
    {gp(false), role(non_health_role::social_worker)});
#else
constexpr auto checked = make_constant<structure_kind::esp, legal_form::none>(
    {.name = "ESP", .project = project},
    {gp(false), pro(professions::nurse)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
