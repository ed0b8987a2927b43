// coordcare — the commune index: the communes of France from the official data (INSEE's Code officiel
// géographique with the legal populations, as published in the npm package @etalab/decoupage-administratif),
// read from the compact extract the project keeps (data/communes-<vintage>.txt; docs/territory.md gives
// its format and how to make one from a newer vintage).
//
//   auto loaded = territories::commune_index::parse(std::move(text));   // no I/O: io/communes.hpp reads files
//   const auto& index = *loaded.index;
//   index.find("13055"_insee)            // Marseille: a current commune with 16 arrondissements
//   index.communes_of("13001"_postal)    // the INSEE codes a postal code covers (13201, Marseille 1er)
//
// An index is a value: it owns the extract's text and tables of integers into it; copying or moving it
// keeps it whole. Parsing never throws for bad input (only std::bad_alloc): a malformed file is one error
// with its line, never a partial index. Lookups by INSEE code are one array access.
#pragma once

#include <coordcare/vocabulary/bilingual.hpp>
#include <coordcare/vocabulary/identifiers.hpp>
#include <coordcare/vocabulary/label.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace coordcare::territories {

/// What a place of the official data is.
enum class place_kind : unsigned char {
    current_commune,          ///< commune actuelle
    municipal_arrondissement, ///< arrondissement municipal of Paris, Lyon or Marseille
    delegated_commune,        ///< commune déléguée: a former commune merged into a commune nouvelle
    associated_commune,       ///< commune associée: a former commune associated with another (loi Marcellin)
};

/// The index of a place in a commune_index, or none.
using place_id = std::uint32_t;
inline constexpr place_id no_place = 0xFFFFFFFFu;

/// One place of the official data.
struct place {
    commune_code code;
    place_kind kind;
    /// An arrondissement's commune; a delegated or associated commune's current commune; none for a commune.
    place_id parent = no_place;
    department_code department;
    /// Its population municipale; none where the data has none (the uninhabited TAAF, Clipperton).
    std::optional<std::int64_t> population;
    /// Where it counts in a coverage: a commune without arrondissements or an arrondissement; none for a
    /// commune with arrondissements (its arrondissements count) and for delegated or associated communes.
    std::uint32_t unit = no_place;
    std::uint32_t name_offset = 0;
    std::uint16_t name_size = 0;
    std::uint32_t first_child = 0;  ///< a commune's arrondissements: [first_child, first_child + child_count) in children
    std::uint16_t child_count = 0;
};

/// A department of the data, with its region.
struct department_info {
    department_code code;
    region_code region;
    std::string_view name;
};
/// A region of the data.
struct region_info {
    region_code code;
    std::string_view name;
};

/// Why a commune extract cannot be read: its line (1 for the first), what was expected and what was found.
struct commune_data_error {
    std::size_t line = 0;
    bilingual expected;
    bilingual found;
    /// "commune data, line 12: expected ...; found ..." in the language asked for.
    [[nodiscard]] std::string summary(language lang) const {
        std::string out = lang == language::fr ? "données des communes, ligne " : "commune data, line ";
        out += std::to_string(line);
        out += lang == language::fr ? " : attendu " : ": expected ";
        out += expected.in(lang);
        out += lang == language::fr ? " ; trouvé " : "; found ";
        out += found.in(lang);
        return out;
    }
};

struct commune_data_result;

/// The limits a parse enforces, so that a hostile file costs bounded memory and time.
struct commune_data_limits {
    std::size_t max_bytes = 64u << 20;      ///< 64 MiB (the 2026 extract is 1.3 MB)
    std::size_t max_line = 4096;            ///< characters in one line
    std::size_t max_postal_codes = 64;      ///< postal codes of one place
};

class commune_index {
public:
    /// The format's first line.
    static constexpr std::string_view format_line = "coordcare-communes\t1";

    /// Reads an extract's text. Never throws for bad input (only std::bad_alloc).
    [[nodiscard]] static commune_data_result parse(std::string text, const commune_data_limits& limits = {});

    // ---- What the data is ----------------------------------------------------------------------
    /// The year of the Code officiel géographique the data follows ("2026").
    [[nodiscard]] int vintage() const noexcept { return vintage_; }
    /// Where it comes from ("@etalab/decoupage-administratif 6.0.0").
    [[nodiscard]] std::string_view source() const noexcept { return view(source_); }
    /// The package's integrity as the npm registry publishes it ("sha512-...").
    [[nodiscard]] std::string_view integrity() const noexcept { return view(integrity_); }
    /// Its licence and the producers to credit.
    [[nodiscard]] std::string_view licence() const noexcept { return view(licence_); }
    /// What its population figures are (INSEE's population municipale) and of which date.
    [[nodiscard]] std::string_view population_basis() const noexcept { return view(population_); }

    // ---- Places --------------------------------------------------------------------------------
    [[nodiscard]] std::span<const place> places() const noexcept { return places_; }
    [[nodiscard]] const place& at(place_id id) const noexcept { return places_[id]; }
    [[nodiscard]] std::string_view name(place_id id) const noexcept {
        return std::string_view{text_}.substr(places_[id].name_offset, places_[id].name_size);
    }
    /// The current commune or municipal arrondissement with this code, or none.
    [[nodiscard]] place_id find(commune_code code) const noexcept {
        return primary_of(key(code.text()));
    }
    /// The delegated or associated commune with this code, or none (a code may be both a current commune
    /// and one of its delegated communes: 01015 Arboys en Bugey and Arbignieu).
    [[nodiscard]] place_id find_former(commune_code code) const noexcept {
        const auto it = std::lower_bound(former_.begin(), former_.end(), key(code.text()),
                                         [](const std::pair<std::uint32_t, place_id>& e, std::uint32_t k) { return e.first < k; });
        return it != former_.end() && it->first == key(code.text()) ? it->second : no_place;
    }
    /// A commune's municipal arrondissements (Paris, Lyon, Marseille); empty for any other place.
    [[nodiscard]] std::span<const place_id> arrondissements_of(place_id id) const noexcept {
        return std::span<const place_id>{children_}.subspan(places_[id].first_child, places_[id].child_count);
    }
    /// The current communes and arrondissements whose postal codes include `p`, in code order.
    [[nodiscard]] std::span<const place_id> communes_of(postal_code p) const noexcept {
        const auto k = key(p.text());
        // Most INSEE codes are no postal code: one bit tells, before the search.
        if (k / 64 >= postal_bits_.size() || !(postal_bits_[k / 64] >> (k % 64) & 1u)) return {};
        const auto first = std::lower_bound(postal_.begin(), postal_.end(), k,
                                            [](const std::pair<std::uint32_t, place_id>& e, std::uint32_t v) { return e.first < v; });
        auto last = first;
        while (last != postal_.end() && last->first == k) ++last;
        return {postal_ids_.data() + (first - postal_.begin()), static_cast<std::size_t>(last - first)};
    }
    /// The places that count in a coverage (communes without arrondissements, and arrondissements).
    [[nodiscard]] std::size_t unit_count() const noexcept { return units_.size(); }
    [[nodiscard]] place_id unit_place(std::uint32_t unit) const noexcept { return units_[unit]; }

    // ---- Departments and regions ---------------------------------------------------------------
    [[nodiscard]] const std::vector<department_info>& departments() const noexcept { return departments_view_; }
    [[nodiscard]] const std::vector<region_info>& regions() const noexcept { return regions_view_; }
    [[nodiscard]] const department_info* department(std::string_view code) const noexcept {
        for (const auto& d : departments_view_)
            if (d.code.text() == code) return &d;
        return nullptr;
    }
    [[nodiscard]] const region_info* region(std::string_view code) const noexcept {
        for (const auto& r : regions_view_)
            if (r.code.text() == code) return &r;
        return nullptr;
    }

    // The views of departments() and regions() point into the text: each copy or move rebuilds them.
    commune_index(const commune_index& other) : commune_index{} { assign(other); }
    commune_index(commune_index&& other) : commune_index{} { assign(std::move(other)); }
    commune_index& operator=(const commune_index& other) {
        if (this != &other) assign(other);
        return *this;
    }
    commune_index& operator=(commune_index&& other) {
        if (this != &other) assign(std::move(other));
        return *this;
    }
    ~commune_index() = default;

    /// The key of a 5-character code in base 12 (digits, then A and B for Corsica): below 12^5.
    [[nodiscard]] static constexpr std::uint32_t key(std::string_view code) noexcept {
        std::uint32_t k = 0;
        for (const char c : code) k = k * 12 + (c == 'A' ? 10u : c == 'B' ? 11u : static_cast<std::uint32_t>(c - '0'));
        return k;
    }

private:
    commune_index() = default;
    // The current communes and arrondissements by key, in two levels: a block of 12^3 keys for each of the
    // 12^2 first two characters that has a place (a department, roughly). A whole France takes about as
    // much as one table of the 12^5 keys; an extract of one department, 1/100 of it, and a parse does not
    // clear a megabyte it will not use (the commune-data fuzzer ran at 180 inputs a second doing so).
    static constexpr std::uint32_t block_keys = 12 * 12 * 12;
    static constexpr std::uint32_t block_count = 12 * 12;
    [[nodiscard]] place_id primary_of(std::uint32_t k) const noexcept {
        if (k >= block_keys * block_count) return no_place;
        const auto block = primary_blocks_[k / block_keys];
        return block == 0 ? no_place : primary_[(block - 1) * std::size_t{block_keys} + k % block_keys];
    }
    /// The slot of key k, its block made (filled with no_place) when it had none.
    [[nodiscard]] place_id& primary_slot(std::uint32_t k) {
        auto& block = primary_blocks_[k / block_keys];
        if (block == 0) {
            primary_.resize(primary_.size() + block_keys, no_place);
            block = static_cast<std::uint32_t>(primary_.size() / block_keys);
        }
        return primary_[(block - 1) * std::size_t{block_keys} + k % block_keys];
    }
    struct text_range {
        std::uint32_t offset = 0, size = 0;
    };
    struct stored_department {
        department_code code;
        region_code region;
        text_range name;
    };
    struct stored_region {
        region_code code;
        text_range name;
    };
    [[nodiscard]] std::string_view view(text_range r) const noexcept { return std::string_view{text_}.substr(r.offset, r.size); }
    template <class Other>
    void assign(Other&& other) {
        text_ = std::forward<Other>(other).text_;
        vintage_ = other.vintage_;
        source_ = other.source_, integrity_ = other.integrity_, licence_ = other.licence_, population_ = other.population_;
        places_ = std::forward<Other>(other).places_, primary_ = std::forward<Other>(other).primary_;
        primary_blocks_ = other.primary_blocks_;
        former_ = std::forward<Other>(other).former_, children_ = std::forward<Other>(other).children_;
        postal_ = std::forward<Other>(other).postal_, postal_ids_ = std::forward<Other>(other).postal_ids_;
        postal_bits_ = std::forward<Other>(other).postal_bits_;
        units_ = std::forward<Other>(other).units_;
        departments_ = std::forward<Other>(other).departments_, regions_ = std::forward<Other>(other).regions_;
        rebuild_views();
    }
    void rebuild_views() {
        departments_view_.clear();
        regions_view_.clear();
        for (const auto& d : departments_) departments_view_.push_back({d.code, d.region, view(d.name)});
        for (const auto& r : regions_) regions_view_.push_back({r.code, view(r.name)});
    }
    friend struct commune_index_parser;

    std::string text_;
    int vintage_ = 0;
    text_range source_, integrity_, licence_, population_;
    std::vector<place> places_;
    std::vector<place_id> primary_;                           ///< the blocks of keys (primary_of): current commune or arrondissement
    std::array<std::uint32_t, block_count> primary_blocks_{};  ///< by the first two characters: 1 + its block, or 0
    std::vector<std::pair<std::uint32_t, place_id>> former_;  ///< (key, place) of delegated and associated communes, sorted
    std::vector<place_id> children_;
    std::vector<std::pair<std::uint32_t, place_id>> postal_;  ///< (postal key, place), sorted
    std::vector<place_id> postal_ids_;                        ///< the places of postal_, for spans
    std::vector<std::uint64_t> postal_bits_;                  ///< by postal key: is it a postal code of some place
    std::vector<place_id> units_;
    std::vector<stored_department> departments_;
    std::vector<stored_region> regions_;
    std::vector<department_info> departments_view_;
    std::vector<region_info> regions_view_;
};

/// The result of parsing an extract: the index, or the error that prevents it.
struct commune_data_result {
    std::optional<commune_index> index;
    std::optional<commune_data_error> error;
};

/// The parser of the extract (one pass over the lines; then the links between places are checked).
struct commune_index_parser {
    commune_index out;
    const commune_data_limits& limits;
    std::size_t line_number = 0;
    std::optional<commune_data_error> error;
    std::optional<department_code> last_department{};  ///< the department of the previous line, known to be declared
    std::string seen_headers{};                         ///< the header fields read, one per line
    std::optional<std::size_t> declared_end{};          ///< the count of places the "end" record gives

    bool fail(bilingual expected, bilingual found) {
        if (!error) error = commune_data_error{line_number, std::move(expected), std::move(found)};
        return false;
    }
    static bilingual quoted(std::string_view s) {
        std::string q = "\"";
        for (const char c : s.substr(0, 60)) q += static_cast<unsigned char>(c) < 0x20 ? '?' : c;
        if (s.size() > 60) q += "...";
        q += '"';
        return same(std::move(q));
    }
    commune_index::text_range range_of(std::string_view part) const {
        return {static_cast<std::uint32_t>(part.data() - out.text_.data()), static_cast<std::uint32_t>(part.size())};
    }
    /// A line's fields: at most max_fields (a longer line keeps the rest in the last, and is refused by fields()).
    static constexpr std::size_t max_fields = 8;
    struct parts_t {
        std::array<std::string_view, max_fields> at{};
        std::size_t size = 0;
        const std::string_view& operator[](std::size_t i) const noexcept { return at[i]; }
    };
    static parts_t split(std::string_view line, char sep) {
        parts_t parts;
        std::size_t start = 0;
        for (;;) {
            const auto found = parts.size + 1 < max_fields ? line.find(sep, start) : std::string_view::npos;
            parts.at[parts.size++] = line.substr(start, found == std::string_view::npos ? std::string_view::npos : found - start);
            if (found == std::string_view::npos) break;
            start = found + 1;
        }
        return parts;
    }
    bool fields(const parts_t& parts, std::size_t n, std::string_view record) {
        if (parts.size == n) return true;
        return fail(bilingual{} << label{"une ligne \"", "a \""} << record << label{"\" de ", "\" line of "} << n
                                << label{" champs séparés par des tabulations", " tab-separated fields"},
                    bilingual{} << parts.size << (parts.size == max_fields ? label{" champs ou plus", " fields or more"} : label{" champs", " fields"}));
    }
    template <class Code>
    std::optional<Code> code(std::string_view text, label what) {
        const auto r = Code::parse(text);
        if (const auto* c = std::get_if<Code>(&r)) return *c;
        fail(owned(what), quoted(text));
        return std::nullopt;
    }
    /// True when `text` is UTF-8 without control characters.
    static bool clean_utf8(std::string_view text) {
        for (std::size_t i = 0; i < text.size();) {
            const auto c = static_cast<unsigned char>(text[i]);
            std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
            if (n == 0 || i + n > text.size() || (n == 1 && (c < 0x20 || c == 0x7F)) || (n == 2 && c < 0xC2)) return false;
            for (std::size_t k = 1; k < n; ++k)
                if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
            i += n;
        }
        return true;
    }
    bool name(std::string_view text) {
        if (!text.empty() && text.size() <= 200 && clean_utf8(text)) return true;
        return fail({"un nom (1 à 200 octets d'UTF-8, sans caractère de contrôle)", "a name (1 to 200 bytes of UTF-8, no control character)"},
                    quoted(text));
    }

    bool header(std::string_view key, std::string_view value) {
        if (seen_headers.find(std::string{key}) != std::string::npos)
            return fail({"chaque champ d'en-tête une fois", "each header field once"}, quoted(key));
        seen_headers += std::string{key} + '\n';
        if (value.empty() || !clean_utf8(value)) return fail({"une valeur d'en-tête (UTF-8, non vide)", "a header value (UTF-8, not empty)"}, quoted(value));
        if (key == "vintage") {
            int year = 0;
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), year);
            if (ec != std::errc{} || end != value.data() + value.size() || value.size() != 4 || year < 1943 || year > 2999)
                return fail({"un millésime (année sur 4 chiffres)", "a vintage (a 4-digit year)"}, quoted(value));
            out.vintage_ = year;
        } else if (key == "source") out.source_ = range_of(value);
        else if (key == "integrity") out.integrity_ = range_of(value);
        else if (key == "licence") out.licence_ = range_of(value);
        else if (key == "population") out.population_ = range_of(value);
        return true;
    }

    bool region(const parts_t& p) {
        if (!fields(p, 3, "region")) return false;
        const auto c = code<region_code>(p[1], {"un code de région INSEE", "an INSEE region code"});
        if (!c || !name(p[2])) return false;
        for (const auto& r : out.regions_)
            if (r.code == *c) return fail({"chaque région une fois", "each region once"}, bilingual{} << label{"la région ", "region "} << p[1] << label{" déjà lue", " already read"});
        out.regions_.push_back({*c, range_of(p[2])});
        return true;
    }
    bool department(const parts_t& p) {
        if (!fields(p, 4, "department")) return false;
        const auto c = code<department_code>(p[1], {"un code de département INSEE", "an INSEE department code"});
        if (!c) return false;
        const auto r = code<region_code>(p[2], {"un code de région INSEE", "an INSEE region code"});
        if (!r || !name(p[3])) return false;
        if (std::none_of(out.regions_.begin(), out.regions_.end(), [&](const auto& x) { return x.code == *r; }))
            return fail({"une région déclarée plus haut", "a region declared above"}, quoted(p[2]));
        for (const auto& d : out.departments_)
            if (d.code == *c) return fail({"chaque département une fois", "each department once"}, bilingual{} << label{"le département ", "department "} << p[1] << label{" déjà lu", " already read"});
        out.departments_.push_back({*c, *r, range_of(p[3])});
        return true;
    }
    bool commune(const parts_t& p, std::vector<std::pair<place_id, commune_code>>& parents) {
        if (!fields(p, 7, p[0])) return false;
        const place_kind kind = p[0] == "c" ? place_kind::current_commune
                                : p[0] == "m" ? place_kind::municipal_arrondissement
                                : p[0] == "d" ? place_kind::delegated_commune
                                              : place_kind::associated_commune;
        const auto c = code<commune_code>(p[1], {"un code commune INSEE", "an INSEE commune code"});
        if (!c) return false;
        std::optional<commune_code> parent;
        if (kind == place_kind::current_commune) {
            if (!p[2].empty()) return fail({"pas de commune de rattachement pour une commune", "no parent for a commune"}, quoted(p[2]));
        } else if (!(parent = code<commune_code>(p[2], {"le code INSEE de sa commune de rattachement", "the INSEE code of its parent commune"})))
            return false;
        const std::string_view dep_text = p[3].empty() ? c->department() : p[3];
        // A commune's or arrondissement's department is its code's; only a former commune may lie in another.
        if ((kind == place_kind::current_commune || kind == place_kind::municipal_arrondissement) && dep_text != c->department())
            return fail(bilingual{} << label{"le département de son code, ", "its code's department, "} << c->department(), quoted(dep_text));
        const auto dep = code<department_code>(dep_text, {"un code de département INSEE", "an INSEE department code"});
        if (!dep) return false;
        if (!(last_department && *last_department == *dep)) {
            if (std::none_of(out.departments_.begin(), out.departments_.end(), [&](const auto& d) { return d.code == *dep; }))
                return fail({"un département déclaré plus haut", "a department declared above"}, quoted(dep_text));
            last_department = *dep;
        }
        std::optional<std::int64_t> population;
        if (!p[4].empty()) {
            std::int64_t n = -1;
            const auto [end, ec] = std::from_chars(p[4].data(), p[4].data() + p[4].size(), n);
            if (ec != std::errc{} || end != p[4].data() + p[4].size() || n < 0 || n > 100'000'000)
                return fail({"une population (entier de 0 à 100 000 000) ou rien", "a population (an integer from 0 to 100,000,000) or nothing"}, quoted(p[4]));
            population = n;
        }
        if (!name(p[5])) return false;
        const auto id = static_cast<place_id>(out.places_.size());
        const auto k = commune_index::key(c->text());
        if (kind == place_kind::current_commune || kind == place_kind::municipal_arrondissement) {
            auto& slot = out.primary_slot(k);
            if (slot != no_place)
                return fail({"chaque code une fois comme commune ou arrondissement", "each code once as a commune or arrondissement"},
                            bilingual{} << p[1] << label{" déjà lu", " already read"});
            slot = id;
        } else {
            out.former_.emplace_back(k, id);
        }
        if (!p[6].empty()) {
            if (kind == place_kind::delegated_commune || kind == place_kind::associated_commune)
                return fail({"pas de code postal pour une commune déléguée ou associée", "no postal code for a delegated or associated commune"}, quoted(p[6]));
            std::size_t count = 0;
            for (std::size_t start = 0; start <= p[6].size();) {
                const auto found = p[6].find(' ', start);
                const auto text = p[6].substr(start, found == std::string_view::npos ? std::string_view::npos : found - start);
                start = found == std::string_view::npos ? p[6].size() + 1 : found + 1;
                if (++count > limits.max_postal_codes)
                    return fail(bilingual{} << label{"au plus ", "at most "} << limits.max_postal_codes << label{" codes postaux", " postal codes"},
                                bilingual{} << label{"davantage", "more"});
                const auto pc = code<postal_code>(text, {"un code postal (5 chiffres)", "a postal code (5 digits)"});
                if (!pc) return false;
                out.postal_.emplace_back(commune_index::key(pc->text()), id);
            }
        }
        place pl{*c, kind, no_place, *dep, population};
        const auto n = range_of(p[5]);
        pl.name_offset = n.offset;
        pl.name_size = static_cast<std::uint16_t>(n.size);
        out.places_.push_back(pl);
        if (parent) parents.emplace_back(id, *parent);
        return true;
    }

    bool run() {
        const std::string_view text{out.text_};
        if (text.size() > limits.max_bytes)
            return line_number = 0, fail(bilingual{} << label{"au plus ", "at most "} << limits.max_bytes << label{" octets", " bytes"},
                                         bilingual{} << text.size() << label{" octets", " bytes"});
        std::vector<std::pair<place_id, commune_code>> parents;
        out.places_.reserve(text.size() / 32);
        out.postal_.reserve(text.size() / 32);
        bool have_vintage = false, have_source = false;
        std::size_t start = 0;
        while (start < text.size()) {
            auto end = text.find('\n', start);
            if (end == std::string_view::npos) end = text.size();
            const std::string_view line = text.substr(start, end - start);
            start = end + 1;
            ++line_number;
            if (line.size() > limits.max_line)
                return fail(bilingual{} << label{"une ligne d'au plus ", "a line of at most "} << limits.max_line << label{" octets", " bytes"},
                            bilingual{} << line.size() << label{" octets", " bytes"});
            if (line_number == 1) {
                if (line != commune_index::format_line)
                    return fail({"la première ligne d'un extrait coordcare, \"coordcare-communes<TAB>1\"",
                                 "the first line of a coordcare extract, \"coordcare-communes<TAB>1\""},
                                quoted(line));
                continue;
            }
            if (line.empty() || line.front() == '#') continue;
            const auto parts = split(line, '\t');
            const auto record = parts[0];
            if (declared_end) return fail({"rien après l'enregistrement \"end\"", "nothing after the \"end\" record"}, quoted(record));
            if (record == "end") {
                if (!fields(parts, 2, record)) return false;
                std::size_t n = 0;
                const auto [end, ec] = std::from_chars(parts[1].data(), parts[1].data() + parts[1].size(), n);
                if (ec != std::errc{} || end != parts[1].data() + parts[1].size() || n != out.places_.size())
                    return fail(bilingual{} << label{"\"end\" et le nombre de lieux lus, ", "\"end\" and the number of places read, "} << out.places_.size(),
                                quoted(parts[1]));
                declared_end = n;
                continue;
            }
            bool ok = true;
            if (record == "c" || record == "m" || record == "d" || record == "a") ok = commune(parts, parents);
            else if (record == "region") ok = region(parts);
            else if (record == "department") ok = department(parts);
            else if (record == "vintage" || record == "source" || record == "integrity" || record == "licence" || record == "population") {
                if (!fields(parts, 2, record)) return false;
                if (!out.places_.empty()) return fail({"l'en-tête avant les communes", "the header before the communes"}, quoted(record));
                ok = header(record, parts[1]);
                have_vintage = have_vintage || record == "vintage";
                have_source = have_source || record == "source";
            } else
                return fail({"une ligne c, m, d, a, region, department ou d'en-tête", "a c, m, d, a, region, department or header line"}, quoted(record));
            if (!ok) return false;
        }
        ++line_number;
        const bool have_population = seen_headers.find("population\n") != std::string::npos;
        if (!have_vintage || !have_source || !have_population)
            return fail({"un en-tête avec \"vintage\", \"source\" et \"population\"", "a header with \"vintage\", \"source\" and \"population\""},
                        {"un en-tête incomplet", "an incomplete header"});
        if (out.places_.empty()) return fail({"au moins une commune", "at least one commune"}, {"aucune", "none"});
        // A file cut short must not read as a smaller France: the last record says how many places there are.
        if (!declared_end)
            return fail({"l'enregistrement final \"end\" avec le nombre de lieux (un fichier complet)", "the final \"end\" record with the number of places (a whole file)"},
                        {"la fin du fichier sans lui", "the end of the file without it"});
        return link(parents);
    }

    /// Checks and records each place's parent, the arrondissements of each commune, the units of a coverage.
    bool link(const std::vector<std::pair<place_id, commune_code>>& parents) {
        std::sort(out.former_.begin(), out.former_.end());
        for (std::size_t i = 1; i < out.former_.size(); ++i)
            if (out.former_[i].first == out.former_[i - 1].first) {
                const auto& pl = out.places_[out.former_[i].second];
                return fail({"chaque code une fois comme commune déléguée ou associée", "each code once as a delegated or associated commune"},
                            bilingual{} << pl.code.text() << label{" deux fois", " twice"});
            }
        std::vector<std::pair<place_id, place_id>> children;  // (commune, arrondissement)
        for (const auto& [id, parent_code] : parents) {
            const place_id parent = out.find(parent_code);
            auto& pl = out.places_[id];
            if (parent == no_place || out.places_[parent].kind != place_kind::current_commune)
                return fail(bilingual{} << label{"une commune actuelle comme rattachement de ", "a current commune as the parent of "} << pl.code.text(),
                            quoted(parent_code.text()));
            pl.parent = parent;
            if (pl.kind == place_kind::municipal_arrondissement) children.emplace_back(parent, id);
        }
        std::sort(children.begin(), children.end());
        auto child = children.begin();
        for (place_id id = 0; id < out.places_.size(); ++id) {
            auto& pl = out.places_[id];
            pl.first_child = static_cast<std::uint32_t>(out.children_.size());
            for (; child != children.end() && child->first == id; ++child) out.children_.push_back(child->second);
            const auto count = out.children_.size() - pl.first_child;
            if (count > 0xFFFF) return fail({"moins de 65 536 arrondissements", "fewer than 65,536 arrondissements"}, quoted(pl.code.text()));
            pl.child_count = static_cast<std::uint16_t>(count);
            const bool counts = pl.kind == place_kind::municipal_arrondissement || (pl.kind == place_kind::current_commune && count == 0);
            if (counts) {
                pl.unit = static_cast<std::uint32_t>(out.units_.size());
                out.units_.push_back(id);
            }
        }
        // In postal-code order, then in INSEE-code order: one 64-bit key per entry, computed once.
        std::vector<std::pair<std::uint64_t, place_id>> order;
        order.reserve(out.postal_.size());
        for (const auto& [postal, id] : out.postal_)
            order.emplace_back(std::uint64_t{postal} << 32 | commune_index::key(out.places_[id].code.text()), id);
        std::sort(order.begin(), order.end());
        order.erase(std::unique(order.begin(), order.end()), order.end());  // a postal code given twice on one line
        out.postal_.resize(order.size());
        for (std::size_t i = 0; i < order.size(); ++i) out.postal_[i] = {static_cast<std::uint32_t>(order[i].first >> 32), order[i].second};
        out.postal_ids_.reserve(out.postal_.size());
        // The keys of 5 characters (postal codes: digits only), up to the greatest one used.
        out.postal_bits_.assign(out.postal_.empty() ? 0 : out.postal_.back().first / 64 + 1, 0);
        for (const auto& e : out.postal_) {
            out.postal_ids_.push_back(e.second);
            out.postal_bits_[e.first / 64] |= std::uint64_t{1} << (e.first % 64);
        }
        out.rebuild_views();
        return true;
    }
};

inline commune_data_result commune_index::parse(std::string text, const commune_data_limits& limits) {
    commune_index_parser p{commune_index{}, limits, 0, std::nullopt};
    p.out.text_ = std::move(text);
    if (!p.run()) return {std::nullopt, std::move(p.error)};
    return {std::move(p.out), std::nullopt};
}

/// The commune data of one vintage, as a caller asks for it for a date (check_options::communes_at,
/// commune_library::vintage_source()).
struct commune_vintage {
    std::shared_ptr<const commune_index> index;
    int vintage = 0;
    bool in_force = true;  ///< the vintage is the one in force on the date asked (not an older one, for want of it)
    bilingual note{};      ///< why it is not that date's own vintage, when it is not
};

}  // namespace coordcare::territories
