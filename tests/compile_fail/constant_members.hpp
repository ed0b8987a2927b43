// Members written as constants, shared by the must-not-compile snippets of the structures.
#pragma once

#include <coordcare/structures.hpp>

namespace cf {
using namespace coordcare;

inline constexpr health_project project{std::chrono::year{2024} / 3 / 1};

constexpr person_literal gp(bool associate = true) {
    return {.name = "GP", .job = professions::doctor, .specialty = doctor_specialty::general_practice,
            .mode = practice_mode::liberal, .associate = associate, .signatory = true};
}
constexpr person_literal specialist() {
    return {.name = "Specialist", .job = professions::doctor, .specialty = doctor_specialty::other_specialty,
            .mode = practice_mode::liberal, .associate = false, .signatory = true};
}
constexpr person_literal pro(profession p, practice_mode mode = practice_mode::liberal, bool associate = false) {
    return {.name = "Professional", .job = p, .specialty = std::nullopt, .mode = mode, .associate = associate, .signatory = true};
}
constexpr person_literal unsigned_pro(profession p, std::optional<doctor_specialty> s = std::nullopt) {
    return {.name = "Professional", .job = p, .specialty = s, .mode = practice_mode::liberal, .associate = false, .signatory = false};
}
constexpr person_literal role(non_health_role r, bool associate = false, bool signatory = true) {
    return {.name = "Participant", .job = r, .specialty = std::nullopt, .mode = practice_mode::salaried,
            .associate = associate, .signatory = signatory};
}
}  // namespace cf
