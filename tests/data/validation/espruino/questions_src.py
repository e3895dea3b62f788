"""Hand-written questions for the Espruino FAQ blind set (faq/FAQ.md).

Written from the FAQ text alone. The FAQ has 34 sections, more than 30, so
30 sections get exactly two in-scope questions each (60 in all) and four get
none (NOT_ASKED): the four whose whole answer is "ask / post on the forum".
Their answers are all the same link, so a question aimed at one of them would
be answered just as well by the other three; none of the in-scope or
out-of-scope questions below is about the forum.

IN_SCOPE: (question, id of the one section that answers it).
OUT_OF_SCOPE: near the domain (Espruino boards, microcontrollers, the Web
IDE) but not answered by the FAQ, plus one off-topic question.
"""

NOT_ASKED = [
    "is-there-a-forum-where-i-can-get-help",
    "ive-created-something-cool-with-espruino-would-you-like-to-see-it",
    "got-a-question-about-espruino",
    "have-we-not-answered-your-question-here",
]

IN_SCOPE = [
    # What is Espruino?
    ("whats espruino exactly, a board or some software? friend told me to use it for my led project",
     "what-is-espruino"),
    ("so its like a firmware that runs javascript on microcontroller or what",
     "what-is-espruino"),

    # Having problems with your Espruino Board?
    ("my puck.js stopped responding after i was messing with it, where do i even start to fix this",
     "having-problems-with-your-espruino-board"),
    ("board acting weird and wont connect properly anymore. is there a page with the usual fixes before i bother anyone?",
     "having-problems-with-your-espruino-board"),

    # It's plugged into my PC/Mac - what do I do now?
    ("just got my pico in the post and connected the usb cable to my laptop. now what?",
     "its-plugged-into-my-pcmac---what-do-i-do-now"),
    ("first time user, board is connected to macbook, which guide i should follow to get going",
     "its-plugged-into-my-pcmac---what-do-i-do-now"),

    # Is Espruino Open Source?
    ("can i read the source code of the interpreter? what licence is it",
     "is-espruino-open-source"),
    ("is the espruino firmware free software or closed source? my company might want to use it",
     "is-espruino-open-source"),

    # How is Espruino different to Arduino / Raspberry Pi / Embedded Linux?
    ("why would i pick this over a raspberry pi zero for a sensor that has to run on batteries",
     "how-is-espruino-different-to-arduino--raspberry-pi--embedded-linux"),
    ("arduino uno or espruino for a total beginner, whats the actual difference",
     "how-is-espruino-different-to-arduino--raspberry-pi--embedded-linux"),

    # When I type a command, why does Espruino print `=undefined`?
    ("every time i run digitalWrite(LED1,1) in the console it answers =undefined, did i break something?",
     "when-i-type-a-command-why-does-espruino-print-undefined"),
    ("console keep showing '=undefined' after my commands, is it an error?",
     "when-i-type-a-command-why-does-espruino-print-undefined"),

    # When I type a function, why does Espruino print `=function ...`
    ("i typed a function definition in the left side and it echoed the whole function back at me with an equals sign in front. why",
     "when-i-type-a-function-why-does-espruino-print-function-"),
    ("why the repl prints =function(...) {...} when i only declare a function and dont call it",
     "when-i-type-a-function-why-does-espruino-print-function-"),

    # My code is lost when the power is removed from Espruino. What can I do?
    ("unplugged the battery and my program was gone when i powered it back on. how do i make it stick?",
     "my-code-is-lost-when-the-power-is-removed-from-espruino-what-can-i-do"),
    ("how to keep my script on the pico after a power cycle",
     "my-code-is-lost-when-the-power-is-removed-from-espruino-what-can-i-do"),

    # Can I use Espruino to control things from a program on my PC?
    ("i want a python script on my desktop to read sensor values from the board over usb serial, but the console echo gets in the way. how do i turn that off",
     "can-i-use-espruino-to-control-things-from-a-program-on-my-pc"),
    ("can my own pc application send commands to the espruino and get the results back?",
     "can-i-use-espruino-to-control-things-from-a-program-on-my-pc"),

    # How fast is Espruino?
    ("is it quick enough to drive servos and time pulses precisely? how fast does the js actually run",
     "how-fast-is-espruino"),
    ("could i do some video processing on it or is an interpreter just too slow for that",
     "how-fast-is-espruino"),

    # How power efficient is Espruino?
    ("idle current?? does it go to low power sleep by itself or do i have to code that",
     "how-power-efficient-is-espruino"),
    ("planning to run it off a coin cell for months. how much does espruino draw when nothing is happening",
     "how-power-efficient-is-espruino"),

    # How much power can I supply from Espruino's Pins?
    ("how many mA can i pull from a single gpio on the pico? want to drive a led straight from the pin",
     "how-much-power-can-i-supply-from-espruinos-pins"),
    ("max current per io pin on puck.js, and total for all pins together?",
     "how-much-power-can-i-supply-from-espruinos-pins"),

    # Is Espruino 100% JavaScript compatible?
    ("will my normal node.js code run unchanged, does it support the whole language",
     "is-espruino-100-javascript-compatible"),
    ("is it real full javascript or only a subset? some standard functions seem missing",
     "is-espruino-100-javascript-compatible"),

    # Will Espruino work on my board?
    ("i have a cheap stm32 dev board from aliexpress, can i put espruino on it",
     "will-espruino-work-on-my-board"),
    ("would you merge support for my custom pcb into the main firmware if i send a pull request?",
     "will-espruino-work-on-my-board"),

    # Can I use official Espruino Boards in my product? How long will you keep making them for?
    ("we want to embed the mdbt42q module in a commercial device. will it still be produced in 5 years or so?",
     "can-i-use-official-espruino-boards-in-my-product-how-long-will-you-keep-making-them-for"),
    ("is it ok to design a product around the pico, and what if you stop making it",
     "can-i-use-official-espruino-boards-in-my-product-how-long-will-you-keep-making-them-for"),

    # Can I sell boards containing the Espruino software?
    ("can i make my own pcb with espruino preinstalled and sell it on tindie",
     "can-i-sell-boards-containing-the-espruino-software"),
    ("am i allowed to call my board an espruino board if it runs your firmware?",
     "can-i-sell-boards-containing-the-espruino-software"),

    # How much Flash memory is free after installing Espruino, and can I use it?
    ("how much of the flash is left for me once the interpreter is on the chip",
     "how-much-flash-memory-is-free-after-installing-espruino-and-can-i-use-it"),
    ("on my olimexino there seems to be almost no space left, how can i find out which memory areas i can use from my code",
     "how-much-flash-memory-is-free-after-installing-espruino-and-can-i-use-it"),

    # Espruino doesn't support some of my chip's functionality. Can I use it anyway?
    ("the nrf52 has a peripheral that the api does not expose. can i write its registers directly?",
     "espruino-doesnt-support-some-of-my-chips-functionality-can-i-use-it-anyway"),
    ("need a hardware timer feature of the stm32f4 that espruino dont wrap, is there any way to reach it",
     "espruino-doesnt-support-some-of-my-chips-functionality-can-i-use-it-anyway"),

    # Is there an editor that can be used instead of typing everything into a terminal window?
    ("typing code line by line into the terminal is painful, what are my options for a proper editor",
     "is-there-an-editor-that-can-be-used-instead-of-typing-everything-into-a-terminal-window"),
    ("can i write my code in vs code or another ide and not in the serial console?",
     "is-there-an-editor-that-can-be-used-instead-of-typing-everything-into-a-terminal-window"),

    # What are the two panes of the Web IDE for?
    ("in the web ide there is a left half and a right half, what is each one for",
     "what-are-the-two-panes-of-the-web-ide-for"),
    ("whats the difference between typing in the left side of the ide and writing in the right side",
     "what-are-the-two-panes-of-the-web-ide-for"),

    # When is code executed?
    ("i have var x = analogRead(A0) at the top of my code but x never changes, not even after a reboot. why?",
     "when-is-code-executed"),
    ("does clicking send to espruino basically paste my code in like i typed it on the left side?",
     "when-is-code-executed"),

    # Why is code executed at upload time?
    ("why doesnt espruino just store the whole program text and run it after the upload finished like every other platform",
     "why-is-code-executed-at-upload-time"),
    ("whats the reason my code runs statement by statement while its still uploading? seems a strange design choice",
     "why-is-code-executed-at-upload-time"),

    # How do modules work?
    ("require(\"PCD8544\") fails when my laptop is offline, where does it actually get that module from?",
     "how-do-modules-work"),
    ("can i put modules on the sd card so require finds them without the web ide",
     "how-do-modules-work"),

    # Is there a Coding Style I should use?
    ("when i paste a function with the { on its own line into the left console it runs too early and errors. why",
     "is-there-a-coding-style-i-should-use"),
    ("should the braces go on the same line? does formatting matter at all for espruino",
     "is-there-a-coding-style-i-should-use"),

    # What is efficient and what isn't? How can I write the fastest code?
    ("any tips to optimise my js so it runs faster on the chip",
     "what-is-efficient-and-what-isnt-how-can-i-write-the-fastest-code"),
    ("which kind of code is slow on espruino? is there a guide about performance",
     "what-is-efficient-and-what-isnt-how-can-i-write-the-fastest-code"),

    # Is there a `delay()` function in Espruino?
    ("how do i wait 500ms between two digitalWrite calls, there is no sleep function?",
     "is-there-a-delay-function-in-espruino"),
    ("is a busy wait while loop bad on espruino",
     "is-there-a-delay-function-in-espruino"),

    # Can I save values to Espruino - does it have an EEPROM?
    ("need to keep a counter between restarts, is there eeprom or something like it",
     "can-i-save-values-to-espruino---does-it-have-an-eeprom"),
    ("how to store a few settings persistently without wearing out the flash",
     "can-i-save-values-to-espruino---does-it-have-an-eeprom"),

    # Why not just use an existing JavaScript implementation like V8 or Spidermonkey?
    ("why did you write your own js engine and not just port the one from chrome",
     "why-not-just-use-an-existing-javascript-implementation-like-v8-or-spidermonkey"),
    ("wouldnt it be easier to run firefox's javascript engine on the microcontroller?",
     "why-not-just-use-an-existing-javascript-implementation-like-v8-or-spidermonkey"),

    # Can I program the Espruino Boards in languages other than JavaScript?
    ("can i flash micropython or write plain c on the pico instead of js",
     "can-i-program-the-espruino-boards-in-languages-other-than-javascript"),
    ("is javascript the only option on these boards? i'd rather use lua",
     "can-i-program-the-espruino-boards-in-languages-other-than-javascript"),

    # I want to write an article on Espruino. Can I get high resolution Pictures?
    ("im a journalist writing about diy wearables, where can i get hi-res product photos of the boards",
     "i-want-to-write-an-article-on-espruino-can-i-get-high-resolution-pictures"),
    ("need press images of puck.js for a blog post about it, where do i find them",
     "i-want-to-write-an-article-on-espruino-can-i-get-high-resolution-pictures"),
]

OUT_OF_SCOPE = [
    "how do i update the firmware on my puck.js to the newest version",
    "does the espruino wifi board support https / tls connections",
    "how do i wire an i2c oled display to the pico, which pins",
    "do you ship to australia and how much is postage",
    "can i set breakpoints and step through my code line by line?",
    "which pins on the pico can do analog input",
    "how to draw text with a bigger font on the pixl.js screen",
    "can espruino publish to an mqtt broker",
    "what is the operating temperature range of the mdbt42q module",
    "can i upload code to the board wirelessly over wifi instead of usb",
    "is there a discount for schools buying a classroom set of kits",
    "how do i contribute a new module to the espruino modules repository",
    "whats the difference between puck.js and pixl.js, which should i buy",
    "how do i read a ds18b20 temperature sensor with espruino",
    "best way to get red wine stains out of a carpet?",
]
