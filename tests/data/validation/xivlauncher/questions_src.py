"""Hand-written questions for the XIVLauncher FAQ (faq/xl_troubleshooting.md).

Written from the FAQ text alone, the way players type in a help channel.
IN_SCOPE: (question, section id of the one section that answers it).
OUT_OF_SCOPE: questions near the domain that the FAQ does not answer.
"""

IN_SCOPE = [
    # --- q-how-do-i-disable-autologin
    ("launcher logs me straight in every time before i can switch to my alt account, how do i stop it just this once",
     "q-how-do-i-disable-autologin"),
    ("turned on auto login and now i never see the main window to change settings lol. how to bypass it",
     "q-how-do-i-disable-autologin"),

    # --- q-are-xivlauncher-dalamud-and-dalamud-plugins-safe-to-use
    ("is it bannable to use xivlauncher with dalamud plugins? can square enix detect it",
     "q-are-xivlauncher-dalamud-and-dalamud-plugins-safe-to-use"),
    ("my friend says dalamud is basicaly a virus because it injects code into the game. is it actually safe and what happens with my SE password if i let XL save it?",
     "q-are-xivlauncher-dalamud-and-dalamud-plugins-safe-to-use"),
    ("i see connections to kamori.goats.dev in my firewall log when starting the launcher, what is that domain and why does it contact it",
     "q-are-xivlauncher-dalamud-and-dalamud-plugins-safe-to-use"),

    # --- q-how-do-i-uninstall-xivlauncher
    ("how to completely remove xl from my pc including all leftover folders",
     "q-how-do-i-uninstall-xivlauncher"),
    ("I removed XIVLauncher in Apps & features but want no trace left. Which folders in appdata I must delete manually?",
     "q-how-do-i-uninstall-xivlauncher"),

    # --- q-will-pluginsxivlauncher-work-on-patch-day
    ("new patch drops tomorrow, do i have to do anything so the launcher keeps working?",
     "q-will-pluginsxivlauncher-work-on-patch-day"),
    ("why are ALL my plugins off after todays patch?? when do they come back",
     "q-will-pluginsxivlauncher-work-on-patch-day"),
    ("any eta when dalamud gets updated for the new game version? in-game addon just doesn't load since the update",
     "q-will-pluginsxivlauncher-work-on-patch-day"),

    # --- q-can-i-login-early-to-titlescreen-before-patch-live
    ("can i grab the patch during maintenance and already sit on the title screen so im first in when servers open?",
     "q-can-i-login-early-to-titlescreen-before-patch-live"),
    ("is there some option that keeps checking if maint is over and logs me in automatically when servers are up",
     "q-can-i-login-early-to-titlescreen-before-patch-live"),

    # --- q-where-can-i-find-my-ffxiv-installation
    ("xivlauncher asks me for the game path on first start, which folder I choose? the one named game?",
     "q-where-can-i-find-my-ffxiv-installation"),
    ("where does the steam version of ff14 install by default, need the path for the launcher",
     "q-where-can-i-find-my-ffxiv-installation"),
    ("default install directory when you used square enix's own installer?",
     "q-where-can-i-find-my-ffxiv-installation"),

    # --- q-how-do-i-migrate-ffxiv-andor-xivlauncher-files-from-an-old-wine-prefix-to-a-new-one-linux
    ("on linux i made a fresh wine prefix with xivlauncher. how do i bring the game install and my character settings over from my old ffxiv prefix instead of redownloading",
     "q-how-do-i-migrate-ffxiv-andor-xivlauncher-files-from-an-old-wine-prefix-to-a-new-one-linux"),
    ("moving from my old lutris prefix (wine 5) to a wine 6 one, where do the pluginConfigs have to go in the new prefix?",
     "q-how-do-i-migrate-ffxiv-andor-xivlauncher-files-from-an-old-wine-prefix-to-a-new-one-linux"),

    # --- q-how-do-i-migrate-ffxiv-andor-xivlauncher-files-from-an-old-installation-to-a-new-one-windows
    ("got a new windows pc. can i just copy the ffxiv folder from the old one with an external drive instead of downloading everything again? and my settings?",
     "q-how-do-i-migrate-ffxiv-andor-xivlauncher-files-from-an-old-installation-to-a-new-one-windows"),
    ("reinstalled windows, which XL config should I copy over from the backup and which not",
     "q-how-do-i-migrate-ffxiv-andor-xivlauncher-files-from-an-old-installation-to-a-new-one-windows"),

    # --- q-why-do-people-keep-asking-about-steam-so-much
    ("i bought the game on steam, do i really need steam open when i use xivlauncher?",
     "q-why-do-people-keep-asking-about-steam-so-much"),
    ("my account is not a steam account but i want the steam overlay in game, possible?",
     "q-why-do-people-keep-asking-about-steam-so-much"),

    # --- q-i-get-an-error-saying-xivlauncher-failed-to-check-for-updates-when-i-open-the-program
    ("every time I open the program I get \"XIVLauncher failed to check for updates\" and it never reaches the login window. what can cause that",
     "q-i-get-an-error-saying-xivlauncher-failed-to-check-for-updates-when-i-open-the-program"),
    ("how do i see if github rate limited me? resources.core.remaining is 0, what now",
     "q-i-get-an-error-saying-xivlauncher-failed-to-check-for-updates-when-i-open-the-program"),
    ("launcher wont open, update check error. where is the output.log so i can post it in the help channel",
     "q-i-get-an-error-saying-xivlauncher-failed-to-check-for-updates-when-i-open-the-program"),

    # --- q-im-on-linux-and-i-keep-getting-xivlauncher-failed-to-update-errors
    ("fedora 39 user, xl says it failed to update every single time. some tls crypto policy thing?",
     "q-im-on-linux-and-i-keep-getting-xivlauncher-failed-to-update-errors"),
    ("arch + lutris, constant update failures from the launcher under wine. somebody mentioned a dll override, which one",
     "q-im-on-linux-and-i-keep-getting-xivlauncher-failed-to-update-errors"),

    # --- q-how-come-the-in-game-addon-dalamud-doesnt-work-andor-plugins-dont-display
    ("plugins are installed but nothing shows up in game, no dalamud at all. i have msi afterburner running, could that be it?",
     "q-how-come-the-in-game-addon-dalamud-doesnt-work-andor-plugins-dont-display"),
    ("when i stream with OBS my plugin windows appear on stream or they dont render at all, why",
     "q-how-come-the-in-game-addon-dalamud-doesnt-work-andor-plugins-dont-display"),
    ("game goes to black screen when i quit and i have to kill it. I have Logitech G HUB installed, relevant?",
     "q-how-come-the-in-game-addon-dalamud-doesnt-work-andor-plugins-dont-display"),

    # --- q-how-do-i-whitelist-xivlauncher-and-dalamud-so-my-antivirus-leaves-them-alone
    ("bitdefender keeps quarantining Dalamud.Injector.exe, what folders do i exclude",
     "q-how-do-i-whitelist-xivlauncher-and-dalamud-so-my-antivirus-leaves-them-alone"),
    ("someone in discord told me to 'reset dalamud' by deleting some folder, which one exactly?",
     "q-how-do-i-whitelist-xivlauncher-and-dalamud-so-my-antivirus-leaves-them-alone"),
    ("McAfee won't let me exclude a folder, only files. which files do i have to add for xl",
     "q-how-do-i-whitelist-xivlauncher-and-dalamud-so-my-antivirus-leaves-them-alone"),

    # --- q-xivlauncher-isnt-saving-my-new-password--how-do-i-clear-my-saved-password
    ("changed my square enix password and the launcher keeps trying the old one, how do i wipe the stored one",
     "q-xivlauncher-isnt-saving-my-new-password--how-do-i-clear-my-saved-password"),
    ("where does xl keep my login password on windows? i want to delete it",
     "q-xivlauncher-isnt-saving-my-new-password--how-do-i-clear-my-saved-password"),

    # --- q-i-think-xivlauncher-is-giving-me-a-blue-screen-of-death-what-information-would-help-narrow-this-down
    ("pc bluescreens when i start the game through xivlauncher. what info should i collect before asking for help",
     "q-i-think-xivlauncher-is-giving-me-a-blue-screen-of-death-what-information-would-help-narrow-this-down"),
    ("got a BSOD with stop code and a memory dump, event viewer says nothing useful. how do i read the dump to see the faulting driver",
     "q-i-think-xivlauncher-is-giving-me-a-blue-screen-of-death-what-information-would-help-narrow-this-down"),

    # --- q-how-can-i-fix-crashes-on-startup
    ("fresh windows install and the launcher crashes instantly when I open it, do i need some runtime",
     "q-how-can-i-fix-crashes-on-startup"),
    ("xivlauncher closes right at start before any window. is it the vc redist or .net thing",
     "q-how-can-i-fix-crashes-on-startup"),

    # --- q-the-launcher-shows-a-red-world-icon-and-an-error-message-when-trying-to-log-in-and-the-official-launcher-doesnt-open
    ("login fails with a red globe icon next to the error and the official launcher doesnt even open. im in the US, anyone else?",
     "q-the-launcher-shows-a-red-world-icon-and-an-error-message-when-trying-to-log-in-and-the-official-launcher-doesnt-open"),
    ("red world symbol at login for 2 days now. do i need to set my vpn to japan or what",
     "q-the-launcher-shows-a-red-world-icon-and-an-error-message-when-trying-to-log-in-and-the-official-launcher-doesnt-open"),
    ("how can i check if the japanese login server is reachable from my network, which host should i ping",
     "q-the-launcher-shows-a-red-world-icon-and-an-error-message-when-trying-to-log-in-and-the-official-launcher-doesnt-open"),

    # --- q-the-official-launcher-isnt-working--xivlauncher-failed-to-check-for-updates--patch-files-could-not-be-verified
    ("patching stops with 'Patch files could not be verified'. already rebooted twice, the official launcher fails too",
     "q-the-official-launcher-isnt-working--xivlauncher-failed-to-check-for-updates--patch-files-could-not-be-verified"),
    ("weird: my laptop patches fine but my desktop in the same house cant download the patch, neither xl nor the SE launcher. network route problem?",
     "q-the-official-launcher-isnt-working--xivlauncher-failed-to-check-for-updates--patch-files-could-not-be-verified"),
    ("which dns servers should i try when game patch downloads keep failing",
     "q-the-official-launcher-isnt-working--xivlauncher-failed-to-check-for-updates--patch-files-could-not-be-verified"),

    # --- q-nvidia-driver-issue-7th-of-january
    ("game crashes with XL loaded ever since i installed the new nvidia driver from january, plain launcher is ok",
     "q-nvidia-driver-issue-7th-of-january"),
    ("is there a known problem with the latest geforce driver? should i roll back to the december one",
     "q-nvidia-driver-issue-7th-of-january"),

    # --- do-not-run-xivlauncher-as-admin
    ("should i just run xivlauncher as administrator to get rid of these permission errors?",
     "do-not-run-xivlauncher-as-admin"),
    ("my hotbars and character config dont save anymore and screenshots fail. i had set ffxiv to always run as admin, related?",
     "do-not-run-xivlauncher-as-admin"),

    # --- xl-environment-variables
    ("how do i opt in to prerelease builds of xivlauncher",
     "xl-environment-variables"),
    ("is there an env var to test the next launcher version before its out? and the old wine one still needed?",
     "xl-environment-variables"),

    # --- q-wtfast-config
    ("I use WTFast for lower ping, is there a recommended config for it together with xivlauncher",
     "q-wtfast-config"),
    ("wtfast settings for ffxiv + xl? some screenshot of the right setup would be great",
     "q-wtfast-config"),

    # --- q-how-to-set-an-injection-delay-in-rivatunerrtss
    ("how do I make rivatuner wait before hooking so dalamud can load first",
     "q-how-to-set-an-injection-delay-in-rivatunerrtss"),
    ("where is the ffxiv_dx11.exe.cfg profile for RTSS and what do i write under [Hooking]",
     "q-how-to-set-an-injection-delay-in-rivatunerrtss"),

    # --- q-can-i-repair-my-ffxiv-installation
    ("some game files seem corrupted. should i use the repair button in the official launcher?",
     "q-can-i-repair-my-ffxiv-installation"),
    ("how to repair ff14 files with xl without redownloading the whole game",
     "q-can-i-repair-my-ffxiv-installation"),

    # --- q-how-do-i-fix-a-version-check-error-when-trying-to-update-ffxiv
    ("getting a version check error when updating the game, how to fix",
     "q-how-do-i-fix-a-version-check-error-when-trying-to-update-ffxiv"),
    ("someone said change BootVersionCheckMode, in which file is that and to what value",
     "q-how-do-i-fix-a-version-check-error-when-trying-to-update-ffxiv"),

    # --- q-i-updated-my-game-with-textools-mods-installed-how-do-i-fix-crashes
    ("I patched the game while my textools mods were still installed and now it crashes, even with the official launcher",
     "q-i-updated-my-game-with-textools-mods-installed-how-do-i-fix-crashes"),
    ("textools mods broke my client after the update. if i fix it will i lose my mods?",
     "q-i-updated-my-game-with-textools-mods-installed-how-do-i-fix-crashes"),
]

OUT_OF_SCOPE = [
    "is there a mac version of xivlauncher or how do you run it on macOS",
    "how do i set up xivlauncher on the steam deck in gaming mode",
    "how do i link an authenticator app so the launcher fills in my one time password automatically",
    "i want to write my own dalamud plugin, how do i set up the dev environment and debug it",
    "how do i change the credit card on my mog station account for the subscription",
    "can xivlauncher start two game clients at the same time for two accounts?",
    "dalamud windows are tiny on my 4k monitor, how do i scale the plugin ui font",
    "does xivlauncher work with the chinese or korean version of the game",
    "new xl version is buggy for me, how do i go back to the previous release",
    "how do i visit another data center with my character",
    "can i switch the launcher interface to german?",
    "how do i uninstall just one plugin i got from /xlplugins without touching the rest",
    "does xivlauncher work with geforce now or other cloud gaming",
    "how often should i descale my espresso machine",
    "whats the fastest way to learn touch typing",
]
