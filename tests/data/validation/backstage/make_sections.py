#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (Backstage FAQ, faq/FAQ.md = backstage/backstage docs/FAQ.md):
  * the YAML front matter (id / title / description, between the two `---`
    lines) is not part of the content and gives no sections; the file has no
    `#` title and no table of contents;
  * the two `##` headings ("Product FAQ", "Technical FAQ") are only topic
    labels: each is followed directly by `###` questions and has no text of
    its own, so they are categories, not sections;
  * every `###` heading directly under such a category is a question and is
    one section; its text runs up to the next heading (there are no deeper
    headings in this file);
  * so the rule is: a `##` heading that has `###` headings under it and no
    body text before its first child heading is a category (its `###`
    headings are the sections); any other `##` heading would be a section.
Section id = GitHub heading anchor (slug over ALL headings of the document,
duplicates get -1, -2, ...). The script also checks that every in-page link
of the file (`](#anchor)`) points to a computed anchor.
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

    # categories: `##` headings with `###` headings under them and no own text
    def children(idx):
        """Indices of the headings under `##` heading idx, up to the next `##`."""
        out = []
        for j in range(idx + 1, len(hs)):
            if hs[j][1] <= 2:
                break
            out.append(j)
        return out

    rows = []
    for idx, (_, lvl, text) in enumerate(hs):
        if lvl != 2 or idx in toc:
            continue
        kids = children(idx)
        first = hs[kids[0]][0] if kids else None
        own_text = first is not None and any(
            l.strip() for l in lines[hs[idx][0] + 1:first])
        is_category = any(hs[j][1] == 3 for j in kids) and not own_text
        if is_category:
            rows += [(anchors[j], hs[j][2]) for j in kids if hs[j][1] == 3]
        else:
            rows.append((anchors[idx], text))

    # self-check against the file's own table of contents links
    known = set(anchors)
    for target in re.findall(r"\]\(#([^)]+)\)", "\n".join(lines)):
        if target not in known:
            print(f"warning: link #{target} matches no heading anchor", file=sys.stderr)

    with OUT.open("w", encoding="utf-8") as f:
        for a, t in rows:
            f.write(f"{a}\t{t}\n")
    print(f"{len(rows)} sections -> {OUT.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
