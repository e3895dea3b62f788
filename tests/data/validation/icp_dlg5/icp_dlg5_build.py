#!/usr/bin/env python3
"""Build the icp_dlg5 blind dialogue set (fifth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only.
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
  - counts, coverage, simplified Chinese in the zh files;
  - no turn repeats or nearly repeats (normalised equality, or difflib ratio >= 0.8) a turn of an
    earlier set or another turn of this set. Earlier sets' lines are never printed.

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
PRIOR_GLOBS = ["/work/blind/prior/**/*.jsonl", "/work/blind/format_example.jsonl"]

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
Y, N = "yes", "no"

EN_A = [
    # kbw rule, one turn, hurried developer; an ECS mention may route via un3
    (["quick q - app.getpaidfast.cn has an A record to our ECS in cn-shanghai and it serves the customer web dashboard. ICP needed or not?"],
     [dict(points_to_mainland=Y, web_service=Y, domain_resolves_to_ecs=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise, non-native speaker, server abroad
    (["Hello, I have one domain for my company homepage, just normal web pages for customers. Is need ICP filing for this domain or not?",
      "Server is in Frankfurt, Germany. We not have any server inside China."],
     [dict(web_service=Y), dict(points_to_mainland=N)],
     ["kbw"], ("kbw", None)),
    # un3 rule, manager with long background
    (["Some context before my question. Our data team bought four ECS instances in cn-beijing last quarter for nightly ETL jobs. "
      "Nothing public-facing runs on them, and no domain name resolves to any of them; engineers get in over SSH by IP through a bastion host. "
      "Finance now wants to know if we have an ICP compliance gap on these machines. Do we need an ICP Filing for them?"],
     [dict(domain_resolves_to_ecs=N, purchased_ecs=Y, web_service=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn
    (["planning to spin up docs.lumenpay.cn. the parent lumenpay.cn was already filed with Alibaba Cloud last year - does the subdomain need its own ICP filing?"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, unsure user
    (["Hmm, I'm not sure how this works... does a second-level domain like api.ourbrand.com.cn need its own ICP?",
      "I think ourbrand.com.cn does have an ICP number. Just checked with IT: it was filed back when we were hosted at Tencent Cloud, so it wasn't done through Alibaba."],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, negation
    (["our root domain has zero ICP number, it was never filed anywhere. can i just start using shop.myrootdomain.com or does that second-level domain need a filing first?"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, fact given in the reply
    (["Does buying (or not buying) ECS instances change whether I need an Alibaba Cloud ICP filing?",
      "We haven't purchased any and we're not going to. The only thing we have at Alibaba is the domain registration."],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, ECS owned
    (["I read that you don't need an Alibaba Cloud ICP filing if you don't buy any ECS. Does that exemption still hold for us? We do own ECS: two instances, paid for two weeks ago."],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, unusual wording in the reply
    (["Totally new to hosting in China. My one-person consultancy has never gone through ICP filing of any kind. Is the initial filing the one I need before launch?",
      "the domain's in the same boat, nobody has ever filed it."],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, contrast in one message
    (["We just regestered a new domain that has never been filed, but our company itself completed an ICP filing back in 2021 for the old site. Does the initial ICP filing apply in our case?"],
     [dict(domain_filed=N, subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer)
    (["We're leaving Baidu AI Cloud and bringing our hosting over to Alibaba Cloud, along with the ICP filing of the company and its domain. Do we have to apply for an ICP filing for that move?"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, hearsay in the question, neither in the reply
    (["Someone on our team said that moving an ICP filing over to Alibaba Cloud, or adding Alibaba as an extra provider, means applying for a new filing. Does that apply to us?",
      "We're doing neither of those. The filing stays with our current provider and Alibaba isn't being added."],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, several facts at once
    (["Our company's ICP filing is with China Telecom's cloud (CTYun). We're now buying ECS on Alibaba Cloud to host a new product website on a brand new domain, go-live next month. Do we need to add a website filing?"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, sentence instead of yes
    (["The subject filing for our company went through Alibaba Cloud last year. We're now launching a second brand with its own domain. Is a website ICP filing needed to add it?",
      "The plan is to deploy it on the same ECS instance that already runs our first site."],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, not on ECS
    (["our entity was filed with Alibaba Cloud. there's a new landing page on a new domain but it'll be hosted on Cloudflare Pages, not on ECS or anything else at Alibaba. do I need to add a website ICP filing?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, modify given as a story
    (["We moved offices last month, so the company address on our ICP filing is out of date now. Does the filing need to be changed?",
      "Yep, our ICP number was issued through Alibaba Cloud's filing system."],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, number from another provider
    (["Our ICP number came from UCloud, not Alibaba. We need to swap the website's person in charge. Do we have to change the filing on the Alibaba Cloud ICP Filing platform?"],
     [dict(has_alibaba_icp_number=N, modify_info=Y)],
     ["fyg"], ("fyg", None)),
    # kbw rule via un3 hand-over
    (["Just bought ECS. I heard ICP is only triggered when a domain name points to the instance, is that right? It'll serve our hotel's booking web app.",
      "Yes, booking.seaviewhotel.cn already resolves to it, and the instance is in cn-qingdao."],
     [dict(purchased_ecs=Y, web_service=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # no_match
    (["Our ICP number just got approved. What exactly do we have to put in the site footer, and should the number link to the MIIT website?"],
     [dict()], [], "no_match"),
    (["Our filing was rejected because the website name 'Best China Deals' isn't allowed. What are the naming rules for website names?"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule, web service described in the reply
    (["Does my domain need ICP filing? it points to a server in Guangzhou",
      "It'll host our public website plus a JSON API over HTTPS that the mobile app calls."],
     [dict(points_to_mainland=Y), dict(web_service=Y)],
     ["kbw"], ("kbw", "kbw")),
    # kbw otherwise, mainland but no web service
    (["my domain resolves to a box in Hangzhou but the only thing on it is a mail server (SMTP/IMAP). no website, nothing over HTTP. does the domain still require ICP?"],
     [dict(points_to_mainland=Y, web_service=N)],
     ["kbw"], ("kbw", None)),
    # un3 rule, fact given in the reply
    (["For ECS instances, does ICP depend on whether they're reached through domain name resolution?",
      "Nah, clients connect using the elastic IP directly. There isn't a DNS record pointing at it anywhere."],
     [dict(), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, non-native speaker
    (["Hi, we want use m.ourstore.cn for the mobile version. This second-level domain need separate ICP filing or no?",
      "ourstore.cn is already filed in Alibaba Cloud, we finish it on March."],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn
    (["status.acmetools.cn: the parent acmetools.cn has an ICP number, but that filing was done by our old host Huawei Cloud, not Alibaba. Do I need to file anything for the subdomain?"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, reply
    (["Is ICP filing needed for second-level domain names? e.g. shop.brightkettle.com",
      "The top-level one has no ICP number. We never got around to filing it."],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn
    (["We don't buy ECS at all, the whole stack runs on AWS. Is an Alibaba Cloud ICP filing still required for us?"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, correction inside the message
    (["We haven't bought any ECS... wait, actually my cofounder ordered one yesterday evening. So does the 'no ECS, no Alibaba Cloud ICP filing' thing still apply to us?"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, both negatives in one sentence
    (["Neither our company nor our domain has ever been through ICP filing. Do we need the initial filing before we switch the service on?"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, subject filed before (given in the reply)
    (["Our domain is fresh off the registrar, zero filing history. Does that put us in initial ICP filing territory?",
      "Our company has filed before, for our other website, back in 2022."],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (add)
    (["Our ICP filing is with West.cn right now. Do I have to apply for a filing if Alibaba Cloud becomes our provider, either instead of West.cn or next to it?",
      "We'd keep West.cn and bring Alibaba Cloud in alongside it as a second provider."],
     [dict(), dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, explicit negations
    (["My boss asked whether the provider-transfer filing applies to us. To be clear: we're staying with China Mobile Cloud, we're not moving the ICP filing to Alibaba, and we're not adding Alibaba as an extra provider either. Do we need to apply?"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, reply gives the hosting
    (["Our company was filed with a different service provider, Kingsoft Cloud. Do we have to add a website ICP filing for a new site?",
      "That new site, with its own new domain, is going on the ECS instances we're purchasing on Alibaba Cloud."],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, terse chat style
    (["filed our company w/ alibaba cloud in 2023. new website + new domain going onto our existing ECS. website filing needed??"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, subject never filed
    (["Do I need to add a website ICP filing? The new site will sit on an ECS instance.",
      "Our company has never been filed with anyone. This would be the first time."],
     [dict(new_website_on_ecs=Y), dict(subject_filing_provider="none")],
     ["b24"], ("b24", None)),
    # fyg rule, one turn
    (["Our site's ICP number was issued through Alibaba Cloud, and the company's legal representative just changed, so we need to update that on the filing. Is a filing change required?"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, nothing to modify (sentence instead of no)
    (["Our website's ICP number is from Alibaba Cloud. When does the ICP filing need to be changed?",
      "Right now nothing about the company or the site is different; I'm just asking ahead of time."],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=N)],
     ["fyg"], ("fyg", None)),
    # kbw otherwise via un3 hand-over (Singapore)
    (["Our marketing website runs on an ECS instance we bought. Does ICP for ECS hinge on DNS, i.e. whether a domain name points at the instance?",
      "Yes, www.ourbrand.com resolves to it, but the instance is in Singapore, not on the mainland."],
     [dict(purchased_ecs=Y, web_service=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N)],
     ["un3", "kbw"], ("kbw", None)),
    # no_match
    (["Can I pay my Alibaba Cloud bills with PayPal, or is it credit card only?"],
     [dict()], [], "no_match"),
    (["Does the person in charge have to do the face verification in the app from inside China, or can they do it while travelling abroad?"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw rule via un3 hand-over
    (["刚买了台ECS，是不是只有域名解析过去才需要ICP备案？上面跑的是我们公司官网",
      "对，域名已经解析到这台机器了，地域是cn-hangzhou"],
     [dict(purchased_ecs=Y, web_service=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule
    (["ECS就拿来做数据备份和跑脚本，没有任何域名解析到它上面，这种情况要不要备案啊？"],
     [dict(domain_resolves_to_ecs=N, purchased_ecs=Y)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba
    (["想给官网加个 m. 开头的二级域名做手机站，这个要另外备案不？",
      "主域名之前就在阿里云备过了"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv none
    (["主域名一直没备案，也没有ICP号，现在想直接用 api.主域名 这样的二级域名，需要备案吗"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule
    (["我们没在阿里云买任何ECS，服务器都在别家，阿里云这边还需要做ICP备案吗？"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc otherwise, subject filed before (reply)
    (["首次备案一般什么情况下要做？我们的域名是新注册的，还没备过案",
      "公司主体前两年给另一个网站备过案了"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer)
    (["打算换接入商，把主体和域名的备案从华为云转到阿里云，这个需要申请备案吗？"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # b24 other
    (["我们主体的备案是在天翼云做的。最近在阿里云下单了ECS，打算跑一个全新域名的官网，这种是不是得新增网站备案？"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # fyg rule
    (["公司地址变了，备案信息要跟着改，需要做变更备案吗",
      "是的，备案号是通过阿里云备案系统办下来的"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # no_match
    (["管局审核的时候会打电话核验吗？一般都问些啥"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw otherwise, Hong Kong
    (["域名解析到香港的服务器上，做网站用的，要不要ICP备案？"],
     [dict(points_to_mainland=N, web_service=Y)],
     ["kbw"], ("kbw", None)),
    # fvv other
    (["子域名 shop.abc.cn 需要备案吗",
      "abc.cn 有备案号，不过是在西部数码备的，不是阿里云"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # x3g otherwise
    (["听说不买ECS就不用在阿里云备案？我们上周刚买了两台ECS，那还适用吗"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule
    (["我们是刚成立的公司，主体从来没备过案，是要做首次备案吗",
      "域名也没有备过，上个月才注册的"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # srs otherwise
    (["转接入或者新增阿里云为接入商的时候要备案吗？",
      "我们暂时两样都不打算做，备案还放在原来那家"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # srs rule (add)
    (["备案现在在腾讯云，想保留腾讯云的同时把阿里云也加为接入商，需要申请备案吗"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # b24 alibaba, longer background
    (["我们是做跨境电商的，主体去年已经在阿里云备过案了。现在要上一个新品牌站，新域名，打算放在ECS上，请问需要新增网站备案吗？"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, not on ECS (reply)
    (["主体早就在阿里云备好了。现在又弄了个新站，要不要新增网站备案？",
      "不放ECS，放在我们自己公司机房的服务器上"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg otherwise, number not from Alibaba
    (["我们的备案号是在百度智能云办的，不是阿里云，现在想换网站负责人，要在阿里云变更备案吗"],
     [dict(has_alibaba_icp_number=N, modify_info=Y)],
     ["fyg"], ("fyg", None)),
    # no_match
    (["ECS安全组怎么放行443端口？https一直打不开"],
     [dict()], [], "no_match"),
]

FILES = [("en_a", EN_A, 20261205), ("en_b", EN_B, 20261206),
         ("zh_a", ZH_A, 20261207), ("zh_b", ZH_B, 20261208)]

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
        paths.update(glob.glob(g, recursive=True))
    for p in sorted(paths):
        if os.path.abspath(p).startswith(HERE + os.sep):
            continue
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
