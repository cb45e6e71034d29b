"""Validate handwritten_dev72.jsonl against the frozen spec's format and this file's brief.

Usage: python validate.py [path]   (default: handwritten_dev72.jsonl next to this script)
Exit code 0 when every check passes. Matching is exact and case-sensitive ('exact substring').
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
WORD = re.compile(r"\w")

# brief targets
MIN_MSGS, MAX_MSGS, MIN_IDS, MIN_US, MIN_PER_TYPE, MIN_HAND_SHARE = 400, 450, 1300, 800, 25, 0.45

# names that are also ordinary English words (only used for the information section of the report)
WORD_NAMES = set("""hope will june mark grace rich frank faith joy dawn bill pat art gene ray rob jack chase grant
miles cliff dale glen lane max sunny hazel olive sage penny ginger sandy robin jay drew guy nick pierce young brown
reed park hill bell king cook baker carter fisher hunter carol eve cash bud buck rusty woody chip skip norm
constance patience charity mercy honor star rosemary basil clay forrest brooke brook river rain bay drake finch
swift marsh moss banks ford frost snow winter wolf fox lamb bird church small long strong best west sterling noble
bishop amber ivy rose iris violet daisy holly ruby pearl crystal summer april august autumn sky lily angel heather
misty stone gold silver price page hardy dusty honey destiny cross gray green white black wood woods wise power
rice berry love sharp dean sweet little waters golden hart major""".split())


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def on_word_boundary(text, s, e):
    if WORD.match(text[s]) and s > 0 and WORD.match(text[s - 1]):
        return False
    if WORD.match(text[e - 1]) and e < len(text) and WORD.match(text[e]):
        return False
    return True


def iban_ok(value):
    v = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return None  # not an IBAN
    num = "".join(str(int(c, 36)) for c in v[4:] + v[:4])
    return int(num) % 97 == 1


def check_record(rec):
    """Errors for one record (list of strings). Also used by build.py to reject template samples."""
    errs = []
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return ["text missing or empty"]
    ids = rec.get("identifiers")
    keep = rec.get("keep")
    if not isinstance(ids, list) or not isinstance(keep, list):
        return ["identifiers/keep must be lists"]
    spans = []  # (s, e, idx)
    seen = set()
    for n, ident in enumerate(ids):
        if not isinstance(ident, dict) or set(ident) != {"text", "type", "region"}:
            errs.append(f"identifier {n} must have exactly text/type/region")
            continue
        t = ident["text"]
        if not isinstance(t, str) or not t or t != t.strip():
            errs.append(f"identifier {n} text empty or padded: {t!r}")
            continue
        if t in seen:
            errs.append(f"duplicate identifier text {t!r}")
        seen.add(t)
        if ident["type"] not in TYPES:
            errs.append(f"bad type {ident['type']!r}")
        if ident["region"] not in REGIONS:
            errs.append(f"bad region {ident['region']!r}")
        occ = occurrences(text, t)
        if not occ:
            errs.append(f"identifier not a substring: {t!r}")
        for s, e in occ:
            if not on_word_boundary(text, s, e):
                errs.append(f"identifier {t!r} occurs off a word boundary at {s}")
            spans.append((s, e, n))
        if ident["type"] == "ACCOUNT_NUMBER" and iban_ok(t) is False:
            errs.append(f"IBAN with bad checksum: {t!r}")
    # distinct identifiers must not partially overlap each other
    for a in range(len(spans)):
        for b in range(a + 1, len(spans)):
            s1, e1, i1 = spans[a]
            s2, e2, i2 = spans[b]
            if i1 != i2 and s1 < e2 and s2 < e1:
                errs.append(f"identifiers {ids[i1]['text']!r} and {ids[i2]['text']!r} overlap")
    kseen = set()
    for k in keep:
        if not isinstance(k, str) or not k.strip():
            errs.append(f"bad keep entry {k!r}")
            continue
        if k in kseen:
            errs.append(f"duplicate keep {k!r}")
        kseen.add(k)
        occ = occurrences(text, k)
        if not occ:
            errs.append(f"keep not a substring: {k!r}")
        for s, e in occ:
            for s2, e2, i2 in spans:
                if s < e2 and s2 < e:
                    errs.append(f"keep {k!r} overlaps identifier {ids[i2]['text']!r}")
    return errs


def main(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    errors, recs = [], []
    for ln, line in enumerate(lines, 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {ln}: invalid JSON ({e})")
            continue
        if not isinstance(rec, dict) or set(rec) != KEYS:
            errors.append(f"line {ln}: keys must be exactly {sorted(KEYS)}, got {sorted(rec) if isinstance(rec, dict) else type(rec)}")
            continue
        if rec["id"] != f"hd72-{len(recs):03d}":
            errors.append(f"line {ln}: id {rec['id']!r}, expected hd72-{len(recs):03d}")
        if rec["source"] not in ("hand", "template"):
            errors.append(f"line {ln}: bad source {rec['source']!r}")
        if not isinstance(rec["style"], str) or not re.fullmatch(r"[a-z]+(_[a-z]+)*", rec["style"]):
            errors.append(f"line {ln}: bad style {rec['style']!r}")
        for e in check_record(rec):
            errors.append(f"line {ln} ({rec['id']}): {e}")
        recs.append(rec)

    n = len(recs)
    all_ids = [i for r in recs for i in r["identifiers"] if isinstance(i, dict)]
    by_type = Counter(i.get("type") for i in all_ids)
    by_region = Counter(i.get("region") for i in all_ids)
    by_type_region = Counter((i.get("type"), i.get("region")) for i in all_ids)
    by_style = Counter(r["style"] for r in recs)
    by_source = Counter(r["source"] for r in recs)
    hand_share = by_source["hand"] / n if n else 0

    if not MIN_MSGS <= n <= MAX_MSGS:
        errors.append(f"message count {n} outside {MIN_MSGS}-{MAX_MSGS}")
    if len(all_ids) < MIN_IDS:
        errors.append(f"identifier count {len(all_ids)} < {MIN_IDS}")
    if by_region["US"] < MIN_US:
        errors.append(f"US identifiers {by_region['US']} < {MIN_US}")
    for t in sorted(TYPES):
        if by_type[t] < MIN_PER_TYPE:
            errors.append(f"type {t}: {by_type[t]} < {MIN_PER_TYPE}")
    if hand_share < MIN_HAND_SHARE:
        errors.append(f"hand share {hand_share:.1%} < {MIN_HAND_SHARE:.0%}")

    # information: messages stressing names that are ordinary words
    wn_msgs = wn_plain = 0
    for r in recs:
        id_spans = [o for i in r["identifiers"] for o in occurrences(r["text"], i["text"])]
        words = set()
        for i in r["identifiers"]:
            if i["type"] == "PERSON":
                words |= {w.lower() for w in re.findall(r"[A-Za-z]+", i["text"])} & WORD_NAMES
        if not words:
            continue
        wn_msgs += 1
        for m in re.finditer(r"[A-Za-z]+", r["text"]):
            if m.group().lower() in words and not any(s <= m.start() < e for s, e in id_spans):
                wn_plain += 1
                break

    out = []
    out.append(f"file: {os.path.relpath(path, HERE)}")
    out.append(f"messages: {n}  (hand {by_source['hand']}, template {by_source['template']}, hand share {hand_share:.1%})")
    out.append(f"identifiers: {len(all_ids)}  (US {by_region['US']}, INTL {by_region['INTL']})")
    out.append(f"keep entries: {sum(len(r['keep']) for r in recs)}; messages with >=1 keep: {sum(1 for r in recs if r['keep'])}")
    out.append(f"messages with a PERSON that is also an English word: {wn_msgs} ({wn_msgs / max(n, 1):.1%}); "
               f"of these, the same word also used as a plain word: {wn_plain}")
    out.append("")
    out.append(f"{'type':<24}{'US':>6}{'INTL':>6}{'total':>7}")
    for t in sorted(TYPES):
        out.append(f"{t:<24}{by_type_region[(t, 'US')]:>6}{by_type_region[(t, 'INTL')]:>6}{by_type[t]:>7}")
    out.append("")
    out.append(f"{'style':<18}{'hand':>6}{'tmpl':>6}{'total':>7}")
    for s, c in sorted(by_style.items(), key=lambda x: -x[1]):
        h = sum(1 for r in recs if r["style"] == s and r["source"] == "hand")
        out.append(f"{s:<18}{h:>6}{c - h:>6}{c:>7}")
    out.append("")
    if errors:
        out.append(f"FAILED: {len(errors)} error(s)")
        out.extend(errors[:200])
    else:
        out.append("ALL CHECKS PASSED: JSON and keys, ids, exact substrings, word boundaries, no keep/identifier "
                   "overlap, no identifier/identifier overlap, types/regions, IBAN checksums, counts "
                   f"(msgs {MIN_MSGS}-{MAX_MSGS}, ids>={MIN_IDS}, US>={MIN_US}, each type>={MIN_PER_TYPE}, "
                   f"hand>={MIN_HAND_SHARE:.0%})")
    report = "\n".join(out)
    print(report)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "handwritten_dev72.jsonl")))
