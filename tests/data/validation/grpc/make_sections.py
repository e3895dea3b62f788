#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (gRPC FAQ, faq/faq.md = content/en/docs/what-is-grpc/faq.md
of grpc/grpc.io at commit 3b494dd8a23ee653da2ecb33eb2aa9ab06a621b8):
  * the file opens with a YAML front matter block (`---` / `title: FAQ` /
    `---`); it is page metadata, not a heading and not a section; the
    one-line introduction after it ("Here are some frequently asked
    questions...") belongs to no section;
  * the page has no `#` or `##` heading and no group headings; every
    level-3 heading `### ...` is one FAQ entry and a section (22 of them);
    each runs from its heading to the next heading (the last one to the
    end of the file);
  * there are no fenced code blocks in the file (checked), but lines inside
    fences would not be scanned for headings.
Section id = GitHub's heading anchor of the heading's visible text:
lowercase; link text kept, link target dropped; inline code text kept;
emphasis markers dropped; characters other than letters, digits, spaces,
hyphens and underscores removed (so `/`, `?`, `'`, `(`, `)` and `,` go);
each space becomes a hyphen (no merging); duplicates get -1, -2, ...
(there are none here). There are no explicit `{#id}` anchors, HTML headings
or Documenter `@id` anchors in this file.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "faq.md"
OUT = HERE / "sections.txt"

ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
FRONT_MATTER = ["---", "title: FAQ", "---"]
EXPECTED = 22


def headings(lines, start):
    """Yield (level, text, line_index) for ATX headings outside code fences."""
    fence = None
    for i in range(start, len(lines)):
        line = lines[i]
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
    # front matter: exactly the three lines, closed before any content
    assert lines[:3] == FRONT_MATTER, lines[:3]
    body_start = 3
    assert not any(re.match(r"^\s*(`{3,}|~{3,})", l) for l in lines), "fenced code found"
    hs = list(headings(lines, body_start))
    assert not re.search(r"\{#[^}]*\}", "\n".join(t for _, t, _ in hs)), "explicit anchor"
    assert not re.search(r"<h[1-6]\b", raw, flags=re.I), "HTML heading"
    assert "@id" not in raw, "Documenter anchor"
    levels = {lvl for lvl, _, _ in hs}
    assert levels == {3}, f"only ### entries expected, got levels {levels}"
    # text before the first entry is the introduction, not a section
    intro = "\n".join(lines[body_start:hs[0][2]]).strip()
    assert intro.startswith("Here are some frequently asked questions"), intro
    rows, seen = [], {}
    for k, (lvl, text, i) in enumerate(hs):
        end = hs[k + 1][2] if k + 1 < len(hs) else len(lines)
        body = "\n".join(lines[i + 1:end]).strip()
        assert body, f"section without an answer: {text!r}"
        base = slug(text)
        n = seen.get(base, 0)
        seen[base] = n + 1
        rows.append((base if n == 0 else f"{base}-{n}", text))
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9_-]+", s) for s in ids), ids
    assert len(rows) == EXPECTED, len(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for sid, text in rows:
            f.write(f"{sid}\t{text}\n")
    print(f"{len(rows)} sections -> {OUT.name} (front matter and introduction skipped)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
