#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (OpenProject installation & operations FAQ, faq/README.md =
docs/installation-and-operations/installation-faq/README.md of opf/openproject,
the Markdown source of the "Installation & Ops FAQ" page of the OpenProject
documentation):
  * the YAML front matter between the two leading `---` lines is page metadata
    and holds no heading;
  * `# Frequently asked questions (FAQ) for installation and operation` is the
    page title, not a section;
  * the level-2 headings `## Installation and configuration` and
    `## Operation and upgrading` are group headings with no answer of their
    own, not sections;
  * every level-3 heading `### ...` outside fenced code blocks is one FAQ entry
    and is a section (29 of them: 19 + 10); each runs from its heading to the
    next heading of any level (the last one to the end of the file).
Section id = GitHub's heading anchor of the heading's visible text:
lowercase; link text kept, link target dropped; inline code text kept;
emphasis markers dropped; characters other than letters, digits, spaces,
hyphens and underscores removed; each space becomes a hyphen (no merging, so
"PostgreSQL ?" ends in a hyphen); duplicates get -1, -2, ... (there are none).
There are no explicit `{#id}` anchors, HTML headings or Documenter `@id`
anchors in this file (checked below).
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "README.md"
OUT = HERE / "sections.txt"

ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
NOT_SECTIONS = [
    (1, "Frequently asked questions (FAQ) for installation and operation"),
    (2, "Installation and configuration"),
    (2, "Operation and upgrading"),
]
EXPECTED_N = 29
SPOT_CHECKS = {
    "How can I migrate my existing MySQL database to PostgreSQL ?":
        "how-can-i-migrate-my-existing-mysql-database-to-postgresql-",
    "Why don't you support Windows?": "why-dont-you-support-windows",
    "Can I use a virtual machine (VM) to install OpenProject?":
        "can-i-use-a-virtual-machine-vm-to-install-openproject",
    "My OpenProject instance is slow but my RAM isn't fully used. What can I do?":
        "my-openproject-instance-is-slow-but-my-ram-isnt-fully-used-what-can-i-do",
}


def strip_front_matter(lines):
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                return lines[i + 1:]
        raise SystemExit("unterminated front matter")
    return lines


def headings(text):
    fence = None
    for line in strip_front_matter(text.split("\n")):
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
    # no explicit anchors of any supported kind
    assert not re.search(r"\{#[^}]*\}\s*$", raw, re.M), "explicit {#id} found"
    assert not re.search(r"<h[1-6][^>]*\bid=", raw, re.I), "HTML heading id found"
    assert "(@id " not in raw, "Documenter @id anchor found"
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
    assert len(rows) == EXPECTED_N, len(rows)
    assert all(seen[k] == 1 for k in seen), "duplicate headings"
    for text, sid in SPOT_CHECKS.items():
        assert (sid, text) in rows, (text, sid)
    with OUT.open("w", encoding="utf-8") as f:
        for sid, text in rows:
            f.write(f"{sid}\t{text}\n")
    print(f"{len(rows)} sections -> {OUT.name} "
          f"({len(others)} non-section headings skipped)", file=sys.stderr)


if __name__ == "__main__":
    main()
