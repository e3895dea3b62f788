#!/usr/bin/env python3
"""Build the icp_dlg11 blind dialogue set (eleventh writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
/work/blind/icp_dlg10/icp_dlg10_build.py; every dialogue below is new and written for this set (new
personas, businesses, providers, regions and phrasings, in a Discord support-channel style).

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
    # kbw rule: bubble tea shop; domain -> ECS in Qingdao (first message), pickup-order page (reply, in words)
    (["quick q \u2014 our bubble tea shop's domain chayuan-tea.cn has an A record to our aliyun ECS in Qingdao. does the "
      "domain itself need icp filing??",
      "it's the page where ppl order drinks ahead for pickup, they open it in wechat's browser and pay right there"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, purchased_ecs=Y), dict(web_service=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: guild Minecraft server in cn-shenzhen; the reply gives DNS yes and no web
    (["Do ECS instances always need an ICP filing, or does it only matter if a domain name resolves to them? we've got "
      "one instance in cn-shenzhen",
      "well mc.blockhaven.cn does resolve to that shenzhen instance, but the box only runs our Minecraft server for the "
      "guild. players connect with the game client on port 25565, there's no website or http anything on it"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=N)],
     ["un3", "kbw"], ("kbw", None)),
    # kbw otherwise, one turn: travel agency site on ECS in Hong Kong (region id cn-hongkong)
    (["our travel agency site runs on an ECS in the Hong Kong region (the region id is cn-hongkong, which confused me "
      "lol) and booking.wanderkite.com resolves to it. tourists book day tours on it in the browser. do we need an ICP "
      "filing for that domain, or is HK outside all that?"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule: CI runners for Android builds; the reply says nothing resolves to them
    (["we bought a few ECS instances as CI runners for building our android app. is the ICP thing for ECS decided by "
      "whether there's domain name resolution pointing at them?",
      "there's no DNS record for them at all, the runners just pull jobs from our gitlab and we only ever reach them "
      "by elastic IP"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: dentist's booking subdomain; the reply says the parent got its number via Alibaba Cloud
    (["dentist office here. we want appointments.brightmolar.cn for online booking, it's a subdomain of brightmolar.cn. "
      "does a second-level domain need it's own ICP filing?",
      "brightmolar.cn got its ICP number through Alibaba Cloud's filing system, our receptionist just dug up the "
      "approval email from them"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: forum subdomain; provider corrected from Tencent to Baidu AI Cloud, either way not Alibaba
    (["the parent domain lanternfish.cn has an ICP number that we got through Tencent Cloud - sorry, I meant Baidu AI "
      "Cloud, Tencent was a different project. either way, not Alibaba. now we want forum.lanternfish.cn hosted on "
      "Alibaba Cloud, do we need an ICP filing for the second-level domain?"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: volunteer group's signup subdomain; the reply hedges, then settles after a lookup
    (["Volunteer group here, we're planning signup.greenstep-hz.cn for our tree planting weekends. Is a separate ICP "
      "filing needed for a second level domain like that?",
      "I always assumed our chairman filed greenstep-hz.cn ages ago, but I just searched it on the MIIT lookup site "
      "and there's no ICP number for it at all"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: language-learning app, only translation API + SMS, servers on AWS
    (["we're a two-person language learning app studio. from alibaba cloud we only use the machine translation API and "
      "SMS verification codes, our servers are all on AWS and no ECS has ever been bought on our account. is an "
      "alibaba cloud ICP filing required?"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise: wedding photography studio; the reply says the business partner paid for ECS yesterday
    (["does an alibaba cloud ICP filing only come into play once you've actually bought ECS? we're a wedding "
      "photography studio still setting things up",
      "my business partner paid for a 3-year ECS subscription yesterday evening, so I guess we're in that camp now"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: bakery cafe chain, typos, nothing ever filed
    (["hi, we're opening a bakery cafe chain site. the company has never done icp filling and the domain crumbcraft.cn "
      "was only registerd last week so its never been filed either. do we need the initial filing before the site "
      "goes live"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise: new domain never filed (towards the rule), company filed in 2021 (reply, asked last)
    (["Our new domain tidewell-marine.cn hasn't been filed by anyone yet. Under what conditions is the initial ICP "
      "filing required?",
      "the company itself isn't new to this though, we completed an ICP filing in 2021 for our older corporate site"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer): filing with JD Cloud; the reply says everything moves to Alibaba Cloud
    (["Our filing is currently with JD Cloud. When do we need to apply for an ICP filing on Alibaba Cloud's side?",
      "we're leaving JD Cloud completely at the end of the month, and the filing for the company and the domain "
      "should move over to Alibaba Cloud together with the servers"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: filing stays with China Mobile's ecloud, Alibaba only for an OCR API
    (["Our ICP filing lives with China Mobile's ecloud and our site stays hosted there. We only signed up to Alibaba "
      "Cloud for their OCR API. We're not moving the filing over, and we don't plan to add Alibaba Cloud as another "
      "filing provider either. Do we have to apply for an ICP filing?"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other: subject filed through West.cn (first message), webshop on an ECS being purchased (reply)
    (["Our company's ICP filing was handled by West.cn (\u897f\u90e8\u6570\u7801) when we launched our main site. We're now "
      "starting a spare-parts webshop for our bike repair chain on a new domain with Alibaba Cloud - do we need to add "
      "a website filing for it?",
      "it'll run on an ECS instance that we're purchasing for it this week"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: karate dojo summer camp site on the existing ECS
    (["karate dojo here \U0001f94b our club was filed with Alibaba Cloud for the main site. we're putting a new site for the "
      "summer camp on a separate, newly registered domain and it'll be hosted on our existing ECS. do we need to add a "
      "website icp filing?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: new site on the ECS (towards the rule), pottery studio never filed anywhere (reply, asked last)
    (["Pottery studio here \U0001f3fa we just bought an ECS and want to put a totally new site on it under a fresh domain, "
      "kilnandclay.cn, for selling class passes. Is adding a website ICP filing something we have to do?",
      "as a business we've never gone through ICP filing anywhere, not with Alibaba and not with any other provider"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="none")],
     ["b24"], ("b24", None)),
    # fyg rule: company relocated, address to be fixed (first message), number from Alibaba Cloud (reply)
    (["our company relocated to another district last month and the registered address in the filing is wrong now, we "
      "want it fixed. is that a filing change situation?",
      "the number was issued through Alibaba Cloud, we submitted everything on their filing platform back in 2020"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: number from Alibaba Cloud, nothing in the filing changes (only an ECS upgrade)
    (["Our website's ICP number is from Alibaba Cloud. Nothing about the filing subject or the website info is changing, "
      "we're only upgrading our ECS to a bigger spec over the weekend. Do we have to change the ICP filing for that?"],
     [dict(has_alibaba_icp_number=Y, modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match: cancelling a filing when the company closes
    (["we're shutting the company down next month. how do we cancel (\u6ce8\u9500) our ICP filing so the number doesn't "
      "stay attached to us?"],
     [dict()], [], "no_match"),
    # no_match: where to show the ICP number on the site
    (["is there a rule for how the \u5907\u6848\u53f7 has to appear in the page footer, like font size or which gov "
      "site it should link to?"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule, one turn: community radio, site with live player on ECS in Nanjing
    (["Community radio here \U0001f4fb tunein.rivermouth-fm.cn points to our ECS in the Nanjing region, and that's where our "
      "website with the live player lives. do we need icp for this domain??"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw rule via un3: logistics company; the reply gives DNS, Ulanqab and the browser tracking page
    (["logistics company here, we've got ECS instances in Ulanqab (cn-wulanchabu). do they need an ICP filing? not sure "
      "how domain names play into it",
      "there is one domain in the picture: track.northhaul.cn is pointed at one of the Ulanqab instances, and customers "
      "open it in the browser to track their shipments"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise: candle shop on ECS (first message); the reply corrects Shanghai to Silicon Valley
    (["Our candle shop's online store at shop.wickandwhim.com is on an Alibaba Cloud ECS and the domain points straight "
      "at it. Do we need ICP filing for the domain?",
      "the instance is in Shanghai - oops no, sorry, I mixed up our accounts. the store's instance is in US (Silicon "
      "Valley), us-west-1"],
     [dict(domain_resolves_to_ecs=Y, web_service=Y, purchased_ecs=Y), dict(points_to_mainland=N)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule, one turn: hospital PACS archive reached by private IP over VPN
    (["We run a hospital's PACS image archive on three ECS instances in cn-guangzhou. Only the radiology workstations on "
      "the hospital VPN talk to them, by private IP, and no domain name is resolved to them anywhere. ICP filing "
      "needed?"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: SaaS status page subdomain
    (["sub-domain question. our parent domain hushpuppy.cn was filed through alibaba cloud when we set up the company "
      "site. we're adding status.hushpuppy.cn for an uptime status page, does it need another ICP filing?"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: alumni association subdomain; the reply says the parent was filed via QingCloud
    (["Do second-level domains need ICP filing? Our school's alumni association wants alumni.qinglan-school.cn",
      "qinglan-school.cn does have an ICP number, it was filed years ago through QingCloud, Alibaba had nothing to do "
      "with it"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn: modding wiki; "filed" corrected to "registered", so no ICP number
    (["we want wiki.emberloom.cn for our modding community docs. the main domain emberloom.cn is filed with alibaba "
      "cloud - sorry, I meant REGISTERED with alibaba cloud, it was never filed and has no ICP number. does the second "
      "level domain need filing?"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: jewelry shop; the reply says no ECS now or planned
    (["Is the Alibaba Cloud ICP filing something everyone with an Alibaba Cloud account needs, or does it depend on "
      "what you buy? asking for my handmade jewelry shop",
      "we don't have any ECS instances and don't plan to get any. the shop is hosted on Shopline, from Alibaba we just "
      "bought the domain and a DNS plan"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: contrast, ECS bought in March for internal testing
    (["we don't run any websites on aliyun yet, but we DO have an ECS instance we bought in March for internal "
      "testing. does the 'no ECS, no alibaba cloud ICP filing' thing still apply to us?"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule: nonprofit never filed (first message), domain registered only for this project (reply)
    (["first time doing any of this: our nonprofit has never filed for ICP. do we need the initial ICP filing before "
      "activation?",
      "the domain was registered only for this project, so there's no filing on it either"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: individual blogger, both filed, same domain, only the blog engine changes
    (["I filed my personal blog as an individual back in 2020, same domain I use today, and that filing went through. "
      "Now I'm switching the blog engine from Hugo to Ghost. Do I need the initial ICP filing before turning it back "
      "on?"],
     [dict(subject_filed=Y, domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (add), one turn: keep Sina Cloud, add Alibaba Cloud as an extra provider
    (["we're keeping our filing with Sina Cloud for the main site, but we're spinning up a second node on Alibaba "
      "Cloud and want Alibaba Cloud as an extra ICP filing provider for the website alongside Sina. do we have to "
      "apply for an ICP filing for that?"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise: filing with Huawei Cloud; the reply rules out both transfer and add
    (["Our ICP filing is with Huawei Cloud. Under which conditions would Alibaba Cloud need a new ICP filing "
      "application from us?",
      "the filing stays put with Huawei and we're not bringing Alibaba in as a filing provider at all. we only call "
      "Alibaba Cloud's speech-to-text API"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, one turn: tea exporter filed via Zzidc, new site on a new ECS
    (["our company filing was done with Zzidc (\u666f\u5b89) a few years back. now we're buying alibaba cloud ECS to host "
      "a new website under a new domain for our tea export business. do we need to add a website ICP filing?"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: scuba school filed with aliyun (first message), new site on the existing ECS (reply)
    (["new site for our scuba diving school on a new domain. the company filing was already done with aliyun. do we "
      "need to add a website filing?",
      "it'll live on the ECS instance we already have, next to the booking system"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: filed with Tencent Cloud, landing page on Vercel, no ECS
    (["The company is filed with Tencent Cloud. We're launching a landing page on a new domain, but it's just static "
      "files on Vercel and we're not buying any ECS for it. Do we need to add a website ICP filing?"],
     [dict(subject_filing_provider="other", new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: site renamed and person in charge changed, number from Alibaba
    (["Our site's ICP number came through Alibaba Cloud. We're renaming the site from 'Maple Notes' to 'Maple Academy', "
      "and the website's person in charge changed too. Need to change the filing?"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise: legal representative changed (towards the rule), number from Tencent (reply, asked last)
    (["we need to update the filing subject info because our legal representative changed. do we have to change the "
      "ICP filing on the Alibaba Cloud platform?",
      "our ICP number wasn't issued via Alibaba Cloud, it came through Tencent Cloud when we were hosted there"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: missed the reviewer's verification call
    (["I missed the verification phone call from the filing reviewer twice now. what happens, does the application "
      "get rejected?"],
     [dict()], [], "no_match"),
    # no_match: outside contractor as person in charge
    (["Can our website's person in charge be an outside contractor instead of an employee of the company?"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw otherwise via un3: the reply gives DNS, 青岛 and a MySQL replica only (no web)
    (["买了 ECS 但是不确定要不要备案，听说跟域名解析有关系？",
      "确实有个域名解析到这台机器了，机器在青岛地域，不过上面只跑了一个 MySQL 从库，业务系统走 3306 直连，没有网站，也没有任何 HTTP 接口"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=N)],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule, one turn: live-stream transcoding ECS, push by public IP, no domain
    (["我们有几台 ECS 是给直播推流转码用的，推流端直接填的公网 IP，没绑任何域名，也没做过解析。这种要备案吗？"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv other: food brand mall subdomain; the reply says the parent was filed via 百度智能云
    (["mall.chuanwei-food.cn 这种二级域名需要单独备案吗？我们打算放在阿里云上",
      "主域名是有备案号的，当年在百度智能云做的接入，不是阿里云"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn: hedge settled inside the message by an MIIT lookup
    (["二级域名 m.huaxi-bike.cn 要不要备案？我一开始以为主域名早就备过了，刚去工信部网站查了一下，huaxi-bike.cn 根本没有备案号。"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: the reply says no ECS, only SMS and domain registration
    (["请问阿里云的 ICP 备案，是不是只有买了 ECS 的用户才需要？我们公司在阿里云上用了一些服务",
      "ECS 一台都没买过，就用了阿里云的短信服务和域名注册"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc otherwise: domain never filed (towards the rule), company filed before (reply, asked last)
    (["我们这个域名是上个月刚注册的，之前没备过案。首次备案需要做吗？",
      "公司主体之前备过的，前年给官网备案的时候就做过了"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (add), one turn: keep 天翼云, add Alibaba Cloud for active-active
    (["我们网站的备案接入在天翼云，那边不撤，准备在阿里云再部署一套做双活，想把阿里云也加进来当接入商。这样需要在阿里云申请备案吗？"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # b24 alibaba, one turn: points mall on the existing ECS
    (["公司主体去年在阿里云备案过了，现在新注册了一个域名做会员积分商城，打算直接部署在现有的 ECS 上，要不要新增网站备案？"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # fyg rule: person-in-charge phone changed (first message), number from Alibaba (reply)
    (["网站负责人的手机号换了，备案里的联系方式得改一下，这种需要变更备案吗？",
      "我们的备案号是阿里云这边的，当时就是在阿里云备案平台提交的"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # no_match: App filing vs website filing
    (["APP 备案和网站备案是一回事吗？我们刚上线了一个安卓 App，还没做过 APP 备案"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw rule, one turn: HTTPS API for a mini program on ECS in 华北2（北京）
    (["api.maoxian-game.cn 解析到了华北2（北京）的 ECS，给我们的微信小程序提供 HTTPS 接口，这个域名要备案吗？"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # fvv alibaba: after-sales subdomain; the reply says the parent was filed with Alibaba Cloud
    (["我们想给售后做个 service.lanshan-audio.cn，这种二级域名要再备案吗？",
      "lanshan-audio.cn 就是在阿里云备的案，备案号也是阿里云那边下来的"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # x3g otherwise, one turn: domain bought elsewhere, but two ECS bought last month
    (["我们域名虽然不是在阿里云买的，但上个月在阿里云买了两台 ECS。“没买 ECS 就不用阿里云备案”这条，对我们还适用吗？"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule: studio never filed (first message), domain bought this week (reply)
    (["第一次搞备案，啥都不懂。我们工作室（个体户）以前没备过案，网站开通前要先做首次备案吗？",
      "域名是这周刚买的，肯定没备过"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # srs rule (transfer): filing at 腾讯云; the reply says everything moves over
    (["之前一直用腾讯云，备案也是腾讯云接入的。想问下哪些情况得在阿里云这边办备案？",
      "腾讯云的服务器月底到期就不续了，全部搬到阿里云，所以主体和域名的备案也想一起转到阿里云来"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: filing stays with 移动云, only OSS for backups
    (["备案一直挂在移动云，我们不打算转走，也不打算把阿里云加成接入商，只在阿里云买了 OSS 放备份。那需要在阿里云申请备案吗？"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other: new site on ECS being ordered (first message), subject filed with 青云 (reply)
    (["新域名的网站准备放在阿里云 ECS 上，ECS 这两天就下单。需要新增网站备案吗？",
      "主体之前是在青云备的案，没在阿里云备过"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="other")],
     ["b24"], ("b24", "b24_other")),
    # b24 otherwise: subject filed with Alibaba (towards the rule), site in own server room (reply, asked last)
    (["主体在阿里云备过了，现在要上一个新域名的活动站，要不要新增网站备案？",
      "不会上 ECS，活动站放在我们自己机房的物理服务器上"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg otherwise, one turn: number from 腾讯云, wants to rename the site
    (["我们的备案号是在腾讯云那边备的，不是阿里云。现在想改一下网站名称，需要在阿里云备案平台上做变更吗？"],
     [dict(has_alibaba_icp_number=N, modify_info=Y)],
     ["fyg"], ("fyg", None)),
    # no_match: domain real-name verification
    (["域名实名认证一般多久能审核通过？没实名的域名能先提交备案吗？"],
     [dict()], [], "no_match"),
]

FILES = [("en_a", EN_A, 20261301), ("en_b", EN_B, 20261302),
         ("zh_a", ZH_A, 20261303), ("zh_b", ZH_B, 20261304)]


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
