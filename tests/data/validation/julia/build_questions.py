#!/usr/bin/env python3
"""Build questions_all.jsonl, half_a.jsonl and half_b.jsonl from questions_src.py.

Split (seeded, SEED below):
  * for every section, its questions are shuffled; a section with two
    questions sends one to half A and one to half B (28 of the 32 sections
    in this Julia set), so those sections appear in both halves;
  * the 32 sections cannot all get two questions with 60 in-scope questions,
    so the other 4 sections have one question each; these single questions
    are shuffled and fill half A up to 30 in-scope, the rest go to B, so A and
    B get 30 in-scope each (2 single-question sections in each half; every
    section is covered by at least one half);
  * the 15 out-of-scope questions are shuffled; 8 go to A, 7 to B.
"""
import json
import random
from collections import OrderedDict
from pathlib import Path

from questions_src import IN_SCOPE, OUT_OF_SCOPE

SEED = 20251244
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
    assert all(len(v) <= 2 for v in by_sec.values()), "at most two questions per section"

    rng = random.Random(SEED)
    a, b = [], []
    singles = []
    for sid, qlist in by_sec.items():
        ql = qlist[:]
        rng.shuffle(ql)
        if len(ql) == 2:
            a.append({"q": ql[0], "expect": sid})
            b.append({"q": ql[1], "expect": sid})
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
    for name, rows in (("half_a", a), ("half_b", b)):
        ins = [r for r in rows if r["expect"]]
        secs = {r["expect"] for r in ins}
        covered |= secs
        print(f"{name}: {len(ins)} in-scope + {len(rows) - len(ins)} out-of-scope; "
              f"{len(secs)}/{len(sections)} sections covered")
    assert covered == known, "every section must be in at least one half"
    print(f"all: {len(IN_SCOPE)} in-scope + {len(OUT_OF_SCOPE)} out-of-scope; "
          f"{len(covered)}/{len(sections)} sections covered by the two halves")


if __name__ == "__main__":
    main()
