#!/usr/bin/env python3
"""Build the icp_dlg37 blind dialogue set (thirty-seventh writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg36_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # 0 kbw rule: Brazilian capoeira academy, Ganzhou; China (Zhangjiakou) region, timetable + trial sign-up form
    (["olá! I am Thiago, I run a capoeira academy in Ganzhou with my wife. Last week we buy two ECS in region China (Zhangjiakou), this is on the mainland. Our domain gingaganzhou.com we will resolve to those ECS and there we put the class timetable and a form for free trial class. Need the ICP filing for this or not"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # 1 kbw otherwise via un3: Icelandic knitwear brand, Dandong; UK (London)
    (["Hi, Ragnheidur here, we are a small Icelandic knitwear brand with a showroom in Dandong. My developer already purchased two ECS instances on our Alibaba Cloud account, he hasn't told me yet what he connects to them. Does this mean we now have to do ICP filing",
      "Spoke with our developer Einar this morning and this is the final plan: the A record of lopapeysa-dd.com goes to those two ECS, the instances are in the UK (London) region, and they serve our online knitwear shop"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 2 un3 rule: Belgian SCADA engineer, wind farm near Chifeng
    (["Hello, I'm a SCADA engineer from Belgium working for a wind farm operator near Chifeng. We bought an ECS instance that collects turbine data. The turbine controllers send straight to its public IPv4 address and no hostname anywhere resolves to it, nor will one. Is an ICP filing needed for this setup"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 3 un3 rule, generic no: Ecuadorian banana ripening rooms, Zhangzhou
    (["buenas, from Ecuador, I manage banana ripening rooms in Zhangzhou for an importer. We have purchase one ECS where the ripening controllers send temperature and ethylene data every minute. For this we must do ICP filing or no need",
      "no, controllers just use the bare ip address and there is no name set up for that machine at all"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # 4 fvv alibaba: Trinidadian steelpan school, Liuzhou
    (["Evening! Trinidadian here, I run a steelpan school in Liuzhou. We want to open lessons.panyardliuzhou.com so parents can book pan lessons online. Does a sub domain like that need an ICP filing of its own",
      "The main panyardliuzhou.com went through the whole Alibaba Cloud filing process in 2022 when we opened, and the number is listed in our Alibaba Cloud console"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 5 fvv other: Azerbaijani pomegranate juice importer, Xuzhou, 西部数码 (West.cn)
    (["Hello from Baku, I import pomegranate juice to Xuzhou. Our main domain narjuice.cn has ICP number since 2021, it was made by 西部数码 (West.cn), not by Alibaba. Now we want shop.narjuice.cn on Alibaba Cloud. What filing I need to do for the subdomain"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 6 fvv none: Fijian kava bar, Beihai
    (["Bula! We are a small Fijian kava bar in Beihai. Thinking to launch menu.kavabeihai.com so customers can see the kava menu and reserve a bowl. Is ICP filing required for second level domains like this one",
      "kavabeihai.com we registered in 2020 but honestly never did anything with it, it has no ICP number at all, we never applied"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 7 x3g rule: Barbadian youth cricket academy, Xiangyang; site on Wix
    (["Hiya, I coach a youth cricket academy in Xiangyang (Barbadian, been here six years). The domain bajancricketxy.com is registered with Alibaba Cloud but the site itself is built on Wix. We have not bought a single cloud server from Alibaba and don't intend to. Is an Alibaba Cloud ICP filing still required"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 8 x3g otherwise: Belarusian flax linen studio, Jinhua; hearsay + correction
    (["Hello, I have a linen studio in Jinhua, we make bedding from Belarusian flax. Someone in an expat forum wrote that if you have no ECS then Alibaba ICP filing is not required at all. Is it true also for us",
      "For ECS we have none I believe... wait, my partner Alesia just showed me the invoice, she purchased one ECS in May for the shop"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 9 omc rule: Cypriot grilling cheese start-up, Weihai
    (["Good afternoon, my cousin and I (we're from Cyprus) just set up a company in Weihai making halloumi style grilling cheese. The company was registered two weeks ago and the domain grillcheese-wh.com was bought on Monday, so neither the company nor the domain has ever been through ICP filing. What do we need to do before the site goes live"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 10 omc otherwise: community choir, Yueyang, lowercase
    (["hi, i look after the website for a community choir in yueyang. we just registered a new domain yueyangsings.cn and it has never been filed. do we need the initial icp filing for it",
      "the choir association (that's our filing subject) already finished its filing in 2020 for our old site"],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # 11 srs add: Jordanian olive oil importer, Linyi, 帝恩思
    (["Dear support, I am from Amman, we import olive oil from Jordan to Linyi. Our filing is with 帝恩思 (dns.com.cn) and we keep them as provider, but we would like to have Alibaba Cloud as a second filing provider for our website too. What is required"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # 12 srs otherwise: Rwandan agaseke basket importer, Jiaxing, 易探云
    (["Muraho! I import agaseke baskets from Rwanda to Jiaxing. The filing of our company and domain was done with 易探云. Now I start to use some Alibaba Cloud services, so must I transfer this filing to Alibaba Cloud, or add Alibaba Cloud as one more filing provider",
      "Neither of these, everything stays at 易探云 and Alibaba Cloud will not be a filing provider for us, we only use your DataV dashboard for sales numbers"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 13 b24 other: Lebanese za'atar and spice shop, Luoyang, 百度智能云
    (["Hello, Lebanese family here, we sell za'atar and spices in Luoyang. Our company is ICP filed through 百度智能云 (Baidu AI Cloud) since 2022. We think to open a new website for a manakish snack line, I am not sure yet where to host it. What filing is needed",
      "We decided: yesterday we paid for an ECS on Alibaba Cloud and the manakish site with a new domain zaatar-ly.cn will run on it"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 14 b24 alibaba: Norwegian fishing lure shop, Dalian
    (["Hei, Norwegian guy in Dalian, I run a fishing lure shop. Our company did its ICP filing with Alibaba Cloud in 2023 for lureshop-dl.com. Now I bought another ECS and want to host a new site there, a booking page for lure-making workshops under a new domain. What kind of filing is needed"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise: Ivorian cocoa roastery, Jiujiang, 紫光云 virtual hosting
    (["Good day, Ivorian cocoa roastery in Jiujiang here. Our company filing was done by 紫光云 (Unicloud). We want to add a second website, but it will sit on 紫光云 virtual hosting like the first one; we have no ECS from Alibaba Cloud and are not buying any. Is website filing needed with Alibaba Cloud"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 16 fyg rule: dental lab, Maoming, moved building
    (["Morning. I manage the site of a dental lab in Maoming. Our website's ICP number was issued through Alibaba Cloud. The lab moved to a new building, so the registered address of the filing subject and the site admin's email need updating. What should I do"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, generic no: Swiss watch repair shop, Zhaoqing, 天互数据
    (["Grüezi, I have a Swiss watch repair shop in Zhaoqing. We want to change the website name in our ICP filing from 'Zhaoqing Watch Care' to 'Alpine Watch Atelier'. How to do it",
      "no, our ICP number was arranged by 天互数据, it is not in Alibaba Cloud"],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # 18 no_match: ALB health checks
    (["Our Alibaba Cloud ALB keeps marking two backend servers unhealthy even though the app answers 200 on /health when I curl it from inside the VPC. Which health check settings should I look at"],
     [{}], [], "no_match"),
    # 19 no_match: Lindorm query timeouts
    (["lindorm wide table queries time out since we added about 40 million rows, the console shows cpu spikes on the nodes. how do i find out which query is the slow one"],
     [{}], [], "no_match"),
]

EN_B = [
    # 0 kbw rule via un3: Tajik dried apricot shop, Yining; China (Shenzhen)
    (["salom, I am from Tajikistan, we sell dried apricot and mulberry in Yining. We purchased one ECS instance last friday. Now I read about ICP filing, is needed for us",
      "After long call with my brother we settle it: apricot-yn.com gets an A record to this ECS, it is in China (Shenzhen) region so mainland, and it will show our dried fruit shop website"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 kbw otherwise, generic no: board game cafe, Zhangjiajie, lowercase
    (["hey, we run a board game cafe in zhangjiajie and want a little website with our game library and event nights at boardgamezjj.com. do we need an icp filing for the domain",
      "no, the site is on a hosting plan in toronto, nothing on the mainland"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # 2 un3 rule: Algerian logistics manager, Langfang, warehouse management system
    (["Bonjour, I work for a logistics company in Langfang, we have purchase an ECS to run our warehouse management system. Question: the ICP filing is necessary in this case",
      "The barcode scanners in the warehouse reach the WMS by the public IP only, we did not make any name resolve there and don't plan to"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 3 fvv alibaba: bbq restaurant, Zibo, lowercase
    (["quick one, we run a bbq place in zibo and want queue.zibograll.cn for online queue numbers. the main zibograll.cn was filed through alibaba cloud when we opened last spring. does the subdomain need its own filing"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 4 fvv other: Sudanese gum arabic importer, Lianyungang, 网宿科技
    (["Hello, I am Sudanese, importing gum arabic to Lianyungang. We like to make a subdomain lab.gumsudan.cn to show test reports to customers. About ICP filing for this subdomain, what is the rule",
      "gumsudan.cn have ICP number from 2020, but the filing was handled by 网宿科技 (Wangsu), Alibaba never did it"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 5 fvv none: trail race, Enshi, lowercase
    (["hey there, im organising a trail race in enshi and we want signup.enshitrail.com for registrations. whats the deal with icp for a subdomain",
      "enshitrail.com itself has never had an icp number, we only registered it in march and it's been sitting there"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 6 x3g rule, generic no: Malagasy raffia handbag seller, Huangshan; hearsay
    (["Salama, I sell raffia handbags from Madagascar, office in Huangshan. A supplier told me Alibaba Cloud ICP filing is only for people who buy ECS, I do not know if that apply to me. Need we do the Alibaba filing",
      "nope, never bought any server from Alibaba, our shop runs on a platform overseas"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # 7 x3g otherwise: Zambian copper jewellery workshop, Baoji; hearsay
    (["Hi, Zambian here, copper jewellery workshop in Baoji. My accountant tell me if we don't buy ECS no need Alibaba ICP filing, but we already took one ECS last month for our shop. So is Alibaba ICP filing required for us"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 8 omc rule, two generic no: pet portrait illustrator, Wuhu, lowercase
    (["hi, i do pet portrait illustrations in wuhu and finally want a proper site for commissions. when is the initial icp filing required, and is that my case",
      "nope, none of that was ever done, this is all brand new",
      "no, that one neither, we start from zero with everything here"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # 9 omc otherwise: Venezuelan arepa restaurant, Sanming
    (["Hola, Venezuelan arepa restaurant in Sanming. Our company did ICP filing in 2021 for the old site, but now we bought arepasanming.com and this domain never was filed. Is the initial filing needed"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # 10 srs transfer: recipe community forum, Handan, lowercase, Huawei Cloud
    (["hi, i run a little recipe community forum from handan. our filing (company + domain) is with huawei cloud and we want to move the whole filing over to alibaba cloud. what do i need to do"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 11 srs otherwise: kids swimming school, Nanyang, lowercase, 主机屋
    (["hello, small kids swimming school in nanyang here. our icp filing is with 主机屋. we started using alibaba cloud for some things, do we have to transfer the filing to you or add you as a second filing provider",
      "i talked to the boss, we stay fully with 主机屋, no transfer and alibaba won't be added, we only call your OCR api for the membership cards"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 12 b24 other: Bolivian quinoa importer, Xinxiang, 亿恩科技
    (["Buenas, I bring quinoa from Bolivia to Xinxiang. Our company filing was done with 亿恩科技 (Enkj). Right now I am buying an ECS in Alibaba Cloud and want to put a new website with new domain quinoa-xx.cn on it. What filing is for this"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 13 b24 alibaba: Austrian ski rental, Jilin
    (["Servus, Austrian here running a ski rental in Jilin. We just bought an ECS to host our new website on a new domain skiverleih-jl.com for booking ski sets. What ICP filing do I need to add",
      "Our company's filing was completed through Alibaba Cloud two years ago for the old homepage"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 14 b24 alibaba: retro arcade bar, Changde, lowercase
    (["so we run a retro arcade bar in changde, our company was filed with alibaba cloud last year. opening a second site for tournament night signups on a new domain, hosted on an ecs we bought this week. what filing does that need"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise: Omani frankincense and oud shop, Putian; correction
    (["Hello, Omani family business, we sell frankincense and oud in Putian. The company ICP filing we made with Alibaba Cloud. Now we plan a new website for our oud perfume line. Need to add website filing",
      "First I thought to put it on an ECS, but my brother decide different: the perfume site go on Shopify overseas, so it will not be on any ECS"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # 16 fyg rule: kayak rental, Yangshuo, lowercase; merger
    (["hey, kayak rental in yangshuo here, our site has its icp number from alibaba cloud. when do we need to change the filing",
      "we merged with another outfitter, so the company name of the filing subject will change and the site gets a new name too"],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise: Namibian biltong shop, Jinzhou, 腾讯云
    (["Hallo, Namibian biltong shop in Jinzhou. Our ICP number is from 腾讯云 (Tencent Cloud), there is nothing about it in Alibaba Cloud. We want to change the website name and contact email in the filing. What should I do"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # 18 no_match: SAE deployment stuck
    (["our serverless app engine application has been stuck in 'deploying' for 40 min after I pushed a new image, the change order shows batch 1 waiting. how can i roll it back"],
     [{}], [], "no_match"),
    # 19 no_match: ClickHouse merges
    (["ApsaraDB for ClickHouse: merges are falling behind and inserts fail with too many parts errors. Should I batch the inserts differently or scale the cluster"],
     [{}], [], "no_match"),
]

ZH_A = [
    # 0 kbw otherwise via un3: 潮州潮绣出口; 新加坡地域
    (["你好，我们是潮州做潮绣出口的小厂，前几天在阿里云买了两台ECS，听说要搞备案，我们这种要不要弄啊",
      "跟外包的技术碰过了，chaoxiu-art.com的A记录会指到这两台ECS，不过机器开在新加坡地域，主要是给海外客户看绣品下单的网站"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 1 un3 rule: 攀枝花钒钛厂门禁考勤
    (["攀枝花这边一个钒钛厂，买了台ECS跑门禁考勤系统，这种需要备案吗",
      "各个厂区的考勤机都是直接连服务器公网IP的，没有任何名字解析到它，以后也不会加"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 2 fvv other: 南通家纺批发子域名, 中联数据
    (["南通做家纺的，想开个 b2b.ntjiafang.com 给批发客户看报价，这个二级域名要单独备案不",
      "主域名ntjiafang.com是有备案号的，当初找中联数据办的，跟阿里云没关系"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 3 fvv none: 宜兴紫砂壶线上展厅
    (["宜兴做紫砂壶的，准备上个 hu.yxzisha.cn 做线上展厅，主域名yxzisha.cn买了三年一直空着，压根没备过案，没有备案号，这个子域名咋整"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 4 x3g rule: 东莞小家电，网站在微店
    (["东莞做小家电的，域名是在阿里云注册的，网站全放在微店上，阿里云的服务器我们一台都没买过，也没打算买，这样还要在阿里云做备案吗"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 5 omc rule: 长沙剧本杀新店
    (["长沙刚开了家剧本杀店，公司是新注册的，之前从没备过案，想做个官网，首次备案是啥条件啊",
      "店名那个域名changsha-jbs.com是这周三才抢注下来的，一次备案记录都没有"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 6 srs otherwise: 台州模具厂, 衡天云, 只用机器翻译
    (["台州模具厂，备案一直在衡天云那边，这回不打算往阿里云迁，也不想加阿里云当接入商，就是用一下阿里云的机器翻译接口，备案这块需要动吗"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 7 b24 alibaba: 宜宾燃面加盟招商站
    (["宜宾开燃面馆的，公司主体去年在阿里云备过案了，现在想再弄个加盟招商的新网站，要加网站备案吗",
      "我们昨天买好了一台ECS，招商站就部署到它上面，用的是新注册的ybranmian.cn"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 8 fyg rule: 盘锦大米官网，搬到大洼
    (["盘锦卖大米的，官网的备案号是在阿里云办的，现在公司搬到大洼那边了，主办单位地址和网站负责人手机号都要改，该怎么操作"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 9 no_match: 智能语音交互断句
    (["智能语音交互的实时语音识别，说话稍微停顿一下就被切成两句了，断句的静音时长在哪里能调"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 0 kbw rule via un3: 荆州鱼糕; 华东2（上海）
    (["荆州做鱼糕的，刚在阿里云上买了一台ECS，这玩意要不要备案啊",
      "跟技术小哥敲定了，jzyugao.com解析到这台ECS，机房选的华东2（上海），在国内，上面跑我们卖鱼糕的网上商城"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 un3 rule: 沧州铸造厂MES
    (["沧州铸造厂，买了两台ECS跑MES系统，车间里的工控机都是直接填公网IP访问的，压根没做也不打算做域名解析，需要备案不"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 2 fvv alibaba: 阳江刀剪网店子域名
    (["阳江做刀剪的，想开个 shop.yjknife.cn 二级域名卖菜刀，这个要重新备案吗",
      "yjknife.cn前年就在阿里云把备案办下来了，阿里云控制台备案那栏能查到号"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 3 x3g otherwise: 西宁牦牛肉干; 小红书传言 + 更正
    (["西宁卖牦牛肉干的，刷小红书看到有人说不买ECS就不用在阿里云备案，我们是不是也不用",
      "一开始我以为店里没这东西，结果老板说上周自己掏钱买了一台ECS，现在还在跑着"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 4 omc otherwise: 蚌埠珍珠饰品，朋友转来的已备案域名
    (["蚌埠卖珍珠饰品的，我们公司成立到现在一次备案都没做过，不过这个域名是朋友转给我们的，他那会儿已经备过案了，首次备案要怎么弄"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # 5 srs transfer: 秦皇岛观鸟游, 网易数帆
    (["秦皇岛做海边观鸟游的，主体和域名的备案都在网易数帆，想整个转到阿里云来，要怎么办"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 6 b24 other: 安庆黄梅戏培训, 蓝汛
    (["安庆做黄梅戏培训的，公司备案是在蓝汛做的，现在想加个新网站，要怎么备案",
      "新注册了huangmeixi-aq.cn做课程网站，刚好前天买的阿里云ECS就拿来放它"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 7 b24 otherwise: 上饶茶油, 互联港湾虚拟主机
    (["上饶卖茶油的，公司主体在互联港湾备过案，想再加一个新网站，还是放互联港湾的虚拟主机，阿里云的ECS不买，这种要在阿里云加网站备案吗"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 8 fyg otherwise: 吉安竹制品厂, 纳米数据
    (["吉安竹制品厂，网站名称想改一下，主办单位的联系电话也换了，备案变更怎么弄",
      "备案号是纳米数据那边给办的，阿里云后台里翻不到这个号"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # 9 no_match: 云监控报警通知
    (["云监控设置的报警规则触发了，但报警联系人组里的人都没收到短信和邮件，在哪查通知发送记录"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 37037007), ("en_b", EN_B, 37037019),
         ("zh_a", ZH_A, 37037031), ("zh_b", ZH_B, 37037049)]


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
