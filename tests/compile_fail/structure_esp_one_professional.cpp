// An ESP of one general practitioner: a team counts at least two health professionals.
// expect: ESP.TWO_PROFESSIONALS
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::esp, legal_form::none>(
    {.name = "ESP", .project = project},
    {gp(false)});
#else
constexpr auto checked = make_constant<structure_kind::esp, legal_form::none>(
    {.name = "ESP", .project = project},
    {gp(false), pro(professions::nurse)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
