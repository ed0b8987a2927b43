// An achievement rate above 100 % is not a value.
// expect: achievement_rate_outside_0_to_100_percent
#include "constant_contracts.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr achievement_rate rate{percent::basis_points(10'001)};
#else
constexpr achievement_rate rate{percent::basis_points(10'000)};
#endif

int main() { return rate.value() == 100_pct ? 0 : 1; }
