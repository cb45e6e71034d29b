"""Build /work/drafts/dev16/handwritten_dev16.jsonl from the hand-written batches and own templates.
Deterministic: python build.py  (seed 1616) regenerates the file byte for byte."""
import json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from markup import parse, check_message
from values import Values, US_NAME_LOCALES, INTL_LOCALES, NONLATIN, NICK, LOC_IBAN
import templates as TP
from hand_a import HAND_A
from hand_b import HAND_B
from hand_c import HAND_C
from hand_d import HAND_D

SEED = 1616
TARGET_PER_STYLE = 29
STYLES = ["lower_case", "all_caps", "speaker_label", "list", "run_on", "signature", "form", "international",
          "clinician_note", "general_text", "voicemail", "group_chat", "forwarded", "billing", "typos", "multi_identifier"]
INTL_SHARE = {"international": 1.0, "billing": 0.5, "signature": 0.4, "multi_identifier": 0.4, "forwarded": 0.35,
              "group_chat": 0.35, "list": 0.35, "speaker_label": 0.35}
SLOT = re.compile(r"<<([A-Z]+?)(\d*)>>")
r = random.Random(SEED)
V = Values(SEED)


def fill(tpl, region, loc):
    cache = {}
    def val(m):
        key = m.group(0)
        if key in cache:
            return cache[key]
        k = m.group(1)
        nloc = r.choice(US_NAME_LOCALES) if region == "US" else loc
        preg = "INTL" if (region == "INTL" or nloc in NONLATIN) else "US"
        at = "@I" if region == "INTL" else "@U"
        pat = "@I" if preg == "INTL" else "@U"
        if k == "P":
            v = "[P%s:%s]" % (pat, V.full(nloc))
        elif k == "PU":
            v = "[P@U:%s]" % V.full(r.choice(US_NAME_LOCALES[:6]))
        elif k == "PF":
            v = "[P%s:%s]" % (pat, r.choice(NICK) if (region == "US" and r.random() < 0.12) else V.full(nloc) if nloc in ("zh_CN", "ja_JP", "ko_KR") else V.first(nloc))
        elif k == "PL":
            v = "[P%s:%s]" % (pat, V.last(nloc))
        elif k == "PLF":
            v = "[P%s:%s]" % (pat, V.lastfirst(nloc))
        elif k == "L":
            if region == "US":
                x = r.random()
                v = "[L@U:%s]" % (V.us_address() if x < 0.72 else V.us_special() if x < 0.85 else V.us_citystate())
            else:
                v = "[L@I:%s]" % V.intl_address(loc)
        elif k == "LM":
            v = "[L%s:%s]" % (at, V.us_address(True) if region == "US" else V.intl_address(loc, True))
        elif k == "LUS":
            v = "[L@U:%s]" % V.us_address(r.random() < 0.3)
        elif k == "PHI":
            v = "[PH@I:%s]" % V.intl_phone(loc if region == "INTL" else r.choice(INTL_LOCALES[:-1]))
        elif k == "LSP":
            v = "[L@U:%s]" % V.us_special()
        elif k == "LC":
            c = V.us_city() if region == "US" else V.intl_city(loc)
            v = "[L%s:%s]" % (at, c.upper() if r.random() < 0.1 else c)
        elif k == "LZ":
            v = "[L@U:%s]" % V.us_zip()
        elif k == "PH":
            if region == "US":
                v = "[PH@U:%s]" % (V.vanity() if r.random() < 0.05 else V.us_phone(r.random() < 0.2))
            else:
                v = "[PH@I:%s]" % V.intl_phone(loc)
        elif k == "PHUS":
            v = "[PH@U:%s]" % V.us_phone(r.random() < 0.2)
        elif k == "PHX":
            v = "[PH@U:%s]" % V.us_phone(True)
        elif k == "E":
            v = "[E%s:%s]" % (at, V.email(loc if region == "INTL" else nloc, region))
        elif k == "U":
            v = "[U%s:%s]" % (at, V.url(loc if region == "INTL" else nloc, region))
        elif k == "SSN":
            v = "[SSN@U:%s]" % V.ssn()
        elif k == "MRN":
            v = "[MRN%s:%s]" % (at, V.mrn(region))
        elif k == "MBI":
            v = "[MRN@U:%s]" % V.mbi()
        elif k == "DOB":
            v = "[DOB%s:%s]" % (at, V.dob(loc, region))
        elif k == "DOBUS":
            v = "[DOB@U:%s]" % V.dob("en_US", "US")
        elif k == "IBAN":
            v = "[ACCT@I:%s]" % V.iban(LOC_IBAN.get(loc) if region == "INTL" and r.random() < 0.7 else None)
        elif k == "CARD":
            v = "[ACCT%s:%s]" % (at, V.card(True))
        elif k == "CARDX":
            v = "[ACCT%s:%s]" % (at, V.card(False))
        elif k == "ROUT":
            v = "[ACCT@U:%s]" % V.routing()
        elif k == "BANK":
            v = "[ACCT@U:%s]" % V.bank_acct()
        elif k == "DRUG":
            v = "{+%s}" % r.choice(TP.DRUGS)
        elif k == "COND":
            v = "{+%s}" % r.choice(TP.CONDS)
        elif k == "LAB":
            v = "{+%s}" % r.choice(TP.LABS)
        elif k == "BODY":
            v = "{+%s}" % r.choice(TP.BODY)
        elif k == "TYPO":
            v = "{+%s}" % r.choice(TP.TYPOS)
        elif k == "TYPOC":
            v = "{+%s}" % r.choice(TP.TYPOS_C)
        elif k == "REL":
            v = "{%s}" % r.choice(TP.RELS)
        elif k == "DAY":
            v = "{%s}" % r.choice(TP.DAYS)
        else:
            raise KeyError(key)
        cache[key] = v
        return v
    return SLOT.sub(val, tpl)


def extra_keep(style, region):
    """A short trailing sentence carrying non-clinical keep words (org, helpline, contraction, month)."""
    x = r.random()
    if x < 0.25:
        return " " + r.choice(TP.KEEP_LINES) % r.choice(TP.MONTHS)
    if x < 0.45:
        if region != "US":
            return " (via {%s})" % r.choice(TP.INTL_ORGS)
        return r.choice([" (pharmacy: {%s})" % r.choice(TP.PHARMS), " (plan: {%s})" % r.choice(TP.INSURERS),
                         " Records are at {%s}." % r.choice(TP.HOSPITALS)])
    if x < 0.55 and region == "US":
        return " If it gets bad call {%s}." % r.choice(TP.HELP)
    return ""


US_TAILS = [" Back-up contact: <<PF9>>, <<PHUS9>>.", " (my cell <<PHUS9>>)", " SS# <<SSN9>> if they ask.",
            " Her page: <<U9>>", " Mail goes to <<LSP9>> now.", " His social is <<SSN9>>, DOB <<DOBUS9>>.",
            " Reply to <<E9>> please.", " Address for the pharmacy: <<LUS9>>."]
INTL_TAILS = [" Tel. <<PHI9>>", " (writes from <<E9>>)", " Family page: <<U9>>", " IBAN for costs: <<IBAN9>>"]


def tail(style, region):
    if style in ("form", "list", "signature") or r.random() > (0.5 if region == "US" else 0.15):
        return ""
    return r.choice(US_TAILS if region == "US" else INTL_TAILS)


def template_messages(counts):
    out = []
    for style in STYLES:
        need = TARGET_PER_STYLE - counts.get(style, 0)
        pool = TP.T[style]
        for n in range(need):
            for attempt in range(200):
                ctx, tpl = pool[(n + attempt) % len(pool)] if attempt < 3 else r.choice(pool)
                if ctx == "ANY":
                    region = "INTL" if r.random() < INTL_SHARE.get(style, 0.28) else "US"
                else:
                    region = ctx
                loc = r.choice(INTL_LOCALES) if region == "INTL" else "en_US"
                tl = tail(style, region)
                if tl and tpl.rstrip()[-1] not in ".!?)\"":
                    tl = "." + tl
                m = fill(tpl + tl, region, loc)
                if style not in ("typos",):
                    ek = extra_keep(style, region)
                    if ek and m.rstrip()[-1] not in ".!?)\"":
                        ek = "." + ek
                    m += ek
                tr = str.lower if style == "lower_case" else str.upper if style == "all_caps" else None
                try:
                    text, ids, keep, clin = parse(m, region, tr)
                except ValueError:
                    continue
                if not check_message(text, ids, keep):
                    out.append((style, text, ids, keep, clin, "template"))
                    break
            else:
                raise RuntimeError("could not fill " + style)
    return out


def main():
    recs, counts = [], {}
    for style, region, m in HAND_A + HAND_B + HAND_C + HAND_D:
        text, ids, keep, clin = parse(m, region)
        errs = check_message(text, ids, keep)
        if errs:
            raise SystemExit("hand message fails: %s %r" % (errs, text[:80]))
        recs.append((style, text, ids, keep, clin, "hand"))
        counts[style] = counts.get(style, 0) + 1
    recs += template_messages(counts)
    random.Random(SEED).shuffle(recs)
    clinical = set()
    with open(os.path.join(HERE, "handwritten_dev16.jsonl"), "w", encoding="utf-8") as f:
        for n, (style, text, ids, keep, clin, src) in enumerate(recs):
            clinical |= clin
            f.write(json.dumps({"id": "hd16-%03d" % n, "style": style, "text": text, "identifiers": ids, "keep": keep,
                                "source": src}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "clinical_terms.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(clinical, key=lambda s: (s.lower(), s))) + "\n")
    print("wrote", len(recs), "records")


if __name__ == "__main__":
    main()
