// The Conan test_package: a consumer of coordcare::io, which reads a dossier (Boost.JSON) and checks it,
// then finds the commune data installed with the package, without configuration, and checks its seat.
#include <coordcare/io.hpp>
#include <coordcare/io/communes.hpp>

#include <cstdio>
#include <string>

int main() {
    using namespace coordcare;
    const auto result = read_dossier(R"({"format": "coordcare-dossier", "version": 1, "structures": [
        {"kind": "ESP", "name": "ESP du Val", "form": "none", "ids": {}, "project": {"adopted": "2024-03-01"},
         "funding": {"fir_requested": false}, "members": [
            {"person": {"name": "Dr Morel", "job": {"profession": 10}, "specialty": "general_practice",
                        "mode": "L", "associate": false, "signatory": true}},
            {"person": {"name": "Mme Roux", "job": {"profession": 60}, "mode": "L", "associate": false, "signatory": true}}]}]})");
    if (!result.ok()) return 1;
    const auto& team = std::get<esp>(result.value->structures.at(0));
    const bool valid = validate(team, std::chrono::year{2025} / 6 / 1).valid();
    std::printf("coordcare::io: read an ESP of %zu members, %s\n", team.members.size(), valid ? "valid" : "NOT valid");
    if (!valid) return 1;
    const auto communes = load_commune_data_found();
    if (!communes.index) {
        std::printf("coordcare::io: %s\n", communes.error->summary(language::en).c_str());
        return 1;
    }
    auto moved = team;
    moved.seat = "75015"_insee;  // a postal code of Paris: not a commune
    const bool refused = territories::validate(moved, std::chrono::year{2025} / 6 / 1, *communes.index).reports("TERRITORY.SEAT");
    std::printf("coordcare::io: commune data %s (%d), a postal code as seat %s\n", std::string{communes.index->source()}.c_str(),
                communes.index->vintage(), refused ? "refused" : "NOT refused");
    return refused ? 0 : 1;
}
