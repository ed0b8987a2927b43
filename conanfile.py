import os
import re

from conan import ConanFile
from conan.errors import ConanInvalidConfiguration
from conan.tools.build import check_min_cppstd
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy, load
from conan.tools.scm import Version

required_conan_version = ">=2.0"


class CoordcareConan(ConanFile):
    """coordcare as a Conan 2 header-only package, to Conan Center's conventions (docs/consuming.md).

    The package holds the headers and the licence. The unit tests are opt-in
    (`-c user.coordcare:unit_tests=True`): consumers never resolve Catch2.
    """

    name = "coordcare"
    description = ("French coordinated primary care (ESP, ESS, MSP, CDS, CPTS): structures, "
                   "their rules checked at compile time and at run time, funding")
    license = "MIT"
    # The project's public address, where its README and issues are (set at publication).
    url = "https://github.com/coordcare/coordcare"
    homepage = "https://github.com/coordcare/coordcare"
    topics = ("healthcare", "france", "rules", "header-only", "hana")
    package_type = "header-library"
    settings = "os", "arch", "compiler", "build_type"
    no_copy_source = True
    # What building needs: the headers, the commune data and the licence for the package; the CMake project, its tests and
    # what their configuration reads (the documentation's C++ blocks, the sample dossiers) for the
    # opt-in unit tests. Not the benchmarks, scripts, CI, nor test_package.
    exports_sources = ("include/*", "LICENSE", "CMakeLists.txt", "cmake/*", "tests/*", "tools/*",
                       "README.md", "docs/*", "examples/dossiers/*", "data/*")

    def set_version(self):
        # The version is written once, in include/coordcare/version.hpp.
        header = load(self, os.path.join(self.recipe_folder, "include", "coordcare", "version.hpp"))
        self.version = ".".join(re.search(rf"#define COORDCARE_VERSION_{part} (\d+)", header).group(1)
                                for part in ("MAJOR", "MINOR", "PATCH"))

    @property
    def _min_cppstd(self):
        return 20

    @property
    def _compilers_minimum_version(self):
        # The compilers the project tests (README); older ones lack the C++20 it uses.
        return {"gcc": "12", "clang": "14"}

    @property
    def _run_unit_tests(self):
        return self.conf.get("user.coordcare:unit_tests", default=False, check_type=bool)

    def layout(self):
        cmake_layout(self)

    def requirements(self):
        # Boost's headers (Hana) for the core; Boost.JSON's library for the input/output layer.
        self.requires("boost/1.81.0", transitive_headers=True)

    def build_requirements(self):
        # Only when asked: Conan resolves a dependency's test_requires in every consumer's graph.
        if self._run_unit_tests:
            self.test_requires("catch2/2.13.10")

    def validate(self):
        # As Conan Center's recipes do: check the standard when the profile states one, and the compiler.
        if self.settings.compiler.get_safe("cppstd"):
            check_min_cppstd(self, self._min_cppstd)
        minimum = self._compilers_minimum_version.get(str(self.settings.compiler))
        if minimum and Version(self.settings.compiler.version) < minimum:
            raise ConanInvalidConfiguration(
                f"{self.ref} requires C++{self._min_cppstd}: {self.settings.compiler} {minimum} or newer")

    def generate(self):
        CMakeDeps(self).generate()
        tc = CMakeToolchain(self)
        tc.cache_variables["COORDCARE_BUILD_TESTS"] = self._run_unit_tests
        tc.cache_variables["COORDCARE_BUILD_EXAMPLES"] = False
        # The project's warnings stay warnings in a package's build: a user's compiler or flags must not stop it.
        tc.cache_variables["COORDCARE_WARNINGS_AS_ERRORS"] = False
        tc.generate()

    def build(self):
        # A header-only package compiles nothing; with user.coordcare:unit_tests, the unit tests run.
        if not self._run_unit_tests or self.conf.get("tools.build:skip_test", default=False):
            return
        cmake = CMake(self)
        cmake.configure()
        cmake.build(target="coordcare_unit_tests")
        self.run(os.path.join(self.build_folder, "tests", "coordcare_unit_tests"))

    def package(self):
        copy(self, "*.hpp", os.path.join(self.source_folder, "include"), os.path.join(self.package_folder, "include"))
        copy(self, "LICENSE", self.source_folder, os.path.join(self.package_folder, "licenses"))
        # The commune data, every vintage (Licence Ouverte; its attribution in data/README.md), where the CMake
        # install puts it.
        copy(self, "communes-*.txt", os.path.join(self.source_folder, "data"), os.path.join(self.package_folder, "share", "coordcare"))
        copy(self, "README.md", os.path.join(self.source_folder, "data"), os.path.join(self.package_folder, "share", "coordcare"))

    def package_id(self):
        self.info.clear()

    def package_info(self):
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
        self.cpp_info.set_property("cmake_file_name", "coordcare")
        # The package's own target aggregates the components; it must not take a component's name.
        self.cpp_info.set_property("cmake_target_name", "coordcare::coordcare_all")
        # A Boost given as [platform_requires] is not among the dependencies, and CMakeDeps refuses
        # components that name it (conan-io/conan#17348): Boost's components are named only when Conan
        # provides Boost; the system's Boost.JSON is then linked by name.
        conan_boost = "boost" in self.dependencies
        core = self.cpp_info.components["core"]
        core.set_property("cmake_target_name", "coordcare::coordcare")
        core.bindirs = []
        core.libdirs = []
        core.requires = ["boost::headers"] if conan_boost else []
        # The commune data, named to the code as the CMake package does (<coordcare/io/communes.hpp>): the
        # directory of every vintage packaged (share/coordcare), and its newest extract; the directory is also
        # given to programs run through Conan's environment (COORDCARE_COMMUNES may name a directory).
        core.resdirs = [os.path.join("share", "coordcare")]
        data_dir = os.path.join(self.package_folder, "share", "coordcare")
        extracts = sorted(f for f in os.listdir(data_dir) if re.fullmatch(r"communes-\d{4}\.txt", f)) if os.path.isdir(data_dir) else []
        if extracts:
            communes = os.path.join(data_dir, extracts[-1])
            # Forward slashes: a Windows path's backslashes would be escapes in the C++ string literal.
            core.defines = [f'COORDCARE_COMMUNES_DIR="{data_dir.replace(os.sep, "/")}"',
                            f'COORDCARE_COMMUNES_FILE="{communes.replace(os.sep, "/")}"']
            self.runenv_info.define_path("COORDCARE_COMMUNES", data_dir)
            self.buildenv_info.define_path("COORDCARE_COMMUNES", data_dir)
        io = self.cpp_info.components["io"]
        io.set_property("cmake_target_name", "coordcare::io")
        io.bindirs = []
        io.libdirs = []
        io.requires = ["core", "boost::json"] if conan_boost else ["core"]
        if not conan_boost:
            io.system_libs = ["boost_json"]
