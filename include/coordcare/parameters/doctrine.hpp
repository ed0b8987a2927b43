// coordcare — regional doctrine: what each ARS (agence régionale de santé, the regional health agency)
// decides for itself, as an overlay on the national figures. A doctrine is the national figures plus the
// changes one region makes to them, each change with its source — the shape of OpenFisca's reforms. The
// caller chooses it: a named preset from a region's published documents, or one of their own. "national" is
// the law and the national agreements alone: a region without a preset gets them.
//
//   regional_doctrine mine{"my-region", {"Ma région", "My region"},
//                          {.esp = esp_minimum::one_gp_one_paramedical}, {certainty::stated, "our ARS's note"}};
//   mine.figures().esp   == esp_minimum::one_gp_one_paramedical
//   mine.figures().cpts_procedure == cpts_procedure_doctrine::law   (the national one, unchanged)
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
    one_gp_one_paramedical,  ///< also at least one medical auxiliary ("un paramédical"), ARS PACA [ars-paca-cdc-cpts]
};

/// The steps a CPTS takes before its health project, by doctrine. The law knows only the project: sent to the
/// ARS, "réputé validé" unless its director general opposes within two months on two grounds (CSP L.1434-12);
/// the letter of intent and what follows it are the regions' own procedures.
enum class cpts_procedure_doctrine : unsigned char {
    law,               ///< the law alone: a letter of intent, if any, is recorded but asks for nothing
    letter_and_ccopd,  ///< ARS PACA: letter of intent, the CCOPD's opinion, the ARS's decision within a month, the project within a year [ars-paca-cdc-cpts]
    letter_validated,  ///< ARS Île-de-France: a letter of intent or pre-project that the ARS validates, no CCOPD [ars-idf-cpts]
};

/// The figures of the structures layer that a region may change.
struct structure_figures {
    esp_minimum esp = esp_minimum::national;
    /// FIR for an ESP is paid only to an association (the CPTS help desk's FAQ, whose links are Occitanie's
    /// [guichet-cpts-faq-4]): no national rule says so ("une simple association loi 1901 peut suffire", an ESP
    /// "ne nécessite pas de structuration juridique particulière" [guide-exercice-coordonne]).
    bool fir_requires_association = false;
    /// The region is to be covered by CPTS territories without white zone nor overlap, one multi-thematic CPTS
    /// per territory (ARS PACA [ars-paca-cdc-cpts]): an overlap between two multi-thematic CPTS is an error, a
    /// white zone a warning, under such a doctrine; notes elsewhere.
    bool cpts_full_coverage = false;
    cpts_procedure_doctrine cpts_procedure = cpts_procedure_doctrine::law;

    friend constexpr bool operator==(const structure_figures&, const structure_figures&) = default;
};

/// The national figures, which every doctrine starts from.
inline constexpr structure_figures national_structure_figures{};
inline constexpr source_note national_structure_figures_source{
    certainty::stated,
    "ESP minimum: [guide-exercice-coordonne]; no national rule on the FIR's beneficiary (its aids are each region's); the CPTS procedure: CSP "
    "L.1434-12 alone"};

/// What a region changes; an empty field keeps the national figure.
struct structure_overlay {
    std::optional<esp_minimum> esp{};
    std::optional<bool> fir_requires_association{};
    std::optional<bool> cpts_full_coverage{};
    std::optional<cpts_procedure_doctrine> cpts_procedure{};

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
        if (changes.cpts_procedure) f.cpts_procedure = *changes.cpts_procedure;
        return f;
    }

    friend constexpr bool operator==(const regional_doctrine&, const regional_doctrine&) = default;
};

/// Named presets, from the regions' published documents. A user may build their own regional_doctrine.
namespace doctrines {
/// No regional change: the law and the national agreements.
inline constexpr regional_doctrine national{"national", {"national", "national"}, {}, national_structure_figures_source};
/// ARS Provence-Alpes-Côte d'Azur: an ESP counts "au moins un médecin généraliste et un paramédical"; one
/// multi-thematic CPTS per territory, the region covered without white zone nor overlap; the CPTS's
/// procedure by a letter of intent and the CCOPD.
inline constexpr regional_doctrine provence_alpes_cote_d_azur{
    "provence-alpes-cote-d-azur",
    {"Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur"},
    {.esp = esp_minimum::one_gp_one_paramedical, .cpts_full_coverage = true, .cpts_procedure = cpts_procedure_doctrine::letter_and_ccopd},
    {certainty::stated, "[ars-paca-cdc-cpts]: its annex on the ESP; 'il ne peut exister qu'une seule CPTS par territoire'; the region covered 'sans "
                        "zone blanche ni chevauchement'; its steps 1 to 5"}};
/// ARS Île-de-France: a letter of intent or pre-project that the ARS validates opens its phase-1 aid.
inline constexpr regional_doctrine ile_de_france{
    "ile-de-france",
    {"Île-de-France", "Île-de-France"},
    {.cpts_procedure = cpts_procedure_doctrine::letter_validated},
    {certainty::stated, "[ars-idf-cpts]: 'ils doivent présenter une lettre d'intention ou pré-projet que l'ARS doit valider'"}};
/// Occitanie, as the CPTS help desk's FAQ reads (its links are the URPS médecins libéraux d'Occitanie's): FIR
/// to an ESP or ESS constituted as an association. Its FIR aids are parameters::fir_doctrines' "occitanie".
inline constexpr regional_doctrine occitanie{
    "occitanie",
    {"Occitanie", "Occitanie"},
    {.fir_requires_association = true},
    {certainty::uncertain, "[guichet-cpts-faq-4]: 'Association pour obtention d'un FIR'; undated, and the region is not stated: its links point to "
                           "medecin-occitanie.org"}};

inline constexpr std::array all{national, provence_alpes_cote_d_azur, ile_de_france, occitanie};

/// The preset of that name, or nullptr.
[[nodiscard]] constexpr const regional_doctrine* find(std::string_view preset) noexcept {
    for (const auto& d : all)
        if (d.name == preset) return &d;
    return nullptr;
}
}  // namespace doctrines

}  // namespace coordcare
