"""Template part of the neg1 build: fills the file up to TOTAL messages after the hand-written
ones, with my own templates (phrases.py) and Faker values (fixed seed). The templates steer the
shares: about 40% of all messages use a name-word as a name, about a third carry other
identifiers, and each template message picks the name-words that are least used so far."""
import json
import os
import random
import sys
from collections import Counter

from faker import Faker

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from build import build_hand, parse_markup, analyse, MarkupError, make_record  # noqa: E402
from common import name_word_uses, NAME_WORD_RE  # noqa: E402
from phrases import WORD_PHRASES, HEADINGS, NAME_FRAMES_G, NAME_FRAMES_S  # noqa: E402
from words import NAME_WORDS, CLINICAL  # noqa: E402

SEED = 4601
TOTAL = 448
NAME_SHARE = 0.41
OTHER_SHARE = 1 / 3
OUT = os.path.join(HERE, "handwritten_neg1.jsonl")

rng = random.Random(SEED)
FK = {}
for i, loc in enumerate(["en_US", "es_MX", "pl_PL", "vi_VN", "fil_PH", "it_IT", "de_DE",
                         "en_GB", "fr_FR", "ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA",
                         "hi_IN", "nl_NL", "es_ES", "pt_BR"]):
    FK[loc] = Faker(loc)
    FK[loc].seed_instance(SEED + i)
LATIN = ["en_US", "en_US", "en_US", "es_MX", "pl_PL", "vi_VN", "fil_PH", "it_IT", "de_DE",
         "pt_BR"]
NONLATIN = ["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN"]


# ------------------------------------------------------------------ Faker values (markup)

def _clean(s):
    return "[" not in s and "]" not in s and "{" not in s and "}" not in s and "|" not in s \
        and not NAME_WORD_RE.search(s)


def first_name():
    while True:
        n = FK[rng.choice(LATIN)].first_name()
        if _clean(n) and " " not in n:
            return n


def last_name():
    while True:
        n = FK[rng.choice(LATIN)].last_name()
        if _clean(n) and " " not in n:
            return n


def nonlatin_name():
    while True:
        loc = rng.choice(NONLATIN)
        fk = FK[loc]
        if loc in ("zh_CN", "ja_JP", "ko_KR"):
            n = fk.last_name() + fk.first_name()
        else:
            n = fk.first_name() + " " + fk.last_name()
        if _clean(n) and not any("a" <= c.lower() <= "z" for c in n):
            return n


def digits(k):
    return "".join(rng.choice("0123456789") for _ in range(k))


def us_phone():
    a = rng.choice(["212", "312", "415", "503", "602", "614", "704", "713", "801", "919",
                    "303", "404", "512", "615", "716", "860", "907", "971"])
    b, c = "555", "01" + digits(2)
    shape = rng.choice(["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "{a}{b}{c}",
                        "+1 {a} {b} {c}", "1-{a}-{b}-{c}", "001-{a}-{b}-{c}", "({a}){b}-{c}"])
    p = shape.format(a=a, b=b, c=c)
    r = rng.random()
    if r < 0.12:
        p += " x" + digits(rng.choice([2, 3, 4]))
    elif r < 0.2:
        p += " ext. " + digits(rng.choice([1, 2, 3]))
    return p


def intl_phone():
    return rng.choice([
        lambda: f"+44 20 7{digits(3)} {digits(4)}", lambda: f"020 7{digits(3)} {digits(4)}",
        lambda: f"+44 7{digits(3)} {digits(6)}", lambda: f"+49 30 {digits(7)}",
        lambda: f"+33 1 {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
        lambda: f"+52 55 {digits(4)} {digits(4)}", lambda: f"+91 9{digits(4)} {digits(5)}",
        lambda: f"+81 3-{digits(4)}-{digits(4)}", lambda: f"+55 11 9{digits(4)}-{digits(4)}",
        lambda: f"+34 91 {digits(3)} {digits(2)} {digits(2)}",
        lambda: f"+63 917 {digits(3)} {digits(4)}", lambda: f"+48 22 {digits(3)} {digits(2)} {digits(2)}",
    ])()


def us_address():
    fk = FK["en_US"]
    while True:
        street = f"{int(fk.building_number())} {fk.street_name()}"
        r = rng.random()
        if r < 0.25:
            street += f", Apt. {rng.randint(1, 30)}{rng.choice('ABCD')}"
        elif r < 0.35:
            street += f" Suite {rng.randint(100, 480)}"
        elif r < 0.42:
            street += f" #{rng.randint(2, 40)}"
        zipc = fk.zipcode() if rng.random() < 0.85 else fk.zipcode_plus4()
        addr = f"{street}, {fk.city()}, {fk.state_abbr(include_territories=False)} {zipc}"
        if _clean(addr):
            return addr


def intl_address():
    while True:
        loc = rng.choice(["en_GB", "de_DE", "fr_FR", "it_IT", "es_ES", "nl_NL"])
        addr = FK[loc].address().replace("\n", ", ").replace(" ,", ",")
        if _clean(addr):
            return addr


def dob():
    fk = FK["en_US"]
    d = fk.date_of_birth(minimum_age=62, maximum_age=99)
    fmt = rng.choice(["%m/%d/%Y", "%-m/%-d/%y", "%B %-d, %Y", "%d %b %Y", "%Y-%m-%d",
                      "%m-%d-%Y"])
    return d.strftime(fmt)


def mrn():
    return rng.choice([
        lambda: ("MRN", digits(8)), lambda: ("MRN", "A" + digits(7)),
        lambda: ("member ID", "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + digits(9)),
        lambda: ("Medicare ID", f"{rng.randint(1, 9)}EG{digits(1)}-TE{digits(1)}-MK{digits(2)}"),
        lambda: ("chart #", digits(6)), lambda: ("Medicaid #", digits(10)),
    ])()


def ssn():
    a = rng.randint(101, 665)
    s = f"{a:03d}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    return s if rng.random() < 0.7 else s.replace("-", "")


def account():
    kind = rng.choice(["iban", "iban", "card", "bank"])
    if kind == "iban":
        loc = rng.choice(["de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "en_GB"])
        ib = FK[loc].iban()
        if rng.random() < 0.5:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        if rng.random() < 0.15:
            ib = ib.lower()
        label = rng.choice(["IBAN", "iban", "IBAN:", "bank details"])
        return f"{label} [{ib}|ACC|INTL]"
    if kind == "card":
        cc = FK["en_US"].credit_card_number(card_type=rng.choice(["visa16", "mastercard", "amex"]))
        label = rng.choice(["card", "visa", "cc", "credit card"])
        return f"{label} [{cc}|ACC]"
    return f"routing [{digits(9)}|ACC], account [{digits(rng.randint(9, 12))}|ACC]"


def email(first, last):
    dom = rng.choice(["example.com", "example.org", "example.net", "mail.example.com"])
    sep = rng.choice([".", "_", ""])
    e = f"{first}{sep}{last}".lower()
    e = "".join(c for c in e if c.isascii() and (c.isalnum() or c in "._"))
    return f"{e}{rng.choice(['', str(rng.randint(1, 99))])}@{dom}"


# ------------------------------------------------------------------ other-identifier sentences

def other_sentence():
    f, l = first_name(), last_name()
    kind = rng.choice(["phone", "phone", "addr", "dob", "mrn", "email", "url", "ssn", "acct",
                       "intl_phone", "intl_addr", "nonlatin", "name", "name"])
    if kind == "phone":
        return rng.choice([f"Call [{f}] at [{us_phone()}|PH].",
                           f"The aide agency number is [{us_phone()}|PH].",
                           f"[{f} {l}]'s cell: [{us_phone()}|PH]."])
    if kind == "addr":
        return rng.choice([f"New address: [{us_address()}|L].",
                           f"Mail the forms to [{us_address()}|L]."])
    if kind == "dob":
        return rng.choice([f"Patient [{f} {l}], DOB [{dob()}|DOB].",
                           f"[{f}] was born [{dob()}|DOB], the pharmacy needs that to verify."])
    if kind == "mrn":
        lab, val = mrn()
        return rng.choice([f"Her {lab} [{val}|MRN] is on the card in her wallet.",
                           f"They asked for the {lab} again, it's [{val}|MRN].",
                           f"{lab.capitalize()} [{val}|MRN] if the clinic asks."])
    if kind == "email":
        return rng.choice([f"Send the receipts to [{email(f, l)}|E].",
                           f"[{f}]'s email is [{email(f, l)}|E], copy her on the portal messages.",
                           f"The agency wants updates at [{email(f, l)}|E]."])
    if kind == "url":
        slug = "".join(c for c in f"{f}{l}".lower() if c.isascii() and c.isalnum())
        return f"Updates are on [https://www.caringbridge.org/site/{slug}|U]."
    if kind == "ssn":
        return rng.choice([f"The form wants his SSN, it's [{ssn()}|SSN].",
                           f"SSN for the Medicaid form: [{ssn()}|SSN]"])
    if kind == "acct":
        return f"Pay the aide from {account()}."
    if kind == "intl_phone":
        return rng.choice([f"Her brother abroad can be reached at [{intl_phone()}|PH|INTL].",
                           f"[{f}] is back home overseas, her number there is [{intl_phone()}|PH|INTL].",
                           f"Call the cousins on [{intl_phone()}|PH|INTL] if anything changes."])
    if kind == "intl_addr":
        return rng.choice([f"Send the medical records to her sister at [{intl_address()}|L|INTL].",
                           f"His old address abroad was [{intl_address()}|L|INTL], the pension office still uses it."])
    if kind == "nonlatin":
        return rng.choice([f"[{nonlatin_name()}|P|INTL] (her cousin) is visiting next week.",
                           f"Her old friend [{nonlatin_name()}|P|INTL] sent a card.",
                           f"The interpreter, [{nonlatin_name()}|P|INTL], will come to the appointment."])
    return rng.choice([f"[{f} {l}] from the agency will call this afternoon.",
                       f"[{f}] covers Tuesday.", f"Thanks to [{f} {l}] for the casserole."])


# ------------------------------------------------------------------ pieces with name-words

def name_markup(w):
    cls = NAME_WORDS[w]
    n = w.capitalize()
    frames = NAME_FRAMES_G if cls == "G" else NAME_FRAMES_S if cls == "S" else \
        NAME_FRAMES_G + NAME_FRAMES_S
    fr = rng.choice(frames)
    if "{F} {N}" in fr:
        fr = fr.replace("{F} {N}", "[{F} {N}]")
    elif "{N} {L}" in fr:
        fr = fr.replace("{N} {L}", "[{N} {L}]")
    else:
        fr = fr.replace("{N}", "[{N}]")
    return fr.replace("{N}", n).replace("{F}", first_name()).replace("{L}", last_name())


def word_sentence(w, typo=False):
    s = rng.choice(WORD_PHRASES[w])
    if typo:
        s = add_typo(s)
    return s


_SKIP = set(x.lower() for x in CLINICAL)


def add_typo(s):
    toks = s.split(" ")
    idx = [i for i, t in enumerate(toks) if len(t) >= 5 and t.isalpha()
           and not NAME_WORD_RE.fullmatch(t) and t.lower() not in _SKIP]
    if not idx:
        return s
    i = rng.choice(idx)
    t = toks[i]
    j = rng.randint(1, len(t) - 2)
    toks[i] = t[:j] + t[j + 1] + t[j] + t[j + 2:] if rng.random() < 0.6 else t[:j] + t[j + 1:]
    return " ".join(toks)


# ------------------------------------------------------------------ styles

RELATIONS = ["Daughter", "Son", "Mom", "Nurse", "Grandson", "Aunt", "Wife", "Husband",
             "Niece", "Granddaughter"]
NEUTRAL = ["Neighbor", "Cousin", "Caregiver", "Friend", "Nurse", "Aide"]
NOTE_PREFIX = ["RN visit note:", "Tele call:", "SN visit.", "HHA report:", "Care coordinator:"]
LIST_HEAD = ["Notes for the week:", "To do:", "for the family:", "Update:", "things to remember"]
SUBJECTS = ["this week", "Mom's appointments", "the bill", "meds", "schedule"]
ROLES = ["Care Coordinator", "Home Health Scheduling", "Patient Advocate", "Billing Office",
         "Social Work"]


def compose(is_name, has_other):
    """-> (style, raw markup) for one template message."""
    used_words = []
    parts = []
    speaker = None
    if is_name:
        w = pick("name")
        used_words.append(w)
        if rng.random() < 0.35 and w in WORD_PHRASES:
            speaker = f"[{w.capitalize()}]"  # the name-word is the speaker; same word in body
            parts.append(word_sentence(w))
        else:
            parts.append(name_markup(w))
            if rng.random() < 0.5:
                parts.append(word_sentence(w))   # same word, ordinary use, same message
            elif rng.random() < 0.7:
                w2 = pick("word")
                used_words.append(w2)
                parts.append(word_sentence(w2))
    else:
        w = pick("word")
        used_words.append(w)
        parts.append(word_sentence(w))
        if rng.random() < 0.55:
            w2 = pick("word")
            used_words.append(w2)
            parts.append(word_sentence(w2))
    if has_other:
        parts.insert(rng.randint(0, len(parts)), other_sentence())
        styles = ["plain", "plain", "lower_case", "all_caps", "speaker_label", "clinician_note",
                  "email_forward", "signature", "form", "list"]
    else:
        styles = ["plain", "lower_case", "all_caps", "speaker_label", "clinician_note", "list",
                  "typos"] + ([] if is_name else ["heading", "heading"])
    style = rng.choice(styles)
    if speaker and style in ("email_forward", "signature", "form", "heading", "list"):
        style = "speaker_label"
    if speaker:
        style = "speaker_label" if style not in ("lower_case", "all_caps") else style
    if style == "typos":
        parts = [add_typo(p) if "[" not in p else p for p in parts]
    body = " ".join(parts)
    if style == "speaker_label":
        if speaker:
            raw = f"{speaker}: {body}"
        elif has_other:
            raw = f"{rng.choice(NEUTRAL)} [{first_name()}]: {body}"
        else:
            raw = f"{rng.choice(RELATIONS)}: {body}"
    elif speaker:  # lower_case / all_caps chat line with the name as speaker
        raw = f"{speaker}: {body}"
    elif style == "clinician_note":
        raw = f"{rng.choice(NOTE_PREFIX)} {body}"
    elif style == "list":
        raw = rng.choice(LIST_HEAD) + "\n" + "\n".join("- " + p for p in parts)
    elif style == "heading":
        raw = "{" + rng.choice(HEADINGS) + "}\n" + body
    elif style == "email_forward":
        f, l = first_name(), last_name()
        raw = (f"---------- Forwarded message ---------\nFrom: [{f} {l}] <[{email(f, l)}|E]>\n"
               f"Subject: Re: {rng.choice(SUBJECTS)}\n\n{body}")
    elif style == "signature":
        f, l = first_name(), last_name()
        raw = f"{body}\n--\n[{f} {l}]\n{rng.choice(ROLES)}\n[{us_phone()}|PH]"
    elif style == "form":
        f, l = first_name(), last_name()
        raw = f"Patient: [{f} {l}]\nDOB: [{dob()}|DOB]\nNotes: {body}"
    else:
        raw = body
    return style, raw, used_words


COUNTS = {"name": Counter(), "word": Counter()}


def pick(kind):
    pool = [w for w in NAME_WORDS if kind == "name" or w in WORD_PHRASES]
    low = min(COUNTS[kind][w] for w in pool)
    cands = [w for w in pool if COUNTS[kind][w] <= low + 1]
    return rng.choice(cands)


def make_one(is_name, has_other):
    for _ in range(200):
        style, raw, _w = compose(is_name, has_other)
        try:
            text, marked, keeps = parse_markup(raw)
            if style in ("lower_case", "all_caps"):
                new = text.lower() if style == "lower_case" else text.upper()
                if len(new) != len(text):
                    continue
                text = new
            idents, keep = analyse(text, marked, keeps)
        except MarkupError:
            continue
        uses = name_word_uses(text, idents)
        if not uses:
            continue
        got_name = any(k == "name" for _, k in uses)
        got_other = any(i["type"] != "PERSON" or not NAME_WORD_RE.search(i["text"])
                        for i in idents)
        if got_name != is_name or got_other != has_other:
            continue
        for w, k in uses:
            if k in ("name", "word"):
                COUNTS[k][w] += 1
        return make_record(style, text, idents, keep, "template")
    raise RuntimeError("could not make a template message")


def has_other_ids(rec):
    return any(i["type"] != "PERSON" or not NAME_WORD_RE.search(i["text"])
               for i in rec["identifiers"])


def main():
    hand, errors = build_hand()
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    for r in hand:
        for w, k in name_word_uses(r["text"], r["identifiers"]):
            if k in ("name", "word"):
                COUNTS[k][w] += 1
    n_t = TOTAL - len(hand)
    hand_name = sum(1 for r in hand if any(k == "name" for _, k in
                                            name_word_uses(r["text"], r["identifiers"])))
    hand_other = sum(1 for r in hand if has_other_ids(r))
    t_name = max(0, min(n_t, round(NAME_SHARE * TOTAL) - hand_name))
    t_other = max(0, min(n_t, round(OTHER_SHARE * TOTAL) - hand_other))
    flags_name = [True] * t_name + [False] * (n_t - t_name)
    flags_other = [True] * t_other + [False] * (n_t - t_other)
    rng.shuffle(flags_name)
    rng.shuffle(flags_other)
    tmpl = [make_one(a, b) for a, b in zip(flags_name, flags_other)]
    recs = hand + tmpl
    rng.shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs):
            r["id"] = f"hn1-{i:03d}"
            r.pop("_file", None)
            out = {k: r[k] for k in ("id", "style", "text", "identifiers", "keep", "source")}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} messages ({len(hand)} hand, {len(tmpl)} template) to {OUT}")


if __name__ == "__main__":
    main()
