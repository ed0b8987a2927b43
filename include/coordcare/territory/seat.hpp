// coordcare — checking a structure with the commune index: every rule of its kind, with the department of
// its seat as the official data gives it (the CPTS legal-form rule reads it), and TERRITORY.SEAT: the seat
// is a current commune or municipal arrondissement of the vintage in use — an unknown code, a postal code
// or a delegated commune is an error that says which INSEE code to give; a seat whose code is also the
// postal code of other places has a note (TERRITORY.AMBIGUOUS_CODE) with the other reading.
//
//   territories::validate(cpts, as_of, index)   // coordcare::validate(cpts, as_of) + TERRITORY.SEAT
#pragma once

#include <coordcare/structures/validate.hpp>
#include <coordcare/territory/territory.hpp>

namespace coordcare::territories {

/// Checks `s` on `as_of` with `index`: the rules of its kind (the seat's department from the index), then
/// TERRITORY.SEAT at "seat". Throws nothing but std::bad_alloc.
template <structure_type S>
[[nodiscard]] validation validate(const S& s, date as_of, const commune_index& index,
                                  const regional_doctrine& doctrine = doctrines::national) {
    std::optional<code_lookup> seat;
    check_context ctx{as_of, doctrine};
    if (s.seat) {
        seat = look_up(index, *s.seat);  // a seat that names no place breaks TERRITORY.SEAT, whatever the reason
        if (seat->id != no_place) ctx.seat_department = index.at(seat->id).department;
    }
    auto out = coordcare::validate(s, as_of, ctx);
    if (seat && seat->id == no_place)
        out.diagnostics.push_back(make_diagnostic(rules::seat_known::info, location::of("seat"), std::move(seat->detail)));
    if (seat && seat->other_reading)  // 13005: Aubagne, or Marseille 5e's postal code
        out.diagnostics.push_back(make_diagnostic(rules::unambiguous_code::info, location::of("seat"), std::move(*seat->other_reading)));
    return out;
}

}  // namespace coordcare::territories
