// coordcare — reading the commune data from a file, finding it without configuration, and choosing the
// vintage (the year of INSEE's Code officiel géographique) in force on a date.
//
//   const auto loaded = load_commune_data_found();      // the newest vintage installed with the library
//   const auto loaded = load_commune_data("communes-2027.txt");   // a newer vintage of one's own
//   if (!loaded.index) std::cerr << loaded.error->summary(language::en);
//
//   auto library = commune_library_found();              // every vintage installed, none read yet
//   const auto r = library.index_for(2020y / 6 / 1);     // a contract signed on 1 June 2020
//   if (!r.index) std::cerr << r.error->summary(language::en);
//   r.choice.vintage                                     // 2019: there is no 2020 vintage ...
//   r.choice.note().en                                   // ... and the note says so
//   library.index_for(2020y / 9 / 1)                     // the same index, not read again
//
// A vintage applies from 1 January of its year: the one in force on a date is the latest available whose
// year is at most the date's (vintage_in_force). A date before the earliest gets the earliest, marked not
// in force; a year without its own (2020: the npm package has none; a year an integrator did not install;
// a year after the newest) gets the one before, with a note. The vintages shipped: 2019, 2021 to 2026
// (data/README.md).
//
// Where the data is looked for, in order: the path given (load_commune_data, commune_library); the
// environment variable COORDCARE_COMMUNES (a file, or a directory of communes-<vintage>.txt); the
// directory <dir>/../share/coordcare for a directory the caller gives (a program's own: an installed
// program finds the data installed beside it, even moved); the directory and the file the build or the
// package names (COORDCARE_COMMUNES_DIR and COORDCARE_COMMUNES_FILE, the newest vintage, which the CMake
// target coordcare::coordcare — in the source tree and installed — and the Conan package define); <dir>
// itself. An I/O failure is an error of the result (line 0), never an exception (only std::bad_alloc);
// this header needs no Boost.JSON.
#pragma once

#include <coordcare/territory/commune_index.hpp>
#include <coordcare/vocabulary/bilingual.hpp>
#include <coordcare/vocabulary/dates.hpp>
#include <coordcare/vocabulary/label.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace coordcare {

/// The result of load_commune_data, with the file it read (empty when none was found).
struct commune_data_load : territories::commune_data_result {
    std::filesystem::path file;
};

/// One vintage of the commune data: its year and its file (communes-<year>.txt).
struct commune_vintage_file {
    int vintage = 0;
    std::filesystem::path file;
    friend bool operator==(const commune_vintage_file&, const commune_vintage_file&) = default;
};

namespace detail::communes_io {
/// The year of a file named communes-<4 digits>.txt; 0 for any other name.
[[nodiscard]] inline int vintage_of_name(std::string_view name) noexcept {
    if (name.size() != 17 || !name.starts_with("communes-") || !name.ends_with(".txt")) return 0;  // communes-YYYY.txt
    int year = 0;
    for (const char c : name.substr(9, 4)) {
        if (c < '0' || c > '9') return 0;
        year = year * 10 + (c - '0');
    }
    return year;
}
/// The communes-<4 digits>.txt in `dir`, oldest first; empty when there is none or `dir` cannot be read.
[[nodiscard]] inline std::vector<commune_vintage_file> vintages_in(const std::filesystem::path& dir) {
    std::vector<commune_vintage_file> out;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const int year = vintage_of_name(it->path().filename().string());
        if (year == 0 || !it->is_regular_file(ec)) continue;
        out.push_back({year, it->path()});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.vintage < b.vintage; });
    return out;
}
/// The newest communes-<4 digits>.txt in `dir`, if any.
[[nodiscard]] inline std::optional<std::filesystem::path> newest_in(const std::filesystem::path& dir) {
    auto all = vintages_in(dir);
    if (all.empty()) return std::nullopt;
    return std::move(all.back().file);
}
[[nodiscard]] inline bool is_directory(const std::filesystem::path& p) noexcept {
    std::error_code ec;
    return std::filesystem::is_directory(p, ec);
}
}  // namespace detail::communes_io

/// The vintages in a directory (every communes-<year>.txt), oldest first; nothing is read.
[[nodiscard]] inline std::vector<commune_vintage_file> commune_vintages_in(const std::filesystem::path& dir) {
    return detail::communes_io::vintages_in(dir);
}

/// Which of the vintages available applies on a date (vintage_in_force).
struct commune_vintage_choice {
    int vintage = 0;          ///< the vintage to read; 0 when none is available
    int year = 0;             ///< the year of the date
    int newest = 0;           ///< the newest vintage available
    bool in_force = false;    ///< the vintage was in force on the date (its year ≤ the date's); false before the earliest
    bool exact = false;       ///< it is the vintage of the date's own year

    /// Why the vintage is not the date's year's own (empty when it is): before the earliest, no 2020 vintage
    /// in the package, one not available, or a year after the newest.
    [[nodiscard]] bilingual note() const {
        if (vintage == 0) return owned({"aucun millésime des données des communes", "no vintage of the commune data"});
        if (exact) return {};
        if (!in_force)
            return bilingual{} << year << label{" est avant le premier millésime disponible, ", " is before the earliest vintage available, "}
                               << vintage << label{" : lu avec celui-ci, qui n'était pas encore en vigueur",
                                                   ": read with it, which was not yet in force"};
        if (year == 2020)
            return bilingual{} << label{"aucun millésime 2020 : @etalab/decoupage-administratif n'en a pas (« Non disponible ») ; lu avec celui de ",
                                        "no 2020 vintage: @etalab/decoupage-administratif has none (\"Non disponible\"); read with that of "}
                               << vintage;
        if (vintage == newest)
            return bilingual{} << label{"aucun millésime après ", "no vintage after "} << newest
                               << label{" n'est disponible : ", " is available: "} << year << label{" est lu avec celui de ", " is read with that of "}
                               << vintage;
        return bilingual{} << label{"le millésime ", "the vintage "} << year << label{" n'est pas disponible : lu avec celui de ", " is not available: read with that of "}
                           << vintage;
    }
    friend bool operator==(const commune_vintage_choice&, const commune_vintage_choice&) = default;
};

/// The vintage in force on `on` among `available` (years, in any order): the Code officiel géographique
/// of year Y applies from 1 January Y, so the latest available whose year is at most the date's; before the
/// earliest, the earliest, not in force.
[[nodiscard]] constexpr commune_vintage_choice vintage_in_force(std::span<const int> available, date on) noexcept {
    commune_vintage_choice out;
    out.year = static_cast<int>(on.year());
    int earliest = 0;
    for (const int v : available) {
        if (v > out.newest) out.newest = v;
        if (earliest == 0 || v < earliest) earliest = v;
        if (v <= out.year && v > out.vintage) out.vintage = v;
    }
    if (out.vintage != 0) out.in_force = true;
    else out.vintage = earliest;
    out.exact = out.vintage != 0 && out.vintage == out.year;
    return out;
}

/// Where the commune data is, by the order above; nothing when no candidate exists.
[[nodiscard]] inline std::optional<std::filesystem::path> find_commune_data(const std::filesystem::path& program_dir = {}) {
    if (const char* env = std::getenv("COORDCARE_COMMUNES"); env && *env) {
        if (detail::communes_io::is_directory(env))
            if (auto f = detail::communes_io::newest_in(env)) return f;
        return std::filesystem::path{env};
    }
    if (!program_dir.empty())
        if (auto f = detail::communes_io::newest_in(program_dir / ".." / "share" / "coordcare")) return f;
#ifdef COORDCARE_COMMUNES_FILE
    if (std::error_code ec; std::filesystem::is_regular_file(COORDCARE_COMMUNES_FILE, ec)) return std::filesystem::path{COORDCARE_COMMUNES_FILE};
#endif
#ifdef COORDCARE_COMMUNES_DIR
    if (auto f = detail::communes_io::newest_in(COORDCARE_COMMUNES_DIR)) return f;
#endif
    if (!program_dir.empty()) return detail::communes_io::newest_in(program_dir);
    return std::nullopt;
}

/// Where the vintages are, by the order above: a directory of communes-<vintage>.txt, or one file when
/// COORDCARE_COMMUNES names one; nothing when no candidate exists.
[[nodiscard]] inline std::optional<std::filesystem::path> find_commune_library(const std::filesystem::path& program_dir = {}) {
    namespace io = detail::communes_io;
    if (const char* env = std::getenv("COORDCARE_COMMUNES"); env && *env) return std::filesystem::path{env};
    if (!program_dir.empty())
        if (auto dir = program_dir / ".." / "share" / "coordcare"; !io::vintages_in(dir).empty()) return dir;
#ifdef COORDCARE_COMMUNES_DIR
    if (io::is_directory(COORDCARE_COMMUNES_DIR)) return std::filesystem::path{COORDCARE_COMMUNES_DIR};
#endif
#ifdef COORDCARE_COMMUNES_FILE
    if (auto dir = std::filesystem::path{COORDCARE_COMMUNES_FILE}.parent_path(); !io::vintages_in(dir).empty()) return dir;
#endif
    if (!program_dir.empty() && !io::vintages_in(program_dir).empty()) return program_dir;
    return std::nullopt;
}

/// Reads the extract at `file`. Never throws for bad input or a file that cannot be read (only
/// std::bad_alloc): the error says what and where (line 0 for the file itself).
[[nodiscard]] inline commune_data_load load_commune_data(const std::filesystem::path& file,
                                                         const territories::commune_data_limits& limits = {}) {
    commune_data_load out;
    out.file = file;
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    std::ifstream in(file, std::ios::binary);
    if (ec || !in) {
        out.error = territories::commune_data_error{0, {"un fichier de données des communes lisible", "a readable commune data file"},
                                                   same(file.string() + (ec ? " (" + ec.message() + ")" : std::string{" (cannot be opened)"}))};
        return out;
    }
    if (size > limits.max_bytes) {
        out.error = territories::commune_data_error{0, bilingual{} << label{"au plus ", "at most "} << limits.max_bytes << label{" octets", " bytes"},
                                                   bilingual{} << file.string() << ": " << size << label{" octets", " bytes"}};
        return out;
    }
    std::string text(size, '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size) {
        out.error = territories::commune_data_error{0, {"un fichier lu en entier", "a file read whole"}, same(file.string())};
        return out;
    }
    static_cast<territories::commune_data_result&>(out) = territories::commune_index::parse(std::move(text), limits);
    return out;
}

/// Reads the data found by find_commune_data(program_dir); an error when none is found.
[[nodiscard]] inline commune_data_load load_commune_data_found(const std::filesystem::path& program_dir = {}) {
    if (const auto f = find_commune_data(program_dir)) return load_commune_data(*f);
    commune_data_load out;
    out.error = territories::commune_data_error{
        0, {"les données des communes (COORDCARE_COMMUNES, ou share/coordcare/communes-<millésime>.txt)",
            "the commune data (COORDCARE_COMMUNES, or share/coordcare/communes-<vintage>.txt)"},
        {"aucun fichier", "no file"}};
    return out;
}

/// What commune_library gives: the index of a vintage (shared with the library, never changed), which
/// vintage it is and whether it is in force on the date asked, and the file; or the error that prevents it.
struct commune_library_load {
    std::shared_ptr<const territories::commune_index> index;
    commune_vintage_choice choice;
    std::filesystem::path file;
    std::optional<territories::commune_data_error> error;
};

/// The vintages of a directory (or the one of a file), each read the first time it is asked for and then
/// kept: a value, copied with the indexes it has read (shared, immutable). Not for concurrent use: a
/// thread of its own, or a lock, per library.
class commune_library {
public:
    /// A library without data: every request is an error.
    commune_library() = default;
    /// The vintages in `location`, a directory of communes-<vintage>.txt (nothing is read yet), or one
    /// extract (read now when its name does not give its vintage).
    explicit commune_library(std::filesystem::path location, const territories::commune_data_limits& limits = {})
        : location_{std::move(location)}, limits_{limits} {
        namespace io = detail::communes_io;
        if (io::is_directory(location_)) {
            available_ = io::vintages_in(location_);
            return;
        }
        if (const int year = io::vintage_of_name(location_.filename().string())) {
            available_.push_back({year, location_});
            return;
        }
        auto loaded = load_commune_data(location_, limits_);
        ++files_read_;
        if (!loaded.index) {
            location_error_ = std::move(loaded.error);
            return;
        }
        const int year = loaded.index->vintage();
        available_.push_back({year, location_});
        cache_.emplace(year, entry{std::make_shared<const territories::commune_index>(std::move(*loaded.index)), std::nullopt});
    }

    /// Where the vintages are (a directory, or a file).
    [[nodiscard]] const std::filesystem::path& location() const noexcept { return location_; }
    /// The vintages available, oldest first, with their files.
    [[nodiscard]] const std::vector<commune_vintage_file>& available() const noexcept { return available_; }
    /// Their years, oldest first.
    [[nodiscard]] std::vector<int> vintages() const {
        std::vector<int> out;
        for (const auto& v : available_) out.push_back(v.vintage);
        return out;
    }
    /// The vintage in force on `on` (vintage_in_force), without reading it.
    [[nodiscard]] commune_vintage_choice vintage_for(date on) const {
        const auto years = vintages();
        return vintage_in_force(years, on);
    }
    /// The index of the vintage in force on `on`, read once (a contract's signature, the date of a check).
    [[nodiscard]] commune_library_load index_for(date on) {
        const auto choice = vintage_for(on);
        if (choice.vintage == 0) return missing(choice);
        auto out = index_of(choice.vintage);
        out.choice = choice;
        return out;
    }
    /// The index of this very vintage, read once; an error when it is not available.
    [[nodiscard]] commune_library_load index_of(int vintage) {
        commune_library_load out;
        out.choice = {vintage, vintage, available_.empty() ? 0 : available_.back().vintage, true, true};
        const auto file = std::find_if(available_.begin(), available_.end(), [&](const auto& v) { return v.vintage == vintage; });
        if (file == available_.end()) {
            if (available_.empty()) return missing(out.choice);
            bilingual years;
            for (const auto& v : available_) years << (&v == &available_.front() ? "" : ", ") << v.vintage;
            out.choice.in_force = out.choice.exact = false;
            out.error = territories::commune_data_error{0, bilingual{} << label{"un millésime disponible (", "a vintage available ("} << years << ")",
                                                       bilingual{} << vintage << (vintage == 2020 ? label{" (@etalab/decoupage-administratif n'en a pas)", " (@etalab/decoupage-administratif has none)"}
                                                                                                  : label{"", ""})};
            return out;
        }
        out.file = file->file;
        auto cached = cache_.find(vintage);
        if (cached == cache_.end()) cached = cache_.emplace(vintage, read(*file)).first;
        out.index = cached->second.index;
        out.error = cached->second.error;
        return out;
    }
    /// The vintages as a check asks for them (check_options::communes_at): the data in force on a date,
    /// read once; nothing when it cannot be read. The function refers to this library, which must outlive it.
    [[nodiscard]] std::function<std::optional<territories::commune_vintage>(date)> vintage_source() {
        return [this](date on) -> std::optional<territories::commune_vintage> {
            auto loaded = index_for(on);
            if (!loaded.index) return std::nullopt;
            return territories::commune_vintage{std::move(loaded.index), loaded.choice.vintage, loaded.choice.in_force, loaded.choice.note()};
        };
    }
    /// How many files the library has read: each vintage at most once.
    [[nodiscard]] std::size_t files_read() const noexcept { return files_read_; }

private:
    struct entry {
        std::shared_ptr<const territories::commune_index> index;
        std::optional<territories::commune_data_error> error;
    };
    [[nodiscard]] entry read(const commune_vintage_file& file) {
        auto loaded = load_commune_data(file.file, limits_);
        ++files_read_;
        if (!loaded.index) return {nullptr, std::move(loaded.error)};
        if (loaded.index->vintage() != file.vintage)
            return {nullptr, territories::commune_data_error{0, bilingual{} << label{"le millésime ", "the vintage "} << file.vintage
                                                                            << label{" que le nom du fichier donne", " the file's name gives"},
                                                             bilingual{} << file.file.string() << ": " << loaded.index->vintage()}};
        return {std::make_shared<const territories::commune_index>(std::move(*loaded.index)), std::nullopt};
    }
    [[nodiscard]] commune_library_load missing(const commune_vintage_choice& choice) const {
        commune_library_load out;
        out.choice = choice;
        if (location_error_) {
            out.file = location_;
            out.error = location_error_;
            return out;
        }
        out.error = territories::commune_data_error{
            0, {"les données des communes (COORDCARE_COMMUNES, ou share/coordcare/communes-<millésime>.txt)",
                "the commune data (COORDCARE_COMMUNES, or share/coordcare/communes-<vintage>.txt)"},
            location_.empty() ? owned({"aucun fichier", "no file"})
                              : bilingual{} << label{"aucun millésime dans ", "no vintage in "} << location_.string()};
        return out;
    }

    std::filesystem::path location_;
    territories::commune_data_limits limits_{};
    std::vector<commune_vintage_file> available_;
    std::optional<territories::commune_data_error> location_error_;
    std::map<int, entry> cache_;
    std::size_t files_read_ = 0;
};

/// The library over the data found by find_commune_library(program_dir); without data (every request an
/// error) when none is found.
[[nodiscard]] inline commune_library commune_library_found(const std::filesystem::path& program_dir = {},
                                                           const territories::commune_data_limits& limits = {}) {
    if (auto where = find_commune_library(program_dir)) return commune_library{std::move(*where), limits};
    return commune_library{};
}

}  // namespace coordcare
