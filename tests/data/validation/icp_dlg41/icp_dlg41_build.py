#!/usr/bin/env python3
"""Build the icp_dlg41 blind dialogue set (forty-first writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg39_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # 0 kbw rule, one turn (Ukrainian hydrologist, flood research team, Jiujiang)
    (["Dobryi den! I am hydrologist from Ukraine, now I work with a flood research team in Jiujiang. Last week we buyed two ECS instances in the China (Fuzhou) region - that one is on the mainland, I checked it, not Hong Kong. Our domain yangtze-flood-jj.cn already resolves to both of them by DNS, and we will open a public website where people can see river levels and flood warnings. Is ICP filing required for this?"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # 1 un3 -> kbw otherwise (Icelandic geothermal engineer, hot-spring wells, Tengchong)
    (["Hello from Tengchong. I am geothermal engineer from Iceland, we study the hot springs here for a small power project. Our team purchased one ECS instance to collect temperatures from the wells. If we buy ECS but dont use a domain name, do we need ICP filing? My colleague Sigrun is still thinking if we connect our domain to it at all.",
      "After dinner Sigrun made her decision: hverir-tc.com gets an A record pointing to this ECS. The instance is in the China (Hong Kong) region, so it is not mainland China. On it will run a public website with the well data for our local partners."],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "no", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", None)),
    # 2 un3 rule, one turn (Austrian signalling engineer, rail test centre, Zhuzhou)
    (["Gruess Gott, I am signalling engineer from Austria at a rail test centre near Zhuzhou. We purchased an ECS instance that receives the logs from the axle counters on our test track; the counters send everything straight to the instance's public IP. It is not that we have no domain - we own one, but it points to our old company homepage somewhere else, never to this ECS, and we will not change that. Do we need ICP filing for an ECS used like this?"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 3 un3 rule, generic no (Vietnamese nurse manager, dialysis centre, Nanchang)
    (["hello, i am nurse manager from Vietnam, working in a dialysis center in Nanchang. our IT guy bought an ECS on alibaba cloud to keep backup of the machine treatment records. a lady from hospital admin says all cloud machines in china need the icp number, domain or not. is icp filing required if we purchase ECS and use no domain name?",
      "no, the backup program only talks to the server by its ip address, there isnt any domain name pointing there"],
     [{"purchased_ecs": "yes"}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # 4 fvv alibaba (Egyptian pharmacologist, university lab, Wuhu)
    (["Good morning. I am Egyptian pharmacologist working in a university lab in Wuhu. We want to use assay.nilepharm-wh.com, a second-level domain, for booking time on our HPLC machine. Does a second-level domain need its own ICP filing? The main domain was handled by our department admin and I have no idea what he did with it.",
      "Checked with Dr. Wei, the admin. So: the main domain nilepharm-wh.com got its ICP number through Alibaba Cloud, he made that filing in the Alibaba Cloud console in 2022."],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 5 fvv other, one turn (Swiss transport planner, city bus operator, Changzhou)
    (["Gruezi. I am transport planner from Switzerland, working for the bus operator in Changzhou. For the new night lines we want a subdomain timetable.czbus-plan.com. The parent domain czbus-plan.com is already filed and has its ICP number - the filing was made at 新浪云 (Sina Cloud), Alibaba Cloud had nothing to do with it. Does the second-level domain need an ICP Filing then?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 6 fvv none (Romanian epidemiologist, flu dashboard, Huangshan)
    (["Buna ziua. I'm an epidemiologist from Romania, on a small research project with the disease control centre in Huangshan. We want a flu dashboard on flu.huangshan-epi.org, so a second level domain. Is ICP filing required for second-level domain names? What status the main domain has, I must find out first.",
      "Found out now. The main domain huangshan-epi.org we bought last spring and simply parked it, it never received any ICP number."],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 7 x3g rule, one turn (Jordanian optometrist, eye clinic, Yangzhou)
    (["Marhaba. I am optometrist from Jordan with a small eye clinic in Yangzhou. Our appointment website is built and hosted on Squarespace; from Alibaba Cloud we only have the domain registration and the mailbox. We never purchased an ECS instance, and not because we forgot - we simply don't need one and won't buy one. Is an Alibaba Cloud ICP Filing required for us?"],
     [{"purchased_ecs": "no"}],
     ["x3g"], ("x3g", "x3g")),
    # 8 x3g otherwise (school nurse, international school, Nantong, lowercase, hearsay)
    (["hey, school nurse here at an international school in nantong. i run the little health portal where parents upload vaccine records. someone in a parents' wechat group swears that if you dont buy ecs you dont need alibaba's icp filing. is that actually right? no idea what our it dept ordered tbh",
      "just went through the bursar's spreadsheet and turns out there's one ecs instance the school bought back in march, it's still running"],
     [{}, {"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 9 omc rule, one turn (Tanzanian marine ecologist, mangrove foundation, Zhanjiang)
    (["Habari. I am marine ecologist from Tanzania, we founded a small mangrove research foundation in Zhanjiang, registered only last month. The domain mangrove-zj.org I bought yesterday. Neither the foundation nor this domain has ever done ICP filing, nothing at all. Under what conditions is the initial ICP filing required, is this our case?"],
     [{"subject_filed": "no", "domain_filed": "no"}],
     ["omc"], ("omc", "omc")),
    # 10 omc otherwise (dental hygienist, private clinic, Shaoxing, lowercase)
    (["hiya, dental hygienist at a private clinic in shaoxing, i got roped into the website stuff lol. we just bought a brand new domain for online cleaning appointments and it's never been icp filed. is that when you need the initial icp filing? dunno about the clinic side of things",
      "asked our practice manager, the clinic company has been icp filed since 2020, the old website was filed under it"],
     [{"domain_filed": "no"}, {"subject_filed": "yes"}],
     ["omc"], ("omc", None)),
    # 11 srs rule add, one turn (Belgian freight forwarder, Ningbo port, 网宿科技)
    (["Goeiedag. I am Belgian, I manage a freight forwarding office at Ningbo port, containers and customs. Our website filing is with 网宿科技 (Wangsu) and it stays there, we are happy with them. But we want to add Alibaba Cloud as an additional ICP Filing provider for the same website, because part of our shipment tracking portal moves to Alibaba. Is an ICP Filing needed for this?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # 12 srs otherwise (Ecuadorian agronomist, soil testing lab, Jinhua, 帝恩思)
    (["Buenos dias. I'm agronomist from Ecuador, working at a soil testing lab in Jinhua. Our lab website is ICP filed through 帝恩思 (DNS.com.cn). Now we started to use Alibaba Cloud's PAI platform to train models on soil images. Do I have to transfer our ICP filing to Alibaba Cloud, or add Alibaba Cloud as a second filing provider? What we want, I don't know yet, the director decides.",
      "Director's decision: everything remains as it is at 帝恩思 - no moving the filing over to Alibaba Cloud and no second provider."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 13 b24 other (Lebanese cardiologist, heart clinic, Xiamen, 中国数据)
    (["Hello, I am a cardiologist from Lebanon, partner in a private heart clinic in Xiamen. Our clinic company got its ICP filing through 中国数据 (zgsj) a few years ago. Now we registered a new domain for a telecardiology website and we want to file it in Alibaba Cloud. Do we need to add a website ICP filing? Hosting is still open, maybe ECS, maybe something else.",
      "Decision made this afternoon: we purchased an ECS instance in Alibaba Cloud, and the new telecardiology site with the new domain will be hosted on it."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 14 b24 alibaba, one turn (Indonesian radiographer, imaging centre, Dongguan)
    (["Selamat siang. I am radiographer from Indonesia, I also help with IT at a medical imaging center in Dongguan. Our company was ICP filed with Alibaba Cloud in 2021 for our existing site. Today I purchased one more ECS, and on it we will host a new website with a new domain where patients download their scan reports. Must we add a website ICP filing for this?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise, one turn (Kenyan logistics lead, vaccine cold chain, Zhengzhou, 主机屋)
    (["Jambo. I am Kenyan, logistics lead for a company moving vaccines in refrigerated trucks around Zhengzhou. Our company was ICP filed through 主机屋 (zhujiwu). We want a new site on a new domain for the temperature reports, and it will be served from GitHub Pages. Nothing of ours runs on Alibaba Cloud ECS - we own zero instances there and buying one is not in the plan. Do we need to add a website ICP filing?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "no", "purchased_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 16 fyg rule, one turn (county library web person, Kaifeng, lowercase)
    (["hi all, i look after the web stuff for a county library in kaifeng. our site's icp number was issued through alibaba cloud. we moved into the new building in sept so the registered address is wrong now, and the person responsible for the site left, so we want to modify both in the filing. does the icp filing need changing and where do i do it"],
     [{"has_alibaba_icp_number": "yes", "modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, generic no (Bolivian curator, mineral museum, Guiyang, 蓝队云)
    (["Buenas tardes. I am curator from Bolivia at a small mineral museum in Guiyang. The museum got a new name, so we must update the website name and the contact phone in our ICP filing. Under what conditions does the ICP filing need to be changed, and how do I change it on Alibaba Cloud?",
      "no - the museum number belongs to 蓝队云, they handled our whole filing in 2019 and Alibaba Cloud never gave us any number"],
     [{"modify_info": "yes"}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # 18 no_match (DTS precheck, PostgreSQL replication slot)
    (["Our DTS task migrating a self-managed PostgreSQL 14 into ApsaraDB RDS keeps failing the precheck with an error about the replication slot and wal_level. I already set wal_level=logical and restarted. What else does DTS check?"],
     [{}],
     [], "no_match"),
    # 19 no_match (Function Compute cold start with heavy Python layers)
    (["Function Compute: our Python 3.10 function with pandas and numpy layers times out on cold start (around 12s) but warm calls take 200ms. Provisioned instances are expensive, any other trick to cut the cold start?"],
     [{}],
     [], "no_match"),
]

EN_B = [
    # 0 un3 -> kbw rule (sleep lab tech, Wenzhou, lowercase)
    (["hey, sleep lab tech here (wenzhou). we bought an ecs to crunch the overnight sleep study recordings. does that need icp if we don't use a domain name on it? still haven't decided whether our domain goes onto it at all",
      "talked it through with dr mah tonight and we're doing it: sleepwell-wz.com will resolve to that ecs, which sits in china (nanjing), that's mainland, and it'll serve the patient booking site"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 kbw otherwise, generic no (bus timetable site for expats, Kunming, lowercase)
    (["do i need icp for my domain? making a bus timetable website for expats in kunming, with a route planner and live arrival times, nothing fancy",
      "nope, it's all on a vps in almaty, not hosted anywhere in china"],
     [{"web_service": "yes"}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # 2 un3 rule (Tajik atmospheric scientist, PM2.5 sensors, Hengyang)
    (["Salom. I am Tajik atmospheric scientist, we measure PM2.5 with low-cost sensors around Hengyang. We purchased one ECS instance to store the readings. Is ICP filing required if ECS is purchased but domain is not used? Our student said any cloud server needs filing, I'm not sure.",
      "The sensors send readings only to the public IP of the instance. No domain name resolves to this ECS, we have not configured any."],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 3 fvv alibaba, one turn (ferry company ops, Zhoushan, lowercase)
    (["quick one: i do ops for a small ferry company in zhoushan. our main domain got its icp number via alibaba cloud back in 2021. now we want tickets.zsferry-link.com for online booking. does a subdomain like that need its own filing??"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 4 fvv other (Burmese geneticist, rice breeding institute, Jingzhou, 衡天云)
    (["Mingalaba. I am geneticist from Myanmar at a rice breeding institute in Jingzhou. We plan seeds.jzrice-lab.cn as a subdomain to share our seed catalogue. Is ICP filing required for second-level domain? I will ask our office how the main domain was filed.",
      "Office says: the main domain jzrice-lab.cn has an ICP number, the institute filed it through 衡天云 years ago, Alibaba Cloud was not the provider."],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 5 fvv none (mountain search and rescue volunteer, Zhangjiajie, lowercase)
    (["yo, i volunteer with a mountain search and rescue team in zhangjiajie. want to put our call-out roster on roster.zjjrescue.org. do second level domains need icp filing? gotta check what's up with the main one",
      "checked with our treasurer: zjjrescue.org was bought in 2019 and nobody ever filed it, so it has no icp number whatsoever"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 6 x3g rule, generic no (Iranian astronomer, planetarium outreach, Hefei)
    (["Salam. I run public outreach for a small planetarium in Hefei, I am astronomer from Iran. We want a website for show times and star parties. Is Alibaba Cloud ICP Filing required if we do not purchase ECS instances? I am not sure yet what our IT office ordered.",
      "no, IT confirmed we never bought any ECS, the pages will sit on the university's own web server"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # 7 x3g otherwise, one turn (Zimbabwean nurse educator, nursing college, Huizhou, hearsay)
    (["Hello. I am nurse educator from Zimbabwe, teaching at a nursing college in Huizhou. I read in a forum that Alibaba Cloud filing is only for people who have ECS. Well, we have ECS: our college purchased one instance in January for the online course portal. So is the Alibaba Cloud ICP filing needed for us?"],
     [{"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 8 omc rule, two generic no (two ER doctors, first aid training, Zhaoqing, lowercase)
    (["hi! two er docs here, we're starting a first aid and cpr training business in zhaoqing and want a website. is the initial icp filing something we need to do?",
      "nope, we've never filed anything, the business is brand new and we're total first-timers",
      "no, that one hasn't been through any filing either"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # 9 omc otherwise, one turn (Korean audiologist, hearing clinic, Weifang)
    (["Annyeonghaseyo. I am audiologist from Korea, co-owner of a hearing clinic in Weifang. Our clinic company finished its ICP filing in 2021 for our first website. Now we bought a new domain for online hearing test booking, and this domain was never filed. Is this a case for the initial ICP filing?"],
     [{"subject_filed": "yes", "domain_filed": "no"}],
     ["omc"], ("omc", None)),
    # 10 srs rule transfer, one turn (school-bus dispatcher, Chaozhou, lowercase, 酷番云)
    (["morning. i dispatch school buses for a private transport company in chaozhou and also babysit our website. the icp filing for our company and domain is with 酷番云 right now and we want to move the whole thing over to alibaba cloud, leaving 酷番云 completely. do we need to apply for an icp filing for that?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 11 srs otherwise (Panamanian ship-handling teacher, maritime pilot school, Yantai, 亿恩科技)
    (["Hola. I am from Panama, I teach ship handling at a maritime pilot training school in Yantai. Our website filing is with 亿恩科技. We now store our training videos in Alibaba Cloud OSS. Do we need to transfer the ICP filing to Alibaba Cloud or add Alibaba as a second ICP provider? The boss has not decided anything yet.",
      "Boss decided at lunch: it all stays with 亿恩科技 alone. Nothing gets transferred and Alibaba Cloud is not added as a provider."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 12 b24 other, one turn (Bosnian traffic engineer, smart parking, Bengbu, 三丰云)
    (["Hello, I am traffic engineer from Bosnia, working for a smart parking company in Bengbu. Our company's ICP filing was done through 三丰云. Today we purchased an ECS on Alibaba Cloud, and a new website on a brand-new domain (a live parking availability map) will be hosted on it. We want the filing for this new domain in Alibaba Cloud. Do we need to add a website ICP filing?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 13 b24 alibaba (blood donation charity volunteers, Yueyang, lowercase)
    (["hi, i coordinate volunteers for a blood donation charity in yueyang. we bought an alibaba cloud ecs yesterday and our new blood drive site on a new domain is going on it. do we have to add a website icp filing? not sure where our org's filing was done originally",
      "asked our treasurer, she's the one who handled it: the charity got filed through alibaba cloud's filing system in 2022"],
     [{"new_website_on_ecs": "yes", "purchased_ecs": "yes"}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 14 b24 alibaba, one turn (Argentinian flight instructor, general aviation school, Anyang)
    (["Hola! Argentinian flight instructor here, at a general aviation school in Anyang. The school's filing subject was filed with Alibaba Cloud when we launched our first site. Last week we bought a second ECS, and a new website with its own new domain for trial flight bookings will be hosted on it. Do we need to add a website ICP filing?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise (Costa Rican herpetologist, rainforest field station, Jinghong)
    (["Pura vida! I am herpetologist from Costa Rica at a rainforest field station near Jinghong. Our station's filing subject was filed through Alibaba Cloud. Now we want a new domain for a frog-call sound library. Do we need to add a website ICP filing? Where we host it, our IT volunteer Diego still compares.",
      "Diego checked the costs and we stay free: the frog-call site will be served from Cloudflare Pages, it is not going on any ECS."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 16 fyg rule (water testing lab, Taizhou, lowercase)
    (["hello, working at a water testing lab in taizhou (the zhejiang one). our website's icp number came from alibaba cloud. we're in the middle of a reorganisation, does the filing need changing? not sure yet if anything in it is affected",
      "heard back from legal: the lab's legal representative is a different person now and the site name changes too, so we want both updated in the filing"],
     [{"has_alibaba_icp_number": "yes"}, {"modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, one turn (Venezuelan meteorologist, weather radar startup, Yichang, 百度智能云)
    (["Hola. I am meteorologist from Venezuela at a weather radar startup in Yichang. Our ICP number was issued through 百度智能云 (Baidu AI Cloud), not through Alibaba Cloud. We need to change the website name and the legal person in this filing. How do we change it on the Alibaba Cloud ICP Filing platform?"],
     [{"has_alibaba_icp_number": "no", "modify_info": "yes"}],
     ["fyg"], ("fyg", None)),
    # 18 no_match (ApsaraDB for Redis evictions)
    (["ApsaraDB for Redis 4GB instance hits maxmemory every night around 2am and starts evicting keys, even though our keys have TTLs. Is there a way to see which key prefixes eat the memory?"],
     [{}],
     [], "no_match"),
    # 19 no_match (ACK pods slow image pull from Container Registry)
    (["ACK cluster: new pods stay in ContainerCreating for minutes, events show a slow image pull from our Container Registry Personal Edition. Should I switch to Enterprise Edition or is there a VPC endpoint I'm missing?"],
     [{}],
     [], "no_match"),
]

ZH_A = [
    # 0 un3 -> kbw otherwise (喀什艾德莱斯绸外贸)
    (["你好，我们在喀什做艾德莱斯绸外贸，前几天在阿里云买了一台ECS。只买了ECS不用域名的话用备案吗？域名要不要解析过去合伙人还在犹豫",
      "昨晚跟合伙人碰完定了：域名做A记录指向这台ECS，机器选的是中国香港地域，不在内地，上面跑给中亚客户看货下单的网站"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "no", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", None)),
    # 1 un3 rule (克拉玛依油田服务，抽油机远程监测)
    (["请教一下，我们是克拉玛依一家油田服务公司，在阿里云买了ECS，用来收抽油机的远程监测数据。买ECS但是不用域名，需要做ICP备案吗",
      "现场RTU直接往ECS的公网IP发数据，这台机器上一个域名都没解析过来，也没打算弄"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 2 fvv other (张掖玉米制种，紫光云)
    (["我们是张掖做玉米制种的，想给经销商开个查询入口，用子域名 cx.zymzz.com。二级域名需要单独备案吗？主域名当初怎么备的我不太清楚",
      "问了行政，主域名是在紫光云那边备的案，有备案号，当时跟阿里云不搭边"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 3 fvv none, one turn (榆林荞麦面作坊)
    (["榆林这边做荞麦面和羊肉的小作坊，主域名买了好几年一直没备过案，没有备案号。现在想开个子域名 shop.ylqiaomai.cn 卖货，二级域名要备案吗"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 4 x3g rule, one turn (敦煌壁画临摹文创，微店)
    (["我们在敦煌做壁画临摹和文创，网店开在微店上。阿里云上除了域名啥也没买，ECS从来没下过单，也没这个打算。这样还需要阿里云的ICP备案吗"],
     [{"purchased_ecs": "no"}],
     ["x3g"], ("x3g", "x3g")),
    # 5 omc rule (中卫沙坡头沙漠露营地)
    (["我们在中卫沙坡头附近搞沙漠露营地，公司上个月刚注册，主体从来没做过任何备案。想问问首次备案是什么条件下要办",
      "要用的那个域名也是新买的，之前一次备案都没做过"],
     [{"subject_filed": "no"}, {"domain_filed": "no"}],
     ["omc"], ("omc", "omc")),
    # 6 srs otherwise, one turn (大同黄花菜，天互数据)
    (["大同做黄花菜的。我们网站的备案接入商是天互数据，最近只用了阿里云的短信服务发验证码。备案还是留在天互数据，既不迁到阿里云，也不会把阿里云加成新的接入商。这种情况下还用在阿里云办备案吗"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 7 b24 alibaba (通辽风干牛肉)
    (["通辽做风干牛肉的，公司主体之前是在阿里云备的案。现在想用一个新域名做个新站，需要加网站备案吗？新站放哪台服务器上还没商量好",
      "今天上午财务已经付款，在阿里云买了一台ECS，新域名的站点就架在它上面"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 8 fyg rule, one turn (延吉明太鱼干)
    (["延吉做明太鱼干的，我们网站的ICP备案号是在阿里云办下来的。现在公司法人换了，网站名称也想改一下，备案信息要变更吗，在哪操作"],
     [{"has_alibaba_icp_number": "yes", "modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 9 no_match (DataWorks 调度节点等待资源)
    (["DataWorks里有个每天凌晨跑的调度节点，最近总是一直卡在等待资源，独享调度资源组看着也不忙，这是什么原因"],
     [{}],
     [], "no_match"),
]

ZH_B = [
    # 0 un3 -> kbw rule (阿勒泰滑雪场)
    (["我们是阿勒泰的滑雪场，在阿里云买了一台ECS跑雪道监控的程序。只有ECS不用域名的话要不要备案？官网域名要不要挂上去还没想好",
      "跟老板商量完定了：官网域名解析到这台ECS，机器开在内地的地域，没选香港也没选海外，上面跑雪票预订网站"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 un3 rule, one turn (石河子棉田滴灌控制)
    (["石河子这边做棉田滴灌控制的，在阿里云买了台ECS。田里的控制器都是直接连ECS公网IP的，没给它解析过任何域名，将来也不准备解析。这种需要备案吗"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 2 fvv alibaba (库尔勒香梨团购)
    (["库尔勒卖香梨的，想加个子域名 tuan.klxiangli.com 做团购。子域名需要另外备案吗？主域名的备案情况我得先问问",
      "运营那边回话了：主域名的备案号是2022年在阿里云备案系统里申请下来的"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 3 x3g otherwise (陇南橄榄油，抖音小店，听朋友说)
    (["陇南做橄榄油的，网店开在抖音小店。听朋友说没买ECS就不用做阿里云备案，我们也是这样吗",
      "查了下阿里云的费用账单，原来去年双十一同事下单了一台ECS，一直续费到现在"],
     [{}, {"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 4 omc otherwise, one turn (赤峰奶皮子)
    (["赤峰做奶皮子奶豆腐的，公司刚注册，主体从来没备过案。但是要用的域名以前挂过我哥个人的网站，那时候已经备过案了。这种算首次备案吗"],
     [{"subject_filed": "no", "domain_filed": "yes"}],
     ["omc"], ("omc", None)),
    # 5 srs rule transfer, one turn (安康富硒茶，奥飞数据)
    (["安康做富硒茶的，备案现在在奥飞数据那边，想把主体和域名的备案整个迁到阿里云，以后不用奥飞了，需要怎么办备案"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 6 b24 other (长治小米杂粮，鹏博士)
    (["长治做小米杂粮的，公司主体在鹏博士那边备过案。现在有个新域名想在阿里云备案做个新站，要加网站备案吗？新站放哪还没定",
      "今天在阿里云买了ECS，新域名的网站就放这台ECS上"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 7 b24 otherwise, one turn (黑河对俄贸易，曙光云，有赞)
    (["黑河做对俄贸易的，公司主体是在曙光云备的案。新开的网站用新域名，直接搭在有赞微商城上，阿里云这边一台ECS都没有，以后也不买。需要加网站备案吗"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "no", "purchased_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 8 fyg otherwise (满洲里俄罗斯套娃，快快网络)
    (["满洲里卖俄罗斯套娃的，网站备案里的负责人手机号和网站名称要改，备案变更在哪弄",
      "翻了下以前的资料，我们的备案是快快网络给接入的，阿里云这边没有我们的备案号"],
     [{"modify_info": "yes"}, {"has_alibaba_icp_number": "no"}],
     ["fyg"], ("fyg", None)),
    # 9 no_match (PolarDB 只读节点复制延迟)
    (["PolarDB MySQL版的只读节点复制延迟经常飙到几十秒，业务做了读写分离以后老是查到旧数据，有什么参数可以调"],
     [{}],
     [], "no_match"),
]




FILES = [("en_a", EN_A, 41041007), ("en_b", EN_B, 41041019),
         ("zh_a", ZH_A, 41041031), ("zh_b", ZH_B, 41041049)]


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
