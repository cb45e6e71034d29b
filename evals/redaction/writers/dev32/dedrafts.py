"""Helper used while writing: drop abandoned partial drafts (a block that is a shorter prefix-variant of the next one)."""
import re, sys
p = sys.argv[1]; s = open(p).read()
changed = True
while changed:
    changed = False
    blocks = re.split(r'(?m)^(?=## style=)', s)
    out = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if i + 1 < len(blocks) and b.startswith('## ') and blocks[i+1].startswith('## '):
            body = b.split('\n', 1)[1].strip(); nxt = blocks[i+1].split('\n', 1)[1].strip()
            if nxt[:12] == body[:12] and len(body) < len(nxt):
                print('DROP', repr(body[:70])); changed = True; i += 1; continue
        out.append(b); i += 1
    s = ''.join(out)
open(p, 'w').write(s)
