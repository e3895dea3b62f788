"""Hand-written questions for the DeepVariant FAQ set (faq/FAQ.md).

Written from the FAQ text alone. IN_SCOPE: (question, section id of the one
section that answers it). OUT_OF_SCOPE: questions a DeepVariant user might ask
that the FAQ does not answer (the last one is off-topic); expect null.
"""

WORK = "how-does-deepvariant-work"
NOCALL = "why-does-deepvariant-not-call-a-specific-variant-in-my-data"
PILEUP = "how-does-deepvariant-use-pileup-images-to-call-variants"
HEIGHT = "what-happens-if-i-change-the-pileup_image_height"
SOMATIC = "can-i-use-deepvariant-for-somatic-non-germline-calling"
PLANT = "can-i-use-deepvariant-on-plant-genomes"
NONHUMAN = "can-i-use-deepvariant-on-other-non-human-species"
PHASED = "why-are-the-variants-in-my-deepvariant-vcf-not-phased"
BUILD = "how-do-i-buildrun-deepvariant"
NOTFOUND = "why-cant-it-find-one-of-the-input-files-eg-could-not-open"
MULTI = "how-do-i-run-multi-sample-calling"
CUDA = "why-am-i-seeing-cuda_error_not_initialized-initialization-error-while-running-on-gpu"
GPUMEM = "how-much-gpu-memory-is-needed-for-the-keras-models"
OLDMODEL = "do-models-from-before-r160-work-with-current-inference-code"
CVGPU = "can-call_variants-be-run-on-multiple-gpus"
TRAINGPU = "can-model_train-be-run-on-multiple-gpus"
REALIGN = "what-is-the-realigner-and-how-does-it-work"
ADDP = "how-are-ad-and-dp-values-calculated"
EDGE = "missing-variant-calls-near-the-edge-of-a-contig"
LOWDP = "why-does-deepvariant-pass-variants-that-have-such-a-low-read-depth-2-"
TMPDIR = "tmpdir"
MNT = "issues-with-mnt"

IN_SCOPE = [
    # how does it work (2)
    ("can someone explain in simple words how deepvariant actually works under the hood", WORK),
    ("whats the general idea behind deepvariant? new to it, where is an overview", WORK),
    # variant not called (3)
    ("i see a clear het snp in igv but deepvariant doesnt report it at all, why", NOCALL),
    ("how to make deepvariant more sensitive for low allele fraction indels, which min fraction it uses", NOCALL),
    ("the site is in my vcf but genotype is 0/0 although several reads show the alt allele, what is going on", NOCALL),
    # pileup images (2)
    ("how the neural net sees the reads? i heard it turns alignments into pictures", PILEUP),
    ("is there some explanation what the CNN is looking at in those image tensors when it decides genotype", PILEUP),
    # pileup_image_height (2)
    ("my coverage is like 300x and only ~95 reads fit in the image. can i just make the image taller with the pretrained model", HEIGHT),
    ("is it ok to set --pileup_image_height 200 at inference time without retraining?", HEIGHT),
    # somatic (3)
    ("i have tumor and matched normal bams, can deepvariant find the somatic mutations", SOMATIC),
    ("does it work for cancer samples with low VAF subclonal mutations", SOMATIC),
    ("is there a somatic version of deepvariant or only germline", SOMATIC),
    # plant (3)
    ("we work on wheat which is hexaploid, will deepvariant give sensible genotypes", PLANT),
    ("anyone ran deepvariant on rice or other crops? how was the accuracy", PLANT),
    ("polyploid potato samples, deepvariant can only output 0/1 and 1/1?", PLANT),
    # other non-human species (3)
    ("can i run it on mouse and cattle data or is the model human only", NONHUMAN),
    ("does deepvariant work for dog genomes", NONHUMAN),
    ("using the model for non human animals like fish, any guidance or results?", NONHUMAN),
    # phasing (3)
    ("my output vcf has no phase info (0/1 not 0|1), how do i get phased genotypes", PHASED),
    ("does deepvariant phase the variants when my long reads are haplotagged", PHASED),
    ("which tool should i run after deepvariant to phase, whatshap?", PHASED),
    # build / run (3)
    ("whats the easiest way to install deepvariant, compile from source or?", BUILD),
    ("i want to change some code in deepvariant and test my change, how should i build it", BUILD),
    ("do i really need docker to run it or can i build the binaries myself", BUILD),
    # Could not open (3)
    ("getting 'Could not open' error for my bam even tho the file exists", NOTFOUND),
    ("docker run says it cant find my reference fasta, path is correct on my machine", NOTFOUND),
    ("how do i mount my input folder into the deepvariant container so it sees the files", NOTFOUND),
    # multi-sample (3)
    ("i have 50 samples, how to do joint calling with deepvariant", MULTI),
    ("calling a trio (mother father child) what is recommended", MULTI),
    ("best practice to combine many samples into one cohort vcf?", MULTI),
    # CUDA_ERROR_NOT_INITIALIZED (3)
    ("log shows CUDA_ERROR_NOT_INITIALIZED, is my gpu not used??", CUDA),
    ("got 'could not retrieve CUDA device count' at start with the gpu docker image, should i worry", CUDA),
    ("weird cuda initialization error message since upgrade to keras version but the run finishes fine", CUDA),
    # GPU memory (3)
    ("how much vram do i need for the gpu version", GPUMEM),
    ("will a 8gb graphics card be enough for the new keras model", GPUMEM),
    ("gpu memory requirement for deepvariant?", GPUMEM),
    # old models (3)
    ("i trained a custom model with 1.4, can i load it in 1.6.1", OLDMODEL),
    ("my old checkpoint from the slim days doesnt load anymore after update", OLDMODEL),
    ("are pre 1.6 models compatible with the current version", OLDMODEL),
    # call_variants on several GPUs (3)
    ("i have 4 gpus in the node, can call_variants use all of them", CVGPU),
    ("how to split the inference step across several gpus", CVGPU),
    ("call_variants only uses gpu 0, is multi gpu prediction supported?", CVGPU),
    # model_train on several GPUs (2)
    ("training my own model, can model_train use multiple gpus with a distribution strategy", TRAINGPU),
    ("why the training dont scale to more gpus", TRAINGPU),
    # realigner (3)
    ("what does the realignment step do exactly, is it some local assembly like haplotypecaller", REALIGN),
    ("how can i dump the realigned reads so i can look at them in igv", REALIGN),
    ("is local realignment done for pacbio reads too", REALIGN),
    # AD / DP (3)
    ("DP in my vcf is stuck at 1500 even though the coverage is 2000x, why", ADDP),
    ("how do i get the real AD values in very deep regions", ADDP),
    ("what does --max_reads_per_partition do to the depth fields", ADDP),
    # edge of contig (2)
    ("variants near the end of a chromosome / scaffold are missing, is this a bug?", EDGE),
    ("no calls in the last bases of my contigs", EDGE),
    # low read depth PASS (3)
    ("why does a variant with only 2 reads get FILTER=PASS", LOWDP),
    ("deepvariant passes calls with DP=2, is that trustworthy", LOWDP),
    ("low coverage sites are marked as pass, isnt that too permissive?", LOWDP),
    # TMPDIR (3)
    ("singularity run fails with tmp dir errors", TMPDIR),
    ("running with singularity on hpc and it complains about temporary directory", TMPDIR),
    ("where do i set the temp folder for deepvariant under singularity", TMPDIR),
    # /mnt/ (2)
    ("singularity problem because our cluster binds /mnt", MNT),
    ("my data is under /mnt and inside the singularity image that folder is wrong", MNT),
]

OUT_OF_SCOPE = [
    "which reference genome should i use, grch38 with or without alt contigs?",
    "how long does a 30x wgs take on cpu only",
    "does deepvariant support nanopore r10 data, which model type do i pick",
    "can deepvariant call structural variants or big deletions",
    "how do i make it write a gvcf too",
    "can i run deepvariant on rna-seq data",
    "how accurate is it compared to gatk haplotypecaller",
    "running on exome, do i pass my capture bed somewhere and which model",
    "how do i make training examples from my own truth set and train a model, is there a tutorial",
    "does it run on apple silicon mac m1",
    "any template for running deepvariant on google cloud batch or terra",
    "can it call heteroplasmy on chrM",
    "what QUAL or GQ cutoff do you recommend for hard filtering",
    "does it take cram directly or do i convert to bam first",
    "whats a good recipe for a sourdough starter",
]
