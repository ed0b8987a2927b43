// The Conan test_package: a consumer of the packaged headers.
#include <coordcare/coordcare.hpp>

#include <cstdio>
#include <string>

int main() {
    using namespace coordcare;
    const auto kind = structure_kind_from_tre_r66(603);
    if (!kind || *kind != structure_kind::msp) return 1;
    std::printf("coordcare %s: TRE_R66 603 is the %s (%s)\n", version_string, std::string{acronym(*kind)}.c_str(),
                std::string{name(*kind).en}.c_str());
    return 0;
}
