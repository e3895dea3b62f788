#!/usr/bin/env python3
"""Build the icp_dlg21 blind dialogue set (twenty-first writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
/work/blind/icp_dlg20/icp_dlg20_build.py; every dialogue below is new and written for this set (new
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
    # kbw rule, one turn: dental clinic chain in Wuhan; domain A record to an ECS in cn-shenzhen, booking website
    (["hi, IT guy for a dental clinic chain in Wuhan here. we bought an ECS in cn-shenzhen and pointed "
      "smilebay-dental.cn at it (the A record is live since this morning). plan is a normal website where patients "
      "book their cleanings online. is ICP filing mandatory before we launch it"],
     [dict(points_to_mainland=Y, web_service=Y, domain_resolves_to_ecs=Y, purchased_ecs=Y)],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: Swedish furniture startup, two ECS (hearsay from cofounder); reply: A record, us-west-1, web app
    (["Hej, Swedish furniture startup here. we've got two ECS instances running our 3D sofa configurator. my cofounder "
      "insists that having ECS at all = ICP is mandatory. is he right, or does a domain have to be involved somehow",
      "right, so configure.sofahem.se is an A record to both of them. but they're in the US (Silicon Valley, "
      "us-west-1), we have nothing inside mainland China. the configurator is a web app people open in the browser"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule, one turn: university robotics lab, MQTT broker on an ECS in cn-zhangjiakou, robots use the public IP
    (["Robotics lab at a university in Harbin. We rent one ECS in cn-zhangjiakou as an MQTT broker and our robots "
      "connect to its public IP directly. Not a single DNS record points to that instance, we never set one up. Is "
      "an ICP filing still required?"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # un3 rule, two turns: architecture firm, off-site backup ECS in cn-wulanchabu (forum hearsay); reply: bare IP
    (["Architecture firm, we keep an ECS in cn-wulanchabu purely as an off-site backup target for the office file "
      "server. My boss read on some forum that any server on alibaba cloud china must be filed. true??",
      "there's no domain on it whatsoever. the NAS just rsyncs to the bare public IP every night"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, two turns: oolong tea grower in Anxi (neutral); reply: root filed through Alibaba Cloud, 闽ICP备
    (["We grow oolong tea in Anxi, Fujian and sell online at anxileaf.cn. Want to add shop.anxileaf.cn as a subdomain "
      "for the wholesale catalog. Does the subdomain need its own ICP filing, or is it covered",
      "anxileaf.cn itself was filed through Alibaba Cloud, the 闽ICP备 number has been in our footer since 2019"],
     [dict(), dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: language school in Xi'an, root ICP number via Huawei Cloud, learn. subdomain
    (["Language school in Xi'an here. The ICP number for our main domain was obtained via Huawei Cloud (华为云), not "
      "Alibaba Cloud. We now want to host online courses at learn.<ourdomain>.com on Alibaba Cloud. What does that "
      "second-level domain need in terms of filing?"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, two turns: vinyl record shop in Changsha (neutral); reply: root never filed, only used for email
    (["record shop in Changsha here, we sell vinyl and host small gigs. thinking about gigs.groovecrate.cn as a separate "
      "second-level domain for the events calendar. how does ICP work for second-level domains",
      "groovecrate.cn has no ICP number at all, we only ever used it for email and never filed it"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: florist in Dalian, enterprise mailbox + DNS hosting only, site on Squarespace, never bought ECS
    (["I run a small flower shop in Dalian. From Alibaba Cloud I only have the enterprise mailbox and DNS hosting; the "
      "website is on Squarespace and I've never purchased any ECS instance. Is an Alibaba Cloud ICP filing required "
      "for me?"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, two turns: Kenyan safari agency (neutral); reply: one ECS ordered yesterday
    (["Jambo! We're a safari travel agency from Nairobi opening a China desk. does the alibaba cloud icp filing thing "
      "depend on what we buy from you",
      "so far we ordered one ECS instance on a monthly plan, yesterday. that's the only thing we have"],
     [dict(), dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: hot pot restaurant group in Chongqing, company and domain never filed (date corrected)
    (["We're opening a hot pot restaurant group in Chongqing. The company was only registered in March (April "
      "actually) and has never gone through any ICP filing, and the domain we bought is fresh, zero filings on it "
      "too. What do we have to apply for before the website is activated?"],
     [dict(subject_filed=N, domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, two turns: escape room company in Zhengzhou, new domain unfiled; reply: company filed in 2019
    (["Escape room company in Zhengzhou, opening a second venue with its own brand-new domain, no filing on that "
      "domain yet. Is that an initial ICP filing case",
      "as a company we're already filed, we did the subject filing in 2019 for the first venue's website"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs add, one turn: multi-cloud, filing stays with Kingsoft Cloud, Alibaba Cloud added as second provider
    (["We're going multi-cloud. Our website's ICP filing is with Kingsoft Cloud (金山云) and we'll keep it there, but "
      "we also want Alibaba Cloud added as a second ICP filing provider for the same site. Is a filing application "
      "needed on your side?"],
     [dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, two turns: filing with UCloud (neutral); reply: no transfer, no add, OSS only
    (["Our filing was done with UCloud (优刻得) a few years back. We're now evaluating Alibaba Cloud OSS for archiving "
      "logs. Would we have to apply for an ICP filing with Alibaba Cloud too",
      "No plans to move the filing, and we won't add Alibaba as an access provider either. UCloud keeps it, OSS is "
      "just cold storage for us"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, two turns: subject via Volcano Engine, new e-learning domain; reply: buying an ECS to host it
    (["Our company's subject filing was done through Volcano Engine (火山引擎). We just registered a new domain for an "
      "e-learning product. Do we need to add a website ICP filing with you",
      "it'll live on Alibaba Cloud, we're purchasing an ECS instance this week to host the new site"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: vet clinic in Ningbo, subject with Alibaba Cloud, new pet-insurance site on existing ECS
    (["Vet clinic in Ningbo. Our subject is filed with Alibaba Cloud. We registered a new domain for a pet-insurance "
      "info site and it will run on the ECS instance we already use for the clinic site. Do we have to add a website "
      "filing?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: subject with China Unicom Cloud, new product site on GitHub Pages
    (["Our subject filing was done with China Unicom Cloud (联通云). There's a new product site coming on a new "
      "domain, but it'll be on GitHub Pages, no ECS involved. Do we need to add a website ICP filing?"],
     [dict(subject_filing_provider="other", new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: 粤ICP备 number via Alibaba Cloud, office moved so address must be updated
    (["Our 粤ICP备 number was issued via Alibaba Cloud. We moved offices within Shenzhen, so the company's address in "
      "the filing needs updating. Do we change the filing somewhere?"],
     [dict(has_alibaba_icp_number=Y, modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, two turns: ID card of person in charge renewed; reply: number via Xinnet, not Alibaba Cloud
    (["the ID card of our website's person in charge was renewed with a new expiry date, so that info in our ICP "
      "filing has to be modified. what's the procedure",
      "the ICP number was obtained through Xinnet (新网), Alibaba Cloud was never involved in it"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: face verification for a director living abroad
    (["Our director lives in Toronto and can't come to China any time soon. Can the face-recognition check for the "
      "filing be done from abroad through the app?"],
     [dict()], [], "no_match"),
    # no_match: how long the review takes
    (["roughly how many working days does the ICP filing review take from submission to approval? trying to plan our "
      "launch date"],
     [dict()], [], "no_match"),
]

EN_B = [
    # kbw rule via un3, two turns: Mexican tequila importer (neutral); reply: A record, cn-heyuan, API corrected to website
    (["Hola, I'm with a tequila importer from Guadalajara. Our agency bought an ECS for our China landing page. I'm "
      "confused: is ICP triggered by the ECS itself, or by the domain",
      "the domain has an A record to the ECS, which sits in cn-heyuan, so mainland. it'll expose just an API... no "
      "wait, it's the full brand website with product pages"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, one turn: Indian skincare brand, web shop in Singapore (hypothetical future move not counted)
    (["Namaste! Our Ayurvedic skincare brand's web shop runs on a server in Singapore (ap-southeast-1) and our domain "
      "points there. Chinese customers will browse it. We may move into mainland China some day, but not now. Do we "
      "need an ICP filing for the domain?"],
     [dict(points_to_mainland=N, web_service=Y)],
     ["kbw"], ("kbw", None)),
    # un3 rule, two turns: weather hobbyist, cheapest ECS in cn-shenzhen (neutral); reply: station posts to the IP
    (["weather nerd here, I got the cheapest ECS in cn-shenzhen to collect readings from my rooftop weather station. "
      "does something like this need ICP",
      "nah there's no domain pointed at it, the station just posts its data to the instance's IP address"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: car dealership group, parent domain filed with Alibaba Cloud (鄂ICP备), promo subdomain
    (["Our car dealership group's parent domain was filed with Alibaba Cloud (we have the 鄂ICP备 number, approved in "
      "2021). Marketing wants promo.<parent> as a second-level domain for a spring campaign. Does that need an ICP "
      "filing of its own?"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, two turns: sneaker resale platform (neutral); reply: root filed with Sina Cloud
    (["quick q, we run an online sneaker resale platform and want api.kickvault.cn as a second-level domain. does a "
      "second-level domain need ICP filing separately from the top-level one",
      "kickvault.cn does have an ICP number, though that filing was done with Sina Cloud (新浪云) back then. Alibaba "
      "Cloud was not our provider"],
     [dict(), dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, two turns: mahjong club in Guilin (neutral); reply: root parked, never got an ICP number
    (["hi!! my brother and I run a mahjong club in Guilin and we'd like to use tables.<our domain> for online seat "
      "booking. do we need to do something special for second-level domains",
      "the top-level domain never got an ICP number. we bought it last year and just parked it"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, two turns: law firm in Hefei, formal (neutral); reply: Alibaba Cloud DNS + OCR API only, site on Netlify
    (["Good afternoon. Our law firm in Hefei uses a few Alibaba Cloud services. Could you clarify whether the Alibaba "
      "Cloud ICP Filing requirement depends on purchasing ECS instances",
      "To be precise: we subscribe to Alibaba Cloud DNS and an OCR API only. No ECS instances have ever been "
      "purchased; our website is hosted on Netlify"],
     [dict(), dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: 3D printing service in Dongguan, 4 ECS bought (WeChat group hearsay)
    (["Someone in a WeChat group said the Alibaba Cloud ICP filing is only about whether you bought ECS or not. Well, "
      "our 3D printing service in Dongguan did buy, 4 instances in cn-shenzhen last week. So does that exemption "
      "apply to us?"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc rule, two turns: Greek illustrator in Shenzhen never filed; reply: domain never filed either
    (["Hi, freelance illustrator from Greece living in Shenzhen. I have never done ICP filing as a person, and my "
      "portfolio site is about to go live on Alibaba Cloud. Which filing do I need",
      "the domain hasn't been filed either, not by me and not by anyone before me"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: kindergarten group, subject filed years ago, new parent-portal domain unfiled
    (["Our kindergarten group did its subject ICP filing years ago, but the domain for the new parent portal is brand "
      "new and has never been filed. Is this the initial ICP filing?"],
     [dict(subject_filed=Y, domain_filed=N)],
     ["omc"], ("omc", None)),
    # srs transfer, one turn: leaving Huawei Cloud completely, filing moves to Alibaba Cloud
    (["We're leaving Huawei Cloud for Alibaba Cloud completely. Can our subject and domain ICP filing come with us, "
      "transferred from Huawei to you? What do we need to do?"],
     [dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, two turns: web agency, filings with Inspur Cloud (neutral); reply: stay, no transfer, no add
    (["Our web agency keeps its filings with Inspur Cloud (浪潮云). We're starting to use Alibaba Cloud for some side "
      "stuff. Does that trigger an ICP filing with Alibaba Cloud",
      "the filings stay with Inspur. we aren't transferring anything and we aren't adding Alibaba Cloud as a provider, "
      "it's only Quick BI dashboards for internal use"],
     [dict(), dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 other, one turn: lighting brand in Foshan, subject via UpYun, buying an ECS for the new site (non-native)
    (["Our lighting factory in Foshan have subject filing already make with UpYun (又拍云). Now we purchasing one ECS "
      "in Alibaba Cloud for host new website with new domain for our brand. Need add website filing?"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, two turns: solar panel installer, second site on an ECS; reply: subject filed with Alibaba Cloud
    (["Hello, our solar panel installation business wants to launch a second website with a new domain. It'll run on "
      "an ECS instance. Do we need to add a website ICP filing",
      "our subject is filed with Alibaba Cloud, we did it when we launched the first site"],
     [dict(new_website_on_ecs=Y), dict(subject_filing_provider="alibaba")],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 alibaba, one turn: travel vlogger, personal filing with Alibaba Cloud, print shop on a new ECS (non-native)
    (["Travel vlogger here, my personal filing is done with Alibaba Cloud. I start a second site on new domain for sell "
      "my photo prints, it will be hosted on a fresh ECS I am buying. Website ICP filing is needed?"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, two turns: Australian winery, subject with Alibaba Cloud; reply: microsite on Vercel, no ECS
    (["G'day, our winery's subject ICP filing is with Alibaba Cloud. We're adding a microsite on a new domain for the "
      "wine club, do we need to add a website filing?",
      "it'll be on Vercel, we're not putting it on any ECS instance"],
     [dict(subject_filing_provider="alibaba"), dict(new_website_on_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, two turns: 沪ICP备 number through Alibaba Cloud (neutral on changes); reply: website renamed
    (["Our ICP filing number came through Alibaba Cloud (沪ICP备). Under what circumstances do we have to change the "
      "filing",
      "our website name changed after a rebrand, so the site info in the filing must be updated"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: legal representative changed, number issued through Huawei Cloud
    (["Our legal representative changed, so the subject info in our filing must be modified. The ICP number was issued "
      "through Huawei Cloud though, never Alibaba Cloud. Is this something we change on the Alibaba Cloud platform?"],
     [dict(has_alibaba_icp_number=N, modify_info=Y)],
     ["fyg"], ("fyg", None)),
    # no_match: English version of the filing forms
    (["Is there an English version of the filing system? I can't read the Chinese forms well, can I submit everything "
      "in English?"],
     [dict()], [], "no_match"),
    # no_match: where the ICP number must be displayed and whether it links to MIIT
    (["where exactly does the ICP number have to be displayed on our site, and does it need to link to the MIIT "
      "website?"],
     [dict()], [], "no_match"),
]

ZH_A = [
    # kbw rule via un3, two turns: 民宿订房系统 (hearsay); reply: A记录到ECS, 华南1（深圳）, 浏览器订房
    (["在阿里云买了台ECS，给我们民宿做订房系统用，这个必须备案吗？听别人说只要买了服务器就得备",
      "域名已经用A记录指到这台ECS上了，地域选的华南1（深圳），客人直接在浏览器里打开网页订房"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=Y, web_service=Y)],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule, one turn: 驾校, 华北3（张家口）ECS 跑视频转码, 没绑域名
    (["我们驾校在华北3（张家口）开了台ECS，就拿来跑教学视频的转码任务，没绑域名，也没有域名解析过去，直接用公网IP访问。这个要备案不？"],
     [dict(purchased_ecs=Y, domain_resolves_to_ecs=N)],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: 直播带货, 顶级域名阿里云备的, live 二级域名
    (["我们做直播带货的，顶级域名是在阿里云备的案，有备案号。现在想加个 live 二级域名做直播预告页，这个二级域名还用另外备吗"],
     [dict(tld_filing="alibaba")],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv none, two turns: 汉服店 shop 二级域名 (neutral); reply: 主域名没备过, 没有备案号
    (["想给我们汉服店开个 shop 开头的二级域名，二级域名备案是怎么个规定",
      "主域名一直放着没用，压根没备过案，所以也没有备案号"],
     [dict(), dict(tld_filing="none")],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g otherwise, one turn: 听说没买ECS就不用, 去年下单三台ECS（乌兰察布）
    (["听说没买ECS就不用做阿里云的ICP备案，可我们公司去年已经下单了三台ECS（华北6乌兰察布），那这个豁免是不是就用不上了"],
     [dict(purchased_ecs=Y)],
     ["x3g"], ("x3g", None)),
    # omc otherwise, two turns: 考研辅导机构新域名没备过; reply: 主体2018年备过
    (["我们考研辅导机构新注册了个域名做题库网站，这个域名还没备过案，是不是要走首次备案",
      "机构主体是备过的，18年给老官网办的那次"],
     [dict(domain_filed=N), dict(subject_filed=Y)],
     ["omc"], ("omc", None)),
    # srs add, two turns: 备案在华为云 (neutral); reply: 华为云接入保留, 阿里云新增为接入商
    (["我们站的备案现在挂在华为云，打算把一部分业务搬到阿里云，备案这边需要在阿里云重新申请吗",
      "华为云那边的接入保留不动，再把阿里云新增为一个接入商"],
     [dict(), dict(provider_change="add")],
     ["srs"], ("srs", "srs")),
    # b24 other, one turn: 主体在金山云, 阿里云买ECS放新域名的露营装备品牌站
    (["主体在金山云备过案了。现在要在阿里云买ECS，放一个新域名的新网站（我们露营装备的品牌站），需要新增网站备案吗"],
     [dict(subject_filing_provider="other", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_other")),
    # fyg otherwise, two turns: 网站名称要改+负责人证件换新; reply: 备案号是火山引擎办的
    (["我们网站名字要改一下，另外负责人的身份证也换新了，备案信息得跟着改吧，在哪弄",
      "备案号是当时在火山引擎那边办的，跟阿里云没关系"],
     [dict(modify_info=Y), dict(has_alibaba_icp_number=N)],
     ["fyg"], ("fyg", None)),
    # no_match: 幕布照片去哪申请
    (["备案要拍的幕布照片去哪里申请？自己打印一张行不行"],
     [dict()], [], "no_match"),
]

ZH_B = [
    # kbw otherwise via un3, two turns: 外贸独立站刚开ECS (neutral); reply: 解析到ECS, 新加坡, 英文商城
    (["我们刚在阿里云开了ECS做外贸独立站，备案到底看什么？光有ECS就要备吗",
      "域名解析到这台ECS了，不过地域是新加坡，不在大陆，上面就是给海外客户看的英文商城网站"],
     [dict(purchased_ecs=Y), dict(domain_resolves_to_ecs=Y, points_to_mainland=N, web_service=Y)],
     ["un3", "kbw"], ("kbw", None)),
    # fvv other, one turn: 主域名在UCloud优刻得备的, app 二级域名放下载页
    (["主域名有备案号，是在UCloud优刻得那边备的，不是阿里云。现在想上一个 app 二级域名放下载页，需要怎么弄"],
     [dict(tld_filing="other")],
     ["fvv"], ("fvv", "fvv_other")),
    # x3g rule, one turn: 家政公司, 只买企业邮箱和域名, 网站用 Notion 搭, 没买ECS
    (["我们是做家政的小公司，阿里云上只买了企业邮箱和域名，网站是用 Notion 搭的，ECS一台都没买过。阿里云这边还要做ICP备案吗"],
     [dict(purchased_ecs=N)],
     ["x3g"], ("x3g", "x3g")),
    # omc rule, two turns: 独立音乐厂牌, 个人没备过; reply: 域名上个月买的（更正）, 没备过
    (["我准备给自己的独立音乐厂牌做个网站，我个人之前没有备过案，要先办什么备案",
      "域名也是刚买的，哦不对是上个月买的，反正从来没有备过案"],
     [dict(subject_filed=N), dict(domain_filed=N)],
     ["omc"], ("omc", "omc")),
    # srs transfer, two turns: 备案在联通云 (neutral); reply: 主体和域名备案整个转到阿里云
    (["联通云上的备案用了好几年了，最近公司上云的方案在调整，想问问阿里云这边一般啥情况下需要申请备案",
      "打算整个迁过来，主体和域名的备案都从联通云转到阿里云，联通云那边以后不用了"],
     [dict(), dict(provider_change="transfer")],
     ["srs"], ("srs", "srs")),
    # srs otherwise, one turn: 备案留在火山引擎, 不转不加, 只调语音合成接口
    (["我们备案挂在火山引擎，会一直留在那边，不转入阿里云，也不会加阿里云做接入商，只是调用阿里云的语音合成接口。这样需要在阿里云申请备案吗"],
     [dict(provider_change="none")],
     ["srs"], ("srs", None)),
    # b24 alibaba, one turn: 主体在阿里云, 电竞酒店预订站, 新买一台ECS
    (["主体是在阿里云备案的，又注册了个新域名给我们电竞酒店做预订站，新站准备新买一台ECS来放，这种要加备网站吗"],
     [dict(subject_filing_provider="alibaba", new_website_on_ecs=Y, purchased_ecs=Y)],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, two turns: 主体在华为云, 二手车新站; reply: 放 Vercel, 不买ECS
    (["我们主体当初是在华为云备的，现在想给二手车业务做个新网站，用新域名，要新增网站备案吗",
      "新站打算放在Vercel上，不买ECS"],
     [dict(subject_filing_provider="other"), dict(new_website_on_ecs=N, purchased_ecs=N)],
     ["b24"], ("b24", None)),
    # fyg rule, two turns: 湘ICP备 在阿里云办的 (neutral on changes); reply: 办公地址和联系邮箱变了
    (["备案号是在阿里云办下来的，湘ICP备开头那种，什么情况下需要去变更",
      "是这样，公司的办公地址和联系邮箱都变了，备案里的信息得改"],
     [dict(has_alibaba_icp_number=Y), dict(modify_info=Y)],
     ["fyg"], ("fyg", "fyg")),
    # no_match: 审核期间网站要不要关
    (["备案审核期间网站需要先关掉吗？能不能边审边开着"],
     [dict()], [], "no_match"),
]


FILES = [("en_a", EN_A, 20262111), ("en_b", EN_B, 20262112),
         ("zh_a", ZH_A, 20262113), ("zh_b", ZH_B, 20262114)]


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
