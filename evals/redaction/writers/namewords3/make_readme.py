"""Write README.md for neg3 from the built file (counts are computed, never typed by hand)."""
import json
import os
import re
from collections import Counter, defaultdict

from common import LEX, TOKEN_RE, lemma_of, name_words_in

HERE = os.path.dirname(os.path.abspath(__file__))
recs = [json.loads(l) for l in open(os.path.join(HERE, "handwritten_neg3.jsonl"), encoding="utf-8")]
log = open(os.path.join(HERE, "build_log.txt"), encoding="utf-8").read().splitlines()

name_msgs, word_msgs = Counter(), Counter()
cat, src_cat = Counter(), Counter()
styles = defaultdict(Counter)
type_region = defaultdict(Counter)
for r in recs:
    names, words = set(), set()
    for i in r["identifiers"]:
        type_region[i["type"]][i["region"]] += 1
        if i["type"] == "PERSON":
            names.update(name_words_in(i["text"]))
    for k in r["keep"]:
        for t in TOKEN_RE.findall(k):
            lem = lemma_of(t)
            if lem:
                words.add(lem)
    other = any(i["type"] != "PERSON" or not name_words_in(i["text"]) for i in r["identifiers"])
    name_msgs.update(names)
    word_msgs.update(words)
    c = "name" if names else "word_only"
    cat[c] += 1
    src_cat[(r["source"], c)] += 1
    if names and words:
        cat["name+word"] += 1
    if other:
        cat["other"] += 1
        src_cat[(r["source"], "other")] += 1
    if not r["identifiers"]:
        cat["no_id"] += 1
    styles[r["style"]][r["source"]] += 1

N = len(recs)
hand = sum(1 for r in recs if r["source"] == "hand")
both = [w for w in LEX if name_msgs[w] and word_msgs[w]]
only_word = sorted(w for w in LEX if word_msgs[w] and not name_msgs[w])
only_name = sorted(w for w in LEX if name_msgs[w] and not word_msgs[w])
auto_hand = sum(1 for l in log if l.startswith("auto-keep [hand]"))
auto_tmpl = sum(1 for l in log if l.startswith("auto-keep [template]"))
grew = sum(1 for l in log if l.startswith("grew keep"))
pct = lambda x: "%.1f%%" % (100.0 * x / N)

L = []
L.append("# neg3: words that are also names (hand-made training file for the PII redactor)")
L.append("")
L.append("**Who.** A helper session started by the project, working from `evals/redaction/FROZEN_SPEC.md` and the task "
         "brief (`/work/drafts/prompts/neg3.md`) alone. It opened nothing else under `/work/main` and used no search tool; "
         "all words, messages, templates and values are its own invention (Faker for the template values).")
L.append("")
L.append("**When.** 2026-12-07 (UTC).")
L.append("")
L.append("**What.** `handwritten_neg3.jsonl`: %d messages a home team or clinician might type into a health chat. Every "
         "message holds at least one *name-word*: an everyday English word that is also a given name or surname "
         "(hope/Hope, will/Will, young/Mrs. Young, walker/Walker, park/Mrs. Park ...). When the word is a name it is a "
         "`PERSON` identifier; when it is an ordinary word it is listed in `keep` (so a redactor that removes it is "
         "caught). Format as in the spec: `id` (hn3-000 ...), `style`, `text`, `identifiers` (text, type, region), "
         "`keep`, plus `source` (`hand` or `template`)." % N)
L.append("")
L.append("## How")
L.append("")
L.append("- `lexicon.py`: the %d name-words, found by the session (virtues, flowers and herbs, months and seasons, "
         "colours and stones, jobs, verbs and nicknames, adjectives, nature and place words, animals, body parts, "
         "food, and Korean/Chinese surnames that are English words: Park, Moon, Song, Sun, Shin, Chin, Long, Young). "
         "Each has a kind (given name, surname or both) and one or two hand-written ordinary-use fragments for the "
         "templates." % len(LEX))
L.append("- `hand/*.txt`: the hand-written messages, one by one, in many voices (daughters, sons, neighbours, aides, "
         "nurses' terse notes, billing clerks, pharmacists, a patient's own typo-ridden texts). Inline markup: "
         "`[[text|TYPE]]` or `[[text|TYPE|I]]` for an identifier (TYPE code P, L, PH, E, U, SSN, MRN, DOB, ACC; `|I` = "
         "region INTL), `{text}` or `{text|lemma}` for a keep text holding a name-word used as a word, `<<text>>` for "
         "any other keep text (drugs, conditions, relation words, weekdays and months, organisations). Messages are "
         "separated by `===`, each starts with `@style`.")
L.append("- `build.py`: parses the hand files, then fills up to %d messages with `templates.py` (Faker, seed 3303, "
         "en_US plus en_GB, de_DE, fr_FR, es_MX, ja_JP, ko_KR, hi_IN, pt_BR, it_IT, pl_PL, nl_NL for the "
         "international ones). Word-only templates take the name-words with the fewest ordinary uses so far; name "
         "templates take name-words that had no name use yet (and often add the same word, or another, as an ordinary "
         "word), so templates vary the word's use too. `build.py` checks what `validate.py` cannot see without the "
         "markup: every case-sensitive occurrence of an identifier text lies inside a marked identifier. Keep texts are "
         "grown word by word when a case-insensitive match would touch an identifier (\"Will said he will bring\" keeps "
         "`he will bring`, never `will`); this happened %d times. Unmarked ordinary uses of name-words are added to "
         "`keep` automatically and logged in `build_log.txt` (%d in hand messages, all reviewed; %d in templates)."
         % (N, grew, auto_hand, auto_tmpl))
L.append("- `validate.py` (output in `validate_output.txt`): JSON and keys, types and regions, identifier and keep "
         "texts are exact substrings, every identifier occurrence on word boundaries, no title or relation word inside "
         "a PERSON, no keep occurrence (matched case-insensitively) overlapping an identifier occurrence, at least one "
         "name-word per message, and the shares below. `coverage.py` prints which words still lack a use. "
         "`make_readme.py` writes this file.")
L.append("- Rebuild: `/work/main/.venv/bin/python build.py && /work/main/.venv/bin/python validate.py && "
         "/work/main/.venv/bin/python make_readme.py`.")
L.append("")
L.append("## Counts")
L.append("")
L.append("| | messages | share |")
L.append("|---|---:|---:|")
L.append("| all | %d | 100%% |" % N)
L.append("| written by hand | %d | %s |" % (hand, pct(hand)))
L.append("| from templates | %d | %s |" % (N - hand, pct(N - hand)))
L.append("| name-word used as a name (PERSON) | %d | %s |" % (cat["name"], pct(cat["name"])))
L.append("| ... and a name-word also used as a word in the same message | %d | %s |" % (cat["name+word"], pct(cat["name+word"])))
L.append("| name-words only as ordinary words | %d | %s |" % (cat["word_only"], pct(cat["word_only"])))
L.append("| with other identifiers (any non-PERSON, or a PERSON holding no name-word) | %d | %s |" % (cat["other"], pct(cat["other"])))
L.append("| with no identifier at all | %d | %s |" % (cat["no_id"], pct(cat["no_id"])))
L.append("")
L.append("| source | name use | word only | with other identifiers |")
L.append("|---|---:|---:|---:|")
for s in ("hand", "template"):
    L.append("| %s | %d | %d | %d |" % (s, src_cat[(s, "name")], src_cat[(s, "word_only")], src_cat[(s, "other")]))
L.append("")
L.append("Identifiers by type and region:")
L.append("")
L.append("| type | US | INTL | total |")
L.append("|---|---:|---:|---:|")
tot = Counter()
for t in sorted(type_region):
    us, intl = type_region[t]["US"], type_region[t]["INTL"]
    tot["US"] += us
    tot["INTL"] += intl
    L.append("| %s | %d | %d | %d |" % (t, us, intl, us + intl))
L.append("| all | %d | %d | %d |" % (tot["US"], tot["INTL"], tot["US"] + tot["INTL"]))
L.append("")
L.append("Styles:")
L.append("")
L.append("| style | hand | template | total |")
L.append("|---|---:|---:|---:|")
for s, c in sorted(styles.items(), key=lambda kv: -sum(kv[1].values())):
    L.append("| %s | %d | %d | %d |" % (s, c["hand"], c["template"], sum(c.values())))
L.append("")
L.append("(`plain` = ordinary sentence-case texting, where sentence-start capitals such as \"Hope so.\" or "
         "\"Mark the dose ...\" occur.)")
L.append("")
L.append("## The name-words")
L.append("")
L.append("%d name-words in the lexicon, all used in the file; %d of them both as a name and as an ordinary word "
         "(target: at least 150). Counts are messages (a word used twice in one message counts once)."
         % (len(LEX), len(both)))
L.append("")
L.append("Used only as ordinary words (%d): %s." % (len(only_word), ", ".join(only_word) or "none"))
L.append("Used only as names (%d): %s." % (len(only_name), ", ".join(only_name) or "none"))
L.append("")
L.append("| word | name kind | as a name | as a word |")
L.append("|---|---|---:|---:|")
kinds = {"f": "given", "s": "surname", "b": "both"}
for w in sorted(LEX):
    L.append("| %s | %s | %d | %d |" % (w, kinds[LEX[w][0]], name_msgs[w], word_msgs[w]))
L.append("")
L.append("## Things I was unsure about")
L.append("")
L.append("- **What counts as an ordinary use.** Organisation names built from name-words (Good Shepherd Health, "
         "Mercy Hospital, Hope Lodge, Good Grief group) are kept and counted as ordinary uses; so are \"x-ray\" (ray), "
         "\"sun\" for Sunday, month names (April, May, June, August, Jan) and inflected forms (nicked, farmers, "
         "crystals, finches, wells).")
L.append("- **Places as names** (Austin, Georgia, Sydney, Jordan ...) were left out: their other use is a city, "
         "which the spec makes a LOCATION identifier, not a word to keep. Nature words (Brook, Dale, Glen, Hill, "
         "Field, River, Forest) stand in for them.")
L.append("- Some words are weak on one side: rare as English words (glen, dale, felicity, rowan, heath, drake) or "
         "rare as names (marigold, clover, glory, flint, pike). They are few and each use is natural in its message.")
L.append("- **Regions.** Names, e-mails and dates in a US context are US; non-Latin names and places, non-US phones "
         "and addresses are INTL. I also marked Latin-script people writing from Ireland and Poland INTL, which the "
         "spec does not say outright.")
L.append("- **ACCOUNT_NUMBER** is used only for cards and bank/routing numbers; insurance member and Medicare ids "
         "are MEDICAL_RECORD_NUMBER as the spec lists them. The type counts of the other identifiers are small: this "
         "file is about names and words, not a full identifier set.")
L.append("- **Shares.** Name use is %s (target about 40%%) and word-only %s, because most hand-written name messages "
         "were written in pairs with a word message; I merged pairs of name messages rather than drop any. "
         "\"Other identifiers\" (%s) counts a message when it has any non-PERSON identifier or a PERSON with no "
         "name-word in it." % (pct(cat["name"]), pct(cat["word_only"]), pct(cat["other"])))
L.append("- **Re-cased hand messages.** To spread the styles, 54 hand messages first written in sentence case in "
         "files 03-05 were re-cased (every 6th to lower case, every 6th with offset 3 to ALL CAPS, e-mails left as "
         "they were) by a one-off edit of the hand files; 3 more were put back because re-casing made a name and "
         "an ordinary word identical (\"dusty ... dusty vents\"). Their text is still hand-written, but their case "
         "was set mechanically.")
L.append("- Template messages are stiffer than the hand ones (a fragment plus a filler sentence); there are few of "
         "them. Messages are in file order (hand files 01-06, then templates), not shuffled.")
L.append("")
open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README.md written")
