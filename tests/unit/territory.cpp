// The territory layer on the official data (data/communes-2026.txt, from @etalab/decoupage-administratif
// 6.0.0). Every population below was read by hand in the package's data/communes.json, not computed from
// the extract; the sizes are the ACI CPTS 2019 thresholds (40 000, 80 000, 175 001).
#include <coordcare/coordcare.hpp>
#include <coordcare/io/communes.hpp>

#include <catch2/catch.hpp>

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
        REQUIRE(ids(t.diagnostics) == strings{"TERRITORY.UNKNOWN_CODE"});
        CHECK(t.diagnostics[0].path.json_pointer() == "/communes/1");
        CHECK(t.diagnostics[0].detail.en ==
              "13999 is neither a commune nor a municipal arrondissement of the 2026 vintage (@etalab/decoupage-administratif 6.0.0)");
        CHECK(t.value.places.size() == 1);
        CHECK_FALSE(t.valid());
    }
    SECTION("a postal code, with the INSEE codes it covers") {
        const auto t = resolve(index, codes({"75015"}));  // Paris 15e's postal code; INSEE 75115
        REQUIRE(ids(t.diagnostics) == strings{"TERRITORY.POSTAL_CODE"});
        CHECK(t.diagnostics[0].detail.en == "75015 is a postal code, not an INSEE code; it covers 75056 Paris, 75115 Paris 15e Arrondissement");
        CHECK(t.diagnostics[0].detail.fr.starts_with("75015 est un code postal, pas un code INSEE ; il couvre 75056 Paris"));
    }
    SECTION("a code that is both an INSEE code and a postal code is the INSEE code") {
        const auto t = resolve(index, codes({"13001"}));  // Aix-en-Provence; also Marseille 1er's postal code
        CHECK(t.valid());
        CHECK(index.name(t.value.places[0]) == "Aix-en-Provence");
    }
    SECTION("delegated and associated communes, with their current commune") {
        const auto t = resolve(index, codes({"01120", "01091"}));
        REQUIRE(ids(t.diagnostics) == strings{"TERRITORY.FORMER_COMMUNE", "TERRITORY.FORMER_COMMUNE"});
        CHECK(t.diagnostics[0].detail.en == "01120 Cordieux is an associated commune of 01262 Montluel: give 01262");
        CHECK(t.diagnostics[1].detail.fr == "01091 Châtillon-en-Michaille est une commune déléguée de 01033 Valserhône : indiquer 01033");
        // A delegated commune that keeps its commune's code is that commune: 01025 Bâgé-la-Ville, of 01025 Bâgé-Dommartin.
        CHECK(resolve(index, codes({"01025"})).valid());
    }
    SECTION("a duplicate") {
        const auto t = resolve(index, codes({"13005", "13041", "13005"}));
        REQUIRE(ids(t.diagnostics) == strings{"TERRITORY.DUPLICATE"});
        CHECK(t.diagnostics[0].path.json_pointer() == "/communes/2");
        CHECK(t.diagnostics[0].detail.en == "13005 Aubagne is already listed at /communes/0");
        CHECK(t.value.places.size() == 2);
    }
    SECTION("a commune with one of its own arrondissements, in either order") {
        const auto a = resolve(index, codes({"13055", "13005", "13202"}));
        REQUIRE(ids(a.diagnostics) == strings{"TERRITORY.COMMUNE_AND_ARRONDISSEMENT"});
        CHECK(a.diagnostics[0].detail.en ==
              "13202 Marseille 2e Arrondissement is an arrondissement of 13055 Marseille; 13055 Marseille is already listed at /communes/0");
        const auto b = resolve(index, codes({"69381", "69123"}));
        REQUIRE(ids(b.diagnostics) == strings{"TERRITORY.COMMUNE_AND_ARRONDISSEMENT"});
        CHECK(b.diagnostics[0].path.json_pointer() == "/communes/1");
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
    CHECK(c.diagnostics[0].detail.en == "A & B share 1 place(s), 55252 inhabitants: 75105 Paris 5e Arrondissement");
    CHECK(c.diagnostics[0].level == severity::warning);

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
    CHECK(france.places == 34'969 - 94 - 3 + 45);  // not the 94 communes of the overseas collectivities; arrondissements
    CHECK(france.population == 68'350'798);       // 68 952 941 in all, less the collectivities' 602 143
}

TEST_CASE("Structures with the index: TERRITORY.SEAT and the department of the seat", "[territory][structures]") {
    const auto& index = official();
    cpts c;
    c.name = "CPTS du Pays d'Aubagne";
    c.form = legal_form::association_1901;
    c.seat = insee("13005");
    const auto plain = coordcare::validate(c, ymd(2026, 1, 1));
    const auto with_index = territories::validate(c, ymd(2026, 1, 1), index);
    CHECK(ids(with_index.diagnostics) == ids(plain.diagnostics));
    CHECK_FALSE(with_index.reports("TERRITORY.SEAT"));

    c.seat = insee("75015");  // a postal code
    const auto postal = territories::validate(c, ymd(2026, 1, 1), index);
    REQUIRE(postal.reports("TERRITORY.SEAT"));
    CHECK(postal.diagnostics.back().path.text() == "seat");
    CHECK(postal.diagnostics.back().detail.en.starts_with("75015 is a postal code, not an INSEE code; it covers 75056 Paris"));
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
        "region\t93\tProvence-Alpes-Côte d'Azur\n"
        "department\t13\t93\tBouches-du-Rhône\n"
        "c\t13055\t\t\t886040\tMarseille\t13001 13002\n"
        "m\t13201\t13055\t\t37599\tMarseille 1er Arrondissement\t13001\n"
        "m\t13202\t13055\t\t24378\tMarseille 2e Arrondissement\t13002\n"
        "c\t13005\t\t\t47529\tAubagne\t13400\n"
        "d\t13900\t13005\t\t\tAncienne commune\t\n";
    s += extra;
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
    const auto copy = index;  // a copy is whole: its views point into its own text
    CHECK(copy.departments()[0].name == "Bouches-du-Rhône");
    CHECK(copy.departments()[0].name.data() != index.departments()[0].name.data());
    CHECK(copy.name(copy.find(insee("13005"))) == "Aubagne");
}

TEST_CASE("Commune data: a malformed extract is one error with its line, never a partial index", "[territory][data]") {
    CHECK(parse_error("") == "commune data, line 1: expected a header with \"vintage\" and \"source\"; found an incomplete header");
    CHECK(parse_error("code,nom\n01001,X\n").starts_with("commune data, line 1: expected the first line of a coordcare extract"));
    CHECK(parse_error(small_extract("x\t1\n")) == "commune data, line 11: expected a c, m, d, a, region, department or header line; found \"x\"");
    CHECK(parse_error(small_extract("c\t1300\t\t\t1\tX\t\n")) == "commune data, line 11: expected an INSEE commune code; found \"1300\"");
    CHECK(parse_error(small_extract("c\t84007\t\t\t1\tAvignon\t\n")) == "commune data, line 11: expected a department declared above; found \"84\"");
    CHECK(parse_error(small_extract("c\t13005\t\t\t1\tAubagne bis\t\n")) ==
          "commune data, line 11: expected each code once as a commune or arrondissement; found 13005 already read");
    CHECK(parse_error(small_extract("c\t13006\t\t\t-1\tX\t\n")) ==
          "commune data, line 11: expected a population (an integer from 0 to 100,000,000) or nothing; found \"-1\"");
    CHECK(parse_error(small_extract("c\t13006\t\t\t12\tX\n")) == "commune data, line 11: expected a \"c\" line of 7 tab-separated fields; found 6 fields");
    CHECK(parse_error(small_extract("c\t13006\t\t\t12\tX\t13400 1340\n")) == "commune data, line 11: expected a postal code (5 digits); found \"1340\"");
    CHECK(parse_error(small_extract("m\t13203\t13201\t\t1\tX\t\n")).ends_with("expected a current commune as the parent of 13203; found \"13201\""));
    CHECK(parse_error(small_extract("d\t13901\t13999\t\t\tX\t\n")).ends_with("expected a current commune as the parent of 13901; found \"13999\""));
    CHECK(parse_error(small_extract("c\t13007\t\t\t\t\t\n")) == "commune data, line 11: expected a name (1 to 200 bytes); found \"\"");
    CHECK(parse_error(small_extract("vintage\t2027\n")) == "commune data, line 11: expected the header before the communes; found \"vintage\"");
    CHECK(parse_error(std::string(5000, 'x')).starts_with("commune data, line 1: expected a line of at most 4096 bytes"));
    // Every byte of a valid extract cut short still reads as a whole index or fails with one error.
    const auto whole = small_extract();
    for (std::size_t n = 0; n < whole.size(); ++n) {
        auto r = commune_index::parse(whole.substr(0, n));
        CHECK(r.index.has_value() != r.error.has_value());
    }
}

TEST_CASE("Commune data: a file that cannot be read is an error of the result", "[territory][data]") {
    const auto r = load_commune_data("/nonexistent/communes-2026.txt");
    REQUIRE(r.error);
    CHECK(r.error->line == 0);
    CHECK(r.error->summary(language::en).find("/nonexistent/communes-2026.txt") != std::string::npos);
}
