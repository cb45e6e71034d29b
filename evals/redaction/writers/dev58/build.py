"""Build /work/drafts/dev58/handwritten_dev58.jsonl.

1. parse the hand-written messages in hand/*.txt (see handparse.py for the markup);
2. fill the rest from my templates (templates.py) with values from values.py (Faker, fixed seed);
3. shuffle with a fixed seed and number the messages hd58-000, hd58-001, ...

Run:  /work/main/.venv/bin/python build.py
"""
import json, os, random, re, string
from collections import Counter

import values as V
import templates as TP
from handparse import parse_all, parse_message, TOKEN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "handwritten_dev58.jsonl")
rng = V.rng  # one seeded generator for everything (seed 5858)

# how many template messages per style
QUOTA = {"lower_case": 12, "all_caps": 16, "speaker_label": 16, "list": 20, "run_on": 16, "signature": 20,
         "form": 22, "clinician_note": 20, "general_text": 16, "forwarded": 18, "typos": 16, "international": 28}

KEY = re.compile(r"([a-z]+?)(\d*)$")


def mk(letter, value, intl):
    return f"[[{letter}{'i' if intl else ''}:{value}]]"


def keep(value):
    return "{{" + value + "}}"


class Ctx(dict):
    """Lazily generates one value per placeholder key and returns it already marked up."""

    def __init__(self, kind, genders=None):
        super().__init__()
        self.kind = kind
        self.genders = genders or {}
        self.country = V.pick_country(need_iban=(kind == "iban")) if kind in ("intl", "iban") else None
        self.us_p, self.in_p, self.dobs, self.idobs = {}, {}, {}, {}
        self.used = {}

    # people
    def P(self, i):
        if i not in self.us_p:
            self.us_p[i] = V.us_person(self.genders.get(i))
        return self.us_p[i]

    def IP(self, i):
        if i not in self.in_p:
            self.in_p[i] = V.intl_person(self.country or V.pick_country(), self.genders.get(i))
        return self.in_p[i]

    def dob(self, i):
        if i not in self.dobs:
            self.dobs[i] = V.birth_date(old=rng.random() < 0.85)
        return self.dobs[i]

    def iban_country(self):
        c = self.country
        if c and V.COUNTRIES[c]["iban"]:
            return V.COUNTRIES[c]["iban"]
        return V.COUNTRIES[V.pick_country(need_iban=True)]["iban"]

    def distinct(self, base, pool):
        used = self.used.setdefault(base, set())
        choices = [x for x in pool if x not in used] or list(pool)
        v = rng.choice(choices)
        used.add(v)
        return v

    def __missing__(self, key):
        m = KEY.fullmatch(key)
        if not m:
            raise KeyError(key)
        base, idx = m.group(1), int(m.group(2) or 1)
        c = self.country
        p = lambda: self.P(idx)
        ip = lambda: self.IP(idx)
        gen = {
            # US people
            "full": lambda: mk("P", p()["full"], False),
            "first": lambda: mk("P", p()["first"], False),
            "last": lambda: mk("P", p()["last"], False),
            "lf": lambda: mk("P", f"{p()['last']}, {p()['first']}", False),
            "lower": lambda: mk("P", p()["first"].lower(), False),
            "email": lambda: mk("E", V.us_email(p()), False),
            "url": lambda: mk("U", V.url_for(p()), False),
            "burl": lambda: mk("U", V.business_url(p()), False),
            "dob": lambda: mk("D", V.us_date(self.dob(idx)), False),
            "age": lambda: str(2026 - self.dob(idx).year),
            # international people (country of the message)
            "ifull": lambda: mk("P", ip()["full"], True),
            "ifirst": lambda: mk("P", ip()["first"], True),
            "ilast": lambda: mk("P", ip()["last"], True),
            "iemail": lambda: mk("E", V.intl_email(ip(), self.country or "GB"), True),
            "iurl": lambda: mk("U", V.url_for(ip()), True),
            "idob": lambda: mk("D", V.intl_date(self.dob(100 + idx), c or "GB"), True),
            "imrn": lambda: mk("M", V.intl_health_id(c), True),
            # US places
            "addr": lambda: mk("L", V.us_address(), False),
            "addrml": lambda: mk("L", V.us_address(multiline=True), False),
            "addrx": lambda: mk("L", V.weighted([(V.us_address, 5), (V.us_pobox, 2), (V.us_rural, 1), (V.us_military, 1)])(), False),
            "pobox": lambda: mk("L", V.us_pobox(), False),
            "rural": lambda: mk("L", V.us_rural(), False),
            "mil": lambda: mk("L", V.us_military(), False),
            "street": lambda: mk("L", V.us_street(with_number=False), False),
            "zip": lambda: mk("L", V.us_zip(rng.choice(V.US_CITIES)[2]), False),
            "cst": lambda: mk("L", V.us_city_state(), False),
            # international places
            "iaddr": lambda: mk("L", V.intl_address(c), True),
            "iaddrml": lambda: mk("L", V.intl_address(c, multiline=True), True),
            "icity": lambda: mk("L", V.intl_city(c), True),
            # phones
            "phone": lambda: mk("T", V.us_phone(), False),
            "phonex": lambda: mk("T", V.us_phone(ext=True), False),
            "vanity": lambda: mk("T", V.us_vanity(), False),
            "iphone": lambda: mk("T", V.intl_phone(c), True),
            # ids
            "ssn": lambda: mk("S", V.ssn(), False),
            "mrn": lambda: mk("M", V.mrn(), False),
            "mbi": lambda: mk("M", V.mbi(), False),
            "medicaid": lambda: mk("M", V.medicaid(), False),
            "member": lambda: mk("M", V.member_id(), False),
            # accounts
            "card": lambda: mk("A", V.card(), False),
            "routing": lambda: mk("A", V.routing(), False),
            "acct": lambda: mk("A", V.bank_account(), False),
            "bill": lambda: mk("A", V.bill_account(), False),
            "iban": lambda: mk("A", V.iban(self.iban_country()), True),
            # keep words and plain words
            "drug": lambda: keep(self.distinct("drug", TP.DRUGS)),
            "cond": lambda: keep(self.distinct("cond", TP.CONDS)),
            "body": lambda: keep(self.distinct("body", TP.BODY)),
            "acute": lambda: keep(self.distinct("acute", TP.ACUTE)),
            "wound": lambda: keep(self.distinct("wound", TP.WOUND)),
            "joint": lambda: keep(self.distinct("joint", TP.JOINT)),
            "scan": lambda: keep(self.distinct("scan", TP.SCAN)),
            "allergy": lambda: keep(self.distinct("allergy", TP.ALLERGY)),
            "lab": lambda: keep(self.distinct("lab", TP.LABS)),
            "rel": lambda: keep(self.distinct("rel", TP.RELS)),
            "relw": lambda: keep(rng.choice(TP.RELW_F if p()["g"] == "f" else TP.RELW_M)),
            "she": lambda: "she" if p()["g"] == "f" else "he",
            "her": lambda: "her" if p()["g"] == "f" else "his",
            "ishe": lambda: "she" if ip()["g"] == "f" else "he",
            "iher": lambda: "her" if ip()["g"] == "f" else "his",
            "org": lambda: keep(self.distinct("org", TP.ORGS)),
            "pharm": lambda: keep(self.distinct("pharm", TP.PHARMS)),
            "day": lambda: keep(self.distinct("day", TP.DAYS)),
            "month": lambda: keep(self.distinct("month", TP.MONTHS)),
            "role": lambda: rng.choice(TP.ROLES),
            "short": lambda: render_text(rng.choice(TP.SHORT), self),
        }
        if base not in gen:
            raise KeyError(key)
        v = gen[base]()
        self[key] = v
        return v


ALT = re.compile(r"%\{(.*?)\}%", re.S)


def render_text(tmpl, ctx):
    tmpl = ALT.sub(lambda m: rng.choice(m.group(1).split("~")), tmpl)
    return string.Template(tmpl).substitute(ctx)


def map_segments(markup, f_text, f_value):
    out, pos = [], 0
    for m in TOKEN.finditer(markup):
        out.append(f_text(markup[pos:m.start()]))
        if m.group(1):
            out.append(f"[[{m.group(1)}{m.group(2)}:{f_value(m.group(3), m.group(1))}]]")
        else:
            out.append("{{" + f_value(m.group(4), "K") + "}}")
        pos = m.end()
    out.append(f_text(markup[pos:]))
    return "".join(out)


SHORTHAND = {"you": "u", "please": "pls", "tomorrow": "tmrw", "because": "bc", "thanks": "thx", "someone": "some1",
             "your": "ur", "with": "w/", "about": "abt", "number": "#"}


def typo_word(w):
    if w.lower() in SHORTHAND and rng.random() < 0.5:
        return SHORTHAND[w.lower()]
    if len(w) < 5 or not w.isalpha() or rng.random() > 0.14:
        return w
    i = rng.randint(1, len(w) - 2)
    op = rng.choice(["drop", "double", "swap"])
    if op == "drop":
        return w[:i] + w[i + 1:]
    if op == "double":
        return w[:i] + w[i] + w[i:]
    return w[:i] + w[i + 1] + w[i] + w[i + 2:]


def typo_text(s):
    return re.sub(r"[A-Za-z]+", lambda m: typo_word(m.group(0)), s)


def style_transform(style, markup):
    if style == "all_caps":
        caps_links = rng.random() < 0.5
        return map_segments(markup, str.upper,
                            lambda v, t: v if (t in ("E", "U") and not caps_links) else v.upper())
    if style == "lower_case":
        return map_segments(markup, str.lower, lambda v, t: v.lower())
    if style == "typos":
        return map_segments(markup, typo_text, lambda v, t: v)
    return markup


# ---------------------------------------------------------------- checks (same rules as validate.py)
def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def is_word(c):
    return bool(re.match(r"\w", c))


def problems(msg):
    text, errs, spans = msg["text"], [], []
    for ident in msg["identifiers"]:
        t = ident["text"]
        if t != t.strip() or not t:
            errs.append(f"padded {t!r}")
        occ = occurrences(text, t)
        if not occ:
            errs.append(f"missing {t!r}")
        for s, e in occ:
            if (is_word(text[s]) and s > 0 and is_word(text[s - 1])) or \
                    (is_word(text[e - 1]) and e < len(text) and is_word(text[e])):
                errs.append(f"boundary {t!r}")
        spans += occ
    for k in msg["keep"]:
        for ks, ke in occurrences(text, k):
            if any(ks < e and s < ke for s, e in spans):
                errs.append(f"keep overlap {k!r}")
    return errs


GENDER = re.compile(r"^<([fm]\d(?:,[fm]\d)*)>")


def render(style, kind, tmpl):
    genders = {}
    g = GENDER.match(tmpl)
    if g:
        genders = {int(x[1:]): x[0] for x in g.group(1).split(",")}
        tmpl = tmpl[g.end():]
    for attempt in range(50):
        ctx = Ctx(kind, genders)
        markup = style_transform(style, render_text(tmpl, ctx))
        try:
            msg = parse_message(style, markup, "template")
        except ValueError:
            continue
        if not msg["identifiers"]:
            continue
        if problems(msg):
            continue
        msg["source"] = "template"
        return msg
    raise RuntimeError(f"could not render {tmpl[:60]!r}")


def main():
    hand = parse_all(os.path.join(HERE, "hand"))
    for m in hand:
        errs = problems(m)
        if errs:
            raise SystemExit(f"hand message has problems: {errs}\n{m['text']}")
    by_style = {}
    for style, kind, text in TP.T:
        if kind == "intl" and "${iban" in text:
            kind = "iban"  # the foreign country must be one that uses IBANs
        # international templates count twice, so that about 30% of all identifiers are INTL
        by_style.setdefault(style, []).extend([(kind, text)] * (2 if kind in ("intl", "iban") and style != "international" else 1))
    made = []
    for style, n in QUOTA.items():
        pool = by_style[style]
        order = []
        while len(order) < n:
            batch = pool[:]
            rng.shuffle(batch)
            order += batch
        for kind, text in order[:n]:
            made.append(render(style, kind, text))
    msgs = hand + made
    rng.shuffle(msgs)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, m in enumerate(msgs):
            rec = {"id": f"hd58-{i:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
                   "keep": m["keep"], "source": m["source"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(msgs)} messages ({len(hand)} hand, {len(made)} template) to {OUT}")


if __name__ == "__main__":
    main()
