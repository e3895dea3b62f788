"""Hand-written questions for the NodeMCU Lua developer FAQ (faq/lua-developer-faq.md).

Written from the FAQ text alone; every in-scope question names the one
section (sections.txt id) whose answer covers it. 25 sections: every section
has two questions, the ten with the most common situations a third (60).
OUT_OF_SCOPE: 15 questions near the domain (ESP8266 / NodeMCU) that the FAQ
does not answer, plus one off-topic question.
"""

IN_SCOPE = [
    # --- What is this FAQ for?
    ("total beginner here, never coded anything before. will this faq teach me lua programming from scratch?",
     "what-is-this-faq-for"),
    ("i dont have the official devkit, just a bare esp-01 module from aliexpress. is this guide still relevant for me or only for nodemcu branded boards",
     "what-is-this-faq-for"),

    # --- What has changed since the first version of this FAQ?
    ("who is actually behind nodemcu? a company or a bunch of volunteers on github",
     "what-has-changed-since-the-first-version-of-this-faq"),
    ("old forum threads say you only get about 15kb free heap and that tracebacks point to wrong line numbers. is it still like that or got fixed",
     "what-has-changed-since-the-first-version-of-this-faq"),

    # --- Where to start
    ("good book recommendation for learning lua 5.1 properly? happy to pay for one",
     "where-to-start"),
    ("where can i read espressif's own sdk programming guide? i understood the sdk is closed source",
     "where-to-start"),

    # --- How is NodeMCU Lua different to standard Lua?
    ("math.floor gives me attempt to index nil 'math'. how am i supposed to do modulo or x to the power of y then?",
     "how-is-nodemcu-lua-different-to-standard-lua"),
    ("io.write not exist on the chip. i want send text to serial port without the newline that print adds, how?",
     "how-is-nodemcu-lua-different-to-standard-lua"),
    ("what is this eLua / LTR thing the firmware is built on, why not just plain lua",
     "how-is-nodemcu-lua-different-to-standard-lua"),

    # --- How is coding for the ESP8266 the same as standard Lua?
    ("do coroutines work on the esp or were they cut out to save space",
     "how-is-coding-for-the-esp8266-the-same-as-standard-lua"),
    ("are string.format, table.insert and friends available or do i need to bring my own implementations",
     "how-is-coding-for-the-esp8266-the-same-as-standard-lua"),

    # --- How is coding for the ESP8266 different to standard Lua?
    ("coming from the arduino ide: do i have to reflash the whole chip every time i change one line of my script?",
     "how-is-coding-for-the-esp8266-different-to-standard-lua"),
    ("the cloud builder offers an integer and a float variant of the firmware, which one should i pick",
     "how-is-coding-for-the-esp8266-different-to-standard-lua"),
    ("I have two conn:send() calls one right after the other and only the first message shows up on the other side. "
     "Also node.restart() does not restart right away, the print lines after it still run. Why does the ESP behave like that?",
     "how-is-coding-for-the-esp8266-different-to-standard-lua"),

    # --- So how does the SDK event / tasking system work in Lua?
    ("why esp make reboot when i am doing a big for loop that crunches sensor data for around a second? watchdog?",
     "so-how-does-the-sdk-event--tasking-system-work-in-lua"),
    ("is it ok to write while gpio.read(2) == 0 do end to wait for a button press",
     "so-how-does-the-sdk-event--tasking-system-work-in-lua"),
    ("how many milliseconds can one callback run before the wifi starts misbehaving",
     "so-how-does-the-sdk-event--tasking-system-work-in-lua"),

    # --- So what Lua library functions enable the registration of Lua callbacks?
    ("is there an overview of which api calls take a callback function? want to know what runs asynchronously",
     "so-what-lua-library-functions-enable-the-registration-of-lua-callbacks"),
    ("how do i get a function called when data comes in on the serial port instead of checking for it all the time",
     "so-what-lua-library-functions-enable-the-registration-of-lua-callbacks"),

    # --- So what are the different ways of declaring variables and how is NodeMCU different here?
    ("why do the nodemcu lua modules start with lines like local i2c = i2c and copy i2c.start etc into locals? is that really faster",
     "so-what-are-the-different-ways-of-declaring-variables-and-how-is-nodemcu-different-here"),
    ("i declared a local function inside a do ... end block and handed it to a timer alarm, it still fires minutes later. how is it not gone if it was local??",
     "so-what-are-the-different-ways-of-declaring-variables-and-how-is-nodemcu-different-here"),

    # --- So how is context passed between Lua event tasks?
    ("my counter resets to 0 on every timer tick. how do i carry a value from one callback run to the next",
     "so-how-is-context-passed-between-lua-event-tasks"),
    ("is writing my state into a file on spiffs a good way to share data between callbacks or does that hurt the flash",
     "so-how-is-context-passed-between-lua-event-tasks"),

    # --- So how is the Lua Registry used and why is this important?
    ("free heap drops a little every time a client connects to my tcp server and it never comes back",
     "so-how-is-the-lua-registry-used-and-why-is-this-important"),
    ("in srv:on(\"connection\", function(sck, c) ... end) i used srv:send instead of sck:send inside the callback. "
     "someone said thats a bug even though it works, why?",
     "so-how-is-the-lua-registry-used-and-why-is-this-important"),
    ("how can i check if the hidden table where the firmware keeps callbacks is growing over time",
     "so-how-is-the-lua-registry-used-and-why-is-this-important"),

    # --- How do I track globals
    ("can i make the firmware throw an error the moment some code accidentally creates a global variable",
     "how-do-i-track-globals"),
    ("any way to scan my .lua files on the pc for variables i forgot to declare local?",
     "how-do-i-track-globals"),

    # --- Why is it importance to understand how upvalues are implemented when programming for the ESP8266?
    ("while prototyping should i keep state in globals or in closures? which one gives less weird crashes",
     "why-is-it-importance-to-understand-how-upvalues-are-implemented-when-programming-for-the-esp8266"),
    ("whats the difference between an open and a closed upvalue and why would it matter for memory on this chip",
     "why-is-it-importance-to-understand-how-upvalues-are-implemented-when-programming-for-the-esp8266"),

    # --- Can I encapsulate actions such as sending an email in a Lua function?
    ("i want a helper like body = http_get(url) that simply returns the page so the rest of my code stays linear. how do i write that",
     "can-i-encapsulate-actions-such-as-sending-an-email-in-a-lua-function"),
    ("how should i structure code that sends a mail over smtp and then continues with the next step once its sent",
     "can-i-encapsulate-actions-such-as-sending-an-email-in-a-lua-function"),
    ("can i write a wrapper that blocks until the mqtt publish has finished and then returns true or false?",
     "can-i-encapsulate-actions-such-as-sending-an-email-in-a-lua-function"),

    # --- When and why should I avoid using tmr.delay()?
    ("is tmr.delay(1000000) fine for waiting one second between blinks of my led?",
     "when-and-why-should-i-avoid-using-tmrdelay"),
    ("what is tmr.delay actually meant for then, if not for waiting",
     "when-and-why-should-i-avoid-using-tmrdelay"),
    ("since i put short busy waits from the tmr module between my sensor reads the wifi randomly times out. coincidence?",
     "when-and-why-should-i-avoid-using-tmrdelay"),

    # --- How do I avoid a PANIC loop in init.lua?
    ("HELP my board is stuck rebooting forever right after power on, i uploaded a buggy startup script. how do i get out of this",
     "how-do-i-avoid-a-panic-loop-in-initlua"),
    ("whats a safe way to try out a new boot script without risking a reset loop",
     "how-do-i-avoid-a-panic-loop-in-initlua"),
    ("is there some hardware trick, like a jumper, so the board skips my application at startup?",
     "how-do-i-avoid-a-panic-loop-in-initlua"),

    # --- Compiling and Debugging
    ("what is luac.cross and why would i build it on my computer",
     "compiling-and-debugging"),
    ("i'd like to debug small pieces of lua on my pc rather than on the chip, what do you recommend installing",
     "compiling-and-debugging"),

    # --- How do I minimise the footprint of an application?
    ("building a full web dashboard with login page and charts served straight from the esp8266 and it keeps running out of memory. tips?",
     "how-do-i-minimise-the-footprint-of-an-application"),
    ("should my phone app talk to the esp directly or go through a raspberry pi / home automation box in between?",
     "how-do-i-minimise-the-footprint-of-an-application"),
    ("my project keeps growing and growing. can the esp8266 be used like a tiny general purpose computer or am i doing it wrong",
     "how-do-i-minimise-the-footprint-of-an-application"),

    # --- How do I minimise the footprint of an application on the file system
    ("spiffs is almost full with my scripts. how can i shrink the source without making it unreadable to maintain?",
     "how-do-i-minimise-the-footprint-of-an-application-on-the-file-system"),
    ("is there a minifier for lua that still keeps the line numbers so error messages make sense",
     "how-do-i-minimise-the-footprint-of-an-application-on-the-file-system"),

    # --- How do I minimise the footprint of running application?
    ("what does package.loaded[module] = nil inside a module's init function do?",
     "how-do-i-minimise-the-footprint-of-running-application"),
    ("the garbage collector seems to run after every single allocation and it feels slow, can i tune that",
     "how-do-i-minimise-the-footprint-of-running-application"),
    ("My HTTP request handler is a big module and I only need it when a request comes in. Keeping it loaded all the time eats "
     "the heap. Is there a way to load it per connection and have it freed again afterwards?",
     "how-do-i-minimise-the-footprint-of-running-application"),

    # --- How do I reduce the size of my compiled code?
    ("node.compile vs loadfile + string.dump for producing .lc files, whats the difference",
     "how-do-i-reduce-the-size-of-my-compiled-code"),
    ("if both foo.lc and foo.lua are on the flash, which one does require(\"foo\") load",
     "how-do-i-reduce-the-size-of-my-compiled-code"),

    # --- How do I get a feel for how much memory my functions use?
    ("how can i look at the bytecode my lua turns into, to estimate how much ram a function eats",
     "how-do-i-get-a-feel-for-how-much-memory-my-functions-use"),
    ("chunkspy chokes on the .lc files i copied off my esp, is there a fix",
     "how-do-i-get-a-feel-for-how-much-memory-my-functions-use"),

    # --- What is the cost of using functions?
    ("is it bad ram-wise to split my code into lots of tiny 3 line helpers on the esp8266?",
     "what-is-the-cost-of-using-functions"),
    ("does every function i define come with a fixed memory overhead",
     "what-is-the-cost-of-using-functions"),

    # --- What other resources are available?
    ("can i unit test my nodemcu modules on my laptop before uploading them?",
     "what-other-resources-are-available"),
    ("is it worth using lua on the server side too, so my backend and the chip share one language?",
     "what-other-resources-are-available"),

    # --- How to reduce the size of the firmware?
    ("the firmware image doesnt fit my flash anymore, how do i make it smaller?",
     "how-to-reduce-the-size-of-the-firmware"),
    ("does moving my heavy number crunching into a custom C module save ram compared to doing it in lua",
     "how-to-reduce-the-size-of-the-firmware"),
    ("i only use gpio, wifi and mqtt. do all the other modules have to be in my build?",
     "how-to-reduce-the-size-of-the-firmware"),
]

OUT_OF_SCOPE = [
    "what baud rate do i need? i see garbage characters in the serial monitor right at boot",
    "how do i flash the nodemcu .bin onto the board with esptool, which flash mode should i use",
    "windows doesnt see my board at all, which usb serial driver do i need for the ch340 chip",
    "how do i connect to my home wifi in station mode and get an ip address",
    "pin D4 in lua is which gpio number? the pin numbering confuses me",
    "how do i read a dht22 temperature and humidity sensor with nodemcu",
    "deep sleep: do i have to wire gpio16 to reset for the board to wake up again",
    "can i update my lua scripts over the air without plugging in a usb cable",
    "what is LFS (lua flash store) and how do i build an image for it",
    "should i use micropython instead of nodemcu lua for a new project",
    "how much current does the esp8266 draw, how long will it run on 2 aa batteries",
    "the adc pin gives weird values, what voltage range can it take",
    "mqtt over tls to aws iot, where do i put the certificates",
    "how do i drive a ws2812 led strip from nodemcu",
    "how long do i boil an egg so the yolk stays runny",
]
