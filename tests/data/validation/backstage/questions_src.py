"""Hand-written questions for the Backstage FAQ (faq/FAQ.md), written from the FAQ text alone.

IN_SCOPE: (question, expected section id); OUT_OF_SCOPE: questions no section answers.
"""

IN_SCOPE = [
    # Can we call Backstage something different?
    ("are we allowed to rebrand it? our internal portal would be called 'Launchpad' not backstage",
     "can-we-call-backstage-something-different-so-that-it-fits-our-company-better"),
    ("does the portal have to be named backstage or can i give it our own name",
     "can-we-call-backstage-something-different-so-that-it-fits-our-company-better"),
    ("why is it even called backstage lol, and do we have to keep that name when we roll it out internaly?",
     "can-we-call-backstage-something-different-so-that-it-fits-our-company-better"),

    # Is Backstage a monitoring platform?
    ("is backstage something like datadog or grafana? i need a monitoring tool",
     "is-backstage-a-monitoring-platform"),
    ("can i get my alerting / metrics stuff inside backstage or is that not what its for",
     "is-backstage-a-monitoring-platform"),

    # How is Backstage licensed?
    ("what licence is backstage under? legal wants to know before we adopt it",
     "how-is-backstage-licensed"),
    ("is it apache or mit or gpl??", "how-is-backstage-licensed"),

    # Why did we open source Backstage?
    ("why did spotify give away their internal dev portal for free? whats in it for them",
     "why-did-we-open-source-backstage"),
    ("what was the motivation behind open sourcing backstage in the first place",
     "why-did-we-open-source-backstage"),

    # Will Spotify's internal plugins be open sourced, too?
    ("will spotify release the plugins they use in house, or do we only get the core framework",
     "will-spotifys-internal-plugins-be-open-sourced-too"),
    ("spotify has like a hundred+ internal plugins right, are those gonna be made public at some point?",
     "will-spotifys-internal-plugins-be-open-sourced-too"),
    ("roughly how many of spotifys own plugins are expected to end up open source",
     "will-spotifys-internal-plugins-be-open-sourced-too"),

    # What's the roadmap for Backstage?
    ("where can i see what's planned next for backstage", "whats-the-roadmap-for-backstage"),
    ("is there a roadmap somewhere? wanna know what features are coming and how far along u are",
     "whats-the-roadmap-for-backstage"),

    # Small company
    ("we're a startup with 12 engineers and maybe 20 services, is backstage overkil for us?",
     "my-company-doesnt-have-thousands-of-developers-or-services-is-using-backstage-excessive-for-our-needs"),
    ("worth it for a small team?",
     "my-company-doesnt-have-thousands-of-developers-or-services-is-using-backstage-excessive-for-our-needs"),
    ("our org is tiny compared to spotify... does adopting backstage even make sense at our scale or is it only for big enterprises",
     "my-company-doesnt-have-thousands-of-developers-or-services-is-using-backstage-excessive-for-our-needs"),

    # Design language / brand
    ("can i make backstage match our corporate colors and fonts",
     "our-company-has-a-strong-design-language-systembrand-that-we-want-to-incorporate-does-backstage-support-this"),
    ("we have our own design system with strict brand guidelines, can the UI be themed to follow it?",
     "our-company-has-a-strong-design-language-systembrand-that-we-want-to-incorporate-does-backstage-support-this"),

    # Why Material-UI?
    ("why did you guys pick material ui instead of something like ant design or chakra",
     "why-material-ui"),
    ("whats the reasoning behind using MUI for the components", "why-material-ui"),

    # What technology does Backstage use?
    ("what's the tech stack? react? angular?", "what-technology-does-backstage-use"),
    ("what language / framework is backstage written in, and is graphql involved anywhere",
     "what-technology-does-backstage-use"),
    ("so the frontend is react + typescript i guess, but what about the backend side, what will that run on",
     "what-technology-does-backstage-use"),

    # End-to-end user flow
    ("who are the different kinds of users of backstage and what does each of them do",
     "what-is-the-end-to-end-user-flow-the-happy-path-story"),
    ("can someone explain the typical flow — who hosts it, who builds the plugins, who just uses it?",
     "what-is-the-end-to-end-user-flow-the-happy-path-story"),

    # What is a plugin?
    ("what exactly is a plugin in backstage terms", "what-is-a-plugin-in-backstage"),
    ("how do plugins work, are they like seperate mini web apps inside the portal?",
     "what-is-a-plugin-in-backstage"),
    ("where does a plugin get its data from, the backend or something else?",
     "what-is-a-plugin-in-backstage"),

    # Dynamic plugin installation
    ("why do i need to rebuild the whole app just to add a plugin? cant i just drop it in at runtime like wordpres",
     "why-cant-i-dynamically-install-plugins-without-modifications-to-the-app"),
    ("is there any way to install plugins only through config, without touching the code",
     "why-cant-i-dynamically-install-plugins-without-modifications-to-the-app"),
    ("kinda annoying that adding a plugin means editing the app source and redeploying everything. why was it designed like that",
     "why-cant-i-dynamically-install-plugins-without-modifications-to-the-app"),

    # Docker images / helm charts
    ("is there an official docker image i can just docker run to try it out?",
     "why-are-there-no-published-docker-images-or-helm-charts-for-backstage"),
    ("wheres the helm chart for backstage? want to deploy it on our k8s cluster",
     "why-are-there-no-published-docker-images-or-helm-charts-for-backstage"),
    ("how do i build a container image of my own backstage app",
     "why-are-there-no-published-docker-images-or-helm-charts-for-backstage"),

    # TypeScript
    ("can i write my plugin in plain javascript, im not comfortable w/ typescirpt",
     "do-i-have-to-write-plugins-in-typescript"),
    ("is TS mandatory for plugins?", "do-i-have-to-write-plugins-in-typescript"),

    # Does a plugin already exist?
    ("before i build a jira plugin myself, how do i check if somebody already made one",
     "how-do-i-find-out-if-a-plugin-already-exists"),
    ("is there some kind of catalog or marketplace listing the existing plugins",
     "how-do-i-find-out-if-a-plugin-already-exists"),
    ("i have an idea for a plugin that nobody seems to have built yet, where should i propose it so no one else duplicates the work?",
     "how-do-i-find-out-if-a-plugin-already-exists"),

    # Most used plugin at Spotify
    ("which plugin does spotify itself use the most internally",
     "which-plugin-is-used-the-most-at-spotify"),
    ("what's the most popular plugin inside spotify?", "which-plugin-is-used-the-most-at-spotify"),

    # Plugins in the repo vs separate repos
    ("should i put my plugin in the main backstage monorepo or keep it in a repo of its own",
     "are-you-planning-to-have-plugins-baked-into-the-repo-or-should-they-be-developed-in-separate-repos"),
    ("we want to write a few closed source plugins for internal use only, where are those supposed to live?",
     "are-you-planning-to-have-plugins-baked-into-the-repo-or-should-they-be-developed-in-separate-repos"),
    ("how do the open source plugins actually get into people's instances, are they shipped as npm packages?",
     "are-you-planning-to-have-plugins-baked-into-the-repo-or-should-they-be-developed-in-separate-repos"),

    # GitLab / Bitbucket
    ("does backstage work with gitlab or is it github only",
     "any-plans-for-integrating-with-other-repository-managers-such-as-gitlab-or-bitbucket"),
    ("all our code is on bitbucket, is any support for that planned?",
     "any-plans-for-integrating-with-other-repository-managers-such-as-gitlab-or-bitbucket"),

    # Who maintains Backstage?
    ("who's behind the project, is spotify the only one maintaining it or other companies too?",
     "who-maintains-backstage"),
    ("who owns and governs the open source backstage project", "who-maintains-backstage"),

    # Managed version
    ("does spotify offer a hosted saas backstage we could just pay for",
     "does-spotify-provide-a-managed-version-of-backstage"),
    ("is there a managed service version so we dont have to run it ourselves?",
     "does-spotify-provide-a-managed-version-of-backstage"),

    # How secure is Backstage?
    ("how do i report a security vulnerability i found in backstage", "how-secure-is-backstage"),
    ("is backstage secure enough for enterprise use? do you scan the dependencies",
     "how-secure-is-backstage"),
    ("found what looks like an XSS in one of the core packages, should i just open a public github issue about it?",
     "how-secure-is-backstage"),

    # Telemetry / data shared with Spotify
    ("does backstage phone home or send telemetry to spotify?",
     "does-backstage-collect-any-information-that-is-shared-with-spotify"),
    ("privacy question: does any of our catalog data get shared back with spotify",
     "does-backstage-collect-any-information-that-is-shared-with-spotify"),

    # Something other than a developer portal
    ("could i use the backstage framework to build a normal internal web app that isnt a dev portal at all",
     "can-backstage-be-used-to-build-something-other-than-a-developer-portal"),
    ("is backstage only good for developer portals or can it work as a general purpose app framework for many teams",
     "can-backstage-be-used-to-build-something-other-than-a-developer-portal"),

    # How can I get involved?
    ("i'd like to contibute to backstage, where do i start", "how-can-i-get-involved"),
    ("any good first issues for a newbie who wants to help out?", "how-can-i-get-involved"),
]

OUT_OF_SCOPE = [
    "how do i hook up github login so people can sign in to our portal with their github account",
    "what node version do i need to run backstage? getting engine errors with node 16",
    "how do I upgrade my backstage app to the newest release, there are like 40 @backstage packages to bump",
    "can backstage use postgres instead of sqlite in prod? how do i configure the db connection",
    "whats the format of catalog-info.yaml, how do i register my service in the software catalog",
    "how do i create a software template that scaffolds a new repo with our standard setup",
    "kubernetes plugin shows no pods for my service, which annotations does it need?",
    "is there a way to set up full text search with elasticsearch or opensearch",
    "how do I cancel my spotify premium subscription?? i'm getting charged twice",
    "which browsers does the backstage ui support, does it still work on IE11",
    "can i run backstage locally on windows? yarn dev keeps failing for me",
    "how much ram and cpu does a backstage instance need in production",
    "can you recommend a good playlist for focusing while coding",
    "does backstage have an official mobile app for ios/android",
    "is the UI translatable? we need it in german and french for our users",
]
