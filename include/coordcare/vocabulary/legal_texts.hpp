// coordcare — the catalogue of legal texts and articles the library cites, each written once with
// its source. Rules and figures refer to these constants; nothing else spells an article number. Each text
// names its entry in the bibliography (sources.hpp); each note cites the documents it rests on by key.
#pragma once

#include <coordcare/vocabulary/legal_reference.hpp>

namespace coordcare::legal {

// ---- Texts -------------------------------------------------------------------------------------
// Each names its entry in the bibliography (vocabulary/sources.hpp, docs/sources.md).

/// Code de la santé publique (Public Health Code).
inline constexpr legal_text csp{"CSP", "Code de la santé publique", "Public Health Code", "LEGITEXT000006072665", "csp"};
/// Code de la sécurité sociale (Social Security Code).
inline constexpr legal_text css{"CSS", "Code de la sécurité sociale", "Social Security Code", "LEGITEXT000006073189", "css"};
/// Code des relations entre le public et l'administration (the rules of an administration's answers to a request).
inline constexpr legal_text crpa{"CRPA", "Code des relations entre le public et l'administration", "Code of relations between the public and the administration",
                                 "LEGITEXT000031366350", "crpa"};
/// Loi n° 2019-774 du 24 juillet 2019 (organisation and transformation of the health system).
inline constexpr legal_text law_2019_774{"Loi n° 2019-774", "Loi n° 2019-774 du 24 juillet 2019 relative à l'organisation et à la transformation du système de santé",
                                         "Law 2019-774 of 24 July 2019 on the organisation and transformation of the health system", "JORFTEXT000038821260",
                                         "loi-2019-774"};
/// Loi n° 2023-379 du 19 mai 2023 (direct access to some health professionals).
inline constexpr legal_text law_2023_379{"Loi n° 2023-379", "Loi n° 2023-379 du 19 mai 2023 portant amélioration de l'accès aux soins par la confiance aux professionnels de santé",
                                         "Law 2023-379 of 19 May 2023 on access to care", "JORFTEXT000047561956", "loi-2023-379"};
/// Ordonnance n° 2021-584 du 12 mai 2021 (CPTS and MSP legal forms, SISA employees).
inline constexpr legal_text ordinance_2021_584{"Ordonnance n° 2021-584", "Ordonnance n° 2021-584 du 12 mai 2021 relative aux communautés professionnelles territoriales de santé et aux maisons de santé",
                                               "Ordinance 2021-584 of 12 May 2021 on CPTS and MSP", "JORFTEXT000043496493", "ordonnance-2021-584"};
/// Décret n° 2022-375 du 16 mars 2022 (how CPTS work; the indemnities of their members: CSP D.1434-44).
inline constexpr legal_text decree_2022_375{"Décret n° 2022-375", "Décret n° 2022-375 du 16 mars 2022 fixant les modalités de fonctionnement des communautés professionnelles territoriales de santé",
                                            "Decree 2022-375 of 16 March 2022 on how CPTS work", "", "decret-2022-375"};
/// Accord conventionnel interprofessionnel relatif aux structures de santé pluriprofessionnelles
/// (ACI MSP), signed 2017-04-20, approved by the arrêté of 2017-07-24.
inline constexpr legal_text aci_msp_2017{"ACI MSP", "Accord conventionnel interprofessionnel relatif aux structures de santé pluriprofessionnelles (2017)",
                                         "Interprofessional agreement on multi-professional health structures (2017)", "", "aci-msp-2017"};
/// Its avenant n° 1, published in the JO of 2022-08-03 (signed 2022-03-04 or 2022-04-11 by source).
inline constexpr legal_text aci_msp_avenant_1{"ACI MSP, avenant 1", "Avenant n° 1 à l'accord conventionnel interprofessionnel relatif aux structures de santé pluriprofessionnelles (2022)",
                                              "Amendment 1 to the interprofessional agreement on multi-professional health structures (2022)", "", "aci-msp-avenant-1"};
/// Décret n° 2024-618 du 27 juin 2024 (JORF of 2024-06-28): the experiment of direct access to physiotherapists in CPTS.
inline constexpr legal_text decree_2024_618{"Décret n° 2024-618", "Décret n° 2024-618 du 27 juin 2024 relatif à l'expérimentation de l'accès direct aux masseurs-kinésithérapeutes dans les CPTS",
                                            "Decree 2024-618 on the experiment of direct access to physiotherapists in CPTS", "", "decret-2024-618"};
/// Accord national des centres de santé, concluded 2015-07-08, deemed approved (JO 2015-09-30).
inline constexpr legal_text cds_national_agreement_2015{"Accord national CDS", "Accord national des centres de santé (2015)",
                                                        "National agreement of health centres (2015)", "", "accord-national-cds-2015"};
/// Accord conventionnel interprofessionnel en faveur du développement de l'exercice coordonné et du
/// déploiement des CPTS (ACI CPTS), signed 2019-06-20, approved by the arrêté du 21 août 2019 (NOR
/// SSAS1924409A, JO n° 196 of 2019-08-24), with its contrat-type in annex.
inline constexpr legal_text aci_cpts_2019{"ACI CPTS",
                                          "Accord conventionnel interprofessionnel en faveur du développement de l'exercice coordonné et du déploiement des communautés professionnelles territoriales de santé (2019)",
                                          "Interprofessional agreement on coordinated practice and the deployment of CPTS (2019)", "JORFTEXT000038954739",
                                          "aci-cpts-2019"};
/// Its avenant n° 2, signed 2021-12-20, approved by an avis published in the JO of 2022-03-31.
inline constexpr legal_text aci_cpts_avenant_2{"ACI CPTS, avenant 2", "Avenant n° 2 à l'accord conventionnel interprofessionnel CPTS (2021)",
                                               "Amendment 2 to the interprofessional agreement on CPTS (2021)", "JORFTEXT000045443303", "aci-cpts-avenant-2"};
/// The doctrine of a regional health agency (ARS) that the caller names: not a legal text, a regional choice.
inline constexpr legal_text ars_doctrine{"Doctrine ARS", "Doctrine régionale de l'agence régionale de santé",
                                         "Regional doctrine of the regional health agency", ""};
/// ARS Provence-Alpes-Côte d'Azur and the Assurance Maladie, "CPTS – Cahier des charges régional PACA" (2022).
inline constexpr legal_text ars_paca_cpts{"ARS PACA, cahier des charges CPTS", "CPTS – Cahier des charges régional PACA",
                                          "ARS PACA, regional specifications for CPTS", "", "ars-paca-cdc-cpts"};
/// ARS Île-de-France, its presentation of the CPTS (2021).
inline constexpr legal_text ars_idf_cpts{"ARS Île-de-France, note CPTS", "ARS Île-de-France, les communautés professionnelles territoriales de santé",
                                         "ARS Île-de-France, note on CPTS", "", "ars-idf-cpts"};
/// "Quelles différences entre la CPTS & les autres structures d'exercice coordonné ?", FAQ n°4 of the CPTS help desk.
inline constexpr legal_text guichet_cpts_faq{"FAQ n°4 du guichet CPTS", "Quelles différences entre la CPTS & les autres structures d'exercice coordonné ? (FAQ n°4, Le guichet CPTS)",
                                             "FAQ 4 of the CPTS help desk", "", "guichet-cpts-faq-4"};
/// The legal guide to the coordinated-practice structures, with its focus on direct access (2024).
inline constexpr legal_text coordinated_practice_guide{"Guide de l'exercice coordonné", "Guide juridique des structures d'exercice coordonné (MSP, CDS, ESP, ESS, CPTS) et de l'accès direct",
                                                       "Legal guide to the coordinated-practice structures", "", "guide-exercice-coordonne"};
/// ANS nomenclatures (NOS): TRE_G15 professions, TRE_R38 specialties, TRE_R23 practice modes, TRE_R66
/// structure categories, TRE_R95 other titles.
inline constexpr legal_text ans_nos{"NOS", "Nomenclatures des objets de santé (ANS)", "Health object nomenclatures (ANS)", "", "ans-nos"};
/// ANS: the RPPS (répertoire partagé des professionnels de santé), the national identifier of a health professional.
inline constexpr legal_text ans_rpps{"RPPS", "Répertoire partagé des professionnels intervenant dans le système de santé (ANS)",
                                     "Shared directory of health professionals (ANS)", "", "ans-rpps"};
/// INSEE's SIRENE register of companies and establishments: SIREN, NIC, SIRET.
inline constexpr legal_text insee_sirene{"SIRENE", "Répertoire SIRENE des entreprises et de leurs établissements (INSEE)",
                                         "SIRENE register of companies and establishments (INSEE)", "", "insee-sirene"};
/// INSEE's Code officiel géographique (COG): the communes, municipal arrondissements, departments and
/// regions of each year, with their codes; the legal populations come with it.
inline constexpr legal_text insee_cog{"COG", "Code officiel géographique (INSEE)", "Official geographic code (INSEE)", "", "insee-cog"};
/// The coordcare dossier format (docs/json-format.md): what a record of it must hold to mean anything.
inline constexpr legal_text dossier_format{"Format coordcare", "Format de dossier coordcare (docs/json-format.md)", "The coordcare dossier format (docs/json-format.md)",
                                           ""};

// ---- Articles ----------------------------------------------------------------------------------
// An article's Légifrance id (LEGIARTI…) is kept where a source gave it; a link then opens the article.
// A reference to an agreement whose article was not identified says so in its source note.

/// CSP L.1411-11: first-recourse care (soins de premier recours), what it covers.
inline constexpr legal_reference csp_L1411_11{csp, "L.1411-11", "",
                                              {certainty::uncertain, "which professions provide it is our reading of the article (see profession_table)"}};
/// CSP L.1411-11-1: équipes de soins primaires (ESP) and spécialisés (ESS).
inline constexpr legal_reference csp_L1411_11_1{csp, "L.1411-11-1", "LEGIARTI000038886353",
                                                {certainty::stated, "article id as the CPTS help desk links it [guichet-cpts-faq-4]"}};
/// CSP L.1411-11-1 read by the legal guide: an ESP counts at least two health professionals.
inline constexpr legal_reference csp_L1411_11_1_composition{
    csp, "L.1411-11-1", "LEGIARTI000038886353",
    {certainty::stated,
     "the law: 'un ensemble de professionnels de santé constitué autour de médecins généralistes'; the legal guide: 'L'ESP doit au minimum "
     "être composée de deux professionnels de santé, dont au moins un médecin généraliste' [guide-exercice-coordonne]"}};
/// CSP L.1411-11-1 read by the legal guide: the ESP's health project is signed by all its professionals.
inline constexpr legal_reference guide_esp_project_signed{
    csp, "L.1411-11-1", "LEGIARTI000038886353",
    {certainty::stated,
     "the law: 'sur la base d'un projet de santé qu'ils élaborent'; the legal guide: 'Le projet de santé est signé par l'ensemble des "
     "professionnels de santé de l'ESP et il est transmis à l'ARS pour validation' [guide-exercice-coordonne]"}};
/// The legal guide on the ESS's legal form: an association is recommended to receive funding.
inline constexpr legal_reference guide_ess_association{
    coordinated_practice_guide, "ESS, forme juridique", "",
    {certainty::stated, "'il est recommandé de créer l'ESS sous Association loi 1901 pour obtention financement' [guide-exercice-coordonne]; no article"}};
/// CSP L.1434-12: communautés professionnelles territoriales de santé (CPTS).
inline constexpr legal_reference csp_L1434_12{csp, "L.1434-12", "LEGIARTI000038886440",
                                              {certainty::stated, "article id as the CPTS help desk links it [guichet-cpts-faq-4]"}};
/// CSP L.1434-12 and the ARS Île-de-France note: a CPTS's members are of several professions.
inline constexpr legal_reference csp_L1434_12_pluriprofessional{
    csp, "L.1434-12", "LEGIARTI000038886440",
    {certainty::stated,
     "the law lists health professionals, first- and second-recourse actors, medico-social and social actors; the statute guarantees 'une "
     "pluriprofessionnalité' [ars-idf-cpts]"}};
/// CSP L.1434-12-1: legal form of a CPTS (association loi 1901, or local law in 57, 67, 68).
inline constexpr legal_reference csp_L1434_12_1{csp, "L.1434-12-1", "",
                                                {certainty::confirmed, "created by [ordonnance-2021-584] art. 1 (text read); article id not confirmed"}};
/// CSP L.1434-12-2: the public-service missions a CPTS may take on by a convention with the ARS and the CPAM.
inline constexpr legal_reference csp_L1434_12_2{
    csp, "L.1434-12-2", "",
    {certainty::stated, "created by [ordonnance-2021-584] (its opening read); the six missions as [guide-exercice-coordonne] lists them"}};
/// CSP D.1434-44: a CPTS's indemnities to one professional in a calendar year stay within the PASS.
inline constexpr legal_reference csp_D1434_44{
    csp, "D.1434-44", "",
    {certainty::stated,
     "created by [decret-2022-375] (read on a copy of the JORF): 'Pour chaque professionnel, membre de la communauté ou exerçant dans une "
     "structure adhérente à la communauté, la somme totale des indemnités ou rémunérations perçues durant une année civile ne peut excéder la "
     "valeur annuelle d'un plafond' [guide-exercice-coordonne], the ceiling of CSS L.241-3"}};
/// CSP L.4041-1: associates of a SISA are natural persons of a medical, auxiliary or pharmacy profession.
inline constexpr legal_reference csp_L4041_1{csp, "L.4041-1", "", {certainty::confirmed, "[csp]; article id unknown"}};
/// CSP L.4041-4 (I): a SISA counts at least two doctors and one medical auxiliary among its associates.
inline constexpr legal_reference csp_L4041_4{csp, "L.4041-4", "LEGIARTI000024460246",
                                             {certainty::confirmed, "text read in LEGI (version of 2021-05-14); [guide-exercice-coordonne] cites it"}};
/// CSP L.4041-4 (II): the health professionals a SISA employs are fewer than its liberal associates.
inline constexpr legal_reference csp_sisa_salaried{
    csp, "L.4041-4 (II)", "LEGIARTI000024460246",
    {certainty::confirmed,
     "'Le nombre de professionnels de santé ... pouvant être salariés par une société interprofessionnelle de soins ambulatoires est "
     "inférieur au nombre des professionnels de santé libéraux associés' ([ordonnance-2021-584])"}};
/// CSP L.6323-1: centres de santé (CDS).
inline constexpr legal_reference csp_L6323_1{csp, "L.6323-1", "", {certainty::confirmed, "[csp]; article id unknown"}};
/// CSP L.6323-1-5: the professionals of a CDS are salaried.
inline constexpr legal_reference csp_L6323_1_5{
    csp, "L.6323-1-5", "",
    {certainty::stated, "'Les professionnels qui exercent au sein des centres de santé sont salariés' (read in translation); [guide-exercice-coordonne]"}};
/// CSP L.6323-1-10: the health project of a CDS.
inline constexpr legal_reference csp_L6323_1_10{
    csp, "L.6323-1-10", "", {certainty::confirmed, "named as the health project's article by L.6323-1-11 (LEGIARTI000036494903)"}};
/// ACI MSP 2017: the contract is signed by an MSP constituted as a SISA (or becoming one within 6 months).
inline constexpr legal_reference aci_msp_sisa{
    aci_msp_2017, "", "",
    {certainty::stated,
     "no article identified: the ACI's text was not read; the règlement arbitral of 2015 it replaced states the condition in its article 2 "
     "([arrete-2015-02-23-reglement-arbitral], read)"}};
/// A CDS adheres to the accord national or to the contrat-type, never both.
inline constexpr legal_reference cds_single_agreement{
    cds_national_agreement_2015, "", "",
    {certainty::stated, "no article identified: 'les centres de santé ne peuvent pas adhérer aux 2 contrats' [guide-exercice-coordonne]"}};
/// The help desk's FAQ n°4: FIR is paid to an ESP or ESS constituted as an association.
inline constexpr legal_reference faq_fir_association{guichet_cpts_faq, "ESP, forme juridique", "",
                                                     {certainty::stated, "'Association pour obtention d'un FIR' [guichet-cpts-faq-4]"}};
/// The minimum composition of an ESP set by the region's ARS.
inline constexpr legal_reference ars_esp_minimum{ars_doctrine, "composition minimale d'une ESP", "",
                                                 {certainty::stated, "the doctrine preset carries its own source (ARS PACA: [ars-paca-cdc-cpts])"}};
/// ACI MSP: the remuneration in points of the indicators, the advance and the balance (its articles were
/// not identified: the figures are those of ameli.fr and of the Cnam's guide).
inline constexpr legal_reference aci_msp_remuneration{
    aci_msp_2017, "", "", {certainty::stated, "no article identified: [ameli-aci-msp] and the Cnam's guide [cnam-guide-aci-msp] state the figures"}};
/// The FIR (fonds d'intervention régional) start-up aid: no national rule, each ARS's doctrine.
inline constexpr legal_reference fir_start_up_aid{ars_doctrine, "aide au démarrage (FIR)", "",
                                                  {certainty::confirmed, "no national rule: each region's doctrine; the preset carries its source"}};
/// Loi n° 2023-379, art. 3 (CSP L.4321-1): direct access to physiotherapists in coordinated structures and
/// establishments, at most 8 sessions without a medical diagnosis, a report to the patient and the médecin
/// traitant, entered in the DMP.
inline constexpr legal_reference direct_access_physiotherapists{
    law_2023_379, "art. 3", "",
    {certainty::stated, "[loi-2023-379] art. 3, as [guide-exercice-coordonne] and the agencies quote it; the article was not read on Légifrance"}};
/// Décret n° 2024-618: direct access in a CPTS, as an experiment in some departments for five years.
inline constexpr legal_reference direct_access_cpts_experiment{
    decree_2024_618, "", "",
    {certainty::confirmed, "[decret-2024-618] (read) and the arrêté of 2025-06-06 listing the departments [arrete-2025-06-06-acces-direct]"}};
/// CSP L.6323-1-3: who may create and manage a CDS.
inline constexpr legal_reference csp_L6323_1_3{csp, "L.6323-1-3", "LEGIARTI000036494924", {certainty::confirmed, "[csp]"}};
/// CSP L.6323-3: maisons de santé (MSP).
inline constexpr legal_reference csp_L6323_3{csp, "L.6323-3", "LEGIARTI000038886477",
                                             {certainty::stated, "article id as the CPTS help desk links it [guichet-cpts-faq-4]"}};
/// The minimum composition of an MSP: two general practitioners, under the cahier des charges that
/// L.6323-3 requires.
inline constexpr legal_reference msp_composition{
    csp, "L.6323-3", "LEGIARTI000038886477",
    {certainty::stated,
     "L.6323-3: 'dans le respect d'un cahier des charges déterminé par arrêté du ministre chargé de la santé'; the minimum of 2 GPs is the CPTS "
     "help desk's ('Au moins 2 médecins généralistes' [guichet-cpts-faq-4]); the cahier des charges's text was not read"}};
/// CSP L.6327-2: dispositifs d'appui à la coordination (DAC).
inline constexpr legal_reference csp_L6327_2{csp, "L.6327-2", "", {certainty::uncertain, "article number from general knowledge; not read"}};
/// CSP, part 4: the health professions (medical, pharmacy, medical auxiliaries).
inline constexpr legal_reference csp_part_4{csp, "partie 4 (L.4111-1 à L.4394-4)", "", {certainty::confirmed, "[csp], fourth part"}};
/// TRE_G15 ProfessionSante, OID 1.2.250.1.71.1.2.7.
inline constexpr legal_reference nos_tre_g15{ans_nos, "TRE_G15 ProfessionSante", "",
                                             {certainty::confirmed, "[ans-nos] TRE_G15 (OID 1.2.250.1.71.1.2.7), version of 2025-03-28"}};
/// TRE_R38 SpecialiteOrdinale, OID 1.2.250.1.213.2.28: the doctors' specialties (general practice: SM54).
inline constexpr legal_reference nos_tre_r38{ans_nos, "TRE_R38 SpecialiteOrdinale", "",
                                             {certainty::confirmed, "[ans-nos] TRE_R38 (OID 1.2.250.1.213.2.28); general practice is SM54 'Médecine générale'"}};
/// TRE_R23: practice modes (modes d'exercice).
inline constexpr legal_reference nos_tre_r23{ans_nos, "TRE_R23", "", {certainty::confirmed, "[ans-nos] TRE_R23"}};
/// TRE_R66: structure categories (catégories d'établissement).
inline constexpr legal_reference nos_tre_r66{ans_nos, "TRE_R66", "", {certainty::confirmed, "[ans-nos] TRE_R66, OID 1.2.250.1.213.1.6.1.8"}};
/// TRE_R95: titles outside TRE_G15 (psychologist, osteopath, psychotherapist, chiropractor).
inline constexpr legal_reference nos_tre_r95{ans_nos, "TRE_R95", "", {certainty::confirmed, "[ans-nos] TRE_R95, OID 1.2.250.1.213.1.6.1.109"}};
/// SIRENE: a SIRET is the SIREN (9 digits) followed by the establishment's NIC (5 digits).
inline constexpr legal_reference insee_siret{insee_sirene, "SIRET = SIREN + NIC", "",
                                             {certainty::stated, "[insee-sirene]: INSEE's definition of the SIRET number"}};
/// The RPPS number: 11 digits, the last a check key.
inline constexpr legal_reference rpps_number{
    ans_rpps, "identifiant RPPS", "",
    {certainty::stated,
     "[ans-rpps]: 11 digits, the national identifier of a professional being '8' + the RPPS number; the key is read as Luhn's, as in ANS's own "
     "example 10000001916 (no text of ANS states the algorithm)"}};
/// The COG: a place is named by the INSEE code of a current commune or municipal arrondissement of the vintage.
inline constexpr legal_reference cog_commune_codes{
    insee_cog, "communes et arrondissements municipaux", "",
    {certainty::confirmed, "[insee-cog]; data: [etalab-decoupage-administratif]"}};
/// CSP L.1434-12: a CPTS's territory, which its project describes; a list of communes names each place once.
inline constexpr legal_reference csp_L1434_12_territory{
    csp, "L.1434-12", "LEGIARTI000038886440",
    {certainty::stated, "the law: 'Le projet de santé précise en particulier le territoire d'action de la communauté'; the territory as a list of "
                        "communes, with their postal codes [ars-paca-cdc-cpts] (its templates)"}};
/// ARS PACA: one multi-thematic CPTS per territory, the region covered without white zone nor overlap.
inline constexpr legal_reference paca_coverage{
    ars_paca_cpts, "Le territoire", "",
    {certainty::stated, "'il ne peut exister qu'une seule CPTS par territoire. Un seul projet de santé pourra donc être approuvé sur un territoire "
                        "donné'; 'la couverture de la région Paca sans zone blanche ni chevauchement' [ars-paca-cdc-cpts]"}};

// ---- Procedures ------------------------------------------------------------------------------------
/// CSP L.1434-12, al. 4: a CPTS's health project is deemed validated unless the ARS director general opposes
/// within two months, on two grounds only.
inline constexpr legal_reference csp_L1434_12_deemed_validation{
    csp, "L.1434-12", "LEGIARTI000038886440",
    {certainty::confirmed,
     "'Le projet de santé est réputé validé, sauf si le directeur général de l'agence régionale de santé s'y oppose dans un délai de deux "
     "mois en se fondant sur l'absence de respect des objectifs du projet régional de santé ... ou sur la pertinence du territoire' "
     "(version in force on 2022-06-30, read on Légifrance [csp])"}};
/// CRPA L.114-5: an incomplete request; the delay of a decision by silence runs from the receipt of what was missing.
inline constexpr legal_reference crpa_incomplete_request{
    crpa, "L.114-5", "",
    {certainty::stated,
     "a request found incomplete: the administration names what is missing, and the delay after which silence is a decision runs only from "
     "its receipt [crpa]; the ARS PACA suspends the two-month delay instead [ars-paca-cdc-cpts] (étape 4)"}};
/// A region's letter of intent before a CPTS's project: ARS PACA's (with the CCOPD), ARS Île-de-France's.
inline constexpr legal_reference ars_cpts_letter_of_intent{
    ars_doctrine, "lettre d'intention", "",
    {certainty::stated, "[ars-paca-cdc-cpts] étapes 1 et 2; 'une lettre d'intention ou pré-projet que l'ARS doit valider' [ars-idf-cpts]"}};
/// ARS PACA's procedure of creation of a CPTS, steps 1 to 5: letter of intent, CCOPD, health project,
/// validation, contract.
inline constexpr legal_reference paca_cpts_procedure{
    ars_paca_cpts, "étapes 1 à 5", "",
    {certainty::stated, "[ars-paca-cdc-cpts] 'Étape 1' to 'Étape 5': a regional procedure, others regions' differ"}};
/// The ACI CPTS's contrat-type: a contract runs from its signature for its term and may be amended.
inline constexpr legal_reference aci_contract_clauses{
    aci_cpts_2019, "contrat-type", "",
    {certainty::stated, "[aci-cpts-2019] (the contrat-type in its annex, read on a copy of the JORF); 'possibilités d'évolution par avenants' "
                        "[ars-paca-cdc-cpts]"}};
/// The ACI CPTS's contract: its parties meet at least once a year to follow it up.
inline constexpr legal_reference aci_contract_follow_up{
    aci_cpts_2019, "contrat-type, suivi du contrat", "",
    {certainty::stated,
     "'Pendant toute la durée du contrat, la CPTS, l'ARS et la CPAM organisent des points d'échanges réguliers (au moins une fois par an) pour le "
     "suivi du contrat (calendrier de déploiement des missions ... adaptation du financement accordé au regard de l'évolution de la taille de la "
     "CPTS)' [ars-idf-cpts]; the contract's own clause was not read"}};
/// The event log of the dossier format: a record of dated events.
inline constexpr legal_reference event_log_format{dossier_format, "journal d'événements", "",
                                                  {certainty::confirmed, "a property of the format's records"}};
/// CSP L.6323-3: an MSP's health project is sent to the ARS.
inline constexpr legal_reference csp_L6323_3_project{
    csp, "L.6323-3", "LEGIARTI000038886477",
    {certainty::confirmed, "'Il est transmis pour information à l'agence régionale de santé' (read on a copy); the ACI MSP asks for a validated project [ameli-aci-msp]"}};
/// CSP L.6323-1-11: before a CDS opens, its manager gives the ARS the health project and a commitment of
/// conformity; the ARS's receipt authorises care to insured patients.
inline constexpr legal_reference csp_L6323_1_11{
    csp, "L.6323-1-11", "LEGIARTI000036494903",
    {certainty::confirmed,
     "'Préalablement à l'ouverture du centre de santé ... remet au directeur de l'agence régionale de santé le projet de santé ... ainsi "
     "qu'un engagement de conformité'; the receipt 'vaut autorisation de dispenser des soins aux assurés sociaux' (version of 2023-05-21, "
     "read on a copy)"}};

}  // namespace coordcare::legal
