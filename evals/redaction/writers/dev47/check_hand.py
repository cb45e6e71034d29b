"""Quick checker used while writing hand files: parse and run per-message checks; print problems
and extra (unmarked) occurrences of identifier texts so I can review them."""
import sys, collections
from handparse import parse_dir
sys.path.insert(0, '.')
from msgcheck import check_message
msgs = parse_dir('hand')
c = collections.Counter(); r = collections.Counter(); st = collections.Counter()
for m in msgs:
    for p in check_message(m):
        print(m['_file'], repr(m['text'][:60]), '->', p)
    for i in m['identifiers']:
        c[i['type']] += 1; r[i['region']] += 1
    st[m['style']] += 1
print(len(msgs), 'messages', sum(c.values()), 'identifiers')
print(dict(c)); print(dict(r)); print(dict(st))
