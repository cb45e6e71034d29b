"""Build /work/drafts/dev32/handwritten_dev32.jsonl from the hand-written files (hand_*.txt) and templates.py.

Hand files: messages separated by header lines "## style=<style> region=<US|INTL>"; the message text follows
(may span lines) and is written in the markup described in common.py.
"""
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_values as G  # noqa: E402
from common import parse, check_message  # noqa: E402
from templates import T  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "handwritten_dev32.jsonl")
N_TEMPLATE = int(os.environ.get("N_TEMPLATE", "250"))
HEADER = re.compile(r"^## style=(\S+) region=(US|INTL)\s*$")


def read_hand():
    msgs = []
    for path in sorted(glob.glob(os.path.join(HERE, "hand_*.txt"))):
        cur = None
        for line in open(path, encoding="utf-8").read().split("\n"):
            m = HEADER.match(line)
            if m:
                if cur:
                    msgs.append(cur)
                cur = {"style": m.group(1), "region": m.group(2), "lines": [], "file": os.path.basename(path)}
            elif cur is not None:
                cur["lines"].append(line)
            elif line.strip() and not line.startswith("#"):
                raise SystemExit(f"text before first header in {path}: {line!r}")
        if cur:
            msgs.append(cur)
    out = []
    for m in msgs:
        markup = "\n".join(m["lines"]).strip()
        text, ids, keep = parse(markup, m["region"])
        obj = {"style": m["style"], "text": text, "identifiers": ids, "keep": keep, "source": "hand"}
        probs = check_message(obj)
        if probs:
            raise SystemExit(f"{m['file']}: {text[:80]!r}: {probs}")
        out.append(obj)
    return out


# ---------------------------------------------------------------- template filling
class Ctx:
    def __init__(self):
        self.cache = {}
        self.people = {}
        self.ipeople = {}
        cc = G.R.choices(list(G.PROFILE_W), list(G.PROFILE_W.values()))[0]
        self.cc = cc
        self.prof = G.PROFILES[cc]

    def person(self, n, intl):
        d = self.ipeople if intl else self.people
        if n not in d:
            d[n] = G.Persona(self.prof["loc"] if intl else "en_US")
        return d[n]

    def url(self, p, reg):
        s = p.slug
        n = G.R.randint(2, 999)
        u = G.pick([f"https://www.facebook.com/{s}.{n}", f"linkedin.com/in/{s}-{n}b", f"www.gofundme.com/f/help-{s}-recover",
                    f"https://{s}photography.com", f"caringbridge.org/visit/{s}", f"https://www.instagram.com/{s}_{n}/",
                    f"http://{s}.wordpress.com", f"https://sites.google.com/view/{s}", f"www.{s}.net",
                    f"https://x.com/{s}{n}", f"https://www.etsy.com/shop/{s.replace('-', '')}quilts"])
        return f"⟦U{reg}|{u}⟧"

    def slot(self, name):
        if name in self.cache:
            return self.cache[name]
        m = re.fullmatch(r"([A-Za-z_]+?)(\d*)", name)
        base, n = m.group(1), int(m.group(2) or 1)
        v = self.make(base, n)
        self.cache[name] = v
        return v

    def make(self, base, n):
        intl = base.startswith("i") and base not in ("iban",)
        b = base[1:] if intl else base
        reg = "i" if intl else "u"
        if b in ("full", "first", "last", "FULL", "lastfirst", "email", "url"):
            p = self.person(n, intl)
            preg = "u" if not p.intl else "i"
            if b == "full":
                return f"⟦P{preg}|{p.full}⟧"
            if b == "first":
                return f"⟦P{preg}|{p.first}⟧"
            if b == "last":
                return f"⟦P{preg}|{p.last}⟧"
            if b == "FULL":
                return f"⟦P{preg}|{p.full.upper()}⟧"
            if b == "lastfirst":
                return f"⟦P{preg}|{(p.last + ', ' + p.first).upper() if G.R.random() < 0.5 else p.last + ', ' + p.first}⟧"
            if b == "email":
                return f"⟦E{preg}|{p.email}⟧"
            return self.url(p, preg)
        if intl:
            if b == "addr":
                return f"⟦Li|{G._intl_addr(self.cc)}⟧"
            if b == "city":
                return f"⟦Li|{G.pick(G.CITY_NAMES[self.cc])}⟧"
            if b == "phone":
                return f"⟦Ti|{G._intl_phone(self.cc)}⟧"
            if b == "dob":
                return G.idob()
        if base == "iban":
            return f"⟦Ai|{G.iban_raw(self.prof['iban'] if G.R.random() < 0.7 else G.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'PL', 'TR']))}⟧"
        keepsrc = {"drug": G.DRUGS, "cond": G.CONDS, "lab": G.LABS, "body": G.BODY, "org": G.ORGS, "pharm": G.PHARMS,
                   "ins": G.INSURERS, "month": G.MONTHS, "day": G.DAYS, "rel": G.RELS, "help": G.HELP, "contr": G.CONTR}
        if base in keepsrc:
            return G.k(G.pick(keepsrc[base]))
        fn = {"addr": G.addr_us, "addrone": G.addr_us_1, "addrml": G.addr_us_ml, "street": G.street_us,
              "citystzip": G.citystzip, "cityst": G.cityst, "city": G.city_us, "pobox": G.pobox, "mil": G.military,
              "rural": G.rural, "anyloc": G.any_us_loc, "phone": G.phone_us, "phone_ext": G.phone_us_ext,
              "phone_paren": G.phone_paren, "phone_dash": G.phone_dash, "phone_dot": G.phone_dot,
              "phone_plain": G.phone_plain, "phone_plus": G.phone_plus1, "phone_": None, "vanity": G.vanity,
              "ssn": G.ssn, "ssn_plain": G.ssn_plain, "ssn_dash": G.ssn_dash, "mrn": G.mrn, "mbi": G.mbi,
              "member": G.member, "dob": G.dob, "card": G.card, "routing": G.routing, "acct": G.acct}
        if base == "phone_plus":  # {phone_plus1}: trailing digit is part of the name
            return G.phone_plus1()
        if base in fn and fn[base]:
            return fn[base]()
        raise KeyError(base)


SLOT = re.compile(r"\{([A-Za-z_0-9]+)\}")


def fill(tmpl):
    ctx = Ctx()

    def rep(m):
        name = m.group(1)
        # names whose trailing digit is part of the generator name
        if name in ("phone_plus1", "phone_1dash", "phone_001"):
            key = name
            if key not in ctx.cache:
                ctx.cache[key] = {"phone_plus1": G.phone_plus1, "phone_1dash": G.phone_1dash, "phone_001": G.phone_001}[name]()
            return ctx.cache[key]
        return ctx.slot(name)
    return SLOT.sub(rep, tmpl)


def make_template_msgs(n):
    out = []
    i = 0
    while len(out) < n:
        style, tf, tmpl = T[i % len(T)]
        i += 1
        for _ in range(50):
            markup = fill(tmpl)
            f = {"lower": str.lower, "upper": str.upper}.get(tf)
            text, ids, keep = parse(markup, "US", f)
            obj = {"style": style, "text": text, "identifiers": ids, "keep": keep, "source": "template"}
            if not check_message(obj):
                out.append(obj)
                break
        else:
            raise SystemExit(f"template keeps failing: {tmpl[:80]}")
    return out


def main():
    hand = read_hand()
    tmpl = make_template_msgs(N_TEMPLATE)
    # interleave deterministically so hand and template messages are mixed through the file
    G.R.shuffle(tmpl)
    allm = []
    step = max(1, round((len(hand) + len(tmpl)) / max(1, len(hand))))
    hi = ti = 0
    while hi < len(hand) or ti < len(tmpl):
        if hi < len(hand) and (len(allm) % step == 0 or ti >= len(tmpl)):
            allm.append(hand[hi]); hi += 1
        elif ti < len(tmpl):
            allm.append(tmpl[ti]); ti += 1
        else:
            allm.append(hand[hi]); hi += 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for j, m in enumerate(allm):
            obj = {"id": f"hd32-{j:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
                   "keep": m["keep"], "source": m["source"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(allm)} messages ({len(hand)} hand, {len(tmpl)} template) to {OUT}")


if __name__ == "__main__":
    main()
