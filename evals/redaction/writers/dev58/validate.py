"""Validate handwritten_dev58.jsonl against the frozen spec's format and this task's counts."""
import json, re, sys
from collections import Counter

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/drafts/dev58/handwritten_dev58.jsonl"
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
errors = []


def err(msg):
    errors.append(msg)


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def is_word(ch):
    return bool(re.match(r"\w", ch))


def on_boundary(text, s, e):
    if is_word(text[s]) and s > 0 and is_word(text[s - 1]):
        return False
    if is_word(text[e - 1]) and e < len(text) and is_word(text[e]):
        return False
    return True


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return None
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


msgs = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            m = json.loads(line)
        except Exception as e:
            err(f"line {n}: invalid JSON ({e})")
            continue
        msgs.append(m)

type_region = Counter()
styles = Counter()
style_src = Counter()
sources = Counter()
ibans = Counter()
seen_ids = set()
for idx, m in enumerate(msgs):
    mid = m.get("id", f"#{idx}")
    if set(m) != KEYS:
        err(f"{mid}: keys {sorted(m)}")
        continue
    if m["id"] != f"hd58-{idx:03d}":
        err(f"{mid}: expected id hd58-{idx:03d}")
    if m["id"] in seen_ids:
        err(f"{mid}: duplicate id")
    seen_ids.add(m["id"])
    if m["source"] not in ("hand", "template"):
        err(f"{mid}: bad source {m['source']}")
    sources[m["source"]] += 1
    if not isinstance(m["style"], str) or not re.fullmatch(r"[a-z]+(_[a-z]+)*", m["style"]):
        err(f"{mid}: style {m['style']!r} is not one word / snake_case")
    styles[m["style"]] += 1
    style_src[(m["style"], m["source"])] += 1
    text = m["text"]
    if not isinstance(text, str) or not text.strip():
        err(f"{mid}: empty text")
        continue
    spans = []
    seen_texts = set()
    if not isinstance(m["identifiers"], list) or not m["identifiers"]:
        err(f"{mid}: identifiers must be a non-empty list")
        continue
    for ident in m["identifiers"]:
        if not isinstance(ident, dict) or set(ident) != {"text", "type", "region"}:
            err(f"{mid}: bad identifier object {ident}")
            continue
        t = ident["text"]
        if ident["type"] not in TYPES:
            err(f"{mid}: bad type {ident['type']}")
        if ident["region"] not in REGIONS:
            err(f"{mid}: bad region {ident['region']}")
        if not isinstance(t, str) or not t or t != t.strip():
            err(f"{mid}: identifier text empty or padded: {t!r}")
            continue
        if t in seen_texts:
            err(f"{mid}: identifier listed twice: {t!r}")
        seen_texts.add(t)
        occ = occurrences(text, t)
        if not occ:
            err(f"{mid}: identifier not a substring: {t!r}")
        for s, e in occ:
            if not on_boundary(text, s, e):
                err(f"{mid}: occurrence of {t!r} at {s} is not on a word boundary")
        spans.extend(occ)
        type_region[(ident["type"], ident["region"])] += 1
        if ident["type"] == "ACCOUNT_NUMBER":
            ok = iban_ok(t)
            if ok is not None:
                ibans["valid" if ok else "INVALID"] += 1
                if not ok:
                    err(f"{mid}: IBAN with bad checksum {t!r}")
    if not isinstance(m["keep"], list):
        err(f"{mid}: keep must be a list")
        continue
    if len(set(m["keep"])) != len(m["keep"]):
        err(f"{mid}: duplicate keep entry")
    for k in m["keep"]:
        if not isinstance(k, str) or not k:
            err(f"{mid}: bad keep {k!r}")
            continue
        kocc = occurrences(text, k)
        if not kocc:
            err(f"{mid}: keep not a substring: {k!r}")
        for ks, ke in kocc:
            for s, e in spans:
                if ks < e and s < ke:
                    err(f"{mid}: keep {k!r} at {ks} overlaps an identifier occurrence at {s}-{e}")

n_msgs = len(msgs)
n_ids = sum(type_region.values())
n_us = sum(v for (t, r), v in type_region.items() if r == "US")
n_intl = n_ids - n_us
by_type = Counter()
for (t, r), v in type_region.items():
    by_type[t] += v
hand_share = sources["hand"] / n_msgs if n_msgs else 0

checks = [
    ("messages in 400-450", 400 <= n_msgs <= 450, n_msgs),
    ("identifiers >= 1300", n_ids >= 1300, n_ids),
    ("region US >= 800", n_us >= 800, n_us),
    ("hand share >= 45%", hand_share >= 0.45, f"{sources['hand']}/{n_msgs} = {hand_share:.1%}"),
]
for t in sorted(TYPES):
    checks.append((f"{t} >= 25", by_type[t] >= 25, by_type[t]))
for name, ok, val in checks:
    if not ok:
        err(f"count check failed: {name} (got {val})")

print(f"file: {PATH}")
print(f"messages: {n_msgs}  (hand {sources['hand']}, template {sources['template']}, hand share {hand_share:.1%})")
print(f"identifiers: {n_ids}  (US {n_us}, INTL {n_intl})")
print(f"messages with at least one keep word: {sum(1 for m in msgs if m.get('keep'))}; keep entries: {sum(len(m.get('keep', [])) for m in msgs)}")
print(f"IBAN-shaped account numbers: {dict(ibans)}")
print()
print(f"{'type':<24}{'US':>6}{'INTL':>6}{'total':>7}")
for t in sorted(TYPES):
    print(f"{t:<24}{type_region[(t, 'US')]:>6}{type_region[(t, 'INTL')]:>6}{by_type[t]:>7}")
print(f"{'all':<24}{n_us:>6}{n_intl:>6}{n_ids:>7}")
print()
print(f"{'style':<18}{'hand':>6}{'tmpl':>6}{'total':>7}")
for st, v in sorted(styles.items(), key=lambda x: -x[1]):
    print(f"{st:<18}{style_src[(st, 'hand')]:>6}{style_src[(st, 'template')]:>6}{v:>7}")
print()
for name, ok, val in checks:
    print(f"[{'ok' if ok else 'FAIL'}] {name}: {val}")
print()
if errors:
    print(f"ERRORS ({len(errors)}):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("all checks passed")
