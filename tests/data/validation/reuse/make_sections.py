#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention:
  * front matter is not a section (this REUSE FAQ has a `---` block whose
    `# SPDX-...` comment lines and `title:` are YAML, not headings); a single
    top `#` title is not a section either (this file has none: its title is in
    the front matter);
  * headings inside code fences and inside HTML comments are not headings
    (this FAQ has two commented-out questions, `<!-- ## ... -->`, and many
    `# SPDX-...` lines inside code fences);
  * a table-of-contents block (a heading named "Contents" or "Table of
    Contents") and every heading under it are not sections (this FAQ only has
    a Hugo `{{< toc >}}` shortcode, so the rule does nothing here);
  * take the shallowest heading level that is left. If every heading of that
    level is only a category heading (no text of its own, directly followed
    by deeper question headings of one single level), that deeper level is the
    section level and the shallow headings are categories. Otherwise the
    shallowest level itself is the section level. Deeper headings belong to
    the enclosing section.
    In this REUSE FAQ the five `#` headings (General, The tool, Copyright,
    Licenses, Compliance) are bare categories, each followed directly by `##`
    questions, so every `##` heading is a section (37 of them). The three
    `###` steps under the first question belong to that question.
Section id = GitHub heading anchor (slug over ALL headings of the document,
duplicates get -1, -2, ...). GitHub does not know Hugo's `{#id}` heading
attributes, so it renders them as text and they end up in the slug: the
heading "What is SPDX? {#what-is-spdx}" gets the anchor
`what-is-spdx-what-is-spdx`.
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
    """(line_no, level, text) for ATX headings outside front matter, code
    fences and HTML comments."""
    out = []
    i = 0
    if lines and lines[0].strip() == "---":
        i = 1
        while i < len(lines) and lines[i].strip() != "---":
            i += 1
        i += 1
    fence = None
    in_comment = False
    for n in range(i, len(lines)):
        line = lines[n]
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
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
        if line.lstrip().startswith("<!--"):
            if "-->" not in line:
                in_comment = True
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

    # drop the table-of-contents block: a "Contents" heading and all headings
    # below it up to the next heading of the same or a higher level (anchors
    # above already count them)
    skip = set()
    toc_level = None
    for idx, (_, lvl, text) in enumerate(hs):
        if toc_level is not None and lvl <= toc_level:
            toc_level = None
        if toc_level is None and strip_inline(text).lower() in ("contents", "table of contents"):
            toc_level = lvl
        if toc_level is not None:
            skip.add(idx)

    # a single `#` title at the top of the document is not a section
    rest = [idx for idx in range(len(hs)) if idx not in skip]
    h1 = [idx for idx in rest if hs[idx][1] == 1]
    if len(h1) == 1 and h1[0] == rest[0]:
        skip.add(h1[0])
        rest = rest[1:]

    def child_level(idx):
        """Level of the heading right under a heading that has no text of its
        own and is followed by a deeper heading; None if it is not a category."""
        ln, lvl, _ = hs[idx]
        nxt = hs[idx + 1] if idx + 1 < len(hs) else None
        if nxt is None or nxt[1] <= lvl:
            return None
        body = "\n".join(lines[ln + 1:nxt[0]]).strip()
        return nxt[1] if body == "" else None

    # decide the section level
    top = min(hs[idx][1] for idx in rest)
    kids = {child_level(idx) for idx in rest if hs[idx][1] == top}
    if None not in kids and len(kids) == 1:
        level = kids.pop()
    else:
        level = top

    rows = [(anchors[i], hs[i][2]) for i in rest if hs[i][1] == level]
    with OUT.open("w", encoding="utf-8") as f:
        for a, t in rows:
            f.write(f"{a}\t{t}\n")
    print(f"section level: {'#' * level}; {len(rows)} sections -> {OUT.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
