"""Hand-written validation questions for the Sandstorm self-hosting FAQ (faq/faq.md).

Written from the FAQ text alone. IN_SCOPE: (question, section id) pairs, the id
being the one section of sections.txt whose answer is most directly about the
question. OUT_OF_SCOPE: questions a Sandstorm self-hoster might ask that the FAQ
does not answer (expected answer: null).
"""

LOGIN = "how-do-i-log-in-if-theres-a-problem-with-logging-in-via-the-web"
WILDCARD = "why-does-sandstorm-require-a-wildcard-host"
DOMAIN = "how-do-i-change-the-domain-name-for-my-sandstorm-server"
NO_ACCESS = "why-cant-i-access-sandstorm-from-the-internet-even-though-the-server-is-running"
PORTS = "what-ports-does-sandstorm-need-open"
HARDWARE = "what-are-the-minimum-hardware-requirements"
RANDOM_ERRORS = ("sometimes-i-randomly-see-a-lot-of-errors-across-the-board-while-other-times-"
                 "the-same-functions-work-fine-whats-going-on")
LOW_RAM = "my-virtual-machine-doesnt-have-that-much-ram-what-can-i-do"
PROVIDERS = "why-do-you-support-only-google-github-and-passwordless-email-for-login"
APP_LAUNCH = "why-do-i-see-an-error-when-i-try-to-launch-an-app-even-when-the-sandstorm-interface-works-fine"
ROOT_PAGE = "can-i-customize-the-root-page-of-my-sandstorm-install"
HTTP_PROXY = "can-sandstorm-use-a-http-proxy-for-outgoing-connections"
INTERNAL_IP = "how-do-i-use-sandstorm-with-an-internal-ip-address"
MONGOD = "mongod-failed-to-start-whats-going-on"
NON_ROOT = "installing-and-running-without-root-privileges"
WEBSOCKETS = "how-do-i-enable-websockets-proxying-or-why-do-some-apps-seem-to-crash--reload"
LETSENCRYPT = "can-i-use-lets-encrypt-for-adding-https-to-sandstorm"
ARM = "does-sandstorm-run-on-arm-systems-like-raspberry-pi"
PRODUCTION = "is-sandstorm-ready-for-production-use-is-it-in-beta"
OFFLINE = "can-i-run-sandstorm-on-a-totally-offline-server-or-airgapped-network"
DNS_LOG = "why-do-i-see-strange-dns-lookups-in-my-server-log"
RESOURCE_HOG = "how-do-i-notify-the-owner-of-a-resource-hogging-process"

IN_SCOPE = [
    # login trouble / emergency admin access
    ("locked out of my sandstorm admin panel, google login broke after i rotated the oauth client secret. how do i get back in", LOGIN),
    ("is there a command line way to get admin access when the web login is busted?", LOGIN),
    ("ran sudo sandstorm admin-token and opened the link half an hour later, it doesnt work anymore. how long is that token good for", LOGIN),

    # wildcard host (link-only answer)
    ("why does sandstorm insist on a *.example.com wildcard instead of one plain hostname", WILDCARD),
    ("whats the point of WILDCARD_HOST anyway, seems like overkill for a home server", WILDCARD),

    # changing the server's domain
    ("moving my instance from myname.sandcats.io to my own domain cloud.example.org, what do i have to edit", DOMAIN),
    ("i switched BASE_URL to the new hostname and now the google and github login buttons dont work. expected?", DOMAIN),
    ("do i need to turn off the built in sandcats https when i rename the server? which line in the conf is that", DOMAIN),

    # reachable locally but not from outside (BIND_IP)
    ("sandstorm works with curl localhost:6080 on the box itself but from my laptop i get connection refused. conf has BIND_IP=127.0.0.1", NO_ACCESS),
    ("server process is up but nobody outside can reach it, what should bind ip be set to", NO_ACCESS),
    ("can sandstorm listen on ipv6 too? what value for BIND_IP", NO_ACCESS),

    # firewall ports
    ("which ports do i need to forward on my home router for sandstorm", PORTS),
    ("setting up the ec2 security group, what inbound tcp ports does it want? is 30025 really needed", PORTS),

    # hardware requirements
    ("minimum specs to run sandstorm? thinking about a 512mb vps", HARDWARE),
    ("how much disk and memory should i give the VM i'm creating for it", HARDWARE),
    ("does it need a 64 bit x86 cpu or will an old 32bit box do", HARDWARE),

    # intermittent errors = low RAM
    ("random failures all over the place, sometimes grains open and sometimes they error out, then 5 min later the same thing works again??", RANDOM_ERRORS),
    ("roughly how much ram does each open grain eat", RANDOM_ERRORS),
    ("flaky behaviour on my small droplet, is linux just killing processes because its low on memory?", RANDOM_ERRORS),

    # not enough RAM -> swap
    ("my vps only has 1gb of ram and i cant upgrade it, how do i add a swap file", LOW_RAM),
    ("what are the commands to create swap so it's still there after a reboot (fstab line)?", LOW_RAM),
    ("cheap vm with little memory, any workaround so grains dont keep getting killed", LOW_RAM),

    # choice of login providers
    ("why is there no normal username + password login? half my users dont have google or github accounts", PROVIDERS),
    ("could you add twitter or facebook as login options", PROVIDERS),
    ("is logging in with a gpg / public key planned at all", PROVIDERS),

    # apps fail to launch although the shell works (wildcard DNS/HTTPS)
    ("admin ui loads fine but every app i open just shows \"unable to resolve the server's DNS address\"", APP_LAUNCH),
    ("js console when opening a grain: Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource. what did i misconfigure", APP_LAUNCH),
    ("getting net::ERR_INSECURE_RESPONSE in the browser console with my self signed cert and no grain will load", APP_LAUNCH),

    # custom root / splash page
    ("can i put my own landing page behind the login box like oasis has", ROOT_PAGE),
    ("set a splash url but my page is blocked by content-security-policy, where does it have to be hosted", ROOT_PAGE),

    # outgoing HTTP proxy
    ("corporate network, all outbound traffic must go through squid on port 3128. how do i make sandstorm use it to download apps", HTTP_PROXY),
    ("where do i set https_proxy for the sandstorm systemd unit", HTTP_PROXY),
    ("behind our proxy the sandcats dynamic dns ip never updates, why", HTTP_PROXY),

    # internal / private IP address
    ("running it on my lan at 192.168.1.20 with no public dns name, how do i set BASE_URL and WILDCARD_HOST", INTERNAL_IP),
    ("can i use xip.io with sandstorm", INTERNAL_IP),
    ("our office server only has a 10.x intranet address, will sandcats work or do i need something else", INTERNAL_IP),

    # embedded MongoDB does not start
    ("sandstorm.log says: **mongod failed to start. Initial exit code: 100, bailing out now.", MONGOD),
    ("sandstorm wont come back up after the disk filled up, something about mongo", MONGOD),
    ("where is mongo's own log file so i can see the real error", MONGOD),

    # running without root / user namespaces
    ("can i install sandstorm without root? is there an install.sh flag", NON_ROOT),
    ("on arch linux sandstorm complains about unprivileged user namespaces, what now", NON_ROOT),
    ("running it inside docker with the userns sandbox, which docker run options do i need", NON_ROOT),

    # WebSockets through a reverse proxy
    ("behind nginx some apps load and then refresh forever in a loop", WEBSOCKETS),
    ("what do i need in my apache vhost so websockets work with sandstorm", WEBSOCKETS),
    ("groove basin keeps reloading when i go through my reverse proxy but works direct on :6080", WEBSOCKETS),

    # Let's Encrypt
    ("can i just use certbot/letsencrypt for https on my sandstorm", LETSENCRYPT),
    ("why not automatically get a LE cert for every grain subdomain?", LETSENCRYPT),
    ("can let's encrypt at least be used for a static site i publish from a grain on my own domain", LETSENCRYPT),

    # ARM
    ("will sandstorm run on a raspberry pi 4", ARM),
    ("any plans for arm64 support? want to put it on an odroid", ARM),
    ("since pi isnt supported, what small low power box would you recommend for sandstorm", ARM),

    # production readiness
    ("is sandstorm still beta or is it ok for production", PRODUCTION),
    ("is it stable enough to run my small company's project management on it", PRODUCTION),

    # offline (link-only answer)
    ("lab network is airgapped with no internet at all, can sandstorm work there", OFFLINE),
    ("possible to run it totally offline?", OFFLINE),

    # odd DNS errors in the log
    ("admin log full of Error: Host \"sandstorm-www.somerandomsite.com\" must have exactly one TXT record. am i hacked?", DNS_LOG),
    ("seeing queryTxt ETIMEOUT errors for domains i dont own in the server log, what are those", DNS_LOG),

    # finding who owns a process
    ("one grain is eating 100% cpu in top, how do i find out which user it belongs to so i can tell them", RESOURCE_HOG),
    ("how do i map a pid to a grain id", RESOURCE_HOG),
    ("how to look up a users email address from the sandstorm mongo shell given a grain id", RESOURCE_HOG),
]

OUT_OF_SCOPE = [
    "how do i back up all grains before upgrading the server",
    "whats the command to completely uninstall sandstorm",
    "how do i package my own python web app as a sandstorm spk",
    "can i set a storage quota per user",
    "how do i configure smtp so the server can send outgoing email",
    "how do i transfer ownership of a grain to another user",
    "how do i turn off automatic updates",
    "restore a grain from a backup zip onto a different sandstorm server?",
    "how do i install an app from an .spk file i downloaded",
    "is there a helm chart to deploy sandstorm on kubernetes",
    "how do i delete a user account from the admin panel",
    "can two sandstorm servers be clustered for high availability",
    "is there an official mobile app for sandstorm",
    "whats the best way to season a cast iron pan",
    "how do i convert a word document to pdf on linux",
]
