"""Build handwritten_neg2.jsonl: hand-written messages from hand/*.txt plus template messages.

Run:  /work/main/.venv/bin/python build.py
Writes handwritten_neg2.jsonl and name_word_uses.jsonl (a sidecar with every name-word use,
its span, and whether the message has other identifiers; validate.py reads it).
"""
import json
import math
import os
import random
import re
from collections import Counter

from faker import Faker

from handparse import read_hand
from markup import MARK_RE, MarkupError, parse, to_record
from words import PLACE_WORDS, WORDS

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261207
TOTAL = 440
NAME_SHARE = 0.40
OTHER_SHARE = 0.34

rng = random.Random(SEED)
Faker.seed(SEED)
FK = {loc: Faker(loc) for loc in ["en_US", "es_MX", "en_GB", "de_DE", "fr_FR", "it_IT", "pt_BR", "nl_NL",
                                   "pl_PL", "ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "tr_TR",
                                   "vi_VN", "fil_PH"]}
for i, f in enumerate(FK.values()):
    f.seed_instance(SEED + i)

ALL_WORDS = set(WORDS) | set(PLACE_WORDS)


# ---------------------------------------------------------------- Faker helpers
def clean_name(s):
    latin = all(ord(c) < 0x250 for c in s)
    return latin and not any(t.lower() in ALL_WORDS for t in re.findall(r"[A-Za-z]+", s))


def us_first():
    while True:
        loc = rng.choice(["en_US"] * 5 + ["es_MX", "vi_VN", "fil_PH", "pt_BR", "it_IT"])
        n = FK[loc].first_name()
        if clean_name(n) and " " not in n:
            return n


def us_last():
    while True:
        loc = rng.choice(["en_US"] * 5 + ["es_MX", "vi_VN", "fil_PH", "pl_PL", "it_IT"])
        n = FK[loc].last_name()
        if clean_name(n) and " " not in n:
            return n


def us_full():
    return f"{us_first()} {us_last()}"


def intl_name():
    loc = rng.choice(["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA"])
    f = FK[loc]
    if loc in ("ja_JP", "zh_CN", "ko_KR"):
        return f.last_name() + f.first_name()
    if loc == "ru_RU":
        return f"{f.first_name_female()} {f.last_name_female()}"
    return f"{f.first_name()} {f.last_name()}"


def ascii_fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def us_phone():
    a = rng.choice(["201", "312", "404", "415", "503", "512", "614", "702", "813", "919", "205", "317", "608"])
    b, c = "555", "01" + digits(2)
    fmt = rng.choice(["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "{a}{b}{c}", "+1 {a} {b} {c}",
                      "1-{a}-{b}-{c}", "({a}) {b}-{c} x{x}", "{a}-{b}-{c} ext. {x}"])
    return fmt.format(a=a, b=b, c=c, x=rng.randint(2, 499))


def intl_phone():
    return rng.choice([
        "+44 20 7946 0" + digits(3), "020 7946 0" + digits(3), "+49 30 " + digits(7),
        "+33 1 " + " ".join(digits(2) for _ in range(4)), "+52 55 " + digits(4) + " " + digits(4),
        "+91 98" + digits(3) + " " + digits(5), "+81 3-" + digits(4) + "-" + digits(4),
        "+34 91 " + digits(3) + " " + digits(2) + " " + digits(2), "+63 917 " + digits(3) + " " + digits(4),
    ])


def us_address():
    f = FK["en_US"]
    street = f.street_address()
    if rng.random() < 0.4 and not re.search(r"Apt|Suite|Unit", street):
        street += ", " + rng.choice(["Apt " + str(rng.randint(1, 40)) + rng.choice("ABCD"),
                                     "Unit " + str(rng.randint(1, 300)), "Suite " + str(rng.randint(100, 500))])
    return f"{street}, {f.city()}, {f.state_abbr()} {f.zipcode()}"


def intl_address():
    loc = rng.choice(["en_GB", "de_DE", "fr_FR", "it_IT", "nl_NL", "es_MX", "pt_BR"])
    return FK[loc].address().replace("\n", ", ")


def dob():
    d = FK["en_US"].date_of_birth(minimum_age=60, maximum_age=98)
    return rng.choice([d.strftime("%m/%d/%Y"), d.strftime("%-m/%-d/%y"), d.strftime("%B %-d, %Y"),
                       d.strftime("%Y-%m-%d"), d.strftime("%d %b %Y")])


def mrn():
    return rng.choice([digits(8), "00" + digits(6), "MBR" + digits(9),
                       rng.choice("ABCDEFGHJK") + rng.choice("LMNPQRSTUV") + rng.choice("WXYZ") + digits(9),
                       f"{rng.randint(1, 9)}{rng.choice('ACDEFG')}{rng.choice('HJKMN')}{rng.randint(0, 9)}-"
                       f"{rng.choice('ACDEFG')}{rng.choice('HJKMN')}{rng.randint(0, 9)}-{rng.choice('PQRTUV')}"
                       f"{rng.choice('WXY')}{rng.randint(10, 99)}"])


def email_for(first, last):
    dom = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"])
    style = rng.choice(["{f}.{l}", "{f}{l}{n}", "{fi}{l}", "{l}.{f}{n}"])
    f_, l_ = ascii_fold(first).lower(), ascii_fold(last).lower()
    return style.format(f=f_, l=l_, fi=f_[0], n=rng.randint(1, 99)) + "@" + dom


def card():
    return FK["en_US"].credit_card_number(card_type=rng.choice(["visa", "mastercard", "amex", "discover"]))


def iban():
    return FK[rng.choice(["de_DE", "fr_FR", "en_GB", "nl_NL", "it_IT"])].iban()


# ---------------------------------------------------------------- word banks (written for this file)
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix", "lisinopril", "atorvastatin", "sertraline",
         "gabapentin", "levothyroxine", "amlodipine", "Xarelto", "insulin", "prednisone", "tramadol",
         "donepezil", "tamsulosin", "omeprazole", "metoprolol", "furosemide", "losartan"]
PHARMACIES = ["Walgreens", "CVS", "Rite Aid", "Costco", "the Kroger pharmacy", "Walmart"]
CONDS = ["atrial fibrillation", "COPD", "heart failure", "Parkinson's", "diabetes", "CKD", "dementia",
         "neuropathy", "osteoarthritis", "hypertension"]
APPTS = ["dialysis", "cardiology appointment", "infusion", "PT session", "eye appointment",
         "colonoscopy", "wound clinic", "MRI", "echo", "podiatry visit"]
RELS = ["Mom", "Dad", "Grandma", "Grandpa", "Auntie", "Uncle", "my husband", "my wife"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CLIN = ["{{BP}} was 134/82 this morning.", "She took the {{metformin}} with breakfast.",
        "His {{A1c}} came back at 7.4.", "The {{Eliquis}} is in the blue pill box.",
        "{{INR}} check is on Friday.", "The {{oxygen}} is set at 2 liters.",
        "She is still on {{amoxicillin}} for the {{UTI}}.", "No {{chest pain}} since Sunday.",
        "{{Blood sugar}} 188 before dinner.", "The {{lisinopril}} makes him cough at night.",
        "Weight up 2 pounds, the {{Lasix}} may need adjusting.", "{{Pulse ox}} 93% on room air.",
        "Started {{sertraline}} 25 mg two weeks ago.", "The {{CPAP}} mask is leaking again."]
CLIN_NOTE = ["Pt A&O x3.", "VS stable.", "{{Edema}} 1+ bilat.", "Lungs clear.", "Denies {{SOB}}.",
             "{{Glucose}} 142.", "Pain 3/10.", "Tolerating PO.", "{{Foley}} draining clear."]
# headings with capitalised name-words used as ordinary words
HEADINGS = ["((Summer)) Heat Safety for Seniors", "((Grace)) Period Notice", "((Will)) and Estate Planning Night",
            "((Art)) Therapy Open Studio", "((Walker)) and Cane Safety Class", "((Power)) of Attorney Checklist",
            "((Winter)) Fall Prevention Plan", "((Low)) Sodium Meal Ideas", "((Major)) Surgery: What to Expect",
            "((Hope)) Caregiver Circle", "((Faith)) Community Nurse Hours", "((Young)) Onset {{Parkinson's}} Meetup",
            "((Early)) Memory Loss Workshop", "((Bright)) Mornings Day Program", "((Joy)) of Movement Chair Yoga",
            "((Brown)) Bag Pill Check", "((Green)) Living After {{Transplant}}", "((Sharp)) Disposal Guide",
            "((Little)) Steps Walking Club", "((Strong)) Bones {{Osteoporosis}} Class", "((Patience)) and Pain: A Talk",
            "((Long)) Term Care Insurance Q&A", "((Best)) Practices for Home {{Oxygen}}", "((Rose)) Garden Respite Room",
            "((Autumn)) {{Flu Shot}} Drive", "((Mercy)) Hospice Family Evening", "((Harmony)) Music Therapy Hour",
            "((Sunny)) Side Adult Day Center", "((Chance)) of Rain: Outdoor Walk Moved Inside",
            "((Case)) Manager Office Hours", "((Price)) Transparency: Know Your Costs"]
OPENERS = ["Update:", "Quick one:", "FYI", "Heads up,", "Morning all.", "Ok so", "Just so everyone knows,"]


def cap_first(s):
    # capitalise the first letter of the visible text (skip leading markup brackets)
    m = re.search(r"[A-Za-z]", s)
    if not m:
        return s
    return s[:m.start()] + s[m.start()].upper() + s[m.start() + 1:]


def transform(markup, f):
    """Apply f to the visible text of a markup string, leaving tags alone."""
    out, pos = [], 0
    for m in MARK_RE.finditer(markup):
        out.append(f(markup[pos:m.start()]))
        if m.group(1) is not None:
            parts = m.group(1).split("|")
            out.append("[[" + "|".join([f(parts[0])] + parts[1:]) + "]]")
        elif m.group(2) is not None:
            parts = m.group(2).split("|")
            out.append("((" + "|".join([f(parts[0])] + [p.lower() for p in parts[1:]]) + "))")
        else:
            out.append("{{" + f(m.group(3)) + "}}")
        pos = m.end()
    out.append(f(markup[pos:]))
    return "".join(out)


def typo_word(w):
    i = rng.randint(1, len(w) - 2)
    kind = rng.choice(["swap", "drop", "double"])
    if kind == "swap":
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if kind == "drop":
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def add_typos(markup):
    """Typos only in plain text outside markup, never in name-words."""
    out, pos, n = [], 0, 0

    def fix(seg):
        nonlocal n
        def rep(m):
            nonlocal n
            w = m.group(0)
            if len(w) >= 5 and w.lower() not in ALL_WORDS and rng.random() < 0.3:
                n += 1
                return typo_word(w)
            return w
        return re.sub(r"(?<![\w'])[a-z]{5,}(?![\w'])", rep, seg)

    for m in MARK_RE.finditer(markup):
        out.append(fix(markup[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(fix(markup[pos:]))
    res = "".join(out)
    return res.replace("'", "") if rng.random() < 0.5 else res


# ---------------------------------------------------------------- usage bookkeeping
def record_uses(parsed):
    return {"name": [u["word"] for u in parsed["name_uses"]], "word": [u["word"] for u in parsed["word_uses"]]}


def has_other(idents):
    for i in idents:
        if i["type"] != "PERSON":
            return True
        if not any(t.lower() in ALL_WORDS for t in re.findall(r"[A-Za-z]+", i["text"])):
            return True
    return False


# ---------------------------------------------------------------- template builders
def snippet_for(word, lower_only=False):
    snips = WORDS[word][1]
    if lower_only:
        snips = [s for s in snips if re.search(r"\(\([a-z]", s)] or snips
    return rng.choice(snips)


def other_sentence():
    """One sentence with ordinary identifiers. Returns markup."""
    k = rng.randrange(11)
    fn, ln = us_first(), us_last()
    if k == 0:
        return f"Call me at [[{us_phone()}|PHONE]] if anything changes."
    if k == 1:
        return f"{rng.choice(RELS)}'s new address is [[{us_address()}|LOC]]."
    if k == 2:
        return f"For the form: DOB [[{dob()}|DOB]], MRN [[{mrn()}|MRN]]."
    if k == 3:
        return f"My email is [[{email_for(fn, ln)}|EMAIL]], I check it at night."
    if k == 4:
        return f"Her neighbor [[{fn} {ln}|P]] has a key, [[{us_phone()}|PHONE]]."
    if k == 5:
        return f"Card on file is {rng.choice(['visa', 'cc', 'card'])} [[{card()}|ACCT]]."
    if k == 6:
        return f"Refund to IBAN [[{iban()}|ACCT|INTL]] please, it's my brother's account abroad."
    if k == 7:
        return f"My cousin [[{intl_name()}|P|INTL]] is with him, her number there is [[{intl_phone()}|PHONE|INTL]]."
    if k == 8:
        return f"Send the records to [[{intl_address()}|LOC|INTL]]."
    if k == 9:
        return f"Member ID [[{mrn()}|MRN]], SSN [[{FK['en_US'].ssn()}|SSN]]."
    return f"Ask for [[{fn}|P]] at the front desk, they have the file."


def name_mark(word, frame_kind):
    """Markup for a name-word used as a name. frame_kind: 'given' or 'surname'."""
    W = word.capitalize()
    if frame_kind == "given":
        return f"[[{W}|P]]" if rng.random() < 0.75 else f"[[{W} {us_last()}|P]]"
    t = rng.random()
    if t < 0.45:
        return rng.choice(["Mrs. ", "Mr. ", "Dr. ", "Ms. ", "Nurse "]) + f"[[{W}|P]]"
    return f"[[{us_first()} {W}|P]]"


def kind_for(word):
    k = WORDS[word][0]
    if k == "b":
        return rng.choice(["given", "surname"])
    return "given" if k == "g" else "surname"


def make_name_message(words_as_names, snip_word, with_other):
    """Build one template message that uses the given words as names."""
    marks = [name_mark(w, kind_for(w)) for w in words_as_names]
    snip = snippet_for(snip_word)
    clin = rng.choice(CLIN)
    rel = rng.choice(RELS)
    other = other_sentence() if with_other else ""
    n1 = marks[0]
    n2 = marks[1] if len(marks) > 1 else f"[[{us_first()}|P]]"
    frames = [
        ("plain", f"{n1} picked up the {{{{{rng.choice(DRUGS)}}}}} from {{{{{rng.choice(PHARMACIES)}}}}} today. {snip} {other}"),
        ("plain", f"{n1} and {n2} are splitting the nights this week. {snip} {clin} {other}"),
        ("lower_case", f"can {n1} sit with {rel} on {rng.choice(DAYS)}? {snip} {other}"),
        ("speaker_label", f"{n1}: {snip}\n{cap_first(rel)}: ok, I'll tell the nurse\n{n2}: {clin} {other}"),
        ("signature", f"{snip} {clin} {other}\n\nThanks,\n{n1}"),
        ("all_caps", f"{n1} IS DRIVING {rel} TO THE {{{{{rng.choice(APPTS)}}}}} ON {rng.choice(DAYS)}. {snip} {other}"),
        ("list", f"Rota:\n- Mon: {n1}\n- Wed: {n2}\n- Fri: me\nNote: {snip} {other}"),
        ("clinician_note", f"Home visit, {n1} present. {rng.choice(CLIN_NOTE)} {snip} {other}"),
        ("typos", f"{n1} said {rel} had a bad night. {snip} {clin} {other}"),
        ("plain", f"Thanks {n1} for covering {rng.choice(DAYS)}! {snip} {other}"),
        ("run_on", f"so {n1} called and said {snip[0].lower() + snip[1:]} and {n2} is on the way and {clin[0].lower() + clin[1:]} {other}"),
        ("forwarded_email", f"---------- Forwarded message ---------\nFrom: {n1}\nSubject: {rng.choice(APPTS)}\n\n{snip} {clin} {other}"),
    ]
    style, m = rng.choice(frames)
    m = re.sub(r" +", " ", m).strip()
    m = re.sub(r" \n", "\n", m)
    if style == "lower_case":
        m = transform(m, str.lower)
    elif style == "all_caps":
        m = transform(m, str.upper)
    elif style == "typos":
        m = add_typos(m)
    return style, m


def make_word_message(w1, w2, with_other):
    s1, s2 = snippet_for(w1), snippet_for(w2)
    clin = rng.choice(CLIN)
    other = other_sentence() if with_other else ""
    rel1, rel2 = rng.sample(RELS[:6] + ["Me", "Nurse", "Son", "Daughter"], 2)
    frames = [
        ("plain", f"{s1} {s2} {other}"),
        ("plain", f"{rng.choice(OPENERS)} {s1} {clin} {other}"),
        ("lower_case", f"{s1} {s2} {other}"),
        ("all_caps", f"{s1} {clin} {other}"),
        ("typos", f"{s1} {s2} {other}"),
        ("heading", f"{rng.choice(HEADINGS)}\n{s1} {other}"),
        ("list", f"Notes for the {rng.choice(APPTS)}:\n- {s1}\n- {s2}\n- {clin} {other}"),
        ("speaker_label", f"{rel1}: {s1}\n{rel2}: {s2} {other}"),
        ("clinician_note", f"{rng.choice(CLIN_NOTE)} {s1} {rng.choice(CLIN_NOTE)} {other}"),
        ("run_on", f"{s1[:-1]} and {s2[0].lower() + s2[1:-1]} and honestly I am tired. {other}"),
        ("general_text", f"Question about the {rng.choice(['bill', 'statement', 'claim', 'copay'])}: {s1} {other}"),
    ]
    style, m = rng.choice(frames)
    m = re.sub(r" +", " ", m).strip()
    m = re.sub(r" \n", "\n", m)
    if style == "lower_case":
        m = transform(m, str.lower)
    elif style == "all_caps":
        m = transform(m, str.upper)
    elif style == "typos":
        m = add_typos(m)
    return style, m


# ---------------------------------------------------------------- main
def finish(style, markup, source):
    p = parse(markup)
    idents, keep = to_record(p)
    return {"style": style, "text": p["text"], "identifiers": idents, "keep": keep, "source": source}, p


def main():
    records = []
    name_c, word_c = Counter(), Counter()
    for b in read_hand():
        try:
            rec, p = finish(b["style"], b["markup"], "hand")
        except MarkupError as e:
            raise SystemExit(f"{b['where']}: {e}")
        records.append((rec, p))
        name_c.update(u["word"] for u in p["name_uses"])
        word_c.update(u["word"] for u in p["word_uses"])
    n_hand = len(records)
    n_tmpl = TOTAL - n_hand
    hand_name = sum(1 for _, p in records if p["name_uses"])
    hand_other = sum(1 for r, _ in records if has_other(r["identifiers"]))
    need_name = [w for w in sorted(WORDS) if not name_c[w]]
    rng.shuffle(need_name)
    n_name_t = max(round(NAME_SHARE * TOTAL) - hand_name, math.ceil(len(need_name) / 1.5))
    n_other_t = max(0, round(OTHER_SHARE * TOTAL) - hand_other)
    plan = ["name"] * n_name_t + ["word"] * (n_tmpl - n_name_t)
    rng.shuffle(plan)
    other_flags = [True] * n_other_t + [False] * (n_tmpl - n_other_t)
    rng.shuffle(other_flags)

    def least(counter, k=12):
        ws = sorted(WORDS, key=lambda w: (counter[w], rng.random()))
        return rng.choice(ws[:k])

    for kind, with_other in zip(plan, other_flags):
        for attempt in range(200):
            if kind == "name":
                first = need_name[0] if need_name else least(name_c)
                names = [first]
                if len(need_name) > 1 and rng.random() < 0.45:
                    names.append(need_name[1])
                # the ordinary-word use: sometimes the same word, else a word short of word uses
                snip_word = first if rng.random() < 0.3 else least(word_c)
                style, m = make_name_message(names, snip_word, with_other)
            else:
                w1 = least(word_c)
                w2 = least(word_c)
                style, m = make_word_message(w1, w2, with_other)
            try:
                rec, p = finish(style, m, "template")
            except MarkupError:
                continue
            if kind == "name" and not p["name_uses"]:
                continue
            if kind == "word" and p["name_uses"]:
                continue
            if not p["word_uses"] and not p["name_uses"]:
                continue
            break
        else:
            raise SystemExit("could not build a template message")
        for u in p["name_uses"]:
            if u["word"] in need_name:
                need_name.remove(u["word"])
        name_c.update(u["word"] for u in p["name_uses"])
        word_c.update(u["word"] for u in p["word_uses"])
        records.append((rec, p))

    order = list(range(len(records)))
    rng.shuffle(order)
    with open(os.path.join(HERE, "handwritten_neg2.jsonl"), "w", encoding="utf-8") as f, \
            open(os.path.join(HERE, "name_word_uses.jsonl"), "w", encoding="utf-8") as g:
        for k, i in enumerate(order):
            rec, p = records[i]
            rid = f"hn2-{k:03d}"
            out = {"id": rid, "style": rec["style"], "text": rec["text"], "identifiers": rec["identifiers"],
                   "keep": rec["keep"], "source": rec["source"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
            uses = [{"word": u["word"], "use": u["use"], "start": u["span"][0], "end": u["span"][1]}
                    for u in p["name_uses"] + p["word_uses"]]
            places = [{"word": u["word"], "use": u["use"], "start": u["span"][0], "end": u["span"][1]}
                      for u in p["place_uses"]]
            g.write(json.dumps({"id": rid, "uses": uses, "place_uses": places,
                                "other_identifiers": has_other(rec["identifiers"])}, ensure_ascii=False) + "\n")
    print(f"hand {n_hand}, template {len(records) - n_hand}, total {len(records)}")
    print("words without name use:", sorted(w for w in WORDS if not name_c[w]))
    print("words without word use:", sorted(w for w in WORDS if not word_c[w]))


if __name__ == "__main__":
    main()
