# -*- coding: utf-8 -*-
"""Hand-written validation questions for the WebTorrent FAQ (faq/faq.md).

Written from the FAQ text alone, the way people type in a Discord support
channel.  IN_SCOPE: (question, section id); OUT_OF_SCOPE: questions about
WebTorrent that no FAQ section answers (expect null).
"""

IN_SCOPE = [
    # what-is-webtorrent
    ("is webtorrent a browser extension or do i have to install something on my pc to use it?", "what-is-webtorrent"),
    ("wait so webtorrent is a torrent client that literally runs inside the browser tab?? what is it even written in", "what-is-webtorrent"),
    ("eli5 what webtorrent actually is pls", "what-is-webtorrent"),

    # why-is-this-cool
    ("ok but why would anyone care about torrents in a browser, whats the big deal", "why-is-this-cool"),
    ("so if a site uses webtorrent it gets FASTER the more ppl visit it? that sounds backwards to me", "why-is-this-cool"),
    ("whats the philosophy behind this project, i keep seeing 'redecentralize the web' mentioned. why is no-server p2p better than client/server", "why-is-this-cool"),

    # what-are-some-use-cases-for-webtorrent
    ("could something like wikipedia or archive.org use this to cut their bandwidth/hosting bill?", "what-are-some-use-cases-for-webtorrent"),
    ("are there actual business use cases for this? thinking like a cdn or shipping app downloads to customers", "what-are-some-use-cases-for-webtorrent"),
    ("what would i realistically use webtorrent for in practice", "what-are-some-use-cases-for-webtorrent"),

    # who-is-using-webtorrent-today
    ("any existing apps or sites built on webtorrent i can look at for inspo?", "who-is-using-webtorrent-today"),
    ("i built a little file sharing site on top of webtorrent, is there some showcase list i can get it added to", "who-is-using-webtorrent-today"),
    ("anyone know a webtorrent based pastebin or p2p screenshot sharing thing that already exists", "who-is-using-webtorrent-today"),

    # how-does-webtorrent-work
    ("technically how does this work under the hood? is it a completely different protocol from bittorrent", "how-does-webtorrent-work"),
    ("what did you guys change in the tracker protocol to make browsers work, is there a BEP written up for it?", "how-does-webtorrent-work"),
    ("once two peers are connected is the wire protocol still the normal bittorrent one or something custom", "how-does-webtorrent-work"),

    # how-do-i-get-started
    ("how do i add webtorrent to my web page, is there a cdn script tag i can drop in", "how-do-i-get-started"),
    ("im using browserify, whats the npm package and how do i require it", "how-do-i-get-started"),
    ("i have a magnet link and just want the mp4 to show up on my page with like 5 lines of js, whats the minimal example", "how-do-i-get-started"),

    # what-is-webrtc
    ("what even is webrtc and how is it different from websockets or xhr", "what-is-webrtc"),
    ("which browsers support the webrtc stuff that webtorrent relies on? does edge work or only chrome", "what-is-webrtc"),
    ("is the RTCDataChannel thing actually direct browser to browser and encrypted, or does it go through a server", "what-is-webrtc"),

    # can-webtorrent-clients-connect-to-normal-bittorrent-clients
    ("can webtorrent running in the browser talk to my regular qbittorrent / transmission peers?", "can-webtorrent-clients-connect-to-normal-bittorrent-clients"),
    ("i need a node cli that can grab from both normal tcp peers AND browser peers, what should i install", "can-webtorrent-clients-connect-to-normal-bittorrent-clients"),
    ("difference between the webtorrent and webtorrent-hybrid npm packages? `npm install webtorrent-hybrid` takes ages building wrtc and my app is browser only", "can-webtorrent-clients-connect-to-normal-bittorrent-clients"),

    # can-webtorrent-clients-on-different-websites-connect-to-each-other
    ("if my site and my friends site both run webtorrent can visitors of both swarm together or does same-origin block that", "can-webtorrent-clients-on-different-websites-connect-to-each-other"),
    ("do peers on domain A connect to peers on domain B? or is every site its own little silo", "can-webtorrent-clients-on-different-websites-connect-to-each-other"),

    # who-builds-webtorrent
    ("who is actually behind webtorrent, one person or a company?", "who-builds-webtorrent"),
    ("who is feross lol, his name is on everything in this repo", "who-builds-webtorrent"),
    ("who maintains webtorrent these days, is it just a solo dev", "who-builds-webtorrent"),

    # what-is-webtorrent-llc
    ("why is there an LLC behind this? are you planning to monetize webtorrent at some point", "what-is-webtorrent-llc"),
    ("who legally owns webtorrent", "what-is-webtorrent-llc"),
    ("is webtorrent gonna stay non profit and free or is a paid tier coming", "what-is-webtorrent-llc"),

    # how-is-webtorrent-different-from-peercdn
    ("isnt this just peercdn again? whats the difference", "how-is-webtorrent-different-from-peercdn"),
    ("peercdn got sold to yahoo right? is webtorrent the same tech / related to that deal", "how-is-webtorrent-different-from-peercdn"),
    ("with the peercdn approach the client trusted central servers to map file urls to hashes, does webtorrent need anything like that?", "how-is-webtorrent-different-from-peercdn"),

    # how-can-i-contribute
    ("id like to help with the code, how do people end up getting commit access to the repo?", "how-can-i-contribute"),
    ("new to open source, want to help webtorrent by fixing an open issue. how do i get started contributing", "how-can-i-contribute"),
    ("is there a contributing guide somewhere for this project", "how-can-i-contribute"),

    # where-can-i-learn-more
    ("any talks or videos that explain webtorrent? like a conference talk i can watch", "where-can-i-learn-more"),
    ("is there a jsconf talk about bittorrent + webtorrent somewhere?", "where-can-i-learn-more"),
    ("looking for the slides of that 'webrtc everywhere' talk", "where-can-i-learn-more"),

    # webtorrent-supports-sequential-streaming-how-does-this-affect-the-network
    ("doesnt streaming pieces in order hurt the swarm? i thought everyone is supposed to do rarest first", "webtorrent-supports-sequential-streaming-how-does-this-affect-the-network"),
    ("if every browser downloads video pieces sequentially, wont the rare pieces die out and kill torrent health", "webtorrent-supports-sequential-streaming-how-does-this-affect-the-network"),
    ("does the official bittorrent inc client even allow sequential downloading? someone on reddit said it's evil", "webtorrent-supports-sequential-streaming-how-does-this-affect-the-network"),

    # why-wasnt-webtorrent-designed-as-an-entirely-new-modern-protocol
    ("why not design a fresh modern p2p protocol instead of bolting onto bittorrent? bencoding is ancient, json/msgpack would be nicer", "why-wasnt-webtorrent-designed-as-an-entirely-new-modern-protocol"),
    ("why bother keeping compatibility with the old torrent network at all", "why-wasnt-webtorrent-designed-as-an-entirely-new-modern-protocol"),

    # is-it-possible-to-do-live-streaming-with-webtorrent
    ("can i livestream with webtorrent? like twitch style, streaming my webcam to viewers", "is-it-possible-to-do-live-streaming-with-webtorrent"),
    ("torrents are immutable once created, so how would you ever do a live feed with this? any approach", "is-it-possible-to-do-live-streaming-with-webtorrent"),
    ("if i make a new torrent every 10s for a live broadcast how far behind would viewers be", "is-it-possible-to-do-live-streaming-with-webtorrent"),

    # does-webtorrent-leak-your-ip-address-when-using-a-vpn-...
    ("heard webrtc leaks your real ip even when on a vpn. is webtorrent safe to use with my vpn on?", "does-webtorrent-leak-your-ip-address-when-using-a-vpn-i-heard-that-webrtc-leaks-your-ip-address"),
    ("can a website using webtorrent see my local 192.168.x.x address? worried about fingerprinting", "does-webtorrent-leak-your-ip-address-when-using-a-vpn-i-heard-that-webrtc-leaks-your-ip-address"),
    ("is there an actual spec that says which ip addresses webrtc is allowed to expose", "does-webtorrent-leak-your-ip-address-when-using-a-vpn-i-heard-that-webrtc-leaks-your-ip-address"),

    # why-does-browser-downloading-not-work-i-see-no-peers
    ("pasted a magnet from a public tracker site into instant.io and it just sits at 0 peers 0 B/s forever", "why-does-browser-downloading-not-work-i-see-no-peers"),
    ("why cant the browser version download any random torrent i throw at it??", "why-does-browser-downloading-not-work-i-see-no-peers"),
    ("same .torrent downloads fine in my desktop client but on my webtorrent page: `torrent ready, numPeers: 0` and nothing ever happens. what gives", "why-does-browser-downloading-not-work-i-see-no-peers"),

    # why-does-videoaudio-streaming-not-work
    ("my mkv wont stream and i cant seek, it only plays after it fully downloads?", "why-does-videoaudio-streaming-not-work"),
    ("getting `ReferenceError: MediaSource is not defined` when i try to stream a video in an old firefox, which version supports it", "why-does-videoaudio-streaming-not-work"),
    ("which library does webtorrent use for video streaming? pretty sure theres a bug in the mp4 remuxing, where do i report it", "why-does-videoaudio-streaming-not-work"),

    # got-more-questions
    ("my question isnt in the faq, where should i ask?", "got-more-questions"),
    ("is there a gitter or irc channel for webtorrent help?", "got-more-questions"),
]

OUT_OF_SCOPE = [
    "how do i limit download/upload speed in webtorrent? want to throttle it so it doesnt eat my whole connection",
    "does webtorrent work in react native?",
    "whats the right way to destroy the client and free memory when the user navigates away from the page",
    "can downloaded pieces be stored in indexeddb so the download survives a page reload?",
    "does the browser client support DHT for finding peers without a tracker",
    "which event gives me download progress so i can show a percentage bar",
    "are there typescript types for webtorrent or do i write my own d.ts",
    "can i run webtorrent inside a service worker?",
    "how do i remove one torrent from the client without destroying the whole client?",
    "when using it from node how do i choose the folder where downloaded files get saved",
    "how do i pass my own TURN server / custom iceServers config to the peer connections",
    "is there a way to pause a torrent and resume it later",
    "does webtorrent support bittorrent v2 / btmh magnet links?",
    "chrome tab goes to 4gb ram when i stream a 10gb file, is there a memory cap setting",
    "can i password protect a torrent so only logged in users of my site can download it",
]
