#!/usr/bin/env python3
"""Names the seven sections whose headings end in an explicit anchor
(`### Question? {#where-is-my-data}`) by that anchor, in sections.txt and the
question files.

Why: the writer's make_sections.py strips the `{#...}` tag and slugs the
question text, as GitHub would render the file; the OpenEBS docs site (and
faqbot, see the README's "Writing an FAQ folder") take the explicit anchor as
the section's id. The questions and their sections are unchanged: only the
name of the expected section is, for the sections that carry an anchor. This
was done from the file's headings, before any question was run, and the
first-run figures were taken after it (SOURCE.md).

Run from this folder: python3 remap_anchors.py (idempotent).
"""
import json
import re

ids = {}
lines = open("sections.txt", encoding="utf-8").read().splitlines()
out = []
for line in lines:
    sid, heading = line.split("\t", 1)
    m = re.search(r"\{#([^}]+)\}\s*$", heading)
    if m:
        ids[sid] = m.group(1)
        sid = m.group(1)
    out.append(f"{sid}\t{heading}")
open("sections.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")

for name in ["questions_all.jsonl", "half_a.jsonl", "half_b.jsonl"]:
    rows = [json.loads(l) for l in open(name, encoding="utf-8") if l.strip()]
    with open(name, "w", encoding="utf-8") as f:
        for r in rows:
            if r.get("expect") in ids:
                r["expect"] = ids[r["expect"]]
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(ids), "anchored sections renamed")
