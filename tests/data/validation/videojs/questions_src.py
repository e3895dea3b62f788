"""Hand-written questions for the blind Video.js FAQ set.

Written from the FAQ text (faq/faq.md) alone, in the style of a Discord /
GitHub-discussions support channel. IN_SCOPE: (question, expected section id).
OUT_OF_SCOPE: questions about Video.js that no section of this FAQ answers
(expect null).
"""

IN_SCOPE = [
    # q-what-is-videojs
    ("ok noob question, what does this library actually add on top of a plain <video> tag? trying to explain it to my PM",
     "q-what-is-videojs"),
    ("is videojs a full player with its own UI and stuff, or just a thin layer over the browser element? wondering what i'd actually get out of it",
     "q-what-is-videojs"),

    # q-how-do-i-install-videojs
    ("whats the easiest way to get the player onto my site? npm, or can i just drop in a script tag from a cdn",
     "q-how-do-i-install-videojs"),
    ("Hi! starting a new project, how do I add video js to it? is there a hosted copy I can link to or do I have to download a release from github?",
     "q-how-do-i-install-videojs"),

    # q-is-videojs-on-bower
    ("our legacy app pulls all frontend deps through bower.json and i cant get anything newer than 5.x that way. is v6 still published there?",
     "q-is-videojs-on-bower"),

    # q-what-do-videojs-version-numbers-mean
    ("if I bump from 6.2 to 6.9 will my integration code break? do minor releases ever change the api or only the big ones",
     "q-what-do-videojs-version-numbers-mean"),

    # q-how-can-i-troubleshoot-playback-issues
    ("my clips just won't play in the player, black box and nothing happens when i hit the button. where do i even start debugging this",
     "q-how-can-i-troubleshoot-playback-issues"),
    ("is there some kind of checklist or guide for figuring out why a stream refuses to start? no obvious error anywhere",
     "q-how-can-i-troubleshoot-playback-issues"),

    # q-a-video-does-not-play-in-a-specific-browser-why
    ("works fine in chrome but firefox just shows the spinner forever, exact same mp4. why would one browser refuse it??",
     "q-a-video-does-not-play-in-a-specific-browser-why"),
    ("Our promo clip plays everywhere except Safari on the Mac. Any idea what's different about that one?",
     "q-a-video-does-not-play-in-a-specific-browser-why"),

    # q-why-does-the-entire-video-download-before-playback-why-does-the-video-load-for-a-long-time
    ("looking at the network tab the whole 800MB file gets fetched before it starts?? how do i make it begin right away instead",
     "q-why-does-the-entire-video-download-before-playback-why-does-the-video-load-for-a-long-time"),
    ("takes like 40 seconds before my mp4 starts, feels like its pulling down the complete file first. is that a player thing or my server",
     "q-why-does-the-entire-video-download-before-playback-why-does-the-video-load-for-a-long-time"),

    # q-i-see-an-error-thrown-that-mentions-vdata12345-what-is-that
    ("getting TypeError: Cannot read property 'vdata1482331' of null in the console after i remove the player from the page. wtf is vdata",
     "q-i-see-an-error-thrown-that-mentions-vdata12345-what-is-that"),
    ("console shows a weird exception referencing vdata followed by a bunch of digits, what does that even mean",
     "q-i-see-an-error-thrown-that-mentions-vdata12345-what-is-that"),

    # q-i-think-i-found-a-bug-with-videojs-or-i-want-to-add-a-feature-what-should-i-do
    ("pretty sure the seek bar is broken in the latest release. where do i report that? and if i can patch it myself do you take PRs",
     "q-i-think-i-found-a-bug-with-videojs-or-i-want-to-add-a-feature-what-should-i-do"),
    ("I'd love to get a new option into the core player. whats the process, open a ticket first or just send code? any template i should follow",
     "q-i-think-i-found-a-bug-with-videojs-or-i-want-to-add-a-feature-what-should-i-do"),

    # q-what-is-a-reduced-test-case
    ("a maintainer asked me for a minimal repro on my github issue. what exactly do they want, and is there a starter page i can fork for that?",
     "q-what-is-a-reduced-test-case"),

    # q-what-media-formats-does-videojs-support
    ("can it play mkv or avi files or only mp4? which file types will actualy work",
     "q-what-media-formats-does-videojs-support"),
    ("what codecs / containers does the player handle? users upload a mix of webm, ogg and mov",
     "q-what-media-formats-does-videojs-support"),

    # q-how-to-i-autoplay-the-video
    ("how do i get the clip to start by itself as soon as the page loads, without anyone clicking play",
     "q-how-to-i-autoplay-the-video"),
    ("autoplay: true does nothing on iphone, it only starts once you tap it. desktop is fine. what am i missing",
     "q-how-to-i-autoplay-the-video"),

    # q-how-can-i-play-rtmp-video-in-videojs
    ("I've got an rtmp:// stream coming from our wowza server, how do I feed that into the player? what source type do i set",
     "q-how-can-i-play-rtmp-video-in-videojs"),
    ("my flash stream url needs a ?token= param for auth and playback fails. where do the params go, and whats the deal with the & in those urls",
     "q-how-can-i-play-rtmp-video-in-videojs"),

    # q-how-can-i-hide-the-links-to-my-videosubtitlesaudiotracks
    ("people keep grabbing my mp4 url from dev tools and downloading it. can i obscure the source address somehow?",
     "q-how-can-i-hide-the-links-to-my-videosubtitlesaudiotracks"),
    ("is there a way to stop viewers seeing where the caption and media files live on my server? dont want them ripping stuff",
     "q-how-can-i-hide-the-links-to-my-videosubtitlesaudiotracks"),

    # q-can-i-turn-off-videojs-logging
    ("the player spams my console with VIDEOJS: WARN messages in production, can i silence that",
     "q-can-i-turn-off-videojs-logging"),
    ("how to stop videojs writing anything to the browser console at all? and is there something between everything and nothing",
     "q-can-i-turn-off-videojs-logging"),

    # q-what-is-a-plugin
    ("people on the forum keep telling me 'just use a plugin' - what is that in this context exactly?",
     "q-what-is-a-plugin"),
    ("new to this ecosystem. what does an add-on for the player actually consist of, conceptually?",
     "q-what-is-a-plugin"),

    # q-how-do-i-make-a-plugin-for-videojs
    ("want to package my custom replay-10-times logic so other devs can reuse it on their players. how do i write my own extension",
     "q-how-do-i-make-a-plugin-for-videojs"),
    ("is there documentation on authoring an add-on for videojs? like what api do i register it with",
     "q-how-do-i-make-a-plugin-for-videojs"),

    # q-where-can-i-find-a-list-of-videojs-plugins
    ("is there a directory somewhere of all the community add-ons? looking for a chromecast one",
     "q-where-can-i-find-a-list-of-videojs-plugins"),
    ("where can i browse existing extensions before i reinvent the wheel",
     "q-where-can-i-find-a-list-of-videojs-plugins"),

    # q-how-can-i-get-my-plugin-listed-on-the-website
    ("I published my add-on to npm last week, how do I get it to show up on the videojs.com plugins page?",
     "q-how-can-i-get-my-plugin-listed-on-the-website"),

    # q-where-can-i-find-a-list-of-videojs-skins
    ("the default look is kinda dated tbh, are there ready-made themes people have shared that i can swap in?",
     "q-where-can-i-find-a-list-of-videojs-skins"),

    # q-does-videojs-work-as-an-audio-only-player
    ("can i use this just for a podcast? mp3 only, no picture at all",
     "q-does-videojs-work-as-an-audio-only-player"),
    ("when I put an mp3 in the video element I get a big black rectangle above the controls. can I use an <audio> tag with the same player instead?",
     "q-does-videojs-work-as-an-audio-only-player"),

    # q-does-videojs-support-audio-tracks
    ("our movie has english and spanish dubs as separate streams, can the viewer switch the sound language?",
     "q-does-videojs-support-audio-tracks"),
    ("multiple language soundtracks in one file - supported? need a menu so people can pick directors commentary vs original",
     "q-does-videojs-support-audio-tracks"),

    # q-does-videojs-support-video-tracks
    ("can viewers switch between different camera angles that are encoded as separate picture streams in the same file? is that api usable yet",
     "q-does-videojs-support-video-tracks"),

    # q-does-videojs-support-text-tracks-captions-subtitles-etc
    ("how do i add .vtt files so people can turn on closed captions",
     "q-does-videojs-support-text-tracks-captions-subtitles-etc"),
    ("we need CC for accessibility compliance, does the player handle webvtt?",
     "q-does-videojs-support-text-tracks-captions-subtitles-etc"),

    # q-does-videojs-support-hls-http-live-streaming-video
    ("can i play .m3u8 playlists in chrome on desktop? works on my iphone but not on my windows pc",
     "q-does-videojs-support-hls-http-live-streaming-video"),
    ("does it handle apple's adaptive streaming format out of the box or do i need something extra",
     "q-does-videojs-support-hls-http-live-streaming-video"),

    # q-does-videojs-support-mpeg-dash-video
    ("we encode everything to .mpd manifests, can the player play those?",
     "q-does-videojs-support-mpeg-dash-video"),
    ("our CDN only gives us an mpd file (the non-apple adaptive bitrate format). will that work in videojs?",
     "q-does-videojs-support-mpeg-dash-video"),

    # q-does-videojs-support-live-video
    ("can i stream an event as it happens (not vod) through the player, like a webinar going on right now?",
     "q-does-videojs-support-live-video"),
    ("we run a 24/7 broadcast channel, is realtime streaming possible or only pre-recorded files?",
     "q-does-videojs-support-live-video"),

    # q-can-videojs-wrap-around-youtube-videos
    ("can i put a youtube link as the source so it gets my custom controls instead of youtubes own ui?",
     "q-can-videojs-wrap-around-youtube-videos"),
    ("want our yt uploads to look the same as our self hosted clips, same skin and everything. possible?",
     "q-can-videojs-wrap-around-youtube-videos"),

    # q-can-videojs-wrap-around-vimeo-videos
    ("marketing hosts all their stuff on vimeo, can the player load those clips directly",
     "q-can-videojs-wrap-around-vimeo-videos"),

    # q-does-videojs-support-drm-video
    ("the studio requires widevine/playready protection for the films, can this player handle encrypted content?",
     "q-does-videojs-support-drm-video"),
    ("we need real content protection with a license server (EME). doable with videojs or do we need a commercial player",
     "q-does-videojs-support-drm-video"),

    # q-does-videojs-have-any-support-for-advertisement-integrations
    ("how do i show a preroll ad before the main video, VAST / IMA kind of thing",
     "q-does-videojs-have-any-support-for-advertisement-integrations"),
    ("we need to monetize with midroll commercials, anything for that?",
     "q-does-videojs-have-any-support-for-advertisement-integrations"),

    # q-can-videojs-be-required-in-nodejs
    ("can i just do require('video.js') in a commonjs setup? want to run my unit tests with jsdom on the server side",
     "q-can-videojs-be-required-in-nodejs"),

    # q-does-videojs-work-with-webpack
    ("bundling with webpack and getting weird errors on build, is there some special config this library needs",
     "q-does-videojs-work-with-webpack"),
    ("will it play nicely inside my webpack 4 bundle or do i have to load it separately with a script tag",
     "q-does-videojs-work-with-webpack"),

    # q-does-videojs-work-with-react
    ("how do i use the player inside a component in my create-react-app project?",
     "q-does-videojs-work-with-react"),
    ("any example of mounting videojs in jsx? not sure if i init it in componentDidMount or where",
     "q-does-videojs-work-with-react"),
]

OUT_OF_SCOPE = [
    "how do i add a speed menu so people can watch at 1.5x or 2x",
    "can viewers use the spacebar to pause and arrow keys to skip? want keyboard controls",
    "player doesnt resize on mobile, it overflows the screen. how do i make it scale with the container and keep 16:9",
    "my poster image isnt showing before play, just a black box. how do i set a thumbnail",
    "in my single page app i get duplicate players when i navigate away and come back, how do i properly destroy the old instance",
    "is there a picture in picture button?",
    "how do i swap the video source when someone clicks a different thumbnail, without reloading the page",
    "can i translate the control bar tooltips into german",
    "how do i hide the fullscreen button",
    "how to make the clip loop forever",
    "are there typescript typings for videojs",
    "the big play button sits in the top left corner, how do i get it centered",
    "how can i resume playback where the viewer left off last time they visited",
    "how do i redirect to another page when the video finishes",
    "does it work with vue 3?",
]
