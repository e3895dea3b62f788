#!/usr/bin/env python3
"""Build the icp_dlg55 blind dialogue set (fifty-fifth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg53_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # Turkish-speaking owner of an industrial laundry in Foshan, everything in one message
    (["Merhaba, good morning. I am running industrial laundry business in Foshan together with my wife's family, "
      "we wash bed sheets and towels for around forty hotels, also some restaurant tablecloths. Last month my "
      "nephew bought two ECS from Alibaba Cloud in the Guangzhou region (he say it is cn-guangzhou, so inside "
      "mainland) and he already put the A record of our domain to the ECS IP address. Now we want to open web page "
      "where the hotels log in, see pickup times and download the invoices, so it is real public website, not only "
      "for inside office. The GPS of our trucks is other story, not important now. My question: with all this, we "
      "must do ICP filing or no?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # Brazilian export manager of a towel factory in Gaoyang, server region given in the follow-up
    (["oi! Rafael here, brazilian guy managing export sales for a towel factory in Gaoyang, Hebei (bath towels, "
      "beach towels, the big fluffy ones hotels like). IT budget is tiny so last night I bought one ECS instance on "
      "Alibaba Cloud with the company card, it was on sale lol. My boss now asks if we need this ICP thing before "
      "we use it, his brother-in-law says every server in China needs it. do we need ICP filing for the ECS?",
      "so I picked the Tokyo region for it, not mainland, becuase our showroom clients are in Osaka. our domain "
      "gaoyang-towels.com already resolves to the instance by A record and it serves our catalogue site with a "
      "quote form"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # Nigerian records-shredding firm in Hefei, ECS reached only by raw IP
    (["Good day. Please I work for a records management and document shredding firm in Hefei, we collect old paper "
      "files from banks and clinics and shred them on site inside our truck, then the customer receive a "
      "certificate of destruction. We purchased 3 ECS instances on Alibaba Cloud last quarter. They only run our "
      "internal tracking database and a sync job which the drivers' tablets call by the raw IP address. No domain "
      "name has ever been pointed to any of these servers, in fact we don't even own a domain for this project. "
      "My director heard on a podcast that every cloud server in China must get ICP license before it can be "
      "switched on. Please is an ICP filing required in our case? Thank you in advance."],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # native chat, self-storage in Xuzhou, generic "nope" follow-up
    (["hey quick q. we run a self storage place in xuzhou (climate controlled units, mostly people storing "
      "furniture during renovations, random but it's busy). my co-owner bought an alibaba cloud ECS last month "
      "for the gate keypad system and the camera recordings. do we need an ICP filing for that machine? the guy "
      "who installed our keypads says yes but he also told me bitcoin would hit a million by christmas so idk",
      "nope, there's no domain name pointing at it, the keypads just talk to it over our VPN"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # Vietnamese marketer at a mattress factory in Linyi, top domain status in the follow-up
    (["Hello, I am Thu, I work in marketing team of a mattress factory in Linyi, Shandong. We make spring "
      "mattress and latex pillow, mostly for hotel chains and for export to Vietnam and Cambodia. Now my manager "
      "want to create a sub domain like shop.ourbrand.com for the B2B order page, and later another one for the "
      "dealers login. I am not sure about the rule for this. Do we have to make ICP filing again for the second "
      "level domain or it is enough with the main one? Sorry my English not so good.",
      "I checked with our IT Mr. Zhou, the top domain got its ICP filing done via Alibaba Cloud two years ago "
      "when they build the first company site"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # Italian at a silk embroidery atelier near Suzhou, top domain filed elsewhere, all in one message
    (["Ciao! I'm Giulia, I work with a small silk embroidery atelier near Suzhou (Zhenhu town, the embroidery "
      "village, if you know it). Our main domain already has an ICP number, but that filing was done years ago "
      "through 35.com when the previous owner set up the site, so it was not Alibaba Cloud. Now we're moving the "
      "workshop booking page to a second-level domain like booking.ourdomain.cn. Do we need a new filing with "
      "Alibaba Cloud for that subdomain? Sorry for the long message, my Chinese is terrible and the previous owner "
      "retired to Hainan and never picks up his phone."],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # German jigsaw puzzle maker in Dongguan, top domain never filed
    (["Guten Tag. We are a small jigsaw puzzle manufacturer in Dongguan, 1000 and 2000 piece puzzles, mostly for "
      "customers in Germany and Austria. Our designer would like to launch a second-level domain, "
      "motive.ourbrand.com.cn, to show the new motifs before the toy fair in Nuremberg in February. I have read "
      "your FAQ twice but I still do not understand if such a second-level domain needs its own ICP filing. Can "
      "you clarify please?",
      "Our main domain has no ICP number at all, until now we only used it for e-mail addresses."],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # Filipino helper for a water delivery business in Nanchang, no ECS at all
    (["Hi po! I'm helping my tita with her bottled water refilling and delivery business in Nanchang, Jiangxi "
      "(we deliver 18.9L jugs to offices and some apartments, the stairs are killing our delivery boys haha). We "
      "registered a domain on Alibaba Cloud but we didn't buy any ECS, and we're not planning to, because the "
      "order page will be on GitHub Pages that my kuya made for free. Do we still need an Alibaba Cloud ICP "
      "Filing for that? Salamat po in advance"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # Korean stationery trader in Jinhua, the web agency's claim is hearsay, ECS bought in the follow-up
    (["Hello. I am Mr. Park, Korean, I run small stationery trading company in Jinhua, we source notebooks, "
      "gel pens and fountain pens for stationery shops in Seoul and Busan. Our web agency in Korea says Alibaba "
      "Cloud ICP Filing is only needed if you buy ECS from Alibaba. Is this correct? I want to know what I must "
      "prepare before we launch.",
      "We already bought one ECS last week, 2 vCPU in the Hangzhou region, the invoice is here on my desk."],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # Indonesian candle maker in Guilin, new company and brand-new domain
    (["Halo, I'm Dewi from Surabaya. I recently registered a small company in Guilin that makes scented candles "
      "and soy wax melts (mostly osmanthus scent, very popular here with tourists). This is our first time doing "
      "anything online in China: the company has never done any ICP filing, and the domain we bought last week is "
      "brand new, we checked and it was never filed by anybody. We want our site open before Golden Week. What do "
      "we need to apply for first?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # Russian manager of a curtain factory in Changzhou, the company was filed before
    (["Hello. I am Dmitry, I manage China office of Russian company which produces curtains and roller blinds, "
      "our factory is in Changzhou. We registered new domain for the Russian-language catalogue and this domain "
      "was never in any ICP filing. Before I go to the ICP system, tell me please, is this the initial filing for "
      "us? Our lawyer in Moscow thinks Chinese rules are same like Roskomnadzor, I doubt it.",
      "About the company itself, it is not first time: our Changzhou entity did a filing in 2019 for the old "
      "factory site, so the subject has one already."],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # British tech lead of a dry-cleaning chain in Wuxi, keeps Inspur and adds Alibaba Cloud
    (["Hiya, I look after the tech side for a dry-cleaning chain in Wuxi (nine shops plus a central plant that "
      "does the heavy stuff like wedding dresses and duvets). Our company and site are already ICP filed through "
      "Inspur Cloud and that filing is staying, we're not leaving them, they still host our booking system. But "
      "we're putting a second copy of the site on Alibaba Cloud for the spring promo, so we'd be adding Alibaba "
      "Cloud as another filing provider next to Inspur. Does that mean we need to apply for an ICP filing on "
      "Alibaba's side as well?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # Thai sourcing agent asking for a rattan furniture factory in Zhongshan
    (["Sawasdee krab. I am Somchai, I do sourcing for a Thai hotel group and we buy rattan and bamboo furniture "
      "from a factory in Zhongshan, Guangdong. The factory owner asked me to check something because I speak "
      "English lol: his website is filed with some provider since many years, and he ask under which conditions "
      "he need a new ICP filing with Alibaba Cloud, something about transfer. Can you explain this one?",
      "I called him just now. He keeps everything with his current provider 21Vianet, no plan to move the filing "
      "and no plan to add Alibaba as a second provider, he was only curious."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # Egyptian at a glass bottle factory in Bengbu, subject filed with Capitalonline
    (["Hello sir, I am Ahmed, I work for a glass bottle and jar factory in Bengbu, Anhui, we export perfume "
      "bottles and small spice jars to the Gulf countries. Our company already have ICP filing done, it was made "
      "with Capitalonline for the old corporate site, long time before I joined. Now there is a new project for "
      "a new brand of luxury perfume bottles and my manager put me in charge of the online part. What we need to "
      "do for ICP in this case?",
      "new brand gets its own new domain and the site will run on an Alibaba Cloud ECS we are buying this week"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # Malaysian export staff at an office chair factory in Anji, all facts in one message
    (["Hi ya, Wei Ling here, Malaysian Chinese but my Mandarin reading is so-so lah. I handle export for an office "
      "chair factory in Anji, Zhejiang, ergonomic mesh chairs and also gaming chairs (don't ask, the teenagers "
      "love them). Our company ICP filing was done with Alibaba Cloud already, the corporate site is under it. Now "
      "we launch a separate site for the gaming chair brand with its own new domain, and we just bought one more "
      "ECS for it, the site will be hosted there. Got to do website ICP filing for this new one or not?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # Pakistani ops manager of a high-rise window cleaning firm in Chongqing, new page off Alibaba Cloud
    (["Assalam o alaikum. I am Bilal, operations manager at a facade and high-rise window cleaning company in "
      "Chongqing (rope access teams and gondolas, scary work but good money). Our company was ICP filed long "
      "time back through Huayun Data, not Alibaba. The owner wants a new recruitment page for rope technicians "
      "with a new domain. This page will be made on WordPress.com and hosted by them in the US, we did not buy "
      "any ECS and we will not buy. So do we need to add a website ICP filing for it?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # Ukrainian helping a carpet cleaning company in Taiyuan, address and legal representative changed
    (["Hello! My name is Oksana, I'm helping my husband's carpet and upholstery cleaning company in Taiyuan. Our "
      "website got its ICP number through Alibaba Cloud in 2021. Now the company moved to a new address in "
      "Xiaodian district and the legal representative also changed from my father-in-law to my husband, so we "
      "want to update this information about the subject in the filing. Is this the 'change ICP filing' "
      "process, and where do we do it?"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # American hand-dyed yarn studio near Tongxiang, generic "nope" about the Alibaba ICP number
    (["hi! so I run a tiny hand-dyed yarn studio outside tongxiang, mostly cotton and silk blends. we need to "
      "update the contact person and phone number on our ICP filing since our old admin quit and took the work "
      "SIM card with her (long story, we're fine now). what's the process for changing it?",
      "nope, our ICP number wasn't issued through alibaba cloud, the filing was done with our old host zhongziyuan"],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # no_match: Function Compute cold start
    (["Our Function Compute service (Python 3.10, pandas and numpy packed in a layer) times out on the first call "
      "after it's been idle for a while, later calls take about 200 ms. Timeout is set to 60 s and memory to 1 GB. "
      "Is provisioned concurrency the only fix or is there a cheaper way to keep it warm? It's just an internal "
      "report generator for our finance team in Zhuhai, nothing fancy."],
     [{}],
     [], "no_match"),
    # no_match: CloudMonitor alarm SMS not arriving
    (["Since last friday our CloudMonitor alarm notifications stopped coming as SMS to the on-call phone (a China "
      "Mobile number). Emails still arrive fine and the alert history says 'sent'. The contact is verified and I "
      "don't think we hit any quota. Our night shift guy in Luoyang missed a disk-full alarm becuase of this and "
      "the boss is not happy. What should I check first?"],
     [{}],
     [], "no_match"),
]

EN_B = [
    # Armenian family uniform rental in Xiangyang, hand-over facts in one follow-up
    (["Barev, hello. My family runs a workwear and uniform rental service in Xiangyang, Hubei: we rent and wash "
      "overalls for the car parts factories and chef jackets for restaurants, around 6000 pieces per week. In "
      "January I bought an Alibaba Cloud ECS for us because the old PC in the office died. Do we have to do the "
      "ICP filing for this server, or only in some cases?",
      "So the server is in the Shanghai region, and our domain uniform-xy.cn is pointed to it with an A record. "
      "The customer portal where factories order size changes is already running there in test mode."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # Australian wooden toy seller, web shop stated, generic "nope" about the location
    (["G'day. Small wooden toy business here (rocking horses, stacking rainbows, that kinda thing). I'm in "
      "Melbourne and our workshop partner is in Ganzhou. We're launching an online shop on our own domain name, "
      "a proper website with cart and checkout for Chinese parents. My old boss reckons any .com that people in "
      "China can open needs an ICP filing. Is that right or is he talking rubbish?",
      "nope, it's hosted on a DigitalOcean droplet in Sydney, nothing in mainland China"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # Polish IT at a cold-storage warehouse in Dandong, ECS used by IP only
    (["Dzien dobry. I'm Marek, I do IT for a cold-storage warehouse in Dandong, we keep frozen seafood and "
      "berries for exporters at minus 25 degrees (I wear two jackets in the server corner). We purchased 2 ECS "
      "instances from Alibaba Cloud for the temperature logging system. My question is whether ICP Filing is "
      "needed for these instances when we use them only like this.",
      "We reach them only by IP. There is no domain name resolving to them and we will not point one, the "
      "dashboards are opened through the VPN."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # Argentinian at a planner factory in Shantou, top domain filed with Alibaba Cloud
    (["Hola! Soy Lucia, argentinian, working in a notebook and planner factory in Shantou. Our main domain "
      "plannerco.cn already has its ICP filing through Alibaba Cloud, I saw it in the Alibaba console under ICP "
      "with status approved. Now marketing wants blog.plannerco.cn for bullet journal tips and sticker ideas. Do "
      "we need one more filing for this second level domain? Gracias, che"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # Ghanaian buyer helping a crayon factory in Ningbo, top domain filed by Xiaoniao Cloud
    (["Hello, good afternoon. I'm Kwame from Accra, I buy crayons and school chalk from a factory in Ningbo and "
      "now I'm helping them with an English shop for the African distributors. They want to use a second-level "
      "domain, like africa.theirdomain.com, and keep the main site for China. Please what is the requirement "
      "for filing a second-level domain?",
      "I asked their office: the main domain has an ICP number but it was not Alibaba Cloud that did it, it was "
      "done by Xiaoniao Cloud."],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # Indian at a water purifier rental company in Zibo, top domain only parked
    (["Hi team, Arjun here, from Pune originally, now working in Zibo with a water purifier rental company (RO "
      "machines for offices, we change the filters every 3 months). Boss wants service.ourname.cn so customers "
      "can book the filter change. Must the second-level domain be filed separately?",
      "checked with boss, the top-level ourname.cn never got any ICP number, it was just parked"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # Japanese bedding importer, the factory's sales lady is hearsay, generic "no" about buying ECS
    (["Hello, I am Tanaka from a Japanese bedding import company. We buy silk duvets from a factory in Suqian, "
      "Jiangsu, and now we plan a Chinese-language page for Chinese customers living in Japan. Is the Alibaba "
      "Cloud ICP Filing required if we do not buy ECS? Maybe it is a strange question, the factory's sales lady "
      "told me Alibaba filing is needed for everybody, but I think the rule is different.",
      "no, we have not purchased any ECS, our server is a Sakura rental server in Osaka"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # Canadian plush toy developer, ECS already bought, LinkedIn claim is hearsay
    (["Hey, I'm a product developer for a Canadian plush toy brand, our factory is in Langfang. We already bought "
      "an Alibaba Cloud ECS in the Zhangjiakou region back in March (renewing monthly) for our supplier portal. "
      "Somebody in a LinkedIn post claimed the Alibaba Cloud ICP Filing only matters if you skip ECS, which "
      "sounds backwards to me. Is an Alibaba Cloud ICP Filing required in our situation?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # Irish team of a kitchen cabinet workshop in Meizhou, two generic "no" replies
    (["hi there, we're a 4 person team setting up a small online shop for handmade kitchen cabinets and "
      "worktops, the workshop is in Meizhou in Guangdong. when exactly is the initial ICP filing needed? trying "
      "to figure out if that's the step we're at",
      "nope, nothing of ours has ever gone through a filing, we only got the business licence in may",
      "no, clean as a fresh-sanded worktop, nothing was ever filed there either"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # Czech co-owner of laundromats in Chengdu, company filed before, new domain never filed
    (["Dobry den, I'm Tomas, I co-own a chain of self-service laundromats in Chengdu (coin machines, now mostly "
      "paid by WeChat). Our company already went through an ICP filing two years ago for our first site. Now we "
      "registered a new domain for a laundry pickup app and that domain has never been filed. Is this the "
      "'initial ICP filing' or something else? Writing from the laundromat, sorry if I sound dizzy, the dryers "
      "are loud."],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # Swedish sofa brand in Jiangmen, transfer from Sinnet
    (["Hej! I run sourcing for a Swedish sofa brand and I also ended up as the IT contact for our Chinese "
      "subsidiary in Jiangmen, which is how these things go. The company and our domain are filed with Sinnet "
      "at the moment. We want to move the whole filing, subject and domain, from Sinnet to Alibaba Cloud, since "
      "we're moving the servers there anyway. Do we need to apply for a new filing for that?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # Greek office furniture rental in Xi'an, filing stays where it is
    (["Kalimera. I work for a Greek company renting office furniture and partitions in Xi'an, short leases for "
      "startups that move offices every year. I keep reading about transfer filing and adding Alibaba Cloud as a "
      "new provider and honestly I am lost. When exactly does this kind of ICP filing apply?",
      "For us the filing stays where it is with our current host, we are not moving it to Alibaba and not adding "
      "Alibaba either."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # Israeli e-commerce lead of a sock brand from Datang, everything in one message
    (["Shalom, I'm Noa, I handle e-commerce for a sock brand, the mill is in Datang town near Zhuji. The company "
      "filing was done with Baishan Cloud some years ago. We now have a new domain for a kids' socks line and "
      "we're buying an ECS from Alibaba Cloud right now to host that new website on. Is a website ICP filing "
      "needed for it, or does the company filing cover it?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # bamboo kitchenware factory in Nanping, subject provider in the follow-up
    (["hi, we're launching a new site for our bamboo kitchenware line (chopsticks, steamers, cutting boards). it "
      "gets its own new domain and will live on an ECS we just bought. our factory is in nanping, fujian. what do "
      "we need to do on the ICP side?",
      "our company's ICP filing was done through Alibaba Cloud when we set up the main site"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # Dutch seller of wooden hangers made in Qingyuan, all facts in one message
    (["Hoi, Dutch guy here, running a small e-commerce thing for wooden clothes hangers made in a factory in "
      "Qingyuan, Guangdong. The company (our Chinese JV) got its ICP filing with Alibaba Cloud last year for the "
      "main brand site. We're now launching a second brand with a brand-new domain and we've ordered an extra ECS "
      "to run it. Do I need to add a website ICP filing for that?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # Singlish, bathroom mirror brand in Huai'an, new site goes to Vercel
    (["eh hello, our company ICP filing is with Alibaba Cloud one, done in 2022 for the bathroom mirror factory "
      "in Huai'an. Now boss want to do new website for the LED mirror brand. Need to add website ICP filing "
      "or not?",
      "the new site won't be on ECS at all, agency building it on Vercel and hosting it there"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # Finnish manager of a jewellery box workshop in Dongyang, change in the follow-up
    (["Moi! I manage a jewellery box workshop in Dongyang, wooden boxes with velvet inside, we sell lots of them "
      "to boutiques in Helsinki and Stockholm. Our website has an ICP number from Alibaba Cloud, I confirmed it "
      "in the console this morning. What is the procedure now?",
      "we must update the website information, the site name and the person in charge changed after my "
      "colleague left in spring"],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # Hungarian rug seller from Hotan, ICP number issued via 22.cn
    (["Szia! I sell hand-knotted rugs from a small workshop in Hotan, Xinjiang. Our ICP number was issued through "
      "22.cn years ago, we never had anything filed at Alibaba Cloud. Now our phone number and the contact "
      "person changed and I want to modify that information on the filing. Do I have to do the ICP change on the "
      "Alibaba Cloud platform for this?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # no_match: ACK pods stuck in ImagePullBackOff
    (["Our ACK cluster pods are stuck in ImagePullBackOff since this morning. The images are in our Container "
      "Registry personal edition in the same region, the secret looks right and docker pull works from my "
      "laptop. Nothing changed on our side except a node pool scale-up last night. Where should I look? Our "
      "deploy window closes at 6 pm Shenzhen time."],
     [{}],
     [], "no_match"),
    # no_match: Logtail stops collecting after log rotation
    (["Logtail stops collecting from our nginx access log every night after logrotate runs, then starts again "
      "only when I restart the logtail service by hand. The Logstore shows a gap from 00:00 to whenever I wake "
      "up. The config uses a wildcard path /var/log/nginx/access*.log. Is there a setting for rotated files I "
      "am missing?"],
     [{}],
     [], "no_match"),
]

ZH_A = [
    # 永康 保温杯厂，ECS 在首尔，交接后一句话讲清
    (["hello，我们是永康做保温杯的小厂，上礼拜刚在阿里云买了一台ECS，老板让我问问这台机器要不要做ICP备案，还是看情况？",
      "机器选的是韩国首尔地域，域名已经解析到这台ECS上了，上面跑的是给外贸客户看产品的官网"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # 云和 木制玩具，ECS 只跑 ERP，没有解析
    (["我们在云和做木头玩具的，财务说去年年底已经买了两台阿里云ECS，用来跑库存和ERP。老板问这个要不要备案，我也搞不清，麻烦给个准话",
      "让IT看了下解析记录，一条指向这两台机器的都没有，大家都是直接敲IP进ERP"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 桐庐 分水 圆珠笔，主域名在三五互联备案
    (["你好，我们是桐庐分水镇做圆珠笔和中性笔的，想给经销商开个二级域名 dealer.主域名.cn 做订货页面，这个二级域名要单独备案吗？设计公司说随便用就行，我有点不放心",
      "主域名早就有备案号了，不过是当年在三五互联那边办的，跟阿里云没关系"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 丹阳 镜片加工，主域名没有备案号；眼镜城的说法是道听途说
    (["我们丹阳开镜片加工厂的，主域名买了好几年一直没备案，一个备案号都没有。现在想用 shop.主域名 做个配镜预约的二级域名，这个要备案吗？听说眼镜城里好多家都直接上线了，不知道真假"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 东海 水晶手串，没买也不打算买 ECS
    (["东海卖水晶手串的，域名是在阿里云买的，但阿里云的服务器一台都没买过，以后也不打算买，页面准备挂在Cloudflare Pages上。这种情况还用做阿里云的ICP备案吗"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # 睢宁 沙集 板式家具，主体和域名都没备过
    (["沙集这边做板式家具网店的，公司上个月刚注册，以前从来没办过任何备案，首次备案是不是说的就是我们这种？",
      "域名是五月份刚抢注下来的新域名，我在工信部那个查询页面搜过，一条备案记录都没有"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # 清徐 老陈醋，备案留在亿速云，不转也不加
    (["清徐做老陈醋的，公司和域名的备案一直放在亿速云，用着挺顺手，不打算转到阿里云，也不想加阿里云当新的接入商。就想确认下这种情况还需要在阿里云这边再办备案吗"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 富平 柿饼，主体在阿里云备过，新站放新买的 ECS
    (["富平卖柿饼的，我们公司主体前年已经在阿里云备过案了，现在想再弄个新网站卖柿子醋，这种要加网站备案吗？",
      "新网站用一个新域名，放在刚下单买的那台阿里云ECS上"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # 凤翔 泥塑挂件，阿里云备案号，负责人和手机号要改
    (["凤翔做泥塑挂件的小作坊，网站的ICP备案号是在阿里云办下来的。现在负责人换成我儿子了，手机号也换了，想把备案里的这些信息改掉，要走变更备案吧？"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # no_match：短信签名审核被驳回
    (["短信服务的签名审核又被驳回了，理由写的是证明文件不清晰，营业执照是我用手机拍的，要重新扫描再传一遍吗？验证码这周必须发出去，挺急的"],
     [{}],
     [], "no_match"),
]

ZH_B = [
    # 韩城 花椒，侄子买的 ECS，交接后一次讲清
    (["韩城卖花椒的，侄子帮我在阿里云上买了一台ECS，说以后做网店用，这台机器需要备案不？",
      "机器在华北2北京那边，域名前两天已经解析过去了，准备上线一个花椒批发的网站，客户在网页上直接下单"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 中宁 枸杞合作社，ECS 只用 IP
    (["中宁做枸杞的合作社，年初买了阿里云ECS存仓库的温湿度数据，平时只用IP连，一直没有域名解析到这台ECS上，也没打算弄。这样还要做ICP备案吗"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # 库尔勒 香梨，主域名在阿里云备案
    (["库尔勒这边卖香梨的，想用 pear.我们的主域名 做个二级域名搞团购，二级域名是不是还得再备案一次？怕搞错被关停",
      "主域名就是在阿里云备的案，去年秋天批下来的"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 岫岩 玉雕，先问假设，再说已经买了 ECS
    (["岫岩做玉雕的，想问一下：如果不买ECS，是不是就用不着阿里云的ICP备案了？",
      "ECS我们其实已经买了一台，上个月刚续的费"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # 东港 草莓，主体没备过，域名别人以前备过
    (["东港种草莓的家庭农场，公司自己以前没做过备案。不过现在用的域名是我表哥公司以前用过的，当年他们已经备过案，后来转给我们了。这样还算首次备案吗"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # 荣昌 夏布，从恒创科技转到阿里云
    (["荣昌做夏布的，公司和域名的备案原来都在恒创科技，现在服务器全搬到阿里云了，想把备案也整个转过来，要重新申请吗"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 涪陵 榨菜厂，主体在硅云备过案，新域名新站放阿里云 ECS
    (["涪陵的榨菜厂，公司主体之前在硅云那边备过案。现在出了个新品牌，想问下这种情况要办哪种备案？",
      "新品牌用一个新域名，网站就放在正在买的阿里云ECS上"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # 定西 粉条，主体在纳网备案，新站不上 ECS
    (["定西做马铃薯粉条的，公司主体在纳网备过案。现在想给新产品做个新网站，但不打算买阿里云ECS，网站会放在美国的虚拟主机上，需要加网站备案吗"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # 海宁 经编面料，备案号来自天互数据
    (["海宁做经编面料的，想改一下备案里的网站负责人信息，具体怎么操作？",
      "备案号不是阿里云办的，当时是在天互数据那边弄的"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # no_match：云盘自动快照策略没执行
    (["云盘的自动快照策略设的是每天凌晨三点，结果这一周一张快照都没生成，策略状态显示正常，账户也没欠费，是哪里没配置对？"],
     [{}],
     [], "no_match"),
]




FILES = [("en_a", EN_A, 55055007), ("en_b", EN_B, 55055019),
         ("zh_a", ZH_A, 55055031), ("zh_b", ZH_B, 55055049)]


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
