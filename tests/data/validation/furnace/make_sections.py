#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (Furnace chiptune tracker FAQ, faq/faq.md =
doc/1-intro/faq.md of tildearrow/furnace at commit
fe189e6fa396a66fa8e75834409c720e00d70767):
  * the file opens with the page title `# frequently asked questions` (the
    only level-1 heading); it is not a section, and there is no text between
    it and the first level-2 heading;
  * there are two kinds of level-2 heading:
      - five group headings that only hold entries: `## general`,
        `## workflow`, `## chips`, `## importing` and `## exporting`; there
        is no text between each of them and its first `###` entry; they are
        not sections;
      - one level-2 heading with its own answer text and no `###` under it:
        `## other` (the closing note: a question not answered in the manual
        goes to the project's GitHub Discussions); it is a section;
  * every level-3 heading `### ...` is one FAQ entry and a section (27);
  * so 28 sections in all, in file order; each runs from its heading to the
    next heading of any level (the last one to the end of the file); there
    are no headings below level 3;
  * lines inside fenced code blocks would not be scanned for headings (the
    file has no fenced code block; checked).
Section id = GitHub's heading anchor of the heading's visible text:
inline code text kept; outside code: link text kept, link target dropped,
inline HTML tags and emphasis markers dropped; then lowercase; characters
other than letters, digits, spaces, hyphens and underscores removed (so `?`,
`'`, `.`, `,`, `/` and the en dash `–` go); each space becomes a hyphen (no
merging, so " – " gives "--"); duplicates get -1, -2, ... (there are none).
There are no `{#id}` anchors, no HTML headings and no in-page `#` links in
the file.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "faq.md"
OUT = HERE / "sections.txt"

ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
TITLE = "frequently asked questions"
GROUPS = ["general", "workflow", "chips", "importing", "exporting"]
LEVEL2_ENTRIES = ["other"]
EXPECTED = 28


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
    assert "```" not in raw and "~~~" not in raw, "the file has no code fence"
    lines = raw.split("\n")
    hs = list(headings(lines))
    assert not re.search(r"\{#[^}]*\}", "\n".join(t for _, t, _ in hs)), "explicit anchor"
    assert not re.search(r"<h[1-6]\b", raw, flags=re.I), "HTML heading"
    assert not re.search(r"\]\(#", raw), "no in-page links expected"
    levels = {lvl for lvl, _, _ in hs}
    assert levels == {1, 2, 3}, f"only #, ## and ### expected, got {levels}"
    # page title: the first line, the only level-1 heading
    assert hs[0] == (1, TITLE, 0), hs[0]
    assert [h for h in hs if h[0] == 1] == [hs[0]]
    # nothing between the title and the first group heading
    assert not [l for l in lines[1:hs[1][2]] if l.strip()]
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
    # spot checks of the anchor rule on the awkward headings
    for want in ("ive-lost-my-song--what-do-i-do",
                 "how-do-i-compose-in-68-54-or-other-time-signatures",
                 "how-do-i-import-instruments-from-this-nessmsgbc64etc-game",
                 "can-furnace-export-mp3oggflac-files",
                 "will-furnace-support-this-obscure-pcm-only-chip",
                 "other"):
        assert want in ids, want
    assert len(rows) == EXPECTED, len(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for sid, text in rows:
            f.write(f"{sid}\t{text}\n")
    print(f"{len(rows)} sections -> {OUT.name} (title and {len(groups)} "
          f"group headings not counted)", file=sys.stderr)


if __name__ == "__main__":
    main()
