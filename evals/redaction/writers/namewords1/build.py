"""Build handwritten_neg1.jsonl from the hand-written files in hand/ plus templates.

Hand markup (my own):
  "@ style"            starts a message; everything up to the next "@ " line is its text
  "%% ..."             comment line
  [text]               PERSON, region US
  [text|CODE]          CODE = P L PH E U SSN MRN DOB ACC (region US)
  [text|CODE|INTL]     same, region INTL
  {text}               a keep entry (clinical word, title words, ...)
The build adds to keep, by itself: ordinary uses of the name-words (widened to a short phrase
when the bare word would also match an identifier), clinical words from words.CLINICAL,
relation words and contractions. It refuses a message in which an identifier text occurs
somewhere that is not marked, cuts a word, or in which a keep text would touch an identifier.

Usage: python build.py            (writes handwritten_neg1.jsonl)
       python build.py --report   (hand files only: errors and name-word coverage)
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import (NAME_WORD_RE, occurrences, on_word_boundary, in_contraction,  # noqa: E402
                    name_word_uses, place_uses)
from words import NAME_WORDS, CLINICAL, RELATION_WORDS, CONTRACTIONS  # noqa: E402

CODES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS",
         "U": "URL", "SSN": "US_SSN", "MRN": "MEDICAL_RECORD_NUMBER", "DOB": "DATE_OF_BIRTH",
         "ACC": "ACCOUNT_NUMBER"}
MARK_RE = re.compile(r"\[([^\[\]|]+)(?:\|([A-Z]+))?(?:\|(US|INTL))?\]|\{([^{}]+)\}")


class MarkupError(Exception):
    pass


def parse_markup(raw):
    """-> text, marked identifier spans [(s, e, type, region)], explicit keep spans [(s, e)]."""
    out, ids, keeps, pos, last = [], [], [], 0, 0
    for m in MARK_RE.finditer(raw):
        out.append(raw[last:m.start()])
        pos += m.start() - last
        if m.group(4) is not None:
            inner = m.group(4)
            keeps.append((pos, pos + len(inner)))
        else:
            inner = m.group(1)
            code = m.group(2) or "P"
            if code not in CODES:
                raise MarkupError(f"unknown code {code!r} in {m.group(0)!r}")
            ids.append((pos, pos + len(inner), CODES[code], m.group(3) or "US"))
        out.append(inner)
        pos += len(inner)
        last = m.end()
    out.append(raw[last:])
    text = "".join(out)
    for ch in "[]{}":
        if ch in text:
            raise MarkupError(f"stray {ch!r} in: {text[:80]!r}")
    return text, ids, keeps


def read_hand_files():
    msgs = []
    hand_dir = os.path.join(HERE, "hand")
    for fn in sorted(os.listdir(hand_dir)):
        if not fn.endswith(".txt"):
            continue
        style, buf = None, []
        for line in open(os.path.join(hand_dir, fn), encoding="utf-8").read().split("\n"):
            if line.startswith("%%"):
                continue
            if line.startswith("@ "):
                if style is not None:
                    msgs.append((fn, style, "\n".join(buf).strip("\n")))
                style, buf = line[2:].strip(), []
            elif style is not None:
                buf.append(line.rstrip())
        if style is not None:
            msgs.append((fn, style, "\n".join(buf).strip("\n")))
    return msgs


# ----------------------------------------------------------------------------- analysis

def _all_id_spans(text, idents):
    spans = []
    for it in idents:
        for s in occurrences(text, it["text"]):
            spans.append((s, s + len(it["text"])))
    return spans


def _touches(s, e, spans):
    return any(s < b and a < e for a, b in spans)


def keep_is_safe(text, ktext, id_spans):
    """No case-insensitive occurrence of the keep text may touch an identifier occurrence."""
    return all(not _touches(s, s + len(ktext), id_spans)
               for s in occurrences(text, ktext, ignore_case=True))


_TRIM_L = "\"'([<*-\u201c"
_TRIM_R = "\"'.,!?;:)]>*-\u201d"


def widen_keep(text, s, e, id_spans):
    """Smallest phrase around [s, e) that is a safe keep text, or None."""
    runs = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    idx = next(i for i, (a, b) in enumerate(runs) if a <= s < b)
    cands = []
    for k in range(0, 5):
        for left in range(0, k + 1):
            right = k - left
            if idx - left < 0 or idx + right >= len(runs):
                continue
            a_opts = [s, runs[idx][0]] if left == 0 else [runs[idx - left][0]]
            b_opts = [e, runs[idx][1]] if right == 0 else [runs[idx + right][1]]
            for a in a_opts:
                for b in b_opts:
                    while a < s and text[a] in _TRIM_L:
                        a += 1
                    while b > e and text[b - 1] in _TRIM_R:
                        b -= 1
                    punct = any(c in ",;:.!?" for c in text[a:b].replace(text[s:e], ""))
                    cands.append((k, (a, b) != (s, e), punct, right, left, a, b))
    cands.sort()
    for k, _wid, punct, right, left, a0, b0 in cands:
        a, b = a0, b0
        if "\n" in text[a:b]:
            continue
        if _touches(a, b, id_spans):
            continue
        if keep_is_safe(text, text[a:b], id_spans):
            return a, b
    return None


def _find_terms(text, terms):
    """Occurrences (whole words) of fixed terms; terms of 5+ letters match in any case."""
    found = []
    for t in terms:
        for s in occurrences(text, t, ignore_case=len(t) >= 5):
            e = s + len(t)
            if on_word_boundary(text, s, e) and not in_contraction(text, s, e):
                found.append((s, e))
    return found


def analyse(text, marked, explicit_keeps):
    """Check one message; return (identifiers, keep) or raise MarkupError."""
    # identifiers, unique by text
    idents, seen = [], {}
    for s, e, typ, reg in sorted(marked):
        t = text[s:e]
        if t != t.strip() or not t:
            raise MarkupError(f"identifier with outer spaces: {t!r}")
        if t in seen:
            if seen[t] != (typ, reg):
                raise MarkupError(f"identifier {t!r} marked with two types/regions")
            continue
        seen[t] = (typ, reg)
        idents.append({"text": t, "type": typ, "region": reg})
    # every occurrence of an identifier text must sit inside a marked span and on word bounds
    for it in idents:
        for s in occurrences(text, it["text"]):
            e = s + len(it["text"])
            if not any(a <= s and e <= b for a, b, _, _ in marked):
                raise MarkupError(f"unmarked occurrence of {it['text']!r} at {s}: "
                                  f"...{text[max(0, s - 20):e + 20]!r}...")
            if not on_word_boundary(text, s, e) or in_contraction(text, s, e):
                raise MarkupError(f"{it['text']!r} occurs inside a word at {s}")
    # marked spans must not cross each other
    for a in marked:
        for b in marked:
            if a < b and a[0] < b[1] and b[0] < a[1]:
                inside = (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])
                if not inside:
                    raise MarkupError(f"crossing identifiers {text[a[0]:a[1]]!r} / "
                                      f"{text[b[0]:b[1]]!r}")
    id_spans = _all_id_spans(text, idents)

    keep_spans = []
    for s, e in explicit_keeps:
        if not keep_is_safe(text, text[s:e], id_spans):
            raise MarkupError(f"explicit keep {text[s:e]!r} touches an identifier")
        keep_spans.append((s, e))
    for s, e in _find_terms(text, CLINICAL + RELATION_WORDS + CONTRACTIONS):
        if _touches(s, e, id_spans) or _touches(s, e, keep_spans):
            continue
        if keep_is_safe(text, text[s:e], id_spans):
            keep_spans.append((s, e))
    # ordinary uses of the name-words
    for m in NAME_WORD_RE.finditer(text):
        s, e = m.start(), m.end()
        if _touches(s, e, id_spans):
            continue
        if any(a <= s and e <= b for a, b in keep_spans):
            continue
        w = widen_keep(text, s, e, id_spans + [])
        if w is None:
            raise MarkupError(f"no safe keep phrase for {text[s:e]!r} at {s}")
        keep_spans.append(w)
    keep, seen_k = [], set()
    for s, e in sorted(keep_spans):
        k = text[s:e]
        if k not in seen_k:
            seen_k.add(k)
            keep.append(k)
    return idents, keep


def make_record(style, text, idents, keep, source):
    return {"id": None, "style": style, "text": text, "identifiers": idents, "keep": keep,
            "source": source}


def build_hand(strict=True):
    recs, errors = [], []
    for fn, style, raw in read_hand_files():
        try:
            text, marked, kspans = parse_markup(raw)
            idents, keep = analyse(text, marked, kspans)
        except (MarkupError, StopIteration) as ex:
            errors.append(f"{fn}: {ex}\n    {raw[:120]!r}")
            continue
        rec = make_record(style, text, idents, keep, "hand")
        rec["_file"] = fn
        recs.append(rec)
    return recs, errors


def coverage(recs):
    cov = defaultdict(Counter)
    for r in recs:
        for w, kind in name_word_uses(r["text"], r["identifiers"]):
            cov[w][kind] += 1
    return cov


def report(recs):
    cov = coverage(recs)
    n = len(recs)
    name_msgs = sum(1 for r in recs if any(k == "name" for _, k in
                                            name_word_uses(r["text"], r["identifiers"])))
    print(f"messages {n}, with a name use {name_msgs} ({name_msgs / max(n, 1):.0%})")
    both = [w for w in NAME_WORDS if cov[w]["name"] and cov[w]["word"]]
    only_name = [w for w in NAME_WORDS if cov[w]["name"] and not cov[w]["word"]]
    only_word = [w for w in NAME_WORDS if cov[w]["word"] and not cov[w]["name"]]
    none = [w for w in NAME_WORDS if not cov[w]["word"] and not cov[w]["name"]]
    print(f"both ways {len(both)} / {len(NAME_WORDS)}")
    print("only name:", " ".join(only_name))
    print("only word:", " ".join(only_word))
    print("unused:", " ".join(none))
    for r in recs:
        if not NAME_WORD_RE.search(r["text"]):
            print("NO NAME-WORD:", r["_file"], r["text"][:80])


if __name__ == "__main__":
    if "--report" in sys.argv:
        recs, errors = build_hand()
        for e in errors:
            print("ERROR", e)
        report(recs)
        if "--show" in sys.argv:
            for r in recs:
                print(json.dumps({k: r[k] for k in ("text", "identifiers", "keep")},
                                 ensure_ascii=False))
        sys.exit(0)
    import templates  # noqa: E402
    templates.main()
