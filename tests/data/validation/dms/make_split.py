"""Validate questions against sections.txt and split into two halves (fixed seed)."""
import json, random
from collections import defaultdict
from questions_src import IN_SCOPE, OUT_OF_SCOPE

SEED = 20250117
anchors = [l.split("\t")[0] for l in open("sections.txt", encoding="utf-8").read().splitlines()]
assert len(IN_SCOPE) == 60 and len(OUT_OF_SCOPE) == 15
assert len({q for q, _ in IN_SCOPE} | set(OUT_OF_SCOPE)) == 75
by = defaultdict(list)
for q, a in IN_SCOPE:
    assert a in anchors, a
    by[a].append(q)
missing = [a for a in anchors if a not in by]
assert not missing, missing

rng = random.Random(SEED)
A, B, singles = [], [], []
for a in anchors:                       # stratified: one of each pair per half
    qs = by[a][:]
    assert len(qs) in (1, 2)
    if len(qs) == 2:
        rng.shuffle(qs)
        A.append({"q": qs[0], "expect": a}); B.append({"q": qs[1], "expect": a})
    else:
        singles.append({"q": qs[0], "expect": a})
rng.shuffle(singles)
half = len(singles) // 2
A += singles[:half]; B += singles[half:]
oos = OUT_OF_SCOPE[:]
rng.shuffle(oos)
A += [{"q": q, "expect": None} for q in oos[:8]]
B += [{"q": q, "expect": None} for q in oos[8:]]
rng.shuffle(A); rng.shuffle(B)

def dump(name, rows):
    with open(name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
dump("half_a.jsonl", A); dump("half_b.jsonl", B)
dump("all_questions.jsonl", [{"q": q, "expect": a} for q, a in IN_SCOPE] + [{"q": q, "expect": None} for q in OUT_OF_SCOPE])
for n, rows in (("half_a", A), ("half_b", B)):
    ins = [r for r in rows if r["expect"]]
    print(n, "in-scope", len(ins), "oos", len(rows) - len(ins), "sections", len({r["expect"] for r in ins}))
