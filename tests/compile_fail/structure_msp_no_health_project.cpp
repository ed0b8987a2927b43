// An MSP without a health project.
// expect: MSP.HEALTH_PROJECT
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::msp, legal_form::association_1901>(
    {.name = "MSP"},
    {gp(false), gp(false), pro(professions::nurse)});
#else
constexpr auto checked = make_constant<structure_kind::msp, legal_form::association_1901>(
    {.name = "MSP", .project = project},
    {gp(false), gp(false), pro(professions::nurse)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
