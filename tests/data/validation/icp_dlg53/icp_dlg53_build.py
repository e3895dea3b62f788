#!/usr/bin/env python3
"""Build the icp_dlg53 blind dialogue set (fifty-third writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg51_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
for this set (new personas, industries, cities, regions, providers and phrasings, written the way users type in a
support chat, in English from native and non-native speakers and in mainland-style simplified Chinese).

Every dialogue is held by hand in the lists below, annotated with:
  - start: the section(s) the first message plausibly asks about,
  - facts: one dict per turn, the contract facts that turn states
    (ANY_NO = a reply like "no, never" that answers whichever yes/no fact is asked with "no"),
  - expect: (section short id, rule key or None) or "no_match".

Checks:
  - section ids, fact ids and fact values against the contract tables;
  - the 11 rule sentences word for word against the contract and the seed;
  - a replay of the contract's rules over every asking order, for an eager bot (answers as soon
    as the outcome is settled) and a collect-everything bot, from every listed start section;
    each replay must use exactly the written turns and end in `expect`;
  - counts, coverage, simplified Chinese in the zh files; at most two turns, except that a third
    turn is allowed when every reply is a generic ANY_NO reply (so any asking order fits);
  - no turn repeats or nearly repeats (normalised equality, or difflib ratio >= 0.8) a turn of an
    earlier set (/work/blind/prior/**, the other /work/blind/icp_dlg* folders, format_example.jsonl)
    or another turn of this set. Earlier sets' lines are never printed.

Writes en_a.jsonl, en_b.jsonl, zh_a.jsonl, zh_b.jsonl next to this script and prints the spread.
"""
import difflib
import glob
import itertools
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONTRACT = "/work/shared/icp-contract.md"
SEED = "/work/shared/seed/icp-filing.md"
PRIOR_GLOBS = ["/work/blind/prior/**/*.jsonl", "/work/blind/icp_dlg[0-9]*/*.jsonl",
               "/work/blind/format_example.jsonl"]

# ---------------------------------------------------------------- contract model
SEC = {
    "kbw": "section_kbw_s15_jgb",
    "un3": "section_un3_kd5_jgb",
    "fvv": "section_fvv_dc5_jgb",
    "x3g": "section_x3g_l25_jgb",
    "omc": "section_omc_r25_jgb",
    "srs": "section_srs_v25_jgb",
    "b24": "section_b24_df5_jgb",
    "fyg": "section_fyg_sf5_jgb",
}

RULES = {
    "kbw": "An ICP Filing is required if your domain name points to a node server in Mainland China and you need to activate web services.",
    "un3": "An ICP Filing is not required if you do not point to your ECS instances through domain name resolution.",
    "fvv_alibaba": "If the top-level domain name has been filed with Alibaba Cloud, the second-level domain name does not require an ICP Filing.",
    "fvv_other": "You need to apply for an ICP Filing in Alibaba Cloud if the top-level domain name corresponding to the second-level domain name has an ICP number but the original ICP Filing is not provided by Alibaba Cloud.",
    "fvv_none": "You need to apply for an ICP Filing if the top-level domain name corresponding to the second-level domain name does not have an ICP number.",
    "x3g": "An Alibaba Cloud ICP Filing is not required if you do not purchase any ECS instances.",
    "omc": "You need to apply for the initial ICP Filing in the Alibaba Cloud ICP Filing system before service activation if the subject and domain name have not completed ICP Filing before.",
    "srs": "You need to apply for an ICP Filing if you want to transfer the ICP Filing of the subject and domain name from the original service provider to Alibaba Cloud or add Alibaba Cloud as a new ICP Filing provider of your website.",
    "b24_other": "You need to apply for a website ICP Filing if your filing subject has been filed with another service provider and you want to apply for an ICP Filing for a new website domain name in Alibaba Cloud when purchasing ECS instances.",
    "b24_alibaba": "You need to apply for a website ICP Filing if your filing subject has been filed with Alibaba Cloud and your new website is hosted on an ECS instance.",
    "fyg": "You need to change your ICP Filing on the Alibaba Cloud ICP Filing platform if your website has an ICP Filing number in Alibaba Cloud and you want to modify the information about the filing subject or website.",
}

SEC_FACTS = {
    "kbw": ["points_to_mainland", "web_service"],
    "un3": ["domain_resolves_to_ecs"],
    "fvv": ["tld_filing"],
    "x3g": ["purchased_ecs"],
    "omc": ["subject_filed", "domain_filed"],
    "srs": ["provider_change"],
    "b24": ["subject_filing_provider", "new_website_on_ecs"],
    "fyg": ["has_alibaba_icp_number", "modify_info"],
}

# "otherwise" answers that exist (un3 hands over, fvv's three values all have a rule)
OTHERWISE = ["kbw", "x3g", "omc", "srs", "b24", "fyg"]

HANDOVER = "HANDOVER"
UNDET = "UNDET"


def full_outcome(sec, f):
    """Outcome of a section once all its facts are known: (section, rule key | None) or HANDOVER."""
    if sec == "kbw":
        return ("kbw", "kbw") if f["points_to_mainland"] == "yes" and f["web_service"] == "yes" else ("kbw", None)
    if sec == "un3":
        return ("un3", "un3") if f["domain_resolves_to_ecs"] == "no" else HANDOVER
    if sec == "fvv":
        return ("fvv", "fvv_" + f["tld_filing"])
    if sec == "x3g":
        return ("x3g", "x3g") if f["purchased_ecs"] == "no" else ("x3g", None)
    if sec == "omc":
        return ("omc", "omc") if f["subject_filed"] == "no" and f["domain_filed"] == "no" else ("omc", None)
    if sec == "srs":
        return ("srs", "srs") if f["provider_change"] in ("transfer", "add") else ("srs", None)
    if sec == "b24":
        if f["new_website_on_ecs"] == "yes" and f["subject_filing_provider"] == "other":
            return ("b24", "b24_other")
        if f["new_website_on_ecs"] == "yes" and f["subject_filing_provider"] == "alibaba":
            return ("b24", "b24_alibaba")
        return ("b24", None)
    if sec == "fyg":
        return ("fyg", "fyg") if f["has_alibaba_icp_number"] == "yes" and f["modify_info"] == "yes" else ("fyg", None)
    raise KeyError(sec)

# ---------------------------------------------------------------- dialogues
# Each entry: (turns, facts per turn, start sections, expect)
# expect: ("kbw", "kbw") = section kbw decided by rule "kbw"; ("kbw", None) = otherwise; "no_match".
# facts: every contract fact the turn states as the user's own current situation. Hearsay, quotes of
# other people and hypotheticals are NOT recorded as facts unless the user confirms them for themselves.
# ANY_NO: a reply such as "nope, never" that answers whichever yes/no fact is asked with "no".
Y, N = "yes", "no"
ANY_NO = {"_any": "no"}


EN_A = [
    # Kyrgyz-speaking CCTV and door-intercom installer in Yantai; cousin's hearsay; all four facts in one message
    (["Hello, good day. I am Aibek, I work for small company in Yantai, we install CCTV cameras and door intercoms "
      "for apartment blocks and warehouses. Last month my manager buy an ECS on Alibaba Cloud, the region is Qingdao "
      "so it is in mainland China, not Hong Kong. We have domain yantai-camfix.cn and already the DNS A record is "
      "pointing to this ECS. Now we want to open customer website on it, where clients can book installation and "
      "see the price list. My cousin say the filing is only for big company, but I want to be sure. We must do ICP "
      "filing for this?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # Zhoushan sailmaker, native lowercase; nephew did the setup; reply: Singapore region, site with quote form
    (["hey, quick one. i run a sailmaking + canvas repair shop in zhoushan, mostly awnings for fishing boats and a "
      "few yacht sails when the rich guys come through in summer. i bought an ECS instance on alibaba cloud a couple "
      "weeks ago because my nephew said it'd be cheaper in the long run. do i need an ICP filing now that i bought "
      "an ECS? he set everything up, i just paid lol",
      "nephew finally texted back: zhoushan-sailloft.com has its A record on that ECS, and the machine is in the "
      "singapore region, he picked it for some latency reason. plan is to put our website on it with a quote "
      "request form"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # Baotou family funeral home; livestream relay on an ECS reached by bare IP; city auditor's question
    (["Good afternoon. I look after IT (meaning: me and one printer) for a family funeral home in Baotou. We "
      "purchased one Alibaba Cloud ECS last spring and it relays the memorial service livestreams to relatives who "
      "can't travel; they get a link with the bare IP address and a port number, and honestly it works fine. We do "
      "own a domain, but it has never been pointed at that ECS, there is no DNS record going there, it just sits "
      "parked at the registrar. An auditor from the city asked whether we are breaking some rule. Is ICP filing "
      "needed for an ECS we only reach by IP?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # Qiqihar dog obedience trainer, lowercase; buddy's hearsay; generic "nope" reply
    (["ok so this is probably a dumb question. i teach dog obedience classes in qiqihar (yes it's freezing, yes the "
      "dogs still show up lol) and my booking spreadsheet got completely out of hand, so i bought an alibaba cloud "
      "ECS to run a little scheduling app on. my buddy reckons anything sitting on a chinese server needs a filing. "
      "do i need an ICP filing just because i bought an ECS? no clue how domains come into it",
      "nope, no domain goes to it. clients never see it, i open the app from my laptop with the ip address typed "
      "in"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # Rizhao marina office, Latvian-speaking; harbour authority hearsay; reply: main domain filed via Alibaba Cloud
    (["Hello support. I am working in the office of small marina in Rizhao, we have around 80 berths for sailing "
      "boats and some fishing charters. Our boss wants separate page for berth reservations on a second-level "
      "domain, like berths.rizhao-marina.com, instead of putting it on the main page. A colleague from the harbour "
      "authority told me every new subdomain needs own filing and it takes weeks, and we want to open before the "
      "summer season. Is ICP filing required for the second-level domain?",
      "I checked the footer of the main site: the ICP number is there, and the filing for rizhao-marina.com was "
      "made through Alibaba Cloud in 2022."],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # Tangshan fire extinguisher servicing, native with loose typing; top domain filed via Kingsoft Cloud
    (["hi there, we service and refill fire extinguishers + do the yearly sprinkler checks for factories around "
      "tangshan. our main domain tsfiresafe.cn has had an ICP number for years, but that filing was done thru "
      "Kingsoft Cloud, not you guys. now we want inspect.tsfiresafe.cn so customers can download their inspection "
      "certificates, and the new app would run on alibaba cloud. does the subdomain need its own ICP filing on your "
      "side or does the old number cover it"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # Changsha party tent rental; partner's hearsay with an aside; reply: top domain never had an ICP number
    (["Morning! We rent out party tents, folding chairs, small stages and those big patio heaters for outdoor "
      "weddings and company events around Changsha. Planning to launch quote.cs-tenthire.com as a subdomain for an "
      "instant price calculator, separate from the main brand address. Do second-level domains require an ICP "
      "filing? My business partner is convinced subdomains are 'free' and need nothing, but he also once told me "
      "tents don't need pegs, so...",
      "just asked our web guy. cs-tenthire.com itself has never had an ICP number at all, it's only been used for "
      "email and a landing page hosted in Japan"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # Putian headstone engraving workshop, Georgian-speaking; site on Squarespace, domain bought at Alibaba Cloud
    (["Hi. Our family workshop in Putian engrave headstones and memorial plaques, also small granite vases. My son "
      "made a website on Squarespace with photos of our work, and we bought the domain name at Alibaba Cloud "
      "because it was cheap in the promotion. We did not buy any ECS, not one, and we don't plan to. Somebody in a "
      "WeChat group write that everybody who buy domain at Alibaba must make Alibaba Cloud ICP filing. Is this "
      "right when we have no ECS?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # Harbin riding stable; asks the x3g question first; reply: partner bought two ECS instances
    (["Hello, quick question before I go down a rabbit hole. We run a riding stable just outside Harbin (trail "
      "rides, pony lessons for kids, livery for about twenty horses). I've read that an Alibaba Cloud ICP filing "
      "isn't needed when no ECS instances are purchased, is that right? Trying to work out whether it touches us "
      "at all.",
      "Ah, then I should mention my business partner bought two ECS instances from Alibaba Cloud last month for "
      "the booking system."],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # Huizhou balloon decoration studio, Mongolian-speaking; new company, new domain, neither ever filed
    (["Hello! My sister and me opened balloon decoration studio in Huizhou three months ago (balloon arch, birthday "
      "wall, shop opening). Our company was registered only in March and it has not gone through ICP filing ever, "
      "and the domain huizhou-balloonart.cn we bought two weeks ago, also no filing was ever done for it. When we "
      "need to do the initial ICP Filing? Before the website is open or after?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # Shaoxing tree surgery firm; new domain never filed; reply: bookkeeper found the company's 2019 filing
    (["Hey, tree surgery firm in Shaoxing here (pruning, stump grinding, emergency removals after typhoons). We just "
      "registered a new domain, shaoxingtreecare.com, and it has never been through ICP filing, it's fresh off the "
      "shelf. Under what conditions do we need the initial ICP filing? Trying to figure out if that's the one that "
      "applies to us or something else.",
      "For the company itself: our bookkeeper dug out the paperwork, the company completed an ICP filing back in "
      "2019 for an older site we've since shut down. So the subject was filed before, just not this domain."],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # Xiamen boatyard, Spanish-speaking; keeps UCloud and wants Alibaba Cloud as a second provider
    (["Hola, good evening. I am Rodrigo, working in a small boatyard in Xiamen, we repair fiberglass hulls and do "
      "antifouling paint. Our website and the ICP filing are with UCloud since 2020 and we are happy, we want to keep "
      "that. But the owner wants to also put the site on Alibaba Cloud as backup and add Alibaba Cloud as second ICP "
      "filing provider, UCloud stays too. Under which conditions is ICP filing required for this, what we must do?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # Kunming alarm monitoring admin; manager forwards articles; reply: filing stays at JD Cloud, nothing added
    (["Hi, I handle the boring admin side of an alarm monitoring company in Kunming. We watch burglar alarms and "
      "panic buttons for shops and a couple of jewellers, 24/7. Our manager keeps forwarding me articles about ICP "
      "filing and providers and I honestly can't tell which situation needs what. When exactly is an ICP filing "
      "required when it comes to switching providers or bringing Alibaba Cloud in?",
      "To be clear, our filing sits with JD Cloud and it remains there, we aren't moving it to Alibaba Cloud and "
      "we aren't adding Alibaba Cloud as a provider either."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # Yangzhou pet cremation service, French-speaking; subject filed via Tianyi Cloud; reply: new site on an ECS
    (["Good day. We are a small pet cremation service in Yangzhou, families bring their cat or dog and we give back "
      "the ashes in a wooden box, very emotional work. Our company was filed for ICP with Tianyi Cloud some years "
      "ago for our first site. Now we think about a second website with a different, new domain name, for memorial "
      "pages where owners can put photos. When do we need to add a website ICP filing?",
      "The new memorial site will go on an Alibaba Cloud ECS, we are buying the ECS this week together with the "
      "domain."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # Yinchuan drip irrigation installer, native lowercase with a typo; sales guy's hearsay
    (["hi, we install drip irrigation and sprinkler systems for vineyards and the odd golf course around yinchuan. "
      "the company got its ICP filing through alibaba cloud in 2021 for our main site and we're still on alibaba "
      "cloud. now we're launching a second brand for home garden kits with its own new domain, and we just bought "
      "an ECS instance to host that new site on. do we need a website ICP filing for that, or does the compnay "
      "filing already cover it? my sales guy says 'one company one filing' but he also says lots of things"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # Lanzhou security guard company, Albanian-speaking; subject filed at Xinnet; new recruiting site on Webflow
    (["Hello, I write for security guard company in Lanzhou, we give guards for shopping malls, car parks and "
      "factory gates. Our company is filed already at Xinnet, we got the ICP number from them in 2018. Now the "
      "director wants new website for recruiting guards, with new domain also. It will be built on Webflow and "
      "hosted there, we do not buy ECS and this site will not be on any ECS. Do we need to add website ICP filing "
      "in this case?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # Wenzhou cat hotel, native; ICP number from Alibaba Cloud; moved, address and phone changed
    (["Hiya. I run a cat hotel in Wenzhou (boarding only, no dogs, the cats would riot). Our website has its ICP "
      "filing number from Alibaba Cloud, got it in 2023. We've just moved to a bigger place across the river and "
      "changed the company's registered address and contact phone, so I need to modify that info on the filing. "
      "Does that mean the ICP filing has to be changed, and where do I do it?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # Jiaxing wedding planning studio, lowercase; generic "no" reply: number came through QingCloud
    (["hello, wedding planning studio in jiaxing here. the person in charge of our website left the company and we "
      "want to update the responsible person's name and mobile number in our ICP filing info. under what "
      "conditions does the filing need to be changed? just want to do it right this time",
      "no, the ICP number isn't from Alibaba Cloud, our old agency handled it with QingCloud, we only have an email "
      "box with you"],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # no_match: ApsaraDB RDS point-in-time restore stuck
    (["Hi, our MySQL database on ApsaraDB RDS got a bad migration run at 14:05 yesterday and we tried the "
      "point-in-time restore to 14:00, but the restore task has been sitting at 'preparing' for nine hours now. Is "
      "there a way to see what it's stuck on, or should I cancel and restore from last night's full backup "
      "instead?"],
     [{}], [], "no_match"),
    # no_match: RAM user lost virtual MFA device
    (["Hello, one of our RAM users (a contractor up in Shenyang) dropped his phone in a lake while fishing and lost "
      "the virtual MFA device bound to his login. He can't get into the console now. I'm the main account owner. "
      "How do I unbind or reset MFA for a RAM user so he can bind his new phone? He swears he'll buy a waterproof "
      "case this time."],
     [{}], [], "no_match"),
]

EN_B = [
    # Qinhuangdao life-jacket and liferaft servicing, Sri Lankan voice; reply gives all three kbw facts
    (["Hi team, I am Nuwan, engineer in a workshop in Qinhuangdao that services inflatable life jackets and "
      "liferafts for ferries and fishing boats. Last week we purchased one ECS from Alibaba Cloud for our service "
      "records. Now my boss is asking me do we need ICP filing because we have the ECS. Can you tell?",
      "Let me give the details: our domain qhd-liferaft.com already has its DNS A record pointing to this ECS, the "
      "ECS is in the Beijing region so it is inside mainland China, and on it we will run our public website where "
      "ferry companies check inspection due dates."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # Xining greenhouse builder; web service stated; generic "nope": Hetzner in Helsinki
    (["Evening. We build polytunnels and glass greenhouses around Xining (high altitude, the UV eats cheap plastic "
      "in two seasons, long story). We're launching a proper website with a project gallery and a quote form, so "
      "a web service is definitely going live. Does our domain name need an ICP filing for that?",
      "nope, the site lives on a Hetzner box in Helsinki and the domain points there, not to China"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # Lianyungang outboard motor repair, Kazakh voice; reply: no DNS record for the ECS, IP only
    (["Hello. My workshop in Lianyungang repairs outboard motors, mostly Yamaha and Suzuki, for fishermen and a few "
      "hobby boats. My cousin helped me buy Alibaba Cloud ECS to keep the spare-part stock and repair tickets, it is "
      "running since October. Is ICP Filing required if I purchase ECS like this? I don't want trouble with police.",
      "About the domain: we have none pointed at that ECS. My cousin did not make any DNS record for it, we open the "
      "stock system by typing the IP address in the browser, and that's how it will stay."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # Dalian fencing contractor, lowercase; top domain filed with Alibaba Cloud
    (["hi! fencing contractor in Dalian here: chain link, palisade, the odd electric fence for a cattle farm. our "
      "top-level domain dlfencing.cn was filed with Alibaba Cloud ages ago and the ICP number sits in the footer. we "
      "want to add gates.dlfencing.cn for an automatic-gates product line. does that second-level domain need its "
      "own ICP filing"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # Nantong event staffing agency, Moldovan voice; exhibition-centre hearsay; reply: number via China Mobile ecloud
    (["Good morning, I am Ion from an event staffing agency in Nantong, we give hostesses, ushers and security "
      "stewards for exhibitions and concerts. We want to make a subdomain jobs.<our main domain> for candidates to "
      "apply. Somebody at the exhibition center said a second-level domain always needs separate filing. Is ICP "
      "filing required for second-level domain names?",
      "Our main domain has an ICP number, that part is sure, but the filing was made by China Mobile's cloud "
      "(ecloud) when we had our first server, not by Alibaba Cloud."],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # Huzhou koi and aquarium shop; reply: parent domain never filed, points at an overseas Shopify store
    (["Hey there, I run a koi and aquarium shop in Huzhou: ponds, filters, the occasional very expensive fish. "
      "Thinking of spinning up care.huzhoukoi.com as a second-level domain for a fish care guide. Does a subdomain "
      "like that require an ICP filing or is it covered by the parent?",
      "Looked into it: the parent domain has no ICP number. It's always pointed at our Shopify store overseas, "
      "never filed."],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # Zhuzhou fireworks display team, Estonian voice; two colleagues disagree; generic "nope" reply
    (["Hello. We are a small team in Zhuzhou who design fireworks displays for city festivals and weddings, all "
      "licensed, don't worry. One colleague says the Alibaba Cloud ICP filing only matters when you buy ECS "
      "instances from you, the other colleague says it is for everyone who has an Alibaba Cloud account. Who is "
      "right? How is the Alibaba Cloud ICP filing tied to buying ECS?",
      "nope, we haven't bought any ECS, the account only has a domain and an SMS package, and none is planned"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # Shiyan septic tank pumping; friend's "no ECS, no filing" hearsay; they did buy an ECS
    (["Hello, weird one maybe. We pump septic tanks and clear drains for villages around Shiyan, glamorous, I know. "
      "A friend told me that if you don't purchase any ECS instances you don't need an Alibaba Cloud ICP filing at "
      "all. Problem is we did buy an ECS instance from Alibaba Cloud in January for our truck dispatch system. So "
      "does the 'no ECS, no filing' thing still apply to us or not?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # Yichang funeral livestreaming business; two short generic replies fit either asking order
    (["Hi! Two of us run a small business in Yichang streaming funerals and memorial services for relatives who "
      "live abroad (sad niche, but there's demand). We're about to put up a website for it. Under what conditions "
      "is the initial ICP filing required? I want to know before we go live, not after.",
      "nope, never happened, this would be our first go at it",
      "no, that one neither, clean slate"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # Jingzhou landscaping company, Guatemalan voice; company filed in 2020, new domain never filed
    (["Hi, good afternoon. Our landscaping company in Jingzhou (we plant gardens for villas and hotel courtyards) "
      "did ICP filing already in 2020 with our old domain, so the company itself is filed. Now we register new "
      "domain jz-gardens.com.cn for our new roof garden service, and this domain never had filing. Under what "
      "conditions is the initial ICP filing required, is it for us?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # Sanya scuba regulator servicing; transfer from Qiniu Cloud
    (["Hey, we service scuba regulators and fill tanks for dive shops in Sanya. Our company and domain were filed "
      "through Qiniu Cloud, but we're moving everything over to Alibaba Cloud and want to transfer the existing ICP "
      "filing (company and domain) from Qiniu to Alibaba Cloud rather than start from zero. Is an ICP filing "
      "required for that, and what kind?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # Hengyang guard dog breeder, slightly non-native; reply: staying with Volcano Engine, no second provider
    (["Good day. We breed and train guard dogs in Hengyang, German shepherds mostly, for factories and farms. I read "
      "on your page about 'transfer' and 'add Alibaba Cloud as new provider', and I am confused what is for who. In "
      "which conditions is ICP filing required like that? Sorry for the simple question.",
      "Our filing is at Volcano Engine and we keep it there. Moving it, or adding you as a second provider: neither "
      "is planned, I only wanted to understand."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # Taizhou (Jiangsu) boat trailer maker, lowercase; subject filed via West Digital, new site on a new ECS
    (["hi, we make boat trailers in Taizhou (the Jiangsu one, not Zhejiang). the company got its ICP filing via "
      "West Digital years back. now we're launching a new site on a brand-new domain and have just bought an "
      "Alibaba Cloud ECS to host it. do we need to add a website ICP filing for the new domain on alibaba cloud"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # Yibin pet grooming salons, Lao voice; husband bought the ECS; reply: company filed with Alibaba Cloud
    (["Hello, I own 3 pet grooming salon in Yibin (bath, haircut for poodle, nail cutting, very busy on weekend). We "
      "want new website with new domain for online booking, and my husband already bought Alibaba Cloud ECS, the "
      "new website will be on this ECS. When we need to add website ICP filing?",
      "About our company: it was filed with Alibaba Cloud in 2021, when we made the first website."],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # Quanzhou mooring buoy maker; subject filed with Alibaba Cloud, new fender site on an ECS bought last week
    (["Hello! We manufacture mooring buoys and dock fenders in Quanzhou. The company has been filed with Alibaba "
      "Cloud since 2020 (our main site's number came from there). Next month we're launching a separate website on "
      "a new domain for the dock fender range, and it'll be hosted on an ECS we bought from you last week. Is a "
      "website ICP filing needed for that one?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # Datong cemetery management, Uzbek voice; reply: new memorial site goes on Netlify, not an ECS
    (["Hello. I work for cemetery management company in Datong, we sell plots and do the maintenance, cleaning of "
      "graves before Qingming. Our company filing is with Alibaba Cloud. Now we make one more website for online "
      "memorial, with new domain. Do we need to add website ICP filing?",
      "The memorial site will be hosted on Netlify, it is not going on any ECS instance."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # Liuzhou pet taxi; landlord-turned-accountant aside; reply: renamed business, title changed
    (["hey, I run a pet taxi in Liuzhou (vet trips, airport runs for cats flying off to their new homes, etc). our "
      "website's ICP filing number came from Alibaba Cloud. when does the ICP filing need to be changed? got a "
      "message from my landlord-turned-accountant saying something about it",
      "What I actually want: we renamed the business from Liuzhou PetCab to PawRide and the website title changed "
      "too, so that info on the filing needs updating."],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # Leshan stage lighting rental, Lithuanian voice; number from China Unicom's cloud, address to modify
    (["Hello, we rent stage lights and LED walls for events in Leshan. Our ICP number is not from Alibaba Cloud, it "
      "was issued when we went with China Unicom's cloud, and the site is still there. But we moved office, so we "
      "want to modify the address in the filing information. Do we change the ICP filing in the Alibaba Cloud "
      "platform?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # no_match: ApsaraMQ for RocketMQ duplicate deliveries
    (["Hi, we use ApsaraMQ for RocketMQ for order events and since Tuesday our consumer group receives some messages "
      "two or three times, same message ID, a few seconds apart. Consumption returns success every time as far as "
      "we can see in the logs. Is this expected at-least-once behaviour, or is something off with our offset "
      "commit? Java client 5.0.5."],
     [{}], [], "no_match"),
    # no_match: DataWorks scheduled node not triggering
    (["Hello, a DataWorks scheduled node that should run daily at 00:30 didn't trigger last night or the night "
      "before; the upstream node finished fine at 00:10. The node shows 'not running' and the scheduling config "
      "hasn't changed since last month. Where should I look first? Running it by hand works fine."],
     [{}], [], "no_match"),
]

ZH_A = [
    # 自贡彩灯厂；回复：域名已解析，香港地域，放官网
    (["你好，我们是自贡做彩灯的小厂，每年灯会前都忙疯了。上个月老板在阿里云买了一台ECS，说要搞个线上展厅。请问买了ECS就一定要做ICP备案吗？",
      "刚问了管电脑的小刘：域名zglantern.com已经解析到这台ECS了，地域选的是香港，不在内地，上面准备跑我们的官网和在线询价。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 个旧锡器；朋友圈传言；回复：DNS里没有指向它的记录
    (["在吗？个旧这边做锡酒壶、锡摆件的。我们去年在阿里云买了ECS，装了个进销存系统。朋友圈有人讲买了阿里云服务器不备案会被封，真的假的？ECS要不要做ICP备案？",
      "这台ECS上面没挂任何域名，DNS里也找不到指向它的记录，员工都是输IP进系统。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 惠安石雕墓碑厂；同行传言；回复：主域名备案在美橙互联
    (["你好，我们惠安做石雕和墓碑的，工厂开了二十多年。最近想给海外客户单独弄个二级域名，类似 en.xxx.com 这种，专门放英文产品图册。听同行讲二级域名也得重新备案，有点懵。二级域名到底要不要做ICP备案？",
      "翻了下老合同，主站那个顶级域名有备案号，是2017年托美橙互联代办的，阿里云那边从来没经手过。"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 鹤庆银器；主域名从没有备案号
    (["老板你好（哈哈叫习惯了）。我们是鹤庆新华村打银器的，手镯、银壶都做。现在打算在主域名下面开个二级域名 shop.heqingsilver.cn 卖货，可主域名本身一直没有ICP备案号，从来没办过。这种情况二级域名需要备案吗？"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 亳州中药材批发；网店在有赞，域名在阿里云，一台ECS都没买
    (["您好，我们在亳州做中药材批发（白芍、亳菊这些），网店开在有赞上，域名是在阿里云注册的。ECS我们一台都没买，以后也用不上。请问不买ECS的话，还要做阿里云的ICP备案吗？同事说域名在阿里云就得备案，我不太信。"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 仙桃无纺布；主体没备过；回复：域名上礼拜刚注册
    (["你好，仙桃做无纺布卷材的。我们公司这个主体以前从来没做过ICP备案，现在想上个官网，首次备案一般什么情况下要办？",
      "域名是上礼拜刚注册的 xtnonwoven.com，从注册到现在也没人拿它备过案。"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 抚松人参；备案在景安网络，不转不加
    (["你好，我是抚松做人参和林下参的，公司和网站的ICP备案一直在景安网络，用着挺顺手。看到你们讲转入备案、新增接入商什么的，我们既不打算把备案转到阿里云，也不打算加阿里云当接入商，就想问下这种情况需不需要办ICP备案？"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 五常大米；主体在阿里云备过；回复：新域名新站放刚买的ECS
    (["你好，五常这边卖稻花香大米的，秋收刚忙完。我们公司作为主体，前年就已经在阿里云把备案办下来了。老板现在又想搞个新站卖礼盒装，这种算不算要新增网站备案？",
      "礼盒那个站另外注册了新域名，程序部署在我们上周下单的阿里云ECS里。"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 文昌椰雕；备案号在阿里云，法人和负责人电话要改
    (["您好，文昌做椰雕工艺品的。我们网站的ICP备案号是在阿里云办的，现在公司法人换了，网站负责人电话也变了，想把备案信息改一下，需要做变更备案吗？"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # no_match：增值税专票抬头开错
    (["你好，上个月开的增值税专用发票抬头开错了，公司名称少了一个字，财务那边没法报销，能作废重开吗？要走什么流程？纸质的已经寄出来了。"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 浏阳烟花；技术小哥帮买的ECS；回复：深圳地域，官网和订货页面
    (["hello，浏阳这边做烟花鞭炮的，主要是出口和庆典燃放。技术小哥帮我们在阿里云买了台ECS，我想问下买了ECS但不清楚域名那块咋弄，要不要做ICP备案？",
      "问清楚了：域名lyfireworks.cn已经解析到这台ECS，ECS地域选的深圳，在中国内地，上面马上要上线我们的官网和订货页面。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 容县沙田柚合作社；ECS只存监控和出货单，没绑域名
    (["你好，我们是容县种沙田柚的合作社，去年买了一台阿里云ECS，专门拿来存果园的监控录像和出货单。这台ECS没有绑定任何域名，也没做过解析，平时就用IP访问。这种情况用不用做ICP备案？"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 互助青稞酒；隔壁小伙传言；回复：顶级域名在阿里云备的案
    (["你好！我们在青海互助做青稞酒，想给新出的礼盒系列单独开个二级域名，gift.开头的那种。听酒厂隔壁的小伙说二级域名得重新走一遍备案流程，要等好几周。二级域名需要做ICP备案吗？",
      "顶级域名当年就是在阿里云备的案，备案号现在还挂在官网底部。"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 邵东打火机；回复：年初买了两台ECS
    (["你好，邵东做打火机和小五金的。想问一下，是不是只有买了ECS的才需要做阿里云ICP备案？",
      "我们年初就已经买了两台阿里云ECS，在跑订单系统。"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 曹县木制猫爬架；公司新注册没备过，二手域名之前备过
    (["你好，曹县做木制猫爬架和宠物窝的，公司是今年新注册的，从来没做过备案。域名是从一个老板手里买的二手域名，他之前已经备过案。首次备案是啥情况下要办？我们算不算？"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # 寿光大棚骨架；从时代互联整体转到阿里云
    (["你好，寿光做蔬菜大棚骨架和卷膜器的。我们公司和域名的备案现在在时代互联，想整个转到阿里云来，请问这种情况需要办ICP备案吗？"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 延吉辣白菜；主体在帝恩思备过；回复：新域名新站放刚下单的ECS
    (["你好，延吉做朝鲜族辣白菜和打糕的。我们公司主体在帝恩思那边已经备过案了。现在想做个新网站专门卖礼盒，啥情况下要新增网站备案？",
      "卖礼盒的站打算配个新域名，架在外甥这周帮忙付款的那台阿里云ECS里头。"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 罗平蜂蜜；主体在商务中国备过；新站放微店，不买ECS
    (["你好，罗平卖油菜花蜂蜜的。公司主体是在商务中国备过案的。现在要开个新网站，打算直接放在微店上，不买ECS，也不会放到任何ECS上。需要新增网站备案吗？"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 安顺蜡染；想改负责人电话；回复：备案号在中国数据办的
    (["安顺做蜡染布的，想把备案里的网站负责人和电话改一下，啥情况下要变更备案？",
      "我们的备案号是在中国数据那边办下来的，阿里云这边没有备案号。"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # no_match：云数据库Redis内存打满
    (["你好，我们用的云数据库Redis最近内存一直打满，淘汰策略设的是volatile-lru，可key好像没怎么被淘汰，写入一直报OOM。该怎么排查？"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 53053007), ("en_b", EN_B, 53053019),
         ("zh_a", ZH_A, 53053031), ("zh_b", ZH_B, 53053049)]


# ---------------------------------------------------------------- checks
errors = []


def err(msg):
    errors.append(msg)


def parse_contract():
    text = open(CONTRACT, encoding="utf-8").read()
    sec_ids = set(re.findall(r"^\| (section_\w+) \|", text, re.M))
    facts = {}
    for m in re.finditer(r"^\| (\w+) \| ([a-z /]+) \|", text, re.M):
        if m.group(1) in ("fact", "id"):
            continue
        facts[m.group(1)] = [v.strip() for v in m.group(2).split("/")]
    rules_part = text.split("## Rules", 1)[1].split("## ", 1)[0]
    sentences = set(re.findall(r'"([^"]+)"', rules_part))
    return sec_ids, facts, sentences


def check_contract(sec_ids, facts, sentences):
    seed = open(SEED, encoding="utf-8").read()
    for s, full in SEC.items():
        if full not in sec_ids:
            err(f"section id {full} not in contract")
        if "{#" + full + " " not in seed:
            err(f"section id {full} not an anchor in seed")
    if set(RULES.values()) != sentences:
        err("RULES differ from the contract's quoted rule sentences")
    if len(sentences) != 11:
        err(f"contract has {len(sentences)} quoted sentences, expected 11")
    for k, s in RULES.items():
        if s not in seed:
            err(f"rule {k} not verbatim in seed")
    for sec, fl in SEC_FACTS.items():
        for f in fl:
            if f not in facts:
                err(f"fact {f} not in contract")


def determined(sec, known, eager):
    unknown = [f for f in SEC_FACTS[sec] if f not in known]
    if not unknown:
        return full_outcome(sec, known)
    if not eager:
        return UNDET
    outs = set()
    for combo in itertools.product(*[FACT_VALUES[f] for f in unknown]):
        k = dict(known)
        k.update(zip(unknown, combo))
        outs.add(full_outcome(sec, k))
    return outs.pop() if len(outs) == 1 else UNDET


def run(sec, known, i, tf, eager, depth=0):
    res = determined(sec, known, eager)
    if res == HANDOVER:
        return run("kbw", known, i, tf, eager, depth + 1)
    if res != UNDET:
        return [("end", res, i)]
    out = []
    for f in [f for f in SEC_FACTS[sec] if f not in known]:
        if i >= len(tf):
            out.append(("fail", f"{sec}: no turn left to answer {f}"))
            continue
        if "_any" in tf[i]:
            # a generic reply ("nope, never") answers whichever yes/no fact is asked
            if tf[i]["_any"] not in FACT_VALUES[f] or set(FACT_VALUES[f]) != {"yes", "no"}:
                out.append(("fail", f"{sec}: generic reply in turn {i} cannot answer {f}"))
                continue
            k2 = dict(known)
            k2[f] = tf[i]["_any"]
            out += run(sec, k2, i + 1, tf, eager, depth + 1)
            continue
        if f not in tf[i]:
            out.append(("fail", f"{sec}: turn {i} does not state {f}"))
            continue
        k2 = dict(known)
        k2.update(tf[i])
        out += run(sec, k2, i + 1, tf, eager, depth + 1)
    return out


def check_dialogue(name, idx, d):
    turns, tf, starts, expect = d
    tag = f"{name}#{idx}"
    if len(turns) != len(tf):
        err(f"{tag}: {len(turns)} turns but {len(tf)} fact dicts")
    for t in turns:
        if not isinstance(t, str) or not t.strip():
            err(f"{tag}: empty turn")
    for fd in tf:
        for f, v in fd.items():
            if f == "_any":
                if v not in ("yes", "no") or len(fd) != 1:
                    err(f"{tag}: bad generic reply {fd}")
                continue
            if f not in FACT_VALUES:
                err(f"{tag}: unknown fact {f}")
            elif v not in FACT_VALUES[f]:
                err(f"{tag}: bad value {f}={v}")
    if len(turns) > 2 and not all("_any" in fd for fd in tf[1:]):
        err(f"{tag}: more than one follow-up turn, and not all replies are generic (any asking order must fit)")
    if len(turns) > 3:
        err(f"{tag}: more than three turns")
    if expect == "no_match":
        if len(turns) != 1 or starts or any(tf):
            err(f"{tag}: no_match must be one turn without facts")
        return
    if not starts:
        err(f"{tag}: no start section")
    for st in starts:
        for eager in (True, False):
            for r in run(st, dict(tf[0]), 1, tf, eager):
                if r[0] == "fail":
                    err(f"{tag}: start {st} eager={eager}: {r[1]}")
                elif r[1] != expect:
                    err(f"{tag}: start {st} eager={eager}: ends in {r[1]}, expected {expect}")
                elif r[2] != len(turns):
                    err(f"{tag}: start {st} eager={eager}: uses {r[2]} of {len(turns)} turns")


def to_json(d):
    turns, _, _, expect = d
    if expect == "no_match":
        e = {"type": "no_match"}
    else:
        sec, rk = expect
        e = {"type": "answer", "section": SEC[sec], "rule": RULES[rk] if rk else None}
    return {"turns": turns, "expect": e}


def outcome_key(expect):
    if expect == "no_match":
        return "no_match"
    sec, rk = expect
    return rk if rk else sec + " -"


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def similar(a, b):
    if a == b:
        return True
    sm = difflib.SequenceMatcher(None, a, b)
    return sm.real_quick_ratio() >= 0.8 and sm.quick_ratio() >= 0.8 and sm.ratio() >= 0.8


def prior_turns():
    out = []
    paths = set()
    for g in PRIOR_GLOBS:
        paths.update(p for p in glob.glob(g, recursive=True)
                     if not os.path.abspath(p).startswith(HERE + os.sep))
    for p in sorted(paths):
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue
                ts = obj.get("turns")
                if ts is None:
                    ts = [v for k, v in obj.items() if isinstance(v, str) and k in ("question", "q", "text", "message")]
                for t in ts:
                    if isinstance(t, str):
                        out.append(norm(t))
    return len(paths), out


TRAD = set("們這還備買網時對沒說個來為與號務機雲轉變資請須嗎麼從後當內點讓經閱應該")
CJK = re.compile(r"[\u4e00-\u9fff]")


def main():
    global FACT_VALUES
    sec_ids, facts, sentences = parse_contract()
    FACT_VALUES = facts
    check_contract(sec_ids, facts, sentences)

    for name, ds, _ in FILES:
        for i, d in enumerate(ds):
            check_dialogue(name, i, d)

    # counts and coverage
    all_rules = set(RULES)
    for name, ds, _ in FILES:
        n_ans = sum(1 for d in ds if d[3] != "no_match")
        n_nm = len(ds) - n_ans
        want = (20, 18, 2) if name.startswith("en") else (10, 9, 1)
        if (len(ds), n_ans, n_nm) != want:
            err(f"{name}: counts {(len(ds), n_ans, n_nm)} != {want}")
        if name.startswith("en"):
            rules = {d[3][1] for d in ds if d[3] != "no_match" and d[3][1]}
            oth = {d[3][0] for d in ds if d[3] != "no_match" and not d[3][1]}
            if rules != all_rules:
                err(f"{name}: missing rules {sorted(all_rules - rules)}")
            if oth != set(OTHERWISE):
                err(f"{name}: otherwise coverage {sorted(oth)} != {OTHERWISE}")
        else:
            for d in ds:
                for t in d[0]:
                    if not CJK.search(t):
                        err(f"{name}: turn without Chinese: {t}")
                    bad = TRAD & set(t)
                    if bad:
                        err(f"{name}: traditional characters {''.join(sorted(bad))} in: {t}")
    zh = ZH_A + ZH_B
    zr = {d[3][1] for d in zh if d[3] != "no_match" and d[3][1]}
    zo = {d[3][0] for d in zh if d[3] != "no_match" and not d[3][1]}
    if zr != all_rules:
        err(f"zh: missing rules {sorted(all_rules - zr)}")
    if zo != set(OTHERWISE):
        err(f"zh: missing otherwise {sorted(set(OTHERWISE) - zo)}")

    # repeats: within this set and against earlier sets
    mine = [(name, t) for name, ds, _ in FILES for d in ds for t in d[0]]
    for a in range(len(mine)):
        for b in range(a + 1, len(mine)):
            if similar(norm(mine[a][1]), norm(mine[b][1])):
                err(f"repeat inside this set: {mine[a][1]!r} ~ {mine[b][1]!r}")
    n_files, prior = prior_turns()
    if n_files == 0 or not prior:
        err("no earlier sets found")
    hits = 0
    for name, t in mine:
        nt = norm(t)
        if any(similar(nt, p) for p in prior):
            hits += 1
            err(f"{name}: this turn repeats or nearly repeats an earlier set's turn: {t!r}")

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)

    # write files (fixed shuffle), then re-read and validate JSON
    for name, ds, seed in FILES:
        lines = [json.dumps(to_json(d), ensure_ascii=False) for d in ds]
        random.Random(seed).shuffle(lines)
        path = os.path.join(HERE, name + ".jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        with open(path, encoding="utf-8") as fh:
            for ln in fh:
                obj = json.loads(ln)
                assert set(obj) == {"turns", "expect"}
                e = obj["expect"]
                assert e["type"] in ("answer", "no_match")
                if e["type"] == "answer":
                    assert e["section"] in sec_ids
                    assert e["rule"] is None or e["rule"] in sentences

    # report
    print(f"checked {len(mine)} turns against {len(prior)} earlier turns in {n_files} files: 0 repeats")
    order = ["kbw", "kbw -", "un3", "fvv_alibaba", "fvv_other", "fvv_none", "x3g", "x3g -", "omc", "omc -",
             "srs", "srs -", "b24_other", "b24_alibaba", "b24 -", "fyg", "fyg -", "no_match"]
    names = [n for n, _, _ in FILES]
    print("| outcome | " + " | ".join(names) + " | total |")
    print("|---" * (len(names) + 2) + "|")
    for k in order:
        row = [sum(1 for d in ds if outcome_key(d[3]) == k) for _, ds, _ in FILES]
        print(f"| {k} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    for name, ds, _ in FILES:
        lens = {}
        for d in ds:
            lens[len(d[0])] = lens.get(len(d[0]), 0) + 1
        via = sum(1 for d in ds if d[2][:1] == ["un3"] and d[3] != "no_match" and d[3][0] == "kbw")
        print(f"{name}: {len(ds)} lines, turns per dialogue {dict(sorted(lens.items()))}, kbw via un3: {via}")
    print("OK")


if __name__ == "__main__":
    main()
