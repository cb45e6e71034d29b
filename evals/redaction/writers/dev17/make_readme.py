"""Write README.md from the built file and the validator's output."""
import collections
import json
import re
import subprocess
import sys

from common import IBAN_LIKE, mod97, luhn_ok

PY = sys.executable
R = [json.loads(l) for l in open("handwritten_dev17.jsonl", encoding="utf-8")]
val = subprocess.run([PY, "validate.py"], capture_output=True, text=True)
open("validator_output.txt", "w").write(val.stdout)
date = subprocess.run(["date", "-u"], capture_output=True, text=True).stdout.strip()

T = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
     "DATE_OF_BIRTH", "ACCOUNT_NUMBER"]
tr, ts, st, ss = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
acc = collections.Counter()
for r in R:
    st[r["style"]] += 1
    ss[(r["style"], r["source"])] += 1
    for i in r["identifiers"]:
        tr[(i["type"], i["region"])] += 1
        ts[(i["type"], r["source"])] += 1
        if i["type"] == "ACCOUNT_NUMBER":
            t, d = i["text"], re.sub(r"\D", "", i["text"])
            if IBAN_LIKE.match(t) and mod97(t):
                acc["IBAN (mod-97 valid)"] += 1
            elif 13 <= len(d) <= 19:
                acc["card, Luhn-valid" if luhn_ok(d) else "card, not Luhn-valid"] += 1
            elif len(d) == 9 and re.search(r"routing|aba|rtn", r["text"][max(0, r["text"].find(t) - 30):r["text"].find(t)], re.I):
                acc["ABA routing (valid)"] += 1
            else:
                acc["bank account"] += 1
n_ids = sum(tr.values())
hand = sum(1 for r in R if r["source"] == "hand")

L = []
L.append("# handwritten_dev17.jsonl — labelled PII-redaction eval set (dev17)\n")
L.append(f"**Who:** a separate helper session, working only from `evals/redaction/FROZEN_SPEC.md`. It did not look at "
         "the redactor's code, word lists, other .jsonl files, `evals/redaction/frozen/` or `evals/redaction/writers/`.\n")
L.append(f"**When:** built {date} (session started Sun Dec 6 09:31 UTC 2026).\n")
L.append("**How:**\n")
L.append("- `hand1.py`, `hand2.py`, `hand3.py` — messages written by hand, one at a time, in inline markup "
         "(`[[T|value]]` identifiers, `[[T@I|value]]` to force INTL, `<<word>>` keep words). Voices: elderly patient, teenager, "
         "exhausted adult child at night, home health aide, nurse, social worker, pharmacist, billing office, neighbour, "
         "hospice/PT/district nurse, pastor; mixed with Spanish, Portuguese, French, German, Italian, Polish, Turkish, Vietnamese, "
         "Tagalog, Hindi, Arabic, Russian, Japanese, Chinese, Korean (names/places in their own scripts), plus Irish, Nigerian, "
         "Lebanese, Singaporean, Romanian, Ghanaian and Canadian contexts.")
L.append("- `templates.py` — this session's own templates (206, 16 styles), filled lazily per message by `fakes.py` "
         "(Faker 40.x names/streets in en_US, en_GB, es_MX, es_ES, fr_FR, de_DE, it_IT, pt_BR, pt_PT, nl_NL, pl_PL, ja_JP "
         "(kanji + romanized), zh_CN, ko_KR, hi_IN, en_IN, ar_SA, ru_RU, tr_TR, fil_PH; curated Vietnamese, Filipino, pinyin, "
         "Korean/Arabic/Russian romanizations, English-word surnames and first names, hyphenated/multi-part surnames, nicknames; "
         "own generators for US/intl addresses, phone shapes, SSNs, MRNs/MBIs/member ids, national health ids, IBANs with "
         "mod-97 check digits, Luhn/non-Luhn cards, ABA-valid routing numbers). Styles `lower_case`, `all_caps`, `typos` apply "
         "a case/typo transform to the filled markup (typos only outside identifiers and keep words).")
L.append("- `build.py` — parses hand + template markup, fills template messages per style up to an even share, "
         "re-draws any template fill that fails the per-message checks, shuffles with `random.Random(1717)`, assigns "
         "ids `hd17-000…`, writes the JSONL (keys: id, style, text, identifiers, keep, source). Fully reproducible: "
         "`/work/main/.venv/bin/python build.py && /work/main/.venv/bin/python validate.py && /work/main/.venv/bin/python make_readme.py` "
         "(same bytes under different PYTHONHASHSEED).")
L.append("- `common.py` (markup parser + per-message checks), `validate.py` (whole-file validator), `vocab.py` "
         "(keep-word pools; `CLINICAL` decides whether a keep word is clinical), `make_readme.py` (this file).\n")
L.append(f"**Share by hand:** {hand} of {len(R)} messages ({100 * hand / len(R):.0f}%) are hand-written, "
         f"the rest ({len(R) - hand}) come from templates. Identifiers: "
         f"{sum(v for (t, s), v in ts.items() if s == 'hand')} hand, {sum(v for (t, s), v in ts.items() if s == 'template')} template.\n")
L.append("## Labelling conventions used\n")
L.append("- A whole address (number, street, unit, city, state/region, postcode, line breaks) is ONE LOCATION; a city alone or "
         "city+state is LOCATION; facility/church names next to an address are kept outside the span as keep words.")
L.append("- Titles (Dr., Mrs., Nurse, Frau, Sra., Pani …) and relation words (Mom, Abuela, Oma, Lola, Tía, Babushka …) stay "
         "outside the PERSON span and are listed as keep words. \"GARCIA, MARIA L\" is one PERSON; \"First Last\" is one PERSON; "
         "a first name used alone is listed separately too.")
L.append("- Labelled values: only the value is the identifier (\"DOB [..]\", \"MRN [..]\", \"IBAN [..]\"). Phone extensions "
         "are part of the phone. Helplines (988, 911, 1-800-222-1222, 112 …) and organisations are keep words.")
L.append("- Region: US for US formats and for names/emails/dates in a US context; INTL for non-US phones/addresses/postcodes, "
         "all IBANs, non-Latin names/places, and people/dates in a non-US context.\n")
L.append(f"## Counts\n\nMessages: {len(R)}. Identifiers: {n_ids} "
         f"(US {sum(v for (t, g), v in tr.items() if g == 'US')}, INTL {sum(v for (t, g), v in tr.items() if g == 'INTL')}).\n")
L.append("| type | total | US | INTL | hand | template |\n|---|---:|---:|---:|---:|---:|")
for t in T:
    L.append(f"| {t} | {tr[(t, 'US')] + tr[(t, 'INTL')]} | {tr[(t, 'US')]} | {tr[(t, 'INTL')]} | {ts[(t, 'hand')]} | {ts[(t, 'template')]} |")
L.append("\nACCOUNT_NUMBER breakdown: " + ", ".join(f"{k} {v}" for k, v in sorted(acc.items())) + "\n")
L.append("| style | messages | hand | template |\n|---|---:|---:|---:|")
for s, c in sorted(st.items(), key=lambda x: -x[1]):
    L.append(f"| {s} | {c} | {ss[(s, 'hand')]} | {ss[(s, 'template')]} |")
L.append("\n## Validator output (`validate.py`)\n\nChecks: every identifier and keep entry is an exact substring; keep never "
         "overlaps an identifier occurrence; identifier occurrences sit on word boundaries (CJK/kana/hangul exempt; "
         "occurrences inside a longer identifier exempt); an identifier string never appears elsewhere, in any case, as an "
         "ordinary word outside identifier spans; no duplicate identifiers per message; IBAN mod-97; ABA routing check for "
         "9-digit numbers after a routing/ABA/RTN label; SSNs are US, IBANs INTL; every message has keep words and ≥75% have a "
         "clinical one; global minimums (≥400 messages, ≥1500 ids, ≥900 US, ≥450 INTL, ≥40 per type, ≥60 ACCOUNT_NUMBER, "
         "≥25 per style, ≥150 hand-written).\n")
L.append("```\n" + val.stdout.strip() + "\n```\n")
L.append("## Things the writer was unsure about\n")
L.append("- Hyphen-less possessives typed by real people (\"bills daughter\", \"mrs. hoffmans granddaugher\") are labelled "
         "with the trailing s (`bills`, `hoffmans`) so the span sits on word boundaries.")
L.append("- National health ids (NHS number, Cartão SUS, Versichertennummer, NSS, UHID, Ghana Card …) are labelled "
         "MEDICAL_RECORD_NUMBER / INTL; a Canadian address is INTL, while a NANP number is always US (Canadian phones avoided).")
L.append("- A spelled-out phone (\"eight six six, five five five, …\"), a DOB in words (\"nine twelve nineteen fifty\"), "
         "a Japanese era date (昭和14年5月3日) and digits typed with spaces (\"1 E G 4 T E 5 M K 7 3\") are labelled as identifiers.")
L.append("- Template speaker labels such as \"Daughter {first}\" do not match gender to the Faker name; some template sentences "
         "are grammatically rough (\"the lungs is healing\").")
L.append("- Wrong numbers that people correct in the same message (\"555 0123 7788… sorry, (336) 555-0177\") are both labelled.")
L.append("- The `CLINICAL` list in `vocab.py` was written for this set, so the 75%-clinical check measures against it.")
open("README.md", "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README.md written;", "validator rc", val.returncode)
