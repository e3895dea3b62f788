#!/usr/bin/env python3
"""Generate sections.txt from faq/faq.md.
Convention: every level-3 heading (###) is a section; ## are category headings,
#### and deeper belong to the enclosing ### section. Anchors follow GitHub's
slugger (duplicate counting across all headings of the file)."""
import re, sys, os
here = os.path.dirname(os.path.abspath(__file__))
text = open(os.path.join(here, 'faq', 'faq.md'), encoding='utf-8').read()
# strip front matter
if text.startswith('---\n'):
    end = text.index('\n---\n', 4)
    body = text[end + 5:]
else:
    body = text

def plain(h):
    h = re.sub(r'!\[([^\]]*)\]\([^)]*\)', r'\1', h)   # images -> alt
    h = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', h)    # links -> text
    h = re.sub(r'`([^`]*)`', r'\1', h)                # inline code -> text
    h = re.sub(r'<[^>]+>', '', h)                      # html tags
    h = re.sub(r'(\*\*|__)(\S(?:.*?\S)?)\1', r'\2', h)           # strong emphasis
    h = re.sub(r'(?<![\w*])([*_])(\S(?:.*?\S)?)\1(?![\w*])', r'\2', h)  # emphasis
    h = h.replace('\\', '')                             # markdown escapes
    return h.strip()

def slug(h):
    s = h.lower()
    s = re.sub(r'[^\w\- ]', '', s)   # keep letters, digits, underscore, hyphen, space
    return s.replace(' ', '-')

seen = {}
out = []
in_fence = False
for line in body.split('\n'):
    if re.match(r'^\s*(```|~~~)', line):
        in_fence = not in_fence
        continue
    if in_fence:
        continue
    m = re.match(r'^(#{1,6})\s+(.*?)\s*#*\s*$', line)
    if not m:
        continue
    level, raw = len(m.group(1)), m.group(2)
    text_h = plain(raw)
    base = slug(text_h)
    n = seen.get(base, 0)
    anchor = base if n == 0 else f'{base}-{n}'
    seen[base] = n + 1
    if level == 3:
        out.append(f'{anchor}\t{text_h}')
open(os.path.join(here, 'sections.txt'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(out), 'sections')
