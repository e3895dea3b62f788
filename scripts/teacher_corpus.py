#!/usr/bin/env python3
"""Build the English sentence corpus that `scripts/refine_static.py` fits the
static table on (one sentence per line, sorted, deduplicated).

    python3 scripts/teacher_corpus.py > /tmp/corpus.txt

Sources, all offline on a Debian machine with a Rust toolchain:
- the short descriptions of every Debian package (`apt-cache dumpavail`);
- sentences of the doc comments and READMEs of the crates in the cargo
  registry (`~/.cargo/registry/src`), at most 200 source files per crate,
  90,000 sentences drawn with a fixed seed;
- the training pool's FAQ texts: the ICP FAQ, `tests/data/faqs/*/*.md` and
  StackFAQ's FAQ pages (`$FAQBOT_STACKFAQ`, default `../shared/bench/stackfaq`).

No question of any query set is included, so the sets stay unseen by the
table; no validation FAQ (`tests/data/validation`) is read.
"""

import glob
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STACKFAQ = os.environ.get("FAQBOT_STACKFAQ", os.path.join(ROOT, "..", "shared", "bench", "stackfaq"))


def main():
    random.seed(7)
    out = set()

    def add(s):
        s = re.sub(r"\s+", " ", s).strip()
        if 12 <= len(s) <= 300 and re.search(r"[a-zA-Z]{3}", s) and not re.search(r"[{};=<>]{2}", s):
            out.add(s)

    d = subprocess.run("apt-cache dumpavail", shell=True, capture_output=True, text=True).stdout
    for line in d.splitlines():
        if line.startswith("Description:"):
            add(line[12:])
    doc = []
    for c in sorted(glob.glob(os.path.expanduser("~/.cargo/registry/src/*/*"))):
        for p in sorted(glob.glob(c + "/**/*.rs", recursive=True))[:200] + sorted(glob.glob(c + "/README*")):
            try:
                t = open(p, encoding="utf-8").read()
            except (OSError, UnicodeDecodeError):
                continue
            if p.endswith(".rs"):
                lines = [m.group(1) for m in re.finditer(r"^\s*//[/!] ?(.*)$", t, re.M)]
                txt = " ".join(x for x in lines if not x.startswith("```") and not x.startswith("#"))
            else:
                txt = re.sub(r"```.*?```", " ", t, flags=re.S)
                txt = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", txt)
                txt = re.sub(r"[#*`>|]", " ", txt)
            doc.extend(re.split(r"(?<=[.?!])\s+", txt))
    random.shuffle(doc)
    for s in doc[:90000]:
        add(s)
    pool = [os.path.join(ROOT, "faq", "icp-filing.md")]
    pool += sorted(glob.glob(os.path.join(ROOT, "tests", "data", "faqs", "*", "*.md")))
    pool += sorted(glob.glob(os.path.join(STACKFAQ, "faq", "*.md")))
    for p in pool:
        for s in re.split(r"(?<=[.?!])\s+|\n+", open(p, encoding="utf-8").read()):
            add(re.sub(r"[#*`>|]", " ", s))
    sys.stdout.write("\n".join(sorted(out)) + "\n")
    print(f"{len(out)} sentences", file=sys.stderr)


if __name__ == "__main__":
    main()
