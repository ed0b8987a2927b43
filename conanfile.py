import os
import re

from conan import ConanFile
from conan.tools.build import check_min_cppstd
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy, load

required_conan_version = ">=2.0"


class CoordcareConan(ConanFile):
    name = "coordcare"
    description = ("French coordinated primary care (ESP, ESS, MSP, CDS, CPTS): structures, "
                   "their rules checked at compile time and at run time, funding")
    license = "MIT"
    topics = ("healthcare", "france", "rules", "header-only", "hana")
    package_type = "header-library"
    settings = "os", "arch", "compiler", "build_type"
    # The sources the recipe needs to run the unit tests in build() and to package the headers.
    exports_sources = ("include/*", "tests/*", "examples/*", "tools/*", "docs/*", "cmake/*", "CMakeLists.txt", "LICENSE")

    def set_version(self):
        # The version is written once, in include/coordcare/version.hpp.
        header = load(self, os.path.join(self.recipe_folder, "include", "coordcare", "version.hpp"))
        self.version = ".".join(re.search(rf"#define COORDCARE_VERSION_{part} (\d+)", header).group(1)
                                for part in ("MAJOR", "MINOR", "PATCH"))

    def layout(self):
        cmake_layout(self)

    def requirements(self):
        # Boost's headers (Hana) for the core; Boost.JSON's library for the input/output layer.
        self.requires("boost/1.81.0", transitive_headers=True)

    def build_requirements(self):
        self.test_requires("catch2/2.13.10")

    def validate(self):
        check_min_cppstd(self, 20)

    def generate(self):
        CMakeDeps(self).generate()
        tc = CMakeToolchain(self)
        tc.cache_variables["COORDCARE_BUILD_TESTS"] = True
        tc.cache_variables["COORDCARE_BUILD_EXAMPLES"] = False
        tc.generate()

    def build(self):
        # Nothing to compile for the package itself; build and run the unit tests unless skipped.
        if self.conf.get("tools.build:skip_test", default=False):
            return
        cmake = CMake(self)
        cmake.configure()
        cmake.build(target="coordcare_unit_tests")
        self.run(os.path.join(self.build_folder, "tests", "coordcare_unit_tests"))

    def package(self):
        copy(self, "*.hpp", os.path.join(self.source_folder, "include"), os.path.join(self.package_folder, "include"))
        copy(self, "LICENSE", self.source_folder, os.path.join(self.package_folder, "licenses"))

    def package_id(self):
        self.info.clear()

    def package_info(self):
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
        self.cpp_info.set_property("cmake_file_name", "coordcare")
        self.cpp_info.set_property("cmake_target_name", "coordcare::coordcare")
        # coordcare::io (<coordcare/io.hpp>) is the same package target here: it needs Boost.JSON.
        # (Components would say it more finely, but Conan's CMakeDeps refuses component requires on a
        # package given as [platform_requires], the way to use the system's Boost.)
        self.cpp_info.set_property("cmake_target_aliases", ["coordcare::io"])
        self.cpp_info.requires = ["boost::headers", "boost::json"]
