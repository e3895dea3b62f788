# Hand-written questions for the Apache Seata FAQ (faq/faq.md).
# Written from the FAQ text alone. Section ids are the explicit <h3 id='N'>
# anchors listed in sections.txt ("1" ... "50").
# 50 sections, 60 in-scope questions: every section has one question and the
# ten sections 1, 4, 7, 20, 24, 26, 32, 36, 42 and 48 have a second one.

IN_SCOPE = [
    # 1  production use
    ("is seata actually ok for production or is it still kind of experimental? my lead wants to know before we ship the order service with it", "1"),
    ("since which version can seata be used in prod? and is there somewhere a list of companies that run it", "1"),
    # 2  high availability
    ("Can the transaction coordinator run as several nodes so that if one seata-server dies the others keep going? we need HA", "2"),
    # 3  undo_log log_status = 1
    ("what are those rows in undo_log with log_status=1 ? they look like junk, nobody wrote them from our code", "3"),
    # 4  isolation
    ("another service reads data that our branch already committed in phase one, then the global tx rolls back and the reader has seen wrong values. how do i prevent these dirty reads with seata", "4"),
    ("for a plain query method that is not itself a distributed tx, should i use @GlobalLock + select for update or just put @GlobalTransactional on it? i only want to not read uncommited global data", "4"),
    # 5  rollback failed because of dirty data
    ("Rollback of a branch keeps failing, seata says the data is dirty (after image does not match). What am I supposed to do with this record now, can i just remove the undo entry?", "5"),
    # 6  branch registered when global status is not Begin
    ("getting \"Could not register branch into global session ... status = Rollbacking while expecting Begin\" from TC. service B is called asynchronously from A, is this a bug in seata?", "6"),
    # 7  Nacos config center, client cannot find the server
    ("app startup fails with FrameworkException: can not register RM,err:can not connect to services-server. we use nacos for both config and registry, seata server is running", "7"),
    ("nacos namespace for seata: should registry.nacos.namespace be \"public\" or empty? client does not find the tc service in nacos and I dont know what to put", "7"),
    # 8  Eureka properties on the TC side
    ("we run seata-server with eureka as registry in HA. how can i change eureka lease renewal interval / expiration duration on the server side?", "8"),
    # 9  Jackson TypeSerializer.typeId NoSuchMethodError
    ("NoSuchMethodError com.fasterxml.jackson.databind.jsontype.TypeSerializer.typeId when the undo log is written. which jackson version does seata want?", "9"),
    # 10 mybatis generated id
    ("since i added seata my mybatis insert does not give back the auto increment id anymore, the id field stays null", "10"),
    # 11 io.seata.codec.protobuf.generated missing
    ("cloned seata repo and server wont run from IDE: package io.seata.codec.protobuf.generated does not exist. what did i miss", "11"),
    # 12 JDBC drivers for the TC
    ("where do i drop the oracle jdbc jar for seata-server 2.5 when store mode is db? and which property says the driver class", "12"),
    # 13 composite primary keys
    ("our business table has a primary key made of two columns. is that supported by seata on postgres or do I have to change the table?", "13"),
    # 14 HikariDataSource ClassCastException
    ("ClassCastException: com.sun.proxy.$Proxy153 cannot be cast to com.zaxxer.hikari.HikariDataSource right after turning on the seata datasource proxy", "14"),
    # 15 application.properties instead of .conf files
    ("can I get rid of registry.conf and file.conf and just put the seata settings into my spring boot application.properties?", "15"),
    # 16 packaging seata-server after changing the source
    ("I patched something in seata server code. How do I build the server distribution package again, which maven command and profile?", "16"),
    # 17 supported RPC frameworks
    ("does seata work with grpc or motan or only with dubbo and spring cloud?", "17"),
    # 18 druid SQLSelect NoSuchMethodError
    ("sql parsing blows up: java.lang.NoSuchMethodError ... druid ... SQLSelect.getFirstQueueBlock. we use druid 1.0.x", "18"),
    # 19 apache-dubbo 2.7.0
    ("apache dubbo 2.7.0 + seata gives NoSuchMethodError on com.alibaba.dubbo.rpc.Invoker.invoke. do i have to switch to alibaba dubbo??", "19"),
    # 20 AT mode precautions
    ("what do i need to check before using AT mode? like data source proxy, undo_log table, primary keys... is there a checklist", "20"),
    ("which databases can i use with AT mode? we have mysql and tidb, maybe sql server later", "20"),
    # 21 Windows line endings in the config sync script
    ("ran the config push script from git bash on windows and now every property in nacos has an extra \\r at the end / a blank line. how to clean that", "21"),
    # 22 @Transactional together with @GlobalTransactional
    ("can spring @Transactional be on the outer method and @GlobalTransactional on an inner one? where is it allowed to put the local transaction annotation", "22"),
    # 23 Spring Boot 1.5 and Jackson
    ("old spring boot 1.5.x project: NoClassDefFoundError: Could not initialize class com.fasterxml.jackson.databind.ObjectMapper after adding seata, upgrading jackson breaks spring", "23"),
    # 24 xid not propagated over Spring Cloud / HTTP
    ("the xid is not passed to the downstream service over feign, RootContext.getXID() is null in the called service. spring cloud app", "24"),
    ("We dont use spring cloud, services talk plain http with httpclient. how do we carry the global transaction id along with the request?", "24"),
    # 25 undo_log not deleted with mybatis-plus dynamic datasource
    ("using dynamic-datasource-spring-boot-starter (mybatis plus) together with seata and the undo_log rows are never removed after commit", "25"),
    # 26 could not found global transaction xid
    ("log says Could not found global transaction xid = 192.168.x.x:8091:123, may be has finished. what does it mean and is my data ok?", "26"),
    ("service B is slow and hits readTimeout, A gets the exception, and afterwards B still writes to db and seata complains the global transaction is gone. is data consistent in the end?", "26"),
    # 27 exceptionCaught() warning in the TC log
    ("tc log full of 'An exceptionCaught() event was fired, and it reached at the tail of the pipeline' warnings. i think its the load balancer health check? should I worry", "27"),
    # 28 auto update timestamp column
    ("our mysql table has a column with ON UPDATE CURRENT_TIMESTAMP and now global rollback fails because the image check does not match", "28"),
    # 29 timeout rollback earlier than the global timeout
    ("global tx timeout is 60s but TC marks it TimeoutRollbacking after a few seconds only. could it be time zone of the tc database?", "29"),
    # 30 sharding / split table solutions
    ("can I combine seata with sharding for split databases and tables? which sharding solution works", "30"),
    # 31 registered address restrictions
    ("seata server registers itself as 127.0.0.1 in the registry so clients on other hosts cant reach it. how do i set the ip it publishes?", "31"),
    # 32 CMSParallelRemarkEnabled
    ("seata-server.sh won't start: Unrecognized VM option 'CMSParallelRemarkEnabled' ... Could not create the Java Virtual Machine", "32"),
    ("server does not boot on jdk 17, something about the CMS garbage collector flags in the start script. downgrade java or edit the script?", "32"),
    # 33 scope of SQL support
    ("which sql statements can seata handle in AT mode? is there a list of restrictions somewhere", "33"),
    # 34 JDK version requirements
    ("what jdk does the seata client support? is java 21 officially fine or only 8", "34"),
    # 35 Oracle NUMBER longer than 19 digits
    ("oracle column NUMBER(22) mapped to Long in the entity, seata cannot read the row so undo_log is not inserted and rollback is impossible", "35"),
    # 36 LockConflictException get global lock fail
    ("under load test we get io.seata.rm.datasource.exec.LockConflictException: get global lock fail on the stock table. how to deal", "36"),
    ("how can i tune how often and how many times seata retries to take the global lock? annotation or properties?", "36"),
    # 37 ByteBuffer.flip() on JDK 8
    ("NoSuchMethodError java.nio.ByteBuffer.flip()Ljava/nio/ByteBuffer; our app runs java 8, i built seata myself from source before", "37"),
    # 38 Apple M1 protoc
    ("mvn install on my macbook M1 fails, cannot download com.google.protobuf:protoc:exe for osx-aarch_64. any workaround", "38"),
    # 39 LocalDateTime on rollback (1.4.2 and older)
    ("rollback fails with Cannot construct instance of java.time.LocalDateTime, we are on seata 1.4.2 and mysql driver 8.0", "39"),
    # 40 DB as storage mode of the server
    ("anything special when seata-server stores sessions in mysql? can the store db sit behind read/write splitting, and which table script do i use", "40"),
    # 41 Oracle timestamp column
    ("oracle TIMESTAMP field in a table and rollback does not work on it. is there a plugin for this?", "41"),
    # 42 transaction not rolled back after an exception
    ("exception is thrown in the downstream service but nothing gets rolled back. btw we have a global exception handler (@ControllerAdvice) in that service", "42"),
    ("How can I tell if my data source is really proxied by seata? in AT mode the branch just doesnt roll back, where to put a breakpoint", "42"),
    # 43 @FeignClient url + Load balancer error
    ("after adding seata + sleuth/zipkin, @FeignClient(url=\"http://...\") is ignored and I get Load balancer does not have available server for client", "43"),
    # 44 pk contains illegal character
    ("update fails with 'pk contains illegal character!' what is illegal in my primary key?", "44"),
    # 45 namingserver / console and JDK 25
    ("building seata from source with jdk 17 and the namingserver and console modules are simply skipped. why do they need jdk 25?", "45"),
    # 46 LockWaitTimeoutException and table name case
    ("LockWaitTimeoutException when the same global tx locks a row again, table names come back in different letter case. we have useOldAliasMetadataBehavior=true in the jdbc url", "46"),
    # 47 json-common
    ("what is this json-common module that appeared in seata 2.7, what is it for?", "47"),
    # 48 switching JSON library after 2.7
    ("upgrading to 2.7 — am i forced to move to fastjson2 or jackson3 now?", "48"),
    ("how to set the seata json serializer to fastjson2 in spring boot yaml? and does the old tcc.contextJsonParserType still work", "48"),
    # 49 JSON deserialization allowlist
    ("after upgrading: Class not in JSON deserialization allowlist, happens with my custom class in the TCC context. how do I allow it, package prefix possible?", "49"),
    # 50 when to use jackson3
    ("we still have some services on jdk 11. is it a good idea to turn on jackson3 in seata?", "50"),
]

OUT_OF_SCOPE = [
    "how do i deploy seata-server on kubernetes with the official helm chart, what values for 3 replicas?",
    "whats the difference between saga mode and TCC mode, when should i write a saga state machine json?",
    "can I enable TLS between the seata client and the TC server? need encrypted traffic for audit",
    "what is the default username and password for the seata console web ui",
    "does seata-server expose prometheus metrics? how to scrape the tc",
    "how to set up raft mode with 3 seata-server nodes, which ports need to be open between them",
    "is there a Go client for seata? our new services are written in golang",
    "redis store mode for seata server: how to configure it with redis sentinel?",
    "seata or rocketmq transactional messages for order + inventory, which one should we pick?",
    "how many worker threads should the TC have for about 5000 tps? any sizing guide",
    "we register seata-server in consul with ACLs enabled, where do I put the consul acl token?",
    "how do I switch one service from AT mode to XA mode, which property or annotation?",
    "what licence is seata under, can we use it in a commercial closed source product?",
    "whats the best way to descale an electric kettle, vinegar or citric acid?",
    "how can i digitize old 35mm film negatives at home without a scanner",
]
