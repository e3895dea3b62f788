"""Hand-written validation questions for the A-Frame FAQ (faq/faq.md).

Written from the FAQ text alone. IN_SCOPE: (question, section id from
sections.txt); OUT_OF_SCOPE: questions the FAQ does not answer (expect null).
"""

PERF = "how-is-a-frames-performance"
VRMODE = "why-is-my-experience-not-entering-vr-or-ar-mode"
ASSET = "why-does-my-asset-eg-image-video-model-not-load"
DOMSYNC = "why-is-the-html-not-updating-when-i-check-the-browser-inspector"
VIDEO = "why-does-my-video-not-play"
IFRAME = "how-do-i-display-iframes-or-render-html-in-a-frame"
FORMATS = "which-3d-model-formats-work"
FINDASSETS = "where-can-i-find-assets"
VIMEO = "can-i-render-vimeo-videos-as-a-texture"
YOUTUBE = "can-i-render-youtube-videos-as-a-texture"
LINKS = "can-i-add-links-to-my-scene"
OBSTACLES = "can-i-prevent-the-camera-from-going-through-obstacles"
UNITS = "what-type-of-units-does-a-frame-use"
VRML = "how-is-a-frame-different-from-vrml"
FEATURE = "does-a-frame-support-x-feature"
LIBRARY = "does-a-frame-support-x-library-or-framework"
DEVICES = "which-headsets-browsers-devices-and-platforms-does-a-frame-support"
IMPROVE = "how-can-i-improve-performance"
CONTACT = "how-can-i-get-in-touch-with-the-a-frame-team"
ROADMAP = "where-is-the-roadmap"
NAME = "do-i-call-it-a-frame-or-aframe-or-aframevr-or-aframe"
BLACK = "why-do-my-textures-render-black"
GYRO = "why-is-the-gyroscope--magic-window-mode-not-working"
OFFLINE = "can-i-use-a-frame-offline-or-self-hosted"
ESM = "can-i-load-a-frame-as-an-es-module"
MULTITHREE = "multiple-instances-of-threejs-being-imported-warning"
ORDER = "what-order-does-a-frame-render-objects-in"

IN_SCOPE = [
    # performance of the framework itself (DOM overhead, 90 fps)
    ("isnt a-frame going to be slow since everything is html elements? worried the DOM layout stuff will kill my framerate", PERF),
    ("can a webvr app built with aframe actually hold 90fps in a headset or is it always way behind native engines", PERF),

    # not entering VR / AR mode
    ("clicked the VR button in the quest browser and nothing happens. page is served from http://192.168.1.20:8080 on my lan, aframe 1.4.2", VRMODE),
    ("old project of mine, the enter AR button stopped doing anything in recent browsers. did something change?", VRMODE),

    # asset not loading (CORS, local server, video support)
    ("Access to image at 'https://mybucket.s3.amazonaws.com/floor.jpg' from origin 'https://mysite.com' has been blocked by CORS policy -- the plane just stays white", ASSET),
    ("i opened index.html by double clicking it (file:///home/me/scene/index.html) and none of my gltf models or images show up", ASSET),
    ("a-videosphere stays blank, the source is an 8k 60fps h265 mp4. could the file itself be the problem?", ASSET),

    # DOM not reflecting component data
    ("i change position with setAttribute and the box moves fine but in chrome devtools the position attribute on the a-entity is still empty??", DOMSYNC),
    ("my MutationObserver on an a-entity never fires when its components change, is that a bug", DOMSYNC),

    # video playback (iOS inline, autoplay policies)
    ("video texture works on desktop but on iphone safari its just black, do i need playsinline or some meta tag", VIDEO),
    ("my video doesnt play in chrome anymore unless i click somewhere on the page first, autoplay is set. whats going on", VIDEO),
    ("do i really have to pin the page to the home screen to get inline video on ios?", VIDEO),

    # iframes / HTML as texture
    ("can i put an iframe of my grafana dashboard on a plane inside the vr scene", IFRAME),
    ("how can i show a normal html div with css styling as a floating panel in 3d, doesnt need to be clickable", IFRAME),

    # model formats
    ("should i export my blender model as fbx, obj or gltf for aframe", FORMATS),
    ("my .obj model lost its vertex colors and the animation doesnt play, is there a better format", FORMATS),

    # where to find assets
    ("any good sites for free 3d models and sound effects for a quick vr prototype?", FINDASSETS),
    ("where do people get equirectangular 360 photos to use as a sky", FINDASSETS),

    # Vimeo
    ("is there a way to play my vimeo hosted clips inside the scene", VIMEO),
    ("the vimeo webvr plugin - does it work with any public vimeo video or only ones from my own account?", VIMEO),

    # YouTube
    ("how do i use a youtube link as the src of an a-videosphere", YOUTUBE),
    ("is it ok to proxy youtube videos so i can use them as a webgl texture", YOUTUBE),

    # links between pages
    ("how do i make a portal that takes the user to another webvr site when they click it", LINKS),
    ("is there a link component to hop between vr pages without leaving vr", LINKS),

    # camera going through obstacles
    ("wasd controls let me walk straight through walls, how do i stop that", OBSTACLES),
    ("roomscale vr: should i block the camera when the player physically walks into a table in my scene?", OBSTACLES),
    ("driving game where the camera sits inside the car, how do i keep it from clipping through buildings", OBSTACLES),

    # units
    ("is position=\"0 1 0\" one meter up or some arbitrary unit", UNITS),
    ("modeled a 10 ft room in blender in imperial units, will it come out the same size in a-frame", UNITS),

    # VRML
    ("isnt this just vrml all over again lol", VRML),
    ("is a-frame a 3d file format / markup standard like x3d, or a javascript framework?", VRML),

    # missing feature
    ("there is no built-in component for what i need, whats the recommended approach", FEATURE),
    ("one of the standard components is almost what i want but not quite, am i allowed to change it", FEATURE),

    # libraries / frameworks
    ("can i use aframe together with react or vue?", LIBRARY),
    ("using tanstack start and i cant figure out where to put the aframe script tags, there is no index.html", LIBRARY),
    ("my react app rerenders constantly and the a-scene stutters whenever the ui updates, any tips", LIBRARY),

    # devices / browsers
    ("does it run on quest 3, pico, vision pro etc? which browsers", DEVICES),
    ("which vr headsets are supported", DEVICES),

    # improving performance
    ("my scene drops to 40 fps on a quest 2, any tips to optimize it?", IMPROVE),
    ("where are the performance best practices for aframe", IMPROVE),

    # contact
    ("is there a slack or chat for a-frame devs?", CONTACT),
    ("where should i ask questions or report a bug i found", CONTACT),

    # roadmap
    ("whats planned for the next versions, is there a roadmap somewhere", ROADMAP),
    ("where can i see future plans for the project", ROADMAP),

    # naming
    ("writing a blog post - is it aframe, A-Frame or AFrame?", NAME),
    ("whats the correct spelling of the project name", NAME),

    # black textures
    ("textures render black on my old android phone (adreno 306) but look fine on desktop", BLACK),
    ("should i set renderer precision to medium? saw that somewhere for certain phones", BLACK),

    # gyroscope / magic window
    ("on my iphone the scene doesnt turn anymore when i move the phone around, touch drag still works", GYRO),
    ("DeviceMotionEvent needs a permission prompt since ios 13, does aframe handle that for me", GYRO),

    # offline / self hosting
    ("workshop venue has no internet, can i run aframe completly offline on a laptop?", OFFLINE),
    ("the text component tries to fetch its fonts from cdn.aframe.io, how do i host those myself", OFFLINE),
    ("what is window.AFRAME_CDN_ROOT for", OFFLINE),

    # ES module
    ("how do i load aframe with an importmap and <script type=\"module\">", ESM),
    ("i need to register some components asynchronously before the scene initializes, can i delay aframe's init", ESM),
    ("is there an aframe build that doesnt bundle three so i can bring my own three.js?", ESM),

    # multiple three.js instances
    ("console: WARNING: Multiple instances of Three.js being imported. what did i do wrong", MULTITHREE),
    ("im publishing an aframe component on npm that imports from three/addons. how should i configure webpack so users dont end up with two copies of three", MULTITHREE),

    # render order / transparency
    ("transparent planes flicker and show through each other in the wrong order when the camera moves", ORDER),
    ("how do i make an AR occlusion 'hider' material draw before the rest of the scene", ORDER),
]

OUT_OF_SCOPE = [
    "how do i make a box spin forever, is there an animation attribute for that",
    "shadows arent showing under my models even though i added a directional light, what am i missing",
    "what license is a-frame released under, can i use it in a paid product",
    "can a-frame do image marker tracking like ar.js for a printed poster",
    "how do i make a sound get quieter as you walk away from it (positional audio rolloff)",
    "how to add fog to the scene",
    "whats the keyboard shortcut to open the a-frame visual inspector",
    "how do i run the unit tests before sending a pull request",
    "does hand tracking with pinch gestures work on quest without controllers",
    "how do i emit a custom event from one component and listen for it in another",
    "can i export what i built in the visual inspector back into an html file",
    "how do i hide the enter vr button in the bottom right corner",
    "how can i make a reflective mirror floor",
    "how long should i let my sourdough starter rise before baking",
    "how do i replace the chain on a road bike",
]
