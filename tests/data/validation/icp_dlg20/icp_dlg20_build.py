#!/usr/bin/env python3
"""Build the icp_dlg20 blind dialogue set (twentieth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
/work/blind/icp_dlg19/icp_dlg19_build.py; every dialogue below is new and written for this set (new
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
    # kbw rule, one turn: board game cafe in Chengdu; domain resolves to an ECS in cn-chengdu, menu + reservations site
    (["hey! we're a tiny board game cafe in Chengdu (the one near Chunxi Rd lol). Bought an ECS in cn-chengdu, "
      "our domain meeplehouse.cn already resolves to it, and we want to put up a normal website with the menu + "
      "table reservations. need ICP for that right?"],
     [dict(points_to_mainland=Y, web_service=Y, domain_resolves_to_ecs=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: med-tech dashboard; ECS bought (neutral about DNS); reply: A record, Frankfurt, web dashboard
    (["Quick one from a med-tech startup: we spun up a couple of ECS for our device dashboard. Does just having "
      "ECS mean we have to file, or is it about how the domain is set up",
      "Ok so dash.corvimed.com has an A record to those ECS, but they're in Frankfurt (eu-central-1), not China. "
      "And it's a web dashboard that hospital staff log into from the browser."],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule, one turn: game studio build runner in cn-qingdao, reached by public IP only
    (["our game studio uses an ECS in cn-qingdao purely as a build runner for nightly Unity builds. the CI agents "
      "hit it by its public IP, there is no domain name resolving to it and there never will be. Do I still need "
      "to do ICP filing for this machine"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # un3 rule, two turns: guild voice chat + Minecraft on one ECS (hearsay in turn 1); reply: raw IP, no domain
    (["hello, I rent one ECS for our guild's voice chat + Minecraft server. a friend says every ECS in china needs "
      "ICP, is that true or does it depend on something",
      "there's no domain on it at all. everyone joins by typing the raw IP 47.xx.xx.xx into the client"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: yoga studio chain, root filed with Alibaba Cloud in 2020, timetable subdomain
    (["Our yoga studio chain has lotusbend.cn, and that root domain was filed with Alibaba Cloud back in 2020 (we "
      "have the 川ICP备 number). Now the dev wants classes.lotusbend.cn for the timetable. Does the subdomain need "
      "a filing of its own?"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, two turns: logistics careers subdomain; reply: root ICP number via Tencent Cloud
    (["We're about to launch careers.hanfeng-logistics.com.cn for recruiting. is a second-level domain like that "
      "covered already or does it need its own ICP",
      "the main domain has an ICP number alright, but we got it through Tencent Cloud (腾讯云) back when we were "
      "hosted there, not through Alibaba"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn: craft brewery in Qingdao, root never filed, taproom subdomain
    (["Craft brewery here (Qingdao). we own tidalhops.com but honestly no one ever did an ICP filing for it, so it "
      "has no ICP number. I want to run taproom.tidalhops.com as the second-level domain for our bar. what's needed"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, two turns: wedding planner in Xiamen (neutral); reply: only domain + SSL certificate, site on Wix
    (["I'm a wedding planner in Xiamen and use alibaba cloud for a couple of small things. is the Alibaba Cloud "
      "ICP filing tied to whether I purchase servers from you or not",
      "Only the domain and an SSL certificate. I have zero ECS, the site itself is built on Wix"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: Italian leather brand, three ECS in cn-guangzhou (hearsay about the rule)
    (["Salve! We are an Italian leather goods brand, we purchased three ECS instances in cn-guangzhou for our China "
      "shop. I have read the Alibaba Cloud filing is only needed when you buy ECS — so for us it is needed, yes?"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, two turns: new consulting company in Suzhou never filed; reply: domain registered Monday, no filing
    (["Hi, my consulting company was set up in Suzhou last month and we have never filed anything with MIIT, not "
      "the company, nothing. Which filing comes first for us",
      "the domain is brand new as well, registered it on Monday, so there's no filing on it either"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: NGO in Kunming, organisation and domain both filed in 2019
    (["We're an NGO in Kunming. Both our organisation and our domain finished ICP filing in 2019. Do we need to go "
      "through the initial ICP filing again now that we're launching a donations page?"],
     [dict(subject_filed=Y, domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs add, one turn: SaaS filed via Baidu AI Cloud keeps it and adds Alibaba Cloud
    (["Our SaaS is filed via Baidu AI Cloud (百度智能云) and we want to keep that filing, but also add Alibaba Cloud "
      "as an additional ICP filing provider since some servers are moving to you. Do we need to file anything?"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, two turns: filing at JD Cloud (neutral); reply: stays, no transfer, no add, only SMS API
    (["our company's filing lives at JD Cloud (京东云). We might start using some Alibaba Cloud products this year "
      "— does that mean applying for an ICP filing with you",
      "the filing stays at JD Cloud, full stop. not moving it over and not adding Alibaba as a second provider, "
      "we'd just call your SMS API"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, one turn: subject filed with Qiniu Cloud, new brand domain, buying ECS to host it
    (["Our subject filing was done with Qiniu Cloud (七牛云) ages ago. Now we registered a new domain for our second "
      "brand and we're buying an ECS on Alibaba Cloud to host that new website. Do we need to add a website filing?"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, two turns: pet-grooming company, subject with Alibaba Cloud; reply: new ECS in cn-shanghai
    (["Hiii, our pet-grooming company's subject ICP filing is with Alibaba Cloud since 2018. We just bought "
      "pawsuds.cn for a new online booking site, do we need to add a filing for it",
      "It's going on an ECS — bought one in cn-shanghai last week just for this site"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, two turns: Brazilian coffee exporter, subject with China Mobile Cloud; reply: Shopify, no ECS
    (["Olá! We export coffee beans to China. Our subject got filed with China Mobile Cloud (移动云) and now we want a "
      "new website on a new domain. Do we need to add a website ICP Filing?",
      "Hmm, the new site would sit on a Shopify store, we haven't bought any ECS and won't for this"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=N, purchased_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, two turns: person in charge left; reply: 浙ICP备 number obtained via Alibaba Cloud in 2021
    (["Hi, the person in charge of our website left the company, so we need to update the website info in our ICP "
      "filing. How does that work",
      "Our number is a 浙ICP备 one and it was obtained via Alibaba Cloud in 2021"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: 京ICP备 number from Alibaba Cloud, everything exactly as filed
    (["Just to double check: the 京ICP备 number in our footer is from Alibaba Cloud, and our company details and the "
      "site are exactly as they were when we filed. Is there some change filing I must do every year anyway?"],
     [dict(has_alibaba_icp_number=Y, modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match: fee and invoice for the filing service
    (["Does Alibaba Cloud charge any fee for handling the ICP filing, and can I get a fapiao for it?"],
     [dict()], [], "no_match"),
    # no_match: MIIT verification SMS never arrived
    (["the MIIT verification SMS for my filing never arrived on my phone, it's been 2 days already. what should I do"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule via un3, two turns: Polish freelancer, client's shop on ECS; reply: A record, region corrected, shop site
    (["Hallo, I'm a freelance developer from Poland building an online shop for a client in China, and I bought the "
      "ECS for him. Is ICP needed because of the ECS itself or only if some domain is involved",
      "his domain resolves to the ECS (A record, set up yesterday). region is cn-huhehaote — no sorry, it's "
      "cn-shanghai, still mainland anyway. and it serves the shop website to his customers"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, two turns: Turkish carpet seller, Chinese storefront; reply: Hong Kong region
    (["Turkish carpet seller here. We are launching a Chinese-language storefront website on halimarug.com for buyers "
      "in China. Must we get ICP filing for the domain",
      "the domain points to a server in Alibaba Cloud's Hong Kong region (cn-hongkong), so not mainland"],
     [dict(web_service=Y), dict(points_to_mainland=N)],
     ["kbw"], ("kbw", None)),
    # un3 rule, one turn: Tianjin logistics company, nightly batch job on ECS in cn-beijing, no domain
    (["Logistics company in Tianjin. We have an ECS in cn-beijing that only runs a nightly route-optimisation batch "
      "job; it pulls data and pushes results back to our office, and no domain name points at it. ICP needed?"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, two turns: bike shop blog subdomain (neutral); reply: root filed via Alibaba Cloud in 2022
    (["sorry if this is basic but if i open blog.nanshanbikes.cn as a subdomain, must it be filed separately from "
      "the main domain",
      "the root nanshanbikes.cn got its ICP number through Alibaba Cloud when we set up the shop in 2022"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: dance academy in Hangzhou, root filed via West Digital
    (["We're a dance academy in Hangzhou. Our top-level domain has an ICP number, but that filing was handled by "
      "West Digital (西部数码), never by Alibaba Cloud. We want kids.<our domain> as a second-level domain hosted on "
      "Alibaba Cloud — what do we need to do?"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, two turns: family domain, wedding gallery subdomain; reply: root never filed
    (["My family owns liu-family.net and I want to run photos.liu-family.net for my sister's wedding gallery. do "
      "second level domains need their own ICP filing?",
      "the main one doesn't have an ICP number, my dad registered it years ago and never bothered filing it"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: indie game dev, domain + CDN only, page on itch.io
    (["Indie game dev here: the only things I bought from Alibaba Cloud are the domain name and a CDN package. no ECS "
      "at all, the game page is hosted on itch.io. do I need an Alibaba Cloud ICP filing?"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, two turns: fintech startup (neutral); reply: 2 ECS in cn-hangzhou plus RDS
    (["we're a fintech startup still setting things up on alibaba cloud. is the alibaba cloud ICP filing something "
      "you only need with certain products",
      "we already bought 2 ECS instances in cn-hangzhou for the backend, plus an RDS database"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: Vietnamese founder in Nanning, non-native, subject and domain never filed
    (["Hello, I am from Vietnam and I open a trading company in Nanning this year. Our company never did ICP filing "
      "and the domain also was never filed, nobody use it before. What filing I need to do first before we can "
      "start the service?"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, two turns: knife maker in Yangjiang, new domain never filed; reply: factory filed in 2016
    (["We make kitchen knives in Yangjiang and just bought a new domain, nobody has ever filed it. Do we need the "
      "initial ICP filing",
      "the factory as a subject did its filing back in 2016 when we made our first site"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs transfer, two turns: filing with Tencent Cloud (neutral); reply: move everything, Tencent drops out
    (["Our filing currently sits with Tencent Cloud and we're reviewing vendors. Under which conditions do we need to "
      "apply for an ICP filing with Alibaba Cloud",
      "we'd move everything: subject and domain filing go from Tencent over to Alibaba, and Tencent drops out "
      "completely"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: filing with QingCloud stays, no transfer, no add, only translation API
    (["Our filing is with QingCloud (青云) and it's staying there, we don't plan to transfer it or add Alibaba Cloud "
      "as another provider. We only use your machine translation API. Do we have to apply for an ICP filing with you?"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, two turns: new domain on an ECS being bought; reply: subject filed via Tianyi Cloud
    (["we need a website filing for a brand new domain, and we'll host that new website on an ECS we're buying from "
      "Alibaba Cloud right now. What are the conditions",
      "our subject was filed through China Telecom's cloud, Tianyi Cloud (天翼云), not Alibaba"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="other")],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: surf school in Sanya, subject with Alibaba Cloud, new site on existing ECS
    (["We run a surf school in Sanya. Our subject filing was done with Alibaba Cloud, and now we want a new website "
      "for surf camps, hosted on the ECS we already have. Do I need to add a website ICP filing?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 alibaba, two turns: pharmacy chain, second site on ECS; reply: subject filed with Alibaba Cloud
    (["Planning a second website for our pharmacy chain on a new domain. It will be hosted on an ECS instance. Do we "
      "need to add a website filing?",
      "we did our subject filing with Alibaba Cloud, that's where all our company info is registered"],
     [dict(new_website_on_ecs=Y), dict(subject_filing_provider="alibaba")],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: ceramics brand, subject with Alibaba Cloud, site on Webflow
    (["Our company is filed as subject with Alibaba Cloud. The new site for our ceramics brand will be hosted on "
      "Webflow, not on an ECS instance. Do we need to add a website ICP filing for it?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: 苏ICP备 number via Alibaba Cloud, company renamed
    (["We have an ICP filing number issued through Alibaba Cloud (苏ICP备...). Our company changed its registered "
      "name last month and we need to modify the subject info in the filing. Where do we do that?"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, two turns: change contact phone; reply: number from 35.com, not Alibaba Cloud
    (["need to modify the contact phone number of the website's person in charge in our ICP filing. where do I "
      "change it",
      "our ICP number came from 35.com (三五互联), not from Alibaba Cloud"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: validity period of an ICP number
    (["How long is an ICP filing number valid for? Does it expire and need renewing every year like the domain does?"],
     [dict()], [], "no_match"),
    # no_match: a 16-year-old as person responsible
    (["I'm 16, can I be the person responsible for a personal ICP filing or does my mom have to do it under her name?"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw rule via un3, two turns: 小程序后台; reply: 解析到ECS, 华东1（杭州）, HTTPS接口
    (["你好，我们买了台ECS准备给公司小程序做后台，这种要备案吗？还是说得看有没有用域名",
      "域名已经解析到这台ECS上了，机器在华东1（杭州），上面跑的是小程序调用的HTTPS接口"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule, one turn: 西南1（成都）的ECS跑爬虫, 没有域名
    (["我们在西南1（成都）买了台ECS，专门跑爬虫和数据清洗，没有任何域名解析过去，平时都是用IP连，这也得备案吗"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, two turns: docs 二级域名 (neutral); reply: 顶级域名在阿里云备的
    (["想开个 docs 二级域名放产品手册，二级域名还要单独再备一次案吗",
      "主站那个顶级域名的备案号是阿里云这边批下来的，用了好几年了"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv none, one turn: 主域名没有备案号, m 二级域名做手机站
    (["我们的主域名从来没人给它备过案，没有备案号。现在想拿 m 开头的二级域名做手机站，这种要怎么办？"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g otherwise, two turns: 连锁烘焙 (neutral); reply: 双十一买了两台包年ECS
    (["我们是做连锁烘焙的，想搞清楚阿里云这边的ICP备案，跟有没有在阿里云买服务器有关系不",
      "买了的，去年双十一囤了两台包年的ECS"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc otherwise, one turn: 主体和域名都备过
    (["我们公司主体跟域名前几年都已经备过案了，这次上新业务之前还需要做首次备案吗"],
     [dict(subject_filed=Y, domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs add, two turns: 备案在腾讯云 (neutral); reply: 腾讯云接着用, 阿里云作为第二家接入商
    (["我们网站的备案是在腾讯云做的，现在有些业务也想用阿里云，备案这块要怎么弄",
      "腾讯云那边接着用，不迁走，就是想让阿里云作为第二家接入商加进来"],
     [dict(), dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # b24 other, one turn: 主体在西部数码备的, 新域名, 新买ECS
    (["主体是在西部数码那边备的案。现在新注册了个域名，打算在阿里云新买一台ECS把新站放上去，这种得怎么备案"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # fyg otherwise, two turns: 改负责人邮箱; reply: 备案号是百度智能云办的
    (["想把备案里网站负责人的邮箱改一下，在哪儿改啊",
      "备案号不是阿里云的，当时是在百度智能云办下来的"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: 网站名称能不能带“商城”“论坛”
    (["备案的时候网站名称能不能带“商城”“论坛”这类字眼？会不会被驳回"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw otherwise via un3, two turns: 刚开ECS (neutral); reply: 解析到ECS, 日本（东京）, 公司官网
    (["刚开了台ECS，到底要不要备案啊，有点懵，是不是跟域名有关",
      "域名是解析到这台ECS的，不过机器开在日本（东京）地域，上面放的是对外的公司官网"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # fvv other, one turn: 主域名在天翼云备过, bbs 二级域名
    (["主域名在天翼云备过案，有备案号，但不是阿里云备的。现在想加个 bbs 二级域名，需要做啥"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # x3g rule, two turns: 域名在阿里云注册 (neutral); reply: 自己机房, 没买过ECS
    (["我们公司的域名是在阿里云注册的，想问下阿里云备案跟买不买ECS有没有关系",
      "服务器都是公司自己机房的，阿里云的ECS从来没买过"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc rule, one turn: 个人站长, 个人和域名都没备过
    (["我是个人站长，头一回做网站，个人跟域名都从来没备过案，开站之前要先办哪种备案"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # srs transfer, one turn: 京东云整体转到阿里云
    (["我们的备案目前挂在京东云，想把主体和网站的备案整体转到阿里云来，需要重新申请吗"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, two turns: 备案在移动云 (neutral); reply: 不转不加, 只用视频点播
    (["备案是在移动云做的，最近开始用阿里云的一些服务，备案这边需要动吗",
      "不打算转过来，也不加阿里云当接入商，只用你们的视频点播"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 alibaba, two turns: 主体在阿里云, 招聘站新域名; reply: 部署在现有ECS
    (["公司主体是在阿里云备案的，最近又注册了个新域名准备做招聘站，需要加备网站吗",
      "新站打算直接部署在公司现有的那台阿里云ECS上面"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: 主体在阿里云, 新站放 Cloudflare Pages
    (["主体在阿里云备过了，新网站准备放到Cloudflare Pages上，不用ECS，这样要加备网站吗"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, two turns: 备案号通过阿里云申请 (neutral on changes); reply: 负责人换人
    (["我们网站的ICP备案号是通过阿里云申请下来的，想了解下什么情况下需要变更备案",
      "网站负责人换人了，得把负责人信息改成新来的同事"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # no_match: 审核被驳回, 负责人手机号非本人实名
    (["备案审核被驳回了，说负责人手机号不是本人实名认证的，这种怎么处理"],
     [dict()], [], "no_match"),
]


FILES = [("en_a", EN_A, 20262011), ("en_b", EN_B, 20262012),
         ("zh_a", ZH_A, 20262013), ("zh_b", ZH_B, 20262014)]


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
