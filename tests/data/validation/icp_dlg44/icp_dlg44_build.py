#!/usr/bin/env python3
"""Build the icp_dlg44 blind dialogue set (forty-fourth writer).

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
    # 0 kbw rule, one turn (Lithuanian IT lead, physiotherapy clinic group, Wenzhou)
    (["Labas! I am Lithuanian, I run the IT side of a physiotherapy clinic group in Wenzhou (three clinics, soon four). Last week we have bought one ECS on Alibaba Cloud, it sits in a data centre on mainland China because our patients are here and it must be fast. Our domain wz-physiocare.com already has the DNS record pointing to this ECS, and on it we will open a website where patients book sessions and watch their home exercise videos. My colleague says small clinics don't need ICP filing, only big companies. Do we need it before launch?"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # 1 un3 -> kbw otherwise (Hungarian co-owner, hot spring hotel, near Huzhou)
    (["Szia! Me and my partner Bence own a small hot spring hotel in the hills near Huzhou. In May we purchased an ECS instance on Alibaba Cloud, right now it only runs the channel manager that syncs our rooms with Ctrip and Fliggy. If our hotel domain should point to this ECS or not, Bence and me did not agree yet. Without a domain on it, is ICP filing needed for the ECS?",
      "We talked it over at dinner. we'll add an A record for hz-springhouse.com that points at the ECS, and the booking website for our guests will run there. But one thing: when we bought it we chose a data centre in Europe, so the server is outside mainland China (and not in Hong Kong either)."],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "no", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", None)),
    # 2 un3 rule, one turn, negation with scope (Polish staff, property management company, Changzhou)
    (["Dzień dobry. I work for a property management company in Changzhou, we look after 14 residential compounds. We bought one ECS instance on Alibaba Cloud to run the backend of the gate intercoms and parking barriers, and all the devices talk to it over its public IP. We do own a domain (cz-homekeeper.cn), but it serves only our marketing pages that an agency hosts for us, and none of its DNS records go to this ECS. Do we still have to get an ICP filing because of the ECS?"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 3 un3 rule, generic no, hearsay (Serbian sculptor, bronze casting studio, Yangzhou)
    (["Dobar dan. I am sculptor from Serbia, with my wife we run a small bronze casting studio in Yangzhou. Last month we buy one ECS from Alibaba Cloud, it keeps the 3D scans of the clay models and the CNC milling machine pulls the files from there. A gallery owner told me every server rented in China needs ICP number or the police closes it. Is this true for us?",
      "no, the milling machine has just the IP of the server typed in. we never put any domain name on that server"],
     [{"purchased_ecs": "yes"}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # 4 fvv alibaba (Croatian skipper, sailing day-trips, Zhoushan islands)
    (["Bok! I organise sailing day-trips around the Zhoushan islands. We want to open book.zs-sailtrips.com as a second-level domain for online booking. The main domain zs-sailtrips.com belongs to my Chinese business partner, he did all the paperwork and I don't know how it was filed. Does the second-level one need an own ICP filing?",
      "Wei Ming answered me: zs-sailtrips.com was filed with Alibaba Cloud two summers ago, the ICP number came from there."],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 5 fvv other, one turn (Armenian owner, contemporary art gallery, Xiamen)
    (["Barev dzez. I run a contemporary art gallery in Xiamen. Our main domain xm-arkagallery.com has its ICP number for years, but that filing was made through 安畅网络 (Anchnet), Alibaba Cloud had nothing to do with it. Now we want prints.xm-arkagallery.com to sell limited edition prints. Do we have to file this subdomain too?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 6 fvv none (dermatology clinic marketing, Dongguan, lowercase)
    (["hey so i do marketing for a dermatology clinic in dongguan. we want to put our online skin-type quiz on quiz.dg-skinclinic.com. the main domain was bought by the marketing guy before me and honestly i have zero idea whether he ever sorted out icp for it. does the subdomain need a filing of its own??",
      "got into the registrar account and asked our office manager: dg-skinclinic.com was bought in 2021 and it has never had an icp number, no filing was ever started for it"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 7 x3g rule, one turn (Bulgarian tattoo artist, studio in Huizhou, portfolio on Adobe Portfolio)
    (["Zdravei! I am tattoo artist from Bulgaria, I have a small studio in Huizhou. My domain I registered at Alibaba Cloud, and my portfolio is made on Adobe Portfolio. Any ECS instance I never bought and I will not buy one. Do I still need an Alibaba Cloud ICP filing?"],
     [{"purchased_ecs": "no"}],
     ["x3g"], ("x3g", "x3g")),
    # 8 x3g otherwise, hearsay (real estate agency team, Yantai, lowercase)
    (["so a guy at the property expo in yantai told me the alibaba cloud icp filing is only needed if you bought an ecs. our team lead opened the alibaba cloud account for our agency last year and i honestly can't tell you what's in it. is that how it works?",
      "pulled up the billing page with the team lead - there's an ecs in there, bought last august and it renews every month"],
     [{}, {"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 9 omc rule, one turn (Filipino nurse, new home nursing company, Nantong)
    (["Kamusta po! I am a nurse from the Philippines. With two Chinese partners I just set up a home nursing company in Nantong, the business licence came ten days ago, and yesterday we bought the domain nt-homenurse.com. This company has never done an ICP filing, and nobody has filed the domain either, it is fresh. What do we need to file before we start the online booking?"],
     [{"subject_filed": "no", "domain_filed": "no"}],
     ["omc"], ("omc", "omc")),
    # 10 omc otherwise (hostel in Dali old town, rooftop bar domain, lowercase)
    (["hi! we run a hostel in dali old town and just grabbed a new domain for our rooftop bar, daliroof-bar.cn. it's totally fresh, no one has ever filed it. do we have to do the initial icp filing for it?",
      "asked maya (the owner): the hostel company went through icp filing in 2020 when we launched our booking site, so the company has been through it already"],
     [{"domain_filed": "no"}, {"subject_filed": "yes"}],
     ["omc"], ("omc", None)),
    # 11 srs rule add, one turn (Uzbek manager, medical tourism agency, Weifang, keeps 铜牛)
    (["Assalomu alaykum. Our company in Weifang helps patients from Uzbekistan and Kazakhstan come for treatment in Chinese hospitals. The ICP filing of our company and website is with 铜牛 (Tongniu), and it stays with them. But now we also want to add Alibaba Cloud as a new ICP filing provider of the same website. Do we have to apply for something for that?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # 12 srs otherwise (Montenegrin architect, architecture studio, Tai'an, 国科云, only Model Studio API)
    (["Dobro jutro. Small architecture studio in Tai'an here. Our ICP filing was made with 国科云 when we registered the company. Recently we started to use the Alibaba Cloud Model Studio API to write first drafts of our project texts. Must we now transfer our filing to Alibaba Cloud, or add Alibaba Cloud as a second provider?",
      "Let me say it plainly: nothing moves, 国科云 keeps our filing alone. We are not transferring it to you and we are not adding Alibaba Cloud as a provider. We only call the API."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 13 b24 other (Peruvian staff, furnished apartment rentals for traders, Yiwu, 纳网)
    (["Allinllachu! I am from Peru, I work for a company in Yiwu that rents furnished apartments to foreign traders. Our company is ICP filed with 纳网 (Nawang) in Xiamen. Now we build a new website with a new domain for the apartment listings. Where we host it, my boss still thinks. What filing do we need?",
      "My boss signed this morning: the Alibaba Cloud ECS is ordered and paid, and the new listings site with its new domain will be hosted on that ECS."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 14 b24 alibaba, one turn (Moroccan owner, courtyard guesthouse, Pingyao)
    (["Sbah lkhir! I am Moroccan, my husband and me run a courtyard guesthouse in Pingyao old town. Our company was filed through the Alibaba Cloud ICP filing system. Soon we open a second guesthouse with its own new website and new domain, and yesterday we bought one more ECS to host this website. Which filing is needed?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise, one turn (Chilean painting conservator, restoration studio, Zhenjiang, 阿帕云, Framer)
    (["Wena! I'm a Chilean painting conservator, my studio in Zhenjiang restores old oil paintings and scrolls. Our filing subject was registered with 阿帕云 some years ago. Now we want a new website on a new domain for our restoration workshops, it will be built and hosted on Framer. We don't own a single ECS at Alibaba Cloud and we won't buy one for this. Do we need a website ICP filing?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "no", "purchased_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 16 fyg rule, one turn (website admin, vet hospital, Zhaoqing, lowercase)
    (["hi, i look after the website of a vet hospital in zhaoqing. our site got its icp filing number from alibaba cloud. the old owner sold his share so the hospital has a new legal representative now, and we're renaming the site from 'zhaoqing pet care' to 'xinghu animal hospital'. both need updating in the filing - how do i do that?"],
     [{"has_alibaba_icp_number": "yes", "modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, generic no (Japanese manager, bonsai gallery, Huangshan, number from 爱名网)
    (["Konnichiwa. I manage a bonsai gallery in Huangshan. Our company changed its name in autumn, so we must change the subject name and the website name in our ICP filing. My predecessor did the filing and I don't know who the provider was. How can I change it?",
      "no, I found the old papers: the ICP number came through 爱名网 (22.cn), so it was never an Alibaba Cloud number."],
     [{"modify_info": "yes"}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # 18 no_match (hospital outpatient appointment services, Jiujiang, MSE Nacos config push)
    (["Our hospital in Jiujiang runs the outpatient appointment services on Spring Cloud with MSE (Microservices Engine) Nacos as config center. When I publish a changed config in the MSE console, about half of the pods keep the old value for 10 minutes or more, and the listener log shows nothing. Nacos client is 2.2.3. Where should I look first?"],
     [{}], [], "no_match"),
    # 19 no_match (travel startup, Chengde, PAI-EAS service stuck in Waiting, lowercase)
    (["quick one - our travel startup in chengde runs a small llm for the trip planner on pai-eas. after today's update the service is stuck in 'Waiting' and the events say there aren't enough resources for the gpu spec we picked. how do i get it scheduled again without downgrading the card?"],
     [{}], [], "no_match"),
]

EN_B = [
    # 0 un3 -> kbw rule (Portuguese marketing manager, seaside property developer, Zhanjiang)
    (["Bom dia. I am marketing manager at a property developer in Zhanjiang, we sell seaside apartments. We purchased an ECS from Alibaba Cloud to render the 3D virtual tours of our show flats. Whether our project domain will point to this ECS, the management is still discussing. If the ECS is used without any domain, is the ICP filing necessary?",
      "Management met yesterday and agreed: zj-baysidehomes.com will resolve to the ECS's address through DNS. The ECS is in a data centre in mainland China, and buyers will open the virtual tours on a public website served from it."],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 kbw otherwise, generic no (painter running online life drawing sessions, Chengdu, lowercase, OVH in Montreal)
    (["yo, i'm a painter in chengdu and i run online life drawing sessions, mostly for people in china. the site's already up - folks sign up, pay and get the zoom link there. do i need an icp filing for my domain or nah",
      "nope, the domain points to an ovh server in montreal. nothing of mine sits on a mainland server"],
     [{"web_service": "yes"}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # 2 un3 rule, hearsay (Nigerian engineer, medical equipment service company, Taizhou in Zhejiang)
    (["Sannu. I work for a medical equipment service company in Taizhou, Zhejiang. We purchased an ECS instance; the ventilators and patient monitors in our client hospitals send their maintenance logs to it. Our sales manager insists that any server in mainland China must do ICP filing. Do we need the filing?",
      "Every device has only the raw IP and port of the ECS in its settings. Not a single domain name resolves to this ECS, our DNS zone has no entry for it."],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 3 fvv alibaba, one turn (Ethiopian web coordinator, fertility clinic, Shaoxing)
    (["Selam. I handle the online things for a fertility clinic in Shaoxing. Our top-level domain sx-fertilitycare.com has had its ICP filing with Alibaba Cloud since 2021. Now we add consult.sx-fertilitycare.com for online consultation requests. Do I need to file the subdomain separately?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 4 fvv other (horse riding camp on the grassland, Chifeng, lowercase, root filed via 华通云)
    (["hi, i do the online stuff for a horse riding camp out on the grassland near chifeng. we want ride.cf-steppecamp.com for bookings. the main domain is older than my job here so no clue who filed it or where. does the sub need its own icp?",
      "asked our finance lady who keeps all the contracts: the main domain's icp number came through 华通云 (huatong), alibaba cloud didn't do that filing"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 5 fvv none (Senegalese painter, artist residency, Jinghong)
    (["Nanga def. I am a painter from Senegal and I run an artist residency near Jinghong. I want apply.jh-residency.org where artists send their applications. The main domain my assistant bought, I am not sure about its filing. Is an ICP filing needed for the apply subdomain?",
      "My assistant Xiao Yu told me: jh-residency.org was never filed, it has no ICP number. She bought it and parked it."],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 6 x3g rule, generic no, hearsay (Tunisian mosaic teacher, Qufu, Xiaohongshu shop)
    (["Aslema. I teach mosaic art in Qufu and sell the finished pieces online. A lady from my Chinese class says if you have an Alibaba Cloud account you must make the Alibaba ICP filing. My husband opened the account and I don't know what he bought there. Is it required for me?",
      "no, my husband checked the orders: an ECS was never purchased, only the domain. The pieces sell through our Xiaohongshu shop."],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # 7 x3g otherwise, one turn (Mauritian instructor, scuba diving school, Wanning)
    (["Bonzour from Wanning! I run a scuba diving school here on Hainan. I read that an Alibaba Cloud ICP filing isn't needed when you don't buy any ECS. In our case we did buy one ECS in March, it runs our booking system. So that exception doesn't cover us, right?"],
     [{"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 8 omc rule, two generic no (two art therapists, small studio, Yingkou, lowercase)
    (["hi - two of us are art therapists running a small studio in yingkou and we want a website up this spring. a friend's sister said we'd need an 'initial icp filing' before going live. what decides whether that applies to us?",
      "nope, nothing has ever been filed, not by us and not for anything of ours",
      "no to that as well. we have zero filings of any kind"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # 9 omc otherwise, one turn (Honduran manager, co-working space company, Longyan)
    (["¡Qué onda! I'm Honduran and I manage a co-working space company in Longyan. The company completed its ICP filing in 2022 for the website we have now. For our second location we bought a brand-new domain which nobody has filed before. Do we have to do the initial ICP filing?"],
     [{"subject_filed": "yes", "domain_filed": "no"}],
     ["omc"], ("omc", None)),
    # 10 srs rule transfer, one turn (Colombian founder, South America tours for Chinese travellers, Ningde, from 宝信)
    (["Quiubo! I'm Colombian, my company in Ningde sells tours to South America for Chinese travellers. The ICP filing of our company and our domain is with 宝信 (Baosight) today. Our contract there ends, so we want to move the whole filing to Alibaba Cloud and leave nothing at Baosight. What do we have to apply for?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 11 srs otherwise (palliative care charity, Mudanjiang, lowercase, 中国科技网, only DataV)
    (["hi there - small palliative care charity in mudanjiang. our site's icp filing is with 中国科技网 (cstnet), a research institute helped us set it up years ago. we've just started using alibaba cloud's datav for our donation dashboards. does that mean we have to transfer the filing to alibaba cloud, or add alibaba cloud as a provider??",
      "keeping it simple: the filing stays with cstnet and only cstnet. we're not moving it over, and alibaba cloud isn't getting added next to them"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 12 b24 other, one turn (Samoan analyst, property valuation firm, Chaozhou, 中金数据)
    (["Talofa lava. I'm from Samoa and work at a property valuation firm in Chaozhou. Our company's ICP filing was done with 中金数据. Today an Alibaba Cloud ECS instance was bought for us, and on it we will host a new website with a new domain for our rental price index. Which ICP filing must we apply for?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 13 b24 alibaba (pediatric clinic group, Meizhou, lowercase, parenting blog on a second ECS)
    (["hey, we're a small pediatric clinic group in meizhou. just bought a second ecs on alibaba cloud and we're putting a new site on it - new domain, a parenting advice blog written by our doctors. whoever did the company's filing before me left no notes. what filing does the new site need?",
      "our admin dug it out - the clinic company's filing subject sits with alibaba cloud, done in 2019 when we opened"],
     [{"new_website_on_ecs": "yes", "purchased_ecs": "yes"}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 14 b24 alibaba, one turn (Angolan coordinator, international poetry festival, Yanji)
    (["Kiambote! I'm from Angola and I coordinate a small international poetry festival in Yanji. The festival company is filed as a subject in Alibaba Cloud's ICP filing. For this year we made a new website on a new domain, and we host it on a new ECS instance we bought last week. What filing do I need now?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise (Norwegian owner, winter cabin rentals, Zhangjiakou, Hostinger)
    (["God dag! I'm Norwegian and run a small company renting out winter cabins near Zhangjiakou. The company's ICP filing subject was done through Alibaba Cloud. Now we make a new website with a new domain just for cabin bookings. Where it is hosted, the web agency still decides. Do I need to add a website filing?",
      "The agency has chosen: the cabin site will be built and hosted on Hostinger. It won't sit on any ECS instance."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 16 fyg rule (Israeli IT manager, private rehabilitation hospital, Datong)
    (["Shalom. I am IT manager at a private rehabilitation hospital in Datong. Our website has an ICP Filing number from Alibaba Cloud. The board is still talking about whether anything in our filing should be updated, I can't say yet. When is a change needed?",
      "The board decided: the hospital's registered address moves to the new campus, and the email of the person responsible for the website changes too. We will update both in the filing."],
     [{"has_alibaba_icp_number": "yes"}, {"modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, one turn, correction inside the turn (Italian interior designer, Ordos, 润泽科技)
    (["Ciao! Italian interior designer here, our studio is in Ordos. We need to change the website name and the company address in our ICP filing. I first thought our number was from Alibaba Cloud, but I checked the certificate: it was issued through 润泽科技, so Alibaba Cloud never issued any number for us. Where do we change this?"],
     [{"has_alibaba_icp_number": "no", "modify_info": "yes"}],
     ["fyg"], ("fyg", None)),
    # 18 no_match (hotel group booking microservices, Tengchong, ARMS agent upgrade)
    (["Our hotel group in Tengchong runs the booking microservices on Java 17 and Spring Boot 3, traced with ARMS. Since we upgraded the ARMS agent to 4.x, two of the apps show no traces at all, the others still look fine. License key and region are the same as before. Any idea what to check?"],
     [{}], [], "no_match"),
    # 19 no_match (property listing importer, Wuhu, MNS queue redelivery, lowercase)
    (["our property listing importer in wuhu pushes jobs into an mns queue, and the consumer keeps getting the same message again about 30s later even though we call DeleteMessage. also seeing 'ReceiptHandleError' now and then. is this a visibility timeout thing?"],
     [{}], [], "no_match"),
]

ZH_A = [
    # 0 un3 -> kbw otherwise (喀什手工地毯外贸，给中东客户)
    (["你好，我们在喀什做手工地毯外贸，上个月在阿里云买了一台ECS，现在只用来放产品图和订单表格。公司域名要不要解析过去，我和合伙人还没商量好。ECS不绑域名的话，也得备案吗？",
      "合伙人那边定了：公司域名会做解析指向这台ECS，上面做个给中东客户看花色、发询价的网站。另外当初ECS选的是境外的地域，机器不在中国内地。"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "no", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", None)),
    # 1 un3 rule, negation with scope (哈密种瓜合作社，大棚温控器)
    (["请问下，我们是哈密种瓜的合作社，买了台ECS收大棚里温控器的数据。隔壁村的人说服务器放在阿里云就一定要备案，是这样吗？",
      "温控器里填的就是服务器的公网IP。合作社名下倒是有个域名，不过只挂着介绍页，放在别家的空间上，从来没往这台ECS上解析过。"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 2 fvv other (张掖民宿在线订房子域名，主域名在华纳云)
    (["张掖开民宿的，想弄个 booking.zy-danxiainn.com 的二级域名做在线订房。主域名是以前找人做的，备案当时怎么弄的我也说不准。二级域名需要单独备案吗？",
      "问了当初帮我们建站的小伙子：主域名早就拿到了备案号，当时走的是华纳云，阿里云没经手。"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 3 fvv none, one turn (天水中医馆网上挂号子域名)
    (["天水一家中医馆，想用 yuyue.ts-qihuangtang.cn 做网上挂号预约。主域名前年就买了，买完就搁那儿了，备案这事压根没碰过，手里没有备案号。这个二级域名要备案吗？"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 4 x3g rule, one turn (伊犁薰衣草精油，拼多多店)
    (["伊犁这边做薰衣草精油的，店开在拼多多上。阿里云只在那儿注册过域名，云服务器ECS一台都没下过单，以后也用不着。这样还需要阿里云的ICP备案吗？"],
     [{"purchased_ecs": "no"}],
     ["x3g"], ("x3g", "x3g")),
    # 5 omc rule (开封新注册的汴绣文化公司)
    (["开封新注册了一家汴绣文化公司，这个主体之前跟ICP备案没打过交道，一次都没备过。想问下首次备案是不是得先在阿里云的备案系统里申请？",
      "用的域名是新注册的，查过了，历史上没有任何备案记录。"],
     [{"subject_filed": "no"}, {"domain_filed": "no"}],
     ["omc"], ("omc", "omc")),
    # 6 srs otherwise, one turn (安阳旅行社，神州数码，只用阿里云短信服务)
    (["安阳一家做殷墟、红旗渠线路的旅行社。我们的备案在神州数码那边，用着没毛病。最近只在阿里云开了短信服务发出团提醒。备案就留在神州数码，不往阿里云转，阿里云也不加进来当第二家接入商。这样在阿里云还用备案吗？"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 7 b24 alibaba (恩施土家腊肉电商新品牌)
    (["恩施做土家腊肉电商的，公司主体是在阿里云备的案。现在打算给新品牌单独做个网站，用新域名，放哪台服务器还没想好。需要做什么备案？",
      "运营总监拍的板：在阿里云新开一台ECS（已经付费），新品牌网站就放这台ECS上跑。"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 8 fyg rule, one turn (宜昌三峡游船票务公司)
    (["宜昌做三峡游船票务的公司，网站的备案号是在阿里云办下来的。现在公司法人换了，网站的服务内容也要加上在线订票，备案信息得跟着改，在哪改？"],
     [{"has_alibaba_icp_number": "yes", "modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 9 no_match (延安养老院，阿里云云备份任务失败)
    (["延安一家养老院，文件服务器用阿里云的云备份做每天夜里的备份，这三天任务全失败，控制台提示客户端离线，可那台机器明明开着能上网。该先查哪里？"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 0 un3 -> kbw rule (南阳艾条艾灸贴工厂)
    (["南阳做艾条艾灸贴的工厂，买了一台阿里云ECS，现在跑的是内部的库存系统。域名要不要指过去，厂里还在商量。要是这台ECS一直不挂域名，还用备案吗？",
      "厂里开会定下来了：域名要解析过去，指向这台ECS，ECS在中国内地的机房，上面开个卖艾条、接批发订单的网站。"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 un3 rule, one turn (中卫枸杞烘干厂，控制器直连公网IP)
    (["中卫枸杞烘干厂，去年买了台ECS，烘干房的控制器都是直连服务器公网IP传温度数据的。这台ECS上一个域名解析也没有。这样要备案吗？"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 2 fvv alibaba (荆州鱼糕小厂卖礼盒子域名)
    (["荆州做鱼糕的小厂，想开个 lihe.jz-yugao.com 的二级域名卖礼盒。主域名是兼职网管弄的，有没有备案、在哪备的我搞不清。二级域名要另外备案吗？",
      "兼职网管回了消息，说主域名前年就在阿里云备过案，备案号就是阿里云给办的。"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 3 x3g otherwise, hearsay (潜江小龙虾养殖合作社，账号是儿子注册的)
    (["潜江养小龙虾的合作社，有人跟我说没买ECS就不用阿里云备案。阿里云账号是我儿子注册的，里面买没买ECS我说不清。",
      "儿子回电话了，账号里确实有一台ECS，今年开春他给合作社下的单。"],
     [{}, {"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 4 omc otherwise, one turn (商洛新成立的核桃加工公司，域名老板以前备过)
    (["商洛刚成立的核桃加工公司，这个主体还没做过任何备案。不过要用的域名是老板以前开网店时注册的，那会儿已经备过案了。还需要初次备案吗？"],
     [{"subject_filed": "no", "domain_filed": "yes"}],
     ["omc"], ("omc", None)),
    # 5 srs rule transfer, one turn (湘西凤凰苗绣公司，从数梦工场整体转到阿里云)
    (["凤凰古城做苗绣的公司，公司和域名的备案一直挂在数梦工场。现在想整个转到阿里云，原来那边一项都不留。要办什么手续？"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 6 b24 other (焦作铁棍山药礼品装，主体在野草云)
    (["焦作卖铁棍山药的，公司主体在野草云备过案。现在要给礼品装做个新网站，配新域名，服务器还没选。新站要怎么备案？",
      "选好了：在阿里云下单开了一台ECS，礼品装的新站连同新域名都部署在上面。"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 7 b24 otherwise, one turn (吴忠滩羊肉公司，航天云网，新站放店匠)
    (["吴忠卖滩羊肉的公司，主体是在航天云网备的案。新做的网站配了新域名，打算直接放在店匠上。我们在阿里云没有ECS，这回也不打算开。需要加网站备案吗？"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "no", "purchased_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 8 fyg otherwise (衡阳康复医院，备案号走教育网接入)
    (["衡阳一家康复医院，搬了新院区，网站负责人的手机号和邮箱都要改，备案信息得跟着更新。当初备案是谁办的我不清楚。",
      "翻出了当年的资料，备案号是医学院帮忙通过教育网（CERNET）接入办的，跟阿里云一点关系也没有，我们在阿里云名下就没有备案号。"],
     [{"modify_info": "yes"}, {"has_alibaba_icp_number": "no"}],
     ["fyg"], ("fyg", None)),
    # 9 no_match (平凉月子中心，KMS解密报 Forbidden.KeyNotFound)
    (["平凉一家月子中心，客户资料加密用的是阿里云密钥管理服务KMS，今天调用Decrypt一直报 Forbidden.KeyNotFound，密钥在控制台里明明能看到，状态也是启用。这是哪里没配对？"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 44044007), ("en_b", EN_B, 44044019),
         ("zh_a", ZH_A, 44044031), ("zh_b", ZH_B, 44044049)]


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
