// coordcare — the rules of the multi-professional health house (MSP, maison de santé
// pluriprofessionnelle) and of the company it may take, the SISA (société interprofessionnelle de soins
// ambulatoires): CSP L.6323-3, L.4041-1 to L.4043-2, the ACI MSP, the FAQ of the CPTS help desk
// [guichet-cpts-faq-4] and the legal guide [guide-exercice-coordonne].
#pragma once

#include <coordcare/parameters/figure_set.hpp>
#include <coordcare/structures/rules/common.hpp>

namespace coordcare::rules {

/// An MSP is a legal person: an association or a SISA.
struct msp_legal_person {
    static constexpr rule_info info{
        "MSP.LEGAL_PERSON", rule_layer::law, legal::csp_L6323_3,
        {"Une maison de santé est une personne morale : association ou société interprofessionnelle de soins ambulatoires (SISA).",
         "A health house is a legal person: an association or a SISA."},
        effect_dates::sisa_created, effect_dates::sisa_created_source};
    [[nodiscard]] static constexpr bool form_ok(legal_form f) noexcept { return is_association(f) || f == legal_form::sisa; }
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (form_ok(s.form)) return;
        report(location::of("form")).because([&] {
            return bilingual{} << label{"la forme juridique est « ", "the legal form is \""} << detail::form_name(s.form)
                               << label{" » ; une maison de santé est une association ou une SISA", "\"; a health house is an association or a SISA"};
        });
    }
};

/// An MSP counts at least two general practitioners, whatever its legal form [guichet-cpts-faq-4].
struct msp_general_practitioners {
    static constexpr int minimum = 2;
    static constexpr rule_info info{
        "MSP.GENERAL_PRACTITIONERS", rule_layer::law, legal::msp_composition,
        {"Une maison de santé compte au moins deux médecins généralistes.", "A health house counts at least two general practitioners."},
        effect_dates::msp_composition, effect_dates::msp_composition_source};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        const int gps = detail::count_persons(s, [](const auto& p) { return p.is_general_practitioner(); });
        if (gps >= minimum) return;
        report(location::of("members")).because([=] {
            return bilingual{} << label{"la maison de santé compte ", "the health house counts "} << count(gps, nouns::general_practitioner)
                               << label{" ; il en faut au moins ", "; it needs at least "} << minimum;
        });
    }
};

/// An MSP is constituted between medical professionals, medical auxiliaries or pharmacists (L.6323-3;
/// for a SISA, L.4041-1): each associate — associate of the SISA, constituting member of the
/// association — exercises one of those professions. (A participant who is no health professional at
/// all is MSP.NON_HEALTH.NOT_ASSOCIATE.)
struct msp_associate_professions {
    static constexpr rule_info info{
        "MSP.ASSOCIATE_PROFESSIONS", rule_layer::law, legal::csp_L6323_3,
        {"Une maison de santé est constituée entre des professionnels médicaux, des auxiliaires médicaux ou des pharmaciens : chaque associé exerce l'une de ces professions.",
         "A health house is constituted between medical professionals, medical auxiliaries or pharmacists: each associate exercises one of those professions."},
        effect_dates::sisa_created, effect_dates::sisa_created_source};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        detail::for_each_person(s, [&](std::size_t i, const auto& p) {
            if (p.associate && is_health_professional(p.job) && !is_medical_pharmacy_or_auxiliary(p.job_category())) {
                report(location::of_member(i, "associate")).because([&] {
                    return bilingual{} << detail::who(p) << label{" est associé et relève de la catégorie « ", " is an associate and belongs to the category \""}
                                       << name(p.job_category())
                                       << label{" » ; un associé est médecin, chirurgien-dentiste, sage-femme, pharmacien ou auxiliaire médical",
                                                "\"; an associate is a doctor, dentist, midwife, pharmacist or medical auxiliary"};
                });
            }
        });
    }
};

/// A SISA counts at least two doctors and one medical auxiliary among its associates.
struct msp_sisa_min_associates {
    static constexpr int min_doctors = 2;
    static constexpr int min_auxiliaries = 1;
    static constexpr rule_info info{
        "MSP.SISA.MIN_ASSOCIATES", rule_layer::law, legal::csp_L4041_4,
        {"Une SISA compte parmi ses associés au moins deux médecins et un auxiliaire médical.",
         "A SISA counts among its associates at least two doctors and one medical auxiliary."},
        effect_dates::sisa_created, effect_dates::sisa_created_source};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (s.form != legal_form::sisa) return;
        const int doctors = detail::count_persons(s, [](const auto& p) { return p.associate && p.is_doctor(); });
        const int auxiliaries = detail::count_persons(
            s, [](const auto& p) { return p.associate && p.job_category() == profession_category::medical_auxiliary; });
        if (doctors >= min_doctors && auxiliaries >= min_auxiliaries) return;
        report(location::of("members")).because([=] {
            return bilingual{} << label{"parmi les associés : ", "among the associates: "} << count(doctors, nouns::doctor) << ", "
                               << count(auxiliaries, nouns::medical_auxiliary) << label{" ; la loi en exige au moins ", "; the law requires at least "}
                               << count(min_doctors, nouns::doctor) << label{" et ", " and "} << count(min_auxiliaries, nouns::medical_auxiliary);
        });
    }
};

/// A SISA's salaried health professionals are fewer than its liberal associates.
struct msp_sisa_salaried_fewer {
    static constexpr rule_info info{
        "MSP.SISA.SALARIED_FEWER_THAN_ASSOCIATES", rule_layer::law, legal::csp_sisa_salaried,
        {"Les professionnels de santé salariés d'une SISA sont moins nombreux que ses associés libéraux.",
         "A SISA's salaried health professionals are fewer than its liberal associates."},
        effect_dates::sisa_salaried, effect_dates::sisa_salaried_source};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (s.form != legal_form::sisa) return;
        const int salaried = detail::count_persons(s, [](const auto& p) {
            return !p.associate && is_health_professional(p.job) && includes_salaried(p.mode);
        });
        const int liberal_associates =
            detail::count_persons(s, [](const auto& p) { return p.associate && includes_liberal(p.mode); });
        if (salaried == 0 || salaried < liberal_associates) return;
        report(location::of("members")).because([=] {
            return bilingual{} << label{"la SISA salarie ", "the SISA employs "} << count(salaried, nouns::salaried_health_professional)
                               << label{" pour ", " for "} << count(liberal_associates, nouns::liberal_associate)
                               << label{" ; les salariés doivent être moins nombreux", "; the salaried must be fewer"};
        });
    }
};

/// A participant who is not a health professional has signed the MSP's health project.
struct msp_non_health_signed {
    static constexpr rule_info info{
        "MSP.NON_HEALTH.SIGNED_PROJECT", rule_layer::law, legal::csp_L6323_3,
        {"Un intervenant qui n'est pas professionnel de santé a signé le projet de santé, qui prévoit sa participation.",
         "A participant who is not a health professional has signed the health project, which provides for their participation."},
        effect_dates::sisa_created, effect_dates::sisa_created_source};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        detail::for_each_person(s, [&](std::size_t i, const auto& p) {
            if (!is_health_professional(p.job) && !p.signatory) {
                report(location::of_member(i, "signatory")).because([&] {
                    return bilingual{} << detail::who(p)
                                       << label{" n'est pas professionnel de santé et n'a pas signé le projet de santé",
                                                " is not a health professional and has not signed the health project"};
                });
            }
        });
    }
};

/// A participant who is not a health professional is never an associate of the MSP: the MSP is
/// constituted between health professionals only (L.6323-3; for a SISA, L.4041-1; [guide-exercice-coordonne]).
struct msp_non_health_not_associate {
    static constexpr rule_info info{
        "MSP.NON_HEALTH.NOT_ASSOCIATE", rule_layer::law, legal::csp_L6323_3,
        {"Un intervenant qui n'est pas professionnel de santé n'est jamais associé de la maison de santé.",
         "A participant who is not a health professional is never an associate of the health house."},
        effect_dates::sisa_created, effect_dates::sisa_created_source};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        detail::for_each_person(s, [&](std::size_t i, const auto& p) {
            if (!is_health_professional(p.job) && p.associate) {
                report(location::of_member(i, "associate")).because([&] {
                    return bilingual{} << detail::who(p)
                                       << label{" est associé sans être professionnel de santé ; la maison de santé est constituée entre professionnels de santé",
                                                " is an associate without being a health professional; the health house is constituted between health professionals"};
                });
            }
        });
    }
};

/// The ACI MSP is signed by an MSP constituted as a SISA, or that becomes one within 6 months.
struct msp_aci_requires_sisa {
    /// The months to become a SISA: the figure of the ACI MSP edition in force on the day of signing (6).
    [[nodiscard]] static constexpr std::int64_t months_to_become_sisa(date signed_on) noexcept {
        return parameters::national_figures.aci_msp_edition_on(signed_on).sisa_months.value;
    }
    static constexpr rule_info info{
        "MSP.ACI.SISA", rule_layer::national_agreement, legal::aci_msp_sisa,
        {"Une maison de santé signataire de l'ACI est une SISA, ou le devient dans le délai que fixe l'édition de l'accord suivant la signature.",
         "A health house that signed the ACI is a SISA, or becomes one within the time its edition of the agreement sets after signing."},
        effect_dates::aci_msp, effect_dates::aci_msp_source};
    [[nodiscard]] static constexpr bool form_allows_aci(legal_form f) noexcept { return f == legal_form::sisa; }
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context& ctx, Report& report) {
        if (!s.funding.aci_signed || form_allows_aci(s.form)) return;
        const date deadline = add_months(*s.funding.aci_signed, std::chrono::months{months_to_become_sisa(*s.funding.aci_signed)});
        // "Within 6 months": the delay's last day is the same day number 6 months on (CPC art. 641), still in time.
        if (ctx.as_of && *ctx.as_of <= deadline) return;
        report(location::of("form")).because([&] {
            return bilingual{} << label{"l'ACI a été signé le ", "the ACI was signed on "} << iso_text(*s.funding.aci_signed)
                               << label{" et la forme juridique est « ", " and the legal form is \""} << detail::form_name(s.form)
                               << label{" » ; le délai pour devenir une SISA a pris fin le ", "\"; the time to become a SISA ended on "}
                               << iso_text(deadline);
        });
    }
};

}  // namespace coordcare::rules
