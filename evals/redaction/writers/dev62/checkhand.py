import sys, collections
sys.path.insert(0, '.')
from handparse import parse_all
from validate import check_record
msgs = parse_all('hand')
c = collections.Counter(); r = collections.Counter(); bad = 0
for i, m in enumerate(msgs):
    m = dict(id=f"hd62-{i:03d}", **m)
    errs = check_record(m)
    for e in errs:
        print(m['text'][:60].replace('\n',' '), '->', e); bad += 1
    for x in m['identifiers']:
        c[x['type']] += 1; r[x['region']] += 1
print(len(msgs), 'msgs', sum(c.values()), 'ids', dict(c), dict(r), 'errors', bad)
