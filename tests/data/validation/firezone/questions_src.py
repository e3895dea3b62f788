"""Hand-written questions for the Firezone FAQ set (faq/readme.mdx).

Written from the FAQ text alone. IN_SCOPE holds (question, section id)
pairs: every one of the 26 sections twice, and eight sections with the most
common situations a third time (60 in all). OUT_OF_SCOPE holds 15 questions
near the domain that the FAQ does not answer, plus one off-topic question.
"""

IN_SCOPE = [
    # What is Firezone?
    ("so what is this thing exactly, some kind of vpn app?", "what-is-firezone"),
    ("explain me in one sentence what firezone does", "what-is-firezone"),

    # What is zero trust network access?
    ("everyone keeps saying ZTNA in our meetings, what does that even mean", "what-is-zero-trust-network-access"),
    ("what is the idea behind this 'nobody is trusted until checked' access model", "what-is-zero-trust-network-access"),

    # How is Firezone different from a VPN?
    ("our old openvpn gives people the whole office lan once they connect. would this be the same or not?", "how-is-firezone-different-from-a-vpn"),
    ("why not just use a normal vpn, whats different here", "how-is-firezone-different-from-a-vpn"),
    ("my boss asks if this is just another vpn with a new name. how do i explain him the difference", "how-is-firezone-different-from-a-vpn"),

    # How does Firezone work?
    ("where can i read about the architecture, like how all the pieces talk to each other", "how-does-firezone-work"),
    ("is there a doc explaining the technical design behind it", "how-does-firezone-work"),

    # Where does Firezone run?
    ("we are mostly on aws with some old on prem hardware in the basement, is that environment ok for it?", "where-does-firezone-run"),
    ("does it only work for web apps or also ssh, rdp, databases and so on?", "where-does-firezone-run"),

    # How long does it take to set up Firezone?
    ("roughly how much time should i block in my calendar to get a first setup working", "how-long-does-it-take-to-set-up-firezone"),
    ("is the install a weekend project or quick?", "how-long-does-it-take-to-set-up-firezone"),

    # Do I have to be technical to run Firezone?
    ("im not a network engineer, just the office manager who knows a bit of docker. can i still deploy this myself", "do-i-have-to-be-technical-to-run-firezone"),
    ("do i need to understand routing tables and subnets to get started", "do-i-have-to-be-technical-to-run-firezone"),

    # Do I need to make any changes to my infra to run Firezone?
    ("will we have to redesign our network or re-ip anything to put this in", "do-i-need-to-make-any-changes-to-my-infra-to-run-firezone"),
    ("can it sit on top of the network we already have without touching the routers", "do-i-need-to-make-any-changes-to-my-infra-to-run-firezone"),

    # Do I need to disable my VPN to use Firezone?
    ("can our current vpn stay up while we test this for a few weeks?", "do-i-need-to-disable-my-vpn-to-use-firezone"),
    ("do i have to rip out the old vpn first", "do-i-need-to-disable-my-vpn-to-use-firezone"),
    ("is it possible to migrate slowly, running both side by side without downtime for staff", "do-i-need-to-disable-my-vpn-to-use-firezone"),

    # Can I self-host Firezone?
    ("can i run the whole thing on my own server without your cloud", "can-i-self-host-firezone"),
    ("is there a fully on-prem option? our compliance team dont like saas", "can-i-self-host-firezone"),
    ("i want to host everything myself for my homelab, is that supported or not", "can-i-self-host-firezone"),

    # How do I get Firezone on an end-user device?
    ("new employee installed the app, now what does she have to type in to connect?", "how-do-i-get-firezone-on-an-end-user-device"),
    ("after installing the client what do users need, an account id or something?", "how-do-i-get-firezone-on-an-end-user-device"),
    ("whats the onboarding flow for a person once the client is on their laptop", "how-do-i-get-firezone-on-an-end-user-device"),

    # Can Firezone connect to my identity provider (IdP)?
    ("we use okta for everything, can logins go through it", "can-firezone-connect-to-my-identity-provider-idp"),
    ("does it integrate with our google workspace accounts", "can-firezone-connect-to-my-identity-provider-idp"),
    ("will firezone keep my users passwords somewhere on its side?", "can-firezone-connect-to-my-identity-provider-idp"),

    # Where should I run my Gateway(s)?
    ("how many gateway boxes do i need per location, is one enough?", "where-should-i-run-my-gateways"),
    ("the gateway, can it run as a systemd service or only in docker", "where-should-i-run-my-gateways"),

    # What is a service account?
    ("i need a backup server to reach a database through the tunnel with no human logged in, what do i use for that", "what-is-a-service-account"),
    ("what are those non-human accounts for, and do they need 2fa", "what-is-a-service-account"),

    # Does all my traffic go through Firezone?
    ("can you guys see the data my team sends through the tunnel?", "does-all-my-traffic-go-through-firezone"),
    ("is our traffic routed via your servers or directly", "does-all-my-traffic-go-through-firezone"),
    ("what is this relay thing, does firezone decrypt my packets when a connection uses it", "does-all-my-traffic-go-through-firezone"),

    # Can Firezone support more traffic as my company scales up?
    ("we go from 50 to 500 people next year, how do we handle the extra load", "can-firezone-support-more-traffic-as-my-company-scales-up"),
    ("what do i do when one gateway cant keep up with the bandwidth anymore", "can-firezone-support-more-traffic-as-my-company-scales-up"),

    # What protocol does Firezone use to encrypt traffic?
    ("what crypto is used, ipsec? wireguard? something custom?", "what-protocol-does-firezone-use-to-encrypt-traffic"),
    ("is the control connection also encrypted or only the data", "what-protocol-does-firezone-use-to-encrypt-traffic"),

    # What happens if I add the same Resource to more than one Site?
    ("we have the same internal app reachable from two datacenters, which one will the client pick", "what-happens-if-i-add-the-same-resource-to-more-than-one-site"),
    ("if a resource is in both our frankfurt and virginia sites how is the route chosen", "what-happens-if-i-add-the-same-resource-to-more-than-one-site"),

    # What happens if Firezone goes offline?
    ("if your service has an outage, do my users lose their connection immediately?", "what-happens-if-firezone-goes-offline"),
    ("what breaks when the firezone cloud is down", "what-happens-if-firezone-goes-offline"),
    ("ur status page shows an incident right now. how long will the sessions that are already open keep working", "what-happens-if-firezone-goes-offline"),

    # How do end users get Firezone?
    ("where do the linux people download the client", "how-do-end-users-get-firezone"),
    ("is the client in the play store and app store or do we sideload it? also need it on chromebooks", "how-do-end-users-get-firezone"),

    # Do users need to interact with the Firezone Client?
    ("will my users have to click connect every morning", "do-users-need-to-interact-with-the-firezone-client"),
    ("does it mess with their normal internet browsing while its running", "do-users-need-to-interact-with-the-firezone-client"),

    # How can I limit access to resources?
    ("i want only the finance group to reach the accounting server, how", "how-can-i-limit-access-to-resources"),
    ("can i do role based permissions per app", "how-can-i-limit-access-to-resources"),

    # How do you charge for Firezone?
    ("is it priced per device or per person?", "how-do-you-charge-for-firezone"),
    ("can we pay once a year by bank transfer instead of credit card", "how-do-you-charge-for-firezone"),

    # How many seats do I need?
    ("our directory sync pulls in 300 users but only 40 really use it. do we pay for 300?", "how-many-seats-do-i-need"),
    ("what happens if we go over the number of seats, will the account get locked", "how-many-seats-do-i-need"),

    # What firewall ports do I have to open to use Firezone?
    ("which inbound ports do i forward on our router for the gateway", "what-firewall-ports-do-i-have-to-open-to-use-firezone"),
    ("do i have to open udp 51820 like with plain wireguard?", "what-firewall-ports-do-i-have-to-open-to-use-firezone"),
    ("our security team refuses to open any inbound port on the firewall. is that a blocker for this?", "what-firewall-ports-do-i-have-to-open-to-use-firezone"),

    # How can I be sure Firezone is secure?
    ("how do i report a vulnerability i found in it", "how-can-i-be-sure-firezone-is-secure"),
    ("why should we trust your product with our network, do you have some security policy", "how-can-i-be-sure-firezone-is-secure"),
]

OUT_OF_SCOPE = [
    "does it support ipv6 only networks",
    "how do i set up split dns so intranet names resolve only over the tunnel",
    "can i force a rotation of the wireguard keys right now",
    "where do i find logs of which user accessed which resource and when",
    "how to fully uninstall the client from macos including the system extension",
    "we still run the old 0.7 self hosted version, how do we migrate to the new one",
    "can i link two office lans together site to site with this",
    "is our account data stored in the eu? need to know for gdpr",
    "whats the rate limit of the rest api",
    "can it check that a laptop has disk encryption on before letting it connect",
    "downloads over the tunnel are really slow, which mtu should i try",
    "can i get an email alert when one of my gateways goes offline",
    "how do i rename my account slug",
    "in general whats the difference between ipsec and wireguard",
    "how long do i boil an egg so the yolk stays runny",
]
