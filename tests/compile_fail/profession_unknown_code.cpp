// A TRE_G15 code that does not exist is rejected in a constant expression.
// expect: unknown_TRE_G15_profession_code
#include <coordcare/vocabulary/professions.hpp>

int main() {
    using namespace coordcare;
#ifdef COORDCARE_COMPILE_FAIL
    constexpr profession p{99};
#else
    constexpr profession p{96};
#endif
    return p.tre_g15_code() > 0 ? 0 : 1;
}
