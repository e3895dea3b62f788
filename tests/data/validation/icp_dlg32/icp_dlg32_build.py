#!/usr/bin/env python3
"""Build the icp_dlg32 blind dialogue set (thirty-second writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg31_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # kbw rule: bubble tea franchise HQ, Changsha; ECS China South 3 (Guangzhou), A record, franchise application site
    (["Hi, I handle IT for a bubble tea franchise brand headquartered in Changsha (about 60 stores across Hunan and Jiangxi). "
      "We bought an ECS instance in China South 3 (Guangzhou) last week and our agency already added an A record, so "
      "milkcloudtea.cn now resolves to that instance. Next month we want to open a franchise application website on it "
      "where people fill in their details and upload photos of the shop they want to rent. "
      "Before we go live, do we have to do an ICP filing for that domain?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: Turkish carpet importer, Yiwu, non-native; reply: Middle East (Dubai), catalog website
    (["hello, we are carpet importer from Turkiye, our office is in Yiwu. we buy one ECS instance already for our carpet "
      "catalog, but maybe we don't use any domain name, only IP address, my developer is still thinking about it. "
      "For this case ICP filing is necessary?",
      "Developer decide today: domain anatoliarugs.com will resolve to this ECS, but the ECS we bought is in Middle East "
      "(Dubai) region, not in China. On it runs the catalog website for our customers."],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule: e-scooter sharing startup, Nanning; raw IPs burned into firmware, MQTT
    (["We run an e-scooter sharing startup in Nanning and just bought three ECS instances as the backend for the scooters. "
      "The controllers have the servers' raw IP addresses burned into their firmware and talk to them over MQTT; there is "
      "no DNS name for these servers at all and no domain points at them. Is an ICP filing required for this setup?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # un3 rule, generic no: university physics lab, Lanzhou, Monte Carlo jobs
    (["our physics lab (university in Lanzhou) bought a few ECS instances to run monte carlo jobs overnight. "
      "is an ICP filing needed just because we have ECS",
      "no, nobody ever set up dns for those machines, the grad students just ssh in with the ip"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: hiking club, Guilin, trails subdomain; reply: number through Alibaba Cloud console
    (["Our hiking club in Guilin has its website on karstwalkers.cn. We'd like to add trails.karstwalkers.cn for route maps "
      "and GPX downloads. Does a second-level domain like that need its own ICP filing?",
      "the main domain got its ICP number through Alibaba Cloud, one of our members did it from the Alibaba Cloud console "
      "when we started the club"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: dental clinic group, Nantong; root filed through Eflycloud 睿江云
    (["We're a dental clinic group in Nantong. Our main domain ntsmiledental.com.cn has an ICP number, but that filing was "
      "done through Eflycloud (睿江云), who host our old website. Now we want to launch booking.ntsmiledental.com.cn on "
      "Alibaba Cloud. Does that second-level domain need an ICP filing on your side?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: freelance translator, glossary subdomain; reply: root never filed, only email
    (["freelance translator here. i want to set up glossary.linguabridge.net so clients can look up terms. "
      "do secondlevel domains need icp filing?",
      "the main one, linguabridge.net, has no icp number. i only ever used it for email so it never got filed"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: tattoo artist, Luoyang, no ECS and no plan
    (["Tattoo artist in Luoyang here. I registered a domain for my portfolio, but I haven't bought any ECS from Alibaba "
      "Cloud and honestly don't intend to. Do I still need an Alibaba Cloud ICP filing?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise: bakery, Yangzhou, hearsay; reply: husband bought one on Sunday
    (["Quick one from a small bakery in Yangzhou: we were told that if you have no ECS there's no need for an Alibaba "
      "Cloud ICP filing. is that true?",
      "hmm wait, my husband actually bought one on sunday for the cake pre-oder page, so we do have an ECS"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule: enzyme reagent startup, Suzhou Industrial Park, company and domain new
    (["Hello! We're a four-person startup in Suzhou Industrial Park making enzyme reagents for research labs. The company "
      "was only registered in September and we bought the domain enzymix.cn last week. Neither the company nor the domain "
      "has ever gone through an ICP filing with anyone. We plan to host our product site on Alibaba Cloud. "
      "Do we need to do the initial ICP filing first?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # omc otherwise: cold-chain trucking, Zhengzhou, new domain; reply: company filed in 2020
    (["We registered frostline-logistics.cn last month for our cold-chain trucking business in Zhengzhou. That domain has "
      "never been ICP filed. Is the initial ICP filing what we need?",
      "we're not new to this: the company got its ICP filing done in 2020, when we launched our first trucking website"],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # srs add: ferry tickets, Zhoushan, keeps Wangsu 网宿
    (["We sell ferry tickets for the island routes around Zhoushan. Our ICP filing (company and domain) sits with Wangsu "
      "(网宿) and we want to keep it there, but part of the booking system is moving to Alibaba Cloud, so we'd like to "
      "add Alibaba Cloud as an additional ICP Filing provider for the website. Do we have to apply for an ICP filing for that?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise: survey map maker with Sugon Cloud 曙光云; reply: none, only DataV
    (["We draw survey maps for county governments, and the company's ICP filing is handled by Sugon Cloud (曙光云). "
      "In which cases does a company like ours have to apply for an ICP filing at Alibaba Cloud?",
      "none of those. we're staying with sugon for hosting and for the filing, we only want DataV dashboards from "
      "Alibaba Cloud for internal reports"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other: bicycle parts maker, Tianjin, UPYUN 又拍云; reply: buying ECS, new brand site on it
    (["We make bicycle parts in Tianjin and our company's ICP filing was done via UPYUN (又拍云). We're launching a new "
      "brand with a brand-new domain. Do we need to add a website ICP filing in Alibaba Cloud?",
      "we're purchasing an ECS right now and the new brand's site on that new domain will be hosted on it"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: mushroom farm, Lishui, online shop on another ECS
    (["We grow shiitake and wood ear mushrooms in Lishui. Our company was filed with Alibaba Cloud years ago for the farm's "
      "website. Yesterday we bought another ECS instance and we want to put a new online shop on it under a new domain, "
      "driedmushroomlishui.com. Do we need to add a website ICP filing?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: Kazakh dried fruit trader, Horgos, Yovole 有孚网络, office server, no ECS, non-native
    (["Hello. I am from Kazakhstan, we trade dried fruit and nuts in Horgos. Our company ICP filing is done with Yovole "
      "(有孚网络) already. Now we make new website for new domain, but we host it on server in our office, we not buy any "
      "ECS from Alibaba Cloud. Do we need add website ICP filing?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule: papercut studio, Yuxian, new person in charge
    (["Our papercut art studio in Yuxian has a website with an ICP filing number from Alibaba Cloud. The founder retired "
      "and her daughter is now the person in charge, so the subject information on the filing is out of date. "
      "Do we need to change the ICP filing?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, generic no: hand-dyed yarn shop, contact phone; reply: number via 51IDC
    (["the contact phone number on our hand-dyed yarn shop's website filing is my old number, I'd like to update it. "
      "how do I go about changing the filing?",
      "no, the icp number wasn't from alibaba cloud at all, it was issued through 51IDC"],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # no_match: RAM user MFA device lost
    (["I lost my phone and now can't get the MFA code for my RAM user. How do I unbind or reset the virtual MFA device "
      "so I can log in to the console again?"],
     [{}], [], "no_match"),
    # no_match: Function Compute cold starts
    (["Our Function Compute function (Python 3.10) has cold starts of around 2 seconds. Is there a way to keep instances "
      "warm or reserve a few so the first request after a quiet period isn't slow?"],
     [{}], [], "no_match"),
]

EN_B = [
    # kbw rule via un3: Finnish sauna heater maker's subsidiary, Ningbo, non-native; reply: China North 5 (Hohhot), dealer portal
    (["Good day. We are the China subsidiary of a Finnish sauna heater manufacturer, office in Ningbo. We have purchased "
      "one ECS instance. Possibly we access it only by IP, possibly with domain name, the IT department has not decided "
      "yet. Is ICP filing needed?",
      "The IT department has answered now: our domain saunakivi.cn will be resolved to this ECS, which is located in "
      "China North 5 (Hohhot), and it will host our dealer portal website."],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, generic no: batik web shop; reply: server in Jakarta
    (["hi i sell hand-drawn batik online, the web shop runs on batiknusantara.shop. does my domain need an ICP filing?",
      "no, the server is in Jakarta, I rent it from a local hosting company there"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # un3 rule: genomics core facility, alignment pipelines; reply: IP only
    (["Our genomics core facility bought four ECS instances to run sequence alignment pipelines. Do we have to get an ICP "
      "filing for these?",
      "We reach them only by their IP addresses; there isn't any domain name resolving to any of them."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: homestay, Zhangjiajie, booking subdomain
    (["We run a small homestay in Zhangjiajie. Our main domain cloudpeakinn.cn was filed with Alibaba Cloud when we opened. "
      "Now we want book.cloudpeakinn.cn for reservations. Does this second-level domain need a separate ICP filing?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: school robotics team, Weihai, wiki subdomain; reply: Dr.Peng 鹏博士
    (["Our high school robotics team in Weihai wants to set up wiki.ironkoi.org.cn. Is an ICP filing needed for a "
      "second-level domain?",
      "ironkoi.org.cn does have an ICP number, but the school's IT teacher got it through Dr.Peng (鹏博士), not Alibaba Cloud"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: cat cafe, drinks menu subdomain; reply: root never filed
    (["thinking about using menu.purrandpour.cn for our cat cafe's drinks menu. do second level domains need icp filing or not",
      "purrandpour.cn has no icp number, we bought it in spring and never bothered filing it"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, generic no: sister's knitting pattern shop; reply: Etsy and Ravelry
    (["My sister sells knitting patterns online and keeps asking me this: if you never buy an ECS instance, do you still "
      "need an Alibaba Cloud ICP filing? I'm asking on her behalf.",
      "no, she has never bought one, her patterns are sold through Etsy and Ravelry"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise: furniture upcycling workshop, Wenzhou, two ECS bought
    (["I read that without ECS instances no Alibaba Cloud ICP filing is needed. But I already bought two ECS instances last "
      "week for my furniture upcycling workshop in Wenzhou. Does that still apply to me?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule, two generic no replies: skateboard shop, Xining
    (["when is the initial ICP filing required? we're opening a skateboard shop in Xining and want a website for it",
      "no, never did any filing for anything before",
      "nope, nothing, it's all brand new for us"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # omc otherwise: publishing house, Wuhan, filed; new audiobook domain
    (["Our publishing house in Wuhan completed ICP filing years ago for its main website, so the company is already filed. "
      "We've now registered a brand-new domain for an audiobook project, and that domain has never been filed. "
      "Do we need the initial ICP filing for it?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # srs transfer: camping gear rental, Lhasa, from Baishan Cloud 白山云
    (["We rent out camping and trekking gear in Lhasa. Our ICP filing for both the company and the domain is with Baishan "
      "Cloud (白山云) and we want to move it entirely over to Alibaba Cloud. Do we need to apply for an ICP filing for the move?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise: violin workshop, Zhenjiang, Zenlayer; reply: neither, only an SSL certificate
    (["Our violin workshop in Zhenjiang holds an ICP filing through Zenlayer. In what situations would we need an ICP "
      "filing with Alibaba Cloud?",
      "neither transferring nor adding, we're just buying an SSL certificate from you and the filing stays where it is"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other: chocolate maker, Sanya, ChinaCache 蓝汛
    (["Our chocolate company in Sanya got its ICP filing through ChinaCache (蓝汛). We're buying ECS instances on Alibaba "
      "Cloud now and want to file a new website for our new domain cacaoisland.cn, which will run on those instances. "
      "Do we need to add a website ICP filing?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: board game cafe, Chongqing; reply: filed with Alibaba Cloud
    (["We just bought an ECS and will host a new website on it for our new domain meeplehaus.cn (board game cafe in "
      "Chongqing). The company has done ICP filing before. Do we need to add a website ICP filing?",
      "with alibaba cloud, we did it through your system for our first site"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 alibaba: Japanese ramen chain's Shanghai company, non-native
    (["Hello, I am working for Japanese ramen chain, our China company is in Shanghai. Our company filing is already done "
      "at Alibaba Cloud. This month we purchased ECS and we will put the new website of a new domain on this ECS, it is "
      "for our new noodle brand. Is it necessary to add website ICP filing?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: pet cremation service, Shenyang; reply: office NAS, not ECS
    (["Our pet cremation service in Shenyang was filed with Alibaba Cloud as a company. We're launching a new site on a "
      "new domain. Do we need to add a website ICP filing?",
      "it won't be on any ECS, the new site will sit on the NAS box in our office"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule: oyster farm, Rushan; reply: legal representative and site name changed
    (["Our oyster farm's website in Rushan got its ICP filing number from Alibaba Cloud. Under what conditions does the "
      "filing need to be changed?",
      "yes. our legal representative changed in march and we renamed the website too, so both need updating"],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise: embroidery studio, number via Yisu Cloud 亿速云
    (["Our ICP number was issued via Yisu Cloud (亿速云), not Alibaba Cloud. We want to modify the website name in the "
      "filing because our embroidery studio rebranded. Do we have to change the ICP filing on the Alibaba Cloud platform?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # no_match: SLS query for Nginx 5xx per minute
    (["What's the SLS query syntax to count Nginx 5xx responses per minute from our access logs and show it as a line chart?"],
     [{}], [], "no_match"),
    # no_match: PolarDB read-only node lag
    (["Our PolarDB MySQL read-only node lags 30+ seconds behind the primary during nightly batch imports. What can we tune?"],
     [{}], [], "no_match"),
]

ZH_A = [
    # kbw otherwise via un3: 泉州汉服外贸; reply: 泰国（曼谷）, 外贸独立站
    (["你好，我们是泉州做汉服外贸的，刚买了一台ECS。域名绑不绑上去还没定，要看技术那边，这种情况要备案吗？",
      "技术那边定了：域名会解析到这台ECS上，不过机器买的是泰国（曼谷）地域，上面跑我们的外贸独立站。"],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule: 气象站数据采集; reply: 按IP直连，没有域名解析
    (["我们买了两台ECS，用来接收全省几十个小型气象站上传的数据，这个需要备案吗？",
      "气象站都是按IP直接连的，没给这两台机器配过任何域名解析。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv other: 柳州汽车改装店, m 子域名; reply: 新睿云
    (["柳州这边开汽车改装店的，想给网站加个 m.gaizhuangba.cn 做手机版，这种二级域名要不要单独备案？",
      "主域名有备案号，是前几年在新睿云那边办的，不是阿里云。"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: 南昌剧本杀店，主域名没有备案号
    (["我们在南昌开剧本杀店，想用 book.mimiju.com 做线上预约。mimiju.com 这个主域名到现在都没有备案号，那二级域名需要备案吗？"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: 连锁洗衣店，只买了短信套餐
    (["我们是做连锁洗衣店的，只在阿里云买了短信套餐给会员发取衣通知，ECS一台都没买过，以后也不打算买，这样还需要在阿里云做备案吗？"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # omc rule: 宠物摄影工作室，个体户; reply: 新注册域名没备过
    (["我们宠物摄影工作室刚办了个体户执照，之前从来没做过任何备案。请问首次备案是在什么情况下要做的？",
      "域名是上个月刚注册的，之前也没有人拿它备过案。"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # srs otherwise: 安畅网络，不转不加，只用语音合成
    (["我们的网站备案在安畅网络，备案留在那边不动，也不会把阿里云加为新的接入商，只是想调用阿里云的语音合成接口给APP做配音，这种需要备案吗？"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 alibaba: 少儿编程机构; reply: 刚买ECS，课程报名网站
    (["我们少儿编程机构的公司主体之前就在阿里云备过案，现在要不要再加一个网站备案？",
      "刚买了ECS，新注册的域名准备做个课程报名网站，就放在这台ECS上。"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # fyg rule: 物业公司，网站负责人离职
    (["我们物业公司网站的备案号是在阿里云办的，现在网站负责人离职了，要把负责人信息改成新同事，这是不是要变更备案？"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # no_match: 云盘扩容后分区没变大
    (["云盘从40G扩容到100G之后，CentOS 里 df -h 看还是40G，分区要怎么扩大？"],
     [{}], [], "no_match"),
]

ZH_B = [
    # kbw rule via un3: 福州月子中心; reply: 华南2（河源）, 预约网站
    (["我们福州的月子中心买了台ECS，准备做点线上的东西，域名要不要绑上去还在讨论，这种要备案吗？",
      "讨论完了，会把域名解析到这台ECS，机器在华南2（河源），上面放月子套餐介绍和预约的网站。"],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule: 手游服务端，客户端直连IP
    (["我们的手游服务端放在三台ECS上，玩家客户端直接连服务器IP，没有用任何域名解析到这几台ECS，这样需要备案吗？"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: 健身私教工作室, coach 子域名; reply: 阿里云备的案
    (["想给我们健身私教工作室的网站加个 coach.lianqi.cn 二级域名，二级域名是不是要重新备案一次？",
      "主域名当初就是在阿里云备的案，备案号也是阿里云这边下来的。"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # x3g otherwise: 家具定制，听说; reply: 同事上个月下单买了
    (["听说不买ECS就不用在阿里云备案，我们是做家具定制的，想确认一下是不是这样？",
      "呃，其实上个月已经买了一台ECS了，是同事下的单。"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc otherwise: 新公司没备过，二手域名前主人备过
    (["我们公司是今年新注册的，这个主体一次备案都没做过；不过买来的这个二手域名，以前被前主人备过案。这种情况还要做首次备案吗？"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # srs transfer: 猫粮品牌，从深信服云整体转到阿里云
    (["我们是做猫粮的品牌，备案现在在深信服云，想把主体和域名的备案整个转到阿里云来，这种需要办备案吗？"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # b24 other: 神州数码; reply: 正在买ECS，新域名网站放上面
    (["我们公司主体在神州数码那边备过案了，现在还需要在阿里云这边加网站备案吗？",
      "正在阿里云买ECS，打算把新注册域名的网站放到这台ECS上。"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 otherwise: 恒创科技，新网站放虚拟主机，没买ECS
    (["公司主体是在恒创科技备的案。我们有个新域名要做新网站，网站也放在恒创科技的虚拟主机上，阿里云的ECS没买，需要加网站备案吗？"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg otherwise: 家装公司改网站名称; reply: 小鸟云的备案号
    (["想把备案里的网站名称改一下，需要变更备案吗？我们是做家装的。",
      "备案号是小鸟云那边的，跟阿里云没关系。"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # no_match: RDS MySQL 慢查询日志导出
    (["RDS MySQL 的慢查询日志能导出成文件吗？想拿到本地用 pt-query-digest 分析一下。"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 32032007), ("en_b", EN_B, 32032019),
         ("zh_a", ZH_A, 32032031), ("zh_b", ZH_B, 32032049)]


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
