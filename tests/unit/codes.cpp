// Practice modes (TRE_R23), legal forms and structure kinds (TRE_R66).
#include <coordcare/vocabulary/legal_forms.hpp>
#include <coordcare/vocabulary/practice_mode.hpp>
#include <coordcare/vocabulary/structure_kinds.hpp>

#include <catch2/catch.hpp>

#include <vector>

using namespace coordcare;

TEST_CASE("practice modes and TRE_R23 codes", "[codes]") {
    CHECK(practice_mode_from_tre_r23('L') == practice_mode::liberal);
    CHECK(practice_mode_from_tre_r23('S') == practice_mode::salaried);
    CHECK(practice_mode_from_tre_r23('B') == practice_mode::volunteer);
    CHECK_FALSE(practice_mode_from_tre_r23('M'));
    CHECK_FALSE(practice_mode_from_tre_r23('l'));
    CHECK(tre_r23_code(practice_mode::liberal) == 'L');
    CHECK_FALSE(tre_r23_code(practice_mode::mixed));
    CHECK(includes_liberal(practice_mode::mixed));
    CHECK(includes_salaried(practice_mode::mixed));
    CHECK_FALSE(includes_liberal(practice_mode::volunteer));
    CHECK(name(practice_mode::volunteer).fr == "bénévole");
}

TEST_CASE("legal forms know whether they are legal persons and associations", "[codes]") {
    CHECK_FALSE(is_legal_person(legal_form::none));
    CHECK(is_association(legal_form::association_1901));
    CHECK(is_association(legal_form::association_local_law));
    CHECK_FALSE(is_association(legal_form::sisa));
    CHECK(is_legal_person(legal_form::sisa));
    CHECK(is_legal_person(legal_form::departement));
    CHECK(name(legal_form::association_1901).fr == "association loi 1901");
    for (const auto& e : legal_form_table) {
        CHECK_FALSE(e.name.fr.empty());
        CHECK_FALSE(e.name.en.empty());
    }
}

TEST_CASE("structure kinds and TRE_R66 codes", "[codes]") {
    CHECK(tre_r66_codes(structure_kind::esp).empty());
    CHECK(std::vector<unsigned short>(tre_r66_codes(structure_kind::cds).begin(), tre_r66_codes(structure_kind::cds).end()) ==
          std::vector<unsigned short>{124, 439});
    CHECK(structure_kind_from_tre_r66(124) == structure_kind::cds);
    CHECK(structure_kind_from_tre_r66(439) == structure_kind::cds);
    CHECK(structure_kind_from_tre_r66(603) == structure_kind::msp);
    CHECK(structure_kind_from_tre_r66(604) == structure_kind::cpts);
    CHECK(structure_kind_from_tre_r66(606) == structure_kind::dac);
    CHECK(structure_kind_from_tre_r66(647) == structure_kind::ess);
    CHECK_FALSE(structure_kind_from_tre_r66(0));
    CHECK_FALSE(structure_kind_from_tre_r66(605));
    CHECK(structure_kind_from_acronym("CPTS") == structure_kind::cpts);
    CHECK_FALSE(structure_kind_from_acronym("cpts"));
    CHECK(acronym(structure_kind::msp) == "MSP");
    CHECK(entry(structure_kind::cpts).reference.article == "L.1434-12");
    CHECK(name(structure_kind::esp).fr == "équipe de soins primaires");
}
