"""Hand-written questions for the gRPC FAQ set (faq/faq.md).

Written from the FAQ text alone. IN_SCOPE: (question, section id);
OUT_OF_SCOPE: questions the FAQ does not answer (expect null).
"""

IN_SCOPE = [
    # what-is-grpc (3)
    ("my team lead keeps saying grpc, what actually is it in one sentence", "what-is-grpc"),
    ("whats grpc", "what-is-grpc"),
    ("is grpc some kind of framework for calling functions on another server or what", "what-is-grpc"),

    # what-does-grpc-stand-for (2)
    ("the g in grpc means google right?", "what-does-grpc-stand-for"),
    ("what is the full form of grpc acronym", "what-does-grpc-stand-for"),

    # why-would-i-want-to-use-grpc (3)
    ("in which situations it makes sense to pick grpc for a new system", "why-would-i-want-to-use-grpc"),
    ("what are the typical use cases grpc is good for", "why-would-i-want-to-use-grpc"),
    ("we build low latency microservices that must scale a lot, is that the kind of thing grpc is meant for", "why-would-i-want-to-use-grpc"),

    # whos-using-this-and-why (3)
    ("which companies run grpc in production", "whos-using-this-and-why"),
    ("is anybody big actually using this or only google", "whos-using-this-and-why"),
    ("is grpc part of cncf or owned by google", "whos-using-this-and-why"),

    # which-programming-languages-are-supported (3)
    ("can i use grpc from rust or kotlin, which languages are official", "which-programming-languages-are-supported"),
    ("list of languages and platforms grpc supports?", "which-programming-languages-are-supported"),
    ("our backend is c# and the workers are python, does grpc work for both", "which-programming-languages-are-supported"),

    # how-do-i-get-started-using-grpc (3)
    ("total beginner here, where do i begin with grpc", "how-do-i-get-started-using-grpc"),
    ("how to install grpc for the first time", "how-do-i-get-started-using-grpc"),
    ("is there a quickstart to get a hello world running", "how-do-i-get-started-using-grpc"),

    # which-license-is-grpc-under (3)
    ("can i use grpc in a closed source commercial product, what licence is it", "which-license-is-grpc-under"),
    ("is grpc gpl or apache?", "which-license-is-grpc-under"),
    ("legal department asks under what license the grpc libraries are distributed", "which-license-is-grpc-under"),

    # how-can-i-contribute (2)
    ("i fixed a bug in grpc and want to send a pull request, do i need to sign anything", "how-can-i-contribute"),
    ("how to get involved and help the grpc project", "how-can-i-contribute"),

    # where-is-the-documentation (2)
    ("where are the official docs", "where-is-the-documentation"),
    ("cant find the reference docs for grpc anywhere, where they are hosted", "where-is-the-documentation"),

    # what-is-the-road-map (2)
    ("what features are planned next for grpc", "what-is-the-road-map"),
    ("how does grpc decide and track new features, is there an rfc or proposal process", "what-is-the-road-map"),

    # how-long-are-grpc-releases-supported-for (3)
    ("is there an lts version of grpc we can stay on for years", "how-long-are-grpc-releases-supported-for"),
    ("we are two releases behind, do we still get security fixes", "how-long-are-grpc-releases-supported-for"),
    ("how many versions back do you still patch bugs", "how-long-are-grpc-releases-supported-for"),

    # what-is-the-grpc-versioning-policy (2)
    ("does grpc follow semver, where is the policy on version numbers", "what-is-the-grpc-versioning-policy"),
    ("how do grpc version numbers work, is there a written policy about breaking changes", "what-is-the-grpc-versioning-policy"),

    # what-is-the-latest-grpc-version (3)
    ("what is the newest grpc release right now", "what-is-the-latest-grpc-version"),
    ("which version number is current for grpc core", "what-is-the-latest-grpc-version"),
    ("current release tag?", "what-is-the-latest-grpc-version"),

    # when-do-grpc-releases-happen (3)
    ("how often do you ship a new grpc release", "when-do-grpc-releases-happen"),
    ("is there a release schedule, like every month or so?", "when-do-grpc-releases-happen"),
    ("is the master branch safe to build from or only tagged versions", "when-do-grpc-releases-happen"),

    # how-can-i-report-a-security-vulnerability-in-grpc (3)
    ("i think i found a cve in grpc, where do i disclose it privately", "how-can-i-report-a-security-vulnerability-in-grpc"),
    ("whats the process for reporting a security hole, should i just open a github issue?", "how-can-i-report-a-security-vulnerability-in-grpc"),
    ("responsible disclosure for grpc bugs that are exploitable", "how-can-i-report-a-security-vulnerability-in-grpc"),

    # can-i-use-it-in-the-browser (3)
    ("can my react frontend call a grpc service directly from javascript in the browser", "can-i-use-it-in-the-browser"),
    ("is grpc-web production ready or still beta", "can-i-use-it-in-the-browser"),
    ("grpc from a web page possible?", "can-i-use-it-in-the-browser"),

    # can-i-use-grpc-with-my-favorite-data-format-json-protobuf-thrift-xml- (3)
    ("do i have to use protobuf or can the messages be json", "can-i-use-grpc-with-my-favorite-data-format-json-protobuf-thrift-xml-"),
    ("we already have thrift schemas, can grpc carry those instead of proto", "can-i-use-grpc-with-my-favorite-data-format-json-protobuf-thrift-xml-"),
    ("flatbuffers with grpc works?", "can-i-use-grpc-with-my-favorite-data-format-json-protobuf-thrift-xml-"),

    # can-i-use-grpc-in-a-service-mesh (3)
    ("we run istio with envoy sidecars, will grpc services work inside it", "can-i-use-grpc-in-a-service-mesh"),
    ("is there a proxyless mode using xds so we dont need sidecars", "can-i-use-grpc-in-a-service-mesh"),
    ("grpc and service mesh compatible?", "can-i-use-grpc-in-a-service-mesh"),

    # how-does-grpc-help-in-mobile-application-development (3)
    ("why would i use grpc for an android and ios app talking to our backend", "how-does-grpc-help-in-mobile-application-development"),
    ("does grpc save battery and data on phones compared to normal http calls", "how-does-grpc-help-in-mobile-application-development"),
    ("benefits of grpc for mobile clients", "how-does-grpc-help-in-mobile-application-development"),

    # why-is-grpc-better-than-any-binary-blob-over-http2 (3)
    ("why not just send raw protobuf bytes over plain http2 myself, what grpc adds on top", "why-is-grpc-better-than-any-binary-blob-over-http2"),
    ("isnt grpc basically just binary data over http/2, why need the library", "why-is-grpc-better-than-any-binary-blob-over-http2"),
    ("what do i lose if i skip grpc and post serialized payloads over h2 with a normal http client", "why-is-grpc-better-than-any-binary-blob-over-http2"),

    # why-is-grpc-betterworse-than-rest (3)
    ("grpc vs rest, which one and why", "why-is-grpc-betterworse-than-rest"),
    ("why grpc dont use the usual rest style urls with ids in the path", "why-is-grpc-betterworse-than-rest"),
    ("does grpc use http status codes like a rest api does or its own errors", "why-is-grpc-betterworse-than-rest"),

    # how-do-you-pronounce-grpc (2)
    ("how do people say grpc out loud, like gurpc?", "how-do-you-pronounce-grpc"),
    ("correct pronunciation of grpc", "how-do-you-pronounce-grpc"),
]

OUT_OF_SCOPE = [
    "how do i set a deadline or timeout on a grpc call in go",
    "getting status UNAVAILABLE connection reset on idle channels, how to configure keepalive",
    "server says received message larger than max 4mb, how to raise the limit",
    "how to setup mutual tls with client certificates between two grpc services",
    "kubernetes only sends all my grpc traffic to one pod, how to balance it properly",
    "how do i enable server reflection so grpcurl can list the services",
    "protoc-gen-go-grpc not found when i run protoc, how to install the plugin",
    "can i configure automatic retries with backoff for failed calls",
    "where to put the jwt bearer token, in metadata with an interceptor?",
    "how to turn on gzip compression for responses",
    "nginx config to proxy grpc traffic on port 443",
    "how do i implement the standard health checking service",
    "is grpc java faster than grpc go, any benchmark numbers",
    "how to handle backpressure in a bidirectional stream in python",
    "how often should i water a monstera plant in winter",
]
