// A SISA-MSP with one doctor among its associates.
// expect: MSP.SISA.MIN_ASSOCIATES
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::msp, legal_form::sisa>(
    {.name = "MSP", .project = project},
    {gp(), gp(false), pro(professions::nurse, practice_mode::liberal, true)});
#else
constexpr auto checked = make_constant<structure_kind::msp, legal_form::sisa>(
    {.name = "MSP", .project = project},
    {gp(), gp(), pro(professions::nurse, practice_mode::liberal, true)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
