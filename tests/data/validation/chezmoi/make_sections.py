#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (same rules as the earlier sets):
  * front matter and the single top `#` title are not sections (this chezmoi
    FAQ has no front matter; its `#` title is "chezmoi Frequently Asked
    Questions");
  * a table-of-contents block (a `##` heading named "Contents" or "Table of
    Contents") and every heading under it are not sections. This chezmoi FAQ
    has a table of contents, but it is a bullet list of links after a
    `<!--- toc --->` comment, with no heading of its own, so it adds no
    heading and the rule does nothing here;
  * if `##` headings are questions, each `##` is a section (deeper headings
    belong to the enclosing section) -- this is the case here: all 25 `##`
    headings are questions with their own answer text, and there are no
    deeper headings;
  * if `##` headings are only category headings (no text of their own) with
    deeper question headings directly under them, the level of those question
    headings is the section level and `##` are categories.
Section id = GitHub heading anchor (slug over ALL headings of the document,
duplicates get -1, -2, ...). As a check, the ids are compared with the
anchors used by the FAQ's own table of contents.
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
    h2 = [idx for idx, (_, lvl, _) in enumerate(hs) if lvl == 2 and idx not in toc]

    def child_level(idx):
        """Level of the heading right under a `##` that has no text of its own
        and is followed by a deeper heading; None if it is not a category."""
        ln = hs[idx][0]
        nxt = hs[idx + 1] if idx + 1 < len(hs) else None
        if nxt is None or nxt[1] <= 2:
            return None
        body = "\n".join(lines[ln + 1:nxt[0]]).strip()
        return nxt[1] if body == "" else None

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
    # check against the FAQ's own table of contents (links "(#anchor)")
    toc_links = re.findall(r"\]\(#([^)]+)\)", "\n".join(lines))
    ids = [a for a, _ in rows]
    if toc_links:
        assert toc_links == ids, (set(toc_links) ^ set(ids))
        print(f"table of contents: {len(toc_links)} links, all equal to the section ids", file=sys.stderr)
    print(f"section level: {'#' * level}; {len(rows)} sections -> {OUT.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
