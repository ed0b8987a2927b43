// A CPTS (communauté professionnelle territoriale de santé): an association whose kind depends on
// where its seat is, and a membership open to every actor.
#include <coordcare/coordcare.hpp>

#include "report.hpp"

using namespace coordcare;

int main() {
    const date as_of{std::chrono::year{2025}, std::chrono::June, std::chrono::day{1}};

    cpts community;
    community.name = "CPTS Metz Nord";
    community.form = legal_form::association_local_law;  // seated in Moselle
    community.seat = "57463"_insee;
    community.project = health_project{date{std::chrono::year{2023}, std::chrono::May, std::chrono::day{10}}};
    community.members = {person{"Dr Muller", professions::doctor, doctor_specialty::general_practice, practice_mode::liberal, false, true},
                         person{"Mme Henry", professions::physiotherapist, std::nullopt, practice_mode::liberal, false, true},
                         organisation{"MSP de Borny", organisation_kind::msp, true},
                         organisation{"CHR Metz-Thionville", organisation_kind::health_establishment, false},
                         organisation{"DAC 57", organisation_kind::dac, false}};
    const auto valid = validate(community, as_of);
    example::print("CPTS Metz Nord", valid);

    // Registered as an association loi 1901 although its seat is in Moselle.
    cpts broken = community;
    broken.form = legal_form::association_1901;
    const auto report = validate(broken, as_of);
    example::print("CPTS Metz Nord, as an association loi 1901", report);
    example::print("The same as of 2021-06-01 (before the end of the transition period)",
                   validate(broken, date{std::chrono::year{2021}, std::chrono::June, std::chrono::day{1}}));

    return example::outcome(valid, report, "CPTS.LEGAL_FORM.SEAT");
}
