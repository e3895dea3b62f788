#!/usr/bin/env python3
"""Builds statements.jsonl by hand-written lists. Blind: written from the contract and seed only."""
import json, collections, os

PM, WS, DR, PE = "points_to_mainland", "web_service", "domain_resolves_to_ecs", "purchased_ecs"
TLD, SF, DF, PC = "tld_filing", "subject_filed", "domain_filed", "provider_change"
SFP, NW, HA, MI = "subject_filing_provider", "new_website_on_ecs", "has_alibaba_icp_number", "modify_info"

CONTRACT = {
    PM: {"yes", "no"}, WS: {"yes", "no"}, DR: {"yes", "no"}, PE: {"yes", "no"},
    TLD: {"alibaba", "other", "none"}, SF: {"yes", "no"}, DF: {"yes", "no"},
    PC: {"transfer", "add", "none"}, SFP: {"alibaba", "other", "none"},
    NW: {"yes", "no"}, HA: {"yes", "no"}, MI: {"yes", "no"},
}

# Each block: (primary fact, primary value) -> {"en": [...], "zh": [...]}
# An item is either a plain string (only the primary fact) or (text, {extra facts}).
D = {}

D[(PM, "yes")] = {"en": [
    "our domain resolves to a box in Shanghai, what do i need for icp?",
    "the A record for shopfront.cn goes to a VPS we rent in Hangzhou",
    "DNS for our .com is aimed at a physical server in a Beijing datacenter",
    "we host in Shenzhen and the domain already resolves there",
    "fyi my domian points to a machine in guangzhou lol",
    "The IP behind our domain is a server in Chengdu. mainland, not HK",
    "all of our dns records land on nodes in Qingdao",
    "just to be clear, the server my domain resolves to physically sits in Shenzhen, so yes it's on the mainland",
    "we moved hosting from Singapore to Nanjing last week and the domain now resolves to the Nanjing box",
    ("our domain points to a server in Wuhan and we're going to run a regular company website on it", {WS: "yes"}),
    ("the domain resolves to a host in Zhangjiakou but that thing is only an SSH jump box, nothing web on it", {WS: "no"}),
    "domain's A-record is our rack in a Tianjin IDC, proper mainland China",
], "zh": [
    "我的域名解析到上海的服务器上了",
    "域名A记录指向杭州机房的一台服务器",
    "我们服务器在北京，域名已经解析过去了",
    "域名解析出来的IP是深圳那台机器，境内的",
    "我们域名指向的是成都节点，不是香港那边",
    "dns 已经指到广州的 server 了，大陆这边的",
    ("域名解析到青岛的服务器，准备上线公司官网", {WS: "yes"}),
    "域名指向内地机房的一台物理机，在南京",
]}

D[(PM, "no")] = {"en": [
    "our domain points at a server in Hong Kong",
    "the site's DNS goes to an AWS box in Frankfurt",
    "dns resolves to our singapore VPS",
    "my domain is on a Tokyo server, nothing on the mainland at all",
    "everything resolves to us-east-1 over in Virginia",
    "we're in the cn-hongkong region so the domain resolves outside the mainland",
    "the A record is a server in Macau",
    "Domain goes to a Taipei datacenter.",
    "no mainland servers involved here, the domain resolves to Seoul",
    "our dns points at a hetzner machine in germany, small hobby project",
    ("domain resolves to a London VPS that serves our company website", {WS: "yes"}),
    "it's pointed at a Los Angeles server, nothing in China proper",
], "zh": [
    "我的域名解析到香港服务器",
    "域名指向的是新加坡的机器，不在大陆",
    "我们服务器在日本东京，域名也解析到那边",
    "域名A记录指向美国洛杉矶的VPS",
    "我们用的是台湾的机房，域名就解析过去的",
    "dns 指到 AWS 法兰克福，境内没有任何节点",
    ("域名解析到澳门的服务器，上面跑一个网站", {WS: "yes"}),
    "我们域名指向海外服务器（首尔），不是国内",
]}

D[(WS, "yes")] = {"en": [
    "we're going to run our company homepage on it",
    "it'll serve a REST API over https for our mobile app",
    "basically gonna be a wordpress blog",
    "it hosts our online shop, normal http/https traffic",
    "we're launching a web app on that server (react frontend + node backend)",
    "the machine will serve a landing page on 80/443",
    "we expose a json api over http to partners from there",
    "putting nginx on it to serve our docs site",
    "it's for a small e-commerce site selling tea",
    "yeah there will be a public website, people open it in the browser",
    "the server runs an https webhook endpoint that our discord bot calls",
    ("we're opening a booking website and the domain resolves to a server in Xiamen", {PM: "yes"}),
], "zh": [
    "上面要跑我们公司的官网",
    "准备部署一个小程序的后端 API，走 https 的",
    "就是一个个人博客，wordpress 搭的",
    "服务器上要上线一个网上商城",
    "会对外提供 HTTP 接口给合作方调用",
    "打算放一个 H5 活动页，用户用浏览器打开",
    "跑一个 web 管理后台，外网能登录",
    ("域名解析到杭州服务器，上面跑公司网站", {PM: "yes"}),
]}

D[(WS, "no")] = {"en": [
    "the box only runs our modded minecraft server, nothing else",
    "it's purely a MySQL database server, no http at all",
    "only a redis cache that our internal services talk to",
    "we use it as a mail server (smtp/imap), there's no website",
    "it's a CI build runner, doesn't serve anything to the web",
    "the server just does batch data crunching overnight, no pages, no APIs",
    "nothing web-facing, it's a TeamSpeak voice server",
    "only SSH plus an SFTP drop for our vendors, no http",
    "it's a wireguard VPN gateway for remote staff, thats it",
    "we run a UDP game server for CS2 on it, no site",
    "the machine is just our backup target, rsync only",
    ("the domain goes to a Hong Kong box that only runs a DNS resolver, no http stuff", {PM: "no"}),
], "zh": [
    "机器上只跑我们的我的世界服务器",
    "只是拿来做数据库的，不提供任何网页",
    "上面只跑一个邮件服务，没有网站",
    "就是个游戏服，走 UDP，没有 http",
    "纯粹用来跑爬虫和定时任务，不对外开放任何网页或接口",
    "服务器只做 VPN 中转，不跑网站",
    "只用来存备份，没有任何 web 相关的东西",
    "只部署了一个 Kafka 集群给内网用，不对外提供网页",
]}

D[(DR, "yes")] = {"en": [
    ("I pointed my domain at the ECS instance I bought last week", {PE: "yes"}),
    ("our A record goes straight to the public IP of our ECS", {PE: "yes"}),
    ("DNS for our domain is already set up to hit our ECS and resolves fine", {PE: "yes"}),
    ("we added an A record for the elastic IP bound to our ECS", {PE: "yes"}),
    ("yes the domain resolves to my ecs, i set it up in alidns", {PE: "yes"}),
    ("my domain's @ and www records both go to my ECS instance", {PE: "yes"}),
    ("we do use a domain name for our ECS, api.example.cn resolves to it", {PE: "yes"}),
    ("our ECS is reached through the domain, not the raw IP", {PE: "yes"}),
    ("i have 2 ECS and mydomain.com resolves to one of them", {PE: "yes"}),
    ("the domain resolves to our ECS in cn-hangzhou", {PE: "yes", PM: "yes"}),
    ("we bought ECS and pointed our company domain to it", {PE: "yes"}),
    ("the domian's dns already resolves to our ecs box", {PE: "yes"}),
], "zh": [
    ("域名已经解析到我买的 ECS 上了", {PE: "yes"}),
    ("我在云解析里加了 A 记录，指向我们 ECS 的公网 IP", {PE: "yes"}),
    ("我们的 www 域名解析到自己的 ECS 实例", {PE: "yes"}),
    ("我们的 ECS 是通过域名访问的，不是直接用 IP", {PE: "yes"}),
    ("域名绑到了我们 ECS 的弹性公网 IP", {PE: "yes"}),
    ("api 子域名解析到我们的 ECS", {PE: "yes"}),
    ("域名已经指到我们杭州的 ECS 上了", {PE: "yes", PM: "yes"}),
    ("把公司域名解析到了新买的那台 ECS", {PE: "yes"}),
]}

D[(DR, "no")] = {"en": [
    ("we bought ECS but we only ever connect by its public IP, no domain", {PE: "yes"}),
    ("nobody's pointing a domain at our ECS, it's an internal worker", {PE: "yes"}),
    ("our ECS has no DNS record anywhere, the app hits the IP directly", {PE: "yes"}),
    ("our ECS is reached over the IP only, there's no domain name tied to it", {PE: "yes"}),
    ("we don't resolve any domain to our ecs instances, they're just compute nodes", {PE: "yes"}),
    ("our domain stays on Vercel; the ECS we rent has nothing pointed at it", {PE: "yes"}),
    ("no A record, no CNAME, nothing points at my ECS, i just SSH in by IP", {PE: "yes"}),
    ("our ECS only runs ML training jobs and isn't mapped to any domain name", {PE: "yes"}),
    ("we reach our ECS instances using bare IPs, never set up DNS for them", {PE: "yes"}),
    ("I have an ECS but no domain at all, didn't even register one", {PE: "yes"}),
    ("the game clients connect to our ECS IP directly, no hostname involved", {PE: "yes"}),
    ("our ECS doesn't have a domain pointing to it, it just pushes data into OSS", {PE: "yes"}),
], "zh": [
    ("买了 ECS，但是没有域名解析过去，只用 IP 访问", {PE: "yes"}),
    ("我们的 ECS 上没有绑任何域名", {PE: "yes"}),
    ("我们的 ECS 只是内网计算节点，没有做域名解析", {PE: "yes"}),
    ("我那台 ECS 一直是 IP 直连的，没配 DNS", {PE: "yes"}),
    ("没有任何域名指向我的 ECS 实例", {PE: "yes"}),
    ("我们 ECS 只用来跑后台任务，域名没解析到它", {PE: "yes"}),
    ("手上有 ECS，不过压根没注册域名", {PE: "yes"}),
    ("客户端直接连我们 ECS 的公网 IP，不走域名", {PE: "yes"}),
]}

D[(PE, "yes")] = {"en": [
    "we bought three ECS instances yesterday",
    "I've got an ECS running on Alibaba Cloud already",
    "just purchased an ecs (2c4g) on a yearly plan",
    "we're buying ECS for the project right now, order is in the cart",
    "my company has a bunch of ECS on alibaba cloud",
    "I rent an Alibaba Cloud ECS instance month to month",
    "we subscribed to ECS through aliyun last month",
    "paid for an ECS this morning, it's already provisioned",
    "our team runs on alibaba ecs, about 10 instances",
    "yes we have ECS, bought it via the international console",
    "I've purchased Elastic Compute Service instances for our backend",
    "we do have an ecs box on aliyun (grabbed it in the 11.11 sale)",
], "zh": [
    "我已经买了阿里云 ECS",
    "公司在阿里云上有好几台 ECS",
    "刚下单了一台 ECS，包年的",
    "我们正在买 ECS，已经加购物车了",
    "手里有一台阿里云的云服务器 ECS",
    "去年双十一买的 ECS 还在用",
    "我们用的是阿里云 ECS，一共五台",
    "ECS 已经开通了，刚付完款",
]}

D[(PE, "no")] = {"en": [
    "we don't have any ECS instances",
    "never bought ECS, we only use Alibaba Cloud OSS",
    "I haven't purchased any compute from Alibaba Cloud",
    "we only use aliyun for domain registration, no ECS",
    "zero ECS on our account",
    "our servers are all Tencent CVM, nothing on Alibaba ECS",
    "we host everything on our own hardware, never bought alibaba cloud servers",
    "I only have a CDN package with Alibaba, no ECS instances",
    "no ecs here and we dont plan to buy one either",
    "our alibaba account has no ECS, just a couple of domains and DNS",
    "i'm not buying ECS, the site is on GitHub Pages",
    "we have never purchased an Alibaba ECS instance",
], "zh": [
    "我们没有买任何 ECS",
    "阿里云上只买了域名，没有 ECS",
    "ECS 一台都没有",
    "服务器都在腾讯云，阿里云 ECS 没买",
    "我只用了阿里云的 OSS，没买云服务器",
    "从来没在阿里云买过 ECS",
    "我们用自己机房的服务器，阿里云 ECS 没有",
    "账号里没有 ECS 实例，只有 CDN",
]}

D[(TLD, "alibaba")] = {"en": [
    "I want to use blog.example.cn and example.cn itself is already filed through Alibaba Cloud",
    "our main domain got its ICP via aliyun",
    "the root domain's ICP registration was done with Alibaba Cloud",
    "mycompany.com has an ICP number from Alibaba, now adding shop.mycompany.com",
    "the parent domain already went through alibaba cloud's beian system",
    "re the subdomain: the top-level one was registered for ICP in Alibaba Cloud back in 2021",
    "the apex domain has a beian done thru aliyun",
    "we set up api.foo.cn under foo.cn, and Alibaba Cloud handled foo.cn's filing",
    "our primary domain's ICP record has Alibaba Cloud as the access provider",
    "foo.com.cn is ICP'd (Alibaba Cloud did it), want to spin up docs.foo.com.cn",
    "main domain's icp went through alibaba cloud, approved last year",
    "The top domain is already ICP-registered via Alibaba Cloud; the new sub is m.ourshop.cn",
], "zh": [
    "主域名已经在阿里云备案了，想用二级域名 blog.xxx.cn",
    "顶级域名是在阿里云做的备案",
    "我们主域名的备案接入商是阿里云",
    "一级域名在阿里云备过案了，现在要加个 api 子域名",
    "主域名有备案号，是阿里云那边办的",
    "xxx.com 在阿里云备案的，子域名是 shop.xxx.com",
    "主域名去年通过阿里云备案系统备好了",
    "顶级域名的 ICP 备案是走阿里云的",
]}

D[(TLD, "other")] = {"en": [
    "the main domain has an ICP number but that filing was done through Tencent Cloud",
    "our root domain is filed with Huawei Cloud, not alibaba",
    "example.cn got its beian via our old host (west.cn)",
    "parent domain has ICP, done by another provider",
    "the apex domain's ICP came from our previous IDC, not Alibaba Cloud",
    "top-level domain is registered with Baidu Cloud as the access provider",
    "foo.cn holds an ICP number from China Telecom's cloud (Tianyi)",
    "we want cdn.bar.cn; bar.cn was filed via UCloud years ago",
    "The main domain has an ICP registration number, but Alibaba Cloud wasn't the provider for it",
    "root domain icp is via tencent, the sub will live on aliyun",
    "our main domain's ICP record is under JD Cloud as access provider",
    "main domain is beian'd already but thru a different provider, not ali",
], "zh": [
    "主域名有备案号，但是是在腾讯云备的",
    "顶级域名在华为云备案过，不是阿里云",
    "主域名的备案是之前的 IDC 服务商做的",
    "一级域名有 ICP 号，接入商是西部数码",
    "主域名备案在别的服务商那里",
    "顶级域名是在百度智能云备的案",
    "主域名有备案，不过不是阿里云接入的",
    "主域名在天翼云备案过，二级域名想放阿里云",
]}

D[(TLD, "none")] = {"en": [
    "the main domain has never been through ICP",
    "example.cn doesn't have an ICP number at all",
    "root domain has no beian, nothing",
    "want to use app.mysite.cn but mysite.cn itself isn't filed anywhere",
    "the parent domain was never registered for ICP",
    "there's no ICP number on the top-level domain",
    "we never did beian for the apex domain",
    "the primary domain has zero filing history",
    "the main domain is unfiled, we only bought it last month",
    "the top domain's got no ICP record with any provider",
    "our root domain lacks an ICP number",
    "the apex of our subdomain has never had an ICP filing done",
], "zh": [
    "主域名没有备案",
    "顶级域名还没有 ICP 备案号",
    "一级域名从来没备过案",
    "主域名刚注册的，没备案",
    "主域名没有任何备案号",
    "顶级域名没做过 ICP 备案，想用它的二级域名",
    "主域名在哪儿都没备案过",
    "我们的根域名至今没有 ICP 号",
]}

D[(SF, "yes")] = {"en": [
    "our company already did an ICP filing a couple years ago",
    "I've personally been through ICP filing before, for my portfolio site",
    "the company is already in the ICP system as a filing entity",
    "my startup has a beian on file already",
    "our organization completed its ICP registration in 2020",
    "yeah the business entity has done ICP before",
    "I as an individual already got filed once",
    "we're not new to ICP, the company has been filed for years",
    "our firm's ICP filing exists already",
    ("the company has been filed before but this new domain never has", {DF: "no"}),
    "company filed ✅ already",
    "our studio went through the whole ICP process last spring, the entity is registered",
], "zh": [
    "我们公司之前已经备过案了",
    "主体已经有备案了",
    "我个人之前做过 ICP 备案",
    "公司主体早就备案了",
    "主体备案两年前就完成了",
    "我们单位之前办过 ICP 备案",
    ("主体是备过案的，域名是新的还没备", {DF: "no"}),
    "公司作为备案主体已经有备案记录",
]}

D[(SF, "no")] = {"en": [
    ("our company has never done an ICP filing", {SFP: "none"}),
    ("first time ever dealing with ICP, the company has no filing", {SFP: "none"}),
    ("I've never filed anything as an individual", {SFP: "none"}),
    ("we're a brand new LLC with no ICP history whatsoever", {SFP: "none"}),
    ("the business has no beian record", {SFP: "none"}),
    ("nobody ever registered our company for ICP", {SFP: "none"}),
    ("our org hasn't gone through ICP filing, not once", {SFP: "none"}),
    ("i personally dont have any icp filing under my name", {SFP: "none"}),
    ("neither the company nor the domain has ever been filed", {SFP: "none", DF: "no"}),
    ("the entity isn't ICP-registered yet", {SFP: "none"}),
    ("we haven't filed our company, zero experience with this", {SFP: "none"}),
    ("my company never got an ICP filing done", {SFP: "none"}),
], "zh": [
    ("公司从来没做过备案", {SFP: "none"}),
    ("主体还没备案", {SFP: "none"}),
    ("我个人没有备过案", {SFP: "none"}),
    ("新注册的公司，完全没有备案记录", {SFP: "none"}),
    ("主体和域名都没备案过", {SFP: "none", DF: "no"}),
    ("我们是第一次做备案，公司之前没备过", {SFP: "none"}),
    ("主体没有任何 ICP 备案", {SFP: "none"}),
    ("我名下一个备案都没有", {SFP: "none"}),
]}

D[(DF, "yes")] = {"en": [
    "the domain already has its ICP filing done",
    "mysite.cn was beian'd last year",
    "this domain has been through ICP before, under the previous owner",
    "our domain already carries an ICP number",
    "the domain is already in the MIIT filing database",
    "yes the domain was filed back in 2019",
    "domain's ICP is done, it shows up on the MIIT lookup",
    "we filed the domain already and got the number",
    "the domain name itself has completed ICP",
    "that domain isn't new to ICP, it's been filed for ages",
    ("both our company and the domain have been filed before", {SF: "yes"}),
    "the domain got its ICP approval already",
], "zh": [
    "域名之前已经备过案了",
    "这个域名有备案号",
    "域名去年就备案了",
    "域名在工信部能查到备案",
    "域名已经完成 ICP 备案",
    "我们的域名是备过案的",
    ("公司和域名都备案过", {SF: "yes"}),
    "这个 domain 早就备案好了",
]}

D[(DF, "no")] = {"en": [
    "the domain has never been filed",
    "just registered the domain, no ICP yet",
    "the domain has no beian history",
    "this domain hasn't gone through ICP",
    "we never did ICP for this domain",
    "it's a fresh .cn with no filing",
    "no ICP record exists for the domain",
    "the domain name is unfiled",
    "nobody has ever filed that domain",
    "the domain was never registered for ICP, by us or anyone else",
    "i bought the domain at auction and it has no icp record",
    "new domain, zero filing",
], "zh": [
    "域名没备案过",
    "域名是新注册的，还没备案",
    "这个域名从来没有做过 ICP 备案",
    "域名没有备案记录",
    "工信部查不到这个域名的备案，确实没备过",
    "域名还没备案",
    "新买的 .cn 域名，没备案",
    ("主体备过，但域名没备过", {SF: "yes"}),
]}

D[(PC, "transfer")] = {"en": [
    "we want to move our ICP filing from Tencent Cloud to Alibaba Cloud",
    "migrating off Huawei Cloud to aliyun and the filing should come with us",
    "planning to transfer the beian over to Alibaba, leaving our old host",
    "we're switching hosting to Alibaba and want the filing moved too",
    "need to bring our existing ICP over from the previous provider to alibaba cloud",
    "the plan is to shift our company + domain filing from Baidu Cloud into Alibaba Cloud",
    "we're leaving our IDC and want Alibaba Cloud to take over the ICP filing completely",
    "moving everything to aliyun including the filing, the old provider gets dropped",
    "want to port our icp registration from west.cn to alibaba",
    "we're consolidating on Alibaba Cloud and transferring the ICP from UCloud",
    "time to migrate the filing away from Tencent, Alibaba Cloud will be the only provider",
    "we're replacing our current access provider with Alibaba for the filing",
], "zh": [
    "想把备案从腾讯云转到阿里云",
    "整体迁移到阿里云，备案也一起转过来",
    "打算把主体和域名的备案从原接入商转入阿里云",
    "不用原来的服务商了，备案要迁到阿里云",
    "我们要把华为云那边的备案转移到阿里云",
    "换接入商，从西部数码换成阿里云",
    "想做备案转入，原来是在百度云",
    "原服务商不要了，备案全部转到阿里云",
]}

D[(PC, "add")] = {"en": [
    "we want to keep Tencent and add Alibaba Cloud as another access provider",
    "the filing stays with Huawei, but we also want Alibaba listed as a provider",
    "adding aliyun as a second ICP access provider, keeping the old one",
    "we're going multi-cloud: existing provider stays, Alibaba Cloud joins as an additional one",
    "not moving the filing, just want alibaba added alongside our current provider",
    "we need Alibaba Cloud on the filing as an extra provider for the site, the original one stays",
    "we'll have both providers on the filing, Tencent and now Alibaba",
    "want to register aliyun as a new 接入商 on top of the existing one",
    "our site will be served from both Baidu Cloud and Alibaba, so we're getting Alibaba added to the filing as well",
    "keep the current filing provider and add Alibaba Cloud, not a transfer",
    "tacking Alibaba on as an additional ICP provider for our website, old host remains on the record",
    "we're adding Alibaba Cloud to the ICP record as a second access provider",
], "zh": [
    "原来的接入商保留，再加一个阿里云",
    "想新增阿里云作为接入商",
    "备案还在腾讯云，同时要把阿里云也加上",
    "网站要多接入一个阿里云，原来的不动",
    "不是转入，是新增接入阿里云",
    "要给网站增加阿里云作为新的接入服务商",
    "两家云同时用，备案里要加上阿里云",
    "保留华为云的接入，另外新增阿里云接入",
]}

D[(PC, "none")] = {"en": [
    "we're not transferring our filing and not adding Alibaba either",
    "staying with our current provider, no changes to who handles the filing",
    "no plans to move or add providers, everything stays put",
    "we're happy with Tencent and won't bring Alibaba into the filing at all",
    "not switching ICP providers, not adding one",
    "the filing provider stays as is, nothing to transfer, nothing to add",
    "Alibaba won't be joining our filing and we aren't moving it there",
    "no provider change on our side",
    "we keep the original provider only, Alibaba isn't getting involved",
    "neither moving the beian nor adding a second access provider",
    "we don't want to touch the access provider setup",
    "our filing provider situation doesn't change, we're not migrating or adding aliyun",
], "zh": [
    "我们不转备案，也不加接入商",
    "接入商不变",
    "不换服务商，也不新增阿里云",
    "备案还放在原来的地方，不打算动",
    "没有转入也没有新增接入的需求",
    "我们继续用原接入商，不涉及阿里云",
    "接入商这块没有任何变动",
    "既不迁移备案，也不增加新的接入商",
]}

D[(SFP, "alibaba")] = {"en": [
    ("our company was filed through Alibaba Cloud", {SF: "yes"}),
    ("the filing subject (my company) got its ICP via aliyun", {SF: "yes"}),
    ("I did my personal ICP filing on Alibaba Cloud a while back", {SF: "yes"}),
    ("company's beian was processed by Alibaba Cloud", {SF: "yes"}),
    ("our business entity's ICP record is with alibaba as access provider", {SF: "yes"}),
    ("the organisation already went through Alibaba Cloud's filing system", {SF: "yes"}),
    ("we used Alibaba Cloud when we first filed the company", {SF: "yes"}),
    ("the company's existing filing is with Alibaba", {SF: "yes"}),
    ("my studio is filed under Alibaba Cloud already", {SF: "yes"}),
    ("company filed with alibaba cloud, and the new site on a new domain will sit on our ECS", {SF: "yes", NW: "yes", PE: "yes"}),
    ("the subject's ICP was originally done on aliyun", {SF: "yes"}),
    ("our entity got its filing approved via Alibaba Cloud in 2022", {SF: "yes"}),
], "zh": [
    ("公司主体是在阿里云备案的", {SF: "yes"}),
    ("主体备案接入商是阿里云", {SF: "yes"}),
    ("我个人在阿里云备过案", {SF: "yes"}),
    ("公司之前在阿里云做的备案", {SF: "yes"}),
    ("主体是通过阿里云备案系统备的", {SF: "yes"}),
    ("我们单位的备案是阿里云办的", {SF: "yes"}),
    ("主体在阿里云已备案，新域名的网站放 ECS 上", {SF: "yes", NW: "yes"}),
    ("公司的 ICP 备案是阿里云接入的", {SF: "yes"}),
]}

D[(SFP, "other")] = {"en": [
    ("our company was filed via Tencent Cloud", {SF: "yes"}),
    ("the company's ICP filing is with another provider, Huawei Cloud", {SF: "yes"}),
    ("I'm filed as an individual through West.cn", {SF: "yes"}),
    ("the subject filing was done by our old IDC, not Alibaba", {SF: "yes"}),
    ("company beian lives at Baidu Cloud", {SF: "yes"}),
    ("our entity is registered for ICP through a different cloud provider", {SF: "yes"}),
    ("the business got its ICP via JD Cloud", {SF: "yes"}),
    ("company was filed with UCloud originally", {SF: "yes"}),
    ("my personal filing is with Tencent, never used alibaba for it", {SF: "yes"}),
    ("company filed through Tencent and now we want a new domain's site on an ECS we're buying", {SF: "yes", NW: "yes", PE: "yes"}),
    ("our filing subject was processed by Kingsoft Cloud", {SF: "yes"}),
    ("company's ICP came via our previous hosting company", {SF: "yes"}),
], "zh": [
    ("公司主体是在腾讯云备案的", {SF: "yes"}),
    ("主体在别的服务商备的案", {SF: "yes"}),
    ("我个人备案是在华为云做的", {SF: "yes"}),
    ("主体备案是原来的 IDC 办的，不是阿里云", {SF: "yes"}),
    ("公司在西部数码备过案", {SF: "yes"}),
    ("主体备案在百度云", {SF: "yes"}),
    ("主体在其他接入商备过案，现在想在阿里云给新域名备案，网站放在我们正在买的 ECS 上", {SF: "yes", NW: "yes", PE: "yes"}),
    ("公司备案接入商是天翼云", {SF: "yes"}),
]}

D[(SFP, "none")] = {"en": [
    ("the company isn't filed with any provider", {SF: "no"}),
    ("we've never filed our company anywhere", {SF: "no"}),
    ("no provider has ever done an ICP filing for us", {SF: "no"}),
    ("my company has no filing at Alibaba or anywhere else", {SF: "no"}),
    ("our entity has no ICP record with anyone", {SF: "no"}),
    ("company was never filed, not with Tencent, not with Alibaba", {SF: "no"}),
    ("i have never filed anywhere personally", {SF: "no"}),
    ("the subject hasn't been filed by any access provider", {SF: "no"}),
    ("no filing for the business on any platform", {SF: "no"}),
    ("company-wise we have not done ICP through any provider", {SF: "no"}),
    ("our org's ICP status: not filed, anywhere", {SF: "no"}),
    ("the company hasn't done beian with any cloud", {SF: "no"}),
], "zh": [
    ("公司主体在哪都没备案过", {SF: "no"}),
    ("主体没有在任何服务商备案", {SF: "no"}),
    ("我个人从来没在任何平台备过案", {SF: "no"}),
    ("主体阿里云没备，别家也没备", {SF: "no"}),
    ("公司没有备案，哪个接入商都没有", {SF: "no"}),
    ("主体一次备案都没做过", {SF: "no"}),
    ("我们主体在任何云厂商都没有备案记录", {SF: "no"}),
    ("公司还没备过案，任何地方都没有", {SF: "no"}),
]}

D[(NW, "yes")] = {"en": [
    ("we're launching a new site on a fresh domain and it'll run on one of our ECS instances", {PE: "yes"}),
    "the new website (new domain) is going on ECS",
    "new domain, new site, hosting it on Alibaba ECS",
    "we're putting a new website with its own domain on an ECS instance",
    "our new brand site on the new domain will be hosted on ECS",
    "the new domain's site gets deployed to an ECS box",
    "spinning up another website with its own domain on ECS",
    "the new site lives on ecs, domain is new too",
    ("hosting our second website, a different domain, on the ECS we already have", {PE: "yes"}),
    ("we're buying ECS to host a new website on a new domain", {PE: "yes"}),
    "new domain + new website -> ECS, that's where it goes",
    ("the new domain will serve its site from our ECS instance", {PE: "yes"}),
], "zh": [
    "新网站用新域名，放在 ECS 上",
    ("新站要部署到我们的 ECS", {PE: "yes"}),
    "新域名的网站托管在阿里云 ECS",
    "准备在 ECS 上再上线一个新域名的网站",
    "新网站跑在 ECS 实例上，用的新域名",
    ("新买的域名要做个网站，放我们那台 ECS 上", {PE: "yes"}),
    "新网站部署在 ECS，域名也是新的",
    "我们要在 ECS 上托管一个新域名的站点",
]}

D[(NW, "no")] = {"en": [
    "the new website is going on Netlify, not ECS",
    "the new site will be on a shared virtual host, not an ECS instance",
    "the new domain's website will be hosted on GitHub Pages",
    "we'll host the new site on Tencent Lighthouse, not on ECS",
    "new site won't be on ECS, we're using our own server room",
    "the new website goes on Vercel",
    "no ECS for the new site, it's on a cheap shared hosting plan",
    "the new domain's site runs on AWS EC2",
    "we're not putting the new website on any ECS instance",
    "the new site is hosted by Wix",
    "the new website will live on a Simple Application Server, not ECS",
    ("our ECS stays with the old site; the new domain's website goes on Cloudflare Pages", {PE: "yes"}),
], "zh": [
    "新网站放在 GitHub Pages，不在 ECS 上",
    "新站用的是虚拟主机，不是 ECS",
    "新域名的网站托管在腾讯云轻量，不用 ECS",
    "新网站不放 ECS",
    "新站部署在 Vercel 上",
    "新网站用阿里云的轻量应用服务器，不是 ECS",
    "新网站放自己机房，不用 ECS",
    ("我们的 ECS 只跑老项目，新域名的网站放在别处", {PE: "yes"}),
]}

D[(HA, "yes")] = {"en": [
    "our website has an ICP number issued through Alibaba Cloud",
    "the site's beian number came from aliyun",
    "we got the site's ICP filing number on Alibaba Cloud",
    "our site shows 浙ICP备xxxx号 in the footer and that filing is with alibaba",
    "the website's ICP number sits in our Alibaba Cloud account",
    "yes, the site's ICP is registered with Alibaba",
    "our site's ICP filing number was obtained via Alibaba Cloud's filing platform",
    "site's beian was done in aliyun and we have the number",
    "we hold an Alibaba Cloud ICP number for the website",
    "the ICP number at the bottom of our homepage is one we got through Alibaba Cloud",
    ("our site's ICP number is from Alibaba Cloud and we need to update the contact phone on it", {MI: "yes"}),
    "the website is filed with Alibaba Cloud, number and all",
], "zh": [
    "网站的备案号是在阿里云备的",
    "我们网站有阿里云的 ICP 备案号",
    "网站备案号是通过阿里云拿到的",
    "网站已经在阿里云备案，有备案号",
    "首页底部的 ICP 备案号是阿里云办的",
    "我们的网站在阿里云有备案号",
    "网站是阿里云接入备案的，号已经下来了",
    ("网站备案号在阿里云，现在公司改名了要改信息", {MI: "yes"}),
]}

D[(HA, "no")] = {"en": [
    "our website's ICP number is from Tencent, not alibaba",
    "the site doesn't have an ICP number at all",
    "no alibaba cloud ICP number for our site, it was filed at Huawei",
    "our site has no beian number",
    "the website was never filed on Alibaba Cloud, so there's no number there",
    "our site's ICP number came through West.cn",
    "the site has no ICP filing number in alibaba cloud",
    "we don't have an Alibaba ICP number for this website",
    "our website is not filed, no number anywhere",
    "the site's ICP number belongs to our old provider, not Alibaba Cloud",
    "the website carries no ICP number from alibaba",
    "there's no aliyun-issued filing number on the site",
], "zh": [
    "网站备案号是腾讯云的，不是阿里云",
    "网站没有备案号",
    "网站在阿里云没有备案号",
    "我们网站的备案是华为云接入的",
    "网站没在阿里云备过案",
    "网站一直没有 ICP 号",
    "网站的备案号是原来的 IDC 给办的",
    "阿里云里查不到我们网站的备案号，我们是在别家备的",
]}

D[(MI, "yes")] = {"en": [
    "our company got renamed and we need to update the filing info",
    "need to change the person-in-charge phone number on the filing",
    "the site's name changed, want to edit that in the ICP record",
    "we moved offices so the company address on the filing has to be updated",
    "the website owner's email changed and I want to fix it in the filing",
    "I want to update the website's description in our ICP info",
    "our legal representative changed, need that reflected in the filing",
    "gotta edit the principal's ID number, it was entered wrong",
    "we want to correct the website contact info on the beian",
    "the responsible person left the company so I have to swap them out on the filing",
    "we need to amend the subject details, there's a new business license after a restructuring",
    "i wanna fix a typo in the site name on our icp record",
], "zh": [
    "公司改名了，要改备案信息",
    "网站负责人换了，需要变更",
    "要改一下备案里的联系电话",
    "公司地址变了，备案信息得更新",
    "网站名称要修改一下",
    "法人换了，主体信息要变更",
    "备案里的邮箱填错了，想改掉",
    "主体负责人的手机号换了，要更新到备案里",
]}

D[(MI, "no")] = {"en": [
    "nothing in our filing info needs to change",
    "we don't want to edit any subject or website details",
    "all the filing info is still accurate, no updates",
    "not changing anything about the company or site info",
    "info stays the same, we're not touching it",
    "no modifications planned to the filing details",
    "company name, contacts, site info: all unchanged, no edits needed",
    "I'm not looking to update any filing information",
    "we have no changes to make to the ICP info",
    "everything on the record is correct and we're leaving it alone",
    ("our site has an alibaba ICP number and we're not changing any of the info", {HA: "yes"}),
    "no edits to the subject or site info on our side",
], "zh": [
    "备案信息不需要改",
    "主体和网站信息都没变",
    "不打算修改任何备案信息",
    "信息都是对的，不用动",
    "网站和主体的资料都不改",
    "没有要变更的信息",
    "备案信息保持不变",
    ("网站在阿里云有备案号，信息也都不用改", {HA: "yes"}),
]}

DECOYS = [
    # 20 English
    ("en", "if I bought ECS would I need an ICP filing?"),
    ("en", "my friend says any domain pointing at a mainland server needs ICP, is that true?"),
    ("en", "does a Hong Kong server need ICP at all?"),
    ("en", "what happens when the top-level domain is filed with another provider?"),
    ("en", "my buddy's company moved their filing to Alibaba Cloud last year, how long does that usually take?"),
    ("en", "can someone explain what counts as a second-level domain?"),
    ("en", "is it possible to add Alibaba Cloud as a provider later on?"),
    ("en", "someone on reddit said game servers don't need filing, source?"),
    ("en", "what counts as a web service for ICP purposes?"),
    ("en", "if the domain never resolves to the ECS, is filing still needed?"),
    ("en", "suppose a company had filed with Tencent, could it then add a website on Alibaba?"),
    ("en", "how do I check whether a domain has an ICP number?"),
    ("en", "my client's website has an Alibaba ICP number and they want to change it, what's their process?"),
    ("en", "what's the difference between transferring and adding a provider?"),
    ("en", "do individuals and companies file differently?"),
    ("en", "a coworker mentioned something about the main domain needing a filing before subdomains work?"),
    ("en", "hypothetically, if we hosted a new site on ECS, would that need a website filing?"),
    ("en", "is ICP required for API-only servers?"),
    ("en", "where in the console do I modify filing information?"),
    ("en", "a competitor runs their site on a Shanghai server with no ICP number, how do they get away with it?"),
    # 10 Chinese
    ("zh", "如果买了 ECS 需要备案吗？"),
    ("zh", "听说域名解析到香港服务器就不用备案，是真的吗？"),
    ("zh", "二级域名需要单独备案吗？"),
    ("zh", "朋友的公司把备案从腾讯云转到阿里云了，这个流程复杂吗？"),
    ("zh", "什么情况下需要变更备案？"),
    ("zh", "假如主体在别家备过案，再在阿里云加网站要怎么弄？"),
    ("zh", "游戏服务器需要备案吗？"),
    ("zh", "备案转入和新增接入有什么区别？"),
    ("zh", "首次备案一般要多久？"),
    ("zh", "同事说没有 ECS 也可以在阿里云备案，对吗？"),
    # 10 mixed Chinese/English (lang = dominant language)
    ("en", "what's 接入商 exactly? does every ICP filing need one?"),
    ("en", "if the 主域名 is already 备案'd, is the subdomain covered?"),
    ("en", "heard 新增接入 is needed when you go multi-cloud, is that right?"),
    ("en", "does 变更备案 apply if only the phone number changes?"),
    ("en", "my colleague's 主体 was filed at 腾讯云 and he asked me if he can host a new site on ECS, any idea?"),
    ("zh", "如果 domain 不解析到 ECS，还要 ICP 吗？"),
    ("zh", "请问 web service 具体指什么？只有 website 算吗？"),
    ("zh", "朋友说 Hong Kong 的 server 不用备案，靠谱吗？"),
    ("zh", "假设我要 transfer 备案到 Alibaba Cloud，要准备什么？"),
    ("zh", "second-level domain 和 top-level domain 的备案是什么关系？"),
]

def main():
    out, seen = [], set()
    for (fact, val), block in D.items():
        assert fact in CONTRACT and val in CONTRACT[fact], (fact, val)
        assert len(block["en"]) == 12 and len(block["zh"]) == 8, (fact, val, len(block["en"]), len(block["zh"]))
        for lang in ("en", "zh"):
            for item in block[lang]:
                text, extra = (item, {}) if isinstance(item, str) else item
                facts = {fact: val}
                for f, v in extra.items():
                    assert f in CONTRACT and v in CONTRACT[f] and f != fact, (text, f, v)
                    facts[f] = v
                assert text not in seen, text
                seen.add(text)
                out.append({"text": text, "lang": lang, "facts": facts})
    assert len(DECOYS) == 40
    for lang, text in DECOYS:
        assert text not in seen, text
        seen.add(text)
        out.append({"text": text, "lang": lang, "facts": {}})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "statements.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(path, len(out), "lines")

if __name__ == "__main__":
    main()
