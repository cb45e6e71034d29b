"""Validate handwritten_dev62.jsonl against the frozen spec's format and the brief's counts.

Usage: python validate.py [path]   (default: handwritten_dev62.jsonl)
Exit code 0 when every check passes.
"""
import json, re, sys, unicodedata, collections

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
STYLE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
ID_RE = re.compile(r"^hd62-\d{3}$")

MIN_MSGS, MAX_MSGS = 400, 450
MIN_IDS, MIN_US, MIN_PER_TYPE, MIN_HAND_SHARE = 1300, 800, 25, 0.45


def script(ch):
    """Coarse script class of a word character (used so that e.g. a Han name followed by
    hiragana counts as a boundary, as Japanese writes no spaces)."""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "OTHER"
    for s in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "ARABIC", "CYRILLIC", "DEVANAGARI", "GREEK", "HEBREW", "THAI"):
        if name.startswith(s):
            return s
    return "LATIN"


def is_word(ch):
    return ch.isalnum() or ch == "_"


def joined(a, b):
    """True when a and b would be read as one word (both word chars of the same script)."""
    return is_word(a) and is_word(b) and script(a) == script(b)


def occurrences(text, sub):
    out, start = [], 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            return out
        out.append((i, i + len(sub)))
        start = i + 1


def on_boundary(text, s, e):
    if s > 0 and joined(text[s - 1], text[s]):
        return False
    if e < len(text) and joined(text[e - 1], text[e]):
        return False
    return True


def check_record(r):
    errs = []
    if set(r) != KEYS:
        errs.append(f"keys {sorted(r)}")
        return errs
    if not isinstance(r["id"], str) or not ID_RE.match(r["id"]):
        errs.append(f"bad id {r['id']!r}")
    if not isinstance(r["style"], str) or not STYLE_RE.match(r["style"]):
        errs.append(f"bad style {r['style']!r}")
    if r["source"] not in ("hand", "template"):
        errs.append(f"bad source {r['source']!r}")
    text = r["text"]
    if not isinstance(text, str) or not text.strip():
        errs.append("empty text")
        return errs
    if not isinstance(r["identifiers"], list) or not isinstance(r["keep"], list):
        errs.append("identifiers/keep not lists")
        return errs
    spans = []
    seen = set()
    for ident in r["identifiers"]:
        if not isinstance(ident, dict) or set(ident) != {"text", "type", "region"}:
            errs.append(f"bad identifier object {ident!r}")
            continue
        t = ident["text"]
        if ident["type"] not in TYPES:
            errs.append(f"bad type {ident['type']!r}")
        if ident["region"] not in REGIONS:
            errs.append(f"bad region {ident['region']!r}")
        if not isinstance(t, str) or not t or t != t.strip():
            errs.append(f"empty or padded identifier {t!r}")
            continue
        if t in seen:
            errs.append(f"duplicate identifier {t!r}")
        seen.add(t)
        occ = occurrences(text, t)
        if not occ:
            errs.append(f"identifier not in text: {t!r}")
        for s, e in occ:
            if not on_boundary(text, s, e):
                errs.append(f"identifier {t!r} at {s} not on a word boundary: ...{text[max(0, s-10):e+10]!r}...")
            spans.append((s, e))
    for k in r["keep"]:
        if not isinstance(k, str) or not k or k != k.strip():
            errs.append(f"empty or padded keep {k!r}")
            continue
        occ = occurrences(text, k)
        if not occ:
            errs.append(f"keep not in text: {k!r}")
        for s, e in occ:
            for a, b in spans:
                if s < b and a < e:
                    errs.append(f"keep {k!r} overlaps an identifier at {a}-{b}: {text[a:b]!r}")
    return errs


def main(path):
    lines_out = []
    p = lines_out.append
    recs, bad = [], 0
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as ex:
                p(f"line {n}: invalid JSON: {ex}")
                bad += 1
                continue
            if not isinstance(r, dict):
                p(f"line {n}: not an object")
                bad += 1
                continue
            for e in check_record(r):
                p(f"line {n} ({r.get('id')}): {e}")
                bad += 1
            recs.append(r)
    ids = [r.get("id") for r in recs]
    dup = [i for i, c in collections.Counter(ids).items() if c > 1]
    if dup:
        p(f"duplicate ids: {dup}")
        bad += 1
    expected = [f"hd62-{i:03d}" for i in range(len(recs))]
    if ids != expected:
        p("ids are not hd62-000 .. in order")
        bad += 1
    by_type, by_region, by_style, by_src = (collections.Counter() for _ in range(4))
    by_type_region = collections.Counter()
    n_ids = 0
    for r in recs:
        by_style[r["style"]] += 1
        by_src[r["source"]] += 1
        for i in r["identifiers"]:
            n_ids += 1
            by_type[i["type"]] += 1
            by_region[i["region"]] += 1
            by_type_region[(i["type"], i["region"])] += 1
    share = by_src["hand"] / len(recs) if recs else 0
    p(f"messages: {len(recs)}  (need {MIN_MSGS}-{MAX_MSGS})")
    p(f"identifiers: {n_ids}  (need >= {MIN_IDS})")
    p(f"region US: {by_region['US']}  (need >= {MIN_US});  INTL: {by_region['INTL']}")
    p(f"source: hand {by_src['hand']}, template {by_src['template']}; hand share {share:.1%} (need >= {MIN_HAND_SHARE:.0%})")
    p("by type (US / INTL / total):")
    for t in sorted(TYPES):
        p(f"  {t:24s} {by_type_region[(t, 'US')]:4d} {by_type_region[(t, 'INTL')]:4d} {by_type[t]:5d}")
    p("by style:")
    for s, c in sorted(by_style.items(), key=lambda x: (-x[1], x[0])):
        p(f"  {s:20s} {c:4d}")
    p(f"messages with no keep word: {sum(1 for r in recs if not r['keep'])}")
    checks = [
        (MIN_MSGS <= len(recs) <= MAX_MSGS, "message count"),
        (n_ids >= MIN_IDS, "identifier count"),
        (by_region["US"] >= MIN_US, "US count"),
        (all(by_type[t] >= MIN_PER_TYPE for t in TYPES), f"every type >= {MIN_PER_TYPE}"),
        (share >= MIN_HAND_SHARE, "hand share"),
        (bad == 0, "per-record checks"),
    ]
    for ok, name in checks:
        p(f"{'PASS' if ok else 'FAIL'}: {name}")
    allok = all(ok for ok, _ in checks)
    p("RESULT: " + ("ALL CHECKS PASSED" if allok else "SOME CHECKS FAILED"))
    print("\n".join(lines_out))
    return 0 if allok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "handwritten_dev62.jsonl"))
