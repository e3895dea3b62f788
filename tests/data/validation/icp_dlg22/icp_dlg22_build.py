#!/usr/bin/env python3
"""Build the icp_dlg22 blind dialogue set (twenty-second writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
/work/blind/icp_dlg21/icp_dlg21_build.py; every dialogue below is new and written for this set (new
personas, industries, cities, regions, providers and phrasings, written the way users type in a
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
    # kbw rule, one turn: bubble tea franchise in Hangzhou, ECS in cn-hangzhou, franchise website
    (["hello! i run IT for a bubble tea franchise based in Hangzhou. we bought an ECS in cn-hangzhou last week and "
      "our domain teamilkly.cn already has an A record pointing to it. the franchise website goes there (menu, store "
      "finder, franchise aplication form). do we need ICP before going live, or can we go live first and file later"],
     [dict(points_to_mainland=Y, web_service=Y, domain_resolves_to_ecs=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: Brazilian coffee exporter, ECS in Tokyo
    (["Olá, we are coffee exporter from Minas Gerais, Brazil. We just purchased ECS instance from Alibaba Cloud. My "
      "partner says: you buy ECS, you must do ICP filing, no exception. Is this correct or it depends on something",
      "ok so: our domain graodeouro.com.br points to that ECS by A record. The ECS is in Tokyo region "
      "(ap-northeast-1), not in China mainland. On it runs our B2B website for buyers, with catalog and contact page"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule, one turn: genomics lab in Nanjing, VPN + private IPs
    (["Good morning. Our genomics lab in Nanjing bought three ECS instances in cn-nanjing purely to run sequencing "
      "pipelines overnight. No domain name resolves to any of them; researchers reach them over the VPN using "
      "private IPs. Do we still have to go through ICP filing for these machines"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # un3 rule, two turns: indie game studio, match servers on raw IPs
    (["yo, small game studio here, we got some ECS boxes to run our multiplayer match servers. do those need icp "
      "filing or nah",
      "nope, the game clients just connect to the raw IPs, we never pointed any domian at them"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, two turns: yoga studio chain, booking subdomain; reply 浙ICP备 via Alibaba Cloud
    (["Hi there, we're a yoga studio chain and want to put the class schedule on booking.lotusflowyoga.cn. Does a "
      "subdomain like that need a separate ICP filing on its own, or does it ride on the main one",
      "the main domain lotusflowyoga.cn got its 浙ICP备 number through Alibaba Cloud back in 2021"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: e-bike rental in Xiamen, root filed via 35.com
    (["hey, we rent out e-bikes in Xiamen. main domain has an ICP number but it was filed via 35.com (三五互联), "
      "never via Alibaba. now we want rent.ebikexm.com on alibaba cloud for the rental portal. does the 2nd level "
      "domain need a filing with you guys"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, two turns: indie game dev devlog subdomain; reply root never filed
    (["Quick question on sub-domains: I'm a solo game dev and want devlog.pixelmoth.games for my dev blog. What's "
      "the rule for filing a subdomain like this",
      "pixelmoth.games itself has no ICP number, I bought it two months ago and havent filed anything for it"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: translation agency in Tianjin, SMS + domain registration, site on Wix
    (["Hello, translation agency in Tianjin here. From Alibaba Cloud we only use the SMS service and the domain "
      "registration, we have not bought any ECS (our site is hosted on Wix). Do we need an Alibaba Cloud ICP "
      "filing at all"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, two turns: fintech startup in Lagos; reply two ECS ordered
    (["hi, fintech startup from Lagos here. we use alibaba cloud CDN + DNS for a couple of things. is an alibaba "
      "cloud ICP filing required for us, or is that only tied to buying ECS",
      "we do have ECS too actually, 2 instances ordered last friday"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: pet grooming startup in Kunming
    (["Hi! Just registered my pet grooming company in Kunming this month. The company has never done any ICP filing "
      "and our domain furfresh.cn is brand new, no filing ever on it. What do I need before we switch on the website"],
     [dict(subject_filed=N, domain_filed=N, web_service=Y)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, two turns: coding bootcamp brand, new domain; reply company filed in 2020
    (["we're a tutoring company launching a coding bootcamp brand on a new domain, codeforge-camp.cn. that domain "
      "has no filing yet. do we need the initial ICP filing for it",
      "the company itself is already filed, we did ICP for our main tutoring site in 2020"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (add), one turn: cross-border SaaS, keeps QingCloud
    (["Our cross-border ecommerce SaaS has its ICP filing with QingCloud (青云) and we're keeping it there. The "
      "plan is to also add Alibaba Cloud as an additional access provider since some services move to your "
      "Shanghai region. What do we need to apply for"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, two turns: filing at JD Cloud; reply only image search API
    (["hello, our company's filing sits with JD Cloud (京东云). Under which situations would we have to apply for "
      "an ICP filing on Alibaba Cloud's side",
      "we're not moving the filing over and we're not adding Alibaba as a provider either - we only call your image "
      "search API from the JD servers"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, two turns: subject with China Telecom Cloud, ceramics shop; reply buying ECS
    (["Our company subject is filed with China Telecom Cloud (天翼云). We now have a new domain for an online "
      "ceramics shop. Do I need a website ICP filing with Alibaba Cloud",
      "yes, we're buying an ECS this month and the new shop will be hosted on it"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: robotics education company in Suzhou, existing ECS
    (["Hi, robotics education company in Suzhou. Our subject filing was done with Alibaba Cloud. We're launching a "
      "second website on a new domain (summer camp signups) and it'll run on the ECS we already rent from you. "
      "Which filing applies here"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: subject with Baidu AI Cloud, new DTC brand on Shopify
    (["Our company's ICP subject filing is with Baidu AI Cloud. We're starting a new DTC brand site on a new domain "
      "but it will live on Shopify - no ECS, nothing hosted on Alibaba Cloud. Do we need to add a website filing "
      "with you"],
     [dict(subject_filing_provider="other", new_website_on_ecs=N, purchased_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: 京ICP备 via Alibaba Cloud, company renamed after merger
    (["Our 京ICP备 number was issued through Alibaba Cloud. The company just changed its registered name after a "
      "merger, so the subject info in the filing is outdated. What's the procedure to fix it"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, two turns: website owner's mobile number; reply number via West.cn
    (["we have to update the website owner's mobile number in our ICP filing, the old SIM card got cancelled. how "
      "do we change that",
      "Our ICP number came via West.cn (西部数码), we never filed anything through Alibaba Cloud"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: upload size of the business licence scan
    (["hey, the filing form keeps rejecting the scan of my business license, says the file is too large. what size "
      "and format does it accept?"],
     [dict()], [], "no_match"),
    # no_match: fee
    (["Is the ICP filing service on Alibaba Cloud free, or is there a fee per domain? our finance team wants to "
      "budget for it"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule via un3: seafood exporter in Qingdao; reply corrects region cn-qingdao -> cn-beijing
    (["Hi, I'm with a seafood export biz in Qingdao. we purchased an ECS instance yesterday. do I need to do ICP "
      "filing for it",
      "yes our domain is resolved to that ECS with an A record, region is cn-qingdao.. ah no, we moved it to "
      "cn-beijing, still mainland anyway. it will host our public company website with the product catalog"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, one turn: pho restaurant chain from Ho Chi Minh City, ECS in cn-hongkong
    (["Chào! small restaurant chain from Ho Chi Minh City. Our domain phosaigon88.vn points to our ECS in the Hong "
      "Kong region (cn-hongkong) and it serves our menu + online ordering website. HK is not mainland right? so is "
      "ICP filing needed or not"],
     [dict(points_to_mainland=N, web_service=Y, domain_resolves_to_ecs=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule, two turns: hospital PACS archive on internal IP
    (["we're a hospital IT department; purchased ECS to run an internal PACS image archive. is icp filing required "
      "for this setup",
      "No domain name resolves to it. Doctors reach it from the hospital network by its internal IP only"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: resort in Sanya, 琼ICP备 via Alibaba Cloud, spa subdomain
    (["Our resort in Sanya has the main domain hainan-bluebay.cn filed with Alibaba Cloud (琼ICP备). We'd like to "
      "add spa.hainan-bluebay.cn for the spa booking page. Is a separate filing needed for that subdomain"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, two turns: kpop merch reseller; reply root filed via Baidu AI Cloud
    (["hi, question on subdomains!! we're a kpop merch reseller and want to open store.idolbox.cn. does a "
      "2nd-level domain need its own ICP filing",
      "main domain does have an ICP number, but it was done through Baidu AI Cloud (百度智能云), not thru Alibaba"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, two turns: CRM vendor in Nanchang; reply root never filed
    (["For a second level domain like api.leadnest.cn, what's the ICP filing rule? We're a small CRM vendor in "
      "Nanchang",
      "leadnest.cn has never been filed, so there is no ICP number for it at all"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, two turns: Berlin photographer, OSS + CDN only
    (["Hey! Photographer from Berlin here, I use Alibaba Cloud OSS to store my image archive for clients in China. "
      "Do I need an Alibaba Cloud ICP filing",
      "No ECS, I've never bought one - just OSS and the CDN in front of it"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: logistics tracking platform, 5 ECS, forum hearsay
    (["Someone on a forum said you only need Alibaba Cloud's ICP filing if you purchase ECS. Well, we did purchase "
      "5 ECS instances for our logistics tracking platform in March. Does that mean the Alibaba Cloud ICP filing "
      "applies to us"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, two turns: freelance calligraphy teacher; reply domain never filed
    (["I'm a freelance calligraphy teacher and I've never filed an ICP as an individual. I want to put my course "
      "website online. Do I need the initial filing first",
      "the domain is new too, it has never completed any ICP filing"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: second-hand domain filed by previous owner, person never filed
    (["I bought a second-hand domain; its previous owner had already completed ICP filing on it years ago. Me "
      "personally, I've never filed anything. Is this the initial ICP filing case"],
     [dict(subject_filed=N, domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer), one turn: leaving China Mobile Cloud
    (["We are dropping China Mobile Cloud (移动云) completely and moving everything to Alibaba Cloud. Want to "
      "transfer our subject + domain ICP filing from them to you. Wich application is this"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, two turns: Qiniu filing; reply neither, Function Compute only
    (["Hi team, small question. we host on Qiniu (七牛云) and our filing is there. When would Alibaba Cloud require "
      "us to submit an ICP filing",
      "Neither - no transfer, no adding Alibaba as a provider. We just use Alibaba's Function Compute for one "
      "background job"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, one turn: subject with Tencent Cloud, furniture brand, non-native
    (["Hi, our subject filing was made with Tencent Cloud. Now we purchase ECS on Alibaba Cloud for host a new "
      "website with new domain name (our new furniture brand). Which ICP filing we need do"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, two turns: pottery class, personal filing with Alibaba Cloud
    (["I'll host a brand new site (new domain, for my pottery classes) on my ECS instance. Do I need to add a "
      "website filing",
      "my subject is filed with Alibaba Cloud already, it's a personal filing from 2022"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="alibaba")],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 alibaba, one turn: recruitment portal on existing ECS
    (["Good evening. Our company's ICP subject filing is with Alibaba Cloud. We've registered a new domain for our "
      "recruitment portal and plan to host it on one of our existing ECS instances. Is a website ICP filing needed"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, two turns: charity microsite; reply Cloudflare Pages
    (["our subject was filed with alibaba cloud a while ago. we're about to launch a new domain for a charity "
      "fundraiser microsite. do we need to add a website filing",
      "it won't be on ECS, it's going on Cloudflare Pages"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, two turns: 苏ICP备 via Alibaba Cloud; reply person in charge left
    (["hiya, we're a Wuxi textile mill and the 苏ICP备 number in our site footer was issued by Alibaba Cloud. in what "
      "situations would we have to change that filing",
      "yes we need to modify it, the website's person in charge left the company and someone else is taking over"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: company moved Chengdu -> Mianyang, number via JD Cloud
    (["We need to modify our filing because the company moved from Chengdu to Mianyang. But our ICP number was "
      "issued through JD Cloud, not Alibaba Cloud. Do we change it on the Alibaba Cloud platform"],
     [dict(has_alibaba_icp_number=N, modify_info=Y)],
     ["fyg"], ("fyg", None)),
    # no_match: missed verification call
    (["we got a call from the provincial communications administration to verify our filing and missed it. will "
      "they call again or do I need to do something?"],
     [dict()], [], "no_match"),
    # no_match: MIIT lookup delay
    (["after my ICP number is approved, how long until it is searchable on the MIIT beian lookup website"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw rule via un3: 跨境母婴; reply 华东2（上海）官网商城
    (["你好，我们是做跨境母婴用品的，刚在阿里云买了台ECS，想问下这种情况要备案不",
      "域名已经解析到这台ECS了，地域选的华东2（上海），上面跑的是我们的官网商城，用户直接浏览器访问"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule, one turn: 内部数据同步，内网IP直连
    (["公司买了两台ECS做内部的数据同步，没有任何域名解析到这两台机器上，都是内网IP直连，这种也要ICP备案吗"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: 浙ICP备 主域名，m. 二级域名
    (["我们主域名是在阿里云备的案（浙ICP备那个），现在想开个 m. 开头的二级域名给手机端用，subdomain 还要单独备案吗"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv none, two turns: 宠物医院预约; reply 主域名没备过
    (["请教一下，二级域名需不需要备案？打算给宠物医院的预约系统单独用一个子域名",
      "主域名之前一直没备过，所以没有备案号"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g otherwise, one turn: 用了两年ECS，五台
    (["我们这边用阿里云的ECS已经两年了（一共五台），阿里云ICP备案到底跟买没买ECS有没有关系"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc otherwise, two turns: 烘焙教学新域名; reply 个人已备过案
    (["新注册了一个域名准备做烘焙教学网站，这个域名还没备案过，需要做首次备案吗",
      "我个人名下之前已经备过案了，是另一个美食博客"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (add), two turns: 腾讯云接入保留，阿里云新增
    (["备案目前挂在腾讯云那边。想了解下，哪些情况要到阿里云重新申请ICP备案呢",
      "腾讯云的接入不取消，只是把阿里云也加进来，作为新增的接入商"],
     [dict(), dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # b24 other, one turn: 百度智能云主体，卖茶具新站，新买ECS
    (["主体是在百度智能云备的案，现在准备在阿里云买ECS，放一个新域名的新网站（卖茶具的），这种要办网站备案吗"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # fyg otherwise, two turns: 网站负责人换人; reply 景安备的
    (["网站负责人换人了，备案信息得改一下，请问在哪里变更",
      "我们那个备案号当初是找景安网络代办下来的，跟阿里云一点关系都没有"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: 短信核验验证码收不到
    (["备案短信核验的验证码一直收不到，怎么办啊"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw otherwise via un3: 留学咨询; reply 法兰克福节点
    (["hello，我们是做留学咨询的，上个月买了ECS，是不是买了ECS就必须要备案",
      "域名是解析到这台ECS上的，不过ECS在德国法兰克福节点，不在国内大陆，上面跑的是官网"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # fvv other, one turn: 京东云备的主域名，shop 二级域名
    (["主域名在京东云备的案，有备案号，但不是阿里云备的。现在想把 shop 二级域名放到阿里云上，要重新备吗"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # x3g rule, one turn: 只注册域名+SSL证书，网站在 Framer
    (["我们只在阿里云注册了域名、买了个SSL证书，ECS一台都没有买，网站托管在 Framer 上，这种情况需要阿里云ICP备案吗"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc rule, two turns: 新成立小公司; reply 域名本周注册，带更正
    (["我们是新成立的小公司，公司之前从来没办过备案，上线前要先做什么备案",
      "域名是这周刚注册的，也没有做过任何备案。另外更正下，公司是上个月成立的不是今年初"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # srs rule (transfer), two turns: 移动云整体转入
    (["您好，我们的备案目前在移动云。想知道在什么条件下需要向阿里云申请ICP备案",
      "是要转过来：主体和域名的备案从移动云整体转到阿里云，移动云那边不留了"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: 天翼云，不迁不加，只用短信服务
    (["我们的备案一直在天翼云，不打算迁到阿里云，也不会把阿里云添加成接入商，只是用阿里云的短信服务发验证码，这样还要申请备案吗"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 alibaba, one turn: 社区团购小站，现有ECS
    (["主体是在阿里云备的案，最近新注册了个域名做社区团购小站，打算直接放在现有的ECS上，需要新增网站备案吗"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, two turns: 腾讯云主体; reply 新站放腾讯云轻量服务器
    (["我们公司的主体备案是在腾讯云做的，现在有个新域名要上线，需要在阿里云新增网站备案吗",
      "新站不放ECS，用的是腾讯云那边的轻量应用服务器"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, two turns: 川ICP备 阿里云办的; reply 网站名称和负责人手机号变了
    (["我们网站的备案号（川ICP备）是在阿里云办的，什么时候需要变更备案",
      "要改的，网站名称和网站负责人的手机号都变了"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # no_match: 网站名称能否带“工作室”
    (["个人备案的网站名称里能不能带“工作室”这几个字"],
     [dict()], [], "no_match"),
]


FILES = [("en_a", EN_A, 20262211), ("en_b", EN_B, 20262212),
         ("zh_a", ZH_A, 20262213), ("zh_b", ZH_B, 20262214)]


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
