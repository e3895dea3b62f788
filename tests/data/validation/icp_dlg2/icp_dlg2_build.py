#!/usr/bin/env python3
"""Builds the blind ICP dialogue set /work/blind/icp_dlg2/ (second writer, 2026-12-04).

Written only from /work/shared/icp-contract.md and /work/shared/seed/icp-filing.md; the earlier
blind set (/work/blind/icp_en, icp_zh, tools/icp_build.py) was read for the format only.
No code, tests or output of the bot were read or run.

Every dialogue below is written by hand and carries an annotation of the facts each turn states
(my reading of the user's words, with the contract's fact ids and values) and the section the first
message asks about. The script
  * checks every section id against the contract's section table,
  * checks every rule sentence word for word against the contract's quoted rule sentences
    (and that those sentences occur in the seed FAQ),
  * replays the contract's rules over the annotated facts for EVERY order in which a bot could ask
    the missing facts, both for a bot that answers as soon as the outcome is settled and for one that
    collects every fact of the section first; each replay must use exactly the written turns, each
    reply must answer the fact being asked, and the result must equal the written "expect",
  * checks that no turn repeats a line of the earlier blind set,
  * deals the dialogues into two halves (fixed seed; grouped by expected section, dealt alternately)
    so that each half covers every section and holds its share of no_match dialogues.
Running it again gives the same files byte for byte.
"""
import itertools, json, os, random, re

CONTRACT = open('/work/shared/icp-contract.md', encoding='utf-8').read()
SEED_FAQ = open('/work/shared/seed/icp-filing.md', encoding='utf-8').read()
SECTIONS = set(re.findall(r'^\| (section_\w+) \|', CONTRACT, re.M))
RULE_TEXT = CONTRACT.split('## Rules')[1].split('## JSON')[0]
RULES = set(re.findall(r'"([^"]+\.)"', RULE_TEXT))
assert len(SECTIONS) == 8 and len(RULES) == 11, (SECTIONS, RULES)
assert all(r in SEED_FAQ for r in RULES)

S = {k: 'section_%s' % v for k, v in dict(
    kbw='kbw_s15_jgb', un3='un3_kd5_jgb', fvv='fvv_dc5_jgb', x3g='x3g_l25_jgb',
    omc='omc_r25_jgb', srs='srs_v25_jgb', b24='b24_df5_jgb', fyg='fyg_sf5_jgb').items()}
assert set(S.values()) == SECTIONS

R = {
 'kbw': "An ICP Filing is required if your domain name points to a node server in Mainland China and you need to activate web services.",
 'un3': "An ICP Filing is not required if you do not point to your ECS instances through domain name resolution.",
 'fvv_alibaba': "If the top-level domain name has been filed with Alibaba Cloud, the second-level domain name does not require an ICP Filing.",
 'fvv_other': "You need to apply for an ICP Filing in Alibaba Cloud if the top-level domain name corresponding to the second-level domain name has an ICP number but the original ICP Filing is not provided by Alibaba Cloud.",
 'fvv_none': "You need to apply for an ICP Filing if the top-level domain name corresponding to the second-level domain name does not have an ICP number.",
 'x3g': "An Alibaba Cloud ICP Filing is not required if you do not purchase any ECS instances.",
 'omc': "You need to apply for the initial ICP Filing in the Alibaba Cloud ICP Filing system before service activation if the subject and domain name have not completed ICP Filing before.",
 'srs': "You need to apply for an ICP Filing if you want to transfer the ICP Filing of the subject and domain name from the original service provider to Alibaba Cloud or add Alibaba Cloud as a new ICP Filing provider of your website.",
 'b24_other': "You need to apply for a website ICP Filing if your filing subject has been filed with another service provider and you want to apply for an ICP Filing for a new website domain name in Alibaba Cloud when purchasing ECS instances.",
 'b24_alibaba': "You need to apply for a website ICP Filing if your filing subject has been filed with Alibaba Cloud and your new website is hosted on an ECS instance.",
 'fyg': "You need to change your ICP Filing on the Alibaba Cloud ICP Filing platform if your website has an ICP Filing number in Alibaba Cloud and you want to modify the information about the filing subject or website.",
}
assert set(R.values()) == RULES, set(R.values()) ^ RULES

FACTS = {
 'points_to_mainland': {'yes', 'no'}, 'web_service': {'yes', 'no'},
 'domain_resolves_to_ecs': {'yes', 'no'}, 'purchased_ecs': {'yes', 'no'},
 'tld_filing': {'alibaba', 'other', 'none'}, 'subject_filed': {'yes', 'no'},
 'domain_filed': {'yes', 'no'}, 'provider_change': {'transfer', 'add', 'none'},
 'subject_filing_provider': {'alibaba', 'other', 'none'}, 'new_website_on_ecs': {'yes', 'no'},
 'has_alibaba_icp_number': {'yes', 'no'}, 'modify_info': {'yes', 'no'},
}
for f in FACTS:
    assert '| %s |' % f in CONTRACT, f

# short names for the annotations
PTM, WEB, DNS, ECS = 'points_to_mainland', 'web_service', 'domain_resolves_to_ecs', 'purchased_ecs'
TLD, SUBJ, DOMF, PCH = 'tld_filing', 'subject_filed', 'domain_filed', 'provider_change'
PROV, NEWECS, HASNO, MOD = 'subject_filing_provider', 'new_website_on_ecs', 'has_alibaba_icp_number', 'modify_info'
ANY = '_any'   # a bare reply ("nope", "yes") that answers whichever yes/no fact was asked

# --------------------------------------------------------------------------- the contract's rules
def decide(sec, k, eager):
    """-> ('answer', section, rule_key|None) or ('ask', [missing facts]).
    eager=True: answer as soon as the outcome is settled; False: collect every fact first."""
    g = k.get
    def need(*fs):
        return [f for f in fs if f not in k]
    if sec == 'kbw':
        m = need(PTM, WEB)
        if eager and (g(PTM) == 'no' or g(WEB) == 'no'): return ('answer', 'kbw', None)
        if m: return ('ask', m)
        return ('answer', 'kbw', 'kbw' if g(PTM) == g(WEB) == 'yes' else None)
    if sec == 'un3':
        if DNS not in k: return ('ask', [DNS])
        return ('answer', 'un3', 'un3') if g(DNS) == 'no' else decide('kbw', k, eager)
    if sec == 'fvv':
        if TLD not in k: return ('ask', [TLD])
        return ('answer', 'fvv', 'fvv_' + g(TLD))
    if sec == 'x3g':
        if ECS not in k: return ('ask', [ECS])
        return ('answer', 'x3g', 'x3g' if g(ECS) == 'no' else None)
    if sec == 'omc':
        m = need(SUBJ, DOMF)
        if eager and (g(SUBJ) == 'yes' or g(DOMF) == 'yes'): return ('answer', 'omc', None)
        if m: return ('ask', m)
        return ('answer', 'omc', 'omc' if g(SUBJ) == g(DOMF) == 'no' else None)
    if sec == 'srs':
        if PCH not in k: return ('ask', [PCH])
        return ('answer', 'srs', 'srs' if g(PCH) in ('transfer', 'add') else None)
    if sec == 'b24':
        m = need(PROV, NEWECS)
        if eager and (g(PROV) == 'none' or g(NEWECS) == 'no'): return ('answer', 'b24', None)
        if m: return ('ask', m)
        ok = g(PROV) in ('other', 'alibaba') and g(NEWECS) == 'yes'
        return ('answer', 'b24', 'b24_' + g(PROV) if ok else None)
    if sec == 'fyg':
        m = need(HASNO, MOD)
        if eager and (g(HASNO) == 'no' or g(MOD) == 'no'): return ('answer', 'fyg', None)
        if m: return ('ask', m)
        return ('answer', 'fyg', 'fyg' if g(HASNO) == g(MOD) == 'yes' else None)
    raise ValueError(sec)

def replay(start, facts, eager):
    """All outcomes over every ask order; raises if some order does not fit the written turns."""
    outs = set()
    def go(known, i):
        d = decide(start, known, eager)
        if d[0] == 'answer':
            assert i == len(facts), ('answered with turns left', start, known, i)
            outs.add(d[1:]); return
        for asked in d[1]:
            assert i < len(facts), ('ran out of turns', start, known, asked)
            reply = dict(facts[i])
            if ANY in reply:
                reply[asked] = reply.pop(ANY)
            assert asked in reply, ('reply does not answer', asked, facts[i])
            k2 = dict(known); k2.update(reply)
            go(k2, i + 1)
    go(dict(facts[0]), 1)
    return outs

# --------------------------------------------------------------------------- dialogues
# (turns, start section or None for no_match, facts stated per turn, expected (section, rule key))
def D(turns, start, facts, expect):
    return dict(turns=turns, start=start, facts=facts, expect=expect)
NM = None

EN = [
 # ---- kbw (7; two of them reached through un3)
 D(["Our domain resolves to a server in Shanghai; however, that box only runs a PostgreSQL database, no website and no HTTP API on it. Is ICP needed?"],
   'kbw', [{PTM: 'yes', WEB: 'no'}], ('kbw', None)),
 D(["do i need icp for my domian?? the server's not in mainland, it's HK. it serves our landing page"],
   'kbw', [{PTM: 'no', WEB: 'yes'}], ('kbw', None)),
 D(["Does it matter whether the server is in mainland China or not? The domain is for our web app and I'm trying to figure out if ICP applies.",
    "the domain resolves to a machine in Alibaba Cloud's Hangzhou region"],
   'kbw', [{WEB: 'yes'}, {PTM: 'yes'}], ('kbw', 'kbw')),
 D(["Our domain points at a server in Guangzhou. Is an ICP filing required for it?",
    "yes, it's our company website. oh wait, correction: that server is actually in Hong Kong, not Guangzhou"],
   'kbw', [{PTM: 'yes'}, {WEB: 'yes', PTM: 'no'}], ('kbw', None)),
 D(["my domain will resolve to a server in tokyo, no sorry, beijing, and it'll host our blog. icp needed?"],
   'kbw', [{PTM: 'yes', WEB: 'yes'}], ('kbw', 'kbw')),
 D(["We bought a couple of ECS instances on Alibaba Cloud. Is an ICP filing needed?",
    "yes, api.ourapp.io will resolve to them; it's the REST API behind our mobile app",
    "they're in the Frankfurt region"],
   'un3', [{ECS: 'yes'}, {DNS: 'yes', WEB: 'yes'}, {PTM: 'no'}], ('kbw', None)),
 D(["I have an ECS instance in cn-shenzhen. Do I need an ICP filing?",
    "是的，我们的域名解析到这台深圳的 ECS，上面跑的是公司官网"],
   'un3', [{ECS: 'yes'}, {DNS: 'yes', PTM: 'yes', WEB: 'yes'}], ('kbw', 'kbw')),
 # ---- un3 (4)
 D(["We have ECS, but no domain on it tho, just the public IP for our internal dashboards. Is ICP required?"],
   'un3', [{ECS: 'yes', DNS: 'no'}], ('un3', 'un3')),
 D(["bought ecs, need icp filling or not?", "nope"],
   'un3', [{ECS: 'yes'}, {ANY: 'no'}], ('un3', 'un3')),
 D(["Whether we need ICP for our ECS boxes depends on the DNS side, right? Should we be filing?",
    "we don't have any DNS records for them at all, clients hit the IP addresses directly"],
   'un3', [{ECS: 'yes'}, {DNS: 'no'}], ('un3', 'un3')),
 D(["We purchased ECS for a multiplayer game backend. Do we need an ICP filing?",
    "没有域名，玩家直接用 IP 连服务器"],
   'un3', [{ECS: 'yes'}, {DNS: 'no'}], ('un3', 'un3')),
 # ---- fvv (5)
 D(["Need ICP for a subdomain like shop.ourbrand.cn?",
    "ourbrand.cn got its ICP number through Alibaba Cloud"],
   'fvv', [{}, {TLD: 'alibaba'}], ('fvv', 'fvv_alibaba')),
 D(["Does our subdomain status.mycorp.com need a separate ICP filing? mycorp.com got its ICP number years ago through Tencent Cloud."],
   'fvv', [{TLD: 'other'}], ('fvv', 'fvv_other')),
 D(["we want to use m.example.com for the mobile site. example.com was never filed anywhere. does the subdomain need icp?"],
   'fvv', [{TLD: 'none'}], ('fvv', 'fvv_none')),
 D(["subdomain question: docs.myproject.cn, does it need its own ICP filing?",
    "顶级域名 myproject.cn 没有备案号"],
   'fvv', [{}, {TLD: 'none'}], ('fvv', 'fvv_none')),
 D(["Is ICP needed for the subdomain api.foo.cn?",
    "foo.cn is filed with Alibaba Cloud. wait no, sorry, it was filed with our old hosting company, not Alibaba"],
   'fvv', [{}, {TLD: 'other'}], ('fvv', 'fvv_other')),
 # ---- x3g (4)
 D(["We only got a domain and OSS storage from Alibaba Cloud, no ECS anywhere. Does Alibaba Cloud still want an ICP filing from us?"],
   'x3g', [{ECS: 'no'}], ('x3g', 'x3g')),
 D(["Is the Alibaba Cloud ICP filing only a thing if you've bought ECS instances?",
    "0 instances here, and we don't plan to buy any"],
   'x3g', [{}, {ECS: 'no'}], ('x3g', 'x3g')),
 D(["What if I never buy any ECS, is the Alibaba Cloud ICP filing off the table then?",
    "well, we already run 3 ECS instances, so that's not quite us"],
   'x3g', [{}, {ECS: 'yes'}], ('x3g', None)),
 D(["need alibaba cloud icp w/o any ecs? all our servers r in our own datacenter in germany. is it reqired pls"],
   'x3g', [{ECS: 'no'}], ('x3g', 'x3g')),
 # ---- omc (4)
 D(["Under what circumstances do we need the initial ICP filing?",
    "nothing's been filed yet: the company is brand new and so is the domain"],
   'omc', [{}, {SUBJ: 'no', DOMF: 'no'}], ('omc', 'omc')),
 D(["Do we need the initial ICP filing? The domain is freshly registered and has never been filed.",
    "the company has, we filed it back in 2021 for our old site"],
   'omc', [{DOMF: 'no'}, {SUBJ: 'yes'}], ('omc', None)),
 D(["when's the initial icp filing needed?", "nope", "nope, that hasn't been filed either"],
   'omc', [{}, {ANY: 'no'}, {ANY: 'no'}], ('omc', 'omc')),
 D(["Is the initial filing required for us? The domain was filed before... no wait, I'm confusing it with our other domain, this one's never been filed. The company has no filing either."],
   'omc', [{DOMF: 'no', SUBJ: 'no'}], ('omc', 'omc')),
 # ---- srs (4)
 D(["Migrating all our servers from Huawei Cloud to Alibaba Cloud next month, and the ICP filing for our company and domain has to come along too. Do we need to apply for a filing?"],
   'srs', [{PCH: 'transfer'}], ('srs', 'srs')),
 D(["Our website was filed via another provider. When is an ICP filing with Alibaba Cloud required?",
    "the current host stays; we just want Alibaba Cloud on the filing as an extra provider"],
   'srs', [{}, {PCH: 'add'}], ('srs', 'srs')),
 D(["Our filing is with a different provider right now. Is there any case where we'd also have to file with Alibaba Cloud?",
    "we're not switching providers and we're not adding Alibaba either, just asking"],
   'srs', [{}, {PCH: 'none'}], ('srs', None)),
 D(["Considering Alibaba Cloud for our site, which currently has its ICP filing through another provider. Do we need to apply for an ICP filing?",
    "全部转到阿里云，原来那家以后不用了"],
   'srs', [{}, {PCH: 'transfer'}], ('srs', 'srs')),
 # ---- b24 (4)
 D(["Our company's filing was done by West.cn, not Alibaba Cloud. We just registered a new domain and want its site on ECS we're purchasing. Do we need to add a website filing?"],
   'b24', [{PROV: 'other', NEWECS: 'yes'}], ('b24', 'b24_other')),
 D(["Our entity is already filed with Alibaba Cloud. Do we need to add a website ICP filing for another site?",
    "it'll live on one of the ECS instances we already run"],
   'b24', [{PROV: 'alibaba'}, {NEWECS: 'yes'}], ('b24', 'b24_alibaba')),
 D(["new website coming for our company (already filed with alibaba cloud). it won't be on ECS though, a friend's VPS will host it. does it need a website filing added?"],
   'b24', [{PROV: 'alibaba', NEWECS: 'no'}], ('b24', None)),
 D(["When do I have to add a website ICP filing?",
    "our company was filed through another provider, and yes, the new domain's site is going on ECS we're buying"],
   'b24', [{}, {PROV: 'other', NEWECS: 'yes'}], ('b24', 'b24_other')),
 # ---- fyg (4)
 D(["We have an Alibaba Cloud ICP number and our company just moved offices, so the address in the filing is out of date. Do we have to change the filing?"],
   'fyg', [{HASNO: 'yes', MOD: 'yes'}], ('fyg', 'fyg')),
 D(["Our website has an Alibaba Cloud ICP number. Do we need to change the filing for any reason?",
    "no, nothing about us or the site has changed, it's all still accurate"],
   'fyg', [{HASNO: 'yes'}, {MOD: 'no'}], ('fyg', None)),
 D(["The person responsible for our website left, so we need to update that in the ICP filing. Is a change required?",
    "yep, the ICP number came through Alibaba Cloud"],
   'fyg', [{MOD: 'yes'}, {HASNO: 'yes'}], ('fyg', 'fyg')),
 D(["need to change the site name in our icp filing, how do i do that",
    "nah, we got our ICP number back when we were hosted elsewhere"],
   'fyg', [{MOD: 'yes'}, {HASNO: 'no'}], ('fyg', None)),
 # ---- no_match (4): about Alibaba Cloud / China / websites, not answered by the FAQ
 D(["how do i resize the system disk on my ecs without losing data"], NM, [{}], None),
 D(["Which Alibaba Cloud region gives the lowest latency for users in both Shanghai and Beijing?"], NM, [{}], None),
 D(["For a small site, is pay-as-you-go or subscription ECS cheaper over a year?"], NM, [{}], None),
 D(["Will a site hosted in Singapore load slowly for visitors in mainland China?"], NM, [{}], None),
]

ZH = [
 # ---- kbw (3; one through un3)
 D(["域名已经解析到 cn-beijing 的 server 了，上面跑一个 H5 活动页，这个要备案不"],
   'kbw', [{PTM: 'yes', WEB: 'yes'}], ('kbw', 'kbw')),
 D(["我們的網域指向 cn-hongkong 區域的伺服器，上面放的是公司官網，需要做 ICP 備案嗎？"],
   'kbw', [{PTM: 'no', WEB: 'yes'}], ('kbw', None)),
 D(["在阿里云杭州 region 买了台 ECS，要不要备案",
    "有个域名解析到这台机器，不过上面只跑 Redis 和 MySQL，没有网页也没有 API"],
   'un3', [{ECS: 'yes'}, {DNS: 'yes', PTM: 'yes', WEB: 'no'}], ('kbw', None)),
 # ---- un3 (2)
 D(["ECS 只給內部用，沒有綁任何網域，大家都是用 IP 直接連，這樣要備案嗎"],
   'un3', [{ECS: 'yes', DNS: 'no'}], ('un3', 'un3')),
 D(["买了两台 ECS 跑爬虫任务，需要做 ICP 备案吗", "no domain, we just use the raw IPs"],
   'un3', [{ECS: 'yes'}, {DNS: 'no'}], ('un3', 'un3')),
 # ---- fvv (3)
 D(["我们想给帮助中心开个 help.xxx.cn，这个子域名得单独备案吗", "主域名当时就是在阿里云备的案"],
   'fvv', [{}, {TLD: 'alibaba'}], ('fvv', 'fvv_alibaba')),
 D(["子網域 shop.abc.com.cn 需要另外備案嗎？頂級網域早就有 ICP 號了，是透過別家接入商辦的，不是阿里雲"],
   'fvv', [{TLD: 'other'}], ('fvv', 'fvv_other')),
 D(["准备上线 m.demo.cn 给手机端用，二级域名需要走备案吗",
    "demo.cn 在阿里云备过……啊不对，我记混了，demo.cn 从来没备过案，没有备案号"],
   'fvv', [{}, {TLD: 'none'}], ('fvv', 'fvv_none')),
 # ---- x3g (2)
 D(["我们没买 ECS，服务器都在自己机房，阿里云只用来注册域名和发短信，还要在阿里云做 ICP 备案吗"],
   'x3g', [{ECS: 'no'}], ('x3g', 'x3g')),
 D(["如果不買 ECS，是不是就不用做阿里雲的備案了？", "其實我們已經買了 5 台 ECS"],
   'x3g', [{}, {ECS: 'yes'}], ('x3g', None)),
 # ---- omc (2)
 D(["首次备案啥时候需要做？", "公司和域名都还没备过案，公司上个月才注册"],
   'omc', [{}, {SUBJ: 'no', DOMF: 'no'}], ('omc', 'omc')),
 D(["域名是上个月新注册的，从来没备案过，需要做首次备案吗", "主体之前备过，做另一个站的时候备的"],
   'omc', [{DOMF: 'no'}, {SUBJ: 'yes'}], ('omc', None)),
 # ---- srs (2)
 D(["我们整套业务要从 AWS 中国区搬到阿里云，主体和域名原来的备案也一起转过来，需要重新申请备案吗"],
   'srs', [{PCH: 'transfer'}], ('srs', 'srs')),
 D(["网站现在的备案在别的接入商那里，阿里云这边还需要备案吗？", "原来的 provider 继续 keep，再 add 阿里云作为第二个接入商"],
   'srs', [{}, {PCH: 'add'}], ('srs', 'srs')),
 # ---- b24 (2)
 D(["我們公司主體已經在阿里雲備案過，現在註冊了新網域要做新網站，會架在 ECS 上，需要新增網站備案嗎？"],
   'b24', [{PROV: 'alibaba', NEWECS: 'yes'}], ('b24', 'b24_alibaba')),
 D(["公司主体在阿里云备过案，又要上一个新站，不过新站不放 ECS，用的是虚拟主机，需要新增网站备案吗"],
   'b24', [{PROV: 'alibaba', NEWECS: 'no'}], ('b24', None)),
 # ---- fyg (2)
 D(["公司改名了，备案里的信息得跟着改吧？", "对，当时是在阿里云备的案，有备案号"],
   'fyg', [{MOD: 'yes'}, {HASNO: 'yes'}], ('fyg', 'fyg')),
 D(["我们 website 的 ICP 号是在阿里云办的，要不要 change filing？", "不用改什么，主体和网站信息都没变化"],
   'fyg', [{HASNO: 'yes'}, {MOD: 'no'}], ('fyg', None)),
 # ---- no_match (2)
 D(["阿里云 ECS 能不能用公司对公转账付款？"], NM, [{}], None),
 D(["cn-hongkong 的 ECS 从大陆访问 latency 很高，有什么优化办法吗"], NM, [{}], None),
]

# --------------------------------------------------------------------------- checks
def earlier_lines():
    seen = set()
    for d in ('icp_en', 'icp_zh'):
        p = os.path.join('/work/blind', d)
        for fn in sorted(os.listdir(p)):
            for line in open(os.path.join(p, fn), encoding='utf-8'):
                o = json.loads(line)
                for t in o.get('turns', [o.get('q')]):
                    if t: seen.add(t.strip().lower())
    return seen

def to_row(d):
    if d['expect'] is None:
        return {"turns": d['turns'], "expect": {"type": "no_match"}}
    sec, rk = d['expect']
    return {"turns": d['turns'], "expect": {"type": "answer", "section": S[sec], "rule": R[rk] if rk else None}}

def check(items):
    old = earlier_lines()
    firsts = set()
    for d in items:
        t, facts = d['turns'], d['facts']
        assert t and all(isinstance(x, str) and x.strip() for x in t), t
        assert len(facts) == len(t), t
        assert t[0] not in firsts, t[0]; firsts.add(t[0])
        for x in t:
            assert x.strip().lower() not in old or len(x) <= 6, ('copied from earlier set', x)
        for fs in facts:
            for f, v in fs.items():
                assert f == ANY and v in ('yes', 'no') or v in FACTS[f], (f, v)
        if d['expect'] is None:
            assert d['start'] is None and len(t) == 1
            continue
        for eager in (True, False):
            outs = replay(d['start'], facts, eager)
            assert outs == {d['expect']}, (t, eager, outs, d['expect'])
        row = to_row(d)
        assert row['expect']['section'] in SECTIONS
        assert row['expect']['rule'] is None or row['expect']['rule'] in RULES

check(EN); check(ZH)
assert len(EN) == 40 and sum(d['expect'] is None for d in EN) == 4
assert len(ZH) == 20 and sum(d['expect'] is None for d in ZH) == 2

# --------------------------------------------------------------------------- split
SEED = 20261204
def split(items, seed):
    rng = random.Random(seed)
    rows = [to_row(d) for d in items]
    rng.shuffle(rows)
    groups = {}
    for r in rows:
        groups.setdefault(r['expect'].get('section', 'no_match'), []).append(r)
    halves, turn = ([], []), 0
    for key in sorted(groups):
        for r in groups[key]:
            halves[turn].append(r); turn ^= 1
    a, b = halves
    rng.shuffle(a); rng.shuffle(b)
    for h in (a, b):
        keys = {r['expect'].get('section', 'no_match') for r in h}
        assert keys == SECTIONS | {'no_match'}, keys
    assert len(a) == len(b) and len(a) + len(b) == len(items)
    return a, b

def dump(path, rows):
    with open(path, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

OUT = '/work/blind/icp_dlg2'
os.makedirs(OUT, exist_ok=True)
for lang, items, seed in (('en', EN, SEED), ('zh', ZH, SEED + 1)):
    a, b = split(items, seed)
    dump(os.path.join(OUT, lang + '_a.jsonl'), a)
    dump(os.path.join(OUT, lang + '_b.jsonl'), b)

if __name__ == '__main__':
    from collections import Counter
    for lang, items in (('en', EN), ('zh', ZH)):
        c = Counter((d['expect'][0], d['expect'][1] or 'otherwise') if d['expect'] else ('no_match', '') for d in items)
        print(lang, len(items), dict(sorted(c.items())))
        print(lang, 'turns per dialogue', dict(sorted(Counter(len(d['turns']) for d in items).items())))
    print('ok')
