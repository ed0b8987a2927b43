// coordcare — the rules of the health centre (CDS, centre de santé): CSP L.6323-1 to L.6323-1-15 as
// written by ordonnance n° 2018-17, and the accord national des centres de santé.
#pragma once

#include <coordcare/structures/rules/common.hpp>

namespace coordcare::rules {

/// A CDS is created and managed by one of the bodies of L.6323-1-3.
struct cds_manager {
    static constexpr rule_info info{
        "CDS.MANAGER", rule_layer::law, legal::csp_L6323_1_3,
        {"Un centre de santé est géré par un organisme à but non lucratif, une SCIC, une commune ou un groupement de communes, un département, un établissement public de santé ou une personne morale gestionnaire d'établissement privé de santé.",
         "A health centre is managed by a non-profit body, a SCIC, a commune or grouping of communes, a département, a public health establishment or the legal person managing a private health establishment."},
        effect_dates::cds_ordinance, effect_dates::cds_ordinance_source};
    [[nodiscard]] static constexpr bool form_ok(legal_form f) noexcept {
        switch (f) {
            case legal_form::association_1901:
            case legal_form::association_local_law:
            case legal_form::other_non_profit:
            case legal_form::scic:
            case legal_form::commune_or_grouping:
            case legal_form::departement:
            case legal_form::public_health_establishment:
            case legal_form::private_health_establishment_non_profit:
            case legal_form::private_health_establishment_for_profit: return true;
            case legal_form::none:
            case legal_form::sisa:
            case legal_form::other_company: return false;
        }
        return false;
    }
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (form_ok(s.form)) return;
        report(location::of("form")).because([&] {
            return bilingual{} << label{"le gestionnaire a la forme « ", "the manager's legal form is \""} << detail::form_name(s.form)
                               << label{" », qui ne figure pas parmi les gestionnaires que permet l'article L.6323-1-3",
                                        "\", which is not among the managers article L.6323-1-3 allows"};
        });
    }
};

/// The health professionals of a CDS are salaried; volunteers may take part.
struct cds_salaried {
    static constexpr rule_info info{
        "CDS.SALARIED", rule_layer::law, legal::csp_L6323_1_5,
        {"Les professionnels de santé d'un centre de santé y sont salariés ; des bénévoles peuvent participer.",
         "The health professionals of a health centre are salaried there; volunteers may take part."},
        effect_dates::cds_ordinance, effect_dates::cds_ordinance_source};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        detail::for_each_person(s, [&](std::size_t i, const auto& p) {
            if (is_health_professional(p.job) && p.mode != practice_mode::salaried && p.mode != practice_mode::volunteer) {
                report(location::of_member(i, "mode")).because([&] {
                    return bilingual{} << detail::who(p) << label{" exerce en mode « ", " practises in mode \""} << name(p.mode)
                                       << label{" » ; au centre de santé, un professionnel de santé est salarié ou bénévole",
                                                "\"; in a health centre a health professional is salaried or a volunteer"};
                });
            }
        });
    }
};

/// A CDS adheres to the accord national or to the contrat-type, never both.
struct cds_single_agreement {
    static constexpr rule_info info{
        "CDS.SINGLE_AGREEMENT", rule_layer::national_agreement, legal::cds_single_agreement,
        {"Un centre de santé adhère à l'accord national des centres de santé ou au contrat-type des structures pluriprofessionnelles, jamais aux deux.",
         "A health centre adheres to the national agreement of health centres or to the model contract of multi-professional structures, never both."},
        effect_dates::cds_national_agreement, effect_dates::cds_national_agreement_source};
    template <class S, class Report>
    static constexpr void check(const S& s, const check_context&, Report& report) {
        if (s.funding.national_agreement && s.funding.model_contract) {
            report(location::of("funding.model_contract")).because([] {
                return bilingual{} << label{"le centre adhère à la fois à l'accord national et au contrat-type ; il n'en choisit qu'un",
                                            "the centre adheres both to the national agreement and to the model contract; it chooses one"};
            });
        }
    }
};

}  // namespace coordcare::rules
