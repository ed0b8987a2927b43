// coordcare — the ACI MSP (the national agreement that pays a maison de santé pluriprofessionnelle in points):
// an MSP's year under the agreement as a value, the rules it must satisfy, and its remuneration — points by
// indicator, euros, the advance and the balance with their dates — as an explained, constexpr computation.
// [aci-msp-2017] and [aci-msp-avenant-1], with the figures of [ameli-aci-msp] and of the Cnam's guide
// [cnam-guide-aci-msp]; docs/funding.md has the worked examples of the tests.
//
// The computation, for calendar year n under the edition in force on 31 December of n:
// - nothing is paid unless every prerequisite indicator ("socle prérequis") is met (the crisis indicator is
//   one from 2023: optional "exceptionnellement" in 2022);
// - fixed points as the indicator's shape says (met, units up to a cap, a level, a number of professionals);
// - variable points × the indicator's achievement rate, prorated on the patientèle over the reference of
//   4 000 patients for the indicators whose points the Cnam prorates (both ways: 2 000 patients halve them,
//   6 000 add half); the coordination function's band above 8 000 patients has its own rate;
// - points are counted in hundredths, each indicator's variable points rounded to the nearest hundredth
//   (halves up), and the year's euros are total points × the point value (7 €), rounded to the cent once;
// - in the year of signing, the year is prorated by the days under contract (U: the sources say the advance
//   is "proratisée en fonction de la date de contractualisation");
// - the advance: the advance share (60 %) of the points of the prerequisite and socle indicators at 100 %,
//   at least the edition's minimum (12 000 € after avenant 1, U), prorated like the year; paid within three
//   months of signing in the year of signing, by 30 April of the year otherwise; the balance (the year's
//   amount less the advance, negative when the MSP pays back) by 30 April of the next year.
#pragma once

#include <coordcare/funding/aci_cpts_payments.hpp>
#include <coordcare/parameters/figure_set.hpp>
#include <coordcare/structures/constant.hpp>
#include <coordcare/vocabulary/effect_dates.hpp>
#include <coordcare/structures/validate.hpp>
#include <coordcare/vocabulary/legal_texts.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace coordcare::funding {

/// What an MSP reports for one indicator in a year.
struct msp_indicator_result {
    msp_indicator indicator{};
    /// By the indicator's shape: 1 met, 0 not (flat, by_patients); the units (per_unit: protocols,
    /// missions); the level reached (levels); the associated professionals (by_professionals, 0 = not met).
    int count = 1;
    /// Units with an advanced-practice nurse (IPA) taking part (per_unit), or 1 when one does (flat).
    int with_ipa = 0;
    /// The share of the variable points earned (the indicator's own measure: meetings, records, a crisis).
    achievement_rate rate{percent::whole(100)};

    friend constexpr bool operator==(const msp_indicator_result&, const msp_indicator_result&) = default;
};

/// An MSP's year under the ACI MSP: the contract's dates, the year assessed, its patientèle and its results.
template <class Results>
struct basic_msp_agreement {
    date signed_on{};                          ///< the MSP signed the agreement (its contract with the CPAM and the ARS)
    std::optional<date> project_validated{};   ///< the ARS validated the health project
    int year = 0;                              ///< the calendar year assessed
    /// Patients who declared one of the MSP's associated doctors as médecin traitant, on 31 December of the year.
    std::int64_t patientele = 0;
    Results indicators{};
    /// The MSP counts an advanced-practice nurse (IPA) among its professionals: each indicator with IPA points
    /// earns them for every unit (each protocol: "Si la structure intègre parmi ses professionnels de santé un IPA
    /// … 40 points/protocole", "2 protocoles : 280 points" [cnam-guide-aci-msp]), whatever `with_ipa` says.
    bool has_ipa = false;

    friend constexpr bool operator==(const basic_msp_agreement&, const basic_msp_agreement&) = default;
};
/// A year read from a file or built at run time.
using msp_agreement = basic_msp_agreement<std::vector<msp_indicator_result>>;

/// What an agreement's check knows besides it: the date it is made for and the figures in use.
struct agreement_context {
    std::optional<date> as_of;
    const parameters::figure_set* figures = &parameters::national_figures;

    /// The edition of the agreement's year (a flag and a reference: see contract_context::edition_ref).
    struct edition_ref {
        const aci_msp_edition* edition = nullptr;
        bool found = false;
        [[nodiscard]] constexpr explicit operator bool() const noexcept { return found; }
        [[nodiscard]] constexpr const aci_msp_edition* operator->() const noexcept { return edition; }
        [[nodiscard]] constexpr const aci_msp_edition& operator*() const noexcept { return *edition; }
    };
    [[nodiscard]] constexpr edition_ref edition_of(int year) const {
        const auto i = figures->aci_msp_index_for_year(year);
        if (!i) return {};
        return {&figures->aci_msp[*i], true};
    }
};

/// The most patients and units the library computes with: beyond, the data is wrong, not the MSP large.
inline constexpr std::int64_t max_patientele = 1'000'000;
inline constexpr int max_units = 1'000;

namespace detail_msp {
/// The most a count can be for an indicator's shape (levels: its number of levels).
[[nodiscard]] constexpr int max_count(const msp_indicator_terms& t) noexcept {
    switch (t.shape) {
        case msp_points_shape::flat:
        case msp_points_shape::by_patients: return 1;
        case msp_points_shape::levels: return t.levels();
        case msp_points_shape::per_unit:
        case msp_points_shape::by_professionals: return max_units;
    }
    return 0;
}
/// The most with_ipa can be: per unit for a per_unit indicator paid per unit, else 1 when the indicator
/// has IPA points, else 0.
[[nodiscard]] constexpr int max_with_ipa(const msp_indicator_terms& t, int count) noexcept {
    if (t.ipa_fixed == 0 && t.ipa_variable == 0) return 0;
    if (t.shape == msp_points_shape::per_unit && t.ipa_per_unit) return count;
    return 1;
}
}  // namespace detail_msp

namespace rules {

/// The year is under an edition of the ACI MSP, and the agreement was signed on or before its last day.
struct msp_agreement_edition {
    static constexpr rule_info info{
        "MSP.AGREEMENT.EDITION", rule_layer::national_agreement, legal::aci_msp_remuneration,
        {"L'année est couverte par une édition de l'ACI MSP et le contrat est signé au plus tard le dernier jour de l'année.",
         "The year is under an edition of the ACI MSP and the contract is signed on or before the year's last day."},
        since_always, {certainty::confirmed, "a year before the ACI MSP existed is under none, whenever it is checked"}};
    template <class A, class Report>
    static constexpr void check(const A& a, const agreement_context& ctx, Report& report) {
        if (a.year < 1900 || a.year > 9999) {
            report(location::of("year")).because([&] {
                return bilingual{} << label{"l'année ", "the year "} << a.year << label{" n'est pas une année civile plausible", " is not a plausible calendar year"};
            });
            return;
        }
        if (!ctx.edition_of(a.year)) {
            report(location::of("year")).because([&] {
                return bilingual{} << label{"l'année ", "the year "} << a.year << label{" précède la première édition de l'ACI MSP (", " is before the first edition of the ACI MSP ("}
                                   << iso_text(ctx.figures->aci_msp[0].in_force_from) << ")";
            });
            return;
        }
        if (static_cast<int>(a.signed_on.year()) <= a.year) return;
        report(location::of("signed_on")).because([&] {
            return bilingual{} << label{"signé le ", "signed on "} << iso_text(a.signed_on) << label{", après l'année évaluée (", ", after the year assessed ("}
                               << a.year << ")";
        });
    }
};

/// The health project was validated by the ARS on or before the signature.
struct msp_agreement_project_validated {
    static constexpr rule_info info{
        "MSP.AGREEMENT.PROJECT_VALIDATED", rule_layer::national_agreement,
        {legal::aci_msp_2017, "", "", {certainty::stated, "ameli.fr: the ACI MSP is open to an MSP whose health project the ARS validated; article not identified"}},
        {"Le projet de santé de la maison de santé est validé par l'ARS avant la signature de l'accord.",
         "The health house's health project is validated by the ARS before the agreement is signed."},
        effect_dates::aci_msp, effect_dates::aci_msp_source};
    template <class A, class Report>
    static constexpr void check(const A& a, const agreement_context&, Report& report) {
        if (a.project_validated && *a.project_validated <= a.signed_on) return;
        report(location::of("project_validated")).because([&] {
            if (!a.project_validated)
                return bilingual{} << label{"aucune date de validation du projet de santé ; accord signé le ", "no validation date of the health project; agreement signed on "}
                                   << iso_text(a.signed_on);
            return bilingual{} << label{"projet validé le ", "project validated on "} << iso_text(*a.project_validated)
                               << label{", après la signature du ", ", after the signature on "} << iso_text(a.signed_on);
        });
    }
};

/// The patientèle is a number of patients from 1 to max_patientele.
struct msp_agreement_patientele {
    static constexpr rule_info info{
        "MSP.AGREEMENT.PATIENTELE", rule_layer::national_agreement, legal::aci_msp_remuneration,
        {"La patientèle médecin traitant de l'année est un nombre de patients positif.", "The year's patientèle is a positive number of patients."},
        since_always, {certainty::confirmed, "the variable points are prorated on it: without it nothing can be computed"}};
    template <class A, class Report>
    static constexpr void check(const A& a, const agreement_context&, Report& report) {
        if (a.patientele >= 1 && a.patientele <= max_patientele) return;
        report(location::of("patientele")).because([&] {
            return bilingual{} << label{"patientèle : ", "patientèle: "} << a.patientele << label{" ; attendu de 1 à ", "; expected 1 to "} << max_patientele;
        });
    }
};

/// Each indicator reported is one of the edition's, once.
struct msp_agreement_indicator_of_edition {
    static constexpr rule_info info{
        "MSP.AGREEMENT.INDICATOR_OF_EDITION", rule_layer::national_agreement, legal::aci_msp_remuneration,
        {"Chaque indicateur déclaré est un indicateur de l'édition de l'année, déclaré une seule fois.",
         "Each indicator reported is an indicator of the year's edition, reported once."},
        since_always, {certainty::confirmed, "an indicator outside the edition earns nothing"}};
    template <class A, class Report>
    static constexpr void check(const A& a, const agreement_context& ctx, Report& report) {
        const auto e = ctx.edition_of(a.year);
        if (!e) return;
        std::size_t i = 0;
        for (const auto& r : a.indicators) {
            bool twice = false;
            std::size_t j = 0;
            for (const auto& earlier : a.indicators) {
                if (j++ == i) break;
                twice = twice || earlier.indicator == r.indicator;
            }
            if (twice || !e->terms(r.indicator)) {
                report(location{"indicators", i, "indicator"}).because([&, twice] {
                    if (twice) return bilingual{} << label{"l'indicateur « ", "the indicator \""} << name(r.indicator) << label{" » est déclaré deux fois", "\" is reported twice"};
                    return bilingual{} << label{"l'indicateur « ", "the indicator \""} << name(r.indicator) << label{" » n'existe pas dans ", "\" does not exist in "}
                                       << e->id;
                });
            }
            ++i;
        }
    }
};

/// Each count is within what the indicator's shape allows (a level it has, met or not, units up to
/// max_units), and the units with an IPA are no more than the units.
struct msp_agreement_count {
    static constexpr rule_info info{
        "MSP.AGREEMENT.COUNT", rule_layer::national_agreement, legal::aci_msp_remuneration,
        {"Ce qui est déclaré pour un indicateur (atteint, nombre, niveau) est dans ce que l'indicateur prévoit.",
         "What is reported for an indicator (met, a number, a level) is within what the indicator provides."},
        since_always, {certainty::confirmed, "the edition's table of indicators (parameters/aci_msp_*.hpp)"}};
    template <class A, class Report>
    static constexpr void check(const A& a, const agreement_context& ctx, Report& report) {
        const auto e = ctx.edition_of(a.year);
        if (!e) return;
        std::size_t i = 0;
        for (const auto& r : a.indicators) {
            if (const auto& t = e->terms(r.indicator)) {
                const int most = detail_msp::max_count(*t);
                if (r.count < 0 || r.count > most)
                    report(location{"indicators", i, "count"}).because([&, most] {
                        return bilingual{} << label{"« ", "\""} << name(r.indicator) << label{" » : ", "\": "} << r.count << label{" ; attendu de 0 à ", "; expected 0 to "} << most;
                    });
                const int ipa_most = detail_msp::max_with_ipa(*t, r.count < 0 ? 0 : r.count);
                if (r.with_ipa < 0 || r.with_ipa > ipa_most)
                    report(location{"indicators", i, "with_ipa"}).because([&, ipa_most] {
                        return bilingual{} << label{"« ", "\""} << name(r.indicator) << label{" » : ", "\": "} << r.with_ipa
                                           << label{" avec un IPA ; attendu de 0 à ", " with an IPA; expected 0 to "} << ipa_most;
                    });
            }
            ++i;
        }
    }
};

/// Every prerequisite indicator of the year is met; otherwise the year pays nothing (a warning: the
/// dossier is right to say so, the MSP is not paid).
struct msp_agreement_prerequisites {
    static constexpr rule_info info{
        "MSP.AGREEMENT.PREREQUISITES", rule_layer::national_agreement, legal::aci_msp_remuneration,
        {"Les indicateurs « socle prérequis » sont tous atteints : sans eux, aucune rémunération n'est versée pour l'année.",
         "The prerequisite indicators are all met: without them, nothing is paid for the year."},
        effect_dates::aci_msp, effect_dates::aci_msp_source, std::nullopt, severity::warning};
    template <class A, class Report>
    static constexpr void check(const A& a, const agreement_context& ctx, Report& report) {
        const auto e = ctx.edition_of(a.year);
        if (!e) return;
        for (const auto& t : e->indicators) {
            if (!t || !t->is_prerequisite(a.year)) continue;
            bool met = false;
            for (const auto& r : a.indicators) met = met || (r.indicator == t->indicator && r.count >= 1);
            if (met) continue;
            const msp_indicator missing = t->indicator;
            report(location::of("indicators")).because([missing] {
                return bilingual{} << label{"l'indicateur prérequis « ", "the prerequisite indicator \""} << name(missing)
                                   << label{" » n'est pas atteint : l'année ne donne lieu à aucune rémunération", "\" is not met: the year pays nothing"};
            });
        }
    }
};

using agreement_rules = rule_list<msp_agreement_edition, msp_agreement_project_validated, msp_agreement_patientele,
                                  msp_agreement_indicator_of_edition, msp_agreement_count, msp_agreement_prerequisites>;

}  // namespace rules

/// Checks an MSP's year against the rules in force on `as_of`, with `figures`. Returns every violation;
/// throws nothing but std::bad_alloc.
template <class Results>
[[nodiscard]] validation validate_agreement(const basic_msp_agreement<Results>& a, date as_of,
                                            const parameters::figure_set& figures = parameters::national_figures) {
    validation out;
    const agreement_context ctx{as_of, &figures};
    rules::agreement_rules::for_each([&](auto rule_type) {
        using R = typename decltype(rule_type)::type;
        if (!in_force(R::info, as_of)) return;
        auto report = [&](const location& where) {
            out.diagnostics.push_back(make_diagnostic(R::info, where, {}));
            return coordcare::detail::recorded_finding{&out.diagnostics.back()};
        };
        R::check(a, ctx, report);
    });
    return out;
}

// ---- The remuneration --------------------------------------------------------------------------

/// The points of one indicator, in hundredths of a point.
struct msp_indicator_points {
    msp_indicator indicator{};
    msp_indicator_kind kind{};  ///< its kind in the year (the crisis indicator is optional in 2022)
    std::int64_t fixed = 0;
    std::int64_t variable = 0;
    source_note source{};       ///< where the indicator's points come from
    friend constexpr bool operator==(const msp_indicator_points&, const msp_indicator_points&) = default;
};

/// What an MSP's year pays, and when.
struct msp_year_remuneration {
    const aci_msp_edition* edition = nullptr;
    int year = 0;
    std::array<msp_indicator_points, msp_indicator_count> lines{};  ///< the indicators reported, in the edition's order
    std::size_t line_count = 0;
    std::array<msp_indicator, msp_indicator_count> unmet{};  ///< the prerequisite indicators not met
    std::size_t unmet_count = 0;
    std::int64_t fixed_points = 0;     ///< hundredths of a point
    std::int64_t variable_points = 0;  ///< hundredths of a point
    share year_share{1, 1};            ///< the share of the year under contract (days; less than 1 in the year of signing)
    explained_amount amount{};         ///< the year's remuneration (zero when a prerequisite is not met)
    explained_amount advance{};        ///< paid at the start of the year
    date advance_due{};
    euros balance{};                   ///< amount − advance; negative: the MSP pays it back
    date balance_due{};
    bool uncertain_points = false;     ///< an indicator's points are uncertain (U)

    [[nodiscard]] constexpr bool prerequisites_met() const noexcept { return unmet_count == 0; }
    [[nodiscard]] constexpr std::int64_t points() const noexcept { return fixed_points + variable_points; }
    [[nodiscard]] constexpr const msp_indicator_points* begin() const noexcept { return lines.data(); }
    [[nodiscard]] constexpr const msp_indicator_points* end() const noexcept { return lines.data() + line_count; }
    /// True when a figure or an indicator's points used is uncertain.
    [[nodiscard]] constexpr bool uncertain() const noexcept { return uncertain_points || amount.figures.uncertain() || advance.figures.uncertain(); }
};

/// What the computation can say instead of a remuneration.
enum class msp_computation_error : unsigned char {
    no_edition,       ///< the year is before the first edition
    bad_year,         ///< the agreement is signed after the year, or the year is not plausible
    bad_patientele,   ///< the patientèle is not 1 to max_patientele
    bad_indicator,    ///< an indicator outside the edition, twice, or a count out of range (MSP.AGREEMENT.*)
    bad_figure,       ///< a figure of the set is out of its range (a reference patientèle below 1)
    overflow,         ///< an amount does not fit in 64-bit cents
};

namespace detail_msp {
/// num / den rounded to the nearest integer, halves up (num ≥ 0, den > 0).
[[nodiscard]] constexpr std::int64_t round_div(std::int64_t num, std::int64_t den) noexcept { return (2 * num + den) / (2 * den); }

/// The hundredths of points of one result under its terms, at `bp` basis points of achievement.
struct points {
    std::int64_t fixed = 0;
    std::int64_t variable = 0;
};
[[nodiscard]] constexpr points points_of(const msp_indicator_terms& t, const msp_indicator_result& r, std::int64_t patients,
                                         std::int64_t reference, std::int64_t bp, bool with_variable = true) noexcept {
    points out;
    if (r.count <= 0) return out;
    // Variable points at 100 %: `per_patient` are multiplied by the patientèle and divided by the reference
    // (prorated), `flat_points` are not; both × bp / 10 000, in hundredths of a point.
    std::int64_t per_patient = 0;
    std::int64_t flat_points = 0;
    const auto variable = [&](std::int64_t v) {
        if (t.scaled) per_patient += v * patients;
        else flat_points += v;
    };
    switch (t.shape) {
        case msp_points_shape::flat:
            out.fixed = t.fixed[0] + (r.with_ipa > 0 ? t.ipa_fixed : 0);
            variable(t.variable[0] + (r.with_ipa > 0 ? t.ipa_variable : 0));
            break;
        case msp_points_shape::per_unit: {
            const std::int64_t units = r.count < t.cap ? r.count : t.cap;
            const std::int64_t ipa_units = r.with_ipa < units ? r.with_ipa : units;
            out.fixed = t.fixed[0] * units + (t.ipa_per_unit ? t.ipa_fixed * ipa_units : (units >= t.cap && ipa_units > 0 ? t.ipa_fixed : 0));
            variable(t.variable[0] * units + t.ipa_variable * ipa_units);
            break;
        }
        case msp_points_shape::levels: {
            const auto level = static_cast<std::size_t>(r.count > 3 ? 3 : r.count) - 1;
            out.fixed = t.fixed[level];
            variable(t.variable[level]);
            break;
        }
        case msp_points_shape::by_patients: {
            out.fixed = t.fixed[0];
            if (t.scaled) {
                const std::int64_t within = patients < t.cap ? patients : t.cap;
                const std::int64_t above = patients > t.cap ? patients - t.cap : 0;
                per_patient = t.variable[0] * within + t.variable[1] * above;
            } else {
                flat_points = t.variable[0];
            }
            break;
        }
        case msp_points_shape::by_professionals: {
            out.fixed = t.fixed[0];
            const std::int64_t n = r.count;
            const std::int64_t within = n < t.cap ? n : t.cap;
            flat_points = t.variable[0] * within + t.variable[1] * (n - within);
            break;
        }
    }
    out.fixed *= 100;
    if (!with_variable) return out;
    // per_patient / reference × bp / 10 000 in hundredths = per_patient × bp / (reference × 100): the
    // patientèle (≤ max_patientele), the points (≤ 10⁴ a unit, ≤ max_units units) and bp (≤ 10⁴) keep the
    // products far below 2⁶³; the reference is at least 1 (a rulebook cannot set less).
    out.variable = round_div(per_patient * bp, reference * 100) + round_div(flat_points * bp, 100);
    return out;
}
}  // namespace detail_msp

/// The remuneration of an MSP's year under the edition in force on 31 December of that year in `figures`.
template <class Results>
[[nodiscard]] constexpr std::pair<std::optional<msp_year_remuneration>, std::optional<msp_computation_error>> msp_remuneration(
    const basic_msp_agreement<Results>& a, const parameters::figure_set& figures = parameters::national_figures) {
    using R = std::pair<std::optional<msp_year_remuneration>, std::optional<msp_computation_error>>;
    if (a.year < 1900 || a.year > 9999 || a.year < static_cast<int>(a.signed_on.year())) return R{std::nullopt, msp_computation_error::bad_year};
    const agreement_context ctx{std::nullopt, &figures};
    const auto e = ctx.edition_of(a.year);
    if (!e) return R{std::nullopt, msp_computation_error::no_edition};
    if (a.patientele < 1 || a.patientele > max_patientele) return R{std::nullopt, msp_computation_error::bad_patientele};
    // The indicators must be the edition's, once each, with counts in range: the rules say so.
    bool bad = false;
    auto flag = [&](const location&) {
        bad = true;
        return no_detail{};
    };
    rules::msp_agreement_indicator_of_edition::check(a, ctx, flag);
    rules::msp_agreement_count::check(a, ctx, flag);
    if (bad) return R{std::nullopt, msp_computation_error::bad_indicator};

    msp_year_remuneration out;
    out.edition = &*e;
    out.year = a.year;
    const std::int64_t reference = e->reference_patients.value;
    if (reference < 1 || reference > max_patientele) return R{std::nullopt, msp_computation_error::bad_figure};
    std::int64_t advance_points = 0;  // prerequisite and socle indicators at 100 %
    bool scaled_used = false;
    for (const auto& t : e->indicators) {
        if (!t) continue;
        const msp_indicator_result* found = nullptr;
        for (const auto& r : a.indicators)
            if (r.indicator == t->indicator) found = &r;
        const msp_indicator_kind kind = t->is_prerequisite(a.year) || t->kind != msp_indicator_kind::prerequisite ? t->kind : msp_indicator_kind::optional;
        if (t->is_prerequisite(a.year) && (!found || found->count < 1)) out.unmet[out.unmet_count++] = t->indicator;
        if (!found) continue;
        // An MSP with an IPA earns the IPA points on every unit of the indicator (the guide's reading).
        msp_indicator_result effective = *found;
        if (a.has_ipa) effective.with_ipa = detail_msp::max_with_ipa(*t, effective.count < 0 ? 0 : effective.count);
        found = &effective;
        const auto p = detail_msp::points_of(*t, *found, a.patientele, reference, found->rate.value().in_basis_points());
        out.lines[out.line_count++] = {t->indicator, kind, p.fixed, p.variable, t->source};
        out.fixed_points += p.fixed;
        out.variable_points += p.variable;
        out.uncertain_points = out.uncertain_points || t->source.status == certainty::uncertain;
        scaled_used = scaled_used || (t->scaled && (t->variable[0] != 0 || t->variable[1] != 0 || t->variable[2] != 0 || t->ipa_variable != 0));
        if (kind != msp_indicator_kind::optional) {
            const auto full = detail_msp::points_of(*t, *found, a.patientele, reference, 10'000, t->variable_in_advance);
            advance_points += full.fixed + full.variable;
        }
    }
    const date first_day{std::chrono::year{a.year}, std::chrono::January, std::chrono::day{1}};
    const date next_first_day{std::chrono::year{a.year + 1}, std::chrono::January, std::chrono::day{1}};
    if (first_day < a.signed_on) out.year_share = {days_between(a.signed_on, next_first_day), days_between(first_day, next_first_day)};
    const auto& pv = e->point_value;
    out.amount.figures.add(use(pv, e->in_force_from));
    if (scaled_used) out.amount.figures.add(use(e->reference_patients, e->in_force_from));
    // Euros: hundredths of points × the point's cents / 100 × the share of the year, rounded once.
    const auto euros_of = [&](std::int64_t hundredths) -> std::optional<euros> {
        const auto cents = checked_mul(euros::from_cents(hundredths), pv.value.cents());
        const auto denominator = checked_mul(euros::from_cents(100), out.year_share.denominator);
        if (!cents || !denominator) return std::nullopt;
        return checked_prorate(*cents, out.year_share.numerator, denominator->cents());
    };
    if (out.unmet_count == 0) {
        const auto amount = euros_of(out.fixed_points + out.variable_points);
        if (!amount) return R{std::nullopt, msp_computation_error::overflow};
        out.amount.value = *amount;
    }
    out.advance.figures = out.amount.figures;
    out.advance.figures.add(use(e->advance, e->in_force_from));
    // The advance: the share of the full year's points, at least the minimum, then prorated like the year.
    const auto full_year = checked_mul(euros::from_cents(advance_points), pv.value.cents());
    if (!full_year) return R{std::nullopt, msp_computation_error::overflow};
    auto advance = checked_prorate(*full_year, e->advance.value.in_basis_points(), std::int64_t{1'000'000});
    if (!advance) return R{std::nullopt, msp_computation_error::overflow};
    if (e->advance_minimum && *advance < e->advance_minimum->value) {
        out.advance.figures.add(use(*e->advance_minimum, e->in_force_from));
        advance = e->advance_minimum->value;
    }
    advance = checked_prorate(*advance, out.year_share.numerator, out.year_share.denominator);
    if (!advance) return R{std::nullopt, msp_computation_error::overflow};
    out.advance.value = *advance;
    const auto balance = checked_sub(out.amount.value, out.advance.value);
    if (!balance) return R{std::nullopt, msp_computation_error::overflow};
    out.balance = *balance;
    const date april_30{std::chrono::year{a.year}, std::chrono::April, std::chrono::day{30}};
    out.advance_due = static_cast<int>(a.signed_on.year()) == a.year ? add_months(a.signed_on, std::chrono::months{3}) : april_30;
    out.balance_due = date{std::chrono::year{a.year + 1}, std::chrono::April, std::chrono::day{30}};
    return R{out, std::nullopt};
}

// ---- Years known at compile time ---------------------------------------------------------------

/// Whether an MSP of legal form F may ever be paid under the ACI MSP when nothing says when it signed:
/// a SISA only (an association has six months after signing to become one; a constant has no date, so
/// that time is over — the same reading as the structure rule MSP.ACI.SISA on constants).
template <legal_form F>
inline constexpr bool can_be_paid_aci_msp_v = F == legal_form::sisa;

namespace detail_msp {
template <rule R, class A>
constexpr void check_one_constant(const A& a, const agreement_context& ctx) {
    if constexpr (checked_on_constants<R>) {
        constant_report<R> report;
        R::check(a, ctx, report);
    }
}
template <class A, std::size_t... I>
constexpr void check_constant_rules(const A& a, std::index_sequence<I...>) {
    const agreement_context ctx{std::nullopt, &parameters::national_figures};
    (check_one_constant<typename rules::agreement_rules::template at<I>>(a, ctx), ...);
}
}  // namespace detail_msp

/// An MSP's year known at compile time, checked by the agreement's rules where it is built.
template <std::size_t N>
using constant_msp_agreement = basic_msp_agreement<std::array<msp_indicator_result, N>>;

/// Builds and checks a constant year with the national figures: a broken rule does not compile, and names it.
template <std::size_t N>
[[nodiscard]] consteval constant_msp_agreement<N> make_constant_msp_agreement(date signed_on, std::optional<date> project_validated, int year,
                                                                              std::int64_t patientele,
                                                                              const std::array<msp_indicator_result, N>& indicators) {
    const constant_msp_agreement<N> a{signed_on, project_validated, year, patientele, indicators};
    detail_msp::check_constant_rules(a, std::make_index_sequence<rules::agreement_rules::size>{});
    return a;
}

/// The remuneration of a constant MSP's constant year. The type carries the rule: an MSP whose legal form
/// can never be paid (not a SISA), or a structure that is not an MSP, does not compile.
template <structure_kind K, legal_form F, std::size_t N, std::size_t M>
[[nodiscard]] consteval msp_year_remuneration msp_remuneration_of(const constant_structure<K, F, N>&, const constant_msp_agreement<M>& a) {
    static_assert(K == structure_kind::msp, "MSP.AGREEMENT: the ACI MSP pays a health house (MSP), not another kind of structure");
    static_assert(can_be_paid_aci_msp_v<F>,
                  "MSP.ACI.SISA: only a SISA is paid under the ACI MSP (a constant has no date: the six months to become one are over)");
    const auto r = msp_remuneration(a);
    return *r.first;
}

}  // namespace coordcare::funding
