"""Inline markup used in hand/*.txt and by the templates.

  [[text|TAG...]]   an identifier. TAG is one of
                      P or N (PERSON), LOC, PHONE, EMAIL, URL, SSN, MRN, DOB, ACCT
                    plus an optional region US or INTL (default US), and for a LOCATION
                    that is a place-word (Georgia, Austin ...) W:lemma.
                    Name-words inside a PERSON are found automatically.
  ((text))          an ordinary-word use of a name-word; ((forms|lemma)) if the form differs.
  {{text}}          a clinical / other keep word.

Blocks in hand files start with a line "=== style"; lines starting with "#" outside a
block are comments.

Any name-word that appears outside identifiers without (( )) is found automatically and
treated as an ordinary-word use (so it goes to keep too).
"""
import re

from words import INFLECTIONS, PLACE_WORDS, WORDS

TYPE_TAGS = {
    "P": "PERSON", "N": "PERSON", "LOC": "LOCATION", "PHONE": "PHONE_NUMBER",
    "EMAIL": "EMAIL_ADDRESS", "URL": "URL", "SSN": "US_SSN", "MRN": "MEDICAL_RECORD_NUMBER",
    "DOB": "DATE_OF_BIRTH", "ACCT": "ACCOUNT_NUMBER",
}
MARK_RE = re.compile(r"\[\[(.+?)\]\]|\(\((.+?)\)\)|\{\{(.+?)\}\}", re.S)
# a name-word token: not glued to letters, apostrophes or hyphens on either side
TOKEN_RE = re.compile(r"(?<![\w'’\-])([A-Za-z]+)(?![\w'’\-])")
WORDTOK_RE = re.compile(r"[\w'’\-]+")


class MarkupError(Exception):
    pass


def occurrences(text, sub, ci=False):
    """All (start, end) spans of sub in text (overlapping allowed)."""
    if not sub:
        return []
    hay = text.lower() if ci else text
    needle = sub.lower() if ci else sub
    out, i = [], hay.find(needle)
    while i != -1:
        out.append((i, i + len(needle)))
        i = hay.find(needle, i + 1)
    return out


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def parse(markup):
    """Return dict(text, identifiers, keep, uses, place_uses) or raise MarkupError."""
    out, pos = [], 0
    idents, word_spans, keeps, place_uses = [], [], [], []
    cur = 0  # length of output so far
    for m in MARK_RE.finditer(markup):
        plain = markup[pos:m.start()]
        out.append(plain)
        cur += len(plain)
        if m.group(1) is not None:
            parts = m.group(1).split("|")
            txt, tags = parts[0], [t.strip() for t in parts[1:]]
            typ, region, place = None, "US", None
            for t in tags:
                T = t.upper()
                if T in TYPE_TAGS:
                    typ = TYPE_TAGS[T]
                elif T in ("US", "INTL"):
                    region = T
                elif T.startswith("W:"):
                    place = t[2:].lower()
                    if place not in PLACE_WORDS:
                        raise MarkupError(f"unknown place word {place!r}")
                else:
                    raise MarkupError(f"bad tag {t!r} in {m.group(0)!r}")
            if typ is None:
                raise MarkupError(f"no type in {m.group(0)!r}")
            idents.append({"text": txt, "type": typ, "region": region, "span": (cur, cur + len(txt))})
            if place:
                place_uses.append({"word": place, "use": "location", "span": (cur, cur + len(txt))})
            out.append(txt)
            cur += len(txt)
        elif m.group(2) is not None:
            parts = m.group(2).split("|")
            txt = parts[0]
            lemma = (parts[1] if len(parts) > 1 else txt).lower()
            if lemma not in WORDS:
                raise MarkupError(f"(({txt})) lemma {lemma!r} is not in the word list")
            word_spans.append({"word": lemma, "use": "word", "span": (cur, cur + len(txt)), "marked": True})
            out.append(txt)
            cur += len(txt)
        else:
            txt = m.group(3)
            keeps.append({"text": txt, "span": (cur, cur + len(txt))})
            out.append(txt)
            cur += len(txt)
        pos = m.end()
    out.append(markup[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "((" in text or "{{" in text or "}}" in text:
        raise MarkupError("unbalanced markup: " + text[:80])

    # name uses: name-word tokens inside PERSON identifiers
    name_uses = []
    for idn in idents:
        if idn["type"] != "PERSON":
            continue
        s0 = idn["span"][0]
        for t in TOKEN_RE.finditer(idn["text"]):
            lw = t.group(1).lower()
            if lw in WORDS:
                name_uses.append({"word": lw, "use": "name", "span": (s0 + t.start(1), s0 + t.end(1))})
            elif lw in PLACE_WORDS:
                place_uses.append({"word": lw, "use": "name", "span": (s0 + t.start(1), s0 + t.end(1))})

    # unmarked ordinary uses of name-words outside identifier spans
    id_spans = [i["span"] for i in idents]
    # repeats of a longer identifier ("Eleanor Price" written twice) are name uses too
    longer = []
    for i in idents:
        for o in occurrences(text, i["text"]):
            longer.append((o, len(i["text"])))
    marked = [w["span"] for w in word_spans]
    for t in TOKEN_RE.finditer(text):
        sp = (t.start(1), t.end(1))
        lw = t.group(1).lower()
        lw = INFLECTIONS.get(lw, lw)
        if lw not in WORDS:
            continue
        if any(overlaps(sp, s) for s in id_spans) or any(overlaps(sp, s) for s in marked):
            continue
        if any(overlaps(sp, o) and n > sp[1] - sp[0] for o, n in longer):
            continue
        word_spans.append({"word": lw, "use": "word", "span": sp, "marked": False})

    return {"text": text, "idents": idents, "word_uses": word_spans, "name_uses": name_uses,
            "keeps": keeps, "place_uses": place_uses}


def ident_occurrences(text, idents):
    occ = []
    for idn in idents:
        occ.extend(occurrences(text, idn["text"]))
    return occ


def resolve_keep(text, span, id_occ, max_width=5):
    """Smallest phrase around span whose every case-insensitive occurrence avoids identifiers."""
    toks = [(m.start(), m.end()) for m in WORDTOK_RE.finditer(text)]
    # token index containing span start
    idx = next((k for k, (a, b) in enumerate(toks) if a <= span[0] < b), None)
    cands = [span]
    if idx is not None:
        for width in range(2, max_width + 1):
            for left in range(0, width):
                lo, hi = idx - left, idx - left + width - 1
                if lo < 0 or hi >= len(toks):
                    continue
                a = min(toks[lo][0], span[0])
                b = max(toks[hi][1], span[1])
                cands.append((a, b))
    for a, b in cands:
        phrase = text[a:b]
        if "\n" in phrase:
            continue
        if all(not overlaps(o, io) for o in occurrences(text, phrase, ci=True) for io in id_occ):
            return phrase
    return None


def to_record(parsed):
    """Build identifiers/keep lists from a parsed message; raise MarkupError on conflicts."""
    text = parsed["text"]
    idents = []
    seen = set()
    for idn in parsed["idents"]:
        key = (idn["text"], idn["type"])
        if key in seen:
            continue
        seen.add(key)
        idents.append({"text": idn["text"], "type": idn["type"], "region": idn["region"]})
    id_occ = ident_occurrences(text, idents)
    # a word use must not be swallowed by any identifier occurrence
    for w in parsed["word_uses"]:
        if any(overlaps(w["span"], o) for o in id_occ):
            raise MarkupError(f"word use {text[w['span'][0]:w['span'][1]]!r} is covered by an identifier")
    keep = []
    for w in parsed["word_uses"]:
        ph = resolve_keep(text, w["span"], id_occ)
        if ph is None:
            raise MarkupError(f"no safe keep phrase for {text[w['span'][0]:w['span'][1]]!r}")
        w["keep"] = ph
        if ph not in keep:
            keep.append(ph)
    for k in parsed["keeps"]:
        if any(overlaps(o, io) for o in occurrences(text, k["text"], ci=True) for io in id_occ):
            raise MarkupError(f"keep {k['text']!r} overlaps an identifier")
        if k["text"] not in keep:
            keep.append(k["text"])
    return idents, keep
