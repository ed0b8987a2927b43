// An amount of money is not a count: euros + int must not compile.
// expect: coordcare::euros' and 'int'
#include <coordcare/vocabulary/money.hpp>

int main() {
    using namespace coordcare;
    const euros fee = 25_eur;
#ifdef COORDCARE_COMPILE_FAIL
    const auto total = fee + 3;
#else
    const auto total = fee + 3_eur;
#endif
    return total.cents() > 0 ? 0 : 1;
}
