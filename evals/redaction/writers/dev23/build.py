"""Rebuild handwritten_dev23.jsonl deterministically (fixed seed in gen.py)."""
import json
from collections import Counter
import markup, checks
import hand_a, hand_b, hand_c, hand_d
import gen, templates

OUT = "/work/drafts/dev23/handwritten_dev23.jsonl"
TEMPLATE_QUOTA = {"international": 96, "voicemail": 12, "portal_copy": 11, "speaker_label": 11, "lower_case": 10,
                  "all_caps": 12, "list": 13, "run_on": 10, "signature": 14, "form": 14, "forwarded": 14,
                  "general_text": 16, "clinician_note": 10, "typos": 12}

def make(style, marked, source):
    text, ids, keep = markup.parse(marked)
    return {"style": style, "text": text, "identifiers": ids, "keep": keep, "source": source}

def main():
    rows = []
    for mod in (hand_a, hand_b, hand_c, hand_d):
        for style, marked in mod.HAND:
            rows.append(make(style, marked, "hand"))
    rejected = 0
    plan = [s for s, n in TEMPLATE_QUOTA.items() for _ in range(n)]
    gen.R.shuffle(plan)
    seen_texts = set()
    for style in plan:
        while True:
            row = make(style, templates.TEMPLATES[style](), "template")
            errs, warns = checks.row_problems(row)
            if not errs and not warns and row["text"] not in seen_texts and row["keep"]:
                break
            rejected += 1
        seen_texts.add(row["text"])
        rows.append(row)
    # interleave hand and template rows deterministically
    gen.R.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows):
            r = {"id": f"hd23-{i:03d}", "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                 "keep": r["keep"], "source": r["source"]}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT} (template drafts rejected and redrawn: {rejected})")

if __name__ == "__main__":
    main()
