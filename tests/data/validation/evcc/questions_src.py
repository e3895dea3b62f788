"""Questions for the evcc FAQ set, written by hand from faq/faq.mdx alone.

IN_SCOPE: (question, section id) pairs; every one of the 24 sections has at
least two questions, 12 sections have a third (60 in total).
OUT_OF_SCOPE: 15 questions about evcc that no FAQ section answers.
"""

IN_SCOPE = [
    # can-i-use-evcc-without-a-grid-meter
    ("there's no smart meter at my grid connection, only the inverter. will evcc even work like that?",
     "can-i-use-evcc-without-a-grid-meter"),
    ("evcc w/o a meter at the house connection point - possible or pointless?",
     "can-i-use-evcc-without-a-grid-meter"),
    ("my electrician says adding a meter at the main fuse box costs 400 eur. can i just skip it and let evcc charge off whatever the panels are producing? and how do i stop it eating all the power my house needs",
     "can-i-use-evcc-without-a-grid-meter"),

    # i-dont-have-solar-panels-can-i-still-use-evcc-effectively
    ("no pv on my roof at all, is evcc still worth setting up or is it only for solar ppl",
     "i-dont-have-solar-panels-can-i-still-use-evcc-effectively"),
    ("renting a flat, no solar possible. just want smarter charging of the car in the garage. does evcc make sense for me?",
     "i-dont-have-solar-panels-can-i-still-use-evcc-effectively"),
    ("what can evcc do for someone without photovoltaics? thinking of cheap night rates mostly",
     "i-dont-have-solar-panels-can-i-still-use-evcc-effectively"),

    # can-i-try-out-evcc-without-all-the-components-pv-system-charger-
    ("wallbox gets installed next month, can i play around with evcc before i actually have any hardware?",
     "can-i-try-out-evcc-without-all-the-components-pv-system-charger-"),
    ("is there like a fake/simulated charger + meter so i can see the UI without real devices",
     "can-i-try-out-evcc-without-all-the-components-pv-system-charger-"),

    # can-i-use-evcc-without-integrating-the-pv-inverter
    ("my inverter is some ancient chinese brand that evcc doesnt support. can i still do surplus charging if i only have the grid meter?",
     "can-i-use-evcc-without-integrating-the-pv-inverter"),
    ("do i really need to connect the solar inverter to evcc or is grid meter + charger enough? what do i lose",
     "can-i-use-evcc-without-integrating-the-pv-inverter"),

    # can-i-use-multiple-chargers
    ("we have 2 wallboxes (his and hers lol), can one evcc run both?",
     "can-i-use-multiple-chargers"),
    ("planning a 3rd charge point for the carport, will evcc balance the load between all of them so the main fuse doesn't trip?",
     "can-i-use-multiple-chargers"),

    # my-charger-doesnt-support-phase-switching-can-i-still-charge-single-phase
    ("my cheap wallbox only does 3 phase, in winter the surplus is never enough for 3x6A. any way to force 1 phase?",
     "my-charger-doesnt-support-phase-switching-can-i-still-charge-single-phase"),
    ("can i put a contactor in front of the wallbox to drop L2 and L3? is that safe to switch while the car is plugged in",
     "my-charger-doesnt-support-phase-switching-can-i-still-charge-single-phase"),
    ("wallbox has no 1p/3p switching. would just using a single phase cable work and do i need to tell evcc about it somewhere",
     "my-charger-doesnt-support-phase-switching-can-i-still-charge-single-phase"),

    # finding-syntax-errors-in-evccyaml
    ("evcc wont start after I edited the config, pretty sure i messed up the indentation somewhere. how do i find it",
     "finding-syntax-errors-in-evccyaml"),
    ("any tool to check my evcc.yaml for typos? yaml spacing is driving me nuts",
     "finding-syntax-errors-in-evccyaml"),

    # somethings-not-working-what-now
    ("nothing works and im lost, where do I go for help and what info should i post?",
     "somethings-not-working-what-now"),
    ("want to open a support thread but my config has my passwords and VIN in it. how do i share it safely?",
     "somethings-not-working-what-now"),
    ("someone mentioned a command that opens a help topic automatically with the errors attached?? whats it called",
     "somethings-not-working-what-now"),

    # how-do-i-create-a-log-file-for-error-analysis
    ("how do i get debug logs out of evcc? it's running as a systemd service on my pi",
     "how-do-i-create-a-log-file-for-error-analysis"),
    ("evcc runs in docker, where do the logs go? and can i see them in the web ui too?",
     "how-do-i-create-a-log-file-for-error-analysis"),
    ("need the log from this morning 7-8 am when charging stopped, how do i save only that timeframe to a file",
     "how-do-i-create-a-log-file-for-error-analysis"),

    # more-thoughts-on-device-detection
    ("is there a scan feature that searches my LAN for inverters and meters?",
     "more-thoughts-on-device-detection"),
    ("ran `evcc detect` and the output is kinda useless, am i using it wrong?",
     "more-thoughts-on-device-detection"),

    # error-charger-out-of-sync-expected-disabled-got-enabledcharger-logic-error-disabled-but-charging
    ("log keeps spamming 'charger out of sync: expected disabled, got enabled' but charging seems to work fine. should i worry",
     "error-charger-out-of-sync-expected-disabled-got-enabledcharger-logic-error-disabled-but-charging"),
    ("what does 'disabled but charging' mean?? my wallbox is a bit slow to react to commands if that matters",
     "error-charger-out-of-sync-expected-disabled-got-enabledcharger-logic-error-disabled-but-charging"),

    # connection-refused
    ("getting connection refused on my solaredge inverter, IP is definitely correct and i can ping it",
     "connection-refused"),
    ("evcc says connection refused for the battery inverter but home assistant reads it fine at the same time. why",
     "connection-refused"),
    ("dial tcp 192.168.1.50:502: connect: connection refused -- help",
     "connection-refused"),

    # io-timeout
    ("constant i/o timeout errors from my rs485 meter, what are the usual suspects",
     "io-timeout"),
    ("wallbox is on powerline adapters and i keep getting timeouts in the log",
     "io-timeout"),
    ("read failed: i/o timeout every few minutes. could my interval be too short?",
     "io-timeout"),

    # tmpevcc-operation-not-permittedbind-address-already-in-use
    ("tried running evcc in the terminal to test something and got 'bind: address already in use'",
     "tmpevcc-operation-not-permittedbind-address-already-in-use"),
    ("error /tmp/evcc: operation not permitted when i start it manually. what gives",
     "tmpevcc-operation-not-permittedbind-address-already-in-use"),

    # the-evcc-ui-isnt-accessible-but-i-can-access-it-when-in-demo-mode
    ("web page won't load at all since i changed my config and restarted. demo mode works though",
     "the-evcc-ui-isnt-accessible-but-i-can-access-it-when-in-demo-mode"),
    ("ui unreachable after editing evcc.yaml, but with the demo config it comes up fine. how do i see whats wrong?",
     "the-evcc-ui-isnt-accessible-but-i-can-access-it-when-in-demo-mode"),

    # vehicle-starts-charging-when-plugged-in-even-though-theres-no-surplus
    ("car begins charging immediately when i plug in at night, zero sun. isnt evcc supposed to wait for surplus??",
     "vehicle-starts-charging-when-plugged-in-even-though-theres-no-surplus"),
    ("when i hold my rfid card to the wallbox it starts pulling from the grid for a bit even in PV mode, then stops. bug?",
     "vehicle-starts-charging-when-plugged-in-even-though-theres-no-surplus"),
    ("why does it charge for like a minute right after plugging in and then pause",
     "vehicle-starts-charging-when-plugged-in-even-though-theres-no-surplus"),

    # solar-production-in-winter
    ("december here, panels barely make 1kW and evcc never starts solar charging. any tricks to get more into the car?",
     "solar-production-in-winter"),
    ("i'd be fine topping up 1kW from the grid in pv mode so it actually charges in winter. how do i configure that",
     "solar-production-in-winter"),
    ("can i tweak when pv charging starts/stops? e.g. start at 200W feed-in and only stop if grid draw is above 1.2kW for half an hour",
     "solar-production-in-winter"),

    # psa-peugeot--citroën--vauxhall--opel-charging-status-is-only-updated-when-i-use-the-app
    ("my peugeot e-208 SoC in evcc is stuck at an old value until i open the peugeot app on my phone. evcc bug?",
     "psa-peugeot--citroën--vauxhall--opel-charging-status-is-only-updated-when-i-use-the-app"),
    ("opel corsa-e battery % never refreshes in evcc unless i open myopel. is this fixable",
     "psa-peugeot--citroën--vauxhall--opel-charging-status-is-only-updated-when-i-use-the-app"),

    # i-forgot-my-password-how-can-i-reset-it-password-reset
    ("locked out of the evcc web ui, forgot the admin pw 🙃",
     "i-forgot-my-password-how-can-i-reset-it-password-reset"),
    ("how do i set a new password for the ui from the command line?",
     "i-forgot-my-password-how-can-i-reset-it-password-reset"),
    ("can you just read the password out of the evcc.db? i forgot it and dont want to redo everything",
     "i-forgot-my-password-how-can-i-reset-it-password-reset"),

    # how-can-i-reset-my-configuration-and-settings-config-reset
    ("i want to start over from scratch with the devices i set up in the ui. how do i wipe config but keep my yaml?",
     "how-can-i-reset-my-configuration-and-settings-config-reset"),
    ("how do i delete my charging session history and clear the caches?",
     "how-can-i-reset-my-configuration-and-settings-config-reset"),

    # forecast-adjustment
    ("the solar forecast is always way too optimistic for my roof. can evcc learn from what my panels actually produce?",
     "forecast-adjustment"),
    ("what does the adjust toggle in the forecast popup actually do",
     "forecast-adjustment"),

    # resetting-the-adjustment-data
    ("forecast correction went totally wrong after my inverter was offline for a week, how do i reset it back to zero",
     "resetting-the-adjustment-data"),
    ("which cli settings do i clear to throw away the learned pv forecast data?",
     "resetting-the-adjustment-data"),

    # telemetry--community-data-telemetry
    ("does evcc send my data somewhere? saw a live charging counter on the website",
     "telemetry--community-data-telemetry"),
    ("how can i contribute my charging stats to the community numbers? the toggle is greyed out for me",
     "telemetry--community-data-telemetry"),
    ("privacy question: what exactly gets uploaded to api.evcc.io if i enable the community data thing, and do you build profiles?",
     "telemetry--community-data-telemetry"),

    # savings-calculation
    ("the savings number in the ui looks way off, where does evcc get my electricity price from?",
     "savings-calculation"),
    ("how is 'effective price' calculated? i charged 100% solar and it still shows 8ct/kWh instead of 0",
     "savings-calculation"),
    ("does energy from my home battery count as solar in the percentage at the bottom right?",
     "savings-calculation"),
]

OUT_OF_SCOPE = [
    "is there a dark mode for the evcc web interface?",
    "how do i switch the ui language from german to english",
    "can evcc control my heat pump via SG Ready to use solar surplus for hot water?",
    "how do i connect an OCPP wallbox to evcc, what url do i put in the charger?",
    "whats the best way to put the evcc ui behind nginx with https and a domain",
    "how do i update evcc to the latest release on debian? apt upgrade enough?",
    "can evcc prefer charging when the grid co2 intensity is low?",
    "can i get a telegram or pushover message when the car is done charging",
    "does evcc run natively on windows or do i need a linux box",
    "how does evcc handle the §14a EnWG dimming signal from my grid operator",
    "does evcc support bidirectional charging / V2H to power my house from the car",
    "any guide for installing evcc in a proxmox LXC container?",
    "the clock in the evcc ui is one hour off, how do i set the timezone",
    "can evcc start the car's heating/preconditioning before i leave in the morning",
    "is a raspberry pi 3 powerful enough to run evcc or do i need a pi 4/5",
]
