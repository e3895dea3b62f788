#!/usr/bin/env python3
"""Build the icp_dlg49 blind dialogue set (forty-ninth writer).

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
    # 0 kbw rule: Greek partner, maritime law firm, Qingdao; two ECS in a mainland region, domain resolved, client portal; hearsay "law firms exempt"
    (["Geia sas. I am partner in a small maritime law firm in Qingdao, we do ship arrests and cargo claims mostly for Greek owners. Last month we bought two ECS at Alibaba Cloud, both are in a mainland China region, and our domain aegeanlaw-qd.com already points to them, the DNS records are set. On them we will open a client portal where shipowners log in with the browser and download their case papers. A lawyer from another firm told me law firms don't need ICP because everything sits behind a login and is confidential. He is right, or we need the filing?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # 1 kbw otherwise via un3: Thai sound engineer, recording studio, Kunming; ECS keeps session backups, boss undecided; reply: domain to the ECS, booking site, region outside the mainland
    (["Sawasdee krub. I'm sound engineer in a recording studio in Kunming (originally from Chiang Mai). In March we bought an Alibaba Cloud ECS and for now it only keeps the backups of our multitrack sessions. My boss Khun Anan maybe wants to use our studio domain with it as well, but he didn't make up his mind yet. Is ICP filing needed for an ECS like this one?",
      "Khun Anan decided yesterday: siamsound-km.com gets resolved to that ECS through DNS, and customers will book studio hours on a website running there. One thing: when we created the ECS we took a region outside China, the server sits in Europe and not anywhere in mainland China."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 2 un3 rule: lowercase native, rowing club, Zhenjiang; GPS units upload splits to the public IP; club domain points elsewhere, never resolved to the ECS; regatta hearsay
    (["hey, i do the techy stuff for a rowing club in zhenjiang (volunteer, def not a pro lol). we pay for an ecs at alibaba cloud and the gps speed coaches in the boats upload every crew's splits to its public ip after each outing. the club owns a domain too, but all it does is point at a one-page site a member hosts for us somewhere else - it has never been resolved to the ecs. some guy at the last regatta was adamant that chinese servers without icp get shut down. do we actually need it for this ecs?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 3 un3 rule: Czech accountant, payroll outsourcing, Changzhou; ECS holds the payroll database; tax advisor's hearsay; generic no: remote desktop to the IP
    (["Hello, I am Czech and work as accountant in a payroll outsourcing company in Changzhou, we run the salaries for around 60 foreign-invested firms. Since January we pay for one Alibaba Cloud ECS with our payroll database on it. Our tax advisor says that any server in China with personal data on it must have ICP filing. Must we file for this ECS?",
      "No, there is no domain name for it at all. The six of us in payroll team connect with remote desktop straight to its IP address, nothing else."],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # 4 fvv alibaba: Albanian landscape architect, Xiamen; parks subdomain; reply: office manager Arben dug out the records, root filed through Alibaba Cloud in 2019
    (["Mirëdita! I'm landscape architect in a studio in Xiamen, we design parks and rooftop gardens. We like to open parks.greenline-xm.com as a second-level domain to show our finished projects. The main domain was registered before I joined, so about its filing history I really have no clue. What is needed for the subdomain?",
      "Asked Arben, our office manager, and he dug out the records: greenline-xm.com got its ICP filing through Alibaba Cloud back in 2019."],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 5 fvv other: lowercase native, short-film festival, Yangzhou; tickets subdomain, root filed via UCloud, never via Alibaba Cloud
    (["hi all - i'm doing the web side of a tiny short film festival in yangzhou this year. we'd like ticket sales on a subdomain, tickets.canalshorts.cn. the main canalshorts.cn got its icp number through ucloud (优刻得) the year the festival started - we never used alibaba cloud for that filing. what do we need to sort out for the tickets subdomain?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 6 fvv none: Kazakh fencing coach, Tai'an; results subdomain; reply: the club owner never filed the main domain
    (["Salemetsiz be. I am coach in a fencing club in Tai'an, sabre and epee for kids and adults. The owner of the club bought taifencing.com two years ago and I want to make results.taifencing.com for our tournament results. About filing of the main domain I know nothing, he does all the papers himself. Do I need something for this second-level domain?",
      "The owner answered me this evening: he never applied for ICP filing for taifencing.com, so it has no ICP number."],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 7 x3g rule: Sri Lankan freelance interior designer, Wenzhou; portfolio on Cargo, only the domain at Alibaba Cloud, never an ECS; WeChat-group hearsay
    (["Ayubowan! I'm freelance interior designer from Colombo, living in Wenzhou since 3 years, doing mostly small cafes and flats. My portfolio is built and hosted on Cargo, and the only thing I have at Alibaba Cloud is the domain name I registered there. I never bought any ECS, not a single server. A friend in my WeChat group says everybody with an Alibaba Cloud account must do an Alibaba Cloud ICP filing. Do I really need one?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 8 x3g otherwise: lowercase native, amateur rugby club secretary, Weifang; inherited account, committee hearsay; reply: orders page shows an ECS renewing monthly
    (["hey there. i'm the (unpaid) secretary of an amateur rugby club in weifang, mostly expats plus a few local uni students. the alibaba cloud account was set up by a guy who moved back to cork last year and i only just got the login. someone on the committee reckons we dont need an alibaba cloud icp filing as long as we never bought an ecs. tbh no idea whats actually on the account. do we need it or not?",
      "logged in and checked the order list just now - turns out we did buy an ecs back in 2022, and it's still renewing every month"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 9 omc rule: Estonian co-founder, new trademark agency, Ningbo; company never filed, domain bought last week never filed
    (["Tere! Together with a Chinese partner I just registered a trademark agency in Ningbo, the business licence came three weeks ago. Our company has never filed anything for ICP, it is all brand new. And our domain markwise-nb.com we bought only last week, nobody ever did a filing for it either. What kind of ICP filing do we need before the site starts?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 10 omc otherwise: Rwandan cellist and office manager, chamber orchestra, Changsha; fresh season domain never filed; reply: GM confirmed the orchestra company was filed in 2021
    (["Muraho. I play cello and also run the office of a chamber orchestra in Changsha. For the new concert season we bought a fresh domain, xiangjiang-strings.com, and no ICP filing was ever done for this domain. I heard there is something called initial filing for first-timers, but if we are first-timers I am not sure, I joined only in September. Which filing is for us?",
      "Our general manager confirmed it: the orchestra company itself completed ICP filing in 2021, back then for our old domain."],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # 11 srs add: Slovak partner, audit firm, Jiaxing; keeps Kingsoft Cloud, wants Alibaba Cloud as an additional filing provider
    (["Dobrý deň. I'm one of the partners of an audit firm in Jiaxing. Our company and website have their ICP filing with 金山云 (Kingsoft Cloud), and it stays with them. What we want now is Alibaba Cloud in addition, as a new ICP filing provider for the same website, because the data room for our clients will move to your side. What must we apply for?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # 12 srs otherwise: Jordanian owner, film subtitling studio, Hohhot; filed via JD Cloud, only OSS at Alibaba Cloud, partner undecided; reply: stays with JD Cloud, no transfer, no extra provider
    (["Hello from Hohhot. I'm from Amman and I run a small film subtitling studio here, Arabic, Chinese and English. Our company and website got their ICP filing through 京东云 (JD Cloud). From Alibaba Cloud we use only OSS, to keep the film files for our translators. My partner keeps talking about moving the filing to Alibaba Cloud or maybe adding Alibaba Cloud as second provider, we are still discussing it. Do we need any ICP filing at Alibaba Cloud?",
      "We sat down tonight and agreed: the filing stays only with JD Cloud. Nothing gets transferred, and Alibaba Cloud won't be added as another provider either."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 13 b24 other: Paraguayan owner, architectural scale-model workshop, Dongguan; filed via China Unicom Cloud, new kits site, hosting open; reply: partner ordered an ECS, the shop goes on it
    (["Mba'éichapa! I'm from Asunción and I run a workshop in Dongguan that builds architectural scale models for design institutes. Our company was filed for ICP through 联通云 (China Unicom Cloud) some years ago. Now we want a new site on a new domain, modelkits-dg.com, to sell small 3D-printed building kits. Hosting is still open, Alibaba Cloud is one option. What filing do we need?",
      "We chose now: my partner ordered an ECS at Alibaba Cloud one hour ago, and the kits shop goes on that ECS."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 14 b24 alibaba: lowercase native, 4-person tax advisory practice, Huizhou; filed with Alibaba Cloud in 2020, one more ECS bought for a new VAT calculator site
    (["quick one from a 4-person tax advisory practice in huizhou. our firm's icp filing was done with alibaba cloud when we set up in 2020. we just bought one more ecs and we're putting a brand new site on it under a new domain (vat-helper-hz.com) - basically an invoice/vat calculator for small exporters. what filing does the new one need??"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise: Fijian coach, beach volleyball club, Zhanjiang; filed via Rainyun, summer-camp site built and hosted on Weebly, no ECS and none planned
    (["Bula! I coach a beach volleyball club in Zhanjiang. The club company had its ICP filing done through 雨云 (Rainyun) a while back. Now we open a new site on a new domain for our summer camps, we build it on Weebly and Weebly hosts it too. Not one ECS is in our name at Alibaba Cloud, and buying one is not in the plan. Do we still need a website ICP filing with you?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 16 fyg rule: Lao manager, jazz club, Nanjing; number obtained through Alibaba Cloud, new address and new responsible person
    (["Sabaidee. I manage a jazz club in Nanjing, live music every night. Our website got its ICP filing number through Alibaba Cloud in 2022. Now the club moved to a new address near the Qinhuai river, and the website's contact person is also new, it will be me instead of the old manager. We want to update this information in the filing. What we do?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise: Moldovan designer, kitchen design showroom, Yantai; new company name and phone; generic no: receipt shows Zzidc
    (["Hello, I'm from Chisinau and work in a kitchen design showroom in Yantai, we plan fitted kitchens for villas. In October we changed the company name and also the phone number, so we want to modify the subject information in our ICP filing. The filing was made before my time and I don't know where the number is coming from. How to change it?",
      "no, not through Alibaba Cloud. In an old folder I found the filing receipt, it was done via 景安 (Zzidc)."],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # 18 no_match: lowercase native, island folk music festival, Zhoushan: ApsaraVideo Live push from OBS drops every 10-15 minutes
    (["our folk music festival in zhoushan streams the main stage through apsaravideo live and the obs push drops every 10-15 min with 'connection reset', then it reconnects and viewers stare at a black screen for like 30 sec. upload is 50 mbps wired. where should i even start looking"],
     [{}],
     [], "no_match"),
    # 19 no_match: Turkish foreign counsel, law firm, Shijiazhuang: Model Studio judgment summariser gets HTTP 429 Throttling.RateQuota
    (["Good afternoon. I'm a Turkish lawyer working as foreign counsel at a law firm in Shijiazhuang. We built a small tool that summarises court judgments with Alibaba Cloud Model Studio (qwen-plus). Since Monday about every third call comes back HTTP 429 with code Throttling.RateQuota, even late at night when only two lawyers use it. Where can I see the quota, and can it be raised?"],
     [{}],
     [], "no_match"),
]

EN_B = [
    # 0 kbw rule via un3: Bhutanese architect, bamboo architecture practice, Yibin; ECS renders overnight, partners arguing; reply: domain to the ECS, public homepage with gallery and enquiry form, mainland region
    (["Kuzu zangpo la. I'm architect from Thimphu, working at a small practice in Yibin that designs bamboo pavilions and tea houses. We bought one Alibaba Cloud ECS last week, for now it only renders our 3D models during the night. The two partners still argue if the studio homepage should move there too. Do we need ICP filing for this ECS?",
      "The partners settled it this morning. bambooyard-yb.com will be resolved to the ECS by DNS and our public homepage with the project gallery and an enquiry form goes live on it. The ECS itself is in a region in mainland China."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 kbw otherwise: lowercase native, ultimate frisbee club, Hangzhou; site on its own domain, teammate's hearsay; generic no: DreamHost server in Oregon
    (["hey so our ultimate frisbee club in hangzhou has its own .com with a site on it - fixtures, pickup sign-ups, tournament photos, the usual. a teammate insists any site that people in china can open needs an icp filing. is that a thing for our domain??",
      "nope, the domain points to a dreamhost server in oregon, nothing of ours is hosted in mainland china"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # 2 un3 rule: Dominican colourist, post-production house, Jiujiang; ECS runs the render queue, producer's forum hearsay; reply: editors use the IP, no domain ever resolved
    (["Hi, I'm from Santo Domingo and I work as colourist at a post-production house in Jiujiang, we grade commercials and short dramas. We purchased an Alibaba Cloud ECS to run our render queue manager. The producer saw a post saying servers in China get blocked if they have no ICP. Do we need ICP filing for it?",
      "Our editors reach it only with its IP address from the office. There has never been a DNS record for any domain name that leads to that ECS."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 3 fvv alibaba: Latvian foreign counsel, IP law firm, Shenzhen; trademark-watch subdomain, root filed with Alibaba Cloud since 2018
    (["Labdien! I work as foreign counsel in an IP law firm in Shenzhen. We want to offer a trademark watch service on search.lexbalt-sz.com. The main domain lexbalt-sz.com has been ICP filed with Alibaba Cloud since 2018. Does the second-level domain need its own filing, or not?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 4 fvv other: Congolese gospel choir director, Guangzhou; join subdomain, root made by a church friend; reply: root filed through QingCloud, never with Alibaba Cloud
    (["Mbote! I direct a gospel choir in Guangzhou, we sing for weddings and company events. A friend from church made our domain praisechoir-gz.com long time ago. Now I want join.praisechoir-gz.com for new singers to apply. Who filed the main domain, or if it was filed, I don't know. What I need for this subdomain?",
      "My friend replied: praisechoir-gz.com is filed, he did it through 青云 (QingCloud) and never with Alibaba Cloud."],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 5 fvv none: lowercase native, climbing club, Chengdu; comps subdomain, founder holds the root; reply: founder Jo never applied, no ICP number
    (["ok weird question. our climbing club in chengdu has cruxclub-cd.com (one of the founders registered it, i don't have access) and i want to spin up comps.cruxclub-cd.com for bouldering comp scores. what's the deal with icp for a subdomain like that? no clue if the main one was ever sorted for icp",
      "heard back from jo (the founder): cruxclub-cd.com never got an icp number, she never applied for one"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 6 x3g rule: Guatemalan wedding videographer, Taiyuan; husband opened the account, films on SmugMug; generic no: only the domain, never an ECS
    (["Hi! I'm wedding videographer from Guatemala, based in Taiyuan. My husband opened an Alibaba Cloud account for me last year and bought some things there, what exactly I don't know. My films are shown on SmugMug with my own domain. Do I need an Alibaba Cloud ICP filing?",
      "no, he checked tonight: he only registered my domain there, never bought any ECS."],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # 7 x3g otherwise: Sudanese chartered accountant, small accounting office, Lanzhou; client's hearsay; ECS paid in May for the bookkeeping software
    (["Hello, I'm chartered accountant from Khartoum, now running a small accounting office in Lanzhou with two Chinese colleagues. A client told us that when you don't buy any ECS you don't need an Alibaba Cloud ICP filing. Thing is, we paid for an ECS in May, it runs our bookkeeping software. So what about us?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 8 omc rule (3 turns): lowercase native, friends starting a cricket club, Nantong; pub hearsay about a "first time" filing; two generic no replies
    (["evening all - me and two mates are setting up a cricket club in nantong (yes, cricket, in nantong). we want a simple site with fixtures and nets times. a bloke at the expat pub said there's some 'first time' icp filing we'd need before going live. what do we actually need?",
      "nope, never, we're complete beginners at this",
      "no, blank slate there as well"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # 9 omc otherwise: Ugandan lawyer, commercial arbitration practice, Zhuzhou; firm filed in 2018, new intake domain never filed
    (["Oli otya. I'm a lawyer at a commercial arbitration practice in Zhuzhou. The firm itself has been ICP filed since 2018, for our main site. Now we bought a new domain, arbitrate-zz.com, for an online case intake page, and this domain was never filed by anyone. Do we need the initial ICP filing?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # 10 srs transfer: Costa Rican owner, cinema lens and lighting rental, Hengdian; from Volcano Engine to Alibaba Cloud, Volcano account closed afterwards
    (["Pura vida from Hengdian! I'm from San José and I run a rental house for cinema lenses and lights next to the studios. Our company and website are filed through 火山引擎 (Volcano Engine). We move everything to Alibaba Cloud, so we want to transfer the ICP filing of the company and the domain from Volcano Engine to Alibaba Cloud, and after that we close the Volcano account. What do we have to apply for?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 11 srs otherwise: lowercase native, amateur ice hockey club, Mudanjiang; filed via Qiniu, only SMS codes at Alibaba Cloud, new chairman's question; reply: filing stays with Qiniu
    (["hey, i look after the website for an amateur ice hockey club in mudanjiang. it's filed through 七牛云 (qiniu). alibaba cloud we only use for the sms verification codes when people book ice time. our new chairman asked if we should move the filing over to alibaba cloud or add alibaba cloud as a second provider, and nobody's decided anything. does any of that mean we need an icp filing with you?",
      "committee met last night: filing stays put with qiniu. no move, no second provider, end of story"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 12 b24 other: Macedonian lighting designer, architectural lighting firm, Shaoxing; filed with China Telecom Cloud, ECS bought today, new simulation gallery site
    (["Hi, I'm from Skopje and I work for an architectural lighting design firm in Shaoxing, we light facades, bridges and old town streets. Our company's ICP filing was done with 天翼云 (China Telecom Cloud). Today we purchased an Alibaba Cloud ECS and we want to put a new website on a new domain there, a gallery of lighting simulations for clients. What filing is needed?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 13 b24 alibaba: lowercase native, guitar repair and luthier workshop, Xining; ECS bought yesterday for a new custom-build site; reply: console shows the filing with Alibaba Cloud
    (["sup, i run a little guitar repair + luthier workshop in xining. bought an ecs on alibaba cloud yesterday and i'm gonna put a new site on it under a new domain, fretwork-xn.com, for custom build orders. no clue how the business itself was filed for icp, my accountant set all that up years ago. what do i need?",
      "found it in the alibaba cloud console myself: the business's icp filing was done with alibaba cloud"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 14 b24 alibaba: Namibian forensic accountant, fraud investigation firm, Datong; filed with Alibaba Cloud 2021, whistleblower site on a second ECS just bought
    (["Good day. I'm forensic accountant from Windhoek, working at a fraud investigation firm in Datong. Our firm's filing has been with Alibaba Cloud since 2021. We are launching a new whistleblower website on a new domain, and it will be hosted on a second ECS we have just bought from Alibaba Cloud. What kind of ICP filing is needed?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise: Panamanian documentary producer, nature film company, Lishui; filed with Alibaba Cloud, director picking hosting; reply: Readymag builds and hosts it, not on an ECS
    (["Hi team, documentary producer from Panama here. Our small company in Lishui makes nature films about the Zhejiang mountains, and the company is filed with Alibaba Cloud. For our next film we want a new site on a new domain, and the director is still choosing the hosting. Do we need a website ICP filing?",
      "The director went with Readymag, they build it and they host it, so the film site will not be on an ECS."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # 16 fyg rule: Mozambican manager, table tennis club, Yichang; number from Alibaba Cloud, board undecided; reply: legal representative and website name change
    (["Good morning. I'm from Maputo and manage a table tennis club in Yichang. Our club website has an ICP filing number from Alibaba Cloud. The board is talking about some changes, but nothing is fixed yet. Do we have to do something with the filing?",
      "The board has voted. The club's legal representative changes and the name of the website changes too, so we want to modify this information in the filing."],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise: Yemeni owner, acoustic panel maker, Jinhua; new factory address and email; number obtained via DNS.com.cn, not Alibaba Cloud
    (["Hello, I am from Sana'a and I run a company in Jinhua that makes acoustic panels for home cinemas and studios. We moved to a new factory, so the address and the contact email in our ICP filing must be modified. Our ICP number was not obtained from Alibaba Cloud, the filing was done through 帝恩思 (DNS.com.cn). Where do I change it?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # 18 no_match: Cypriot partner, interior design studio, Huzhou: Alibaba Mail messages land in clients' spam
    (["Hi, I'm Cypriot and a partner in an interior design studio in Huzhou. Since we switched from Outlook to Alibaba Mail, our quotes keep landing in clients' spam folders, Gmail users mostly. The SPF record is set already. What else should we configure so our mails get delivered normally?"],
     [{}],
     [], "no_match"),
    # 19 no_match: lowercase native, women's lacrosse club, Tangshan: Content Moderation flags tackle photos as violence
    (["our women's lacrosse club in tangshan uploads match photos to our club app and we run them through alibaba cloud content moderation first. it keeps flagging totally normal checking shots as 'violence' and blocking them. can we tune the threshold or whitelist stuff somehow"],
     [{}],
     [], "no_match"),
]

ZH_A = [
    # 0 kbw otherwise via un3: 醴陵釉下五彩瓷出口小厂, ECS只存产品图和报价单备份, 老板犹豫; reply: 域名解析到ECS, 给国外客户看样询价的网站, 地域不是中国内地
    (["你好，我们是醴陵做釉下五彩瓷出口的小厂，上个月在阿里云买了一台ECS，目前只用来存产品图片和报价单的备份。老板还在犹豫要不要把外贸展示站也挪上去。像这种情况，ECS要做ICP备案吗？",
      "老板拿定主意了：公司域名会通过DNS指到这台ECS上，上面做个给国外客户看样品、发询价的网站。另外说明一下，这台ECS开通时选的不是中国内地的地域，服务器在欧洲。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 1 un3 rule: 浏阳烟花厂, 仓库温湿度和烟感数据传到ECS, 安监朋友的说法; reply: 网关填的是公网IP加端口, 一个域名都没绑过
    (["请问一下，我们是浏阳做烟花的厂子，仓库里装了温湿度和烟感传感器，数据都传到阿里云的一台ECS上，ECS是去年买的。搞安监的朋友讲服务器在国内就得备案，是这样吗？我们这台ECS需要ICP备案不？",
      "传感器网关里填的是ECS的公网IP加端口，这台机器上一个域名都没绑，也从来没做过解析。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 2 fvv other: 安溪铁观音, 会员积分子域名, 主域名表姐弄的; reply: 备案截图, 通过西部数码提交的
    (["您好，我在安溪帮家里卖铁观音，主域名是表姐几年前弄的，现在想开个子域名 jifen.anxi-guanyin.com 做会员积分。主域名备没备案、在哪家备的我都不清楚，这个二级域名要办什么手续？",
      "表姐把备案截图发过来了，主域名有ICP备案号，当时是通过西部数码提交的，不是在阿里云。"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 3 fvv none: 随州香菇干货批发, 经销商订货子域名, 主域名注册快两年一直没有备案号
    (["随州做香菇干货批发的，想给经销商开个二级域名 dinghuo.szxianggu.com 用来订货。主域名 szxianggu.com 注册快两年了，到现在都没有备案号，当初压根没去申请ICP备案。这个二级域名该怎么弄？"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 4 x3g rule: 丹寨蜡染手工, 快团团卖货, 阿里云只买了域名和企业邮箱, 一台ECS都没买过; 寨子里的说法
    (["我们在丹寨做蜡染手工，东西都在快团团上卖。阿里云账号是去年注册的，只买了个域名和企业邮箱，ECS一台都没买过。寨子里有人讲用了阿里云就得办阿里云的ICP备案，我们这样也要办吗？"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 5 omc rule: 文昌新注册的椰子制品公司, 公司名下没办过备案; reply: 新注册的域名, 查过没有备案记录
    (["文昌这边新注册了一家做椰子片、椰子糖的小公司，营业执照上个月才下来，公司名下还没办过任何ICP备案。现在打算上个官网，首次备案是什么情况下要办的？",
      "官网准备用的域名 wcyezi.cn 是新注册的，查过了，它从来没有过备案记录。"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 6 srs otherwise: 福鼎白茶企业, 备案在美橙互联, 阿里云只用RDS, 不转也不加阿里云
    (["福鼎做白茶的企业，公司和网站的备案一直在美橙互联，阿里云这边我们只买了一个RDS数据库。备案就留在美橙互联，不往阿里云转，阿里云也不会作为第二家接入商加进来。这样还需要在阿里云办ICP备案吗？"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 7 b24 alibaba: 汉源花椒公司, 主体在阿里云备案, 新品牌新网站服务器没选; reply: 财务刚下单ECS, 新网站部署在上面
    (["汉源种花椒卖花椒的公司，主体当初就是在阿里云做的ICP备案。现在想给贡椒礼盒单独做个新网站、用新域名，服务器还没选好。这种要备什么案？",
      "刚刚财务在阿里云下单了一台ECS，贡椒的新网站就部署在这台ECS上。"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 8 fyg rule: 凯里红酸汤厂, 备案号在阿里云办的, 换法人、网站负责人换成我
    (["凯里红酸汤厂，网站的ICP备案号是在阿里云办的。今年厂里换了法人，网站负责人也换成了我，想把备案里的主体信息和网站负责人改一下，要在哪里操作？"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 9 no_match: 恩施硒茶展厅, DataV数据大屏设置30秒自动刷新但数字不动
    (["我们在恩施做硒茶的，展厅挂了块DataV做的数据大屏，接的是MySQL数据源，设置了每30秒自动刷新，可是数字一上午都不动，手动点一下刷新才更新，这是哪里设置错了？"],
     [{}],
     [], "no_match"),
]

ZH_B = [
    # 0 kbw rule via un3: 宣威火腿厂, ECS跑进销存, 老板过完年再商量; reply: 域名解析到ECS, 网店在线买火腿, 地域在中国内地
    (["宣威火腿厂这边想问下，我们上周在阿里云买了台ECS，现在只跑仓库的进销存软件。要不要把域名也用上，老板说过完年再商量。这台ECS要做ICP备案吗？",
      "老板昨晚定下来了：xwhuotui.com 要在DNS里配上这台ECS的地址，做个网店让顾客在线买火腿，ECS所在的地域在中国内地。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 un3 rule: 夹江手工造纸厂, ECS放排产系统, 车间电脑输公网IP; 公司域名只挂别家做的宣传页, 跟这台ECS没有解析关系
    (["夹江做手工书画纸的厂，去年买了一台阿里云ECS放排产系统，车间几台电脑直接输公网IP访问。公司是有个域名，不过那个域名只挂着别家做的企业宣传页，跟这台ECS没有任何解析关系。这台ECS需要做ICP备案吗？"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 2 fvv alibaba: 元阳梯田红米合作社, 认养子域名, 主域名驻村小杨管; reply: 通过阿里云备的案
    (["元阳梯田红米合作社，想用 renyang.yyhongmi.com 这个子域名做稻田认养的报名页。主域名是驻村的小杨在管，备案情况我一点都不了解。二级域名需要单独备案吗？",
      "小杨刚在电话里讲了，yyhongmi.com 是通过阿里云备的案，备案号早就下来了。"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 3 x3g otherwise: 古田银耳, 网上帖子的说法, 账号会计在管; reply: 会计查了, 今年三月起每月付一台ECS的钱
    (["古田这边卖银耳的，网上有帖子讲没买ECS就不用办阿里云ICP备案。我们的阿里云账号是会计在管，里面都买了啥我不清楚，我们到底要不要办？",
      "会计查过了：从今年三月起，我们每个月都在付一台阿里云ECS的钱。"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 4 omc otherwise: 万宁日月湾新成立的冲浪俱乐部公司, 主体没备过案, 域名教练以前以个人名义备过案
    (["万宁日月湾这边我们新成立了一家冲浪俱乐部公司，公司主体从来没有办过ICP备案。准备用的域名是教练以前以个人名义备过案的，那时候拿来写冲浪博客。现在公司要上官网，需要办首次备案吗？"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # 5 srs transfer: 安化黑茶厂, 备案从商务中国迁到阿里云, 接入商只留阿里云一家
    (["安化黑茶厂，公司和网站的备案原来是在商务中国办的。现在服务器全部换到阿里云了，想把公司主体和域名的ICP备案都从商务中国迁到阿里云，以后接入商只留阿里云一家。这个要怎么办？"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 6 b24 other: 仙桃无纺布厂, 主体在新睿云备案, 口罩线新站服务器在问价; reply: 厂长签字, ECS上午下单, 新站架在这台ECS上
    (["仙桃做无纺布的厂，公司主体的ICP备案之前是在新睿云做的。现在要给医用口罩这条线单独开个新站，换个新域名，服务器放哪家还在问价。这种情况要办什么备案？",
      "厂长签字了，阿里云的ECS今天上午下的单，口罩新站就架在这台ECS上。"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 7 b24 otherwise: 凤凰古城苗银首饰, 主体在三丰云备案, 新站用起飞页搭和托管, 阿里云从没开过ECS也不会买
    (["凤凰古城做苗银首饰的，公司主体在三丰云备过案。现在想弄个新域名做定制银饰的新网站，网站用起飞页搭，也由起飞页托管。阿里云那边我们从没开过ECS，这个站也不会去买。这样需要在阿里云加网站备案吗？"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 8 fyg otherwise: 连城红心地瓜干, 搬新厂区改地址电话, 号哪家给的不知道; reply: 备案回执, 走的天下数据, 阿里云没经过手
    (["连城做红心地瓜干的，公司搬到了新厂区，地址和联系电话都变了，想改一下网站备案里的这些信息。备案是前任网管办的，号是哪家给的我不知道。要怎么改？",
      "翻到前任网管留下的备案回执了，当时走的是天下数据，阿里云没经过手。"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # 9 no_match: 南溪豆腐干会员小程序, 实人认证刷脸总提示活体检测失败
    (["我们在南溪做豆腐干，会员小程序接了阿里云的实人认证，好多顾客刷脸都提示“活体检测失败”，光线挺好也不行，苹果和安卓手机都有这情况，有没有什么参数能调？"],
     [{}],
     [], "no_match"),
]




FILES = [("en_a", EN_A, 49049007), ("en_b", EN_B, 49049019),
         ("zh_a", ZH_A, 49049031), ("zh_b", ZH_B, 49049049)]


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
