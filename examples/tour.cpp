// The main example: a tour of coordcare's vocabulary, computed by the library.
//
//   coordcare-tour [TRE_G15 code ...]
//
// With codes, it describes that team; without, a sample team of an MSP project.
#include <coordcare/coordcare.hpp>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    using namespace coordcare;
    using namespace std::chrono;

    std::cout << "coordcare " << version_string << " — vocabulary tour\n\n";

    std::cout << "Structure kinds and their TRE_R66 codes:\n";
    for (const structure_kind kind : all_structure_kinds) {
        std::cout << "  " << acronym(kind) << "  " << name(kind).fr << " (" << name(kind).en << "), codes:";
        if (tre_r66_codes(kind).empty()) std::cout << " none";
        for (const auto code : tre_r66_codes(kind)) std::cout << ' ' << code;
        std::cout << " — " << entry(kind).reference.citation() << '\n';
    }

    // A team given by TRE_G15 codes: from the command line, or a sample MSP team.
    std::vector<int> codes{10, 10, 60, 70, 21, 50};
    if (argc > 1) {
        codes.clear();
        for (int i = 1; i < argc; ++i) codes.push_back(std::atoi(argv[i]));
    }
    std::cout << "\nTeam:\n";
    std::map<profession_category, int> by_category;
    int unknown = 0;
    for (const int code : codes) {
        const auto p = profession::from_tre_g15(code);
        if (!p) {
            ++unknown;
            std::cout << "  " << code << "  unknown TRE_G15 code";
            if (const auto role = non_health_role_from_tre_r95(code))
                std::cout << " (TRE_R95 " << code << " is " << name(*role).en << ", not a health profession)";
            std::cout << '\n';
            continue;
        }
        ++by_category[p->category()];
        std::cout << "  " << code << "  " << p->name().fr << " / " << p->name().en << " — " << name(p->category()).en << '\n';
    }
    std::cout << "  medical: " << by_category[profession_category::medical]
              << ", pharmacy: " << by_category[profession_category::pharmacy]
              << ", medical auxiliaries: " << by_category[profession_category::medical_auxiliary]
              << ", other: " << by_category[profession_category::other_health_profession] << ", unknown codes: " << unknown
              << '\n';

    // Money: an amount shared in instalments without losing a cent, and a percentage of it.
    const euros grant = 100'000_eur;
    std::cout << "\nMoney: " << grant.french_text() << " paid in 3 instalments:";
    for (const euros part : split(grant, 3)) std::cout << "  " << part.french_text();
    std::cout << "\n       75 % of it is " << (75_pct * grant).french_text() << " (exchange format " << (75_pct * grant)
              << ")\n";

    // Dates: month arithmetic clamps to the end of the month.
    const date sent = 2024y / December / 31d;
    std::cout << "\nDates: " << french_text(sent) << " + 2 months = " << french_text(add_months(sent, months{2}))
              << "; whole months from " << iso_text(sent) << " to 2025-12-30: "
              << whole_months_between(sent, 2025y / December / 30d) << '\n';

    return unknown == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
