"""Build /work/drafts/dev43/handwritten_dev43.jsonl from hand/*.txt (hand-written, inline-labelled) and templates.py.
Run: /work/main/.venv/bin/python build.py"""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import gen_values as g
from gen_values import R, pick
import templates as T
from validate import check_message

TYPES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL", "SSN": "US_SSN",
         "MRN": "MEDICAL_RECORD_NUMBER", "DOB": "DATE_OF_BIRTH", "ACC": "ACCOUNT_NUMBER"}
N_TEMPLATE = 250

def parse_hand():
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "hand", "*.txt"))):
        blocks = re.split(r"^### ", open(path, encoding="utf-8").read(), flags=re.M)[1:]
        for b in blocks:
            head, body = b.split("\n", 1)
            style, region = head.split()
            body = body.rstrip("\n")
            ids, keep = [], []
            def rep_id(m):
                code, reg, val = m.group(1), m.group(2), m.group(3)
                r = {"i": "INTL", "u": "US", None: region}[reg]
                if val.startswith("@IBAN:"):
                    parts = val.split(":"); fmt = parts[2] if len(parts) > 2 else None
                    val = g.iban(parts[1], fmt)[0]
                ids.append({"text": val, "type": TYPES[code], "region": r}); return val
            def rep_keep(m): keep.append(m.group(1)); return m.group(1)
            text = re.sub(r"\[\[([A-Z]+)(?:\.([iu]))?:(.+?)\]\]", rep_id, body, flags=re.S)
            text = re.sub(r"\{\{(.+?)\}\}", rep_keep, text)
            assert "[[" not in text and "{{" not in text, (path, text)
            out.append(dict(style=style, text=text, identifiers=dedupe(ids), keep=list(dict.fromkeys(keep)), source="hand"))
    return out

def dedupe(ids):
    seen, out = set(), []
    for i in ids:
        if i["text"] not in seen: seen.add(i["text"]); out.append(i)
    return out

def typo(s):
    words = s.split(" ")
    for k, w in enumerate(words):
        if len(w) > 4 and w.isalpha() and w.islower() and R.random() < .18:
            j = R.randint(1, len(w) - 2)
            words[k] = pick([w[:j] + w[j+1:], w[:j] + w[j+1] + w[j] + w[j+2:], w[:j] + w[j] + w[j:]])
    return " ".join(words)

def render(style, tmpl, slots):
    ids, keep, parts = [], [], []
    for lit, ph in re.findall(r"([^{]*)(\{!?\w+\}|$)", tmpl):
        if style == "typos": lit = typo(lit)
        parts.append(lit)
        if not ph: continue
        name = ph.strip("{}")
        if name.startswith("!"):
            w = pick(T.KEEP[name[1:]]); keep.append(w); parts.append(w)
        else:
            v = slots[name]
            if isinstance(v, T.K): keep.append(str(v)); parts.append(str(v))
            elif isinstance(v, tuple):
                ids.append({"text": v[0], "type": v[1], "region": v[2]}); parts.append(v[0])
            else: parts.append(str(v))
    text = "".join(parts)
    if style == "lower_case":
        text = text.lower(); ids = [dict(i, text=i["text"].lower()) for i in ids]; keep = [k.lower() for k in keep]
    if style == "all_caps":
        text = text.upper(); ids = [dict(i, text=i["text"].upper()) for i in ids]; keep = [k.upper() for k in keep]
    return dict(style=style, text=text, identifiers=dedupe(ids), keep=list(dict.fromkeys(keep)), source="template")

def build_templates(n):
    # equalise: cycle through the template list (weights repeat a template), shuffled
    pool = []
    for style, w, fn in T.TEMPLATES: pool += [(style, fn)] * w
    out, k = [], 0
    order = []
    while len(order) < n:
        chunk = pool[:]; R.shuffle(chunk); order += chunk
    for style, fn in order[:n]:
        for attempt in range(50):
            tmpl, slots = fn()
            m = render(style, tmpl, slots)
            if not check_message(m): break
        else:
            raise SystemExit(f"could not render {fn.__name__}")
        out.append(m)
    return out

def main():
    hand = parse_hand()
    bad = [(m["text"][:60], e) for m in hand for e in check_message(m)]
    if bad:
        for b in bad: print("HAND PROBLEM:", b)
        raise SystemExit(1)
    msgs = hand + build_templates(N_TEMPLATE)
    R.shuffle(msgs)
    with open(os.path.join(HERE, "handwritten_dev43.jsonl"), "w", encoding="utf-8") as f:
        for i, m in enumerate(msgs):
            row = {"id": f"hd43-{i:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"], "keep": m["keep"], "source": m["source"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(msgs)} messages ({len(hand)} hand, {len(msgs) - len(hand)} template)")

if __name__ == "__main__":
    main()
