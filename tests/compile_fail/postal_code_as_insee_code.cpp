// A postal code is not an INSEE code (75015 is the postal code of Paris 15e, whose INSEE code is 75115):
// the two types do not convert into each other, so a seat cannot be given a postal code by mistake.
// expect: postal_code
#include <coordcare/structures.hpp>

int main() {
    using namespace coordcare;
    cpts c;
#ifdef COORDCARE_COMPILE_FAIL
    c.seat = "75015"_postal;
#else
    c.seat = "75115"_insee;
#endif
    return c.seat->department() == "75" ? 0 : 1;
}
