import json, random, sys
sys.path.insert(0, '/work/blind_faq2')
from questions import S, IN, OUT
SEED = 20240611
rng = random.Random(SEED)
allq = [{"q": q, "expect": S[k]} for k, q in IN] + [{"q": q, "expect": None} for q in OUT]
with open('questions_all.jsonl', 'w', encoding='utf-8') as f:
    for o in allq: f.write(json.dumps(o, ensure_ascii=False) + '\n')
by = {}
for k, q in IN: by.setdefault(k, []).append(q)
A, B = [], []
keys = sorted(by, key=lambda k: int(k[1:]))
for k in keys:
    qs = by[k][:]; rng.shuffle(qs)
    first = A if len(A) <= len(B) else B
    second = B if first is A else A
    for i, q in enumerate(qs):
        (first if i % 2 == 0 else second).append({"q": q, "expect": S[k]})
# balance to 30/30 if needed by moving from a section with >=2 in the bigger half
assert len(A) == 30 and len(B) == 30, (len(A), len(B))
outs = OUT[:]; rng.shuffle(outs)
A += [{"q": q, "expect": None} for q in outs[:8]]
B += [{"q": q, "expect": None} for q in outs[8:]]
rng.shuffle(A); rng.shuffle(B)
for name, h in (('half_a.jsonl', A), ('half_b.jsonl', B)):
    with open(name, 'w', encoding='utf-8') as f:
        for o in h: f.write(json.dumps(o, ensure_ascii=False) + '\n')
