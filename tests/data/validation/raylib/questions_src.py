"""Questions for the blind raylib FAQ set (faq/FAQ.md, raysan5/raylib).

Written by hand from the FAQ text alone, in the style of a Discord / support
chat: paraphrased, lowercase, typos, non-native English. Nothing of the bot
under test was seen.

IN_SCOPE: (question, section id from sections.txt), 3 per section (60).
OUT_OF_SCOPE: 15 questions a raylib user could plausibly ask that no FAQ
section answers (expected answer: null).
"""

IN_SCOPE = [
    # what-is-raylib
    ("hi new here, what exactly is this raylib thing? some framework or what", "what-is-raylib"),
    ("can someone explain me in one sentence what raylib is? my teacher mentioned it in class and i have no clue", "what-is-raylib"),
    ("sorry dumb question, raylib is a library for C or its a program i install and click around in?", "what-is-raylib"),

    # what-can-i-do-with-raylib
    ("whats the scope of raylib, like what sort of programs could i realistically write with it", "what-can-i-do-with-raylib"),
    ("is raylib good for basically anything that needs hardware accelerated drawing on a screen, or it is limited to one special use?", "what-can-i-do-with-raylib"),
    ("what kinds of things do ppl build with it in general? tools, mobile stuff, web stuff, all of it?", "what-can-i-do-with-raylib"),

    # which-kinds-of-games-can-i-make-with-raylib
    ("want to make a huge 3d open world mmo in raylib, is that realistic or should i aim smaller", "which-kinds-of-games-can-i-make-with-raylib"),
    ("what genre / size of game fits raylib best? small 2d platformer or big 3d shooter?", "which-kinds-of-games-can-i-make-with-raylib"),
    ("is raylib more for little 2d indie projects or can it handle any game you throw at it", "which-kinds-of-games-can-i-make-with-raylib"),

    # can-i-create-non-game-applications-with-raylib
    ("could i write like a level editor or some desktop utility with raylib instead of a game?", "can-i-create-non-game-applications-with-raylib"),
    ("my boss wants a small dashboard app running on a raspberry pi kiosk, its not a game at all. can raylib do that", "can-i-create-non-game-applications-with-raylib"),
    ("is it only for games?? i wanna make a pixel art editor app", "can-i-create-non-game-applications-with-raylib"),

    # how-can-i-learn-to-use-raylib-is-there-some-official-documentation-or-tutorials
    ("where are the docs?? i cant find any api reference page like other libs have", "how-can-i-learn-to-use-raylib-is-there-some-official-documentation-or-tutorials"),
    ("best way to get started learning raylib as total beginner? any guide or tutorials", "how-can-i-learn-to-use-raylib-is-there-some-official-documentation-or-tutorials"),
    ("is there a list of all the functions somewhere, i dont want to read whole source code", "how-can-i-learn-to-use-raylib-is-there-some-official-documentation-or-tutorials"),

    # how-much-does-it-cost
    ("do i have to pay anything to use raylib for my game?", "how-much-does-it-cost"),
    ("is there a pro version or monthly subscription or its all free", "how-much-does-it-cost"),
    ("raylib is free or paid? saw it on itch.io with a price field and got confused", "how-much-does-it-cost"),

    # what-is-the-raylib-license
    ("can i ship a closed source commercial game that statically links raylib?", "what-is-the-raylib-license"),
    ("under what terms is raylib released, MIT? GPL? something else", "what-is-the-raylib-license"),
    ("do i need to publish my own code if i use raylib? worried about copyleft stuff", "what-is-the-raylib-license"),

    # what-platforms-are-supported-by-raylib
    ("does raylib work on linux with wayland or only x11", "what-platforms-are-supported-by-raylib"),
    ("can my raylib game run on a nintendo switch or ps4 somehow?", "what-platforms-are-supported-by-raylib"),
    ("which OSes can i build raylib for? need mac M1 and android both", "what-platforms-are-supported-by-raylib"),

    # what-programming-languages-can-i-use-with-raylib
    ("i dont know C at all, can i use raylib from python or c#?", "what-programming-languages-can-i-use-with-raylib"),
    ("is there rust binding for raylib or i must write C", "what-programming-languages-can-i-use-with-raylib"),
    ("which languages besides plain C can talk to raylib? where is the list", "what-programming-languages-can-i-use-with-raylib"),

    # why-is-it-coded-in-c
    ("why did raysan write it in plain old C instead of c++?", "why-is-it-coded-in-c"),
    ("whats the reasoning for choosing C lol, seems very old fashioned in 2024", "why-is-it-coded-in-c"),
    ("why there are no classes or OOP in raylib api, is it on purpose?", "why-is-it-coded-in-c"),

    # is-raylib-a-videogames-engine
    ("does raylib have scenes and an entity system built in like a real engine?", "is-raylib-a-videogames-engine"),
    ("is there a resource manager or gameobject system inside raylib or i do it myself", "is-raylib-a-videogames-engine"),
    ("ppl keep calling raylib a game engine but my friend says it's not, who is right", "is-raylib-a-videogames-engine"),

    # what-does-raylib-provide-that-other-engines-or-libraries-dont
    ("why should i pick raylib over sdl or sfml, what is special about it?", "what-does-raylib-provide-that-other-engines-or-libraries-dont"),
    ("whats the main selling point of raylib compared to the other libs out there", "what-does-raylib-provide-that-other-engines-or-libraries-dont"),
    ("honestly what makes raylib unique? what do i get here that i dont get elsewhere", "what-does-raylib-provide-that-other-engines-or-libraries-dont"),

    # how-does-raylib-compare-to-unityunrealgodot
    ("coming from godot, what will i miss in raylib? is there a visual editor?", "how-does-raylib-compare-to-unityunrealgodot"),
    ("raylib vs unity for a beginner, whats the big difference between them", "how-does-raylib-compare-to-unityunrealgodot"),
    ("does raylib come with a scene editor gui like unreal engine has", "how-does-raylib-compare-to-unityunrealgodot"),

    # what-development-tools-are-required-for-raylib
    ("what i need installed to start coding with raylib? some special IDE is required?", "what-development-tools-are-required-for-raylib"),
    ("is there a starter pack installer for windows that already has a compiler in it?", "what-development-tools-are-required-for-raylib"),
    ("do i need visual studio for raylib or is a simple text editor enough", "what-development-tools-are-required-for-raylib"),

    # what-are-raylibs-external-dependencies
    ("does raylib need other libs installed before i can compile it? like libpng or openal", "what-are-raylibs-external-dependencies"),
    ("which third party libraries are bundled inside raylib source", "what-are-raylibs-external-dependencies"),
    ("is raylib standalone or do i have to pull a bunch of deps first", "what-are-raylibs-external-dependencies"),

    # can-i-use-raylib-with-other-technologies-or-libraries
    ("can i combine raylib with dear imgui for my debug menus?", "can-i-use-raylib-with-other-technologies-or-libraries"),
    ("any way to use a physics engine like box2d together with raylib", "can-i-use-raylib-with-other-technologies-or-libraries"),
    ("i make my maps in Tiled and animate characters in Spine, can those work with raylib?", "can-i-use-raylib-with-other-technologies-or-libraries"),

    # what-file-formats-are-supported-by-raylib
    ("can raylib load .gltf models and mp3 music files?", "what-file-formats-are-supported-by-raylib"),
    ("which image types i can load as textures? does webp work?", "what-file-formats-are-supported-by-raylib"),
    ("my soundtrack is flac + some .mod tracker files, will raylib play them", "what-file-formats-are-supported-by-raylib"),

    # does-raylib-support-the-vulkan-api
    ("any plans for a vulkan backend in raylib?", "does-raylib-support-the-vulkan-api"),
    ("is raylib using opengl or vulkan under the hood", "does-raylib-support-the-vulkan-api"),
    ("could i switch raylib rendering to vulkan for better perf? or is it stuck on GL", "does-raylib-support-the-vulkan-api"),

    # what-could-i-expect-to-see-in-raylib-in-the-future
    ("whats the roadmap, will raylib grow into a big full engine eventually?", "what-could-i-expect-to-see-in-raylib-in-the-future"),
    ("what are the plans for next raylib versions, lots of new stuff coming?", "what-could-i-expect-to-see-in-raylib-in-the-future"),
    ("is raylib going to keep adding tons of features or stay minimal like now", "what-could-i-expect-to-see-in-raylib-in-the-future"),

    # who-are-the-raylib-developers
    ("who makes raylib? is it one guy or a company behind it", "who-are-the-raylib-developers"),
    ("how many ppl contributed to raylib so far", "who-are-the-raylib-developers"),
    ("who is the main maintainer of raylib, want to thank him", "who-are-the-raylib-developers"),
]

OUT_OF_SCOPE = [
    "how do i cap my game at 60 fps? it runs at like 2000 and my gpu fans go crazy",
    "whats the function to toggle fullscreen with alt+enter",
    "how to check if two rectangles collide, is there a built in function",
    "how do i make a Camera2D follow the player and zoom in with mouse wheel",
    "my xbox gamepad is not detected in raylib on windows, any idea why",
    "how to turn on vsync and 4x msaa antialiasing before InitWindow",
    "my pixel art textures look blurry when scaled up, how to make them sharp",
    "pressing F12 saves a screenshot in my game folder, how do i disable that",
    "how to hide the black console window that opens together with my game on windows",
    "how do i hide and lock the mouse cursor for a first person camera",
    "how can i read what the user types for a text input box",
    "my player moves faster on my friends 144hz monitor, how do i use delta time",
    "how to change volume and pitch of a sound effect at runtime",
    "can i open two separate windows from one raylib program",
    "what is the function to draw a rectangle with rounded corners and only an outline",
]
