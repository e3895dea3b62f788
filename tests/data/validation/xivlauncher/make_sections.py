#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (XIVLauncher FAQ, faq/xl_troubleshooting.md =
xl_troubleshooting.md of goatcorp/faq, the Markdown source of the
"XIVLauncher FAQ" page of goatcorp.github.io/faq):
  * the file has no front matter; it starts with the page title
    `# XIVLauncher FAQ`, which is not a section;
  * the four `##` headings (`Table of Contents`, `Info`, `Troubleshooting`,
    `Misc`) are the table of contents and its three group headings; they
    hold only link lists and are not sections (the script asserts that they
    are exactly these four and that they all come before the first `###`);
  * every `###` heading outside code fences is one FAQ entry and is a
    section (26 of them); most start with `Q:`, two (`Do not run XIVLauncher
    as admin`, `XL Environment Variables`) do not; each section runs from its
    heading to the next `###` heading (or the end of the file), so the
    `####` sub-headings inside an answer (`General Disclaimer`, `GitHub Rate
    Limits`, `Resetting Dalamud`, ...) belong to their parent section and are
    not sections of their own;
  * lines inside fenced code blocks are not headings: the closing
    "Want to add a new FAQ entry?" template shows `### Q: Basic Title` inside
    a ```md fence; it is not a heading and not a section.
Section id = GitHub heading anchor of the heading's rendered text (slug over
ALL headings of the document, `####` ones included, so duplicates would get
-1, -2, ...; there are none). Backslash-escaped brackets (`\\[Linux\\]`) render
as `[Linux]`; both the backslash and the brackets are punctuation and drop
out of the slug. The heading text in sections.txt is written as it stands in
the file. Self-check: every in-page link `](#...)` of the file is compared
with the anchors; three known targets match no heading in the original and
are accepted with a note (see KNOWN_BROKEN); any other miss is a warning.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "xl_troubleshooting.md"
OUT = HERE / "sections.txt"

GROUP_HEADINGS = ["Table of Contents", "Info", "Troubleshooting", "Misc"]
# in-page link targets of the original file that match no heading anchor
KNOWN_BROKEN = {
    "q-xl-environment-variables",   # TOC entry; the heading has no "Q:"
    "q-how-to-set-an-an-injection-delay-in-rivatunerrtss",  # "an-an" typo
    "anchor here",                  # placeholder inside the contribution template
}

DOCUSAURUS_ID = re.compile(r"\s*\{#[^}]*\}\s*$")


def visible(text):
    """Heading text without a trailing `{#custom-id}` attribute (none here)."""
    return DOCUSAURUS_ID.sub("", text)


def strip_inline(text):
    """Rendered text of a heading: link text kept, code text kept, emphasis dropped."""
    codes = []

    def keep_code(m):
        codes.append(m.group(2))
        return f"\x00{len(codes) - 1}\x00"

    t = re.sub(r"(`+)(.+?)\1", keep_code, text)
    t = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", t)           # backslash escapes
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

    # structure checks: one `#` title, the four `##` TOC/group headings before
    # any entry, then `###` entries with `####` sub-headings inside answers
    levels = sorted({lvl for _, lvl, _ in hs})
    assert levels == [1, 2, 3, 4], levels
    assert [t for _, lvl, t in hs if lvl == 1] == ["XIVLauncher FAQ"]
    h2 = [t for _, lvl, t in hs if lvl == 2]
    assert h2 == GROUP_HEADINGS, h2
    first_h3 = min(n for n, lvl, _ in hs if lvl == 3)
    assert all(n < first_h3 for n, lvl, _ in hs if lvl in (1, 2))
    assert len(set(anchors)) == len(anchors), "duplicate anchors"

    rows = [(anchors[idx], text) for idx, (_, lvl, text) in enumerate(hs) if lvl == 3]

    # self-check against the in-page links of the file
    known = set(anchors)
    for target in re.findall(r"\]\(#([^)]+)\)", "\n".join(lines)):
        if target in known:
            continue
        if target in KNOWN_BROKEN:
            print(f"note: link #{target} matches no heading (as in the original)",
                  file=sys.stderr)
        else:
            print(f"warning: link #{target} matches no heading anchor", file=sys.stderr)

    with OUT.open("w", encoding="utf-8") as f:
        for a, t in rows:
            f.write(f"{a}\t{t}\n")
    print(f"{len(rows)} sections -> {OUT.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
