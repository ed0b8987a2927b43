// coordcare — who works in a structure: the health professions of the ANS nomenclature TRE_G15, their
// category in the Public Health Code, the doctor's specialty, and the roles that are not health
// professions (psychologist, osteopath, coordinator, ...). The ANS's nomenclatures [ans-nos] (TRE_G15, TRE_R38,
// TRE_R95) and the CSP's part 4 [csp].
#pragma once

#include <coordcare/vocabulary/dates.hpp>
#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/legal_texts.hpp>
#include <coordcare/vocabulary/source_note.hpp>
#include <coordcare/vocabulary/table.hpp>

#include <array>
#include <chrono>
#include <compare>
#include <cstddef>
#include <concepts>
#include <optional>
#include <string_view>

namespace coordcare {

/// Where a profession stands in part 4 of the Public Health Code (CSP).
enum class profession_category : unsigned char {
    medical,                  ///< professions médicales: doctor, dentist, midwife (book I)
    pharmacy,                 ///< pharmacien (book II)
    medical_auxiliary,        ///< auxiliaires médicaux (book III, titles I to VII)
    other_health_profession,  ///< other professions of part 4: dental assistant, medical physicist, nursing assistant, ...
    not_a_health_profession,  ///< psychologist, osteopath, social worker, coordinator, ...
};

struct profession_category_entry {
    profession_category category;
    label name;
};
inline constexpr std::array profession_category_table{
    profession_category_entry{profession_category::medical, {"profession médicale", "medical profession"}},
    profession_category_entry{profession_category::pharmacy, {"profession de la pharmacie", "pharmacy profession"}},
    profession_category_entry{profession_category::medical_auxiliary, {"auxiliaire médical", "medical auxiliary"}},
    profession_category_entry{profession_category::other_health_profession, {"autre profession de santé", "other health profession"}},
    profession_category_entry{profession_category::not_a_health_profession, {"non professionnel de santé", "not a health profession"}},
};
[[nodiscard]] constexpr label name(profession_category c) noexcept {
    return detail::entry_of(profession_category_table, c, &profession_category_entry::category).name;
}

/// True for the three categories that may be associates of a SISA (CSP L.4041-1): medical, pharmacy,
/// medical auxiliary.
[[nodiscard]] constexpr bool is_medical_pharmacy_or_auxiliary(profession_category c) noexcept {
    return c == profession_category::medical || c == profession_category::pharmacy ||
           c == profession_category::medical_auxiliary;
}

/// One row of TRE_G15 as the library knows it.
struct profession_entry {
    unsigned char tre_g15_code;
    label name;
    profession_category category;
    bool first_recourse;                ///< takes charge of patients in first-recourse care (see below)
    std::optional<date> retired_since;  ///< the code was withdrawn from TRE_G15 on this date
    source_note source;
};

namespace detail {
inline constexpr source_note tre_g15_source{certainty::confirmed, "ANS, TRE_G15 ProfessionSante [ans-nos]"};
inline constexpr source_note tre_g15_retired_source{
    certainty::confirmed, "ANS, TRE_G15 version of 2025-03-28: codes 35 to 39 deprecated on 2024-12-13 (dateFin)"};
inline constexpr source_note tre_g15_psychologist_source{
    certainty::confirmed,
    "ANS, TRE_G15: code 93 (Psychologue) created already withdrawn on 2021-12-17, kept only for the CPS card's list; "
    "psychologists are not health professionals of the CSP's part 4 and are TRE_R95 code 93"};
inline constexpr date tre_g15_2024_12_13{std::chrono::year{2024}, std::chrono::December, std::chrono::day{13}};
inline constexpr date tre_g15_2021_12_17{std::chrono::year{2021}, std::chrono::December, std::chrono::day{17}};

constexpr profession_entry current(unsigned char code, label name, profession_category category, bool first_recourse) {
    return {code, name, category, first_recourse, std::nullopt, tre_g15_source};
}
constexpr profession_entry retired(unsigned char code, label name, profession_category category, date since = tre_g15_2024_12_13,
                                   const source_note& source = tre_g15_retired_source) {
    return {code, name, category, false, since, source};
}
constexpr bool first_recourse = true;
constexpr bool not_first_recourse = false;
}  // namespace detail

/// The codes of TRE_G15, in code order: the current ones, and the withdrawn ones (35 to 39, 93), which a
/// record may still carry and which the rules report with the date of their withdrawal. Psychologist
/// (93) is no health profession (CSP part 4): today it is non_health_role::psychologist (TRE_R95).
///
/// First-recourse professions (`first_recourse`). The ESP gathers "professionnels de santé de 1er
/// recours" ([guichet-cpts-faq-4]; [guide-exercice-coordonne]: "tout professionnel de santé impliqué dans
/// les soins de premier recours"). CSP L.1411-11 defines first-recourse care by what it does: prevention,
/// screening, diagnosis, treatment and follow-up; dispensing and administering medicines, products and
/// medical devices, with pharmaceutical advice; orientation in the health system; health education. A
/// profession counts when its members take charge of patients themselves for one of these in community
/// practice: doctors, pharmacists, dentists, midwives, nurses, and the medical auxiliaries who treat
/// (physiotherapists, podiatrists, speech therapists, orthoptists, occupational therapists, dietitians,
/// psychomotor therapists) or dispense medical devices to the patient (hearing-aid audiologists,
/// opticians, the fitting professions 81 to 85). It does not count for professions that act only in
/// support of another professional or on a technical platform: dental assistants, medical physicists,
/// medical laboratory technicians, radiographers (manipulateurs ERM), and the withdrawn codes. This is
/// our reading of the law, not a list any text gives (U): ESP.FIRST_RECOURSE is a warning, never an error.
inline constexpr std::array profession_table{
    detail::current(10, {"Médecin", "Doctor"}, profession_category::medical, detail::first_recourse),
    detail::current(21, {"Pharmacien", "Pharmacist"}, profession_category::pharmacy, detail::first_recourse),
    detail::current(26, {"Audioprothésiste", "Hearing-aid audiologist"}, profession_category::medical_auxiliary, detail::first_recourse),
    detail::current(28, {"Opticien-lunetier", "Dispensing optician"}, profession_category::medical_auxiliary, detail::first_recourse),
    detail::current(31, {"Assistant dentaire", "Dental assistant"}, profession_category::other_health_profession, detail::not_first_recourse),
    detail::current(32, {"Physicien médical", "Medical physicist"}, profession_category::other_health_profession, detail::not_first_recourse),
    detail::retired(35, {"Aide-soignant", "Nursing assistant"}, profession_category::other_health_profession),
    detail::retired(36, {"Ambulancier", "Ambulance driver"}, profession_category::other_health_profession),
    detail::retired(37, {"Auxiliaire de puériculture", "Childcare auxiliary"}, profession_category::other_health_profession),
    detail::retired(38, {"Préparateur en pharmacie hospitalière", "Hospital pharmacy technician"}, profession_category::other_health_profession),
    detail::retired(39, {"Préparateur en pharmacie (officine)", "Pharmacy technician"}, profession_category::other_health_profession),
    detail::current(40, {"Chirurgien-dentiste", "Dentist"}, profession_category::medical, detail::first_recourse),
    detail::current(50, {"Sage-femme", "Midwife"}, profession_category::medical, detail::first_recourse),
    detail::current(60, {"Infirmier", "Nurse"}, profession_category::medical_auxiliary, detail::first_recourse),
    detail::current(69, {"Infirmier psychiatrique", "Psychiatric nurse"}, profession_category::medical_auxiliary, detail::first_recourse),
    detail::current(70, {"Masseur-kinésithérapeute", "Physiotherapist"}, profession_category::medical_auxiliary, detail::first_recourse),
    detail::current(80, {"Pédicure-podologue", "Podiatrist"}, profession_category::medical_auxiliary, detail::first_recourse),
    detail::current(81, {"Orthoprothésiste", "Orthoprosthetist"}, profession_category::medical_auxiliary, detail::first_recourse),
    detail::current(82, {"Podo-orthésiste", "Podiatric orthotist"}, profession_category::medical_auxiliary, detail::first_recourse),
    detail::current(83, {"Orthopédiste-orthésiste", "Orthotist"}, profession_category::medical_auxiliary, detail::first_recourse),
    detail::current(84, {"Oculariste", "Ocularist"}, profession_category::medical_auxiliary, detail::first_recourse),
    detail::current(85, {"Épithésiste", "Facial prosthetist"}, profession_category::medical_auxiliary, detail::first_recourse),
    detail::current(86, {"Technicien de laboratoire médical", "Medical laboratory technician"}, profession_category::medical_auxiliary, detail::not_first_recourse),
    detail::current(91, {"Orthophoniste", "Speech therapist"}, profession_category::medical_auxiliary, detail::first_recourse),
    detail::current(92, {"Orthoptiste", "Orthoptist"}, profession_category::medical_auxiliary, detail::first_recourse),
    detail::retired(93, {"Psychologue", "Psychologist"}, profession_category::not_a_health_profession, detail::tre_g15_2021_12_17,
                    detail::tre_g15_psychologist_source),
    detail::current(94, {"Ergothérapeute", "Occupational therapist"}, profession_category::medical_auxiliary, detail::first_recourse),
    detail::current(95, {"Diététicien", "Dietitian"}, profession_category::medical_auxiliary, detail::first_recourse),
    detail::current(96, {"Psychomotricien", "Psychomotor therapist"}, profession_category::medical_auxiliary, detail::first_recourse),
    detail::current(98, {"Manipulateur ERM", "Radiographer"}, profession_category::medical_auxiliary, detail::not_first_recourse),
};

namespace detail {
/// The position of each TRE_G15 code in profession_table (0xFF: none), so that a profession's entry is
/// found in constant time: validation asks for categories in its inner loops.
inline constexpr std::array<unsigned char, 256> profession_index = [] {
    std::array<unsigned char, 256> index{};
    index.fill(0xFF);
    for (std::size_t i = 0; i < profession_table.size(); ++i) index[profession_table[i].tre_g15_code] = static_cast<unsigned char>(i);
    return index;
}();

/// Reached when a profession is built in a constant expression from a code that TRE_G15 does not
/// have (or that the library does not accept as a health profession). Not constexpr: the compiler
/// stops here and prints this name.
inline void unknown_TRE_G15_profession_code() {}
}  // namespace detail

/// A health profession, identified by its TRE_G15 code. Only the codes of profession_table can be
/// represented: a constant with another code does not compile, and from_tre_g15() returns nothing.
class profession {
public:
    /// A profession known at compile time: profession{60} is a nurse; profession{99} does not compile.
    consteval explicit profession(int tre_g15_code) : code_{checked(tre_g15_code)} {}
    /// A code is a whole number.
    template <std::floating_point F>
    profession(F) = delete;

    /// The profession of a TRE_G15 code read at run time, or nothing for an unknown code.
    [[nodiscard]] static constexpr std::optional<profession> from_tre_g15(int code) noexcept {
        if (code < 0 || code > 255 || detail::profession_index[static_cast<std::size_t>(code)] == 0xFF) return std::nullopt;
        return profession{static_cast<unsigned char>(code), trusted{}};
    }

    [[nodiscard]] constexpr int tre_g15_code() const noexcept { return code_; }
    [[nodiscard]] constexpr const profession_entry& entry() const noexcept {
        return profession_table[detail::profession_index[code_]];
    }
    [[nodiscard]] constexpr label name() const noexcept { return entry().name; }
    [[nodiscard]] constexpr profession_category category() const noexcept { return entry().category; }
    /// The date TRE_G15 withdrew this code, if it did.
    [[nodiscard]] constexpr std::optional<date> retired_since() const noexcept { return entry().retired_since; }
    [[nodiscard]] constexpr bool first_recourse() const noexcept { return entry().first_recourse; }

    friend constexpr auto operator<=>(const profession&, const profession&) = default;

private:
    struct trusted {};
    constexpr profession(unsigned char code, trusted) noexcept : code_{code} {}
    static consteval unsigned char checked(int code) {
        if (!from_tre_g15(code)) detail::unknown_TRE_G15_profession_code();
        return static_cast<unsigned char>(code);
    }
    unsigned char code_;
};

/// The professions by name, for code that knows them at compile time.
namespace professions {
inline constexpr profession doctor{10};
inline constexpr profession pharmacist{21};
inline constexpr profession hearing_aid_audiologist{26};
inline constexpr profession dispensing_optician{28};
inline constexpr profession dental_assistant{31};
inline constexpr profession medical_physicist{32};
inline constexpr profession dentist{40};
inline constexpr profession midwife{50};
inline constexpr profession nurse{60};
inline constexpr profession psychiatric_nurse{69};
inline constexpr profession physiotherapist{70};
inline constexpr profession podiatrist{80};
inline constexpr profession orthoprosthetist{81};
inline constexpr profession podiatric_orthotist{82};
inline constexpr profession orthotist{83};
inline constexpr profession ocularist{84};
inline constexpr profession facial_prosthetist{85};
inline constexpr profession medical_laboratory_technician{86};
inline constexpr profession speech_therapist{91};
inline constexpr profession orthoptist{92};
inline constexpr profession occupational_therapist{94};
inline constexpr profession dietitian{95};
inline constexpr profession psychomotor_therapist{96};
inline constexpr profession radiographer{98};
}  // namespace professions

/// A doctor's specialty, as far as the structures' rules need it: an ESP is built around general
/// practitioners, an ESS around specialists of other specialties (CSP L.1411-11-1).
enum class doctor_specialty : unsigned char {
    general_practice,  ///< médecine générale
    other_specialty,   ///< any specialty other than general practice
};
struct doctor_specialty_entry {
    doctor_specialty specialty;
    std::string_view id;  ///< exchange id (JSON)
    label name;
};
inline constexpr std::array doctor_specialty_table{
    doctor_specialty_entry{doctor_specialty::general_practice, "general_practice", {"médecine générale", "general practice"}},
    doctor_specialty_entry{doctor_specialty::other_specialty, "other_specialty", {"spécialité autre que la médecine générale", "specialty other than general practice"}},
};
[[nodiscard]] constexpr label name(doctor_specialty s) noexcept {
    return detail::entry_of(doctor_specialty_table, s, &doctor_specialty_entry::specialty).name;
}

/// A role a person may hold in a structure without being a health professional in the sense of the
/// CSP's part 4. An MSP may include them when its health project provides for it and they sign it,
/// never as associates ([guide-exercice-coordonne]).
enum class non_health_role : unsigned char {
    psychologist,
    osteopath,
    psychotherapist,
    chiropractor,
    social_worker,
    medical_assistant,
    coordinator,
    health_mediator,
    adapted_physical_activity_teacher,
    administrative_staff,
    other,
};
struct non_health_role_entry {
    non_health_role role;
    std::string_view id;  ///< exchange id (JSON)
    std::optional<unsigned char> tre_r95_code;  ///< code in TRE_R95 where one exists
    label name;
};
inline constexpr std::array non_health_role_table{
    non_health_role_entry{non_health_role::psychologist, "psychologist", 93, {"Psychologue", "Psychologist"}},
    non_health_role_entry{non_health_role::osteopath, "osteopath", 71, {"Ostéopathe", "Osteopath"}},
    non_health_role_entry{non_health_role::psychotherapist, "psychotherapist", 72, {"Psychothérapeute", "Psychotherapist"}},
    non_health_role_entry{non_health_role::chiropractor, "chiropractor", 73, {"Chiropracteur", "Chiropractor"}},
    non_health_role_entry{non_health_role::social_worker, "social_worker", std::nullopt, {"Travailleur social", "Social worker"}},
    non_health_role_entry{non_health_role::medical_assistant, "medical_assistant", std::nullopt, {"Assistant médical", "Medical assistant"}},
    non_health_role_entry{non_health_role::coordinator, "coordinator", std::nullopt, {"Coordinateur", "Coordinator"}},
    non_health_role_entry{non_health_role::health_mediator, "health_mediator", std::nullopt, {"Médiateur en santé", "Health mediator"}},
    non_health_role_entry{non_health_role::adapted_physical_activity_teacher, "adapted_physical_activity_teacher", std::nullopt,
                          {"Enseignant en activité physique adaptée", "Adapted physical activity teacher"}},
    non_health_role_entry{non_health_role::administrative_staff, "administrative_staff", std::nullopt, {"Personnel administratif", "Administrative staff"}},
    non_health_role_entry{non_health_role::other, "other", std::nullopt, {"Autre intervenant", "Other participant"}},
};
[[nodiscard]] constexpr label name(non_health_role r) noexcept {
    return detail::entry_of(non_health_role_table, r, &non_health_role_entry::role).name;
}
/// The role of a TRE_R95 code (93 psychologist, 71 osteopath, 72 psychotherapist, 73 chiropractor).
[[nodiscard]] constexpr std::optional<non_health_role> non_health_role_from_tre_r95(int code) noexcept {
    if (code < 0 || code > 255) return std::nullopt;
    const auto i = detail::find_index(non_health_role_table, std::optional<unsigned char>{static_cast<unsigned char>(code)},
                                      &non_health_role_entry::tre_r95_code);
    if (!i) return std::nullopt;
    return non_health_role_table[*i].role;
}
[[nodiscard]] constexpr profession_category category(non_health_role) noexcept {
    return profession_category::not_a_health_profession;
}

}  // namespace coordcare
