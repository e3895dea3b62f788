#!/usr/bin/env python3
"""Build the icp_dlg27 blind dialogue set (twenty-seventh writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg26_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # kbw rule, one turn: tea house in Hangzhou, A record at the ECS, booking site (also un3 as a start)
    (["Hi, I run a small tea house in Hangzhou. We bought an ECS instance in China East 1 (Hangzhou) and pointed our domain's A record at it. The menu + table booking website goes live next week. Does the domain need an ICP filing?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: Vietnamese lacquer furniture maker, non-native; reply: Germany (Frankfurt), catalog site
    (["Xin chao. My company make lacquer furniture in Ho Chi Minh City, we have purchase one ECS instance few days ago. Still not decide if we connect a domain name to it or not. ICP is needed when I buy ECS and no domain?",
      "ok we decided now: our domain will resolve to this ECS, but the ECS is in Germany (Frankfurt) region, so not China mainland. It runs the product catalog website for our buyers"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule, one turn: bioinformatics group in Harbin, pipeline reaches ECS by IP
    (["Our bioinformatics group at a university in Harbin rents four ECS instances to run genome alignment jobs. Nobody reaches them through a domain name, the pipeline just SSHes in by IP address. Is ICP filing needed for these?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # un3 rule, generic no: animation studio render nodes in Xiamen
    (["we bought a handful of ECS boxes as render nodes for our little animation studio in Xiamen. does that by itself mean we need an ICP filing??",
      "nope, nothing of the sort on our side"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: wedding photographer in Dali, gallery.; reply: 滇ICP备 via Alibaba Cloud
    (["Wedding photography studio in Dali here. We want to launch gallery.<our domain> so couples can download their photos. Is a separate ICP filing needed for a subdomain like that?",
      "our root's registration number is a 滇ICP备 one, Alibaba Cloud did that filing for us when we built the studio site in 2020"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: law firm in Changchun, root filed via Huawei Cloud
    (["We're a law firm in Changchun. Our root domain has a 吉ICP备 number that Huawei Cloud handled for us, and now we'd like to run cases.<root> on Alibaba Cloud. Does that second-level domain need its own filing with you?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: amateur astronomy society, stargazing.; reply: root from Namecheap, never any ICP number
    (["hey, amateur astronomy society here. thinking of spinning up stargazing.<our club domain> for night-event signups. do 2nd-level domains need ICP",
      "the main domain was bought on Namecheap and it has never had an ICP number of any kind"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: freelance piano tuner in Wuxi, domain only, site on Wix
    (["I'm a freelance piano tuner in Wuxi. I only registered my domain with you and the site itself is built on Wix. I never bought an ECS or any other server from Alibaba Cloud. Do I still need an Alibaba Cloud ICP filing?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise: hearsay from a cousin; reply: ECS in the Ulanqab region bought last month
    (["My cousin says Alibaba only asks for an ICP filing if you buy their ECS. Is that how it works? I do sales for a beekeeping cooperative in Shaanxi and we want a honey shop site.",
      "We did, actually. Bought an ECS instance in the Ulanqab region last month"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: climbing gym in Xi'an, new company and new domain
    (["Opening a bouldering gym in Xi'an. Brand new company, brand new domain, neither has ever gone through ICP filing. What do we have to do before the site goes live?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # omc otherwise: herbal tea line, fresh domain; reply: company filed since 2019, 闽ICP备
    (["We just registered a fresh domain for our new line of herbal teas, it hasn't been filed anywhere. When is an initial ICP filing required?",
      "The company itself is already filed though, we've had a 闽ICP备 number for our main brand site since 2019"],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # srs rule add, one turn: big-data company in Guiyang keeps Kingsoft Cloud
    (["We're a big-data company in Guiyang, filed with Kingsoft Cloud. We'll keep Kingsoft, but we want to add Alibaba Cloud as a second access provider for the same website. Under what conditions is a filing needed for that?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise: car detailing chain in Foshan filed via UCloud; reply: neither, only SSL certificates
    (["Our car detailing chain in Foshan has its website filed through UCloud. When would I have to do an ICP filing with Alibaba Cloud?",
      "Neither one. The site stays on UCloud for good, we're only buying SSL certificates from you"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other: orthodontic clinics in Hefei, subject via Volcano Engine; reply: new aligner domain on an ECS ordered today
    (["Our company (orthodontic clinics in Hefei) got its subject filing through Volcano Engine years ago. What are the conditions for adding a website filing?",
      "It's a brand-new domain for our aligner brand, and it will run on an ECS we're ordering from you today"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: hostel chain in Guilin, existing ECS
    (["Hi! Our hostel chain in Guilin is already filed as a subject with Alibaba Cloud. We're launching a new website on a new domain, hosted on the ECS instance we already have with you. What filing do we need?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: Italian olive oil company in Ningbo, non-native, subject via Xinnet, Squarespace, no ECS
    (["Ciao, we are Italian olive oil company with office in Ningbo. Our subject is filed with Xinnet. We make a new website but it will stay on Squarespace, we don't buy any ECS and nothing will go on ECS. Must we add a website filing with Alibaba Cloud?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: furniture factory in Dongguan, new legal representative
    (["Our furniture factory in Dongguan has an ICP filing number from Alibaba Cloud for its website. After the shareholder restructuring the legal representative changed, so that info has to be updated. Does the filing need to be changed?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, generic no: Russian pine-nut seller, non-native
    (["Privet. We sell Siberian pine nuts, in the filing we need put new email of the contact person. I must change ICP filing for this?",
      "no, we dont have that"],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # no_match: which documents, notarised business licence
    (["Which documents do I have to upload for the filing? Is a scan of the business licence enough or does it need to be notarised?"],
     [{}], [], "no_match"),
    # no_match: where to show the number on the homepage
    (["Where exactly on my homepage do I have to display the filing number, and does it need to link somewhere?"],
     [{}], [], "no_match"),
]

EN_B = [
    # kbw rule via un3: cold-chain logistics in Zhengzhou; reply: resolves, China North 5 (Hohhot), shipper web portal
    (["We've just bought ECS instances for a cold-chain truck tracking platform (based in Zhengzhou). Haven't decided whether to hang a domain on them yet. Is an ICP filing needed for ECS without a domain name?",
      "ok, decided: track.<our domain> will resolve to them, region is China North 5 (Hohhot), and it serves the web portal our shippers log into"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, generic no: violin workshop near Cremona, web store
    (["Planning a web store for hand-made violins (small workshop near Cremona). Does the domain name need an ICP filing?",
      "no, definitely not"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # un3 rule: fintech risk-scoring engine; reply: Express Connect only, nothing resolves to it
    (["We're a fintech startup and we purchased ECS for an internal risk-scoring engine. Do I need an ICP filing for those instances?",
      "Other services call it over Express Connect on the private network only. There's no domain name resolving to it"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: yoga studio chain in Dalian, 辽ICP备 via Alibaba Cloud
    (["Yoga studio chain in Dalian. Our main domain already has a 辽ICP备 number, filed via Alibaba Cloud. Do I need another ICP filing for classes.<main domain>?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: auto parts distributor in Wenzhou, jobs.; reply: 浙ICP备 via China Unicom Cloud
    (["does a subdomain need its own ICP filing? we're an auto parts distributor in Wenzhou and want the recruitment portal on jobs.<company domain>",
      "The top-level domain does have a 浙ICP备 number, but that was done via China Unicom Cloud, not Alibaba"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: microbrewery in Taiyuan, taproom.; reply: root at Gandi, no ICP number
    (["Second-level domain question: our microbrewery in Taiyuan wants taproom.<domain> for the beer menu. ICP filing required?",
      "Root domain is registered at Gandi and has no ICP number whatsoever"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, generic no: knitting pattern blog
    (["Does my knitting pattern blog need an Alibaba Cloud ICP filing? Someone on a forum said it depends on whether you bought ECS from them.",
      "nope, never have"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: colleague's claim, but two ECS bought last week (insurance brokerage portal)
    (["A colleague insists we don't need an Alibaba Cloud ICP filing since we never bought ECS. But that's wrong, we bought two ECS instances last week for our insurance brokerage portal. So is the filing needed or not?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule, three turns, two generic no replies: retired railway engineer in Lanzhou
    (["I'm a retired railway engineer in Lanzhou and want to put my model train photos online. When is the initial ICP filing required?",
      "No. I've never dealt with any ICP paperwork in my life",
      "not really, all of this is new to me"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: accounting firm in Jinan filed since 2017, new payroll domain
    (["Our accounting firm in Jinan has been a filed subject since 2017 (鲁ICP备). We've bought a new domain for a payroll service and that domain has never been filed. Do we need an initial ICP filing?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # srs rule transfer, one turn: online florist in Shanghai moving from Azure China (21Vianet)
    (["Online florist in Shanghai. We're migrating everything from Azure China (21Vianet) and want to move our ICP filing, company and domain both, over to Alibaba Cloud. Is a filing needed for that?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise: used-car dealership in Shijiazhuang via Inspur Cloud; reply: neither, only email hosting
    (["Our used-car dealership site in Shijiazhuang got its filing through Inspur Cloud. Under what conditions would I need an ICP filing with you?",
      "We're not moving it and we're not adding Alibaba either. We just want your business email"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other, one turn: Korean-run cosmetics trader in Yanji, non-native, subject via Huawei Cloud
    (["Hello. Our cosmetics trading company in Yanji have subject filing by Huawei Cloud. Now we purchase ECS in Alibaba Cloud and want make filing for a new website domain on it. What we need?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: dance school, new domain on ECS; reply: subject filed via Alibaba Cloud, 湘ICP备 in 2022
    (["We're putting a new website (new domain) for our dance school on the ECS instance we bought from you. What filing is needed?",
      "The school is already filed as a subject with Alibaba Cloud, we got our 湘ICP备 through you in 2022"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 alibaba, one turn: bonsai nursery in Yangzhou, second site on existing ECS
    (["Our bonsai nursery in Yangzhou was filed as a subject with Alibaba Cloud, and we want to host a second website with a new domain on our ECS. Do I need to add a website filing?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: drone photography company, subject with Alibaba Cloud; reply: hypothetical, then Vercel, no ECS
    (["Our subject (a drone photography company in Shenzhen) is filed with Alibaba Cloud. We've got another domain for a new site. Under what conditions do I add a website filing?",
      "If it ran on ECS I guess that'd be a yes, but it won't. It will sit on Vercel, no ECS involved"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule: hotpot restaurant in Wuhan, 鄂ICP备 via Alibaba Cloud; reply: registered company name changed after a merger
    (["Hotpot place in Wuhan here, our site's 鄂ICP备 number came from Alibaba Cloud. In which cases do we have to change that filing?",
      "We merged with another group and the registered company name is different now, so the subject name on the filing must be updated"],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: recruitment agency in Xining, number from Kingsoft Cloud
    (["I'd like to update the phone number of the person in charge on our filing (recruitment agency in Xining). However, our ICP number was done by Kingsoft Cloud, not Alibaba. Do I change it on your platform?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # no_match: public security bureau filing
    (["After I get the ICP number, how do I do the public security (PSB) filing and within how many days?"],
     [{}], [], "no_match"),
    # no_match: API to query filing status
    (["Is there an API I can call to check whether a given domain already has a filing?"],
     [{}], [], "no_match"),
]

ZH_A = [
    # kbw otherwise via un3: 外贸询盘系统; reply: 解析过去，德国法兰克福，官网
    (["我们公司刚买了台ECS做外贸询盘系统，域名绑不绑还没定，买了ECS不用域名的话需要备案吗",
      "定了，域名会解析到这台ECS，不过机器在德国法兰克福地域，不在大陆，上面跑的是我们的官网"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule: 日志分析; reply: 公网IP直连
    (["买了两台ECS跑日志分析，需要备案吗",
      "没有域名解析过去，都是直接拿公网IP连的"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv other: video. 课程; reply: 豫ICP备，华为云备的
    (["二级域名要不要单独备案啊？想搞个 video.xxx.com 放网课",
      "主域名有备案号，豫ICP备的，不过是在华为云那边备的"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn: Dynadot, wiki.
    (["主域名是在Dynadot买的，从来没备过案，现在想开个 wiki.主域名 放产品文档，这个二级域名得备案吗"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: 域名+企业邮箱，凡科建站
    (["我就在阿里云买了个域名和企业邮箱，ECS一台都没买，网站是用凡科建站搭的，那还需要在阿里云备案吗"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # omc rule: 新注册的餐饮公司; reply: 域名也新
    (["我们是刚注册下来的餐饮公司，之前从没备过案，首次备案什么情况下要做",
      "域名也是新买的，没有备过"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # srs otherwise, one turn: 金山云，不转不加，只买OSS
    (["我们网站是在金山云备的案，不打算转到阿里云，也不会加阿里云当接入商，就是在你们这买了个OSS存备份，这样要在阿里云备案不"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 alibaba: 主体前年阿里云; reply: 新站新域名，部署到之前买的ECS
    (["我们主体前年就在阿里云备过案了，新增网站备案需要满足啥条件",
      "嗯，新站新域名，打算直接部署到之前买的那台ECS上"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # fyg rule, one turn: 公司搬家，主体通信地址要改
    (["网站备案号是在阿里云办的，现在公司搬家了，主体的通信地址得改一下，这个是不是要变更备案"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # no_match: 审核要几个工作日
    (["管局审核一般要等多少个工作日才能下号"],
     [{}], [], "no_match"),
]

ZH_B = [
    # kbw rule via un3: 预约系统; reply: 解析过去，华东1杭州，网页版
    (["ECS已经下单了，域名暂时没绑，光用ECS不用域名的话要备案么",
      "后来还是把域名解析过去了，机器在华东1杭州，要上线一个网页版的预约系统"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule, one turn: 视频转码
    (["买的ECS只拿来做视频转码，没有任何域名解析到上面，这样也要备案吗"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: shop.; reply: 皖ICP备，阿里云备的
    (["想问下 shop.我们的域名 这种二级域名需要备案么",
      "顶级域名之前就是在阿里云备的案，有皖ICP备的号"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # x3g otherwise: 朋友说…，茶叶电商; reply: 双十一前买了一台
    (["朋友说不买ECS就不用在阿里云备案，是这样吗？我们做茶叶电商的",
      "我们买了，双十一之前搞活动的时候入手了一台ECS"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc otherwise, one turn: 新子公司没备过，域名是母公司转来的，以前备过
    (["新成立的子公司没备过案，但用的是母公司转过来的域名，那个域名以前备过案，这种情况还要做首次备案吗"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # srs rule transfer, one turn: 华为云整体转到阿里云
    (["我们的主体和域名现在都备在华为云，准备整体转到阿里云来，这种要重新备案吗"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # b24 other: 主体在UCloud; reply: 另注册了域名，跟ECS一起下单
    (["主体在UCloud备过案，现在想在阿里云新增网站备案，需要什么条件",
      "对，另外注册了个域名，准备跟ECS一起在阿里云下单，网站就放在上面"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 otherwise, one turn: 主体在火山引擎，Webflow托管，不买ECS
    (["主体备案是在火山引擎做的，新网站用Webflow托管，不买ECS也不放ECS上，还用在阿里云加网站备案吗"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg otherwise: 改网站服务内容; reply: 备案号是景安办的
    (["想把备案里的网站服务内容改一下，得在阿里云变更备案吗",
      "备案号不是阿里云的，当初是在景安办的"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # no_match: 域名实名认证卡住
    (["域名实名认证提交三天了还显示审核中，正常吗"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 92718013), ("en_b", EN_B, 92718029),
         ("zh_a", ZH_A, 92718043), ("zh_b", ZH_B, 92718053)]


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
