#!/usr/bin/env python3
"""Build the icp_dlg50 blind dialogue set (fiftieth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg49_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # 0 kbw rule: Nepali analyst, private soil and water testing lab, Luoyang; two ECS in a mainland region, domain resolved, clients download reports; golf-friend hearsay "labs are research"
    (["Namaste. I'm Nepali, working as lab analyst in a private soil and water testing laboratory in Luoyang, mostly we test well water for villages and wastewater for factories. We bought 2 ECS from Alibaba Cloud and when creating them we choose a region inside mainland China (not HK). Our domain lywatertest.com has DNS records pointing to both of the ECS already, and from next month customers will log in on the web page to download their test reports as PDF. My director heard from his golf friend that laboratories count as 'scientific research' so no ICP is needed. He is right or we must do the filing?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # 1 kbw otherwise via un3: Tongan drone pilot, aerial mapping company, Zhuhai; ECS crunches orthophotos, boss changes his mind; reply: domain to the ECS by DNS, clients view maps in the browser, overseas region
    (["Mālō e lelei! I am from Nuku'alofa, now I'm pilot for a small drone mapping company in Zhuhai, we fly over construction sites and fish ponds and make orthophotos from it. Two weeks ago we bought an Alibaba Cloud ECS, right now it only crunches the photos into maps during the night. My boss talks about giving it a domain later, or maybe not, he changes his mind every day haha. So for this ECS we need ICP filing or not?",
      "Boss finally made up his mind at lunch: our domain skyplot-zh.com will be pointed to this ECS with a DNS record, and clients will open the finished maps in their browser on that website. Also I checked in the console - when we bought it we picked an overseas region, so the machine is not in mainland China at all."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 2 un3 rule: lowercase volunteer, gliding club, Baotou; flight recorders dump IGC files onto the ECS by IP; club domain only forwards to a free blog, never pointed at the ECS; tow pilot's hearsay
    (["hi! i look after the computer side of a gliding club outside baotou (volunteer, my day job is teaching chemistry lol). we pay alibaba cloud for one ecs, and after each flight the flight recorders from the gliders dump their igc files onto it by ip address so pilots can replay their traces in the club software. yes the club has a domain, but that domain just forwards to a free blog where we post photos - it was never pointed at the ecs, no dns entry for it whatsoever. one of our tow pilots keeps saying 'any server in china = icp, no exceptions'. does this ecs really need icp filing?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 3 un3 rule: Armenian project lead, translation bureau, Hefei; ECS runs the translation memory server; outsourced IT unsure; generic no: IP and port in the CAT tool
    (["Barev dzez. I am Armenian, working in a translation bureau in Hefei - legal and technical texts, Russian/English/Chinese, 11 translators. Since spring we have one Alibaba Cloud ECS where our translation memory server is running, every translator connects to it from the CAT tool. Our IT is outsourced and the guy said maybe we need ICP for it, but he is not sure himself. Need it or no?",
      "No, no domain name points to it - the translators only type the IP and the port of the server in the CAT tool settings."],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # 4 fvv alibaba: Icelandic geophysicist, hot-springs research station, Tengchong; quakes subdomain; reply: Ms. Duan from the station office, filed through Alibaba Cloud in 2017
    (["Góðan dag. I'm Icelandic geophysicist on a two-year project with a hot springs research station in Tengchong (we measure the geothermal field: temperatures, gas, tiny earthquakes). We want to put our data portal at quakes.tcgeotherm.org, a second-level domain under the station's main domain. The main domain was registered long before I came here and I have honestly no idea about its ICP status. What is needed for the subdomain?",
      "Ms. Duan from the station office wrote back to me: the main domain tcgeotherm.org was filed through Alibaba Cloud, already in 2017."],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 5 fvv other: lowercase native, vintage watch repair shop, Suzhou; booking subdomain, root number via 21Vianet through a cousin
    (["hey - small watch repair shop in suzhou here (mostly vintage seikos and the odd omega service). want to put online bookings on service.tickfix-sz.com. the main domain tickfix-sz.com does have an icp number, but my cousin got it via 世纪互联 (21vianet) when he set it up, alibaba cloud was never part of that. do i need to file the subdomain separately or is it covered?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 6 fvv none: Bolivian recruiter, engineering headhunters, Zhengzhou; jobs subdomain; reply: boss never applied, no number
    (["Hello, I'm from La Paz in Bolivia and work as recruiter in a headhunting firm in Zhengzhou, we place engineers in car parts factories. I want to make jobs.hunterbridge-zz.com as second-level domain for our vacancies. The main domain is from my boss, he registered it in 2021, and nobody ever told me anything about filing for it. What I need to do for the subdomain?",
      "I asked my boss just now. For hunterbridge-zz.com he never applied any ICP filing, so there is no ICP number for it."],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 7 x3g rule: Senegalese piano tuner, Guilin; site made and hosted by Bluehost, only the domain at Alibaba Cloud; customer's hearsay
    (["Nanga def! I am Senegalese piano tuner and repairer, living in Guilin since 2019, I work for music schools, hotels and families. My little website with prices and contact is on Bluehost, they made it and they host it. With Alibaba Cloud I only registered the domain name. ECS I did not buy there, not now and not before, zero servers. One customer told me every site with a domain from Alibaba needs ICP filing. Is true for me?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 8 x3g otherwise: lowercase new treasurer, RC model aircraft club, Shantou; login handed over without explanation, member's hearsay; reply: billing shows an ECS paid monthly since 2023
    (["evening! i just became treasurer of a radio-control model aircraft club in shantou (we fly foam planes on a field by the river, very serious business lol). the old treasurer moved to canada and handed me the alibaba cloud login without explaining anything. one member says you only need alibaba cloud icp filing if you bought ecs. no idea if we did. do we have to file??",
      "logged into billing now: we've been paying for an ecs every month since 2023, the old treasurer set it up for the flight logbook thing"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 9 omc rule: Haitian co-founder, new relocation services company, Foshan; company never filed, domain registered on Monday never filed
    (["Bonjou! I'm from Port-au-Prince, and with two friends I opened a relocation services company in Foshan - we help foreign families find flats and schools and open bank accounts. The licence came out in October. As a company we have not done any ICP filing ever, we are completely new to this, and our domain movewell-fs.com was registered only on Monday, so nobody did a filing for it. Before we launch the site, which filing we need?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 10 omc otherwise: Belarusian engineer, elevator maintenance company, Shenyang; new domain never filed, joined in summer; reply: HR manager found the 2019 papers
    (["Dobry dzień. I am Belarusian engineer in an elevator maintenance company in Shenyang, we service the lifts in old residential buildings. We bought a new domain liftcare-sy.com for a page where residents can report broken lifts, and this domain was never ICP filed by anybody. About our company I don't know, I joined only this summer. Is it the case for initial ICP filing?",
      "Our HR manager found the papers in the cabinet: the company itself finished ICP filing in 2019, that was for the old homepage."],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # 11 srs add: Malagasy export sales, automatic weather station maker, Wuxi; keeps Inspur Cloud, adds Alibaba Cloud as a new provider
    (["Manao ahoana. I work in export sales of a company in Wuxi that makes automatic weather stations and rain gauges. Our company and our website are ICP filed through 浪潮云 (Inspur Cloud) and that will stay. But the management wants to add Alibaba Cloud as one more ICP filing provider of our website. What must we do?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # 12 srs otherwise: Samoan office staff, pest control company, Haikou; filed via Capital Online, only Redis at Alibaba Cloud, manager unclear; reply: stays with Capital Online, no move, no extra provider
    (["Talofa lava. I'm from Apia, working in a pest control company in Haikou - termites, mosquitoes, rats, you name it. Our company and website did the ICP filing through 首都在线 (Capital Online). From Alibaba Cloud we only use a Redis database for the dispatch app of the technicians. My manager asked me if we should transfer the filing to Alibaba Cloud or add Alibaba Cloud as second provider, he was not clear himself. Do we need to do that?",
      "I talked with the manager again. Our filing remains with Capital Online and nowhere else: we are not moving it over, and Alibaba Cloud will not become an extra provider for it either."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 13 b24 other: Ecuadorian show programmer, drone light show company, Changde; filed via Eflycloud, new show-packages site, hosting open; reply: boss paid for an ECS this morning, the site is hosted on it
    (["Greetings from Changde! I'm from Guayaquil and I program the drone light shows for a company here, 300 drones making dragons in the sky for festivals and weddings. Our company got its ICP filing through 睿江云 (Eflycloud) a few years ago. Now we open a new website with a new domain to sell show packages. Where to host it, my boss did not choose yet. What kind of filing we need?",
      "My boss paid for an Alibaba Cloud ECS this morning, and the show packages website will be hosted on that ECS."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 14 b24 alibaba: lowercase native, two-person steel bike frame workshop, Dali; filed through Alibaba Cloud in 2021, another ECS for a frame configurator site on a new domain
    (["quick q from a two-person bike frame workshop in dali (steel frames, lugs, all brazed by hand). our business got its icp filing through alibaba cloud back in 2021. this week i bought another ecs and we're putting a completely new site on it, new domain, just for the custom frame configurator. what filing do we need for that?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise: Tunisian coordinator, sign language interpreting agency, Nanning; filed via Yisu Cloud, booking site made and hosted by Site123, zero ECS and none to buy
    (["Aslema! I'm Tunisian, coordinator at a sign language interpreting agency in Nanning. Our company had its ICP filing done via 亿速云 (Yisu Cloud). Now we start a new site on a new domain where deaf clients can book interpreters; Site123 builds it and Site123 hosts it. We own zero ECS at Alibaba Cloud, and for this site we won't purchase any. Must we add a website ICP filing at Alibaba Cloud?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 16 fyg rule: Cambodian manager, flight simulator centre, Sanya; number from Alibaba Cloud in 2023, new owner, new company name, new website contact
    (["Chom reap suor. I'm the manager of a flight simulator centre in Sanya, tourists can fly a 737 simulator for one hour. Our website received its ICP filing number from Alibaba Cloud in 2023. Now the centre has a new owner, so the company name changed, and the website contact is now me instead of the old boss. How to update these in the ICP filing?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise: Slovenian office worker, locksmith and safe-opening company, Weihai; new street and email; generic no: confirmation email shows Xiaoniao Cloud
    (["Dober dan, I'm from Ljubljana and I work at a locksmith and safe opening company in Weihai. We moved the shop to a new street and we also have a new email, so the info in our website's ICP filing is outdated and I want to modify it. Which provider issued our ICP number I cannot say, it was before my time. How to do the change?",
      "No, it wasn't Alibaba Cloud - I found the old confirmation email, the number came from 小鸟云 (Xiaoniao Cloud)."],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # 18 no_match: lowercase volunteer, bird ringing group, Dandong: Function Compute thumbnail function times out after 60s
    (["we're a volunteer bird ringing group in dandong (shorebirds on the yalu estuary, spring migration is mad). photo uploads go to oss and a function compute function makes thumbnails + reads the ring codes. since last week about 1 in 5 runs ends with 'function timed out after 60s' even for tiny jpgs. memory is set to 512mb. is that a cold start thing or should i raise something?"],
     [{}],
     [], "no_match"),
    # 19 no_match: Burmese recruiter, recruitment agency, Kaifeng: Elastic Desktop (Wuying) video interviews freeze after about 5 minutes
    (["Mingalaba. I'm Burmese, working for a recruitment agency in Kaifeng. Our interviewers use Alibaba Cloud Elastic Desktop (Wuying) cloud computers, but in every video interview the picture freezes after around 5 minutes and the candidate hears a robot voice. Office internet is 500M fibre, so it's not that. Which setting can fix this?"],
     [{}],
     [], "no_match"),
]

EN_B = [
    # 0 kbw rule via un3: Angolan entomologist, mosquito surveillance lab, Beihai; ECS stores trap counts, professor undecided; reply: DNS record to the ECS, public dengue risk map website, mainland region
    (["Olá! I'm Angolan entomologist, postdoc in a mosquito surveillance lab in Beihai - we count Aedes in traps all over the city for dengue warning. Last week the lab bought one Alibaba Cloud ECS, for the moment it just stores trap counts and microscope photos. If we connect our domain to it, professor Liang is still thinking. For this ECS, is ICP filing needed?",
      "Professor Liang decided on Friday: we will add a DNS record so mozzie-bh.org points to the ECS, and we open a public website with the weekly dengue risk map on it. The ECS is in a mainland China region."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 kbw otherwise: lowercase native, FPV drone racing league, Liuzhou; calendar and sign-up website, hobby-shop hearsay; generic no: Linode server in Toronto
    (["hey hey. i run a tiny fpv drone racing league in liuzhou, monthly races in an empty car park lol. we have a website at fpvleague-lz.com with the race calendar, pilot sign-ups and lap times. a guy from the hobby shop swears every site in china needs icp. do we need it??",
      "nope, fpvleague-lz.com resolves to a linode box in toronto, zero servers on the mainland"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # 2 un3 rule: Ivorian service engineer, HVAC maintenance company, Zunyi; ECS collects chiller alarms, sales guy's forum hearsay; reply: controllers have the ECS IP typed in, no DNS record of any domain
    (["Bonjour, I am from Abidjan and I'm service engineer in an HVAC company in Zunyi, we maintain chillers and air handling units in hospitals and malls. We have one Alibaba Cloud ECS that collects the alarms from the building controllers. Our sales guy read in a forum that every ECS in China must be ICP filed within 30 days or it gets closed. Is that correct for us?",
      "Each controller just has the ECS IP typed in its settings, that's all. No domain has ever been resolved to that server through DNS, not now and not planned."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 3 fvv alibaba: Nicaraguan conference interpreter, interpreting agency with his wife, Jiangmen; quote subdomain, root filed with Alibaba Cloud since 2020
    (["Good evening. I am Nicaraguan, conference interpreter (Spanish, Chinese, English) and I run a small interpreting agency in Jiangmen together with my wife. We want to open quote.voxbridge-jm.com, a second-level domain where clients request quotes. The top-level domain voxbridge-jm.com got its ICP filing at Alibaba Cloud in 2020. Do we need another filing for the subdomain?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 4 fvv other: Mauritian tandem pilot, paragliding school, Guiyang; fly subdomain, root set up by ex-partner; reply: number through Huayun Data, never Alibaba Cloud
    (["Bonzour from Guiyang! I'm Mauritian, tandem paragliding pilot, and I co-run a paragliding school on the hills outside the city. We'd like fly.karstwings.com for booking tandem flights - it's a subdomain of karstwings.com. That main domain was set up by my ex-partner, who left the business in summer, and how or where he filed it I don't know. What do we need?",
      "He texted me back: karstwings.com does have an ICP number, it was done through 华云数据 (Huayun Data), never with Alibaba Cloud."],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 5 fvv none: lowercase volunteer, monthly repair café, Mianyang; schedule subdomain, founder's domain; reply: Mr. He never applied, no number
    (["hiya, i volunteer at a repair café in mianyang - once a month people bring broken toasters, lamps, radios and we fix them for free. want to put the event schedule on fixit.repairmy.cn, a subdomain of the main one. the main domain belongs to our founder and i've got no idea about its icp stuff. what does the subdomain need?",
      "messaged our founder mr. he: he never applied for anything with that domain, so repairmy.cn has no icp number"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 6 x3g rule: Faroese plankton researcher, marine station, Rizhao; blog on Substack, domain from Alibaba Cloud, colleague's hearsay; generic no: admin confirmed the account holds just the domain
    (["Hey, I'm from the Faroe Islands, doing a plankton research project at a marine station in Rizhao. I keep a small project blog on Substack and bought our domain name from Alibaba Cloud so the link looks nicer. A colleague insisted that anyone with an Alibaba Cloud account must make an Alibaba Cloud ICP filing. What the account has apart from the domain I'm not sure, the station's admin manages it. Do I have to file?",
      "No - the station admin confirmed the account holds just the domain, an ECS was never purchased on it."],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # 7 x3g otherwise: Bangladeshi HR consultant, HR outsourcing firm, Zibo; chamber-dinner hearsay; one ECS bought in April runs the applicant tracking system
    (["Nomoskar. I'm Bangladeshi, HR consultant in a small HR outsourcing firm in Zibo (hiring, contracts, work permits for foreign staff). Somebody at a chamber of commerce dinner told me Alibaba Cloud ICP filing depends on whether you have ECS or not, but I forgot in which direction. For us: we purchased one Alibaba Cloud ECS in April, it runs our applicant tracking system. Do we need Alibaba Cloud ICP filing?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 8 omc rule: lowercase friends, new amateur astronomy society, Dunhuang; gift-shop hearsay about a first-time application; two generic no replies (3 turns)
    (["hey! me and a few friends are putting together an amateur astronomy society in dunhuang (the desert skies here are unreal). we'd like a simple site for star party dates and astrophotos. the lady at the observatory gift shop said something about a 'first-time icp application'. is that us?",
      "nope, never, none of us has done anything like that",
      "no again, same story for that one, nobody ever went near it"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # 9 omc otherwise: Montenegrin GIS specialist, archaeological survey company, Baoji; company filed in 2019 for the first website, fresh dig-diary domain never filed
    (["Dobar dan. I'm Montenegrin and work as GIS specialist in an archaeological survey company in Baoji, we do the surveys before construction projects start. Our company already has its own ICP filing, done in 2019 for the first website. Now we registered a fresh domain for a public dig diary, and that domain has never been filed. Do we need the initial ICP filing?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # 10 srs transfer: Honduran manager, shoe and key repair kiosks, Jinzhou; company and domain filed via Xirang, moving to Alibaba Cloud, Xirang cancelled after
    (["Hi, Honduran here, I manage a chain of 6 shoe and key repair kiosks in Jinzhou (my wife's family business). Our company and domain were ICP filed through 息壤 (Xirang). We are moving all hosting to Alibaba Cloud next month, so we want to transfer the ICP filing of the company and the domain from Xirang to Alibaba Cloud, and the Xirang contract gets cancelled afterwards. How do we do this?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 11 srs otherwise: lowercase native, visa and work permit paperwork consultancy, Yinchuan; filed via Kufan Cloud, only the OCR API at Alibaba Cloud, new partner asks; reply: stays with Kufan, no move, no addition
    (["hi there, we're a 3-person visa & work permit paperwork consultancy in yinchuan. our company and site were icp filed via 酷番云 (kufan cloud) ages ago. at alibaba cloud we only use the ocr api to read passport scans. our new partner keeps asking whether we're supposed to move the filing over to alibaba cloud or add you as an extra provider. are we?",
      "talked it through with her: kufan cloud keeps the filing, we're not moving it and alibaba cloud isn't getting added to it anywhere"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 12 b24 other: Uruguayan quality engineer, calibration lab for weather instruments, Yingkou; filed via Yitan Cloud, ECS purchased today, new calibration-booking site on a new domain
    (["Good morning, I'm Uruguayan, quality engineer at a calibration lab in Yingkou - we calibrate thermometers, barometers and anemometers for weather bureaus and ports. Our company's ICP filing was made through 易探云 (Yitan Cloud) some years ago. Today we purchased an ECS at Alibaba Cloud, and a new website with a new domain for booking calibration slots will run on it. What filing is required?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 13 b24 alibaba: lowercase native, vintage film camera repair, Anqing; ECS bought yesterday for a repair-quote site; reply: partner's console screenshot, filing in Alibaba Cloud's system since 2021
    (["hey, i fix old film cameras in anqing (leicas, rolleis, soviet stuff, whatever comes in). bought an alibaba cloud ecs yesterday and the new site for repair quotes goes on it, new domain and all. no clue where our business did its icp filing though, my business partner dealt with that years ago. what filing do i need?",
      "partner just sent a screenshot of the console - the filing for our business sits in alibaba cloud's system, since 2021"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 14 b24 alibaba: Timorese consultant, executive search company, Zhaoqing; filed with Alibaba Cloud from the start, second ECS for a salary survey site on a new domain
    (["Bondia! I'm from Dili in East Timor, working in an executive search company in Zhaoqing, we find managers for furniture and ceramics factories. Our company's ICP filing is with Alibaba Cloud from the very start. We just bought a second ECS and will host a new website there, on a new domain, for our yearly salary survey. Which filing do we need for it?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise: Gabonese staff, aircraft spare parts broker, Xiangyang; company filed with Alibaba Cloud, director undecided; reply: Firebase Hosting, not on any ECS
    (["Good afternoon, I'm Gabonese and work for an aircraft spare parts broker in Xiangyang (we trade used parts for small airlines and flight schools). Our company is ICP filed with Alibaba Cloud. Now a new website on a new domain is coming, a parts catalogue, but our director didn't decide yet where it will be hosted. Do we need to add a website ICP filing?",
      "The director decided: it goes on Firebase Hosting from Google, so the catalogue will not be hosted on any ECS."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # 16 fyg rule: Lebanese co-founder, lab equipment servicing company, Wuhu; number through Alibaba Cloud, management undecided; reply: new office across the river and new legal representative
    (["Hello, Lebanese here, I co-founded a company in Wuhu that repairs and services lab equipment - centrifuges, fume hoods, autoclaves. Our website got its ICP filing number through Alibaba Cloud. In management there is talk about changing some things, but nothing is decided. What does that mean for our ICP filing?",
      "Management decided yesterday: we move to a new office across the river and the legal representative changes, so both need to be updated in the filing."],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise: Malian office worker, boiler repair company, Daqing; new phone and contact person, number via HengChuang not Alibaba Cloud
    (["Hello, I am from Bamako in Mali and work in the office of a boiler repair company in Daqing (winter here is crazy, phones ring all night). We changed our company phone number and the contact person, so we want to modify the info of our website's ICP filing. The ICP number was not issued by Alibaba Cloud, we got it via 恒创科技 (HengChuang). How to change it?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # 18 no_match: Bosnian project manager, translation agency, Quzhou: Machine Translation API ignores the uploaded terminology list
    (["Hi, I'm Bosnian and I manage translation projects in an agency in Quzhou. We call Alibaba Cloud Machine Translation through the API for first drafts, and we uploaded a custom terminology list for the paper industry, but the output still ignores our terms - 'kraftliner' always comes back wrong. Does the glossary need some extra parameter in the request?"],
     [{}],
     [], "no_match"),
    # 19 no_match: lowercase member, model rocketry club, Jiuquan: Log Service (SLS) alert on CHUTE_FAIL never fires
    (["hey all, our model rocketry club in jiuquan pipes launch telemetry logs into log service (sls). i set an alert for 'CHUTE_FAIL' lines but it never fires, even though i can see matching lines in the logstore when i query by hand. the alert status just says ok. what am i missing?"],
     [{}],
     [], "no_match"),
]

ZH_A = [
    # 0 kbw otherwise via un3: 吐鲁番葡萄干出口, ECS放质检报告和订单表, 两个股东意见不一; reply: 开会定了, 域名DNS解析到ECS, 给中亚和俄罗斯客户看货的网站, 海外地域不在中国内地
    (["吐鲁番做葡萄干出口的，我们上个月在阿里云买了一台ECS，暂时只放质检报告和订单表格。以后要不要挂个域名上去还没定，两个股东意见不一样。想问下这台ECS要不要做ICP备案？",
      "股东今天开会定了：公司域名通过DNS解析到这台ECS，做一个给中亚和俄罗斯客户看货、发询盘的网站。ECS下单的时候选的是海外地域，机器不在中国内地。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 1 un3 rule: 丹阳眼镜加工厂, ECS跑镜片订单和磨边机数据同步, 配件供应商的说法; reply: 磨边机和电脑直接填IP, 从来没有域名解析过去
    (["你好，丹阳开眼镜加工厂的。去年买了阿里云的ECS，上面跑镜片订单和磨边机的数据同步。听配件供应商说用了云服务器就一定要备案，真的假的？",
      "车间的磨边机和电脑都是直接填ECS的IP连上去的，从来没有哪个域名解析到这台服务器。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 2 fvv other: 东阳木雕家具, 定制子域名, 主域名外面网络公司弄的; reply: 主域名有备案号, 35互联办的, 跟阿里云没关系
    (["东阳做木雕家具的，想开个子域名 dingzhi.dymudiao.com 给客户下定制单。主域名是前几年找外面的网络公司弄的，备案这块我不太清楚。这个二级域名要另外备案吗？",
      "问了那家网络公司，主域名有ICP备案号，是在35互联办的，跟阿里云没关系。"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 3 fvv none: 中宁枸杞批发, 经销商报单二级域名, 主域名买了三年多一直没申请备案
    (["中宁枸杞批发，想弄个 pifa.znqiguo.cn 给各地经销商报单用。主域名买了三年多，一直没去申请备案，所以也没有ICP备案号。这种二级域名怎么处理，需要备案吗？"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 4 x3g rule: 富平柿饼小作坊, 公众号加社群接龙卖货, 阿里云只有一个域名, ECS压根没开通过, 朋友的说法
    (["富平做柿饼的小作坊，平时靠微信公众号和社群接龙卖货。阿里云那边除了一个域名什么都没买，云服务器ECS压根没开通过。朋友说注册了域名就得办阿里云ICP备案，我这种情况要办吗？"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 5 omc rule: 盱眙新注册的小龙虾调料公司, 主体跟ICP备案一点关系都没有; reply: 域名这周才注册, 名下从来没做过备案
    (["盱眙这边刚注册了一家做小龙虾调料的公司，营业执照上个月才下来，公司这个主体之前跟ICP备案一点关系都没有。准备上个官网，是不是要办首次备案？",
      "域名是这周才注册下来的，在它名下从来没有做过备案。"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 6 srs otherwise: 临安山核桃, 备案在天互数据, 阿里云只用短信服务发快递通知, 不迁也不加
    (["临安卖山核桃的，公司和网站的备案一直是在天互数据做的。阿里云这边只用了个短信服务发快递通知。备案我们不打算迁到阿里云，也不打算把阿里云加成新的接入商，就保持现在这样。这种情况还需要在阿里云办ICP备案吗？"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 7 b24 alibaba: 东海水晶饰品, 主体当年在阿里云备案, 新网站放哪老板没想好; reply: 老板中午付了钱, ECS开好了, 新网站跑在上面
    (["东海做水晶饰品的，公司主体当年就是在阿里云备的案。现在要做一个新域名的新网站卖水晶手串，网站放到哪里老板还没想好。要加网站备案吗？",
      "老板中午刷卡付了钱，阿里云的ECS已经开好了，新网站就跑在这台上。"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 8 fyg rule: 岫岩玉雕工作室, 备案号阿里云办的, 改名字、换网站联系人手机号
    (["岫岩做玉雕的工作室，网站的ICP备案号是阿里云给办的。最近工作室改了名字，网站联系人的手机号也换了，想把备案里的主体名称和网站联系人信息改过来，应该怎么弄？"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 9 no_match: 高邮咸鸭蛋厂, 文字识别OCR识别手写过磅单, 毛重皮重串栏
    (["高邮咸鸭蛋厂，收鸭蛋的过磅单是手写的，我们用阿里云的文字识别OCR来识别，结果“毛重”“皮重”老是对不上，数字串到别的栏里去了。有没有办法让它按表格来识别？"],
     [{}],
     [], "no_match"),
]

ZH_B = [
    # 0 kbw rule via un3: 涪陵榨菜厂, ECS记腌制池批次和温度, 厂长说过了旺季再说; reply: 厂长松口了, 域名在DNS里指向ECS, 在线下单的商城网站, 地域中国内地
    (["涪陵榨菜厂的，上周在阿里云买了一台ECS，眼下只是用来记腌制池的批次和温度。域名要不要接上去，厂长说等过了旺季再说。这台ECS现在需要备案吗？",
      "厂长昨天松口了：把我们的域名在DNS里指向这台ECS，上线一个能在线下单买榨菜的商城网站，ECS的地域选的是中国内地。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 un3 rule: 瓦房店轴承厂, ECS跑车间MES, 工位终端直连IP; 官网域名挂在建站公司服务器上, 从来没解析到这台ECS
    (["瓦房店轴承厂，买了一台阿里云ECS跑车间的MES系统，各个工位的终端都是直接连它的IP。公司官网的域名是挂在建站公司的服务器上的，从来没解析到这台ECS。这台ECS要备案吗？"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 2 fvv alibaba: 若羌红枣合作社, 选品二级域名, 主域名县里帮忙注册; reply: 王科长回微信, 在阿里云办的备案
    (["若羌红枣合作社，想用 xuanpin.rqhongzao.com 这个二级域名做个选品页，给电商客户挑货。主域名是县里帮忙注册的，备案的事我一直没经手，情况不了解。二级域名需要单独备案吗？",
      "王科长回微信了：主域名当初是在阿里云办的备案，有备案号。"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 3 x3g otherwise: 清徐老陈醋, 同行的说法, 账号是外包技术公司开的; reply: 订单记录截图, 去年十月买的ECS一直续费
    (["清徐做老陈醋的，听同行讲没买ECS就不用办阿里云ICP备案。我们的阿里云账号是外包的技术公司开的，里面有什么产品我也说不清。我们需要办吗？",
      "技术公司把订单记录截图发我了，账号下有一台ECS，去年十月买的，一直在续费。"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 4 omc otherwise: 民勤新注册的蜜瓜公司, 主体以前从没备过案, 域名从做农资的朋友手里买来, 他用它办过ICP备案
    (["民勤新注册了一家卖蜜瓜的公司，公司主体以前从没备过案。官网准备用的域名，是从一个做农资的朋友手里买过来的，他以前用这个域名办过ICP备案。现在上官网要走首次备案吗？"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # 5 srs transfer: 洛川苹果合作社, 备案从硅云转到阿里云, 硅云以后不用
    (["洛川苹果合作社的，公司和网站的备案原来是在硅云办的，现在服务器都挪到阿里云了。想把主体和域名的ICP备案从硅云转到阿里云，硅云那边以后就不用了。具体要怎么办？"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 6 b24 other: 安吉竹砧板竹餐具厂, 主体在快云科技备案, 新站放哪没谈好; reply: 老板下午定了, ECS付款开通, 新站搭在上面
    (["安吉做竹砧板、竹餐具的厂，公司主体之前在快云科技那边备过案。现在要另外开个新网站、用新域名卖竹家居，网站放在哪儿还没谈好。这种要办哪种备案？",
      "老板下午定了，阿里云的ECS已经付款开通，新站就搭在这台上面。"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 7 b24 otherwise: 庆阳香包刺绣, 主体在网宿科技备案, 新站用搜狐快站做也放在快站, 阿里云ECS没开过也不会用
    (["庆阳做香包刺绣的，公司主体在网宿科技备过案。最近想开个新域名的新网站卖端午香包，网站用搜狐快站做，也放在快站上。阿里云的ECS我们没开过，这个网站也不会用到。这样还用在阿里云加网站备案吗？"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 8 fyg otherwise: 盐池滩羊肉, 换办公地址和座机, 备案号哪家拿的不清楚; reply: 合伙人留下的邮件, 又拍云办的, 阿里云没参与
    (["盐池卖滩羊肉的，公司换了办公地址，座机号码也改了，想把网站备案里的这些信息更新一下。备案是以前的合伙人弄的，备案号是通过哪家拿的我不清楚。改信息要去哪里操作？",
      "翻到合伙人留下的邮件了，备案号是又拍云那边给办的，阿里云没参与过。"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # 9 no_match: 周至猕猴桃合作社, 智能语音交互识别关中话错一大半
    (["周至种猕猴桃的合作社，客服电话录音用阿里云智能语音交互转文字，可是果农讲的都是关中话，识别出来一大半是错的。能不能训练一下方言，或者加个自定义词表？"],
     [{}],
     [], "no_match"),
]




FILES = [("en_a", EN_A, 50050007), ("en_b", EN_B, 50050019),
         ("zh_a", ZH_A, 50050031), ("zh_b", ZH_B, 50050049)]


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
