// coordcare — the legal forms a structure (or its manager) may take: CSP L.1434-12-1, L.4041-1 and
// L.6323-1-3 [csp]; for an ESP, an ESS and an MSP, [guide-exercice-coordonne] and [guichet-cpts-faq-4].
#pragma once

#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/table.hpp>

#include <array>
#include <string_view>

namespace coordcare {

/// Legal form of a structure, or of the body that manages it (a CDS is managed by one of the bodies
/// of CSP L.6323-1-3).
enum class legal_form : unsigned char {
    none,                                  ///< no legal personality (an ESP or ESS may have none)
    association_1901,                      ///< association loi du 1er juillet 1901
    association_local_law,                 ///< association under the local civil code of Alsace-Moselle (arts 21 to 79-3), seat in 57, 67 or 68
    sisa,                                  ///< société interprofessionnelle de soins ambulatoires (CSP L.4041-1)
    scic,                                  ///< société coopérative d'intérêt collectif
    other_non_profit,                      ///< other non-profit body (organisme à but non lucratif: mutual, foundation, ...)
    commune_or_grouping,                   ///< commune or grouping of communes
    departement,                           ///< département
    public_health_establishment,           ///< établissement public de santé
    private_health_establishment_non_profit,  ///< legal person managing a private non-profit health establishment
    private_health_establishment_for_profit,  ///< legal person managing a private for-profit health establishment
    other_company,                         ///< any other company (SARL, SAS, SCM, ...)
};

struct legal_form_entry {
    legal_form form;
    std::string_view id;  ///< exchange id (JSON)
    label name;
    bool legal_person;  ///< has legal personality
    bool association;   ///< is an association (loi 1901 or local law)
};
inline constexpr std::array legal_form_table{
    legal_form_entry{legal_form::none, "none", {"aucune forme juridique", "no legal form"}, false, false},
    legal_form_entry{legal_form::association_1901, "association_1901", {"association loi 1901", "association (law of 1901)"}, true, true},
    legal_form_entry{legal_form::association_local_law, "association_local_law",
                     {"association de droit local (Alsace-Moselle)", "association under Alsace-Moselle local law"}, true, true},
    legal_form_entry{legal_form::sisa, "sisa",
                     {"société interprofessionnelle de soins ambulatoires (SISA)", "interprofessional outpatient care company (SISA)"}, true, false},
    legal_form_entry{legal_form::scic, "scic", {"société coopérative d'intérêt collectif (SCIC)", "cooperative society of collective interest (SCIC)"}, true, false},
    legal_form_entry{legal_form::other_non_profit, "other_non_profit", {"autre organisme à but non lucratif", "other non-profit body"}, true, false},
    legal_form_entry{legal_form::commune_or_grouping, "commune_or_grouping", {"commune ou groupement de communes", "commune or grouping of communes"}, true, false},
    legal_form_entry{legal_form::departement, "departement", {"département", "département"}, true, false},
    legal_form_entry{legal_form::public_health_establishment, "public_health_establishment", {"établissement public de santé", "public health establishment"}, true, false},
    legal_form_entry{legal_form::private_health_establishment_non_profit, "private_health_establishment_non_profit",
                     {"gestionnaire d'établissement privé de santé à but non lucratif", "manager of a non-profit private health establishment"}, true, false},
    legal_form_entry{legal_form::private_health_establishment_for_profit, "private_health_establishment_for_profit",
                     {"gestionnaire d'établissement privé de santé à but lucratif", "manager of a for-profit private health establishment"}, true, false},
    legal_form_entry{legal_form::other_company, "other_company", {"autre société", "other company"}, true, false},
};

[[nodiscard]] constexpr label name(legal_form f) noexcept {
    return detail::entry_of(legal_form_table, f, &legal_form_entry::form).name;
}
[[nodiscard]] constexpr bool is_legal_person(legal_form f) noexcept {
    return detail::entry_of(legal_form_table, f, &legal_form_entry::form).legal_person;
}
[[nodiscard]] constexpr bool is_association(legal_form f) noexcept {
    return detail::entry_of(legal_form_table, f, &legal_form_entry::form).association;
}

}  // namespace coordcare
