// A SIRET that does not belong to the structure's SIREN.
// expect: ID.SIRET_WITHIN_SIREN
#include "constant_members.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto checked = make_constant<structure_kind::msp, legal_form::association_1901>(
    {.name = "MSP", .ids = {.siren = "732829320"_siren, .siret = "55210055400013"_siret}, .project = project},
    {gp(false), gp(false), pro(professions::nurse)});
#else
constexpr auto checked = make_constant<structure_kind::msp, legal_form::association_1901>(
    {.name = "MSP", .ids = {.siren = "732829320"_siren, .siret = "73282932000074"_siret}, .project = project},
    {gp(false), gp(false), pro(professions::nurse)});
#endif

int main() { return checked.data.name.empty() ? 1 : 0; }
