#!/usr/bin/env python3
"""Build the icp_dlg15 blind dialogue set (fifteenth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, simplified-Chinese check, writer)
is reused unchanged from /work/blind/icp_dlg12/icp_dlg12_build.py; every dialogue below is new and written
for this set (new personas, businesses, providers, regions and phrasings, in a support-chat style: native and
non-native English, typos and abbreviations, long back stories and blunt one-liners, mainland Chinese chat).

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
    earlier set (/work/blind/prior/**, every other /work/blind/icp_dlg* folder, format_example.jsonl)
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
    # kbw rule via un3: dental clinic group, two ECS in Qingdao; the reply gives DNS, region and a booking page
    (["hello, i handle the IT for a small dental clinic group in Shandong. we purchased 2 ECS in the Qingdao region on "
      "3rd March. my colleague says for ECS the whole ICP question is decided by domain name resolution. is he "
      "right, or he is mixing something up",
      "ok so in our case: yes, booking.brightmolar.cn is resolved to one of the qingdao machines, patients open it in "
      "the browser to book a cleaning. qingdao is mainland china of course"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw rule: bakery ordering site, DNS and web in the first message, region in the reply
    (["Long story short: my wife runs a small bakery, over the holidays I built her an ordering website (customers "
      "pick cakes and pay online), and the domain sweetcrumb.cn now resolves to an alibaba ECS I rented for it. Do I "
      "need an ICP filing for the domain, or is that only a thing for big companies?",
      "region is cn-shenzhen, picked it cause it's the closest to us"],
     [dict(domain_resolves_to_ecs=Y, web_service=Y, purchased_ecs=Y), dict(points_to_mainland=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise, one turn: Cantonese opera ticketing site on ECS in Hong Kong (audience in Guangzhou)
    (["The ticketing website of our Cantonese opera troupe is hosted on an ECS in the Hong Kong region, and "
      "tickets.jadepavilion-opera.com is pointed to it. Most of the audience lives in Guangzhou though, if that "
      "matters. Is an ICP filing required for this domain?"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule: genomics pipeline on 12 ECS; the reply says no domain is resolved to any of them
    (["bought 12 ECS (g7, 32 vCPU each) for a genomics pipeline, running since 14 May. do we have to file these for "
      "ICP, or does that only come in with DNS resolution to them? trying to get a straight answer before the "
      "compliance meeting",
      "nope, no domain resolves to any of the twelve. results get pushed to OSS and the researchers download them "
      "with ossutil, nobody browses to the machines"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: ferry timetable subdomain; the reply says the root was approved through Alibaba Cloud
    (["we run a small ferry company. would timetable.mapleferry.cn need an ICP filing of its own, or not",
      "mapleferry.cn was filed with Alibaba Cloud, approved Nov 2021, it shows as approved in our aliyun account"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: ceramics studio, root filed through West.cn
    (["Hi. Our main domain claywhistle.cn get its ICP number through West.cn (\u897f\u90e8\u6570\u7801), not through "
      "Alibaba. Now we want open shop.claywhistle.cn on Alibaba Cloud for sell our ceramics. Is separate filing "
      "needed for this second level domain?"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: correction inside the first message (3rd-level -> 2nd-level), root never filed (reply)
    (["do 3rd-level... sorry, 2nd-level domains like api.hopscotchlabs.cn have to go through ICP filing separately?",
      "hopscotchlabs.cn (the top-level one) doesn't have any ICP number. registered it in 2023 and we just never got "
      "round to filing it"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: list of products, no ECS at all
    (["From Alibaba Cloud we currently use: RDS for MySQL, MaxCompute, Message Service and the machine translation "
      "API. No ECS, none whatsoever, our web servers are in our own data center. Do we still need an Alibaba Cloud "
      "ICP filing?"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise: yoga studio; the reply uses a double negation ("not without one") and then states the ECS
    (["sorry if dumb question, i do the websites for a chain of yoga studios. how does owning ECS or not factor into "
      "whether an alibaba cloud ICP filing is needed",
      "we're not without one unfortunately \U0001F605 there's an ECS on a 3 year subscription since january"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: "neither ... nor" scope over subject and domain; a conditional about a cousin's domain
    (["Neither my sole proprietorship nor the domain lanternmoth.cn has ever been through ICP filing. (If I had "
      "bought my cousin's already-filed domain instead it would be different I guess, but I didn't.) Do I have to "
      "do the initial filing before the shop goes live?"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise: domain unfiled (first), company filed in 2019 (reply)
    (["we registered gingerpost.cn on 2 Feb and nobody has filed it yet. does that mean an initial ICP filing is "
      "needed",
      "the company itself was filed back in 2019 for our older website though, so the subject isn't new"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (add): filing with Baidu AI Cloud; the reply keeps Baidu and adds Alibaba Cloud
    (["Our site's ICP filing is handled by Baidu AI Cloud (\u767e\u5ea6\u667a\u80fd\u4e91). When would we have to "
      "apply for an ICP filing at Alibaba Cloud?",
      "we'd like Baidu to stay exactly as it is, and have alibaba cloud added on top as another filing provider, "
      "because part of the site moves to aliyun in Q3"],
     [dict(), dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: stays with JD Cloud, only uses the translation API
    (["our filing is with JD Cloud and that's where it stays. no transfer, no adding alibaba as an extra provider, "
      "we're only going to call aliyun's translation API from our app. is an ICP filing application on alibaba cloud "
      "still necessary"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, one turn: subject filed via CTYun (passive), buying ECS for a new site
    (["Our company was filed as a subject via CTYun (\u5929\u7ffc\u4e91) in 2020. This month we're buying ECS on "
      "alibaba cloud to host a new website under a new domain. Do we need to add a website ICP filing for it?"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: cycling club tour site on an ECS (first), club filed through Alibaba Cloud (reply)
    (["our cycling club is putting its new tour booking website on one of our ECS instances, new domain and all. in "
      "what cases is a website ICP filing needed for something like that",
      "the club (it's registered as a nonprofit) was filed through alibaba cloud itself, in 2022"],
     [dict(new_website_on_ecs=Y), dict(subject_filing_provider="alibaba")],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: subject filed on Alibaba Cloud (first), reply hedges then settles: agency servers, not ECS
    (["Filing subject = our company, filed on Alibaba Cloud. A new site for the summer campaign is coming, on a new "
      "domain. Do we have to add a website filing?",
      "hmm I assumed the agency would put it on our ECS, but I asked them just now and no, they host it on their own "
      "servers in Hangzhou, it won't be on an ECS"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: website renamed, number from Alibaba Cloud
    (["we're renaming our website from Lumen Kids to Lumen Learning, so the site name in the filing is no longer "
      "right. the ICP no. was obtained through alibaba cloud. must the ICP filing be changed for this?"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise: phone number to update (first), number via QingCloud (reply)
    (["We need to update the phone number of the website contact on our filing. When does a change of ICP filing on "
      "alibaba's platform apply?",
      "the number wasn't issued by alibaba cloud though, we got it via QingCloud in 2019"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: fees
    (["is the filing itself free or do u charge a service fee for it? and is there any government fee on top"],
     [dict()], [], "no_match"),
    # no_match: commercial ICP licence for paid memberships
    (["our membership site is going to charge monthly subscriptions. do we need the commercial ICP license "
      "(\u7ecf\u8425\u6027ICP\u8bb8\u53ef\u8bc1) in addition to the normal filing, and who issues it"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule: paddleboard rental; DNS + Hangzhou in the first message, web in the reply
    (["domain question. paddlefjord.cn resolves to an ECS of ours in Hangzhou. ICP filing needed for the domain y/n",
      "it's our SUP board rental site, ppl reserve boards on it through the browser"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, purchased_ecs=Y), dict(web_service=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: EV charger status page; the reply gives DNS yes, web yes, region us-west-1
    (["Genuine question, not trolling: with ECS instances, is it the domain name resolution that decides whether I "
      "have to file?",
      "in our case a domain does resolve to it, status.voltbarn.io points at the ECS and it's a status page people "
      "open in their browsers. but that instance sits in Silicon Valley (us-west-1), not in china"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # kbw otherwise: DNS to an ECS in Nanjing (first, hedged); the reply corrects itself and settles on no web
    (["our domain tidewhistle.cn points to a server node in mainland china (alibaba ECS, the Nanjing region I "
      "think, but mainland for sure). do we need ICP filing?",
      "it's just the game server for our mobile app, UDP only... actually there's also a tiny admin page, no wait, "
      "scratch that, the admin page lives on a different box. so nothing web on this one"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, purchased_ecs=Y), dict(web_service=N)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule, one turn: internal ERP over VPN, no domain on any of the 4 ECS
    (["We have 4 ECS boxes running our internal ERP, and none of them has a domain name resolved to it; staff "
      "connect over the VPN using the private IPs. Do they need ICP filing?"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: noodle shop, nephew filed the root with Alibaba Cloud
    (["mum-and-pop noodle shop here. our nephew filed slurpnoodle.cn with alibaba cloud last year and it got "
      "approved. now he wants menu.slurpnoodle.cn as well, does that second level one need filing too?"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: wiki subdomain; the reply says the root got its number via China Mobile's cloud
    (["second-level domain on alibaba: own ICP or not? it would be wiki.cobaltriver.cn",
      "the parent domain does have an ICP number, we got it years ago via \u79fb\u52a8\u4e91 (China Mobile's cloud), "
      "alibaba wasn't involved"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn: negation of a wrong assumption, root never had a number
    (["It's not that the main domain's filing lapsed or anything like that: kestrelbooks.cn simply never had an ICP "
      "number. If we launch read.kestrelbooks.cn on alibaba cloud, does the subdomain need a filing?"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: translation agency; the reply says zero ECS
    (["translation agency, 6 ppl. trying to understand where ECS fits into the whole alibaba cloud ICP filing story",
      "we have zero ECS. our site is hosted by a local web designer on his server, from alibaba we only buy the "
      "machine translation API"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: hearsay of the rule, double negation, then the own ECS purchase
    (["A friend told me an alibaba ICP filing isn't needed if you don't purchase ECS. But it's not like we don't "
      "have one: we bought an ECS in August for our dance school. So that doesn't apply to us, or does it?"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule: pottery studio never filed (first), brand-new domain (reply)
    (["my pottery studio (registered as an individual business in June) has not done any ICP filing, ever. before "
      "launch, is the initial filing something we must do",
      "brightkiln.cn got registered yesterday, so no, nobody has filed that domain"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: domain filed by the brother, the user never filed
    (["my brother gave me his domain owlcraft.cn, which he had already filed for his blog back in 2017. I personally "
      "have never filed anything. Is the initial ICP filing required in my case?"],
     [dict(subject_filed=N, domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer): filing at Huawei Cloud; the reply moves subject and domain to Alibaba Cloud
    (["the ICP filing for our subject and domain sits at Huawei Cloud today. does anything make us apply for a "
      "filing on the alibaba side",
      "we're closing the Huawei account at the end of the month and want the whole filing, subject and domain, "
      "moved over to alibaba cloud"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise: filing via Sina Cloud; the reply neither moves nor adds
    (["our filing was done through Sina Cloud (\u65b0\u6d6a\u4e91) years back. what would trigger needing an ICP "
      "filing with alibaba cloud?",
      "no plans to move it, and no plans to add alibaba next to it either. filing stays at sina, aliyun is just for "
      "our email"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other: subject filed via Tencent Cloud (first), new site on an ECS bought Monday (reply)
    (["We filed our company through another provider (Tencent Cloud). When do we need to add a website ICP filing "
      "at alibaba?",
      "the new site is for our pet insurance comparison service, new domain, and it goes on an ECS we bought on "
      "Monday"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: passive voice, ski rental branch site on an ECS
    (["Our filing subject was filed with Alibaba Cloud in 2020. A new website on a new domain, for our ski rental "
      "branch, will be hosted on an ECS instance. Is adding a website ICP filing required?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: marathon site hosted by the timing vendor, not on ECS
    (["our running association has been filed with alibaba cloud as a subject. the website for the 2025 marathon "
      "gets a new domain but the race-timing vendor hosts it on their own servers, not on any ECS. need we add a "
      "website filing?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: legal representative changed, number from Alibaba Cloud
    (["ICP no. issued by alibaba cloud. our legal representative changed after the founder retired on 30 June, so "
      "the subject info on the filing is outdated. is a filing change required on alibaba's platform?"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise: vet clinic, number from Alibaba Cloud (first), nothing outdated (reply)
    (["Little background: we're a vet clinic, our website got its ICP number through Alibaba Cloud in 2020 (I "
      "still have the approval email). My manager keeps saying we \"have to update the filing\". Does it actually "
      "need to be changed?",
      "nothing in it is wrong or outdated as far as I can see. same company, same address, same contact people, "
      "same site name"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match: footer display and link
    (["does the ICP number have to be shown in the website footer, and does it have to link to beian.miit.gov.cn?"],
     [dict()], [], "no_match"),
    # no_match: real-name verification waiting time
    (["domain real-name verification was done 2 days ago. how long do I have to wait after that before I can "
      "submit the filing"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw otherwise via un3: durian shop on an ECS in Kuala Lumpur; the reply gives DNS yes, web yes, not mainland
    (["想问下，买了 ECS 以后要不要备案，关键是不是看有没有把域名解析过去？",
      "解析了，shop.liulianwang.com 指向我们那台 ECS，是个卖榴莲的网页商城，不过机器开在吉隆坡地域，不在国内。"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule: five ECS for scheduled jobs; the reply says no domain, intranet only
    (["我们公司下单了五台 ECS，听同事讲备不备案跟域名解析有关，具体是怎么判断的？",
      "一个域名都没解析过去，这几台只跑内部的定时任务，全走内网。"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: subdomain going live; the reply says the root was filed on Alibaba Cloud
    (["子域名 quan.tiantianyu.cn 准备上线了，需要再单独备一次案不？",
      "顶级域名是在阿里云备案的，备案号去年就下来了。"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv none, one turn: root registered three years ago, never filed
    (["主域名 taoyuanju.cn 注册三年了一直没有备案号，现在想启用 app.taoyuanju.cn 这个二级域名，是不是也得备案？"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: domain, enterprise mail, SMS only; a conditional about the company next door
    (["我们在阿里云只买了域名、企业邮箱和短信服务，ECS 一台都没有。隔壁公司要是买了 ECS 那另说，我们这样还需不需要阿里云的 ICP 备案？"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc rule: domain never filed (first), company registered in March (reply)
    (["我们这个域名 mianguanjia.cn 之前没有任何人备过案，上线前是不是要先做首次备案？",
      "主体也是头一回，公司今年三月才注册，从来没备过。"],
     [dict(domain_filed=N), dict(subject_filed=N)],
     ["omc"], ("omc", "omc")),
    # srs rule (transfer): filing at Baidu AI Cloud; the reply moves it completely to Alibaba Cloud
    (["我们的备案目前挂在百度智能云，什么情况下得在阿里云申请备案？",
      "打算年底前彻底搬走，把主体和域名的备案从百度那边整个转到阿里云。"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # b24 other, one turn: subject filed with West.cn, new ECS, new domain
    (["主体在西部数码备过案了，现在新买了阿里云 ECS，要上一个新域名的网站，要不要在阿里云新增网站备案？"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # fyg otherwise: site name change (first); the reply corrects itself: number from Tencent Cloud
    (["网站名称想改一下，备案信息要跟着改，这种情况算不算要变更备案？",
      "备案号是阿里云下的没错……哦不对，刚翻了下记录，是之前在腾讯云办的。"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: does the number expire / annual inspection
    (["备案号有没有有效期？是不是每年还得年检一次？"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw rule via un3: roast duck delivery, two ECS in Beijing; the reply gives DNS, region and web ordering
    (["我们在北京地域有两台 ECS，想搞清楚：备不备案是不是取决于域名有没有解析到这两台上？",
      "有解析，www.kaoyabao.cn 指到其中一台，跑的是我们烤鸭外卖的网页点餐，北京当然算国内。"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # fvv other, one turn: root number from CTYun
    (["主域名的备案号是在天翼云拿的，现在想在阿里云上开 help.yunduoduo.cn 这个二级域名，需要在阿里云重新备案吗？"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # x3g otherwise: wedding photo studio; the reply uses a double negation, ECS bought on 12.12
    (["阿里云备案和 ECS 到底有啥关系？我们是拍婚纱照的工作室，网站准备自己弄。",
      "ECS 我们倒不是没买，去年双十二囤了一台，三年的。"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc otherwise: new domain never filed (first), company filed in 2020 (reply)
    (["新注册的域名 chayuanji.cn 还没备过案，是不是得先走首次备案流程？",
      "我们公司 2020 年给旧官网备过案，主体不是第一次了。"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (add), one turn: keep JD Cloud, add Alibaba Cloud
    (["备案现在在京东云，那边不动，想把阿里云也加进来当网站的另一个接入商，这种情况要在阿里云申请备案吗？"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise: filing at Huawei Cloud; the reply neither transfers nor adds
    (["我们网站的备案是在华为云办的，问一下阿里云这边什么时候才需要申请备案？",
      "两样都不做：既不转入阿里云，也不新增接入商，华为云那边维持原样。"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 alibaba, one turn: kids' coding site on the existing ECS
    (["我们已经在阿里云备过主体了（2021 年），下个月新域名 kexuexiaowu.cn 的少儿编程网站要上线，服务器用的是手上这台 "
      "ECS，需要新增网站备案吗？"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: new site on ECS (first), subject never filed anywhere (reply)
    (["下周我们要在 ECS 上挂一个全新的站点，域名也是新买的，网站备案得新增吗？",
      "主体哪儿都没备过，阿里云没有，别家也没有。"],
     [dict(new_website_on_ecs=Y), dict(subject_filing_provider="none")],
     ["b24"], ("b24", None)),
    # fyg rule: number from Alibaba Cloud (first), contact phone number changed (reply)
    (["备案号是阿里云这边给的，哪些情况下需要变更备案？",
      "负责人手机号换了，老号码已经停机，备案里的联系方式得改一下。"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # no_match: site name rejected as non-compliant
    (["备案被驳回了，说网站名称不合规，到底怎么起名才能过？"],
     [dict()], [], "no_match"),
]

FILES = [("en_a", EN_A, 20261701), ("en_b", EN_B, 20261702),
         ("zh_a", ZH_A, 20261703), ("zh_b", ZH_B, 20261704)]


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
