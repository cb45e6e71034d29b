"""Validate handwritten_dev20.jsonl against FROZEN_SPEC.md rules and the dev20 brief's counts."""
import json, re, sys, collections
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from gen import iban_valid, luhn_ok, aba_ok

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/drafts/dev20/handwritten_dev20.jsonl"
TYPES = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"]
STYLES = ["lower_case", "all_caps", "speaker_label", "list", "run_on", "signature", "form", "international",
          "clinician_note", "general_text", "voicemail", "text_thread", "email_forward", "insurance_form",
          "discharge_paperwork", "typos"]
TITLE = re.compile(r"^(dr|fr|mr|mrs|ms|miss|mx|prof|rev|sgt|pastor|nurse|coach|doc|aunt|auntie|uncle|grandma|grandpa|"
                   r"gram|gramps|granny|mom|mum|dad|nana|papa|abuela|abuelo|tia|tio|tía|tío|sister|brother|oma|opa|"
                   r"son|daughter|wife|husband|doña|don|señora|señor|the|lola|lolo|tita|tito)\b\.?", re.I)
RELATION_ONLY = {"mom", "dad", "mama", "papa", "grandma", "grandpa", "nana", "abuela", "gram", "me", "son", "daughter"}
HELPLINES = ["988", "911", "1-800-222-1222", "1-800-273-8255", "1-800-555-0100"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Rite Aid", "Costco", "Walmart", "Kroger", "Publix"]

errors, warns = [], []
def err(i, msg): errors.append(f"{i}: {msg}")

def occurrences(text, sub):
    out, start = [], 0
    while True:
        k = text.find(sub, start)
        if k < 0: return out
        out.append((k, k + len(sub))); start = k + 1

recs = []
for n, line in enumerate(open(PATH, encoding="utf-8")):
    try:
        r = json.loads(line)
    except Exception as e:
        err(n, f"bad json {e}"); continue
    recs.append(r)
    rid = r.get("id")
    if set(r) != {"id", "style", "text", "identifiers", "keep", "source"}:
        err(rid, f"keys {sorted(r)}")
    if rid != "hd20-%03d" % n: err(rid, f"id out of sequence (line {n})")
    if r["source"] not in ("hand", "template"): err(rid, "bad source")
    if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]): err(rid, "style not snake_case")
    text = r["text"]
    if re.search(r"\[[PLTEUSMDA]\*?\||@[A-Z]+(:[A-Z]{2})?@", text): err(rid, "leftover markup")
    spans, seen = [], set()
    for idn in r["identifiers"]:
        t, ty, rg = idn.get("text"), idn.get("type"), idn.get("region")
        if set(idn) != {"text", "type", "region"}: err(rid, f"identifier keys {idn}")
        if ty not in TYPES: err(rid, f"bad type {ty}")
        if rg not in ("US", "INTL"): err(rid, f"bad region {rg}")
        if not t or t != t.strip() or t[-1] in ",;:" or t[0] in ",;:.": err(rid, f"untrimmed identifier {t!r}")
        if (t, ty) in seen: err(rid, f"duplicate identifier {t!r}")
        seen.add((t, ty))
        occ = occurrences(text, t)
        if not occ: err(rid, f"identifier not a substring: {t!r}")
        spans += [(a, b, t, ty) for a, b in occ]
        if ty == "PERSON":
            if TITLE.match(t) and t.lower() not in ("don", ):  # a title or relation word inside the span
                err(rid, f"title/relation inside PERSON {t!r}")
            if t.lower() in RELATION_ONLY: err(rid, f"relation word labelled as PERSON {t!r}")
        for h in HELPLINES:
            if re.sub(r"\D", "", t) in (re.sub(r"\D", "", h), "1" + re.sub(r"\D", "", h)): err(rid, f"helpline labelled as identifier {t!r}")
        for o in ORGS:
            if t == o: err(rid, f"organisation labelled as identifier {t!r}")
        if ty == "ACCOUNT_NUMBER":
            compact = t.replace(" ", "")
            if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{8,30}", compact):
                if not iban_valid(compact): err(rid, f"IBAN checksum fails {t!r}")
            digits = re.sub(r"[ -]", "", t)
            if re.fullmatch(r"\d{9}", digits):
                a = text.find(t)
                if re.search(r"(routing|aba|rtn)\W{0,4}(number|no\.?|#)?\W{0,3}$", text[max(0, a - 30):a], re.I) and not aba_ok(digits):
                    err(rid, f"ABA checksum fails {t!r}")
    # embedded-in-word check: an occurrence must sit on word boundaries unless inside a longer identifier occurrence
    for a, b, t, ty in spans:
        inside = any(a2 <= a and b <= b2 and (b2 - a2) > (b - a) for a2, b2, _, _ in spans)
        left = a > 0 and text[a - 1].isalnum() and t[0].isalnum()
        right = b < len(text) and text[b].isalnum() and t[-1].isalnum()
        if (left or right) and not inside:
            err(rid, f"identifier {t!r} occurs inside a longer word at {a}: ...{text[max(0,a-8):b+8]!r}")
    # partial overlaps between different identifier occurrences
    for a, b, t, _ in spans:
        for a2, b2, t2, _ in spans:
            if a < a2 < b < b2: err(rid, f"identifiers partially overlap {t!r} / {t2!r}")
    if not isinstance(r["keep"], list): err(rid, "keep not a list")
    for k in r["keep"]:
        ko = occurrences(text, k)
        if not k or not ko: err(rid, f"keep not a substring {k!r}")
        for a, b in ko:
            for a2, b2, t, _ in spans:
                if a < b2 and a2 < b: err(rid, f"keep {k!r} overlaps identifier {t!r}")
    if len(set(r["keep"])) != len(r["keep"]): err(rid, "duplicate keep")

# ------------------------------------------------------------------ counts
N = len(recs)
ids = [i for r in recs for i in r["identifiers"]]
by_type = collections.Counter(i["type"] for i in ids)
by_region = collections.Counter(i["region"] for i in ids)
by_style = collections.Counter(r["style"] for r in recs)
by_source = collections.Counter(r["source"] for r in recs)
hand_share = by_source["hand"] / max(N, 1)
if not 400 <= N: err("counts", f"messages {N} < 400")
if len(ids) < 1500: err("counts", f"identifiers {len(ids)} < 1500")
if by_region["US"] < 1000: err("counts", f"US {by_region['US']} < 1000")
if by_region["INTL"] < 400: err("counts", f"INTL {by_region['INTL']} < 400")
for t in TYPES:
    need = 60 if t == "ACCOUNT_NUMBER" else 40
    if by_type[t] < need: err("counts", f"type {t} {by_type[t]} < {need}")
for s in STYLES:
    if by_style[s] < 20: err("counts", f"style {s} {by_style[s]} < 20")
if hand_share < 0.40: err("counts", f"hand share {hand_share:.1%} < 40%")
no_keep = sum(1 for r in recs if not r["keep"])
if no_keep > 0.1 * N: err("counts", f"{no_keep} messages without keep words")
# account subtypes
accts = [(r, i["text"]) for r in recs for i in r["identifiers"] if i["type"] == "ACCOUNT_NUMBER"]
ibans = [t for _, t in accts if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{8,30}", t.replace(" ", ""))]
cards = [t for _, t in accts if re.fullmatch(r"\d{13,19}", re.sub(r"[ -]", "", t))]
luhn_share = sum(luhn_ok(c) for c in cards) / max(len(cards), 1)
if luhn_share < 0.75: err("counts", f"card Luhn-valid share {luhn_share:.0%}")
if len(ibans) < 15 or len(cards) < 15: err("counts", f"ibans {len(ibans)} cards {len(cards)}")

print(f"messages {N}  identifiers {len(ids)}  hand {by_source['hand']} ({hand_share:.1%})  template {by_source['template']}")
print("by region", dict(by_region))
print("by type", dict(sorted(by_type.items())))
tr = collections.Counter((i["type"], i["region"]) for i in ids)
print("type x region", {f"{a}/{b}": c for (a, b), c in sorted(tr.items())})
print("by style", dict(sorted(by_style.items())))
print(f"account numbers: {len(accts)} (IBAN {len(ibans)}, cards {len(cards)} Luhn-valid {luhn_share:.0%}, other {len(accts)-len(ibans)-len(cards)})")
print(f"messages without keep: {no_keep}")
if errors:
    print(f"\nFAIL: {len(errors)} errors"); print("\n".join(errors[:200])); sys.exit(1)
print("\nPASS: 0 errors")
