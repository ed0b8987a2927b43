// An MSP that signed the agreement before its health project was validated.
// expect: MSP.AGREEMENT.PROJECT_VALIDATED
#include "constant_msp_years.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr auto msp_year = make_constant_msp_agreement(2024y / January / 15d, 2024y / February / 1d, 2025, 4'000, prerequisites);
#else
constexpr auto msp_year = make_constant_msp_agreement(2024y / January / 15d, 2024y / January / 15d, 2025, 4'000, prerequisites);
#endif

int main() { return msp_year.patientele == 4'000 ? 0 : 1; }
