// A program built by an outside project against coordcare: it must compile, link and compute.
#include <coordcare/io.hpp>

#include <cstdio>

int main() {
    using namespace coordcare;
    static_assert(professions::nurse.category() == profession_category::medical_auxiliary);
    const euros advance = 75_pct * 50'000_eur;
    const auto read = read_dossier(R"({"format": "coordcare-dossier", "version": 1, "structures": []})");
    const bool ok = advance == 37'500_eur && acronym(structure_kind::cpts) == "CPTS" && read.ok();
    std::printf("coordcare %s consumed: 75 %% of 50 000 EUR is %s EUR\n", version_string, advance.decimal_text().c_str());
    return ok ? 0 : 1;
}
