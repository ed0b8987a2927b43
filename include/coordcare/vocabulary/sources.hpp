// coordcare — the bibliography: every public document the library relies on (codes and articles on
// Légifrance, the national agreements as the Journal officiel publishes them, the agencies' notes and
// specifications, guides, web pages, nomenclatures and data), each with a stable key. Source notes, rule
// texts, figures and the documentation cite a document by its key in square brackets ("[ars-paca-cdc-cpts]
// étape 2: ..."), so that a reader can follow every fact to a text they can open; docs/sources.md is
// generated from this table (tools/sources_doc), and a test checks that every key cited names an entry.
//
//   sources::find("csp")->url   == "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072665"
//   sources::find("no-such-key") == nullptr
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace coordcare {

/// What kind of document a source is.
enum class source_kind : unsigned char {
    code,             ///< a code (CSP, CSS, CRPA, CPC), cited by article
    law,              ///< a law, an ordinance
    regulation,       ///< a decree, an order (arrêté)
    agreement,        ///< a national agreement between the health insurance and the professions, and its amendments
    agency_document,  ///< a regional health agency's or the health insurance's note, specifications or guide
    guide,            ///< a guide or FAQ of another publisher
    web_page,         ///< a page of an institution's site, a press article, a parliamentary report
    nomenclature,     ///< a nomenclature or a register (ANS NOS, INSEE SIRENE, COG, RPPS)
    data,             ///< a data set (the commune data, OpenFisca's parameters)
};

/// One document of the bibliography.
struct source_document {
    std::string_view key;        ///< stable, lowercase, hyphenated: "ars-paca-cdc-cpts"
    source_kind kind;
    std::string_view title;      ///< the document's own title, in its language
    std::string_view publisher;  ///< who publishes it
    std::string_view date;       ///< ISO date, year, or "undated" (with what dates it: "after 2022")
    std::string_view url;        ///< where to read it; empty when no stable address is known
    std::string_view note;       ///< what the library takes from it, and how it was read (English)
};

namespace sources {

/// Whether `key` has the form of a key: lowercase letters and digits in words joined by single hyphens,
/// beginning with a letter ("aci-cpts-2019"; not "ACI", "2019-aci", "aci--cpts" nor "aci-").
[[nodiscard]] constexpr bool well_formed_key(std::string_view key) noexcept {
    if (key.empty() || key.front() < 'a' || key.front() > 'z' || key.back() == '-') return false;
    char previous = '\0';
    for (const char c : key) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!allowed || (c == '-' && previous == '-')) return false;
        previous = c;
    }
    return true;
}

// The order is the order of docs/sources.md: by kind (codes, laws, regulations, agreements, agency documents,
// guides, web pages, nomenclatures, data); within a kind by date, but the PASS orders together.
inline constexpr std::array all{
    // ---- Codes ----------------------------------------------------------------------------------------------
    source_document{
        "csp", source_kind::code, "Code de la santé publique", "Légifrance", "in force",
        "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072665",
        "The law of the structures: ESP and ESS (L.1411-11-1), CPTS (L.1434-12 to L.1434-12-2, D.1434-44), MSP (L.6323-3) and the SISA "
        "(L.4041-1 to L.4041-4), CDS (L.6323-1 to L.6323-1-11), the health professions (part 4). Articles are cited by number, with their "
        "Légifrance id where a source gave it; each note says whether the article was read on Légifrance, on a copy, or only as another "
        "document quotes it."},
    source_document{
        "css", source_kind::code, "Code de la sécurité sociale", "Légifrance", "in force",
        "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073189",
        "L.241-3: the annual social-security ceiling (PASS) that caps a CPTS's indemnities to one professional (CSP D.1434-44); L.162-15: "
        "the approval of the national agreements (avenant 2 of the ACI CPTS was approved under it). Cited by article, not read in full."},
    source_document{
        "crpa", source_kind::code, "Code des relations entre le public et l'administration", "Légifrance", "in force",
        "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000031366350",
        "L.114-5: a request found incomplete; the delay after which the administration's silence is a decision runs only from the receipt "
        "of what was missing. The library's option to restart a delay on complements (docs/procedures.md) rests on it; whether the ARS apply "
        "it to a CPTS's health project is our reading (U)."},
    source_document{
        "cpc", source_kind::code, "Code de procédure civile", "Légifrance", "in force",
        "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070716",
        "Art. 641 (LEGIARTI000006411002): a delay in months ends on the same day number of its last month, or on that month's last day; "
        "coordcare counts every delay in months so. Art. 642, which extends a delay ending on a Saturday, a Sunday or a holiday, is not "
        "applied: it governs court procedures, not an administration's silence (our reading, U). Art. 641 read on a copy of Légifrance."},

    // ---- Laws and ordinances -------------------------------------------------------------------------------
    source_document{
        "loi-2019-774", source_kind::law,
        "Loi n° 2019-774 du 24 juillet 2019 relative à l'organisation et à la transformation du système de santé",
        "Journal officiel (JORF n° 0172 du 26 juillet 2019)", "2019-07-24", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000038821260",
        "Read as the law that made a CPTS's health project 'réputé validé' unless the ARS opposes within two months (L.1434-12), in force "
        "2019-07-27 (U: the amending article itself was not read), and that added the ESS to L.1411-11-1; its art. 64 (II) enabled "
        "[ordonnance-2021-584]."},
    source_document{
        "ordonnance-2021-584", source_kind::law,
        "Ordonnance n° 2021-584 du 12 mai 2021 relative aux communautés professionnelles territoriales de santé et aux maisons de santé",
        "Journal officiel (JORF du 13 mai 2021)", "2021-05-12", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000043496493",
        "Its art. 1 created L.1434-12-1 (a CPTS is an association under the loi du 1er juillet 1901, or under the local civil code when its "
        "seat is in Haut-Rhin, Bas-Rhin or Moselle) and L.1434-12-2 (its public-service missions); it let a SISA employ health "
        "professionals, fewer than its liberal associates (L.4041-4 II). Read on Légifrance (of L.1434-12-2, the opening only); in force "
        "2021-05-14, and existing CPTS had until 2022-05-14 to comply (a secondary source)."},
    source_document{
        "loi-2023-379", source_kind::law,
        "Loi n° 2023-379 du 19 mai 2023 portant amélioration de l'accès aux soins par la confiance aux professionnels de santé",
        "Journal officiel (JORF n° 0116 du 20 mai 2023, texte n° 2; NOR SPRX2301496L)", "2023-05-19",
        "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047561956",
        "Art. 3 (CSP L.4321-1): a physiotherapist in a coordinated structure (ESP, ESS, MSP, CDS) or a health or medico-social establishment "
        "may treat a patient without a prescription, at most 8 sessions without a prior medical diagnosis, with an initial report and a "
        "report of the care to the médecin traitant and the patient, entered in the DMP; and the experiment in CPTS ([decret-2024-618]). "
        "Read as in force 2023-05-21 (no deferral found). The article's wording was read in copies and as [guide-exercice-coordonne] "
        "quotes it, not on Légifrance (S)."},

    // ---- Regulations: decrees and orders -------------------------------------------------------------------
    source_document{
        "arrete-2015-02-23-reglement-arbitral", source_kind::regulation,
        "Arrêté du 23 février 2015 portant approbation du règlement arbitral applicable aux structures de santé pluri-professionnelles de "
        "proximité",
        "Journal officiel", "2015-02-23", "",
        "The règlement arbitral the ACI MSP replaced: its article 2 opens its remuneration to an MSP constituted as a SISA, the condition the "
        "library keeps for the ACI MSP, whose own text was not read. Read; [guide-exercice-coordonne] lists it among the MSP's texts. No "
        "Légifrance address was recorded."},
    source_document{
        "arrete-2018-02-27-centres-de-sante", source_kind::regulation, "Arrêté du 27 février 2018 relatif aux centres de santé",
        "Journal officiel", "2018-02-27", "",
        "With ordonnance n° 2018-17 and décret n° 2018-143: what a CDS's health project and rules of operation contain, and the commitment of "
        "conformity its manager gives the ARS before opening (CSP L.6323-1-11). Not read: known from CSP L.6323-1-11, which refers to it, and "
        "from a secondary summary. No Légifrance address was recorded."},
    source_document{
        "decret-2022-375", source_kind::regulation,
        "Décret n° 2022-375 du 16 mars 2022 fixant les modalités de fonctionnement des communautés professionnelles territoriales de santé",
        "Journal officiel (JORF du 17 mars 2022; NOR SSAH2207045D)", "2022-03-16",
        "https://www.legifrance.gouv.fr/eli/decret/2022/3/16/SSAH2207045D/jo/texte",
        "Created CSP D.1434-44: the indemnities or remunerations a CPTS pays one professional, summed over a calendar year, stay within the "
        "annual ceiling of CSS L.241-3 (the PASS). Read on a copy of the JORF (a law firm's publication); its JORF date and NOR are a "
        "secondary source's (S), and the address is the ELI built from them: no Légifrance id was found."},
    source_document{
        "arrete-2023-08-21-avenant-7-mk", source_kind::regulation,
        "Arrêté du 21 août 2023 portant approbation de l'avenant n° 7 à la convention nationale des masseurs-kinésithérapeutes",
        "Journal officiel", "2023-08-21", "",
        "The arrêté is named by the Conseil d'État (17 July 2024, n° 488665); its avenant makes the physiotherapists' sessions in direct "
        "access reimbursable from 22 August 2023 (secondary sources; they also give the JO of 25 August 2023, U). The library keeps that "
        "date apart from the law's ([loi-2023-379]). Not read; its title is given in the usual form of an approval; no Légifrance address "
        "was recorded."},
    source_document{
        "decret-2024-618", source_kind::regulation,
        "Décret n° 2024-618 du 27 juin 2024 relatif à l'expérimentation permettant aux masseurs-kinésithérapeutes participant à une "
        "communauté professionnelle territoriale de santé d'exercer leur art sans prescription médicale",
        "Journal officiel (JORF n° 0151 du 28 juin 2024, texte n° 25; NOR TSSS2414367D)", "2024-06-27",
        "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000049797957",
        "The experiment of direct access to physiotherapists in a CPTS, for five years, at most 8 sessions per patient without a prior "
        "medical diagnosis, in the departments an arrêté designates ([arrete-2025-06-06-acces-direct]); in force the day after its "
        "publication. Read on Légifrance."},
    source_document{
        "arrete-2025-06-06-acces-direct", source_kind::regulation, "Arrêté du 6 juin 2025", "Journal officiel", "2025-06-06", "",
        "The arrêté that designates the 20 departments of the experiment of [decret-2024-618] (Aude, Deux-Sèvres, Côtes-d'Armor, Gers, "
        "Haute-Corse, Haut-Rhin, Isère, Loiret, Martinique, Mayotte, Meurthe-et-Moselle, Nord, La Réunion, Rhône, Seine-Maritime, Tarn, "
        "Var, Vendée, Yonne, Yvelines), the experiment starting on 2025-07-15, as the regional health agencies' pages give them. Its full "
        "title and Légifrance address were not recorded."},
    source_document{
        "arrete-pass-2019", source_kind::regulation,
        "Arrêté du 11 décembre 2018 portant fixation du plafond de la sécurité sociale pour 2019", "Journal officiel (JORF du 15 décembre 2018)",
        "2018-12-11", "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000037814805",
        "The monthly ceiling of 2019, 3 377 € (40 524 € a year), as [openfisca-france] gives it with this reference (S)."},
    source_document{
        "arrete-pass-2020", source_kind::regulation,
        "Arrêté du 2 décembre 2019 portant fixation du plafond de la sécurité sociale pour 2020", "Journal officiel (JORF du 3 décembre 2019)",
        "2019-12-02", "https://www.legifrance.gouv.fr/eli/arrete/2019/12/2/SSAS1934384A/jo/texte",
        "The monthly ceiling of 2020, 3 428 € (41 136 € a year), as [openfisca-france] gives it with this reference (S)."},
    source_document{
        "arrete-pass-2021", source_kind::regulation,
        "Arrêté du 22 décembre 2020 portant fixation du plafond de la sécurité sociale pour 2021", "Journal officiel (JORF du 29 décembre 2020)",
        "2020-12-22", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000042748904",
        "The monthly ceiling of 2021, 3 428 € (41 136 € a year), unchanged; read, and as [openfisca-france] gives it."},
    source_document{
        "arrete-pass-2022", source_kind::regulation,
        "Arrêté du 15 décembre 2021 portant fixation du plafond de la sécurité sociale pour 2022", "Journal officiel (JORF du 18 décembre 2021)",
        "2021-12-15", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000044514684",
        "The monthly ceiling of 2022, 3 428 € (41 136 € a year), as [openfisca-france] gives it with this reference (S)."},
    source_document{
        "arrete-pass-2023", source_kind::regulation,
        "Arrêté du 9 décembre 2022 portant fixation du plafond de la sécurité sociale pour 2023", "Journal officiel (JORF du 16 décembre 2022)",
        "2022-12-09", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046745084",
        "The monthly ceiling of 2023, 3 666 € (43 992 € a year), as [openfisca-france] gives it with this reference (S)."},
    source_document{
        "arrete-pass-2024", source_kind::regulation,
        "Arrêté du 19 décembre 2023 portant fixation du plafond de la sécurité sociale pour 2024", "Journal officiel (JORF du 29 décembre 2023)",
        "2023-12-19", "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000048708695",
        "The monthly ceiling of 2024, 3 864 € (46 368 € a year); read, and as [openfisca-france] gives it."},
    source_document{
        "arrete-pass-2025", source_kind::regulation,
        "Arrêté du 19 décembre 2024 portant fixation du plafond de la sécurité sociale pour 2025", "Journal officiel (JORF du 29 décembre 2024)",
        "2024-12-19", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050854392",
        "The monthly ceiling of 2025, 3 925 € (47 100 € a year), as [openfisca-france] gives it with this reference (S)."},
    source_document{
        "arrete-pass-2026", source_kind::regulation,
        "Arrêté du 22 décembre 2025 portant fixation du plafond de la sécurité sociale pour 2026", "Journal officiel (JORF du 23 décembre 2025)",
        "2025-12-22", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053143451",
        "The monthly ceiling of 2026, 4 005 € (48 060 € a year); read, and as [openfisca-france] gives it."},

    // ---- National agreements -------------------------------------------------------------------------------
    source_document{
        "accord-national-cds-2015", source_kind::agreement, "Accord national des centres de santé",
        "The national health-insurance funds and the representative organisations of the health centres; Journal officiel (avis, JORF "
        "n° 0226 du 30 septembre 2015)",
        "2015-07-08", "",
        "Concluded 2015-07-08 and deemed approved by the avis of the JO of 2015-09-30, the date from which a CDS may adhere to it; a CDS "
        "adheres to it or to the contrat-type of the multi-professional structures, never both ([guide-exercice-coordonne]). Its text was "
        "not read; its full title and Légifrance address were not recorded."},
    source_document{
        "aci-msp-2017", source_kind::agreement, "Accord conventionnel interprofessionnel relatif aux structures de santé pluriprofessionnelles",
        "The Union nationale des caisses d'assurance maladie and the professions' unions; approved by arrêté du 24 juillet 2017",
        "2017-04-20", "",
        "The ACI MSP, signed 2017-04-20 and approved by the arrêté of 2017-07-24 (whose JO date was not found): remuneration in points of "
        "indicators, 7 € a point, an advance and a balance, a contract signed by a SISA or an MSP becoming one within 6 months. Its text and "
        "its table of indicators were not read: the figures are those of [ameli-aci-msp], of [cnam-guide-aci-msp] and of secondary sources "
        "(U where they are alone). No Légifrance address was recorded."},
    source_document{
        "aci-cpts-2019", source_kind::agreement,
        "Accord conventionnel interprofessionnel en faveur du développement de l'exercice coordonné et du déploiement des communautés "
        "professionnelles territoriales de santé",
        "The Union nationale des caisses d'assurance maladie and the professions' unions; approved by arrêté du 21 août 2019 (NOR "
        "SSAS1924409A, JORF n° 0196 du 24 août 2019)",
        "2019-06-20", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000038954739",
        "The ACI CPTS: the sizes by population, the missions and their calendar, the fonctionnement paid at signature (art. 9.1), the 75 % "
        "advances, the five-year contract and its contrat-type. Arts. 8 and 9.1 and the contrat-type were read on a copy of the JORF "
        "(juriblio.fr); the table of amounts by mission was not found. In force from 2019-08-25. The Légifrance id is the one "
        "[ars-paca-cdc-cpts] links; it was not checked on Légifrance (U)."},
    source_document{
        "aci-cpts-avenant-2", source_kind::agreement,
        "Avenant 2 à l'accord conventionnel interprofessionnel en faveur du développement de l'exercice coordonné et du déploiement des "
        "communautés professionnelles territoriales de santé",
        "The Union nationale des caisses d'assurance maladie and the professions' unions; approved by an avis of the Journal officiel "
        "(CSS L.162-15)",
        "2021-12-20", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000045443303",
        "Signed 2021-12-20 ([ameli-avenant-2-cpts]); approved not by an arrêté but by an avis (read on Légifrance: its approval sentence), "
        "published in the JO of 2022-03-31 (a secondary source, and [ars-paca-cdc-cpts]). It makes the response to serious health crises a "
        "fourth socle mission and raises the maxima; only its preamble was read (on juriblio.fr): its amounts, its date of effect and its "
        "clause on the contracts already signed are known from other sources or not at all (U)."},
    source_document{
        "aci-msp-avenant-1", source_kind::agreement,
        "Avenant 1 à l'accord conventionnel interprofessionnel relatif aux structures de santé pluriprofessionnelles",
        "The Union nationale des caisses d'assurance maladie and the professions' unions; approved by an avis of the Journal officiel",
        "2022", "https://juriblio.fr/docs/avis-divers/180349997/annexe/314567732",
        "Published in the JO of 2022-08-03 (secondary sources); signed on 2022-03-04 or 2022-04-11 depending on the source (U). Its "
        "indicators and points are taken from [cnam-guide-aci-msp], the minimum advance of 12 000 € from one secondary source (U). The "
        "address is a copy of the JORF (its annex II, the avenant); its clauses were not read there; no Légifrance id was recorded."},

    // ---- Agency documents ---------------------------------------------------------------------------------
    source_document{
        "ars-idf-cpts", source_kind::agency_document, "Les communautés professionnelles territoriales de santé (CPTS)",
        "ARS Île-de-France", "2021", "",
        "The agency's presentation of the CPTS: the definition of L.1434-12, the statute that guarantees 'une pluriprofessionnalité', the "
        "three socle missions of 2021, the yearly maxima by size (220 000 to 450 000 €), the letter of intent or pre-project the ARS "
        "validates and its phase-1 aid of at most 30 000 €, the contract's follow-up 'au moins une fois par an', and the CPTS of Paris at "
        "2021-10-25. The title describes the note, which the library read as a document without its own address: none was recorded."},
    source_document{
        "ars-paca-cdc-cpts", source_kind::agency_document, "CPTS – Cahier des charges régional PACA",
        "ARS Provence-Alpes-Côte d'Azur and the Assurance Maladie", "undated (after 2022-03-31: it cites avenant 2's publication)",
        "https://www.paca.paps.sante.fr/",
        "The regional specifications, with their annexes (the templates of the letter of intent, of the health project and of the action "
        "sheet; the support structures): the procedure in five steps (letter of intent, the CCOPD and a decision within a month, a health "
        "project recommended within a year, the two months of L.1434-12 suspended on a request for complements, the five-year contract), an "
        "ESP of at least a GP and a paramedical, one CPTS per territory and the region covered without white zone nor overlap, the FIR aids "
        "(40 000 € and 25 000 €, the template saying 20 000 €), the territory as communes with their postal codes. The address is the "
        "regional portal on which the document says it is published."},
    source_document{
        "cnam-guide-aci-msp", source_kind::agency_document, "Guide des indicateurs ACI – Avenant 1",
        "Caisse nationale de l'Assurance Maladie (Cnam)", "2022-10", "",
        "The indicators of the ACI MSP after its avenant 1, with their fixed and variable points, the points with an IPA, the proration on "
        "a patientèle of 4 000 patients, and its worked example ('4 400 points × 7 euros = 30 800 euros'). Read in a third-party copy, "
        "whose address was not recorded."},
    source_document{
        "ars-paca-plan-crise", source_kind::agency_document,
        "Guide méthodologique d'élaboration du plan de gestion de crise sanitaire des CPTS", "ARS Provence-Alpes-Côte d'Azur", "2023",
        "https://paca.ars.sante.fr/guide-methodologique-delaboration-du-plan-de-gestion-de-crise-sanitaire-des-cpts",
        "'les CPTS doivent rédiger d'ici 2024 un plan d'actions' for exceptional health crises, on national guidelines known since December "
        "2022: read as binding every CPTS under avenant 2, contracts already signed included (U: the avenant's own clause was not read). "
        "The title is the page's, as its address gives it."},

    // ---- Guides and FAQs ----------------------------------------------------------------------------------
    source_document{
        "guichet-cpts-faq-4", source_kind::guide, "Quelles différences entre la CPTS & les autres structures d'exercice coordonné ? (FAQ n°4)",
        "Le guichet CPTS (its links point to the URPS médecins libéraux d'Occitanie, medecin-occitanie.org)",
        "undated (after avenant 1 of the ACI MSP, 2022)", "",
        "The comparison of ESP, ESS, MSP and CPTS: an ESP's first-recourse professionals and its GP, an MSP's two general practitioners at "
        "least, the legal forms ('Association pour obtention d'un FIR', 'SISA pour financement ACI'), the FIR aids (30 000 € in at most 3 "
        "payments over 3 years, 50 000 € in 2 over 2 years, 50 000 € in 2 over 6 months; the region is not stated, so the library files "
        "them as Occitanie's doctrine, U), the ACI's 382 500 € for a size-2 CPTS, and the Légifrance ids of L.1411-11-1, L.1434-12 and "
        "L.6323-3 as it links them. Read in two forms of the same FAQ (a PDF and a web page), which agree; the FAQ's own address was not "
        "recorded."},
    source_document{
        "guide-exercice-coordonne", source_kind::guide,
        "Guide juridique des structures d'exercice coordonné (MSP, CDS, ESP, ESS, CPTS) et de l'accès direct aux masseurs-kinésithérapeutes",
        "not stated in the text", "2024 (it cites the décret published on 2024-06-28)", "",
        "For each structure its texts, composition, legal form, health project and funding: an ESP of at least two health professionals, "
        "one a GP; its project signed by all and sent to the ARS; an association recommended to an ESS for funding; an MSP between health "
        "professionals, others signing its project but never associates; a CDS under the accord national or the contrat-type, never both; "
        "the six missions of L.1434-12-2; the yearly cap of D.1434-44 'durant une année civile'; direct access to physiotherapists and its "
        "experiment in CPTS. The text read states neither its title nor its publisher: the title above describes it; no address was "
        "recorded."},

    // ---- Web pages: institutions, press, Parliament ------------------------------------------------------
    source_document{
        "qdm-2019-11-21-cpts", source_kind::web_page, "Missions, financement, montants : le b.a.-ba", "Le Quotidien du médecin",
        "2019-11-21",
        "https://medecine-generale.lequotidiendumedecin.fr/actus-medicales/politique-de-sante/missions-financement-montants-le-ba-ba",
        "The ACI CPTS of 2019 as the press explained it: the sizes by population, the fonctionnement by size, and the yearly maxima "
        "'jusqu'à 220 000 euros par an pour la taille 1 … 287 000 … 370 000 … 450 000 euros pour la taille 4', 'des montants maximum (qui "
        "incluent le financement spécifique lié à l'organisation des soins non programmés)'. Press (S)."},
    source_document{
        "fmf-2020-avenant-2", source_kind::web_page, "On the draft avenant 2 of the ACI CPTS (title not recorded)",
        "Fédération des médecins de France (FMF)", "2020-11", "https://fmfpro.org/?p=2134",
        "A union on the draft of December 2020: 'une rallonge de 75 % du financement attribué dès la signature du contrat' for every CPTS "
        "signing (or having signed) before 2021-12-31, 87 500 / 105 000 / 131 250 / 157 500 €, 'Celles qui ont déjà touché ce financement "
        "auront un complément'. A draft the FMF then refused to sign; whether the signed avenant kept it was not read (U)."},
    source_document{
        "qdm-compromis-cnam", source_kind::web_page, "Accord interpro : le nouveau compromis que propose la Cnam", "Le Quotidien du médecin",
        "undated (late 2020 or early 2021)",
        "https://rhumatologie.lequotidiendumedecin.fr/liberal/assurance-maladie/accord-interpro-le-nouveau-compromis-que-propose-la-cnam",
        "The Cnam's proposal during the negotiation of avenant 2: 75 % more fonctionnement, 'Ce financement additionnel concerne les "
        "communautés adhérentes à l'ACI « avant le 31 décembre 2021 », y compris en 2019 et 2020'. A proposal, not the signed text (U); "
        "the article's date was not shown."},
    source_document{
        "ameli-avenant-2-cpts", source_kind::web_page, "ACI : signature d'un avenant favorisant l'exercice coordonné et la création de CPTS",
        "Assurance Maladie (ameli.fr)", "undated (after 2021-12-20)",
        "https://www.ameli.fr/orthophoniste/actualites/aci-signature-d-un-avenant-favorisant-l-exercice-coordonne-et-la-creation-de-cpts",
        "The signature of avenant 2 by the Uncam and the unions of every health profession 'le 20 décembre 2021', and 'La CPTS doit ainsi "
        "répondre désormais à 4 missions socles obligatoires' (the crisis response the fourth), read as binding every CPTS under the ACI. "
        "Read on the speech therapists' edition of the news (the other professions' were not checked); the title is the page's as its "
        "address gives it; the page's date was not shown."},
    source_document{
        "pharmacien-de-france-2022-01-06", source_kind::web_page, "CPTS : des mesures incitatives", "Le Pharmacien de France", "2022-01-06",
        "http://lepharmaciendefrance.fr/actualite-web/cpts-des-mesures-incitatives",
        "After avenant 2: a CPTS above 175 000 inhabitants with every mission deployed 'peut à présent atteindre 580 000 euros, contre "
        "450 000 euros précédemment' (the size-4 yearly maximum); the SML's page agrees. Press (S); the title is the page's as its address "
        "gives it."},
    source_document{
        "ameli-aci-msp", source_kind::web_page, "The ACI of the multi-professional health structures (pages for professionals; title not recorded)",
        "Assurance Maladie (ameli.fr)", "undated", "",
        "The ACI MSP as the health insurance presents it: 'la valeur du point est fixée à 7 euros', 'La référence de 4 000 patients constitue "
        "l'assiette à partir de laquelle une proratisation est effectuée', the advance of 60 % 'dans les 3 mois suivant votre "
        "contractualisation … ou au plus tard le 30 avril de l'année n' and the balance 'au plus tard le 30 avril de l'année n + 1', and a "
        "contract open to an MSP whose health project the ARS validated. Read on ameli.fr (C for these figures); the pages' addresses were "
        "not recorded."},
    source_document{
        "ars-paca-acces-direct", source_kind::web_page, "Direct access to physiotherapists (page title not recorded)",
        "ARS Provence-Alpes-Côte d'Azur", "undated (after 2023-08-22)", "",
        "The agency's page on direct access: the settings (health establishments, social and medico-social establishments, ESP and ESS, CDS, "
        "MSP; not the CPTS) and the date of 22 August 2023, which the library reads as the date of effect of the physiotherapists' avenant 7 "
        "([arrete-2023-08-21-avenant-7-mk]), not the law's; it links [loi-2023-379]. Its address was not recorded."},
    source_document{
        "paps-hdf-aci-cpts", source_kind::web_page, "Le financement de la CPTS : l'accord conventionnel interprofessionnel (ACI)",
        "ARS Hauts-de-France, Portail d'accompagnement des professionnels de santé (PAPS)", "2023-11-30 (last updated)",
        "https://www.hauts-de-france.paps.sante.fr/le-financement-de-la-cpts-laccord-conventionnel-interprofessionnel-aci?parent=11940&rubrique=11937",
        "The ACI's calendar of the missions, in months after the contract's signature to start and to be deployed (access to care and the "
        "crisis response 6 and 18, pathways and prevention 12 and 24), and the sizes by population. S: the agreement's own table was not "
        "read; the title is the page's as its address gives it."},
    source_document{
        "senat-r25-032", source_kind::web_page, "Rapport d'information n° 32 (2025-2026) (title not recorded)", "Sénat",
        "2025 (session 2025-2026)", "https://www.senat.fr/rap/r25-032/r25-0325.html",
        "The ACI CPTS's payments as the report describes them: the fonctionnement 'comprise entre 50 000 et 90 000 euros' by size, paid at "
        "signature; 75 % of a mission's fixed part at its start, prorated to the contract's anniversary; at each anniversary the balance "
        "of the year before and 75 % of the year. Read on senat.fr: a secondary source for the agreement's articles (S)."},

    // ---- Nomenclatures and registers ----------------------------------------------------------------------
    source_document{
        "ans-nos", source_kind::nomenclature, "Nomenclatures des objets de santé (NOS)", "Agence du numérique en santé (ANS)",
        "TRE_G15 of 2025-03-28", "",
        "The codes the library matches on: TRE_G15 ProfessionSante (OID 1.2.250.1.71.1.2.7; codes 35 to 39 closed on 2024-12-13), TRE_R38 "
        "the doctors' specialties (general practice SM54), TRE_R23 the practice modes, TRE_R66 the structure categories (no code for an "
        "ESP), TRE_R95 the titles outside TRE_G15. Read in the ANS's files (C); no stable address was recorded."},
    source_document{
        "ans-rpps", source_kind::nomenclature, "Répertoire partagé des professionnels intervenant dans le système de santé (RPPS)",
        "Agence du numérique en santé (ANS)", "undated", "https://github.com/ansforge/IG-fhir-annuaire",
        "The RPPS number: 11 digits; the national identifier of a professional is '8' + the RPPS number (the ANS's FHIR guides); its last "
        "digit read as a Luhn key, as in the ANS's own example 10000001916 — no ANS text states the algorithm (U). The address is the ANS's "
        "guide whose example was read."},
    source_document{
        "insee-sirene", source_kind::nomenclature, "Répertoire SIRENE des entreprises et de leurs établissements", "INSEE", "undated", "",
        "The SIREN (9 digits) and the SIRET, the SIREN followed by the establishment's NIC (5 digits), both with a Luhn key: INSEE's "
        "definitions (S). No address was recorded."},
    source_document{
        "insee-cog", source_kind::nomenclature, "Code officiel géographique (COG)", "INSEE", "each year, from 2019", "",
        "The communes, municipal arrondissements, departments and regions of each year with their codes, and the populations légales that "
        "come with them (the population municipale); read through [etalab-decoupage-administratif], one vintage a year. No address was "
        "recorded."},

    // ---- Data ------------------------------------------------------------------------------------------------
    source_document{
        "etalab-decoupage-administratif", source_kind::data, "@etalab/decoupage-administratif", "Etalab (data.gouv.fr), npm package",
        "0.7.0 (COG 2019) to 6.0.0 (COG 2026)", "https://www.npmjs.com/package/@etalab/decoupage-administratif",
        "The commune data of data/: one version of the package for each vintage of [insee-cog] (0.7.0, 1.1.1, 2.2.1, 3.1.1, 4.0.0, 5.2.0, "
        "6.0.0; none follows COG 2020), each checked against the integrity the npm registry publishes and extracted by "
        "scripts/communes/update.sh; Licence Ouverte 2.0 (data/README.md). Source: https://github.com/datagouv/decoupage-administratif."},
    source_document{
        "openfisca-france", source_kind::data, "OpenFisca-France", "OpenFisca", "2026-01-06 (last change to its pss parameters read)",
        "https://github.com/openfisca/openfisca-france",
        "Its parameters of the social-security ceiling (prelevements_sociaux/pss: plafond_securite_sociale_annuel.yaml and "
        "plafond_securite_sociale_mensuel.yaml): the PASS of each year with the references of the arrêtés ([arrete-pass-2019] to "
        "[arrete-pass-2026]); the annual value checked to be 12 × the monthly one for every year (S)."},
};

/// The document of that key, or nullptr.
[[nodiscard]] constexpr const source_document* find(std::string_view key) noexcept {
    for (const auto& s : all)
        if (s.key == key) return &s;
    return nullptr;
}

/// Whether every key of `all` is well formed and names one document only, and the documents are in the order
/// of their kinds (that of docs/sources.md).
[[nodiscard]] constexpr bool keys_are_valid() noexcept {
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (!well_formed_key(all[i].key)) return false;
        if (i > 0 && all[i].kind < all[i - 1].kind) return false;
        for (std::size_t j = i + 1; j < all.size(); ++j)
            if (all[i].key == all[j].key) return false;
    }
    return true;
}

static_assert(keys_are_valid(), "sources::all: a key is malformed or repeated, or a document is out of the order of its kind");

}  // namespace sources
}  // namespace coordcare
