"""Validate handwritten_dev68.jsonl against the spec format and the brief's counts.

Run:  /work/main/.venv/bin/python validate.py | tee validate_output.txt
Exit code 0 when every check passes.
"""
import collections
import json
import os
import re
import sys

from checks import TYPES, REGIONS, check_message

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'handwritten_dev68.jsonl')
KEYS = {'id', 'style', 'text', 'identifiers', 'keep', 'source'}
MIN_MSG, MAX_MSG, MIN_IDS, MIN_US, MIN_PER_TYPE, MIN_HAND_SHARE = 400, 450, 1300, 800, 25, 0.45
RECORD_TYPES = {'MEDICAL_RECORD_NUMBER'}


def main():
    problems = []
    rows = []
    with open(PATH, encoding='utf-8') as fh:
        for ln, line in enumerate(fh, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f'line {ln}: invalid JSON ({e})')
                continue
            rows.append((ln, r))

    by_type, by_region, by_style, by_source = (collections.Counter() for _ in range(4))
    type_region = collections.Counter()
    style_source = collections.Counter()
    ids_seen = set()
    n_ids = 0
    with_record = 0
    with_keep = 0
    for i, (ln, r) in enumerate(rows):
        if not isinstance(r, dict) or set(r) != KEYS:
            problems.append(f'line {ln}: keys {sorted(r) if isinstance(r, dict) else type(r)} != {sorted(KEYS)}')
            continue
        want = f'hd68-{i:03d}'
        if r['id'] != want:
            problems.append(f'line {ln}: id {r["id"]!r}, expected {want!r}')
        if r['id'] in ids_seen:
            problems.append(f'line {ln}: duplicate id')
        ids_seen.add(r['id'])
        if not isinstance(r['style'], str) or not re.fullmatch(r'[a-z]+(_[a-z]+)*', r['style']):
            problems.append(f'line {ln}: style {r["style"]!r} is not one word / snake_case')
        if r['source'] not in ('hand', 'template'):
            problems.append(f'line {ln}: source {r["source"]!r}')
        if not isinstance(r['text'], str) or not r['text'].strip():
            problems.append(f'line {ln}: empty text')
            continue
        if not isinstance(r['identifiers'], list) or not isinstance(r['keep'], list):
            problems.append(f'line {ln}: identifiers/keep must be lists')
            continue
        bad_shape = False
        for ident in r['identifiers']:
            if not isinstance(ident, dict) or set(ident) != {'text', 'type', 'region'}:
                problems.append(f'line {ln}: identifier {ident!r} must have exactly text/type/region')
                bad_shape = True
        for k in r['keep']:
            if not isinstance(k, str):
                problems.append(f'line {ln}: keep entry {k!r} is not a string')
                bad_shape = True
        if bad_shape:
            continue
        for e in check_message(r['text'], r['identifiers'], r['keep']):
            problems.append(f'line {ln} ({r["id"]}): {e}')
        by_style[r['style']] += 1
        by_source[r['source']] += 1
        style_source[(r['style'], r['source'])] += 1
        if r['keep']:
            with_keep += 1
        if any(x['type'] in RECORD_TYPES for x in r['identifiers']):
            with_record += 1
        for x in r['identifiers']:
            n_ids += 1
            by_type[x['type']] += 1
            by_region[x['region']] += 1
            type_region[(x['type'], x['region'])] += 1

    n = len(rows)
    hand_share = by_source['hand'] / n if n else 0
    print(f'file: {PATH}')
    print(f'messages: {n}  (hand {by_source["hand"]}, template {by_source["template"]}, hand share {hand_share:.1%})')
    print(f'identifiers: {n_ids}  (US {by_region["US"]}, INTL {by_region["INTL"]})')
    print(f'messages with a MEDICAL_RECORD_NUMBER identifier: {with_record} ({with_record / max(n, 1):.1%})')
    print(f'messages with at least one keep word: {with_keep} ({with_keep / max(n, 1):.1%})')
    print('\nby type (US / INTL / total):')
    for t in sorted(TYPES):
        print(f'  {t:24s} {type_region[(t, "US")]:5d} {type_region[(t, "INTL")]:5d} {by_type[t]:5d}')
    print('\nby style (hand / template / total):')
    for s_, c in by_style.most_common():
        print(f'  {s_:16s} {style_source[(s_, "hand")]:5d} {style_source[(s_, "template")]:5d} {c:5d}')

    # count requirements from the brief
    if not MIN_MSG <= n <= MAX_MSG:
        problems.append(f'message count {n} not in [{MIN_MSG}, {MAX_MSG}]')
    if n_ids < MIN_IDS:
        problems.append(f'identifier count {n_ids} < {MIN_IDS}')
    if by_region['US'] < MIN_US:
        problems.append(f'US identifiers {by_region["US"]} < {MIN_US}')
    for t in TYPES:
        if by_type[t] < MIN_PER_TYPE:
            problems.append(f'type {t} appears {by_type[t]} < {MIN_PER_TYPE} times')
    for reg in by_region:
        if reg not in REGIONS:
            problems.append(f'bad region {reg}')
    if hand_share < MIN_HAND_SHARE:
        problems.append(f'hand share {hand_share:.1%} < {MIN_HAND_SHARE:.0%}')

    print()
    if problems:
        print(f'FAILED: {len(problems)} problem(s)')
        for p in problems:
            print('  ' + p)
        return 1
    print('ALL CHECKS PASSED: valid JSON and keys, identifier/keep texts are exact substrings, identifier '
          'occurrences on word boundaries, no keep/identifier overlap, valid types/regions, counts met.')
    return 0


if __name__ == '__main__':
    sys.exit(main())
