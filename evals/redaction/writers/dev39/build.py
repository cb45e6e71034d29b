"""Build handwritten_dev39.jsonl from hand_*.txt (hand-written, inline markup) and templates.py-style
templates below filled with Faker values.

Markup: [[X|text]] marks an identifier; X is P PERSON, L LOCATION, T PHONE_NUMBER, E EMAIL_ADDRESS,
U URL, S US_SSN, M MEDICAL_RECORD_NUMBER, D DATE_OF_BIRTH, A ACCOUNT_NUMBER; a trailing 'i' means
region INTL (default US). ((text)) marks a keep word. Inside an A marker, @IBAN:CC / @IBANS:CC /
@ibanl:CC is replaced by a Faker IBAN for country CC (compact / spaced / lower case)."""
import json, random, re, glob
from faker import Faker

SEED = 3939
random.seed(SEED)
Faker.seed(SEED)
TYPES = dict(P="PERSON", L="LOCATION", T="PHONE_NUMBER", E="EMAIL_ADDRESS", U="URL", S="US_SSN",
             M="MEDICAL_RECORD_NUMBER", D="DATE_OF_BIRTH", A="ACCOUNT_NUMBER")
IBAN_LOC = dict(DE="de_DE", GB="en_GB", FR="fr_FR", NL="nl_NL", IE="en_IE", NO="no_NO", ES="es_ES",
                IT="it_IT", PL="pl_PL", AT="de_AT", BE="nl_BE", PT="pt_PT", CH="de_CH", DK="da_DK")
_fk = {}
def fk(loc):
    if loc not in _fk:
        _fk[loc] = Faker(loc); _fk[loc].seed_instance(random.randrange(10**9))
    return _fk[loc]

def iban(cc):
    return fk(IBAN_LOC[cc]).iban()
def spaced(s):
    return " ".join(s[i:i+4] for i in range(0, len(s), 4))

def fill_iban(t):
    t = re.sub(r"@IBANS:(\w\w)", lambda m: spaced(iban(m.group(1))), t)
    t = re.sub(r"@ibanl:(\w\w)", lambda m: iban(m.group(1)).lower(), t)
    return re.sub(r"@IBAN:(\w\w)", lambda m: iban(m.group(1)), t)

MARK = re.compile(r"\[\[([PLTEUSMDA])(i?)\|(.*?)\]\]|\(\((.*?)\)\)", re.S)
def parse(marked):
    out, ids, keep, pos = [], [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()]); pos = m.end()
        if m.group(4) is not None:
            txt = m.group(4); out.append(txt)
            if txt not in keep: keep.append(txt)
        else:
            txt = m.group(3)
            if m.group(1) == "A": txt = fill_iban(txt)
            out.append(txt)
            d = {"text": txt, "type": TYPES[m.group(1)], "region": "INTL" if m.group(2) else "US"}
            if not any(x["text"] == txt and x["type"] == d["type"] for x in ids): ids.append(d)
    out.append(marked[pos:])
    return "".join(out), ids, keep

def hand_messages():
    msgs = []
    for f in sorted(glob.glob("hand_*.txt")):
        for block in open(f, encoding="utf-8").read().split("\n---\n"):
            block = block.strip("\n")
            if not block.strip(): continue
            first, rest = block.split("\n", 1)
            assert first.startswith("@style "), (f, block[:60])
            msgs.append((first[7:].strip(), rest.strip("\n"), "hand"))
    return msgs

from templates import make_templates  # noqa: E402

def main():
    hand = hand_messages()
    tmpl = make_templates(fk, iban, spaced, random, parse, n=255)
    rows = []
    for i, (style, marked, src) in enumerate(hand + tmpl):
        text, ids, keep = parse(marked)
        rows.append({"id": f"hd39-{i:03d}", "style": style, "text": text, "identifiers": ids,
                     "keep": keep, "source": src})
    # interleave deterministically so hand and template messages are mixed, then renumber
    random.shuffle(rows)
    for i, r in enumerate(rows): r["id"] = f"hd39-{i:03d}"
    with open("handwritten_dev39.jsonl", "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "messages;", sum(r["source"] == "hand" for r in rows), "hand")

if __name__ == "__main__":
    main()
