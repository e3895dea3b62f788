"""Hand-written validation questions for the GeyserMC wiki FAQ (_docs/geyser/faq.md).

Written from the FAQ text only, in the style of a Discord support channel.
IN_SCOPE: (question, section-id) -- the id of the one section that answers it.
OUT_OF_SCOPE: questions about Geyser/Floodgate that no FAQ section answers (expect null).
31 sections, 60 in-scope questions: 2 for each of 29 sections, 1 for
how-do-i-setup-cosmic-guard and does-cubecraft-use-geyser.
"""

IN_SCOPE = [
    # how-does-it-work (2)
    ("wait how does geyser actually let bedrock ppl in? does the server see them as java players or what",
     "how-does-it-work"),
    ("Trying to understand the tech before I install it: is Geyser translating packets between the two editions? Will my plugins just see these people as normal Java clients?",
     "how-does-it-work"),

    # so-how-does-redstone-work (2)
    ("if my friends on phone join through geyser, will my redstone contraptions behave the java way or the bedrock way?",
     "so-how-does-redstone-work"),
    ("do java-style redstone and mob farms still work the same for the bedrock players",
     "so-how-does-redstone-work"),

    # is-geyser-paid (2)
    ("is there a premium version of geyser or is it totally free",
     "is-geyser-paid"),
    ("how much does geyser cost? my host is trying to sell me some crossplay addon lol",
     "is-geyser-paid"),

    # what-plugins-dont-work-with-geyser (2)
    ("are there any known plugins that break with geyser/floodgate? im running FastLogin and JPremium",
     "what-plugins-dont-work-with-geyser"),
    ("ExploitFixer keeps kicking my bedrock guys for uuid spoofing, is that a known incompatibilty?",
     "what-plugins-dont-work-with-geyser"),

    # which-plugin-version-of-geyser-do-i-need (2)
    ("which geyser jar do i download for a Paper server? there are like 6 different ones on the download page",
     "which-plugin-version-of-geyser-do-i-need"),
    ("I run Waterfall as my proxy, which build of Geyser is the right one for that?",
     "which-plugin-version-of-geyser-do-i-need"),

    # which-type-of-geyser-version-is-better-standalone-or-plugin (2)
    ("should i run geyser standalone or just drop the plugin in? whats the difference performance wise",
     "which-type-of-geyser-version-is-better-standalone-or-plugin"),
    ("We have a big network with several proxies and want to update Geyser without restarting anything. Is there a reason to prefer the standalone build over the plugin?",
     "which-type-of-geyser-version-is-better-standalone-or-plugin"),

    # what-server-versions-does-geyser-spigot-support (2)
    ("my spigot server is on 1.12.2, will the geyser spigot plugin even load on that?",
     "what-server-versions-does-geyser-spigot-support"),
    ("whats the minimum spigot version the geyser plugin runs on",
     "what-server-versions-does-geyser-spigot-support"),

    # if-using-bungeecord-or-another-fork-where-do-i-need-to-put-geyserfloodgate (2)
    ("bungeecord network with 3 backend servers: do I install geyser + floodgate on every backend or just on the proxy?",
     "if-using-bungeecord-or-another-fork-where-do-i-need-to-put-geyserfloodgate"),
    ("do i need floodgate on my spigot backends too or only on bungee? one of my plugins uses the floodgate api",
     "if-using-bungeecord-or-another-fork-where-do-i-need-to-put-geyserfloodgate"),

    # what-ip-do-i-need-to-give-bedrock-players (2)
    ("what address do bedrock players put in to join? same one as java?",
     "what-ip-do-i-need-to-give-bedrock-players"),
    ("java people connect with play.myserver.net, what do I tell my bedrock friends to type in the server address and port boxes",
     "what-ip-do-i-need-to-give-bedrock-players"),

    # how-can-i-have-bedrock-players-load-resource-packs (2)
    ("how do i get bedrock players to download my server's resource pack",
     "how-can-i-have-bedrock-players-load-resource-packs"),
    ("I made a custom java texture pack for the server, is there any way geyser players can see it too?",
     "how-can-i-have-bedrock-players-load-resource-packs"),

    # how-can-bedrock-players-hold-items-in-their-offhand (2)
    ("bedrock players cant put a shield or totem in their off hand, any workaround?",
     "how-can-bedrock-players-hold-items-in-their-offhand"),
    ("is there a way for phone players to swap stuff into the second hand slot",
     "how-can-bedrock-players-hold-items-in-their-offhand"),

    # how-do-i-include-players-in-commands-when-using-floodgate (2)
    ("/tp doesnt work on a bedrock player, says player not found. his gamertag has a space in it and theres a dot in front",
     "how-do-i-include-players-in-commands-when-using-floodgate"),
    ("how do i target a floodgate player in commands like /op or /give? i keep getting no player was found",
     "how-do-i-include-players-in-commands-when-using-floodgate"),

    # how-do-i-add-players-to-the-whitelist-when-using-floodgate (2)
    ("how can i whitelist my cousin who plays on xbox? /whitelist add doesnt find him",
     "how-do-i-add-players-to-the-whitelist-when-using-floodgate"),
    ("whitelist is on and bedrock people cant get in, whats the proper way to add them",
     "how-do-i-add-players-to-the-whitelist-when-using-floodgate"),

    # how-do-i-find-a-players-uuid-without-them-joining-when-using-floodgate (2)
    ("can i get a bedrock player's uuid before they ever join the server? need it for a permissions file",
     "how-do-i-find-a-players-uuid-without-them-joining-when-using-floodgate"),
    ("is there some way to turn an xbox gamertag into the uuid floodgate is going to give them",
     "how-do-i-find-a-players-uuid-without-them-joining-when-using-floodgate"),

    # can-i-remove-the-prefix-of-floodgate-players (2)
    ("can i get rid of the dot in front of bedrock players names? looks ugly in chat",
     "can-i-remove-the-prefix-of-floodgate-players"),
    ("where is the setting for that username prefix floodgate adds, and is it a bad idea to turn it off",
     "can-i-remove-the-prefix-of-floodgate-players"),

    # do-i-need-floodgate-in-order-to-use-geyser (2)
    ("is floodgate required or is geyser alone enough?",
     "do-i-need-floodgate-in-order-to-use-geyser"),
    ("my bedrock friends dont own java edition. can they still join with just geyser installed, or do i need something extra",
     "do-i-need-floodgate-in-order-to-use-geyser"),

    # sometimes-when-i-go-really-far-out-the-world-starts-to-experience-very-odd-visual-bugs (2)
    ("when my bedrock buddy flies out to like x=1,000,000 everything starts jittering and glitching, is that a geyser bug?",
     "sometimes-when-i-go-really-far-out-the-world-starts-to-experience-very-odd-visual-bugs"),
    ("weird rendering bugs for bedrock only at very far coordinates, why",
     "sometimes-when-i-go-really-far-out-the-world-starts-to-experience-very-odd-visual-bugs"),

    # can-i-use-geyser-to-allow-java-players-to-connect-to-my-bedrock-server (2)
    ("I have a bedrock dedicated server (BDS). can geyser let my java friends join it?",
     "can-i-use-geyser-to-allow-java-players-to-connect-to-my-bedrock-server"),
    ("does geyser work the other way round, java client -> bedrock server",
     "can-i-use-geyser-to-allow-java-players-to-connect-to-my-bedrock-server"),

    # can-i-use-geyser-with-pterodactyl-panel (2)
    ("im on a host that uses pterodactyl, is there an egg for geyser?",
     "can-i-use-geyser-with-pterodactyl-panel"),
    ("set up geyser on my pterodactyl panel but nobody can connect from bedrock, do i need to allocate a port or something",
     "can-i-use-geyser-with-pterodactyl-panel"),

    # can-i-use-geyser-with-ngrok (2)
    ("can i use ngrok to expose my geyser server since i cant port forward at home",
     "can-i-use-geyser-with-ngrok"),
    ("my ngrok tunnel works fine for java but bedrock players cant connect at all, why",
     "can-i-use-geyser-with-ngrok"),

    # how-do-i-setup-cosmic-guard (1)
    ("anyone got steps for getting geyser working behind cosmicguard ddos protection on a linux box?",
     "how-do-i-setup-cosmic-guard"),

    # can-i-connect-geyser-to-an-older-server (2)
    ("my server is 1.8.9 for the old pvp, can bedrock players still join through geyser?",
     "can-i-connect-geyser-to-an-older-server"),
    ("does geyser work with old minecraft versions if i have viaversion installed",
     "can-i-connect-geyser-to-an-older-server"),

    # can-i-connect-geyser-to-a-modded-forgefabric-server (2)
    ("can bedrock players join my forge modpack server?",
     "can-i-connect-geyser-to-a-modded-forgefabric-server"),
    ("Running a fabric server with a bunch of content mods that add new blocks and items. Will geyser players be able to join and see the modded stuff?",
     "can-i-connect-geyser-to-a-modded-forgefabric-server"),

    # how-can-i-auto-update-geyser (2)
    ("is there a way to make geyser update itself? tired of downloading a new build every other day",
     "how-can-i-auto-update-geyser"),
    ("any plugin that keeps geyser up to date automatically",
     "how-can-i-auto-update-geyser"),

    # how-can-i-make-discordsrv-show-floodgate-20-or-geyserskinmanager-skins (2)
    ("discordsrv shows steve heads for bedrock players in my discord chat channel, how do i fix the avatars",
     "how-can-i-make-discordsrv-show-floodgate-20-or-geyserskinmanager-skins"),
    ("what avatar url do i put in the discordsrv config so floodgate players skins show up",
     "how-can-i-make-discordsrv-show-floodgate-20-or-geyserskinmanager-skins"),

    # can-i-use-buycraft-tebex-with-geyser (2)
    ("does tebex work with bedrock players? want to sell ranks to both editions",
     "can-i-use-buycraft-tebex-with-geyser"),
    ("setting up a buycraft webstore, bedrock players cant buy anything because of the * prefix, what do i do",
     "can-i-use-buycraft-tebex-with-geyser"),

    # can-i-use-craftingstore-with-geyser (2)
    ("we use craftingstore for donations, how do i make it work for geyser players",
     "can-i-use-craftingstore-with-geyser"),
    ("craftingstore keeps saying a premium account is required so the bedrock guys cant purchase",
     "can-i-use-craftingstore-with-geyser"),

    # what-languages-does-geyser-support (2)
    ("what languages is geyser translated into? can my bedrock players get it in hebrew",
     "what-languages-does-geyser-support"),
    ("is there a crowdin or something if i want to help translate geyser to my language",
     "what-languages-does-geyser-support"),

    # adding-custom-geyser-translation-overrides (2)
    ("can i change the wording of geyser's own messages? want to reword a few strings",
     "adding-custom-geyser-translation-overrides"),
    ("how do I override geyser's built in translations with my own .properties file",
     "adding-custom-geyser-translation-overrides"),

    # what-is-the-relationship-between-cubecraft-and-geyser (2)
    ("is geyser owned by cubecraft now? who actually runs the project",
     "what-is-the-relationship-between-cubecraft-and-geyser"),
    ("whats cubecraft's connection to geysermc",
     "what-is-the-relationship-between-cubecraft-and-geyser"),

    # does-cubecraft-use-geyser (1)
    ("does the cubecraft server itself run geyser for its bedrock players?",
     "does-cubecraft-use-geyser"),
]

OUT_OF_SCOPE = [
    "can my kid join from a nintendo switch or ps4? those consoles dont have a server list button",
    "bedrock players just get 'Unable to connect to world' after a few seconds, whats wrong",
    "which bedrock client versions does geyser currently support? my friend is on the newest beta",
    "how do i make one of those bedrock-style popup menus (forms) for bedrock players from my own plugin",
    "Grim anticheat keeps flagging my bedrock players for movement, is there a setting to exempt them?",
    "how do i write a geyser extension? is there an api docs page",
    "how can I change the server name/motd bedrock players see in their server list",
    "can i use geyser to let bedrock players join a minecraft realm",
    "is there a public test server where i can try geyser before setting up my own",
    "floodgate says it can't load key.pem on startup, what do i do",
    "java chat reporting / secure chat warnings show up for bedrock players, how do i get rid of them",
    "player heads with custom textures just show up as plain steve heads for bedrock, any fix?",
    "my server sits behind haproxy, does geyser support proxy protocol so I see real IPs",
    "does geyser send bstats metrics and how do i turn that off",
    "how do i make a startup script to run standalone geyser on windows",
]
