// A SIREN literal whose Luhn key is wrong does not compile.
// expect: invalid_SIREN_literal
#include <coordcare/vocabulary/identifiers.hpp>

int main() {
    using namespace coordcare;
#ifdef COORDCARE_COMPILE_FAIL
    constexpr siren id = "732829321"_siren;
#else
    constexpr siren id = "732829320"_siren;
#endif
    return id.text().size() == 9 ? 0 : 1;
}
