"""Parse the inline markup used in hand/*.txt (and by templates.py).
<X:value> marks an identifier (X upper case = region US, lower case = INTL),
{value} marks a keep word, a literal backslash-n is a line break,
&lt; and &gt; are literal angle brackets."""
import re

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS",
         "U": "URL", "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH",
         "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"<([PLTEUSMDAltpeusmda]):([^<>]+?)>|\{([^{}]+?)\}")


def parse(raw):
    raw = raw.replace("\\n", "\n")
    out, ids, keep = [], [], []
    pos = 0
    for m in TOKEN.finditer(raw):
        out.append(raw[pos:m.start()])
        if m.group(1):
            code, val = m.group(1), m.group(2)
            ids.append({"text": val, "type": TYPES[code.upper()],
                        "region": "US" if code.isupper() else "INTL"})
        else:
            val = m.group(3)
            keep.append(val)
        out.append(val)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    for ch in "<>{}":
        if ch in text:
            raise ValueError("stray markup char %r in: %s" % (ch, raw))
    text = text.replace("&lt;", "<").replace("&gt;", ">")  # literal angle brackets
    seen, uids = {}, []
    for i in ids:
        if i["text"] in seen:
            if seen[i["text"]] != (i["type"], i["region"]):
                raise ValueError("same text, two labels: %r in %s" % (i["text"], raw))
            continue
        seen[i["text"]] = (i["type"], i["region"])
        uids.append(i)
    ukeep = list(dict.fromkeys(keep))
    return text, uids, ukeep


def read_hand(path):
    msgs = []
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        style, _, raw = line.partition(" | ")
        style = style.strip()
        if not raw or not re.fullmatch(r"[a-z_]+", style):
            raise ValueError("%s:%d bad line" % (path, ln))
        text, ids, keep = parse(raw)
        msgs.append({"style": style, "text": text, "identifiers": ids, "keep": keep,
                     "source": "hand", "_where": "%s:%d" % (path, ln)})
    return msgs
