// coordcare — regional doctrine: what each ARS (regional health agency) decides for itself, chosen
// by the caller as a named preset or built by the user. DOMAIN.md §1 and §2.
#pragma once

#include <coordcare/vocabulary/source_note.hpp>

#include <string_view>

namespace coordcare {

/// The minimum composition of an ESP beyond the law (which only says "built around general
/// practitioners"): regional doctrine.
enum class esp_minimum : unsigned char {
    law_only,                 ///< at least one general practitioner (the law's own floor)
    two_professionals_one_gp, ///< at least two health professionals, at least one of them a GP
    one_gp_one_paramedical,   ///< at least one GP and at least one medical auxiliary (paramédical)
};

/// The doctrine of one region, as far as the structures' rules need it. Later layers add the FIR
/// amounts and the procedure details to it.
struct regional_doctrine {
    std::string_view name;
    esp_minimum esp = esp_minimum::law_only;
    bool fir_requires_association = true;  ///< FIR for an ESP or ESS is paid to an association
    source_note source;

    friend constexpr bool operator==(const regional_doctrine&, const regional_doctrine&) = default;
};

/// Named presets. Each says where it comes from; a user may build their own regional_doctrine.
namespace doctrines {
/// No regional rule beyond the law and the national guide: ESP minimum as the law says.
inline constexpr regional_doctrine national{
    "national", esp_minimum::law_only, true,
    {certainty::seed, "CPTS help desk FAQ n°4 (seed 000): an association to receive FIR; law for the rest"}};
/// ARS Provence-Alpes-Côte d'Azur: an ESP has at least one GP and one paramedical professional.
inline constexpr regional_doctrine provence_alpes_cote_d_azur{
    "provence-alpes-cote-d-azur", esp_minimum::one_gp_one_paramedical, true,
    {certainty::seed, "ARS PACA, cahier des charges régional CPTS, annex on ESP (seed 003)"}};
/// Auvergne-Rhône-Alpes: an ESP has at least two health professionals, at least one of them a GP.
inline constexpr regional_doctrine auvergne_rhone_alpes{
    "auvergne-rhone-alpes", esp_minimum::two_professionals_one_gp, true,
    {certainty::uncertain, "legal guide to the five structures (seed 004); attributed to ARA in DOMAIN.md §2"}};
/// ARS Île-de-France: no ESP minimum in our sources beyond the law.
inline constexpr regional_doctrine ile_de_france{
    "ile-de-france", esp_minimum::law_only, true,
    {certainty::seed, "ARS Île-de-France note on CPTS (seed 002) states no ESP minimum"}};

inline constexpr regional_doctrine all[] = {national, provence_alpes_cote_d_azur, auvergne_rhone_alpes, ile_de_france};

/// The preset of that name, or nullptr.
[[nodiscard]] constexpr const regional_doctrine* find(std::string_view preset) noexcept {
    for (const auto& d : all)
        if (d.name == preset) return &d;
    return nullptr;
}
}  // namespace doctrines

}  // namespace coordcare
