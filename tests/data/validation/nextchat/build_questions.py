#!/usr/bin/env python3
"""Build questions_all.jsonl, half_a.jsonl and half_b.jsonl from questions_src.py.

Split (seeded, SEED below):
  * for every section, its questions are shuffled; the first goes to half A
    and the second to half B, so every one of the 25 sections of this
    ChatGPT Next Web set appears in both halves (every section has at least
    two questions);
  * 60 in-scope questions over 25 sections means 10 sections have a third
    question; these 10 extra questions are shuffled and fill half A up to 30
    in-scope, the rest (5) go to B, so A and B get 30 in-scope each;
  * the 15 out-of-scope questions are shuffled; 8 go to A, 7 to B.
"""
import json
import random
from collections import OrderedDict
from pathlib import Path

from questions_src import IN_SCOPE, OUT_OF_SCOPE

SEED = 20251246
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
    few = [s for s, v in by_sec.items() if len(v) < 2]
    assert not few, f"sections with fewer than two questions: {few}"
    assert all(len(v) <= 3 for v in by_sec.values()), "at most three questions per section"

    rng = random.Random(SEED)
    a, b = [], []
    extras = []
    for sid, qlist in by_sec.items():
        ql = qlist[:]
        rng.shuffle(ql)
        a.append({"q": ql[0], "expect": sid})
        b.append({"q": ql[1], "expect": sid})
        extras += [{"q": q, "expect": sid} for q in ql[2:]]
    rng.shuffle(extras)
    target_a = (len(IN_SCOPE) + 1) // 2
    for item in extras:
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
        assert secs == known, f"{name} must cover every section"
        print(f"{name}: {len(ins)} in-scope + {len(rows) - len(ins)} out-of-scope; "
              f"{len(secs)}/{len(sections)} sections covered")
    assert covered == known, "every section must be in at least one half"
    assert sorted(json.dumps(r, sort_keys=True) for r in a + b) == \
        sorted(json.dumps(r, sort_keys=True) for r in all_rows), "halves != all"
    print(f"all: {len(IN_SCOPE)} in-scope + {len(OUT_OF_SCOPE)} out-of-scope; "
          f"{len(covered)}/{len(sections)} sections covered by the two halves")


if __name__ == "__main__":
    main()
