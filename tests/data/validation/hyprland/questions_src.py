"""Hand-written questions for the Hyprland wiki FAQ (faq/_index.md).

Written from the FAQ text alone, in the style of a Discord support channel.
IN_SCOPE: (question, section id from sections.txt). 36 sections, 60
questions: 24 sections have 2 questions, 12 thin sections have 1.
OUT_OF_SCOPE: questions about Hyprland that no FAQ section answers.
"""

IN_SCOPE = [
    # symbol-lookup-errors
    ("hyprctl: symbol lookup error: hyprctl: undefined symbol: _ZN9Hyprutils6String4trimE... "
     "i compiled the whole hypr stack from source a while ago and only rebuilt hyprutils yesterday, now this",
     "symbol-lookup-errors"),
    ("Is there a specific order I'm supposed to compile the hypr* libraries in? I build everything myself "
     "and since the last round of updates Hyprland crashes at random right after login",
     "symbol-lookup-errors"),

    # my-apps-are-pixelated
    ("set scale 1.5 on my 4k screen and some apps look super blurry / pixelated while others are crisp, why?",
     "my-apps-are-pixelated"),
    ("electron apps look fuzzy with fractional scaling, is that an xwayland thing or my config",
     "my-apps-are-pixelated"),

    # nothing-renders--screen-is-empty--crash-on-opening-first-app
    ("fresh install, I log into hyprland and get an empty screen, and the moment I open a terminal the whole thing crashes",
     "nothing-renders--screen-is-empty--crash-on-opening-first-app"),
    ("my laptop is ancient (like intel hd 3000 era) and hyprland just draws nothing. is there some kind of legacy/compat mode i can build with?",
     "nothing-renders--screen-is-empty--crash-on-opening-first-app"),

    # my-external-monitor-is-blank--doesnt-render--receives-no-signal-laptop
    ("laptop with nvidia hybrid graphics, internal panel is fine but the hdmi monitor says no signal when hyprland is running",
     "my-external-monitor-is-blank--doesnt-render--receives-no-signal-laptop"),
    ("second screen plugged in through a usb-c hub stays black. the drm log has \"Requested display configuration exceeds system DDB limitations\"",
     "my-external-monitor-is-blank--doesnt-render--receives-no-signal-laptop"),

    # how-do-i-screenshot
    ("whats the easiest way to grab a screenshot of a selected area and have it go straight to the clipboard",
     "how-do-i-screenshot"),
    ("coming from windows, how do i do a print screen on hyprland? and is there something for recording the screen to a video too",
     "how-do-i-screenshot"),

    # screenshare--obs-no-worky
    ("OBS screen capture just shows black on hyprland",
     "screenshare--obs-no-worky"),
    ("trying to get obs working on hypr, the obs window itself looks wrong and capture doesnt work. am i missing some qt package?",
     "screenshare--obs-no-worky"),

    # how-do-i-change-my-wallpaper
    ("how do i set a background image? cant find any wallpaper option in hyprland.conf",
     "how-do-i-change-my-wallpaper"),

    # how-heavy-is-this
    ("how much cpu/ram does hyprland actually eat compared to plain xorg? all those animations look expensive",
     "how-heavy-is-this"),

    # my-monitor-no-worky
    ("my 165hz monitor shows nothing when I set that mode in the config, at 60hz it's fine",
     "my-monitor-no-worky"),
    ("how can I list every resolution/refresh rate my display supports so i can pick one that actually works?",
     "my-monitor-no-worky"),

    # my-monitor-has-flickering-brightness-when-i-turn-on-vrr
    ("when adaptive sync is on the brightness of my screen keeps pulsing, esp. while typing",
     "my-monitor-has-flickering-brightness-when-i-turn-on-vrr"),
    ("freesync makes my oled flicker brighter/darker on the desktop. can i have it only kick in for games?",
     "my-monitor-has-flickering-brightness-when-i-turn-on-vrr"),

    # how-do-i-update
    ("I installed hyprland by cloning the repo and running make, how do I get the newest version now",
     "how-do-i-update"),
    ("paru keeps messing up when updating hyprland-git from the AUR, what's the proper way to update it",
     "how-do-i-update"),

    # how-do-i-screen-lock
    ("whats the recommended way to lock the screen when I walk away from the pc",
     "how-do-i-screen-lock"),

    # how-do-i-change-me-mouse-cursor
    ("how do I change the cursor theme and size? it's tiny in some apps and huge in others",
     "how-do-i-change-me-mouse-cursor"),
    ("flatpak apps completely ignore my cursor theme, everything else uses it. fix?",
     "how-do-i-change-me-mouse-cursor"),

    # gtk-settings-no-work--whatever
    ("gtk apps ignore my dark theme and font settings ever since i switched to wayland, where are those set now",
     "gtk-settings-no-work--whatever"),

    # my-program-name-is-freezing
    ("some apps lock up completely whenever they try to show a notification, the whole window just hangs",
     "my-program-name-is-freezing"),
    ("thunderbird freezes for like 30 sec at random on hyprland but never did on gnome. anything hyprland specific i need running?",
     "my-program-name-is-freezing"),

    # waybar-workspaces-no-worky
    ("the workspaces module in my waybar is empty and clicking it does nothing",
     "waybar-workspaces-no-worky"),

    # how-do-i-autostart-my-favorite-apps
    ("how do i get firefox and spotify to launch on login, each on its own workspace, without the screen jumping between workspaces while they open?",
     "how-do-i-autostart-my-favorite-apps"),
    ("what's the hyprland way of starting programs automatically at startup",
     "how-do-i-autostart-my-favorite-apps"),

    # how-do-i-move-my-favorite-workspaces-to-a-new-monitor-when-i-plug-it-in
    ("when i dock my laptop i want workspaces 1-5 to jump over to the big monitor automatically, is that doable",
     "how-do-i-move-my-favorite-workspaces-to-a-new-monitor-when-i-plug-it-in"),
    ("Is there an event I can listen to when a monitor gets hotplugged, so a script can run moveworkspacetomonitor for me?",
     "how-do-i-move-my-favorite-workspaces-to-a-new-monitor-when-i-plug-it-in"),

    # my-tablet-no-worky
    ("wacom drawing tablet on hyprland - how do i map the pen area / configure it? nothing in the config seems to do anything",
     "my-tablet-no-worky"),

    # some-of-my-apps-take-a-really-long-time-to-open
    ("firefox takes forever to open right after login, someone said my systemd/dbus user env doesnt have WAYLAND_DISPLAY. how do i push it there",
     "some-of-my-apps-take-a-really-long-time-to-open"),
    ("i think xdg-desktop-portal starts before the environment is ready, so gtk apps hang ~25s on launch. how do i make it start later?",
     "some-of-my-apps-take-a-really-long-time-to-open"),

    # how-do-i-export-envvars-for-hyprland
    ("where do I put env vars like QT_QPA_PLATFORM so hyprland actually picks them up? exporting them in .bashrc does nothing",
     "how-do-i-export-envvars-for-hyprland"),

    # how-to-disable-middle-click-paste
    ("how can I stop the middle mouse button from pasting random text everywhere, keeps happening when i click the scroll wheel",
     "how-to-disable-middle-click-paste"),

    # how-do-i-make-hyprland-draw-as-little-power-as-possible-on-my-laptop
    ("battery drains way faster on hyprland than on gnome on my thinkpad, any settings to save power?",
     "how-do-i-make-hyprland-draw-as-little-power-as-possible-on-my-laptop"),
    ("which eye candy should I turn off to get better battery life on a laptop, blur? shadows? something else?",
     "how-do-i-make-hyprland-draw-as-little-power-as-possible-on-my-laptop"),

    # my-apps-take-a-long-time-to-start--cant-screenshare
    ("apps take ages to start AND screen sharing in the browser doesnt work. I have xdg-desktop-portal-gnome, -kde and -hyprland all installed lol",
     "my-apps-take-a-long-time-to-start--cant-screenshare"),
    ("journalctl says xdg-desktop-portal-hyprland failed to start, and now screenshare is broken and apps launch slow. what do I check",
     "my-apps-take-a-long-time-to-start--cant-screenshare"),

    # my-screenshot-utilities-wont-work-with-multiple-screens
    ("flameshot only lets me capture my left monitor, the second one isn't selectable at all",
     "my-screenshot-utilities-wont-work-with-multiple-screens"),
    ("dual monitor setup: my screenshot tool's overlay only covers one screen. are there window rules that fix this?",
     "my-screenshot-utilities-wont-work-with-multiple-screens"),

    # i-cannot-bind-super-as-my-mod-key-on-my-laptop
    ("super key binds dont work on my laptop's keyboard but work fine with an external one. wev shows the press and the release at the same instant",
     "i-cannot-bind-super-as-my-mod-key-on-my-laptop"),
    ("windows key on my asus laptop only acts like a tap, i can't hold it down for my mod binds",
     "i-cannot-bind-super-as-my-mod-key-on-my-laptop"),

    # my-vm-doesnt-receive-keybinds-i-have-set-in-hyprland
    ("running windows in virt-manager and whenever I press super+something hyprland grabs it instead of the VM",
     "my-vm-doesnt-receive-keybinds-i-have-set-in-hyprland"),
    ("is there a way to temporarily turn off all my hyprland keybinds so they get passed through to a virtual machine window?",
     "my-vm-doesnt-receive-keybinds-i-have-set-in-hyprland"),

    # some-of-my-drop-downpop-up-windows-in-apps-disappeardont-open-at-cursor-position
    ("dropdown menus in steam vanish the second i move the mouse over them",
     "some-of-my-drop-downpop-up-windows-in-apps-disappeardont-open-at-cursor-position"),
    ("right click context menus in vscode open somewhere random, nowhere near my cursor",
     "some-of-my-drop-downpop-up-windows-in-apps-disappeardont-open-at-cursor-position"),

    # steams-file-picker-no-worky
    ("trying to add a steam library folder on my second drive, but clicking browse doesnt open any folder dialog",
     "steams-file-picker-no-worky"),

    # workspaces-or-clients-are-disappearing-or-monitor-related-dispatchers-cause-crashes
    ("hyprctl monitors lists an Unknown-1 display that doesn't exist?? could that be why my workspaces keep vanishing",
     "workspaces-or-clients-are-disappearing-or-monitor-related-dispatchers-cause-crashes"),
    ("when i unplug my external display some windows just disappear for good, and moveworkspacetomonitor sometimes crashes hyprland outright",
     "workspaces-or-clients-are-disappearing-or-monitor-related-dispatchers-cause-crashes"),

    # i-get-a-so-file-missing-error-on-launch
    ("hyprland-git won't launch after the update, says libaquamarine.so.4 is missing. can i just symlink the .so.5 to .so.4?",
     "i-get-a-so-file-missing-error-on-launch"),
    ("got a missing .so error when starting hyprland. i'm on arch with the -git packages from the aur via paru, how do i fix it cleanly",
     "i-get-a-so-file-missing-error-on-launch"),

    # my-cursor-is-a-hyprland-icon
    ("why is my mouse pointer the hyprland logo lmao",
     "my-cursor-is-a-hyprland-icon"),
    ("fresh install and the cursor shows up as a little hypr icon instead of an arrow, is something not installed?",
     "my-cursor-is-a-hyprland-icon"),

    # smart-gaps-please
    ("is there a way to have no gaps when there's only one window on a workspace? like smart_gaps in i3/sway",
     "smart-gaps-please"),

    # hyprwinwrap-is-not-visible-through-blurred-windows
    ("using the hyprwinwrap plugin for a live wallpaper but it doesn't show through my transparent blurred terminal, just the normal wallpaper",
     "hyprwinwrap-is-not-visible-through-blurred-windows"),

    # i-cant-create-discord-binds
    ("discord keybind settings (push to talk) wont register any key i press on hyprland",
     "i-cant-create-discord-binds"),

    # fullscreen-applicationssteam-games-open-with-secondary-monitors-resolution
    ("steam games launch at my second monitor's 1080p instead of my main 1440p one \U0001F62D",
     "fullscreen-applicationssteam-games-open-with-secondary-monitors-resolution"),
    ("fullscreen xwayland games pick the wrong screen as primary, how do I tell X11 which display is the main one?",
     "fullscreen-applicationssteam-games-open-with-secondary-monitors-resolution"),
]

OUT_OF_SCOPE = [
    "whats the dispatcher to send the focused window to workspace 3 without following it there",
    "how do i make the rounded corners on windows bigger",
    "can I customise the animation speed / bezier curves for opening windows?",
    "how do i set the keyboard layout to german and switch to us with alt+shift",
    "does hyprland support HDR on my monitor yet?",
    "touchpad natural scrolling and tap to click, where do those go in the config",
    "is there a ppa or some easy way to install hyprland on ubuntu 22.04",
    "how do I write my own plugin in c++ and load it with hyprpm",
    "how do i bind the volume up/down and media play keys on my keyboard",
    "can hyprland do tabbed windows, like grouping a few windows into tabs?",
    "how do i set up a scratchpad / special workspace that i can toggle with a key",
    "my hyprland.conf is getting huge, can i split it across multiple files?",
    "how do I get a gradient colour on the border of the active window",
    "how do i turn off mouse acceleration and lower the sensitivity",
    "does hyprland come with an app launcher or do i need to install rofi/wofi separately?",
]
