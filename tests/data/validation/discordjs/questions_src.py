"""Hand-written questions for the discord.js Guide FAQ (faq/faq.md).

Written from the FAQ text alone. IN_SCOPE: (question, section id), 60 in
all: every one of the 26 sections has two questions and eight sections have
a third. OUT_OF_SCOPE: 15 questions near the domain (Discord bots with
discord.js) that the FAQ does not answer.
"""

BAN = "how-do-i-ban-a-user"
UNBAN = "how-do-i-unban-a-user"
KICK = "how-do-i-kick-a-user"
ADDROLE = "how-do-i-add-a-role-to-a-guild-member"
HASROLE = "how-do-i-check-if-a-guild-member-has-a-specific-role"
ONEUSER = "how-do-i-limit-a-command-to-a-single-user"
USERNAME = "how-do-i-set-my-bots-username"
AVATAR = "how-do-i-set-my-bots-avatar"
PLAYING = "how-do-i-set-my-playing-status"
WATCHING = "how-do-i-set-my-status-to-watchinglistening-tocompeting-in-"
ONLINE = "how-do-i-make-my-bot-display-onlineidledndinvisible"
PRESENCE = "how-do-i-set-both-status-and-activity-in-one-go"
CHANNEL = "how-do-i-send-a-message-to-a-specific-channel"
DM = "how-do-i-dm-a-specific-user"
MENTION = "how-do-i-mention-a-specific-user-in-a-message"
ALLOWED = "how-do-i-control-which-users-andor-roles-are-mentioned-in-a-message"
PROMPT = "how-do-i-prompt-the-user-for-additional-input"
BLOCK = "how-do-i-block-a-user-from-using-my-bot"
REACT = "how-do-i-react-to-the-message-my-bot-sent"
RESTART = "how-do-i-restart-my-bot-with-a-command"
USERVSMEMBER = "what-is-the-difference-between-a-user-and-a-guildmember"
ONLINEMEMBERS = "how-do-i-find-all-online-members-of-a-guild"
ROLECHANGE = "how-do-i-check-which-role-was-addedremoved-and-for-which-member"
PING = "how-do-i-check-the-bots-ping"
MUSIC = "how-do-i-play-music-from-youtube"
EMOJI = "why-do-some-emojis-behave-weirdly"

IN_SCOPE = [
    # ban
    ("making a /ban slash command, i get the user from the options, what method actually bans them from the server?", BAN),
    ("how to permanently remove someone from my guild with my bot (not kick, real ban)", BAN),
    ("whats the discord.js v13 code to ban the member picked in a 'target' option", BAN),
    # unban
    ("my /unban command fails because the person isnt in the server anymore so i cant select them as a user. how do i lift the ban?", UNBAN),
    ("pardon a banned user by id with discord.js?", UNBAN),
    # kick
    ("want a moderation command that throws a member out of the server but lets them rejoin later with an invite", KICK),
    ("what function removes a guild member temporarily, like a kick and not a ban", KICK),
    # add role
    ("how can my bot give the 'Verified' role to somebody when they run /verify", ADDROLE),
    ("i have role option and member option in my slash command, how do i assign that role to that member??", ADDROLE),
    ("member.roles something... what is the call to grant a role", ADDROLE),
    # has role
    ("only people with the 'Moderator' role should be able to use my command, how do i test if the member has it by name", HASROLE),
    ("check role of member before running command discord js", HASROLE),
    # one user
    ("i want an eval command that only works for me, the bot owner. how do i lock it to my own account id?", ONEUSER),
    ("restrict command so just one specific person can run it", ONEUSER),
    # username
    ("can i rename my bot account from code instead of the developer portal?", USERNAME),
    ("how change the bot name with client.user", USERNAME),
    # avatar
    ("my bot still has the default discord logo as profile picture, can i change its pfp from a url or local file in the code", AVATAR),
    ("set bot profile picture programmatically", AVATAR),
    # playing
    ("how do i get the 'Playing Minecraft' text under my bot's name", PLAYING),
    ("what's the method for the game activity shown on the bot profile?", PLAYING),
    # watching / listening / competing
    ("i want my bot to show 'Watching 500 servers' instead of 'Playing', what do i pass?", WATCHING),
    ("how to make the activity say Listening to something, setActivity always shows Playing for me", WATCHING),
    ("is there a way to set the activity type already when the client logs in, instead of calling it after the ready event?", WATCHING),
    # online / idle / dnd / invisible
    ("bot shows green online, but i want it to appear as do not disturb (red). how?", ONLINE),
    ("can my bot go invisible / appear offline while it is still running", ONLINE),
    # presence
    ("is there one call that sets the idle status and the activity together instead of two separate ones", PRESENCE),
    ("setPresence example with activities array and status pls", PRESENCE),
    # channel
    ("how can the bot post a message in a #logs channel when i know the channel id", CHANNEL),
    ("send text to a certain channel by id, not the one where the command was used", CHANNEL),
    # DM
    ("how do i send a private message to a user from my bot if i have their id", DM),
    ("i want to DM the person who used the slash command, not reply in the channel. possible?", DM),
    ("my bot should message someone directly in their dms, whats the code", DM),
    # mention
    ("how do i ping the user in my bot's reply so they get a notification", MENTION),
    ("i put the mention inside an embed field and it shows the name but the person never gets pinged, why??", MENTION),
    # allowedMentions
    ("people make my echo command say @everyone and ping the whole server. how can i stop the bot from pinging roles/everyone?", ALLOWED),
    ("disableMentions option doesnt exist anymore in v13, what replaced it?", ALLOWED),
    ("can i send a message that contains 2 user mentions but only one of them actually receives the ping", ALLOWED),
    # prompt
    ("after my command replies i need the user to type an answer in the chat and the bot waits for it, with timeout 60 sec", PROMPT),
    ("how do i wait for the next message of the same user after a slash command? like a question answer flow", PROMPT),
    ("awaitMessages filter example, and what happens if nobody answers in time", PROMPT),
    # block
    ("there's a troll spamming my bot, how do i make the bot ignore specific user ids", BLOCK),
    ("blacklist users from using bot, i keep the ids in a database table", BLOCK),
    # react
    ("bot sends a poll message and should add a thumbs up reaction to it itself", REACT),
    ("how to react with a custom server emoji to the message my bot just sent, which format does the emoji need", REACT),
    # restart
    ("is there a way to do a !restart command that reboots the bot? i run it with pm2", RESTART),
    ("if i call process.exit() will my bot come back online by itself", RESTART),
    # user vs guildmember
    ("why can't i get roles or nickname from interaction.user but it works on member? whats the difference", USERVSMEMBER),
    ("User object vs GuildMember object, when to use which", USERVSMEMBER),
    # online members
    ("i want a command that counts how many members are online right now in the server", ONLINEMEMBERS),
    ("member.presence is null for most people when i filter for online status, my online count is always wrong", ONLINEMEMBERS),
    # role added / removed
    ("how can i log which role got taken away from a member or given to them, like an audit log channel", ROLECHANGE),
    ("in guildMemberUpdate how do i compare old and new member to know what roles changed", ROLECHANGE),
    # ping
    ("how do i make a ping command that shows the latency of the bot", PING),
    ("client.ws.ping vs roundtrip latency whats the difference and how to measure the second one", PING),
    ("my bot uses sharding, where do i get the heartbeat of one shard", PING),
    # music
    ("how can my bot join voice channel and play audio of a youtube video? which packages do i need", MUSIC),
    ("ytdl-core + @discordjs/voice example, also bot should leave when song finish", MUSIC),
    ("error about opus / ffmpeg missing when trying to play a song in voice, what do i have to install", MUSIC),
    # emoji
    ("i tried to react with regional indicator letters like :regional_indicator_a: and it doesnt work, where do i get the real characters", EMOJI),
    ("number emojis 0-9 for reactions come out wrong in my bot, is there a list of the unicode chars i can copy", EMOJI),
]

OUT_OF_SCOPE = [
    "how do i register slash commands globally vs only in one guild, and why do global ones take long to show up?",
    "my bot crashes with 'Used disallowed intents' on login, what does that mean",
    "how do i create an embed with a thumbnail and footer",
    "what is the best free hosting for a discord bot 24/7?",
    "how to add buttons under a message and handle the click",
    "DiscordAPIError: Missing Permissions when i try to ban the server owner, can i bypass that?",
    "how do i delete the last 50 messages in a channel, like a purge command",
    "how to make the bot create a new text channel only visible to admins",
    "should i store my bot token in a .env file, how do i keep it out of github",
    "how do i put a timeout (mute) on a member for 10 minutes with discord.js",
    "how many servers can my bot be in before i need to shard",
    "how do i migrate my bot from discord.js v12 to v14, what broke",
    "how to get the verified bot badge from discord",
    "can i use discord.js from python?",
    "whats a good recipe for banana bread without eggs",
]
