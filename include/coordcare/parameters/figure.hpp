// coordcare — a figure: one value of an agreement, a doctrine or a law (an amount, a ceiling, a threshold,
// a number of months), with the stable id it is known by and the note of its source. Every figure the
// library computes with is one of these, written once, in the header of the text it comes from; results
// computed from figures say which ones they used (their ids, values and certainty).
#pragma once

#include <coordcare/vocabulary/source_note.hpp>

#include <string_view>

namespace coordcare {

/// A value with its id and its source. The id is stable: a user's rulebook names the figures it
/// overrides by it ("ACI_CPTS.2019.FONCTIONNEMENT.SIZE_2").
template <class T>
struct figure {
    std::string_view id;
    T value;
    source_note source;

    friend constexpr bool operator==(const figure&, const figure&) = default;
};
// Spelled out: Clang 14 does not deduce an aggregate's template arguments by itself.
template <class T>
figure(std::string_view, T, source_note) -> figure<T>;

}  // namespace coordcare
