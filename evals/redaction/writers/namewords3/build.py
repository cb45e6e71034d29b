"""Build handwritten_neg3.jsonl: parse the hand-written files in hand/, then fill up with templates.

Hand markup (see the head of hand/01_family_texts.txt):
  [[text|TYPE]] / [[text|TYPE|I]]   identifier (TYPE code from common.TYPE_CODES, |I = region INTL)
  {text} / {text|lemma}             keep text holding a name-word used as an ordinary word
  <<text>>                          other keep text (clinical, relation words, months, organisations)
  "===" line between messages, "@style" first line of each message.

Checks done here (stricter than validate.py, because the markup is known here):
  - every case-sensitive occurrence of an identifier text lies inside a marked identifier span
  - every occurrence of an identifier text sits on word boundaries
  - keep texts are grown word by word until no case-insensitive occurrence touches an identifier occurrence
Unmarked name-words outside identifiers are ordinary uses and are added to keep automatically (logged).
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

from common import (LEX, TYPE_CODES, TOKEN_RE, id_occurrence_spans, lemma_of, name_words_in, occurrences,
                    on_boundary, overlaps)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "handwritten_neg3.jsonl")
LOG = os.path.join(HERE, "build_log.txt")
TARGET_TOTAL = 450
SEED = 3303

MARK_RE = re.compile(r"\[\[(.+?)\]\]|<<(.+?)>>|\{(.+?)\}", re.S)


class BuildError(Exception):
    pass


def parse_marked(raw):
    """Turn marked-up text into (text, ids, keeps); spans are offsets into text."""
    text, ids, keeps, pos = [], [], [], 0
    cur = 0
    for m in MARK_RE.finditer(raw):
        text.append(raw[pos:m.start()])
        cur += m.start() - pos
        if m.group(1) is not None:
            parts = m.group(1).split("|")
            region = "US"
            if parts[-1] == "I":
                region = "INTL"
                parts = parts[:-1]
            if len(parts) != 2 or parts[1] not in TYPE_CODES:
                raise BuildError("bad identifier markup: %r" % m.group(0))
            val = parts[0]
            ids.append({"text": val, "type": TYPE_CODES[parts[1]], "region": region, "span": (cur, cur + len(val))})
        elif m.group(2) is not None:
            val = m.group(2)
            keeps.append({"text": val, "span": (cur, cur + len(val)), "kind": "other"})
        else:
            parts = m.group(3).split("|")
            val = parts[0]
            k = {"text": val, "span": (cur, cur + len(val)), "kind": "word"}
            if len(parts) > 1:
                k["lemma"] = parts[1]
            keeps.append(k)
        text.append(val)
        cur += len(val)
        pos = m.end()
    text.append(raw[pos:])
    return "".join(text), ids, keeps


def parse_hand_file(path):
    msgs = []
    raw = open(path, encoding="utf-8").read()
    blocks = re.split(r"^===\s*$", raw, flags=re.M)
    for b in blocks[1:]:
        lines = b.strip("\n").split("\n")
        while lines and not lines[0].strip():
            lines.pop(0)
        if not lines:
            continue
        if not lines[0].startswith("@"):
            raise BuildError("%s: block without @style: %r" % (path, lines[0]))
        style = lines[0][1:].strip()
        body = "\n".join(lines[1:]).strip("\n")
        text, ids, keeps = parse_marked(body)
        msgs.append({"style": style, "source": "hand", "text": text, "ids": ids, "keeps": keeps,
                     "origin": os.path.basename(path)})
    return msgs


def in_any(span, spans):
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def word_bounds(text):
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def grow_keep(text, span, id_spans):
    """Grow a keep span by whole words until its text has no case-insensitive occurrence touching an identifier."""
    s, e = span

    def bad(s, e):
        sub = text[s:e]
        for o in occurrences(text, sub, ci=True):
            for a, b, _ in id_spans:
                if overlaps(o, o + len(sub), a, b):
                    return True
        return False

    steps = 0
    while bad(s, e):
        steps += 1
        if steps > 12:
            raise BuildError("cannot make keep unique: %r in %r" % (text[span[0]:span[1]], text))
        # try right first, then left; never swallow an identifier
        grown = False
        m = re.match(r"\s*\S+", text[e:])
        if m:
            ne = e + m.end()
            # strip trailing punctuation
            while ne > e and not text[ne - 1].isalnum():
                ne -= 1
            if ne > e and not any(overlaps(s, ne, a, b) for a, b, _ in id_spans):
                e = ne
                grown = True
        if not grown:
            m = re.search(r"\S+\s*$", text[:s])
            if m:
                ns = m.start()
                while ns < s and not text[ns].isalnum():
                    ns += 1
                if ns < s and not any(overlaps(ns, e, a, b) for a, b, _ in id_spans):
                    s = ns
                    grown = True
        if not grown:
            raise BuildError("cannot grow keep %r in %r" % (text[span[0]:span[1]], text))
    return s, e


def finalize(msg, log):
    text = msg["text"]
    # identifiers: dedupe, one type per text
    idents, seen = [], {}
    for i in msg["ids"]:
        key = i["text"]
        if key in seen:
            if seen[key]["type"] != i["type"]:
                raise BuildError("same text, two types: %r" % key)
            continue
        seen[key] = i
        idents.append({"text": i["text"], "type": i["type"], "region": i["region"]})
    marked = [i["span"] for i in msg["ids"]]
    id_spans = id_occurrence_spans(text, idents)
    for a, b, t in id_spans:
        if not in_any((a, b), marked):
            raise BuildError("unmarked occurrence of identifier %r at %d in %r" % (t, a, text))
        if not on_boundary(text, a, b):
            raise BuildError("identifier %r not on word boundary in %r" % (t, text))
    for i in msg["ids"]:
        if text[i["span"][0]:i["span"][1]] != i["text"]:
            raise BuildError("span mismatch")
    # auto-add unmarked ordinary uses of name-words
    keeps = list(msg["keeps"])
    taken = marked + [k["span"] for k in keeps]
    for m in TOKEN_RE.finditer(text):
        sp = (m.start(), m.end())
        if any(overlaps(sp[0], sp[1], a, b) for a, b in taken):
            continue
        if any(overlaps(sp[0], sp[1], a, b) for a, b, _ in id_spans):
            continue
        lem = lemma_of(m.group(0))
        if lem:
            keeps.append({"text": m.group(0), "span": sp, "kind": "auto"})
            log.append("auto-keep [%s] %r in: %s" % (msg["source"], m.group(0), text.replace("\n", " / ")[:150]))
    # grow keeps until safe
    out_keeps = []
    for k in keeps:
        s, e = grow_keep(text, k["span"], id_spans)
        if (s, e) != k["span"]:
            log.append("grew keep %r -> %r" % (k["text"], text[s:e]))
        kt = text[s:e]
        if k["kind"] == "word" or k["kind"] == "auto":
            lem = k.get("lemma")
            found = [lemma_of(t) for t in TOKEN_RE.findall(kt)]
            found = [f for f in found if f]
            if lem and lem not in found:
                raise BuildError("lemma %r not found in keep %r" % (lem, kt))
            if not found:
                raise BuildError("word keep %r holds no name-word" % kt)
        if kt not in out_keeps:
            out_keeps.append(kt)
    return {"style": msg["style"], "source": msg["source"], "text": text, "identifiers": idents, "keep": out_keeps}


def classify(rec):
    """Name-word uses derived from the record alone (same logic as validate.py)."""
    names = set()
    for i in rec["identifiers"]:
        if i["type"] == "PERSON":
            names.update(name_words_in(i["text"]))
    words = set()
    for k in rec["keep"]:
        for t in TOKEN_RE.findall(k):
            lem = lemma_of(t)
            if lem:
                words.add(lem)
    other = any(i["type"] != "PERSON" or not name_words_in(i["text"]) for i in rec["identifiers"])
    return names, words, other


def main():
    log = []
    hand_dir = os.path.join(HERE, "hand")
    hand = []
    for fn in sorted(os.listdir(hand_dir)):
        if fn.endswith(".txt"):
            hand.extend(parse_hand_file(os.path.join(hand_dir, fn)))
    recs = []
    errors = 0
    for m in hand:
        try:
            recs.append(finalize(m, log))
        except BuildError as ex:
            errors += 1
            print("ERROR (%s): %s" % (m["origin"], ex), file=sys.stderr)
    if errors:
        sys.exit(1)
    n_hand = len(recs)
    # coverage so far
    name_cov, word_cov = Counter(), Counter()
    for r in recs:
        n, w, _ = classify(r)
        name_cov.update(n)
        word_cov.update(w)
    import templates
    rng = random.Random(SEED)
    want = max(0, TARGET_TOTAL - n_hand)
    tmpl = templates.generate(want, rng, name_cov, word_cov, recs)
    for m in tmpl:
        recs.append(finalize(m, log))
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs):
            obj = {"id": "hn3-%03d" % i, "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                   "keep": r["keep"], "source": r["source"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    with open(LOG, "w", encoding="utf-8") as f:
        f.write("\n".join(log) + "\n")
    print("wrote %d messages (%d hand, %d template) to %s" % (len(recs), n_hand, len(recs) - n_hand, OUT))


if __name__ == "__main__":
    main()
