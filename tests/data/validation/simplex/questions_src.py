"""Hand-written questions for the blind SimpleX Chat FAQ set.

Written from the FAQ text (faq/FAQ.md) alone, in the style of a community
support chat (Matrix/Discord/SimpleX group). IN_SCOPE: (question, expected
section id). OUT_OF_SCOPE: questions about SimpleX Chat that no section of
this FAQ answers (expect null).
"""

IN_SCOPE = [
    # i-have-nobody-to-chat-with-where-can-i-find-any-groups
    ("just installed simplex and my chat list is empty lol, is there like a public list of groups i can join?",
     "i-have-nobody-to-chat-with-where-can-i-find-any-groups"),
    ("where do people find communities on simplex? there's no global search for groups right",
     "i-have-nobody-to-chat-with-where-can-i-find-any-groups"),

    # what-is-database-what-can-i-do-with-it
    ("the app keeps talking about a 'chat database' in settings. what even is that and why is it on me to look after it?",
     "what-is-database-what-can-i-do-with-it"),
    ("whats the database thing in simplex for, can i do anything with it",
     "what-is-database-what-can-i-do-with-it"),

    # can-i-send-files-over-simplex
    ("can i share pdfs and other files in simplex or is it text only?",
     "can-i-send-files-over-simplex"),
    ("is sending documents through simplex supported? and does it leak metadata like with other messengers",
     "can-i-send-files-over-simplex"),

    # whats-incognito-profile
    ("what does incognito mode actually do? does it hide my name from new people I connect with?",
     "whats-incognito-profile"),
    ("i want to join a group without showing my real display name and avatar, is there a way to get a random name just for that connection?",
     "whats-incognito-profile"),

    # how-do-invitations-work
    ("how does connecting through someone's address work behind the scenes? do i get to approve people?",
     "how-do-invitations-work"),
    ("if someone uses my simplex address do they get added automatically or do i have to accept them first",
     "how-do-invitations-work"),

    # how-to-configure-and-delete-groups
    ("how do i delete a group i created",
     "how-to-configure-and-delete-groups"),
    ("where can i read up on setting up a group, like changing the group settings?",
     "how-to-configure-and-delete-groups"),

    # are-there-any-reactions-to-messages-can-i-answer-specific-messages-directly
    ("can i react to messages with emoji in simplex?",
     "are-there-any-reactions-to-messages-can-i-answer-specific-messages-directly"),
    ("is there a reply/quote feature so i can answer one specific message in a busy group chat",
     "are-there-any-reactions-to-messages-can-i-answer-specific-messages-directly"),

    # what-do-checkmarks-mean
    ("whats the difference between one tick and two ticks on my messages",
     "what-do-checkmarks-mean"),
    ("does 2 checkmarks mean they actually read it, or only that it arrived?",
     "what-do-checkmarks-mean"),
    ("'sent' vs 'delivered' status on a message - what does each one mean exactly?",
     "what-do-checkmarks-mean"),

    # i-want-to-see-when-my-contacts-read-my-messages
    ("why are there no read receipts?? i want to know when my friend has read my msg",
     "i-want-to-see-when-my-contacts-read-my-messages"),
    ("any plan to add 'seen' indicators, even as an opt-in setting?",
     "i-want-to-see-when-my-contacts-read-my-messages"),
    ("my gf keeps asking if I saw her messages. can simplex show blue ticks like whatsapp when someone has read it",
     "i-want-to-see-when-my-contacts-read-my-messages"),

    # can-i-use-the-same-profile-on-desktop-do-messages-sync-cross-platform
    ("can i use my phone account on the desktop app too? do the chats sync?",
     "can-i-use-the-same-profile-on-desktop-do-messages-sync-cross-platform"),
    ("linking mobile and desktop: do both have to be on the same wifi for it to work?",
     "can-i-use-the-same-profile-on-desktop-do-messages-sync-cross-platform"),
    ("is there multi-device like telegram where my messages show up on laptop and phone at the same time",
     "can-i-use-the-same-profile-on-desktop-do-messages-sync-cross-platform"),

    # why-cannot-i-delete-messages-i-sent-from-my-contacts-device
    ("i sent something embarrassing, why cant i delete it for the other person??",
     "why-cannot-i-delete-messages-i-sent-from-my-contacts-device"),
    ("how do i turn on 'delete for everyone' and is there a time limit on it",
     "why-cannot-i-delete-messages-i-sent-from-my-contacts-device"),
    ("whats the point of marking a message as deleted if the other side can still reveal the original text?",
     "why-cannot-i-delete-messages-i-sent-from-my-contacts-device"),

    # i-do-not-receive-messages-or-message-notifications
    ("not getting any notifications on my android, messages only show up when i open the app",
     "i-do-not-receive-messages-or-message-notifications"),
    ("my iphone stopped showing simplex notifcations and the bolt icon next to Notifications isn't green anymore",
     "i-do-not-receive-messages-or-message-notifications"),
    ("messages from one contact just stopped coming in. how do i check which server im supposed to recieve them from?",
     "i-do-not-receive-messages-or-message-notifications"),

    # i-do-not-see-the-second-tick-on-the-messages-i-sent
    ("my messages to one friend stay on a single tick forever, whats going on",
     "i-do-not-see-the-second-tick-on-the-messages-i-sent"),
    ("why is there no second checkmark on the msgs i sent my brother yesterday? he says he got them",
     "i-do-not-see-the-second-tick-on-the-messages-i-sent"),

    # i-see-image-preview-but-cannot-open-the-image
    ("i can see the blurry thumbnail of a photo but tapping it wont open the full picture",
     "i-see-image-preview-but-cannot-open-the-image"),
    ("there's an X in the corner of a pic someone sent me last week, can i still download it?",
     "i-see-image-preview-but-cannot-open-the-image"),
    ("image stuck on the preview and never loads. is it my connection or did the sender not finish uploading?",
     "i-see-image-preview-but-cannot-open-the-image"),

    # i-cannot-play-a-voice-message
    ("voice notes wont play for me",
     "i-cannot-play-a-voice-message"),
    ("someone sent me an audio message and i can't listen to it. i'm on v5.7 btw",
     "i-cannot-play-a-voice-message"),

    # audio-or-video-calls-do-not-connect
    ("video calls never connect, it just sits on connecting forever",
     "audio-or-video-calls-do-not-connect"),
    ("calls fail on my work wifi. which servers does the app need to reach to make a call?",
     "audio-or-video-calls-do-not-connect"),
    ("what info should i send you if audio calls keep failing from the desktop app",
     "audio-or-video-calls-do-not-connect"),

    # audio-or-video-calls-without-e2e-encryption
    ("during a call it says 'no e2e encryption' - why??",
     "audio-or-video-calls-without-e2e-encryption"),
    ("how do i tell if it's my phone or my friend's that can't do encrypted calls? the warning shows up already while it's ringing",
     "audio-or-video-calls-without-e2e-encryption"),
    ("old android webview means my calls aren't end to end encrypted? how do i fix that",
     "audio-or-video-calls-without-e2e-encryption"),

    # i-clicked-the-link-to-connect-but-could-not-connect
    ("i tapped my friend's invite link but we're still not connected, it's just sitting there pending",
     "i-clicked-the-link-to-connect-but-could-not-connect"),
    ("do both people need to be online for the first connection to go through?",
     "i-clicked-the-link-to-connect-but-could-not-connect"),
    ("opened a contact link, confirmed it, and now theres a pending chat with no name in my list. what do i do",
     "i-clicked-the-link-to-connect-but-could-not-connect"),

    # does-simplex-support-post-quantum-cryptography
    ("is the encryption quantum resistant?",
     "does-simplex-support-post-quantum-cryptography"),
    ("does simplex use post-quantum crypto for e2e like some other messengers have started doing",
     "does-simplex-support-post-quantum-cryptography"),

    # what-user-data-can-be-provided-on-request
    ("if the police ask you for my data, what can you actually hand over?",
     "what-user-data-can-be-provided-on-request"),
    ("do you publish transparency reports? what info could a server operator disclose about me",
     "what-user-data-can-be-provided-on-request"),

    # does-simplex-protect-my-ip-address
    ("can the relay servers see my ip address?",
     "does-simplex-protect-my-ip-address"),
    ("if my contact runs their own relay can they log my IP when i message them",
     "does-simplex-protect-my-ip-address"),
    ("does simplex hide your ip like tor or not yet",
     "does-simplex-protect-my-ip-address"),

    # can-i-host-my-own-relays
    ("can i run my own smp server instead of the preset ones",
     "can-i-host-my-own-relays"),
    ("self hosting the relays, possible? where's the guide for an xftp server",
     "can-i-host-my-own-relays"),

    # how-are-you-funded
    ("who pays for simplex? where does the money come from right now",
     "how-are-you-funded"),
    ("is simplex run on donations or on investor money",
     "how-are-you-funded"),

    # why-vcs
    ("why did you take venture capital? isn't that a red flag for a privacy app",
     "why-vcs"),
    ("VC backed privacy messenger sounds sketchy tbh. what's the reasoning behind it",
     "why-vcs"),

    # what-will-be-the-business-model
    ("will simplex cost money eventually or have paid features?",
     "what-will-be-the-business-model"),
    ("whats the long term plan to make money, freemium or what",
     "what-will-be-the-business-model"),
]

OUT_OF_SCOPE = [
    "how do i switch simplex to dark mode or change the chat colours?",
    "can i lock the app with a passcode so nobody can open it on my phone?",
    "how do i set disappearing messages for a chat, and what timers are there?",
    "is there a command line / terminal client for simplex?",
    "how do i write a bot for simplex, is there an api for that?",
    "how do i change the app language? mine is stuck on english",
    "can i hide one of my chat profiles behind a password so it doesnt show up when someone else opens the app",
    "does simplex support group video calls with like 5 people?",
    "how do i verify the security code with a contact to make sure there's no man in the middle",
    "can i edit a message after i've sent it?",
    "has simplex had an independent security audit?",
    "how do i block or report someone who is spamming in a group i'm in",
    "can i import my old chat history from whatsapp or signal",
    "how is simplex different from session or briar?",
    "how do i mute one noisy group and pin my favourite chats to the top",
]
