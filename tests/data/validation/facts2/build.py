#!/usr/bin/env python3
"""Build /work/blind/facts2/statements.jsonl (blind fact-statement set, writer 2).

Every sentence is written by hand below. Labels are "fact=value" strings; the FIRST
label of each entry is the fact value the sentence was written for (its group).
The script checks ids/values against /work/shared/icp-contract.md, the labelling
rules, group counts (10 EN + 8 ZH per value), 15+15 decoys and unique texts.
"""
import json, re, collections, pathlib

HERE = pathlib.Path(__file__).resolve().parent
CONTRACT = pathlib.Path("/work/shared/icp-contract.md")

# (lang, text, labels)  labels: space-separated fact=value, first one = group
S = []
def en(text, labels): S.append(("en", text, labels))
def zh(text, labels): S.append(("zh", text, labels))

# ---------------- points_to_mainland = yes ----------------
P = "points_to_mainland=yes"
en("hey all, our domain resolves to a Tencent Cloud CVM in Shanghai, what do I need to sort out?", P)
en("dns for our trading co's domain points at a rented box in a Shenzhen datacenter", P)
en("the A record goes to our ECS in cn-hangzhou", P + " domain_resolves_to_ecs=yes purchased_ecs=yes")
en("we moved off the HK node last month, so now the domain points to a machine in Beijing", P)
en("not overseas at all - the domain resolves to a Huawei Cloud server in Guiyang", P)
en("Our company portal runs on a server in Chengdu, mainland China, and the domain points right at it", P + " web_service=yes")
en("our dns record goes to a physical machine in a Guangzhou IDC rack we lease", P)
en("domian resolves to the qingdao server, not singapore like i first planned", P)
en("the CNAME chain ends at a node in Zhangjiakou, so inside mainland china", P)
en("I run a little bakery ordering page and the domain points to a VPS in Nanjing", P + " web_service=yes")
zh("我们域名解析到的是杭州的服务器，大陆节点", P)
zh("域名现在指向北京机房那台了，不是之前香港那台", P)
zh("我的域名A记录解析到深圳的腾讯云服务器上", P)
zh("大佬们，服务器在上海，域名也已经解析过去了", P)
zh("域名解析到我们在成都地域的ECS上", P + " domain_resolves_to_ecs=yes purchased_ecs=yes")
zh("我们用的是华为云贵阳节点，域名就指到那里", P)
zh("不是海外主机哈，域名解析的IP是广州电信机房的", P)
zh("域名指向青岛那边的服务器，上面跑的是公司官网", P + " web_service=yes")

# ---------------- points_to_mainland = no ----------------
P = "points_to_mainland=no"
en("our domain resolves to an ECS we got in the Hong Kong region", P + " domain_resolves_to_ecs=yes purchased_ecs=yes")
en("the domain points at a DigitalOcean droplet in Singapore, we have nothing in the mainland", P)
en("dns goes to our own server in Frankfurt", P)
en("domain's A record is a Linode in Tokyo fwiw, no mainland node involved", P)
en("my domain points to a host in Taipei", P)
en("our site is hosted in Macau and that's where the dns goes", P + " web_service=yes")
en("A record -> AWS us-west-2. zero servers in mainland china", P)
en("we switched the domain from the Hangzhou box to a Hong Kong one last week, so it resolves to HK now", P)
en("our webshop runs on an ECS in the Silicon Valley region and the domain resolves there", P + " web_service=yes domain_resolves_to_ecs=yes purchased_ecs=yes")
en("the domain resolves outside the mainland - Seoul, Korea to be exact", P)
zh("域名解析到香港的服务器上", P)
zh("我们的域名指向新加坡节点，大陆一台机器都没有", P)
zh("域名解析的是日本东京的一台VPS", P)
zh("服务器在美国，域名A记录填的就是那台的IP", P)
zh("域名指向台湾的主机", P)
zh("我们ECS买的是香港地域，域名已经解析过去了", P + " domain_resolves_to_ecs=yes purchased_ecs=yes")
zh("之前放杭州，现在域名已经改解析到香港了", P)
zh("域名解析到德国法兰克福的机器，不在国内", P)

# ---------------- web_service = yes ----------------
P = "web_service=yes"
en("the plan is for customers to browse our catalogue and place orders in the browser, served straight off that machine", P)
en("it'll serve our REST API over https for the mobile app", P)
en("gonna run a wordpress blog on the box", P)
en("it's a web app - the admin dashboard for our warehouse staff, opened in a browser", P)
en("the server hosts our H5 mini-game pages that people play in the browser", P)
en("we're opening port 80 and 443 for an online store", P)
en("not just ssh - we're putting a public website on it too", P)
en("it's the backend HTTP API our WeChat mini program calls", P)
en("running nginx with our landing page on there", P)
en("want to go live with a Django site for my school's alumni association on it", P)
zh("服务器上要跑一个网站", P)
zh("我们准备在上面开一个商城网站", P)
zh("部署的是给小程序调用的HTTP接口", P)
zh("就是放个WordPress博客，给大家看的", P)
zh("要开放80和443端口做公司官网", P)
zh("跑一个Vue写的管理后台，浏览器访问", P)
zh("不光是内部用，还要对外提供web服务", P)
zh("机器上是我们的API服务，走https的", P)

# ---------------- web_service = no ----------------
P = "web_service=no"
en("it's only a Minecraft server over TCP, no website on it", P)
en("the box just runs an MQTT broker for our sensors, nothing over http", P)
en("no web service at all - it's a database replica", P)
en("we use the server purely as a batch compute node, no http ports open", P)
en("it's a game server on UDP, we're not activating any web stuff", P)
en("just a mail relay (SMTP) on that machine, no website or api", P)
en("the server is our VPN gateway, no web services on it", P)
en("that machine only does nightly backups and doesnt serve any web pages", P)
en("running a redis cache there, no web frontend whatsoever", P)
en("it's an FTP drop for suppliers, there's no http anything", P)
zh("服务器只跑游戏服，UDP协议的，没有网站", P)
zh("只是拿来做数据库，不提供web服务", P)
zh("上面就跑个MQTT，不走http", P)
zh("纯计算节点，不开任何网页", P)
zh("就拿来当跳板机，没有web服务", P)
zh("用来跑定时任务的，对外不提供网站也不提供接口", P)
zh("不是网站哈，就是个邮件服务器", P)
zh("只做文件备份用，没网站也没API", P)

# ---------------- domain_resolves_to_ecs = yes ----------------
P = "domain_resolves_to_ecs=yes purchased_ecs=yes"
en("my domain's A record points at my ECS public IP", P)
en("we set up dns so api.ourshop.cn resolves to our ECS instance", P)
en("yep the domain is resolved to the ECS, did it in the Alibaba Cloud DNS console", P)
en("the domain points to the elastic IP bound to our ecs", P)
en("bought an ECS, then added an A record pointing my domain at it", P)
en("domain -> ecs through dns, pretty standard setup", P)
en("we did the DNS resolution already: www points to the ECS", P)
en("people don't reach our ECS by ip, they use our domain name which resolves to it", P)
en("our ecs sits behind the domain shopmall.cn, dns points straight at it", P)
en("hooked up the domain to the ecs instnace, A record's been live since monday", P)
zh("域名已经解析到ECS的公网IP了", P)
zh("我把域名A记录指向了我自己的ECS", P)
zh("ECS上绑了域名，DNS解析过去的", P)
zh("我们是通过域名访问ECS的，不是直接用IP", P)
zh("域名在云解析DNS里加了记录，指向那台ECS", P)
zh("买了台ECS，域名也解析上去了", P)
zh("www和@都解析到这台ECS", P)
zh("域名指向ECS绑定的弹性公网IP", P)

# ---------------- domain_resolves_to_ecs = no ----------------
P = "domain_resolves_to_ecs=no purchased_ecs=yes"
en("we hit our ECS by its public IP only, no domain name", P)
en("nope, no dns record points to our ecs; the app connects via raw ip", P)
en("our ECS is only accessed inside the VPC, there's no domain on it at all", P)
en("we haven't resolved any domain to our ECS instances", P)
en("our domain points to Vercel, the ECS just runs jobs and we reach it by IP", P)
en("no domain names involved with our ecs, clients use the IP directly", P)
en("the ECS is reached over VPN by private ip, no dns", P)
en("we bought ECS but we're not pointing a domain at it", P)
en("the domain isn't resolved to the ecs, it's just parked at the registrar", P)
en("i just ssh into my ecs by IP, never set up any domain resolution for it", P)
zh("ECS只用IP访问，没绑域名", P)
zh("没有域名解析到我们的ECS上", P)
zh("我们的ECS都是内网用的，不走域名", P)
zh("域名解析在别的服务器上，ECS这边直接IP连", P)
zh("买了ECS，但是没有把任何域名指过去", P)
zh("客户端直接连ECS的公网IP，不用域名", P)
zh("我这台ECS上没做域名解析", P)
zh("域名还没解析，ECS目前就是IP访问", P)

# ---------------- purchased_ecs = yes ----------------
P = "purchased_ecs=yes"
en("i bought two ECS instances last night", P)
en("we're purchasing an ECS right now for the project", P)
en("we've got a couple of Alibaba Cloud ECS boxes already", P)
en("just paid for a 1-year ECS subscription in Hangzhou", P)
en("our compnay runs 5 ECS instances on aliyun", P)
en("grabbed an ECS during the Double 11 sale lol", P)
en("we don't use lightweight servers, we purchased proper ECS", P)
en("boss signed off and the pay-as-you-go ECS is already running under our account", P)
en("our team's ECS was bought last month for the CRM", P)
en("I'm in the middle of ordering an ECS instance on alibaba cloud", P)
zh("我昨天在阿里云买了台ECS，2核4G的", P)
zh("刚下单了一台ECS", P)
zh("我们公司有三台ECS", P)
zh("双十一抢了台ECS", P)
zh("正在购买ECS，还差付款这一步", P)
zh("ECS已经买好了，包年的", P)
zh("我们在阿里云上开了ECS实例", P)
zh("ECS是上个月买的", P)

# ---------------- purchased_ecs = no ----------------
P = "purchased_ecs=no"
en("we haven't bought any ECS", P)
en("no ECS at all lol, i just registered a domain on alibaba cloud for my photography portfolio", P)
en("our servers are all on AWS, none on Alibaba ECS", P)
en("didn't purchase ecs, only OSS", P)
en("checked the console, the ECS instance list is totally empty, we never bought one", P)
en("I only use Alibaba Cloud for email, never bought an ECS", P)
en("we're not buying ECS, hosting stays at Tencent Cloud", P)
en("no alibaba ecs here, we run our own hardware in the office", P)
en("i dont have ecs, just the domain + dns", P)
en("no ECS purchased, and not planning to purchase any", P)
zh("我没买ECS", P)
zh("阿里云上只买了域名，没有ECS", P)
zh("服务器都在腾讯云，阿里云ECS一台都没有", P)
zh("我们不买ECS，用的是自己的机房", P)
zh("账号下没有任何ECS实例", P)
zh("ECS没买，只开了OSS", P)
zh("还没有买阿里云的ECS，也不打算买", P)
zh("没有ECS，就用了个阿里云企业邮箱", P)

# ---------------- tld_filing = alibaba ----------------
P = "tld_filing=alibaba"
en("our main domain example.cn was filed through Alibaba Cloud, and I want to use blog.example.cn", P)
en("the top-level domain already has its ICP filing with aliyun; the subdomain is shop.xxx.com", P)
en("root domain's beian was done at alibaba cloud, now adding api.mydomain.cn", P)
en("parent domain = filed with Alibaba, second-level one = docs.acme.cn", P)
en("our apex domain got its ICP number via Alibaba Cloud. question about m.ourbrand.com", P)
en("tld is ICP filed with aliyun already, want a sub like test.xx.cn", P)
en("the second-level domain hangs under a top-level domain whose filing went through Alibaba Cloud", P)
en("acme.com.cn is filed on Alibaba Cloud's platform; I'm setting up crm.acme.com.cn", P)
en("main domain filed w/ alibaba cloud years ago, now need a subdomain for the app", P)
en("the root domain has an Alibaba Cloud ICP filing (not another provider), sub is pay.foo.cn", P)
zh("主域名在阿里云备过案了，想用二级域名 blog.xxx.com", P)
zh("顶级域名是阿里云备案的，二级域名还要备吗", P)
zh("我们一级域名的备案是在阿里云做的，现在要加个 shop 子域名", P)
zh("主域在阿里云有备案号，子域名是 api.xxx.cn", P)
zh("根域名通过阿里云备的案，准备启用二级域名", P)
zh("xx.cn 已经在阿里云备案通过了，二级域名打算用 m.xx.cn", P)
zh("主域名备案的接入商就是阿里云", P)
zh("顶级域名在阿里云备案的，不是别家，想开个子域名", P)

# ---------------- tld_filing = other ----------------
P = "tld_filing=other"
en("the main domain has an ICP number but it was filed via Tencent Cloud, not alibaba; I want to use sub.xx.com", P)
en("root domain's beian is with Huawei Cloud and we need a subdomain", P)
en("our top-level domain has ICP filing through West.cn, now we want a second-level domain", P)
en("apex domain is filed, but the filing provider is Baidu AI Cloud", P)
en("the tld got its icp number from our old host (China Telecom's cloud)", P)
en("parent domain has an ICP number from another provider, not alibaba cloud", P)
en("main domain filed at Xinnet years ago; second-level domain is for a new app", P)
en("the top-level domain does have an ICP number, just not from Alibaba - it's from UCloud", P)
en("top domain's filing is at JD Cloud, we want to use a subdomain", P)
en("our root domain icp was handled by tencent. sub is hr.company.cn", P)
zh("主域名有备案号，但是是在腾讯云备的", P)
zh("顶级域名在华为云备案的，不是阿里云", P)
zh("一级域名备案是西部数码做的，二级域名想放阿里云", P)
zh("主域名是在别的接入商备案的，有备案号", P)
zh("根域名的ICP号是百度智能云那边的", P)
zh("顶级域名通过新网备案了，子域名还没弄", P)
zh("主域名备案在天翼云，现在要用 m. 开头的二级域名", P)
zh("我们主域有ICP备案号，接入商是京东云", P)

# ---------------- tld_filing = none ----------------
P = "tld_filing=none"
en("the main domain has no ICP number at all; I want to use a subdomain", P)
en("top-level domain never got filed, now using app.x.cn", P)
en("root domain isn't filed anywhere, no icp number", P)
en("apex has zero filing, I'm asking about the second-level domain", P)
en("parent domain doesn't have an ICP number yet", P)
en("our tld was never beian'd, sub is shop.xx.cn", P)
en("the top-level domain behind this subdomain has no icp filing with anyone", P)
en("main domain: no filing, no number. second level domain: what I want to use", P)
en("we never filed the root domain, neither with alibaba nor anyone else", P)
en("the subdomain is under a top-level domain that has never had an ICP number", P)
zh("主域名没有备案号", P)
zh("顶级域名从来没备过案，想用二级域名", P)
zh("一级域名没备案，子域名能用吗", P)
zh("根域名还没有ICP号", P)
zh("主域名哪家都没备案过", P)
zh("二级域名对应的主域名没有备案", P)
zh("主域没做过备案，准备启用 api 子域名", P)
zh("顶级域名目前没有任何备案号", P)

# ---------------- subject_filed = yes ----------------
P = "subject_filed=yes"
en("our company went through the whole ICP thing back in 2020, the entity has its record already", P)
en("the subject (me, personal filing) has been filed already", P)
en("the company entity did its beian back in 2019", P)
en("we've done ICP filing for our company before, it's not new to us", P)
en("my personal filing subject already passed ICP", P)
en("our business is an ICP-filed subject, got approved last year", P)
en("company's already filed with Alibaba Cloud as a subject", P + " subject_filing_provider=alibaba")
en("the subject's ICP filing was done through Tencent Cloud", P + " subject_filing_provider=other")
en("we are not a first-time filer, our company's subject record exists", P)
en("the studio (our filing entity) has gone through ICP filing before", P)
zh("我们公司主体已经备案过了", P)
zh("主体之前做过备案", P)
zh("个人主体已经有备案了", P)
zh("公司早就备过案了，不是第一次", P)
zh("主体在阿里云备过", P + " subject_filing_provider=alibaba")
zh("主体备案是在腾讯云做的", P + " subject_filing_provider=other")
zh("我们这个主体备案号都有了", P)
zh("主体去年就备案通过了，管局审核也过了", P)

# ---------------- subject_filed = no ----------------
P = "subject_filed=no subject_filing_provider=none"
en("our company has never done any ICP filing", P)
en("we're a two-person indie studio and the studio has never been filed anywhere", P)
en("first time ever filing, the company has no prior ICP record", P)
en("I as an individual have never done beian", P)
en("brand new startup, the entity hasn't filed with anyone", P)
en("no, our company never completed ICP filing, not with alibaba or any other provider", P)
en("subject not filed. domain not filed either", P + " domain_filed=no")
en("the organization has zero filing history", P)
en("we've never been through ICP filing as a company", P)
en("my shop's business license is brand new and we haven't filed the subject anywhere yet", P)
zh("我们是刚成立的小工作室，公司从来没备案过", P)
zh("主体没有做过任何备案", P)
zh("个人第一次备案，之前没备过", P)
zh("主体和域名都没备案过", P + " domain_filed=no")
zh("我们公司哪家都没备案", P)
zh("新注册的公司，主体还没备案", P)
zh("主体之前没有备案记录", P)
zh("主体还没在任何接入商备案", P)

# ---------------- domain_filed = yes ----------------
P = "domain_filed=yes"
en("the domain already has its ICP filing", P)
en("domain was filed last year", P)
en("the domain passed ICP review already", P)
en("our domain is already beian'd", P)
en("domain's been ICP-filed since 2020", P)
en("we've got the filing for the domain done", P)
en("the domain name itself completed filing earlier", P)
en("domain is filed, and so is our company as the subject, did both in one go in 2022", P + " subject_filed=yes")
en("yes the domain name went through ICP filing before", P)
en("domain has been filed already, that part is done", P)
zh("域名已经备案过了", P)
zh("域名之前备过案", P)
zh("这个域名是有备案的", P)
zh("域名备案早就通过了", P)
zh("域名是备过的，备案号一直挂在网站底部", P)
zh("主体和域名都备案了", P + " subject_filed=yes")
zh("域名去年就完成备案了", P)
zh("域名的备案已经弄好了", P)

# ---------------- domain_filed = no ----------------
P = "domain_filed=no"
en("the domain has never been filed", P)
en("fresh domain, no ICP filing on it", P)
en("domain not filed yet", P)
en("we just registered the domain, it hasn't gone through filing", P)
en("the domain never went thru any icp filling", P)
en("domain: never filed. company: filed already.", P + " subject_filed=yes")
en("there's no filing on the domain name", P)
en("our domain's never been beian'd", P)
en("domain isn't filed anywhere", P)
en("haven't filed the domain at all", P)
zh("域名没备案", P)
zh("域名还没备过案", P)
zh("新注册的域名，没有备案", P)
zh("域名从来没做过备案", P)
zh("这个域名没备案过", P)
zh("公司备过案，但是域名没有", P + " subject_filed=yes")
zh("域名目前没有备案", P)
zh("域名还没开始备案", P)

# ---------------- provider_change = transfer ----------------
P = "provider_change=transfer"
en("we want to move our ICP filing from Tencent Cloud to Alibaba Cloud", P)
en("migrating everything off Huawei cloud to aliyun, including the filing", P)
en("planning to transfer the filing to alibaba cloud and drop our old provider", P)
en("our icp filing should be moved over from West.cn to Alibaba", P)
en("switching our ICP access provider to Alibaba Cloud completely, the old one goes away", P)
en("want the filing transferred to alibaba, not keeping the old host", P)
en("our company and our domain are both filed with Baidu Cloud, and we're moving that filing over to Alibaba Cloud", P + " subject_filed=yes subject_filing_provider=other domain_filed=yes")
en("leaving UCloud and taking our ICP filing to Alibaba", P)
en("we need to tranfer our beian from the previous provider to alibaba cloud", P)
en("the plan is to switch the filing provider from tencent to ali, fully", P)
zh("想把备案从腾讯云转到阿里云", P)
zh("备案要迁到阿里云，原来的接入商不用了", P)
zh("主体和域名都是在华为云备的案，准备整个转入阿里云", P + " subject_filed=yes subject_filing_provider=other domain_filed=yes")
zh("把原来西部数码的备案转过来阿里云", P)
zh("整体迁移到阿里云，备案也一起转", P)
zh("换接入商，从百度云换成阿里云", P)
zh("原来的服务商不续了，备案转到阿里云", P)
zh("要做备案转入，转到阿里云这边", P)

# ---------------- provider_change = add ----------------
P = "provider_change=add"
en("we'll keep Tencent Cloud and add Alibaba Cloud as a second filing provider", P)
en("want to add alibaba as an additional ICP provider for the site, not replacing the old one", P)
en("keeping our current access provider and adding Alibaba Cloud alongside", P)
en("our site will be served from both huawei and alibaba, so we're adding ali as a new filing provider", P)
en("traffic will be split between our Qiniu servers and Alibaba, so aliyun has to come in as an extra access provider while Qiniu stays", P)
en("not moving away from Tencent - just adding aliyun on top as a filing provider", P)
en("the filing stays at our old host, and we're adding Alibaba as another provider", P)
en("we need alibaba cloud added as an extra ICP access provider", P)
en("multi-cloud setup: keep JD Cloud, add Alibaba Cloud as a provider too", P)
en("add, not transfer: alibaba becomes a second provider for our website", P)
zh("腾讯云继续用，再加阿里云做接入商", P)
zh("保留原接入商，新增阿里云接入", P)
zh("想给网站加一个阿里云的接入，不是转移", P)
zh("华为云那边不动，阿里云也要接入", P)
zh("双接入：原来的接入商加上阿里云", P)
zh("不换接入商，只是多加一个阿里云", P)
zh("网站要同时用阿里云，把阿里云添加为新的接入商", P)
zh("原服务商保留，阿里云作为新增的备案接入商", P)

# ---------------- provider_change = none ----------------
P = "provider_change=none"
en("we're not moving the filing, and not adding alibaba either", P)
en("no ICP provider change at all, just asking", P)
en("staying with our current filing provider: no transfer, no adding", P)
en("not transferring anything to alibaba cloud nor adding it as a provider", P)
en("our filing stays exactly where it is, no changes to providers", P)
en("neither transfer nor add - the filing provider setup stays as is", P)
en("we have no plans to switch or add ICP providers", P)
en("i don't want to bring alibaba in as a filing provider in any way", P)
en("filing provider: unchanged. we're not touching that", P)
en("no transfer to alibaba, and no, we're not adding them as a second provider", P)
zh("不转备案，也不加接入商", P)
zh("备案接入商不变", P)
zh("不打算把备案转到阿里云，也不新增阿里云接入", P)
zh("备案还是放原来那边，接入商不动", P)
zh("没有换备案接入商的计划，也不加", P)
zh("既不转入也不新增接入", P)
zh("接入商这块不调整", P)
zh("不迁移备案，也不多加服务商", P)

# ---------------- subject_filing_provider = alibaba ----------------
P = "subject_filing_provider=alibaba subject_filed=yes"
en("we did the company-level beian on aliyun when we launched our first site", P)
en("subject filing done on aliyun", P)
en("the entity went through ICP filing on the alibaba cloud platform", P)
en("we filed the company as a subject via Alibaba Cloud back in 2021", P)
en("the subject's ICP is with alibaba, not any other provider", P)
en("my personal subject was filed through alibaba cloud's ICP system", P)
en("company subject: filed with Alibaba", P)
en("our organization's ICP filing was processed by Alibaba Cloud", P)
en("the filing subject (our LLC) has an alibaba cloud filing", P)
en("subject already filed on ali, we did it together with the old website", P)
zh("主体在阿里云备案过", P)
zh("我们公司主体是通过阿里云备的案", P)
zh("个人主体在阿里云备案了", P)
zh("主体备案接入商是阿里云", P)
zh("主体已在阿里云完成备案", P)
zh("主体是阿里云那边备的，不是别家", P)
zh("公司当初在阿里云备了主体", P)
zh("我们的备案主体在阿里云", P)

# ---------------- subject_filing_provider = other ----------------
P = "subject_filing_provider=other subject_filed=yes"
en("Tencent Cloud handled our company's subject filing back when we were still their customer", P)
en("subject filing done at Huawei Cloud, not Alibaba", P)
en("the entity got filed through another provider (West.cn)", P)
en("our subject's ICP filing is with a different provider, not alibaba", P)
en("company was filed via Baidu AI Cloud", P)
en("the subject filing was done through our previous host, China Mobile Cloud", P)
en("my personal subject is filed at Xinnet", P)
en("subject filed elsewhere - UCloud", P)
en("the filing subject was registered through tencent's beian system", P)
en("we filed the company as subject on JD Cloud years ago", P)
zh("主体在腾讯云备案的", P)
zh("主体是华为云备的案", P)
zh("公司主体是别的服务商备案的", P)
zh("主体备案接入商是西部数码，不是阿里云", P)
zh("个人主体在新网备案过", P)
zh("主体之前在百度智能云备案", P)
zh("主体备案是其他接入商做的", P)
zh("主体在天翼云有备案", P)

# ---------------- subject_filing_provider = none ----------------
P = "subject_filing_provider=none subject_filed=no"
en("our subject is not filed with any provider at all", P)
en("nobody - no provider has ever filed our company", P)
en("the entity has no filing with alibaba or any other host", P)
en("we haven't filed the subject with any ICP provider", P)
en("no filing provider for our subject, it was never filed", P)
en("the company isn't filed at alibaba, tencent or anywhere", P)
en("subject filing provider? none, we never did it", P)
en("my personal subject was never filed with any cloud", P)
en("the filing subject has no record with any service provider", P)
en("our organization hasn't got a filing at any provider yet", P)
zh("主体没有在任何接入商备案", P)
zh("主体哪都没备过", P)
zh("阿里云、腾讯云都没备过主体，别家也没有", P)
zh("公司主体一直没备案，没有接入商", P)
zh("主体在所有服务商都没有备案记录", P)
zh("个人主体没在任何地方备案", P)
zh("主体备案？没有，哪家都没做", P)
zh("主体还没有任何服务商的备案", P)

# ---------------- new_website_on_ecs = yes ----------------
P = "new_website_on_ecs=yes purchased_ecs=yes"
en("we're launching a new website with a new domain on our ECS", P)
en("new site, new domain, going on the ECS we bought", P)
en("gonna host our second website (fresh domain) on an ECS instance we have", P)
en("the new domain's site will be deployed on our ECS", P)
en("we opened a second restaurant brand, registered a new domain for it, and its site will run on our ECS", P)
en("new website domain, hosted on our alibaba ECS", P)
en("company was filed with Tencent before; now a new site with a new domain goes on our Alibaba ECS", P + " subject_filed=yes subject_filing_provider=other")
en("another new site on the same ECS - new domain name", P)
en("new web domain, and yes it's on our ECS, not elsewhere", P)
en("buying ECS now for a new website under a new domain", P)
zh("新网站，新域名，放在我们ECS上", P)
zh("要在ECS上搭一个新站，域名是新的", P)
zh("新域名的网站部署到我们的ECS", P)
zh("第二个网站也放ECS，用新域名", P)
zh("主体在腾讯云备过，现在新网站要放阿里云ECS", P + " subject_filed=yes subject_filing_provider=other")
zh("刚买了ECS，打算用新注册的域名做个新网站放上去", P)
zh("新开的站点托管在我们ECS上，新域名", P)
zh("新网站（新域名）跑在我们的ECS实例上", P)

# ---------------- new_website_on_ecs = no ----------------
P = "new_website_on_ecs=no"
en("the new website won't be on ECS, it's going on Netlify", P)
en("new site will be hosted on GitHub Pages, not ECS", P)
en("the new domain's site sits on a Tencent Cloud server, not alibaba ECS", P)
en("we have ECS, but the new website is going to a virtual host elsewhere", P + " purchased_ecs=yes")
en("new website hosted on our office server, no ECS involved", P)
en("we're not hosting the new site on ECS", P)
en("the new domain's site lives on Vercel", P)
en("new website: on a shared host from West.cn, not on an ECS instance", P)
en("our ECS runs the old site; the new one goes to Cloudflare Pages", P + " purchased_ecs=yes")
en("no ECS for the new website", P)
zh("新网站不放ECS上", P)
zh("新站用的是虚拟主机，不是ECS", P)
zh("新域名网站放在GitHub Pages", P)
zh("ECS有，但是新网站不放上面", P + " purchased_ecs=yes")
zh("新网站部署在腾讯云轻量，不是ECS", P)
zh("新站托管在Vercel，不用ECS", P)
zh("新网站放在公司自己机房", P)
zh("新开的网站不跑在ECS实例上", P)

# ---------------- has_alibaba_icp_number = yes ----------------
P = "has_alibaba_icp_number=yes"
en("our website has an ICP number from Alibaba Cloud", P)
en("site's beian number was issued through aliyun", P)
en("the website already holds an alibaba cloud ICP filing number", P)
en("we got our site's ICP number via Alibaba Cloud's filing", P)
en("our site has an Alibaba-filed ICP number (浙ICP备...)", P)
en("our site's filing number is on alibaba cloud", P)
en("the site is already filed in Alibaba Cloud and has its number", P)
en("yes, the website's icp number is with alibaba", P)
en("we have an alibaba ICP number for the site", P)
en("website's ICP filing number came from alibaba cloud, it's in the footer", P)
zh("网站在阿里云有备案号", P)
zh("网站备案号是阿里云备的", P)
zh("我们站点已经有阿里云的ICP备案号", P)
zh("网站ICP号是通过阿里云拿的", P)
zh("网站在阿里云备案了，有号", P)
zh("网站底部那个备案号就是阿里云备的", P)
zh("网站备案号是阿里云备的，现在公司搬家了，地址要改", P + " modify_info=yes")
zh("站点有阿里云的备案号", P)

# ---------------- has_alibaba_icp_number = no ----------------
P = "has_alibaba_icp_number=no"
en("our website's ICP number is from Tencent Cloud, not Alibaba", P)
en("the site doesn't have an alibaba ICP number", P)
en("the website was filed through Huawei, so no alibaba number", P)
en("no ICP number in Alibaba Cloud for our site", P)
en("our site's number was issued via West.cn's filing, not aliyun", P)
en("site has no alibaba cloud filing number", P)
en("the website's filing isn't in alibaba cloud", P)
en("we don't have an Alibaba Cloud ICP number for this site", P)
en("the site's icp number came from our old provider, not alibaba", P)
en("alibaba has no icp number on record for our website", P)
zh("网站备案号不是阿里云的，是腾讯云的", P)
zh("网站在阿里云没有备案号", P)
zh("网站备案号是华为云那边的", P)
zh("我们网站没有阿里云的ICP号", P)
zh("站点备案不在阿里云", P)
zh("网站的备案号是西部数码给的，不是阿里云", P)
zh("阿里云这边没有我们网站的备案号", P)
zh("网站没在阿里云备过案，没有那边的号", P)

# ---------------- modify_info = yes ----------------
P = "modify_info=yes"
en("need to update the contact phone of the person in charge on our filing", P)
en("we rebranded and the company's registered name changed, so the info on our filing has to be updated", P)
en("want to change the website name in our ICP filing", P)
en("our office address moved, need to update the subject's address on the filing", P)
en("our site got its ICP number through Alibaba Cloud, and now the person in charge left so we need to swap their details on the filing", P + " has_alibaba_icp_number=yes")
en("want to edit the site description on the filing", P)
en("legal representative changed, so the subject info on our filing needs modification", P)
en("need to update the email of the website contact in our filing records", P)
en("we want to change the filing info about the site's service content", P)
en("we need to modify some info about our filing subject", P)
zh("要改一下备案的负责人手机号", P)
zh("公司改名了，要变更主体信息", P)
zh("想修改备案里的网站名称", P)
zh("办公地址变了，备案信息要改", P)
zh("网站负责人换人了，备案信息要更新", P)
zh("法人变了，主体信息需要修改", P)
zh("想改一下备案里的网站内容说明", P)
zh("负责人离职了，备案上的邮箱和电话都要换", P)

# ---------------- modify_info = no ----------------
P = "modify_info=no"
en("nothing in our filing info needs to change", P)
en("don't want to modify subject or website info", P)
en("the filing details are all still correct, no edits", P)
en("no changes to the filing subject or website information", P)
en("we're not updating any of the registered filing info", P)
en("info on the filing is fine as is", P)
en("not looking to modify anything in our filing", P)
en("subject info & website info on the filing: unchanged", P)
en("no modifications needed to our ICP details", P)
en("all the filing data is accurate, we don't want to change it", P)
zh("备案信息不需要改", P)
zh("主体和网站信息都不改", P)
zh("备案资料都对，不用修改", P)
zh("不打算变更备案信息", P)
zh("备案信息没变化，不改", P)
zh("备案内容保持不变", P)
zh("没有要修改的备案信息", P)
zh("网站和主体的备案信息都不动", P)

# ---------------- decoys (facts: {}) ----------------
D = []
def den(t): D.append(("en", t))
def dzh(t): D.append(("zh", t))
den("the FAQ says if you don't buy ECS you don't need an Alibaba Cloud ICP filing, is that still how it works?")
den("what counts as Mainland China for ICP purposes? is Hong Kong included?")
den("my friend's domain points to a server in Shenzhen and he got a warning about filing")
den("what exactly is a 'filing subject'?")
den("a coworker is transferring his filing from Tencent to Alibaba, how long did that take for you guys?")
den("what's the difference between a top-level domain and a second-level domain?")
den("does 'web service' include APIs or only websites?")
den("someone in this group said their ECS in Hangzhou is only reached by IP, is that common?")
den("the doc mentions changing the ICP filing when info changes - which info counts?")
den("what does 'add Alibaba Cloud as a new ICP filing provider' actually mean?")
den("my client's company was filed with Huawei Cloud years ago and they keep asking me about ICP stuff")
den("what is an ICP number and where is it usually shown?")
den("how do I check whether a domain has been filed?")
den("the FAQ says second-level domains under an Alibaba-filed top-level domain don't need filing, right?")
den("my brother bought an ECS last week and says he's going to host a new site on it")
dzh("FAQ里说没买ECS就不需要阿里云备案，是这个意思吗？")
dzh("香港算不算大陆节点？")
dzh("我朋友的域名解析到上海的服务器，他说要备案")
dzh("备案主体是什么意思？")
dzh("同事说他们公司把备案从腾讯云转到阿里云了")
dzh("顶级域名和二级域名怎么区分？")
dzh("web服务包括API接口吗？")
dzh("群里有人说ECS只用IP访问不用备案")
dzh("什么情况下需要变更备案？")
dzh("接入商是什么意思")
dzh("客户的网站在阿里云有备案号，他想改网站名称，让我帮忙问问")
dzh("备案号一般放在网页哪里？")
dzh("怎么查一个域名有没有备案？")
dzh("文档说主域名在阿里云备过案，二级域名就不用再备")
dzh("我表哥买了台ECS，准备放新网站")

# ---------------- checks + output ----------------
def contract_facts():
    facts = {}
    for line in CONTRACT.read_text().splitlines():
        m = re.match(r"\|\s*([a-z_]+)\s*\|\s*([a-z]+(?:\s*/\s*[a-z]+)+)\s*\|", line)
        if m:
            facts[m.group(1)] = [v.strip() for v in m.group(2).split("/")]
    return facts

def main():
    cf = contract_facts()
    assert len(cf) == 12, cf
    rows, groups, texts, ecs_unowned = [], collections.Counter(), set(), []
    for lang, text, labels in S:
        facts = {}
        for i, lv in enumerate(labels.split()):
            k, v = lv.split("=")
            assert k in cf and v in cf[k], (text, lv)
            assert k not in facts, (text, k)
            facts[k] = v
            if i == 0:
                groups[(k, v, lang)] += 1
        # labelling rules
        sf, sp = facts.get("subject_filed"), facts.get("subject_filing_provider")
        if sp is not None:
            assert sf == ("no" if sp == "none" else "yes"), text
        if sf == "no":
            assert sp == "none", text
        if re.search(r"\becs\b|ECS", text, re.I) and "purchased_ecs" not in facts:
            ecs_unowned.append(text)  # reviewed by hand: ECS named only as "not on ECS", no ownership stated
        assert text not in texts, text
        texts.add(text)
        rows.append({"text": text, "lang": lang, "facts": facts})
    for lang, text in D:
        assert text not in texts, text
        texts.add(text)
        rows.append({"text": text, "lang": lang, "facts": {}})
    for k, vals in cf.items():
        for v in vals:
            assert groups[(k, v, "en")] == 10, (k, v, groups[(k, v, "en")])
            assert groups[(k, v, "zh")] == 8, (k, v, groups[(k, v, "zh")])
    assert sum(1 for l, _ in D if l == "en") == 15 and sum(1 for l, _ in D if l == "zh") == 15
    out = HERE / "statements.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-parse
    n = 0
    for line in out.read_text(encoding="utf-8").splitlines():
        o = json.loads(line); n += 1
        assert set(o) == {"text", "lang", "facts"} and o["lang"] in ("en", "zh")
    total = collections.Counter()
    for r in rows:
        for k, v in r["facts"].items():
            total[(k, v)] += 1
    print(f"{len(ecs_unowned)} statements name ECS without stating the user owns one (hand-reviewed, no purchased_ecs label)")
    print(f"wrote {out}: {n} lines ({len(S)} fact statements, {len(D)} decoys)")
    print("statements listing each value (incl. secondary labels):")
    for k, vals in cf.items():
        print("  " + k + ": " + ", ".join(f"{v}={total[(k, v)]}" for v in vals))

if __name__ == "__main__":
    main()
