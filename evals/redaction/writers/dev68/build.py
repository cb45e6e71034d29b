"""Build handwritten_dev68.jsonl: hand-written messages from hand/*.txt, then template messages.

Run:  /work/main/.venv/bin/python build.py
Fixed seed (values.SEED) -> the output is reproducible.
"""
import glob
import json
import os
import re

import values as V
import templates as T
from countries import COUNTRIES
from markup import parse_file, parse_message
from checks import check_message

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'handwritten_dev68.jsonl')
TOTAL = 430
INTL_SHARE = 0.2          # share of template messages drawn from the INTL list

SLOT = re.compile(r'<(P|L|PH|E|U|S|M|D|A|K|T|LBL|REC|ALOUD|SPLIT|WRONG|HALF)(\*?):([A-Za-z_]+\d*(?:\.[a-z]+)?)>')
REC_KINDS = {'mrn', 'chart', 'enc', 'visit', 'member', 'group', 'claim', 'case', 'auth', 'rx', 'serial',
             'medicare', 'medicaid'}
KEEP_LISTS = {'drug': T.DRUG, 'cond': T.COND, 'lab': T.LAB, 'proc': T.PROC, 'org': T.ORG, 'pharm': T.PHARM,
              'bill': T.BILL, 'rel': T.REL, 'relm': T.RELM, 'relf': T.RELF, 'device': T.DEVICE, 'hosp': T.HOSP}
PERSON_BASES = {'p', 'pm', 'pf', 'i', 'im', 'if', 'n'}
NONLATIN = ['ja_JP', 'zh_CN', 'ko_KR', 'ru_RU', 'ar_SA', 'hi_IN']


class Ctx:
    """Per-message cache so a key used twice gives the same value."""

    def __init__(self, country=None):
        self.cache = {}
        self.country = country
        self.used_keep = set()

    def base(self, key):
        return re.sub(r'\d+$', '', key)

    def person(self, key):
        if key not in self.cache:
            b = self.base(key)
            gender = b[1] if len(b) == 2 else None
            if b in ('p', 'pm', 'pf'):
                self.cache[key] = V.Person(gender=gender)
            elif b in ('i', 'im', 'if'):
                self.cache[key] = V.Person(COUNTRIES[self.country][0], intl=True, gender=gender)
            elif b == 'n':
                self.cache[key] = V.Person(V.pick(NONLATIN), intl=True)
            else:
                raise KeyError(key)
        return self.cache[key]

    def record(self, key):
        if key not in self.cache:
            kind = self.base(key)
            if kind == 'c.hid':
                lab, gen = COUNTRIES[self.country][4]
                self.cache[key] = (lab, gen())
            else:
                self.cache[key] = V.record(kind)
        return self.cache[key]

    def keep(self, key):
        if key not in self.cache:
            lst = KEEP_LISTS[self.base(key)]
            choices = [w for w in lst if w not in self.used_keep]
            w = V.pick(choices)
            self.used_keep.add(w)
            self.cache[key] = w
        return self.cache[key]

    def value(self, key):
        if '.' in key and key.split('.')[0] != 'c':
            k, attr = key.split('.')
            return self.person(k).attr(attr)
        if self.base(key) in PERSON_BASES:
            return self.person(key).full
        if key in self.cache:
            return self.cache[key]
        b = self.base(key)
        c = COUNTRIES.get(self.country)
        gens = {
            'addr': V.us_address, 'street': V.us_street, 'city': V.us_city_state, 'cityonly': lambda: V.us_city()[0],
            'mil': V.military_address, 'pobox': lambda: V.us_address(7), 'rr': lambda: V.us_address(8),
            'phone': V.us_phone, 'vanity': V.vanity_phone, 'ssn': V.ssn, 'dob': V.dob,
            'dobkid': lambda: V.dob(young=True), 'dobold': lambda: V.dob(old=True), 'iban': V.iban, 'card': V.card, 'routing': V.routing,
            'bankacct': V.bank_account, 'pacct': V.patient_account,
            'month': lambda: V.pick(T.MONTH), 'money': lambda: f'{V.rng.randrange(20, 2400)}.{V.digits(2)}',
            'exp': lambda: f'{V.rng.randrange(1, 13):02d}/{V.rng.randrange(26, 31)}',
            'cardlabel': lambda: V.card_label(self.value('card')), 'ext': lambda: str(V.rng.randrange(100, 9999)),
        }
        if c:
            gens.update({'c.addr': c[1], 'c.phone': c[2], 'c.iban': lambda: V.iban(c[3]), 'c.dob': c[5],
                         'c.city': lambda: V.pick(c[6])})
        v = gens[b]()
        self.cache[key] = v
        return v


def render_slot(ctx, m):
    code, star, key = m.group(1), m.group(2), m.group(3)
    base = ctx.base(key.split('.')[0]) if '.' not in key or key.startswith('c.') else ctx.base(key.split('.')[0])
    intl = star == '*' or base in ('i', 'im', 'if', 'n') or key.startswith('c.') or base == 'iban'
    if code == 'K':
        return '{{' + ctx.keep(key) + '}}'
    if code == 'T':
        return ctx.value(key)
    if code in ('LBL', 'REC', 'ALOUD', 'SPLIT', 'WRONG', 'HALF'):
        lab, val = ctx.record(key)
        mcode = 'M*' if intl else 'M'
        if code == 'LBL':
            fallback = {'mrn': 'MRN', 'rx': 'Rx', 'member': 'ID'}.get(ctx.base(key), 'number')
            return lab.rstrip(':') or fallback
        if code == 'REC':
            return (lab + ' ' if lab else '') + f'[[{mcode}|{val}]]'
        if code == 'ALOUD':
            return f'[[{mcode}|{V.read_aloud(val)}]]'
        if code == 'SPLIT':
            return f'[[{mcode}|{V.split_line(val)}]]'
        if code == 'WRONG':
            return f'[[{mcode}|{V.swap_two(val)}]]'
        if code == 'HALF':
            cut = max(3, len(val) // 2)
            return f'[[{mcode}|{val[:cut].rstrip(" -.")}]]'
    if code == 'M' and (ctx.base(key) in REC_KINDS or key.startswith('c.hid')):
        val = ctx.record(key)[1]
    else:
        val = ctx.value(key)
    return f'[[{code}{"*" if intl else ""}|{val}]]'


def stray_occurrences(marked, plain, ids):
    """Identifier texts that occur in the plain text more often than they were marked up
    (e.g. a lower-cased first name 'hope' that also appears as an ordinary word)."""
    from markup import TOKEN
    marked_counts = {}
    for m in TOKEN.finditer(marked):
        if m.group(1) is not None:
            marked_counts[m.group(3)] = marked_counts.get(m.group(3), 0) + 1
    out = []
    for r in ids:
        n_plain = plain.count(r['text'])
        n_marked = sum(c * m_text.count(r['text']) for m_text, c in marked_counts.items())
        if n_plain > n_marked:
            out.append(r['text'])
    return out


def fill(style, tmpl, country=None):
    ctx = Ctx(country)
    marked = SLOT.sub(lambda m: render_slot(ctx, m), tmpl)
    if style == 'all_caps':
        marked = marked.upper()
    elif style == 'lower_case':
        marked = marked.lower()
    marked = marked.strip()
    text, ids, keep = parse_message(marked)
    return text, ids, keep, stray_occurrences(marked, text, ids)


REC_MARKERS = ('<M:', '<M*:', '<REC:', '<ALOUD:', '<SPLIT:', '<WRONG:', '<HALF:', '<LBL:c.hid')
N_REC_US, N_REC_INTL = 16, 9   # template messages that carry a record number (hand messages add ~120)


def has_record(tmpl):
    return any(m in tmpl for m in REC_MARKERS)


def cycle_pick(templates, k, tag):
    """k templates, spreading use evenly: every template once before any repeats."""
    out = []
    while len(out) < k:
        batch = list(templates)
        V.rng.shuffle(batch)
        out.extend((tag, t) for t in batch)
    return out[:k]


def template_messages(n):
    rng = V.rng
    n_intl = round(n * INTL_SHARE)
    us_rec = [t for t in T.US if has_record(t[1])]
    us_plain = [t for t in T.US if not has_record(t[1])]
    in_rec = [t for t in T.INTL if has_record(t[1])]
    in_plain = [t for t in T.INTL if not has_record(t[1])]
    allplan = (cycle_pick(us_rec, N_REC_US, 'US') + cycle_pick(us_plain, n - n_intl - N_REC_US, 'US')
               + cycle_pick(in_rec, N_REC_INTL, 'INTL') + cycle_pick(in_plain, n_intl - N_REC_INTL, 'INTL'))
    rng.shuffle(allplan)
    out = []
    countries_with_phone = [k for k, c in COUNTRIES.items() if c[2] is not None]
    countries_with_iban = [k for k, c in COUNTRIES.items() if c[3] is not None]
    for kind, (style, tmpl) in allplan:
        for attempt in range(200):
            country = None
            if kind == 'INTL':
                pool = countries_with_iban if 'c.iban' in tmpl else (countries_with_phone if 'c.phone' in tmpl else list(COUNTRIES))
                country = rng.choice(pool)
            text, ids, keep, stray = fill(style, tmpl, country)
            if not stray and not check_message(text, ids, keep):
                break
        else:
            raise RuntimeError(f'could not fill template: {tmpl[:60]}')
        out.append((style, text, ids, keep))
    return out


def main():
    hand = []
    for f in sorted(glob.glob(os.path.join(HERE, 'hand', '*.txt'))):
        for (st, text, ids, keep), marked in zip(parse_file(f), parse_file(f, marked=True)):
            stray = stray_occurrences(marked, text, ids)
            if stray:
                print(f'note: {os.path.basename(f)}: unmarked extra occurrence(s) of {stray} in: {text[:70]!r}')
            hand.append((st, text, ids, keep))
    for st, text, ids, keep in hand:
        errs = check_message(text, ids, keep)
        if errs:
            raise SystemExit(f'hand message fails checks: {errs}\n{text}')
    tmpl = template_messages(TOTAL - len(hand))
    rows = []
    for i, (st, text, ids, keep) in enumerate(hand + tmpl):
        rows.append({'id': f'hd68-{i:03d}', 'style': st, 'text': text, 'identifiers': ids, 'keep': keep,
                     'source': 'hand' if i < len(hand) else 'template'})
    with open(OUT, 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'wrote {len(rows)} messages ({len(hand)} hand, {len(tmpl)} template) to {OUT}')


if __name__ == '__main__':
    main()
