"""Questions for the nodemon FAQ (faq/faq.md), written by hand from the FAQ text alone.

IN_SCOPE: (question, expected section id from sections.txt)
OUT_OF_SCOPE: questions no section answers (expect null)
"""

IN_SCOPE = [
    # how-to-clear-the-console-on-restart
    ("is there a way to wipe the terminal every time nodemon reboots my server? old logs pile up and i cant spot the new errors",
     "how-to-clear-the-console-on-restart"),
    ("nodemon clear screen on restart", "how-to-clear-the-console-on-restart"),
    ("I hooked up a start event to clear the screen and on Windows it also wipes my whole scrollback. Is that expected?",
     "how-to-clear-the-console-on-restart"),

    # nodemon-doesnt-restart-on-env-change
    ("I edit my .env file and nothing happens, the server keeps the old values until I kill it by hand",
     "nodemon-doesnt-restart-on-env-change"),
    ("why does nodemon ignore changes to my dotenv file", "nodemon-doesnt-restart-on-env-change"),
    ("did nodemon --watch .env and now it ONLY reloads when .env changes, my js edits are ignored lol. how do i get both?",
     "nodemon-doesnt-restart-on-env-change"),

    # nodemon-doesnt-work-with-my-repl
    ("my app opens an interactive prompt (readline) and under nodemon what I type gets eaten. how do I give stdin back to my program?",
     "nodemon-doesnt-work-with-my-repl"),
    ("can i turn off the rs restart command so my repl works", "nodemon-doesnt-work-with-my-repl"),

    # strangefailing-behaviour-starting-the-node-based-executable
    ("weird stuff happens when nodemon launches my node cli tool, works fine with plain node. can nodemon start the process some other way?",
     "strangefailing-behaviour-starting-the-node-based-executable"),
    ("what does --spawn do and when would i want it instead of the default fork",
     "strangefailing-behaviour-starting-the-node-based-executable"),

    # my-script-arguments-are-being-taken-by-nodemon
    ("how do i pass -L to my own script? nodemon keeps treating it as its own option",
     "my-script-arguments-are-being-taken-by-nodemon"),
    ("my app takes cli flags like --port and -v but nodemon is swallowing them",
     "my-script-arguments-are-being-taken-by-nodemon"),
    ("nodemon server.js -p 4000 ... the -p never shows up in process.argv in my code, whats the right syntax?",
     "my-script-arguments-are-being-taken-by-nodemon"),

    # error-process-failed-unhandled-exit-code-2
    ("I run mocha through nodemon and whenever a test fails I get 'unhandled exit code (2)' and it gives up. How do I make it just wait for the next change?",
     "error-process-failed-unhandled-exit-code-2"),
    ("what does process failed unhandled exit code 2 mean", "error-process-failed-unhandled-exit-code-2"),

    # you-want-to-suppress-the-request-for-support-message
    ("how do i get rid of the donation/support message nodemon prints? its cluttering our CI logs",
     "you-want-to-suppress-the-request-for-support-message"),
    ("is there an env var to hide nodemons 'please support' banner", "you-want-to-suppress-the-request-for-support-message"),

    # cant-install-nodemon-permission-issue
    ("npm install -g nodemon fails: gyp WARN EACCES user \"root\" does not have permission to access the dev dir",
     "cant-install-nodemon-permission-issue"),
    ("cant globally install nodemon with sudo on linux, permision denied stuff in the npm log. help",
     "cant-install-nodemon-permission-issue"),

    # help-my-changes-arent-being-detected
    ("nodemon says it is watching 0 files and never restarts when i save", "help-my-changes-arent-being-detected"),
    ("I save my file and nothing happens, no restart at all. Is there some polling option?",
     "help-my-changes-arent-being-detected"),
    ("how do i turn on the legacy watch thing in the config file instead of typing the flag every time",
     "help-my-changes-arent-being-detected"),

    # nodemon-tries-to-run-two-scripts
    ("nodemon log shows starting `node ./index.js src/server.js` - why is it running two files??",
     "nodemon-tries-to-run-two-scripts"),
    ("i typed nodemon src/serve.js and it launched the main entry from package.json with my file tacked on, whats going on",
     "nodemon-tries-to-run-two-scripts"),

    # what-has-precedence-ignore-or-watch
    ("If I ignore a folder but also add a watch pattern for some files inside it, which one wins?",
     "what-has-precedence-ignore-or-watch"),
    ("ignore vs watch conflict - which takes priority", "what-has-precedence-ignore-or-watch"),

    # overriding-the-underlying-default-ignore-rules
    ("I actually need nodemon to restart when something in node_modules changes (I'm developing a linked package). How?",
     "overriding-the-underlying-default-ignore-rules"),
    ("my ignore list seems to get merged with built in defaults like .git, how do i replace the defaults instead of adding to them",
     "overriding-the-underlying-default-ignore-rules"),
    ("can i set ignoreRoot once for all my projects rather then per project?",
     "overriding-the-underlying-default-ignore-rules"),

    # nodemon-doesnt-work-with-fedora
    ("on fedora nodemon cant find node, my distro only gives me a 'nodejs' binary",
     "nodemon-doesnt-work-with-fedora"),
    ("nodemon fails because the executable is called nodejs not node on my linux box, any fix other than a symlink?",
     "nodemon-doesnt-work-with-fedora"),

    # using-nodemon-with-forever
    ("how can i combine nodemon and forever so that both crashes and file changes restart the app",
     "using-nodemon-with-forever"),
    ("forever stop doesn't cleanly stop the node process that nodemon started, which kill signal should i tell forever to use?",
     "using-nodemon-with-forever"),
    ("is it a good idea to run nodemon on my production server?", "using-nodemon-with-forever"),

    # what-does-verbose-give-me
    ("what extra info does -V show", "what-does-verbose-give-me"),
    ("how can i see which file triggered the restart and which config files nodemon loaded?",
     "what-does-verbose-give-me"),
    ("how do I find nodemon's own pid so another script can make it restart with a kill signal",
     "what-does-verbose-give-me"),

    # my-nodemonignore-is-being-ignored
    ("I have a .nodemonignore file in my project but nodemon doesn't respect it at all",
     "my-nodemonignore-is-being-ignored"),
    ("old ignore file stopped working since i also created a nodemon.json, is that why?",
     "my-nodemonignore-is-being-ignored"),

    # nodemon-does-nothing
    ("ubuntu: installed nodemon globally, i run it and it just prints nothing. no error, no output, nothing",
     "nodemon-does-nothing"),
    ("Installed node with apt-get and now nodemon is completely silent when I start it, any idea?",
     "nodemon-does-nothing"),

    # if-nodemon-is-facing-the-watch-errors-mac--linux
    ("ENOSPC: System limit for number of file watchers reached when starting nodemon on ubuntu",
     "if-nodemon-is-facing-the-watch-errors-mac--linux"),
    ("getting file watcher errors on my mac with a huge repo, how do i raise the limit",
     "if-nodemon-is-facing-the-watch-errors-mac--linux"),

    # port-in-use-with---inspect-flag-and-docker
    ("running node --inspect inside a docker container with nodemon, after a reload the debug port 9228 is still taken",
     "port-in-use-with---inspect-flag-and-docker"),
    ("EADDRINUSE on the debugger port in my container every time nodemon reloads. someone mentioned a kill-port package?",
     "port-in-use-with---inspect-flag-and-docker"),

    # windows-nodemon-keeps-restarting-without-changes
    ("on windows 10 nodemon restarts over and over even though i didnt touch any file",
     "windows-nodemon-keeps-restarting-without-changes"),
    ("endless restart loop on my windows pc, nodemon thinks files change constantly",
     "windows-nodemon-keeps-restarting-without-changes"),

    # error-cannot-find-module-internalutiltypes
    ("Error: Cannot find module 'internal/util/types' when running nodemon",
     "error-cannot-find-module-internalutiltypes"),
    ("nodemon crashes on start with a missing internal node module, something about util types",
     "error-cannot-find-module-internalutiltypes"),

    # no-automatic-restart-when-using-docker-volumes-issue-419
    ("nodemon in docker compose doesnt restart when i edit code on the host (mounted volume). i'd rather not use -L because of the cpu",
     "no-automatic-restart-when-using-docker-volumes-issue-419"),
    ("which package do I need to add to my node docker image so nodemon notices changes in bind mounted code?",
     "no-automatic-restart-when-using-docker-volumes-issue-419"),
    ("dockerized dev setup based on node:wheezy, edits inside the volume aren't picked up at all",
     "no-automatic-restart-when-using-docker-volumes-issue-419"),

    # scripts-is-disabled-on-this-system-on-windows
    ("nodemon.ps1 cannot be loaded because running scripts is disabled on this system",
     "scripts-is-disabled-on-this-system-on-windows"),
    ("powershell won't let me run nodemon, says SecurityError / something about execution policies",
     "scripts-is-disabled-on-this-system-on-windows"),
    ("do i need to open powershell as admin to fix that execution policy thing so nodemon runs?",
     "scripts-is-disabled-on-this-system-on-windows"),

    # how-can-i-watch-all-file-types-in-a-folder
    ("how do i make nodemon restart on ANY file change in my public folder, html css images whatever",
     "how-can-i-watch-all-file-types-in-a-folder"),
    ("wildcard for extensions? i want every file type watched", "how-can-i-watch-all-file-types-in-a-folder"),

    # workaround-for-when---inspect-flag-is-passed-and-the-old-process-doesnt-finish-before-starting-a-new-process
    ("Starting inspector on 127.0.0.1:9229 failed: address already in use after nodemon restarts, and the app keeps running my old code",
     "workaround-for-when---inspect-flag-is-passed-and-the-old-process-doesnt-finish-before-starting-a-new-process"),
    ("my SIGUSR2 handler does await db.disconnect() and since i added it, restarts with --inspect break",
     "workaround-for-when---inspect-flag-is-passed-and-the-old-process-doesnt-finish-before-starting-a-new-process"),
    ("could i add a restart event in nodemon.json that kills whatever is sitting on 9229 before the new process comes up?",
     "workaround-for-when---inspect-flag-is-passed-and-the-old-process-doesnt-finish-before-starting-a-new-process"),
]

OUT_OF_SCOPE = [
    "can nodemon pop up a desktop notification when my app restarts?",
    "does nodemon work with bun or deno or is it node only",
    "how do I require nodemon and start it from my own js script instead of the cli",
    "whats the difference between nodemon and the built in node --watch flag, do i still need nodemon?",
    "what licence is nodemon under, can we use it at work for a commercial product",
    "how do i uninstall nodemon that i installed globally",
    "Is there an option to write nodemon's output to a log file?",
    "how do I set NODE_ENV=development for my app through the nodemon config",
    "will my websocket clients stay connected when nodemon restarts the server?",
    "how to turn off the colours in nodemon output, they look bad in my CI logs",
    "what's the minimum node version nodemon 3 supports?",
    "how can i check which version of nodemon i have installed",
    "how do I reverse a linked list in javascript",
    "my express api gets CORS errors when my react frontend calls it, how to fix",
    "recommend a free host for a small node express app?",
]
