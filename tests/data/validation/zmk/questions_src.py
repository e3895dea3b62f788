"""Hand-written questions for the blind ZMK FAQ set.

Written from the FAQ text (faq/faq.md) alone, in the style of a Discord
support channel. IN_SCOPE: (question, expected section id). OUT_OF_SCOPE:
questions about ZMK / wireless keyboard firmware that no section of this FAQ
answers (expect null).
"""

IN_SCOPE = [
    # why-zephyr
    ("why did zmk build on top of an rtos instead of writing everything bare metal? what does that actually get you",
     "why-zephyr"),
    ("what are the upsides of the zephyr base for zmk? someone mentioned devicetree, kconfig and some bluetooth qualification thing",
     "why-zephyr"),
    ("isnt zephyr kinda overkill for a keyboard lol, why is zmk using it",
     "why-zephyr"),
    ("does the os layer under zmk get long term support and security patches? mostly worried about the BLE stack tbh",
     "why-zephyr"),

    # why-yet-another-keyboard-firmware
    ("we already have qmk and a bunch of others... why does zmk even exist, what does it do better?",
     "why-yet-another-keyboard-firmware"),
    ("honest question not trying to start a flame war: what advantages does zmk have over the established firmwares? is it mainly the wireless stuff",
     "why-yet-another-keyboard-firmware"),
    ("why would anyone start a brand new kb firmware from scratch when there's already good ones out there",
     "why-yet-another-keyboard-firmware"),

    # what-license-does-zmk-use
    ("im planning to sell a few wireless boards with zmk preflashed, what licence terms is the code under?",
     "what-license-does-zmk-use"),
    ("is zmk gpl or mit or what",
     "what-license-does-zmk-use"),
    ("quick one - under which open source licence is zmk released",
     "what-license-does-zmk-use"),

    # what-hardwareplatforms-does-zmk-support
    ("which microcontrollers can zmk actually run on? is there a list somewhere",
     "what-hardwareplatforms-does-zmk-support"),
    ("will zmk run on any random nrf52 dev board i have lying around or only specific chips?",
     "what-hardwareplatforms-does-zmk-support"),
    ("is there an official list of keyboards that zmk works with yet",
     "what-hardwareplatforms-does-zmk-support"),

    # does-zmk-compile-for-avr
    ("can i flash zmk onto my old pro micro with the atmega32u4?",
     "does-zmk-compile-for-avr"),
    ("does zmk build for 8-bit atmega chips at all",
     "does-zmk-compile-for-avr"),
    ("tried to target an atmega328p with zmk and got nowhere, is that even supported??",
     "does-zmk-compile-for-avr"),

    # how-do-i-get-started
    ("total noob here 👋 where do i even begin with zmk",
     "how-do-i-get-started"),
    ("just got my first wireless split kit, how hard is it to get going with zmk? is there a big learning curve",
     "how-do-i-get-started"),
    ("whats the best place to start if i just want to try zmk out",
     "how-do-i-get-started"),

    # what-is-a-board
    ("in zmk speak what counts as a 'board'? the controller?",
     "what-is-a-board"),
    ("is the nice!nano the board in zmk terms? kinda confused by the naming",
     "what-is-a-board"),
    ("what does zmk mean by board exactly, the pcb with the mcu on it?",
     "what-is-a-board"),

    # what-is-a-shield
    ("whats a shield in zmk, like an arduino shield?",
     "what-is-a-shield"),
    ("my corne pcb with all the switches on it, is that what zmk calls the shield",
     "what-is-a-shield"),
    ("zmk docs keep saying shield this shield that, what actually is it",
     "what-is-a-shield"),

    # why-boards-and-shields-why-not-just-keyboard
    ("why does zmk make me specify a board AND a shield instead of just picking kyria as the keyboard",
     "why-boards-and-shields-why-not-just-keyboard"),
    ("whats the reasoning behind splitting the hardware into two separate things in zmk config? seems overcomplicated",
     "why-boards-and-shields-why-not-just-keyboard"),
    ("can i swap my pro micro for a nice!nano on the same pcb? how does zmk deal with mixing controllers like that",
     "why-boards-and-shields-why-not-just-keyboard"),
    ("my keyboard has the mcu soldered right onto the main pcb, do i still need a shield for it in zmk?",
     "why-boards-and-shields-why-not-just-keyboard"),

    # does-zmk-support-wired-split
    ("can i connect both halves with a trrs cable in zmk or is it bluetooth only",
     "does-zmk-support-wired-split"),
    ("does zmk do cabled splits yet",
     "does-zmk-support-wired-split"),
    ("want to run my split halves over a wire instead of wireless between them, possible with zmk?",
     "does-zmk-support-wired-split"),

    # how-is-the-latency
    ("is zmk laggy compared to qmk? i play fps games so input delay matters to me",
     "how-is-the-latency"),
    ("does zmk poll the matrix or use interrupts for detecting key presses",
     "how-is-the-latency"),
    ("any comparison of zmk input delay vs other firmwares? like a video or numbers",
     "how-is-the-latency"),
    ("do the debounce settings affect how fast keypresses register in zmk?",
     "how-is-the-latency"),

    # what-bootloader-does-zmk-use
    ("which bootloader does zmk need on the controller",
     "what-bootloader-does-zmk-use"),
    ("can i flash zmk with openocd or nrfjprog, or does it require one particular bootloader?",
     "what-bootloader-does-zmk-use"),
    ("is zmk tied to a specific bootloader? my board uses blackmagic probe for flashing",
     "what-bootloader-does-zmk-use"),

    # can-i-contribute
    ("im a c dev and want to help out with zmk code, are outside contributions welcome?",
     "can-i-contribute"),
    ("are prs to zmk accepted? where do i look to start hacking on it",
     "can-i-contribute"),
    ("how can i help with zmk development",
     "can-i-contribute"),

    # i-have-an-idea-what-should-i-do
    ("got a feature idea for zmk, where should i pitch it",
     "i-have-an-idea-what-should-i-do"),
    ("where do people suggest new stuff for zmk? github issue or somewhere else?",
     "i-have-an-idea-what-should-i-do"),
    ("had a cool idea for a new zmk behavior, who do i talk to about it",
     "i-have-an-idea-what-should-i-do"),

    # i-want-to-add-a-new-keyboard-what-should-i-do
    ("i designed my own pcb and want it supported in zmk upstream, what's the process",
     "i-want-to-add-a-new-keyboard-what-should-i-do"),
    ("how do i get a definition for my keyboard merged into zmk?",
     "i-want-to-add-a-new-keyboard-what-should-i-do"),
    ("want to contribute support for a handwired board i built, who do i ping",
     "i-want-to-add-a-new-keyboard-what-should-i-do"),

    # does-zmk-have-a-code-of-conduct
    ("are there community rules / a CoC for the zmk project?",
     "does-zmk-have-a-code-of-conduct"),
    ("wheres zmk's code of conduct doc",
     "does-zmk-have-a-code-of-conduct"),
    ("before i join in: does zmk have behaviour guidelines for contributors?",
     "does-zmk-have-a-code-of-conduct"),

    # what-does-zmk-mean
    ("what do the letters zmk stand for",
     "what-does-zmk-mean"),
    ("why is it called zmk anyway",
     "what-does-zmk-mean"),
    ("is zmk an acronym for something?",
     "what-does-zmk-mean"),

    # is-zmk-related-to-tmk-or-qmk
    ("is zmk a fork of qmk?",
     "is-zmk-related-to-tmk-or-qmk"),
    ("does zmk share code with tmk or qmk or is it completely separate",
     "is-zmk-related-to-tmk-or-qmk"),
    ("zmk and qmk are from the same people right? names are so similar",
     "is-zmk-related-to-tmk-or-qmk"),

    # who-created-zmk
    ("who made zmk originally",
     "who-created-zmk"),
    ("who's the author behind zmk and who looks after it now?",
     "who-created-zmk"),
    ("which dev started the zmk project",
     "who-created-zmk"),
]

OUT_OF_SCOPE = [
    "how do i set up home row mods, my hold-taps keep misfiring when i type fast",
    "how do i make a combo so pressing j+k together sends escape",
    "can i see the battery level of the right half on my phone or pc",
    "how do i switch between bluetooth profiles to use my board with 3 different devices",
    "how do i get the oled on my corne to show the current layer",
    "how do i bind the rotary encoder to volume up/down in my keymap",
    "how do i turn on rgb underglow and change its colour",
    "how long before the keyboard goes into deep sleep and can i change the timeout",
    "how do i write a macro that types out my email address",
    "does zmk support mouse keys? want to move the cursor from the keyboard",
    "my github actions build finished, where do i find the .uf2 file to flash",
    "how do i clear all bluetooth bonds, my board wont pair with my new laptop",
    "is there caps word in zmk like in qmk",
    "when i plug in usb it still types over bluetooth, how do i make it prefer usb",
    "can i type unicode characters / emoji straight from a keymap binding",
]
