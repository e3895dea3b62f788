#!/usr/bin/env python3
"""Build questions_all.jsonl, half_a.jsonl and half_b.jsonl from questions_src.py.

Split (seeded, SEED below):
  * this Raspberry Pi FAQ set (hobby electronics; faq/README.md =
    faqs/README.md of raspberrypi/documentation) has 71 sections, more than
    30, so 30 of them were picked and have exactly two in-scope questions
    each (60 in all); the 41 sections listed in
    questions_src.UNUSED_SECTIONS have none, and there are no third
    questions;
  * for every picked section the two questions are shuffled; the first goes
    to half A and the second to half B, so every picked section is in both
    halves and A and B get 30 in-scope questions each;
  * the 15 out-of-scope questions are shuffled; 8 go to A, 7 to B.
"""
import json
import random
from collections import OrderedDict
from pathlib import Path

from questions_src import IN_SCOPE, OUT_OF_SCOPE, UNUSED_SECTIONS

SEED = 20251363
PICKED = 30
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
    assert set(UNUSED_SECTIONS) <= known and len(set(UNUSED_SECTIONS)) == len(UNUSED_SECTIONS)
    by_sec = OrderedDict((s, []) for s in sections)
    for q, sid in IN_SCOPE:
        by_sec[sid].append(q)
    used = [s for s, v in by_sec.items() if v]
    unused = [s for s, v in by_sec.items() if not v]
    assert sorted(unused) == sorted(UNUSED_SECTIONS), unused
    assert len(used) == PICKED, len(used)
    assert all(len(by_sec[s]) == 2 for s in used), "exactly two questions per picked section"
    assert len(IN_SCOPE) == 2 * PICKED

    rng = random.Random(SEED)
    a, b = [], []
    for sid in used:
        ql = by_sec[sid][:]
        rng.shuffle(ql)
        a.append({"q": ql[0], "expect": sid})
        b.append({"q": ql[1], "expect": sid})

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
        assert secs == set(used), f"{name} must cover every picked section"
        print(f"{name}: {len(ins)} in-scope + {len(rows) - len(ins)} out-of-scope; "
              f"{len(secs)}/{len(sections)} sections ({len(used)} picked)")
    assert sorted(json.dumps(r, sort_keys=True) for r in a + b) == \
        sorted(json.dumps(r, sort_keys=True) for r in all_rows), "halves != all"
    print(f"all: {len(IN_SCOPE)} in-scope + {len(OUT_OF_SCOPE)} out-of-scope; "
          f"unused sections: {unused}")


if __name__ == "__main__":
    main()
