#!/usr/bin/env python3
"""Build the icp_dlg28 blind dialogue set (twenty-eighth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg27_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # kbw rule, one turn (A record at the ECS, mainland region, booking site)
    (["hey, we run a pet grooming salon chain in Changsha (4 shops). just bought an ECS in China South 3 (Guangzhou) and pointed our domain at it with an A record, customers will book grooming slots on the website there. do we need ICP filing for the domain??"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3, non-native
    (["Hello sir. My company sell durian paste and frozen durian from Penang, Malaysia. We have buy one ECS on Alibaba Cloud last week, but still not sure if we will use domain name with it or not. ICP filing is must or not?",
      "Ok we decide: our domain will resolve to this ECS. Region is Malaysia (Kuala Lumpur), so not in China, and on it run our company website with product list."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule, one turn (sensors use the raw IP)
    (["We put 30 soil-moisture sensors in vegetable greenhouses around Shouguang and they push readings over MQTT to an ECS instance we purchased. The sensors have the ECS public IP hard-coded; no domain name resolves to it at all. Is an ICP filing required for that ECS?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # un3 rule, generic no
    (["quick one: our esports club in Tianjin bought an ECS to run a private match server for members. does that need an ICP filing",
      "nope, members just paste the server IP into the game client"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # fvv alibaba
    (["Hi! I run a scuba diving school in Sanya. We'd like to open a subdomain like dive.<our domain> for booking boat trips. Does a subdomain need its own ICP filing?",
      "our dive-school root domain shows a 琼ICP备 number in the footer, and Alibaba Cloud was the provider who filed it"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn
    (["Our vocational nursing school in Nanchang has the root domain filed (赣ICP备 number) but that filing was done through Tencent Cloud, not Alibaba. Now we want exam.<root> for online mock tests. Does that second-level domain need an ICP filing?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none
    (["indie game dev here (2 ppl, Chengdu). want to put our devlog on blog.<our domain>, do subdomains need ICP filing seperately or how does it work",
      "root domain is registered at Porkbun and never had any ICP number, we never filed nothing"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn
    (["I teach calligraphy in Suzhou and only registered a domain name at Alibaba Cloud. The site itself runs on Netlify. I have not purchased any ECS and don't plan to. Do I still need an Alibaba Cloud ICP filing?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise (hearsay, then the user's own answer)
    (["my nephew told me an Alibaba Cloud ICP filing is only needed if you buy ECS. is he right? we make handmade kites in Weifang and want a little online shop",
      "yes, he helped me order one ECS in June, it's already running"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn
    (["We registered a robotics education startup in Nanjing last month, so brand-new company, never did any ICP filing. The domain was bought yesterday, no filing on it either. When do we need the initial ICP filing?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # omc otherwise, facts split
    (["Our seafood processing company in Qingdao got a brand-new domain for export buyers, it was never filed. Do we need the initial ICP filing for it?",
      "the company itself as a subject was filed before, we have had a 鲁ICP备 number for our old site since 2018"],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # srs add
    (["We're an online Japanese-language school in Chongqing. Our site is filed through QingCloud and we want to keep QingCloud, but also add Alibaba Cloud as a second ICP provider for the same website. Do we need to apply for a filing for that?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise
    (["hello, pharmacy chain in Nanning here. Our website & subject were filed via JD Cloud years ago. now we started using some Alibaba Cloud products, does that mean we need an ICP filing with you?",
      "neither, the site stays with JD Cloud. from Alibaba we only use the SMS service to send pickup codes"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other, subject first, hosting in the reply
    (["Our kindergarten group in Tangshan already has its company filed via Baidu AI Cloud. We are planning a parents' portal. Do we need to add a website ICP filing?",
      "the portal gets its own new domain and we're buying an ECS for it right now, it will be hosted on that ECS"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn
    (["Fishing tackle shop in Zhuhai. Our company passed ICP filing on Alibaba Cloud in 2022 for the store site. Now I bought a 2nd domain for a fishing-spots forum and I'll host it on the ECS we already have. Do I need to add a website filing for it?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, non-native
    (["Merhaba. We are Turkish carpet importer with office in Yiwu. Our company subject is already filed by China Mobile Cloud. We want new website for kilim rugs but it will be on Shopify, we not buy any ECS. Need to add website ICP filing?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule, one turn
    (["Ski resort in Chongli here. Our website has an ICP filing number from Alibaba Cloud (冀ICP备). The person responsible for the website quit, so we have to replace the website contact with our new IT manager. Does the filing need to be changed?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, generic no, non-native
    (["Sain baina uu! I sell cashmere scarves from Erenhot. We change website name to our new brand, so must I change ICP filing?",
      "no, the number is not from Alibaba, other company did it for us"],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # no_match
    (["lost my phone and now i can't log in, the account has 2-step verification turned on. how do i reset the MFA"],
     [{}], [], "no_match"),
    (["Can I take the verification photo for the filing with my own phone at home, or do I have to go to an official photo point?"],
     [{}], [], "no_match"),
]

EN_B = [
    # kbw rule via un3
    (["Ningxia wine distributor (Yinchuan). Got an ECS on Alibaba Cloud yesterday, haven't figured out the domain part yet. Is ICP filing needed for an ECS?",
      "ok update: our domain's DNS will go straight to the ECS public IP, the instance is in China North 3 (Zhangjiakou), and it'll serve an online ordering website for restaurants"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, generic no to the mainland question
    (["Do domain names need an ICP filing?? We run a tango academy website with class schedules + a sign-up form",
      "nope, the server sits in Buenos Aires, nowhere near China"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # un3 rule, reply in other words
    (["We bought three ECS instances to collect SCADA data from wind farms near Urumqi. Is an ICP filing required?",
      "there's no DNS record for them at all, the turbine gateways talk to the raw IP over a VPN tunnel"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn
    (["Tea plantation co-op in Duyun here. Our main domain has a 黔ICP备 number and Alibaba Cloud handled that filing. We want to launch shop.<main domain> to sell Maojian tea online. Does the subdomain need another ICP filing?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other
    (["question abt subdomains: bridal gown studio in Wuhu, we want rent.<domain> for dress rentals. need an ICP filing for that?",
      "root domain has a 皖ICP备 number, but it was filed through China Telecom's Tianyi Cloud, not Alibaba"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none
    (["Weiqi (go) club in Changsha. We plan to host game records at kifu.<our domain>. Second-level domain needs ICP filing or not?",
      "The top domain was bought on GoDaddy and has never gotten any ICP number."],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, generic no
    (["Hi there, I host a podcast about urban birdwatching and want a small site for episode notes. Do I need an Alibaba Cloud ICP Filing for it?",
      "nope, haven't bought any Alibaba servers, the episodes live on a podcast host"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn, contrast
    (["Is it true that no ECS = no Alibaba Cloud ICP filing? Asking cause we DID purchase an ECS last month for our peony festival ticket site in Luoyang, so I guess that doesn't apply to us"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule, three turns, two generic replies
    (["Under what conditions do I need the initial ICP filing? I'm a retired ship captain in Yantai putting up a site about lighthouses.",
      "no, I've never filed anything in my life",
      "nope, same answer, nothing of mine was ever filed anywhere"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn
    (["Our driving school chain in Baotou has been an ICP-filed subject since 2019 (蒙ICP备). We just registered a new domain for theory test practice, and that domain has never been filed. Is the initial ICP filing required?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # srs transfer, one turn
    (["Right now our company and domain are filed via AWS China (Ningxia region, operated by NWCD). We're moving everything to Alibaba Cloud and want to transfer the ICP filing over as well. Do we need to apply for a filing on your side?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise
    (["Our translation agency in Fuzhou has its ICP filing through West.cn. Under what conditions would we need an ICP filing on Alibaba Cloud?",
      "we're not moving the filing and not adding you as a provider either. we only bought a paid DNS plan from Alibaba Cloud"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other, one turn
    (["Hi, our cosmetics OEM factory in Guangzhou is filed as a subject via Qiniu Cloud. We're buying ECS instances on Alibaba Cloud now and want to file a brand new domain for our B2B catalogue site hosted on them. Do we need to add a website filing?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, hosting first, subject in the reply
    (["we sell luosifen (snail noodles) from Liuzhou and are launching a second website with a fresh domain, hosted on the ECS instance we bought last year. do we need to add a website ICP filing?",
      "yes, the company got its 桂ICP备 subject filing through Alibaba Cloud in 2020"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 alibaba, one turn
    (["Coconut products exporter in Haikou. We already did the subject filing through Alibaba Cloud. I'm setting up a new site on a new domain for our coconut water brand, it goes onto an ECS I purchased this week. Do we have to add a website ICP filing?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, hosting in the reply
    (["When do we need to add a website ICP filing? Our company (bike rental startup in Kaifeng) is filed with Alibaba Cloud already.",
      "the new site would be on GitHub Pages though, not on any ECS"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule
    (["Textile printing shop in Nantong. Our website's ICP filing number was issued through Alibaba Cloud (苏ICP备). When would we need to change the filing?",
      "we converted from a sole proprietorship into a limited company, so the subject info has to be updated"],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn
    (["Kids' swimming school in Zibo. We want to change the website name on our filing, however our ICP number came from Meicheng, not Alibaba Cloud. Do we need to change the ICP filing with you?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # no_match
    (["what's the durability SLA for OSS standard storage, is it really twelve nines"],
     [{}], [], "no_match"),
    (["is the ICP filing service itself free of charge, or is there some fee I pay to Alibaba Cloud"],
     [{}], [], "no_match"),
]

ZH_A = [
    # kbw otherwise via un3 (中国香港)
    (["刚在阿里云买了台ECS，准备给我们跨境电商的独立站用，域名要不要绑上去还没想好，这种情况要备案吗",
      "定了，域名会解析到这台ECS，地域选的是中国香港，上面跑商城网站"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule
    (["公司买了两台ECS做内部财务报表的计算，需要备案吗？",
      "没绑域名，同事都是连VPN用内网IP访问的"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv other
    (["二级域名要不要备案啊？我们是做少儿编程培训的，想开个 course.主域名 放课程回放",
      "主域名有京ICP备案号，不过当时是在京东云办的，不是阿里云"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn
    (["想用 m.xxx.com 这种二级域名做手机版页面，顶级域名是在Cloudflare上注册的，一直没有ICP备案号，这个二级域名得备案吗"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn
    (["我们就在阿里云买了个域名，店铺开在有赞微商城上，ECS一台都没买过，还需要做阿里云的ICP备案吗"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # omc rule, facts split
    (["首次备案一般什么情况下要做？我是个人，之前从来没办过备案",
      "打算用的域名上周在阿里云刚注册下来，还是个新域名，谁都没拿它备过案"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # srs otherwise, one turn
    (["我们主体和网站都是在百度智能云备的案，备案还是留在百度那边，不迁移，也不新增接入商，就是团队用阿里云的云效管代码。这样需要在阿里云办备案吗"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 alibaba
    (["我们做宠物食品的，公司主体去年在阿里云备过案了，现在想再上一个新网站，要新增网站备案吗？",
      "是个新的品牌站，单独注册了域名，程序直接部署到现有的那台阿里云ECS上"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # fyg rule, one turn
    (["网站备案号是在阿里云办的（渝ICP备），公司注册地址迁到两江新区了，营业执照上的地址也变了，备案是不是要跟着变更"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # no_match
    (["备案拍照用的幕布怎么申请？大概几天能寄到"],
     [{}], [], "no_match"),
]

ZH_B = [
    # kbw rule via un3
    (["老板让我买了台ECS，说以后做会员积分商城，现在还没定要不要上域名，需要备案不",
      "刚开会定了：域名解析到这台ECS，机房在华北2北京，做网页版的积分商城"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule, one turn
    (["买了台ECS专门跑定时任务，每晚同步一次ERP数据，没有任何域名指向它，这个也要备案吗"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba
    (["我们想开个 help.主域名 做客服中心，二级域名需要单独备案么",
      "主域名就是在阿里云备的案，粤ICP备号早就下来了"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # x3g otherwise (hearsay, then own answer)
    (["听群里人说不买ECS就不用在阿里云备案，我们做宠物殡葬服务的，想建个站，这说法对吗",
      "ECS上个月就买了，2核4G那台"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc otherwise, one turn (second-hand domain filed before)
    (["我个人从来没备过案，但网站要用的是在聚名网拍下来的老域名，之前的主人给它备过案。这种情况还需要首次备案吗"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # srs transfer, one turn
    (["主体和域名之前都是在腾讯云备的案，现在服务器全部搬到阿里云了，打算把接入商从腾讯云换成阿里云，需要在阿里云重新备案吗"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # b24 other
    (["主体在移动云那边备过案了，想在阿里云再做个新网站，需要新增网站备案吗",
      "会买阿里云的ECS放这个新站，域名也是新注册的"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 otherwise, one turn
    (["公司主体是在西部数码备的案，新网站想用新域名，不过打算放在Cloudflare Pages上，不买ECS，也不用阿里云的服务器，要新增网站备案吗"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg otherwise
    (["网站首页的访问地址要改，备案信息里也得改吧，是不是要变更备案",
      "备案号不是在阿里云办的，是时代互联那边办的"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # no_match
    (["发票抬头开错了，已经开出来的能作废重开吗"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 28031007), ("en_b", EN_B, 28031019),
         ("zh_a", ZH_A, 28031031), ("zh_b", ZH_B, 28031049)]


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
