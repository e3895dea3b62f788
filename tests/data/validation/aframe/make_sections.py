#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (A-Frame FAQ, faq/faq.md = docs/introduction/faq.md of
aframevr/aframe):
  * the file starts with YAML front matter (`title: FAQ`, `type:
    introduction`, `layout: docs`, `parent_section: introduction`,
    `order: 14`), which is skipped; after it come Markdown link reference
    definitions (`[ecs]: ./entity-component-system.md`, ...) and a
    `<!--toc-->` marker, neither of which is a section; the file has no `#`
    title heading (the page title comes from the front matter);
  * every `##` heading is one question (or topic, e.g. "\"Multiple instances
    of Three.js being imported.\" warning") and is a section; each section
    runs from its heading to the next `##` heading (the file has no `#` and
    no `###` or deeper headings outside code blocks; the script asserts
    this);
  * the fenced code blocks (```html, ```HTML, ```JS) contain no lines
    starting with `#`; link reference definitions inside a section
    (`[debug]: ../components/debug.md`) belong to that section.
Section id = GitHub heading anchor (slug over ALL headings of the document,
duplicates get -1, -2, ...; there are none). The script also checks that
every in-page link of the file (`](#anchor)`) points to a computed anchor
(the file has none: its links with `#` point into other pages, e.g.
`./best-practices.md#performance`).
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
        m = re.match(r"^\s*(`{3,}|~{3,})", line)
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

    # no document-title heading (the title comes from the front matter);
    # every heading is a `##` question and is a section
    assert hs and all(lvl == 2 for _, lvl, _ in hs), \
        [(n, lvl, t) for n, lvl, t in hs if lvl != 2]
    rows = [(anchors[idx], text) for idx, (_, lvl, text) in enumerate(hs)]
    assert len(set(anchors)) == len(anchors), "duplicate anchors"

    # self-check against the in-page links of the file
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
