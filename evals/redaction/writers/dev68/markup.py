"""Parser for the inline markup used in hand/*.txt (and reused by the templates in build.py).

File layout: lines starting with '#' before the first message are comments. Each message starts
with a header line '@ <style>'; every line after it up to the next header is message text
(leading/trailing blank lines are dropped, inner line breaks are kept).

Inline markup inside a message:
  [[CODE|text]]    an identifier; CODE is one of P L PH E U S M D A (case-insensitive),
                   followed by '*' when the identifier's region is INTL (default region US)
  {{text}}         a keep word (must survive redaction)
"""
import re

CODES = {'P': 'PERSON', 'L': 'LOCATION', 'PH': 'PHONE_NUMBER', 'E': 'EMAIL_ADDRESS', 'U': 'URL',
         'S': 'US_SSN', 'M': 'MEDICAL_RECORD_NUMBER', 'D': 'DATE_OF_BIRTH', 'A': 'ACCOUNT_NUMBER'}
TOKEN = re.compile(r'\[\[([A-Za-z]{1,2})(\*?)\|(.*?)\]\]|\{\{(.*?)\}\}', re.S)


def parse_message(marked):
    """Return (plain_text, identifiers, keep) from one marked-up message."""
    out, ids, keep, pos = [], [], [], 0
    for m in TOKEN.finditer(marked):
        out.append(marked[pos:m.start()])
        if m.group(1) is not None:
            code = m.group(1).upper()
            if code not in CODES:
                raise ValueError(f'unknown code {code!r} in: {marked[:80]!r}')
            text = m.group(3)
            rec = {'text': text, 'type': CODES[code], 'region': 'INTL' if m.group(2) else 'US'}
            if not any(r['text'] == text for r in ids):
                ids.append(rec)
            out.append(text)
        else:
            text = m.group(4)
            if text not in keep:
                keep.append(text)
            out.append(text)
        pos = m.end()
    out.append(marked[pos:])
    plain = ''.join(out)
    if '[[' in plain or ']]' in plain or '{{' in plain or '}}' in plain:
        raise ValueError(f'unbalanced markup in: {marked[:120]!r}')
    return plain, ids, keep


def parse_file(path, marked=False):
    msgs, style, buf = [], None, []

    def flush():
        if style is not None:
            body = '\n'.join(buf).strip('\n')
            if body.strip():
                msgs.append((style, body))

    with open(path, encoding='utf-8') as fh:
        for line in fh.read().split('\n'):
            if line.startswith('@ '):
                flush()
                style, buf = line[2:].strip(), []
            elif style is None:
                continue  # comment / preamble
            else:
                buf.append(line)
    flush()
    if marked:
        return [body for st, body in msgs]
    return [(st,) + parse_message(body) for st, body in msgs]
