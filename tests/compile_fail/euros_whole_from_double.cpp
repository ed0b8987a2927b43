// Money is never built from floating point, not even through a named constructor.
// expect: floating_point_is_not_money
#include <coordcare/vocabulary/money.hpp>

int main() {
    using namespace coordcare;
#ifdef COORDCARE_COMPILE_FAIL
    const euros fee = euros::whole(12.5);
#else
    const euros fee = euros::whole(12);
#endif
    return fee.cents() > 0 ? 0 : 1;
}
