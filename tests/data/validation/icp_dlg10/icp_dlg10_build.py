#!/usr/bin/env python3
"""Build the icp_dlg10 blind dialogue set (tenth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, near-duplicate check, writer) is reused from
/work/blind/icp_dlg9/icp_dlg9_build.py; every dialogue below is new and written for this set.

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
    # kbw rule, one turn: yoga studio booking site; domain -> ECS in cn-chengdu (un3 is a plausible start too)
    (["hey all \U0001f64f i run a small yoga studio and my nephew built us a booking website. it's sitting on an aliyun ECS in "
      "cn-chengdu and lotusflow-yoga.cn resolves to that box. people pick classes and pay online in the browser. does the "
      "domain need an icp filing or not?"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw rule via un3: university robotics lab; the reply gives DNS, the web UI and the region together
    (["Our university robotics lab bought 2 ECS instances to collect telemetry from the robots. Is whether these need an ICP "
      "filing tied to domain name resolution somehow?",
      "For us it is pointed: lab.gearbotics.cn resolves to one of the two, and students open a telemetry web UI on it in "
      "their browsers. Both instances sit in cn-huhehaote (Hohhot)."],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, web_service=Y, points_to_mainland=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise: WireGuard endpoint in cn-hangzhou, web_service=no in the reply (asked last)
    (["vpn.ferncastle.cn is an A record pointing at our ECS in cn-hangzhou. does that domain need ICP filing?",
      "nah it isn't a website in any sense. the box only runs a WireGuard endpoint on a UDP port so staff can reach the "
      "office network, no http of any kind"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, purchased_ecs=Y), dict(web_service=N)],
     ["kbw", "un3"], ("kbw", None)),
    # un3 rule, one turn: GPU instances for speech-model training, reached by IP only
    (["We rent six GPU ECS instances in cn-zhangjiakou to train our speech recognition models. Nothing public runs on them, "
      "we SSH in by IP through a jump host and there is no domain name resolved to any of those instances. Do they need an "
      "ICP filing?"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: kindergarten parents' album subdomain
    (["Our kindergarten's main domain sunnyhill-kg.cn got its ICP filing through Alibaba Cloud two years ago. The teachers "
      "now want parents.sunnyhill-kg.cn for photo albums. Does that sub-domain need a separate ICP filing of its own?"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: esports team merch store; the reply says the parent was filed via UCloud
    (["esports team here, we wanna put our merch store on shop.voltraven.cn - that's a subdomain of our main domain. do "
      "second level domains need their own icp or are they covered??",
      "the main domain does have an ICP number, but the filing went through UCloud, it wasn't Alibaba Cloud"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn: recipe blogger, parent never filed
    (["I'm starting a recipe blog at recipes.mintandmortar.cn. The parent domain mintandmortar.cn has never been filed and "
      "has no ICP number whatsoever. Is filing neccessary for the second-level domain?"],
     [dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: translation agency; the reply hedges, then says no ECS
    (["We're a small translation agency using a couple of Alibaba Cloud services. Does needing an Alibaba Cloud ICP filing "
      "depend on which products we actually buy, like ECS?",
      "hmm let me think... no. we've never bought an ECS, not even a trial one. it's only the domain registration and "
      "the enterprise email"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: furniture e-shop bought an ECS; hearsay about the exemption is not a fact
    (["Someone in a WeChat group claimed that if you don't buy ECS you don't need the Alibaba Cloud ICP filing. Thing is, "
      "we did buy an ECS instance (cn-shanghai) last week for our furniture e-shop. Does that exemption still cover us?"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule: law firm never filed (first message), domain never filed (reply)
    (["Our law firm has never gone through any ICP filing before. Do we need the initial filing before we switch the "
      "new website on?",
      "the domain is a fresh registration too, nobody has ever filed it"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: new hostel business, auction domain already filed by its previous owner
    (["Our hostel is a brand-new business and we have never filed anything. But the domain we won at auction, "
      "pandahostel-xa.cn, already went through ICP filing under its previous owner. Is the initial ICP filing needed in "
      "our case?"],
     [dict(subject_filed=N, domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (transfer): filing with Kingsoft Cloud, everything moves (reply)
    (["Our ICP filing currently sits with Kingsoft Cloud. Under what conditions would we have to apply for an ICP filing "
      "at Alibaba Cloud?",
      "we're shutting down everything on Kingsoft and moving to Alibaba Cloud, so the filing for the company and the domain "
      "should come over with us"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: stays with Volcano Engine
    (["Our ICP filing is with Volcano Engine and it's staying there. We are not transferring it and we're not adding Alibaba "
      "Cloud as a filing provider either, we only use Alibaba Cloud for SMS. Do we need to apply for an ICP filing with "
      "Alibaba?"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, one turn: subject filed with China Unicom Cloud, careers site on a new ECS
    (["Company's filing was done with China Unicom Cloud for our corporate site. We're now buying an ECS instance to host a "
      "recruitment site on a brand new domain, careers-hexaline.cn. Do we need to add a website filing for it?"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: vet clinic filed with Alibaba (first message), grooming site on the same ECS (reply)
    (["Our vet clinic put pawsome-vet.cn online last year, filed through Alibaba Cloud. Now we want a second site for our "
      "pet grooming service on a fresh domain. Do we need to add a website ICP filing?",
      "it would sit on the same ECS instance the clinic site already runs on"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: subject filed via 35.com (towards the rule), site on Shopify (reply, asked last)
    (["Our company was filed through 35.com years ago. We're launching a new website on a new domain - do we need to add "
      "a website ICP filing with Alibaba?",
      "no ECS involved at all, the new site is going on Shopify's hosting"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: company renamed after a merger, number from Alibaba
    (["Our ICP filing number came from Alibaba Cloud, and after a merger we just changed the company's registered name. "
      "We want the filing subject info updated to match. Do we have to change the ICP filing?"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise: number from Alibaba (towards the rule), nothing to modify (reply, asked last)
    (["the filing number in our site footer was issued through Alibaba Cloud. when exactly does an ICP filing have to be "
      "changed?",
      "hmm, nothing has changed on our side really. same company details, same website info, we're not modifying anything"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match: fees
    (["how much does the ICP filing cost? is there a fee charged by Alibaba Cloud or by the MIIT for processing it?"],
     [dict()], [], "no_match"),
    # no_match: website name rules
    (["My filing got sent back because of the website name. What words are allowed in the site name, can it contain "
      "things like 'China' or 'national'?"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule via un3: hotel booking engine; the reply gives the A record, the booking site and cn-fuzhou
    (["We bought ECS capacity for a hotel booking engine. Do ECS instances need an ICP filing in general, or only when a "
      "domain name is pointed at them?",
      "a domain does point there - book.harborinn.cn has an A record to the instance. it serves the guest booking "
      "website, and the instance is in cn-fuzhou"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, web_service=Y, points_to_mainland=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, one turn: leather goods shop on ECS in Frankfurt
    (["Our online store for handmade leather goods runs on an Alibaba Cloud ECS in the Frankfurt region (eu-central-1), and "
      "saddlestitch.shop resolves to it. It's a regular shop website. Do we need ICP filing for this domain?"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", None)),
    # kbw otherwise via un3: PostgreSQL box; the reply gives DNS, restates cn-beijing and says nothing web-facing
    (["Is the ICP question for ECS basically about domain name resolution? We have a couple of instances in cn-beijing "
      "for internal systems.",
      "yes, pg.tallowmarsh.cn points at one of those cn-beijing boxes, but it only hosts a PostgreSQL database our apps "
      "connect to on 5432. nothing web-facing, no website or HTTP API"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=N)],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule: supermarket ETL jobs; the reply says no DNS record points at them
    (["We have ECS instances running nightly ETL jobs for a supermarket chain. Does whether they need an ICP filing come "
      "down to domain resolution?",
      "nope - no DNS record anywhere points at those machines. a scheduler kicks off the jobs and they push results "
      "into OSS"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: help docs subdomain; the reply says the parent was filed with Alibaba
    (["Does a subdomain like docs.quillnote.cn need its own ICP filing? It's for our note-taking app's help docs.",
      "quillnote.cn was filed with Alibaba Cloud, we got the ICP number through their filing system in 2022"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: city museum, parent filed via Inspur Cloud
    (["The city museum's main domain has an ICP number, filed through Inspur Cloud rather than Alibaba Cloud. We'd like "
      "to host exhibit.linhai-museum.cn on Alibaba Cloud. Is a filing needed for that second-level domain?"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: chess club subdomain; the reply corrects itself
    (["our chess club wants to use club.knightfork.cn. do second level domians need icp filing?",
      "the main domain has an ICP number... actually no, sorry, I mixed it up with our old domain. knightfork.cn has "
      "never had an ICP number"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: podcast, only OSS for audio files
    (["Podcast team here. From Alibaba Cloud we only use Object Storage (OSS) in the Singapore region for our audio "
      "files. We haven't bought a single ECS instance. Is an Alibaba Cloud ICP filing required for us?"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise: fintech startup; the reply says the ECS order went through
    (["Is the Alibaba Cloud ICP filing only needed by customers who buy ECS instances? asking for our fintech startup",
      "well we're mid-purchase, the order for two ECS instances went through this morning, so I guess that counts as "
      "a yes"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: indie game studio, nothing filed
    (["indie game studio, 3 ppl. we've never had an icp filing as a company and our domain pixelmoth.cn hasn't been filed "
      "either (bought it last month). do we need the initial icp filing b4 the site goes live?"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise: karaoke chain never filed (towards the rule), domain filed before (reply, asked last)
    (["Our karaoke chain never did an ICP filing. Do we need the initial filing before service activation?",
      "the domain isn't new though, singbox-ktv.cn was filed before by the franchise's old management company"],
     [dict(subject_filed=N), dict(domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (add), one turn: keep China Telecom's cloud, add Alibaba Cloud
    (["Our main site runs on China Telecom's cloud and the filing stays there. We're adding a mirror on Alibaba Cloud, so "
      "we want Alibaba Cloud added as an additional ICP filing provider for the website. Do we need to apply for an ICP "
      "filing for that?"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise: filing with Tencent Cloud, nothing changes (reply)
    (["We're hosted on Tencent Cloud together with our filing. Under what conditions do we need an ICP filing application "
      "at Alibaba Cloud?",
      "we aren't transferring anything and we aren't adding Alibaba as a provider. staying put with Tencent, Alibaba only "
      "holds our domain registration"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other: new 3D-printing site on ECS (first message), subject filed via Qiniu Cloud (reply)
    (["We're buying an ECS instance to host a new 3D printing quote site on a new domain. Do we need to add a website ICP "
      "filing?",
      "the company's filing was done back in 2019 through Qiniu Cloud, not Alibaba"],
     [dict(new_website_on_ecs=Y, purchased_ecs=Y), dict(subject_filing_provider="other")],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: medical device distributor, product catalogue site on ECS
    (["We're a medical device distributor and our company completed its ICP filing with Alibaba Cloud. We registered a new "
      "domain for a product catalogue and it'll be hosted on an ECS instance. Is a website ICP filing to be added?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: charity filed with Alibaba (towards the rule), marathon site hosted by the timing company (reply)
    (["Our charity is filed with Alibaba Cloud. We're making a website for our annual charity marathon on a new domain, "
      "do we need to add a website filing?",
      "it won't be on ECS. the race timing company hosts it on their own servers in their office"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule: person in charge left (first message), number from Alibaba (reply)
    (["our website's person-in-charge left the company so we need to swap the contact person on the filing. is a filing "
      "change required for that?",
      "our ICP number came out of Alibaba Cloud's filing system, so yep"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: number from Tencent Cloud
    (["The ICP number for our site was issued through Tencent Cloud, not Alibaba Cloud. We'd like to update the site's "
      "contact phone. Do we need to change the filing on Alibaba Cloud's ICP filing platform?"],
     [dict(has_alibaba_icp_number=N, modify_info=Y)],
     ["fyg"], ("fyg", None)),
    # no_match: foreign national
    (["I'm a foreign national living in Shanghai with only a passport, no Chinese ID card. Can I apply for a personal "
      "filing with that?"],
     [dict()], [], "no_match"),
    # no_match: pre-approval for health info sites
    (["Our site will publish health and medicine information. Which pre-approval (\u524d\u7f6e\u5ba1\u6279) do we need "
      "from the health authority before the filing can be submitted?"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw rule: 蜂蜜 shop domain -> ECS in 上海 (first message), web shop (reply)
    (["域名 baihua-honey.cn 刚解析到华东2（上海）的 ECS 上了，这个域名需要做 ICP 备案吗？",
      "要开的，是个卖蜂蜜的商城网站，顾客直接用浏览器下单"],
     [dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, purchased_ecs=Y), dict(web_service=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # un3 rule, one turn: 爬虫 ECS without any domain
    (["我们在阿里云买了 3 台 ECS，上面只跑爬虫任务，主动往外抓数据，从来没给这几台机器配过任何域名解析。这种需要备案吗？"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: blog subdomain, parent filed with Alibaba
    (["主域名 xiaoyu-studio.cn 已经在阿里云备过案了，现在想开一个 blog.xiaoyu-studio.cn 写技术博客，这个二级域名还要再备一次吗？"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv none: 社团 subdomain; parent has no ICP number (reply)
    (["我们社团想用 club.paoshou-run.cn 做活动报名页，二级域名需要单独备案吗？",
      "查了一下，主域名 paoshou-run.cn 压根没有 ICP 备案号"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g otherwise, one turn: ECS already ordered in 杭州
    (["群里有人说没买 ECS 就不用做阿里云备案。可我们上周已经在杭州地域下单买了一台 ECS，那我们还能按这个说法不备案吗？"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule: 宠物用品公司 never filed (first message), domain new (reply)
    (["我们是一家刚注册的宠物用品公司，公司从来没做过 ICP 备案。网站上线前是不是要先做首次备案？",
      "域名也是新买的，之前没有任何备案记录"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # srs rule (transfer), one turn: moving from UCloud
    (["我们原来的备案接入商是优刻得（UCloud），现在服务器整体迁到阿里云，想把主体和域名的备案一起转过来。这样需要在阿里云申请备案吗？"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # b24 other, one turn: subject filed with 火山引擎, new domain site on ECS
    (["公司主体之前在火山引擎备过案。现在要买阿里云 ECS，给一个新域名的网站做备案，这种情况要新增网站备案吗？"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # fyg otherwise, one turn: number from Alibaba, nothing changed
    (["我们的备案号是阿里云这边的，最近公司信息和网站信息都没有任何变化，也没打算改。这种需要变更备案吗？"],
     [dict(has_alibaba_icp_number=Y, modify_info=N)],
     ["fyg"], ("fyg", None)),
    # no_match: 虚拟运营商号码
    (["备案填写的负责人手机号，可以用 170 开头的虚拟运营商号码吗？"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw otherwise via un3: the reply gives DNS, 深圳 and Redis only (no web)
    (["ECS 要不要备案，是不是就看有没有域名解析到它？我们有几台 ECS 给内部系统用",
      "有一个域名解析过去了，不过那台在深圳地域的机器只跑 Redis 缓存，给内部服务用，不提供任何网页或 HTTP 接口"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=N)],
     ["un3", "kbw"], ("kbw", None)),
    # fvv other: 客服中心 subdomain; parent filed via 金山云 (reply)
    (["想把客服中心放到 help.lvye-home.cn 这个二级域名上，需要单独备案吗？",
      "lvye-home.cn 早就有 ICP 号了，当时是金山云给接入备案的，跟阿里云没关系"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # x3g rule, one turn: only 企业邮箱 + SSL
    (["我们在阿里云只买了企业邮箱和一张 SSL 证书，网站放在海外的主机上，没有购买任何 ECS 实例。这样还需要阿里云 ICP 备案吗？"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc otherwise, one turn: company and domain both filed before, site relaunched
    (["公司和域名前几年都备过案，后来网站关了一阵子，现在准备重新上线，还要走首次备案吗？"],
     [dict(subject_filed=Y, domain_filed=Y)],
     ["omc"], ("omc", None)),
    # srs rule (add): filing with 联通云, keep it and add Alibaba Cloud (reply)
    (["我们现在的备案在联通云，什么情况下要在阿里云申请备案？",
      "联通云那边保持不动，只是想把阿里云加成网站的另一个备案接入商"],
     [dict(), dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: stays with 华为云
    (["备案在华为云，打算一直留在那边，不迁移，也不会加阿里云做新的接入商，只是用阿里云的短信服务。这种要在阿里云申请 ICP 备案吗？"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 alibaba: subject filed with Alibaba (first message), new site on the current ECS (reply)
    (["主体已经在阿里云备过案，现在想再做一个新网站，用新注册的域名，需要新增网站备案吗？",
      "会放在 ECS 上，就是我们现在在用的那台"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: subject filed with Alibaba, new site on Cloudflare Pages (no ECS)
    (["主体在阿里云备过案了。新网站用新域名，不过打算放在 Cloudflare Pages 上托管，不用 ECS。这样要新增网站备案吗？"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: rename the website, number from Alibaba
    (["备案号是在阿里云拿的。现在网站名称想从“青禾工作室”改成“青禾科技”，需要变更备案吗？"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # no_match: ads on a personal filing
    (["个人备案的网站可以挂广告、接商单吗？会不会被认定为经营性质？"],
     [dict()], [], "no_match"),
]

FILES = [("en_a", EN_A, 20261231), ("en_b", EN_B, 20261232),
         ("zh_a", ZH_A, 20261233), ("zh_b", ZH_B, 20261234)]


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
