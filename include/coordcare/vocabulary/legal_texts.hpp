// coordcare — the catalogue of legal texts and articles the library cites, each written once with
// its source. Rules and figures refer to these constants; nothing else spells an article number.
#pragma once

#include <coordcare/vocabulary/legal_reference.hpp>

namespace coordcare::legal {

// ---- Texts -------------------------------------------------------------------------------------

/// Code de la santé publique (Public Health Code). DOMAIN.md §11, C.
inline constexpr legal_text csp{"CSP", "Code de la santé publique", "Public Health Code", "LEGITEXT000006072665"};
/// Code de la sécurité sociale (Social Security Code). Text id from Légifrance, not in DOMAIN.md.
inline constexpr legal_text css{"CSS", "Code de la sécurité sociale", "Social Security Code", "LEGITEXT000006073189"};
/// Loi n° 2023-379 du 19 mai 2023 (direct access to some health professionals). DOMAIN.md §11, C.
inline constexpr legal_text law_2023_379{"Loi n° 2023-379", "Loi n° 2023-379 du 19 mai 2023 portant amélioration de l'accès aux soins par la confiance aux professionnels de santé",
                                         "Law 2023-379 of 19 May 2023 on access to care", "JORFTEXT000047561956"};
/// Ordonnance n° 2021-584 du 12 mai 2021 (CPTS and MSP legal forms, SISA employees).
inline constexpr legal_text ordinance_2021_584{"Ordonnance n° 2021-584", "Ordonnance n° 2021-584 du 12 mai 2021 relative aux communautés professionnelles territoriales de santé et aux maisons de santé",
                                               "Ordinance 2021-584 of 12 May 2021 on CPTS and MSP", "JORFTEXT000043496493"};
/// Accord conventionnel interprofessionnel relatif aux structures de santé pluriprofessionnelles
/// (ACI MSP), signed 2017-04-20, approved by the arrêté of 2017-07-24. DOMAIN.md §6, C.
inline constexpr legal_text aci_msp_2017{"ACI MSP", "Accord conventionnel interprofessionnel relatif aux structures de santé pluriprofessionnelles (2017)",
                                         "Interprofessional agreement on multi-professional health structures (2017)", ""};
/// Its avenant n° 1, published in the JO of 2022-08-03 (signed 2022-03-04 or 2022-04-11 by source). DOMAIN.md §6.
inline constexpr legal_text aci_msp_avenant_1{"ACI MSP, avenant 1", "Avenant n° 1 à l'accord conventionnel interprofessionnel relatif aux structures de santé pluriprofessionnelles (2022)",
                                              "Amendment 1 to the interprofessional agreement on multi-professional health structures (2022)", ""};
/// Décret n° 2024-618 du 27 juin 2024 (JORF of 2024-06-28): the experiment of direct access to physiotherapists in CPTS. DOMAIN.md §9.
inline constexpr legal_text decree_2024_618{"Décret n° 2024-618", "Décret n° 2024-618 du 27 juin 2024 relatif à l'expérimentation de l'accès direct aux masseurs-kinésithérapeutes dans les CPTS",
                                            "Decree 2024-618 on the experiment of direct access to physiotherapists in CPTS", ""};
/// Accord national des centres de santé, concluded 2015-07-08, deemed approved (JO 2015-09-30). DOMAIN.md §6, C.
inline constexpr legal_text cds_national_agreement_2015{"Accord national CDS", "Accord national des centres de santé (2015)",
                                                        "National agreement of health centres (2015)", ""};
/// Accord conventionnel interprofessionnel en faveur du développement de l'exercice coordonné et du
/// déploiement des CPTS (ACI CPTS), signed 2019-06-20, approved by the arrêté du 21 août 2019 (JO
/// 2019-08-24). DOMAIN.md §5, seeds 002 and 003.
inline constexpr legal_text aci_cpts_2019{"ACI CPTS",
                                          "Accord conventionnel interprofessionnel en faveur du développement de l'exercice coordonné et du déploiement des communautés professionnelles territoriales de santé (2019)",
                                          "Interprofessional agreement on coordinated practice and the deployment of CPTS (2019)", ""};
/// Its avenant n° 2, signed 2021-12-20, published in the JO of 2022-03-31 (seed 003).
inline constexpr legal_text aci_cpts_avenant_2{"ACI CPTS, avenant 2", "Avenant n° 2 à l'accord conventionnel interprofessionnel CPTS (2021)",
                                               "Amendment 2 to the interprofessional agreement on CPTS (2021)", ""};
/// The doctrine of a regional health agency (ARS): not a legal text, a regional choice.
inline constexpr legal_text ars_doctrine{"Doctrine ARS", "Doctrine régionale de l'agence régionale de santé",
                                         "Regional doctrine of the regional health agency", ""};
/// The seed documents of the project (help-desk FAQ, ARS notes, legal guide), for facts no legal text
/// we have states.
inline constexpr legal_text coordcare_seeds{"Guide", "Documents de référence du projet (FAQ du guichet CPTS, notes ARS, guide juridique)",
                                            "The project's reference documents (CPTS help-desk FAQ, ARS notes, legal guide)", ""};
/// ANS nomenclatures (NOS): TRE_G15 professions, TRE_R38 specialties, TRE_R23 practice modes, TRE_R66
/// structure categories, TRE_R95 other titles.
inline constexpr legal_text ans_nos{"NOS", "Nomenclatures des objets de santé (ANS)", "Health object nomenclatures (ANS)", ""};
/// INSEE's SIRENE register of companies and establishments: SIREN, NIC, SIRET.
inline constexpr legal_text insee_sirene{"SIRENE", "Répertoire SIRENE des entreprises et de leurs établissements (INSEE)",
                                         "SIRENE register of companies and establishments (INSEE)", ""};
/// INSEE's Code officiel géographique (COG): the communes, municipal arrondissements, departments and
/// regions of each year, with their codes; the legal populations come with it.
inline constexpr legal_text insee_cog{"COG", "Code officiel géographique (INSEE)", "Official geographic code (INSEE)", ""};

// ---- Articles ----------------------------------------------------------------------------------
// An article's Légifrance id (LEGIARTI…) is kept where a source gave it; a link then opens the article.
// A reference to an agreement whose article was not identified says so in its source note.

/// CSP L.1411-11: first-recourse care (soins de premier recours), what it covers.
inline constexpr legal_reference csp_L1411_11{csp, "L.1411-11", "",
                                              {certainty::uncertain, "which professions provide it is our reading of the article (see profession_table)"}};
/// CSP L.1411-11-1: équipes de soins primaires (ESP) and spécialisés (ESS). Id from seed 000/001.
inline constexpr legal_reference csp_L1411_11_1{csp, "L.1411-11-1", "LEGIARTI000038886353",
                                                {certainty::seed, "article id given by the CPTS help desk FAQ (seed 000)"}};
/// CSP L.1411-11-1 read by the legal guide: an ESP counts at least two health professionals.
inline constexpr legal_reference csp_L1411_11_1_composition{
    csp, "L.1411-11-1", "LEGIARTI000038886353",
    {certainty::seed,
     "the law: 'un ensemble de professionnels de santé constitué autour de médecins généralistes'; the legal guide (seed 004): "
     "'L'ESP doit au minimum être composée de deux professionnels de santé, dont au moins un médecin généraliste'"}};
/// CSP L.1411-11-1 read by the legal guide: the ESP's health project is signed by all its professionals.
inline constexpr legal_reference guide_esp_project_signed{
    csp, "L.1411-11-1", "LEGIARTI000038886353",
    {certainty::seed,
     "the law: 'sur la base d'un projet de santé qu'ils élaborent'; the legal guide (seed 004): 'Le projet de santé est signé par "
     "l'ensemble des professionnels de santé de l'ESP et il est transmis à l'ARS pour validation'"}};
/// The legal guide (seed 004) on the ESS's legal form: an association is recommended to receive funding.
inline constexpr legal_reference guide_ess_association{
    coordcare_seeds, "guide juridique des structures, ESS", "",
    {certainty::seed, "seed 004: 'il est recommandé de créer l'ESS sous Association loi 1901 pour obtention financement'; no article"}};
/// CSP L.1434-12: communautés professionnelles territoriales de santé (CPTS). Id from seed 000/001.
inline constexpr legal_reference csp_L1434_12{csp, "L.1434-12", "LEGIARTI000038886440",
                                              {certainty::seed, "article id given by the CPTS help desk FAQ (seed 000)"}};
/// CSP L.1434-12 and the ARS Île-de-France note: a CPTS's members are of several professions.
inline constexpr legal_reference csp_L1434_12_pluriprofessional{
    csp, "L.1434-12", "LEGIARTI000038886440",
    {certainty::seed,
     "the law lists health professionals, first- and second-recourse actors, medico-social and social actors; seed 002: the "
     "statute guarantees 'une pluriprofessionnalité'"}};
/// CSP L.1434-12-1: legal form of a CPTS (association loi 1901, or local law in 57, 67, 68).
inline constexpr legal_reference csp_L1434_12_1{csp, "L.1434-12-1", "",
                                                {certainty::confirmed, "ordonnance n° 2021-584, art. 1 (text read); article id not confirmed"}};
/// CSP L.1434-12-2: the public-service missions a CPTS may take on by a convention with the ARS and the CPAM.
inline constexpr legal_reference csp_L1434_12_2{csp, "L.1434-12-2", "",
                                                {certainty::seed, "ordonnance n° 2021-584 (DOMAIN.md §4; seed 004 lists the six missions)"}};
/// CSP D.1434-44: a CPTS's indemnities to one professional in a calendar year stay within the PASS.
inline constexpr legal_reference csp_D1434_44{csp, "D.1434-44", "",
                                              {certainty::confirmed, "décret n° 2022-375 du 16 mars 2022 (DOMAIN.md §5; seeds 003, 004)"}};
/// CSP L.4041-1: associates of a SISA are natural persons of a medical, auxiliary or pharmacy profession.
inline constexpr legal_reference csp_L4041_1{csp, "L.4041-1", "", {certainty::confirmed, "DOMAIN.md §2; id unknown"}};
/// CSP L.4041-4 (I): a SISA counts at least two doctors and one medical auxiliary among its associates.
inline constexpr legal_reference csp_L4041_4{csp, "L.4041-4", "LEGIARTI000024460246",
                                             {certainty::confirmed, "text read in LEGI (version of 2021-05-14); seed 004 note 5"}};
/// CSP L.4041-4 (II): the health professionals a SISA employs are fewer than its liberal associates.
inline constexpr legal_reference csp_sisa_salaried{
    csp, "L.4041-4 (II)", "LEGIARTI000024460246",
    {certainty::confirmed,
     "'Le nombre de professionnels de santé ... pouvant être salariés par une société interprofessionnelle de soins ambulatoires est "
     "inférieur au nombre des professionnels de santé libéraux associés' (ordonnance n° 2021-584)"}};
/// CSP L.6323-1: centres de santé (CDS).
inline constexpr legal_reference csp_L6323_1{csp, "L.6323-1", "", {certainty::confirmed, "DOMAIN.md §2; id unknown"}};
/// CSP L.6323-1-5: the professionals of a CDS are salaried.
inline constexpr legal_reference csp_L6323_1_5{
    csp, "L.6323-1-5", "", {certainty::seed, "'Les professionnels qui exercent au sein des centres de santé sont salariés' (read in translation); seed 004"}};
/// CSP L.6323-1-10: the health project of a CDS.
inline constexpr legal_reference csp_L6323_1_10{
    csp, "L.6323-1-10", "", {certainty::confirmed, "named as the health project's article by L.6323-1-11 (LEGIARTI000036494903)"}};
/// ACI MSP 2017: the contract is signed by an MSP constituted as a SISA (or becoming one within 6 months).
inline constexpr legal_reference aci_msp_sisa{
    aci_msp_2017, "", "",
    {certainty::seed,
     "no article identified: the ACI's text was not found; the règlement arbitral of 2015 it replaced states the condition in its "
     "article 2 (arrêté du 23 février 2015, read)"}};
/// A CDS adheres to the accord national or to the contrat-type, never both (seed 004).
inline constexpr legal_reference cds_single_agreement{
    cds_national_agreement_2015, "", "",
    {certainty::seed, "no article identified: seed 004 and ameli.fr state it ('ne peuvent pas adhérer aux 2 contrats')"}};
/// The help-desk FAQ n°4 (seed 000): FIR is paid to an ESP or ESS constituted as an association.
inline constexpr legal_reference faq_fir_association{coordcare_seeds, "FAQ n°4 du guichet CPTS", "", {certainty::seed, "seed 000; no article"}};
/// The minimum composition of an ESP set by the region's ARS.
inline constexpr legal_reference ars_esp_minimum{ars_doctrine, "composition minimale d'une ESP", "",
                                                 {certainty::seed, "seed 003 (ARS PACA); the doctrine preset carries its own source"}};
/// ACI MSP: the remuneration in points of the indicators, the advance and the balance (its articles were
/// not identified: the figures are those of ameli.fr and of the Cnam's guide, DOMAIN.md §6).
inline constexpr legal_reference aci_msp_remuneration{
    aci_msp_2017, "", "", {certainty::seed, "no article identified: ameli.fr and the Cnam guide of the indicators (avenant 1) state the figures"}};
/// The FIR (fonds d'intervention régional) start-up aid: no national rule, each ARS's doctrine (DOMAIN.md §6).
inline constexpr legal_reference fir_start_up_aid{ars_doctrine, "aide au démarrage (FIR)", "",
                                                  {certainty::confirmed, "no national rule: regional doctrine (DOMAIN.md §6); the preset carries its source"}};
/// Loi n° 2023-379, art. 3 (CSP L.4321-1): direct access to physiotherapists in coordinated structures and
/// establishments, at most 8 sessions without a medical diagnosis, a report to the médecin traitant.
inline constexpr legal_reference direct_access_physiotherapists{law_2023_379, "art. 3", "", {certainty::confirmed, "DOMAIN.md §9"}};
/// Décret n° 2024-618: direct access in a CPTS, as an experiment in some departments for five years.
inline constexpr legal_reference direct_access_cpts_experiment{decree_2024_618, "", "",
                                                              {certainty::confirmed, "DOMAIN.md §9: décret n° 2024-618 and the arrêté of 2025-06-06 listing the departments"}};
/// CSP L.6323-1-3: who may create and manage a CDS. DOMAIN.md §11, C.
inline constexpr legal_reference csp_L6323_1_3{csp, "L.6323-1-3", "LEGIARTI000036494924", {certainty::confirmed, "DOMAIN.md §11"}};
/// CSP L.6323-3: maisons de santé (MSP). Id from seed 000/001.
inline constexpr legal_reference csp_L6323_3{csp, "L.6323-3", "LEGIARTI000038886477",
                                             {certainty::seed, "article id given by the CPTS help desk FAQ (seed 000)"}};
/// The minimum composition of an MSP: two general practitioners (seeds 000/001), under the cahier des
/// charges that L.6323-3 requires.
inline constexpr legal_reference msp_composition{
    csp, "L.6323-3", "LEGIARTI000038886477",
    {certainty::seed,
     "L.6323-3: 'dans le respect d'un cahier des charges déterminé par arrêté du ministre chargé de la santé'; the minimum of 2 GPs is the "
     "CPTS help desk FAQ's (seeds 000/001: 'Au moins 2 médecins généralistes'); the cahier des charges's text was not found"}};
/// CSP L.6327-2: dispositifs d'appui à la coordination (DAC).
inline constexpr legal_reference csp_L6327_2{csp, "L.6327-2", "", {certainty::uncertain, "article number from general knowledge, not in the seeds"}};
/// CSP, part 4: the health professions (medical, pharmacy, medical auxiliaries).
inline constexpr legal_reference csp_part_4{csp, "partie 4 (L.4111-1 à L.4394-4)", "", {certainty::confirmed, "DOMAIN.md §3"}};
/// TRE_G15 ProfessionSante, OID 1.2.250.1.71.1.2.7.
inline constexpr legal_reference nos_tre_g15{ans_nos, "TRE_G15 ProfessionSante", "",
                                             {certainty::confirmed, "ANS, TRE_G15 (OID 1.2.250.1.71.1.2.7), version of 2025-03-28"}};
/// TRE_R38 SpecialiteOrdinale, OID 1.2.250.1.213.2.28: the doctors' specialties (general practice: SM54).
inline constexpr legal_reference nos_tre_r38{ans_nos, "TRE_R38 SpecialiteOrdinale", "",
                                             {certainty::confirmed, "ANS, TRE_R38 (OID 1.2.250.1.213.2.28); general practice is SM54 'Médecine générale'"}};
/// TRE_R23: practice modes (modes d'exercice).
inline constexpr legal_reference nos_tre_r23{ans_nos, "TRE_R23", "", {certainty::confirmed, "DOMAIN.md §10"}};
/// TRE_R66: structure categories (catégories d'établissement).
inline constexpr legal_reference nos_tre_r66{ans_nos, "TRE_R66", "", {certainty::confirmed, "DOMAIN.md §10; OID 1.2.250.1.213.1.6.1.8"}};
/// TRE_R95: titles outside TRE_G15 (psychologist, osteopath, psychotherapist, chiropractor).
inline constexpr legal_reference nos_tre_r95{ans_nos, "TRE_R95", "", {certainty::confirmed, "DOMAIN.md §10; OID 1.2.250.1.213.1.6.1.109"}};
/// SIRENE: a SIRET is the SIREN (9 digits) followed by the establishment's NIC (5 digits).
inline constexpr legal_reference insee_siret{insee_sirene, "SIRET = SIREN + NIC", "",
                                             {certainty::seed, "INSEE's definition of the SIRET number, as secondary sources quote it"}};
/// The COG: a place is named by the INSEE code of a current commune or municipal arrondissement of the vintage.
inline constexpr legal_reference cog_commune_codes{
    insee_cog, "communes et arrondissements municipaux", "",
    {certainty::confirmed, "INSEE, COG; data: @etalab/decoupage-administratif (DOMAIN.md §8)"}};
/// CSP L.1434-12: a CPTS's territory, which its project describes; a list of communes names each place once.
inline constexpr legal_reference csp_L1434_12_territory{
    csp, "L.1434-12", "LEGIARTI000038886440",
    {certainty::seed, "the law: the CPTS 'concourt à la réalisation des objectifs du projet régional de santé' on a territory its project "
                      "describes; seed 003: the territory is a list of communes (arrondissements in Paris, Lyon, Marseille)"}};
/// ARS PACA's specifications (seed 003): one multi-thematic CPTS per territory, the region covered
/// without white zone nor overlap.
inline constexpr legal_reference paca_coverage{
    ars_doctrine, "cahier des charges CPTS PACA, couverture du territoire", "",
    {certainty::seed, "seed 003: 'la couverture de la région Paca sans zone blanche ni chevauchement'"}};


// ---- Procedures (DOMAIN.md §7) ---------------------------------------------------------------------
/// CSP L.1434-12, al. 4: a CPTS's health project is deemed validated unless the ARS director general opposes
/// within two months, on two grounds only.
inline constexpr legal_reference csp_L1434_12_deemed_validation{
    csp, "L.1434-12", "LEGIARTI000038886440",
    {certainty::confirmed,
     "'Le projet de santé est réputé validé, sauf si le directeur général de l'agence régionale de santé s'y oppose dans un délai de deux "
     "mois en se fondant sur l'absence de respect des objectifs du projet régional de santé ... ou sur la pertinence du territoire' "
     "(version in force on 2022-06-30, read on a copy; seed 003 quotes it)"}};
/// ARS PACA's procedure of creation of a CPTS, steps 1 to 5 (seed 003): letter of intent, CCOPD, health
/// project, validation, contract.
inline constexpr legal_reference paca_cpts_procedure{
    ars_doctrine, "ARS PACA, cahier des charges CPTS, étapes 1 à 5", "",
    {certainty::seed, "seed 003: 'Étape 1' to 'Étape 5'; a regional procedure, the other regions' are alike but not the same"}};
/// ARS PACA, step 4: a request for complements suspends the two-month delay (no legal basis found).
inline constexpr legal_reference paca_complements{
    ars_doctrine, "ARS PACA, cahier des charges CPTS, étape 4", "",
    {certainty::seed,
     "seed 003: 'le délai d'instruction de deux mois est suspendu jusqu'à réception du projet de santé modifié'; L.1434-12 provides no "
     "suspension (U)"}};
/// ARS Île-de-France: the contract's parties meet at least once a year (seed 002).
inline constexpr legal_reference idf_follow_up{
    ars_doctrine, "ARS Île-de-France, note CPTS, suivi du contrat", "",
    {certainty::seed, "seed 002: 'des points d'échanges réguliers (au moins une fois par an) pour le suivi du contrat'"}};
/// CSP L.6323-3: an MSP's health project is sent to the ARS.
inline constexpr legal_reference csp_L6323_3_project{
    csp, "L.6323-3", "LEGIARTI000038886477",
    {certainty::confirmed, "'Il est transmis pour information à l'agence régionale de santé' (read on a copy); the ACI MSP asks for a validated project (ameli)"}};
/// CSP L.6323-1-11: before a CDS opens, its manager gives the ARS the health project and a commitment of
/// conformity; the ARS's receipt authorises care to insured patients.
inline constexpr legal_reference csp_L6323_1_11{
    csp, "L.6323-1-11", "LEGIARTI000036494903",
    {certainty::confirmed,
     "'Préalablement à l'ouverture du centre de santé ... remet au directeur de l'agence régionale de santé le projet de santé ... ainsi "
     "qu'un engagement de conformité'; the receipt 'vaut autorisation de dispenser des soins aux assurés sociaux' (version of 2023-05-21, "
     "read on a copy)"}};

}  // namespace coordcare::legal
