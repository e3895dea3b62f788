# Source of questions_all.jsonl (written from the FAQ text only).
Q = {
"what-is-prometheus": [
  "what exactly is prometheus? my team keeps mentioning it",
  "new here - is prometheus a database, a dashboard, or what? quick summary pls",
],
"how-does-prometheus-compare-against-other-monitoring-systems": [
  "how does it stack up vs graphite or influxdb?",
  "We're currently on Nagios + some Zabbix and evaluating alternatives. Is there somewhere I can see how prometheus differs from those tools before we commit?",
],
"what-dependencies-does-prometheus-have": [
  "do i need to set up a separate database or zookeeper cluster for the main prometheus server to run?",
  "is prometheus actually cloud native or is that just buzzword marketing",
],
"can-prometheus-be-made-highly-available": [
  "how do I set up prometheus in HA so monitoring survives one box dying",
  "if i run two identical prometheus servers scraping the same stuff, wont i get every alert twice??",
  "can alertmanager itself be clustered? don't want it to be the single point of failure",
],
"i-was-told-prometheus-doesnt-scale": [
  "a colleague insists prometheus can't handle big environments. is that true?",
  "is there a practical limit on how big one prometheus server can get before we have to split things up?",
  "We're at the point where one server might not be enough anymore. What are the options once we outgrow a single prometheus?",
],
"what-language-is-prometheus-written-in": [
  "what programming language is the prometheus server itself written in",
  "is prometheus coded in golang? thinking of contributing",
],
"how-stable-are-prometheus-features-storage-formats-and-apis": [
  "do you guys follow semver? worried an upgrade will break our setup",
  "how are breaking changes announced, and are the APIs/on-disk formats considered stable?",
],
"why-do-you-pull-rather-than-push": [
  "why does prometheus scrape targets instead of letting apps send metrics to it like statsd",
  "whats the advantage of the pull model?",
  "Our security team prefers push-based agents. Can you explain why the project went with scraping over HTTP and whether there's any way to push if we really have to?",
],
"how-to-feed-logs-into-prometheus": [
  "can i ship my nginx access logs into prometheus",
  "Is it possible to store application log lines in prometheus? We want one tool for both logs and metrics if we can.",
  "how do i turn log files into metrics",
],
"who-wrote-prometheus": [
  "who created prometheus originally? was it google",
  "which company sponsored the initial development, and who maintains it now?",
],
"what-license-is-prometheus-released-under": [
  "what licence does prometheus use",
  "can we use prometheus in a commercial product? what are the license terms",
],
"what-is-the-plural-of-prometheus": [
  "lol whats the correct plural, prometheuses? prometheii?",
  "how should I refer to several prometheus servers in our docs, grammatically?",
],
"can-i-reload-prometheuss-configuration": [
  "do i have to restart prometheus every time i edit prometheus.yml?",
  "how to hot reload the config without downtime",
  "is there an http endpoint to make prometheus re-read its configuration file? our deploy pipeline can't send signals to the process",
],
"can-i-send-alerts": [
  "can prometheus notify me on slack or by email when something breaks",
  "how do i get alerts out of prometheus? we use pagerduty and a custom webhook receiver",
  "does prometheus do alerting or do i need another tool for that",
],
"can-i-create-dashboards": [
  "what should i use to build dashboards on top of prometheus data",
  "is grafana the recommended way to visualise the metrics in production?",
  "any built in way to make nice graphs/consoles without installing extra stuff?",
],
"can-i-change-the-timezone-why-is-everything-in-utc": [
  "why are all timestamps in UTC in the web UI, can i switch to local time",
  "the graphs show utc which confuses my team in berlin, how do i set the timezone?",
  "daylight saving time makes my charts look weird, is there a tz setting?",
],
"which-languages-have-instrumentation-libraries": [
  "is there a client library to instrument my rust service?",
  "which langs have official or community client libs? and what if mine isn't supported",
],
"can-i-monitor-machines": [
  "how do i get cpu, memory and disk usage from my linux hosts",
  "can prometheus watch server-level stuff like filesystem fullness and network bandwidth",
  "want to monitor our freebsd boxes, not an app, just the machine itself. possible?",
],
"can-i-monitor-network-devices": [
  "can i scrape my cisco switches via snmp",
  "We have PLCs on a factory network that speak Modbus. Is there any way to get those readings into prometheus?",
],
"can-i-monitor-batch-jobs": [
  "my nightly cron job runs for 20 sec and exits before it can be scraped. how do i get its metrics in",
  "monitoring short-lived batch jobs - what's the recommended approach?",
  "are there best practices for tracking whether our backup scripts succeeded?",
],
"what-applications-can-prometheus-monitor-out-of-the-box": [
  "is there a list of existing exporters for things like mysql, redis, haproxy?",
  "what third party software can i monitor without writing code myself",
],
"can-i-monitor-jvm-applications-via-jmx": [
  "we have a legacy java app we cant modify, can prometheus read its jmx mbeans",
  "is there a java agent i can attach to expose JMX metrics",
  "how to monitor a tomcat/kafka jvm without instrumenting the code",
],
"what-is-the-performance-impact-of-instrumentation": [
  "will incrementing counters in my hot path slow down my service noticeably?",
  "how much overhead does the java client add per counter inc? any benchmarks",
],
"why-are-all-sample-values-64-bit-floats": [
  "why are sample values floats? i want to store exact int64 numbers",
  "will my counter lose precision eventually since it's a double? it increments like a million times a sec",
  "any plans to support native integer or bigint sample types?",
],
}
OOS = [
  "how do i change how long prometheus keeps data on disk? want 90 days retention",
  "what port does the web ui listen on by default",
  "how do i write a promql query to get per-second request rate from a counter",
  "how can i put TLS and basic auth in front of the prometheus web ui",
  "is there a way to delete specific time series from the tsdb, we ingested garbage labels by mistake",
  "how do i drop a label with relabel_configs before ingestion",
  "whats the difference between a histogram and a summary and which should i use",
  "how do recording rules work and where do i define them",
  "how do i change the scrape interval for just one job",
  "whats the docker run command to start prometheus in a container",
  "how do I take a snapshot/backup of the tsdb data dir safely while it's running",
  "how do i silence alerts during a planned maintenance window",
  "how much disk should i provision per million active series",
  "my target uses a self-signed cert and scrapes fail with x509 errors, how to skip verification",
  "how can i query prometheus from a python script over its http api",
]
