// A ESP without a health project.
// expect: ESP.HEALTH_PROJECT
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::esp, legal_form::none>(
    {.name = "ESP"},
    {gp(false), pro(professions::nurse)});
#else
constexpr auto checked = make_constant<structure_kind::esp, legal_form::none>(
    {.name = "ESP", .project = project},
    {gp(false), pro(professions::nurse)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
