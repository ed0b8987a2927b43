// coordcare — replaying an event log: where a structure stands on a date, what is due next, what is late,
// and which events break the procedure. The replay reads the transition table (table.hpp) and the delays
// of the parameters layer; it counts them with delays.hpp. It is constexpr: a scenario can be checked in a
// static_assert (tests/static/procedures.cpp). Its result holds data only (stages, dates, rule pointers,
// indices into the log); `explain` (explain.hpp) turns it into diagnostics with their texts.
//
//   constexpr std::array log{procedure_event{procedure_event_kind::letter_filed, 2024y / January / 10d}, ...};
//   constexpr auto r = procedures::replay(structure_kind::cpts, log, 2024y / June / 1d);
//   r.current == stage::project_in_preparation;  r.findings.empty()
//
// What the replay decides (docs/procedures.md):
// - An event in a stage where the table has no transition for it is a finding of the rule the table gives
//   for that event, and is not applied: the replay goes on from the stage it was in.
// - Time moves the procedure by itself twice: a submitted CPTS project is deemed validated on its decision
//   day (delays.hpp), and a contract ends at its term. An event is applied after the delays that run out
//   on or before its date.
// - Events dated after the check's date have not happened yet as of that date: they are set aside, and one
//   note (PROCEDURE.FUTURE_EVENT) says how many; an event dated before the one listed above it is a finding
//   and is applied in the order of the log.
#pragma once

#include <coordcare/parameters/figure_set.hpp>
#include <coordcare/procedures/delays.hpp>
#include <coordcare/procedures/table.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace coordcare::procedures {

/// What a deadline of the replay is for.
enum class deadline_kind : unsigned char {
    letter_decision,     ///< CPTS: the ARS's decision on the letter of intent, after the CCOPD's opinion
    health_project,      ///< CPTS: the health project, after the letter's validation (recommended)
    project_decision,    ///< CPTS: the ARS's opposition, if any, to a submitted project (else deemed validated)
    mission_start,       ///< CPTS: a socle mission starts
    mission_deployment,  ///< CPTS: a socle mission is fully deployed
    follow_up,           ///< CPTS: the follow-up meeting of a contract year
    sisa,                ///< MSP: the SISA, after signing the ACI MSP
    contract_term,       ///< the contract's last day
};
struct deadline_kind_entry {
    deadline_kind kind;
    std::string_view id;
    label name;
};
inline constexpr std::array deadline_kind_table{
    deadline_kind_entry{deadline_kind::letter_decision, "letter_decision", {"décision sur la lettre d'intention", "decision on the letter of intent"}},
    deadline_kind_entry{deadline_kind::health_project, "health_project", {"projet de santé prêt", "health project ready"}},
    deadline_kind_entry{deadline_kind::project_decision, "project_decision",
                        {"fin du délai d'opposition (réputé validé ensuite)", "end of the delay of opposition (deemed validated after it)"}},
    deadline_kind_entry{deadline_kind::mission_start, "mission_start", {"démarrage de la mission", "start of the mission"}},
    deadline_kind_entry{deadline_kind::mission_deployment, "mission_deployment", {"déploiement de la mission", "deployment of the mission"}},
    deadline_kind_entry{deadline_kind::follow_up, "follow_up", {"réunion de suivi de l'année de contrat", "follow-up meeting of the contract year"}},
    deadline_kind_entry{deadline_kind::sisa, "sisa", {"constitution en SISA", "becoming a SISA"}},
    deadline_kind_entry{deadline_kind::contract_term, "contract_term", {"dernier jour du contrat", "last day of the contract"}},
};
[[nodiscard]] constexpr const deadline_kind_entry& entry(deadline_kind k) noexcept {
    return detail::entry_of(deadline_kind_table, k, &deadline_kind_entry::kind);
}

/// Where a deadline stands on the date of the replay.
enum class deadline_status : unsigned char {
    pending,    ///< open and not yet due
    suspended,  ///< open, its delay stopped (the ARS waits for complements): no due date until the answer
    met,        ///< done on or before its due date
    late,       ///< open and past its due date
    met_late,   ///< done after its due date
    lapsed,     ///< no longer asked: the procedure took another path (a rejection, an opposition, an early end)
    elapsed,    ///< a delay that acts by itself ran out (the project deemed validated, the contract at its term)
};
struct deadline_status_entry {
    deadline_status status;
    std::string_view id;
    label name;
};
inline constexpr std::array deadline_status_table{
    deadline_status_entry{deadline_status::pending, "pending", {"à venir", "pending"}},
    deadline_status_entry{deadline_status::suspended, "suspended", {"suspendu", "suspended"}},
    deadline_status_entry{deadline_status::met, "met", {"tenu", "met"}},
    deadline_status_entry{deadline_status::late, "late", {"en retard", "late"}},
    deadline_status_entry{deadline_status::met_late, "met_late", {"tenu en retard", "met late"}},
    deadline_status_entry{deadline_status::lapsed, "lapsed", {"sans objet", "lapsed"}},
    deadline_status_entry{deadline_status::elapsed, "elapsed", {"écoulé", "elapsed"}},
};
[[nodiscard]] constexpr const deadline_status_entry& entry(deadline_status s) noexcept {
    return detail::entry_of(deadline_status_table, s, &deadline_status_entry::status);
}

/// A deadline the procedure set, with where it comes from and where it stands.
struct deadline {
    deadline_kind kind{};
    const rule_info* rule = nullptr;          ///< the rule that asks for it (never null in a result)
    std::string_view figure_id;               ///< the figure whose delay it counts ("" for a mission's: the edition's table)
    /// That figure as a result cites it (its value, layer, source; for a mission a later edition adds, the
    /// edition's CONTRACTS_IN_FORCE figure, which the day the delay counts from rests on); id empty when none.
    used_figure figure{};
    std::int64_t months = 0;                  ///< the delay, in months
    certainty figure_certainty = certainty::confirmed;
    date opened_on{};                         ///< the day the delay started
    std::optional<std::size_t> opened_by{};   ///< the event that opened it (index in the log)
    std::optional<date> due{};                ///< its last day; empty while suspended
    deadline_status status = deadline_status::pending;
    std::optional<date> closed_on{};
    std::optional<std::size_t> closed_by{};   ///< the event that closed it
    std::optional<cpts_mission> mission{};    ///< for a mission's deadlines
    int period = 0;                           ///< for a follow-up: the contract year (1, 2, ...)
    std::int64_t suspended_days = 0;          ///< for a project decision: the days added by requests for complements (suspend)
    std::optional<date> restarted_on{};       ///< for a project decision: the receipt of the complements the delay started again from (restart)

    [[nodiscard]] constexpr bool open() const noexcept {
        return status == deadline_status::pending || status == deadline_status::suspended || status == deadline_status::late;
    }
    friend constexpr bool operator==(const deadline&, const deadline&) = default;
};

/// What a finding of the replay is about.
enum class finding_kind : unsigned char {
    out_of_order,          ///< the event has no transition from the stage the procedure is in
    departure,             ///< the step is taken, but departs from the path the doctrine expects (the law makes no condition of it)
    unknown_event,         ///< the event is not one of this procedure's
    chronology,            ///< dated before the event listed above it
    future_event,          ///< dated after the check's date
    mission_missing,       ///< a mission's event names no mission
    mission_unexpected,    ///< another event names a mission
    mission_not_in_edition,  ///< the mission is not one of the contract's edition
    mission_twice,         ///< the mission already started (or was already deployed)
    mission_not_started,   ///< deployed before it started
    early_deemed_validation,  ///< a deemed validation recorded before the delay ran out
    no_edition,            ///< a contract signed before any edition of its agreement
    sisa_twice,            ///< a second SISA registration
    deadline_missed,       ///< a deadline passed (still open) or met late
};

/// One finding: which rule, about which event or deadline, in which stage.
struct finding {
    finding_kind kind{};
    const rule_info* rule = nullptr;         ///< never null in a result
    std::optional<std::size_t> event{};      ///< the event (index in the log)
    std::optional<std::size_t> deadline{};   ///< the deadline (index in the result's deadlines)
    stage at{};                              ///< the stage the procedure was in
    date on{};                               ///< the event's date, or the deadline's due date
    std::optional<date> earlier{};           ///< for a chronology finding: the latest date listed above the event

    [[nodiscard]] constexpr severity level() const noexcept { return rule->level; }
    friend constexpr bool operator==(const finding&, const finding&) = default;
};

/// A change of stage, by an event or by time (no event).
struct stage_change {
    stage from{};
    stage to{};
    date on{};
    std::optional<std::size_t> event{};

    friend constexpr bool operator==(const stage_change&, const stage_change&) = default;
};

/// What a replay takes besides the log: the figures, the choices of delays, and the regional doctrine (its
/// procedure before a CPTS's project, and the delays of its own steps, which the figures hold by region).
struct replay_options {
    const parameters::figure_set* figures = &parameters::national_figures;
    delay_conventions conventions{};
    const regional_doctrine* doctrine = &doctrines::national;
};

/// Where a procedure stands on a date.
struct replay_result {
    structure_kind kind{};
    date as_of{};
    stage current{};
    std::optional<date> since{};  ///< when it entered the current stage (empty: never left the first)
    std::vector<stage_change> history{};
    std::vector<deadline> deadlines{};
    std::vector<finding> findings{};
    /// For a signed CPTS contract: the edition of the ACI at its signature.
    std::optional<std::string_view> edition{};
    /// The doctrine's procedure the log was replayed under, and the conventions of delays it used (a request
    /// for complements resolved to suspend or restart).
    cpts_procedure_doctrine procedure = cpts_procedure_doctrine::law;
    delay_conventions conventions{};
    /// The events dated after `as_of`, set aside (one PROCEDURE.FUTURE_EVENT note names the first).
    std::size_t events_after_as_of = 0;

    /// The number of findings of a severity.
    [[nodiscard]] constexpr std::size_t count(severity s) const noexcept {
        return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(), [s](const finding& f) { return f.level() == s; }));
    }
    /// True when no finding is an error.
    [[nodiscard]] constexpr bool ok() const noexcept { return count(severity::error) == 0; }
    /// The open deadlines (pending, suspended or late), by due date (suspended ones last), as indices into `deadlines`.
    [[nodiscard]] constexpr std::vector<std::size_t> open_deadlines() const {
        std::vector<std::size_t> out;
        for (std::size_t i = 0; i < deadlines.size(); ++i)
            if (deadlines[i].open()) out.push_back(i);
        std::sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
            const auto& x = deadlines[a].due;
            const auto& y = deadlines[b].due;
            if (x && y && *x != *y) return *x < *y;
            if (x.has_value() != y.has_value()) return x.has_value();
            return a < b;
        });
        return out;
    }
    /// The first deadline of the given kind (and mission), if the replay set one.
    [[nodiscard]] constexpr std::optional<std::size_t> find(deadline_kind k, std::optional<cpts_mission> m = std::nullopt, int period = 0) const {
        for (std::size_t i = 0; i < deadlines.size(); ++i)
            if (deadlines[i].kind == k && deadlines[i].mission == m && (period == 0 || deadlines[i].period == period)) return i;
        return std::nullopt;
    }
    /// True when the replay found `rule_id` (on any event or deadline).
    [[nodiscard]] constexpr bool has_finding(std::string_view rule_id) const noexcept {
        return std::any_of(findings.begin(), findings.end(), [&](const finding& f) { return f.rule->id.text() == rule_id; });
    }
};

namespace detail_replay {

class replayer {
public:
    constexpr replayer(structure_kind kind, std::span<const procedure_event> log, date as_of, const replay_options& options)
        : table_{table_of(kind)}, log_{log}, figures_{*options.figures},
          procedure_{options.doctrine->figures().cpts_procedure}, conventions_{options.conventions} {
        result_.kind = kind;
        result_.as_of = as_of;
        result_.current = table_.initial;
        result_.procedure = procedure_;
        if (conventions_.complements == complements_effect::by_doctrine)
            conventions_.complements =
                procedure_ == cpts_procedure_doctrine::letter_and_ccopd ? complements_effect::suspend : complements_effect::restart;
        result_.conventions = conventions_;
        // The delays of the region's own steps, if its procedure has them and the figures know them.
        if (procedure_ == cpts_procedure_doctrine::letter_and_ccopd)
            if (const auto* r = figures_.regional_procedure_of(options.doctrine->name)) {
                regional_ = *r;
                has_regional_ = true;
            }
    }

    constexpr replay_result run() && {
        std::optional<date> latest;
        std::size_t later = 0;  // events dated after the check: set aside, and said once
        for (std::size_t i = 0; i < log_.size(); ++i) {
            const auto& e = log_[i];
            if (result_.as_of < e.on) {
                if (later++ == 0) add_finding(finding_kind::future_event, rules::no_future_event::info, i, e.on);
                continue;
            }
            if (latest && e.on < *latest) {
                add_finding(finding_kind::chronology, rules::chronology::info, i, e.on);
                result_.findings.back().earlier = *latest;
            }
            if (!latest || *latest < e.on) latest = e.on;
            apply(i, e);
        }
        result_.events_after_as_of = later;
        advance(result_.as_of);
        finish();
        return std::move(result_);
    }

private:
    const procedure_table& table_;
    std::span<const procedure_event> log_;
    const parameters::figure_set& figures_;
    cpts_procedure_doctrine procedure_;
    delay_conventions conventions_;
    parameters::regional_procedure_figures regional_{};
    bool has_regional_ = false;
    replay_result result_{};

    // CPTS
    std::optional<std::size_t> letter_decision_{}, health_project_{}, project_decision_{}, contract_term_{}, sisa_{};
    std::vector<suspension> suspensions_{};
    bool validated_by_time_ = false;
    bool ended_by_time_ = false;
    std::optional<date> signed_on_{};
    std::optional<date> contract_end_{};  // first day no longer under the contract
    const aci_cpts_edition* edition_ = nullptr;
    bool has_edition_ = false;
    std::array<std::optional<date>, 6> started_{}, deployed_{};
    std::array<std::optional<std::size_t>, 6> start_deadline_{}, deployment_deadline_{};
    int follow_up_periods_ = 0;
    // MSP
    std::optional<date> sisa_on_{};

    /// The signed contract's dates, as the funding layer reads them (its editions by contract year).
    struct signed_contract {
        date signed_on;
        int term_years;
    };
    [[nodiscard]] constexpr signed_contract contract_dates() const {
        return {*signed_on_, has_edition_ ? static_cast<int>(edition_->term_years.value) : 1};
    }
    [[nodiscard]] constexpr funding::contract_context contract_ctx() const { return {result_.as_of, &figures_}; }

    constexpr void add_finding(finding_kind k, const rule_info& rule, std::optional<std::size_t> event, date on,
                               std::optional<std::size_t> deadline = std::nullopt) {
        result_.findings.push_back(finding{k, &rule, event, deadline, result_.current, on, std::nullopt});
    }

    constexpr void move_to(stage to, date on, std::optional<std::size_t> event) {
        if (to == result_.current) return;
        result_.history.push_back(stage_change{result_.current, to, on, event});
        result_.current = to;
        result_.since = on;
    }

    constexpr std::size_t open_deadline(deadline d) {
        result_.deadlines.push_back(d);
        return result_.deadlines.size() - 1;
    }

    /// Closes a deadline by an event: met, or met late.
    constexpr void close(std::optional<std::size_t>& index, date on, std::optional<std::size_t> event) {
        if (!index) return;
        auto& d = result_.deadlines[*index];
        if (d.open()) {
            d.status = d.due && *d.due < on ? deadline_status::met_late : deadline_status::met;
            d.closed_on = on;
            d.closed_by = event;
        }
        index.reset();
    }
    /// A deadline the procedure no longer asks for (it took another path on `on`): lapsed, unless it was
    /// already past due, which stays late.
    constexpr void lapse(std::optional<std::size_t>& index, date on) {
        if (!index) return;
        auto& d = result_.deadlines[*index];
        if (d.open() && !(d.due && *d.due < on)) {
            d.status = deadline_status::lapsed;
            d.closed_on = on;
        }
        index.reset();
    }

    [[nodiscard]] constexpr deadline months_deadline(deadline_kind k, const rule_info& rule, const figure<std::int64_t>& f, date from,
                                                      std::optional<std::size_t> event) const {
        deadline d;
        d.kind = k;
        d.rule = &rule;
        d.figure_id = f.id;
        d.figure = use(f, std::nullopt);
        d.months = f.value;
        d.figure_certainty = f.source.status;
        d.opened_on = from;
        d.opened_by = event;
        d.due = delay_end(from, f.value);
        return d;
    }

    constexpr void recompute_project_decision() {
        if (!project_decision_) return;
        auto& d = result_.deadlines[*project_decision_];
        d.due = suspended_delay_end(d.opened_on, d.months, suspensions_, conventions_);
        d.status = d.due ? deadline_status::pending : deadline_status::suspended;
        std::int64_t days = 0;
        for (const auto& s : suspensions_) days += suspended_days(s);
        const bool restart = conventions_.complements != complements_effect::suspend;
        d.suspended_days = restart ? 0 : days;
        d.restarted_on = restart && !suspensions_.empty() ? suspensions_.back().until : std::nullopt;
    }

    /// Lets time act up to and including `to`: deemed validation, follow-up periods, the contract's term.
    /// `decision` is true when the event about to be applied is the ARS's (a decision or a request for
    /// complements): dated on the delay's last day, it is in time whatever the day a silence takes effect.
    constexpr void advance(date to, bool decision = false) {
        if (result_.current == stage::project_submitted && project_decision_) {
            const auto& d = result_.deadlines[*project_decision_];
            if (d.due) {
                const date decided = decision_day(*d.due, conventions_);
                if (decided < to || (decided == to && !(decision && to <= *d.due))) {
                    auto& dd = result_.deadlines[*project_decision_];
                    dd.status = deadline_status::elapsed;
                    dd.closed_on = decided;
                    project_decision_.reset();
                    move_to(stage::project_validated, decided, std::nullopt);
                    validated_by_time_ = true;
                }
            }
        }
        if (signed_on_ && result_.kind == structure_kind::cpts && has_edition_) {
            const auto months = figures_.procedures.follow_up_months.value;
            while (months > 0 && result_.current == stage::contract_in_force) {
                const date start = delay_end(*signed_on_, months * follow_up_periods_);
                if (to < start || (contract_end_ && !(start < *contract_end_))) break;
                ++follow_up_periods_;
                deadline d = months_deadline(deadline_kind::follow_up, rules::cpts_follow_up::info, figures_.procedures.follow_up_months, start,
                                             std::nullopt);
                d.period = follow_up_periods_;
                d.due = add_days(delay_end(*signed_on_, months * follow_up_periods_), std::chrono::days{-1});
                if (contract_end_ && !(*d.due < *contract_end_)) d.due = add_days(*contract_end_, std::chrono::days{-1});
                open_deadline(d);
            }
        }
        if (result_.current == stage::contract_in_force && contract_end_ && *contract_end_ <= to) {
            if (contract_term_) {
                auto& d = result_.deadlines[*contract_term_];
                d.status = deadline_status::elapsed;
                d.closed_on = *contract_end_;
                contract_term_.reset();
            }
            lapse_contract_deadlines(*contract_end_);
            move_to(stage::contract_ended, *contract_end_, std::nullopt);
            ended_by_time_ = true;
        }
    }

    /// At the contract's end, what it still asked is no longer asked (but what was already late stays late).
    constexpr void lapse_contract_deadlines(date on) {
        for (auto& d : result_.deadlines) {
            if (!d.open() || (d.due && *d.due < on)) continue;
            if (d.kind == deadline_kind::mission_start || d.kind == deadline_kind::mission_deployment || d.kind == deadline_kind::follow_up) {
                d.status = deadline_status::lapsed;
                d.closed_on = on;
            }
        }
    }

    constexpr void apply(std::size_t i, const procedure_event& e) {
        using K = procedure_event_kind;
        if (!table_.knows(e.kind)) {
            add_finding(finding_kind::unknown_event, rules::event_kind::info, i, e.on);
            return;
        }
        const bool names_mission = coordcare::entry(e.kind).names_a_mission;
        if (names_mission && !e.mission) {
            add_finding(finding_kind::mission_missing, rules::event_mission::info, i, e.on);
            return;
        }
        if (!names_mission && e.mission && e.kind != K::amendment_signed) add_finding(finding_kind::mission_unexpected, rules::event_mission::info, i, e.on);

        const bool decision = e.kind == K::project_validated || e.kind == K::project_opposed || e.kind == K::complements_requested;
        advance(e.on, decision);

        // What time did already, recorded by the agency on or after its day, is a confirmation: a deemed
        // validation (or the ARS's letter of validation after the delay), the end of a contract at its term.
        if ((e.kind == K::project_deemed_validated || e.kind == K::project_validated) && result_.current == stage::project_validated &&
            validated_by_time_)
            return;
        if (e.kind == K::contract_ended && result_.current == stage::contract_ended && ended_by_time_) return;

        const auto step = table_.transition_index(result_.current, e.kind);
        if (!step) {
            add_finding(finding_kind::out_of_order, table_.rule_of(e.kind), i, e.on);
            return;
        }
        const auto& taken = table_.transitions[*step];
        const auto to = std::optional<stage>{taken.to};
        // Guards that read dates or data.
        if (e.kind == K::project_deemed_validated) {
            add_finding(finding_kind::early_deemed_validation, rules::cpts_project_decision::info, i, e.on, project_decision_);
            return;
        }
        if (e.kind == K::mission_started || e.kind == K::mission_deployed) {
            const auto m = static_cast<std::size_t>(*e.mission);
            if (!has_edition_ || funding::due_of(contract_dates(), *e.mission, contract_ctx()).from_year == 0) {
                add_finding(finding_kind::mission_not_in_edition, rules::event_mission::info, i, e.on);
                return;
            }
            auto& done = e.kind == K::mission_started ? started_[m] : deployed_[m];
            if (done) {
                add_finding(finding_kind::mission_twice, rules::event_mission::info, i, e.on);
                return;
            }
            if (e.kind == K::mission_deployed && (!started_[m] || e.on < *started_[m])) {
                add_finding(finding_kind::mission_not_started, funding::rules::contract_mission_deployed::info, i, e.on);
                return;
            }
            done = e.on;
            close(e.kind == K::mission_started ? start_deadline_[m] : deployment_deadline_[m], e.on, i);
        }
        if (e.kind == K::sisa_created) {
            if (sisa_on_) {
                add_finding(finding_kind::sisa_twice, rules::msp_sisa_once::info, i, e.on);
                return;
            }
            sisa_on_ = e.on;
            close(sisa_, e.on, i);
        }
        if (e.kind == K::contract_signed && result_.kind == structure_kind::cpts) {
            const auto in_force = figures_.aci_cpts_edition_on(e.on);
            if (!in_force) {
                add_finding(finding_kind::no_edition, funding::rules::contract_edition::info, i, e.on);
                return;
            }
            edition_ = in_force->value;
            has_edition_ = true;
        }

        // A step the doctrine does not expect is taken (the law makes no condition of it) and reported.
        if (result_.kind == structure_kind::cpts && taken.departs_under(procedure_)) add_finding(finding_kind::departure, *taken.departure, i, e.on);
        move_to(*to, e.on, i);
        validated_by_time_ = false;
        effects(i, e);
    }

    constexpr void effects(std::size_t i, const procedure_event& e) {
        using K = procedure_event_kind;
        const auto& f = figures_.procedures;
        switch (e.kind) {
            case K::ccopd_opinion:
                if (has_regional_)
                    letter_decision_ = open_deadline(months_deadline(deadline_kind::letter_decision, rules::cpts_letter_decision_delay::info,
                                                                     regional_.letter_decision_months, e.on, i));
                break;
            case K::letter_validated:
                close(letter_decision_, e.on, i);
                if (has_regional_)
                    health_project_ = open_deadline(months_deadline(deadline_kind::health_project, rules::cpts_health_project_delay::info,
                                                                    regional_.health_project_months, e.on, i));
                break;
            case K::letter_rejected: close(letter_decision_, e.on, i); break;
            case K::project_submitted:
                if (result_.kind != structure_kind::cpts) break;
                close(health_project_, e.on, i);
                lapse(letter_decision_, e.on);  // a project sent before the ARS answered the letter: the answer is no longer asked
                suspensions_.clear();
                project_decision_ = open_deadline(months_deadline(deadline_kind::project_decision, rules::cpts_project_decision::info,
                                                                  f.deemed_validation_months, e.on, i));
                break;
            case K::complements_requested:
                suspensions_.push_back(suspension{e.on, std::nullopt});
                recompute_project_decision();
                break;
            case K::complements_received:
                suspensions_.back().until = e.on;
                recompute_project_decision();
                break;
            case K::project_validated:
            case K::project_opposed: close(project_decision_, e.on, i); break;
            case K::contract_signed: contract_signed(i, e); break;
            case K::follow_up_meeting:
                for (auto& d : result_.deadlines)
                    if (d.kind == deadline_kind::follow_up && d.open() && d.opened_on <= e.on && d.due && e.on <= *d.due) {
                        d.status = deadline_status::met;
                        d.closed_on = e.on;
                        d.closed_by = i;
                    }
                break;
            case K::contract_ended:  // before its term (at the term, time ended it first)
                lapse(contract_term_, e.on);
                lapse_contract_deadlines(e.on);
                lapse(sisa_, e.on);
                contract_end_ = e.on;
                break;
            default: break;
        }
    }

    constexpr void contract_signed(std::size_t i, const procedure_event& e) {
        signed_on_ = e.on;
        if (result_.kind == structure_kind::msp) {
            const auto& msp = figures_.aci_msp_edition_on(e.on);
            if (!sisa_on_) {
                deadline d = months_deadline(deadline_kind::sisa, coordcare::rules::msp_aci_requires_sisa::info, msp.sisa_months, e.on, i);
                sisa_ = open_deadline(d);
            }
            return;
        }
        if (result_.kind != structure_kind::cpts) return;
        result_.edition = edition_->id;
        contract_end_ = delay_end(e.on, 12 * static_cast<std::int64_t>(edition_->term_years.value));
        deadline term;
        term.kind = deadline_kind::contract_term;
        term.rule = &funding::rules::contract_term::info;
        term.figure_id = edition_->term_years.id;
        term.figure = use(edition_->term_years, edition_->in_force_from);
        term.months = 12 * static_cast<std::int64_t>(edition_->term_years.value);
        term.figure_certainty = edition_->term_years.source.status;
        term.opened_on = e.on;
        term.opened_by = i;
        term.due = add_days(*contract_end_, std::chrono::days{-1});
        contract_term_ = open_deadline(term);
        // The socle missions of every edition the contract's years are under: those of the signature's edition
        // counted from the signature, those a later edition adds from the contract's first year under it.
        for (const auto& entry : cpts_mission_table) {
            const auto d = funding::due_of(contract_dates(), entry.mission, contract_ctx());
            if (d.from_year == 0 || !d.socle) continue;
            const auto& t = d.edition->terms(entry.mission);
            const auto m = static_cast<std::size_t>(entry.mission);
            auto mission_deadline = [&](deadline_kind k, const rule_info& rule, std::optional<int> months, std::optional<date> by) {
                deadline out;
                out.kind = k;
                out.rule = &rule;
                out.months = months.value_or(0);
                out.figure_certainty = t->source.status;
                if (d.later_edition) {  // counted from a day that rests on the edition's CONTRACTS_IN_FORCE figure
                    out.figure_id = d.edition->contracts_in_force.id;
                    out.figure = use(d.edition->contracts_in_force, d.edition->in_force_from);
                    out.figure_certainty = d.edition->contracts_in_force.source.status;
                }
                out.opened_on = d.counted_from;
                out.opened_by = i;
                out.due = by;
                out.mission = entry.mission;
                return out;
            };
            if (d.due.start_by && !started_[m])
                start_deadline_[m] = open_deadline(mission_deadline(deadline_kind::mission_start, funding::rules::contract_mission_started::info,
                                                                    t->start_within_months, d.due.start_by));
            if (d.due.deployed_by && !deployed_[m])
                deployment_deadline_[m] = open_deadline(mission_deadline(
                    deadline_kind::mission_deployment, funding::rules::contract_mission_deployed::info, t->deployed_within_months, d.due.deployed_by));
        }
    }

    /// On the date of the replay: open deadlines past due are late; each late one is a finding.
    constexpr void finish() {
        for (std::size_t i = 0; i < result_.deadlines.size(); ++i) {
            auto& d = result_.deadlines[i];
            if (d.status == deadline_status::pending && d.due && *d.due < result_.as_of) d.status = deadline_status::late;
            if (d.status == deadline_status::late || d.status == deadline_status::met_late)
                result_.findings.push_back(finding{finding_kind::deadline_missed, d.rule, d.closed_by, i, result_.current, *d.due, std::nullopt});
        }
    }
};

}  // namespace detail_replay

/// Replays the event log of a structure of kind `kind` as of `as_of`: its stage, its deadlines (met, late,
/// pending), and the findings, each naming its rule.
[[nodiscard]] constexpr replay_result replay(structure_kind kind, std::span<const procedure_event> log, date as_of,
                                             const replay_options& options = {}) {
    return detail_replay::replayer{kind, log, as_of, options}.run();
}

}  // namespace coordcare::procedures
