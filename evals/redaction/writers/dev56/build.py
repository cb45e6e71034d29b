"""Build handwritten_dev56.jsonl.

1. Parse the hand-written messages in hand/*.txt (markup: hand/FORMAT.md).
2. Fill the rest with messages from my own templates (templates.py) and Faker values (tvalues.py, fixed seed).
3. Check every record with validate.check_record plus an extra check that no identifier text occurs
   unmarked in plain text; template messages that fail are redrawn, hand messages that fail stop the build.

Usage: /work/main/.venv/bin/python build.py
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import handparse
import templates
import validate

HERE = Path(__file__).resolve().parent
OUT = HERE / 'handwritten_dev56.jsonl'
SEED = 5656
TOTAL = 428

def render(markup, transform=None, typo=None):
    """Markup -> (text, identifiers, keep, marked spans). transform is applied to every piece."""
    tf = transform or (lambda s: s)
    out, idents, keep, spans = [], [], [], []
    pos = 0
    length = 0

    def add(s):
        nonlocal length
        out.append(s)
        length += len(s)

    for m in handparse.TOKEN.finditer(markup):
        plain = tf(markup[pos:m.start()])
        if typo:
            plain = typo(plain)
        add(plain)
        if m.group(1):
            t = tf(m.group(3))
            item = {'text': t, 'type': handparse.TYPES[m.group(1)], 'region': 'INTL' if m.group(2) else 'US'}
            if item not in idents:
                if any(i['text'] == t for i in idents):
                    raise ValueError(f'same text with two labels: {t!r}')
                idents.append(item)
            spans.append((length, length + len(t), t))
            add(t)
        else:
            t = tf(m.group(4))
            if t not in keep:
                keep.append(t)
            add(t)
        pos = m.end()
    plain = tf(markup[pos:])
    if typo:
        plain = typo(plain)
    add(plain)
    text = ''.join(out).strip('\n')
    lead = len(''.join(out)) - len(''.join(out).lstrip('\n'))
    spans = [(s - lead, e - lead, t) for s, e, t in spans]
    return text, idents, keep, spans


def unmarked(text, idents, spans):
    """Occurrences of an identifier text that were not marked and are not inside another marked span."""
    bad = []
    for ident in idents:
        t = ident['text']
        i = text.find(t)
        while i != -1:
            e = i + len(t)
            if not any(s <= i and e <= e2 for s, e2, _ in spans):
                bad.append(t)
            i = text.find(t, i + 1)
    return bad


def hand_records():
    recs, problems = [], []
    for path in sorted((HERE / 'hand').glob('*.txt')):
        style, lines, blocks = None, [], []
        for line in path.read_text(encoding='utf-8').split('\n'):
            if line.startswith('@ '):
                if style:
                    blocks.append((style, '\n'.join(lines)))
                style, lines = line[2:].strip(), []
            elif style:
                lines.append(line)
        if style:
            blocks.append((style, '\n'.join(lines)))
        for style, raw in blocks:
            text, idents, keep, spans = render(raw.strip('\n'))
            rec = {'style': style, 'text': text, 'identifiers': idents, 'keep': keep, 'source': 'hand'}
            errs = validate.check_record({'id': 'hd56-000', **rec})
            um = unmarked(text, idents, spans)
            if errs or um:
                problems.append((path.name, text[:70], errs, um))
            recs.append(rec)
    return recs, problems


# Whole-file targets used to steer which template draw is kept (see template_records).
TARGETS = {'PERSON': 520, 'PHONE_NUMBER': 250, 'LOCATION': 210, 'EMAIL_ADDRESS': 85, 'URL': 62, 'US_SSN': 55,
           'MEDICAL_RECORD_NUMBER': 78, 'DATE_OF_BIRTH': 88, 'ACCOUNT_NUMBER': 88}
INTL_TARGET = 470
CARD_TARGET = 28  # card numbers among the ACCOUNT_NUMBER identifiers
IBAN_TARGET = 38  # IBANs among them (the rest: bank account, routing and billing account numbers)
CANDIDATES = 4


def is_card(ident):
    digits = re.sub(r'[ -]', '', ident['text'])
    return ident['type'] == 'ACCOUNT_NUMBER' and digits.isdigit() and len(digits) in (15, 16)


def is_iban(ident):
    compact = ident['text'].replace(' ', '')
    return ident['type'] == 'ACCOUNT_NUMBER' and bool(re.fullmatch(r'[A-Za-z]{2}\d\d[A-Za-z0-9]{10,30}', compact))


def draw_valid(g, name):
    """One valid record from template method `name` (redrawing on any check failure)."""
    redraws = 0
    for _ in range(50):
        res = getattr(g, name)()
        style, markup = res[0], res[1]
        tf = res[2] if len(res) > 2 else None
        ty = res[3] if len(res) > 3 else None
        try:
            text, idents, keep, spans = render(markup, tf, ty)
        except ValueError:
            redraws += 1
            continue
        rec = {'style': style, 'text': text, 'identifiers': idents, 'keep': keep, 'source': 'template'}
        if validate.check_record({'id': 'hd56-000', **rec}) or unmarked(text, idents, spans):
            redraws += 1
            continue
        return rec, redraws
    raise RuntimeError(f'could not draw a valid {name}')


def template_records(n_needed, base):
    """Template messages following SCHEDULE.  For each slot CANDIDATES valid draws are made and the one that
    best fills the types/regions still under their whole-file targets is kept (the style stays as planned)."""
    g = templates.Gen(SEED)
    plan = [name for name, k in templates.SCHEDULE.items() for _ in range(k)]
    g.r.shuffle(plan)
    plan = plan[:n_needed]
    type_count = Counter(i['type'] for r in base for i in r['identifiers'])
    type_count['CARD'] = sum(is_card(i) for r in base for i in r['identifiers'])
    type_count['IBAN'] = sum(is_iban(i) for r in base for i in r['identifiers'])
    intl_count = sum(1 for r in base for i in r['identifiers'] if i['region'] == 'INTL')
    recs, redraws = [], 0

    def score(rec):
        sc = 0.0
        for i in rec['identifiers']:
            t = i['type']
            sc += max(0.0, (TARGETS[t] - type_count[t]) / TARGETS[t])
            if is_card(i):
                sc += max(0.0, (CARD_TARGET - type_count['CARD']) / CARD_TARGET)
            if is_iban(i):
                sc += max(0.0, (IBAN_TARGET - type_count['IBAN']) / IBAN_TARGET)
            if i['region'] == 'INTL':
                sc += max(0.0, (INTL_TARGET - intl_count) / INTL_TARGET)
        return sc

    for name in plan:
        cands = []
        for _ in range(CANDIDATES):
            rec, n = draw_valid(g, name)
            redraws += n
            cands.append(rec)
        best = max(cands, key=score)
        recs.append(best)
        for i in best['identifiers']:
            type_count[i['type']] += 1
            type_count['CARD'] += is_card(i)
            type_count['IBAN'] += is_iban(i)
            intl_count += i['region'] == 'INTL'
    return recs, redraws


def main():
    hand, problems = hand_records()
    if problems:
        for p in problems:
            print('HAND PROBLEM', p)
        sys.exit(1)
    tmpl, redraws = template_records(TOTAL - len(hand), hand)
    rng = random.Random(SEED)
    allrecs = hand + tmpl
    rng.shuffle(allrecs)
    with OUT.open('w', encoding='utf-8') as fh:
        for i, rec in enumerate(allrecs):
            out = {'id': f'hd56-{i:03d}', 'style': rec['style'], 'text': rec['text'],
                   'identifiers': rec['identifiers'], 'keep': rec['keep'], 'source': rec['source']}
            fh.write(json.dumps(out, ensure_ascii=False) + '\n')
    print(f'hand {len(hand)}  template {len(tmpl)} (redraws {redraws})  total {len(allrecs)} -> {OUT.name}')


if __name__ == '__main__':
    main()
