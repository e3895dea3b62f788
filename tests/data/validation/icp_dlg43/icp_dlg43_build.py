#!/usr/bin/env python3
"""Build the icp_dlg43 blind dialogue set (forty-third writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg41_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # 0 kbw rule, one turn (Finnish maintenance lead, plywood press factory, Xuzhou)
    (["Hei from Xuzhou. I am maintenance lead in a plywood press factory, the owners are Finnish like me. Last month we have bought one ECS instance from Alibaba Cloud, and the region we took is inside mainland China because chinese customers must reach it fast. Our domain xzply-service.com has an A record to this ECS already. On it we open a web portal where customers log spare part orders and download the manuals of the presses. Is ICP filing needed for this setup?"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # 1 un3 -> kbw otherwise (Estonian co-founder, warehouse barcode-scanning apps, Wuxi)
    (["Tere! We are a small software company in Wuxi, we make barcode scanning apps for warehouses. Two weeks ago we purchased one ECS instance in Alibaba Cloud. My co-founder Kaarel still thinks about if our domain goes to this server at all, or we keep the machine only for build jobs. Do we need ICP filing?",
      "Kaarel made up his mind this morning: scanly-app.com gets a DNS record to the ECS. But the instance sits in an overseas region, it is not in mainland China, since most of our clients are in Europe. It will serve the web app where customers log in and manage their scanners."],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "no", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", None)),
    # 2 un3 rule, one turn, negation with scope (Czech IT man, glass moulding plant, Foshan)
    (["Dobry den. Czech owners, glass moulding plant in Foshan, I do the IT. We purchased an ECS at Alibaba Cloud and the furnace temperature loggers upload to it over its public IP address. We do own a company domain, but it is used for email only and its DNS has no record pointing at the ECS, so nothing reaches the ECS through a domain name, and we won't add such a record. Must this ECS be ICP filed?"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 3 un3 rule, generic no, hearsay (Kazakh greenhouse farmer, tomatoes and peppers, Baotou)
    (["salem! greenhouse farm near Baotou, tomatos and sweet peppers. my cousin bought one ECS at alibaba cloud for our farm, it collects humidity and soil moisture from the sensors in the greenhouses. a man at the seed market told me every rented server in china need icp number or police will close it. is true?",
      "no, the sensors only know the ip adress of the server, we have no domain name anywhere in this whole thing"],
     [{"purchased_ecs": "yes"}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # 4 fvv alibaba (Thai drone-spraying service for navel orange orchards, Ganzhou)
    (["Sawasdee krub. We are drone spraying service for navel orange orchards in Ganzhou. Now we want the subdomain booking.gzspray-drone.com so farmers can book the spraying day. Need to do ICP filing for the subdomain too? Main domain my partner handle, I dont know how it was filed.",
      "I asked my partner Nattapong. The main domain gzspray-drone.com was filed in the Alibaba Cloud ICP Filing system in 2021, its ICP number came from there."],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 5 fvv other, one turn (Ghanaian IT manager, freight consolidation, Linyi)
    (["Good afternoon from Linyi! Ghanaian here, I manage IT for a freight consolidation company, my boss is local. We want to open tracking.lyfreightlink.com so customers can follow their pallets. The main domain lyfreightlink.com has an ICP number already, but that filing was done via 中企动力 (CE Dongli) when they built our first site - Alibaba Cloud was not involved at all. What is needed for the subdomain?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 6 fvv none (solo developer, SaaS for mushroom farms, Zibo, lowercase)
    (["hey, solo dev here, i build a small saas for mushroom farms (climate schedules, harvest logs), based in zibo for now. gonna put the docs on docs.shroomlog.cn, does a subdomain need its own icp thing? no clue where the root domain stands tbh, my ex-cofounder registered it",
      "dug through the old emails: shroomlog.cn was bought in 2022 and then just sat there, nobody ever applied for an icp number for it"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 7 x3g rule, one turn (Ugandan helper, family tilapia and carp farm, Changde)
    (["Oli otya. I am from Uganda and help my wife's family with their fish farm near Changde (tilapia and carp). From Alibaba Cloud we bought the domain only, our shop page is made in Notion. No ECS instance was purchased, and we will not buy one, we dont need any server. Do we still need the Alibaba Cloud ICP filing?"],
     [{"purchased_ecs": "no"}],
     ["x3g"], ("x3g", "x3g")),
    # 8 x3g otherwise, hearsay then a finding (cross-dock warehouse ops, Kunshan, lowercase)
    (["quick one. i run ops at a cross-dock warehouse in kunshan. guy from our forwarder reckons if you never bought ecs you can skip the alibaba icp filing completely. thing is i have no idea what our old it contractor set up on the alibaba account",
      "found the invoices in the finance folder - we've been paying for one ecs instance since last november, the contractor bought it on our account"],
     [{}, {"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 9 omc rule, one turn (Rwandan founder, e-bike battery pack assembly, Jiaxing)
    (["Muraho! I registered a small company in Jiaxing three weeks ago, we assemble battery packs for e-bikes. The domain packvolt-jx.com I bought last Friday. The company never did ICP filing anywhere, and this domain was also never filed by anyone. We want to put the website on Alibaba Cloud - what comes first?"],
     [{"subject_filed": "no", "domain_filed": "no"}],
     ["omc"], ("omc", "omc")),
    # 10 omc otherwise (dairy goat farm, goat cheese and milk powder, Baoji, lowercase)
    (["hi!! we run a dairy goat farm outside baoji, goat cheese and milk powder mostly. got a new domain goatfarm-bj.com, it's never been filed, want the farm shop on it through alibaba cloud. what's step one? i'm just the one in the family who's good with computers lol, no idea about the company paperwork",
      "asked auntie lin who does our books - the farm company has had an icp filing since 2019, it was made for the old homepage"],
     [{"domain_filed": "no"}, {"subject_filed": "yes"}],
     ["omc"], ("omc", None)),
    # 11 srs add, one turn (Turkish staff, Turkish-Chinese towel factory, Baoding)
    (["Merhaba, I am working for a Turkish-Chinese towel factory in Baoding. Our ICP filing for the company and the domain is with 帝联科技 (Dnion) and it will stay there, we don't move away. But now we want Alibaba Cloud as one more ICP filing provider for our website, beside Dnion. Which ICP process is this?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # 12 srs otherwise (Sri Lankan manager, software testing company, Quanzhou)
    (["Ayubowan. Our software testing company in Quanzhou has the ICP filing of subject and domain at 蓝汛 (ChinaCache). From Alibaba Cloud we use only the OCR API. Management has a meeting this week whether to transfer the filing to Alibaba Cloud or to add Alibaba Cloud as extra provider. Do we need an ICP filing in Alibaba Cloud?",
      "Meeting is over. Decision: the filing remains at 蓝汛 only, we will not transfer it to Alibaba Cloud and Alibaba Cloud will not become a second provider."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 13 b24 other (Cameroonian engineer, customs brokerage, Weihai)
    (["Bonjour, I'm an engineer from Cameroon at a customs brokerage in Weihai. Our company is ICP filed with 新睿云, where our current site runs. We want a new site with a new domain, a portal for shipment documents. Hosting is not chosen, maybe Alibaba Cloud, maybe not. Do we need a website ICP filing?",
      "Update: finance paid for an Alibaba Cloud ECS today, and the document portal on the new domain will run on that ECS."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 14 b24 alibaba, one turn (Zambian sales IT, copper cable manufacturer, Yancheng)
    (["Hi, Zambian here, I do sales IT for a copper cable manufacturer in Yancheng. Our company was ICP filed through Alibaba Cloud when the main site launched. Yesterday we bought another ECS instance, and a new website on a brand-new domain, for our welding cable line, will be hosted on it. What filing do we need for this new site?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise, one turn (Paraguayan agronomist, stevia growers, Huai'an)
    (["Mba'eichapa. Paraguayan agronomist here, our stevia growing company in Huai'an has its ICP filing with 天地祥云. We are building a new website for stevia seedlings on a new domain, it is made and hosted with Webflow. Alibaba Cloud servers we don't have, no ECS at all, and the budget has no line for one either. Is a website ICP filing needed?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "no", "purchased_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 16 fyg rule, one turn (website admin, forklift parts maker, Cangzhou, lowercase)
    (["hey, i look after the website for a forklift parts maker in cangzhou. the site has an icp filing number from alibaba cloud. we merged with our sister company so the company name changed, and the person in charge of the website is now me instead of mr. zhao. both need changing in the filing, how do i do that"],
     [{"has_alibaba_icp_number": "yes", "modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, generic no (Algerian CTO, ERP software company, Zhongshan)
    (["Azul. I am the Algerian CTO of a small ERP software company in Zhongshan. We moved office and our website has a new responsible person, so the ICP filing information must be updated. Where do I do it?",
      "no - the number came through 中国电信 (China Telecom's data centre in Guangdong) back when our servers were there. At Alibaba Cloud we have no filing number at all"],
     [{"modify_info": "yes"}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # 18 no_match (IoT Platform MQTT keepalive drops, PLC gateways)
    (["Our PLC gateways connect to Alibaba Cloud IoT Platform over MQTT. Every 2-3 hours about a third of them drop offline with keepalive timeout and come back after a minute or so. Keepalive is 60 s, QoS 1. Is there some limit on the IoT Platform side or something in the Link SDK we should tune?"],
     [{}], [], "no_match"),
    # 19 no_match (AnalyticDB for MySQL out of memory on a join)
    (["AnalyticDB for MySQL question: joining our shipments fact table (about 200 million rows) with the routes table fails with 'Query exceeded maximum memory'. Should we move this to a separate resource group, or is our distribution key the real problem?"],
     [{}], [], "no_match"),
]

EN_B = [
    # 0 un3 -> kbw rule (Latvian partner, pallet rental and pooling, Tangshan)
    (["Labdien. Pallet rental and pooling company in Tangshan, I am the Latvian partner. We purchased one ECS instance at Alibaba Cloud for the pallet tracking system. My Chinese partner and I did not decide yet if our domain should point to it. Must we do ICP filing?",
      "We sat down yesterday and agreed: palletpool-ts.com will point to this ECS by DNS. We bought it in one of the regions on the Chinese mainland, and customers will use a web portal on it to order and return pallets."],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 kbw otherwise, generic no (web app for farm machinery rental, Xining, lowercase)
    (["yo, building a web app for farm machinery rental (tractors, combine harvesters) for co-ops around xining. the site is live and farmers book machines through it. does my domain need an icp filing",
      "nope, it's hosted on a hetzner machine in falkenstein, germany. no part of it runs in china"],
     [{"web_service": "yes"}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # 2 un3 rule, hearsay (spinning mill IT, yarn tension sensors and MES, Xinxiang)
    (["Hello from Xinxiang. Our spinning mill bought an ECS instance at Alibaba Cloud last month; the yarn tension sensors and the MES on the shop floor send their data to it. A supplier told me every ECS has to be ICP filed. Is it so?",
      "The sensors and the MES reach the ECS only by its public IP address. We never configured DNS for it, not one domain name goes to this ECS."],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 3 fvv alibaba, one turn (Kyrgyz rail freight coordinator, Lianyungang)
    (["Hi. I coordinate rail freight from Lianyungang to Central Asia (I'm from Kyrgyzstan). We want to open quotes.lyg-railcargo.com where customers request wagon quotes. The top domain lyg-railcargo.com is ICP filed with Alibaba Cloud, we did it in 2020 through your filing system. Does the quotes subdomain need separate ICP filing?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 4 fvv other (3D printing service bureau, Ma'anshan, lowercase)
    (["hi, small 3d printing service in ma'anshan here (mostly nylon parts for machine builders). setting up quote.printforge-mas.com for instant quotes. does a second level domain need its own icp? let me check how the main domain was filed, my boss did that years ago",
      "boss says the main domain printforge-mas.com got its icp number through 快网 (fastweb), alibaba cloud had no part in that filing"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 5 fvv none (Guatemalan cardamom trader, Xiangyang)
    (["Hello, I am from Guatemala. Our family trades cardamom to spice factories, my office is in Xiangyang. I want to make recipes.cardamomo-xy.com. Does this second-level domain need ICP filing? For the main domain I must ask my cousin first.",
      "My cousin answered: cardamomo-xy.com he registered two years ago and never filed it, so there is no ICP number for it."],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 6 x3g rule, generic no, hearsay (Sudanese gum arabic importer, Rizhao)
    (["Hello, I import gum arabic from Sudan for food and beverage factories, office in Rizhao. Someone in a WeChat group says everyone with an Alibaba Cloud account has to file ICP with Alibaba. We have an account there, but my assistant did the buying and I don't remember what she bought.",
      "no, she says there was never an ECS in the cart - only the domain and the mailbox came from Alibaba Cloud, the site itself is on Jimdo"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # 7 x3g otherwise, one turn, hearsay with "but" (Albanian herb trader, Bozhou)
    (["Pershendetje. I am an Albanian herb trader in Bozhou (sage, thyme, oregano, the big herb market here). My friend said: no ECS, no Alibaba ICP filing. But in spring we purchased one ECS on Alibaba Cloud and our order system runs there. So is the filing needed for us?"],
     [{"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 8 omc rule, two generic no (two developers, dock scheduling software, Haikou, lowercase)
    (["hey, we're two devs running a small company in haikou, building dock scheduling software for truck yards. we want the product site on alibaba cloud. do we need the initial icp filing before launch",
      "nope, never - neither of us has touched any icp paperwork in our lives",
      "no, that one neither, nothing has been filed so far"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # 9 omc otherwise, one turn (Mozambican staff, cashew processing, Beihai)
    (["Ola, I'm Mozambican and work for a cashew processing company in Beihai. Our company never did ICP filing - no wait, sorry, that was our sister trading company in Nanning. The company here finished ICP filing in 2021 with our first website. Now we bought a new domain cashewkernel-bh.com, and this one has never been ICP filed. Do we need the initial ICP filing?"],
     [{"subject_filed": "yes", "domain_filed": "no"}],
     ["omc"], ("omc", None)),
    # 10 srs transfer, one turn (Moldovan engineer, walnut-cracking machine factory, Luoyang)
    (["Salut, Moldovan engineer at a walnut-cracking machine factory in Luoyang. Our ICP filing for company and domain is with 中国电子云 (CECloud). We want to move it completely from them to Alibaba Cloud, because all our servers go to Alibaba now. What is the procedure?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 11 srs otherwise (Namibian IT, bulk cargo trucking, Qinhuangdao port)
    (["Hi there, Namibian here, I do the IT for a bulk cargo trucking firm at Qinhuangdao port. Our ICP filing (company and domain) was made by 犀牛云, who also built our site. From Alibaba Cloud we use only Enterprise Mail. Do we need to transfer the filing to Alibaba Cloud, or add Alibaba Cloud as a provider? My boss hasn't decided what he wants.",
      "Boss decided: the filing stays where it is with 犀牛云. No transfer to Alibaba Cloud, and Alibaba Cloud won't be added as another provider either."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 12 b24 other, one turn (Malawian staff, farm machinery dealer, Dezhou)
    (["Hello, I'm from Malawi, working at a farm machinery dealer in Dezhou. Our company's ICP filing was done with 华数云 (Wasu). Today we purchased an ECS instance on Alibaba Cloud, and our new website with a new domain, for used tractors, will run on this ECS. Which filing do we need?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 13 b24 alibaba (last-mile parcel delivery, Shiyan, lowercase)
    (["hey there! we do last-mile parcel delivery in shiyan. just bought an ecs instance and we're putting a new website for our van drivers on it (new domain, shift signups). do we need some extra icp filing? no idea how our company was filed originally, our old manager did that",
      "caught the old manager on the phone, he remembers: the company's filing went through alibaba cloud's icp system in 2020"],
     [{"new_website_on_ecs": "yes", "purchased_ecs": "yes"}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 14 b24 alibaba, one turn (Fijian developer, agritech startup, Anqing)
    (["Bula! Fijian developer at an agritech startup in Anqing. Our company was ICP filed with Alibaba Cloud last year for the main product. This week we bought a second ECS instance, and on it we will host a new website for our farmer community, on a new domain. Which ICP filing applies?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise (Syrian engineer, injection moulding plant, Jiangmen)
    (["Hello, Syrian engineer here, injection moulding plant in Jiangmen. Our company has its ICP filing through Alibaba Cloud. We prepare a new website on a new domain for our mould catalogue. Where to host it, not decided. Do we need additional website filing?",
      "We decided: Wix will host the catalogue. No ECS is involved for this site."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 16 fyg rule (Greek ship agency, Qinzhou port)
    (["Kalimera. Greek ship agency office in Qinzhou port. Our website qz-shipagency.com has its ICP filing number from Alibaba Cloud. A colleague thinks something must change in the filing because we restructured, I am not sure.",
      "I checked the papers: after restructuring the company name is different and the website's responsible person is now me, so we want to modify both in the filing."],
     [{"has_alibaba_icp_number": "yes"}, {"modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, one turn (North Macedonian vineyard consultant, winery, Yinchuan)
    (["Zdravo. I am vineyard consultant from North Macedonia, working for a winery in Yinchuan. We want to change the website name and the winery's contact phone in our ICP filing. Our ICP number comes from 51IDC, not from Alibaba Cloud - we don't have any Alibaba Cloud filing number. Can we change it on Alibaba Cloud?"],
     [{"has_alibaba_icp_number": "no", "modify_info": "yes"}],
     ["fyg"], ("fyg", None)),
    # 18 no_match (ApsaraDB for MongoDB connection limit)
    (["Our ApsaraDB for MongoDB replica set hits the connection limit every morning around 8 when the drivers' handheld scanners sync - about 3000 connections stuck open. Should we upgrade the spec or is it our connection pool settings in the Node driver?"],
     [{}], [], "no_match"),
    # 19 no_match (VPN Gateway IPsec tunnel drops at night)
    (["VPN Gateway question: the IPsec tunnel between our factory's FortiGate and the VPC drops almost every night around 2am, phase 2 renegotiation fails and we have to reset it by hand. What could cause that?"],
     [{}], [], "no_match"),
]

ZH_A = [
    # 0 un3 -> kbw otherwise (丹东服装加工厂，给韩国客户做外贸)
    (["你好，我们是丹东一家给韩国客户做服装加工的厂子，上周在阿里云买了一台ECS。老板还没拍板要不要把公司域名解析过去，这种情况需要做ICP备案吗",
      "老板拍板了，公司域名会解析到这台ECS。机器当时是按海外地域买的，服务器在中国内地以外，主要图韩国那边访问快。上面放一个给韩国客户选款、下样衣订单的网站。"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "no", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", None)),
    # 1 un3 rule, negation with scope (齐齐哈尔奶牛养殖场，挤奶计量和项圈数据)
    (["请教一下，我们是齐齐哈尔的奶牛养殖场，在阿里云买了台ECS，挤奶厅的计量设备和牛项圈的数据都往上面传。这个要不要备案",
      "那些设备认的只是服务器的IP地址。公司倒是有个域名，但只拿来收发邮件，没有解析到这台ECS上。"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 2 fvv other (绵阳电源适配器电子厂，售后查询子域名)
    (["我们是绵阳一家做电源适配器的电子厂，想开个子域名 service.mypower-my.com 做售后查询，二级域名还要单独备案吗？主域名当初怎么备的我得问问IT",
      "IT回复了：主域名有备案号，是在网易数帆那边办的，跟阿里云没关系。"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 3 fvv none, one turn (五常稻米合作社，商城子域名)
    (["五常的稻米合作社，想给 mall.wcdaomi.cn 这个二级域名搭个小商城。主域名 wcdaomi.cn 前年注册的，一直闲着，从来没去办过备案，所以没有备案号。二级域名这块要怎么弄"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 4 x3g rule, one turn, hearsay (抚松人参，快手小店)
    (["抚松这边卖人参的，店开在快手小店上。阿里云上我只注册了个域名，ECS一台都没买过，也不打算买。听人说阿里云备案得有ECS才行，那我这种还用做阿里云的ICP备案吗"],
     [{"purchased_ecs": "no"}],
     ["x3g"], ("x3g", "x3g")),
    # 5 omc rule (佳木斯新成立的农机维修公司)
    (["佳木斯这边新成立了一家农机维修公司，营业执照上个月刚下来，公司名下之前从来没做过ICP备案。想在阿里云上建站，首次备案要先办吗",
      "打算用的域名 jmsnongji.com 是刚买的，之前没人拿它备过案。"],
     [{"subject_filed": "no"}, {"domain_filed": "no"}],
     ["omc"], ("omc", "omc")),
    # 6 srs otherwise, one turn (泸州分水油纸伞作坊，中国频道)
    (["泸州分水油纸伞作坊，主体和域名的备案都在中国频道那边，一直挺好的。阿里云我们只用了企业邮箱。备案我们不打算转到阿里云，也不打算加阿里云当第二个接入商，这样还需要在阿里云做备案吗"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 7 b24 alibaba (东宁黑木耳，电商子品牌新站)
    (["东宁做黑木耳的，公司主体前年就在阿里云备过案了。现在想给电商子品牌做个站，换个新域名，要不要再加一个网站备案？服务器还没定",
      "技术那边昨晚在阿里云付款开了台ECS，子品牌那个站就装在这台机器上跑。"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 8 fyg rule, one turn (阜新玛瑙店，负责人和注册地址)
    (["阜新玛瑙城的店，网站是在阿里云备案的，有阿里云给的备案号。现在网站负责人离职了，要换成我，公司注册地址也搬了，这些备案信息要改，在哪改"],
     [{"has_alibaba_icp_number": "yes", "modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 9 no_match (阿里云Elasticsearch集群黄色，副本分片unassigned)
    (["我们用阿里云Elasticsearch存设备日志，最近集群状态一直是黄色，有几个副本分片一直unassigned，磁盘用了八成，这个怎么处理"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 0 un3 -> kbw rule (凯里酸汤鱼连锁，订座网站)
    (["我们在凯里开了几家酸汤鱼店，刚在阿里云买了台ECS，暂时还空着。域名要不要解析过去，还在跟股东商量，这个需要做ICP备案吗",
      "股东会开完了：店里的域名会解析到这台ECS，机器买的是中国内地的地域，上面放一个能在线订座、看菜单的网站。"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 un3 rule, one turn (曲靖养猪场，猪舍环境和料线数据)
    (["曲靖一家养猪场，阿里云ECS是去年买的，猪舍的温湿度、料线数据都往上面传。采集器连的是服务器IP，压根没有域名指到这台ECS上。这种要备案吗"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 2 fvv alibaba (乐山跷脚牛肉，招加盟子域名)
    (["乐山跷脚牛肉，想弄个 join.lsqiaojiao.com 招加盟，二级域名用不用另外备案啊",
      "问了管网站的表弟，主域名 lsqiaojiao.com 是去年通过阿里云备案的，备案号早就下来了。"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 3 x3g otherwise, hearsay (昭通苹果合作社)
    (["昭通种苹果的合作社，听一个做电商的朋友讲，没在阿里云买ECS就不用做阿里云备案。我们到底买没买，我真不清楚，账号是侄子在管",
      "侄子回话了，今年三月他在阿里云上给合作社买了一台ECS，现在还开着。"],
     [{}, {"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 4 omc otherwise, one turn (涪陵榨菜新公司，域名老厂备过案)
    (["涪陵刚注册了一家做榨菜的新公司，公司本身从没备过案。不过准备用的域名以前是我们老厂的，老厂拿它做过网站，已经备过案了。这样还算首次备案吗"],
     [{"subject_filed": "no", "domain_filed": "yes"}],
     ["omc"], ("omc", None)),
    # 5 srs transfer, one turn (本溪桓仁五味子，从云立方迁走)
    (["本溪桓仁做五味子的，公司和域名的备案原来都在云立方，现在打算整个从云立方转到阿里云来，要怎么办"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 6 b24 other (葫芦岛兴城泳装厂，品高云)
    (["葫芦岛兴城的泳装厂，公司主体在品高云备过案。现在要做一个新的外贸网站，用新域名，要不要加网站备案？服务器还没定",
      "老板拍板了：阿里云的ECS今早已经付款买好，外贸站连同新域名都部署到这台机器上。"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 7 b24 otherwise, one turn (铜仁抹茶公司，云上贵州)
    (["铜仁做抹茶的公司，主体备案是在云上贵州办的。新上一个抹茶产品站，新域名，也放在云上贵州的服务器上。阿里云的ECS我们一台都没有，也不准备买。这样要在阿里云做网站备案吗"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "no", "purchased_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 8 fyg otherwise (万州烤鱼连锁，备案号来自多吉云)
    (["万州烤鱼连锁，备案里的网站名称和负责人电话想改一下，怎么操作",
      "找财务要了当年的合同：接入商写的是多吉云，我们这个备案号不是阿里云发的。"],
     [{"modify_info": "yes"}, {"has_alibaba_icp_number": "no"}],
     ["fyg"], ("fyg", None)),
    # 9 no_match (API网关返回429限流)
    (["API网关调用一直返回429 Throttled，我们设的流控是每秒500次，实际才两百多，是不是还有别的限制"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 43043007), ("en_b", EN_B, 43043019),
         ("zh_a", ZH_A, 43043031), ("zh_b", ZH_B, 43043049)]


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
