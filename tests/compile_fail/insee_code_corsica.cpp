// Corsica's communes are 2A or 2B, never 20: a malformed INSEE code literal does not compile.
// expect: invalid_INSEE_commune_code_literal
#include <coordcare/vocabulary/identifiers.hpp>

int main() {
    using namespace coordcare;
#ifdef COORDCARE_COMPILE_FAIL
    constexpr commune_code ajaccio = "20004"_insee;
#else
    constexpr commune_code ajaccio = "2A004"_insee;
#endif
    return ajaccio.department() == "2A" ? 0 : 1;
}
