#!/usr/bin/env python3
"""Build the icp_dlg6 blind dialogue set (sixth writer).

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
  - counts, coverage, simplified Chinese in the zh files, at most two turns (at most one fact open
    after the first message);
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
PRIOR_GLOBS = ["/work/blind/prior/**/*.jsonl", "/work/blind/icp_dlg[0-9]*/*.jsonl", "/work/blind/format_example.jsonl"]

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
    # kbw rule, one turn, freelancer building a client site; domain -> ECS, so un3 is a plausible start too
    (["Freelancer here, building a booking site for a dental clinic (client). Their domain smileline-dental.cn is going to resolve to an ECS box "
      "I set up for them in cn-wulanchabu (Ulanqab, Inner Mongolia) and it's a normal website w/ an appointment form. Does the client need an ICP filing for that domain?"],
     [dict(points_to_mainland=Y, web_service=Y, domain_resolves_to_ecs=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw rule via un3, game studio; reply gives both the DNS fact and the region, first message gives web_service
    (["We're a 6-person game studio. We got a couple of Alibaba ECS instances for our launcher's news feed and patch notes pages (plain https pages). "
      "A dev on our discord swears ICP only kicks in once a domain is resolved to the ECS. True? Do we need it?",
      "yeah, news.starfall-games.cn has an A record pointing at them, and both instances sit in the Shenzhen region"],
     [dict(web_service=Y, purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, venting cross-border seller, server in Sydney
    (["Honestly this ICP business is driving me up the wall. My shop's domain points to a DigitalOcean droplet in Sydney, Australia. "
      "It's just our storefront website, nothing in China at all. Do I REALLY need an ICP filing for the domain?!"],
     [dict(points_to_mainland=N, web_service=Y)],
     ["kbw"], ("kbw", None)),
    # un3 rule, university IT admin, all in one message
    (["I look after IT for a university physics department. We bought three ECS instances in cn-beijing; they run a license server and a batch "
      "scheduler for simulations. Researchers connect over the campus VPN using the IP addresses - we never set up any DNS name for them. "
      "Is an ICP filing needed for these?"],
     [dict(domain_resolves_to_ecs=N, purchased_ecs=Y, points_to_mainland=Y, web_service=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, primary school teacher with little tech vocabulary
    (["Hello, I'm a primary school teacher and not good with computers. Our school's web address sunflower-primary.cn had its ICP paperwork "
      "done through Alibaba Cloud by an IT company a few years back. I'd like a page for my class at class3b.sunflower-primary.cn "
      "(only the front bit is new). Do I have to do the filing paperwork again for that one?"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, cross-border seller; provider answered in the reply
    (["We sell kites on Amazon and now want our own store at shop.dragonkite.com.cn - it hangs off our main domain. Does a sub-domain like that need its own ICP filing?",
      "the main domain does have an ICP number, we got it ages ago while hosting at Huawei Cloud. never went through Alibaba for it"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, terse sysadmin
    (["subdomain status.k8sops.cn. apex never filed, has no ICP no. does the sub need a filing"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, hearsay from a chat group that is not a fact
    (["A guy in a WeChat group insists everyone with an Alibaba Cloud account has to do the Alibaba Cloud ICP filing. "
      "I only registered one domain through Alibaba and it's parked - I haven't bought any ECS instance and have no plans to. Is the filing required for me?"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, freelancer; the first message is a hypothetical, the reply is the fact
    (["My client keeps asking whether they need the Alibaba Cloud ICP filing at all - I vaguely remember it hinges on buying ECS. trying to give them a straight answer",
      "ok so I just checked their console and they actually already ordered an ECS instance last week for the backend"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, writer translating from Chinese with odd grammar
    (["Our company is new establish this year, company never do ICP filing before, and the domain also new buy, never filing. "
      "Before open the website, we need to do the first time filing in Alibaba Cloud?"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, domain never filed stated first, subject filed before in the reply
    (["Does my new domain need the initial ICP filing? it has never been filed anywhere",
      "the company? yeah we filed for our corporate site back in 2019"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer), user quoting an Alibaba support agent
    (["An Alibaba support agent wrote on my ticket, quote: \"migrating servers to us usually means handling the filing too.\" Here's our situation: "
      "we're moving the whole stack off Tencent Cloud and want the company's and the domain's filing moved over to Alibaba Cloud as well. "
      "Do we have to apply for an ICP filing for that?"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, venting about a manager's hearsay; neither transfer nor add
    (["My manager keeps saying we must 'redo ICP because of Alibaba'. Our filing is with JD Cloud and it stays there: we're not moving it "
      "and we're not adding Alibaba as a second filing provider either - we only use Alibaba for corporate email. So do we need to apply for anything?"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, cross-border seller, one turn
    (["Our company's ICP filing was done with Kingsoft Cloud for the brand site. Now I'm launching a separate cross-border store on a brand-new domain "
      "and buying ECS at Alibaba Cloud to host it. Do I need a website ICP filing for the new domain?"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, game studio, hosting in the reply
    (["Our studio as an entity went through ICP filing with Alibaba Cloud when we shipped our first title. For the next game we want a separate "
      "marketing site with its own domain - is an extra website filing needed?",
      "our ops lead wants it on the spare ECS box we've had idling since launch, so that's where it's hosted"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, subject filed with Alibaba (towards the rule), hosting not on ECS asked last
    (["hey, our org's filing subject is registered w/ Alibaba Cloud already. we're spinning up a new website on a new domain - do we need to add a website filing?",
      "nah it's going on a hosted Shopify store, no ECS involved"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, university IT admin, one turn
    (["Our department website has an ICP number issued through Alibaba Cloud. The head of department retired, so the person in charge listed "
      "for the website has to be updated. Do we need to change the filing?"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, modification wanted (towards the rule), number not from Alibaba in the reply
    (["we moved offices so the registered address on our ICP filing is out of date. do we need to change it on alibaba's filing platform?",
      "hmm, looking at the number now - it was issued via Volcano Engine (火山引擎), our old host, not Alibaba Cloud"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match
    (["Is Alibaba Cloud's ICP filing service free of charge, or is there a fee somewhere in the process?"],
     [dict()], [], "no_match"),
    (["can a foreigner with only a passport be the person in charge on an ICP filing? I'm a Canadian running a small studio in Shenzhen"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule, terse sysadmin with a region id
    (["api.ledgerly.cn A rec -> our ecs in cn-huhehaote (hohhot). serves a REST api over https. icp y/n?"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise, web_service=no (VPN endpoint only), university admin
    (["Question about our domain vpn.hillside-college.cn: it resolves to a server in Nanjing that runs nothing but a WireGuard VPN endpoint for staff. "
      "No website, no HTTP API, nothing web-facing. Does the domain need an ICP filing?"],
     [dict(points_to_mainland=Y, web_service=N)],
     ["kbw"], ("kbw", None)),
    # kbw otherwise via un3, cross-border seller with a correction: the instance the domain points to is in Hong Kong
    (["we sell phone cases cross-border and bought Alibaba ECS instances for our storefront website. is ICP needed just for having ECS, or only if a domain name points to it?",
      "the shop domain does resolve to one of them. it's in Shanghai - sorry, no, Shanghai is our staging box; the production instance the domain points at is in Hong Kong"],
     [dict(web_service=Y, purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N)],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule, game studio; the DNS fact comes in the reply
    (["Game studio here - our matchmaking backend runs on Alibaba ECS instances. Do those instances need an ICP filing? Not sure how our networking is set up, will check with the backend guys.",
      "checked: no domain name is pointed at them at all, the game client has the raw IPs baked into its config"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, quoting a support agent; the user states the fact in the reply
    (["Support told me on a call: 'sub-domains are fine as long as the main one is filed.' Does that hold for help.orchidtea.cn, or does it need its own ICP filing?",
      "orchidtea.cn itself was filed with Alibaba Cloud, that's where we got the ICP number"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, school teacher
    (["I teach at a middle school and the librarian asked me to set up library.greenhill-school.cn. Our main school address greenhill-school.cn "
      "already has a filing number, but the IT man says it came from China Unicom's cloud, not Alibaba. Do we need to file for the library address?"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, writer translating from Chinese
    (["My company want use second level domain m.qingfengtea.com for mobile site. The first level domain qingfengtea.com until now not have ICP number. "
      "The second level one must do filing?"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, school teacher; purchase status only in the reply
    (["I'm a teacher and got an Alibaba Cloud account at a school workshop. Does having it mean I must do an Alibaba Cloud ICP filing?",
      "No, I never bought one of those ECS servers, I only opened the account"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, freelancer, one turn
    (["sanity check pls: the 'no ECS purchase = no Alibaba Cloud ICP filing' thing - does it cover my client? they do have one ECS instance they paid for, it runs a nightly cron job"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, terse sysadmin, second fact in the reply
    (["initial icp filing - required before go-live? the entity has never filed anything",
      "domain: never filed either"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, contrast: subject never filed, but the second-hand domain was (checked by the user, not hearsay)
    (["We bought our domain second-hand and it already carries an ICP filing from the previous owner - we checked it on the MIIT lookup site. Our company itself has never been filed. "
      "Do we need the initial ICP filing?"],
     [dict(domain_filed=Y, subject_filed=N)],
     ["omc"], ("omc", None)),
    # srs rule (add), cross-border seller
    (["Our filing lives with Qiniu Cloud for the main store and it stays there, but we're adding Alibaba Cloud servers for a second region and I'd like "
      "Alibaba added as an extra filing provider for the same site. Do we have to apply for an ICP filing?"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, provider_change in the reply
    (["when switching cloud providers, in what cases do I need to apply for an ICP filing again? asking for our infra team",
      "for now our filing stays with UCloud - no transfer, and we're not adding Alibaba as another provider either. just evaluating"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, writer translating from Chinese; ECS hosting in the reply
    (["Our company ICP filing is make at Huawei Cloud already. Now we want make one new website with new domain. Need to add website filing?",
      "Yes, the new website will be put on ECS server, we buy it this week in Alibaba Cloud"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, university IT admin, one turn
    (["The university is already a filing subject through Alibaba Cloud. The library wants its own new site on a fresh domain, hosted on one of "
      "our ECS instances. Do we need to add a website ICP filing?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, subject never filed, one turn
    (["Want to add a website filing for our new site that will run on ECS. Thing is, our company has never been filed with any provider. Does the add-a-website filing apply?"],
     [dict(subject_filing_provider="none", new_website_on_ecs=Y)],
     ["b24"], ("b24", None)),
    # fyg rule, venting; Alibaba number in the reply
    (["ugh. we renamed the company AGAIN and now the filing info is wrong everywhere. do I have to change the ICP filing??",
      "yep, Alibaba Cloud gave us the number back when we launched - it's in the site footer"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, modify_info=no with hearsay about yearly refresh
    (["Our website has an ICP number from Alibaba Cloud. A colleague heard filings must be 'refreshed' every year, but we don't want to modify anything - "
      "company details and site info are all unchanged. Do we need to change our filing?"],
     [dict(has_alibaba_icp_number=Y, modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match
    (["Is there a cap on how many websites or domains one person can put under a personal ICP filing?"],
     [dict()], [], "no_match"),
    (["our filing got cancelled because the site was flagged as an 'empty shell' with no content. how do we get it restored?"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw rule via un3, mixed English terms; reply gives DNS + region
    (["我们在阿里云买了ECS，上面跑公司官网（https的）。听人说只有域名解析过去才需要备案，真的假的？",
      "嗯，www 已经加了 A 记录指到这台 ECS，机器在华北2（北京）"],
     [dict(web_service=Y, purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, server in Silicon Valley
    (["我们的域名指向美国硅谷机房的一台服务器，上面就是个普通的产品展示网站，国内没有任何机器。这个域名得备案吗"],
     [dict(points_to_mainland=N, web_service=Y)],
     ["kbw"], ("kbw", None)),
    # fvv alibaba
    (["主站 leafmart.cn 是在阿里云备的案，现在想开个 shop.leafmart.cn 卖货，这个子站还要单独再备一次吗？"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv none, colloquial
    (["老板让我弄个 m.xiaoyu-tech.com 当手机版，可主域名压根没备过案，连备案号都没有。m. 开头这个要备案不？"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule
    (["我就在阿里云注册了个域名，服务器一台都没买，也没打算买。这样还用在阿里云备案吗？"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc otherwise, subject never filed (towards the rule), domain filed in the reply
    (["公司主体以前从来没备过案，上线前是不是得先做首次备案？",
      "域名倒是备过，之前挂在我个人名下备的"],
     [dict(subject_filed=N), dict(domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer)
    (["打算把备案从腾讯云整个搬家到阿里云，主体和域名都挪过来，这种情况要重新申请备案吗？"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # b24 other
    (["公司主体在华为云那边已经备过了。现在新做一个站，用新域名，准备在阿里云买ECS放上去，要不要加备网站？"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # fyg rule
    (["网站的备案号是阿里云那边下来的，公司最近搬到新地址了，备案里的地址得改，需要在阿里云办变更吗？"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # no_match
    (["个人备案的网站能挂广告赚点钱吗？会不会被注销"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # un3 rule
    (["ECS上跑的是内部数据库和定时任务，大家都是走内网IP连，没有任何域名解析过去，这种要备案不？"],
     [dict(domain_resolves_to_ecs=N, purchased_ecs=Y, web_service=N)],
     ["un3"], ("un3", "un3")),
    # fvv other, provider in the reply
    (["blog.lanshan.cn 这种子域名需不需要单独备案啊？",
      "主域名有备案号的，不过是当年在京东云备的，不是阿里云"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # x3g otherwise, hearsay + the user's own fact
    (["群里有人讲没买ECS就跟阿里云备案没关系。问题是我们财务上个月已经付了两台ECS的钱，这种情况还适用吗？"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, second fact in the reply
    (["域名是刚注册的，从来没备过案。是不是得先做首次备案才能上线？",
      "公司也是头一回，之前没备过"],
     [dict(domain_filed=N), dict(subject_filed=N)],
     ["omc"], ("omc", "omc")),
    # srs rule (add)
    (["备案一直放在移动云，不想转走，就是想再加上阿里云当另一个接入商，这样要办备案吗"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, hypothetical then the fact
    (["换接入商的话要重新备案吗？先说明下，我们其实没打算换，也不准备加阿里云，纯粹问问"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 alibaba, hosting in the reply
    (["我们公司在阿里云备过案了，现在又要上一个新站，新域名，要不要加网站备案",
      "对，新站就放在ECS上"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, new site not on ECS
    (["公司主体之前在阿里云备过。新网站打算直接用有赞的建站平台托管，不买ECS，这种要加备网站吗"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg otherwise, number from Tencent Cloud
    (["网站负责人换人了，备案信息要改一下。不过我们的备案号是在腾讯云拿的，也要去阿里云改吗"],
     [dict(modify_info=Y, has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match
    (["微信小程序是不是也要单独备案？跟网站备案是一回事吗"],
     [dict()], [], "no_match"),
]

FILES = [("en_a", EN_A, 20261209), ("en_b", EN_B, 20261210),
         ("zh_a", ZH_A, 20261211), ("zh_b", ZH_B, 20261212)]

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
