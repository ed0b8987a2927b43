// coordcare — a dossier: the structures a caller checks together (what a JSON dossier file holds), with
// the records of each (a CPTS's ACI contract, the achievement rates its assessments found and the
// indemnities it paid its members; an MSP's year under the ACI MSP; a FIR start-up aid plan; the sessions
// of direct access to a physiotherapist; a CPTS's territory; the event log of its procedure), as a domain value, so that the layers above use it without any I/O.
#pragma once

#include <coordcare/funding/aci_cpts_payments.hpp>
#include <coordcare/funding/aci_msp.hpp>
#include <coordcare/funding/fir.hpp>
#include <coordcare/funding/indemnities.hpp>
#include <coordcare/practice/direct_access.hpp>
#include <coordcare/structures/dossier.hpp>
#include <coordcare/territory/territory.hpp>
#include <coordcare/vocabulary/procedure_events.hpp>

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

/// What a dossier records of a structure besides the structure: its funding and its practice. The
/// contract's CPTS and legal form are the structure's (its name and form): the reader sets them from it;
/// likewise the setting of the direct-access record is the structure's kind, and its department, when not
/// given, the department of the structure's seat.
struct funding_record {
    /// A CPTS's ACI contract.
    std::optional<funding::aci_cpts_contract> contract{};
    /// The rates found so far. A rate not given counts as 100 % (the most the contract pays), but for the
    /// crisis mission, whose variable part is paid only for a crisis the ARS recognises: 0 %.
    std::vector<assessed_rate> achievement{};
    /// The indemnities a CPTS paid its members.
    std::vector<funding::indemnity> indemnities{};
    /// An MSP's year under the ACI MSP.
    std::optional<funding::msp_agreement> msp_agreement{};
    /// A FIR start-up aid plan (ESP, ESS, MSP, CDS or CPTS).
    std::optional<funding::fir_plan> fir_plan{};
    /// Sessions of direct access to a physiotherapist given in the structure.
    std::optional<practice::direct_access_record> direct_access{};
    /// A CPTS's territory, as its dossier lists it (checked with a commune index: territories::resolve).
    std::optional<territories::declared_territory> territory{};
    /// The event log of the structure's procedure, in the order the events happened (replayed by
    /// procedures::replay). Empty: no log.
    std::vector<procedure_event> events{};
    friend bool operator==(const funding_record&, const funding_record&) = default;

    [[nodiscard]] bool empty() const noexcept {
        return !contract && achievement.empty() && indemnities.empty() && !msp_agreement && !fir_plan && !direct_access && !territory &&
               events.empty();
    }
    /// True when the record needs format version 3 or later (an MSP year, a FIR plan, direct access, a territory).
    [[nodiscard]] bool needs_version_3() const noexcept { return msp_agreement || fir_plan || direct_access || territory || !events.empty(); }
    /// True when the record holds a field of format version 6: an RPPS number on an indemnity, a contract's
    /// fonctionnement by year, a thematic territory, an MSP with an IPA, a direct-access report to the patient
    /// or in the DMP.
    [[nodiscard]] bool needs_version_6() const noexcept {
        for (const auto& x : indemnities)
            if (x.rpps) return true;
        if (contract)
            for (const auto& y : contract->fonctionnement_by_year)
                if (y) return true;
        if (direct_access)
            for (const auto& r : direct_access->reports)
                if (r.to_patient || r.in_dmp) return true;
        if (msp_agreement && msp_agreement->has_ipa) return true;
        return territory && territory->thematic;
    }
    /// The oldest dossier format version that holds the record: 2 (a CPTS's contract or indemnities), 3 (an
    /// MSP year, a FIR plan, direct access), 4 (a territory), 5 (an event log), 6 (the fields of needs_version_6).
    [[nodiscard]] int format_version() const noexcept {
        return needs_version_6() ? 6 : !events.empty() ? 5 : territory ? 4 : needs_version_3() ? 3 : 2;
    }
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

/// The name funding_record had when only a CPTS had one (0.2).
using cpts_funding = funding_record;

/// The structures of one file or request, in order, and their records.
struct dossier {
    std::vector<any_structure> structures;
    /// Empty, or one record per structure (empty for a structure that has none).
    std::vector<funding_record> funding{};
    friend bool operator==(const dossier&, const dossier&) = default;

    /// The funding record of structure i (empty when it has none).
    [[nodiscard]] const funding_record* funding_of(std::size_t i) const noexcept {
        return i < funding.size() && !funding[i].empty() ? &funding[i] : nullptr;
    }
};

}  // namespace coordcare
