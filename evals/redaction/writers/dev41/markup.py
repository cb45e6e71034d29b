"""Shared markup parser for hand-written messages and templates (see hand/FORMAT.md)."""
import re

TYPES = {
    "P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
    "SSN": "US_SSN", "MRN": "MEDICAL_RECORD_NUMBER", "DOB": "DATE_OF_BIRTH", "ACC": "ACCOUNT_NUMBER",
}
TOKEN = re.compile(r"<<(.+?)>>|\{\{(.+?)\}\}", re.S)


def parse_segments(marked):
    """Split marked text into segments: ('plain', text) / ('id', text, TYPE, REGION) / ('keep', text)."""
    segs, pos = [], 0
    for m in TOKEN.finditer(marked):
        if m.start() > pos:
            segs.append(("plain", marked[pos:m.start()]))
        if m.group(1) is not None:
            parts = m.group(1).split("|")
            text, rest = parts[0], parts[1:]
            region = "US"
            if rest and rest[-1] == "I":
                region, rest = "INTL", rest[:-1]
            code = rest[0] if rest else "P"
            if code not in TYPES:
                raise ValueError(f"unknown type code {code!r} in {m.group(0)!r}")
            segs.append(("id", text, TYPES[code], region))
        else:
            segs.append(("keep", m.group(2)))
        pos = m.end()
    if pos < len(marked):
        segs.append(("plain", marked[pos:]))
    return segs


def render(segs, transform=None):
    """Join segments into (text, identifiers, keep) applying an optional case transform to every segment."""
    tf = transform or (lambda s: s)
    text, ids, keep = [], [], []
    seen_ids, seen_keep = {}, set()
    for s in segs:
        t = tf(s[1])
        text.append(t)
        if s[0] == "id":
            key = t
            if key in seen_ids:
                if seen_ids[key] != (s[2], s[3]):
                    raise ValueError(f"identifier {t!r} labelled twice differently")
                continue
            seen_ids[key] = (s[2], s[3])
            ids.append({"text": t, "type": s[2], "region": s[3]})
        elif s[0] == "keep" and t not in seen_keep:
            seen_keep.add(t)
            keep.append(t)
    return "".join(text), ids, keep


def parse_hand_file(path):
    """Yield (style, marked_text) blocks from a hand_*.txt file."""
    raw = open(path, encoding="utf-8").read()
    blocks = re.split(r"\n===\n", raw.strip("\n") + "\n")
    for b in blocks:
        b = b.rstrip("\n")
        if not b.strip():
            continue
        first, _, body = b.partition("\n")
        if not first.startswith("@"):
            raise ValueError(f"{path}: block without @style: {b[:60]!r}")
        yield first[1:].strip(), body
