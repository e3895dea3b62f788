#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (Raspberry Pi FAQ, faq/README.md = faqs/README.md of
raspberrypi/documentation at commit 00aad8ad01ec10209d316e27a26b5d38788e52e5):
  * line 1 is the page title `# FAQs`; it is not a section;
  * then comes a table of contents: `## Table of contents` and thirteen
    level-3 headings that are nothing but a link to an in-page HTML anchor,
    `### [Buying your first Pi](#buying)` ..., most of them followed by a
    bullet list of the questions in that group; the block ends with a `---`
    line.  The TOC heading and its thirteen link headings are navigation,
    not sections;
  * after the TOC every group of entries starts with an HTML anchor line
    (`<a name="buying"></a>`) and a level-2 heading.  There are two kinds of
    level-2 heading:
      - twelve group headings that only hold entries (no text of their own
        before their first `###`): `## Buying your first Pi`,
        `## Commercial and industry applications, resale`,
        `## The computer hardware`, `## Performance`, `## Software`,
        `## Video`, `## Audio`, `## Power`, `## SD cards and storage`,
        `## Networking and wireless connectivity`, `## Camera Module` and
        `## Troubleshooting`; they are not sections;
      - two level-2 headings with text of their own and no `###` under them:
        `## What is a Raspberry Pi?` (the first entry, an answer paragraph)
        and `## I still have more questions!` (the closing paragraph that
        points to the forums and help pages); both are sections;
  * every level-3 heading after the TOC is one FAQ entry and a section (69);
  * so 71 sections in all, in file order; each runs from its heading to the
    next heading of any level (the last one to the end of the file); the
    `<a name="..."></a>` line that stands before each level-2 heading is
    anchor markup and carries no answer text; there are no headings below
    level 3 and no fenced code blocks.
Section id = GitHub's heading anchor of the heading's visible text (the file
is a Markdown file in a GitHub repository): inline code text kept; outside
code: link text kept, link target dropped, inline HTML tags and emphasis
markers dropped; then lowercase; characters other than letters, digits,
spaces, hyphens and underscores removed (so `?`, `'`, `.`, `/`, `+`, `,` and
the backticks go); each space becomes a hyphen (no merging); a repeated
anchor gets -1, -2, ... in document order, counting every heading of the
page, the title and the TOC headings included.  The TOC link heading
`### [What is a Raspberry Pi?](#introduction)` comes first and takes
`what-is-a-raspberry-pi`, so the entry `## What is a Raspberry Pi?` gets
`what-is-a-raspberry-pi-1` (the group headings get `-1` too, but they are
not sections); no other section anchor is repeated.
The in-page links of the file (`](#...)`: the thirteen TOC links and two in
answers, `#cameramodule` and `#pi-performance`) all point to the
`<a name>` anchors, not to heading anchors; there are no `{#id}` anchors and
no HTML headings.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "README.md"
OUT = HERE / "sections.txt"

ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
ANCHOR = re.compile(r'^<a name="([^"]+)"></a>$')
TOC_LINK = re.compile(r"^\[([^\]]+)\]\(#([^)]+)\)$")
TITLE = "FAQs"
TOC = "Table of contents"
GROUPS = ["Buying your first Pi", "Commercial and industry applications, resale",
          "The computer hardware", "Performance", "Software", "Video", "Audio",
          "Power", "SD cards and storage", "Networking and wireless connectivity",
          "Camera Module", "Troubleshooting"]
H2_SECTIONS = ["What is a Raspberry Pi?", "I still have more questions!"]
EXPECTED = 71


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


def body_text(lines):
    """Body lines without the <a name> anchor markup, stripped."""
    return "\n".join(l for l in lines if not ANCHOR.match(l.strip())).strip()


def main():
    raw = FAQ.read_text(encoding="utf-8")
    assert "\r" not in raw and "\t" not in raw
    assert "```" not in raw and "~~~" not in raw, "no code fences expected"
    assert not re.search(r"\{#[^}]*\}", raw), "explicit anchor"
    assert not re.search(r"<h[1-6]\b", raw, flags=re.I), "HTML heading"
    lines = raw.split("\n")
    hs = list(headings(lines))
    levels = {lvl for lvl, _, _ in hs}
    assert levels == {1, 2, 3}, levels
    # title, then the table of contents
    assert hs[0] == (1, TITLE, 0), hs[0]
    assert [h for h in hs if h[0] == 1] == [hs[0]], "one level-1 heading"
    assert hs[1][:2] == (2, TOC), hs[1]
    rule = lines.index("---")
    toc = [h for h in hs if hs[1][2] < h[2] < rule]
    assert len(toc) == 13 and all(lvl == 3 for lvl, _, _ in toc), toc
    anchors = {}
    for i, l in enumerate(lines):
        m = ANCHOR.match(l.strip())
        if m:
            anchors[m.group(1)] = i
    toc_targets = []
    for _, text, _ in toc:
        m = TOC_LINK.match(text)
        assert m, f"TOC heading is not a bare link: {text!r}"
        toc_targets.append((m.group(1), m.group(2)))
    # every in-page link points to an <a name> anchor, never to a heading id
    for target in re.findall(r"\]\(#([^)]+)\)", raw):
        assert target in anchors, f"in-page link to unknown anchor #{target}"
    # each TOC link names a level-2 heading that follows its <a name> anchor
    body_h2 = {text: i for lvl, text, i in hs if lvl == 2 and i > rule}
    for text, target in toc_targets:
        assert text in body_h2, f"TOC entry without a heading: {text!r}"
        a = anchors[target]
        assert a < body_h2[text] and all(not l.strip() for l in lines[a + 1:body_h2[text]]), \
            f"anchor #{target} does not stand right before {text!r}"
    # GitHub anchors: count every heading of the page, in order
    seen, ids = {}, {}
    for lvl, text, i in hs:
        base = slug(text)
        n = seen.get(base, 0)
        seen[base] = n + 1
        ids[i] = base if n == 0 else f"{base}-{n}"
    rows, groups, h2_sections = [], [], []
    body = [h for h in hs if h[2] > rule]
    for k, (lvl, text, i) in enumerate(body):
        end = body[k + 1][2] if k + 1 < len(body) else len(lines)
        nxt = body[k + 1][0] if k + 1 < len(body) else None
        own = body_text(lines[i + 1:end])
        if lvl == 2 and not own:
            assert nxt == 3, f"empty ## without entries: {text!r}"
            groups.append(text)
            continue
        if lvl == 2:
            assert nxt in (2, None), f"## with text and entries: {text!r}"
            h2_sections.append(text)
        assert own, f"section without an answer: {text!r}"
        rows.append((ids[i], text))
    assert groups == GROUPS, groups
    assert h2_sections == H2_SECTIONS, h2_sections
    sids = [r[0] for r in rows]
    assert len(sids) == len(set(sids))
    assert all(re.fullmatch(r"[a-z0-9_-]+", s) for s in sids), sids
    # spot checks of the anchor rule on the awkward headings
    for want in ("what-is-a-raspberry-pi-1",
                 "im-worried-i-have-a-fake-pi",
                 "where-is-the-onoff-switch",
                 "what-is-its-operating-temperature-does-it-need-a-heatsink",
                 "updates-upgrades-what-do-i-do",
                 "i-heard-about-something-called-rpi-update-when-should-i-use-that",
                 "the-processors-on-the-latest-pi-models-are-64-bit-but-i-cannot-find-an-official-64-bit-os",
                 "my-exe-file-wont-run",
                 "why-does-cpuinfo-report-i-have-a-bcm2835",
                 "i-dont-seem-to-get-full-speed-gigabit-networking-on-my-pi-3b",
                 "why-does-my-pi-not-start-upboot",
                 "ive-imaged-an-sd-card-with-raspbiannoobs-but-when-i-look-at-it-with-my-windows-pc-its-not-all-there",
                 "i-still-have-more-questions"):
        assert want in sids, want
    assert "what-is-a-raspberry-pi" not in sids   # taken by the TOC link heading
    assert len(rows) == EXPECTED, len(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for sid, text in rows:
            f.write(f"{sid}\t{text}\n")
    print(f"{len(rows)} sections -> {OUT.name} (title, TOC heading, {len(toc)} TOC "
          f"link headings and {len(groups)} group headings not counted)", file=sys.stderr)


if __name__ == "__main__":
    main()
