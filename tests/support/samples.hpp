// Valid structures of each kind, built at run time, from which the tests break one rule at a time.
#pragma once

#include <coordcare/coordcare.hpp>

#include <string>

namespace coordcare::samples {

inline const date today{std::chrono::year{2025}, std::chrono::June, std::chrono::day{1}};
inline const health_project project{date{std::chrono::year{2024}, std::chrono::March, std::chrono::day{1}}};

inline person gp(std::string name, bool associate = false) {
    return {std::move(name), professions::doctor, doctor_specialty::general_practice, practice_mode::liberal, associate, true};
}
inline person specialist(std::string name) {
    return {std::move(name), professions::doctor, doctor_specialty::other_specialty, practice_mode::liberal, false, true};
}
inline person professional(std::string name, profession p, practice_mode mode = practice_mode::liberal, bool associate = false) {
    return {std::move(name), p, std::nullopt, mode, associate, true};
}
inline person role(std::string name, non_health_role r) {
    return {std::move(name), r, std::nullopt, practice_mode::salaried, false, true};
}

/// An MSP constituted as a SISA: two GP associates, one nurse associate, a salaried physiotherapist,
/// a psychologist who signed the project. Satisfies every MSP rule.
inline msp valid_msp() {
    msp s;
    s.name = "MSP des Lilas";
    s.form = legal_form::sisa;
    s.ids.siren = "732829320"_siren;
    s.ids.siret = "73282932000074"_siret;
    s.seat = "93045"_insee;
    s.members = {gp("Dr Martin", true), gp("Dr Bernard", true), professional("Mme Petit", professions::nurse, practice_mode::liberal, true),
                 professional("M. Durand", professions::physiotherapist, practice_mode::salaried),
                 role("Mme Leroy", non_health_role::psychologist)};
    s.project = project;
    return s;
}

/// An ESP: a GP, a nurse and a pharmacist, as an association asking for FIR.
inline esp valid_esp() {
    esp s;
    s.name = "ESP du Val";
    s.form = legal_form::association_1901;
    s.seat = "13055"_insee;
    s.members = {gp("Dr Morel"), professional("Mme Roux", professions::nurse), professional("M. Faure", professions::pharmacist)};
    s.project = project;
    s.funding.fir_requested = true;
    return s;
}

/// An ESS: two cardiologists and a nurse, no legal form, no FIR.
inline ess valid_ess() {
    ess s;
    s.name = "ESS cardiologie Nord";
    s.members = {specialist("Dr Blanc"), specialist("Dr Garnier"), professional("Mme Chevalier", professions::nurse, practice_mode::mixed)};
    s.project = project;
    return s;
}

/// A CDS managed by a commune: salaried professionals, a volunteer, the accord national.
inline cds valid_cds() {
    cds s;
    s.name = "Centre de santé municipal";
    s.form = legal_form::commune_or_grouping;
    s.ids.finess = "930012345"_finess;
    s.seat = "93066"_insee;
    s.members = {[] {
                     auto p = gp("Dr Lambert");
                     p.mode = practice_mode::salaried;
                     return p;
                 }(),
                 professional("Mme Fontaine", professions::dentist, practice_mode::salaried),
                 professional("M. Rousseau", professions::nurse, practice_mode::volunteer),
                 role("Mme Vincent", non_health_role::coordinator)};
    s.project = project;
    s.funding.national_agreement = true;
    return s;
}

/// A CPTS: an association loi 1901 seated in Paris 20e, open membership.
inline cpts valid_cpts() {
    cpts s;
    s.name = "CPTS Paris 20";
    s.form = legal_form::association_1901;
    s.seat = "75120"_insee;
    s.members = {gp("Dr Muller"), professional("Mme Henry", professions::physiotherapist),
                 organisation{"MSP Belleville", organisation_kind::msp, true},
                 organisation{"EHPAD Les Tilleuls", organisation_kind::medico_social_actor, true}};
    s.project = project;
    s.funding.aci_signed = date{std::chrono::year{2020}, std::chrono::November, std::chrono::day{15}};
    return s;
}

}  // namespace coordcare::samples
