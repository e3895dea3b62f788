"""Hand-written questions for the vcpkg FAQ (faq/faq.md).

Written from the FAQ text only, in the style of users asking in a Discord
support channel. IN_SCOPE maps each question to the one section id (see
sections.txt) whose answer covers it. OUT_OF_SCOPE questions are plausible
vcpkg questions that no section of this FAQ answers (expect null).
"""

IN_SCOPE = [
    # can-i-contribute-a-new-library
    ("I packaged a lib for myself and wanna upstream it as a new port, where do I start?",
     "can-i-contribute-a-new-library"),
    ("is there a list of libs people are requesting? I'd like to help out but I have no idea which one to add",
     "can-i-contribute-a-new-library"),
    ("can outsiders submit new librarys to the vcpkg catalog?",
     "can-i-contribute-a-new-library"),

    # can-vcpkg-create-pre-built-binary-packages-what-is-the-binary-format-used-by-vcpkg
    ("is there a way to make vcpkg spit out prebuilt binary packages from the stuff I already installed?",
     "can-vcpkg-create-pre-built-binary-packages-what-is-the-binary-format-used-by-vcpkg"),
    ("what format are vcpkg's binary packages in",
     "can-vcpkg-create-pre-built-binary-packages-what-is-the-binary-format-used-by-vcpkg"),

    # how-do-i-update-libraries
    ("how do I see which of my installed packages are outdated?",
     "how-do-i-update-libraries"),
    ("my installed zlib is older than what the portfile says now, how do i upgrade it",
     "how-do-i-update-libraries"),
    ("which command tells me what installed stuff is out of sync with the ports?",
     "how-do-i-update-libraries"),

    # how-do-i-get-more-libraries
    ("where does the list of available libs actually come from? can we add or remove entries ourselves for our company?",
     "how-do-i-get-more-libraries"),
    ("is the set of available packages fixed, or can I get more libraries into my local vcpkg somehow?",
     "how-do-i-get-more-libraries"),
    ("can I trim the catalog down to only the libraries my team actually uses",
     "how-do-i-get-more-libraries"),

    # can-i-build-a-private-library-with-this-tool
    ("we have an internal closed-source lib, can vcpkg build it from source even though the code isn't public?",
     "can-i-build-a-private-library-with-this-tool"),
    ("how do i write a portfile for our in-house library when the sources aren't at any public URL",
     "can-i-build-a-private-library-with-this-tool"),
    ("Our proprietary code lives on an internal file server. Is it possible to still make a port for it and have vcpkg compile it like any other package, or is vcpkg only meant for open source stuff from GitHub?",
     "can-i-build-a-private-library-with-this-tool"),

    # can-i-use-a-prebuilt-private-library-with-this-tool
    ("a vendor only gave us .lib files + headers, no source. can I still wrap that as a vcpkg package?",
     "can-i-use-a-prebuilt-private-library-with-this-tool"),
    ("is there an example portfile that just copies existing binaries instead of building anything?",
     "can-i-use-a-prebuilt-private-library-with-this-tool"),
    ("can a portfile simply download already-compiled binaries and drop them in the right place",
     "can-i-use-a-prebuilt-private-library-with-this-tool"),

    # which-platforms-i-can-target-with-vcpkg
    ("can I build libs for UWP on ARM with vcpkg?",
     "which-platforms-i-can-target-with-vcpkg"),
    ("what targets/architectures can vcpkg build for? x86 only or x64 as well, and where's the full list of triplets",
     "which-platforms-i-can-target-with-vcpkg"),

    # does-vcpkg-run-on-linuxosx
    ("does vcpkg work on a mac?",
     "does-vcpkg-run-on-linuxosx"),
    ("anyone running vcpkg on fedora or arch? is linux even supported",
     "does-vcpkg-run-on-linuxosx"),
    ("can i use this on ubuntu or is it windows-only",
     "does-vcpkg-run-on-linuxosx"),

    # how-do-i-update-vcpkg
    ("how do I upgrade the vcpkg tool itself to the newest version?",
     "how-do-i-update-vcpkg"),
    ("after pulling the latest repo do I have to rebuild the vcpkg executable? which script do I run for that",
     "how-do-i-update-vcpkg"),
    ("my vcpgk.exe is ancient lol, how do i refresh it",
     "how-do-i-update-vcpkg"),

    # how-do-i-use-different-versions-of-a-library-on-one-machine
    ("project A needs boost 1.65 and project B needs 1.66, can I have both installed on the same PC?",
     "how-do-i-use-different-versions-of-a-library-on-one-machine"),
    ("can a single vcpkg instance hold two versions of the same library side by side?",
     "how-do-i-use-different-versions-of-a-library-on-one-machine"),
    ("I need to keep an older openssl for one legacy app while my other projects use the latest. How do people usually handle that with vcpkg? Our app is really sensitive to lib versions so we want them locked down.",
     "how-do-i-use-different-versions-of-a-library-on-one-machine"),

    # how-does-vcpkg-protect-my-privacy
    ("does vcpkg collect telemetry or send any data about me?",
     "how-does-vcpkg-protect-my-privacy"),
    ("where can i read about vcpkg and privacy",
     "how-does-vcpkg-protect-my-privacy"),

    # can-i-use-my-own-cmake-toolchain-file-with-vcpkgs-toolchain-file
    ("I already have a toolchain file for cross compiling, how do I combine it with vcpkg.cmake?",
     "can-i-use-my-own-cmake-toolchain-file-with-vcpkgs-toolchain-file"),
    ("CMAKE_TOOLCHAIN_FILE is already pointing at our own toolchain, can vcpkg still work alongside it?",
     "can-i-use-my-own-cmake-toolchain-file-with-vcpkgs-toolchain-file"),
    ("where in my existing cmake toolchain should I include the vcpkg one, top or bottom?",
     "can-i-use-my-own-cmake-toolchain-file-with-vcpkgs-toolchain-file"),

    # can-i-use-my-ownspecific-flags-for-rebuilding-libs
    ("how do I pass custom compiler flags when vcpkg builds a library?",
     "can-i-use-my-ownspecific-flags-for-rebuilding-libs"),
    ("is there a global setting to change the build flags for every port at once?",
     "can-i-use-my-ownspecific-flags-for-rebuilding-libs"),
    ("i want one lib rebuilt with /O2 and an extra define, how do i tweak how that package gets compiled",
     "can-i-use-my-ownspecific-flags-for-rebuilding-libs"),

    # can-i-get-vcpkg-integration-for-custom-configurations
    ("my solution has a 'ReleaseWithSymbols' config and the integration doesn't pick up any libs for it, how do I map it?",
     "can-i-get-vcpkg-integration-for-custom-configurations"),
    ("how do I tell the msbuild integration that my custom build configuration should use the Release libraries?",
     "can-i-get-vcpkg-integration-for-custom-configurations"),
    ("we have an extra VS configuration called 'Profile' besides Debug and Release, will vcpkg know which libs to link for that one?",
     "can-i-get-vcpkg-integration-for-custom-configurations"),

    # i-cant-use-user-wide-integration-can-i-use-a-per-project-integration
    ("I'm not allowed to run integrate install on our build machines, is there a per-project alternative?",
     "i-cant-use-user-wide-integration-can-i-use-a-per-project-integration"),
    ("how do I generate a nuget package so only one project uses vcpkg",
     "i-cant-use-user-wide-integration-can-i-use-a-per-project-integration"),
    ("can i just import some .targets file in my vcxproj instead of the machine-wide integraton?",
     "i-cant-use-user-wide-integration-can-i-use-a-per-project-integration"),

    # how-can-i-remove-temporary-files
    ("my vcpkg folder is eating like 30GB, which folders are safe to delete?",
     "how-can-i-remove-temporary-files"),
    ("is it ok to wipe the build trees and downloaded archives to free up disk space?",
     "how-can-i-remove-temporary-files"),

    # how-is-cmake-used-internally-by-vcpkg
    ("why does vcpkg need cmake even though my own project is plain msbuild?",
     "how-is-cmake-used-internally-by-vcpkg"),
    ("what does vcpkg use cmake for under the hood",
     "how-is-cmake-used-internally-by-vcpkg"),

    # will-vcpkg-support-downloading-compiled-binaries-from-a-public-or-private-server
    ("will there ever be precompiled downloads so I don't have to compile every single library myself?",
     "will-vcpkg-support-downloading-compiled-binaries-from-a-public-or-private-server"),
    ("In our company every dev rebuilds the same libs and it takes forever. What's the recommended way to build them once and share them with the whole team?",
     "will-vcpkg-support-downloading-compiled-binaries-from-a-public-or-private-server"),
    ("is there a server i can pull prebuilt packages from",
     "will-vcpkg-support-downloading-compiled-binaries-from-a-public-or-private-server"),

    # what-visual-c-toolsets-are-supported
    ("does vcpkg work with VS 2013?",
     "what-visual-c-toolsets-are-supported"),
    ("minimum visual studio version needed?",
     "what-visual-c-toolsets-are-supported"),

    # why-does-visual-studio-not-use-my-libraries-with-user-wide-integration-enabled
    ("ran integrate install but VS still can't find the headers. I had set my own Additional Include Directories in the project, does that matter?",
     "why-does-visual-studio-not-use-my-libraries-with-user-wide-integration-enabled"),
    ("linker can't find the libs even tho user-wide integration is on, what's going on",
     "why-does-visual-studio-not-use-my-libraries-with-user-wide-integration-enabled"),
    ("integration is installed but visual studio ignores my vcpkg libraries, how do I get the default paths back?",
     "why-does-visual-studio-not-use-my-libraries-with-user-wide-integration-enabled"),

    # why-not-nuget
    ("why didn't microsoft just use nuget for C++ libraries?",
     "why-not-nuget"),
    ("what's the problem with nuget for native packages compared to vcpkg",
     "why-not-nuget"),

    # why-not-conan
    ("how is vcpkg different from conan?",
     "why-not-conan"),
    ("why make a whole new package manager when conan.io already exists",
     "why-not-conan"),

    # why-not-chocolatey
    ("can't I just use chocolatey to install dev libraries?",
     "why-not-chocolatey"),
    ("whats the difference between vcpkg and choco",
     "why-not-chocolatey"),
]

OUT_OF_SCOPE = [
    "does vcpkg support a manifest file like vcpkg.json to declare dependencies per project?",
    "how do i search for a package by name before installing it",
    "how do I enable optional features of a port, e.g. curl with ssl?",
    "how do I uninstall just one package I installed by mistake?",
    "we're behind a corporate proxy and downloads keep timing out, how do I configure a proxy for vcpkg?",
    "are the libraries in the catalog ok to use in a commercial closed-source product? what license do ports have",
    "I'm getting a SHA512 hash mismatch when it downloads the source archive, how do I fix that?",
    "how can I see the whole dependency tree of a port before installing it?",
    "is there a GUI frontend for vcpkg or is it cli only?",
    "how do I link everything statically instead of getting DLLs?",
    "how do I list all the packages I've got installed right now?",
    "vcpkg install fails when my path contains spaces, is that a known bug?",
    "How do I use vcpkg with Qt Creator and qmake projects?",
    "how long does a pull request fixing a port usually take to get merged?",
    "where are the build logs when a port fails to compile?",
]
