// coordcare — UTF-8, as the library checks it: the text of a dossier (io/scanner.hpp) and the text a
// renderer writes to a terminal (io/render/text.hpp). No dependency beyond the standard library.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace coordcare::utf8 {

/// The end of the longest prefix of `text` of at most `max` bytes that does not cut a UTF-8 sequence.
[[nodiscard]] inline std::size_t utf8_prefix(std::string_view text, std::size_t max) noexcept {
    if (text.size() <= max) return text.size();
    std::size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // a continuation byte
    return end;
}

/// The offset of the first byte that is not part of a valid UTF-8 sequence (RFC 3629: no overlong
/// forms, no surrogates, nothing beyond U+10FFFF), or nothing when the whole text is valid.
[[nodiscard]] inline std::optional<std::size_t> first_invalid_utf8(std::string_view text) noexcept {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c == 0xE0) len = 3, lo = 0xA0;
        else if (c >= 0xE1 && c <= 0xEC) len = 3;
        else if (c == 0xED) len = 3, hi = 0x9F;
        else if (c >= 0xEE && c <= 0xEF) len = 3;
        else if (c == 0xF0) len = 4, lo = 0x90;
        else if (c >= 0xF1 && c <= 0xF3) len = 4;
        else if (c == 0xF4) len = 4, hi = 0x8F;
        else return i;
        if (i + len > n) return i;
        if (s[i + 1] < lo || s[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if ((s[i + k] & 0xC0) != 0x80) return i;
        i += len;
    }
    return std::nullopt;
}

}  // namespace coordcare::utf8
