#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (Apache Seata FAQ, faq/faq.md =
i18n/en/docusaurus-plugin-content-docs/current/overview/faq.md of
apache/incubator-seata-website, the Markdown source of the English "FAQ"
page of seata.apache.org):
  * the file starts with a YAML front matter block (`---` ... `---`:
    title, keywords, description); it is skipped;
  * the Markdown title `# FAQ` is the page title, not a section;
  * the 50 `<a href="#N" target="_self">N. ...</a>` lines (each followed by
    `<br/>`) that come before the first `---` rule are the table of
    contents; they are links, not headings, and not sections;
  * every HTML heading `<h3 id='N'>Q: N. ...</h3>` outside code fences is
    one FAQ entry and is a section (50 of them, N = 1 ... 50 in file
    order). Two of them (#18 and #32) span two or three source lines; the
    heading runs from `<h3` to the matching `</h3>`;
  * each section runs from its `<h3>` to the next `<h3>` (the last one to
    the end of the file); the `**A:**` / `**B:**` ... bold labels and the
    `---` rules between entries are part of the entries, not headings;
  * lines inside fenced code blocks are not headings: the ```properties
    blocks of entry 36 hold lines starting with `#`, and the fence of
    entry 45 is indented inside a list item; neither is a heading.
Section id = the explicit `id` attribute of the `<h3>` (the anchor the
table of contents links to, like a `{#id}` heading attribute): "1" ... "50".
The heading text written to sections.txt is the text between `<h3 ...>` and
`</h3>` as it stands in the file, with the line breaks inside the two
multi-line headings replaced by one space and trailing spaces removed.
Self-check: every in-page link `href="#..."` / `](#...)` of the file must
match a section id, every section must be linked from the table of
contents exactly once, and the Markdown (ATX) headings outside fences must
be exactly the title `# FAQ`.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "faq.md"
OUT = HERE / "sections.txt"

H3 = re.compile(r"<h3\s+id=(['\"])([^'\"]+)\1\s*>(.*?)</h3>", re.S)


def strip_front_matter(text):
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        return text[end + 5:], text[:end + 5].count("\n")
    return text, 0


def mask_fences(text):
    """Replace the content of fenced code blocks by blanks of equal length
    (newlines kept), so that offsets and line numbers stay valid."""
    out = []
    fence = None
    for line in text.split("\n"):
        m = re.match(r"^\s*(?:[-*]\s+)?(`{3,}|~{3,})", line)
        if fence is None:
            if m:
                fence = m.group(1)[0] * len(m.group(1))
                out.append(" " * len(line))
                continue
            out.append(line)
        else:
            if re.match(r"^\s*" + re.escape(fence) + r"\s*$", line):
                fence = None
            out.append(" " * len(line))
    return "\n".join(out)


def main():
    raw = FAQ.read_text(encoding="utf-8")
    body, fm_lines = strip_front_matter(raw)
    masked = mask_fences(body)

    # Markdown ATX headings outside fences: only the page title
    atx = [ln for ln in masked.split("\n") if re.match(r"^ {0,3}#{1,6}\s", ln)]
    assert atx == ["# FAQ"], atx

    rows = []
    for m in H3.finditer(masked):
        sid = m.group(2)
        # take the heading text from the unmasked body (same offsets)
        text = body[m.start(3):m.end(3)]
        text = re.sub(r"\s*\n\s*", " ", text).rstrip()
        rows.append((sid, text))

    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == [str(i) for i in range(1, len(ids) + 1)], ids

    # table of contents: links before the first h3
    first_h3 = H3.search(masked).start()
    toc_targets = re.findall(r'href="#([^"]+)"', masked[:first_h3])
    assert sorted(toc_targets, key=int) == ids, toc_targets
    # every in-page link anywhere must hit a section id
    known = set(ids)
    links = re.findall(r'href=["\']#([^"\']+)["\']', masked) + \
        re.findall(r"\]\(#([^)]+)\)", masked)
    bad = [t for t in links if t not in known]
    if bad:
        print(f"warning: in-page links without a section: {bad}", file=sys.stderr)

    with OUT.open("w", encoding="utf-8") as f:
        for sid, text in rows:
            f.write(f"{sid}\t{text}\n")
    print(f"{len(rows)} sections -> {OUT.name} "
          f"(front matter: {fm_lines} lines skipped, {len(toc_targets)} TOC links)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
