#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (Knip FAQ, faq/faq.md =
packages/docs/src/content/docs/reference/faq.md of webpro-nl/knip at commit
a530ff44d78f36ad8e3460a02534cafd5ad104e4):
  * the file opens with a YAML front matter block (`---` / `title: FAQ` /
    `date: 2024-08-20` / `---`); it is page metadata, not a heading and not a
    section;
  * `## Introduction` is the page's introduction (what Knip is, a note on the
    JS/TS ecosystem, what this FAQ is for); it asks no question and holds no
    entry, so it is not a section;
  * the other seven level-2 headings (`## Comparison`, `## Synergy`,
    `## Building the graphs`, `## Module Resolution`, `## TypeScript`,
    `## Compilers`, `## Miscellaneous`) are group headings that only hold
    entries (nothing but blank lines between the group heading and its first
    entry); they are not sections;
  * every level-3 heading `### ...` is one FAQ entry and a section (20 of
    them); each runs from its heading to the next level-2 or level-3 heading
    (the last one, "Why doesn't Knip have...?", to the end of the file, so
    the block of link reference definitions `[1]: ...` to `[16]: ...` at the
    end of the file falls inside it);
  * the one level-4 heading, `#### Notes`, is part of the entry above it
    ("What's up with that configurable `tsconfig.json` location?");
  * lines inside fenced code blocks (including the fences indented inside
    list items) are not scanned for headings.
Section id = GitHub's heading anchor of the heading's visible text:
lowercase; link text kept, link target dropped; inline code text kept
(backticks dropped); emphasis markers dropped; characters other than
letters, digits, spaces, hyphens and underscores removed (so `'`, `?`, `,`,
`.` and `/` go); each space becomes a hyphen (no merging); duplicates get
-1, -2, ... counted over all headings of the page in order (there are none).
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
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
FRONT_MATTER = ["---", "title: FAQ", "date: 2024-08-20", "---"]
GROUPS = ["Comparison", "Synergy", "Building the graphs", "Module Resolution",
          "TypeScript", "Compilers", "Miscellaneous"]
EXPECTED = 20


def headings(lines, start):
    """Yield (level, text, line_index) for ATX headings outside code fences."""
    fence = None
    for i in range(start, len(lines)):
        line = lines[i]
        m = FENCE.match(line)
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
    lines = raw.split("\n")
    # front matter: exactly these four lines, closed before any content
    assert lines[:4] == FRONT_MATTER, lines[:4]
    body_start = 4
    hs = list(headings(lines, body_start))
    assert not re.search(r"\{#[^}]*\}", "\n".join(t for _, t, _ in hs)), "explicit anchor"
    assert not re.search(r"<h[1-6]\b", raw, flags=re.I), "HTML heading"
    assert "@id" not in raw, "Documenter anchor"
    # nothing but blank lines between the front matter and the first heading
    assert not "\n".join(lines[body_start:hs[0][2]]).strip()
    # the heading levels: 2 (introduction + groups), 3 (entries), one 4 (Notes)
    assert {lvl for lvl, _, _ in hs} == {2, 3, 4}, {lvl for lvl, _, _ in hs}
    h2 = [t for lvl, t, _ in hs if lvl == 2]
    assert h2 == ["Introduction"] + GROUPS, h2
    h4 = [(t, i) for lvl, t, i in hs if lvl == 4]
    assert [t for t, _ in h4] == ["Notes"], h4
    # the introduction holds no entry: the heading after it is a group heading
    k_intro = [k for k, (lvl, t, _) in enumerate(hs) if lvl == 2 and t == "Introduction"][0]
    assert k_intro == 0 and hs[1][0] == 2 and hs[1][1] == GROUPS[0]
    intro = "\n".join(lines[hs[0][2] + 1:hs[1][2]]).strip()
    assert intro.startswith("Knip finds and fixes unused files"), intro[:60]
    # every group heading is followed directly (blank lines only) by an entry
    for k, (lvl, t, i) in enumerate(hs):
        if lvl == 2 and t in GROUPS:
            nlvl, _, ni = hs[k + 1]
            assert nlvl == 3, f"group {t!r} not followed by an entry"
            assert not "\n".join(lines[i + 1:ni]).strip(), f"text in group {t!r}"
    # GitHub ids over all headings, in order (for the duplicate counter)
    seen, ids_all = {}, []
    for lvl, text, i in hs:
        base = slug(text)
        n = seen.get(base, 0)
        seen[base] = n + 1
        ids_all.append(base if n == 0 else f"{base}-{n}")
    assert len(ids_all) == len(set(ids_all))
    rows = []
    for k, (lvl, text, i) in enumerate(hs):
        if lvl != 3:
            continue
        # the entry ends at the next level-2 or level-3 heading (#### stays inside)
        nxt = [j for _, _, j in ((l2, t2, j2) for l2, t2, j2 in hs[k + 1:] if l2 <= 3)]
        end = nxt[0] if nxt else len(lines)
        body = "\n".join(lines[i + 1:end]).strip()
        assert body, f"section without an answer: {text!r}"
        rows.append((ids_all[k], text))
    # the Notes sub-heading lies inside the tsconfig entry
    notes_line = h4[0][1]
    owner = [t for lvl, t, i in hs if lvl == 3 and i < notes_line][-1]
    assert owner.startswith("What's up with that configurable"), owner
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9_-]+", s) for s in ids), ids
    assert len(rows) == EXPECTED, len(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for sid, text in rows:
            f.write(f"{sid}\t{text}\n")
    print(f"{len(rows)} sections -> {OUT.name} "
          f"(front matter, introduction, {len(GROUPS)} group headings and #### Notes skipped)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
