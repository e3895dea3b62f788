#!/usr/bin/env python3
"""Rewrite the expected section ids from GitHub's anchors to the page's own.

This FAQ ends every heading with an attribute such as `{#quick-summary}`:
the anchor the REUSE website (Hugo) gives the section, and the one the
FAQ's own links use. GitHub shows the attribute as text, so the blind
writer's ids (GitHub anchors, in sections.txt) end with it
("what-is-spdx-what-is-spdx"). faqbot reads such an attribute as the
section's id, as Hugo does. Added by the faqbot team after the set was
written: ids only, the questions and halves are unchanged. The original
files are kept as *.github-ids.jsonl.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ids = [l.split("\t", 1)[0] for l in (HERE / "sections.txt").read_text().splitlines() if l.strip()]
attrs = re.findall(r"^##\s.*\{#([^}]+)\}\s*$", (HERE / "faq" / "faq.md").read_text(), re.M)
assert len(ids) == len(attrs), (len(ids), len(attrs))
to_page = dict(zip(ids, attrs))
for name in ["questions_all", "half_a", "half_b"]:
    src = HERE / f"{name}.github-ids.jsonl"
    if not src.exists():
        (HERE / f"{name}.jsonl").rename(src)
    rows = [json.loads(l) for l in src.read_text().splitlines() if l.strip()]
    for r in rows:
        if r.get("expect"):
            r["expect"] = to_page[r["expect"]]
    (HERE / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
