"""Hand-written questions for the WeKan FAQ (wekan/wekan, docs/FAQ/FAQ.md).

Written from the FAQ text alone; no bot, test or code of the project under
test was read or run. IN_SCOPE: (question, expected section id);
OUT_OF_SCOPE: questions a WeKan user might ask that no FAQ section answers.
"""

IN_SCOPE = [
    # about-wekan
    ("so what is wekan exactly? a coworker said its basically a trello thing", "about-wekan"),
    ("Is Wekan free, and can I host it myself instead of signing up for some cloud service?", "about-wekan"),
    ("is anybody running this at real scale? whats the biggest install you know of", "about-wekan"),
    # about-niche-of-wekan
    ("There are like ten open-source kanban boards out there. What's Wekan's angle, why would I pick it over the rest?", "about-niche-of-wekan"),
    ("does wekan phone home or collect telemetry by default?", "about-niche-of-wekan"),
    ("Our procurement team is comparing this against enterprise PM suites that cost a fortune per year. Is replacing that kind of software what Wekan is aiming at?", "about-niche-of-wekan"),
    # requirements
    ("how much ram does wekan need, I want to put it on a tiny VM", "requirements"),
    ("we're expecting a few thousand users, how would you lay out the servers for that?", "requirements"),
    ("my server disk got full last night, should I be worried about the DB?", "requirements"),
    # what-is-wekan-team
    ("who is 'Wekan Team', is that an actual company?", "what-is-wekan-team"),
    ("who decides what gets in when people disagree about a feature? seems like one person calls the shots", "what-is-wekan-team"),
    # what-is-bio-of-xet7-
    ("who's xet7? what's his background", "what-is-bio-of-xet7-"),
    ("where did the main maintainer go to school, and what else does he do besides wekan?", "what-is-bio-of-xet7-"),
    # how-to-convince-...
    ("My manager thinks Trello is the safer choice. Any talking points I can use to get Wekan approved at work?", "how-to-convince-my-company-management-that-wekan-is-less-evil-than-trello"),
    ("can wekan run fully on an isolated intranet with zero internet access? our infosec team insists on that", "how-to-convince-my-company-management-that-wekan-is-less-evil-than-trello"),
    ("has wekan's code ever been looked at by security researchers?", "how-to-convince-my-company-management-that-wekan-is-less-evil-than-trello"),
    # when-new-version-...
    ("how often do new wekan releases come out?", "when-new-version-of-wekan-will-be-released-when-my-pull-request-will-be-tested-commented-or-merged"),
    ("opened a pull request a while ago, when will it get tested or merged??", "when-new-version-of-wekan-will-be-released-when-my-pull-request-will-be-tested-commented-or-merged"),
    ("I run it in Docker \u2014 do updates happen automatically or do I have to pull new versions myself?", "when-new-version-of-wekan-will-be-released-when-my-pull-request-will-be-tested-commented-or-merged"),
    # what-wekan-version-number-means
    ("what does the version number mean, is it semver or something else?", "what-wekan-version-number-means"),
    ("did reaching 1.00 mean wekan is finally production ready?", "what-wekan-version-number-means"),
    ("which git branch is active development done on", "what-wekan-version-number-means"),
    # will-my-feature-request-be-implemented
    ("i really need gantt charts in wekan. how do i get that implemented?", "will-my-feature-request-be-implemented"),
    ("Could my company just pay someone to build a feature we need?", "will-my-feature-request-be-implemented"),
    ("how many lines of code is wekan roughly? wondering if I can hack a feature in myself", "will-my-feature-request-be-implemented"),
    # will-you-accept-my-pull-request
    ("if i send a PR with a bugfix, will it actually get taken?", "will-you-accept-my-pull-request"),
    ("do you merge contributions from outsiders or is development all in-house?", "will-you-accept-my-pull-request"),
    # how-can-i-contribute-to-wekan
    ("I'd like to help the project out, where should I begin?", "how-can-i-contribute-to-wekan"),
    ("do you have bounties for features? we'd sponsor one", "how-can-i-contribute-to-wekan"),
    # are-there-any-tests
    ("does wekan have automated tests?", "are-there-any-tests"),
    ("hows the test coverage lol", "are-there-any-tests"),
    # is-there-a-plugin-system
    ("can i write an addon/extension for wekan?", "is-there-a-plugin-system"),
    ("is it possible to npm install extra modules inside the wekan docker container to extend it?", "is-there-a-plugin-system"),
    ("why can't I drop my own custom code into the wekan grain on sandstorm?", "is-there-a-plugin-system"),
    # can-wekan-be-rewritten-in-another-programming-language
    ("any plans to port wekan away from meteor to another language?", "can-wekan-be-rewritten-in-another-programming-language"),
    ("Is somebody working on a rewrite of Wekan from scratch?", "can-wekan-be-rewritten-in-another-programming-language"),
    # werent-you-called-libreboard-before
    ("wasn't this project called libreboard at some point?", "werent-you-called-libreboard-before"),
    ("who came up with the name wekan?", "werent-you-called-libreboard-before"),
    ("whats metrello?", "werent-you-called-libreboard-before"),
    # what-was-wekan-fork--wefork
    ("what was wefork", "what-was-wekan-fork--wefork"),
    ("I read the community forked wekan back in 2016, what happened there?", "what-was-wekan-fork--wefork"),
    # what-is-the-difference-between-wekan-and-trello
    ("how is wekan different from trello?", "what-is-the-difference-between-wekan-and-trello"),
    ("Trello could vanish one day and take our boards with it. Would we have the same risk with Wekan?", "what-is-the-difference-between-wekan-and-trello"),
    ("is the end goal just a trello clone or do you want to go beyond it?", "what-is-the-difference-between-wekan-and-trello"),
    # why-does-wekan-look-so-different-now-compared-to--v09
    ("old screenshots of wekan look exactly like trello, why did the UI change so much", "why-does-wekan-look-so-different-now-compared-to--v09"),
    ("why was the original design thrown out after 0.8?", "why-does-wekan-look-so-different-now-compared-to--v09"),
    # why-am-i-called-a-troll
    ("someone called me a troll on github just because i said its a shame this isnt implemented yet??", "why-am-i-called-a-troll"),
    ("what are the current priorities, bugs or new features?", "why-am-i-called-a-troll"),
    ("I gave a thumbs down to a feature request and got labeled as a troll. why?", "why-am-i-called-a-troll"),
    # why-am-i-called-a-spammer
    ("why did my +1 comment get treated as spam", "why-am-i-called-a-spammer"),
    ("is it ok to comment 'me too, we need this' on an issue?", "why-am-i-called-a-spammer"),
    # what-you-should-do-if-you-see-a-troll-or-a-spammer
    ("what should I do if I see someone trolling in the issue tracker?", "what-you-should-do-if-you-see-a-troll-or-a-spammer"),
    ("how am i supposed to react to spammers commenting on issues", "what-you-should-do-if-you-see-a-troll-or-a-spammer"),
    # what-sandstorm-is-not-anymore
    ("is sandstorm still a startup? do they sell an enterprise edition?", "what-sandstorm-is-not-anymore"),
    ("is there still a company behind sandstorm or what", "what-sandstorm-is-not-anymore"),
    # what-is-sandstorm
    ("what is this sandstorm thing you keep mentioning", "what-is-sandstorm"),
    ("can i get ldap or saml single sign-on with wekan?", "what-is-sandstorm"),
    ("which platform do u recommend running wekan on?", "what-is-sandstorm"),
    # how-can-you-contribute-to-sandstorm
    ("how can i donate to sandstorm?", "how-can-you-contribute-to-sandstorm"),
    ("I want to send patches to Sandstorm itself, where do I look?", "how-can-you-contribute-to-sandstorm"),
]

OUT_OF_SCOPE = [
    "forgot the admin password on my wekan instance, how do i reset it?",
    "How do I add swimlanes to a board?",
    "can wekan send me a reminder email before a card's due date?",
    "is there an official android or iphone app for wekan?",
    "how do I get an API token to use the REST API?",
    "how do I move a card over to a different board?",
    "does wekan have a dark mode?",
    "how do i change the port wekan listens on / set ROOT_URL",
    "Can I set WIP limits on a list so nobody piles in more than 5 cards?",
    "is there a calendar view for cards with due dates",
    "how can I share a board publicly with a read-only link?",
    "what are the keyboard shortcuts?",
    "how do i put wekan behind nginx with https",
    "is there a max number of boards or cards per board?",
    "can I track time spent on a card?",
]
