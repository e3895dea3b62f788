#!/usr/bin/env python3
"""Build the icp_dlg45 blind dialogue set (forty-fifth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg43_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # 0 kbw rule, one turn (Uzbek e-commerce manager, chain of sporting goods shops, Zhuzhou)
    (["Assalomu alaykum. I am e-commerce manager in a chain of sport goods shops in Zhuzhou, we have 6 stores. Last week we paid for two ECS instances, and the region we took is a data centre region in the mainland of China, because our buyers are all local. Our domain zz-sportbaza.com already resolve to these two ECS through DNS. On them we will open online shop where customers reserve football boots and ice skates and pick them up in the nearest store. Please tell me, ICP filing is needed for this or not?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # 1 un3 -> kbw otherwise (Nepali video editor, travel vlog company, Dali)
    (["Namaste! I edit videos for a small travel vlog company, we are based in Dali. Our producer bought one ECS instance last month, for now we only keep raw footage on it and render preview files. Boss is still thinking whether our domain should be connected to this server or stay like it is now. In this case we need ICP filing?",
      "Boss gave the answer today. Our domain will get a DNS record pointing to this ECS, and the ECS was opened in a European region, so the server is outside of mainland China. On it we will run the video portal where members log in and stream our full episodes."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 2 un3 rule, one turn, negation with scope (Filipino IT man, municipal sports centre, Yichang)
    (["Magandang araw po. I'm the IT guy at the municipal sports centre in Yichang (pool, gym and four squash courts). We purchased an ECS instance to run the access system: the turnstiles and card readers send every entry to the server's public IP address. The sports centre does have a domain name, but it resolves to the city government's web server, not to this ECS, and there is no plan to point any domain at the ECS. Does the ECS need ICP filing?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 3 un3 rule, generic no, hearsay (Senegalese owner, three phone repair shops, Hengyang)
    (["Nanga def. I have three small shops repairing phones and tablets in Hengyang. My nephew bought an Alibaba Cloud ECS for us, we keep all repair tickets and the spare parts stock on it. One customer told me that any server in China must get ICP number or the police will close it. Is it true for us?",
      "no, the tablets in the shops just connect to the IP numbers of the server, nobody ever gave it a domain name"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # 4 fvv alibaba (Colombian marketer, running shoe store, Shaoxing)
    (["Quiubo! I do marketing for a running shoe store in Shaoxing. We want a subdomain, gait.pasofino-sx.com, where runners can book a free gait analysis on the treadmill. The main domain pasofino-sx.com was set up by our IT partner Andres years ago, and honestly I don't know what he did about filing. Does the subdomain need its own ICP filing?",
      "Andres answered me on WhatsApp: he did the filing of pasofino-sx.com with Alibaba Cloud in 2019, so the ICP number is from you."],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 5 fvv other, one turn (Nigerian sports writer, football news portal, Changsha)
    (["How far! I'm a sports writer and also the one who handles the tech side at a small football news portal in Changsha. We plan live.goalpostxtra.com for live match scores. The root domain goalpostxtra.com has an ICP number, but that filing was made through 润泽科技 (Range Intelligent Computing) when our old server lived there - Alibaba Cloud did not do it. What do we need for the live subdomain?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 6 fvv none (lowercase volunteer, dog and cat shelter, Kaifeng)
    (["hey! volunteering for a dog & cat shelter in kaifeng, we're setting up adopt.pawsharbor-kf.org so people can see the animals and send in adoption forms. no clue what's going on with the main domain, a volunteer who left last year registered it. does the adopt. subdomain need icp",
      "got hold of her on wechat - she registered pawsharbor-kf.org in 2021 and never applied for an icp filing for it, so there's no icp number at all"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 7 x3g rule, one turn, hearsay (Peruvian owner, second-hand film camera shop, Wenzhou)
    (["Allillanchu. I am from Cusco, now I sell second-hand film cameras and lenses from a small shop in Wenzhou. My online shop is made on Tilda, and at Alibaba Cloud I only registered my domain. ECS I never bought, not even one, and I don't plan to buy. My friend says I still must do Alibaba Cloud ICP filing because the domain is there. Is it right?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 8 x3g otherwise, hearsay (lowercase producer, local cable tv english show, Jinhua)
    (["quick one - i produce the english-language show on a local cable tv channel in jinhua. someone at the station swears we don't need any alibaba cloud icp filing because 'we don't have servers there'. i can't tell if that's right, the engineering dept does the cloud stuff and i've never looked. do we need it or not",
      "engineering got back to me: they bought two ecs instances back in march for the streaming archive, both on the station's account"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 9 omc rule, one turn (Bangladeshi couple, new online badminton equipment shop, Dongguan)
    (["Nomoskar. My wife and I opened a company in Dongguan one month ago, we sell badminton rackets, shuttlecocks and strings online. The company has never done any ICP filing, it is completely new. The domain shuttlebari.com I bought at Alibaba Cloud on Tuesday, fresh, nobody filed it before. Which filing we should do first?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 10 omc otherwise (Moroccan product manager, mobile esports team, Xiangtan)
    (["Ahlan. I am product manager of an esports team in Xiangtan, we play mobile MOBA. We want a fan shop on a new domain, xtwolves-shop.com. I registered this domain last week and nobody has ever filed it. In a Discord group people say the first time is called initial ICP filing. What our club company did before about filing I don't know, the founder handled that.",
      "I asked the founder. Our club company already finished its ICP filing in 2021, for the team's main page."],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # 11 srs add, one turn (Portuguese online manager, furniture showroom chain, Huizhou)
    (["Bom dia. I manage the online side for a furniture showroom chain in Huizhou. Our company and our domain are ICP filed through 快云科技 (Kuaiyun), and that filing stays with them, we are happy there. But the 3D room planner is moving to Alibaba Cloud, so we'd like to bring Alibaba Cloud in as an additional filing provider of our website, while Kuaiyun stays too. What do we need to do?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # 12 srs otherwise (Chilean web editor, outdoor and trekking magazine, Lanzhou)
    (["Wena! I'm web editor at an outdoor and trekking magazine in Lanzhou. Our company and domain got their ICP filing through 国科云 (Guokeyun). From Alibaba Cloud we only use Content Moderation to check reader comments. In the office meeting two colleagues said we should either transfer the filing to Alibaba Cloud or add Alibaba Cloud as a second provider. Is one of these necessary? Nobody has decided anything.",
      "Chief editor decided: we leave everything at 国科云 as it is - no moving the filing over to Alibaba Cloud and no adding you as an extra provider."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 13 b24 other (Armenian staff, pet supplies chain, Taiyuan)
    (["Barev. Our company sells pet food and toys in 9 stores in Taiyuan. The company is ICP filed through 恒讯科技 (Hengxun), that was done for our shop site in 2022. Now we start a grooming booking site on a new domain, groomhouse-ty.com. Where to host it my manager still compares prices, Alibaba Cloud is one of the options. What filing we need?",
      "Manager made the choice this morning: we bought an Alibaba Cloud ECS, and groomhouse-ty.com with the booking site will run on this ECS."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 14 b24 alibaba, one turn (Lithuanian staff, city wall marathon organiser, Jingzhou)
    (["Labas. I work for the company that organises the Jingzhou city wall marathon. Our company was ICP filed in Alibaba Cloud's filing system in 2021 for the race info page. Yesterday we bought one more ECS instance, and the new registration site for the half-marathon series, on a new domain jzrun-half.com, will be hosted on it. What must we do for ICP?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise, one turn (Honduran florist, flower shop, Kunming)
    (["Buen dia! I'm from Tegucigalpa and I run a flower shop in Kunming with my husband. Our company filing is with 华纳云 (Huana Cloud), done back when we had a small server there. Now we make a new wedding flowers site on a new domain, but it's built and hosted on Framer. Alibaba Cloud ECS we don't have any, and we are not buying one. Do I need to add a website ICP filing?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 16 fyg rule, one turn (lowercase web admin, municipal recycling centre, Handan)
    (["hi all, i look after the website of the municipal recycling centre in handan (drop-off times, what goes in which bin, that kind of stuff). the site's icp number was issued through alibaba cloud. after the reorg we need to update the person responsible for the website and the contact email in the filing. where do we change that"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, generic no (Tunisian club secretary, handball club, Datong)
    (["Aslema. I'm secretary of a handball club in Datong. We moved to a new training hall and the club got a new name after the sponsor deal, so we want to modify the website name and the address in our ICP filing. How do we do this change?",
      "no, Alibaba Cloud has no number of ours. Our ICP number was issued through 八六互联 (86IDC) in Beijing."],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # 18 no_match (ARMS Java agent stops reporting traces after a Spring Boot upgrade)
    (["our checkout service's java agent stopped reporting traces to ARMS right after we bumped spring boot from 2.7 to 3.2. the app still shows up in the console but with zero requests, jvm metrics keep coming in fine. anyone seen this"],
     [{}], [], "no_match"),
    # 19 no_match (Short Message Service limit during a flash sale)
    (["Hi, we run a shoe retail chain and during our flash sale the verification texts from Alibaba Cloud Short Message Service started failing with isv.BUSINESS_LIMIT_CONTROL for a lot of customers. Template and signature are both approved. How do we get this limit raised before Double 11?"],
     [{}], [], "no_match"),
]

EN_B = [
    # 0 un3 -> kbw rule (Samoan coach, outrigger canoe club, Zhoushan)
    (["Talofa lava! I coach an outrigger canoe club in Zhoushan, mostly Pacific islanders and some local paddlers. We purchased an ECS instance to store the GPS tracks and race times from the boats. The committee has not agreed yet if our club domain should be connected to it. Do we need an ICP filing then?",
      "Committee vote on Sunday went through: we add an A record so the club domain goes to the ECS, the ECS sits in a mainland China region, and we'll put a public site on it with the race calendar and online membership sign-up."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 kbw otherwise, generic no (lowercase publisher, english what's-on magazine for expats, Zhanjiang)
    (["hey, i put out a little english-language what's-on magazine for expats in zhanjiang. it's a website where people browse the weekend events and buy tickets for the gigs we promote. does a site like that need an icp filing",
      "nope, the whole thing runs on an ovh server in roubaix, france. none of it is hosted in china"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # 2 un3 rule, hearsay (Polish engineer, street lighting contractor, Anyang)
    (["Dzien dobry. I am engineer in a street lighting company working for Anyang city. We bought an ECS instance, the lamp controllers send energy use and failure alarms there every 5 minutes. My colleague heard that every cloud server used for city projects needs ICP filing. Is it so?",
      "The controllers are configured with the public IP address of the ECS directly. No domain name is resolved to it and we don't plan any DNS for it."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 3 fvv alibaba, one turn (Jamaican sprint coach, athletics club, Yueyang)
    (["Wah gwaan. I coach sprinters at an athletics club in Yueyang. We want results.yyspeedclub.com to publish meet results and personal bests. The main domain yyspeedclub.com went through ICP filing with Alibaba Cloud in 2022, so its number is an Alibaba Cloud one. Does the results subdomain need a separate filing?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 4 fvv other (Serbian developer, online local newspaper, Tianshui)
    (["Pozdrav. I'm developer for an online local newspaper in Tianshui. We want to open archive.tsdailynet.cn for the old articles since 2010. The main domain tsdailynet.cn was registered before my time and I am not sure about its filing. For the subdomain what we need to do?",
      "I found the old contract. The main domain has an ICP number, the filing was done by 数据港 (Athub), the data centre where the paper's servers were, and not by Alibaba Cloud."],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 5 fvv none (lowercase reseller, vintage sneakers, Nanchong)
    (["sup, i resell vintage sneakers out of nanchong and wanna launch drops.kicksvault-nc.com for limited releases. my buddy bought the main domain a while back and i've got zero idea if he ever filed it. do i need icp for the drops subdomain",
      "buddy says he bought kicksvault-nc.com in 2023 and never did any icp for it, it doesn't have a number"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 6 x3g rule, generic no, hearsay (Mauritian owner, dinghy sailing school, Maoming)
    (["Bonzour. I run a small sailing school in Maoming, mostly dinghy lessons for kids. Somebody on a forum wrote that if you have any Alibaba Cloud account at all, you must do the Alibaba Cloud ICP filing. My brother opened the account for us and I don't know what he bought in it. Do we need it?",
      "no, my brother checked the account: only the domain and the email are there, no ECS and no other server, he never bought one"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # 7 x3g otherwise, one turn, hearsay + contrast (Uruguayan owner, indie music label, Huzhou)
    (["Buenas tardes. I run a small indie music label in Huzhou, we sell digital albums and merch of local bands. People in a musicians' group chat keep saying Alibaba Cloud ICP filing only matters if you have ECS. Well, we have one: our label paid for an ECS instance in May to run the streaming player. What does that mean for us?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 8 omc rule, three turns, two generic no (lowercase, two mates running a skate shop, Shaoguan)
    (["me and my mate run a little skate shop in shaoguan. we want to put our shop site up on alibaba cloud with our own domain. someone at the skatepark said we'd need an 'initial' icp filing first, no idea what that even means. do we",
      "nope, never happened - this would be our very first time dealing with it",
      "no, not that one either, it hasn't been filed even once"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # 9 omc otherwise, one turn (Montenegrin assistant coach, water polo club, Zhaoqing)
    (["Dobar dan. I'm assistant coach at a water polo club in Zhaoqing. Our club company already did its ICP filing in 2021 for the main club page. Now we registered a new domain for the summer swim camp, zqpolo-camp.com, and this one has never been filed by anybody. Do we need the initial ICP filing for it?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # 10 srs transfer, one turn (Omani manager, oud and perfume oil shop, Yiwu)
    (["Hello, I manage a shop selling oud and perfume oils in Yiwu. Our company and our domain have their ICP filing with 易名 (eName). We are moving all our servers to Alibaba Cloud now, so we want to transfer the whole filing, company and domain, from eName to Alibaba Cloud and keep nothing there. What are the steps?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 11 srs otherwise (lowercase helper, county sports bureau youth football league, Jiaozuo)
    (["hi, i help the county sports bureau in jiaozuo run the youth football league pages. the league site and its domain are filed via 神州数码 (digital china), and we only use alibaba cloud object storage for match photos. my boss asked if we're supposed to either move the filing to alibaba cloud or add alibaba cloud as a second provider - we haven't decided anything yet",
      "after talking it through with my boss: it stays with digital china, full stop. we're not moving it and alibaba cloud won't be a second provider"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 12 b24 other, one turn (Angolan manager, tyre and car parts shops, Hanzhong)
    (["Boa tarde. Our company sells tyres and car parts in 5 shops in Hanzhong. The company is filed with 无忧主机 (51php), from our first site years ago. Today we paid for an ECS at Alibaba Cloud, and we want to put a new site with a new domain, hz-pneus.com, on this ECS for online tyre fitting appointments. What filing is needed?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 13 b24 alibaba (lowercase crew member, weekly local sports tv show, Yibin)
    (["hey there. i work on a weekly sports tv show in yibin. we just bought another ecs and the show's new site on a brand new domain is going on it (episode clips, fan polls). honestly not sure how the production company itself got filed originally. what do we need to do",
      "checked with our producer - the production company's filing was done through alibaba cloud's icp filing system two years ago"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 14 b24 alibaba, one turn (Botswanan manager, golf driving range, Chaozhou)
    (["Dumela. I manage a golf driving range in Chaozhou. The company behind it was ICP filed with Alibaba Cloud last year. We just purchased a second ECS instance, and on it we want to host a new site for booking lessons and bays, on a new domain. Which filing do we need for this?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise (Bulgarian marketer, toy store chain, Taizhou)
    (["Zdraveite. I'm in marketing at a toy store chain in Taizhou. The company was ICP filed through Alibaba Cloud. For Christmas we want a separate campaign site on a new domain. Hosting is our freelance developer's decision and he hasn't told me yet. Do we need a website ICP filing?",
      "The developer decided: the campaign site will be built and hosted on WordPress.com, it will not run on any ECS instance."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # 16 fyg rule (Hungarian web admin, city zoo, Ordos)
    (["Szia! I'm web admin at the city zoo in Ordos. Our website's ICP number is from Alibaba Cloud. The new director mentioned the filing in a meeting, maybe something has to change there, maybe not, I don't know yet. What should we look at?",
      "Now I know more: the zoo's operating company changed its name in August, and the person responsible for the website is now the new director. We want both updated in the filing."],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, one turn (Croatian editor, bilingual children's magazine, Meizhou)
    (["Bok. I'm editor at a bilingual children's magazine in Meizhou. We want to change the website name and the contact phone in our ICP filing. Our ICP number we got through 华栖云 (Sobey's media cloud), Alibaba Cloud never issued a number for our site. Where do I make these changes?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # 18 no_match (MSE Nacos config not pushed to clients)
    (["We run a ticketing platform for basketball and volleyball games. Config changes we publish in MSE Nacos are not pushed to about half of our Java services, they only pick up the new values after a restart. Client is nacos-client 2.2.3. What could cause this?"],
     [{}], [], "no_match"),
    # 19 no_match (PAI-EAS service restarting with OOMKilled)
    (["our newsroom's article recommendation model on PAI-EAS keeps restarting with OOMKilled every few hours, memory creeps up after each request batch. we gave it 16 GB already. how do i find out what's eating the memory"],
     [{}], [], "no_match"),
]

ZH_A = [
    # 0 un3 -> kbw otherwise (晋江运动鞋外贸小厂)
    (["你好，我们是晋江做运动鞋外贸的小工厂，上个月在阿里云买了一台ECS，目前只放订单和库存数据。公司的域名要不要指到这台机器上，老板还在犹豫。这种情况需要备案吗？",
      "老板今天定下来了：域名做解析指到这台ECS，这台ECS开在欧洲那边的地域，服务器不在中国内地。上面要跑一个给海外经销商登录、查库存、下补货单的网页系统。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 1 un3 rule, hearsay (东海水晶饰品加工，激光雕刻机)
    (["请教下，我们在东海做水晶饰品加工，车间的激光雕刻机每天把加工记录传到阿里云的一台ECS上，这台ECS是我们自己买的。隔壁厂的老板说用了云服务器就一定得备案，真是这样吗",
      "雕刻机里填的是ECS的公网IP，直接连过去的；我们名下哪个域名都没有解析到这台ECS上。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 2 fvv other (曹县汉服网店，租赁预约子域名)
    (["我们是曹县做汉服的网店，想开个子域名 zuyong.caoxian-hanfu.com 做汉服租赁预约。主域名是前几年找外包做的，当时怎么备的案我一点都不清楚。这个子域名要单独备案吗？",
      "外包那边回消息了：主域名当时是通过中科三方备的案，备案号是他们那边下来的，不是阿里云。"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 3 fvv none, one turn (沭阳花卉苗木批发)
    (["沭阳这边卖花卉苗木的，想弄个 miaomu.shuyanghuamu.cn 的子域名给批发客户看报价。主域名 shuyanghuamu.cn 是前年注册的，到现在都没拿去备过案，手上没有任何备案号。子域名要怎么弄？"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 4 x3g rule, one turn (文昌火箭模型和航天文创小店)
    (["我在文昌开了家卖火箭模型和航天文创的小店，线上是在小红书开的店铺。阿里云那边我只买了企业邮箱，ECS从来没买过，以后也用不上。这样还需要做阿里云的ICP备案吗？"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 5 omc rule (南康实木家具新公司)
    (["您好，我们是南康做实木家具的，公司今年五月才成立，公司名下还没做过任何ICP备案。现在想在阿里云上线一个展示家具款式的官网，是不是要先做首次备案？",
      "域名 nkmuju.com 前几天才在阿里云注册下来，一次备案都没做过。"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 6 srs otherwise, one turn (歙县徽墨老字号)
    (["我们是歙县做徽墨的老字号，公司和域名的备案一直在数梦工场那边，挺稳定。阿里云我们只买了个SSL证书。想确认一下：备案我们就留在数梦工场，既不迁到阿里云，也不会让阿里云再当一个接入商，这种情况阿里云这边还要做什么备案吗？"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 7 b24 alibaba (宁国山核桃厂家，山核桃油品牌站)
    (["宁国山核桃厂家，公司主体之前就是在阿里云备案系统里备的。现在要给新出的山核桃油做个品牌站，用新域名，放哪台服务器还没商量好。需要再备什么？",
      "刚开完会：昨天在阿里云加购了一台ECS，山核桃油的品牌站就部署在这台ECS上。"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 8 fyg rule, one turn (临清轴承厂，改名换负责人)
    (["麻烦问下，我们临清这边做轴承的，官网的备案号是通过阿里云办下来的。公司上个月改了名字，网站负责人也换成了新来的销售经理，备案信息要跟着改，在哪里改？"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 9 no_match (消息服务MNS 同一条消息被重复消费)
    (["海门这边做家纺的，订单系统用的阿里云消息服务MNS，最近同一条消息老是被消费好几次，可见性超时设的是60秒，处理完也调了删除接口，这是什么原因？"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 0 un3 -> kbw rule (贵港电动车经销商)
    (["我们是贵港一家电动车经销商，买了台阿里云ECS存售后和保养记录。至于要不要把我们的域名挂到这台ECS上，店长说等他开完会再定。现在需要先备案吗？",
      "店长开完会回来说了：域名解析到这台ECS，ECS开在中国内地的机房，上面做一个车主在线预约保养、查维修进度的网站。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 un3 rule, one turn, negation with scope (长汀纺织厂车间看板)
    (["长汀一家纺织厂，车间看板系统跑在我们买的阿里云ECS上，各车间电脑直接输公网IP访问。公司域名倒是有，不过它解析到的是别家的官网服务器，从来没指到这台ECS，以后也不会。这台ECS要备案吗？"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 2 fvv alibaba (永春老醋小作坊，社区团购子域名)
    (["永春老醋的小作坊，打算用 tuangou.ycvinegar.com 做社区团购的下单页。主域名是我外甥帮忙弄的，备案情况我说不上来。子域名还要另外备案吗？",
      "外甥刚发微信说：ycvinegar.com 的备案是前年他在阿里云备案系统里提交的，早就通过了。"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 3 x3g otherwise, hearsay (进贤文港毛笔，拼多多店)
    (["我是进贤文港做毛笔的，店开在拼多多上。看有人说没买阿里云ECS就不用做阿里云备案，可我自己不太清楚账号里都买过些什么，账号是我儿子在管。",
      "儿子查了下账号，去年十一月在阿里云买过一台ECS，现在还在用。"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 4 omc otherwise, one turn (菏泽新成立的牡丹籽油公司)
    (["菏泽新成立的牡丹籽油公司，公司主体以前从来没做过ICP备案。要用的域名原来是我叔叔花卉公司的，那个域名当年已经做过ICP备案。这种情况还需要做首次备案吗？"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # 5 srs transfer, one turn (盱眙小龙虾预制菜)
    (["盱眙做小龙虾预制菜的，公司和域名的备案现在挂在爱名网。服务器已经全部搬到阿里云了，想把主体和域名的备案从爱名网整个迁到阿里云，以后爱名网那边就不要了，要怎么操作？"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 6 b24 other (石狮童装批发，新品牌站)
    (["石狮做童装批发的，公司主体备案是在九州云做的。现在想给新的童装品牌单独开个站，用新域名，服务器还在挑，阿里云和其他几家都在看。要做什么备案？",
      "定了：今天上午在阿里云下单买了ECS，新品牌的站和新域名就放在这台ECS上。"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 7 b24 otherwise, one turn (巴马矿泉水和山茶油公司)
    (["巴马这边卖矿泉水和山茶油的公司，主体备案在秦淮数据。新的山茶油网站用新域名，直接用上线了（Strikingly）建站平台托管，ECS我们在阿里云一台没开过，也没这个打算。还要加网站备案吗？"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 8 fyg otherwise (芜湖无人机培训学校)
    (["芜湖一家无人机培训学校，学校搬到新校区了，备案信息里的地址得改，网站负责人也换了个老师，要怎么改？",
      "翻了当初的备案邮件，备案号是航天云网给我们办下来的，阿里云从来没给我们网站发过备案号。"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # 9 no_match (RDS PostgreSQL 只读节点复制延迟)
    (["琼海这边做旅游订票的，用的阿里云RDS PostgreSQL，只读节点的复制延迟这几天越涨越高，高峰期能到几分钟，主库写入量也没涨多少，该从哪查起？"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 45045007), ("en_b", EN_B, 45045019),
         ("zh_a", ZH_A, 45045031), ("zh_b", ZH_B, 45045049)]


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
