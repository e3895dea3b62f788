#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (ChatGPT Next Web FAQ, faq/faq-en.md = docs/faq-en.md of
ChatGPTNextWeb/ChatGPT-Next-Web at commit 025366fb, the English "Frequently
Asked Questions" page linked from the project README):
  * the file has no front matter; it starts with the page title
    `# Frequently Asked Questions`, which is not a section;
  * the four other `#` headings (`Deployment Related Questions`, `Usage
    Related Questions`, `Network Service Related Questions`, `OpenAI-related
    Questions`) are group headings; they hold no text of their own (each is
    followed directly by a `##` entry) and are not sections;
  * every `##` heading outside code fences is one FAQ entry and is a section
    (25 of them); the first one (`How to get help quickly?`) stands before
    the first group heading; each section runs from its heading to the next
    heading of level 1 or 2 (or the end of the file); there are no `###` or
    deeper headings;
  * lines inside fenced code blocks are not headings: the nginx snippet in
    the streaming-response entry starts with `# No caching, support streaming
    output` inside a ``` fence; it is neither a heading nor a section.
Section id = GitHub heading anchor of the heading's rendered text (slug over
ALL headings of the document, `#` ones included, so duplicates would get
-1, -2, ...; there are none). Quotes, `?`, `,`, `.`, `'` and `"` are
punctuation and drop out of the slug; spaces become hyphens without merging,
so `quota, ..." when` leaves a double hyphen. The heading text in
sections.txt is written as it stands in the file. Self-check: every in-page
link `](#...)` of the file would be compared with the anchors (the file has
none; its `[#386](...)`-style links point to GitHub issues).
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "faq-en.md"
OUT = HERE / "sections.txt"

TITLE = "Frequently Asked Questions"
GROUP_HEADINGS = [
    "Deployment Related Questions",
    "Usage Related Questions",
    "Network Service Related Questions",
    "OpenAI-related Questions",
]
# in-page link targets of the original file that match no heading anchor
KNOWN_BROKEN = set()   # the file has no in-page links at all

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

    # structure checks: one `#` title, four `#` group headings, `##` entries,
    # nothing deeper; every group heading is directly followed by an entry
    levels = sorted({lvl for _, lvl, _ in hs})
    assert levels == [1, 2], levels
    h1 = [t for _, lvl, t in hs if lvl == 1]
    assert h1 == [TITLE] + GROUP_HEADINGS, h1
    assert hs[0][1] == 1 and hs[0][2] == TITLE
    for i, (_, lvl, t) in enumerate(hs):
        if lvl == 1 and t in GROUP_HEADINGS:
            assert hs[i + 1][1] == 2, f"group heading {t!r} not followed by an entry"
    assert len(set(anchors)) == len(anchors), "duplicate anchors"

    rows = [(anchors[idx], text) for idx, (_, lvl, text) in enumerate(hs) if lvl == 2]
    assert len(rows) == 25, len(rows)

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
