// A nurse of an ESP who has not signed its health project.
// expect: ESP.HEALTH_PROJECT.SIGNED
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::esp, legal_form::none>(
    {.name = "ESP", .project = project},
    {gp(false), unsigned_pro(professions::nurse)});
#else
constexpr auto checked = make_constant<structure_kind::esp, legal_form::none>(
    {.name = "ESP", .project = project},
    {gp(false), pro(professions::nurse)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
