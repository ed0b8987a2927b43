// A size-2 contract for a territory of 80 000 inhabitants (size 3 under the national figures).
// expect: CPTS.CONTRACT.SIZE
#include "constant_contracts.hpp"

using namespace cf;

constexpr auto header = [] {
    auto h = size_2_signed(2021y / March / 15d);
#ifdef COORDCARE_COMPILE_FAIL
    h.population = 80'000;
#else
    h.population = 79'999;
#endif
    return h;
}();
constexpr auto contract = make_constant_contract<cpts_size::two>(
    header, mission_literal<cpts_mission::access_to_care>{}, mission_literal<cpts_mission::patient_pathways>{},
    mission_literal<cpts_mission::prevention>{});

int main() { return contract.data.cpts.empty() ? 1 : 0; }
