// coordcare — where a fact comes from and how sure we are of it.
#pragma once

#include <string_view>

namespace coordcare {

/// How firmly a fact (a figure, a label, a code, a rule) is established. Mirrors the status
/// letters of DOMAIN.md: C, S, U.
enum class certainty : unsigned char {
    confirmed,  ///< C: a legal text or an official, primary source says so.
    seed,       ///< S: one of the project's seed documents says so, not checked against a legal text.
    uncertain,  ///< U: sources disagree or only a secondary source says so; a user may override it.
};

/// The letter DOMAIN.md uses for a certainty: 'C', 'S' or 'U'.
[[nodiscard]] constexpr char letter(certainty c) noexcept {
    switch (c) {
        case certainty::confirmed: return 'C';
        case certainty::seed: return 'S';
        case certainty::uncertain: return 'U';
    }
    return '?';
}

/// The source of one fact, written next to the fact: what says so, and how sure it is.
struct source_note {
    certainty status;
    std::string_view text;  ///< e.g. "ANS nomenclature TRE_G15, version of 2024-12-13"

    friend constexpr bool operator==(const source_note&, const source_note&) = default;
};

}  // namespace coordcare
