// coordcare — the departments of France (INSEE codes and names), so that a diagnostic can say "seat
// 57463 is in Moselle (57)". Source: INSEE, Code officiel géographique (COG), 101 departments: 96 in
// metropolitan France (2A and 2B for Corsica) and 5 overseas (971 to 974, 976). The commune index of
// the territory layer will bring the communes themselves.
#pragma once

#include <coordcare/vocabulary/source_note.hpp>

#include <array>
#include <optional>
#include <string_view>

namespace coordcare {

struct department_entry {
    std::string_view code;  ///< "01" to "95", "2A", "2B", "971" to "976"
    std::string_view name;  ///< its name, in French (names of places are not translated)
};

inline constexpr source_note department_source{certainty::confirmed, "INSEE, Code officiel géographique: the 101 departments"};

/// The 101 departments, in INSEE's order.
inline constexpr std::array department_table{
    department_entry{"01", "Ain"},
    department_entry{"02", "Aisne"},
    department_entry{"03", "Allier"},
    department_entry{"04", "Alpes-de-Haute-Provence"},
    department_entry{"05", "Hautes-Alpes"},
    department_entry{"06", "Alpes-Maritimes"},
    department_entry{"07", "Ardèche"},
    department_entry{"08", "Ardennes"},
    department_entry{"09", "Ariège"},
    department_entry{"10", "Aube"},
    department_entry{"11", "Aude"},
    department_entry{"12", "Aveyron"},
    department_entry{"13", "Bouches-du-Rhône"},
    department_entry{"14", "Calvados"},
    department_entry{"15", "Cantal"},
    department_entry{"16", "Charente"},
    department_entry{"17", "Charente-Maritime"},
    department_entry{"18", "Cher"},
    department_entry{"19", "Corrèze"},
    department_entry{"2A", "Corse-du-Sud"},
    department_entry{"2B", "Haute-Corse"},
    department_entry{"21", "Côte-d'Or"},
    department_entry{"22", "Côtes-d'Armor"},
    department_entry{"23", "Creuse"},
    department_entry{"24", "Dordogne"},
    department_entry{"25", "Doubs"},
    department_entry{"26", "Drôme"},
    department_entry{"27", "Eure"},
    department_entry{"28", "Eure-et-Loir"},
    department_entry{"29", "Finistère"},
    department_entry{"30", "Gard"},
    department_entry{"31", "Haute-Garonne"},
    department_entry{"32", "Gers"},
    department_entry{"33", "Gironde"},
    department_entry{"34", "Hérault"},
    department_entry{"35", "Ille-et-Vilaine"},
    department_entry{"36", "Indre"},
    department_entry{"37", "Indre-et-Loire"},
    department_entry{"38", "Isère"},
    department_entry{"39", "Jura"},
    department_entry{"40", "Landes"},
    department_entry{"41", "Loir-et-Cher"},
    department_entry{"42", "Loire"},
    department_entry{"43", "Haute-Loire"},
    department_entry{"44", "Loire-Atlantique"},
    department_entry{"45", "Loiret"},
    department_entry{"46", "Lot"},
    department_entry{"47", "Lot-et-Garonne"},
    department_entry{"48", "Lozère"},
    department_entry{"49", "Maine-et-Loire"},
    department_entry{"50", "Manche"},
    department_entry{"51", "Marne"},
    department_entry{"52", "Haute-Marne"},
    department_entry{"53", "Mayenne"},
    department_entry{"54", "Meurthe-et-Moselle"},
    department_entry{"55", "Meuse"},
    department_entry{"56", "Morbihan"},
    department_entry{"57", "Moselle"},
    department_entry{"58", "Nièvre"},
    department_entry{"59", "Nord"},
    department_entry{"60", "Oise"},
    department_entry{"61", "Orne"},
    department_entry{"62", "Pas-de-Calais"},
    department_entry{"63", "Puy-de-Dôme"},
    department_entry{"64", "Pyrénées-Atlantiques"},
    department_entry{"65", "Hautes-Pyrénées"},
    department_entry{"66", "Pyrénées-Orientales"},
    department_entry{"67", "Bas-Rhin"},
    department_entry{"68", "Haut-Rhin"},
    department_entry{"69", "Rhône"},
    department_entry{"70", "Haute-Saône"},
    department_entry{"71", "Saône-et-Loire"},
    department_entry{"72", "Sarthe"},
    department_entry{"73", "Savoie"},
    department_entry{"74", "Haute-Savoie"},
    department_entry{"75", "Paris"},
    department_entry{"76", "Seine-Maritime"},
    department_entry{"77", "Seine-et-Marne"},
    department_entry{"78", "Yvelines"},
    department_entry{"79", "Deux-Sèvres"},
    department_entry{"80", "Somme"},
    department_entry{"81", "Tarn"},
    department_entry{"82", "Tarn-et-Garonne"},
    department_entry{"83", "Var"},
    department_entry{"84", "Vaucluse"},
    department_entry{"85", "Vendée"},
    department_entry{"86", "Vienne"},
    department_entry{"87", "Haute-Vienne"},
    department_entry{"88", "Vosges"},
    department_entry{"89", "Yonne"},
    department_entry{"90", "Territoire de Belfort"},
    department_entry{"91", "Essonne"},
    department_entry{"92", "Hauts-de-Seine"},
    department_entry{"93", "Seine-Saint-Denis"},
    department_entry{"94", "Val-de-Marne"},
    department_entry{"95", "Val-d'Oise"},
    department_entry{"971", "Guadeloupe"},
    department_entry{"972", "Martinique"},
    department_entry{"973", "Guyane"},
    department_entry{"974", "La Réunion"},
    department_entry{"976", "Mayotte"},
};

/// The name of a department from its code ("57" → "Moselle"), or nothing for a code that is none.
[[nodiscard]] constexpr std::optional<std::string_view> department_name(std::string_view code) noexcept {
    for (const auto& d : department_table)
        if (d.code == code) return d.name;
    return std::nullopt;
}

}  // namespace coordcare
