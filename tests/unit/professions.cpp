#include <coordcare/vocabulary/professions.hpp>

#include <catch2/catch.hpp>

#include <set>

using namespace coordcare;

TEST_CASE("TRE_G15 codes map to professions and their CSP category", "[professions]") {
    // Expected values stated from the ANS's TRE_G15 [ans-nos] by hand, not copied from the table.
    struct expectation {
        int code;
        const char* label_fr;
        profession_category category;
    };
    const expectation expected[] = {
        {10, "Médecin", profession_category::medical},
        {40, "Chirurgien-dentiste", profession_category::medical},
        {50, "Sage-femme", profession_category::medical},
        {21, "Pharmacien", profession_category::pharmacy},
        {60, "Infirmier", profession_category::medical_auxiliary},
        {70, "Masseur-kinésithérapeute", profession_category::medical_auxiliary},
        {91, "Orthophoniste", profession_category::medical_auxiliary},
        {98, "Manipulateur ERM", profession_category::medical_auxiliary},
        {31, "Assistant dentaire", profession_category::other_health_profession},
    };
    for (const auto& e : expected) {
        INFO("TRE_G15 code " << e.code);
        const auto p = profession::from_tre_g15(e.code);
        REQUIRE(p);
        CHECK(p->tre_g15_code() == e.code);
        CHECK(p->name().fr == e.label_fr);
        CHECK(p->category() == e.category);
    }
}

TEST_CASE("unknown TRE_G15 codes are not professions, withdrawn ones are, with their date", "[professions]") {
    for (const int code : {0, 1, 11, 20, 22, 97, 99, 100, -10, 256, 266, 1000}) {
        INFO("code " << code);
        CHECK_FALSE(profession::from_tre_g15(code));
    }
    // TRE_G15 has 30 codes: 24 in force, 35 to 39 withdrawn on 2024-12-13, 93 created withdrawn on
    // 2021-12-17; the withdrawn ones are still readable in older data.
    CHECK(profession_table.size() == 30);
    const auto aide_soignant = profession::from_tre_g15(35);
    REQUIRE(aide_soignant);
    REQUIRE(aide_soignant->retired_since());
    CHECK(*aide_soignant->retired_since() == std::chrono::year{2024} / std::chrono::December / std::chrono::day{13});
    CHECK(aide_soignant->entry().source.status == certainty::confirmed);
    CHECK(aide_soignant->category() == profession_category::other_health_profession);
    const auto psychologist = profession::from_tre_g15(93);
    REQUIRE(psychologist);
    CHECK(*psychologist->retired_since() == std::chrono::year{2021} / std::chrono::December / std::chrono::day{17});
    CHECK(psychologist->category() == profession_category::not_a_health_profession);
    CHECK(profession::from_tre_g15(39)->name().fr == "Préparateur en pharmacie (officine)");
    CHECK_FALSE(professions::nurse.retired_since());
    std::size_t withdrawn = 0;
    for (const auto& e : profession_table) withdrawn += e.retired_since ? 1 : 0;
    CHECK(withdrawn == 6);
}

TEST_CASE("the profession table is sorted and has no duplicate code", "[professions]") {
    std::set<int> seen;
    int previous = 0;
    for (const auto& e : profession_table) {
        CHECK(e.tre_g15_code > previous);
        previous = e.tre_g15_code;
        CHECK(seen.insert(e.tre_g15_code).second);
        CHECK_FALSE(e.name.fr.empty());
        CHECK_FALSE(e.name.en.empty());
        // Every code is a health profession but 93, which TRE_G15 created withdrawn (psychologist).
        CHECK((e.category != profession_category::not_a_health_profession || (e.tre_g15_code == 93 && e.retired_since)));
    }
}

TEST_CASE("SISA categories are medical, pharmacy and medical auxiliary only", "[professions]") {
    CHECK(is_medical_pharmacy_or_auxiliary(professions::doctor.category()));
    CHECK(is_medical_pharmacy_or_auxiliary(professions::pharmacist.category()));
    CHECK(is_medical_pharmacy_or_auxiliary(professions::physiotherapist.category()));
    CHECK_FALSE(is_medical_pharmacy_or_auxiliary(professions::dental_assistant.category()));
    CHECK_FALSE(is_medical_pharmacy_or_auxiliary(category(non_health_role::osteopath)));
}

TEST_CASE("non-health roles and their TRE_R95 codes", "[professions]") {
    CHECK(non_health_role_from_tre_r95(93) == non_health_role::psychologist);
    CHECK(non_health_role_from_tre_r95(71) == non_health_role::osteopath);
    CHECK(non_health_role_from_tre_r95(72) == non_health_role::psychotherapist);
    CHECK(non_health_role_from_tre_r95(73) == non_health_role::chiropractor);
    CHECK_FALSE(non_health_role_from_tre_r95(10));
    CHECK_FALSE(non_health_role_from_tre_r95(-1));
    CHECK(name(non_health_role::coordinator).fr == "Coordinateur");
    CHECK(category(non_health_role::psychologist) == profession_category::not_a_health_profession);
    CHECK(name(doctor_specialty::general_practice).fr == "médecine générale");
}
