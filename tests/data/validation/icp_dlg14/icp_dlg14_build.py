#!/usr/bin/env python3
"""Build the icp_dlg14 blind dialogue set (fourteenth writer): 40 dialogues, all in simplified Chinese.

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, simplified-Chinese check, writer)
is reused unchanged from /work/blind/icp_dlg13/icp_dlg13_build.py. New here: this docstring, the two
dialogue lists and the shuffle seeds (20261601, 20261602). The file layout is icp_dlg13's: zh_a and zh_b
only, 20 lines each = 18 answers + 2 no_match, each half covering all 11 rules and all 6 "otherwise"
answers, with one un3 -> kbw hand-over per half. Every dialogue is new and written for this set (new
personas, businesses, providers, regions and phrasings, in mainland chat style).

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
    earlier set (/work/blind/prior/**, the other /work/blind/icp_dlg* folders including icp_dlg13,
    format_example.jsonl) or another turn of this set. Earlier sets' lines are never printed.

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
    # kbw otherwise via un3: study-abroad agency; the reply gives DNS, Tokyo region and a sign-up web page
    (["我们是做留学咨询的，上周在阿里云开了台 ECS。想搞清楚一件事：ECS 备不备案，和有没有域名解析到它身上有啥关系",
      "域名 apply.haoxueliuxue.com 的 A 记录已经指向它了，不过那台机器开在日本东京的地域，上面放的是学生填报名表的网页"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # kbw rule: driving school; region corrected inside the first message, web service in the reply
    (["驾校这边注册了 xueche-an.cn，DNS 已经解析到华东1……哦不，是华东2（上海）的服务器上了。请问这种域名要不要做 ICP 备案",
      "服务器上跑的是学员约练车的页面，手机浏览器直接打开就能挑时间"],
     [dict(points_to_mainland=Y), dict(web_service=Y)],
     ["kbw"], ("kbw", "kbw")),
    # un3 rule: three ECS in Hangzhou (no punctuation); the reply says no domain points at them
    (["老板让我确认下华东1杭州那三台ECS到底要不要做备案 我对这块不太熟",
      "一个域名都没解析到这三台上面，它们只跑 MySQL 和 Redis，业务机器走私网地址连过来"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: plant nursery mobile subdomain
    (["主站 lvyemiaopu.cn 的备案当初是走的阿里云，号也是阿里云备案系统审出来的。现在想加个 m.lvyemiaopu.cn 给手机端用，这种二级域名还用单独备案吗"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: law firm subdomain; the reply hedges, corrects itself and settles on 新网
    (["律所想开个 zixun.jinglvlaw.com 给客户在线咨询，二级域名是不是还得另外走一遍备案",
      "主域名有备案号的，当时应该是阿里云办的吧……不对，刚翻了合同，是在新网办的，跟阿里云没关系"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn: tea wholesaler, parent bought second-hand (被), never filed
    (["二级域名 pifa.chayuanxiang.cn 准备用起来。主域名是前年从别人手上收过来的，之前被前主人拿去做外贸站、放在海外主机上，我查了没有任何 ICP 备案号，那这个二级的要备案吗"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: wedding planner, hearsay in the first message; the reply says no ECS
    (["做婚庆策划的，想给公司网站弄阿里云备案。朋友说这事跟在阿里云买没买 ECS 有关系，我想确认下到底要不要",
      "没有，云服务器从来没下过单，阿里云账户里只有一个域名和一个存婚礼照片的 OSS bucket"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: double negation, typo 被案
    (["我们不是没买 ECS，上个月刚在华南1续了三年的包年。那阿里云被案是不是就免不了了"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: couple's flower shop, nothing filed
    (["我跟老公开了个花店，个体户执照刚下来，域名也是昨天才买的，店和域名哪个都没备过案。开网店之前是不是得先做首次备案"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise: photographer never filed (first), domain filed by its former owner (reply)
    (["我是个人摄影师，本人从来没办过备案，最近想弄个作品集网站。想问下什么情况下要做首次备案",
      "域名是去年从一个朋友那接手的，他那时候已经用这个域名备过案了"],
     [dict(subject_filed=N), dict(domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer): filing with 优刻得 UCloud, hearsay about rules, typo 从新; the reply moves both
    (["我们备案接入商现在是优刻得 UCloud。听同事说只要跟阿里云沾边就得从新弄备案，真是这样吗，阿里云这边哪些情况下要申请",
      "优刻得那边的机器下个月全退，主体和域名的备案一起搬来阿里云"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: stays with 金山云, Alibaba Cloud only for OSS
    (["备案放在金山云，不迁也不加阿里云进来，我们只是在阿里云开了 OSS 放静态图片，这样还要在阿里云申请备案吗"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, one turn: subject filed with 火山引擎, brand site on a new ECS (把)
    (["公司主体的备案是火山引擎办下来的。这周在阿里云新开了一台 ECS，打算把一个全新域名的品牌官网放上去，这种需不需要新增网站备案"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: skincare brand; subject on Alibaba Cloud (first), site deployed on ECS (reply)
    (["主体备案是阿里云这边审过的，公司想给新出的护肤品牌做个站，域名也是新注册的。新增网站备案要满足哪些条件",
      "程序就部署在我们阿里云那台 ECS 上，上周刚配好 Nginx"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: subject filed on Alibaba Cloud in 2019, hearsay both ways (first); site builder, not ECS (reply)
    (["公司的 ICP 主体备案是 2019 年在阿里云通过的，这回想上个新域名的企业展示站，有人说要做新增网站备案，有人说不用，到底看什么",
      "新站不上 ECS，而是用阿里云的云·速成美站，拖拖模板就建好了"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: company moved, registered address changes, number from Alibaba Cloud
    (["公司搬家了，注册地址从滨江区迁到了余杭区，营业执照也换了新的。我们的备案号是在阿里云拿的，备案里的主体地址要不要跟着变更"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg rule: number with Alibaba Cloud (first), legal representative changed (reply)
    (["ICP 备案号一直挂在阿里云名下，接入也一直是阿里云。想了解下什么时候得做变更备案",
      "公司法人换了，营业执照上的法定代表人已经改成我，可备案里登记的还是原来那位"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise: contact person and mail to change (first), number not from Alibaba Cloud (reply)
    (["网站负责人离职了，备案上的负责人和联系邮箱都要换成新同事的，这个怎么弄，需要变更备案吗",
      "备案号不是在阿里云办的，当初是景安网络给我们接入的"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: review time and phone check
    (["备案审核一般要几个工作日？管局会打电话给负责人核实吗"],
     [dict()], [], "no_match"),
    # no_match: ICP filing vs ICP licence
    (["ICP 备案和 ICP 经营许可证到底有啥区别，我们做电商卖货要办哪一个"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw rule via un3: community grocery group-buying; the reply gives a CNAME, Hangzhou and an H5 page
    (["做社区生鲜团购的，最近在阿里云入了一台 ECS 跑业务。想请教下，备案这事跟域名有没有解析到 ECS 是不是挂钩",
      "有的，tuan.linlixianpin.cn 做了个 CNAME，最后落到的就是这台 ECS，机器开在华东1（杭州），上面跑居民下单的 H5 网页"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise: hardware factory site with web enquiries (first), server in Frankfurt (reply)
    (["五金厂的产品展示网站，客户在网页上看产品、留询盘，这个站的域名要备案吗",
      "域名解析过去的服务器在德国法兰克福，不在国内"],
     [dict(web_service=Y), dict(points_to_mainland=N)],
     ["kbw"], ("kbw", None)),
    # kbw rule, one turn: list of products, A record to an ECS in 华北2（北京）, dealer stock website
    (["ECS、RDS、OSS、CDN 我们在阿里云都买齐了，域名直接 A 记录解析到华北2（北京）那台 ECS，上面是给经销商查库存的网站，这种肯定逃不了备案吧"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # un3 rule, one turn: lab GPU training boxes, SSH by IP only, no DNS record
    (["实验室在阿里云开了 6 台 GPU 的 ECS 训练模型，平时就用公网 IP 加 SSH 登录，压根没绑域名，DNS 里也没有任何解析指过去，这需要 ICP 备案么"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: SaaS docs subdomain; the reply says the parent was filed with Alibaba Cloud
    (["给 SaaS 产品开个文档站 docs.shuzhiyun.com，这种二级域名还要不要再备一次案",
      "shuzhiyun.com 去年就在阿里云备下来了，接入商那一栏写的也是阿里云"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: parent filed via 美橙互联, blog subdomain to Alibaba Cloud
    (["顶级域名的 ICP 号是在美橙互联那边备的，不是阿里云。现在 blog.maoxiansheng.net 要放到阿里云上，这个二级域名要在阿里云再申请备案吗"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: api subdomain; the reply says the parent sat idle and was never filed
    (["请教一下 api.kuaidiyun.cn 这种二级域名用之前要不要单独备案",
      "主域名买来以后一直闲着，从来没备过案，也就没有备案号"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: rhetorical question, site on 浪潮云
    (["我们连一台 ECS 都没在阿里云买过，网站一直跑在浪潮云上，难不成阿里云备案也得办？"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise: kids' coding school; the reply corrects itself (Double 11 order)
    (["我们是做少儿编程培训的，想弄明白阿里云备案和买没买过 ECS 到底有没有关系",
      "没买……哦不对，财务提醒我双11 下过一单 ECS，三年期的，发票都还在"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule: domain never filed, hedge settled in the message (first); subject never filed (reply)
    (["域名是上周新注册的，之前应该没备过案吧……我又去查了一下，确实从没备过。首次备案啥情况下要做",
      "主体也是头一遭，我们这个茶饮公司成立以来一次备案都没办过"],
     [dict(domain_filed=N), dict(subject_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: subject filed in March 2021 elsewhere, new domain
    (["公司主体 2021 年 3 月在别家办过一次备案，这次用的域名倒是刚买的，没备过。那还算首次备案吗"],
     [dict(subject_filed=Y, domain_filed=N)],
     ["omc"], ("omc", None)),
    # srs rule (add), one turn: keeps 联通云 and adds Alibaba Cloud
    (["备案一直挂在联通云，那边的服务器还要接着用，不过我们想让阿里云也成为网站的接入商之一，多接一家，这种情况要不要在阿里云申请备案"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise: provider 小鸟云 (first); the reply neither transfers nor adds
    (["请教个事，我司的 ICP 接入商是小鸟云，阿里云这边碰到哪种情况才需要提交备案申请",
      "备案原样不动，不转过来，也不会添阿里云做接入商，阿里云上只是续费了一个域名"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other: car-care booking site on ECS (first); subject filed via 35 互联 (reply, no punctuation)
    (["准备在阿里云 ECS 上放一个新域名的网站，做汽车美容预约的，新增网站备案要看什么条件",
      "主体当年是35互联帮我们备的"],
     [dict(new_website_on_ecs=Y), dict(subject_filing_provider="other")],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: online mall on the running ECS, typo 再 for 在
    (["主体是再阿里云备的案，新买了一个域名准备做线上商城，直接部署到正在跑的那台阿里云 ECS 上，要不要做新增网站备案"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: subject filed with 硅云, new site stays on 硅云 hosting, not ECS
    (["主体在硅云备过，这次的新网站还是放硅云的主机，不用阿里云 ECS，只是域名是在阿里云注册的，要新增网站备案吗"],
     [dict(subject_filing_provider="other", new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule: company renamed (first); number from Alibaba Cloud (reply)
    (["公司改名了，从“启明信息科技”改成“启明智能科技”，备案上的主体名称还是老的，需要变更吗",
      "号是在阿里云备案平台上申请下来的"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: Alibaba Cloud number, only a homepage redesign
    (["备案号确实是阿里云下来的，但这回只是改了首页的设计和几张图片，主体、负责人、域名一样都没动，用不着变更备案吧"],
     [dict(has_alibaba_icp_number=Y, modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match: public security (公安) filing after the ICP filing
    (["备案成功以后还要去办公安联网备案吗，得在多少天内办完"],
     [dict()], [], "no_match"),
    # no_match: real-name verification of the domain keeps failing
    (["域名实名认证一直审核不通过是什么原因，身份证照片拍得挺清楚的啊"],
     [dict()], [], "no_match"),
]

FILES = [("zh_a", ZH_A, 20261601), ("zh_b", ZH_B, 20261602)]


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
