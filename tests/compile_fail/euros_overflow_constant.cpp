// Overflow in a constant expression does not compile, and says why.
// expect: euros_arithmetic_overflowed
#include <coordcare/vocabulary/money.hpp>

#include <cstdint>

int main() {
    using namespace coordcare;
    constexpr euros biggest = euros::from_cents(INT64_MAX);
#ifdef COORDCARE_COMPILE_FAIL
    constexpr euros sum = biggest + 1_cents;
#else
    constexpr euros sum = biggest - 1_cents;
#endif
    return sum.cents() > 0 ? 0 : 1;
}
