#!/usr/bin/env python3
"""Build questions_all.jsonl, half_a.jsonl, half_b.jsonl from questions_src.py.
Split: fixed seed 20240611; every section gets one question in each half;
sections with a third question give it to A or B (half each, chosen by the seeded
shuffle); out-of-scope: 8 to A, 7 to B."""
import json, random, sys, os
here = os.path.dirname(os.path.abspath(__file__)); os.chdir(here); sys.path.insert(0, here)
from questions_src import Q, OOS
secs = [l.split('\t')[0] for l in open('sections.txt', encoding='utf-8').read().splitlines()]
assert set(secs) == set(Q)
allq = [{"q": q, "expect": s} for s in secs for q in Q[s]] + [{"q": q, "expect": None} for q in OOS]
assert sum(x['expect'] is not None for x in allq) == 60 and len(OOS) == 15
def dump(name, L):
    with open(name, 'w', encoding='utf-8') as f:
        for x in L: f.write(json.dumps(x, ensure_ascii=False) + '\n')
dump('questions_all.jsonl', allq)
rng = random.Random(20240611)
A, B = [], []
threes = [s for s in secs if len(Q[s]) == 3]; rng.shuffle(threes)
extraA = set(threes[:len(threes) // 2])
for s in secs:
    qs = [{"q": q, "expect": s} for q in Q[s]]; rng.shuffle(qs)
    A.append(qs[0]); B.append(qs[1])
    if len(qs) == 3: (A if s in extraA else B).append(qs[2])
o = [{"q": q, "expect": None} for q in OOS]; rng.shuffle(o)
A += o[:8]; B += o[8:]
rng.shuffle(A); rng.shuffle(B)
dump('half_a.jsonl', A); dump('half_b.jsonl', B)
for n, L in (('half_a', A), ('half_b', B)):
    print(n, len(L), 'in-scope', sum(x['expect'] is not None for x in L),
          'sections', len({x['expect'] for x in L if x['expect']}))
