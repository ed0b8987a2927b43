// A SISA with as many salaried professionals as liberal associates.
// expect: MSP.SISA.SALARIED_FEWER_THAN_ASSOCIATES
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::msp, legal_form::sisa>(
    {.name = "MSP", .project = project},
    {gp(), gp(), pro(professions::nurse, practice_mode::liberal, true), pro(professions::nurse, practice_mode::salaried), pro(professions::nurse, practice_mode::salaried), pro(professions::nurse, practice_mode::salaried)});
#else
constexpr auto checked = make_constant<structure_kind::msp, legal_form::sisa>(
    {.name = "MSP", .project = project},
    {gp(), gp(), pro(professions::nurse, practice_mode::liberal, true), pro(professions::nurse, practice_mode::salaried), pro(professions::nurse, practice_mode::salaried)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
