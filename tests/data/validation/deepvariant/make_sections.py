#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (DeepVariant FAQ, faq/FAQ.md = docs/FAQ.md of
google/deepvariant at commit 16b21502bddc82c08cb3fdabb3066bef331a864b):
  * `# DeepVariant FAQ` is the page title, not a section;
  * `## Singularity related questions:` is a group heading with no text of
    its own (the next line after it is its first `###` entry), not a section;
  * every other level-2 heading `## ...` and every level-3 heading `### ...`
    outside fenced code blocks is one FAQ entry and a section (22 of them:
    20 level-2 entries, then the 2 Singularity entries `### `TMPDIR`` and
    `### Issues with `/mnt/``); each runs from its heading to the next
    heading of any level (the last one to the end of the file);
  * lines inside fenced code blocks (```, ```bash) are not headings (the
    `echo $HOME # see ...` line would not be one anyway).
Section id = GitHub's heading anchor of the heading's visible text:
lowercase; link text kept, link target dropped; inline code text kept;
emphasis markers dropped; characters other than letters, digits, spaces,
hyphens and underscores removed; each space becomes a hyphen (no merging);
duplicates get -1, -2, ... (there are none here). There are no explicit
`{#id}` anchors, HTML headings or Documenter `@id` anchors in this file.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "FAQ.md"
OUT = HERE / "sections.txt"

ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
NOT_SECTIONS = [
    (1, "DeepVariant FAQ"),
    (2, "Singularity related questions:"),
]
EXPECTED = 22


def headings(text):
    """Yield (level, text, line_index) for ATX headings outside code fences."""
    fence = None
    for i, line in enumerate(text.split("\n")):
        m = re.match(r"^\s*(`{3,}|~{3,})", line)
        if fence is None:
            if m:
                fence = m.group(1)[0] * len(m.group(1))
                continue
            h = ATX.match(line)
            if h:
                yield len(h.group(1)), h.group(2), i
        elif re.match(r"^\s*" + re.escape(fence) + r"\s*$", line):
            fence = None
    assert fence is None, "unclosed code fence"


def slug(text):
    t = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)   # links: keep text
    t = re.sub(r"`([^`]*)`", r"\1", t)                      # inline code: keep text
    t = re.sub(r"<[^>]+>", "", t)                            # inline HTML tags
    t = t.replace("*", "")                                   # emphasis markers
    t = re.sub(r"(^|\W)_+|_+(\W|$)", r"\1\2", t)            # _emphasis_ markers
    t = t.lower()
    t = re.sub(r"[^\w\- ]", "", t, flags=re.UNICODE)
    return t.replace(" ", "-")


def main():
    raw = FAQ.read_text(encoding="utf-8")
    lines = raw.split("\n")
    hs = list(headings(raw))
    assert not re.search(r"\{#[^}]*\}", "\n".join(t for _, t, _ in hs)), "explicit anchor"
    assert "<h" not in raw.lower().replace("<https", ""), "HTML heading"
    others = [(lvl, t) for lvl, t, _ in hs if (lvl, t) in NOT_SECTIONS]
    assert others == NOT_SECTIONS, others
    # the group heading holds no text of its own: next non-blank line is a ### heading
    for k, (lvl, t, i) in enumerate(hs):
        if (lvl, t) == NOT_SECTIONS[1]:
            nxt = next(l for l in lines[i + 1:] if l.strip())
            assert nxt.startswith("### "), nxt
            assert all(h[0] == 3 for h in hs[k + 1:]), "only ### entries after the group"
    rows, seen = [], {}
    for k, (lvl, text, i) in enumerate(hs):
        if (lvl, text) in NOT_SECTIONS:
            continue
        assert lvl in (2, 3), (lvl, text)
        end = hs[k + 1][2] if k + 1 < len(hs) else len(lines)
        body = "\n".join(lines[i + 1:end]).strip()
        assert body, f"section without an answer: {text!r}"
        base = slug(text)
        n = seen.get(base, 0)
        seen[base] = n + 1
        rows.append((base if n == 0 else f"{base}-{n}", text))
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    assert len(rows) == EXPECTED, len(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for sid, text in rows:
            f.write(f"{sid}\t{text}\n")
    print(f"{len(rows)} sections -> {OUT.name} "
          f"({len(others)} non-section headings skipped)", file=sys.stderr)


if __name__ == "__main__":
    main()
