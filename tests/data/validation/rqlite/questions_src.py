"""Hand-written questions for the rqlite FAQ blind set (faq/FAQ.md).

Written from the FAQ text alone, without seeing the bot under test.
IN_SCOPE: (question, section id) pairs, 60 in all: 2 or 3 per section,
every one of the 24 sections covered (12 sections have a third question).
OUT_OF_SCOPE: 15 questions about rqlite that no FAQ section answers.
"""

IN_SCOPE = [
    # what-exactly-does-rqlite-do
    ("ok total newbie q, what is rqlite actually for? like what problem does it solve",
     "what-exactly-does-rqlite-do"),
    ("so is rqlite basically sqlite copied across a few machines so i dont lose data when a box dies? "
     "trying to understand where the leader thing fits in",
     "what-exactly-does-rqlite-do"),
    ("can someone explain in plain words what this project does, the readme lost me at raft",
     "what-exactly-does-rqlite-do"),

    # why-would-i-use-this-versus-some-other-distributed-database
    ("why pick rqlite over something like cockroach or postgres with replication? whats the selling point",
     "why-would-i-use-this-versus-some-other-distributed-database"),
    ("We're comparing HA databases for a small internal tool. Team is 2 people and nobody wants to babysit "
     "a big cluster with ten moving parts. What makes rqlite a better fit than the heavyweight options?",
     "why-would-i-use-this-versus-some-other-distributed-database"),
    ("whats the advantage of this compared to the other distributed dbs out there",
     "why-would-i-use-this-versus-some-other-distributed-database"),

    # how-do-i-access-the-database
    ("how do i actually talk to rqlite from my app? is there a driver or do i just hit it with curl",
     "how-do-i-access-the-database"),
    ("is there some kind of shell I can use to poke at the data interactively?",
     "how-do-i-access-the-database"),
    ("just got rqlited running on my laptop, now what, how do i run queries against it",
     "how-do-i-access-the-database"),

    # is-it-a-drop-in-replacement-for-sqlite
    ("can i just swap my sqlite3 lib for rqlite and keep my code as is?",
     "is-it-a-drop-in-replacement-for-sqlite"),
    ("We have an app that talks to SQLite through an ORM. If I point it at rqlite instead, will "
     "everything keep working without code changes?",
     "is-it-a-drop-in-replacement-for-sqlite"),
    ("does rqlite work as a 1:1 substitute for plain sqlite or do i have to rewrite stuff",
     "is-it-a-drop-in-replacement-for-sqlite"),

    # can-any-node-execute-a-write-request-and-have-the-system-synchronize-it-all
    ("do my INSERTs have to go to the leader or can I fire them at whichever node is closest",
     "can-any-node-execute-a-write-request-and-have-the-system-synchronize-it-all"),
    ("load balancer question: if my LB round-robins POSTs across all 3 nodes, will the writes that land "
     "on a follower still get applied?",
     "can-any-node-execute-a-write-request-and-have-the-system-synchronize-it-all"),
    ("i sent an update to node2 which isnt the leader and it still worked?? does the follower just pass it on or what",
     "can-any-node-execute-a-write-request-and-have-the-system-synchronize-it-all"),

    # can-i-send-a-read-request-to-any-node-in-the-cluster
    ("can SELECT queries be answered by followers or does every query need to hit the leader",
     "can-i-send-a-read-request-to-any-node-in-the-cluster"),
    ("is it ok to spread my query traffic over every node in the cluster, or only one?",
     "can-i-send-a-read-request-to-any-node-in-the-cluster"),

    # rqlite-is-distributed-does-that-mean-it-can-increase-sqlite-performance
    ("will adding more nodes make my db faster? hoping to scale out write throughput",
     "rqlite-is-distributed-does-that-mean-it-can-increase-sqlite-performance"),
    ("I assumed 3 nodes would mean roughly 3x the speed, but my inserts are actually slower than plain "
     "sqlite on a single box. Is that expected??",
     "rqlite-is-distributed-does-that-mean-it-can-increase-sqlite-performance"),
    ("does running it as a cluster give better perf than a lone sqlite file",
     "rqlite-is-distributed-does-that-mean-it-can-increase-sqlite-performance"),

    # what-is-the-best-way-to-increase-rqlite-performance
    ("writes are kinda sluggish for us, whats the recommended way to speed rqlite up",
     "what-is-the-best-way-to-increase-rqlite-performance"),
    ("any tips to make it go faster? we're on cheap VPSes with spinning disks and the nodes are in "
     "different regions, latency between them is like 80ms",
     "what-is-the-best-way-to-increase-rqlite-performance"),
    ("how do i tune rqlite for more throughput",
     "what-is-the-best-way-to-increase-rqlite-performance"),

    # where-does-rqlite-fit-into-the-cap-theorem
    ("is rqlite CP or AP",
     "where-does-rqlite-fit-into-the-cap-theorem"),
    ("if the network splits my cluster in two, which half keeps accepting writes? does it favour "
     "consistency or availability",
     "where-does-rqlite-fit-into-the-cap-theorem"),

    # does-rqlite-require-consensus-be-reached-before-a-write-is-accepted
    ("when i get a 200 back on an insert, has a majority of nodes already agreed on it, or is replication async?",
     "does-rqlite-require-consensus-be-reached-before-a-write-is-accepted"),
    ("does every write wait for a quorum to ack it? wondering how much latency that adds",
     "does-rqlite-require-consensus-be-reached-before-a-write-is-accepted"),

    # how-does-a-client-detect-a-cluster-partition
    ("my client got back an error saying `no leader` from one node, what does that mean",
     "how-does-a-client-detect-a-cluster-partition"),
    ("how would my app even know the cluster got split? like what does the client side see",
     "how-does-a-client-detect-a-cluster-partition"),
    ("After a network blip between our two datacenters, requests to one of the nodes just hang and "
     "eventually time out. Is that how a split shows up to clients?",
     "how-does-a-client-detect-a-cluster-partition"),

    # can-i-run-a-single-node
    ("is a one node setup supported? i just want sqlite over http for a side project",
     "can-i-run-a-single-node"),
    ("do i need 3 machines minimum or can i get away with one instance",
     "can-i-run-a-single-node"),
    ("i only have a single server, is it pointless to use rqlite then?",
     "can-i-run-a-single-node"),

    # what-is-the-maximum-size-of-a-cluster
    ("how many nodes can i put in one cluster before it gets silly",
     "what-is-the-maximum-size-of-a-cluster"),
    ("planning a 15 node setup where every node votes, is there an upper limit?",
     "what-is-the-maximum-size-of-a-cluster"),

    # is-rqlite-a-good-match-for-a-network-of-nodes-that-come-and-go----perhaps-thousands-of-them
    ("Thinking of running rqlite on a fleet of a few thousand IoT devices that drop offline all the "
     "time, with each device joining the cluster. Bad idea?",
     "is-rqlite-a-good-match-for-a-network-of-nodes-that-come-and-go----perhaps-thousands-of-them"),
    ("would it cope with members constantly joining and leaving, like autoscaled spot instances",
     "is-rqlite-a-good-match-for-a-network-of-nodes-that-come-and-go----perhaps-thousands-of-them"),

    # can-i-use-rqlite-to-broadcast-changes-to-lots-of-other-nodes----perhaps-hundreds----as-long-as-those-nodes-dont-write-data
    ("i want to push config updates out to ~300 edge boxes that only ever read it. can rqlite fan data out like that",
     "can-i-use-rqlite-to-broadcast-changes-to-lots-of-other-nodes----perhaps-hundreds----as-long-as-those-nodes-dont-write-data"),
    ("can i have a few hundred replicas that just receive the data and never write anything themselves?",
     "can-i-use-rqlite-to-broadcast-changes-to-lots-of-other-nodes----perhaps-hundreds----as-long-as-those-nodes-dont-write-data"),

    # what-if-read-only-nodes----or-clients-accessing-read-only-nodes----want-to-write-data-after-all
    ("what happens if one of my read-only edge nodes suddenly needs to save something?",
     "what-if-read-only-nodes----or-clients-accessing-read-only-nodes----want-to-write-data-after-all"),
    ("our non-voting replicas occasionaly need to insert a row, how is that supposed to work",
     "what-if-read-only-nodes----or-clients-accessing-read-only-nodes----want-to-write-data-after-all"),

    # does-rqlite-support-transactions
    ("can i do BEGIN ... COMMIT through the api",
     "does-rqlite-support-transactions"),
    ("is there any way to make a batch of statements all-or-nothing?",
     "does-rqlite-support-transactions"),
    ("wait ROLLBACK isnt supported?? i need atomic multi statement updates for a money transfer feature",
     "does-rqlite-support-transactions"),

    # can-i-modify-the-sqlite-file-directly
    ("can i just open the db file on a node with the sqlite3 cli and run an UPDATE to fix some bad rows",
     "can-i-modify-the-sqlite-file-directly"),
    ("quick hack gone wrong: I wrote to the underlying .db file with python's sqlite3 module on the "
     "leader and now things look weird. was that not allowed?",
     "can-i-modify-the-sqlite-file-directly"),
    ("can I edit the on-disk database behind rqlite's back or will that break stuff",
     "can-i-modify-the-sqlite-file-directly"),

    # can-i-read-the-sqlite-file-directly
    ("can my reporting scripts query the .db file on disk directly, read only, instead of going through http?",
     "can-i-read-the-sqlite-file-directly"),
    ("is it fine to open the underlying sqlite file just for analytics selects",
     "can-i-read-the-sqlite-file-directly"),

    # can-i-use-rqlite-to-replicate-my-sqlite-database-to-a-second-node
    ("i just want a hot standby copy of my existing sqlite db on another server, is rqlite the right tool for that",
     "can-i-use-rqlite-to-replicate-my-sqlite-database-to-a-second-node"),
    ("looking for something that mirrors an sqlite file over to a backup machine, does rqlite do that?",
     "can-i-use-rqlite-to-replicate-my-sqlite-database-to-a-second-node"),

    # is-the-underlying-serializable-isolation-level-of-sqlite-maintained
    ("what isolation level do i get? still serializable like sqlite?",
     "is-the-underlying-serializable-isolation-level-of-sqlite-maintained"),
    ("does clustering weaken sqlite's isolation guarantees at all",
     "is-the-underlying-serializable-isolation-level-of-sqlite-maintained"),

    # do-concurrent-writes-block-each-other
    ("if two clients insert at the exact same time does one have to wait for the other",
     "do-concurrent-writes-block-each-other"),
    ("Getting way lower throughput with 50 parallel writers than I expected. Are writes serialized "
     "somewhere under the hood?",
     "do-concurrent-writes-block-each-other"),
    ("do simultanious updates lock each other out",
     "do-concurrent-writes-block-each-other"),

    # do-concurrent-reads-block-each-other
    ("will a long running SELECT hold up other queries?",
     "do-concurrent-reads-block-each-other"),
    ("can lots of clients query at once without getting in each others way",
     "do-concurrent-reads-block-each-other"),

    # how-is-it-different-than-dqlite
    ("rqlite vs dqlite, whats the diff? the names are confusingly similar lol",
     "how-is-it-different-than-dqlite"),
    ("is rqlite built on top of canonical's dqlite library?",
     "how-is-it-different-than-dqlite"),
]

OUT_OF_SCOPE = [
    "how do i turn on https so clients and nodes talk over TLS",
    "is there user/password auth? i dont want anyone on the LAN able to drop my tables",
    "is there an official docker image and how do i run a 3 node cluster with compose",
    "whats the safe way to upgrade a running cluster from v6 to v7 without downtime?",
    "my foreign keys arent being enforced, ON DELETE CASCADE does nothing. how do i switch that on",
    "if i use RANDOM() or datetime('now') in an insert, does every node end up with a different value?",
    "can nodes discover each other automatically via consul or DNS instead of me passing -join addresses",
    "one of our nodes died for good, how do I kick it out of the cluster config?",
    "does it support FTS5 full text search",
    "is there a build for raspberry pi / arm64?",
    "can i load sqlite extensions like spatialite or sqlean",
    "where does rqlited write its logs and how do i make them more verbose",
    "is there a limit on how big the database itself can get? like would a 50GB dataset be ok",
    "how do i change the http port rqlite listens on, 4001 clashes with something else on my box",
    "how do I pass parameters in a query to avoid sql injection instead of building strings",
]
