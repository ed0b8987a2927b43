// The territory layer on the official data (data/communes-2026.txt, from @etalab/decoupage-administratif
// 6.0.0). Every population below was read by hand in the package's data/communes.json, not computed from
// the extract; the sizes are the ACI CPTS 2019 thresholds (40 000, 80 000, 175 001).
#include <coordcare/coordcare.hpp>
#include <coordcare/io/communes.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <string>
#include <vector>

using namespace coordcare;
using namespace coordcare::territories;

namespace {
date ymd(int y, unsigned m, unsigned d) { return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }

/// The data the build names (COORDCARE_COMMUNES_FILE), read once for the whole run.
const commune_index& official() {
    static const commune_index index = [] {
        auto loaded = load_commune_data_found();
        if (!loaded.index) FAIL(loaded.error->summary(language::en));
        return std::move(*loaded.index);
    }();
    return index;
}
commune_code insee(std::string_view text) { return std::get<commune_code>(commune_code::parse(text)); }
std::vector<commune_code> codes(std::initializer_list<std::string_view> texts) {
    std::vector<commune_code> out;
    for (const auto t : texts) out.push_back(insee(t));
    return out;
}
std::vector<std::string> ids(const std::vector<diagnostic>& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds) out.emplace_back(d.rule.text());
    return out;
}
/// The ids of the errors and warnings, without the notes (13005 Aubagne is also Marseille 5e's postal code).
std::vector<std::string> findings(const std::vector<diagnostic>& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds)
        if (d.level != severity::note) out.emplace_back(d.rule.text());
    return out;
}
std::vector<std::string> place_codes(const commune_index& index, const std::vector<place_id>& places) {
    std::vector<std::string> out;
    for (const auto p : places) out.emplace_back(index.at(p).code.text());
    return out;
}
using strings = std::vector<std::string>;
}  // namespace

TEST_CASE("Commune data: the 2026 vintage as the package gives it", "[territory][data]") {
    const auto& index = official();
    CHECK(index.vintage() == 2026);
    CHECK(index.source() == "@etalab/decoupage-administratif 6.0.0");
    CHECK(index.integrity().starts_with("sha512-XavYsFlbcM"));
    CHECK(index.places().size() == 37'590);  // 34 969 communes, 45 arrondissements, 2 105 delegated, 471 associated
    CHECK(index.unit_count() == 34'969 - 3 + 45);
    CHECK(index.departments().size() == 109);
    CHECK(index.regions().size() == 26);
    const auto marseille = index.find(insee("13055"));
    REQUIRE(marseille != no_place);
    CHECK(index.name(marseille) == "Marseille");
    CHECK(index.at(marseille).population == 886'040);
    CHECK(index.arrondissements_of(marseille).size() == 16);
    const auto first = index.find(insee("13201"));
    CHECK(index.at(first).kind == place_kind::municipal_arrondissement);
    CHECK(index.at(first).parent == marseille);
    CHECK(index.at(index.find(insee("2A004"))).department.text() == "2A");
    CHECK(index.at(index.find(insee("97411"))).department.text() == "974");
    // 01015 is both a current commune (Arboys en Bugey) and its delegated commune (Arbignieu).
    CHECK(index.name(index.find(insee("01015"))) == "Arboys en Bugey");
    CHECK(index.name(index.find_former(insee("01015"))) == "Arbignieu");
    CHECK(index.find(insee("01120")) == no_place);  // Cordieux, associated with Montluel
    CHECK(place_codes(index, {index.communes_of(std::get<postal_code>(postal_code::parse("13001"))).begin(),
                              index.communes_of(std::get<postal_code>(postal_code::parse("13001"))).end()}) == strings{"13055", "13201"});
}

TEST_CASE("Territory: populations summed exactly, and the size under the ACI CPTS", "[territory]") {
    const auto& index = official();
    // Aubagne 47 529 + Gardanne 21 597 + Carnoux-en-Provence 6 873 + Roquevaire 8 915.
    const auto t = resolve(index, codes({"13005", "13041", "13119", "13086"}));
    REQUIRE(t.valid());
    const auto s = summarize(index, t.value);
    CHECK(s.population == 84'914);
    CHECK(s.vintage == 2026);
    CHECK(s.places_without_population == 0);
    CHECK(size_on(s, ymd(2024, 1, 1))->size == cpts_size::three);
    // The threshold of 80 000 is uncertain about 80 000 itself (the end of size 2 or the start of size 3): a
    // size of 84 914 inhabitants does not rest on that; a population of exactly 80 000 does, and says so.
    CHECK(size_on(s, ymd(2024, 1, 1))->uncertain_figures().empty());
    auto at_boundary = s;
    at_boundary.population = 80'000;
    const auto uncertain = size_on(at_boundary, ymd(2024, 1, 1))->uncertain_figures();
    REQUIRE(uncertain.size() == 1);
    CHECK(uncertain[0]->id == "ACI_CPTS.AVENANT_2.SIZE_3_FROM");
    CHECK(uncertain[0]->value == 80'000);
    CHECK(s.departments == std::vector{std::get<department_code>(department_code::parse("13"))});
    CHECK(s.regions == std::vector{std::get<region_code>(region_code::parse("93"))});
    // Without Aubagne: 37 385, size 1; Aubagne alone: size 2.
    CHECK(size_on(summarize(index, resolve(index, codes({"13041", "13119", "13086"})).value), ymd(2024, 1, 1))->size == cpts_size::one);
    CHECK(size_on(summarize(index, resolve(index, codes({"13005"})).value), ymd(2024, 1, 1))->size == cpts_size::two);
    // Arrondissements: Paris 16e 159 386 + 17e 159 212 = 318 598, size 4; Marseille whole, 886 040.
    const auto paris = summarize(index, resolve(index, codes({"75116", "75117"})).value);
    CHECK(paris.population == 318'598);
    CHECK(size_on(paris, ymd(2024, 1, 1))->size == cpts_size::four);
    CHECK(summarize(index, resolve(index, codes({"13055"})).value).population == 886'040);
    // Across departments and regions: Metz (57, Grand Est 44) 122 572 + Ajaccio (2A, Corse 94) 76 320.
    const auto spread = summarize(index, resolve(index, codes({"2A004", "57463"})).value);
    CHECK(spread.population == 198'892);
    CHECK(spread.departments.size() == 2);
    CHECK(spread.departments[0].text() == "2A");
    CHECK(spread.regions.size() == 2);
    CHECK(spread.regions[0].text() == "44");
    CHECK(spread.regions[1].text() == "94");
    // No edition before the ACI CPTS.
    CHECK_FALSE(size_on(s, ymd(2019, 1, 1)).has_value());
}

TEST_CASE("Territory: each bad code is a diagnostic with its pointer and what to give instead", "[territory]") {
    const auto& index = official();
    SECTION("an unknown code") {
        const auto t = resolve(index, codes({"13005", "13999"}));
        REQUIRE(findings(t.diagnostics) == strings{"TERRITORY.UNKNOWN_CODE"});
        CHECK(t.diagnostics[1].path.json_pointer() == "/communes/1");
        CHECK(t.diagnostics[1].detail.en ==
              "13999 is neither a commune, a municipal arrondissement nor a postal code of the 2026 vintage (@etalab/decoupage-administratif 6.0.0)");
        CHECK(t.value.places.size() == 1);
        CHECK_FALSE(t.valid());
    }
    SECTION("a postal code, with the INSEE codes it covers") {
        const auto t = resolve(index, codes({"75015"}));  // Paris 15e's postal code; INSEE 75115
        REQUIRE(ids(t.diagnostics) == strings{"TERRITORY.POSTAL_CODE"});
        // The arrondissement is the answer; Paris, whose postal codes also include 75015, is left out of the hint.
        CHECK(t.diagnostics[0].detail.en == "75015 is a postal code, not an INSEE code; it covers 75115 Paris 15e Arrondissement");
        CHECK(t.diagnostics[0].detail.fr == "75015 est un code postal, pas un code INSEE ; il couvre 75115 Paris 15e Arrondissement");
    }
    SECTION("a code that is both an INSEE code and a postal code is the INSEE code, with a note") {
        const auto t = resolve(index, codes({"13001"}));  // Aix-en-Provence; also Marseille 1er's postal code
        CHECK(t.valid());
        CHECK(index.name(t.value.places[0]) == "Aix-en-Provence");
        REQUIRE(ids(t.diagnostics) == strings{"TERRITORY.AMBIGUOUS_CODE"});
        CHECK(t.diagnostics[0].level == severity::note);
        CHECK(t.diagnostics[0].detail.en ==
              "13001 is read as the INSEE code of Aix-en-Provence; as a postal code it would be 13201 Marseille 1er Arrondissement");
        // Lyon's postal codes are nine villages' INSEE codes; 69001 is Affoux, not Lyon 1er. A list of INSEE codes
        // alone (a department's, say) is read as one: its ambiguous codes are one note, at the list.
        const auto lyon = resolve(index, codes({"69001", "69002", "69003", "69004", "69005", "69006", "69007", "69008", "69009"}));
        CHECK(lyon.valid());
        REQUIRE(lyon.diagnostics.size() == 1);
        CHECK(lyon.diagnostics[0].level == severity::note);
        CHECK(lyon.diagnostics[0].path.json_pointer() == "/communes");
        CHECK(lyon.diagnostics[0].detail.fr ==
              "9 codes de la liste sont aussi les codes postaux d'autres lieux (69001 Affoux /communes/0, 69002 Aigueperse /communes/1, 69003 "
              "Albigny-sur-Saône /communes/2, 69004 Alix /communes/3, 69005 Ambérieux /communes/4 et 4 autres) : la liste n'a aucun code postal, "
              "ils sont lus comme codes INSEE");
        CHECK(summarize(index, lyon.value).population == 21'640);
        // In a list that has a postal code in it, the ambiguous codes are warnings.
        const auto mixed = resolve(index, codes({"69001", "75015"}));
        REQUIRE(ids(mixed.diagnostics) == strings{"TERRITORY.AMBIGUOUS_CODE", "TERRITORY.POSTAL_CODE"});
        CHECK(mixed.diagnostics[0].level == severity::warning);
        // A code that is its own commune's postal code is not ambiguous: 13005 Aubagne's postal code is 13400.
        CHECK(resolve(index, codes({"01093"})).diagnostics.empty());  // Châtillon-sur-Chalaronne, postal code 01400
    }
    SECTION("a postal code of Corsica, which no INSEE code can be, as a dossier declares it") {
        const declared_territory t{{std::get<postal_code>(postal_code::parse("20000")), insee("2A004")}};
        const auto r = resolve(index, t);
        REQUIRE(ids(r.diagnostics) == strings{"TERRITORY.POSTAL_CODE"});
        CHECK(r.diagnostics[0].detail.en == "20000 is a postal code, not an INSEE code; it covers 2A004 Ajaccio");
        CHECK(r.value.places.size() == 1);
    }
    SECTION("delegated and associated communes, with their current commune") {
        const auto t = resolve(index, codes({"01120", "01091"}));
        REQUIRE(ids(t.diagnostics) == strings{"TERRITORY.FORMER_COMMUNE", "TERRITORY.FORMER_COMMUNE"});
        CHECK(t.diagnostics[0].detail.en == "01120 Cordieux is an associated commune of 01262 Montluel: give 01262");
        CHECK(t.diagnostics[0].detail.fr == "01120 Cordieux est une commune associée à 01262 Montluel : indiquer 01262");
        CHECK(t.diagnostics[1].detail.fr == "01091 Châtillon-en-Michaille est une commune déléguée de 01033 Valserhône : indiquer 01033");
        // A delegated commune that keeps its commune's code is that commune: 01025 Bâgé-la-Ville, of 01025 Bâgé-Dommartin.
        CHECK(resolve(index, codes({"01025"})).valid());
    }
    SECTION("a duplicate") {
        const auto t = resolve(index, codes({"13005", "13041", "13005"}));
        REQUIRE(findings(t.diagnostics) == strings{"TERRITORY.DUPLICATE"});
        CHECK(t.diagnostics[1].path.json_pointer() == "/communes/2");
        CHECK(t.diagnostics[1].detail.en == "13005 Aubagne is already listed at /communes/0");
        CHECK(t.diagnostics[1].detail.fr == "13005 Aubagne figure déjà en /communes/0");
        CHECK(t.value.places.size() == 2);
    }
    SECTION("a commune with one of its own arrondissements, in either order") {
        const auto a = resolve(index, codes({"13055", "13005", "13202"}));
        REQUIRE(findings(a.diagnostics) == strings{"TERRITORY.COMMUNE_AND_ARRONDISSEMENT"});
        CHECK(a.diagnostics[1].detail.en == "13202 Marseille 2e Arrondissement is an arrondissement of 13055 Marseille, already listed at /communes/0");
        const auto b = resolve(index, codes({"69381", "69123"}));
        REQUIRE(ids(b.diagnostics) == strings{"TERRITORY.COMMUNE_AND_ARRONDISSEMENT"});
        CHECK(b.diagnostics[0].path.json_pointer() == "/communes/1");
        CHECK(b.diagnostics[0].detail.en == "69123 Lyon has as arrondissement 69381 Lyon 1er Arrondissement, already listed at /communes/0");
        // Two arrondissements of the same city are fine.
        CHECK(resolve(index, codes({"69381", "69382"})).valid());
    }
}

TEST_CASE("Coverage: overlaps, white zone and share of Paris by a hand-made set of territories", "[territory][coverage]") {
    const auto& index = official();
    const std::vector<territories::territory> ts{
        resolve(index, codes({"75101", "75102", "75103", "75104", "75105"})).value,  // A: 149 724
        resolve(index, codes({"75105", "75106", "75107"})).value,                    // B: 143 656, shares the 5e with A
        resolve(index, codes({"75116", "75117"})).value,                              // C: 318 598
    };
    const std::vector<std::string> names{"A", "B", "C"};
    const auto c = coverage(index, ts, area::of_department("75"), names);
    CHECK(c.places == 20);
    CHECK(c.population == 2'103'778);
    REQUIRE(c.overlaps.size() == 1);
    CHECK(c.overlaps[0].territories == std::vector<std::size_t>{0, 1});
    CHECK(place_codes(index, c.overlaps[0].places) == strings{"75105"});
    CHECK(c.overlaps[0].population == 55'252);
    CHECK(c.overlap_population == 55'252);
    CHECK(place_codes(index, c.white_zone) ==
          strings{"75108", "75109", "75110", "75111", "75112", "75113", "75114", "75115", "75118", "75119", "75120"});
    CHECK(c.white_zone_population == 1'547'052);
    CHECK(c.covered_population == 556'726);
    CHECK(c.covered_population + c.white_zone_population == c.population);
    CHECK(c.covered_basis_points() == 2'646);  // 26,46 %
    REQUIRE(ids(c.diagnostics) == strings{"TERRITORY.OVERLAP", "TERRITORY.WHITE_ZONE"});
    CHECK(c.diagnostics[0].detail.en == "A & B share 1 place(s), 55,252 inhabitants: 75105 Paris 5e Arrondissement");
    CHECK(c.diagnostics[1].detail.fr.starts_with("département 75 Paris : 11 lieu(x) sans CPTS, 1 547 052 habitants : 75108 Paris 8e Arrondissement"));
    // Notes under the national doctrine, citing the law's territory (not one region's document); under a doctrine
    // of one multi-thematic CPTS per territory and a full coverage (PACA), the overlap of two multi-thematic CPTS
    // is an error ("Un seul projet de santé pourra donc être approuvé sur un territoire donné") and the white
    // zone a warning.
    CHECK(c.diagnostics[0].level == severity::note);
    CHECK(c.diagnostics[0].reference.citation() == "CSP, art. L.1434-12");
    CHECK(c.diagnostics[1].level == severity::note);
    const auto paca = coverage(index, ts, area::of_department("75"), names, doctrines::provence_alpes_cote_d_azur);
    CHECK(paca.diagnostics[0].level == severity::error);
    CHECK(paca.diagnostics[0].reference.citation() == "ARS PACA, cahier des charges CPTS, Le territoire");
    CHECK(paca.diagnostics[1].level == severity::warning);
    // B a thematic CPTS: it may share the 5e with A (a note), under PACA too.
    const auto thematic = coverage(index, ts, area::of_department("75"), names, doctrines::provence_alpes_cote_d_azur, {false, true, false});
    CHECK(thematic.diagnostics[0].level == severity::note);
    CHECK(thematic.diagnostics[0].detail.en == "A & B share 1 place(s), 55,252 inhabitants: 75105 Paris 5e Arrondissement (with a thematic CPTS)");

    SECTION("Paris as a whole overlaps every territory on its arrondissements") {
        auto more = ts;
        more.push_back(resolve(index, codes({"75056"})).value);
        const auto d = coverage(index, more, area::of_department("75"));
        CHECK(d.white_zone.empty());
        CHECK(d.covered_basis_points() == 10'000);
        REQUIRE(d.overlaps.size() == 4);
        CHECK(d.overlaps[0].territories == std::vector<std::size_t>{0, 1, 3});  // the 5e: A, B and Paris
        CHECK(d.overlaps[1].territories == std::vector<std::size_t>{0, 3});
        CHECK(d.overlaps[1].places.size() == 4);
        CHECK(d.overlaps[2].territories == std::vector<std::size_t>{1, 3});
        CHECK(d.overlaps[3].territories == std::vector<std::size_t>{2, 3});
        CHECK(d.overlaps[3].population == 318'598);
        CHECK(d.overlap_population == 149'724 + 143'656 - 55'252 + 318'598);
    }
    SECTION("places outside the area do not count") {
        auto more = ts;
        more.push_back(resolve(index, codes({"13005", "92012"})).value);  // Aubagne, Boulogne-Billancourt
        const auto d = coverage(index, more, area::of_department("75"));
        CHECK(d.covered_population == 556'726);
        CHECK(d.places == 20);
    }
}

TEST_CASE("Coverage: regions and France", "[territory][coverage]") {
    const auto& index = official();
    // Corsica (region 94): 2A and 2B, all of it white; France: the 18 ARS regions only.
    const auto corsica = coverage(index, {}, area::of_region("94"));
    CHECK(corsica.places == 124 + 236);
    CHECK(corsica.covered_population == 0);
    CHECK(ids(corsica.diagnostics) == strings{"TERRITORY.WHITE_ZONE"});
    const auto france = coverage(index, {}, area::france());
    CHECK(corsica.population == 355'486);
    // Not the 92 communes of the collectivities no ARS serves (Saint-Barthélemy and Saint-Martin are in: the ARS
    // of Guadeloupe serves them); the arrondissements instead of Paris, Lyon and Marseille.
    CHECK(france.places == 34'969 - 92 - 3 + 45);
    CHECK(france.population == 68'392'618);  // 68 350 798 in the 18 regions, + 10 660 (977) + 31 160 (978)
    // An area the data does not know is an error, nothing counted.
    const auto nowhere = coverage(index, {}, area::of_department("99"));
    CHECK(ids(nowhere.diagnostics) == strings{"TERRITORY.AREA"});
    CHECK(nowhere.places == 0);
    CHECK(ids(coverage(index, {}, area::of_region("00")).diagnostics) == strings{"TERRITORY.AREA"});
}

TEST_CASE("Structures with the index: TERRITORY.SEAT and the department of the seat", "[territory][structures]") {
    const auto& index = official();
    cpts c;
    c.name = "CPTS du Pays d'Aubagne";
    c.form = legal_form::association_1901;
    c.seat = insee("13005");
    const auto plain = coordcare::validate(c, ymd(2026, 1, 1));
    const auto with_index = territories::validate(c, ymd(2026, 1, 1), index);
    // 13005 is Aubagne, and Marseille 5e's postal code: a note, nothing more.
    auto expected = ids(plain.diagnostics);
    expected.push_back("TERRITORY.AMBIGUOUS_CODE");
    CHECK(ids(with_index.diagnostics) == expected);
    CHECK(with_index.diagnostics.back().level == severity::note);
    CHECK_FALSE(with_index.reports("TERRITORY.SEAT"));
    c.seat = insee("13086");  // Roquevaire: no other reading
    CHECK(ids(territories::validate(c, ymd(2026, 1, 1), index).diagnostics) == ids(coordcare::validate(c, ymd(2026, 1, 1)).diagnostics));

    c.seat = insee("75015");  // a postal code
    const auto postal = territories::validate(c, ymd(2026, 1, 1), index);
    REQUIRE(postal.reports("TERRITORY.SEAT"));
    CHECK(postal.diagnostics.back().path.text() == "seat");
    CHECK(postal.diagnostics.back().detail.en == "75015 is a postal code, not an INSEE code; it covers 75115 Paris 15e Arrondissement");
    CHECK_FALSE(coordcare::validate(c, ymd(2026, 1, 1)).reports("TERRITORY.SEAT"));  // no index, no such check

    c.seat = insee("57999");
    CHECK(territories::validate(c, ymd(2026, 1, 1), index).reports("TERRITORY.SEAT"));
    c.seat = insee("01120");
    CHECK(territories::validate(c, ymd(2026, 1, 1), index).diagnostics.back().detail.en ==
          "01120 Cordieux is an associated commune of 01262 Montluel: give 01262");

    // Metz: the association must be under local law; the index gives the department.
    c.seat = insee("57463");
    const auto metz = territories::validate(c, ymd(2026, 1, 1), index);
    CHECK(metz.reports("CPTS.LEGAL_FORM.SEAT"));
    CHECK_FALSE(metz.reports("TERRITORY.SEAT"));
}

namespace {
/// A small extract in the project's format, for the parser's cases.
std::string small_extract(std::string_view extra = {}) {
    std::string s =
        "coordcare-communes\t1\n"
        "vintage\t2026\n"
        "source\ttest extract\n"
        "population\tpopulation municipale (test)\n"
        "region\t93\tProvence-Alpes-Côte d'Azur\n"
        "department\t13\t93\tBouches-du-Rhône\n"
        "c\t13055\t\t\t886040\tMarseille\t13001 13002\n"
        "m\t13201\t13055\t\t37599\tMarseille 1er Arrondissement\t13001\n"
        "m\t13202\t13055\t\t24378\tMarseille 2e Arrondissement\t13002\n"
        "c\t13005\t\t\t47529\tAubagne\t13400\n"
        "d\t13900\t13005\t\t\tAncienne commune\t\n";
    s += extra;
    std::size_t places = 5;  // and one for each place line of `extra`
    for (std::size_t at = 0; at < extra.size(); at = extra.find('\n', at) + 1) {
        if (extra.size() - at > 1 && std::string_view{"cmda"}.find(extra[at]) != std::string_view::npos && extra[at + 1] == '\t') ++places;
        if (extra.find('\n', at) == std::string_view::npos) break;
    }
    s += "end\t" + std::to_string(places) + "\n";
    return s;
}
std::string parse_error(const std::string& text) {
    auto r = commune_index::parse(text);
    if (r.index) return "parsed";
    return r.error->summary(language::en);
}
}  // namespace

TEST_CASE("Commune data: a small extract reads whole", "[territory][data]") {
    auto r = commune_index::parse(small_extract());
    REQUIRE(r.index);
    const auto& index = *r.index;
    CHECK(index.places().size() == 5);
    CHECK(index.unit_count() == 3);  // 13201, 13202, 13005
    CHECK(index.at(index.find_former(insee("13900"))).parent == index.find(insee("13005")));
    // A postal code given twice on a line is listed once.
    auto twice = commune_index::parse(small_extract().replace(small_extract().find("13400"), 5, "13400 13400"));
    REQUIRE(twice.index);
    CHECK(twice.index->communes_of(std::get<postal_code>(postal_code::parse("13400"))).size() == 1);
    const auto copy = index;  // a copy is whole: its views point into its own text
    CHECK(copy.departments()[0].name == "Bouches-du-Rhône");
    CHECK(copy.departments()[0].name.data() != index.departments()[0].name.data());
    CHECK(copy.name(copy.find(insee("13005"))) == "Aubagne");
}

TEST_CASE("Commune data: a malformed extract is one error with its line, never a partial index", "[territory][data]") {
    CHECK(parse_error("") == "commune data, line 1: expected a header with \"vintage\", \"source\" and \"population\"; found an incomplete header");
    CHECK(parse_error("code,nom\n01001,X\n").starts_with("commune data, line 1: expected the first line of a coordcare extract"));
    CHECK(parse_error(small_extract("x\t1\n")) == "commune data, line 12: expected a c, m, d, a, region, department or header line; found \"x\"");
    CHECK(parse_error(small_extract("c\t1300\t\t\t1\tX\t\n")) == "commune data, line 12: expected an INSEE commune code; found \"1300\"");
    CHECK(parse_error(small_extract("c\t84007\t\t\t1\tAvignon\t\n")) == "commune data, line 12: expected a department declared above; found \"84\"");
    CHECK(parse_error(small_extract("c\t13005\t\t\t1\tAubagne bis\t\n")) ==
          "commune data, line 12: expected each code once as a commune or arrondissement; found 13005 already read");
    CHECK(parse_error(small_extract("c\t13006\t\t\t-1\tX\t\n")) ==
          "commune data, line 12: expected a population (an integer from 0 to 100,000,000) or nothing; found \"-1\"");
    CHECK(parse_error(small_extract("c\t13006\t\t\t12\tX\n")) == "commune data, line 12: expected a \"c\" line of 7 tab-separated fields; found 6 fields");
    CHECK(parse_error(small_extract("c\t13006\t\t\t12\tX\t13400 1340\n")) == "commune data, line 12: expected a postal code (5 digits); found \"1340\"");
    CHECK(parse_error(small_extract("m\t13203\t13201\t\t1\tX\t\n")).ends_with("expected a current commune as the parent of 13203; found \"13201\""));
    CHECK(parse_error(small_extract("d\t13901\t13999\t\t\tX\t\n")).ends_with("expected a current commune as the parent of 13901; found \"13999\""));
    CHECK(parse_error(small_extract("c\t13007\t\t\t\t\t\n")) == "commune data, line 12: expected a name (1 to 200 bytes of UTF-8, no control character); found \"\"");
    CHECK(parse_error(small_extract("vintage\t2027\n")) == "commune data, line 12: expected the header before the communes; found \"vintage\"");
    CHECK(parse_error(std::string(5000, 'x')).starts_with("commune data, line 1: expected a line of at most 4096 bytes"));
    CHECK(parse_error(small_extract("c\t13006\t\t84\t12\tX\t\n")) == "commune data, line 12: expected its code's department, 13; found \"84\"");
    CHECK(parse_error(small_extract("c\t13006\t\t\t12\tX\x1b[2J\t\n")).starts_with("commune data, line 12: expected a name (1 to 200 bytes of UTF-8"));
    CHECK(parse_error(small_extract("c\t13006\t\t\t12\tX\xff\t\n")).starts_with("commune data, line 12: expected a name (1 to 200 bytes of UTF-8"));
    CHECK(parse_error("coordcare-communes\t1\nvintage\t2026\nvintage\t2027\n") == "commune data, line 3: expected each header field once; found \"vintage\"");
    CHECK(parse_error(small_extract() + "c\t13006\t\t\t12\tX\t\n") == "commune data, line 13: expected nothing after the \"end\" record; found \"c\"");
    // A file cut short never reads as a smaller France: every cut but the last newline's is an error.
    const auto whole = small_extract();
    for (std::size_t n = 0; n + 1 < whole.size(); ++n) CHECK_FALSE(commune_index::parse(whole.substr(0, n)).index.has_value());
    CHECK(commune_index::parse(whole.substr(0, whole.size() - 1)).index.has_value());
    std::string wrong_count = whole;
    wrong_count.replace(wrong_count.find("end\t5"), 6, "end\t6");
    CHECK(parse_error(wrong_count) == "commune data, line 12: expected \"end\" and the number of places read, 5; found \"6\"");
}

TEST_CASE("Commune data: a file that cannot be read is an error of the result", "[territory][data]") {
    const auto r = load_commune_data("/nonexistent/communes-2026.txt");
    REQUIRE(r.error);
    CHECK(r.error->line == 0);
    CHECK(r.error->summary(language::en).find("/nonexistent/communes-2026.txt") != std::string::npos);
}

TEST_CASE("Commune data: found beside a program, the newest vintage first", "[territory][data]") {
    namespace fs = std::filesystem;
    const fs::path root = fs::temp_directory_path() / ("coordcare-find-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    fs::create_directories(root / "bin");
    fs::create_directories(root / "share" / "coordcare");
    for (const auto* name : {"communes-2025.txt", "communes-2026.txt", "communes-2026.txt.bak", "communes-latest.txt"})
        std::ofstream(root / "share" / "coordcare" / name) << "x";
    if (std::getenv("COORDCARE_COMMUNES") == nullptr) {
        const auto found = find_commune_data(root / "bin");
        REQUIRE(found);
        CHECK(found->filename() == "communes-2026.txt");
    }
    fs::remove_all(root);
}
