// A CPTS seated in Metz under the law of 1901.
// expect: CPTS.LEGAL_FORM.SEAT
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::cpts, legal_form::association_1901>(
    {.name = "CPTS", .seat = "57463"_insee, .project = project},
    {gp(false), pro(professions::nurse)});
#else
constexpr auto checked = make_constant<structure_kind::cpts, legal_form::association_local_law>(
    {.name = "CPTS", .seat = "57463"_insee, .project = project},
    {gp(false), pro(professions::nurse)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
