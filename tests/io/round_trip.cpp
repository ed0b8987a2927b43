// Every sample dossier reads, writes back to the same document, and gives the verdicts its name says.
#include <coordcare/io.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using namespace coordcare;

namespace {
std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
const std::filesystem::path samples{COORDCARE_SAMPLES_DIR};
const date as_of{std::chrono::year{2025}, std::chrono::June, std::chrono::day{1}};
}  // namespace

TEST_CASE("every sample dossier round-trips losslessly", "[io]") {
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(samples)) {
        if (entry.path().extension() != ".json") continue;
        ++count;
        INFO(entry.path().filename().string());
        const std::string text = slurp(entry.path());
        const auto read = read_dossier(text);
        for (const auto& e : read.errors) UNSCOPED_INFO(e.text());
        REQUIRE(read.ok());
        // parse -> serialise gives the same document...
        CHECK(to_json(*read.value) == json::parse(text));
        // ...and reading that again gives the same values.
        const auto again = read_dossier(write_dossier(*read.value));
        REQUIRE(again.ok());
        CHECK(*again.value == *read.value);
    }
    CHECK(count >= 11);
}

TEST_CASE("the samples' verdicts are what their names say", "[io]") {
    for (const std::string kind : {"esp", "ess", "msp", "cds", "cpts"}) {
        for (const bool valid : {true, false}) {
            const auto name = kind + (valid ? "-valid.json" : "-invalid.json");
            INFO(name);
            const auto read = read_dossier(slurp(samples / name));
            REQUIRE(read.ok());
            REQUIRE(read.value->structures.size() == 1);
            const bool is_valid = std::visit([](const auto& s) { return validate(s, as_of).valid(); }, read.value->structures[0]);
            CHECK(is_valid == valid);
        }
    }
}
