// The value types are reflected with Boost.Hana: generic code walks their fields by name.
#include <coordcare/coordcare.hpp>
#include <coordcare/structures/reflection.hpp>

#include <catch2/catch.hpp>

#include <boost/hana/for_each.hpp>
#include <boost/hana/keys.hpp>
#include <boost/hana/members.hpp>
#include <boost/hana/core/to.hpp>
#include <boost/hana/string.hpp>

#include <string>
#include <vector>

#include "samples.hpp"

using namespace coordcare;

namespace {
template <class T>
std::vector<std::string> field_names() {
    std::vector<std::string> out;
    boost::hana::for_each(boost::hana::keys(T{}), [&](auto key) { out.emplace_back(boost::hana::to<const char*>(key)); });
    return out;
}
template <class T>
std::vector<std::string> field_names(const T& value) {
    std::vector<std::string> out;
    boost::hana::for_each(boost::hana::accessors<T>(), [&](auto pair) {
        out.emplace_back(boost::hana::to<const char*>(boost::hana::first(pair)));
        (void)boost::hana::second(pair)(value);  // every accessor reaches its field
    });
    return out;
}
}  // namespace

TEST_CASE("structures, members and their parts are reflected by field name", "[reflection]") {
    const auto house = samples::valid_msp();
    CHECK(field_names(house) == std::vector<std::string>{"name", "form", "ids", "seat", "members", "project", "funding"});
    CHECK(field_names(std::get<person>(house.members[0])) ==
          std::vector<std::string>{"name", "job", "specialty", "mode", "associate", "signatory", "rpps"});
    CHECK(field_names(organisation{"EHPAD", organisation_kind::medico_social_actor, true}) ==
          std::vector<std::string>{"name", "kind", "signatory"});
    CHECK(field_names(house.funding) == std::vector<std::string>{"fir_requested", "aci_signed"});
    CHECK(field_names(samples::valid_cds().funding) == std::vector<std::string>{"national_agreement", "model_contract"});
    CHECK(field_names(house.ids) == std::vector<std::string>{"siren", "siret", "finess"});
    CHECK(field_names<health_project>() == std::vector<std::string>{"adopted"});
}

TEST_CASE("reflection reads the values themselves", "[reflection]") {
    const auto house = samples::valid_msp();
    const auto values = boost::hana::members(house);
    CHECK(boost::hana::at_c<0>(values) == "MSP des Lilas");
    CHECK(boost::hana::at_c<1>(values) == legal_form::sisa);
    CHECK(boost::hana::at_c<4>(values).size() == 5);
}
