#!/usr/bin/env python3
"""Build the icp_dlg17 blind dialogue set (seventeenth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
/work/blind/icp_dlg16/icp_dlg16_build.py; every dialogue below is new and written for this set (new
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
    # kbw rule via un3: physio clinic; bought one ECS (first, neutral about DNS); the reply gives an A record,
    # cn-chengdu and a booking page in the phone browser
    (["hey so our physio clinic grabbed an ECS instance last month, mostly for the booking system. do we even need "
      "ICP filing if it's just an ECS?? kinda confused what actually triggers it",
      "ok so book.kneadwell.cn has an A record to it, the box sits in cn-chengdu, and patients open the booking page "
      "in their phone browser"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, one turn: green coffee exporter in Santos (non-native); domain -> Frankfurt, normal website;
    # the partner's claim is hearsay
    (["Hello, I am from Santos, Brazil, we sell green coffee beans to roasters. Our domain cafeverde-export.com is point "
      "to Alibaba Cloud server in Frankfurt (eu-central-1) and we have normal website there for the buyers. My partner "
      "say we must do ICP filing because it is Alibaba Cloud. It is true for our domain?"],
     [dict(points_to_mainland=N, web_service=Y)],
     ["kbw"], ("kbw", None)),
    # un3 rule: quant team, six ECS in cn-shanghai (first, neutral); the reply: no domain, ssh by IP
    (["We're a 4-person quant team and just bought 6 ECS instances in cn-shanghai to crunch backtests overnight. "
      "Trying to work out where ICP filing comes in for ECS, does it depend on the domain name side of things",
      "there's no domain on any of them, we just ssh in by IP and pull the results back over sftp"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: HSK prep school; root filed through Alibaba Cloud in 2021
    (["quick one: we want to launch hsk.linguamesa.cn for our HSK prep classes. linguamesa.cn itself got its ICP "
      "number through Alibaba Cloud back in 2021. does the subdomain need its own filing"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: auto parts distributor in Wuhan (first, neutral); the reply: root number via UCloud
    (["Morning! We distribute aftermarket auto parts out of Wuhan and want a parts lookup tool at "
      "catalog.gearlinkauto.cn. Before IT builds it, what's the ICP situation for a second-level domain like that",
      "gearlinkauto.cn does have an ICP number, but it was issued through UCloud (\u4f18\u523b\u5f97), not you guys"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn: astronomy club in Lhasa; correction inside the message settles "never had one"
    (["I run an amateur astronomy club in Lhasa \U0001F52D and we'd like to put our observing logs on "
      "sky.yakstar.org.cn. The main domain has an ICP number I think... sorry, no, I mixed it up with our old club "
      "domain. yakstar.org.cn has never had one. What do we need to do for the subdomain?"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: podcast network on OSS + DirectMail (first, neutral about ECS); the reply: no ECS, contrast
    (["We're a podcast network, our audio files sit in OSS buckets and the newsletter goes out through DirectMail. "
      "Do we need an Alibaba Cloud ICP filing for that setup, or does it hinge on something else",
      "we don't use ECS at all, never bought one \u2014 it's OSS + DirectMail and that's the whole account"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: furniture factory in Foshan (non-native); two ECS bought last spring
    (["hi, our furniture factory in Foshan bought 2 ECS in cn-shenzhen last spring for the ERP system. my boss ask "
      "me: alibaba cloud ICP filing is needed only when u buy ECS? because we did buy them"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: retired maths teacher in Suzhou, calligraphy blog; neither subject nor domain filed
    (["Good evening. I'm a retired maths teacher in Suzhou starting a personal blog about calligraphy. Neither I nor "
      "the domain inkandabacus.cn have ever gone through ICP filing \u2014 I only registered the domain on Monday. "
      "When does the initial filing have to be done?"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise: pickleball startup in Shenzhen; company never filed (first); second-hand domain filed in 2019
    (["Pickleball startup here (Shenzhen). Our company has never been through ICP filing of any kind, first time for "
      "everything lol. Do we need the initial filing thing",
      "the domain isn't fresh tho, we bought dinkcourt.cn off a guy who had filed it for his own site in 2019"],
     [dict(subject_filed=N), dict(domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs transfer, one turn: residential property manager in Nanjing leaving Tencent Cloud
    (["We manage residential compounds in Nanjing and our residents' portal has been filed through Tencent Cloud since "
      "2018. We're moving the whole thing, subject and domain, over to Alibaba Cloud this quarter and closing the "
      "Tencent account afterwards. Do we have to apply for an ICP Filing for that?"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise: music festival filed with Kingsoft Cloud (first, neutral); reply: neither transfer nor add
    (["our festival site's ICP filing is with Kingsoft Cloud (\u91d1\u5c71\u4e91). we're signing up with Alibaba Cloud "
      "for some other stuff. under what conditions would we need an ICP filing with you guys",
      "we're not moving the filing and not adding alibaba as a provider either, the website stays on kingsoft. we just "
      "want your SMS service for ticket codes"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other: tea brand in Fuzhou, subject filed via Huawei Cloud (first); reply: new site on an ECS being bought
    (["So our company (we're a tea brand in Fuzhou) already had its subject filing done through Huawei Cloud years ago "
      "for the main site. Now marketing wants a separate site on a new domain for a new oolong line, and I'm the one "
      "who got stuck figuring out the paperwork. What's needed on the Alibaba Cloud side for that",
      "it'll live on an ECS instance we're purchasing from Alibaba Cloud just for this"],
     [dict(subject_filing_provider="other", subject_filed=Y), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: chess academy; subject filed with Alibaba Cloud in 2022, new domain on existing ECS
    (["Chess academy in Tianjin \u265f\ufe0f our company has been filed with Alibaba Cloud since 2022. we're starting a new "
      "website for online tournaments on a brand new domain and hosting it on the ECS we already have. do we need "
      "to add a website ICP filing for it"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, subject_filed=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: HVAC installer, subject with Alibaba Cloud (first); reply: colocated physical servers, no ECS
    (["Our HVAC installation firm is already on record with Alibaba Cloud as a filing subject. We plan a second website "
      "on a new domain for booking aircon cleaning. When do we need to add a website ICP filing",
      "the new site won't be on ECS, it's going on physical servers we colocate in a data centre in Tianjin"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule: merger renamed the company (first); reply: number issued through Alibaba Cloud
    (["after a merger our company name changed (the registered name on the business licence is different now), so "
      "the subject info in our website's filing is outdated. what do we have to do about the ICP filing",
      "yep the ICP number was issued through Alibaba Cloud, back in 2020"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: kindergarten site; number from Alibaba Cloud, only HTTPS cert + theme
    (["our kindergarten's site got its ICP number via Alibaba Cloud. we're only adding an HTTPS cert and a new theme, "
      "nothing about the school (the subject) or the website info in the filing changes. do we have to change the "
      "ICP filing??"],
     [dict(has_alibaba_icp_number=Y, modify_info=N)],
     ["fyg"], ("fyg", None)),
    # kbw otherwise: greenhouse sensors; domain -> ECS in cn-beijing (first); reply: MQTT only, no web
    (["We run smart greenhouses in Shouguang. Our domain iot.leafgrid.cn resolves to an ECS in cn-beijing. Is an ICP "
      "filing required for this domain name",
      "it's only an MQTT broker for the humidity sensors on port 1883, no website and nothing over http at all"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, purchased_ecs=Y), dict(web_service=N)],
     ["kbw", "un3"], ("kbw", None)),
    # no_match: meaning of the -1 / -2 suffix of an ICP number
    (["random q, our shop site's ICP number ends in -2 but the main site's ends in -1. what does the number after "
      "the dash actually mean"],
     [dict()], [], "no_match"),
    # no_match: documents
    (["Which documents do I need to upload for an ICP filing as a foreign-invested company? Business licence scan, "
      "legal rep's ID, anything else?"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule, one turn: hotpot franchise; domain -> ECS in cn-zhangjiakou, online ordering website
    (["hi team, hotpot franchise from Chongqing here \U0001F336\ufe0f our domain lavapot.com.cn points to an ECS in "
      "Zhangjiakou (cn-zhangjiakou) and we'll open an online ordering website on it. ICP needed for the domain, yes "
      "or no"],
     [dict(points_to_mainland=Y, web_service=Y, domain_resolves_to_ecs=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: anime goods shop (non-native); one ECS (first); reply: DNS yes, Tokyo, web shop
    (["Hello. We are small anime goods shop, we purchased one ECS instance of Alibaba Cloud. Please tell me the rule "
      "of ICP filing for ECS instance, it is related to domain name or not",
      "Yes, shop.mochibox.jp is resolving to this ECS. The region is Japan (Tokyo), ap-northeast-1, so it is not "
      "China mainland. Customers use the web shop on browser."],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule, one turn: robotics lab in Harbin; three ECS reached by elastic IP only
    (["Robotics lab at a uni in Harbin: we bought 3 ECS instances to run ROS simulations. They're reached by elastic IP "
      "only, no domain name resolves to them and we don't plan one. ICP filing needed or not?"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: marathon in Lanzhou (first, neutral); reply: root filed with Alibaba Cloud in 2023
    (["we're organising a city marathon in Lanzhou and want registrations on signup.yellowriverrun.cn. does that "
      "second-level domain need its own ICP filing or is it covered",
      "the top-level yellowriverrun.cn was filed with Alibaba Cloud, we did it thru your console in 2023"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: architecture studio; root number via China Unicom Cloud
    (["Architecture studio here. Our root domain archivault.cn has an ICP number, but it was obtained via China Unicom "
      "Cloud (\u8054\u901a\u4e91), not Alibaba Cloud. We're now adding portfolio.archivault.cn \u2014 what filing do "
      "we need for that subdomain?"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: college esports club (first, neutral); reply: root has no ICP number, email only
    (["our college esports club wants to run tournament brackets on cup.frostbyte-gg.cn. whats the deal with ICP "
      "filing for a subdomain",
      "frostbyte-gg.cn has no ICP number, we've only ever used it for club emails so far"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: language-learning chatbot on Model Studio + OSS, servers on AWS Tokyo, never bought ECS
    (["We only consume Alibaba Cloud's Model Studio API and a bit of OSS for our language-learning chatbot; our own "
      "servers run on AWS in Tokyo, and we have never purchased an ECS instance from you. Is an Alibaba Cloud ICP "
      "Filing required in our case?"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise: textbook marketplace (first, neutral); reply: two ECS bought in January
    (["Running a second-hand textbook marketplace for uni students. Which Alibaba Cloud purchases actually trigger the "
      "need for an Alibaba Cloud ICP filing, is it just about ECS",
      "we do have ECS, bought two in cn-hangzhou in january for the marketplace backend"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule: freelance illustrator in Dalian; new domain never filed (first); reply: she never filed either
    (["freelance illustrator in Dalian here. just registered mossandquill.cn for my portfolio, it's never been filed. "
      "what's the first-time ICP filing about / when is it needed",
      "I personally have never filed anything either, this is all new to me"],
     [dict(domain_filed=N), dict(subject_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: outdoor gear rental in Guiyang; company filed in 2019, new domain never filed
    (["Our outdoor gear rental company in Guiyang completed ICP filing back in 2019 for our old site. We just "
      "registered a new domain, trailnest.cn, which has never been filed. Is this the initial ICP filing case?"],
     [dict(subject_filed=Y, domain_filed=N)],
     ["omc"], ("omc", None)),
    # srs add: bookkeeping firm filed via Volcano Engine (first, neutral); reply: keep it, add Alibaba Cloud
    (["Our bookkeeping firm's site was filed via Volcano Engine (\u706b\u5c71\u5f15\u64ce). We're starting to deploy "
      "part of it on Alibaba Cloud as well. When would an ICP filing with Alibaba Cloud be needed here",
      "we'd keep Volcano Engine as it is and just add Alibaba Cloud as an additional filing provider for the site"],
     [dict(), dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: ski resort in Chongli; filing with Qiniu Cloud stays, no transfer, no add
    (["ski resort in Chongli here \u26f7\ufe0f our filing lives with Qiniu Cloud (\u4e03\u725b\u4e91) and honestly it's "
      "staying there, we're not transferring it to Alibaba Cloud and not adding Alibaba as a provider. do we still "
      "need to apply for an ICP filing with you?"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, one turn: vet hospital group; subject with Tencent Cloud; new domain on an ECS being purchased
    (["Our vet hospital group has its subject filing with Tencent Cloud. We're purchasing an Alibaba Cloud ECS right "
      "now to host a brand-new website on a new domain (pet vaccine reminders). do we need to add a website ICP "
      "filing"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y, subject_filed=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: piano tuning; new site on ECS with a correction (first); reply: subject filed with Alibaba Cloud
    (["We're putting a new site on a new domain for our piano tuning service, hosted on our Alibaba Cloud ECS "
      "\u2014 sorry, I mean the ECS we're buying next week. Do we need to add a website ICP filing, and what "
      "decides it",
      "the subject (that's our company) went through filing on Alibaba Cloud in 2021, same account we use today"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="alibaba", subject_filed=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: bubble tea chain; subject with Tencent Cloud, new site also on Tencent, not on ECS
    (["bubble tea chain here \U0001F9CB our subject filing was done with Tencent Cloud. we're launching a new site on "
      "a new domain but it's going on Tencent Cloud's servers as well, we aren't putting it on any alibaba ECS. do "
      "we need to add a website ICP filing at alibaba"],
     [dict(subject_filing_provider="other", new_website_on_ecs=N, subject_filed=Y)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: optical shop; number from Alibaba Cloud; contact, phone and site name change
    (["our optical shop's website has an ICP filing number from Alibaba Cloud. the guy in charge of the site left, so "
      "the website contact + phone need updating, and we're renaming the site too. what's the process"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise: office moved in Xi'an (first, modify yes); reply: number obtained through Huawei Cloud
    (["Hello, we have moved our office to a new district in Xi'an, so the address in our ICP filing information is "
      "wrong now. When does the ICP filing need to be changed and where",
      "Our ICP filing number was obtained through Huawei Cloud, we have never filed anything with Alibaba Cloud"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # x3g rule: weather widget on Function Compute + Tablestore (first, neutral); generic "no" reply
    (["our weather widget runs entirely on Function Compute plus Tablestore. Is an Alibaba Cloud ICP filing required "
      "for a setup like this or only under certain conditions",
      "nah zero, never had one of those"],
     [dict(), ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # no_match: foreigner with a passport only
    (["can I do an ICP filing as a foreigner with just my passport, no chinese ID card? I'm a german freelancer "
      "living in Shanghai"],
     [dict()], [], "no_match"),
    # no_match: cancelling a filing
    (["we shut down our old campaign site. how do we cancel (\u6ce8\u9500) its ICP filing so the number is released"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw rule via un3: 宠物殡葬; one ECS (first); reply: DNS yes, 深圳, 预约网站
    (["我们是做宠物殡葬服务的小公司，上个月在阿里云买了一台ECS。想问下ECS要不要备案啊，跟域名有没有关系",
      "有的，域名已经解析到这台ECS上了，机器在华南1深圳，上面跑的是给客户预约用的网站，手机浏览器就能打开"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule, one turn: 爬虫和数据清洗, 内网 IP, no domain
    (["公司买了5台ECS专门跑爬虫和数据清洗，全程走内网IP，没有任何域名解析到这几台机子上，这种情况也要备案么"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: 全屋定制 kefu subdomain (first, neutral); reply: root filed with Alibaba Cloud
    (["我们做全屋定制的，想给主站加个二级域名 kefu.muyuehome.cn 放在线客服页面，二级域名是不是还得单独备案？",
      "主域名当时是在阿里云备的案，备案号一直都在用"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv none, one turn: 登山社团 wiki subdomain; root never had a number
    (["我们登山社团的主域名一直没有备案号（买来就放着没用过），现在想用 wiki.yunjianclub.cn 这个二级域名放社团资料，备案要怎么弄啊"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: neutral first; reply: no ECS, 企业邮箱和短信 (contrast)
    (["请问下阿里云备案是所有客户都要做的吗，还是说要看买没买某些产品呀",
      "ECS我们是没有买的哈，就用了企业邮箱跟短信服务"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc otherwise, one turn: 个人摄影博客备过; new domain never filed
    (["我本人之前给自己的摄影博客做过个人备案，现在又注册了一个新域名打算做旅游攻略站，新域名从来没备过。这个算首次备案吗？"],
     [dict(subject_filed=Y, domain_filed=N)],
     ["omc"], ("omc", None)),
    # srs add, one turn: 腾讯云 stays, add Alibaba Cloud
    (["我们网站现在是在腾讯云接入备案的，腾讯云那边不撤，打算把阿里云也加进来做新增接入，这种要在阿里云申请备案不"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # b24 other: 烘焙原料批发 new site on a new ECS (first); reply: subject filed with 华为云 (slip 以经)
    (["我们打算在阿里云新买一台ECS，上面放一个新域名的官网（做烘焙原料批发的），请问要新增网站备案吗",
      "主体以经在华为云那边备过了"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="other", subject_filed=Y)],
     ["b24"], ("b24", "b24_other")),
    # fyg otherwise: 公司搬家, address and phone change (first); reply: number from 新网
    (["公司搬家了，备案里的地址和负责人电话都得改，请问备案变更要怎么操作",
      "我们的备案号不是阿里云的，是当时在新网那边办的"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: 幕布
    (["备案核验拍照要用的幕布在哪里申请？需要自己打印吗"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw otherwise via un3: 外贸独立站; ECS (first); reply: DNS yes, 新加坡, website for overseas buyers
    (["你好，我们买了台ECS做外贸独立站，想问问ECS不绑域名和绑了域名在备案上有啥区别",
      "域名已经解析过去了，不过机器买的是新加坡地域，不在大陆，网站是给海外买家看的"],
     [dict(purchased_ecs=Y, web_service=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # fvv other, one turn: root number via 腾讯云, shop subdomain
    (["我们主域名是在腾讯云那边备的，有备案号，现在想开个 shop.chayunji.cn 的二级域名放到阿里云上，这个二级域名要在阿里云再备一次吗"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # x3g otherwise, one turn: hearsay; bought a yearly ECS in March
    (["听同事说不买ECS就不用在阿里云备案，可我们今年三月份已经买了一台包年的ECS了，那我们这种是不是就得备了"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule: 汉服租赁; new domain never filed (first); generic "no" reply
    (["做汉服租赁的，域名是上周新注册的，还没备过。想问首次备案是什么情况下必须做",
      "没有没有，头一回搞这个"],
     [dict(domain_filed=N), ANY_NO],
     ["omc"], ("omc", "omc")),
    # srs transfer: provider 优刻得 (first, neutral); reply corrects keep-both to moving both over
    (["网站现在的接入商是优刻得，请问啥情况下需要在阿里云申请备案",
      "本来想两边都留着，哦不对，老板刚拍板了，主体和域名整个都从优刻得迁到阿里云，那边以后就不用了"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: filing with 金山云, no transfer, no add
    (["备案现在挂在金山云，我们没打算转到阿里云，也不会新增阿里云接入，就是在阿里云注册了个域名而已，这样还用在阿里云再备案吗"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 alibaba, one turn: 招聘网站 on existing ECS; subject filed with Alibaba Cloud
    (["公司主体是在阿里云备的案，现在又注册了个新域名做招聘网站，打算也放在现有的ECS上，需要新增网站备案吗"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, subject_filed=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: subject with Alibaba Cloud (first); reply: Shopify abroad, no ECS
    (["我们公司主体在阿里云已经备过案了，现在准备上一个新域名的网站，想知道啥情况下要新增网站备案",
      "新站用的是Shopify建站，服务器在国外，不会放到ECS上"],
     [dict(subject_filing_provider="alibaba", subject_filed=Y), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: number from Alibaba Cloud; 法人换人 (slip 再哪里)
    (["网站备案号是阿里云给的，现在公司法人换人了，备案主体信息要跟着改，要再哪里变更啊"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # no_match: 公安备案
    (["ICP备案通过以后还要去做公安联网备案吗？是不是三十天内必须办完"],
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
