#include <coordcare/vocabulary/diagnostic.hpp>
#include <coordcare/vocabulary/legal_texts.hpp>

#include <catch2/catch.hpp>

using namespace coordcare;

TEST_CASE("rule ids have a checked format", "[diagnostic]") {
    constexpr rule_id id{"MSP.SISA.MIN_ASSOCIATES"};
    CHECK(id.text() == "MSP.SISA.MIN_ASSOCIATES");
    CHECK(rule_id::parse("CPTS.LEGAL_FORM"));
    CHECK(rule_id::parse("A1"));
    CHECK_FALSE(rule_id::parse(""));
    CHECK_FALSE(rule_id::parse("msp.sisa"));
    CHECK_FALSE(rule_id::parse(".MSP"));
    CHECK_FALSE(rule_id::parse("MSP."));
    CHECK_FALSE(rule_id::parse("MSP..SISA"));
    CHECK_FALSE(rule_id::parse("MSP SISA"));
    constexpr rule_id first{"A.B"};
    constexpr rule_id second{"A.C"};
    CHECK(first < second);
}

TEST_CASE("field paths print for people and as JSON pointers", "[diagnostic]") {
    const field_path path = field_path{"members"} / 3 / "practice_mode";
    CHECK(path.text() == "members[3].practice_mode");
    CHECK(path.json_pointer() == "/members/3/practice_mode");
    CHECK(field_path{}.text().empty());
    CHECK(field_path{}.json_pointer().empty());
    CHECK((field_path{"a/b"} / "c~d").json_pointer() == "/a~1b/c~0d");
    CHECK((field_path{} / 0).text() == "[0]");
    CHECK(path == field_path{"members"} / 3 / "practice_mode");
    CHECK_FALSE(path == field_path{"members"} / 4 / "practice_mode");
}

TEST_CASE("a diagnostic names the rule, the field and the article in both languages", "[diagnostic]") {
    const diagnostic d{"MSP.SISA.MIN_ASSOCIATES",
                       severity::error,
                       rule_layer::law,
                       legal::csp_L4041_4,
                       field_path{"members"},
                       "une SISA compte au moins deux médecins parmi ses associés",
                       "a SISA counts at least two doctors among its associates",
                       {}};
    CHECK(d.message(language::fr).starts_with("une SISA"));
    // Without a detail, the summary states the rule.
    CHECK(d.summary(language::en) ==
          "error MSP.SISA.MIN_ASSOCIATES at members: a SISA counts at least two doctors among its associates "
          "[CSP, art. L.4041-4]");
    CHECK(d.summary(language::fr) ==
          "erreur MSP.SISA.MIN_ASSOCIATES sur members : une SISA compte au moins deux médecins parmi ses associés "
          "[CSP, art. L.4041-4]");
    // With one, the summary says what was found.
    diagnostic found = d;
    found.detail = bilingual{} << label{"parmi les associés : ", "among the associates: "} << count(1, nouns::doctor);
    CHECK(found.summary(language::en) == "error MSP.SISA.MIN_ASSOCIATES at members: among the associates: 1 doctor [CSP, art. L.4041-4]");
    CHECK(found.summary(language::fr) == "erreur MSP.SISA.MIN_ASSOCIATES sur members : parmi les associés : 1 médecin [CSP, art. L.4041-4]");
    CHECK(entry(d.level).id == "error");
    CHECK(entry(d.layer).name.fr == "loi");
    CHECK(entry(rule_layer::data_constraint).id == "data_constraint");
}

TEST_CASE("counted nouns agree in both languages", "[diagnostic]") {
    CHECK(count(0, nouns::doctor) == bilingual{"0 médecin", "0 doctors"});
    CHECK(count(1, nouns::doctor) == bilingual{"1 médecin", "1 doctor"});
    CHECK(count(2, nouns::medical_auxiliary) == bilingual{"2 auxiliaires médicaux", "2 medical auxiliaries"});
    CHECK((bilingual{} << label{"a ", "b "} << 12 << " x").en == "b 12 x");
}

TEST_CASE("legal references give a citation and a Légifrance address", "[diagnostic]") {
    CHECK(legal::csp_L6323_1_3.citation() == "CSP, art. L.6323-1-3");
    CHECK(legal::csp_L6323_1_3.url() == "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000036494924");
    CHECK(legal::csp_L4041_4.url() == "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000024460246");
    // No article id known: the address of the code itself.
    CHECK(legal::csp_L4041_1.url() == "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072665");
    const legal_reference law_article{legal::law_2023_379, "3", "", {certainty::confirmed, "[loi-2023-379] art. 3"}};
    CHECK(law_article.url() == "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047561956");
    const legal_reference unknown{legal::ans_nos, "", "", {certainty::confirmed, ""}};
    CHECK(unknown.url().empty());
    CHECK(unknown.citation() == "NOS");
}
