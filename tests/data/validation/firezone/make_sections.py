#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (Firezone FAQ, faq/readme.mdx =
website/src/app/kb/reference/faq/readme.mdx of firezone/firezone at commit
3a9f35a221cd85d95ca3914375b1bbc16c503bbd):
  * the file is MDX: line 1 is an ES import
    (`import SupportOptions from "@/components/SupportOptions";`), line 2 is
    empty, line 3 is the page title `# FAQ` (the only level-1 heading); the
    title and the one-paragraph intro under it ("Some of the most frequently
    asked questions about the Firezone product and service.") are not a
    section;
  * the seven level-2 headings are group headings that only hold entries:
    `## General`, `## Deploying Firezone`, `## Performance`, `## Users`,
    `## Admins`, `## Billing` and `## Security`; there is no text between
    each of them and its first `####` entry; they are not sections;
  * there is no level-3 heading; every level-4 heading `#### ...` is one FAQ
    entry and a section (26);
  * so 26 sections in all, in file order; each runs from its heading to the
    next heading of any level (the last one to the end of the file, so it
    holds the closing `<SupportOptions />` JSX element);
  * lines inside fenced code blocks would not be scanned for headings (the
    file has no fenced code block; checked).
Section id = GitHub's heading anchor of the heading's visible text (the same
rule as github-slugger): inline code text kept; outside code: link text
kept, link target dropped, inline HTML tags and emphasis markers dropped;
then lowercase; characters other than letters, digits, spaces, hyphens and
underscores removed (so `?`, `(`, `)`, `'` and `.` go); each space becomes
a hyphen (no merging); duplicates get -1, -2, ... (there are none).
There are no `{#id}` anchors, no HTML headings and no in-page `#` links in
the file.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "readme.mdx"
OUT = HERE / "sections.txt"

ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
IMPORT_LINE = 'import SupportOptions from "@/components/SupportOptions";'
TITLE = "FAQ"
GROUPS = ["General", "Deploying Firezone", "Performance", "Users", "Admins",
          "Billing", "Security"]
EXPECTED = 26


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
    assert lines[0] == IMPORT_LINE and lines[1] == "", lines[:2]
    hs = list(headings(lines))
    assert not re.search(r"\{#[^}]*\}", "\n".join(t for _, t, _ in hs)), "explicit anchor"
    assert not re.search(r"<h[1-6]\b", raw, flags=re.I), "HTML heading"
    assert not re.search(r"\]\(#", raw), "no in-page links expected"
    levels = {lvl for lvl, _, _ in hs}
    assert levels == {1, 2, 4}, f"only #, ## and #### expected, got {levels}"
    # page title: line 3, the only level-1 heading
    assert hs[0] == (1, TITLE, 2), hs[0]
    assert [h for h in hs if h[0] == 1] == [hs[0]]
    # between the title and the first group heading: the intro paragraph only
    intro = [l for l in lines[3:hs[1][2]] if l.strip()]
    assert intro == ["Some of the most frequently asked questions about the Firezone product and",
                     "service."], intro
    assert hs[1][0] == 2
    rows, seen, groups = [], {}, []
    for k, (lvl, text, i) in enumerate(hs):
        if lvl == 1:
            continue
        end = hs[k + 1][2] if k + 1 < len(hs) else len(lines)
        body = "\n".join(lines[i + 1:end]).strip()
        if lvl == 2:
            # group heading: no own text, followed by at least one #### entry
            assert not body, f"## with its own text: {text!r}"
            assert k + 1 < len(hs) and hs[k + 1][0] == 4, f"empty ## without entries: {text!r}"
            groups.append(text)
            continue
        assert body, f"section without an answer: {text!r}"
        base = slug(text)
        n = seen.get(base, 0)
        seen[base] = n + 1
        rows.append((base if n == 0 else f"{base}-{n}", text))
    assert groups == GROUPS, groups
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9_-]+", s) for s in ids), ids
    # the closing JSX element belongs to the last section
    assert raw.endswith("\n\n<SupportOptions />\n")
    # spot checks of the anchor rule on the awkward headings
    for want in ("can-firezone-connect-to-my-identity-provider-idp",
                 "where-should-i-run-my-gateways",
                 "how-do-i-get-firezone-on-an-end-user-device",
                 "what-happens-if-i-add-the-same-resource-to-more-than-one-site",
                 "what-firewall-ports-do-i-have-to-open-to-use-firezone",
                 "what-is-firezone",
                 "how-can-i-be-sure-firezone-is-secure"):
        assert want in ids, want
    assert ids[0] == "what-is-firezone" and ids[-1] == "how-can-i-be-sure-firezone-is-secure"
    assert len(rows) == EXPECTED, len(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for sid, text in rows:
            f.write(f"{sid}\t{text}\n")
    print(f"{len(rows)} sections -> {OUT.name} (title and {len(groups)} "
          f"group headings not counted)", file=sys.stderr)


if __name__ == "__main__":
    main()
