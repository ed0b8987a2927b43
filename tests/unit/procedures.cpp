// The procedures layer: delays counted at month ends and in leap years, suspensions, and a table of dated
// scenarios replayed with their expected stage, deadlines and findings. Every expected date is worked out
// by hand from the rule it tests (the comment next to it says how), never read back from the library.
#include <coordcare/parameters/rulebook.hpp>
#include <coordcare/procedures.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace coordcare;
using namespace coordcare::procedures;
using namespace std::chrono;
using K = procedure_event_kind;

namespace {
procedure_event ev(K k, date on, std::optional<cpts_mission> m = std::nullopt) { return procedure_event{k, on, m}; }

std::vector<std::string> rule_ids(const replay_result& r) {
    std::vector<std::string> out;
    for (const auto& f : r.findings) out.emplace_back(f.rule->id.text());
    std::sort(out.begin(), out.end());
    return out;
}

/// The letter-of-intent phase of a CPTS: filed, examined by the CCOPD, validated.
std::vector<procedure_event> letter_phase(int year, unsigned validated_day = 20, unsigned validated_month = 2) {
    return {ev(K::letter_filed, date{std::chrono::year{year}, January, 10d}), ev(K::ccopd_opinion, date{std::chrono::year{year}, February, 1d}),
            ev(K::letter_validated, date{std::chrono::year{year}, month{validated_month}, day{validated_day}})};
}
std::vector<procedure_event> with(std::vector<procedure_event> log, std::initializer_list<procedure_event> more) {
    log.insert(log.end(), more.begin(), more.end());
    return log;
}

struct expected_deadline {
    deadline_kind kind;
    std::optional<date> due;
    deadline_status status;
    std::optional<cpts_mission> mission = std::nullopt;
    int period = 0;
};

struct scenario {
    std::string name;
    structure_kind kind;
    std::vector<procedure_event> log;
    date as_of;
    stage expected_stage;
    std::vector<std::string> expected_rules;  // sorted
    std::vector<expected_deadline> expected_deadlines;
    delay_conventions conventions{};
    // The scenarios below follow the ARS PACA's steps (letter, CCOPD, project): they are replayed under its
    // doctrine unless they say otherwise.
    const regional_doctrine* doctrine = &doctrines::provence_alpes_cote_d_azur;
};

constexpr auto access = cpts_mission::access_to_care;
constexpr auto pathways = cpts_mission::patient_pathways;
constexpr auto prevention = cpts_mission::prevention;
constexpr auto crisis = cpts_mission::crisis_response;

std::vector<scenario> scenarios() {
    const auto l24 = letter_phase(2024);
    return {
        // 31 January + 2 months = 31 March (CPC 641): still submitted on the last day of the delay...
        {"submitted on 31 January: the delay runs to 31 March", structure_kind::cpts, with(l24, {ev(K::project_submitted, 2025y / January / 31d)}),
         2025y / March / 31d, stage::project_submitted, {}, {{deadline_kind::project_decision, 2025y / March / 31d, deadline_status::pending}}},
        // ...and deemed validated the next day.
        {"submitted on 31 January: deemed validated on 1 April", structure_kind::cpts, with(l24, {ev(K::project_submitted, 2025y / January / 31d)}),
         2025y / April / 1d, stage::project_validated, {}, {{deadline_kind::project_decision, 2025y / March / 31d, deadline_status::elapsed}}},
        {"an opposition on the last day of the delay is in time", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::project_opposed, 2025y / March / 31d)}), 2025y / April / 15d,
         stage::project_opposed, {}, {{deadline_kind::project_decision, 2025y / March / 31d, deadline_status::met}}},
        {"an opposition the day after the delay comes too late", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::project_opposed, 2025y / April / 1d)}), 2025y / April / 15d,
         stage::project_validated, {"PROCEDURE.CPTS.PROJECT_DECISION"}, {{deadline_kind::project_decision, 2025y / March / 31d, deadline_status::elapsed}}},
        // 31 December 2023 + 2 months: February 2024 has 29 days.
        {"submitted on 31 December 2023: the delay ends on 29 February 2024", structure_kind::cpts,
         with(letter_phase(2023), {ev(K::project_submitted, 2023y / December / 31d)}), 2024y / March / 1d, stage::project_validated, {},
         {{deadline_kind::project_decision, 2024y / February / 29d, deadline_status::elapsed},
          {deadline_kind::health_project, 2024y / February / 20d, deadline_status::met}}},
        // 31 December 2022 + 2 months: 28 February 2023.
        {"submitted on 31 December 2022: the delay ends on 28 February 2023", structure_kind::cpts,
         with(letter_phase(2022), {ev(K::project_submitted, 2022y / December / 31d)}), 2023y / February / 28d, stage::project_submitted, {},
         {{deadline_kind::project_decision, 2023y / February / 28d, deadline_status::pending}}},
        // 29 February 2024 + 2 months = 29 April; the project took more than a year after the letter (20 February 2023).
        {"submitted on 29 February 2024, a year and nine days after the letter", structure_kind::cpts,
         with(letter_phase(2023), {ev(K::project_submitted, 2024y / February / 29d)}), 2024y / April / 30d, stage::project_validated,
         {"PROCEDURE.CPTS.HEALTH_PROJECT_DELAY"},
         {{deadline_kind::project_decision, 2024y / April / 29d, deadline_status::elapsed},
          {deadline_kind::health_project, 2024y / February / 20d, deadline_status::met_late}}},
        // Letter validated on 29 February 2024: a year later is 28 February 2025 (no 29th).
        {"letter validated on 29 February: the project is due on 28 February next year", structure_kind::cpts, letter_phase(2024, 29, 2),
         2025y / March / 1d, stage::project_in_preparation, {"PROCEDURE.CPTS.HEALTH_PROJECT_DELAY"},
         {{deadline_kind::health_project, 2025y / February / 28d, deadline_status::late}}},
        {"letter validated on 29 February: on 28 February next year nothing is late yet", structure_kind::cpts, letter_phase(2024, 29, 2),
         2025y / February / 28d, stage::project_in_preparation, {}, {{deadline_kind::health_project, 2025y / February / 28d, deadline_status::pending}}},
        // CCOPD on 31 January 2024 + 1 month = 29 February; the ARS answers on 1 March.
        {"the ARS answers the letter a day late", structure_kind::cpts,
         {ev(K::letter_filed, 2024y / January / 5d), ev(K::ccopd_opinion, 2024y / January / 31d), ev(K::letter_validated, 2024y / March / 1d)},
         2024y / March / 10d, stage::project_in_preparation, {"PROCEDURE.CPTS.LETTER_DECISION_DELAY"},
         {{deadline_kind::letter_decision, 2024y / February / 29d, deadline_status::met_late}}},
        {"no answer to the letter a month after the CCOPD", structure_kind::cpts,
         {ev(K::letter_filed, 2024y / January / 10d), ev(K::ccopd_opinion, 2024y / February / 1d)}, 2024y / March / 2d, stage::letter_examined,
         {"PROCEDURE.CPTS.LETTER_DECISION_DELAY"}, {{deadline_kind::letter_decision, 2024y / March / 1d, deadline_status::late}}},
        // Complements asked on 10 February, received on 20 February: 10 days added to 31 March.
        {"complements requested and answered: the delay is suspended ten days", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::complements_requested, 2025y / February / 10d),
                    ev(K::complements_received, 2025y / February / 20d)}),
         2025y / April / 10d, stage::project_submitted, {}, {{deadline_kind::project_decision, 2025y / April / 10d, deadline_status::pending}}},
        {"complements answered: deemed validated on 11 April", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::complements_requested, 2025y / February / 10d),
                    ev(K::complements_received, 2025y / February / 20d)}),
         2025y / April / 11d, stage::project_validated, {}, {{deadline_kind::project_decision, 2025y / April / 10d, deadline_status::elapsed}}},
        {"complements requested and never sent: the delay stays suspended", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::complements_requested, 2025y / February / 10d)}), 2025y / June / 1d,
         stage::complements_requested, {}, {{deadline_kind::project_decision, std::nullopt, deadline_status::suspended}}},
        // The other reading: the delay starts again on receipt (20 February + 2 months = 20 April).
        {"complements under the restart convention", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::complements_requested, 2025y / February / 10d),
                    ev(K::complements_received, 2025y / February / 20d)}),
         2025y / April / 20d, stage::project_submitted, {}, {{deadline_kind::project_decision, 2025y / April / 20d, deadline_status::pending}},
         delay_conventions{complements_effect::restart, deemed_decision_day::day_after_expiry}},
        {"deemed validation on the last day under the expiry-day convention", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d)}), 2025y / March / 31d, stage::project_validated, {},
         {{deadline_kind::project_decision, 2025y / March / 31d, deadline_status::elapsed}},
         delay_conventions{complements_effect::suspend, deemed_decision_day::expiry_day}},
        {"a contract signed before the project was validated", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::contract_signed, 2025y / March / 1d)}), 2025y / March / 15d,
         stage::project_submitted, {"CPTS.CONTRACT.PROJECT_VALIDATED"}, {}},
        {"a contract signed on the last day of the delay is still too early", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::contract_signed, 2025y / March / 31d)}), 2025y / April / 2d,
         stage::project_validated, {"CPTS.CONTRACT.PROJECT_VALIDATED"}, {}},
        // Signed on 1 April 2025 (avenant 2): access and crisis start by 1 October 2025 (6 months), deploy by 1 October 2026.
        {"a contract signed on the day of the deemed validation", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::contract_signed, 2025y / April / 1d)}), 2025y / April / 2d,
         stage::contract_in_force, {},
         {{deadline_kind::mission_start, 2025y / October / 1d, deadline_status::pending, access},
          {deadline_kind::mission_start, 2026y / April / 1d, deadline_status::pending, pathways},
          {deadline_kind::mission_deployment, 2026y / October / 1d, deadline_status::pending, crisis},
          {deadline_kind::contract_term, 2030y / March / 31d, deadline_status::pending},
          {deadline_kind::follow_up, 2026y / March / 31d, deadline_status::pending, std::nullopt, 1}}},
        {"a letter validated that was never filed", structure_kind::cpts, {ev(K::letter_validated, 2024y / January / 10d)}, 2024y / February / 1d,
         stage::initiative, {"PROCEDURE.CPTS.LETTER_DECISION"}, {}},
        {"a rejected letter, filed again and validated", structure_kind::cpts,
         {ev(K::letter_filed, 2024y / January / 10d), ev(K::ccopd_opinion, 2024y / February / 1d), ev(K::letter_rejected, 2024y / February / 15d),
          ev(K::letter_filed, 2024y / May / 2d), ev(K::ccopd_opinion, 2024y / June / 3d), ev(K::letter_validated, 2024y / June / 20d)},
         2024y / July / 1d, stage::project_in_preparation, {}, {{deadline_kind::health_project, 2025y / June / 20d, deadline_status::pending}}},
        // Signed 15 July 2024 (avenant 2): access and crisis start by 15 January 2025 (6 months); access started on the 16th.
        {"missions started late and not at all", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2024y / June / 3d), ev(K::project_validated, 2024y / July / 1d), ev(K::contract_signed, 2024y / July / 15d),
                    ev(K::mission_started, 2025y / January / 15d, crisis), ev(K::mission_started, 2025y / January / 16d, access)}),
         2025y / February / 1d, stage::contract_in_force, {"CPTS.CONTRACT.MISSION_STARTED"},
         {{deadline_kind::mission_start, 2025y / January / 15d, deadline_status::met, crisis},
          {deadline_kind::mission_start, 2025y / January / 15d, deadline_status::met_late, access},
          {deadline_kind::mission_start, 2025y / July / 15d, deadline_status::pending, prevention}}},
        {"a socle mission not started by its deadline", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2024y / June / 3d), ev(K::project_validated, 2024y / July / 1d), ev(K::contract_signed, 2024y / July / 15d),
                    ev(K::mission_started, 2025y / January / 15d, crisis)}),
         2025y / January / 16d, stage::contract_in_force, {"CPTS.CONTRACT.MISSION_STARTED"},
         {{deadline_kind::mission_start, 2025y / January / 15d, deadline_status::late, access}}},
        {"a mission deployed before it started", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2024y / June / 3d), ev(K::project_validated, 2024y / July / 1d), ev(K::contract_signed, 2024y / July / 15d),
                    ev(K::mission_deployed, 2024y / September / 1d, prevention)}),
         2024y / October / 1d, stage::contract_in_force, {"CPTS.CONTRACT.MISSION_DEPLOYED"}, {}},
        // Signed 15 July 2024: contract year 1 ends on 14 July 2025.
        {"no follow-up meeting in the first contract year", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2024y / June / 3d), ev(K::project_validated, 2024y / July / 1d), ev(K::contract_signed, 2024y / July / 15d),
                    ev(K::mission_started, 2024y / August / 1d, crisis), ev(K::mission_started, 2024y / August / 1d, access),
                    ev(K::mission_started, 2024y / August / 1d, pathways), ev(K::mission_started, 2024y / August / 1d, prevention)}),
         2025y / July / 15d, stage::contract_in_force, {"PROCEDURE.CPTS.FOLLOW_UP"},
         {{deadline_kind::follow_up, 2025y / July / 14d, deadline_status::late, std::nullopt, 1},
          {deadline_kind::follow_up, 2026y / July / 14d, deadline_status::pending, std::nullopt, 2}}},
        {"a follow-up meeting on the last day of the contract year", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2024y / June / 3d), ev(K::project_validated, 2024y / July / 1d), ev(K::contract_signed, 2024y / July / 15d),
                    ev(K::mission_started, 2024y / August / 1d, crisis), ev(K::mission_started, 2024y / August / 1d, access),
                    ev(K::mission_started, 2024y / August / 1d, pathways), ev(K::mission_started, 2024y / August / 1d, prevention),
                    ev(K::follow_up_meeting, 2025y / July / 14d)}),
         2025y / July / 15d, stage::contract_in_force, {}, {{deadline_kind::follow_up, 2025y / July / 14d, deadline_status::met, std::nullopt, 1}}},
        {"a mission started and deployed on the same day", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2024y / June / 3d), ev(K::project_validated, 2024y / July / 1d), ev(K::contract_signed, 2024y / July / 15d),
                    ev(K::mission_started, 2024y / September / 2d, access), ev(K::mission_deployed, 2024y / September / 2d, access)}),
         2024y / September / 3d, stage::contract_in_force, {}, {{deadline_kind::mission_deployment, 2026y / January / 15d, deadline_status::met, access}}},
        {"an event on the day of the check counts", structure_kind::cpts, {ev(K::letter_filed, 2024y / January / 10d)}, 2024y / January / 10d,
         stage::letter_filed, {}, {}},
        // Signed 2 September 2019 (ACI of 2019, three socle missions): the contract ends on 2 September 2024.
        {"a contract followed to its term", structure_kind::cpts,
         {ev(K::letter_filed, 2019y / January / 7d), ev(K::ccopd_opinion, 2019y / February / 4d), ev(K::letter_validated, 2019y / February / 25d),
          ev(K::project_submitted, 2019y / June / 28d), ev(K::project_validated, 2019y / August / 26d), ev(K::contract_signed, 2019y / September / 2d),
          ev(K::mission_started, 2019y / December / 2d, access), ev(K::mission_started, 2020y / June / 2d, pathways),
          ev(K::mission_started, 2020y / June / 2d, prevention), ev(K::follow_up_meeting, 2020y / June / 15d),
          ev(K::mission_deployed, 2021y / January / 4d, access), ev(K::follow_up_meeting, 2021y / June / 15d),
          ev(K::mission_deployed, 2021y / September / 1d, pathways), ev(K::mission_deployed, 2021y / September / 2d, prevention),
          ev(K::follow_up_meeting, 2022y / June / 15d), ev(K::amendment_signed, 2022y / October / 3d, cpts_mission::quality_relevance),
          // under avenant 2 from its fourth year (2022-09-02): the crisis mission, by 2023-03-02 and 2024-03-02
          ev(K::mission_started, 2022y / November / 7d, cpts_mission::crisis_response), ev(K::follow_up_meeting, 2023y / June / 15d),
          ev(K::mission_deployed, 2023y / December / 4d, cpts_mission::crisis_response), ev(K::follow_up_meeting, 2024y / June / 14d)},
         2024y / September / 2d, stage::contract_ended, {},
         {{deadline_kind::contract_term, 2024y / September / 1d, deadline_status::elapsed},
          {deadline_kind::mission_deployment, 2021y / September / 2d, deadline_status::met, prevention},
          {deadline_kind::follow_up, 2024y / September / 1d, deadline_status::met, std::nullopt, 5}}},
        {"the end of a contract recorded at its term is a confirmation", structure_kind::cpts,
         {ev(K::letter_filed, 2019y / January / 7d), ev(K::ccopd_opinion, 2019y / February / 4d), ev(K::letter_validated, 2019y / February / 25d),
          ev(K::project_submitted, 2019y / June / 28d), ev(K::project_validated, 2019y / August / 26d), ev(K::contract_signed, 2019y / September / 2d),
          ev(K::mission_started, 2019y / December / 2d, access), ev(K::mission_started, 2020y / June / 2d, pathways),
          ev(K::mission_started, 2020y / June / 2d, prevention), ev(K::follow_up_meeting, 2020y / June / 15d),
          ev(K::mission_deployed, 2021y / January / 4d, access), ev(K::follow_up_meeting, 2021y / June / 15d),
          ev(K::mission_deployed, 2021y / September / 1d, pathways), ev(K::mission_deployed, 2021y / September / 2d, prevention),
          ev(K::follow_up_meeting, 2022y / June / 15d), ev(K::mission_started, 2022y / November / 7d, cpts_mission::crisis_response),
          ev(K::follow_up_meeting, 2023y / June / 15d), ev(K::mission_deployed, 2023y / December / 4d, cpts_mission::crisis_response),
          ev(K::follow_up_meeting, 2024y / June / 14d), ev(K::contract_ended, 2024y / September / 2d)},
         2024y / October / 1d, stage::contract_ended, {}, {{deadline_kind::contract_term, 2024y / September / 1d, deadline_status::elapsed}}},
        {"a follow-up meeting after the contract's term", structure_kind::cpts,
         {ev(K::letter_filed, 2019y / January / 7d), ev(K::ccopd_opinion, 2019y / February / 4d), ev(K::letter_validated, 2019y / February / 25d),
          ev(K::project_submitted, 2019y / June / 28d), ev(K::project_validated, 2019y / August / 26d), ev(K::contract_signed, 2019y / September / 2d),
          ev(K::contract_ended, 2020y / March / 2d), ev(K::follow_up_meeting, 2020y / June / 15d)},
         2020y / July / 1d, stage::contract_ended, {"PROCEDURE.CONTRACT_IN_FORCE"},
         {{deadline_kind::contract_term, 2024y / September / 1d, deadline_status::lapsed},
          {deadline_kind::mission_start, 2020y / March / 2d, deadline_status::lapsed, access}}},
        {"the ARS's letter of validation after the delay is a confirmation", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::project_validated, 2025y / April / 5d)}), 2025y / April / 20d,
         stage::project_validated, {}, {{deadline_kind::project_decision, 2025y / March / 31d, deadline_status::elapsed}}},
        {"an opposition on the last day is in time under the expiry-day convention too", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::project_opposed, 2025y / March / 31d)}), 2025y / April / 15d,
         stage::project_opposed, {}, {{deadline_kind::project_decision, 2025y / March / 31d, deadline_status::met}},
         delay_conventions{complements_effect::suspend, deemed_decision_day::expiry_day}},
        {"an opposition while the completed project is awaited", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::complements_requested, 2025y / February / 10d),
                    ev(K::project_opposed, 2025y / June / 2d)}),
         2025y / June / 15d, stage::project_opposed, {}, {{deadline_kind::project_decision, std::nullopt, deadline_status::met}}},
        // A receipt listed after its request but dated before it adds no day (and the log is out of date order).
        {"a completed project dated before the request for complements", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::complements_requested, 2025y / March / 10d),
                    ev(K::complements_received, 2025y / January / 25d)}),
         2025y / March / 31d, stage::project_submitted, {"PROCEDURE.CHRONOLOGY"},
         {{deadline_kind::project_decision, 2025y / March / 31d, deadline_status::pending}}},
        {"checked as of a past date, later events are set aside", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::contract_signed, 2025y / April / 2d)}), 2024y / June / 1d,
         stage::project_in_preparation, {"PROCEDURE.FUTURE_EVENT"}, {{deadline_kind::health_project, 2025y / February / 20d, deadline_status::pending}}},
        // Signed 30 June 2023: the SISA was due by 30 December 2023; the contract ended on 1 March 2024 — still late.
        {"an MSP's missed SISA deadline stays late when its contract ends", structure_kind::msp,
         {ev(K::project_submitted, 2023y / January / 10d), ev(K::project_validated, 2023y / March / 1d), ev(K::contract_signed, 2023y / June / 30d),
          ev(K::contract_ended, 2024y / March / 1d)},
         2024y / April / 1d, stage::contract_ended, {"MSP.ACI.SISA"}, {{deadline_kind::sisa, 2023y / December / 30d, deadline_status::late}}},
        {"a CCOPD opinion on a letter never filed", structure_kind::cpts, {ev(K::ccopd_opinion, 2024y / February / 1d)}, 2024y / March / 1d,
         stage::initiative, {"PROCEDURE.CPTS.CCOPD"}, {}},
        {"a second letter of intent while the first is examined", structure_kind::cpts,
         {ev(K::letter_filed, 2024y / January / 10d), ev(K::letter_filed, 2024y / January / 20d)}, 2024y / February / 1d, stage::letter_filed,
         {"PROCEDURE.CPTS.LETTER_OF_INTENT"}, {}},
        {"a health project submitted before the letter is validated", structure_kind::cpts,
         {ev(K::letter_filed, 2024y / January / 10d), ev(K::ccopd_opinion, 2024y / February / 1d), ev(K::project_submitted, 2024y / February / 5d)},
         // ARS PACA's path departs (a warning), but the law makes no condition of the letter: the project is
         // examined, its two-month delay runs, and the ARS's answer to the letter is no longer asked.
         2024y / February / 10d, stage::project_submitted, {"PROCEDURE.CPTS.PROJECT_SUBMISSION"},
         {{deadline_kind::project_decision, 2024y / April / 5d, deadline_status::pending},
          {deadline_kind::letter_decision, 2024y / March / 1d, deadline_status::lapsed}}},
        {"a CDS that joins the national agreement before it opens", structure_kind::cds,
         {ev(K::compliance_commitment, 2024y / January / 10d), ev(K::receipt_issued, 2024y / February / 1d), ev(K::contract_signed, 2024y / February / 5d)},
         2024y / March / 1d, stage::receipt_issued, {"PROCEDURE.CDS.AGREEMENT"}, {}},
        {"an MSP's SISA registered twice", structure_kind::msp,
         {ev(K::sisa_created, 2023y / November / 20d), ev(K::project_submitted, 2024y / January / 10d), ev(K::sisa_created, 2024y / February / 1d)},
         2024y / March / 1d, stage::project_submitted, {"PROCEDURE.MSP.SISA"}, {}},
        {"events listed out of date order", structure_kind::cpts, {ev(K::letter_filed, 2024y / January / 10d), ev(K::ccopd_opinion, 2024y / January / 5d)},
         2024y / January / 20d, stage::letter_examined, {"PROCEDURE.CHRONOLOGY"}, {}},
        {"an event dated after the check", structure_kind::cpts, {ev(K::letter_filed, 2024y / January / 10d)}, 2024y / January / 1d, stage::initiative,
         {"PROCEDURE.FUTURE_EVENT"}, {}},
        // Opposed on 1 March, submitted again on 2 May: 2 July is the last day, validated on 3 July.
        {"a project submitted again after an opposition", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::project_opposed, 2025y / March / 1d),
                    ev(K::project_submitted, 2025y / May / 2d)}),
         2025y / July / 3d, stage::project_validated, {}, {{deadline_kind::project_decision, 2025y / March / 31d, deadline_status::met}}},
        {"a deemed validation recorded before the delay ran out", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::project_deemed_validated, 2025y / March / 15d)}), 2025y / March / 20d,
         stage::project_submitted, {"PROCEDURE.CPTS.PROJECT_DECISION"}, {}},
        {"a deemed validation recorded on its day is a confirmation", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::project_deemed_validated, 2025y / April / 1d)}), 2025y / April / 20d,
         stage::project_validated, {}, {}},
        {"complements requested after the delay ran out", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2025y / January / 31d), ev(K::complements_requested, 2025y / April / 5d)}), 2025y / April / 20d,
         stage::project_validated, {"PROCEDURE.CPTS.COMPLEMENTS"}, {}},
        {"a mission's event that names no mission", structure_kind::cpts,
         with(l24, {ev(K::project_submitted, 2024y / June / 3d), ev(K::project_validated, 2024y / July / 1d), ev(K::contract_signed, 2024y / July / 15d),
                    ev(K::mission_started, 2024y / August / 1d)}),
         2024y / August / 2d, stage::contract_in_force, {"PROCEDURE.EVENT_MISSION"}, {}},
        // MSP: signed 30 June 2023 without a SISA: 6 months (ACI MSP avenant 1) end on 30 December 2023.
        {"an MSP that did not become a SISA within six months", structure_kind::msp,
         {ev(K::project_submitted, 2023y / January / 10d), ev(K::project_validated, 2023y / March / 1d), ev(K::contract_signed, 2023y / June / 30d)},
         2023y / December / 31d, stage::contract_in_force, {"MSP.ACI.SISA"}, {{deadline_kind::sisa, 2023y / December / 30d, deadline_status::late}}},
        {"an MSP that became a SISA on the last day", structure_kind::msp,
         {ev(K::project_submitted, 2023y / January / 10d), ev(K::project_validated, 2023y / March / 1d), ev(K::contract_signed, 2023y / June / 30d),
          ev(K::sisa_created, 2023y / December / 30d)},
         2024y / February / 1d, stage::contract_in_force, {}, {{deadline_kind::sisa, 2023y / December / 30d, deadline_status::met}}},
        {"an MSP that signs before its project is validated", structure_kind::msp,
         {ev(K::project_submitted, 2023y / January / 10d), ev(K::contract_signed, 2023y / February / 1d)}, 2023y / March / 1d, stage::project_submitted,
         {"MSP.AGREEMENT.PROJECT_VALIDATED"}, {}},
        {"a CDS that opens before the ARS's receipt", structure_kind::cds,
         {ev(K::compliance_commitment, 2024y / January / 10d), ev(K::centre_opened, 2024y / February / 1d)}, 2024y / March / 1d, stage::commitment_sent,
         {"PROCEDURE.CDS.COMMITMENT"}, {}},
        {"a CDS opened after its receipt and under the national agreement", structure_kind::cds,
         {ev(K::compliance_commitment, 2024y / January / 10d), ev(K::receipt_issued, 2024y / February / 1d), ev(K::centre_opened, 2024y / March / 4d),
          ev(K::contract_signed, 2024y / May / 2d)},
         2024y / June / 1d, stage::contract_in_force, {}, {}},
        {"an ESP's project validated before it was sent", structure_kind::esp, {ev(K::project_validated, 2024y / January / 10d)}, 2024y / March / 1d,
         stage::initiative, {"PROCEDURE.CARE_TEAM.PROJECT"}, {}},
        {"a letter of intent in an MSP's log", structure_kind::msp, {ev(K::letter_filed, 2024y / January / 10d)}, 2024y / March / 1d, stage::initiative,
         {"PROCEDURE.EVENT_KIND"}, {}},
    };
}
}  // namespace

TEST_CASE("delays in months end on the same day number, or on the last day of a shorter month", "[procedures][delays]") {
    CHECK(delay_end(2025y / January / 31d, 2) == 2025y / March / 31d);
    CHECK(delay_end(2025y / January / 31d, 1) == 2025y / February / 28d);
    CHECK(delay_end(2024y / January / 31d, 1) == 2024y / February / 29d);
    CHECK(delay_end(2024y / February / 29d, 12) == 2025y / February / 28d);
    CHECK(delay_end(2024y / February / 29d, 48) == 2028y / February / 29d);
    CHECK(delay_end(2023y / December / 31d, 2) == 2024y / February / 29d);
    CHECK(delay_end(2024y / August / 31d, 6) == 2025y / February / 28d);
    CHECK(delay_end(2024y / November / 30d, 3) == 2025y / February / 28d);
    CHECK(delay_end(2024y / March / 15d, 0) == 2024y / March / 15d);
    CHECK(decision_day(2025y / March / 31d) == 2025y / April / 1d);
    CHECK(decision_day(2024y / February / 29d) == 2024y / March / 1d);
    CHECK(decision_day(2024y / December / 31d) == 2025y / January / 1d);
    CHECK(decision_day(2025y / March / 31d, {complements_effect::suspend, deemed_decision_day::expiry_day}) == 2025y / March / 31d);
}

TEST_CASE("a suspension adds the days from the request to the receipt", "[procedures][delays]") {
    constexpr delay_conventions suspend{complements_effect::suspend, deemed_decision_day::day_after_expiry};
    const std::array one{suspension{2025y / February / 10d, 2025y / February / 20d}};
    CHECK(suspended_days(one[0]) == 10);
    CHECK(suspended_delay_end(2025y / January / 31d, 2, one, suspend) == 2025y / April / 10d);
    // Across the end of February in a leap year: 25 February to 3 March 2024 is 7 days.
    const std::array leap{suspension{2024y / February / 25d, 2024y / March / 3d}};
    CHECK(suspended_days(leap[0]) == 7);
    CHECK(suspended_delay_end(2024y / February / 1d, 2, leap, suspend) == 2024y / April / 8d);
    // Two requests: 5 + 6 days.
    const std::array two{suspension{2025y / February / 3d, 2025y / February / 8d}, suspension{2025y / March / 1d, 2025y / March / 7d}};
    CHECK(suspended_delay_end(2025y / January / 31d, 2, two, suspend) == 2025y / April / 11d);
    // Without a doctrine to say otherwise, the law on an incomplete request: two months from the receipt.
    CHECK(suspended_delay_end(2025y / January / 31d, 2, one) == 2025y / April / 20d);
    // An open suspension: the delay has no end.
    const std::array open{suspension{2025y / February / 10d, std::nullopt}};
    CHECK_FALSE(suspended_delay_end(2025y / January / 31d, 2, open));
    // Restart: two months from the receipt.
    CHECK(suspended_delay_end(2025y / January / 31d, 2, one, {complements_effect::restart, deemed_decision_day::day_after_expiry}) ==
          2025y / April / 20d);
    CHECK(suspended_delay_end(2025y / January / 31d, 2, std::span<const suspension>{}) == 2025y / March / 31d);
}

TEST_CASE("dated scenarios replay to their expected stage, deadlines and findings", "[procedures][replay]") {
    const auto all = scenarios();
    REQUIRE(all.size() >= 20);
    for (const auto& s : all) {
        DYNAMIC_SECTION(s.name) {
            const auto r = replay(s.kind, s.log, s.as_of, replay_options{&parameters::national_figures, s.conventions, s.doctrine});
            CHECK(id(r.current) == id(s.expected_stage));
            CHECK(rule_ids(r) == s.expected_rules);
            for (const auto& x : s.expected_deadlines) {
                INFO("deadline " << entry(x.kind).id << (x.mission ? " " : "") << (x.mission ? coordcare::id(*x.mission) : std::string_view{})
                                 << " period " << x.period);
                const auto i = r.find(x.kind, x.mission, x.period);
                REQUIRE(i);
                const auto& d = r.deadlines[*i];
                CHECK(d.due == x.due);
                CHECK(std::string{entry(d.status).id} == std::string{entry(x.status).id});
            }
            // Every finding becomes a diagnostic naming its rule, with a detail in both languages.
            const auto ds = diagnostics(r, s.log);
            REQUIRE(ds.size() == r.findings.size());
            for (const auto& d : ds) {
                CHECK_FALSE(d.detail.fr.empty());
                CHECK_FALSE(d.detail.en.empty());
            }
        }
    }
}

TEST_CASE("a replay says where a CPTS stands and what is due next", "[procedures][replay]") {
    const auto log = with(letter_phase(2024), {ev(K::project_submitted, 2025y / January / 31d), ev(K::complements_requested, 2025y / February / 10d),
                                               ev(K::complements_received, 2025y / February / 20d)});
    const replay_options paca{&parameters::national_figures, {}, &doctrines::provence_alpes_cote_d_azur};
    const auto r = replay(structure_kind::cpts, log, 2025y / March / 1d, paca);
    CHECK(r.current == stage::project_submitted);
    CHECK(r.since == 2025y / February / 20d);
    const auto open = r.open_deadlines();
    REQUIRE(open.size() == 1);
    CHECK(r.deadlines[open[0]].kind == deadline_kind::project_decision);
    CHECK(r.deadlines[open[0]].suspended_days == 10);
    CHECK(r.deadlines[open[0]].figure_id == "PROCEDURE.CPTS.DEEMED_VALIDATION.MONTHS");
    const auto text = deadline_text(r.deadlines[open[0]]);
    CHECK(text.en == "end of the delay of opposition (deemed validated after it): due by 2025-04-10 (10 days of suspension)");
    CHECK(text.fr == "fin du délai d'opposition (réputé validé ensuite) : échéance le 2025-04-10 (10 jours de suspension)");
    // History: five changes by events.
    REQUIRE(r.history.size() == 6);
    CHECK(r.history[3].to == stage::project_submitted);
    CHECK(r.history[4].to == stage::complements_requested);
    CHECK(r.history[5].event == std::size_t{5});
    // Under the law alone (CRPA L.114-5 on an incomplete request), the delay starts again on the receipt.
    const auto law = replay(structure_kind::cpts, log, 2025y / March / 1d);
    const auto& d = law.deadlines[law.open_deadlines().at(0)];
    CHECK(d.suspended_days == 0);
    CHECK(deadline_text(d).en ==
          "end of the delay of opposition (deemed validated after it): due by 2025-04-20 (delay started again in full on receipt of the "
          "complements on 2025-02-20)");
}

TEST_CASE("a project submitted again after an opposition has a delay of its own", "[procedures][replay]") {
    const auto log = with(letter_phase(2024), {ev(K::project_submitted, 2025y / January / 31d), ev(K::project_opposed, 2025y / March / 1d),
                                               ev(K::project_submitted, 2025y / May / 2d)});
    const auto r = replay(structure_kind::cpts, log, 2025y / July / 3d, replay_options{&parameters::national_figures, {}, &doctrines::provence_alpes_cote_d_azur});
    std::vector<const deadline*> decisions;
    for (const auto& d : r.deadlines)
        if (d.kind == deadline_kind::project_decision) decisions.push_back(&d);
    REQUIRE(decisions.size() == 2);
    CHECK(decisions[0]->status == deadline_status::met);
    CHECK(decisions[0]->closed_on == 2025y / March / 1d);
    // 2 May + 2 months = 2 July, the last day; deemed validated on 3 July.
    CHECK(decisions[1]->opened_on == 2025y / May / 2d);
    CHECK(decisions[1]->due == 2025y / July / 2d);
    CHECK(decisions[1]->status == deadline_status::elapsed);
    CHECK(r.since == 2025y / July / 3d);
    // The health project's deadline was met by the first submission, once.
    REQUIRE(r.find(deadline_kind::health_project));
    CHECK(r.deadlines[*r.find(deadline_kind::health_project)].closed_on == 2025y / January / 31d);
}

TEST_CASE("events after the date of the check are said once, as a note", "[procedures][explain]") {
    const auto log = with(letter_phase(2024), {ev(K::project_submitted, 2025y / January / 31d), ev(K::contract_signed, 2025y / April / 2d)});
    const auto r = replay(structure_kind::cpts, log, 2024y / June / 1d);
    CHECK(r.events_after_as_of == 2);
    const auto ds = diagnostics(r, log);
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].level == severity::note);
    CHECK(ds[0].path.text() == "procedure.events[3].date");
    CHECK(ds[0].detail.en ==
          "\"health project submitted to the ARS\" of 2025-01-31 is dated after the date of the check (2024-06-01): it has not happened yet as of "
          "that date and is set aside, as is the other event dated after it");
    const auto order = with(letter_phase(2024), {ev(K::project_submitted, 2024y / February / 25d), ev(K::complements_requested, 2024y / February / 21d)});
    const auto d2 = diagnostics(replay(structure_kind::cpts, order, 2024y / March / 1d), order);
    REQUIRE(d2.size() == 1);
    CHECK(d2[0].detail.en == "\"complements requested by the ARS\" of 2024-02-21 is dated before an event listed above it (2024-02-25)");
}

TEST_CASE("the findings of a replay as diagnostics", "[procedures][explain]") {
    const auto log = with(letter_phase(2024), {ev(K::project_submitted, 2025y / January / 31d), ev(K::contract_signed, 2025y / March / 1d)});
    const auto r = replay(structure_kind::cpts, log, 2025y / March / 15d);
    const auto ds = diagnostics(r, log);
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].rule.text() == "CPTS.CONTRACT.PROJECT_VALIDATED");
    CHECK(ds[0].level == severity::error);
    CHECK(ds[0].path.text() == "procedure.events[4]");
    CHECK(ds[0].detail.en ==
          "\"contract signed\" of 2025-03-01 while the procedure is at \"health project submitted\"; it follows \"health project validated\"");
    CHECK(ds[0].detail.fr ==
          "« contrat signé » du 2025-03-01 alors que la procédure en est à « projet de santé transmis » ; il suit « projet de santé validé »");

    // A late opposition says that the delay had ended.
    const auto late = with(letter_phase(2024), {ev(K::project_submitted, 2025y / January / 31d), ev(K::project_opposed, 2025y / April / 1d)});
    const auto r2 = replay(structure_kind::cpts, late, 2025y / April / 2d);
    const auto d2 = diagnostics(r2, late);
    REQUIRE(d2.size() == 1);
    CHECK(d2[0].detail.en.find("the delay of opposition had ended") != std::string::npos);

    // A missed deadline names the figure it counts (a recommendation of the ARS PACA's: under its doctrine only).
    const auto missed = replay(structure_kind::cpts, letter_phase(2024), 2025y / March / 1d,
                               replay_options{&parameters::national_figures, {}, &doctrines::provence_alpes_cote_d_azur});
    const auto d3 = diagnostics(missed, letter_phase(2024));
    REQUIRE(d3.size() == 1);
    CHECK(d3[0].level == severity::warning);
    CHECK(d3[0].detail.en ==
          "health project ready: due by 2025-02-20; not done as of 2025-03-01 (delay of 12 months, "
          "PROCEDURE.PROVENCE_ALPES_COTE_D_AZUR.CPTS.HEALTH_PROJECT.MONTHS S)");
    CHECK(diagnostics(replay(structure_kind::cpts, letter_phase(2024), 2025y / March / 1d), letter_phase(2024)).empty());
}

TEST_CASE("a rulebook's delay changes the replay", "[procedures][parameters]") {
    // The two months are the law's (C): replaced only in a what-if.
    parameters::rulebook book{"three months", {{"PROCEDURE.CPTS.DEEMED_VALIDATION.MONTHS", std::int64_t{3}, certainty::uncertain, "a test"}}, true};
    const auto applied = parameters::apply(parameters::national_figures, book);
    REQUIRE(applied.errors.empty());
    const auto log = with(letter_phase(2024), {ev(K::project_submitted, 2025y / January / 31d)});
    // 31 January + 3 months = 30 April.
    const auto r = replay(structure_kind::cpts, log, 2025y / April / 30d, replay_options{&applied.figures(), {}});
    CHECK(r.current == stage::project_submitted);
    REQUIRE(r.find(deadline_kind::project_decision));
    CHECK(r.deadlines[*r.find(deadline_kind::project_decision)].due == 2025y / April / 30d);
}

TEST_CASE("the transition tables", "[procedures][table]") {
    for (const auto& t : all_procedures) {
        INFO(std::string{t.id});
        // Every transition's event is one the procedure knows, between stages it lists.
        for (const auto& tr : t.transitions) {
            CHECK(t.knows(tr.event));
            CHECK(std::find(t.stages.begin(), t.stages.end(), tr.from) != t.stages.end());
            CHECK(std::find(t.stages.begin(), t.stages.end(), tr.to) != t.stages.end());
        }
        // Deterministic: one transition per stage and event.
        for (std::size_t i = 0; i < t.transitions.size(); ++i)
            for (std::size_t j = i + 1; j < t.transitions.size(); ++j)
                CHECK_FALSE((t.transitions[i].from == t.transitions[j].from && t.transitions[i].event == t.transitions[j].event));
    }
    CHECK(table_of(structure_kind::cpts).rule_of(K::contract_signed).id.text() == "CPTS.CONTRACT.PROJECT_VALIDATED");
    CHECK(table_of(structure_kind::msp).rule_of(K::contract_signed).id.text() == "MSP.AGREEMENT.PROJECT_VALIDATED");
    const auto diagram = mermaid(cpts_procedure);
    CHECK(diagram.find("project_submitted --> project_validated : health project deemed validated (or at the end of the delay)") != std::string::npos);
    CHECK(diagram.find("project_validated --> contract_in_force : contract signed") != std::string::npos);
}

TEST_CASE("a typed path is a log the replay reads", "[procedures][path]") {
    auto contract = funding::aci_cpts_contract{};
    contract.signed_on = 2025y / April / 2d;
    const auto validated = start<structure_kind::cpts>()
                               .then<K::letter_filed>(2024y / January / 10d)
                               .then<K::ccopd_opinion>(2024y / February / 1d)
                               .then<K::letter_validated>(2024y / February / 20d)
                               .then<K::project_submitted>(2025y / January / 31d)
                               .then<K::project_deemed_validated>(2025y / April / 1d);
    const auto in_force = sign_contract(validated, contract);
    STATIC_REQUIRE(decltype(in_force)::current == stage::contract_in_force);
    CHECK(contract.project_validated == 2025y / April / 1d);
    const auto r = replay(structure_kind::cpts, in_force.log(), 2025y / April / 3d);
    CHECK(r.current == stage::contract_in_force);
    CHECK(r.findings.empty());
    // The path checks the order; the replay checks the dates: a deemed validation recorded too early.
    const auto early = start<structure_kind::cpts>()
                           .then<K::letter_filed>(2024y / January / 10d)
                           .then<K::ccopd_opinion>(2024y / February / 1d)
                           .then<K::letter_validated>(2024y / February / 20d)
                           .then<K::project_submitted>(2025y / January / 31d)
                           .then<K::project_deemed_validated>(2025y / March / 1d);
    CHECK(replay(structure_kind::cpts, early.log(), 2025y / March / 2d).has_finding("PROCEDURE.CPTS.PROJECT_DECISION"));
}

TEST_CASE("a contract record and the log of the same CPTS agree, or a warning says where not", "[procedures][records]") {
    const auto log = with(letter_phase(2024), {ev(K::project_submitted, 2025y / January / 31d), ev(K::contract_signed, 2025y / April / 2d),
                                               ev(K::mission_started, 2025y / May / 5d, cpts_mission::access_to_care)});
    const auto r = replay(structure_kind::cpts, log, 2025y / June / 1d);
    funding::aci_cpts_contract c;
    c.signed_on = 2025y / April / 2d;
    c.project_validated = 2025y / April / 1d;  // the deemed validation the replay finds
    c.missions = {funding::contracted_mission{cpts_mission::access_to_care, 2025y / May / 5d, std::nullopt, funding::no_amounts}};
    CHECK(compare_with_contract(r, log, c).empty());
    c.signed_on = 2025y / April / 3d;
    c.project_validated = 2025y / March / 31d;
    c.missions[0].started = 2025y / May / 6d;
    c.missions[0].deployed = 2025y / May / 30d;
    const auto ds = compare_with_contract(r, log, c);
    REQUIRE(ds.size() == 4);
    CHECK(ds[0].rule.text() == "PROCEDURE.CONTRACT_RECORD");
    CHECK(ds[0].level == severity::warning);
    CHECK(ds[0].path.text() == "contract.signed_on");
    CHECK(ds[0].detail.en == "signature: the contract says 2025-04-03, the procedure's log 2025-04-02");
    CHECK(ds[1].path.text() == "contract.project_validated");
    CHECK(ds[1].detail.en == "validation of the health project: the contract says 2025-03-31, the procedure's log 2025-04-01");
    CHECK(ds[2].path.text() == "contract.missions[0].started");
    CHECK(ds[3].detail.fr == "déploiement de la mission « Amélioration de l'accès aux soins » : le contrat dit 2025-05-30, le journal de la procédure —");
    // No signed contract in the log: nothing to compare.
    const auto unsigned_log = letter_phase(2024);
    CHECK(compare_with_contract(replay(structure_kind::cpts, unsigned_log, 2025y / June / 1d), unsigned_log, c).empty());
}

// ---- The law apart from the regions' procedures --------------------------------------------------------------

TEST_CASE("the same log under the law, the ARS PACA's doctrine and Île-de-France's", "[procedures][doctrine]") {
    // A letter of intent the ARS validates without a CCOPD (Île-de-France's way), a project submitted on
    // 2 September 2024, complements asked on 1 October and received on 15 October.
    const std::vector<procedure_event> log{ev(K::letter_filed, 2024y / January / 10d), ev(K::letter_validated, 2024y / February / 20d),
                                           ev(K::project_submitted, 2024y / September / 2d), ev(K::complements_requested, 2024y / October / 1d),
                                           ev(K::complements_received, 2024y / October / 15d)};
    const auto under = [&](const regional_doctrine& d) { return replay(structure_kind::cpts, log, 2025y / January / 15d, {&parameters::national_figures, {}, &d}); };

    // The law: the letter asks for nothing; complements restart the two months from their receipt (CRPA L.114-5):
    // 15 October + 2 months = 15 December, deemed validated on 16 December.
    const auto law = under(doctrines::national);
    CHECK(law.findings.empty());
    CHECK(law.current == stage::project_validated);
    CHECK(law.since == 2024y / December / 16d);
    CHECK(law.conventions.complements == complements_effect::restart);
    CHECK_FALSE(law.find(deadline_kind::health_project));  // a region's recommendation, not the law's

    // Île-de-France: its letter is validated by the ARS, no CCOPD: nothing departs; the law's delays.
    const auto idf = under(doctrines::ile_de_france);
    CHECK(idf.findings.empty());
    CHECK(idf.since == 2024y / December / 16d);

    // ARS PACA: the letter goes to the CCOPD first (a warning: the step is taken), the project is recommended within
    // a year of the letter's validation (met), and complements suspend the delay: 2 November + 14 days = 16
    // November, deemed validated on 17 November.
    const auto paca = under(doctrines::provence_alpes_cote_d_azur);
    CHECK(rule_ids(paca) == std::vector<std::string>{"PROCEDURE.CPTS.CCOPD"});
    CHECK(paca.findings[0].level() == severity::warning);
    CHECK(paca.findings[0].kind == finding_kind::departure);
    CHECK(paca.current == stage::project_validated);
    CHECK(paca.since == 2024y / November / 17d);
    REQUIRE(paca.find(deadline_kind::health_project));
    CHECK(paca.deadlines[*paca.find(deadline_kind::health_project)].status == deadline_status::met);
    const auto ds = diagnostics(paca, log);
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].detail.en ==
          "\"letter of intent validated\" of 2024-02-20 while the procedure is at \"letter of intent filed\": the regional doctrine puts "
          "it after \"letter examined by the CCOPD\"; the law makes no condition of it: the step is taken");
}

TEST_CASE("a project sent without a letter of intent: the law's two months run under every doctrine", "[procedures][doctrine]") {
    const std::vector<procedure_event> log{ev(K::project_submitted, 2024y / March / 1d)};
    for (const auto* d : {&doctrines::national, &doctrines::ile_de_france, &doctrines::provence_alpes_cote_d_azur}) {
        INFO(d->name);
        const auto r = replay(structure_kind::cpts, log, 2024y / May / 2d, {&parameters::national_figures, {}, d});
        // 1 March + 2 months = 1 May, the last day; deemed validated on 2 May.
        CHECK(r.current == stage::project_validated);
        CHECK(r.since == 2024y / May / 2d);
        // Only PACA's path departs, and only as a warning.
        CHECK(rule_ids(r) == (d == &doctrines::provence_alpes_cote_d_azur ? std::vector<std::string>{"PROCEDURE.CPTS.PROJECT_SUBMISSION"}
                                                                           : std::vector<std::string>{}));
        CHECK(r.ok());
    }
    // The law's rule for a project sent while another is examined.
    const std::vector<procedure_event> twice{ev(K::project_submitted, 2024y / March / 1d), ev(K::project_submitted, 2024y / March / 20d)};
    const auto r = replay(structure_kind::cpts, twice, 2024y / April / 1d);
    CHECK(rule_ids(r) == std::vector<std::string>{"PROCEDURE.CPTS.PROJECT"});
    CHECK(r.findings[0].rule->layer == rule_layer::law);
    CHECK_FALSE(r.ok());
}

TEST_CASE("every transition a doctrine does not expect names the rule it departs from", "[procedures][tables]") {
    for (const auto& p : all_procedures) {
        INFO(p.id);
        CHECK(p.departures_are_named());
    }
    // A table whose masked step has no rule to cite is refused.
    const std::array unnamed{transition{stage::letter_rejected, procedure_event_kind::project_submitted, stage::project_submitted, trigger::event,
                                        doctrine_bit(cpts_procedure_doctrine::letter_and_ccopd)}};
    procedure_table broken = cpts_procedure;
    broken.transitions = unnamed;
    CHECK_FALSE(broken.departures_are_named());
}
