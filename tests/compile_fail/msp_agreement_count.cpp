// A quality approach at level 4: the indicator has three levels.
// expect: MSP.AGREEMENT.COUNT
#include "constant_msp_years.hpp"

using namespace cf;

constexpr int level =
#ifdef COORDCARE_COMPILE_FAIL
    4;
#else
    3;
#endif
constexpr auto msp_year = make_constant_msp_agreement(
    2024y / January / 15d, 2023y / December / 1d, 2025, 4'000,
    std::array{prerequisites[0], prerequisites[1], prerequisites[2], prerequisites[3], msp_indicator_result{msp_indicator::quality, level}});

int main() { return msp_year.indicators[4].count == 3 ? 0 : 1; }
