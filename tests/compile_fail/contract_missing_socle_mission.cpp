// A contract signed in 2023 (avenant 2) without the crisis mission, socle since avenant 2.
// expect: CPTS.CONTRACT.SOCLE_MISSIONS
#include "constant_contracts.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto contract = make_constant_contract<cpts_size::two>(
    size_2_signed(2023y / January / 16d), mission_literal<cpts_mission::access_to_care>{.years = every_year(20'000, 30'000)},
    mission_literal<cpts_mission::patient_pathways>{.years = every_year(15'000, 25'000)},
    mission_literal<cpts_mission::prevention>{.years = every_year(10'000, 20'000)});
#else
constexpr auto contract = make_constant_contract<cpts_size::two>(
    size_2_signed(2023y / January / 16d), mission_literal<cpts_mission::access_to_care>{.years = every_year(20'000, 30'000)},
    mission_literal<cpts_mission::patient_pathways>{.years = every_year(15'000, 25'000)},
    mission_literal<cpts_mission::prevention>{.years = every_year(10'000, 20'000)},
    mission_literal<cpts_mission::crisis_response>{.years = every_year(22'500, 67'500)});
#endif

int main() { return contract.data.cpts.empty() ? 1 : 0; }
