"""Hand-written questions for the WLED FAQ (docs/basics/faq.md in Aircoookie/WLED-Docs).

Written from the FAQ text alone, in the style of a Discord support channel.
IN_SCOPE: (question, expected section id); OUT_OF_SCOPE: questions about WLED
that no FAQ section answers.
"""

IN_SCOPE = [
    # what-binary-should-i-use
    ("which .bin do i download for my esp32 board? there's like 10 files on the release page",
     "what-binary-should-i-use"),
    ("Hey all, got a D1 mini clone and I'm not sure which firmware file from the releases matches it, any pointers?",
     "what-binary-should-i-use"),

    # ive-flashed-a-bin-but-i-get-no-response-at-all
    ("flashed wled onto a brand new nodemcu, the flasher said success but the board does nothing. no AP, no serial output, nada",
     "ive-flashed-a-bin-but-i-get-no-response-at-all"),
    ("uploaded the firmware fine but the esp is completely dead afterwards?? anything i can try",
     "ive-flashed-a-bin-but-i-get-no-response-at-all"),

    # once-i-attach-leds-i-cant-connect-to-the-esp-anymore
    ("weird one: my esp8266 boots and shows WLED-AP fine with nothing attached, but as soon as I solder the strip's data wire on it never comes up",
     "once-i-attach-leds-i-cant-connect-to-the-esp-anymore"),
    ("board only boots when the led strip is unplugged. what gives",
     "once-i-attach-leds-i-cant-connect-to-the-esp-anymore"),

    # i-have-entered-my-wifi-credentials-and-rebooted-but-i-can-not-connect-to-the-module-now
    ("put my home wifi password in and hit save, now the WLED-AP network is gone and I have no clue what address it ended up on",
     "i-have-entered-my-wifi-credentials-and-rebooted-but-i-can-not-connect-to-the-module-now"),
    ("after joining it to my router how do i find the ip of the controller?",
     "i-have-entered-my-wifi-credentials-and-rebooted-but-i-can-not-connect-to-the-module-now"),

    # the-module-once-was-connected-but-i-can-no-longer-reach-it
    ("it worked for weeks and today the controller just isn't reachable anymore. how do I get back into it",
     "the-module-once-was-connected-but-i-can-no-longer-reach-it"),
    ("lost access to my wled box that used to work fine, is there some reset url or something?",
     "the-module-once-was-connected-but-i-can-no-longer-reach-it"),

    # the-wled-xxxlocal-address-mdns-does-not-work
    ("wled-kitchen.local doesnt resolve on my windows pc, only works from my iphone",
     "the-wled-xxxlocal-address-mdns-does-not-work"),
    ("Why can't my Android phone open the .local name? I have to type the IP every single time",
     "the-wled-xxxlocal-address-mdns-does-not-work"),

    # is-it-safe-to-do-a-port-forwarding-...
    ("can i just open a port on my router so i can turn the lights on from work? or is that a bad idea",
     "is-it-safe-to-do-a-port-forwarding-to-the-public-internet-to-control-the-lights-from-anywhere"),
    ("is exposing the wled web ui straight to the internet secure enough?",
     "is-it-safe-to-do-a-port-forwarding-to-the-public-internet-to-control-the-lights-from-anywhere"),

    # my-device-is-unresponsive-or-animations-lag
    ("ui is super sluggish and effects stutter. I've got hue sync, mqtt and blynk all turned on if that matters",
     "my-device-is-unresponsive-or-animations-lag"),
    ("web interface takes forever to respond and the animations lag like crazy, running about 1200 leds off one esp",
     "my-device-is-unresponsive-or-animations-lag"),

    # im-having-a-bootloop-leds-turn-on-every-5seconds
    ("my leds flash on for a sec then go off, over and over, roughly every 5 seconds. looks like the controller keeps restarting",
     "im-having-a-bootloop-leds-turn-on-every-5seconds"),
    ("esp is stuck rebooting in a loop after i reflashed it, how do i get out of that",
     "im-having-a-bootloop-leds-turn-on-every-5seconds"),

    # still-having-connection-issuesconnection-dropping-what-more-can-i-check
    ("wifi keeps dropping every few hours. already tried a static ip and moving it closer to the router, what else is there to check?",
     "still-having-connection-issuesconnection-dropping-what-more-can-i-check"),
    ("controller randomly falls off the network. I've done the obvious stuff, are there any settings worth toggling?",
     "still-having-connection-issuesconnection-dropping-what-more-can-i-check"),

    # i-am-running-realtime-eg-e131-...
    ("driving a 1500 pixel matrix from xLights over e1.31 and it's choppy, parts of it don't update smoothly",
     "i-am-running-realtime-eg-e131-and-not-all-of-my-leds-are-driven-fluently"),
    ("is there a cap on dmx universes? streaming from my pc and only part of the strip gets any data",
     "i-am-running-realtime-eg-e131-and-not-all-of-my-leds-are-driven-fluently"),

    # when-compiling-wled-in-vs-code-using-platformio-i-get-an-error
    ("building from source in vscode with platformio and it fails saying wled00.ino.cpp not found",
     "when-compiling-wled-in-vs-code-using-platformio-i-get-an-error"),
    ("pio build errors out the first time I try to compile wled myself, any fix?",
     "when-compiling-wled-in-vs-code-using-platformio-i-get-an-error"),

    # my-leds-dont-turn-on-at-all
    ("just wired up my first strip and literally nothing lights up. not a single led",
     "my-leds-dont-turn-on-at-all"),
    ("Brand new WS2812B strip. The WLED page loads fine but the strip stays completely dark, where should I start?",
     "my-leds-dont-turn-on-at-all"),

    # my-leds-dont-get-as-bright-as-they-should
    ("brightness slider is maxed out but the strip is pretty dim. psu is a 10A one",
     "my-leds-dont-get-as-bright-as-they-should"),
    ("leds get dimmer and kinda orange towards the far end of the strip",
     "my-leds-dont-get-as-bright-as-they-should"),

    # my-leds-are-unable-to-be-set-into-an-consistent-solid-color
    ("bought an sk6812 rgbw strip and when i pick a solid colour i get red green blue repeating pixels instead",
     "my-leds-are-unable-to-be-set-into-an-consistent-solid-color"),
    ("cant get one even colour across the whole strip, each pixel shows a different primary and the led count seems off too",
     "my-leds-are-unable-to-be-set-into-an-consistent-solid-color"),

    # when-i-select-green-the-leds-turn-red
    ("colours are swapped lol, picking green gives me red",
     "when-i-select-green-the-leds-turn-red"),
    ("red and green are backwards on my ws2811 string, how do I fix the order?",
     "when-i-select-green-the-leds-turn-red"),

    # my-leds-act-funny-and-flicker-randomly
    ("random flickering and glitchy pixels. the strip is on its own 5v supply, separate from the esp",
     "my-leds-act-funny-and-flicker-randomly"),
    ("do i actually need a level shifter? getting random sparkles on ws2812b driven straight from a 3.3v esp8266",
     "my-leds-act-funny-and-flicker-randomly"),

    # not-all-my-leds-turn-on
    ("only the first 30 leds light up on my 5m 60/m strip",
     "not-all-my-leds-turn-on"),
    ("part of my strip stays off and it always stops at the same pixel",
     "not-all-my-leds-turn-on"),

    # how-to-turn-off-the-bright-blue-onboard-led
    ("the little blue led on the d1 mini is really annoying in my bedroom, can it be disabled?",
     "how-to-turn-off-the-bright-blue-onboard-led"),
    ("how do i get rid of that blue light on the esp board at night",
     "how-to-turn-off-the-bright-blue-onboard-led"),

    # why-is-gpio2d4-the-default-led-pin
    ("why does wled use D4 by default instead of D1 or D2 like most esp projects?",
     "why-is-gpio2d4-the-default-led-pin"),
    ("whats the reasoning behind gpio2 being the default data pin",
     "why-is-gpio2d4-the-default-led-pin"),

    # why-can-i-only-use-500-leds-on-the-esp8266-gpio-pin-3
    ("using the RX pin (gpio3) on an 8266 and it wont let me go past ~500 leds, why?",
     "why-can-i-only-use-500-leds-on-the-esp8266-gpio-pin-3"),
    ("is there a lower led limit when the strip is on the rx pin of an esp8266? what's the reason",
     "why-can-i-only-use-500-leds-on-the-esp8266-gpio-pin-3"),

    # what-led-strip-hardware-is-supported-by-wled
    ("does wled work with apa102 / sk9822 or only the ws281x stuff?",
     "what-led-strip-hardware-is-supported-by-wled"),
    ("can I use plain 12v analog rgb strips (not addressable) with WLED?",
     "what-led-strip-hardware-is-supported-by-wled"),

    # what-does-the-name-wled-mean
    ("what does the W in wled stand for",
     "what-does-the-name-wled-mean"),
    ("random question but what's WLED short for?",
     "what-does-the-name-wled-mean"),

    # what-do-the-wled-version-names-mean
    ("why are the releases called stuff like Hikari and Mirai?",
     "what-do-the-wled-version-names-mean"),
    ("what does 'Namigai' mean? saw it next to the version number",
     "what-do-the-wled-version-names-mean"),

    # what-is-the-difference-between-the-brightness-sliders-in-the-web-ui
    ("what's the difference between the slider in the top bar and the one under the color wheel?",
     "what-is-the-difference-between-the-brightness-sliders-in-the-web-ui"),
    ("set master to 50% and the segment to 50% and it's way darker than i expected. how do these brightness sliders combine?",
     "what-is-the-difference-between-the-brightness-sliders-in-the-web-ui"),

    # my-segments-are-gone-after-a-reboot
    ("every time i power cycle the controller my segments reset back to one big segment \U0001f629",
     "my-segments-are-gone-after-a-reboot"),
    ("how do I make my segment layout load automatically on startup?",
     "my-segments-are-gone-after-a-reboot"),

    # may-i-sell-a-product-running-wled
    ("can i sell led lamps with wled preinstalled on etsy?",
     "may-i-sell-a-product-running-wled"),
    ("Thinking of making a small commercial product using the WLED firmware. Is the license ok with that?",
     "may-i-sell-a-product-running-wled"),

    # check-out-the-wled-forum
    ("is there a forum or somewhere besides discord to ask wled questions?",
     "check-out-the-wled-forum"),
    ("wheres the wled discourse",
     "check-out-the-wled-forum"),

    # look-through-the-issues
    ("before I file a bug, how do I know if someone already reported the same thing?",
     "look-through-the-issues"),
    ("is there anywhere i can check whether my problem is already a known bug",
     "look-through-the-issues"),

    # if-i-report-a-new-issue-what-do-i-need-to-share
    ("gonna open a github issue, what info should i include so you guys can actually help",
     "if-i-report-a-new-issue-what-do-i-need-to-share"),
    ("what details do the devs want in a bug report? controller model, psu, wiring pics etc?",
     "if-i-report-a-new-issue-what-do-i-need-to-share"),
]

OUT_OF_SCOPE = [
    "how do i add my wled lights to home assistant?",
    "Can WLED do sound reactive effects if I hook up a mic?",
    "is there a way to schedule the lights to come on at sunset and off at midnight",
    "how do i make my own custom palette",
    "can i control wled with one of those cheap 24 key IR remotes?",
    "how do I update WLED over wifi without plugging it into usb again?",
    "want to add a physical push button to toggle the lights on/off, how do i set that up",
    "how do i set up a 16x16 panel as a 2D matrix?",
    "whats the best way to back up my presets before i reflash",
    "what's the json api call to change the colour from a python script?",
    "can i make a playlist that cycles through my presets every few minutes?",
    "how do i add a ds18b20 temperature sensor as a usermod",
    "how do I rename my controller so it shows a proper name in the app",
    "can the web ui be switched to german?",
    "is there a night light mode that slowly fades out over like 30 min",
]
