#!/usr/bin/env python3
"""Build the icp_dlg57 blind dialogue set (fifty-seventh writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg55_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # Romanian watch-strap seller, two ECS in cn-shenzhen, A record set, web shop next Monday; cousin's hearsay
    (["Bună ziua! I'm Andrei, I sell handmade watch straps (mostly for vintage Seiko and Omega, if anyone cares lol) "
      "and all my suppliers are in Shenzhen, so I decided to run the shop from the China side too. Last week I purchased "
      "two ECS instances in the cn-shenzhen region, and yesterday I added an A record so straplab-ro.com resolves to the "
      "first one. Next Monday we switch on the web shop there, customers will browse and pay on it. My cousin in Cluj "
      "insists that foreigners with a .com never need any paperwork in China, but he also thought smartphones were a fad "
      "in 2008 so... Do I need an ICP Filing for this domain or not?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # Norwegian umbrella importer, ECS bought in March; follow-up: domain on the ECS, Singapore region, public catalogue
    (["Hei. We are a small company in Bergen importing windproof umbrellas (Bergen has something like 240 rain days a "
      "year, so good business for us). A colleague purchased Alibaba Cloud ECS instances for us in March and I am trying "
      "to understand the rules before we do anything more with them. What decides if ICP Filing is needed when you have "
      "ECS instances? Does it depend on domain names somehow? Sorry if basic, normally I run the warehouse, not IT.",
     "Asked Sindre now. Our domain stormparaply.no does point to the ECS with an A record, the instance sits in the "
     "Singapore region, and it runs our public online catalogue for dealers."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # Harbin lift maintenance firm, controllers talk to two ECS by IP, no domain resolved to them
    (["Good afternoon, I write for Songhua Lift Service in Harbin, we maintain about 1,400 passenger elevators and some "
      "escalators in shopping malls. Since last winter the controllers send fault codes (door sensor, overspeed governor "
      "and so on) to two ECS instances which we purchased in Alibaba Cloud. The technicians' tablets and the controllers "
      "all connect to the public IP directly, there is no domain name resolved to these ECS, not now and not planned, we "
      "don't even own a domain for this system. Our property management client from Daqing asked if we are 'illegal' "
      "without ICP and now my manager is nervous. Is ICP filing required in this case? Thank you very much, we are "
      "waiting your reply before the audit on Friday."],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # Sri Lankan scale calibration lab, one ECS for the Zhengzhou branch; follow-up: generic "nope"
    (["Ayubowan, this is Nadeesha from a weighing scale calibration lab, our clients are mostly in Colombo and now we "
      "also have a branch in Zhengzhou. For the Zhengzhou side we purchased one ECS instance, it keeps the database of "
      "calibration certificates (truck scales, lab balances, everything). Is ICP filing needed because we have ECS? "
      "what is the rule exactly... our Chinese partner mentioned something on a call, I did not understand fully",
     "nope, nothing like that, staff just type the IP address and port 8443 into the browser"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # Scottish artificial Christmas tree wholesaler, trade.festivebranch.cn; follow-up: main domain filed with Alibaba
    (["hiya, Callum here, we do artificial christmas trees and light-up reindeer for shopping centres (yes we're busy in "
      "June, it's always christmas in this trade). festivebranch.cn is our main site and marketing want "
      "trade.festivebranch.cn for the wholesale price lists. does a second-level domain like that need its own ICP "
      "filing or is it covered?? our agency in Glasgow says every subdomain needs one but they say a lot of things",
     "checked with Mei who does our China admin: festivebranch.cn itself was filed with Alibaba Cloud, the ICP number "
     "sits in our Alibaba account since 2022"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # Mexican folding-fan brand, top domain has an ICP number from Xinnet, wants outlet subdomain on Alibaba Cloud
    (["Hola, I'm Ximena from a brand of folding hand fans (sandalwood and painted silk, our workshop partner is in "
      "Fuzhou). Our top-level domain abanicoluna.com.cn has an ICP number already, but that filing was done through "
      "Xinnet years ago, it was never Alibaba Cloud. Now we want to put outlet.abanicoluna.com.cn on Alibaba Cloud for "
      "the clearance sales. Does this second-level domain need an ICP Filing? Perdón for my english, I write fast "
      "between two meetings."],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # Kazakh vending-machine operator, pay.qarvend.cn; follow-up: main domain has no ICP number
    (["Sälem! We operate vending machines in metro stations (Almaty first, and now Urumqi also). I need a second-level "
      "domain pay.qarvend.cn for the QR payment landing page that people see after scanning the sticker on the "
      "machine. Question: is ICP Filing needed for second level domain names, or it depends on something?",
     "The qarvend.cn itself has no ICP number at all, we registered it only in April and nobody applied for anything yet."],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # Lebanese hammock maker on Squarespace, no ECS purchased or planned; friend's hearsay
    (["Marhaba, I'm Rami, I make macramé hammocks and hanging chairs, small workshop, three people and a cat. A "
      "distributor in Xiamen wants us to have a Chinese-language site, and a friend from Beirut told me 'Alibaba Cloud "
      "forces ICP on everyone who sells to China'. Our site is on Squarespace. I have not purchased any ECS instances "
      "from Alibaba Cloud and I don't plan to. Is an Alibaba Cloud ICP Filing required for me then?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # Danish wallpaper studio asks about "no ECS"; follow-up correction: partner bought two ECS
    (["Hej! Quick question from a wallpaper studio in Aarhus (we design botanical patterns, lots of ferns lately). Is "
      "an Alibaba Cloud ICP filing still required if a company does not purchase ECS instances? Trying to figure out "
      "what exactly we signed up for over there.",
     "Correction from my side, sorry: just looked at the order list, Mikkel actually bought two ECS instances on the 3rd, "
     "so we do have them after all"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # Colombian massage-chair operator opening in Changsha: new company and new domain, neither ever filed
    (["Buenas tardes. I'm Camilo, we place coin-operated massage chairs in cinemas and airports, started in Medellín "
      "and now opening in Changsha with a local partner. Our Changsha company was registered only this spring and it "
      "never did any ICP Filing, and the domain relaxcoin.cn we bought two weeks ago, so no ICP filing ever for it "
      "either. What do we need first? Do we have to do the initial ICP Filing before we turn on the service?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # Welsh raincoat maker in Jiaxing, brand-new domain never filed; follow-up: company filed in 2020
    (["Shwmae, Gareth here. We make waxed-cotton raincoats and just opened a small office in Jiaxing. Bought a fresh "
      "domain, drizzlewear.cn, nobody ever filed it, it's brand new. When is the initial ICP filing required? Do we "
      "need it before launching? Our launch party is already booked, which in hindsight was optimistic.",
     "About the company: our Jiaxing entity already went through ICP Filing back in 2020 for the old factory page, so the "
     "subject was filed before."],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # Georgian escalator spare-parts trader keeps Ctyun and adds Alibaba Cloud as a second provider
    (["Gamarjoba, I'm Nino from an escalator spare parts trader (step chains, handrails, comb plates, boring stuff but "
      "it pays). The ICP Filing of our company and domain is with China Telecom's Ctyun and we are happy there, we "
      "don't move away. But part of the website now will be served from Alibaba Cloud, so we want to add Alibaba Cloud "
      "as an additional ICP Filing provider of the site, keeping Ctyun as well. Is a filing application needed for this?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # Uzbek watch repair shop in Urumqi, filed with JD Cloud; follow-up: neither transfer nor add
    (["Assalomu alaykum. My watch repair shop in Urumqi (we also sell second hand Soviet watches, Pobeda, Raketa, "
      "tourists love them) has ICP Filing for the company and domain, done with JD Cloud some years ago. In which "
      "conditions do I need to apply ICP filing again for Alibaba Cloud?",
     "Neither moving nor adding. Everything stays at JD Cloud, I only ask for the future because my nephew keeps asking me"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # Tanzanian lantern exporter, subject filed with UCloud; follow-up: buying ECS, new domain site goes on it
    (["Habari, I'm Baraka. We export paper lanterns and festival lights from Zigong to East Africa (Diwali and Christmas "
      "season is crazy every year). Our company, so the filing subject, was filed with UCloud when we made our first "
      "site. Now we have a second brand and a new domain, zigonglights-africa.com. When do I need to add a website ICP "
      "Filing? Sorry the question is long, my Swahili would be shorter",
     "We are purchasing the ECS instances right now, and the new domain's site will be hosted on one of them."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # New Zealand silk-flower company, subject filed with Alibaba Cloud, new ECS hosts a new-domain site; WeChat hearsay
    (["Kia ora! Hannah from a silk-flower company, we do fake peonies and hydrangea arrangements for hotel lobbies. Our "
      "company was ICP filed with Alibaba Cloud in 2021 (that was for our first site). We've just purchased a new ECS "
      "instance and we're launching a second brand with a new domain, and the new website will be hosted on that ECS. "
      "Someone in a WeChat group said every new site needs a completely fresh filing from zero, is that right? What do "
      "I need to apply for?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # Bulgarian scale dealer, subject filed with Kingsoft Cloud, new site on Wix, no ECS at all
    (["Zdraveite, Petar here, we are dealer of industrial platform scales and crane scales. Our company is filed with "
      "Kingsoft Cloud, the ICP filing subject is there. Now we make a new site for a new product line, but it will be "
      "hosted on Wix, we did not purchase any ECS at Alibaba and the new site is not going on any ECS. Do I need to add "
      "a website ICP Filing in Alibaba Cloud?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # Moroccan luggage brand with an Alibaba Cloud ICP number, moved office and changed the person in charge
    (["Bonjour, Youssef here. Our luggage brand (cabin trolleys, duffel bags) has a website with an ICP Filing number "
      "from Alibaba Cloud, since 2020. We moved the office from Xiamen to Quanzhou last month so the address of the "
      "filing subject is wrong now, and the person in charge of the website also changed, so we want to modify this "
      "information. What do we need to do, and where?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # Icelandic cuckoo-clock seller wants to update contact info; follow-up: generic "nope"
    (["Góðan daginn. We sell cuckoo clocks and wall clocks online to Chinese buyers (strange, I know, but they love "
      "the carved wooden ones). Our phone number and contact person changed, so we want to update this in our ICP "
      "filing. When does an ICP filing need to be changed, and where do I do it?",
     "nope, don't think we have that. the web agency in Reykjavik sorted our number and Alibaba was never involved"],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # no_match: OSS lifecycle rule not deleting objects
    (["Hi, we keep product photos of ceiling fans in an OSS bucket and on 1 May I set a lifecycle rule to delete "
      "objects older than 90 days under the prefix tmp/. Today is 2 June and the old files under tmp/ are still there, "
      "and the storage bill keeps going up. Is there a delay before lifecycle rules run, or did I mess up the prefix? "
      "The rule status shows Enabled."],
     [{}], [], "no_match"),
    # no_match: RAM user lost the phone bound to MFA
    (["Urgent-ish: one of our RAM users (the intern's account) had MFA bound to a phone that got stolen on the tram in "
      "Lisbon. Now he can't log in to the console at all. I'm the main account holder. How do I unbind the virtual MFA "
      "device for a RAM user so he can set it up again on his new phone? I don't want to delete the user because of "
      "all the AccessKey stuff attached to it."],
     [{}], [], "no_match"),
]

EN_B = [
    # Serbian rubber-boot maker bought ECS on the distributor's advice; follow-up: A record, Nanjing region, web shop
    (["Zdravo! Milica from a company making rubber boots and garden clogs. We bought ECS instances from Alibaba Cloud "
      "two weeks ago because our Chinese distributor said it is 'faster for the customers'. Now a guy at a trade fair "
      "told me ICP is needed for every ECS. Is it really needed because we bought ECS, or does it depend on domain "
      "names and how they are used?",
      "So: bootyard.cn points with an A record to that ECS, the region we picked is Nanjing (China East 5), and from "
      "next week it runs our public web shop."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # Canadian kite shop launching a web store; follow-up: generic "nope" (not mainland, server in Montreal)
    (["hey, quick one from a kite shop in Halifax. we sell stunt kites and those giant octopus show kites, and we're "
      "launching an online store for chinese kite fans on a new domain, normal web shop with a checkout. is ICP filing "
      "required for domain names?? my buddy says any .cn means ICP but he also says a lot",
      "nope, nothing in mainland china, the store runs on an OVH server in Montreal"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # Lithuanian mosquito-net maker, ECS in Qingdao region for ERP sync; follow-up: no domain resolved, IP only
    (["Labas, I am Rūta, production manager at a company making mosquito nets and window insect screens. Our IT "
      "contractor purchased an ECS instance in the Alibaba Cloud Qingdao region for the ERP sync with our partner "
      "factory in Rizhao. Is ICP Filing required for this ECS, and what decides it?",
      "There is no domain name resolved to that ECS, the ERP connects by IP only, and nobody plans to add one."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # Jamaican door-mat business in Huizhou, main domain filed with Alibaba Cloud, wants shop subdomain
    (["Wah gwaan. Devon here, I run a door mat and anti-fatigue mat business out of Huizhou. Our main domain "
      "matsmart.cn was filed with Alibaba Cloud, we've had the Alibaba ICP number on it since 2021. I want to add "
      "shop.matsmart.cn for retail buyers. Does that second-level domain need its own ICP filing, or am I good?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # Peruvian bike-bell brand, promo subdomain; follow-up: top domain's ICP number came from West.cn
    (["Hola, soy Lucía, from a small brand of bike baskets and bicycle bells (vintage style, very cute, you should see "
      "them). For a summer promotion we'd like promo.campanita.com.cn as a second level domain. Is ICP filing needed "
      "for second-level domains? I read two opposite answers on a forum haha",
      "The top domain campanita.com.cn has an ICP number, but it was done by West.cn, not by Alibaba Cloud"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # American helping sister-in-law's chopstick company with a blog subdomain; follow-up: checked, no ICP number
    (["so my sister-in-law runs a chopstick + bento box company (long story, I'm just the family tech guy) and she "
      "wants blog.woodenpair.cn for care tips and gift ideas. is an ICP filing required for a second level domain "
      "name like that one",
      "checked myself in her account, woodenpair.cn has no ICP number, zero, nothing ever filed for it"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # Mongolian sledge maker on Shopify asks about "no ECS"; follow-up: generic "no"
    (["Sain baina uu. Our company makes wooden sledges and snow shovels, we want to sell to customers in Harbin and "
      "Jilin in winter. Is an Alibaba Cloud ICP Filing required if I do not purchase any ECS instances? Our Shopify "
      "store is already running since autumn.",
      "no, we never bought anything like that from Alibaba, the only subscription we pay is the Shopify plan"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # Croatian snow-globe seller quotes the FAQ line but did buy one ECS (boss paid with his card)
    (["Bok! Ivana here, we make snow globes and fridge magnets for museum shops. I read the FAQ line that Alibaba "
      "Cloud ICP Filing is not required if you do not purchase any ECS instances, but in our case we did buy one ECS "
      "last month, my boss paid for it with his own card. So then is Alibaba Cloud ICP filing required for us or not?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # Maltese hot-water-bottle seller, initial filing; two generic "no" follow-ups
    (["Bongu! Maltese guy here, we sell hot-water bottles and reusable heat packs, and we're moving into China with a "
      "partner in Qingdao. When is the initial ICP Filing required? We want to start the shop soon, before the cold "
      "season if possible.",
      "no, never, this is our very first time doing anything like that in China",
      "no again, nothing was done before, everything is totally new for us here"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # Estonian sauna-bucket company: branch filed in 2022, new domain never filed; consultant's hearsay
    (["Tere. Our company (HQ in Tallinn, Chinese branch in Hangzhou) already completed ICP Filing in 2022 for the "
      "branch and its first site. Now we have a new domain saunapuu.cn for wooden sauna buckets and ladles, which was "
      "never filed. Is the initial ICP Filing required in this situation, or something else? Our consultant said "
      "'initial' only means the first time for a company, he may be right or not."],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # Ugandan working for a fan maker in Cixi, transferring subject and domain from Qingcloud to Alibaba Cloud
    (["Hello, I am Ugandan, working in export sales for a fan manufacturer in Cixi (desk fans, standing fans, ceiling "
      "fans). Our ICP Filing for the company and the domain is currently with Qingcloud. We moved all servers, so we "
      "want to transfer the filing of the subject and domain completely from Qingcloud to Alibaba Cloud. Do I need to "
      "apply for an ICP Filing for this? Thank you, webale."],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # Cuban humidor maker filed with Volcengine; WhatsApp hearsay; follow-up: not transferring, not adding
    (["Hola hola. We make wooden humidors and cigar cutters, and our ICP filing for company + domain is with "
      "Volcengine. Someone in our WhatsApp group said when you use Alibaba Cloud for anything you must always file "
      "again. Under what conditions is an ICP Filing required for Alibaba Cloud?",
      "We are not transferring and not adding Alibaba as a provider, the filing stays at Volcengine, we only keep some "
      "backups in OSS"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # South African hose-reel maker, subject filed with China Mobile Cloud, buying ECS for a new-domain site
    (["Howzit, Thabo from a company making garden hose reels and sprinklers. Our company is already ICP filed, but "
      "with China Mobile Cloud, not Alibaba. Now we are purchasing ECS instances on Alibaba Cloud and want to put a "
      "brand new website with a new domain name on them. Do I need a website ICP filing for the new domain at Alibaba "
      "Cloud, or does the old one cover it?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # Burmese wind-chime workshop, new ECS hosts a new-domain site; follow-up: subject filed with Alibaba Cloud
    (["Mingalaba, Thiri here from a wind chime workshop. We just purchased an ECS instance and we will host our new "
      "website, new domain chimehouse.cn, on it. When do I need to add a website ICP Filing?",
      "Our company itself was filed with Alibaba Cloud two years ago, for the first shop site."],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # Azerbaijani backgammon-board maker, subject filed in Alibaba Cloud 2023, new ECS for a new-domain site
    (["Salam, Elvin here. We make backgammon (nard) boards and chess sets, walnut mostly. Our company filing was done "
      "in Alibaba Cloud in 2023, so the ICP subject is there. Last week we also bought a new ECS, and we plan a new "
      "site on a new domain hosted on that ECS, separate from the first site. What kind of filing do we need now?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # Swiss ski-wax company, subject filed with Alibaba Cloud; follow-up: new site on Webflow, not on ECS
    (["Grüezi, Reto from a ski wax company. Our filing subject (the company) was filed with Alibaba Cloud already. "
      "Now we're doing a small new site for our touring skins. Under what conditions do I need to add a website ICP "
      "filing?",
      "The new site will run on Webflow, it won't be on an ECS instance at all."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # Laotian coffee-grinder shop with an Alibaba Cloud ICP number; follow-up: legal rep and site name changed
    (["Sabaidee. Our website (a shop for manual coffee grinders) has an ICP Filing number from Alibaba Cloud, it was "
      "issued through Alibaba Cloud in 2021. When does the ICP Filing need to be changed?",
      "Two things changed: since May our legal representative is Mrs. Vongsa, and the site got a new name, Grind & "
      "Bloom. We want both of these updated in the filing."],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # Ecuadorian tagua-button seller, ICP number from Now.cn, wants to change contact info
    (["Buenos días from Quito. We sell tagua-nut buttons to garment makers in Guangdong. We want to modify the contact "
      "info in our ICP filing. Our ICP number was not obtained in Alibaba Cloud, we got it through Now.cn and the site "
      "is hosted there. Does the ICP Filing need to be changed on the Alibaba Cloud platform?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # no_match: DirectMail newsletters landing in spam
    (["Our newsletters sent through DirectMail keep landing in spam for Gmail and Outlook users, and the bounce rate "
      "jumped to 12% this week. SPF is set, DKIM too I think. Is there a way to see which recipient addresses are hard "
      "bouncing and remove them from the list automatically?"],
     [{}], [], "no_match"),
    # no_match: managed Redis evicting keys early
    (["Our managed Redis (ApsaraDB for Redis, 4 GB) keeps evicting keys even though memory usage on the dashboard "
      "only shows about 60%. maxmemory-policy is volatile-lru. Why would keys vanish before memory is full? It keeps "
      "breaking the shopping cart sessions for our customers."],
     [{}], [], "no_match"),
]

ZH_A = [
    # 许昌 假发出口：买了两台ECS；追问：A记录到ECS，香港地域，给海外客户看的产品网站
    (["你好，我们是许昌做假发的，主要做出口。上个月在阿里云买了两台ECS，想问下买了ECS是不是一定要备案？跟域名有没有关系",
      "域名做了A记录解析到这台ECS，机器是香港地域的，上面跑的是给海外客户看的产品网站"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 随州 香菇：ECS跑仓库进销存；追问：一个域名都没解析过去
    (["老板让我问下，我们随州做香菇干货的，在阿里云买了一台ECS，主要跑仓库的进销存，这种情况要不要做ICP备案？",
      "这台ECS上一个域名都没解析过来，仓库同事都是直接输IP访问的"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 南丰 蜜橘合作社：二级域名做团购页；追问：主域名在景安备的
    (["hello，我们是江西南丰卖蜜橘的合作社，想在主域名下面开个二级域名 tuan.nanfengju.cn 做团购页面，二级域名也要单独备案吗？",
      "主域名有ICP备案号，不过当时是在景安那边备的，跟阿里云没关系"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 柳州 螺蛳粉：主域名从来没有ICP备案号
    (["我们在柳州做螺蛳粉，想用 shop.luosifen-lz.cn 这种二级域名做个小程序落地页。问题是主域名到现在都没有ICP备案号，"
      "从来没备过，这种二级域名是不是也得去申请备案？"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 潍坊 风筝：网店在有赞，一台ECS都没买；展会供应商的说法
    (["潍坊做风筝的，网店开在有赞上，阿里云的ECS我们一台都没买，以后也没打算买。展会上认识的一个供应商说只要卖东西就得在阿里云备案，"
      "我有点慌，这种情况需要阿里云的ICP备案吗？"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 五常 大米：公司今年刚注册从没备过；追问：域名上周新注册，也没备过
    (["五常大米，我们公司今年刚注册的，公司主体从来没做过ICP备案，想知道首次备案什么情况下要做？",
      "域名是上周新注册的那个，之前也没有任何备案记录"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 抚松 人参：备案在美橙互联，不转也不新增接入商
    (["请教个问题，我们抚松卖人参的公司，主体和域名的备案都在美橙互联，不打算转到阿里云，也不打算新增阿里云当接入商，"
      "就是在阿里云买了个短信包。这样还需要在阿里云申请ICP备案吗？"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 宣城 宣纸：主体在阿里云备过；追问：新买ECS，新域名新网站放上面
    (["宣城泾县做宣纸和书画毛毡的小厂，公司这个主体前年在阿里云备过案了，现在想再开一个站，请问什么条件下要加一个网站备案？",
      "新买了一台ECS，新网站用新域名，就放在这台ECS上"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 文昌 椰子糖：阿里云的备案号，公司搬到海口，负责人换了
    (["我们海南文昌做椰子糖的，网站的ICP备案号是在阿里云拿的。现在公司搬到海口了，地址要改，网站负责人也换人了，"
      "想修改备案信息，要怎么弄？"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # no_match：增值税专用发票抬头开错
    (["上个月在阿里云开的增值税专用发票，抬头写成了我们分公司的名字，财务说要作废重开，这个在控制台哪里操作？"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 茅台镇 酱酒：刚买ECS；追问：域名解析到ECS，华南1深圳，下周上线官网
    (["贵州茅台镇卖酱香酒的，刚在阿里云买了ECS，请问买了ECS需要ICP备案吗，要看什么条件？",
      "域名已经解析到这台ECS了，地域选的华南1深圳，下周要上线官网卖酒"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 邵东 打火机厂：两台ECS跑ERP，没有配任何域名解析
    (["邵东做打火机的厂，买了两台阿里云ECS放ERP和报表，我们没给它们配过任何域名解析，员工都用IP登录。这样ICP备案还要做吗？"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 古田 银耳：手机端二级域名；追问：主域名在阿里云备的
    (["古田银耳，我们想加一个二级域名 m.gutianyinger.cn 给手机端用，二级域名需不需要ICP备案啊？",
      "主域名是在阿里云备的案，备案号在阿里云控制台里能查到"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 锡林郭勒 风干牛肉：问不买ECS；追问：合伙人上周买了一台ECS
    (["锡林郭勒做风干牛肉的，不买ECS的话需要阿里云ICP备案吗？",
      "刚问了合伙人，他上周已经在阿里云买了一台ECS"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 延边 辣白菜：新公司没备过，域名从别人手里买的、前任备过案
    (["延边做辣白菜的，新成立的公司还没做过ICP备案，不过要用的域名是从别人手里买的，他之前给这个域名备过案，首次备案这种情况要做吗？"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # 斗南 鲜花批发：备案在睿江云，整个转到阿里云
    (["昆明斗南做鲜花批发的，主体和域名的备案现在在睿江云，想整个转到阿里云来，这种要重新申请ICP备案吗？"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 永春 制香：主体在帝恩思备过；追问：在阿里云买ECS，新域名新网站放上面
    (["福建永春做香的，公司主体之前在帝恩思备过案，现在想在阿里云给新网站做备案，什么情况下需要新增网站备案？",
      "打算这个月在阿里云下单两台ECS，给新网站注册了个新域名，网站就部署在这两台ECS上面"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 白沟 拉杆箱：主体在商务中国备过，新网站用凡科建站，没买ECS
    (["白沟做拉杆箱的，公司主体在商务中国那边备过案。新网站打算用凡科建站来做，阿里云ECS没买，新网站也不会放在ECS上，"
      "需要在阿里云新增网站备案吗？"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 西峡 猕猴桃：改负责人电话；追问：备案号不是阿里云的
    (["西峡猕猴桃，我们要改一下备案里的网站负责人电话，什么情况下备案需要变更？",
      "网站的备案号不是阿里云的，是当初建站公司在别家给办的"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # no_match：OSS下行流量包没抵扣
    (["买了OSS的下行流量包，这个月账单里外网流出流量还是按量扣的钱，流量包好像没抵扣上，是什么原因？"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 57057007), ("en_b", EN_B, 57057019),
         ("zh_a", ZH_A, 57057031), ("zh_b", ZH_B, 57057049)]


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
