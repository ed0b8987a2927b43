// An association that signed the ACI MSP (no grace period for constants).
// expect: MSP.ACI.SISA
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::msp, legal_form::association_1901>(
    {.name = "MSP", .project = project, .funding = {.aci_signed = date{std::chrono::year{2024} / 1 / 15}}},
    {gp(false), gp(false), pro(professions::nurse)});
#else
constexpr auto checked = make_constant<structure_kind::msp, legal_form::sisa>(
    {.name = "MSP", .project = project, .funding = {.aci_signed = date{std::chrono::year{2024} / 1 / 15}}},
    {gp(), gp(), pro(professions::nurse, practice_mode::liberal, true)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
