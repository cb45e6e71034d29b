"""Write README.md from the built file and its sidecar (the prose is fixed, the tables are counted)."""
import json
import os
from collections import Counter

from words import PLACE_WORDS, WORDS

HERE = os.path.dirname(os.path.abspath(__file__))
recs = [json.loads(l) for l in open(os.path.join(HERE, "handwritten_neg2.jsonl"), encoding="utf-8")]
side = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(HERE, "name_word_uses.jsonl"), encoding="utf-8")}

n = len(recs)
src = Counter(r["source"] for r in recs)
name_c, word_c = Counter(), Counter()
name_c_src, word_c_src = Counter(), Counter()
name_msgs = Counter()
word_only = Counter()
other = Counter()
both_in_msg = 0
tr = Counter()
styles = Counter()
place = {w: Counter() for w in PLACE_WORDS}
for r in recs:
    s = side[r["id"]]
    uses = s["uses"]
    has_name = any(u["use"] == "name" for u in uses)
    has_word = any(u["use"] == "word" for u in uses)
    for u in uses:
        (name_c if u["use"] == "name" else word_c)[u["word"]] += 1
    for u in s["place_uses"]:
        place[u["word"]][u["use"]] += 1
    if has_name:
        name_msgs[r["source"]] += 1
        both_in_msg += has_word
    else:
        word_only[r["source"]] += 1
    if s["other_identifiers"]:
        other[r["source"]] += 1
    for i in r["identifiers"]:
        tr[(i["type"], i["region"])] += 1
    styles[(r["style"], r["source"])] += 1

L = []
A = L.append
A("# handwritten_neg2.jsonl: words that are also names")
A("")
A("**Who:** a helper session started by the project, working only from "
  "`/work/main/evals/redaction/FROZEN_SPEC.md` (format, identifier types, labelling) and the task brief "
  "`/work/drafts/prompts/neg2.md`. Nothing else under `/work/main` was opened and no search tool was used; "
  "all messages, word lists and templates are invented here.")
A("")
A("**When:** 2026-12-07.")
A("")
A("**What:** %d messages a home team or a clinician might type into a health chat, each containing at least one "
  "everyday English word that is also a given name or surname (%d such words, listed below). In some messages the "
  "word is a name (labelled PERSON), in others an ordinary word (listed in `keep`), and across the file every "
  "word appears both ways." % (n, len(WORDS)))
A("")
A("## How")
A("")
A("- `hand/*.txt`: the hand-written messages, written one by one in different voices (family texts, ALL CAPS, "
  "headings and lists, chat exports, e-mail/billing/forms, clinician notes, mixed voices, place-names). "
  "Each block starts with `=== style`. Inline markup (see `markup.py`):")
A("  - `[[text|P]]` PERSON; `[[text|LOC]]`, `PHONE`, `EMAIL`, `URL`, `SSN`, `MRN`, `DOB`, `ACCT`; add `|INTL` for "
  "region INTL (default US); `|W:georgia` marks a LOCATION that is one of the place-names.")
A("  - `((word))` an ordinary use of a name-word (`((crystals|crystal))` for an inflected form).")
A("  - `{{text}}` a clinical or other keep word (drug, condition, relation word, organisation ...).")
A("  - Any listed name-word left outside identifiers without markup is found automatically and treated as an "
  "ordinary use; name-words inside a PERSON identifier are name uses.")
A("- `words.py`: the name-word list (kind: given name, surname or both) with hand-written ordinary-use snippets "
  "for the templates, the place-names, and the inflected forms.")
A("- `build.py`: parses the hand files, then fills the rest from templates written here (Faker 40.63, seed "
  "20261207; names from en_US, es_MX, pt_BR, it_IT, vi_VN, fil_PH, pl_PL for US-context names and ja_JP, zh_CN, "
  "ko_KR, ru_RU, ar_SA for non-Latin INTL names; addresses en_US and en_GB, de_DE, fr_FR, it_IT, nl_NL, es_MX, "
  "pt_BR; IBANs de_DE, fr_FR, en_GB, nl_NL, it_IT). Templates first give a name use to every word the hand "
  "messages had not yet used as a name, then balance the shares. Name templates use the word as a given name "
  "(\"Thanks Wren for covering Monday!\") or a surname (\"Mrs. Frost\", \"Laura Hand\"), and in about a third of "
  "them the same word also appears as an ordinary word (\"KRISTINA SNOW ... SNOW DAY, DO WE CANCEL\"). "
  "The messages are shuffled with the seed and numbered `hn2-000` ...")
A("- Keep phrases: the ordinary use goes to `keep` as the bare word when that is safe; when the same letters "
  "(case-insensitive) also occur inside an identifier, the keep text grows by neighbouring words until every "
  "case-insensitive occurrence is clear of identifiers (\"Will said he will bring\" -> keep `will bring`).")
A("- `validate.py` (output in `validate_output.txt`): JSON and keys, ids, snake_case styles, types and regions, "
  "every identifier and keep text an exact substring, every identifier occurrence on word boundaries and never the "
  "front of a contraction (\"Don\" in \"Don't\"), no keep occurrence (case-insensitive) overlapping an identifier "
  "occurrence, titles outside PERSON, non-Latin and non-US phone/IBAN values INTL, every name use inside a PERSON, "
  "every ordinary use outside all identifier occurrences and covered by a keep entry, at least one name-word in "
  "every text, and the shares below. `name_word_uses.jsonl` is its sidecar (every name-word use with its span).")
A("- Helpers used while writing: `check_hand.py` (quick counts and errors), `review_dump.py` (read-through).")
A("")
A("Rebuild: `cd /work/drafts/neg2 && /work/main/.venv/bin/python build.py && "
  "/work/main/.venv/bin/python validate.py > validate_output.txt && /work/main/.venv/bin/python make_readme.py`")
A("")
A("## Shares")
A("")
A("| | hand | template | all |")
A("|---|---:|---:|---:|")
A(f"| messages | {src['hand']} | {src['template']} | {n} |")
A(f"| share | {src['hand'] / n:.1%} | {src['template'] / n:.1%} | 100% |")
A(f"| a name-word used as a name | {name_msgs['hand']} | {name_msgs['template']} | "
  f"{sum(name_msgs.values())} ({sum(name_msgs.values()) / n:.1%}) |")
A(f"| name-words only as ordinary words | {word_only['hand']} | {word_only['template']} | "
  f"{sum(word_only.values())} ({sum(word_only.values()) / n:.1%}) |")
A(f"| other identifiers (non-name-word names, phones, addresses ...) | {other['hand']} | {other['template']} | "
  f"{sum(other.values())} ({sum(other.values()) / n:.1%}) |")
A("")
A(f"Of the {sum(name_msgs.values())} messages with a name use, {both_in_msg} also use a name-word (the same or "
  f"another) as an ordinary word. Name uses in all: {sum(name_c.values())}; ordinary uses: {sum(word_c.values())}.")
A("")
A("## Identifiers by type and region")
A("")
A("| type | US | INTL | all |")
A("|---|---:|---:|---:|")
types = sorted({t for t, _ in tr})
for t in types:
    A(f"| {t} | {tr[(t, 'US')]} | {tr[(t, 'INTL')]} | {tr[(t, 'US')] + tr[(t, 'INTL')]} |")
us = sum(v for (t, r), v in tr.items() if r == "US")
intl = sum(v for (t, r), v in tr.items() if r == "INTL")
A(f"| **all** | {us} | {intl} | {us + intl} |")
A("")
A("This file is about names and words, so most identifiers are PERSON; it does not try to meet the frozen split's "
  "per-type minimums.")
A("")
A("## Styles")
A("")
A("| style | hand | template | all |")
A("|---|---:|---:|---:|")
for st in sorted({s for s, _ in styles}, key=lambda s: -(styles[(s, 'hand')] + styles[(s, 'template')])):
    A(f"| {st} | {styles[(st, 'hand')]} | {styles[(st, 'template')]} | {styles[(st, 'hand')] + styles[(st, 'template')]} |")
A("")
A("## The name-words")
A("")
A("Kind: g = used as a given name, s = surname, b = both. Counts are uses (a message can hold several). "
  "Ordinary uses include every occurrence of the word outside identifiers (so very common words such as *will*, "
  "*may*, *long*, *best* are high).")
A("")
A("| word | kind | as name | as word | | word | kind | as name | as word |")
A("|---|---|---:|---:|---|---|---|---:|---:|")
ws = sorted(WORDS)
half = (len(ws) + 1) // 2
for a, b in zip(ws[:half], ws[half:] + [None]):
    left = f"| {a} | {WORDS[a][0]} | {name_c[a]} | {word_c[a]} |"
    right = f" | {b} | {WORDS[b][0]} | {name_c[b]} | {word_c[b]} |" if b else " | | | | |"
    A(left + right)
A("")
A("Place names that are also given names (extra, not among the words above): the name use is a PERSON, the other "
  "use a LOCATION identifier.")
A("")
A("| place-name | as name | as location |")
A("|---|---:|---:|")
for w in sorted(PLACE_WORDS):
    A(f"| {w} | {place[w]['name']} | {place[w]['location']} |")
A("")
A("## Labelling choices and doubts")
A("")
A("- Identifier occurrences are exact and case-sensitive, as in the spec. So \"Will said he will bring\" is fine "
  "(identifier `Will`, keep `will bring`), but a message never has the same word in the same letters both as a "
  "name and as a word (\"WILL SAID HE WILL\", or \"hope\" as a name in lower case next to \"we hope\"), because "
  "every occurrence of an identifier must go. The validator enforces this. A redactor that matches names "
  "case-insensitively would still take \"will\" in the first example; that is in the nature of the brief's own "
  "example.")
A("- Titles (Dr., Mrs., Mr., Ms., Nurse, Chaplain) and relation words (Aunt, Mom, my sister) stay outside the "
  "PERSON text.")
A("- Capitalised words in headings and names of rooms, choirs or programmes (\"Rose Garden Day Room\", \"Mercy "
  "Hospice Family Evening\", \"Senior Harmony Choir\", \"Hope Support Group\") are treated as ordinary words kept, "
  "not as a person. \"Mercy Hospice\" could be read as an organisation named after a person; I kept it.")
A("- Person names in Latin script are region US in a US context whatever their origin (\"Soo-jin Park\", "
  "\"Yusuf Demir\"); names in non-Latin script are INTL (\"李伟\", \"田中恵子\"). Member, policy and Medicare ids "
  "are MEDICAL_RECORD_NUMBER; card, bank and routing numbers and IBANs are ACCOUNT_NUMBER (IBANs INTL).")
A("- Labels stay outside values (\"MRN 00482193\" -> identifier `00482193`).")
A("- Street-type words inside Faker addresses (\"... Lane\", \"... Street\", \"Lake ...\") are part of a LOCATION "
  "and are not counted as name-word uses.")
A("- Some \"lower_case\" messages capitalise the one name (\"Bill says he'll call medicare\"), as people do; "
  "other lower-case messages have lower-case names (\"can sandy do wednesday\").")
A("- Template text is simpler than the hand text and Faker values are sometimes odd (a name and a pronoun that "
  "don't agree, made-up towns). Typos in templates never touch name-words, identifiers or keep words.")
A("- The file is weighted towards PERSON and does not meet the frozen split's per-type minimums (that was not "
  "asked); URL does not occur.")

open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README.md written")
