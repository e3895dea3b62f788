"""Hand-written questions for the blind Argo CD FAQ set.

Written from the FAQ text (faq/faq.md) alone, in the style of a Discord
support channel. IN_SCOPE: (question, expected section id). OUT_OF_SCOPE:
questions about Argo CD that no section of this FAQ answers (expect null).
"""

IN_SCOPE = [
    # ive-deletedcorrupted-my-repo-and-cant-delete-my-app
    ("I nuked the git repo one of my apps pointed at and now argocd refuses to remove the application, it just errors out. how do i get rid of it",
     "ive-deletedcorrupted-my-repo-and-cant-delete-my-app"),
    ("someone force-pushed garbage to our config repo, the manifests wont render anymore and deleting the app from the UI fails too. any way to remove it without fixing the repo first?",
     "ive-deletedcorrupted-my-repo-and-cant-delete-my-app"),

    # why-is-my-application-still-outofsync-immediately-after-a-successful-sync
    ("sync goes green and says succeeded, then 2 seconds later the app flips straight back to OutOfSync. nothing changed in git. what's going on",
     "why-is-my-application-still-outofsync-immediately-after-a-successful-sync"),
    ("our HPA changes spec.replicas on the deployment so argo constantly shows a diff for it. can I tell argo to just ignore that field?",
     "why-is-my-application-still-outofsync-immediately-after-a-successful-sync"),
    ("some operator in our cluster injects default fields into my custom resources after they're applied and argo keeps flagging them as drift. where are the docs on making it not care about differences we expect",
     "why-is-my-application-still-outofsync-immediately-after-a-successful-sync"),

    # why-is-my-application-stuck-in-progressing-state
    ("app health never leaves the spinning in-progress status. its just an ingress on contour, all pods are running fine",
     "why-is-my-application-stuck-in-progressing-state"),
    ("statefulset rolled out ok but argo's health check still says it's progressing, for hours now. we use updateStrategy OnDelete if that matters",
     "why-is-my-application-stuck-in-progressing-state"),
    ("we run traefik as our ingress controller and every Ingress object sits at Progressing health in argo cd. is there something in the traefik config that fixes this?",
     "why-is-my-application-stuck-in-progressing-state"),

    # i-forgot-the-admin-password-how-do-i-reset-it
    ("lost the admin login for our argocd install 😅 how do i get back in",
     "i-forgot-the-admin-password-how-do-i-reset-it"),
    ("what's the initial password for the admin account on a fresh install? tried the server pod name like an old blog post said and it doesnt work (we're on 2.9)",
     "i-forgot-the-admin-password-how-do-i-reset-it"),
    ("need to change the built-in admin's password with kubectl, not through the UI. which secret do i patch and what format does the value have to be in",
     "i-forgot-the-admin-password-how-do-i-reset-it"),

    # how-to-disable-admin-user
    ("we've got SSO working now and security wants the local admin account switched off completely. how?",
     "how-to-disable-admin-user"),
    ("is there a configmap flag to turn off the builtin admin login",
     "how-to-disable-admin-user"),

    # argo-cd-cannot-deploy-helm-chart-based-applications-without-internet-access-how-can-i-solve-it
    ("air-gapped cluster here. helm charts that have dependencies fail to render in argo because it tries to reach the internet. how do people fix this",
     "argo-cd-cannot-deploy-helm-chart-based-applications-without-internet-access-how-can-i-solve-it"),
    ("repo-server keeps trying to refresh the public `stable` chart repo even tho all our chart deps live on an internal chartmuseum. no outbound traffic allowed from the cluster. workaround?",
     "argo-cd-cannot-deploy-helm-chart-based-applications-without-internet-access-how-can-i-solve-it"),
    ("helm app fails to generate manifests in our offline environment, requirements.yaml points at charts from a public repo. what do I need to change",
     "argo-cd-cannot-deploy-helm-chart-based-applications-without-internet-access-how-can-i-solve-it"),

    # after-deploying-my-helm-application-with-argo-cd-i-cannot-see-it-with-helm-ls-and-other-helm-commands
    ("deployed a chart through argo but `helm list -A` shows nothing at all. did the install not actually happen??",
     "after-deploying-my-helm-application-with-argo-cd-i-cannot-see-it-with-helm-ls-and-other-helm-commands"),
    ("why don't my argo managed charts show up as helm releases? I wanted to use helm history / helm rollback on them",
     "after-deploying-my-helm-application-with-argo-cd-i-cannot-see-it-with-helm-ls-and-other-helm-commands"),

    # ive-configured-cluster-secret-but-it-does-not-show-up-in-cliui-how-do-i-fix-it
    ("I added a second cluster declaratively as a Secret but `argocd cluster list` doesn't show it and neither does the web ui",
     "ive-configured-cluster-secret-but-it-does-not-show-up-in-cliui-how-do-i-fix-it"),
    ("created the external cluster as a k8s secret with server + config fields, argo doesnt pick it up at all. does it need some special label?",
     "ive-configured-cluster-secret-but-it-does-not-show-up-in-cliui-how-do-i-fix-it"),

    # argo-cd-is-unable-to-connect-to-my-cluster-how-do-i-troubleshoot-it
    ("argo says it can't reach my remote EKS cluster, apps targeting it just show connection errors. how can I debug the connection from argo's side?",
     "argo-cd-is-unable-to-connect-to-my-cluster-how-do-i-troubleshoot-it"),
    ("is there a way to dump the kubeconfig that argo uses for a registered cluster so I can test it with kubectl myself",
     "argo-cd-is-unable-to-connect-to-my-cluster-how-do-i-troubleshoot-it"),
    ("a cluster shows a failed connection status under settings > clusters. what are the steps to figure out why argocd cant talk to it",
     "argo-cd-is-unable-to-connect-to-my-cluster-how-do-i-troubleshoot-it"),

    # how-can-i-terminate-a-sync
    ("a deploy has been running for 40 min waiting on a hook that will never finish. how do i cancel the running operation from the UI",
     "how-can-i-terminate-a-sync"),
    ("need to abort an operation that's currently in flight on my app, where's the button for that",
     "how-can-i-terminate-a-sync"),

    # why-is-my-app-out-of-sync-even-after-syncing
    ("we started using kustomize commonLabels and since then argo reports the app as not in sync right after every deploy, and it seems confused about which resources belong to it. related?",
     "why-is-my-app-out-of-sync-even-after-syncing"),
    ("our helm chart also stamps app.kubernetes.io/instance on everything and argo mixes up what belongs to which app. can argo track apps with a different label key?",
     "why-is-my-app-out-of-sync-even-after-syncing"),

    # how-often-does-argo-cd-check-for-changes-to-my-git-or-helm-repository-
    ("I pushed to git a minute ago and argo hasn't noticed yet. how long does it usually take to pick up new commits?",
     "how-often-does-argo-cd-check-for-changes-to-my-git-or-helm-repository-"),
    ("can I make argo poll the repo less often, or switch polling off entirely and just rely on webhooks?",
     "how-often-does-argo-cd-check-for-changes-to-my-git-or-helm-repository-"),
    ("whats the default refresh interval for detecting new commits and which key in argocd-cm changes it",
     "how-often-does-argo-cd-check-for-changes-to-my-git-or-helm-repository-"),

    # why-are-my-resource-limits-out-of-sync
    ("argo keeps showing a diff on my deployment: cpu 1000m in git vs cpu \"1\" live, even right after i synced",
     "why-are-my-resource-limits-out-of-sync"),
    ("memory limit is 2048Mi in my manifest and the live object says 2Gi, so argo marks the container resources as drifted. how do i stop that",
     "why-are-my-resource-limits-out-of-sync"),

    # how-do-i-fix-invalid-cookie-longer-than-max-length-4093
    ("after logging in with SSO i get an error that the cookie is too long and i cant get into the UI",
     "how-do-i-fix-invalid-cookie-longer-than-max-length-4093"),
    ("login works for most people but a few users get a max length error about the cookie. those users are in like 200 AD groups, could that be it?",
     "how-do-i-fix-invalid-cookie-longer-than-max-length-4093"),

    # why-am-i-getting-rpc-error-code--unavailable-desc--transport-is-closing-when-using-the-cli
    ("argocd cli dies with 'code = Unavailable desc = transport is closing' whenever i run app list. we're behind a corporate proxy",
     "why-am-i-getting-rpc-error-code--unavailable-desc--transport-is-closing-when-using-the-cli"),
    ("the CLI can't talk to the server through our load balancer, I just get grpc errors, but the web UI works fine. is there a flag for this?",
     "why-am-i-getting-rpc-error-code--unavailable-desc--transport-is-closing-when-using-the-cli"),

    # why-am-i-getting-x509-certificate-signed-by-unknown-authority-when-using-the-cli
    ("argocd login gives me a cert error, signed by unknown authority. fresh install, just testing it out locally",
     "why-am-i-getting-x509-certificate-signed-by-unknown-authority-when-using-the-cli"),
    ("the cli complains about the server's self signed cert. can i skip TLS verification for my test env?",
     "why-am-i-getting-x509-certificate-signed-by-unknown-authority-when-using-the-cli"),
    ("for production, how do I get the argocd command line tool to trust the server certificate properly instead of just ignoring the TLS error",
     "why-am-i-getting-x509-certificate-signed-by-unknown-authority-when-using-the-cli"),

    # i-have-configured-dex-via-dexconfig-in-argocd-cm-it-still-says-dex-is-unconfigured-why
    ("I put my github connector under dex.config in the argocd-cm configmap but argo still claims dex isn't set up",
     "i-have-configured-dex-via-dexconfig-in-argocd-cm-it-still-says-dex-is-unconfigured-why"),
    ("set up SSO through dex, connector config looks correct, yet the server logs keep saying dex is not configured. what am i missing?",
     "i-have-configured-dex-via-dexconfig-in-argocd-cm-it-still-says-dex-is-unconfigured-why"),

    # why-are-sealedsecret-resources-reporting-a-status
    ("my sealed secrets never show any status field at all in argo. is that because our sealed-secrets install is old?",
     "why-are-sealedsecret-resources-reporting-a-status"),
    ("we're on sealed-secrets 0.12 installed with helm, k8s 1.20, and the status of those objects is always empty. why is that",
     "why-are-sealedsecret-resources-reporting-a-status"),

    # why-are-resources-of-type-sealedsecret-stuck-in-the-progressing-state
    ("since upgrading argo to 2.x all my SealedSecrets show health Progressing forever, everything else in the app is healthy",
     "why-are-resources-of-type-sealedsecret-stuck-in-the-progressing-state"),
    ("how do i make argo treat sealedsecret objects as healthy? the sealed secrets controller is old and I can't upgrade it right now",
     "why-are-resources-of-type-sealedsecret-stuck-in-the-progressing-state"),

    # how-do-i-fix-the-order-in-patch-list--doesnt-match-setelementorder-list-
    ("sync fails with ComparisonError: \"The order in patch list: [...] doesn't match $setElementOrder list: [...]\". what does that even mean",
     "how-do-i-fix-the-order-in-patch-list--doesnt-match-setelementorder-list-"),
    ("got a massive error full of map[name:...] entries and something about setElementOrder. how am i supposed to read it?",
     "how-do-i-fix-the-order-in-patch-list--doesnt-match-setelementorder-list-"),
    ("pretty sure i defined the same env var twice in a container spec and now argo throws a comparison error about patch ordering. how do i find which keys are duplicated",
     "how-do-i-fix-the-order-in-patch-list--doesnt-match-setelementorder-list-"),

    # how-to-rotate-redis-secret
    ("how do I rotate the password for argo's redis?",
     "how-to-rotate-redis-secret"),
    ("security wants us to regenerate the argocd redis credential every quarter. what's the procedure? we run the HA install",
     "how-to-rotate-redis-secret"),

    # how-to-turn-off-redis-auth-if-users-really-want-to
    ("can I run argo against a redis with no authentication? the auth bit is breaking our setup",
     "how-to-turn-off-redis-auth-if-users-really-want-to"),
    ("we want argo to use our own unauthenticated redis instead of the bundled one, what are the steps",
     "how-to-turn-off-redis-auth-if-users-really-want-to"),
    ("after switching to a redis without a password, what do i have to strip out of the repo-server, server and application-controller manifests? the REDIS_PASSWORD env?",
     "how-to-turn-off-redis-auth-if-users-really-want-to"),

    # how-do-i-provide-my-own-redis-credentials
    ("where does argocd keep the redis password? want external-secrets to manage it for us",
     "how-do-i-provide-my-own-redis-credentials"),
    ("which k8s secret and key does argo read the redis auth from, so our vault sync can write it",
     "how-do-i-provide-my-own-redis-credentials"),

    # how-do-i-fix-manifest-generation-error-cached
    ("app shows 'Manifest generation error (cached)' and nothing else useful, how do i find the real error",
     "how-do-i-fix-manifest-generation-error-cached"),
    ("fixed my kustomization.yaml already but argo still displays the old cached error for the manifests. how do i get it to retry",
     "how-do-i-fix-manifest-generation-error-cached"),

    # how-do-i-fix-field-not-declared-in-schema
    ("sync fails with `field not declared in schema` on a fairly new k8s field in my deployment",
     "how-do-i-fix-field-not-declared-in-schema"),
    ("getting a schema error for a field that definitely exists in our cluster version. how do i figure out which kubernetes libs argocd 2.11 was compiled against?",
     "how-do-i-fix-field-not-declared-in-schema"),
    ("we use server-side apply and now a few resources fail with an error saying some field isn't declared in the schema. any workaround that doesn't involve upgrading argo?",
     "how-do-i-fix-field-not-declared-in-schema"),
]

OUT_OF_SCOPE = [
    "how do i give a dev team read-only access to their apps in the UI? rbac policy.csv syntax is confusing me",
    "can an ApplicationSet generate one app per registered cluster automatically?",
    "I need a db migration job to run before the deployment gets updated, how do I order things within a sync",
    "how do I get a slack message when a sync fails",
    "is there a way to have argo bump the image tag automatically when a new image is pushed to our registry",
    "how do i add a private gitlab repo over ssh with a deploy key",
    "we want to block deployments on friday afternoons, can argo do maintenance / freeze windows?",
    "whats the best way to bootstrap a whole cluster with the app of apps pattern",
    "does argocd expose prometheus metrics? looking for a grafana dashboard for app health",
    "can one application take the chart from a helm repo and the values file from a separate git repo?",
    "we generate our manifests with cdk8s, how do i plug a custom tool like that into argo",
    "does argo cd do canary or blue/green rollouts by itself",
    "how do i install the argocd cli on windows",
    "how can I restrict which namespaces and clusters a team's project is allowed to deploy to",
    "whats the recommended way to pull secrets from hashicorp vault into apps deployed by argo",
]
