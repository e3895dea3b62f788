#!/usr/bin/env python3
"""Build the icp_dlg47 blind dialogue set (forty-seventh writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg45_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # 0 kbw rule, one turn: Indonesian IT officer, savings and microfinance cooperative, Liuzhou; hearsay from another cooperative
    (["Selamat siang. I am IT officer in a savings and microfinance cooperative in Liuzhou, we give small loans to market traders and tailors. Last week we bought two Alibaba Cloud ECS, both sit in a data center inside mainland China (we choosed that because all our members are local). Our domain kop-liuzhou.com is already resolved to them by DNS, and on it we open the member portal where people log in, check the loan balance and pay the installment online. My director heard from another cooperative that ICP is only for big companies, not for small ones like us. Is this true or we must do the ICP filing?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # 1 kbw otherwise via un3: Vietnamese data engineer, esports tournament organiser, Xiangyang, boss undecided; reply: overseas region, A record, bracket site
    (["Xin chao. I work as data engineer for a company that organises esports tournaments (mostly MOBA and fighting games) out of Xiangyang. We bought one ECS instance last month, right now it only crunches match statistics at night. My boss wonders if we should also connect a domain to this ECS, he did not decide yet. For an ECS like this one, ICP filing is needed or not?",
      "Our producer made the call yesterday evening: xy-arenacup.com gets an A record to this ECS, and the fans will open a website there with the brackets, live scores and team pages. One detail I forgot, when we bought the ECS we picked an overseas region, so the machine is not in mainland China at all."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 2 un3 rule, one turn: Kenyan operations manager, nine nail salons, Changde; brand domain resolves to another host, never to the ECS
    (["Habari! Operations manager here for a chain of 9 nail salons in Changde. In spring we bought an ECS from Alibaba Cloud and the booking tablets at every front desk send the appointments straight to its public IP. We do own a domain, glossbar-cd.com, but that one resolves to our brand page at a different host - it was never pointed to the ECS, and no other domain is either. Do we need ICP filing for this ECS?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 3 un3 rule, generic no: Romanian admin of a survival-game community server, Baotou; Discord hearsay; reply: players join by IP and port
    (["Buna ziua. I run a community server for a survival crafting game from Baotou, around 300 regular players, and in February we bought an Alibaba Cloud ECS instance just for it. Someone in our Discord keeps claiming that every game server hosted in China gets shut down if it has no ICP filing. Do I really need ICP filing for this ECS?",
      "no, there is no domain name involved at all. players paste the public IP and the port into the game client to join, nothing resolves to the ECS"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # 4 fvv alibaba: Ecuadorian marketing lead, insurance brokerage, Ganzhou, claims subdomain; reply: contractor filed the root with Alibaba Cloud in 2020
    (["Buenos dias from Ganzhou. I'm the marketing lead at an insurance brokerage, we sell car policies and family health plans. We want to launch claims.gannan-insure.com so our clients can follow the status of their claims. The main domain gannan-insure.com was set up before I joined and honestly I don't know how its filing was handled, or if it was. For the subdomain, do we need a seperate ICP filing?",
      "Mr. Luo, our IT contractor, just answered me: gannan-insure.com was filed with Alibaba Cloud in autumn 2020, he submitted it himself and it was approved."],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 5 fvv other, one turn: lowercase, esports bar, Mianyang, tournament sign-up subdomain, root filed through Sinnet
    (["hey, quick q. we run an esports bar in mianyang (40 pcs, big screen, tournaments every weekend). want to put the tournament sign-up form on cup.levelup-bar.com. the main domain levelup-bar.com already has an icp number, but that filing went through 光环新网 (sinnet) when we opened, alibaba cloud wasn't involved. what do we have to do for the subdomain"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 6 fvv none: Malagasy volunteer, literacy non-profit, Qujing, reading-buddy subdomain; reply: treasurer never filed the root
    (["Manao ahoana! I volunteer for a literacy non-profit in Qujing, we run reading corners in village schools. We want a subdomain volunteer.readqj.org where people can sign up as reading buddies. The root domain readqj.org belongs to our treasurer Hanta and I am not sure anything was ever done about filing for it. Is an ICP filing needed for the subdomain?",
      "Hanta called me back. She registered readqj.org two years ago and never submitted any filing for it, so it has no ICP number."],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 7 x3g rule, one turn: Korean knitwear designer, Jingdezhen, shop on Ecwid, only the domain at Alibaba Cloud; hearsay from a friend
    (["Annyeong haseyo. I design hand-knit sweaters and scarves, very small label, I live in Jingdezhen. My shop runs on Ecwid and the only thing I have at Alibaba Cloud is the domain name I registered there. I never purchased any ECS, I don't even know how one looks like. A girl from my knitting circle insists that having the domain with Alibaba Cloud means I have to file with them for ICP. Is she right?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 8 x3g otherwise: lowercase, youth mentoring charity, Leshan, board member's hearsay; reply: billing shows an ECS bought in January
    (["hi there. i do the tech stuff (badly) for a youth mentoring charity in leshan, we pair teenagers with volunteer mentors. one of our board members keeps saying alibaba cloud icp filing isn't our problem since 'we don't own servers there'. i genuinely have no idea what's on our account, our old coordinator set it all up. is he right?",
      "got the login from our treasurer and went through the billing page: there's an ecs we bought in january for the mentor rota app. so we do have one after all"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 9 omc rule, one turn: Pakistani co-founder, three-week-old pet insurance agency, Luoyang, domain bought last Friday
    (["Adaab. Me and two partners registered a pet insurance agency in Luoyang three weeks ago, we sell cover for cats and dogs. The company is brand new, so it never did any ICP filing, and our domain petcover-ly.com we bought only last Friday, no filing was ever made for it either. Before we start the service, what filing we should apply for?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 10 omc otherwise: Lebanese co-founder, handmade leather bag label, Bengbu, new domain never filed, company unknown; reply: company filed in 2019
    (["Kifak. I'm co-founder of a handmade leather bag label in Bengbu and we are launching a second line for younger buyers on a new domain, satchelmint.com. We registered it this month and it has never been filed anywhere. About the company itself, my partner did all the paperwork in the early days and I really don't know if the company ever went through ICP filing. Do we need the initial ICP filing now?",
      "Talked to my partner just now. Our company completed its ICP filing back in 2019, when we put up the site for the first line."],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # 11 srs add, one turn: Tanzanian head of IT, wealth management boutique, Linyi, keeps 21Vianet and adds Alibaba Cloud
    (["Jambo. I am head of IT at a small wealth management firm in Linyi. Our company and our domain were filed years ago through 世纪互联 (21Vianet), and that filing remains with them, we are not taking anything away. But the partners want Alibaba Cloud as an additional ICP filing provider for our website, next to 21Vianet, because the new client portal will be served from your side too. What do we need to apply for?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # 12 srs otherwise: Bolivian office manager, eyelash and brow studios, Guilin, Capital Online, only DirectMail; reply: owner keeps everything at Capital Online
    (["Good afternoon. I'm office manager for a chain of eyelash and brow studios in Guilin. Our ICP filing is with 首都在线 (Capital Online). From Alibaba Cloud we only use DirectMail, for the appointment reminder emails. A consultant told us we should either move our filing over to Alibaba Cloud or add Alibaba Cloud as a second filing provider, but the owner has not chosen anything. Which of those two needs an ICP filing application?",
      "The owner decided this morning: we move nothing and we add nobody, our filing stays only with 首都在线 exactly like now."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 13 b24 other: Slovenian online manager, bridal gown boutique, Zunyi, company filed through Yisu Cloud, hosting open; reply: owner paid for an ECS
    (["Dober dan. I handle the online side for a bridal gown boutique with two stores in Zunyi. Our company got its ICP filing through 亿速云 (Yisu Cloud) in 2021. Now we want a separate site for renting evening dresses, on a new domain dressloop-zy.com. Where to host it we are still comparing, nothing is bought yet. Do we need some kind of filing for it?",
      "Update from the owner: this morning she paid for an Alibaba Cloud ECS, and dressloop-zy.com will be hosted right on that ECS."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 14 b24 alibaba, one turn: Egyptian IT staff, skincare brand, Anshan, skin-type quiz site on one more ECS
    (["Izzayak. I do IT for a skincare brand based in Anshan. Our company's ICP filing was done on Alibaba Cloud two years ago, for the main shop. Today I bought one more ECS instance, and on it we will host a new site with a new domain, skinquiz-as.com, where customers take a skin-type quiz and get a routine. What filing is needed for this new site?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise, one turn: Cape Verdean coordinator, ocean plastic clean-up NGO, Beihai, Tianhu Data, new site on Google Sites, no ECS
    (["Hello, I coordinate volunteers for an ocean plastic clean-up NGO in Beihai. Our organisation is ICP filed with 天互数据 (Tianhu Data). Our new volunteer site will use a new domain; the site itself is made with Google Sites and Google hosts it. At Alibaba Cloud we have no ECS at all and we are not going to buy any. Do we need to add a website ICP filing with Alibaba Cloud?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 16 fyg rule, one turn: lowercase, web admin of a farmers' mutual insurance cooperative, Yuncheng: new responsible person and phone
    (["hi, i look after the website of a farmers' mutual insurance cooperative in yuncheng. the site's icp filing number comes from alibaba cloud. after our annual meeting the person responsible for the website changed (it's me now, not the old manager) and the contact phone is different too, so that info has to be updated. whats the process, do we change the filing?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, generic no: Venezuelan admin, esports coaching academy, Dandong, new base and brand; reply: number came through Now.cn
    (["Hi, I'm the admin at an esports coaching academy in Dandong, we train teenagers for PC shooters. We moved to a bigger training base and changed our brand, so the website name and our office address in the filing have to be updated. I took this job last month and the guy before me handled the filing, I have no idea with whom. Do we need to change the ICP filing on Alibaba Cloud?",
      "no, Alibaba Cloud didn't give it. I found his papers, the number was obtained through 时代互联 (Now.cn)."],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # 18 no_match: lowercase, player-telemetry pipeline, Zigong, ApsaraMQ for Kafka consumer group keeps rebalancing
    (["our player-telemetry pipeline in zigong runs on apsaramq for kafka. since yesterday one consumer group keeps rebalancing every few minutes and lag on the match-events topic is over 2 million messages. max.poll.interval.ms is still default, nobody changed the consumers. any idea whats going on"],
     [{}],
     [], "no_match"),
    # 19 no_match: insurance analytics team, Luzhou, Quick BI scheduled email reports with empty charts
    (["Good morning. Our insurance analytics team in Luzhou has a Quick BI dashboard scheduled to be emailed every Monday at 8am to the regional managers. For two weeks now the emails arrive but the charts inside them are empty, while the dashboard itself shows the data fine when I open it in the browser. What could cause this?"],
     [{}],
     [], "no_match"),
]

EN_B = [
    # 0 kbw rule via un3: Ivorian owner, modest-fashion label, Xianyang, ECS syncs stock, partner undecided; reply: resolve, mainland data centre, online shop
    (["Hello, sorry my English is not so good. I own a small modest-fashion label in Xianyang, we make abayas and long dresses. We bought one Alibaba Cloud ECS last week and for now it only syncs our stock numbers with the warehouse. My partner is not sure yet if we connect our domain to it. Is ICP filing needed for an ECS like ours?",
      "My partner agreed last night. We will resolve noorlane-xy.com to the ECS through DNS, the ECS is in a data centre inside mainland China, and the online shop where customers order our dresses is going to run on it."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 kbw otherwise, generic no: lowercase gaming clan, recruitment and leaderboard site, voice-chat hearsay; reply: Vultr VPS in Tokyo
    (["yo. i run a gaming clan (about 80 ppl, mostly tactical shooters) and we're putting up a site for recruitment, match schedules and a leaderboard on our own domain. some guy in voice chat swore it needs icp filing or it gets blocked. true??",
      "nope. the domain resolves to a vultr vps in tokyo, japan - we don't have any server anywhere in mainland china"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # 2 un3 rule: Zimbabwean actuarial analyst, reinsurance consultancy, Tongliao, loss models on the ECS, sales director's hearsay; reply: SSH to the public IP
    (["Mhoro. I'm an actuarial analyst at a reinsurance consultancy in Tongliao. We purchased an Alibaba Cloud ECS to run our drought and hail loss models, they take hours on a laptop. Our sales director says the authorities will pull the plug on our server if it isn't ICP filed. Do we really need one for this ECS?",
      "The analysts log in over SSH straight to the ECS's public IP address. We have not resolved any domain name to that ECS and we have no plan to."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 3 fvv alibaba, one turn: Haitian coordinator, disaster relief NGO, Huaihua, donations subdomain, root filed with Alibaba Cloud in 2021
    (["Bonswa. I coordinate a small disaster relief NGO in Huaihua, the floods come every summer. We want donate.hh-relief.org for online donations. The main domain hh-relief.org went through its ICP filing with Alibaba Cloud in 2021 and has the number since then. Does the second-level domain need its own ICP filing?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 4 fvv other: Tongan analyst, car insurance comparison startup, Chenzhou, quotes subdomain; reply: founder forwarded the filing email, Eflycloud
    (["Malo e lelei. I work at an insurance comparison startup in Chenzhou where users compare car insurance quotes. We will launch quotes.chenzhou-compare.com soon. The main domain was bought and filed by the founder before I came, so I don't know who did that filing. Which ICP filing, if any, does the subdomain need?",
      "The founder forwarded me the old approval email: chenzhou-compare.com was filed via 睿江云 (Eflycloud) in 2020, so the number is theirs and not from Alibaba Cloud."],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 5 fvv none: lowercase cosplay costume makers, Qiqihar, commission queue subdomain; reply: the friend never started a filing
    (["hiya! me and my friend make cosplay costumes and foam props in qiqihar, mostly commissions. we want a subdomain queue.foamandthread.com so people can see where their order is in the line. my friend bought the main domain and i have no clue what she did with it filing-wise. does the subdomain need icp?",
      "asked her over lunch. she laughed and said foamandthread.com has zero icp, she never even started a filing for it"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 6 x3g rule, generic no: Nicaraguan makeup artist, Jilin city, Linktree page, sister runs the account, beauty-group hearsay
    (["Hello! I am makeup artist in Jilin city, I do brides and photo shoots. My booking page is on Linktree with my own domain, wich my sister registered for me at Alibaba Cloud. She also manages that account and I don't know what else she bought there. Somebody in a beauty group said if you have no ECS you don't need Alibaba Cloud ICP filing. Does this apply to me?",
      "no, my sister looked - there was never an ECS in that account, just the domain sitting there"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # 7 x3g otherwise, one turn: Azerbaijani accountant, bookkeeping firm, Jinzhong, pays for an ECS since April
    (["Hello. I'm an accountant at a bookkeeping firm in Jinzhong, twelve people. Since April our firm pays for an Alibaba Cloud ECS instance, the invoice arrives every month and we keep client ledgers on it. I saw in your FAQ that no Alibaba Cloud ICP filing is needed when you don't purchase ECS. But we did purchase one, so how is it for us?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 8 omc rule, three turns, two generic no: lowercase cousins, board game cafe, Rizhao, game-store hearsay
    (["hey! me and my cousin run a board game cafe in rizhao and we want a site where people can book tables and browse which games we've got. a guy at the game store told us we'd have to do some 'initial icp filing' first. how do we know if that's us",
      "nope, never done, it would be a first for us",
      "no, same story there, it was never filed anywhere"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # 9 omc otherwise, one turn: Burmese program officer, migrant workers' legal aid centre, Anqing, organisation filed 2020, new domain never filed
    (["Mingalaba. I'm program officer at a legal aid centre for migrant workers in Anqing. Our organisation completed its ICP filing in 2020 for our main site. Now we registered a new domain, wagehelp-aq.org, for a calculator of unpaid wages, and this domain has never been filed. Do we still need the initial ICP filing?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # 10 srs transfer, one turn: Bosnian manager, five hair salons, Daqing, whole filing from Hengchuang to Alibaba Cloud
    (["Hi. I manage a chain of five hair salons in Daqing. Our company and our domain were filed through 恒创科技 (Hengchuang). We are moving everything to Alibaba Cloud now and want to transfer the complete ICP filing from Hengchuang over to Alibaba Cloud, nothing should remain with them afterwards. Do we need to apply for a filing for this?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 11 srs otherwise: lowercase helper, food bank, Dezhou, Wangsu, only Machine Translation; reply: board keeps the filing with Wangsu only
    (["hello! i help out at a food bank in dezhou, mostly the computer side. our filing is with 网宿 (wangsu). from alibaba cloud we only use the machine translation api for our leaflets. the new board chair asked if we should transfer the filing to alibaba cloud or add alibaba cloud as another filing provider for the site. nobody decided anything. which one needs an icp application",
      "board met yesterday - the filing remains with wangsu and nobody else. we won't transfer it and alibaba cloud won't be added either"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 12 b24 other, one turn: Tajik finance officer, crane and excavator leasing company, Jiamusi, Ofidc, ECS paid today, lease calculator site
    (["Ruz ba khair. I am finance officer at an equipment leasing company in Jiamusi, we lease cranes and excavators to builders. Our company's ICP filing was done by 奥飞数据 (Ofidc) in 2022. Today we paid for an Alibaba Cloud ECS, and on it we will put a new website with a new domain, lease-calc-jms.com, where customers can calculate the monthly payments. What filing we need for this?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 13 b24 alibaba: lowercase, beauty box subscription, Liaocheng, second ECS for a mini-brand site; reply: ops lead says the company was filed with Alibaba Cloud
    (["hi all. we run a monthly beauty box subscription out of liaocheng. just bought a second ecs and our new mini-brand site (new domain, glowcrate-lc.com) is going up on it. no idea how the company's own filing was handled, that was before my time. what kind of filing do we need",
      "our ops lead looked it up: the company was filed with alibaba cloud from the very start"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 14 b24 alibaba, one turn: Malaysian project manager, game localisation agency, Xuchang, portfolio site on a new ECS
    (["Selamat pagi. I'm project manager at a game localisation agency in Xuchang, we translate mobile games into Malay, Thai and Indonesian. Our company ICP filing was made with Alibaba Cloud. We just bought a new ECS instance and we will host our new portfolio site on it, with a new domain loc-studio-xc.com. Do we need something for this new website?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise: Salvadoran marketer, premium barbershop chain, Changzhi, Alibaba subject, agency undecided; reply: built in Duda and hosted by Duda
    (["Hi, I'm the marketing guy at a premium barbershop chain in Changzhi. Our company's filing was done with Alibaba Cloud. We want a new site for our own grooming products, on a new domain. The agency building it hasn't told us yet where it will be hosted. Do we need to add a website ICP filing?",
      "Agency replied today: they build it in Duda and Duda hosts it on their own servers, so the new site will not be on any ECS of ours."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # 16 fyg rule: Surinamese web admin, scholarship foundation for rural girls, Huanggang, board restructuring; reply: new registered office and new responsible person
    (["Goedendag. I'm web admin for a foundation that gives scholarships to girls from rural areas, based in Huanggang. Our website's ICP filing number is from Alibaba Cloud. The board is meeting about a restructuring, some of our details could change but nothing is decided, so I can't tell yet. In which case would we need to change the filing?",
      "The board decided: the foundation moves its registered office to a new address, and the person responsible for the website will be our new director, so both of these must be updated."],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, one turn: Swedish owner, modelling agency, Shangrao, number issued via Guiyun
    (["Hej! I run a small modelling agency in Shangrao. We want to change the website name and the contact email in our ICP filing. The ICP number we have came via 硅云 (Guiyun), not from Alibaba Cloud - Alibaba Cloud has never given us a number. Do we need to change the ICP filing on the Alibaba Cloud platform?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # 18 no_match: fintech startup, Baoji, STS AssumeRole fails for a RAM user
    (["Hi, we are a fintech startup in Baoji. Our backend calls STS AssumeRole with a RAM user's AccessKey, and since Monday it fails with NoPermission, although the RAM user has the AliyunSTSAssumeRoleAccess policy attached and the role's trust policy names our account. What are we missing?"],
     [{}],
     [], "no_match"),
    # 19 no_match: lowercase, card game launch, Weinan, PTS load test stops at about 6k concurrency
    (["we're stress testing the login and gacha-pull apis for our card game launch with pts (performance testing service). the scenario should ramp to 20k concurrent users but it just stalls around 6k and says the limit was hit, even tho we bought the bigger resource package. how do we get past this"],
     [{}],
     [], "no_match"),
]

ZH_A = [
    # 0 kbw otherwise via un3: 嵊州领带外贸小厂, ECS跑报价单和样品图, 老板没想好; reply: 海外地域, 域名解析过去, 给海外买家的网站
    (["请教下，我们是嵊州做领带外贸的小厂，上个月在阿里云买了一台ECS，现在只在上面跑报价单、存样品图。要不要把公司域名接到这台ECS上，老板还没想好。像这种情况要做ICP备案吗？",
      "厂长和老板商量完了：域名要解析到这台ECS，开一个给海外买家挑款式、下样品单的网站。补充一点，ECS下单时选的是海外的地域，机器在境外，不在中国内地。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 1 un3 rule: 平乡童车厂, ECS收扫码枪数据, 同行说; reply: 连的是公网IP，没有域名解析到它
    (["你好，我们在平乡做儿童自行车和童车，今年在阿里云买了台ECS，用来收装配线上扫码枪的数据。听同行讲，只要用了云服务器就得备案，不然会被关停，真是这样吗？",
      "扫码枪和车间电脑连的都是这台ECS的公网IP，我们没给它配过任何域名，也没有哪个域名解析到它上面。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 2 fvv other: 宜兴紫砂壶工作室, 预约看壶子域名; reply: 表哥说主域名在群英网络备的案
    (["麻烦问一下，我在宜兴做紫砂壶，想弄个二级域名 yuyue.yxzisha-li.com，给客人预约来工作室看壶。主域名是我表哥几年前帮忙弄的，备案那块是怎么回事我不太清楚。这个二级域名需要单独备案吗？",
      "表哥刚回我了：主域名是有备案号的，当初在群英网络那边办的，跟阿里云不搭界。"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 3 fvv none, one turn: 阳江厨房刀具网店, 经销商查库存子域名, 主域名从没申请过备案
    (["我们是阳江卖厨房刀具的网店，打算用 dealer.yjdaoju.com 这个二级域名给经销商查库存。主域名 yjdaoju.com 三年前注册的，从来没申请过ICP备案，所以也就没有备案号。这种情况二级域名要怎么处理？"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 4 x3g rule, one turn: 那曲牦牛肉干, 视频号小店, 阿里云账号里只有一个域名
    (["扎西德勒！我们在那曲做牦牛肉干，平时在微信视频号小店上卖。阿里云账号里除了注册的一个域名啥也没有，ECS压根没买过。这样还需要做阿里云的ICP备案吗？"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 5 omc rule: 白沟新成立的箱包公司, 主体没做过备案; reply: 域名前几天刚注册，谁也没拿它备过案
    (["你好，我们在白沟新成立了一家箱包公司，营业执照上个月才下来，公司名下还从来没有做过ICP备案。接下来想做个批发商城，首次备案要怎么弄？",
      "商城要用的 bgxiangbao.com 是前几天刚注册的，之前谁也没拿它备过案。"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 6 srs otherwise, one turn: 澄迈福山咖啡豆, 鹏博士, 只用阿里云文字识别OCR
    (["请问下，我们是澄迈福山做咖啡豆的，网站的备案在鹏博士那边。阿里云这边只用了文字识别（OCR）来认快递单。备案就一直留在鹏博士，不往阿里云迁，也不想多加阿里云做接入商，这种情况还需要在阿里云申请备案吗？"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 7 b24 alibaba: 桐乡濮院羊毛衫, 主体在阿里云备案, 新品牌服务器没定; reply: 老板下午在阿里云开了台ECS
    (["我们是桐乡濮院做羊毛衫的，公司主体之前是在阿里云备的案。现在要做一个新品牌，准备用新域名建个站，服务器放哪儿还没定。这种情况要加网站备案吗？",
      "老板下午付款了，在阿里云开了台ECS，新品牌站连同新域名都放到这台ECS上。"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 8 fyg rule, one turn: 崇明清水蟹养殖公司, 阿里云备案号, 法人和网站负责人都换了
    (["我们是崇明养清水蟹的公司，网站的ICP备案号是在阿里云办的。最近公司法人换了，负责网站的人也从老王换成了电商部的小陈，这些备案信息需要改一下。该怎么操作？"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 9 no_match: 南翔小笼包外卖App, 阿里云移动推送, 华为荣耀收不到通知
    (["我们是南翔做小笼包外卖小程序和App的，用阿里云移动推送给用户发优惠通知。最近华为和荣耀手机都收不到推送，苹果手机正常，控制台里显示发送成功。这是哪里配置有问题？"],
     [{}],
     [], "no_match"),
]

ZH_B = [
    # 0 kbw rule via un3: 永康保温杯厂, ECS存图纸报价表, 老板下礼拜再定; reply: 中国内地的地域, 域名解析过去, 批发下单网站
    (["问一下，我们是永康做保温杯的工厂，在阿里云买了一台ECS，目前就拿来存产品图纸和报价表。要不要把域名接上去，老板说下礼拜再定。这种ECS需要备案吗？",
      "老板周一开会定了：ECS买的是中国内地的地域，域名会解析到这台ECS上，在上面做个让批发客户下单、看发货进度的网站。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 un3 rule, one turn: 安平丝网厂, 地磅和织网机直传公网IP, 公司域名挂展示页在别的主机商
    (["你好，我们是安平做丝网的厂子，在阿里云买了一台ECS，地磅和织网机的数据直接往它的公网IP上传。公司名下的域名挂的是展示页，放在别的主机商那儿，从来没做过解析指向这台ECS。请问这台ECS要备案吗？"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 2 fvv alibaba: 新会陈皮, 溯源查询子域名; reply: 女儿回电话说主域名三年前在阿里云办好了备案
    (["请教一下，我家在新会做陈皮，想开个 suyuan.xhchenpi.cn 的二级域名，让客人扫码查陈皮的年份。主域名是女儿当年弄的，备案的事我说不清楚。二级域名要另外备案吗？",
      "女儿回电话说了，主域名 xhchenpi.cn 三年前就在阿里云办好了备案。"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 3 x3g otherwise: 日喀则青稞酒, 网上有人说, 账号侄子在管; reply: 侄子去年秋天买过一台ECS
    (["你好，我们在日喀则酿青稞酒，网上有人说没在阿里云买ECS就不用做阿里云备案。我们的阿里云账号是侄子在管，里面买了些什么我不清楚。我们这种情况要不要备案？",
      "问过侄子了，账号里有一台ECS，是他去年秋天下单买的，一直在按月续费。"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 4 omc otherwise, one turn: 枫泾新注册的丁蹄食品公司, 主体没备过案, 域名从老厂转来、老厂已备案
    (["我们在枫泾新注册了一家做丁蹄的食品公司，公司主体从来没备过案。不过打算用的域名 fjdingti.com 是从老厂那边转过来的，老厂当年已经拿它做过ICP备案。这种情况要做首次备案吗？"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # 5 srs transfer, one turn: 汕头澄海玩具厂, 从三五互联转接到阿里云
    (["你好，我们是汕头澄海做玩具的，公司和域名的备案原来都在三五互联。现在服务器都搬来阿里云了，想把主体和域名的备案都转接到阿里云来，三五互联那边以后就不用了。这个需要申请备案吗？"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 6 b24 other: 吴江盛泽丝绸面料公司, 浪潮云, 真丝睡衣新站服务器在比价; reply: 选了阿里云，ECS今天买下
    (["请问，我们是吴江盛泽做丝绸面料的公司，主体备案是在浪潮云做的。现在想给新开的真丝睡衣线上一个新域名的网站，服务器用哪家还在比价。这要办什么备案？",
      "比完价选了阿里云，ECS今天已经买下来了，睡衣那个新站就跑在这台ECS上。"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 7 b24 otherwise, one turn: 诸暨大唐袜业, 小鸟云, 跨境新站用Ueeshop托管, 阿里云ECS一台没有也不买
    (["我们是诸暨大唐做袜子的，公司主体是在小鸟云备的案。现在要做一个跨境新站，新域名，用Ueeshop搭的，也托管在Ueeshop上。阿里云的ECS我们名下一台都没有，也不准备买。这个新站要在阿里云加网站备案吗？"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 8 fyg otherwise: 陵水酸粉连锁, 门店搬迁、网站负责人换人, 前任店长办的备案; reply: 交接本写着号是蓝队云拿的
    (["你好，我们是陵水做酸粉连锁的，门店搬了，公司地址要改，网站负责人也换人了，备案信息得跟着改。之前备案是前任店长办的，具体在哪家办的我不清楚。要去阿里云变更备案吗？",
      "找到前任店长的交接本了，上面写着备案号是通过蓝队云拿的，所以这个号不是阿里云的。"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # 9 no_match: 朱家角文创小公司, 数据管理DMS, SQL变更工单卡在待审批
    (["我们是朱家角一家做文创的小公司，用阿里云数据管理DMS提SQL变更工单，最近工单一直卡在“待审批”，审批人那边根本收不到钉钉通知。审批流程是管理员配的，这要怎么排查？"],
     [{}],
     [], "no_match"),
]




FILES = [("en_a", EN_A, 47047007), ("en_b", EN_B, 47047019),
         ("zh_a", ZH_A, 47047031), ("zh_b", ZH_B, 47047049)]


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
