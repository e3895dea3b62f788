#!/usr/bin/env python3
"""Build the icp_dlg12 blind dialogue set (twelfth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
/work/blind/icp_dlg11/icp_dlg11_build.py; every dialogue below is new and written for this set (new
personas, businesses, providers, regions and phrasings, in a Discord support-channel style).

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
    # kbw rule: piano studio; domain -> ECS in Chengdu (first message), parents' portal (reply, in words)
    (["hey all \U0001F44B piano studio owner here, not techy at all. our domain keysandkids.cn is resolved to the aliyun "
      "ECS my nephew set up in Chengdu. does that domain need ICP filing or nah",
      "it hosts the parents portal \u2014 they log in from their phone browser to check lesson times and pay tuition "
      "online"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, purchased_ecs=Y), dict(web_service=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: greenhouse sensor gateway in cn-zhangjiakou; the reply gives DNS yes, mainland, no web
    (["smart greenhouse startup here \U0001F331 we run one ECS in cn-zhangjiakou as our sensor gateway. does ICP filing "
      "for an ECS hinge on whether a domain name gets pointed at the instance?",
      "ok so yes, mqtt.leafgrid.cn resolves to that zhangjiakou box. but there's zero web stuff on it: the sensors "
      "talk MQTT over TLS on port 8883, no http, no pages, no API"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=N)],
     ["un3", "kbw"], ("kbw", None)),
    # kbw otherwise, one turn: indie game landing page on ECS in Singapore
    (["indie game studio, our landing page + demo download site runs on an ECS in Singapore (ap-southeast-1) and "
      "pixelmoth.games resolves straight to it. players just open it in a browser. does that domain need an ICP "
      "filing? \u6211\u4eec\u7684\u73a9\u5bb6\u5927\u90e8\u5206\u5728\u4e1c\u5357\u4e9a btw"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule: render farm; the reply says nothing resolves to them
    (["our animation team bought 8 ECS instances as a render farm for overnight jobs. whether they need ICP filing "
      "depends on DNS resolution pointing at them, right?",
      "nah nothing is resolved to them. artists submit jobs through our internal queue, the nodes only have VPC "
      "addresses behind a NAT gateway, we never gave them a domain"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: knitting shop's pattern store subdomain
    (["we're a small yarn & knitting shop. planning to put our pattern store on patterns.woolnook.cn. the main "
      "woolnook.cn was filed with alibaba cloud back in 2019 (the \u5907\u6848\u53f7 in our footer came from their system). "
      "does the subdomain need its own filing"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: hiring page subdomain; the reply says the parent was filed through Huawei Cloud
    (["Does a second level domain like careers.orbitlane.com.cn need a separate ICP filing? we're about to host our "
      "hiring page there on alibaba cloud",
      "the main orbitlane.com.cn was filed through Huawei Cloud back when our old site lived there. it has a proper "
      "ICP number, just not one from alibaba"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: SDK docs subdomain; the reply corrects itself (that was the old .net domain)
    (["2nd-level domain q: we want docs.quillstack.cn for our SDK docs. do subdomains need ICP filing on thier own",
      "main domain was filed with aliyun... wait no, sorry, that was our OLD domain quillstack.net. quillstack.cn "
      "itself has never had an ICP number"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: podcast network; the reply says no ECS, only OSS
    (["is the alibaba cloud ICP filing requirement tied to buying ECS instances? we're a podcast network and a bit lost",
      "we've never bought any ECS. the only alibaba thing we pay for is OSS to store the episode audio, the site "
      "itself is on squarespace"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: quotes the rule, then states its own ECS purchase
    (["docs say no ECS means no alibaba cloud ICP filing, but we DID buy an ECS last month (for the booking system of "
      "our dog grooming salon \U0001F429). does that mean we need the alibaba cloud filing then"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule: handmade soap brand; subject never filed (first), fresh domain (reply)
    (["we're a 3-person handmade soap brand, the company has never done any ICP filing in its life. under what "
      "conditions do we need to do the initial filing",
      "the domain soapsmith.cn is fresh, bought it on tuesday, nobody has filed it"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: second-hand domain already filed by its previous owner
    (["bought the domain tealroute.cn second-hand from another company and it was already filed by them years ago. my "
      "own company has never filed anything though. do we still apply for the initial ICP filing?"],
     [dict(subject_filed=N, domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer), one turn: leaving Volcano Engine
    (["we're moving off Volcano Engine (\u706b\u5c71\u5f15\u64ce) entirely. want the ICP filing of our company and our "
      "domain transferred over to alibaba cloud as well. do we have to apply for an ICP filing for that"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise: filing with Kingsoft Cloud; the reply says neither transfer nor add
    (["our ICP filing is with Kingsoft Cloud rn. in what situation would we need to apply for one on alibaba cloud?",
      "we aren't moving it, and we aren't adding alibaba as a provider either. the filing stays 100% with Kingsoft, we "
      "just use alibaba's SMS service for login codes"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other: new site on an ECS bought this week (first), subject filed via Tencent Cloud (reply)
    (["We're launching a new website on a brand new domain and we're buying an ECS for it this week. When do we need "
      "to add a website ICP filing?",
      "the company (our \u4e3b\u4f53) got filed through Tencent Cloud in 2020 for our app's landing page"],
     [dict(new_website_on_ecs=Y), dict(subject_filing_provider="other")],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: kombucha line site on the existing ECS
    (["our company's ICP filing was done on alibaba cloud ages ago. now marketing wants a seperate site for our new "
      "kombucha line on a new domain, hosted on our existing ECS. do we need to add a website filing for that"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: subject filed with Xinnet (towards the rule), reply: physical server in a Guangzhou IDC
    (["company was filed with another provider (Xinnet / \u65b0\u7f51, long story). we're doing a new site for a different "
      "brand on a new domain. when do we need a website ICP filing on alibaba?",
      "the new site won't be on ECS at all, it's going on a physical server we rent in a Guangzhou IDC"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule: number from Alibaba Cloud (first), company renamed after a merger (reply)
    (["context: the 备案号 at the bottom of our homepage was granted via alibaba cloud's system. what kinds of "
      "situations mean we have to go and change that filing",
      "we merged with another firm and the company's official name changed last month, so the subject name on the "
      "filing is outdated now"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: contact email to update, number from Tencent Cloud
    (["we need to update the contact email on our filing, but our ICP number was issued via Tencent Cloud, not "
      "alibaba. does this count as changing the ICP filing on the alibaba platform?"],
     [dict(has_alibaba_icp_number=N, modify_info=Y)],
     ["fyg"], ("fyg", None)),
    # no_match: review time at the communications administration
    (["how many days does the communications administration (\u7ba1\u5c40) review usually take after alibaba submits "
      "our application?"],
     [dict()], [], "no_match"),
    # no_match: public security filing after the ICP number
    (["after we get the ICP number do we also have to do the public security bureau filing (\u516c\u5b89\u5907\u6848)? "
      "where is that done"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule, one turn: esports club fan site on ECS in cn-heyuan
    (["esports club here \U0001F3AE our fan site redwyrm.cn resolves to an ECS in cn-heyuan (guangdong). fans browse "
      "match schedules and buy jerseys on it in the browser. do we need ICP filing for the domain"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw rule via un3: weather stations in Hohhot; the reply gives DNS, region and an HTTPS API
    (["we have an ECS in the Hohhot region (cn-huhehaote) for our weather station network. ECS + ICP filing, does it "
      "come down to whether we point a domain at it through DNS?",
      "yeah api.steppewx.cn resolves to it, and the herders' dashboard pulls readings from it over https. hohhot is "
      "inner mongolia so def mainland"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise: booking site (first), reply corrects the assumed Shanghai to Frankfurt
    (["our language school's course booking site: the domain lingolark.cn resolves to our alibaba ECS and students "
      "book classes in the browser. does the domain need an ICP filing?",
      "the instance is in... I thought Shanghai bc the console showed chinese, but no, just checked, it's Frankfurt "
      "(eu-central-1)"],
     [dict(domain_resolves_to_ecs=Y, web_service=Y, purchased_ecs=Y), dict(points_to_mainland=N)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule, one turn: Kafka brokers reached over the private network only
    (["we bought 6 ECS as kafka brokers for our ride-hailing backend. nothing resolves to them, no domain name at all, "
      "they're only reached from our ACK cluster over the private network. ICP filing needed?"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: hotel mobile subdomain; the reply says the parent was filed in the aliyun console
    (["do second-level domains need an icp filing? we want m.lotusgarden-hotel.cn for the mobile version of our "
      "hotel site",
      "lotusgarden-hotel.cn was filed in the aliyun \u5907\u6848 console by our IT guy, the approval SMS came from "
      "Alibaba Cloud"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: root filed through 35.com
    (["our root domain kiteharbor.cn has an ICP number but the filing was done through 35\u4e92\u8054 (35.com), not "
      "Alibaba Cloud. if we put shop.kiteharbor.cn on alibaba cloud, does that subdomain need a filing"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn: rooftop farm collective, root never filed
    (["rooftop-farm collective here. the top level domain skyacre.cn has no ICP number at all, nobody ever filed it. "
      "does the subdomain market.skyacre.cn need an ICP filing"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: church livestream on ApsaraVideo Live, own origin server
    (["we stream church services using alibaba cloud's ApsaraVideo Live, but the origin is our own server and we've "
      "never bought an ECS instance. is an alibaba cloud ICP filing required?"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise: tutoring center; the reply says two ECS from the Double 11 sale
    (["does whether you need an alibaba cloud ICP filing depend on having bought ECS? asking for our tutoring center",
      "we grabbed 2 ECS instances in the double 11 sale, they're already running"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule: domain never filed (first), person never filed (reply)
    (["the domain minnowdraws.cn has never been filed by anyone. do I need the initial ICP filing before launching my "
      "illustration portfolio?",
      "and me personally, I've never filed anything either, this is my first ever website lol"],
     [dict(domain_filed=N), dict(subject_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: company and domain both filed in 2018, relaunch with a new design
    (["our company and the domain harborbell.cn both completed ICP filing in 2018; we're just relaunching the site with "
      "a new design. is the initial ICP filing needed before we relaunch?"],
     [dict(subject_filed=Y, domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (add): keeping Tencent Cloud, adding Alibaba Cloud
    (["our current filing is with Tencent Cloud. in which cases do we need to apply for an ICP filing with alibaba "
      "cloud?",
      "we're keeping Tencent, not leaving. we just want alibaba cloud added as a second ICP filing provider for the "
      "site because half our traffic will be served from aliyun"],
     [dict(), dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: stays with China Unicom's cloud
    (["our filing sits with China Unicom's cloud (\u8054\u901a\u4e91) and it's staying there, we're NOT transferring it "
      "and NOT adding alibaba as another provider. we only use aliyun for a bit of object storage. do we need to apply "
      "for an ICP filing on alibaba cloud"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, one turn: subject filed through UCloud, new domain on a new ECS
    (["our company's filing subject was filed through UCloud years ago. now we're buying an ECS on alibaba cloud to "
      "host a new site on a brand new domain. do we need to add a website ICP filing for it"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: new product line site on the existing ECS (first), subject filed on Alibaba Cloud (reply)
    (["we're building a second website for a new product line (new domain) and it'll run on the ECS we already have. "
      "under what conditions do we need a website ICP filing",
      "our company's filing was done on alibaba cloud back in 2021"],
     [dict(new_website_on_ecs=Y), dict(subject_filing_provider="alibaba")],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: florist's new shop on an ECS (first), never filed anywhere (reply)
    (["florist here \U0001F490 our new online shop gets its own domain and will sit on an ECS we're ordering today. in "
      "which case do I need to add a website filing",
      "the business has never been filed with anybody, not alibaba, not anyone else. totally first timers"],
     [dict(new_website_on_ecs=Y), dict(subject_filing_provider="none")],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: person in charge left, replacement to go on the filing
    (["our website's ICP number is from alibaba cloud. the person in charge of the site just left the company, so we "
      "need to put her replacement on the filing. do we need to change the ICP filing"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise: number from aliyun (first), nothing to modify (reply)
    (["quick one: our filing number came from aliyun. when exactly are we supposed to change the ICP filing",
      "honestly nothing needs modifying right now, the company info and website info in it are all still correct. my "
      "boss just asked me to double check before our annual audit"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match: foreigner with only a passport as filing subject
    (["can a foreigner with only a passport be the filing subject for a personal website?"],
     [dict()], [], "no_match"),
    # no_match: verification photo rejected
    (["my \u5e55\u5e03\u7167 (the verification photo) got rejected twice, what background and lighting do they want"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw rule via un3: pet hospital in Hangzhou; the reply gives DNS, region and a booking web page
    (["请教一下，ECS 要不要备案，是不是主要看有没有域名解析到它上面？我们在华东1（杭州）有一台。",
      "有解析的，pet.maomaoyiyuan.cn 就指向杭州这台，上面跑的是宠物医院的在线挂号网页，客户用手机浏览器就能约。"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, one turn: anime merch shop on an ECS in Tokyo
    (["我们的动漫周边商城域名解析到东京节点的 ECS 上，客户都是日本的，用浏览器下单。这个域名需要做 ICP 备案吗？"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", None)),
    # fvv other: hiring subdomain; the reply says the parent was filed through Huawei Cloud
    (["二级域名要不要单独备案啊？我们准备把 jobs.xinghe-tech.cn 做成招聘页，放阿里云上。",
      "主域名有备案号，不过是当年在华为云办的，跟阿里云没关系。"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # x3g rule, one turn: OCR API + mail push only, own server room
    (["我们只用了阿里云的 OCR 识别接口和邮件推送，服务器全在自己机房，ECS 从来没买过。这种情况需要阿里云备案吗？"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc otherwise, one turn: person filed before, new domain never filed
    (["我个人之前给摄影博客备过案，现在新注册了一个域名做作品集，这个新域名还没备过。还需要走首次备案吗？"],
     [dict(subject_filed=Y, domain_filed=N)],
     ["omc"], ("omc", None)),
    # srs rule (add): filing with Inspur Cloud; the reply keeps it and adds Alibaba Cloud
    (["我们原来的备案在浪潮云，什么情况下需要在阿里云再办一次备案？",
      "浪潮云那边照旧保留，只是想让阿里云也成为我们网站的备案接入商之一，两边一起用。"],
     [dict(), dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # b24 alibaba: subject filed on Alibaba Cloud (first), new brand site on the existing ECS (reply)
    (["公司主体是在阿里云备的案，现在要做一个新品牌的官网，用新域名。这种情况要新增网站备案吗？",
      "新官网就部署在我们现在那台阿里云 ECS 上。"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: subject filed with Tencent Cloud, new site on Tencent Lighthouse, no ECS
    (["主体在腾讯云备过案，新域名的网站准备放腾讯云的轻量应用服务器，不买阿里云 ECS。需要在阿里云新增网站备案吗？"],
     [dict(subject_filing_provider="other", new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: person in charge renewed their ID card
    (["网站的备案号是阿里云下来的。网站负责人身份证过期换了新证，备案里的证件信息得更新一下，这算要变更备案吗？"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # no_match: must the site go offline during review
    (["备案审核期间网站必须关掉吗？能不能先放一个维护中的页面？"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # un3 rule, one turn: crawler machines, NAT gateway only, no domain
    (["我们买了三台 ECS 跑爬虫和数据清洗，只通过 NAT 网关出网，没有任何域名解析到这几台机器上。需要备案吗？"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: mobile subdomain, parent filed on Alibaba Cloud
    (["主域名 lvyecha.com 的备案就是在阿里云办的，现在想加一个 m.lvyecha.com 做手机站，二级域名还要另外备案吗？"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv none: blog subdomain; the reply says the parent was never filed
    (["问个问题，二级域名 blog.shanjianfang.cn 需不需要备案？",
      "主域名一直没备过案，买来以后就闲置着，没有备案号。"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g otherwise: pet supplies shop; the reply says one yearly ECS ordered last month
    (["阿里云的备案跟买不买 ECS 有关系吗？我们是做宠物用品电商的，刚起步。",
      "上个月已经下单了一台 ECS，包年的。"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: community group-buying company, nothing filed
    (["我们是做社区团购的小公司，公司从来没办过备案，域名也是刚注册的，没人备过。网站上线前要先做首次备案吗？"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # srs rule (transfer), one turn: from UCloud to Alibaba Cloud
    (["打算把备案从优刻得整体迁到阿里云，主体和域名的备案都一起转过来，这种要在阿里云申请备案吗？"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise: filing with Volcano Engine; the reply says neither transfer nor add
    (["我们的备案在火山引擎，阿里云这边什么情况下才需要办备案？",
      "不迁也不加，备案继续留在火山引擎，阿里云只拿来跑离线数据分析。"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other: new site on a just-bought ECS (first), subject filed with Kingsoft Cloud (reply)
    (["新网站要放在刚买的阿里云 ECS 上，用的是新域名，这种什么时候需要新增网站备案？",
      "公司主体之前是在金山云备的案。"],
     [dict(new_website_on_ecs=Y), dict(subject_filing_provider="other")],
     ["b24"], ("b24", "b24_other")),
    # fyg otherwise: address changed (first), number from 美橙互联 (reply)
    (["公司注册地址变了，备案里的地址也得跟着改，这种要变更备案吗？",
      "备案号不是阿里云的，是当初在美橙互联办的。"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: filing revoked when the site stays offline for months
    (["拿到备案号快半年了，站点还没做完一直打不开，管局那边会不会把备案收回去？"],
     [dict()], [], "no_match"),
]

FILES = [("en_a", EN_A, 20261401), ("en_b", EN_B, 20261402),
         ("zh_a", ZH_A, 20261403), ("zh_b", ZH_B, 20261404)]


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
