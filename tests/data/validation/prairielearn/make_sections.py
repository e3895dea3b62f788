#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (PrairieLearn FAQ, faq/faq.md = docs/faq.md of
PrairieLearn/PrairieLearn, the version stored at commit
01a37e86591c9479cb31b65bfda1cf9dbed38d18):
  * the file opens with the page title `# FAQ (Frequently Asked Questions)`
    (the only real level-1 heading); it is not a section, and the two short
    paragraphs under it ("Have a question or issue that wasn't listed
    here ..." and "Consider **[adding the question or issue](...)** to the
    FAQ.") belong to no section;
  * every level-2 heading `## ...` is one FAQ entry and a section (25); there
    are no group headings and no headings below level 2;
  * each section runs from its heading to the next heading (the last one to
    the end of the file);
  * lines inside fenced code blocks (```json title="infoAssessment.json",
    ```bash, ```python, ```sh, ```xml) are not scanned for headings: the
    ```python block of "When I open some CSV downloads, ..." has three
    comment lines that start with `# ` at column 0 ("# Strip the JSON Params
    data ...", "# Write all the data ...", "# while trimming ..."); they are
    code, not headings (checked below);
  * the mkdocs admonition `!!! danger` and its indented body (in "How can I
    make a block that can be re-used in many questions?") stay in that
    section.
Section id = GitHub's heading anchor of the heading's visible text:
inline code text kept; outside code: link text kept, link target dropped,
inline HTML tags and emphasis markers dropped; then lowercase; characters
other than letters, digits, spaces, hyphens and underscores removed (so `?`,
`.`, `'`, `%`, `"`, `:`, `<`, `>` and `,` go); each space becomes a hyphen
(no merging, so "like `<` and `>` break" gives "like--and--break");
duplicates get -1, -2, ... (there are none here). There are no `{#id}`
anchors or HTML headings.
Check: the file's one link into itself,
`faq.md#should-students-be-able-to-review-their-exams-after-they-are-over`,
must equal an id computed here.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "faq.md"
OUT = HERE / "sections.txt"

ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
TITLE = "FAQ (Frequently Asked Questions)"
INTRO = ["Have a question or issue that wasn't listed here, but you think it should be?",
         "Consider **[adding the question or issue]"]
FENCED_HASH_LINES = 3     # `# ...` comment lines inside the ```python block
EXPECTED = 25


def headings(lines, fenced_hash):
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
            if ATX.match(line):
                fenced_hash.append(i)
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
    fenced_hash = []
    hs = list(headings(lines, fenced_hash))
    assert len(fenced_hash) == FENCED_HASH_LINES, fenced_hash
    assert all(lines[i].startswith("# ") for i in fenced_hash)
    assert not re.search(r"\{#[^}]*\}", "\n".join(t for _, t, _ in hs)), "explicit anchor"
    assert not re.search(r"<h[1-6]\b", raw, flags=re.I), "HTML heading"
    levels = {lvl for lvl, _, _ in hs}
    assert levels == {1, 2}, f"only # and ## expected, got {levels}"
    # page title: the first line, the only level-1 heading outside code
    assert hs[0] == (1, TITLE, 0), hs[0]
    assert [h for h in hs if h[0] == 1] == [hs[0]]
    # the only text between the title and the first entry: the two intro lines
    pre = [l for l in lines[1:hs[1][2]] if l.strip()]
    assert len(pre) == 2 and pre[0] == INTRO[0] and pre[1].startswith(INTRO[1]), pre
    rows, seen = [], {}
    for k, (lvl, text, i) in enumerate(hs):
        if lvl == 1:
            continue
        end = hs[k + 1][2] if k + 1 < len(hs) else len(lines)
        body = "\n".join(lines[i + 1:end]).strip()
        assert body, f"section without an answer: {text!r}"
        base = slug(text)
        n = seen.get(base, 0)
        seen[base] = n + 1
        rows.append((base if n == 0 else f"{base}-{n}", text))
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9_-]+", s) for s in ids), ids
    # every link of the file into itself must point at one of the computed ids
    local = re.findall(r"\]\((?:faq\.md)?#([^)\s]+)\)", raw)
    assert local == ["should-students-be-able-to-review-their-exams-after-they-are-over"], local
    assert all(a in ids for a in local), local
    assert len(rows) == EXPECTED, len(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for sid, text in rows:
            f.write(f"{sid}\t{text}\n")
    print(f"{len(rows)} sections -> {OUT.name} (title and intro not counted; "
          f"{len(fenced_hash)} fenced '# ' lines skipped)", file=sys.stderr)


if __name__ == "__main__":
    main()
