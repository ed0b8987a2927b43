// coordcare — the path of the value a reader is at: a field_path made only when an error needs one.
#pragma once

#include <coordcare/vocabulary/diagnostic.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace coordcare {

/// Where the reader is in a document, as it goes down it: `at / "members" / 3`. A step names up to four
/// members or indices and refers to the step it extends, so that going down a document allocates nothing
/// (a dossier's every field has a path; an error needs one); `json_pointer()` and the conversion to a
/// field_path make the path's text when an error is reported.
///
/// A step refers to the step it extends and to the text of the member names it was given: use it within
/// the call that reads the value (a parameter, a local of that call), never keep it beyond. Extending a
/// temporary step copies its segments, so `const path_step at = root / "structures" / i;` refers to
/// `root` alone. A field_path converts to a step (which refers to it), and a step to a field_path (a
/// codec of yours may take either).
class path_step {
public:
    /// The document's root.
    constexpr path_step() noexcept = default;
    /// A step at `path` (which it refers to).
    path_step(const field_path& path) noexcept : base_{&path} {}  // NOLINT(google-explicit-constructor)

    /// This path followed by a member (whose text must outlive the step).
    [[nodiscard]] path_step operator/(std::string_view member) const& noexcept { return path_step{this, {member, 0, false}}; }
    /// This path followed by an index in an array.
    [[nodiscard]] path_step operator/(std::size_t index) const& noexcept { return path_step{this, {{}, index, true}}; }
    /// On a temporary step (a chain `at / "a" / 1`): its segments are copied, not referred to.
    [[nodiscard]] path_step operator/(std::string_view member) && noexcept { return std::move(*this).extended({member, 0, false}); }
    [[nodiscard]] path_step operator/(std::size_t index) && noexcept { return std::move(*this).extended({{}, index, true}); }

    /// "/members/3/practice_mode" (RFC 6901).
    [[nodiscard]] std::string json_pointer() const {
        std::string out;
        append_to(out);
        return out;
    }
    /// The same path as a field_path.
    [[nodiscard]] field_path path() const {
        field_path out = parent_ ? parent_->path() : base_ ? *base_ : field_path{};
        for (std::size_t i = 0; i < count_; ++i) out = segments_[i].is_index ? out / segments_[i].index : out / segments_[i].name;
        return out;
    }
    operator field_path() const { return path(); }  // NOLINT(google-explicit-constructor)

private:
    struct segment {
        std::string_view name{};
        std::size_t index = 0;
        bool is_index = false;
    };
    static constexpr std::size_t capacity = 4;

    path_step(const path_step* parent, segment s) noexcept : parent_{parent}, count_{1} { segments_[0] = s; }

    path_step extended(segment s) && noexcept {
        if (count_ < capacity) {
            segments_[count_++] = s;
            return std::move(*this);
        }
        // A chain of more than four steps in one expression: the last refers to the temporary before it,
        // which lives until the end of that expression.
        return path_step{this, s};
    }

    void append_to(std::string& out) const {
        if (parent_) parent_->append_to(out);
        else if (base_) out += base_->json_pointer();
        for (std::size_t i = 0; i < count_; ++i) {
            if (segments_[i].is_index) field_path::append_pointer_token(out, segments_[i].index);
            else field_path::append_pointer_token(out, segments_[i].name);
        }
    }

    const path_step* parent_ = nullptr;
    const field_path* base_ = nullptr;
    std::array<segment, capacity> segments_{};
    std::size_t count_ = 0;
};

}  // namespace coordcare
