// A postal code has five digits: a malformed postal code literal does not compile.
// expect: invalid_postal_code_literal
#include <coordcare/vocabulary/identifiers.hpp>

int main() {
    using namespace coordcare;
#ifdef COORDCARE_COMPILE_FAIL
    constexpr postal_code marseille = "1300A"_postal;
#else
    constexpr postal_code marseille = "13001"_postal;
#endif
    return marseille.text() == "13001" ? 0 : 1;
}
