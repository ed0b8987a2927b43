// coordcare — direct access to physiotherapists (masseurs-kinésithérapeutes) without a prescription: law,
// not doctrine (loi n° 2023-379 art. 3 [loi-2023-379]; décret n° 2024-618 for the CPTS experiment
// [decret-2024-618]). At most eight sessions per patient without a prior medical diagnosis, with an initial
// assessment and a report sent to the patient and to the médecin traitant and entered in the DMP, in the
// settings the law lists; in a CPTS only in the experiment's departments and period. docs/funding.md has the
// worked example.
#pragma once

#include <coordcare/parameters/figure.hpp>
#include <coordcare/vocabulary/dates.hpp>
#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/table.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

namespace coordcare {

/// Where a physiotherapist treats: one of the coordinated structures, an establishment, or alone.
enum class care_setting : unsigned char {
    esp,                          ///< équipe de soins primaires
    ess,                          ///< équipe de soins spécialisés
    msp,                          ///< maison de santé pluriprofessionnelle
    cds,                          ///< centre de santé
    cpts,                         ///< communauté professionnelle territoriale de santé (experiment only)
    health_establishment,         ///< établissement de santé
    medico_social_establishment,  ///< établissement ou service social ou médico-social
    private_practice,             ///< a practice outside any of these
};
struct care_setting_entry {
    care_setting setting;
    std::string_view id;  ///< exchange id (JSON)
    label name;
};
inline constexpr std::array care_setting_table{
    care_setting_entry{care_setting::esp, "ESP", {"équipe de soins primaires", "primary care team"}},
    care_setting_entry{care_setting::ess, "ESS", {"équipe de soins spécialisés", "specialised care team"}},
    care_setting_entry{care_setting::msp, "MSP", {"maison de santé pluriprofessionnelle", "multi-professional health house"}},
    care_setting_entry{care_setting::cds, "CDS", {"centre de santé", "health centre"}},
    care_setting_entry{care_setting::cpts, "CPTS", {"communauté professionnelle territoriale de santé", "territorial health community"}},
    care_setting_entry{care_setting::health_establishment, "health_establishment", {"établissement de santé", "health establishment"}},
    care_setting_entry{care_setting::medico_social_establishment, "medico_social_establishment",
                       {"établissement ou service médico-social", "medico-social establishment or service"}},
    care_setting_entry{care_setting::private_practice, "private_practice", {"exercice hors structure", "practice outside any structure"}},
};
[[nodiscard]] constexpr label name(care_setting s) noexcept { return detail::entry_of(care_setting_table, s, &care_setting_entry::setting).name; }
[[nodiscard]] constexpr std::string_view id(care_setting s) noexcept { return detail::entry_of(care_setting_table, s, &care_setting_entry::setting).id; }

namespace parameters {

namespace detail_direct_access {
[[nodiscard]] consteval date ymd(int y, unsigned m, unsigned d) {
    return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}
inline constexpr source_note settings_source{
    certainty::stated,
    "[loi-2023-379] art. 3, published in the JORF of 2023-05-20 with no later date of effect in the law (none found in its copies): in force the "
    "next day; the settings as [guide-exercice-coordonne] lists them. The '22 août 2023' of the agencies' pages [ars-paca-acces-direct] is the "
    "date of effect of avenant 7 to the physiotherapists' national agreement (arrêté du 21 août 2023 [arrete-2023-08-21-avenant-7-mk]), which "
    "makes these sessions reimbursable: not the law's"};
}  // namespace detail_direct_access

/// A setting where direct access is allowed, and from when (until when, for an experiment).
struct direct_access_setting {
    care_setting setting;
    date from;
    std::optional<date> until;  ///< first day it no longer applies
    source_note source;
};

/// The law on direct access to physiotherapists.
struct direct_access_law {
    figure<std::int64_t> max_sessions;  ///< sessions per patient without a prior medical diagnosis
    std::array<direct_access_setting, 7> settings;
    std::array<std::string_view, 20> experiment_departments;  ///< the CPTS experiment's departments (INSEE codes)
    source_note departments_source;

    /// The terms of a setting, or nullptr where direct access is never allowed (private practice).
    [[nodiscard]] constexpr const direct_access_setting* setting(care_setting s) const noexcept {
        for (const auto& x : settings)
            if (x.setting == s) return &x;
        return nullptr;
    }
    [[nodiscard]] constexpr bool in_experiment(std::string_view department) const noexcept {
        for (const auto d : experiment_departments)
            if (d == department) return true;
        return false;
    }
};

/// Direct access as the law and the decree give it.
inline constexpr direct_access_law direct_access{
    {"DIRECT_ACCESS.MAX_SESSIONS", 8,
     {certainty::confirmed, "[loi-2023-379] art. 3, as [decret-2024-618] (read) repeats it: 'dans la limite de huit séances par patient, dans le cas "
                            "où celui-ci n'a pas eu de diagnostic médical préalable'"},
     rule_layer::law},
    {{{care_setting::esp, detail_direct_access::ymd(2023, 5, 21), std::nullopt, detail_direct_access::settings_source},
      {care_setting::ess, detail_direct_access::ymd(2023, 5, 21), std::nullopt, detail_direct_access::settings_source},
      {care_setting::msp, detail_direct_access::ymd(2023, 5, 21), std::nullopt, detail_direct_access::settings_source},
      {care_setting::cds, detail_direct_access::ymd(2023, 5, 21), std::nullopt, detail_direct_access::settings_source},
      {care_setting::health_establishment, detail_direct_access::ymd(2023, 5, 21), std::nullopt, detail_direct_access::settings_source},
      {care_setting::medico_social_establishment, detail_direct_access::ymd(2023, 5, 21), std::nullopt, detail_direct_access::settings_source},
      {care_setting::cpts, detail_direct_access::ymd(2025, 7, 15), detail_direct_access::ymd(2030, 7, 15),
       {certainty::stated, "[decret-2024-618] (an experiment of five years); the arrêté of 2025-06-06 [arrete-2025-06-06-acces-direct] starts it on "
                           "2025-07-15 in its departments, as the agencies' pages say"}}}},
    {"11", "79", "22", "32", "2B", "68", "38", "45", "972", "976", "54", "59", "974", "69", "76", "81", "83", "85", "89", "78"},
    {certainty::confirmed, "[arrete-2025-06-06-acces-direct], the list confirmed by the agencies' sign-up form"},
};

}  // namespace parameters
}  // namespace coordcare
