"""Rebuild handwritten_dev24.jsonl deterministically: hand-written modules + my templates.
Usage: /work/main/.venv/bin/python build.py"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Some Faker locale providers (e.g. it_IT cities) iterate over sets, so string hashing must be
# fixed for a byte-identical rebuild: re-exec with PYTHONHASHSEED=0 when run as a script.
if __name__ == "__main__" and os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)
import hand_a, hand_b, hand_c, hand_d  # noqa: E402
import templates as T  # noqa: E402
from values import Vals, NICKS  # noqa: E402

SEED = 2424
INTL_SHARE = 0.42  # share of template messages drawn from the INTL-heavy templates
OUT = os.path.join(HERE, "handwritten_dev24.jsonl")
TYPES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "SSN": "US_SSN", "MRN": "MEDICAL_RECORD_NUMBER", "DOB": "DATE_OF_BIRTH", "ACC": "ACCOUNT_NUMBER"}
TOK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}", re.S)
# total messages wanted per style (hand + template)
STYLE_TARGET = {s: 26 for s in T.TEMPLATES}
STYLE_TARGET["international"] = 30
STYLE_TARGET["email_signature"] = 27
STYLE_TARGET["clinician_note"] = 27


def parse_hand(style, src):
    out, ids, keep, pos = [], [], [], 0
    for m in TOK.finditer(src):
        out.append(src[pos:m.start()])
        if m.group(1) is not None:
            parts = m.group(1).split("|")
            val, typ = parts[0], TYPES[parts[1]]
            reg = "INTL" if len(parts) > 2 and parts[2] == "I" else "US"
            if not any(i["text"] == val and i["type"] == typ for i in ids):
                ids.append({"text": val, "type": typ, "region": reg})
            out.append(val)
        else:
            if m.group(2) not in keep:
                keep.append(m.group(2))
            out.append(m.group(2))
        pos = m.end()
    out.append(src[pos:])
    return {"style": style, "text": "".join(out).strip("\n"), "identifiers": ids, "keep": keep,
            "source": "hand"}


def spans(text, sub):
    res, i = [], text.find(sub)
    while i >= 0 and sub:
        res.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return res


def problems(row, strict=False):
    """Return a list of labelling problems in one row (shared with validate.py)."""
    text, ids, keep = row["text"], row["identifiers"], row["keep"]
    errs = []
    idspans = []
    for i in ids:
        sp = spans(text, i["text"])
        if not sp:
            errs.append(f"identifier not in text: {i['text']!r}")
        idspans += sp
        for s, e in sp:
            a = text[s - 1] if s > 0 else " "
            z = text[e] if e < len(text) else " "
            if (i["text"][0].isalnum() and a.isalnum()) or (i["text"][-1].isalnum() and z.isalnum()):
                # allowed only when this occurrence lies inside another identifier
                if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in idspans_all(text, ids)):
                    errs.append(f"identifier {i['text']!r} occurs inside a word at {s}")
        for k in keep:
            if i["text"] in k or (strict and i["text"].lower() in k.lower()):
                errs.append(f"identifier {i['text']!r} appears inside keep {k!r}")
    for k in keep:
        ks = spans(text, k)
        if not ks:
            errs.append(f"keep not in text: {k!r}")
        for s, e in ks:
            for s2, e2 in idspans:
                if s < e2 and s2 < e:
                    errs.append(f"keep {k!r} overlaps an identifier")
    return errs


def idspans_all(text, ids):
    out = []
    for i in ids:
        out += spans(text, i["text"])
    return out


class Builder:
    def __init__(self, v, intl_loc):
        self.v, self.loc = v, intl_loc
        self.ids, self.keep, self.counts = [], [], {}

    def add(self, val, typ, reg="US"):
        key = (val, typ)
        if not any(i["text"] == val and i["type"] == typ for i in self.ids):
            self.ids.append({"text": val, "type": typ, "region": reg})
        self.counts[val] = self.counts.get(val, 0) + 1
        return val

    def re(self, val):
        self.counts[val] = self.counts.get(val, 0) + 1
        return val

    def k(self, pool):
        w = self.v.ch(pool) if isinstance(pool, list) else pool
        if w not in self.keep:
            self.keep.append(w)
        return w

    # people
    def first(self, ctx="US"):
        if ctx == "US":
            n = self.v.ch(NICKS) if self.v.r.random() < 0.08 else self.v.us_first()
            return self.add(n, "PERSON")
        loc = self.loc if ctx == "INTL" else ctx
        return self.add(self.v.intl_first(loc), "PERSON", "INTL")

    def last(self):
        return self.add(self.v.us_last(), "PERSON")

    def full(self, ctx="US", up=False):
        if ctx == "US":
            n = self.v.us_full()
            if self.v.r.random() < 0.08:
                n = self.v.ch(["Mrs. ", "Mr. ", "Ms. "]) + n.split(", ")[0].split()[-1]
            return self.add(n.upper() if up else n, "PERSON")
        return self.add(self.v.intl_name(self.loc if ctx == "INTL" else ctx), "PERSON", "INTL")

    person = full

    # places
    def addr(self):
        return self.add(self.v.us_address(), "LOCATION")

    def place(self):
        return self.add(self.v.us_place(), "LOCATION")

    def iaddr(self, loc=None):
        return self.add(self.v.intl_address(self._al(loc)), "LOCATION", "INTL")

    def icity(self, loc=None):
        return self.add(self.v.intl_city(self._al(loc)), "LOCATION", "INTL")

    def _al(self, loc):
        loc = loc or self.loc
        return {"hi_IN": "en_IN", "ar_SA": "en_GB", "tr_TR": "de_DE"}.get(loc, loc)

    # contact
    def phone(self):
        return self.add(self.v.us_phone(), "PHONE_NUMBER")

    def iphone(self, loc=None):
        return self.add(self.v.intl_phone(loc or self.loc), "PHONE_NUMBER", "INTL")

    def email(self, name=None, loc=None):
        us = loc is None
        name = name or (self.v.us_full() if us else self.v.intl_name(loc))
        return self.add(self.v.email(name, "en_US" if us else loc), "EMAIL_ADDRESS", "US" if us else "INTL")

    def url(self, name=None):
        return self.add(self.v.url(name or self.v.us_full()), "URL")

    def iurl(self, name=None):
        return self.add(self.v.url(name or self.v.intl_name(self.loc), self.loc), "URL", "INTL")

    # ids
    def ssn(self):
        return self.add(self.v.ssn(), "US_SSN")

    def mrn(self):
        return self.add(self.v.us_mrn(), "MEDICAL_RECORD_NUMBER")

    def imrn(self):
        return self.add(self.v.intl_mrn(self.loc), "MEDICAL_RECORD_NUMBER", "INTL")

    def dob(self):
        return self.add(self.v.dob_us(), "DATE_OF_BIRTH")

    def idob(self):
        return self.add(self.v.dob_intl(), "DATE_OF_BIRTH", "INTL")

    # accounts
    def card(self):
        return self.add(self.v.card(), "ACCOUNT_NUMBER")

    def card_labeled(self):
        lab = self.v.ch(["card", "cc", "visa", "credit card", "Visa", "CC#", "card #", "debit card"])
        return f"{lab} {self.card()}"

    def iban(self):
        return self.add(self.v.iban(), "ACCOUNT_NUMBER", "INTL")

    def iban_labeled(self):
        lab = self.v.ch(["IBAN ", "iban ", "IBAN: ", "", "bank acct (IBAN) "])
        return f"{lab}{self.iban()}"

    def routing(self):
        return self.add(self.v.routing(), "ACCOUNT_NUMBER")

    def bank(self):
        return self.add(self.v.bank_acct(), "ACCOUNT_NUMBER")

    def bill(self):
        return self.add(self.v.bill_acct(), "ACCOUNT_NUMBER")


def template_row(v, style, fn, intl_loc):
    for attempt in range(60):
        b = Builder(v, intl_loc)
        text = fn(b)
        ids, keep = b.ids, b.keep
        case = T.CASE.get(style)
        if case:
            conv = str.lower if case == "lower" else str.upper
            text = conv(text)
            seen, nids = set(), []
            for i in ids:
                t = conv(i["text"])
                if (t, i["type"]) not in seen:
                    seen.add((t, i["type"]))
                    nids.append({**i, "text": t})
            ids = nids
            keep = list(dict.fromkeys(conv(k) for k in keep))
            counts = {}
            for val, c in b.counts.items():
                counts[conv(val)] = counts.get(conv(val), 0) + c
        else:
            counts = b.counts
        row = {"style": style, "text": text, "identifiers": ids, "keep": keep, "source": "template"}
        errs = problems(row, strict=True)
        # every occurrence outside other identifiers must be one we inserted (no stray hits),
        # also case-insensitively
        allsp = idspans_all(text, ids)
        low = text.lower()
        for i in ids:
            own = spans(low, i["text"].lower())
            outside = [s for s in own if not any(a <= s[0] and s[1] <= z and (a, z) != s for a, z in allsp)]
            if len(outside) != counts.get(i["text"], 0):
                errs.append(f"stray occurrence of {i['text']!r}")
        if not errs and ids and keep:
            return row
    raise RuntimeError(f"could not build {style} {fn.__name__}: {errs}")


def build():
    rng = random.Random(SEED)
    v = Vals(SEED)
    hand = []
    for mod in (hand_a, hand_b, hand_c, hand_d):
        hand += [parse_hand(s, src) for s, src in mod.MSGS]
    rows = list(hand)
    from values import NAME_LOCALES_INTL
    for style in sorted(T.TEMPLATES):
        have = sum(1 for r in hand if r["style"] == style)
        need = max(STYLE_TARGET[style] - have, 0)
        for n in range(need):
            pool = T.TEMPLATES_INTL[style] if rng.random() < INTL_SHARE else T.TEMPLATES_US[style]
            fn = rng.choice(pool)
            loc = rng.choice(NAME_LOCALES_INTL)
            rows.append(template_row(v, style, fn, loc))
    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for n, r in enumerate(rows):
            o = {"id": f"hd24-{n:03d}", "style": r["style"], "text": r["text"],
                 "identifiers": r["identifiers"], "keep": r["keep"], "source": r["source"]}
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    build()
