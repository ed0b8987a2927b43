// coordcare — what a rule reports: the diagnostic, with its rule id, severity, layer, legal reference,
// messages in French and English, and the path of the offending field.
#pragma once

#include <coordcare/vocabulary/bilingual.hpp>
#include <coordcare/vocabulary/cited_figure.hpp>
#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/legal_reference.hpp>
#include <coordcare/vocabulary/rule_layer.hpp>
#include <coordcare/vocabulary/table.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coordcare {

namespace detail {
/// Reached when a rule id that is not of the form SEGMENT(.SEGMENT)* — each segment made of A-Z, 0-9
/// and '_' — is written in a constant expression. Not constexpr: the compiler stops here and names it.
inline void invalid_rule_id_format() {}

[[nodiscard]] constexpr bool is_rule_id(std::string_view text) noexcept {
    if (text.empty() || text.front() == '.' || text.back() == '.') return false;
    char previous = '\0';
    for (const char c : text) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
        if (!allowed || (c == '.' && previous == '.')) return false;
        previous = c;
    }
    return true;
}
}  // namespace detail

/// A rule's stable identifier, e.g. "MSP.SISA.MIN_ASSOCIATES": dot-separated segments of capitals,
/// digits and underscores. Ids never change once published; docs/rules.md lists them.
class rule_id {
public:
    /// A rule id written in the code: checked at compile time.
    consteval rule_id(const char* text) : text_{text} {  // NOLINT(google-explicit-constructor)
        if (!detail::is_rule_id(text_)) detail::invalid_rule_id_format();
    }
    /// A rule id read at run time (from a file), or nothing when its format is wrong. The text must
    /// outlive the rule_id.
    [[nodiscard]] static constexpr std::optional<rule_id> parse(std::string_view text) noexcept {
        if (!detail::is_rule_id(text)) return std::nullopt;
        return rule_id{text, trusted{}};
    }
    [[nodiscard]] constexpr std::string_view text() const noexcept { return text_; }
    friend constexpr bool operator==(rule_id a, rule_id b) noexcept { return a.text_ == b.text_; }
    friend constexpr auto operator<=>(rule_id a, rule_id b) noexcept { return a.text_ <=> b.text_; }

private:
    struct trusted {};
    constexpr rule_id(std::string_view text, trusted) noexcept : text_{text} {}
    std::string_view text_;
};

/// How serious a finding is.
enum class severity : unsigned char {
    error,    ///< the structure does not satisfy the rule: it is not valid (or not eligible)
    warning,  ///< something to check: valid, but probably a mistake or a risk
    note,     ///< information
};
struct severity_entry {
    severity level;
    std::string_view id;  ///< "error", "warning", "note": the exchange format
    label name;
};
inline constexpr std::array severity_table{
    severity_entry{severity::error, "error", {"erreur", "error"}},
    severity_entry{severity::warning, "warning", {"avertissement", "warning"}},
    severity_entry{severity::note, "note", {"information", "note"}},
};
[[nodiscard]] constexpr const severity_entry& entry(severity s) noexcept {
    return detail::entry_of(severity_table, s, &severity_entry::level);
}

/// The path of a field inside a value, e.g. members[3].practice_mode. Printed in that form for people
/// and as a JSON pointer (/members/3/practice_mode) for the JSON layer.
class field_path {
public:
    /// One step of a path: a member's name, or an index in an array.
    struct segment {
        std::string name;       ///< the member's name (empty for an index)
        std::size_t index = 0;  ///< the index, when is_index
        bool is_index = false;
        friend bool operator==(const segment&, const segment&) = default;
    };

    field_path() = default;
    explicit field_path(std::string_view member) { segments_.push_back(segment{std::string{member}, 0, false}); }

    /// This path followed by a member name.
    [[nodiscard]] field_path operator/(std::string_view member) const& {
        field_path p = *this;
        p.segments_.push_back(segment{std::string{member}, 0, false});
        return p;
    }
    /// This path followed by an index in an array.
    [[nodiscard]] field_path operator/(std::size_t index) const& {
        field_path p = *this;
        p.segments_.push_back(segment{std::string{}, index, true});
        return p;
    }

    [[nodiscard]] const std::vector<segment>& segments() const noexcept { return segments_; }
    [[nodiscard]] bool empty() const noexcept { return segments_.empty(); }

    /// "members[3].practice_mode"; the empty path (the whole value) prints as "".
    [[nodiscard]] std::string text() const {
        std::string out;
        for (const auto& s : segments_) {
            if (!s.is_index) {
                if (!out.empty()) out += '.';
                out += s.name;
            } else {
                out += '[';
                out += std::to_string(s.index);
                out += ']';
            }
        }
        return out;
    }

    /// "/members/3/practice_mode" (RFC 6901: '~' is written "~0" and '/' "~1").
    [[nodiscard]] std::string json_pointer() const {
        std::string out;
        for (const auto& s : segments_) {
            if (!s.is_index) append_pointer_token(out, s.name);
            else append_pointer_token(out, s.index);
        }
        return out;
    }

    /// Appends "/" and a member's name as a JSON pointer writes it (RFC 6901: '~' as "~0", '/' as "~1").
    static void append_pointer_token(std::string& out, std::string_view name) {
        out += '/';
        for (const char c : name) {
            if (c == '~') out += "~0";
            else if (c == '/') out += "~1";
            else out += c;
        }
    }
    /// Appends "/" and an index.
    static void append_pointer_token(std::string& out, std::size_t index) {
        out += '/';
        out += std::to_string(index);
    }

    friend bool operator==(const field_path&, const field_path&) = default;

private:
    std::vector<segment> segments_;
};

/// One finding of one rule on one value. Every rule of the library reports this type; validation
/// returns all of them, never only the first.
struct diagnostic {
    rule_id rule;                ///< e.g. MSP.SISA.MIN_ASSOCIATES
    severity level;
    rule_layer layer;
    legal_reference reference;   ///< the article the rule comes from
    field_path path;             ///< the offending field
    std::string message_fr;      ///< the rule's general statement: the reference text
    std::string message_en;      ///< its English translation
    bilingual detail;            ///< what was found in this value and what the rule needs, with its values
    /// The figures the finding rests on (a threshold, a ceiling, a delay), each with its value, date of
    /// effect, layer, certainty and the rulebook that replaced it, if one did.
    std::vector<used_figure> figures{};
    /// Set when the rule is an error but the finding rests on an uncertain figure (U): it is then reported
    /// as a warning, since the verdict holds only if that figure does (docs/funding.md, "Every verdict says what it rests on").
    std::optional<severity> softened_from{};

    [[nodiscard]] const std::string& message(language lang) const noexcept {
        return lang == language::fr ? message_fr : message_en;
    }
    /// True when a figure the finding rests on is uncertain (U).
    [[nodiscard]] bool uncertain() const noexcept {
        for (const auto& f : figures)
            if (f.uncertain()) return true;
        return false;
    }
    /// Records that the finding rests on figure `f`, once; an error that rests on an uncertain figure becomes
    /// a warning (softened_from says so).
    void rest_on(const used_figure& f) {
        for (const auto& g : figures)
            if (g.id == f.id) return;
        figures.push_back(f);
        if (f.uncertain() && level == severity::error) {
            softened_from = severity::error;
            level = severity::warning;
        }
    }
    /// What the finding rests on that is uncertain, for people: " — rests on an uncertain figure: ID = value
    /// (U); an error if it holds"; empty when nothing is uncertain.
    [[nodiscard]] std::string uncertainty_text(language lang) const {
        std::string out;
        for (const auto& f : figures) {
            if (!f.uncertain()) continue;
            out += out.empty() ? (lang == language::fr ? " — repose sur une figure incertaine : " : " — rests on an uncertain figure: ") : ", ";
            out += f.id;
            out += " = ";
            out += f.value_text();
            out += " (U)";
        }
        if (!out.empty() && softened_from)
            out += lang == language::fr ? " ; une erreur si elle se confirme" : "; an error if it holds";
        return out;
    }

    /// One line for people: "error MSP.SISA.MIN_ASSOCIATES at members: among the associates: 1 doctor,
    /// 1 medical auxiliary; the law requires at least 2 doctors and 1 medical auxiliary [CSP, art. L.4041-4]".
    /// The detail stands for the rule's general text when there is one.
    [[nodiscard]] std::string summary(language lang) const {
        std::string out{entry(level).name.in(lang)};
        out += ' ';
        out += rule.text();
        if (!path.empty()) {
            out += lang == language::fr ? " sur " : " at ";
            out += path.text();
        }
        out += lang == language::fr ? " : " : ": ";
        out += detail.empty() ? message(lang) : detail.in(lang);
        out += uncertainty_text(lang);
        out += " [";
        out += reference.citation();
        out += ']';
        return out;
    }

    friend bool operator==(const diagnostic&, const diagnostic&) = default;
};

}  // namespace coordcare
