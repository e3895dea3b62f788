#!/usr/bin/env python3
"""Build the icp_dlg25 blind dialogue set (twenty-fifth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
/work/blind/icp_dlg24/icp_dlg24_build.py; every dialogue below is new and written for this set (new
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
    # kbw rule, one turn: dental clinic chain in Chengdu, China Southwest 1, booking website
    (["Hi! We run 4 dental clinics around Chengdu. Last month we bought an ECS in the China Southwest 1 (Chengdu) region, our domain already resolves to it through an A record, and next week the online appointment booking website goes live on it. Is ICP filing needed for the domain?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: coffee exporter from Santos, non-native; reply: US (Silicon Valley), not mainland
    (["Olá, our coffee exporting company in Santos (Brazil) have buy one ECS instance on Alibaba Cloud. Is ICP Filing required if we purchase ECS and maybe not use domain name on it? we still not decide",
      "ok now we decide: our domain is pointed to the ECS by DNS and it run our coffee catalogue website, but the instance is in US (Silicon Valley) region, not mainland China"],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule, one turn: university genomics lab in Wuhan, SSH by public IP
    (["Our genomics lab at a university in Wuhan bought three ECS instances to run sequence alignment jobs. We log in over SSH with the public IPs and no domain name resolves to any of them. Do we still have to do an ICP filing?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # un3 rule, two turns: Shenzhen delivery company's MQTT broker; reply: raw IP in the tracker firmware
    (["quick q - our delivery company in Shenzhen bought an ECS that acts as the MQTT broker for the GPS trackers in our trucks. does ICP filing for an ECS depend on whether a domain name is used with it?",
      "nope, no domain points at it, the trackers have the raw IP burned into their firmware"],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, two turns: kindergarten in Xiamen, enroll. subdomain; reply: 闽ICP备 filed on aliyun
    (["Hello, our kindergarten in Xiamen wants to open enroll.<our domain>.cn so parents can sign up online. Does a second-level domain need a separate ICP filing?",
      "the main domain is filed, we did the filing on aliyun ourselves and the number starts with 闽ICP备"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: law firm in Shanghai, root filed via Huawei Cloud, clients. subdomain
    (["We're a law firm in Shanghai. Our root domain does have an ICP number, but that filing was done through Huawei Cloud, never through Alibaba Cloud. If we set up clients.<root domain> for a client portal, do we need an ICP filing for the subdomain?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, two turns: running club, results. subdomain; reply: root at namecheap, no ICP number
    (["hiya, running club here. we wanna put race results on results.<our domain>.org - do subdomains need ICP filing or not",
      "the main domain has no ICP number, it's registered at namecheap and only redirects to our facebook page"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: wedding planner in Hangzhou, domain + enterprise mailbox, site on Squarespace
    (["I'm a wedding planner in Hangzhou. From Alibaba Cloud I bought only a domain name and the enterprise mailbox - no ECS whatsoever, the website itself is built on Squarespace. Do I need an Alibaba Cloud ICP filing?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, two turns: boss's hypothetical; reply: one ECS bought last week for the ERP
    (["my boss wants to know: is an alibaba cloud ICP filing required if we don't purchase any ECS instances? trying to figure out if we need to bother",
      "hmm actually we did purchase one ECS last week, IT uses it for the ERP system"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: new bubble tea brand in Zhengzhou, fresh domain, site next month
    (["We just founded a bubble tea brand in Zhengzhou and registered a brand-new domain. The company has never filed anything with the MIIT and the domain is fresh, no filing on it either. We want the website online next month - when is the initial filing needed?"],
     [{"subject_filed": N, "domain_filed": N, "web_service": Y}],
     ["omc"], ("omc", "omc")),
    # omc otherwise, two turns: bakery, new domain never filed; reply: company filed in 2019 for old catering site
    (["Hi, I just registered a new domain for my bakery, it has never been ICP filed. Under what conditions is the initial ICP filing required?",
      "the bakery company itself is already filed, we did that in 2019 for our old catering site"],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # srs rule (add), one turn: concert ticketing, keeps UCloud, adds Alibaba Cloud
    (["We sell concert tickets online and our website's ICP filing is with UCloud. We're keeping UCloud, but part of the site will run on Alibaba Cloud, so we want to add Alibaba Cloud as an additional ICP filing provider. Is a filing needed for that?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise, two turns: filed via Kingsoft Cloud; reply: neither, only machine translation API
    (["Our site is ICP filed through Kingsoft Cloud. We're starting to use some Alibaba Cloud services too - does that mean we have to do an ICP filing with you?",
      "no transfer and no adding you as a provider, the website stays on Kingsoft. we only call alibaba cloud's machine translation API from our backend"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other, two turns: auto parts exporter, subject filed with China Unicom Cloud; reply: new Alibaba ECS this week
    (["Our company's ICP filing (as the subject) was done with China Unicom Cloud for our main website. Now we're launching a new site on a brand new domain for our export auto-parts brand. What kind of filing do we need at Alibaba Cloud?",
      "it'll be hosted on an Alibaba Cloud ECS, we're placing the order this week"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: badminton halls in Changzhou, court booking site on existing ECS
    (["We run badminton halls in Changzhou and our company was ICP filed through Alibaba Cloud. We've registered a new domain for a court booking site and will deploy it on the ECS we already have. Do we need to add a website ICP filing?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: subject filed with Volcano Engine, landing page on Webflow, no ECS (non-native)
    (["hello, our company subject already filed with Volcano Engine. we make a new landing page with a new domain, but it is build on Webflow, we did not buy any ECS. need to add website ICP filing in Alibaba Cloud?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: architecture studio in Xi'an, 陕ICP备 via Alibaba Cloud, office moved
    (["Our architecture studio in Xi'an has a 陕ICP备 number that we got through Alibaba Cloud. We moved office, so the company address in the filing needs updating. Do we have to change the ICP filing?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, two turns: Korean owner, non-native, phone number update; reply: number via Xinnet
    (["Annyeong, the owner of our website change his phone number so we must update this in ICP filing info. when is need to change the filing?",
      "hmm our number is from Xinnet, we did our filing with them back when we launch the site, never with Alibaba Cloud"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # no_match: showing the ICP number in the footer with a link
    (["how do i show the ICP number at the bottom of my homepage, does it have to link to beian.miit.gov.cn?"],
     [{}], [], "no_match"),
    # no_match: photo of the person in charge in front of the curtain
    (["Is it still required to take a photo of the person in charge in front of the curtain background, or can that be done in the app now?"],
     [{}], [], "no_match"),
]

EN_B = [
    # kbw rule via un3, two turns: fitness app REST API; reply: api. resolves, China North 2 (Beijing), HTTPS API
    (["We purchased an ECS to serve the REST API for our fitness app. Haven't decided yet whether to use a domain name for it. Is ICP filing required in that case?",
      "decided now: api.<our domain> resolves to the ECS through DNS, the instance is in China North 2 (Beijing) and it serves the API over HTTPS"],
     [{"purchased_ecs": Y, "web_service": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, one turn: Phuket tour company, Thailand (Bangkok), non-native
    (["Sawasdee krub. Our tour company in Phuket buy ECS in Thailand (Bangkok) region and point our domain to it with DNS. The website for tourist booking run on it. This server not in China mainland - ICP Filing is need?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule, two turns: Minecraft server for friends; reply: no domain, ip:port
    (["I've got an ECS that runs a Minecraft server for me and some friends. Do I need an ICP filing for it, and does it matter whether I hook a domain up to it?",
      "no domain at all, my friends just join with ip:port"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: ice sculpture tours in Harbin, 黑ICP备 with Alibaba Cloud, booking. subdomain
    (["We organise ice sculpture tours in Harbin. Our root domain has a 黑ICP备 number and that filing was done with Alibaba Cloud. If we add booking.<root>, does the subdomain need its own ICP filing?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, two turns: HR SaaS status. subdomain; reply: root filed via 21Vianet (Azure China)
    (["Our HR SaaS wants a status page at status.<our domain>.com. Do second-level domain names need an ICP filing of their own?",
      "the top-level domain has an ICP number, it was filed via 21Vianet (Azure China), not Alibaba Cloud"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, two turns: astronomy club gallery. subdomain; reply: root only ever on Netlify, no ICP number
    (["amateur astronomy club here :) we'd like gallery.<our domain> for our astrophotos. do second level domains need ICP?",
      "our main domain doesn't have any ICP number, it's only ever been hosted on netlify outside china"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, two turns: knitting shop, daughter set up account; reply: only the domain, no ECS
    (["my daughter set up an alibaba cloud account for my knitting shop and I'm not sure what she bought. does the alibaba cloud ICP filing depend on whether you buy ECS?",
      "checked the orders page just now: only the domain name, there's no ECS in there at all"],
     [{}, {"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: self-correction, one ECS since January
    (["We haven't bought any ECS - wait, sorry, just checked billing and we do have one ECS instance running since January. So is an Alibaba Cloud ICP filing required for us or not?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule, two turns: handmade soap maker, never filed personally; reply: domain registered three weeks ago
    (["I make handmade soap at home and want to start selling online. I personally have never done any ICP filing in my life. When is the initial ICP filing required?",
      "the domain was registered three weeks ago, no filing has ever been done on it"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: subsidiary using the parent group's filed domain, subsidiary never filed
    (["Our new subsidiary uses a domain transferred from our parent group; that domain already completed ICP filing under the parent. The subsidiary itself has never filed. Do we need the initial ICP filing?"],
     [{"domain_filed": Y, "subject_filed": N}],
     ["omc"], ("omc", None)),
    # srs rule (transfer), one turn: regional newspaper in Jinan, leaving Inspur Cloud
    (["We're a regional newspaper in Jinan. The ICP filing for our company and domain is currently with Inspur Cloud and we want to transfer it completely to Alibaba Cloud. Do we need to apply for an ICP filing?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise, two turns: game studio filed via Qiniu; reply: neither, only an SSL certificate
    (["Our game studio's website is filed through Qiniu Cloud. Now we have an Alibaba Cloud account as well. Does that mean an ICP filing with Alibaba Cloud is required?",
      "neither: the site keeps its filing at qiniu and we're not moving or adding anything, we just bought an SSL certificate from alibaba cloud"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other, one turn: tea plantation in Anxi, subject with Huawei Cloud, buying ECS for farm tours site
    (["Our tea plantation company in Anxi, Fujian already has its subject filing with Huawei Cloud. We're buying an ECS on Alibaba Cloud now to host a new website on a new domain for farm tours. Do we need a website ICP filing at Alibaba Cloud?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, two turns: pharmacy chain new site on existing ECS; reply: subject filed with Alibaba Cloud in 2020
    (["We're launching a new website with a new domain for our pharmacy chain, it will run on an ECS we already have. Do we need to add a website ICP filing?",
      "our company subject was filed with Alibaba Cloud back in 2020"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 alibaba, one turn: kids coding school in Dalian, second site on their ECS
    (["hey, kids coding school in Dalian. our company is filed on alibaba cloud already and we want a second site on a new domain, deployed on our ECS. do we need to add a website filing for it?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, two turns: music festival, subject with Alibaba Cloud; reply: site on Vercel, not ECS
    (["We organise a music festival and our company subject is ICP filed with Alibaba Cloud. For this year's festival site we registered a new domain. Do we need to add a website ICP filing?",
      "the festival site will be on vercel, it's not going on an ECS"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule, two turns: furniture showroom in Foshan, 粤ICP备 via Alibaba Cloud; reply: legal representative changed + website name
    (["Running a furniture showroom in Foshan - our 粤ICP备 filing was handled by Alibaba Cloud, so the number is an Alibaba one. Under what circumstances must a filing be changed?",
      "our legal representative changed last month and we also want to update the website's name in the filing"],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: Russian speaker, non-native, number via 美橙互联
    (["Privet! We want change website name in our ICP filing. Our ICP number we got via 美橙互联 (Meichen), it is not Alibaba Cloud number. Do we need change filing on Alibaba Cloud platform?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # no_match: review time at the provincial communications administration
    (["After we submit the filing, roughly how many working days does the provincial communications administration take to review it?"],
     [{}], [], "no_match"),
    # no_match: public security bureau filing
    (["Besides the MIIT ICP filing, do we also need the public security bureau filing on beian.gov.cn, and what's the deadline for that?"],
     [{}], [], "no_match"),
]

ZH_A = [
    # kbw rule via un3, two turns: 两台ECS还没定绑不绑域名; reply: 华南1（深圳），公司官网
    (["我们刚买了两台ECS，还没想好要不要绑域名，这种情况需要做ICP备案吗？",
      "想好了，域名解析到这两台ECS上，机房选的华南1（深圳），上面跑公司官网"],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule, one turn: 定时对账脚本，IP远程登录
    (["公司在阿里云买了台ECS，只用来跑每天的定时对账脚本，大家都是用IP远程登录，没有任何域名指向它，这样也要备案吗"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: 粤ICP备在阿里云，blog. 二级域名
    (["主域名是在阿里云备的案，备案号粤ICP备开头，现在想加一个 blog. 的二级域名，还需要单独备案吗？"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv none, two turns: docs. 产品文档; reply: 主域名没有备案号，只当邮箱后缀用
    (["想开个 docs. 开头的二级域名放产品文档，二级域名要备案吗？",
      "主域名没有备案号，买来以后一直只拿来当企业邮箱后缀"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g otherwise, one turn: 已经买了三台ECS，问不买ECS才不用备案
    (["我们公司在阿里云已经买了三台ECS了，阿里云备案是不是一定得做？我理解只有不买ECS才可以不备案对吧"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc otherwise, two turns: 新域名没备过; reply: 本人2022年备过一个博客
    (["新注册的域名，从来没备过案，什么情况下要做首次备案？",
      "主体之前备过，我个人名下2022年给一个博客办过备案"],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # srs rule (add), two turns: 华为云已备案，也开始用阿里云; reply: 华为云保留，加阿里云为新接入商
    (["网站已经在华为云备过案了，现在我们也开始用阿里云，这种情况需要在阿里云备案吗？",
      "华为云那边保留不动，就是想把阿里云加进来做新的接入商"],
     [{}, {"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # b24 other, one turn: 主体在金山云备过，阿里云买ECS上新域名商城
    (["公司主体在金山云备过案，现在在阿里云买ECS，准备上线一个新域名的商城网站，需要做什么备案？"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # fyg otherwise, two turns: 网站负责人离职要改; reply: 备案号在火山引擎办的
    (["网站负责人离职了，想把备案信息里的负责人换掉，这个要怎么变更？",
      "备案号是在火山引擎那边办下来的，不是阿里云"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # no_match: ICP经营许可证和ICP备案的区别
    (["ICP经营许可证跟ICP备案有啥区别？我们网站要做付费会员，得办哪个"],
     [{}], [], "no_match"),
]

ZH_B = [
    # kbw otherwise via un3, two turns: H5小游戏网站; reply: 解析了，中国香港，不在内地
    (["买了台ECS准备部署一个H5小游戏网站，域名要不要解析过去还在考虑，这样要备案吗？",
      "最后还是解析了，域名已经指向这台ECS，地域选的是中国香港，不在内地，网站就跑在上面"],
     [{"purchased_ecs": Y, "web_service": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # fvv other, one turn: 主域名在优刻得备案，pay. 二级域名
    (["主域名的备案是在UCloud优刻得做的，有备案号，现在想用 pay. 这个二级域名，需要在阿里云再备案吗？"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # x3g rule, one turn: 只注册域名+企业邮箱，网站放 GitHub Pages
    (["我在阿里云就注册了个域名，开了企业邮箱，ECS一台没买，网站是放在 GitHub Pages 上的，还用做阿里云备案吗"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # omc rule, two turns: 新成立的装修公司没备过; reply: 域名也是新注册的
    (["我们是刚成立的一家装修公司，公司从来没办过备案，首次备案什么时候要做？",
      "域名也是这个月新注册的，之前没人给它备过案"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # srs rule (transfer), two turns: 备案挂在新网; reply: 整个从新网转到阿里云
    (["我们网站的备案现在挂在新网，最近在考虑用阿里云，这种情况下要在阿里云备案吗？",
      "打算把主体和域名的备案整个从新网转到阿里云，新网那边不留了"],
     [{}, {"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: 七牛云，不转不加，只买OCR接口
    (["网站备案在七牛云，我们既不转接入也不打算新增阿里云当接入商，只是在阿里云买了个OCR文字识别接口，这需要在阿里云备案吗"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 alibaba, one turn: 售后服务网站，新域名，现有ECS
    (["主体是在阿里云备的案，现在新做一个售后服务网站，用新域名，准备放在现有的ECS上，要不要加网站备案？"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, two turns: 主体在联通云; reply: Webflow 搭，不放ECS
    (["公司主体是在联通云备过的，现在想做个新域名的品牌站，需要新增网站备案吗？",
      "新站打算用 Webflow 搭，不放在ECS上"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule, two turns: 鲁ICP备在阿里云; reply: 公司搬家，注册地址变了
    (["我们的备案号是鲁ICP备开头的，当时在阿里云办的，什么情况下需要变更备案？",
      "公司搬家了，注册地址也变了，主体信息得改一下"],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # no_match: 网站名称不能用哪些词
    (["备案的时候网站名称不能用哪些词？比如带“中国”两个字行不行"],
     [{}], [], "no_match"),
]


FILES = [("en_a", EN_A, 91725013), ("en_b", EN_B, 91725027),
         ("zh_a", ZH_A, 91725031), ("zh_b", ZH_B, 91725049)]


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
