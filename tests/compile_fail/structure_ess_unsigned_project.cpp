// An ESS whose health project no member signed.
// expect: ESS.HEALTH_PROJECT.SIGNED
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::ess, legal_form::none>(
    {.name = "ESS", .project = project},
    {unsigned_pro(professions::doctor, doctor_specialty::other_specialty), unsigned_pro(professions::nurse)});
#else
constexpr auto checked = make_constant<structure_kind::ess, legal_form::none>(
    {.name = "ESS", .project = project},
    {unsigned_pro(professions::doctor, doctor_specialty::other_specialty), pro(professions::nurse)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
