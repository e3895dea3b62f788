"""Hand-written validation questions for the OpenEBS FAQ (faq/faqs.md).

Written from the FAQ text alone. IN_SCOPE holds (question, section id) pairs,
where the section id is one of the ids in sections.txt; OUT_OF_SCOPE holds
questions that the FAQ does not answer (expected answer: none).
"""

ARCH = "what-is-most-distinctive-about-the-openebs-architecture"
WHERE = "where-is-my-data-stored-and-how-can-i-see-that"
K8S_CHANGES = "what-changes-are-needed-for-kubernetes-or-other-subsystems-to-leverage-openebs"
START = "how-do-you-get-started-and-what-is-the-typical-trial-deployment"
RECLAIM = "what-is-the-default-openebs-reclaim-policy"
REPL2 = "can-i-use-replica-count-as-2-in-storageclass-if-it-is-a-single-node-cluster"
BACKUP = "how-backup-and-restore-is-working-with-openebs-volumes"
LVM_TOPO = "how-to-add-custom-topology-key-in-the-local-pv-lvm-driver"
ZFS_WHAT = "what-is-local-pv-zfs"
ZFS_UPGRADE = "how-to-upgrade-the-driver-to-newer-version"
ZFS_SOME_NODES = "zfs-pools-are-there-on-certain-nodes-only-how-can-i-create-the-storage-class"
ZFS_HA = "how-to-install-the-provisioner-in-high-availability"
ZFS_TOPO = "how-to-add-custom-topology-key-to-local-pv-zfs-driver"
ZFS_SIZE = "why-the-zfs-volume-size-is-different-than-the-reqeusted-size-in-pvc"
ZFS_MIGRATE = "how-to-migrate-pvs-to-the-new-node-in-case-old-node-is-not-accessible"
RS_PROTECT = ("how-is-data-protected-in-replicated-storage-what-happens-when-a-host-"
              "client-workload-or-a-data-center-fails")
HA_STATEFUL = "how-does-openebs-provide-high-availability-for-stateful-workloads"
NODE_CHANGES = "what-changes-must-be-made-to-the-nodes-on-which-openebs-runs"
MIN_REQ = "what-are-the-minimum-requirements-and-supported-container-orchestrators"
EBS = "why-would-you-use-openebs-on-ebs"
DISK_MOUNT = "what-must-be-the-disk-mount-status-on-node-for-provisioning-openebs-volume"
SAFE = "how-does-it-help-to-keep-my-data-safe"
CONFIGURED = "how-is-it-configured"
BENCH = "what-is-the-basis-for-its-performance-claims-has-it-been-benchmarked"
ONDISK = "what-is-the-on-disk-format-used-by-disk-pools-is-it-also-open-source"
POOL_SIZE = "can-the-size--capacity-of-a-disk-pool-be-changed"
PLACEMENT = ("how-can-i-ensure-that-replicas-are-not-scheduled-onto-the-same-node-"
             "how-about-onto-nodes-in-the-same-rackavailability-zone")
NEXUS = "how-can-i-see-the-node-on-which-the-active-nexus-for-a-particular-volume-resides"
REBALANCE = ("is-there-a-way-to-automatically-rebalance-data-across-available-nodes-"
             "can-data-be-manually-re-distributed")
ASYNC = ("can-replicated-storage-do-async-replication-to-a-node-in-the-same-cluster-"
         "how-about-a-different-cluster")
RAID = "does-replicated-storage-support-raid"
COMPRESS = "does-replicated-storage-perform-compression-andor-deduplication"
SNAP = "does-replicated-storage-support-snapshots-clones"
CPU_ARCH = "which-cpu-architectures-are-supported-what-are-the-minimum-hardware-requirements"
TCP = "does-replicated-storage-suffer-from-tcp-congestion-when-using-nvme-tcp"
HIGH_CPU = ("why-do-replicated-storages-io-engine-pods-show-high-levels-of-cpu-"
            "utilization-when-there-is-little-or-no-io-being-processed")
SUPPORT = "does-the-supportability-tool-expose-sensitive-data"
RETAIN = "what-happens-when-a-pv-with-reclaim-policy-set-to-retain-is-deleted"
GC = "how-does-the-pv-garbage-collector-work"
BTRFS = "how-to-disable-cow-for-btrfs-filesystem"
PCIE = "how-to-access-nvme-disk-directly-from-userspace-via-pcie-when-creating-a-diskpool"
DOMAIN = "how-do-i-install-replicated-pv-mayastor-on-a-kubernetes-cluster-with-a-custom-domain"
SINGLE = "what-happens-when-a-single-replica-node-fails"

IN_SCOPE = [
    # architecture
    ("whats actually different about how openebs is built compared to a normal SAN? "
     "someone told me its 'container native storage', what does that mean in practice", ARCH),

    # where is my data
    ("how do i find out which nodes actually hold the data for my pvc "
     "pvc-3f2a9c1e-... ? kubectl get pvc only gives me the volume name", WHERE),
    ("where physically does openebs keep a volume, is there a command to look at the replicas", WHERE),

    # changes to kubernetes
    ("do i need to patch kubernetes or swap in some custom scheduler before openebs will work?", K8S_CHANGES),

    # getting started
    ("total beginner here. whats the fastest way to try openebs on a throwaway test cluster", START),

    # default reclaim policy
    ("deleted a PVC by accident and the volume was gone with it!! is that normal, "
     "what reclaim policy do the dynamically provisioned volumes get", RECLAIM),
    ("default reclaimPolicy for openebs pvs?", RECLAIM),

    # replica count 2 on a single node
    ("single node k3s box. my storageclass has\n"
     "  parameters:\n    repl: \"2\"\n"
     "and the pvc just sits in Pending forever, no volume gets created. why?", REPL2),
    ("can i run 2 replicas of a volume on a one-node cluster", REPL2),

    # backup and restore
    ("how do i back up and restore openebs volumes? looking for the lvm snapshot / zfs backup docs", BACKUP),

    # LVM topology key
    ("lvm localpv: i want volumes to only land on nodes in rack1. labeled the nodes "
     "openebs.io/rack=rack1 and put it in allowedTopologies but the driver ignores it. "
     "what do i have to set on the openebs-lvm-node daemonset?", LVM_TOPO),
    ("how does ALLOWED_TOPOLOGIES work for the lvm csi driver", LVM_TOPO),

    # what is Local PV ZFS
    ("what even is local pv zfs, is that a csi driver or something else", ZFS_WHAT),

    # upgrade the ZFS driver
    ("need to upgrade zfs-localpv to a newer release, where are the upgrade instructions", ZFS_UPGRADE),

    # ZFS pools on some nodes only
    ("only 2 of my 5 nodes have the zpool created. how do i write the storageclass "
     "so pvcs dont get scheduled to the other three", ZFS_SOME_NODES),
    ("zfs pool exists only on zfspv-node1 and zfspv-node2 - storage class example pls", ZFS_SOME_NODES),

    # ZFS provisioner HA
    ("scaled the openebs-zfs-controller to replicas: 2 for HA but the second pod is stuck "
     "Pending on my single node lab. is that expected? and are both controllers active at once?", ZFS_HA),
    ("how to run the zfs provisioner in high availabilty mode", ZFS_HA),

    # ZFS topology key
    ("zfs localpv: which topology keys are registered by default and how do i add my own one like a rack label?", ZFS_TOPO),
    ("kubectl get csinodes shows\n"
     "  - name: zfs.csi.openebs.io\n    topologyKeys:\n    - openebs.io/nodeid\n    - openebs.io/nodename\n"
     "but my openebs.io/rack label isnt there, what am i missing", ZFS_TOPO),

    # ZFS size rounding
    ("asked for storage: 4G in the pvc and the zfs dataset came out as 4Gi. bug?", ZFS_SIZE),
    ("why does my 1G zfs pvc show up as 954Mi", ZFS_SIZE),

    # migrate ZFS PVs to a new node
    ("a node died, we moved its disks into a new server and imported the zpool there, but the "
     "pod wont schedule because the PV still has node affinity to the dead node. how do we recover?", ZFS_MIGRATE),
    ("what is the openebs.io/nodeid node label for in zfs local pv", ZFS_MIGRATE),

    # data protection in Replicated Storage
    ("mayastor: if one of the hosts goes down do my apps lose IO, what happens to the faulted replica", RS_PROTECT),

    # HA for stateful workloads
    ("how does openebs keep my statefulsets highly available, is there some affinity setting for that", HA_STATEFUL),

    # changes on the nodes
    ("do i have to install anything on the worker nodes themselves for the replicated engine? kernel modules?", NODE_CHANGES),
    ("is the nvme-tcp module required on hosts", NODE_CHANGES),

    # minimum requirements / orchestrators
    ("what are the system requirements for openebs, and can i use it with nomad or docker swarm instead of k8s", MIN_REQ),

    # OpenEBS on EBS
    ("we are already on AWS using EBS volumes, why would we put openebs on top of that", EBS),
    ("whats the point of running openebs over ebs, isnt that just double layering", EBS),

    # disk mount status
    ("should the disks i give openebs be partitioned and formatted and mounted first, or left raw?", DISK_MOUNT),

    # keeping data safe
    ("how does the replicated engine make sure a write is not lost, sync or async mirroring? when is the write acked", SAFE),

    # how is it configured
    ("where are the docs for configuring storage nodes and disk pools and for perf tuning", CONFIGURED),

    # performance claims
    ("has mayastor actually been benchmarked? how much overhead does synchronous replication add", BENCH),

    # on-disk format
    ("can i mount a mayastor pool disk on the host and just read the files? what format is written on it", ONDISK),
    ("is the diskpool on-disk format some proprietary thing or open source", ONDISK),

    # disk pool size
    ("can i grow a diskpool later by adding a second disk to it?", POOL_SIZE),

    # replica placement
    ("with replication factor 3 could two of the replicas end up on the same node, just in different pools?", PLACEMENT),
    ("do i need 3 separate nodes each with a pool to provision a 3 replica volume", PLACEMENT),

    # active nexus
    ("how do i tell which node is currently running the nexus for a given volume", NEXUS),

    # rebalancing
    ("added 4 new storage nodes, will mayastor move replicas over to balance things out? or can i move them myself", REBALANCE),

    # async replication
    ("can replicated storage do async replication to a second cluster for disaster recovery", ASYNC),

    # RAID
    ("should i put my pool disks in a raid array first? does mayastor do any raid / erasure coding itself", RAID),

    # compression / dedup
    ("does replicated storage dedupe or compress data?", COMPRESS),

    # snapshots / clones
    ("volume snapshots in mayastor - tried a VolumeSnapshot on a 3 replcia volume and it fails, is that not supported yet?", SNAP),
    ("can i clone a mayastor volume", SNAP),

    # CPU architectures / hardware
    ("can i run the replicated engine on a raspberry pi 4 cluster?", CPU_ARCH),
    ("is arm64 supported by the mayastor io-engine or only x86-64", CPU_ARCH),

    # TCP congestion
    ("nvme over tcp and network congestion, any tcp tuning tips for the replicated engine", TCP),

    # high CPU when idle
    ("io-engine pods sit at 100% cpu even though theres no traffic at all on the cluster. is something broken?", HIGH_CPU),
    ("is it ok to give the io-engine daemonset a fractional cpu limit like 1500m", HIGH_CPU),

    # supportability tool
    ("before i send the support bundle to someone, does it collect secrets or other sensitive stuff?", SUPPORT),

    # retain policy PV deleted
    ("had reclaimPolicy: Retain, deleted the pvc, then did kubectl delete pv myself. "
     "the space on the pool never came back, what happened to the volume?", RETAIN),

    # PV garbage collector
    ("how does the pv garbage collector in the csi controller know when to delete the volume", GC),

    # btrfs cow
    ("using btrfs as fstype and copy-on-write is hurting my database, how do i switch cow off", BTRFS),

    # NVMe via PCIe
    ("want the diskpool to use my nvme drive directly over pcie and bypass the kernel. "
     "setup.sh status shows it at 0000:01:00.0 with driver nvme, what uri do i put in the pool?", PCIE),

    # custom cluster domain
    ("our cluster domain is corp.internal not cluster.local, after helm install the mayastor etcd "
     "pods cant find each other. which helm value do i have to set", DOMAIN),
    ("helm install openebs with a custom kubernetes cluster domain?", DOMAIN),

    # single replica node fails
    ("made a mayastor volume with only one replica and that node just went offline, now the app gets "
     "I/O errors. expected? how many replicas should i use", SINGLE),
]

OUT_OF_SCOPE = [
    "how do i completely uninstall openebs including the crds",
    "can two pods on different nodes mount the same openebs volume read-write (RWX)?",
    "how do i expand an existing lvm localpv pvc from 10Gi to 20Gi",
    "is there a grafana dashboard or prometheus metrics endpoint for openebs volumes",
    "how to change the hostpath base directory from /var/openebs/local to another disk",
    "steps to migrate cStor volumes over to mayastor",
    "installing openebs on talos linux, anything special i need to do",
    "what license is openebs released under, can i use it commercially",
    "does openebs support windows worker nodes",
    "node disk manager doesnt list my blockdevices, `kubectl get bd` is empty",
    "does lvm localpv support thin provisioning / overcommitting the volume group",
    "how do i make openebs-hostpath the default storageclass",
    "how do i pin the io-engine pods to only my storage nodes with a node label",
    "whats the best way to keep a sourdough starter alive while on holiday",
    "how do i make a pivot table in excel",
]
