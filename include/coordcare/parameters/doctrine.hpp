// coordcare — regional doctrine: what each ARS (agence régionale de santé, the regional health agency)
// decides for itself, as an overlay on the national figures (DOMAIN.md §1 and §2). A doctrine is the
// national figures plus the changes one region makes to them, each change with its source — the shape
// of OpenFisca's reforms. The caller chooses it: a named preset from the seeds, or one of their own.
//
//   regional_doctrine mine{"my-region", {"Ma région", "My region"},
//                          {.esp = esp_minimum::one_gp_one_paramedical}, {certainty::seed, "our ARS's note"}};
//   mine.figures().esp   == esp_minimum::one_gp_one_paramedical
//   mine.figures().fir_requires_association == true              (the national figure, unchanged)
#pragma once

#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/source_note.hpp>

#include <array>
#include <optional>
#include <string_view>

namespace coordcare {

/// The minimum composition a region requires of an ESP beyond the national one (at least two health
/// professionals, at least one of them a general practitioner, which every doctrine keeps).
enum class esp_minimum : unsigned char {
    national,                ///< nothing beyond the national minimum
    one_gp_one_paramedical,  ///< also at least one medical auxiliary ("un paramédical"), ARS PACA (seed 003)
};

/// The figures of the structures layer that a region may change.
struct structure_figures {
    esp_minimum esp = esp_minimum::national;
    bool fir_requires_association = true;  ///< FIR for an ESP or ESS is paid to an association
    /// The region is to be covered by CPTS territories without white zone nor overlap (ARS PACA, seed 003):
    /// TERRITORY.OVERLAP and .WHITE_ZONE are warnings under such a doctrine, notes elsewhere.
    bool cpts_full_coverage = false;

    friend constexpr bool operator==(const structure_figures&, const structure_figures&) = default;
};

/// The national figures, which every doctrine starts from.
inline constexpr structure_figures national_structure_figures{};
inline constexpr source_note national_structure_figures_source{
    certainty::seed,
    "ESP minimum: legal guide to the five structures (seed 004); FIR to an association: CPTS help desk FAQ n°4 (seed 000)"};

/// What a region changes; an empty field keeps the national figure.
struct structure_overlay {
    std::optional<esp_minimum> esp{};
    std::optional<bool> fir_requires_association{};
    std::optional<bool> cpts_full_coverage{};

    friend constexpr bool operator==(const structure_overlay&, const structure_overlay&) = default;
};

/// The doctrine of one region: an overlay on the national figures, with its source.
struct regional_doctrine {
    std::string_view name;  ///< the preset's id ("provence-alpes-cote-d-azur"), as --region takes it
    label region;           ///< the region's name, for people
    structure_overlay changes{};
    source_note source{};

    /// The figures in force under this doctrine: the national ones with this region's changes.
    [[nodiscard]] constexpr structure_figures figures() const noexcept {
        structure_figures f = national_structure_figures;
        if (changes.esp) f.esp = *changes.esp;
        if (changes.fir_requires_association) f.fir_requires_association = *changes.fir_requires_association;
        if (changes.cpts_full_coverage) f.cpts_full_coverage = *changes.cpts_full_coverage;
        return f;
    }

    friend constexpr bool operator==(const regional_doctrine&, const regional_doctrine&) = default;
};

/// Named presets, from the seeds. A user may build their own regional_doctrine.
namespace doctrines {
/// No regional change: the national figures.
inline constexpr regional_doctrine national{"national", {"national", "national"}, {}, national_structure_figures_source};
/// ARS Provence-Alpes-Côte d'Azur: an ESP counts "au moins un médecin généraliste et un paramédical".
inline constexpr regional_doctrine provence_alpes_cote_d_azur{
    "provence-alpes-cote-d-azur",
    {"Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur"},
    {.esp = esp_minimum::one_gp_one_paramedical, .cpts_full_coverage = true},
    {certainty::seed, "ARS PACA, cahier des charges régional de création des CPTS, annex on the ESP; the region covered 'sans zone blanche ni "
                      "chevauchement' (seed 003)"}};
/// ARS Île-de-France: its note on CPTS (seed 002) changes none of the structures' figures.
inline constexpr regional_doctrine ile_de_france{
    "ile-de-france", {"Île-de-France", "Île-de-France"}, {}, {certainty::seed, "ARS Île-de-France note on CPTS (seed 002)"}};

inline constexpr std::array all{national, provence_alpes_cote_d_azur, ile_de_france};

/// The preset of that name, or nullptr.
[[nodiscard]] constexpr const regional_doctrine* find(std::string_view preset) noexcept {
    for (const auto& d : all)
        if (d.name == preset) return &d;
    return nullptr;
}
}  // namespace doctrines

}  // namespace coordcare
