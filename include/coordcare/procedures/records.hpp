// coordcare — a procedure's log against the other records of the same structure: a CPTS's contract record
// (funding/aci_cpts_contract.hpp) says when it was signed, when the project was validated and when each
// mission started and was deployed; its event log says so too. Two records of one fact that disagree are a
// warning (PROCEDURE.CONTRACT_RECORD): one of them is wrong, and each is checked by its own rules.
//
//   const auto r = procedures::replay(structure_kind::cpts, log, as_of);
//   for (const auto& d : procedures::compare_with_contract(r, log, contract)) ...
#pragma once

#include <coordcare/procedures/replay.hpp>
#include <coordcare/vocabulary/bilingual.hpp>
#include <coordcare/vocabulary/diagnostic.hpp>

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace coordcare::procedures {


/// The dates a CPTS's contract record and its replayed log both give, where they differ: one warning each,
/// at the contract's field. Nothing when the log has no signed contract.
[[nodiscard]] inline std::vector<diagnostic> compare_with_contract(const replay_result& r, std::span<const procedure_event> log,
                                                                   const funding::aci_cpts_contract& contract,
                                                                   const field_path& contract_path = field_path{"contract"}) {
    std::vector<diagnostic> out;
    const auto& rule = rules::contract_record::info;
    const auto add = [&](field_path path, const bilingual& what, std::optional<date> in_contract, std::optional<date> in_log) {
        bilingual b;
        b << what << label{" : le contrat dit ", ": the contract says "} << (in_contract ? iso_text(*in_contract) : std::string{"—"})
          << label{", le journal de la procédure ", ", the procedure's log "} << (in_log ? iso_text(*in_log) : std::string{"—"});
        out.push_back(diagnostic{rule.id, rule.level, rule.layer, rule.reference, std::move(path), std::string{rule.text.fr}, std::string{rule.text.en},
                                 std::move(b)});
    };
    // The signature, and the validation that came before it, as the replay applied them.
    std::optional<date> signed_on, validated_on;
    for (const auto& h : r.history) {
        if (h.to == stage::project_validated && !signed_on) validated_on = h.on;
        if (h.to == stage::contract_in_force && h.event && log[*h.event].kind == procedure_event_kind::contract_signed && !signed_on) signed_on = h.on;
    }
    if (!signed_on) return out;
    if (*signed_on != contract.signed_on) add(contract_path / "signed_on", bilingual{"signature", "signature"}, contract.signed_on, signed_on);
    if (validated_on && contract.project_validated && *validated_on != *contract.project_validated)
        add(contract_path / "project_validated", bilingual{"validation du projet de santé", "validation of the health project"}, contract.project_validated,
            validated_on);
    // Each mission's start and deployment, as the log records them (first occurrence).
    std::size_t i = 0;
    for (auto it = contract.missions.begin(); it != contract.missions.end(); ++it, ++i) {
        std::optional<date> started, deployed;
        for (const auto& e : log) {
            if (e.mission != it->mission) continue;
            if (e.kind == procedure_event_kind::mission_started && !started) started = e.on;
            if (e.kind == procedure_event_kind::mission_deployed && !deployed) deployed = e.on;
        }
        const auto what = [&](label prefix) { return bilingual{} << prefix << name(it->mission) << label{" »", "\""}; };
        if (started != it->started)
            add(contract_path / "missions" / i / "started", what(label{"démarrage de la mission « ", "start of the mission \""}), it->started, started);
        if (deployed != it->deployed)
            add(contract_path / "missions" / i / "deployed", what(label{"déploiement de la mission « ", "deployment of the mission \""}), it->deployed,
                deployed);
    }
    return out;
}

}  // namespace coordcare::procedures
