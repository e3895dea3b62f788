#!/usr/bin/env python3
"""Build the icp_dlg13 blind dialogue set (thirteenth writer): 40 dialogues, all in simplified Chinese.

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, simplified-Chinese check, writer)
is reused unchanged from /work/blind/icp_dlg12/icp_dlg12_build.py. New here: this docstring, the two
dialogue lists, the file layout (zh_a and zh_b only, 20 lines each = 18 answers + 2 no_match, each half
covering all 11 rules and all 6 "otherwise" answers) and the shuffle seeds. Every dialogue is new and written
for this set (new personas, businesses, providers, regions and phrasings, in mainland chat style).

Every dialogue is held by hand in the lists below, annotated with:
  - start: the section(s) the first message plausibly asks about,
  - facts: one dict per turn, the contract facts that turn states
    (ANY_NO = a reply like "没有，从来没" that answers whichever yes/no fact is asked with "no"; unused here),
  - expect: (section short id, rule key or None) or "no_match".

Checks:
  - section ids, fact ids and fact values against the contract tables;
  - the 11 rule sentences word for word against the contract and the seed;
  - a replay of the contract's rules over every asking order, for an eager bot (answers as soon
    as the outcome is settled) and a collect-everything bot, from every listed start section;
    each replay must use exactly the written turns and end in `expect`;
  - counts (20/18/2 per file), coverage of every rule and "otherwise" answer in each file, simplified
    Chinese in every turn; at most two turns, except that a third turn is allowed when every reply is a
    generic ANY_NO reply (so any asking order fits);
  - no turn repeats or nearly repeats (normalised equality, or difflib ratio >= 0.8) a turn of an
    earlier set (/work/blind/prior/**, the other /work/blind/icp_dlg* folders, format_example.jsonl)
    or another turn of this set. Earlier sets' lines are never printed.

Writes zh_a.jsonl and zh_b.jsonl next to this script and prints the spread.
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


ZH_A = [
    # kbw rule via un3: seafood wholesaler in 华北1（青岛）; the reply gives DNS, region and an ordering web page
    (["打扰了各位，我们在华北1（青岛）开了台 ECS，山东本地做海鲜干货批发的。想问下 ECS 要不要备案，是不是取决于有没有域名解析过去？",
      "有解析，dinghuo.haiweiyuan.cn 指的就是青岛那台，上面是给批发客户订货的网页，他们用电脑浏览器登录就能下单"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, one turn: cross-border shop on an ECS in Hong Kong
    (["做跨境独立站的，域名 A 记录指到阿里云香港那台 ECS 上，海外买家都是用浏览器逛店下单。香港不算内地，那这个域名还得备案不"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule: video transcoding boxes; the reply says nothing points at them
    (["刚买了两台ecs做视频转码 听说要不要备按跟域名解析有关系 具体咋判断啊",
      "没有域名指向它俩，转码任务都是从消息队列里拉的，公网压根访问不到"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: candy shop subdomain; the reply says the parent was filed in the Alibaba Cloud system
    (["萌新求问：打算开个 shop.tangguowu.cn 卖手工糖果，这种二级域名需不需要单独备案呀~",
      "tangguowu.cn 是前年在阿里云提交的备案，审核通过以后备案号直接就在阿里云控制台里显示"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: exam subdomain, parent filed via 西部数码
    (["顶级域名 lanshanjiaoyu.com 有备案号的，不过是当年西部数码帮忙办的，并非阿里云。现在想把 kaoshi.lanshanjiaoyu.com 放到阿里云上做在线考试，这个二级域名要备案吗"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn: wiki subdomain; the message corrects its own assumption
    (["二级域名 wiki.qingmuxiaowu.cn 准备放内部知识库。主域名我一直以为备过案……刚去工信部的备案查询网站搜了一下，啥也查不到，确认是没有备案号的。那这个二级域名要不要备案？"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: only domain + SMS on Alibaba Cloud, topicalised "ECS 我们一台都没有"
    (["我们在阿里云只买了域名和短信服务，ECS 我们一台都没有，网站放在自己公司机房里。这样还需要阿里云备案吗？"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise: baking school; the reply says two ECS bought in the 618 sale
    (["阿里云备案跟 ECS 挂不挂钩啊？我们是做烘焙培训的小工作室，对这些完全不懂，求大佬解答",
      "618 那会儿公司采购了两台 ECS，包月的，现在一直在用"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule: person never filed (first), domain just registered (reply)
    (["个人开发者，第一次做网站，我本人之前从来没备过案。想知道啥时候要做首次备案",
      "域名是前两天刚注册的，之前肯定没人给它备过"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise: new domain never filed (first), company filed before (reply)
    (["新注册了个域名 yunduanyaofang.cn，还没备过案，准备拿来做药房的线上预约。这种要走首次备案吗",
      "公司主体早就备过了，之前给另一个官网办过备案"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer), one turn: from 京东云, with 把
    (["我们准备把主体和域名的备案从京东云整个转到阿里云来，京东云那边服务器到期就不续了。这种情况要在阿里云申请备案吗"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs rule (add): filing with 天翼云; the reply keeps it and adds Alibaba Cloud
    (["备案现在挂在天翼云，请问阿里云这边一般什么情况下需要申请备案",
      "天翼云那边不撤，就是想把阿里云也加进来，当我们网站的第二个备案接入商，两边的服务器都要用"],
     [dict(), dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: stays with 华为云, Alibaba Cloud only for mail
    (["备案在华为云，并不打算转到阿里云，也不打算把阿里云加成新的接入商，阿里云这边只用了企业邮箱。那我们还需要在阿里云申请备案吗？"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other: subject filed with 青云 QingCloud (first), new site on an ECS ordered this week (reply)
    (["公司主体之前在青云 QingCloud 备过案。现在要做一个新网站，用新域名，啥情况下需要新增网站备案",
      "新站就放在这周刚下单的阿里云 ECS 上"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: milk-tea franchise site on the existing ECS
    (["我们公司当初就是通过阿里云备的案，主体那块没问题。奶茶加盟项目想单独搞个站，域名新买的，程序打算丢到现在那台 ECS 上跑，要不要新增网站备案呢"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: new pet-boarding site on ECS (first), shop never filed anywhere (reply)
    (["新域名的网站准备用 WordPress 搭在阿里云 ECS 上，做宠物寄养预约的，想问下新增网站备案要满足什么条件",
      "我们家店从来没办过备案，阿里云没有，别家也没有"],
     [dict(new_website_on_ecs=Y), dict(subject_filing_provider="none")],
     ["b24"], ("b24", None)),
    # fyg rule: contact phone changed (first), number from Alibaba Cloud (reply)
    (["网站负责人手机号换了，备案上登记的还是旧号码，这个要去变更吗",
      "这个站当年就是走阿里云的备案流程拿到的号，一直没换过接入商"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: number from Alibaba Cloud, only an ECS upgrade, nothing in the filing changes
    (["备案号是阿里云那边拿的。这次只是把 ECS 从 2 核升到 4 核，主体和网站的信息一个字都没变，这也需要变更备案吗"],
     [dict(has_alibaba_icp_number=Y, modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match: words allowed in the website name
    (["备案的时候网站名称里能不能带“商城”“官方”这类字眼？"],
     [dict()], [], "no_match"),
    # no_match: ads on a personal filing
    (["个人备案的网站可以挂广告赚钱吗 比如接个 AdSense"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw rule: quote site on ECS with a web form (first); the reply corrects 香港 to 深圳
    (["装修公司的报价网站，域名已经解析到我们的阿里云 ECS 了，客户在网页上填一下户型就能出报价。这个域名要备案吗！！",
      "服务器在香港……不对，是深圳，控制台里写的是华南1（深圳）"],
     [dict(domain_resolves_to_ecs=Y, web_service=Y, purchased_ecs=Y), dict(points_to_mainland=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: game publisher; the reply gives DNS, Singapore and an event web page
    (["刚入手一台 ECS，想问下备不备案跟有没有域名解析过去有关系没",
      "有个域名 play.xingyueyouxi.com 解析过去了，机器在新加坡（ap-southeast-1），上面是给海外玩家看的活动网页"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # kbw otherwise, one turn: game server domain in cn-beijing, TCP only, no web
    (["游戏服域名 s1.longyinshouyou.cn 解析到 cn-beijing 的 ECS 上，只跑客户端的 TCP 长连接，自定义协议，没有网页也没有 HTTP 接口。这个域名要不要备案"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=N, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule, one turn: build machines in cn-shenzhen, private IPs only
    (["在 cn-shenzhen 买了四台 ECS 当 Jenkins 构建机和跑批任务，全程只走内网 IP，没有任何域名指向它们，这种需要做备案吗"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: help-center subdomain, parent filed on Alibaba Cloud
    (["主域名 yunqiaoshuyuan.com 是在阿里云备的案，备案号也是阿里云那边下来的，现在想开个 help.yunqiaoshuyuan.com 做帮助中心，二级域名用不用再备？"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: orchard subdomain; the reply hedges, then settles on 腾讯云
    (["问下 二级域名 app.beiguoshuiguo.cn 打算解析到阿里云上做果园认养的页面，要不要另外备案",
      "主域名有备案号，我印象中是腾讯云办的……翻了下当年的邮件，确认是腾讯云，不是阿里云"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: media company subdomain; the reply says the parent was never filed (被)
    (["二级域名是不是都得备案啊？？我们想上一个 vip.xiaoyuchuanmei.cn",
      "主域名也没有备案号，之前一直被挂在美国的服务器上，从来没备过"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: community book corner; the reply says no ECS, only a domain
    (["阿里云备案是不是得看买没买 ECS？我们是社区图书角的公益项目，想先弄清楚",
      "ECS 没买过，我们在阿里云就注册了个域名，网站放在合作方的服务器上"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: quotes the rule, then its own ECS (typo 以经)
    (["看到说不买 ECS 就不需要阿里云备案。可我们的情况是 ECS 去年就以经买了，现在还跑着小程序后端，那阿里云备案是不是就躲不掉了"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: new studio, nothing filed
    (["工作室上个月刚拿到营业执照，公司和域名都是头一回，之前谁都没备过案，上线前要先做首次备案吗"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: hedge settled in the message, both filed in 2020
    (["公司和域名好像是……对，查过了，2020 年就一起备过案了。现在只是把网站挪到阿里云服务器上，还用得着走首次备案么"],
     [dict(subject_filed=Y, domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer): filing with 西部数码; the reply moves everything to Alibaba Cloud (把)
    (["我们原来的备案在西部数码，什么情况下需要在阿里云这边重新申请备案",
      "打算把主体和域名的备案整个迁到阿里云，西部数码那边以后就不用了"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise: filing with 移动云; the reply neither transfers nor adds
    (["备案一直在移动云，想了解下啥情况要来阿里云办备案",
      "转肯定不转，加接入商也没必要，备案就老老实实留在移动云，阿里云只是拿来做数据备份"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, one turn: subject filed with 百度智能云, new domain on a new ECS
    (["主体是在百度智能云备的案，这次在阿里云新买了 ECS，打算放一个新域名的网站上去，需要新增网站备案吗"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: B&B site on the ECS at hand (first), subject filed on Alibaba Cloud (reply)
    (["我们要给新开的民宿做个网站，新域名，就放在手上那台 ECS 里。这种啥时候要新增网站备案",
      "主体备案当初就是在阿里云办的"],
     [dict(new_website_on_ecs=Y), dict(subject_filing_provider="alibaba")],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: subject on Alibaba Cloud, new site on web hosting, not ECS
    (["主体在阿里云备过，新网站打算放的不是 ECS，而是阿里云的虚拟主机，以后也不会买 ECS。这样要新增网站备案吗"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: website name to be changed, number from Alibaba Cloud
    (["备案号是阿里云办的，网站名称想从“小林咖啡”改成“林间咖啡烘焙”，备案里的网站信息得跟着改，需要变更备案吗"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise: number from Alibaba Cloud (first), nothing to modify (reply)
    (["我们网站的备案号是阿里云下来的，想问问一般什么情况要变更备案",
      "暂时没啥要改的，负责人、地址、网站名称都没变，就是先了解一下"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match: when the number must be shown in the footer
    (["备案通过以后多久之内要把备案号挂到网站底部？不挂会被罚吗"],
     [dict()], [], "no_match"),
    # no_match: which province's administration rules apply
    (["公司在外地注册、人在杭州办公，备案要按哪个省管局的规则来"],
     [dict()], [], "no_match"),
]

FILES = [("zh_a", ZH_A, 20261501), ("zh_b", ZH_B, 20261502)]


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
        want = (20, 18, 2)
        if (len(ds), n_ans, n_nm) != want:
            err(f"{name}: counts {(len(ds), n_ans, n_nm)} != {want}")
        if True:
            rules = {d[3][1] for d in ds if d[3] != "no_match" and d[3][1]}
            oth = {d[3][0] for d in ds if d[3] != "no_match" and not d[3][1]}
            if rules != all_rules:
                err(f"{name}: missing rules {sorted(all_rules - rules)}")
            if oth != set(OTHERWISE):
                err(f"{name}: otherwise coverage {sorted(oth)} != {OTHERWISE}")
        if name.startswith("zh"):
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
