"""Parser for the hand-written message files in hand/*.txt (dev76).

Markup (my own design):
  @@ style            starts a new message; everything up to the next "@@" line is its text
  %% ...              comment line (ignored)
  [[text|T]]          identifier, region US
  [[text|T|I]]        identifier, region INTL
  {{text}}            keep word
  T codes: P PERSON, L LOCATION, PH PHONE_NUMBER, E EMAIL_ADDRESS, U URL, S US_SSN,
           M MEDICAL_RECORD_NUMBER, D DATE_OF_BIRTH, A ACCOUNT_NUMBER
Identifier text may span lines (multi-line addresses).
"""
import glob
import os
import re

CODES = {
    "P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
    "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER",
}
TOKEN = re.compile(r"\[\[(.+?)\|([A-Z]{1,2})(?:\|(I))?\]\]|\{\{(.+?)\}\}", re.S)


class MarkupError(Exception):
    pass


def parse_message(raw, where):
    out, idents, keeps, pos = [], [], [], 0
    for m in TOKEN.finditer(raw):
        out.append(raw[pos:m.start()])
        if m.group(4) is not None:
            keeps.append(m.group(4))
            out.append(m.group(4))
        else:
            text, code, intl = m.group(1), m.group(2), m.group(3)
            if code not in CODES:
                raise MarkupError(f"{where}: unknown type code {code!r} in {m.group(0)!r}")
            idents.append({"text": text, "type": CODES[code], "region": "INTL" if intl else "US"})
            out.append(text)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}", "|..."):
        if bad in text:
            raise MarkupError(f"{where}: leftover markup {bad!r} in {text!r}")
    seen, uniq = {}, []
    for i in idents:
        k = i["text"]
        if k in seen:
            if (seen[k]["type"], seen[k]["region"]) != (i["type"], i["region"]):
                raise MarkupError(f"{where}: {k!r} labelled two ways")
            continue
        seen[k] = i
        uniq.append(i)
    keep_u = list(dict.fromkeys(keeps))
    marked = {}
    for i in idents:
        marked[i["text"]] = marked.get(i["text"], 0) + 1
    return text, uniq, keep_u, marked


def parse_file(path):
    msgs, cur, style, start = [], [], None, 0
    lines = open(path, encoding="utf-8").read().split("\n")

    def flush():
        if style is None:
            return
        raw = "\n".join(cur).strip("\n").rstrip()
        where = f"{os.path.basename(path)}:{start}"
        if not raw.strip():
            raise MarkupError(f"{where}: empty message")
        text, idents, keeps, marked = parse_message(raw, where)
        msgs.append({"style": style, "text": text, "identifiers": idents, "keep": keeps,
                     "_where": where, "_marked": marked})

    for n, line in enumerate(lines, 1):
        if line.startswith("%%"):
            continue
        if line.startswith("@@"):
            flush()
            style, cur, start = line[2:].strip(), [], n
            if not re.fullmatch(r"[a-z][a-z_]*", style):
                raise MarkupError(f"{path}:{n}: bad style {style!r}")
            continue
        cur.append(line)
    flush()
    return msgs


def parse_all(folder):
    msgs = []
    for p in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        msgs.extend(parse_file(p))
    return msgs


def review(msgs):
    """Report identifier texts that occur more often than they were marked (to review by eye)."""
    notes = []
    for m in msgs:
        for t, k in m["_marked"].items():
            n = m["text"].count(t)
            if n > k:
                notes.append(f"{m['_where']}: {t!r} occurs {n}x, marked {k}x")
    return notes


if __name__ == "__main__":
    import sys
    ms = parse_all(os.path.join(os.path.dirname(os.path.abspath(__file__)), "hand"))
    print(len(ms), "hand messages,", sum(len(m["identifiers"]) for m in ms), "identifiers")
    for n in review(ms):
        print("REVIEW", n)
    if "-v" in sys.argv:
        for m in ms:
            print(m["_where"], m["style"], [(i["text"], i["type"][:3], i["region"]) for i in m["identifiers"]])
