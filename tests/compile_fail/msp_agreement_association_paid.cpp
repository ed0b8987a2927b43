// An MSP constituted as an association asked for its remuneration: only a SISA is paid (a constant has no
// date, so the six months to become one are over).
// expect: MSP.ACI.SISA: only a SISA is paid under the ACI MSP
#include "constant_msp_years.hpp"

using namespace cf;

constexpr auto msp_year = make_constant_msp_agreement(2024y / January / 15d, 2023y / December / 1d, 2025, 4'000, prerequisites);
#ifdef COORDCARE_COMPILE_FAIL
constexpr auto paid = msp_remuneration_of(association_msp, msp_year);
#else
constexpr auto paid = msp_remuneration_of(sisa_msp, msp_year);
#endif

int main() { return paid.amount.value == 45'150_eur ? 0 : 1; }  // 6 450 points × 7 €
