import sys, re
sys.path.insert(0, '.')
from handparse import parse_all, parse_file
from validate import check_message
msgs = parse_file(sys.argv[1]) if len(sys.argv) > 1 else parse_all('hand')
n = 0
for i, m in enumerate(msgs):
    errs = check_message(m)
    for e in errs:
        print(i, e, '|', m['text'][:80].replace('\n', ' / '))
    n += len(m['identifiers'])
print(len(msgs), 'messages', n, 'identifiers')
