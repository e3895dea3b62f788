#!/usr/bin/env python3
"""Build the icp_dlg4 blind dialogue set (fourth writer) for the ICP Filing FAQ bot.

Written blind: only /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md were used.
Every dialogue is held here by hand, together with the section(s) its first message asks about and
the facts each turn states. The script:
  * checks section ids, fact ids/values and the rule sentences against the contract (verbatim);
  * checks that each rule sentence occurs in the seed;
  * replays the contract's rules over every asking order, for an eager bot (answers as soon as the
    outcome is settled) and for a collect-everything bot (asks all of the section's open facts);
    every replay must use exactly the written turns and end in `expect`;
  * checks counts and coverage;
  * checks that no turn repeats or nearly repeats a turn of the prior sets (never printing theirs)
    or another turn of this set;
  * writes en_a.jsonl, en_b.jsonl, zh_a.jsonl, zh_b.jsonl (shuffled with a fixed seed) and
    re-reads them as JSON.
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
PRIOR_GLOB = "/work/blind/prior/**/*.jsonl"

# --------------------------------------------------------------------------------------------
# Contract data, written out by hand and then checked against the contract text.
# --------------------------------------------------------------------------------------------
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

RULE = {
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
# which section each rule sentence belongs to
RULE_SEC = {k: k.split("_")[0] for k in RULE}

FACTS = {
    "points_to_mainland": {"yes", "no"},
    "web_service": {"yes", "no"},
    "domain_resolves_to_ecs": {"yes", "no"},
    "purchased_ecs": {"yes", "no"},
    "tld_filing": {"alibaba", "other", "none"},
    "subject_filed": {"yes", "no"},
    "domain_filed": {"yes", "no"},
    "provider_change": {"transfer", "add", "none"},
    "subject_filing_provider": {"alibaba", "other", "none"},
    "new_website_on_ecs": {"yes", "no"},
    "has_alibaba_icp_number": {"yes", "no"},
    "modify_info": {"yes", "no"},
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

# outcome keys: a RULE key, or "<sec>-" for the section's otherwise answer, or "no_match"
OTHERWISE = ["kbw-", "x3g-", "omc-", "srs-", "b24-", "fyg-"]
ALL_OUTCOMES = list(RULE) + OTHERWISE


def decide(sec, k, eager):
    """Return an outcome key, ("goto", sec) for a hand-over, or None if still open."""
    g = k.get
    if not eager and any(f not in k for f in SEC_FACTS[sec]):
        return None
    if sec == "kbw":
        if g("points_to_mainland") == "no" or g("web_service") == "no":
            return "kbw-"
        if g("points_to_mainland") == "yes" and g("web_service") == "yes":
            return "kbw"
    elif sec == "un3":
        if g("domain_resolves_to_ecs") == "no":
            return "un3"
        if g("domain_resolves_to_ecs") == "yes":
            return ("goto", "kbw")
    elif sec == "fvv":
        if g("tld_filing"):
            return "fvv_" + g("tld_filing")
    elif sec == "x3g":
        if g("purchased_ecs") == "no":
            return "x3g"
        if g("purchased_ecs") == "yes":
            return "x3g-"
    elif sec == "omc":
        if g("subject_filed") == "yes" or g("domain_filed") == "yes":
            return "omc-"
        if g("subject_filed") == "no" and g("domain_filed") == "no":
            return "omc"
    elif sec == "srs":
        if g("provider_change") in ("transfer", "add"):
            return "srs"
        if g("provider_change") == "none":
            return "srs-"
    elif sec == "b24":
        if g("subject_filing_provider") == "none" or g("new_website_on_ecs") == "no":
            return "b24-"
        if g("new_website_on_ecs") == "yes" and g("subject_filing_provider") in ("other", "alibaba"):
            return "b24_" + g("subject_filing_provider")
    elif sec == "fyg":
        if g("has_alibaba_icp_number") == "no" or g("modify_info") == "no":
            return "fyg-"
        if g("has_alibaba_icp_number") == "yes" and g("modify_info") == "yes":
            return "fyg"
    return None


def replay(sec, known, facts, i, eager, errs, path):
    """Explore every asking order. Append failures to errs; return set of (outcome, final_sec)."""
    out = set()
    r = decide(sec, known, eager)
    if isinstance(r, tuple):
        return replay(r[1], known, facts, i, eager, errs, path + ["->" + r[1]])
    if r is not None:
        if i != len(facts):
            errs.append("answered %s after %d of %d turns (%s)" % (r, i, len(facts), " ".join(path)))
        out.add((r, RULE_SEC.get(r, r.rstrip("-"))))
        return out
    open_facts = [f for f in SEC_FACTS[sec] if f not in known]
    for f in open_facts:
        if i >= len(facts):
            errs.append("ran out of turns, %s still open (%s)" % (f, " ".join(path)))
            continue
        t = dict(facts[i])
        if "*" in t:  # a bare reply that answers whatever was asked
            t[f] = t.pop("*")
        if f not in t:
            errs.append("turn %d does not answer asked fact %s (%s)" % (i, f, " ".join(path)))
            continue
        k2 = dict(known)
        k2.update(t)
        out |= replay(sec, k2, facts, i + 1, eager, errs, path + ["ask:" + f])
    return out


# --------------------------------------------------------------------------------------------
# Dialogues. Each: (turns, starts, facts_per_turn, outcome)
#   starts: section(s) the first message plausibly asks about (all are replayed)
#   facts_per_turn: one dict per turn; {"*": v} = a bare reply answering whichever fact was asked
# --------------------------------------------------------------------------------------------
Y, N = "yes", "no"

EN_A = [
    (["hey all, quick one. we registered shopnest.cn and its A record goes to our server in cn-hangzhou. it'll host the storefront website. does the domain need an ICP filing?"],
     ["kbw"], [dict(points_to_mainland=Y, web_service=Y)], "kbw"),
    (["Do domain names need an ICP filing? I'm putting up a portfolio website for my wedding photography biz.",
      "nah, the server it points to is in Singapore (ap-southeast-1)"],
     ["kbw"], [dict(web_service=Y), dict(points_to_mainland=N)], "kbw-"),
    (["We bought 3 ECS instances in cn-beijing for a nightly batch job. There's no domain name resolving to any of them, the workers connect over private IPs only. ICP filing needed or not?"],
     ["un3"], [dict(domain_resolves_to_ecs=N, purchased_ecs=Y)], "un3"),
    (["so i grabbed a few ECS instances... keep reading that ICP isn't needed for ECS as long as no domain is involved. how do i tell if that applies to me",
      "ok there is one - api.tidepool.cn has an A record to our Qingdao instance, it serves our REST API over https"],
     ["un3"], [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)], "kbw"),
    (["Setting up blog.lumenworks.com.cn. The main domain lumenworks.com.cn already got its ICP filing through Alibaba Cloud last spring. Does the subdomain need a filing of its own?"],
     ["fvv"], [dict(tld_filing="alibaba")], "fvv_alibaba"),
    (["does a second level domain like m.qiaoyun.cn need its own icp filing??",
      "qiaoyun.cn has an ICP number but it was filed via our old host West.cn, not Alibaba"],
     ["fvv"], [dict(), dict(tld_filing="other")], "fvv_other"),
    (["we wanna use docs.orbitkit.cn (subdomain of orbitkit.cn). thing is orbitkit.cn itself never got an ICP number. do we have to file for the subdomain then"],
     ["fvv"], [dict(tld_filing="none")], "fvv_none"),
    (["We're on Alibaba Cloud only for OSS storage and an SMS package - zero ECS instances bought, none planned. Does that mean we can skip the Alibaba Cloud ICP filing?"],
     ["x3g"], [dict(purchased_ecs=N)], "x3g"),
    (["is it true u can skip the alibaba cloud ICP filing if you dont purchase any ECS? trying to work out whether that covers us",
      "hmm we do have ECS actually, my colleague bought two in Shenzhen last week"],
     ["x3g"], [dict(), dict(purchased_ecs=Y)], "x3g-"),
    (["what are the conditions for needing the *initial* ICP filing? we're about to go live next month",
      "nope, never did",
      "nah, that's a no as well"],
     ["omc"], [dict(), {"*": N}, {"*": N}], "omc"),
    (["Do we have to do the initial ICP filing? Context: our company completed its ICP filing in 2022, and kaleidocart.com was filed under it at the same time. We're just rebuilding the site from scratch now."],
     ["omc"], [dict(subject_filed=Y, domain_filed=Y)], "omc-"),
    (["We'd like our ICP filing (company + domain) to move from Baidu AI Cloud over to Alibaba Cloud, together with the servers. Do we have to apply for an ICP filing for that?"],
     ["srs"], [dict(provider_change="transfer")], "srs"),
    (["when is an ICP filing requierd when it comes to switching or adding service providers? our current filing sits with UCloud",
      "neither - the filing stays at UCloud and so do the servers, I was only asking"],
     ["srs"], [dict(), dict(provider_change="none")], "srs-"),
    (["Our company's ICP filing was done through JD Cloud. Now we're buying ECS on Alibaba Cloud to host a brand-new site on a new domain, petalpost.cn. Do we need to add a website filing?"],
     ["b24"], [dict(subject_filing_provider="other", new_website_on_ecs=Y)], "b24_other"),
    (["Planning to host a new website with a fresh domain (tealeaf-lab.cn) on our existing ECS. Under what conditions do I need to add a website ICP filing?",
      "Alibaba Cloud, the company was filed there in 2023"],
     ["b24"], [dict(new_website_on_ecs=Y), dict(subject_filing_provider="alibaba")], "b24_alibaba"),
    (["Company is filed via Huawei Cloud. We're doing a new campaign microsite on its own domain - when is adding a website filing needed?",
      "it won't be on ECS at all, we're putting it on a shared virtual host"],
     ["b24"], [dict(subject_filing_provider="other"), dict(new_website_on_ecs=N)], "b24-"),
    (["Our site has an Alibaba Cloud ICP number. We moved offices last month and the company's address on the filing has to be updated. Does the ICP filing need to be changed?"],
     ["fyg"], [dict(has_alibaba_icp_number=Y, modify_info=Y)], "fyg"),
    (["We want to swap the website's contact person on the filing to our new ops lead. When does an ICP filing need to be changed?",
      "no - that ICP number was issued back when we were with Kingsoft Cloud"],
     ["fyg"], [dict(modify_info=Y), dict(has_alibaba_icp_number=N)], "fyg-"),
    (["is the ICP filing free on alibaba cloud or do you charge a service fee for it?"],
     [], [dict()], "no_match"),
    (["where exactly do i put the ICP number on my homepage? does it have to link to beian.miit.gov.cn?"],
     [], [dict()], "no_match"),
]

EN_B = [
    (["Quick one about domain names and ICP - lanternfish.com.cn resolves to an SLB in cn-shenzhen. ICP required?",
      "yes, that SLB fronts our customer portal web app"],
     ["kbw"], [dict(points_to_mainland=Y), dict(web_service=Y)], "kbw"),
    (["Our domain points at a machine in Ulanqab (cn-wulanchabu) but the only thing on it is a WireGuard VPN endpoint. No website, no HTTP API, nothing web-facing. Does the domain still need ICP?"],
     ["kbw"], [dict(points_to_mainland=Y, web_service=N)], "kbw-"),
    (["bought a couple ECS last month for internal tooling. do they need ICP or does that only matter w/ domains?",
      "no dns record points at them, we just ssh in by ip"],
     ["un3"], [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)], "un3"),
    (["Is it true that ECS instances with no domain resolution don't need an ICP filing? Wondering if that's us.",
      "well, we do resolve one: app.brightpath.io points at our eu-central-1 instance in Frankfurt, it serves our web dashboard"],
     ["un3"], [dict(), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)], "kbw-"),
    (["subdomain question - shop.greenmoss.cn, does that need an ICP filing on its own?",
      "greenmoss.cn was filed through Alibaba Cloud, we got the number last year"],
     ["fvv"], [dict(), dict(tld_filing="alibaba")], "fvv_alibaba"),
    (["The main domain huaxinparts.com got its ICP number through Tencent Cloud, not Alibaba. Do I need an ICP filing in Alibaba Cloud for the second-level domain api.huaxinparts.com?"],
     ["fvv"], [dict(tld_filing="other")], "fvv_other"),
    (["For a second-level domain, do I need a separate ICP filing, or is it covered by the main domain?",
      "the main domain has no ICP number at all, we never filed it"],
     ["fvv"], [dict(), dict(tld_filing="none")], "fvv_none"),
    (["we bought ECS... sorry, I mean we looked at ECS pricing but ended up not buying any. Do we still need an Alibaba Cloud ICP filing?"],
     ["x3g"], [dict(purchased_ecs=N)], "x3g"),
    (["Finance asked me whether the Alibaba Cloud ICP filing is unnecessary for customers who don't purchase ECS, hoping it would save us the paperwork. Does that exemption apply to us? We already purchased four ECS instances for the ERP rollout."],
     ["x3g"], [dict(purchased_ecs=Y)], "x3g-"),
    (["Freelancer here. I've never filed anything with the MIIT in my life, and my domain mingzhao.net.cn was registred last week so it obviously has no filing either. Do I need the initial ICP filing before the site goes live?"],
     ["omc"], [dict(subject_filed=N, domain_filed=N)], "omc"),
    (["My startup has never had an ICP filing. Is the initial filing the thing we need?",
      "the domain does already have one, we bought it from a company that had filed it"],
     ["omc"], [dict(subject_filed=N), dict(domain_filed=Y)], "omc-"),
    (["Our website's filing is with Volcano Engine and we're keeping it there, but we're also deploying on Alibaba Cloud, so we'd add Alibaba Cloud as a second filing provider. Do we need to apply for an ICP filing for that?"],
     ["srs"], [dict(provider_change="add")], "srs"),
    (["We were going to transfer our ICP filing from Sina Cloud to Alibaba Cloud, but management killed the migration, so the filing stays where it is and Alibaba Cloud won't be a provider at all. Is an ICP filing required on the Alibaba side then?"],
     ["srs"], [dict(provider_change="none")], "srs-"),
    (["new domain for a new website, going on an ECS instance we're buying now. do i need to add a website ICP filing?",
      "our company was filed with another provider, Tencent Cloud"],
     ["b24"], [dict(new_website_on_ecs=Y), dict(subject_filing_provider="other")], "b24_other"),
    (["Bit of background: we're a small cosmetics brand, 5 years old, HR has been begging for a proper careers page for ages. Alibaba Cloud already has our entity on file (we did the filing there in 2024). The recruitment site gets its own separate domain and will run on an ECS instance. Do we add a website filing for it?"],
     ["b24"], [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y)], "b24_alibaba"),
    (["When do I need to add a website ICP filing? My new site will sit on an ECS instance, but neither I nor my company has ever been filed with any provider."],
     ["b24"], [dict(subject_filing_provider="none", new_website_on_ecs=Y)], "b24-"),
    (["We renamed the website from 'Mingyue Tea' to 'Mingyue Tea House' and the filing info has to match. Do I have to change the ICP filing?",
      "yep, we got that number when we filed on Alibaba Cloud back in 2021"],
     ["fyg"], [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)], "fyg"),
    (["Our website has an ICP filing number from Alibaba Cloud. We're only resizing the ECS and renewing the domain, nothing about the company or the website info changes. Do I need to change the ICP filing?"],
     ["fyg"], [dict(has_alibaba_icp_number=Y, modify_info=N)], "fyg-"),
    (["Our site is shut down for good. How do I cancel the ICP filing so the number gets released?"],
     [], [dict()], "no_match"),
    (["I'm a foreign national living in China on a passport, no Chinese ID card. Am I even allowed to apply for a personal ICP filing?"],
     [], [dict()], "no_match"),
]

ZH_A = [
    (["我们的域名解析到杭州的ECS上，准备上线公司官网，这种需要备案吗"],
     ["kbw", "un3"], [dict(points_to_mainland=Y, web_service=Y, domain_resolves_to_ecs=Y)], "kbw"),
    (["ECS买了 但是不打算绑域名，就自己跑爬虫用，要备案吗"],
     ["un3"], [dict(domain_resolves_to_ecs=N, purchased_ecs=Y)], "un3"),
    (["请问二级域名需要单独备案吗？比如 bbs.xxx.com 这种",
      "xxx.com 当初是在阿里云这边备的，有备案号"],
     ["fvv"], [dict(), dict(tld_filing="alibaba")], "fvv_alibaba"),
    (["主域名还没备案号，现在想先用 m.duoduoyu.cn 这个二级域名上个h5活动页，得备案吗"],
     ["fvv"], [dict(tld_filing="none")], "fvv_none"),
    (["不买ECS的话是不是就不用在阿里云备案了？想确认下我们算不算",
      "买了的，上周刚下单了一台"],
     ["x3g"], [dict(), dict(purchased_ecs=Y)], "x3g-"),
    (["公司刚注册的，主体从来没备过案，域名也是新买的没备过，首次备案是不是得先在阿里云备案系统里提交才能开通服务？"],
     ["omc"], [dict(subject_filed=N, domain_filed=N)], "omc"),
    (["原来备案是在华为云做的，现在想把主体和域名的备案都迁到阿里云，是要重新提交备案申请吗"],
     ["srs"], [dict(provider_change="transfer")], "srs"),
    (["我们公司主体在西部数码那边备过案了，现在在阿里云买ECS，要给一个新域名建站，需要新增网站备案吗？"],
     ["b24"], [dict(subject_filing_provider="other", new_website_on_ecs=Y)], "b24_other"),
    (["备案信息里的网站负责人要换人了 这个备案需要变更吗",
      "不是阿里云的，备案号是在腾讯云那边拿的"],
     ["fyg"], [dict(modify_info=Y), dict(has_alibaba_icp_number=N)], "fyg-"),
    (["工信部的短信核验一直收不到，备案卡在这一步了咋办"],
     [], [dict()], "no_match"),
]

ZH_B = [
    (["听说ECS只要不做域名解析就不用备案，是这样吗？我们这边不太确定",
      "有域名解析过去的，不过机器在 cn-hongkong，上面跑的是官网"],
     ["un3"], [dict(), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)], "kbw-"),
    (["二级域名 shop.lvyecha.cn 要不要备案啊，主域名是有备案号的",
      "不是阿里云备的，当时在腾讯云做的"],
     ["fvv"], [dict(), dict(tld_filing="other")], "fvv_other"),
    (["我们只在阿里云买了短信服务和企业邮箱，ECS一台都没买也不打算买，还需要做阿里云的ICP备案么"],
     ["x3g"], [dict(purchased_ecs=N)], "x3g"),
    (["之前用个人身份备过案（就是博客那个域名），现在还是拿那个域名做个新版网站，还用走首次备案吗"],
     ["omc"], [dict(subject_filed=Y, domain_filed=Y)], "omc-"),
    (["我们备案现在挂在青云QingCloud，想问下换接入商或者加接入商这种，什么情况下要在阿里云办备案？",
      "目前都没打算，备案还是留在青云，就先了解下"],
     ["srs"], [dict(), dict(provider_change="none")], "srs-"),
    (["我们网站目前在百度智能云接入备案，现在想多加个阿里云做接入（两边都用），要重新申请ICP备案吗"],
     ["srs"], [dict(provider_change="add")], "srs"),
    (["我们主体之前就在阿里云备过，这次新网站放ECS上 用的是新域名，是不是要新增网站备案"],
     ["b24"], [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y)], "b24_alibaba"),
    (["公司主体在阿里云备过了，新网站要新增网站备案吗？",
      "不放ECS，用的是别家的虚拟主机"],
     ["b24"], [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=N)], "b24-"),
    (["麻烦问下，我们网站备案号是阿里云这边的，公司搬家了注册地址也变了，备案里的主体信息要改，是在阿里云备案平台上做变更吗"],
     ["fyg"], [dict(has_alibaba_icp_number=Y, modify_info=Y)], "fyg"),
    (["备案被驳回了，说网站名称不合规，网站名称一般咋起才能过审？"],
     [], [dict()], "no_match"),
]

FILES = [
    ("en_a.jsonl", EN_A, 20, 2, 20261205),
    ("en_b.jsonl", EN_B, 20, 2, 20261206),
    ("zh_a.jsonl", ZH_A, 10, 1, 20261207),
    ("zh_b.jsonl", ZH_B, 10, 1, 20261208),
]

# --------------------------------------------------------------------------------------------
errors = []


def err(msg):
    errors.append(msg)


def check_contract():
    contract = open(CONTRACT, encoding="utf-8").read()
    seed = open(SEED, encoding="utf-8").read()
    for sid in SEC.values():
        if "| " + sid + " |" not in contract:
            err("section id not in contract table: " + sid)
        if "{#" + sid + " " not in seed:
            err("section id not in seed anchors: " + sid)
    rules_part = contract.split("## Rules", 1)[1].split("\n## ", 1)[0]
    quoted = {}
    for line in rules_part.splitlines():
        m = re.match(r"- (\w+):", line)
        if m:
            for q in re.findall(r'"([^"]+)"', line):
                quoted[q] = m.group(1)
    if len(quoted) != 11:
        err("expected 11 quoted rule sentences in contract, found %d" % len(quoted))
    for key, s in RULE.items():
        if s not in quoted:
            err("rule %s not verbatim in contract" % key)
        elif quoted[s] != RULE_SEC[key]:
            err("rule %s belongs to %s in contract" % (key, quoted[s]))
        if s not in seed:
            err("rule %s not in seed" % key)
    if set(quoted) != set(RULE.values()):
        err("contract rule sentences differ from RULE table")
    facts_part = contract.split("## Facts", 1)[1].split("\n## ", 1)[0]
    for f, vals in FACTS.items():
        m = re.search(r"\| %s \| ([^|]+) \|" % f, facts_part)
        if not m:
            err("fact not in contract: " + f)
            continue
        cv = {v.strip() for v in m.group(1).split("/")}
        if cv != vals:
            err("fact values differ for %s: %s" % (f, cv))


def expect_obj(outcome):
    if outcome == "no_match":
        return {"type": "no_match"}
    if outcome.endswith("-"):
        return {"type": "answer", "section": SEC[outcome[:-1]], "rule": None}
    return {"type": "answer", "section": SEC[RULE_SEC[outcome]], "rule": RULE[outcome]}


def check_dialogue(name, d):
    turns, starts, facts, outcome = d
    tag = "%s: %r" % (name, turns[0][:50])
    if len(turns) != len(facts):
        err(tag + ": turns/facts length mismatch")
        return
    if outcome not in ALL_OUTCOMES + ["no_match"]:
        err(tag + ": unknown outcome " + outcome)
    for fd in facts:
        for f, v in fd.items():
            if f == "*":
                continue
            if f not in FACTS or v not in FACTS[f]:
                err(tag + ": bad fact %s=%s" % (f, v))
    if outcome == "no_match":
        if starts or len(turns) != 1:
            err(tag + ": no_match must be one turn, no start")
        return
    if not starts:
        err(tag + ": no start section")
    want_sec = RULE_SEC.get(outcome, outcome.rstrip("-"))
    for st in starts:
        for eager in (True, False):
            errs = []
            res = replay(st, dict((k, v) for k, v in facts[0].items() if k != "*"),
                         facts, 1, eager, errs, [st])
            for e in errs:
                err("%s [start %s, %s]: %s" % (tag, st, "eager" if eager else "collect", e))
            if res != {(outcome, want_sec)}:
                err("%s [start %s, %s]: outcomes %s != %s" % (tag, st, "eager" if eager else "collect",
                                                            sorted(res), outcome))


def norm(s):
    return re.sub(r"[\W_]+", "", s.lower())


def prior_turns():
    out = []

    def walk(o):
        if isinstance(o, str):
            out.append(o)
        elif isinstance(o, list):
            for x in o:
                walk(x)
        elif isinstance(o, dict):
            for k, v in o.items():
                if k != "expect":
                    walk(v)

    files = sorted(glob.glob(PRIOR_GLOB, recursive=True))
    for f in files:
        if os.path.abspath(f).startswith(HERE):
            continue
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    walk(json.loads(line))
    return files, out


def check_repeats():
    files, prior = prior_turns()
    pn = [norm(p) for p in prior]
    pset = set(pn)
    mine = [(n, t) for n, ds, *_ in FILES for d in ds for t in d[0]]
    hits = 0
    for name, t in mine:
        n = norm(t)
        if n in pset:
            err("%s: turn repeats a prior turn: %r" % (name, t))
            hits += 1
            continue
        for p in pn:
            if len(n) >= 8 and len(p) >= 8:
                sm = difflib.SequenceMatcher(None, n, p, autojunk=False)
                if sm.real_quick_ratio() >= 0.8 and sm.quick_ratio() >= 0.8 and sm.ratio() >= 0.8:
                    err("%s: turn nearly repeats a prior turn (ratio %.2f): %r" % (name, sm.ratio(), t))
                    hits += 1
                    break
    seen = {}
    for name, t in mine:
        n = norm(t)
        if n in seen:
            err("%s: turn repeats own turn in %s: %r" % (name, seen[n], t))
        seen[n] = name
    own = list(seen.items())
    for (a, na), (b, nb) in itertools.combinations(own, 2):
        if len(a) >= 8 and len(b) >= 8 and difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.8:
            err("own near-repeat between %s and %s" % (na, nb))
    print("repeat check: %d prior files, %d prior turns, %d own turns, %d hits"
          % (len(files), len(prior), len(mine), hits))


def check_counts_and_coverage():
    zh_cov = set()
    for name, ds, n, nm, _ in FILES:
        if len(ds) != n:
            err("%s: %d dialogues, want %d" % (name, len(ds), n))
        k = sum(1 for d in ds if d[3] == "no_match")
        if k != nm:
            err("%s: %d no_match, want %d" % (name, k, nm))
        cov = {d[3] for d in ds}
        if name.startswith("en"):
            miss = set(ALL_OUTCOMES) - cov
            if miss:
                err("%s misses outcomes %s" % (name, sorted(miss)))
            if not any(d[1] == ["un3"] and d[3].startswith("kbw") for d in ds):
                err("%s has no un3 -> kbw hand-over" % name)
        else:
            zh_cov |= cov
            secs = {RULE_SEC.get(o, o.rstrip("-")) for o in cov if o != "no_match"}
            if len(secs) < 7:
                err("%s covers only %d sections" % (name, len(secs)))
            for d in ds:
                if not re.search(r"[\u4e00-\u9fff]", d[0][0]):
                    err("%s: not Chinese: %r" % (name, d[0][0]))
    miss = set(ALL_OUTCOMES) - zh_cov
    print("ZH halves together miss: %s" % (sorted(miss) or "nothing"))


def spread():
    rows = ALL_OUTCOMES[:]
    order = ["kbw", "kbw-", "un3", "fvv_alibaba", "fvv_other", "fvv_none", "x3g", "x3g-", "omc", "omc-",
             "srs", "srs-", "b24_other", "b24_alibaba", "b24-", "fyg", "fyg-", "no_match"]
    assert set(order) == set(rows + ["no_match"])
    print("| outcome | en_a | en_b | zh_a | zh_b | total |")
    print("|---|---|---|---|---|---|")
    for o in order:
        cs = []
        for name, ds, *_ in FILES:
            c = sum(1 for d in ds if d[3] == o)
            via = sum(1 for d in ds if d[3] == o and d[1] == ["un3"] and o.startswith("kbw"))
            cs.append("%d%s" % (c, " (%d via un3)" % via if via else ""))
        tot = sum(1 for _, ds, *_ in FILES for d in ds if d[3] == o)
        print("| %s | %s | %d |" % (o, " | ".join(cs), tot))
    turns = {}
    for name, ds, *_ in FILES:
        for d in ds:
            turns.setdefault(name[:2], {}).setdefault(len(d[0]), 0)
            turns[name[:2]][len(d[0])] += 1
    print("turns per dialogue:", {k: dict(sorted(v.items())) for k, v in turns.items()})


def write():
    for name, ds, _, _, seed in FILES:
        lines = [json.dumps({"turns": d[0], "expect": expect_obj(d[3])}, ensure_ascii=False) for d in ds]
        random.Random(seed).shuffle(lines)
        path = os.path.join(HERE, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        # validate what was written
        with open(path, encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                o = json.loads(line)
                if set(o) != {"turns", "expect"} or not o["turns"] or not all(isinstance(t, str) and t.strip() for t in o["turns"]):
                    err("%s:%d bad shape" % (name, i))
                e = o["expect"]
                if e["type"] == "answer":
                    if e["section"] not in SEC.values() or (e["rule"] is not None and e["rule"] not in RULE.values()):
                        err("%s:%d bad expect" % (name, i))
                elif e != {"type": "no_match"}:
                    err("%s:%d bad expect" % (name, i))
        print("wrote %s (%d lines)" % (name, len(lines)))


def main():
    check_contract()
    for name, ds, *_ in FILES:
        for d in ds:
            check_dialogue(name, d)
    check_counts_and_coverage()
    check_repeats()
    if errors:
        print("\n".join("ERROR: " + e for e in errors))
        sys.exit(1)
    write()
    if errors:
        print("\n".join("ERROR: " + e for e in errors))
        sys.exit(1)
    spread()
    print("OK")


if __name__ == "__main__":
    main()
