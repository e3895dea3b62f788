#!/usr/bin/env python3
"""Names the six sections whose headings are Documenter.jl anchors
(`### [How do I catch CTRL-C in a script?](@id catch-ctrl-c)`) by that
anchor, in sections.txt and the question files.

Why: the writer's make_sections.py keeps the bracketed text and slugs it, as
if `(@id ...)` were a link target; the Julia manual (built with Documenter.jl)
and faqbot (see the README's "Writing an FAQ folder") take the `@id` as the
section's id. The questions and their sections are unchanged: only the name
of the expected section is, for the sections that carry an anchor. This was
done from the file's headings alone. The first run (SOURCE.md, "First run")
was taken before it, with the engine of that time, whose ids were the slugs
of the literal heading text; the questions' sections map one to one.

Run from this folder: python3 remap_anchors.py (idempotent).
"""
import json
import re

ids = {}
lines = open("sections.txt", encoding="utf-8").read().splitlines()
out = []
for line in lines:
    sid, heading = line.split("\t", 1)
    m = re.search(r"\]\(@id\s+([^)\s]+)\)\s*$", heading)
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
