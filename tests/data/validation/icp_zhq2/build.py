#!/usr/bin/env python3
"""Blind Chinese single-question routing set for the Alibaba Cloud ICP Filing FAQ.

All questions are written by hand below. Written only from
/work/shared/icp-contract.md and /work/shared/seed/icp-filing.md.
Run: python3 build.py   (writes questions_all.jsonl, half_a.jsonl, half_b.jsonl)
"""
import difflib
import itertools
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONTRACT = "/work/shared/icp-contract.md"
SEED = 20261901

# ---------------------------------------------------------------- in scope
IN_SCOPE = {
    # Is an ICP Filing required for domain names? (mainland node + web service)
    "section_kbw_s15_jgb": [
        "我们公司刚注册了一个.com域名 准备解析到杭州的服务器上做官网 这个域名是不是一定要备案啊",
        "域名指向香港节点的话还要搞ICP备案吗？我们就是个外贸展示站",
        "请问域明需要备案吗，服务器在上海，网站下个月上线",
        "域名一定得备案才能用嘛 我看别人说放海外服务器就不用",
        "做个人博客 域名解析到北京地域的服务器 要不要先去办ICP啊",
        "我的域名只拿来收发邮件，不开网站也不对外提供任何web服务，这样也要备案不",
        "新买的域名打算做个API接口给小程序调用，服务器在深圳，这种情况域名要备案不？",
        "是不是所有域名都得备案 还是说主要看服务器放在大陆还是境外",
    ],
    # ECS without domain names
    "section_un3_kd5_jgb": [
        "买了台ECS，只用公网IP访问，不绑域名，这样还用备案吗",
        "我们在阿里云华东买了几台ECS跑内部系统 直接IP加端口访问 没有任何域名解析过去 ICP要做吗",
        "ECS不绑定域名也需要备案么？就自己跑跑测试",
        "服务器买了但是DNS没有解析到它上面 这种情况要不要备按",
        "只拿ECS做后端计算用，不用域名也不对外，备案号是不是可以不办",
        "请问一下没有域名指过来的云服务器需要ICP备案吗 我们是游戏服 玩家直接连IP的",
        "我只有ECS实例没用任何域名 难道也会因为没备案被关停？",
    ],
    # second-level domain names
    "section_fvv_dc5_jgb": [
        "主域名已经在阿里云备过案了，现在想加个 shop.xxx.com 的二级域名，还要单独备案吗",
        "二级域名要不要再备案啊？顶级域名的备案是在腾讯云做的",
        "我们主域名没有备案号，想先用二级域名blog.xxx.cn上线，能直接用吗",
        "子域名需要重新走备案流程吗 主域名在别家接入商那有备案号",
        "给api开头的二级域名加了条CNAME到阿里云 顶级域名是在阿里云备的案 这个二级的用不用另外备",
        "二级域名还得单独备案？不是主域名备了下面的都能用吗",
        "顶级域名在华为云有ICP备案，现在二级域名要解析到阿里云的ECS，阿里云这边需要给它备案吗",
        "m点开头的二级域名做手机站用，可主域名还没备案，这个二级域名能不能先用起来",
    ],
    # no ECS purchased
    "section_x3g_l25_jgb": [
        "我没有在阿里云买ECS，只是在阿里云注册的域名，服务器用的是别家的，还需要做阿里云的备案吗",
        "不买阿里云的ECS 是不是就不用走阿里云的备案了",
        "域名在万网买的 网站放在腾讯云 阿里云这边的ICP备案还用管吗",
        "一台ECS实例都没有购买 阿里云备案是不是就跟我没关系了",
        "我们只用了阿里云的域名服务，没买云服务器，需要在阿里云提交备案不",
        "服务器都在自己机房 没买阿里云ECS 阿里去这边会要求备案吗",
        "公司用的是AWS的服务器，DNS托管在阿里云解析，从没买过ECS，那阿里云备案需要做吗",
    ],
    # initial ICP Filing (subject and domain never filed)
    "section_omc_r25_jgb": [
        "第一次做备案 公司和域名都没备过 要怎么弄 是先备案还是先开通服务",
        "新成立的公司，新注册的域名，之前从没备案过，是不是得先在阿里云备案系统里提交首次备案",
        "个人主体和域名都是头一回备案，需要走哪个流程啊",
        "主体从来没备过案域名也是新的 这种算不算首次备案",
        "我们之前在哪都没有备案过，网站想放阿里云ECS上，开通之前要先做什么备案",
        "首次备按一般是什么情况下才要做的",
        "刚买了ECS 我本人和我的域名都没有ICP备案记录 是不是要先申请首次备案才能开网站",
        "老板让我把官网弄上线，公司名下没有任何备案，域名也是上周刚买的，因该从哪一步开始备案",
    ],
    # transfer filing to Alibaba Cloud / add Alibaba Cloud as provider
    "section_srs_v25_jgb": [
        "我们的备案原来是在腾讯云做的，现在服务器搬到阿里云了，备案要怎么转过来",
        "网站原来在西部数码备案的 想把阿里云也加成接入商 要重新备案吗",
        "备案号是别的服务商给的，迁到阿里云以后还用再申请吗",
        "接入备案什么时候需要做？主体和域名都在其他服务商备过了 现在换到阿里云",
        "原来的IDC商快倒闭了 主体跟域名的备案想整个转到阿里云 需要提交什么申请不",
        "网站同时用华为云和阿里云的服务器，备案只在华为云那边有，阿里云这边是不是也得加一个接入",
        "换服务商了备案号还能继续用吗？从百度云搬来阿里云的",
    ],
    # add a website ICP Filing (subject already filed, new site on ECS)
    "section_b24_df5_jgb": [
        "公司主体已经在阿里云备过案了，现在要上一个新网站，新域名放在ECS上，要怎么备案",
        "主体在别的服务商那备过案 现在买了阿里云ECS想给一个新域名备案 走什么流程",
        "已经有备案号了，再加一个网站要不要整个重新备一遍",
        "我们公司以经有一个网站在阿里云备案了 又注册了个新域名想做第二个站 也放ECS上 需要做新增网站吗",
        "主体备过案的情况下新增域名怎么弄",
        "在腾讯云备的主体，现在阿里云买了台ECS打算放一个新的站点，新域名需要单独添加网站备案嘛",
        "个人主体已经在阿里云有备案 想在同一台ECS上再挂个新域名的网站 这个新站咋备",
        "同一个公司下面好几个网站，第一个已经备了，后面放ECS上的新站还要备吗",
    ],
    # change the ICP Filing
    "section_fyg_sf5_jgb": [
        "公司搬家了地址变了，备案信息要改吗？备案号是在阿里云拿的",
        "网站负责人离职了 要换联系人和手机号 在阿里云的备案怎么变更",
        "我的网站在阿里云有ICP备案号，想把网站名称改一下，需要做变更备案吗",
        "备案信息当初填错了还能改吗 备案号是阿里云那边下的",
        "法人换了营业执照也更新了 阿里云的ICP备案要不要跟着变",
        "已经拿到阿里云的备案号，现在网站内容方向调整了想修改网站信息，咋弄",
        "啥情况下需要去阿里云备案平台做变更？",
    ],
}

# ---------------------------------------------------------------- out of scope
OUT_OF_SCOPE = [
    "ICP备案审核一般要多久能下来",
    "备案通过之后还要做公安联网备案吗 多久内要做完",
    "网站底部的备案号要怎么放，链接要指向哪里",
    "备案要拍的幕布照片在阿里云怎么申请",
    "这个网站不想要了 ICP备案怎么注销",
    "经营性ICP许可证和普通备案有什么区别？我们要做电商平台",
    "域名实名认证一直审核不通过怎么办",
    "阿里云ECS买错地域了能退款吗",
    "管局的短信核验一直收不到怎么处理",
    "备案需要准备哪些材料 营业执照要原件吗",
    "怎么在阿里云DNS控制台加一条CNAME记录指向CDN",
    "个人备案的网站可以放广告赚钱吗",
    "域名从GoDaddy转入阿里云要多少钱",
    "阿里云上的SSL证书怎么免费申请",
    "阿里云香港的轻量应用服务器和ECS有啥区别 哪个便宜",
]

# common traditional characters that must not appear
TRADITIONAL = set(
    "這個們網務體設備號說對為與於從會來時電話資產營業麼還沒後開關實讓應該請問題難點過經當辦買賣雲機碼裡發現區國內變換轉檔遷"
    "從礙愛啟單條覽認證議註銷審務費個錯總統線"
)


def contract_ids():
    ids = []
    with open(CONTRACT, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\|\s*(section_[a-z0-9_]+)\s*\|", line)
            if m:
                ids.append(m.group(1))
    return ids


def norm(q):
    return re.sub(r"[\W_]+", "", q)


def check():
    errors = []
    ids = contract_ids()
    if len(ids) != 8:
        errors.append(f"expected 8 section ids in contract, found {len(ids)}")
    for sid in IN_SCOPE:
        if sid not in ids:
            errors.append(f"unknown section id {sid}")
    for sid in ids:
        n = len(IN_SCOPE.get(sid, []))
        if n < 6:
            errors.append(f"{sid}: only {n} questions (need >= 6)")
    n_in = sum(len(v) for v in IN_SCOPE.values())
    if n_in != 60:
        errors.append(f"in-scope count {n_in} != 60")
    if len(OUT_OF_SCOPE) != 15:
        errors.append(f"out-of-scope count {len(OUT_OF_SCOPE)} != 15")
    allq = [q for v in IN_SCOPE.values() for q in v] + OUT_OF_SCOPE
    for q in allq:
        bad = sorted(set(q) & TRADITIONAL)
        if bad:
            errors.append(f"traditional chars {bad} in: {q}")
        if not re.search(r"[\u4e00-\u9fff]", q):
            errors.append(f"no Chinese in: {q}")
        if "\n" in q or not q.strip():
            errors.append(f"bad question text: {q!r}")
    for a, b in itertools.combinations(allq, 2):
        na, nb = norm(a), norm(b)
        if na == nb:
            errors.append(f"duplicate: {a} | {b}")
            continue
        r = difflib.SequenceMatcher(None, na, nb).ratio()
        if r >= 0.8:
            errors.append(f"near-duplicate ({r:.2f}): {a} | {b}")
    return ids, errors


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    ids, errors = check()
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    rng = random.Random(SEED)
    all_rows, half_a, half_b = [], [], []
    for sid in ids:
        qs = list(IN_SCOPE[sid])
        all_rows += [{"q": q, "expect": sid} for q in qs]
        rng.shuffle(qs)
        for i, q in enumerate(qs):
            (half_a if i % 2 == 0 else half_b).append({"q": q, "expect": sid})
    oos = list(OUT_OF_SCOPE)
    all_rows += [{"q": q, "expect": None} for q in oos]
    rng.shuffle(oos)
    half_a += [{"q": q, "expect": None} for q in oos[:8]]
    half_b += [{"q": q, "expect": None} for q in oos[8:]]
    write_jsonl(os.path.join(HERE, "questions_all.jsonl"), all_rows)
    write_jsonl(os.path.join(HERE, "half_a.jsonl"), half_a)
    write_jsonl(os.path.join(HERE, "half_b.jsonl"), half_b)
    # report
    def count(rows, key):
        return sum(1 for r in rows if r["expect"] == key)
    print(f"{'section':24} all  A  B")
    for sid in ids + [None]:
        print(f"{str(sid):24} {count(all_rows, sid):3} {count(half_a, sid):2} {count(half_b, sid):2}")
    print(f"{'total':24} {len(all_rows):3} {len(half_a):2} {len(half_b):2}")
    print("OK")


if __name__ == "__main__":
    main()
