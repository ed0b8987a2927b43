// A dental assistant as an associate of an MSP (a SISA): associates are medical professionals, auxiliaries or pharmacists.
// expect: MSP.ASSOCIATE_PROFESSIONS
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::msp, legal_form::sisa>(
    {.name = "MSP", .project = project},
    {gp(), gp(), pro(professions::nurse, practice_mode::liberal, true), pro(professions::dental_assistant, practice_mode::liberal, true)});
#else
constexpr auto checked = make_constant<structure_kind::msp, legal_form::sisa>(
    {.name = "MSP", .project = project},
    {gp(), gp(), pro(professions::nurse, practice_mode::liberal, true), pro(professions::dental_assistant, practice_mode::salaried)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
