// The snippets of the README's "A taste of the API", compiled and run by the test suite.
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

    // Checking a structure read at run time.
    msp house;
    house.name = "MSP des Lilas";
    house.form = legal_form::sisa;
    house.seat = "93045"_insee;
    house.project = health_project{2024y / March / 1d};
    house.members = {person{"Dr Martin", professions::doctor, doctor_specialty::general_practice,
                            practice_mode::liberal, /*associate*/ true, /*signatory*/ true},
                     person{"Mme Petit", professions::nurse, std::nullopt, practice_mode::liberal, true, true}};

    const auto report = validate(house, 2025y / June / 1d, doctrines::national);
    for (const diagnostic& d : report.diagnostics) std::cout << d.summary(language::en) << '\n';

    std::cout << parts[0].french_text() << ' ' << midwife.name().en << ' ' << acronym(*kind) << ' ' << iso_text(deadline)
              << '\n';
    const bool as_documented = parts[0] == euros::from_cents(3'333'334) && kind == structure_kind::msp &&
                               deadline == 2025y / February / 28d && report.diagnostics.size() == 1 &&
                               report.reports("MSP.SISA.MIN_ASSOCIATES");
    return as_documented ? 0 : 1;
}
