"""Questions for the chezmoi FAQ blind set (faq/FAQ.md, 25 sections).

Written by hand from the FAQ text only, in the style of a support chat.
IN_SCOPE: (question, section id); OUT_OF_SCOPE: questions about chezmoi that
no section of this FAQ answers (expected answer: null).
"""

DOCTOR = "how-can-i-quickly-check-for-problems-with-chezmoi-on-my-machine"
BARE = ("what-are-the-consequences-of-bare-modifications-to-the-target-files-if-my-zshrc-"
        "is-managed-by-chezmoi-and-i-edit-zshrc-without-using-chezmoi-edit-what-happens")
UNMANAGED = ("how-can-i-tell-what-dotfiles-in-my-home-directory-arent-managed-by-chezmoi-"
             "is-there-an-easy-way-to-have-chezmoi-manage-a-subset-of-them")
MANAGED = "how-can-i-tell-what-dotfiles-in-my-home-directory-are-currently-managed-by-chezmoi"
IGNORE = ("if-theres-a-mechanism-in-place-for-the-above-is-there-also-a-way-to-tell-chezmoi-"
          "to-ignore-specific-files-or-groups-of-files-eg-by-directory-name-or-by-glob")
BEHIND = ("if-the-target-already-exists-but-is-behind-the-source-can-chezmoi-be-configured-"
          "to-preserve-the-target-version-before-replacing-it-with-one-derived-from-the-source")
COMMIT = "once-ive-made-a-change-to-the-source-directory-how-do-i-commit-it"
SCRIPT = "how-do-i-only-run-a-script-when-a-file-has-changed"
BOTH = ("ive-made-changes-to-both-the-destination-state-and-the-source-state-that-i-want-"
        "to-keep-how-can-i-keep-them-both")
LOWER = "why-does-chezmoi-convert-all-my-template-variables-to-lowercase"
UMASK = "chezmoi-makes-sshconfig-group-writeable-how-do-i-stop-this"
STOW = "why-doesnt-chezmoi-use-symlinks-like-gnu-stow"
EDIT = "do-i-have-to-use-chezmoi-edit-to-edit-my-dotfiles"
LAYOUT = "can-i-change-how-chezmois-source-state-is-represented-on-disk"
GPG = "gpg-encryption-fails-what-could-be-wrong"
USERID = "chezmoi-reports-chezmoi-user-lookup-userid-nnnnn-inputoutput-error"
LOCK = "chezmoi-reports-chemzoi-timeout-or-chemzoi-timeout-obtaining-persistent-state-lock"
BUILD = "im-getting-errors-trying-to-build-chezmoi-from-source"
INSPIRED = "what-inspired-chezmoi"
ANSIBLE = "why-not-use-ansiblechefpuppetsalt-or-similar-to-manage-my-dotfiles-instead"
OUTSIDE = "can-i-use-chezmoi-to-manage-files-outside-my-home-directory"
NAME = "where-does-the-name-chezmoi-come-from"
ASKED = "what-other-questions-have-been-asked-about-chezmoi"
WHERE_ASK = "where-do-i-ask-a-question-that-isnt-answered-here"
THANKS = "i-like-chezmoi-how-do-i-say-thanks"

IN_SCOPE = [
    # doctor (3)
    ("is there some kind of self test / health check command in chezmoi? i think my setup is broken somehow", DOCTOR),
    ("chezmoi doctor shows 2 lines with 'warning', is that bad or can I ignore them?", DOCTOR),
    ("fresh install on my work macbook, how can i verify everything chezmoi needs is actualy working before i start adding files", DOCTOR),

    # editing the real file in ~ directly (3)
    ("i edited ~/.bashrc directly with nano instead of going through chezmoi. will my change get wiped out?", BARE),
    ("what happen when the real file in home folder was changed by hand and after that i run chezmoi apply", BARE),
    ("oops modified my zshrc in place like a normal file... does chezmoi just silently overwrite it next time??", BARE),

    # unmanaged files (3)
    ("how do i find the dotfiles in my home that chezmoi is not tracking yet", UNMANAGED),
    ("is there a command that lists everything in ~ which is NOT under chezmoi control? want to start tracking some of it", UNMANAGED),
    ("can I add a whole folder like ~/.config/nvim in one go instead of file by file", UNMANAGED),

    # managed files (2)
    ("how do i get a list of every file chezmoi is currently taking care of", MANAGED),
    ("which command prints the tracked files? forgot what i already added lol", MANAGED),

    # .chezmoiignore (3)
    ("I have a README and some helper scripts in my dotfiles repo that should NOT land in my home dir when I apply. how to exclude them?", IGNORE),
    ("can i skip some files only on my work laptop but still get them on my personal machine", IGNORE),
    ("does chezmoi support wildcard patterns for excluding stuff, like *.bak or a whole dir?", IGNORE),

    # target newer than source (2)
    ("the ~/.gitconfig on this pc is newer than the copy in my chezmoi repo. how do i take the local version into the source before apply clobbers it", BEHIND),
    ("my actual file is ahead of what chezmoi has stored and i want to keep the actual one, not replace it. what command", BEHIND),

    # committing source changes (3)
    ("after changing stuff in the source dir how do I git commit and push it", COMMIT),
    ("can chezmoi auto commit + push every time i change something?", COMMIT),
    ("running `chezmoi git commit -m 'msg'` and chezmoi complains about unknown flag -m, how do i pass it thru to git", COMMIT),

    # script only when a file changed (3)
    ("I want brew bundle to run only when my Brewfile changes, not on every apply. possible?", SCRIPT),
    ("how to trigger a script when some other file in my dotfiles got modified", SCRIPT),
    ("my install-packages script runs every single time I do chezmoi apply and its slow, can it run only when the package list changed", SCRIPT),

    # changes on both sides (2)
    ("i changed the file both in my home AND in the source repo and want to keep both sets of edits. how to combine them", BOTH),
    ("conflicting edits between local file and repo version, is there some 3-way merge thing in chezmoi?", BOTH),

    # lowercase template variables (2)
    ("i defined a variable workEmail in my config but in the template it only works as .workemail ?? why", LOWER),
    ("why are my camelCase data keys turned into all lower case when i use them in templates", LOWER),

    # umask / group writeable (2)
    ("after chezmoi apply my ssh config has permissions rw-rw-r-- and ssh refuses to use it. how to fix", UMASK),
    ("files created by chezmoi are writable by my group on this fedora box, can i change that", UMASK),

    # symlinks / GNU Stow (3)
    ("why doesnt chezmoi just symlink everything like stow does? seems simpler to me", STOW),
    ("coming from gnu stow, can chezmoi do the symlink farm thing too?", STOW),
    ("with stow my edits show up instantly, with chezmoi I must apply every time. why is it designed like this", STOW),

    # chezmoi edit (2)
    ("is chezmoi edit mandatory or can i just go into the source folder and use my own editor", EDIT),
    ("whats the benefit of chezmoi edit compared to opening the dot_ files in the source dir myself?", EDIT),

    # source state layout (2)
    ("the dot_ and private_ filenames in the repo are ugly. can I organise the source dir differently, like one subfolder per program?", LAYOUT),
    ("why does chezmoi encode permissions in the file names instead of some config file, and only allow 0644/0755 and so on?", LAYOUT),

    # gpg (3)
    ("encrypting a file with gpg in chezmoi just fails, what could cause that", GPG),
    ("what trust level must my gpg recipient key have so chezmoi encryption works", GPG),
    ("chezmoi add --encrypt not working, gpg seems to want some input from me", GPG),

    # user lookup error (2)
    ("getting 'lookup userid 12345: input/output error' on our company linux server, we use LDAP for logins", USERID),
    ("chezmoi crash with user lookup error on a NIS machine, i use the static binary from the github releases", USERID),

    # lock timeout (3)
    ("chezmoi says timeout obtaining persistent state lock, what is holding it?", LOCK),
    ("my run_ script calls chezmoi itself and now the whole thing dies with a lock timeout", LOCK),
    ("can I run chezmoi diff while a chezmoi apply is still running in another terminal?", LOCK),

    # building from source (2)
    ("go build fails when compiling chezmoi myself, which go version do i need", BUILD),
    ("trying to compile chezmoi from a git clone and get errors everywhere", BUILD),

    # inspiration (2)
    ("what was the original idea behind chezmoi, was it based on some other tool?", INSPIRED),
    ("is chezmoi kind of a mini puppet? where did the idea came from", INSPIRED),

    # vs Ansible etc. (2)
    ("we already use ansible at work, why would I bother with a separate dotfile tool", ANSIBLE),
    ("whats the advantage of chezmoi over salt or chef for my personal config", ANSIBLE),

    # outside home (3)
    ("can chezmoi manage /etc/hosts or other system files?", OUTSIDE),
    ("i want to deploy a file to /usr/local/etc with chezmoi, is that possible maybe with sudo", OUTSIDE),
    ("can I set the destination dir to / and manage my whole filesystem with it", OUTSIDE),

    # name (2)
    ("what does the word chezmoi mean and how do you pronounce it", NAME),
    ("weird name lol, is it french?", NAME),

    # other questions asked (2)
    ("is there an archive of support questions people asked before?", ASKED),
    ("where can i browse older support threads about chezmoi", ASKED),

    # where to ask (2)
    ("my question isnt covered in the faq, where should I post it", WHERE_ASK),
    ("is there a place to get help if the docs dont answer my problem?", WHERE_ASK),

    # thanks (2)
    ("chezmoi saved me so much time 🙏 how can I show some appreciation to the author", THANKS),
    ("I wrote a blog post about my chezmoi setup, should I tell someone about it?", THANKS),
]

OUT_OF_SCOPE = [
    "how do i set up my dotfiles on a brand new laptop straight from my github repo in one command",
    "does chezmoi integrate with 1password or bitwarden to pull secrets into my config files",
    "how do I completely remove chezmoi and all its data from a machine",
    "what's the easiest way to install chezmoi on windows, is it on winget or scoop?",
    "i pushed changes from my desktop, how do i pull them and apply on my laptop",
    "chezmoi diff output is full of weird ESC[37m codes and no colors, what's wrong",
    "can i import a tar.gz archive like oh-my-zsh into my source dir",
    "what license is chezmoi under, can i use it at my company?",
    "how to make chezmoi ask me for my email when i run init on a new machine",
    "how do I update the chezmoi binary itself to the latest release",
    "how do i enable tab completion for chezmoi commands in zsh",
    "I want chezmoi to delete files in ~/.config/foo that are not in my repo, is there an exact mode?",
    "how do i stop managing a file with chezmoi but keep it in my home dir",
    "my dotfiles get CRLF line endings on windows, can chezmoi fix that?",
    "my dotfiles repo is private on github, how do i clone it with ssh during init",
]
