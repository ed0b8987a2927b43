// The Conan test_package: a consumer of coordcare::io, which reads a dossier (Boost.JSON) and checks it.
#include <coordcare/io.hpp>

#include <cstdio>

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
    return valid ? 0 : 1;
}
