#!/usr/bin/env python3
"""Build the icp_dlg31 blind dialogue set (thirty-first writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg30_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # kbw rule, one turn: piano tuning business, Hefei; ECS in China North 1 (Qingdao), A record, booking website
    (["Hi, I run a piano tuning and repair business in Hefei. Last week I bought an ECS instance in China North 1 "
      "(Qingdao), so the server sits on the mainland. My domain hefeipianotuner.cn now has an A record pointing at "
      "that instance, and I'm putting an online booking website on it where customers pick a time slot. Is an ICP "
      "Filing required for my domain?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: Brazilian acai importer, non-native, unsure about the domain; reply: US (Silicon Valley), online store
    (["Hello, we are brazilian company selling acai powder, we purchase one ECS instance from Alibaba Cloud "
      "yesterday. My question: ICP filing is required when we have ECS but maybe dont use domain name? I still "
      "dont know if my developer will connect the domain or not",
      "I asked him now. The domain acaiverde.com.br will resolve by DNS to this ECS, but the ECS region is US "
      "(Silicon Valley), not China. It will be our online store website for the customers."],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule, one turn: warehouse in Jiaxing, barcode scanners upload to elastic IPs, no DNS record
    (["We purchased three ECS instances for our warehouse in Jiaxing. The handheld barcode scanners upload scans to "
      "them over the elastic IP addresses, and we never created any DNS record for them, there is no domain name "
      "involved anywhere. Do we still have to do ICP Filing just because we bought ECS?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # un3 rule, generic no: vending machine backend, Xiamen, lowercase, predecessor set up DNS
    (["got a couple ecs boxes running the backend for our vending machines around xiamen. does that alone mean icp "
      "filing, not sure how the guy before me wired up the dns side",
      "nope, checked the dns console and no record points at them. the machines just hit the elastic ip"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: choir in Xi'an, tickets subdomain; reply: root filed through the Alibaba Cloud ICP Filing system in 2019
    (["Our choir in Xi'an wants to sell concert seats on tickets.xianchoir.org.cn. Does a second-level domain like "
      "that need its own ICP Filing?",
      "The main domain xianchoir.org.cn went through the Alibaba Cloud ICP Filing system, our number was issued "
      "in 2019."],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: architecture practice, Hangzhou, root filed by CE Dongli
    (["Our architecture practice in Hangzhou has had studio-lin.com for years. Its ICP number was handled by CE "
      "Dongli (中企动力) when they built our original site, so Alibaba Cloud was never the provider. We now want "
      "portfolio.studio-lin.com running on Alibaba Cloud. Does that subdomain need a filing of its own?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: indie game studio, browser demo subdomain, typo; reply: root bought on Porkbun, never filed
    (["indie game studio here, we wanna run play.moonkitegames.com for the browser demo. is a filing needed for a "
      "seccond level domain",
      "the main moonkitegames.com has no icp number at all, we bought it on porkbun and nobody ever filed it"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: retired maths teacher, poetry blog; correction ECS -> domain
    (["I'm a retired maths teacher and I write a little poetry blog. I bought an ECS... sorry, wrong word, I bought "
      "a DOMAIN from Alibaba Cloud. I have no ECS instance and I don't plan to buy one, a friend hosts the blog for "
      "me. Do I need an Alibaba Cloud ICP Filing?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise: yoga studio, Kunming, still comparing; reply: partner ordered an ECS this morning
    (["Is an Alibaba Cloud ICP filing needed if we don't end up buying ECS? We run a yoga studio in Kunming and I'm "
      "still comparing options",
      "Update: my business partner went ahead and ordered an ECS instance this morning, so we do have one now."],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: drone aerial photography company, Shenzhen, long context, both brand new
    (["We founded a drone aerial photography company in Shenzhen last month. So far we have a business licence, two "
      "pilots, a showreel and a freshly registered domain, skyframe-aerial.cn. Neither the company nor that domain "
      "has ever gone through ICP filing, it would be the very first time for both. What are the conditions for the "
      "initial ICP Filing?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # omc otherwise: tyre retailer, Jinan, new domain never filed; reply: company filed in 2018 for the old site
    (["Tyre retailer in Jinan here. We just registered jinantyres.com and it has never been filed anywhere. is this "
      "an initial icp filing case",
      "The company itself is already filed, we did an ICP filing for our old shop website back in 2018."],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # srs rule (add), one turn: secondhand bookstore, Harbin, keeps CapitalOnline
    (["Our online secondhand bookstore in Harbin has its ICP filing with CapitalOnline (首都在线) and we are keeping "
      "it there, but we want Alibaba Cloud added as an extra ICP Filing provider for the same website because part "
      "of it will run on your servers. Under what conditions is an ICP Filing needed for that?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise: Azure China (21Vianet); reply: neither, only the Machine Translation API
    (["We're filed with Microsoft Azure China, the one operated by 21Vianet. Under what conditions would we need an "
      "ICP filing with Alibaba Cloud, like for transferring or adding a provider",
      "We are not moving the filing to Alibaba Cloud and not adding Alibaba Cloud as a provider either. All we want "
      "is your Machine Translation API for our product descriptions."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other: flooring supplier, Foshan, subject filed via cndns; reply: buying an ECS, new domain, new site on it
    (["Flooring supplier from Foshan. our company (the subject) was filed through cndns (美橙互联) years ago. when "
      "do we need to add a website icp filing",
      "We're purchasing an ECS instance right now, and a brand-new domain, oakfloor-fs.com, will be a new website "
      "hosted on it."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: veterinary pharmacy chain, Wuhu, recruiting site on a new ECS
    (["Our veterinary pharmacy chain in Wuhu already has its company ICP filing done with Alibaba Cloud. We just "
      "bought another ECS instance and want to host a new recruiting website with a new domain on it. Do we need "
      "to add a website ICP filing?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: Vietnamese family rice paper maker, Dongxing, non-native, Chinac, own factory server
    (["Hello, our company make rice paper in Dongxing, my family is from Vietnam so sorry for my english. Company "
      "filing subject is already filed by Chinac (华云数据). Now we want new website with new domain, but we will "
      "put it on the server inside our factory, we dont buy ECS from Alibaba. Need to add website ICP filing with "
      "you?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: pottery studio, Jingdezhen, moved workshop, address out of date
    (["Our pottery studio in Jingdezhen got the website's ICP Filing number through Alibaba Cloud. We moved to a new "
      "workshop and the registered address on the filing is out of date, so the subject's info has to be updated. "
      "Does that mean changing the ICP Filing?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, generic no: charity fundraising site, contact person left, typo; reply: number via NetEase's cloud
    (["the person in charge of our charity fundrasing site left, so the contact name and phone on the filing have to "
      "be updated. how do i change the icp filing",
      "nope, the icp number wasn't from alibaba cloud, netease's cloud got it for us years ago"],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # no_match: Container Registry image pulls slow on ACK
    (["image pulls from container registry to our ACK nodes are super slow, sometimes 10 minutes for a 2 GB image. "
      "is there a vpc endpoint or some acceleration option"],
     [{}], [], "no_match"),
    # no_match: budget alert email on monthly spend
    (["How can I get an email alert when our monthly Alibaba Cloud spending goes over 5000 RMB?"],
     [{}], [], "no_match"),
]

EN_B = [
    # kbw rule via un3: German machine-tool maker's subsidiary, Taicang, non-native; reply: DNS to the ECS, China North 3 (Zhangjiakou), service portal
    (["Good day. We are the Chinese subsidiary of a German machine tool maker in Taicang. We have purchased ECS "
      "instances already. Is ICP Filing necessary for ECS when no domain names are used? For the moment it is not "
      "decided if a domain will be used.",
      "Now it is decided: our domain will be pointed through DNS to the ECS, the region is China North 3 "
      "(Zhangjiakou) in Mainland China, and there will run our service portal website for customers."],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, generic no: surfboard rental web shop, Wanning, "filling" typo; reply: server in Kuala Lumpur
    (["launching a web shop for our surfboard rentals in wanning. do domain names need icp filling",
      "no, the domain resolves to a server in Kuala Lumpur"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # un3 rule: taxi company, Taiyuan, dashcam archive, unsure; reply: uploads to the public IP, no domain resolved
    (["A taxi company in Taiyuan here, we bought ECS instances to archive dashcam footage. Do we need ICP Filing for "
      "those instances if we go without domain names, which I'm honestly not sure about yet",
      "The dashcams upload straight to the instance's public IP; no domain name is resolved to those instances."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: ceramic tile distributor, lowercase, blog subdomain
    (["ceramic tile distributor here. tilehouse.cn got its icp number via alibaba cloud, we'd like to open "
      "blog.tilehouse.cn now. does that second level domain need a separate filing"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: youth orchestra, recordings subdomain; reply: root filed via NWCD (AWS Ningxia)
    (["Our youth orchestra wants a recordings.harbourstrings.cn subdomain for concert recordings. Do second-level "
      "domains require ICP filing?",
      "The root domain's ICP number came through NWCD, the company that runs AWS in Ningxia, so not Alibaba Cloud."],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: podcast network, feeds subdomain; reply: root has no ICP number, hosted in London
    (["We run a small podcast network and want feeds.loudkettle.com as a subdomain. Is ICP filing needed for a "
      "second-level domain?",
      "The top-level domain doesn't have any ICP number. It has always been hosted on a server in London."],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, generic no: phone case store, cousin's hearsay; reply: Shopify, never bought an ECS
    (["my cousin swears every site on earth needs an icp filing. does the alibaba cloud filing still apply to people "
      "who skip buying ecs, trying to figure out where i stand",
      "nope, my phone case store runs on shopify, never bought a single ecs"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: recruitment agency, group-chat hearsay contradicted by own purchase
    (["Someone in our recruitment agency's group chat says the Alibaba Cloud ICP filing can be skipped as long as "
      "you don't buy ECS. We did buy two ECS instances last Friday though. Is the Alibaba Cloud ICP Filing "
      "required for us?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule, three turns, two generic no: kombucha brewery, Dali
    (["We brew kombucha in Dali and want to start selling online. Under what conditions is the initial ICP filing "
      "required?",
      "no, never done any filing before",
      "nope, same story there, it has never gone through any filing"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: vocational school filed before, fresh alumni domain
    (["Our vocational school was filed years ago for its main website, so the school as a subject has been through "
      "ICP filing. We just bought a fresh domain for an alumni site that has never been filed. Do we need an "
      "initial ICP filing for that?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # srs rule (transfer), one turn: medical device distributor, from AWS China Beijing (Sinnet)
    (["We're a medical device distributor. The filing for our company and domain currently sits with AWS China in "
      "Beijing (Sinnet), and we'd like to transfer it over to Alibaba Cloud since we're moving everything. Under "
      "what conditions is an ICP filing required for that?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise: aquarium, Dalian, Sina Cloud; reply: neither, only Quick BI
    (["Our aquarium in Dalian has its filing with Sina Cloud (SAE). Would we need an ICP filing with you if we "
      "transfer or add a provider, how does that work",
      "Neither, actually. We're keeping Sina Cloud as the only provider and only want Alibaba Cloud's Quick BI for "
      "ticket sales dashboards."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other, one turn: sports nutrition brand, subject via Bizcn, buying an ECS for a new site
    (["Our company's ICP filing subject was filed through Bizcn (商务中国). We're a sports nutrition brand, and now "
      "we're purchasing an ECS instance to host a new website on a new domain, proteinlab-cn.com. Do we need to add "
      "a website ICP filing at Alibaba Cloud?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: escape room, Changchun, lowercase; reply: company filed with Alibaba Cloud for the old booking site
    (["we're buying an ecs for our escape room in changchun and it'll host a fresh website on a domain we just "
      "registered. does that mean we have to add a website icp filing",
      "Our company was already filed with Alibaba Cloud back when we made the old booking site."],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 alibaba, one turn: Russian-owned timber trader, Suifenhe, non-native
    (["Hello. We are company in Suifenhe, owners from Russia, we sell timber. Our company already have ICP filing in "
      "Alibaba Cloud. We bought new ECS and want host there new website with new domain. Is need to add website "
      "filing?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: perfume brand, Alibaba subject; reply: new site on the agency's server in Shenzhen, not ECS
    (["Our perfume brand's filing subject is with Alibaba Cloud. when do we need to add a website icp filing",
      "The new site won't be on an ECS instance, it'll sit on our partner agency's own server in Shenzhen."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule: rock climbing gym, number via Alibaba Cloud; reply: modify website name and person in charge
    (["Rock climbing gym here, our site's ICP number came out of Alibaba Cloud. In which situations do we have to "
      "change the filing?",
      "We want to modify the website name and the person in charge listed on it."],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: used car dealership, correction Alibaba -> 22.cn, address update
    (["We run a used car dealership. Our ICP number was issued via Alibaba... no wait, I checked, it was 22.cn "
      "(爱名网), not Alibaba Cloud. We have to update the company's registered address on the filing. Do we have to "
      "change it on the Alibaba Cloud ICP Filing platform?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # no_match: WAF blocks checkout POST requests
    (["Our WAF keeps blocking legit POST requests from the checkout form and returns 405. How do I whitelist that "
      "path?"],
     [{}], [], "no_match"),
    # no_match: ApsaraDB for Redis evicting keys
    (["redis instance on apsaradb keeps evicting keys even though memory usage shows around 60%, which eviction "
      "policy should we use"],
     [{}], [], "no_match"),
]

ZH_A = [
    # kbw otherwise via un3: 留学咨询，域名用不用没商量好; reply: 解析到ECS，美国（弗吉尼亚），留学咨询网站
    (["你好，我们是做留学咨询的，上周在阿里云买了一台ECS。想问下如果不用域名，是不是就不用备案了？不过后面会不会绑域名，"
      "我还没跟技术商量好",
      "商量好了，域名会解析到这台ECS上，但是机器买在美国（弗吉尼亚），不在大陆，主要用来放我们的留学咨询网站"],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule: 工厂监控录像存ECS，域名外包网管弄的; reply: 没做域名解析，摄像头直连公网IP
    (["厂里买了两台ECS存监控摄像头的录像，这种情况要不要备案？域名这块是外包的网管弄的，我不太清楚",
      "问过网管了，没做域名解析，摄像头是直接连ECS的公网IP上传的"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv other: 家政服务平台 app 子域名; reply: 凡科建站时帮忙备的
    (["我们想给家政服务平台开一个 app.jiazhengbang.cn 的二级域名，二级域名需要单独备案吗",
      "主域名有备案号，是当初凡科建站的时候帮我们备的，不是在阿里云备的"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn: 花店，主域名没有备案号，order 子域名
    (["我们花店的主域名一直没有备案号，现在想启用 order 这个二级域名做线上订花，二级域名要备案吗"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: 更正：买的是域名和企业邮箱，ECS没下过单
    (["我在阿里云买了台ECS，哦不对说错了，买的是域名和企业邮箱，云服务器ECS从来没下过单，以后也不打算下，"
      "这样还需要做阿里云的ICP备案吗"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # omc rule: 今年三月注册的公司没办过备案; reply: 新域名，没人拿它备过案
    (["我们公司今年三月才注册的，公司名下还从来没办过备案，首次备案需要满足什么条件啊",
      "域名也是刚买的新域名，之前没有任何人拿它备过案"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # srs otherwise, one turn: 时代互联，不转不加，只用OCR接口
    (["我们的备案放在时代互联，不打算转到阿里云，也不打算把阿里云加成新的接入商，就是想用一下阿里云的OCR文字识别接口，"
      "这样需要办备案吗"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 alibaba: 主体在阿里云备过; reply: 刚下单ECS，新域名新网站，儿童绘本
    (["我们公司这个主体之前已经在阿里云备过案了，想问下什么情况下需要新增网站备案",
      "我们刚下单了一台ECS，准备在上面放一个用新域名的新网站，做儿童绘本的"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # fyg rule, one turn: 备案号在阿里云，公司搬家改主体地址
    (["我们网站的备案号是在阿里云办下来的，最近公司搬到了新的办公地址，备案里的主体地址要改，这种算不算要变更备案"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # no_match: NAS挂载超时
    (["NAS文件系统挂载到服务器上老是超时，安全组端口也放开了，还能从哪里排查"],
     [{}], [], "no_match"),
]

ZH_B = [
    # kbw rule via un3: 中医馆，老板还没拍板; reply: 解析到ECS，华北6（乌兰察布），预约挂号网站
    (["我们中医馆刚买了阿里云的ECS，请问不用域名的话还要备案吗？域名到底用不用，老板还没拍板",
      "老板定了，域名要解析到这台ECS，ECS在华北6（乌兰察布），属于内地，上面跑预约挂号的网站"],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule, one turn: 短视频MCN，ECS做音视频转码，没有域名解析
    (["我们是做短视频的MCN，买了几台ECS专门做音视频转码，转完直接传到OSS，没有任何域名解析到这几台机器上，这样也要备案吗"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: 驾校约考子域名; reply: 主域名在阿里云备的案
    (["驾校想弄个 kaoshi.anxinjiaxiao.com 的二级域名给学员约考试，二级域名要不要另外备案呀",
      "主域名那个号当初走的是阿里云的备案系统，接入商一直都是阿里云"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # x3g otherwise: 二手奢侈品回收，同行传言; reply: ECS上周已经买了
    (["听同行说不在阿里云买ECS就不用做阿里云备案，是真的吗？我们是做二手奢侈品回收的",
      "我们这边ECS已经买了，上周财务刚付的款，买了一台"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc otherwise, one turn: 新子公司没备过，域名集团转来的，以前备过
    (["我们是新成立的子公司，公司主体从来没备过案，但是要用的域名是集团转给我们的，那个域名以前已经备过案了，"
      "这种还算首次备案吗"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # srs rule (transfer), one turn: 从群英网络整体转到阿里云
    (["我们现在的备案在群英网络，想把主体和域名的备案整体转到阿里云来，这种情况要怎么备案"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # b24 other: 主体在硅云备的; reply: 正在买ECS，新域名全新网站放上面
    (["我们主体是在硅云那边备的案，现在想在阿里云这边新增网站备案，需要满足什么条件",
      "我们正在买阿里云的ECS，新注册的域名要做一个全新的网站，就放在这台ECS上"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 otherwise, one turn: 主体在帝恩思，新网站放自己机房，没买ECS
    (["主体在帝恩思备过案，现在有个新网站想上线，不过不会放在ECS上，我们也没在阿里云买ECS，网站放在自己机房，"
      "这种要新增网站备案吗"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg otherwise: 网站改名; reply: 备案号不是阿里云的，本地电信机房办的接入
    (["我们网站改名了，备案里的网站名称得跟着改，变更备案怎么弄呀",
      "备案号不是阿里云的，当年是在本地电信机房办的接入"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # no_match: 自动快照没有按保留天数删除
    (["自动快照策略设置了保留7天，但是旧快照一直没有被自动删除，这是什么原因"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 31031007), ("en_b", EN_B, 31031019),
         ("zh_a", ZH_A, 31031031), ("zh_b", ZH_B, 31031049)]


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
