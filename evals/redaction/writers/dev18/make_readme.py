"""Writes README.md from the built file and the validator's output."""
import collections
import json
import subprocess
import sys

from lib import TYPES

recs = [json.loads(l) for l in open("handwritten_dev18.jsonl", encoding="utf-8")]
val = subprocess.run([sys.executable, "validate.py", "handwritten_dev18.jsonl"], capture_output=True, text=True).stdout
when = subprocess.run(["date", "-u"], capture_output=True, text=True).stdout.strip()
c = collections.Counter()
for r in recs:
    c[("src", r["source"])] += 1
    c[("style", r["style"])] += 1
    c[("style_src", r["style"], r["source"])] += 1
    for i in r["identifiers"]:
        c[(i["type"], i["region"])] += 1
        c[("src_id", r["source"])] += 1
        c[("region", i["region"])] += 1
n_id = sum(len(r["identifiers"]) for r in recs)

L = []
L.append("# handwritten_dev18.jsonl — labelled PII redaction eval (dev18)\n")
L.append("## Who, when\n")
L.append("Written by a separate helper session that worked from `evals/redaction/FROZEN_SPEC.md` alone: it did not open the "
         "redactor's code, its word lists, any other data file or any other writer's folder. Built %s." % when)
L.append("\n## How\n")
L.append("- `hand_a.py` … `hand_e.py`: %d messages written by hand, one at a time, in many voices (a retired teacher, a son texting "
         "from work, a hospice nurse, a pharmacy tech, a church volunteer driver, a home care agency scheduler, a granddaughter who "
         "types in all lower case, insurance callers, clinicians) and mixed with Spanish, Portuguese, French, German, Italian, Dutch, "
         "Polish, Turkish, Vietnamese, Tagalog, Hindi, Bengali, Arabic, Russian, Ukrainian, Japanese, Chinese and Korean, with names "
         "and places in their own scripts. They use an inline markup: `[[X:value]]` is an identifier (upper-case type code = region US, "
         "lower-case = INTL; P person, L location, T phone, E email, U url, S SSN, M medical record no., D date of birth, A account "
         "number) and `<<word>>` is a keep entry." % c[("src", "hand")])
L.append("- `templates.py` + `gen.py`: %d messages from templates written for this file (16 style functions with several "
         "variants each, shared phrase pools, native-language templates for 18 languages), filled with values from Faker and small "
         "curated lists. Faker locales: en_US, es_MX, en_GB, en_IE, en_IN, en_CA, fr_CA, en_AU, en_NZ, en_NG, de_DE, de_AT, de_CH, "
         "fr_FR, es_ES, es_AR, es_CO, it_IT, pt_PT, pt_BR, nl_NL, pl_PL, tr_TR, ru_RU, uk_UA, hi_IN, ja_JP, ko_KR, zh_CN, zh_TW, "
         "he_IL, el_GR, fil_PH, sv_SE; curated lists for Arabic, Vietnamese, Bengali and romanised Chinese/Japanese/Korean names, "
         "for US cities/streets and for international address and phone layouts. IBANs are generated with valid mod-97 check "
         "digits, routing numbers with a valid ABA checksum, cards with a valid Luhn digit about 70%% of the time." % c[("src", "template")])
L.append("- Hand-written share: %d of %d messages (%.0f%%), %d of %d identifiers." % (
    c[("src", "hand")], len(recs), 100.0 * c[("src", "hand")] / len(recs), c[("src_id", "hand")], n_id))
L.append("- `build.py` parses both, checks every message, generates each template message from "
         "`random.Random(\"<style>-<n>-<attempt>\")` (a template draw that fails a check is redrawn with the next attempt), "
         "shuffles with `random.Random(1818)`, numbers the records `hd18-000`… and writes the file. "
         "`validate.py` checks the result; `check_hand.py` checks the hand files while writing; `make_readme.py` writes this file. "
         "Rebuild: `cd /work/drafts/dev18 && /work/main/.venv/bin/python build.py && /work/main/.venv/bin/python validate.py && "
         "/work/main/.venv/bin/python make_readme.py` (the build is byte-for-byte reproducible).")
L.append("\nFormat: one JSON object per line with `id`, `style`, `text`, `identifiers` (`text`, `type`, `region`), `keep` and the extra "
         "key `source` (`hand` or `template`).\n")
L.append("## Labelling conventions used\n")
L.append("- A whole address (number, street, unit, city, state/region, postcode, line breaks included) is one LOCATION; a city alone or "
         "city + state is LOCATION; a street name given alone is also labelled LOCATION.")
L.append("- Titles (Dr., Mrs., Nurse, Pastor …) and relation words (Mom, Abuela, Oma, Lola, Bà …) stay outside PERSON spans and are often keep words. "
         "\"GARCIA, MARIA L\" is one PERSON; a first name alone is its own PERSON.")
L.append("- For labelled values only the value is the identifier (\"DOB [..]\", \"MRN [..]\", \"IBAN [..]\"); phone extensions are part of the phone; "
         "helplines (988, 911, 1-800-222-1222) and organisations are keep words.")
L.append("- Region: US for US formats and for names/emails/dates in a US context; INTL for non-US phones (Canadian +1 numbers included), "
         "addresses and postcodes, all IBANs, non-Latin names and places, and names/dates of people in a non-US context. Card numbers "
         "are labelled US (they have no national format). Foreign health-insurance numbers (NHS number, cartão SUS, tessera sanitaria, "
         "Versichertennummer, OHIP …) are MEDICAL_RECORD_NUMBER / INTL.")
L.append("\n## Counts\n")
L.append("Messages: %d. Identifiers: %d (US %d, INTL %d).\n" % (len(recs), n_id, c[("region", "US")], c[("region", "INTL")]))
L.append("| type | total | US | INTL |\n|---|---:|---:|---:|")
for t in TYPES:
    L.append("| %s | %d | %d | %d |" % (t, c[(t, "US")] + c[(t, "INTL")], c[(t, "US")], c[(t, "INTL")]))
L.append("| **all** | %d | %d | %d |\n" % (n_id, c[("region", "US")], c[("region", "INTL")]))
L.append("| style | messages | hand | template |\n|---|---:|---:|---:|")
for s, n in sorted(((k[1], v) for k, v in c.items() if k[0] == "style"), key=lambda x: (-x[1], x[0])):
    L.append("| %s | %d | %d | %d |" % (s, n, c[("style_src", s, "hand")], c[("style_src", s, "template")]))
L.append("\n## Validator output (`validate.py`)\n")
L.append("Checks: every identifier and keep entry is an exact substring; keep entries never overlap an identifier occurrence; "
         "identifier occurrences sit on word boundaries (CJK/kana/hangul exempt); an identifier string never also appears elsewhere "
         "(any case) outside another identifier's span; no duplicate identifiers in a message; IBAN mod-97 and ABA routing checksums "
         "hold; every message has keep words and >= 75% have a clinical one; ids sequential; no duplicate texts; all size thresholds.\n")
L.append("```\n" + val.strip() + "\n```\n")
L.append("## Judgement calls / things I was unsure about\n")
L.append("- Canadian numbers (+1 514 …) are labelled INTL although they look like US numbers; US military APO/FPO/DPO addresses are US.")
L.append("- A few deliberately messy values: a spelled-out birth date (\"eleven fourteen forty-two\"), a Japanese era date (昭和18年5月2日), an SSN typed with a letter O, "
         "a phone typed as \"(412( 555-0181\", a misspelled e-mail typed twice; all are labelled as what the writer meant.")
L.append("- Hospital/billing account numbers (\"Account # HB-77419280\") are ACCOUNT_NUMBER; \"patient ID\", \"case #\", member and Medicare/Medicaid ids are MEDICAL_RECORD_NUMBER.")
L.append("- Group references such as \"the Nguyens\" and nicknames in quotes inside a full name are labelled PERSON.")
L.append("- In a non-US template context, slots that would carry an SSN carry a local health-insurance number instead (labelled MEDICAL_RECORD_NUMBER).")
L.append("- Template text is varied but not always grammatical (pronoun/gender agreement between a random name and a relation word is sometimes off).")
open("README.md", "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README.md written")
