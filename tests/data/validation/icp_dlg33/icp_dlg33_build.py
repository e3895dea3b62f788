#!/usr/bin/env python3
"""Build the icp_dlg33 blind dialogue set (thirty-third writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg32_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # kite workshop, Weifang; ECS in the Nanjing region, A record already set, catalogue and order page
    (["Hello, I run a small kite workshop in Weifang (third generation family business, we make the big dragon "
      "kites). Last week we bought one ECS instance in the Nanjing region, and my nephew, who does all the computer "
      "stuff, already added an A record so our domain laoyuanfengzheng.cn resolves to that instance. The plan is to "
      "put our online catalogue and an order page on it before the kite festival in April. Do we have to do an ICP "
      "filing for this setup?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # Brazilian coffee exporter, Changzhou office, non-native; domain undecided -> resolved to ECS in Manila
    (["Olá! We are a Brazilian coffee exporter with a small office in Changzhou for the Chinese clients. We have "
      "purchased one ECS instance already. Is ICP filing needed for this? About the domain name we have not decided "
      "yet, maybe we use it with the ECS, maybe not.",
      "We decided with our developer now: the domain cafeserradourada.com will be resolved to the ECS. However the "
      "ECS we bought is in the Philippines (Manila) region, not in mainland. It will run our website where roasters "
      "ask for green coffee samples."],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # animation studio, Wuxi; GPU render farm reached by public IPs, no domain
    (["Our animation studio in Wuxi bought six GPU ECS instances to render frames for a short film. The artists' "
      "render manager connects to them by their public IP addresses; there is no domain name resolved to any of "
      "them and we have no plan for one. Is ICP filing required in this case?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # hobby futures trader, backtests; generic no: jupyter over ssh tunnel to the IP
    (["I bought an ECS instance to run backtests of my futures trading strategies overnight (python, pandas, "
      "nothing fancy). It's just for me. Do I need an ICP filing for an ECS used like this?",
      "nope, nothing points at it. i open jupyter through an ssh tunnel to its ip and download the csv results"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # tea garden, Pu'er; shop subdomain; reply: root filed through Alibaba Cloud in 2021
    (["Hi, our tea garden in Pu'er sells raw pu-erh cakes. We'd like to open shop.puerhillside.cn as a separate "
      "store front. Does a second-level domain like that need its own ICP filing?",
      "The main domain puerhillside.cn already has an ICP number, we applied for it through Alibaba Cloud in 2021."],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # silk lantern maker, Zigong; root filed through Landui Cloud
    (["We build the giant silk lanterns for festivals in Zigong. Our main site zigongcaideng.com has an ICP number, "
      "but that filing was done through Landui Cloud (蓝队云), not Alibaba Cloud. Now we want to run "
      "gallery.zigongcaideng.com on Alibaba Cloud. Is an ICP filing required for this subdomain?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # Russian souvenir shop, Manzhouli, non-native; reply: root registered in March, no ICP number
    (["Hello. I am from Russia, I have souvenir shop in Manzhouli, matryoshka dolls and chocolate. I want to make "
      "second level domain blog.matryoshka-mzl.cn for stories about the dolls. For second level domain name ICP "
      "filing is needed?",
      "main domain has no ICP number at all. I registered it in march and did nothing with it yet"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # wedding videographer, Baoding; domain for email only, no ECS and none planned
    (["Quick one: I'm a freelance wedding videographer in Baoding. I bought my domain on Alibaba Cloud only so I "
      "can have a professional email address. I have no ECS instances and I'm not going to buy any. Do I still need "
      "an Alibaba Cloud ICP filing?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # Korean cosmetics reseller, Yanji; hearsay from a WeChat group; reply: two ECS since last autumn
    (["Hello, we sell Korean cosmetics from Yanji. Someone in seller WeChat group tell us Alibaba Cloud ICP filing "
      "is not needed when you don't buy ECS. Is this true for us?",
      "hmm we do have two ECS instances since last autumn actually, the shop backend runs on them"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # solar panel installer, Yinchuan; brand-new company, brand-new domain
    (["We are a brand-new solar panel installation company in Yinchuan, registered two months ago. The company has "
      "never done any ICP filing, and our domain ningxiayangguang.cn was just registered, so it has never been "
      "filed either. What do we need to apply for before we put the website online?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # indoor ice rink, Qiqihar; new booking domain; reply: operating company filed years ago
    (["We run an indoor ice rink in Qiqihar and just registered a new domain for the skating lessons booking page; "
      "that domain has never been filed. Is the initial ICP filing what we need?",
      "The rink's operating company went through ICP filing already, a few years ago for our old main website."],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # horse-riding camp, Hulunbuir; keeps Rainyun, adds Alibaba Cloud
    (["Our horse-riding camp on the Hulunbuir grassland has its ICP filing with Rainyun (雨云). We're keeping that "
      "filing there, but the booking part of the site will move to Alibaba Cloud, so we want to add Alibaba Cloud "
      "as an additional ICP filing provider. Under what conditions is an ICP filing needed for that?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # writing brush maker, Huzhou; reply: stays at 中资源, only the machine translation API
    (["My writing brush company in Huzhou has its subject and domain filed with another service provider. When "
      "does switching or adding providers mean we have to apply for an ICP filing with Alibaba Cloud?",
      "we're not moving the filing and not adding a provider either. it all stays at 中资源, we only want to call "
      "Alibaba Cloud's machine translation API from our own server"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # automatic mahjong tables, Dongguan; subject filed with 亿恩科技; reply: buying ECS, new export-brand domain on it
    (["We make automatic mahjong tables in Dongguan. Our company's ICP filing (the subject) was done with 亿恩科技 "
      "(Enkj) for our main website. Do we need to add a website ICP filing at Alibaba Cloud?",
      "Right now we are buying an ECS on Alibaba Cloud, and the new domain for our export brand will be hosted on it."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # car wash chain, Guiyang; subject filed with Alibaba Cloud; booking site on their ECS
    (["Our car wash chain in Guiyang got its company ICP filing through Alibaba Cloud two years ago (for the loyalty "
      "card site). We've now registered a second domain for a booking website, and it will be hosted on one of our "
      "Alibaba Cloud ECS instances. Do we need to add a website ICP filing for that?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # German partner of a bonsai nursery, Yangling, non-native; 华夏名网 virtual hosting, no ECS
    (["Guten Tag. I am the German partner of a bonsai nursery in Yangling. Our company is filed via 华夏名网 "
      "(sudu.cn). We want a second website with a new domain, but it will sit on virtual hosting at 华夏名网 as "
      "well. We have no ECS and do not plan to buy. Do we need to add website ICP filing in Alibaba Cloud?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fireworks company, Liuyang; moved office, Alibaba Cloud ICP number, address change
    (["Our fireworks company in Liuyang moved its office across town last month. The website's ICP filing number "
      "was obtained in Alibaba Cloud, and now we need to update the company address in the filing subject "
      "information. Does the ICP filing need to be changed, and where?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # sign language interpreting agency; generic no: number via 快快网络
    (["The person in charge of our sign language interpreting agency's website has a new mobile number, so we want "
      "to update that in our ICP filing info. What is the procedure?",
      "no, our number was issued via 快快网络, we never filed anything with Alibaba Cloud"],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # no_match: VAT special invoice for the bill
    (["How can I get a VAT special invoice (增值税专用发票) for last quarter's bill? Our finance team needs the "
      "company tax number printed on it."],
     [{}], [], "no_match"),
    # no_match: OSS lifecycle rule to Archive
    (["what's the easiest way to make OSS move objects older than 90 days into Archive storage automatically? the "
      "bucket has millions of small log files"],
     [{}], [], "no_match"),
]

EN_B = [
    # Vietnamese dragon fruit importer, Pingxiang, non-native; reply: resolves to the ECS in a mainland region, price site
    (["Hello, I am from Vietnam, our company import dragon fruit through Pingxiang. We purchased ECS in Alibaba "
      "Cloud last month. We still discuss if we use domain name to access it or not. In this case ICP filing "
      "required?",
      "My boss has decided now: the domain thanhlongviet.cn will resolve to this ECS, which is in a mainland China "
      "region. On it we run the wholesale price website for our buyers."],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # Polish amber jewellery webshop; generic no: server in Warsaw
    (["Hi, we're opening a .cn domain for our amber jewellery webshop (we're a small Polish company selling to "
      "Chinese customers). Is an ICP filing required for the domain name?",
      "no, the .cn just points to our shop server in Warsaw, nothing in China"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # delivery van route optimisation, Shijiazhuang; reply: no domain, dispatch software uses the IP
    (["We just bought an ECS instance to run nightly route-optimisation jobs for our delivery vans around "
      "Shijiazhuang. Does this need an ICP filing?",
      "There's no domain pointed at it, the dispatch software in our office talks to it straight over its IP address."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # kindergarten, Zhuhai; root filed with Alibaba Cloud; photos subdomain
    (["Our kindergarten in Zhuhai has its domain filed with Alibaba Cloud (the ICP number came through the Alibaba "
      "Cloud filing system). The teachers want photos.xiaoxingxingyuan.cn for sharing class pictures with parents. "
      "Does that second-level domain need an ICP filing of its own?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # Italian gelato shop, Xuzhou, non-native; reply: root filed by 腾正科技
    (["Sorry for my english, I am Italian, I have gelato shop in Xuzhou. Second-level domain like "
      "menu.gelatodimarco.cn, it need ICP filing?",
      "the main domain have an icp number, but it was done by 腾正科技 when they made our website, not by Alibaba"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # astronomy club, Delingha, lowercase; reply: root never filed, only parked
    (["our astronomy club in delingha wants sky.stargazers-delingha.cn for observing logs and photos. do "
      "second-level domains need an icp filing",
      "honestly the root was never filed, no icp number on it, we only parked it"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # running club; generic no: only domain and mailboxes
    (["Does our running club need an Alibaba Cloud ICP filing? We bought our domain from you and set up club email.",
      "nope, no servers of any kind, just the domain and the mailboxes"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # fishing tackle shop, Dandong; read the FAQ, but bought one ECS yesterday
    (["I read in your docs that if you don't purchase any ECS instances you don't need an Alibaba Cloud ICP filing. "
      "But we did buy one ECS yesterday for our fishing tackle shop in Dandong. So does that rule still help us?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # hot spring resort, Tengchong; two generic no replies
    (["Under what conditions is the initial ICP filing required? We're putting up a website for our hot spring "
      "resort in Tengchong.",
      "no, never did that",
      "nope, that neither. all new to us"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # pickled mustard factory, Fuling; company filed 2019, new snack-brand domain never filed
    (["Our pickled mustard factory in Fuling already has a company ICP filing (done in 2019 for the brand site). We "
      "bought a new domain for a spin-off snack brand and it has never been filed. Is the initial ICP filing "
      "required for us?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # trampoline park, Luzhou; transfer from 天互数据
    (["We run a trampoline park in Luzhou. Our subject and domain are filed with 天互数据, and we want to transfer "
      "the whole ICP filing over to Alibaba Cloud because we're moving the site there. What are the conditions for "
      "that?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # esports bar, lowercase; reply: staying with 犀牛云, not adding Alibaba Cloud
    (["our esports bar's site is filed through 犀牛云. if we ever change or add providers, when would we need an "
      "icp filing with alibaba cloud",
      "we're staying with 犀牛云 for the filing and not adding alibaba either, just asking for the future"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # Spanish wine importer, Yantai, non-native; subject at 中国数据, buying ECS, new tapas site on it
    (["Hola, we are a Spanish wine importer in Yantai. Our company is already filed with 中国数据 (zgsj.com) for "
      "the distribution site. Now we buy an ECS in Alibaba Cloud and want a new domain for our tapas restaurant "
      "website, hosted on that ECS. We must add a website ICP filing?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # golf driving range, Haikou; new site on ECS; reply: subject filed with Alibaba Cloud in 2022
    (["We're launching a new website on a brand-new domain for our golf driving range in Haikou, hosted on an ECS "
      "we bought yesterday. Do I need to add a website ICP filing?",
      "our company filing was done with alibaba cloud too, back in 2022 for the old course-info page"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # French couple's cooking class studio, Lijiang, non-native; Alibaba subject, new site on their ECS
    (["Bonjour! My wife and I run a cooking class studio in Lijiang. Our company ICP filing was done on Alibaba "
      "Cloud last year. Now we host a new site with a new domain (for the Naxi food tours) on our Alibaba ECS. Is "
      "it needed to add a website filing for it?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # chess tournament, Jiujiang; Alibaba subject; reply: volunteer's server in Estonia, not ECS
    (["Our company's ICP filing was done at Alibaba Cloud. We're making a new website for a chess tournament we "
      "organise in Jiujiang. Do we need to add a website ICP filing?",
      "It won't be on an ECS. A volunteer hosts it on his own server in Estonia."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # KTV chain, Zhuzhou; Alibaba number; reply: renaming the company after a merger
    (["quick question from a karaoke (KTV) chain: the ICP number on our room booking site was issued in Alibaba "
      "Cloud's filing system. in which situations do we have to change that filing",
      "we're renaming the company after merging with another KTV brand in Zhuzhou, so the subject name in the "
      "filing will be different"],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # textile exporter, Keqiao, Indian English; number via 三丰云, website name change
    (["Dear team, our textile export website in Keqiao got its ICP number through 三丰云, not from Alibaba Cloud. "
      "We need to update the website name in the filing. Kindly advise whether we must do the change on the "
      "Alibaba Cloud ICP platform."],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # no_match: ApsaraMQ for Kafka consumer lag
    (["Our ApsaraMQ for Kafka consumer group lag keeps growing after we added partitions. Any idea how to "
      "rebalance it?"],
     [{}], [], "no_match"),
    # no_match: Elasticsearch cluster yellow
    (["Alibaba Cloud Elasticsearch cluster health turned yellow after I added a data node, some replica shards stay "
      "unassigned. What should I check?"],
     [{}], [], "no_match"),
]

ZH_A = [
    # 临沂五金工具外贸；回复：老板拍板，解析到ECS，但在沙特（利雅得），询盘网站
    (["我们是临沂做五金工具外贸的，在阿里云买了一台ECS，域名要不要解析到这台机器上还没商量好，这种情况需要备案吗",
      "老板拍板了：域名会解析到这台ECS，不过这台是在沙特（利雅得）地域买的，上面放给中东客户看的询盘网站"],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 停车场道闸收费系统；回复：岗亭电脑直接填公网IP
    (["我们公司买了三台ECS给停车场道闸收费系统用，这样需要做ICP备案吗",
      "没有用域名，岗亭电脑里直接填的是服务器公网IP"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 中山古镇灯饰；回复：主域名在衡天云备的
    (["我们是中山古镇做灯饰的，想给官网加一个 shop 开头的二级域名做商城，二级域名也要单独备案吗",
      "主域名是有备案号的，当时是在衡天云那边备的，不是阿里云"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 学校动漫社，主域名没有备案号，bbs 二级域名
    (["我们学校动漫社注册了一个域名，一直没去备案，所以没有备案号。现在想开个 bbs 二级域名给社员交流，这个二级域名需要备案吗"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 搬家公司，只买了域名和企业邮箱
    (["我们是开搬家公司的，在阿里云只买了域名和企业邮箱，ECS一台也没有，以后也用不上。这样还用在阿里云做ICP备案吗"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 少儿围棋培训个体户；回复：域名上周才注册
    (["我是个体户，开了个少儿围棋培训班，之前从来没有办过ICP备案。这种是不是要做首次备案",
      "域名上周才注册的，也没有备过案"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 票据报销软件，备案在阿贝云，不转不加，只调OCR接口
    (["我们是做票据报销软件的，网站备案在阿贝云，不打算转到阿里云，也不会把阿里云加成新的接入商，只是要调用阿里云的OCR文字识别接口。这种情况需要在阿里云申请备案吗"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 租车公司，主体阿里云；回复：刚买两台ECS放新域名租车网站
    (["租车公司这边问一下，我们公司主体当年是通过阿里云做的备案，现在还想再上一个网站，这种要走新增网站备案吗",
      "刚买了两台ECS，准备放一个新注册域名的自驾租车网站"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 律师事务所搬家，改主体通信地址
    (["我们律师事务所网站的备案号是在阿里云办的，律所上个月搬了新办公室，主体的通信地址要改一下，备案是不是要变更"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # no_match: DataWorks 调度节点重跑
    (["DataWorks里的一个调度节点昨天晚上失败了，下游节点全卡住了，怎么只重跑这一个节点和它的下游"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 社区生鲜团购；回复：开完会，解析到南京地域的ECS，团长下单网站
    (["我们是做社区生鲜团购的，已经买了阿里云ECS，但还没确定用不用域名访问，现在需要备案吗",
      "刚开完会：域名会解析到这台ECS，机器在南京地域，上面跑团长下单的网站"],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 视频会议媒体中转服务器，客户端直连IP
    (["我们买了两台ECS做视频会议的媒体中转服务器，客户端都是直接用IP连接，没有任何域名解析到这两台机器上，需要ICP备案吗"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 羽毛球馆 book 二级域名；回复：主域名在阿里云备过
    (["我们羽毛球馆想用 book 开头的二级域名做场地预订，二级域名要不要另外备案",
      "主域名在阿里云备过案，有备案号"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 养蜂合作社，听说；回复：其实去年就买了一台ECS
    (["听说没买ECS的话就不用在阿里云备案，我们养蜂合作社是不是这种情况",
      "其实去年就买了一台ECS，一直放着没怎么用"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 预制菜子公司，主体没备过，域名集团转来已备过
    (["我们是集团刚成立的预制菜子公司，主体从来没备过案；官网用的域名是集团转给我们的，这个域名之前已经备过案了。我们需要做首次备案吗"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # 眼镜连锁，从林枫云整体转入
    (["我们眼镜连锁店的网站备案现在在林枫云，打算把主体和域名的备案整个转到阿里云来，这种要怎么申请"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 农机配件厂，主体莱卡云；回复：正在买ECS，新域名商城放上面
    (["我们农机配件厂的主体是在莱卡云备案的，现在想在阿里云做网站备案，需要新增网站备案吗",
      "对，正在阿里云下单买ECS，新注册的配件商城域名就放在这台ECS上"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 旗袍定制工作室，主体华纳云，新网站也放华纳云，没买ECS
    (["我们旗袍定制工作室的主体是在华纳云备案的，新开的网站还是放在华纳云的云服务器上，阿里云的ECS没买也不打算买，需要在阿里云新增网站备案吗"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 宠物寄养店改负责人手机号；回复：备案号在阿贝云拿的
    (["我们宠物寄养店的网站要改一下负责人的手机号，备案信息要怎么变更",
      "备案号是在阿贝云那边拿的，阿里云这边没有"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # no_match: MongoDB 副本集连接串
    (["云数据库MongoDB副本集实例，应用里连接串应该怎么写才能在主节点切换后自动连到新的主节点"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 33033007), ("en_b", EN_B, 33033019),
         ("zh_a", ZH_A, 33033031), ("zh_b", ZH_B, 33033049)]


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
