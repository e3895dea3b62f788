#!/usr/bin/env python3
"""Build the icp_dlg52 blind dialogue set (fifty-second writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg50_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # wedding planning studio, Yantai, native chat; cousin's claim is hearsay
    (["hi!! I run a tiny wedding planning studio in Yantai (3 of us + an intern who mostly does flowers lol). we bought an ECS from you guys last month, went with a region inside mainland china, and our domain yantaiweddingday.cn already has an A record to it. plan is to open our booking website on that box next week so couples can choose packages + pay a deposit online. my cousin swears small studios can skip the government registration thing?? do we need an ICP filing or not"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # CNC machining workshop, Kyrgyz speaker; facts for kbw come in one long reply
    (["Hello. We are small CNC machining workshop, we make shafts and flanges for packaging machine factories. Last month I bought two ECS instance from Alibaba Cloud, one for drawing archive and one for price calculator. Must I do ICP filing for these ECS or no need?",
      "Our domain cncpartsline.com has A record to the ECS, and on this ECS will run the quote web page for customers to upload drawings. The data centre we chose is in Germany because most buyers are European, so it is outside mainland China."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # fire extinguisher servicing, Tangshan, native; customer's claim is hearsay
    (["quick one. our fire extinguisher servicing company in Tangshan has an ECS with you that holds the inspection-tag database, the techs' tablet app talks to it straight by IP address. we do own a domain but it's only used for email at a different host and it was never pointed to that ECS in any way. a customer told our office manager every cloud server in China has to be filed. is an ICP filing needed for our ECS?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # stamp dealer, native lowercase chat; reply is a plain no
    (["hey so I deal in old stamps and postal history (mostly late qing covers, long story how I got into it) and I just bought an ECS instance to keep my inventory db and the high-res scans. do I need ICP filing for that box",
      "nah, zero domains pointed at it, I just open it with the bare ip from my laptop when I catalogue stuff"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # bouncy castle and party rental, Zhuzhou, native
    (["Hi, we rent out bouncy castles and party tents around Zhuzhou. Our developer wants to put an online booking page on book.partyjump.cn. Does a second-level domain like that need its own ICP filing?",
      "the main partyjump.cn got its ICP number via Alibaba Cloud in 2021, you can see it in the footer of the homepage"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # industrial valve distributor, Cangzhou, Moldovan speaker
    (["Good day. Our company distribute industrial valves, ball valve and butterfly valve mostly, from Cangzhou. Main domain hbvalvetrade.com have ICP number since 2019, but that filing was made at 西部数码 (West.cn) in the time we used their virtual host. Now we want make shop.hbvalvetrade.com running on Alibaba Cloud. Which step is necessary for this subdomain?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # family funeral home, Jiujiang, formal native
    (["Good afternoon. I manage a family-run funeral home in Jiujiang. We would like to set up memorial.lianfuneral.com where families can leave condolence messages and photos. Does a second-level domain need a separate ICP filing, or is it covered by the main one somehow?",
      "The main lianfuneral.com has never had an ICP number of any kind. We have only ever used it for our email addresses."],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # orchid growers' circle, Kunming, native volunteer
    (["hello there, I'm the volunteer 'IT person' (ha) for a small orchid growers' circle in Kunming. the only thing we have at Alibaba Cloud is a domain name plus the mail service; nobody ever bought an ECS and the committee voted against renting one, our show calendar lives on Netlify. does an Alibaba Cloud ICP Filing apply to us at all?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # marquee hire, Lao speaker; correction in the reply
    (["Hello, I am not sure about this rule. If we do not buy any ECS, do we still need Alibaba Cloud ICP filing? My business partner say we don't need, I am not so sure he is right.",
      "Ah sorry, I check the billing page now and we already purchased one ECS last Tuesday, my partner forget to tell me about it."],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # security guard company, Baoding, Estonian speaker
    (["Hi. I am starting a security guard and patrol company in Baoding together with two partners. Company was registered in March and has no ICP filing of any kind so far (none of us knew the word until last week), and the domain baodingguardpro.cn is freshly registered, nobody has ever filed it. Do we need the initial ICP filing, and must it be before we go live?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # old coins and banknotes dealer, Kaifeng, Georgian speaker
    (["Hello, I sell old coins and paper money in Kaifeng. Last week I register new domain coinhallkf.com, of course it was never filed, it is totally fresh. Is the initial ICP filing for me?",
      "My trading company itself already passed ICP filing in 2020, for the antiques shop domain we had before, so the subject is filed already."],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # alarm monitoring firm, Dongying, native
    (["we're an alarm monitoring firm in Dongying. our site's ICP filing is with 景安 (Zzidc) and we're keeping them, but we also want to serve the site from Alibaba Cloud, so the plan is to list Alibaba Cloud as a second provider alongside them. does that mean applying for a filing with you?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # model railway club, Datong, native; forum thread is hearsay
    (["hello! model railway club secretary here (Datong, we meet in a church basement every second Saturday). I read something on a forum about transferring filings over to Alibaba Cloud. When exactly is an ICP filing needed for that kind of thing?",
      "neither applies to us really - we're leaving everything with our current host, no transfer and no extra provider, I was only curious after that thread"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # spring manufacturer, Huzhou, Albanian speaker
    (["Dear support, our factory make compression springs and torsion springs. Our company got its ICP filing from 新网 (Xinnet) some years ago for our first website. Now we plan a second brand for export. Do we need to add website ICP filing?",
      "The new brand gets its own new domain springcoil-huzhou.com, and we are buying an ECS on Alibaba Cloud this week, the new site will run on that ECS."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # balloon decoration studio, Nantong, native chat with typos
    (["heyy, balloon decor business in Nantong here. our company did its ICP filing thru Alibaba Cloud last yr for the main site. just bought another ECS and want to host a totaly NEW site on it (new domain balloonarchnt.com) for the corporate events side. do i have to add a website filing or somthing"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # headstone engraving workshop, Quanzhou, Fijian speaker
    (["Hello, we are stone carving workshop for headstones in Quanzhou. The company filing is with 美橙互联 from before. We think to make new website for overseas customers but it will be on Wix, not on any ECS. We did not buy ECS from Alibaba Cloud and will not. Do we need add website ICP filing with you?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fireproof safe dealer, Yichang, Latvian speaker
    (["Hi, we sell fireproof safes and gun cabinets in Yichang. Our website has ICP filing number which was issued through Alibaba Cloud. We moved office and the legal representative changed, so I must update the info of the filing subject. How to do it?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # genealogy society, native; reply is a plain no
    (["Our family-history society got a new chairperson and a new mailing address, so the details on our filing are out of date. Do we have to change the ICP filing, and where is that done?",
      "no, our number came through a hosting company years ago, Alibaba Cloud never had any part in it"],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # no_match: RAM user lost MFA phone
    (["one of my RAM sub-accounts had MFA on a phone that fell in the river on Sunday. how do I unbind the virtual MFA device so he can log in to the console again"],
     [{}],
     [], "no_match"),
    # no_match: OSS lifecycle rule
    (["Set an OSS lifecycle rule 10 days ago to delete objects older than 30 days under the logs/ prefix, but the bucket still keeps files from last year. Is there some delay or did I configure the prefix wrong?"],
     [{}],
     [], "no_match"),
]

EN_B = [
    # hydraulic cylinder repair shop, Handan, Albanian speaker
    (["Hi, I am buying one ECS now for my hydraulic cylinder repair shop. Is ICP filing need for ECS?",
      "Domain hydrorebuild-hd.com will get an A record to that ECS, the data centre is in mainland China near our city, and on it we open the company website with online order form."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # children's party magician, native chat
    (["hiya, I'm a children's party magician (yes really, balloon animals included) and I'm launching a little website so parents can book me. do I need an ICP filing for my domain??",
      "nope, it's on a Squarespace plan, their servers are in the US, nothing of mine sits in mainland China"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # conveyor belt trading company, Qinhuangdao, Kazakh speaker; colleague is hearsay
    (["Hello support. Our conveyor belt trading company purchased ECS last month for running ERP software. My colleague says every server in China must be filed, so now I am worried. Is ICP filing required for us?",
      "The ERP is reached only over VPN with its IP address, we never made any record for a domain name pointing to it."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # photo booth rental, Shaoxing, native
    (["Quick question: we run photo booth rentals in Shaoxing. photobooth-sx.cn is filed with Alibaba Cloud (ICP number from you guys since 2022). We want gallery.photobooth-sx.cn so guests can download their pics after the party. Does that subdomain need its own filing?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # gearbox rebuild shop, Liuzhou, native
    (["If I want to spin up parts.gearboxfixlz.com as a second-level domain for our gearbox rebuild shop here in Liuzhou, is a separate ICP filing needed? the parts catalogue is getting too big for the main site",
      "the top level one does have an ICP number, but that was done with 莱卡云 (Laika Cloud), not with you"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # discus and guppy breeder, Zhangzhou, Sri Lankan speaker
    (["Sir, I breed discus and guppy fish in Zhangzhou, selling to hobbyists all over the country. I want to make shop.discusfarm.net for the orders. For second-level domain is filing needed?",
      "discusfarm.net itself don't have any ICP number, we never applied for it."],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # fireworks display company, Shangrao, native; does not know at first
    (["is an Alibaba Cloud ICP filing required if we don't buy any ECS? our fireworks display company (weddings + town festivals) uses a couple of your products but I'm not the one paying the bills so idk exactly what's on the account",
      "no, just checked with accounting: zero ECS on our account, only the domain and the email boxes"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # welding consumables supplier, Baotou, Mongolian speaker
    (["Hello, my welding wire and electrode company has purchased 3 ECS instances from Alibaba Cloud this year. Someone told me the Alibaba Cloud ICP filing is not required when no ECS is purchased. What about us, since we did purchase?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # chess club, Lianyungang, native; two plain no replies
    (["hi, our chess club in Lianyungang wants to start posting tournament results online. under what conditions is an initial ICP filing required? total newbies at this, sorry",
      "no, never, we have never done anything of that sort, this would be our very first time",
      "no to that one as well, nothing belonging to the club has ever gone through that process"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # PPE supplier, Yancheng, native
    (["Our PPE company (gloves, helmets, hi-vis vests) in Yancheng already has an ICP filing on record for the corporate site. We just registered a new domain ppedirect-yc.cn and it has never been filed. Is that an initial filing case?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # conference AV rental, Rizhao, native
    (["we rent projectors, LED walls and sound kit for conferences in Rizhao. our ICP filing currently sits with 群英网络 and we're moving all hosting to Alibaba Cloud, so we want to transfer the filing of the company and the domain over to you. do we need to apply for something?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # pet cremation service, Mudanjiang, Rwandan speaker
    (["Hello. I try to understand the part of your FAQ about 'transfer' and 'add Alibaba Cloud as a new provider'. In which conditions is an ICP filing required there?",
      "For us none of them. We stay with 蓝队云 like now, and we do not plan to move or add anything. We do pet cremation in Mudanjiang, small business."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # fastener wholesaler, Xining, Paraguayan speaker
    (["Hola, our fastener wholesale company (bolts, nuts, anchors) in Xining has the company filing done by 天翼云 (China Telecom). Now we buy ECS from Alibaba Cloud and we put a new website with new domain boltsxn-export.com on it. What filing is needed in this case?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # stage lighting rental, Zhaoqing, native
    (["we've just bought an ECS and will host a brand-new site for our stage lighting rental arm on it (new domain as well). do I need to add a website filing?",
      "The company's filing was originally done at Alibaba Cloud, in 2019, for our main site."],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # vintage postcard dealer, Putian, Guatemalan speaker
    (["Hello, my vintage postcard business got its subject filing via Alibaba Cloud when we opened our first shop site. Now I bought one more ECS to host a new auction site on a separate domain, postcardbid.cn. Is it needed to add website ICP filing?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # sheet metal fabrication, Hengyang, native
    (["Our sheet metal shop's company filing is with Alibaba Cloud already. When do we need to add a website ICP filing?",
      "We aren't making any new website. Only redesigning the current one, same domain, same ECS as before."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # antique clock shop, Anshan, native
    (["Our antique clock shop's website got its ICP number through Alibaba Cloud. When does the filing need to be changed?",
      "we're renaming the website and the contact person is different now, so we want to modify the info"],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # matchmaking agency, Daqing, Ugandan speaker
    (["Our matchmaking agency changed the registered address so the filing info must be updated. The ICP number was obtained through 雨云 back then, not through Alibaba Cloud. Should I change it on your platform?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # no_match: DataWorks node stuck
    (["DataWorks nightly sync node has been sitting in 'waiting for resources' since 2am, the exclusive resource group looks idle. what should I check first"],
     [{}],
     [], "no_match"),
    # no_match: RocketMQ consumer lag
    (["RocketMQ consumer group keeps piling up messages, lag went past 2 million overnight although all 6 consumers show online. any idea why consumption is so slow?"],
     [{}],
     [], "no_match"),
]

ZH_A = [
    # 浏阳 fireworks exporter; ECS overseas
    (["您好，我们是浏阳做烟花出口的，上周在阿里云买了台ECS，老板问我这个要不要做ICP备案",
      "我们的域名已经解析到这台ECS了，地域选的新加坡，服务器在境外，不在中国内地，上面准备跑一个给海外客户看的产品展示网站"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 许昌 wig factory; 同行 is hearsay
    (["hello，我们许昌做假发的，工厂的库存系统装在阿里云ECS上，ECS是去年买的。听同行说有服务器就得备案，真的假的？",
      "这台机器从来没绑过域名，员工都是直接输IP登录的，DNS解析里也找不到它"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 潍坊 kites
    (["请问二级域名要不要单独备案？我们潍坊做风筝的，想弄个 shop 开头的二级域名专门卖货",
      "主域名那边有备案号的，是前几年在金山云备的，不是阿里云"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 五常 rice
    (["我们五常卖大米的，主域名 wuchangmi.com 一直没有ICP备案号，现在想弄个二级域名 order.wuchangmi.com 放到阿里云上接团购订单，这个二级域名需要备案吗"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 抚松 ginseng
    (["抚松卖人参的小店，在阿里云就注册了个域名，ECS一台都没买，以后也不打算买，店铺开在有赞上。这种情况还需要阿里云的ICP备案吗"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 砀山 pear syrup
    (["我们公司刚成立，砀山做梨膏的，公司主体从来没做过ICP备案。什么情况下要做首次备案啊",
      "打算用的 dsligao.cn 是上个月才注册下来的，这个域名还从来没走过备案流程，干干净净"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 泾县 xuan paper
    (["泾县做宣纸的。我们现在的备案在青云那边，网站也在那边跑得好好的，既不打算转到阿里云，也不打算把阿里云加成新的接入商。这种情况还用去阿里云申请备案吗"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 自贡 lanterns
    (["我们是自贡做彩灯的公司，主体备案是在阿里云做的。请问什么情况下需要新增网站备案？",
      "刚买了一台ECS，打算把新网站放上去，用新注册的域名 zglantern.cn，跟原来的站没关系"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 郫都 bean paste
    (["你好，郫都做豆瓣酱的，我们网站的ICP备案号是在阿里云办的，现在公司法人换了，联系电话也变了，备案信息得跟着改，怎么操作"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # no_match: invoice title
    (["上个月的发票抬头写成了老公司名，想改成新公司名重新开，在费用中心哪里操作"],
     [{}],
     [], "no_match"),
]

ZH_B = [
    # 横县 jasmine seedlings
    (["请问买了ECS是不是一定要备案？我们横县卖茉莉花苗和干花的，刚在阿里云下单了一台ECS",
      "域名 hxmolihua.cn 已经加了A记录指到这台ECS，地域选的杭州，在中国内地，接下来要在上面上线一个对外的商城网站"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 鹤庆 silverware
    (["鹤庆这边做手工银器的，买了台阿里云ECS专门跑订单和财务软件，没有任何域名解析到它，都是IP直连。这也要备案吗"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 安顺 batik
    (["二级域名需要备案吗？我们安顺做蜡染的，想开个 blog 二级域名写写工艺和老师傅的故事",
      "主域名 anshunlaran.com 就是在阿里云备的案，备案号在首页底部能看到"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 安平 wire mesh
    (["不买ECS的话，还需要做阿里云的ICP备案吗？我们安平做丝网的，老板让我来问问",
      "刚问了财务，上个月其实已经买了两台ECS，发票都开好了"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 蕲春 moxa
    (["我们蕲春做艾灸条的，新成立的公司，这个主体以前没做过备案。不过要用的域名之前我用个人名义备过案。这种情况算首次备案吗"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # 南丰 tangerines
    (["南丰蜜桔合作社，原来备案在UCloud优刻得，现在服务器全部搬到阿里云，想把主体和域名的备案一起转到阿里云来，要重新申请吗"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 互助 highland barley liquor
    (["我们互助做青稞酒的，公司主体在京东云那边备过案。啥时候需要新增网站备案？",
      "这次要在阿里云买ECS，新开一个站，用新域名 huzhuqingke.com，就放在这台ECS上"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 斗南 cut flowers
    (["斗南做鲜花批发的，主体备案在七牛云。新网站打算用凡科建站做，不放ECS上，在阿里云也从来没买过ECS，还需要在阿里云新增网站备案吗"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 章丘 iron woks
    (["章丘铁锅厂，网站负责人换人了，要改备案信息，这个备案变更去哪儿办",
      "我们的备案号是移动云那边给的，阿里云这里并没有备案号"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # no_match: Redis eviction
    (["阳江做刀剪的，云数据库Redis内存老是打满，一堆key被淘汰，maxmemory-policy 该怎么改比较稳"],
     [{}],
     [], "no_match"),
]




FILES = [("en_a", EN_A, 52052007), ("en_b", EN_B, 52052019),
         ("zh_a", ZH_A, 52052031), ("zh_b", ZH_B, 52052049)]


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
