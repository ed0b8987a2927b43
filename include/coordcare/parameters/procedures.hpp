// coordcare — the delays of the procedures: how long the ARS has to answer a letter of intent, how long a
// health project should take, when a submitted project is deemed validated, how often a contract is
// followed up. Each is a figure with its id and source; a rulebook can replace any of them (their ids end
// in ".MONTHS"). The mission deadlines and the contract's term are the ACI editions' (aci_cpts_2019.hpp,
// aci_cpts_avenant_2.hpp); the SISA delay of an MSP the ACI MSP's. DOMAIN.md §7.
//
//   parameters::national_figures.procedures.deemed_validation_months.value == 2
#pragma once

#include <coordcare/parameters/figure.hpp>
#include <coordcare/vocabulary/dates.hpp>

#include <chrono>
#include <cstdint>
#include <string_view>

namespace coordcare::parameters {

/// The delays of a CPTS's procedure, in months.
struct cpts_procedure_figures {
    std::string_view id;  ///< "PROCEDURE.CPTS": the prefix of its figures' ids
    date in_force_from;   ///< the procedure applies to projects from this date
    source_note date_source;
    /// After the CCOPD's opinion on a letter of intent, the ARS informs the CPTS of its decision within this delay.
    figure<std::int64_t> letter_decision_months;
    /// After the letter of intent is validated, the health project should be ready within this delay
    /// (a recommendation: late is a warning).
    figure<std::int64_t> health_project_months;
    /// A submitted health project is deemed validated at the end of this delay unless the ARS director
    /// general opposes; a request for complements suspends it until the completed project arrives.
    figure<std::int64_t> deemed_validation_months;
    /// The contract's parties meet at least once in each period of this length (the yearly follow-up).
    figure<std::int64_t> follow_up_months;

    friend constexpr bool operator==(const cpts_procedure_figures&, const cpts_procedure_figures&) = default;
};

namespace detail_procedures {
inline constexpr source_note seed_003_letter{
    certainty::seed,
    "ARS PACA, cahier des charges CPTS, étape 2: 'La délégation de l'ARS ... informe de la décision la CPTS concernée dans un délai d'un mois' "
    "after the CCOPD's opinion (seed 003); regional doctrine"};
inline constexpr source_note seed_003_project{
    certainty::seed,
    "ARS PACA, étape 3: 'Il est recommandé que l'élaboration du projet de santé ne dépasse pas un an' (seed 003): a recommendation"};
inline constexpr source_note deemed_validation{
    certainty::confirmed,
    "CSP art. L.1434-12 as quoted by ARS PACA, étape 4: 'Le projet de santé est réputé validé dans un délai de deux mois, sauf si le directeur "
    "général de l'agence régionale de santé s'y oppose' (seed 003)"};
inline constexpr source_note follow_up{
    certainty::seed,
    "ARS Île-de-France note: 'des points d'échanges réguliers (au moins une fois par an) pour le suivi du contrat' (seed 002)"};
}  // namespace detail_procedures

/// The delays of a CPTS's procedure, as the law and the seeds give them.
inline constexpr cpts_procedure_figures cpts_procedure{
    "PROCEDURE.CPTS",
    date{std::chrono::year{2019}, std::chrono::August, std::chrono::day{25}},
    {certainty::seed, "the procedure leads to the ACI CPTS, in force from 2019-08-25 (arrêté du 21 août 2019, JO 2019-08-24; seeds 002, 003)"},
    {"PROCEDURE.CPTS.LETTER_DECISION.MONTHS", 1, detail_procedures::seed_003_letter},
    {"PROCEDURE.CPTS.HEALTH_PROJECT.MONTHS", 12, detail_procedures::seed_003_project},
    {"PROCEDURE.CPTS.DEEMED_VALIDATION.MONTHS", 2, detail_procedures::deemed_validation},
    {"PROCEDURE.CPTS.FOLLOW_UP.MONTHS", 12, detail_procedures::follow_up},
};

}  // namespace coordcare::parameters
