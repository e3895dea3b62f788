#!/usr/bin/env python3
"""Build the icp_dlg7 blind dialogue set (seventh writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run. The checking machinery (contract model, replay, duplicate check, writer) is
reused from /work/blind/icp_dlg6/icp_dlg6_build.py; every dialogue below is new.

Every dialogue is held by hand in the lists below, annotated with:
  - start: the section(s) the first message plausibly asks about,
  - facts: one dict per turn, the contract facts that turn states,
  - expect: (section short id, rule key or None) or "no_match".

Checks:
  - section ids, fact ids and fact values against the contract tables;
  - the 11 rule sentences word for word against the contract and the seed;
  - a replay of the contract's rules over every asking order, for an eager bot (answers as soon
    as the outcome is settled) and a collect-everything bot, from every listed start section;
    each replay must use exactly the written turns and end in `expect`;
  - counts, coverage, simplified Chinese in the zh files, at most two turns (at most one fact open
    after the first message);
  - no turn repeats or nearly repeats (normalised equality, or difflib ratio >= 0.8) a turn of an
    earlier set (/work/blind/prior/**, /work/blind/icp_dlg6/ and the other icp_dlg* folders,
    format_example.jsonl) or another turn of this set. Earlier sets' lines are never printed.

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
PRIOR_GLOBS = ["/work/blind/prior/**/*.jsonl", "/work/blind/icp_dlg6/*.jsonl",
               "/work/blind/icp_dlg[0-9]*/*.jsonl", "/work/blind/format_example.jsonl"]

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
Y, N = "yes", "no"


EN_A = [
    # kbw rule, one turn: startup CTO typing on a phone; domain -> ECS, so un3 is a plausible start too
    (["sry typing from my phone in a cab. cto at a 4 person startup - our domian getpaydesk.cn resolvs to an ecs in cn-hangzhou, "
      "it serves the marketing site + the signup web app. do we need icp fileing or can we just go live?"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw rule via un3: data engineer; the wiki claim is hearsay; the reply gives DNS and location together
    (["Data engineer here. We run an Airflow cluster on a few Alibaba ECS instances and I'm adding a Superset dashboard (web UI over https) "
      "on one of them for the analysts. Our infra wiki claims ECS never needs ICP unless a domain name is involved. Does that let us off?",
      "hmm, bi.tidepool-data.cn already has an A record to that instance, and all of them live in cn-qingdao"],
     [dict(purchased_ecs=Y, web_service=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, English teacher; lives in Suzhou but the server is in Frankfurt; colleagues' claim is hearsay
    (["I'm an English teacher living in Suzhou and I keep a little blog for my students - grammar tips, reading lists, that sort of thing. "
      "The domain points to a VPS I rent in Frankfurt, Germany. A few colleagues told me any site Chinese students read must have an ICP number. "
      "Does my blog's domain really need a filing?"],
     [dict(points_to_mainland=N, web_service=Y)],
     ["kbw"], ("kbw", None)),
    # un3 rule, security auditor, one turn
    (["I'm auditing a client's Alibaba Cloud estate. They bought 6 ECS instances in cn-shenzhen for log collectors and a bastion host. "
      "Staff reach them by IP through a jump host, and no DNS record anywhere resolves to these instances. "
      "Should a missing ICP filing on them go into my report as a finding?"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N, points_to_mainland=Y)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, agency project manager, one turn
    (["PM at a digital agency. Our client's main domain lumenbeauty.cn got its ICP number through Alibaba Cloud last spring - we did the paperwork "
      "for them. Now marketing wants a campaign microsite on summer.lumenbeauty.cn. Do we have to file that subdomain separately before launch?"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, nonprofit volunteer; the provider is found out in the reply
    (["I volunteer for a small animal rescue charity. We'd like an adoption page at adopt.pawshelter.org.cn, hanging off our main site. "
      "Does that sub-address need its own ICP filing?",
      "asked our treasurer: pawshelter.org.cn does have an ICP number, but it was done years ago through Baidu AI Cloud where the old site lived - Alibaba had nothing to do with it"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, developer from Taipei, one turn
    (["Hi, dev from Taipei working with a partner in Shanghai. They want our service deployed under api.hexaport.cn, a subdomain of their hexaport.cn. "
      "Thing is, hexaport.cn has no ICP number at all - nobody ever got round to filing it. Does the subdomain need an ICP filing?"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, reseller, one turn
    (["I resell Alibaba Cloud to small businesses. One customer uses her Alibaba Cloud account purely to register domains and manage DNS - "
      "she has never purchased an ECS instance and has no plan to. Does she still need an Alibaba Cloud ICP Filing?"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, student; purchase only in the reply
    (["uni student here, signed up for alibaba cloud thru the student offer. is the alibaba cloud icp filing only a thing if u buy ecs??",
      "ok well i did grab one of the cheap student ecs servers yesterday lol"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, forwarding a boss's question, one turn
    (["Forwarding this from my boss, word for word: \"We are setting up the new company website. Neither the company nor the domain has ever been "
      "through ICP filing. Do we need to do the first-time filing on Alibaba Cloud before we switch anything on?\" Can you give me an answer I can pass back?"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, Hong Kong developer; subject never filed (towards the rule), domain filed in the reply
    (["Hong Kong dev here, building a mainland site for our new Shenzhen subsidiary. The subsidiary as an entity has never done any ICP filing. "
      "Does that mean we need the initial filing?",
      "the domain itself was filed before though - our HK parent used it for a China landing page in 2021"],
     [dict(subject_filed=N), dict(domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer), agency project manager, one turn
    (["We're migrating a client off QingCloud completely. Servers are coming to Alibaba Cloud and they want the existing ICP filing for the company "
      "and the domain carried over to Alibaba Cloud too. Is there an ICP filing we have to apply for in that case?"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, security auditor, one turn
    (["Audit question. The client's ICP filing is held by Huawei Cloud. They are not transferring it to Alibaba Cloud, and they are not adding "
      "Alibaba Cloud as an additional filing provider either - Alibaba only hosts an offsite backup bucket for them. "
      "Is there an ICP filing they are obliged to apply for at Alibaba Cloud?"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, startup CTO, one turn
    (["cto again, still on mobile. our company's icp subject filing was done w/ tencent cloud for product #1. product #2 gets a brand new domain "
      "and we're buying alibaba ecs to host it as we speak. do we need to add a website filing for the new domain?"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, English teacher with a correction; hosting in the reply
    (["My little tutoring company was filed with Tencent - no, sorry, that was the school I used to work for. MY company was filed with Alibaba Cloud. "
      "I want to start a second site for a new IELTS course on a new domain. Do I need to add a website filing?",
      "I'd put it on the ECS instance I already rent from Alibaba"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, data engineer; new site on ECS (towards the rule), subject never filed in the reply
    (["We're putting up a new data-catalogue website on a fresh domain, hosted on an Alibaba ECS instance. Do we have to apply for an additional website ICP filing?",
      "no filing of any kind so far - the company has never been through ICP with Alibaba or with anyone else"],
     [dict(new_website_on_ecs=Y), dict(subject_filing_provider="none")],
     ["b24"], ("b24", None)),
    # fyg rule, nonprofit volunteer, one turn
    (["I'm the volunteer web admin for a community choir. Our site's ICP number was issued via Alibaba Cloud. The person responsible for the website "
      "has stepped down, so the name and phone on the filing are out of date and need updating. Do we need to change the filing on Alibaba Cloud's platform?"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, reseller; modification wanted (towards the rule), number not from Alibaba in the reply
    (["One of my customers renamed their company and wants the filing updated to the new name. Do they make the change on Alibaba Cloud's ICP filing platform?",
      "just looked it up on the MIIT site: their ICP number was issued through Huawei Cloud, not Alibaba Cloud"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match
    (["For an audit report: is an ICP filing the same thing as an MLPS (等保) certification, or does a filed website still need its own level-2 MLPS assessment?"],
     [dict()], [], "no_match"),
    (["Once my blog gets its ICP number, do I have to show it in the page footer with a link to the MIIT beian site? Is there a required format for that line?"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule, reseller with a correction (Singapore -> cn-shenzhen), one turn
    (["Reseller here. A customer's WordPress shop: the domain points to an ECS box in Singapore - no wait, I migrated it to cn-shenzhen last month, "
      "so that's where it is now. Does the domain need an ICP filing?"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3, Hong Kong developer; region id cn-hongkong is not Mainland China
    (["HK-based dev. We bought ECS for a customer portal (web app over https). I've read that ICP only matters when a domain name resolves to the ECS - is that how it works for us?",
      "yep, portal.harbourlane.com points straight at the instance, and the region is cn-hongkong (Hong Kong)"],
     [dict(purchased_ecs=Y, web_service=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N)],
     ["un3", "kbw"], ("kbw", None)),
    # kbw otherwise, data engineer; Mainland stated first (towards the rule), no web service in the reply
    (["sftp.harvest-etl.cn resolves to one of our ECS instances in Beijing. Does that domain need an ICP filing?",
      "nothing web on it - it only runs SFTP so partners can drop their CSV exports, no site and no HTTP API"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, purchased_ecs=Y), dict(web_service=N)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule, startup CTO on mobile; DNS only in the reply
    (["bought ecs for our app backend last wk. do we need icp for it, or is that only when a domain name is pointed at it?",
      "nope, no domain pointed at it, the ios app calls the ip directly"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, English teacher running a blog; TLD status in the reply
    (["I'd like to split the vocabulary lessons off my teaching blog onto words.missharper.cn. Does that subdomain need a filing of its own?",
      "missharper.cn got its ICP number with Alibaba Cloud last year"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, forwarding a boss's question, one turn
    (["My boss asked me to check this: our main site yunhe-tech.cn is filed with Tencent Cloud, ICP number and all. We want docs.yunhe-tech.cn "
      "hosted on Alibaba Cloud. Does the docs subdomain need an ICP filing applied for at Alibaba Cloud?"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, nonprofit volunteer, one turn
    (["We're a volunteer-run literacy nonprofit. Our founder bought readtogether.cn years ago and never got an ICP number for it. "
      "I'm now setting up donate.readtogether.cn for the fundraiser - does that second-level domain need a filing?"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, agency project manager; purchase status only in the reply
    (["A client keeps asking me whether they have to go through Alibaba Cloud's ICP filing at all. They have an Alibaba Cloud account for their domains; "
      "I'm honestly not sure what else is on it. What's the answer?",
      "checked their billing history - no ECS instances, they've never bought a single one"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, nonprofit volunteer, one turn
    (["Our nonprofit used part of a small grant to buy two ECS instances on Alibaba Cloud for the volunteer portal. "
      "Does buying ECS mean we now need an Alibaba Cloud ICP Filing?"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, student; domain never filed first, subject in the reply
    (["student here, want to put my portfolio online on alibaba cloud. the domain is brand new and has never been filed. do i need the initial icp filing before it goes live?",
      "no, never filed anything under my name before"],
     [dict(domain_filed=N), dict(subject_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, security auditor, one turn
    (["Reviewing a client's launch checklist. The company already completed ICP filing in 2020 for its corporate site; the new domain they're adding "
      "has never been filed. The checklist says 'initial ICP filing required'. Is the initial filing really the right item here?"],
     [dict(subject_filed=Y, domain_filed=N)],
     ["omc"], ("omc", None)),
    # srs rule (add), agency project manager; the change is named in the reply
    (["We're bringing Alibaba Cloud into the setup for a client whose ICP filing sits with Tencent Cloud. Do they have to apply for an ICP filing for that?",
      "Tencent stays on as their provider for the main app - we only want Alibaba Cloud added as an extra filing provider next to it"],
     [dict(), dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, Taiwanese developer; the transfer is only a hypothetical
    (["Dev from Taiwan helping a client in Xiamen. Their ICP filing is with Baidu AI Cloud. If they ever moved it over to Alibaba they'd need a new application, "
      "I understand that - but right now they're neither transferring it nor adding Alibaba Cloud as another provider. Do they have to apply for an ICP filing now?"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, forwarding a boss's question; hosting only in the reply
    (["Question from my boss: our company went through ICP filing with Huawei Cloud. We're planning a new website on a new domain, hosting not decided yet. "
      "Will that need a website ICP filing?",
      "boss just confirmed: we'll buy ECS at Alibaba Cloud and run it there"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, reseller, one turn
    (["Reseller question: a customer's company is already filed as a subject with Alibaba Cloud. They're launching a second website with a new domain, "
      "and I'm provisioning an ECS instance to host it. Do they need to add a website filing?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, startup CTO; subject with Alibaba (towards the rule), not on ECS in the reply
    (["our company's icp filing is with alibaba cloud. we're launching a new landing page on a separate domain. need to add a website filing?",
      "it's built in webflow and hosted there, not going on ecs"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, English teacher; modification first, ICP number source in the reply
    (["I moved from Hangzhou to Ningbo, so the address on my blog's filing is wrong now. Do I have to change the filing?",
      "yes, the ICP number in my footer came from Alibaba Cloud"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, forwarding a manager's question; the manager's belief is hearsay
    (["Forwarding a question from my manager. Our website's ICP number is from Alibaba Cloud. Nothing has changed with the company or the site - same name, "
      "same contacts, same address. He's heard filings have to be 'changed' whenever we redeploy. Do we need to change the ICP filing?"],
     [dict(has_alibaba_icp_number=Y, modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match
    (["Our nonprofit is shutting down an old campaign website next month. How do we cancel its ICP filing so it doesn't stay registered under our name?"],
     [dict()], [], "no_match"),
    (["which domain endings can actually be used for an ICP filing? can i file a .io or .ai domain, or does it have to be .cn / .com?"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw rule via un3; 群里说 is hearsay; the reply gives DNS and location
    (["我们小团队买了几台 ECS，上面跑小程序调用的 https 接口。群里有人说 ECS 只要不绑域名就不用备案，那我们这种到底要不要？",
      "绑了，api.qingyu-app.cn 解析到其中一台，机器都在成都"],
     [dict(purchased_ecs=Y, web_service=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # fvv alibaba
    (["主站 xingtu.cn 当初就是在阿里云备的案，现在想开个 blog.xingtu.cn 写技术博客，这个二级域名还得另外备案不？"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv none, TLD status in the reply
    (["想给官网整个手机版，用 m 开头的二级域名，这个需要单独备案吗",
      "主域名到现在都没有 ICP 号，一直拖着没去弄"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, forwarding a boss's question
    (["老板让我问一下：我们只在阿里云买了域名和企业邮箱，ECS 一台都没买，以后也不打算买，这样还要做阿里云的 ICP 备案吗？"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc rule
    (["我们工作室今年刚注册，之前从没搞过任何备案，域名也是刚买的，一次都没备过。上线之前是不是得先在阿里云做首次备案？"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # srs rule (transfer)
    (["网站之前是在西部数码备的案，现在服务器整体迁到阿里云，主体和域名的备案也想一并转到阿里云这边，这种情况要申请备案吗？"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise
    (["我们的备案在腾讯云，不打算转出来，也不准备把阿里云加成接入商，只是在阿里云用了一下短信服务。这样需要在阿里云申请备案吗？"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other
    (["公司主体之前在百度智能云备过案。现在上个新项目，用新域名，正在阿里云下单 ECS 来放这个站，要不要新增网站备案？"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # fyg otherwise: Alibaba number, nothing in the filing changes
    (["我们网站的备案号是阿里云给办的。这次只是把首页 UI 改版了，主体和网站的备案信息一个字都没动，需要去做备案变更吗？"],
     [dict(has_alibaba_icp_number=Y, modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match
    (["备案还在审核中，这段时间网站能不能先上线让用户访问？会不会被处罚？"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw otherwise, with a correction (深圳 -> ap-southeast-1 新加坡)
    (["域名指向的服务器在深圳……哦不对，深圳那台上个月就退了，现在 A 记录指的是 ap-southeast-1（新加坡）的机器，跑的是公司官网，这样要做 ICP 备案吗？"],
     [dict(points_to_mainland=N, web_service=Y)],
     ["kbw"], ("kbw", None)),
    # un3 rule, DNS only in the reply
    (["买了两台 ECS 跑爬虫和数据清洗。ECS 要不要备案是不是得看有没有域名解析过去？我们这种要备案吗",
      "没有，没有任何域名解析到这两台机器，都是直接用公网 IP 连的"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv other
    (["打算开个 shop.mengtai.cn 子域名。主域名是有备案号的，不过是在腾讯云备的，不是阿里云，那这个子域名要在阿里云备案吗？"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # x3g otherwise, purchase in the reply
    (["阿里云的 ICP 备案是不是只有买了 ECS 才需要？想确认下我们要不要做",
      "买了的，上个月运维就下单了一台 ECS"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc otherwise; 同事说 is hearsay
    (["同事说只要换新域名就得重新走首次备案。可我们公司三年前就做过 ICP 备案了，只是这次新买的域名还没备过，真的需要首次备案吗？"],
     [dict(subject_filed=Y, domain_filed=N)],
     ["omc"], ("omc", None)),
    # srs rule (add)
    (["原来的备案在京东云，网站有一部分业务继续放那边，现在想同时新增阿里云作为接入商，这种要申请备案吗？"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # b24 alibaba, hosting in the reply
    (["我们公司主体已经在阿里云备过案了，现在要做个新站，域名也是新注册的，需要加一个网站备案吗？",
      "对，就放在我们自己的 ECS 上"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: not on ECS
    (["公司主体在阿里云备过案。新网站用新域名，打算直接用 Shopline 建站，不上 ECS，还需要新增网站备案吗？"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule
    (["网站的备案号是在阿里云办下来的，公司搬到新办公室，注册地址也变了，需要在阿里云备案平台上做变更吗？"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # no_match
    (["备案时网站名称能不能用英文，或者带“官方”两个字？会不会被驳回？"],
     [dict()], [], "no_match"),
]

FILES = [("en_a", EN_A, 20261213), ("en_b", EN_B, 20261214),
         ("zh_a", ZH_A, 20261215), ("zh_b", ZH_B, 20261216)]

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
            if f not in FACT_VALUES:
                err(f"{tag}: unknown fact {f}")
            elif v not in FACT_VALUES[f]:
                err(f"{tag}: bad value {f}={v}")
    if len(turns) > 2:
        err(f"{tag}: more than one follow-up turn (at most one fact may be open after the first message)")
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
