#!/usr/bin/env python3
"""Build the icp_dlg30 blind dialogue set (thirtieth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg29_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # kbw rule, one turn: hotpot chain, Chongqing; ECS in China Southwest 1 (Chengdu), A record, ordering site
    (["hi there, we run a hotpot chain out of Chongqing. just bought an ECS in the China Southwest 1 (Chengdu) "
      "region, so the server is in mainland China, and our domain laoguohuoguo.cn already has an A record pointing "
      "at that instance. the online ordering website goes live on it next week. does the domain need ICP filing"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: Spanish olive-oil exporter, non-native; reply: Frankfurt, catalogue website
    (["Hola! I am Mateo, we export olive oil from Andalucia to buyers in China. Last week we purchased an ECS in "
      "Alibaba Cloud. Is ICP filing obligatory for the ECS when maybe no domain is used? For the domain we are "
      "still thinking.",
      "Finally we decided: our domain aceitesolar.es will resolve by DNS to this ECS, the instance is in the "
      "Germany (Frankfurt) region, outside of China, and it will show our catalogue website."],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule, one turn: esports club, Wuxi, game server reached by IP
    (["Our esports club in Wuxi rented two ECS instances to run a private game server for members. There is no "
      "domain name pointing to them at all, players just type the IP into the game client. Do we still have to "
      "do ICP filing?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # un3 rule, generic no: soil-moisture sensors, Weifang
    (["we purchased 2 ECS instances to collect readings from soil moisture sensors on farms around Weifang. does "
      "the ICP filing requirement apply to ECS servers used this way",
      "nope, the sensors post straight to the public IP, nobody ever set up DNS for it"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: pet grooming chain, Chengdu; reply: root got its number through Aliyun
    (["Quick one. Our pet grooming chain in Chengdu wants to put the booking page on book.pawspa.cn. Does a "
      "sub-domain like that need its own ICP filing",
      "pawspa.cn itself got its ICP number through Aliyun in 2021 and we never moved it anywhere"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other, one turn: law firm, Nanjing, root filed via Tencent Cloud
    (["Our law firm in Nanjing owns jinlinglaw.cn, which already has an ICP number, but that filing was done "
      "through Tencent Cloud and not through Alibaba Cloud. We'd like to launch consult.jinlinglaw.cn. Is an ICP "
      "Filing required for this second-level domain?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: silk scarf shop, Suzhou; reply: root bought on GoDaddy, never filed
    (["is ICP filing necesary for a second level domain? thinking of using store.silkroadscarves.com for our "
      "Suzhou silk scarf shop",
      "the top domain silkroadscarves.com has no ICP number, bought it on GoDaddy and it was never filed anywhere"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: freelance translator, only a domain registered
    (["I'm a freelance translator. I only registred a domain through Alibaba Cloud; I did not buy any ECS "
      "instance and I'm not going to. Is an Alibaba Cloud ICP Filing required for me?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise: karaoke bar, Changsha; reply: one 2-core ECS bought last month
    (["Does it depend on ECS whether I need an Alibaba Cloud ICP Filing? I run a karaoke bar in Changsha and "
      "want a small site for room bookings.",
      "we do have one, bought a 2 vCPU 4 GiB ECS last month"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule, one turn: honey brand, Guizhou
    (["My cousin and I are starting a wild honey brand in Guizhou. Neither our company nor our domain has ever "
      "been through ICP filing, everything is brand new. Is this the initial ICP filing case, and when must it "
      "be done?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # omc otherwise: kindergarten; domain never filed; reply: organisation filed in 2020
    (["we registered a brand new domain for our kindergarten, qiqiaokids.cn, and it has never been filed. is the "
      "initial ICP filing what we need to apply for",
      "Yes, the kindergarten as an organisation completed its ICP filing in 2020 for our old site"],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # srs rule, add: 3D printing service keeps JD Cloud
    (["Our 3D printing service has its website filed with JD Cloud. We want to keep JD Cloud and also add "
      "Alibaba Cloud as a new ICP filing provider, because a mirror of the site will run on your servers. Do we "
      "need to apply for a filing with you?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise: language school, Qingdao, Tianyi Cloud; reply: neither, only SMS service
    (["our language school in Qingdao has its ICP filing with Tianyi Cloud. what's the rule about moving a filing "
      "over to Alibaba Cloud or putting you on as a second provider, does it affect us",
      "Neither. The filing stays put at Tianyi Cloud and Alibaba won't become a provider of ours, we just use "
      "your SMS service for class reminders"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other: LED street lights, Zhongshan, West.cn; reply: new domain on an ECS being bought
    (["Our company makes LED street lights in Zhongshan. The company was ICP filed years ago through West.cn for "
      "our main site. What are the conditions for adding a website ICP filing for another site",
      "It is a new domain, zslumen-export.com, and it will be hosted on an ECS instance we are buying from "
      "Alibaba Cloud right now"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba, one turn: ski resort, Jilin
    (["Our ski resort in Jilin already has its company ICP filing with Alibaba Cloud. We bought an ECS and want "
      "to host a new website on it, snowpeakjl.cn, for lift pass sales. Do I need to add a website ICP filing?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise, one turn: Korean cosmetics distributor, Yanji, Baidu AI Cloud, non-native
    (["Hello, our company is Korean cosmetics distributor in Yanji. Company ICP filing was done in Baidu AI "
      "Cloud. We make one new brand website but it stay on Baidu server, we do not buy ECS in Alibaba Cloud. "
      "Must we add website ICP filing at Alibaba Cloud?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule, one turn: wedding photography studio, sole proprietorship -> LLC
    (["The website of our wedding photography studio has an ICP Filing number from Alibaba Cloud. We just turned "
      "the studio from a sole proprietorship into an LLC, so the business licence is new and the subject info "
      "on the filing has to be modified. Do we need to change the ICP filing?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, generic no: dog training school; reply: number from China Mobile eCloud
    (["the ID card of the person responsible for our dog training school's website was renewed, so we need to "
      "update that on our ICP filing. how does changing an ICP filing work",
      "no, our ICP number was issued through China Mobile eCloud"],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # no_match: OSS lifecycle rule
    (["How do I set a lifecycle rule so OSS deletes objects older than 30 days?"],
     [{}], [], "no_match"),
    # no_match: SMS signature rejected
    (["Our SMS signature application keeps getting rejected, which documents do they want from us?"],
     [{}], [], "no_match"),
]

EN_B = [
    # kbw rule via un3: French wine importer, Shanghai; reply: China East 2 (Shanghai), B2B ordering site
    (["Bonjour, I work for a French wine importer in Shanghai. We have purchased an ECS instance. Is ICP filing "
      "needed if the ECS is used without domain? The domain part is not clear for me yet.",
      "Our domain vinsdumonde.cn will point to the ECS through DNS, the instance is in China East 2 (Shanghai) "
      "in the mainland, and we will run our B2B ordering website there."],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise, generic no: handmade fishing lures; reply: VPS in Seoul
    (["need to know if ICP filing is required for my domain, it's for a website where I sell handmade fishing "
      "lures",
      "nope, it resolves to a VPS in Seoul"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # un3 rule: animation studio render farm, Changzhou; reply: SFTP to the IP
    (["we've got an ECS on Alibaba Cloud running a render farm for our animation studio in Changzhou. do we "
      "still need ICP filing for it",
      "There isn't any domain resolving to it, artists push jobs over SFTP using the IP"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba, one turn: marathon club
    (["The root domain of our marathon club, runhuai.cn, was filed through Alibaba Cloud. Do I need a separate "
      "ICP filing for signup.runhuai.cn?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: robotic arm manuals; reply: filed via QingCloud
    (["question about subdomains. if I add docs.mechaarm.cn for our robotic arm manuals, do I need ICP filing "
      "for that subdomain",
      "mechaarm.cn has an ICP number already but it was filed via QingCloud, not you guys"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: karate dojo; reply: root was only parked
    (["My karate dojo wants to use kids.tigerdojo.com.cn. Is ICP filing required for second-level domain names "
      "like this one",
      "The main domain tigerdojo.com.cn doesn't have any ICP number yet, it was just parked until now"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, generic no: bike rental startup, Lanzhou
    (["does buying ECS or not change whether i need an Alibaba Cloud ICP filing? asking for my bike rental "
      "startup in Lanzhou",
      "nope, there's no ECS on our account, haven't bought a single one"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise, one turn: garden nursery, accountant's claim contradicted
    (["My accountant thinks the Alibaba Cloud ICP filing is only for people who buy ECS. We did buy two ECS "
      "instances last quarter for our garden nursery's inventory system. So is the Alibaba Cloud ICP filing "
      "required for us?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule, three turns, two generic no: online calligraphy class
    (["what are the conditions for the initial ICP filing? we're launching an online calligraphy class soon",
      "no, never filed anything",
      "nope, not once"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # omc otherwise, one turn: seafood wholesaler, Zhoushan
    (["Our seafood wholesale company in Zhoushan finished ICP filing for the company some years back, but the "
      "new domain haixian-zs.cn has never been filed. Do we need the initial ICP filing?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # srs rule, transfer: eyeglass frames, Danyang, from Tencent Cloud
    (["We want to transfer our ICP filing for both the company and the domain from Tencent Cloud to Alibaba "
      "Cloud, as our eyeglass frame shop from Danyang is moving its servers. Do we need to apply for ICP filing?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise: solar panel installer, China Mobile eCloud; reply: keeps it there, email push only
    (["When exactly does an ICP filing with Alibaba Cloud become necessary if our current filing sits at China "
      "Mobile eCloud? we're a solar panel installer",
      "we're keeping it where it is, no transfer and no adding Alibaba as another provider. the only Alibaba "
      "Cloud product we use is Direct Mail"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other, one turn: textile mill, Shaoxing, JD Cloud
    (["hi, we are a textile mill in Shaoxing and our company is already filed as a subject with JD Cloud. we're "
      "purchasing an ECS on Alibaba Cloud now and want to host a brand new website domain on it "
      "(fabricmill-sx.com). do we need a website ICP filing"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: tea plantation, Pu'er; reply: company filed through Alibaba Cloud 2019
    (["We're buying an ECS to host a new website for our tea plantation in Pu'er, new domain puerleaf.cn. Do I "
      "need to add a website ICP filing?",
      "the plantation company itself went through ICP filing with Alibaba Cloud, back when we built our first site"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 alibaba, one turn: Indonesian rattan exporter, Guangzhou subsidiary, non-native
    (["Halo, I am Budi from rattan handicraft exporter in Indonesia, we have chinese subsidiary in Guangzhou. "
      "The subsidiary is filed with Alibaba Cloud already. We bought ECS and want to host new website on it. "
      "Need add website ICP filing or not?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: museum, Alibaba subject; reply: new exhibition site on own server room
    (["Our museum's filing subject is registered with Alibaba Cloud. When do we need a website ICP filing for "
      "an extra site?",
      "The new exhibition site won't be on an ECS, it will live in the museum's own server room"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule: chess club; reply: subject renamed after a merger
    (["hey, the chess club site carries an ICP number that Alibaba Cloud obtained for us. in what situation do we "
      "have to change the filing",
      "yes, we want to modify it, the filing subject got a new name after our chess club merged with another one"],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise, one turn: dance school, number from Qiniu
    (["Our ICP number wasn't from Alibaba Cloud, the dance school got it through Qiniu, but we want to modify "
      "the website info on the filing. Do we change it on the Alibaba Cloud ICP filing platform?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # no_match: Function Compute cold starts
    (["Function Compute cold starts are really slow for us, any way to keep instances warm?"],
     [{}], [], "no_match"),
    # no_match: second MFA device
    (["how do i add a second MFA device to my main account"],
     [{}], [], "no_match"),
]

ZH_A = [
    # kbw otherwise via un3: 跨境宠物用品; reply: 中国香港地域, 商城网站
    (["我们做跨境宠物用品，刚在阿里云买了台ECS，不用域名的话要不要备案？至于用不用域名，现在还没想好。",
      "现在定了：域名会解析到这台ECS，机器在中国香港地域，用来跑我们的商城网站。"],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule: 内部ERP; reply: VPN连内网IP
    (["公司买了两台ECS跑内部的ERP和财务系统，这种情况要做ICP备案吗",
      "没有域名解析过去，员工都是连VPN之后用内网IP访问"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv other: 手机版子域名; reply: 腾讯云备的
    (["二级域名要单独备案吗？我们想开一个 m.yunduanlvxing.cn 做手机版",
      "主站那个域名早就拿到备案号了，不过是腾讯云帮忙办下来的，跟阿里云无关"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none, one turn: 户外露营装备
    (["我们打算用 shop.yeyingjia.cn 这个二级域名卖户外露营装备，可主域名 yeyingjia.cn 一直没有备案号，这个二级域名要不要备案"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule, one turn: 只注册域名，没买ECS
    (["我就在阿里云注册了个域名，ECS一台都没买过，网站放在别家，这样还用在阿里云办备案吗"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # omc rule: 工作室主体没备过; reply: 域名新买的
    (["我们工作室是刚注册的，主体以前从来没有备案过，首次备案在什么情况下要办",
      "这个域名同样是空白，上个月刚从注册商那里拿下来，一次备案都没做过"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # srs otherwise, one turn: 京东云，不迁也不加
    (["备案一直挂在京东云，打算保持不动，没有迁过来或者加阿里云做接入的计划，阿里云这边只用短信服务，这种要在阿里云办备案吗"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 alibaba: 主体阿里云; reply: 新域名放刚买的ECS
    (["我们公司主体是在阿里云备的案，现在想再做一个网站，什么情况下需要新增网站备案",
      "新网站用的是新域名，准备放在我们刚买的那台ECS上"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # fyg rule, one turn: 营业执照换新
    (["网站的备案号是在阿里云办的，公司营业执照最近换了新的，主体信息要跟着改，是不是要在阿里云备案平台做变更"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # no_match: 云盘扩容
    (["云盘扩容以后，系统里看不到新增的空间，该怎么处理"],
     [{}], [], "no_match"),
]

ZH_B = [
    # kbw rule via un3: reply: 华北2（北京），企业官网
    (["我们在阿里云开了台ECS，以后会不会接域名还不好说，这种要备案吗",
      "域名最后还是要解析到这台ECS，地域选的华北2（北京），在大陆，上面放我们的企业官网"],
     [{"purchased_ecs": Y},
      {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule, one turn: 定时任务算报表
    (["我们买的ECS只是用来跑定时任务算报表，没有任何域名解析到它上面，需要ICP备案吗"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: 客服中心子域名; reply: 顶级域名在阿里云备案
    (["想给官网加个 help.kuaixiuwang.com 子域名做客服中心，二级域名还得再备案吗",
      "顶级域名之前就是在阿里云备案的，备案号一直在阿里云名下"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # x3g otherwise: reply: 上个月开了两台ECS
    (["不买ECS是不是就不需要阿里云的ICP备案？想确认一下我们自己的情况",
      "我们有买，上个月刚开了两台ECS"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc otherwise, one turn: 个人没备过，二手域名备过
    (["我个人名下从来没备过案，不过这个域名是从别人手里收的二手域名，之前已经备过案了，现在需要做首次备案吗"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # srs rule, transfer, one turn: 西部数码
    (["我们想把主体和域名的备案从西部数码转到阿里云，这种情况要重新申请备案吗"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # b24 other: 天翼云; reply: 买ECS放新域名网站
    (["公司当初做主体备案找的是天翼云，现在想在阿里云这边加一个网站，这种新增网站备案需要满足什么条件",
      "这回准备下单阿里云的ECS，上面跑一个全新域名的官网"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 otherwise, one turn: 百度智能云，虚拟主机
    (["主体备案是在百度智能云做的，这次新网站打算用他们的虚拟主机，跟ECS没关系，阿里云的ECS我们也没买，需要在阿里云新增网站备案吗"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg otherwise: 身份证换新; reply: 移动云办的
    (["主体负责人的身份证过期换了新证，备案信息要更新，变更备案怎么操作",
      "备案号不是在阿里云拿的，是在移动云那边办的"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # no_match: SLB健康检查
    (["SLB负载均衡的健康检查一直失败，是什么原因"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 30031003), ("en_b", EN_B, 30031011),
         ("zh_a", ZH_A, 30031027), ("zh_b", ZH_B, 30031043)]


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
