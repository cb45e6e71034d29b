"""Check handwritten_dev36.jsonl and print counts."""
import json, re, sys, collections
from ibanlib import iban_ok, luhn_ok
PATH = '/work/drafts/dev36/handwritten_dev36.jsonl'
TYPES = ['PERSON', 'LOCATION', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'URL', 'US_SSN', 'MEDICAL_RECORD_NUMBER',
         'DATE_OF_BIRTH', 'ACCOUNT_NUMBER']
errors, warns = [], []
def occ(text, sub):
    i = text.find(sub)
    while i >= 0:
        yield i, i + len(sub)
        i = text.find(sub, i + 1)
rows = [json.loads(l) for l in open(PATH, encoding='utf-8')]
tc, rc, sc, src = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
trc = collections.Counter(); src_ids = collections.Counter(); with_keep = 0
for n, r in enumerate(rows):
    rid = r.get('id')
    if set(r) != {'id', 'style', 'text', 'identifiers', 'keep', 'source'}:
        errors.append(f'{rid}: keys {sorted(r)}')
    if rid != f'hd36-{n:03d}': errors.append(f'{rid}: expected hd36-{n:03d}')
    if r.get('source') not in ('hand', 'template'): errors.append(f'{rid}: bad source')
    if not isinstance(r['style'], str) or not re.fullmatch(r'[a-z0-9_]+', r['style']): errors.append(f'{rid}: bad style')
    t = r['text']; spans = []
    allspans = [s for i in r['identifiers'] for s in occ(t, i['text'])]
    if not r['identifiers']: errors.append(f'{rid}: no identifiers')
    for i in r['identifiers']:
        if set(i) != {'text', 'type', 'region'}: errors.append(f'{rid}: identifier keys {i}')
        if i['type'] not in TYPES: errors.append(f'{rid}: type {i["type"]}')
        if i['region'] not in ('US', 'INTL'): errors.append(f'{rid}: region {i["region"]}')
        if not i['text'] or i['text'] != i['text'].strip(): errors.append(f'{rid}: blank/space-padded {i["text"]!r}')
        o = list(occ(t, i['text']))
        if not o: errors.append(f'{rid}: identifier not in text {i["text"]!r}')
        for a, b in o:
            if any(x <= a and b <= y and (x, y) != (a, b) for x, y in allspans): continue
            if (a > 0 and t[a-1].isalnum() and i['text'][0].isalnum()) or (b < len(t) and t[b].isalnum() and i['text'][-1].isalnum()):
                errors.append(f'{rid}: identifier {i["text"]!r} not on word boundary at {a}')
            spans.append((a, b))
        if i['type'] == 'ACCOUNT_NUMBER':
            raw = i['text'].replace(' ', '')
            if re.fullmatch(r'[A-Za-z]{2}\d\d[A-Za-z0-9]{10,30}', raw) and not iban_ok(raw):
                errors.append(f'{rid}: IBAN checksum {i["text"]}')
        tc[i['type']] += 1; rc[i['region']] += 1; trc[(i['type'], i['region'])] += 1; src_ids[r['source']] += 1
    if r['keep']: with_keep += 1
    for k in r['keep']:
        o = list(occ(t, k))
        if not o: errors.append(f'{rid}: keep not in text {k!r}')
        for a, b in o:
            for x, y in spans:
                if a < y and x < b: errors.append(f'{rid}: keep {k!r} overlaps identifier {t[x:y]!r}')
    # heuristic: parts of multi-word PERSON names that appear outside any identifier
    for i in r['identifiers']:
        if i['type'] != 'PERSON': continue
        for part in re.split(r'[\s,.]+', i['text']):
            if len(part) < 3 or not part[0].isupper(): continue
            for a, b in occ(t, part):
                if (a > 0 and t[a-1].isalnum()) or (b < len(t) and t[b].isalnum()): continue
                if not any(x <= a and b <= y for x, y in spans):
                    warns.append(f'{rid}: name part {part!r} appears unlabelled')
    sc[r['style']] += 1; src[r['source']] += 1
N = len(rows); total = sum(tc.values())
print(f'messages {N}  identifiers {total}  hand {src["hand"]} ({100*src["hand"]/N:.1f}%)  template {src["template"]}')
print('identifiers by source', dict(src_ids))
print('messages with keep words', with_keep)
print('by region', dict(rc))
print('by type', {k: tc[k] for k in TYPES})
print('by type/region', {f'{k}/{g}': trc[(k, g)] for k in TYPES for g in ('US', 'INTL') if trc[(k, g)]})
print('by style', dict(sorted(sc.items(), key=lambda x: -x[1])))
if not 400 <= N <= 450: errors.append(f'message count {N}')
if total < 1300: errors.append(f'identifiers {total} < 1300')
if rc['US'] < 800: errors.append(f'US {rc["US"]} < 800')
for k in TYPES:
    if tc[k] < 25: errors.append(f'{k} only {tc[k]}')
if src['hand'] < 0.4 * N: errors.append('hand share < 40%')
for w in sorted(set(warns)): print('WARN', w)
for e in errors: print('ERROR', e)
print('OK' if not errors else f'{len(errors)} errors')
sys.exit(1 if errors else 0)
