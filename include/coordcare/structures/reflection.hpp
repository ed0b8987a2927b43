// coordcare — reflection of the structures' value types with Boost.Hana: their fields by name, in
// declaration order, for generic code (the JSON layer, printers, tests) instead of one hand-written
// function per field. Every value type of the layer is reflected here, once.
#pragma once

#include <coordcare/structures/members.hpp>
#include <coordcare/structures/structure.hpp>
#include <coordcare/vocabulary/reflection.hpp>

#include <boost/hana/adapt_struct.hpp>
#include <boost/hana/pair.hpp>
#include <boost/hana/string.hpp>
#include <boost/hana/tuple.hpp>

#include <utility>

BOOST_HANA_ADAPT_STRUCT(coordcare::health_project, adopted);
BOOST_HANA_ADAPT_STRUCT(coordcare::identifiers, siren, siret, finess);
BOOST_HANA_ADAPT_STRUCT(coordcare::structure_funding<coordcare::structure_kind::esp>, fir_requested);
BOOST_HANA_ADAPT_STRUCT(coordcare::structure_funding<coordcare::structure_kind::ess>, fir_requested);
BOOST_HANA_ADAPT_STRUCT(coordcare::structure_funding<coordcare::structure_kind::msp>, fir_requested, aci_signed);
BOOST_HANA_ADAPT_STRUCT(coordcare::structure_funding<coordcare::structure_kind::cds>, national_agreement, model_contract);
BOOST_HANA_ADAPT_STRUCT(coordcare::structure_funding<coordcare::structure_kind::cpts>, fir_requested, aci_signed);

// The templates (one per text type) cannot use BOOST_HANA_ADAPT_STRUCT: their accessors are written
// with this macro, which names each field once.
#define COORDCARE_REFLECT_FIELD(field)                                                                        \
    ::boost::hana::make_pair(BOOST_HANA_STRING(#field), [](auto&& object) -> decltype(auto) {                 \
        return (std::forward<decltype(object)>(object).field);                                                \
    })

namespace boost::hana {
template <class Text>
struct accessors_impl<coordcare::basic_person<Text>> {
    static constexpr auto apply() {
        return make_tuple(COORDCARE_REFLECT_FIELD(name), COORDCARE_REFLECT_FIELD(job), COORDCARE_REFLECT_FIELD(specialty),
                          COORDCARE_REFLECT_FIELD(mode), COORDCARE_REFLECT_FIELD(associate), COORDCARE_REFLECT_FIELD(signatory),
                          COORDCARE_REFLECT_FIELD(rpps));
    }
};
template <class Text>
struct accessors_impl<coordcare::basic_organisation<Text>> {
    static constexpr auto apply() {
        return make_tuple(COORDCARE_REFLECT_FIELD(name), COORDCARE_REFLECT_FIELD(kind), COORDCARE_REFLECT_FIELD(signatory));
    }
};
template <coordcare::structure_kind K, class Text, class Members>
struct accessors_impl<coordcare::basic_structure<K, Text, Members>> {
    static constexpr auto apply() {
        return make_tuple(COORDCARE_REFLECT_FIELD(name), COORDCARE_REFLECT_FIELD(form), COORDCARE_REFLECT_FIELD(ids),
                          COORDCARE_REFLECT_FIELD(seat), COORDCARE_REFLECT_FIELD(members), COORDCARE_REFLECT_FIELD(project),
                          COORDCARE_REFLECT_FIELD(funding));
    }
};
}  // namespace boost::hana

#undef COORDCARE_REFLECT_FIELD
