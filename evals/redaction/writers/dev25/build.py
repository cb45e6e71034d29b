"""Rebuild handwritten_dev25.jsonl deterministically (fixed seed) from the hand-written modules
(hand/*.py) plus dev25's own templates (templates.py) filled with Faker values (values.py)."""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import parse
from hand import a_visits, b_letters, c_family, d_misc
from templates import T
from values import Gen, DRUGS, CONDS, LABS, BODY, RELS, DAYS, MONTHS, CONTR, ORGS

SEED = 2025
OUT = HERE / "handwritten_dev25.jsonl"
TEMPLATE_PER_STYLE = 12           # plus the extra below
EXTRA = {"international": 8, "form": 2, "insurance_letter": 2, "family_reply": 2, "signature": 2}
PH = re.compile(r"<([a-z_]+?)(\d*)>")


def alnum(ch):
    return ch.isascii() and ch.isalnum()


def problems(text, ids, keep):
    """Same rules validate.py enforces; used to redraw a template message whose values collide."""
    out, spans, seen = [], [], {}
    low = text.lower()
    for e in ids:
        t = e["text"]
        if seen.setdefault(t, (e["type"], e["region"])) != (e["type"], e["region"]):
            out.append("same text, two labels")
        if t not in text or t != t.strip() or not t:
            out.append("missing " + t)
            continue
        i = text.find(t)
        while i != -1:
            j = i + len(t)
            if (i > 0 and alnum(text[i - 1]) and alnum(t[0])) or (j < len(text) and alnum(text[j]) and alnum(t[-1])):
                out.append("inside word " + t)
            i = text.find(t, i + 1)
        i = low.find(t.lower())
        while i != -1:
            spans.append((i, i + len(t)))
            i = low.find(t.lower(), i + 1)
    for k in keep:
        if k not in text:
            out.append("keep missing " + k)
        i = low.find(k.lower())
        while i != -1:
            if any(i < d and c < i + len(k) for c, d in spans):
                out.append("overlap " + k)
            i = low.find(k.lower(), i + 1)
    return out


def fill(g, tmpl):
    r = g.rng
    country = g.country()
    while country.code == "CA" and "<iphone" in tmpl:
        country = g.country()
    while "<iban" in tmpl and not country.iban_loc and r.random() < 0.8:
        country = g.country()  # mostly keep IBAN, name and address in one country; sometimes mixed
    cache = {}

    def val(m):
        key = m.group(0)
        if key in cache:
            return cache[key]
        b = m.group(1)
        simple = {"name": g.name, "first": g.first, "last": g.last, "addr": g.addr, "addr_ml": g.addr_ml,
                  "pobox": g.pobox, "rural": g.rural, "mil": g.mil, "anyaddr": g.anyaddr, "cityst": g.cityst,
                  "cityzip": g.cityzip, "city": g.city, "phone": g.phone, "phonex": g.phonex, "vanity": g.vanity,
                  "email": g.email, "url": g.url, "ssn": g.ssn, "mrn": g.mrn, "mbi": g.mbi, "member": g.member,
                  "medicaid": g.medicaid, "claim": g.claim, "record": g.record, "dob": g.dob, "card": g.card,
                  "routing": g.routing, "acct": g.acct}
        per_country = {"iname": g.iname, "ifirst": g.ifirst, "iaddr": g.iaddr, "iphone": g.iphone, "icity": g.icity,
                       "iemail": g.iemail, "idob": g.idob, "imrn": g.mrn_intl}
        pools = {"drug": DRUGS, "cond": CONDS, "lab": LABS, "body": BODY, "rel": RELS, "day": DAYS, "month": MONTHS,
                 "contr": CONTR, "org": ORGS}
        if b in simple:
            v = simple[b]()
        elif b in per_country:
            v = per_country[b](country)
        elif b == "iban":
            v = g.iban(country)
        elif b in pools:
            used = set(cache.values())
            v = r.choice([x for x in pools[b] if x not in used] or pools[b])
        elif b == "rel_l":
            v = r.choice(["mom", "dad", "grandma", "grandpa", "aunt", "uncle"])
        elif b == "n":
            v = str(r.randint(0, 9))
        else:
            raise KeyError(key)
        cache[key] = v
        return v

    return PH.sub(val, tmpl)


def casefix(style, text, ids, keep):
    f = {"lower_case": str.lower, "all_caps": str.upper}.get(style)
    if not f:
        return text, ids, keep
    return f(text), [dict(e, text=f(e["text"])) for e in ids], [f(k) for k in keep]


def build():
    rows = []
    for mod in (a_visits, b_letters, c_family, d_misc):
        for style, markup in mod.MSGS:
            text, ids, keep = parse(markup)
            rows.append({"style": style, "text": text, "identifiers": ids, "keep": keep, "source": "hand"})
    g = Gen(SEED)
    for style in T:
        n = TEMPLATE_PER_STYLE + EXTRA.get(style, 0)
        for i in range(n):
            tmpl = T[style][i % len(T[style])]
            for attempt in range(50):
                text, ids, keep = casefix(style, *parse(fill(g, tmpl)))
                if not problems(text, ids, keep):
                    break
            else:
                raise RuntimeError(f"could not fill {style} #{i}")
            rows.append({"style": style, "text": text, "identifiers": ids, "keep": keep, "source": "template"})
    random.Random(SEED).shuffle(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for n, r in enumerate(rows):
            row = {"id": f"hd25-{n:03d}", "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                   "keep": r["keep"], "source": r["source"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    build()
