// A percentage is exact: it is never built from floating point.
// expect: floating_point_is_not_money
#include <coordcare/vocabulary/money.hpp>

int main() {
    using namespace coordcare;
#ifdef COORDCARE_COMPILE_FAIL
    const percent advance = percent::whole(0.75);
#else
    const percent advance = percent::whole(75);
#endif
    return advance.in_basis_points() > 0 ? 0 : 1;
}
