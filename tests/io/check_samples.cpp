// Every sample dossier's verdict, as report values: each finding (structure, severity, rule id, JSON pointer),
// all of them and in order, under the date, preset and rulebook the CLI tests and the docs use. A finding
// gained or lost, a pointer moved, a severity changed fails here with the whole list shown. The wording
// of each renderer is tested in check_report.cpp; coordcare-check's own behaviour (arguments, exit codes,
// encodings, terminal escapes) by the CLI tests.
#include "sample_check.hpp"

#include <string>
#include <vector>

namespace {
using namespace coordcare;
using namespace coordcare::testing;

struct sample_case {
    const char* file;
    date as_of;
    const char* region;
    const char* rulebook;  ///< in examples/rulebooks
    std::vector<std::string> findings;
};

std::string rulebook_path(const char* name) { return *name ? std::string{COORDCARE_RULEBOOKS_DIR} + "/" + name : std::string{}; }
std::string hostile(const char* name) { return std::string{COORDCARE_HOSTILE_DIR} + "/" + name; }

void check_case(const sample_case& c) {
    INFO(c.file << " as of " << iso_text(c.as_of) << (*c.region ? " --region " : "") << c.region
                << (*c.rulebook ? " --rulebook " : "") << c.rulebook);
    const auto run = check_sample(c.file, c.as_of, c.region, rulebook_path(c.rulebook));
    CHECK(finding_lines(run->report) == c.findings);
}
}  // namespace

TEST_CASE("an ESP that meets the law", "[check][samples]") {
    check_case({"esp-valid.json", ymd(2025, 6, 1), "", "",
                {}});
}

TEST_CASE("an ESP with a non-health member, no doctor and no project", "[check][samples]") {
    check_case({"esp-invalid.json", ymd(2025, 6, 1), "", "",
                {"0 error ESP.HEALTH_PROFESSIONALS_ONLY /structures/0/members/1/job",
                 "0 error ESP.GENERAL_PRACTITIONER /structures/0/members",
                 "0 error ESP.TWO_PROFESSIONALS /structures/0/members",
                 "0 error ESP.HEALTH_PROJECT /structures/0/project"}});
}

TEST_CASE("the same ESP under Occitanie's doctrine: FIR only to an association", "[check][samples]") {
    check_case({"esp-invalid.json", ymd(2025, 6, 1), "occitanie", "",
                {"0 error ESP.HEALTH_PROFESSIONALS_ONLY /structures/0/members/1/job",
                 "0 error ESP.GENERAL_PRACTITIONER /structures/0/members",
                 "0 error ESP.TWO_PROFESSIONALS /structures/0/members",
                 "0 error ESP.HEALTH_PROJECT /structures/0/project",
                 "0 error ESP.FIR.ASSOCIATION /structures/0/form"}});
}

TEST_CASE("the same ESP under ARS PACA's doctrine: its regional minimum", "[check][samples]") {
    check_case({"esp-invalid.json", ymd(2025, 6, 1), "provence-alpes-cote-d-azur", "",
                {"0 error ESP.HEALTH_PROFESSIONALS_ONLY /structures/0/members/1/job",
                 "0 error ESP.GENERAL_PRACTITIONER /structures/0/members",
                 "0 error ESP.TWO_PROFESSIONALS /structures/0/members",
                 "0 error ESP.REGIONAL_MINIMUM /structures/0/members",
                 "0 error ESP.HEALTH_PROJECT /structures/0/project"}});
}

TEST_CASE("an ESS that meets the law", "[check][samples]") {
    check_case({"ess-valid.json", ymd(2025, 6, 1), "", "",
                {}});
}

TEST_CASE("an ESS without a specialist", "[check][samples]") {
    check_case({"ess-invalid.json", ymd(2025, 6, 1), "", "",
                {"0 error ESS.HEALTH_PROFESSIONALS_ONLY /structures/0/members/1",
                 "0 error ESS.SPECIALIST /structures/0/members"}});
}

TEST_CASE("an MSP that meets the law", "[check][samples]") {
    check_case({"msp-valid.json", ymd(2025, 6, 1), "", "",
                {}});
}

TEST_CASE("an MSP whose SISA has too few associates", "[check][samples]") {
    check_case({"msp-invalid.json", ymd(2025, 6, 1), "", "",
                {"0 error MSP.GENERAL_PRACTITIONERS /structures/0/members",
                 "0 error MSP.SISA.MIN_ASSOCIATES /structures/0/members",
                 "0 error MSP.NON_HEALTH.SIGNED_PROJECT /structures/0/members/3/signatory",
                 "0 error MSP.NON_HEALTH.NOT_ASSOCIATE /structures/0/members/3/associate"}});
}

TEST_CASE("a CDS that meets the law", "[check][samples]") {
    check_case({"cds-valid.json", ymd(2025, 6, 1), "", "",
                {}});
}

TEST_CASE("a CDS managed by a SISA with a liberal professional", "[check][samples]") {
    check_case({"cds-invalid.json", ymd(2025, 6, 1), "", "",
                {"0 error CDS.MANAGER /structures/0/form",
                 "0 error CDS.SALARIED /structures/0/members/1/mode",
                 "0 error CDS.SINGLE_AGREEMENT /structures/0/funding/model_contract"}});
}

TEST_CASE("a CPTS that meets the law", "[check][samples]") {
    check_case({"cpts-valid.json", ymd(2025, 6, 1), "", "",
                {}});
}

TEST_CASE("a CPTS of Moselle under loi 1901, without a project", "[check][samples]") {
    check_case({"cpts-invalid.json", ymd(2025, 6, 1), "", "",
                {"0 error CPTS.LEGAL_FORM.SEAT /structures/0/form",
                 "0 error CPTS.HEALTH_PROJECT /structures/0/project"}});
}

TEST_CASE("the same CPTS in 2021, before the seat rule", "[check][samples]") {
    check_case({"cpts-invalid.json", ymd(2021, 6, 1), "", "",
                {"0 error CPTS.HEALTH_PROJECT /structures/0/project"}});
}

TEST_CASE("the bundled sample", "[check][samples]") {
    check_case({"sample.json", ymd(2025, 6, 1), "", "",
                {"2 error CPTS.LEGAL_FORM.SEAT /structures/2/form",
                 "2 error CPTS.HEALTH_PROJECT /structures/2/project",
                 "3 error CDS.MANAGER /structures/3/form",
                 "3 error CDS.SALARIED /structures/3/members/1/mode",
                 "3 error CDS.SINGLE_AGREEMENT /structures/3/funding/model_contract"}});
}

TEST_CASE("four procedures in order", "[check][samples]") {
    check_case({"procedures.json", ymd(2026, 1, 15), "", "",
                {}});
}

TEST_CASE("four procedures on the contract's term", "[check][samples]") {
    check_case({"procedures.json", ymd(2026, 3, 15), "", "",
                {}});
}

TEST_CASE("procedures out of order", "[check][samples]") {
    check_case({"procedures-invalid.json", ymd(2025, 6, 30), "", "",
                {"0 error PROCEDURE.CPTS.PROJECT_DECISION /structures/0/procedure/events/4",
                 "0 error CPTS.CONTRACT.MISSION_STARTED /structures/0/procedure/events/5",
                 "0 error CPTS.CONTRACT.MISSION_STARTED /structures/0/procedure/events/7",
                 "0 error CPTS.CONTRACT.MISSION_DEPLOYED /structures/0/procedure/events/5",
                 "1 error PROCEDURE.CDS.COMMITMENT /structures/1/procedure/events/1"}});
}

TEST_CASE("procedures out of order under ARS PACA's doctrine", "[check][samples]") {
    check_case({"procedures-invalid.json", ymd(2025, 6, 30), "provence-alpes-cote-d-azur", "",
                {"0 error PROCEDURE.CPTS.PROJECT_DECISION /structures/0/procedure/events/4",
                 "0 warning PROCEDURE.CPTS.LETTER_DECISION_DELAY /structures/0/procedure/events/2",
                 "0 error CPTS.CONTRACT.MISSION_STARTED /structures/0/procedure/events/5",
                 "0 error CPTS.CONTRACT.MISSION_STARTED /structures/0/procedure/events/7",
                 "0 error CPTS.CONTRACT.MISSION_DEPLOYED /structures/0/procedure/events/5",
                 "1 error PROCEDURE.CDS.COMMITMENT /structures/1/procedure/events/1"}});
}

TEST_CASE("a CPTS contract of 2021", "[check][samples]") {
    check_case({"cpts-contract.json", ymd(2025, 12, 31), "", "",
                {"0 warning CPTS.CONTRACT.SOCLE_MISSIONS /structures/0/contract/missions"}});
}

TEST_CASE("a CPTS contract of 2021 with a rulebook that prorates by months", "[check][samples]") {
    check_case({"cpts-contract.json", ymd(2025, 12, 31), "", "proration-by-months.json",
                {"0 warning CPTS.CONTRACT.SOCLE_MISSIONS /structures/0/contract/missions"}});
}

TEST_CASE("a CPTS contract without the crisis mission, a mission late", "[check][samples]") {
    check_case({"cpts-contract-invalid.json", ymd(2024, 8, 1), "", "",
                {"0 error CPTS.CONTRACT.SOCLE_MISSIONS /structures/0/contract/missions",
                 "0 error CPTS.CONTRACT.MISSION_DEPLOYED /structures/0/contract/missions/0/deployed"}});
}

TEST_CASE("one professional paid by two CPTS over the PASS", "[check][samples]") {
    check_case({"cpts-professionals.json", ymd(2024, 12, 31), "", "",
                {"1 error CPTS.INDEMNITIES.PASS /structures/1/indemnities/0",
                 "coverage 13 note TERRITORY.OVERLAP",
                 "coverage 13 note TERRITORY.WHITE_ZONE"}});
}

TEST_CASE("a thematic CPTS beside a multi-thematic one under ARS PACA's doctrine", "[check][samples]") {
    check_case({"cpts-professionals.json", ymd(2024, 12, 31), "provence-alpes-cote-d-azur", "",
                {"1 error CPTS.INDEMNITIES.PASS /structures/1/indemnities/0",
                 "coverage 13 note TERRITORY.OVERLAP",
                 "coverage 13 warning TERRITORY.WHITE_ZONE"}});
}

TEST_CASE("a what-if of the PASS of 2024", "[check][samples]") {
    check_case({"cpts-professionals.json", ymd(2024, 12, 31), "", "what-if-pass-2024.json",
                {"coverage 13 note TERRITORY.OVERLAP",
                 "coverage 13 note TERRITORY.WHITE_ZONE"}});
}

TEST_CASE("a contract whose territory grew into the next size", "[check][samples]") {
    check_case({"cpts-size-evolution.json", ymd(2026, 1, 15), "", "",
                {"0 warning CPTS.CONTRACT.SIZE_EVOLUTION /structures/0/territory"}});
}

TEST_CASE("the same contract as of 2021, before avenant 2", "[check][samples]") {
    check_case({"cpts-size-evolution.json", ymd(2021, 9, 1), "", "",
                {"0 error CPTS.CONTRACT.MISSION_OF_EDITION /structures/0/contract/missions/3/mission"}});
}

TEST_CASE("a contract that names one mission eight times", "[check][samples]") {
    check_case({hostile("contract-mission-eight-times.json").c_str(), ymd(2025, 12, 31), "", "",
                {"0 error CPTS.CONTRACT.SOCLE_MISSIONS /structures/0/contract/missions",
                 "0 error CPTS.CONTRACT.SOCLE_MISSIONS /structures/0/contract/missions",
                 "0 warning CPTS.CONTRACT.SOCLE_MISSIONS /structures/0/contract/missions",
                 "0 error CPTS.CONTRACT.MISSION_OF_EDITION /structures/0/contract/missions/1/mission",
                 "0 error CPTS.CONTRACT.MISSION_OF_EDITION /structures/0/contract/missions/2/mission",
                 "0 error CPTS.CONTRACT.MISSION_OF_EDITION /structures/0/contract/missions/3/mission",
                 "0 error CPTS.CONTRACT.MISSION_OF_EDITION /structures/0/contract/missions/4/mission",
                 "0 error CPTS.CONTRACT.MISSION_OF_EDITION /structures/0/contract/missions/5/mission",
                 "0 error CPTS.CONTRACT.MISSION_OF_EDITION /structures/0/contract/missions/6/mission",
                 "0 error CPTS.CONTRACT.MISSION_OF_EDITION /structures/0/contract/missions/7/mission",
                 "0 error CPTS.CONTRACT.YEARLY_MAXIMUM /structures/0/contract/missions",
                 "0 error CPTS.CONTRACT.YEARLY_MAXIMUM /structures/0/contract/missions",
                 "0 warning CPTS.CONTRACT.YEARLY_MAXIMUM /structures/0/contract/missions",
                 "0 warning CPTS.CONTRACT.YEARLY_MAXIMUM /structures/0/contract/missions",
                 "0 warning CPTS.CONTRACT.YEARLY_MAXIMUM /structures/0/contract/missions"}});
}

TEST_CASE("an MSP's year, a FIR plan and direct access", "[check][samples]") {
    check_case({"msp-agreement.json", ymd(2025, 6, 1), "", "",
                {}});
}

TEST_CASE("an MSP's year without its prerequisites, FIR and direct access out of their terms", "[check][samples]") {
    check_case({"msp-agreement-invalid.json", ymd(2025, 12, 1), "", "",
                {"0 error MSP.ACI.SISA /structures/0/form",
                 "0 warning MSP.AGREEMENT.PREREQUISITES /structures/0/aci_msp/indicators",
                 "0 warning FIR.PAYMENTS /structures/0/fir_plan/payments/2",
                 "0 error DIRECT_ACCESS.SESSIONS /structures/0/direct_access/sessions/8",
                 "1 error FIR.AMOUNT /structures/1/fir_plan/payments/1/amount",
                 "1 error FIR.OPENING_STEP /structures/1/fir_plan/payments/0/paid",
                 "1 warning FIR.AMOUNT_DISPUTED /structures/1/fir_plan/payments/2/amount",
                 "1 error DIRECT_ACCESS.CPTS_DEPARTMENT /structures/1/direct_access/department"}});
}

TEST_CASE("the same with a rulebook of PACA's support by its template", "[check][samples]") {
    check_case({"msp-agreement-invalid.json", ymd(2025, 12, 1), "", "paca-support-by-the-template.json",
                {"0 error MSP.ACI.SISA /structures/0/form",
                 "0 warning MSP.AGREEMENT.PREREQUISITES /structures/0/aci_msp/indicators",
                 "0 warning FIR.PAYMENTS /structures/0/fir_plan/payments/2",
                 "0 error DIRECT_ACCESS.SESSIONS /structures/0/direct_access/sessions/8",
                 "1 error FIR.AMOUNT /structures/1/fir_plan/payments/1/amount",
                 "1 error FIR.OPENING_STEP /structures/1/fir_plan/payments/0/paid",
                 "1 error FIR.AMOUNT /structures/1/fir_plan/payments/2/amount",
                 "1 error DIRECT_ACCESS.CPTS_DEPARTMENT /structures/1/direct_access/department"}});
}

TEST_CASE("three CPTS territories over two departments", "[check][samples]") {
    check_case({"cpts-territories.json", ymd(2026, 1, 1), "", "",
                {"0 note TERRITORY.AMBIGUOUS_CODE /structures/0/seat",
                 "0 note TERRITORY.AMBIGUOUS_CODE /structures/0/territory/communes",
                 "2 note TERRITORY.AMBIGUOUS_CODE /structures/2/territory/communes/1",
                 "coverage 13 note TERRITORY.OVERLAP",
                 "coverage 13 note TERRITORY.WHITE_ZONE",
                 "coverage 83 note TERRITORY.WHITE_ZONE"}});
}

TEST_CASE("the same territories under ARS PACA's doctrine", "[check][samples]") {
    check_case({"cpts-territories.json", ymd(2026, 1, 1), "provence-alpes-cote-d-azur", "",
                {"0 note TERRITORY.AMBIGUOUS_CODE /structures/0/seat",
                 "0 note TERRITORY.AMBIGUOUS_CODE /structures/0/territory/communes",
                 "2 note TERRITORY.AMBIGUOUS_CODE /structures/2/territory/communes/1",
                 "coverage 13 error TERRITORY.OVERLAP",
                 "coverage 13 warning TERRITORY.WHITE_ZONE",
                 "coverage 83 warning TERRITORY.WHITE_ZONE"}});
}

TEST_CASE("a territory of wrong codes", "[check][samples]") {
    check_case({"cpts-territories-invalid.json", ymd(2026, 1, 1), "", "",
                {"0 error TERRITORY.SEAT /structures/0/seat",
                 "0 error TERRITORY.POSTAL_CODE /structures/0/territory/communes/1",
                 "0 error TERRITORY.FORMER_COMMUNE /structures/0/territory/communes/2",
                 "0 error TERRITORY.DUPLICATE /structures/0/territory/communes/3",
                 "0 error TERRITORY.COMMUNE_AND_ARRONDISSEMENT /structures/0/territory/communes/4",
                 "0 error TERRITORY.UNKNOWN_CODE /structures/0/territory/communes/5"}});
}

TEST_CASE("a Corsican postal code in a territory", "[check][samples]") {
    check_case({hostile("territory-corsican-postal-code.json").c_str(), ymd(2026, 1, 1), "", "",
                {"0 error TERRITORY.POSTAL_CODE /structures/0/territory/communes/1"}});
}

// ---- What each renderer shows of those reports --------------------------------------------------------
namespace {

/// A member `key` somewhere in the JSON report whose value, serialised, is `value`.
bool has_member(const boost::json::value& v, std::string_view key, std::string_view value) {
    if (const auto* o = v.if_object()) {
        for (const auto& [k, x] : *o)
            if ((k == key && boost::json::serialize(x) == value) || has_member(x, key, value)) return true;
    } else if (const auto* a = v.if_array()) {
        for (const auto& x : *a)
            if (has_member(x, key, value)) return true;
    }
    return false;
}

struct render_case {
    const char* file;
    date as_of;
    const char* region;
    const char* rulebook;
    language lang;
    std::vector<std::string> expect;
    std::vector<std::string> reject{};
};

void check_text(const render_case& c) {
    INFO(c.file << " as of " << iso_text(c.as_of) << ' ' << c.region << ' ' << c.rulebook << (c.lang == language::en ? " en" : " fr"));
    const auto run = check_sample(c.file, c.as_of, c.region, rulebook_path(c.rulebook));
    const auto text = render::text(run->report, {c.lang, c.file, "coordcare-check"});
    for (const auto& e : c.expect) {
        INFO("expected: " << e);
        CHECK(text.find(e) != std::string::npos);
    }
    for (const auto& e : c.reject) {
        INFO("not expected: " << e);
        CHECK(text.find(e) == std::string::npos);
    }
}

/// JSON expectations as `key=value`, the value as serialised ("\"787164.39\"", 113508, true).
void check_json(const render_case& c) {
    INFO(c.file << " as of " << iso_text(c.as_of) << ' ' << c.region << ' ' << c.rulebook);
    const auto run = check_sample(c.file, c.as_of, c.region, rulebook_path(c.rulebook));
    const boost::json::value json = render::json(run->report, {c.lang, c.file, "coordcare-check"});
    for (const auto& e : c.expect) {
        INFO("expected: " << e);
        const auto eq = e.find('=');
        REQUIRE(eq != std::string::npos);
        CHECK(has_member(json, std::string_view{e}.substr(0, eq), std::string_view{e}.substr(eq + 1)));
    }
}
}  // namespace

TEST_CASE("render text: each structure's verdict, the rule, the field, the article and the detail", "[check][render]") {
    const auto june = ymd(2025, 6, 1);
    check_text({"esp-valid.json", june, "", "", language::en,
                {"[1] ESP \"ESP du Val de Durance\" (/structures/0): valid", "1 valid, 0 with errors"}});
    check_text({"esp-invalid.json", june, "", "", language::en,
                {"error ESP.HEALTH_PROFESSIONALS_ONLY — /structures/0/members/1/job", "error ESP.GENERAL_PRACTITIONER — /structures/0/members",
                 "error ESP.TWO_PROFESSIONALS — /structures/0/members", "the team counts 1 health professional; it needs at least 2",
                 "error ESP.HEALTH_PROJECT — /structures/0/project", "CSP, art. L.1411-11-1"},
                {"ESP.FIR.ASSOCIATION"}});
    check_text({"esp-invalid.json", june, "occitanie", "", language::en,
                {"error ESP.FIR.ASSOCIATION — /structures/0/form", "the doctrine Occitanie pays FIR to an association", "regional doctrine: occitanie"}});
    check_text({"esp-invalid.json", june, "provence-alpes-cote-d-azur", "", language::fr,
                {"erreur ESP.REGIONAL_MINIMUM — /structures/0/members", "doctrine régionale : provence-alpes-cote-d-azur",
                 "la doctrine Provence-Alpes-Côte d'Azur demande au moins 1 médecin généraliste et 1 auxiliaire médical"}});
    check_text({"ess-invalid.json", june, "", "", language::fr,
                {"erreur ESS.SPECIALIST", "erreur ESS.HEALTH_PROFESSIONALS_ONLY — /structures/0/members/1"}});
    check_text({"msp-valid.json", june, "", "", language::fr, {"MSP « MSP des Lilas » (/structures/0) : conforme"}});
    check_text({"msp-invalid.json", june, "", "", language::fr,
                {"erreur MSP.SISA.MIN_ASSOCIATES — /structures/0/members", "CSP, art. L.4041-4",
                 "parmi les associés : 1 médecin, 1 auxiliaire médical ; la loi en exige au moins 2 médecins et 1 auxiliaire médical",
                 "erreur MSP.GENERAL_PRACTITIONERS — /structures/0/members", "erreur MSP.NON_HEALTH.SIGNED_PROJECT — /structures/0/members/3/signatory",
                 "erreur MSP.NON_HEALTH.NOT_ASSOCIATE — /structures/0/members/3/associate",
                 "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038886477"}});
    check_text({"cds-invalid.json", june, "", "", language::fr,
                {"erreur CDS.MANAGER — /structures/0/form", "erreur CDS.SALARIED — /structures/0/members/1/mode",
                 "erreur CDS.SINGLE_AGREEMENT — /structures/0/funding/model_contract", "LEGIARTI000036494924"}});
    check_text({"cpts-invalid.json", june, "", "", language::en,
                {"error CPTS.LEGAL_FORM.SEAT — /structures/0/form",
                 "seat 57463 is in Moselle (57): the association must be under local law, not loi 1901", "error CPTS.HEALTH_PROJECT — /structures/0/project"}});
    check_text({"sample.json", june, "", "", language::fr, {"Bilan : 4 structure(s), 2 conforme(s), 2 non conforme(s)"}});
    check_text({"sample.json", june, "", "", language::en, {"Summary: 4 structure(s), 2 valid, 2 with errors"}});
}

TEST_CASE("render text: procedures, their path, deadlines and what came late", "[check][render]") {
    check_text({"procedures.json", ymd(2026, 1, 15), "", "", language::en,
                {"Procedure (PROCEDURE.CPTS): \"contract in force\" since 2021-03-15 (ACI_CPTS.2019)",
                 "2020-12-21 health project submitted → 2021-01-10 health project validated → 2021-03-15 contract in force",
                 "last day of the contract: due by 2026-03-14 [CPTS.CONTRACT.TERM]", "Procedure (PROCEDURE.MSP): \"contract in force\" since 2024-06-15",
                 "Procedure (PROCEDURE.CDS): \"contract in force\" since 2024-04-02",
                 "Procedure (PROCEDURE.ESP): \"health project validated\" since 2024-05-06", "4 valid, 0 with errors"}});
    check_text({"procedures.json", ymd(2026, 3, 15), "", "", language::fr,
                {"Procédure (PROCEDURE.CPTS) : « contrat terminé » depuis le 2026-03-15",
                 "2021-03-15 contrat en cours → 2026-03-15 contrat terminé (au terme du délai)"}});
    check_text({"procedures-invalid.json", ymd(2025, 6, 30), "", "", language::en,
                {"error PROCEDURE.CPTS.PROJECT_DECISION — /structures/0/procedure/events/4",
                 "(the delay of opposition had ended: the project was deemed validated)",
                 "error CPTS.CONTRACT.MISSION_STARTED — /structures/0/procedure/events/7",
                 "start of the mission \"Response to serious health crises\": due by 2024-03-01; done on 2024-04-02",
                 "2023-05-31 health project submitted → 2023-08-01 health project validated (at the end of the delay) → 2023-09-01 contract in force",
                 "LATE start of the mission \"Coordinated prevention actions\": due by 2024-09-01 [CPTS.CONTRACT.MISSION_STARTED]",
                 "error PROCEDURE.CDS.COMMITMENT — /structures/1/procedure/events/1", "(5 error(s), 0 warning(s))"},
                {"LETTER_DECISION_DELAY"}});
    check_text({"procedures-invalid.json", ymd(2025, 6, 30), "provence-alpes-cote-d-azur", "", language::en,
                {"warning PROCEDURE.CPTS.LETTER_DECISION_DELAY — /structures/0/procedure/events/2", "(5 error(s), 1 warning(s))"}});
}

TEST_CASE("render text: a CPTS contract's editions, missions, amounts, schedule and figures", "[check][render]") {
    const auto end_2025 = ymd(2025, 12, 31);
    check_text({"cpts-contract.json", end_2025, "", "", language::en,
                {"edition at the signature: ACI CPTS (2019) (ACI_CPTS.2019, in force from 2019-08-25 until 2022-04-01)", "60000 inhabitants give size 2",
                 "started on 2021-09-15 (due by 2022-03-15)", "year 1: 127 164,39 €",
                 "2021-06-01  1      Fixed part, advance              access_to_care               11 794,52 €", "total: 787 164,39 €",
                 "ACI_CPTS.2019.PRORATION = days (U)", "Uncertain: a figure used is uncertain (U)"}});
    check_text({"cpts-contract.json", end_2025, "", "", language::fr,
                {"Contrat ACI CPTS signé le 2021-03-15", "année 1 : 127 164,39 €", "Part fixe, avance", "total : 787 164,39 €"}, {"Payment"}});
    check_text({"cpts-contract.json", end_2025, "", "proration-by-months.json", language::en,
                {"figures: proration by months", "year 1: 128 166,67 €", "ACI_CPTS.2019.PRORATION = months (S) — rulebook «proration by months»",
                 "ACI_CPTS.AVENANT_2.CONTRACTS_IN_FORCE = 1 (U)"},
                {"ACI_CPTS.2019.PRORATION = days"}});
    check_text({"cpts-contract-invalid.json", ymd(2024, 8, 1), "", "", language::en,
                {"error CPTS.CONTRACT.SOCLE_MISSIONS — /structures/0/contract/missions",
                 "Response to serious health crises [socle] MISSING FROM THE CONTRACT",
                 "error CPTS.CONTRACT.MISSION_DEPLOYED — /structures/0/contract/missions/0/deployed", "deployed: not yet (due by 2024-07-16) LATE",
                 "edition at the signature: ACI CPTS, amendment 2 (2022)", "rates not given counted at 100 %"}});
    check_text({hostile("contract-mission-eight-times.json").c_str(), end_2025, "", "", language::en,
                {"error CPTS.CONTRACT.MISSION_OF_EDITION — /structures/0/contract/missions/7/mission", "Amounts: cannot be computed (see the errors)"}});
    check_text({"cpts-size-evolution.json", ymd(2026, 1, 15), "", "", language::en,
                {"warning CPTS.CONTRACT.SIZE_EVOLUTION — /structures/0/territory", "at the contract's signature: 39,818 inhabitants (vintage 2021)",
                 "the territory counts 40,595 inhabitants (vintage 2026), which is size 2; the contract is of size 1",
                 "year 2 (2022-06-01 to 2023-05-31): ACI_CPTS.AVENANT_2 (from this year: ACI_CPTS.AVENANT_2.CONTRACTS_IN_FORCE = 1, U)",
                 "Response to serious health crises [socle] (from year 2, ACI_CPTS.AVENANT_2, 2022-06-01)"}});
    check_text({"cpts-size-evolution.json", ymd(2021, 9, 1), "", "", language::en,
                {"39,818 inhabitants (population municipale, vintage 2021)",
                 "error CPTS.CONTRACT.MISSION_OF_EDITION — /structures/0/contract/missions/3/mission"},
                {"SIZE_EVOLUTION", "ACI_CPTS.AVENANT_2 (from this year"}});
}

TEST_CASE("render text: indemnities over every CPTS, a thematic CPTS, a what-if", "[check][render]") {
    const auto end_2024 = ymd(2024, 12, 31);
    check_text({"cpts-professionals.json", end_2024, "", "", language::en,
                {"error CPTS.INDEMNITIES.PASS — /structures/1/indemnities/0",
                 "Dr Claire Martin (RPPS 10000001916) received 47 000,00 € in 2024 (2 payments: 30 000,00 € on 2024-03-01 by CPTS Marseille Centre, "
                 "17 000,00 € on 2024-09-16 by CPTS Marseille Santé mentale)",
                 "ceiling PASS.2024 = 46 368,00 € (C) EXCEEDED", "Sophie Petit (RPPS 10001234565), 2024: 12 000,00 € in 1 payment(s)"}});
    check_text({"cpts-professionals.json", end_2024, "provence-alpes-cote-d-azur", "", language::en,
                {"note TERRITORY.OVERLAP", "(with a thematic CPTS)", "CSP, art. L.1434-12"}, {"error TERRITORY.OVERLAP"}});
    const auto what_if = rulebook_path("what-if-pass-2024.json");
    check_text({"cpts-professionals.json", end_2024, "", "what-if-pass-2024.json", language::en,
                {"WHAT-IF: the rulebook \"what if the PASS of 2024 were 48 000 €\" replaces figures of the law (PASS.2024): this report is not the law's verdict.",
                 "ceiling PASS.2024 = 48 000,00 € (U, rulebook what if the PASS of 2024 were 48 000 € (" + what_if + "))"},
                {"EXCEEDED"}});
}

TEST_CASE("render text: an MSP's year under the ACI MSP, FIR plans and direct access", "[check][render]") {
    check_text({"msp-agreement.json", ymd(2025, 6, 1), "", "", language::en,
                {"ACI MSP, year 2025 (signed on 2024-06-15) — edition: ACI MSP, amendment 1 (2022) (ACI_MSP.AVENANT_1)",
                 "total: 6000.00 points × 7,00 € = 42 000,00 €", "Advance: 25 200,00 € by 2025-04-30; balance: 16 800,00 € by 2026-04-30",
                 "ACI_MSP.AVENANT_1.POINT_VALUE = 7,00 € (C)", "FIR.OCCITANIE.MSP.START_UP.AMOUNT (U)", "planned 50 000,00 € in 2 payment(s)",
                 "4 session(s) without a diagnosis for 1 patient(s), department 93"},
                {"Uncertain:"}});
    check_text({"msp-agreement.json", ymd(2025, 6, 1), "", "", language::fr,
                {"ACI MSP, année 2025", "total : 6000,00 points × 7,00 € = 42 000,00 €", "Avance : 25 200,00 € au plus tard le 2025-04-30"}, {"Advance"}});
    check_text({"msp-agreement-invalid.json", ymd(2025, 12, 1), "", "", language::en,
                {"error MSP.ACI.SISA — /structures/0/form",
                 "SISA: the health house must be a SISA by 2024-12-15 (ACI_MSP.AVENANT_1.SISA_MONTHS = 6 months)",
                 "warning MSP.AGREEMENT.PREREQUISITES — /structures/0/aci_msp/indicators", "nothing is paid for the year", "(to be paid back)",
                 "(not paid: a prerequisite is not met)", "warning FIR.PAYMENTS — /structures/0/fir_plan/payments/2",
                 "rests on an uncertain figure: FIR.OCCITANIE.MSP.START_UP.PAYMENTS = 2 (U); an error if it holds",
                 "error DIRECT_ACCESS.SESSIONS — /structures/0/direct_access/sessions/8", "error FIR.OPENING_STEP — /structures/1/fir_plan/payments/0/paid",
                 "warning FIR.AMOUNT_DISPUTED — /structures/1/fir_plan/payments/2/amount",
                 "error DIRECT_ACCESS.CPTS_DEPARTMENT — /structures/1/direct_access/department"}});
    check_text({"msp-agreement-invalid.json", ymd(2025, 12, 1), "", "paca-support-by-the-template.json", language::en,
                {"error FIR.AMOUNT — /structures/1/fir_plan/payments/2/amount", "rulebook «PACA support by the template»"}, {"FIR.AMOUNT_DISPUTED"}});
}

TEST_CASE("render text: territories from the commune data, and the coverage of their departments", "[check][render]") {
    const auto jan_2026 = ymd(2026, 1, 1);
    check_text({"cpts-territories.json", jan_2026, "", "", language::en,
                {"Territory: 11 code(s), 11 place(s) recognised, 113,508 inhabitants (population municipale, vintage 2026) — size 3 (ACI_CPTS.AVENANT_2)",
                 "departments: 13 Bouches-du-Rhône, 83 Var", "288,720 inhabitants", "223,075 inhabitants",
                 "note TERRITORY.AMBIGUOUS_CODE — /structures/0/territory/communes",
                 "6 codes of the list are also other places' postal codes (13005 Aubagne /territory/communes/0, 13007 Auriol",
                 "note TERRITORY.AMBIGUOUS_CODE — /structures/2/territory/communes/1",
                 "department 13 Bouches-du-Rhône: 134 places, 2,087,658 inhabitants; covered: 580,948 inhabitants (27.82%)", "note TERRITORY.OVERLAP",
                 "CPTS Marseille Centre & CPTS Marseille Est share 1 place(s), 38,476 inhabitants: 13206 Marseille 6e Arrondissement",
                 "note TERRITORY.WHITE_ZONE", "department 83 Var: 153 places, 1,119,307 inhabitants; covered: 5,879 inhabitants (0.52%)",
                 "Summary: 3 structure(s), 3 valid, 0 with errors (0 error(s), 0 warning(s), 3 note(s)); coverage: 3 finding(s)."}});
    check_text({"cpts-territories.json", jan_2026, "provence-alpes-cote-d-azur", "", language::en,
                {"error TERRITORY.OVERLAP", "warning TERRITORY.WHITE_ZONE", "ARS PACA, cahier des charges CPTS, Le territoire"}, {"note TERRITORY.OVERLAP"}});
    check_text({"cpts-territories.json", jan_2026, "", "", language::fr,
                {"113 508 habitants (population municipale, millésime 2026) — taille 3", "couverts : 580 948 habitants (27,82 %)", "se partagent 1 lieu(x)"},
                {"inhabitants"}});
    check_text({"cpts-territories-invalid.json", jan_2026, "", "", language::en,
                {"error TERRITORY.SEAT — /structures/0/seat", "75015 is a postal code, not an INSEE code; it covers 75115 Paris 15e Arrondissement",
                 "error TERRITORY.POSTAL_CODE — /structures/0/territory/communes/1", "error TERRITORY.FORMER_COMMUNE — /structures/0/territory/communes/2",
                 "01120 Cordieux is an associated commune of 01262 Montluel: give 01262", "error TERRITORY.DUPLICATE — /structures/0/territory/communes/3",
                 "is already listed at /territory/communes/0", "error TERRITORY.COMMUNE_AND_ARRONDISSEMENT — /structures/0/territory/communes/4",
                 "75056 Paris has as arrondissement 75115 Paris 15e Arrondissement, already listed at /territory/communes/0",
                 "error TERRITORY.UNKNOWN_CODE — /structures/0/territory/communes/5",
                 "99999 is neither a commune, a municipal arrondissement nor a postal code of the 2026 vintage"}});
    check_text({hostile("territory-corsican-postal-code.json").c_str(), jan_2026, "", "", language::en,
                {"error TERRITORY.POSTAL_CODE — /structures/0/territory/communes/1", "20000 is a postal code, not an INSEE code; it covers 2A004 Ajaccio"}});
}

TEST_CASE("render JSON: the report's values under their names", "[check][render]") {
    check_json({"cds-invalid.json", ymd(2025, 6, 1), "", "", language::en,
                {"rule=\"CDS.MANAGER\"", "pointer=\"/structures/0/form\"", "valid=false", "as_of=\"2025-06-01\""}});
    check_json({"procedures-invalid.json", ymd(2025, 6, 30), "provence-alpes-cote-d-azur", "", language::en,
                {"stage=\"contract_in_force\"", "by=\"time\"", "kind=\"mission_start\"", "status=\"met_late\"",
                 "figure=\"PROCEDURE.PROVENCE_ALPES_COTE_D_AZUR.CPTS.LETTER_DECISION.MONTHS\"", "pointer=\"/structures/1/procedure/events/1\""}});
    check_json({"cpts-contract.json", ymd(2025, 12, 31), "", "", language::en,
                {"id=\"ACI_CPTS.2019\"", "total=\"787164.39\"", "part=\"fixed_advance\"", "amount=\"11794.52\"", "certainty=\"U\"", "uncertain=true",
                 "start_late=false"}});
    check_json({"cpts-professionals.json", ymd(2024, 12, 31), "", "what-if-pass-2024.json", language::en,
                {"law_figures_replaced=[\"PASS.2024\"]", "rulebook=\"what if the PASS of 2024 were 48 000 €\""}});
    check_json({"msp-agreement.json", ymd(2025, 6, 1), "", "", language::en,
                {"points=\"6000.00\"", "amount=\"42000.00\"", "due=\"2025-04-30\"", "prerequisites_met=true",
                 "id=\"FIR.OCCITANIE.MSP.START_UP.AMOUNT\"", "sessions_without_diagnosis=4"}});
    check_json({"cpts-territories.json", ymd(2026, 1, 1), "", "", language::en,
                {"population=113508", "size=3", "covered_basis_points=2782", "white_zone_population=1506710",
                 "source=\"@etalab/decoupage-administratif 6.0.0\""}});
}
