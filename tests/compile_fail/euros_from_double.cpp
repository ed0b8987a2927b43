// Money is never built from floating point.
// expect: floating_point_is_not_money
#include <coordcare/vocabulary/money.hpp>

int main() {
    using namespace coordcare;
#ifdef COORDCARE_COMPILE_FAIL
    const euros fee{25.50};
#else
    const euros fee = euros::from_cents(2550);
#endif
    return fee.cents() > 0 ? 0 : 1;
}
