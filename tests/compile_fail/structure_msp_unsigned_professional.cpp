// A physiotherapist of an MSP who has not signed its health project.
// expect: MSP.HEALTH_PROJECT.SIGNED
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::msp, legal_form::association_1901>(
    {.name = "MSP", .project = project},
    {gp(false), gp(false), unsigned_pro(professions::physiotherapist)});
#else
constexpr auto checked = make_constant<structure_kind::msp, legal_form::association_1901>(
    {.name = "MSP", .project = project},
    {gp(false), gp(false), pro(professions::physiotherapist)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
