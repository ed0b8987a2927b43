// Every rule of the structures: a structure that satisfies it, and one that breaks it, with the
// diagnostic's rule id and field path.
#include <coordcare/coordcare.hpp>

#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <vector>

#include "samples.hpp"

using namespace coordcare;
using namespace coordcare::samples;

namespace {

/// The ids reported when `s` is validated.
template <class S>
std::vector<std::string> reported(const S& s, date as_of = today, const regional_doctrine& d = doctrines::national) {
    std::vector<std::string> ids;
    for (const auto& diag : validate(s, as_of, d).diagnostics) ids.emplace_back(diag.rule.text());
    return ids;
}

/// Breaks a valid sample with `mutate`, and checks that exactly `rule` is reported, at `path`.
template <class S>
void check_break(S s, const std::function<void(S&)>& mutate, std::string_view rule, std::string_view path) {
    INFO("rule " << rule);
    mutate(s);
    const auto v = validate(s, today);
    REQUIRE(v.diagnostics.size() == 1);
    CHECK(v.diagnostics[0].rule.text() == rule);
    CHECK(v.diagnostics[0].path.text() == path);
    CHECK_FALSE(v.valid());
}

}  // namespace

TEST_CASE("the valid samples satisfy every rule of their kind", "[structures]") {
    CHECK(reported(valid_esp()).empty());
    CHECK(reported(valid_ess()).empty());
    CHECK(reported(valid_msp()).empty());
    CHECK(reported(valid_cds()).empty());
    CHECK(reported(valid_cpts()).empty());
    CHECK(validate(valid_msp(), today).valid());
}

TEST_CASE("MSP rules", "[structures][msp]") {
    check_break<msp>(valid_msp(), [](msp& s) { s.form = legal_form::other_company; }, "MSP.LEGAL_PERSON", "form");
    check_break<msp>(valid_msp(), [](msp& s) { std::get<person>(s.members[1]).associate = false; }, "MSP.SISA.MIN_ASSOCIATES", "members");
    check_break<msp>(valid_msp(), [](msp& s) { std::get<person>(s.members[2]).associate = false; }, "MSP.SISA.MIN_ASSOCIATES", "members");
    check_break<msp>(
        valid_msp(), [](msp& s) { s.members.push_back(professional("M. Noel", professions::dental_assistant, practice_mode::liberal, true)); },
        "MSP.SISA.ASSOCIATE_PROFESSIONS", "members[5].associate");
    check_break<msp>(
        valid_msp(),
        [](msp& s) {
            for (int i = 0; i < 2; ++i) s.members.push_back(professional("salarié", professions::nurse, practice_mode::salaried));
        },
        "MSP.SISA.SALARIED_FEWER_THAN_ASSOCIATES", "members");
    check_break<msp>(valid_msp(), [](msp& s) { std::get<person>(s.members[4]).signatory = false; }, "MSP.NON_HEALTH.SIGNED_PROJECT",
                     "members[4].signatory");
    check_break<msp>(valid_msp(), [](msp& s) { s.project.reset(); }, "MSP.HEALTH_PROJECT", "project");
    check_break<msp>(valid_msp(), [](msp& s) { s.ids.siret = "55210055400013"_siret; }, "ID.SIRET_WITHIN_SIREN", "ids.siret");
    check_break<msp>(valid_msp(), [](msp& s) { std::get<person>(s.members[0]).specialty.reset(); }, "MEMBER.DOCTOR_SPECIALTY",
                     "members[0].specialty");
    check_break<msp>(valid_msp(), [](msp& s) { std::get<person>(s.members[2]).specialty = doctor_specialty::other_specialty; },
                     "MEMBER.DOCTOR_SPECIALTY", "members[2].specialty");

    // A non-health associate breaks two rules of the MSP, and not the SISA's profession rule.
    auto with_osteopath = valid_msp();
    auto osteo = role("M. Perrin", non_health_role::osteopath);
    osteo.associate = true;
    osteo.signatory = false;
    with_osteopath.members.push_back(osteo);
    CHECK(reported(with_osteopath) == std::vector<std::string>{"MSP.NON_HEALTH.SIGNED_PROJECT", "MSP.NON_HEALTH.NOT_ASSOCIATE"});

    // SISA rules do not apply to an MSP constituted as an association.
    auto association = valid_msp();
    association.form = legal_form::association_1901;
    std::get<person>(association.members[1]).associate = false;
    CHECK(reported(association).empty());
}

TEST_CASE("MSP: the ACI requires a SISA, or becoming one within 6 months", "[structures][msp]") {
    auto s = valid_msp();
    s.funding.aci_signed = date{std::chrono::year{2025}, std::chrono::January, std::chrono::day{31}};
    CHECK(reported(s).empty());  // a SISA
    s.form = legal_form::association_1901;
    // Six months after 2025-01-31 is 2025-07-31: the association is allowed until the day before.
    CHECK(reported(s, date{std::chrono::year{2025}, std::chrono::July, std::chrono::day{30}}).empty());
    CHECK(reported(s, date{std::chrono::year{2025}, std::chrono::July, std::chrono::day{31}}) == std::vector<std::string>{"MSP.ACI.SISA"});
    // Before the ACI MSP existed, the rule does not apply.
    CHECK(reported(s, date{std::chrono::year{2016}, std::chrono::July, std::chrono::day{31}}).empty());
}

TEST_CASE("ESP rules", "[structures][esp]") {
    check_break<esp>(valid_esp(), [](esp& s) { s.members.push_back(role("Mme Arnaud", non_health_role::social_worker)); },
                     "ESP.HEALTH_PROFESSIONALS_ONLY", "members[3].job");
    check_break<esp>(valid_esp(), [](esp& s) { s.members.push_back(organisation{"EHPAD", organisation_kind::medico_social_actor, true}); },
                     "ESP.HEALTH_PROFESSIONALS_ONLY", "members[3]");
    check_break<esp>(valid_esp(), [](esp& s) { std::get<person>(s.members[0]).specialty = doctor_specialty::other_specialty; },
                     "ESP.GENERAL_PRACTITIONER", "members");
    check_break<esp>(valid_esp(), [](esp& s) { s.project.reset(); }, "ESP.HEALTH_PROJECT", "project");
    check_break<esp>(valid_esp(), [](esp& s) { s.form = legal_form::none; }, "ESP.FIR.ASSOCIATION", "form");
    auto no_fir = valid_esp();
    no_fir.form = legal_form::none;
    no_fir.funding.fir_requested = false;
    CHECK(reported(no_fir).empty());
}

TEST_CASE("ESP: the regional minimum is the doctrine the caller chooses", "[structures][esp][doctrine]") {
    auto gp_only = valid_esp();
    gp_only.members.erase(gp_only.members.begin() + 1, gp_only.members.end());
    auto gp_and_nurse = valid_esp();
    gp_and_nurse.members.erase(gp_and_nurse.members.begin() + 2, gp_and_nurse.members.end());
    auto two_gps = valid_esp();
    two_gps.members = {gp("Dr A"), gp("Dr B")};
    const std::vector<std::string> minimum{"ESP.REGIONAL_MINIMUM"};

    CHECK(reported(gp_only, today, doctrines::national).empty());
    CHECK(reported(gp_only, today, doctrines::provence_alpes_cote_d_azur) == minimum);
    CHECK(reported(gp_only, today, doctrines::auvergne_rhone_alpes) == minimum);
    CHECK(reported(gp_and_nurse, today, doctrines::provence_alpes_cote_d_azur).empty());
    CHECK(reported(gp_and_nurse, today, doctrines::auvergne_rhone_alpes).empty());
    CHECK(reported(two_gps, today, doctrines::auvergne_rhone_alpes).empty());
    CHECK(reported(two_gps, today, doctrines::provence_alpes_cote_d_azur) == minimum);
    const auto d = validate(gp_only, today, doctrines::provence_alpes_cote_d_azur).diagnostics.at(0);
    CHECK(d.layer == rule_layer::regional_doctrine);

    regional_doctrine no_fir_rule = doctrines::national;
    no_fir_rule.fir_requires_association = false;
    auto informal = valid_esp();
    informal.form = legal_form::none;
    CHECK(reported(informal, today, no_fir_rule).empty());
    CHECK(doctrines::find("provence-alpes-cote-d-azur") == &doctrines::all[1]);
    CHECK(doctrines::find("nowhere") == nullptr);
}

TEST_CASE("ESS rules", "[structures][ess]") {
    check_break<ess>(valid_ess(), [](ess& s) { s.members.push_back(role("M. Masson", non_health_role::osteopath)); },
                     "ESS.HEALTH_PROFESSIONALS_ONLY", "members[3].job");
    check_break<ess>(
        valid_ess(),
        [](ess& s) {
            for (auto& m : s.members)
                if (auto* p = std::get_if<person>(&m); p && p->is_doctor()) p->specialty = doctor_specialty::general_practice;
        },
        "ESS.SPECIALIST", "members");
    check_break<ess>(valid_ess(), [](ess& s) { s.project.reset(); }, "ESS.HEALTH_PROJECT", "project");
    check_break<ess>(valid_ess(), [](ess& s) { s.funding.fir_requested = true; }, "ESS.FIR.ASSOCIATION", "form");
}

TEST_CASE("CDS rules", "[structures][cds]") {
    check_break<cds>(valid_cds(), [](cds& s) { s.form = legal_form::sisa; }, "CDS.MANAGER", "form");
    check_break<cds>(valid_cds(), [](cds& s) { s.form = legal_form::other_company; }, "CDS.MANAGER", "form");
    check_break<cds>(valid_cds(), [](cds& s) { std::get<person>(s.members[1]).mode = practice_mode::liberal; }, "CDS.SALARIED",
                     "members[1].mode");
    check_break<cds>(valid_cds(), [](cds& s) { std::get<person>(s.members[0]).mode = practice_mode::mixed; }, "CDS.SALARIED",
                     "members[0].mode");
    check_break<cds>(valid_cds(), [](cds& s) { s.funding.model_contract = true; }, "CDS.SINGLE_AGREEMENT", "funding.model_contract");
    check_break<cds>(valid_cds(), [](cds& s) { s.project.reset(); }, "CDS.HEALTH_PROJECT", "project");
    for (const auto form : {legal_form::association_1901, legal_form::scic, legal_form::other_non_profit, legal_form::departement,
                            legal_form::public_health_establishment, legal_form::private_health_establishment_for_profit}) {
        auto s = valid_cds();
        s.form = form;
        CHECK(reported(s).empty());
    }
}

TEST_CASE("CPTS rules", "[structures][cpts]") {
    check_break<cpts>(valid_cpts(), [](cpts& s) { s.form = legal_form::sisa; }, "CPTS.LEGAL_FORM", "form");
    check_break<cpts>(valid_cpts(), [](cpts& s) { s.form = legal_form::association_local_law; }, "CPTS.LEGAL_FORM.SEAT", "form");
    check_break<cpts>(valid_cpts(), [](cpts& s) { s.seat = "57463"_insee; }, "CPTS.LEGAL_FORM.SEAT", "form");
    check_break<cpts>(valid_cpts(), [](cpts& s) { s.seat.reset(); }, "CPTS.LEGAL_FORM.SEAT", "seat");
    check_break<cpts>(valid_cpts(), [](cpts& s) { s.project.reset(); }, "CPTS.HEALTH_PROJECT", "project");
    for (const char* seat : {"57463", "67482", "68224"}) {  // Metz, Strasbourg, Mulhouse
        auto s = valid_cpts();
        s.form = legal_form::association_local_law;
        s.seat = commune_code::parse(seat).index() == 0 ? std::get<commune_code>(commune_code::parse(seat)) : *s.seat;
        CHECK(reported(s).empty());
    }
    // Before the end of the transition period (2022-05-14), the legal form was not yet required.
    auto old = valid_cpts();
    old.form = legal_form::other_company;
    CHECK(reported(old, date{std::chrono::year{2022}, std::chrono::May, std::chrono::day{13}}).empty());
    CHECK(reported(old, date{std::chrono::year{2022}, std::chrono::May, std::chrono::day{14}}) == std::vector<std::string>{"CPTS.LEGAL_FORM"});
}

TEST_CASE("CPTS membership is open: no rule rejects a kind of member the law allows", "[structures][cpts]") {
    auto s = valid_cpts();
    for (const auto& e : profession_table) {
        const auto p = *profession::from_tre_g15(e.tre_g15_code);
        for (const auto mode : {practice_mode::liberal, practice_mode::salaried, practice_mode::volunteer, practice_mode::mixed}) {
            person x = professional(std::string{e.name.fr}, p, mode);
            if (p == professions::doctor) x.specialty = doctor_specialty::other_specialty;
            x.signatory = (e.tre_g15_code % 2) == 0;
            s.members.push_back(x);
        }
    }
    for (const auto& e : non_health_role_table) s.members.push_back(role(std::string{e.name.fr}, e.role));
    for (const auto& e : organisation_kind_table) s.members.push_back(organisation{std::string{e.name.fr}, e.kind, false});
    CHECK(s.members.size() > 130);
    CHECK(reported(s).empty());
}

TEST_CASE("diagnostics carry the rule's reference, layer and both languages", "[structures]") {
    auto s = valid_msp();
    std::get<person>(s.members[1]).associate = false;
    const auto v = validate(s, today);
    REQUIRE(v.diagnostics.size() == 1);
    const auto& d = v.diagnostics[0];
    CHECK(d.reference.article == "L.4041-4");
    CHECK(d.layer == rule_layer::law);
    CHECK(d.level == severity::error);
    CHECK(d.message_fr == "Une SISA compte parmi ses associés au moins deux médecins et un auxiliaire médical.");
    CHECK(d.message_en.starts_with("A SISA counts"));
    CHECK(d.path.json_pointer() == "/members");
    CHECK(v.reports("MSP.SISA.MIN_ASSOCIATES"));
    CHECK_FALSE(v.reports("MSP.LEGAL_PERSON"));
}

TEST_CASE("the health project's signatories are the members who signed it", "[structures]") {
    auto s = valid_msp();
    CHECK(signatories(s) == std::vector<std::size_t>{0, 1, 2, 3, 4});
    std::get<person>(s.members[1]).signatory = false;
    s.members.push_back(organisation{"ESP du Val", organisation_kind::esp, true});
    CHECK(signatories(s) == std::vector<std::size_t>{0, 2, 3, 4, 5});
}

TEST_CASE("every violation is reported, not only the first", "[structures]") {
    cpts s;
    s.name = "CPTS sans rien";
    s.form = legal_form::none;
    s.members = {person{"Dr X", professions::doctor, std::nullopt, practice_mode::liberal, false, false},
                 person{"Dr Y", professions::doctor, std::nullopt, practice_mode::liberal, false, false}};
    CHECK(reported(s) == std::vector<std::string>{"CPTS.LEGAL_FORM", "CPTS.HEALTH_PROJECT", "MEMBER.DOCTOR_SPECIALTY",
                                                  "MEMBER.DOCTOR_SPECIALTY"});
}
