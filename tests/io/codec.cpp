// The codec's path: where a reader is, as a path_step that allocates nothing going down and gives the
// same JSON pointer as a field_path; a codec of the user's taking a path_step or (as in 0.2) a field_path.
#include <coordcare/io.hpp>

#include <boost/hana/adapt_struct.hpp>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace test_codec {
struct badge {
    int number = 0;
};
struct legacy_badge {
    int number = 0;
};
struct card {
    std::vector<badge> badges;
    std::vector<legacy_badge> old_badges;
};
}  // namespace test_codec
BOOST_HANA_ADAPT_STRUCT(test_codec::card, badges, old_badges);

namespace {
template <class Badge>
bool read_badge(const coordcare::json::value& v, coordcare::json_reader& r, const coordcare::path_step& at, Badge& out) {
    const auto* text = v.if_string();
    if (!text || !text->starts_with("B-")) return r.wrong_type(at, {"un badge", "a badge"}, v), false;
    out.number = std::stoi(std::string{text->subview(2)});
    return true;
}
}  // namespace

template <>
struct coordcare::json_codec<test_codec::badge> {
    static json::value write(const test_codec::badge& b) { return json::string{"B-" + std::to_string(b.number)}; }
    static bool read(const json::value& v, json_reader& r, const path_step& at, test_codec::badge& out) {
        return read_badge(v, r, at, out);
    }
};
template <>
struct coordcare::json_codec<test_codec::legacy_badge> {
    static json::value write(const test_codec::legacy_badge& b) { return json::string{"B-" + std::to_string(b.number)}; }
    // The 0.2 signature: the reader's step converts to the path it names.
    static bool read(const json::value& v, json_reader& r, const field_path& at, test_codec::legacy_badge& out) {
        return read_badge(v, r, at, out);
    }
};

using namespace coordcare;

TEST_CASE("path_step: the pointer of a step is the field_path's", "[io][codec]") {
    const path_step root;
    CHECK(root.json_pointer().empty());
    const path_step structures = root / "structures";
    const path_step third = structures / 2;
    const path_step mode = third / "members" / 3 / "practice_mode";
    CHECK(mode.json_pointer() == "/structures/2/members/3/practice_mode");
    CHECK(mode.path().json_pointer() == (field_path{"structures"} / 2 / "members" / 3 / "practice_mode").json_pointer());
    CHECK(field_path{mode}.text() == "structures[2].members[3].practice_mode");
    // RFC 6901: "~" is "~0" and "/" is "~1".
    CHECK((root / "a/b" / "c~d").json_pointer() == "/a~1b/c~0d");
    // A chain longer than a step's four inline segments, in one expression.
    CHECK((root / "a" / 1 / "b" / 2 / "c" / 3).json_pointer() == "/a/1/b/2/c/3");
    // A step from a field_path extends it.
    const field_path base = field_path{"funding"} / "aci";
    CHECK((path_step{base} / "years" / 0).json_pointer() == "/funding/aci/years/0");
}

TEST_CASE("json_codec: a codec of the user's taking a path_step or a field_path", "[io][codec]") {
    const auto good = json::parse(R"({"badges": ["B-1", "B-2"], "old_badges": ["B-7"]})");
    const auto read = from_json_value<test_codec::card>(good);
    REQUIRE(read.ok());
    REQUIRE(read.value->badges.size() == 2);
    CHECK(read.value->badges[1].number == 2);
    CHECK(read.value->old_badges.at(0).number == 7);

    const auto bad = json::parse(R"({"badges": ["B-1", 3], "old_badges": ["X"], "extra": 1})");
    const auto refused = from_json_value<test_codec::card>(bad);
    CHECK_FALSE(refused.ok());
    REQUIRE(refused.errors.size() == 3);
    CHECK(refused.errors[0].kind == read_error_kind::wrong_type);
    CHECK(refused.errors[0].pointer == "/badges/1");
    CHECK(refused.errors[1].pointer == "/old_badges/0");
    CHECK(refused.errors[2].kind == read_error_kind::unknown_field);
    CHECK(refused.errors[2].pointer == "/extra");
}
