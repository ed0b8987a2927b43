// coordcare — the missions of a CPTS (communauté professionnelle territoriale de santé): the public-service
// missions of CSP L.1434-12-2, which the ACI CPTS (accord conventionnel interprofessionnel) pays for. Which
// are "socle" (due from every CPTS that signs) and by when, depends on the agreement's edition: that is
// the parameters layer's (parameters/aci_cpts.hpp). CSP L.1434-12-2 [csp], [aci-cpts-2019] and its
// [aci-cpts-avenant-2].
#pragma once

#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/table.hpp>

#include <array>
#include <string_view>

namespace coordcare {

/// A mission of a CPTS.
enum class cpts_mission : unsigned char {
    access_to_care,        ///< amélioration de l'accès aux soins: a médecin traitant for all, unscheduled care in town
    patient_pathways,      ///< organisation de parcours pluriprofessionnels autour du patient
    prevention,            ///< développement d'actions territoriales de prévention
    crisis_response,       ///< participation à la réponse aux crises sanitaires graves
    quality_relevance,     ///< développement de la qualité et de la pertinence des soins
    professional_support,  ///< accompagnement des professionnels de santé sur leur territoire
};

struct cpts_mission_entry {
    cpts_mission mission;
    std::string_view id;  ///< exchange id (JSON)
    label name;
};
/// The missions in the order of L.1434-12-2 and of the ACI's table ([ars-idf-cpts], [guide-exercice-coordonne]).
inline constexpr std::array cpts_mission_table{
    cpts_mission_entry{cpts_mission::access_to_care, "access_to_care", {"Amélioration de l'accès aux soins", "Access to care"}},
    cpts_mission_entry{cpts_mission::patient_pathways, "patient_pathways",
                       {"Organisation de parcours pluriprofessionnels autour du patient", "Multi-professional patient pathways"}},
    cpts_mission_entry{cpts_mission::prevention, "prevention",
                       {"Développement d'actions coordonnées de prévention", "Coordinated prevention actions"}},
    cpts_mission_entry{cpts_mission::crisis_response, "crisis_response",
                       {"Réponse aux crises sanitaires graves", "Response to serious health crises"}},
    cpts_mission_entry{cpts_mission::quality_relevance, "quality_relevance",
                       {"Développement de la qualité et de la pertinence des soins", "Quality and relevance of care"}},
    cpts_mission_entry{cpts_mission::professional_support, "professional_support",
                       {"Accompagnement des professionnels de santé sur le territoire", "Support to health professionals on the territory"}},
};

[[nodiscard]] constexpr label name(cpts_mission m) noexcept {
    return detail::entry_of(cpts_mission_table, m, &cpts_mission_entry::mission).name;
}
[[nodiscard]] constexpr std::string_view id(cpts_mission m) noexcept {
    return detail::entry_of(cpts_mission_table, m, &cpts_mission_entry::mission).id;
}

}  // namespace coordcare
