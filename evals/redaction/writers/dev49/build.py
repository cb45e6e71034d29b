"""Build handwritten_dev49.jsonl: hand-written messages from hand/*.txt plus template messages (Faker, fixed seed)."""
import json, os, random, collections
import handparse
import templates as T
from pools import RNG

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "handwritten_dev49.jsonl")
N_TEMPLATE_NAME = 97
N_TEMPLATE_OTHER = 137
WEIGHTS = {"t_url": 8, "t_billing_card": 6, "t_iban": 5, "t_bank": 4, "t_ssn_lower": 5, "t_ssn_clinical": 5,
           "t_form": 4, "t_medicare_id": 3, "t_address_change": 4, "t_intl_addr_phone": 5, "t_military": 3,
           "t_pobox_rural": 3, "t_city_state": 3, "t_email_update": 4, "t_discharge": 2, "t_tel_encounter": 2,
           "t_birthday": 2, "t_dob_label": 2, "t_social_profile": 2, "t_intl_contact": 4, "t_typos": 2,
           "t_forwarded": 2, "t_names_near_addr_phone": 2, "t_lower_fullname_addr": 2, "t_caps_general": 2, "t_intl_clinician": 2}


def make(tpl, k):
    for attempt in range(200):
        style, marked, focus = tpl()
        try:
            text, ids, keeps = handparse.parse_body(marked, "US", f"{tpl.__name__}#{k}")
        except ValueError:
            continue
        if not ids:
            continue
        return {"style": style, "text": text, "identifiers": ids, "keep": keeps, "source": "template",
                "_where": tpl.__name__, "_name_focus": focus}
    raise RuntimeError(f"{tpl.__name__} failed 200 times")


def plan(pool, n):
    """Exact share per template (largest remainder on the weights), then a seeded shuffle."""
    w = [WEIGHTS.get(t.__name__, 1) for t in pool]
    tot = sum(w)
    raw = [n * x / tot for x in w]
    cnt = [int(r) for r in raw]
    for i in sorted(range(len(pool)), key=lambda i: raw[i] - cnt[i], reverse=True)[: n - sum(cnt)]:
        cnt[i] += 1
    order = [t for t, c in zip(pool, cnt) for _ in range(c)]
    RNG.shuffle(order)
    return order


def main():
    hand = handparse.parse_all()
    for m in hand:
        m["_name_focus"] = m["_where"].startswith("b_names")
    seen = {m["text"] for m in hand}
    gen = []
    for k, tpl in enumerate(plan(T.NAME_TEMPLATES, N_TEMPLATE_NAME) + plan(T.OTHER_TEMPLATES, N_TEMPLATE_OTHER)):
        while True:
            m = make(tpl, k)
            if m["text"] not in seen:
                break
        seen.add(m["text"])
        gen.append(m)
    allm = hand + gen
    random.Random(49).shuffle(allm)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, m in enumerate(allm):
            rec = {"id": f"hd49-{i:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
                   "keep": m["keep"], "source": m["source"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # small side file for the README (not part of the split)
    stats = {"hand": len(hand), "template": len(gen),
             "name_focus_hand": sum(m["_name_focus"] for m in hand),
             "name_focus_template": sum(m["_name_focus"] for m in gen),
             "template_use": collections.Counter(m["_where"] for m in gen)}
    with open(os.path.join(HERE, "build_stats.json"), "w") as f:
        json.dump(stats, f, indent=1)
    print(json.dumps({k: v for k, v in stats.items() if k != "template_use"}))


if __name__ == "__main__":
    main()
