// Every rule of the structures: a structure that satisfies it (at its boundary where it has one), one
// that breaks it — with the diagnostic's rule id, field path and detail —, and its date of effect: the
// day before it a check does not report it, on that day it does. The expected dates are written here by
// hand from the sources (include/coordcare/vocabulary/effect_dates.hpp says which), never read
// from the rules.
#include <coordcare/coordcare.hpp>

#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <vector>

#include "samples.hpp"

using namespace coordcare;
using namespace coordcare::samples;

namespace {

date ymd(int y, unsigned m, unsigned d) { return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }

/// The ids reported when `s` is validated.
template <class S>
std::vector<std::string> reported(const S& s, date as_of = today, const regional_doctrine& d = doctrines::national) {
    std::vector<std::string> ids;
    for (const auto& diag : validate(s, as_of, d).diagnostics) ids.emplace_back(diag.rule.text());
    return ids;
}

/// One way to break one rule, starting from the valid sample of its kind.
template <class S>
struct breaking_case {
    breaking_case(std::string r, std::function<void(S&)> m, std::string p, std::vector<std::string> d,
                  std::vector<std::string> d_fr = {}, const regional_doctrine& under = doctrines::national)
        : rule{std::move(r)}, mutate{std::move(m)}, path{std::move(p)}, detail{std::move(d)}, detail_fr{std::move(d_fr)}, doctrine{under} {}
    std::string rule;
    std::function<void(S&)> mutate;
    std::string path;                   // the diagnostic's field path
    std::vector<std::string> detail;     // texts its English detail contains
    std::vector<std::string> detail_fr;  // texts its French detail contains
    regional_doctrine doctrine;          // the doctrine the rule is checked under
};

template <class S>
S broken(S s, const breaking_case<S>& c) {
    c.mutate(s);
    return s;
}

/// The case breaks exactly its rule, at its path, with a detail that says what was found.
template <class S>
void check_case(const S& sample, const breaking_case<S>& c, date as_of = today) {
    INFO("rule " << c.rule);
    const auto v = validate(broken(sample, c), as_of, c.doctrine);
    REQUIRE(v.diagnostics.size() == 1);
    const auto& d = v.diagnostics[0];
    CHECK(d.rule.text() == c.rule);
    CHECK(d.path.text() == c.path);
    for (const auto& text : c.detail) CHECK_THAT(d.detail.en, Catch::Contains(text));
    for (const auto& text : c.detail_fr) CHECK_THAT(d.detail.fr, Catch::Contains(text));
    CHECK_FALSE(d.detail.fr.empty());
    CHECK(d.detail.fr != d.detail.en);
}

/// The day before `from` the case's rule is not reported; on `from` it is.
template <class S>
void check_date(const S& sample, const breaking_case<S>& c, date from) {
    INFO("rule " << c.rule << " from " << iso_text(from));
    const auto s = broken(sample, c);
    const auto before = reported(s, add_days(from, std::chrono::days{-1}), c.doctrine);
    const auto on = reported(s, from, c.doctrine);
    CHECK(std::find(before.begin(), before.end(), c.rule) == before.end());
    CHECK(std::find(on.begin(), on.end(), c.rule) != on.end());
}

person& person_at(auto& s, std::size_t i) { return std::get<person>(s.members.at(i)); }

// ---- The cases, by kind ---------------------------------------------------------------------------

std::vector<breaking_case<msp>> msp_cases() {
    return {
        {"MSP.LEGAL_PERSON", [](msp& s) { s.form = legal_form::other_company; }, "form", {"\"other company\"", "an association or a SISA"}},
        {"MSP.GENERAL_PRACTITIONERS",
         [](msp& s) {
             s.form = legal_form::association_1901;  // not a SISA: only the GP minimum is at stake
             person_at(s, 1).specialty = doctor_specialty::other_specialty;
         },
         "members",
         {"counts 1 general practitioner; it needs at least 2"},
         {"compte 1 médecin généraliste ; il en faut au moins 2"}},
        {"MSP.ASSOCIATE_PROFESSIONS",
         [](msp& s) { s.members.push_back(professional("M. Noel", professions::dental_assistant, practice_mode::liberal, true)); },
         "members[5].associate",
         {"M. Noel (Dental assistant) is an associate", "other health profession"}},
        {"MSP.SISA.MIN_ASSOCIATES", [](msp& s) { person_at(s, 1).associate = false; }, "members",
         {"among the associates: 1 doctor, 1 medical auxiliary; the law requires at least 2 doctors and 1 medical auxiliary"},
         {"parmi les associés : 1 médecin, 1 auxiliaire médical ; la loi en exige au moins 2 médecins et 1 auxiliaire médical"}},
        {"MSP.SISA.SALARIED_FEWER_THAN_ASSOCIATES",
         [](msp& s) {
             for (int i = 0; i < 2; ++i) s.members.push_back(professional("salarié " + std::to_string(i), professions::nurse, practice_mode::salaried));
         },
         "members",
         {"employs 3 salaried health professionals for 3 liberal associates"}},
        {"MSP.NON_HEALTH.SIGNED_PROJECT", [](msp& s) { person_at(s, 4).signatory = false; }, "members[4].signatory",
         {"Mme Leroy (Psychologist) is not a health professional and has not signed"}},
        {"MSP.NON_HEALTH.NOT_ASSOCIATE", [](msp& s) { person_at(s, 4).associate = true; }, "members[4].associate",
         {"Mme Leroy (Psychologist) is an associate without being a health professional"}},
        {"MSP.ACI.SISA",
         [](msp& s) {
             s.form = legal_form::association_1901;
             person_at(s, 0).associate = false;  // keeps the association free of any SISA rule
             s.funding.aci_signed = ymd(2017, 8, 1);
         },
         "form",
         {"signed on 2017-08-01", "ended on 2018-02-01"}},
        {"MSP.HEALTH_PROJECT", [](msp& s) { s.project.reset(); }, "project", {"no health project"}},
        {"MSP.HEALTH_PROJECT.SIGNED", [](msp& s) { person_at(s, 3).signatory = false; }, "members[3].signatory",
         {"M. Durand (Physiotherapist) is a health professional of the structure and has not signed"}},
        {"MEMBER.DOCTOR_SPECIALTY", [](msp& s) { person_at(s, 2).specialty = doctor_specialty::other_specialty; }, "members[2].specialty",
         {"Mme Petit (Nurse) is not a doctor and states the specialty \"specialty other than general practice\"; only a doctor states one"}},
        {"MEMBER.WITHDRAWN_PROFESSION_CODE",
         [](msp& s) { s.members.push_back(professional("M. Garnier", *profession::from_tre_g15(39))); },
         "members[5].job",
         {"carries the TRE_G15 code 39, withdrawn from the nomenclature on 2024-12-13"}},
        {"ID.SIRET_WITHIN_SIREN", [](msp& s) { s.ids.siret = "55210055400013"_siret; }, "ids.siret",
         {"the SIRET 55210055400013 begins with 552100554, not with the SIREN 732829320"}},
    };
}

std::vector<breaking_case<esp>> esp_cases() {
    return {
        {"ESP.HEALTH_PROFESSIONALS_ONLY", [](esp& s) { s.members.push_back(role("Mme Arnaud", non_health_role::social_worker)); },
         "members[3].job", {"Mme Arnaud (Social worker) is not a health professional"}},
        {"ESP.GENERAL_PRACTITIONER", [](esp& s) { person_at(s, 0).specialty = doctor_specialty::other_specialty; }, "members",
         {"no general practitioner among the 3 health professionals"}},
        {"ESP.TWO_PROFESSIONALS", [](esp& s) { s.members.erase(s.members.begin() + 1, s.members.end()); }, "members",
         {"the team counts 1 health professional; it needs at least 2"}, {"l'équipe compte 1 professionnel de santé"}},
        {"ESP.FIRST_RECOURSE", [](esp& s) { s.members.push_back(professional("M. Petit", professions::medical_physicist)); },
         "members[3].job", {"M. Petit (Medical physicist)", "first-recourse care"}},
        {"ESP.HEALTH_PROJECT", [](esp& s) { s.project.reset(); }, "project", {"no health project"}},
        {"ESP.HEALTH_PROJECT.SIGNED", [](esp& s) { person_at(s, 2).signatory = false; }, "members[2].signatory",
         {"M. Faure (Pharmacist)", "has not signed"}},
        {"ESP.FIR.ASSOCIATION", [](esp& s) { s.form = legal_form::none; }, "form",
         {"FIR funding is requested and the legal form is \"no legal form\"", "the doctrine Occitanie pays FIR to an association"},
         {}, doctrines::occitanie},
        {"MEMBER.DOCTOR_SPECIALTY", [](esp& s) { person_at(s, 1).specialty = doctor_specialty::general_practice; }, "members[1].specialty",
         {"Mme Roux (Nurse) is not a doctor and states the specialty \"general practice\""}},
        {"MEMBER.WITHDRAWN_PROFESSION_CODE", [](esp& s) { s.members.push_back(professional("M. Garnier", *profession::from_tre_g15(37), practice_mode::liberal)); },
         "members[3].job", {"carries the TRE_G15 code 37, withdrawn from the nomenclature on 2024-12-13"}},
        {"ID.SIRET_WITHIN_SIREN",
         [](esp& s) {
             s.ids.siren = "732829320"_siren;
             s.ids.siret = "55210055400013"_siret;
         },
         "ids.siret", {"begins with 552100554, not with the SIREN 732829320"}},
    };
}

std::vector<breaking_case<ess>> ess_cases() {
    return {
        {"ESS.HEALTH_PROFESSIONALS_ONLY",
         [](ess& s) { s.members.push_back(organisation{"Clinique du Parc", organisation_kind::health_establishment, true}); }, "members[3]",
         {"Clinique du Parc (health establishment) is a body, not a health professional"}},
        {"ESS.SPECIALIST",
         [](ess& s) {
             for (auto& m : s.members)
                 if (auto* p = std::get_if<person>(&m); p && p->is_doctor()) p->specialty = doctor_specialty::general_practice;
         },
         "members", {"no specialist (other than general practice) among the 3 members (2 general practitioners)"}},
        {"ESS.HEALTH_PROJECT", [](ess& s) { s.project.reset(); }, "project", {"no health project"}},
        {"ESS.HEALTH_PROJECT.SIGNED",
         [](ess& s) {
             for (auto& m : s.members) std::get<person>(m).signatory = false;
         },
         "members", {"none of the 3 members has signed the health project"}},
        {"ESS.FIR.ASSOCIATION", [](ess& s) { s.funding.fir_requested = true; }, "form",
         {"funding is requested and the legal form is", "the guide recommends an association"}},
        {"MEMBER.WITHDRAWN_PROFESSION_CODE", [](ess& s) { s.members.push_back(professional("M. Garnier", *profession::from_tre_g15(37), practice_mode::liberal)); },
         "members[3].job", {"carries the TRE_G15 code 37, withdrawn from the nomenclature on 2024-12-13"}},
        {"ID.SIRET_WITHIN_SIREN",
         [](ess& s) {
             s.ids.siren = "732829320"_siren;
             s.ids.siret = "55210055400013"_siret;
         },
         "ids.siret", {"begins with 552100554, not with the SIREN 732829320"}},
        {"MEMBER.DOCTOR_SPECIALTY", [](ess& s) { person_at(s, 0).specialty.reset(); }, "members[0].specialty",
         {"Dr Blanc (Doctor) is a doctor and states no specialty; expected: general practice or another specialty"}},
    };
}

std::vector<breaking_case<cds>> cds_cases() {
    return {
        {"CDS.MANAGER", [](cds& s) { s.form = legal_form::sisa; }, "form", {"the manager's legal form is", "SISA", "L.6323-1-3"}},
        {"CDS.SALARIED", [](cds& s) { person_at(s, 1).mode = practice_mode::liberal; }, "members[1].mode",
         {"Mme Fontaine (Dentist) practises in mode \"liberal\""}},
        {"CDS.SINGLE_AGREEMENT", [](cds& s) { s.funding.model_contract = true; }, "funding.model_contract", {"both"}},
        {"CDS.HEALTH_PROJECT", [](cds& s) { s.project.reset(); }, "project", {"no health project"}},
        {"MEMBER.WITHDRAWN_PROFESSION_CODE", [](cds& s) { s.members.push_back(professional("M. Garnier", *profession::from_tre_g15(37), practice_mode::salaried)); },
         "members[4].job", {"carries the TRE_G15 code 37, withdrawn from the nomenclature on 2024-12-13"}},
        {"ID.SIRET_WITHIN_SIREN",
         [](cds& s) {
             s.ids.siren = "732829320"_siren;
             s.ids.siret = "55210055400013"_siret;
         },
         "ids.siret", {"begins with 552100554, not with the SIREN 732829320"}},
        {"MEMBER.DOCTOR_SPECIALTY", [](cds& s) { person_at(s, 0).specialty.reset(); }, "members[0].specialty",
         {"Dr Lambert (Doctor) is a doctor and states no specialty"}},
    };
}

std::vector<breaking_case<cpts>> cpts_cases() {
    return {
        {"CPTS.LEGAL_FORM", [](cpts& s) { s.form = legal_form::sisa; }, "form", {"a CPTS is an association"}},
        {"CPTS.LEGAL_FORM.SEAT", [](cpts& s) { s.seat = "57463"_insee; }, "form",
         {"seat 57463 is in Moselle (57): the association must be under local law, not loi 1901"},
         {"le siège 57463 est en Moselle (57) : l'association relève du code civil local"}},
        {"CPTS.PLURIPROFESSIONAL",
         [](cpts& s) { s.members[1] = specialist("Dr Klein"); }, "members",
         {"the CPTS's 2 health professionals all exercise one profession (Doctor); at least 2 are required"}},
        {"CPTS.HEALTH_PROJECT", [](cpts& s) { s.project.reset(); }, "project", {"no health project"}},
        {"CPTS.HEALTH_PROJECT.SIGNED",
         [](cpts& s) {
             for (auto& m : s.members) std::visit([](auto& x) { x.signatory = false; }, m);
         },
         "members", {"none of the 4 members has signed"}},
        {"MEMBER.WITHDRAWN_PROFESSION_CODE", [](cpts& s) { s.members.push_back(professional("M. Garnier", *profession::from_tre_g15(37), practice_mode::liberal)); },
         "members[4].job", {"carries the TRE_G15 code 37, withdrawn from the nomenclature on 2024-12-13"}},
        {"ID.SIRET_WITHIN_SIREN",
         [](cpts& s) {
             s.ids.siren = "732829320"_siren;
             s.ids.siret = "55210055400013"_siret;
         },
         "ids.siret", {"begins with 552100554, not with the SIREN 732829320"}},
        {"MEMBER.DOCTOR_SPECIALTY", [](cpts& s) { person_at(s, 1).specialty = doctor_specialty::general_practice; }, "members[1].specialty",
         {"Mme Henry (Physiotherapist) is not a doctor"}},
    };
}

const breaking_case<msp>& msp_case(std::string_view rule) {
    static const auto cases = msp_cases();
    for (const auto& c : cases)
        if (c.rule == rule) return c;
    FAIL("no MSP case for " << rule);
    return cases.front();
}
template <class S>
const breaking_case<S>& find_case(const std::vector<breaking_case<S>>& cases, std::string_view rule) {
    for (const auto& c : cases)
        if (c.rule == rule) return c;
    FAIL("no case for " << rule);
    return cases.front();
}

/// Every rule of kind K has a breaking case.
template <structure_kind K, class S>
void every_rule_has_a_case(const std::vector<breaking_case<S>>& cases) {
    for_each_rule<K>([&](auto rule_type) {
        using R = typename decltype(rule_type)::type;
        const std::string id{R::info.id.text()};
        INFO("rule " << id);
        if (id == "ESP.REGIONAL_MINIMUM") return;  // regional doctrine: its own test below
        CHECK(std::any_of(cases.begin(), cases.end(), [&](const auto& c) { return c.rule == id; }));
    });
}

}  // namespace

TEST_CASE("the valid samples satisfy every rule of their kind, without a warning", "[structures]") {
    CHECK(reported(valid_esp()).empty());
    CHECK(reported(valid_ess()).empty());
    CHECK(reported(valid_msp()).empty());
    CHECK(reported(valid_cds()).empty());
    CHECK(reported(valid_cpts()).empty());
    CHECK(validate(valid_msp(), today).valid());
}

TEST_CASE("each rule: a case breaks exactly it, at its field, and its detail says what was found", "[structures]") {
    for (const auto& c : msp_cases()) check_case(valid_msp(), c);
    for (const auto& c : esp_cases()) check_case(valid_esp(), c);
    for (const auto& c : ess_cases()) check_case(valid_ess(), c);
    for (const auto& c : cds_cases()) check_case(valid_cds(), c);
    for (const auto& c : cpts_cases()) check_case(valid_cpts(), c);
    every_rule_has_a_case<structure_kind::msp>(msp_cases());
    every_rule_has_a_case<structure_kind::esp>(esp_cases());
    every_rule_has_a_case<structure_kind::ess>(ess_cases());
    every_rule_has_a_case<structure_kind::cds>(cds_cases());
    every_rule_has_a_case<structure_kind::cpts>(cpts_cases());
}

TEST_CASE("each rule applies from its date of effect, and not the day before", "[structures][dates]") {
    // The dates, by hand, from the texts (see effect_dates.hpp for the sources).
    const date hpst = ymd(2009, 7, 23);          // loi n° 2009-879 (HPST)
    const date fourcade = ymd(2011, 8, 12);      // loi n° 2011-940: SISA, MSP as a legal person, signatures
    const date ordinance_2021 = ymd(2021, 5, 14);  // ordonnance n° 2021-584: SISA employees
    const date law_2016 = ymd(2016, 1, 28);      // loi n° 2016-41: ESP, CPTS
    const date law_2019 = ymd(2019, 7, 27);      // loi n° 2019-774: ESS
    const date ordinance_2018 = ymd(2018, 4, 1);  // ordonnance n° 2018-17: CDS managers and salaried staff
    const date cds_agreement = ymd(2015, 9, 30);  // accord national des centres de santé
    const date aci_msp = ymd(2017, 7, 24);       // arrêté approving the ACI MSP
    const date cpts_association = ymd(2022, 5, 14);

    const auto m = msp_cases();
    check_date(valid_msp(), find_case(m, "MSP.LEGAL_PERSON"), fourcade);
    check_date(valid_msp(), find_case(m, "MSP.GENERAL_PRACTITIONERS"), fourcade);
    check_date(valid_msp(), find_case(m, "MSP.ASSOCIATE_PROFESSIONS"), fourcade);
    check_date(valid_msp(), find_case(m, "MSP.SISA.MIN_ASSOCIATES"), fourcade);
    check_date(valid_msp(), find_case(m, "MSP.SISA.SALARIED_FEWER_THAN_ASSOCIATES"), ordinance_2021);
    check_date(valid_msp(), find_case(m, "MSP.NON_HEALTH.SIGNED_PROJECT"), fourcade);
    check_date(valid_msp(), find_case(m, "MSP.NON_HEALTH.NOT_ASSOCIATE"), fourcade);
    check_date(valid_msp(), find_case(m, "MSP.HEALTH_PROJECT"), hpst);
    check_date(valid_msp(), find_case(m, "MSP.HEALTH_PROJECT.SIGNED"), fourcade);
    check_date(valid_msp(), find_case(m, "MEMBER.WITHDRAWN_PROFESSION_CODE"), ymd(2024, 12, 13));
    {
        // MSP.ACI.SISA: from the arrêté of 2017, for a contract signed before the check.
        auto c = find_case(m, "MSP.ACI.SISA");
        c.mutate = [](msp& s) {
            s.form = legal_form::association_1901;
            person_at(s, 0).associate = false;
            s.funding.aci_signed = ymd(2016, 1, 1);
        };
        check_date(valid_msp(), c, aci_msp);
    }
    const auto e = esp_cases();
    for (const auto* id : {"ESP.HEALTH_PROFESSIONALS_ONLY", "ESP.GENERAL_PRACTITIONER", "ESP.TWO_PROFESSIONALS", "ESP.FIRST_RECOURSE",
                           "ESP.HEALTH_PROJECT", "ESP.HEALTH_PROJECT.SIGNED"})
        check_date(valid_esp(), find_case(e, id), law_2016);
    const auto s = ess_cases();
    for (const auto* id : {"ESS.HEALTH_PROFESSIONALS_ONLY", "ESS.SPECIALIST", "ESS.HEALTH_PROJECT", "ESS.HEALTH_PROJECT.SIGNED"})
        check_date(valid_ess(), find_case(s, id), law_2019);
    const auto c = cds_cases();
    check_date(valid_cds(), find_case(c, "CDS.MANAGER"), ordinance_2018);
    check_date(valid_cds(), find_case(c, "CDS.SALARIED"), ordinance_2018);
    check_date(valid_cds(), find_case(c, "CDS.SINGLE_AGREEMENT"), cds_agreement);
    check_date(valid_cds(), find_case(c, "CDS.HEALTH_PROJECT"), hpst);
    const auto p = cpts_cases();
    check_date(valid_cpts(), find_case(p, "CPTS.LEGAL_FORM"), cpts_association);
    check_date(valid_cpts(), find_case(p, "CPTS.LEGAL_FORM.SEAT"), cpts_association);
    for (const auto* id : {"CPTS.PLURIPROFESSIONAL", "CPTS.HEALTH_PROJECT", "CPTS.HEALTH_PROJECT.SIGNED"})
        check_date(valid_cpts(), find_case(p, id), law_2016);

    // The constraints on the data and the doctrine's rules apply at every date.
    const date earliest = ymd(1900, 1, 1);
    for (const auto* id : {"MEMBER.DOCTOR_SPECIALTY", "ID.SIRET_WITHIN_SIREN"}) {
        const auto v = reported(broken(valid_msp(), find_case(m, id)), earliest);
        CHECK(std::find(v.begin(), v.end(), id) != v.end());
    }
    CHECK(reported(broken(valid_esp(), find_case(e, "ESP.FIR.ASSOCIATION")), earliest, doctrines::occitanie) ==
          std::vector<std::string>{"ESP.FIR.ASSOCIATION"});
    CHECK(reported(broken(valid_ess(), find_case(s, "ESS.FIR.ASSOCIATION")), earliest) == std::vector<std::string>{"ESS.FIR.ASSOCIATION"});
}

TEST_CASE("a SISA's non-health associate is a violation at every date since the SISA exists", "[structures][msp][dates]") {
    auto s = valid_msp();
    person_at(s, 4).associate = true;
    for (const date d : {ymd(2011, 8, 12), ymd(2015, 1, 1), ymd(2021, 5, 13), today}) {
        INFO(iso_text(d));
        const auto ids = reported(s, d);
        CHECK(std::find(ids.begin(), ids.end(), "MSP.NON_HEALTH.NOT_ASSOCIATE") != ids.end());
    }
}

TEST_CASE("MSP: the boundaries of its rules", "[structures][msp]") {
    // Exactly two general practitioners, in an association: valid; the associates' rule holds for it too.
    auto association = valid_msp();
    association.form = legal_form::association_1901;
    CHECK(reported(association).empty());
    association.members.push_back(professional("M. Noel", professions::dental_assistant, practice_mode::liberal, true));
    CHECK(reported(association) == std::vector<std::string>{"MSP.ASSOCIATE_PROFESSIONS"});

    // A pharmacist, a midwife or a dentist may be an associate.
    for (const auto p : {professions::pharmacist, professions::midwife, professions::dentist}) {
        auto s = valid_msp();
        s.members.push_back(professional("associé", p, practice_mode::liberal, true));
        CHECK(reported(s).empty());
    }

    // A SISA with exactly two doctor associates (one of them a specialist) and one auxiliary: valid.
    auto sisa = valid_msp();
    sisa.members.push_back(specialist("Dr Colin"));
    person_at(sisa, 5).associate = true;
    person_at(sisa, 1).associate = false;
    CHECK(reported(sisa).empty());

    // Salaried health professionals: fewer than the liberal associates is valid; as many is not. A
    // salaried associate does not count among the liberal ones; a mixed one does.
    auto s = valid_msp();  // 3 liberal associates, 1 salaried physiotherapist
    s.members.push_back(professional("salariée", professions::nurse, practice_mode::salaried));
    CHECK(reported(s).empty());  // 2 salaried < 3 associates
    person_at(s, 2).mode = practice_mode::salaried;  // the nurse associate is salaried: 2 liberal associates
    CHECK(reported(s) == std::vector<std::string>{"MSP.SISA.SALARIED_FEWER_THAN_ASSOCIATES"});
    person_at(s, 2).mode = practice_mode::mixed;
    CHECK(reported(s).empty());
    // A non-health salaried participant (the psychologist) is not counted among the salaried professionals.
    auto with_staff = valid_msp();
    for (int i = 0; i < 3; ++i) with_staff.members.push_back(role("secrétaire", non_health_role::administrative_staff));
    CHECK(reported(with_staff).empty());

    // A non-health associate breaks two rules of the MSP, and not the associates' profession rule.
    auto with_osteopath = valid_msp();
    auto osteo = role("M. Perrin", non_health_role::osteopath);
    osteo.associate = true;
    osteo.signatory = false;
    with_osteopath.members.push_back(osteo);
    CHECK(reported(with_osteopath) == std::vector<std::string>{"MSP.NON_HEALTH.SIGNED_PROJECT", "MSP.NON_HEALTH.NOT_ASSOCIATE"});

    // An organisation member (an ESP) need not sign the project.
    auto with_team = valid_msp();
    with_team.members.push_back(organisation{"ESP du Val", organisation_kind::esp, false});
    CHECK(reported(with_team).empty());
}

TEST_CASE("MSP: the ACI requires a SISA, or becoming one within 6 months", "[structures][msp]") {
    auto s = valid_msp();
    s.funding.aci_signed = ymd(2025, 1, 31);
    CHECK(reported(s).empty());  // a SISA
    s.form = legal_form::association_1901;
    // Six months after 2025-01-31 is 2025-07-31, the last day of the delay (CPC art. 641): the association
    // is allowed until the end of that day — as the replay of a procedure's log counts it.
    CHECK(reported(s, ymd(2025, 7, 31)).empty());
    CHECK(reported(s, ymd(2025, 8, 1)) == std::vector<std::string>{"MSP.ACI.SISA"});
}

TEST_CASE("ESP: two health professionals, one a general practitioner, under every doctrine", "[structures][esp]") {
    auto gp_and_nurse = valid_esp();
    gp_and_nurse.members.erase(gp_and_nurse.members.begin() + 2, gp_and_nurse.members.end());
    auto gp_only = valid_esp();
    gp_only.members.erase(gp_only.members.begin() + 1, gp_only.members.end());
    for (const auto& d : doctrines::all) {
        INFO(d.name);
        CHECK(reported(gp_and_nurse, today, d).empty());
        const auto ids = reported(gp_only, today, d);
        CHECK(std::find(ids.begin(), ids.end(), "ESP.TWO_PROFESSIONALS") != ids.end());
    }
    // A GP and a psychologist: one health professional only.
    auto with_psychologist = gp_only;
    with_psychologist.members.push_back(role("Mme Ba", non_health_role::psychologist));
    CHECK(reported(with_psychologist) == std::vector<std::string>{"ESP.HEALTH_PROFESSIONALS_ONLY", "ESP.TWO_PROFESSIONALS"});
    // No Auvergne-Rhône-Alpes preset: no seed gives that region a minimum.
    CHECK(doctrines::find("auvergne-rhone-alpes") == nullptr);
}

TEST_CASE("ESP: first-recourse professions, as profession_table states them", "[structures][esp]") {
    for (const auto code : {10, 21, 26, 28, 40, 50, 60, 69, 70, 80, 81, 82, 83, 84, 85, 91, 92, 94, 95, 96}) {
        INFO(code);
        CHECK(profession::from_tre_g15(code)->first_recourse());
    }
    for (const auto code : {31, 32, 35, 36, 37, 38, 39, 86, 93, 98}) {
        INFO(code);
        CHECK_FALSE(profession::from_tre_g15(code)->first_recourse());
    }
    // A code withdrawn by the date of the check has its own warning, and only that one; before its
    // withdrawal, it is a profession that does not provide first-recourse care.
    auto with_ambulance_driver = valid_esp();
    with_ambulance_driver.members.push_back(professional("M. Caron", *profession::from_tre_g15(36)));
    CHECK(reported(with_ambulance_driver, ymd(2024, 12, 12)) == std::vector<std::string>{"ESP.FIRST_RECOURSE"});
    CHECK(reported(with_ambulance_driver, ymd(2024, 12, 13)) == std::vector<std::string>{"MEMBER.WITHDRAWN_PROFESSION_CODE"});
    // A warning leaves the team valid.
    auto s = valid_esp();
    s.members.push_back(professional("M. Lenoir", professions::radiographer));
    const auto v = validate(s, today);
    REQUIRE(v.diagnostics.size() == 1);
    CHECK(v.diagnostics[0].level == severity::warning);
    CHECK(v.valid());
}

TEST_CASE("ESP: the regional minimum is the doctrine the caller chooses", "[structures][esp][doctrine]") {
    auto gp_and_pharmacist = valid_esp();
    gp_and_pharmacist.members.erase(gp_and_pharmacist.members.begin() + 1);  // a GP and a pharmacist: no auxiliary
    auto gp_and_nurse = valid_esp();
    gp_and_nurse.members.erase(gp_and_nurse.members.begin() + 2, gp_and_nurse.members.end());
    auto nurse_and_physio = valid_esp();  // a paramedical but no GP: PACA's GP condition too
    nurse_and_physio.members = {professional("Mme Roux", professions::nurse), professional("M. Lévy", professions::physiotherapist)};
    const std::vector<std::string> minimum{"ESP.REGIONAL_MINIMUM"};

    CHECK(reported(gp_and_pharmacist, today, doctrines::national).empty());
    CHECK(reported(gp_and_pharmacist, today, doctrines::ile_de_france).empty());
    CHECK(reported(gp_and_pharmacist, today, doctrines::provence_alpes_cote_d_azur) == minimum);
    CHECK(reported(gp_and_nurse, today, doctrines::provence_alpes_cote_d_azur).empty());
    CHECK(reported(nurse_and_physio, today, doctrines::provence_alpes_cote_d_azur) ==
          std::vector<std::string>{"ESP.GENERAL_PRACTITIONER", "ESP.REGIONAL_MINIMUM"});
    CHECK(reported(nurse_and_physio, today, doctrines::national) == std::vector<std::string>{"ESP.GENERAL_PRACTITIONER"});

    const auto d = validate(gp_and_pharmacist, today, doctrines::provence_alpes_cote_d_azur).diagnostics.at(0);
    CHECK(d.layer == rule_layer::regional_doctrine);
    CHECK_THAT(d.detail.en, Catch::Contains("the doctrine Provence-Alpes-Côte d'Azur requires at least 1 general practitioner and 1 "
                                            "medical auxiliary; the team counts 1 general practitioner and 0 medical auxiliaries"));
    CHECK_THAT(d.detail.fr, Catch::Contains("l'équipe compte 1 médecin généraliste et 0 auxiliaire médical"));

    // FIR to an association only: no national rule says so (an ESP "ne nécessite pas de structuration juridique
    // particulière", the legal guide), the help desk's FAQ does, Occitanie's; a user's doctrine may too.
    const regional_doctrine fir_rule{"mine", {"la mienne", "mine"}, {.fir_requires_association = true}, {certainty::stated, "test"}};
    CHECK(fir_rule.figures().esp == esp_minimum::national);
    CHECK(fir_rule.figures().fir_requires_association);
    CHECK_FALSE(doctrines::national.figures().fir_requires_association);
    auto informal = valid_esp();
    informal.form = legal_form::none;
    CHECK(reported(informal, today, doctrines::national).empty());
    CHECK(reported(informal, today, doctrines::provence_alpes_cote_d_azur).empty());
    CHECK(reported(informal, today, fir_rule) == std::vector<std::string>{"ESP.FIR.ASSOCIATION"});
    CHECK(reported(informal, today, doctrines::occitanie) == std::vector<std::string>{"ESP.FIR.ASSOCIATION"});
    // A team without legal form that asks for no FIR breaks nothing: no legal form is required of it.
    informal.funding.fir_requested = false;
    CHECK(reported(informal, today, doctrines::occitanie).empty());
    CHECK(doctrines::find("provence-alpes-cote-d-azur") == &doctrines::all[1]);
    CHECK(doctrines::find("nowhere") == nullptr);
}

TEST_CASE("ESS: its rules at their boundaries, and the association is a recommendation", "[structures][ess]") {
    auto one_specialist = valid_ess();
    person_at(one_specialist, 1).specialty = doctor_specialty::general_practice;
    CHECK(reported(one_specialist).empty());  // exactly one specialist is enough

    auto one_signatory = valid_ess();
    person_at(one_signatory, 0).signatory = false;
    person_at(one_signatory, 1).signatory = false;
    CHECK(reported(one_signatory).empty());  // one member signed

    auto asks_fir = valid_ess();
    asks_fir.funding.fir_requested = true;
    const auto v = validate(asks_fir, today);
    REQUIRE(v.diagnostics.size() == 1);
    CHECK(v.diagnostics[0].level == severity::warning);
    CHECK(v.valid());  // a recommendation does not make the team invalid
    asks_fir.form = legal_form::association_1901;
    CHECK(reported(asks_fir).empty());
}

TEST_CASE("CDS: every manager the law allows, and members who are not health professionals", "[structures][cds]") {
    for (const auto form : {legal_form::association_1901, legal_form::association_local_law, legal_form::scic, legal_form::other_non_profit,
                            legal_form::commune_or_grouping, legal_form::departement, legal_form::public_health_establishment,
                            legal_form::private_health_establishment_non_profit, legal_form::private_health_establishment_for_profit}) {
        auto s = valid_cds();
        s.form = form;
        INFO(name(form).en);
        CHECK(reported(s).empty());
    }
    for (const auto form : {legal_form::none, legal_form::sisa, legal_form::other_company}) {
        auto s = valid_cds();
        s.form = form;
        CHECK(reported(s) == std::vector<std::string>{"CDS.MANAGER"});
    }
    // A non-health member in liberal practice (a coordinator, an osteopath) is not bound to be salaried.
    auto s = valid_cds();
    person_at(s, 3).mode = practice_mode::liberal;
    s.members.push_back(role("M. Roy", non_health_role::osteopath));
    person_at(s, 4).mode = practice_mode::liberal;
    CHECK(reported(s).empty());
    // A mixed-mode professional is not salaried there.
    person_at(s, 0).mode = practice_mode::mixed;
    CHECK(reported(s) == std::vector<std::string>{"CDS.SALARIED"});
    // A CDS's project needs no member's signature (its manager draws it up).
    auto unsigned_project = valid_cds();
    for (auto& m : unsigned_project.members) std::get<person>(m).signatory = false;
    CHECK(reported(unsigned_project).empty());
}

TEST_CASE("CPTS: legal form by seat, pluriprofessionalism, open membership", "[structures][cpts]") {
    for (const char* seat : {"57463", "67482", "68224"}) {  // Metz, Strasbourg, Mulhouse
        auto s = valid_cpts();
        s.form = legal_form::association_local_law;
        s.seat = std::get<commune_code>(commune_code::parse(seat));
        CHECK(reported(s).empty());
    }
    auto local_in_paris = valid_cpts();
    local_in_paris.form = legal_form::association_local_law;
    const auto d = validate(local_in_paris, today).diagnostics;
    REQUIRE(d.size() == 1);
    CHECK(d[0].detail.en == "seat 75120 is in Paris (75): the association must be under loi 1901, not the local law of Alsace-Moselle");
    auto no_seat = valid_cpts();
    no_seat.seat.reset();
    CHECK(reported(no_seat) == std::vector<std::string>{"CPTS.LEGAL_FORM.SEAT"});

    cpts empty;
    empty.form = legal_form::association_1901;
    empty.seat = "75120"_insee;
    empty.project = project;
    const auto v = validate(empty, today).diagnostics;
    REQUIRE(v.size() == 2);
    CHECK(v[0].rule.text() == "CPTS.PLURIPROFESSIONAL");
    CHECK(v[0].detail.en == "the CPTS has no member");
    CHECK(v[1].rule.text() == "CPTS.HEALTH_PROJECT.SIGNED");

    auto bodies_only = valid_cpts();
    bodies_only.members.erase(bodies_only.members.begin(), bodies_only.members.begin() + 2);
    CHECK(reported(bodies_only) == std::vector<std::string>{"CPTS.PLURIPROFESSIONAL"});

    // Two professions among many doctors: pluriprofessional.
    auto doctors = valid_cpts();
    for (int i = 0; i < 5; ++i) doctors.members.push_back(gp("Dr " + std::to_string(i)));
    CHECK(reported(doctors).empty());

    // Before the end of the transition period (2022-05-14), the legal form was not yet required.
    auto old = valid_cpts();
    old.form = legal_form::other_company;
    CHECK(reported(old, ymd(2022, 5, 13)).empty());
    CHECK(reported(old, ymd(2022, 5, 14)) == std::vector<std::string>{"CPTS.LEGAL_FORM"});
}

TEST_CASE("CPTS membership is open: no rule rejects a kind of member the law allows", "[structures][cpts]") {
    auto s = valid_cpts();
    for (const auto& e : profession_table) {
        if (e.retired_since) continue;
        const auto p = *profession::from_tre_g15(e.tre_g15_code);
        for (const auto mode : {practice_mode::liberal, practice_mode::salaried, practice_mode::volunteer, practice_mode::mixed}) {
            person x = professional(std::string{e.name.fr} + " " + std::string{name(mode).fr}, p, mode);
            if (p == professions::doctor) x.specialty = doctor_specialty::other_specialty;
            x.signatory = (e.tre_g15_code % 2) == 0;
            s.members.push_back(x);
        }
    }
    for (const auto& e : non_health_role_table) s.members.push_back(role(std::string{e.name.fr}, e.role));
    for (const auto& e : organisation_kind_table) s.members.push_back(organisation{std::string{e.name.fr}, e.kind, false});
    CHECK(s.members.size() > 120);
    CHECK(reported(s).empty());
}

TEST_CASE("a withdrawn TRE_G15 code: a warning naming the date, only from that date", "[structures]") {
    auto s = valid_cds();
    s.members.push_back(professional("M. Caron", *profession::from_tre_g15(36), practice_mode::salaried));  // ambulancier
    CHECK(reported(s, ymd(2024, 12, 12)).empty());
    const auto v = validate(s, ymd(2024, 12, 13));
    REQUIRE(v.diagnostics.size() == 1);
    CHECK(v.diagnostics[0].level == severity::warning);
    CHECK(v.diagnostics[0].detail.en == "M. Caron (Ambulance driver) carries the TRE_G15 code 36, withdrawn from the nomenclature on 2024-12-13");
    CHECK(v.valid());

    // Psychologist (93) was created withdrawn on 2021-12-17: no health profession, and a warning.
    auto e = valid_esp();
    e.members.push_back(professional("Mme Ba", *profession::from_tre_g15(93)));
    const auto w = validate(e, today).diagnostics;
    REQUIRE(w.size() == 2);
    CHECK(w[0].rule.text() == "ESP.HEALTH_PROFESSIONALS_ONLY");
    CHECK(w[1].rule.text() == "MEMBER.WITHDRAWN_PROFESSION_CODE");
    CHECK_THAT(w[1].detail.en, Catch::Contains("withdrawn from the nomenclature on 2021-12-17") && Catch::Contains("give the role (TRE_R95)"));
}

TEST_CASE("diagnostics carry the rule's reference, layer, general text and detail", "[structures]") {
    auto s = valid_msp();
    person_at(s, 1).associate = false;
    const auto v = validate(s, today);
    REQUIRE(v.diagnostics.size() == 1);
    const auto& d = v.diagnostics[0];
    CHECK(d.reference.article == "L.4041-4");
    CHECK(d.reference.url() == "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000024460246");
    CHECK(d.layer == rule_layer::law);
    CHECK(d.level == severity::error);
    CHECK(d.message_fr == "Une SISA compte parmi ses associés au moins deux médecins et un auxiliaire médical.");
    CHECK(d.message_en.starts_with("A SISA counts"));
    CHECK(d.path.json_pointer() == "/members");
    CHECK(d.summary(language::en) ==
          "error MSP.SISA.MIN_ASSOCIATES at members: among the associates: 1 doctor, 1 medical auxiliary; the law requires at "
          "least 2 doctors and 1 medical auxiliary [CSP, art. L.4041-4]");
    CHECK(d.summary(language::fr) ==
          "erreur MSP.SISA.MIN_ASSOCIATES sur members : parmi les associés : 1 médecin, 1 auxiliaire médical ; la loi en exige au "
          "moins 2 médecins et 1 auxiliaire médical [CSP, art. L.4041-4]");
    CHECK(v.reports("MSP.SISA.MIN_ASSOCIATES"));
    CHECK_FALSE(v.reports("MSP.LEGAL_PERSON"));

    // Data constraints are not law, and cite their nomenclature or register.
    const auto specialty = validate(broken(valid_msp(), msp_case("MEMBER.DOCTOR_SPECIALTY")), today).diagnostics.at(0);
    CHECK(specialty.layer == rule_layer::data_constraint);
    CHECK(specialty.reference.article == "TRE_R38 SpecialiteOrdinale");
    const auto siret = validate(broken(valid_msp(), msp_case("ID.SIRET_WITHIN_SIREN")), today).diagnostics.at(0);
    CHECK(siret.layer == rule_layer::data_constraint);
    CHECK(siret.reference.text.abbreviation == "SIRENE");
}

TEST_CASE("the health project's signatories are the members who signed it", "[structures]") {
    auto s = valid_msp();
    CHECK(signatories(s) == std::vector<std::size_t>{0, 1, 2, 3, 4});
    person_at(s, 1).signatory = false;
    s.members.push_back(organisation{"ESP du Val", organisation_kind::esp, true});
    CHECK(signatories(s) == std::vector<std::size_t>{0, 2, 3, 4, 5});
}

TEST_CASE("every violation is reported, not only the first", "[structures]") {
    cpts s;
    s.name = "CPTS sans rien";
    s.form = legal_form::none;
    s.members = {person{"Dr X", professions::doctor, std::nullopt, practice_mode::liberal, false, false},
                 person{"Dr Y", professions::doctor, std::nullopt, practice_mode::liberal, false, false}};
    CHECK(reported(s) == std::vector<std::string>{"CPTS.LEGAL_FORM", "CPTS.PLURIPROFESSIONAL", "CPTS.HEALTH_PROJECT",
                                                  "MEMBER.DOCTOR_SPECIALTY", "MEMBER.DOCTOR_SPECIALTY"});
}
