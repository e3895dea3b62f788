#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (typescript-eslint FAQ, faq/FAQ.mdx =
docs/troubleshooting/FAQ.mdx of typescript-eslint/typescript-eslint at commit
642c869e1e57cf920e5dd4e2b8396aee51341a49):
  * the file opens with a YAML front matter block (`---` / `id: faqs` /
    `title: FAQs` / `slug: /troubleshooting/` / `---`); it is page metadata,
    not a heading and not a section; the two MDX `import` lines after it
    (Tabs, TabItem) belong to no section;
  * there is no `#` heading; every level-2 heading `## ...` is one FAQ entry
    and a section (21 of them); each runs from its heading to the next
    level-2 heading (the last one to the end of the file);
  * the three level-3 headings are parts of the entry above them, not
    sections: `### Fixing the Error` and `### More Details` split the answer
    of the "ESLint was configured to run ..." entry, and
    `### I get \`no-unsafe-*\` complaints for cross-file changes` is a
    follow-up whose whole answer is a link back to its parent entry
    ("Changes to one file are not reflected ..."), so it is counted with it;
  * lines inside fenced code blocks (also the indented fences inside the MDX
    <Tabs> blocks) are not scanned for headings (no fenced line starts with
    `#` anyway, checked);
  * the MDX component `<HiddenHeading id="allowdefaultprojectforfiles-glob-too-wide" />`
    before the second entry is an extra anchor for the website, not a
    heading; the section id is still taken from the heading text.
Section id = GitHub's heading anchor of the heading's visible text:
inline code text kept (so `<specific language feature>` stays as text, it is
not an HTML tag); outside code: link text kept, link target dropped, inline
HTML tags and emphasis markers dropped; then lowercase; characters other
than letters, digits, spaces, hyphens and underscores removed (so `"`, `'`,
`/`, `.`, `?`, `,`, `(`, `)`, `<`, `>`, `*` and `@` go); each space becomes a
hyphen (no merging, so " / " gives "--"); duplicates get -1, -2, ...
(there are none here). There are no `{#id}` anchors or HTML headings.
Check: the two in-page links of the file (`#i-get-errors-telling-me-eslint-was-...`
and `#changes-to-one-file-are-not-reflected-when-linting-other-files-in-my-ide`)
must equal the ids computed here.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "FAQ.mdx"
OUT = HERE / "sections.txt"

ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
FRONT_MATTER = ["---", "id: faqs", "title: FAQs", "slug: /troubleshooting/", "---"]
PREAMBLE = ["import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';"]
SUBPARTS = ["Fixing the Error", "More Details",
            "I get `no-unsafe-*` complaints for cross-file changes"]
EXPECTED = 21


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
        else:
            assert not line.lstrip().startswith("#") or line.strip() == "", \
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
    n_fm = len(FRONT_MATTER)
    assert lines[:n_fm] == FRONT_MATTER, lines[:n_fm]
    body_start = n_fm
    hs = list(headings(lines, body_start))
    assert not re.search(r"\{#[^}]*\}", "\n".join(t for _, t, _ in hs)), "explicit anchor"
    assert not re.search(r"<h[1-6]\b", raw, flags=re.I), "HTML heading"
    assert raw.count("<HiddenHeading") == 1, "expected exactly one HiddenHeading"
    levels = {lvl for lvl, _, _ in hs}
    assert levels == {2, 3}, f"only ## entries and ### sub-parts expected, got {levels}"
    subs = [t for lvl, t, _ in hs if lvl == 3]
    assert subs == SUBPARTS, subs
    entries = [(t, i) for lvl, t, i in hs if lvl == 2]
    # text before the first entry: the two MDX imports only
    pre = [l for l in lines[body_start:entries[0][1]] if l.strip()]
    assert pre == PREAMBLE, pre
    rows, seen = [], {}
    for k, (text, i) in enumerate(entries):
        end = entries[k + 1][1] if k + 1 < len(entries) else len(lines)
        body = "\n".join(lines[i + 1:end]).strip()
        assert body, f"section without an answer: {text!r}"
        base = slug(text)
        n = seen.get(base, 0)
        seen[base] = n + 1
        rows.append((base if n == 0 else f"{base}-{n}", text))
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9_-]+", s) for s in ids), ids
    # every in-page link of the file must point at one of the computed ids
    local = re.findall(r"\]\(#([^)\s]+)", raw)
    assert len(local) == 2 and all(a in ids for a in local), local
    assert len(rows) == EXPECTED, len(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for sid, text in rows:
            f.write(f"{sid}\t{text}\n")
    print(f"{len(rows)} sections -> {OUT.name} (front matter, imports and "
          f"{len(subs)} level-3 sub-parts not counted)", file=sys.stderr)


if __name__ == "__main__":
    main()
