// coordcare — who belongs to a structure: persons (with their profession or role) and member
// organisations (another structure, an establishment, a medico-social or social actor, a DAC).
//
// The types are templates on the text type: std::string for values read at run time (`person`,
// `member`), std::string_view for values written as constants (`person_literal`, `member_literal`).
// Rules are written once, as templates, and apply to both.
#pragma once

#include <coordcare/vocabulary/identifiers.hpp>
#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/practice_mode.hpp>
#include <coordcare/vocabulary/professions.hpp>
#include <coordcare/vocabulary/table.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace coordcare {

/// What a person does: a health profession (TRE_G15) or a role that is not a health profession.
using occupation = std::variant<profession, non_health_role>;

/// The category of an occupation in the CSP (not_a_health_profession for every role).
[[nodiscard]] constexpr profession_category category(const occupation& o) noexcept {
    if (const auto* p = std::get_if<profession>(&o)) return p->category();
    return profession_category::not_a_health_profession;
}
[[nodiscard]] constexpr bool is_health_professional(const occupation& o) noexcept {
    return category(o) != profession_category::not_a_health_profession;
}

/// A natural person taking part in a structure.
template <class Text>
struct basic_person {
    Text name{};                                  ///< for people reading reports; not used by any rule
    occupation job;                               ///< profession (TRE_G15) or non-health role: always given
    std::optional<doctor_specialty> specialty{};  ///< a doctor's, and only a doctor's
    practice_mode mode = practice_mode::liberal;
    bool associate = false;  ///< associate (associé) of the structure's company (a SISA)
    bool signatory = false;  ///< has signed the structure's health project
    /// The professional's RPPS number, which identifies them across structures (their indemnities are summed
    /// over every CPTS that pays them: funding::check_indemnities); a non-health role has none.
    std::optional<rpps_number> rpps{};

    [[nodiscard]] constexpr bool is_doctor() const noexcept {
        const auto* p = std::get_if<profession>(&job);
        return p && *p == professions::doctor;
    }
    [[nodiscard]] constexpr bool is_general_practitioner() const noexcept {
        return is_doctor() && specialty == doctor_specialty::general_practice;
    }
    [[nodiscard]] constexpr bool is_specialist() const noexcept {
        return is_doctor() && specialty == doctor_specialty::other_specialty;
    }
    [[nodiscard]] constexpr profession_category job_category() const noexcept { return category(job); }

    friend constexpr bool operator==(const basic_person&, const basic_person&) = default;
};

/// What kind of body a member organisation is.
enum class organisation_kind : unsigned char {
    esp,                   ///< an équipe de soins primaires
    ess,                   ///< an équipe de soins spécialisés
    msp,                   ///< a maison de santé pluriprofessionnelle
    cds,                   ///< a centre de santé
    cpts,                  ///< a communauté professionnelle territoriale de santé
    health_establishment,  ///< a health establishment (hospital, hôpital de proximité, HAD, clinic)
    medico_social_actor,   ///< a medico-social actor (EHPAD, SSIAD, IME, CSAPA, ...)
    social_actor,          ///< a social actor (CHRS, social services, ...)
    dac,                   ///< a dispositif d'appui à la coordination
    other,                 ///< any other body (prevention association, users' association, ...)
};
struct organisation_kind_entry {
    organisation_kind kind;
    std::string_view id;  ///< exchange id
    label name;
};
inline constexpr std::array organisation_kind_table{
    organisation_kind_entry{organisation_kind::esp, "esp", {"équipe de soins primaires", "primary care team"}},
    organisation_kind_entry{organisation_kind::ess, "ess", {"équipe de soins spécialisés", "specialised care team"}},
    organisation_kind_entry{organisation_kind::msp, "msp", {"maison de santé pluriprofessionnelle", "multi-professional health house"}},
    organisation_kind_entry{organisation_kind::cds, "cds", {"centre de santé", "health centre"}},
    organisation_kind_entry{organisation_kind::cpts, "cpts", {"communauté professionnelle territoriale de santé", "territorial health professional community"}},
    organisation_kind_entry{organisation_kind::health_establishment, "health_establishment", {"établissement de santé", "health establishment"}},
    organisation_kind_entry{organisation_kind::medico_social_actor, "medico_social_actor", {"acteur médico-social", "medico-social actor"}},
    organisation_kind_entry{organisation_kind::social_actor, "social_actor", {"acteur social", "social actor"}},
    organisation_kind_entry{organisation_kind::dac, "dac", {"dispositif d'appui à la coordination", "coordination support device"}},
    organisation_kind_entry{organisation_kind::other, "other", {"autre organisme", "other body"}},
};
[[nodiscard]] constexpr label name(organisation_kind k) noexcept {
    return detail::entry_of(organisation_kind_table, k, &organisation_kind_entry::kind).name;
}

/// A body that is a member of a structure (a CPTS gathers them; an ESP may be a member of an MSP).
template <class Text>
struct basic_organisation {
    Text name{};
    organisation_kind kind = organisation_kind::other;
    bool signatory = false;  ///< has signed the structure's health project

    friend constexpr bool operator==(const basic_organisation&, const basic_organisation&) = default;
};

/// A member: a person or an organisation.
template <class Text>
using basic_member = std::variant<basic_person<Text>, basic_organisation<Text>>;

using person = basic_person<std::string>;
using organisation = basic_organisation<std::string>;
using member = basic_member<std::string>;
using person_literal = basic_person<std::string_view>;
using organisation_literal = basic_organisation<std::string_view>;
using member_literal = basic_member<std::string_view>;

/// The person a member is, or nullptr for an organisation.
template <class Text>
[[nodiscard]] constexpr const basic_person<Text>* as_person(const basic_member<Text>& m) noexcept {
    return std::get_if<basic_person<Text>>(&m);
}

/// True when the member has signed the health project.
template <class Text>
[[nodiscard]] constexpr bool is_signatory(const basic_member<Text>& m) noexcept {
    return std::visit([](const auto& x) { return x.signatory; }, m);
}

}  // namespace coordcare
