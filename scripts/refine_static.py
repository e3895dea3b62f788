#!/usr/bin/env python3
"""Refine faqbot's static token table on sentences the full model has encoded
(tokenlearn-style: the table is fit so that its mean-pooled sentence vectors
approach the sentence model's own).

    cargo run --release --features sentence-model --example teacher_embed -- MODEL_DIR corpus.txt /tmp/teacher
    python3 scripts/refine_static.py --teacher /tmp/teacher --out data/semantic/minilm-static.bin

The distilled table (`scripts/distill_static.py`) knows each token alone, out
of context; a sentence's vector is then the mean of its tokens'. Here each
token's row is re-fit so that the mean over a sentence's pieces matches the
full model's vector for that sentence (projected onto the table's 256
dimensions), by ridge regression pulled towards the distilled row: tokens
seen rarely in the corpus stay near where distillation put them.

Needs numpy and scipy. Reads the current table (`--base`) for its vocabulary
and rows; writes the same format.
"""

import argparse
import hashlib
import struct
import sys

import numpy as np
import scipy.sparse as sp

MAGIC = b"FAQBSEM\0"


def read_table(path):
    b = open(path, "rb").read()
    assert b[:8] == MAGIC, f"{path}: not a table"
    version, dims, rows, vbytes, flags = struct.unpack("<5I", b[8:28])
    off = 28
    blob = b[off : off + vbytes]
    off += vbytes
    scale = np.frombuffer(b[off : off + 4 * rows], dtype="<f4").copy()
    off += 4 * rows
    q = np.frombuffer(b[off : off + rows * dims], dtype=np.int8).reshape(rows, dims)
    return blob, (q.astype(np.float32) * scale[:, None]), version, dims


def write_table(path, blob, emb, version):
    rows, dims = emb.shape
    scale = np.abs(emb).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(emb / scale[:, None]), -127, 127).astype(np.int8)
    with open(path, "wb") as f:
        f.write(MAGIC)
        f.write(struct.pack("<5I", version, dims, rows, len(blob), 0))
        f.write(blob)
        f.write(scale.astype("<f4").tobytes())
        f.write(q.tobytes())


def read_teacher(prefix, rows):
    y = np.fromfile(prefix + ".f32", dtype="<f4").reshape(-1, 384)
    raw = np.fromfile(prefix + ".ids", dtype="<u4")
    data, indices, indptr = [], [], [0]
    i = 0
    while i < len(raw):
        n = int(raw[i])
        ids = raw[i + 1 : i + 1 + n]
        i += 1 + n
        if n:
            u, c = np.unique(ids, return_counts=True)
            indices.extend(u.tolist())
            data.extend((c / n).tolist())
        indptr.append(len(indices))
    a = sp.csr_matrix((np.array(data, np.float32), np.array(indices), np.array(indptr)), shape=(len(indptr) - 1, rows))
    assert a.shape[0] == y.shape[0], (a.shape, y.shape)
    keep = np.asarray(a.sum(axis=1)).ravel() > 0
    return a[keep], y[keep]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="data/semantic/minilm-static.bin")
    ap.add_argument("--teacher", required=True, help="prefix of teacher_embed's .f32 and .ids files")
    ap.add_argument("--lam", type=float, default=1.0, help="pull towards the distilled row, per unit of corpus weight")
    ap.add_argument("--iters", type=int, default=60)
    ap.add_argument("--holdout", type=float, default=0.05)
    ap.add_argument("--dims", type=int, default=0, help="keep the base's first DIMS columns (its PCA components, largest first); 0 keeps all")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    blob, e0, version, dims = read_table(args.base)
    if args.dims and args.dims < dims:
        e0, dims = np.ascontiguousarray(e0[:, : args.dims]), args.dims
    a, y = read_teacher(args.teacher, e0.shape[0])
    rng = np.random.default_rng(0)
    test = rng.random(a.shape[0]) < args.holdout
    at, yt, ah, yh = a[~test], y[~test], a[test], y[test]
    print(f"{a.shape[0]} sentences ({test.sum()} held out), {a.nnz} token entries, table {e0.shape}")

    # The teacher's 384-d space onto 256 directions (uncentred: cosines are uncentred).
    _, s, vt = np.linalg.svd(yt[:20000], full_matrices=False)
    p = vt[:dims].T
    print(f"projection keeps {np.sum(s[:dims] ** 2) / np.sum(s ** 2):.3f} of the teacher's energy")
    tt, th = yt @ p, yh @ p

    # Rotate the distilled rows into that space: the least-squares map from
    # their pooled vectors to the teacher's.
    x0 = at @ e0
    m, *_ = np.linalg.lstsq(x0, tt, rcond=None)
    prior = (e0 @ m).astype(np.float32)

    def cos(pred, t):
        pn = pred / np.maximum(np.linalg.norm(pred, axis=1, keepdims=True), 1e-9)
        tn = t / np.maximum(np.linalg.norm(t, axis=1, keepdims=True), 1e-9)
        return float(np.mean(np.sum(pn * tn, axis=1)))

    print(f"held-out cosine to the teacher: distilled+map {cos(ah @ prior, th):.4f}")

    # Ridge, pulled to the prior: (A'A + lam*D) E = A'T + lam*D*prior, with D the
    # tokens' corpus weight floor so every row is determined. Block CG.
    w = np.asarray(at.sum(axis=0)).ravel()
    d = args.lam * np.maximum(w.mean() * 0.01, 1e-3) + 0 * w
    ata = lambda x: at.T @ (at @ x) + d[:, None] * x
    b = at.T @ tt + d[:, None] * prior
    x = prior.copy()
    r = b - ata(x)
    z = r.copy()
    rr = np.sum(r * r, axis=0)
    for it in range(args.iters):
        az = ata(z)
        alpha = rr / np.maximum(np.sum(z * az, axis=0), 1e-30)
        x += z * alpha
        r -= az * alpha
        rr2 = np.sum(r * r, axis=0)
        z = r + z * (rr2 / np.maximum(rr, 1e-30))
        rr = rr2
        if it % 10 == 9:
            print(f"  iter {it + 1}: residual {np.sqrt(rr.sum()):.4g}, held-out cosine {cos(ah @ x, th):.4f}")
    write_table(args.out, blob, x.astype(np.float32), version)
    print(f"wrote {args.out} sha256 {hashlib.sha256(open(args.out, 'rb').read()).hexdigest()}")


if __name__ == "__main__":
    main()
