#!/usr/bin/env python3
"""Build questions_all.jsonl, half_a.jsonl and half_b.jsonl from questions_src.py.

Split (seeded, SEED below):
  * the 50 sections of this Apache Seata set have one or two in-scope
    questions each (60 in all: every section once, ten sections twice);
  * for every section with two questions, the two are shuffled; the first
    goes to half A and the second to half B, so these ten sections are in
    both halves;
  * the 40 sections with a single question are shuffled and split 20/20
    between A and B, so A and B get 30 in-scope questions each and every
    section is in at least one half (the two halves together cover all 50);
  * the 15 out-of-scope questions are shuffled; 8 go to A, 7 to B.
"""
import json
import random
from collections import OrderedDict
from pathlib import Path

from questions_src import IN_SCOPE, OUT_OF_SCOPE

SEED = 20251347
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
    empty = [s for s, v in by_sec.items() if not v]
    assert not empty, f"sections without a question: {empty}"
    assert all(len(v) <= 2 for v in by_sec.values()), "at most two questions per section"
    n_double = sum(1 for v in by_sec.values() if len(v) == 2)
    assert n_double == len(IN_SCOPE) - len(sections), n_double

    rng = random.Random(SEED)
    a, b = [], []
    singles = []
    doubles = []
    for sid, qlist in by_sec.items():
        ql = qlist[:]
        rng.shuffle(ql)
        if len(ql) == 2:
            a.append({"q": ql[0], "expect": sid})
            b.append({"q": ql[1], "expect": sid})
            doubles.append(sid)
        else:
            singles.append({"q": ql[0], "expect": sid})
    rng.shuffle(singles)
    target_a = (len(IN_SCOPE) + 1) // 2
    for item in singles:
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
    per_half = {}
    for name, rows in (("half_a", a), ("half_b", b)):
        ins = [r for r in rows if r["expect"]]
        secs = {r["expect"] for r in ins}
        per_half[name] = secs
        covered |= secs
        assert set(doubles) <= secs, f"{name} must hold every two-question section"
        print(f"{name}: {len(ins)} in-scope + {len(rows) - len(ins)} out-of-scope; "
              f"{len(secs)}/{len(sections)} sections")
    assert covered == known, "every section must be in at least one half"
    assert per_half["half_a"] & per_half["half_b"] == set(doubles)
    assert sorted(json.dumps(r, sort_keys=True) for r in a + b) == \
        sorted(json.dumps(r, sort_keys=True) for r in all_rows), "halves != all"
    print(f"all: {len(IN_SCOPE)} in-scope + {len(OUT_OF_SCOPE)} out-of-scope; "
          f"{len(covered)}/{len(sections)} sections covered by the two halves; "
          f"sections in both halves: {', '.join(doubles)}")


if __name__ == "__main__":
    main()
