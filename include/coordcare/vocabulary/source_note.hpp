// coordcare — where a fact comes from and how sure we are of it.
#pragma once

#include <string_view>

namespace coordcare {

/// How firmly a fact (a figure, a label, a code, a rule) is established, by the letters C, S and U that
/// docs/figures.md and the reports print.
enum class certainty : unsigned char {
    confirmed,  ///< C: the legal text itself, or an official primary source, was read and says so.
    stated,     ///< S: a public document says so (an agency's note or specifications, a guide, a FAQ, a page of
                ///< the health insurance) and the legal text it rests on was not read.
    uncertain,  ///< U: the sources disagree, or only a secondary source says so, or the library had to choose a
                ///< reading the texts leave open; a user may override it.
    seed [[deprecated("certainty::seed is now certainty::stated")]] = stated,  ///< the name of S before 0.3
};

/// The letter of a certainty: 'C', 'S' or 'U'.
[[nodiscard]] constexpr char letter(certainty c) noexcept {
    switch (c) {
        case certainty::confirmed: return 'C';
        case certainty::stated: return 'S';
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
