#!/usr/bin/env python3
"""Build the icp_dlg23 blind dialogue set (twenty-third writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
/work/blind/icp_dlg22/icp_dlg22_build.py; every dialogue below is new and written for this set (new
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
    # kbw rule, one turn: dental clinic chain in Chengdu, ECS in cn-chengdu, patient booking website
    (["Hi, I do IT for a chain of 6 dental clinics in Chengdu. We bought an ECS instance in the cn-chengdu "
      "region last week and our domain already resolves to it through an A record. The patient booking "
      "website will run on it. Do we need an ICP filing for the domain name?"],
     [dict(points_to_mainland=Y, web_service=Y, domain_resolves_to_ecs=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: carpet seller from Istanbul (non-native); reply: Singapore ap-southeast-1
    (["hello, we are small carpet seller from Istanbul. We buy one ECS instance from Alibaba Cloud. "
      "Must we do ICP filing when we use ECS without domain name, or only with domain?",
      "our domain is pointed to the ECS by DNS, yes. but the ECS is in Singapore region (ap-southeast-1), "
      "not China mainland. it runs our carpet shop website"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule, one turn: IoT startup in Shenzhen, MQTT broker on ECS, devices use the public IP
    (["We're an IoT startup in Shenzhen. Bought 3 ECS instances to run an MQTT broker for our smart plugs; "
      "the devices connect straight to the public IP. There's no DNS record anywhere and no domain name "
      "pointing at those instances. ICP filing needed or not?"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # un3 rule, two turns: PhD student, protein folding batch jobs; reply: ssh to the public IP
    (["Quick q - I'm a PhD student and my lab purchased an ECS instance for protein folding batch jobs. "
      "Does that need ICP filing? I'm honestly not sure how domain names play into it",
      "nope, no domain resolves to it. I just ssh into its public IP from the lab"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, two turns: dumpling restaurant in Shanghai, order. subdomain; reply: 沪ICP备 via Alibaba Cloud
    (["hiya! I run a dumpling restaurant in Shanghai and my nephew wants to put our online menu on "
      "order.ourdomain.com, a second-level domain. Does a subdomain like that need its own ICP filing??",
      "the main domain already has a 沪ICP备 number, and that filing was done through Alibaba Cloud"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: law firm in Guangzhou, root filed via Azure China (21Vianet), careers. subdomain
    (["Our law firm in Guangzhou has its root domain filed via Azure China (the one operated by 21Vianet), "
      "so we hold a 粤ICP备 number from them. Now we'd like careers.ourfirm.cn to run on Alibaba Cloud. "
      "Does that second-level domain need an ICP filing?"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, two turns: knitting club forum subdomain; reply: root registered on a whim, never filed
    (["i run a knitting club and want forum.<our root> as a subdomain for the members. second level "
      "domain, do i need icp for that separately",
      "the root domain has no ICP number, I registered it on a whim and never filed it"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: wedding planner in Chongqing, enterprise email + DNS, site on Squarespace
    (["Wedding planner in Chongqing here. I only use Alibaba Cloud for enterprise email and DNS hosting, "
      "and I have not purchased any ECS instance - the site itself lives on Squarespace. Do I still need "
      "an Alibaba Cloud ICP Filing?"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, two turns: podcast network, hearsay + hypothetical; reply: one ECS since January
    (["We run a small podcast network. Someone told us an Alibaba Cloud ICP filing only matters if you "
      "buy ECS. Is that true? Like, what if a customer doesnt purchase any ECS at all",
      "well, we do already have one ECS, bought in january to host our RSS feeds and the web player"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: new private kindergarten company in Harbin, new domain, school website
    (["We just registered a private kindergarten company in Harbin. Neither the company nor our brand-new "
      "domain has ever been through ICP filing, and we want to launch the school's website soon. Is this "
      "the case where we need an initial ICP filing?"],
     [dict(subject_filed=N, domain_filed=N, web_service=Y)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, two turns: architecture studio, new competition domain; reply: studio filed in 2019
    (["Architecture studio here. We bought a new domain for our design competition microsite and it has "
      "never been filed. Does that mean we need to do an initial ICP filing?",
      "The studio itself (the company) got its ICP filing for our main website back in 2019"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (add), one turn: keeps UCloud, adds Alibaba Cloud
    (["Our ICP filing is with UCloud and we are keeping it there, but we'd like to add Alibaba Cloud as an "
      "additional ICP filing provider since part of the site will run on your servers. Under what "
      "conditions is a filing needed for that?"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, two turns: filing with Kingsoft Cloud; reply: staying, only OCR API
    (["our ICP filing for the subject and domain is with Kingsoft Cloud. When would I need to apply for an "
      "ICP filing with Alibaba Cloud?",
      "Not moving it, and not adding Alibaba either. We only call your OCR API from the Kingsoft servers"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, two turns: sports nutrition company filed with Volcano Engine; reply: ECS ordered on Monday
    (["Our sports nutrition company completed its ICP filing with Volcano Engine (火山引擎). We're now "
      "launching a second brand with a brand-new domain name. Do we need to add a website ICP filing?",
      "the new brand site goes on an ECS box - we placed the order with Alibaba Cloud on Monday and the site "
      "will live there"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: dance academy in Xi'an, summer camp site on the existing ECS
    (["Dance academy in Xi'an - our company filing was done with Alibaba Cloud. We want a new domain for a "
      "summer camp website and to host it on the ECS we already have with you. Do I need to add a "
      "website ICP filing for it?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: company filed with China Unicom Cloud, landing page on Webflow, no ECS
    (["Our company is filed with China Unicom Cloud (联通云). We're planning a product landing page on a new "
      "domain, but it's built and hosted on Webflow - we have no ECS and won't buy any. Do we need to add a "
      "website ICP filing with you?"],
     [dict(subject_filing_provider="other", new_website_on_ecs=N, purchased_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: hotpot chain, 渝ICP备 via Alibaba Cloud, site name + contact email changed
    (["Our hotpot chain's website has a 渝ICP备 number that was filed through Alibaba Cloud. We renamed the "
      "website and the person in charge got a new email, so the filing info needs updating. Do we need to "
      "change the ICP filing?"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, two turns: registered address moved Haidian -> Chaoyang; reply: number via Xinnet
    (["Our company moved its registered address from Haidian to Chaoyang, so the address on our ICP filing "
      "is outdated. Does the filing have to be changed?",
      "our ICP number was obtained through Xinnet (新网), not Alibaba Cloud"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: ID card photo rejected as blurry in the filing app
    (["The filing app keeps saying my ID card photo is blurry even in good light. Is there a recommended "
      "resolution, or a way to upload it from a PC instead?"],
     [dict()], [], "no_match"),
    # no_match: where the ICP number link in the footer should point
    (["where exactly in the page footer should the ICP number go, and which URL is it supposed to link to?"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule via un3: auto parts wholesaler in Ningbo (non-native); reply: cn-zhangjiakou, catalog website
    (["Dear support, we are auto parts wholesaler from Ningbo. We purchased 2 ECS instance last month. My "
      "question: is ICP Filing required if we purchase ECS without domain names, or it depend?",
      "Our domian has A record to the ECS. ECS region is China North 3 (Zhangjiakou), that is mainland. It "
      "host our product catalog website for buyers"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, one turn: durian exporter, ECS in Kuala Lumpur ap-southeast-3, company website
    (["Hi from KL! We export durians and bought an ECS in the Malaysia (Kuala Lumpur) region, "
      "ap-southeast-3. Our domain resolves to it and it serves our company website. KL is obviously not "
      "mainland China, so is an ICP filing still needed for our domain name?"],
     [dict(points_to_mainland=N, web_service=Y, domain_resolves_to_ecs=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule, two turns: bank QA team load testing; reply: VPC private addresses only
    (["Our bank's QA team bought a handful of ECS instances for load testing. Do they need ICP filing? Not "
      "sure whether the domain part matters here",
      "No DNS record points to any of them - the test rigs talk to each other over the VPC with private "
      "addresses only"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: private art gallery in Dunhuang, 甘ICP备 via Alibaba Cloud, tickets. subdomain
    (["A private art gallery in Dunhuang here. Our root domain is filed with Alibaba Cloud (甘ICP备 number). "
      "We want tickets.<root>.cn as a subdomain for online ticketing. Does the second-level domain require "
      "its own ICP filing?"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, two turns: cosplay community events. subdomain; reply: AWS China (Sinnet)
    (["yo, cosplay community admin here. want to spin up events.<ourdomain> as a second-level domain. does "
      "a subdomain need icp filing or is it covered",
      "root has an ICP number but it was done via AWS China (the Beijing region run by Sinnet), never thru "
      "Alibaba"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, two turns: bike repair shop in Dali, booking. subdomain; reply: never filed
    (["I repair bikes in Dali and I'd like booking.<mydomain> for appointments. Is a filing needed for a "
      "second-level domain name like this?",
      "the top-level domain doesnt have any ICP number, I never filed it"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, two turns: novelist, pen-name domain; reply: no ECS, domain + free mail only
    (["I'm a novelist and registered my pen-name domain on Alibaba Cloud. Do I need an Alibaba Cloud ICP "
      "filing, and does it matter which of your products I have?",
      "I haven't bought any ECS, only the domain and the free Alibaba Mail plan"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: boss's claim vs 3 ECS instances for ERP since last spring
    (["My boss insists no Alibaba Cloud ICP Filing is needed unless you purchase ECS instances. But we've "
      "been running 3 ECS instances for our ERP since last spring - so in our case, is a filing required?"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, two turns: freelance illustrator as individual; reply: domain bought 2 days ago, no filing history
    (["freelance illustrator, applying as an individual. I have never done any ICP filing in my life. Do I "
      "need the initial ICP filing for my portfolio domain?",
      "the portfolio domain was bought 2 days ago off Namecheap and has zero filing history"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: domain filed by the user's sister, user never filed
    (["My sister filed this domain under her own name a few years ago and is handing it over to me. I "
      "personally have never filed anything. Does that mean I need an initial ICP filing?"],
     [dict(subject_filed=N, domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer), one turn: leaving Huawei Cloud
    (["We're moving everything off Huawei Cloud. Our company and domain are filed there, and we want to "
      "transfer that ICP filing over to Alibaba Cloud. Under what conditions do we need to apply for the "
      "filing?"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, two turns: filed with Inspur Cloud; reply: machine translation API only
    (["Our subject and domain are filed with Inspur Cloud (浪潮云). Under which conditions would we have to "
      "apply for an ICP filing with you guys?",
      "we're not transferring anything and won't add Alibaba Cloud as a provider. only using your machine "
      "translation API"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, one turn: Korean cosmetics distributor in Shanghai, filed with Capital Online
    (["Korean cosmetics distributor in Shanghai. Our company's ICP filing was done with Capital Online "
      "(首都在线). We're buying ECS instances from Alibaba Cloud to host a new website under a new domain. "
      "Do we need to add a website ICP filing?"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, two turns: vet clinic chain, telehealth site on a new ECS; reply: subject filed with Alibaba Cloud
    (["We run a chain of vet clinics and just purchased an ECS to host a new telehealth website on a new "
      "domain. Do we need to add a website ICP filing for the new site?",
      "The clinic group's ICP subject filing is with Alibaba Cloud, we did it when we opened clinic number three"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="alibaba")],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 alibaba, one turn: alumni association in Wuhan, photo archive site on existing ECS
    (["Alumni association of a university in Wuhan - we're filed with Alibaba Cloud as a subject. Now we "
      "want a new domain for an alumni photo archive, hosted on our existing ECS. Do we add a website ICP "
      "filing for this?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, two turns: company filed with Alibaba Cloud, kids' coding contest site; reply: Vercel
    (["Our company filed with Alibaba Cloud a while ago. We're starting a new website on a separate domain "
      "for a kids' coding contest. Does that require adding a website ICP filing?",
      "It will be deployed on Vercel, no ECS involved for the new site"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, two turns: 闽ICP备 via Alibaba Cloud; reply: legal representative replaced
    (["Our site has a 闽ICP备 number that was issued through Alibaba Cloud. In what situations do we need "
      "to change the ICP filing?",
      "We replaced our legal representative last month, so the subject info on file is now wrong and we "
      "want to update it"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: website name change, number via 美橙互联
    (["We'd like to change the website name on our filing. Our ICP number was obtained through 美橙互联 "
      "(Meicheng), not via Alibaba Cloud at all. Do we need to change the filing on Alibaba Cloud's "
      "platform?"],
     [dict(has_alibaba_icp_number=N, modify_info=Y)],
     ["fyg"], ("fyg", None)),
    # no_match: public security (公安) record after the ICP number, deadline
    (["After I get the ICP number, do I also need the public security (公安) record, and how many days do I "
      "have to finish it?"],
     [dict()], [], "no_match"),
    # no_match: review time at the Zhejiang communications administration
    (["How long does the communications administration in Zhejiang usually take to review a submission? "
      "ours has been pending for 12 working days"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw rule via un3: 职业考试题库; reply: 华北2（北京）题库网站
    (["你好，我们是做职业考试题库的，上周刚买了一台阿里云ECS。想问下：买了ECS但是不用域名的话需要备案吗？还是要看情况",
      "域名已经做了A记录指向这台ECS，地域是华北2（北京），上面跑的是题库网站，学员用浏览器刷题"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule, one turn: 工厂MES系统，公网IP直连，无域名解析
    (["工厂里的MES系统部署在两台阿里云ECS上，车间终端直接用公网IP连，没有绑定也没有解析任何域名，这种情况还要做ICP备案吗"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: 粤ICP备 在阿里云, help. 客服中心二级域名
    (["主域名是在阿里云备案的，粤ICP备号早就下来了，现在想加一个 help. 开头的二级域名做客服中心，二级域名还要单独备案吗"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv none, two turns: 羽毛球俱乐部报名二级域名; reply: 顶级域名没有备案号
    (["想给我们的羽毛球俱乐部开个二级域名 club.xxx.com 做报名用，二级域名需要备案吗？",
      "顶级域名一直没有备案号，买来以后就没管过"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g otherwise, one turn: 同事说法 vs 去年买了三台ECS跑订单系统
    (["听同事说没买ECS就不用在阿里云备案，可我们公司去年就买了三台ECS在跑订单系统，那我们这种情况需要阿里云ICP备案吗"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc otherwise, two turns: 手工皮具新域名没备过; reply: 本人做过个人备案
    (["新注册了一个域名，打算做手工皮具的网站，这个域名以前从没备案过，是不是要走首次备案",
      "我本人之前给另一个站做过个人备案，已经是备案主体了"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (add), two turns: 华为云备案; reply: 保留华为云接入，再添加阿里云
    (["我们网站的主体和域名都在华为云做的备案，什么情况下需要在阿里云这边申请备案",
      "华为云那边的接入继续保留，只是想把阿里云再添加为一个接入商"],
     [dict(), dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # b24 other, one turn: 优刻得主体，新品牌新域名，在阿里云买ECS建站
    (["公司主体是在优刻得（UCloud）备案的，现在要在阿里云买ECS，给新品牌的新域名建站，这种要新增网站备案吗"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # fyg otherwise, two turns: 负责人身份证换新; reply: 备案号在新网办的
    (["网站负责人的身份证过期换了新证，备案信息里也要改过来，是不是得做变更备案",
      "备案号是在新网办的，跟阿里云没关系"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: 备案拍照幕布
    (["备案拍照用的幕布在哪里申请？自己对着白墙拍可以吗"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw otherwise via un3: 海外游戏社区; reply: 美国（弗吉尼亚）节点
    (["请问一下，我们是做海外游戏社区的，刚在阿里云下单了ECS。听说买ECS不用域名就不用备案，那我们这个情况要不要备案",
      "域名是解析到这台ECS的，不过机器放在美国（弗吉尼亚）节点，不在大陆，跑的是社区网站"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # fvv other, one turn: 主域名在火山引擎备案, api. 二级域名
    (["主域名的备案是在火山引擎做的，有备案号，现在想在阿里云这边用一个 api. 开头的二级域名，二级域名还要再备案吗"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # x3g rule, one turn: 只买了域名和企业邮箱，网站在 GitHub Pages
    (["我只在阿里云买了域名和企业邮箱，ECS从来没买过，网站是放在GitHub Pages上的，这样需要阿里云ICP备案吗"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc rule, two turns: 个人开发者记账工具官网; reply: 域名新买的，上家也没备过
    (["我是个人开发者，之前从来没有办过任何备案，想给自己的记账工具做个官网，需要首次备案吗",
      "域名也是新买的，上一任持有人也没备过"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # srs rule (transfer), two turns: 金山云; reply: 整体转到阿里云
    (["我们公司之前在金山云做的备案，什么条件下需要在阿里云申请备案呀",
      "准备把主体和域名的备案从金山云整个转到阿里云来，金山云那边以后不用了"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: 联通云备案，不转也不加，只用视频点播
    (["主体和域名都在联通云备的案，我们不打算转接入，也不会把阿里云加成新的接入商，只是用阿里云的视频点播服务。这种情况需要在阿里云申请备案吗"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 alibaba, one turn: 主体在阿里云备过案，门店预约新域名部署到已有ECS
    (["公司主体在阿里云备过案了，现在有个新域名想做门店预约网站，打算部署到已经在用的那台ECS里，需要新增网站备案吗"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, two turns: 浪潮云主体，新域名活动站; reply: 放在 Netlify
    (["我们主体是在浪潮云备案的，这次要上线一个新域名的活动站，需要新增网站备案吗",
      "活动站打算放在Netlify上，不用ECS"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, two turns: 鄂ICP备 在阿里云; reply: 公司地址从武汉搬到宜昌
    (["我们网站的备案号是在阿里云备案平台拿的，鄂ICP备开头，什么情况下需要变更备案",
      "公司地址从武汉搬到宜昌了，主体信息得改一下"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # no_match: 备案期间网站要不要关
    (["提交备案以后网站要先关掉吗？挂一个“正在建设中”的页面行不行"],
     [dict()], [], "no_match"),
]


FILES = [("en_a", EN_A, 20262311), ("en_b", EN_B, 20262312),
         ("zh_a", ZH_A, 20262313), ("zh_b", ZH_B, 20262314)]


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
