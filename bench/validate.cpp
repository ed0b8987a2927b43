// Zero-overhead check of the rules: validates 1 000 000 structures built at run time, once with
// coordcare's validate() and once with a hand-written validator on plain structs doing the same checks
// and producing the same diagnostics, in the same run. Prints both times, their ratio (target <= 1.10)
// and the memory per structure of each representation.
//
//   coordcare_bench_validate [COUNT]      (default 1000000)
#include <coordcare/coordcare.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <new>
#include <random>
#include <string>
#include <vector>

// ---- Counting the live heap: every allocation of the program goes through these ----------------
// (glibc's malloc_usable_size: the bytes each block really takes, less malloc's own header)
namespace {
std::size_t allocated_bytes = 0;  // bytes currently allocated
}  // namespace
void* operator new(std::size_t n) {
    void* p = std::malloc(n == 0 ? 1 : n);
    if (p == nullptr) throw std::bad_alloc{};
    allocated_bytes += malloc_usable_size(p);
    return p;
}
void operator delete(void* p) noexcept {
    if (p == nullptr) return;
    allocated_bytes -= malloc_usable_size(p);
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept { operator delete(p); }

namespace {
using namespace coordcare;

// ---- The plain representation, as a hand-written validator would have it --------------------------
struct plain_member {
    bool is_organisation = false;
    std::uint8_t profession = 0;  // TRE_G15 code; 0 for a non-health role
    std::int8_t specialty = -1;   // -1 none, 0 general practice, 1 other
    std::uint8_t category = 0;    // 0 medical, 1 pharmacy, 2 auxiliary, 3 other health, 4 not health
    std::uint8_t mode = 0;        // 0 liberal, 1 salaried, 2 volunteer, 3 mixed
    bool associate = false;
    bool signatory = false;
    std::string name;
};
struct plain_structure {
    structure_kind kind = structure_kind::msp;
    legal_form form = legal_form::none;
    std::string name;
    bool has_seat = false;
    char department[4] = {};
    bool has_project = false;
    bool fir_requested = false;
    bool has_aci = false;
    date aci_signed{};
    bool national_agreement = false, model_contract = false;
    bool has_siren = false, has_siret = false, siret_matches = true;
    std::vector<plain_member> members;
};

// The hand-written validator: the same checks as the catalogue, written out per kind, each diagnostic
// with a detail of the same values (a shorter sentence: the rule's statement and the counts).
void by_hand(const plain_structure& s, date as_of, const regional_doctrine& doctrine, std::vector<diagnostic>& out) {
    auto report = [&](const rule_info& info, const location& where, long long value = -1) {
        bilingual detail;
        detail << info.text;
        if (value >= 0) detail << " (" << value << ")";
        out.push_back(make_diagnostic(info, where, std::move(detail)));
    };
    const auto& m = s.members;
    const auto figures = doctrine.figures();
    const bool sisa = s.form == legal_form::sisa;
    const bool association = s.form == legal_form::association_1901 || s.form == legal_form::association_local_law;
    auto person = [](const plain_member& x) { return !x.is_organisation; };
    auto health = [](const plain_member& x) { return !x.is_organisation && x.category != 4; };
    auto is_doctor = [](const plain_member& x) { return !x.is_organisation && x.profession == 10; };
    auto gp = [&](const plain_member& x) { return is_doctor(x) && x.specialty == 0; };
    auto count = [&](auto pred) { return static_cast<long long>(std::count_if(m.begin(), m.end(), pred)); };
    auto specialty_and_ids = [&] {
        for (std::size_t i = 0; i < m.size(); ++i)
            if (person(m[i]) && is_doctor(m[i]) != (m[i].specialty >= 0))
                report(rules::member_doctor_specialty::info, location::of_member(i, "specialty"));
        if (s.has_siren && s.has_siret && !s.siret_matches) report(rules::siret_within_siren::info, location::of("ids.siret"));
    };
    auto every_professional_signed = [&](const rule_info& info) {
        if (!s.has_project) return;
        for (std::size_t i = 0; i < m.size(); ++i)
            if (health(m[i]) && !m[i].signatory) report(info, location::of_member(i, "signatory"));
    };
    auto some_member_signed = [&](const rule_info& info) {
        if (s.has_project && count([](const plain_member& x) { return x.signatory; }) == 0)
            report(info, location::of("members"), static_cast<long long>(m.size()));
    };
    switch (s.kind) {
        case structure_kind::esp:
        case structure_kind::ess: {
            const bool esp = s.kind == structure_kind::esp;
            for (std::size_t i = 0; i < m.size(); ++i) {
                const auto& info = esp ? rules::health_professionals_only<structure_kind::esp>::info
                                       : rules::health_professionals_only<structure_kind::ess>::info;
                if (m[i].is_organisation) report(info, location::of_member(i));
                else if (m[i].category == 4) report(info, location::of_member(i, "job"));
            }
            if (esp) {
                const auto gps = count(gp);
                const auto professionals = count(health);
                if (gps == 0) report(rules::esp_general_practitioner::info, location::of("members"), professionals);
                if (professionals < rules::esp_two_professionals::minimum)
                    report(rules::esp_two_professionals::info, location::of("members"), professionals);
                for (std::size_t i = 0; i < m.size(); ++i)
                    if (health(m[i]) && !profession::from_tre_g15(m[i].profession)->first_recourse())
                        report(rules::esp_first_recourse::info, location::of_member(i, "job"));
                if (figures.esp == esp_minimum::one_gp_one_paramedical &&
                    !(gps >= 1 && count([](const plain_member& x) { return !x.is_organisation && x.category == 2; }) >= 1))
                    report(rules::esp_regional_minimum::info, location::of("members"), gps);
                if (!s.has_project) report(rules::health_project_required<structure_kind::esp>::info, location::of("project"));
                every_professional_signed(rules::esp_signed::info);
                if (s.fir_requested && figures.fir_requires_association && !association)
                    report(rules::esp_fir_requires_association::info, location::of("form"));
            } else {
                if (count([&](const plain_member& x) { return is_doctor(x) && x.specialty == 1; }) == 0)
                    report(rules::ess_specialist::info, location::of("members"), count(gp));
                if (!s.has_project) report(rules::health_project_required<structure_kind::ess>::info, location::of("project"));
                some_member_signed(rules::ess_signed::info);
                if (s.fir_requested && figures.fir_requires_association && !association)
                    report(rules::ess_fir_association_recommended::info, location::of("form"));
            }
            specialty_and_ids();
            break;
        }
        case structure_kind::msp: {
            if (!association && !sisa) report(rules::msp_legal_person::info, location::of("form"));
            if (const auto gps = count(gp); gps < rules::msp_general_practitioners::minimum)
                report(rules::msp_general_practitioners::info, location::of("members"), gps);
            for (std::size_t i = 0; i < m.size(); ++i)
                if (person(m[i]) && m[i].associate && m[i].category == 3)
                    report(rules::msp_associate_professions::info, location::of_member(i, "associate"));
            if (sisa) {
                const auto doctors = count([&](const plain_member& x) { return x.associate && is_doctor(x); });
                const auto auxiliaries = count([](const plain_member& x) { return !x.is_organisation && x.associate && x.category == 2; });
                if (doctors < 2 || auxiliaries < 1) report(rules::msp_sisa_min_associates::info, location::of("members"), doctors);
                const auto salaried = count([&](const plain_member& x) {
                    return !x.is_organisation && !x.associate && health(x) && (x.mode == 1 || x.mode == 3);
                });
                const auto liberal = count([](const plain_member& x) {
                    return !x.is_organisation && x.associate && (x.mode == 0 || x.mode == 3);
                });
                if (salaried > 0 && salaried >= liberal) report(rules::msp_sisa_salaried_fewer::info, location::of("members"), salaried);
            }
            for (std::size_t i = 0; i < m.size(); ++i)
                if (person(m[i]) && m[i].category == 4 && !m[i].signatory)
                    report(rules::msp_non_health_signed::info, location::of_member(i, "signatory"));
            for (std::size_t i = 0; i < m.size(); ++i)
                if (person(m[i]) && m[i].category == 4 && m[i].associate)
                    report(rules::msp_non_health_not_associate::info, location::of_member(i, "associate"));
            if (s.has_aci && !sisa && !(as_of < add_months(s.aci_signed, std::chrono::months{rules::msp_aci_requires_sisa::months_to_become_sisa(s.aci_signed)})))
                report(rules::msp_aci_requires_sisa::info, location::of("form"));
            if (!s.has_project) report(rules::health_project_required<structure_kind::msp>::info, location::of("project"));
            every_professional_signed(rules::msp_signed::info);
            specialty_and_ids();
            break;
        }
        case structure_kind::cds: {
            if (!rules::cds_manager::form_ok(s.form)) report(rules::cds_manager::info, location::of("form"));
            for (std::size_t i = 0; i < m.size(); ++i)
                if (health(m[i]) && m[i].mode != 1 && m[i].mode != 2) report(rules::cds_salaried::info, location::of_member(i, "mode"));
            if (s.national_agreement && s.model_contract)
                report(rules::cds_single_agreement::info, location::of("funding.model_contract"));
            if (!s.has_project) report(rules::health_project_required<structure_kind::cds>::info, location::of("project"));
            specialty_and_ids();
            break;
        }
        case structure_kind::cpts: {
            if (!association) report(rules::cpts_legal_form::info, location::of("form"));
            else if (!s.has_seat) report(rules::cpts_legal_form_seat::info, location::of("seat"));
            else {
                const bool am = rules::cpts_legal_form_seat::in_alsace_moselle(s.department);
                if (s.form != (am ? legal_form::association_local_law : legal_form::association_1901))
                    report(rules::cpts_legal_form_seat::info, location::of("form"));
            }
            bool seen[256] = {};
            long long professions = 0;
            for (const auto& x : m)
                if (health(x) && !seen[x.profession]) seen[x.profession] = true, ++professions;
            if (professions < rules::cpts_pluriprofessional::minimum)
                report(rules::cpts_pluriprofessional::info, location::of("members"), professions);
            if (!s.has_project) report(rules::health_project_required<structure_kind::cpts>::info, location::of("project"));
            some_member_signed(rules::cpts_signed::info);
            specialty_and_ids();
            break;
        }
        case structure_kind::dac: break;
    }
}

// ---- Generating the same structures in both representations ----------------------------------
struct dataset {
    std::vector<plain_structure> plain;
    std::vector<esp> esps;
    std::vector<ess> esss;
    std::vector<msp> msps;
    std::vector<cds> cdss;
    std::vector<cpts> cptss;
};

const profession health_professions[] = {professions::doctor, professions::nurse, professions::physiotherapist,
                                         professions::pharmacist, professions::midwife, professions::dentist,
                                         professions::speech_therapist, professions::dental_assistant};

plain_structure generate(std::mt19937& rng) {
    std::uniform_int_distribution<int> percent{0, 99};
    plain_structure s;
    const int k = percent(rng);  // 40 % MSP, 40 % CDS, 10 % CPTS, 5 % ESP, 5 % ESS
    s.kind = k < 40 ? structure_kind::msp : k < 80 ? structure_kind::cds : k < 90 ? structure_kind::cpts
                                                    : k < 95 ? structure_kind::esp : structure_kind::ess;
    const bool clean = percent(rng) < 80;  // one structure in five breaks something
    auto flip = [&](int chance) { return !clean && percent(rng) < chance; };
    s.name = "Structure de coordination n° " + std::to_string(rng() % 100000);
    switch (s.kind) {
        case structure_kind::msp: s.form = flip(20) ? legal_form::other_company : (percent(rng) < 70 ? legal_form::sisa : legal_form::association_1901); break;
        case structure_kind::cds: s.form = flip(20) ? legal_form::sisa : legal_form::commune_or_grouping; break;
        case structure_kind::cpts: s.form = flip(30) ? legal_form::association_1901 : legal_form::association_local_law; break;
        default: s.form = percent(rng) < 50 ? legal_form::association_1901 : legal_form::none; break;
    }
    s.has_seat = !flip(10);
    std::snprintf(s.department, sizeof s.department, "%s", s.kind == structure_kind::cpts ? "57" : "93");
    s.has_project = !flip(20);
    s.fir_requested = (s.kind == structure_kind::esp || s.kind == structure_kind::ess) && s.form != legal_form::none && !flip(30);
    s.has_aci = s.kind == structure_kind::msp && percent(rng) < 50;
    s.aci_signed = date{std::chrono::year{2024}, std::chrono::month{static_cast<unsigned>(1 + rng() % 12)}, std::chrono::day{15}};
    s.national_agreement = s.kind == structure_kind::cds;
    s.model_contract = s.kind == structure_kind::cds && flip(20);
    s.has_siren = s.has_siret = s.form != legal_form::none;
    s.siret_matches = !flip(5);

    const int count = 3 + static_cast<int>(rng() % 10);
    const std::uint8_t mode = s.kind == structure_kind::cds ? 1 : 0;
    for (int i = 0; i < count; ++i) {
        plain_member x;
        x.name = "Professionnel n° " + std::to_string(i);
        if (s.kind == structure_kind::cpts && i % 4 == 3) {
            x.is_organisation = true;
            x.signatory = true;
            s.members.push_back(x);
            continue;
        }
        const bool role = s.kind == structure_kind::msp && i == count - 1;
        const profession p = i < 2 ? professions::doctor : i == 2 ? professions::nurse : health_professions[rng() % 7];
        x.profession = role ? 0 : static_cast<std::uint8_t>(p.tre_g15_code());
        x.category = role ? 4 : static_cast<std::uint8_t>(p.category());
        if (x.profession == 10) x.specialty = s.kind == structure_kind::ess ? 1 : 0;
        if (flip(3)) x.specialty = x.specialty >= 0 ? -1 : 0;
        x.mode = flip(5) ? 3 : mode;
        x.associate = s.form == legal_form::sisa && i < 3 && !role;
        x.signatory = !flip(5);
        s.members.push_back(x);
    }
    return s;
}

template <structure_kind K>
structure<K> to_library(const plain_structure& p) {
    structure<K> s;
    s.name = p.name;
    s.form = p.form;
    if (p.has_siren) s.ids.siren = "732829320"_siren;
    if (p.has_siret) s.ids.siret = p.siret_matches ? "73282932000074"_siret : "55210055400013"_siret;
    if (p.has_seat) s.seat = std::get<commune_code>(commune_code::parse(std::string{p.department} + "463"));
    if (p.has_project) s.project = health_project{date{std::chrono::year{2024}, std::chrono::March, std::chrono::day{1}}};
    if constexpr (K == structure_kind::esp || K == structure_kind::ess) s.funding.fir_requested = p.fir_requested;
    if constexpr (K == structure_kind::msp)
        if (p.has_aci) s.funding.aci_signed = p.aci_signed;
    if constexpr (K == structure_kind::cds) {
        s.funding.national_agreement = p.national_agreement;
        s.funding.model_contract = p.model_contract;
    }
    s.members.reserve(p.members.size());
    for (const auto& x : p.members) {
        if (x.is_organisation) {
            s.members.push_back(organisation{x.name, organisation_kind::medico_social_actor, x.signatory});
            continue;
        }
        const occupation job = x.category == 4 ? occupation{non_health_role::psychologist} : occupation{*profession::from_tre_g15(x.profession)};
        std::optional<doctor_specialty> specialty;
        if (x.specialty >= 0) specialty = x.specialty == 0 ? doctor_specialty::general_practice : doctor_specialty::other_specialty;
        s.members.push_back(person{x.name, job, specialty, static_cast<practice_mode>(x.mode), x.associate, x.signatory});
    }
    return s;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
}  // namespace

int main(int argc, char** argv) {
    const std::size_t count = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    const date as_of{std::chrono::year{2025}, std::chrono::June, std::chrono::day{1}};
    const auto& doctrine = doctrines::provence_alpes_cote_d_azur;

    // Build both representations, measuring the heap each takes.
    std::mt19937 rng{20261124};
    dataset d;
    d.plain.reserve(count);
    const std::size_t before_plain = allocated_bytes;
    for (std::size_t i = 0; i < count; ++i) d.plain.push_back(generate(rng));
    const std::size_t plain_heap = allocated_bytes - before_plain;
    const std::size_t before_library = allocated_bytes;
    for (const auto& p : d.plain) {
        switch (p.kind) {
            case structure_kind::esp: d.esps.push_back(to_library<structure_kind::esp>(p)); break;
            case structure_kind::ess: d.esss.push_back(to_library<structure_kind::ess>(p)); break;
            case structure_kind::msp: d.msps.push_back(to_library<structure_kind::msp>(p)); break;
            case structure_kind::cds: d.cdss.push_back(to_library<structure_kind::cds>(p)); break;
            case structure_kind::cpts: d.cptss.push_back(to_library<structure_kind::cpts>(p)); break;
            case structure_kind::dac: break;
        }
    }
    const std::size_t library_heap = allocated_bytes - before_library;

    // The plain structures are validated kind by kind too, so that both runs see the same order.
    std::vector<const plain_structure*> plain_by_kind;
    for (const auto kind : checked_structure_kinds)
        for (const auto& p : d.plain)
            if (p.kind == kind) plain_by_kind.push_back(&p);

    auto run_library = [&] {
        std::size_t diagnostics = 0;
        auto all = [&](const auto& structures) {
            for (const auto& s : structures) diagnostics += validate(s, as_of, doctrine).diagnostics.size();
        };
        all(d.esps), all(d.esss), all(d.msps), all(d.cdss), all(d.cptss);
        return diagnostics;
    };
    auto run_by_hand = [&] {
        std::size_t diagnostics = 0;
        std::vector<diagnostic> out;
        for (const auto* p : plain_by_kind) {
            out.clear();
            out.shrink_to_fit();  // a fresh vector per structure, as validate() returns
            by_hand(*p, as_of, doctrine, out);
            diagnostics += out.size();
        }
        return diagnostics;
    };

    std::vector<double> library_times, hand_times;
    std::size_t library_found = 0, hand_found = 0;
    for (int round = 0; round < 5; ++round) {  // interleaved, so that both see the same machine
        auto start = std::chrono::steady_clock::now();
        library_found = run_library();
        library_times.push_back(seconds_since(start));
        start = std::chrono::steady_clock::now();
        hand_found = run_by_hand();
        hand_times.push_back(seconds_since(start));
    }
    std::sort(library_times.begin(), library_times.end());
    std::sort(hand_times.begin(), hand_times.end());
    const double library = library_times[2], hand = hand_times[2];

    const double plain_bytes = static_cast<double>(sizeof(plain_structure)) + static_cast<double>(plain_heap) / static_cast<double>(count);
    std::size_t library_inline = 0;
    library_inline += d.esps.size() * sizeof(esp) + d.esss.size() * sizeof(ess) + d.msps.size() * sizeof(msp) +
                      d.cdss.size() * sizeof(cds) + d.cptss.size() * sizeof(cpts);
    const double library_bytes = (static_cast<double>(library_inline) + static_cast<double>(library_heap)) / static_cast<double>(count);

    std::printf("validated %zu structures (%zu MSP, %zu CDS, %zu CPTS, %zu ESP, %zu ESS), median of 5 runs:\n", count,
                d.msps.size(), d.cdss.size(), d.cptss.size(), d.esps.size(), d.esss.size());
    std::printf("  coordcare validate()   %8.3f s  %7.1f ns/structure  %zu diagnostics\n", library, library * 1e9 / static_cast<double>(count), library_found);
    std::printf("  hand-written           %8.3f s  %7.1f ns/structure  %zu diagnostics\n", hand, hand * 1e9 / static_cast<double>(count), hand_found);
    std::printf("  ratio coordcare / hand-written: %.3f (target <= 1.10)\n", library / hand);
    std::printf("  memory per structure: coordcare %.0f bytes (sizeof(msp) = %zu), plain structs %.0f bytes (sizeof = %zu)\n",
                library_bytes, sizeof(msp), plain_bytes, sizeof(plain_structure));
    if (library_found != hand_found) {
        std::printf("MISMATCH: the two validators disagree\n");
        return 1;
    }
    return 0;
}
