#!/usr/bin/env python3
"""Build questions_all.jsonl, half_a.jsonl and half_b.jsonl from questions_src.py.

Split (seeded): for every section, its questions are shuffled; one goes to
half A, one to half B, and the third (where a section has three) goes to a
pool that is shuffled and dealt so each half gets 30 in-scope questions.
Out-of-scope questions are shuffled; 8 go to A, 7 to B.
"""
import json
import random
from collections import defaultdict, OrderedDict
from pathlib import Path

from questions_src import IN_SCOPE, OUT_OF_SCOPE

HERE = Path(__file__).resolve().parent
SEED = 20240604


def load_section_ids():
    ids = []
    for line in (HERE / "sections.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            ids.append(line.split("\t", 1)[0])
    return ids


def main():
    ids = load_section_ids()
    idset = set(ids)
    assert len(IN_SCOPE) == 60, len(IN_SCOPE)
    assert len(OUT_OF_SCOPE) == 15, len(OUT_OF_SCOPE)
    qs = [q for q, _ in IN_SCOPE] + list(OUT_OF_SCOPE)
    assert len(set(qs)) == len(qs), "duplicate question text"
    by_sec = OrderedDict((i, []) for i in ids)
    for q, sid in IN_SCOPE:
        assert sid in idset, f"unknown section id: {sid}"
        by_sec[sid].append(q)
    for sid, lst in by_sec.items():
        assert 2 <= len(lst) <= 3, (sid, len(lst))

    rng = random.Random(SEED)
    a, b, pool = [], [], []
    for sid, lst in by_sec.items():
        lst = lst[:]
        rng.shuffle(lst)
        a.append({"q": lst[0], "expect": sid})
        b.append({"q": lst[1], "expect": sid})
        for q in lst[2:]:
            pool.append({"q": q, "expect": sid})
    rng.shuffle(pool)
    need_a = 30 - len(a)
    a += pool[:need_a]
    b += pool[need_a:]
    assert len(a) == 30 and len(b) == 30, (len(a), len(b))

    oos = [{"q": q, "expect": None} for q in OUT_OF_SCOPE]
    rng.shuffle(oos)
    a += oos[:8]
    b += oos[8:]
    rng.shuffle(a)
    rng.shuffle(b)

    def dump(path, rows):
        with open(HERE / path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    all_rows = [{"q": q, "expect": sid} for q, sid in IN_SCOPE] + \
               [{"q": q, "expect": None} for q in OUT_OF_SCOPE]
    dump("questions_all.jsonl", all_rows)
    dump("half_a.jsonl", a)
    dump("half_b.jsonl", b)

    for name, rows in (("half_a", a), ("half_b", b)):
        ins = [r for r in rows if r["expect"] is not None]
        secs = {r["expect"] for r in ins}
        print(f"{name}: {len(ins)} in-scope, {len(rows) - len(ins)} out-of-scope, "
              f"{len(secs)}/{len(ids)} sections covered")


if __name__ == "__main__":
    main()
