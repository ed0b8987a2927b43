// coordcare — structures whose data is a constant expression, checked where they are built.
//
//   constexpr auto lilas = make_constant<structure_kind::msp, legal_form::sisa>(
//       {.name = "MSP des Lilas", .project = health_project{...}},
//       {person_literal{...}, person_literal{...}, ...});
//
// The kind and the legal form are template arguments: facts of the type, usable in static_assert and
// if constexpr (kind_of_v, legal_form_of_v, can_receive_v). The data is checked by the same rules as
// at run time, in the consteval factory: a broken rule does not compile, and the compiler's message
// names the rule's id. Constants have no "as of" date: they are checked against the rules in force
// now, with the date-dependent allowances taken as over, and without the regional doctrine.
#pragma once

#include <coordcare/structures/catalogue.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

namespace coordcare {

/// Everything of a constant structure but its kind, legal form and members.
template <structure_kind K>
struct constant_header {
    std::string_view name{};
    coordcare::identifiers ids{};
    std::optional<commune_code> seat{};
    std::optional<coordcare::health_project> project{};
    structure_funding<K> funding{};
};

/// The data of a constant structure: a basic_structure with string_view text and N members, under a
/// short name (it is what a compiler prints in the trace of a violation).
template <structure_kind K, std::size_t N>
struct constant_data : basic_structure<K, std::string_view, std::array<member_literal, N>> {};
template <structure_kind K, std::size_t N>
struct is_structure<constant_data<K, N>> : std::true_type {};

/// A structure known at compile time, of kind K and legal form F, with N members, checked when built.
template <structure_kind K, legal_form F, std::size_t N>
struct constant_structure {
    static constexpr structure_kind kind = K;
    static constexpr legal_form form = F;
    using data_type = constant_data<K, N>;

    data_type data;  ///< the checked data; `validate(data, as_of, doctrine)` works on it too
};

/// The rules checked in a constant expression: the errors (not the warnings), not the regional
/// doctrine, and only those still in force (no end date).
template <rule R>
inline constexpr bool checked_on_constants =
    R::info.level == severity::error && R::info.layer != rule_layer::regional_doctrine && !R::info.in_force_until;

namespace detail {
template <rule R, class S>
constexpr void check_one_constant(const S& s, const check_context& ctx) {
    if constexpr (checked_on_constants<R>) {
        constant_report<R> report;
        R::check(s, ctx, report);
    }
}
/// One fold over the kind's rules, by index: the compiler's trace of a violation is make_constant, this
/// (whose template arguments are numbers, not the list of rules), check_one_constant naming the rule's
/// type, the rule's check, and the report that names the rule's id — nothing in between.
template <structure_kind K, class S, std::size_t... I>
constexpr void check_constant_rules(const S& s, std::index_sequence<I...>) {
    const check_context ctx{std::nullopt, doctrines::national};
    (check_one_constant<typename rules_of<K>::template at<I>>(s, ctx), ...);
}
}  // namespace detail

/// Checks data of kind K in a constant expression; the first violation stops compilation.
template <structure_kind K, class S>
constexpr void check_constant(const S& s) {
    detail::check_constant_rules<K>(s, std::make_index_sequence<rules_of<K>::size>{});
}

namespace detail {
template <structure_kind K, legal_form F, std::size_t N, std::size_t... I>
constexpr constant_structure<K, F, N> assemble(const constant_header<K>& header, const member_literal (&members)[N],
                                               std::index_sequence<I...>) {
    return {{{header.name, F, header.ids, header.seat, std::array<member_literal, N>{members[I]...}, header.project,
              header.funding}}};
}
}  // namespace detail

/// Builds and checks a constant structure. Call it to initialise a constexpr variable.
template <structure_kind K, legal_form F, std::size_t N>
[[nodiscard]] consteval constant_structure<K, F, N> make_constant(const constant_header<K>& header,
                                                                  const member_literal (&members)[N]) {
    auto out = detail::assemble<K, F, N>(header, members, std::make_index_sequence<N>{});
    detail::check_constant_rules<K>(out.data, std::make_index_sequence<rules_of<K>::size>{});
    return out;
}

// ---- Facts of the type ---------------------------------------------------------------------------

template <class T>
struct is_constant_structure : std::false_type {};
template <structure_kind K, legal_form F, std::size_t N>
struct is_constant_structure<constant_structure<K, F, N>> : std::true_type {};
/// A structure type whose legal form is a template argument.
template <class T>
concept constant_structure_type = is_constant_structure<std::remove_cvref_t<T>>::value;

/// The legal form fixed in the type.
template <constant_structure_type T>
inline constexpr legal_form legal_form_of_v = std::remove_cvref_t<T>::form;

/// Kinds of funding whose eligibility depends on the legal form. (The name `funding` is the funding
/// layer's namespace.)
enum class funding_scheme : unsigned char {
    fir,       ///< fonds d'intervention régional (FIR) start-up aid, under the national doctrine
    aci_msp,   ///< accord conventionnel interprofessionnel of the MSP
    aci_cpts,  ///< accord conventionnel interprofessionnel of the CPTS
};

/// Whether a structure of kind K and legal form F can receive `f`, as far as its legal form decides
/// (computed by the rules' own predicates; the MSP's 6-month allowance to become a SISA is not a
/// fact of the type).
template <structure_kind K, legal_form F, funding_scheme Fund>
[[nodiscard]] consteval bool form_can_receive() {
    if constexpr (Fund == funding_scheme::fir) {
        if constexpr (K == structure_kind::esp)
            return rules::esp_fir_requires_association::form_allows_fir(F);
        else  // an ESS's association is only recommended (a warning); MSP, CPTS: no form rule for FIR
            return K == structure_kind::ess || K == structure_kind::msp || K == structure_kind::cpts;
    } else if constexpr (Fund == funding_scheme::aci_msp) {
        return K == structure_kind::msp && rules::msp_aci_requires_sisa::form_allows_aci(F);
    } else {
        return K == structure_kind::cpts && rules::cpts_legal_form::form_ok(F);
    }
}

/// can_receive_v<decltype(lilas), funding_scheme::aci_msp>: a fact of the type, for static_assert and if constexpr.
template <constant_structure_type T, funding_scheme Fund>
inline constexpr bool can_receive_v = form_can_receive<kind_of_v<T>, legal_form_of_v<T>, Fund>();

}  // namespace coordcare
