#!/usr/bin/env python3
"""Maps the GitHub-style ids of the three headings that carry an explicit
Docusaurus anchor ({#password-reset}, {#config-reset}, {#telemetry}) to that
anchor, which is the id the published docs use and the one faqbot gives a
heading with {#id}. Per section, never per question; run after build_questions.py."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
MAP = {
    "i-forgot-my-password-how-can-i-reset-it-password-reset": "password-reset",
    "how-can-i-reset-my-configuration-and-settings-config-reset": "config-reset",
    "telemetry--community-data-telemetry": "telemetry",
}
for name in ("questions_all.jsonl", "half_a.jsonl", "half_b.jsonl"):
    path = os.path.join(HERE, name)
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            r["expect"] = MAP.get(r["expect"], r["expect"])
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
