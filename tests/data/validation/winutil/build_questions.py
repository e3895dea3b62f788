#!/usr/bin/env python3
"""Build questions_all.jsonl, half_a.jsonl and half_b.jsonl from questions_src.py.

Split (seeded, SEED below), adapted from the template script because this
Winutil FAQ has more than 30 sections (43) and 60 in-scope questions cannot
cover every section twice:
  * sections with two or more questions (17 here): the questions are
    shuffled; the first goes to half A, the second to half B (so these
    sections appear in both halves); any further question is an "extra";
  * sections with a single question (26 here): these questions are shuffled
    and dealt so that A and B get the same number of in-scope questions
    (13 to A, 13 to B), so each half covers about the same number of sections
    (30 each) and every section is covered in at least one half;
  * extras (none here) fill A up to half of the in-scope questions, the rest go
    to B;
  * the 15 out-of-scope questions are shuffled; 8 go to A, 7 to B.
"""
import json
import random
from collections import OrderedDict
from pathlib import Path

from questions_src import IN_SCOPE, OUT_OF_SCOPE

SEED = 20251125
HERE = Path(__file__).resolve().parent


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
    qs = [q for q, _ in IN_SCOPE] + OUT_OF_SCOPE
    assert len(qs) == len(set(q.lower() for q in qs)), "duplicate question"
    for q, sid in IN_SCOPE:
        assert sid in known, f"unknown section id {sid!r} for {q!r}"
    by_sec = OrderedDict((s, []) for s in sections)
    for q, sid in IN_SCOPE:
        by_sec[sid].append(q)
    missing = [s for s, v in by_sec.items() if not v]
    assert not missing, f"sections without questions: {missing}"

    rng = random.Random(SEED)
    a, b = [], []
    singles, extra = [], []
    for sid, qlist in by_sec.items():
        ql = qlist[:]
        rng.shuffle(ql)
        if len(ql) == 1:
            singles.append({"q": ql[0], "expect": sid})
            continue
        a.append({"q": ql[0], "expect": sid})
        b.append({"q": ql[1], "expect": sid})
        for q in ql[2:]:
            extra.append({"q": q, "expect": sid})
    target_a = (len(IN_SCOPE) + 1) // 2
    rng.shuffle(singles)
    for item in singles:
        (a if len(a) < target_a and len(a) <= len(b) else b).append(item)
    rng.shuffle(extra)
    for item in extra:
        (a if len(a) < target_a else b).append(item)

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

    covered = set()
    for name, rows in (("half_a", a), ("half_b", b)):
        ins = [r for r in rows if r["expect"]]
        secs = {r["expect"] for r in ins}
        covered |= secs
        print(f"{name}: {len(ins)} in-scope + {len(rows) - len(ins)} out-of-scope; "
              f"{len(secs)}/{len(sections)} sections covered")
    assert covered == known, "a section is covered by neither half"
    assert not ({r["q"] for r in a} & {r["q"] for r in b}), "halves overlap"
    print(f"all: {len(IN_SCOPE)} in-scope + {len(OUT_OF_SCOPE)} out-of-scope; "
          f"{len(covered)}/{len(sections)} sections covered by the two halves")


if __name__ == "__main__":
    main()
