// An MSP (maison de santé pluriprofessionnelle) constituted as a SISA: checked at compile time when
// written as a constant, and at run time when built from data.
#include <coordcare/coordcare.hpp>

#include "report.hpp"

using namespace coordcare;

namespace {
constexpr person_literal associate(profession p, std::optional<doctor_specialty> s = std::nullopt) {
    return {.name = "", .job = p, .specialty = s, .mode = practice_mode::liberal, .associate = true, .signatory = true};
}
// Known at compile time: two GPs and a nurse, associates of the SISA. With one GP it would not compile,
// and the compiler would name MSP.SISA.MIN_ASSOCIATES.
constexpr auto lilas = make_constant<structure_kind::msp, legal_form::sisa>(
    {.name = "MSP des Lilas", .seat = "93045"_insee, .project = health_project{std::chrono::year{2024} / 3 / 1}},
    {associate(professions::doctor, doctor_specialty::general_practice),
     associate(professions::doctor, doctor_specialty::general_practice), associate(professions::nurse)});
static_assert(can_receive_v<decltype(lilas), funding_scheme::aci_msp>, "a SISA can sign the ACI MSP");
}  // namespace

int main() {
    const date as_of{std::chrono::year{2025}, std::chrono::June, std::chrono::day{1}};

    // The same structure read at run time, with a psychologist who took part in the health project.
    msp house;
    house.name = "MSP des Lilas";
    house.form = legal_form::sisa;
    house.seat = "93045"_insee;
    house.project = health_project{date{std::chrono::year{2024}, std::chrono::March, std::chrono::day{1}}};
    house.members = {person{"Dr Martin", professions::doctor, doctor_specialty::general_practice, practice_mode::liberal, true, true},
                     person{"Dr Bernard", professions::doctor, doctor_specialty::general_practice, practice_mode::liberal, true, true},
                     person{"Mme Petit", professions::nurse, std::nullopt, practice_mode::liberal, true, true},
                     person{"Mme Leroy", non_health_role::psychologist, std::nullopt, practice_mode::salaried, false, true}};
    const auto valid = validate(house, as_of);
    example::print("MSP des Lilas", valid);

    // Dr Bernard leaves the SISA, and the psychologist becomes an associate without signing.
    msp broken = house;
    broken.members.erase(broken.members.begin() + 1);
    auto& psychologist = std::get<person>(broken.members[2]);
    psychologist.associate = true;
    psychologist.signatory = false;
    const auto report = validate(broken, as_of);
    example::print("MSP des Lilas, after Dr Bernard left", report);

    std::cout << "The constant MSP has " << lilas.data.members.size() << " members and was checked by the compiler.\n";
    return example::outcome(valid, report, "MSP.SISA.MIN_ASSOCIATES");
}
