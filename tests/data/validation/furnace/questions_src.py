"""Hand-written questions for the Furnace FAQ set (faq/faq.md).

Written from the FAQ text alone, the way people type in a chat or an issue.
IN_SCOPE: (question, section id from sections.txt); 28 sections, every
section twice and four of the most common situations a third time (system
requirements, a lost song, loading a MIDI file, getting an MP3/OGG/FLAC)
= 60.  OUT_OF_SCOPE: 15 questions near the domain that the FAQ does not
answer, plus one off-topic.
"""

IN_SCOPE = [
    # general
    ("total beginner here, never touched a tracker before. where do i even start with furnace",
     "how-do-i-use-furnace"),
    ("is there some tutorial or guide for learning this program? the screen full of hex numbers scares me a bit",
     "how-do-i-use-furnace"),

    ("can i run furnace on my android tablet",
     "is-there-an-android-build"),
    ("why there is no apk on the releases page? i saw a video where someone had it working on a phone",
     "is-there-an-android-build"),

    ("any chance of getting furnace on iphone or ipad?",
     "is-there-an-ios-build"),
    ("why you dont make a version for apple phones, is it because of the money?",
     "is-there-an-ios-build"),

    ("will it work on my old windows xp laptop with a pentium 3",
     "what-are-the-system-requirements-for-furnace-to-run"),
    ("how much ram and disk space do i need for furnace",
     "what-are-the-system-requirements-for-furnace-to-run"),
    ("playback stutters only when i switch the c64 emulation to the most accurate core, everything else is fine. what kind of cpu does that need?",
     "what-are-the-system-requirements-for-furnace-to-run"),

    ("is a piano roll planned? i come from fl studio and reading notes top to bottom is really hard for me",
     "will-furnace-ever-have-a-piano-roll-or-daw-interface"),
    ("could you add a normal arrangement timeline like in ableton instead of the scrolling columns",
     "will-furnace-ever-have-a-piano-roll-or-daw-interface"),

    ("my pc crashed and i hadnt saved, is my chiptune gone forever??",
     "ive-lost-my-song--what-do-i-do"),
    ("accidentally saved an empty project over my module, any way to get the older version back",
     "ive-lost-my-song--what-do-i-do"),
    ("does furnace keep some autosave copy anywhere? i closed it without saving by mistake",
     "ive-lost-my-song--what-do-i-do"),

    # workflow
    ("how do i write a waltz in 3/4 in furnace",
     "how-do-i-compose-in-68-54-or-other-time-signatures"),
    ("my song is in 7/8 and the highlighted rows never line up with the beat, how should i set the patterns up",
     "how-do-i-compose-in-68-54-or-other-time-signatures"),

    ("how to get triplets when my rows are 16th notes",
     "how-do-i-do-triplets-quintuplets-or-other-tuplets"),
    ("need to fit 5 notes evenly over one beat for a fill, whats the trick in a tracker?",
     "how-do-i-do-triplets-quintuplets-or-other-tuplets"),

    ("the lowest bass notes on my psg channel sound out of tune, is that a bug?",
     "why-do-certain-notes-not-play-low-enough-high-enough-or-in-tune"),
    ("why cant i go above a certain octave on some systems, the note just sounds wrong or doesnt change",
     "why-do-certain-notes-not-play-low-enough-high-enough-or-in-tune"),

    ("is there a built in reverb i can put on the master output",
     "can-i-add-effects-to-the-output-like-eq-or-reverb"),
    ("can i eq the final mix inside furnace or do i have to do it somewhere else afterwards",
     "can-i-add-effects-to-the-output-like-eq-or-reverb"),

    # chips
    ("any plans for ps1 sound support",
     "will-furnace-support-the-sony-playstation"),
    ("i want to make music for a playstation 1 homebrew game, can furnace do the psx sound chip?",
     "will-furnace-support-the-sony-playstation"),

    ("sega saturn sound when?",
     "will-furnace-support-the-sega-saturn"),
    ("will i ever be able to compose for the saturn's yamaha chip in furnace, the one that mixes fm and samples",
     "will-furnace-support-the-sega-saturn"),

    ("why is there no nintendo 64 in the list of systems",
     "will-furnace-support-the-nintendo-64"),
    ("could you add n64 audio so i can write songs for it?",
     "will-furnace-support-the-nintendo-64"),

    ("can you add support for this random sample playback chip from an old arcade board? it only has pcm channels",
     "will-furnace-support-this-obscure-pcm-only-chip"),
    ("will more of those plain pcm sample chips get added, like the one in some obscure 90s sound card",
     "will-furnace-support-this-obscure-pcm-only-chip"),

    ("is the roland mt32 on the roadmap? i love that sound",
     "will-furnace-support-the-roland-mt-32"),
    ("i have an mt-32 module at home, could furnace get it as a system to write for",
     "will-furnace-support-the-roland-mt-32"),

    # importing
    ("how do i load a .mid file into furnace",
     "will-furnace-import-midi-files"),
    ("i have a midi of a pop song i want to chiptune-ify, can i open it directly and assign chip channels?",
     "will-furnace-import-midi-files"),
    ("why furnace does not read midi? it would save me so much time transcribing",
     "will-furnace-import-midi-files"),

    ("opened an old .mod in furnace and it sounds off, some effects behave differently",
     "why-does-this-imported-file-sound-wrong"),
    ("imported my famitracker module but it doesnt sound exactly like before, is that normal or did i break something",
     "why-does-this-imported-file-sound-wrong"),

    ("can i open a vgm rip and edit the song",
     "can-i-import-vgm-or-nsf"),
    ("how do i get a nes soundtrack from an .nsf file into furnace patterns",
     "can-i-import-vgm-or-nsf"),

    ("i downloaded a .sf2 with nice piano samples, how do i use them in furnace",
     "how-can-i-use-an-sf2-soundfont"),
    ("is there a way to load soundfont files",
     "how-can-i-use-an-sf2-soundfont"),

    ("how do i rip the samples out of a super nintendo game to use in my song",
     "how-do-i-import-instruments-from-this-snes-game"),
    ("i have an .spc of my favourite rpg, how do i get the brr instruments out of it",
     "how-do-i-import-instruments-from-this-snes-game"),

    ("how can i get the fm patches from a mega drive game",
     "how-do-i-import-instruments-from-this-sega-genesis-game"),
    ("want the exact bass sound from a sonic game for my ym2612 track, how do i extract it",
     "how-do-i-import-instruments-from-this-sega-genesis-game"),

    ("how do i copy the instruments from a game boy game into furnace",
     "how-do-i-import-instruments-from-this-nessmsgbc64etc-game"),
    ("is there a tool to pull the instruments out of an nes rom, like the ones that exist for snes?",
     "how-do-i-import-instruments-from-this-nessmsgbc64etc-game"),

    # exporting
    ("can i save my song as midi so i can open it in my daw",
     "will-furnace-export-midi-files"),
    ("export to .mid possible?",
     "will-furnace-export-midi-files"),

    ("my vgm export plays differently in foobar than inside furnace, why",
     "why-does-this-exported-vgm-sound-weird-when-i-play-it-in-other-software"),
    ("the .vgm i made sounds wrong in my vgm player, one channel is off pitch and another is missing",
     "why-does-this-exported-vgm-sound-weird-when-i-play-it-in-other-software"),

    ("saved as .dmf for a friend who uses the other tracker and half the stuff is broken when he opens it",
     "why-does-this-exported-dmf-sound-wrong-in-deflemask"),
    ("why my song sounds different in deflemask after i export it from furnace",
     "why-does-this-exported-dmf-sound-wrong-in-deflemask"),

    ("can i turn my song into a rom i can play on a real snes",
     "when-will-furnace-be-able-to-export-to-a-rom-for-a-particular-system-or-an-emulated-music-format"),
    ("i want to put my track in my c64 demo as a playable file with a driver, when will that be possible from furnace?",
     "when-will-furnace-be-able-to-export-to-a-rom-for-a-particular-system-or-an-emulated-music-format"),

    ("how do i get an mp3 of my song to post online",
     "can-furnace-export-mp3oggflac-files"),
    ("can furnace save flac directly",
     "can-furnace-export-mp3oggflac-files"),
    ("i need ogg files for the music in my unity game, is there an export option for that or do i convert myself",
     "can-furnace-export-mp3oggflac-files"),

    # other
    ("my question isnt in the faq, where should i ask?",
     "other"),
    ("wheres the best place to ask the furnace community something the manual doesnt cover",
     "other"),
]

OUT_OF_SCOPE = [
    "how do i make the tempo speed up gradually towards the end of my track",
    "what does the 0xy effect do exactly",
    "can i record my own voice with a mic straight into a sample slot",
    "is there a way for me and a friend to work on the same song at the same time over the internet",
    "how can i change the colors of the interface, the default theme hurts my eyes",
    "shortcut for moving a selected block of notes up by one octave?",
    "can i play notes in with my usb midi keyboard while editing",
    "how do i set up 4-operator instruments on the opl3",
    "where does furnace keep its settings file on linux",
    "how do i set the point where the song loops back to when it reaches the end",
    "if i make a track in furnace can i sell it, or does the gpl affect my music?",
    "should i use famitracker or furnace if i only care about nes music",
    "can one song use two different chips together, like genesis fm plus an sms psg?",
    "what sample rate should i render my wav at for youtube",
    "whats a good recipe for banana bread",
]
