"""Build handwritten_dev18.jsonl: hand-written messages (hand_*.py) + template messages (templates.py).
Reproducible: every template message is generated from random.Random("<style>-<n>-<attempt>"), the
final order is random.Random(1818).shuffle."""
import json
import random

import hand_a, hand_b, hand_c, hand_d, hand_e
import templates
from lib import parse
from validate import check_record

# number of template messages per style and the share of them set in a non-US context
PLAN = {"international": (10, 1.0), "lower_case": (16, 0.3), "clinician_note": (17, 0.25), "all_caps": (18, 0.12),
        "speaker_label": (18, 0.35), "signature": (17, 0.35), "form": (18, 0.35), "group_chat": (17, 0.3),
        "list": (18, 0.35), "general_text": (18, 0.3), "voicemail": (18, 0.2), "typos": (18, 0.2), "run_on": (19, 0.3),
        "forwarded": (20, 0.3), "billing": (19, 0.3), "multi_identifier": (21, 0.4)}
NATIVE_WEIGHT = ["DE", "FR", "ES", "MX", "IT", "BR", "PT", "NL", "PL", "TR", "RU", "UA", "JP", "KR", "CN", "VN", "PH", "IN"]


def record(style, mk, source):
    text, ids, keep = parse(mk)
    return {"id": None, "style": style, "text": text, "identifiers": ids, "keep": keep, "source": source}


def main():
    recs, seen = [], set()
    for M in (hand_a, hand_b, hand_c, hand_d, hand_e):
        for style, mk in M.MESSAGES:
            r = record(style, mk, "hand")
            errs = check_record(r)
            if errs:
                raise SystemExit("hand message error %s: %s" % (errs, r["text"][:80]))
            seen.add(r["text"])
            recs.append(r)
    retries = 0
    for style, (n, intl_share) in PLAN.items():
        for i in range(n):
            for attempt in range(200):
                rng = random.Random("%s-%d-%d" % (style, i, attempt))
                if rng.random() < intl_share:
                    cc = rng.choice(NATIVE_WEIGHT + templates.INTL_CCS)
                else:
                    cc = "US"
                mk = templates.make(style, rng, cc)
                r = record(style, mk, "template")
                if check_record(r) or r["text"] in seen:
                    retries += 1
                    continue
                break
            else:
                raise SystemExit("could not make %s %d" % (style, i))
            seen.add(r["text"])
            recs.append(r)
    random.Random(1818).shuffle(recs)
    with open("handwritten_dev18.jsonl", "w", encoding="utf-8") as f:
        for k, r in enumerate(recs):
            r["id"] = "hd18-%03d" % k
            f.write(json.dumps({"id": r["id"], "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                                "keep": r["keep"], "source": r["source"]}, ensure_ascii=False) + "\n")
    print("wrote %d records (%d template retries)" % (len(recs), retries))


if __name__ == "__main__":
    main()
