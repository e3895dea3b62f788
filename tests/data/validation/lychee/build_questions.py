#!/usr/bin/env python3
"""Build questions_all.jsonl, half_a.jsonl and half_b.jsonl from questions_src.py.

Adapted from the template script. The template gave every section 2-3
questions and sent the first of each section to half A and the second to B.
This Lychee FAQ has 48 sections and 60 in-scope questions (12 sections with
two questions, 36 with one), so that rule would put 48 in-scope questions in
half A. Split used instead (seeded, SEED below):
  * each section with two questions: the pair is shuffled, one goes to A and
    one to B (12 + 12);
  * sections with one question: within each of the FAQ's three `##`
    categories (General questions / Installation, migration, upgrade, update /
    Problems) they are shuffled and dealt alternately to A and B, starting
    with A in every category (General 16 -> 8/8, Installation 8 -> 4/4,
    Problems 12 -> 6/6), so A and B get 18 each and the same mix of topics;
  * the 15 out-of-scope questions are shuffled; 8 go to A, 7 to B.
So each half has 30 in-scope questions over 30 distinct sections; together
the halves cover all 48 sections.
"""
import json
import random
from collections import OrderedDict
from pathlib import Path

from questions_src import IN_SCOPE, OUT_OF_SCOPE

SEED = 20250807
HERE = Path(__file__).resolve().parent

# first section id of each `##` category of faq/faq.md (document order)
CATEGORY_STARTS = OrderedDict([
    ("which-browsers-are-supported", "General questions"),
    ("how-can-i-install-lychee-without-ssh-access", "Installation, migration, upgrade, update"),
    ("lychee-is-not-working", "Problems"),
])


def load_sections():
    ids = []
    for line in (HERE / "sections.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            ids.append(line.split("\t", 1)[0])
    return ids


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    sections = load_sections()
    known = set(sections)
    assert all(s in known for s in CATEGORY_STARTS), "category start not in sections.txt"
    category = {}
    cur = None
    for s in sections:
        cur = CATEGORY_STARTS.get(s, cur)
        category[s] = cur

    qs = [q for q, _ in IN_SCOPE] + OUT_OF_SCOPE
    assert len(qs) == len(set(q.lower() for q in qs)), "duplicate question"
    for q, sid in IN_SCOPE:
        assert sid in known, f"unknown section id {sid!r} for {q!r}"
    by_sec = OrderedDict((s, []) for s in sections)
    for q, sid in IN_SCOPE:
        by_sec[sid].append(q)
    missing = [s for s, v in by_sec.items() if not v]
    assert not missing, f"sections without questions: {missing}"
    assert max(len(v) for v in by_sec.values()) <= 4, "a section has more than 4 questions"
    assert all(len(v) <= 2 for v in by_sec.values()), "this split expects at most 2 per section"

    rng = random.Random(SEED)
    a, b = [], []
    singles = OrderedDict((c, []) for c in CATEGORY_STARTS.values())
    for sid, qlist in by_sec.items():
        ql = qlist[:]
        rng.shuffle(ql)
        if len(ql) == 2:
            a.append({"q": ql[0], "expect": sid})
            b.append({"q": ql[1], "expect": sid})
        else:
            singles[category[sid]].append({"q": ql[0], "expect": sid})
    for cat, items in singles.items():
        rng.shuffle(items)
        for i, item in enumerate(items):
            (a if i % 2 == 0 else b).append(item)
    assert len(a) == len(b) == len(IN_SCOPE) // 2, (len(a), len(b))

    oos = OUT_OF_SCOPE[:]
    rng.shuffle(oos)
    n_oos_a = (len(oos) + 1) // 2
    a += [{"q": q, "expect": None} for q in oos[:n_oos_a]]
    b += [{"q": q, "expect": None} for q in oos[n_oos_a:]]
    rng.shuffle(a)
    rng.shuffle(b)

    all_rows = [{"q": q, "expect": sid} for q, sid in IN_SCOPE] + \
               [{"q": q, "expect": None} for q in OUT_OF_SCOPE]
    write_jsonl(HERE / "questions_all.jsonl", all_rows)
    write_jsonl(HERE / "half_a.jsonl", a)
    write_jsonl(HERE / "half_b.jsonl", b)

    for name, rows in (("half_a", a), ("half_b", b)):
        ins = [r for r in rows if r["expect"]]
        secs = {r["expect"] for r in ins}
        cats = {}
        for r in ins:
            cats[category[r["expect"]]] = cats.get(category[r["expect"]], 0) + 1
        print(f"{name}: {len(ins)} in-scope + {len(rows) - len(ins)} out-of-scope; "
              f"{len(secs)}/{len(sections)} sections covered; by category {cats}")
    print(f"all: {len(IN_SCOPE)} in-scope + {len(OUT_OF_SCOPE)} out-of-scope")


if __name__ == "__main__":
    main()
