#!/usr/bin/env python3
"""Build the icp_dlg42 blind dialogue set (forty-second writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg41_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # 0 kbw rule, one turn (Finnish ice hockey coach, junior hockey academy, Qiqihar)
    (["Hei! I am Finnish, I coach the junior ice hockey academy in Qiqihar. Last week our club have bought two ECS instances from you, and the region we chose is inside mainland China, I checked it twice in the console, it is not Hong Kong and not abroad. Our domain qqhr-icehockey.com already resolves to both of them through DNS. On it we open the public website where parents register the kids for winter camp and see the game schedule. Do we need ICP filing before we switch it on?"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # 1 un3 -> kbw otherwise (Latvian chamber choir conductor, Dalian)
    (["Labdien. I conduct a small chamber choir in Dalian, expats and some local students. Our treasurer bought an ECS instance on Alibaba Cloud in February, for now it only keeps rehearsal recordings and scanned sheet music. If our choir domain will ever point to this machine, the board is not agreed yet, some want it and some are against. Is ICP filing required for an ECS like ours?",
      "The board voted last night, so now I can tell you properly: dalian-choir.org will get an A record to that ECS. The instance sits in an overseas region, outside mainland China, we picked it because half of our listeners stream from Europe. And on it there will be a public website with the concert calendar and ticket sales."],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "no", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", None)),
    # 2 un3 rule, one turn (Slovak sound engineer, music radio station, Xuzhou)
    (["Dobry den, I am the sound engineer of a music radio station in Xuzhou. We purchased one ECS instance and its only job is to receive the nightly archive of our broadcasts, the studio PC pushes the audio files by SFTP to its public IP. The station has a domain of course, but that domain stays with our normal web host. It was never pointed at this ECS and we will not point it there. Do we still need an ICP filing because of this instance?"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 3 un3 rule, generic no (Ghanaian drum and piano teacher, kids' music school, Foshan)
    (["Good afternoon from Foshan. I teach drums and piano at a small kids music school and I am also the IT guy because nobody else wanted it. The school bought an ECS instance from you last month, we keep the lesson videos on it so parents can download them at home. Our principal heard from another school owner that every cloud server in China must have an ICP number or it gets closed. Is that true for us?",
      "no, parents just get a link with the bare IP address and a password, we never gave that server any domain name"],
     [{"purchased_ecs": "yes"}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # 4 fvv alibaba, two turns (Albanian photography lecturer, vocational college, Jinan)
    (["Hello, I teach photography at a vocational college in Jinan (I am from Albania, sorry for my english). For the graduation show we want a second-level domain like expo.jnphoto-college.cn for the online gallery of student photos. Do we need a separate ICP filing for this second-level domain? The main domain belongs to the college IT office, what they did with filing I really don't know.",
      "I walked over to the IT office. They told me the main domain jnphoto-college.cn has its ICP number from Alibaba Cloud, they filed it in your system in 2020."],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 5 fvv other, one turn (Moldovan violin teacher, string academy, Zibo)
    (["Noroc from Zibo! I am violin teacher from Moldova and I run a string academy here. Our main domain zibo-strings.com already has an ICP number, 中企动力 (CE Dongli) made that filing for us when they built our old site, Alibaba Cloud was not involved at all. Now I want masterclass.zibo-strings.com for the summer masterclass registration. Does this second-level domain need its own ICP filing?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 6 fvv none, two turns (community theatre volunteer, Zhuhai, lowercase)
    (["hey! i do volunteer stuff for an english-language community theatre group in zhuhai. we want tickets.zhtheatre.org for the spring show (little shop of horrors, very excited lol). do second level domains need their own icp filing or does it ride on the main one? no clue what the deal is with the main one tbh, the guy who set it up moved back home",
      "found his handover doc. zhtheatre.org was registered in 2018 and only ever used for our mailing list, he never filed it anywhere so it doesnt have an icp number"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 7 x3g rule, one turn (Fijian rugby sevens coach, Haikou)
    (["Bula! I coach a rugby sevens club in Haikou, mostly university students. I registered our club domain with Alibaba Cloud, but the club website itself is built on Wix. We have never purchased any ECS instance from Alibaba Cloud, honestly none of us would know what to do with one, and we are not planning to buy. Must we still do the Alibaba Cloud ICP filing?"],
     [{"purchased_ecs": "no"}],
     ["x3g"], ("x3g", "x3g")),
    # 8 x3g otherwise, two turns (student newspaper adviser, bilingual high school, Kunshan, lowercase)
    (["hi, i'm the faculty adviser for the student newspaper at a bilingual high school in kunshan. one of the seniors says if you don't buy any ecs you don't need the alibaba cloud icp filing at all, and she's pretty sure we never bought one. i honestly have no idea what the previous adviser set up on the school account. is she right?",
      "just dug through the finance office invoices... there's an ecs instance the paper has been paying for since last september, the previous adviser bought it for the online edition"],
     [{}, {"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 9 omc rule, one turn (Rwandan documentary filmmaker, new film company, Guilin)
    (["Muraho. I am documentary filmmaker from Rwanda, with two Chinese friends we just registered a small film company in Guilin, it exists only three weeks. We also bought a new domain for it, guilin-docfilm.com. The company never made any ICP filing and the domain also never had one, both are completely fresh. Which filing we must do first?"],
     [{"subject_filed": "no", "domain_filed": "no"}],
     ["omc"], ("omc", "omc")),
    # 10 omc otherwise, two turns (bouldering gym manager, Liuzhou, lowercase)
    (["yo, i manage a bouldering gym in liuzhou. we're launching a youth climbing team and grabbed a fresh domain for it, lzclimbteam.com, which has never been filed anywhere. do we need the initial icp filing? the business side (licence, company paperwork) is the owner's thing, no idea what he did about filing",
      "owner says the gym company did its icp filing back in 2021 when we put the main gym site up"],
     [{"domain_filed": "no"}, {"subject_filed": "yes"}],
     ["omc"], ("omc", None)),
    # 11 srs add, one turn (Sri Lankan cricket coach, cricket academy, Shenyang)
    (["Ayubowan! I run a cricket academy in Shenyang, yes cricket in Shenyang, we have sixty kids now. Our company and our website are filed through 迅达云 (SpeedyCloud) and we stay with them, no complaints. But we also want Alibaba Cloud added as a second ICP filing provider for the same website. What is needed for that?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # 12 srs otherwise, two turns (Cameroonian subtitling studio owner, Nanning)
    (["Good morning. I am from Cameroon and run a small subtitling and dubbing studio in Nanning, French, English and Chinese. Our company and website got ICP filing through 易探云. Now we started to use Alibaba Cloud Machine Translation for the first drafts of subtitles, nothing else from Alibaba. Do we have to transfer our ICP filing to Alibaba Cloud, or add Alibaba Cloud as a second filing provider?",
      "Let me say it clearly: the filing stays only with 易探云. We do not move it to Alibaba Cloud and we do not add Alibaba Cloud as an extra provider, we only call the translation API."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 13 b24 other, two turns (Zambian football coach, youth football academy, Baotou)
    (["Hello, I am football coach from Zambia, I run a youth football academy in Baotou. Our company is already ICP filed, it was done through 天地祥云 for our first site. Now we need a new website on a new domain, baotou-footballtrials.com, for the trial days. Where we host it I still compare offers, maybe Alibaba, maybe somewhere else. Do we need a new filing for this?",
      "Decision is done: this morning we bought an ECS instance on Alibaba Cloud, and the trials website with the new domain will be hosted on this ECS."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 14 b24 alibaba, one turn (Sudanese calligraphy teacher, calligraphy studio, Yinchuan)
    (["Hello from Yinchuan. I am from Sudan and teach Arabic calligraphy here. My studio company was filed in the Alibaba Cloud ICP Filing system two years ago, for our first website. This week I purchased one more ECS instance, and I want to host a new website for online calligraphy courses on it, with a new domain khatt-yc.com. What filing do I need for the new site?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise, one turn (Namibian nature photographer, photo agency, Lijiang)
    (["Hi, Namibian photographer here, I run a small nature photo agency in Lijiang. Our company was ICP filed with 新睿云 some years ago. Now we make a new website with a new domain for our photo workshops, and it will run on Ghost(Pro), the blogging platform. About ECS: we never bought an ECS instance from Alibaba Cloud and we won't. Do we need a website ICP filing at Alibaba Cloud for this?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "no", "purchased_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 16 fyg rule, one turn (youth orchestra web volunteer, Qinhuangdao, lowercase)
    (["hi there, i look after the website for a youth orchestra in qinhuangdao. the site got its icp filing number through alibaba cloud back in 2022. since then we have a new music director who's also the person responsible for the site now, and rehearsals + office moved to a different district so the address changed too. we want to update both in the filing, how do we do that"],
     [{"has_alibaba_icp_number": "yes", "modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, generic no (Guatemalan marimba teacher, music school, Zhangzhou)
    (["Que tal, I am from Guatemala and I teach marimba and percussion at a music school in Zhangzhou. The school changed its name in March, so we want to change the website name and the contact phone in our ICP filing information. Where I do this change in Alibaba Cloud?",
      "no, Alibaba Cloud never gave us a number. Our ICP number is from 51IDC, they were our provider from the very beginning"],
     [{"modify_info": "yes"}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # 18 no_match (Hologres connection limit behind Quick BI)
    (["Our Quick BI dashboards read from Hologres and since Monday, every morning around 9, the queries start failing with 'too many connections'. We have maybe 40 analysts opening dashboards at the same time. Is there a connection limit we can raise, or should we put some kind of pool in front of it?"],
     [{}], [], "no_match"),
    # 19 no_match (MaxCompute partition limit in a nightly SQL job)
    (["hey, our nightly maxcompute sql job that aggregates match stats started failing with an error about too many partitions in one insert, something like a 60000 limit. it ran fine for a year. do we need to split the job or is there a flag to raise the limit"],
     [{}], [], "no_match"),
]

EN_B = [
    # 0 un3 -> kbw rule (high school robotics coach, Mianyang, lowercase)
    (["hey, i coach a high school robotics team in mianyang. we bought an ecs on alibaba cloud for the team, right now it just runs our scouting database for competitions. the kids want to hook our team domain up to it but the principal hasnt signed off yet. do we need icp filing for the ecs",
      "update from this morning's staff meeting: principal signed off. mybots-mianyang.com will resolve to the ecs, the ecs is in a mainland china region (not hk, not overseas), and the kids are putting the team's public website on it, blog plus a sponsor page"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 kbw otherwise, generic no (Paraguayan harpist, online harp lessons, Beihai)
    (["Mba'eichapa! I am a harpist from Paraguay, living in Beihai now, and I teach the Paraguayan harp online. I am starting a website where my students log in, watch the lessons and upload their recordings for me. A friend says every website that people in China can open needs ICP filing. Is an ICP Filing required for my domain name?",
      "no, my domain goes to a small VPS at Hetzner in Helsinki, Finland. Nothing of it is hosted on a server in China"],
     [{"web_service": "yes"}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # 2 un3 rule, two turns (Malawian performance analyst, road cycling team, Rizhao)
    (["Hello from Rizhao. I am from Malawi and work as performance analyst for a road cycling team here. We bought an ECS instance from Alibaba Cloud and the riders' power meters and bike computers upload every training file to it after the ride. One of the mechanics says because of this the ECS must be ICP filed. Is it so?",
      "The bike computers are configured with the IP address of the instance, that is all. We never created any DNS record for it, so no domain name resolves there."],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 3 fvv alibaba, one turn (university debate society, Jiaxing, lowercase)
    (["hi all, i run the english debate society at a university in jiaxing. our main domain jxdebate.cn got its icp filing through alibaba cloud last year. now we want open.jxdebate.cn for the regional tournament (draws, results, motions). does the second level domain need its own icp filing or are we covered"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 4 fvv other, two turns (Iraqi oud teacher, Weihai)
    (["Shlonkum. I teach oud and maqam in Weihai, I am from Baghdad. For our spring concert I want a second-level domain, concert.weihai-oud.com. Do I need ICP filing for this one separately? About the main domain, my student registered it for me, I have to ask him what he did.",
      "My student answered me: weihai-oud.com has an ICP number, he did the filing with 网易数帆 (NetEase) when he set it up, not with Alibaba Cloud."],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 5 fvv none, two turns (beach ultimate frisbee league, Sanya, lowercase)
    (["hiya so i help run a beach ultimate frisbee league in sanya. we want signup.sanyaultimate.com for team registration this season. do subdomains need their own icp thing?? as for the main domain, honestly no idea of its status, i'd have to check",
      "checked with our league chair: sanyaultimate.com has never been filed with anyone and has no icp number, we bought it in january and it's just sat there since"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 6 x3g rule, generic no (Syrian illustrator, picture book publisher, Tangshan)
    (["Hello, I am a Syrian illustrator, my wife and I have a tiny children's picture book publisher in Tangshan. We sell the books on Taobao, and now we registered a domain at Alibaba Cloud for a small portfolio page. A friend told me that anybody who has anything at Alibaba Cloud must do the Alibaba Cloud ICP filing. My wife manages the account, I don't know what she ordered there. Is my friend right?",
      "no, my wife checked: we never bought any ECS, the portfolio page sits on Carrd"],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # 7 x3g otherwise, one turn (Algerian futsal coach, Baoding)
    (["Salut, I coach futsal in Baoding, I am from Algeria. In a Telegram group I read that when you don't purchase ECS, no Alibaba Cloud ICP filing is needed. But our club did purchase two ECS instances from Alibaba Cloud in April, for the match video analysis. So what about us, do we need the Alibaba Cloud ICP filing?"],
     [{"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 8 omc rule, two generic no (retired PE teachers, pickleball coaching, Putian, lowercase)
    (["hi!! me and my old colleague (both retired pe teachers) are starting a little pickleball coaching business in putian, with a site for booking courts and lessons. somebody mentioned an 'initial icp filing'. what is that and do we need it",
      "nope, never done one, first time we've even heard the word icp",
      "no, not that either. nothing filed so far, anywhere"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # 9 omc otherwise, one turn (Bhutanese archery coach, archery club, Lishui)
    (["Kuzuzangpo la! I am from Bhutan, archery is our national sport, and now I coach at an archery club in Lishui. Our club company finished its ICP filing in 2022 for the club site. We bought a new domain, lishui-archery-kids.com, for the junior program, and this domain has never been filed. Is the initial ICP filing what we need?"],
     [{"subject_filed": "yes", "domain_filed": "no"}],
     ["omc"], ("omc", None)),
    # 10 srs transfer, one turn (Dominican baseball academy, Changchun)
    (["Klk! Dominican here, I run a baseball academy in Changchun. Our company and our website domain are ICP filed with 华数云, but we are moving everything to Alibaba Cloud and our contract with 华数云 ends in December, so the filing of the company and the domain should come over to you. What do we have to do?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 11 srs otherwise, two turns (indie podcast network, Xining, lowercase)
    (["hey, small indie podcast network in xining here. our company + site are icp filed via 帝联科技 (dnion). we just started using alibaba cloud directmail for our newsletter. does that mean we have to move our icp filing over to alibaba cloud or add you as another filing provider",
      "to be clear we're doing neither: the filing stays with 帝联科技 only, nothing moves to alibaba cloud and alibaba cloud doesn't get added as a provider. directmail is the only thing we use from you"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 12 b24 other, one turn (Ugandan boxing coach, boxing gym, Jiangmen)
    (["Oli otya! I am a boxing coach from Uganda, I run a boxing gym in Jiangmen. Our gym company is ICP filed through 腾正科技, they host our old site. Today I purchased an ECS instance at Alibaba Cloud and I will put a new website for our fitness boxing classes on it, with the new domain jm-boxfit.com. What filing I need for this new site?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 13 b24 alibaba, two turns (student film festival organiser, film academy, Shantou, lowercase)
    (["hi, i'm helping organise a student short film festival at a film academy in shantou. we bought a new ecs instance last week and the festival website (new domain, stfilmfest.com) is going to be hosted on it. what kind of icp filing do we need? not sure how the academy's own filing was done, that was before my time",
      "asked the dean's office: the academy as a filing subject was filed through alibaba cloud, they did it for the main academy site in 2019"],
     [{"new_website_on_ecs": "yes", "purchased_ecs": "yes"}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 14 b24 alibaba, one turn (Cypriot puppeteer, puppet theatre, Leshan)
    (["Yia sas from Leshan! I am from Cyprus and run a small puppet theatre here together with local artists. Our theatre company has been filed in the Alibaba Cloud ICP filing system since we opened our first site. We just bought a second ECS instance, and our new website for puppet-making workshops, on a new domain leshan-puppets.cn, will be hosted there. What do we need to apply for?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 15 b24 otherwise, two turns (Luxembourgish graphic novel publisher, Yancheng)
    (["Moien! I am from Luxembourg and publish graphic novels with a small team in Yancheng. The ICP filing of our company was done with Alibaba Cloud, for our shop site. Now we plan a new website with a new domain for our webcomics. Where it will live, our designer is still deciding. Do we need a website ICP filing for the new domain?",
      "Our designer has decided: the webcomics site will be built and hosted on Webflow. It will not be hosted on an ECS instance."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 16 fyg rule, two turns (fencing club admin, Dandong, lowercase)
    (["hello, i do the admin for a fencing club in dandong. our site has an icp filing number from alibaba cloud. we're merging with a kids fencing school next month and my boss asked me if 'the filing needs changing'. i genuinely don't know what would change",
      "talked to my boss. the club name stays, but the person in charge of the website becomes the school's director and our office address moves to their building, so we want to modify that info in the filing"],
     [{"has_alibaba_icp_number": "yes"}, {"modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 17 fyg otherwise, one turn (North Macedonian wrestling coach, Quanzhou)
    (["Zdravo! I coach wrestling at a sports club in Quanzhou, I am from North Macedonia. We want to modify our filing information: a new website name and a new phone number for the responsible person. Our ICP number was given by 海腾数据, Alibaba Cloud does not have any ICP number of ours. How do we change it?"],
     [{"has_alibaba_icp_number": "no", "modify_info": "yes"}],
     ["fyg"], ("fyg", None)),
    # 18 no_match (Alibaba Cloud Elasticsearch unassigned replica shards)
    (["Our Alibaba Cloud Elasticsearch cluster went yellow after we upgraded the data nodes yesterday, and about 30 replica shards stay unassigned. Search in our video archive app still works, only slower. How do I get the replicas assigned again?"],
     [{}], [], "no_match"),
    # 19 no_match (VPN Gateway IPsec tunnel dropping)
    (["we connected our office fortigate to a vpc with vpn gateway over ipsec. tunnel comes up fine but every few hours it drops for about a minute and the logs show phase 2 renegotiation failing. which lifetime / dpd settings do we need to match on our side"],
     [{}], [], "no_match"),
]

ZH_A = [
    # 0 un3 -> kbw otherwise (许昌假发外贸)
    (["你好，我们是许昌做假发外贸的小公司，上个月在阿里云买了一台ECS，现在就放点产品图和报价表。公司域名要不要解析到这台ECS上，老板说再看看。这种情况需要做ICP备案吗？",
      "老板拍板了：域名做A记录指向这台ECS。不过这台ECS当时选的是海外的地域，不在中国内地。上面要做一个给欧美客户看款式、发询盘的网站。"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "no", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", None)),
    # 1 un3 rule, two turns (西峡香菇烘干冷库)
    (["请问一下，我们在西峡做香菇烘干和冷库，去年在阿里云买了台ECS，用来收冷库温湿度传感器的数据，手机上看曲线。听同行说只要用了云服务器就得备案，真的假的？",
      "数据是网关按公网IP直连上传的，这台ECS上没挂任何域名，解析记录一条都没有。"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 2 fvv other, two turns (信阳毛尖茶企)
    (["您好，我们是信阳一家做毛尖的茶企，想给春茶预售单独弄个二级域名，比如 yushou.xymaojian.com。二级域名需要另外备案吗？主域名是前几年外包公司帮忙弄的，备没备案、在哪备的，我得问问他们。",
      "外包公司回消息了：主域名 xymaojian.com 有备案号，当时是在阿贝云那边做的备案，跟阿里云没关系。"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # 3 fvv none, one turn (禹州钧瓷工作室)
    (["我在禹州开了个钧瓷工作室，想用 zhanlan.yzjunci.cn 做个线上展厅。主域名 yzjunci.cn 买了三年一直闲着，从来没申请过ICP备案，所以也没有备案号。这个二级域名要单独备案吗？"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # 4 x3g rule, one turn (咸宁桂花糕)
    (["请问，我在咸宁做桂花糕和桂花酒酿，网店开在淘宝上，另外在阿里云注册了个域名打算以后用。阿里云的ECS我一台都没买过，也没准备买。这样还需要做阿里云的ICP备案吗？"],
     [{"purchased_ecs": "no"}],
     ["x3g"], ("x3g", "x3g")),
    # 5 omc rule, two turns (随州编钟演出公司)
    (["你好，我们在随州新注册了一家编钟演出公司，公司名下以前从没做过ICP备案。准备上线一个官网卖演出票，是不是要先做首次备案？",
      "官网打算用的域名 szbianzhong.com 是上周刚注册的，之前从来没有人给它备过案。"],
     [{"subject_filed": "no"}, {"domain_filed": "no"}],
     ["omc"], ("omc", "omc")),
    # 6 srs otherwise, one turn (亳州中药材批发)
    (["咨询一下：我们是亳州做中药材批发的，公司和网站的备案都在平安云，网站也一直放在平安云上。最近只是开通了阿里云的OCR文字识别，用来识别进货单。备案我们不打算迁到阿里云，也不打算把阿里云加为新的接入商。这种情况还需要在阿里云办理备案吗？"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # 7 b24 alibaba, two turns (鹰潭余江眼镜厂)
    (["你好，我们是鹰潭余江的眼镜厂，公司主体之前在阿里云做过备案，老官网就是那时候上的。现在想给新推出的儿童眼镜品牌做个新网站，用新域名，服务器还没定放哪。需要办什么备案？",
      "刚定下来：昨天采购在阿里云新买了一台ECS，儿童眼镜品牌的新网站就放在这台ECS上。"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_alibaba")),
    # 8 fyg rule, one turn (浏阳花炮厂)
    (["你好，我们是浏阳的一家花炮厂，网站的备案号是在阿里云办下来的。今年厂里搬进了新工业园，主办单位的通讯地址变了，网站负责人也换成了新来的电商主管。这些备案信息想改一下，在哪里操作？"],
     [{"has_alibaba_icp_number": "yes", "modify_info": "yes"}],
     ["fyg"], ("fyg", "fyg")),
    # 9 no_match (物联网平台设备成批掉线)
    (["我们在阿里云物联网平台接了两百多个鱼塘增氧机的控制器，最近一到晚上就成批上下线，日志里是MQTT心跳超时。keepalive设的60秒，4G信号也不算差，这种一般从哪开始排查？"],
     [{}], [], "no_match"),
]

ZH_B = [
    # 0 un3 -> kbw rule (赣州信丰脐橙合作社)
    (["你好，我们是赣州信丰的脐橙合作社，前阵子在阿里云买了一台ECS，现在用来管果园的采摘和库存数据。合作社的域名要不要指到这台机器上，理事会还没开会定。这台ECS需要ICP备案吗？",
      "理事会昨天开完会定了：域名解析到这台ECS，ECS所在地域在中国内地（没选香港，也没选海外）。上面要搭一个卖脐橙的网站，让客户在线下单。"],
     [{"purchased_ecs": "yes"}, {"domain_resolves_to_ecs": "yes", "points_to_mainland": "yes", "web_service": "yes"}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # 1 un3 rule, one turn (仙桃无纺布厂)
    (["请教个问题：我们是仙桃做无纺布的，厂里在阿里云买了一台ECS，只跑车间MES的数据汇总，车间电脑都是直接填公网IP连过去的。我们没给它配任何域名，DNS里也没有指向它的记录，后面也不打算加。这样需要备案吗？"],
     [{"purchased_ecs": "yes", "domain_resolves_to_ecs": "no"}],
     ["un3"], ("un3", "un3")),
    # 2 fvv alibaba, two turns (孝感米酒麻糖)
    (["你好，我们在孝感做米酒和麻糖，想开一个 tuangou.xgmijiu.com 的二级域名做社区团购。二级域名是不是还得单独备案？主域名是我表哥几年前弄的，具体怎么备的我不清楚。",
      "问过表哥了，主域名 xgmijiu.com 的备案就是在阿里云做的，备案号也是从阿里云那边下来的。"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # 3 x3g otherwise, two turns (砀山酥梨梨膏)
    (["我们在砀山卖酥梨和梨膏，之前在群里看到有人说，只要不买阿里云的ECS就不需要做阿里云备案。我印象里我们没买过，但账号是我爱人在管，我不敢确定。我们这种情况需要备案吗？",
      "刚翻了阿里云的订单记录，原来我爱人去年秋天就买了一台ECS，一直在续费。"],
     [{}, {"purchased_ecs": "yes"}],
     ["x3g"], ("x3g", None)),
    # 4 omc otherwise, one turn (十堰武当太极拳馆)
    (["你好，我们在十堰新开了一家太极拳馆，公司是今年刚注册的，主体从来没有做过ICP备案。不过打算用的域名是从一位老拳师手里转过来的，他之前拿这个域名做网站时已经备过案了。这种情况还要做首次备案吗？"],
     [{"subject_filed": "no", "domain_filed": "yes"}],
     ["omc"], ("omc", None)),
    # 5 srs transfer, one turn (邵东打火机厂)
    (["我们是邵东做打火机出口的工厂，公司和官网的备案原来都在360智汇云，现在服务器全部迁到阿里云，备案也要整体转到阿里云来，不再留在原来那家。要怎么弄？"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # 6 b24 other, two turns (六安霍山石斛)
    (["你好，我们是六安霍山做石斛的公司，公司主体在深信服云那边备过案。现在想给石斛枫斗礼盒做一个新网站，用新域名，放哪还在比较。这种要做什么备案？",
      "定下来了：我们已经在阿里云付款买了一台ECS，礼盒的新网站（新域名）就架在这台ECS上。"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": "yes", "purchased_ecs": "yes"}],
     ["b24"], ("b24", "b24_other")),
    # 7 b24 otherwise, one turn (婺源景区运营公司)
    (["你好，我们是婺源一家景区运营公司，公司主体在中国电子云那边做过备案。现在要给油菜花季单独做个新网站，新域名，打算直接放在微盟上做。阿里云的ECS我们一台也没买，以后也不打算买。这个新网站需要在阿里云做网站备案吗？"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": "no", "purchased_ecs": "no"}],
     ["b24"], ("b24", None)),
    # 8 fyg otherwise, two turns (南丰蜜桔公司)
    (["你好，我们是南丰做蜜桔的公司，前段时间公司改了名，网站名称和主体的联系电话都要跟着改。备案信息变更在阿里云哪里办？",
      "查了一下当时的资料，我们的备案号是万国数据给接入办下来的，阿里云这边没有我们网站的备案号。"],
     [{"modify_info": "yes"}, {"has_alibaba_icp_number": "no"}],
     ["fyg"], ("fyg", None)),
    # 9 no_match (云数据库MongoDB主备切换后报not master)
    (["我们用的云数据库MongoDB副本集，昨晚凌晨自动发生了一次主备切换，之后应用一直报 not master，重启应用才恢复。是不是连接串写法有问题？应该怎么配才能自动跟着切？"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 42042007), ("en_b", EN_B, 42042019),
         ("zh_a", ZH_A, 42042031), ("zh_b", ZH_B, 42042049)]


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
