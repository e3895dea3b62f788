#!/usr/bin/env python3
"""Build the icp_dlg9 blind dialogue set (ninth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, near-duplicate check, writer) is reused from
/work/blind/icp_dlg8/icp_dlg8_build.py; every dialogue below is new and written for this set.

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
    # kbw rule, one turn: handmade pottery shop; domain -> ECS in cn-shenzhen (un3 is a plausible start too)
    (["hi! i make and sell handmade pottery online. just moved the shop to an alibaba ecs instance in cn-shenzhen and pointed "
      "claystudio-mei.cn at it (A record), it's a normal website with a cart and checkout. does my domain need an icp filing?? "
      "most of my buyers are overseas tbh"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw rule via un3: logistics company; the reply gives DNS, the web dashboard and the region together
    (["Logistics company here. We've bought a few ECS instances for our fleet tracking system. Does the ICP requirement for ECS "
      "depend on whether a domain name is pointed at them?",
      "In our case yes: fleet.hauloop.cn has an A record to the instances' EIP. It serves the dispatchers' browser dashboard, "
      "and the region is cn-qingdao."],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, web_service=Y, points_to_mainland=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise: mail relay in cn-nanjing, web_service=no in the reply
    (["mx.lanternbrew.cn resolves to our ECS in cn-nanjing - do we need to file an ICP for that domain?",
      "no, that machine is only our postfix mail relay (SMTP/IMAP). there's no website and no http api on it at all"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, purchased_ecs=Y), dict(web_service=N)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule, one turn: GitLab CI runners reached by bare IP
    (["We run GitLab CI runners on 3 ECS instances in cn-wulanchabu. They only make outbound connections to our GitLab; "
      "no domain name resolves to any of them, we only have the bare IPs in our inventory file. Is an ICP filing needed for these?"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: alumni association; the reply corrects itself (Tencent is only the registrar)
    (["Our alumni association wants to run reunion sign-ups on reunion.qinghe-alumni.cn. Does a second-level domain like that "
      "need its own ICP filing?",
      "the main domain was filed through Tencent Cloud - no wait, sorry, I mean Alibaba Cloud. Tencent is only where we "
      "registered the domain, the ICP filing itself was done with Alibaba Cloud"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: bubble tea franchise, parent filed via JD Cloud
    (["Bubble tea franchise here \U0001f9cb Our brand domain chayun-tea.cn already has an ICP number, but that filing was handled "
      "by JD Cloud, not Alibaba. We want order.chayun-tea.cn for online ordering, hosted on Alibaba Cloud. Does the subdomian "
      "need its own filing?"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: a friend's subdomain; the parent was never filed (reply)
    (["a friend is letting me use notes.kestrelworks.cn (subdomain of his domain) for my study notes site. do i have to do "
      "icp for a second-level domain?",
      "looked it up on beian.miit.gov.cn - kestrelworks.cn itself has no ICP number, it was never filed"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: backend on Azure, only SMS + mail from Alibaba Cloud
    (["Our app backend lives on Azure. From Alibaba Cloud we only use the SMS service to send login codes and their mail "
      "service for company email. We've never purchased an ECS instance. Is an Alibaba Cloud ICP Filing still required?"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise: hedge, then the billing page shows an ECS
    (["Quick one: when is an Alibaba Cloud ICP filing NOT needed - is it about whether you buy ECS instances?",
      "ugh not sure tbh... ok just checked the billing page and there IS an ecs on our account, my cofounder bought it "
      "in june. so yes"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: coffee co-op, nothing ever filed
    (["Hi, we're a farmers' co-op from Yunnan selling coffee beans. The co-op has never done any ICP filing, and our domain "
      "yunbean-coop.cn was just registered and has never been filed either. Do we need the initial ICP filing before we "
      "open the site?"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: the person filed before (photo blog), new domain never filed
    (["I filed myself as an individual back in 2020 for my photography blog. Now I bought a new domain, never filed, for a "
      "portfolio site. Is the initial ICP filing needed for this one?"],
     [dict(subject_filed=Y, domain_filed=N)],
     ["omc"], ("omc", None)),
    # srs rule (transfer), one turn: moving from QingCloud
    (["We're moving our hosting from QingCloud to Alibaba Cloud and want the existing ICP filing for our company and our "
      "domain transferred over as well. Do we need to apply for an ICP filing in that case?"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise: filing stays with Baidu AI Cloud (reply)
    (["our icp filing is with Baidu AI Cloud. we've started using some alibaba cloud stuff too - under which conditions "
      "would we need to apply for an icp filing with alibaba?",
      "neither of those, the filing stays at baidu. we're not moving it over and we're not adding alibaba as an extra "
      "provider, we only use alibaba for OSS backups"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other: subject filed via Huawei Cloud (first message), new site on ECS (reply)
    (["Our company's ICP filing was done via Huawei Cloud for our main site. We now want a new site on a brand-new domain. "
      "Do we need to add a website filing with Alibaba Cloud?",
      "yep, we're purchasing an ECS instance for it, the new site will be hosted on that ecs"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: dental clinic group
    (["Dental clinic group here. Our company is already filed with Alibaba Cloud (for smile-dental.cn). We're launching a "
      "kids' dentistry site on a new domain and it'll be hosted on our existing ECS instance. Do we need to add a website "
      "ICP filing?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: new site on ECS (towards the rule), subject never filed (reply, asked last)
    (["We're putting a new website on a new domain, hosted on an ECS instance we're buying this week. Do we need to add a "
      "website ICP Filing for it?",
      "the company has never been filed with any provider, this would be our very first filing"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="none")],
     ["b24"], ("b24", None)),
    # fyg rule: emergency contact email changes (first message), number from Alibaba (reply)
    (["We need to update the emergency contact email on our ICP filing, the old one belongs to someone who left. Does the "
      "ICP filing need to be changed for that?",
      "the ICP number on our site was issued via Alibaba Cloud, yes"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: number from West.cn
    (["Our website's ICP number was obtained through West.cn (\u897f\u90e8\u6570\u7801), not Alibaba Cloud. We want to change "
      "the website name on the filing. Do we need to change the ICP filing on the Alibaba Cloud platform?"],
     [dict(has_alibaba_icp_number=N, modify_info=Y)],
     ["fyg"], ("fyg", None)),
    # no_match: where to show the ICP number
    (["Where exactly do I have to show the ICP number on my site? Does it need to be in the footer and link to beian.miit.gov.cn?"],
     [dict()], [], "no_match"),
    # no_match: domain suffix eligibility
    (["can you even use a .io or .ai domain for a filing, or does it have to be one of the approved suffixes like .cn / .com?"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule: HR SaaS; Singapore corrected to cn-heyuan in the first message; web service in the reply
    (["HR SaaS startup. app.peoplegrid.cn points at our ECS in ap-southeast-1 - sorry, I mean cn-heyuan, the Singapore box is "
      "only staging. Do we need ICP for that domain?",
      "yeah it serves the customer-facing web app, plus a REST API over https"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, purchased_ecs=Y), dict(web_service=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise, one turn: VPS in Macau, not an ECS
    (["my portfolio site kaiwen-ho.com points to a VPS at a hosting company in Macau, not an Alibaba ECS. it's just a normal "
      "website. do i need an ICP filing for the domain?"],
     [dict(points_to_mainland=N, web_service=Y)],
     ["kbw"], ("kbw", None)),
    # kbw otherwise via un3: SIP PBX in cn-chengdu; the reply gives DNS and "no web"
    (["We purchased two ECS instances in cn-chengdu for our call centre's SIP PBX. Is the ICP requirement for ECS about "
      "domain names pointing at them, or about the instances themselves?",
      "we do have a name on it: sip.tellwave.cn resolves to that Chengdu box. but it only talks SIP/RTP for phone calls, "
      "no website and no http api"],
     [dict(purchased_ecs=Y, points_to_mainland=Y),
      dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=N)],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule: Elasticsearch log cluster reached over private IPs (reply)
    (["we just bought 4 ecs for an elasticsearch log cluster. is an icp filing required for ecs instances, or does that "
      "depend on domain names?",
      "for context, nothing resolves to them - logstash ships logs to their private IPs inside the VPC and nobody reaches "
      "them by name"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: status page subdomain
    (["status.orbitpay.cn is going to be our uptime status page. orbitpay.cn itself was filed with Alibaba Cloud last year. "
      "Does the second-level domain need a separate ICP Filing?"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: careers subdomain; parent filed through Tencent Cloud (reply)
    (["hey, HR wants careers.lumenfold.cn for job postings, hosted with alibaba. does a subdomain like this need its own icp?",
      "the top domain does have an ICP number, but it was filed through Tencent Cloud rather than Alibaba Cloud"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn: parked parent domain
    (["Our startup's main domain brightquill.cn has never had an ICP number (it's just been parked). We'd like to launch "
      "docs.brightquill.cn. Is an ICP Filing required for that second-level domain?"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: design agency, no ECS (reply)
    (["Design agency here, we register client domains on Alibaba Cloud. Does whether we need an Alibaba Cloud ICP Filing "
      "depend on buying ECS instances?",
      "we've never bought one - no ECS at all, just domains and Alibaba Cloud DNS"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: two ECS from the 618 promo; the rumour is hearsay
    (["People in our dev group chat say no ECS means no Alibaba Cloud ICP filing. We grabbed two ECS instances during the 618 "
      "promo though, so that shortcut doesn't apply to us, right? Is an Alibaba Cloud ICP filing needed?"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, both facts open, generic negative replies (either asking order fits)
    (["bike repair shop owner, trying to get a website up. under what conditions is the initial ICP filing required?",
      "hmm, not as far as i know... no, we haven't",
      "no, same answer - never done"],
     [dict(), ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # omc otherwise: NGO never filed (towards the rule), domain filed before (reply, asked last)
    (["We're a brand-new volunteer NGO, the organisation itself has never done an ICP filing. Do we need the initial filing "
      "before launching our site?",
      "the domain has been filed before though - we took it over from the event committee and it already had a filing"],
     [dict(subject_filed=N), dict(domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (add), one turn: multi-cloud, keep JD Cloud
    (["We're going multi-cloud. Our ICP filing stays with JD Cloud, but we also want to add Alibaba Cloud as a new ICP Filing "
      "provider for our website. Do we need to apply for an ICP Filing for that?"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: stays with 21Vianet
    (["Our filing is with 21Vianet and it's staying there. We are not transferring it to Alibaba Cloud and not adding Alibaba "
      "as another provider - we only use Alibaba Cloud for sending SMS. Under what conditions would we need to apply for an "
      "ICP filing with Alibaba?"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, one turn: subject filed with QingCloud, buying ECS for a new domain
    (["Our subject filing is with QingCloud. We're buying ECS on Alibaba Cloud to host a new website on a brand new domain, "
      "recipebox-lab.cn. Is adding a website ICP filing required?"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: new site on ECS (first message), subject filed with Alibaba (reply)
    (["We're launching a second site on a new domain and it'll run on one of our ECS instances. Do we need to add a website "
      "ICP filing?",
      "our company filing was done with Alibaba Cloud, a couple of years ago"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="alibaba")],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: subject with Alibaba (towards the rule), the site goes on an own server in an IDC (reply)
    (["Our company has been filed with Alibaba Cloud since 2021. We're starting a new website on a new domain - do we need to "
      "add a website filing?",
      "not on ECS, no - it'll sit on our own physical server in an IDC rack in Guangzhou"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: registered address moved
    (["Our company just moved its registered address to Suzhou Industrial Park, so the subject info on our ICP filing is out "
      "of date. The site's ICP number was obtained through Alibaba Cloud. Do we have to change the filing?"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise: number from Alibaba (towards the rule), nothing to modify (reply, asked last)
    (["Our website's ICP filing number is from Alibaba Cloud. When would we need to change the ICP filing?",
      "no, nothing to modify right now - none of the company or website details have changed, just asking for later"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match: deregistering a filing
    (["we're shutting down an old product site next month. how do we cancel (deregister) its ICP filing so it doesn't hang around?"],
     [dict()], [], "no_match"),
    # no_match: face verification by the person in charge
    (["During the filing, does the person in charge have to do the face verification in the Alibaba Cloud app themselves, "
      "or can a colleague do it for them?"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw rule via un3: 小程序后台 HTTPS 接口; the reply gives DNS and 杭州
    (["请问 ECS 需不需要备案，是不是看有没有域名解析过去？我们买了两台 ECS，跑微信小程序后台的 HTTPS 接口",
      "有的，api.xiaocha.cn 的 A 记录就指到这两台上，地域是华东1（杭州）"],
     [dict(purchased_ecs=Y, web_service=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule, one turn: 视频转码 worker, no DNS
    (["我们在阿里云买了几台 ECS 专门跑视频转码的 worker，只从 OSS 拉任务，没有任何域名解析到这几台机器上。这种情况要备案吗？"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: m. subdomain; parent filed with Alibaba (reply)
    (["想给网站加个手机版，用 m.yuelu-tech.cn 这个二级域名，需要再单独备案吗？",
      "主域名 yuelu-tech.cn 当初就是在阿里云备的案，备案号一直挂在页面底部"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv none, one turn, with a self-correction
    (["我想用 shop.lanshan-art.cn 这个二级域名开个小店。主域名备过……不对，我记错了，主域名 lanshan-art.cn 一直都没有 ICP 备案号。"
      "这种二级域名要备案吗？"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g otherwise: hedge, then confirmed purchase (reply)
    (["想确认一下：阿里云这边的 ICP 备案，跟我们有没有下单 ECS 挂钩吗？",
      "我问了下财务……确认了，上个月公司买了一台 ECS，账单里有"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: individual developer, nothing filed
    (["个人开发者，第一次弄网站。我本人从来没备过案，域名也是刚注册的，没备过。上线之前是不是得先做首次备案？"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # srs rule (transfer): filing with 景安, moving everything (reply)
    (["我们的备案现在在景安，最近在考虑阿里云。什么情况下需要在阿里云申请备案？",
      "打算彻底从景安搬走，公司主体和域名的备案都迁到阿里云来接入"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # b24 alibaba, one turn: campaign site on the existing ECS
    (["公司主体之前已经在阿里云备过案了（老官网用的）。现在新注册了一个域名做品牌活动站，准备放在我们那台 ECS 上。要新增网站备案吗？"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # fyg otherwise: person in charge changes (towards the rule), number from 美橙互联 (reply, asked last)
    (["网站负责人换人了，手机号也要换，备案信息是不是要变更？",
      "备案号不是阿里云给的，当时是在美橙互联那边备的"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: 幕布照
    (["备案的时候还要拍幕布照吗？幕布去哪里申请？"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw otherwise via un3: 官网 on ECS; the reply gives DNS and 首尔
    (["ECS 要不要备案，跟有没有做域名解析有关系吗？我们公司官网就放在阿里云的 ECS 上",
      "域名确实解析到这台 ECS 了，不过机器买的是韩国（首尔）地域的"],
     [dict(purchased_ecs=Y, web_service=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N)],
     ["un3", "kbw"], ("kbw", None)),
    # fvv other, one turn: parent filed with 京东云
    (["主域名 hetang-food.cn 有备案号，不过是在京东云备的，不是阿里云。现在想在阿里云上开 order.hetang-food.cn 这个二级域名，要备案吗？"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # x3g rule, one turn: SMS + 云解析 only
    (["我们只用了阿里云的短信服务和云解析 DNS，ECS 一台都没买过，也不打算买。这样还需要阿里云备案吗？"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc otherwise: domain never filed (towards the rule), subject filed via 百度智能云 (reply, asked last)
    (["新域名 qingmu-design.cn 月初才注册，一直没备案。上线前得走首次备案的流程吗？",
      "公司主体倒是备过，前几年在百度智能云给老网站备的"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (add), one turn: keep 世纪互联, add Alibaba Cloud
    (["备案目前在世纪互联，那边我们还要继续用。现在想把阿里云也加进来，作为网站新的备案接入商。这种情况要在阿里云申请备案吗？"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise: filing with 腾讯云, neither transfer nor add (reply)
    (["公司的备案是在腾讯云做的，什么情况下需要到阿里云再申请备案？",
      "暂时都不会：既不转到阿里云，也不新增阿里云当接入商，保持现状"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other: new site on ECS (first message), subject filed with 青云 (reply)
    (["准备新做一个网站，用新域名，放在刚买的阿里云 ECS 上。需要新增网站备案吗？",
      "主体之前在青云备过，不是阿里云"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="other")],
     ["b24"], ("b24", "b24_other")),
    # b24 otherwise, one turn: subject with Alibaba, site on an own physical server
    (["公司在阿里云备过案。新网站用新域名，不过不放 ECS，放在我们自己机房的物理服务器上。这样要新增网站备案吗？"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule: legal representative changed (first message), number from Alibaba (reply)
    (["我们公司法人换了，备案要不要跟着变更？",
      "嗯，备案号是阿里云的，当初就是在阿里云备案系统里提交的"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # no_match: 空壳网站
    (["网站备案下来以后一直没上线，会不会被当成空壳网站注销掉？"],
     [dict()], [], "no_match"),
]

FILES = [("en_a", EN_A, 20261221), ("en_b", EN_B, 20261222),
         ("zh_a", ZH_A, 20261223), ("zh_b", ZH_B, 20261224)]


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
