"""Build handwritten_dev51.jsonl: parse the hand-written messages in hand/, fill the rest from my own
templates (templates.py + values.py, Faker with fixed seeds), shuffle with a fixed seed, assign ids."""
import json, random, re, sys
from collections import Counter
import handparse
import templates as T

TARGET_PER_STYLE = 36
STYLES = ["all_caps", "clinician_note", "form", "forwarded", "general_text", "international", "list",
          "lower_case", "run_on", "signature", "speaker_label", "typos"]
TAG = re.compile(r"\[\[(.+?)\|[A-Z](?:@[iu])?\]\]", re.S)


def wordchar(c):
    return c.isalnum() or c == "_"


def occ(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def problems(markup, msg):
    """Local checks for a generated message; any problem -> draw again."""
    text = msg["text"]
    tag_texts = TAG.findall(markup)
    spans = []
    for e in msg["identifiers"]:
        o = occ(text, e["text"])
        expected = sum(len(occ(t, e["text"])) for t in tag_texts)
        if len(o) != expected:
            return f"stray occurrence of {e['text']!r}"
        for s, t in o:
            if s > 0 and wordchar(text[s - 1]) and wordchar(text[s]):
                return f"boundary {e['text']!r}"
            if t < len(text) and wordchar(text[t]) and wordchar(text[t - 1]):
                return f"boundary {e['text']!r}"
        spans += o
    for k in msg["keep"]:
        for s, t in occ(text, k):
            if any(s < b and a < t for a, b in spans):
                return f"keep overlap {k!r}"
    # two identifiers with the same text but different types would be ambiguous
    if len({e["text"] for e in msg["identifiers"]}) != len(msg["identifiers"]):
        return "same text twice"
    return None


# the spec's own minimums, used to choose the first seed round whose template fill meets them
MIN_TYPE = {"PERSON": 40, "LOCATION": 40, "PHONE_NUMBER": 40, "EMAIL_ADDRESS": 40, "URL": 40, "US_SSN": 40,
            "MEDICAL_RECORD_NUMBER": 40, "DATE_OF_BIRTH": 40, "ACCOUNT_NUMBER": 60}
MIN_REGION = {"US": 900, "INTL": 450}


KEEP_EXTRA = sorted(set(T.V.RELATIONS + T.V.REL_F + T.V.REL_M + T.V.WEEKDAYS + T.V.MONTHS + T.V.CONTRACTIONS
                        + T.V.ORGS + T.V.HELPLINES + ["I'll", "I'd", "we'll", "don't", "can't", "won't", "i'm", "it's",
                                                     "Mom's", "Dad's", "Grandma's", "Grandpa's", "mom's", "dad's",
                                                     # labels and titles stay outside identifiers, so they must survive
                                                     "MRN", "DOB", "SSN", "IBAN", "Dr.", "Mrs.", "Ms.", "Mr.", "RN",
                                                     # everyday care words
                                                     "hospice", "hospital bed", "wheelchair", "walker", "surgery",
                                                     "pharmacy", "ER", "ambulance", "telehealth", "nursing home",
                                                     "copay", "discharge papers", "caregiver", "home health",
                                                     "medical bills", "prognosis", "transplant", "ramp"]))


def enrich_keep(msg):
    """Add non-identifier words from my keep vocabulary (relation words, weekdays, months, contractions,
    organisations, helplines) that appear as whole words and never touch an identifier occurrence."""
    text = msg["text"]
    spans = [sp for e in msg["identifiers"] for sp in occ(text, e["text"])]
    forms = []
    for w in KEEP_EXTRA:
        for f in (w, w.lower(), w.upper(), w[:1].upper() + w[1:]):
            if f not in forms:
                forms.append(f)
    for f in forms:
        if f in msg["keep"]:
            continue
        o = occ(text, f)
        if not o:
            continue
        ok = True
        for s, t in o:
            if (s > 0 and wordchar(text[s - 1])) or (t < len(text) and wordchar(text[t])):
                ok = False
            if any(s < b and a < t for a, b in spans):
                ok = False
        # skip a form that sits inside a longer keep word already listed (e.g. "Mom" inside "Mom's")
        if ok and not any(f in k and f != k for k in msg["keep"]):
            msg["keep"].append(f)


def fill(hand, plan):
    tmpl, seen, rejected = [], {m["text"] for m in hand}, Counter()
    for i, st in enumerate(plan):
        for attempt in range(200):
            style, region, markup = T.make(st)
            msg = handparse.parse_message(style, region, markup, f"template {i}")
            msg["source"] = "template"
            why = problems(markup, msg)
            if why is None and msg["text"] not in seen:
                break
            rejected[why or "duplicate"] += 1
        else:
            sys.exit(f"could not make a clean {st} message")
        seen.add(msg["text"])
        tmpl.append(msg)
    return tmpl, rejected


def main():
    hand = handparse.parse_all("hand")
    have = Counter(m["style"] for m in hand)
    plan = []
    for st in STYLES:
        plan += [st] * max(0, TARGET_PER_STYLE - have[st])
    for k in range(100):
        T.V.reseed(k)
        tmpl, rejected = fill(hand, plan)
        ids = [e for m in hand + tmpl for e in m["identifiers"]]
        bt, br = Counter(e["type"] for e in ids), Counter(e["region"] for e in ids)
        if all(bt[t] >= n for t, n in MIN_TYPE.items()) and all(br[r] >= n for r, n in MIN_REGION.items()):
            break
    else:
        sys.exit("no seed round met the minimums")
    print(f"seed round {k}")
    rows = hand + tmpl
    for m in rows:
        enrich_keep(m)
    random.Random(51).shuffle(rows)
    with open("handwritten_dev51.jsonl", "w", encoding="utf-8") as f:
        for n, m in enumerate(rows):
            row = {"id": f"hd51-{n:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
                   "keep": m["keep"], "source": m["source"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"hand {len(hand)}, template {len(tmpl)}, total {len(rows)}; template redraws: {dict(rejected)}")


if __name__ == "__main__":
    main()
