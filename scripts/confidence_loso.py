#!/usr/bin/env python3
"""Leave-one-set-out replica of `faqbot calibrate`, for trying the confidence
model's form outside the engine (training pool only).

Input: the JSON lines of `cargo run --release --example features_dump --
NAME=FAQDIR:QUERIES ...` over the pool's sets (cross negatives are dropped,
as `calibration/pool.toml` has `cross_negatives = 0`). It fits the same
L2-penalised logistic model on each question's first three candidates, with
the same per-set weights (ICP four, others one), picks the cut-off for at most
2% wrong and 5% out-of-scope answered on the other sets, and prints the mean
over the drop-in halves A of each left out in turn: right, wrong and
out-of-scope answered. It tracks `calibrate` within about half a point (the
ICP folder compares in its own table here).

Usage: scripts/confidence_loso.py DUMP.jsonl
"""
import json
import sys

import numpy as np

FEATS=["coverage","title_match","covered_title","lead","unknown_share","typo_share","stated_facts","against_title","rule_fires","off_topic","log_words","semantic","semantic_lead"]
TRAINING={"icp","saas","gameserver","library","stackfaq"}
def load(path):
    rows=[json.loads(l) for l in open(path)]
    return [r for r in rows if r["from"]==r["set"]]
def fit(X,y,w,l2=1.0,iters=50):
    n,d=X.shape; Xb=np.hstack([X,np.ones((n,1))]); b=np.zeros(d+1)
    for _ in range(iters):
        z=Xb@b; p=1/(1+np.exp(-z))
        g=Xb.T@(w*(p-y)); H=(Xb*(w*p*(1-p))[:,None]).T@Xb
        g[:d]+=l2*b[:d]; H[np.arange(d),np.arange(d)]+=l2; H+=np.eye(d+1)*1e-9
        s=np.linalg.solve(H,g); b-=s
        if np.abs(s).sum()<1e-8: break
    return b
def prob(b,X): return 1/(1+np.exp(-(np.hstack([X,np.ones((len(X),1))])@b)))
def cutoff(ps,right,inscope,w,mw=0.02,mo=0.05):
    nin=w[inscope].sum(); nout=max(w[~inscope].sum(),1e-9)
    for k in range(0,101):
        c=k/100; a=ps>=c
        wr=w[a&inscope&~right].sum()/nin; oo=w[a&~inscope].sum()/nout
        if wr<=mw+1e-6 and oo<=mo+1e-6: return c
    return 1.0
class Data:
    def __init__(self,rows,featfn,ncand=3):
        self.sets=sorted(set(r["set"] for r in rows))
        cnt={s:0 for s in self.sets}
        for r in rows: cnt[r["set"]]+=1
        wset={s:(4.0 if s=="icp" else 1.0) for s in self.sets}
        tot=sum(wset.values()); N=len(rows)
        per={s:N*wset[s]/(tot*cnt[s]) for s in self.sets}
        ex=[];top=[]
        for qi,r in enumerate(rows):
            cs=r["cands"]
            fv=featfn(r) # list of vectors per cand
            for j,c in enumerate(cs[:ncand]):
                ex.append((r["set"],fv[j],c["right"],per[r["set"]],j))
            if cs: top.append((r["set"],fv[0],cs[0]["right"],r["in_scope"],per[r["set"]]))
            else: top.append((r["set"],None,False,r["in_scope"],per[r["set"]]))
        self.ex=ex; self.top=top
        d=len(ex[0][1])
        self.ES=np.array([e[0] for e in ex]); self.EX=np.array([e[1] for e in ex]); self.EY=np.array([e[2] for e in ex],float); self.EW=np.array([e[3] for e in ex]); self.EJ=np.array([e[4] for e in ex])
        self.TS=np.array([t[0] for t in top]); self.TX=np.array([t[1] if t[1] is not None else np.full(d,np.nan) for t in top]); self.TR=np.array([t[2] for t in top]); self.TI=np.array([t[3] for t in top]); self.TW=np.array([t[4] for t in top])
def ptop(b,D,mask):
    X=D.TX[mask]; p=prob(b,np.nan_to_num(X)); p[np.isnan(X[:,0])]=0; return p
def loso(D,fitter=None,l2=1.0,only=None,verbose=False):
    res=[]
    for s in D.sets:
        if s in TRAINING: continue
        if only and s not in only: continue
        em=D.ES!=s; tm=D.TS!=s
        b=fitter(D,em) if fitter else fit(D.EX[em],D.EY[em],D.EW[em],l2)
        c=cutoff(ptop(b,D,tm),D.TR[tm],D.TI[tm],D.TW[tm])
        hm=D.TS==s; p=ptop(b,D,hm); R=D.TR[hm]; I=D.TI[hm]
        ni=I.sum(); no=(~I).sum()
        r=((p>=c)&R&I).sum()/ni; w=((p>=c)&~R&I).sum()/ni; o=((p>=c)&~I).sum()/max(no,1)
        res.append((s,c,r,w,o))
        if verbose: print(f"  {s:12} {c:.2f} {100*r:.1f} {100*w:.1f} {o:.2f}")
    a=np.array([x[2:] for x in res])
    return a.mean(0)*100, res
def base_feats(r): return [[c["f"][k] for k in FEATS] for c in r["cands"]]
if __name__=="__main__":
    rows=load(sys.argv[1]); D=Data(rows,base_feats)
    m,_=loso(D); print("LOSO right %.1f wrong %.1f oos %.1f"%tuple(m))
