#!/usr/bin/env python3
"""Build the icp_dlg51 blind dialogue set (fifty-first writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg48_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # 0 kbw rule: Tongan operations lead, PCB assembly plant, Wuhan; distributor's hearsay that B2B factories are exempt
    (["Mālō e lelei! I run operations at a small PCB assembly plant in Wuhan (mostly SMT for LED drivers and some "
      "power boards). Last week we bought 2 ECS from you, and when we made them I chose a data centre on the mainland "
      "of China, not HK. Our domain pcbquick-wh.com has A records to those two servers already. Customers will upload "
      "Gerber files on the site, get a price and track their boards in the browser. A sales guy from a component "
      "distributor told me factories that only sell B2B dont need ICP at all. Is he right? Or we must do it before "
      "customers can use the site?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # 1 kbw otherwise via un3: Malagasy entomologist, beetle collection digitisation, Hefei; PI undecided, then server overseas
    (["Manao ahoana. I am entomologist in a university team in Hefei, we digitise a beetle collection (around 40 000 "
      "specimens, photos of each). We have one Alibaba Cloud ECS where the photo archive is stored now. Our PI maybe "
      "wants to show the collection to public later, he did not say how yet. Do we need ICP filing for this ECS?",
      "Update from group meeting: our PI said go. The catalogue will be a public website where anybody can browse "
      "the specimens, and beetlebank-hf.org will be pointed to the ECS with DNS. About location, when we created "
      "the ECS we took a data centre overseas, close to partner museum abroad, so it is not in mainland China."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 2 un3 rule: lowercase HVAC installer office, Xinxiang; dispatch app by bare IP; supplier's sales rep hearsay
    (["hey, i do the office stuff for a small hvac install company in xinxiang (split AC units, some floor heating in "
      "winter). we got an ecs from alibaba cloud in march that runs our job dispatch thing, the 6 techs open it on "
      "their phones by typing the ip and port, thats it. no domain was ever set up to point at it and we dont plan to. "
      "the sales rep from our compressor supplier swears every server in china needs a licence or it gets shut down "
      "lol. do we actually need icp for this one??"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 3 un3 rule: Armenian seismologist, small earthquake monitoring network, Mianyang; generic no
    (["Barev dzez. I am seismologist, we run a small network of 14 seismometer stations around Mianyang for an "
      "earthquake early-warning research project. All stations send waveform packets every second to one ECS which "
      "we bought on Alibaba Cloud in January. My colleague from the institute read that every server with public "
      "access in China needs ICP filing. For our ECS, do we need it also?",
      "nope, there is no domain anywhere in this, the station firmware has only the numeric IP of the ECS written "
      "inside"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # 4 fvv alibaba: Bolivian marketer, LED display maker, Foshan, rental subdomain; reply: checked the company account, root filed via Alibaba Cloud
    (["Hi, I'm from Bolivia, working in marketing for a LED display screen manufacturer in Foshan. We rent out big "
      "LED walls for concerts and trade shows, and we want a page for that on rental.ledwall-fs.com, under our main "
      "domain. The main domain was registered by an old colleague who left 2 years ago, and I have no idea what "
      "papers he did for it. Does the subdomain need ICP filing separately?",
      "I checked our company account on Alibaba Cloud and there it is: ledwall-fs.com got its ICP number via "
      "Alibaba Cloud, approved in 2021."],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 5 fvv other: lowercase locksmith, Jinan, callout subdomain; root's number from 浪潮云 (Inspur Cloud)
    (["quick q from a locksmith in jinan. we do lockouts, safe opening, smart lock installs. want to put an "
      "emergency callout page on sos.jnlocks.cn. the main jnlocks.cn has an icp number, but that was done through "
      "浪潮云 (inspur cloud) when my brother-in-law set it all up, alibaba cloud was never involved in that filing. "
      "so for the sos. subdomain do i have to file again with you or is it covered?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 6 fvv none: Burundian lab tech, water-treatment chemicals supplier, Wuhu, dosing calculator subdomain; director asked
    (["Good day. I am lab technican at a company in Wuhu that sells water treatment chemicals (PAC, PAM, chlorine "
      "dioxide tablets). We made a small dosing calculator for our clients and want to publish it at "
      "dose.wuhu-aquachem.com. For the main domain wuhu-aquachem.com I don't know anything about filing, the director "
      "handles that. Is ICP filing needed for the second-level domain?",
      "Mr. Tao (director) answered: the main domain was only bought to keep the name, nobody ever submitted an ICP "
      "application for it, so there is no ICP number on it."],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 7 x3g rule: Samoan pest control sole trader, Haikou; site on Yola; only the domain renewal at Alibaba Cloud; landlord hearsay
    (["Talofa lava! I run a one-man pest control business in Haikou (termites, cockroaches, the usual tropical "
      "fun). My website is made and hosted on Yola. From Alibaba Cloud the only thing I pay is the yearly renewal of "
      "my domain, I have never had any ECS or other server with you. My landlord keeps saying every business site in "
      "China needs an ICP from Alibaba. Do I need an Alibaba Cloud ICP filing in my case?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 8 x3g otherwise: lowercase new IT hire, industrial adhesive factory, Zibo; inherited account; reply: billing shows an ECS
    (["hi all. started last week as the only it person at an industrial adhesives factory in zibo (hot melt, "
      "epoxy, the sticky stuff). my predecessor left the alibaba cloud account with zero notes. my manager asks if "
      "we even need an alibaba cloud icp filing. i have no clue what was bought on the account, so where do i start",
      "just went through the billing page. there's one ecs on the account, renewed every year since 2023, so we "
      "did buy one"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 9 omc rule: Togolese founder, inspection drone startup, Changchun; company and domain brand new, nothing filed
    (["Bonjour, I am co-founder of a startup in Changchun, we build drones for inspecting power lines and wind "
      "turbine blades. Company was registered only last month and up to now it has not filed for ICP even once, in any form. "
      "Yesterday we bought the domain skyprobe-cc.com, it is totally new, no filing was ever done for it by anybody. "
      "Before our website goes online, what filing must we do?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 10 omc otherwise: Uruguayan chemist, glass bottle maker, Bengbu; new domain never filed; reply with correction: company filed 2019
    (["Hello, I am chemist at a glass bottle factory in Bengbu (perfume and pharma vials mostly). We want a new "
      "site for our borosilicate line, the domain bengbu-vials.com we bought two weeks ago and never any filing was "
      "made for it. Whether the company as such had ICP before, I really don't know, I am here only since spring. Do we "
      "need initial ICP filing?",
      "Asked our admin lady. Her first answer was 'no, never', but then she looked in the drawer with legal "
      "papers and found it: the company got its ICP filing done in 2019, for the old corporate website."],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # 11 srs rule (add): Azerbaijani IT manager, carbon fibre parts maker, Weihai; keeps 世纪互联 (21Vianet), adds Alibaba Cloud
    (["Hello. I am IT manager in a carbon fibre parts company in Weihai (bike frames, drone arms, some yacht parts). "
      "Our website filing is with 世纪互联 (21Vianet) and we will keep it there, no change. But now management "
      "would like Alibaba Cloud in as an extra provider for the filing of that same website, so two providers together. Do we "
      "need to apply for ICP filing for that?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # 12 srs otherwise: lowercase volunteer, botanical garden, Guilin; 亿速云 (Yisu Cloud); only Machine Translation at Alibaba; reply: filing stays
    (["hey there, i help out with the it at a botanical garden in guilin (karst plants, lots of orchids). our site "
      "is filed with 亿速云 (yisu cloud). from alibaba cloud we only use machine translation for the english plant "
      "labels. new director asked me if we must move the icp filing over to alibaba cloud, or add alibaba cloud as "
      "another provider, since we're 'customers now'. do we have to??",
      "talked to the director, we're leaving it exactly where it is with yisu. not moving anything to alibaba "
      "cloud and not adding it as a provider either"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 13 b24 other: Bosnian engineer, smart lock maker, Zhongshan; 首都在线 (Capital Online); reply: boss bought ECS, new brand site on it
    (["Dobar dan. I am engineer at a smart lock maker in Zhongshan (fingerprint and face unlock door locks). Our "
      "company has ICP filing already, it was done with 首都在线 (Capital Online), not with you. Now we launch a "
      "second brand for hotels, with a new domain hotellock-zs.com. Where we host it is not decided, boss is "
      "comparing. Do we need another ICP filing for the new site?",
      "Boss decided this morning, he purchased an ECS on Alibaba Cloud and the hotel brand website will run on "
      "that ECS."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 14 b24 alibaba: Maldivian research coordinator, marine research station, Beihai; subject filed with Alibaba Cloud, new site on a new ECS
    (["Hi, research coordinator at a marine research station in Beihai here (seagrass and dugong surveys, I am "
      "from the Maldives so the sea is home for me). Our station's ICP filing, back in 2022, was handled by Alibaba Cloud. "
      "This week we bought one more ECS and on it we will host a brand new website for our research vessel, "
      "with its own new domain, showing cruise tracks and data. What filing is needed for this new website?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise: Nicaraguan owner, house cleaning company, Zhuhai; 恒创科技 (HostCenter); booking site on GoDaddy builder, no ECS
    (["Hello, I have a house cleaning company in Zhuhai, 12 cleaners, deep cleans and move-out cleans. The "
      "company's ICP filing we did with 恒创科技 (HostCenter) a few years ago. Now I want a booking website on a new "
      "domain, my nephew builds it with GoDaddy's website builder and GoDaddy hosts it. Alibaba Cloud ECS we don't "
      "have any, and for this I will not buy one. Do I need to add a website ICP filing?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 16 fyg rule: lowercase, furniture restoration workshop, Xiangyang; Alibaba number; moved and renamed the site
    (["hello! family furniture restoration workshop in xiangyang here (old camphor chests, ming-style chairs, "
      "re-caning). our site has its icp number from alibaba cloud, got it 2021. we just moved the workshop across "
      "the river to a bigger place so the address is different now, and we'd like to rename the website too. we "
      "want to update those details in the filing. what do we do"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise: Beninese sales engineer, paint factory, Pingxiang; company renamed; generic no: number via 三五互联 (35.com)
    (["Good morning. I work as sales engineer at a paint factory in Pingxiang (industrial anticorrosion coatings). "
      "The company name changed last month after a merger, so we need to update the company information in our ICP "
      "filing. How to change it on your platform?",
      "no, the ICP number we have did not come from Alibaba Cloud. It was done through 三五互联 (35.com), our IT "
      "guy showed me the mail"],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # 18 no_match: lowercase, electronics contract manufacturer, Luoyang; ACK pods stuck Pending
    (["ugh. electronics contract manufacturer in luoyang, we moved our MES to ACK (alibaba's kubernetes) last "
      "week. since this morning half the pods sit in Pending and describe says '0/3 nodes are available: 3 "
      "Insufficient cpu'. but the node pool graph shows like 40% cpu used?? autoscaler is on. what am i missing"],
     [{}], [], "no_match"),
    # 19 no_match: Ecuadorian researcher, meteorology lab, Lhasa; Log Service SQL analysis error
    (["Hello, I am from Ecuador, doing a postdoc at an atmospheric research lab in Lhasa. Our weather station logs "
      "go to Log Service (SLS). When I run the query  * | SELECT station_id, avg(temp) GROUP BY station_id  it "
      "says the column is not indexed, but I can see the field in raw logs. Do I have to rebuild something? Sorry "
      "if this is basic."],
     [{}], [], "no_match"),
]

EN_B = [
    # 0 kbw rule via un3: Belizean production manager, soldering flux plant, Nanchang; owner undecided, then mainland public site
    (["Hi from Nanchang! I am from Belize, production manager at a factory making soldering flux and solder paste. "
      "We bought an ECS at Alibaba Cloud and right now it only keeps our batch test records. The owner talks about "
      "doing more with it but nothing decided. Does this ECS need ICP filing?",
      "The owner made up his mind last night. Our domain fluxline-nc.com will be resolved to this ECS, and "
      "distributors will go to a website there to download safety data sheets and order samples. The ECS is in a "
      "mainland China data centre, we picked that when buying."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 kbw otherwise: lowercase appliance repair crew, Zhengzhou; booking site on own domain; generic no: droplet in Bangalore
    (["yo. me and 2 mates fix washing machines, fridges, ovens around zhengzhou. we've got a little site (own "
      ".com) where people pick a time slot and describe whats broken. a customer (works at some bank) told me "
      "sites without icp get blocked in china. is that a thing for us?",
      "nope, the site lives on a digitalocean droplet in bangalore, nothing of it is in mainland china"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # 2 un3 rule: Icelandic astronomer, observatory, Dali; image pipeline by IP; reply: domain exists but hosted at university, never resolved to ECS
    (["Góðan dag. I am an astronomer with a small observatory near Dali, we follow variable stars every clear "
      "night. We rent one ECS from Alibaba Cloud where the telescope software uploads the raw frames for processing. "
      "A visiting professor insisted that any ECS in China must have ICP filing. Is this true for us?",
      "The telescope connects straight to the ECS public IP. The observatory does own a domain name, but it is used "
      "only for our outreach pages which the university hosts, and in DNS it never pointed to the ECS, not even once."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 3 fvv alibaba: Mauritian product manager, industrial sensor maker, Wuxi; docs subdomain, root filed with Alibaba Cloud
    (["Bonzour! I'm product manager at an industrial sensor company in Wuxi (pressure transmitters, level "
      "sensors). We want to move our manuals to docs.senstek-wx.com. The main domain senstek-wx.com was put "
      "through ICP filing by Alibaba Cloud in 2019, the number is still valid. Do we need a separate filing for the "
      "docs subdomain?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 4 fvv other: Slovenian chemist, ceramic glaze supplier, Jingdezhen; glaze-library subdomain; reply: root filed via 息壤 (Xirang)
    (["Dober dan, I am a chemist working for a ceramic glaze supplier in Jingdezhen (celadon, tenmoku, lots of "
      "crackle glazes). We'd like to open glazes.jdz-glazeworks.com as an online glaze library for potters. I'm not "
      "sure about the status of the main domain, whether it's filed or how. What is needed for the subdomain?",
      "Our office manager checked: jdz-glazeworks.com has an ICP number, but it was obtained through 息壤 (Xirang), "
      "so Alibaba Cloud was not the provider for that filing."],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 5 fvv none: lowercase carpet cleaning business, Nanning; quotes subdomain; reply: cousin says never filed
    (["hiya, we run a carpet and sofa cleaning business in nanning. want quotes.nncleanpro.com for people to send "
      "pics of stains and get a price. my cousin registered nncleanpro.com years back, no clue what he did with it "
      "icp-wise. what do we need for the quotes subdomain",
      "rang my cousin. he says he just parked nncleanpro.com, never filed it anywhere, so theres no icp number on "
      "the main one"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 6 x3g rule: Gabonese PhD student, archaeology field school, Anyang; generic no
    (["Mbolo! I am PhD student from Gabon in archaeology, this summer I help with a field school near Anyang (Yin "
      "ruins area). I want to write a dig diary blog for the students and their families, I only registered the "
      "domain on Alibaba Cloud. Somebody in the dormitory said I need an Alibaba Cloud ICP filing for that. Do I?",
      "nope, I haven't bought any ECS at all, blog runs on Tumblr with my domain, the domain is my only Alibaba "
      "Cloud purchase"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # 7 x3g otherwise: Tajik procurement officer, plastic recycling pellets, Linyi; ECS bought last month; supplier's hearsay
    (["Hello. I work in procurment at a plastic recycling plant in Linyi, we make PP and HDPE pellets from "
      "post-consumer waste. Last month our company bought one ECS on Alibaba Cloud for the pellet order system. A "
      "friend from a machinery supplier said Alibaba Cloud ICP filing is not needed when the site is still offline. "
      "For us with this ECS, is Alibaba Cloud ICP filing needed or not?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 8 omc rule: lowercase roommates, new window-cleaning service, Chongqing; two generic no replies
    (["hey so my roommate and i are starting a window cleaning thing in chongqing (high-rise flats, rope access, "
      "we're both certified). we want a simple site with prices and a wechat qr code. someone in a wechat group said "
      "there's an 'initial' icp you have to get before going live. do we need that one?",
      "nope, never touched anything like that, we're total newbies",
      "no, nothing there either, zero"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # 9 omc otherwise: Senegalese soil scientist, university spin-off soil lab, Changde; company filed 2020, new domain never filed
    (["Nanga def. I'm a soil scientist in a small spin-off company in Changde, we test soil for rice farmers and "
      "local government (heavy metals, pH, organic matter). The company did its ICP filing in 2020 for the first "
      "site. Now we registred soiltest-cd.com for a sample tracking page, and that domain has never been through "
      "any filing. Is this a case for the initial ICP filing?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # 10 srs rule (transfer): Jamaican operations manager, robot arm integrator, Tianjin; from 有孚网络 (Yovole) to Alibaba Cloud
    (["Wha gwaan. Jamaican here, ops manager at a robot arm integration company in Tianjin (welding and palletising "
      "cells). Our subject and domain are ICP filed with 有孚网络 (Yovole). Contract ends in August and we want to "
      "transfer the whole filing, subject and domain, over to Alibaba Cloud, nothing stays with Yovole. Do we need to "
      "apply for an ICP filing for that?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 11 srs otherwise: Peruvian trader, pigment and dye chemicals, Shantou; 睿江云 (Eflycloud); reply: stays put
    (["Hi, I'm Peruvian, I work for a pigment and dye trading company in Shantou (we sell to the toy and textile "
      "factories around). Our site is filed with 睿江云 (Eflycloud). We started using Alibaba Cloud only for OCR on "
      "customs papers. My boss asks: must we transfer the filing to Alibaba Cloud, or add Alibaba Cloud as a second "
      "provider?",
      "After the call with my boss: the filing remains with Eflycloud like it is today. No transfer to Alibaba "
      "Cloud, and Alibaba Cloud will not be added as provider."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 12 b24 other: Montenegrin sales lead, lab reagent distributor, Suzhou; 小鸟云 (Niaoyun); ECS bought today for new catalogue domain
    (["Pozdrav! I lead sales at a lab reagent distributor in Suzhou (buffers, enzymes, HPLC solvents). Our "
      "company is ICP filed through 小鸟云 (Niaoyun). Today we purchased an ECS on Alibaba Cloud and we will put a "
      "new catalogue website on it, on a new domain reagentbox-sz.com. What do we need to do regarding filing?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 13 b24 alibaba: lowercase plumbing co-op, Fuzhou; second ECS for water-heater site; reply: approval mail came from Alibaba Cloud
    (["evening. we're a plumbing co-op in fuzhou (4 plumbers, leaks, water heaters, blocked drains). bought a 2nd "
      "ecs yesterday and the new site for water heater installs goes on it, new domain too. honestly dunno how our "
      "business got filed in the first place, the old office girl handled that. do we need some filing for this new "
      "site",
      "my partner dug through the old email. the icp approval notice came from alibaba cloud, so the business is "
      "filed with you guys"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 14 b24 alibaba: Liberian research coordinator, wetland bird research group, Yueyang; filed with Alibaba Cloud, new ECS
    (["How da body? I'm Liberian, coordinator for a wetland bird research group in Yueyang, we count migratory "
      "birds at Dongting Lake every winter. Our organisation got its ICP filing from Alibaba Cloud. We just bought "
      "another ECS for a citizen science site where volunteers log bird sightings, it'll sit on that ECS with a new "
      "domain. Which filing do we need?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise: Honduran, 3D printer filament maker, Jiangmen; subject with Alibaba; reply: BigCommerce hosts it, no ECS
    (["Hello, I am Honduran, working at a 3D printer filament maker in Jiangmen (PLA, PETG, some carbon-filled "
      "stuff). We filed our company for ICP via Alibaba Cloud. We're preparing a new online shop for "
      "makers on a new domain, but the team still argues about the platform. Do we need a website ICP filing?",
      "The team voted for BigCommerce. They build and host the shop, we will not use any ECS for it."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # 16 fyg rule: Bruneian office manager, electrical contractor, Guiyang; Alibaba number; reply: new legal rep and site name
    (["Hi, I manage the office of an electrical contracting company in Guiyang (wiring for new apartment blocks, "
      "switchboards). Our website got its ICP filing number from Alibaba Cloud. My boss mentioned some details might "
      "need updating, I am not sure which. How does this work?",
      "Boss clarified: the legal representative changed from Mr. Long to his daughter, and the website name will "
      "change as well. We want both updated in the filing."],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise: Mauritanian materials engineer, glass wool insulation maker, Deyang; number via 宝德云 (PowerLeader); new address
    (["Good afternoon. I'm a materials engineer at a glass wool insulation maker in Deyang. We moved the plant to "
      "the new industrial park, so we want to modify the address in our ICP filing. Our ICP number was not issued "
      "through Alibaba Cloud, it came through 宝德云 (PowerLeader Cloud). Can we do the change on Alibaba Cloud?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # 18 no_match: Surinamese bioinformatician, genomics lab, Zunyi; PolarDB read-only node lag
    (["Fa waka. I'm a bioinformatician from Suriname in a genomics lab in Zunyi. We use PolarDB for MySQL for "
      "sample metadata. Every night when the pipeline writes big batches, the read-only node lags 30-40 seconds and "
      "our dashboard shows old results. Is there a setting to make the read-only node keep up, or should we read "
      "from the primary?"],
     [{}], [], "no_match"),
    # 19 no_match: lowercase support team, drone parts maker, Ganzhou; Machine Translation ignores glossary
    (["hi, support team at a drone parts maker in ganzhou. we run our spanish and russian manuals through alibaba "
      "machine translation with a custom glossary, but it keeps translating 'gimbal' and 'ESC' as random words and "
      "ignores the glossary terms. glossary shows as active. anyone seen this?"],
     [{}], [], "no_match"),
]

ZH_A = [
    # 0 kbw otherwise via un3: 岫岩玉雕工作室, ECS 存玉料照片, 师傅没定; reply: 解析到ECS, 海外客户看货下单, 机房在日本
    (["你好，我们是岫岩做玉雕的小工作室，前阵子在阿里云买了台ECS，现在就放放玉料照片和订单表格。师傅说以后可能还要拿它干点别的，具体干啥还没定。这种情况要做ICP备案吗？",
      "师傅想好了：xiuyanjade.com 这个域名会在DNS里解析到这台ECS，做个给海外客户看货、下单的网站。ECS当时买的是日本的节点，机器不在中国内地。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 1 un3 rule: 安吉竹椅厂, ECS 跑生产看板, 朋友圈的说法; reply: 平板直接输IP+端口, 没有任何域名解析过来
    (["麻烦问下，我们安吉这边做竹椅竹凳的厂，去年在阿里云买了一台ECS跑生产看板（dashboard）。看朋友圈有人转发说服务器不备案会被关停，我们这台要不要ICP备案啊？",
      "车间的平板都是直接输公网IP加端口打开看板的，至今这台ECS没被任何域名指向过，DNS里一条相关记录都没有。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 2 fvv other: 诸暨珍珠直播团队, 二级域名 live.; reply: 主域名备案号是硅云那边办的
    (["hello，我们是诸暨卖淡水珍珠的，直播团队想搞个 live.zjpearl.cn 放直播回放和预约。主域名 zjpearl.cn 当年是谁弄的、有没有备案我都不太清楚。这个二级域名要单独ICP备案吗？",
      "问到了，主域名有ICP备案号，不过是在硅云那边办下来的，阿里云没参与过。"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 3 fvv none: 东海水晶饰品店, 定制刻字二级域名, 主域名压在抽屉里一样从没申请过备案号
    (["请教个问题，我在东海开水晶饰品店，想做个 diy.dhcrystal.com 的二级域名给客人定制刻字。主域名 dhcrystal.com 买来一直闲着，从来没有提交过备案申请，手上也没有任何ICP号。这样的话二级域名要备案吗？"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 4 x3g rule: 富平柿饼, 微信小商店卖货, 阿里云只有一个域名, 同村人的说法
    (["你好，我家在富平做柿饼，货都在微信小商店上卖。阿里云账号上就注册了一个域名用来放品牌介绍页（页面是别的平台托管的），ECS之类的服务器我从来没在阿里云买过。村里有人讲只要在阿里云有账号就得做阿里云ICP备案，我这种需要吗？"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 5 omc rule: 中宁枸杞新公司, 主体从没备过; reply: 域名也是新买的, 工信部网站查不到任何记录
    (["您好，中宁新注册了一家枸杞原浆公司，营业执照上个月才下来，公司这个主体还从来没碰过ICP备案。想问下开网站前要走什么流程？",
      "域名是上周刚买的 nxgouqi.cn，在工信部备案查询里搜过，这个域名一条备案记录都查不到。"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 6 srs otherwise: 清徐老陈醋, 天互数据, 阿里云只用OCR; 不转也不加
    (["你好，清徐做老陈醋的厂子。网站备案一直挂在天互数据，最近只在阿里云开了个OCR识别发票的服务。领导特意交代了：备案就留在天互数据不动，不转到阿里云，也不把阿里云加成第二个接入商。这样的话我们需要在阿里云申请ICP备案吗？"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 7 b24 alibaba: 丹阳眼镜, 主体阿里云备案, 新镜架品牌站服务器没定; reply: 今天下单了ECS, 新站放上面
    (["问一下，丹阳做眼镜架的，公司主体是在阿里云备的案。现在要给新的钛架品牌单独做个网站，新域名，新站部署在哪还在纠结。这个要怎么备案？",
      "老板下午点头了，财务已经付完款，阿里云ECS开通好了，钛架新品牌那个站就搭在这台ECS上，下周内测。"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 8 fyg rule: 藁城宫灯, 备案号阿里云办的, 改网站名称和负责人手机号
    (["您好，我们是藁城做宫灯的，网站ICP备案号是在阿里云办的。现在网站名字想改成“藁城灯笼坊”，网站负责人的手机号也换了，想把这两项信息改一下，要在哪里操作？"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 9 no_match: 沭阳花木, 智能语音交互 录音文件识别, 方言识别不准
    (["沭阳卖花木苗的，客服电话录音用阿里云智能语音交互做录音文件识别，普通话还行，一碰到我们本地口音就乱码一样，“紫薇”老是识别成别的词。热词表也加了，有没有办法调一下？"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 0 kbw rule via un3: 盐池滩羊肉, ECS 放冷链台账, 合伙人意见不一; reply: 解析到ECS, 在线订羊肉, 中国内地机房
    (["在吗？盐池卖滩羊肉的（online + 线下门店都有），之前买了台阿里云ECS，现在上面只放冷链发货的台账。几个合伙人对它以后怎么用意见不一样。想先问问，这台ECS要备案不？",
      "合伙人们商量好了：yanchiyang.com 解析到这台ECS，上线一个顾客在线订羊肉、查物流的网站，ECS买的时候选的就是中国内地的机房。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 un3 rule: 永康电动工具厂, 测试台数据直连公网IP, 从没解析过域名
    (["永康做电动工具的厂，买了台阿里云ECS收测试台的扭矩、转速数据，设备那边直接连ECS的公网IP，这台机器从头到尾没绑定过域名、没做过DNS解析，以后也没这个打算。同事说ECS都得ICP备案，是这样吗？"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 2 fvv alibaba: 眉县猕猴桃合作社, 认养果树二级域名; reply: 大学生村官查了, 阿里云备的案
    (["请问，我们眉县猕猴桃合作社想开个 renyang.mxkiwi.com，让城里人认养果树。主域名 mxkiwi.com 是前几年弄的，备没备案、在哪备的我不清楚。这种二级域名需要ICP备案吗？",
      "村里的大学生村官帮忙查了：mxkiwi.com 当初是通过阿里云备案的，备案号一直都在。"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 3 x3g otherwise: 吐鲁番葡萄干, 网上的说法, 弟弟注册的账号; reply: 弟弟查了订单, 去年买了ECS
    (["你好，吐鲁番卖葡萄干的。网上看到说没在阿里云买ECS就不用做阿里云的ICP备案。我们阿里云账号是我弟注册的，他在上面买过啥我不清楚，我们需要做吗？",
      "我弟刚查了订单记录，去年十月在阿里云买过一台ECS，一直续费在用。"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 4 omc otherwise: 锡林浩特奶食品新公司, 主体没备过, 域名从牧民合作社转来、早年备过案
    (["锡林浩特新成立的奶豆腐、奶皮子公司，公司主体此前没申请过ICP备案。域名 xlhtnaishi.com 是从一个牧民合作社手里买过来的，他们早几年拿这个域名做过备案。这种要办首次备案吗？"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # 5 srs rule (transfer): 潮州卫浴陶瓷, 易探云到期, 主体和域名备案整体转到阿里云
    (["潮州做卫浴陶瓷的，马桶、洗手盆这些。我们主体和域名的备案现在都在易探云，合同快到期了，打算把备案整体转到阿里云，以后就只用阿里云一家。这个需要申请ICP备案吗？"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 6 b24 other: 岷县当归, 主体在快云备案; reply: 老板拍了, 阿里云ECS买了, 新站放上面
    (["你好，岷县做当归饮片的，公司主体的ICP备案是在快云办的。现在想上一个当归药膳的新网站，新域名，hosting 这块 boss 还在对比几家的报价。需要额外备案吗？",
      "老板定了阿里云，今天已经买了ECS，药膳新网站就放在这台ECS上跑。"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 7 b24 otherwise: 东港草莓, 主体在网易数帆备案, 采摘预约页用建站之星做并托管, 不买ECS
    (["东港种草莓的，公司主体备案是在网易数帆办的。现在想弄个新域名做采摘预约页面，用建站之星做、也托管在他们那。阿里云的ECS我们没有，这次也不打算买。还需要加一个网站备案吗？"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 8 fyg otherwise: 平遥推光漆器, 公司改名想改备案; reply: 备案通知短信显示是华云数据办的
    (["平遥做推光漆器的，公司上个月改了名字，网站备案里的主体名称也得跟着改。想问下这个变更怎么弄？",
      "翻到当时的备案通知短信了，是华云数据那边办的，备案号不是在阿里云拿的。"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # 9 no_match: 曲阳石雕, 云效流水线构建卡在排队中
    (["曲阳做石雕的，自己写了个报价小程序，用云效流水线自动构建，今天开始每次构建都卡在“排队中”，半小时都不动，之前一直好好的。是不是哪里配额用完了？"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 51051007), ("en_b", EN_B, 51051019),
         ("zh_a", ZH_A, 51051031), ("zh_b", ZH_B, 51051049)]


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
