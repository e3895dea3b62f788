"""Hand-written questions for the blind Klipper FAQ set.

Written from the FAQ text (faq/FAQ.md) alone, in the style of a 3D-printing
Discord / forum help channel. IN_SCOPE: (question, expected section id).
OUT_OF_SCOPE: questions about Klipper that no section of this FAQ answers
(expect null).
"""

IN_SCOPE = [
    # how-can-i-donate-to-the-project
    ("klipper honestly saved my ender 3, is there some way to throw money at the dev?",
     "how-can-i-donate-to-the-project"),
    ("does kevin have a patreon or something? want to support the project monthly",
     "how-can-i-donate-to-the-project"),

    # how-do-i-calculate-the-step_distance-parameter-in-the-printer-config-file
    ("my old marlin firmware had 80 steps/mm on X, what number goes into step_distance in printer.cfg?",
     "how-do-i-calculate-the-step_distance-parameter-in-the-printer-config-file"),
    ("why does klipper want a distance per step instead of steps per mm like every other firmware?? feels backwards",
     "how-do-i-calculate-the-step_distance-parameter-in-the-printer-config-file"),

    # wheres-my-serial-port
    ("what am i supposed to put after serial: in the [mcu] section? no clue what the board is called on the pi",
     "wheres-my-serial-port"),
    ("how do I find the usb device path of my printer mainboard from an ssh session",
     "wheres-my-serial-port"),
    ("two boards with CH340 usb chips, they dont have unique ids so by-id is useless. how do i point klipper at each one?",
     "wheres-my-serial-port"),

    # when-the-micro-controller-restarts-the-device-changes-to-devttyusb1
    ("every time the mcu resets my board jumps from ttyUSB0 to ttyUSB1 and klipper cant reconnect",
     "when-the-micro-controller-restarts-the-device-changes-to-devttyusb1"),
    ("device name keeps changing after a firmware restart (/dev/ttyUSB0 -> /dev/ttyUSB1). how do I make it stay the same",
     "when-the-micro-controller-restarts-the-device-changes-to-devttyusb1"),

    # the-make-flash-command-doesnt-work
    ("make flash fails on my board, what now?",
     "the-make-flash-command-doesnt-work"),
    ("running make flash FLASH_DEVICE=/dev/ttyACM0 and it errors out every time. octoprint is still open in a browser tab if that matters",
     "the-make-flash-command-doesnt-work"),
    ("automatic flashing doesnt support my board at all. can i flash the mcu by hand with avrdude or bossac instead?",
     "the-make-flash-command-doesnt-work"),

    # how-do-i-change-the-serial-baud-rate
    ("the youtube guide for my printer says set baud to 115200, is that right for klipper?",
     "how-do-i-change-the-serial-baud-rate"),
    ("octoprint connection panel has a baudrate dropdown, which one do i pick when the printer runs klipper",
     "how-do-i-change-the-serial-baud-rate"),
    ("I really want a different mcu baud rate than the default. where do I change it, menuconfig and printer.cfg both?",
     "how-do-i-change-the-serial-baud-rate"),

    # can-i-run-klipper-on-something-other-than-a-raspberry-pi-3
    ("can klipper run on a pi zero w or is that too weak",
     "can-i-run-klipper-on-something-other-than-a-raspberry-pi-3"),
    ("got an old laptop with ubuntu lying around. could that be the klipper host instead of buying a raspberry pi?",
     "can-i-run-klipper-on-something-other-than-a-raspberry-pi-3"),
    ("not using octopi, just plain debian on a mini pc. do i have to get rid of ModemManager for klipper to work right?",
     "can-i-run-klipper-on-something-other-than-a-raspberry-pi-3"),

    # can-i-run-multiple-instances-of-klipper-on-the-same-host-machine
    ("can one pi drive two printers with klipper?",
     "can-i-run-multiple-instances-of-klipper-on-the-same-host-machine"),
    ("how would i start a second klippy process for my other printer with its own printer.cfg and log file",
     "can-i-run-multiple-instances-of-klipper-on-the-same-host-machine"),

    # do-i-have-to-use-octoprint
    ("is octoprint required or can klipper work without it",
     "do-i-have-to-use-octoprint"),
    ("I'd like to use some other host/web frontend instead of octoprint. what does it have to connect to in order to talk to klipper?",
     "do-i-have-to-use-octoprint"),
    ("what is that /tmp/printer file klipper creates",
     "do-i-have-to-use-octoprint"),

    # why-cant-i-move-the-stepper-before-homing-the-printer
    ("klipper refuses to jog the head until I home, why?? marlin let me move it whenever",
     "why-cant-i-move-the-stepper-before-homing-the-printer"),
    ("after cancelling a print i cant move the nozzle away from the part, it says i must home first. any way around that?",
     "why-cant-i-move-the-stepper-before-homing-the-printer"),
    ("need to spin a single stepper for debugging without homing the machine, is there a config section for that",
     "why-cant-i-move-the-stepper-before-homing-the-printer"),

    # why-is-the-z-position_endstop-set-to-05-in-the-default-configs
    ("why is position_endstop for z set to 0.5 in the example configs and not 0",
     "why-is-the-z-position_endstop-set-to-05-in-the-default-configs"),
    ("should my z endstop trigger a bit above the bed? the sample cfg has half a millimeter for it",
     "why-is-the-z-position_endstop-set-to-05-in-the-default-configs"),

    # i-converted-my-config-from-marlin-and-the-xy-axes-work-fine-but-i-just-get-a-screeching-noise-when-homing-the-z-axis
    ("switched from marlin, x and y home fine but z makes a horrible grinding/screeching noise when it homes",
     "i-converted-my-config-from-marlin-and-the-xy-axes-work-fine-but-i-just-get-a-screeching-noise-when-homing-the-z-axis"),
    ("z motor screams and doesnt move on klipper, same speed settings worked on marlin. leadscrew printer",
     "i-converted-my-config-from-marlin-and-the-xy-axes-work-fine-but-i-just-get-a-screeching-noise-when-homing-the-z-axis"),

    # my-tmc-motor-driver-turns-off-in-the-middle-of-a-print
    ("tmc2208 in standalone mode randomly shuts off mid print and the axis goes limp",
     "my-tmc-motor-driver-turns-off-in-the-middle-of-a-print"),
    ("one of my stepper drivers just disables itself halfway through a print, y can be pushed by hand while the print carries on",
     "my-tmc-motor-driver-turns-off-in-the-middle-of-a-print"),

    # i-keep-getting-random-lost-communication-with-mcu-errors
    ("keep getting 'Lost communication with MCU' at random points during prints",
     "i-keep-getting-random-lost-communication-with-mcu-errors"),
    ("mcu drops out every now and then. using a cheap usb cable and the pi runs off an old phone charger, could that be it?",
     "i-keep-getting-random-lost-communication-with-mcu-errors"),
    ("my mainboard lights up from the pi's usb alone even with the psu off. someone said mixing 5v supplies causes usb noise and disconnects?",
     "i-keep-getting-random-lost-communication-with-mcu-errors"),

    # my-raspberry-pi-keeps-rebooting-during-prints
    ("my raspberry pi reboots by itself in the middle of prints",
     "my-raspberry-pi-keeps-rebooting-during-prints"),
    ("pi keeps restarting while printing, power problem maybe?",
     "my-raspberry-pi-keeps-rebooting-during-prints"),

    # when-i-set-restart_methodcommand-my-avr-device-just-hangs-on-a-restart
    ("set restart_method: command and now my mega2560 just hangs after a restart, status led blinking like crazy",
     "when-i-set-restart_methodcommand-my-avr-device-just-hangs-on-a-restart"),
    ("avr board freezes after a firmware restart until I pull the power, only since i changed the restart method",
     "when-i-set-restart_methodcommand-my-avr-device-just-hangs-on-a-restart"),

    # will-the-heaters-be-left-on-if-the-raspberry-pi-crashes
    ("what happens if the pi crashes mid print, will the hotend just keep heating?",
     "will-the-heaters-be-left-on-if-the-raspberry-pi-crashes"),
    ("safety question: if klippy dies does the mcu turn the heaters off on its own",
     "will-the-heaters-be-left-on-if-the-raspberry-pi-crashes"),
    ("does klipper have some kind of thermal runaway protection that checks the heater and thermistor actually work?",
     "will-the-heaters-be-left-on-if-the-raspberry-pi-crashes"),

    # how-do-i-convert-a-marlin-pin-number-to-a-klipper-pin-name
    ("marlin pins file says the heater is on pin 10, how do i write that in the klipper config",
     "how-do-i-convert-a-marlin-pin-number-to-a-klipper-pin-name"),
    ("whats the klipper name for arduino pin D23 on a ramps board",
     "how-do-i-convert-a-marlin-pin-number-to-a-klipper-pin-name"),
    ("what does pin_map: arduino actually do? saw it in someones mcu section",
     "how-do-i-convert-a-marlin-pin-number-to-a-klipper-pin-name"),

    # do-i-have-to-wire-my-device-to-a-specific-type-of-micro-controller-pin
    ("can i hook my thermistor up to any free pin or does it need a special one",
     "do-i-have-to-wire-my-device-to-a-specific-type-of-micro-controller-pin"),
    ("does the part cooling fan need to go on a pwm capable pin with klipper?",
     "do-i-have-to-wire-my-device-to-a-specific-type-of-micro-controller-pin"),
    ("got 'Not a valid ADC pin' error after moving my sensor to another header. do some devices need interrupt pins too?",
     "do-i-have-to-wire-my-device-to-a-specific-type-of-micro-controller-pin"),

    # how-do-i-cancel-an-m109m190-wait-for-temperature-request
    ("printer is stuck waiting for the bed to reach temp after M190 and my bed heater is super slow. how do i abort the wait?",
     "how-do-i-cancel-an-m109m190-wait-for-temperature-request"),
    ("accidentally sent M109 S250 from the octoprint terminal, how to cancel it without waiting for it to heat",
     "how-do-i-cancel-an-m109m190-wait-for-temperature-request"),

    # can-i-find-out-whether-the-printer-has-lost-steps
    ("is there a way to check whether my printer skipped steps during a print",
     "can-i-find-out-whether-the-printer-has-lost-steps"),
    ("ran GET_POSITION before and after a print, the mcu: numbers differ by a couple microsteps. did i lose steps?",
     "can-i-find-out-whether-the-printer-has-lost-steps"),

    # why-does-klipper-report-errors-i-lost-my-print
    ("klipper killed my 9 hour print with an error at 80%. why doesnt it just pause instead??",
     "why-does-klipper-report-errors-i-lost-my-print"),
    ("why is klipper so strict about errors, marlin would have just kept printing",
     "why-does-klipper-report-errors-i-lost-my-print"),
    ("can klipper be told to only show a warning instead of shutting down the whole print when something goes wrong",
     "why-does-klipper-report-errors-i-lost-my-print"),

    # how-do-i-upgrade-to-the-latest-software
    ("how do i update klipper to the newest version",
     "how-do-i-upgrade-to-the-latest-software"),
    ("did a git pull and restarted the service, now it complains i need to reflash the micro controller?",
     "how-do-i-upgrade-to-the-latest-software"),
    ("after pulling new code, is FIRMWARE_RESTART enough to load it or do i need something else",
     "how-do-i-upgrade-to-the-latest-software"),

    # how-do-i-uninstall-klipper
    ("how do i get rid of klipper completely on my pi",
     "how-do-i-uninstall-klipper"),
    ("going back to marlin 😅 is there anything to undo on the pi side, and on the board?",
     "how-do-i-uninstall-klipper"),
]

OUT_OF_SCOPE = [
    "how do i PID tune my hotend in klipper",
    "what's a good pressure advance value for PETG and how do i tune it",
    "how do I set up input shaping to get rid of ringing on my prints",
    "how do i create a bed mesh and make it load automatically before every print",
    "bltouch setup: how do i set the x/y offsets of the probe in the config",
    "can I add a filament runout sensor and have it pause the print",
    "how do i write a PRINT_START macro that takes the bed and hotend temps from my slicer",
    "is it possible to run a CAN bus toolhead board with klipper",
    "power went out in the middle of a print, can klipper resume where it left off?",
    "how do i configure an IDEX / dual extruder printer",
    "how do I calibrate a delta printer with klipper",
    "does klipper support skew correction for a printer that isnt square",
    "how do i turn on firmware retraction so G10/G11 work",
    "can I cancel just one object on the plate and let the rest keep printing",
    "does klipper handle G2/G3 arc moves from arc welder",
]
