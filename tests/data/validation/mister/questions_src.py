"""Hand-written questions for the blind MiSTer FPGA FAQ set.

Written from the FAQ text (faq/faq.md) alone, in the style of a Discord
support channel. IN_SCOPE: (question, expected section id). OUT_OF_SCOPE:
questions about MiSTer that no section of this FAQ answers (expect null).
"""

IN_SCOPE = [
    # when-will-mister-support-cartridges
    ("can i plug my actual snes carts into the mister somehow or is there an adapter coming",
     "when-will-mister-support-cartridges"),
    ("I've got a shelf full of original Genesis cartridges. Any plans for a cart slot / cart reader so I can play them directly on the MiSTer instead of using rom files?",
     "when-will-mister-support-cartridges"),

    # does-mister-have-lag
    ("how much input delay does mister add compared to real hardware? thinking about it for fighting games",
     "does-mister-have-lag"),
    ("is the fpga thing actually lag free or is that marketing",
     "does-mister-have-lag"),

    # ive-seen-in-the-news-update-framework--what-does-that-mean
    ("changelog keeps saying 'framework update' for like every core this week, what is the framework exactly?",
     "ive-seen-in-the-news-update-framework--what-does-that-mean"),
    ("noob q: what do ppl mean when they say a core got the new framework",
     "ive-seen-in-the-news-update-framework--what-does-that-mean"),

    # can-i-use-original-console-controllers
    ("is it possible to use my old ps1 and n64 pads with the mister or do i need new usb ones",
     "can-i-use-original-console-controllers"),
    ("Can I hook up the pads that came with the real consoles? I still have my NES and Saturn ones in a box",
     "can-i-use-original-console-controllers"),

    # what-about-light-guns
    ("does the nes zapper work on mister? duck hunt is the whole reason i bought it lol 😅",
     "what-about-light-guns"),
    ("tried a usb adapter for my old light gun and the aim/timing is all off, is that expected?",
     "what-about-light-guns"),

    # any-usb-controller-recommendations
    ("which gamepad should i buy for mister? want somethign wireless w/ low latency",
     "any-usb-controller-recommendations"),
    ("looking for a good arcade stick or pad to pair with my mister, what do most people here use? budget isnt a huge issue",
     "any-usb-controller-recommendations"),

    # can-i-increase-the-polling-rate-of-my-usb-controller-to-improve-input-latency
    ("can i overclock the usb polling on mister so my pad responds faster",
     "can-i-increase-the-polling-rate-of-my-usb-controller-to-improve-input-latency"),
    ("my controller polls at the default 125hz i think. is there a way to bump it to 1000hz on the mister to shave off input lag?",
     "can-i-increase-the-polling-rate-of-my-usb-controller-to-improve-input-latency"),

    # do-i-need-the-official-usb-hub-add-on-board
    ("is the usb hub addon board mandatory or can I just use a cheap otg hub from amazon",
     "do-i-need-the-official-usb-hub-add-on-board"),
    ("building my first mister on a budget. do i have to buy that official usb board that stacks on top, or will any hub do? i want to plug in 2 pads + a keyboard",
     "do-i-need-the-official-usb-hub-add-on-board"),

    # do-i-need-to-have-a-usb-keyboard-with-me-to-use-mister
    ("can i run mister with only a gamepad or do i need to keep a keyboard plugged in",
     "do-i-need-to-have-a-usb-keyboard-with-me-to-use-mister"),
    ("Setting mine up in the living room and I'd rather not have a keyboard lying around. Is one really needed?",
     "do-i-need-to-have-a-usb-keyboard-with-me-to-use-mister"),

    # how-do-i-add-a-second-controller-to-mister
    ("how do i get player 2 working?? my brother's pad does nothing in the snes core",
     "how-do-i-add-a-second-controller-to-mister"),
    ("got a second 8bitdo for two player games, whats the process to set it up so it shows up as p2",
     "how-do-i-add-a-second-controller-to-mister"),

    # does-mister-need-an-io-board
    ("is the io board required or optional? what does it even give you",
     "does-mister-need-an-io-board"),
    ("trying to decide whether to spend the extra on the I/O board. I only play over HDMI, so what would I be missing without it?",
     "does-mister-need-an-io-board"),

    # what-are-the-methods-for-connecting-controllers-to-the-serial-port-of-the-io-add-on-board
    ("what's SNAC and which cores support wiring a real pad straight into the user port?",
     "what-are-the-methods-for-connecting-controllers-to-the-serial-port-of-the-io-add-on-board"),
    ("how do you hook original controllers up directly to the io board's serial/user port without going through usb",
     "what-are-the-methods-for-connecting-controllers-to-the-serial-port-of-the-io-add-on-board"),

    # do-i-need-an-io-board-to-get-analog-video-output-to-my-crt
    ("I want to play on my old trinitron crt, is the io board the only way to get an analog signal out?",
     "do-i-need-an-io-board-to-get-analog-video-output-to-my-crt"),
    ("can i get vga / rgb for a crt without the analog io board, like with some hdmi adapter?",
     "do-i-need-an-io-board-to-get-analog-video-output-to-my-crt"),

    # is-mister-hard-to-set-up-is-it-really-only-for-technical-people-who-like-to-tinker
    ("not a techy person at all, is mister gonna be a nightmare to get running?",
     "is-mister-hard-to-set-up-is-it-really-only-for-technical-people-who-like-to-tinker"),
    ("what's the bare minimum to get it going? my friend says it's only for hobbyists who love tinkering",
     "is-mister-hard-to-set-up-is-it-really-only-for-technical-people-who-like-to-tinker"),

    # which-cores-require-sdram
    ("is there a list somewhere of wich cores need the sdram stick?",
     "which-cores-require-sdram"),
    ("before i buy a memory module: which systems actually won't run without sdram? arcade ones too?",
     "which-cores-require-sdram"),

    # why-does-the-nes-core-require-an-sdram-add-on-board-when-the-genesis-core-does-not
    ("weird that megadrive runs without the ram board but the nes, a much simpler console, needs it. why is that",
     "why-does-the-nes-core-require-an-sdram-add-on-board-when-the-genesis-core-does-not"),
    ("Why would an 8-bit Nintendo core need the extra memory board when a 16-bit Sega one doesn't? Seems backwards",
     "why-does-the-nes-core-require-an-sdram-add-on-board-when-the-genesis-core-does-not"),

    # does-my-mister-need-cooling
    ("do i need a heatsink on the de10 nano? what size",
     "does-my-mister-need-cooling"),
    ("is active cooling necessary for mister or is passive fine? I mostly want to run the pc core",
     "does-my-mister-need-cooling"),

    # what-power-supply-is-compatible-with-mister
    ("lost the power brick for my de10 nano, what volts/amps and plug size do i need to buy",
     "what-power-supply-is-compatible-with-mister"),
    ("my mister randomly resets when i plug in a bunch of usb stuff through the hub. should i get a beefier psu? what rating",
     "what-power-supply-is-compatible-with-mister"),

    # my-mister-needs-a-case-what-should-i-do
    ("where do people get cases for this thing? mine is just a bare board on my desk rn",
     "my-mister-needs-a-case-what-should-i-do"),
    ("I have a 3d printer, are there enclosure files I could print for the mister?",
     "my-mister-needs-a-case-what-should-i-do"),

    # what-kind-of-screws-do-i-use-with-the-de-10-nanos-14mm-long-brass-standoffs
    ("what screw size fits the brass spacers on the de10 nano?",
     "what-kind-of-screws-do-i-use-with-the-de-10-nanos-14mm-long-brass-standoffs"),
    ("lost the little screws that hold the board stack to the 14mm standoffs, which thread and length should I order",
     "what-kind-of-screws-do-i-use-with-the-de-10-nanos-14mm-long-brass-standoffs"),

    # how-do-i-set-up-mister-for-1080p-shimmer-free-gameplay
    ("scrolling looks shimmery on my 1080p tv, how do i get a clean image",
     "how-do-i-set-up-mister-for-1080p-shimmer-free-gameplay"),
    ("what's the easiest way to get good looking video at 1080p? heard there are ready made presets somewhere",
     "how-do-i-set-up-mister-for-1080p-shimmer-free-gameplay"),

    # how-do-i-get-the-scanlines-filters-on-my-mister-to-look-good
    ("my scanlines look uneven, some lines thicker than others. how do i fix that",
     "how-do-i-get-the-scanlines-filters-on-my-mister-to-look-good"),
    ("turned on the scanline filter and it looks kinda bad, plus I get black bars top and bottom when I try to fix it. what's the trick?",
     "how-do-i-get-the-scanlines-filters-on-my-mister-to-look-good"),

    # i-have-a-4k-or-other-higher-than-1080p-display-does-mister-support-that-resolution--id-like-to-enjoy-better-video-scaling
    ("can mister output 4k? i have an lg oled",
     "i-have-a-4k-or-other-higher-than-1080p-display-does-mister-support-that-resolution--id-like-to-enjoy-better-video-scaling"),
    ("is 1440p possible on mister? 1080p scaling on my big monitor isn't great and I want more pixels to work with",
     "i-have-a-4k-or-other-higher-than-1080p-display-does-mister-support-that-resolution--id-like-to-enjoy-better-video-scaling"),

    # how-does-the-accuracy-level-of-various-mister-cores-compare-to-other-fpga-options
    ("are mister cores as accurate as the analogue pocket / other fpga consoles or are they worse",
     "how-does-the-accuracy-level-of-various-mister-cores-compare-to-other-fpga-options"),
    ("Thinking between a MiSTer and one of the commercial FPGA boxes. In terms of how close to original hardware it is, how do they compare?",
     "how-does-the-accuracy-level-of-various-mister-cores-compare-to-other-fpga-options"),

    # will-any-mister-core-ever-get-save-states
    ("which cores have savestates? can't find the option in the snes one",
     "will-any-mister-core-ever-get-save-states"),
    ("why cant every core just get save states like software emulators have? is it coming for the others",
     "will-any-mister-core-ever-get-save-states"),

    # why-doesnt-this-core-from-another-repo-work-why-is-mister-so-hard-to-use
    ("downloaded a core from some random github and it's acting weird, why doesn't the updater grab it and who do i ask",
     "why-doesnt-this-core-from-another-repo-work-why-is-mister-so-hard-to-use"),
    ("unofficial core i found doesn't work properly, is that normal for third party stuff?",
     "why-doesnt-this-core-from-another-repo-work-why-is-mister-so-hard-to-use"),

    # when-is-an-n64-core-coming
    ("any eta on nintendo 64?",
     "when-is-an-n64-core-coming"),
    ("Will we ever be able to play Mario 64 / Ocarina on MiSTer? Is anyone working on n64",
     "when-is-an-n64-core-coming"),

    # when-is-playstation-core-coming
    ("is there a psx core coming? when",
     "when-is-playstation-core-coming"),
    ("when can we expect ps1 support on mister? is there a release date yet",
     "when-is-playstation-core-coming"),

    # other-cores-work-but-i-get-a-black-screen-for-this-one-what-do-i-do
    ("every core works fine except one that just shows a black screen on my tv, what setting should I try",
     "other-cores-work-but-i-get-a-black-screen-for-this-one-what-do-i-do"),
    ("loaded a core and my monitor shows nothing / no signal, all the others are fine. refresh rate thing?",
     "other-cores-work-but-i-get-a-black-screen-for-this-one-what-do-i-do"),

    # my-cd-games-dont-work-help
    ("my sega cd games won't load, they're in .zip files in the folder, is that the problem?",
     "my-cd-games-dont-work-help"),
    ("what format do disc based games need to be in? chd? bin/cue?",
     "my-cd-games-dont-work-help"),

    # what-version-of-the-cd-card-bios-do-i-need-for-tg16-cd
    ("which bios file does the turbografx cd need? there are like 5 versions floating around",
     "what-version-of-the-cd-card-bios-do-i-need-for-tg16-cd"),
    ("pc engine cd games won't boot, which system card version should I be using",
     "what-version-of-the-cd-card-bios-do-i-need-for-tg16-cd"),

    # how-do-i-make-mister-boot-into-the-nes-core-and-a-specific-game
    ("can I make it boot straight into the nes core and start a specific game on power on? building a bartop for my kid",
     "how-do-i-make-mister-boot-into-the-nes-core-and-a-specific-game"),
    ("how do i autoboot a core and auto load a rom, like skip the menu entirely and go right into SMB",
     "how-do-i-make-mister-boot-into-the-nes-core-and-a-specific-game"),

    # i-heard-the-de10-nano-board-uses-subsidized-components-is-mister-doomed-if-that-stops
    ("what happens to the project if terasic stops making the de10 nano? heard it's subsidized",
     "i-heard-the-de10-nano-board-uses-subsidized-components-is-mister-doomed-if-that-stops"),
    ("is it risky to invest in mister now, the board is an intel student thing right? what if it gets discontinued",
     "i-heard-the-de10-nano-board-uses-subsidized-components-is-mister-doomed-if-that-stops"),

    # i-see-a-defect-that-some-other-people-arent-seeing-should-i-get-a-different-de-10-nano
    ("i have a glitch in one game that nobody else seems to have, is my de10 a dud? should i buy another one",
     "i-see-a-defect-that-some-other-people-arent-seeing-should-i-get-a-different-de-10-nano"),
    ("Is there such a thing as a better batch of DE10 Nanos? Mine shows a bug others can't reproduce and I'm tempted to swap it",
     "i-see-a-defect-that-some-other-people-arent-seeing-should-i-get-a-different-de-10-nano"),

    # i-found-some-other-cyclone-based-dev-board-on-sale-and-it-has-built-in-wifi-can-i-use-it-for-mister
    ("saw a cheaper cyclone v board on aliexpress with wifi onboard, can i just run mister on that instead of the de10?",
     "i-found-some-other-cyclone-based-dev-board-on-sale-and-it-has-built-in-wifi-can-i-use-it-for-mister"),
    ("does the mister software work on other fpga dev boards or only the terasic one",
     "i-found-some-other-cyclone-based-dev-board-on-sale-and-it-has-built-in-wifi-can-i-use-it-for-mister"),

    # the-de-10-is-rated-for-up-to-100c-operation-and-it-doesnt-get-nearly-that-hot--do-i-really-need-a-fan-or-heatsink
    ("the chip is rated for 100 degrees and mine never gets close, so a fan is pointless right?",
     "the-de-10-is-rated-for-up-to-100c-operation-and-it-doesnt-get-nearly-that-hot--do-i-really-need-a-fan-or-heatsink"),
    ("will I damage the fpga if I run it without any fan? its well within spec temperature wise",
     "the-de-10-is-rated-for-up-to-100c-operation-and-it-doesnt-get-nearly-that-hot--do-i-really-need-a-fan-or-heatsink"),

    # can-you-take-screenshots-on-the-mister
    ("how do i grab a screenshot while playing? want to post my high score",
     "can-you-take-screenshots-on-the-mister"),
    ("took a screenshot but where does it get saved? and can i get the raw unscaled frame instead",
     "can-you-take-screenshots-on-the-mister"),
]

OUT_OF_SCOPE = [
    "how do i connect my mister to wifi, which usb dongles work",
    "where do arcade roms go? i put the zips in the games folder and the mra files say missing files",
    "what filesystem should the sd card be, exfat or fat32? and is 256gb too big",
    "what key opens the menu inside a core",
    "can I load games from my NAS over smb instead of copying everything to the sd card",
    "how do I ssh into the mister and whats the default root password",
    "where do i put the kickstart rom for the amiga core",
    "how do i install windows 98 on the ao486 core",
    "are there cheat codes support for the snes core? how do i enable them",
    "how do I change the color palette in the gameboy core, the green is ugly",
    "my mister clock is always wrong, how do i set the date and time",
    "can i change the background wallpaper on the main menu",
    "does mister support any kind of netplay / online multiplayer",
    "where are my normal battery saves (.sav) stored on the sd card? want to back them up",
    "how do i switch the megadrive core between PAL and NTSC region",
]
