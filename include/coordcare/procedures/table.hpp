// coordcare — the procedures as data: for each kind of structure, a transition table `stage + event = stage`
// in the manner of Boost.SML, written once and read by everything else — the run-time replay of an event
// log (replay.hpp), the typed path that makes a forbidden step fail to compile (path.hpp), and the diagrams
// of docs/procedures.md (diagram.hpp).
//
// The law knows one step before the contract: the health project, sent to the ARS and "réputé validé" unless
// its director general opposes within two months (CSP L.1434-12). The letter of intent, the CCOPD and their
// delays are the regions' own (ARS PACA's letter and CCOPD [ars-paca-cdc-cpts]; ARS Île-de-France's letter
// validated without a CCOPD [ars-idf-cpts]). The CPTS table holds every path; a step that departs from the
// path a doctrine expects (a project sent without a validated letter, under PACA's) is applied — the law
// makes no condition of it, and the delay runs — and reported as a warning of the doctrine's rule.
//
// Each event a procedure knows comes with the rule that says when it may happen; an event in a stage
// where the table has no transition for it breaks that rule. Guards that depend on dates (a contract
// signed before the project was validated, an opposition after the delay ran out) are checked by the
// replay with the same rules; the delays are figures of the parameters layer.
//
//   procedures::table_of(structure_kind::cpts).next(stage::project_submitted, procedure_event_kind::project_opposed)
//       == stage::project_opposed
//   procedures::table_of(structure_kind::cpts).rule_of(procedure_event_kind::contract_signed).id
//       == "CPTS.CONTRACT.PROJECT_VALIDATED"
#pragma once

#include <coordcare/funding/aci_cpts_contract.hpp>
#include <coordcare/funding/aci_msp.hpp>
#include <coordcare/parameters/procedures.hpp>
#include <coordcare/structures/rules/msp.hpp>
#include <coordcare/vocabulary/legal_texts.hpp>
#include <coordcare/vocabulary/procedure_events.hpp>
#include <coordcare/vocabulary/structure_kinds.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace coordcare::procedures {

/// Where a structure stands in its procedure. Each procedure uses some of these stages.
enum class stage : unsigned char {
    initiative,              ///< professionals gather; nothing is filed yet
    letter_filed,            ///< CPTS: the letter of intent is with the ARS delegation
    letter_examined,         ///< CPTS: the CCOPD gave its opinion; the ARS's decision is awaited
    letter_rejected,         ///< CPTS: the letter was rejected (a new one may be filed)
    project_in_preparation,  ///< CPTS: the letter is validated (FIR aid unlocked); the health project is being written
    project_submitted,       ///< the health project is with the ARS (for a CPTS: the two-month delay runs)
    complements_requested,   ///< CPTS: the ARS asked for complements; the delay is suspended
    project_validated,       ///< the health project is validated (expressly, or deemed so at the end of the delay)
    project_opposed,         ///< CPTS: the ARS director general opposed (a new project may be submitted)
    commitment_sent,         ///< CDS: the commitment of conformity is with the ARS
    receipt_issued,          ///< CDS: the ARS's receipt authorises care to insured patients
    centre_open,             ///< CDS: the centre is open
    contract_in_force,       ///< the contract is signed and runs
    contract_ended,          ///< the contract reached its term or was ended
};

struct stage_entry {
    stage value;
    std::string_view id;  ///< exchange id (JSON, diagrams)
    label name;
};
inline constexpr std::array stage_table{
    stage_entry{stage::initiative, "initiative", {"initiative", "initiative"}},
    stage_entry{stage::letter_filed, "letter_filed", {"lettre d'intention déposée", "letter of intent filed"}},
    stage_entry{stage::letter_examined, "letter_examined", {"lettre examinée en CCOPD", "letter examined by the CCOPD"}},
    stage_entry{stage::letter_rejected, "letter_rejected", {"lettre d'intention rejetée", "letter of intent rejected"}},
    stage_entry{stage::project_in_preparation, "project_in_preparation",
                {"projet de santé en préparation", "health project in preparation"}},
    stage_entry{stage::project_submitted, "project_submitted", {"projet de santé transmis", "health project submitted"}},
    stage_entry{stage::complements_requested, "complements_requested", {"compléments demandés", "complements requested"}},
    stage_entry{stage::project_validated, "project_validated", {"projet de santé validé", "health project validated"}},
    stage_entry{stage::project_opposed, "project_opposed", {"opposition au projet de santé", "health project opposed"}},
    stage_entry{stage::commitment_sent, "commitment_sent", {"engagement de conformité transmis", "commitment of conformity sent"}},
    stage_entry{stage::receipt_issued, "receipt_issued", {"récépissé délivré", "receipt issued"}},
    stage_entry{stage::centre_open, "centre_open", {"centre ouvert", "centre open"}},
    stage_entry{stage::contract_in_force, "contract_in_force", {"contrat en cours", "contract in force"}},
    stage_entry{stage::contract_ended, "contract_ended", {"contrat terminé", "contract ended"}},
};
[[nodiscard]] constexpr const stage_entry& entry(stage s) noexcept { return detail::entry_of(stage_table, s, &stage_entry::value); }
[[nodiscard]] constexpr std::string_view id(stage s) noexcept { return entry(s).id; }
[[nodiscard]] constexpr label name(stage s) noexcept { return entry(s).name; }

// ---- The rules of the procedures ---------------------------------------------------------------------
// Each says when an event may happen (its stage, and the dates the replay compares), or what a delay asks.
// The contract's own rules (CPTS.CONTRACT.PROJECT_VALIDATED, .MISSION_STARTED, .MISSION_DEPLOYED,
// MSP.AGREEMENT.PROJECT_VALIDATED, MSP.ACI.SISA) are the guards of the steps they govern: one rule, one id.
namespace rules {
namespace detail_procedure {
// Each rule takes its date of effect from the figures of its layer (parameters/procedures.hpp).
inline constexpr source_note law_date = parameters::cpts_procedure.date_source;
inline constexpr date law_from = parameters::cpts_procedure.in_force_from;
inline constexpr source_note region_date = parameters::regional_procedures[0].date_source;
inline constexpr date region_from = parameters::regional_procedures[0].in_force_from;
inline constexpr source_note aci_date = parameters::aci_cpts_2019.date_source;
inline constexpr date aci_from = parameters::aci_cpts_2019.in_force_from;
inline constexpr source_note data_date{certainty::confirmed, "a property of an event log: holds at every date"};
}  // namespace detail_procedure

/// An event log is in date order.
struct chronology {
    static constexpr rule_info info{
        "PROCEDURE.CHRONOLOGY", rule_layer::data_constraint, legal::event_log_format,
        {"Les événements d'une procédure sont datés dans l'ordre où ils sont inscrits.", "A procedure's events are dated in the order they are listed."},
        since_always, detail_procedure::data_date};
};
/// An event dated after the check's date is set aside (a note: checking a log as of a past date is normal).
struct no_future_event {
    static constexpr rule_info info{
        "PROCEDURE.FUTURE_EVENT", rule_layer::data_constraint, legal::event_log_format,
        {"Un événement daté après la date de la vérification n'a pas encore eu lieu à cette date : il n'est pas pris en compte.",
         "An event dated after the date of the check has not happened yet as of that date: it is set aside."},
        since_always, detail_procedure::data_date, std::nullopt, severity::note};
};
/// An event belongs to the procedure of the structure it is recorded for.
struct event_kind {
    static constexpr rule_info info{
        "PROCEDURE.EVENT_KIND", rule_layer::data_constraint, legal::event_log_format,
        {"Un événement appartient à la procédure de la structure pour laquelle il est inscrit.",
         "An event belongs to the procedure of the structure it is recorded for."},
        since_always, detail_procedure::data_date};
};
/// The events of one mission name it, and name a mission of an edition the contract's years are under; other
/// events name none.
struct event_mission {
    static constexpr rule_info info{
        "PROCEDURE.EVENT_MISSION", rule_layer::data_constraint,
        {legal::aci_cpts_2019, "", "", {certainty::stated, "the missions of each edition of the ACI CPTS [ars-idf-cpts], [ameli-avenant-2-cpts]"}},
        {"Un événement de mission nomme une mission d'une édition dont relève le contrat ; les autres événements n'en nomment pas.",
         "A mission's event names a mission of an edition the contract is under; other events name none."},
        since_always, detail_procedure::data_date};
};
/// CPTS, a region's doctrine: a letter of intent opens the steps before the project; a new one may follow a rejection.
struct cpts_letter_of_intent {
    static constexpr rule_info info{
        "PROCEDURE.CPTS.LETTER_OF_INTENT", rule_layer::regional_doctrine, legal::ars_cpts_letter_of_intent,
        {"Dans la doctrine régionale, la démarche d'une CPTS s'ouvre par une lettre d'intention ; une nouvelle lettre peut suivre un rejet.",
         "Under the regional doctrine, a CPTS's procedure opens with a letter of intent; a new letter may follow a rejection."},
        detail_procedure::region_from, detail_procedure::region_date, std::nullopt, severity::warning};
};
/// CPTS, ARS PACA: the CCOPD gives its opinion on a letter of intent filed, before the ARS decides.
struct cpts_ccopd {
    static constexpr rule_info info{
        "PROCEDURE.CPTS.CCOPD", rule_layer::regional_doctrine, legal::paca_cpts_procedure,
        {"La CCOPD rend son avis sur une lettre d'intention déposée, avant la décision de l'ARS.",
         "The CCOPD gives its opinion on a letter of intent that was filed, before the ARS decides."},
        detail_procedure::region_from, detail_procedure::region_date, std::nullopt, severity::warning};
};
/// CPTS, a region's doctrine: the ARS validates or rejects a letter of intent filed.
struct cpts_letter_decision {
    static constexpr rule_info info{
        "PROCEDURE.CPTS.LETTER_DECISION", rule_layer::regional_doctrine, legal::ars_cpts_letter_of_intent,
        {"L'ARS valide ou rejette une lettre d'intention déposée.", "The ARS validates or rejects a letter of intent that was filed."},
        detail_procedure::region_from, detail_procedure::region_date, std::nullopt, severity::warning};
};
/// CPTS, ARS PACA: the ARS informs the CPTS of its decision within a month of the CCOPD's opinion.
struct cpts_letter_decision_delay {
    static constexpr rule_info info{
        "PROCEDURE.CPTS.LETTER_DECISION_DELAY", rule_layer::regional_doctrine, legal::paca_cpts_procedure,
        {"L'ARS informe la CPTS de sa décision sur la lettre d'intention dans le délai qui suit l'avis de la CCOPD.",
         "The ARS informs the CPTS of its decision on the letter of intent within the delay that follows the CCOPD's opinion."},
        detail_procedure::region_from, detail_procedure::region_date, std::nullopt, severity::warning};
};
/// CPTS, the law: the health project is sent to the ARS (again after an opposition), not while another is
/// being examined or once one is validated.
struct cpts_project {
    static constexpr rule_info info{
        "PROCEDURE.CPTS.PROJECT", rule_layer::law, legal::csp_L1434_12_deemed_validation,
        {"Le projet de santé est transmis à l'ARS (de nouveau après une opposition), pas pendant l'examen d'un autre ni après sa validation.",
         "The health project is sent to the ARS (again after an opposition), not while another is examined nor after one is validated."},
        detail_procedure::law_from, detail_procedure::law_date};
};
/// CPTS, ARS PACA: the health project is submitted once the letter of intent is validated. The law makes no
/// condition of it: a project sent without it is examined and its delay runs (a warning).
struct cpts_project_submission {
    static constexpr rule_info info{
        "PROCEDURE.CPTS.PROJECT_SUBMISSION", rule_layer::regional_doctrine, legal::paca_cpts_procedure,
        {"Dans la doctrine de l'ARS PACA, le projet de santé est transmis après la validation de la lettre d'intention ; la loi n'en fait pas une condition.",
         "Under the ARS PACA's doctrine, the health project is submitted after the letter of intent is validated; the law makes no condition of it."},
        detail_procedure::region_from, detail_procedure::region_date, std::nullopt, severity::warning};
};
/// CPTS, ARS PACA: the health project is ready within a year of the letter's validation (a recommendation).
struct cpts_health_project_delay {
    static constexpr rule_info info{
        "PROCEDURE.CPTS.HEALTH_PROJECT_DELAY", rule_layer::regional_doctrine, legal::paca_cpts_procedure,
        {"Il est recommandé que l'élaboration du projet de santé ne dépasse pas le délai qui suit la validation de la lettre d'intention.",
         "The health project should not take longer than the delay that follows the validation of the letter of intent."},
        detail_procedure::region_from, detail_procedure::region_date, std::nullopt, severity::warning};
};
/// CPTS: complements are requested on a submitted project, within the delay; the completed project follows.
struct cpts_complements {
    static constexpr rule_info info{
        "PROCEDURE.CPTS.COMPLEMENTS", rule_layer::law, legal::crpa_incomplete_request,
        {"L'ARS demande des compléments sur un projet transmis, avant la fin du délai ; le projet complété suit la demande.",
         "The ARS asks for complements on a submitted project before the delay ends; the completed project follows the request."},
        detail_procedure::law_from, detail_procedure::law_date};
};
/// CPTS: the ARS validates or opposes a submitted project before the delay runs out; after it, the project is
/// deemed validated.
struct cpts_project_decision {
    static constexpr rule_info info{
        "PROCEDURE.CPTS.PROJECT_DECISION", rule_layer::law, legal::csp_L1434_12_deemed_validation,
        {"Le projet de santé est réputé validé au terme du délai, sauf opposition du directeur général de l'ARS dans ce délai.",
         "The health project is deemed validated at the end of the delay, unless the ARS director general opposes within it."},
        detail_procedure::law_from, detail_procedure::law_date};
};
/// Follow-up meetings, amendments and an early end of a contract happen under a contract in force.
struct contract_in_force {
    static constexpr rule_info info{
        "PROCEDURE.CONTRACT_IN_FORCE", rule_layer::contract, legal::aci_contract_clauses,
        {"Les réunions de suivi, les avenants et la fin anticipée d'un contrat ont lieu pendant qu'il court.",
         "Follow-up meetings, amendments and an early end of a contract happen while it runs."},
        detail_procedure::aci_from, detail_procedure::aci_date};
};
/// CPTS: the parties meet at least once in each contract year (a clause of the ACI contract).
struct cpts_follow_up {
    static constexpr rule_info info{
        "PROCEDURE.CPTS.FOLLOW_UP", rule_layer::contract, legal::aci_contract_follow_up,
        {"La CPTS, l'ARS et la CPAM se réunissent au moins une fois par année de contrat pour son suivi.",
         "The CPTS, the ARS and the CPAM meet at least once in each contract year to follow the contract up."},
        detail_procedure::aci_from, detail_procedure::aci_date, std::nullopt, severity::warning};
};
/// A CPTS's contract record and its procedure's log agree on the dates they both give.
struct contract_record {
    static constexpr rule_info info{
        "PROCEDURE.CONTRACT_RECORD", rule_layer::data_constraint, legal::event_log_format,
        {"Le contrat et le journal de la procédure donnent les mêmes dates (signature, validation du projet, missions).",
         "The contract and the procedure's log give the same dates (signature, project validation, missions)."},
        since_always, detail_procedure::data_date, std::nullopt, severity::warning};
};
/// ESP and ESS: the health project, signed by the members, is sent to the ARS, which validates it.
struct care_team_project {
    static constexpr rule_info info{
        "PROCEDURE.CARE_TEAM.PROJECT", rule_layer::law, legal::guide_esp_project_signed,
        {"Le projet de santé de l'équipe est transmis à l'ARS, qui le valide.", "The team's health project is sent to the ARS, which validates it."},
        since_always, detail_procedure::data_date};
};
/// MSP: the health project is sent to the ARS "pour information" (L.6323-3); the ACI MSP asks for a validated
/// project (ameli), which follows the transmission.
struct msp_project {
    static constexpr rule_info info{
        "PROCEDURE.MSP.PROJECT", rule_layer::national_agreement, legal::csp_L6323_3_project,
        {"Le projet de santé de la maison de santé est transmis à l'ARS (la loi) ; sa validation, que l'ACI demande, suit la transmission.",
         "The health house's health project is sent to the ARS (the law); its validation, which the ACI asks for, follows."},
        effect_dates::msp_project, effect_dates::msp_project_source};
};
struct msp_sisa_once {
    static constexpr rule_info info{
        "PROCEDURE.MSP.SISA", rule_layer::data_constraint, legal::csp_L4041_1,
        {"La SISA d'une maison de santé est immatriculée une fois.", "A health house's SISA is registered once."},
        since_always, detail_procedure::data_date};
};
/// CDS: the commitment of conformity reaches the ARS before the centre opens, which follows the receipt.
struct cds_commitment {
    static constexpr rule_info info{
        "PROCEDURE.CDS.COMMITMENT", rule_layer::law, legal::csp_L6323_1_11,
        {"Avant l'ouverture, le gestionnaire remet à l'ARS le projet de santé et l'engagement de conformité ; le centre ouvre après le récépissé.",
         "Before opening, the manager gives the ARS the health project and the commitment of conformity; the centre opens after the receipt."},
        since_always, detail_procedure::data_date};
};
/// CDS: the centre adheres to the national agreement once open.
struct cds_agreement {
    static constexpr rule_info info{
        "PROCEDURE.CDS.AGREEMENT", rule_layer::national_agreement, legal::cds_single_agreement,
        {"Le centre de santé adhère à l'accord national une fois ouvert.", "The health centre adheres to the national agreement once it is open."},
        since_always, detail_procedure::data_date};
};
}  // namespace rules

// ---- Tables --------------------------------------------------------------------------------------------

/// How a transition happens besides its event being recorded.
enum class trigger : unsigned char {
    event,        ///< when its event is recorded
    event_or_time,  ///< when its event is recorded, or by itself when a delay runs out (a deemed validation, a contract's term)
};

/// A set of procedure doctrines, as a mask (a bit per cpts_procedure_doctrine).
using doctrine_set = std::uint8_t;
[[nodiscard]] constexpr doctrine_set doctrine_bit(cpts_procedure_doctrine d) noexcept {
    return static_cast<doctrine_set>(1u << static_cast<unsigned>(d));
}
inline constexpr doctrine_set every_doctrine = 0xFF;

/// One line of a table: in stage `from`, event `event` leads to stage `to`. Under a doctrine outside
/// `expected_under`, the step is still taken, and reported as a departure from `departure` (a warning):
/// a transition not expected under every doctrine names its departure rule (procedure_table::departures_are_named).
struct transition {
    stage from;
    procedure_event_kind event;
    stage to;
    trigger by = trigger::event;
    doctrine_set expected_under = every_doctrine;
    const rule_info* departure = nullptr;

    /// True when, under doctrine d, this step departs from the path the doctrine expects.
    [[nodiscard]] constexpr bool departs_under(cpts_procedure_doctrine d) const noexcept {
        // The mask only: GCC 12 with -fsanitize=null cannot compare a constant's address with nullptr at
        // compile time, and the tables' check says that a transition with a mask has its departure rule.
        return (expected_under & doctrine_bit(d)) == 0;
    }
};

/// An event a procedure knows, and the rule that says when it may happen.
struct event_rule {
    procedure_event_kind event;
    const rule_info* rule;
};

/// The procedure of one kind of structure.
struct procedure_table {
    structure_kind kind;
    std::string_view id;  ///< "PROCEDURE.CPTS"
    label name;
    stage initial;
    std::span<const stage> stages;  ///< the stages it uses, in the order of the procedure
    std::span<const transition> transitions;
    std::span<const event_rule> events;

    /// The stage event `e` leads to from stage `s`, or nothing when the table has no such transition.
    [[nodiscard]] constexpr std::optional<stage> next(stage s, procedure_event_kind e) const noexcept {
        for (const auto& t : transitions)
            if (t.from == s && t.event == e) return t.to;
        return std::nullopt;
    }
    /// The index of the transition of event `e` from stage `s` in `transitions`, or nothing.
    [[nodiscard]] constexpr std::optional<std::size_t> transition_index(stage s, procedure_event_kind e) const noexcept {
        for (std::size_t i = 0; i < transitions.size(); ++i)
            if (transitions[i].from == s && transitions[i].event == e) return i;
        return std::nullopt;
    }
    /// True when the procedure knows event `e`.
    [[nodiscard]] constexpr bool knows(procedure_event_kind e) const noexcept {
        for (const auto& r : events)
            if (r.event == e) return true;
        return false;
    }
    /// True when every transition not expected under every doctrine names the rule it departs from (what
    /// transition::departs_under takes for granted). A run-time check: the tests call it on every table.
    [[nodiscard]] bool departures_are_named() const noexcept {
        for (const auto& t : transitions)
            if (t.expected_under != every_doctrine && t.departure == nullptr) return false;
        return true;
    }
    /// The rule that says when event `e` may happen (the procedure knows `e`; else the first rule).
    [[nodiscard]] constexpr const rule_info& rule_of(procedure_event_kind e) const noexcept {
        for (const auto& r : events)
            if (r.event == e) return *r.rule;
        return *events[0].rule;
    }
};

namespace detail_tables {
using E = procedure_event_kind;
using S = stage;

inline constexpr std::array cpts_stages{S::initiative,        S::letter_filed,          S::letter_examined,   S::letter_rejected,
                                        S::project_in_preparation, S::project_submitted, S::complements_requested, S::project_validated,
                                        S::project_opposed,   S::contract_in_force,     S::contract_ended};
// PACA expects the letter, the CCOPD, the ARS's decision, then the project; Île-de-France the letter
// validated by the ARS (no CCOPD); the law only the project.
inline constexpr doctrine_set paca = doctrine_bit(cpts_procedure_doctrine::letter_and_ccopd);
inline constexpr doctrine_set not_paca = static_cast<doctrine_set>(every_doctrine & ~paca);
inline constexpr std::array cpts_transitions{
    transition{S::initiative, E::letter_filed, S::letter_filed},
    transition{S::letter_filed, E::ccopd_opinion, S::letter_examined},
    transition{S::letter_examined, E::letter_validated, S::project_in_preparation},
    transition{S::letter_examined, E::letter_rejected, S::letter_rejected},
    transition{S::letter_filed, E::letter_validated, S::project_in_preparation, trigger::event, not_paca, &rules::cpts_ccopd::info},
    transition{S::letter_filed, E::letter_rejected, S::letter_rejected, trigger::event, not_paca, &rules::cpts_ccopd::info},
    transition{S::letter_rejected, E::letter_filed, S::letter_filed},
    transition{S::project_in_preparation, E::project_submitted, S::project_submitted},
    transition{S::initiative, E::project_submitted, S::project_submitted, trigger::event, not_paca, &rules::cpts_project_submission::info},
    transition{S::letter_filed, E::project_submitted, S::project_submitted, trigger::event, not_paca, &rules::cpts_project_submission::info},
    transition{S::letter_examined, E::project_submitted, S::project_submitted, trigger::event, not_paca, &rules::cpts_project_submission::info},
    transition{S::letter_rejected, E::project_submitted, S::project_submitted, trigger::event, not_paca, &rules::cpts_project_submission::info},
    transition{S::project_submitted, E::complements_requested, S::complements_requested},
    transition{S::complements_requested, E::complements_received, S::project_submitted},
    transition{S::complements_requested, E::project_opposed, S::project_opposed},  // no completed project in the time the ARS set
    transition{S::project_submitted, E::project_validated, S::project_validated},
    transition{S::project_submitted, E::project_opposed, S::project_opposed},
    transition{S::project_submitted, E::project_deemed_validated, S::project_validated, trigger::event_or_time},
    transition{S::project_opposed, E::project_submitted, S::project_submitted},
    transition{S::project_validated, E::contract_signed, S::contract_in_force},
    transition{S::contract_in_force, E::mission_started, S::contract_in_force},
    transition{S::contract_in_force, E::mission_deployed, S::contract_in_force},
    transition{S::contract_in_force, E::follow_up_meeting, S::contract_in_force},
    transition{S::contract_in_force, E::amendment_signed, S::contract_in_force},
    transition{S::contract_in_force, E::contract_ended, S::contract_ended, trigger::event_or_time},
};
inline constexpr std::array cpts_events{
    event_rule{E::letter_filed, &rules::cpts_letter_of_intent::info},
    event_rule{E::ccopd_opinion, &rules::cpts_ccopd::info},
    event_rule{E::letter_validated, &rules::cpts_letter_decision::info},
    event_rule{E::letter_rejected, &rules::cpts_letter_decision::info},
    event_rule{E::project_submitted, &rules::cpts_project::info},
    event_rule{E::complements_requested, &rules::cpts_complements::info},
    event_rule{E::complements_received, &rules::cpts_complements::info},
    event_rule{E::project_validated, &rules::cpts_project_decision::info},
    event_rule{E::project_opposed, &rules::cpts_project_decision::info},
    event_rule{E::project_deemed_validated, &rules::cpts_project_decision::info},
    event_rule{E::contract_signed, &funding::rules::contract_project_validated::info},
    event_rule{E::mission_started, &funding::rules::contract_mission_started::info},
    event_rule{E::mission_deployed, &funding::rules::contract_mission_deployed::info},
    event_rule{E::follow_up_meeting, &rules::contract_in_force::info},
    event_rule{E::amendment_signed, &rules::contract_in_force::info},
    event_rule{E::contract_ended, &rules::contract_in_force::info},
};

inline constexpr std::array care_team_stages{S::initiative, S::project_submitted, S::project_validated};
inline constexpr std::array care_team_transitions{
    transition{S::initiative, E::project_submitted, S::project_submitted},
    transition{S::project_submitted, E::project_validated, S::project_validated},
};
inline constexpr std::array care_team_events{
    event_rule{E::project_submitted, &rules::care_team_project::info},
    event_rule{E::project_validated, &rules::care_team_project::info},
};

inline constexpr std::array msp_stages{S::initiative, S::project_submitted, S::project_validated, S::contract_in_force, S::contract_ended};
inline constexpr std::array msp_transitions{
    transition{S::initiative, E::project_submitted, S::project_submitted},
    transition{S::project_submitted, E::project_validated, S::project_validated},
    transition{S::project_validated, E::contract_signed, S::contract_in_force},
    transition{S::initiative, E::sisa_created, S::initiative},
    transition{S::project_submitted, E::sisa_created, S::project_submitted},
    transition{S::project_validated, E::sisa_created, S::project_validated},
    transition{S::contract_in_force, E::sisa_created, S::contract_in_force},
    transition{S::contract_in_force, E::contract_ended, S::contract_ended},
};
inline constexpr std::array msp_events{
    event_rule{E::project_submitted, &rules::msp_project::info},
    event_rule{E::project_validated, &rules::msp_project::info},
    event_rule{E::contract_signed, &funding::rules::msp_agreement_project_validated::info},
    event_rule{E::sisa_created, &rules::msp_sisa_once::info},
    event_rule{E::contract_ended, &rules::contract_in_force::info},
};

inline constexpr std::array cds_stages{S::initiative, S::commitment_sent, S::receipt_issued, S::centre_open, S::contract_in_force, S::contract_ended};
inline constexpr std::array cds_transitions{
    transition{S::initiative, E::compliance_commitment, S::commitment_sent},
    transition{S::commitment_sent, E::receipt_issued, S::receipt_issued},
    transition{S::receipt_issued, E::centre_opened, S::centre_open},
    transition{S::centre_open, E::contract_signed, S::contract_in_force},
    transition{S::contract_in_force, E::contract_ended, S::contract_ended},
};
inline constexpr std::array cds_events{
    event_rule{E::compliance_commitment, &rules::cds_commitment::info},
    event_rule{E::receipt_issued, &rules::cds_commitment::info},
    event_rule{E::centre_opened, &rules::cds_commitment::info},
    event_rule{E::contract_signed, &rules::cds_agreement::info},
    event_rule{E::contract_ended, &rules::contract_in_force::info},
};
}  // namespace detail_tables

/// The procedure of a CPTS: the health project, its deemed validation and the ACI contract (the law and the
/// agreement), with the regions' letter of intent and CCOPD before it.
inline constexpr procedure_table cpts_procedure{structure_kind::cpts, "PROCEDURE.CPTS",
                                                {"Création d'une CPTS", "Creating a CPTS"}, stage::initiative,
                                                detail_tables::cpts_stages, detail_tables::cpts_transitions, detail_tables::cpts_events};
/// The procedure of an ESP: the health project sent to the ARS for validation [guide-exercice-coordonne].
inline constexpr procedure_table esp_procedure{structure_kind::esp, "PROCEDURE.ESP",
                                               {"Création d'une ESP", "Creating an ESP"}, stage::initiative,
                                               detail_tables::care_team_stages, detail_tables::care_team_transitions, detail_tables::care_team_events};
/// The procedure of an ESS: as an ESP's (CSP L.1411-11-1 governs both).
inline constexpr procedure_table ess_procedure{structure_kind::ess, "PROCEDURE.ESS",
                                               {"Création d'une ESS", "Creating an ESS"}, stage::initiative,
                                               detail_tables::care_team_stages, detail_tables::care_team_transitions, detail_tables::care_team_events};
/// The procedure of an MSP: health project, its validation, the ACI MSP, the SISA within months of signing.
inline constexpr procedure_table msp_procedure{structure_kind::msp, "PROCEDURE.MSP",
                                               {"Création d'une MSP", "Creating an MSP"}, stage::initiative,
                                               detail_tables::msp_stages, detail_tables::msp_transitions, detail_tables::msp_events};
/// The procedure of a CDS: commitment of conformity, receipt, opening, national agreement (L.6323-1-11).
inline constexpr procedure_table cds_procedure{structure_kind::cds, "PROCEDURE.CDS",
                                               {"Ouverture d'un centre de santé", "Opening a health centre"}, stage::initiative,
                                               detail_tables::cds_stages, detail_tables::cds_transitions, detail_tables::cds_events};

inline constexpr std::array all_procedures{esp_procedure, ess_procedure, msp_procedure, cds_procedure, cpts_procedure};

/// The procedure of a kind of structure (a DAC has none: the ESP's table, which it never reaches, stands in).
[[nodiscard]] constexpr const procedure_table& table_of(structure_kind k) noexcept {
    for (const auto& p : all_procedures)
        if (p.kind == k) return p;
    return all_procedures[0];
}

namespace rules {
/// The rules of the procedures layer (for docs/rules.md and the checker), without the contract rules they reuse.
inline constexpr std::array<const rule_info*, 21> procedure_rules{
    &chronology::info,       &no_future_event::info,          &event_kind::info,          &event_mission::info,        &cpts_letter_of_intent::info,
    &cpts_ccopd::info,       &cpts_letter_decision::info,     &cpts_letter_decision_delay::info, &cpts_project::info, &cpts_project_submission::info,
    &cpts_health_project_delay::info, &cpts_complements::info, &cpts_project_decision::info, &contract_in_force::info,
    &cpts_follow_up::info,   &care_team_project::info,        &msp_project::info,          &msp_sisa_once::info,
    &cds_commitment::info,   &cds_agreement::info,        &contract_record::info};
}  // namespace rules

}  // namespace coordcare::procedures
