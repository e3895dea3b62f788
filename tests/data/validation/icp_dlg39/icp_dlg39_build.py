#!/usr/bin/env python3
"""Build the icp_dlg39 blind dialogue set (thirty-ninth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg38_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # 0 kbw rule, one turn (Georgian qvevri wine importer, Baoding)
    (["Gamarjoba! I am from Tbilisi, now living in Baoding and I import qvevri wine from Kakheti, mostly the amber wines. Last month we buy two ECS instances on Alibaba Cloud, region is China (Hohhot) - this is mainland China, I checked on map haha. Our domain qvevri-bd.com is alredy resolved by DNS to both servers and there we open online wine shop with age check and order form for restaurants. So for this domain we must do the ICP filing or no"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # 1 un3 -> kbw otherwise (Lithuanian youth basketball camp, Baotou)
    (["Labas. We are small basketball camp for kids in Baotou, all coaches from Kaunas. We bought one ECS on Alibaba Cloud for the camp registration system. Do we need ICP filing because of this? My partner Rasa was still thinking if we put our domain on it or not, so about domain I cannot tell you yet",
      "After long meeting with Rasa we decided finally: krepsinis-bt.com gets A record to this ECS, but the ECS sits in US (Silicon Valley) region, so not in China, and on it will run the registration website for the parents"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "no", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", None)),
    # 2 un3 rule, one turn (Slovenian beekeeper, hive scales, Tianshui)
    (["Dober dan, I'm a beekeeper from Slovenia, moved to Tianshui with my wife and we keep around 200 Carniolan hives up in the hills. We purchased an Alibaba Cloud ECS instance that collects data from the hive scales - every scale has its own SIM card and pushes weight and temperature over MQTT straight to the instance's public IP. No domain name is pointed at that instance and none ever will be, the scales don't need one. Is an ICP filing needed for a setup like this"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 3 un3 rule, generic no (Nepali manager of a Tibetan carpet workshop, Lhasa)
    (["namaste, i manage a carpet workshop in lhasa, we weave tibetan wool rugs on hand looms. my nephew convinced me to buy an alibaba ecs last week, it runs the design software where the weavers pick knot patterns on tablets. is icp needed for that? someone at the market told me every server in china must have icp",
      "no, the tablets just connect with the plain ip address, there's no name resolving to that server"],
     [{"purchased_ecs": "yes"}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # 4 fvv alibaba, two turns (Croatian lavender oil distiller, Yining)
    (["Bok! I run a small lavender oil distillery near Yining, on the Huocheng side where the purple fields are. Main website is lavanda-yn.com and now I want shop.lavanda-yn.com for selling oil bottles and sachets. Must this subdomain get its own ICP filing? The main domain was done by my brother Ivan, I never followed what he did with it",
      "Just phoned Ivan: the main domain's ICP number came through Alibaba Cloud's filing, he submitted everything in your console back in 2023"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 5 fvv other, one turn (Bulgarian rose oil family, Pingyin near Jinan)
    (["Zdravei. We are Bulgarian family from Kazanlak, the rose valley, and now we work with rose farmers in Pingyin near Jinan making rose oil and rose water. Our main domain rozi-py.com has an ICP number, but that filing was made with 移动云 (China Mobile Cloud), never with Alibaba. Now we want wholesale.rozi-py.com for the buyers. For this second level domain we need a new filing at Alibaba Cloud?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 6 fvv none, two turns (Armenian duduk teacher, Baoji)
    (["Barev dzez, I teach duduk (the Armenian apricot wood flute) online from Baoji, students in China and abroad. I plan lessons.dudukhouse.cn as a second level domain for the video lessons. Is filing required for such a subdomain, how it works",
      "That main domain I registered two years ago and left it like this, it has no ICP number at all"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 7 x3g rule, one turn (Tunisian date importer, Yinchuan)
    (["Aslema, I import deglet nour dates from Tozeur in Tunisia and sell them in Yinchuan and online. Shopify hosts the shop itself, Alibaba Cloud I use only for registering the domain. I did not buy any ECS instance from Alibaba Cloud and I am not going to. In this situation is an Alibaba Cloud ICP filing neccessary"],
     [{"purchased_ecs": "no"}],
     ["x3g"], ("x3g", "x3g")),
    # 8 x3g otherwise, correction in the reply (Senegalese restaurant, Quanzhou)
    (["salaam, we run a small senegalese restaurant in quanzhou, thieboudienne and yassa chicken, and we registered a domain on alibaba cloud for it. my cousin says if you have no ecs with alibaba cloud you dont need their icp filing at all. is he right about that",
      "hmm i wanted to say we have none but my accountant just sent me the invoices, there is one ECS we bought in june for the till system"],
     [{}, {"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 9 omc rule, one turn (Uruguayan candombe drum workshop, Guilin)
    (["Hola! I'm from Montevideo and in Guilin I opened a workshop making candombe drums and giving drumming classes. The company was registered here only last month and I bought the domain tamboril-gl.cn a few days ago. Neither the company nor this domain was ever filed for ICP, we start from zero. Before we go online, is this the initial filing case"],
     [{"subject_filed": "no", "domain_filed": "no"}],
     ["omc"], ("omc", "omc")),
    # 10 omc otherwise, two turns (lowercase Kenyan-run altitude running camp, Xining)
    (["hey so i coach at a high altitude running camp in xining, lots of kenyan and chinese athletes train with us. we just grabbed a new domain for camp bookings and that one has never been through any icp filing. do we have to do the initial filing thing before launch",
      "the camp company itself alredy went through icp filing in 2021 when we did our first site"],
     [{"domain_filed": "no"}, {"subject_filed": "yes"}],
     ["omc"], ("omc", None)),
    # 11 srs rule add, one turn (Peruvian pisco bar, Zhuhai)
    (["Hola, we have a pisco sour bar in Zhuhai, I am from Lima. The ICP filing of our website is with 联通云 (China Unicom Cloud) and we will stay with them, but we also want to add Alibaba Cloud as one more ICP filing provider for the site, because part of it moves to you. What is needed for that"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # 12 srs otherwise, two turns (Ethiopian coffee roaster, Pu'er)
    (["Selam. I roast coffee in Pu'er, Yunnan beans and Ethiopian Yirgacheffe together, small brand. Our filing, subject and domain, is with 七牛云 (Qiniu). My business partner asks if now we must transfer this filing to Alibaba Cloud or add Alibaba Cloud as a second filing provider, because we started paying Alibaba Cloud for some things",
      "We talked and nothing moves: the filing stays only at 七牛云, no transfer and no extra provider. From Alibaba Cloud we use just the machine translation API for our Amharic labels"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 13 b24 other, two turns (Polish-Chinese frozen pierogi factory, Dandong)
    (["Dzień dobry, we are a Polish-Chinese couple with a frozen pierogi factory in Dandong. Our company was ICP filed years ago through 世纪互联 (21Vianet) for the factory website. Now we want a second site with a new domain just for home delivery of pierogi. Do we need a website ICP filing for it? Where we host it is still open, my husband compares prices",
      "Update from my husband: he bought an ECS on Alibaba Cloud this morning and the new delivery domain will run on it"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 14 b24 alibaba, one turn (Swedish bakery, Wuxi)
    (["Hej! Swedish bakery in Wuxi here, kanelbullar and semlor. Our company is filed with Alibaba Cloud since 2022 (that was for the bakery site). Now we registered a new domain for office fika catering, and I just bought one more ECS instance for it, the catering site will be hosted there. Do I need to add a website ICP filing for this new one"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise, one turn (Haitian naive-art gallery, Shantou)
    (["Bonjou. I'm a Haitian painter with a small gallery of Haitian naive art in Shantou. The gallery company was filed for ICP through 光环新网 (Sinnet). Now we make a new site with a new domain for online exhibitions and it will be hosted on Netlify. We have no ECS at Alibaba Cloud and no plan to buy one. Do we need to add a website filing"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "no", "purchased_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 16 fyg rule, one turn (lowercase office manager, physio clinic, Luoyang)
    (["hi, office manager at a physio and sports massage clinic in luoyang. our website has an icp number we recieved through alibaba cloud. we moved into a new building so the registered address of the clinic is different now, plus the contact email for the site changed. what do i need to do with the filing"],
     [{"has_alibaba_icp_number": "yes", "modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, generic no (Bangladeshi jute goods shop, Haikou)
    (["Assalamu alaikum. We sell jute bags and jute rugs from Bangladesh in Haikou. We need to change the website name on our filing and also the person responsible, because my brother went back to Dhaka. How do I change the ICP filing",
      "no, this number we got long time ago from 首都在线 (Capital Online), nothing with Alibaba"],
     [{"modify_info": "yes"}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # 18 no_match (RocketMQ consumer lag)
    (["our rocketmq consumer group keeps piling up messages since we restarted the consumers yesterday, lag is at 2 million now and the rebalance never seems to finish. how do i reset the consumer offset to latest"],
     [{}], [], "no_match"),
    # 19 no_match (Wuying cloud desktop USB redirection)
    (["Using a Wuying cloud desktop from my laptop and the USB barcode scanner is not redirected into the session, also the keyboard layout flips back to US every time I reconnect. Is there a setting for that"],
     [{}], [], "no_match"),
]

EN_B = [
    # 0 un3 -> kbw rule, two turns (Filipino lechon catering, Nanning)
    (["kumusta! we do lechon and filipino party trays in nanning, small catering biz. i already bought an ecs on alibaba cloud, do we need icp for that? we havent decided if the domain will point to it, my sister handles that part",
      "sat down with my sister tonight and it's settled: lechon-nn.com will resolve to that ecs, it's in the china (guangzhou) region so mainland, and it will be our online ordering site for party trays"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 kbw otherwise, generic no (lowercase bollywood dance studio, Changsha)
    (["hiii we run a bollywood and bhangra dance studio in changsha, just bought a domain and we're putting up a website with class timings, online signup and payment. do we need icp for this domain or nah",
      "nope, the site runs on a vps we rent in lisbon, nowhere near mainland china"],
     [{"web_service": "yes"}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # 2 un3 rule, two turns (Chilean astronomer, Delingha)
    (["Hola, I'm a Chilean postdoc working with an observatory group near Delingha in Qinghai. We purchased an Alibaba Cloud ECS instance to run our data reduction pipeline for the telescope images. Is ICP filing required for this",
      "The pipeline talks to it by the elastic IP only, we never created any DNS record pointing at that instance"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 3 fvv alibaba, one turn (Nigerian suya spice maker, Jiangmen)
    (["hello from jiangmen! i'm nigerian, i make and sell suya spice (yaji) here. the main domain yaji-jm.com got its icp number through alibaba cloud last year. now i want recipes.yaji-jm.com for cooking videos, does that subdomain need a seperate filing"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 4 fvv other, two turns (Moroccan argan oil seller, Weihai)
    (["Salam, I sell argan oil and amlou from Morocco, based in Weihai. I want to use beauty.arganweihai.com as a second-level domain for the cosmetics line. What about ICP for it? I am not the one who did the main domain stuff, I need to check",
      "Checked with our accountant: arganweihai.com has an ICP number, but it was filed through 又拍云 (Upyun), not Alibaba Cloud"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 5 fvv none, two turns (lowercase skate shop, Luzhou)
    (["yo, we have a skate shop in luzhou and i wanna put trick tutorials on clips.luzhouskate.cn. do subdomains need their own icp or what",
      "main domain has zero icp history, we've only been using it for our email addresses"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 6 x3g rule, generic no (Colombian emerald cutter, Donghai near Lianyungang)
    (["Buenas. I'm Colombian, I cut and sell Muzo emeralds, working from Donghai near Lianyungang where the big crystal market is. A supplier told me every business selling online in China needs the Alibaba Cloud ICP filing. Is that true for me",
      "nope, never bought any ECS, my shop runs on Big Cartel and that's it"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # 7 x3g otherwise, one turn (Hungarian paprika importer, Zibo)
    (["Jó napot! Hungarian paprika importer in Zibo here. My accountant says that without an ECS instance there is no need for the Alibaba Cloud ICP filing. But we already bought one ECS two weeks ago for our order system. So what applies to us"],
     [{"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 8 omc rule, three turns, generic no twice (lowercase indie game devs, Yibin)
    (["hey, indie game dev here, two of us in yibin making a pixel art tea farming sim and we want a landing page for it. this is all new to me, when exactly do you need the initial icp filling",
      "nope, we've never filed a thing, neither of us has done this before",
      "no, same story for that one, nobody ever submitted anything for it"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # 9 omc otherwise, one turn (Spanish restaurant, Rizhao)
    (["Hola! Spanish restaurant in Rizhao, paella and tapas by the sea. Our company already has an ICP filing since 2019 for the restaurant site. Now we bought a new domain for the catering service and this domain has never been filed. Is this the initial ICP filing situation"],
     [{"subject_filed": "yes", "domain_filed": "no"}],
     ["omc"], ("omc", None)),
    # 10 srs rule transfer, one turn (lowercase online chess coach, Anshan)
    (["hi, i do online chess coaching from anshan, kids mostly. my site's filing (the subject and the domain) is with 时代互联 right now and i want to move the whole filing over to alibaba cloud since i'm moving hosting to you anyway. what do i need to do"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 11 srs otherwise, two turns (Mauritian rum importer, Beihai)
    (["Bonzour, I import Mauritian rum and sell it in Beihai. Our ICP filing is with 群英网络. A friend said when you use any Alibaba Cloud service you must transfer the filing to Alibaba Cloud or at least add Alibaba as another filing provider. Is this correct",
      "For us the filing remains only at 群英网络, we will not move it and not add Alibaba; from Alibaba Cloud we only use the OCR API to read customs invoices"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 12 b24 other, one turn (Serbian rakija importer, Dalian)
    (["Zdravo! Serbian here, importing rakija (plum and quince brandy) to Dalian. Our company was ICP filed through 特网科技 for the old site. Today I bought an ECS on Alibaba Cloud and I want to put a new website with a new domain, rakija-dl.com, on it. Do I need a website ICP filing at Alibaba Cloud for this"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 13 b24 alibaba, two turns (lowercase surf school, Wanning)
    (["hey! we run a surf school at riyue bay in wanning, hainan. just bought a second ecs for a new site with a new domain for board rentals, it'll be hosted on that ecs. do we need to add a website filing? no clue where our company filing was originally done, the old manager did it",
      "dug through the old emails, the company filing was done on alibaba cloud back in 2020"],
     [{"new_website_on_ecs": "yes", "purchased_ecs": "yes"}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 14 b24 alibaba, one turn (Italian gelato machine distributor, Jiaxing)
    (["Buongiorno. We distribute Italian gelato machines from Jiaxing. The company is already filed with Alibaba Cloud (for our main site). Next month we launch a gelato academy site with a brand new domain and we just purchased another ECS instance to host it. Do we need to add a website ICP filing"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise, two turns, correction (Portuguese azulejo tile maker, Foshan)
    (["Olá, Portuguese guy here in Foshan, we make hand-painted azulejo tiles and ship them to hotels. Our company's ICP filing was done with Alibaba Cloud. We registered a new domain for a tile showroom site; do we have to add a website filing? Hosting is not decided yet",
      "Scratch the ECS idea my colleague had, the showroom will be a static site on Vercel, not on any ECS"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 16 fyg rule, two turns (lowercase tattoo studio, Xiangyang)
    (["hi, tattoo studio in xiangyang. our website got its icp number through alibaba cloud a while ago. a friend said filings sometimes need updating, how does that work",
      "we moved across town so the studio's adress on the filing is outdated, and the new manager replaces me as the website contact"],
     [{"has_alibaba_icp_number": "yes"}, {"modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, one turn (Cuban cigar lounge, Sanya)
    (["Qué bolá. I have a cigar lounge in Sanya, Cuban cigars. We want to change the name of the website and the phone of the person in charge of the subject in our filing. Our ICP number was not done at Alibaba Cloud, it came from 硅云 (Guiyun), and at Alibaba we have no ICP number. Where do I make these changes"],
     [{"has_alibaba_icp_number": "no", "modify_info": "yes"}],
     ["fyg"], ("fyg", None)),
    # 18 no_match (Cloud Firewall rule never hit)
    (["Cloud Firewall internet border: I created a deny rule for port 3389 from any source but the hit count stays at zero and the RDP scans still show up in the traffic log. Is my rule order wrong"],
     [{}], [], "no_match"),
    # 19 no_match (Tablestore OTSServerBusy)
    (["tablestore keeps throwing OTSServerBusy on batch writes at night, about 3k rows/s and the table has a single partition key. should i add a hash prefix to the partition key or raise the reserved throughput"],
     [{}], [], "no_match"),
]

ZH_A = [
    # 0 un3 -> kbw otherwise (漳州芒果干外贸，泰国（曼谷）)
    (["你好，我们是漳州做芒果干、菠萝干外贸的小厂，前几天在阿里云买了一台ECS。想问下这个要不要做ICP备案？域名要不要接到这台机器上，老板还没拍板",
      "昨天开会拍板了：域名做A记录解析到这台ECS，不过机器开在泰国（曼谷）地域，上面放一个给泰国采购商看产品、下询盘的网站"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "no", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", None)),
    # 1 un3 rule, two turns (昆山大闸蟹养殖塘溶氧监测)
    (["我们在昆山巴城养大闸蟹，塘里装了溶氧和水温传感器，上个月买了一台阿里云ECS收数据。这种情况需要办ICP备案吗",
      "传感器网关都是直接往ECS的公网IP上报数据，压根没有哪个域名解析到这台机器上"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 2 fvv other, two turns (徐州地锅鸡连锁加盟子域名)
    (["徐州地锅鸡连锁，准备给加盟招商单独弄个二级域名 jm.dgjxz.com，这个子域名还得单独备案吗？主域名啥情况我得问下之前的网管",
      "问过了，主域名有备案号，当初是在华夏名网办的，跟阿里云没关系"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 3 fvv none, one turn (菏泽牡丹苗木批发)
    (["菏泽这边卖牡丹苗和芍药的，想给批发价目开个子域名 pifa.hzmudan.cn。主域名前年买的，一直搁着没备案，也没有备案号，这个二级域名是不是得先备案才能用"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 4 x3g rule, one turn (莆田桂圆干，淘宝店 + 凡科建站)
    (["莆田做桂圆干、荔枝干的，店开在淘宝上，官网是凡科建站搭的。阿里云的ECS我们一台都没买过，往后也用不上。这种情况还需要办阿里云的ICP备案吗"],
     [{"purchased_ecs": "no"}],
     ["x3g"], ("x3g", "x3g")),
    # 5 omc rule, two turns (盐城麋鹿湿地研学新公司)
    (["在盐城新开了一家做麋鹿和湿地研学的公司，营业执照刚下来，公司这个主体以前从来没做过备案。想上线一个报名网站，首次备案是不是这种情况要办",
      "报名用的域名上周五才注册下来，从没做过备案"],
     [{"subject_filed": "no"}, {"domain_filed": "no"}],
     ["omc"], ("omc", "omc")),
    # 6 srs otherwise, one turn (德化白瓷茶具，雨云)
    (["德化做白瓷茶具的，公司和域名的备案一直挂在雨云那边。现在只买了阿里云的企业邮箱，不打算把备案转到阿里云，也不想加阿里云当第二个接入商。这样的话我们在阿里云还需要办备案吗"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 7 b24 alibaba, two turns (安溪铁观音茶叶溯源站)
    (["安溪做铁观音的茶企，公司主体的备案是在阿里云做的。现在想做个茶叶溯源的新站，要不要另外加一个网站备案",
      "溯源站打算用新域名，机器也定了：阿里云上昨天新开了一台ECS，站就跑在这上面"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 8 fyg rule, one turn (中山古镇灯饰)
    (["中山古镇做灯饰的，官网的ICP备案号是在阿里云办的。现在网站负责人换人了，手机号和邮箱都要改，主体的通信地址也变了，备案信息要怎么变更"],
     [{"has_alibaba_icp_number": "yes", "modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 9 no_match (操作审计跟踪投递到OSS没有日志)
    (["操作审计里建了个跟踪投递到OSS，结果bucket里一直没有日志文件，权限是按文档配的角色，这是哪一步没配对"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 0 un3 -> kbw rule, two turns (潜江小龙虾，华中1（武汉）)
    (["潜江卖小龙虾的，刚在阿里云买了台ECS，问下这个要备案吗？域名接不接到这台机器上还没想好",
      "跟我老公商量完了：域名解析到这台ECS，地域选的华中1（武汉），在国内，上面做个小龙虾预订的网站"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 un3 rule, one turn (赣州驾校计时终端)
    (["赣州一家驾校，给教练车装了计时终端，买了阿里云ECS做后台，终端都是用IP直连这台ECS的，没有任何域名指向它，以后也不打算配。这种要不要做ICP备案"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 2 fvv alibaba, two turns (丽江东巴纸)
    (["丽江做东巴纸和手工本子的，想开个 shop.dongbazhi.com 的二级域名卖货，二级域名需不需要再备案啊？主域名当时是我表哥弄的",
      "问了表哥，主域名前年就在阿里云备案下来了"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 3 x3g otherwise, two turns, hearsay then correction (湘潭湘莲)
    (["湘潭卖湘莲的，在小红书上看到有人说没买阿里云服务器就不用阿里云的备案，是这样吗",
      "刚翻了下阿里云订单，其实上个月同事已经给我们买了两台ECS"],
     [{}, {"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 4 omc otherwise, one turn (宿迁白酒经销新公司)
    (["宿迁新注册的白酒经销公司，公司主体还没做过任何备案。不过要用的域名是我合伙人之前在他个人名下备过案的。这种算首次备案吗"],
     [{"subject_filed": "no", "domain_filed": "yes"}],
     ["omc"], ("omc", None)),
    # 5 srs rule transfer, one turn (温岭水泵厂，息壤)
    (["温岭做水泵的厂子，公司和网站域名的备案现在在息壤那边，打算整个转到阿里云来，要走什么流程"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 6 b24 other, two turns (遵义辣椒酱，莱卡云)
    (["遵义做辣椒酱的，公司主体之前是在莱卡云那边备的案。现在想用一个新域名做网上商城，这种要加网站备案吗？服务器放哪还在比较",
      "定下来了，今天刚在阿里云买了ECS，新域名的商城就放在这台上"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 7 b24 otherwise, one turn (南阳艾草，天下数据，自有机房)
    (["南阳做艾草艾条的，公司主体在天下数据备过案。新注册了个域名做艾灸知识站，打算放在公司自己机房的服务器上，阿里云的ECS没买也不准备买。这种要在阿里云加网站备案吗"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "no", "purchased_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 8 fyg otherwise, two turns (柳州螺蛳粉，华云数据)
    (["柳州螺蛳粉品牌，官网备案里的主办单位地址和网站名称都要改一下，备案变更在哪操作",
      "我们的备案号是在华云数据那边办的，阿里云账号里根本没有这条备案"],
     [{"modify_info": "yes"}, {"has_alibaba_icp_number": "no"}],
     ["fyg"], ("fyg", None)),
    # 9 no_match (云效流水线构建缓存不生效)
    (["云效流水线每次构建都重新下载npm依赖，缓存目录配了也不生效，一次构建要十几分钟，缓存到底要怎么配"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 39039007), ("en_b", EN_B, 39039019),
         ("zh_a", ZH_A, 39039031), ("zh_b", ZH_B, 39039049)]


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
