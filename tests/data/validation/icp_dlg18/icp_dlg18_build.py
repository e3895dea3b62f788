#!/usr/bin/env python3
"""Build the icp_dlg18 blind dialogue set (eighteenth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
/work/blind/icp_dlg17/icp_dlg17_build.py; every dialogue below is new and written for this set (new
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
    # kbw rule via un3: frozen dumpling wholesaler in Qingdao; ECS bought (neutral about DNS); the reply gives
    # DNS, cn-qingdao and a browser ordering portal
    (["hi, we're a frozen dumpling wholesaler up in qingdao. our IT guy set up an ECS instance last wk for the "
      "B2B ordering thing. is ICP filing needed just bc we have ECS, or does something else decide it",
      "ok so orders.jiaozibox.cn is resolved to that instance in DNS, region is cn-qingdao, and the restaurants "
      "we supply log in thru a normal browser to put in orders"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, one turn: batik seller from Penang (non-native); Kuala Lumpur region, public web shop
    (["Hai, we are batik fabric seller from Penang. Our web shop is on Alibaba Cloud ECS in Kuala Lumpur region "
      "(ap-southeast-3) and the domain pointing to it, customer buy from the site by browser. Malaysia is not "
      "China mainland right, so ICP filing is needed or not ah"],
     [dict(points_to_mainland=N, web_service=Y, domain_resolves_to_ecs=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule, one turn: bioinformatics core in Wuhan, SFTP to IPs, no hostname
    (["Our university's bioinformatics core runs 4 ECS instances in cn-wuhan-lr for sequence alignment jobs. "
      "Researchers push their data over SFTP straight to the IP addresses; there is no hostname or DNS record "
      "pointing at any of them. Does this setup need an ICP filing at all"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, two turns: freight forwarder's careers subdomain; neutral first, reply gives the root's status
    (["we want to spin up a careers.* subdomain for our freight forwarding company. does a second-level domain "
      "need its own icp filing, or is that handled by the main one",
      "the main one, hualu-freight.com, got its filing through alibaba cloud in 2020 and we still have that number"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: dance studio in Changsha; root filed via Baidu AI Cloud
    (["Our tap dance studio in Changsha wants shop.tapstep.cn to sell class packs. tapstep.cn already has an ICP "
      "number, but it came from Baidu AI Cloud (百度智能云) — we have never filed anything with Alibaba. Can the "
      "sub domain just be used like that"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, two turns: status page subdomain; the reply corrects itself
    (["quick one: planning to put a status page on status.drillbyte.cn. do 2nd level domains need ICP filing "
      "or not",
      "drillbyte.cn itself has a number i think... nah scratch that, that was our old domain. drillbyte.cn has "
      "never been filed anywhere"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, two turns: mobile game studio; neutral first, reply CDN + OSS only
    (["Which of your products do we have to have bought before an Alibaba Cloud ICP filing even applies to us",
      "we only use CDN and object storage for our mobile game's patch downloads, not a single ECS instance on "
      "the account"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: aunt's homestay in Dali; ECS bought; region self-corrected
    (["helping my aunt with her homestay (民宿) in Dali, we bought her an ECS in cn-chengdu... no wait it's "
      "cn-shanghai lol. since we did buy the ECS, does that mean an Alibaba Cloud ICP filing is required for us"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: honey co-op in Inner Mongolia; neither filed
    (["Morning. Honey co-op from Inner Mongolia here, totally new to all this. The co-op has never done any ICP "
      "filing, and mengmi-honey.cn was registered last Tuesday so it has never been filed either. What do we "
      "have to get done before the site can go live"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, two turns: wedding photographer in Xiamen; subject no, domain filed by the partner
    (["I'm a wedding photographer in Xiamen and I've personally never filed anything for ICP. is the initial "
      "ICP filing the thing I need for my portfolio domain",
      "the domain used to belong to my studio partner, she had it filed back in 2021 before she handed it over "
      "to me"],
     [dict(subject_filed=N), dict(domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs transfer, two turns: e-learning company with its filing at JD Cloud; neutral first
    (["so the ICP record of our e-learning platform is held at JD Cloud (京东云) at the moment. what situations "
      "make a fresh filing application on Alibaba Cloud necessary",
      "we'd move the subject and the domain over to Alibaba Cloud completely and drop JD Cloud once it's done"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: lab equipment distributor staying with Tianyi Cloud
    (["Hello, the website filing of our lab equipment distribution company is with China Telecom's Tianyi Cloud "
      "(天翼云). We are NOT moving it to Alibaba Cloud and we won't add Alibaba as an extra filing provider "
      "either. Is there any ICP filing we must apply for on your side then"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, one turn: cat treats brand in Hangzhou; subject via West.cn; buying ECS for a new domain
    (["Our cat treats brand (Hangzhou) has its subject filing through West.cn (西部数码). We're purchasing an ECS "
      "right now to launch a second site on a brand new domain, catnibs.cn. Do we need to add a website ICP "
      "filing in Alibaba Cloud for it"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y, subject_filed=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 other, two turns: translation agency; subject via China Mobile Cloud; reply: the ECS ordered this week
    (["hello. the subject ICP filing for our translation agency was done through China Mobile Cloud (移动云). we "
      "got a new domain for a client portal project, does Alibaba require a separate website filing for that",
      "yes, it's going to run on the ECS we're ordering from you this week"],
     [dict(subject_filing_provider="other", subject_filed=Y), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, two turns: recipe blog on the existing ECS; the reply gives the subject provider
    (["I want to host a second site, a recipe blog on a new domain, on the same ECS my main site already runs "
      "on. what filing step applies here",
      "my personal filing subject was done through Alibaba Cloud, back when I set up the main site"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="alibaba", subject_filed=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: solar installer; subject with Alibaba Cloud, new site on Vercel
    (["Company subject was filed with Alibaba Cloud already (2020). We registered a new domain for our solar panel "
      "installation business, but that site will be deployed on Vercel, not on any ECS. Do I still need to add a "
      "website ICP filing"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=N, subject_filed=Y)],
     ["b24"], ("b24", None)),
    # fyg rule, two turns: new person in charge of the website; reply gives the Alibaba number
    (["We handed the website's person-in-charge role to a new colleague, so his name, ID number and mobile need "
      "to replace the old guy's in our filing. where do I do that",
      "the number was issued via Alibaba Cloud, yes, it's a 浙ICP备 one"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, two turns: yoga studio; number from Alibaba, nothing changes
    (["Hi! our yoga studio's ICP number is from Alibaba Cloud, we got it in 2022. In which situations would we "
      "have to change the filing",
      "right now nothing really, business name, address, contacts and the site itself are all still the same"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match: the MIIT SMS verification code expired
    (["the MIIT verification text message came while I was on a flight and the code expired before I could "
      "reply. how do I get them to send it again"],
     [dict()], [], "no_match"),
    # no_match: how to link the number in the footer
    (["once we have the filing number, what exactly should the link in the page footer point to, and is there "
      "a required font size for it"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule, one turn: fitness equipment rental; cn-guangzhou, public website
    (["Fitness equipment rental company here 🏋️ our domain liftloan.cn resolves to a server in Alibaba Cloud "
      "cn-guangzhou and it will serve our rental website to the public. Do we need ICP for that domain"],
     [dict(points_to_mainland=Y, web_service=Y)],
     ["kbw"], ("kbw", "kbw")),
    # kbw otherwise via un3: fleet tracking startup; reply: DNS to an ECS in Hong Kong, dashboard website
    (["We bought two ECS for our fleet-tracking startup. if we just have the ECS, is a filing required, or is "
      "there more to it",
      "tracker.fleetnova.com has a DNS record to one of them, but it's in cn-hongkong (HK), it serves the "
      "customer dashboard website"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule, two turns: Minecraft server on ECS; the reply: players use the public IP
    (["gonna rent an ECS to host a minecraft server for me and my mates, do i have to do the icp filing thing "
      "for that",
      "everyone connects straight to the public IP, no domain is resolved to it"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: alumni association (non-native)
    (["Hello, our alumni association use main domain nkalumni.cn, the ICP filing of it was make in Alibaba Cloud "
      "few years ago. Now we want events.nkalumni.cn for reunion sign up. Need a new filing for this second "
      "level domain"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, two turns: opera troupe tickets subdomain; reply: root filed via 35.com
    (["our Yue opera troupe wants tickets.<our domain>.cn, i.e. a second level domain. what's required icp-wise",
      "the top domain does have an ICP number, but it was issued through 35.com (三五互联), not alibaba"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn: homebrew club; root parked, never filed
    (["homebrew beer club here 🍺 we own brewclub.cn but never did any ICP for it, it's just been parked. now "
      "we want wiki.brewclub.cn. is filing needed for the subdomain"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g otherwise, two turns: print-on-demand shop; neutral first, reply: three ECS in cn-nanjing
    (["Is whether we need the Alibaba Cloud ICP filing tied to what we purchase from you",
      "well we did buy ECS, three of them in cn-nanjing, for our print-on-demand t-shirt shop"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # x3g rule, one turn: accountant's hearsay; the user only uses Alibaba Cloud's SMS + DNS; no ECS
    (["my accountant reckons that since we have an Alibaba Cloud account we automatically need an Alibaba Cloud ICP "
      "filing. we've never bought an ECS instance, we only use your SMS service for login codes. is he right"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc rule, two turns: tabletop RPG blogger; generic "no" reply for the open domain fact
    (["first time doing anything with ICP. i personally have never filed before. planning a tabletop rpg blog on "
      "rollcrit.cn, what filing do i start with",
      "negative, that never happened"],
     [dict(subject_filed=N), ANY_NO],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: logistics firm; subject filed in 2018, new domain never filed
    (["Our logistics firm finished its ICP filing as a subject in 2018 for the old site. Now we have a fresh "
      "domain that's never been filed. does that count as an initial ICP filing case"],
     [dict(subject_filed=Y, domain_filed=N)],
     ["omc"], ("omc", None)),
    # omc otherwise, two turns: aquarium shop; subject never filed; the supplier filed the domain before handing it over
    (["we're a new aquarium & tropical fish shop, the company itself has never been through ICP filing. is the "
      "initial filing what we have to do",
      "the domain was already filed, our supplier registered it and filed it in 2022 before transferring "
      "ownership to us"],
     [dict(subject_filed=N), dict(domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs add, one turn: keep QingCloud, add Alibaba Cloud
    (["Our filing is on QingCloud (青云) and we'll keep it there, but half of our servers are moving to you, so "
      "we want to add Alibaba Cloud as a second access provider for the website. Do we need to apply for a "
      "filing"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, two turns: filing with Baidu AI Cloud; reply: neither move nor add
    (["hey, the filing's with Baidu AI Cloud right now. do I have to do anything ICP-wise with Alibaba",
      "no plans to move it over and no plans to add you as a provider, it stays where it is"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, two turns: kids' coding classes; buying ECS for a new site; reply: subject via JD Cloud
    (["buying an ECS today to host a new website on a new domain for our kids' coding classes. what kind of "
      "filing do I need in that case",
      "our company was filed as a subject before, with JD Cloud (京东云)"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="other", subject_filed=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: HR SaaS; subject with Alibaba Cloud, existing ECS in cn-huhehaote
    (["Good afternoon. Our company has been on record with Alibaba Cloud as a filing subject since 2019. We're "
      "launching a site for our HR SaaS on a fresh domain and it'll be hosted on our existing ECS in "
      "cn-huhehaote. What's required"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, subject_filed=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, two turns: subject with Tencent Cloud; reply: DigitalOcean in Singapore, not ECS
    (["our subject filing is with Tencent Cloud. we have a new domain for a second brand site. do i need a "
      "website filing in alibaba cloud for it",
      "no, the new site goes on a DigitalOcean droplet in Singapore, we're not putting it on any ECS"],
     [dict(subject_filing_provider="other", subject_filed=Y), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: site renamed and address moved to Pudong
    (["Our ICP number was obtained through Alibaba Cloud. We renamed the website and the company's registered "
      "address moved to Pudong, so the filing info is outdated now. need to update it, where do we do that"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: contact email change; number from Tianyi Cloud
    (["We want to update the contact email in our ICP filing. The filing number was issued via Tianyi Cloud, "
      "we've never had one from Alibaba Cloud. do i have to change it on the alibaba cloud platform"],
     [dict(has_alibaba_icp_number=N, modify_info=Y)],
     ["fyg"], ("fyg", None)),
    # no_match: face verification app crashes
    (["the face verification step keeps crashing the app on my Xiaomi phone right after it opens the camera. "
      "any workaround"],
     [dict()], [], "no_match"),
    # no_match: website name rejected for containing "China"
    (["the reviewer rejected our website name because it contains the word \"China\". which words are not "
      "allowed in a website name"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw otherwise via un3: 跨境电商后台; reply: DNS, 中国香港, website
    (["我们买了台ECS跑跨境电商的系统，光是买了ECS就要备案吗",
      "域名解析到这台ECS上了，地域选的是中国香港，上面是给海外客户下单的网站"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule, one turn: 渲染农场, IP only
    (["我们工作室在阿里云买了三台ECS做渲染农场，没有任何域名解析过去，全是用IP直连的，这种要备案不"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv other, two turns: 二手车网站手机版; reply: root filed at 百度智能云
    (["想给我们的二手车网站加个二级域名 m.chexiang8.cn 做手机版，这个二级域名要不要单独备案呀",
      "主域名是有备案号的，不过是在百度智能云那边备的"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # x3g otherwise, one turn: bought two ECS last year
    (["我们去年买了两台包年的ECS，那是不是就得走阿里云的ICP备案了呀"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: 读书笔记博客, both never filed; pinyin slip 因该 for 应该
    (["我是个人，想搞个读书笔记的博客，之前从来没备过案，域名也是刚注册的没备过，首次备案因该咋弄"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # srs transfer, one turn: from 京东云, 京东云 dropped
    (["我们的备案现在在京东云，打算把主体和域名一起转到阿里云来，京东云那边以后就不用了，这种需要重新申请备案吗"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # b24 alibaba, two turns: 售后服务网站; reply: existing ECS
    (["公司主体之前在阿里云备过案了，现在又注册了个新域名做售后服务网站，要加网站备案吗",
      "对的，就放在我们现有的那台ECS上"],
     [dict(subject_filing_provider="alibaba", subject_filed=Y), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: 招商网站 on own servers; subject via 天翼云
    (["公司主体是在天翼云备的案，新开了一个域名做招商加盟网站，不过网站放在自己机房的服务器上，不用ECS，这种还要在阿里云加网站备案么"],
     [dict(subject_filing_provider="other", new_website_on_ecs=N, subject_filed=Y)],
     ["b24"], ("b24", None)),
    # fyg rule, two turns: 网站负责人离职; reply: Alibaba number
    (["网站负责人离职了，备案里的负责人信息要换成新同事的，这个在哪弄啊",
      "嗯，是阿里云这边下的备案号"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # no_match: 营业执照扫描件上传格式
    (["上传营业执照扫描件一直提示失败，图片格式和大小有啥要求没"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw rule via un3: new ECS; reply: A record, 华东2上海, 公司官网
    (["刚在阿里云买了台ECS，想问下只买服务器的话需要备案不",
      "域名做了A记录指向这台ECS，机房选的华东2（上海），上面跑的是公司官网"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # fvv alibaba, one turn: blog subdomain; root filed with Alibaba Cloud
    (["主域名当年就是在阿里云备的案，现在想加个 blog 的二级域名，还用再备一次案不"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv none, two turns: shop subdomain; reply: root never filed; pinyin slip 再 for 在
    (["二级域名需要备案吗？我们想用 shop.taoyuanju.com 再阿里云上开个小店",
      "主域名没有备案号，一直都没弄过"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, two turns: colleague's hearsay; reply says no ECS bought
    (["同事说只要开了阿里云账号就得在阿里云备案，是这样吗",
      "ECS的话我们没买过，就用了个云解析"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc otherwise, one turn: subject never filed; domain filed by a friend before the transfer
    (["我个人之前没备过案，但这个域名是朋友转给我的，他已经备过案了，我这算首次备案不"],
     [dict(subject_filed=N, domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs add, two turns: filing with 移动云; reply: keep it and add Alibaba Cloud
    (["我们备案现在挂在移动云，啥情况下需要在阿里云这边申请备案啊",
      "移动云那边保留着，再新增一个阿里云接入"],
     [dict(), dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: stays with 西部数码
    (["备案一直挂在西部数码那边，不打算转过来，也不打算新增阿里云接入，这种情况还要在阿里云申请备案吗"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, one turn: subject with 腾讯云, new domain on a newly bought ECS
    (["主体在腾讯云备过了，现在买了阿里云的ECS，想给新域名做个网站放上面，要加网站备案吗"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y, subject_filed=Y)],
     ["b24"], ("b24", "b24_other")),
    # fyg otherwise, two turns: company renamed; reply: number via 景安
    (["我们公司改名了，备案里的主体名称得跟着改吧",
      "备案号是在景安那边办的，不是阿里云的"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: 前置审批 for a drug information site
    (["做在线药品信息的网站，备案前需要先办啥前置审批文件吗"],
     [dict()], [], "no_match"),
]


FILES = [("en_a", EN_A, 20261801), ("en_b", EN_B, 20261802),
         ("zh_a", ZH_A, 20261803), ("zh_b", ZH_B, 20261804)]


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
