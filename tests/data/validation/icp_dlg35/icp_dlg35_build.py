#!/usr/bin/env python3
"""Build the icp_dlg35 blind dialogue set (thirty-fifth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg34_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # 0 kbw rule: Australian cycle touring outfit, Guilin; ECS in a Chinese mainland region, DNS already resolves to it
    (["G'day, I run a small cycle touring outfit in Guilin. We've bought an ECS instance that sits in one of Alibaba "
      "Cloud's Chinese mainland regions (picked the closest one to Guangxi), and I've already pointed karstpedals.com "
      "at its IP so the DNS resolves there. It'll host our tour booking pages and route maps. Do we have to sort out "
      "an ICP filing before we switch it on"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # 1 kbw otherwise via un3: Malaysian durian paste exporter, Fangchenggang office; Malaysia (Kuala Lumpur) region
    (["hi, we are durian paste exporter from Penang, our China office is in Fangchenggang. Last week we bought 2 ECS "
      "from Alibaba Cloud already. Boss still not decide whether want to put our domain on them or not. Like that "
      "need ICP filing anot",
      "Boss decided just now lah: durianmas.com will resolve to those two ECS, but both are in Malaysia (Kuala Lumpur) "
      "region, not mainland China. It is going to be the website where our distributors check stock and price"],
     [dict(purchased_ecs=Y),
      dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # 2 un3 rule: agri-drone team, Shihezi; drones upload logs to elastic IPs, no hostname
    (["Our agri-drone team in Shihezi rents three ECS instances. The spraying drones over the cotton fields upload "
      "their flight logs straight to the instances' elastic IPs - nobody ever mapped a hostname to them and we don't "
      "intend to. Does this setup still need an ICP filing"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # 3 un3 rule: PhD student, Dali, genome alignment; generic no
    (["hi, im a phd student at a lab in dali, just bought an ECS to run genome alignment jobs for my thesis. does an "
      "ecs i only use for number crunching need icp filing",
      "nope, i just scp the fastq files to its ip and run everything in tmux"],
     [dict(purchased_ecs=Y), ANY_NO],
     ["un3"], ("un3", "un3")),
    # 4 fvv alibaba: bouldering gym, Enshi; routes subdomain
    (["We're a bouldering gym in Enshi and want to put our route-setting blog on routes.enshiboulder.cn. Does a "
      "subdomain like that need its own ICP filing, or does the main one cover it",
      "enshiboulder.cn itself went through the Alibaba Cloud filing process back when we opened, it's all approved"],
     [{}, dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 5 fvv other: Sri Lankan cinnamon seller, Ganzhou warehouse; root number via 硅云 (vpsor)
    (["Good day. Our main website ceylonkurundu.cn is having ICP number, that was done by 硅云 (vpsor) two years "
      "back. Now we are making shop.ceylonkurundu.cn on Alibaba Cloud for selling cinnamon sticks from our Ganzhou "
      "warehouse. Kindly advise whether a separate filing is wanted for this sub domain"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # 6 fvv none: Kenyan macadamia importer, Jieyang; root never filed
    (["Hello, we are Kenyan company importing macadamia nuts, office in Jieyang. We want order.nairobinuts.cn for our "
      "wholesale customers. This second level domain it need ICP filing",
      "The nairobinuts.cn itself never went for ICP, there is no number on it at all. It was just lying idle since we "
      "bought it"],
     [{}, dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # 7 x3g rule: British cake maker, Qinhuangdao; no ECS, none planned
    (["hi there, I bake custom celebration cakes in Qinhuangdao. The domain is only for my email address and a "
      "redirect to my WeChat shop. I haven't bought any ECS from you and I'm not going to. Do I still need an Alibaba "
      "Cloud ICP filing"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # 8 x3g otherwise: Uzbek plov restaurant, Yining; hearsay from cousin, reply corrects itself
    (["Salam. I am from Uzbekistan, I have plov restaurant in Yining. My cousin is saying if you not buy ECS, then "
      "Alibaba Cloud ICP filing is not needed. For my restaurant website also this rule is working",
      "I think we did not buy... wait, my partner is telling me he already buy one ECS last Friday for the menu "
      "website, so we have one"],
     [{}, dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # 9 omc rule: American vintage vinyl shop, Jingzhou; company and domain brand new
    (["Hey! We're a brand-new company in Jingzhou selling vintage vinyl records (business license came through last "
      "month) and I registered jzvinylcellar.com yesterday. Neither the company nor the domain has ever been through "
      "ICP. We want to run the shop on Alibaba Cloud, what filing do we start with"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # 10 omc otherwise: escape room, Luoyang, lowercase; company filed in 2020
    (["just registered a brand new domain for our escape room in luoyang, nobody has ever filed it anywhere. which "
      "icp filing do we need to do",
      "the company itself went through filing in 2020 for our old board game cafe site, that part is done"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # 11 srs rule (add): NZ guesthouses near Huangshan; keeps 青云 QingCloud, adds Alibaba Cloud
    (["Kia ora - we run two boutique guesthouses near Huangshan. Our site's ICP filing sits with 青云 QingCloud and "
      "we want to keep it there, but the booking engine is moving to Alibaba Cloud so we'd like Alibaba Cloud added "
      "as an additional ICP filing provider for the site. What's needed"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # 12 srs otherwise: Romanian-Chinese translation agency, Nantong; 美橙互联; only Machine Translation
    (["Hello, we are translation agency in Nantong, founded by Romanian and Chinese partners. Our ICP filing is at "
      "美橙互联. If we start using Alibaba Cloud, must we transfer the filing to Alibaba Cloud or add Alibaba Cloud "
      "as a new provider",
      "We will keep the filing at 美橙互联, no transfer and also we do not add Alibaba Cloud. From Alibaba we only "
      "need the Machine Translation API for our translators"],
     [{}, dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # 13 b24 other: Ghanaian shea butter importer, Jiaxing; 恒创科技 HengHost; buying ECS for new site
    (["Good afternoon. Our trading company in Jiaxing (we import shea butter from Ghana) got our ICP filing through "
      "恒创科技 HengHost for our first website. Now we plan a second website, please what is the procedure",
      "This week we are buying ECS on Alibaba Cloud, and the new site sheagold.cn will run on it, it is a fresh domain"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # 14 b24 alibaba: British model railway shop, Yancheng; forum site on a new ECS
    (["Quick one: our model railway shop in Yancheng had its company filing done through Alibaba Cloud for the main "
      "store site. We've just bought a new ECS and want to launch a second site on a new domain (a forum for layout "
      "builders) hosted on it. Do we need a website ICP filing for that"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise: Hungarian paprika importer, Xingtai; 35互联 virtual hosting, no ECS
    (["Hello, our company ICP filing is made by 35互联, for our paprika import business in Xingtai. New recipe "
      "website will be on their virtual hosting also. We have no Alibaba ECS and not plan to buy any. Is need to add "
      "website filing for it"],
     [dict(subject_filing_provider="other", new_website_on_ecs=N, purchased_ecs=N)],
     ["b24"], ("b24", None)),
    # 16 fyg rule: vet clinic, Yingkou; moved, subject address update
    (["Our vet clinic's website got its ICP number through Alibaba Cloud. We moved the clinic across town in Yingkou "
      "last month, so the filing subject's address needs updating. Where do I make that change"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise: Ethiopian leather goods, Zhumadian; generic no, number from 商务中国 bizcn
    (["Hello, we are Ethiopian leather goods company with office in Zhumadian. We need to change website name and "
      "phone number of person in charge in our ICP filing. How we do this",
      "no, our ICP number come from 商务中国 bizcn, Alibaba did not give it"],
     [dict(modify_info=Y), ANY_NO],
     ["fyg"], ("fyg", None)),
    # 18 no_match: Realtime Compute for Apache Flink checkpoints
    (["our Realtime Compute for Apache Flink job keeps failing checkpoints after about 10 minutes, state is around "
      "40 GB on RocksDB. which settings should i look at first"],
     [{}], [], "no_match"),
    # 19 no_match: VPN Gateway IPsec tunnel
    (["The IPsec tunnel between our VPN Gateway and the office firewall drops every few hours and then comes back by "
      "itself. Could it be a phase 2 lifetime mismatch, and where do I see the negotiation logs"],
     [{}], [], "no_match"),
]

EN_B = [
    # 0 kbw rule via un3: Nepali singing bowl sellers, Leshan; reply settles domain, mainland region, shop site
    (["Namaste. We are Nepali family business selling singing bowls, warehouse in Leshan. We purchased one ECS from "
      "Alibaba Cloud. My brother is still thinking whether to use our domain with it. In this case ICP filing is "
      "needed or not",
      "Brother agreed now. himalayabowls.cn will be resolved to the ECS, and the ECS is in an Alibaba Cloud region on "
      "the Chinese mainland. It will show our shop website with the prices"],
     [dict(purchased_ecs=Y),
      dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 kbw otherwise: surf school, Riyue Bay (Wanning), lowercase; generic no: VPS in Vancouver
    (["we're launching a booking site for our surf school at riyue bay in wanning. does the domain need icp filing",
      "nope, the site lives on a vps in vancouver that we already pay for"],
     [dict(web_service=Y), ANY_NO],
     ["kbw"], ("kbw", None)),
    # 2 un3 rule: cold chain logistics, Zhoushan; trackers use the elastic IP, no hostname
    (["We run a cold chain logistics firm in Zhoushan and bought a few ECS instances to collect temperature readings "
      "from our reefer trucks. Not sure a domain name comes into it at all. Is an ICP filing needed",
      "The trackers talk to the ECS over its elastic IP on a raw TCP port, there isn't any hostname involved"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # 3 fvv alibaba: oyster farm, Qinzhou, lowercase
    (["our main site qinzhouoysters.cn got its icp number through alibaba cloud in 2022. now we want "
      "wholesale.qinzhouoysters.cn for restaurant buyers, does that second level domain need another filing"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 4 fvv other: Bulgarian rose jam importer, Weihai; root filed at 小鸟云 (niaoyun)
    (["Hello, I am Bulgarian, we import rose jam and yogurt starter to Weihai. We open blog.rozovadolina.cn for "
      "recipes. The sub domain must have own ICP filing",
      "Main domain rozovadolina.cn has ICP number, however the filing was made at 小鸟云 (niaoyun), not at Alibaba"],
     [{}, dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # 5 fvv none: amateur theatre troupe, Xining, lowercase
    (["hey, our amateur theatre troupe in xining wants tickets.xiningstage.org for show bookings. do i need to file "
      "that subdomain separately",
      "the parent xiningstage.org has never had an icp number, nobody in the troupe ever applied for one"],
     [{}, dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # 6 x3g rule: history podcaster, Tianshui, lowercase; generic no
    (["i host my history podcast on an outside platform and just want a custom domain for the show notes page, i'm "
      "based in tianshui. does alibaba cloud need an icp filing from me",
      "nope, haven't bought a single thing from alibaba cloud apart from the domain itself"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # 7 x3g otherwise: Cambodian Kampot pepper shop, Ruili; read the no-ECS exemption, bought ECS two weeks ago
    (["Hello, I am from Cambodia, selling Kampot pepper from a shop in Ruili. I read that without ECS no Alibaba "
      "Cloud ICP filing is required. But we bought ECS two weeks ago for the pepper shop, so for us this is still true"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # 8 omc rule: sourdough bakery, Yueyang, lowercase; two generic no replies, any order
    (["opening a sourdough bakery in yueyang with two friends and want a small site for preorders. where do we even "
      "start with icp, is it the initial filing",
      "no, nothing of ours has ever been filed, this is all completely new to us",
      "nope, same story there, never been done"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # 9 omc otherwise: Danish hearing aid distributor, Tai'an; company filed 2018, new domain
    (["Hi, I am Danish and manage a hearing aid distributor in Tai'an. Our company completed ICP filing in 2018 for "
      "the corporate site. Now we bought a totally new domain for booking hearing tests, it was never filed by anyone. "
      "So we must do the initial filing again"],
     [dict(subject_filed=Y, domain_filed=N)],
     ["omc"], ("omc", None)),
    # 10 srs rule (transfer): local news portal, Liaocheng, lowercase; from 息壤 (xirang)
    (["we run a local news portal in liaocheng. the icp filing for the company and the domain is with 息壤 (xirang) "
      "right now and we'd like to move it over to alibaba cloud completely. what do we have to do"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # 11 srs otherwise: birch sap drinks brand, Mudanjiang, lowercase; 新网 xinnet; only CDN
    (["our website is filed with 新网 xinnet. i need to know if we have to transfer that filing to alibaba cloud or "
      "add alibaba cloud as a new filing provider, we're a birch sap drinks brand in mudanjiang",
      "we're staying with xinnet and not adding alibaba cloud, all we use from you is the cdn for product videos"],
     [{}, dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # 12 b24 other: Moroccan zellige tile showroom, Qingyuan; 时代互联 now.cn
    (["Salam, our company (Moroccan zellige tiles, showroom in Qingyuan) did its filing with 时代互联 now.cn. Now we "
      "are buying ECS at Alibaba Cloud and will put a new website zellige-cn.com there, new domain. Which filing I "
      "must do"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # 13 b24 alibaba: piano studio summer camp, Changde, lowercase
    (["just bought an ECS to host a new site on a brand new domain for our piano studio's summer camp in changde. "
      "what filing do we need for that",
      "our studio was filed through Alibaba Cloud back when we built the main site"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="alibaba")],
     ["b24"], ("b24", "b24_alibaba")),
    # 14 b24 alibaba: Ukrainian glass art workshop, Huaihua
    (["Dobryi den. I am Ukrainian, our glass art workshop in Huaihua has company filing with Alibaba Cloud already. "
      "We bought new ECS and want to host a new website there with new domain for our workshop classes. What we need "
      "to do"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise: dog grooming salon, Jiaozuo, lowercase; reply corrects itself: website builder, no ECS
    (["our company filing is with alibaba cloud. we're adding a second site on a new domain for our dog grooming "
      "salon in jiaozuo, do we need a website icp filing",
      "it was meant to go on an ECS at first, but scratch that, my co-founder built it on a website builder that "
      "hosts it for us, so no ECS for this one"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # 16 fyg rule: architecture studio, Lishui; renamed
    (["Hi, our architecture studio in Lishui got its ICP number through Alibaba Cloud a few years ago. Things have "
      "changed on our side, what's the process for the filing now",
      "We've renamed the studio, so the subject name on the filing has to be updated"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise: Serbian raspberry juice company, Zaozhuang; number by 景安 zzidc
    (["Hello, I am from Serbia, we have a small raspberry juice company in Zaozhuang. Our website ICP number is not "
      "from Alibaba Cloud, it was made by 景安 zzidc. We need to change the e-mail of responsible person. Must it be "
      "done on Alibaba platform"],
     [dict(has_alibaba_icp_number=N, modify_info=Y)],
     ["fyg"], ("fyg", None)),
    # 18 no_match: PAI-EAS stuck in Waiting
    (["PAI-EAS service has been stuck in Waiting for an hour after I deployed it from a custom image. how do i find "
      "out what it's waiting for"],
     [{}], [], "no_match"),
    # 19 no_match: ROS stack rollback on vSwitch quota
    (["Our ROS stack keeps rolling back on create with a quota error for vSwitches. Where can I raise that limit for "
      "the VPC"],
     [{}], [], "no_match"),
]

ZH_A = [
    # 0 kbw otherwise via un3: 义乌圣诞装饰外贸; reply: 韩国（首尔）地域, 英文产品展示网站
    (["我们在义乌做圣诞装饰外贸的，上个月买了两台阿里云ECS，域名要不要挂上去还没定，这种情况需要备案不",
      "刚跟老板确认完，域名会解析到这两台ECS，不过机器选的是韩国（首尔）地域，上面放英文的产品展示网站"],
     [dict(purchased_ecs=Y),
      dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # 1 un3 rule: 洪湖小龙虾养殖，溶氧传感器直连公网IP
    (["我们在洪湖搞小龙虾养殖，买了台阿里云ECS专门收塘里溶氧传感器的数据，这个要备案吗",
      "传感器那头写死的是服务器的公网IP，压根没弄过解析"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # 2 fvv other: 东阳木雕工作室; reply: 火山引擎
    (["我们东阳木雕工作室想开个 shop.dymudiao.cn 的子域名卖摆件，子域名要不要单独备案呀",
      "主域名有备案号的，但当初是在火山引擎那边办的，不是阿里云"],
     [{}, dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # 3 fvv none: 六安驾校约练车子域名
    (["我们六安这边驾校的主域名 laqiche.cn 一直没有备案号，现在想弄个 yuyue.laqiche.cn 子域名给学员约练车，是不是得先备案"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # 4 x3g rule: 蚌埠家政保洁，域名只印传单跳公众号
    (["我在蚌埠开了家家政保洁的小店，域名只是印在传单上跳转到公众号的，阿里云ECS压根没碰过，以后也用不上，这样还要在阿里云备案吗"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # 5 omc rule: 个人独立游戏开发者; reply: 前天才注册的新域名
    (["我是个人独立游戏开发者，我自己名下从来没有备过案，想给新游戏做个官网，要办哪种备案",
      "这个域名前天才注册的，干干净净，没有任何备案记录"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # 6 srs otherwise: 镇江香醋厂，天翼云，不转不加，只用邮件推送
    (["我们是镇江做香醋的厂子，网站一直在天翼云备的案，现在想用阿里云的邮件推送发会员通知。备案既不打算转到阿里云，也不加阿里云做新的接入商，这样备案要动吗"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # 7 b24 alibaba: 宿迁汽修连锁; reply: 刚下单ECS放配件查询新网站
    (["我们宿迁的汽修连锁，公司主体是在阿里云备的案，现在想再上一个新网站，要加网站备案吗",
      "刚在阿里云下单了一台ECS，新网站换了个新域名，准备放在这台上面做配件查询"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # 8 fyg rule: 张家界研学旅行机构改名
    (["我们是张家界的研学旅行机构，网站的备案号是在阿里云办的。公司上个月改名了，备案里的主体名称得跟着改，在哪里操作呀"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # 9 no_match: MaxCompute 作业排队
    (["MaxCompute 的作业这两天一直在排队，包年包月的计算资源是不是不够用了，怎么看资源组的使用情况"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 0 kbw rule via un3: 宜宾少儿编程培训; reply: 股东群拍板, 内地的地域, 招生报名网站
    (["我们宜宾这边做少儿编程培训，买了台阿里云ECS，要不要绑域名几个股东还没商量好，这种要备案吗",
      "股东群里刚拍板：域名解析到这台ECS上，ECS买的是内地的地域，上面跑招生报名的网站"],
     [dict(purchased_ecs=Y),
      dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 un3 rule: 芜湖大学生联机游戏服务器，直接输IP
    (["我们几个在芜湖上学的同学在阿里云买了台ECS开饥荒联机服务器，大家都是直接输IP连进去的，不打算给它绑任何域名，这需要备案吗"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # 2 fvv alibaba: 漳州瑜伽馆课表子域名; reply: 备案号是阿里云批的
    (["我们漳州的瑜伽馆想加个 kebiao.zzyoga.com 的二级域名放课表，这个要重新备案吗",
      "顶级那个域名的备案号是阿里云那边批下来的，22年办的"],
     [{}, dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 3 x3g otherwise: 柳州螺蛳粉网店，小红书传言; reply: 技术上周已买ECS
    (["刷小红书看到有人讲，不买ECS就不用在阿里云备案。我们柳州卖螺蛳粉的网店也是这样吧",
      "刚问了一下技术小哥，其实上周他已经用公司账号买了一台ECS"],
     [{}, dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # 4 omc otherwise: 南阳手工皮具，朋友转来的域名备过案，本人没备过
    (["我在南阳做手工皮具，这个域名是朋友转给我的，他以前拿它备过案；我本人名下从来没备过。现在要走首次备案的流程吗"],
     [dict(subject_filed=N, domain_filed=Y)],
     ["omc"], ("omc", None)),
    # 5 srs rule (transfer): 泰州物业公司，从金山云转入
    (["我们泰州的物业公司，备案原来是在金山云办的，现在服务都搬到阿里云了，想把主体和域名的备案整个转到阿里云来，怎么弄"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # 6 b24 other: 潮州老式糕点，京东云; reply: ECS已付款，新站新域名
    (["我们潮州做老式糕点的，公司主体是在京东云备的案，现在想再做个新网站，要不要加网站备案",
      "阿里云的ECS昨天已经付款了，新站点换了个新域名，就部署在这台上"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # 7 b24 otherwise: 承德团建拓展公司，浪潮云虚拟主机，没买ECS
    (["我们承德的团建拓展公司，主体是在浪潮云备的案，新开的活动网站还是放浪潮云的虚拟主机，阿里云的ECS没买，也没打算买，这种要加网站备案吗"],
     [dict(subject_filing_provider="other", new_website_on_ecs=N, purchased_ecs=N)],
     ["b24"], ("b24", None)),
    # 8 fyg otherwise: 上饶装修公司改网站名称; reply: 优刻得UCloud办的备案号
    (["我们上饶的装修公司想把网站备案里的网站名称改一下，要怎么操作",
      "备案号不是阿里云办的，当年是找优刻得UCloud弄的"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # 9 no_match: 物联网平台设备频繁上下线
    (["物联网平台上我们几百台设备老是频繁上下线，MQTT 的心跳间隔设多少比较合适"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 35035007), ("en_b", EN_B, 35035019),
         ("zh_a", ZH_A, 35035031), ("zh_b", ZH_B, 35035049)]


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
