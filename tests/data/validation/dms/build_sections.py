"""Derive sections.txt from faq/faq.md (GitHub-style heading anchors).

Convention: every FAQ-entry heading is its own section.
 - all '### ' headings are sections, except '### SpamAssasin', a group heading
   with no body of its own;
 - the five '#### ' question headings under '### SpamAssasin' are sections;
 - non-question '#### ' sub-headings (Recommended, Minimum, Bind mounts (default),
   Volumes) belong to their parent '### ' section.
Headings inside fenced code blocks are ignored.
"""
import re, sys

GROUP = {"SpamAssasin"}
NON_Q_SUB = {"Recommended", "Minimum", "Bind mounts (default)", "Volumes"}

def rendered_text(h):
    h = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", h)      # links: keep text
    h = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", h)     # ref links: keep text
    h = h.replace("`", "")                               # inline code keeps its text
    h = re.sub(r"(?<![\w])_([^_]+)_(?![\w])", r"\1", h)  # _emphasis_
    h = re.sub(r"\*\*([^*]+)\*\*", r"\1", h)
    h = re.sub(r"\*([^*]+)\*", r"\1", h)
    return h

def slug(h):
    t = rendered_text(h).strip().lower()
    t = re.sub(r"[^\w\- ]", "", t)
    return t.replace(" ", "-")

text = open("faq/faq.md", encoding="utf-8").read()
out, seen, fence = [], {}, False
for line in text.split("\n"):
    if line.lstrip().startswith("```"):
        fence = not fence
        continue
    if fence:
        continue
    m = re.match(r"^(#{2,4}) (.*)$", line)
    if not m:
        continue
    level, h = len(m.group(1)), m.group(2).strip()
    a = slug(h)
    if a in seen:
        seen[a] += 1; a = f"{a}-{seen[a]}"
    else:
        seen[a] = 0
    if h in GROUP or h in NON_Q_SUB:
        continue
    out.append(f"{a}\t{h}")
open("sections.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out), "sections")
