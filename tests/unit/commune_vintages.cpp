// The vintages of the commune data (data/communes-<vintage>.txt: 2019, 2021 to 2026, from
// @etalab/decoupage-administratif 0.7.0, 1.1.1, 2.2.1, 3.1.1, 4.0.0, 5.2.0, 6.0.0), the vintage in force on
// a date, and commune_library, which reads each one once. The directory is the one the build names
// (COORDCARE_COMMUNES_DIR, data/ in the source tree).
#include <coordcare/io/communes.hpp>
#include <coordcare/territory.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace coordcare;
using namespace coordcare::territories;

#ifndef COORDCARE_COMMUNES_DIR
#error "COORDCARE_COMMUNES_DIR: the directory of the commune data (set by the CMake target coordcare::coordcare)"
#endif

namespace {
date ymd(int y, unsigned m, unsigned d) { return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }
commune_code insee(std::string_view text) { return std::get<commune_code>(commune_code::parse(text)); }

constexpr std::array<int, 7> shipped{2019, 2021, 2022, 2023, 2024, 2025, 2026};

// The vintage in force, at compile time.
constexpr date on(int y, unsigned m, unsigned d) { return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }
static_assert(vintage_in_force(shipped, on(2019, 6, 1)).vintage == 2019);
static_assert(vintage_in_force(shipped, on(2020, 6, 1)).vintage == 2019);
static_assert(vintage_in_force(shipped, on(2021, 1, 1)).vintage == 2021);
static_assert(!vintage_in_force(shipped, on(2018, 12, 31)).in_force);
static_assert(vintage_in_force(std::span<const int>{}, on(2026, 1, 1)).vintage == 0);

/// A scratch directory, removed at the end of the test.
struct scratch {
    std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                ("coordcare-vintages-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    scratch() { std::filesystem::create_directories(dir); }
    ~scratch() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
    scratch(const scratch&) = delete;
    scratch& operator=(const scratch&) = delete;
};
/// A whole extract of one place, of `vintage`.
std::string tiny_extract(int vintage) {
    return "coordcare-communes\t1\nvintage\t" + std::to_string(vintage) +
           "\nsource\ttest\npopulation\tpopulation municipale (test)\nregion\t93\tProvence-Alpes-Côte d'Azur\n"
           "department\t13\t93\tBouches-du-Rhône\nc\t13005\t\t\t48000\tAubagne\t13400\nend\t1\n";
}
}  // namespace

TEST_CASE("Commune vintages: the one in force on a date", "[territory][data][vintages]") {
    SECTION("the vintage of the date's year, from 1 January") {
        const auto c = vintage_in_force(shipped, ymd(2019, 6, 1));
        CHECK(c.vintage == 2019);
        CHECK(c.in_force);
        CHECK(c.exact);
        CHECK(c.note().empty());
        const auto first_day = vintage_in_force(shipped, ymd(2021, 1, 1));
        CHECK(first_day.vintage == 2021);
        CHECK(first_day.exact);
        CHECK(vintage_in_force(shipped, ymd(2020, 12, 31)).vintage == 2019);
    }
    SECTION("2020 has no vintage: 2019's, and the choice says so") {
        const auto c = vintage_in_force(shipped, ymd(2020, 6, 1));
        CHECK(c.vintage == 2019);
        CHECK(c.year == 2020);
        CHECK(c.in_force);
        CHECK_FALSE(c.exact);
        CHECK(c.note().en == "no 2020 vintage: @etalab/decoupage-administratif has none (\"Non disponible\"); read with that of 2019");
        CHECK(c.note().fr == "aucun millésime 2020 : @etalab/decoupage-administratif n'en a pas (« Non disponible ») ; lu avec celui de 2019");
    }
    SECTION("before the earliest: the earliest, not in force") {
        const auto c = vintage_in_force(shipped, ymd(2018, 12, 31));
        CHECK(c.vintage == 2019);
        CHECK_FALSE(c.in_force);
        CHECK_FALSE(c.exact);
        CHECK(c.note().en == "2018 is before the earliest vintage available, 2019: read with it, which was not yet in force");
    }
    SECTION("after the newest: the newest, in force, not the year's own") {
        const auto c = vintage_in_force(shipped, ymd(2027, 3, 1));
        CHECK(c.vintage == 2026);
        CHECK(c.in_force);
        CHECK_FALSE(c.exact);
        CHECK(c.note().en == "no vintage after 2026 is available: 2027 is read with that of 2026");
    }
    SECTION("a vintage not installed: the one before") {
        const std::vector<int> fewer{2022, 2024};  // in any order
        const auto c = vintage_in_force(std::vector<int>{2024, 2022}, ymd(2023, 5, 1));
        CHECK(c == vintage_in_force(fewer, ymd(2023, 5, 1)));
        CHECK(c.vintage == 2022);
        CHECK(c.newest == 2024);
        CHECK(c.note().en == "the vintage 2023 is not available: read with that of 2022");
    }
    SECTION("none available") {
        const auto c = vintage_in_force(std::vector<int>{}, ymd(2026, 1, 1));
        CHECK(c.vintage == 0);
        CHECK_FALSE(c.in_force);
        CHECK(c.note().en == "no vintage of the commune data");
    }
}

TEST_CASE("Commune vintages: every vintage shipped, read through the library", "[territory][data][vintages]") {
    commune_library library{COORDCARE_COMMUNES_DIR};
    REQUIRE(library.vintages() == std::vector<int>(shipped.begin(), shipped.end()));
    CHECK(library.files_read() == 0);  // nothing read before it is asked for

    struct expected {
        int vintage;
        std::string_view version;
        std::int64_t paris;  // 75056 Paris, population municipale
        std::string_view populations;
    };
    // Paris's legal populations as INSEE publishes them (populations légales, population municipale of the
    // commune): 2016: 2 190 327 (in force on 1 January 2019); 2019: 2 165 423 (2022); 2020: 2 145 906 (2023);
    // 2021: 2 133 111 (2024); 2022: 2 113 705 (2025); 2023: 2 103 778 (2026). The 2021 vintage (1.1.1) carries
    // those in force in 2022, as its header says: no version of the package has those of 2021.
    const std::array<expected, 7> all{{
        {2019, "0.7.0", 2'190'327, "populations légales 2016, in force on 1 January 2019; none for Mayotte"},
        {2021, "1.1.1", 2'165'423, "populations légales 2019, in force on 1 January 2022, not 2021, the vintage;"},
        {2022, "2.2.1", 2'165'423, "populations légales in force on 1 January of the vintage;"},
        {2023, "3.1.1", 2'145'906, "populations légales in force on 1 January of the vintage;"},
        {2024, "4.0.0", 2'133'111, "populations légales in force on 1 January of the vintage;"},
        {2025, "5.2.0", 2'113'705, "populations légales in force on 1 January of the vintage;"},
        {2026, "6.0.0", 2'103'778, "populations légales in force on 1 January of the vintage;"},
    }};
    for (const auto& e : all) {
        INFO("vintage " << e.vintage);
        const auto r = library.index_of(e.vintage);
        if (!r.index) FAIL(r.error->summary(language::en));
        CHECK_FALSE(r.error);
        CHECK(r.file.filename() == "communes-" + std::to_string(e.vintage) + ".txt");
        const auto& index = *r.index;
        CHECK(index.vintage() == e.vintage);
        CHECK(index.source() == "@etalab/decoupage-administratif " + std::string{e.version});
        CHECK(index.integrity().starts_with("sha512-"));
        CHECK(index.population_basis().find(e.populations) != std::string_view::npos);
        CHECK(index.departments().size() == 109);  // the overseas collectivities are each a department, 2019 too
        CHECK(index.regions().size() == 26);
        const auto paris = index.find(insee("75056"));
        REQUIRE(paris != no_place);
        CHECK(index.at(paris).population == e.paris);
        CHECK(index.arrondissements_of(paris).size() == 20);
    }
    CHECK(library.files_read() == 7);
    // Postal codes: Etalab's list (from DGFiP data) in 0.7.0, La Poste's after.
    CHECK(library.index_of(2019).index->licence().find("Etalab (postal codes: its list made from DGFiP data") != std::string_view::npos);
    CHECK(library.index_of(2021).index->licence().find("La Poste (postal codes)") != std::string_view::npos);
    // Mayotte: no population in 0.7.0; the census of 2017 after.
    CHECK_FALSE(library.index_of(2019).index->at(library.index_of(2019).index->find(insee("97611"))).population);
    CHECK(library.index_of(2026).index->at(library.index_of(2026).index->find(insee("97611"))).population);
    CHECK(library.files_read() == 7);
}

TEST_CASE("Commune vintages: a commune merged between 2019 and 2026", "[territory][data][vintages]") {
    // 01039 Béon merged with 01138 Culoz into the commune nouvelle Culoz-Béon (01138) on 1 January 2023.
    commune_library library{COORDCARE_COMMUNES_DIR};
    const auto before = library.index_for(ymd(2019, 6, 1));
    const auto after = library.index_for(ymd(2026, 6, 1));
    REQUIRE(before.index);
    REQUIRE(after.index);
    CHECK(before.choice.vintage == 2019);
    CHECK(after.choice.vintage == 2026);

    const auto beon = before.index->find(insee("01039"));
    REQUIRE(beon != no_place);
    CHECK(before.index->at(beon).kind == place_kind::current_commune);
    CHECK(before.index->name(beon) == "Béon");
    CHECK(before.index->at(beon).population == 464);

    CHECK(after.index->find(insee("01039")) == no_place);
    const auto delegated = after.index->find_former(insee("01039"));
    REQUIRE(delegated != no_place);
    CHECK(after.index->at(delegated).kind == place_kind::delegated_commune);
    CHECK(after.index->name(after.index->at(delegated).parent) == "Culoz-Béon");
    CHECK(library.index_of(2022).index->find(insee("01039")) != no_place);  // the last vintage with it
    CHECK(library.index_of(2023).index->find(insee("01039")) == no_place);

    // The same territory, as a letter of intent signed in 2019 and one signed in 2026 list it.
    const std::vector<commune_code> listed{insee("01039"), insee("01138")};
    const auto in_2019 = resolve(*before.index, listed);
    CHECK(in_2019.diagnostics.empty());
    CHECK(summarize(*before.index, in_2019.value).population == 464 + 3'053);
    CHECK(summarize(*before.index, in_2019.value).vintage == 2019);
    const auto in_2026 = resolve(*after.index, listed);
    REQUIRE_FALSE(in_2026.diagnostics.empty());
    CHECK(in_2026.diagnostics[0].rule.text() == "TERRITORY.FORMER_COMMUNE");
}

TEST_CASE("Commune vintages: the library reads a vintage once", "[territory][data][vintages]") {
    commune_library library{COORDCARE_COMMUNES_DIR};
    const auto first = library.index_for(ymd(2020, 6, 1));
    REQUIRE(first.index);
    CHECK(first.choice.vintage == 2019);
    CHECK_FALSE(first.choice.exact);
    CHECK(first.choice.in_force);
    CHECK(library.files_read() == 1);
    const auto again = library.index_for(ymd(2019, 3, 1));
    CHECK(again.index == first.index);  // the same index, not read again
    CHECK(again.choice.exact);
    CHECK(library.index_of(2019).index == first.index);
    CHECK(library.files_read() == 1);
    CHECK(library.vintage_for(ymd(2024, 1, 1)).vintage == 2024);  // choosing reads nothing
    CHECK(library.files_read() == 1);
    const auto before = library.index_for(ymd(2018, 12, 31));
    CHECK(before.index == first.index);
    CHECK_FALSE(before.choice.in_force);
    CHECK(library.files_read() == 1);

    // A copy shares the indexes read (immutable) and reads the others itself.
    commune_library copy = library;
    CHECK(copy.index_of(2019).index == first.index);
    CHECK(copy.files_read() == 1);
    CHECK(copy.index_for(ymd(2027, 1, 1)).choice.vintage == 2026);
    CHECK(copy.files_read() == 2);
    CHECK(library.files_read() == 1);
}

TEST_CASE("Commune vintages: errors are values", "[territory][data][vintages]") {
    SECTION("a vintage not available") {
        commune_library library{COORDCARE_COMMUNES_DIR};
        const auto r = library.index_of(2020);
        CHECK_FALSE(r.index);
        REQUIRE(r.error);
        CHECK(r.error->summary(language::en) ==
              "commune data, line 0: expected a vintage available (2019, 2021, 2022, 2023, 2024, 2025, 2026); found 2020 (@etalab/decoupage-administratif has none)");
        CHECK(library.files_read() == 0);
    }
    SECTION("a library without data") {
        commune_library none;
        CHECK(none.vintages().empty());
        const auto r = none.index_for(ymd(2026, 1, 1));
        CHECK_FALSE(r.index);
        REQUIRE(r.error);
        CHECK(r.choice.vintage == 0);
        CHECK(r.error->summary(language::en) == "commune data, line 0: expected the commune data (COORDCARE_COMMUNES, or share/coordcare/communes-<vintage>.txt); found no file");
    }
    SECTION("a directory of one's own: fewer vintages, a bad file, a file whose name lies") {
        scratch s;
        std::ofstream(s.dir / "communes-2024.txt") << tiny_extract(2024);
        std::ofstream(s.dir / "communes-2025.txt") << "coordcare-communes\t1\nvintage\t2025\n";  // cut short
        std::ofstream(s.dir / "communes-2026.txt") << tiny_extract(2027);
        std::ofstream(s.dir / "communes-latest.txt") << tiny_extract(2028);  // not a vintage's name: ignored
        CHECK(commune_vintages_in(s.dir) == std::vector<commune_vintage_file>{{2024, s.dir / "communes-2024.txt"},
                                                                              {2025, s.dir / "communes-2025.txt"},
                                                                              {2026, s.dir / "communes-2026.txt"}});
        commune_library library{s.dir};
        const auto ok = library.index_for(ymd(2024, 7, 1));
        REQUIRE(ok.index);
        CHECK(ok.index->vintage() == 2024);
        const auto bad = library.index_for(ymd(2025, 7, 1));
        CHECK_FALSE(bad.index);
        REQUIRE(bad.error);
        CHECK(bad.choice.vintage == 2025);
        const auto kept = library.index_of(2025);  // the error is kept: the file is not read again
        REQUIRE(kept.error);
        CHECK(kept.error->summary(language::en) == bad.error->summary(language::en));
        CHECK(library.files_read() == 2);
        const auto lying = library.index_of(2026);
        REQUIRE(lying.error);
        CHECK(lying.error->summary(language::en).find("expected the vintage 2026 the file's name gives; found ") != std::string::npos);
        CHECK(lying.error->summary(language::en).ends_with(": 2027"));
    }
    SECTION("one file (COORDCARE_COMMUNES may name one): its vintage, whatever its name") {
        scratch s;
        std::ofstream(s.dir / "my-communes.txt") << tiny_extract(2027);
        commune_library library{s.dir / "my-communes.txt"};
        CHECK(library.vintages() == std::vector<int>{2027});
        CHECK(library.files_read() == 1);  // read to learn its vintage
        const auto r = library.index_for(ymd(2027, 2, 1));
        REQUIRE(r.index);
        CHECK(r.choice.exact);
        CHECK(library.files_read() == 1);
        commune_library missing{s.dir / "nothing.txt"};
        const auto e = missing.index_for(ymd(2026, 1, 1));
        REQUIRE(e.error);
        CHECK(e.error->summary(language::en).find("nothing.txt") != std::string::npos);
    }
}

TEST_CASE("Commune vintages: found without configuration", "[territory][data][vintages]") {
    if (std::getenv("COORDCARE_COMMUNES") != nullptr) return;  // the variable comes first: not this test's case
    const auto where = find_commune_library();
    REQUIRE(where);
    CHECK(std::filesystem::equivalent(*where, COORDCARE_COMMUNES_DIR));
    auto library = commune_library_found();
    CHECK(library.vintages().size() == shipped.size());

    // Beside a program: <program dir>/../share/coordcare comes before the build's directory.
    scratch s;
    std::filesystem::create_directories(s.dir / "bin");
    std::filesystem::create_directories(s.dir / "share" / "coordcare");
    std::ofstream(s.dir / "share" / "coordcare" / "communes-2024.txt") << tiny_extract(2024);
    auto installed = commune_library_found(s.dir / "bin");
    CHECK(installed.vintages() == std::vector<int>{2024});
    CHECK(installed.index_for(ymd(2026, 1, 1)).choice.note().en == "no vintage after 2024 is available: 2026 is read with that of 2024");
    // The newest of them is what load_commune_data_found reads, as before.
    CHECK(find_commune_data(s.dir / "bin")->filename() == "communes-2024.txt");
}
