#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (Dendron note-taking tool FAQ, faq/dendron.faq.md =
vault/dendron.faq.md of dendronhq/dendron-site at commit
00819f7266af324d69249d4cea399d5145a707f4):
  * the file opens with a YAML front-matter block (`---` ... `---`: id,
    title: FAQ, desc, updated, created, stub, nav_order) and one line of
    text ("All the questions we thought you might ask."); there is no
    level-1 heading at all; neither of these is a section;
  * there are two kinds of level-2 heading:
      - nine group headings that only hold entries: `## General`,
        `## Notes`, `## Hierarchies`, `## Schemas`, `## Vaults`,
        `## Humans`, `## Pods`, `## Search and Filtering` and `## Other`;
        there is no text between each of them and its first `###` entry;
        they are not sections;
      - `## Publishing`, whose only body is a Dendron note embed
        (`![[dendron://dendron.dendron-site/dendron.topic.publish-legacy.faq]]`)
        that pulls another note into the published page; the file itself
        holds no answer text under it and no `###` entry, so it is not a
        section either;
  * every level-3 heading `### ...` is one FAQ entry and a section (37);
  * so 37 sections in all, in file order; each runs from its heading to the
    next heading of any level (the last one to the end of the file); there
    are no headings below level 3;
  * lines inside fenced code blocks are not scanned for headings (the file
    has two ```json blocks; neither holds a line starting with `#`).
Section id = GitHub's heading anchor of the heading's visible text (the file
is a Markdown file in a GitHub repository): inline code text kept; outside
code: link text kept, link target dropped, inline HTML tags and emphasis
markers dropped; then lowercase; characters other than letters, digits,
spaces, hyphens and underscores removed (so `?`, `'`, `.`, `+` and the
backticks go); each space becomes a hyphen (no merging, so "there '+' signs"
gives "there--signs"); duplicates get -1, -2, ... (there are none).
There are no `{#id}` anchors, no HTML headings and no in-page `](#...)`
links in the file (its links to other notes are Dendron wiki-links
`[[text|note.name#anchor]]`, which are not in-page links).
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "dendron.faq.md"
OUT = HERE / "sections.txt"

ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
INTRO = "All the questions we thought you might ask."
GROUPS = ["General", "Notes", "Hierarchies", "Schemas", "Vaults", "Humans",
          "Pods", "Search and Filtering", "Other"]
EMBED_ONLY = ["Publishing"]          # ## whose body is only a note embed
EMBED = re.compile(r"^!\[\[[^\]]+\]\]$")
EXPECTED = 37


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
    assert raw.count("```") == 4, "two fenced code blocks expected"
    lines = raw.split("\n")
    # YAML front matter: first line '---', closed by the next '---'
    assert lines[0] == "---"
    fm_end = lines.index("---", 1)
    assert lines[1].startswith("id: ") and "title: FAQ" in lines[1:fm_end]
    hs = list(headings(lines))
    assert all(i > fm_end for _, _, i in hs)
    # between the front matter and the first heading: the intro line only
    pre = [l for l in lines[fm_end + 1:hs[0][2]] if l.strip()]
    assert pre == [INTRO], pre
    assert not re.search(r"\{#[^}]*\}", "\n".join(t for _, t, _ in hs)), "explicit anchor"
    assert not re.search(r"<h[1-6]\b", raw, flags=re.I), "HTML heading"
    assert not re.search(r"\]\(#", raw), "no in-page links expected"
    levels = {lvl for lvl, _, _ in hs}
    assert levels == {2, 3}, f"only ## and ### expected, got {levels}"
    rows, seen = [], {}
    groups, embed_only = [], []
    for k, (lvl, text, i) in enumerate(hs):
        end = hs[k + 1][2] if k + 1 < len(hs) else len(lines)
        body = "\n".join(lines[i + 1:end]).strip()
        if lvl == 2:
            nxt = hs[k + 1][0] if k + 1 < len(hs) else None
            if not body:
                # group heading: no own text, followed by a ### entry
                assert nxt == 3, f"empty ## without entries: {text!r}"
                groups.append(text)
            else:
                # the only ## with a body: a bare note embed, no ### under it
                assert EMBED.match(body), f"## with answer text: {text!r}"
                assert nxt == 2, text
                embed_only.append(text)
            continue
        assert body, f"section without an answer: {text!r}"
        base = slug(text)
        n = seen.get(base, 0)
        seen[base] = n + 1
        rows.append((base if n == 0 else f"{base}-{n}", text))
    assert groups == GROUPS, groups
    assert embed_only == EMBED_ONLY, embed_only
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9_-]+", s) for s in ids), ids
    # spot checks of the anchor rule on the awkward headings
    for want in ("what-is-a-dendron",
                 "is-dendron-free-will-it-stay-free",
                 "what-can-i-do-with-the-root-note",
                 "why-are-there-root-files-in-my-notes",
                 "why-are-there--signs-next-to-the-notes-in-the-tree-view",
                 "git-doc-and-other-extensions-dont-recognize-my-repos-for-multi-vault",
                 "do-i-have-to-use-hierarchies-what-if-i-want-to-use-another-approach",
                 "my-firewall-is-asking-if-i-wanted-to-open-new-ports-when-i-use-dendron-why-is-this",
                 "dendron-11ty-package-version-is-confusing",
                 "how-do-i-setup-dendron-to-work-between-multiple-machines"):
        assert want in ids, want
    assert len(rows) == EXPECTED, len(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for sid, text in rows:
            f.write(f"{sid}\t{text}\n")
    print(f"{len(rows)} sections -> {OUT.name} ({len(groups)} group headings "
          f"and {len(embed_only)} embed-only heading not counted)", file=sys.stderr)


if __name__ == "__main__":
    main()
