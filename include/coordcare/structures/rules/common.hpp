// coordcare — the rules every kind of structure shares: the health project and its signatures, and the
// constraints on the data of members and identifiers; with the helpers the rule families use to count
// members and to write the detail of a violation.
#pragma once

#include <coordcare/structures/members.hpp>
#include <coordcare/structures/rule_model.hpp>
#include <coordcare/vocabulary/effect_dates.hpp>
#include <coordcare/structures/structure.hpp>
#include <coordcare/vocabulary/bilingual.hpp>
#include <coordcare/vocabulary/legal_texts.hpp>

#include <chrono>
#include <cstddef>
#include <string>
#include <variant>

namespace coordcare {

namespace detail {
/// A date written in the catalogue: year, month, day.
[[nodiscard]] consteval date ymd(int y, unsigned m, unsigned d) {
    return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

inline constexpr source_note no_date_of_effect{certainty::confirmed, "a constraint on the data: applies at every date"};

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

/// The name of an occupation: its TRE_G15 label or the role's name.
[[nodiscard]] constexpr label occupation_name(const occupation& o) noexcept {
    if (const auto* p = std::get_if<profession>(&o)) return p->name();
    return name(std::get<non_health_role>(o));
}

/// "Mme Petit (Infirmier)": a person as the details of diagnostics name them (appended in place).
template <class P>
struct who {
    explicit constexpr who(const P& person) noexcept : p{person} {}
    const P& p;
    friend bilingual& operator<<(bilingual& out, const who& w) {
        if (w.p.name.empty()) out << label{"un membre sans nom", "a member with no name"};
        else out << std::string_view{w.p.name};
        return out << " (" << occupation_name(w.p.job) << ")";
    }
    friend bilingual&& operator<<(bilingual&& out, const who& w) { return std::move(out << w); }
};
template <class P>
who(const P&) -> who<P>;

/// "EHPAD Les Tilleuls (acteur médico-social)".
template <class O>
struct which {
    explicit constexpr which(const O& organisation) noexcept : o{organisation} {}
    const O& o;
    friend bilingual& operator<<(bilingual& out, const which& w) {
        if (w.o.name.empty()) out << label{"un organisme sans nom", "a body with no name"};
        else out << std::string_view{w.o.name};
        return out << " (" << name(w.o.kind) << ")";
    }
    friend bilingual&& operator<<(bilingual&& out, const which& w) { return std::move(out << w); }
};
template <class O>
which(const O&) -> which<O>;

/// "1 médecin généraliste, 2 médecins spécialistes" style lists are built with count(); this is the
/// legal form's name in a sentence.
[[nodiscard]] inline bilingual form_name(legal_form f) { return owned(name(f)); }
}  // namespace detail

/// The ids of the kinds' rules are prefixed by the kind's acronym; a rule shared by several kinds has
/// one id and one entry (MEMBER.*, ID.*).
namespace rules {

// ---- Constraints on the data ---------------------------------------------------------------------

/// A doctor states a specialty (general practice or another); nobody else does.
struct member_doctor_specialty {
    static constexpr rule_info info{
        "MEMBER.DOCTOR_SPECIALTY", rule_layer::data_constraint, legal::nos_tre_r38,
        {"Un médecin indique sa spécialité (médecine générale ou autre) ; les autres membres n'en indiquent pas.",
         "A doctor states a specialty (general practice or another); other members state none."},
        since_always, detail::no_date_of_effect};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        detail::for_each_person(s, [&](std::size_t i, const auto& p) {
            if (p.is_doctor() && !p.specialty) {
                report(location::of_member(i, "specialty")).because([&] {
                    return bilingual{} << detail::who(p)
                                       << label{" est médecin et n'indique pas de spécialité ; attendu : médecine générale ou autre spécialité",
                                                " is a doctor and states no specialty; expected: general practice or another specialty"};
                });
            } else if (!p.is_doctor() && p.specialty) {
                report(location::of_member(i, "specialty")).because([&] {
                    return bilingual{} << detail::who(p) << label{" n'est pas médecin et indique la spécialité « ", " is not a doctor and states the specialty \""}
                                       << name(*p.specialty) << label{" » ; seul un médecin en indique une", "\"; only a doctor states one"};
                });
            }
        });
    }
};

/// The SIRET of a structure belongs to its SIREN: its first nine digits are the SIREN.
struct siret_within_siren {
    static constexpr rule_info info{
        "ID.SIRET_WITHIN_SIREN", rule_layer::data_constraint, legal::insee_siret,
        {"Les neuf premiers chiffres du SIRET sont le SIREN de la structure.",
         "The first nine digits of the SIRET are the structure's SIREN."},
        since_always, detail::no_date_of_effect};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (s.ids.siren && s.ids.siret && s.ids.siret->siren_part() != s.ids.siren->text()) {
            report(location::of("ids.siret")).because([&] {
                return bilingual{} << label{"le SIRET ", "the SIRET "} << s.ids.siret->text() << label{" commence par ", " begins with "}
                                   << s.ids.siret->siren_part() << label{", pas par le SIREN ", ", not with the SIREN "}
                                   << s.ids.siren->text();
            });
        }
    }
};

/// A member's TRE_G15 code was withdrawn from the nomenclature: a warning, with the date.
struct member_withdrawn_profession_code {
    static constexpr rule_info info{
        "MEMBER.WITHDRAWN_PROFESSION_CODE", rule_layer::data_constraint, legal::nos_tre_g15,
        {"Le code TRE_G15 d'un membre est en vigueur dans la nomenclature à la date de la vérification.",
         "A member's TRE_G15 code is in force in the nomenclature on the date of the check."},
        since_always, detail::no_date_of_effect, std::nullopt, severity::warning};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context& ctx, Report& report) {
        detail::for_each_person(s, [&](std::size_t i, const auto& p) {
            const auto* code = std::get_if<profession>(&p.job);
            if (!code || !code->retired_since()) return;
            if (ctx.as_of && *ctx.as_of < *code->retired_since()) return;  // still in force then
            report(location::of_member(i, "job")).because([&] {
                bilingual out;
                out << detail::who(p) << label{" porte le code TRE_G15 ", " carries the TRE_G15 code "} << code->tre_g15_code()
                    << label{", retiré de la nomenclature le ", ", withdrawn from the nomenclature on "} << iso_text(*code->retired_since());
                if (code->category() == profession_category::not_a_health_profession)
                    out << label{" ; ce n'est pas une profession de santé : indiquer le rôle (TRE_R95)",
                                 "; it is not a health profession: give the role (TRE_R95)"};
                return out;
            });
        });
    }
};

// ---- The health project ---------------------------------------------------------------------------

/// The health project, mandatory for all five structures: one rule per kind, for its own article.
namespace project_detail {
[[nodiscard]] constexpr rule_info health_project_info(structure_kind k) {
    const label text{"La structure a un projet de santé.", "The structure has a health project."};
    switch (k) {
        case structure_kind::esp:
            return {"ESP.HEALTH_PROJECT", rule_layer::law, legal::csp_L1411_11_1, text, effect_dates::esp_created, effect_dates::esp_created_source};
        case structure_kind::ess:
            return {"ESS.HEALTH_PROJECT", rule_layer::law, legal::csp_L1411_11_1, text, effect_dates::ess_created, effect_dates::ess_created_source};
        case structure_kind::msp:
            return {"MSP.HEALTH_PROJECT", rule_layer::law, legal::csp_L6323_3, text, effect_dates::msp_project, effect_dates::msp_project_source};
        case structure_kind::cds:
            return {"CDS.HEALTH_PROJECT", rule_layer::law, legal::csp_L6323_1_10, text, effect_dates::cds_project, effect_dates::cds_project_source};
        case structure_kind::cpts:
            return {"CPTS.HEALTH_PROJECT", rule_layer::law, legal::csp_L1434_12, text, effect_dates::cpts_created, effect_dates::cpts_created_source};
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
        if (!s.project) {
            report(location::of("project")).because([] {
                return bilingual{} << label{"aucun projet de santé n'est indiqué (champ project)", "no health project is given (field project)"};
            });
        }
    }
};

/// Who must sign the health project, by kind.
enum class signature_policy : unsigned char {
    every_health_professional,  ///< each health professional member signs it (ESP, MSP)
    some_member,                ///< its members draw it up: at least one has signed it (ESS, CPTS)
};

namespace project_detail {
[[nodiscard]] constexpr rule_info signed_info(structure_kind k) {
    switch (k) {
        case structure_kind::esp:
            return {"ESP.HEALTH_PROJECT.SIGNED", rule_layer::law, legal::guide_esp_project_signed,
                    {"Le projet de santé est signé par l'ensemble des professionnels de santé de l'équipe.",
                     "The health project is signed by every health professional of the team."},
                    effect_dates::esp_created, effect_dates::esp_created_source};
        case structure_kind::msp:
            return {"MSP.HEALTH_PROJECT.SIGNED", rule_layer::law, legal::csp_L6323_3,
                    {"Le projet de santé est signé par chacun des professionnels de santé membres de la maison de santé.",
                     "The health project is signed by each of the health professionals who are members of the health house."},
                    effect_dates::sisa_created, effect_dates::sisa_created_source};
        case structure_kind::ess:
            return {"ESS.HEALTH_PROJECT.SIGNED", rule_layer::law, legal::csp_L1411_11_1,
                    {"Le projet de santé, que les membres de l'équipe élaborent entre eux, est signé par au moins l'un d'eux.",
                     "The health project, which the team's members draw up among themselves, is signed by at least one of them."},
                    effect_dates::ess_created, effect_dates::ess_created_source};
        case structure_kind::cpts:
            return {"CPTS.HEALTH_PROJECT.SIGNED", rule_layer::law, legal::csp_L1434_12,
                    {"Le projet de santé, que les membres de la communauté formalisent, est signé par au moins l'un d'eux.",
                     "The health project, which the community's members formalise, is signed by at least one of them."},
                    effect_dates::cpts_created, effect_dates::cpts_created_source};
        case structure_kind::cds:
        case structure_kind::dac: break;
    }
    detail::vocabulary_table_is_missing_an_entry();
}
}  // namespace project_detail

/// The health project is signed by those who make up the structure (ESP: [guide-exercice-coordonne]; MSP: L.6323-3);
/// where the law only says the members draw it up (ESS, CPTS), a project no member signed is not
/// theirs. A CDS's project is drawn up by its manager (L.6323-1-10): no rule on signatures.
template <structure_kind K, signature_policy Policy>
struct health_project_signed {
    static constexpr rule_info info = project_detail::signed_info(K);
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (!s.project) return;  // K.HEALTH_PROJECT reports it
        if constexpr (Policy == signature_policy::every_health_professional) {
            detail::for_each_person(s, [&](std::size_t i, const auto& p) {
                if (is_health_professional(p.job) && !p.signatory) {
                    report(location::of_member(i, "signatory")).because([&] {
                        return bilingual{} << detail::who(p)
                                           << label{" est professionnel de santé de la structure et n'a pas signé le projet de santé",
                                                    " is a health professional of the structure and has not signed the health project"};
                    });
                }
            });
        } else {
            for (const auto& m : s.members)
                if (is_signatory(m)) return;
            report(location::of("members")).because([&] {
                return bilingual{} << label{"aucun des ", "none of the "} << count(static_cast<long long>(s.members.size()), nouns::member)
                                   << label{" n'a signé le projet de santé ; au moins un signataire est attendu",
                                            " has signed the health project; at least one signatory is expected"};
            });
        }
    }
};

}  // namespace rules
}  // namespace coordcare
