// coordcare — the indicators of the ACI MSP (accord conventionnel interprofessionnel des structures de
// santé pluriprofessionnelles): what an MSP commits to and is paid for in points. Which are prerequisite
// ("socle prérequis", which gate any payment), socle or optional, and how many points each is worth,
// depends on the agreement's edition: that is the parameters layer's (parameters/aci_msp.hpp). The names
// are those of the Cnam's guide of the indicators after avenant 1 (October 2022) [cnam-guide-aci-msp].
#pragma once

#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/table.hpp>

#include <array>
#include <string_view>

namespace coordcare {

/// An indicator of the ACI MSP.
enum class msp_indicator : unsigned char {
    opening_hours,                ///< horaires d'ouverture et soins non programmés
    crisis_response,              ///< réponse aux crises sanitaires graves (avenant 1)
    coordination,                 ///< fonction de coordination
    information_system,           ///< système d'information de niveau standard
    protocols,                    ///< protocoles pluriprofessionnels
    concertation,                 ///< concertation pluriprofessionnelle
    diversity,                    ///< diversité de l'offre de soins (professions of the associates)
    second_recourse,              ///< consultations de second recours
    cstm_doctor,                  ///< médecin en contrat de solidarité territoriale médecin (CSTM)
    public_health,                ///< missions de santé publique
    user_involvement,             ///< implication des usagers
    sas_participation,            ///< participation au service d'accès aux soins (SAS)
    internships,                  ///< formation des professionnels: stagiaires accueillis
    external_coordination,        ///< coordination externe
    quality,                      ///< démarche qualité
    cooperation_protocols,        ///< protocoles nationaux de coopération
    heart_failure,                ///< parcours insuffisance cardiaque
    child_obesity,                ///< parcours obésité de l'enfant
    advanced_information_system,  ///< système d'information de niveau avancé
};

/// What an indicator is for the payment: a prerequisite gates every payment; socle is due from every
/// signatory; optional is the MSP's choice.
enum class msp_indicator_kind : unsigned char { prerequisite, socle, optional };

struct msp_indicator_entry {
    msp_indicator indicator;
    std::string_view id;  ///< exchange id (JSON)
    label name;
};
/// The indicators in the order of the Cnam's guide (avenant 1).
inline constexpr std::array msp_indicator_table{
    msp_indicator_entry{msp_indicator::opening_hours, "opening_hours", {"Horaires d'ouverture et soins non programmés", "Opening hours and unscheduled care"}},
    msp_indicator_entry{msp_indicator::crisis_response, "crisis_response", {"Réponse aux crises sanitaires graves", "Response to serious health crises"}},
    msp_indicator_entry{msp_indicator::coordination, "coordination", {"Fonction de coordination", "Coordination function"}},
    msp_indicator_entry{msp_indicator::information_system, "information_system",
                        {"Système d'information de niveau standard", "Standard information system"}},
    msp_indicator_entry{msp_indicator::protocols, "protocols", {"Protocoles pluriprofessionnels", "Multi-professional protocols"}},
    msp_indicator_entry{msp_indicator::concertation, "concertation", {"Concertation pluriprofessionnelle", "Multi-professional concertation"}},
    msp_indicator_entry{msp_indicator::diversity, "diversity", {"Diversité de l'offre de soins", "Diversity of the care offered"}},
    msp_indicator_entry{msp_indicator::second_recourse, "second_recourse", {"Consultations de second recours", "Second-recourse consultations"}},
    msp_indicator_entry{msp_indicator::cstm_doctor, "cstm_doctor",
                        {"Médecin en contrat de solidarité territoriale", "Doctor under a territorial solidarity contract"}},
    msp_indicator_entry{msp_indicator::public_health, "public_health", {"Missions de santé publique", "Public-health missions"}},
    msp_indicator_entry{msp_indicator::user_involvement, "user_involvement", {"Implication des usagers", "User involvement"}},
    msp_indicator_entry{msp_indicator::sas_participation, "sas_participation",
                        {"Participation au service d'accès aux soins", "Participation in the care access service (SAS)"}},
    msp_indicator_entry{msp_indicator::internships, "internships", {"Accueil de stagiaires", "Training internships"}},
    msp_indicator_entry{msp_indicator::external_coordination, "external_coordination", {"Coordination externe", "External coordination"}},
    msp_indicator_entry{msp_indicator::quality, "quality", {"Démarche qualité", "Quality approach"}},
    msp_indicator_entry{msp_indicator::cooperation_protocols, "cooperation_protocols",
                        {"Protocoles nationaux de coopération", "National cooperation protocols"}},
    msp_indicator_entry{msp_indicator::heart_failure, "heart_failure", {"Parcours insuffisance cardiaque", "Heart-failure pathway"}},
    msp_indicator_entry{msp_indicator::child_obesity, "child_obesity", {"Parcours obésité de l'enfant", "Child obesity pathway"}},
    msp_indicator_entry{msp_indicator::advanced_information_system, "advanced_information_system",
                        {"Système d'information de niveau avancé", "Advanced information system"}},
};

[[nodiscard]] constexpr label name(msp_indicator i) noexcept { return detail::entry_of(msp_indicator_table, i, &msp_indicator_entry::indicator).name; }
[[nodiscard]] constexpr std::string_view id(msp_indicator i) noexcept {
    return detail::entry_of(msp_indicator_table, i, &msp_indicator_entry::indicator).id;
}

struct msp_indicator_kind_entry {
    msp_indicator_kind kind;
    std::string_view id;
    label name;
};
inline constexpr std::array msp_indicator_kind_table{
    msp_indicator_kind_entry{msp_indicator_kind::prerequisite, "prerequisite", {"socle prérequis", "prerequisite"}},
    msp_indicator_kind_entry{msp_indicator_kind::socle, "socle", {"socle", "socle"}},
    msp_indicator_kind_entry{msp_indicator_kind::optional, "optional", {"optionnel", "optional"}},
};
[[nodiscard]] constexpr label name(msp_indicator_kind k) noexcept {
    return detail::entry_of(msp_indicator_kind_table, k, &msp_indicator_kind_entry::kind).name;
}

}  // namespace coordcare
