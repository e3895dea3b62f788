#!/usr/bin/env python3
"""Build the icp_dlg48 blind dialogue set (forty-eighth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg47_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # 0 kbw rule: Kazakh sales manager, seed potato cooperative, Zhangjiakou; fair hearsay "only e-commerce"
    (["Salemetsiz be! I am Kazakh, working as sales manager for a seed potato cooperative near Zhangjiakou. Last month we bought two ECS instances from Alibaba Cloud, the region we picked is inside the mainland of China, and the DNS of our domain zjk-seedspud.com is set to them already. On that site the farmers will order seed potatoes and follow the truck delivery online. A man at the agriculture fair told me only e-commerce companies need ICP, farmers not. Is it true, or we must make ICP filing?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # 1 kbw otherwise via un3: Lao geologist, small geology consultancy, Panzhihua; boss undecided, then region abroad
    (["Sabaidee. I am from Laos and I work in a small geology consultancy in Panzhihua. We rent one ECS on Alibaba Cloud; for now it only keeps the database of ore samples for our lab people. My boss has idea to use it for something more later, but he didn't decide what. For this ECS, ICP filing is necessary?",
      "The boss made his decision this morning: our domain vte-geoassay.com will point to that ECS through DNS, and clients will open a web portal there to download their assay reports. When we created the ECS we took a region abroad, near our clients in Vientiane, so the server is not in mainland China."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 2 un3 rule: Sri Lankan engineer, 40 MW solar farm, Golmud; loggers post to the public IP, colleague's hearsay
    (["Ayubowan. I'm an electrical engineer from Sri Lanka, now maintaining a 40 MW solar farm outside Golmud. We purchased an Alibaba Cloud ECS, and the inverter loggers and the weather station push their readings to it by its public IP. Nobody ever gave this ECS a domain name - there is no DNS record pointing at it anywhere, we only use the bare IP. A colleague keeps insisting that any server rented in China must get ICP filing no matter what. Do we really need it in this case?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 3 un3 rule, generic no: lowercase native, yellow croaker sea-cage farm, Ningde
    (["hey so we run a big yellow croaker farm in the bay off ningde, sea cages with oxygen and temp sensors. all the readings go up to an alibaba cloud ecs we bought last autumn so the feeding crew can check them from the boats. someone at our feed supplier said we'll get in trouble without an icp filing. do we actually need one??",
      "nope, there's no domain involved at all. the sensor hubs were just set up with the server's ip and that's it"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # 4 fvv alibaba: Ugandan marketer, corrugated carton factory, Dongguan; reply from the old IT man
    (["Oli otya! I'm from Uganda, doing marketing for a corrugated carton factory in Dongguan. We want to open quote.cartonwell-dg.com so buyers can get an instant price for their boxes. The main domain cartonwell-dg.com was set up long before I came and honestly I know nothing about its ICP. What do we need for this subdomain?",
      "Our old IT guy, Mr. Huang, replied on WhatsApp: cartonwell-dg.com got its ICP filing through Alibaba Cloud, he did it himself in 2019."],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 5 fvv other: lowercase admin, mixed vet practice (pets + farm calls), Xiamen; root filed via West.cn
    (["hi, i do the admin for a mixed vet practice in xiamen - small animals in the clinic, plus farm calls for pigs and goats out in the villages. our main domain pawsandhooves-xm.com got its icp number from 西部数码 (west.cn) back when we opened, nothing to do with alibaba cloud. now we want book.pawsandhooves-xm.com for online appointments. what do we need to sort out for the subdomain"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 6 fvv none: Paraguayan export helper, stevia farm, Yancheng; director's answer
    (["Mba'eichapa! I'm Paraguayan, I grew up around stevia plants and now I help a stevia farm near Yancheng with export. We want samples.steviafield-yc.com so foreign buyers can request free samples. The main domain belongs to our director and I never heard anything about ICP for it. What is needed for the subdomain?",
      "Director Gu just called me back. He registered steviafield-yc.com in 2021 and then left it alone - no ICP filing was ever applied for that domain."],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 7 x3g rule: Fijian, beekeeping family, Hanzhong; honey shop on Weebly, only the domain at Alibaba Cloud
    (["Bula! Fijian here, married into a beekeeping family in the hills near Hanzhong. We sell our honey through a small Weebly shop, and the only thing we have at Alibaba Cloud is the domain name - we never bought an ECS or any other server from you. Another beekeeper at the market told me that if the domain comes from Alibaba Cloud we must do Alibaba Cloud ICP filing anyway. Must we?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 8 x3g otherwise: lowercase native, risograph print studio, Kunming; co-founder made the account
    (["quick one. i run a tiny risograph print studio in kunming (zines, posters, small art books). my co-founder made our alibaba cloud account before she moved to berlin and i have no idea what she bought on it. do we need an alibaba cloud icp filing or not",
      "found the invoices in our shared mailbox. there's an ecs on the account, bought in march and renewing every month since"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 9 omc rule: Rwandan co-founder, veterinary telemedicine startup, Hangzhou; self-correction on the day
    (["Muraho! I'm Rwandan, co-founder of a new veterinary telemedicine startup in Hangzhou - farmers will video-call a vet about sick cows and pigs. Our company only got its business licence in October and it has never done any ICP filing. The domain vetlink-hz.com we registered on Tuesday, sorry, Wednesday, and it has no filing history either, nobody ever filed it. What filing do we need before we start?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 10 omc otherwise: Cameroonian sales rep, flexible packaging printer, Taizhou; correction in the reply
    (["Good afternoon. I am from Cameroon and work in sales for a flexible packaging company in Taizhou, Zhejiang - we print and laminate snack and coffee pouches. We just registered a new domain, pouchlab-tz.com, for a small site where clients upload their artwork, and this domain was never filed by anyone. But I joined only in spring, so I cannot say if the company itself ever did an ICP filing. Do we need the initial ICP filing?",
      "Our office manager first thought we never did it, then she found the 2017 ICP filing papers of the company in the licence folder, made for our old corporate site. So the company itself is filed."],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # 11 srs rule (add): Greek engineer, wind farm operator, Chifeng; keeps CTyun, wants Alibaba Cloud as second provider
    (["Yassou. I'm a Greek engineer at a company that runs wind farms around Chifeng. Our company and our website are filed with 天翼云 (China Telecom's CTyun), and that will stay as it is. Still, the board wants Alibaba Cloud added on top of CTyun, so the filing of our website will have two access providers. What do we need for that?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # 12 srs otherwise: Estonian owner, packaging design agency, Ningbo; Xinnet, only Alibaba Mail; partners settle it
    (["Tere! Estonian designer here, I own a packaging design agency in Ningbo - we design boxes and labels for cosmetic brands. Our ICP filing is with 新网 (Xinnet). From Alibaba Cloud we only use Alibaba Mail for our mailboxes. My partner read somewhere that we should move the filing to Alibaba Cloud, or put Alibaba Cloud in as an extra provider. We have not decided anything. What applies to us?",
      "We sat down this week and settled it: the filing stays with Xinnet exactly as it is. We will not transfer it to Alibaba Cloud, and we will not add Alibaba Cloud as a provider either."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 13 b24 other: Turkmen export clerk, coal mine gas detectors, Datong; Kingsoft Cloud, manager buys an ECS
    (["Hello, I am Turkmen, working in the export department of a company in Datong that makes gas detectors and self-rescuers for coal mines. Our company is already ICP filed, but with 金山云 (Kingsoft Cloud), not with you. Now we need a new website on a new domain, minegasguard.com, only for the gas detectors. My manager is still comparing hosting offers, nothing is chosen. Which filing is needed?",
      "Manager has chosen you. Today he bought an ECS on Alibaba Cloud, and the gas detector site will be running on it."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 14 b24 alibaba: Zambian vet, poultry vaccination service, Yangling; one more ECS for a booking site
    (["Muli shani. I'm Zambian, a vet with a poultry vaccination service in Yangling - our teams drive out to chicken farms and vaccinate the flocks. Our company has its ICP filing with Alibaba Cloud already. Now we are making a second website with a new domain, flockjab-yl.com, where farmers can book a vaccination team, and last week we bought one more ECS to host it. What kind of filing do we need for this new website?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise: Somali helper, trawler owners' cooperative, Zhoushan; Cndns, auction site hosted on Odoo
    (["Iska warran. Somali here, I do the English side for a cooperative of trawler owners in Zhoushan. The cooperative was filed through 美橙互联 (Cndns). We are launching a new site on a new domain for the early-morning fish auction, but it is built and hosted on Odoo's own online platform. There is no ECS of ours at Alibaba Cloud, and buying one is not in the plan. Do we need to add a website ICP filing with you?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 16 fyg rule: lowercase web admin, dairy herd vet practice, Hohhot; new address and new legal representative
    (["morning. i look after the website of a dairy herd vet practice in hohhot. the site carries an icp filing number, alibaba cloud handled it for us in 2020. we're moving the practice to a new address next month and the legal rep changes from dr. bai to dr. wang, so the filing details have to be updated. what's the process on your side"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, generic no: Thai staff, label printing company (wine labels, shrink sleeves), Shenzhen; number via Zzidc
    (["Sawasdee ka. I am Thai, working in a label printing company in Shenzhen, we print wine labels and shrink sleeves. We will rename the company and also the website name, so our ICP information must be changed. The ICP number at the bottom of our site was there before I join, I don't know from where it came. What we should do?",
      "nope, it was not Alibaba Cloud. I asked our boss and the number came through 景安网络 (Zzidc) when the site was first made"],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # 18 no_match: lowercase, grain trading desk, Lianyungang; ApsaraDB RDS for SQL Server point-in-time restore stuck
    (["our grain trading desk in lianyungang keeps its contracts db on apsaradb rds for sql server. i started a point-in-time restore to yesterday 14:00 and it has been sitting at 'restoring' for six hours now. is that normal or is something broken"],
     [{}], [], "no_match"),
    # 19 no_match: IT admin, coal logistics company, Ordos; ROS stack keeps rolling back
    (["Hi, IT admin at a coal logistics company in Ordos. Every time I create our Resource Orchestration Service (ROS) stack it ends in CREATE_ROLLBACK_COMPLETE, and the events say the vSwitch CIDR block conflicts, but that CIDR is not used anywhere in the VPC. What else could trigger this?"],
     [{}], [], "no_match"),
]

EN_B = [
    # 0 kbw rule via un3: Albanian, lithium battery recycling plant, Yibin; owners agree on Monday
    (["Përshëndetje! I am Albanian, working at a lithium battery recycling plant in Yibin. We bought an ECS on Alibaba Cloud and right now it only stores the weighbridge tickets and our price spreadsheets. The two owners talk about doing more with it, but they don't agree yet. Do we need ICP filing for this?",
      "The owners finally agreed on Monday. We will resolve our domain yb-cellcycle.com to that ECS, and battery dealers will use a website there to book pickups and see our buying prices. The ECS sits in a region in mainland China."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 kbw otherwise, generic no: lowercase native, rooftop solar install crew, Quanzhou; server in Hong Kong
    (["yo. we're a 5-person rooftop solar crew in quanzhou, mostly panels on factory roofs. building a site on our own domain where owners punch in their roof size and get a rough quote. the guy from our panel supplier reckons every chinese business site needs icp. us too?",
      "nope, the site is hosted on a server in hong kong, none of it runs on the mainland"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # 2 un3 rule: Czech lab manager, veterinary diagnostic lab, Tianshui; scope: lab domain lives elsewhere
    (["Dobrý den. I'm Czech, lab manager at a veterinary diagnostic lab in Tianshui - blood tests and PCR for farms. We purchased an Alibaba Cloud ECS and our analysers send the results to it. Our receptionist is worried, she heard that without ICP the police will close us. Is ICP filing needed for this ECS?",
      "The analysers are configured with the ECS public IP address and a port. We do have a domain for the lab homepage, but it stays with our designer's hosting and has never been resolved to this ECS."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 3 fvv alibaba: Ghanaian account manager, paper bag factory, Wenzhou; root filed with Alibaba Cloud in 2020
    (["Good morning from Wenzhou! I'm Ghanaian, in charge of overseas clients at a paper bag factory - kraft bags and luxury shopping bags with ribbon handles. Alibaba Cloud did the ICP filing of our main domain wzpaperbag.com in 2020, the number is shown on the homepage. We want samples.wzpaperbag.com for sample requests. Does that subdomain need its own ICP filing?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 4 fvv other: Sudanese agronomist, cotton seed company, Korla; office in Aksu finds the papers (QingCloud)
    (["Hello, I am from Sudan, agronomist at a cotton seed company in Korla. For our dealers we plan dealers.korlacottonseed.com, where they can check the stock of each seed variety. The main domain is used for many years, but who made its filing, or if anybody made it, I have no idea. What should we apply for?",
      "Our office in Aksu found the paperwork. The main domain does carry an ICP number, and the filing was handled by 青云 (QingCloud) - it never went through Alibaba Cloud."],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 5 fvv none: lowercase native, uncle's abalone farm, Putian; uncle never filed the root
    (["heyo, i help out at my uncle's abalone farm near putian. we'd like to run orders.putianabalone.com so restaurants can order live abalone. he bought the main domain himself ages ago and i've got no clue if anything was ever filed for it. what do we need for the subdomain",
      "rang my uncle: he registered putianabalone.com and that was it - no icp filing, no number, nothing ever"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 6 x3g rule, generic no: Malawian vet nurse, cat neutering programme, Lanzhou; adoption page on Blogger
    (["Moni! I am a vet nurse from Malawi, volunteering for a cat neutering programme in Lanzhou. Our coordinator registered our domain at Alibaba Cloud, and the adoption page is made on Blogger. A friend says because we have an Alibaba Cloud account we need Alibaba Cloud ICP filing. The coordinator handles the account, I am not sure what is inside. Is my friend right?",
      "nope. the coordinator checked the order history this evening and we have never paid for any ECS"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # 7 x3g otherwise: Namibian geologist, copper mine, Baiyin; drill-core database on an ECS bought in May
    (["Hi, I'm a Namibian geologist at a copper mine near Baiyin. Somebody in our team read that Alibaba Cloud ICP filing is not needed unless you buy ECS. Well, we did buy an ECS from Alibaba Cloud in May, it runs our drill-core logging database. So what does that mean for us?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 8 omc rule, two generic no: lowercase native couple, letterpress wedding stationery, Changzhou
    (["hi! me and my wife run a little letterpress studio in changzhou, wedding invites and business cards mostly. we want a simple site to show our work and take orders. a printer friend told us there's some 'initial filing' for icp you have to do first. is that something we need?",
      "nope. not once, we've never dealt with it",
      "no, that one neither. untouched"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # 9 omc otherwise: Latvian, shrimp feed producer, Zhanjiang; company filed 2018, fresh calculator domain never filed
    (["Labdien! Latvian here, I work for a shrimp feed producer in Zhanjiang. Our company has been ICP filed since 2018, that was for the main website. Now we registered a fresh domain, feedcalc-zj.com, for an online feed calculator for shrimp ponds, and this domain has never been filed. Do we need the initial ICP filing for it?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # 10 srs rule (transfer): New Zealand farm manager, dairy group, Hulunbuir; whole filing from Huawei Cloud
    (["Kia ora from Hulunbuir. I'm a Kiwi farm manager for a dairy group with four farms up here. Our company and our domain were filed through 华为云 (Huawei Cloud). We want to move that whole filing over to Alibaba Cloud and have nothing left with Huawei afterwards. What's that process and what do I need?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 11 srs otherwise: lowercase native, crusher and pump rental for small gold mines, Hami; Tencent Cloud, only Model Studio
    (["hey. we rent out crushers and pumps to small gold mines around hami. our icp filing is with 腾讯云 (tencent cloud). all we use from alibaba cloud is qwen through model studio, for translating equipment manuals. my boss keeps asking if we should transfer the filing over to you guys or add you as another provider. thoughts?",
      "boss made up his mind: tencent cloud keeps our filing, full stop. alibaba cloud won't take it over and won't be added next to them either"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 12 b24 other: Kyrgyz, veterinary medicine distributor, Shijiazhuang; Baidu AI Cloud, ECS bought today
    (["Salamatsyzby! I'm from Kyrgyzstan, working in a company in Shijiazhuang that distributes veterinary medicines to farms. Our company's filing was made through 百度智能云 (Baidu AI Cloud). Today we purchased an ECS from Alibaba Cloud, and on it we will launch a new website with a new domain, vetmedsupply-sjz.com, for the product catalogue. Which ICP filing should we apply for?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 13 b24 alibaba: lowercase native, screen printing studio (tote bags, band tees), Changsha; accountant's records
    (["hey! we run a screen printing studio in changsha, mostly tote bags and tees for bands. just got a second alibaba cloud ecs to host a brand-new site on a new domain for custom orders. i have zero idea where our company got its icp filing originally. what filing does the new site need",
      "the accountant dug up the records: our studio's icp filing was handled at alibaba cloud back in 2020"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 14 b24 alibaba: Guatemalan farm manager, macadamia plantation, Lincang; wholesale site on a new ECS
    (["I'm Guatemalan, the farm manager of a macadamia plantation near Lincang. Two years ago our company made its ICP filing with Alibaba Cloud. Now we open a new wholesale website with its own new domain, and it runs on a new ECS we bought this month. What must we do about ICP for this new site?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise: Bhutanese engineer, biogas consultancy, Chengde; developer picks Webnode
    (["Kuzuzangpo la. I am from Bhutan, working for a biogas consultancy in Chengde - we design digesters for pig farms. Our company ICP filing is done with Alibaba Cloud. We want a new site with a new domain to teach farmers about biogas, but our developer has not chosen where to host it. Do we need to add a website ICP filing?",
      "Developer's choice is Webnode: the new site will be made and hosted there, so no ECS will be used for it."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # 16 fyg rule: Eritrean fish pathologist, aquatic animal health lab, Maoming; management decides the changes
    (["Hello, I'm Eritrean, a fish pathologist at an aquatic animal health lab in Maoming. Our website has an ICP filing number from Alibaba Cloud. The management is still discussing whether some of our details should be updated, I don't know the result yet. What should I know about changing the filing?",
      "The director announced it today: the lab moves to the new building in Dianbai, so our address changes, and the website contact will be Dr. Tesfay instead of Dr. Liang. These must be changed."],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise: Moldovan IT staff, offset printing house, Nantong; number via UCloud
    (["Hello, I'm from Moldova and I handle IT at an offset printing house in Nantong, we print catalogues and books. We will change the website name and the name of the responsible person on our ICP filing. Our number was obtained via 优刻得 (UCloud); Alibaba Cloud has nothing to do with it. Is changing the filing on the Alibaba Cloud platform required for us?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # 18 no_match: pet clinic chain, Tangshan; EventBridge rule to DingTalk webhook returns 403
    (["Our chain of four pet clinics in Tangshan set up an EventBridge rule that pushes new appointment events from our app to a DingTalk robot webhook. The rule says enabled, but DingTalk gets nothing and the event trace shows delivery failed with HTTP 403. What am I missing?"],
     [{}], [], "no_match"),
    # 19 no_match: lowercase, packaging plant shop floor, Jiaxing; DataV screen frozen
    (["the datav screen on the shop floor of our packaging plant in jiaxing stopped updating - the line speed widgets are frozen at last night's numbers even though the mysql source has fresh rows. refresh interval is 30s. where do i look"],
     [{}], [], "no_match"),
]

ZH_A = [
    # 0 kbw otherwise via un3: 抚远大马哈鱼籽出口, ECS放报关单据, 合伙人没商量好; 回复: 国外机房
    (["请教下，我们是抚远做大马哈鱼籽和鲟鱼制品出口的小公司，前阵子在阿里云买了台ECS，现在就放报关单据和客户名单。合伙人说以后可能还要拿它干别的，具体还没商量好。这种情况要不要做ICP备案？",
      "几个合伙人昨晚吃饭时定下来了：公司域名会解析到这台ECS，上面做个给日本、韩国采购商看货、在线询价的网站。ECS买的时候挑的是国外的机房，根本不在中国内地。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 1 un3 rule: 五常种稻合作社, 烘干塔温控盒子直连IP, 村里小伙子的传言
    (["你好，五常这边种稻的合作社，去年在阿里云买了一台ECS，烘干塔和粮仓的温湿度都往它上面传。听村里搞电商的小伙子说，凡是国内的服务器都得备案，不然要被关停，真的吗？",
      "温控盒子里写死的是IP地址，这台ECS到现在也没有哪个域名解析过去，以后也不打算弄。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 2 fvv other: 集安冰葡萄酒酒庄, 品酒预约子域名; 回复带更正: 京东云
    (["麻烦问一下，我们是集安的冰葡萄酒酒庄，想开个子域名 visit.jaicewine.cn 给游客预约品酒。主域名是当初建站公司帮着弄的，备案这块我一直没管过，情况不清楚。子域名这边需要做什么？",
      "建站公司一开始说主域名没备过案，后来翻了记录又改口了：其实有ICP备案号，是在京东云办的，跟阿里云无关。"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 3 fvv none: 寿光蔬菜嫁接苗育苗场, 订苗二级域名, 主域名一直没备案
    (["你好，寿光做蔬菜嫁接苗的育苗场，想弄个二级域名 dinggou.sgyumiao.com 让大棚户在网上订苗。主域名sgyumiao.com是前几年注册的，一直闲放着，从来没申请过备案，也就没有ICP备案号。这个二级域名要备案吗？"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 4 x3g rule: 砀山酥梨, 1688店铺, 阿里云只有域名和企业邮箱; 隔壁果园老张的说法
    (["砀山卖酥梨的，网店开在1688上。阿里云账号里就注册了个域名，另外开了个企业邮箱，ECS一台都没买过。隔壁果园的老张非说域名在阿里云买的就必须在阿里云备案，是这样吗？"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 5 omc rule: 南丰新注册的蜜桔公司, 主体没办过备案; 回复: 域名新注册、查过无记录
    (["您好，我们在南丰刚注册了一家卖蜜桔的公司，这家公司以前从没办过任何ICP备案手续。打算做个网站接团购订单，首次备案是不是必须要办？",
      "域名也是新注册的，我在备案系统里查了，它一次备案记录都没有。"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 6 srs otherwise: 横州茉莉花茶, 备案在火山引擎, 只用视觉智能开放平台抠图
    (["横州做茉莉花茶的，公司和网站的备案都在火山引擎。阿里云这边只用了视觉智能开放平台，给产品图抠图。备案我们就留在火山引擎不动了：转到阿里云这事不做，加阿里云当第二个接入商也不做。这样的话还需要在阿里云办什么备案吗？"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 7 b24 alibaba: 抚松人参蜜片公司, 主体在阿里云备案, 新品牌服务器没定; 回复: 财务付款买了ECS
    (["想咨询下，抚松这边做人参蜜片的公司，公司主体是在阿里云备的案。现在要给新品牌单独做个网站，新域名也买好了，服务器放哪家还在商量。这种要做网站备案吗？",
      "财务今天上午在阿里云付了款，新买了一台ECS，新品牌的网站就架在这台上面。"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 8 fyg rule: 禹州钧瓷工作室, 阿里云备案号, 法人换成儿子、网站名称要改
    (["禹州做钧瓷的工作室，网站的ICP备案号是在阿里云办下来的。最近公司法人换成了我儿子，网站名称也要改成“禹州窑火”，备案信息这块要怎么改？"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 9 no_match: 无为电线电缆厂, 云消息队列MQTT版 终端集体掉线
    (["无为这边的电线电缆厂，用的是阿里云的云消息队列MQTT版，车间几十台拉丝机的采集终端每隔几分钟就集体掉线重连，控制台看到的断开原因是KeepaliveTimeout，心跳已经设成60秒了，还可能是哪里的问题？"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 0 kbw rule via un3: 章丘手工铁锅作坊, ECS存库存表和照片, 老板娘没拿主意; 回复: 饭店后厨订锅网站, 中国内地机房
    (["章丘打铁锅的作坊，在阿里云买了台ECS，眼下只拿来存库存表和手工锅的照片。老板娘说以后可能派别的用场，还没拿主意。这种情况需要备案吗？",
      "老板娘拿主意了：把我们的域名解析到这台ECS上，做个给饭店后厨批量订锅、查物流的网站。ECS买的是中国内地的机房。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 un3 rule: 西峡香菇酱厂, 冷库温度探头直打公网IP, 从没绑过域名
    (["西峡做香菇酱的厂子，在阿里云买了一台ECS，冷库的温度探头把数据直接打到它的公网IP上。我们从来没给它绑过域名，也没做过任何解析。同行说只要服务器在国内就得备案，我们这种也要吗？"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 2 fvv alibaba: 泾县宣纸作坊, 定制子域名; 回复: 姐夫确认主域名2018年在阿里云备案
    (["请问一下，泾县做宣纸的作坊，想加个子域名 dingzhi.jxxuanzhi.com，给书画家定制尺寸和纹样。主域名是我姐夫当年弄的，在哪备的案我说不上来。子域名还得单独备案吗？",
      "刚跟姐夫打电话确认了，主域名2018年就是在阿里云备的案。"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 3 x3g otherwise: 容县沙田柚, 网上看到的说法, 外甥管账号; 回复: 账单截图里有ECS
    (["容县种沙田柚的，网上看到说不买ECS就不用做阿里云的ICP备案。我们阿里云的账号是外甥一手管的，买过哪些产品我一概不知。我们到底要不要备案？",
      "外甥把账单截图发过来了，前年双十一在阿里云下单买过一台ECS，到现在还在续费。"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 4 omc otherwise: 信阳新成立的毛尖茶贸易公司, 主体零备案, 域名从关门的老茶庄转手、早年备过案
    (["信阳这边新成立的毛尖茶贸易公司，公司主体这边备案是零，一次都没申请过。不过打算用的域名是从一家关了门的老茶庄转手来的，那家茶庄早年拿它办过ICP备案。这种情况要走首次备案吗？"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # 5 srs rule (transfer): 余干辣椒酱公司, 备案从联通云转到阿里云
    (["余干做辣椒酱的公司，主体和域名的备案现在挂在联通云。联通云的服务器明年到期就不续了，打算把主体和域名的备案一并转到阿里云来接入，该走什么流程？"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 6 b24 other: 万年贡米公司, 主体在天地祥云, 有机米新站服务器没谈拢; 回复: 总经理签字买了ECS
    (["你好，万年做贡米的公司，主体备案是在天地祥云做的。现在要给有机米新开个网站，用新域名，服务器租谁家的还没谈拢。需要办什么备案？",
      "总经理签字了，阿里云的ECS今天已经买好，有机米的新网站就放在这台ECS上。"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 7 b24 otherwise: 梧州六堡茶, 主体在帝恩思, 茶园参观新站放建站公司虚拟主机, 阿里云无ECS也不买
    (["梧州做六堡茶的，公司主体的备案在帝恩思。最近想给茶园参观做个新网站，用新域名，交给本地一家建站公司做，直接放在他们自己的虚拟主机上。我们在阿里云没有任何ECS，这回也不会去买。这样还需要在阿里云加网站备案吗？"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 8 fyg otherwise: 博兴草柳编工艺品, 网站负责人离职、座机换号; 回复: 前任经理邮件, 商务中国
    (["博兴做草柳编工艺品的，网站负责人离职了，公司座机也换了号，备案信息得跟着改。备案号是前任经理弄的，从哪个平台办的我不知道。这种要怎么改？",
      "翻到前任经理留下的邮件了，备案号是在商务中国办的，不是阿里云给的。"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # 9 no_match: 延吉辣白菜直播间, 内容安全 评论审核误判
    (["延吉卖辣白菜的，直播间评论用阿里云内容安全做审核，最近“辣”“红”这类正常字眼也老被判成违规拦掉，误杀率很高，能调哪个参数放宽一点？"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 48048007), ("en_b", EN_B, 48048019),
         ("zh_a", ZH_A, 48048031), ("zh_b", ZH_B, 48048049)]


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
