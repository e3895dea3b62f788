#!/usr/bin/env python3
"""Write sections.txt (id<TAB>heading) from the saved FAQ file.

Section convention (dbus-serialbattery FAQ, faq/index.md =
docs/docs/faq/index.md of Louisvdw/dbus-serialbattery at commit
ce2cc933c351b8153c07abf6aedd8cc95b04a7cd; the Docusaurus page
"FAQ (Frequently Asked Questions)" of the serial-battery driver for
Victron Venus OS / GX devices):
  * the file opens with a YAML front matter block (lines 1-5: `---`,
    `id: faq`, `title: FAQ (Frequently Asked Questions)`,
    `sidebar_position: 3`, `---`); it is not a section;
  * then the page title `# FAQ (Frequently Asked Questions)`, the only
    level-1 heading outside code fences; it is not a section, and there is
    no text between it and the first entry;
  * every level-2 heading `## ...` is one FAQ entry and a section (27);
    each runs from its heading to the next level-2 heading (the last one to
    the end of the file);
  * level-3 and level-4 headings (`### ...`, `#### ...`) are parts of the
    entry they stand in, not sections of their own: the three add-on
    drivers under "How to aggregate multiple batteries?", the two Venus OS
    versions under "Can the driver be used as monitor only?", the two
    driver versions under the CCL/DCL entry, "Daly BMS" under the High
    Voltage alarm entry, and "Remove GUI changes" (with two `####` driver
    versions) and "Update to the latest firmware" under "Fix white screen
    after install";
  * lines inside fenced code blocks (```bash, ```ini, ```) are not
    scanned for headings; exactly two fenced lines start with `#` (the
    shell comments `# restore original qml` and `# restart gui`), checked.
Section id = GitHub's heading anchor (the same slugger Docusaurus uses) of
the heading's visible text: inline code text kept; outside code: link text
kept, link target dropped, inline HTML tags and emphasis markers dropped;
then lowercase; characters other than letters, digits, spaces, hyphens and
underscores removed (so `?`, `.`, `/`, `(`, `)`, `,`, `:`, `$`, `'` and
the backslash go); each space becomes a hyphen (no merging); duplicates
would get -1, -2, ... (there are none among the 27 entries). There are no
`{#id}` anchors or HTML headings.
Check: the file's own in-page link
`../faq/#should-i-set-the-smartshunt-or-the-bms-as-the-battery-monitor`
must equal an id computed here.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ = HERE / "faq" / "index.md"
OUT = HERE / "sections.txt"

ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
FRONT_MATTER = ["---", "id: faq", "title: FAQ (Frequently Asked Questions)",
                "sidebar_position: 3", "---"]
TITLE = "FAQ (Frequently Asked Questions)"
FENCED_HASH_LINES = ["# restore original qml", "# restart gui"]
SUBHEADINGS = {  # entry heading -> its ### / #### headings, in file order
    "How to aggregate multiple batteries?": [
        "[BatteryAggregator](https://github.com/pulquero/BatteryAggregator) by [pulquero](https://github.com/pulquero)",
        "[dbus-aggregate-batteries](https://github.com/Dr-Gigavolt/dbus-aggregate-batteries) by [Dr-Gigavolt](https://github.com/Dr-Gigavolt)",
        "[venus-os_dbus-mqtt-battery](https://github.com/mr-manuel/venus-os_dbus-mqtt-battery) by [mr-manuel](https://github.com/mr-manuel)"],
    "Can the driver be used as monitor only?": [
        "Venus OS `< v3.00`", "Venus OS `>= v3.00`"],
    "Why is the charging/discharging current limit (CCL/DCL) smaller than the set one?": [
        "Driver version `<= v0.14.3`", "Driver version `>= v1.0.0`"],
    "Why do I get a High Voltage alarm?": ["Daly BMS"],
    "Fix white screen after install": [
        "Remove GUI changes", "Driver version `<= v0.14.3`",
        "Driver version `>= v1.0.0`", "Update to the latest firmware"],
}
EXPECTED = 27


def headings(lines):
    """Yield (level, text, line_index) for ATX headings outside code fences;
    collect fenced lines that start with '#'."""
    fence = None
    fenced_hash = []
    out = []
    for i, line in enumerate(lines):
        m = FENCE.match(line)
        if fence is None:
            if m:
                fence = m.group(1)[0] * len(m.group(1))
                continue
            h = ATX.match(line)
            if h:
                out.append((len(h.group(1)), h.group(2), i))
        else:
            if re.match(r"^\s*" + re.escape(fence) + r"\s*$", line):
                fence = None
            elif line.lstrip().startswith("#"):
                fenced_hash.append(line)
    assert fence is None, "unclosed code fence"
    return out, fenced_hash


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
    assert lines[:5] == FRONT_MATTER, lines[:5]
    hs, fenced_hash = headings(lines[5:])
    hs = [(lvl, text, i + 5) for lvl, text, i in hs]
    assert fenced_hash == FENCED_HASH_LINES, fenced_hash
    assert not re.search(r"\{#[^}]*\}", "\n".join(t for _, t, _ in hs)), "explicit anchor"
    assert not re.search(r"<h[1-6]\b", raw, flags=re.I), "HTML heading"
    levels = {lvl for lvl, _, _ in hs}
    assert levels == {1, 2, 3, 4}, f"only # to #### expected, got {levels}"
    # page title: the only level-1 heading, right after the front matter
    assert hs[0][:2] == (1, TITLE), hs[0]
    assert [h for h in hs if h[0] == 1] == [hs[0]]
    assert all(not l.strip() for l in lines[5:hs[0][2]])
    # no text between the title and the first entry
    assert hs[1][0] == 2
    assert all(not l.strip() for l in lines[hs[0][2] + 1:hs[1][2]])
    entries = [(k, h) for k, h in enumerate(hs) if h[0] == 2]
    rows, seen, subs = [], {}, {}
    for n, (k, (lvl, text, i)) in enumerate(entries):
        nxt = entries[n + 1][0] if n + 1 < len(entries) else len(hs)
        end = hs[nxt][2] if nxt < len(hs) else len(lines)
        body = "\n".join(lines[i + 1:end]).strip()
        assert body, f"section without an answer: {text!r}"
        inner = [t for lvl2, t, _ in hs[k + 1:nxt]]
        assert all(l2 in (3, 4) for l2, _, _ in hs[k + 1:nxt])
        if inner:
            subs[text] = inner
        base = slug(text)
        c = seen.get(base, 0)
        seen[base] = c + 1
        rows.append((base if c == 0 else f"{base}-{c}", text))
    assert subs == SUBHEADINGS, subs
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9_-]+", s) for s in ids), ids
    # the file's in-page links (to this FAQ page) must point at computed ids
    local = re.findall(r"\]\((?:\.\./faq/)?#([^)\s]+)\)", raw)
    assert local == ["should-i-set-the-smartshunt-or-the-bms-as-the-battery-monitor"], local
    assert all(a in ids for a in local), local
    assert len(rows) == EXPECTED, len(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for sid, text in rows:
            f.write(f"{sid}\t{text}\n")
    print(f"{len(rows)} sections -> {OUT.name} (front matter, title and "
          f"{sum(len(v) for v in subs.values())} sub-headings not counted)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
