// A psychologist as an associate of an MSP.
// expect: MSP.NON_HEALTH.NOT_ASSOCIATE
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::msp, legal_form::association_1901>(
    {.name = "MSP", .project = project},
    {gp(false), gp(false), pro(professions::nurse), role(non_health_role::psychologist, true)});
#else
constexpr auto checked = make_constant<structure_kind::msp, legal_form::association_1901>(
    {.name = "MSP", .project = project},
    {gp(false), gp(false), pro(professions::nurse), role(non_health_role::psychologist, false)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
