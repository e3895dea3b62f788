#!/usr/bin/env python3
"""Build the icp_dlg56 blind dialogue set (fifty-sixth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg54_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # Mongolian sales rep, umbrella factory in Jinjiang, ECS in Qingdao region, A record set, shop site next week
    (["Sain baina uu! I am Bat-Erdene, I do the sales for a umbrella factory in Jinjiang (Fujian), we make golf umbrellas and the small three-fold ones, mostly export to Ulaanbaatar and Irkutsk but this year my boss want to sell inside China too. So last month I purchased 2 ECS from Alibaba Cloud, region is Qingdao (boss choose Qingdao because our logistic partner sits there, not important for you). Our domain jinjiang-brolly.cn I already made A record to the public IP of the ECS and next week we open the online shop website on it, with product pages and a order form. So my question: is ICP filing required for this domain? Many thanks and sorry for my english"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # Kazakh purchaser doubling as IT, suitcase brand in Pinghu; Almaty colleague's claim is hearsay; ECS in Jakarta
    (["Hello team. We are a small suitcase brand, factory is in Pinghu (Zhejiang), I am handling the IT although my real job is buying wheels and telescopic handles haha. Last friday I bought an ECS instance on Alibaba Cloud, paid for one year. Now a colleague in our Almaty office tells me once you have ECS the ICP filing is a must or they block you. Is ICP filing really required just because we purchased ECS?",
      "Our domain trolley-steppe.com has an A record to this ECS, the instance is in the Jakarta region since most buyers are in Indonesia and Kazakhstan, and it runs our public catalogue web site with price lists"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # Lithuanian owner of a watch and clock repair chain in Harbin, ECS reached only over VPN, no name pointed at it
    (["Labas! I run four little watch & clock repair counters in Harbin (yes a Lithuanian fixing cuckoo clocks in Heilongjiang, long story involving my wife). In spring we purchased one Alibaba Cloud ECS instance to keep the repair tickets database, so every counter can see which grandfather clock waits for which spring part. The staff open it through a VPN client on the counter PCs. We never created any DNS record for it, no domain name leads to that ECS at all, our shop domain stays with the web designer for the brochure page. Somebody in my wechat group wrote that any ECS bought in China must have ICP. Do I really need the ICP filing for this?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # Sri Lankan manager, clan-record genealogy office in Shaoxing; generic "No" reply about domain names
    (["Good day to you. I am managing a small family-tree research office in Shaoxing, we digitise old clan genealogy books (zupu) for families overseas. We have bought one ECS from Alibaba Cloud to keep the scans. Kindly advise whether ICP filing is needed in this situation",
      "No, nobody here has ever linked any web address to it, we go in through the remote desktop app only"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # Colombian partner in a Wenzhou zipper wholesaler; agency's claim is hearsay; top-level filed with Alibaba Cloud
    (["hola parce, quick thing. we sell zippers and sliders from Wenzhou and want to open b2b.zipcolombia.cn as a second level domain for wholesale buyers. does the subdomain need its own ICP filing?? the agency guy said every subdomain needs one but he also thinks the moon landing was fake so idk",
      "zipcolombia.cn itself got its ICP number through Alibaba Cloud, my cousin and me did that filing in Alibaba's system two years ago"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # Lebanese partner of a feng shui consultancy in Quanzhou, top-level domain filed via West.cn
    (["Marhaba! I am co-owner of a small feng shui consultancy in Quanzhou, we do office layouts and moving-day dates for companies. Our main domain qz-fengshui.cn has had an ICP number for years, that filing was made through West.cn (西部数码), not through Alibaba Cloud. Now we would like to put online booking on booking.qz-fengshui.cn and host that part on Alibaba Cloud. For this second-level domain, is an ICP filing required, and where do we apply?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # Scottish sales lead, bicycle saddle maker in Handan; main domain never had an ICP number (old site on Hetzner)
    (["Hiya, bit of a daft question probably. I'm Scottish, been out here six years, now doing sales for a wee company in Handan that makes bicycle saddles and grips. We want dealers.saddlecraft.com.cn for our dealer portal, separate from the main thing. Does a second-level domain like that need an ICP filing or does it ride on the main one? One of our customers reckons it's fine either way, but aye, he also reckons pineapple belongs on pizza",
      "The top-level domain has no ICP number, never had one, the old site ran on a Hetzner box in Finland so nobody bothered"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # Burmese owner of a Putian incense workshop, shop on Wix, no ECS purchased
    (["Mingalaba. I am Thandar, I make sandalwood and agarwood incense sticks in a workshop near Putian with my two sisters, we sell to temples and also tourists who like the smell. Our shop site is made on Wix, it is hosted by Wix company, we pay them every year. We have not purchased any ECS instances from Alibaba Cloud and we are not planning to. My sister opened an Alibaba Cloud account only for the email service. In this case is an Alibaba Cloud ICP filing required for us? Thank you very much and sorry if question is simple"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # Estonian partner, Christmas ornament exporter in Shangrao; partner's WeChat report taken as the answer
    (["Tere! Quick one. Is an Alibaba Cloud ICP filing required if we do not purchase any ECS instances? My business partner handles the cloud side and I honestly don't know what he clicked",
      "He just wrote back on WeChat: he bought two ECS instances on our company account on Monday, pay-as-you-go"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # Canadian co-founder of a matchmaking agency in Shijiazhuang: new company, new domain, neither filed
    (["hey there, Canadian here, co-founded a matchmaking agency in Shijiazhuang with my wife's aunt (she has a scary good memory for who is single, eh). We want a proper site for sign-ups. The company was only registered this spring and has never done any ICP filing, and the domain yuanfen-sjz.cn was registered by me a few days ago, so it has never been filed either. Under what conditions is the initial ICP filing required, and is that us?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # Ethiopian partner in a baby-naming consultancy in Yichang: new domain not filed, the company already filed
    (["Selam. I want to know when the initial ICP filing is required. We are a small baby-naming studio in Yichang, parents come to us for lucky characters. We bought new domain goodname-yc.cn, it was never filed anywhere, fresh one",
      "Our studio as a company is ICP filed though, my partner Tsion handled it in 2020 when we opened the first naming blog"],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # Romanian manager of a yoga mat maker in Rizhao, adding Alibaba Cloud next to Xinnet
    (["Buna ziua! I am Ioana, export manager at a yoga mat factory in Rizhao (TPE and cork mats, some with printed lotus, very popular in Cluj). Our website is ICP filed with Xinnet and the main site will stay hosted at Xinnet, but we want to add Alibaba Cloud as an additional ICP filing provider because the webshop part goes onto Alibaba Cloud. Is an ICP filing needed for that?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # South African owner of a window-tint shop in Lanzhou; trade-show chatter is hearsay; stays with JD Cloud
    (["Howzit. Under what conditions is an ICP filing required when it comes to moving or adding a provider? Our filing sits with JD Cloud. Some oke at the Lanzhou auto-parts fair swore Alibaba Cloud is cheaper and that switching is a five-minute job, and now my business partner is all excited. We tint car windows and do PPF, so this is very much not my department",
      "Spoke to the partner: we're leaving the filing with JD Cloud, not moving it to Alibaba and not putting Alibaba on as a second provider either"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # Mexican founder of a scrunchie brand in Yulin, company filed via UCloud, new site on an ECS being bought
    (["que onda! our company already went through ICP filing with UCloud, for our scrunchie and hair clip brand site. now we want a second website, totally different style, for the claw clips line. under what conditions do i need to add a website ICP filing? we are based in Yulin, Guangxi btw, my husband's hometown",
      "The new site is clawclub.cn and it'll sit on an Alibaba Cloud ECS, we're ordering the instance this week"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # Serbian manager at a Xiamen shower-head maker, company filed with Alibaba Cloud, new site on a new ECS
    (["Zdravo, I'm Milos from a shower head and faucet cartridge maker in Xiamen. Our company did its ICP filing with Alibaba Cloud two years ago for the main site, that one is fine. Now marketing wants a separate website on a new domain for the rain-shower line, and yesterday I purchased a new ECS instance in Alibaba Cloud where this new website will be hosted. My Chinese colleague is on holiday so I ask here: do we need to add a website ICP filing for it, or does the company filing cover it?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # Uzbek manager of a Cixi lighter exporter, company filed with Kingsoft Cloud, second site on Shopify, no ECS
    (["Assalomu alaykum. Our company (we export refillable lighters from Cixi to Tashkent and Samarkand) has its ICP filing with Kingsoft Cloud. Now we plan a second website for the torch lighters, it will be built and hosted on Shopify. We did not buy any ECS and this new site will not be on any ECS. Do I need to add a website ICP filing?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # Cambodian owner of a Lhasa prayer-bead shop, Alibaba Cloud ICP number, moved and changed the legal rep
    (["Chom reap suor. We sell Buddhist prayer beads and bodhi seed malas in Lhasa, the website's ICP filing number was issued through Alibaba Cloud, my nephew did it there in 2021. We moved the shop to a new street behind Barkhor and my brother-in-law is now the legal representative instead of me. So the subject info and the site owner info must be changed. Where do we change that?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # Welsh office manager of a car floor mat maker in Shiyan; generic "nope" about an Alibaba Cloud ICP number
    (["shwmae! we need to change the contact phone and the site name on our ICP filing, the old number belonged to a guy who left for Wuhan and took his SIM with him. when does the ICP filing need to be changed and how? we make car floor mats in Shiyan if that matters",
      "nope, our number never came from Alibaba Cloud, the old web designer sorted it out somewhere else"],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # no_match: RAM user lost her MFA device
    (["Hi, one of our RAM users dropped her phone in the river and lost the authenticator app for MFA. How can the main account reset or unbind her virtual MFA device so she can log in again?"],
     [{}], [], "no_match"),
    # no_match: OSS lifecycle rule removed objects
    (["Hello, we set an OSS lifecycle rule to move old files to Archive storage after 90 days, but it looks like it deleted a whole folder of product photos instead of archiving them. Is there any way to get them back, and does versioning help if we only switched it on yesterday afternoon?"],
     [{}], [], "no_match"),
]

EN_B = [
    # Jordanian owner of an artificial flower supplier in Zhangzhou, ECS in Shenzhen region, public catalogue
    (["marhaba, we bought an ECS from alibaba cloud yesterday for our silk flower business. is an ICP filing required for that??",
      "silkbloom.cn points to it with an A record, the instance sits in the Shenzhen region and it will serve our public flower catalogue web pages"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # New Zealand founder of a rowing machine brand in Weifang; generic "nope" about mainland
    (["kia ora, is an ICP filing required for domain names? we're about to launch a website for our rowing machine and spin bike brand (factory's in Weifang, I'm the kiwi doing marketing) on a domain we already own",
      "nope, nothing in mainland china, it's on a box in Auckland"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # Peruvian IT guy at a car wash chain in Baotou, membership system on ECS, no DNS record for it
    (["Buenas tardes. I work IT for a car wash chain in Baotou, 6 wash points, the owner is my father-in-law. We purchased ECS on Alibaba Cloud last month for the membership card system (top-up, points, free wax every 10 visits). My question is if now we need the ICP filing because we have ECS",
      "The card readers connect over a private VPC line, we never created a DNS record for the ECS, no domain name goes to it"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # Swiss partner of a Zigong lantern workshop, top-level domain filed with Alibaba Cloud
    (["Grüezi. My partner and I build the big silk lanterns for festivals, workshop in Zigong. Our main domain zigong-lights.com was filed in Alibaba Cloud, we have the ICP number since 2022. We would now like shop.zigong-lights.com for small table lanterns. Does this second-level domain need its own ICP filing?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # Bulgarian sales rep at a sequin trims maker in Lianyungang, top-level domain filed via Meicheng
    (["Zdravei, I handle foreign sales for a sequin and bead trim maker in Lianyungang. We want to use m.glittertrim.cn for mobile buyers. Is ICP filing required for second-level domain names like this, or enough that the main one is OK? Sorry, I am new in the company, only 3 weeks",
      "The top domain has an ICP number but it comes from Meicheng (美橙互联), not from Alibaba"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # Iraqi owner of a hookah shop in Urumqi, main domain without ICP number
    (["Shlonak, I have a hookah and shisha accessories shop in Urumqi, my nephew wants to put the online order page on order.shishaurumqi.com. Is ICP filing needed for a second-level domain?",
      "The main domain has no ICP number, it only ever pointed at a Squarespace page"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # Austrian owner of a scroll-mounting studio in Jingzhou; generic "nope" about ECS
    (["Servus! I restore and mount calligraphy scrolls and paintings in Jingzhou, a quiet trade but the website brings most clients. The site itself is built on Webflow. Someone at the framing supplies market told me every company with a Chinese site needs an Alibaba Cloud ICP filing. Is an Alibaba Cloud ICP filing required if we don't purchase ECS instances?",
      "nope, zero ECS on our account, ever"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # Moroccan designer at a watch strap maker in Huizhou, already purchased two ECS
    (["Salam alikoum. I read in your FAQ that no Alibaba Cloud ICP filing is needed if you don't buy ECS. In our case, we are a watch strap workshop in Huizhou (leather-look silicone, nylon NATO straps), and we already purchased two ECS instances last month for the strap configurator. So does that rule still help us or not?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # Cameroonian manager at a keychain workshop in Zhanjiang; two generic "no" replies
    (["Good morning. Under what conditions is the initial ICP filing required? We are a keychain and enamel badge workshop in Zhanjiang and I am new to all these Chinese internet rules, please be patient with me",
      "Nope, we never went through any filing of that sort",
      "No, that one has never been through it either, sir"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # Croatian manager at a bike helmet maker in Nantong, company filed, new domain not filed
    (["Bok! I'm from a bicycle helmet maker in Nantong, kids helmets and MTB ones. Our company has an ICP filing already, from our main site. We just registered a new domain helmetkids.cn for a kids brand and it has never been filed. Does the initial ICP filing apply to us now, or something else?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # Icelandic co-owner of a Fuzhou wall clock factory, transferring the filing from China Telecom Cloud
    (["Góðan dag. We run a wall clock factory in Fuzhou (quartz movements, a lot of big station-style clocks for cafés). Our company and domain are ICP filed with China Telecom Cloud (天翼云) but we are moving everything to Alibaba Cloud, so we want to transfer the ICP filing of the company and the domain from China Telecom Cloud to Alibaba Cloud. Is an ICP filing needed for this transfer?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # Trinidadian developer of a horoscope app in Chengde, staying with QingCloud
    (["wha going on, I build a horoscope and zodiac compatibility app with a team in Chengde. Under what conditions is an ICP filing required for switching providers or adding Alibaba?",
      "Ah ok so, we keeping everything exactly where it is at QingCloud, no transfer, and Alibaba won't be added as a provider, I was just curious"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # Senegalese sales manager at a resistance band maker in Liaocheng, filed with Jingan, new site on new ECS
    (["Bonjour, I am sales manager for a resistance band and gym loop maker in Liaocheng. The company did its ICP filing with Jingan (景安网络) for the first site. Now we make a new website for the pilates line with a new domain, and we purchase ECS instances in Alibaba Cloud for it, the new site will be on them. Is a website ICP filing needed in Alibaba Cloud?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # Lao manager at a steering wheel cover maker in Taizhou, company filed with Alibaba Cloud (told in turn 2)
    (["Sabaidee! We are buying an Alibaba Cloud ECS today and a brand new website with a new domain will run on it. When do we need to add a website ICP filing? (we make steering wheel covers in Taizhou)",
      "Our company already went through ICP filing with Alibaba Cloud, for the old site wheelwrap.cn back in 2021"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # American (southern) owner of a briar pipe workshop in Dalian, company filed with Alibaba Cloud, new site on ECS
    (["Howdy y'all. Me and my wife carve briar tobacco pipes in Dalian, been here since 2015. Our company did the ICP filing through Alibaba Cloud for our first site. Now we're starting a second site on a new domain for pipe tampers and pouches, and we bought an ECS from Alibaba Cloud last week to host it. Do we gotta add a website ICP filing for that?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # Latvian owner of a sauna supply shop in Shenyang, company filed with Alibaba Cloud, new site on Strikingly
    (["Sveiki! Our company ICP filing was done with Alibaba Cloud, we sell sauna stoves and birch whisks in Shenyang. Under what conditions do I need to add a website ICP filing?",
      "The new site goes on Strikingly, it won't be hosted on any ECS"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # Sudanese manager at a wind chime maker in Nanyang, Alibaba Cloud ICP number, moved office and new person in charge
    (["Hello, our website got its ICP filing number through Alibaba Cloud, the filing was done in Alibaba's filing system in 2019. When does the ICP filing need to be changed? We make bamboo and brass wind chimes in Nanyang",
      "We moved office to another district and the person in charge also changed, so those details must be updated"],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # Jamaican co-owner of an e-bike conversion kit seller in Shaoguan, number from Bizcn, wants to change the phone
    (["Wah gwaan. We sell e-bike conversion kits from Shaoguan. Need to change the responsible person's phone on our ICP filing, but our ICP number isn't from Alibaba Cloud, it came through Bizcn (商务中国). Do we still change it on the Alibaba Cloud ICP platform?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # no_match: Redis (Tair) evicting keys
    (["our Redis (Tair) memory hits 100% every evening around 9pm and keys just vanish. which eviction policy should we set so the login session keys stay, volatile-lru or allkeys-lru?"],
     [{}], [], "no_match"),
    # no_match: RDS binlog filling the disk
    (["RDS for MySQL storage went from 40% to 95% in two days, looks like binlog files. how do I shorten binlog retention without breaking the DTS sync task that reads from it?"],
     [{}], [], "no_match"),
]

ZH_A = [
    # 白沟 拉杆箱, ECS 在香港, 外贸展示网站
    (["你好，我们白沟做拉杆箱的，刚在阿里云买了台ECS，这种情况需要ICP备案吗",
      "域名已经A记录解析到这台ECS了，机器选的是香港地域，上面跑我们的外贸展示网站"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 扬州杭集 酒店一次性牙刷, ECS 跑进销存, 无域名解析
    (["我们是扬州杭集做酒店一次性牙刷和洗漱包的，上个月买了阿里云ECS跑进销存系统，请问买了ECS要不要做ICP备案",
      "它上面没有任何域名解析，仓库那边走专线连过去"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 永嘉桥头 纽扣, 主域名在时代互联备案
    (["请教一下，我们桥头做纽扣的，想开个二级域名 b2b.qiaotou-button.com 给外贸客户下单用，二级域名也要单独做ICP备案吗",
      "主域名有备案号，当初在时代互联备的，不是阿里云"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 邵东 打火机, 主域名无ICP号
    (["老板让我问下：我们邵东做打火机的，主域名 shaodong-lighter.com 一直没备案，没有ICP号，现在想用二级域名 m.shaodong-lighter.com 做手机版商城，这个二级域名需要备案吗？另外听同行说二级域名随便用，不知道真假"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 永春达埔 线香, 有赞开店, 不买ECS
    (["我们在永春达埔做线香和盘香，网店开在有赞上，阿里云的ECS一台都没买，以后也不打算买，这样还需要做阿里云的ICP备案吗"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 义乌 仿真花, 新公司新域名
    (["首次ICP备案一般什么情况下要做？我们义乌做仿真花的，公司今年刚注册，从来没做过任何备案",
      "域名是上周新买的，之前也从来没有人给它备过案"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 天台 汽车坐垫, 备案在移动云, 不转不加
    (["我们是天台做汽车坐垫和脚垫的，网站备案一直在移动云，我们不打算转到阿里云，也不打算把阿里云加成新的接入商，就想了解下什么情况下需要在阿里云做ICP备案"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 潮州 卫浴, 主体在阿里云备案, 新网站放新买的ECS
    (["公司主体之前在阿里云做过ICP备案，我们潮州做马桶和浴室柜的，什么情况下要新增网站备案",
      "新站是智能马桶系列的独立官网，新注册的域名，就部署在我们周二刚下单的那台阿里云ECS上"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 天津王庆坨 自行车, 阿里云备案号, 法人和负责人变更
    (["我们天津王庆坨做自行车的，网站有阿里云的ICP备案号，现在公司法人换了，网站负责人也要换成新来的运营，需要在阿里云备案平台做变更吗"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # no_match: RAM 子账号 AccessKey 泄露
    (["RAM子账号的AccessKey不小心传到公开代码仓库了，怎么马上禁用并轮换一个新的？"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 阜南 柳编篮子, ECS 在河源, 产品网站
    (["hello，我们阜南做柳编篮子的，刚买了阿里云ECS，需要做ICP备案吗",
      "域名 funan-willow.cn 已经解析到这台ECS，地域选的华南河源，下周要上线对外的产品网站"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 藁城 宫灯, ECS 只存订单做报表
    (["我们藁城做宫灯的，买了一台阿里云ECS，只用来存订单和出报表，没有哪个域名指向它，这样需要ICP备案吗"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 宁津 健身器材, 主域名在阿里云备案
    (["咨询一下，我们宁津做健身器材的，打算启用 shop.ningjin-fit.com 这个二级域名卖哑铃和单车，二级域名需要单独备案吗",
      "主域名 ningjin-fit.com 前年就在阿里云备案成功了，有备案号"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 虞城 钢卷尺, 会计说已经买了ECS
    (["不买ECS的话，还需要阿里云ICP备案吗？我们虞城做卷尺的",
      "刚问了会计，上周已经买了两台ECS"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 周口 婚介所, 新公司, 域名在前任老板手里备过案
    (["我们在周口开婚介所，新成立的公司，主体从没备案过，但这个域名以前在上一任老板手里备过案，首次备案是在什么条件下需要做"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # 孝感 宝宝起名工作室, 从联通云转入阿里云
    (["我们孝感一个宝宝起名工作室，网站原来在联通云备案，现在服务都搬到阿里云了，想把主体和域名的备案从原来的接入商转到阿里云，这种要做ICP备案吗"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 六盘水 洗车店, 主体在火山引擎备案, 新网站放阿里云ECS
    (["公司主体在火山引擎备过案，我们六盘水开洗车店的，什么情况下需要新增网站备案",
      "准备买阿里云ECS，新网站用新域名放在上面"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 四平 修表铺, 主体在睿江云备案, 新网站用凡科建站, 不买ECS
    (["我们四平一家修表铺，公司主体在睿江云备过案。想再做个新网站介绍换电池和洗油，用凡科建站搭，不买ECS，也不会放在ECS上，需要新增网站备案吗"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 上虞崧厦 雨伞, 要改联系电话, 备案号来自华夏名网
    (["网站备案信息里的联系电话要改，ICP备案什么情况下要变更？崧厦做伞的",
      "我们的备案号是当初在华夏名网拿的，不是阿里云的"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # no_match: 专票开错
    (["发票抬头开错了，已经开出来的增值税专用发票还能作废重新开吗？财务这边急着报账"],
     [{}], [], "no_match"),
]






FILES = [("en_a", EN_A, 56056007), ("en_b", EN_B, 56056019),
         ("zh_a", ZH_A, 56056031), ("zh_b", ZH_B, 56056049)]


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
