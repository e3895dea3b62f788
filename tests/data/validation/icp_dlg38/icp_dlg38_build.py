#!/usr/bin/env python3
"""Build the icp_dlg38 blind dialogue set (thirty-eighth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg37_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # 0 kbw rule, one turn (Mongolian felt slipper workshop, Erenhot)
    (["Sain baina uu! We are small workshop of felt slippers and felt boots in Erenhot, me and three aunties doing the felting by hand. Last month we buy two ECS on Alibaba Cloud, region China (Hangzhou), this one is inside mainland China as I understand. Our domain feltgers-elh.com is already resolving to both of these ECS, and on it we run our online shop with size chart and order form for the slippers. Must we do the ICP filing for this?"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # 1 un3 -> kbw otherwise (Slovak puppet theatre, Zigong)
    (["Dobrý deň. I run a little puppet theatre group in Zigong, we do marionette shows for kids in the lantern festival season. We have bought one ECS instance from Alibaba Cloud but my colleague still decides what to do with it, he did not tell me yet if some domain will go there. Is ICP filing needed when we have ECS but maybe no domain?",
      "So, I talked it over with Marek who does our IT and now it is decided: loutky-zg.com gets an A record to this ECS, but the ECS itself we created in the US (Virginia) region, not in China. On it will be the page where parents buy tickets for the shows"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "no", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", None)),
    # 2 un3 rule, one turn (Maltese drone survey company, Hanzhong)
    (["Hi there, we're a small Maltese-run drone survey outfit based in Hanzhong, mostly mapping tea terraces and river banks for the local water bureau. We bought an ECS on Alibaba Cloud purely as a dump for the raw survey photos, the drones' ground stations upload over SFTP straight to its public IP address. There's no domain pointed at that box and we've got no intention of ever giving it one. Do we still have to go through ICP filing for it?"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 3 un3 rule, generic no (Bhutanese matsutake cold storage, Shangri-La)
    (["Kuzuzangpo la. Our family from Bhutan now has cold storage rooms for matsutake mushroom in Shangri-La, during picking season we keep the mushrooms cold before flying them out. For the temperature loggers in the rooms we purchased one ECS from Alibaba Cloud, the loggers push readings every minute. My nephew says maybe we need ICP filing now, is he right",
      "nope, the loggers only know the numeric ip of that machine, nobody ever made a name point to it"],
     [{"purchased_ecs": "yes"}, {"_any": "no"}],
     ["un3"], ("un3", "un3")),
    # 4 fvv alibaba, two turns (Ghanaian kente weaving tutor, Quzhou)
    (["Akwaaba! I teach kente strip weaving here in Quzhou, started with a few students from the university and now people come from Hangzhou on weekends lol. My site is kente-qz.com and I want to add classes.kente-qz.com for the booking of the loom sessions. What is the rule for ICP filing with a subdomain like this one",
      "kente-qz.com itself got its ICP number through the Alibaba Cloud filing, my wife did the whole process there last year"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 5 fvv other, one turn (Uzbek suzani importer, Kashgar)
    (["Assalomu alaykum. We import suzani embroidery and ikat fabric from Bukhara and sell from our shop in Kashgar. The main domain suzani-ks.com has ICP number already, but this was done through 金山云 (Kingsoft Cloud), nothing with Alibaba. Now we want wholesale.suzani-ks.com for the shop owners who buy in big quantity. This subdomain, it need own filing or it is covered"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 6 fvv none, two turns (Paraguayan harp teacher, Mianyang)
    (["Hola! Paraguayan harpist here, living in Mianyang and giving arpa paraguaya lessons online and in person. I want to put my lesson videos on videos.arpa-my.com. Sorry for my english. what do I have to do about the icp filing for that subdomain",
      "arpa-my.com I bought in 2021 but I never filed it anywhere, so it has no ICP number"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 7 x3g rule, one turn (Guatemalan jade jewellery, Ruili)
    (["Buenas tardes. I am from Guatemala and I make jewellery with Guatemalan jadeite, I sell it at the jade market here in Ruili. I registered my domain jadeite-maya.com on Alibaba Cloud, but the store itself is built on Squarespace. I never purchased any ECS from Alibaba and also I have no plan to buy one. In this case I need the Alibaba Cloud ICP filing or not"],
     [{"purchased_ecs": "no"}],
     ["x3g"], ("x3g", "x3g")),
    # 8 x3g otherwise, two turns, correction (Montenegrin sailing charter, Zhoushan)
    (["Hello from a Montenegrin skipper in Zhoushan! We do sailing day trips around the islands and some weekend charters. A guy at the marina told me that if you don't have ECS then you don't need any Alibaba filing. I do not know if that is right for us, we have a few things on Alibaba Cloud but I am not the one who handles it",
      "ECS... I would have said none, but hold on, I'm checking the bill now and there is one ECS instance my business partner bought in March under our account"],
     [{}, {"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 9 omc rule, one turn (Kazakh dombra maker, Altay)
    (["Salemetsiz be. I make dombra, the Kazakh two-string instrument, in a workshop in Altay city. The company we registered only three weeks ago and yesterday I bought the domain dombra-altay.cn. Neither the company nor this domain has ever been filed for ICP, it is all completely new. Before we open the website, what is the first filing to do"],
     [{"subject_filed": "no", "domain_filed": "no"}],
     ["omc"], ("omc", "omc")),
    # 10 omc otherwise, two turns (lowercase Canadian hockey camp, Qiqihar)
    (["hey so i coach a youth ice hockey camp up in qiqihar (canadian, been here 6 yrs). we just grabbed qqhr-hockey.cn for the camp and it's never been icp filed, brand new. do we need the initial filing thing or how does that work",
      "the hockey club itself is the filing subject and it already finished an icp filing back in 2019 for our old club site"],
     [{"domain_filed": "no"}, {"subject_filed": "yes"}],
     ["omc"], ("omc", None)),
    # 11 srs rule (add), one turn (Bahraini pearl jewellery importer, Zhanjiang)
    (["Good morning. We are a Bahraini family business importing natural Gulf pearls, and we opened an office in Zhanjiang to work with the local pearl farms as well. Our website filing is currently with 京东云 (JD Cloud) and we are happy with them and will keep them, but we also want to have Alibaba Cloud as an additional ICP filing provider for the same site. Is a filing needed for that?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # 12 srs otherwise, two turns (Cameroonian Penja pepper importer, Jieyang)
    (["Bonjour, Cameroonian here, we import Penja white pepper and sell it to restaurants around Jieyang. Our website and its ICP filing are both at 火山引擎 (Volcano Engine). Recently we began to use Alibaba Cloud Direct Mail for the newsletters. Do I now have to transfer the filing to Alibaba Cloud, or add Alibaba Cloud as one more filing provider",
      "Neither of them, the filing stays where it is at 火山引擎, we only send emails through Alibaba"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 13 b24 other, two turns (Sri Lankan cinnamon importer, Hengyang)
    (["Ayubowan. Our company imports Ceylon cinnamon and cardamom, office in Hengyang. The company (filing subject) did its ICP filing with UCloud (优刻得) some years ago for our main website. Now we want a second website with a new domain just for the tea blends, but I am not sure yet where to host it. What filing is needed for this new one",
      "we ended up buying an ECS on Alibaba Cloud on tuesday and the new domain ceylon-hy.cn will live on it"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 14 b24 alibaba, one turn (Latvian rye bakery, Mudanjiang)
    (["Labdien! I run a Latvian rye bread bakery in Mudanjiang. Our company finished its ICP filing with Alibaba Cloud in 2022 for the bakery site. Now I purchased one more ECS and on it I want to put a new website with a new domain, for catering orders for offices. What do I need to do for filing"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise, one turn (Malian shea butter cosmetics, Jingdezhen)
    (["Hello, I am from Mali and with my sister we make shea butter soaps and creams in a small workshop in Jingdezhen. Our company was filed through 天翼云 (China Telecom Cloud) for the first website. We will open a second website with a new domain, but it will be on the virtual hosting we already rent at 天翼云. We have no ECS from Alibaba Cloud and we will not buy. Do I need to add a website filing in this situation?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "no", "purchased_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 16 fyg rule, one turn (lowercase vet clinic, Xuchang)
    (["hi, i'm the office manager at a small vet clinic in xuchang. our website has an icp filing number from alibaba cloud. the clinic got a new legal representative this month and his phone number is different, so we need to update the subject info in the filing. what do we do"],
     [{"has_alibaba_icp_number": "yes", "modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, generic no (Salvadoran pupusa restaurant, Yichang)
    (["Hola, I have a pupusa restaurant in Yichang, Salvadoran food, we are the only ones in the city haha. I want to rename our website and also change the phone of the person responsible for the site in the ICP filing. How does the change of ICP filing work",
      "nope, our number was done by 美橙互联 years ago when the restaurant opened, alibaba had nothing to do with it"],
     [{"modify_info": "yes"}, {"_any": "no"}],
     ["fyg"], ("fyg", None)),
    # 18 no_match
    (["servers inside our vpc can't reach the internet since yesterday, the nat gateway snat entry is there and the eip is bound, but outbound curl just hangs. any idea what to check?"],
     [{}], [], "no_match"),
    # 19 no_match
    (["Our public IP got put into blackhole again after a traffic spike, Anti-DDoS Origin says the threshold was exceeded. How long until it is released and can I raise the threshold?"],
     [{}], [], "no_match"),
]

EN_B = [
    # 0 un3 -> kbw rule, two turns (Nicaraguan hammock maker, Tengchong)
    (["hello, im Nicaraguan and weave hammocks with my wife in Tengchong, the tourists from the hot springs love them. we bought an ECS instance on alibaba cloud, but my cousin who knows computers did not decide yet what we connect to it. is the icp filing necessary with ECS but without domain",
      "Talked with my cousin Ernesto tonight, plan is final: hamacas-tc.com will be resolved to that ECS, it sits in region China (Qingdao) so inside the mainland, and there we run the web shop for the hammocks"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 kbw otherwise, generic no (lowercase esports bar, Huainan)
    (["yo, we run an esports bar in huainan and we're launching a site for it, merch store + tournament brackets + table booking. do we need icp for our domain or nah",
      "nope, it's all on a vps in dubai, nothing of ours sits in mainland china"],
     [{"web_service": "yes"}, {"_any": "no"}],
     ["kbw"], ("kbw", None)),
    # 2 un3 rule, two turns (Angolan mining telemetry, Jinchang)
    (["Boa tarde. I am Angolan engineer working at a nickel mine near Jinchang. We bought an ECS from Alibaba Cloud to collect telemetry from the haul trucks (fuel, tyre pressure, GPS). Someone in the office said now we need ICP filing. Is this true for our case",
      "The gateways on the trucks connect to the public IP of the ECS directly, nobody resolves any domain onto it and we don't plan to"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 3 fvv alibaba, one turn (lowercase yoga retreat, Dali)
    (["hiya, we host yoga retreats by erhai lake in dali. want to set up booking.yogaerhai.cn for retreat signups. the root yogaerhai.cn already has its icp number from alibaba cloud since 2022. does the booking subdomain need a filing of its own"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 4 fvv other, two turns (Mozambican cashew importer, Qinzhou)
    (["Olá. We are importing cashew nuts from Nampula in Mozambique through Qinzhou port, roasting and packing here. We plan a subdomain trade.cashew-qz.com for the distributors price list. What is needed regarding the ICP filing for a subdomain",
      "cashew-qz.com has an ICP number, but the filing was made by 青云 QingCloud, not by you Alibaba"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 5 fvv none, two turns (lowercase climbing gym, Guiyang)
    (["we run a bouldering gym in guiyang and want routes.cragguiyang.com to show the new problems every week. how does icp filing work for a subdomain",
      "the main domain never got an icp number tbh, we've just kinda parked it since we bought it"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 6 x3g rule, generic no (Maldivian dive-trip agency, Xiamen)
    (["Hi, I am from the Maldives and run a small agency in Xiamen selling liveaboard dive trips back home to Chinese divers. My friend said any company using Alibaba Cloud must do the Alibaba ICP filing. We only registered our domain there. Is it also for us",
      "no, we never bought any ECS, the website is made on Webflow and hosted by them"],
     [{}, {"_any": "no"}],
     ["x3g"], ("x3g", "x3g")),
    # 7 x3g otherwise, one turn (Gabonese okoume furniture importer, Huzhou)
    (["Bonsoir, I am from Gabon, we import okoumé wood and make furniture in a factory in Huzhou. My lawyer says without ECS there is no Alibaba filing needed, but we already bought two ECS instances last week for our new ordering system. So how is it for us now"],
     [{"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 8 omc rule, three turns, two generic no (lowercase english tutor, Dezhou)
    (["starting an online english tutoring thing in dezhou, just me and a laptop lol. someone told me i need an 'initial icp filing' before the site goes live?? when exactly is that needed",
      "nope, never filed anything in my life, first time for all this",
      "no, not that one either, zero history on anything"],
     [{}, {"_any": "no"}, {"_any": "no"}],
     ["omc"], ("omc", "omc")),
    # 9 omc otherwise, one turn (Greek souvlaki restaurant, Weifang)
    (["Yia sas! Greek restaurant owner in Weifang here. Our company did its ICP filing back in 2020 for the restaurant website. Now we registered souvlaki-wf.cn for the delivery menu and that domain has never been filed. Is that the initial ICP filing case or something else"],
     [{"subject_filed": "yes", "domain_filed": "no"}],
     ["omc"], ("omc", None)),
    # 10 srs rule (transfer), one turn (lowercase piano lessons, Changzhou)
    (["hi, we run an online piano lessons platform based in changzhou. our company and domain are filed through 浪潮云 but we want to move the whole icp filing over to alibaba cloud. do we have to apply for a filing for that"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 11 srs otherwise, two turns (Turkmen melon importer, Turpan)
    (["Salam. We are Turkmen company trading melons and raisins in Turpan. Our website is filed with 景安网络. Do we have to transfer this filing to Alibaba Cloud or put Alibaba Cloud as a second filing provider, now that we started using some Alibaba Cloud service",
      "Neither, 景安网络 stays the only one, we just use Alibaba for SMS verification codes"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 12 b24 other, one turn (Botswanan safari tour agency, Xishuangbanna)
    (["Dumela! I come from Botswana and I run a travel agency in Xishuangbanna that sells Okavango safari trips to Chinese travellers. Our company was filed with 新网 (Xinnet) for the agency site. Today we purchased an ECS at Alibaba Cloud and we want to host on it a new site with a new domain only for the safari tours. Need to add website filing?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 13 b24 alibaba, two turns (lowercase craft cider, Yantai)
    (["we make craft cider from local apples in yantai. just bought an ecs and we want to put a new site on it, new domain, for our cider club subscriptions. what filing do we need for that",
      "the company filing itself was done on alibaba cloud in 2021 for our first site"],
     [{"new_website_on_ecs": "yes", "purchased_ecs": "yes"}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 14 b24 alibaba, one turn (Finnish sauna builder, Heihe)
    (["Moi. We are a Finnish company building wood-fired saunas in Heihe, by the Amur river. Our company has ICP filing with Alibaba Cloud already. Now I bought an ECS and want a new website with new domain on it for DIY sauna kits. Is website ICP filing needed"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise, two turns, correction (Czech glass beads wholesaler, Yiwu)
    (["Dobrý den, I sell Czech glass beads wholesale from Yiwu. Our company is ICP-filed through Alibaba Cloud. We are making a new catalogue website with a new domain. Do we need to add website filing for that",
      "At first we wanted it on an ECS but we changed the plan, the catalogue goes on GitHub Pages, so it will not be hosted on any ECS"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 16 fyg rule, two turns (lowercase bike repair co-op, Kunming)
    (["hey, we're a bike repair co-op in kunming and our site has an icp filing number through alibaba cloud. when do we actually need to change the filing",
      "the person listed as responsible for the website quit last week, so we need to swap in the new guy's info"],
     [{"has_alibaba_icp_number": "yes"}, {"modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, one turn (Dutch tulip bulb seller, Lanzhou)
    (["Goedemiddag. Dutch guy selling tulip bulbs to garden centres in Lanzhou. Our ICP number comes from 35互联, not from Alibaba Cloud. We moved warehouse so the address of the filing subject must be changed. Where I do the change of filing"],
     [{"has_alibaba_icp_number": "no", "modify_info": "yes"}],
     ["fyg"], ("fyg", None)),
    # 18 no_match
    (["my spark job on E-MapReduce keeps getting executors killed with 'container exceeded memory limits', tried bumping spark.executor.memory but same thing. what am i missing"],
     [{}], [], "no_match"),
    # 19 no_match
    (["Is there a way in Bastionhost to export the recorded SSH sessions as video for our auditors, or do they have to watch them in the console?"],
     [{}], [], "no_match"),
]

ZH_A = [
    # 0 un3 -> kbw otherwise (凯里苗银)
    (["你好，我们在凯里做苗银首饰，前阵子在阿里云买了一台ECS，不过具体拿来干啥还没想好，域名会不会接过去也没定。买了ECS但不用域名的话要备案吗",
      "跟合伙人商量好了，店里的域名A记录指到这台ECS，不过这台机器开在印尼（雅加达）地域，上面跑一个给东南亚客人下单的苗银商城"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "no", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", None)),
    # 1 un3 rule (鄂尔多斯煤矿地磅)
    (["我们是鄂尔多斯一个煤矿的信息科，买了台阿里云ECS收地磅的称重数据，领导问这个要不要去做ICP备案",
      "地磅那边的采集终端是直接连ECS公网IP的，从来没给它配过任何域名解析，以后也用不上"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 2 fvv other (绍兴黄酒)
    (["咨询一下，我们绍兴做黄酒的，想开个子域名 shop.huangjiu-sx.com 专门卖礼盒装，子域名这种备案要怎么弄",
      "主域名是有备案号的，当时是找中资源那边代办的，跟阿里云不沾边"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 3 fvv none (寿光蔬菜)
    (["寿光这边做蔬菜批发的，打算弄个 hangqing.sgveg.cn 每天发菜价行情。主域名 sgveg.cn 买了两年一直没用，压根没备过案，也没有备案号。那这个二级域名得备案吧"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 4 x3g rule (诸暨袜子)
    (["诸暨做袜子的小厂，网店开在有赞上面，域名是在阿里云注册的。阿里云的云服务器我们一台都没买，以后也不打算买，这种情况还需要阿里云备案吗"],
     [{"purchased_ecs": "no"}],
     ["x3g"], ("x3g", "x3g")),
    # 5 omc rule (哈尔滨冰雕培训)
    (["我们在哈尔滨刚注册了一家冰雕培训的公司，主体之前从来没做过任何备案。首次备案一般啥时候需要做",
      "域名上礼拜才注册的，也从来没备过案，全是新的"],
     [{"subject_filed": "no"}, {"domain_filed": "no"}],
     ["omc"], ("omc", "omc")),
    # 6 srs otherwise (温州鞋厂)
    (["温州鞋厂，网站和备案都在小鸟云。我们既不打算把备案转到阿里云，也不想把阿里云加成新的备案接入商，就是用了阿里云的短信服务发验证码。这种情况要不要在阿里云办备案"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 7 b24 alibaba (龙泉宝剑)
    (["您好，龙泉做宝剑的，公司主体前几年在阿里云备过案了。现在想再做一个网站，需要新增网站备案吗",
      "前天刚在阿里云新买了一台ECS，新注册的域名那个站就放这台ECS上"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 8 fyg rule (澄海玩具厂)
    (["澄海玩具厂这边，我们官网是有阿里云ICP备案号的。现在网站负责人换人了，邮箱要改，主体的证件住所也变了，备案信息要咋改"],
     [{"has_alibaba_icp_number": "yes", "modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 9 no_match
    (["弹性伸缩组缩容的时候，移出去的实例一直没释放，还在扣钱，伸缩规则是按CPU设的，这是哪里配错了"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 0 un3 -> kbw rule (哈密瓜网店)
    (["哈密这边卖哈密瓜的，上个月买了台阿里云ECS，弄网站的朋友还没说要不要把域名接上去。有ECS不用域名的话需不需要备案",
      "和做网站的朋友敲定了，域名解析到这台ECS，地域选的是华北2（北京），在国内，上面就放卖瓜的网上商城"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 un3 rule (东营化工厂)
    (["东营一家化工厂，DCS的数据要往阿里云上传，买了一台ECS，采集程序里直接写的公网IP，没做任何域名解析，也不准备做。这样还用备案不"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 2 fvv alibaba (平遥民宿)
    (["平遥古城里开民宿的，想加个 room.pingyaoinn.cn 给客人在线选房，这个二级域名要不要另外备案",
      "主域名去年就在阿里云备完了，备案号都挂在首页底下了"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 3 x3g otherwise (扬州早茶)
    (["扬州做早茶点心外卖的，刷抖音看到有人说没买阿里云ECS就不用做阿里云备案，我们也适用吗",
      "本来想说没有的，翻了一下阿里云账单，去年双十一其实买过一台ECS，一直在吃灰"],
     [{}, {"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 4 omc otherwise (镇江香醋)
    (["镇江做香醋的新公司，公司主体还没做过任何备案。域名是在拍卖平台上竞价拿下的二手域名，之前的持有人给它备过案。这算首次备案的情况吗"],
     [{"subject_filed": "no", "domain_filed": "yes"}],
     ["omc"], ("omc", None)),
    # 5 srs transfer (宁波文具厂)
    (["宁波文具厂，公司和域名的备案现在都在睿江云，想整个转到阿里云来，这个需要重新办备案吗"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 6 b24 other (婺源旅游)
    (["婺源做乡村旅游线路的，公司主体当年是在恒创科技备的案。现在想再搞一个网站，新增网站备案是什么条件",
      "新注册了个域名，昨天在阿里云下单了一台ECS，新站就打算放在这台ECS上"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 7 b24 otherwise (株洲轨交配件)
    (["株洲做轨道交通配件的，公司主体在商务中国备过案。现在要上一个新域名的产品站，放在商务中国的虚拟主机里，阿里云的ECS我们不买。还用新增网站备案吗"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "no", "purchased_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 8 fyg otherwise (乐山钵钵鸡)
    (["乐山钵钵鸡连锁，网站名称想改一下，主办单位负责人也换了，备案变更该走什么流程",
      "备案号是有孚网络帮忙办的，阿里云控制台里查不到这个号"],
     [{"modify_info": "yes"}, {"has_alibaba_icp_number": "no"}],
     ["fyg"], ("fyg", None)),
    # 9 no_match
    (["共享带宽包里加了三个弹性公网IP，月底账单还是单独按流量扣了，是不是计费方式没切过来"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 38038007), ("en_b", EN_B, 38038019),
         ("zh_a", ZH_A, 38038031), ("zh_b", ZH_B, 38038049)]


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
