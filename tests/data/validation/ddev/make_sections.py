#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (DDEV FAQ, faq/faq.md = docs/content/users/usage/faq.md
of ddev/ddev at commit 6a163758555c9645a1ca70950a109353f83aca5d):
  * the file opens with a YAML front matter block (`---` / `search:` /
    `  boost: 2` / `---`); it is page metadata (a MkDocs search boost), not
    a heading and not a section;
  * `# FAQ` is the page title and the one-line introduction under it
    ("Frequently-asked questions organized into ...") belongs to no section;
  * the four level-2 headings (`## Features & Requirements`,
    `## Performance & Troubleshooting`, `## Workflow`, `## Getting Involved`)
    are group headings: each only holds entries (no text of its own), so
    they are not sections;
  * every level-3 heading `### ...` is one FAQ entry and a section (39 of
    them); each runs from its heading to the next heading of level 1-3 (the
    last one to the end of the file);
  * the level-4 headings (`#### Communicate with database of other
    project`, `#### Communicate via HTTP/S`, `#### Debian, Ubuntu, or WSL2`,
    `#### Homebrew`) are parts of the answer of the entry above them, not
    sections;
  * lines inside fenced code blocks (including fences indented inside list
    items) are not scanned for headings: the `# http:// -> https://`,
    `# behind proxy` and `# plain` comment lines of the Apache snippet are
    code, not headings.
Section id = GitHub's heading anchor of the heading's visible text:
lowercase; link text kept, link target dropped; inline code text kept;
inline HTML tags dropped, their text kept (`<kbd>RETURN</kbd>` -> return);
emphasis markers dropped; characters other than letters, digits, spaces,
hyphens and underscores removed (so `/`, `?`, `.`, `,`, `:`, `'`, the curly
quotes, `&` and the arrow go); each space becomes a hyphen (no merging, so
"HTTP → HTTPS" gives "http--https"); duplicates, counted over every heading
of the page as GitHub does, would get -1, -2, ... (there are none here).
There are no explicit `{#id}` anchors, HTML headings or Documenter `@id`
anchors in this file.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "faq.md"
OUT = HERE / "sections.txt"

ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
FRONT_MATTER = ["---", "search:", "  boost: 2", "---"]
GROUPS = ["Features & Requirements", "Performance & Troubleshooting",
          "Workflow", "Getting Involved"]
SUBHEADINGS = ["Communicate with database of other project",
               "Communicate via HTTP/S", "Debian, Ubuntu, or WSL2", "Homebrew"]
EXPECTED = 39


def headings(lines, start):
    """Yield (level, text, line_index) for ATX headings outside code fences."""
    fence = None
    for i in range(start, len(lines)):
        line = lines[i]
        m = re.match(r"^\s*(`{3,}|~{3,})", line)
        if fence is None:
            if m:
                fence = m.group(1)[0] * len(m.group(1))
                continue
            h = ATX.match(line)
            if h:
                yield len(h.group(1)), h.group(2), i
        elif re.match(r"^\s*" + re.escape(fence) + r"\s*$", line):
            fence = None
    assert fence is None, "unclosed code fence"


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
    assert "\r" not in raw, "CR found"
    lines = raw.split("\n")
    # front matter: exactly the four lines, closed before any content
    assert lines[:4] == FRONT_MATTER, lines[:4]
    body_start = 4
    hs = list(headings(lines, body_start))
    assert not re.search(r"\{#[^}]*\}", "\n".join(t for _, t, _ in hs)), "explicit anchor"
    assert not re.search(r"<h[1-6]\b", raw, flags=re.I), "HTML heading"
    assert "@id" not in raw, "Documenter anchor"
    # the `#` comment lines of the Apache snippet must not count as headings
    assert not any(t.startswith(("http://", "behind proxy", "plain")) for _, t, _ in hs)
    levels = sorted({lvl for lvl, _, _ in hs})
    assert levels == [1, 2, 3, 4], levels
    # exactly one page title, first heading; the introduction belongs to no section
    assert [(l, t) for l, t, _ in hs if l == 1] == [(1, "FAQ")] and hs[0][0] == 1
    intro = "\n".join(lines[hs[0][2] + 1:hs[1][2]]).strip()
    assert intro.startswith("Frequently-asked questions organized into"), intro
    # group headings hold only entries: nothing between them and the next heading,
    # and the next heading is an entry
    assert [t for l, t, _ in hs if l == 2] == GROUPS
    for k, (lvl, text, i) in enumerate(hs):
        if lvl == 2:
            assert "\n".join(lines[i + 1:hs[k + 1][2]]).strip() == "", f"group with text: {text}"
            assert hs[k + 1][0] == 3, f"group {text!r} not followed by an entry"
    # level-4 headings are parts of an entry: the nearest heading above of
    # level <= 3 must be an entry
    assert [t for l, t, _ in hs if l == 4] == SUBHEADINGS
    for k, (lvl, text, i) in enumerate(hs):
        if lvl == 4:
            prev = [h for h in hs[:k] if h[0] <= 3][-1]
            assert prev[0] == 3, f"sub-heading {text!r} outside an entry"
    # ids: GitHub anchors, duplicates counted over every heading of the page
    anchor, seen = {}, {}
    for k, (lvl, text, i) in enumerate(hs):
        base = slug(text)
        n = seen.get(base, 0)
        seen[base] = n + 1
        anchor[k] = base if n == 0 else f"{base}-{n}"
    rows = []
    for k, (lvl, text, i) in enumerate(hs):
        if lvl != 3:
            continue
        nxt = [h[2] for h in hs[k + 1:] if h[0] <= 3]
        end = nxt[0] if nxt else len(lines)
        body = "\n".join(lines[i + 1:end]).strip()
        assert body, f"section without an answer: {text!r}"
        rows.append((anchor[k], text))
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9_-]+", s) for s in ids), ids
    assert len(rows) == EXPECTED, len(rows)
    # the FAQ links to one of its own entries; that anchor must be one of the ids
    for target in re.findall(r"\]\(#([^)]+)\)", raw):
        assert target in ids, f"internal link to unknown anchor {target!r}"
    with OUT.open("w", encoding="utf-8") as f:
        for sid, text in rows:
            f.write(f"{sid}\t{text}\n")
    print(f"{len(rows)} sections -> {OUT.name} (front matter, title, introduction, "
          f"{len(GROUPS)} group headings and {len(SUBHEADINGS)} sub-headings skipped)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
