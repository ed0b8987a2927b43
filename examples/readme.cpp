// The snippet of the README's "A taste of the API", compiled and run by the test suite.
#include <coordcare/coordcare.hpp>

#include <iostream>

int main() {
    using namespace coordcare;
    using namespace std::chrono;

    constexpr euros operating = 50'000_eur;                  // integer cents; 50'000.0 would not compile
    static_assert(75_pct * operating == 37'500_eur);         // rounding: nearest cent, halves away from zero
    const auto parts = split(100'000_eur, 3);                // 33 333,34 € + 33 333,33 € + 33 333,33 €

    static_assert(professions::nurse.category() == profession_category::medical_auxiliary);
    constexpr profession midwife{50};                        // profession{99} does not compile:
                                                             //   "unknown_TRE_G15_profession_code"
    const auto kind = structure_kind_from_tre_r66(603);      // structure_kind::msp
    const auto deadline = add_months(2024y / December / 31d, months{2});  // 2025-02-28

    std::cout << parts[0].french_text() << ' ' << midwife.name().en << ' ' << acronym(*kind) << ' ' << iso_text(deadline)
              << '\n';
    const bool as_documented = parts[0] == euros::from_cents(3'333'334) && kind == structure_kind::msp &&
                               deadline == 2025y / February / 28d;
    return as_documented ? 0 : 1;
}
