// A constant contract whose access-to-care mission started a day after its deadline (6 months).
// expect: CPTS.CONTRACT.MISSION_STARTED
#include "constant_contracts.hpp"

using namespace cf;

constexpr auto contract = make_constant_contract<cpts_size::two>(
    size_2_signed(2021y / March / 15d),
#ifdef COORDCARE_COMPILE_FAIL
    mission_literal<cpts_mission::access_to_care>{.started = 2021y / September / 16d},
#else
    mission_literal<cpts_mission::access_to_care>{.started = 2021y / September / 15d},
#endif
    mission_literal<cpts_mission::patient_pathways>{}, mission_literal<cpts_mission::prevention>{});

int main() { return contract.data.cpts.empty() ? 1 : 0; }
