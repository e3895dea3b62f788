#!/usr/bin/env python3
"""Build the icp_dlg36 blind dialogue set (thirty-sixth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg35_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # 0 kbw rule: Irish horse-trek family, Hailar (Hulunbuir); ECS in China (Ulanqab), DNS set up, booking form
    (["Hi there, Irish lad here, I run horse treks out on the grassland near Hailar in Hulunbuir with my wife's "
      "family. We've bought an ECS in the China (Ulanqab) region, so it's sitting on the mainland, and "
      "steppehooves.com is set up in DNS to land on that server. It'll carry our trek calendar and the booking form "
      "for guests. Do we have to get an ICP filing sorted before we go live?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # 1 kbw otherwise via un3: Argentine yerba mate importer, Zhanjiang; undecided about the domain; reply: Frankfurt
    (["hola, we are small company from Argentina doing yerba mate import, office in Zhanjiang. Last week we "
      "purchase two ECS in alibaba cloud, still not decided if we put our domain on them. With this we need make "
      "ICP filing or is not necessary",
      "Talked with my socio Martin and is clear now: matecito.cn will be pointed by DNS to those two ECS, but the "
      "ECS are sitting in Germany (Frankfurt) region, and on it runs the catalogue website where our resellers order"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 2 un3 rule: Scottish archviz studio, Wuxi, GPU render farm reached over VPN by IP, no DNS record
    (["Morning. I'm a Scot running an archviz studio in Wuxi and we've just bought six GPU ECS instances as a render "
      "farm. The artists submit jobs from the office over a VPN straight to the private and elastic IPs, there's no "
      "hostname or DNS record for any of them and there won't be. Do we still need an ICP Filing for ECS used like "
      "that?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 3 un3 rule, generic no: Bangladeshi QC manager, garment factory in Shaoxing, inspection photos
    (["Assalamu alaikum. I am from Dhaka, managing QC for a garment factory in Shaoxing. We bought one ECS to keep "
      "the inspection photos from the sewing lines. My manager ask me if ICP filing is needed for this ECS, please "
      "advise",
      "no, the tablets on the line upload direct to the server ip, nobody give it a name"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # 4 fvv alibaba: South African rooibos tea shop, Mianyang; reply: root number through Alibaba Cloud in 2021
    (["Howzit. We run a rooibos tea shop in Mianyang and want to put our tastings on a subdomain, something like "
      "proe.rooibosmianyang.cn. Does a second-level domain need its own ICP filing",
      "The main rooibosmianyang.cn got its number through Alibaba Cloud when we opened in 2021, it shows up in our "
      "Alibaba console"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 5 fvv other: Georgian qvevri wine importer, Yantai, root number by Yisu Cloud, non-native
    (["Gamarjoba! I have qvevri wine import business in Yantai. Our main domain kvevri.cn have ICP number from "
      "before, only it was done with 亿速云 (Yisu Cloud), not Alibaba. Now I want open shop.kvevri.cn "
      "for online orders. For this sub domain what filing I need"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 6 fvv none: Peruvian ceviche restaurant, Sanya; reply: root bought 2019, never filed
    (["Hello, I am Peruvian chef with ceviche restaurant in Sanya. My nephew make carta.limenosanya.com for the menu "
      "and reservations. This kind of subdomain need to make own ICP filing",
      "About limenosanya.com, we buy it in 2019 and it stay there without any filing, never get a number"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 7 x3g rule: Welsh rugby coach, Baoding, site on Squarespace, never bought ECS
    (["Shwmae! I'm from Cardiff and coach rugby clinics for kids in Baoding. I registered a domain through Alibaba "
      "Cloud, but the website itself is on Squarespace, and I've never bought an ECS from you and have no plans to. "
      "Does Alibaba Cloud still want an ICP filing from me if I don't purchase any ECS"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 8 x3g otherwise: Lithuanian amber jeweller, Huzhou, hearsay from WeChat group; reply corrects itself: ECS bought
    (["Labas. I sell Baltic amber jewellery from a small studio in Huzhou. A friend from a WeChat group say if you "
      "don't buy any ECS then Alibaba ICP filing is not needed. Is this right for my shop also",
      "We don't have ECS I think... ah no, wait, my husband says he took two ECS in March for the shop backend, "
      "they are running since then"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 9 omc rule: Jamaican coffee roastery, Pu'er, company and domain brand new
    (["Wah gwaan! Jamaican here, starting a small coffee roastery in Pu'er with beans from the local farms. The "
      "company was registered last month and I bought puerroast.com yesterday, so neither the company nor the "
      "domain has ever been through ICP filing. What's needed for the first filing"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 10 omc otherwise: pottery studio, Jingdezhen, lowercase, new domain; reply: company filed 2021
    (["hey, we run a pottery studio in jingdezhen and just registered jdzclaywork.cn for a new class booking site, "
      "that domain has never been filed anywhere. do we need to do the initial icp filing",
      "worth mentioning that the studio's company already got through filing back in 2021 for our old workshop site"],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # 11 srs rule (add): Croatian necktie brand, Changzhou, keeps qy.cn, adds Alibaba Cloud
    (["Dobar dan. We are Croatian necktie brand, office in Changzhou. Our website filing is done with "
      "群英网络 (qy.cn) and we stay with them, but we start to run part of the site from Alibaba "
      "Cloud, so we want Alibaba Cloud added as one more filing provider beside them. What is required"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # 12 srs otherwise: Chilean cherry importer, Huizhou, landui; reply: stays, not adding, only object storage
    (["Hi, Chilean cherry importer here, office in Huizhou. Our site filing is with 蓝队云. If we move "
      "the filing over to Alibaba Cloud, or put Alibaba Cloud as a second provider, what would be needed",
      "In the end we leave everything at 蓝队云, nothing moves and alibaba also will not be second "
      "provider; from you we only use object storage for the fruit photos"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 13 b24 other: Tunisian dates trader, Quanzhou, subject via sanfengyun; reply: paying for ECS today, new domain
    (["Aslema. Our trading company in Quanzhou was filed long time ago through 三丰云, for the old "
      "website. Now we want a second website only for dates wholesale. How we add website filing for it",
      "We pay for an ECS today and the new site will live on it, with a brand new domain tunisdates.cn"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 14 b24 alibaba: Singaporean badminton academy, Foshan, tournament sign-ups on a new ECS
    (["Hi ah, Singaporean here, running a badminton academy in Foshan. Our company subject already filed through "
      "Alibaba Cloud last year for the academy main site. Now we bought another ECS and want to launch "
      "smashfoshan.com, totally new domain, for tournament sign-ups on that ECS. Need to add website filing or not"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise: Albanian mountain tea, Baotou, Capitalonline virtual hosting, no ECS
    (["Përshëndetje. My company sells Albanian mountain tea, office in Baotou. Our subject filing is with "
      "首都在线 (Capitalonline). We want one more website, new domain, and it will be on virtual "
      "hosting of 首都在线 also. Alibaba ECS we don't have and don't plan. Need I add website "
      "filing in Alibaba Cloud"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 16 fyg rule: physiotherapy clinic, Yichang, legal representative changed
    (["Hello, we're a physiotherapy clinic in Yichang. Our website's ICP number was issued through Alibaba Cloud, "
      "and our legal representative has just changed, so the subject details on the filing are out of date. Do we "
      "need to change the filing, and where?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, generic no: Armenian carpet shop, Yinchuan, number from xinruiyun
    (["Barev. We sell Armenian carpets in Yinchuan. Need to change the phone number and the website name in our ICP "
      "filing. How is doing this",
      "no, our number was issued by 新睿云, on Alibaba side we have nothing"],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # 18 no_match: Cloud Enterprise Network transit router routes inactive
    (["Our transit router in Cloud Enterprise Network isn't propagating routes from the Hangzhou VPC to the "
      "Frankfurt VPC, the route table shows them as inactive. what am i missing"],
     [{}], [], "no_match"),
    # 19 no_match: ApsaraMQ for RocketMQ dead-letter queue
    (["messages in our ApsaraMQ for RocketMQ topic keep landing in the dead-letter queue after 16 retries even "
      "though the consumer returns success, how do I find out why"],
     [{}], [], "no_match"),
]

EN_B = [
    # 0 kbw rule via un3: Kyrgyz white honey family, Kashgar, lowercase, undecided; reply: China (Heyuan), shop site
    (["salam, we are kyrgyz family selling white honey from tian shan, our office is in kashgar. we already "
      "purchased two ECS on alibaba cloud, in the family we not yet agree if our shop address will go on them. is "
      "icp filing necessary",
      "After talk with my uncle we fix it like this: akbal-honey.cn will resolve to these two ECS, the region is "
      "China (Heyuan) so inside mainland, and there goes our online honey shop website"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 kbw otherwise, generic no: astronomy club, Lijiang, lowercase; reply: a member's vps in oslo
    (["we run a little astronomy club in lijiang and have a website where people sign up for our stargazing nights "
      "up on the mountain, do i need an icp filing for the domain",
      "nope, the site is on a tiny vps in oslo that one of our members pays for"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # 2 un3 rule: Laotian rubber trader, Jinghong, ERP reached by public IP and port
    (["Sabaidee. Our company trade natural rubber from Laos, office in Jinghong. We bought one ECS to run our ERP. "
      "Need ICP filing for this one",
      "Staff open the ERP by typing the public IP and port 8069 in the browser, we never make any name point to "
      "this server"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 3 fvv alibaba: tattoo studio, Qujing, lowercase
    (["tattoo studio in qujing here. want booking.inkqujing.cn for appointments, the main inkqujing.cn got its icp "
      "filing through alibaba cloud last year. does the sub one need a separate filing"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 4 fvv other: Senegalese baobab powder importer, Shantou; reply: root number by hncloud, contrast
    (["Bonjour, I import baobab powder from Senegal, we are in Shantou. We want make shop.baobabsn.cn for the "
      "orders. For a sub domain like this, ICP filing is obligatory or no",
      "The main baobabsn.cn has ICP number since 2020, however it was done with 华纳云, not with "
      "Alibaba"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 5 fvv none: roller derby league, Harbin, lowercase; reply: root only ever parked
    (["we're a roller derby league in harbin and want to put our bout schedule on bouts.icerollers.com. does a "
      "second level domain need its own filing",
      "the main icerollers.com has never had an icp number, we've only ever parked it"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 6 x3g rule, generic no: Mauritian vanilla traders, Wenzhou; reply: only enterprise email
    (["Bonzour from Mauritius! We are small vanilla trading company in Wenzhou. Is Alibaba ICP filing needed if a "
      "company not buy ECS from Alibaba",
      "no, we never buy any server from alibaba, only we use your enterprise email"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # 7 x3g otherwise: Tanzanian tanzanite dealer, Wuzhou, hearsay from cousin, bought ECS last week
    (["Jambo. I trade tanzanite stones with a workshop in Wuzhou. My cousin tell me that without ECS there is no "
      "need of Alibaba ICP filing. But we already buy one ECS last week for our gem catalogue. So for us what is "
      "the answer"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 8 omc rule, two generic no replies: candle studio, Kaifeng, lowercase
    (["opening a hand-poured candle studio in kaifeng next month and want a little website, when do we need the "
      "initial icp filing",
      "nope, never done any of this before, it's our first go",
      "no, nothing there either, totally clean"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # 9 omc otherwise: Cuban rum bar, Haikou, company filed 2019, new domain
    (["Hola, Cuban here, I have a rum bar in Haikou. Our company did ICP filing in 2019 for the first bar website. "
      "Now I register havanahaikou.com for a second bar and this domain was never filed. I need the initial filing "
      "for it or not"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # 10 srs rule (transfer): local classifieds site, Anshan, lowercase, from 21Vianet
    (["we run a local classifieds site for anshan, jobs and flat rentals mostly. the filing for the company and the "
      "domain sits with 世纪互联 (21vianet) and we want to move all of it over to alibaba cloud. "
      "what do we have to apply for"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 11 srs otherwise: trampoline park, Luzhou, lowercase, China Mobile ecloud; reply: stays, only cloud backup
    (["trampoline park in luzhou here, our site's filing is with 移动云. if we switched the filing to "
      "alibaba cloud, or added alibaba as an extra provider, what would we need to do",
      "thought it over with the owner, we're leaving it all at 移动云, no switching and not adding you "
      "either, we just want your cloud backup for the cctv footage"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 12 b24 other: Colombian roses importer, Kunming (Dounan), Sinnet, buying ECS now
    (["Buenas! Colombian roses importer here, based near the Dounan flower market in Kunming. Our company filing was "
      "made through 光环新网 (Sinnet). We're buying an ECS now and want a new website with a new "
      "domain, rosasandinas.cn, for wholesale orders, running on that ECS. Which filing do we need"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 13 b24 alibaba: secondhand bookshop, Yangzhou, lowercase; reply: company filed on Alibaba Cloud
    (["secondhand bookshop in yangzhou. we just bought an ecs and want to host a new book swap site on it under a "
      "brand new domain. do we need to add a website filing",
      "the shop's company filing was done on alibaba cloud back when we launched our first site"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 14 b24 alibaba: Burmese longyi and textile shop, Tengchong, non-native
    (["Mingalaba. I have shop of Myanmar longyi and textiles in Tengchong. Our company filing is done in Alibaba "
      "Cloud already. Now we buy new ECS and will put a new website there, domain also new, longyi-tc.com. Must I "
      "add website filing"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise: Israeli hummus restaurant, Luohe; reply corrects the plan: friend's own server, no ECS
    (["Shalom. Our company in Luohe is filed in Alibaba Cloud already. We open a new hummus restaurant and want a "
      "website for it. Do we need to add website filing",
      "At first I told my team ECS, but the plan changed: my friend hosts the new site on his own server in his "
      "office, so it is not on any ECS"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # 16 fyg rule: wedding photography studio, Weifang, lowercase; reply: moved office, phone changed
    (["wedding photography studio in weifang. our site has its icp number through alibaba cloud. in what "
      "situations do we need to change the filing",
      "we've moved to a new office and the contact phone changed, so the address and number in the record are "
      "wrong now"],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise: Uruguayan beef importer, Tianjin, number from China Unicom cloud
    (["Hola. We import Uruguayan beef, office in Tianjin. Our ICP number is from 联通云, we never had "
      "one in Alibaba Cloud. Now we need change the website name in the filing. How to do"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # 18 no_match: Tablestore secondary index
    (["Tablestore query on our secondary index returns rows in a weird order and misses some recent writes, is the "
      "index sync asynchronous"],
     [{}], [], "no_match"),
    # 19 no_match: Wuying cloud desktop lag
    (["Wuying cloud desktop sessions lag badly for our designers in the afternoon, mouse input delay like 300 ms. "
      "which settings should we look at"],
     [{}], [], "no_match"),
]

ZH_A = [
    # 0 kbw otherwise via un3: 曹县汉服跨境电商; reply: 日本（东京）地域, 给日本客人下单的网站
    (["我们在曹县做汉服跨境电商的，刚在阿里云买了两台ECS，这种情况要不要备案啊",
      "跟运营对完了：店铺域名会解析到这两台ECS上，不过机器开在日本（东京）地域，主要是给日本客人下单的网站"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 1 un3 rule: 大庆油田技术服务，井场采集终端直推公网IP
    (["我们是大庆做油田技术服务的小公司，买了一台ECS专门收井场的数据，这个要备案吗",
      "井场那边的采集终端都是直接往服务器公网IP上推数据，没给它配任何解析，以后也不打算配"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 2 fvv other: 昆山大闸蟹预订子域名; reply: 莱卡云
    (["老板让我在昆山大闸蟹的官网下面开个 yuding.yangchenghu-xie.com 做预订，这种二级域名需要另外备案吗",
      "顶级的 yangchenghu-xie.com 早几年就拿到备案号了，不过是托莱卡云的客服帮忙办下来的，阿里云从没经手过"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 3 fvv none: 安顺蜡染体验工作室
    (["我在安顺开了个蜡染体验工作室，想弄个 ke.anshunlaran.cn 放课程表。主域名到现在都没有备案号，这个二级域名要怎么搞"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 4 x3g rule: 延吉冷面馆，域名只做企业邮箱，ECS一台没买
    (["延吉开冷面馆的，在阿里云买了个域名只拿来做企业邮箱，阿里云的ECS一台都没买过，以后也不会买，这样还需要在阿里云备案吗"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 5 omc rule: 十堰露营装备租赁新公司; reply: 域名上礼拜才买
    (["我们在十堰新注册了一家露营装备租赁公司，公司名下之前从来没备过案，想做个官网，首次备案要怎么弄",
      "域名也是上礼拜才买的，之前没人拿它备过案"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 6 srs otherwise: 自贡彩灯公司，华云数据，不转不加，只用短信服务
    (["我们是自贡做彩灯的公司，网站备案一直放在华云数据。我们不打算把备案迁到阿里云，也不想让阿里云当新的接入商，就只用阿里云的短信服务，这样还要做什么备案手续吗"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 7 b24 alibaba: 遵义辣椒酱厂; reply: 新站放刚买的ECS，新域名
    (["遵义做辣椒酱的，公司主体前年就在阿里云备过案了。现在想再上一个网站，是不是要加网站备案",
      "新站打算放在刚买的那台ECS上，用的是新注册的域名"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 8 fyg rule: 德州扒鸡官网，负责人换人
    (["德州卖扒鸡的，官网的备案号是在阿里云拿的。现在网站负责人换人了，备案里的联系人信息得改，该怎么弄"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # 9 no_match: 云效流水线构建卡在拉取代码
    (["云效流水线里的构建任务老是卡在“拉取代码”这一步，等半小时都不动，这是什么原因"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 0 kbw rule via un3: 南充米粉连锁; reply: 西南1（成都）, 外卖点单网站
    (["南充开米粉连锁的，前几天在阿里云买了台ECS，还没想好要不要把域名指过去，这要备案不",
      "和合伙人商量定了：域名解析到这台ECS，地域选的国内西南1（成都），上面跑外卖点单的网站"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 un3 rule: 中山灯饰厂财务软件，分厂用公网IP远程连
    (["中山灯饰厂这边买了一台ECS专门跑财务软件，分厂都是用公网IP远程连的，不打算解析任何域名过去，这种需要备案吗"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 2 fvv alibaba: 长汀客家米酒网店团购子域名
    (["长汀卖客家米酒的网店，想加个 tuangou.tingzhoumijiu.com 子域名搞团购，这个子域名得重新备案吗",
      "tingzhoumijiu.com 开店那年走的阿里云备案流程，号码现在还挂在我们阿里云账号底下"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 3 x3g otherwise: 大同刀削面连锁，抖音听说; reply corrects itself: 财务上个月开通了ECS
    (["刷抖音听人说不买阿里云的ECS就不用在阿里云备案，我们大同这家刀削面连锁是不是也能这样",
      "我还以为我们没买……刚翻了下账单，上个月财务那边已经开通了一台ECS，一直在跑"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 4 omc otherwise: 日照海鲜干货，拍卖来的老域名备过案，公司没备过
    (["日照卖海鲜干货的，域名是在拍卖平台上买的老域名，前任主人拿它备过案；我们公司自己名下从来没备过。这种要走首次备案吗"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # 5 srs rule (transfer): 株洲服装批发，从白山云迁过来
    (["株洲做服装批发的，公司和域名原来都是在白山云备的案，现在想把备案整个迁到阿里云来，需要怎么申请"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 6 b24 other: 铜仁抹茶公司，快快网络; reply: 这周刚下单ECS，新域名
    (["铜仁做抹茶的公司，主体几年前在快快网络备过案。现在想新开一个网站，网站备案要怎么加",
      "这周刚在阿里云下单了一台ECS，新站换个新域名，直接部署在上面"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 7 b24 otherwise: 六盘水猕猴桃合作社，雨云虚拟主机，ECS一台也不买
    (["六盘水猕猴桃合作社，主体在雨云备过案。打算再做个新网站，放在雨云的虚拟主机上，阿里云的ECS一台也不买，需要在阿里云加网站备案吗"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 8 fyg otherwise: 衡阳律师事务所改网站名称和负责人电话; reply: 阿贝云办的号
    (["衡阳一家律师事务所，想把备案里的网站名称和负责人电话改一下，在哪操作",
      "律所这个号是前几年托阿贝云代办下来的，在阿里云账号里查不到任何记录"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # 9 no_match: 视频点播转码失败
    (["视频点播里上传的视频转码一直失败，转码模板用的是默认的，报错说源文件解析不了，怎么排查"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 36036007), ("en_b", EN_B, 36036019),
         ("zh_a", ZH_A, 36036031), ("zh_b", ZH_B, 36036049)]


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
