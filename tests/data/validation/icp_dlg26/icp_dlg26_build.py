#!/usr/bin/env python3
"""Build the icp_dlg26 blind dialogue set (twenty-sixth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg25_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # kbw rule, one turn: vet clinic group in Qingdao, China North 1 (Qingdao), appointment website
    (["Hey team - our vet clinic group in Qingdao just bought an ECS in China North 1 (Qingdao). We pointed the A record of our domain at it and the pet appointment website goes live next week. Does the domain need an ICP filing?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: batik exporter from Yogyakarta, non-native; reply: Indonesia (Jakarta), web shop
    (["Selamat pagi. We are small batik exporter from Yogyakarta, we have buy one ECS on Alibaba Cloud last month. Still we are deciding if we connect our domain to it or not. ICP filing is must for us?",
      "ok we decided yes, domain will resolve to the ECS. But the ECS region is Indonesia (Jakarta), it is not China mainland. It is for our online shop website."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule, one turn: university robotics lab, GPU instances reached by public IP
    (["Our university robotics lab rents 4 GPU ECS instances to run simulation jobs. Students connect straight to the public IPs - there's no domain name pointing at any of them. Is an ICP filing needed for that setup?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # un3 rule, generic "no" reply: podcast network's ffmpeg workers
    (["we spun up a few ECS boxes to transcode audio for our podcast network (ffmpeg workers pulling jobs off a queue). do we have to do icp for these??",
      "nope, we don't"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: porcelain museum in Jingdezhen, shop. subdomain; reply: 赣ICP备 via Alibaba Cloud
    (["Hi! I look after the website of a porcelain museum in Jingdezhen. We'd like to open shop.jdz-porcelain.cn to sell replicas. Does a second-level domain like that need its own ICP filing?",
      "Yep, the root has its filing already (赣ICP备), and Alibaba Cloud was the access provider when we filed it back in 2020."],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: language school in Nanjing, root filed via Tencent Cloud
    (["Our language school in Nanjing wants to host the mock-exam platform on exam.ningyu-edu.com with you. The root domain already has its ICP number, but we got it through Tencent Cloud rather than Alibaba Cloud. Does the subdomain need filing here?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: chess club pairings subdomain; reply: root at Porkbun, never filed
    (["sub-domain question. our chess club wants tournaments.<our root> for pairings + live results. is icp needed for a 2nd level domain?",
      "the root is registered at Porkbun and was never filed anywhere, so no ICP number at all"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: freelance translator in Guangzhou, domain + DNS only, site on Carrd
    (["Hi, freelance translator in Guangzhou here. I only registered my domain with Alibaba Cloud and use your DNS. I didn't purchase any ECS, the portfolio itself is built with Carrd. Do I still need an Alibaba Cloud ICP filing?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, hearsay: dried-fruit wholesaler in Urumqi; reply: two ECS for Odoo
    (["Someone in the trade told me you can skip the Alibaba Cloud ICP filing as long as you don't buy any ECS. Is that how it works? We're a dried fruit wholesaler in Urumqi.",
      "Hmm, in our case we actually run two ECS instances for our Odoo system, bought them back in spring."],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: pet grooming salon in Kunming, new company and new domain
    (["Just registered our pet grooming salon in Kunming as a company last month, and the domain is brand new too. Neither the company nor the domain has ever gone through ICP filing. Is this the initial filing we must do before going live?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # omc otherwise: rooftop solar installer, new domain; reply: company filed long ago (苏ICP备)
    (["We bought a fresh domain for our rooftop solar installation business, it has never been filed. Do we need the initial ICP filing?",
      "The company itself already has a filing though - my predecessor filed our old corporate site years ago, so there is a 苏ICP备 number under the company."],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # srs rule add, one turn: mobile game publisher keeps QingCloud, adds Alibaba Cloud
    (["Our mobile game publisher has its filing with QingCloud and it's staying there, but half of our web servers are moving to Alibaba Cloud, so we want to add Alibaba Cloud as an extra ICP filing provider for the site. What do we need to do?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise: regional bus-ticket site; reply: stays with Baidu AI Cloud, only OSS bought
    (["we run a regional bus ticket booking site. under what conditions do we have to do an ICP filing with you guys?",
      "Neither one. Our filing stays with Baidu AI Cloud and we aren't adding a second provider, we only bought OSS storage from you for the bus photos."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other: bicycle parts factory in Tianjin, subject via 天翼云; reply: new domain on ECS being bought
    (["Our bicycle parts factory in Tianjin already has its company ICP filing, done through China Telecom's Tianyi Cloud (天翼云). Now we want a second website. Do we need to add a website filing?",
      "Yes, it's a brand-new domain for a B2B catalogue, and it will run on the ECS we're purchasing from Alibaba Cloud this week."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: private hospital group in Nanning, consultation site on existing ECS
    (["Our private hospital group in Nanning filed the company with Alibaba Cloud a couple of years ago. Now we're launching a new online consultation website on a new domain, hosted on one of our existing ECS instances. Do we need to add a website ICP filing?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: Spanish wine importer, non-native, subject via JD Cloud, Shopify, no ECS
    (["Hola! Our company subject have ICP filing from JD Cloud already. Now we make a new website for the Spanish wine we import, but it is on Shopify, no ECS and no Alibaba server. We need to add website filing on Alibaba Cloud?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: ceramic tile factory in Zibo, contact person left
    (["Our ceramic tile factory in Zibo got its ICP filing number through Alibaba Cloud. The guy in charge of the website quit, so we have to update the contact person and phone in the filing info. Is that a change we do on your platform?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, generic "no" reply: German engineer, Suzhou subsidiary renames website, non-native
    (["Guten Tag. Our subsidiary in Suzhou want to rename the website title that is written in the ICP filing. When must the filing be changed?",
      "no, it does not"],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # no_match: fee for the filing service
    (["quick one: how much do you charge for the ICP filing service itself, or is it free?"],
     [{}], [], "no_match"),
    # no_match: foreign person in charge using a passport
    (["The person in charge for our site is a Canadian citizen. Can he use his passport as the ID document when we submit?"],
     [{}], [], "no_match"),
]

EN_B = [
    # kbw rule via un3: hydroponics startup sensors; reply: dashboard. resolves, China East 2 (Shanghai), web dashboard
    (["hi, hydroponics startup here. we bought an ECS to collect data from our greenhouse sensors, haven't decided yet if we'll hook a domain up to it. is ICP filing a thing we need?",
      "update: yes, dashboard.<our domain> is going to resolve to that ECS, region China East 2 (Shanghai), and it serves the web dashboard our farmers log into"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, generic "no" reply: esports bracket website
    (["Does the domain of our esports tournament bracket website need an ICP filing? It's a public site where teams sign up and follow the brackets.",
      "not really, it doesn't"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # un3 rule: quant team backtesting; reply: VPC only, no DNS record
    (["Our quant team rents 6 ECS instances for backtesting. Is ICP filing needed here?",
      "No domain involved. The instances only talk to each other inside the VPC and we never created a DNS record for any of them."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: scuba diving center in Sanya, 琼ICP备 with Alibaba Cloud
    (["Our scuba diving center in Sanya already has the top-level domain filed with Alibaba Cloud (琼ICP备). We'd like to add booking.<domain> for dive trips - does that second-level domain need another filing?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: e-bike rental startup app. subdomain; reply: root filed via AWS China (Sinnet)
    (["is an icp filing needed for a 2nd-level domain? we're an e-bike rental startup and want app.<root> for the rider web app",
      "the top-level one has a 京ICP备 number but it was filed via AWS China (the Beijing region run by Sinnet) back then, not you"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: semiconductor startup careers. subdomain; reply: root parked at GoDaddy, no ICP number
    (["Our semiconductor startup wants careers.<domain> for job postings. Second-level domain, so do I need ICP for it?",
      "Main domain has never been filed. It just sits parked at GoDaddy without any ICP number."],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, generic "no" reply: podcast about old radio dramas
    (["Is an Alibaba Cloud ICP filing still required if I don't buy any ECS? I'm just starting a podcast about old radio dramas.",
      "nope, haven't"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn, hearsay then own fact: two ECS bought yesterday for the CRM
    (["A colleague said an Alibaba Cloud ICP filing isn't needed unless you buy ECS. Well, we bought two ECS yesterday for our CRM, so what now?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule, three turns, two generic "no" replies: retired teacher's calligraphy site
    (["when exactly is the initial ICP filing required? I'm a retired teacher putting my calligraphy works online",
      "no, I have never gone through any of that",
      "nope, same answer for that one"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: company filed since 2018, new domain for pet food sub-brand
    (["Our company has had an ICP filing for its main site since 2018. We just registered a brand-new domain for a pet food sub-brand. Is that counted as an initial filing?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # srs rule transfer, one turn: from West.cn
    (["We'd like to transfer our ICP filing (company + domain) from West.cn (西部数码) over to Alibaba Cloud since we're migrating the hosting. What's needed?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise, correction: dog-walking app; reply: transfer - no, none; stays with China Mobile Cloud
    (["hey, trying to understand which conditions make an ICP filing with Alibaba Cloud necessary. we're a dog-walking app company",
      "we want to transfer.. actually no, scratch that, none of those. the filing stays with China Mobile Cloud (移动云), we only use Alibaba Cloud DNS"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other, one turn: ed-tech company in Changsha, subject with Tencent Cloud, buying ECS
    (["Our ed-tech company in Changsha has its subject filed with Tencent Cloud. We're buying ECS at Alibaba Cloud to host a new website on a new domain name. Do we need a website ICP filing?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, hosting first: second-hand bookstore; reply: subject filed with Alibaba Cloud in 2021
    (["We're setting up an online secondhand bookstore on a new domain, and it will be hosted on the ECS we already have. Do we need to add a website filing?",
      "Alibaba Cloud - they handled our company filing in 2021 when we put the shop's first site online."],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 alibaba, one turn: kite festival organiser in Weifang
    (["Kite festival organiser from Weifang here. Our company already completed its ICP filing with Alibaba Cloud. New site for next year's festival on a new domain, running on an ECS of ours - do we add a website filing?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, correction: board game cafe; reply: ECS - no wait, Cloudflare Pages
    (["Our company subject was filed with Alibaba Cloud. We're launching a new site for our board game cafe. Do we need to add a website filing?",
      "It's going on an ECS - no wait, sorry, our dev actually put it on Cloudflare Pages, so no ECS involved."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule: seafood restaurant chain in Zhuhai; reply: website name + person-in-charge mobile
    (["Our seafood restaurant chain in Zhuhai has an ICP filing number from Alibaba Cloud. When do we need to change the filing?",
      "We're changing the website name and the person-in-charge's mobile number, so yes, we want to modify that info."],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: Brazilian acai importer, non-native, number from Sina Cloud
    (["Bom dia! We are Brazilian acai importer. Our ICP number came from Sina Cloud (新浪云), not from Alibaba. We want change the company address in the filing. Need to change it on Alibaba Cloud platform?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # no_match: app filing for an Android app
    (["Do apps need their own filing now? We've got an Android app listed on Huawei AppGallery."],
     [{}], [], "no_match"),
    # no_match: expired MIIT SMS verification link
    (["the MIIT SMS verification link expired before I could click it, how do I get a new one"],
     [{}], [], "no_match"),
]

ZH_A = [
    # kbw otherwise via un3: 跨境独立站; reply: 解析过去，新加坡地域
    (["刚在阿里云开了台ECS准备做跨境独立站，域名还没定要不要解析过去，这种情况要备案不？",
      "定了，域名会解析到这台ECS上，不过机器是新加坡地域的，网站主要给海外买家看"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule: 内部爬虫和数据库; reply: 没有域名，内网调用
    (["公司买了几台ECS跑内部爬虫和数据库，要不要备案啊",
      "没有域名解析到这几台机器，都是内网调用"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv other: shop. 积分商城; reply: 主域名在腾讯云备的
    (["二级域名要单独备案吗？想拿shop.开头的二级域名做个积分商城",
      "主域名是有备案号的，走的腾讯云那边的接入"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn: bbs. 论坛
    (["我们主域名一直没备过案，也没有备案号，现在想开个bbs.二级域名做论坛，得先备案吧？"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: 只买域名，有赞店铺
    (["我就在阿里云买了个域名，服务器一台都没买，店铺是用有赞搭的，还需要在阿里云备案吗"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # omc rule: 个人第一次; reply: 域名上周刚注册
    (["第一次搞网站，个人名义，我本人之前从来没备过案，首次备案是啥条件",
      "域名是上礼拜才注册的新域名，从来没做过备案"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # srs otherwise, one turn: 天翼云，只买短信服务
    (["备案一直挂在天翼云那边，不打算迁走，也不会再加一个接入商，就是在阿里云买了短信服务，这样要在阿里云备案吗"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 alibaba: 主体去年在阿里云; reply: 新域名，已有ECS
    (["公司主体去年在阿里云备过案，现在要上个新网站，要加网站备案吗",
      "嗯，是新注册的域名，网站放在我们已有的ECS上跑"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # fyg rule, one turn: 网站负责人换人
    (["备案号是通过阿里云办的，现在网站负责人换人了，手机号也得改，是要在阿里云备案平台上变更吗"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # no_match: 小程序备案
    (["小程序备案怎么弄，跟网站备案流程一样吗"],
     [{}], [], "no_match"),
]

ZH_B = [
    # kbw rule via un3: 手游后端; reply: api域名解析，华北3（张家口），HTTP接口
    (["买了台ECS跑手游后端，后面可能要配个域名，这样要备案吗",
      "会配的，api那个域名解析到这台ECS，地域是华北3（张家口），对外提供HTTP接口"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule, one turn: Redis 和定时任务
    (["我们的ECS只跑Redis和几个定时任务，没有任何域名指向它，用备案吗"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: m. 手机站; reply: 顶级域名在阿里云备过，苏ICP备
    (["子域名需要另外备案吗？准备弄个m.开头的手机站",
      "顶级域名已经在阿里云备过案了，有苏ICP备号"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # x3g otherwise, hearsay + correction; reply: 财务上个月买了一台ECS
    (["听说只要不买ECS就不用在阿里云备案，是这样吗？",
      "我们没买…哦不对，财务上个月买了一台ECS放进销存系统"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc otherwise, one turn: 二手域名之前备过案，公司没备过
    (["域名是从别人手里买的二手域名，之前已经备过案，但我们公司从来没备过，算首次备案吗"],
     [{"domain_filed": Y, "subject_filed": N}],
     ["omc"], ("omc", None)),
    # srs rule transfer, one turn: 35互联
    (["我们备案在35互联，想把主体和域名的备案整体迁到阿里云，要怎么弄"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # b24 other: 主体在京东云; reply: 新域名，这次要买的ECS
    (["公司主体在京东云备过案，要加网站备案吗",
      "对，是新域名，网站就放在这次要在阿里云买的ECS上"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 otherwise, one turn: 百度智能云, Framer, 不上ECS
    (["主体之前在百度智能云备过案，这次新网站用Framer建，不上ECS，还要在阿里云加网站备案么"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg otherwise: 改网站名称; reply: 备案号在西部数码办的
    (["想改一下备案里的网站名称，什么情况下要变更备案",
      "我们那个备案号是西部数码给办的，跟阿里云没关系"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # no_match: 人脸核验失败
    (["备案人脸核验在手机上一直过不去怎么办"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 92618011), ("en_b", EN_B, 92618023),
         ("zh_a", ZH_A, 92618037), ("zh_b", ZH_B, 92618041)]


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
