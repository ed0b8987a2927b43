// An ESS (équipe de soins spécialisés): built around specialists other than general practitioners.
#include <coordcare/coordcare.hpp>

#include "report.hpp"

using namespace coordcare;

int main() {
    const date as_of{std::chrono::year{2025}, std::chrono::June, std::chrono::day{1}};

    ess team;
    team.name = "ESS cardiologie Nord";
    team.project = health_project{date{std::chrono::year{2023}, std::chrono::November, std::chrono::day{2}}};
    team.members = {person{"Dr Blanc", professions::doctor, doctor_specialty::other_specialty, practice_mode::mixed, false, true},
                    person{"Dr Garnier", professions::doctor, doctor_specialty::other_specialty, practice_mode::salaried, false, true},
                    person{"Mme Chevalier", professions::nurse, std::nullopt, practice_mode::liberal, false, true}};
    const auto valid = validate(team, as_of);
    example::print("ESS cardiologie Nord", valid);

    // Only general practitioners left, and a clinic joined as a member.
    ess broken = team;
    for (auto& m : broken.members)
        if (auto* p = std::get_if<person>(&m); p && p->is_doctor()) p->specialty = doctor_specialty::general_practice;
    broken.members.push_back(organisation{"Clinique du Parc", organisation_kind::health_establishment, true});
    const auto report = validate(broken, as_of);
    example::print("ESS cardiologie Nord, changed", report);

    return example::outcome(valid, report, "ESS.SPECIALIST");
}
