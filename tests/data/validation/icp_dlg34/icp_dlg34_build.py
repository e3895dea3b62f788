#!/usr/bin/env python3
"""Build the icp_dlg34 blind dialogue set (thirty-fourth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg33_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
for this set (new personas, industries, cities, regions, providers and phrasings, written the way users type in a
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
    # kbw rule, 1 turn: greenhouse tomato co-op, Shouguang; ECS inside mainland China, A record, price list + pre-order page
    (["Hi, I manage sales for a greenhouse tomato co-op in Shouguang. Last week we bought an ECS instance, it's in one "
      "of the data centres inside mainland China, and our IT guy already added an A record so shouguangredtomato.cn "
      "goes to it. The site on it is our price list plus a pre-order page for supermarkets. Before we open it up, do "
      "we have to do ICP filing for the domain?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: Canadian maple syrup exporter, Huai'an office, domain undecided; reply: Mexico (Queretaro)
    (["hi there, we're a small maple syrup exporter from Ontario with a sales office in Huai'an. we bought an ECS "
      "instance a couple weeks ago but havent worked out yet whether we'll hook our domain up to it or just hand the "
      "IP to partners. does that setup need ICP filing",
      "Sat down with my business partner this morning and settled it: mapleroadsyrup.com will resolve to that ECS. "
      "However the ECS itself is in the Mexico region (Querétaro), nowhere near mainland China, and it'll run the "
      "wholesale ordering website for our Latin American buyers."],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule, 1 turn: university hydrology group, Yichang; loggers push to public IPs over MQTT
    (["Our hydrology group at a university in Yichang rents two ECS instances that collect readings from water level "
      "gauges along the Qingjiang river. The data loggers push straight to the instances' public IPs over MQTT, no "
      "hostname has ever been set up for them and nothing resolves there. Is an ICP Filing still required in this "
      "case?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # un3 rule, generic no: 3-person firmware startup, Xiangyang, git repos + CI on an ECS, lowercase
    (["were a 3 person firmware startup in xiangyang, just bought an ecs to keep our git repos and run CI builds. do "
      "we have to get icp filing for it",
      "nope, we just ssh to the raw ip, theres no name set up for the box"],
     [{"purchased_ecs": Y},
      ANY_NO],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: scuba diving school, Weizhou Island (Beihai), dive subdomain
    (["We run a scuba diving school on Weizhou Island (Beihai) and want to publish our dive schedule at "
      "dive.weizhoublue.cn. Since that's a subdomain, does it need an ICP filing of its own?",
      "weizhoublue.cn itself got its ICP number through Alibaba Cloud when the school opened in 2020"],
     [{},
      {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, 1 turn: jade carving studio, Hotan; root domain number via 天下数据 (idcicp)
    (["Our jade carving studio in Hotan owns hetianjadecarving.com, and that main domain got its ICP number through "
      "天下数据 (idcicp.com) a few years back. We'd now like gallery.hetianjadecarving.com to run on Alibaba Cloud. "
      "Does the second-level domain need a filing?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: Pakistani salt lamp importer, Kashgar, non-native; root bought in January, no number
    (["Assalam o alaikum. I am importing Himalayan pink salt lamps from Pakistan, my office is in Kashgar. I want to "
      "make shop.pinksaltkashgar.cn for the customers, this is a sub domain. Kindly tell sub domain also need ICP "
      "filing or it is covered",
      "The main pinksaltkashgar.cn I only purchased in January, nobody has applied ICP for it, so it is having no ICP "
      "number"],
     [{},
      {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, 1 turn: locksmith, Anshan; domain only for the QR code on his van, no ECS, none planned
    (["I'm a locksmith in Anshan. I registered a domain through Alibaba Cloud only so the QR code on my van looks more "
      "professional, it just redirects to my WeChat contact page. I don't own any ECS instances and I won't be buying "
      "one. Do I still need an Alibaba Cloud ICP filing?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise: Thai massage spa, Jinghong, hearsay from a friend, non-native; reply corrects: nephew bought an ECS
    (["Sawasdee ka. My friend who also open shop in Jinghong tell me if I don't buy ECS then no need Alibaba ICP "
      "filing. For my Thai massage spa website it is same like that",
      "ah sorry I forget, my nephew already buy one ECS for the spa in May, it is in my account"],
     [{},
      {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule, 1 turn: cashmere knitwear label, Ordos, company and domain both brand new
    (["Just started a cashmere knitwear label in Ordos. The company was registered last month and the domain "
      "ordoscashmereloft.com was bought yesterday; neither of them has ever been through ICP filing. Under what "
      "conditions is the initial filing needed, and does that apply to us"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # omc otherwise: bowling alley, Tangshan, lowercase, new domain; reply: company has an old ICP record
    (["our bowling alley in tangshan bought tangshanstrike.cn for lane bookings, that domain has never had an icp "
      "filing. do we need the initial icp filing for it",
      "The company that runs the alley does have an ICP record already, from an old membership site we shut down in "
      "2018"],
     [{"domain_filed": N},
      {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # srs rule (add), 1 turn: ski resort, Chongli, keeps 纵横云 (zhcloud), adds Alibaba Cloud
    (["Our ski resort in Chongli has its ICP filing with 纵横云 (zhcloud) and we're keeping them for the main site, but "
      "the lift pass shop is going onto Alibaba Cloud, so we want Alibaba Cloud added as an extra ICP filing provider "
      "for the website. Under what conditions is a filing needed for that"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise: Czech brewpub, Kaifeng, 酷番云, non-native; reply: staying, not adding, only SMS service
    (["Dobrý den, we are Czech brewpub in Kaifeng, our website ICP was done with 酷番云. When exactly I need to "
      "transfer the filing to Alibaba Cloud, or to put Alibaba Cloud as extra provider",
      "We stay with 酷番云 for the website and we don't add Alibaba Cloud as provider, we use from you only the SMS "
      "service for table reservation messages"],
     [{},
      {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other: Dutch milking robot distributor, Tongliao, subject via 主机屋 (zhujiwu); reply: ordering ECS, new domain
    (["Hello, our company sells milking robots and dairy equipment, office in Tongliao. The company filing was done "
      "through 主机屋 (zhujiwu) for our first website. In which case do we need to add a website ICP filing for a "
      "second site",
      "At this moment we are ordering an ECS and the spare parts shop will run there, on a new domain "
      "robotmelk-onderdelen.cn"],
     [{"subject_filing_provider": "other"},
      {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, 1 turn: sheet metal workshop, Cangzhou, laser cutting quote site on new ECS
    (["Our sheet metal workshop in Cangzhou did its company ICP filing with Alibaba Cloud two years ago. We've just "
      "bought an ECS instance and want to host a new website for laser cutting quotes on it, under a fresh domain. "
      "Do we have to add a website ICP filing?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, 1 turn: Greek olive oil importer, Rizhao, 易名中国 (eName) hosting, no ECS, non-native
    (["Kalimera, Greek olive oil importer here, office in Rizhao. Our company filing was made with 易名中国 (eName). "
      "Now we open second website for recipes but it stays on the eName cloud hosting, we have no ECS from Alibaba "
      "Cloud and we will not buy. Must we add a website filing in Alibaba Cloud"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule, 1 turn: ID photo studio, Zunyi, new owner -> person responsible on the filing
    (["Our ID photo studio in Zunyi has a website ICP number issued by Alibaba Cloud. The shop changed owners in "
      "October, so the person responsible on the filing needs to be updated to the new owner. Does the filing need "
      "to be changed for that?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, generic no: Nigerian hair wig exporter, Xuchang; number via 帝联科技 (Dnion)
    (["Good day. I run a hair wig export website from Xuchang and I need to update the contact email and the site "
      "name on our ICP filing. Please how do I go about it",
      "no, the number was issued through 帝联科技 (Dnion), not Alibaba Cloud"],
     [{"modify_info": Y},
      ANY_NO],
     ["fyg"], ("fyg", None)),
    # no_match: KMS automatic key rotation
    (["How do I set up automatic rotation for a customer master key in KMS every 90 days, and will data encrypted "
      "with the old key version still decrypt"],
     [{}], [], "no_match"),
    # no_match: DTS sync delay into AnalyticDB
    (["our DTS task that syncs MySQL into AnalyticDB has shown around 40 minutes of delay since this morning, what "
      "should i look at first"],
     [{}], [], "no_match"),
]

EN_B = [
    # kbw rule via un3: Indonesian bird's nest importer, Shantou, non-native; reply: meeting finished, mainland, catalogue
    (["Hai, we are Indonesian company importing edible bird's nest, office in Shantou. We already bought ECS from "
      "Alibaba Cloud, but about the domain name my team is not agree yet if we connect it. Do we need ICP filing",
      "Meeting is finish today: sarangwaletnusantara.cn will point to this ECS, the ECS is located inside mainland "
      "China, and our product catalogue website will run on it"],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, generic no: IELTS tutor, Zhanjiang, lowercase; server in Macau
    (["i tutor IELTS online out of zhanjiang and want a small website on my own domain so students can book lessons. "
      "is icp filing required for the domain",
      "nope, its on a server in Macau that a friend rents to me"],
     [{"web_service": Y},
      ANY_NO],
     ["kbw"], ("kbw", None)),
    # un3 rule: wind farm, Chifeng, SCADA historian; reply: controllers use public IPs over VPN
    (["We operate a wind farm near Chifeng and purchased ECS instances to hold our SCADA data historian. Is an ICP "
      "Filing required for them?",
      "The turbine controllers send their data straight to the instances' public IPs through a VPN, and no DNS name "
      "points at them"],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, 1 turn: amateur football league, Meizhou, lowercase, root filed with aliyun
    (["our amateur football league in meizhou has meizhoufootball.cn filed with aliyun already. want to add "
      "fixtures.meizhoufootball.cn for the match schedule, does the sub domain need its own icp"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: Mongolian felt boot trader, Erenhot, non-native; reply: number from 迅达云 SpeedyCloud
    (["Hello, I am from Ulaanbaatar, I trade Mongolian felt boots in Erenhot. I want to make boots.gobiwool.cn, it is "
      "second level of my domain. This one also need ICP filing",
      "My main gobiwool.cn has ICP number already, but it was given by 迅达云 SpeedyCloud, not by Alibaba Cloud"],
     [{},
      {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: makerspace, Xinxiang, lowercase with typo; reply: parent never filed, only email forwarding
    (["makerspace in xinxiang here. we'd like wiki.xinxiangmakers.org for our tool docs, is a seperate icp filing "
      "needed for a subdomain like that",
      "the parent xinxiangmakers.org was never filed anywhere, it has no icp number, we only used it for email "
      "forwarding"],
     [{},
      {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, generic no: illustrator, Shaoxing, portfolio on GitHub Pages
    (["I'm an illustrator in Shaoxing and registered my own name as a domain on Alibaba Cloud, not sure about servers "
      "yet. Is an Alibaba Cloud ICP filing required if I skip ECS?",
      "no, I haven't bought any ECS and the portfolio lives on GitHub Pages"],
     [{},
      ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, 1 turn: apple orchard, Luochuan, ECS since March
    (["Our apple orchard in Luochuan has had an ECS instance since March. I keep seeing that Alibaba Cloud ICP filing "
      "isn't needed without ECS instances, so does that exemption still cover us?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule, 3 turns: handmade soap workshop, Zhangye; two generic no replies
    (["Starting a handmade soap workshop in Zhangye. When would I need the initial ICP filing",
      "nope, we have never gone through anything like that at all",
      "no, that hasn't happened either"],
     [{},
      ANY_NO,
      ANY_NO],
     ["omc"], ("omc", "omc")),
    # omc otherwise, 1 turn: sea cucumber hatchery, Dongying, company filed 2019, new brand domain never filed
    (["Our sea cucumber hatchery in Dongying went through ICP filing as a company back in 2019 for our old site, but "
      "the domain we just bought for the new consumer brand has never been filed. Is the initial ICP filing what we "
      "need here?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # srs rule (transfer), 1 turn: lavender farm, Huocheng, lowercase, from 天地祥云
    (["lavender farm in huocheng here. our icp filing currently sits with 天地祥云 and we want to move the whole "
      "thing, subject and domain, over to alibaba cloud. what do we need to apply for"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise: speech startup, Mianyang, lowercase, 九州云 (99cloud); reply: staying, not adding, only the speech API
    (["hey, speech startup in mianyang here, our filing is with 九州云 (99cloud). in what situation would we have to "
      "transfer it to alibaba cloud, or add alibaba cloud as another provider",
      "for now it stays at 九州云 and we're not adding alibaba cloud as a provider either, we only call alibaba's "
      "speech recognition api from our app"],
     [{},
      {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other, 1 turn: Egyptian travel agency, Datong, subject via 品高云 (BingoCloud), buying ECS for nile cruise site
    (["Hello, we are an Egyptian travel agency with an office in Datong. Our company ICP filing was done before with "
      "品高云 (BingoCloud). Now we are buying an ECS on Alibaba Cloud for a new website nilecruise-cn.com. Which "
      "filing is needed please"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: billiards halls, Handan, booking site on new ECS; reply: company filed through Alibaba Cloud
    (["We run billiards halls in Handan and just bought an ECS instance. The new table booking website, on a brand "
      "new domain, will be hosted on it. Do we need to add a website ICP filing?",
      "The company itself went through Alibaba Cloud for its filing when we opened our first hall"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y},
      {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 alibaba, 1 turn: Swedish design consultancy, Jinhua, non-native, packaging portfolio
    (["Hej! Our design consultancy in Jinhua made the subject filing with Alibaba Cloud already. We just bought an "
      "ECS and will put a new website there, new domain, for our packaging portfolio. Do we need website ICP filing "
      "for it"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: goji berry company, Zhongning, Alibaba subject; reply corrects: distributor hosts it, not on ECS
    (["Our goji berry company in Zhongning has its ICP filing subject on Alibaba Cloud. When do we need to add a "
      "website ICP filing?",
      "The new site for wholesale buyers was going to go on an ECS, but we changed plans last week: our distributor "
      "hosts it on their own servers, so it won't be on an ECS at all"],
     [{"subject_filing_provider": "alibaba"},
      {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule: accounting firm, Langfang; reply: website contact person left, new name and phone
    (["Our accounting firm in Langfang got its ICP filing number from Alibaba Cloud. When does the filing need to be "
      "changed",
      "Our office manager, who was listed as the website contact, has left, so we'd like to replace her name and "
      "phone number with the new person's"],
     [{"has_alibaba_icp_number": Y},
      {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, 1 turn: Iranian saffron seller, Urumqi, non-native, number via 易探云
    (["Hi, I sell Iranian saffron from Urumqi. Our website ICP number is not from Alibaba Cloud, it came from 易探云. "
      "I want to change the company address in the filing. It must be changed on Alibaba Cloud platform?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # no_match: Model Studio / Qwen API throttling
    (["Calls to the Qwen API through Model Studio keep returning 429 Throttling errors, how do I get my "
      "requests-per-minute quota raised"],
     [{}], [], "no_match"),
    # no_match: ACK node pool autoscaling
    (["ACK cluster question: the node pool won't scale out even though pods sit in Pending, and the autoscaler log "
      "says no scalable node group found"],
     [{}], [], "no_match"),
]

ZH_A = [
    # kbw otherwise via un3: 安平丝网外贸; reply: 和合伙人商量好，澳大利亚（悉尼）地域，给海外买家的产品网站
    (["我们是河北安平做丝网外贸的，刚在阿里云买了一台ECS，域名要不要指过去还在纠结，这种情况要不要备案呀",
      "跟合伙人商量好了：域名会解析到这台ECS，可这台机器买的是澳大利亚（悉尼）地域，上面放的是给海外买家看的产品网站"],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule: 超市电子价签; reply: 网关里填的是公网IP，没配过解析
    (["我们给连锁超市做电子价签系统，后台部署在阿里云的两台ECS上，请问需要备案吗",
      "门店的基站网关里填的都是服务器公网IP，从来没有给它们配过解析"],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv other: 安吉竹编家居 mall 子域名; reply: 主域名在狐蒂云办的备案号
    (["我们是安吉做竹编家居的，想开个 mall.anjizhubian.com 做网上商城，这种子域名还要单独去备案吗",
      "主域名anjizhubian.com有备案号的，不过当时是在狐蒂云那边办的"],
     [{},
      {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, 1 turn: 社区老年大学报名子域名，主域名没有备案号
    (["我们社区老年大学想用 baoming.laonianxuetang.cn 做报名页面，主域名买了以后一直放着没管，也没有备案号，这个二级域名要办备案吗"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, 1 turn: 水果店，域名只跳转小程序，没买ECS也不打算买
    (["我在小区门口开了家水果店，域名只是用来跳转到小程序的，阿里云的ECS一台都没买，以后也没这个打算，还需要做阿里云备案吗"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # omc rule: 个人开发者记账App官网; reply: 域名上个月才注册
    (["我是个人开发者，以前从来没用自己的身份证备过案，现在想给记账App做个官网，是不是得办首次备案",
      "用的域名是我上周五刚抢注下来的新域名，从来没被谁拿去备案过"],
     [{"subject_filed": N},
      {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # srs otherwise, 1 turn: 考研辅导机构，互联港湾，不迁不加，只用视频点播
    (["我们考研辅导机构网站的备案挂在互联港湾，备案还是留在那边，不迁过来，也不会再多加阿里云一家接入，只是想用阿里云的视频点播放课程，这样需要在阿里云做备案吗"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 alibaba: 淄博烧烤店，主体在阿里云; reply: 刚下单买ECS放外卖点单新网站
    (["淄博烧烤店老板一个，公司去年就通过阿里云把主体备案做完了。再开一个网站的话，要不要另外加网站备案",
      "刚下单买了台ECS，准备把外卖点单的新网站放上去，用的是新注册的域名"],
     [{"subject_filing_provider": "alibaba"},
      {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # fyg rule, 1 turn: 心理咨询工作室改网站名称
    (["我们心理咨询工作室的网站备案号是在阿里云拿的，现在网站名称要改成新的品牌名，备案信息是不是也得跟着变更"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # no_match: Hologres 内存超限
    (["Hologres 实例跑大查询老是报内存超限，有哪些参数可以调"],
     [{}], [], "no_match"),
]

ZH_B = [
    # kbw rule via un3: 周至猕猴桃合作社; reply: 社员大会定了，大陆机房，预售网站
    (["我们是周至的猕猴桃合作社，已经在阿里云买了ECS，还没想好要不要绑个域名上去，需要备案吗",
      "社员大会定下来了，域名会解析到这台ECS，机器就在大陆的机房，准备挂一个猕猴桃预售的网站"],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule, 1 turn: 工厂车间数据采集，PLC网关直连公网IP
    (["我们工厂车间的数据采集放在阿里云ECS上，PLC网关直接连的是服务器公网IP，没有哪个域名指向它，这样也要备案吗"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: 游泳馆约课子域名; reply: 主域名在阿里云备的
    (["我们游泳馆想弄个 yuyue.haitunswim.cn 给会员约课，这种子域名需不需要再单独备一次",
      "主域名haitunswim.cn当时就是在阿里云上备的，备案号也是阿里云下来的"],
     [{},
      {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # x3g otherwise: 锡林郭勒羊肉网店，听群里说; reply: 年初其实买了两台ECS
    (["听群里的人说，没买阿里云ECS就不用在阿里云备案，我们卖锡林郭勒羊肉的网店也是这样吧",
      "哦忘了说，我们年初其实已经买了两台ECS"],
     [{},
      {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc otherwise, 1 turn: 聚名网买的老域名备过案，本人没备过
    (["我在聚名网上买了个老域名，之前的主人给它备过案；我自己从来没有以个人身份备过案，这种情况要做首次备案吗"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # srs rule (transfer), 1 turn: 连锁药房，从紫光云迁入
    (["我们连锁药房的备案原来在紫光云，现在打算把主体和域名一起迁到阿里云，这个要怎么申请"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # b24 other: 宜兴紫砂壶工作室，中国电子云; reply: 刚买ECS放新定制网站
    (["我们宜兴紫砂壶工作室的主体是在中国电子云备的案，什么情况下需要到阿里云新增网站备案",
      "这周刚在阿里云买了ECS，打算把新的紫砂壶定制网站放上去，域名也是新注册的"],
     [{"subject_filing_provider": "other"},
      {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 otherwise, 1 turn: 相声社，360智汇云，新购票网站也放那边，没买ECS
    (["我们相声社的主体在360智汇云备的案，现在想做个新的演出购票网站，还是放在360智汇云的云主机上，阿里云ECS没买也不准备买，这种要在阿里云新增网站备案吗"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg otherwise: 广告公司换负责人邮箱电话; reply: 备案号在宝德云办的
    (["我们广告公司要把网站负责人的邮箱和电话换掉，备案这边怎么变更",
      "备案号不是阿里云给的，是在宝德云那边办下来的"],
     [{"modify_info": Y},
      {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # no_match: Quick BI 仪表板外部分享权限
    (["Quick BI 的仪表板分享给外部同事，他们打开一直提示没有权限，怎么设置"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 34034007), ("en_b", EN_B, 34034019),
         ("zh_a", ZH_A, 34034031), ("zh_b", ZH_B, 34034049)]


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
