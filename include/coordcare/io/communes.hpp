// coordcare — reading the commune data from a file, and finding it without configuration.
//
//   const auto loaded = load_commune_data_found();      // the data installed with the library
//   const auto loaded = load_commune_data("communes-2027.txt");   // a newer vintage of one's own
//   if (!loaded.index) std::cerr << loaded.error->summary(language::en);
//
// Where the data is looked for, in order: the path given (load_commune_data); the environment variable
// COORDCARE_COMMUNES (a file); the newest communes-<vintage>.txt in <dir>/../share/coordcare for a directory
// the caller gives (a program's own: an installed program finds the data installed beside it, even moved);
// the file the build or the package names (COORDCARE_COMMUNES_FILE, which the CMake target
// coordcare::coordcare — in the source tree and installed — and the Conan package define); <dir> itself. An I/O failure is an error of the
// result (line 0), never an exception; this header needs no Boost.JSON.
#pragma once

#include <coordcare/territory/commune_index.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <system_error>

namespace coordcare {

/// The result of load_commune_data, with the file it read (empty when none was found).
struct commune_data_load : territories::commune_data_result {
    std::filesystem::path file;
};

namespace detail::communes_io {
/// The newest communes-<4 digits>.txt in `dir`, if any.
[[nodiscard]] inline std::optional<std::filesystem::path> newest_in(const std::filesystem::path& dir) {
    std::error_code ec;
    std::optional<std::filesystem::path> best;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        const auto name = entry.path().filename().string();
        if (name.size() != 17 || !name.starts_with("communes-") || !name.ends_with(".txt")) continue;  // communes-YYYY.txt
        if (name.find_first_not_of("0123456789", 9) != 13) continue;
        if (!best || name > best->filename().string()) best = entry.path();
    }
    return best;
}
}  // namespace detail::communes_io

/// Where the commune data is, by the order above; nothing when no candidate exists.
[[nodiscard]] inline std::optional<std::filesystem::path> find_commune_data(const std::filesystem::path& program_dir = {}) {
    if (const char* env = std::getenv("COORDCARE_COMMUNES"); env && *env) return std::filesystem::path{env};
    if (!program_dir.empty())
        if (auto f = detail::communes_io::newest_in(program_dir / ".." / "share" / "coordcare")) return f;
#ifdef COORDCARE_COMMUNES_FILE
    if (std::error_code ec; std::filesystem::is_regular_file(COORDCARE_COMMUNES_FILE, ec)) return std::filesystem::path{COORDCARE_COMMUNES_FILE};
#endif
    if (!program_dir.empty()) return detail::communes_io::newest_in(program_dir);
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

}  // namespace coordcare
