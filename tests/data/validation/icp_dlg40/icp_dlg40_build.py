#!/usr/bin/env python3
"""Build the icp_dlg40 blind dialogue set (fortieth writer).

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
    # 0 kbw rule, one turn (Austrian Viennese café, Xiamen; ECS in China (Nanjing - Local Region))
    (["Grüß Gott! I run a small Viennese café in Xiamen, apple strudel, Sachertorte and Melange coffee. Last month we bought one ECS instance from Alibaba Cloud in the region China (Nanjing - Local Region), this is mainland China, not Hong Kong. Our domain strudel-xm.com is already resolved to this ECS by DNS, and on it we will open a web shop where guests order cakes for pick-up and pay online. Before we go live: do we need ICP filing for this domain?"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # 1 un3 -> kbw otherwise (Kenyan-run trekking tour agency, Kunming; ECS in China (Hong Kong))
    (["Jambo, I am Wanjiru. My husband and me run a small travel agency in Kunming, we sell tea horse road trekking tours in Yunnan. Two weeks ago we purchased an ECS on Alibaba Cloud. My husband still cannot decide if our domain will be pointed to this server or if we keep it only for the staff spreadsheets. In this situation do we need ICP or not?",
      "So, we discussed at dinner and now it is fixed: the domain gets an A record to the ECS. But I must tell you the ECS is in the China (Hong Kong) region, which is outside mainland China. On it will run our website where tourists choose and book the treks."],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "no", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", None)),
    # 2 un3 rule, one turn (Belgian praline maker, Suzhou; tempering machines log to the public IP)
    (["Hello from Suzhou. I'm Belgian, I make pralines and we have a little chocolate shop near Pingjiang Road. We did buy an ECS instance at Alibaba Cloud, but it only collects the logs from our tempering machines and the cold room; the devices send everything straight to its public IP. There is no domain name resolving to this ECS, and we have no plan to make one. Is ICP filing still needed for it?"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 3 un3 rule via generic no (Laotian silk scarf shop, Jinghong; hearsay from the landlord)
    (["sabaidee. I have small shop of handwoven silk scarf in Jinghong, Xishuangbanna. I have buy one ECS from Alibaba Cloud for count the stock, my nephew set it up for me. The landlord tell me his friend say any computer you rent on internet in China must be registered with government or police close the shop. I am worry now. Do I need ICP for this ECS?",
      "no, there is no domain, my nephew only put the IP numbers inside the scanner app on my phone"],
     [{"purchased_ecs": "yes"}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # 4 fvv alibaba (Romanian ceramist, Jingdezhen; husband filed the root in the Alibaba Cloud console)
    (["Bună ziua. I am a Romanian ceramist with a studio in Jingdezhen, we sell glazed bowls and teach weekend classes to visitors. We would like a subdomain workshop.horezu-jdz.com for the workshop side of things. Does a second-level domain like this need its own ICP filing? The main domain my husband set up, I don't remember what he did about filing.",
      "I called my husband. horezu-jdz.com got its ICP number through Alibaba Cloud, he did that filing in your console in 2022."],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 5 fvv other, one turn (Ecuadorian toquilla straw hat wholesaler, Yiwu; root filed with Huawei Cloud)
    (["Saludos desde Yiwu! We are an Ecuadorian family selling toquilla straw hats wholesale here (yes, the real 'Panama hats' come from Ecuador!). Our main domain sombreros-yw.com already has an ICP number, but that filing was done with 华为云 (Huawei Cloud), never with Alibaba. Now we plan wholesale.sombreros-yw.com for the catalogue for shops. For this second-level domain, do we need an ICP filing?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 6 fvv none (Lebanese manousheh bakery, Huzhou; root only parked since 2021)
    (["Marhaba! We have a Lebanese bakery in Huzhou, manousheh with zaatar, cheese fatayer and so on. My cousin wants to put our delivery menu on menu.zaatar-hz.cn. Question: this kind of subdomain, it must be filed separately?",
      "I checked with my cousin, he bought zaatar-hz.cn in 2021 and it was just parked all this time. Nobody ever applied ICP for it, so it has no ICP number at all."],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 7 x3g rule, one turn (Ukrainian vyshyvanka shop, Hefei; shop on Squarespace)
    (["Dobryi den. I sell Ukrainian embroidered shirts (vyshyvanka) and some hand painted eggs, online and from a small showroom in Hefei. At Alibaba Cloud I only registered my domain, the shop itself runs on Squarespace. I have not purchased any ECS instances and I won't, I don't need a server of my own. So do I need the Alibaba Cloud ICP filing or not?"],
     [{"purchased_ecs": "no"}],
     ["x3g"], ("x3g", "x3g")),
    # 8 x3g otherwise (lowercase taco truck, Xi'an; hearsay from a buddy, then the billing page)
    (["hey so we run a taco truck in xi'an (yes really lol, birria near the bell tower). my buddy swears that if you don't buy any ecs you don't need an alibaba cloud icp filing and we can skip the whole thing. is that legit? tbh no idea what my cofounder set up on the account",
      "welp, just logged into the billing page... turns out my cofounder bought an ecs instance back in march and it's been running this whole time"],
     [{}, {"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 9 omc rule, one turn (Danish smørrebrød deli, Ningbo; company four weeks old, domain bought last Tuesday)
    (["Goddag! We are two Danes opening a smørrebrød deli in Ningbo. The company was registered four weeks ago, so it never went through any ICP filing, and the domain smorrebrod-nb.com I bought only last Tuesday, also never filed anywhere. When is the initial ICP filing needed, and is this our case?"],
     [{"subject_filed": "no", "domain_filed": "no"}],
     ["omc"], ("omc", "omc")),
    # 10 omc otherwise (lowercase noodle-pulling classes for tourists, Lanzhou; old partner's emails)
    (["hiya, i teach hand-pulled noodle classes for tourists in lanzhou. just bought noodleclass-lz.com for signups and that domain has never had any icp filing. do i need to do the initial filing thing? no clue about the business side tbh, my old partner did all the paperwork before he left",
      "found it in his emails: the business itself got its icp filing done back in 2020 for our old site, so the company is already filed"],
     [{"domain_filed": "no"}, {"subject_filed": "yes"}],
     ["omc"], ("omc", None)),
    # 11 srs rule (add), one turn (Swiss fondue and raclette restaurant, Harbin; keeps Tencent Cloud)
    (["Grüezi. We run a Swiss fondue and raclette restaurant in Harbin (good food for minus 30 degrees). The ICP filing of our website is with 腾讯云 (Tencent Cloud) and it stays there, we are happy with them. But now we also want Alibaba Cloud as an additional ICP filing provider for the same website. Do we have to apply for an ICP filing for that?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # 12 srs otherwise (Egyptian papyrus painting shop, Kaifeng; Baidu AI Cloud, only RDS at Alibaba)
    (["Ahlan. I am Egyptian, I have a shop of papyrus paintings and small pharaoh statues for tourists in Kaifeng. Our ICP filing is with 百度智能云 (Baidu AI Cloud). Now we use Alibaba Cloud only for an RDS database. Must I transfer my ICP filing to Alibaba Cloud, or add Alibaba Cloud as a second filing provider? What are the conditions?",
      "My brother and I decided: the filing stays with Baidu AI Cloud only. Moving it to you, or putting Alibaba Cloud as one more provider, we do neither of these."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 13 b24 other (Indonesian batik studio, Nantong; subject filed via Wangsu, ECS bought today)
    (["Selamat siang! I'm from Yogyakarta and now I run a batik studio in Nantong, we do batik and also the local blue calico printing. Our company was filed for ICP by 网宿科技 (Wangsu) some years ago. Now we want a new domain for online batik courses. When do I need to add a website ICP filing? Where we will host it, I have not decided.",
      "Update: today I bought an ECS on Alibaba Cloud, and the new domain for the courses will be hosted on that ECS."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 14 b24 alibaba, one turn (Argentine empanada shops, Changzhou; office catering site)
    (["Che, quick one. We have 3 empanada shops in Changzhou, Argentine style, the baked ones from Salta. Our company got its ICP filing through Alibaba Cloud in 2021. Yesterday we purchased one more ECS and we want to host a brand-new site on it, empanadas-catering.cn, for office catering. Is a new website ICP filing needed for that?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise, one turn (Jordanian olive-wood carvings near Mount Tai, Tai'an; Baishan Cloud, GitHub Pages)
    (["Marhaba, I am from Jordan and I sell olive wood carvings and Petra sand bottles to tourists near Mount Tai in Tai'an. The ICP filing of our company was made by 白山云 (Baishan Cloud). Now we make a new website, but it goes on GitHub Pages, not on any ECS. We did not buy ECS from Alibaba Cloud and we are not going to buy. Do we need to add a website ICP filing in Alibaba Cloud?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "no", "purchased_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 16 fyg rule, one turn (lowercase donut shop manager, Zhengzhou; website name and contact phone)
    (["hi!! i manage a donut shop in zhengzhou. our site has an icp filing number from alibaba cloud (got it last year). we renamed the shop so the website name has to be updated, plus the phone of the person in charge is different now. how do i change the filing??"],
     [{"has_alibaba_icp_number": "yes", "modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise via generic no (Cambodian silver boxes and krama shop, Nanchang; number from Unisplendour Cloud)
    (["Chumreap suor. Our shop sells Cambodian silver boxes and krama scarves in Nanchang. We must update the ICP filing: new address of the company and a new responsible person for the website. Where I do this change?",
      "no, our filing number is from 紫光云 (Unisplendour Cloud), Alibaba Cloud never did it for us"],
     [{"modify_info": "yes"}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # 18 no_match (PolarDB read-only node replication lag)
    (["our online bakery orders run on PolarDB for MySQL and the read-only node lags like 40 seconds behind the primary during the lunch rush, so customers don't see their order right away. any way to make replication catch up, or to force those reads to go to the primary?"],
     [{}], [], "no_match"),
    # 19 no_match (Function Compute cold start with a custom container image)
    (["Hi, I deployed a Function Compute function with a custom container image that resizes photos of our handmade leather bags. The first call after it sits idle takes 15+ seconds and sometimes times out. Would provisioned concurrency fix it, and how can I make the image pull faster?"],
     [{}], [], "no_match"),
]

EN_B = [
    # 0 un3 -> kbw rule (lowercase craft brewery taproom, Yantai; China (Fuzhou - Local Region))
    (["yo, we run a little craft brewery + taproom in yantai. picked up an ecs on alibaba cloud yesterday. still arguing whether our domain should point at it at all or whether it just drives the tap list screens behind the bar. does that need an icp filing",
      "sorted it out with the crew tonight: the domain gets an a record to that ecs, it's in China (Fuzhou - Local Region) so mainland china, and it'll serve our taproom website with the beer list and table bookings"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 kbw otherwise via generic no (Trinidadian doubles and roti pop-up, Shaoxing; droplet in Amsterdam)
    (["Wha' going on! Trini here, I doing doubles and roti pop-ups in Shaoxing on the weekends. We setting up a website with the menu and online pre-orders so people could just come and pick up. That need ICP filing?",
      "no, the site sitting on a droplet in Amsterdam, none of it is on a server in China"],
     [{"web_service": "yes"}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # 2 un3 rule (Malagasy vanilla importer, Huizhou warehouse; nightly customs sync by public IP)
    (["Manao ahoana. We import vanilla beans from Madagascar and keep them in a warehouse in Huizhou. We have purchased an ECS instance on Alibaba Cloud for the program that syncs our stock with the customs broker every night. Must we do ICP filing for this ECS?",
      "That sync job reaches the ECS by its public IP address only. There is no DNS record pointing any domain name at it."],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 3 fvv alibaba, one turn (lowercase fermented chili sauce shop, Guiyang)
    (["hey! we make fermented chili sauce in guiyang and sell it online + at our little shop. want to launch recipes.chilifire-gy.com. the main domain chilifire-gy.com already has its icp number, we did that filing through alibaba cloud in 2023. does the subdomain need another filing?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 4 fvv other (Iranian saffron and pistachio trader, Kashgar; root filed via DNS.com.cn)
    (["Dorood. I trade Iranian saffron and pistachio in the old city of Kashgar. I want to open shop.zafaran-ks.com as a subdomain. For a second-level domain, is a separate ICP filing needed? Our IT guy handled the main domain, I must check what he did.",
      "I checked now. The main domain has an ICP number, but the filing was done through 帝恩思 (DNS.com.cn), not Alibaba Cloud."],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 5 fvv none (lowercase vintage thrift store, Chongqing; root only ever redirected to instagram)
    (["heyy, i own a vintage / thrift clothing store in chongqing and wanna run drops.retroloop-cq.com for our weekly online drops. do subdomains need their own icp filing or is that covered by the main one?",
      "just asked my bf who set it up: retroloop-cq.com never got an icp number, it only ever redirected to our insta"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 6 x3g rule via generic no (Bolivian quinoa importer, Taiyuan; hearsay from the accountant, shop on Shopline)
    (["Buenos días. I import quinoa and amaranth from Bolivia, our office is in Taiyuan. My accountant says everybody who uses anything from Alibaba Cloud must do the Alibaba ICP filing, even only for a domain. Is the Alibaba Cloud ICP filing needed when no ECS is bought?",
      "no, I never bought ECS from Alibaba, our online shop is on Shopline"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # 7 x3g otherwise, one turn (Azerbaijani pomegranate juice importer, Urumqi; two ECS since January)
    (["Salam aleykum. We import pomegranate juice and narsharab sauce from Azerbaijan, office in Urumqi. A friend told me no ECS instance means no Alibaba Cloud ICP filing needed. But we have bought two ECS instances on Alibaba Cloud in January for our order system. So for us what is the rule?"],
     [{"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 8 omc rule, three turns, two generic no (lowercase walking tours, Pingyao)
    (["hi there, me and a friend are starting a little walking-tour business in pingyao ancient city (night food walks + city wall history). when exactly is this initial icp filing needed? site's pretty much done",
      "nope, not once, we've never gone anywhere near an icp application",
      "no, that one hasn't either, zero paperwork of any kind so far"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # 9 omc otherwise, one turn (Venezuelan arepa bar, Dongguan; company filed 2019, delivery domain never filed)
    (["¡Epa! Venezuelan here, we run an arepa bar in Dongguan. Our company went through ICP filing in 2019 for the bar website, so the subject is filed. Now we bought a second domain, arepa-express.cn, for delivery, and that domain has never been filed anywhere. Is this a case for the initial ICP filing?"],
     [{"subject_filed": "yes", "domain_filed": "no"}],
     ["omc"], ("omc", None)),
    # 10 srs rule (transfer), one turn (Burmese lacquerware and thanaka shop, Ruili; from 蓝队云)
    (["Mingalaba. I sell Burmese lacquerware and thanaka in Ruili, near the border. The ICP filing of our company and our domain is at 蓝队云 now. We are moving everything, so I want to transfer this filing from 蓝队云 to Alibaba Cloud completely. What I need to do, is a new application needed?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 11 srs otherwise (lowercase soap and candle studio, Yangzhou; 衡天云, only OSS at Alibaba)
    (["hi, small soap & candle studio in yangzhou here. our icp filing lives with 衡天云. we just started using alibaba cloud oss for product photos. does that mean we have to transfer the filing over to alibaba cloud, or add alibaba cloud as another filing provider?",
      "we're keeping it where it is, 衡天云 only. not transferring anything and not adding you guys as a second provider either"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 12 b24 other, one turn (Pakistani pink salt lamp importer, Shijiazhuang; subject filed with 三丰云)
    (["Hello brother. My company imports Himalayan pink salt lamps and cooking slabs from Pakistan, our office is in Shijiazhuang. Our company ICP filing was done with 三丰云 in 2022. Today I bought an ECS at Alibaba Cloud and we will put our new website saltlamp-sjz.com on it. Do I need a website ICP filing?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 13 b24 alibaba (lowercase bamboo rafting and kayak trips, Wuyishan; partner texts back)
    (["hey, we do bamboo rafting + kayak trips on the nine bend river in wuyishan. just bought an ecs and the new website for kayak bookings is gonna be hosted on it. do we need to add a website icp filing? honestly not sure what the company's icp situation is, my business partner deals with that stuff",
      "partner just texted back: our company was filed through alibaba cloud, that's where the subject filing lives"],
     [{"new_website_on_ecs": "yes", "purchased_ecs": "yes"}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 14 b24 alibaba, one turn (Belarusian linen and straw-doll shop, Tianjin)
    (["Vitaju! I am Belarusian, we sell linen tablecloths and straw-woven dolls in Tianjin. Our company is filed with Alibaba Cloud ICP. We just purchased another ECS, and a new website for our linen workshop will be hosted on it. Do we need a website ICP filing for the new one?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise (Ivorian wax-print boutique, Wenzhou; new site on Cloudflare Pages)
    (["Bonsoir, Ivorian here. I have a boutique of wax-print dresses and bags in Wenzhou. Our company was filed with Alibaba Cloud. We want a new website for custom tailoring orders. Do we need to add a website ICP filing? I don't know yet where we will host this website.",
      "We decided with my partner: the new site goes on Cloudflare Pages. It will not be hosted on any ECS instance."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 16 fyg rule (Afghan lapis lazuli jewellery shop, Zhenjiang; hearsay from a colleague)
    (["Hello from Zhenjiang. We sell lapis lazuli jewellery and embroidered cushions from Afghanistan here. Our website has an ICP filing number from Alibaba Cloud since 2020. My colleague told me that after moving the shop maybe something must be done with the filing. Is it true?",
      "We want to modify it: the company's registered address changed when we moved, and the contact phone for the website too."],
     [{"has_alibaba_icp_number": "yes"}, {"modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, one turn (lowercase record store and café, Dali; number from 快快网络)
    (["sup. i run a record store + tiny café in dali old town. our icp number came from 快快网络 (kuaikuai), alibaba cloud never had anything to do with it. we need to change the website name and the phone number listed for the subject. do i make that change on alibaba cloud's filing platform?"],
     [{"has_alibaba_icp_number": "no", "modify_info": "yes"}],
     ["fyg"], ("fyg", None)),
    # 18 no_match (ACK pulling from Container Registry: ImagePullBackOff)
    (["our k8s cluster on ACK keeps throwing ImagePullBackOff when it pulls from our Container Registry personal edition repo in the same region. the image is about 1.2GB and the pull secret looks right. what else could it be?"],
     [{}], [], "no_match"),
    # 19 no_match (DataWorks node stuck waiting for resources)
    (["DataWorks question: the daily sales sync node for our tea shop has been stuck in 'waiting for resources' since 2am and everything downstream is blocked. we're on the shared resource group for scheduling. how do we get it moving again?"],
     [{}], [], "no_match"),
]

ZH_A = [
    # 0 un3 -> kbw otherwise (宜兴丁蜀紫砂壶外贸，中国香港地域)
    (["你好，我们在宜兴丁蜀镇做紫砂壶外贸，上周在阿里云买了一台ECS。域名要不要解析到这台机器上，我跟合伙人还没商量好。这种情况需要ICP备案吗",
      "商量定了：域名做A记录解析到这台ECS，不过这台ECS买在中国香港地域，不在内地。上面跑的是给海外茶友看壶、下单的外贸网站"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "no", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", None)),
    # 1 un3 rule (舟山沈家门冰鲜海产，门店收银机按IP连ECS)
    (["老板让我问一下，我们舟山沈家门这边做冰鲜海产批发，几个门店的收银系统放在一台阿里云ECS上，这台要不要去备案",
      "收银机连的是这台机器的公网IP，从来没给这台ECS配过任何域名解析"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 2 fvv other (潮州凤凰单丛茶子域名，主域名在鹏博士备案)
    (["请教下，我们在潮州凤凰镇卖单丛茶，想开个子域名 shop.fhdancong.com 做网店，二级域名需要单独备案吗",
      "问了之前帮我们建站的师傅，主域名是有备案号的，当时在鹏博士那边备的，没走阿里云"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 3 fvv none (阳江刀剪厂二级域名，主域名从没备案)
    (["我们是阳江做厨刀剪刀的小厂，准备启用 b2b.yjdaojian.cn 这个二级域名。主域名注册好几年了，一直没去备案，所以现在没有备案号。这个二级域名要备案吗"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 4 x3g rule (福鼎白茶小店，网店开在有赞)
    (["福鼎白茶小店，网店开在有赞上，域名是在阿里云买的。阿里云的ECS我们从来没买过，以后也不会买。这样还需要在阿里云做ICP备案吗"],
     [{"purchased_ecs": "no"}],
     ["x3g"], ("x3g", "x3g")),
    # 5 omc rule (高邮咸鸭蛋新公司)
    (["你好，高邮这边新注册了一家卖咸鸭蛋、双黄蛋的公司，营业执照刚拿到，公司名义从来没做过备案。首次备案是不是得先办",
      "域名也是新买的，gyxiandan.com，之前谁都没给它备过案"],
     [{"subject_filed": "no"}, {"domain_filed": "no"}],
     ["omc"], ("omc", "omc")),
    # 6 srs otherwise (青田石雕店，备案在西云数据，只用阿里云短信服务)
    (["青田石雕店，备案一直放在西云数据那边。现在只是用了阿里云的短信服务发验证码。备案就留在西云数据，既不迁到阿里云，也不会再多接一家阿里云。这种情况还要办备案吗"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 7 b24 alibaba (祁门红茶茶厂新品牌网站)
    (["祁门红茶茶厂，公司主体当年是在阿里云备的案。现在想给新品牌单独做个网站，用新域名，放哪台服务器还没定。要不要新增网站备案",
      "今天在阿里云新买了一台ECS，新品牌网站就部署在这台ECS上"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 8 fyg rule (东阳木雕厂搬到横店，改地址和网站负责人)
    (["东阳木雕厂，网站的ICP备案号是在阿里云办的。现在厂子搬到横店那边了，主办单位地址要改，网站负责人也换成我了，备案变更去哪里弄"],
     [{"has_alibaba_icp_number": "yes", "modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 9 no_match (日志服务SLS的Logtail采集不到日志)
    (["日志服务SLS的Logtail装好了，机器组心跳也是OK的，可就是采集不到nginx的access日志，控制台预览一直是空的，这种一般是哪里配错了"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 0 un3 -> kbw rule (湛江生蚝，内地地域)
    (["湛江这边卖生蚝和沙虫干的，刚在阿里云买了ECS。域名要不要指过去还在考虑，想先问问这种情况备案的规矩",
      "想好了，域名解析到这台ECS，机器买的是内地的地域，不是香港那些，上面放生蚝预订和发货查询的网站"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 un3 rule, one turn (宁德三都澳大黄鱼网箱投喂机)
    (["宁德三都澳养大黄鱼的，在阿里云买了一台ECS专门收网箱投喂机和水质仪的数据，设备都是按公网IP连上去的，也没给它绑定过任何域名，以后也不会绑。这台ECS需要备案吗"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 2 fvv alibaba (梅县金柚合作社团购子域名)
    (["梅县金柚合作社想开个子域名 tuan.mzjinyou.com 搞团购，请问二级域名要另外备案吗",
      "刚跟村里管网站的小伙子确认了，主域名三年前就在阿里云备好案了，有备案号"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 3 x3g otherwise (茂名荔枝，抖音上听说的，其实买过ECS)
    (["茂名卖荔枝的，刷抖音刷到一条视频，讲没买ECS就不用在阿里云备案。我们店到底需不需要啊",
      "刚登控制台看了一眼，去年双十一我弟其实在阿里云买过一台ECS，到现在还开着"],
     [{}, {"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 4 omc otherwise (醴陵釉下彩新公司，域名是父亲个人名下备过案的)
    (["醴陵釉下彩瓷器，新成立的公司，公司主体从没做过ICP备案。打算用的域名是我爸以前写个人博客时用的，已经用他自己的名义备过案了。这算首次备案的情况吗"],
     [{"subject_filed": "no", "domain_filed": "yes"}],
     ["omc"], ("omc", None)),
    # 5 srs rule (transfer) (永康保温杯五金，从奥飞数据整体转过来)
    (["永康做保温杯和五金工具的，公司和网站的备案原来都在奥飞数据，现在想整体转到阿里云，把备案从奥飞数据迁过来，需要重新申请备案吗"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 6 b24 other (肇庆端砚工作室，主体在尚航科技备案)
    (["肇庆做端砚的工作室，公司主体之前在尚航科技那边备过案。现在想做个新网站，用新域名卖砚台和文房用品，服务器还没想好放哪。这种要新增网站备案吗",
      "定了，今早下单买了阿里云的ECS，新域名的网站就跑在它上面"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 7 b24 otherwise, one turn (泾县宣纸厂，主体在主机屋备案，新站放厂里机房)
    (["泾县做宣纸的，公司主体是在主机屋备的案。现在要上一个新网站，放在厂里机房的一台旧服务器上，跟阿里云不沾边。我们在阿里云名下没有任何ECS，也没有购买的计划。需要在阿里云新增网站备案吗"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "no", "purchased_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 8 fyg otherwise (余姚杨梅合作社，备案号是酷番云办的)
    (["余姚杨梅合作社，网站备案信息里的联系人手机号和主办单位负责人都要改，变更在哪操作",
      "翻了当年的邮件，备案是酷番云给办的，跟阿里云没有关系，阿里云那边查不到我们的备案号"],
     [{"modify_info": "yes"}, {"has_alibaba_icp_number": "no"}],
     ["fyg"], ("fyg", None)),
    # 9 no_match (云数据库Redis内存满了淘汰key)
    (["阿里云Redis内存一到九成就开始淘汰key，购物车数据丢了好几次，淘汰策略改成noeviction之后又报OOM写不进去，这种该怎么调"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 40040007), ("en_b", EN_B, 40040019),
         ("zh_a", ZH_A, 40040031), ("zh_b", ZH_B, 40040049)]


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
