// Euros times euros has no meaning.
// expect: coordcare::euros' and 'const coordcare::euros'
#include <coordcare/vocabulary/money.hpp>

int main() {
    using namespace coordcare;
    const euros fee = 25_eur;
#ifdef COORDCARE_COMPILE_FAIL
    const auto square = fee * fee;
#else
    const auto square = fee * 2;
#endif
    return square.cents() > 0 ? 0 : 1;
}
