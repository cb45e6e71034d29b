"""Parser for the hand-written message files in hand/*.txt (markup described at the top of each file)."""
import re, sys, glob, os

TYPES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[(.+?)\|(PH|P|L|E|U|S|M|D|A)(?:\|(I|U))?\]\]|\{\{(.+?)\}\}", re.S)
def WORDCH(c):
    """Word character for boundary checks. Scripts written without spaces (Han, kana, Thai) have no
    word boundaries, so their characters never count as word characters."""
    o = ord(c)
    if 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x0E00 <= o <= 0x0E7F:
        return False
    return c.isalnum() or c == "_"


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def parse_body(body, default_region, where):
    plain, pos, ids, keeps, spans = [], 0, {}, [], []
    cur = 0
    for m in TOKEN.finditer(body):
        plain.append(body[pos:m.start()]); cur += m.start() - pos
        if m.group(4) is not None:
            t = m.group(4)
            if t not in keeps:
                keeps.append(t)
        else:
            t, code, reg = m.group(1), m.group(2), m.group(3)
            region = {"I": "INTL", "U": "US", None: default_region}[reg]
            typ = TYPES[code]
            if t in ids and (ids[t]["type"], ids[t]["region"]) != (typ, region):
                raise ValueError(f"{where}: {t!r} marked with two labels")
            ids.setdefault(t, {"text": t, "type": typ, "region": region})
            spans.append((cur, cur + len(t)))
        plain.append(t); cur += len(t); pos = m.end()
    plain.append(body[pos:])
    text = "".join(plain)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"{where}: leftover markup in {text!r}")
    # every occurrence of an identifier text must lie inside a marked span
    for t in ids:
        for a, b in occurrences(text, t):
            if not any(sa <= a and b <= sb for sa, sb in spans):
                raise ValueError(f"{where}: unmarked occurrence of {t!r} at {a}: {text[max(0,a-30):b+30]!r}")
    for t in ids:
        for a, b in occurrences(text, t):
            if (a > 0 and WORDCH(text[a - 1]) and WORDCH(text[a])) or (b < len(text) and WORDCH(text[b]) and WORDCH(text[b - 1])):
                raise ValueError(f"{where}: {t!r} not on a word boundary: {text[max(0,a-20):b+20]!r}")
    for k in keeps:
        for a, b in occurrences(text, k):
            for t in ids:
                for x, y in occurrences(text, t):
                    if a < y and x < b:
                        raise ValueError(f"{where}: keep {k!r} overlaps identifier {t!r}")
    return text, list(ids.values()), keeps


def parse_file(path):
    msgs, cur = [], None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    def flush():
        if cur is None:
            return
        body = "\n".join(cur["lines"]).strip()
        where = f"{os.path.basename(path)}:{cur['line']}"
        text, ids, keeps = parse_body(body, cur["region"], where)
        msgs.append({"style": cur["style"], "text": text, "identifiers": ids, "keep": keeps,
                     "source": "hand", "_where": where})
    for n, line in enumerate(lines, 1):
        if line.startswith("%%"):
            continue
        if line.startswith("@@"):
            flush()
            parts = line[2:].split()
            cur = {"style": parts[0], "region": parts[1] if len(parts) > 1 else "US", "lines": [], "line": n}
            assert cur["region"] in ("US", "INTL"), (path, n)
        elif cur is not None:
            cur["lines"].append(line.rstrip())
    flush()
    return msgs


def parse_all(folder="hand"):
    out = []
    for p in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), folder, "*.txt"))):
        out.extend(parse_file(p))
    return out


def soft_warnings(msg):
    """Case-insensitive occurrences of identifier texts that are not marked: printed for review only."""
    w, low = [], msg["text"].lower()
    for idf in msg["identifiers"]:
        t = idf["text"]
        for a, b in occurrences(low, t.lower()):
            if msg["text"][a:b] == t:
                continue
            left = a == 0 or not WORDCH(low[a - 1]); right = b == len(low) or not WORDCH(low[b])
            if left and right and not any(msg["text"][a:b] == o["text"] or (o["text"] in msg["text"] and any(x <= a and b <= y for x, y in occurrences(msg["text"], o["text"]))) for o in msg["identifiers"]):
                w.append(f"{msg['_where']}: case variant {msg['text'][a:b]!r} of {t!r}")
    return w


if __name__ == "__main__":
    files = sys.argv[1:] or sorted(glob.glob("hand/*.txt"))
    tot = 0
    for p in files:
        try:
            ms = parse_file(p)
        except ValueError as e:
            print("ERROR", e); continue
        tot += len(ms)
        n_id = sum(len(m["identifiers"]) for m in ms)
        print(f"{p}: {len(ms)} messages, {n_id} identifiers")
        for m in ms:
            for x in soft_warnings(m):
                print("  WARN", x)
    print("total", tot)
