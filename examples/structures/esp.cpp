// An ESP (équipe de soins primaires), checked under two regional doctrines.
#include <coordcare/coordcare.hpp>

#include "report.hpp"

using namespace coordcare;

int main() {
    const date as_of{std::chrono::year{2025}, std::chrono::June, std::chrono::day{1}};

    esp team;
    team.name = "ESP du Val";
    team.form = legal_form::association_1901;
    team.project = health_project{date{std::chrono::year{2024}, std::chrono::September, std::chrono::day{12}}};
    team.funding.fir_requested = true;
    team.members = {person{"Dr Morel", professions::doctor, doctor_specialty::general_practice, practice_mode::liberal, false, true},
                    person{"Mme Roux", professions::nurse, std::nullopt, practice_mode::liberal, false, true}};
    const auto valid = validate(team, as_of, doctrines::provence_alpes_cote_d_azur);
    example::print("ESP du Val (doctrine of ARS PACA)", valid);

    // Without its nurse, the team is below PACA's minimum (one GP and one paramedical); a social worker
    // cannot belong to an ESP; and without an association it cannot receive FIR.
    esp broken = team;
    broken.form = legal_form::none;
    broken.members.back() = person{"M. Arnaud", non_health_role::social_worker, std::nullopt, practice_mode::salaried, false, true};
    const auto report = validate(broken, as_of, doctrines::provence_alpes_cote_d_azur);
    example::print("ESP du Val, changed (doctrine of ARS PACA)", report);
    example::print("The same, under the national doctrine", validate(broken, as_of, doctrines::national));

    return example::outcome(valid, report, "ESP.REGIONAL_MINIMUM");
}
