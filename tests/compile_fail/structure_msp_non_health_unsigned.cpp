// An osteopath who has not signed the health project.
// expect: MSP.NON_HEALTH.SIGNED_PROJECT
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::msp, legal_form::association_1901>(
    {.name = "MSP", .project = project},
    {gp(false), gp(false), pro(professions::nurse), role(non_health_role::osteopath, false, false)});
#else
constexpr auto checked = make_constant<structure_kind::msp, legal_form::association_1901>(
    {.name = "MSP", .project = project},
    {gp(false), gp(false), pro(professions::nurse), role(non_health_role::osteopath, false, true)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
