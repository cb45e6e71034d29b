"""Per-message checks shared by build.py (to re-roll template fills) and validate.py."""
import unicodedata

TYPES = {'PERSON', 'LOCATION', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'URL', 'US_SSN', 'MEDICAL_RECORD_NUMBER',
         'DATE_OF_BIRTH', 'ACCOUNT_NUMBER'}
REGIONS = {'US', 'INTL'}


def is_unspaced_script(ch):
    """Scripts written without spaces between words (Han, kana): word boundaries do not apply."""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return False
    return name.startswith(('CJK UNIFIED', 'HIRAGANA', 'KATAKANA', 'CJK COMPATIBILITY'))


def wordish(ch):
    return ch.isalnum() or ch == '_'


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def boundary_ok(text, s, e):
    if s > 0:
        a, b = text[s - 1], text[s]
        if wordish(a) and wordish(b) and not (is_unspaced_script(a) or is_unspaced_script(b)):
            return False
    if e < len(text):
        a, b = text[e - 1], text[e]
        if wordish(a) and wordish(b) and not (is_unspaced_script(a) or is_unspaced_script(b)):
            return False
    return True


def check_message(text, identifiers, keep):
    """Return a list of error strings (empty when the message is fine)."""
    errs = []
    id_spans = []
    seen = set()
    for ident in identifiers:
        t = ident.get('text', '')
        if not t or t != t.strip():
            errs.append(f'empty or padded identifier {t!r}')
            continue
        if t in seen:
            errs.append(f'duplicate identifier {t!r}')
        seen.add(t)
        if ident.get('type') not in TYPES:
            errs.append(f'bad type {ident.get("type")!r}')
        if ident.get('region') not in REGIONS:
            errs.append(f'bad region {ident.get("region")!r}')
        occ = occurrences(text, t)
        if not occ:
            errs.append(f'identifier not in text: {t!r}')
        for s, e in occ:
            if not boundary_ok(text, s, e):
                errs.append(f'identifier occurrence off word boundary: {t!r} at {s}: {text[max(0, s-8):e+8]!r}')
            id_spans.append((s, e, t))
    for k in keep:
        if not k or k != k.strip():
            errs.append(f'empty or padded keep {k!r}')
            continue
        occ = occurrences(text, k)
        if not occ:
            errs.append(f'keep not in text: {k!r}')
        for s, e in occ:
            for s2, e2, t in id_spans:
                if s < e2 and s2 < e:
                    errs.append(f'keep {k!r} overlaps identifier {t!r}')
    return errs
