// coordcare — what happens to a structure on its way from a project to a contract: the dated events of its
// procedure (a letter of intent filed, a health project submitted, a contract signed, a mission started...).
// An event log is a list of these, in the order they happened; the procedures layer replays it against the
// procedure's transition table (procedures/table.hpp). The CPTS's steps are those of [ars-paca-cdc-cpts]
// and of CSP L.1434-12 [csp].
//
// The events are plain values (a kind, a date, and for the events of one mission, which mission): a log can
// be written in a constant, read from a dossier (format version 5) or built by a program.
#pragma once

#include <coordcare/vocabulary/cpts_missions.hpp>
#include <coordcare/vocabulary/dates.hpp>
#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/table.hpp>

#include <array>
#include <optional>
#include <string_view>

namespace coordcare {

/// An event of a procedure. Which events a procedure knows, and in which states, is its transition table's.
enum class procedure_event_kind : unsigned char {
    letter_filed,              ///< CPTS: the letter of intent is sent to the ARS delegation
    ccopd_opinion,             ///< CPTS: the departmental commission (CCOPD) gives its opinion on the letter
    letter_validated,          ///< CPTS: the ARS validates the letter of intent (the FIR start-up aid is unlocked)
    letter_rejected,           ///< CPTS: the ARS rejects the letter of intent
    project_submitted,         ///< the health project is sent to the ARS (a CPTS's with its statutes)
    complements_requested,     ///< CPTS: the ARS asks for complements; the delay of deemed validation stops
    complements_received,      ///< CPTS: the completed project reaches the ARS; the delay runs again
    project_validated,         ///< CPTS: the ARS validates the health project expressly
    project_deemed_validated,  ///< CPTS: the delay ran out without opposition (recorded by the agency, or found by the replay)
    project_opposed,           ///< CPTS: the ARS director general opposes (PRS objectives, territory relevance)
    sisa_created,              ///< MSP: the SISA (société interprofessionnelle de soins ambulatoires) is registered
    compliance_commitment,     ///< CDS: the manager sends the ARS its commitment of conformity with the health project
    receipt_issued,            ///< CDS: the ARS issues its receipt of the commitment (it authorises care to insured patients)
    centre_opened,             ///< CDS: the centre opens to patients
    contract_signed,           ///< the contract is signed (ACI CPTS, ACI MSP, accord national des centres de santé)
    mission_started,           ///< CPTS: a mission of the contract starts (names the mission)
    mission_deployed,          ///< CPTS: a mission of the contract is fully deployed (names the mission)
    follow_up_meeting,         ///< CPTS: the yearly follow-up meeting of the contract (dialogue de gestion)
    amendment_signed,          ///< CPTS: an amendment of the contract (territory change, new missions)
    contract_ended,            ///< the contract ends before its term (termination); its term ends it anyway
};

struct procedure_event_entry {
    procedure_event_kind kind;
    std::string_view id;  ///< exchange id (JSON)
    label name;
    bool names_a_mission;  ///< the event is about one mission, which it names
};

inline constexpr std::array procedure_event_table{
    procedure_event_entry{procedure_event_kind::letter_filed, "letter_filed", {"lettre d'intention déposée", "letter of intent filed"}, false},
    procedure_event_entry{procedure_event_kind::ccopd_opinion, "ccopd_opinion", {"avis de la CCOPD", "CCOPD opinion"}, false},
    procedure_event_entry{procedure_event_kind::letter_validated, "letter_validated",
                          {"lettre d'intention validée", "letter of intent validated"}, false},
    procedure_event_entry{procedure_event_kind::letter_rejected, "letter_rejected", {"lettre d'intention rejetée", "letter of intent rejected"}, false},
    procedure_event_entry{procedure_event_kind::project_submitted, "project_submitted",
                          {"projet de santé transmis à l'ARS", "health project submitted to the ARS"}, false},
    procedure_event_entry{procedure_event_kind::complements_requested, "complements_requested",
                          {"compléments demandés par l'ARS", "complements requested by the ARS"}, false},
    procedure_event_entry{procedure_event_kind::complements_received, "complements_received",
                          {"projet complété reçu par l'ARS", "completed project received by the ARS"}, false},
    procedure_event_entry{procedure_event_kind::project_validated, "project_validated",
                          {"projet de santé validé par l'ARS", "health project validated by the ARS"}, false},
    procedure_event_entry{procedure_event_kind::project_deemed_validated, "project_deemed_validated",
                          {"projet de santé réputé validé", "health project deemed validated"}, false},
    procedure_event_entry{procedure_event_kind::project_opposed, "project_opposed",
                          {"opposition du directeur général de l'ARS", "opposition of the ARS director general"}, false},
    procedure_event_entry{procedure_event_kind::sisa_created, "sisa_created", {"SISA immatriculée", "SISA registered"}, false},
    procedure_event_entry{procedure_event_kind::compliance_commitment, "compliance_commitment",
                          {"engagement de conformité transmis à l'ARS", "commitment of conformity sent to the ARS"}, false},
    procedure_event_entry{procedure_event_kind::receipt_issued, "receipt_issued",
                          {"récépissé de l'engagement délivré par l'ARS", "receipt of the commitment issued by the ARS"}, false},
    procedure_event_entry{procedure_event_kind::centre_opened, "centre_opened", {"ouverture du centre", "centre opened"}, false},
    procedure_event_entry{procedure_event_kind::contract_signed, "contract_signed", {"contrat signé", "contract signed"}, false},
    procedure_event_entry{procedure_event_kind::mission_started, "mission_started", {"mission démarrée", "mission started"}, true},
    procedure_event_entry{procedure_event_kind::mission_deployed, "mission_deployed", {"mission déployée", "mission deployed"}, true},
    procedure_event_entry{procedure_event_kind::follow_up_meeting, "follow_up_meeting",
                          {"réunion de suivi (dialogue de gestion)", "follow-up meeting (dialogue de gestion)"}, false},
    procedure_event_entry{procedure_event_kind::amendment_signed, "amendment_signed", {"avenant signé", "amendment signed"}, false},
    procedure_event_entry{procedure_event_kind::contract_ended, "contract_ended", {"fin du contrat", "end of the contract"}, false},
};

[[nodiscard]] constexpr const procedure_event_entry& entry(procedure_event_kind k) noexcept {
    return detail::entry_of(procedure_event_table, k, &procedure_event_entry::kind);
}
[[nodiscard]] constexpr std::string_view id(procedure_event_kind k) noexcept { return entry(k).id; }
[[nodiscard]] constexpr label name(procedure_event_kind k) noexcept { return entry(k).name; }
/// The kind whose exchange id is `text`, or nothing.
[[nodiscard]] constexpr std::optional<procedure_event_kind> procedure_event_kind_from_id(std::string_view text) noexcept {
    const auto i = detail::find_index(procedure_event_table, text, &procedure_event_entry::id);
    if (!i) return std::nullopt;
    return procedure_event_table[*i].kind;
}

/// One event of a log: what happened, on which day, and for the events of a mission, which mission.
struct procedure_event {
    procedure_event_kind kind{};
    date on{};
    std::optional<cpts_mission> mission{};  ///< for mission_started and mission_deployed (and an amendment that adds one)

    friend constexpr bool operator==(const procedure_event&, const procedure_event&) = default;
};

}  // namespace coordcare
