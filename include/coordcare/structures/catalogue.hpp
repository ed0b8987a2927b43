// coordcare — the catalogue: which rules apply to which kind of structure. The rules themselves are
// written once, one header per family (structures/rules/); docs/rules.md is generated from this map.
//
// The map from kinds to rules is a Boost.Hana map whose values are types: rule_list<R...>. A walk over
// a kind's rules is one fold expression (for_each_rule), so that the compiler's message for a constant
// that breaks a rule names the rule within its first lines, instead of after the frames of a generic
// algorithm.
#pragma once

#include <coordcare/structures/rules/cds.hpp>
#include <coordcare/structures/rules/common.hpp>
#include <coordcare/structures/rules/cpts.hpp>
#include <coordcare/structures/rules/esp_ess.hpp>
#include <coordcare/structures/rules/msp.hpp>

#include <boost/hana/at_key.hpp>
#include <boost/hana/map.hpp>
#include <boost/hana/pair.hpp>
#include <boost/hana/type.hpp>

#include <array>
#include <cstddef>
#include <tuple>
#include <utility>

namespace coordcare {

/// A list of rule types, the value of the map below.
template <rule... R>
struct rule_list {
    static constexpr std::size_t size = sizeof...(R);
    /// The I-th rule.
    template <std::size_t I>
    using at = std::tuple_element_t<I, std::tuple<R...>>;
    /// Calls f(hana::type_c<R>) for every rule, in order.
    template <class F>
    static constexpr void for_each(F&& f) {
        (f(boost::hana::type_c<R>), ...);
    }
};

/// A structure kind as a type, usable as a key of a Hana map.
template <structure_kind K>
struct kind_tag {
    static constexpr structure_kind value = K;
};

namespace hana = boost::hana;

namespace rules {
using esp_signed = health_project_signed<structure_kind::esp, signature_policy::every_health_professional>;
using ess_signed = health_project_signed<structure_kind::ess, signature_policy::some_member>;
using msp_signed = health_project_signed<structure_kind::msp, signature_policy::every_health_professional>;
using cpts_signed = health_project_signed<structure_kind::cpts, signature_policy::some_member>;
}  // namespace rules

/// kind → the rules checked on structures of that kind (a hana::type of rule_list<...>).
inline constexpr auto rules_by_kind = hana::make_map(
    hana::make_pair(hana::type_c<kind_tag<structure_kind::esp>>,
                    hana::type_c<rule_list<rules::health_professionals_only<structure_kind::esp>, rules::esp_general_practitioner,
                                           rules::esp_two_professionals, rules::esp_first_recourse, rules::esp_regional_minimum,
                                           rules::health_project_required<structure_kind::esp>, rules::esp_signed,
                                           rules::esp_fir_requires_association, rules::member_doctor_specialty,
                                           rules::member_withdrawn_profession_code, rules::siret_within_siren>>),
    hana::make_pair(hana::type_c<kind_tag<structure_kind::ess>>,
                    hana::type_c<rule_list<rules::health_professionals_only<structure_kind::ess>, rules::ess_specialist,
                                           rules::health_project_required<structure_kind::ess>, rules::ess_signed,
                                           rules::ess_fir_association_recommended, rules::member_doctor_specialty,
                                           rules::member_withdrawn_profession_code, rules::siret_within_siren>>),
    hana::make_pair(hana::type_c<kind_tag<structure_kind::msp>>,
                    hana::type_c<rule_list<rules::msp_legal_person, rules::msp_general_practitioners, rules::msp_associate_professions,
                                           rules::msp_sisa_min_associates, rules::msp_sisa_salaried_fewer, rules::msp_non_health_signed,
                                           rules::msp_non_health_not_associate, rules::msp_aci_requires_sisa,
                                           rules::health_project_required<structure_kind::msp>, rules::msp_signed,
                                           rules::member_doctor_specialty, rules::member_withdrawn_profession_code,
                                           rules::siret_within_siren>>),
    hana::make_pair(hana::type_c<kind_tag<structure_kind::cds>>,
                    hana::type_c<rule_list<rules::cds_manager, rules::cds_salaried, rules::cds_single_agreement,
                                           rules::health_project_required<structure_kind::cds>, rules::member_doctor_specialty,
                                           rules::member_withdrawn_profession_code, rules::siret_within_siren>>),
    hana::make_pair(hana::type_c<kind_tag<structure_kind::cpts>>,
                    hana::type_c<rule_list<rules::cpts_legal_form, rules::cpts_legal_form_seat, rules::cpts_pluriprofessional,
                                           rules::health_project_required<structure_kind::cpts>, rules::cpts_signed,
                                           rules::member_doctor_specialty, rules::member_withdrawn_profession_code,
                                           rules::siret_within_siren>>));

/// The rules of a kind: rules_of<structure_kind::msp> is rule_list<...>.
template <structure_kind K>
using rules_of = typename decltype(+rules_by_kind[hana::type_c<kind_tag<K>>])::type;

/// Calls f(hana::type_c<Rule>) for every rule of kind K, in the map's order.
template <structure_kind K, class F>
constexpr void for_each_rule(F&& f) {
    rules_of<K>::for_each(std::forward<F>(f));
}

/// The kinds that have rules, in order (the DAC is a member, not a structure of its own here).
inline constexpr std::array checked_structure_kinds{structure_kind::esp, structure_kind::ess, structure_kind::msp,
                                                    structure_kind::cds, structure_kind::cpts};

}  // namespace coordcare
