#!/usr/bin/env python3
"""Build /work/blind/icp_dlg3/ (third blind dialogue set for the ICP Filing FAQ).

Written blind on 2026-12-04: the only sources are /work/shared/icp-contract.md and
/work/shared/seed/icp-filing.md. Every dialogue below was written by hand.

Checks:
  * every section id is in the contract's section table;
  * every non-null rule is word for word one of the contract's quoted rule sentences,
    and each of those sentences occurs in the seed;
  * every fact id / value used in the notes is in the contract's fact table;
  * the written turns fit the contract's rules for every order in which the open facts
    could be asked, for an eager bot (answers as soon as the outcome is settled) and a
    collect-everything bot; the outcome equals `expect`;
  * no turn repeats a turn (or single question) of the earlier blind sets
    icp_dlg2/, icp_en/, icp_zh/ (these files are only read here, never printed),
    except bare button-like replies ("yes", "no", "Alibaba Cloud", ...);
  * no turn repeats inside this set (same exception).

Output is deterministic: hand-assigned halves, each shuffled with a fixed seed.
"""
import itertools
import json
import random
import re
import sys
from pathlib import Path

CONTRACT = Path("/work/shared/icp-contract.md")
SEED = Path("/work/shared/seed/icp-filing.md")
OUT = Path("/work/blind/icp_dlg3")
EARLIER = [Path("/work/blind/icp_dlg2"), Path("/work/blind/icp_en"), Path("/work/blind/icp_zh")]
SEEDS = {"en_a": 20261204, "en_b": 20261205, "zh_a": 20261206, "zh_b": 20261207}

SHORT = {
    "kbw": "section_kbw_s15_jgb", "un3": "section_un3_kd5_jgb", "fvv": "section_fvv_dc5_jgb",
    "x3g": "section_x3g_l25_jgb", "omc": "section_omc_r25_jgb", "srs": "section_srs_v25_jgb",
    "b24": "section_b24_df5_jgb", "fyg": "section_fyg_sf5_jgb",
}
# fact abbreviations used in the notes below
F = {
    "P": "points_to_mainland", "W": "web_service", "D": "domain_resolves_to_ecs",
    "E": "purchased_ecs", "T": "tld_filing", "S": "subject_filed", "DF": "domain_filed",
    "PC": "provider_change", "SP": "subject_filing_provider", "N": "new_website_on_ecs",
    "H": "has_alibaba_icp_number", "M": "modify_info",
}
ANY = "*"  # a bare reply ("nope") that answers whichever fact was asked, with this value

# --------------------------------------------------------------------------- contract
def read_contract():
    text = CONTRACT.read_text(encoding="utf-8")
    sections = re.findall(r"^\| (section_[a-z0-9_]+) \|", text, re.M)
    facts = {}
    for m in re.finditer(r"^\| ([a-z_]+) \| ([a-z /]+) \|", text, re.M):
        if m.group(1) in ("id", "fact"):
            continue
        facts[m.group(1)] = [v.strip() for v in m.group(2).split("/")]
    rules_part = text.split("## Rules", 1)[1].split("\n## ", 1)[0]
    rules = {}
    for line in rules_part.splitlines():
        m = re.match(r"- (\w+):", line)
        if m:
            rules[m.group(1)] = re.findall(r'"([^"]+)"', line)
    return sections, facts, rules


SECTIONS, FACTS, RULES = read_contract()
assert len(SECTIONS) == 8, SECTIONS
assert sum(len(v) for v in RULES.values()) == 11, RULES
seed_text = SEED.read_text(encoding="utf-8")
for sents in RULES.values():
    for s in sents:
        assert s in seed_text, s
for k, v in SHORT.items():
    assert v in SECTIONS, v

ALL_RULES = [s for v in RULES.values() for s in v]
R = {
    "kbw": RULES["kbw"][0], "un3": RULES["un3"][0],
    "fvv:alibaba": RULES["fvv"][0], "fvv:other": RULES["fvv"][1], "fvv:none": RULES["fvv"][2],
    "x3g": RULES["x3g"][0], "omc": RULES["omc"][0], "srs": RULES["srs"][0],
    "b24:other": RULES["b24"][0], "b24:alibaba": RULES["b24"][1], "fyg": RULES["fyg"][0],
}
# sanity: the contract's "->" mapping, read off the rule lines
assert "Mainland China" in R["kbw"] and "not required" in R["un3"]
assert "filed with Alibaba Cloud" in R["fvv:alibaba"] and "not provided by Alibaba" in R["fvv:other"]
assert "does not have an ICP number" in R["fvv:none"]
assert "another service provider" in R["b24:other"] and "filed with Alibaba Cloud" in R["b24:alibaba"]

# --------------------------------------------------------------------------- rules model
def needed(sec, k):
    return {
        "kbw": ["points_to_mainland", "web_service"],
        "un3": ["domain_resolves_to_ecs"] + (["points_to_mainland", "web_service"]
                                             if k.get("domain_resolves_to_ecs") == "yes" else []),
        "fvv": ["tld_filing"], "x3g": ["purchased_ecs"],
        "omc": ["subject_filed", "domain_filed"], "srs": ["provider_change"],
        "b24": ["subject_filing_provider", "new_website_on_ecs"],
        "fyg": ["has_alibaba_icp_number", "modify_info"],
    }[sec]


def relevant(sec):
    return {"un3": ["domain_resolves_to_ecs", "points_to_mainland", "web_service"]}.get(sec, needed(sec, {}))


def decide(sec, k):
    """(final section short id, rule key or None)"""
    g = k.get
    if sec == "kbw":
        return ("kbw", "kbw" if g("points_to_mainland") == g("web_service") == "yes" else None)
    if sec == "un3":
        return ("un3", "un3") if g("domain_resolves_to_ecs") == "no" else decide("kbw", k)
    if sec == "fvv":
        return ("fvv", "fvv:" + g("tld_filing"))
    if sec == "x3g":
        return ("x3g", "x3g" if g("purchased_ecs") == "no" else None)
    if sec == "omc":
        return ("omc", "omc" if g("subject_filed") == g("domain_filed") == "no" else None)
    if sec == "srs":
        return ("srs", "srs" if g("provider_change") in ("transfer", "add") else None)
    if sec == "b24":
        if g("new_website_on_ecs") == "yes" and g("subject_filing_provider") in ("other", "alibaba"):
            return ("b24", "b24:" + g("subject_filing_provider"))
        return ("b24", None)
    if sec == "fyg":
        return ("fyg", "fyg" if g("has_alibaba_icp_number") == g("modify_info") == "yes" else None)
    raise KeyError(sec)


def settled(sec, k):
    open_ = [f for f in relevant(sec) if f not in k]
    outs = set()
    for vals in itertools.product(*[FACTS[f] for f in open_]):
        kk = dict(k, **dict(zip(open_, vals)))
        outs.add(decide(sec, kk))
    return outs.pop() if len(outs) == 1 else None


def replay(sec, turns, eager):
    """All (turns used, outcome) over every asking order; raises on a reply that does not fit."""
    results = set()

    def step(k, i):
        if eager:
            out = settled(sec, k)
            if out:
                results.add((i, out))
                return
        open_ = [f for f in needed(sec, k) if f not in k]
        if not open_:
            results.add((i, decide(sec, k)))
            return
        for ask in open_:
            if i >= len(turns):
                results.add((i, ("ASKS-BEYOND-TURNS", ask)))
                continue
            reply = dict(turns[i][1])
            if ANY in reply:
                reply[ask] = reply.pop(ANY)
            if ask not in reply:
                results.add((i, ("REPLY-MISSES", ask)))
                continue
            for f, v in reply.items():
                assert k.get(f, v) == v, ("contradiction", f)
            step(dict(k, **reply), i + 1)

    first = dict(turns[0][1])
    assert ANY not in first
    step(first, 1)
    return results

# --------------------------------------------------------------------------- the dialogues
# (start section the first message asks about, [(turn text, {fact: value})...], expect, style note)
# expect: "kbw", "kbw-" (otherwise), "fvv:other", "b24:alibaba", ..., or "NM" (no_match).
def d(start, turns, expect, note):
    turns = [(t, dict(fx) if ANY in fx else {F[a]: v for a, v in fx.items()}) for t, fx in turns]
    return {"start": start, "turns": turns, "expect": expect, "note": note}


EN_A = [
    d("kbw", [("hey all, we're launching an online shop next month. the domain is going to resolve to our server in cn-shanghai. do we need ICP for that?", {"P": "yes", "W": "yes"})],
      "kbw", "one turn, region name"),
    d("kbw", [("Our domain points at a box in Guangzhou. Does the domain itself need an ICP filing?", {"P": "yes"}),
              ("nah it's only an MQTT broker for our IoT sensors. nothing over http, no site, no api", {"W": "no"})],
      "kbw-", "web_service=no in words"),
    d("un3", [("We bought a couple of ECS instances in Alibaba's Chengdu region. Does the ICP requirement for ECS come down to domain name resolution?", {"P": "yes"}),
              ("yes, our domain's A record points at one of them and it serves the booking web app for our hotel", {"D": "yes", "W": "yes"})],
      "kbw", "un3 -> kbw hand-over; reply states two facts"),
    d("un3", [("we've got ECS but we're not putting any domain in front of it, the mobile app talks straight to the public IP. is ICP still needed??", {"D": "no"})],
      "un3", "negation + contrast"),
    d("fvv", [("need an ICP for shop.mybrand.cn? mybrand.cn itself was filed thru Alibaba Cloud last yr", {"T": "alibaba"})],
      "fvv:alibaba", "abbreviations"),
    d("fvv", [("do second level domains need their own filing? e.g. blog.acme.com.cn", {}),
              ("acme.com.cn got its ICP number via Tencent Cloud back in 2020, we never touched Alibaba for it", {"T": "other"})],
      "fvv:other", "provider named"),
    d("fvv", [("thinking of putting the mobile site on m.xyzstudio.cn. the main doamin xyzstudio.cn never got an ICP number. do I need a filing for the subdomain?", {"T": "none"})],
      "fvv:none", "typo"),
    d("x3g", [("we're not buying a single ECS instance, just the SMS service and some translation API calls. does alibaba cloud still want an ICP filing from us?", {"E": "no"})],
      "x3g", "no ECS in words"),
    d("x3g", [("does an alibaba cloud icp filling depend on buying ECS instances?", {}),
              ("we have none yet - oh wait, my colleague bought two last night, so yes we do have ECS now", {"E": "yes"})],
      "x3g-", "typo 'filling'; correction inside the reply"),
    d("omc", [("brand new startup here. the company has never done any ICP filing and our domain is freshly registered, never filed either. do we need the initial filing before going live?", {"S": "no", "DF": "no"})],
      "omc", "one turn, both facts"),
    d("omc", [("When is the initial ICP filing needed? Our domain newapp.cn has never been filed.", {"DF": "no"}),
              ("the company did file before tho, for our old corporate site", {"S": "yes"})],
      "omc-", "last fact decides otherwise"),
    d("srs", [("We're moving everything from Tianyi Cloud to Alibaba Cloud, including the ICP filing for our company and our domain. Do we need to apply for a filing on Alibaba's side?", {"PC": "transfer"})],
      "srs", "transfer in words"),
    d("srs", [("Our website's ICP filing sits with UCloud. We're NOT moving it to Alibaba and we're not adding Alibaba as a second filing provider either. Under those circumstances, is there any ICP filing we'd have to apply for with Alibaba Cloud?", {"PC": "none"})],
      "srs-", "double negation"),
    d("b24", [("our company's ICP filing was done by our previous host (China Mobile's cloud). we're buying ECS on Alibaba Cloud now and wanna file a new domain for a new website that'll run there. do we need to add a website ICP filing for it?", {"SP": "other", "N": "yes"})],
      "b24:other", "one turn, both facts"),
    d("b24", [("We already completed the company's ICP filing on Alibaba Cloud. Now we're launching a second website under a different domain. Do we need to add a website filing?", {"SP": "alibaba"}),
              ("yes it'll be hosted on one of our ECS instances", {"N": "yes"})],
      "b24:alibaba", ""),
    d("b24", [("company's been filed with Alibaba Cloud for ages. we've got a new campaign site with a new domain but it's going on Netlify, not on any ECS. do i need to add a website filing?", {"SP": "alibaba", "N": "no"})],
      "b24-", "contrast: not on ECS"),
    d("fyg", [("need to update the person-in-charge phone number in our ICP filing. does that count as a filing change?", {"M": "yes"}),
              ("yep, we got our ICP number through Alibaba Cloud", {"H": "yes"})],
      "fyg", ""),
    d("fyg", [("Our ICP number is from Tencent Cloud, not Alibaba. We need to change the website name in the filing. Do we have to do the change on Alibaba Cloud's ICP platform?", {"H": "no", "M": "yes"})],
      "fyg-", "contrast: not Alibaba"),
    d(None, [("how long does alibaba usually take to review an icp filing? we submitted ours 5 days ago and it still says pending", {})],
      "NM", "review duration"),
    d(None, [("after ICP gets approved, do we also need to do the public security bureau filing (公安备案)? and is there a deadline for it?", {})],
      "NM", "PSB filing"),
]

EN_B = [
    d("kbw", [("our domain will point at a server in Seoul... scratch that, we moved it to Zhangjiakou last month. does the domain need ICP?", {"P": "yes"}),
              ("yes, it hosts our company homepage plus a small REST API over HTTPS", {"W": "yes"})],
      "kbw", "correction inside the first message"),
    d("kbw", [("we have a landing page on our domain. DNS goes to our HK server (not mainland). ICP yes or no?", {"P": "no", "W": "yes"})],
      "kbw-", "HK is not mainland"),
    d("un3", [("got an ECS in cn-beijing that only runs our multiplayer game server over UDP, no web stuff at all. does needing ICP for an ECS come down to whether a domain resolves to it?", {"P": "yes", "W": "no"}),
              ("well, play.ourgame.cn does resolve to it", {"D": "yes"})],
      "kbw-", "un3 -> kbw hand-over ending in otherwise"),
    d("un3", [("Is ICP needed just because I bought ECS? I'm not sure how domain names play into it.", {}),
              ("nope, no domain points there. it's a render farm we reach over VPN", {"D": "no"})],
      "un3", ""),
    d("fvv", [("does docs.example.cn need a separate ICP filing or is it covered by the main one?", {}),
              ("Alibaba Cloud", {"T": "alibaba"})],
      "fvv:alibaba", "button-like reply"),
    d("fvv", [("The filing for acme.cn was done by our previous host, not Alibaba Cloud, and acme.cn does have an ICP number. Now we want api.acme.cn. Does the subdomain need a filing?", {"T": "other"})],
      "fvv:other", "contrast"),
    d("fvv", [("subdomain q: cdn.foobar.net.cn - filing required?", {}),
              ("the top-level one has no ICP number at all, nobody ever filed it", {"T": "none"})],
      "fvv:none", "terse"),
    d("x3g", [("my boss asks whether we must do an Alibaba Cloud ICP filing. is that only a thing if you buy ECS from them?", {}),
              ("we haven't bought any ECS, our servers live in our own data centre. we only use their OCR API", {"E": "no"})],
      "x3g", "not on ECS but own servers"),
    d("x3g", [("I read that an Alibaba Cloud ICP filing isn't required if you don't purchase ECS. But we DID buy ECS, three instances actually. So is an Alibaba Cloud ICP filing required for us?", {"E": "yes"})],
      "x3g-", "contrast"),
    d("omc", [("when is the initial ICP filing required? we're about to launch our site", {}),
              ("nope", {ANY: "no"}),
              ("no, that neither", {ANY: "no"})],
      "omc", "two facts open, bare replies valid in either order"),
    d("omc", [("Is an initial ICP filing needed for us? Both the company and the domain already went through ICP filing in 2021.", {"S": "yes", "DF": "yes"})],
      "omc-", ""),
    d("srs", [("Our website's ICP filing is with Tencent Cloud. If Alibaba Cloud comes into the picture, when does a new ICP application become necessary?", {}),
              ("we'd keep Tencent and bring in Alibaba Cloud as an additional provider for the same site", {"PC": "add"})],
      "srs", "add in words"),
    d("srs", [("hi, our subject and domain are filed via JD Cloud. what conditions trigger an ICP filing application on Alibaba Cloud's side when it comes to service providers?", {}),
              ("neither honestly. JD Cloud keeps the filing and stays our only provider", {"PC": "none"})],
      "srs-", ""),
    d("b24", [("we're buying ECS at Alibaba and want to file a brand-new website domain there. The company itself is already ICP filed. do we need to add a website filing?", {"N": "yes"}),
              ("是在新网备的，不是阿里云", {"SP": "other"})],
      "b24:other", "Chinese reply in an English dialogue"),
    d("b24", [("Company ICP subject was done on Alibaba Cloud. We're putting up a brand-new site (new domain) on an ECS instance. Add website filing needed?", {"SP": "alibaba", "N": "yes"})],
      "b24:alibaba", ""),
    d("b24", [("we're putting a new website with a new domain on ECS. do i need to add a website ICP filing?", {"N": "yes"}),
              ("our company has never filed anything, with anyone", {"SP": "none"})],
      "b24-", "last fact decides otherwise"),
    d("fyg", [("our ICP number is from Alibaba Cloud and we're renaming the company, so the subject info in the filing is wrong now. do we need to change the filing?", {"H": "yes", "M": "yes"})],
      "fyg", ""),
    d("fyg", [("Our website has an Alibaba Cloud ICP filing number. Do we need to change the filing on the Alibaba platform?", {"H": "yes"}),
              ("no, nothing about the company or the site is changing, we're only upgrading to a bigger ECS instance", {"M": "no"})],
      "fyg-", "last fact decides otherwise"),
    d(None, [("which docs do i need to upload for a personal ICP filing? just my ID card or something else too", {})],
      "NM", "documents"),
    d(None, [("is an ICP filing enough to run paid e-commerce or do we need the ICP commercial license (经营许可证) as well?", {})],
      "NM", "licence vs filing"),
]

ZH_A = [
    d("kbw", [("域名解析到我们在新加坡……说错了，是上海的服务器，上面跑公司官网，这个域名要备案吗？", {"P": "yes", "W": "yes"})],
      "kbw", "correction inside the message"),
    d("un3", [("買了幾台 ECS，這種情況要做 ICP 備案嗎？域名這塊我不太確定怎麼算", {}),
              ("沒有任何域名解析過去，都是內網用 IP 直連", {"D": "no"})],
      "un3", "traditional"),
    d("fvv", [("二级域名 shop.abc.cn 要单独备案吗？主域名 abc.cn 是在阿里云备的案", {"T": "alibaba"})],
      "fvv:alibaba", ""),
    d("fvv", [("想给 api.mysite.cn 这个 second-level domain 上线，需要做备案吗？", {}),
              ("主域名 mysite.cn 还没有 ICP 号，从来没备过", {"T": "none"})],
      "fvv:none", "mixed English"),
    d("x3g", [("我們完全沒有購買 ECS，只用了阿里雲的簡訊服務，還需要做阿里雲的 ICP 備案嗎？", {"E": "no"})],
      "x3g", "traditional"),
    d("omc", [("首次备案一般什么情况下需要？我们这个域名之前没备过", {"DF": "no"}),
              ("公司主体之前备过案，是给另一个网站备的", {"S": "yes"})],
      "omc-", "last fact decides otherwise"),
    d("srs", [("网站原来在腾讯云做的备案，现在整体迁到阿里云，想把主体和域名的 ICP 备案一起转过来，这需要申请备案吗？", {"PC": "transfer"})],
      "srs", "transfer"),
    d("b24", [("公司主体已经在别的服务商那边备过案了，现在想在阿里云给一个新域名的网站做备案，需要新增网站备案吗？", {"SP": "other"}),
              ("对，新网站放在我们刚买的阿里云 ECS 上", {"N": "yes"})],
      "b24:other", ""),
    d("fyg", [("我們的 ICP 備案號是在西部數碼辦的，不是阿里雲。現在要改網站負責人資料，需要在阿里雲備案平台做變更嗎？", {"H": "no", "M": "yes"})],
      "fyg-", "traditional, contrast"),
    d(None, [("ICP 备案审核一般要多久啊？管局那边已经卡了两周了", {})],
      "NM", "review duration"),
]

ZH_B = [
    d("un3", [("我们在阿里云日本（东京）地域买了 ECS，上面跑对外的网站。ECS 要不要备案，是不是看有没有域名解析过去？", {"P": "no", "W": "yes"}),
              ("有的，www 已经解析到这台 ECS 了", {"D": "yes"})],
      "kbw-", "un3 -> kbw hand-over, Tokyo is not mainland"),
    d("un3", [("ECS 上只跑 Kafka 和一些定时任务，没有任何 domain 解析到这台机器，客户端都是直连 IP，需要 ICP 吗", {"D": "no"})],
      "un3", "mixed English"),
    d("fvv", [("子域名 m.xyz.com.cn 需要備案嗎？主域名有 ICP 號，但當初是在其他服務商備案的，不是阿里雲。", {"T": "other"})],
      "fvv:other", "traditional, contrast"),
    d("x3g", [("阿里云 ICP 备案跟有没有买 ECS 有关系吗？", {}),
              ("我们上个月就买了 ECS，包年的", {"E": "yes"})],
      "x3g-", ""),
    d("omc", [("我是个人站长，以前从来没有备过案，域名也是刚注册的、没备过，上线前需要先做首次备案吗？", {"S": "no", "DF": "no"})],
      "omc", ""),
    d("srs", [("我们网站的 ICP 备案现在挂在华为云（接入商是华为云）。请问什么情况下需要在阿里云这边申请备案？", {}),
              ("华为云那边保留，另外把阿里云加成新的接入商", {"PC": "add"})],
      "srs", "add in words"),
    d("b24", [("公司主體已經在阿里雲備案過了，現在有個新網站（新域名），要新增網站備案嗎？", {"SP": "alibaba"}),
              ("對，新網站會放在 ECS 上", {"N": "yes"})],
      "b24:alibaba", "traditional"),
    d("b24", [("主体在阿里云备过案，新域名的网站打算放在 GitHub Pages 上，不用 ECS，还需要新增网站备案吗？", {"SP": "alibaba", "N": "no"})],
      "b24-", "mixed English, negation"),
    d("fyg", [("要改备案里的网站名称和联系人邮箱，这算变更备案吗？", {"M": "yes"}),
              ("是的，备案号是在阿里云拿的", {"H": "yes"})],
      "fyg", ""),
    d(None, [("备案要准备哪些材料？营业执照要彩色扫描件吗？", {})],
      "NM", "documents"),
]

SETS = {"en_a": EN_A, "en_b": EN_B, "zh_a": ZH_A, "zh_b": ZH_B}

# --------------------------------------------------------------------------- checks
BUTTONS = {"yes", "no", "y", "n", "yeah", "yep", "sure", "correct", "nope", "not really",
           "alibaba", "other", "none", "transfer", "add", "alibaba cloud", "是", "否", "是的", "没有", "不是"}


def norm(s):
    return re.sub(r"\s+", " ", s.casefold()).strip().rstrip(".!?。！？")


def earlier_turns():
    seen = set()
    for d_ in EARLIER:
        for p in sorted(d_.glob("*.jsonl")):
            for line in p.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                o = json.loads(line)
                for t in o.get("turns", []):
                    seen.add(norm(t))
                if isinstance(o.get("q"), str):
                    seen.add(norm(o["q"]))
    return seen


def expect_obj(exp):
    if exp == "NM":
        return {"type": "no_match"}
    if exp.endswith("-"):
        sec, rule = exp[:-1], None
    else:
        sec, rule = exp.split(":")[0], R[exp]
    return {"type": "answer", "section": SHORT[sec], "rule": rule}


def check(name, dl):
    errors = []
    exp = dl["expect"]
    for t, fx in dl["turns"]:
        for f, v in fx.items():
            if f == ANY:
                assert v in ("yes", "no")
                continue
            if f not in FACTS or v not in FACTS[f]:
                errors.append(f"bad fact {f}={v}")
    if exp == "NM":
        if len(dl["turns"]) != 1:
            errors.append("no_match must be one turn")
        return errors
    if exp.endswith("-"):
        want = (exp[:-1], None)
    else:
        want = (exp.split(":")[0], exp)
    for eager in (True, False):
        res = replay(dl["start"], dl["turns"], eager)
        good = {(len(dl["turns"]), want)}
        if res != good:
            errors.append(f"replay eager={eager}: {sorted(map(str, res))} != {good}")
    return errors


def main():
    seen_before = earlier_turns()
    mine = {}
    problems = []
    out = {}
    for name, dls in SETS.items():
        for i, dl in enumerate(dls):
            for e in check(name, dl):
                problems.append(f"{name}[{i}] {dl['turns'][0][0][:40]!r}: {e}")
            for t, _ in dl["turns"]:
                n = norm(t)
                if n in BUTTONS:
                    continue
                if n in seen_before:
                    problems.append(f"{name}[{i}] repeats an earlier set's turn: {t!r}")
                if n in mine:
                    problems.append(f"{name}[{i}] repeats {mine[n]}: {t!r}")
                mine[n] = f"{name}[{i}]"
        lines = []
        for dl in dls:
            ex = expect_obj(dl["expect"])
            if ex["type"] == "answer":
                assert ex["section"] in SECTIONS
                assert ex["rule"] is None or ex["rule"] in ALL_RULES
            lines.append(json.dumps({"turns": [t for t, _ in dl["turns"]], "expect": ex}, ensure_ascii=False))
        rnd = random.Random(SEEDS[name])
        rnd.shuffle(lines)
        out[name] = lines
    # every half covers all 8 sections
    for name, dls in SETS.items():
        secs = {dl["expect"].rstrip("-").split(":")[0] for dl in dls if dl["expect"] != "NM"}
        if secs != set(SHORT):
            problems.append(f"{name} misses sections {set(SHORT) - secs}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, lines in out.items():
        (OUT / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # spread table (printed for SOURCE.md)
    cols = list(SETS)
    keys = ["kbw", "kbw-", "un3", "fvv:alibaba", "fvv:other", "fvv:none", "x3g", "x3g-", "omc", "omc-",
            "srs", "srs-", "b24:other", "b24:alibaba", "b24-", "fyg", "fyg-", "NM"]
    print("| outcome | " + " | ".join(cols) + " | total |")
    print("|---|" + "---|" * (len(cols) + 1))
    for k in keys:
        row = [sum(1 for dl in SETS[c] if dl["expect"] == k) for c in cols]
        print(f"| {k} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    for c in cols:
        turns = [len(dl["turns"]) for dl in SETS[c]]
        via = sum(1 for dl in SETS[c] if dl["start"] == "un3" and dl["expect"].startswith("kbw"))
        srs = [dl["turns"] for dl in SETS[c] if dl["expect"] == "srs"]
        print(c, "lines", len(turns), "turn counts", {n: turns.count(n) for n in sorted(set(turns))},
              "un3->kbw", via)


if __name__ == "__main__":
    main()
