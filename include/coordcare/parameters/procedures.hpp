// coordcare — the delays of the procedures, each in the layer its source gives. The law's: a CPTS's health
// project is deemed validated two months after the ARS receives it unless its director general opposes (CSP
// L.1434-12). The ACI contract's: its parties meet at least once a year to follow it up. A region's: ARS
// PACA answers a letter of intent within a month of the CCOPD's opinion and recommends a health project
// within a year of the letter's validation [ars-paca-cdc-cpts]. Each is a figure with its id and source; a
// rulebook can replace any of them (their ids end in ".MONTHS"; the law's only for a what-if). The mission
// deadlines and the contract's term are the ACI editions' (aci_cpts_2019.hpp, aci_cpts_avenant_2.hpp); the
// SISA delay of an MSP the ACI MSP's.
//
//   parameters::national_figures.procedures.deemed_validation_months.value == 2
//   parameters::national_figures.regional_procedure_of("provence-alpes-cote-d-azur")->letter_decision_months.value == 1
#pragma once

#include <coordcare/parameters/figure.hpp>
#include <coordcare/vocabulary/dates.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <string_view>

namespace coordcare::parameters {

/// The delays of a CPTS's procedure that hold in every region: the law's and the contract's, in months.
struct cpts_procedure_figures {
    std::string_view id;  ///< "PROCEDURE.CPTS": the prefix of its figures' ids
    date in_force_from;   ///< the deemed validation applies to projects submitted from this date
    source_note date_source;
    /// A submitted health project is deemed validated at the end of this delay unless the ARS director
    /// general opposes (the law); a request for complements acts on it as the doctrine says (delays.hpp).
    figure<std::int64_t> deemed_validation_months;
    /// The contract's parties meet at least once in each period of this length (the yearly follow-up, a clause
    /// of the ACI contract).
    figure<std::int64_t> follow_up_months;

    friend constexpr bool operator==(const cpts_procedure_figures&, const cpts_procedure_figures&) = default;
};

/// The delays of one region's own steps before a CPTS's project, in months.
struct regional_procedure_figures {
    std::string_view region;  ///< the preset's id, as regional_doctrine names it ("provence-alpes-cote-d-azur")
    std::string_view id;      ///< "PROCEDURE.PROVENCE_ALPES_COTE_D_AZUR.CPTS": the prefix of its figures' ids
    date in_force_from;       ///< the region's steps apply to letters filed from this date
    source_note date_source;
    /// After the CCOPD's opinion on a letter of intent, the ARS informs the CPTS of its decision within this delay.
    figure<std::int64_t> letter_decision_months;
    /// After the letter of intent is validated, the health project should be ready within this delay
    /// (a recommendation: late is a warning).
    figure<std::int64_t> health_project_months;

    friend constexpr bool operator==(const regional_procedure_figures&, const regional_procedure_figures&) = default;
};

namespace detail_procedures {
inline constexpr source_note paca_letter{
    certainty::stated,
    "[ars-paca-cdc-cpts] étape 2: 'La délégation de l'ARS, en lien avec l'Assurance Maladie, informe de la décision la CPTS concernée dans un "
    "délai d'un mois' after the CCOPD's opinion"};
inline constexpr source_note paca_project{
    certainty::stated, "[ars-paca-cdc-cpts] étape 3: 'Il est recommandé que l'élaboration du projet de santé ne dépasse pas un an': a recommendation"};
inline constexpr source_note deemed_validation{
    certainty::confirmed,
    "CSP art. L.1434-12: 'Le projet de santé est réputé validé, sauf si le directeur général de l'agence régionale de santé s'y oppose dans un "
    "délai de deux mois' (version in force on 2022-06-30, read on Légifrance [csp]); [ars-paca-cdc-cpts] étape 4 quotes it"};
inline constexpr source_note follow_up{
    certainty::stated,
    "the ACI contract as the ARS Île-de-France describes it: 'Pendant toute la durée du contrat, la CPTS, l'ARS et la CPAM organisent des points "
    "d'échanges réguliers (au moins une fois par an) pour le suivi du contrat' [ars-idf-cpts]; the contract's own clause was not read"};
}  // namespace detail_procedures

/// The delays of a CPTS's procedure that hold everywhere.
inline constexpr cpts_procedure_figures cpts_procedure{
    "PROCEDURE.CPTS",
    date{std::chrono::year{2019}, std::chrono::July, std::chrono::day{27}},
    {certainty::uncertain,
     "the sentence 'réputé validé ... dans un délai de deux mois' of L.1434-12 is read as added by the loi n° 2019-774 du 24 juillet 2019 "
     "(JORF 2019-07-26) [loi-2019-774], in force the next day; the amending article itself was not read"},
    {"PROCEDURE.CPTS.DEEMED_VALIDATION.MONTHS", 2, detail_procedures::deemed_validation, rule_layer::law},
    {"PROCEDURE.CPTS.FOLLOW_UP.MONTHS", 12, detail_procedures::follow_up, rule_layer::contract},
};

/// The regions' own steps, by preset.
inline constexpr std::array<regional_procedure_figures, 1> regional_procedures{{
    {"provence-alpes-cote-d-azur", "PROCEDURE.PROVENCE_ALPES_COTE_D_AZUR.CPTS",
     date{std::chrono::year{2019}, std::chrono::August, std::chrono::day{25}},
     {certainty::uncertain,
      "the specifications read [ars-paca-cdc-cpts] date from after 2022-03-31 (they cite the avenant 2's publication); earlier editions were not "
      "read: applied from the ACI CPTS's date of effect, 2019-08-25"},
     {"PROCEDURE.PROVENCE_ALPES_COTE_D_AZUR.CPTS.LETTER_DECISION.MONTHS", 1, detail_procedures::paca_letter, rule_layer::regional_doctrine},
     {"PROCEDURE.PROVENCE_ALPES_COTE_D_AZUR.CPTS.HEALTH_PROJECT.MONTHS", 12, detail_procedures::paca_project, rule_layer::regional_doctrine}},
}};

}  // namespace coordcare::parameters
