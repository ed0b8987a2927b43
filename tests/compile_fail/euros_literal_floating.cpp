// There is no floating-point euros literal.
// expect: operator""_eur
#include <coordcare/vocabulary/money.hpp>

int main() {
    using namespace coordcare;
#ifdef COORDCARE_COMPILE_FAIL
    const euros fee = 25.5_eur;
#else
    const euros fee = 25_eur + 50_cents;
#endif
    return fee.cents() > 0 ? 0 : 1;
}
