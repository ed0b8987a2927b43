// The bibliography (vocabulary/sources.hpp): its keys, and every legal text naming an entry of it.
#include <coordcare/vocabulary/legal_texts.hpp>
#include <coordcare/vocabulary/sources.hpp>

#include <catch2/catch.hpp>

#include <array>

using namespace coordcare;

static_assert(sources::keys_are_valid());
// Dereferencing a null pointer is not a constant expression, so this also says that "csp" is found. (Comparing the
// address of an element of the table with nullptr is not one under GCC 12 with -fsanitize=address.)
static_assert(sources::find("csp")->kind == source_kind::code);
static_assert(sources::find("no-such-key") == nullptr);

TEST_CASE("keys of the bibliography are well formed", "[sources]") {
    CHECK(sources::well_formed_key("aci-cpts-2019"));
    CHECK(sources::well_formed_key("cpc"));
    CHECK(sources::well_formed_key("arrete-pass-2019"));
    CHECK_FALSE(sources::well_formed_key(""));
    CHECK_FALSE(sources::well_formed_key("ACI"));
    CHECK_FALSE(sources::well_formed_key("2019-aci"));
    CHECK_FALSE(sources::well_formed_key("aci--cpts"));
    CHECK_FALSE(sources::well_formed_key("aci-"));
    CHECK_FALSE(sources::well_formed_key("aci_cpts"));
    CHECK_FALSE(sources::well_formed_key("aci cpts"));
}

TEST_CASE("every document of the bibliography has a title, a publisher, a date and a note", "[sources]") {
    for (const auto& s : sources::all) {
        INFO(s.key);
        CHECK_FALSE(s.title.empty());
        CHECK_FALSE(s.publisher.empty());
        CHECK_FALSE(s.date.empty());
        CHECK_FALSE(s.note.empty());
        CHECK((s.url.empty() || s.url.starts_with("https://") || s.url.starts_with("http://")));
        CHECK(sources::find(s.key) == &s);
    }
}

TEST_CASE("every legal text with a source key names a document of the bibliography", "[sources]") {
    const std::array texts{legal::csp,
                           legal::css,
                           legal::crpa,
                           legal::law_2019_774,
                           legal::law_2023_379,
                           legal::ordinance_2021_584,
                           legal::decree_2022_375,
                           legal::aci_msp_2017,
                           legal::aci_msp_avenant_1,
                           legal::decree_2024_618,
                           legal::cds_national_agreement_2015,
                           legal::aci_cpts_2019,
                           legal::aci_cpts_avenant_2,
                           legal::ars_paca_cpts,
                           legal::ars_idf_cpts,
                           legal::guichet_cpts_faq,
                           legal::coordinated_practice_guide,
                           legal::ans_nos,
                           legal::ans_rpps,
                           legal::insee_sirene,
                           legal::insee_cog};
    for (const auto& t : texts) {
        INFO(t.abbreviation);
        REQUIRE_FALSE(t.source_key.empty());
        CHECK(sources::find(t.source_key) != nullptr);
    }
    // A text with a Légifrance id and its entry link to the same place.
    CHECK(sources::find(legal::csp.source_key)->url == legal::csp_L4041_1.url());
    // A text without one links to its entry's address.
    const legal_reference decree{legal::decree_2024_618, "", "", {certainty::confirmed, "[decret-2024-618]"}};
    CHECK(decree.url() == sources::find("decret-2024-618")->url);
}
