// coordcare — a dossier: the structures a caller checks together (what a JSON dossier file holds), with
// the funding records of each CPTS (its ACI contract, the achievement rates its assessments found, the
// indemnities it paid its members), as a domain value, so that the layers above use it without any I/O.
#pragma once

#include <coordcare/funding/aci_cpts_payments.hpp>
#include <coordcare/funding/indemnities.hpp>
#include <coordcare/structures/dossier.hpp>

#include <cstddef>
#include <optional>
#include <vector>

namespace coordcare {

/// An achievement rate the assessment of one contract year found for one mission.
struct assessed_rate {
    cpts_mission mission{};
    int year = 1;  ///< 1 to the contract's term
    funding::achievement_rate rate{};
    friend bool operator==(const assessed_rate&, const assessed_rate&) = default;
};

/// What a dossier records of a CPTS's funding. The contract's CPTS and legal form are the structure's
/// (its name and form): the reader and the checker set them from it.
struct cpts_funding {
    std::optional<funding::aci_cpts_contract> contract{};
    /// The rates found so far. A rate not given counts as 100 % (the most the contract pays), but for the
    /// crisis mission, whose variable part is paid only for a crisis the ARS recognises: 0 %.
    std::vector<assessed_rate> achievement{};
    std::vector<funding::indemnity> indemnities{};
    friend bool operator==(const cpts_funding&, const cpts_funding&) = default;

    [[nodiscard]] bool empty() const noexcept { return !contract && achievement.empty() && indemnities.empty(); }
    /// The achievement to compute with: the rates given; 100 % for the others (the most the contract pays),
    /// 0 % for the crisis mission (no crisis recognised unless a rate says so).
    [[nodiscard]] funding::achievement achievement_or_full() const {
        auto out = funding::achievement::uniform(funding::achievement_rate{percent::whole(100)});
        for (int year = 1; year <= static_cast<int>(funding::contract_years); ++year)
            out.set(cpts_mission::crisis_response, year, funding::achievement_rate{});
        for (const auto& a : achievement) out.set(a.mission, a.year, a.rate);
        return out;
    }
};

/// The structures of one file or request, in order, and the funding records of the CPTS among them.
struct dossier {
    std::vector<any_structure> structures;
    /// Empty, or one record per structure (empty for the structures that are not a CPTS).
    std::vector<cpts_funding> funding{};
    friend bool operator==(const dossier&, const dossier&) = default;

    /// The funding record of structure i (empty when it has none).
    [[nodiscard]] const cpts_funding* funding_of(std::size_t i) const noexcept {
        return i < funding.size() && !funding[i].empty() ? &funding[i] : nullptr;
    }
};

}  // namespace coordcare
