// A constant contract that names a mission twice: its set of missions has no duplicate.
// expect: CPTS.CONTRACT.MISSION_OF_EDITION
#include "constant_contracts.hpp"

using namespace cf;

constexpr auto contract = make_constant_contract<cpts_size::two>(
    size_2_signed(2021y / March / 15d), mission_literal<cpts_mission::access_to_care>{},
    mission_literal<cpts_mission::patient_pathways>{},
#ifdef COORDCARE_COMPILE_FAIL
    mission_literal<cpts_mission::patient_pathways>{},
#endif
    mission_literal<cpts_mission::prevention>{});

int main() { return contract.data.cpts.empty() ? 1 : 0; }
