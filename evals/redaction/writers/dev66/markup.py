"""Parser for the inline markup described in hand/MARKUP.md (used for hand files and templates)."""
import re

TYPES = {
    "P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
    "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER",
}
TOKEN = re.compile(r"\[\[([PLTEUSMDA])([IU]?):(.*?)\]\]|\{\{(.*?)\}\}", re.S | re.I)


class MarkupError(ValueError):
    pass


def parse(marked):
    """Return (plain_text, identifiers, keep, marked_spans)."""
    out, ids, keep, spans = [], {}, [], []
    pos = 0
    n = 0
    for m in TOKEN.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        if m.group(1):
            typ = TYPES[m.group(1).upper()]
            region = "INTL" if m.group(2).upper() == "I" else "US"
            text = m.group(3)
            if not text or text != text.strip():
                raise MarkupError(f"identifier with outer whitespace or empty: {text!r}")
            if text in ids and ids[text] != (typ, region):
                raise MarkupError(f"identifier {text!r} labelled twice with different type/region")
            ids.setdefault(text, (typ, region))
            spans.append((n, n + len(text), "id", text))
        else:
            text = m.group(4)
            if not text or text != text.strip():
                raise MarkupError(f"keep with outer whitespace or empty: {text!r}")
            if text not in keep:
                keep.append(text)
            spans.append((n, n + len(text), "keep", text))
        out.append(text)
        n += len(text)
        pos = m.end()
    out.append(marked[pos:])
    plain = "".join(out)
    for bad in ("[[", "]]", "{{", "}}"):
        if bad in plain:
            raise MarkupError(f"stray markup {bad!r} in: {plain[:80]!r}")
    identifiers = [{"text": t, "type": ty, "region": r} for t, (ty, r) in ids.items()]
    return plain, identifiers, keep, spans


def read_hand_file(path):
    """Yield (style, place_flag, marked_text, line_no) for each block of a hand file."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if line.startswith("%%"):
                continue
            if line.startswith("=== "):
                if cur:
                    blocks.append(cur)
                parts = line[4:].split()
                cur = [parts[0], "+place" in parts[1:], [], i]
                continue
            if cur is None:
                if line.strip():
                    raise MarkupError(f"{path}:{i}: text before first header")
                continue
            cur[2].append(line.rstrip())
    if cur:
        blocks.append(cur)
    for style, place, lines, ln in blocks:
        text = "\n".join(lines).strip("\n")
        if not text.strip():
            raise MarkupError(f"{path}:{ln}: empty block")
        yield style, place, text, ln
