#!/usr/bin/env python3
"""Build the icp_dlg54 blind dialogue set (fifty-fourth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg52_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # Turkish-English voice, scrap metal recycling yard in Zibo, everything in one long message, hearsay from the forklift dealer
    (["Hello, my name is Emre, I am working for a scrap metal recycling yard in Zibo (copper cable, aluminium cans, old radiators, we buy everything by the kilo). Last month our boss purchase two ECS on Alibaba Cloud, region is Zhangjiakou so it is inside mainland China. Our domain zibo-scrapyard.cn is already resolving to them with A record, and next week we open a website where customers can see daily price per kilo for copper and brass. The man who sells us forklifts says a price list is not a real website so no ICP needed. Is this true or we must do ICP filing?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # Vietnamese-English voice, office chair and standing desk maker in Jiangmen; the reply gives the Tokyo plan
    (["hi, we are small factory in Jiangmen make office chairs and standing desks, mostly export to Australia and NZ. yesterday I buy one ECS instance on Alibaba Cloud for our catalogue, nothing install yet. my question: when we buy ECS, must we do ICP filing for it? I am not sure yet how the customers will reach it, my IT friend still thinking",
      "ok the plan is decided now: our .com will get an A record pointing to this ECS, and the ECS is in the Tokyo region in Japan (customers are Asia Pacific). it will run the public catalogue site with a request-a-quote form"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # Polish-English voice, reverse osmosis equipment maker in Weihai, telemetry reached by IP only
    (["Good morning. We are manufacturer of reverse osmosis water treatment units, office in Weihai. We bought one ECS instance in Alibaba Cloud half year ago and the units in the field send their readings (pressure, TDS, flow) straight to its public IP address. Our company has a domain name too, however no DNS record of it leads to this ECS, it was never set up that way, the devices just use the numeric address. Our distributor in Chengdu thinks anything running on a Chinese cloud must be registered. Is filing required in our case?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # native chat voice, jigsaw puzzle workshop in Wuxi; generic "nope" reply
    (["heyy, we run a tiny jigsaw puzzle workshop in wuxi (custom photo puzzles mostly lol) and my sister set up an ecs on alibaba cloud for our order tracking spreadsheet thingy. does that ecs need icp filing?? kinda lost here",
      "nope, nothing's pointed at it, we bookmarked the raw IP on the shop laptop. no dns records whatsoever"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # Indonesian-English voice, bottled water delivery in Nanning, sub-domain for refill orders
    (["Hello team, our company deliver bottled water (the big 18.9 L buckets) around Nanning. We want make a second-level domain refill.nanningspring.cn so customers can order refill from phone. Is ICP filing needed for this second-level domain name?",
      "About nanningspring.cn: it was filed through Alibaba Cloud in 2021, our marketing girl did the application"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # Nigerian-English voice, signage firm in Changzhou, parent domain filed via 35.com
    (["Good day sir/madam. We are a signage firm in Changzhou, we do lightboxes, acrylic letters and pylon signs for malls. Our main domain got its ICP number some years back through 35.com (35互联), the filing was never with Alibaba. Now we want to launch quote.changzhousigns.com as a sub-domain and host it on Alibaba Cloud. Kindly advise what is required for this second-level domain, my manager is on my neck about it."],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # Filipino-English voice, stationery wholesaler in Xuzhou; parent domain never filed
    (["Hi po! I handle the IT side of a stationery wholesaler in Xuzhou, we sell ballpens, folders, sticky notes to schools and offices. Boss wants a separate portal on a sub-domain like order.ourstationery.cn for the resellers. Do second-level domain names need ICP filing? Sorry if this is basic, first time I handle China stuff",
      "Regarding the main one ourstationery.cn, we never applied ICP for it, boss bought it in 2019 and it just sat there parked"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # Greek-English voice, handmade wooden furniture workshop in Guilin, site on Jimdo, no ECS
    (["Hello from Guilin! My wife and I have a small workshop for handmade wooden furniture (tables from camphor wood, stools, some shelves). We registered our domain at Alibaba Cloud but the shop page itself is built on Jimdo, hosted abroad. We have not bought any ECS and we don't plan to, the Jimdo plan is enough for us. My neighbour insists we still need the Alibaba Cloud ICP filing because the domain is from Alibaba. Is that correct?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # native chat voice, e-waste collection in Wuhu; correction after checking billing
    (["quick q — is an alibaba cloud ICP filing needed if you don't purchase any ECS? our setup at the e-waste collection place in wuhu is a bit of a mess and i'm trying to sort it",
      "ok so i dug through the expense reports and apparently my colleague signed up for one ECS in march, it runs our pickup booking tool"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # Thai-English voice, new wooden building block brand in Jinhua, brand-new company and domain
    (["Sawasdee ka. I open a new company in Jinhua making wooden building blocks for kids, business licence only arrived in May, so ICP filing is something our company has never done. Also the domain, I bought it last week, nobody filed it before me (I searched the MIIT record, nothing). We want the site online before the autumn toy fair. When is the initial ICP filing required, and is it our case?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # Egyptian-English voice, water filter cartridge factory in Xiangyang; company filed earlier
    (["Hello, we bought a new domain for our water filter cartridge brand, this domain had never any ICP filing. Please, under what conditions the initial ICP filing is required? We are factory in Xiangyang and my English is not so good sorry",
      "About the company itself: we already made ICP filing for the company in 2020, for our first site (a different domain)"],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # Brazilian-Portuguese voice, rattan outdoor furniture exporter in Beihai, adding Alibaba Cloud
    (["Olá! We export rattan outdoor furniture from Beihai (sofas, hanging chairs, loungers). Our site is filed with 硅云 (Vpsor) and we want to keep it there, but we are moving the online shop part to Alibaba Cloud, so we need to add Alibaba Cloud as a second ICP filing provider of the website. Is an ICP Filing required for this?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # Russian-English voice, paper recycling mill in Mianyang; nothing moves
    (["Hello. I work at paper recycling mill in Mianyang, we take old cardboard and newspaper and make new kraft paper. We already have a website. Under what conditions is an ICP Filing required with Alibaba Cloud? Director asked me to check before he signs the new annual contract.",
      "Nothing will move. Filing stays with 恒创科技 and we don't want to add Alibaba Cloud either, from Alibaba we only use the mailbox service"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # Malaysian-English voice, RC model kit shop in Shantou; new site on a new ECS
    (["Hi hi, our company ICP filing was done long ago through 主机屋 for our main RC car site, all approved already. Now we want to start a second brand for plastic model kits (tanks, ships) with its own new domain. Need to add website ICP filing or not ah? We are in Shantou.",
      "We are buying 1 ECS on Alibaba Cloud this week, and the new model kit domain will be hosted on that ECS lor"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # Korean-English voice, exhibition stand builder in Luoyang; subject filed with Alibaba Cloud
    (["Hello, I am Park from exhibition stand builder company in Luoyang. Our company filing was completed with Alibaba Cloud two years ago for main homepage. Now we start new brand for portable trade show displays, with new domain name, and we just purchased ECS instance where this new website will be hosted. Do we need to add website ICP filing for this, or the old filing covers it?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # Italian-English voice, fountain pen nib workshop in Linyi; new shop on Shopline, no ECS
    (["Buongiorno! We are a small fountain pen workshop in Linyi, we grind nibs by hand. The company was filed with 小鸟云 some years ago for our first site. Now we open a new shop with a new domain, but it goes on Shopline, we did not buy any ECS and the new site will not sit on any ECS. Must we add a website ICP filing in Alibaba Cloud anyway?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # Bangladeshi-English voice, used cooking oil collection in Luzhou; company moved
    (["Dear support, our company collects used cooking oil from restaurants in Luzhou. Our website has its ICP filing number from Alibaba Cloud (shown in the footer). We moved the office to a new industrial park last month, so we need to modify the address of the company in the filing. When does the ICP filing need to be changed?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # Dutch-English voice, mannequin and shop fitting maker in Jining; generic "nope" reply
    (["Hi there, the contact person on our ICP filing left the company, so we have to update the filing with the new manager's name and mobile. We make mannequins and shop fittings in Jining. Under what conditions must the filing be changed?",
      "nope, the number wasn't issued through Alibaba Cloud, it came with our old hosting plan"],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # native voice, Log Service query timezone; no_match
    (["hey, in Log Service my query for yesterday's 9am to 10am window returns nothing, but the logstore clearly has data. is the time picker in UTC or Beijing time? I'm so confused"],
     [{}], [], "no_match"),
    # non-native voice, Function Compute cold start; no_match
    (["Hello, our Python function on Function Compute takes 4 to 6 seconds on the first call after some idle minutes, then it is fast. We tried to make the package smaller but still slow. Is there a setting for provisioned concurrency or something to keep it warm?"],
     [{}], [], "no_match"),
]

EN_B = [
    # native chat voice, glass recycling in Tai'an; reply gives the Hohhot site
    (["got an ECS for our glass recycling co in taian. does ECS need icp filing, or only websites do?",
      "we'll have recycletaian.cn with an A record to the ECS, region is Hohhot so mainland, and it serves our public site w/ the bottle pickup schedule"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # Ukrainian-English voice, water purifier rental; generic "no" reply about the Seoul box
    (["Hello, we rent water purifiers to offices, and we want to launch a web shop where clients can pick the model and monthly plan. Is an ICP Filing required for our domain name? Sorry for my english",
      "no, the server is a Vultr box in Seoul, nothing in mainland China"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # Pakistani-English voice, acrylic display stands in Dongguan; reached by IP only
    (["Assalam o alaikum. We manufacture acrylic display stands for shops in Dongguan. Our accountant has purchased one ECS instance from Alibaba Cloud for the inventory system. Kindly tell, is ICP filing required for this ECS? We are not sure how domain names come into it.",
      "Nothing points to it from any domain. Staff reach it by the public IP only, there is no A record"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # native voice, planner and notebook brand in Hefei; parent filed with Alibaba Cloud
    (["so we sell planners and dot-grid notebooks out of hefei and i want to spin up shop.hefeiplanners.com as a second-level domain. the parent hefeiplanners.com already has its ICP filing done through alibaba cloud, number's in the footer. do i need another filing for the subdomain or am i good?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # Hungarian-English voice, wooden toy train maker in Bengbu; parent filed via eName
    (["Hello, I am Bence, we make wooden toy trains and tracks in Bengbu. We want to put a second-level domain name trains.ourtoys.cn on Alibaba Cloud for the new catalogue. Is ICP filing needed for second-level domain names? Thank you in advance",
      "The main domain has ICP number, but it was done with 易名中国 hosting, not Alibaba"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # Nepali-English voice, water quality test kit seller in Zunyi; parent never filed
    (["Namaste. We sell water quality test kits (pH, chlorine, hardness) from Zunyi. We want help.zunyikits.com for user guides. Is ICP Filing required for second level domain like this one?",
      "Main domain have zero ICP number, never done any filing"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # native British voice, cardboard baling in Anqing; generic "nope" reply
    (["Hiya, I sort out the computers for a cardboard baling outfit in Anqing. We've got a domain with Alibaba and a couple of mailboxes, plus whatever the last IT guy set up. Is an Alibaba Cloud ICP filing required if you don't buy ECS instances? The gaffer wants a straight answer",
      "nope, not a single one, never bought any"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # Japanese-English voice, neon sign workshop in Xianyang; three ECS bought
    (["Hello, I am Sato. We have neon sign workshop in Xianyang. We purchased three ECS instances in Alibaba Cloud last autumn for our design files and quotations. I read that Alibaba Cloud ICP filing is not required when we do not buy ECS, but in our case we did buy. So what is the situation for us?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # Finnish-English voice, bamboo furniture startup in Ganzhou; two generic "no" replies
    (["Hei! We are a small team making bamboo furniture in Ganzhou and we have a few questions. Under what conditions is the initial ICP Filing required? I want to understand before we sign anything",
      "no, never, nothing like that was ever filed",
      "no, that one neither, we are totally new in this"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # native American voice, rubber stamp maker in Jiaozuo; company filed, new domain not
    (["hey there, we make custom rubber stamps and company seals in jiaozuo. our company already did an ICP filing back in 2018 for the main site, that's all approved. we just grabbed a new domain for a self-inking stamp line and that one's never been filed. do we need the initial ICP filing for it?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # Indian-English voice, battery recycling in Xinxiang; transfer from 亿速云
    (["Hello sir, we are doing lead-acid battery recycling in Xinxiang. Our company and domain are filed with 亿速云 currently, but we are moving everything to Alibaba Cloud, so we want to transfer the ICP filing of the subject and the domain from 亿速云 to Alibaba Cloud. Kindly confirm whether an ICP filing is required and what is the process."],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # Swedish-English voice, custom bookshelf maker in Yueyang; staying put
    (["Hi! We build custom bookshelves in Yueyang. We already have a website. Under what conditions is an ICP filing needed with Alibaba Cloud? Just want to be sure",
      "Staying put: the filing remains with 特网科技 and we are not adding Alibaba Cloud as a provider. We only bought a domain from you guys"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # Kenyan-English voice, puzzle cube maker in Changde; filed with 浪潮云, new site on a new ECS
    (["Hello, greetings from Changde. We make speed cubes and puzzle toys. Our company is already filed with 浪潮云 for the old website. Now we are purchasing ECS instances on Alibaba Cloud and we want a new website domain for the cube brand hosted there. Do we need to add a website ICP filing?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # Chilean-Spanish voice, water dispenser maker in Zhuhai; reply gives the Alibaba filing
    (["Buenas! We make water dispensers in Zhuhai. We just bought an ECS and our new website with a new domain will be hosted on that ECS. Do we need add website ICP filing?",
      "Ah, the company itself: filed through Alibaba Cloud back in 2022 when we launched the first dispenser site"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # Persian-speaker voice, scrap tyre recycling in Ordos; all facts in one turn
    (["Salam, we are a scrap tyre recycling plant in Ordos (we make rubber crumb for playgrounds). The company ICP filing is with Alibaba Cloud since 2021. Now we bought one more ECS and a new domain, and the new website for rubber crumb will be hosted on this ECS. Need we add a website ICP filing?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # native casual voice, LED display board company in Xiangtan; new site on Carrd
    (["our LED scrolling sign company in xiangtan got its company filing done through alibaba cloud. when would we need to add a website filing?",
      "the new site isn't going on an ECS at all, it's a one-pager on Carrd"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # Spanish (Spain) voice, desk organiser maker in Nanchong; two short turns
    (["Hola! We make desk organisers and pen holders in Nanchong, and our site got its ICP number via Alibaba Cloud. In which cases do we have to change the filing?",
      "Last month we changed legal representative and the company phone, so we must update those"],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # Portuguese (Portugal) voice, reclaimed timber furniture in Jiamusi; number not from Alibaba Cloud
    (["Olá, we make furniture from reclaimed timber in Jiamusi. We want to modify the website name and the person in charge in our ICP filing. But our ICP number was obtained through 首都在线, not Alibaba Cloud. Do we change it on the Alibaba Cloud platform?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # native voice, PolarDB parameter template; no_match
    (["after switching our PolarDB for MySQL cluster to a new parameter template, long queries started timing out at 30s. where do i find which parameter changed and can i roll back the template?"],
     [{}], [], "no_match"),
    # non-native voice, CloudMonitor alarm SMS; no_match
    (["Hello, I added my colleague to the alarm contact group in CloudMonitor, but he never get the SMS when CPU alarm triggers, only I get it. His phone number is verified. What we miss?"],
     [{}], [], "no_match"),
]

ZH_A = [
    # 丹阳 眼镜架 (eyeglass frames); reply gives the Kuala Lumpur plan
    (["hello，我们是丹阳做眼镜架的小厂，昨天刚买了一台阿里云ECS，这种情况要不要做ICP备案呀？",
      "域名打算加A记录解析到这台ECS，机房选的马来西亚吉隆坡，上面跑给海外客户看款式的官网"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 分水 圆珠笔 (ballpoint pens); hearsay from the courier, reply: reached by IP only
    (["我们在桐庐分水镇做圆珠笔，老板让我买了台ECS放订单数据。听快递小哥说买了服务器就得备案，真的假的？",
      "域名一个都没解析到这台ECS上，平时只用公网IP登录"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 平乡 童车 (kids' bikes); parent domain filed via 爱名网
    (["平乡做童车的，想给经销商开个二级域名 dealer.pingxiangbike.cn，二级域名也需要ICP备案吗",
      "主域名有备案号，当时在爱名网办的，跟阿里云无关"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 云和 木制玩具 (wooden toys); parent domain never filed
    (["你好，我们是浙江云和做木制玩具的（积木、学步拖拉车那种），准备在阿里云上开 shop.yunhetoys.cn 这个二级域名卖货。主域名 yunhetoys.cn 到现在都没有ICP备案号，从来没申请过。这种二级域名要不要备案？"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 东阳 木雕 (wood carving); page on 微盟, no ECS, hearsay from the neighbouring factory
    (["东阳木雕工作室，域名在阿里云买的，展示页面放在微盟上，我们没买也不打算买任何ECS。隔壁厂老板说阿里云备案还是得做，是这样吗？"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 安吉 竹椅 (bamboo chairs); new company, then the new domain
    (["安吉做竹椅的新公司，公司主体从来没做过备案，请问什么情况下需要首次备案？",
      "域名也是上个月新注册的，之前谁都没拿它备过案，工信部那边也查不到记录"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 南康 实木家具 (solid wood furniture); filing stays with 世纪互联
    (["南康做实木家具的，我们的备案一直在世纪互联，这次不转到阿里云，也不打算把阿里云加成新的接入商，只是在阿里云开了企业邮箱。这种情况还要办什么备案吗？"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 宁海 文具 (stationery); subject filed with Alibaba Cloud, reply: new ECS
    (["宁海做文具的，公司主体之前在阿里云备过案了，现在想加个新网站要怎么弄",
      "新网站用新域名，刚下单买了一台ECS，新站就放在这台ECS上面跑"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 武义 保温杯 (vacuum flasks); Alibaba Cloud number, change the person in charge
    (["武义做保温杯的，网站备案号是在阿里云拿的，首页最下面就有。现在网站负责人换人了，要把负责人的姓名和手机号改掉，备案怎么变更？"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # no_match: automatic snapshot policy retention
    (["云盘的自动快照策略设的保留7天，为什么控制台里还能看到两周前的快照？"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 古镇 灯饰 (lighting); reply gives the Ulanqab region and a public site
    (["中山古镇做灯饰的，上周在阿里云下单了两台ECS，买了ECS是不是一定要备案？",
      "我们的域名已经加了A记录指到ECS，地域选的华北6乌兰察布，上面要跑对外开放的公司官网和灯具选型页面"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 盱眙 小龙虾 (crayfish cold chain); no domain resolves to the ECS
    (["盱眙做小龙虾冷链配送的，买了台ECS专门跑库存和司机排班，没有任何域名解析到这台ECS，这样也要做备案吗？"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 中宁 枸杞 (goji berries); parent filed with Alibaba Cloud
    (["宁夏中宁卖枸杞的，想开个二级域名 m.zhongninggouqi.com 给手机端用，需要单独备案吗",
      "主域名zhongninggouqi.com是前年通过阿里云备的案，那时候还是我表哥帮忙弄的"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 新会 陈皮 (dried tangerine peel); reply: the boss did buy an ECS
    (["新会做陈皮的，阿里云备案跟买不买ECS有关系吗？我们这边的情况有点乱",
      "刚问了老板，去年年底他买过一台ECS"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 吐鲁番 葡萄干 (raisins); new company never filed, domain filed in the old shop's time
    (["吐鲁番卖葡萄干的，新公司还没做过任何备案；不过域名是以前个体店在用的，那时候已经备过案了。还需要首次备案吗？"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # 昌乐 蓝宝石 (sapphires); transfer from 光环新网
    (["山东昌乐做蓝宝石加工的，公司和域名现在备案在光环新网，服务器要搬到阿里云，想把主体和域名的备案一起转到阿里云，需要重新备案吗？"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 镇湖 苏绣 (Suzhou embroidery); subject filed with 华云数据, reply: new ECS
    (["苏州镇湖做苏绣的，公司主体之前在华云数据备过案，现在要加一个新网站",
      "这次在阿里云买ECS，新网站用新域名，就部署在这台ECS上"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 杨柳青 年画 (woodblock New Year prints); filed with 息壤, new site on 上线了, no ECS
    (["天津杨柳青做年画的，主体是在息壤备的案。新开一个网站用新域名，但放在上线了（sxl.cn）上，没买ECS，以后也不放ECS，要加网站备案吗？"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 瑞丽 翡翠 (jade livestream shop); reply: number not from Alibaba Cloud
    (["瑞丽做翡翠直播的，想改一下备案里的公司地址，怎么操作",
      "备案号是在以前的IDC那边拿的，不在阿里云"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # no_match: voucher not applicable at renewal
    (["续费的时候代金券一直用不上，提示不满足使用条件，可是券还没过期，金额也够，是哪里设置不对？"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 54054007), ("en_b", EN_B, 54054019),
         ("zh_a", ZH_A, 54054031), ("zh_b", ZH_B, 54054049)]


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
