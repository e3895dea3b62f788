"""Hand-written validation questions for the Meson FAQ (faq/FAQ.md).

Written from the FAQ text alone (no bot, test or code of the project under
test was looked at). IN_SCOPE: (question, expected section id); every id is
a GitHub heading anchor listed in sections.txt. OUT_OF_SCOPE: questions that
no section answers (13 about Meson / building C and C++, 2 off topic); the
expected answer for them is null.
"""

# ids, for reference
NAME = "why-is-it-called-meson"
THREADS = "what-is-the-correct-way-to-use-threads-such-as-pthreads"
NO_PKG = "how-to-use-meson-on-a-host-where-it-is-not-available-in-system-packages"
WILDCARD_WHY = "why-cant-i-specify-target-files-with-a-wildcard"
WILDCARD_HOW = "but-i-really-want-to-use-wildcards"
SUBDIR = "should-i-use-subdir-or-subproject"
MAKE = "why-is-there-not-a-make-backend"
PY_MODULE = "why-is-meson-not-just-a-python-module-so-i-could-code-my-build-setup-in-python"
EXPORT_SYM = "how-do-i-do-the-equivalent-of-libtools-export-symbol-and-export-regex"
LNK1181 = ("my-project-works-fine-on-linux-and-mingw-but-fails-to-link-with-msvc-"
           "due-to-a-missing-lib-file-fatal-error-lnk1181-why")
FLAGS = "i-added-some-compiler-flags-and-now-the-build-fails-with-weird-errors-what-is-happening"
DEFAULTS = "why-are-changes-to-default-project-options-ignored"
WRAP = "does-wrap-download-sources-behind-my-back"
WHY_PY = "why-is-meson-implemented-in-python-rather-than-programming-language-x"
OLD_PY = "do-you-at-least-support-my-ancient-python-install"
NO_PY = "but-i-really-want-a-version-of-meson-that-doesnt-use-python"
NEW_CC = "i-have-proprietary-compiler-toolchain-x-that-does-not-work-with-meson-how-can-i-make-it-work"
LIBFOO_A = "why-does-building-my-project-with-msvc-output-static-libraries-called-libfooa"
HEADERS = "do-i-need-to-add-my-headers-to-the-sources-list-like-in-autotools"
GEN_HEADERS = "how-do-i-tell-meson-that-my-sources-use-generated-headers"
EH_RTTI = "how-do-i-disable-exceptions-and-rtti-in-my-c-project"
BUILDTYPE = "should-i-check-for-buildtype-or-individual-options-like-debug-in-my-build-files"
ORDER = "how-do-i-use-a-library-before-declaring-it"
FUNCS = "why-doesnt-meson-have-user-defined-functionsmacros"
LINK_ARGS = "why-dont-the-arguments-passed-to-add_project_link_arguments-affect-anything"
GITIGNORE = "how-do-i-ignore-the-build-directory-in-my-vcs"
DEFINES = "how-to-add-preprocessor-defines-to-a-target"

IN_SCOPE = [
    # name
    ("where does the name meson come from", NAME),
    ("is meson named after the particle? whats the story behind the name of the build system", NAME),

    # threads
    ("how do i link pthread in meson, do i need find_library('pthread')?", THREADS),
    ("whats the proper way to depend on posix threads in a meson.build? searching for libpthread.so by hand feels wrong and breaks when cross compiling", THREADS),

    # not packaged
    ("my distro doesnt ship meson, how do i get it", NO_PKG),
    ("locked down build server: no root, no pypi access, old distro without a meson package. can i just run meson straight out of a source tarball or git clone?", NO_PKG),

    # wildcard: why not
    ("sources : '*.cpp' doesnt work, why", WILDCARD_WHY),
    ("why doesnt meson support globbing source files like cmake file(GLOB ...)?", WILDCARD_WHY),
    ("its so annoying to list every .c file by hand in meson.build. whats the reasoning for not allowing patterns for the source list", WILDCARD_WHY),

    # wildcard: do it anyway
    ("i dont care about the tradeoffs, how can i still glob my sources with a script in meson", WILDCARD_HOW),
    ("i collect my .c files with run_command and a shell script, but when i add a new file it doesnt get built until i touch meson.build. is that expected?", WILDCARD_HOW),

    # subdir / subproject
    ("when should i use subproject instead of subdir", SUBDIR),
    ("i build a shared lib in src/ and want the tests in tests/ to link against it. should tests be a subproject?", SUBDIR),

    # make backend
    ("can meson generate makefiles instead of ninja files", MAKE),
    ("our embedded platform has no ninja port, only make. any chance of a make backend?", MAKE),

    # python module / turing complete
    ("why cant i just write my build defintion in python like with scons", PY_MODULE),
    ("why is the meson build language deliberately not turing complete", PY_MODULE),

    # libtool export-symbol
    ("libtool has -export-symbols-regex, whats the meson equivalent", EXPORT_SYM),
    ("how do i control which symbols my shared libary exports when moving from autotools to meson? linker script?", EXPORT_SYM),

    # LNK1181
    ("fatal error LNK1181: cannot open input file 'foo.lib' when building with msvc, same project works on linux", LNK1181),
    ("msvc doesnt produce an import .lib for my dll and then the link step fails", LNK1181),
    ("project links fine with gcc and mingw but visual studio complains the .lib file is missing, what am i doing wrong", LNK1181),

    # compiler flags as one string
    ("i put c_args : '-Wall -Wextra' in my executable and now the compiler spits out weird unrecognized option errors", FLAGS),
    ("does meson split a string of compiler flags on spaces?", FLAGS),
    ("passing two flags in one string to cpp_args breaks the build, how am i supposed to pass several arguments", FLAGS),

    # default options ignored
    ("changed cpp_std=c++17 in default_options but my build still uses c++11", DEFAULTS),
    ("why does editing default_options in project() have no effect on an existing build dir", DEFAULTS),
    ("i bumped a default option in project(), do i really have to wipe the builddir or can i just reconfigure?", DEFAULTS),

    # wrap downloads
    ("does meson download stuff from the internet durring the build without asking", WRAP),
    ("distro packaging policy says no network during builds. how do i stop meson from fetching wrap subprojects", WRAP),
    ("how do i force meson to always use the subproject fallback even when the system library is installed? want to test that our fallbacks still build", WRAP),

    # why python as implementation language
    ("why was meson written in python and not c++ or rust", WHY_PY),
    ("wouldnt meson be faster if it were written in go? why did they pick python", WHY_PY),

    # old python
    ("which python versions does meson still support? were stuck on python 3.6 at work", OLD_PY),
    ("is there an lts meson release for old python installs", OLD_PY),

    # no python at all
    ("is there an implementation of meson that doesnt need python at all, like in plain c?", NO_PY),
    ("any alternative meson implementations? heard about muon", NO_PY),

    # proprietary compiler
    ("our vendor's proprietary compiler isnt recognized by meson, can i describe it in a config file somehow?", NEW_CC),
    ("how do i add support for a new c compiler to meson", NEW_CC),

    # libfoo.a with MSVC
    ("why does meson name static libs libfoo.a with msvc instead of foo.lib", LIBFOO_A),
    ("downstream project on windows expects my static library to be called foo.lib but meson produces libfoo.a. how do i change the name", LIBFOO_A),

    # headers in sources
    ("do i have to list .h files in sources like with automake so they end up in the dist tarball", HEADERS),
    ("will meson rebuild my objects when i change a header even if i never added the header to the sources list?", HEADERS),

    # generated headers
    ("custom_target generates a header that my C files include, but compilation fails randomly because it isnt generated yet", GEN_HEADERS),
    ("libbar includes foo-gen.h which is generated for libfoo. how do i make libbar wait for it, declare_dependency?", GEN_HEADERS),
    ("my custom target outputs both a .h and a .c, how do i hand only the header to the targets that depend on it", GEN_HEADERS),

    # exceptions / RTTI
    ("how to build c++ with -fno-exceptions and -fno-rtti in meson", EH_RTTI),
    ("wich meson option turns off rtti", EH_RTTI),

    # buildtype vs individual options
    ("should i test get_option('buildtype') == 'debug' or look at the debug / optimization options in meson.build", BUILDTYPE),
    ("one file miscompiles at -O3 and needs a workaround define only then, which option do i check", BUILDTYPE),

    # library order
    ("can libB link_with libA if libA is only declared further down in the file", ORDER),
    ("does the order of library() calls matter? i get an undefined variable error linking to a lib defined below", ORDER),

    # user-defined functions
    ("how do i define my own function or macro in meson to avoid copy pasting executable() calls", FUNCS),
    ("why are there no functions in the meson dsl? cmake has function() and macro()", FUNCS),

    # add_project_link_arguments
    ("add_project_link_arguments(..., language : ['c']) is ignored for my executable that also has a .cpp file", LINK_ARGS),
    ("my -Wl linker flag never reaches the linker, the target mixes c and c++ sources", LINK_ARGS),

    # gitignore build dir
    ("what do i put in .gitignore for the meson build folder", GITIGNORE),
    ("do i need to add builddir to my hg/git ignore file", GITIGNORE),

    # preprocessor defines
    ("how do i add a -DFOO define to just one target", DEFINES),
    ("msvc uses /D for defines, do i need special handling for that in meson or does -D work", DEFINES),
]

OUT_OF_SCOPE = [
    "how do i write a cross file to build for arm64 from x86",
    "how do i set a timeout for a slow test with meson test",
    "how do i install my public headers into the include dir on meson install",
    "how do i install data files like icons and .desktop files with meson",
    "how can meson generate a pkg-config .pc file for my library",
    "installed binary cant find my shared lib, how do i set the install rpath in meson",
    "how do i enable link time optimization in meson",
    "how do i make meson use clang instead of gcc",
    "does meson support precompiled headers and how do i turn them on",
    "how to build a python extension module with meson",
    "where does meson put compile_commands.json for clangd",
    "how do i run doxygen to generate api docs as part of the meson build",
    "how do i set the install prefix to /opt/myapp",
    "whats a good recipe for banana bread",
    "how do i center a div in css",
]
