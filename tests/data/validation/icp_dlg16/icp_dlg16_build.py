#!/usr/bin/env python3
"""Build the icp_dlg16 blind dialogue set (sixteenth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
/work/blind/icp_dlg12/icp_dlg12_build.py; every dialogue below is new and written for this set (new
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
    # kbw rule: craft brewery; domain -> rented ECS in cn-qingdao (first), taproom site in the browser (reply)
    (["Hi! We run a little craft brewery up in Qingdao \U0001F37A Last week our domain hoptide.cn got pointed at the ECS "
      "we're renting in cn-qingdao. Does the domain need ICP filing?",
      "we're putting up a taproom site on it \u2014 people will open it in their browser to see what's on tap and "
      "reserve a table"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, purchased_ecs=Y), dict(web_service=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: ferry ticketing; hearsay about the rule (first); the reply gives DNS yes, web yes,
    # and Hong Kong (cn-hongkong), which is not Mainland China
    (["Good afternoon. Our ferry operator purchased one ECS instance to run the ticketing backend. I was told the ICP "
      "Filing question for ECS only arises once a domain name is resolved to the server; could you confirm how it "
      "works?",
      "To answer: tickets.bluecrest-ferry.com does resolve to it, and passengers buy tickets on that page in a "
      "browser. However, the instance sits in Hong Kong (cn-hongkong), which is not Mainland China; the \"cn\" in "
      "the region ID misled me initially."],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # kbw otherwise, one turn: carpet exporter (non-native); mail domain -> ECS in Beijing, SMTP/IMAP only, no web
    (["hello, i am writing from Istanbul, we are exporting carpets to chinese buyers. our domain mail.halivadi.com is "
      "resolving to ECS in Beijing, but this server is only doing SMTP and IMAP for our emails, there is not any "
      "website or http service on it. is ICP filing necesary for this domain?"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=N, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule: genomics lab, twelve ECS (first); the reply says no domain points at them
    (["Our university genomics lab has purchased twelve ECS instances for sequence alignment runs. How is ICP filing "
      "handled for ECS instances as far as domain names are concerned?",
      "None of the twelve has a domain name. We SSH in by IP through a bastion host and results are written to OSS; "
      "no DNS record anywhere points at those machines."],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: wedding photographer's gallery subdomain; the reply (passive) says the root was filed by Alibaba Cloud
    (["wedding photographer here \U0001F4F8 I'd like gallery.lumenvows.com for client proofing galleries. is a separate "
      "filing needed for a second-level domain like that",
      "lumenvows.com itself was filed by Alibaba Cloud for me in March 2022, the ICP number was issued through their "
      "filing system"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: water purifier maker; assumption corrected inside the message (JD Cloud, not Alibaba)
    (["We make water purifiers and want service.aquavera.cn for warranty registration, hosted on Alibaba Cloud. I "
      "assumed the ICP number of aquavera.cn came from Alibaba Cloud since that's where we host everything now, but "
      "our ops lead corrected me: it was issued via JD Cloud in 2020. Does the subdomain need its own ICP filing?"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn: bike rental in Xiamen; hedge settled inside the message (MIIT lookup shows nothing)
    (["bike rental biz in Xiamen \U0001F6B2 we want rent.veloharbor.cn for online bookings. not 100% sure if "
      "veloharbor.cn ever got an ICP number... ok just looked it up on the MIIT site, nothing at all, it has none. so "
      "does the subdomain need filing"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: board-game cafe chain (neutral first); the reply lists three products, no ECS
    (["Board-game cafe chain here, 6 shops. Is the Alibaba Cloud ICP Filing something every Alibaba Cloud customer "
      "has to do, or does it depend on having ECS instances in the account?",
      "we pay for 3 things: SMS service, Alibaba Cloud DNS and CDN. ECS has never been one of them"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: hearsay about the rule, rhetorical question, then its own 4 ECS since 2021
    (["A colleague keeps insisting that the Alibaba Cloud ICP filing is only waived for customers without ECS. Well, "
      "that's not us, is it \u2014 we've had 4 ECS instances running since 2021 for our freight tracking portal. So is "
      "an Alibaba Cloud ICP filing required in our case?"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule: beekeeper; subject never filed (first), domain registered 3 May and never filed (reply)
    (["I'm a beekeeper in Yunnan launching a honey shop website \U0001F41D neither me nor my tiny company has ever done "
      "an ICP filing. Is the initial filing needed before I go live?",
      "the domain was registered on 3 May this year and nobody has ever filed it"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise: guqin teacher's new sole proprietorship never filed (first); the domain was filed in 2017 (reply)
    (["I teach guqin and registered a sole proprietorship in January 2025; the business has no ICP filing history at "
      "all. Under what conditions is the initial ICP filing required?",
      "about the domain though: it has already been through ICP filing. it belonged to my teacher's studio, got filed "
      "in 2017, and she handed it to me when she retired"],
     [dict(subject_filed=N), dict(domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer): logistics SaaS, filing done by Baidu AI Cloud in 2021 (neutral first);
    # leaving Baidu by end of June (reply)
    (["Context: we're a cross-border logistics SaaS, and Baidu AI Cloud (\u767e\u5ea6\u667a\u80fd\u4e91) handled "
      "our ICP filing back in 2021. In which situations would Alibaba Cloud expect us to apply for a filing with them?",
      "we're leaving Baidu entirely by the end of June, so the subject's filing and the domain's filing should both "
      "move over to Alibaba Cloud"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: double negation; filing stays with Sina Cloud, no transfer, no added provider
    (["It's not that we don't like Alibaba Cloud, but our filing stays with Sina Cloud (\u65b0\u6d6a\u4e91): no "
      "transfer, and we won't be adding Alibaba Cloud as a second provider either. We only use Alibaba Cloud's "
      "Elasticsearch service for log search. Do we need to apply for an ICP filing on Alibaba Cloud?"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other: elevator maintenance, subject filed with China Mobile Cloud (first); new site on an ECS bought this week
    (["We're an elevator maintenance company; our filing subject was filed with China Mobile Cloud (\u79fb\u52a8\u4e91) "
      "a few years back. Now we want a new website on a new domain for fault reporting. In what cases must a website "
      "ICP filing be added?",
      "it'll be deployed on an Alibaba Cloud ECS instance that we're purchasing this week for exactly this"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: conditional about franchisees, then its own facts (subject on Alibaba Cloud, existing ECS)
    (["If one of our franchisees ever puts up their own page somewhere else, that's their business. Ours: the company "
      "was filed with Alibaba Cloud in 2022, and the new website for our kids' swimming academy, on a new domain, will "
      "be hosted on one of our existing ECS instances. Do we need to add a website ICP filing?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: bakery chain, subject on Alibaba Cloud (first); catering site on Vercel, no ECS (reply)
    (["Our bakery chain's filing subject is on record with Alibaba Cloud. We're launching a separate website for our "
      "catering arm on a new domain. Does that require adding a website ICP filing?",
      "hosting-wise it won't touch ECS at all, the catering site is a static build deployed on Vercel outside China"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule: law firm moved, address and phone on the filing wrong (first); number from Alibaba Cloud (reply)
    (["Our law firm moved offices in September, so the registered address and the contact phone number on our filing "
      "are now wrong. Is a change to the ICP filing needed?",
      "the ICP number shown in our site footer was issued through Alibaba Cloud's filing system"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: number from Alibaba Cloud, only a server upgrade, no filing info changes
    (["our site's ICP number is from Alibaba Cloud. we're upgrading the ECS from 2 vCPU to 8 vCPU and adding a bigger "
      "disk this weekend; none of the subject or website info in the filing changes. do we have to change the ICP "
      "filing b/c of the upgrade?"],
     [dict(has_alibaba_icp_number=Y, modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match: cost of the filing
    (["how much does ICP filing cost through Alibaba Cloud, is there a fee or is it free?"],
     [dict()], [], "no_match"),
    # no_match: where the ICP number must be displayed
    (["does our ICP number have to be shown in the homepage footer and link to the MIIT site, or is showing it "
      "anywhere on the site enough?"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule, one turn: dental clinic group; domain -> ECS in cn-shenzhen, booking + reports in the browser
    (["hi, we're a dental clinic group (5 branches). domain smilepier.cn \u2192 our ECS in cn-shenzhen. patients book "
      "appts + see x-ray reports thru the browser & a wechat H5 page. ICP filing needed for the domain? thx"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw rule via un3: EV charging, two ECS in Ulanqab; hearsay from two teammates (first); the reply gives DNS,
    # an HTTPS API used from phone browsers, and mainland
    (["EV charging startup here. We bought 2 ECS in Ulanqab (cn-wulanchabu). One teammate says a server with no "
      "domain name never needs a filing, another says every ECS needs one. Which is it for ECS instances?",
      "for the record charge.voltrail.cn has an A record to one of them, drivers open it on their phone browser to "
      "start charging via our https API. and Ulanqab is on the mainland"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise: domain -> ECS in cn-hangzhou (first); the reply corrects the plan: UDP game server only, no web
    (["our domain stoneforge.cn resolves to an ECS in cn-hangzhou that we bought in april. do we need an ICP filing "
      "for that domain?",
      "originally we wanted a landing page on it but we scrapped that. now it only runs our UDP multiplayer game "
      "server, nothing over http, nothing a browser could open"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, purchased_ecs=Y), dict(web_service=N)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule, one turn: payroll software's Jenkins build agents; passive voice, private IPs only
    (["We bought 10 ECS instances as Jenkins build agents for our payroll software. No domain name has been pointed "
      "at any of them; they're reached only by private IP from our office VPN. Is ICP filing required?"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: museum; negation with scope ("not all of our domains"), root filed through Alibaba Cloud
    (["Not all of our domains have ICP numbers, but the top-level one for the museum, redclaymuseum.cn, does, and it "
      "was filed through Alibaba Cloud. Do we need a separate filing for the second-level domain "
      "tickets.redclaymuseum.cn?"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: porcelain studio's shop subdomain; the reply says the parent was filed via West.cn
    (["hey, porcelain studio in Jingdezhen \U0001F3FA is ICP filing required for a 2nd level domain? we'd put "
      "shop.bluekilnware.cn on alibaba cloud",
      "the parent bluekilnware.cn does have an ICP number, it was issued via West.cn (\u897f\u90e8\u6570\u7801). we "
      "never filed anything with alibaba"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: yoga studio timetable subdomain; the reply (passive) says the root was never filed
    (["Second-level domain question: we'd like to launch class.stillwater-yoga.cn for our yoga studio's timetable. "
      "Is an ICP filing needed for it?",
      "stillwater-yoga.cn has never been filed by anyone. it was bought at an auction in 2024 and has just been parked "
      "since, no ICP number"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: translation app; list of three products, passive "not a single ECS has been purchased"
    (["we're a mobile translation app. from alibaba cloud we only use Machine Translation, Intelligent Speech "
      "Interaction and Simple Log Service \u2014 not a single ECS instance has been purchased. is an alibaba cloud ICP "
      "filing required for us?"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise: drone photography agency (neutral first); one ECS, 3-year term, bought 11 Nov 2024 (reply)
    (["drone photography agency here. how does buying or not buying ECS affect whether we need an alibaba cloud ICP "
      "filing?",
      "we did buy one, a 3-year subscription, on 11 Nov 2024. it runs our client portal"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: newly founded NGO in Kunming, business-formal; neither subject nor domain filed
    (["Dear support team, we are a newly founded environmental NGO in Kunming. Neither the organisation nor our "
      "domain greenmekong.org.cn has completed ICP Filing before. Are we required to apply for the initial ICP "
      "Filing prior to launching our website?"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise: fresh domain never filed (first); the foundation (subject) filed in 2016 (reply)
    (["we registered a fresh domain for a volunteer sign-up site last week; it's never been filed. do we need the "
      "initial ICP filing before launch?",
      "the foundation itself (the subject) did file though, back in 2016 for its main site"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (add), one turn: correction inside the message (transfer -> keep QingCloud and add Alibaba Cloud)
    (["we want to move our ICP filing from QingCloud to Alibaba Cloud \u2014 scratch that, our CTO just said we're "
      "keeping QingCloud. we only want Alibaba Cloud added as an extra filing provider for the website. do we need to "
      "apply for an ICP filing?"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise: filing held by JD Cloud (neutral first); neither moving nor adding (reply)
    (["Our filing is held by JD Cloud. When do I have to apply for an ICP filing with alibaba?",
      "we're neither moving it nor adding alibaba, the filing stays at JD Cloud. alibaba is just where we bought our "
      "DDoS protection"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other: used-car dealership, new site on ECS being bought (first); subject filed with Tianyi Cloud (reply)
    (["We're building a new site on a brand-new domain for our used-car dealership, and it'll run on ECS we're buying "
      "from Alibaba Cloud. Under what conditions do we need to add a website filing?",
      "our company's subject filing was completed with Tianyi Cloud (China Telecom) in 2019"],
     [dict(new_website_on_ecs=Y), dict(subject_filing_provider="other")],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: travel agency, subject filed with Alibaba Cloud in 2021 (first); study-tour site on existing ECS
    (["Subject filing: done with Alibaba Cloud in 2021. Now our travel agency wants a second website, new domain, for "
      "study tours. When does that call for a website ICP filing?",
      "the study-tour site goes onto the ECS instance we already run for the main site"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: subject filed with Zzidc; new site in its own server room, no ECS
    (["our company's filing subject was filed with Zzidc (\u666f\u5b89\u7f51\u7edc) in Zhengzhou. the new website (new "
      "domain) will be hosted in our own server room, no ECS anywhere. do we still need to add a website ICP filing "
      "on alibaba cloud?"],
     [dict(subject_filing_provider="other", new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule: number issued by Alibaba Cloud in 2020 (first); new legal representative, outdated site name (reply)
    (["ICP number: issued by alibaba cloud, 2020. what are the situations where a filing must be changed?",
      "we changed our legal representative last month, and the website name on the filing is out of date as well"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise: renaming the site, new phone (first); the number came from Capital Online (reply)
    (["we're renaming the website and the responsible person's mobile number has changed. does the ICP filing need "
      "to be changed?",
      "oh, our ICP number wasn't issued by alibaba cloud, it came from Capital Online (\u9996\u90fd\u5728\u7ebf) when "
      "we were hosted there"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: validity / yearly renewal
    (["how long is an ICP filing valid for, do we need to renew it every year?"],
     [dict()], [], "no_match"),
    # no_match: filing vs commercial licence
    (["what's the difference between an ICP filing (\u5907\u6848) and an ICP commercial license "
      "(\u7ecf\u8425\u8bb8\u53ef\u8bc1)? which one does an online store need"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw rule via un3: laundry chain, ECS in Beijing (first); the reply gives DNS, phone-browser booking, mainland
    (["我们开连锁洗衣店的，上个月在阿里云北京地域买了台 ECS 跑预约系统。想搞清楚：没用域名的 ECS 和用了域名的，备案要求一样吗？",
      "我们这台是有域名的：xiyi.ganjingwu.cn 已经解析过去了，顾客在手机浏览器里就能下单、约上门取衣。机器在北京，属于大陆。"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule, one turn: GPU instances for model training, no domain, bastion host + private IPs
    (["公司买了 6 台 GPU 规格的 ECS 训练推荐模型，一个域名都没指过去，平时都是走堡垒机用内网 IP 登录。这样还用备案吗？"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv other, one turn: education company's help centre; root filed with Baidu AI Cloud
    (["主域名 yunqiao-edu.cn 有备案号，不过是在百度智能云那边备的，不是阿里云。现在想在阿里云上搭 help.yunqiao-edu.cn 做帮助中心，这个二级域名得单独备案吗？"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # x3g otherwise: guesthouse in Moganshan (neutral first); two ECS bought August 2023 (reply)
    (["想确认一下：要不要办阿里云备案，是按有没有买 ECS 来判断的吗？我们是莫干山的一家民宿。",
      "ECS 我们是有的，2023 年 8 月买了两台，一直续费到现在。"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule: personal reading-notes blog, person never filed (first); domain registered last week (reply)
    (["打算开个读书笔记的个人博客，我本人以前从来没备过案。上线前是不是要先做首次备案？",
      "域名是上周刚注册的，之前谁也没备过。"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # srs rule (add), one turn: filing stays with China Mobile Cloud, Alibaba Cloud added as a second provider
    (["备案在移动云，那边继续保留不动。另外想把阿里云新增为我们网站的接入服务商，两家同时接入。需要在阿里云办备案吗？"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # b24 alibaba, one turn: subject filed on Alibaba Cloud in 2020; kids' coding course site on the existing ECS
    (["主体 2020 年在阿里云备过案。现在给旗下的少儿编程课开个新网站，用新域名，也放在我们已经在用的 ECS 上。需要新增网站备案吗？"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: silver jewellery studio, new site on a new ECS (first); subject never filed anywhere (reply)
    (["我们是做手工银饰的，新网站、新域名准备放在刚买的阿里云 ECS 上。什么情况下要新增网站备案？",
      "公司主体还没在任何一家备过案，阿里云没有，别家也没有。"],
     [dict(new_website_on_ecs=Y), dict(subject_filing_provider="none")],
     ["b24"], ("b24", None)),
    # fyg otherwise, one turn: number from Alibaba Cloud; double negation, nothing to modify, only a new template
    (["备案号是在阿里云办的。不是不想改，是真的没有要改的信息：主体、负责人、网站信息都没变，就是把网站模板换了一套。这种要变更备案吗？"],
     [dict(has_alibaba_icp_number=Y, modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match: may the site name contain words like 中国 / 国际
    (["备案的时候网站名称能不能带“中国”“国际”这种字眼？"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw otherwise via un3: cross-border cosmetics shop (first); the reply: DNS yes, Seoul region, web shop
    (["买了 ECS 的话，是不是只有域名解析到它上面才需要备案？我们做跨境美妆电商的。",
      "域名确实解析到这台 ECS 了，不过机器在首尔地域，不在大陆；上面跑的是给韩国客户下单用的网页商城。"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # fvv alibaba: fruit wine members' subdomain (first); root filed in Alibaba Cloud's system (reply)
    (["二级域名要单独备案吗？打算开 vip.haitangjiu.com 给会员用，我们是卖果酒的。",
      "主域名 haitangjiu.com 当初就是在阿里云备案系统里提交的，备案号也是阿里云那边下来的。"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv none, one turn: root has never had an ICP number; API subdomain for an app
    (["主域名 maolvtong.cn 从注册到现在一直没有备案号。想启用 api.maolvtong.cn 给 App 调接口用，这个二级域名需要备案吗？"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: three products listed, no ECS ever bought
    (["我们在阿里云用了短信服务、视频点播和云解析 DNS 三个产品，ECS 一台都没买过。这样需要阿里云备案吗？"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc otherwise, one turn: domain filed under a personal name before, new company never filed
    (["这个域名以前挂在我个人名下备过案，现在想换成新成立的公司做主体，公司从没备过案。这种还属于首次备案吗？"],
     [dict(subject_filed=N, domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer): filing with West.cn (neutral first); moving everything to Alibaba Cloud (reply)
    (["我们的备案目前在西部数码，什么情况下需要到阿里云办备案？",
      "准备整个从西部数码转到阿里云，主体和域名的备案都转过来，那边以后不用了。"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: filing stays with Huawei Cloud, no transfer, no added provider; only RDS on Alibaba Cloud
    (["备案一直放在华为云，既不转接入，也不打算新增阿里云为接入商。阿里云这边只买了个 RDS 数据库。需要在阿里云办备案吗？"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, one turn: subject filed with Tianyi Cloud; new domain's site on an ECS to be bought this week
    (["公司主体是在天翼云备的案。现在新域名的网站要放到这周准备买的阿里云 ECS 上，需要新增网站备案吗？"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # fyg rule: site name to change (first); ICP number from Alibaba Cloud, April 2022 (reply)
    (["网站名称想从“小鹿书屋”改成“小鹿读书”，备案里的网站名称得跟着改，这种需要变更备案吗？",
      "是的，我们网站的 ICP 备案号就是在阿里云办下来的，2022 年 4 月拿到的。"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # no_match: ads on a personal-filed site
    (["个人备案的网站可以挂广告赚钱吗？"],
     [dict()], [], "no_match"),
]


FILES = [("en_a", EN_A, 20261801), ("en_b", EN_B, 20261802),
         ("zh_a", ZH_A, 20261803), ("zh_b", ZH_B, 20261804)]


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
