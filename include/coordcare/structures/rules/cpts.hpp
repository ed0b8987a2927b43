// coordcare — the rules of the territorial health community (CPTS, communauté professionnelle
// territoriale de santé): CSP L.1434-12, L.1434-12-1, and the ARS Île-de-France note [ars-idf-cpts].
#pragma once

#include <coordcare/structures/rules/common.hpp>
#include <coordcare/vocabulary/departments.hpp>

#include <array>

namespace coordcare::rules {

/// A CPTS is an association.
struct cpts_legal_form {
    static constexpr rule_info info{
        "CPTS.LEGAL_FORM", rule_layer::law, legal::csp_L1434_12_1,
        {"Une CPTS est constituée en association.", "A CPTS is constituted as an association."},
        effect_dates::cpts_association, effect_dates::cpts_association_source};
    [[nodiscard]] static constexpr bool form_ok(legal_form f) noexcept { return is_association(f); }
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (form_ok(s.form)) return;
        report(location::of("form")).because([&] {
            return bilingual{} << label{"la forme juridique est « ", "the legal form is \""} << detail::form_name(s.form)
                               << label{" » ; une CPTS est une association", "\"; a CPTS is an association"};
        });
    }
};

/// The association of a CPTS is under the local civil code when its seat is in Haut-Rhin (68), Bas-Rhin
/// (67) or Moselle (57), and under the law of 1901 elsewhere.
struct cpts_legal_form_seat {
    static constexpr rule_info info{
        "CPTS.LEGAL_FORM.SEAT", rule_layer::law, legal::csp_L1434_12_1,
        {"L'association d'une CPTS relève du code civil local si son siège est dans le Haut-Rhin, le Bas-Rhin ou la Moselle, de la loi de 1901 ailleurs ; le siège est connu.",
         "The association of a CPTS is under the local civil code when its seat is in Haut-Rhin, Bas-Rhin or Moselle, under the law of 1901 elsewhere; the seat is known."},
        effect_dates::cpts_association, effect_dates::cpts_association_source};
    [[nodiscard]] static constexpr bool in_alsace_moselle(std::string_view department) noexcept {
        return department == "57" || department == "67" || department == "68";
    }
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context& ctx, Report& report) {
        if (!is_association(s.form)) return;  // CPTS.LEGAL_FORM reports it
        if (!s.seat) {
            report(location::of("seat")).because([] {
                return bilingual{} << label{"le siège n'est pas indiqué ; la forme de l'association dépend de son département",
                                            "the seat is not given; the association's form depends on its department"};
            });
            return;
        }
        // The department the commune index gives, when the check has one (territories::validate); else the
        // code's own first characters, which are the department of every current commune.
        const bool local = in_alsace_moselle(ctx.seat_department ? ctx.seat_department->text() : s.seat->department());
        const auto expected = local ? legal_form::association_local_law : legal_form::association_1901;
        if (s.form == expected) return;
        report(location::of("form")).because([&, local] {
            bilingual out;
            out << label{"le siège ", "seat "} << s.seat->text() << label{" est ", " is in "};
            const auto department = ctx.seat_department ? ctx.seat_department->text() : s.seat->department();
            if (const auto dname = department_name(department)) out << label{"en ", ""} << *dname << " (" << department << ")";
            else out << label{"dans le département ", "department "} << department;
            if (local)
                out << label{" : l'association relève du code civil local, non de la loi de 1901",
                             ": the association must be under local law, not loi 1901"};
            else
                out << label{" : l'association relève de la loi de 1901, non du code civil local d'Alsace-Moselle",
                             ": the association must be under loi 1901, not the local law of Alsace-Moselle"};
            return out;
        });
    }
};

/// A CPTS is pluriprofessional: its members exercise at least two health professions (L.1434-12;
/// [ars-idf-cpts]: the legal form must guarantee "une pluriprofessionnalité"). Person members are counted:
/// a member structure's own professionals are not in the CPTS's record.
struct cpts_pluriprofessional {
    static constexpr int minimum = 2;
    static constexpr rule_info info{
        "CPTS.PLURIPROFESSIONAL", rule_layer::law, legal::csp_L1434_12_pluriprofessional,
        {"Une CPTS est pluriprofessionnelle : ses membres exercent au moins deux professions de santé.",
         "A CPTS is multi-professional: its members exercise at least two health professions."},
        effect_dates::cpts_created, effect_dates::cpts_created_source};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        std::array<bool, 256> seen{};
        int professions = 0;
        int professionals = 0;
        const profession* one = nullptr;
        detail::for_each_person(s, [&](std::size_t, const auto& p) {
            const auto* code = std::get_if<profession>(&p.job);
            if (!code || !is_health_professional(p.job)) return;
            ++professionals;
            auto& flag = seen[static_cast<std::size_t>(code->tre_g15_code())];
            if (!flag) {
                flag = true;
                ++professions;
                one = code;
            }
        });
        if (professions >= minimum) return;
        report(location::of("members")).because([&] {
            bilingual out;
            if (s.members.empty()) return out << label{"la CPTS n'a aucun membre", "the CPTS has no member"};
            if (professionals == 0)
                return out << label{"aucun des ", "none of the "} << count(static_cast<long long>(s.members.size()), nouns::member)
                           << label{" n'est un professionnel de santé", " is a health professional"};
            if (professionals == 1)
                out << label{"le seul professionnel de santé membre de la CPTS exerce une profession (",
                             "the CPTS's only health professional exercises one profession ("};
            else
                out << label{"les ", "the CPTS's "} << count(professionals, nouns::health_professional)
                    << label{" membres de la CPTS exercent tous la même profession (", " all exercise one profession ("};
            return out << one->name() << label{") ; il en faut au moins ", "); at least "} << minimum << label{"", " are required"};
        });
    }
};

}  // namespace coordcare::rules
