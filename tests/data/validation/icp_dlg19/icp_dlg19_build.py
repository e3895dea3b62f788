#!/usr/bin/env python3
"""Build the icp_dlg19 blind dialogue set (nineteenth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
/work/blind/icp_dlg18/icp_dlg18_build.py; every dialogue below is new and written for this set (new
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
    # kbw rule, one turn: pottery workshop in Jingdezhen; domain resolved to an ECS in cn-hangzhou, class booking site
    (["Hi there! We run a small pottery workshop in Jingdezhen and my nephew just pointed our domain jdzclay.cn "
      "at the ECS we rented in cn-hangzhou. It's going to be an ordinary website where people book wheel "
      "throwing classes and see our glazes. Do we have to file that domain before we open it to the public?"],
     [dict(points_to_mainland=Y, web_service=Y, domain_resolves_to_ecs=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: language exchange app; ECS bought (neutral about DNS); reply: A record, Tokyo, HTTPS API
    (["Our language-exchange app's backend sits on two ECS we bought last month. Nobody on the team knows much "
      "about ICP. Is owning ECS by itself enough to make filing mandatory, or does it depend on whether a domain "
      "name is involved",
      "api.talkbridge.cn does point at them with an A record, but both instances are in Tokyo (ap-northeast-1). "
      "and yes it is an HTTPS API that the mobile app calls"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule, one turn: greenhouse sensors in Shouguang sending MQTT to an elastic IP in cn-zhangjiakou
    (["We're an agritech company; our greenhouse sensors in Shouguang send MQTT data to an ECS instance in "
      "cn-zhangjiakou. The devices have the elastic IP hardcoded in firmware and we never set up any domain name "
      "for that box. Is ICP filing required for this kind of setup?"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # un3 rule, two turns: university robotics team; ECS bought, reply: only reached by IP
    (["hey, our uni robotics team got an ECS to run gazebo simulations and host a private git server, it's just "
      "internal stuff for the team members. do we need to go through ICP filing for that",
      "we only ever reach it by its ip address, nobody has pointed any domain at it and we dont plan to"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: vet clinic group; root filed through Alibaba Cloud in 2019
    (["Our veterinary clinic group's main domain pawcare-vet.cn got its ICP number through Alibaba Cloud back in "
      "2019. We'd like to add booking.pawcare-vet.cn so pet owners can make appointments online. Does that "
      "subdomain have to go through a filing of its own?"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, two turns: bubble tea franchise; neutral first, reply: root filed via Huawei Cloud
    (["we're a bubble tea franchise brand and marketing wants a franchise.<brand>.com.cn subdomain for recruiting "
      "new franchisees. do subdomains have to be filed seperately or not",
      "root domain is filed, it has an ICP number and all, but that was done via Huawei Cloud (华为云) years "
      "ago, not you guys"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn: freelance illustrator in Wuhan; corrects herself inside the message
    (["hiya, freelance illustrator from Wuhan here. I want portfolio.inkmoth.cn for my artwork. inkmoth.cn has an "
      "icp number already — sorry no, I'm mixing it up with my friend's domain, mine has never had one. so "
      "what's needed before the subdomain can be used"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: podcast network; only domain + enterprise mail bought, site on Squarespace
    (["We only registered our domain and bought the enterprise mailbox (企业邮箱) from Alibaba Cloud. No ECS, no "
      "servers of any kind, our podcast network's site is hosted on Squarespace. Is an Alibaba Cloud ICP filing "
      "still required for us?"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, two turns: dental clinic; neutral first, reply: one ECS in cn-shenzhen
    (["Sorry if this is a dumb q. Which purchase on Alibaba Cloud is it that makes your ICP filing mandatory for "
      "a customer",
      "for context we've got one ECS in cn-shenzhen (bought it in March), it runs the booking page for my dental "
      "clinic"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, two turns: retired teacher's calligraphy site (non-native); subject no, reply: domain never filed
    (["Hello, I am retired teacher from Luoyang. I want make a small website to show my calligraphy works. I "
      "never did any filing before in my whole life. What is the first step for me",
      "The domain mobao-shufa.cn I bought it last month, it also has no filing, nobody filed it"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: law firm; subject and domain both filed
    (["Our law firm completed the ICP filing as an entity years ago, and our domain lexbridge-law.cn is filed as "
      "well. We're launching a redesigned version of the site next month. Is the initial ICP filing something we "
      "have to go through for that?"],
     [dict(subject_filed=Y, domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs add, one turn: secondhand bookstore keeps UCloud and adds Alibaba Cloud
    (["our online secondhand bookstore is filed with UCloud (优刻得). we're keeping UCloud but also want to run "
      "part of the site on Alibaba Cloud, so Alibaba would become an additional filing provider alongside "
      "them. do we have to apply for anything for that"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, two turns: company filed via Kingsoft Cloud; reply: neither transfer nor add
    (["Our company's ICP filing was done through Kingsoft Cloud (金山云). Under which conditions would we have to "
      "apply for a filing with Alibaba Cloud",
      "we're not transferring it and we're not adding Alibaba Cloud either, we only use your OSS for offsite "
      "backups"],
     [dict(), dict(provider_change="none", purchased_ecs=N)],
     ["srs"], ("srs", None)),
    # b24 other, one turn: restaurant group; subject via Volcano Engine; buying ECS for a new domain
    (["Our restaurant group's subject is filed with Volcano Engine (火山引擎). Now we're buying an ECS from "
      "Alibaba Cloud for a brand-new domain, trattoria-luca.cn, which will be the reservations site. Do we need "
      "a website ICP filing with you for it?"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y, subject_filed=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, two turns: kindergarten; subject with Alibaba Cloud, reply: existing ECS in cn-beijing
    (["Our kindergarten's entity filing is already with Alibaba Cloud. We registered a new domain for a parents' "
      "portal (photos, menus, notices). Is there an extra filing we must add for that",
      "It'll live on an ECS, the same one we already use in cn-beijing for the main site"],
     [dict(subject_filing_provider="alibaba", subject_filed=Y), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, two turns: forklift parts supplier; subject via China Unicom Cloud, reply: Hetzner, no ECS
    (["our subject filing was done with China Unicom Cloud (联通云) and we've registered another domain for a "
      "forklift spare-parts catalogue. do we have to add a website filing on alibaba cloud for it",
      "nope, the catalogue will be hosted on Hetzner in Germany, there's no ECS involved at all"],
     [dict(subject_filing_provider="other", subject_filed=Y), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: biotech moved office and changed legal rep; number from Alibaba Cloud
    (["Our ICP number (沪ICP备…) was issued through Alibaba Cloud. We moved office from Minhang to Jing'an and "
      "the legal representative changed too, so the subject info in the filing is wrong now. What's the process "
      "to update it?"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, two turns: website name outdated; reply: number came from Xinnet
    (["we need to change the website name on our filing, it still shows the old brand from before the rebrand. "
      "how do i change it",
      "the number was obtained through Xinnet (新网), we've never filed anything with alibaba"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: review time at the Guangdong communications administration
    (["How many working days does the Guangdong communications administration usually take to approve a filing "
      "after it has been submitted to them?"],
     [dict()], [], "no_match"),
    # no_match: foreign person in charge with a passport
    (["I'm a foreigner running a WFOE in Suzhou. can the person in charge of the website use a passport instead "
      "of a Chinese ID card, and does the passport need a notarized translation"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule via un3: secondhand piano shop; reply: A record, region corrected Singapore -> Shenzhen, shop website
    (["We just purchased an ECS for our secondhand piano shop. I've read that ECS without a domain name is "
      "treated differently. what actually decides whether we need ICP filing for this",
      "ok so pianoloft.cn has an A record to the instance, it's in Singapore — sorry, I mean Shenzhen, "
      "cn-shenzhen. it hosts our shop website where people browse and reserve pianos"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, two turns: Chilean wine exporter (non-native); website first, reply: us-west-1
    (["Hola! We are a wine exporter from Chile. We will launch a website in Chinese for importers and "
      "distributors, the domain is vinoandes.cn. Do domains like this one need ICP filing?",
      "The server is in Alibaba Cloud Silicon Valley region (us-west-1), it is not in China"],
     [dict(web_service=Y), dict(points_to_mainland=N)],
     ["kbw"], ("kbw", None)),
    # un3 rule, one turn: backtesting hobbyist; SSH to the IP, hypothetical future domain
    (["i run trading backtests on an ECS in cn-hangzhou and just ssh in by IP. there's no domain name resolved to "
      "it. maybe one day I'll stick a domain on it for a dashboard but right now there's none. need ICP?"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, two turns: furniture exporter from Jepara (non-native); reply: root filed in Alibaba Cloud
    (["Hello, we are furniture exporter from Jepara, Indonesia. We want to open a cn-shop subdomain under our main "
      "domain for Chinese buyer. The subdomain also must be filed or not",
      "Main domain is already filed in Alibaba Cloud since 2021, we have the number"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: drone photography studio in Guilin; root filed via 美橙互联
    (["Drone photography studio in Guilin here. Our root domain skyli-drone.cn is filed, but the filing was done "
      "through 美橙互联 (Meicheng), never with Alibaba Cloud. We want photos.skyli-drone.cn on our new Alibaba "
      "server. Is a filing needed for that second-level domain?"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, two turns: API docs subdomain; reply: root bought at auction, never had an ICP number
    (["what's the deal with second-level domains and ICP? we want docs.<product>.com for our API reference",
      "the main domain's never had an ICP number at all, we bought it off a domain auction a few weeks back"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, two turns: travel blogger; neutral first, reply: domain + DNS only, blog on Netlify
    (["Hi, is the Alibaba Cloud ICP filing a must for every customer or only for some of them",
      "mine's just a domain registration plus DNS, I never purchased ECS, the travel blog itself sits on Netlify"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: e-commerce analytics startup; 5 ECS in cn-wulanchabu
    (["We purchased 5 ECS instances in cn-wulanchabu for our e-commerce analytics startup. Because of that, is an "
      "Alibaba Cloud ICP filing now mandatory for us?"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: new trading company in Harbin (non-native); neither filed
    (["Hello. We are new company in Harbin, we trade with Russia. Company never had ICP filing and our domain "
      "rustrade-hrb.cn is also never filed. Wich filing we must do before open the website?"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, two turns: new domain never filed first, reply: subject filed in 2020
    (["We just bought a brand-new domain for a second product line, it's never been filed. does that mean the "
      "initial ICP filing applies to us",
      "our company itself is already on record though, we did the subject filing in 2020 for our first website"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs transfer, two turns: tea exporter from Fujian; filing via Huawei Cloud, reply: full transfer
    (["We're a mid-size tea exporter from Fujian. Our website's ICP filing was done via Huawei Cloud back when we "
      "hosted there, and we're reviewing our options for next year. what do we need ICP-wise on Alibaba's side",
      "full transfer: subject + domain move from Huawei Cloud to Alibaba Cloud, we're closing the Huawei account "
      "afterwards"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: Azure China (21Vianet) filing stays put
    (["Our filing is with Azure China (operated by 21Vianet / 世纪互联) and it stays there. We're not transferring "
      "it and we don't want Alibaba added as a provider. Just to confirm, there's no filing application we need "
      "to make with Alibaba Cloud?"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, two turns: nursing home group buying ECS for a new site; reply: subject via AWS China (NWCD)
    (["We are buying ECS for a new website on a new domain, it's a recruitment site for our nursing home group. "
      "Which filing applies to us in that case",
      "the group's subject was filed with AWS China, the Ningxia region run by NWCD (西云数据)"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="other", subject_filed=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: personal subject with Alibaba Cloud; photography portfolio on an ECS in cn-heyuan
    (["My personal subject was filed with Alibaba Cloud in 2021 for my blog. Now I've got a new domain for a "
      "photography portfolio and I'll host it on an ECS in cn-heyuan. do i need to add a website filing for it?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, subject_filed=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 alibaba, two turns: ship parts supplier in Fuzhou; ECS first, reply: subject with Alibaba since 2017
    (["new domain, new site for our marine engine parts business, and it'll be hosted on our ECS in cn-fuzhou. "
      "what filing applies when adding a website like this",
      "we did the subject filing with you guys, Alibaba Cloud, back in 2017"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="alibaba", subject_filed=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: charity; subject with Alibaba Cloud, new donation page on a Linode box in Tokyo
    (["Our charity is on record with Alibaba Cloud as the filing subject. The new domain for our donation page "
      "will be on a Linode box in Tokyo, definately not on ECS. Does a website filing still have to be added?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=N, subject_filed=Y)],
     ["b24"], ("b24", None)),
    # fyg rule, two turns: legal representative changed; reply: 粤ICP备 number via Alibaba Cloud
    (["Our company changed its legal representative last month and I need the filing info to reflect that. How "
      "do I get it changed",
      "yes, Alibaba Cloud handled that, the 粤ICP备 number in our page footer is the one they issued when we "
      "launched the site"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: Alibaba Cloud number, nothing changed, only renewing the domain
    (["We have an Alibaba Cloud ICP number and nothing about the company or the site has changed, we're just "
      "renewing the domain for another 3 years. Do we need to change the filing because of the renewal?"],
     [dict(has_alibaba_icp_number=Y, modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match: review pending for 12 days, launch next Friday
    (["our filing has been pending review for 12 days and the product launch event is next Friday. is there any "
      "way to speed the review up"],
     [dict()], [], "no_match"),
    # no_match: public security bureau filing after approval
    (["After the filing is approved, do we also need to do the public security bureau (公安) filing, and within "
      "how many days?"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw rule via un3: ECS bought; reply: DNS, region corrected 香港 -> 北京, public event sign-up site
    (["我们在阿里云买了台ECS，是不是只要有服务器就得备案，还是要看域名怎么用",
      "域名已经解析到这台机器了，地域是中国香港，哦不对记错了，是华北2（北京），准备放个对外的活动报名网站"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule, one turn: game companion team; voice relay by IP, no domain
    (["我们是做游戏陪玩的小团队，ECS在华南1（深圳），只是拿来当语音中转服务器，客户端直接连IP，没绑任何域名，这样也要备案吗"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, two turns: help docs subdomain; reply: root filed at Alibaba Cloud
    (["想开个 help 开头的二级域名放帮助文档，二级域名是不是还得另外去备案啊",
      "主域名的备案就是在阿里云做的，备案号一直都在"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv none, one turn: member site subdomain; root has no number
    (["老板让我弄个 vip.jiaxiangcai.cn 的会员站，结果我一查主域名压根就没备案号，那这个二级域名得备案吗"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g otherwise, one turn: livestream e-commerce; four pay-as-you-go ECS in Hangzhou; hearsay plus own fact
    (["我们做直播带货的，上个月刚下单了四台按量付费的ECS，区域杭州。听说买了ECS就一定要在阿里云做ICP备案，真的假的"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc otherwise, two turns: new domain never filed first, reply: subject filed before (pinyin slip 以经)
    (["域名是新注册的，从来没备过案，这种是不是就算首次备案了",
      "公司主体倒是以经备过了，前年做官网的时候在阿里云备的"],
     [dict(domain_filed=N), dict(subject_filed=Y, subject_filing_provider="alibaba")],
     ["omc"], ("omc", None)),
    # srs add, one turn: keep Huawei Cloud, add Alibaba Cloud
    (["我们现在的备案是华为云接入的，华为云那边不撤，想再加上阿里云作为新的接入商，这种要申请备案吗"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # b24 other, two turns: subject via UCloud; reply: buying ECS, new site on it
    (["公司主体是在优刻得（UCloud）备的案，现在想新上一个域名做网站，需要在阿里云加个网站备案吗",
      "嗯，这次会顺便买阿里云的ECS，新网站就部署在上面"],
     [dict(subject_filing_provider="other", subject_filed=Y), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # fyg otherwise, two turns: Alibaba Cloud number; reply: nothing to change
    (["我们的备案号是在阿里云拿的，想问下啥情况下需要做变更备案",
      "目前没啥要改的，主体跟网站信息都和原来一模一样"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match: backdrop photo location
    (["备案拍照一定要去指定的地方拍幕布吗，能不能自己在家里对着白墙拍"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw otherwise via un3: ECS bought, DNS undecided; reply: api subdomain to ECS in 新加坡, app API
    (["请教下，ECS已经买了，但还没想好要不要绑域名，备案这事到底是怎么判断的",
      "现在打算把 api 的域名解析到这台ECS上，不过ECS是新加坡地域的，上面跑的是给App调用的接口"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # fvv other, one turn: root filed via Volcano Engine
    (["主域名在火山引擎那边备过案，有备案号的，现在想在阿里云上用个 shop 二级域名，这个二级域名要在阿里云备案吗"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # x3g rule, two turns: neutral first, reply: OSS and CDN only
    (["阿里云的ICP备案到底是针对哪些用户的？我们在阿里云上每个月也花了不少钱",
      "主要是买了OSS和CDN，ECS一台都没有"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc rule, two turns: domain never filed first, reply: studio never filed anything
    (["域名是上礼拜刚在阿里云注册的，还没备过案，那是要做首次备案对吧",
      "主体也没有备过，我们这个工作室今年才注册的，以前啥都没弄过"],
     [dict(domain_filed=N), dict(subject_filed=N)],
     ["omc"], ("omc", "omc")),
    # srs transfer, one turn: from Kingsoft Cloud, servers already moved
    (["之前网站备案是在金山云做的，现在服务器全搬到阿里云了，想把主体和域名的备案整个转到阿里云，要重新申请吗"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, two turns: filing with Inspur Cloud; reply: neither transfer nor add
    (["我们备案挂在浪潮云，想了解下在什么情况下得去阿里云重新申请备案",
      "暂时不转也不加，浪潮云那边继续用着"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 alibaba, one turn: personal subject with Alibaba Cloud, photo site on own ECS
    (["个人主体2022年在阿里云备的，现在想再搞个摄影作品站，新域名，准备部署到我那台ECS上，这得加个网站备案吧"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, subject_filed=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, two turns: subject with Alibaba Cloud; reply: HK virtual host, no ECS
    (["我们主体是阿里云备的案。新品牌下个月上线，域名也是新的，问下要不要加网站备案",
      "不用ECS，打算直接丢到香港的虚拟主机上"],
     [dict(subject_filing_provider="alibaba", subject_filed=Y), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: company moved, address changed, number from Alibaba Cloud
    (["公司搬家了，注册地址也变了，备案信息得跟着改。备案号是阿里云给的，去哪改呀"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # no_match: ads and payments on a personal filing
    (["个人备案的网站能不能放广告、接收款？会不会被查"],
     [dict()], [], "no_match"),
]


FILES = [("en_a", EN_A, 20261901), ("en_b", EN_B, 20261902),
         ("zh_a", ZH_A, 20261903), ("zh_b", ZH_B, 20261904)]


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
