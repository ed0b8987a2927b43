// coordcare — the report of a dossier's check: a plain value that says, for each structure, what its
// findings are (each diagnostic with the JSON pointer of its field in the dossier) and what each of its
// records computes to (a CPTS's contract year by year, an MSP's year under the ACI MSP, a FIR plan, direct
// access, a territory, a procedure), and the coverage of the departments the dossier's CPTS touch. Every
// number a renderer shows is in it: the text, HTML and JSON renderers only render it.
//
//   const auto r = coordcare::check(dossier, options);        // <coordcare/dossier/check.hpp>
//   r.valid()                                                 // no error, in any structure or coverage
//   r.structures[0].findings[0].pointer                       // "/structures/0/contract/missions/1"
//   r.structures[0].contract->years[2].fonctionnement          // the third contract year's, under its edition
//
// A report copies what it shows of the dossier and of the commune data; it refers to the figure set of its
// options (each contract year's edition, a FIR plan's doctrine, a remuneration's edition) and to the
// library's static tables (rules, references): keep a rulebook's figure set alive as long as its reports.
// The national figures are static.
#pragma once

#include <coordcare/funding/aci_cpts_territory.hpp>
#include <coordcare/dossier/dossier.hpp>
#include <coordcare/procedures/replay.hpp>
#include <coordcare/territory/coverage.hpp>
#include <coordcare/vocabulary/diagnostic.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace coordcare {

/// One finding of a check: a diagnostic, and the JSON pointer of the field it is about in the dossier
/// (RFC 6901, from the dossier's root: "/structures/2/fir_plan/payments/0/amount").
struct located_diagnostic {
    std::string pointer{};
    diagnostic d;
};

/// A mission of a contract (or that the editions of its years make due) with its deadlines and its state
/// on the date of the check. A socle mission a later edition adds counts from the contract's first year
/// under that edition.
struct mission_state {
    cpts_mission mission{};
    bool socle = false;
    bool in_contract = false;
    funding::mission_deadlines due{};
    std::optional<date> started{}, deployed{};
    bool start_late = false, deploy_late = false;
    int from_year = 0;               ///< the first contract year whose edition has it
    std::string_view edition{};      ///< that year's edition's id
    bool later_edition = false;      ///< that edition is not the signature's
    std::optional<date> counted_from{};
};

/// What the check computes of a CPTS's ACI contract.
struct contract_report {
    funding::aci_cpts_contract contract{};
    /// The edition in force at the signature (none: signed before the first edition).
    std::optional<in_force_value<const aci_cpts_edition*>> edition{};
    /// The size the contract's population gives under that edition.
    std::optional<cpts_size> size_by_population{};
    /// Each contract year: its edition, fonctionnement, envelope, maximum (the editions known on the check's date).
    std::vector<funding::contract_year_terms> years{};
    std::vector<mission_state> missions{};
    /// Some achievement rate was not given: the amounts count it at 100 % (0 % for the crisis mission).
    bool rates_assumed = false;
    /// The payment schedule, when the contract can be computed (none: see the errors).
    std::optional<funding::payment_schedule> schedule{};
    /// Each contract year's amount (by year, from 1), when the schedule exists.
    std::vector<std::optional<funding::explained_amount>> yearly_amounts{};
    /// Every figure the schedule and the yearly amounts rest on, each once (the schedule's first).
    std::vector<used_figure> figures_used{};
    [[nodiscard]] bool uncertain() const noexcept {
        for (const auto& f : figures_used)
            if (f.source.status == certainty::uncertain) return true;
        return false;
    }
};

/// What the check computes of an MSP's year under the ACI MSP.
struct msp_year_report {
    funding::msp_agreement agreement{};
    /// The year's points, euros, advance and balance (none: it cannot be computed, see the errors).
    std::optional<funding::msp_year_remuneration> remuneration{};
    /// An MSP that is not a SISA: the day by which it must become one, and the figure of that delay.
    std::optional<date> sisa_by{};
    std::optional<used_figure> sisa_months{};
};

/// What a FIR plan pays for one purpose, beside the doctrine's terms for it.
struct fir_aid_report {
    fir_purpose purpose{};
    euros planned_total{};
    std::size_t planned_payments = 0;
    std::optional<date> first_payment{}, last_payment{};
    /// The doctrine's terms for this kind of structure and purpose (none: the doctrine has no such aid).
    const fir_aid_terms* terms = nullptr;
    /// The figures of those terms (the amount, the payments, the months, the lower amount also given).
    std::vector<used_figure> figures_used{};
};

/// What the check says of a FIR plan.
struct fir_report {
    funding::fir_plan plan{};
    structure_kind kind{};
    /// The region's doctrine (none: no doctrine known, the plan is not checked).
    const fir_doctrine* doctrine = nullptr;
    /// One per purpose the plan pays or the doctrine has (start-up first).
    std::vector<fir_aid_report> aids{};
};

/// What the check counts of the sessions of direct access to a physiotherapist.
struct direct_access_report {
    practice::direct_access_record record{};
    std::int64_t sessions_without_diagnosis = 0;  ///< on or before the date of the check
    std::int64_t patients = 0;                    ///< the patients of those sessions
    used_figure max_sessions{};                   ///< the law's limit per patient
};

/// A department a territory touches, with its name in the commune data.
struct named_department {
    std::string code{};
    std::string name{};  ///< empty when the data has no name for it
};

/// What the check says of a CPTS's territory, counted in the commune data in force on the date of the check.
struct territory_report {
    territories::declared_territory declared{};
    std::size_t places_checked = 0;           ///< the places its codes name in the data
    bool complete = false;                    ///< every code names a place (otherwise the size is withheld)
    std::int64_t population = 0;
    std::size_t places_without_population = 0;
    std::string population_basis{};            ///< the data's, e.g. "population municipale (INSEE, ...)"
    int vintage = 0;                          ///< the COG vintage of the data
    std::string data_source{};                  ///< the data's own description
    std::vector<named_department> departments{};
    std::vector<std::string> regions{};
    /// The size of that population under the edition in force on the date of the check (none: incomplete).
    std::optional<territories::territory_size> size{};
    /// For a CPTS with a contract: the territory counted in the vintage in force at the signature.
    std::optional<funding::territory_population> at_signature{};
    bilingual at_signature_note{};  ///< why that vintage is not the signature year's own, if it is not
};

/// An event of a procedure's log as the report shows it.
struct procedure_event_report {
    procedure_event event{};
    bool after_as_of = false;  ///< dated after the check: set aside
    bool refused = false;      ///< the procedure does not accept it (a finding names it)
};

/// An item of a procedure that is late or out of the procedure: a deadline missed or met late, or an
/// event refused with an error.
struct late_item {
    bilingual text{};
    rule_id rule;
};

/// What the check says of a structure's procedure: its log replayed as of the date of the check.
struct procedure_report {
    std::vector<procedure_event_report> events{};
    procedures::replay_result result{};
    std::vector<late_item> late{};
};

/// The total one professional received in a calendar year from every CPTS of the dossier, as one CPTS's
/// report shows it: where each payment is in the dossier, and whether this CPTS made it.
struct indemnity_payment_report {
    std::string pointer{};  ///< "/structures/1/funding/indemnities/0"
    std::size_t structure = 0;
    date paid{};
    euros amount{};
};
struct indemnity_report {
    std::string professional{};
    std::optional<rpps_number> rpps{};
    int year = 0;
    euros total{};
    std::vector<indemnity_payment_report> payments{};
    used_figure ceiling{};
    bool over = false;
    std::size_t by_other_structures = 0;  ///< the payments another CPTS made
};

/// One structure of the dossier, checked.
struct structure_report {
    structure_kind kind{};
    std::string name{};
    std::string pointer{};  ///< "/structures/i"
    std::vector<located_diagnostic> findings{};
    std::optional<contract_report> contract{};
    std::optional<msp_year_report> msp_year{};
    std::optional<fir_report> fir{};
    std::optional<direct_access_report> direct_access{};
    std::optional<territory_report> territory{};
    std::optional<procedure_report> procedure{};
    /// The professionals' years this CPTS paid indemnities in (their totals over every CPTS).
    std::vector<indemnity_report> indemnities{};

    /// The number of findings of a severity.
    [[nodiscard]] std::size_t count(severity s) const noexcept {
        std::size_t n = 0;
        for (const auto& f : findings) n += f.d.level == s ? 1 : 0;
        return n;
    }
    /// True when no finding is an error.
    [[nodiscard]] bool valid() const noexcept { return count(severity::error) == 0; }
};

/// Places that the territories of several CPTS share, by their codes.
struct coverage_overlap_report {
    std::vector<std::size_t> structures;  ///< the structures (indices into dossier_report::structures)
    std::vector<std::string> places{};      ///< the places' codes
    std::int64_t population = 0;
};

/// The coverage of one department by the territories of a dossier's CPTS (when it has two or more).
struct department_coverage_report {
    std::string department{};
    bilingual name;  ///< "Var (83)"
    std::size_t places = 0;
    std::int64_t population = 0;
    std::size_t covered_places = 0;
    std::int64_t covered_population = 0;
    std::int64_t covered_basis_points = 0;
    std::vector<coverage_overlap_report> overlaps{};
    std::int64_t overlap_population = 0;
    std::vector<std::string> white_zone{};  ///< the codes of the places no territory covers
    std::int64_t white_zone_population = 0;
    std::vector<diagnostic> diagnostics{};
};

/// The commune data a check used.
struct commune_data_report {
    std::string source{};
    int vintage = 0;
    std::string integrity{};
};

/// What a check was run with.
struct report_context {
    date as_of{};
    std::string doctrine{};  ///< the regional doctrine's preset name
    std::string figures{};   ///< "national", or the rulebook's name
    /// The figure set is a what-if rulebook's: its verdicts are a simulation's, not the law's.
    bool what_if = false;
    std::vector<std::string> law_figures_replaced{};  ///< by that rulebook (certainty C figures)
    std::optional<commune_data_report> communes{};    ///< none: the territory checks were skipped
    procedures::delay_conventions conventions{};
};

/// The report of a dossier's check.
struct dossier_report {
    report_context context{};
    std::vector<structure_report> structures{};
    std::vector<department_coverage_report> coverage{};
    /// What the check could not do, and why (no commune data: the territory checks skipped).
    std::vector<bilingual> notes{};

    /// The number of structures without an error.
    [[nodiscard]] std::size_t valid_structures() const noexcept {
        std::size_t n = 0;
        for (const auto& s : structures) n += s.valid() ? 1 : 0;
        return n;
    }
    /// The number of findings of a severity over every structure (the coverage's apart).
    [[nodiscard]] std::size_t count(severity s) const noexcept {
        std::size_t n = 0;
        for (const auto& x : structures) n += x.count(s);
        return n;
    }
    /// The number of the coverage's findings.
    [[nodiscard]] std::size_t coverage_findings() const noexcept {
        std::size_t n = 0;
        for (const auto& c : coverage) n += c.diagnostics.size();
        return n;
    }
    /// True when no structure has an error and no coverage finding is an error.
    [[nodiscard]] bool valid() const noexcept {
        if (valid_structures() != structures.size()) return false;
        for (const auto& c : coverage)
            for (const auto& d : c.diagnostics)
                if (d.level == severity::error) return false;
        return true;
    }
};

}  // namespace coordcare
