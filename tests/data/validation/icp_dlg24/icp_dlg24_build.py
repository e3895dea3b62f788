#!/usr/bin/env python3
"""Build the icp_dlg24 blind dialogue set (twenty-fourth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
/work/blind/icp_dlg23/icp_dlg23_build.py; every dialogue below is new and written for this set (new
personas, industries, cities, regions, providers and phrasings, written the way users type in a
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
    # kbw rule, one turn: craft brewery in Qingdao, ECS in cn-qingdao, online shop website
    (["hey all, we run a little craft brewery in qingdao and just got an ECS in the China North 1 (Qingdao) region. "
      "our domian already has an A record pointing at it and the online beer shop website goes live on it next month. "
      "do we need an icp filing for the domain??"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),

    # kbw otherwise via un3: batik fabric seller from Surabaya (non-native); reply: Jakarta ap-southeast-5, shop website
    (["hello, i am from Surabaya, we sell batik fabric online. we already purchase 1 ECS instance from alibaba cloud. "
      "is ICP filing need for this or not need?",
      "yes our domain is point to that ECS by A record. the ECS region is Indonesia (Jakarta), not in china, "
      "and it run our batik shop website"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),

    # un3 rule, one turn: animation studio render farm, jobs over VPN, no domain
    (["our animation studio bought 6 GPU ECS instances to use as a render farm. artists submit jobs over our VPN and "
      "there is no domain name resolved to any of them. do we still have to do an ICP filing for these"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)], ["un3"], ("un3", "un3")),

    # un3 rule, two turns: Vietnamese dev team, ECS as CI runners (non-native, hearsay); reply: no domain at all
    (["Hi team, our company buy 2 ECS to be gitlab CI runner. Someone in our group say every ECS in alibaba cloud "
      "must have ICP filing, it is true?",
      "no domain for them. runner only connect outbound to our gitlab, nobody resolve a domain name to these ECS"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)], ["un3"], ("un3", "un3")),

    # fvv alibaba: yoga studio in Suzhou, classes. subdomain; reply: 苏ICP备 issued via Alibaba Cloud in 2022
    (["planning to put our class timetable on a subdomain, something like classes.lotusflowyoga.cn . does a second level "
      "domain need its own icp filing or nah",
      "yep, lotusflowyoga.cn itself is filed. the 苏ICP备 number was issued via alibaba cloud when we opened the studio in 2022"],
     [dict(), dict(tld_filing="alibaba")], ["fvv"], ("fvv", "fvv_alibaba")),

    # fvv other, one turn: parcel logistics firm, root filed via Tencent Cloud, track. subdomain
    (["Our root domain was filed through Tencent Cloud, so it has an ICP number, just not from you guys. We now want "
      "track.<our domain> for parcel tracking, running on Alibaba Cloud. Does that second-level domain need an ICP "
      "filing?"],
     [dict(tld_filing="other")], ["fvv"], ("fvv", "fvv_other")),

    # fvv none: birdwatching society, sightings subdomain; reply: root parked for years, never filed
    (["our birdwatching society wants to launch sightings.ourclub-domain for members to log rare birds. is an icp "
      "filing needed for a 2nd-level domain like that",
      "nah the top level domain has zero ICP number, we bought it ages ago and it just sat parked"],
     [dict(), dict(tld_filing="none")], ["fvv"], ("fvv", "fvv_none")),

    # x3g rule, one turn: translation agency in Tianjin, only domain + SSL cert, site on Wix
    (["I run a small translation agency in Tianjin. From Alibaba Cloud we only bought our domain and an SSL "
      "certificate, the website itself is on Wix. We have not purchased any ECS. Is an Alibaba Cloud ICP filing "
      "required for us?"],
     [dict(purchased_ecs=N)], ["x3g"], ("x3g", "x3g")),

    # x3g otherwise: mobile game studio, forum hearsay; reply: two ECS since March for the game backend
    (["read on some forum that an alibaba cloud icp filing isn't required if you don't buy ECS. is that legit? we're "
      "a tiny mobile game studio",
      "ah well we do have two ECS instances, running the game backend since march"],
     [dict(), dict(purchased_ecs=Y)], ["x3g"], ("x3g", None)),

    # omc rule, one turn: new pet grooming franchise company in Changsha, new domain, website
    (["We just registered our company in Changsha (pet grooming franchise) and bought a fresh domain. Neither the "
      "company nor the domain has ever done any ICP filing. We want to launch our website soon, what filing do we "
      "need first?"],
     [dict(subject_filed=N, domain_filed=N, web_service=Y)], ["omc"], ("omc", "omc")),

    # omc otherwise: pottery e-shop owner, new domain never filed; reply: personal filing in 2020 for an old blog
    (["got a brand new domain for my pottery shop, it's never been filed by anyone. so i need the initial icp "
      "filing right",
      "i personally did an ICP filing as an individual back in 2020, for my old travel blog"],
     [dict(domain_filed=N), dict(subject_filed=Y)], ["omc"], ("omc", None)),

    # srs add, one turn: online education video company, keeps Baidu AI Cloud, adds Alibaba Cloud
    (["We're an online course company and our site is filed with Baidu AI Cloud. We're keeping that, but part of "
      "our video delivery moves to Alibaba, so we want to add Alibaba Cloud as a second ICP filing provider for the "
      "site. Is a filing needed for that?"],
     [dict(provider_change="add")], ["srs"], ("srs", "srs")),

    # srs otherwise: JD Cloud-filed company, only Alibaba SMS service; reply: not transferring, not adding
    (["our website's ICP filing sits with JD Cloud. we just signed up for alibaba cloud's SMS service for login "
      "codes. do we need an ICP filing with alibaba now, like a transfer or sth",
      "no, the filing stays at JD Cloud. we aren't transferring it and we won't add alibaba as a provider either"],
     [dict(), dict(provider_change="none")], ["srs"], ("srs", None)),

    # b24 other: subject filed via China Telecom Tianyi Cloud, new careers site; reply: new Alibaba ECS ordered
    (["our company (the filing subject) was filed through China Telecom's Tianyi Cloud a few years back. now HR wants "
      "a separate careers site on a brand new domain. do we need to add a website ICP filing at alibaba?",
      "the careers site will sit on a new alibaba ECS, the order is already placed"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),

    # b24 alibaba, one turn: boutique hotel group in Guilin, second hotel's new domain on existing ECS
    (["Hello! Our boutique hotel group in Guilin is filed with Alibaba Cloud. We're opening a second property and "
      "want a new domain for its website, hosted on the ECS we already run with you. Do we have to add a website "
      "ICP filing?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)], ["b24"], ("b24", "b24_alibaba")),

    # b24 otherwise, one turn: subject filed with China Mobile eCloud, promo site on Shopify, no ECS
    (["company is filed with China Mobile eCloud. we're launching a promo site on a new domain but it's built on "
      "Shopify, we didn't buy any ECS at all. do we need to add a website icp filing with alibaba cloud for it"],
     [dict(subject_filing_provider="other", new_website_on_ecs=N, purchased_ecs=N)], ["b24"], ("b24", None)),

    # fyg rule, one turn: travel agency in Sanya, 琼ICP备 via Alibaba Cloud, new person in charge
    (["our travel agency site has a 琼ICP备 number that we got through alibaba cloud. the website's person in charge "
      "quit and we have to put a new contact person in the filing. what do we need to do"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)], ["fyg"], ("fyg", "fyg")),

    # fyg otherwise: company renamed after a merger (non-native); reply: ICP number via West.cn / 西部数码
    (["After merger our company have new name, so the subject name in ICP filing must change. How to change the "
      "filing?",
      "the ICP number we got from West.cn (西部数码), it was never with alibaba"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)], ["fyg"], ("fyg", None)),

    # no_match: MIIT SMS verification expired
    (["the MIIT verification text message expired before i could reply to it. how do i get them to send a new one"],
     [dict()], [], "no_match"),

    # no_match: foreign passport holder filing as individual
    (["can a foreigner with only a passport do a personal filing? i live in shenzhen on a work visa"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule via un3: student used-textbook marketplace; reply: cn-nanjing, marketplace website
    (["yo, student project here. we bought two ECS instances for our used textbook marketplace. do we need icp "
      "filing or is that only when a domain is involved",
      "ya our .com is pointed at the ECS via DNS, region is China East 5 (Nanjing) and it serves the marketplace "
      "website"],
     [dict(purchased_ecs=Y, web_service=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),

    # kbw otherwise, one turn: German board game publisher, ECS in Frankfurt eu-central-1
    (["Guten Tag! We publish board games in Germany. Our ECS is in the Germany (Frankfurt) region, eu-central-1, and "
      "our domain is resolved to it. It serves our website for EU customers. Do we need ICP filing for this domain?"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["kbw", "un3"], ("kbw", None)),

    # un3 rule: hypothetical weather-data scraper; reply: no domain ever, writes to OSS
    (["if i buy an ecs only to run scheduled scrapers for weather data, is an icp filing still required",
      "there won't be any domain resolving to it, it just pulls data and dumps it into OSS"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)], ["un3"], ("un3", "un3")),

    # fvv alibaba, one turn: piano tuning service in Hefei, 皖ICP备 via Alibaba Cloud, shop. subdomain
    (["piano tuning business in Hefei. our main domain has a 皖ICP备 number done through Alibaba Cloud. if I add "
      "shop.<main domain> for selling strings and parts, does that subdomain need a filing of its own?"],
     [dict(tld_filing="alibaba")], ["fvv"], ("fvv", "fvv_alibaba")),

    # fvv other: app developer, static. subdomain; reply: root filed via QingCloud
    (["quick one: we want static.ourapp-domain for images and js. is ICP filing required for second level domains",
      "the main domain does have an ICP number, but that filing was done via QingCloud, not alibaba"],
     [dict(), dict(tld_filing="other")], ["fvv"], ("fvv", "fvv_other")),

    # fvv none: fishing tackle review blog, reviews. subdomain; reply: bought at GoDaddy, never filed
    (["i write a fishing tackle blog and want reviews.mydomain for the gear reviews. do second-level domains need an "
      "icp filing?",
      "the top level one never had an ICP number, bought it on godaddy and never bothered to file"],
     [dict(), dict(tld_filing="none")], ["fvv"], ("fvv", "fvv_none")),

    # x3g rule: newborn photographer, nephew set up the account; reply: only an OSS bucket, no ECS
    (["hi, newborn photographer here, my nephew set up my alibaba cloud account. do i have to do an alibaba cloud icp "
      "filing if there's no ECS on it? not sure what he bought tbh",
      "checked the console: no ECS instances at all, only an OSS bucket holding my raw photo backups"],
     [dict(), dict(purchased_ecs=N)], ["x3g"], ("x3g", "x3g")),

    # x3g otherwise, one turn: cofounder's hearsay, four ECS bought
    (["my cofounder read that you can skip the alibaba cloud icp filing when you don't buy ECS. thing is we did "
      "buy ECS, four of them. does that no-filing thing still apply to us?"],
     [dict(purchased_ecs=Y)], ["x3g"], ("x3g", None)),

    # omc rule: retired teacher, poetry website; reply: domain registered last week, never filed
    (["retired teacher here. i have never done any ICP filing in my life and want to start a little poetry website. "
      "do i need the initial filing",
      "the domain is new as well, nobody ever filed it, i registered it on alibaba cloud last week"],
     [dict(subject_filed=N), dict(domain_filed=N)], ["omc"], ("omc", "omc")),

    # omc otherwise, one turn: aged domain bought at auction, already filed by previous owner; company never filed
    (["We bought an aged domain at an auction and it was already ICP filed by its previous owner. Our company itself "
      "has never filed anything. Is the initial ICP filing what we need here?"],
     [dict(domain_filed=Y, subject_filed=N)], ["omc"], ("omc", None)),

    # srs transfer, one turn: leaving 35.com / 三五互联
    (["We're leaving 35.com (三五互联) and want to transfer the ICP filing of our company and domain over to Alibaba "
      "Cloud. Do we need to apply for an ICP filing for that?"],
     [dict(provider_change="transfer")], ["srs"], ("srs", "srs")),

    # srs otherwise: game studio filed with Tencent Cloud, only Alibaba speech recognition API
    (["our games site is filed with tencent cloud. we started using alibaba cloud's speech recognition API for "
      "voice chat. under what conditions would we need an icp filing with alibaba",
      "the filing stays at tencent, we're neither moving it nor adding alibaba as a provider. just the API"],
     [dict(), dict(provider_change="none")], ["srs"], ("srs", None)),

    # b24 other, one turn: furniture maker in Foshan, subject filed with ZZIDC / 景安, new brand site on new ECS
    (["Furniture maker in Foshan. Our company's ICP filing was done with ZZIDC (景安网络). We are buying an Alibaba "
      "Cloud ECS now to host a website for a new brand on a new domain. Do we need to add a website ICP filing?"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)], ["b24"], ("b24", "b24_other")),

    # b24 alibaba: gear rental shop in Lijiang, new booking site on ECS; reply: 滇ICP备 with Alibaba Cloud
    (["we're putting a new rental booking website with its own new domain onto our alibaba ECS (outdoor gear rental "
      "in lijiang). do we need to add a website ICP filing for it",
      "the company is already filed, and yes that one was with alibaba cloud (滇ICP备)"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="alibaba")],
     ["b24"], ("b24", "b24_alibaba")),

    # b24 alibaba, one turn: florist chain in Kunming, subscription bouquet site on current ECS
    (["hiya, florist chain in Kunming. our company's filing is with Alibaba Cloud and we're launching a "
      "flower-subscription site under a new domain, hosted on our current ECS. do we need to add a website ICP "
      "filing for that?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)], ["b24"], ("b24", "b24_alibaba")),

    # b24 otherwise: esports team filed with Alibaba Cloud, fan site; reply: Cloudflare Pages, no ECS
    (["our esports team's company is filed with alibaba cloud. we're making a fan site on a new domain, do we need "
      "to add a website icp filing",
      "it's going on cloudflare pages, not on any ECS"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=N)], ["b24"], ("b24", None)),

    # fyg rule: 浙ICP备 via Alibaba Cloud (non-native); reply: website name and person in charge changed
    (["hey, our site got its ICP number (浙ICP备) via Alibaba Cloud when we launch in 2021. My manager ask me: when exactly we must change the filing?",
      "we change the website name and also the person in charge, so the info of subject and website is different "
      "now"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=Y)], ["fyg"], ("fyg", "fyg")),

    # fyg otherwise, one turn: language exchange app, number via now.cn / 时代互联, website name change
    (["Our ICP number was issued through now.cn (时代互联), not Alibaba. We need to change the website name in the "
      "filing. Does that go through Alibaba Cloud's ICP change?"],
     [dict(has_alibaba_icp_number=N, modify_info=Y)], ["fyg"], ("fyg", None)),

    # no_match: fee for filing
    (["is there any fee for doing the icp filing on alibaba cloud, or is it totally free"],
     [dict()], [], "no_match"),

    # no_match: does a filing expire
    (["does an ICP filing expire after a few years? do I have to renew it every year like the domain"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw rule via un3: 社区团购后台; reply: 华东1（杭州），团购网站和接口
    (["我们在阿里云买了两台ECS做社区团购的后台，这种情况要备案吗？域名还没定要不要绑",
      "定了，域名已经解析到这两台ECS上，机房在华东1（杭州），上面跑的是团购网站和接口"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),

    # un3 rule, one turn: 视频转码服务器，只走内网
    (["我们在阿里云买了台ECS专门做视频转码，只走内网给OSS用，没有任何域名解析过去，这样也需要备案吗"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)], ["un3"], ("un3", "un3")),

    # fvv alibaba, one turn: 浙ICP备 在阿里云, m. 手机版
    (["主域名是在阿里云备的案（浙ICP备），现在想加个 m. 开头的手机版二级域名，二级域名还要单独备案吗"],
     [dict(tld_filing="alibaba")], ["fvv"], ("fvv", "fvv_alibaba")),

    # fvv none: 宠物领养公益; reply: 主域名没有备案号，一直闲置
    (["我们做宠物领养公益的，打算用 adopt. 开头的二级域名放领养信息，二级域名要不要备案啊",
      "查过了，主域名压根没有备案号，买来以后就一直闲置着"],
     [dict(), dict(tld_filing="none")], ["fvv"], ("fvv", "fvv_none")),

    # x3g otherwise, one turn: 听说不买ECS不用备案，但已经买了四台
    (["听说不买ECS就不用在阿里云备案，可我们公司已经买了四台ECS了，这个说法对我们还适用吗"],
     [dict(purchased_ecs=Y)], ["x3g"], ("x3g", None)),

    # omc otherwise: 茶叶网店新域名; reply: 公司2021年备过案
    (["刚注册了一个新域名准备做茶叶网店，这个域名从来没备案过，是不是得办首次备案",
      "公司主体2021年就已经备过案了"],
     [dict(domain_filed=N), dict(subject_filed=Y)], ["omc"], ("omc", None)),

    # srs add: 移动云备案; reply: 保留移动云，加阿里云为新接入商
    (["我们网站是在移动云备的案，现在也想用阿里云，什么情况下需要在阿里云办备案",
      "移动云那边继续保留，想把阿里云加进来作为新的备案接入商"],
     [dict(), dict(provider_change="add")], ["srs"], ("srs", "srs")),

    # b24 other, one turn: 腾讯云主体，新品牌官网放阿里云新买的ECS
    (["公司主体是在腾讯云备的案，现在要在阿里云买ECS给新品牌做官网，用的是新域名，需要在阿里云新增网站备案吗"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)], ["b24"], ("b24", "b24_other")),

    # fyg otherwise: 公司改名; reply: 备案号在百度智能云办的
    (["公司改名了，备案信息里的主体名称也得跟着改，这个要怎么变更",
      "备案号是在百度智能云那边办下来的，不是阿里云"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)], ["fyg"], ("fyg", None)),

    # no_match: 管局核验电话漏接
    (["备案审核的时候管局打电话来核验，我没接到，怎么办"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw otherwise via un3: 跨境电商独立站; reply: 日本（东京），不在大陆
    (["我们在阿里云上买了ECS做跨境电商独立站，需要备案吗",
      "域名已经解析到这台ECS了，地域选的是日本（东京），不在大陆，上面跑的就是独立站网站"],
     [dict(purchased_ecs=Y, web_service=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),

    # fvv other, one turn: 京东云备案的顶级域名, shop. 二级域名
    (["顶级域名是在京东云备的案，有备案号，现在想在阿里云上用 shop. 二级域名，这个需要在阿里云备案吗"],
     [dict(tld_filing="other")], ["fvv"], ("fvv", "fvv_other")),

    # x3g rule, one turn: 只买了域名和短信服务，网站在 Framer
    (["我只在阿里云买了域名和短信服务，ECS一台都没买过，网站是用 Framer 做的，需要做阿里云的备案吗"],
     [dict(purchased_ecs=N)], ["x3g"], ("x3g", "x3g")),

    # omc rule: 个人摄影作品集; reply: 域名上个月才买，历史上没人备过
    (["我是个人，第一次做网站放摄影作品集，之前从来没备过案，要先办首次备案吗",
      "这个域名上个月才买的，查了历史记录，以前没有人给它备过案"],
     [dict(subject_filed=N), dict(domain_filed=N)], ["omc"], ("omc", "omc")),

    # srs transfer: 天翼云; reply: 主体和域名的备案整体转到阿里云
    (["网站原来在天翼云备的案，现在服务器要搬到阿里云，这种情况需要备案吗",
      "对，打算把主体和域名的备案整个从天翼云转到阿里云"],
     [dict(), dict(provider_change="transfer")], ["srs"], ("srs", "srs")),

    # srs otherwise, one turn: 景安备案，不转不加，只用短信
    (["我们的备案在景安，不转接入，也不打算把阿里云加成接入商，只用阿里云发验证码短信，这样需要在阿里云备案吗"],
     [dict(provider_change="none")], ["srs"], ("srs", None)),

    # b24 alibaba, one turn: 人事的招聘站，新域名，部署在在用的ECS
    (["我们公司当初是通过阿里云做的主体备案。最近人事要上线一个招聘站，域名是新买的，打算直接部署在公司正在用的那台ECS里，这种情况还得再加一个网站备案吗"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)], ["b24"], ("b24", "b24_alibaba")),

    # b24 otherwise: 西部数码主体，活动页; reply: 放在 Hostinger，不用ECS
    (["我们主体是在西部数码备的案，现在想弄个新域名做活动页，要在阿里云新增网站备案吗",
      "活动页直接放在 Hostinger 上，不用ECS"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=N)], ["b24"], ("b24", None)),

    # fyg rule: 苏ICP备 在阿里云; reply: 网站负责人换人
    (["我们的苏ICP备号是前年通过阿里云拿到的，想问下备案信息在哪些情况下必须做变更",
      "网站负责人换人了，手机号和邮箱都要改成新的"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=Y)], ["fyg"], ("fyg", "fyg")),

    # no_match: 个人备案网站能不能挂广告
    (["个人备案的网站能不能挂广告赚点钱"],
     [dict()], [], "no_match"),
]


FILES = [("en_a", EN_A, 20262411), ("en_b", EN_B, 20262412),
         ("zh_a", ZH_A, 20262413), ("zh_b", ZH_B, 20262414)]


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
