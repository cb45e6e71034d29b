"""Build handwritten_dev81.jsonl: hand-written messages (hand_*.txt, parse_hand.py) plus template
messages (gen_templates.py), shuffled together with a fixed seed and numbered hd81-000, ...
Template quotas per style fill each style up to PER_STYLE messages in total."""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
import parse_hand  # noqa: E402
import gen_templates  # noqa: E402

PER_STYLE = 37

hand = parse_hand.load(HERE)
hand_styles = Counter(m["style"] for m in hand)
template_styles = {t.style for t in gen_templates.TEMPLATES}
quota = {s: max(0, PER_STYLE - hand_styles.get(s, 0)) for s in template_styles}
templ = gen_templates.main(quota)
msgs = hand + templ
random.Random(8181).shuffle(msgs)
with open(os.path.join(HERE, "handwritten_dev81.jsonl"), "w", encoding="utf-8") as fh:
    for i, m in enumerate(msgs):
        rec = {"id": f"hd81-{i:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
               "keep": m["keep"], "source": m["source"]}
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(msgs)} messages ({len(hand)} hand, {len(templ)} template)")
