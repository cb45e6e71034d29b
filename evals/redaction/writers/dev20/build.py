"""Reproducible build of handwritten_dev20.jsonl: hand-written messages + Faker-filled templates.
Run: /work/main/.venv/bin/python build.py   (seeded; same output every run)"""
import json, random, sys, collections, os
if os.environ.get("PYTHONHASHSEED") != "0":  # some Faker providers iterate over sets; pin hashing for reproducibility
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen, hand1, hand2, hand3, hand4, templates

SEED = 20_2026
TARGET_PER_STYLE = 29
STYLES = ["lower_case", "all_caps", "speaker_label", "list", "run_on", "signature", "form", "international",
          "clinician_note", "general_text", "voicemail", "text_thread", "email_forward", "insurance_form",
          "discharge_paperwork", "typos"]

def main():
    rng = random.Random(SEED)
    hand = hand1.HAND + hand2.HAND + hand3.HAND + hand4.HAND
    records = []
    for style, marked in hand:
        text, idents, keep = gen.parse(gen.fill_tokens(marked, rng))
        records.append({"style": style, "text": text, "identifiers": idents, "keep": keep, "source": "hand"})
    hand_counts = collections.Counter(s for s, _ in hand)
    need = {s: max(TARGET_PER_STYLE - hand_counts[s], 12) for s in STYLES}
    need["international"] = 20  # extra INTL coverage
    for style, marked in templates.generate(random.Random(SEED + 1), need):
        text, idents, keep = gen.parse(marked)
        records.append({"style": style, "text": text, "identifiers": idents, "keep": keep, "source": "template"})
    # interleave hand and template records deterministically
    random.Random(SEED + 2).shuffle(records)
    with open(os.path.join(HERE, "handwritten_dev20.jsonl"), "w", encoding="utf-8") as f:
        for n, r in enumerate(records):
            out = {"id": "hd20-%03d" % n, "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                   "keep": r["keep"], "source": r["source"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records ({len(hand)} hand)")

if __name__ == "__main__":
    main()
