import re, unicodedata
src = open('superset/faq/faq.mdx', encoding='utf-8').read()
lines = src.split('\n')
in_code = False; out = []
for ln in lines:
    if ln.startswith('```'):
        in_code = not in_code; continue
    if in_code: continue
    m = re.match(r'^(#{1,6})\s+(.*?)\s*#*\s*$', ln)
    if m and len(m.group(1)) == 2:
        text = m.group(2)
        # rendered text: links keep text, drop targets; inline code keeps text; emphasis dropped
        t = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', text)
        t = t.replace('`', '')
        t = re.sub(r'(\*\*|__|\*|_)(.+?)\1', r'\2', t)
        s = t.lower()
        s = ''.join(ch for ch in s if ch in ' -_' or unicodedata.category(ch)[0] in 'LN')
        s = s.replace(' ', '-')
        out.append((s, text))
with open('sections.txt', 'w', encoding='utf-8') as f:
    for a, t in out:
        f.write(f'{a}\t{t}\n')
print(len(out))
