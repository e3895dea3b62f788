#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (discord.js Guide FAQ, faq/faq.md =
guide/popular-topics/faq.md of discordjs/guide, the Markdown source of the
"Frequently asked Questions" page of the discord.js Guide):
  * `# Frequently asked Questions` is the page title, not a section;
  * the level-2 headings `## Legend`, `## Administrative`,
    `## Bot Configuration and Utility` and `## Miscellaneous` are the
    legend and group headings, not sections (the legend's text before the
    first question belongs to no section);
  * every level-3 heading `### ...` outside fenced code blocks is one FAQ
    entry and is a section (26 of them); each runs from its heading to the
    next heading of any level (the last one to the end of the file);
  * lines inside fenced code blocks (```js, ```sh:no-line-numbers) are not
    headings; the VuePress containers (`::: tip`, `:::: code-group`, ...)
    belong to the entry they are in.
Section id = GitHub's heading anchor of the heading's visible text:
lowercase; link text kept, link target dropped; inline code text kept;
emphasis markers dropped; characters other than letters, digits, spaces,
hyphens and underscores removed; each space becomes a hyphen (no merging);
duplicates get -1, -2, ... (there are none here).
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "faq.md"
OUT = HERE / "sections.txt"

ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
NOT_SECTIONS = [
    (1, "Frequently asked Questions"),
    (2, "Legend"),
    (2, "Administrative"),
    (2, "Bot Configuration and Utility"),
    (2, "Miscellaneous"),
]


def headings(text):
    fence = None
    for line in text.split("\n"):
        m = re.match(r"^\s*(`{3,}|~{3,})", line)
        if fence is None:
            if m:
                fence = m.group(1)[0] * len(m.group(1))
                continue
            h = ATX.match(line)
            if h:
                yield len(h.group(1)), h.group(2)
        elif re.match(r"^\s*" + re.escape(fence) + r"\s*$", line):
            fence = None


def slug(text):
    t = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)   # links: keep text
    t = re.sub(r"`([^`]*)`", r"\1", t)                      # inline code: keep text
    t = re.sub(r"<[^>]+>", "", t)                            # inline HTML tags
    t = t.replace("*", "")                                   # emphasis markers
    t = re.sub(r"(^|\W)_+|_+(\W|$)", r"\1\2", t)            # _emphasis_ markers
    t = t.lower()
    t = re.sub(r"[^\w\- ]", "", t, flags=re.UNICODE)
    return t.replace(" ", "-")


def main():
    raw = FAQ.read_text(encoding="utf-8")
    hs = list(headings(raw))
    others = [(lvl, t) for lvl, t in hs if lvl != 3]
    assert others == NOT_SECTIONS, others
    rows, seen = [], {}
    for lvl, text in hs:
        if lvl != 3:
            continue
        base = slug(text)
        n = seen.get(base, 0)
        seen[base] = n + 1
        rows.append((base if n == 0 else f"{base}-{n}", text))
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    with OUT.open("w", encoding="utf-8") as f:
        for sid, text in rows:
            f.write(f"{sid}\t{text}\n")
    print(f"{len(rows)} sections -> {OUT.name} "
          f"({len(others)} non-section headings skipped)", file=sys.stderr)


if __name__ == "__main__":
    main()
