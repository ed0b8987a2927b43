// coordcare — the rules of the primary care team (ESP, équipe de soins primaires) and of the specialised
// care team (ESS, équipe de soins spécialisés): CSP L.1411-11-1, the legal guide [guide-exercice-coordonne],
// the CPTS help desk's FAQ [guichet-cpts-faq-4] and the regional doctrine [ars-paca-cdc-cpts].
#pragma once

#include <coordcare/structures/rules/common.hpp>

namespace coordcare::rules {

/// Only health professionals belong to an ESP or an ESS (no organisation, no non-health role): the law
/// defines both as "un ensemble de professionnels de santé", and the legal guide [guide-exercice-coordonne] says so.
template <structure_kind K>
struct health_professionals_only {
    static_assert(K == structure_kind::esp || K == structure_kind::ess);
    static constexpr rule_info info{
        K == structure_kind::esp ? rule_id{"ESP.HEALTH_PROFESSIONALS_ONLY"} : rule_id{"ESS.HEALTH_PROFESSIONALS_ONLY"},
        rule_layer::law, legal::csp_L1411_11_1,
        {"Seuls des professionnels de santé appartiennent à l'équipe.", "Only health professionals belong to the team."},
        K == structure_kind::esp ? effect_dates::esp_created : effect_dates::ess_created,
        K == structure_kind::esp ? effect_dates::esp_created_source : effect_dates::ess_created_source};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        for (std::size_t i = 0; i < s.members.size(); ++i) {
            if (const auto* p = std::get_if<0>(&s.members[i])) {
                if (!is_health_professional(p->job)) {
                    report(location::of_member(i, "job")).because([&] {
                        return bilingual{} << detail::who(*p)
                                           << label{" n'est pas professionnel de santé (partie 4 du CSP)", " is not a health professional (CSP, part 4)"};
                    });
                }
            } else {
                report(location::of_member(i)).because([&] {
                    return bilingual{} << detail::which(std::get<1>(s.members[i]))
                                       << label{" est un organisme, non un professionnel de santé", " is a body, not a health professional"};
                });
            }
        }
    }
};

/// An ESP is built around general practitioners: at least one.
struct esp_general_practitioner {
    static constexpr rule_info info{
        "ESP.GENERAL_PRACTITIONER", rule_layer::law, legal::csp_L1411_11_1,
        {"Une équipe de soins primaires est constituée autour de médecins généralistes : elle en compte au moins un.",
         "A primary care team is built around general practitioners: it counts at least one."},
        effect_dates::esp_created, effect_dates::esp_created_source};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (detail::count_persons(s, [](const auto& p) { return p.is_general_practitioner(); }) > 0) return;
        report(location::of("members")).because([&] {
            const int professionals = detail::count_persons(s, [](const auto& p) { return is_health_professional(p.job); });
            return bilingual{} << label{"aucun médecin généraliste parmi les ", "no general practitioner among the "}
                               << count(professionals, nouns::health_professional) << label{" de l'équipe ; il en faut au moins un", " of the team; at least one is required"};
        });
    }
};

/// An ESP counts at least two health professionals (with its general practitioner, above).
struct esp_two_professionals {
    static constexpr rule_info info{
        "ESP.TWO_PROFESSIONALS", rule_layer::law, legal::csp_L1411_11_1_composition,
        {"Une équipe de soins primaires compte au moins deux professionnels de santé, dont au moins un médecin généraliste.",
         "A primary care team counts at least two health professionals, at least one of them a general practitioner."},
        effect_dates::esp_created, effect_dates::esp_created_source};
    static constexpr int minimum = 2;  // [guide-exercice-coordonne]: "au minimum ... deux professionnels de santé"
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        const int professionals = detail::count_persons(s, [](const auto& p) { return is_health_professional(p.job); });
        if (professionals >= minimum) return;
        report(location::of("members")).because([=] {
            return bilingual{} << label{"l'équipe compte ", "the team counts "} << count(professionals, nouns::health_professional)
                               << label{" ; il en faut au moins ", "; it needs at least "} << minimum;
        });
    }
};

/// A member of an ESP provides first-recourse care ([guichet-cpts-faq-4], [guide-exercice-coordonne]): a
/// warning for a profession that does not usually (see profession_table for which count, and why).
struct esp_first_recourse {
    static constexpr rule_info info{
        "ESP.FIRST_RECOURSE", rule_layer::law, legal::csp_L1411_11,
        {"Les membres d'une équipe de soins primaires assurent des soins de premier recours.",
         "The members of a primary care team provide first-recourse care."},
        effect_dates::esp_created, effect_dates::esp_created_source, std::nullopt, severity::warning};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context& ctx, Report& report) {
        detail::for_each_person(s, [&](std::size_t i, const auto& p) {
            const auto* code = std::get_if<profession>(&p.job);
            if (!code || !is_health_professional(p.job) || code->first_recourse()) return;
            // A code withdrawn by the date of the check has its own warning (MEMBER.WITHDRAWN_PROFESSION_CODE).
            if (code->retired_since() && (!ctx.as_of || *code->retired_since() <= *ctx.as_of)) return;
            report(location::of_member(i, "job")).because([&] {
                return bilingual{} << detail::who(p)
                                   << label{" exerce une profession qui n'assure pas d'ordinaire de soins de premier recours : à vérifier",
                                            " exercises a profession that does not usually provide first-recourse care: to be checked"};
            });
        });
    }
};

/// The region's minimum composition of an ESP, beyond the national one (regional doctrine).
struct esp_regional_minimum {
    static constexpr rule_info info{
        "ESP.REGIONAL_MINIMUM", rule_layer::regional_doctrine, legal::ars_esp_minimum,
        {"L'équipe atteint la composition minimale fixée par l'ARS de la région.",
         "The team reaches the minimum composition set by the region's ARS."},
        since_always, {certainty::stated, "the doctrine preset carries its own source"}};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context& ctx, Report& report) {
        switch (ctx.doctrine.figures().esp) {
            case esp_minimum::national: return;
            case esp_minimum::one_gp_one_paramedical: {
                const int gps = detail::count_persons(s, [](const auto& p) { return p.is_general_practitioner(); });
                const int auxiliaries = detail::count_persons(
                    s, [](const auto& p) { return p.job_category() == profession_category::medical_auxiliary; });
                if (gps >= 1 && auxiliaries >= 1) return;
                report(location::of("members")).because([&, gps, auxiliaries] {
                    return bilingual{} << label{"la doctrine ", "the doctrine "} << ctx.doctrine.region
                                       << label{" demande au moins 1 médecin généraliste et 1 auxiliaire médical ; l'équipe compte ",
                                                " requires at least 1 general practitioner and 1 medical auxiliary; the team counts "}
                                       << count(gps, nouns::general_practitioner) << label{" et ", " and "}
                                       << count(auxiliaries, nouns::medical_auxiliary);
                });
                return;
            }
        }
    }
};

/// An ESS is built around doctors of specialties other than general practice: at least one.
struct ess_specialist {
    static constexpr rule_info info{
        "ESS.SPECIALIST", rule_layer::law, legal::csp_L1411_11_1,
        {"Une équipe de soins spécialisés est constituée autour de médecins spécialistes d'une spécialité autre que la médecine générale : elle en compte au moins un.",
         "A specialised care team is built around doctors of a specialty other than general practice: it counts at least one."},
        effect_dates::ess_created, effect_dates::ess_created_source};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (detail::count_persons(s, [](const auto& p) { return p.is_specialist(); }) > 0) return;
        report(location::of("members")).because([&] {
            const int gps = detail::count_persons(s, [](const auto& p) { return p.is_general_practitioner(); });
            return bilingual{} << label{"aucun médecin spécialiste (hors médecine générale) parmi les ",
                                        "no specialist (other than general practice) among the "}
                               << count(static_cast<long long>(s.members.size()), nouns::member) << label{" (dont ", " ("}
                               << count(gps, nouns::general_practitioner) << label{") ; il en faut au moins un", "); at least one is required"};
        });
    }
};

/// What the FIR rules of both teams share: whether a legal form can receive FIR.
struct fir_association_form {
    [[nodiscard]] static constexpr bool form_allows_fir(legal_form f) noexcept { return is_association(f); }
    template <class S>
    [[nodiscard]] static bilingual explain(const S& s, const check_context& ctx) {
        return bilingual{} << label{"un financement FIR est demandé et la forme juridique est « ", "FIR funding is requested and the legal form is \""}
                           << detail::form_name(s.form) << label{" » ; la doctrine ", "\"; the doctrine "} << ctx.doctrine.region
                           << label{" verse le FIR à une association", " pays FIR to an association"};
    }
};

/// FIR for an ESP is paid to an association, under a doctrine that says so (the CPTS help desk's FAQ,
/// Occitanie's: "Association pour obtention d'un FIR" [guichet-cpts-faq-4]); no national rule does.
struct esp_fir_requires_association : fir_association_form {
    static constexpr rule_info info{
        "ESP.FIR.ASSOCIATION", rule_layer::regional_doctrine, legal::faq_fir_association,
        {"Pour recevoir un financement FIR, l'équipe est constituée en association (sous une doctrine régionale qui le demande).",
         "To receive FIR funding, the team is constituted as an association (under a regional doctrine that asks for it)."},
        since_always, {certainty::uncertain, "[guichet-cpts-faq-4], undated"}};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context& ctx, Report& report) {
        if (s.funding.fir_requested && ctx.doctrine.figures().fir_requires_association && !form_allows_fir(s.form))
            report(location::of("form")).because([&] { return explain(s, ctx); });
    }
};

/// For an ESS the legal guide only recommends an association to receive funding ("il est recommandé de
/// créer l'ESS sous Association loi 1901 pour obtention financement" [guide-exercice-coordonne]): a warning,
/// under every doctrine.
struct ess_fir_association_recommended : fir_association_form {
    static constexpr rule_info info{
        "ESS.FIR.ASSOCIATION", rule_layer::guidance, legal::guide_ess_association,
        {"Pour recevoir un financement, il est recommandé que l'équipe soit constituée en association loi 1901.",
         "To receive funding, it is recommended that the team be constituted as an association (law of 1901)."},
        since_always, {certainty::stated, "[guide-exercice-coordonne] (2024), a recommendation"}, std::nullopt, severity::warning};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (s.funding.fir_requested && !form_allows_fir(s.form))
            report(location::of("form")).because([&] {
                return bilingual{} << label{"un financement est demandé et la forme juridique est « ", "funding is requested and the legal form is \""}
                                   << detail::form_name(s.form)
                                   << label{" » ; le guide recommande une association loi 1901", "\"; the guide recommends an association (law of 1901)"};
            });
    }
};

}  // namespace coordcare::rules
