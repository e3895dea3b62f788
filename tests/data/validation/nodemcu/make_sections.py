#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (NodeMCU Lua developer FAQ, faq/lua-developer-faq.md =
docs/lua-developer-faq.md of nodemcu/nodemcu-firmware at commit
4905381c004bdeaf744a60bb940c1906c2e052d4):
  * the file opens with the page title `# FAQ` (the only level-1 heading);
    it is not a section, and the italic note under it ("*This FAQ was started
    by [Terry Ellison] ... significant rewrites.*") belongs to no section;
  * there are two kinds of level-2 heading:
      - four group headings that only hold entries: `## Lua Language`,
        `## ESP8266 Specifics`, `## Techniques for Reducing RAM and SPIFFS
        footprint` and `## Firmware and Lua app development`; there is no
        text between each of them and its first `###` entry; they are not
        sections;
      - three level-2 headings with their own answer text and no `###` under
        them: `## What is this FAQ for?`, `## What has changed since the
        first version of this FAQ?` and `## Compiling and Debugging` (the
        last one is not worded as a question, but it is a self-contained
        entry: which Lua to install on the development host and
        `luac.cross`); these are sections;
  * every level-3 heading `### ...` is one FAQ entry and a section (22);
  * so 25 sections in all, in file order; each runs from its heading to the
    next heading of any level (the last one to the end of the file); there
    are no headings below level 3;
  * lines inside fenced code blocks (```lua, ```Lua, ```diff) are not
    scanned for headings (no fenced line starts with `#` anyway, checked).
Section id = GitHub's heading anchor of the heading's visible text:
inline code text kept; outside code: link text kept, link target dropped,
inline HTML tags and emphasis markers dropped; then lowercase; characters
other than letters, digits, spaces, hyphens and underscores removed (so `?`,
`.`, `/` and `(`/`)` go); each space becomes a hyphen (no merging, so
" / " gives "--"); duplicates get -1, -2, ... (there are none here).
There are no `{#id}` anchors or HTML headings.
Check: the two in-page links of the file (`#where-to-start` and
`#so-how-is-the-lua-registry-used-and-why-is-this-important`) must equal ids
computed here.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "lua-developer-faq.md"
OUT = HERE / "sections.txt"

ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
TITLE = "FAQ"
NOTE_START = "*This FAQ was started by [Terry Ellison]"
GROUPS = ["Lua Language", "ESP8266 Specifics",
          "Techniques for Reducing RAM and SPIFFS footprint",
          "Firmware and Lua app development"]
LEVEL2_ENTRIES = ["What is this FAQ for?",
                  "What has changed since the first version of this FAQ?",
                  "Compiling and Debugging"]
EXPECTED = 25


def headings(lines):
    """Yield (level, text, line_index) for ATX headings outside code fences."""
    fence = None
    for i, line in enumerate(lines):
        m = FENCE.match(line)
        if fence is None:
            if m:
                fence = m.group(1)[0] * len(m.group(1))
                continue
            h = ATX.match(line)
            if h:
                yield len(h.group(1)), h.group(2), i
        else:
            assert not line.lstrip().startswith("#"), \
                f"fenced line {i + 1} starts with #"
            if re.match(r"^\s*" + re.escape(fence) + r"\s*$", line):
                fence = None
    assert fence is None, "unclosed code fence"


def _plain(t):
    """Text outside code spans: drop link targets, HTML tags, emphasis."""
    t = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = t.replace("*", "")
    t = re.sub(r"(^|\W)_+|_+(\W|$)", r"\1\2", t)
    return t


def slug(text):
    parts = re.split(r"(`[^`]*`)", text)          # keep code spans apart
    t = "".join(p[1:-1] if p.startswith("`") and p.endswith("`") and len(p) >= 2
                else _plain(p) for p in parts)
    t = t.lower()
    t = re.sub(r"[^\w\- ]", "", t, flags=re.UNICODE)
    return t.replace(" ", "-")


def main():
    raw = FAQ.read_text(encoding="utf-8")
    assert "\r" not in raw and "\t" not in raw
    lines = raw.split("\n")
    hs = list(headings(lines))
    assert not re.search(r"\{#[^}]*\}", "\n".join(t for _, t, _ in hs)), "explicit anchor"
    assert not re.search(r"<h[1-6]\b", raw, flags=re.I), "HTML heading"
    levels = {lvl for lvl, _, _ in hs}
    assert levels == {1, 2, 3}, f"only #, ## and ### expected, got {levels}"
    # page title: the first line, the only level-1 heading
    assert hs[0] == (1, TITLE, 0), hs[0]
    assert [h for h in hs if h[0] == 1] == [hs[0]]
    # the only text between the title and the first entry: the italic note
    pre = [l for l in lines[1:hs[1][2]] if l.strip()]
    assert len(pre) == 1 and pre[0].startswith(NOTE_START) and pre[0].endswith("*"), pre
    rows, seen = [], {}
    groups, l2_entries = [], []
    for k, (lvl, text, i) in enumerate(hs):
        if lvl == 1:
            continue
        end = hs[k + 1][2] if k + 1 < len(hs) else len(lines)
        body = "\n".join(lines[i + 1:end]).strip()
        if lvl == 2 and not body:
            # group heading: no own text, followed by at least one ### entry
            assert k + 1 < len(hs) and hs[k + 1][0] == 3, f"empty ## without entries: {text!r}"
            groups.append(text)
            continue
        assert body, f"section without an answer: {text!r}"
        if lvl == 2:
            l2_entries.append(text)
            # a ## entry holds no ### entries
            assert k + 1 == len(hs) or hs[k + 1][0] == 2, text
        base = slug(text)
        n = seen.get(base, 0)
        seen[base] = n + 1
        rows.append((base if n == 0 else f"{base}-{n}", text))
    assert groups == GROUPS, groups
    assert l2_entries == LEVEL2_ENTRIES, l2_entries
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9_-]+", s) for s in ids), ids
    # every in-page link of the file must point at one of the computed ids
    local = re.findall(r"\]\(#([^)\s]+)\)", raw)
    assert sorted(local) == ["so-how-is-the-lua-registry-used-and-why-is-this-important",
                             "where-to-start"], local
    assert all(a in ids for a in local), local
    assert len(rows) == EXPECTED, len(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for sid, text in rows:
            f.write(f"{sid}\t{text}\n")
    print(f"{len(rows)} sections -> {OUT.name} (title, note and {len(groups)} "
          f"group headings not counted)", file=sys.stderr)


if __name__ == "__main__":
    main()
