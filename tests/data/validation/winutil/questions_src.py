"""Questions for the Winutil FAQ blind set, written by hand from faq/faq.md alone.

IN_SCOPE: (question, expected section id); OUT_OF_SCOPE: questions about
Winutil that no section of the FAQ answers (expect = None).
"""

IN_SCOPE = [
    # --- General Questions ---
    ("how do i remove winutil from my pc? cant find it anywhere in installed apps", "how-do-i-uninstall-winutil"),
    ("where does winutil install itself? i want to wipe every trace of it after im done tweaking", "how-do-i-uninstall-winutil"),
    ("is this thing actually safe?? a guy on youtube told me to paste some random powershell command from a website and im kinda nervous", "is-winutil-safe-to-use"),
    ("before i let this tool mess with my registry, what precautions should i take", "is-winutil-safe-to-use"),
    ("do i have to leave winutil open in the background or will the changes stay after i close it", "do-i-need-to-keep-running-winutil"),
    ("can i use winutil on a pc thats completely offline? no network cable at all", "does-winutil-require-internet-access"),
    ("how often does winutil get new versions, do i need to redownload it manually every time", "how-often-is-winutil-updated"),
    # --- Installation & Running ---
    ("whats the command to launch winutil again? forgot the irm thing", "how-do-i-run-winutil"),
    ("new here, just found this tool. how do i actually start it, is there an exe to download or what", "how-do-i-run-winutil"),
    ("why does it need admin? i dont really like giving random scripts elevated perms", "why-do-i-need-administrator-rights"),
    ("irm christitus.com/win just hangs and then says unable to connect to the remote server. im in india if that matters", "the-script-wont-download-what-do-i-do"),
    ("the download keeps failing on my old win10 laptop, something like 'the underlying connection was closed'. is there another link or fix?", "the-script-wont-download-what-do-i-do"),
    ("getting 'running scripts is disabled on this system' right after i paste the command", "i-get-an-execution-policy-error-how-do-i-fix-it"),
    ("powershell says the file is not digitally signed and wont run it. how do i allow it just this once without changing my whole system", "i-get-an-execution-policy-error-how-do-i-fix-it"),
    # --- Tweaks & Modifications ---
    ("ran a bunch of tweaks yesterday and now my start menu search is broken lol, how do i roll one back", "i-applied-a-tweak-and-now-something-doesnt-work-what-do-i-do"),
    ("is there a way to revert a single tweak instead of restoring my whole pc?", "i-applied-a-tweak-and-now-something-doesnt-work-what-do-i-do"),
    ("first time using this, which tweaks can i tick without worrying about breaking stuff", "which-tweaks-are-safe-to-apply"),
    ("which of the tweaks are the dangerous ones i should leave alone unless i really know what im doing?", "which-tweaks-are-safe-to-apply"),
    ("if windows installs a big feature update will all my tweaks get undone?", "will-tweaks-survive-windows-updates"),
    ("just got the 24h2 update and some of my tweaks look reverted, is that normal or did i mess up", "will-tweaks-survive-windows-updates"),
    ("can i save my own preset with the tweaks i always pick so i dont have to tick them every time", "can-i-create-my-own-tweak-presets"),
    ("whats the actual diff between the essential tweaks and the advanced ones", "whats-the-difference-between-essential-and-advanced-tweaks"),
    # --- Application Installation ---
    ("where does winutil download the programs from? is it kinda like ninite", "how-does-winutil-install-applications"),
    ("can i tick like 20 apps and have them all install in one go or do i do them one by one", "can-i-install-multiple-applications-at-once"),
    ("winget seems totally broken on my machine, every install in the install tab fails with winget errors. is there a fix button somewhere?", "winget-isnt-working-how-do-i-fix-it"),
    ("winget isnt recognized after a fresh windows install, can winutil repair it for me", "winget-isnt-working-how-do-i-fix-it"),
    ("will the apps come with toolbars or mcafee junk like the normal installers do", "do-installed-applications-have-bloatware-or-bundled-software"),
    ("how do i uninstall an app i put on with winutil? i dont see a remove button", "can-i-uninstall-applications-through-winutil"),
    ("will the apps i installed through winutil keep themselves up to date or is that on me", "will-installed-apps-auto-update"),
    # --- Updates & Maintenance ---
    ("should i just kill windows updates completely with winutil? updates keep breaking my drivers", "should-i-disable-windows-updates"),
    ("is disabling updates a good idea on a gaming pc or nah", "should-i-disable-windows-updates"),
    ("i turned off updates a few months ago with winutil, how do i get them back on", "how-do-i-re-enable-updates-after-disabling-them"),
    ("security updates only vs disable updates, what does each one actually block?", "whats-the-difference-between-security-updates-only-and-disable-updates"),
    # --- Troubleshooting ---
    ("i paste the command, it downloads stuff and then... nothing. no window ever shows up", "winutil-wont-open-after-running-the-command"),
    ("the gui never appears after the script finishes, tried twice already. win11 23h2", "winutil-wont-open-after-running-the-command"),
    ("bitdefender just quarantined winutil saying its a trojan?? is this legit or did i get something nasty", "my-antivirus-flags-winutil-as-malicious"),
    ("why does my antivirus scream virus when i run this, kinda sketchy ngl", "my-antivirus-flags-winutil-as-malicious"),
    ("discord failed to install from the install tab but the rest went fine. what should i check", "an-application-failed-to-install"),
    ("after applying some network tweak my wifi says connected but theres no internet. help 😭", "network-tweaks-broke-my-internet-connection"),
    ("lost my internet right after running the tweaks, how do i reset whatever winutil changed on the network side", "network-tweaks-broke-my-internet-connection"),
    ("after the advanced tweaks some windows features are just gone, i cant get to location settings anymore. how do i bring them back", "i-cant-access-certain-windows-features-after-applying-tweaks"),
    # --- Advanced Topics ---
    ("does this work on server 2022? setting up a box for my homelab", "can-i-run-winutil-on-windows-server"),
    ("im on windows 10 iot enterprise ltsc, will winutil run on that", "does-winutil-work-with-windows-ltsc"),
    ("can i use this on my work laptop? its domain joined and has a bunch of group policies", "can-i-use-winutil-in-a-corporateenterprise-environment"),
    ("i have to set up 15 pcs for a small office, can i run winutil unattended with a config instead of clicking through it on every machine", "how-do-i-automate-winutil-for-multiple-pcs"),
    ("id like to help out with the project, how can i contribute?", "can-i-contribute-to-winutil"),
    # --- Privacy & Security ---
    ("does winutil itself send any of my data anywhere? like does it phone home", "does-winutil-collect-any-data"),
    ("privacy question: is chris titus collecting info about my pc when i use his tool", "does-winutil-collect-any-data"),
    ("what exactly does the disable telemetry tweak switch off", "what-telemetry-does-the-disable-telemetry-tweak-block"),
    ("should i turn off windows defender with the advanced tweaks? i want max performance", "is-it-safe-to-disable-windows-defender"),
    ("is killing defender a bad idea if i dont have any other antivirus installed", "is-it-safe-to-disable-windows-defender"),
    ("if i remove the microsoft store will i still get security patches from windows update?", "will-removing-microsoft-store-affect-security-updates"),
    # --- Performance ---
    ("will this actually speed up my slow laptop or is it just placebo", "will-winutil-make-my-pc-faster"),
    ("which preset should i pick for a gaming rig", "whats-the-best-preset-for-gaming"),
    ("best winutil settings for max fps in valorant?", "whats-the-best-preset-for-gaming"),
    ("how much memory does winutil eat while its open, i only have 4gb ram", "how-much-ram-does-winutil-use"),
    # --- Error Messages ---
    ("keep getting access denied when applying tweaks, what am i doing wrong", "access-denied-errors"),
    ("tweaks fail with 'access is denied' on some registry keys even though im on an admin account", "access-denied-errors"),
    ("first run theres a winget prompt in the powershell window asking me to agree to something and it just sits there forever", "winget-configuration-prompt-wont-go-away"),
    # --- Still Need Help? ---
    ("the faq didnt cover my problem, is there a known issues list or a video walkthrough somewhere?", "still-need-help"),
]

OUT_OF_SCOPE = [
    "does winutil run on a mac or on linux?",
    "can i switch the winutil window itself to a light theme? the dark ui is hard to read for me",
    "what does the O&O ShutUp10 button in winutil do",
    "can winutil build a debloated windows iso for me to put on a usb stick",
    "how do i change the language of the winutil interface to german",
    "who is chris titus anyway",
    "can winutil activate windows for me or give me a product key",
    "does winutil support windows on arm, like those snapdragon laptops",
    "how do i get rid of microsoft edge completely with winutil",
    "can winutil install my nvidia gpu drivers",
    "is there a tweak for the old right click context menu on windows 11",
    "how do i turn on wsl through winutil so i can run ubuntu",
    "can i use winutil to upgrade to windows 11 on a pc without tpm 2.0",
    "can winutil remove copilot and recall on windows 11",
    "how do i set up automatic login without a password using winutil",
]
