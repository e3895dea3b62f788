#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Adapted from the XRPL / VS Code / WLED script for the WeKan FAQ
(wekan/wekan, docs/FAQ/FAQ.md).

Section convention:
  * front matter and a single top `#` title are not sections (the WeKan FAQ
    has neither; it opens with a quoted motto in a blockquote, which is body
    text, not a heading);
  * a table-of-contents block (a `##` heading named "Contents" or "Table of
    Contents") and every heading under it are not sections (the WeKan FAQ
    has no such block, so the rule does nothing here);
  * "category" headings are headings that have no text of their own and are
    followed directly by a deeper heading. If every heading of the highest
    level used in the file is such a category, and their first children all
    have the same level, that child level is the section level and the
    category headings are not sections. The XRPL FAQ had `##` categories
    over `####` questions; the WeKan FAQ has four `#` categories
    ("Features", "History", "Etiquette", "Sandstorm") over `##` questions,
    so every `##` heading is a section, including the eight that come before
    the first `#` category. Deeper headings (none in this file) would belong
    to the enclosing section;
  * otherwise (the usual case) the rules of the earlier sets apply: if `##`
    headings exist and are not bare categories, each `##` is a section; if
    `##` are bare categories over deeper headings, that deeper level is the
    section level; without `##` headings, `###` is.
Section id = GitHub heading anchor (slug over ALL headings of the document,
duplicates get -1, -2, ...).
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "FAQ.md"
OUT = HERE / "sections.txt"


def strip_inline(text):
    """Rendered text of a heading: link text kept, code text kept, emphasis dropped."""
    codes = []

    def keep_code(m):
        codes.append(m.group(2))
        return f"\x00{len(codes) - 1}\x00"

    t = re.sub(r"(`+)(.+?)\1", keep_code, text)
    t = re.sub(r"<a\b[^>]*>\s*</a>", "", t)              # empty html anchors
    t = re.sub(r"<[^>]+>", "", t)                        # other html tags
    t = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", t)      # images -> alt
    t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", t)       # links -> text
    t = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", t)      # ref links -> text
    t = re.sub(r"(\*\*|__)(.+?)\1", r"\2", t)            # strong
    t = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", t)  # *em*
    t = re.sub(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])", r"\1", t)    # _em_
    t = re.sub(r"~~(.+?)~~", r"\1", t)
    t = re.sub(r"\x00(\d+)\x00", lambda m: codes[int(m.group(1))], t)
    return t.strip()


def slug(text):
    t = strip_inline(text).lower()
    t = "".join(ch for ch in t if ch.isalnum() or ch in " -_")
    return t.replace(" ", "-")


def headings(lines):
    """(line_no, level, text) for ATX headings outside front matter and code fences."""
    out = []
    i = 0
    if lines and lines[0].strip() == "---":
        i = 1
        while i < len(lines) and lines[i].strip() != "---":
            i += 1
        i += 1
    fence = None
    for n in range(i, len(lines)):
        line = lines[n]
        m = re.match(r"^ {0,3}(`{3,}|~{3,})", line)
        if m:
            mark = m.group(1)
            if fence is None:
                fence = mark[0] * len(mark)
            elif line.strip().startswith(fence):
                fence = None
            continue
        if fence is not None:
            continue
        m = re.match(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if m:
            out.append((n, len(m.group(1)), m.group(2)))
    return out


def main():
    lines = FAQ.read_text(encoding="utf-8").split("\n")
    hs = headings(lines)

    # GitHub anchors over all headings, in document order
    seen = {}
    anchors = []
    for _, _, text in hs:
        base = slug(text)
        k = seen.get(base, 0)
        anchors.append(base if k == 0 else f"{base}-{k}")
        seen[base] = k + 1

    # drop the table-of-contents block: a `##` "Contents" heading and all
    # headings below it up to the next `##` (anchors above already count them)
    toc = set()
    in_toc = False
    for idx, (_, lvl, text) in enumerate(hs):
        if lvl <= 2:
            in_toc = lvl == 2 and strip_inline(text).lower() in ("contents", "table of contents")
        if in_toc:
            toc.add(idx)

    # decide the section level
    def child_level(idx):
        """Level of the heading right under a heading that has no text of its
        own and is followed by a deeper heading; None if it is not a bare
        category."""
        ln, lvl, _ = hs[idx]
        nxt = hs[idx + 1] if idx + 1 < len(hs) else None
        if nxt is None or nxt[1] <= lvl:
            return None
        body = "\n".join(lines[ln + 1:nxt[0]]).strip()
        return nxt[1] if body == "" else None

    top = min((lvl for i, (_, lvl, _) in enumerate(hs) if i not in toc), default=2)
    tops = [i for i, (_, lvl, _) in enumerate(hs) if lvl == top and i not in toc]
    top_kids = {child_level(i) for i in tops}
    h2 = [idx for idx, (_, lvl, _) in enumerate(hs) if lvl == 2 and idx not in toc]
    if top == 1 and len(tops) > 1 and None not in top_kids and len(top_kids) == 1:
        # several bare `#` categories (WeKan FAQ): their child level is the section level
        level = top_kids.pop()
    else:
        kids = {child_level(i) for i in h2}
        if h2 and None not in kids and len(kids) == 1:
            level = kids.pop()
        elif h2:
            level = 2
        else:
            level = 3

    rows = [(anchors[i], text) for i, (_, lvl, text) in enumerate(hs)
            if lvl == level and i not in toc]
    with OUT.open("w", encoding="utf-8") as f:
        for a, t in rows:
            f.write(f"{a}\t{t}\n")
    print(f"section level: {'#' * level}; {len(rows)} sections -> {OUT.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
