// An MSP without legal personality.
// expect: MSP.LEGAL_PERSON
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::msp, legal_form::none>(
    {.name = "MSP", .project = project},
    {gp(false), gp(false), pro(professions::nurse)});
#else
constexpr auto checked = make_constant<structure_kind::msp, legal_form::association_1901>(
    {.name = "MSP", .project = project},
    {gp(false), gp(false), pro(professions::nurse)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
