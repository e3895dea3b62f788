"""Questions for the Colima FAQ blind set, written by hand from faq/FAQ.md alone.

IN_SCOPE: (question, section_id) pairs; section ids are the ones in sections.txt.
OUT_OF_SCOPE: questions a Colima user could ask that the FAQ does not answer.
"""

IN_SCOPE = [
    # how-does-colima-compare-to-lima
    ("whats the actual difference between colima and lima? is colima just a wrapper around it",
     "how-does-colima-compare-to-lima"),
    ("I already have lima installed. What does colima add on top of it?",
     "how-does-colima-compare-to-lima"),

    # are-apple-silicon-macs-supported
    ("does colima run on my M2 macbook air or is it intel only?",
     "are-apple-silicon-macs-supported"),
    ("can i use it on arm mac (the apple chip ones)",
     "are-apple-silicon-macs-supported"),

    # are-ai-workloads-supported
    ("can colima give containers gpu acceleration so I can run llms locally on my mac?",
     "are-ai-workloads-supported"),
    ("I want to try running a model like gemma through colima, which vm type and runtime do I need to start it with?",
     "are-ai-workloads-supported"),

    # are-older-macos-versions-supported
    ("my old imac is stuck on big sur (macOS 11), will colima still work on it?",
     "are-older-macos-versions-supported"),
    ("what is the minimum macos version needed for colima",
     "are-older-macos-versions-supported"),

    # does-colima-support-autostart
    ("how do I make colima start by itself every time I log in to my mac?",
     "does-colima-support-autostart"),
    ("is there a foreground mode so I can run colima under a process supervisor instead of daemonizing?",
     "does-colima-support-autostart"),

    # can-config-file-be-used-instead-of-cli-flags
    ("im tired of typing all the flags on every colima start, can i just put the settings in a yaml file somewhere?",
     "can-config-file-be-used-instead-of-cli-flags"),
    ("where is the colima.yaml of my 'work' profile located and whats the command to edit it?",
     "can-config-file-be-used-instead-of-cli-flags"),
    ("How can I change the default settings that every new instance gets? Also I prefer the config open in vscode not vim",
     "can-config-file-be-used-instead-of-cli-flags"),

    # how-do-i-change-where-colima-files-are-stored
    ("my home folder is almost full, can I move colima config dir and its cache to another place?",
     "how-do-i-change-where-colima-files-are-stored"),
    ("which environment variable controls the cache directory colima uses?",
     "how-do-i-change-where-colima-files-are-stored"),

    # how-do-i-pass-custom-environment-variables-into-the-vm
    ("how do i set an env variable inside the colima VM itself (not in a container)?",
     "how-do-i-pass-custom-environment-variables-into-the-vm"),
    ("Is it possible to give a variable like MY_VAR=value to the virtual machine when it is starting, from command line?",
     "how-do-i-pass-custom-environment-variables-into-the-vm"),

    # can-it-run-alongside-docker-for-mac
    ("can I keep docker desktop installed and still use colima or will they fight each other?",
     "can-it-run-alongside-docker-for-mac"),
    ("do i have to uninstall Docker Desktop before trying colima",
     "can-it-run-alongside-docker-for-mac"),

    # docker-socket-location
    ("where does colima put the docker.sock file?",
     "docker-socket-location"),
    ("how do I see all my docker contexts and switch to a different one after colima made itself the default?",
     "docker-socket-location"),

    # cannot-connect-to-the-docker-daemon-at-unixvarrundockersock-is-the-docker-daemon-running
    ("docker ps works fine in terminal with colima but my jetbrains IDE says it cant reach the docker daemon on /var/run/docker.sock. how to fix",
     "cannot-connect-to-the-docker-daemon-at-unixvarrundockersock-is-the-docker-daemon-running"),
    ("some tool doesnt know about docker contexts. should I symlink colima socket to /var/run/docker.sock or set DOCKER_HOST?",
     "cannot-connect-to-the-docker-daemon-at-unixvarrundockersock-is-the-docker-daemon-running"),

    # how-to-customize-docker-config-eg-adding-insecure-registries-or-registry-mirrors
    ("how do I add an insecure registry (plain http on port 5000) when docker runs in colima?",
     "how-to-customize-docker-config-eg-adding-insecure-registries-or-registry-mirrors"),
    ("we have a docker hub pull-through cache in the office, where do i configure registry mirrors for colima's docker daemon?",
     "how-to-customize-docker-config-eg-adding-insecure-registries-or-registry-mirrors"),

    # docker-buildx-plugin-is-missing
    ("'docker buildx' says command not found after i switched from docker desktop to colima",
     "docker-buildx-plugin-is-missing"),
    ("how to install buildx with homebrew so the docker cli actually finds it as plugin?",
     "docker-buildx-plugin-is-missing"),

    # how-to-customize-containerd-config
    ("I use the containerd runtime. where is the config.toml that colima generates, I need to tweak it",
     "how-to-customize-containerd-config"),
    ("can one profile have its own buildkitd.toml different from the others?",
     "how-to-customize-containerd-config"),

    # how-does-colima-compare-to-minikube-kind-k3d
    ("should I use kubernetes in colima or just kind? I need a few clusters at the same time",
     "how-does-colima-compare-to-minikube-kind-k3d"),
    ("why not just use minikube docker-env for plain docker instead of installing colima?",
     "how-does-colima-compare-to-minikube-kind-k3d"),

    # is-another-distro-supported
    ("can I pick debian or fedora as the VM image instead of ubuntu?",
     "is-another-distro-supported"),
    ("which linux is running inside the colima vm? i remember it used to be alpine",
     "is-another-distro-supported"),

    # the-virtual-machines-ip-is-not-reachable
    ("i cant ping the colima vm's IP from my mac. how do I give the VM an address that is reachable?",
     "the-virtual-machines-ip-is-not-reachable"),
    ("Why the VM don't get a reachable ip by default?",
     "the-virtual-machines-ip-is-not-reachable"),

    # incus-instances-are-not-reachable-from-the-host
    ("running incus containers with colima but I cant reach them from the macOS host",
     "incus-instances-are-not-reachable-from-the-host"),
    ("which colima version do I need for incus, and how can my incus vms be accessed from outside?",
     "incus-instances-are-not-reachable-from-the-host"),

    # how-can-disk-space-be-recovered
    ("I ran docker system prune but my mac still shows the same amount of disk used. how do i get that space back?",
     "how-can-disk-space-be-recovered"),
    ("how to manually trim the colima disk, with fstrim?",
     "how-can-disk-space-be-recovered"),

    # how-can-disk-size-be-increased
    ("the vm ran out of disk space, can I grow it to like 250gb without recreating everything?",
     "how-can-disk-size-be-increased"),
    ("how to make the colima disk bigger",
     "how-can-disk-size-be-increased"),

    # are-lima-overrides-supported
    ("can i run a provisioning script at boot to apt install some extra packages in the colima vm?",
     "are-lima-overrides-supported"),
    ("is there a way to override the lima settings colima generates? could I also swap in my own VM image that way?",
     "are-lima-overrides-supported"),

    # how-can-the-vm-and-its-tools-be-updated
    ("after brew upgrade colima, do I need to recreate the instance to get the newer VM image?",
     "how-can-the-vm-and-its-tools-be-updated"),
    ("how can i open a shell in the colima machine, or just run one command like uname in it?",
     "how-can-the-vm-and-its-tools-be-updated"),

    # colima-not-starting
    ("colima list shows my profile as Broken after I restarted the mac and it won't start anymore",
     "colima-not-starting"),
    ("start dies with a fatal 'exit status 1' error while starting the vm. how do i get more logs to see why?",
     "colima-not-starting"),
    ("I'm on an M1 and colima just refuse to boot, can it be because my homebrew is the x86_64 one?",
     "colima-not-starting"),

    # issues-after-an-upgrade
    ("since I updated colima my default instance is acting weird, what's the recommended way to debug that?",
     "issues-after-an-upgrade"),
    ("after an upgrade, should I just reset the default profile?",
     "issues-after-an-upgrade"),

    # colima-cannot-access-the-internet
    ("my containers cant download anything, looks like theres no internet inside the colima vm. dns problem?",
     "colima-cannot-access-the-internet"),
    ("how to set custom dns servers like 1.1.1.1 for colima",
     "colima-cannot-access-the-internet"),

    # docker-compose-and-buildx-showing-runc-error
    ("buildkit fails with runc 'error mounting cgroup to rootfs ... openrc: invalid argument' on colima 0.5.5",
     "docker-compose-and-buildx-showing-runc-error"),
    ("I read about a --cgroups-v2 start flag, what problem was it a workaround for and do i still need it on 0.6?",
     "docker-compose-and-buildx-showing-runc-error"),

    # issue-with-docker-bind-mount-showing-empty
    ("bind mounting /Volumes/data/project into a container gives me an empty folder, and no error at all",
     "issue-with-docker-bind-mount-showing-empty"),
    ("docker -v with a path outside my user home is empty inside the container. do I have to add it under mounts in colima.yaml?",
     "issue-with-docker-bind-mount-showing-empty"),

    # how-can-docker-version-be-updated
    ("which docker engine version comes with a colima release?",
     "how-can-docker-version-be-updated"),
    ("do i have to wait for the next colima release to get a newer docker engine?",
     "how-can-docker-version-be-updated"),

    # how-can-i-delete-container-data
    ("I did colima delete but my images and volumes came back when I started it again?? how do I really wipe everything",
     "how-can-i-delete-container-data"),
    ("how do i remove all the container data together with the vm",
     "how-can-i-delete-container-data"),
]

OUT_OF_SCOPE = [
    "can colima run podman as the container runtime?",
    "is colima free to use at work? what license is it under?",
    "is there a windows version of colima or something similar?",
    "Does colima send any telemetry or usage stats anywhere?",
    "how do I pass a USB serial adapter through to a container running in colima?",
    "the clock / timezone inside the VM is wrong, how do I change the timezone of the colima vm?",
    "is there a menu bar app or some GUI for colima, or is it cli only?",
    "how can i forward my mac's ssh agent into containers so git clone of private repos works during build?",
    "can I take a snapshot of the VM state and roll back to it later?",
    "anyone using colima on github actions macOS runners for CI? how to set it up there",
    "Do docker desktop extensions work with colima?",
    "how do I change the hostname of the colima virtual machine?",
    "can I show GUI apps (X11) from a container on my mac screen when using colima?",
    "how much RAM and battery does colima use when it is idle? my laptop fan spins up",
    "who is maintaining colima, is it an official docker inc product?",
]
