"""Hand-written questions for the blind VS Code FAQ set.

Written from the FAQ text (faq/faq.md) alone, in the style of a Discord
support channel. IN_SCOPE: (question, expected section id). OUT_OF_SCOPE:
questions about VS Code that no section of this FAQ answers (expect null).
"""

IN_SCOPE = [
    # what-is-the-difference-between-visual-studio-code-and-visual-studio-ide
    ("is vscode just a lighter visual studio or are they totally different products? my boss keeps calling them the same thing",
     "what-is-the-difference-between-visual-studio-code-and-visual-studio-ide"),
    ("Should I grab Visual Studio or VS Code for a quick edit-build-debug loop? Which of the two is the full IDE?",
     "what-is-the-difference-between-visual-studio-code-and-visual-studio-ide"),

    # which-oss-are-supported
    ("does vs code work on linux or is it windows only",
     "which-oss-are-supported"),
    ("what platforms can I install code on? thinking my mac plus the ubuntu desktop at home",
     "which-oss-are-supported"),

    # is-vs-code-free
    ("do i have to pay for vscode if i use it at work for commercial projects?",
     "is-vs-code-free"),
    ("is code actually free or is there a trial that runs out after 30 days",
     "is-vs-code-free"),

    # how-to-disable-telemetry-reporting
    ("how do i stop vscode sending usage data to microsoft",
     "how-to-disable-telemetry-reporting"),
    ("privacy question: I want zero usage stats leaving my machine. which setting is it, telemetryLevel? and what value",
     "how-to-disable-telemetry-reporting"),
    ("how do I opt out of the A/B feature experiments microsoft rolls out in the editor? I want to keep everything else as is",
     "how-to-disable-telemetry-reporting"),

    # how-to-disable-crash-reporting
    ("when code crashes does it upload a dump to MS? can i turn off just that part",
     "how-to-disable-crash-reporting"),
    ("our security team says no crash dumps may ever be sent off the laptops. how do I disable that in vs code, and do I need a restart after?",
     "how-to-disable-crash-reporting"),

    # gdpr-and-vs-code
    ("is vscode gdpr compliant? need it for our DPO checklist",
     "gdpr-and-vs-code"),
    ("what's microsoft's stance on EU data protection for the stuff vs code collects? like do they have retention policies for crash dumps etc",
     "gdpr-and-vs-code"),

    # what-online-services-does-vs-code-use
    ("besides telemetry what else in vscode phones home? we're on a locked down network and need to know which features hit the internet",
     "what-online-services-does-vs-code-use"),
    ("is there a way to list every setting that makes network calls? like the natural language search in settings, extension lookups and so on",
     "what-online-services-does-vs-code-use"),

    # how-do-i-opt-out-of-vs-code-auto-updates
    ("code keeps updating itself on windows and breaking my setup, how do i stop the auto update",
     "how-do-i-opt-out-of-vs-code-auto-updates"),
    ("update.mode none - is that the right setting to freeze my version?",
     "how-do-i-opt-out-of-vs-code-auto-updates"),
    ("my extensions keep updating on their own and the newest version of one of them broke my workflow. can I stop extensions from auto updating?",
     "how-do-i-opt-out-of-vs-code-auto-updates"),

    # licensing
    ("whats the actual difference between Code - OSS from the github repo and the microsoft build i download? why is one MIT and the other not",
     "licensing"),
    ("where on disk are the license files and ThirdPartyNotices.txt for vs code? legal wants a copy",
     "licensing"),
    ("how do I check what license a particular extension is under before we approve it for the team",
     "licensing"),

    # are-all-vs-code-extensions-open-source
    ("are microsoft's remote development extensions open source? cant find their source anywhere",
     "are-all-vs-code-extensions-open-source"),
    ("is every extension on the marketplace open source or are some of them proprietary",
     "are-all-vs-code-extensions-open-source"),

    # how-do-i-find-the-version
    ("how do i check which version of vscode i have installed? on a mac",
     "how-do-i-find-the-version"),
    ("someone in here asked me for my build number, where do I see what version of code I'm running",
     "how-do-i-find-the-version"),

    # previous-release-versions
    ("need to downgrade vscode to 1.83.1, where can i download an older release",
     "previous-release-versions"),
    ("is there a direct download url pattern for a specific version of the linux arm64 .deb? want to script it",
     "previous-release-versions"),
    ("latest release broke my remote setup 😩 how do i get last month's version back",
     "previous-release-versions"),

    # prerelease-versions
    ("how do i get the nightly builds to try new features early",
     "prerelease-versions"),
    ("can the insiders build be installed next to stable without messing up my settings and extensions?",
     "prerelease-versions"),
    ("is there a beta channel for vs code",
     "prerelease-versions"),

    # where-can-i-find-the-visual-studio-code-icons
    ("where can i get the official vs code logo for a slide deck, and are there rules on how I'm allowed to use it",
     "where-can-i-find-the-visual-studio-code-icons"),
    ("is there an official svg of the vscode icon that I can put in my blog post?",
     "where-can-i-find-the-visual-studio-code-icons"),

    # what-is-a-vs-code-workspace
    ("what does workspace even mean in vscode? is it just the folder i open?",
     "what-is-a-vs-code-workspace"),
    ("whats this .vscode folder that showed up in my project root",
     "what-is-a-vs-code-workspace"),

    # can-i-run-a-portable-version-of-vs-code
    ("can i run vs code from a usb stick with all my settings on it",
     "can-i-run-a-portable-version-of-vs-code"),
    ("no admin rights on the work pc. is there a mode where the settings and extensions live next to the exe instead of in my profile?",
     "can-i-run-a-portable-version-of-vs-code"),
    ("portable vscode possible?",
     "can-i-run-a-portable-version-of-vs-code"),

    # report-an-issue-with-a-vs-code-extension
    ("found an extension on the marketplace that looks like straight up malware, where do I report it to microsoft",
     "report-an-issue-with-a-vs-code-extension"),
    ("how do i contact the author of an extension about a bug in it",
     "report-an-issue-with-a-vs-code-extension"),

    # installation-appears-to-be-corrupt-unsupported
    ("title bar says [Unsupported] since I installed an extension that tweaks the UI fonts, what does that mean",
     "installation-appears-to-be-corrupt-unsupported"),
    ("getting 'Your Code installation appears to be corrupt. Please reinstall.' every time i launch",
     "installation-appears-to-be-corrupt-unsupported"),
    ("our antivirus quarantined a few files in the vscode install folder and now the window title says unsupported. how do i fix it",
     "installation-appears-to-be-corrupt-unsupported"),

    # resolving-shell-environment-fails
    ("Unable to resolve your shell environment in a reasonable time. Please review your shell configuration.  <- getting this on mac when I open code from the dock",
     "resolving-shell-environment-fails"),
    ("nvm in my zshrc makes vscode startup throw a shell env timeout error, can i raise the timeout?",
     "resolving-shell-environment-fails"),
    ("when I launch code from the dock the PATH from my .zshrc is missing in tasks, but when i start it from a terminal with `code .` it works. why??",
     "resolving-shell-environment-fails"),

    # vs-code-is-blank
    ("vscode opens but the window is completely empty after the update, ubuntu 22.04 + nvidia card",
     "vs-code-is-blank"),
    ("is there a flag to start code with gpu acceleration off? i just get a blank window",
     "vs-code-is-blank"),
    ("should i delete the GPUCache folder? editor shows nothing but a black window since yesterday",
     "vs-code-is-blank"),

    # vs-code-gets-unresponsive-right-after-opening-a-folder
    ("code freezes and pegs the cpu as soon as I open our monorepo folder, its like 200k files",
     "vs-code-gets-unresponsive-right-after-opening-a-folder"),
    ("any way to stop vscode crawling a giant data folder when i open the project? it hangs for minutes and the UI doesnt respond",
     "vs-code-gets-unresponsive-right-after-opening-a-folder"),

    # can-i-run-vs-code-on-older-windows-versions
    ("still on windows 7 in my lab, what's the last vscode version that works there",
     "can-i-run-vs-code-on-older-windows-versions"),
    ("does vscode still support 32 bit windows 10? our old kiosk machines are 32-bit",
     "can-i-run-vs-code-on-older-windows-versions"),
    ("win 8.1 machine stopped getting vscode updates, is that expected or is something broken",
     "can-i-run-vs-code-on-older-windows-versions"),

    # can-i-run-vs-code-on-old-macos-versions
    ("my old macbook is stuck on mojave, will vscode keep updating on it?",
     "can-i-run-vs-code-on-old-macos-versions"),
    ("which is the last vs code release that runs on macOS 10.14",
     "can-i-run-vs-code-on-old-macos-versions"),

    # can-i-run-vs-code-on-older-linux-distributions
    ("after the 1.86 update code wont start on our centos 7 box anymore, something about glibc being too old",
     "can-i-run-vs-code-on-older-linux-distributions"),
    ("ubuntu 18.04 workstation, vscode desktop refuses to launch since the january release. what are my options if I can't upgrade the distro?",
     "can-i-run-vs-code-on-older-linux-distributions"),

    # technical-support
    ("is there paid / professional support for vs code? I need to open a ticket with an actual engineer",
     "technical-support"),
    ("where should I ask general vscode questions or file a feature request? is there an official place",
     "technical-support"),
]

OUT_OF_SCOPE = [
    "how do i make the editor font bigger",
    "whats the keyboard shortcut to open the integrated terminal",
    "how do I turn on settings sync so my setup follows me to my laptop with my github account",
    "how do you add a cursor on multiple lines at once",
    "long lines go off the screen, how do i turn on word wrap",
    "how do i change the color theme to something dark",
    "how do I resolve git merge conflicts inside vscode",
    "prettier isnt formatting on save, how do I set that up",
    "how do I bind my own keyboard shortcut to a command",
    "how do i create my own code snippets",
    "is there a way to compare two files side by side and see the diff",
    "can vscode auto save files when I switch windows",
    "how do I change the UI language to german",
    "how do i use copilot chat in vs code",
    "how do I pick the python interpreter from my venv",
]
