"""Build /work/drafts/dev55/handwritten_dev55.jsonl.

1. Parse the hand-written messages in hand/*.txt (handparse.py).
2. Fill the templates in templates.py with Faker values (values.py, intl.py; fixed seed 5555).
   Each filled message is parsed with the same markup parser, style transforms are applied
   (lower_case, all_caps, extra typos), and it is re-drawn if checks.record_problems finds anything.
3. Shuffle (fixed seed) and number hd55-000, hd55-001, ...
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import intl  # noqa: E402
import values as V  # noqa: E402
from checks import record_problems  # noqa: E402
from handparse import TOKEN, parse_all, parse_message  # noqa: E402
from templates import KEEP, PAIRS, T  # noqa: E402

OUT = os.path.join(HERE, "handwritten_dev55.jsonl")
PER_STYLE = 18
R = V.R
PH = re.compile(r"<([A-Za-z]+)(\d*)(?:\|(lower|upper|title))?>")
NONLATIN_LOC = {"JP": "ja_JP", "KR": "ko_KR", "CN": "zh_CN", "RU": "ru_RU"}
BILL_DOMAINS = ["stmarys-health.org", "mercyregional.org", "valleymedctr.com", "northsidehospital.org", "uhsbilling.com"]


class Retry(Exception):
    pass


class Ctx:
    def __init__(self, country, genders, need_pair):
        self.c = country
        self.g = genders
        self.need_pair = need_pair
        self.us, self.ip, self.xp, self.cache = {}, {}, {}, {}

    def _fresh(self, make):
        """Draw a person whose names do not repeat anyone already in the message."""
        taken = set()
        for p in list(self.us.values()) + list(self.ip.values()) + list(self.xp.values()):
            taken.update({p.first, p.last, p.native})
        for _ in range(50):
            p = make()
            if not ({p.first, p.last, p.native} - {None}) & taken:
                return p
        raise Retry("could not draw distinct names")

    def us_p(self, i):
        if i not in self.us:
            self.us[i] = self._fresh(lambda: V.us_person(self.g.get(i)))
        return self.us[i]

    def intl_p(self, i):
        if i not in self.ip:
            if self.c in NONLATIN_LOC:
                self.ip[i] = self._fresh(lambda: V.Person(NONLATIN_LOC[self.c], nonlatin=True, gender=self.g.get(i)))
            else:
                self.ip[i] = self._fresh(lambda: intl.COUNTRIES[self.c].person(self.g.get(i)))
        return self.ip[i]

    def nl_p(self, i):
        if i not in self.xp:
            loc = NONLATIN_LOC.get(self.c) or V.ch(["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN", "uk_UA", "he_IL"])
            self.xp[i] = self._fresh(lambda: V.Person(loc, nonlatin=True, gender=self.g.get(i), paired=self.need_pair))
        return self.xp[i]


def keep_pick(pool, ctx, key):
    used = {v for k, v in ctx.cache.items() if k.startswith(pool)}
    for _ in range(20):
        v = V.ch(KEEP[pool])
        if v not in used:
            return v
    return v


def fill_one(base, idx, ctx):
    i = idx or "1"
    c = ctx.c
    us = lambda: ctx.us_p(i)  # noqa: E731
    ip = lambda: ctx.intl_p(i)  # noqa: E731
    if base == "f":
        return us().first
    if base == "l":
        return us().last
    if base == "n":
        return us().full()
    if base == "r":
        return us().rev()
    if base == "m":
        return us().mi()
    if base == "e":
        return us().email(V.US_EMAIL_DOMAINS)
    if base == "u":
        return us().url()
    if base == "iF":
        p = ip()
        return p.native.split(" ")[-1] if p.native else p.first
    if base == "iN":
        p = ip()
        return p.native or p.full()
    if base == "iR":
        p = ip()
        return p.native or p.rev()
    if base == "iL":
        p = ip()
        return p.native.split(" ")[0] if p.native else p.last
    if base == "iU":
        return ip().url()
    if base == "iE":
        return ip().email(intl.COUNTRIES[c].email_domains)
    if base == "xn":
        return ctx.nl_p(i).native
    if base == "xr":
        p = ctx.nl_p(i)
        if not p.roman:
            raise Retry("no romanized name")
        return p.roman
    if base == "xe":
        return ctx.nl_p(i).email(intl.COUNTRIES.get(c, intl.COUNTRIES["KR"]).email_domains)
    if base == "addr":
        return V.us_addr()
    if base == "addrml":
        return V.us_addr(multiline=True)
    if base == "street":
        return V.us_street()
    if base == "cityst":
        return V.us_city_st()
    if base == "citystzip":
        return V.us_city_st_zip()
    if base == "city":
        return V.us_city()[0]
    if base == "pobox":
        return V.us_pobox()
    if base == "mil":
        return V.us_military()
    if base == "rr":
        return V.us_rr()
    if base == "iaddr":
        return intl.address(c)
    if base == "iaddrml":
        return intl.address(c, multiline=True)
    if base == "icity":
        return intl.city(c)
    if base == "xplace":
        return intl.nonlatin_place(NONLATIN_LOC.get(c))
    if base == "ph":
        return V.us_phone()
    if base == "phx":
        return V.us_phone(ext=True)
    if base == "phv":
        return V.us_vanity()
    if base == "iph":
        return intl.phone(c)
    if base == "ssn":
        return V.ssn()
    if base == "mrn":
        return V.mrn()
    if base == "mbi":
        return V.mbi()
    if base == "mcd":
        return V.medicaid_id()
    if base == "mem":
        return V.member_id()
    if base == "chart":
        return V.chart_no()
    if base == "ihid":
        return intl.health_id(c)
    if base == "ihlabel":
        return intl.health_label(c)
    if base == "dob":
        return V.dob_us()
    if base == "dobk":
        return V.dob_us(2008, 2020)
    if base == "idob":
        return intl.dob(c)
    if base == "card":
        return V.card()
    if base == "iban":
        return V.iban(intl.COUNTRIES[c].iban_cc if c in intl.COUNTRIES else None)
    if base == "acct":
        return V.bank_acct()
    if base == "rt":
        return V.routing()
    if base == "billdom":
        return V.ch(BILL_DOMAINS)
    if base in ("pd", "pc"):
        key = "pair" + idx
        if key not in ctx.cache:
            ctx.cache[key] = V.ch(PAIRS)
        return ctx.cache[key][0 if base == "pd" else 1]
    if base in KEEP:
        return keep_pick(base, ctx, base + idx)
    raise KeyError(base)


def fill(template, ctx):
    def sub(m):
        base, idx, mod = m.group(1), m.group(2), m.group(3)
        key = base + idx
        if key not in ctx.cache:
            ctx.cache[key] = fill_one(base, idx, ctx)
        v = ctx.cache[key]
        if mod == "lower":
            v = v.lower()
        elif mod == "upper":
            v = v.upper()
        elif mod == "title":
            v = v.title()
        return v
    return PH.sub(sub, template)


def typo_word(w):
    if len(w) < 4 or not w.isalpha():
        return w
    k = R.randrange(4)
    j = R.randrange(1, len(w) - 1)
    if k == 0:
        return w[:j] + w[j + 1] + w[j] + w[j + 2:]
    if k == 1:
        return w[:j] + w[j + 1:]
    if k == 2:
        return w[:j] + w[j] + w[j:]
    return w.lower()


def add_typos(markup, rate):
    out, pos = [], 0
    for m in TOKEN.finditer(markup):
        out.append(re.sub(r"[A-Za-z]+", lambda w: typo_word(w.group(0)) if R.random() < rate else w.group(0),
                          markup[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(re.sub(r"[A-Za-z]+", lambda w: typo_word(w.group(0)) if R.random() < rate else w.group(0), markup[pos:]))
    return "".join(out)


def case_transform(rec, fn):
    before = {d["text"]: rec["text"].count(d["text"]) for d in rec["identifiers"]}
    new = dict(rec)
    new["text"] = fn(rec["text"])
    new["identifiers"] = [dict(d, text=fn(d["text"])) for d in rec["identifiers"]]
    new["keep"] = [fn(k) for k in rec["keep"]]
    for d_old, d_new in zip(rec["identifiers"], new["identifiers"]):
        if new["text"].count(d_new["text"]) != before[d_old["text"]]:
            raise Retry("case change created a new occurrence")
    if len({d["text"] for d in new["identifiers"]}) != len(new["identifiers"]) or len(set(new["keep"])) != len(new["keep"]):
        raise Retry("case change merged entries")
    return new


def make(style, template):
    countries, genders = None, {}
    while template[:1] in ("@", "^"):
        head, rest = template[1:].split("|", 1)
        if template[0] == "@":
            countries = head.split(",")
        else:
            genders = {g[:-1]: g[-1] for g in head.split(",")}
        template = rest
    ctx = Ctx(V.ch(countries) if countries else V.ch(intl.LATIN_COUNTRIES), genders, "<xr" in template)
    markup = fill(template, ctx)
    if style == "typos":
        markup = add_typos(markup, 0.05)
    try:
        rec = parse_message(markup, style, "template")
    except ValueError as e:
        raise Retry(str(e))
    rec["source"] = "template"
    if style == "lower_case":
        rec = case_transform(rec, str.lower)
    elif style == "all_caps":
        rec = case_transform(rec, str.upper)
    probs = record_problems(dict(id="x", **rec))
    if probs:
        raise Retry("; ".join(probs))
    return rec


def build_templates():
    out, retries = [], 0
    for style in T:
        temps = list(T[style])
        order = []
        while len(order) < PER_STYLE:
            batch = temps[:]
            R.shuffle(batch)
            order.extend(batch)
        for tpl in order[:PER_STYLE]:
            for attempt in range(200):
                try:
                    out.append(make(style, tpl))
                    break
                except Retry:
                    retries += 1
            else:
                raise SystemExit(f"template keeps failing: {tpl}")
    return out, retries


def main():
    hand = parse_all(os.path.join(HERE, "hand"))
    for m in hand:
        probs = record_problems(dict(id="x", **m))
        if probs:
            raise SystemExit(f"hand message problem: {probs}: {m['text'][:80]!r}")
    tmpl, retries = build_templates()
    allm = hand + tmpl
    random.Random(55).shuffle(allm)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, m in enumerate(allm):
            rec = {"id": f"hd55-{n:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
                   "keep": m["keep"], "source": m["source"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"hand {len(hand)}  template {len(tmpl)}  total {len(allm)}  (template re-draws: {retries})")


if __name__ == "__main__":
    main()
