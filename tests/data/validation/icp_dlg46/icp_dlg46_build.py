#!/usr/bin/env python3
"""Build the icp_dlg46 blind dialogue set (forty-sixth writer).

Written blind from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md only; nothing under
/work/main was read or run, and no program named faqbot was run. The checking machinery (contract model,
replay over every asking order, generic-reply model, near-duplicate check, writer) is reused unchanged from
icp_dlg45_build.py (the previous writer's script, copied here, removed after the build); every dialogue below is new and written
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
    # kbw rule: Vietnamese owner, three pho restaurants, Nanning; non-native, hearsay from a customer
    (["Xin chào! I am owner of 3 pho restaurants in Nanning. Last week my son help me to buy one ECS at Alibaba Cloud, the region is inside mainland China, he choose it because our customers are all local. Our domain phohanoi-nn.com, we already set the DNS so it go to that ECS, and from next month we open a website there for online order and delivery. One customer tell me small restaurant website don't need ICP, only big company need it. He is right or we must do filing?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["kbw", "un3"], ("kbw", "kbw")),
    # kbw otherwise via un3: Indonesian academic director, language school for tour guides, Guilin; owner undecided
    (["Selamat siang. I'm the academic director of a small language school in Guilin, we teach English and Bahasa Indonesia to tour guides. We purchased one Alibaba Cloud ECS to keep our lesson recordings and the homework system, right now the teachers open it only with the IP address. Our owner Pak Hendra is still thinking if he want to connect our school domain to it or not. Do we need ICP filing for this?",
      "Pak Hendra decided last night: we will put a DNS record so our school domain leads to the ECS, and students will open the homework website with it. Also I forgot to tell you, when we bought that ECS we chose a Southeast Asia region, so it is outside mainland China."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule: Romanian site engineer, road tunnel contractor near Chongqing; negation with scope (domain exists, not on these ECS)
    (["Bună ziua. I am site engineer for a contractor that builds a road tunnel outside Chongqing. We bought two ECS instances at Alibaba Cloud and the strain gauges and cameras inside the tunnel send their data straight to the public IPs. We own a domain too, only it serves our corporate site on another host; it was never resolved to these ECS and it won't be. Do the ECS still need an ICP filing?"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # un3 rule: Kenyan co-owner, fleet of 40 electric taxis, Xi'an; hearsay from a driver; generic no
    (["Jambo! I run a fleet of 40 electric taxis in Xi'an together with my Chinese partner. We bought an ECS at Alibaba Cloud and the meter boxes in the cars upload the trip records to it every night. One of our drivers says the traffic police will fine us if that server has no ICP filing. Is this true, do we need it?",
      "no, nothing of that kind. the meter boxes are set with the ECS's IP numbers, there was never a domain name pointed at it"],
     [{"purchased_ecs": Y}, ANY_NO],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: Irish teacher, international primary school, Suzhou, clubs subdomain; reply from the former IT person
    (["Dia dhuit! I teach at an international primary school in Suzhou and somehow became the person who looks after our website. We'd like an after-school clubs sign-up page on a subdomain, clubs dot our main domain. Does a subdomain need its own ICP filing? The main domain was sorted before I arrived and I genuinely don't know how.",
      "Fiona, who used to do our IT, answered my email: she did the main domain's ICP filing through Alibaba Cloud when the school opened in 2020, and it has had that number ever since."],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: Mexican owner, taqueria, Zhuhai, pickup-order subdomain, root filed through 时代互联 (Now.cn)
    (["Hi from a small taquería in Zhuhai! Our main domain tacoslaesquina.cn has an ICP number for three years already, but that filing was done by 时代互联 (Now.cn) when they made our first site, Alibaba Cloud had no part in it. Now we want pedidos.tacoslaesquina.cn so people can order tacos for pickup. What we need to do for this subdomain?"],
     [{"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: lowercase baker, sourdough bakery, Harbin, preorder subdomain; cousin registered the root
    (["hey! we run a tiny sourdough bakery in harbin and want a preorder page on a subdomain (preorder.something). do subdomains need a separate icp filing or does it ride on the main one? tbh no clue what's up with the main domain, my cousin registered it for us years ago",
      "my cousin just texted back - he only registered the main domain, never applied for any icp on it, so there's no number at all"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: Korean owner, BBQ restaurant, Shenyang, menu on Google Sites, domain bought at Alibaba Cloud, no ECS; hearsay from a friend
    (["Annyeong haseyo. I have a Korean BBQ restaurant in Shenyang. Our menu page is made with Google Sites, and the domain we bought from Alibaba Cloud. As for ECS servers, we have zero at Alibaba Cloud, we never paid for one. My friend who runs a coffee shop says because the domain is from Alibaba Cloud we have to do the Alibaba Cloud ICP filing anyway. Is he right?"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise: lowercase roofer, roofing and waterproofing crew, Wuxi; hearsay from the foreman; correction inside the reply
    (["quick q. we're a small roofing and waterproofing crew in wuxi. my foreman heard that if you don't have any ecs with alibaba cloud you don't need their icp filing. i've honestly no idea what our office manager signed us up for on there. does that apply to us or not",
      "office manager first said we only had the domain, then she opened the billing page and there IS an ecs instance on the account, bought in january for our quoting tool"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule: Pakistani brothers, two-week-old halal catering company for university canteens, Zhengzhou
    (["Hello, my brother and me registered a halal catering company in Zhengzhou only two weeks ago, we will cook for university canteens. The company never did ICP filing in its life, it is totally new, and the domain we bought on Monday also was never filed by anyone. We want a website before we start service in September. What filing is needed and when?"],
     [{"subject_filed": N, "domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # omc otherwise: Egyptian coordinator, Arabic and maths tutoring centre, Hefei; WeChat-group hearsay; subject status unknown at first
    (["Good evening. I coordinate an Arabic and maths tutoring centre in Hefei. We just bought a new domain for the online class timetable and nobody ever filed it, it's fresh. A teacher in our WeChat group says the very first filing is called 'initial ICP filing' and every new domain needs it. Whether our tutoring company itself was filed before, I cannot say, I only joined in March.",
      "Our director confirmed it this morning: the tutoring company completed its ICP filing in 2019, when the old website was made."],
     [{"domain_filed": N}, {"subject_filed": Y}],
     ["omc"], ("omc", None)),
    # srs rule (add): Swedish manager, prefab timber houses, Dalian, keeps 浪潮云 (Inspur Cloud)
    (["Hej! We build prefab timber houses near Dalian. The ICP filing for our website is with 浪潮云 (Inspur Cloud) and it will stay there, we don't move it. But we'd like Alibaba Cloud to become a second filing provider for the same website as well, next to Inspur. What do we have to apply for?"],
     [{"provider_change": "add"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise: Swiss engineer, ropeway maintenance, cable car client near Lijiang, 紫光云, only the OCR API; management undecided
    (["Grüezi. I'm with a Swiss company that services ropeways, our biggest client is a cable car near Lijiang. Our ICP filing is handled by 紫光云 (Unisplendour Cloud). At Alibaba Cloud we only call the OCR API to read scanned maintenance logs, nothing else. Our local partner thinks we must either transfer the filing to Alibaba Cloud or add Alibaba Cloud as another provider. Do we need to do one of these? Management has not decided anything yet.",
      "Management answered today: we keep the filing only with 紫光云. No transfer to Alibaba Cloud and no extra provider."],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other: Malagasy sales manager, ceramic tiles exporter, Foshan, 首都在线 (Capital Online), hosting open
    (["Manao ahoana. I am sales manager at a ceramic tiles exporter in Foshan. Our company was filed for ICP through 首都在线 (Capital Online), for the old company site. Now we launch a new brand for bathroom tiles with its own new domain. Where to host the new site the boss did not choose yet, he is waiting for quotes from three hosting companies.",
      "The boss chose Alibaba Cloud: he paid for an ECS this afternoon, and the bathroom tiles site with the new domain will be served from that ECS."],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: Danish founder, coding bootcamp, Wuhan, teen game design course on one more ECS
    (["Goddag. We run a coding bootcamp in Wuhan. Our company's ICP filing was done at Alibaba Cloud two years ago, when we launched the bootcamp site. Now we start a game design course for teenagers with a brand-new domain, and yesterday we bought one more ECS where this new site is going to live. Which filing do we need for it?"],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: Ecuadorian chocolate maker, bean-to-bar workshop, Guiyang, 华云数据 (Huayun Data), tasting-class site on Duda, no ECS
    (["Saludos from Guiyang. I make bean-to-bar chocolate with cacao from my country, Ecuador. Our company's ICP filing is with 华云数据 (Huayun Data). Now we are doing a new site on a new domain for chocolate tasting classes; the site is made in Duda and Duda hosts it. With Alibaba Cloud we have no ECS, and we are not going to buy one for this. Do we have to add a website ICP filing?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule: lowercase web admin, driving school, Luoyang: new training ground address, new person responsible
    (["heya, i look after the website for a driving school in luoyang. we got our icp number from alibaba cloud back in 2021. we moved to a new training ground last month so the address in the filing is out of date, and the person responsible for the site is now me instead of jenny. how do i fix the filing"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise: Tanzanian manager, East African restaurant, Haikou, new company name and phone; generic no, number from 亿速云 (Yisu Cloud)
    (["Habari. I manage an East African restaurant in Haikou. Last month our company name changed and the phone number also, so the information in the ICP filing of the website has to be changed. The filing was done by the manager before me and I am not sure where.",
      "no, not from Alibaba Cloud. I found the certificate in the office drawer, the ICP number on it came via 亿速云 (Yisu Cloud)."],
     [{"modify_info": Y}, ANY_NO],
     ["fyg"], ("fyg", None)),
    # no_match: lowercase, food-delivery rider dispatch app, Fuzhou: ApsaraMQ for Kafka consumer group keeps rebalancing
    (["our rider dispatch app in fuzhou uses apsaramq for kafka and since friday one consumer group keeps rebalancing every few minutes, lag is past 200k messages. 12 partitions, 12 consumers, session.timeout.ms is still the default. what should i look at"],
     [{}], [], "no_match"),
    # no_match: language school office: DirectMail daily quota error
    (["Morning all. Our language school sends enrolment confirmation emails through Alibaba Cloud DirectMail, and since this morning the API keeps returning an error that the daily quota is exceeded, although we only sent about 300 today. Where can I raise that limit?"],
     [{}], [], "no_match"),
]

EN_B = [
    # kbw rule via un3: Argentinian partners, parrilla (grill restaurant), Kunshan; partners arguing
    (["Hi, we are two Argentinians with a parrilla (grill restaurant) in Kunshan. We paid for an Alibaba Cloud ECS where our reservation system runs, for now only the staff opens it by IP. My partner Martín and me keep arguing if we should put our domain on it. Does this need an ICP filing?",
      "Martín won the argument: the restaurant domain will get resolved to the ECS and guests will book tables on a public website there. The ECS region we picked is on the Chinese mainland."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # kbw otherwise: lowercase meal-prep seller, Mianyang, slang; generic no: Scaleway server in Paris
    (["yo, i run a little meal-prep business outta mianyang. got a domain and a site where people pick their weekly boxes and pay. does that need an icp filing or whatever",
      "nope, it's hosted on a scaleway server in paris, none of it runs on a machine in mainland china"],
     [{"web_service": Y}, ANY_NO],
     ["kbw"], ("kbw", None)),
    # un3 rule: Spanish maintenance engineer, old tram line, Changchun; hearsay from a colleague
    (["Buenos días. I'm a Spanish maintenance engineer with the contractor that keeps the old tram line in Changchun running. We bought an ECS to collect vibration data from sensors on the rails. A colleague swears that every server in China needs an ICP filing. Do we need one for this ECS?",
      "The sensor gateways talk to the ECS by its public IP and a port. We never pointed any domain name at it, and we don't plan to."],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: Austrian lecturer, university German Corner, Jinan, Christmas-market volunteer subdomain
    (["Servus! I teach German at a university in Jinan and run the little website of our German Corner. The main domain belongs to our department and its ICP filing was made via Alibaba Cloud in 2022, so it has a number. For the Christmas market I want a subdomain where volunteers sign up. Does that subdomain need its own filing?"],
     [{"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # fvv other: Zimbabwean health and safety officer, building contractor, Linyi, induction-quiz subdomain; root filed through 网宿科技 (Wangsu)
    (["Mhoro. I am the health and safety officer at a building contractor in Linyi. We want a subdomain like safety.(our main domain).cn so new workers can do the induction quiz on their phones. The main domain has an ICP number, but I have no idea who arranged it. What do we need for the subdomain?",
      "Found the papers in the HR cabinet: the main domain was filed through 网宿科技 (Wangsu), Alibaba Cloud was not involved at all."],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: lowercase brewer, craft brewery taproom, Weihai, beer-club subdomain; partner registered the root
    (["hiya, we're a craft brewery with a taproom in weihai. want our beer club signups on club.ourdomain.com - do subdomains need their own icp?? the main domain was grabbed by my business partner ages ago and i've no clue about any filing",
      "asked rob. he never bothered with icp for the main domain, there's no number for it anywhere"],
     [{}, {"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: Malian French tutor, online lessons, Nanchang; hearsay from a friend, husband runs the account; generic no
    (["I ni sogoma. I am from Mali and I give French lessons online from Nanchang. A friend told me that Alibaba Cloud ICP filing is not needed when you don't buy ECS. The Alibaba Cloud account was opened by my husband and he pays the bills, I never looked inside. So do I need the Alibaba Cloud filing or not?",
      "nope, my husband went through the orders tonight. There was never an ECS, the only thing he pays there is the yearly fee for the domain name."],
     [{}, ANY_NO],
     ["x3g"], ("x3g", "x3g")),
    # x3g otherwise: Icelandic owner, fish and chips shop, Sanya; blog-post hearsay, ECS bought in April
    (["Góðan daginn. A blog post in Icelandic says you don't need an Alibaba Cloud ICP filing if you don't buy any ECS instances. But we did buy one ECS in April, for the ordering page of our fish and chips shop in Sanya. So how is it for us?"],
     [{"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc rule: lowercase siblings, dumpling food truck, Xuzhou; hearsay from the skewer seller; two generic no replies
    (["me and my sister are about to start a dumpling food truck in xuzhou and want a simple site showing where we park each day. the guy selling skewers next to us keeps going on about an 'initial icp filing' we'd need first. is that a thing for us and what do we need",
      "nope. we've got zero history with that, we'd be doing it for the very first time",
      "no again - it's never been through any of that, not once"],
     [{}, ANY_NO, ANY_NO],
     ["omc"], ("omc", "omc")),
    # omc otherwise: Belgian chef, cooking school, Zunyi; school company filed 2020, new pastry-course domain never filed
    (["Dag! I'm a Belgian chef and I run a cooking school in Zunyi. Our school company did its ICP filing in 2020 for the main school site. Now I bought a fresh domain for a Belgian pastry course, and this domain was never filed anywhere. Is this the initial ICP filing case, or something else?"],
     [{"subject_filed": Y, "domain_filed": N}],
     ["omc"], ("omc", None)),
    # srs rule (transfer): Lebanese owner, four mezze restaurants, Zhongshan, from 硅云 (Guiyun) to Alibaba Cloud
    (["Kifak! We have four Lebanese mezze restaurants in Zhongshan. Our ICP filing (company and domain) is with 硅云 (Guiyun) right now. We want to move all of it from 硅云 to Alibaba Cloud and leave nothing behind with them. What filing do we apply for?"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # srs otherwise: lowercase office worker, scaffolding hire, Jining, 天互数据, only Machine Translation; bosses undecided
    (["scaffolding hire company in jining here. our icp filing is with 天互数据. the only alibaba cloud thing we use is their machine translation api for our english brochures. do we have to move the filing over to alibaba cloud or add them as an extra provider? the two bosses haven't made up their minds",
      "talked to both bosses - we're leaving the filing exactly where it is with 天互数据, not transferring it and not adding alibaba cloud"],
     [{}, {"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 other: Russian manager, 4x4 winter car rental, Qiqihar, 睿江云 (Eflycloud), ECS bought today
    (["Privet. I manage a car rental company in Qiqihar, we rent 4x4 cars with winter tyres. Our company ICP filing was done through 睿江云 (Eflycloud). Today we purchased an ECS at Alibaba Cloud, and our new booking site for winter rentals, with a new domain name, will run on it. What filing do we need at Alibaba Cloud?"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 alibaba: lowercase web person, group of four kindergartens, Liuzhou, summer camp site on a second ECS; reply from the principal
    (["hi, i do the online stuff for a group of 4 kindergartens in liuzhou. we're launching a summer camp site on a brand new domain and we've just bought a second ecs to run it. no idea how the kindergarten company's own filing was done, that was before my time. what filing do we need",
      "checked with the principal: our kindergarten group is filed at alibaba cloud, it's been that way since the first kindergarten opened"],
     [{"new_website_on_ecs": Y, "purchased_ecs": Y}, {"subject_filing_provider": "alibaba"}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 alibaba: Slovenian engineer, bridge inspection firm, Ganzhou, inspection-reports site on another ECS
    (["Živjo. Our engineering firm in Ganzhou inspects bridges and overpasses. Our company completed its ICP filing through Alibaba Cloud already. Yesterday we bought another ECS, and a new website for our inspection reports service, on a new domain, will be hosted there. Please tell me which filing we need."],
     [{"subject_filing_provider": "alibaba", "new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # b24 otherwise: Venezuelan owner, two arepa restaurants, Shantou, catering site; designer picks Zoho Sites
    (["Hello! Venezuelan here, I own two arepa restaurants in Shantou. Our company's ICP filing is at Alibaba Cloud since we opened the first restaurant. Now we want a separate catering site on a new domain. My designer Valentina is picking the hosting this week. Do we need a website ICP filing?",
      "Valentina went with Zoho Sites. Zoho hosts the catering site, there will be no ECS behind it."],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg rule: Ivorian IT manager, new-car transport company, Xiangyang, board undecided after a merger
    (["Akwaba. I am IT manager in a company that transports new cars from the factories in Xiangyang to the dealers. Our website's ICP number was given by Alibaba Cloud. After the merger the board is discussing if some company information has to be updated, I can't tell you yet.",
      "The board met on Thursday: the company name changes because of the merger, so we must update the subject information and also the person in charge of the website."],
     [{"has_alibaba_icp_number": Y}, {"modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # fyg otherwise: German founder, vocational welding school, Baoji, number from 聚名网 (Juming), address and website name change
    (["Moin! I run a vocational welding school in Baoji with a Chinese partner. We got our ICP number years ago through 聚名网 (Juming); Alibaba Cloud never gave us any number. Now the school address and the website name have to change in the filing. How do we do it?"],
     [{"has_alibaba_icp_number": N, "modify_info": Y}],
     ["fyg"], ("fyg", None)),
    # no_match: Iranian office manager, construction company, Yinchuan: RAM user without billing permission
    (["Dorood. In our construction company in Yinchuan I created a RAM user for our accountant and attached AliyunBSSReadOnlyAccess, but when she logs in, the billing pages still say she has no permission. What is missing?"],
     [{}], [], "no_match"),
    # no_match: lowercase analyst, restaurant group, Urumqi: Quick BI dashboard missing yesterday's sales
    (["our quick bi dashboard for the restaurants in urumqi stopped showing yesterday's sales. the dataset preview has the rows but the charts end the day before. tried clearing the cache in the dashboard settings, no luck"],
     [{}], [], "no_match"),
]

ZH_A = [
    # kbw otherwise via un3: 满洲里俄罗斯进口食品批发, 老板还在琢磨; reply: A记录指向ECS, 海外地域
    (["请教下，我们在满洲里做俄罗斯进口食品批发，上个月在阿里云买了一台ECS，眼下只跑进销存，员工用IP登进去。老板还在琢磨要不要把公司域名接到这台机器上。这种情况要办ICP备案吗？",
      "老板想好了：公司域名会加一条A记录指向这台ECS，上面做个给俄罗斯客户看货、在线下单的网站。还有，这台ECS当时选的是海外的地域，离俄罗斯客户近，机器不在中国内地。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": N, "web_service": Y}],
     ["un3", "kbw"], ("kbw", None)),
    # un3 rule: 永康保温杯小厂, 注塑机和检测台传数据, 朋友讲; reply: 公网IP跟端口号
    (["你好，我们是永康做保温杯的小厂。车间注塑机和检测台的数据每天传到阿里云上的一台ECS，这台ECS是去年买的。做外贸的朋友讲，服务器放国内都得备案，我们这个也要备吗？",
      "那些机器上设置的是这台ECS的公网IP跟端口号，压根没有哪个域名指向它。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv other: 诸暨淡水珍珠直播, 预约看货子域名; reply: 前任运营, 主机屋办的
    (["诸暨做淡水珍珠直播的，主站域名用了好几年。现在想开个二级域名 live.zjzhenzhu.com 给老客户预约看货，二级域名要不要单独备案？主域名当初是前任运营弄的，谁给备的案我不清楚。",
      "前任运营回微信了：主域名的备案号是当年通过主机屋办下来的，阿里云没参与。"],
     [{}, {"tld_filing": "other"}],
     ["fvv"], ("fvv", "fvv_other")),
    # fvv none: 沁县小米合作社, 礼盒子域名, 主域名从没申请过备案
    (["我们是沁县种小米的合作社，主域名 qinxianxiaomi.cn 注册三年了，从头到尾没申请过ICP备案，一个备案号也没有。现在想开个二级域名 li.qinxianxiaomi.cn 卖小米礼盒，这个二级域名得怎么办？"],
     [{"tld_filing": "none"}],
     ["fvv"], ("fvv", "fvv_none")),
    # x3g rule: 锡林浩特风干牛肉干, 京东店铺, 阿里云只有OSS, 同行说
    (["锡林浩特卖风干牛肉干的，店开在京东上。阿里云账号里就开了个OSS放商品图片，云服务器ECS我们压根没买过。同行说只要用了阿里云的东西就得在阿里云备案，是这么回事吗？"],
     [{"purchased_ecs": N}],
     ["x3g"], ("x3g", "x3g")),
    # omc rule: 二连浩特新注册的恐龙化石研学营公司; reply: 域名上周刚买
    (["我们在二连浩特刚注册了一家做恐龙化石研学营的公司，公司这个主体以前从来没办过ICP备案。准备做个网站招学生报名，听说第一次要办首次备案，我们这种情况具体需要什么？",
      "域名是上周才在阿里云买的，之前谁也没拿它备过案。"],
     [{"subject_filed": N}, {"domain_filed": N}],
     ["omc"], ("omc", "omc")),
    # srs otherwise: 同仁热贡唐卡画院, 小鸟云, 只用阿里云智能客服, 不转也不加
    (["同仁做热贡唐卡的画院，网站备案一直在小鸟云，以后也放那边。我们在阿里云只用了智能客服回答游客提问。备案就留在原处，不转到阿里云，也不打算加阿里云当接入商。这样的话还需要在阿里云办备案吗？"],
     [{"provider_change": "none"}],
     ["srs"], ("srs", None)),
    # b24 alibaba: 安吉办公椅厂, 电竞椅品牌站, 服务器没敲定; reply: 采购付了款
    (["安吉做办公椅的，公司主体当年是在阿里云备的案，官网一直在用。现在要给电竞椅单独做个品牌站，新域名已经注册了，服务器用哪家还没敲定。这种要办什么备案？",
      "采购今天下午付了款，阿里云的ECS到手了，电竞椅那个新站就跑在这台ECS上。"],
     [{"subject_filing_provider": "alibaba"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_alibaba")),
    # fyg rule: 嵊州领带厂, 搬进新工业园, 地址和网站联系人变更
    (["嵊州领带厂，网站的ICP备案号是在阿里云办的。最近厂子搬进新工业园，公司地址变了，网站联系人也从老王换成了我，备案信息该怎么改？"],
     [{"has_alibaba_icp_number": Y, "modify_info": Y}],
     ["fyg"], ("fyg", "fyg")),
    # no_match: 天津麻花小作坊, 号码认证一键登录安卓拿不到token
    (["天津做麻花的小作坊，小程序登录用了阿里云号码认证的一键登录，安卓手机上老是拿不到token，苹果手机正常，这是哪里没配对？"],
     [{}], [], "no_match"),
]

ZH_B = [
    # kbw rule via un3: 阳江厨房刀具厂, 销售部和技术部还在吵; reply: 吵出结果了
    (["阳江做厨房刀具的，买了台阿里云ECS跑内部订单系统，现在只有员工用IP登录。要不要把品牌域名指过去，销售部和技术部还在吵。这种情况用备案吗？",
      "吵出结果了：品牌域名往这台ECS上做解析，上面开一个让经销商和散客下单买刀的网站；这台ECS买的是中国内地的地域。"],
     [{"purchased_ecs": Y}, {"domain_resolves_to_ecs": Y, "points_to_mainland": Y, "web_service": Y}],
     ["un3", "kbw"], ("kbw", "kbw")),
    # un3 rule: 平乡儿童自行车厂, 扫码枪报出入库, 官网域名挂在虚拟主机上
    (["平乡做儿童自行车的，去年买了台阿里云ECS，仓库的扫码枪直接往它的公网IP上报出入库。我们官网用的域名挂在建站公司的虚拟主机上，从来没解析到这台ECS。这台ECS要不要备案？"],
     [{"purchased_ecs": Y, "domain_resolves_to_ecs": N}],
     ["un3"], ("un3", "un3")),
    # fvv alibaba: 缙云烧饼加盟店, 加盟申请子域名; reply: 总部的小刘
    (["缙云烧饼加盟店，想用个二级域名 jiameng.jyshaobing.com 让想加盟的人填申请。主域名是总部几年前弄的，备案情况我不了解。二级域名还要单独备案吗？",
      "问了总部的小刘，主域名一开始就是通过阿里云做的备案，备案号一直挂着。"],
     [{}, {"tld_filing": "alibaba"}],
     ["fvv"], ("fvv", "fvv_alibaba")),
    # x3g otherwise: 白沟箱包批发, 网上看到, 表哥注册的账号; reply with correction: 其实买过一台ECS
    (["白沟做箱包批发的，网上看到说不买ECS就不用在阿里云备案。我们的阿里云账号是表哥注册的，里面有啥我没看过。那我们到底要不要在阿里云备案？",
      "表哥一开始说啥也没买，后来登进去一看，前年双十一其实买过一台ECS，到现在还在续费。"],
     [{}, {"purchased_ecs": Y}],
     ["x3g"], ("x3g", None)),
    # omc otherwise: 汾阳新成立的白酒销售公司, 主体没备过, 二手域名前主人备过
    (["我们是汾阳新成立的白酒销售公司，公司主体一次ICP备案都还没办过。网站要用的域名是从别人手里买的二手域名，前一个主人已经拿它做过ICP备案。这种算不算首次备案？"],
     [{"subject_filed": N, "domain_filed": Y}],
     ["omc"], ("omc", None)),
    # srs rule (transfer): 青田石雕公司, 从莱卡云挪到阿里云, 到期不续
    (["青田做石雕的公司，现在ICP备案在莱卡云。我们准备把备案连主体带域名一起挪到阿里云来，莱卡云那边到期就不续了。要办哪种备案？"],
     [{"provider_change": "transfer"}],
     ["srs"], ("srs", "srs")),
    # b24 other: 四会翡翠玉器, 息壤, 直播间新站放哪儿没想好; reply: 老板拍板选了阿里云
    (["四会做翡翠玉器的，公司主体在息壤那边备过案。现在想给直播间单独做个新站，新域名也买好了，放哪儿还没想好。需要办什么备案？",
      "老板拍板选了阿里云，ECS今天已经开通，翡翠直播间的新站就放在这台ECS上。"],
     [{"subject_filing_provider": "other"}, {"new_website_on_ecs": Y, "purchased_ecs": Y}],
     ["b24"], ("b24", "b24_other")),
    # b24 otherwise: 互助青稞酒, 华夏名网, 参观预约页托管在易企秀, 不买ECS
    (["互助做青稞酒的，公司主体在华夏名网备的案。新开的酒坊参观预约页用了个新域名，直接在易企秀上做、也由易企秀托管，阿里云的ECS我们一台都没有，也不准备买。这种要在阿里云加网站备案吗？"],
     [{"subject_filing_provider": "other", "new_website_on_ecs": N, "purchased_ecs": N}],
     ["b24"], ("b24", None)),
    # fyg otherwise: 乌兰察布马铃薯淀粉厂, 网站负责人和公司电话; reply: 中资源给办的
    (["乌兰察布的马铃薯淀粉厂，网站负责人辞职了，得换成新来的小赵，公司电话也改了，备案信息要变更，怎么操作？",
      "找到了当年的短信通知，号码是中资源给办的，跟阿里云不相干，阿里云上我们网站没有备案号。"],
     [{"modify_info": Y}, {"has_alibaba_icp_number": N}],
     ["fyg"], ("fyg", None)),
    # no_match: 德令哈驾校, 性能测试PTS施压资源不足
    (["德令哈一家驾校，用阿里云性能测试PTS压约车小程序的接口，并发一到两千就报施压资源不足，怎么申请更多施压资源？"],
     [{}], [], "no_match"),
]




FILES = [("en_a", EN_A, 46046007), ("en_b", EN_B, 46046019),
         ("zh_a", ZH_A, 46046031), ("zh_b", ZH_B, 46046049)]


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
