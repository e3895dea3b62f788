#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (Julia FAQ, faq/faq.md = doc/src/manual/faq.md of
JuliaLang/julia at commit 03f9e026, the Documenter.jl source of the
"Frequently Asked Questions" page of the Julia manual):
  * the file has no front matter; it opens with the page title
    `# Frequently Asked Questions`, which is not a section; there is no table
    of contents;
  * the 15 `##` headings ("General", "[Public API](@id man-api)", "Sessions
    and the REPL", ..., "Julia Releases") are group headings with no text of
    their own (each is followed directly by a `###` heading); they are not
    sections;
  * every `###` heading is one question and is a section (32 of them); each
    section runs from its heading to the next heading of level 1-3;
  * the only `####` headings are the three sub-headings inside "What does the
    `...` operator do?" (slurping and splatting); they belong to that section
    and are not sections of their own;
  * lines inside fenced code blocks are not headings (two of them start with
    `#`: the comment `# Got an error. ...` and the shebang
    `#!/usr/bin/env -S julia ...`); fences inside list items are indented.
The script asserts the title, the number of `##` headings (15), that every
`##` heading is directly followed by a `###` heading, and where the `####`
headings are.
Section id = GitHub heading anchor of the heading's rendered text (slug over
ALL headings of the document, duplicates would get -1, -2, ...; there are
none). Six question headings (and three group headings) are written as
Documenter "@id" links, e.g. `### [How do I catch CTRL-C in a script?](@id catch-ctrl-c)`;
on GitHub they render as links, so the link text is kept and the target
`@id ...` is dropped, and the section id is the plain slug of the visible
question (`how-do-i-catch-ctrl-c-in-a-script`), not the Documenter id. The
heading text in sections.txt is written as it stands in the file (link
syntax included). The file has no in-page `](#...)` links (its cross
references are Documenter `@ref` links); the self-check below would warn
about any in-page link that matches no heading anchor.
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

    # every `###` heading is a question/section; the `#` title, the `##`
    # group headings and the `####` sub-headings are not sections
    levels = sorted({lvl for _, lvl, _ in hs})
    assert levels == [1, 2, 3, 4], levels
    h1 = [t for _, lvl, t in hs if lvl == 1]
    assert h1 == ["Frequently Asked Questions"] and hs[0][1] == 1, h1
    h2_idx = [i for i, (_, lvl, _) in enumerate(hs) if lvl == 2]
    assert len(h2_idx) == 15, len(h2_idx)
    assert all(hs[i + 1][1] == 3 for i in h2_idx), "a group heading must be followed by a question"
    h4_idx = [i for i, (_, lvl, _) in enumerate(hs) if lvl == 4]
    assert len(h4_idx) == 3, len(h4_idx)
    parent = max(i for i, (_, lvl, _) in enumerate(hs) if lvl == 3 and i < h4_idx[0])
    assert hs[parent][2] == "What does the `...` operator do?", hs[parent]
    assert h4_idx == [parent + 1, parent + 2, parent + 3], h4_idx
    rows = [(anchors[idx], text) for idx, (_, lvl, text) in enumerate(hs) if lvl == 3]
    assert len(set(anchors)) == len(anchors), "duplicate anchors"

    # self-check against the in-page links of the file (there are none)
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
