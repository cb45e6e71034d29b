"""Parse the hand-written message files.
Markup: [[T:text]] marks an identifier (T = P, L, PH, E, U, S, M, D, A; a '!' after T means region INTL,
otherwise US). {{text}} marks a keep word. '### style' starts a new message."""
import re
CODES = {'P': 'PERSON', 'L': 'LOCATION', 'PH': 'PHONE_NUMBER', 'E': 'EMAIL_ADDRESS', 'U': 'URL', 'S': 'US_SSN',
         'M': 'MEDICAL_RECORD_NUMBER', 'D': 'DATE_OF_BIRTH', 'A': 'ACCOUNT_NUMBER'}
TOK = re.compile(r'\[\[(P|L|PH|E|U|S|M|D|A)(!?):(.*?)\]\]|\{\{(.*?)\}\}', re.S)

def parse_block(style, raw):
    out, ids, keep = [], [], []
    pos = 0
    for m in TOK.finditer(raw):
        out.append(raw[pos:m.start()]); pos = m.end()
        if m.group(1):
            t = m.group(3)
            ids.append({'text': t, 'type': CODES[m.group(1)], 'region': 'INTL' if m.group(2) else 'US'})
            out.append(t)
        else:
            keep.append(m.group(4)); out.append(m.group(4))
    out.append(raw[pos:])
    text = ''.join(out).strip('\n').rstrip()
    assert '[[' not in text and '{{' not in text, text
    seen, uniq = set(), []
    for i in ids:
        k = (i['text'], i['type'])
        if k not in seen: seen.add(k); uniq.append(i)
    kseen, kuniq = set(), []
    for k in keep:
        if k not in kseen: kseen.add(k); kuniq.append(k)
    return {'style': style, 'text': text, 'identifiers': uniq, 'keep': kuniq}

def parse_file(path):
    msgs, style, buf = [], None, []
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('### '):
            if style is not None: msgs.append(parse_block(style, '\n'.join(buf)))
            style, buf = line[4:].strip(), []
        else:
            buf.append(line)
    if style is not None: msgs.append(parse_block(style, '\n'.join(buf)))
    return msgs
