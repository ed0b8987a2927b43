// coordcare — a planned FIR (fonds d'intervention régional) start-up aid, checked against the region's
// doctrine (parameters/fir.hpp): too much, too many payments, over too long, paid before the step that opens
// it. The doctrine is regional (no national rule; each ARS's documents, such as
// [ars-paca-cdc-cpts] and [ars-idf-cpts]): the caller names the region; a rulebook replaces its
// figures. docs/funding.md has the worked examples of the tests.
//
//   funding::fir_plan plan{"provence-alpes-cote-d-azur", 2025y / March / 10d, std::nullopt,
//                          {{2025y / April / 1d, 20'000_eur}, {2025y / October / 1d, 20'000_eur}}};
//   funding::check_fir_plan(plan, structure_kind::cpts, 2026y / January / 1d).valid()   // 40 000 € ≤ 40 000 €
#pragma once

#include <coordcare/parameters/figure_set.hpp>
#include <coordcare/structures/rule_model.hpp>
#include <coordcare/structures/validate.hpp>
#include <coordcare/vocabulary/legal_texts.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace coordcare::funding {

/// One planned (or made) payment of a FIR aid.
struct fir_payment {
    date paid{};
    euros amount{};
    fir_purpose purpose = fir_purpose::start_up;
    friend bool operator==(const fir_payment&, const fir_payment&) = default;
};

/// A FIR plan: the region whose doctrine applies, the dates of the steps that open the aids, the payments.
struct fir_plan {
    std::string region;  ///< the doctrine's preset id: "occitanie", "ile-de-france", "provence-alpes-cote-d-azur"
    std::optional<date> letter_of_intent_validated{};
    std::optional<date> project_validated{};
    std::vector<fir_payment> payments{};
    friend bool operator==(const fir_plan&, const fir_plan&) = default;

    /// The date of a step, if the plan gives it.
    [[nodiscard]] std::optional<date> date_of(fir_step s) const noexcept {
        return s == fir_step::letter_of_intent_validated ? letter_of_intent_validated : project_validated;
    }
};

namespace rules {

namespace detail_fir {
inline constexpr source_note doctrine_date{certainty::confirmed, "regional doctrine: each preset carries its own source; no date of effect is known"};
}  // namespace detail_fir

/// The region has a FIR doctrine for this kind of structure and purpose (else nothing can be checked: a warning).
struct fir_doctrine_known {
    static constexpr rule_info info{
        "FIR.DOCTRINE", rule_layer::regional_doctrine, legal::fir_start_up_aid,
        {"La région a une doctrine d'aide au démarrage FIR pour ce type de structure.", "The region has a FIR start-up aid doctrine for this kind of structure."},
        since_always, detail_fir::doctrine_date, std::nullopt, severity::warning};
};
/// The payments of an aid add up to no more than the doctrine's amount.
struct fir_amount {
    static constexpr rule_info info{
        "FIR.AMOUNT", rule_layer::regional_doctrine, legal::fir_start_up_aid,
        {"Les versements d'une aide FIR ne dépassent pas le montant de la doctrine régionale.",
         "The payments of a FIR aid do not exceed the amount of the regional doctrine."},
        since_always, detail_fir::doctrine_date};
};
/// The payments of an aid are no more than the doctrine's number.
struct fir_payments {
    static constexpr rule_info info{
        "FIR.PAYMENTS", rule_layer::regional_doctrine, legal::fir_start_up_aid,
        {"Une aide FIR est versée en au plus le nombre de versements de la doctrine régionale.",
         "A FIR aid is paid in no more payments than the regional doctrine allows."},
        since_always, detail_fir::doctrine_date};
};
/// From the first payment of an aid to its last, no longer than the doctrine's period.
struct fir_period {
    static constexpr rule_info info{
        "FIR.PERIOD", rule_layer::regional_doctrine, legal::fir_start_up_aid,
        {"Une aide FIR est versée sur une période qui ne dépasse pas celle de la doctrine régionale.",
         "A FIR aid is paid over a period no longer than the regional doctrine's."},
        since_always, detail_fir::doctrine_date};
};
/// No payment before the step that opens the aid (and that step's date is given).
struct fir_opening_step {
    static constexpr rule_info info{
        "FIR.OPENING_STEP", rule_layer::regional_doctrine, legal::fir_start_up_aid,
        {"Aucun versement FIR n'a lieu avant l'étape de la procédure qui ouvre l'aide.",
         "No FIR payment is made before the step of the procedure that opens the aid."},
        since_always, detail_fir::doctrine_date};
};
/// A total above a lower amount the same doctrine also gives (ARS PACA: 25 000 € in its text, 20 000 € in
/// its template): a warning, so that both figures stay visible.
struct fir_amount_disputed {
    static constexpr rule_info info{
        "FIR.AMOUNT_DISPUTED", rule_layer::regional_doctrine, legal::fir_start_up_aid,
        {"Le total dépasse un montant plus bas que la même doctrine donne aussi : à vérifier auprès de l'ARS.",
         "The total exceeds a lower amount the same doctrine also gives: to check with the ARS."},
        since_always, detail_fir::doctrine_date, std::nullopt, severity::warning};
};

/// The rules of a FIR plan, for the generated rule reference.
inline constexpr std::array<const rule_info*, 6> fir_rules{&fir_doctrine_known::info, &fir_amount::info,      &fir_payments::info,
                                                           &fir_period::info,         &fir_opening_step::info, &fir_amount_disputed::info};

}  // namespace rules

namespace detail_fir_check {
[[nodiscard]] inline bilingual figure_text(const figure<euros>& f) {
    return bilingual{} << f.value.french_text() << " (" << f.id << ", " << std::string(1, letter(f.source.status)) << ")";
}
[[nodiscard]] inline bilingual figure_text(const figure<std::int64_t>& f) {
    return bilingual{} << f.value << " (" << f.id << ", " << std::string(1, letter(f.source.status)) << ")";
}
}  // namespace detail_fir_check

/// Checks a FIR plan for a structure of kind `kind` against the doctrine of `plan.region` in `figures`.
/// Payments after `as_of` count too: a plan is checked whole. Paths: region, payments[i], and the step's
/// field. Throws nothing but std::bad_alloc.
[[nodiscard]] inline validation check_fir_plan(const fir_plan& plan, structure_kind kind, date as_of,
                                               const parameters::figure_set& figures = parameters::national_figures) {
    (void)as_of;  // the doctrines have no date of effect yet: kept so that one can be added without changing callers
    validation out;
    const fir_doctrine* doctrine = figures.fir_doctrine_of(plan.region);
    const auto add = [&](const rule_info& r, location where, bilingual detail) { out.diagnostics.push_back(make_diagnostic(r, where, std::move(detail))); };
    // The figure a finding rests on (the Occitanie figures, U, make an error a warning that says so).
    const auto on = [&](const auto& f) { out.diagnostics.back().rest_on(use(f, std::nullopt)); };
    if (!doctrine) {
        bilingual known;
        for (std::size_t i = 0; i < figures.fir.size(); ++i) known << (i ? ", " : "") << figures.fir[i].region;
        add(rules::fir_doctrine_known::info, location::of("region"),
            bilingual{} << label{"aucune doctrine FIR pour la région « ", "no FIR doctrine for the region \""} << std::string_view{plan.region}
                        << label{" » (préréglages : ", "\" (presets: "} << known << label{") : le plan n'est pas vérifié", "): the plan is not checked"});
        return out;
    }
    for (const auto purpose : {fir_purpose::start_up, fir_purpose::methodological_support}) {
        std::vector<std::size_t> indices;
        for (std::size_t i = 0; i < plan.payments.size(); ++i)
            if (plan.payments[i].purpose == purpose) indices.push_back(i);
        if (indices.empty()) continue;
        const fir_aid_terms* aid = doctrine->aid(kind, purpose);
        if (!aid) {
            add(rules::fir_doctrine_known::info, location{"payments", indices.front(), "purpose"},
                bilingual{} << label{"la doctrine « ", "the doctrine \""} << doctrine->region << label{" » ne prévoit pas d'", "\" has no "} << name(purpose)
                            << label{" pour une ", " for a "} << acronym(kind) << label{" : ces versements ne sont pas vérifiés", ": these payments are not checked"});
            continue;
        }
        // Amount: the payment that crosses the ceiling, in order of date.
        std::vector<std::size_t> by_date = indices;
        std::stable_sort(by_date.begin(), by_date.end(), [&](std::size_t x, std::size_t y) { return plan.payments[x].paid < plan.payments[y].paid; });
        euros total{};
        std::optional<std::size_t> crossed;
        bool overflow = false;
        for (const auto i : by_date) {
            const auto sum = checked_add(total, plan.payments[i].amount);
            if (!sum) {
                overflow = true;
                crossed = crossed.value_or(i);
                break;
            }
            total = *sum;
            if (!crossed && aid->amount.value < total) crossed = i;
        }
        if (crossed)
            add(rules::fir_amount::info, location{"payments", *crossed, "amount"},
                bilingual{} << name(purpose) << label{" : ", ": "} << (overflow ? bilingual{"un total hors limites", "a total out of range"} : bilingual{} << total.french_text())
                            << label{" ; la doctrine « ", "; the doctrine \""} << doctrine->region << label{" » en accorde au plus ", "\" grants at most "}
                            << detail_fir_check::figure_text(aid->amount)),
                on(aid->amount);
        else if (aid->disputed && aid->disputed->value < total)
            add(rules::fir_amount_disputed::info, location{"payments", by_date.back(), "amount"},
                bilingual{} << name(purpose) << label{" : ", ": "} << total.french_text() << label{" ; la doctrine donne ", "; the doctrine gives "}
                            << detail_fir_check::figure_text(aid->amount) << label{" et aussi ", " and also "} << detail_fir_check::figure_text(*aid->disputed)
                            << " — " << aid->disputed->source.text),
                on(*aid->disputed);
        if (aid->payments && static_cast<std::int64_t>(indices.size()) > aid->payments->value)
            add(rules::fir_payments::info, location{"payments", by_date[static_cast<std::size_t>(aid->payments->value)], {}},
                bilingual{} << name(purpose) << label{" : ", ": "} << count(static_cast<long long>(indices.size()), nouns::payment)
                            << label{" ; la doctrine en permet au plus ", "; the doctrine allows at most "} << detail_fir_check::figure_text(*aid->payments)),
                on(*aid->payments);
        if (aid->months) {
            const date first = plan.payments[by_date.front()].paid;
            const date limit = add_months(first, std::chrono::months{aid->months->value});
            for (const auto i : by_date) {
                if (!(limit < plan.payments[i].paid)) continue;
                add(rules::fir_period::info, location{"payments", i, "paid"},
                    bilingual{} << name(purpose) << label{" : versement du ", ": a payment on "} << iso_text(plan.payments[i].paid)
                                << label{", plus de ", ", more than "} << detail_fir_check::figure_text(*aid->months)
                                << label{" mois après le premier (", " months after the first ("} << iso_text(first)
                                << label{") ; dernier jour possible : ", "); last possible day: "} << iso_text(limit));
                on(*aid->months);
                break;
            }
        }
        if (aid->opens_at) {
            const auto opened = plan.date_of(*aid->opens_at);
            if (!opened)
                add(rules::fir_opening_step::info, location::of(id(*aid->opens_at)),
                    bilingual{} << name(purpose) << label{" : la date de l'étape « ", ": the date of the step \""} << name(*aid->opens_at)
                                << label{" », qui ouvre l'aide, n'est pas donnée", "\", which opens the aid, is not given"});
            else
                for (const auto i : by_date) {
                    if (!(plan.payments[i].paid < *opened)) continue;
                    add(rules::fir_opening_step::info, location{"payments", i, "paid"},
                        bilingual{} << name(purpose) << label{" : versement du ", ": a payment on "} << iso_text(plan.payments[i].paid)
                                    << label{", avant la ", ", before the "} << name(*aid->opens_at) << label{" du ", " on "} << iso_text(*opened) << " ("
                                    << aid->opens_source.text << ")");
                }
        }
    }
    return out;
}

}  // namespace coordcare::funding
