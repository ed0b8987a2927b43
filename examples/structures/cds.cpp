// A CDS (centre de santé) managed by a commune: salaried professionals, one agreement.
#include <coordcare/coordcare.hpp>

#include "report.hpp"

using namespace coordcare;

int main() {
    const date as_of{std::chrono::year{2025}, std::chrono::June, std::chrono::day{1}};

    cds centre;
    centre.name = "Centre municipal de santé";
    centre.form = legal_form::commune_or_grouping;
    centre.ids.finess = "930012345"_finess;
    centre.project = health_project{date{std::chrono::year{2022}, std::chrono::February, std::chrono::day{1}}};
    centre.funding.national_agreement = true;
    centre.members = {person{"Dr Lambert", professions::doctor, doctor_specialty::general_practice, practice_mode::salaried, false, true},
                      person{"Mme Fontaine", professions::dentist, std::nullopt, practice_mode::salaried, false, true},
                      person{"M. Rousseau", professions::nurse, std::nullopt, practice_mode::volunteer, false, true}};
    const auto valid = validate(centre, as_of);
    example::print("Centre municipal de santé", valid);

    // Managed by a SISA, a liberal dentist, and both agreements at once.
    cds broken = centre;
    broken.form = legal_form::sisa;
    std::get<person>(broken.members[1]).mode = practice_mode::liberal;
    broken.funding.model_contract = true;
    const auto report = validate(broken, as_of);
    example::print("Centre municipal de santé, changed", report);

    return example::outcome(valid, report, "CDS.MANAGER");
}
