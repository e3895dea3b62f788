#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention:
  * front matter and the single top `#` title are not sections;
  * the title block before the first ATX heading is not a section (in this
    MeshCore FAQ it is a bold "**MeshCore-FAQ**" line, two paragraphs and an
    "author: https://github.com/LitBomb" line that a `---` line directly
    below turns into a setext `<h2>`; that setext heading is a byline, not a
    question, and it is left out of the level decision as well);
  * a table-of-contents block (a `##` heading named "Contents" or "Table of
    Contents") and every heading under it are not sections (this MeshCore FAQ
    has its table of contents as a plain link list without a heading, so the
    rule does nothing here; a plain list holds no headings anyway);
  * if `##` headings are questions, each `##` is a section (deeper headings
    belong to the enclosing section);
  * if `##` headings are only category headings with `###` questions under
    them, each `###` is a section and `##` are categories (the case here:
    `## 1. Introduction` ... `## 7. Other Questions:` are bare categories,
    the `### N.M. Q: ...` headings are the sections, and the `####`
    headings under 1.2 and 5.14 belong to their `###` section).
Section id = GitHub heading anchor (slug over ALL headings of the document,
ATX and setext, duplicates get -1, -2, ...).
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "faq.md"
OUT = HERE / "sections.txt"


def strip_inline(text):
    """Rendered text of a heading: link text kept, code text kept, emphasis dropped."""
    codes = []

    def keep_code(m):
        codes.append(m.group(2))
        return f"\x00{len(codes) - 1}\x00"

    t = re.sub(r"(`+)(.+?)\1", keep_code, text)
    t = re.sub(r"<a\b[^>]*>\s*</a>", "", t)              # empty html anchors
    t = re.sub(r"<[^>]+>", "", t)                        # other html tags and comments
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
    """(line_no, level, text, kind) for headings outside front matter and code fences.

    kind is "atx" or "setext". A setext heading is a paragraph line directly
    followed by a line of `-` (level 2) or `=` (level 1); the paragraph line
    must not be blank, a heading, a list item, a quote, a table row or an
    indented code line.
    """
    out = []
    i = 0
    if lines and lines[0].strip() == "---":
        i = 1
        while i < len(lines) and lines[i].strip() != "---":
            i += 1
        i += 1
    fence = None
    prev_para = None  # (line_no, text) of the previous line if it can be a setext heading text
    for n in range(i, len(lines)):
        line = lines[n]
        m = re.match(r"^ {0,3}(`{3,}|~{3,})", line)
        if m:
            mark = m.group(1)
            if fence is None:
                fence = mark[0] * len(mark)
            elif line.strip().startswith(fence):
                fence = None
            prev_para = None
            continue
        if fence is not None:
            continue
        m = re.match(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if m:
            out.append((n, len(m.group(1)), m.group(2), "atx"))
            prev_para = None
            continue
        m = re.match(r"^ {0,3}(-+|=+)\s*$", line)
        if m and prev_para is not None:
            level = 2 if m.group(1)[0] == "-" else 1
            out.append((prev_para[0], level, prev_para[1].strip(), "setext"))
            prev_para = None
            continue
        if (line.strip() and not line.startswith("    ")
                and not re.match(r"^ {0,3}([-*+]\s|\d+[.)]\s|>|\|)", line)):
            prev_para = (n, line)
        else:
            prev_para = None
    return out


def main():
    lines = FAQ.read_text(encoding="utf-8").split("\n")
    hs = headings(lines)

    # GitHub anchors over all headings, in document order
    seen = {}
    anchors = []
    for _, _, text, _ in hs:
        base = slug(text)
        k = seen.get(base, 0)
        anchors.append(base if k == 0 else f"{base}-{k}")
        seen[base] = k + 1

    # title block: setext headings before the first ATX heading (here the
    # "author: ..." byline) are neither sections nor categories
    first_atx = next((idx for idx, h in enumerate(hs) if h[3] == "atx"), len(hs))
    title_block = {idx for idx in range(first_atx) if hs[idx][3] == "setext"}

    # drop the table-of-contents block: a `##` "Contents" heading and all
    # headings below it up to the next `##` (anchors above already count them)
    toc = set()
    in_toc = False
    for idx, (_, lvl, text, _) in enumerate(hs):
        if lvl <= 2:
            in_toc = lvl == 2 and strip_inline(text).lower() in ("contents", "table of contents")
        if in_toc:
            toc.add(idx)

    skip = toc | title_block

    # decide the section level
    h2 = [idx for idx, (_, lvl, _, _) in enumerate(hs) if lvl == 2 and idx not in skip]

    def is_category(idx):
        ln = hs[idx][0]
        nxt = hs[idx + 1] if idx + 1 < len(hs) else None
        if nxt is None or nxt[1] != 3:
            return False
        body = "\n".join(lines[ln + 1:nxt[0]]).strip()
        return body == ""

    level = 3 if h2 and all(is_category(i) for i in h2) else 2
    if not h2:
        level = 3

    rows = [(anchors[i], text) for i, (_, lvl, text, _) in enumerate(hs)
            if lvl == level and i not in skip]
    with OUT.open("w", encoding="utf-8") as f:
        for a, t in rows:
            f.write(f"{a}\t{t}\n")
    print(f"section level: {'#' * level}; {len(rows)} sections -> {OUT.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
