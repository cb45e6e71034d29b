#!/usr/bin/env python3
"""Build handwritten_dev13.jsonl from hand-written part files (part*.txt) and validate it.

Part-file format (written by hand):
  @@ <style> <US|INTL>          header line; region is the default for the message's identifiers
  message text (one or more lines) with inline markup:
    [[value|T]] or [[value|T|US]] / [[value|T|INTL]]  -> identifier (T: P L PH E URL SSN MRN DOB ACC)
    {{word}}                                          -> keep word
  An IBAN may be written with '??' as its check digits; the builder fills them by the mod-97 rule.
"""
import json, re, sys, glob, collections

TYPES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "URL": "URL",
         "SSN": "US_SSN", "MRN": "MEDICAL_RECORD_NUMBER", "DOB": "DATE_OF_BIRTH", "ACC": "ACCOUNT_NUMBER"}
ALLTYPES = set(TYPES.values())
MARK = re.compile(r"\[\[(.+?)\|([A-Z]+)(?:\|(US|INTL))?\]\]|\{\{(.+?)\}\}", re.S)
IBAN_LEN = {"DE":22,"GB":22,"FR":27,"ES":24,"IT":27,"NL":18,"PL":28,"BR":29,"PT":25,"SE":24,"GR":27,"CH":21,"IE":22,"DK":18,"NO":15,"TR":26,"SA":24,"BE":16,"AT":20}
IBAN_LIKE = re.compile(r"^[A-Za-z]{2}[0-9?]{2}[ A-Za-z0-9]{10,40}$")

def iban_check(s):
    t = s.replace(" ", "").upper()
    t = t[4:] + t[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97

def fill_iban(v):
    if "??" not in v[:4]:
        return v
    raw = v.replace(" ", "").upper()
    tmp = raw[:2] + "00" + raw[4:]
    chk = 98 - iban_check(tmp)
    d = "%02d" % chk
    return v[:2] + d + v[4:]

def is_iban(v):
    t = v.replace(" ", "")
    return bool(re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30}", t)) and t[:2].isalpha()

def parse_parts(files):
    msgs, errs = [], []
    for f in files:
        cur = None
        for line in open(f, encoding="utf-8").read().split("\n"):
            if line.startswith("@@ "):
                if cur: msgs.append(cur)
                _, style, region = line.split()
                cur = {"style": style, "region": region, "raw": [], "src": f}
            elif cur is not None:
                cur["raw"].append(line)
        if cur: msgs.append(cur)
    out = []
    for i, m in enumerate(msgs):
        raw = "\n".join(m["raw"]).strip("\n").rstrip()
        text, pos, spans, ids, keeps = "", 0, [], [], []
        for mt in MARK.finditer(raw):
            text += raw[pos:mt.start()]
            if mt.group(4) is not None:
                kw = mt.group(4); text += kw
                if kw not in keeps: keeps.append(kw)
            else:
                val, code, reg = mt.group(1), mt.group(2), mt.group(3) or m["region"]
                if code not in TYPES:
                    errs.append(f"{m['src']} msg {i}: bad type code {code}"); code = "P"
                if code == "ACC": val = fill_iban(val)
                s = len(text); text += val; spans.append((s, len(text)))
                e = {"text": val, "type": TYPES[code], "region": reg}
                if e not in ids: ids.append(e)
            pos = mt.end()
        text += raw[pos:]
        if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
            errs.append(f"{m['src']} msg {i}: leftover markup: {text[:80]!r}")
        # every occurrence of an identifier string must lie inside a marked identifier span
        for e in ids:
            for mo in re.finditer(re.escape(e["text"]), text):
                if not any(a <= mo.start() and mo.end() <= b for a, b in spans):
                    errs.append(f"{m['src']} msg {i}: unmarked occurrence of {e['text']!r} at {mo.start()}: {text[max(0,mo.start()-30):mo.end()+30]!r}")
        out.append({"style": m["style"], "text": text, "identifiers": ids, "keep": keeps, "_region": m["region"], "_src": m["src"]})
    return out, errs

def validate(recs):
    errs, warns = [], []
    seen_ids, seen_text = set(), {}
    for r in recs:
        rid = r.get("id")
        if set(r) != {"id", "style", "text", "identifiers", "keep"}:
            errs.append(f"{rid}: keys {sorted(r)}")
        if rid in seen_ids: errs.append(f"{rid}: duplicate id")
        seen_ids.add(rid)
        t = r["text"]
        if t in seen_text: errs.append(f"{rid}: duplicate text of {seen_text[t]}")
        seen_text[t] = rid
        if not re.fullmatch(r"[a-z][a-z_]*", r["style"]): errs.append(f"{rid}: bad style {r['style']}")
        occ = []
        for e in r["identifiers"]:
            if set(e) != {"text", "type", "region"}: errs.append(f"{rid}: identifier keys {e}")
            if e["type"] not in ALLTYPES: errs.append(f"{rid}: bad type {e['type']}")
            if e["region"] not in ("US", "INTL"): errs.append(f"{rid}: bad region {e['region']}")
            if e["text"] != e["text"].strip() or not e["text"]: errs.append(f"{rid}: identifier has edge spaces {e['text']!r}")
            if e["text"] not in t: errs.append(f"{rid}: identifier not substring {e['text']!r}")
            for mo in re.finditer(re.escape(e["text"]), t):
                occ.append((mo.start(), mo.end(), e["text"]))
            if e["type"] == "ACCOUNT_NUMBER" and is_iban(e["text"]) and iban_check(e["text"]) != 1:
                errs.append(f"{rid}: bad IBAN checksum {e['text']}")
            if e["type"] == "ACCOUNT_NUMBER" and is_iban(e["text"]):
                cc = e["text"][:2].upper(); n = len(e["text"].replace(" ", ""))
                if cc in IBAN_LEN and IBAN_LEN[cc] != n:
                    errs.append(f"{rid}: IBAN length {n} != {IBAN_LEN[cc]} for {cc}: {e['text']}")
                if cc not in IBAN_LEN: errs.append(f"{rid}: IBAN country {cc} not in length table")
            # word-internal occurrence warning
            for mo in re.finditer(re.escape(e["text"]), t):
                a, b = mo.start(), mo.end()
                inside = any(o["text"] != e["text"] and any(m2.start() <= a and b <= m2.end() for m2 in re.finditer(re.escape(o["text"]), t)) for o in r["identifiers"])
                if not inside and ((a > 0 and t[a-1].isalnum() and e["text"][0].isalnum()) or (b < len(t) and t[b].isalnum() and e["text"][-1].isalnum())):
                    warns.append(f"{rid}: identifier {e['text']!r} touches a letter/digit: {t[max(0,a-15):b+15]!r}")
        for k in r["keep"]:
            if k not in t: errs.append(f"{rid}: keep not substring {k!r}")
            for mo in re.finditer(re.escape(k), t):
                for a, b, s in occ:
                    if mo.start() < b and a < mo.end():
                        errs.append(f"{rid}: keep {k!r} overlaps identifier {s!r}")
        # heuristic: a token of a PERSON name appearing elsewhere unmarked (case-insensitive)
        spans = [(a, b) for a, b, _ in occ]
        for e in r["identifiers"]:
            if e["type"] != "PERSON": continue
            for tok in re.findall(r"\w{3,}", e["text"]):
                if tok.lower() in ("mrs", "miss", "the"): continue
                for mo in re.finditer(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", t, re.I):
                    if not any(a <= mo.start() and mo.end() <= b for a, b in spans):
                        warns.append(f"{rid}: name token {tok!r} unmarked: {t[max(0,mo.start()-25):mo.end()+25]!r}")
        # duplicate identifier texts with different types
        texts = [e["text"] for e in r["identifiers"]]
        if len(texts) != len(set(texts)): errs.append(f"{rid}: same identifier text listed twice")
    return errs, warns

def stats(recs):
    ty, rg, st, tr = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    nk = 0; mreg = collections.Counter()
    for r in recs:
        st[r["style"]] += 1; nk += len(r["keep"])
        for e in r["identifiers"]:
            ty[e["type"]] += 1; rg[e["region"]] += 1; tr[(e["type"], e["region"])] += 1
    return ty, rg, st, tr, nk

if __name__ == "__main__":
    files = sorted(glob.glob("/work/drafts/dev13/part*.txt"))
    msgs, errs = parse_parts(files)
    recs = []
    for i, m in enumerate(msgs):
        recs.append({"id": "hd13-%03d" % i, "style": m["style"], "text": m["text"], "identifiers": m["identifiers"], "keep": m["keep"]})
    e2, warns = validate(recs)
    errs += e2
    if "--write" in sys.argv:
        with open("/work/drafts/dev13/handwritten_dev13.jsonl", "w", encoding="utf-8") as f:
            for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ty, rg, st, tr, nk = stats(recs)
    nid = sum(ty.values())
    print(f"messages {len(recs)}  identifiers {nid}  keep {nk}")
    print("types:", dict(sorted(ty.items())))
    print("regions:", dict(rg), " US share %.1f%%" % (100 * rg['US'] / max(1, nid)))
    print("styles:", dict(sorted(st.items(), key=lambda x: -x[1])))
    print("type x region:", {f"{a}/{b}": c for (a, b), c in sorted(tr.items())})
    nokeep = sum(1 for r in recs if not r["keep"])
    print("messages without keep:", nokeep)
    L = [len(r["text"]) for r in recs]
    if L: print("length min/median/max:", min(L), sorted(L)[len(L)//2], max(L))
    for w in warns: print("WARN", w)
    for e in errs: print("ERROR", e)
    print("ERRORS:", len(errs), " WARNINGS:", len(warns))
