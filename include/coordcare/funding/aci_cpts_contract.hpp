// coordcare — the ACI CPTS contract (the tripartite contract a CPTS signs with its ARS and CPAM under the
// accord conventionnel interprofessionnel) as a value, and the rules it must satisfy. The edition of a
// contract is the one in force on its signature date (parameters/aci_cpts.hpp); its rules read that
// edition's figures: socle missions and their deadlines, the size by population, the fonctionnement
// envelope and the yearly maxima by size, the term ([aci-cpts-2019], [aci-cpts-avenant-2]; docs/funding.md).
//
// The rules are rule types, as for the structures: `validate_contract` checks a contract at run time and
// returns every violation; `make_constant_contract` checks a contract known at compile time, and a
// violation does not compile, naming the rule.
#pragma once

#include <coordcare/parameters/figure_set.hpp>
#include <coordcare/structures/constant.hpp>
#include <coordcare/vocabulary/effect_dates.hpp>
#include <coordcare/structures/validate.hpp>
#include <coordcare/vocabulary/legal_texts.hpp>

#include <boost/hana/contains.hpp>
#include <boost/hana/integral_constant.hpp>
#include <boost/hana/length.hpp>
#include <boost/hana/set.hpp>
#include <boost/hana/tuple.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace coordcare::funding {

/// The most contract years the value holds: the term of every edition known is five years.
inline constexpr std::size_t contract_years = 5;

/// What a contract signs for one mission and one contract year: the fixed part (means) and the variable
/// part (actions and results, paid by achievement).
struct mission_year {
    euros fixed;
    euros variable;

    // Spelled out: with the implicit ones, GCC 12 copies an element of a value-initialized
    // std::array<mission_year, N> in a constant expression as if it were uninitialized.
    constexpr mission_year() noexcept : fixed{}, variable{} {}
    constexpr mission_year(euros f, euros v) noexcept : fixed{f}, variable{v} {}
    friend constexpr bool operator==(const mission_year&, const mission_year&) = default;
};

/// Five years of zero amounts, written out: GCC 12 reads a value-initialized std::array<mission_year, N>
/// member of a constant (`years{}`) as a temporary it may not access.
inline constexpr std::array<mission_year, contract_years> no_amounts{mission_year{}, mission_year{}, mission_year{}, mission_year{},
                                                                     mission_year{}};
static_assert(contract_years == 5, "no_amounts writes out one zero year per contract year");

/// A mission of a contract: when it started and was fully deployed (if it was), and its amounts by
/// contract year (years[0] is the first year, from the signature to its first anniversary).
struct contracted_mission {
    cpts_mission mission{};
    std::optional<date> started{};
    std::optional<date> deployed{};
    std::array<mission_year, contract_years> years = no_amounts;
    friend constexpr bool operator==(const contracted_mission&, const contracted_mission&) = default;
};

/// No year with a fonctionnement of its own, written out (as no_amounts, for GCC 12's constant expressions).
inline constexpr std::array<std::optional<euros>, contract_years> same_fonctionnement_every_year{std::nullopt, std::nullopt, std::nullopt,
                                                                                                std::nullopt, std::nullopt};

/// An ACI CPTS contract. Text is std::string (run time) or std::string_view (constants); Missions a
/// container of contracted_mission.
template <class Text, class Missions>
struct basic_aci_cpts_contract {
    Text cpts{};                  ///< party: the CPTS (its name)
    Text cpam{};                  ///< party: the caisse primaire d'assurance maladie (CPAM)
    Text ars{};                   ///< party: the agence régionale de santé (ARS)
    legal_form form = legal_form::association_1901;  ///< the CPTS's legal form
    date signed_on{};
    std::optional<date> project_validated{};  ///< when the ARS validated the health project (or it was deemed validated)
    std::int64_t population = 0;  ///< the population of the territory covered, at the signature
    cpts_size size = cpts_size::one;  ///< the size the contract states
    int term_years = 5;
    euros fonctionnement{};       ///< the yearly fonctionnement (operating) envelope signed
    Missions missions{};
    /// The fonctionnement of a contract year where it is not `fonctionnement` (an amendment, the avenant 2's
    /// accelerator): fonctionnement_by_year[0] is the first year's.
    std::array<std::optional<euros>, contract_years> fonctionnement_by_year = same_fonctionnement_every_year;

    /// The fonctionnement of contract year n (1 to 5).
    [[nodiscard]] constexpr euros fonctionnement_of_year(int n) const noexcept {
        if (n < 1 || n > static_cast<int>(contract_years)) return fonctionnement;
        const auto& y = fonctionnement_by_year[static_cast<std::size_t>(n - 1)];
        return y ? *y : fonctionnement;
    }

    friend constexpr bool operator==(const basic_aci_cpts_contract&, const basic_aci_cpts_contract&) = default;
};

/// A contract read from a file or built at run time.
using aci_cpts_contract = basic_aci_cpts_contract<std::string, std::vector<contracted_mission>>;

/// The n-th anniversary of a signature (0: the signature itself); 29 February gives 28 February.
[[nodiscard]] constexpr date anniversary(date signed_on, int n) { return add_months(signed_on, std::chrono::months{12 * n}); }

/// What a contract's check knows besides the contract: the date it is made for (empty in a constant
/// expression: what is late cannot be said, what is recorded late can) and the figures in use.
///
/// Each contract year is under an edition of the ACI CPTS: the first year under the edition in force at the
/// signature; a later year under a later edition when that edition applies to the contracts in force (its
/// CONTRACTS_IN_FORCE figure) and took effect on or before the year's first day. The avenant 2's own clause
/// on the contracts already signed was not read: the health insurance says "La CPTS doit ainsi répondre
/// désormais à 4 missions socles obligatoires" [ameli-avenant-2-cpts] and the ARS PACA asks every CPTS for a
/// crisis plan "d'ici 2024" [ars-paca-plan-crise], hence ACI_CPTS.AVENANT_2.CONTRACTS_IN_FORCE = 1 (U); a
/// rulebook setting it to 0 keeps every contract under the edition of its signature (docs/funding.md).
struct contract_context {
    std::optional<date> as_of;
    const parameters::figure_set* figures = &parameters::national_figures;

    /// An edition, if any (a flag, not a null pointer: GCC 12 with -fsanitize=undefined does not evaluate a
    /// pointer's comparison with null in a constant expression).
    struct edition_ref {
        const aci_cpts_edition* edition = nullptr;
        bool found = false;
        [[nodiscard]] constexpr explicit operator bool() const noexcept { return found; }
        [[nodiscard]] constexpr const aci_cpts_edition* operator->() const noexcept { return edition; }
        [[nodiscard]] constexpr const aci_cpts_edition& operator*() const noexcept { return *edition; }
        [[nodiscard]] constexpr bool same(const edition_ref& other) const noexcept {
            return found == other.found && (!found || edition->id == other.edition->id);
        }
    };
    /// The edition of a contract signed on `day`, if any.
    [[nodiscard]] constexpr edition_ref edition_of(date day) const {
        const auto e = figures->aci_cpts_edition_on(day);
        if (!e) return {};
        return {e->value, true};
    }
    /// The first day of contract year n (1: the signature; n: the (n-1)-th anniversary).
    [[nodiscard]] static constexpr date first_day_of_year(date signed_on, int n) { return anniversary(signed_on, n - 1); }
    /// The edition contract year n (1 to the term) is under. A year that begins after the date of the check
    /// is under the editions in force on that date (a later one is not known yet).
    [[nodiscard]] constexpr edition_ref edition_of_year(date signed_on, int n) const {
        const auto at_signature = edition_of(signed_on);
        if (!at_signature || n <= 1) return at_signature;
        date day = first_day_of_year(signed_on, n);
        if (as_of && *as_of < day) day = *as_of < signed_on ? signed_on : *as_of;
        edition_ref out = at_signature;
        for (const auto& e : figures->aci_cpts)  // in order of their dates of effect
            if (at_signature->in_force_from < e.in_force_from && e.in_force_from <= day && e.contracts_in_force.value == 1) out = {&e, true};
        return out;
    }
    /// True when contract year n is under another edition than the signature's: what that edition asks then
    /// rests on its CONTRACTS_IN_FORCE figure.
    [[nodiscard]] constexpr bool later_edition(date signed_on, int n) const {
        return !edition_of_year(signed_on, n).same(edition_of(signed_on));
    }
    /// The first contract year (1 to `term`) whose edition has mission m (as a socle mission when
    /// `socle_only`), or 0 when none has.
    [[nodiscard]] constexpr int first_year_with(date signed_on, int term, cpts_mission m, bool socle_only) const {
        for (int n = 1; n <= term; ++n) {
            const auto e = edition_of_year(signed_on, n);
            if (e && e->terms(m) && (!socle_only || e->is_socle(m))) return n;
        }
        return 0;
    }
};

namespace detail_contract {
[[nodiscard]] consteval date ymd(int y, unsigned m, unsigned d) {
    return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}
inline constexpr date aci_in_force = ymd(2019, 8, 25);
inline constexpr source_note aci_date = parameters::aci_cpts_2019.date_source;
[[nodiscard]] inline std::string figure_note(const source_note& s) { return std::string(1, letter(s.status)); }
using coordcare::grouped_count;
/// The total a contract signs for one year, as the yearly maxima count it: fonctionnement plus every
/// mission's fixed and variable parts, but for the variable part of the crisis mission, which is paid only
/// for a crisis the ARS recognises. Our reading (U): published avenant-2 contracts sign 22 500 € fixed +
/// 67 500 € "si crise reconnue par l'ARS" for that mission, and one of them signs, without those 67 500 €,
/// exactly the 382 500 € the help desk gives as a size-2 maximum [guichet-cpts-faq-4].
template <class C>
[[nodiscard]] constexpr std::optional<euros> year_total(const C& c, std::size_t year) {
    euros total = c.fonctionnement_of_year(static_cast<int>(year) + 1);
    for (const auto& m : c.missions) {
        const auto with_fixed = checked_add(total, m.years[year].fixed);
        if (!with_fixed) return std::nullopt;
        const euros variable = m.mission == cpts_mission::crisis_response ? euros{} : m.years[year].variable;
        const auto with_variable = checked_add(*with_fixed, variable);
        if (!with_variable) return std::nullopt;
        total = *with_variable;
    }
    return total;
}
}  // namespace detail_contract

/// The deadlines of a mission of a contract: the dates by which it starts and is fully deployed, counted
/// from the signature; empty for a mission whose timing is the CPTS's choice.
struct mission_deadlines {
    std::optional<date> start_by;
    std::optional<date> deployed_by;
};
[[nodiscard]] constexpr mission_deadlines deadlines_of(const aci_cpts_edition& e, cpts_mission m, date signed_on) {
    mission_deadlines out;
    const auto& t = e.terms(m);
    if (!t) return out;
    if (t->start_within_months) out.start_by = add_months(signed_on, std::chrono::months{*t->start_within_months});
    if (t->deployed_within_months) out.deployed_by = add_months(signed_on, std::chrono::months{*t->deployed_within_months});
    return out;
}

/// What a contract owes for one mission: from which contract year and under which edition, and its
/// deadlines. A mission of the signature's edition counts from the signature; a socle mission that a later
/// edition adds to a contract already signed (the crisis mission of a contract signed before avenant 2)
/// counts from the first day of the contract's first year under that edition, by that edition's terms.
struct mission_due {
    int from_year = 0;            ///< the first contract year whose edition has the mission (as socle, if one has); 0: none in the term
    date counted_from{};          ///< the signature, or that year's first day
    contract_context::edition_ref edition{};  ///< that year's edition
    bool socle = false;           ///< a socle mission of that edition
    bool later_edition = false;   ///< that edition is not the signature's: what it asks rests on its CONTRACTS_IN_FORCE figure
    mission_deadlines due{};
};
template <class C>
[[nodiscard]] constexpr mission_due due_of(const C& c, cpts_mission m, const contract_context& ctx) {
    mission_due out;
    const int term = c.term_years < 1 ? 1 : c.term_years > static_cast<int>(contract_years) ? static_cast<int>(contract_years) : c.term_years;
    const int socle_year = ctx.first_year_with(c.signed_on, term, m, true);
    const int n = socle_year != 0 ? socle_year : ctx.first_year_with(c.signed_on, term, m, false);
    if (n == 0) return out;
    out.from_year = n;
    out.edition = ctx.edition_of_year(c.signed_on, n);
    out.socle = out.edition->is_socle(m);
    out.later_edition = ctx.later_edition(c.signed_on, n);
    out.counted_from = contract_context::first_day_of_year(c.signed_on, n);
    out.due = deadlines_of(*out.edition, m, out.counted_from);
    return out;
}

/// What a contract year's fonctionnement may reach: the envelope of the contract's size in the year's
/// edition, or its accelerated envelope in the first year under an edition that has an accelerator for a
/// contract signed early enough (avenant 2: the complement of its "accélérateur", a reading, U).
struct fonctionnement_ceiling {
    const figure<euros>* envelope = nullptr;  ///< set when found() (tested through found(): GCC 12 with -fsanitize=null
                                              ///< cannot compare a constant's address with nullptr at compile time)
    bool has_envelope = false;
    contract_context::edition_ref edition{};
    bool accelerated = false;
    bool later_edition = false;
    [[nodiscard]] constexpr bool found() const noexcept { return has_envelope; }
};
template <class C>
[[nodiscard]] constexpr fonctionnement_ceiling fonctionnement_ceiling_of(const C& c, int n, const contract_context& ctx) {
    fonctionnement_ceiling out;
    out.edition = ctx.edition_of_year(c.signed_on, n);
    if (!out.edition) return out;
    out.later_edition = ctx.later_edition(c.signed_on, n);
    out.envelope = &out.edition->fonctionnement_of(c.size);
    out.has_envelope = true;
    const bool first_year_under = n == 1 || !ctx.edition_of_year(c.signed_on, n - 1).same(out.edition);
    const auto& accelerated = out.edition->accelerated_fonctionnement_of(c.size);
    if (first_year_under && accelerated && out.edition->accelerator_signed_by && !(*out.edition->accelerator_signed_by < c.signed_on)) {
        out.envelope = &*accelerated;
        out.accelerated = true;
    }
    return out;
}

/// What governs one contract year: its dates, the edition it is under, its fonctionnement with the envelope
/// it is checked against, and the yearly maximum of its size with the total the maximum counts — every
/// figure a verdict on that year rests on, whether the year passes or not.
struct contract_year_terms {
    int year = 0;
    date from{};   ///< its first day (the signature, then an anniversary)
    date until{};  ///< the first day of the next year
    contract_context::edition_ref edition{};
    bool later_edition = false;  ///< under another edition than the signature's (rests on its CONTRACTS_IN_FORCE figure)
    euros fonctionnement{};
    fonctionnement_ceiling ceiling{};
    std::optional<figure<euros>> maximum{};  ///< the yearly maximum of the size in that edition; empty when not known
    std::optional<euros> total_at_full{};    ///< the year's total as the maximum counts it (detail_contract::year_total)
};
/// The terms of each year of the contract's term (1 to 5 years; none before the first edition).
template <class C>
[[nodiscard]] std::vector<contract_year_terms> year_terms(const C& c, const contract_context& ctx) {
    std::vector<contract_year_terms> out;
    if (!ctx.edition_of(c.signed_on) || c.term_years < 1) return out;
    const int term = c.term_years > static_cast<int>(contract_years) ? static_cast<int>(contract_years) : c.term_years;
    for (int n = 1; n <= term; ++n) {
        contract_year_terms t;
        t.year = n;
        t.from = contract_context::first_day_of_year(c.signed_on, n);
        t.until = contract_context::first_day_of_year(c.signed_on, n + 1);
        t.edition = ctx.edition_of_year(c.signed_on, n);
        t.later_edition = ctx.later_edition(c.signed_on, n);
        t.fonctionnement = c.fonctionnement_of_year(n);
        t.ceiling = fonctionnement_ceiling_of(c, n, ctx);
        t.maximum = t.edition->yearly_maximum_of(c.size);
        t.total_at_full = detail_contract::year_total(c, static_cast<std::size_t>(n - 1));
        out.push_back(t);
    }
    return out;
}

namespace rules {

/// The contract is signed under an edition of the ACI CPTS: on or after its date of effect.
struct contract_edition {
    static constexpr rule_info info{
        "CPTS.CONTRACT.EDITION", rule_layer::national_agreement, {legal::aci_cpts_2019, "", "", {certainty::stated, "arrêté du 21 août 2019 [aci-cpts-2019], [ars-paca-cdc-cpts]"}},
        {"Le contrat est signé sous une édition de l'ACI CPTS, à compter de son entrée en vigueur.",
         "The contract is signed under an edition of the ACI CPTS, on or after its date of effect."},
        since_always, {certainty::confirmed, "a contract signed before the ACI CPTS existed is under none, whenever it is checked"}};
    template <class C, class Report>
    static constexpr void check(const C& c, const contract_context& ctx, Report& report) {
        if (ctx.edition_of(c.signed_on)) return;
        report(location::of("signed_on")).because([&] {
            return bilingual{} << label{"signé le ", "signed on "} << iso_text(c.signed_on)
                               << label{", avant la première édition de l'ACI CPTS (", ", before the first edition of the ACI CPTS ("}
                               << iso_text(ctx.figures->aci_cpts[0].in_force_from) << ")";
        });
    }
};

/// The CPTS that signs is an association (CSP L.1434-12-1; the ACI is signed by the CPTS's legal person).
struct contract_association {
    static constexpr rule_info info{
        "CPTS.CONTRACT.ASSOCIATION", rule_layer::law, legal::csp_L1434_12_1,
        {"La CPTS qui signe le contrat ACI est constituée en association.", "The CPTS that signs the ACI contract is constituted as an association."},
        effect_dates::cpts_association, effect_dates::cpts_association_source};
    template <class C, class Report>
    static constexpr void check(const C& c, const contract_context&, Report& report) {
        if (is_association(c.form)) return;
        report(location::of("form")).because([&] {
            return bilingual{} << label{"la forme juridique est « ", "the legal form is \""} << name(c.form)
                               << label{" » ; seule une association signe le contrat", "\"; only an association signs the contract"};
        });
    }
};

/// The health project was validated by the ARS (or deemed validated) on or before the signature
/// ([ars-paca-cdc-cpts], étape 5: the tripartite contract follows the approval of the health project).
struct contract_project_validated {
    static constexpr rule_info info{
        "CPTS.CONTRACT.PROJECT_VALIDATED", rule_layer::national_agreement,
        {legal::aci_cpts_2019, "", "", {certainty::stated, "[ars-paca-cdc-cpts], étape 5: 'Dès l'approbation du projet de santé par le DG ARS ... le contrat tripartite ... est signé'; the ACI's article not identified"}},
        {"Le projet de santé de la CPTS est validé par l'ARS avant la signature du contrat.",
         "The CPTS's health project is validated by the ARS before the contract is signed."},
        detail_contract::aci_in_force, detail_contract::aci_date};
    template <class C, class Report>
    static constexpr void check(const C& c, const contract_context&, Report& report) {
        if (c.project_validated && *c.project_validated <= c.signed_on) return;
        report(location::of("project_validated")).because([&] {
            if (!c.project_validated)
                return bilingual{} << label{"aucune date de validation du projet de santé ; contrat signé le ",
                                            "no validation date of the health project; contract signed on "}
                                   << iso_text(c.signed_on);
            return bilingual{} << label{"projet validé le ", "project validated on "} << iso_text(*c.project_validated)
                               << label{", après la signature du ", ", after the signature on "} << iso_text(c.signed_on);
        });
    }
};

/// The size the contract states is the size of its population under its edition.
struct contract_size {
    static constexpr rule_info info{
        "CPTS.CONTRACT.SIZE", rule_layer::national_agreement,
        {legal::aci_cpts_2019, "", "", {certainty::stated, "the ACI's sizes by population [ars-paca-cdc-cpts], [paps-hdf-aci-cpts]"}},
        {"La taille du contrat est celle de la population couverte, selon les seuils de son édition.",
         "The contract's size is that of the population covered, by the thresholds of its edition."},
        detail_contract::aci_in_force, detail_contract::aci_date};
    template <class C, class Report>
    static constexpr void check(const C& c, const contract_context& ctx, Report& report) {
        const auto e = ctx.edition_of(c.signed_on);
        if (!e) return;
        if (c.population > 0 && e->sizes.size_of(c.population) == c.size) return;
        auto found = report(location::of(c.population > 0 ? "size" : "population")).because([&] {
            if (c.population <= 0)
                return bilingual{} << label{"population couverte : ", "population covered: "} << c.population
                                   << label{" ; elle est positive", "; it is positive"};
            return bilingual{} << label{"taille ", "size "} << number(c.size) << label{" pour ", " for "}
                               << detail_contract::grouped_count(c.population) << label{" habitants ; ", " inhabitants; "} << e->name
                               << label{" donne la taille ", " gives size "} << number(e->sizes.size_of(c.population))
                               << label{" (taille 2 dès ", " (size 2 from "} << detail_contract::grouped_count(e->sizes.size_2_from.value)
                               << label{", 3 dès ", ", 3 from "} << detail_contract::grouped_count(e->sizes.size_3_from.value)
                               << label{", 4 dès ", ", 4 from "} << detail_contract::grouped_count(e->sizes.size_4_from.value) << ")";
        });
        if (c.population > 0)
            for (const auto* t : e->sizes.decisive(c.population, c.size)) found.rests_on(use(*t, e->in_force_from));
    }
};

/// Every socle mission of the editions the contract's years are under is in the contract (a project
/// without them "ne pourra pas être reconnu comme CPTS et ne pourra pas être financé au titre de l'ACI"
/// [ars-paca-cdc-cpts]). A socle mission that a later edition adds (the crisis mission of a contract signed
/// before avenant 2) is missing once the day it was to start by has passed.
struct contract_socle_missions {
    static constexpr rule_info info{
        "CPTS.CONTRACT.SOCLE_MISSIONS", rule_layer::national_agreement,
        {legal::aci_cpts_2019, "", "", {certainty::stated, "the socle missions are due from every CPTS that signs [ars-idf-cpts], [ars-paca-cdc-cpts]"}},
        {"Le contrat comprend toutes les missions socles des éditions de l'ACI dont relèvent ses années.",
         "The contract includes every socle mission of the editions of the ACI its years are under."},
        detail_contract::aci_in_force, detail_contract::aci_date};
    template <class C, class Report>
    static constexpr void check(const C& c, const contract_context& ctx, Report& report) {
        const auto e = ctx.edition_of(c.signed_on);
        if (!e) return;
        for (const auto& entry : cpts_mission_table) {
            const auto m = entry.mission;
            bool present = false;
            for (const auto& x : c.missions) present = present || x.mission == m;
            if (present) continue;
            const auto d = due_of(c, m, ctx);
            if (d.from_year == 0 || !d.socle) continue;
            if (!d.later_edition) {
                report(location::of("missions")).because([&] {
                    return bilingual{} << label{"la mission socle « ", "the socle mission \""} << name(m) << label{" » manque ; ", "\" is missing; "}
                                       << e->name << label{", en vigueur à la signature du ", ", in force on the signature date "}
                                       << iso_text(c.signed_on) << label{", la demande", ", requires it"};
                });
                continue;
            }
            if (!ctx.as_of || !d.due.start_by || !(*d.due.start_by < *ctx.as_of)) continue;  // not due yet
            report(location::of("missions"))
                .because([&] {
                    return bilingual{} << label{"la mission socle « ", "the socle mission \""} << name(m) << label{" » manque ; ", "\" is missing; "}
                                       << d.edition->name << label{", dont relève le contrat depuis son année ", ", which the contract is under from its year "}
                                       << d.from_year << label{" (le ", " ("} << iso_text(d.counted_from)
                                       << label{"), la demande : elle devait démarrer au plus tard le ", "), requires it: it was to start by "}
                                       << iso_text(*d.due.start_by);
                })
                .rests_on(use(d.edition->contracts_in_force, d.edition->in_force_from));
        }
    }
};

/// Each mission of the contract is a mission of an edition its years are under, and appears once.
struct contract_mission_of_edition {
    static constexpr rule_info info{
        "CPTS.CONTRACT.MISSION_OF_EDITION", rule_layer::national_agreement,
        {legal::aci_cpts_2019, "", "", {certainty::stated, "the missions of each edition [ars-idf-cpts], [ars-paca-cdc-cpts], [ameli-avenant-2-cpts]"}},
        {"Chaque mission du contrat est une mission d'une édition de l'ACI dont relève une de ses années, une seule fois.",
         "Each mission of the contract is a mission of an edition of the ACI one of its years is under, once."},
        detail_contract::aci_in_force, detail_contract::aci_date};
    template <class C, class Report>
    static constexpr void check(const C& c, const contract_context& ctx, Report& report) {
        const auto e = ctx.edition_of(c.signed_on);
        if (!e) return;
        std::size_t i = 0;
        for (auto it = c.missions.begin(); it != c.missions.end(); ++it, ++i) {
            bool earlier = false;
            for (auto jt = c.missions.begin(); jt != it; ++jt) earlier = earlier || jt->mission == it->mission;
            if (earlier) {
                report(location{"missions", i, "mission"}).because([&, m = it->mission] {
                    return bilingual{} << label{"la mission « ", "the mission \""} << name(m) << label{" » figure deux fois", "\" appears twice"};
                });
                continue;
            }
            if (due_of(c, it->mission, ctx).from_year != 0) continue;
            const auto last = ctx.edition_of_year(c.signed_on, c.term_years < 1 ? 1 : c.term_years);
            report(location{"missions", i, "mission"}).because([&, m = it->mission] {
                auto b = bilingual{} << label{"la mission « ", "the mission \""} << name(m) << label{" » n'existe pas dans ", "\" is not in "} << e->name;
                if (!last.same(e)) b << label{" ni dans ", " nor in "} << last->name;
                return b;
            });
        }
    }
};

/// A mission that a later edition brings into a contract (the crisis mission of a contract signed before
/// avenant 2) is recorded as started on or after the first day of the contract's first year under that
/// edition: before it, the agreement did not fund it under this contract. A warning: the day a contract
/// comes under the later edition is a reading (CONTRACTS_IN_FORCE).
struct contract_mission_before_edition {
    static constexpr rule_info info{
        "CPTS.CONTRACT.MISSION_BEFORE_EDITION", rule_layer::national_agreement,
        {legal::aci_cpts_avenant_2, "", "", {certainty::uncertain, "the avenant's clause on the contracts in force was not read (docs/funding.md)"}},
        {"Une mission qu'une édition ultérieure ajoute au contrat démarre au plus tôt la première année du contrat sous cette édition.",
         "A mission a later edition adds to the contract starts no earlier than the contract's first year under that edition."},
        parameters::aci_cpts_avenant_2.in_force_from, parameters::aci_cpts_avenant_2.date_source, std::nullopt, severity::warning};
    template <class C, class Report>
    static constexpr void check(const C& c, const contract_context& ctx, Report& report) {
        if (!ctx.edition_of(c.signed_on)) return;
        std::size_t i = 0;
        for (auto it = c.missions.begin(); it != c.missions.end(); ++it, ++i) {
            const auto d = due_of(c, it->mission, ctx);
            if (d.from_year <= 1 || !d.later_edition || !it->started || !(*it->started < d.counted_from)) continue;
            report(location{"missions", i, "started"})
                .because([&, m = it->mission, when = *it->started] {
                    return bilingual{} << label{"mission « ", "mission \""} << name(m) << label{" » démarrée le ", "\" started on "} << iso_text(when)
                                       << label{", avant l'année ", ", before year "} << d.from_year
                                       << label{" du contrat, la première sous ", " of the contract, its first under "} << d.edition->name
                                       << label{" (le ", " ("} << iso_text(d.counted_from) << ")";
                })
                .rests_on(use(d.edition->contracts_in_force, d.edition->in_force_from));
        }
    }
};

/// The contract's term is the edition's (five years), and no amount is signed after it.
struct contract_term {
    static constexpr rule_info info{
        "CPTS.CONTRACT.TERM", rule_layer::national_agreement,
        {legal::aci_cpts_2019, "", "", {certainty::stated, "'Ce contrat est signé pour une durée de 5 ans' [ars-paca-cdc-cpts]"}},
        {"Le contrat est conclu pour la durée de son édition (cinq ans), sans montant au-delà.",
         "The contract is signed for its edition's term (five years), with no amount after it."},
        detail_contract::aci_in_force, detail_contract::aci_date};
    template <class C, class Report>
    static constexpr void check(const C& c, const contract_context& ctx, Report& report) {
        const auto e = ctx.edition_of(c.signed_on);
        if (!e) return;
        if (c.term_years != e->term_years.value)
            report(location::of("term_years"))
                .because([&] {
                    return bilingual{} << label{"durée de ", "term of "} << c.term_years << label{" ans ; ", " years; "} << e->name
                                       << label{" fixe ", " sets "} << e->term_years.value << label{" ans", " years"};
                })
                .rests_on(use(e->term_years, e->in_force_from));
        if (c.term_years < 1) return;  // no year at all: the term says it
        const int term = c.term_years;
        std::size_t i = 0;
        for (auto it = c.missions.begin(); it != c.missions.end(); ++it, ++i)
            for (std::size_t y = static_cast<std::size_t>(term); y < contract_years; ++y)
                if (it->years[y] != mission_year{})
                    report(location{"missions", i, "years"}).because([&, y] {
                        return bilingual{} << label{"des montants pour l'année ", "amounts for year "} << static_cast<int>(y + 1)
                                           << label{" d'un contrat de ", " of a contract of "} << c.term_years << label{" ans", " years"};
                    });
        for (std::size_t y = static_cast<std::size_t>(term); y < contract_years; ++y)
            if (c.fonctionnement_by_year[y])
                report(location{"fonctionnement_by_year", y, {}}).because([&, y] {
                    return bilingual{} << label{"un fonctionnement pour l'année ", "a fonctionnement for year "} << static_cast<int>(y + 1)
                                       << label{" d'un contrat de ", " of a contract of "} << c.term_years << label{" ans", " years"};
                });
    }
};

/// Each contract year's fonctionnement is within the envelope of the contract's size in the edition of
/// that year.
struct contract_fonctionnement {
    static constexpr rule_info info{
        "CPTS.CONTRACT.FONCTIONNEMENT", rule_layer::national_agreement,
        {legal::aci_cpts_2019, "art. 8 et 9.1", "", {certainty::stated, "the amounts of art. 8 were not read; the envelopes by size [guide-exercice-coordonne], [senat-r25-032]"}},
        {"Le fonctionnement de chaque année du contrat ne dépasse pas l'enveloppe de sa taille dans l'édition de cette année.",
         "Each contract year's fonctionnement does not exceed the envelope of its size in that year's edition."},
        detail_contract::aci_in_force, detail_contract::aci_date};
    template <class C, class Report>
    static constexpr void check(const C& c, const contract_context& ctx, Report& report) {
        if (!ctx.edition_of(c.signed_on)) return;
        const int term = c.term_years < 1 ? 1 : c.term_years > static_cast<int>(contract_years) ? static_cast<int>(contract_years) : c.term_years;
        std::string_view reported_figure{};
        euros reported_value{};
        for (int n = 1; n <= term; ++n) {
            const auto ceiling = fonctionnement_ceiling_of(c, n, ctx);
            if (!ceiling.found()) continue;
            const euros value = c.fonctionnement_of_year(n);
            if (euros{} <= value && value <= ceiling.envelope->value) continue;
            if (ceiling.envelope->id == reported_figure && value == reported_value) continue;  // the same excess, said once
            reported_figure = ceiling.envelope->id;
            reported_value = value;
            const bool own = c.fonctionnement_by_year[static_cast<std::size_t>(n - 1)].has_value();
            auto found = report(own ? location{"fonctionnement_by_year", static_cast<std::size_t>(n - 1), {}} : location::of("fonctionnement"))
                             .because([&, n, value] {
                                 return bilingual{} << label{"année ", "year "} << n << label{" : ", ": "} << value.french_text()
                                                    << label{" ; l'enveloppe de la taille ", "; the envelope of size "} << number(c.size)
                                                    << label{" sous ", " under "} << ceiling.edition->name
                                                    << (ceiling.accelerated ? label{" (accélérateur)", " (accelerator)"} : label{"", ""})
                                                    << label{" est de ", " is "} << ceiling.envelope->value.french_text() << " ("
                                                    << ceiling.envelope->id << ", " << detail_contract::figure_note(ceiling.envelope->source) << ")";
                             });
            found.rests_on(use(*ceiling.envelope, ceiling.edition->in_force_from));
            if (ceiling.later_edition) found.rests_on(use(ceiling.edition->contracts_in_force, ceiling.edition->in_force_from));
        }
    }
};

/// Each contract year, fonctionnement and missions at 100 % stay within the yearly maximum of the size in
/// the edition of that year, where it is known (2019: all sizes; avenant 2: sizes 2 and 4). The crisis
/// mission's variable part, paid only for a crisis the ARS recognises, is not counted (detail_contract::year_total says why).
struct contract_yearly_maximum {
    static constexpr rule_info info{
        "CPTS.CONTRACT.YEARLY_MAXIMUM", rule_layer::national_agreement,
        {legal::aci_cpts_2019, "", "", {certainty::stated, "maxima by size, all missions at 100 % [ars-idf-cpts], [qdm-2019-11-21-cpts]"}},
        {"Chaque année, le fonctionnement et les missions à 100 % (hors part variable de la mission de crise, due seulement pour une crise reconnue par l'ARS) restent dans le maximum annuel de la taille.",
         "Each year, fonctionnement and missions at 100 % (but the crisis mission's variable part, due only for a crisis the ARS recognises) stay within the size's yearly maximum."},
        detail_contract::aci_in_force, detail_contract::aci_date};
    template <class C, class Report>
    static constexpr void check(const C& c, const contract_context& ctx, Report& report) {
        if (!ctx.edition_of(c.signed_on)) return;
        for (std::size_t y = 0; y < contract_years; ++y) {
            const int n = static_cast<int>(y) + 1;
            const auto e = ctx.edition_of_year(c.signed_on, n);
            if (!e) continue;
            const auto& maximum = e->yearly_maximum_of(c.size);
            if (!maximum) continue;
            const auto total = detail_contract::year_total(c, y);
            if (total && *total <= maximum->value) continue;
            auto found = report(location::of("missions")).because([&, n, total] {
                return bilingual{} << label{"année ", "year "} << n << label{" : ", ": "}
                                   << (total ? total->french_text() : std::string{"> 92 233 720 368 547 758,07 €"})
                                   << label{" à 100 % ; le maximum de la taille ", " at 100 %; the maximum of size "} << number(c.size)
                                   << label{" sous ", " under "} << e->name << label{" est de ", " is "} << maximum->value.french_text() << " ("
                                   << maximum->id << ", " << detail_contract::figure_note(maximum->source) << ")";
            });
            found.rests_on(use(*maximum, e->in_force_from));
            if (ctx.later_edition(c.signed_on, n)) found.rests_on(use(e->contracts_in_force, e->in_force_from));
        }
    }
};

/// Each mission with a deadline starts by it: a recorded start after it, or no start when the check's
/// date is past it, is a violation. The deadline counts from the signature, or, for a socle mission a later
/// edition adds, from the contract's first year under that edition (due_of).
struct contract_mission_started {
    static constexpr rule_info info{
        "CPTS.CONTRACT.MISSION_STARTED", rule_layer::national_agreement,
        {legal::aci_cpts_2019, "", "", {certainty::stated, "the ACI's calendar of the missions [paps-hdf-aci-cpts]"}},
        {"Chaque mission démarre dans le délai de son édition, compté de la signature.",
         "Each mission starts within its edition's deadline, counted from the signature."},
        detail_contract::aci_in_force, detail_contract::aci_date};
    template <class C, class Report>
    static constexpr void check(const C& c, const contract_context& ctx, Report& report) {
        check_deadline<&mission_deadlines::start_by, &contracted_mission::started>(
            c, ctx, report, "started", label{" démarrée le ", " started on "}, label{" non démarrée au ", " not started as of "});
        // A mission started after the contract's end is no mission of it (an optional one has no deadline).
        if (c.term_years < 1 || !ctx.edition_of(c.signed_on)) return;
        const date end = add_months(c.signed_on, std::chrono::months{12 * c.term_years});
        std::size_t i = 0;
        for (auto it = c.missions.begin(); it != c.missions.end(); ++it, ++i)
            if (it->started && !(*it->started < end))
                report(location{"missions", i, "started"}).because([&, m = it->mission, when = *it->started] {
                    return bilingual{} << label{"mission « ", "mission \""} << name(m) << label{" » démarrée le ", "\" started on "}
                                       << iso_text(when) << label{", après la fin du contrat le ", ", after the contract's end on "} << iso_text(end);
                });
    }
    template <auto Deadline, auto Recorded, class C, class Report>
    static constexpr void check_deadline(const C& c, const contract_context& ctx, Report& report, std::string_view field, label done,
                                         label not_done) {
        if (!ctx.edition_of(c.signed_on)) return;
        std::size_t i = 0;
        for (auto it = c.missions.begin(); it != c.missions.end(); ++it, ++i) {
            const auto d = due_of(c, it->mission, ctx);
            const auto due = d.due.*Deadline;
            if (!due) continue;
            const auto& when = (*it).*Recorded;
            const bool late = when ? *due < *when : (ctx.as_of && *due < *ctx.as_of);
            if (!late) continue;
            auto found = report(location{"missions", i, field}).because([&, m = it->mission, due = *due, when] {
                auto b = bilingual{} << label{"mission « ", "mission \""} << name(m) << label{" »", "\""};
                if (when) b << done << iso_text(*when);
                else b << not_done << iso_text(*ctx.as_of);
                b << label{" ; échéance le ", "; due by "} << iso_text(due);
                if (d.later_edition)
                    b << label{" (comptée de l'année ", " (counted from year "} << d.from_year << label{" du contrat, la première sous ", " of the contract, its first under "}
                      << d.edition->name << ")";
                return b;
            });
            if (d.later_edition) found.rests_on(use(d.edition->contracts_in_force, d.edition->in_force_from));
        }
    }
};

/// Each mission with a deadline is fully deployed by it, and not before it started.
struct contract_mission_deployed {
    static constexpr rule_info info{
        "CPTS.CONTRACT.MISSION_DEPLOYED", rule_layer::national_agreement,
        {legal::aci_cpts_2019, "", "", {certainty::stated, "the ACI's calendar of the missions [paps-hdf-aci-cpts]"}},
        {"Chaque mission est pleinement déployée dans le délai de son édition, compté de la signature.",
         "Each mission is fully deployed within its edition's deadline, counted from the signature."},
        detail_contract::aci_in_force, detail_contract::aci_date};
    template <class C, class Report>
    static constexpr void check(const C& c, const contract_context& ctx, Report& report) {
        contract_mission_started::check_deadline<&mission_deadlines::deployed_by, &contracted_mission::deployed>(
            c, ctx, report, "deployed", label{" déployée le ", " deployed on "}, label{" non déployée au ", " not deployed as of "});
        std::size_t i = 0;
        for (auto it = c.missions.begin(); it != c.missions.end(); ++it, ++i)
            if (it->deployed && (!it->started || *it->deployed < *it->started))
                report(location{"missions", i, "deployed"}).because([&, m = it->mission] {
                    return bilingual{} << label{"mission « ", "mission \""} << name(m)
                                       << label{" » déployée sans date de démarrage antérieure", "\" deployed with no earlier start date"};
                });
    }
};

/// Every amount a contract signs is zero or more (the JSON reader refuses a negative one; this is for
/// contracts built in code).
struct contract_amounts {
    static constexpr rule_info info{
        "CPTS.CONTRACT.AMOUNTS", rule_layer::data_constraint, {legal::aci_cpts_2019, "", "", {certainty::confirmed, "an amount paid is not negative"}},
        {"Les montants signés (parts fixes et variables) sont positifs ou nuls.", "The amounts signed (fixed and variable parts) are zero or more."},
        since_always, {certainty::confirmed, "a constraint on the data"}};
    template <class C, class Report>
    static constexpr void check(const C& c, const contract_context&, Report& report) {
        std::size_t i = 0;
        for (auto it = c.missions.begin(); it != c.missions.end(); ++it, ++i)
            for (std::size_t y = 0; y < contract_years; ++y)
                if (it->years[y].fixed < euros{} || it->years[y].variable < euros{})
                    report(location{"missions", i, "years"}).because([&, y, amounts = it->years[y]] {
                        return bilingual{} << label{"année ", "year "} << static_cast<int>(y + 1) << label{" : part fixe ", ": fixed part "}
                                           << amounts.fixed.french_text() << label{", part variable ", ", variable part "}
                                           << amounts.variable.french_text();
                    });
    }
};

/// The rules of an ACI CPTS contract, in the order they are checked and documented.
using contract_rules =
    rule_list<contract_edition, contract_association, contract_project_validated, contract_size, contract_socle_missions,
              contract_mission_of_edition, contract_mission_before_edition, contract_term, contract_amounts, contract_fonctionnement,
              contract_yearly_maximum, contract_mission_started, contract_mission_deployed>;

}  // namespace rules

/// Checks a contract against the rules in force on `as_of`, with the figures of `figures` (the national
/// ones by default, or a rulebook's). Returns every violation; throws nothing but std::bad_alloc.
template <class Text, class Missions>
[[nodiscard]] validation validate_contract(const basic_aci_cpts_contract<Text, Missions>& c, date as_of,
                                           const parameters::figure_set& figures = parameters::national_figures) {
    validation out;
    const contract_context ctx{as_of, &figures};
    rules::contract_rules::for_each([&](auto rule_type) {
        using R = typename decltype(rule_type)::type;
        if (!in_force(R::info, as_of)) return;
        auto report = [&](const location& where) {
            out.diagnostics.push_back(make_diagnostic(R::info, where, {}));
            return coordcare::detail::recorded_finding{&out.diagnostics.back()};
        };
        R::check(c, ctx, report);
    });
    return out;
}

// ---- Contracts known at compile time ------------------------------------------------------------

/// An amount that belongs to one size of CPTS: the fonctionnement envelope of a size is one. A contract
/// of another size does not take it (CPTS.CONTRACT.SIZE).
template <cpts_size S>
struct sized_amount {
    euros value{};
    constexpr sized_amount() = default;
    constexpr explicit sized_amount(euros v) : value{v} {}
    template <cpts_size Other>
        requires(Other != S)
    constexpr sized_amount(sized_amount<Other>) {  // NOLINT: here to say why the conversion is refused
        static_assert(Other == S, "CPTS.CONTRACT.SIZE: an amount of one size of CPTS is used in a contract of another size");
    }
};

/// The fonctionnement envelope of size S in an edition, as an amount of that size.
template <cpts_size S>
[[nodiscard]] constexpr sized_amount<S> fonctionnement_envelope(const aci_cpts_edition& e) {
    return sized_amount<S>{e.fonctionnement_of(S).value};
}

/// A mission of a constant contract: the mission is a template argument, so that the contract's type
/// carries its set of missions.
template <cpts_mission M>
struct mission_literal {
    std::optional<date> started{};
    std::optional<date> deployed{};
    std::array<mission_year, contract_years> years = no_amounts;
};

/// Everything of a constant contract but its missions; S is its size.
template <cpts_size S>
struct constant_contract_header {
    std::string_view cpts{};
    std::string_view cpam{};
    std::string_view ars{};
    legal_form form = legal_form::association_1901;
    date signed_on{};
    std::optional<date> project_validated{};
    std::int64_t population = 0;
    int term_years = 5;
    sized_amount<S> fonctionnement{};
};

/// A contract known at compile time: its size and its set of missions are facts of its type.
template <cpts_size S, cpts_mission... M>
struct constant_aci_cpts_contract {
    static constexpr cpts_size size = S;
    /// The missions, as a Hana set of integral constants (a mission given twice does not compile).
    static constexpr auto missions = boost::hana::make_set(boost::hana::integral_c<cpts_mission, M>...);
    using data_type = basic_aci_cpts_contract<std::string_view, std::array<contracted_mission, sizeof...(M)>>;
    data_type data;
};

/// Whether the contract type C has mission M: has_mission_v<decltype(c), cpts_mission::crisis_response>.
template <class C, cpts_mission M>
inline constexpr bool has_mission_v = decltype(boost::hana::contains(std::remove_cvref_t<C>::missions,
                                                                     boost::hana::integral_c<cpts_mission, M>))::value;

namespace detail_contract {
template <cpts_mission... M>
consteval bool distinct() {
    constexpr cpts_mission list[] = {M...};
    for (std::size_t i = 0; i < sizeof...(M); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (list[i] == list[j]) return false;
    return true;
}
template <rule R, class C>
constexpr void check_one_constant(const C& c, const contract_context& ctx) {
    if constexpr (checked_on_constants<R>) {
        constant_report<R> report;
        R::check(c, ctx, report);
    }
}
template <class C, std::size_t... I>
constexpr void check_constant_rules(const C& c, std::index_sequence<I...>) {
    const contract_context ctx{std::nullopt, &parameters::national_figures};
    (check_one_constant<typename rules::contract_rules::template at<I>>(c, ctx), ...);
}
}  // namespace detail_contract

/// Builds and checks a constant contract with the national figures: a violation of a rule does not
/// compile, and names the rule. Without a date, a mission is late only if its recorded date is.
template <cpts_size S, cpts_mission... M>
[[nodiscard]] consteval constant_aci_cpts_contract<S, M...> make_constant_contract(const constant_contract_header<S>& h,
                                                                                    const mission_literal<M>&... missions) {
    static_assert(detail_contract::distinct<M...>(), "CPTS.CONTRACT.MISSION_OF_EDITION: a mission is given twice");
    // Checked before it is returned: GCC 12 does not see every violation in the object being returned.
    const typename constant_aci_cpts_contract<S, M...>::data_type data{
        h.cpts,       h.cpam, h.ars, h.form, h.signed_on, h.project_validated, h.population, S, h.term_years, h.fonctionnement.value,
        {contracted_mission{M, missions.started, missions.deployed, missions.years}...}};
    detail_contract::check_constant_rules(data, std::make_index_sequence<rules::contract_rules::size>{});
    return {data};
}

}  // namespace coordcare::funding
