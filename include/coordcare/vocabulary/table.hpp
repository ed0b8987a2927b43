// coordcare — lookups in the constexpr tables that hold the vocabulary's codes and labels.
//
// Every enumeration of the vocabulary has one table (a std::array of entries) that states, once,
// its national code, its labels and its source. These helpers find an entry by the value of one of its members.
#pragma once

#include <cstddef>
#include <exception>
#include <optional>

namespace coordcare::detail {

/// Called when a lookup that must succeed did not: a table is missing an entry. Not constexpr, so
/// that a constant evaluation that reaches it fails to compile and names it.
[[noreturn]] inline void vocabulary_table_is_missing_an_entry() { std::terminate(); }

/// The index of the first entry whose member `projection` equals `key`, or nullopt.
template <class Table, class Key, class Entry, class Member>
[[nodiscard]] constexpr std::optional<std::size_t> find_index(const Table& table, const Key& key,
                                                              Member Entry::*projection) noexcept {
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (table[i].*projection == key) return i;
    }
    return std::nullopt;
}

/// The entry whose projection equals `key`; the key must be in the table (it is, for every
/// enumerator, which the static tests prove).
template <class Table, class Key, class Entry, class Member>
[[nodiscard]] constexpr const auto& entry_of(const Table& table, const Key& key, Member Entry::*projection) noexcept {
    const auto index = find_index(table, key, projection);
    if (!index) vocabulary_table_is_missing_an_entry();
    return table[*index];
}

}  // namespace coordcare::detail
