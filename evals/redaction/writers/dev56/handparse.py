"""Parser for the inline markup in hand/*.txt (see hand/FORMAT.md)."""
import re
from pathlib import Path

TYPES = {
    'P': 'PERSON', 'L': 'LOCATION', 'T': 'PHONE_NUMBER', 'E': 'EMAIL_ADDRESS', 'U': 'URL',
    'S': 'US_SSN', 'M': 'MEDICAL_RECORD_NUMBER', 'D': 'DATE_OF_BIRTH', 'A': 'ACCOUNT_NUMBER',
}
TOKEN = re.compile(r'\{([PLTEUSMDA])(~?):(.*?)\}|\[\[(.*?)\]\]', re.S)


def parse_block(raw):
    out, idents, keep = [], [], []
    pos = 0
    for m in TOKEN.finditer(raw):
        out.append(raw[pos:m.start()])
        if m.group(1):
            text = m.group(3)
            if not text or text != text.strip():
                raise ValueError(f'bad identifier markup {m.group(0)!r}')
            item = {'text': text, 'type': TYPES[m.group(1)], 'region': 'INTL' if m.group(2) else 'US'}
            if item not in idents:
                if any(i['text'] == text for i in idents):
                    raise ValueError(f'same text with two labels: {text!r}')
                idents.append(item)
            out.append(text)
        else:
            text = m.group(4)
            if text not in keep:
                keep.append(text)
            out.append(text)
        pos = m.end()
    out.append(raw[pos:])
    text = ''.join(out)
    for ch in '{}':
        if ch in text:
            raise ValueError(f'stray {ch} in {text[:80]!r}')
    if '[[' in text or ']]' in text:
        raise ValueError(f'stray keep markup in {text[:80]!r}')
    return text, idents, keep


def parse_file(path):
    msgs, style, lines = [], None, []

    def flush():
        if style is None:
            return
        raw = '\n'.join(lines).strip('\n')
        text, idents, keep = parse_block(raw)
        msgs.append({'style': style, 'text': text, 'identifiers': idents, 'keep': keep,
                     'file': Path(path).name})

    for line in Path(path).read_text(encoding='utf-8').split('\n'):
        if line.startswith('@ '):
            flush()
            style, lines = line[2:].strip(), []
        elif style is None:
            continue  # header comments
        else:
            lines.append(line)
    flush()
    return msgs


def parse_all(folder):
    msgs = []
    for p in sorted(Path(folder).glob('*.txt')):
        msgs.extend(parse_file(p))
    return msgs
