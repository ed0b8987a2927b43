// coordcare — the dates of effect of the structures' rules, each written once with its source, so that a
// date found wrong is corrected here and nowhere else. A law published in the Journal officiel enters
// into force the day after its publication unless it says otherwise (Code civil, art. 1); that day is
// the date a rule applies from.
#pragma once

#include <coordcare/vocabulary/dates.hpp>
#include <coordcare/vocabulary/source_note.hpp>

#include <chrono>

namespace coordcare::effect_dates {

namespace detail {
[[nodiscard]] consteval date ymd(int y, unsigned m, unsigned d) {
    return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}
}  // namespace detail

/// The MSP's health project (CSP L.6323-3, "Tout membre de la maison de santé adhère à ce projet de
/// santé"): added by loi n° 2009-879 du 21 juillet 2009 (HPST), art. 39, JO of 2009-07-22. The article
/// itself dates from loi n° 2007-1786 (LFSS 2008), whose version required no health project.
inline constexpr date msp_project = detail::ymd(2009, 7, 23);
inline constexpr source_note msp_project_source{
    certainty::confirmed, "loi n° 2009-879 (HPST), art. 39 (JORFARTI000020879493), in force 2009-07-23: added the health project to L.6323-3"};

/// The SISA (CSP L.4041-1 to L.4043-2, L.4041-4 I: two doctors and a medical auxiliary among the
/// associates) and L.6323-3 as rewritten by loi n° 2011-940 du 10 août 2011, art. 2: the MSP "est une
/// personne morale constituée entre des professionnels médicaux, auxiliaires médicaux ou pharmaciens",
/// its project "signé par chacun des professionnels de santé membres" and, by a non-health participant
/// it provides for, "peut également être signé". Version in force 2011-08-12 (LEGIARTI000024462532).
inline constexpr date sisa_created = detail::ymd(2011, 8, 12);
inline constexpr source_note sisa_created_source{
    certainty::confirmed, "loi n° 2011-940 du 10 août 2011 (art. 1 and 2), in force 2011-08-12: the SISA, and L.6323-3's legal person"};

/// The minimum of two general practitioners in an MSP: the FAQ of the CPTS help desk [guichet-cpts-faq-4];
/// L.6323-3 requires a cahier des charges set by ministerial order since loi n° 2011-940, whose own text
/// was not found.
inline constexpr date msp_composition = sisa_created;
inline constexpr source_note msp_composition_source{
    certainty::uncertain, "the cahier des charges of L.6323-3 (2011 version) assumed; its text and date were not found"};

/// A SISA's salaried health professionals fewer than its liberal associates (L.4041-4 II): ordonnance
/// n° 2021-584 du 12 mai 2021, art. 1, in force 2021-05-14.
inline constexpr date sisa_salaried = detail::ymd(2021, 5, 14);
inline constexpr source_note sisa_salaried_source{
    certainty::confirmed, "ordonnance n° 2021-584 du 12 mai 2021, art. 1: L.4041-4 II, in force 2021-05-14"};

/// The ESP (CSP L.1411-11-1) and the CPTS (L.1434-12): loi n° 2016-41 du 26 janvier 2016, JO of 2016-01-27.
inline constexpr date esp_created = detail::ymd(2016, 1, 28);
inline constexpr source_note esp_created_source{
    certainty::stated, "loi n° 2016-41 du 26 janvier 2016, in force 2016-01-28 (the date of that law's versions in LEGI), created the ESP"};
inline constexpr date cpts_created = esp_created;
inline constexpr source_note cpts_created_source{
    certainty::stated, "loi n° 2016-41 du 26 janvier 2016, in force 2016-01-28, created the CPTS (L.1434-12)"};

/// The ESS, added to L.1411-11-1 by loi n° 2019-774 du 24 juillet 2019, JO of 2019-07-26.
inline constexpr date ess_created = detail::ymd(2019, 7, 27);
inline constexpr source_note ess_created_source{
    certainty::stated, "loi n° 2019-774 du 24 juillet 2019, in force 2019-07-27 (the date of that law's versions in LEGI), created the ESS"};

/// The CDS's health project: L.6323-1 as written by loi n° 2009-879 (HPST), in force 2009-07-23
/// ("Les centres de santé élaborent un projet de santé"); L.6323-1-10 since ordonnance n° 2018-17.
inline constexpr date cds_project = detail::ymd(2009, 7, 23);
inline constexpr source_note cds_project_source{
    certainty::stated, "L.6323-1 in its HPST version (in force 2009-07-23) required the CDS's health project"};

/// Who may manage a CDS (L.6323-1-3) and the salaried status of all its professionals (L.6323-1-5):
/// ordonnance n° 2018-17 du 12 janvier 2018, in force on its decree's and at the latest on 2018-04-01,
/// the date of its versions in LEGI. (Before, only the CDS's doctors were salaried by law.)
inline constexpr date cds_ordinance = detail::ymd(2018, 4, 1);
inline constexpr source_note cds_ordinance_source{
    certainty::confirmed, "ordonnance n° 2018-17 du 12 janvier 2018, art. 3: in force at the latest on 2018-04-01, the date LEGI gives its versions"};

/// The accord national des centres de santé, concluded 2015-07-08, "réputé approuvé" by a notice in the
/// JO of 2015-09-30.
inline constexpr date cds_national_agreement = detail::ymd(2015, 9, 30);
inline constexpr source_note cds_national_agreement_source{
    certainty::confirmed, "JORF n° 0226 du 30 septembre 2015, avis: the accord national of 2015-07-08 is deemed approved"};

/// The ACI MSP, approved by the arrêté du 24 juillet 2017 (its JO date was not found). The règlement
/// arbitral of 2015 it replaced already set the condition (article 2).
inline constexpr date aci_msp = detail::ymd(2017, 7, 24);
inline constexpr source_note aci_msp_source{
    certainty::stated, "arrêté of 2017-07-24 approving the ACI MSP [aci-msp-2017]; the JO date of the arrêté was not found"};

/// The CPTS's legal form (L.1434-12-1): ordonnance n° 2021-584 du 12 mai 2021, in force 2021-05-14;
/// existing CPTS had until 2022-05-14 to comply, the date used here for every CPTS (a CPTS created
/// between the two dates was bound from its creation, which a dossier does not give).
inline constexpr date cpts_association = detail::ymd(2022, 5, 14);
inline constexpr source_note cpts_association_source{
    certainty::stated,
    "L.1434-12-1 (ordonnance n° 2021-584, in force 2021-05-14); CPTS existing before had until 2022-05-14 to comply (secondary source), the date used here"};

}  // namespace coordcare::effect_dates
