// coordcare — human text in the two languages of the library.
#pragma once

#include <string_view>

namespace coordcare {

/// The languages of human messages. French is the reference text; English is its translation.
enum class language : unsigned char { fr, en };

/// A name or a sentence in French (the reference) and in English.
struct label {
    std::string_view fr;
    std::string_view en;

    [[nodiscard]] constexpr std::string_view in(language lang) const noexcept {
        return lang == language::fr ? fr : en;
    }

    friend constexpr bool operator==(const label&, const label&) = default;
};

/// `fr` or `en`, as `lang` says: a program's one-off sentence (a sentence the library names is a label).
[[nodiscard]] constexpr std::string_view tr(language lang, std::string_view fr, std::string_view en) noexcept {
    return label{fr, en}.in(lang);
}

}  // namespace coordcare
