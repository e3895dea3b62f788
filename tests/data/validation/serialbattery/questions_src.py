"""Hand-written questions for the dbus-serialbattery FAQ (faq/index.md).

Written from the FAQ text alone, the way owners of DIY lithium batteries on
Victron GX / Venus OS devices type in a chat or an issue. 27 sections: every
section has two questions, and six sections with the most common situations
(serial adapter, SmartShunt, 3.45 V cell limit, High Voltage alarm,
unstable BMS communication, white screen after install) have a third.
IN_SCOPE: (question, section id from sections.txt).
OUT_OF_SCOPE: questions near the domain that no section answers, plus one
off-topic question.
"""

IN_SCOPE = [
    # how-to-change-the-default-limits
    ("where do i change the max charge and discharge current the driver sends to the inverter? the out of the box values are way too high for my 100Ah pack",
     "how-to-change-the-default-limits"),
    ("can i lower the current caps the driver uses by default, my cells are small",
     "how-to-change-the-default-limits"),
    # how-to-edit-utilspy-or-configini
    ("how do i open and change config.ini on the cerbo? there is no text editor in the gui",
     "how-to-edit-utilspy-or-configini"),
    ("where i must put my own settings, in utils.py or in the config file, and how to modify it over ssh?",
     "how-to-edit-utilspy-or-configini"),
    # how-to-enable-a-disabled-bms
    ("my bms type seems to be switched off in the driver, how do i turn it on",
     "how-to-enable-a-disabled-bms"),
    ("driver doesnt even try to detect my ANT bms. i read some bms types are off by default, how to activate it?",
     "how-to-enable-a-disabled-bms"),
    # what-is-the-username-and-password-of-the-ssh-connection
    ("what user and pw do i use to ssh into my cerbo gx",
     "what-is-the-username-and-password-of-the-ssh-connection"),
    ("putty asks me a login for venus os. is it root? which password??",
     "what-is-the-username-and-password-of-the-ssh-connection"),
    # which-version-do-i-have-installed
    ("how i can know which release of serialbattery is running on my gx?",
     "which-version-do-i-have-installed"),
    ("forgot what version of the driver i put on the pi last year, where can i see it",
     "which-version-do-i-have-installed"),
    # how-to-aggregate-multiple-batteries
    ("i have 3 packs each with its own jk bms, can venus show them as one single battery",
     "how-to-aggregate-multiple-batteries"),
    ("is there a way to combine two batteries into one in vrm",
     "how-to-aggregate-multiple-batteries"),
    # why-do-i-need-a-bms-for-lithium-batteries
    ("is a bms really necessary for lifepo4 or can i just wire the cells straight to the multiplus",
     "why-do-i-need-a-bms-for-lithium-batteries"),
    ("for what i need a battery management system if the charger already stop at the right voltage?",
     "why-do-i-need-a-bms-for-lithium-batteries"),
    # which-bms-should-i-buy
    ("building a 16s pack right now, is daly ok or should i get another brand for this driver?",
     "which-bms-should-i-buy"),
    ("which bms do you recommend to purchase for use with the serial battery driver",
     "which-bms-should-i-buy"),
    # which-serial-adaptercable-should-i-use (third)
    ("which usb to rs485 adapter works on venus without installing any drivers",
     "which-serial-adaptercable-should-i-use"),
    ("do i need an isolated cable or will a cheap ch340 dongle do? and should i also connect GND to the bms",
     "which-serial-adaptercable-should-i-use"),
    ("what cable i should buy for connect my bms to the raspberry pi with venus os",
     "which-serial-adaptercable-should-i-use"),
    # which-uart-connection-is-the-best-to-use-ttlrs232rs485
    ("my bms has both a ttl and an rs485 port, which one is better for the driver",
     "which-uart-connection-is-the-best-to-use-ttlrs232rs485"),
    ("the bluetooth dongle of my bms sits in the only uart socket. can i keep it plugged in and still use the driver, or do i lose the phone app?",
     "which-uart-connection-is-the-best-to-use-ttlrs232rs485"),
    # do-i-need-a-smartshunt-as-well (third)
    ("do i still need to buy a victron smartshunt if i already have a smart bms",
     "do-i-need-a-smartshunt-as-well"),
    ("is the current reading from the bms good enough or should i add a shunt for accuracy",
     "do-i-need-a-smartshunt-as-well"),
    ("smartshunt required?? the shop says i must buy one together with my battery",
     "do-i-need-a-smartshunt-as-well"),
    # can-the-driver-be-used-as-monitor-only
    ("i only want to see the cell voltages in vrm, the bms should not control my chargers at all. possible?",
     "can-the-driver-be-used-as-monitor-only"),
    ("how to run the driver just read only so DVCC doesnt use it, im still on venus os 2.90",
     "can-the-driver-be-used-as-monitor-only"),
    # should-i-set-the-smartshunt-or-the-bms-as-the-battery-monitor
    ("i have both a shunt and the bms connected, which one do i pick under system setup > battery monitor?",
     "should-i-set-the-smartshunt-or-the-bms-as-the-battery-monitor"),
    ("if i choose the smartshunt for battery monitor, will the alarms of the bms still stop the inverter from charging?",
     "should-i-set-the-smartshunt-or-the-bms-as-the-battery-monitor"),
    # why-is-the-max-cell-voltage-set-to-345v (third)
    ("why does the driver only charge to 3.45v per cell? my lifepo4 datasheet says 3.65",
     "why-is-the-max-cell-voltage-set-to-345v"),
    ("my 8s pack only goes up to 27.6V, can i raise it to 29.2V so i get the full capacity?",
     "why-is-the-max-cell-voltage-set-to-345v"),
    ("charge voltage limit seems low, cells never reach 100%. why this value",
     "why-is-the-max-cell-voltage-set-to-345v"),
    # why-is-the-chargingdischarging-current-limit-ccldcl-smaller-than-the-set-one
    ("i set max charge current to 100A but CCL in the gui only shows 60A",
     "why-is-the-chargingdischarging-current-limit-ccldcl-smaller-than-the-set-one"),
    ("the discharge limit is lower then what i configured, where can i see why it is limited?",
     "why-is-the-chargingdischarging-current-limit-ccldcl-smaller-than-the-set-one"),
    # does-the-driver-work-for-37v-based-cells-also
    ("i have nmc li-ion cells, not lifepo4. can i use this driver?",
     "does-the-driver-work-for-37v-based-cells-also"),
    ("what min and max cell voltage should i put for 3.7 volt cells",
     "does-the-driver-work-for-37v-based-cells-also"),
    # why-do-i-get-a-low-voltage-alarm
    ("getting low battery voltage alarms on the gx even though soc is still at 40%",
     "why-do-i-get-a-low-voltage-alarm"),
    ("undervoltage alarm keeps popping up, why",
     "why-do-i-get-a-low-voltage-alarm"),
    # why-is-dcl-jumping-fromto-0
    ("when the battery is almost empty the discharge limit flips between 0 and full again and again. multiplus 2 with ess",
     "why-is-dcl-jumping-fromto-0"),
    ("DCL goes to zero then back up every few minutes at low soc",
     "why-is-dcl-jumping-fromto-0"),
    # why-do-i-get-a-high-voltage-alarm (third)
    ("every afternoon when the pack gets full i get a high voltage alarm",
     "why-do-i-get-a-high-voltage-alarm"),
    ("one cell runs away at the top of charge and triggers overvoltage, how do i get the cells balanced again?",
     "why-do-i-get-a-high-voltage-alarm"),
    ("daly bms gives high voltage alarm since i updated the driver",
     "why-do-i-get-a-high-voltage-alarm"),
    # why-is-the-battery-current-inverted
    ("when charging the current shows negative and when discharging positive, daly bms",
     "why-is-the-battery-current-inverted"),
    ("amps have the wrong sign in the remote console",
     "why-is-the-battery-current-inverted"),
    # what-can-i-do-if-the-bms-communication-is-unstable (third)
    ("driver loses the connection to the bms from time to time, mostly when the inverter pulls a lot of current",
     "what-can-i-do-if-the-bms-communication-is-unstable"),
    ("bms keeps disconnecting on my raspberry pi, could the phone charger i use as power supply be the reason?",
     "what-can-i-do-if-the-bms-communication-is-unstable"),
    ("serial comms dropping randomly, already tried two usb hubs",
     "what-can-i-do-if-the-bms-communication-is-unstable"),
    # why-is-the-custom-name-lost-after-a-reboot
    ("i renamed my battery in the gui but after a restart the name is back to the default one",
     "why-is-the-custom-name-lost-after-a-reboot"),
    ("battery name i set keeps resetting when the cerbo restarts",
     "why-is-the-custom-name-lost-after-a-reboot"),
    # why-is-my-utilspy-always-reset-to-default-values
    ("every reboot my changes in utils.py are gone, back to the defaults",
     "why-is-my-utilspy-always-reset-to-default-values"),
    ("why do my settings get overwritten after each restart? the usb stick with the install archive is still in the cerbo if that matters",
     "why-is-my-utilspy-always-reset-to-default-values"),
    # fix-white-screen-after-install (third)
    ("after installing the driver the remote console is just a blank white page",
     "fix-white-screen-after-install"),
    ("gui is white since the installation, how do i undo the gui modifications",
     "fix-white-screen-after-install"),
    ("screen of my color control gx stay white after i put the driver, it has quite old firmware",
     "fix-white-screen-after-install"),
    # how-many-usb-to-serial-adapters-can-i-connect
    ("is there a max number of usb serial adapters on a cerbo? i want to hook up 10 batteries",
     "how-many-usb-to-serial-adapters-can-i-connect"),
    ("9th battery is not detected when i add one more usb adapter",
     "how-many-usb-to-serial-adapters-can-i-connect"),
    # r-command-not-found-or-syntax-error-unexpected-end-of-file
    ("running the install script gives $'\\r': command not found",
     "r-command-not-found-or-syntax-error-unexpected-end-of-file"),
    ("i copied the files over from windows and now the scripts fail with syntax error: unexpected end of file",
     "r-command-not-found-or-syntax-error-unexpected-end-of-file"),
    # tar-confserial-starterd-cannot-open-file-exists
    ("trying to go back to the old 0.14 driver and tar complains conf/serial-starter.d cannot open file exists",
     "tar-confserial-starterd-cannot-open-file-exists"),
    ("downgrade fails with a tar error 'File exists'",
     "tar-confserial-starterd-cannot-open-file-exists"),
]

OUT_OF_SCOPE = [
    "soc slowly drifts away from reality over a few weeks, how do i recalibrate it",
    "which pins on the jk bms rs485 connector are A and B",
    "can i connect my bms over CAN bus instead of a usb serial adapter",
    "step by step how do i install the driver on a brand new cerbo gx",
    "best ess settings to sell my solar surplus to the grid with a multiplus",
    "what charge current in amps is safe for 280ah lifepo4 cells",
    "how do i top balance new cells with a bench power supply before building the pack",
    "can i push all the cell voltages to home assistant over mqtt",
    "can i use the gpio uart pins of the pi instead of a usb adapter",
    "does this run on normal raspberry pi os without venus os",
    "what cable size and fuse do i need between a 48v battery and the inverter",
    "cerbo gx or raspberry pi 4, what should i buy to run venus",
    "my lifepo4 cells look a bit swollen, are they still safe to use",
    "does the driver also work with lead acid batteries",
    "whats a good recipe for banana bread without eggs",
]
