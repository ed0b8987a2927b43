// libFuzzer on the commune-data parser: whatever the bytes, commune_index::parse returns an index or one
// error, never crashes, never reads out of bounds; an index it returns answers every lookup within its
// tables, and a coverage of France by every place of it is consistent.
#include <coordcare/territory.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace coordcare;
    using namespace coordcare::territories;
    auto r = commune_index::parse(std::string{reinterpret_cast<const char*>(data), size});
    if (r.index.has_value() == r.error.has_value()) std::abort();
    if (!r.index) {
        (void)r.error->summary(language::en);
        return 0;
    }
    const auto& index = *r.index;
    std::vector<commune_code> codes;
    for (place_id id = 0; id < index.places().size(); ++id) {
        const auto& p = index.at(id);
        (void)index.name(id);
        if (p.parent != no_place && p.parent >= index.places().size()) std::abort();
        for (const auto child : index.arrondissements_of(id))
            if (index.at(child).parent != id) std::abort();
        codes.push_back(p.code);
    }
    const auto t = resolve(index, codes);
    const auto s = summarize(index, t.value);
    const std::vector<territory> all{t.value};
    const auto c = coverage(index, all, area::france());
    if (c.covered_population + c.white_zone_population != c.population) std::abort();
    (void)s;
    return 0;
}
