#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from faq/faq.md.

Convention: the single top '#' title and any front matter are not sections.
If '##' headings are only category headings with '###' questions under them,
each '###' is a section; otherwise each '##' is a section. Deeper headings
belong to their enclosing section. Headings inside fenced code are ignored.
Ids follow GitHub's heading-anchor rules.
"""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "faq.md"


def headings(text):
    lines = text.split("\n")
    i = 0
    if lines and lines[0].strip() == "---":  # front matter
        j = 1
        while j < len(lines) and lines[j].strip() != "---":
            j += 1
        i = j + 1
    fence = None
    out = []
    for line in lines[i:]:
        m = re.match(r"^ {0,3}(`{3,}|~{3,})", line)
        if m:
            tok = m.group(1)
            if fence is None:
                fence = tok[0] * len(tok)
            elif tok.startswith(fence):
                fence = None
            continue
        if fence:
            continue
        m = re.match(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if m:
            out.append((len(m.group(1)), m.group(2)))
    return out


def slug(heading):
    s = heading
    s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", s)   # images -> alt text
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)    # links -> link text
    s = re.sub(r"<[^>]+>", "", s)                      # inline html tags
    s = s.lower()
    s = re.sub(r"[^\w\- ]", "", s)                     # keep letters, digits, _, -, space
    s = s.replace(" ", "-")
    return s


def sections(text):
    hs = headings(text)
    body = [(lvl, h) for lvl, h in hs if lvl >= 2]
    level2 = [h for lvl, h in body if lvl == 2]
    level3 = [h for lvl, h in body if lvl == 3]
    # '##' are categories only if every '##' is followed by '###' questions
    sec_level = 2
    if level3:
        cats_only = True
        for k, (lvl, h) in enumerate(body):
            if lvl == 2:
                nxt = body[k + 1][0] if k + 1 < len(body) else None
                if nxt != 3:
                    cats_only = False
        if cats_only:
            sec_level = 3
    seen = {}
    out = []
    # duplicate counting runs over all headings of the page (GitHub behaviour)
    for lvl, h in hs:
        base = slug(h)
        n = seen.get(base, 0)
        seen[base] = n + 1
        sid = base if n == 0 else f"{base}-{n}"
        if lvl == sec_level:
            out.append((sid, h))
    return out


if __name__ == "__main__":
    text = FAQ.read_text(encoding="utf-8")
    secs = sections(text)
    with open(HERE / "sections.txt", "w", encoding="utf-8") as f:
        for sid, h in secs:
            f.write(f"{sid}\t{h}\n")
    print(f"{len(secs)} sections written to sections.txt")
