// coordcare — the library's version, written once: CMake and the Conan recipe read it from here.
#pragma once

#define COORDCARE_VERSION_MAJOR 0
#define COORDCARE_VERSION_MINOR 2
#define COORDCARE_VERSION_PATCH 0

namespace coordcare {

/// The library's version as "major.minor.patch".
inline constexpr const char* version_string = "0.2.0";

}  // namespace coordcare
