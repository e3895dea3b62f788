"""Questions for the blind Apache APISIX FAQ set (faq/FAQ.md).

Written by hand from the FAQ text alone (no bot, tests or code of the system
under test were seen). IN_SCOPE: (question, section id) with the id of the one
section that answers it; OUT_OF_SCOPE: questions an APISIX user could ask that
no section of this FAQ answers (expect null).
"""

# short names for the section ids (full ids as in sections.txt)
NEW_GW = "why-do-i-need-a-new-api-gateway"
DIFFER = "how-does-apache-apisix-differ-from-other-api-gateways"
PERF = "what-is-the-performance-impact-of-using-apache-apisix"
PLATFORMS = "which-platforms-does-apache-apisix-support"
DYNAMIC = "what-does-it-mean-by-apache-apisix-is-fully-dynamic"
UI = "does-apache-apisix-have-a-user-interface"
OWN_PLUGIN = "can-i-write-my-own-plugins-for-apache-apisix"
WHY_ETCD = "why-does-apache-apisix-use-etcd-for-the-configuration-center"
LUAROCKS = ("when-installing-apache-apisix-dependencies-with-luarocks-why-does-it-"
            "cause-a-timeout-or-result-in-a-slow-or-unsuccessful-installation")
BASE = "how-do-i-build-the-apisix-base-environment"
GRAY = "how-can-i-make-a-gray-release-with-apache-apisix"
REDIRECT = "how-do-i-redirect-http-traffic-to-https-with-apache-apisix"
LOGLEVEL = "how-do-i-change-apache-apisixs-log-level"
RELOAD = "how-do-i-reload-my-custom-plugins-for-apache-apisix"
PORTS = ("how-do-i-configure-apache-apisix-to-listen-on-multiple-ports-when-"
         "handling-http-or-https-requests")
HTTPS_IP = ("after-uploading-the-ssl-certificate-why-cant-the-corresponding-route-"
            "be-accessed-through-https--ip")
SYNC = "how-does-apache-apisix-achieve-millisecond-level-configuration-synchronization"
INSTANCE_ID = "how-do-i-customize-the-apache-apisix-instance-id"
ETCD_FETCH = ("why-are-there-errors-saying-failed-to-fetch-data-from-etcd-failed-to-"
              "read-etcd-dir-etcd-key-xxxxxx-in-the-errorlog")
HA = "how-do-i-setup-high-availability-apache-apisix-clusters"
MAKE_DEPS = "why-does-the-make-deps-command-fail-when-installing-apache-apisix-from-source"
DASH_PROXY = "how-do-i-access-the-apisix-dashboard-through-apache-apisix-proxy"
REGEX = "how-do-i-use-regular-expressions-regex-for-matching-uri-in-a-route"
FQDN = "does-the-upstream-node-support-configuring-a-fqdn-address"
API_KEY = "what-is-the-x-api-key-of-the-admin-api-can-it-be-modified"
ALLOW_IPS = "how-do-i-allow-all-ips-to-access-apache-apisixs-admin-api"
ACME = "how-do-i-auto-renew-ssl-certificates-with-acmesh"
STRIP = "how-do-i-strip-a-prefix-from-a-path-before-forwarding-to-upstream-in-apache-apisix"
ISSUER = "how-do-i-fix-the-error-unable-to-get-local-issuer-certificate-in-apache-apisix"
RESTY = "how-do-i-fix-the-error-module-restyworkerevents-not-found-in-apache-apisix"
META_CONF = "what-is-the-difference-between-plugin-metadata-and-plugin-configs-in-apache-apisix"
ALIVE = "after-deploying-apache-apisix-how-to-detect-the-survival-of-the-apisix-data-plane"
ETCD_SLOW = "what-are-the-scenarios-with-high-apisix-latency-related-to-etcd-and-how-to-fix-them"
ETCD_AUTH = "how-does-apisix-configure-etcd-with-authentication"
MORE = "where-can-i-find-more-answers"

IN_SCOPE = [
    # why a new gateway at all
    ("we only have plain nginx in front of our services today and are moving to microservices on k8s. "
     "my boss asks why we would even need an api gateway like apisix, what do i tell him", NEW_GW),

    # how it differs from others
    ("what makes apisix different from kong or tyk? i think kong keeps its config in postgres", DIFFER),
    ("in short whats special about apisix compared with the other gateways out there", DIFFER),

    # performance
    ("how much overhead does apisix add per request? any qps / latency numbers for one cpu core", PERF),

    # platforms
    ("can i run apisix on my m1 mac or is it linux only? and does it work on bare metal too or only kubernetes", PLATFORMS),

    # fully dynamic
    ("the docs keep saying apisix is 'fully dynamic' - what does it mean in practice, "
     "which things can change without restarting it?", DYNAMIC),

    # user interface
    ("is there a web ui for apisix or is everything curl against the admin api", UI),
    ("any gui to manage routes and upstreams? my colleagues dont want to write json by hand", UI),

    # own plugins
    ("can i extend apisix with a custom plugin for our inhouse auth logic?", OWN_PLUGIN),
    ("is it possible to develop own plugin, where is the guide explaining how to write one", OWN_PLUGIN),

    # why etcd
    ("why apisix need etcd? we would prefer to just keep the config in our existing mysql", WHY_ETCD),
    ("what does etcd offer that a normal relational db doesnt, why was it picked as the config store", WHY_ETCD),

    # luarocks slow / timeout
    ("installing the lua dependencies with luarocks hangs and then times out, im in mainland china. is there a mirror i can use?", LUAROCKS),
    ("luarocks super slow and fails half the time while setting up apisix deps, can i point it to another rocks server", LUAROCKS),

    # APISIX-Base
    ("some features need extra nginx modules that stock openresty doesnt have. how do i build the apisix-base runtime myself?", BASE),

    # gray release
    ("i want users with id <= 1000 in the query string to go to the old version and everyone else to the new one. "
     "canary style based on a query param, how?", GRAY),
    ("how to do canary deployment in apisix, like send part of the traffic to v2 of my service", GRAY),

    # redirect http -> https
    ("how do i force https? someone opening http://mydomain should get a 301 to the https url", REDIRECT),
    ("need every plain http request redirected to the tls version of same url, which plugin does that", REDIRECT),

    # log level
    ("my core.log.info lines dont show up in error.log, only warn and above. how do i get them printed", LOGLEVEL),
    ("how to make the apisix error log more verbose, set it to info", LOGLEVEL),

    # reload custom plugins
    ("i changed the lua code of my own plugin, do i need to restart apisix so it picks up the change?", RELOAD),
    ("hot reload for plugins possible or need full restart every time", RELOAD),

    # multiple ports
    ("apisix only listens on 9080, i want it to recieve traffic on 9081 and 9082 as well. where do i set that", PORTS),
    ("how to add a second https port next to 9443", PORTS),

    # https + ip
    ("uploaded my ssl cert for example.com, works fine with the domain but curl https://<server ip>/ fails. whats going on", HTTPS_IP),
    ("some clients connect over https straight to the ip address without sni, how do i make apisix fall back to a default cert for them", HTTPS_IP),

    # config sync
    ("how does a change made through the admin api reach all gateway nodes so quickly? are the nodes polling something?", SYNC),

    # instance id
    ("every node gets a random uuid as its id. can i set our own id so it matches the name in our inventory system", INSTANCE_ID),

    # failed to fetch data from etcd
    ("error.log is full of 'failed to fetch data from etcd, failed to read etcd dir' what do i do", ETCD_FETCH),
    ("apisix keeps logging failed to read etcd dir for the routes key. network to etcd is ok and i start etcd with a etcd.conf.yml file, "
     "is something missing on etcd side?", ETCD_FETCH),

    # high availability
    ("how to run apisix highly available in production, i dont want a single point of failure", HA),

    # make deps fails
    ("make deps fails with Could not find header file for OPENSSL, No file openssl/ssl.h in /usr/local/include", MAKE_DEPS),
    ("building apisix from source on ubuntu, the luasec dependency wont install and complains about openssl. what package am i missing", MAKE_DEPS),

    # dashboard through the proxy
    ("i want to reach the dashboard (listening on 127.0.0.1:9000) through apisix itself instead of opening one more port, how", DASH_PROXY),
    ("can apisix proxy its own dashboard? what about the admin api port clashing with it", DASH_PROXY),

    # regex uri
    ("my route should only match paths with lowercase letters like /hello but not /12ab. can i use a regex for the uri?", REGEX),
    ("does route matching support regular expressions or only exact paths and the /* wildcard", REGEX),

    # FQDN upstream
    ("can an upstream node be a hostname like my k8s service httpbin.default.svc.cluster.local instead of an ip?", FQDN),
    ("upstream with domain name in stead of ip address, is that supported", FQDN),

    # X-API-KEY
    ("what is that edd1c9f034335f136f87ad84b625c8f1 key in all the curl examples and should i change it before prod?", API_KEY),
    ("how to chnage the admin api token", API_KEY),

    # allow all IPs to the admin api
    ("calling the admin api from my laptop gets rejected, it only works when i curl from the gateway box itself. how to open it up", ALLOW_IPS),
    ("in our test env i want any ip to be able to use the admin api, which setting", ALLOW_IPS),

    # acme.sh
    ("i get my certs from lets encrypt with acme.sh, how do i make apisix pick up the new cert automatically when it renews", ACME),
    ("is there some way to auto renew ssl certs and push them into apisix", ACME),

    # strip prefix
    ("request to /foo/get should arrive at the upstream as /get, how do i remove the /foo part", STRIP),
    ("how to rewrite the path and drop the leading service prefix before proxying to backend", STRIP),

    # unable to get local issuer certificate
    ("nacos has tls enabled and apisix logs 'unable to get local issuer certificate' when talking to it", ISSUER),
    ("getting unable to get local issuer cert when apisix connect to a https service. where do i set the trusted CA bundle", ISSUER),

    # resty.worker.events
    ("installed apisix under /root and at startup it says module 'resty.worker.events' not found??", RESTY),

    # plugin-metadata vs plugin-config
    ("whats the difference between plugin metadata and plugin configs, when do i use which", META_CONF),
    ("i want to reuse the same bunch of plugin settings on many routes, should it be plugin-metadata or plugin-config?", META_CONF),

    # data plane alive
    ("how can our load balancer health-check the apisix nodes, is there some endpoint that just returns 200 when the node is up", ALIVE),
    ("simple way to check if apisix data plane is alive after deploy?", ALIVE),

    # etcd latency
    ("admin api calls became super slow and prometheus scraping the metrics times out. we run many apisix nodes and talk to etcd over https", ETCD_SLOW),
    ("etcd 3.5 with tls, once we scaled to lots of gateway nodes everything got really slow. is this the http2 250 streams thing?", ETCD_SLOW),

    # etcd auth
    ("our etcd cluster has auth turned on, where do i put the username and password in apisix config", ETCD_AUTH),
    ("how configure etcd user/password for apisix", ETCD_AUTH),

    # more answers
    ("is there a slack channel or mailing list where i can ask apisix questions?", MORE),
]

OUT_OF_SCOPE = [
    "how to rate limit each api key to like 100 requests per minute",
    "whats the best way to protect a route with jwt auth",
    "browser gives me cors errors when my frontend calls apis through apisix, how to enable cors",
    "we are on 2.15, how do i upgrade to 3.x and what breaks?",
    "does apisix support proxying websockets, do i need to turn something on for the route",
    "can apisix convert rest json requests into grpc calls to my grpc backend",
    "i want to ship the access logs to kafka, is there a plugin for it",
    "how to set up login with keycloak via openid connect in front of my app",
    "can apisix cache upstream responses so the backend is hit less often",
    "how do i block a few client ips from calling one of my public routes (not the admin api)",
    "uploads bigger than a few mb fail with 413 request entity too large, where to raise the limit",
    "need sticky sessions, how do i hash by a cookie or header so the same user always goes to same upstream node",
    "my backend is slow and apisix gives 504 after some seconds, how to increase the upstream timeout",
    "is apisix free to use in a commercial product or do we need some license",
    "does apisix support http/3 quic for clients",
]
