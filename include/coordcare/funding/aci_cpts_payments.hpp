// coordcare — what an ACI CPTS contract pays, and when: the amount of a contract year from the achievement
// rate of each mission, and the payment schedule over the contract's term. Both are constexpr and return
// explained values: the amount (integer cents) and the figures they used, with their ids, dates of effect
// and certainty. The agreement [aci-cpts-2019] and its [aci-cpts-avenant-2]; docs/funding.md has the worked
// examples of the tests.
//
// The rhythm, from the Sénat report r25-032 [senat-r25-032] and ACI art. 9.1 as secondary sources cite it:
// - fonctionnement: the first year's envelope in full at signing; for each later year n, the advance share
//   (75 %) on the anniversary that opens it and the balance on the anniversary that closes it;
// - each mission's fixed part: on the day the mission starts, the advance share of the fixed part of that
//   contract year, prorated to the next anniversary (by days or months: the edition's PRORATION figure),
//   the balance on that anniversary; for each later year, the advance on the anniversary that opens it and
//   the balance on the one that closes it;
// - each mission's variable part: the signed variable part of the year × its achievement rate, on the
//   anniversary that closes the year (after the year's assessment), from the year the mission starts.
// A payment "on the anniversary that closes the year" is due after the year's assessment: the date shown is
// the earliest. A mission without a start date has no payment. A mission started before the signature
// counts from the signature. Every fraction is rounded to the nearest cent, halves away from zero (0,005 €
// → 0,01 €), once per payment; an advance and its balance add up exactly to the amount of the year.
#pragma once

#include <coordcare/funding/aci_cpts_contract.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>

namespace coordcare::funding {

// ---- Explained values ----------------------------------------------------------------------------

// used_figure (vocabulary/cited_figure.hpp) and use() (parameters/figure.hpp) are in the layers below; their
// names in this namespace are kept for the code of 0.2.
using coordcare::figure_unit;
using coordcare::used_figure;
using coordcare::use;

/// The figures a result used, each once, in the order they were first used.
struct provenance {
    std::array<used_figure, 8> items{};
    std::size_t count = 0;

    constexpr void add(const used_figure& f) {
        for (std::size_t i = 0; i < count; ++i)
            if (items[i].id == f.id) return;
        if (count < items.size()) items[count++] = f;
    }
    [[nodiscard]] constexpr const used_figure* begin() const noexcept { return items.data(); }
    [[nodiscard]] constexpr const used_figure* end() const noexcept { return items.data() + count; }
    /// True when a figure used is uncertain (U): the result is then uncertain too.
    [[nodiscard]] constexpr bool uncertain() const noexcept {
        for (const auto& f : *this)
            if (f.source.status == certainty::uncertain) return true;
        return false;
    }
    friend constexpr bool operator==(const provenance&, const provenance&) = default;
};

/// An amount with the figures it was computed with.
struct explained_amount {
    euros value{};
    provenance figures{};
    friend constexpr bool operator==(const explained_amount&, const explained_amount&) = default;
};

// ---- Achievement ---------------------------------------------------------------------------------

namespace detail_payments {
/// Reached when an achievement rate outside 0 to 100 % is built. Not constexpr: in a constant expression
/// the compiler stops here and names it.
inline void achievement_rate_outside_0_to_100_percent() {}
}  // namespace detail_payments

/// The share of a mission's variable part earned in a year, from 0 to 100 %, as the year's assessment
/// finds it. A rate outside that range is not representable: in a constant expression it does not
/// compile; at run time `of` returns nothing.
class achievement_rate {
public:
    constexpr achievement_rate() noexcept = default;
    constexpr explicit achievement_rate(percent p) : p_{p} {
        if (p < percent{} || percent::whole(100) < p) detail_payments::achievement_rate_outside_0_to_100_percent();
    }
    [[nodiscard]] static constexpr std::optional<achievement_rate> of(percent p) noexcept {
        if (p < percent{} || percent::whole(100) < p) return std::nullopt;
        return achievement_rate{p};
    }
    [[nodiscard]] constexpr percent value() const noexcept { return p_; }
    friend constexpr bool operator==(const achievement_rate&, const achievement_rate&) = default;

private:
    percent p_{};
};

/// The achievement rate of each mission in each contract year (0 % where not given).
struct achievement {
    std::array<std::array<achievement_rate, contract_years>, cpts_mission_table.size()> rates{};

    /// Every mission at `rate` every year.
    [[nodiscard]] static constexpr achievement uniform(achievement_rate rate) noexcept {
        achievement out;
        for (auto& m : out.rates) m.fill(rate);
        return out;
    }
    /// The rate of mission m in contract year `year` (1 to 5; 0 % for another year).
    [[nodiscard]] constexpr achievement_rate of(cpts_mission m, int year) const noexcept {
        if (year < 1 || year > static_cast<int>(contract_years)) return {};
        return rates[static_cast<std::size_t>(m)][static_cast<std::size_t>(year - 1)];
    }
    /// Sets the rate of mission m in contract year `year` (1 to 5; another year is ignored).
    constexpr void set(cpts_mission m, int year, achievement_rate r) noexcept {
        if (year < 1 || year > static_cast<int>(contract_years)) return;
        rates[static_cast<std::size_t>(m)][static_cast<std::size_t>(year - 1)] = r;
    }
    friend constexpr bool operator==(const achievement&, const achievement&) = default;
};

// ---- The contract's calendar ---------------------------------------------------------------------

/// The contract year (1 to term) a date falls in; 0 before the signature, term + 1 after the end.
[[nodiscard]] constexpr int contract_year_of(date signed_on, int term, date day) {
    if (day < signed_on) return 0;
    for (int n = 1; n <= term; ++n)
        if (day < anniversary(signed_on, n)) return n;
    return term + 1;
}

/// The share of contract year n that remains from `start` (inside it) to the year's end, as a fraction.
struct share {
    std::int64_t numerator;
    std::int64_t denominator;
};
[[nodiscard]] constexpr share remaining_share(date signed_on, int n, date start, proration_basis basis) {
    const date from = anniversary(signed_on, n - 1);
    const date to = anniversary(signed_on, n);
    if (!(from < start)) return {1, 1};
    if (basis == proration_basis::days) return {days_between(start, to), days_between(from, to)};
    // months: the months left, a started month counted whole
    int months = whole_months_between(start, to);
    if (add_months(start, std::chrono::months{months}) < to) ++months;
    return {months, 12};
}

namespace detail_payments {
/// The contract year a mission's payments start in (1 to term), or 0 when it does not start within the
/// term: the year it starts in, but not before the first year whose edition has it (a crisis mission
/// recorded as started before its contract came under avenant 2 is paid from that year).
template <class C>
[[nodiscard]] constexpr int start_year(const C& c, const contracted_mission& m, const contract_context& ctx) {
    if (!m.started) return 0;
    const date start = *m.started < c.signed_on ? c.signed_on : *m.started;
    const int y = contract_year_of(c.signed_on, c.term_years, start);
    if (y > c.term_years) return 0;
    const int from = due_of(c, m.mission, ctx).from_year;
    if (from == 0) return 0;
    return y < from ? from : y;
}
/// The day a mission's first paid year starts counting: its start, or the first day of that year when its
/// payments start later than it did.
template <class C>
[[nodiscard]] constexpr date paid_from(const C& c, const contracted_mission& m, int y0) {
    const date start = *m.started < c.signed_on ? c.signed_on : *m.started;
    const date first = anniversary(c.signed_on, y0 - 1);
    return start < first ? first : start;
}
/// The fixed part of mission m due for year n: prorated in its first year (by the proration of that year's
/// edition), nothing before it.
template <class C>
[[nodiscard]] constexpr std::optional<euros> fixed_due(const C& c, const contracted_mission& m, int n, const contract_context& ctx,
                                                       provenance& figures) {
    const int y0 = start_year(c, m, ctx);
    if (y0 == 0 || n < y0) return euros{};
    const euros fixed = m.years[static_cast<std::size_t>(n - 1)].fixed;
    if (n > y0) return fixed;
    const auto e = ctx.edition_of_year(c.signed_on, n);
    const auto s = remaining_share(c.signed_on, n, paid_from(c, m, y0), e->proration.value);
    if (s.numerator == s.denominator) return fixed;
    figures.add(use(e->proration, e->in_force_from));
    return checked_prorate(fixed, s.numerator, s.denominator);
}
template <class C>
[[nodiscard]] constexpr std::optional<euros> variable_due(const C& c, const contracted_mission& m, int n, const achievement& a,
                                                          const contract_context& ctx) {
    const int y0 = start_year(c, m, ctx);
    if (y0 == 0 || n < y0) return euros{};
    return checked_apply(a.of(m.mission, n).value(), m.years[static_cast<std::size_t>(n - 1)].variable);
}
}  // namespace detail_payments

/// What an amount computation can say instead of an amount.
enum class computation_error : unsigned char {
    no_edition,     ///< the contract is signed before the first edition of the ACI CPTS
    bad_year,       ///< the year asked is not a year of the contract
    overflow,       ///< an amount does not fit in 64-bit cents
    bad_term,       ///< the contract's term is not 1 to 5 years
    too_many_missions,  ///< more missions than the six of the ACI (a mission given twice): no schedule
};

/// An explained amount, or why there is none.
template <class T>
struct computed {
    std::optional<T> value;
    std::optional<computation_error> error;
    [[nodiscard]] constexpr explicit operator bool() const noexcept { return value.has_value(); }
    [[nodiscard]] constexpr const T& operator*() const { return *value; }
    [[nodiscard]] constexpr const T* operator->() const { return &*value; }
};

/// The amount a contract pays for contract year `year` (1 to its term): that year's fonctionnement, every
/// started mission's fixed part (prorated in its first year) and its variable part × the year's achievement
/// rate, under the edition of that year (contract_context::edition_of_year).
template <class Text, class Missions>
[[nodiscard]] constexpr computed<explained_amount> yearly_amount(const basic_aci_cpts_contract<Text, Missions>& c, int year,
                                                                 const achievement& a, const contract_context& ctx) {
    const auto at_signature = ctx.edition_of(c.signed_on);
    if (!at_signature) return {std::nullopt, computation_error::no_edition};
    if (c.term_years < 1 || c.term_years > static_cast<int>(contract_years)) return {std::nullopt, computation_error::bad_term};
    if (year < 1 || year > c.term_years) return {std::nullopt, computation_error::bad_year};
    explained_amount out{c.fonctionnement_of_year(year), {}};
    if (ctx.later_edition(c.signed_on, year)) {
        const auto e = ctx.edition_of_year(c.signed_on, year);
        out.figures.add(use(e->contracts_in_force, e->in_force_from));
    }
    for (const auto& m : c.missions) {
        const auto fixed = detail_payments::fixed_due(c, m, year, ctx, out.figures);
        const auto variable = detail_payments::variable_due(c, m, year, a, ctx);
        std::optional<euros> sum = fixed && variable ? checked_add(*fixed, *variable) : std::nullopt;
        if (sum) sum = checked_add(out.value, *sum);
        if (!sum) return {std::nullopt, computation_error::overflow};
        out.value = *sum;
    }
    return {out, std::nullopt};
}
/// The same with the figures of `figures` and every edition they hold (no date of the check).
template <class Text, class Missions>
[[nodiscard]] constexpr computed<explained_amount> yearly_amount(const basic_aci_cpts_contract<Text, Missions>& c, int year,
                                                                 const achievement& a,
                                                                 const parameters::figure_set& figures = parameters::national_figures) {
    return yearly_amount(c, year, a, contract_context{std::nullopt, &figures});
}

// ---- The payment schedule ------------------------------------------------------------------------

/// What a payment is for.
enum class payment_part : unsigned char {
    fonctionnement,          ///< the first year's fonctionnement, in full at signing
    fonctionnement_advance,  ///< the advance share of a later year's fonctionnement
    fonctionnement_balance,  ///< the rest of that year's fonctionnement
    fixed_advance,           ///< the advance share of a mission's fixed part (prorated in its first year)
    fixed_balance,           ///< the rest of that fixed part
    variable,                ///< a mission's variable part × its achievement rate
};
struct payment_part_entry {
    payment_part part;
    std::string_view id;
    label name;
};
inline constexpr std::array payment_part_table{
    payment_part_entry{payment_part::fonctionnement, "fonctionnement", {"Fonctionnement (à la signature)", "Fonctionnement (at signing)"}},
    payment_part_entry{payment_part::fonctionnement_advance, "fonctionnement_advance", {"Fonctionnement, avance", "Fonctionnement, advance"}},
    payment_part_entry{payment_part::fonctionnement_balance, "fonctionnement_balance", {"Fonctionnement, solde", "Fonctionnement, balance"}},
    payment_part_entry{payment_part::fixed_advance, "fixed_advance", {"Part fixe, avance", "Fixed part, advance"}},
    payment_part_entry{payment_part::fixed_balance, "fixed_balance", {"Part fixe, solde", "Fixed part, balance"}},
    payment_part_entry{payment_part::variable, "variable", {"Part variable", "Variable part"}},
};
[[nodiscard]] constexpr label name(payment_part p) noexcept { return detail::entry_of(payment_part_table, p, &payment_part_entry::part).name; }
[[nodiscard]] constexpr std::string_view id(payment_part p) noexcept { return detail::entry_of(payment_part_table, p, &payment_part_entry::part).id; }

/// One payment of a schedule.
struct payment {
    date due{};
    int year = 0;                         ///< the contract year it pays for (1 to the term)
    payment_part part{};
    std::optional<cpts_mission> mission{};  ///< for a mission's fixed or variable part
    euros amount{};
    friend constexpr bool operator==(const payment&, const payment&) = default;
};

/// The payments of a contract over its term, in order of date, with the figures used.
struct payment_schedule {
    /// At most: fonctionnement 1 + 2 a year after the first; a mission 3 a year (advance, balance, variable).
    static constexpr std::size_t capacity = 1 + 2 * (contract_years - 1) + cpts_mission_table.size() * 3 * contract_years;
    std::array<payment, capacity> items{};
    std::size_t count = 0;
    provenance figures{};
    const aci_cpts_edition* edition = nullptr;  ///< the edition at the signature (in the figure set given)
    /// The edition of each contract year (the first `term` are set): the advance share of a year is its edition's.
    std::array<const aci_cpts_edition*, contract_years> year_editions{};

    [[nodiscard]] constexpr const payment* begin() const noexcept { return items.data(); }
    [[nodiscard]] constexpr const payment* end() const noexcept { return items.data() + count; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return count; }
    /// The sum of every payment (schedule_payments makes sure it fits in 64-bit cents).
    [[nodiscard]] constexpr euros total() const {
        euros t{};
        for (const auto& p : *this) t = t + p.amount;
        return t;
    }
    /// The sum of the payments for contract year n.
    [[nodiscard]] constexpr euros total_of_year(int n) const {
        euros t{};
        for (const auto& p : *this)
            if (p.year == n) t = t + p.amount;
        return t;
    }
};

/// The payment schedule of a contract over its term, each year under its edition (contract_context::
/// edition_of_year). Payments of zero are left out.
template <class Text, class Missions>
[[nodiscard]] constexpr computed<payment_schedule> schedule_payments(const basic_aci_cpts_contract<Text, Missions>& c, const achievement& a,
                                                                     const contract_context& ctx) {
    const auto at_signature = ctx.edition_of(c.signed_on);
    if (!at_signature) return {std::nullopt, computation_error::no_edition};
    if (c.term_years < 1 || c.term_years > static_cast<int>(contract_years)) return {std::nullopt, computation_error::bad_term};
    if (static_cast<std::size_t>(std::distance(c.missions.begin(), c.missions.end())) > cpts_mission_table.size())
        return {std::nullopt, computation_error::too_many_missions};
    payment_schedule out;
    out.edition = &*at_signature;
    out.figures.add(use(at_signature->term_years, at_signature->in_force_from));
    const int term = c.term_years;
    for (int n = 1; n <= term; ++n) {
        const auto e = ctx.edition_of_year(c.signed_on, n);
        out.year_editions[static_cast<std::size_t>(n - 1)] = &*e;
        if (n > 1) out.figures.add(use(e->advance, e->in_force_from));
        if (ctx.later_edition(c.signed_on, n)) out.figures.add(use(e->contracts_in_force, e->in_force_from));
    }
    bool overflow = false;
    auto push = [&](date due, int year, payment_part part, std::optional<cpts_mission> m, std::optional<euros> amount) {
        if (!amount) {
            overflow = true;
            return;
        }
        if (*amount == euros{}) return;
        if (out.count == out.items.size()) {  // cannot happen with six missions at most; never written past the end
            overflow = true;
            return;
        }
        out.items[out.count++] = payment{due, year, part, m, *amount};
    };
    // An amount of year n split into its edition's advance share and the balance, which add up to it exactly.
    auto split_advance = [&](euros amount, int n) -> std::optional<std::pair<euros, euros>> {
        const auto advance = checked_apply(out.year_editions[static_cast<std::size_t>(n - 1)]->advance.value, amount);
        if (!advance) return std::nullopt;
        const auto balance = checked_sub(amount, *advance);
        if (!balance) return std::nullopt;
        return std::pair{*advance, *balance};
    };
    push(c.signed_on, 1, payment_part::fonctionnement, std::nullopt, c.fonctionnement_of_year(1));
    for (int n = 2; n <= term; ++n) {
        const auto parts = split_advance(c.fonctionnement_of_year(n), n);
        if (!parts) return {std::nullopt, computation_error::overflow};
        push(anniversary(c.signed_on, n - 1), n, payment_part::fonctionnement_advance, std::nullopt, parts->first);
        push(anniversary(c.signed_on, n), n, payment_part::fonctionnement_balance, std::nullopt, parts->second);
    }
    for (const auto& m : c.missions) {
        const int y0 = detail_payments::start_year(c, m, ctx);
        if (y0 == 0) continue;
        out.figures.add(use(out.year_editions[static_cast<std::size_t>(y0 - 1)]->advance, out.year_editions[static_cast<std::size_t>(y0 - 1)]->in_force_from));
        for (int n = y0; n <= term; ++n) {
            const auto fixed = detail_payments::fixed_due(c, m, n, ctx, out.figures);
            if (!fixed) return {std::nullopt, computation_error::overflow};
            const auto parts = split_advance(*fixed, n);
            if (!parts) return {std::nullopt, computation_error::overflow};
            const date from = detail_payments::paid_from(c, m, y0);
            const date opens = n == y0 && c.signed_on < from ? from : anniversary(c.signed_on, n - 1);
            const date closes = anniversary(c.signed_on, n);
            push(opens, n, payment_part::fixed_advance, m.mission, parts->first);
            push(closes, n, payment_part::fixed_balance, m.mission, parts->second);
            push(closes, n, payment_part::variable, m.mission, detail_payments::variable_due(c, m, n, a, ctx));
        }
    }
    if (overflow) return {std::nullopt, computation_error::overflow};
    // The total fits in 64-bit cents, so that total() and total_of_year() never overflow.
    std::optional<euros> total = euros{};
    for (const auto& p : out)
        if (total) total = checked_add(*total, p.amount);
    if (!total) return {std::nullopt, computation_error::overflow};
    std::sort(out.items.begin(), out.items.begin() + static_cast<std::ptrdiff_t>(out.count), [](const payment& x, const payment& y) {
        if (x.due != y.due) return x.due < y.due;
        if (x.year != y.year) return x.year < y.year;
        const int mx = x.mission ? static_cast<int>(*x.mission) : -1;
        const int my = y.mission ? static_cast<int>(*y.mission) : -1;
        if (mx != my) return mx < my;
        return x.part < y.part;
    });
    return {out, std::nullopt};
}
/// The same with the figures of `figures` and every edition they hold (no date of the check).
template <class Text, class Missions>
[[nodiscard]] constexpr computed<payment_schedule> schedule_payments(const basic_aci_cpts_contract<Text, Missions>& c, const achievement& a,
                                                                     const parameters::figure_set& figures = parameters::national_figures) {
    return schedule_payments(c, a, contract_context{std::nullopt, &figures});
}

}  // namespace coordcare::funding
