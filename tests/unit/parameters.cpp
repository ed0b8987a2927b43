// The parameters layer: the editions of the ACI CPTS by date of effect, the sizes by population, the
// missions by edition, and the regional doctrine as an overlay. Expected values are stated here by hand
// from the sources ([aci-cpts-2019], [aci-cpts-avenant-2], the calendar of [paps-hdf-aci-cpts], [guichet-cpts-faq-4],
// [ars-idf-cpts], [ars-paca-cdc-cpts]), never read from the tables.
#include <coordcare/coordcare.hpp>

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace coordcare;
using namespace coordcare::parameters;

namespace {
date ymd(int y, unsigned m, unsigned d) { return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }
}  // namespace

TEST_CASE("the edition of the ACI CPTS in force on a date", "[parameters][aci_cpts]") {
    // None before the arrêté of 2019-08-21 (JO 2019-08-24): asking is an answer, not a default.
    CHECK_FALSE(aci_cpts_edition_on(ymd(2019, 8, 24)).has_value());
    const auto first = aci_cpts_edition_on(ymd(2019, 8, 25));
    REQUIRE(first);
    CHECK(first->value->id == "ACI_CPTS.2019");
    CHECK(first->until == ymd(2022, 4, 1));
    // Avenant 2, published in the JO of 2022-03-31, applies from the next day.
    CHECK(aci_cpts_edition_on(ymd(2022, 3, 31))->value->id == "ACI_CPTS.2019");
    const auto second = aci_cpts_edition_on(ymd(2022, 4, 1));
    REQUIRE(second);
    CHECK(second->value->id == "ACI_CPTS.AVENANT_2");
    CHECK_FALSE(second->until.has_value());
    CHECK(second->source.status == certainty::stated);
    CHECK(aci_cpts_edition_on(ymd(2030, 1, 1))->value == &aci_cpts_avenant_2);
}

TEST_CASE("the size of a CPTS by its population, at each boundary", "[parameters][aci_cpts]") {
    for (const auto* edition : {&aci_cpts_2019, &aci_cpts_avenant_2}) {
        INFO(edition->id);
        const auto& sizes = edition->sizes;
        CHECK(sizes.size_of(0) == cpts_size::one);
        CHECK(sizes.size_of(39'999) == cpts_size::one);
        CHECK(sizes.size_of(40'000) == cpts_size::two);   // "40 000 à 80 000": 40 000 is size 2
        CHECK(sizes.size_of(79'999) == cpts_size::two);
        CHECK(sizes.size_of(80'000) == cpts_size::three);  // the uncertain boundary: our choice, overridable
        CHECK(sizes.size_of(175'000) == cpts_size::three);  // "plus de 175 000" is size 4
        CHECK(sizes.size_of(175'001) == cpts_size::four);
        CHECK(sizes.size_of(-5) == cpts_size::one);
        CHECK(sizes.size_3_from.source.status == certainty::uncertain);
        CHECK(sizes.size_2_from.source.status == certainty::stated);  // the agencies' wording; the ACI's text was not read
    }
    // A user who reads the boundary the other way overrides that one figure.
    cpts_size_thresholds mine = aci_cpts_2019.sizes;
    mine.size_3_from = {"MY_REGION.SIZE_3_FROM", 80'001, {certainty::stated, "our reading"}};
    CHECK(mine.size_of(80'000) == cpts_size::two);
    CHECK(mine.size_of(80'001) == cpts_size::three);
}

TEST_CASE("the missions of each edition: socle or optional, and their deadlines", "[parameters][aci_cpts]") {
    // 2019: three socle missions [ars-idf-cpts], two optional; no crisis mission.
    CHECK(aci_cpts_2019.is_socle(cpts_mission::access_to_care));
    CHECK(aci_cpts_2019.is_socle(cpts_mission::patient_pathways));
    CHECK(aci_cpts_2019.is_socle(cpts_mission::prevention));
    CHECK_FALSE(aci_cpts_2019.terms(cpts_mission::crisis_response).has_value());
    CHECK_FALSE(aci_cpts_2019.is_socle(cpts_mission::quality_relevance));
    CHECK(aci_cpts_2019.terms(cpts_mission::quality_relevance).has_value());
    CHECK(aci_cpts_2019.socle_missions().second == 3);
    // Avenant 2: the crisis mission is a fourth socle mission ([guichet-cpts-faq-4], [ars-paca-cdc-cpts]).
    CHECK(aci_cpts_avenant_2.is_socle(cpts_mission::crisis_response));
    CHECK(aci_cpts_avenant_2.socle_missions().second == 4);
    CHECK_FALSE(aci_cpts_avenant_2.is_socle(cpts_mission::professional_support));

    // Deadlines after signing (the ACI's table as [paps-hdf-aci-cpts] gives it): access 6 and 18 months;
    // pathways and prevention 12 and 24; crisis 6 and 18; optional missions at the CPTS's choice.
    const auto& access = *aci_cpts_2019.terms(cpts_mission::access_to_care);
    CHECK(access.start_within_months == 6);
    CHECK(access.deployed_within_months == 18);
    for (const auto* e : {&aci_cpts_2019, &aci_cpts_avenant_2}) {
        for (const auto m : {cpts_mission::patient_pathways, cpts_mission::prevention}) {
            INFO(e->id << " " << id(m));
            CHECK(e->terms(m)->start_within_months == 12);
            CHECK(e->terms(m)->deployed_within_months == 24);
        }
        CHECK(e->terms(cpts_mission::access_to_care)->start_within_months == 6);
        CHECK(e->terms(cpts_mission::access_to_care)->deployed_within_months == 18);
    }
    CHECK(aci_cpts_avenant_2.terms(cpts_mission::crisis_response)->start_within_months == 6);
    CHECK(aci_cpts_avenant_2.terms(cpts_mission::crisis_response)->deployed_within_months == 18);
    CHECK_FALSE(aci_cpts_avenant_2.terms(cpts_mission::quality_relevance)->start_within_months.has_value());
}

TEST_CASE("the amounts of each edition by size", "[parameters][aci_cpts]") {
    // Fonctionnement: 50 000 / 60 000 / 75 000 / 90 000 € (2019).
    CHECK(aci_cpts_2019.fonctionnement_of(cpts_size::one).value == euros::whole(50'000));
    CHECK(aci_cpts_2019.fonctionnement_of(cpts_size::two).value == euros::whole(60'000));
    CHECK(aci_cpts_2019.fonctionnement_of(cpts_size::three).value == euros::whole(75'000));
    CHECK(aci_cpts_2019.fonctionnement_of(cpts_size::four).value == euros::whole(90'000));
    // Yearly maxima, all missions at 100 %: 220 000 / 287 000 / 370 000 / 450 000 € (2019, [ars-idf-cpts]).
    CHECK(aci_cpts_2019.yearly_maximum_of(cpts_size::one)->value == euros::whole(220'000));
    CHECK(aci_cpts_2019.yearly_maximum_of(cpts_size::two)->value == euros::whole(287'000));
    CHECK(aci_cpts_2019.yearly_maximum_of(cpts_size::three)->value == euros::whole(370'000));
    CHECK(aci_cpts_2019.yearly_maximum_of(cpts_size::four)->value == euros::whole(450'000));
    // Avenant 2: 580 000 € for size 4 (C), 382 500 € for size 2 ([guichet-cpts-faq-4], uncertain); sizes 1 and 3
    // not known.
    CHECK(aci_cpts_avenant_2.yearly_maximum_of(cpts_size::four)->value == euros::whole(580'000));
    CHECK(aci_cpts_avenant_2.yearly_maximum_of(cpts_size::two)->value == euros::from_cents(38'250'000));
    CHECK(aci_cpts_avenant_2.yearly_maximum_of(cpts_size::two)->source.status == certainty::uncertain);
    CHECK_FALSE(aci_cpts_avenant_2.yearly_maximum_of(cpts_size::one).has_value());
    CHECK_FALSE(aci_cpts_avenant_2.yearly_maximum_of(cpts_size::three).has_value());
    // Five-year term, 75 % in advance.
    for (const auto* e : {&aci_cpts_2019, &aci_cpts_avenant_2}) {
        CHECK(e->term_years.value == 5);
        CHECK(e->advance.value == percent::whole(75));
    }
}

TEST_CASE("every figure has a unique id under its edition's prefix, and a source", "[parameters][aci_cpts]") {
    std::set<std::string> ids;
    for (const auto* e : {&aci_cpts_2019, &aci_cpts_avenant_2}) {
        const std::string prefix = std::string{e->id} + ".";
        auto check = [&](std::string_view id, const source_note& source) {
            INFO(id);
            CHECK(std::string{id}.starts_with(prefix));
            CHECK(ids.insert(std::string{id}).second);
            CHECK_FALSE(source.text.empty());
        };
        check(e->sizes.size_2_from.id, e->sizes.size_2_from.source);
        check(e->sizes.size_3_from.id, e->sizes.size_3_from.source);
        check(e->sizes.size_4_from.id, e->sizes.size_4_from.source);
        for (const auto& f : e->fonctionnement) check(f.id, f.source);
        for (const auto& f : e->yearly_maximum)
            if (f) check(f->id, f->source);
        check(e->term_years.id, e->term_years.source);
        check(e->advance.id, e->advance.source);
        for (const auto& t : e->missions)
            if (t) CHECK_FALSE(t->source.text.empty());
    }
    CHECK(ids.size() == 13 + 11);  // 2019: 3 sizes, 4 envelopes, 4 maxima, term, advance; avenant 2: 2 maxima only
}

TEST_CASE("the missions have their names and exchange ids", "[parameters][missions]") {
    CHECK(name(cpts_mission::crisis_response).fr == "Réponse aux crises sanitaires graves");
    CHECK(id(cpts_mission::professional_support) == "professional_support");
    CHECK(cpts_mission_table.size() == 6);
}
