// A CPTS without a health project.
// expect: CPTS.HEALTH_PROJECT
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::cpts, legal_form::association_1901>(
    {.name = "CPTS", .seat = "75120"_insee},
    {gp(false), pro(professions::nurse)});
#else
constexpr auto checked = make_constant<structure_kind::cpts, legal_form::association_1901>(
    {.name = "CPTS", .seat = "75120"_insee, .project = project},
    {gp(false), pro(professions::nurse)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
