"""Hand-written questions for the BTCPay Server "Server Settings FAQ"
(faq/ServerSettings.md), written from the FAQ text alone.

IN_SCOPE: (question, section id) pairs, 60 in all: 3 for each of 18 sections
and 2 for each of the 3 shortest sections (version via terminal, SSH key
file, file upload).
OUT_OF_SCOPE: 15 questions about BTCPay Server that no section of this FAQ
answers (expect null).
"""

UPDATE = "how-to-update-btcpay-server"
RESTART = "how-to-restart-btcpay-server"
SSH = "how-to-ssh-into-my-btcpay-running-on-vps"
WHATS_RUNNING = "how-to-see-as-an-admin-whats-running-on-my-btcpay-server"
VERSION = "how-can-i-see-my-btcpay-server-version"
VERSION_CLI = "how-can-i-check-my-btcpay-server-version-via-terminal"
SSH_KEY = "what-is-btcpay-ssh-key-file"
ADMIN_PW = "forgot-btcpay-admin-password"
INVITE = "how-to-add-a-new-user-by-invite"
TWO_FA = "how-to-disable-u2f-and-2fa-for-a-user"
SMTP = "how-to-configure-smtp-settings-in-btcpay"
ERR_MAINT = ("error-maintenance-feature-requires-access-to-ssh-properly-"
             "configured-in-btcpayserver-configuration")
ERR_MERGE = "error-your-local-changes-to-the-following-files-would-be-overwritten-by-merge"
ERR_SSHKEYFILE = ("error-btcpay_sshkeyfile-is-not-set-when-running-the-docker-install-"
                  "or-unable-to-update-through-server-settings--maintenance")
THEME = "how-to-customize-my-btcpay-theme-style"
CHECKOUT = "how-to-modify-the-checkout-page"
GA = "how-to-add-google-analytics-code-to-btcpay"
REGISTRATION = "how-to-allow-registration-on-my-btcpay-server"
SEARCH = "how-to-hide-my-btcpay-server-from-search-engines"
FULL_NODE = "how-to-remotely-connect-to-my-btcpay-full-node"
FILES = "how-to-upload-files-to-btcpay"

IN_SCOPE = [
    # update
    ("how do i update my btcpay to the latest release? its running on a digitalocean droplet", UPDATE),
    ("is there an update button somewhere in the web ui or do i have to do it from the command line?", UPDATE),
    ("new version dropped yesterday, whats the script to upgrade btcpay over ssh", UPDATE),
    # restart
    ("whats the cleanest way to reboot just btcpay, not the whole vps", RESTART),
    ("I changed a few things and need to restart my BTCPay Server. Where's the option for that?", RESTART),
    ("is there like a btcpay-restart script or smth", RESTART),
    # ssh into vps
    ("noob question: how do i even log into my server from a terminal? ive only ever used the web interface", SSH),
    ("first time ssh'ing into the box and it warns that the authenticity of the host cant be established and shows some fingerprint. safe to type yes?", SSH),
    ("im on windows, how do i get a shell on the vps where btcpay runs? putty?", SSH),
    # what's running
    ("as the server admin can i get a list of all the stores people created on my instance + their websites?", WHATS_RUNNING),
    ("is there a way to dump all registered user emails from the postgres db", WHATS_RUNNING),
    ("I host btcpay for a few friends and want to see which apps they've set up on it. Any query for that?", WHATS_RUNNING),
    # version (UI)
    ("where do i see which version of btcpay im on? cant find it anywhere in the settings", VERSION),
    ("how do i turn off the 'new version available' notifications, i dont want my instance pinging github every day", VERSION),
    ("does btcpay tell you when theres a new release or do i have to keep checking github myself", VERSION),
    # version (terminal)
    ("is there a command i can run over ssh to check the version instead of looking at the web page?", VERSION_CLI),
    ("how to get the version info from the cli? im already in the btcpayserver-docker folder", VERSION_CLI),
    # SSH key file
    ("whats the point of the btcpay ssh key file, do i actually need it?", SSH_KEY),
    ("saw something about a BTCPay SSH key in the docs... what does that key let btcpay do exactly", SSH_KEY),
    # forgot admin password
    ("locked out of my own admin account, forgot the pasword and smtp was never set up 😩", ADMIN_PW),
    ("how do i make another user the server admin from the command line? lost access to the original admin login", ADMIN_PW),
    ("reset admin pw?? registration is disabled on my server so i cant even create a new account", ADMIN_PW),
    # invite
    ("can i send someone an invite link to create an account instead of opening registration to everyone?", INVITE),
    ("want to give my bookkeeper an account on the server without turning on public signups, how do i do that", INVITE),
    ("when i add a user in server settings do i have to pick a password for them? id rather they set their own", INVITE),
    # 2FA
    ("my employee lost the phone with his authenticator app and cant log in anymore, can i remove his 2fa?", TWO_FA),
    ("user lost their yubikey, how do I turn off U2F on their account from the server side", TWO_FA),
    ("is there an admin command to reset multifactor auth for an account", TWO_FA),
    # SMTP
    ("btcpay isnt sending any emails at all, how do i set up the mail server?", SMTP),
    ("gmail smtp settings for btcpay? what host and port do i use", SMTP),
    ("smtp worked fine for months with my google account and suddenly stopped sending, nothing changed on my end", SMTP),
    # maintenance error
    ("maintenance page says it needs ssh properly configured and the restart button is greyed out, what now", ERR_MAINT),
    ("getting an error on the maintenance tab about ssh not being set up right in the btcpayserver config", ERR_MAINT),
    ("restart button is disabled in server settings > maintenance, how am i supposed to restart then??", ERR_MAINT),
    # merge error
    ("update script aborts with git complaining my local changes would be overwritten by merge", ERR_MERGE),
    ("i accidentally edited a file inside btcpayserver-docker and now updating errors out. how do i undo that", ERR_MERGE),
    ("git merge error when running btcpay-update.sh, something about local changes. should i just git reset?", ERR_MERGE),
    # BTCPAY_SSHKEYFILE
    ("when i run btcpay-setup.sh i get WARNING: The BTCPAY_SSHKEYFILE variable is not set. is that bad?", ERR_SSHKEYFILE),
    ("clicking update in server settings does nothing on my new manual docker install, it never worked from the ui", ERR_SSHKEYFILE),
    ("how do i give btcpay ssh access to the host so i can update and change the domain from the web interface? what commands", ERR_SSHKEYFILE),
    # theme
    ("can i change the colours of the btcpay interface to match my brand?", THEME),
    ("I want a completely custom design. Do I have to fork the repo and build my own docker image?", THEME),
    ("how do i make the setup use my own image with BTCPAY_IMAGE for a custom look", THEME),
    # checkout page
    ("customers see the default checkout screen, can i change how the payment page looks?", CHECKOUT),
    ("is it possible to restyle the invoice checkout that buyers see", CHECKOUT),
    ("checkout page looks kinda plain tbh, any way to customize it", CHECKOUT),
    # google analytics
    ("want to track visitors on the checkout with google analytics, where do i put the GA snippet", GA),
    ("anyone added a tracking script to btcpay? does it survive updates or do i have to redo it every time", GA),
    ("how to inject analytics js into btcpay without forking", GA),
    # registration
    ("my friend doesnt see any register button on my instance, how do i let other people sign up", REGISTRATION),
    ("how do i open registrations but make people confirm their email first so bots dont flood it", REGISTRATION),
    ("enable new user signups on btcpay server", REGISTRATION),
    # search engines
    ("my btcpay login page shows up on google lol, how do i stop that", SEARCH),
    ("i turned on the discourage search engines thing a week ago and my site is still indexed, why", SEARCH),
    ("noindex for btcpay?", SEARCH),
    # full node
    ("can i point my phone wallet at my own btcpay bitcoin node so it doesnt leak stuff to public servers", FULL_NODE),
    ("where's the qr code to connect a wallet to my full node over p2p? i dont see a full node p2p entry under services", FULL_NODE),
    ("want to use the node that comes with btcpay as the backend for my desktop wallet, how do i connect it remotely", FULL_NODE),
    # files
    ("is there a way to upload files to my btcpay instance, like product pictures?", FILES),
    ("where do i turn on external storage so i can upload files in server settings", FILES),
]

OUT_OF_SCOPE = [
    "how do i connect my lightning node to my store so people can pay with lightning?",
    "can btcpay accept monero or litecoin too or is it bitcoin only",
    "whats the best way to hook btcpay into my woocommerce shop",
    "customer overpaid an invoice by accident, how do i refund them the difference",
    "invoices expire too fast for my customers, can i make the timer longer than 15 min?",
    "how do i switch the exchange rate source for my store to kraken",
    "my node has been syncing for 3 days, is that normal? how long should the initial sync take",
    "how much ram and disk space do i need to run btcpay with a pruned node",
    "setting up the point of sale app for my coffee shop, how do i add items with prices",
    "does btcpay have crowdfunding pages, kinda like kickstarter?",
    "how do i create an api key for the greenfield api",
    "need to pay out to a bunch of people at once, is that what pull payments are for?",
    "is there a way to get a webhook call when an invoice gets paid",
    "whats the proper way to back up everything before i migrate to a different server",
    "does btcpay take a cut of each payment i recieve",
]
