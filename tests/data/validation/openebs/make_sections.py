#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (OpenEBS FAQ, faq/faqs.md = docs/main/faqs/faqs.md of
openebs/website, the Docusaurus source of the "FAQs" page of the OpenEBS
documentation):
  * the file starts with YAML front matter (id, title, keywords, description),
    which is skipped; there is no `#` title heading (the page title comes from
    the front matter) and no table of contents;
  * every `###` heading is one question and is a section (43 of them); each
    section runs from its heading to the next heading;
  * the only other heading is the closing `## See Also`, a bare list of links
    to other pages; it is not a question and not a section (the script asserts
    that it is the only `##` heading, that it comes last, and that there are
    no `#` or `####` headings);
  * lines inside fenced code blocks are not headings (the blocks hold shell
    output, YAML and one `---` document separator, but no `#` lines).
Section id = GitHub heading anchor of the heading's rendered text. Seven
headings end in a Docusaurus heading-id attribute (`{#where-is-my-data}`,
`{#get-started}`, ...), which the site does not display; it is removed before
slugging, so every id is the plain GitHub-style slug of the visible question
(slug over ALL headings of the document, duplicates would get -1, -2, ...;
there are none). The heading text in sections.txt is written as it stands in
the file (attribute included). The file's only in-page links are
`[Go to top](#top)`, which point to the top of the page, not to a heading;
they are the one expected exception in the link self-check.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "faqs.md"
OUT = HERE / "sections.txt"

DOCUSAURUS_ID = re.compile(r"\s*\{#[^}]*\}\s*$")


def visible(text):
    """Heading text without a trailing Docusaurus `{#custom-id}` attribute."""
    return DOCUSAURUS_ID.sub("", text)


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
    t = strip_inline(visible(text)).lower()
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

    # every `###` heading is a question/section; the single `##` heading is
    # the closing "See Also" link list, which is not a section
    levels = sorted({lvl for _, lvl, _ in hs})
    assert levels == [2, 3], levels
    h2 = [t for _, lvl, t in hs if lvl == 2]
    assert h2 == ["See Also"], h2
    assert hs[-1][1] == 2, "See Also must be the last heading"
    rows = [(anchors[idx], text) for idx, (_, lvl, text) in enumerate(hs) if lvl == 3]
    assert len(set(anchors)) == len(anchors), "duplicate anchors"

    # self-check against the in-page links of the file (only `#top` expected)
    known = set(anchors)
    for target in re.findall(r"\]\(#([^)]+)\)", "\n".join(lines)):
        if target not in known and target != "top":
            print(f"warning: link #{target} matches no heading anchor", file=sys.stderr)

    with OUT.open("w", encoding="utf-8") as f:
        for a, t in rows:
            f.write(f"{a}\t{t}\n")
    print(f"{len(rows)} sections -> {OUT.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
