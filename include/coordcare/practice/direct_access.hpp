// coordcare — a record of physiotherapy sessions given in direct access (without a prescription), checked
// against the law (parameters/direct_access.hpp): at most eight sessions per patient without a prior
// medical diagnosis, only in the settings the law allows and from when it allows them, in a CPTS only in
// the experiment's departments and period, and a report to the patient's médecin traitant and to the patient,
// entered in the DMP ([loi-2023-379] art. 3, [decret-2024-618]).
//
//   practice::direct_access_record r{care_setting::msp, "83", sessions, reports};
//   practice::check_direct_access(r, 2026y / January / 1d)   // DIRECT_ACCESS.SESSIONS at the 9th session
#pragma once

#include <coordcare/parameters/direct_access.hpp>
#include <coordcare/structures/rule_model.hpp>
#include <coordcare/structures/validate.hpp>
#include <coordcare/vocabulary/departments.hpp>
#include <coordcare/vocabulary/legal_texts.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace coordcare::practice {

/// One session a physiotherapist gave.
struct physiotherapy_session {
    std::string patient;          ///< who (a pseudonym, a number): the same text for each of their sessions
    date on{};
    bool prior_diagnosis = false; ///< a medical diagnosis (a prescription) preceded it: not direct access
    friend bool operator==(const physiotherapy_session&, const physiotherapy_session&) = default;
};

/// The report of a patient's care in direct access (bilan initial, compte rendu des soins): "systématiquement
/// adressés au médecin traitant du patient ainsi qu'à ce dernier et reportés dans le dossier médical partagé"
/// ([loi-2023-379] art. 3, as its copies give it). `sent` is the day it went to the médecin traitant; whether
/// it also went to the patient and into the DMP is recorded when known (format version 6).
struct treating_doctor_report {
    std::string patient;
    date sent{};
    std::optional<bool> to_patient{};  ///< sent to the patient too; empty: not recorded
    std::optional<bool> in_dmp{};      ///< entered in the patient's dossier médical partagé; empty: not recorded
    friend bool operator==(const treating_doctor_report&, const treating_doctor_report&) = default;
};

/// The sessions given in one setting, in one department.
struct direct_access_record {
    care_setting setting = care_setting::msp;
    std::string department;  ///< INSEE code of the department of the place of care: "83", "2B", "974"
    std::vector<physiotherapy_session> sessions{};
    std::vector<treating_doctor_report> reports{};
    /// The department is the structure's seat's (a dossier that does not give it): a diagnostic on it
    /// points at the seat (path "seat"), and the writer leaves it out.
    bool department_from_seat = false;
    friend bool operator==(const direct_access_record&, const direct_access_record&) = default;
};

namespace rules {
namespace detail_da {
inline constexpr source_note per_session{certainty::confirmed, "the law's dates are checked on each session's date"};
}
/// At most max_sessions sessions per patient without a prior medical diagnosis.
struct direct_access_sessions {
    static constexpr rule_info info{
        "DIRECT_ACCESS.SESSIONS", rule_layer::law, legal::direct_access_physiotherapists,
        {"En accès direct, sans diagnostic médical préalable, un patient reçoit au plus le nombre de séances de masso-kinésithérapie que fixe la loi.",
         "In direct access, without a prior medical diagnosis, a patient receives at most the number of physiotherapy sessions the law sets."},
        since_always, detail_da::per_session};
};
/// Direct access only in a setting the law allows, from the date it allows it.
struct direct_access_setting {
    static constexpr rule_info info{
        "DIRECT_ACCESS.SETTING", rule_layer::law, legal::direct_access_physiotherapists,
        {"L'accès direct n'est permis que dans les lieux d'exercice que la loi désigne, à partir de la date où elle le permet.",
         "Direct access is allowed only in the settings the law names, from the date it allows it there."},
        since_always, detail_da::per_session};
};
/// In a CPTS, only in a department of the experiment.
struct direct_access_cpts_department {
    static constexpr rule_info info{
        "DIRECT_ACCESS.CPTS_DEPARTMENT", rule_layer::law, legal::direct_access_cpts_experiment,
        {"Dans une CPTS, l'accès direct n'est permis que dans les départements de l'expérimentation.",
         "In a CPTS, direct access is allowed only in the experiment's departments."},
        since_always, detail_da::per_session};
};
/// In a CPTS, only during the experiment's period.
struct direct_access_cpts_period {
    static constexpr rule_info info{
        "DIRECT_ACCESS.CPTS_PERIOD", rule_layer::law, legal::direct_access_cpts_experiment,
        {"Dans une CPTS, l'accès direct n'est permis que pendant la période de l'expérimentation.",
         "In a CPTS, direct access is allowed only during the experiment's period."},
        since_always, detail_da::per_session};
};
/// A report to the médecin traitant of each patient treated in direct access (no deadline known: a warning).
struct direct_access_report {
    static constexpr rule_info info{
        "DIRECT_ACCESS.REPORT", rule_layer::law, legal::direct_access_physiotherapists,
        {"Un bilan initial et un compte rendu des soins sont adressés au médecin traitant du patient soigné en accès direct.",
         "An initial assessment and a report of the care are sent to the médecin traitant of a patient treated in direct access."},
        since_always, {certainty::stated, "'En adressant systématiquement au patient et à son médecin traitant un bilan initial et un compte rendu des soins' [guide-exercice-coordonne]; no deadline found"},
        std::nullopt, severity::warning};
};

/// The report goes to the patient too (a warning where a record says it did not).
struct direct_access_report_to_patient {
    static constexpr rule_info info{
        "DIRECT_ACCESS.REPORT_TO_PATIENT", rule_layer::law, legal::direct_access_physiotherapists,
        {"Le bilan initial et le compte rendu des soins sont aussi adressés au patient.",
         "The initial assessment and the report of the care are sent to the patient too."},
        parameters::direct_access.settings[0].from, parameters::direct_access.settings[0].source, std::nullopt, severity::warning};
};
/// The report is entered in the patient's dossier médical partagé (DMP) (a warning where a record says it was not).
struct direct_access_report_in_dmp {
    static constexpr rule_info info{
        "DIRECT_ACCESS.REPORT_IN_DMP", rule_layer::law, legal::direct_access_physiotherapists,
        {"Le bilan initial et le compte rendu des soins sont reportés dans le dossier médical partagé du patient.",
         "The initial assessment and the report of the care are entered in the patient's dossier médical partagé (DMP)."},
        parameters::direct_access.settings[0].from, parameters::direct_access.settings[0].source, std::nullopt, severity::warning};
};

inline constexpr std::array<const rule_info*, 7> direct_access_rules{&direct_access_sessions::info,           &direct_access_setting::info,
                                                                    &direct_access_cpts_department::info,     &direct_access_cpts_period::info,
                                                                    &direct_access_report::info,              &direct_access_report_to_patient::info,
                                                                    &direct_access_report_in_dmp::info};
}  // namespace rules

/// Checks a record of sessions given up to `as_of` (later sessions and reports are not counted yet). When
/// the department comes from the seat, a diagnostic on it has the path "seat" (the checker points there). Diagnostics in the
/// order of the sessions' dates, then the reports missing in the order of each patient's first session;
/// paths: department, sessions[i]. Throws nothing but std::bad_alloc.
[[nodiscard]] inline validation check_direct_access(const direct_access_record& r, date as_of,
                                                    const parameters::direct_access_law& law = parameters::direct_access) {
    validation out;
    const auto add = [&](const rule_info& rule, location where, bilingual detail) {
        out.diagnostics.push_back(make_diagnostic(rule, where, std::move(detail)));
    };
    const auto* setting = law.setting(r.setting);
    const auto department_name = coordcare::department_name(r.department);
    const bool department_known = department_name.has_value();
    bool department_reported = false;
    // The sessions without a diagnosis, in order of date (then of the record).
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < r.sessions.size(); ++i)
        if (!r.sessions[i].prior_diagnosis && !(as_of < r.sessions[i].on)) order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return r.sessions[x].on < r.sessions[y].on; });

    std::unordered_map<std::string, std::size_t> counts;
    std::vector<std::size_t> first_sessions;  // each patient's first session, in order of date
    for (const auto i : order) {
        const auto& s = r.sessions[i];
        const location at{"sessions", i, "on"};
        const std::size_t n = ++counts[s.patient];
        if (n == 1) first_sessions.push_back(i);
        if (static_cast<std::int64_t>(n) == law.max_sessions.value + 1)
            add(rules::direct_access_sessions::info, location{"sessions", i, {}},
                bilingual{} << label{"le patient « ", "patient \""} << std::string_view{s.patient} << label{" » reçoit le ", "\" receives on "}
                            << iso_text(s.on) << label{" sa ", " their "} << static_cast<long long>(n)
                            << label{"e séance sans diagnostic médical préalable ; la loi en permet au plus ", "th session without a prior medical diagnosis; the law allows at most "}
                            << law.max_sessions.value << " (" << law.max_sessions.id << ")");
        if (!setting) {
            if (i == order.front())
                add(rules::direct_access_setting::info, at,
                    bilingual{} << label{"séances en accès direct en « ", "direct-access sessions in \""} << name(r.setting)
                                << label{" » : la loi ne le permet pas dans ce cadre", "\": the law does not allow it in this setting"});
            continue;
        }
        const bool before = s.on < setting->from;
        const bool after = setting->until && !(s.on < *setting->until);
        if (r.setting == care_setting::cpts) {
            if (!department_known || !law.in_experiment(r.department)) {
                if (!department_reported)
                    add(rules::direct_access_cpts_department::info, location::of(r.department_from_seat ? "seat" : "department"),
                        bilingual{} << label{"département « ", "department \""} << std::string_view{r.department} << label{" »", "\""}
                                    << (department_known ? bilingual{} << " (" << *department_name << ")" : bilingual{"", ""})
                                    << label{" : hors des 20 départements de l'expérimentation (", ": outside the experiment's 20 departments ("}
                                    << law.departments_source.text << ")");
                department_reported = true;
            }
            if (before || after) {
                bilingual period = bilingual{} << iso_text(setting->from);
                if (setting->until) period << label{" au ", " until "} << iso_text(*setting->until) << label{" (exclu)", " (excluded)"};
                add(rules::direct_access_cpts_period::info, at,
                    bilingual{} << label{"séance du ", "session on "} << iso_text(s.on) << label{" : l'expérimentation court du ", ": the experiment runs from "}
                                << period);
            }
        } else if (before) {
            add(rules::direct_access_setting::info, at,
                bilingual{} << label{"séance du ", "session on "} << iso_text(s.on) << label{" : l'accès direct en « ", ": direct access in \""} << name(r.setting)
                            << label{" » est permis depuis le ", "\" is allowed since "} << iso_text(setting->from));
        }
    }
    for (const auto first : first_sessions) {
        const std::string& patient = r.sessions[first].patient;
        bool reported = false;
        for (const auto& rep : r.reports)
            reported = reported || (rep.patient == patient && !(rep.sent < r.sessions[first].on) && !(as_of < rep.sent));
        // What a report recorded says of the patient and of the DMP.
        for (std::size_t k = 0; k < r.reports.size(); ++k) {
            const auto& rep = r.reports[k];
            if (rep.patient != patient || rep.sent < r.sessions[first].on || as_of < rep.sent) continue;
            if (rep.to_patient == false)
                add(rules::direct_access_report_to_patient::info, location{"reports", k, "to_patient"},
                    bilingual{} << label{"le compte rendu du ", "the report of "} << iso_text(rep.sent) << label{" pour « ", " for \""}
                                << std::string_view{patient} << label{" » n'a pas été adressé au patient", "\" was not sent to the patient"});
            if (rep.in_dmp == false)
                add(rules::direct_access_report_in_dmp::info, location{"reports", k, "in_dmp"},
                    bilingual{} << label{"le compte rendu du ", "the report of "} << iso_text(rep.sent) << label{" pour « ", " for \""}
                                << std::string_view{patient} << label{" » n'est pas reporté dans son DMP", "\" is not entered in their DMP"});
        }
        if (!reported)
            add(rules::direct_access_report::info, location{"sessions", first, {}},
                bilingual{} << label{"aucun compte rendu au médecin traitant du patient « ", "no report to the médecin traitant of patient \""}
                            << std::string_view{patient} << label{" » depuis sa première séance en accès direct (", "\" since their first direct-access session ("}
                            << iso_text(r.sessions[first].on) << ")");
    }
    return out;
}

}  // namespace coordcare::practice
