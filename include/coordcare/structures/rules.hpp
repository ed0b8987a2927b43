// coordcare — the rules of the five structures, each written once (docs/rules.md is generated from
// this catalogue), and the map from each kind of structure to its rules.
//
// DOMAIN.md §2 and §10 and the seeds are the sources; each rule's info says which article it comes
// from and since when it applies (with how sure we are of that date).
#pragma once

#include <coordcare/structures/members.hpp>
#include <coordcare/structures/rule.hpp>
#include <coordcare/structures/structure.hpp>
#include <coordcare/vocabulary/legal_texts.hpp>

#include <boost/hana/at_key.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/map.hpp>
#include <boost/hana/pair.hpp>
#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include <chrono>
#include <cstddef>
#include <utility>

namespace coordcare {

namespace detail {
/// A date written in the catalogue: year, month, day.
[[nodiscard]] consteval date ymd(int y, unsigned m, unsigned d) {
    return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

inline constexpr source_note no_date_of_effect{certainty::confirmed, "applies at every date"};

/// Calls f(index, person) for every member that is a person.
template <class S, class F>
constexpr void for_each_person(const S& s, F&& f) {
    for (std::size_t i = 0; i < s.members.size(); ++i)
        if (const auto* p = std::get_if<0>(&s.members[i])) f(i, *p);
}

/// Counts the persons for which pred(person) holds.
template <class S, class Pred>
[[nodiscard]] constexpr int count_persons(const S& s, Pred&& pred) {
    int n = 0;
    for_each_person(s, [&](std::size_t, const auto& p) { n += pred(p) ? 1 : 0; });
    return n;
}
}  // namespace detail

/// The ids of the kinds' rules are prefixed by the kind's acronym; a rule shared by several kinds has
/// one id and one entry (MEMBER.*, ID.*).
namespace rules {

// ---- Every kind --------------------------------------------------------------------------------

/// A doctor states a specialty (general practice or another); nobody else does.
struct member_doctor_specialty {
    static constexpr rule_info info{
        "MEMBER.DOCTOR_SPECIALTY", rule_layer::law, legal::nos_tre_g15,
        {"Un médecin indique sa spécialité (médecine générale ou autre) ; les autres membres n'en indiquent pas.",
         "A doctor states a specialty (general practice or another); other members state none."},
        since_always, detail::no_date_of_effect};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        detail::for_each_person(s, [&](std::size_t i, const auto& p) {
            if (p.is_doctor() != p.specialty.has_value()) report(location::of_member(i, "specialty"));
        });
    }
};

/// The SIRET of a structure belongs to its SIREN: its first nine digits are the SIREN.
struct siret_within_siren {
    static constexpr rule_info info{
        "ID.SIRET_WITHIN_SIREN", rule_layer::law, {legal::ans_nos, "SIRENE (INSEE)", "", {certainty::confirmed, "INSEE: SIRET = SIREN + NIC"}},
        {"Les neuf premiers chiffres du SIRET sont le SIREN de la structure.",
         "The first nine digits of the SIRET are the structure's SIREN."},
        since_always, detail::no_date_of_effect};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (s.ids.siren && s.ids.siret && s.ids.siret->siren_part() != s.ids.siren->text())
            report(location::of("ids.siret"));
    }
};

/// The health project, mandatory for all five structures: one rule per kind, for its own article.
namespace project_detail {
[[nodiscard]] constexpr rule_info health_project_info(structure_kind k) {
        const label text{"La structure a un projet de santé.", "The structure has a health project."};
        switch (k) {
            case structure_kind::esp:
                return {"ESP.HEALTH_PROJECT", rule_layer::law, legal::csp_L1411_11_1, text, detail::ymd(2016, 1, 28),
                        {certainty::uncertain, "loi n° 2016-41 du 26 janvier 2016, which created the ESP"}};
            case structure_kind::ess:
                return {"ESS.HEALTH_PROJECT", rule_layer::law, legal::csp_L1411_11_1, text, detail::ymd(2019, 7, 27),
                        {certainty::uncertain, "loi n° 2019-774 du 24 juillet 2019, which created the ESS"}};
            case structure_kind::msp:
                return {"MSP.HEALTH_PROJECT", rule_layer::law, legal::csp_L6323_3, text, since_always,
                        {certainty::uncertain, "in L.6323-3 since the MSP exist (2007)"}};
            case structure_kind::cds:
                return {"CDS.HEALTH_PROJECT", rule_layer::law, legal::csp_L6323_1_10, text, since_always,
                        {certainty::uncertain, "date of the health-project requirement for CDS not in our sources"}};
            case structure_kind::cpts:
                return {"CPTS.HEALTH_PROJECT", rule_layer::law, legal::csp_L1434_12, text, detail::ymd(2016, 1, 28),
                        {certainty::uncertain, "loi n° 2016-41 du 26 janvier 2016, which created the CPTS"}};
            case structure_kind::dac: break;
        }
        detail::vocabulary_table_is_missing_an_entry();
    }
}  // namespace project_detail

template <structure_kind K>
struct health_project_required {
    static constexpr rule_info info = project_detail::health_project_info(K);
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (!s.project) report(location::of("project"));
    }
};

// ---- ESP and ESS -------------------------------------------------------------------------------

/// Only health professionals belong to an ESP or an ESS (no organisation, no non-health role): the law
/// defines both as "un ensemble de professionnels de santé", and the legal guide (seed 004) says so.
template <structure_kind K>
struct health_professionals_only {
    static_assert(K == structure_kind::esp || K == structure_kind::ess);
    static constexpr rule_info info{
        K == structure_kind::esp ? rule_id{"ESP.HEALTH_PROFESSIONALS_ONLY"} : rule_id{"ESS.HEALTH_PROFESSIONALS_ONLY"},
        rule_layer::law, legal::csp_L1411_11_1,
        {"Seuls des professionnels de santé appartiennent à l'équipe.", "Only health professionals belong to the team."},
        K == structure_kind::esp ? detail::ymd(2016, 1, 28) : detail::ymd(2019, 7, 27),
        {certainty::uncertain, "the date the team kind was created (loi 2016-41 for ESP, loi 2019-774 for ESS)"}};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        for (std::size_t i = 0; i < s.members.size(); ++i) {
            const auto* p = std::get_if<0>(&s.members[i]);
            if (!p) report(location::of_member(i));
            else if (!is_health_professional(p->job)) report(location::of_member(i, "job"));
        }
    }
};

/// An ESP is built around general practitioners: at least one.
struct esp_general_practitioner {
    static constexpr rule_info info{
        "ESP.GENERAL_PRACTITIONER", rule_layer::law, legal::csp_L1411_11_1,
        {"Une équipe de soins primaires est constituée autour de médecins généralistes : elle en compte au moins un.",
         "A primary care team is built around general practitioners: it counts at least one."},
        detail::ymd(2016, 1, 28), {certainty::uncertain, "loi n° 2016-41 du 26 janvier 2016"}};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (detail::count_persons(s, [](const auto& p) { return p.is_general_practitioner(); }) == 0)
            report(location::of("members"));
    }
};

/// The region's minimum composition of an ESP (regional doctrine).
struct esp_regional_minimum {
    static constexpr rule_info info{
        "ESP.REGIONAL_MINIMUM", rule_layer::regional_doctrine, legal::ars_esp_minimum,
        {"L'équipe atteint la composition minimale fixée par l'ARS de la région.",
         "The team reaches the minimum composition set by the region's ARS."},
        since_always, {certainty::seed, "the doctrine preset carries its own source"}};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context& ctx, Report& report) {
        const int gps = detail::count_persons(s, [](const auto& p) { return p.is_general_practitioner(); });
        bool ok = true;
        switch (ctx.doctrine.esp) {
            case esp_minimum::law_only: break;
            case esp_minimum::two_professionals_one_gp:
                ok = gps >= 1 && detail::count_persons(s, [](const auto& p) { return is_health_professional(p.job); }) >= 2;
                break;
            case esp_minimum::one_gp_one_paramedical:
                ok = gps >= 1 && detail::count_persons(s, [](const auto& p) {
                         return p.job_category() == profession_category::medical_auxiliary;
                     }) >= 1;
                break;
        }
        if (!ok) report(location::of("members"));
    }
};

/// An ESS is built around doctors of specialties other than general practice: at least one.
struct ess_specialist {
    static constexpr rule_info info{
        "ESS.SPECIALIST", rule_layer::law, legal::csp_L1411_11_1,
        {"Une équipe de soins spécialisés est constituée autour de médecins spécialistes d'une spécialité autre que la médecine générale : elle en compte au moins un.",
         "A specialised care team is built around doctors of a specialty other than general practice: it counts at least one."},
        detail::ymd(2019, 7, 27), {certainty::uncertain, "loi n° 2019-774 du 24 juillet 2019"}};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (detail::count_persons(s, [](const auto& p) { return p.is_specialist(); }) == 0) report(location::of("members"));
    }
};

/// FIR for an ESP or an ESS is paid to an association (regional doctrine).
template <structure_kind K>
struct fir_requires_association {
    static_assert(K == structure_kind::esp || K == structure_kind::ess);
    static constexpr rule_info info{
        K == structure_kind::esp ? rule_id{"ESP.FIR.ASSOCIATION"} : rule_id{"ESS.FIR.ASSOCIATION"},
        rule_layer::regional_doctrine, legal::faq_fir_association,
        {"Pour recevoir un financement FIR, l'équipe est constituée en association.",
         "To receive FIR funding, the team is constituted as an association."},
        since_always, {certainty::seed, "seed 000 (undated FAQ)"}};
    [[nodiscard]] static constexpr bool form_allows_fir(legal_form f) noexcept { return is_association(f); }
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context& ctx, Report& report) {
        if (s.funding.fir_requested && ctx.doctrine.fir_requires_association && !form_allows_fir(s.form))
            report(location::of("form"));
    }
};

// ---- MSP and SISA ------------------------------------------------------------------------------

inline constexpr date sisa_created = detail::ymd(2011, 8, 12);
inline constexpr source_note sisa_date{certainty::uncertain, "loi n° 2011-940 du 10 août 2011 (JO 2011-08-11), which created the SISA"};

/// An MSP is a legal person: an association or a SISA.
struct msp_legal_person {
    static constexpr rule_info info{
        "MSP.LEGAL_PERSON", rule_layer::law, legal::csp_L6323_3,
        {"Une maison de santé est une personne morale : association ou société interprofessionnelle de soins ambulatoires (SISA).",
         "A health house is a legal person: an association or a SISA."},
        since_always, {certainty::uncertain, "in L.6323-3 since the MSP exist (2007)"}};
    [[nodiscard]] static constexpr bool form_ok(legal_form f) noexcept { return is_association(f) || f == legal_form::sisa; }
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (!form_ok(s.form)) report(location::of("form"));
    }
};

/// A SISA counts at least two doctors and one medical auxiliary among its associates.
struct msp_sisa_min_associates {
    static constexpr rule_info info{
        "MSP.SISA.MIN_ASSOCIATES", rule_layer::law, legal::csp_L4041_4,
        {"Une SISA compte parmi ses associés au moins deux médecins et un auxiliaire médical.",
         "A SISA counts among its associates at least two doctors and one medical auxiliary."},
        sisa_created, sisa_date};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (s.form != legal_form::sisa) return;
        const int doctors = detail::count_persons(s, [](const auto& p) { return p.associate && p.is_doctor(); });
        const int auxiliaries = detail::count_persons(
            s, [](const auto& p) { return p.associate && p.job_category() == profession_category::medical_auxiliary; });
        if (doctors < 2 || auxiliaries < 1) report(location::of("members"));
    }
};

/// The associates of a SISA exercise a medical, medical-auxiliary or pharmacy profession. (Natural
/// persons: an organisation cannot be an associate in this model. Non-health roles: MSP.NON_HEALTH.NOT_ASSOCIATE.)
struct msp_sisa_associate_professions {
    static constexpr rule_info info{
        "MSP.SISA.ASSOCIATE_PROFESSIONS", rule_layer::law, legal::csp_L4041_1,
        {"Les associés d'une SISA exercent une profession médicale, d'auxiliaire médical ou de pharmacien.",
         "The associates of a SISA exercise a medical, medical-auxiliary or pharmacy profession."},
        sisa_created, sisa_date};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (s.form != legal_form::sisa) return;
        detail::for_each_person(s, [&](std::size_t i, const auto& p) {
            if (p.associate && is_health_professional(p.job) && !is_medical_pharmacy_or_auxiliary(p.job_category()))
                report(location::of_member(i, "associate"));
        });
    }
};

/// A SISA's salaried health professionals are fewer than its liberal associates.
struct msp_sisa_salaried_fewer {
    static constexpr rule_info info{
        "MSP.SISA.SALARIED_FEWER_THAN_ASSOCIATES", rule_layer::law, legal::csp_L4041_sisa,
        {"Les professionnels de santé salariés d'une SISA sont moins nombreux que ses associés libéraux.",
         "A SISA's salaried health professionals are fewer than its liberal associates."},
        sisa_created, sisa_date};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (s.form != legal_form::sisa) return;
        const int salaried = detail::count_persons(s, [](const auto& p) {
            return !p.associate && is_health_professional(p.job) && includes_salaried(p.mode);
        });
        const int liberal_associates =
            detail::count_persons(s, [](const auto& p) { return p.associate && includes_liberal(p.mode); });
        if (salaried >= liberal_associates && salaried > 0) report(location::of("members"));
    }
};

inline constexpr date non_health_date = detail::ymd(2021, 5, 14);
inline constexpr source_note non_health_source{certainty::uncertain,
                                               "seed 004 cites the penultimate paragraph of L.6323-3; date of that paragraph not in our sources (ordonnance 2021-584 assumed)"};

/// A participant who is not a health professional has signed the MSP's health project.
struct msp_non_health_signed {
    static constexpr rule_info info{
        "MSP.NON_HEALTH.SIGNED_PROJECT", rule_layer::law, legal::csp_L6323_3,
        {"Un intervenant qui n'est pas professionnel de santé a signé le projet de santé, qui prévoit sa participation.",
         "A participant who is not a health professional has signed the health project, which provides for their participation."},
        non_health_date, non_health_source};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        detail::for_each_person(s, [&](std::size_t i, const auto& p) {
            if (!is_health_professional(p.job) && !p.signatory) report(location::of_member(i, "signatory"));
        });
    }
};

/// A participant who is not a health professional is never an associate of the MSP.
struct msp_non_health_not_associate {
    static constexpr rule_info info{
        "MSP.NON_HEALTH.NOT_ASSOCIATE", rule_layer::law, legal::csp_L6323_3,
        {"Un intervenant qui n'est pas professionnel de santé n'est jamais associé de la maison de santé.",
         "A participant who is not a health professional is never an associate of the health house."},
        non_health_date, non_health_source};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        detail::for_each_person(s, [&](std::size_t i, const auto& p) {
            if (!is_health_professional(p.job) && p.associate) report(location::of_member(i, "associate"));
        });
    }
};

/// The ACI MSP is signed by an MSP constituted as a SISA, or that becomes one within 6 months.
struct msp_aci_requires_sisa {
    static constexpr int months_to_become_sisa = 6;  // DOMAIN.md §2, C
    static constexpr rule_info info{
        "MSP.ACI.SISA", rule_layer::national_agreement, legal::aci_msp_sisa,
        {"Une maison de santé signataire de l'ACI est une SISA, ou le devient dans les 6 mois suivant la signature.",
         "A health house that signed the ACI is a SISA, or becomes one within 6 months of signing."},
        detail::ymd(2017, 7, 24), {certainty::seed, "arrêté of 2017-07-24 approving the ACI MSP (DOMAIN.md §6)"}};
    [[nodiscard]] static constexpr bool form_allows_aci(legal_form f) noexcept { return f == legal_form::sisa; }
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context& ctx, Report& report) {
        if (!s.funding.aci_signed || form_allows_aci(s.form)) return;
        const bool within_grace =
            ctx.as_of && *ctx.as_of < add_months(*s.funding.aci_signed, std::chrono::months{months_to_become_sisa});
        if (!within_grace) report(location::of("form"));
    }
};

// ---- CDS ---------------------------------------------------------------------------------------

/// A CDS is created and managed by one of the bodies of L.6323-1-3.
struct cds_manager {
    static constexpr rule_info info{
        "CDS.MANAGER", rule_layer::law, legal::csp_L6323_1_3,
        {"Un centre de santé est géré par un organisme à but non lucratif, une SCIC, une commune ou un groupement de communes, un département, un établissement public de santé ou une personne morale gestionnaire d'établissement privé de santé.",
         "A health centre is managed by a non-profit body, a SCIC, a commune or grouping of communes, a département, a public health establishment or the legal person managing a private health establishment."},
        detail::ymd(2018, 1, 14), {certainty::uncertain, "ordonnance n° 2018-17 du 12 janvier 2018 (SCIC added)"}};
    [[nodiscard]] static constexpr bool form_ok(legal_form f) noexcept {
        switch (f) {
            case legal_form::association_1901:
            case legal_form::association_local_law:
            case legal_form::other_non_profit:
            case legal_form::scic:
            case legal_form::commune_or_grouping:
            case legal_form::departement:
            case legal_form::public_health_establishment:
            case legal_form::private_health_establishment_non_profit:
            case legal_form::private_health_establishment_for_profit: return true;
            case legal_form::none:
            case legal_form::sisa:
            case legal_form::other_company: return false;
        }
        return false;
    }
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (!form_ok(s.form)) report(location::of("form"));
    }
};

/// The health professionals of a CDS are salaried; volunteers may take part.
struct cds_salaried {
    static constexpr rule_info info{
        "CDS.SALARIED", rule_layer::law, legal::csp_L6323_1_5,
        {"Les professionnels de santé d'un centre de santé y sont salariés ; des bénévoles peuvent participer.",
         "The health professionals of a health centre are salaried there; volunteers may take part."},
        detail::ymd(2018, 1, 14), {certainty::uncertain, "ordonnance n° 2018-17 du 12 janvier 2018"}};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        detail::for_each_person(s, [&](std::size_t i, const auto& p) {
            if (is_health_professional(p.job) && p.mode != practice_mode::salaried && p.mode != practice_mode::volunteer)
                report(location::of_member(i, "mode"));
        });
    }
};

/// A CDS adheres to the accord national or to the contrat-type, never both.
struct cds_single_agreement {
    static constexpr rule_info info{
        "CDS.SINGLE_AGREEMENT", rule_layer::national_agreement, legal::cds_single_agreement,
        {"Un centre de santé adhère à l'accord national des centres de santé ou au contrat-type des structures pluriprofessionnelles, jamais aux deux.",
         "A health centre adheres to the national agreement of health centres or to the model contract of multi-professional structures, never both."},
        detail::ymd(2015, 9, 30), {certainty::seed, "accord national of 2015-07-08, JO 2015-09-30 (DOMAIN.md §6)"}};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (s.funding.national_agreement && s.funding.model_contract) report(location::of("funding.model_contract"));
    }
};

// ---- CPTS --------------------------------------------------------------------------------------

inline constexpr date cpts_association_date = detail::ymd(2022, 5, 14);
inline constexpr source_note cpts_association_source{
    certainty::confirmed,
    "L.1434-12-1 (ordonnance n° 2021-584); CPTS existing before had until 2022-05-14 to comply, the date used here (DOMAIN.md §2)"};

/// A CPTS is an association.
struct cpts_legal_form {
    static constexpr rule_info info{
        "CPTS.LEGAL_FORM", rule_layer::law, legal::csp_L1434_12_1,
        {"Une CPTS est constituée en association.", "A CPTS is constituted as an association."},
        cpts_association_date, cpts_association_source};
    [[nodiscard]] static constexpr bool form_ok(legal_form f) noexcept { return is_association(f); }
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (!form_ok(s.form)) report(location::of("form"));
    }
};

/// The association of a CPTS is under the local civil code when its seat is in Haut-Rhin (68), Bas-Rhin
/// (67) or Moselle (57), and under the law of 1901 elsewhere.
struct cpts_legal_form_seat {
    static constexpr rule_info info{
        "CPTS.LEGAL_FORM.SEAT", rule_layer::law, legal::csp_L1434_12_1,
        {"L'association d'une CPTS relève du code civil local si son siège est dans le Haut-Rhin, le Bas-Rhin ou la Moselle, de la loi de 1901 ailleurs ; le siège est connu.",
         "The association of a CPTS is under the local civil code when its seat is in Haut-Rhin, Bas-Rhin or Moselle, under the law of 1901 elsewhere; the seat is known."},
        cpts_association_date, cpts_association_source};
    [[nodiscard]] static constexpr bool in_alsace_moselle(std::string_view department) noexcept {
        return department == "57" || department == "67" || department == "68";
    }
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (!is_association(s.form)) return;  // CPTS.LEGAL_FORM reports it
        if (!s.seat) {
            report(location::of("seat"));
            return;
        }
        const auto expected = in_alsace_moselle(s.seat->department()) ? legal_form::association_local_law
                                                                        : legal_form::association_1901;
        if (s.form != expected) report(location::of("form"));
    }
};

}  // namespace rules

// ---- The map from kinds to their rules (Boost.Hana) ---------------------------------------------

/// A structure kind as a type, usable as a key of a Hana map.
template <structure_kind K>
struct kind_tag {
    static constexpr structure_kind value = K;
};

namespace hana = boost::hana;

/// kind → the rules checked on structures of that kind, as a Hana tuple of types.
inline constexpr auto rules_by_kind = hana::make_map(
    hana::make_pair(hana::type_c<kind_tag<structure_kind::esp>>,
                    hana::tuple_t<rules::health_professionals_only<structure_kind::esp>, rules::esp_general_practitioner,
                                  rules::esp_regional_minimum, rules::health_project_required<structure_kind::esp>,
                                  rules::fir_requires_association<structure_kind::esp>, rules::member_doctor_specialty,
                                  rules::siret_within_siren>),
    hana::make_pair(hana::type_c<kind_tag<structure_kind::ess>>,
                    hana::tuple_t<rules::health_professionals_only<structure_kind::ess>, rules::ess_specialist,
                                  rules::health_project_required<structure_kind::ess>,
                                  rules::fir_requires_association<structure_kind::ess>, rules::member_doctor_specialty,
                                  rules::siret_within_siren>),
    hana::make_pair(hana::type_c<kind_tag<structure_kind::msp>>,
                    hana::tuple_t<rules::msp_legal_person, rules::msp_sisa_min_associates,
                                  rules::msp_sisa_associate_professions, rules::msp_sisa_salaried_fewer,
                                  rules::msp_non_health_signed, rules::msp_non_health_not_associate,
                                  rules::msp_aci_requires_sisa, rules::health_project_required<structure_kind::msp>,
                                  rules::member_doctor_specialty, rules::siret_within_siren>),
    hana::make_pair(hana::type_c<kind_tag<structure_kind::cds>>,
                    hana::tuple_t<rules::cds_manager, rules::cds_salaried, rules::cds_single_agreement,
                                  rules::health_project_required<structure_kind::cds>, rules::member_doctor_specialty,
                                  rules::siret_within_siren>),
    hana::make_pair(hana::type_c<kind_tag<structure_kind::cpts>>,
                    hana::tuple_t<rules::cpts_legal_form, rules::cpts_legal_form_seat,
                                  rules::health_project_required<structure_kind::cpts>, rules::member_doctor_specialty,
                                  rules::siret_within_siren>));

/// The rules of a kind: rules_of<structure_kind::msp> is a hana::tuple of hana::type_c<rule>.
template <structure_kind K>
inline constexpr auto rules_of = rules_by_kind[hana::type_c<kind_tag<K>>];

/// Calls f(hana::type_c<Rule>) for every rule of kind K, in the map's order.
template <structure_kind K, class F>
constexpr void for_each_rule(F&& f) {
    hana::for_each(rules_of<K>, std::forward<F>(f));
}

/// The kinds that have rules, in order (the DAC is a member, not a structure of its own here).
inline constexpr std::array checked_structure_kinds{structure_kind::esp, structure_kind::ess, structure_kind::msp,
                                                    structure_kind::cds, structure_kind::cpts};

}  // namespace coordcare
