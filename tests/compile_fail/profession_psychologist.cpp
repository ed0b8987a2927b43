// Psychologist (93) left TRE_G15 and is not a health profession: it is a non_health_role.
// expect: unknown_TRE_G15_profession_code
#include <coordcare/vocabulary/professions.hpp>

int main() {
    using namespace coordcare;
#ifdef COORDCARE_COMPILE_FAIL
    constexpr profession p{93};
    return p.tre_g15_code() > 0 ? 0 : 1;
#else
    constexpr auto role = non_health_role_from_tre_r95(93);
    return role == non_health_role::psychologist ? 0 : 1;
#endif
}
