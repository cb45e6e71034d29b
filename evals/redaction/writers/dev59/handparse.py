"""Parse the hand-written message files in hand/.

Markup (designed for this set):
  "@ style"            starts a new message with that style; the following lines (until the next "@ ") are its text
  "# ..."              comment line (ignored, only outside message bodies' first line position is irrelevant)
  [[X:text]]           identifier, region US;  X = P L T E U S M D A
  [[Xi:text]]          identifier, region INTL
  {{text}}             keep word
"""
import re
from pathlib import Path

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[([PLTEUSMDA])(i?):(.*?)\]\]|\{\{(.*?)\}\}", re.S)
TITLES = ("dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "fr.", "rev.", "lt.", "pastor", "coach",
          "aunt", "uncle", "mom", "dad", "grandma", "grandpa", "nana", "papa")


def parse_body(body, where):
    out, idents, keep = [], [], []
    pos = 0
    for m in TOKEN.finditer(body):
        out.append(body[pos:m.start()])
        if m.group(1):
            t = m.group(3)
            first = t.split()[0].lower() if t.split() else ""
            if m.group(1) == "P" and first in TITLES:
                raise ValueError(f"{where}: title/relation inside PERSON: {t!r}")
            ident = {"text": t, "type": TYPES[m.group(1)], "region": "INTL" if m.group(2) else "US"}
            if ident not in idents:
                idents.append(ident)
            out.append(t)
        else:
            k = m.group(4)
            if k not in keep:
                keep.append(k)
            out.append(k)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"{where}: unbalanced markup in {text!r}")
    return text, idents, keep


def parse_file(path):
    msgs, style, lines, start = [], None, [], 0
    raw = Path(path).read_text(encoding="utf-8").split("\n")

    def flush():
        if style is None:
            return
        body = "\n".join(lines).strip()
        text, idents, keep = parse_body(body, f"{Path(path).name}:{start}")
        msgs.append({"style": style, "text": text, "identifiers": idents, "keep": keep,
                     "source": "hand", "_where": f"{Path(path).name}:{start}"})

    for i, line in enumerate(raw, 1):
        if line.startswith("@ "):
            flush()
            style, lines, start = line[2:].strip(), [], i
        elif line.startswith("#") and style is None:
            continue
        elif line.startswith("# ") and not lines:
            continue
        else:
            if style is not None:
                lines.append(line.rstrip())
    flush()
    return msgs


def parse_all(folder):
    msgs = []
    for p in sorted(Path(folder).glob("*.txt")):
        msgs.extend(parse_file(p))
    return msgs


if __name__ == "__main__":
    import sys, collections
    ms = parse_all(Path(__file__).parent / "hand")
    print(len(ms), "hand messages", sum(len(m["identifiers"]) for m in ms), "identifiers")
    print(collections.Counter(i["type"] for m in ms for i in m["identifiers"]))
    print(collections.Counter(i["region"] for m in ms for i in m["identifiers"]))
    print(collections.Counter(m["style"] for m in ms))
