// A year of 2021 (the ACI MSP of 2017) reporting the crisis indicator, which came with avenant 1.
// expect: MSP.AGREEMENT.INDICATOR_OF_EDITION
#include "constant_msp_years.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto msp_year = make_constant_msp_agreement(2020y / January / 15d, 2019y / December / 1d, 2021, 4'000, prerequisites);
#else
constexpr auto msp_year = make_constant_msp_agreement(
    2020y / January / 15d, 2019y / December / 1d, 2021, 4'000,
    std::array{msp_indicator_result{msp_indicator::opening_hours}, msp_indicator_result{msp_indicator::coordination},
               msp_indicator_result{msp_indicator::information_system, 10}});
#endif

int main() { return msp_year.year == 2021 ? 0 : 1; }
