#!/usr/bin/env python3
"""Build the icp_dlg8 blind dialogue set (eighth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay, duplicate check, writer) is reused from /work/blind/icp_dlg7/icp_dlg7_build.py; every dialogue
below is new.

Every dialogue is held by hand in the lists below, annotated with:
  - start: the section(s) the first message plausibly asks about,
  - facts: one dict per turn, the contract facts that turn states
    (ANY_NO = a reply like "nope, never" that answers whichever yes/no fact is asked with "no"),
  - expect: (section short id, rule key or None) or "no_match".

Checks:
  - section ids, fact ids and fact values against the contract tables;
  - the 11 rule sentences word for word against the contract and the seed;
  - a replay of the contract's rules over every asking order, for an eager bot (answers as soon
    as the outcome is settled) and a collect-everything bot, from every listed start section;
    each replay must use exactly the written turns and end in `expect`;
  - counts, coverage, simplified Chinese in the zh files; at most two turns, except that a third
    turn is allowed when every reply is an ANY_NO reply (so any asking order fits);
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
    # kbw rule, one turn: online tea shop; domain -> ECS, so un3 is a plausible start too
    (["hey all, i run a small online tea shop. the storefront is a woocommerce site on an ecs box in cn-zhangjiakou and teashop-lu.cn points "
      "straight at it - product pages, checkout, the usual. do i actually need icp for the domain or is that only a thing for big companys?"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw rule via un3: smart-thermostat startup; the "told" claim is hearsay; the reply gives DNS and location together
    (["Question from a hardware startup: we bought ECS instances to run the REST API that our smart thermostats call over HTTPS. "
      "Someone at a meetup told me ECS without a domain name never needs ICP. Does that cover us?",
      "The thermostats actually call api.thermiq.cn, which has an A record pointing at the ECS, and the instances are in cn-huhehaote (Hohhot)."],
     [dict(purchased_ecs=Y, web_service=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise: travel blog on an ECS in London
    (["I write a travel blog for people planning trips to China. The blog's domain resolves to an Alibaba Cloud ECS instance in the UK (London) "
      "region, eu-west-1, because most of my readers are in Europe. Do I need an ICP filing for the domain?"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule, PhD student; DNS in the reply
    (["PhD student here. our lab bought two GPU ecs instnaces in cn-beijing for model training, students ssh in and queue jobs. "
      "does the lab have to do an ICP filing for them?",
      "there's no domain involved at all - we ssh straight to the public IPs and nothing in DNS points to those two machines"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, physio clinic owner; TLD status in the reply
    (["Physio clinic owner, not techy at all, sorry. Our web guy wants to put online booking on booking.kangfu-clinic.cn. "
      "Is a seperate ICP filing needed for that second-level name?",
      "I dug out the emails from when the site was set up: kangfu-clinic.cn was filed through Alibaba Cloud, the number is in our footer"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, law firm, one turn
    (["We're a small law firm. Our main domain hartleylaw.cn has an ICP number, obtained through UCloud back when the site was hosted there. "
      "IT now wants portal.hartleylaw.cn for sharing documents with clients, running on Alibaba Cloud. Does the subdomain need a filing of its own?"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, open-source maintainer; TLD status in the reply
    (["Open source maintainer here. A volunteer in Chengdu offered to host a Chinese docs mirror for us at zh.ferrisdocs.cn, "
      "a subdomain of his ferrisdocs.cn. Does a subdomain like that need its own ICP filing?",
      "he says ferrisdocs.cn itself has never had an ICP number - it was only ever used as a redirect"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: only the Model Studio API, no ECS
    (["Our whole stack runs on AWS in us-east-1. The only Alibaba Cloud product we use is the Model Studio API (Qwen models) that our backend calls. "
      "We have never bought an ECS instance. Does that mean we don't need an Alibaba Cloud ICP Filing?"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise; purchase only in the reply
    (["quick q for the mods: is the alibaba cloud icp filing tied to whether you've bought ecs or not?",
      "asking because our intern checked out a 2 vCPU ecs in the console this morning, so we do have one now"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule: domain never filed (first message), company never filed (reply)
    (["Wedding planner here, opening a studio in Hangzhou. I just regsitered a domain for it, brand new, never used and never filed. "
      "Do I need the initial ICP filing before the site goes live?",
      "the studio as a company hasn't done any ICP filing either, it was only registered in March"],
     [dict(domain_filed=N), dict(subject_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise: domain never filed (towards the rule), company filed before (reply)
    (["Our domain hasn't been filed yet, we only bought it last week for a new product line. Do we have to go through the initial ICP filing?",
      "the company itself was filed back in 2019 though, through Huawei Cloud, for our old corporate site"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer); the wish is stated in the reply
    (["Our ICP filing was done through Kingsoft Cloud and we're evaluating Alibaba Cloud at the moment. "
      "Under what conditions would we have to apply for an ICP filing with Alibaba?",
      "the plan is to leave Kingsoft completely, so we'd want the filing of the company and the domain moved over to Alibaba Cloud"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise; the answer to the provider question in the reply
    (["Our ICP filing is with China Mobile Cloud, that's where the site is hosted. Our CTO keeps saying we'll have to apply for an ICP filing "
      "at Alibaba Cloud at some point. Under what conditions would that actually be required?",
      "no plans to move the filing over and no plans to add Alibaba as a provider either, the site stays at China Mobile Cloud"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, translation agency, one turn
    (["Our translation agency got its ICP subject filing through Tianyi Cloud years ago, for our main site. We're now ordering Alibaba ECS "
      "instances to host a new e-learning site on a new domain, learn-lingo.cn. Do we need to add a website ICP filing for it?"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, esports club, one turn
    (["Esports club admin here. Our club association is already filed with Alibaba Cloud for the main site. We're launching a separate "
      "tournament site on a new domain and it will run on our ECS instance. Is an additional website filing needed?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: subject filed with Alibaba (towards the rule), not on ECS (reply)
    (["The company filing was done through Alibaba Cloud in 2022. Marketing now wants a new landing site on a fresh domain. "
      "Do we need to add a website ICP filing?",
      "they're building and hosting it on Shopify, it won't be on any ECS"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn
    (["Our legal representative changed last month after a restructuring. The website's ICP filing number was obtained in Alibaba Cloud. "
      "Do we need to change the filing, and is that done on Alibaba Cloud's ICP filing platform?"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise: number from 35.com, modification wanted, one turn
    (["Our site's ICP number was issued via 35.com (三五互联), our old host. We need to update the website contact email on the filing. "
      "Does that change go through the Alibaba Cloud ICP filing platform?"],
     [dict(has_alibaba_icp_number=N, modify_info=Y)],
     ["fyg"], ("fyg", None)),
    # no_match
    (["I'm a British citizen living in Shanghai on a work visa. Can I do a personal ICP filing with my passport, or does it have to be a Chinese ID card?"],
     [dict()], [], "no_match"),
    (["Does an ICP filing expire? Do we have to renew it every year like the domain, or is it valid for good once approved?"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule with a correction (Hong Kong -> cn-guangzhou)
    (["For our restaurant chain's online ordering website: the domain points to an ECS we have in Hong Kong - sorry, I mixed up two projects, "
      "the ordering site's ECS is in cn-guangzhou. Does that domain need an ICP filing?"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: Shanghai database box; the reply gives DNS and web_service together
    (["We've got an ECS instance in cn-shanghai that hosts the PostgreSQL database for our office apps. ECS instances don't need an ICP filing "
      "if no domain name is pointed at them, right? Does that apply to ours?",
      "well, db.mosaic-works.cn does resolve to it, but the box only speaks PostgreSQL on 5432 - no website, no HTTP API, nothing web"],
     [dict(purchased_ecs=Y, points_to_mainland=Y), dict(domain_resolves_to_ecs=Y, web_service=N)],
     ["un3", "kbw"], ("kbw", None)),
    # kbw otherwise: Silicon Valley ECS
    (["indie app dev. my app's landing page and web dashboard run on an alibaba cloud ecs in us-west-1 (Silicon Valley) and my .com domain "
      "resolves to it. lots of my users are in china tho. is icp filling needed for the domain?"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule with contrast: the domain points elsewhere, not to the ECS
    (["We bought an ECS in cn-hangzhou for a nightly ETL job. We do own a domain, but it points to our website on Squarespace, not to this ECS - "
      "the ECS is only ever reached by its IP address. Does the ECS need an ICP filing?"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, museum IT, one turn
    (["Museum IT here. Our main domain citymuseum-wx.cn is filed through Alibaba Cloud. The education team wants kids.citymuseum-wx.cn "
      "for an online exhibition. Do we need an ICP filing for that second-level domain?"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, real estate agency; TLD status in the reply
    (["Real estate agency here. We'd like listings.fangjia-homes.cn for our property search, it's a subdomain of our main site. Filing needed for it?",
      "the main domain does have an ICP number, but it was done through Volcano Engine (ByteDance's cloud), not through Alibaba Cloud"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, podcast host, one turn
    (["podcast host here. i own echoesfm.cn but it never got an icp number, i only used it for email forwarding. now i want the show notes "
      "site on notes.echoesfm.cn. does the second-level domain need an icp filing?"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: domain + SSL certificate only
    (["I bought a domain and an SSL certificate on Alibaba Cloud, that's all. I haven't purchased any ECS instance - the site is hosted by a "
      "friend's company overseas. Do I need the Alibaba Cloud ICP Filing?"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn
    (["We bought three ECS instances in the Double 11 sale. I read that no Alibaba Cloud ICP Filing is needed if you don't purchase any ECS "
      "instances - so where does that leave us, now that we have some?"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule: both facts open, two bare-ish negative replies that fit either asking order
    (["Trying to work out whether we need the *initial* ICP filing in the Alibaba Cloud system before we activate the service. What do you need to know?",
      "nah, we've never done that",
      "no, not that either - nothing of ours has ever been filed anywhere"],
     [dict(), ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # omc otherwise: both filed, one turn
    (["Both our company and our domain were filed with Alibaba Cloud in 2021. We're rebuilding the site from scratch on new servers. "
      "Do we need to apply for the initial ICP filing again?"],
     [dict(subject_filed=Y, domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (add), one turn
    (["Our main filing stays with Tencent Cloud for the servers in Shanghai, but we're adding a second deployment on Alibaba Cloud and want "
      "Alibaba Cloud added as an additional ICP filing provider for the website. Do we need to apply for an ICP filing for that?"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn
    (["Our website's filing is with Huawei Cloud and that isn't changing - no transfer to Alibaba Cloud, and Alibaba won't be added as an "
      "extra filing provider. Is there anything here that means we'd still have to apply for an ICP filing at Alibaba?"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other: new site on ECS (first message), subject filed elsewhere (reply)
    (["We're buying Alibaba ECS right now to host a new website on a new domain for our second brand. Do we need to add a website ICP filing?",
      "the company already has its subject filing, that was done through China Unicom's cloud for the first brand"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="other")],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: subject filed with Alibaba (first message), hosting on ECS (reply)
    (["our company is filed with alibaba cloud already. i'm building a separate site for our charity run on a new domain. need to add a website filing?",
      "it'll sit on the same ECS instance as our main site"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: subject never filed, one turn
    (["Our company has never been filed with any provider - not Alibaba, not anyone. We want to put a new website on our ECS instance. "
      "Is this the 'add a website ICP filing' case?"],
     [dict(subject_filing_provider="none", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", None)),
    # fyg rule: Alibaba number (first message), modification (reply)
    (["quick context: the ICP number at the bottom of our site came from Alibaba Cloud. in which situations do we have to change our filing?",
      "we're renaming the website from 'Lotus Yoga' to 'Lotus Wellness' and the person in charge is changing too, so we need to update it"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise: Alibaba number (towards the rule), nothing to modify (reply)
    (["Site owner, our filing number is from Alibaba Cloud. We just finished a redesign. Do we need to change our ICP filing?",
      "nothing on the filing changes - same company, same contacts, same site name and domain. it's only the look of the pages"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match
    (["Our domain is registered at Namecheap under my personal name, but the ICP filing would be for our company. Does the domain registrant "
      "have to match the company, and must the domain be moved to a Chinese registrar first?"],
     [dict()], [], "no_match"),
    (["how much does alibaba cloud charge for handling an icp filing? or is the service free?"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw rule, one turn; domain -> ECS, so un3 is a plausible start too
    (["我们在广州有台 ECS，域名 xiaoyu-edu.cn 已经解析过去了，准备上线一个在线报名的网站。这种情况域名需要做 ICP 备案吗？"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # un3 rule, DNS in the reply
    (["公司买了三台 ECS 跑定时任务和 Redis 缓存，这几台机器需要做 ICP 备案吗？",
      "域名一个都没配，DNS 里根本没有指向它们的记录，平时就是 SSH 到 IP 上去"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv other, one turn
    (["主域名 lanshan-tea.cn 有备案号，是当年在火山引擎备的，不是阿里云。现在想加个 vip.lanshan-tea.cn 做会员中心，这个二级域名需要在阿里云备案吗？"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, TLD status in the reply
    (["二级域名要不要单独备案？我们想用 kefu 开头的子域名做在线客服页面",
      "查了一下工信部网站，主域名根本没有备案记录，也就是没 ICP 号"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g otherwise, purchase in the reply
    (["请教一下，不买 ECS 是不是就不用做阿里云 ICP 备案？",
      "我们其实已经买了，上周刚开了两台 ECS"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule: both facts open, two negative replies that fit either asking order
    (["我们准备在阿里云上线网站，想确认一下是不是得先做首次备案",
      "没有，从来没备过",
      "也没有，都是头一回弄"],
     [dict(), ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # srs rule (add), one turn
    (["ICP 备案一直挂在移动云。最近部分流量要切到阿里云的 ECS 上，移动云那边也保留，所以想给网站新增阿里云这个接入商。这样要在阿里云申请备案不？"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # b24 alibaba, hosting in the reply
    (["主体去年在阿里云备好了。现在要给新产品做个官网，用新域名，要新增网站备案吗",
      "打算跟老站一样，放在那台 ECS 上跑"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # fyg otherwise: number from UCloud, modification wanted, one turn
    (["网站备案号是在优刻得（UCloud）办的，现在公司负责人换了，要改备案信息，是不是在阿里云备案平台上改？"],
     [dict(has_alibaba_icp_number=N, modify_info=Y)],
     ["fyg"], ("fyg", None)),
    # no_match
    (["个人备案的网站能不能挂广告、卖点东西？会不会被要求改成企业备案？"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw otherwise via un3: the reply gives DNS and location (Kuala Lumpur)
    (["我们买了阿里云 ECS 放公司官网。听说 ECS 如果没有用域名解析过去就不用备案，我们这种需要吗？",
      "域名 A 记录是指向这台的，不过机器买的是吉隆坡（马来西亚）地域"],
     [dict(purchased_ecs=Y, web_service=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N)],
     ["un3", "kbw"], ("kbw", None)),
    # fvv alibaba, one turn
    (["我们的顶级域名 hualin.com.cn 是在阿里云备过案的，现在研发想用 docs.hualin.com.cn 放产品文档，这个二级域名还用备案吗？"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # x3g rule, one turn
    (["我们就调用了阿里云的 OCR 识别接口，ECS 从来没买过，也不打算买，需要做阿里云的 ICP 备案吗？"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc otherwise: company never filed (towards the rule), domain filed (reply)
    (["公司从来没做过 ICP 备案，这次上线要不要先在阿里云做首次备案？",
      "域名之前备过，是我个人名下备的，用来放个人博客"],
     [dict(subject_filed=N), dict(domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer), one turn
    (["天翼云那边到期不续了，主体和域名的备案想一起转到阿里云名下，这种情况需要在阿里云申请备案吗？"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, provider question answered in the reply
    (["备案在华为云，我们最近开了个阿里云账号，这种情况要不要在阿里云申请备案？",
      "不迁也不加，备案就留在华为云不动"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other: new site on ECS (first message), subject filed with Kingsoft Cloud (reply)
    (["我们新注册了一个域名，准备放到刚在阿里云买的 ECS 上做活动站。这种要加网站备案吗？",
      "主体备过的，是之前在金山云那边备的"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="other")],
     ["b24"], ("b24", "b24_other")),
    # b24 otherwise: subject never filed, one turn
    (["我们公司还没在任何地方备过案，主体一次都没备过。现在想在 ECS 上搭一个新网站，这算新增网站备案的情况吗？"],
     [dict(subject_filing_provider="none", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", None)),
    # fyg rule: modification (first message), Alibaba number (reply)
    (["网站要改名字，负责人手机号也换了，备案信息要变更吗？",
      "备案号是阿里云这边办下来的"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # no_match
    (["管局打电话核验的时候我没接到，备案会不会直接被驳回？还能重新约吗？"],
     [dict()], [], "no_match"),
]

FILES = [("en_a", EN_A, 20261217), ("en_b", EN_B, 20261218),
         ("zh_a", ZH_A, 20261219), ("zh_b", ZH_B, 20261220)]

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
