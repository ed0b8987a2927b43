// coordcare — a replay's findings as diagnostics, with what was found and what the procedure needs, in
// French and English; and a deadline told for people. Run time only (the texts are std::strings).
//
//   const auto r = procedures::replay(structure_kind::cpts, log, as_of);
//   for (const auto& d : procedures::diagnostics(r, log)) std::cout << d.summary(language::en) << '\n';
#pragma once

#include <coordcare/procedures/replay.hpp>
#include <coordcare/vocabulary/bilingual.hpp>
#include <coordcare/vocabulary/diagnostic.hpp>

#include <span>
#include <string>
#include <vector>

namespace coordcare::procedures {

namespace detail_explain {
[[nodiscard]] inline bilingual event_text(const procedure_event& e) {
    bilingual b;
    b << label{"« ", "\""} << name(e.kind);
    if (e.mission) b << label{" : ", ": "} << name(*e.mission);
    return std::move(b) << label{" » du ", "\" of "} << iso_text(e.on);
}
/// The stages from which the table lets event `e` happen (under doctrine `d`, without departing from its
/// path, when one is given): "« a » ou « b »".
[[nodiscard]] inline bilingual allowed_from(const procedure_table& t, procedure_event_kind e,
                                            std::optional<cpts_procedure_doctrine> d = std::nullopt) {
    bilingual b;
    bool first = true;
    for (const auto& tr : t.transitions) {
        if (tr.event != e || (d && tr.departs_under(*d))) continue;
        if (!first) b << label{" ou ", " or "};
        first = false;
        b << label{"« ", "\""} << name(tr.from) << label{" »", "\""};
    }
    return b;
}
}  // namespace detail_explain

/// "health project deemed validated: due by 2025-03-31" — a deadline for people, with its mission or period.
[[nodiscard]] inline bilingual deadline_text(const deadline& d) {
    bilingual b;
    b << entry(d.kind).name;
    if (d.mission) b << label{" « ", " \""} << name(*d.mission) << label{" »", "\""};
    if (d.period > 0) b << label{" (année ", " (year "} << std::to_string(d.period) << label{")", ")"};
    if (d.due) b << label{" : échéance le ", ": due by "} << iso_text(*d.due);
    else b << label{" : délai suspendu depuis la demande de compléments", ": delay suspended since the request for complements"};
    if (d.suspended_days > 0)
        b << label{" (", " ("} << std::to_string(d.suspended_days) << label{" jours de suspension)", " days of suspension)"};
    if (d.restarted_on)
        b << label{" (délai reparti en entier à la réception des compléments le ", " (delay started again in full on receipt of the complements on "}
          << iso_text(*d.restarted_on) << ")";
    return b;
}

/// The detail of one finding.
[[nodiscard]] inline bilingual finding_detail(const replay_result& r, const finding& f, std::span<const procedure_event> log) {
    using detail_explain::event_text;
    const auto& table = table_of(r.kind);
    bilingual b;
    const procedure_event* e = f.event && *f.event < log.size() ? &log[*f.event] : nullptr;
    switch (f.kind) {
        case finding_kind::out_of_order:
            b << event_text(*e) << label{" alors que la procédure en est à « ", " while the procedure is at \""} << name(f.at)
              << label{" » ; il suit ", "\"; it follows "} << detail_explain::allowed_from(table, e->kind);
            if (e->kind == procedure_event_kind::project_opposed && f.at == stage::project_validated)
                b << label{" (le délai d'opposition avait pris fin : le projet était réputé validé)",
                           " (the delay of opposition had ended: the project was deemed validated)"};
            return b;
        case finding_kind::departure:
            return std::move(b) << event_text(*e) << label{" alors que la procédure en est à « ", " while the procedure is at \""} << name(f.at)
                                << label{" » : la doctrine régionale le place après ", "\": the regional doctrine puts it after "}
                                << detail_explain::allowed_from(table, e->kind, r.procedure)
                                << label{" ; la loi n'en fait pas une condition : l'étape est prise en compte",
                                         "; the law makes no condition of it: the step is taken"};
        case finding_kind::unknown_event:
            return std::move(b) << event_text(*e) << label{" : cet événement n'appartient pas à la procédure « ", ": this event is not part of the procedure \""}
                                << table.name << label{" »", "\""};
        case finding_kind::chronology:
            b << event_text(*e);
            if (f.earlier) b << label{" est daté avant un événement inscrit plus haut (", " is dated before an event listed above it ("} << iso_text(*f.earlier) << ")";
            return b;
        case finding_kind::future_event:
            b << event_text(*e) << label{" est daté après la date de la vérification (", " is dated after the date of the check ("} << iso_text(r.as_of)
              << label{") : il n'a pas encore eu lieu à cette date et n'est pas pris en compte", "): it has not happened yet as of that date and is set aside"};
            if (r.events_after_as_of == 2)
                b << label{", comme l'autre événement daté après elle", ", as is the other event dated after it"};
            else if (r.events_after_as_of > 2)
                b << label{", comme les ", ", as are the "} << std::to_string(r.events_after_as_of - 1)
                  << label{" autres événements datés après elle", " other events dated after it"};
            return b;
        case finding_kind::mission_missing:
            return std::move(b) << event_text(*e) << label{" ne nomme pas de mission", " names no mission"};
        case finding_kind::mission_unexpected:
            return std::move(b) << event_text(*e) << label{" nomme une mission, ce que cet événement ne fait pas", " names a mission, which this event does not"};
        case finding_kind::mission_not_in_edition:
            b << event_text(*e) << label{" : mission absente de l'édition du contrat", ": a mission the contract's edition does not have"};
            if (r.edition) b << " (" << std::string{*r.edition} << ")";
            return b;
        case finding_kind::mission_twice:
            return std::move(b) << event_text(*e) << label{" : déjà inscrit pour cette mission", ": already recorded for this mission"};
        case finding_kind::mission_not_started:
            return std::move(b) << event_text(*e) << label{" : la mission n'a pas démarré avant", ": the mission did not start before"};
        case finding_kind::early_deemed_validation: {
            b << event_text(*e);
            if (f.deadline && r.deadlines[*f.deadline].due)
                b << label{" : le délai d'opposition court jusqu'au ", ": the delay of opposition runs until "} << iso_text(*r.deadlines[*f.deadline].due);
            else
                b << label{" : le délai d'opposition n'a pas pris fin", ": the delay of opposition has not ended"};
            return b;
        }
        case finding_kind::no_edition:
            return std::move(b) << event_text(*e) << label{" : aucune édition de l'accord n'était en vigueur", ": no edition of the agreement was in force"};
        case finding_kind::sisa_twice:
            return std::move(b) << event_text(*e) << label{" : la SISA est déjà immatriculée", ": the SISA is already registered"};
        case finding_kind::deadline_missed: {
            const auto& d = r.deadlines[*f.deadline];
            b << deadline_text(d);
            if (d.closed_on) b << label{" ; fait le ", "; done on "} << iso_text(*d.closed_on);
            else b << label{" ; non fait au ", "; not done as of "} << iso_text(r.as_of);
            if (!d.figure_id.empty())
                b << label{" (délai de ", " (delay of "} << std::to_string(d.months) << label{" mois, ", d.months == 1 ? " month, " : " months, "}
                  << std::string{d.figure_id}
                  << " " << std::string(1, letter(d.figure_certainty)) << ")";
            return b;
        }
    }
    return b;
}

/// The findings of a replay as diagnostics. Each names its rule; its path is the event's
/// (`base`.events[i]) or, for a deadline, the event that opened it (or `base` itself).
[[nodiscard]] inline std::vector<diagnostic> diagnostics(const replay_result& r, std::span<const procedure_event> log,
                                                         const field_path& base = field_path{"procedure"}) {
    std::vector<diagnostic> out;
    out.reserve(r.findings.size());
    for (const auto& f : r.findings) {
        const rule_info& rule = *f.rule;
        field_path path = base;
        std::optional<std::size_t> event = f.event;
        if (!event && f.deadline) event = r.deadlines[*f.deadline].opened_by;
        if (event) path = path / "events" / *event;
        if (f.kind == finding_kind::chronology || f.kind == finding_kind::future_event) path = path / "date";
        if (f.kind == finding_kind::mission_missing || f.kind == finding_kind::mission_unexpected || f.kind == finding_kind::mission_not_in_edition)
            path = path / "mission";
        out.push_back(diagnostic{rule.id, rule.level, rule.layer, rule.reference, std::move(path), std::string{rule.text.fr},
                                 std::string{rule.text.en}, finding_detail(r, f, log)});
        // A missed deadline rests on the figure of its delay (an uncertain one makes an error a warning).
        if (f.kind == finding_kind::deadline_missed && !r.deadlines[*f.deadline].figure.id.empty())
            out.back().rest_on(r.deadlines[*f.deadline].figure);
    }
    return out;
}

}  // namespace coordcare::procedures
