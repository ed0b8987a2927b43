// coordcare — the five structures (ESP, ESS, MSP, CDS, CPTS) as value types.
//
// One template, basic_structure<Kind, Text, Members>, gives the five types: the kind is part of the
// type (a trait usable in static_assert and if constexpr); the text and member storage are
// std::string and std::vector for values read at run time (`esp`, `msp`, ...) and std::string_view and
// std::array for constants checked at compile time (see constant.hpp). What differs between kinds
// (the funding a structure asks for or has signed) is in structure_funding<Kind>.
#pragma once

#include <coordcare/structures/members.hpp>
#include <coordcare/vocabulary/dates.hpp>
#include <coordcare/vocabulary/identifiers.hpp>
#include <coordcare/vocabulary/legal_forms.hpp>
#include <coordcare/vocabulary/structure_kinds.hpp>

#include <concepts>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace coordcare {

/// The health project (projet de santé) every structure must have. Who signed it is recorded on each
/// member (`signatory`), so that there is one truth; signatories() lists them.
struct health_project {
    date adopted;  ///< the date its current version was adopted
    friend constexpr bool operator==(const health_project&, const health_project&) = default;
};

/// National identifiers of a structure (or of the body that manages it), where they apply.
struct identifiers {
    std::optional<coordcare::siren> siren{};
    std::optional<coordcare::siret> siret{};
    std::optional<coordcare::finess> finess{};  ///< a CDS is registered in FINESS
    friend constexpr bool operator==(const identifiers&, const identifiers&) = default;
};

/// What differs between kinds: the funding and contracts a structure asks for or has signed.
template <structure_kind K>
struct structure_funding;

template <>
struct structure_funding<structure_kind::esp> {
    bool fir_requested = false;  ///< asks the ARS for FIR funding
    friend constexpr bool operator==(const structure_funding&, const structure_funding&) = default;
};
template <>
struct structure_funding<structure_kind::ess> {
    bool fir_requested = false;  ///< asks the ARS for FIR funding
    friend constexpr bool operator==(const structure_funding&, const structure_funding&) = default;
};
template <>
struct structure_funding<structure_kind::msp> {
    bool fir_requested = false;       ///< asks the ARS for FIR start-up aid
    std::optional<date> aci_signed{};  ///< date the ACI MSP contract was signed, if it was
    friend constexpr bool operator==(const structure_funding&, const structure_funding&) = default;
};
template <>
struct structure_funding<structure_kind::cds> {
    bool national_agreement = false;  ///< adheres to the accord national des centres de santé
    bool model_contract = false;      ///< adheres to the contrat-type of pluriprofessional structures
    friend constexpr bool operator==(const structure_funding&, const structure_funding&) = default;
};
template <>
struct structure_funding<structure_kind::cpts> {
    bool fir_requested = false;      ///< asks the ARS for FIR start-up aid
    std::optional<date> aci_signed{};  ///< date the ACI CPTS contract was signed, if it was
    friend constexpr bool operator==(const structure_funding&, const structure_funding&) = default;
};

/// A structure of coordinated care of kind K.
template <structure_kind K, class Text, class Members>
struct basic_structure {
    static constexpr structure_kind kind = K;

    Text name{};
    legal_form form = legal_form::none;       ///< of the structure, or of the body managing a CDS
    coordcare::identifiers ids{};
    std::optional<commune_code> seat{};       ///< INSEE code of the commune of the seat
    Members members{};
    std::optional<coordcare::health_project> project{};
    structure_funding<K> funding{};

    friend constexpr bool operator==(const basic_structure&, const basic_structure&) = default;
};

/// The structures read at run time.
template <structure_kind K>
using structure = basic_structure<K, std::string, std::vector<member>>;
using esp = structure<structure_kind::esp>;    ///< équipe de soins primaires
using ess = structure<structure_kind::ess>;    ///< équipe de soins spécialisés
using msp = structure<structure_kind::msp>;    ///< maison de santé pluriprofessionnelle
using cds = structure<structure_kind::cds>;    ///< centre de santé
using cpts = structure<structure_kind::cpts>;  ///< communauté professionnelle territoriale de santé

// ---- Traits ---------------------------------------------------------------------------------------
template <class T>
struct is_structure : std::false_type {};
template <structure_kind K, class Text, class Members>
struct is_structure<basic_structure<K, Text, Members>> : std::true_type {};
/// A type that is one of the structures (run-time or constant).
template <class T>
concept structure_type = is_structure<std::remove_cvref_t<T>>::value;

/// The kind of a structure type (run-time or constant): kind_of_v<msp> == structure_kind::msp.
template <class T>
    requires requires { { std::remove_cvref_t<T>::kind } -> std::convertible_to<structure_kind>; }
inline constexpr structure_kind kind_of_v = std::remove_cvref_t<T>::kind;

/// The members of a structure who have signed its health project, by index.
template <structure_type S>
[[nodiscard]] std::vector<std::size_t> signatories(const S& s) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < s.members.size(); ++i)
        if (is_signatory(s.members[i])) out.push_back(i);
    return out;
}

}  // namespace coordcare
