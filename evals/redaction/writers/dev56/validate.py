"""Validate handwritten_dev56.jsonl.  Usage: python validate.py [file]  (exit code 1 on any error)."""
import json
import re
import sys
import unicodedata
from collections import Counter

TYPES = {'PERSON', 'LOCATION', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'URL', 'US_SSN',
         'MEDICAL_RECORD_NUMBER', 'DATE_OF_BIRTH', 'ACCOUNT_NUMBER'}
REGIONS = {'US', 'INTL'}
KEYS = {'id', 'style', 'text', 'identifiers', 'keep', 'source'}
NO_SPACE_SCRIPTS = ('CJK', 'HIRAGANA', 'KATAKANA', 'HANGUL', 'THAI')


def is_word(ch):
    """Word character for boundary checks.  Scripts written without spaces between words
    (Chinese, Japanese, Korean particles, Thai) have no word boundaries, so they never count."""
    if not ch.isalnum():
        return False
    name = unicodedata.name(ch, '')
    return not name.startswith(NO_SPACE_SCRIPTS)


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def check_record(rec):
    """Return a list of error strings for one record."""
    errs = []
    if set(rec) != KEYS:
        return [f'keys {sorted(rec)}']
    if not re.fullmatch(r'hd56-\d{3}', rec['id']):
        errs.append(f'bad id {rec["id"]}')
    if rec['source'] not in ('hand', 'template'):
        errs.append(f'bad source {rec["source"]}')
    if not isinstance(rec['style'], str) or not re.fullmatch(r'[a-z]+(_[a-z]+)*', rec['style']):
        errs.append(f'bad style {rec["style"]!r}')
    text = rec['text']
    if not isinstance(text, str) or not text.strip():
        return errs + ['empty text']
    if not isinstance(rec['identifiers'], list) or not isinstance(rec['keep'], list):
        return errs + ['identifiers/keep not lists']
    spans = {}
    seen = set()
    for ident in rec['identifiers']:
        if set(ident) != {'text', 'type', 'region'}:
            errs.append(f'identifier keys {sorted(ident)}')
            continue
        if ident['type'] not in TYPES:
            errs.append(f'bad type {ident["type"]}')
        if ident['region'] not in REGIONS:
            errs.append(f'bad region {ident["region"]}')
        t = ident['text']
        if not t or t != t.strip():
            errs.append(f'identifier text empty or padded: {t!r}')
        if t in seen:
            errs.append(f'duplicate identifier {t!r}')
        seen.add(t)
        occ = occurrences(text, t)
        if not occ:
            errs.append(f'identifier not a substring: {t!r}')
        spans[t] = occ
    all_spans = [(s, e, t) for t, occ in spans.items() for s, e in occ]
    for t, occ in spans.items():
        for s, e in occ:
            inside_other = any(s2 <= s and e <= e2 and (e2 - s2) > (e - s) for s2, e2, t2 in all_spans if t2 != t)
            if inside_other:
                continue
            if s > 0 and is_word(text[s - 1]) and is_word(text[s]):
                errs.append(f'identifier {t!r} at {s} starts inside a word')
            if e < len(text) and is_word(text[e - 1]) and is_word(text[e]):
                errs.append(f'identifier {t!r} at {s} ends inside a word')
    for k in rec['keep']:
        if not isinstance(k, str) or not k:
            errs.append(f'bad keep {k!r}')
            continue
        kocc = occurrences(text, k)
        if not kocc:
            errs.append(f'keep not a substring: {k!r}')
        for ks, ke in kocc:
            for s, e, t in all_spans:
                if ks < e and s < ke:
                    errs.append(f'keep {k!r} overlaps identifier {t!r}')
    return errs


def main(path):
    lines = open(path, encoding='utf-8').read().splitlines()
    recs, errors = [], []
    for n, line in enumerate(lines, 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f'line {n}: invalid JSON ({exc})')
            continue
        if not isinstance(rec, dict):
            errors.append(f'line {n}: not an object')
            continue
        recs.append(rec)
        for e in check_record(rec):
            errors.append(f'line {n} {rec.get("id")}: {e}')
    ids = [r.get('id') for r in recs]
    if ids != [f'hd56-{i:03d}' for i in range(len(recs))]:
        errors.append('ids are not hd56-000, hd56-001, ... in order')
    idents = [i for r in recs for i in r.get('identifiers', [])]
    by_type = Counter(i['type'] for i in idents)
    by_region = Counter(i['region'] for i in idents)
    by_style = Counter(r['style'] for r in recs)
    by_source = Counter(r['source'] for r in recs)
    hand_share = by_source['hand'] / max(1, len(recs))
    checks = [
        ('messages between 400 and 450', 400 <= len(recs) <= 450, len(recs)),
        ('identifiers >= 1300', len(idents) >= 1300, len(idents)),
        ('region US >= 800', by_region['US'] >= 800, by_region['US']),
        ('every type >= 25', all(by_type[t] >= 25 for t in TYPES), min(by_type[t] for t in TYPES)),
        ('hand share >= 45%', hand_share >= 0.45, f'{hand_share:.1%}'),
    ]
    print(f'file: {path}')
    print(f'messages: {len(recs)}  (hand {by_source["hand"]}, template {by_source["template"]}, '
          f'hand share {hand_share:.1%})')
    print(f'identifiers: {len(idents)}  US {by_region["US"]}  INTL {by_region["INTL"]}')
    msgs_with_keep = sum(1 for r in recs if r['keep'])
    print(f'keep entries: {sum(len(r["keep"]) for r in recs)}  messages with keep: {msgs_with_keep}')
    print('\nidentifiers by type and region:')
    tr = Counter((i['type'], i['region']) for i in idents)
    print(f'  {"type":<24}{"US":>6}{"INTL":>6}{"total":>7}')
    for t in sorted(TYPES):
        print(f'  {t:<24}{tr[(t, "US")]:>6}{tr[(t, "INTL")]:>6}{by_type[t]:>7}')
    print('\nmessages by style (hand / template / total):')
    ss = Counter((r['style'], r['source']) for r in recs)
    for s in sorted(by_style):
        print(f'  {s:<18}{ss[(s, "hand")]:>5}{ss[(s, "template")]:>5}{by_style[s]:>6}')
    print('\nchecks:')
    for name, ok, val in checks:
        print(f'  [{"ok" if ok else "FAIL"}] {name}: {val}')
        if not ok:
            errors.append(f'count check failed: {name} ({val})')
    print(f'\nrecord errors: {len(errors)}')
    for e in errors[:200]:
        print('  ' + e)
    print('RESULT:', 'PASS' if not errors else 'FAIL')
    return 0 if not errors else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'handwritten_dev56.jsonl'))
