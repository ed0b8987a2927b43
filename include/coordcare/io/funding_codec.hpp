// coordcare — the JSON of a structure's records: a CPTS's ACI contract with the achievement rates found, and
// the indemnities paid to its members (dossier format version 2); an MSP's year under the ACI MSP, a FIR
// plan, and the sessions of direct access to a physiotherapist (version 3). Amounts are strings of euros with
// at most two decimals ("60000", "11794.52"), never JSON numbers (which a reader may take as binary
// floating point); rates are strings of percent with at most two decimals ("80", "49.99"). Every object is
// strict: a missing required field or an unknown one is an error with its JSON pointer. docs/json-format.md.
#pragma once

#include <coordcare/dossier/dossier.hpp>
#include <coordcare/io/codec.hpp>

#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace coordcare {

/// "60000", "60000.5", "11794.52": a non-negative decimal number with at most two decimals, as cents.
[[nodiscard]] constexpr std::optional<std::int64_t> parse_hundredths(std::string_view text) noexcept {
    if (text.empty() || text.size() > 20) return std::nullopt;
    std::int64_t whole = 0;
    std::size_t i = 0;
    for (; i < text.size() && text[i] != '.'; ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        if (whole > (std::numeric_limits<std::int64_t>::max() / 100 - 9) / 10) return std::nullopt;
        whole = whole * 10 + (text[i] - '0');
    }
    if (i == 0) return std::nullopt;  // "" or ".5"
    std::int64_t fraction = 0;
    if (i < text.size()) {  // a '.'
        const auto digits = text.size() - i - 1;
        if (digits < 1 || digits > 2) return std::nullopt;
        for (std::size_t j = i + 1; j < text.size(); ++j) {
            if (text[j] < '0' || text[j] > '9') return std::nullopt;
            fraction = fraction * 10 + (text[j] - '0');
        }
        if (digits == 1) fraction *= 10;
    }
    return whole * 100 + fraction;
}

/// The text of an amount in the format: "11794.52" (always two decimals).
[[nodiscard]] inline std::string amount_json_text(euros e) { return e.decimal_text(); }
/// The text of a percentage in the format: "80", "49.99".
[[nodiscard]] inline std::string percent_json_text(percent p) {
    const auto bp = p.in_basis_points();
    std::string out = std::to_string(bp / 100);
    if (bp % 100 != 0) out += (bp % 100 < 10 ? ".0" : ".") + std::to_string(bp % 100);
    return out;
}

namespace detail::json_io {

/// Reads the fields of one object of the funding format: required and optional ones, and refuses others.
class object_fields {
public:
    object_fields(const json::value& v, const path_step& at, json_reader& r, label what,
                  std::initializer_list<std::string_view> known)
        : at_{at}, r_{r} {
        if (!v.is_object()) {
            r.wrong_type(at, owned(what), v);
            ok_ = false;
            return;
        }
        object_ = &v.get_object();
        for (const auto& [key, value] : *object_) {
            const std::string_view k{key.data(), key.size()};
            bool found = false;
            for (const auto name : known) found = found || name == k;
            if (!found) {
                r.error(read_error_kind::unknown_field, at / k, {"les seuls champs du format", "only the fields of the format"},
                        {"le champ inconnu \"" + std::string{k} + "\"", "the unknown field \"" + std::string{k} + "\""});
                ok_ = false;
            }
        }
    }
    [[nodiscard]] bool is_object() const noexcept { return object_ != nullptr; }
    [[nodiscard]] bool ok() const noexcept { return ok_; }
    /// Refuses field `name` in a document of a version before `version`, which introduced it.
    void since(std::string_view name, std::int64_t version) {
        if (!object_ || r_.format_version == 0 || r_.format_version >= version) return;
        if (!object_->if_contains(json::string_view{name.data(), name.size()})) return;
        r_.error(read_error_kind::unknown_field, at_ / name,
                 {"les champs de la version " + std::to_string(r_.format_version) + " du format",
                  "the fields of version " + std::to_string(r_.format_version) + " of the format"},
                 {"le champ \"" + std::string{name} + "\", de la version " + std::to_string(version),
                  "the field \"" + std::string{name} + "\", of version " + std::to_string(version)});
        ok_ = false;
    }
    /// The value of a field, or null (with a missing_field error when it is required).
    const json::value* get(std::string_view name, bool required) {
        if (!object_) return nullptr;
        const auto* v = object_->if_contains(json::string_view{name.data(), name.size()});
        if (!v && required) {
            r_.error(read_error_kind::missing_field, at_ / name, {"le champ \"" + std::string{name} + "\"", "the field \"" + std::string{name} + "\""},
                     {"rien", "nothing"});
            ok_ = false;
        }
        return v;
    }
    template <class T>
    void read(std::string_view name, T& out) {
        if (const auto* v = get(name, true)) ok_ = r_.read(*v, at_ / name, out) && ok_;
    }
    template <class T>
    void read_optional(std::string_view name, std::optional<T>& out) {
        out.reset();
        if (const auto* v = get(name, false)) ok_ = r_.read_into(*v, at_ / name, out) && ok_;
    }
    template <class F>
    void read_with(std::string_view name, bool required, F&& f) {
        if (const auto* v = get(name, required)) ok_ = f(*v, at_ / name) && ok_;
    }
    void fail() noexcept { ok_ = false; }

private:
    const json::object* object_ = nullptr;
    path_step at_;
    json_reader& r_;
    bool ok_ = true;
};

inline bool read_amount(const json::value& v, const path_step& at, json_reader& r, euros& out) {
    const bilingual what{"un montant en euros, une chaîne d'au plus deux décimales (\"60000\", \"11794.52\")",
                         "an amount in euros, a string with at most two decimals (\"60000\", \"11794.52\")"};
    if (!v.is_string()) return r.wrong_type(at, what, v), false;
    const auto cents = parse_hundredths({v.get_string().data(), v.get_string().size()});
    if (!cents) return r.error(read_error_kind::invalid_value, at, what, describe(v)), false;
    out = euros::from_cents(*cents);
    return true;
}
inline bool read_rate(const json::value& v, const path_step& at, json_reader& r, funding::achievement_rate& out) {
    const bilingual what{"un taux d'atteinte en pourcentage, une chaîne de 0 à 100 (\"80\", \"49.99\")",
                         "an achievement rate in percent, a string from 0 to 100 (\"80\", \"49.99\")"};
    if (!v.is_string()) return r.wrong_type(at, what, v), false;
    const auto bp = parse_hundredths({v.get_string().data(), v.get_string().size()});
    if (!bp) return r.error(read_error_kind::invalid_value, at, what, describe(v)), false;
    const auto rate = funding::achievement_rate::of(percent::basis_points(*bp));
    if (!rate) return r.error(read_error_kind::out_of_range, at, what, describe(v)), false;
    out = *rate;
    return true;
}
inline bool read_integer(const json::value& v, const path_step& at, json_reader& r, std::int64_t low, std::int64_t high, bilingual what,
                         std::int64_t& out) {
    if (v.is_double()) return r.error(read_error_kind::out_of_range, at, std::move(what), describe(v)), false;
    if (!v.is_int64() && !v.is_uint64()) return r.wrong_type(at, std::move(what), v), false;
    if (v.is_uint64() || v.get_int64() < low || v.get_int64() > high)
        return r.error(read_error_kind::out_of_range, at, std::move(what), describe(v)), false;
    out = v.get_int64();
    return true;
}
inline bool read_mission_id(const json::value& v, const path_step& at, json_reader& r, cpts_mission& out) {
    std::string ids;
    for (const auto& e : cpts_mission_table) (ids += ' ') += e.id;
    const bilingual what{"une mission de CPTS (parmi :" + ids + ")", "a CPTS mission (one of:" + ids + ")"};
    if (!v.is_string()) return r.wrong_type(at, what, v), false;
    const std::string_view text{v.get_string().data(), v.get_string().size()};
    for (const auto& e : cpts_mission_table)
        if (e.id == text) {
            out = e.mission;
            return true;
        }
    return r.error(read_error_kind::unknown_code, at, what, describe(v)), false;
}

inline bool read_contracted_mission(const json::value& v, const path_step& at, json_reader& r, funding::contracted_mission& out) {
    object_fields f{v, at, r, {"une mission du contrat", "a mission of the contract"}, {"mission", "started", "deployed", "years"}};
    if (!f.is_object()) return false;
    f.read_with("mission", true, [&](const json::value& x, const path_step& p) { return read_mission_id(x, p, r, out.mission); });
    f.read_optional("started", out.started);
    f.read_optional("deployed", out.deployed);
    f.read_with("years", true, [&](const json::value& x, const path_step& p) {
        const bilingual what{"les montants signés par année de contrat, de 1 à 5 objets {\"fixed\", \"variable\"}",
                             "the amounts signed by contract year, 1 to 5 objects {\"fixed\", \"variable\"}"};
        if (!x.is_array()) return r.wrong_type(p, what, x), false;
        const auto& years = x.get_array();
        if (years.empty() || years.size() > funding::contract_years)
            return r.error(read_error_kind::out_of_range, p, what,
                           {std::to_string(years.size()) + " année(s)", std::to_string(years.size()) + " year(s)"}),
                   false;
        bool ok = true;
        for (std::size_t y = 0; y < years.size(); ++y) {
            object_fields year{years[y], p / y, r, {"les montants d'une année", "the amounts of a year"}, {"fixed", "variable"}};
            if (!year.is_object()) {
                ok = false;
                continue;
            }
            year.read_with("fixed", true, [&](const json::value& a, const path_step& q) { return read_amount(a, q, r, out.years[y].fixed); });
            year.read_with("variable", true,
                           [&](const json::value& a, const path_step& q) { return read_amount(a, q, r, out.years[y].variable); });
            ok = year.ok() && ok;
        }
        return ok;
    });
    return f.ok();
}

inline bool read_assessed_rate(const json::value& v, const path_step& at, json_reader& r, assessed_rate& out) {
    object_fields f{v, at, r, {"un taux d'atteinte", "an achievement rate"}, {"mission", "year", "rate"}};
    if (!f.is_object()) return false;
    f.read_with("mission", true, [&](const json::value& x, const path_step& p) { return read_mission_id(x, p, r, out.mission); });
    f.read_with("year", true, [&](const json::value& x, const path_step& p) {
        std::int64_t y = 0;
        const bool ok = read_integer(x, p, r, 1, static_cast<std::int64_t>(funding::contract_years),
                                     {"une année de contrat, de 1 à 5", "a contract year, 1 to 5"}, y);
        out.year = static_cast<int>(y);
        return ok;
    });
    f.read_with("rate", true, [&](const json::value& x, const path_step& p) { return read_rate(x, p, r, out.rate); });
    return f.ok();
}

/// Reads a CPTS's "contract" object: the contract, and the achievement rates found.
inline bool read_contract(const json::value& v, const path_step& at, json_reader& r, const cpts& structure, funding_record& out) {
    object_fields f{v, at, r, {"un contrat ACI CPTS", "an ACI CPTS contract"},
                    {"cpam", "ars", "signed_on", "project_validated", "population", "size", "term_years", "fonctionnement",
                     "fonctionnement_by_year", "missions", "achievement"}};
    if (!f.is_object()) return false;
    f.since("fonctionnement_by_year", 6);
    funding::aci_cpts_contract c;
    c.cpts = structure.name;
    c.form = structure.form;
    f.read("cpam", c.cpam);
    f.read("ars", c.ars);
    f.read("signed_on", c.signed_on);
    f.read_optional("project_validated", c.project_validated);
    f.read_with("population", true, [&](const json::value& x, const path_step& p) {
        return read_integer(x, p, r, 0, std::int64_t{1'000'000'000}, {"une population, un entier >= 0", "a population, an integer >= 0"},
                            c.population);
    });
    f.read_with("size", true, [&](const json::value& x, const path_step& p) {
        std::int64_t s = 0;
        const bool ok = read_integer(x, p, r, 1, 4, {"une taille de CPTS, de 1 à 4", "a CPTS size, 1 to 4"}, s);
        c.size = static_cast<cpts_size>(ok ? s : 1);
        return ok;
    });
    f.read_with("term_years", true, [&](const json::value& x, const path_step& p) {
        std::int64_t t = 0;
        const bool ok = read_integer(x, p, r, 1, static_cast<std::int64_t>(funding::contract_years),
                                     {"une durée en années, de 1 à 5", "a term in years, 1 to 5"}, t);
        c.term_years = static_cast<int>(t);
        return ok;
    });
    f.read_with("fonctionnement", true, [&](const json::value& x, const path_step& p) { return read_amount(x, p, r, c.fonctionnement); });
    // A year's own fonctionnement (an amendment, the avenant 2's accelerator): an amount, or null for the yearly one.
    f.read_with("fonctionnement_by_year", false, [&](const json::value& x, const path_step& p) {
        const bilingual what{"un tableau d'au plus 5 montants ou null, un par année de contrat", "an array of at most 5 amounts or nulls, one per contract year"};
        if (!x.is_array()) return r.wrong_type(p, what, x), false;
        if (x.get_array().size() > funding::contract_years)
            return r.error(read_error_kind::out_of_range, p, what, {std::to_string(x.get_array().size()) + " éléments", std::to_string(x.get_array().size()) + " elements"}), false;
        bool ok = true;
        for (std::size_t y = 0; y < x.get_array().size(); ++y) {
            if (x.get_array()[y].is_null()) continue;
            euros amount{};
            if (read_amount(x.get_array()[y], p / y, r, amount)) c.fonctionnement_by_year[y] = amount;
            else ok = false;
        }
        return ok;
    });
    f.read_with("missions", true, [&](const json::value& x, const path_step& p) {
        if (!x.is_array()) return r.wrong_type(p, {"un tableau de missions", "an array of missions"}, x), false;
        bool ok = true;
        for (std::size_t i = 0; i < x.get_array().size(); ++i) {
            funding::contracted_mission m;
            if (read_contracted_mission(x.get_array()[i], p / i, r, m)) c.missions.push_back(m);
            else ok = false;
        }
        return ok;
    });
    f.read_with("achievement", false, [&](const json::value& x, const path_step& p) {
        if (!x.is_array()) return r.wrong_type(p, {"un tableau de taux d'atteinte", "an array of achievement rates"}, x), false;
        bool ok = true;
        for (std::size_t i = 0; i < x.get_array().size(); ++i) {
            assessed_rate a;
            if (!read_assessed_rate(x.get_array()[i], p / i, r, a)) {
                ok = false;
                continue;
            }
            for (std::size_t j = 0; j < out.achievement.size(); ++j)
                if (out.achievement[j].mission == a.mission && out.achievement[j].year == a.year) {
                    r.error(read_error_kind::invalid_value, p / i, {"un taux par mission et par année", "one rate per mission and year"},
                            {"le même que " + (p / j).json_pointer(), "the same as " + (p / j).json_pointer()});
                    ok = false;
                }
            out.achievement.push_back(a);
        }
        return ok;
    });
    if (f.ok()) out.contract = std::move(c);
    return f.ok();
}

inline bool read_indemnities(const json::value& v, const path_step& at, json_reader& r, funding_record& out) {
    if (!v.is_array()) return r.wrong_type(at, {"un tableau d'indemnités", "an array of indemnities"}, v), false;
    bool ok = true;
    for (std::size_t i = 0; i < v.get_array().size(); ++i) {
        object_fields f{v.get_array()[i], at / i, r, {"une indemnité versée", "an indemnity paid"}, {"professional", "rpps", "paid", "amount"}};
        if (!f.is_object()) {
            ok = false;
            continue;
        }
        f.since("rpps", 6);
        funding::indemnity x;
        f.read("professional", x.professional);
        f.read_optional("rpps", x.rpps);
        f.read("paid", x.paid);
        f.read_with("amount", true, [&](const json::value& a, const path_step& p) { return read_amount(a, p, r, x.amount); });
        if (f.ok()) out.indemnities.push_back(std::move(x));
        else ok = false;
    }
    return ok;
}

// ---- Version 3: the ACI MSP, FIR plans, direct access --------------------------------------------

/// Reads one of a table's ids ("opening_hours", "start_up", ...) into its enumerator.
template <class Table, class E, class Entry>
bool read_table_id(const json::value& v, const path_step& at, json_reader& r, const Table& table, E Entry::*key, bilingual noun, E& out) {
    std::string ids;
    for (const auto& e : table) (ids += ' ') += e.id;
    const bilingual what = bilingual{} << noun << label{" (parmi :", " (one of:"} << ids << ")";
    if (!v.is_string()) return r.wrong_type(at, what, v), false;
    const std::string_view text{v.get_string().data(), v.get_string().size()};
    for (const auto& e : table)
        if (e.id == text) {
            out = e.*key;
            return true;
        }
    return r.error(read_error_kind::unknown_code, at, what, describe(v)), false;
}

inline bool read_indicator_result(const json::value& v, const path_step& at, json_reader& r, funding::msp_indicator_result& out) {
    object_fields f{v, at, r, {"un indicateur de l'ACI MSP", "an ACI MSP indicator"}, {"indicator", "count", "with_ipa", "rate"}};
    if (!f.is_object()) return false;
    f.read_with("indicator", true, [&](const json::value& x, const path_step& p) {
        return read_table_id(x, p, r, msp_indicator_table, &msp_indicator_entry::indicator, {"un indicateur", "an indicator"}, out.indicator);
    });
    const auto read_small = [&](const char* name, int& target, bilingual what) {
        f.read_with(name, false, [&](const json::value& x, const path_step& p) {
            std::int64_t n = 0;
            const bool ok = read_integer(x, p, r, 0, funding::max_units, std::move(what), n);
            target = static_cast<int>(n);
            return ok;
        });
    };
    read_small("count", out.count, {"un entier de 0 à 1000 (atteint : 1, un nombre, un niveau)", "an integer from 0 to 1000 (met: 1, a number, a level)"});
    read_small("with_ipa", out.with_ipa, {"un entier de 0 à 1000 (avec un IPA)", "an integer from 0 to 1000 (with an IPA)"});
    f.read_with("rate", false, [&](const json::value& x, const path_step& p) { return read_rate(x, p, r, out.rate); });
    return f.ok();
}

/// Reads an MSP's "aci_msp" object: its year under the ACI MSP. The signature date is the structure's
/// funding.aci_signed (one truth): without it the object is refused.
inline bool read_msp_agreement(const json::value& v, const path_step& structure_at, json_reader& r, const msp& structure, funding_record& out) {
    const path_step at = structure_at / "aci_msp";
    object_fields f{v, at, r, {"l'année d'une MSP sous l'ACI MSP", "an MSP's year under the ACI MSP"},
                    {"project_validated", "year", "patientele", "ipa", "indicators"}};
    if (!f.is_object()) return false;
    f.since("ipa", 6);
    funding::msp_agreement a;
    if (!structure.funding.aci_signed) {
        r.error(read_error_kind::missing_field, structure_at / "funding" / "aci_signed",
                {"la date de signature de l'ACI MSP (funding.aci_signed), que \"aci_msp\" suppose",
                 "the date the ACI MSP was signed (funding.aci_signed), which \"aci_msp\" needs"},
                {"rien", "nothing"});
        f.fail();
    } else {
        a.signed_on = *structure.funding.aci_signed;
    }
    f.read_optional("project_validated", a.project_validated);
    f.read_with("year", true, [&](const json::value& x, const path_step& p) {
        std::int64_t y = 0;
        const bool ok = read_integer(x, p, r, 1900, 9999, {"une année civile", "a calendar year"}, y);
        a.year = static_cast<int>(y);
        return ok;
    });
    f.read_with("patientele", true, [&](const json::value& x, const path_step& p) {
        return read_integer(x, p, r, 1, funding::max_patientele, {"une patientèle, un entier de 1 à 1 000 000", "a patientèle, an integer from 1 to 1,000,000"},
                            a.patientele);
    });
    if (f.get("ipa", false)) f.read("ipa", a.has_ipa);
    f.read_with("indicators", true, [&](const json::value& x, const path_step& p) {
        if (!x.is_array()) return r.wrong_type(p, {"un tableau d'indicateurs", "an array of indicators"}, x), false;
        bool ok = true;
        for (std::size_t i = 0; i < x.get_array().size(); ++i) {
            funding::msp_indicator_result one;
            if (read_indicator_result(x.get_array()[i], p / i, r, one)) a.indicators.push_back(one);
            else ok = false;
        }
        return ok;
    });
    if (f.ok()) out.msp_agreement = std::move(a);
    return f.ok();
}

/// Reads a "fir_plan" object.
inline bool read_fir_plan(const json::value& v, const path_step& at, json_reader& r, funding_record& out) {
    object_fields f{v, at, r, {"un plan d'aide FIR", "a FIR aid plan"}, {"region", "letter_of_intent_validated", "project_validated", "payments"}};
    if (!f.is_object()) return false;
    funding::fir_plan plan;
    f.read("region", plan.region);
    f.read_optional("letter_of_intent_validated", plan.letter_of_intent_validated);
    f.read_optional("project_validated", plan.project_validated);
    f.read_with("payments", true, [&](const json::value& x, const path_step& p) {
        if (!x.is_array()) return r.wrong_type(p, {"un tableau de versements", "an array of payments"}, x), false;
        bool ok = true;
        for (std::size_t i = 0; i < x.get_array().size(); ++i) {
            object_fields one{x.get_array()[i], p / i, r, {"un versement FIR", "a FIR payment"}, {"paid", "amount", "purpose"}};
            if (!one.is_object()) {
                ok = false;
                continue;
            }
            funding::fir_payment pay;
            one.read("paid", pay.paid);
            one.read_with("amount", true, [&](const json::value& a, const path_step& q) { return read_amount(a, q, r, pay.amount); });
            one.read_with("purpose", false, [&](const json::value& a, const path_step& q) {
                return read_table_id(a, q, r, fir_purpose_table, &fir_purpose_entry::purpose, {"un objet d'aide FIR", "a purpose of FIR aid"}, pay.purpose);
            });
            if (one.ok()) plan.payments.push_back(pay);
            else ok = false;
        }
        return ok;
    });
    if (f.ok()) out.fir_plan = std::move(plan);
    return f.ok();
}

/// The care setting of a structure of kind K.
[[nodiscard]] constexpr care_setting setting_of(structure_kind k) noexcept {
    switch (k) {
        case structure_kind::esp: return care_setting::esp;
        case structure_kind::ess: return care_setting::ess;
        case structure_kind::msp: return care_setting::msp;
        case structure_kind::cds: return care_setting::cds;
        case structure_kind::cpts: return care_setting::cpts;
        case structure_kind::dac: break;
    }
    return care_setting::private_practice;
}

/// Reads a "direct_access" object; the setting is the structure's kind, the department (when not given)
/// its seat's.
template <structure_kind K>
bool read_direct_access(const json::value& v, const path_step& at, json_reader& r, const structure<K>& s, funding_record& out) {
    object_fields f{v, at, r, {"des séances en accès direct", "direct-access sessions"}, {"department", "sessions", "reports"}};
    if (!f.is_object()) return false;
    practice::direct_access_record rec;
    rec.setting = setting_of(K);
    f.read_with("department", false, [&](const json::value& x, const path_step& p) {
        const bilingual what{"un code de département INSEE (\"83\", \"2B\", \"974\")", "an INSEE department code (\"83\", \"2B\", \"974\")"};
        if (!x.is_string()) return r.wrong_type(p, what, x), false;
        rec.department = std::string{x.get_string().data(), x.get_string().size()};
        if (!department_name(rec.department)) return r.error(read_error_kind::unknown_code, p, what, describe(x)), false;
        return true;
    });
    if (!f.get("department", false)) {
        rec.department_from_seat = true;
        if (s.seat) rec.department = std::string{s.seat->department()};
        else {
            r.error(read_error_kind::missing_field, at / "department",
                    {"le département du lieu de soins (ou le siège de la structure)", "the department of the place of care (or the structure's seat)"},
                    {"rien", "nothing"});
            f.fail();
        }
    }
    f.read_with("sessions", true, [&](const json::value& x, const path_step& p) {
        if (!x.is_array()) return r.wrong_type(p, {"un tableau de séances", "an array of sessions"}, x), false;
        bool ok = true;
        for (std::size_t i = 0; i < x.get_array().size(); ++i) {
            object_fields one{x.get_array()[i], p / i, r, {"une séance", "a session"}, {"patient", "on", "prior_diagnosis"}};
            if (!one.is_object()) {
                ok = false;
                continue;
            }
            practice::physiotherapy_session session;
            one.read("patient", session.patient);
            one.read("on", session.on);
            if (one.get("prior_diagnosis", false)) one.read("prior_diagnosis", session.prior_diagnosis);
            if (one.ok()) rec.sessions.push_back(std::move(session));
            else ok = false;
        }
        return ok;
    });
    f.read_with("reports", false, [&](const json::value& x, const path_step& p) {
        if (!x.is_array()) return r.wrong_type(p, {"un tableau de comptes rendus", "an array of reports"}, x), false;
        bool ok = true;
        for (std::size_t i = 0; i < x.get_array().size(); ++i) {
            object_fields one{x.get_array()[i], p / i, r, {"un compte rendu au médecin traitant", "a report to the médecin traitant"}, {"patient", "sent", "to_patient", "in_dmp"}};
            if (!one.is_object()) {
                ok = false;
                continue;
            }
            one.since("to_patient", 6);
            one.since("in_dmp", 6);
            practice::treating_doctor_report rep;
            one.read("patient", rep.patient);
            one.read("sent", rep.sent);
            one.read_optional("to_patient", rep.to_patient);
            one.read_optional("in_dmp", rep.in_dmp);
            if (one.ok()) rec.reports.push_back(std::move(rep));
            else ok = false;
        }
        return ok;
    });
    if (f.ok()) out.direct_access = std::move(rec);
    return f.ok();
}

// ---- Writing ------------------------------------------------------------------------------------

inline json::object write_contract(const funding_record& f) {
    const auto& c = *f.contract;
    json::object o;
    o["cpam"] = c.cpam;
    o["ars"] = c.ars;
    o["signed_on"] = iso_text(c.signed_on);
    if (c.project_validated) o["project_validated"] = iso_text(*c.project_validated);
    o["population"] = c.population;
    o["size"] = number(c.size);
    o["term_years"] = c.term_years;
    o["fonctionnement"] = amount_json_text(c.fonctionnement);
    std::size_t by_year = 0;
    for (std::size_t y = 0; y < funding::contract_years; ++y)
        if (c.fonctionnement_by_year[y]) by_year = y + 1;
    if (by_year > 0) {
        json::array years;
        for (std::size_t y = 0; y < by_year; ++y)
            years.push_back(c.fonctionnement_by_year[y] ? json::value(json::string(amount_json_text(*c.fonctionnement_by_year[y]))) : json::value(nullptr));
        o["fonctionnement_by_year"] = std::move(years);
    }
    json::array missions;
    for (const auto& m : c.missions) {
        json::object x;
        x["mission"] = std::string{id(m.mission)};
        if (m.started) x["started"] = iso_text(*m.started);
        if (m.deployed) x["deployed"] = iso_text(*m.deployed);
        json::array years;
        // The years up to the last one with an amount, and at least the term's.
        std::size_t last = static_cast<std::size_t>(c.term_years < 1 ? 1 : c.term_years);
        for (std::size_t y = last; y < funding::contract_years; ++y)
            if (m.years[y] != funding::mission_year{}) last = y + 1;
        for (std::size_t y = 0; y < last && y < funding::contract_years; ++y) {
            json::object a;
            a["fixed"] = amount_json_text(m.years[y].fixed);
            a["variable"] = amount_json_text(m.years[y].variable);
            years.push_back(std::move(a));
        }
        x["years"] = std::move(years);
        missions.push_back(std::move(x));
    }
    o["missions"] = std::move(missions);
    if (!f.achievement.empty()) {
        json::array rates;
        for (const auto& a : f.achievement) {
            json::object x;
            x["mission"] = std::string{id(a.mission)};
            x["year"] = a.year;
            x["rate"] = percent_json_text(a.rate.value());
            rates.push_back(std::move(x));
        }
        o["achievement"] = std::move(rates);
    }
    return o;
}

inline json::array write_indemnities(const funding_record& f) {
    json::array out;
    for (const auto& x : f.indemnities) {
        json::object o;
        o["professional"] = x.professional;
        if (x.rpps) o["rpps"] = json::string{x.rpps->text().data(), x.rpps->text().size()};
        o["paid"] = iso_text(x.paid);
        o["amount"] = amount_json_text(x.amount);
        out.push_back(std::move(o));
    }
    return out;
}


inline json::object write_msp_agreement(const funding::msp_agreement& a) {
    json::object o;
    if (a.project_validated) o["project_validated"] = iso_text(*a.project_validated);
    o["year"] = a.year;
    o["patientele"] = a.patientele;
    if (a.has_ipa) o["ipa"] = true;
    json::array indicators;
    for (const auto& x : a.indicators) {
        json::object i;
        i["indicator"] = std::string{id(x.indicator)};
        i["count"] = x.count;
        if (x.with_ipa != 0) i["with_ipa"] = x.with_ipa;
        i["rate"] = percent_json_text(x.rate.value());
        indicators.push_back(std::move(i));
    }
    o["indicators"] = std::move(indicators);
    return o;
}

inline json::object write_fir_plan(const funding::fir_plan& p) {
    json::object o;
    o["region"] = p.region;
    if (p.letter_of_intent_validated) o["letter_of_intent_validated"] = iso_text(*p.letter_of_intent_validated);
    if (p.project_validated) o["project_validated"] = iso_text(*p.project_validated);
    json::array payments;
    for (const auto& x : p.payments) {
        json::object one;
        one["paid"] = iso_text(x.paid);
        one["amount"] = amount_json_text(x.amount);
        one["purpose"] = std::string{id(x.purpose)};
        payments.push_back(std::move(one));
    }
    o["payments"] = std::move(payments);
    return o;
}

/// The department is written unless it is the seat's (the reader then takes the seat's again).
inline json::object write_direct_access(const practice::direct_access_record& rec) {
    json::object o;
    if (!rec.department_from_seat) o["department"] = rec.department;
    json::array sessions;
    for (const auto& x : rec.sessions) {
        json::object one;
        one["patient"] = x.patient;
        one["on"] = iso_text(x.on);
        if (x.prior_diagnosis) one["prior_diagnosis"] = true;
        sessions.push_back(std::move(one));
    }
    o["sessions"] = std::move(sessions);
    if (!rec.reports.empty()) {
        json::array reports;
        for (const auto& x : rec.reports) {
            json::object one;
            one["patient"] = x.patient;
            one["sent"] = iso_text(x.sent);
            if (x.to_patient) one["to_patient"] = *x.to_patient;
            if (x.in_dmp) one["in_dmp"] = *x.in_dmp;
            reports.push_back(std::move(one));
        }
        o["reports"] = std::move(reports);
    }
    return o;
}

}  // namespace detail::json_io
}  // namespace coordcare
