#!/usr/bin/env python3
"""Build the icp_dlg29 blind dialogue set (twenty-ninth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg28_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # 0 kbw rule, one turn (ECS bought, A record to it, mainland region, booking website)
    (["hi team, we run 3 dental clinics in Hefei. Last week we bought two ECS in China East 1 (Hangzhou) and our "
      "domain's A record is already pointing to the ECS public IP. We're going to open an online appointment "
      "website for patients on it. Do we need ICP filling for the domain or not?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # 1 kbw otherwise via un3 (Vietnamese coffee exporter; reply: DNS to the ECS, Singapore region, website)
    (["Hello, my company export robusta coffee beans from Vietnam to China buyers. We purchase an ECS instance in "
      "Alibaba Cloud already, but my IT guy still not decide if we use a domain name with it or not. In this case "
      "ICP Filing is required for us?",
      "He decide now: our .com domain will resolve to the ECS by DNS. The ECS is in Singapore reigon, so not China "
      "mainland, and it run our company website with price list for buyers."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 2 un3 rule, one turn (university lab, GPU ECS reached by public IP)
    (["Our computational biology lab at a university in Wuhan bought 4 GPU ECS instances for protein structure "
      "jobs. Students just ssh into them with the public IP, there is no domain name resolved to them whatsoever. "
      "Does that setup still need an ICP Filing?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}], ["un3"], ("un3", "un3")),
    # 3 un3 rule, generic no (logistics GPS collector)
    (["our logistics company bought 3 ECS instances to collect GPS pings from our trucks (mqtt broker plus a "
      "timeseries db). I'm the only developer and honestly not sure we even need a domain for it. Is ICP filing "
      "required for ECS instances that maybe won't use a domain name?",
      "nope, nothing resolves to those boxes, the trucks report to the raw IP"],
     [{"purchased_ecs": Y}, ANY_NO], ["un3"], ("un3", "un3")),
    # 4 fvv alibaba (ceramics studio; reply: root filed through Alibaba Cloud)
    (["we're a small ceramics studio in Jingdezhen and want to open shop.blueglazeclay.cn for online orders. does "
      "a second-level domain like that need its own ICP filing, or is it covered?",
      "The top-level domain was filed on Alibaba Cloud, we did it in the Alibaba Cloud ICP console back in 2021"],
     [{}, {"tld_filing": "alibaba"}], ["fvv"], ("fvv", "fvv_alibaba")),
    # 5 fvv other, one turn (HR SaaS, root filed through Huawei Cloud)
    (["Question about sub domain. Our company doing HR SaaS in Hangzhou, root domain hirenest.cn already has "
      "浙ICP备 number, but that filing was done through Huawei Cloud, not Alibaba Cloud. Now we want "
      "api.hirenest.cn served from Alibaba Cloud. The second-level domain need ICP filing or not?"],
     [{"tld_filing": "other"}], ["fvv"], ("fvv", "fvv_other")),
    # 6 fvv none (yoga studio; reply: root bought on Namecheap, no ICP number)
    (["yoga studio owner in Kunming here. I want blog.lotusflowyoga.com for class schedules and little articles. "
      "is an ICP filing required for a second level domain name?",
      "my root domain has no ICP number, I bought it on Namecheap years ago and nobody ever filed it"],
     [{}, {"tld_filing": "none"}], ["fvv"], ("fvv", "fvv_none")),
    # 7 x3g rule, one turn with a self-correction (online piano teacher, Wix)
    (["Hi! I teach piano online and have a small booking page. We bought ECS on Alibaba Cloud... sorry, "
      "correction, I just checked the billing page and we have NOT purchased any ECS, only the domain. The page "
      "itself sits on Wix. So is an Alibaba Cloud ICP Filing required for me?"],
     [{"purchased_ecs": N}], ["x3g"], ("x3g", "x3g")),
    # 8 x3g otherwise (Zhihu claim, leather wallets; reply: one ECS since March)
    (["Read on Zhihu that without buying ECS you never need the Alibaba Cloud ICP Filing. is that how it works? "
      "I sell handmade leather wallets online and want to get this right",
      "well we do have one ECS, bought it in March for the shop backend"],
     [{}, {"purchased_ecs": Y}], ["x3g"], ("x3g", None)),
    # 9 omc rule, one turn (math teacher, personal)
    (["I'm a high school math teacher making a free exam practice site as an individual. I have never done any ICP "
      "filing in my life, and the domain is freshly registered and has never been filed either. Is the initial "
      "ICP filing what I need to do?"],
     [{"subject_filed": N, "domain_filed": N}], ["omc"], ("omc", "omc")),
    # 10 omc otherwise (hydroponic veg delivery; reply: company filed in 2020)
    (["We registered a brand new domain yesterday for our hydroponic vegetable delivery, it has never been filed. "
      "Under what conditions is the initial ICP filing required?",
      "our company itself already went through ICP filing in 2020 for the old corporate site"],
     [{"domain_filed": N}, {"subject_filed": Y}], ["omc"], ("omc", None)),
    # 11 srs add (online course platform keeps UCloud, adds Alibaba Cloud)
    (["Our online course platform is filed with UCloud as the access provider. We'd like to keep UCloud and "
      "additionally add Alibaba Cloud as a new ICP filing provider for the same website, because part of the "
      "video servers will run on your side. When is an ICP filing needed for that?"],
     [{"provider_change": "add"}], ["srs"], ("srs", "srs")),
    # 12 srs otherwise (badminton racket shop, Kingsoft Cloud; reply: neither, OSS backups only)
    (["under what conditions is an ICP filing required when it comes to changing or adding service providers? our "
      "badminton racket shop's filing sits with Kingsoft Cloud right now",
      "neither one actually. Kingsoft Cloud stays our only provider, we just keep backups in your OSS"],
     [{}, {"provider_change": "none"}], ["srs"], ("srs", None)),
    # 13 b24 other (fastener factory, Volcano Engine; reply: new domain on an ECS being bought)
    (["Our fastener factory in Ningbo has the company filing done with Volcano Engine for our main site. When do "
      "we need to add a website ICP filing?",
      "we'll register a new domain for an export catalogue and host it on an ECS we are buying on Alibaba Cloud "
      "this week"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 14 b24 alibaba, one turn (bakery chain, Xi'an)
    (["Bakery chain in Xi'an. Our company is filed with Alibaba Cloud already. We bought an ECS and plan to host a "
      "new website with a new domain for mooncake preorders on it. Do we need to add a website ICP Filing for "
      "this?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise, one turn (Russian-speaking travel agency, Xinnet, Squarespace, no ECS)
    (["We are Russian-language travel agency in Harbin, our company filing is with Xinnet. We make new site for "
      "winter tours, but we not buy ECS and the site will not be on ECS, it is on Squarespace. Must we add website "
      "ICP filing in Alibaba Cloud?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 16 fyg rule, one turn (phone repair chain, legal representative and address)
    (["Our phone repair chain in Shenzhen has a website ICP number from Alibaba Cloud. The legal representative "
      "changed and we moved office, so the filing subject info is out of date. Does the ICP filing need to be "
      "changed, and where?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}], ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, generic no (architecture firm, contact phone)
    (["Need to update the contact person's mobile number in our ICP filing, the old project manager left our "
      "architecture firm. How do we change it?",
      "nope, that number isn't from Alibaba Cloud"],
     [{"modify_info": Y}, ANY_NO], ["fyg"], ("fyg", None)),
    # 18 no_match (mail attachment size)
    (["what is the max attachment size in Alibaba Mail enterprise edition? a customer says their 50MB drawing "
      "bounced back"],
     [{}], [], "no_match"),
    # 19 no_match (double charge)
    (["I got charged twice for the same renewal this month, how do I get one of the payments refunded"],
     [{}], [], "no_match"),
]

EN_B = [
    # 0 kbw rule via un3 (furniture factory; reply: DNS to the ECS, China South 1 (Shenzhen), catalogue site)
    (["Bought one ECS for our furniture factory in Foshan. My boss hasn't decided whether we hook a domain up to it "
      "or only use the IP address. Is an ICP filing needed for the ECS in that case?",
      "Boss decided: our domain will resolve to the ECS through DNS, the instance is in China South 1 (Shenzhen), "
      "and it will host the product catalogue website."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 kbw otherwise, generic no (recipe-sharing website; server in Tokyo)
    (["we are launching a recipe sharing website on our own domain next month. does the domain name need an ICP "
      "filing?",
      "no, we rented the box in Tokyo, nothing inside the mainland"],
     [{"web_service": Y}, ANY_NO], ["kbw"], ("kbw", None)),
    # 2 un3 rule (quant backtesting; reply: no DNS record, SSH by public IP)
    (["I purchased an ECS to run quant backtesting jobs for my own trading, and I have no idea yet if it needs a "
      "domain name. Do I need to get an ICP filing for it?",
      "There's no DNS record for it at all, I only SSH in with the public IP"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}], ["un3"], ("un3", "un3")),
    # 3 fvv alibaba, one turn (theatre troupe)
    (["Our theatre troupe's main domain redlanternstage.cn was filed through Alibaba Cloud. We'd like to sell "
      "tickets at tickets.redlanternstage.cn. Do we need another ICP filing for this second-level domain?"],
     [{"tld_filing": "alibaba"}], ["fvv"], ("fvv", "fvv_alibaba")),
    # 4 fvv other (dumpling franchise; reply: root filed via Zzidc)
    (["Dumpling franchise HQ here. We want franchise.jiaozihouse.com on Alibaba Cloud for franchisee applications. "
      "Does that second-level domain require an ICP filing?",
      "The top level domain does have an ICP number, but the filing was done through Zzidc (景安), not Alibaba Cloud"],
     [{}, {"tld_filing": "other"}], ["fvv"], ("fvv", "fvv_other")),
    # 5 fvv none (cat cafe; reply: root only used for email, no ICP number)
    (["Cat cafe in Xiamen, we want menu.whiskerbrew.com for a QR code menu on the tables. does a second-level "
      "domain need ICP filing?",
      "main domain doesn't have any ICP number, so far it was only used for our email"],
     [{}, {"tld_filing": "none"}], ["fvv"], ("fvv", "fvv_none")),
    # 6 x3g rule, generic no (drone photography team, partner owns the account)
    (["drone photography team of two here. my partner set up the Alibaba Cloud account and I'm not sure what he "
      "bought. What's the rule, is an Alibaba Cloud ICP Filing required when there are no ECS instances?",
      "nope, just asked him, zero ECS on the account"],
     [{}, ANY_NO], ["x3g"], ("x3g", "x3g")),
    # 7 x3g otherwise, one turn (bubble tea franchise; exemption contradicted by own purchase)
    (["I read that an Alibaba Cloud ICP Filing isn't needed if you don't purchase any ECS instances. But we did "
      "buy one ECS last week for our bubble tea franchise site, so does that exemption still cover us?"],
     [{"purchased_ecs": Y}], ["x3g"], ("x3g", None)),
    # 8 omc rule, two generic no replies (group-buying produce site, Jinan)
    (["under what conditions is the initial ICP filing required? we're starting a community group-buying website "
      "for fresh produce in Jinan",
      "no, never done one",
      "no to that as well, we are completely new to all this"],
     [{}, ANY_NO, ANY_NO], ["omc"], ("omc", "omc")),
    # 9 omc otherwise, one turn (personal filing for an old blog, new domain for knitting patterns)
    (["I already have a personal ICP filing from years ago for my old blog. Now I registered a new domain for my "
      "knitting pattern shop, and that domain has never been filed. Is the initial ICP filing required?"],
     [{"subject_filed": Y, "domain_filed": N}], ["omc"], ("omc", None)),
    # 10 srs transfer, one turn (used-car marketplace from China Unicom Cloud)
    (["We migrated all servers of our used-car marketplace to Alibaba Cloud and now want to transfer the ICP filing "
      "of our company and domain from China Unicom Cloud over to Alibaba Cloud. Do we need to apply for an ICP "
      "filing for that?"],
     [{"provider_change": "transfer"}], ["srs"], ("srs", "srs")),
    # 11 srs otherwise (vet clinic, Inspur Cloud; reply: neither, SSL certificate only)
    (["Our veterinary clinic's website is filed via Inspur Cloud as the service provider. Under what conditions "
      "would we have to apply for an ICP filing with Alibaba Cloud?",
      "we're not transferring and we're not adding you as a provider either, Inspur stays. we only bought an SSL "
      "certificate from you"],
     [{}, {"provider_change": "none"}], ["srs"], ("srs", None)),
    # 12 b24 other, one turn (valve manufacturer, 35.com)
    (["Valve manufacturer in Wenzhou. Our company (the filing subject) was filed with 35.com for our old site. Now "
      "we are purchasing ECS in Alibaba Cloud for host a new website on new domain, it is for our spare parts "
      "store. We need to add a website ICP filing or not?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 13 b24 alibaba (organic rice brand; reply: company filed with Alibaba Cloud in 2022)
    (["We purchased an ECS and want to put a second website with a brand-new domain on it for our organic rice "
      "brand. Do we need to add a website ICP Filing?",
      "the company was filed with Alibaba Cloud in 2022, that's where our first site's filing is"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 14 b24 alibaba, one turn (kids' summer camp)
    (["our summer camp company is filed on Alibaba Cloud as a subject. new domain for a kids camp signup website, "
      "it'll be hosted on the ECS we bought in May. is adding a website ICP filing needed?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise (design studio; reply: new site on Webflow, not on ECS)
    (["Our design studio's subject filing is with Alibaba Cloud. When do I need to add a website ICP filing? We "
      "have a new portfolio site coming",
      "No, the new portfolio won't be on an ECS, Webflow hosts it"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}], ["b24"], ("b24", None)),
    # 16 fyg rule (tutoring centre; reply: website name and person in charge)
    (["Our tutoring centre in Shijiazhuang has an ICP Filing number with Alibaba Cloud. When does the ICP filing "
      "need to be changed?",
      "we want to change the website name and the person in charge, our founder left the company"],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}], ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, one turn (number from Huawei Cloud, new address)
    (["Our website's ICP number came from Huawei Cloud, not from Alibaba Cloud. We have to modify the company "
      "address in the filing after moving to a new industrial park. Do I change it on the Alibaba Cloud ICP Filing "
      "platform?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}], ["fyg"], ("fyg", None)),
    # 18 no_match (RDS slow query log export)
    (["how can I export the slow query log of my RDS MySQL instance to a csv file"],
     [{}], [], "no_match"),
    # 19 no_match (student credits)
    (["is there a student discount or free trial credit for new accounts? I'm a uni student in Shenzhen"],
     [{}], [], "no_match"),
]

ZH_A = [
    # 0 kbw otherwise via un3 (reply: DNS to the ECS, 日本（东京）, online mall)
    (["公司刚在阿里云买了两台ECS，域名绑不绑还没定下来，这种买了ECS的情况需不需要备案",
      "定下来了：域名会通过DNS解析到这台ECS，地域选的是日本（东京），上面跑我们的在线商城"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 1 un3 rule (crawler; reply: no domain, public IP)
    (["我们买了ECS专门跑爬虫采集行业数据，还没想好要不要给它配域名，这种用备案吗",
      "没有任何域名解析到它，程序都是直接连公网IP"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}], ["un3"], ("un3", "un3")),
    # 2 fvv other (wiki subdomain; reply: root filed at 火山引擎)
    (["打算上线 wiki.zhiyunbox.cn 放产品使用手册，这种二级域名还得另外备案吗",
      "zhiyunbox.cn 是有备案号的，但当初接入商是火山引擎，不是阿里云"],
     [{}, {"tld_filing": "other"}], ["fvv"], ("fvv", "fvv_other")),
    # 3 fvv none, one turn
    (["我们主域名一直没有备案号，现在想用 shop.主域名 开个网店卖手工皂，这个二级域名是不是必须备案"],
     [{"tld_filing": "none"}], ["fvv"], ("fvv", "fvv_none")),
    # 4 x3g rule, one turn (own server room, no ECS)
    (["我们没有买任何ECS，网站放在公司自己机房的服务器上，还需要做阿里云的备案吗"],
     [{"purchased_ecs": N}], ["x3g"], ("x3g", "x3g")),
    # 5 omc rule (individual, bookkeeping web tool; reply: domain first use, never filed)
    (["我业余写了个记账小工具想做成网页版，我自己名下从来没有办过任何备案，首次备案是不是得先做",
      "域名也是头一回用，之前没有备过案"],
     [{"subject_filed": N}, {"domain_filed": N}], ["omc"], ("omc", "omc")),
    # 6 srs otherwise, one turn (华为云, only trademark registration at Alibaba Cloud)
    (["我们的备案在华为云，不打算转到阿里云，也不会加阿里云当接入商，只是在阿里云办了个商标注册，这种情况要在阿里云备案吗"],
     [{"provider_change": "none"}], ["srs"], ("srs", None)),
    # 7 b24 alibaba (tea-set wholesaler; reply: new site with newly registered domain on the ECS already bought)
    (["我们是做茶具批发的，公司主体之前就在阿里云备过案了，想问下新增网站备案一般在什么情况下办",
      "准备在已经买好的ECS上再放一个网站，用新注册的域名"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 8 fyg rule, one turn (company name changed)
    (["网站的备案号是在阿里云办的，现在公司名称变更了，备案里的主体信息得改，要在哪里变更"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}], ["fyg"], ("fyg", "fyg")),
    # 9 no_match (RDS whitelist)
    (["RDS数据库白名单怎么设置？本地电脑一直连不上"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 0 kbw rule via un3 (reply: DNS to the ECS, 华南1（深圳）, company website)
    (["买了台ECS，不一定会用域名，这种情况备案是必须的吗",
      "还是决定用域名了，解析到这台ECS上，地域是华南1（深圳），上面放公司网站"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 un3 rule, one turn (off-site database backup)
    (["ECS买来只做数据库的异地备份，没有任何域名指向它，也需要备案吗"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}], ["un3"], ("un3", "un3")),
    # 2 fvv alibaba (mini-program API subdomain; reply: root filed at Alibaba Cloud)
    (["二级域名用不用备案？想给小程序后台加一个 api 开头的子域名",
      "主域名当初就是通过阿里云提交的备案，没换过接入商"],
     [{}, {"tld_filing": "alibaba"}], ["fvv"], ("fvv", "fvv_alibaba")),
    # 3 x3g otherwise (hearsay; reply: bought one ECS last Double 11)
    (["看到有人说不买ECS就不用在阿里云备案，真的假的",
      "我们买了，去年双十一下单的一台ECS"],
     [{}, {"purchased_ecs": Y}], ["x3g"], ("x3g", None)),
    # 4 omc otherwise, one turn (new subsidiary never filed, domain filed under the group)
    (["我们是新成立的子公司，从来没有备过案，不过要用的域名以前在集团公司名下备过案，首次备案还需要做吗"],
     [{"subject_filed": N, "domain_filed": Y}], ["omc"], ("omc", None)),
    # 5 srs transfer, one turn (from UCloud 优刻得)
    (["主体和域名之前都在优刻得备案，现在服务器全部迁到阿里云了，想把备案转到阿里云来，需要怎么弄"],
     [{"provider_change": "transfer"}], ["srs"], ("srs", "srs")),
    # 6 b24 other (新网; reply: buying ECS, new domain website)
    (["公司主体在新网备案过了，什么情况下要在阿里云新增网站备案",
      "这次在阿里云买ECS，上面放一个新域名的网站"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 7 b24 otherwise, one turn (联通云, new site stays there, no ECS)
    (["主体是在联通云备的案，新网站打算放在联通云的服务器上，不会买阿里云ECS，网站也不放ECS上，需要在阿里云新增网站备案吗"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 8 fyg otherwise (new person in charge; reply: number from 金山云)
    (["备案里的网站负责人换人了，要改备案信息，怎么弄",
      "我们这个备案号当初是金山云那边给办的，跟阿里云没关系"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}], ["fyg"], ("fyg", None)),
    # 9 no_match (RAM sub-account billing-only)
    (["RAM子账号怎么设置成只能看账单，不能动其他资源"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 29031003), ("en_b", EN_B, 29031011),
         ("zh_a", ZH_A, 29031027), ("zh_b", ZH_B, 29031043)]


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
