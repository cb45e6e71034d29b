"""Template part of neg3 (written for this file only). Fills the file up after the hand-written messages.

Templates are written in the same inline markup as the hand files and parsed with build.parse_marked.
Word choice is driven by coverage: word-only templates take the name-words with the fewest ordinary uses so far,
name templates take name-words that have no name use yet, so every template also varies the word's use.
Faker (fixed seed) gives the ordinary names, phones, addresses, dates of birth, record numbers and cards.
"""
import re

from faker import Faker

from common import LEX, TOKEN_RE, lemma_of

LOCALES_INTL = [
    ("en_GB", "UK"), ("de_DE", "DE"), ("fr_FR", "FR"), ("es_MX", "MX"), ("ja_JP", "JP"), ("ko_KR", "KR"),
    ("hi_IN", "IN"), ("pt_BR", "BR"), ("it_IT", "IT"), ("pl_PL", "PL"), ("nl_NL", "NL"),
]

FILLERS = [
    "the <<metformin>> is on the counter by the coffee maker",
    "<<BP>> was 134/82 this morning",
    "she took the <<Eliquis>> at 8",
    "<<PT>> is coming at 2 tomorrow",
    "the <<cardiology>> appt is next week",
    "her <<A1c>> was 7.9 at the last check",
    "the <<oxygen>> tank is about half full",
    "he's doing the <<incentive spirometer>> every hour like they said",
    "<<hospice>> called to check in",
    "the <<INR>> draw is this week",
    "his <<blood sugar>> was 168 before lunch",
    "the <<nebulizer>> treatments are helping a bit",
    "she's still on the <<amoxicillin>> for two more days",
    "the <<wound care>> nurse comes twice a week now",
    "we're tracking the <<edema>> with a marker on her ankle",
    "his <<pain>> is about a 5 out of 10 today",
    "the <<sertraline>> seems to be helping her mood",
    "the <<home health>> aide starts earlier now",
    "<<Mom>> says she feels ok otherwise",
    "<<Dad>> is napping now",
    "<<Grandma>> wants to know when the next <<labs>> are",
    "the <<furosemide>> has her running to the bathroom all morning",
    "no <<fever>> since yesterday",
    "the <<CPAP>> mask is rubbing her nose again",
]

CLOSERS = ["thanks", "thank you!", "let me know", "ok?", "any thoughts?", "will update later", "call if questions"]

RELATIONS = ["Daughter", "Son", "Neighbor", "Niece", "Nephew", "Husband", "Wife", "Caregiver", "Granddaughter"]
TITLES_S = ["Dr.", "Mrs.", "Mr.", "Ms.", "Nurse"]
ROLES = ["days", "nights", "weekends", "the morning meds", "dialysis rides", "the pharmacy runs", "billing calls"]


def frag_markup(frag):
    """'we *hope* the ...' -> 'we {hope} the ...' (the hand markup)."""
    return re.sub(r"\*([^*]+)\*", lambda m: "{" + m.group(1) + "}", frag)


def cap_first(s):
    return s[:1].upper() + s[1:]


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.fake = Faker("en_US")
        self.fake.seed_instance(rng.randint(0, 10 ** 9))
        self.intl = {}
        for loc, _ in LOCALES_INTL:
            f = Faker(loc)
            f.seed_instance(rng.randint(0, 10 ** 9))
            self.intl[loc] = f

    # ----- ordinary identifiers -----
    def plain_name(self, fake=None, full=True):
        fake = fake or self.fake
        for _ in range(50):
            n = fake.name() if full else fake.first_name()
            n = re.sub(r"^(Dr\.|Mr\.|Mrs\.|Ms\.|Miss|Prof\.)\s+", "", n)
            n = re.sub(r"\s+(MD|DDS|PhD|DVM|Jr\.|Sr\.|II|III|IV|V)$", "", n)
            if any(lemma_of(t) for t in TOKEN_RE.findall(n)):
                continue
            return n
        raise RuntimeError("no name")

    def us_phone(self):
        a = self.rng.choice(["212", "312", "404", "503", "614", "702", "813", "919", "971", "757", "865"])
        last = "01%02d" % self.rng.randint(0, 99)
        fmt = self.rng.choice(["({a}) 555-{l}", "{a}-555-{l}", "{a}.555.{l}", "+1 {a} 555 {l}", "1-{a}-555-{l}",
                               "{a}555{l}", "{a}-555-{l} x{x}"])
        return fmt.format(a=a, l=last, x=self.rng.randint(10, 999))

    def dob(self):
        d = self.fake.date_of_birth(minimum_age=60, maximum_age=99)
        fmt = self.rng.choice(["%m/%d/%Y", "%Y-%m-%d", "%-m/%-d/%Y", "%m-%d-%Y", "%b %-d, %Y"])
        return d.strftime(fmt)

    def mrn(self):
        r = self.rng
        return r.choice([
            "%08d" % r.randint(0, 99999999),
            "MR%07d" % r.randint(0, 9999999),
            "%s-%06d" % ("".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), r.randint(0, 999999)),
            "%d%s%d-%s%d-%s%d%d" % (r.randint(1, 9), r.choice("ACDEFGHJK"), r.randint(0, 9), r.choice("MNPQRTUV") + r.choice("ACDEFGHJK"),
                                    r.randint(0, 9), r.choice("MNPQRTUVWXY") + r.choice("ACDEFGHJK"), r.randint(0, 9), r.randint(0, 9)),
        ])

    def us_address(self):
        f = self.fake
        for _ in range(50):
            a = "%s, %s, %s %s" % (f.street_address(), f.city(), f.state_abbr(include_territories=False), f.zipcode())
            if not any(lemma_of(t) for t in TOKEN_RE.findall(a)):
                return a
        return a

    def email_for(self, name):
        parts = re.findall(r"[A-Za-z]+", name.lower()) or ["family"]
        user = self.rng.choice([".".join(parts), parts[0][0] + parts[-1], parts[-1] + str(self.rng.randint(10, 99))])
        return user + "@" + self.rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"])

    def card(self):
        return self.fake.credit_card_number(card_type=self.rng.choice(["visa", "mastercard", "amex"]))

    # ----- pieces -----
    def word_frag(self, lemma):
        return frag_markup(self.rng.choice(LEX[lemma][1]))

    def name_for(self, lemma, allow_full=True):
        """Markup for the name-word used as a name; title and relation words stay outside."""
        k = LEX[lemma][0]
        w = lemma.capitalize()
        r = self.rng
        if k == "s" or (k == "b" and r.random() < 0.5):
            form = r.random()
            if form < 0.6:
                return "%s [[%s|P]]" % (r.choice(TITLES_S), w)
            return "[[%s %s|P]]" % (self.plain_name(full=False), w)
        if allow_full and r.random() < 0.35:
            last = self.plain_name().split()[-1]
            return "[[%s %s|P]]" % (w, last)
        return "[[%s|P]]" % w


def pick_low(counter, pool, rng, n=1, exclude=()):
    cand = [w for w in pool if w not in exclude]
    rng.shuffle(cand)
    cand.sort(key=lambda w: counter[w])
    return cand[:n]


def word_only(g, lemmas, with_id):
    r = g.rng
    f1 = g.word_frag(lemmas[0])
    f2 = g.word_frag(lemmas[1]) if len(lemmas) > 1 else None
    filler = r.choice(FILLERS)
    kind = r.choice(["plain", "lower_case", "all_caps", "typos", "speaker_label", "clinician_note", "list", "chat_export",
                     "signature", "general_text", "international"] if with_id else
                    ["plain", "lower_case", "all_caps", "typos", "list", "run_on"])
    if kind == "plain":
        body = cap_first(f1) + ". " + cap_first(filler) + "." + (" " + cap_first(f2) + "." if f2 else "")
        if with_id:
            body += " Call [[%s|P]] at [[%s|PH]] if anything changes." % (g.plain_name(full=False), g.us_phone())
        return "plain", body
    if kind == "lower_case":
        body = f1 + (", and " + f2 if f2 else "") + ", " + filler + (" " + r.choice(CLOSERS) if r.random() < .5 else "")
        if with_id:
            body += " - [[%s|P]]" % g.plain_name(full=False)
        return "lower_case", body
    if kind == "all_caps":
        body = f1 + ". " + filler + "." + (" " + f2 + "." if f2 else "")
        if with_id:
            body += " CALL [[%s|PH]]" % g.us_phone()
        return "all_caps", body
    if kind == "typos":
        body = f1 + ", " + filler + (" and " + f2 if f2 else "")
        return "typos", body
    if kind == "run_on":
        body = "ok so update: " + f1 + " and also " + filler + (" and " + f2 if f2 else "") + " and anyway " + r.choice(CLOSERS)
        return "run_on", body
    if kind == "speaker_label":
        body = "%s [[%s|P]]: %s, %s" % (r.choice(RELATIONS), g.plain_name(full=False), f1, filler)
        return "speaker_label", body
    if kind == "clinician_note":
        body = "Pt [[%s|P]], DOB [[%s|DOB]], MRN [[%s|MRN]]. Caregiver message: \"%s.\" %s." % (
            g.plain_name(), g.dob(), g.mrn(), cap_first(f1), cap_first(filler))
        return "clinician_note", body
    if kind == "list":
        items = [f1, filler] + ([f2] if f2 else []) + ["call [[%s|P]] back at [[%s|PH]]" % (g.plain_name(full=False), g.us_phone())]
        return "list", r.choice(["To do today:", "Notes for the weekend:", "For the aide:"]) + "\n" + "\n".join("- " + i for i in items)
    if kind == "chat_export":
        a, b = g.plain_name(full=False), g.plain_name(full=False)
        lines = ["[[%s|P]]: %s" % (a, f1), "[[%s|P]]: ok, %s" % (b, filler)]
        if f2:
            lines.append("[[%s|P]]: also %s" % (a, f2))
        return "chat_export", "\n".join(lines)
    if kind == "signature":
        n = g.plain_name()
        body = "%s. %s.\n\n%s,\n[[%s|P]]\n[[%s|E]]" % (cap_first(f1), cap_first(filler), r.choice(["Thanks", "Best regards", "Warmly", "Cheers"]),
                                                    n, g.email_for(n))
        return "signature", body
    if kind == "general_text":
        n = g.plain_name()
        body = "Please update the mailing address for [[%s|P]] to [[%s|L]]. Unrelated, but %s." % (n, g.us_address(), f1)
        return "general_text", body
    # international
    loc, cc = r.choice(LOCALES_INTL)
    fk = g.intl[loc]
    n = g.plain_name(fake=fk)
    ph = fk.phone_number()
    body = "[[%s|P|I]] here, calling from abroad: %s. My number is [[%s|PH|I]]." % (n, f1, ph)
    return "international", body


def name_msg(g, lemmas, word_lemma):
    """Name-words used as names; word_lemma (maybe the same word) as an ordinary word."""
    r = g.rng
    names = [g.name_for(l) for l in lemmas]
    wf = g.word_frag(word_lemma) if word_lemma else None
    kind = r.choice(["list", "chat_export", "plain", "all_caps", "lower_case"])
    if kind == "list":
        lines = ["Care team this week:"] + ["- %s (%s)" % (n, role) for n, role in zip(names, r.sample(ROLES, len(names)))]
        if wf:
            lines.append("FYI: " + wf)
        return "list", "\n".join(lines)
    if kind == "chat_export":
        lines = []
        for i, n in enumerate(names):
            lines.append("%s: %s" % (n, wf if (i == 0 and wf) else r.choice(FILLERS)))
        return "chat_export", "\n".join(lines)
    if kind == "plain":
        body = " and ".join(names) + " said " + (wf if wf else r.choice(FILLERS)) + "."
        return "plain", cap_first(body)
    if kind == "all_caps":
        body = " AND ".join(names) + " ARE COVERING THE WEEKEND. " + (wf + "." if wf else "")
        return "all_caps", body
    body = ", ".join(names) + " can all help this week, " + (wf if wf else r.choice(FILLERS))
    return "lower_case", body


def apply_case(style, text, ids, keeps):
    """lower/upper the whole message except e-mails and URLs; spans keep their offsets (ASCII only)."""
    if style not in ("lower_case", "all_caps"):
        return text, ids, keeps
    fn = str.lower if style == "lower_case" else str.upper
    skip = [i["span"] for i in ids if i["type"] in ("EMAIL_ADDRESS", "URL")]
    out = []
    for pos, ch in enumerate(text):
        out.append(ch if any(a <= pos < b for a, b in skip) else fn(ch))
    new = "".join(out)
    if len(new) != len(text):
        return text, ids, keeps
    for i in ids:
        i["text"] = new[i["span"][0]:i["span"][1]]
    for k in keeps:
        k["text"] = new[k["span"][0]:k["span"][1]]
    return new, ids, keeps


TYPO_SWAPS = [(r"\bthe\b", "teh"), (r"\band\b", "adn"), (r"\bbecause\b", "becuase"), (r"\bshe's\b", "shes"),
              (r"\bdon't\b", "dont"), (r"\bit's\b", "its"), (r"\btomorrow\b", "tmrw"), (r"\byou\b", "u"),
              (r"\bthey\b", "tehy"), (r"\bwith\b", "wiht"), (r"\bafter\b", "aftr")]

CLINICAL = ["blood pressure", "heart attack", "physical therapy", "feeding tube", "kidney stone", "warfarin", "MRI",
            "oxycodone", "doxycycline", "methotrexate", "metoprolol", "aspirin", "ER", "asthma", "gout", "thrush", "chemo",
            "dialysis", "IV", "x-ray", "BRCA", "fracture", "arthritis", "whiplash", "antibiotic", "insulin", "nausea",
            "fever", "rash", "pollen", "cough", "A1c", "liver", "shingles", "bedsore", "migraines", "hospice", "oxygen",
            "concentrator", "surgery", "cardiologist", "swelling", "pharmacist", "dietitian", "ambulance", "mom", "dad",
            "metformin", "Eliquis", "blood thinner", "copay", "gene panel", "drug test", "hot flashes", "dry mouth",
            "sore throat", "upset stomach", "eye doctor", "Christmas", "sunday", "thursdays", "wednesdays", "tuesday",
            "friday", "monday", "saturdays"]


def add_clinical(text, ids, keeps):
    taken = [i["span"] for i in ids] + [k["span"] for k in keeps]
    for term in CLINICAL:
        for m in re.finditer(r"(?<![A-Za-z])" + re.escape(term) + r"(?![A-Za-z])", text, flags=re.I):
            sp = (m.start(), m.end())
            if any(a < sp[1] and sp[0] < b for a, b in taken):
                continue
            keeps.append({"text": m.group(0), "span": sp, "kind": "other"})
            taken.append(sp)
    return keeps


def typo_markup(body, rng):
    """Add typos only outside markup."""
    parts = re.split(r"(\[\[.+?\]\]|<<.+?>>|\{.+?\})", body)
    swaps = rng.sample(TYPO_SWAPS, 3)
    for i in range(0, len(parts), 2):
        for a, b in swaps:
            parts[i] = re.sub(a, b, parts[i])
    return "".join(parts).replace(".", "")


def generate(n, rng, name_cov, word_cov, recs):
    from build import parse_marked
    g = Gen(rng)
    out = []
    pool = sorted(LEX)
    no_name = [w for w in pool if not name_cov[w]]
    n_name_msgs = max(4, min(8, (len(no_name) + 2) // 3))
    n_name_msgs = min(n_name_msgs, n // 6) if n >= 24 else 0
    wc = word_cov.copy()
    plan = ["name"] * n_name_msgs + ["word"] * (n - n_name_msgs)
    rng.shuffle(plan)
    name_queue = list(no_name)
    rng.shuffle(name_queue)
    id_share = 0.6
    for idx, kind in enumerate(plan):
        for attempt in range(40):
            if kind == "name":
                take = [w for w in name_queue[:3]] or pick_low(name_cov, pool, rng, 2)
                same = rng.random() < 0.5
                wl = take[0] if same else pick_low(wc, pool, rng, 1, exclude=take)[0]
                style, body = name_msg(g, take, wl)
            else:
                lemmas = pick_low(wc, pool, rng, 2 if rng.random() < 0.4 else 1)
                style, body = word_only(g, lemmas, rng.random() < id_share)
            if style == "typos":
                body = typo_markup(body, rng)
            text, ids, keeps = parse_marked(body)
            text, ids, keeps = apply_case(style, text, ids, keeps)
            keeps = add_clinical(text, ids, keeps)
            msg = {"style": style, "source": "template", "text": text, "ids": ids, "keeps": keeps, "origin": "template"}
            try:
                from build import finalize
                finalize(msg, [])
            except Exception:
                continue
            break
        else:
            raise RuntimeError("template failed")
        if kind == "name":
            del name_queue[:3]
            for w in take:
                name_cov[w] += 1
        for k in keeps:
            for t in TOKEN_RE.findall(k["text"]):
                lem = lemma_of(t)
                if lem:
                    wc[lem] += 1
        out.append(msg)
    return out
