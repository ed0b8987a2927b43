// coordcare — the layer a rule or a figure belongs to: the law, a national agreement, a region's doctrine,
// one structure's contract, or a constraint of the data.
#pragma once

#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/table.hpp>

#include <array>
#include <string_view>

namespace coordcare {

/// Where a rule or a figure comes from. Only law is fixed; the other layers are dated data chosen by the
/// caller (docs/architecture.md, "Four layers"). A data constraint is no rule of law: it is what a record must hold to mean anything
/// (a doctor states a specialty; a SIRET begins with its SIREN), stated by a nomenclature or a register.
enum class rule_layer : unsigned char {
    law,                 ///< Code de la santé publique, code de la sécurité sociale, ordinances, decrees
    national_agreement,  ///< ACI CPTS, ACI MSP, accord national des centres de santé
    regional_doctrine,   ///< an ARS's own doctrine (FIR amounts, minimum composition of an ESP, ...)
    contract,            ///< one structure's contract (its tripartite ACI contract)
    data_constraint,     ///< a nomenclature's or a register's constraint on the data (NOS, SIRENE)
    guidance,            ///< a guide's or an agency's recommendation, binding no one: its findings are warnings or notes
};
struct rule_layer_entry {
    rule_layer layer;
    std::string_view id;
    label name;
};
inline constexpr std::array rule_layer_table{
    rule_layer_entry{rule_layer::law, "law", {"loi", "law"}},
    rule_layer_entry{rule_layer::national_agreement, "national_agreement", {"accord national", "national agreement"}},
    rule_layer_entry{rule_layer::regional_doctrine, "regional_doctrine", {"doctrine régionale", "regional doctrine"}},
    rule_layer_entry{rule_layer::contract, "contract", {"contrat", "contract"}},
    rule_layer_entry{rule_layer::data_constraint, "data_constraint", {"contrainte de données", "data constraint"}},
    rule_layer_entry{rule_layer::guidance, "guidance", {"recommandation", "recommendation"}},
};
[[nodiscard]] constexpr const rule_layer_entry& entry(rule_layer l) noexcept {
    return detail::entry_of(rule_layer_table, l, &rule_layer_entry::layer);
}

}  // namespace coordcare
