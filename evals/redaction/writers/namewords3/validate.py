"""Validate handwritten_neg3.jsonl against the spec's format and this file's own targets.

Hard checks (any failure -> exit 1):
  - valid JSON per line, exactly the keys id, style, text, identifiers, keep, source; ids hn3-000.. in order
  - identifier text/type/region valid; every identifier text is an exact substring
  - every (case-sensitive) occurrence of an identifier text sits on word boundaries
  - no PERSON text starts with a title or relation word (Dr., Mrs., Mom ...)
  - every keep text is an exact substring; no occurrence of a keep text, matched case-insensitively,
    overlaps an occurrence of an identifier text (so "will" cannot be a keep when "Will" is a name)
  - every message holds at least one name-word (as a PERSON identifier or inside a keep text)
  - shares: 400-450 messages; hand >= 60%; word-only 55-65%; name use 35-45%; other identifiers 28-40%;
    at least 150 distinct name-words used both as a name and as a word
Name-word uses are derived from the record alone: lexicon tokens inside PERSON texts are name uses,
lexicon tokens inside keep texts are ordinary uses.
"""
import json
import os
import re
import sys
from collections import Counter

from common import LEX, REGIONS, TOKEN_RE, TYPES, lemma_of, name_words_in, occurrences, on_boundary, overlaps

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "handwritten_neg3.jsonl")
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
TITLE_RE = re.compile(r"^(dr|mrs|mr|ms|miss|nurse|pastor|mom|dad|aunt|uncle|grandma|grandpa|son|daughter)\b\.?\s", re.I)


def main():
    errors, out = [], []
    recs = []
    for n, line in enumerate(open(PATH, encoding="utf-8")):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as ex:
            errors.append("line %d: bad JSON (%s)" % (n + 1, ex))
            continue
        recs.append(r)
        where = "line %d (%s)" % (n + 1, r.get("id"))
        if set(r) != KEYS:
            errors.append("%s: keys %s" % (where, sorted(r)))
            continue
        if r["id"] != "hn3-%03d" % n:
            errors.append("%s: id out of order" % where)
        if r["source"] not in ("hand", "template"):
            errors.append("%s: source %r" % (where, r["source"]))
        if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
            errors.append("%s: style %r" % (where, r["style"]))
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append("%s: empty text" % where)
            continue
        id_spans = []
        for i in r["identifiers"]:
            if set(i) != {"text", "type", "region"}:
                errors.append("%s: identifier keys %s" % (where, sorted(i)))
                continue
            if i["type"] not in TYPES:
                errors.append("%s: type %r" % (where, i["type"]))
            if i["region"] not in REGIONS:
                errors.append("%s: region %r" % (where, i["region"]))
            occ = occurrences(text, i["text"])
            if not occ:
                errors.append("%s: identifier %r not in text" % (where, i["text"]))
            for o in occ:
                if not on_boundary(text, o, o + len(i["text"])):
                    errors.append("%s: identifier %r at %d not on word boundary" % (where, i["text"], o))
                id_spans.append((o, o + len(i["text"]), i["text"]))
            if i["type"] == "PERSON" and TITLE_RE.match(i["text"]):
                errors.append("%s: title/relation inside PERSON %r" % (where, i["text"]))
        if not isinstance(r["keep"], list):
            errors.append("%s: keep not a list" % where)
            continue
        for k in r["keep"]:
            if not isinstance(k, str) or not k or k not in text:
                errors.append("%s: keep %r not in text" % (where, k))
                continue
            for o in occurrences(text, k, ci=True):
                for a, b, t in id_spans:
                    if overlaps(o, o + len(k), a, b):
                        errors.append("%s: keep %r at %d overlaps identifier %r" % (where, k, o, t))
    # ----- name-word uses and shares -----
    name_cov, word_cov = Counter(), Counter()
    cat = Counter()
    styles, src = Counter(), Counter()
    types, regions = Counter(), Counter()
    name_and_word = 0
    no_keep = 0
    for r in recs:
        names = set()
        for i in r["identifiers"]:
            types[i["type"]] += 1
            regions[i["region"]] += 1
            if i["type"] == "PERSON":
                names.update(name_words_in(i["text"]))
        words = set()
        for k in r["keep"]:
            for t in TOKEN_RE.findall(k):
                lem = lemma_of(t)
                if lem:
                    words.add(lem)
        other = any(i["type"] != "PERSON" or not name_words_in(i["text"]) for i in r["identifiers"])
        name_cov.update(names)
        word_cov.update(words)
        if names:
            cat["name"] += 1
            if words:
                name_and_word += 1
        elif words:
            cat["word_only"] += 1
        else:
            errors.append("%s: no name-word in the message" % r["id"])
        if other:
            cat["other_identifiers"] += 1
        if not r["identifiers"]:
            cat["no_identifier"] += 1
        if not r["keep"]:
            no_keep += 1
        if any(not any(lemma_of(t) for t in TOKEN_RE.findall(k)) for k in r["keep"]):
            cat["other_keep"] += 1
        styles[r["style"]] += 1
        src[r["source"]] += 1
    total = len(recs)
    both = sorted(w for w in LEX if name_cov[w] and word_cov[w])
    share = lambda x: x / total if total else 0

    out.append("file: %s" % PATH)
    out.append("messages: %d (hand %d = %.1f%%, template %d)" % (total, src["hand"], 100 * share(src["hand"]), src["template"]))
    out.append("name-word used as a name (PERSON): %d = %.1f%%" % (cat["name"], 100 * share(cat["name"])))
    out.append("  of which also a name-word as an ordinary word in the same message: %d" % name_and_word)
    out.append("name-words only as ordinary words: %d = %.1f%%" % (cat["word_only"], 100 * share(cat["word_only"])))
    out.append("  (of all messages, with no identifier at all: %d)" % cat["no_identifier"])
    out.append("messages with other identifiers (non-PERSON, or a PERSON without a name-word): %d = %.1f%%"
               % (cat["other_identifiers"], 100 * share(cat["other_identifiers"])))
    out.append("messages with an empty keep list: %d" % no_keep)
    out.append("messages whose keep also lists a clinical/relation/month/organisation word: %d = %.1f%%"
               % (cat["other_keep"], 100 * share(cat["other_keep"])))
    out.append("distinct name-words used: %d; as a name: %d; as a word: %d; both ways: %d"
               % (sum(1 for w in LEX if name_cov[w] or word_cov[w]), sum(1 for w in LEX if name_cov[w]),
                  sum(1 for w in LEX if word_cov[w]), len(both)))
    out.append("identifiers by type: " + ", ".join("%s %d" % kv for kv in sorted(types.items())))
    out.append("identifiers by region: " + ", ".join("%s %d" % kv for kv in sorted(regions.items())))
    out.append("styles: " + ", ".join("%s %d" % kv for kv in styles.most_common()))

    if not 400 <= total <= 450:
        errors.append("message count %d not in 400-450" % total)
    if share(src["hand"]) < 0.60:
        errors.append("hand share below 60%")
    if not 0.55 <= share(cat["word_only"]) <= 0.65:
        errors.append("word-only share %.3f not about 60%%" % share(cat["word_only"]))
    if not 0.35 <= share(cat["name"]) <= 0.45:
        errors.append("name share %.3f not about 40%%" % share(cat["name"]))
    if not 0.28 <= share(cat["other_identifiers"]) <= 0.40:
        errors.append("other-identifier share %.3f not about a third" % share(cat["other_identifiers"]))
    if len(both) < 150:
        errors.append("only %d name-words used both ways" % len(both))

    out.append("")
    out.append("ERRORS: %d" % len(errors))
    out.extend("  " + e for e in errors[:200])
    out.append("RESULT: %s" % ("PASS" if not errors else "FAIL"))
    text = "\n".join(out) + "\n"
    sys.stdout.write(text)
    with open(os.path.join(HERE, "validate_output.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
