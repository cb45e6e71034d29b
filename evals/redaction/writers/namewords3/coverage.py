import json,sys
from collections import Counter
from lexicon import LEX
from build import classify
nc,wc=Counter(),Counter()
cat=Counter()
for l in open('handwritten_neg3.jsonl'):
    r=json.loads(l); n,w,o=classify(r); nc.update(n); wc.update(w)
    cat['name' if n else 'word']+=1; cat['other']+=o
print(cat)
both=[x for x in LEX if nc[x] and wc[x]]
print('both',len(both))
print('name only:',sorted(x for x in LEX if nc[x] and not wc[x]))
print('word only:',sorted(x for x in LEX if wc[x] and not nc[x]))
print('none:',sorted(x for x in LEX if not wc[x] and not nc[x]))
