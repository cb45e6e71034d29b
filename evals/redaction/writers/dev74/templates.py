"""My own message templates for dev74, filled with Faker values (seeded in build.py)."""
import string
from faker import Faker
import pools as P
from pools import digits

import unicodedata
U = string.ascii_uppercase


def asciify(s):
    s = s.translate(str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "ı": "i", "đ": "d", "æ": "ae", "œ": "oe"}))
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
MBI_L = "ACDEFGHJKMNPQRTUVWXY"   # letters allowed in a Medicare Beneficiary Identifier


class B:
    """Message builder: every identifier and keep word is added as a piece, so it is an exact substring."""
    def __init__(self, style):
        self.style, self.parts, self.ids, self.keeps = style, [], [], []

    def t(self, s):
        self.parts.append(("t", s, None)); return self

    def i(self, s, typ, reg="US"):
        self.parts.append(("i", s, (typ, reg))); return self

    def k(self, s):
        self.parts.append(("k", s, None)); return self

    def build(self, case=None):
        f = {"upper": str.upper, "lower": str.lower}.get(case, lambda x: x)
        text, ids, keeps = [], [], []
        for kind, s, meta in self.parts:
            s2 = f(s)
            text.append(s2)
            if kind == "i":
                d = {"text": s2, "type": meta[0], "region": meta[1]}
                if d not in ids:
                    ids.append(d)
            elif kind == "k" and s2 not in keeps:
                keeps.append(s2)
        return {"style": self.style, "text": "".join(text), "identifiers": ids, "keep": keeps, "source": "template"}


class Ctx:
    def __init__(self, rng, seed):
        self.rng = rng
        self.fk = {}
        self.seed = seed

    def faker(self, loc):
        if loc not in self.fk:
            f = Faker(loc); f.seed_instance(self.seed + len(self.fk)); self.fk[loc] = f
        return self.fk[loc]

    def ch(self, xs):
        return self.rng.choice(xs)

    def p(self, x):
        return self.rng.random() < x

    mrn_factor = 0.3   # templates carry fewer record numbers than the hand half (target: about half overall)

    def pm(self, x):
        return self.rng.random() < x * self.mrn_factor

    # ---- people -------------------------------------------------------------------------
    def us_person(self):
        """Names written in a US context (many origins), region US."""
        r = self.rng
        loc = r.choice(["en_US"] * 6 + ["es_MX", "es_MX", "vi_VN", "fil_PH", "en_IN", "pl_PL", "it_IT", "de_DE",
                                        "fr_FR", "pt_BR", "tr_TR", "nl_NL", "en_GB"])
        f = self.faker(loc)
        first, last = f.first_name(), f.last_name()
        if self.p(0.18):
            last = r.choice(P.EN_WORD_SURNAMES)
        if self.p(0.10):
            first = r.choice(P.EN_WORD_GIVEN)
        return first, last

    def intl_person(self, cc, gender=None):
        f = self.faker(P.CC_LOCALE[cc])
        full = {"f": f.name_female, "m": f.name_male}.get(gender, f.name)()
        for pre in ("Mr ", "Mrs ", "Ms ", "Dr ", "Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Prof. ", "Herr ", "Frau ",
                    "Sr. ", "Sra. ", "M. ", "Mme ", "Sig. ", "Dott. ", "Pan ", "Pani ", "Bay ", "Bayan "):
            if full.startswith(pre):
                full = full[len(pre):]
        for suf in (" MD", " PhD", " DDS", " DVM", " Jr.", " II", " III"):
            if full.endswith(suf):
                full = full[: -len(suf)]
        return full.strip()

    # ---- values ---------------------------------------------------------------------------
    def dob(self, intl=False, old=False):
        r = self.rng
        y = r.randint(1928, 1962) if old else r.randint(1928, 2006); m = r.randint(1, 12); d = r.randint(1, 28)
        mon = P.MONTHS[m - 1]
        if intl:
            return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}",
                             f"{d} {mon} {y}", f"{d}-{mon[:3]}-{y}"])
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{m}-{d}-{y}",
                         f"{m:02d}-{d:02d}-{y}", f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}", f"{mon[:3]}. {d}, {y}",
                         f"{y}-{m:02d}-{d:02d}", f"{d} {mon} {y}", f"{m}.{d}.{y}", f"{mon} {d}th {y}".replace("1th", "1st").replace("2th", "2nd").replace("3th", "3rd").replace("11st", "11th").replace("12nd", "12th").replace("13rd", "13th"),
                         f"{m:02d}{d:02d}{y}"])

    def ssn(self):
        r = self.rng
        a = r.choice([x for x in range(1, 900) if x != 666]); g = r.randint(1, 99); s = r.randint(1, 9999)
        return r.choice([f"{a:03d}-{g:02d}-{s:04d}"] * 4 + [f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}",
                                                           f"{a:03d}.{g:02d}.{s:04d}"])

    def mbi(self):
        r = self.rng
        an = MBI_L + string.digits
        v = (str(r.randint(1, 9)) + r.choice(MBI_L) + r.choice(an) + r.choice(string.digits) + r.choice(MBI_L)
             + r.choice(an) + r.choice(string.digits) + r.choice(MBI_L) + r.choice(MBI_L) + digits(r, 2))
        return r.choice([v, f"{v[:4]}-{v[4:7]}-{v[7:]}", f"{v[:4]} {v[4:7]} {v[7:]}", v.lower() if self.p(.2) else v])

    def mrn(self, kind=None):
        """Record numbers of many shapes. Returns (value, label_candidates)."""
        r = self.rng
        kind = kind or r.choice(["hosp", "hosp", "hosp", "clinic", "member", "member", "medicare", "medicaid",
                                 "subscriber", "policy", "chart"])
        if kind == "hosp":
            v = r.choice([digits(r, 8), "00" + digits(r, 6), digits(r, 7), digits(r, 10),
                          f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}", f"{digits(r, 4)} {digits(r, 4)}",
                          f"{digits(r, 2)}-{digits(r, 2)}-{digits(r, 2)}", r.choice("EMKHS") + digits(r, 7),
                          f"{digits(r, 3)} {digits(r, 2)} {digits(r, 2)}", f"{digits(r, 2)}-{digits(r, 6)}"])
            labels = ["MRN", "MRN:", "MRN#", "mrn", "MR#", "Med Rec #", "Medical Record #", "medical record no.",
                      "MNR", "mrm", "med rec numbr", "M.R.N.", "hospital #", "Hosp No.", "Pt ID", "patient ID",
                      "patient #", "MRN -", "Medical Record Number:", "medical recrod #", "record #"]
        elif kind == "clinic":
            v = r.choice([f"{r.choice(U)}{r.choice(U)}-{digits(r, 6)}", f"{r.choice(U)}-{digits(r, 5)}",
                          f"{r.choice(U)}{digits(r, 2)}-{digits(r, 4)}", digits(r, 6), f"{digits(r, 3)}-{digits(r, 4)}"])
            labels = ["chart #", "Chart No.", "chart number", "chart nbr", "chart", "acct/MRN", "clinic #",
                      "Pt acct", "account (clinic)", "file #"]
        elif kind == "member":
            v = r.choice([f"{r.choice(U)}{r.choice(U)}{r.choice(U)}{digits(r, 9)}",
                          f"{r.choice(U)}{r.choice(U)}{r.choice(U)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
                          f"W{digits(r, 9)}", f"U{digits(r, 8)} {digits(r, 2)}", f"{digits(r, 9)}-0{r.randint(1, 4)}",
                          f"{digits(r, 9)}", f"M{digits(r, 10)}", f"{r.choice(U)}{digits(r, 8)}{r.choice(U)}",
                          f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)} {digits(r, 2)}", f"H{digits(r, 8)}-0{r.randint(1, 3)}"])
            labels = ["member ID", "Member ID:", "Member #", "ID#", "ID", "member id", "memebr id", "mbr ID",
                      "Identification No.", "member no", "ins ID", "insurance ID", "card #", "ID number"]
        elif kind == "medicare":
            v = self.mbi()
            labels = ["Medicare #", "Medicare ID", "MBI", "Medicare number", "medicare", "Mediacare #",
                      "Medicare No.", "medicare card #", "Medicare Beneficiary ID"]
        elif kind == "medicaid":
            v = r.choice([f"{r.choice(U)}{r.choice(U)}{digits(r, 5)}{r.choice(U)}", digits(r, 10), digits(r, 11),
                          f"{digits(r, 8)}{r.choice(U)}", f"{digits(r, 4)} {digits(r, 4)} {digits(r, 2)}",
                          f"{r.choice(U)}{digits(r, 8)}"])
            labels = ["Medicaid ID", "Medicaid #", "medicaid", "Medicaide #", "Medi-Cal #", "CIN",
                      "Medicaid ID No.", "state ID (Medicaid)", "MassHealth ID", "SoonerCare #", "AHCCCS ID"]
        elif kind == "subscriber":
            v = r.choice([f"{r.choice(U)}{digits(r, 8)}", f"{digits(r, 3)}-{digits(r, 2)}-{digits(r, 4)}{r.choice(U)}",
                          f"{r.choice(U)}{r.choice(U)}{digits(r, 7)}", f"{digits(r, 11)}", f"{r.choice(U)}{digits(r, 4)} {digits(r, 5)}"])
            labels = ["subscriber ID", "Subscriber #", "subsriber no", "Sub ID", "subscriber number",
                      "Subscriber/Member ID"]
        elif kind == "policy":
            v = r.choice([f"{digits(r, 5)}-{digits(r, 3)}", f"{r.choice(U)}{r.choice(U)}{digits(r, 8)}",
                          f"{r.choice(U)}{r.choice(U)}{r.choice(U)}-{digits(r, 4)}-{digits(r, 5)}", digits(r, 12),
                          f"{digits(r, 4)} {digits(r, 4)} {digits(r, 4)}"])
            labels = ["policy #", "Policy No.", "policy number", "polcy no", "Policy ID", "pol #"]
        else:  # chart
            v = r.choice([f"{digits(r, 2)}-{digits(r, 4)}-{digits(r, 2)}", f"C{digits(r, 6)}", digits(r, 5),
                          f"{r.choice(U)}{digits(r, 2)}{digits(r, 4)}"])
            labels = ["Chart #", "chart no", "Chart ID", "patient chart", "EHR #", "record no"]
        return v, labels

    def intl_mrn(self, cc):
        r = self.rng
        if cc == "GB":
            while True:
                d = [r.randrange(10) for _ in range(9)]
                c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
                c = 0 if c == 11 else c
                if c != 10:
                    break
            n = "".join(map(str, d)) + str(c)
            return r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"]), ["NHS number", "NHS no.", "NHS No:", "nhs num"]
        if cc == "CA":
            return f"{digits(r, 4)}-{digits(r, 3)}-{digits(r, 3)}-{r.choice(U)}{r.choice(U)}", ["OHIP", "health card #", "OHIP no."]
        if cc == "DE":
            return f"{r.choice(U)}{digits(r, 9)}", ["Versichertennummer", "KVNR", "Versicherten-Nr."]
        if cc == "AU":
            return f"{digits(r, 4)} {digits(r, 5)} {r.randint(1, 9)}", ["Medicare card", "Medicare no."]
        if cc == "FR":
            return digits(r, 10), ["IPP", "n° de dossier", "numéro patient"]
        if cc == "JP":
            return digits(r, 8), ["診察券番号", "患者ID", "patient no."]
        if cc == "IN":
            return digits(r, 11), ["UHID", "UHID No.", "CR No."]
        if cc == "PH":
            return f"{digits(r, 2)}-{digits(r, 9)}-{r.randint(0, 9)}", ["PhilHealth", "PhilHealth no.", "PIN"]
        if cc == "BR":
            return f"{r.choice('789')}{digits(r, 2)} {digits(r, 4)} {digits(r, 4)} {digits(r, 4)}", ["cartão SUS", "CNS", "cartão do SUS"]
        if cc == "MX":
            return f"{digits(r, 4)} {digits(r, 2)} {digits(r, 4)} {r.randint(0, 9)}", ["NSS", "número de afiliación", "IMSS"]
        return r.choice([digits(r, 8), f"{r.choice(U)}{digits(r, 7)}", f"{digits(r, 4)}-{digits(r, 6)}"]), ["hospital no.", "patient ID", "file no.", "MRN"]

    def card(self):
        r = self.rng
        f = self.faker("en_US")
        kind = r.choice(["visa", "mastercard", "amex", "discover", "visa16"])
        n = f.credit_card_number(card_type=kind if kind != "visa16" else "visa")
        if self.p(0.2):  # typo'd / invalid Luhn
            last = int(n[-1]); n = n[:-1] + str((last + r.randint(1, 9)) % 10)
        if len(n) == 16:
            n = r.choice([n, f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}", f"{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}",
                          f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"])
        elif len(n) == 15:
            n = r.choice([n, f"{n[:4]} {n[4:10]} {n[10:]}"])
        label = r.choice({"visa": ["visa", "Visa", "VISA card", "card", "cc#", "credit card"],
                          "visa16": ["visa", "debit card", "card #", "Visa debit"],
                          "mastercard": ["MasterCard", "mc", "card", "credit card #", "mastercard no."],
                          "amex": ["Amex", "AMEX", "american express", "card"],
                          "discover": ["Discover", "discover card", "card", "cc"]}[kind])
        return n, label

    def aba(self):
        r = self.rng
        d = [r.randrange(10) for _ in range(8)]; d[0] = r.choice([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        return "".join(map(str, d)) + str((10 - s % 10) % 10)

    def bank_acct(self):
        r = self.rng
        return r.choice([digits(r, 10), digits(r, 12), "000" + digits(r, 9), digits(r, 8), f"{digits(r, 4)}-{digits(r, 6)}"])

    def iban(self):
        r = self.rng
        f = self.faker(r.choice(P.IBAN_LOCALES))
        v = f.iban()
        form = r.choice(["plain", "spaced", "spaced", "lower", "lowerspaced"])
        sp = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return {"plain": v, "spaced": sp, "lower": v.lower(), "lowerspaced": sp.lower()}[form]

    def email(self, first, last):
        r = self.rng
        f, l = asciify(first.lower().replace(" ", "")) or "x", asciify(last.lower().replace(" ", "").replace("'", "")) or "y"
        user = r.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{r.randint(1, 99)}", f"{l}{f[0]}{r.randint(40, 99)}",
                         f"{f}{r.randint(1940, 2005)}", f"{f}.{l}{r.randint(1, 9)}", f"{l}.family", f"{f}loves{r.choice(['dogs', 'jesus', 'fishing', 'roses'])}"])
        dom = r.choice(P.EMAIL_DOMAINS)
        e = f"{user}@{dom}"
        return e.upper() if self.p(0.05) else e

    def url(self, first, last):
        r = self.rng
        f, l = asciify(first.lower().replace(" ", "")) or "x", asciify(last.lower().replace(" ", "").replace("'", "")) or "y"
        h = r.choice([f"{f}{l}", f"{f}-{l}", f"{f}.{l}.{r.randint(1, 99)}", f"help-{f}-{l}", f"{f}{l}journey",
                      f"team{f}", f"{f}-{l}-recovery", f"prayers-for-{f}", f"{f}_{l}", f"{f}{l}{r.randint(1, 9)}"])
        return r.choice(P.PERSONAL_SITES).format(h=h)

    def keep_time(self):
        r = self.rng
        return r.choice([f"{r.randint(1, 12)}:{r.choice(['00', '15', '30', '45'])} {r.choice(['am', 'pm', 'AM', 'PM', 'p.m.'])}",
                         f"{r.randint(7, 11)}{r.choice(['am', ' AM'])}", f"{r.choice(['08', '09', '13', '14', '16'])}{r.choice(['00', '30'])}",
                         f"{r.randint(1, 5)}:{r.choice(['10', '20', '40', '50'])}"])

    def keep_vital(self):
        r = self.rng
        return r.choice([f"BP {r.randint(110, 178)}/{r.randint(62, 104)}", f"pulse {r.randint(50, 120)}", f"HR {r.randint(50, 120)}",
                         f"temp {r.randint(980, 1034) / 10}", f"T {r.randint(980, 1034) / 10}", f"O2 sat {r.randint(86, 99)}%",
                         f"SpO2 {r.randint(86, 99)}%", f"wt {r.randint(98, 290)} lb", f"weight {r.randint(45, 130)} kg",
                         f"FSBG {r.randint(70, 380)}", f"RR {r.randint(12, 26)}", f"pain {r.randint(2, 10)}/10"])

    def keep_dose(self):
        r = self.rng
        return r.choice([f"{r.randint(1, 3)} tabs", f"{r.randint(4, 40)} units", f"{r.choice([5, 10, 20, 25, 40, 50, 100, 500])} mg",
                         f"{r.randint(1, 4)} puffs", f"{r.choice([0.5, 1, 2])} mg", f"{r.choice([250, 500, 850, 1000])} mg BID",
                         f"{r.choice([12.5, 25, 50])} mg daily", f"{r.randint(1, 2)} caps"])

    def dose_for(self, drug):
        r = self.rng
        d = drug.lower()
        if d in ("albuterol", "symbicort", "spiriva"):
            return f"{r.randint(1, 2)} puffs {r.choice(['BID', 'q4h prn', 'daily'])}"
        if any(x in d for x in ("insulin", "lantus", "toujeo", "humalog")):
            return f"{r.randint(4, 40)} units {r.choice(['qhs', 'with meals', 'daily'])}"
        if d in ("ozempic", "mounjaro", "trulicity"):
            return f"{r.choice(['0.25', '0.5', '1', '2.5', '5'])} mg weekly"
        return f"{r.choice(['1 tab', '2 tabs', '1/2 tab', '1 cap'])} {r.choice(['daily', 'BID', 'qhs', 'TID prn'])}"

    def lab_result(self):
        r = self.rng
        lab, val = r.choice([("A1c", f"{r.randint(55, 119) / 10}%"), ("INR", f"{r.randint(12, 45) / 10}"), ("TSH", f"{r.randint(2, 120) / 10}"),
                             ("potassium", f"{r.randint(31, 61) / 10}"), ("creatinine", f"{r.randint(7, 30) / 10}"), ("PSA", f"{r.randint(5, 120) / 10}"),
                             ("vitamin D level", f"{r.randint(8, 60)}"), ("ferritin", f"{r.randint(5, 400)}"), ("BNP", f"{r.randint(40, 1900)}"),
                             ("LDL", f"{r.randint(60, 210)}"), ("hemoglobin", f"{r.randint(70, 160) / 10}"), ("eGFR", f"{r.randint(15, 90)}"),
                             ("triglycerides", f"{r.randint(150, 900)}"), ("Hemoglobin A1c", f"{r.randint(55, 119) / 10}")])
        return lab, val

    def keep_ref(self):
        r = self.rng
        return r.choice([f"order #{digits(r, 7)}", f"confirmation {r.choice(U)}{r.choice(U)}{digits(r, 5)}", f"claim #{digits(r, 10)}",
                         f"lot {digits(r, 4)}{r.choice(U)}", f"Rx #{digits(r, 7)}", f"NDC {digits(r, 5)}-{digits(r, 4)}-{digits(r, 2)}",
                         f"ticket {digits(r, 6)}", f"ICD-10 {r.choice(['E11.9', 'I48.91', 'I10', 'J44.1', 'F11.20', 'N18.3', 'G20', 'F03.90'])}",
                         f"CPT {r.choice(['99213', '99214', '93000', '80053', '36415', '97110'])}", f"tracking {digits(r, 12)}"])

    def keep_place(self):
        r = self.rng
        return r.choice([f"room {r.randint(101, 899)}", f"bed {r.randint(1, 4)}", f"suite {r.randint(100, 600)}",
                         f"Building {r.choice('ABCDE')}", f"{r.choice(['2nd', '3rd', '4th', '5th'])} floor", f"exam room {r.randint(1, 12)}"])

    def keep_span(self):
        r = self.rng
        return r.choice([f"{r.randint(2, 14)} days", f"{r.randint(2, 12)} weeks", f"{r.randint(1, 6)} months", f"{r.randint(2, 6)} wks"])

    def keep_number(self):
        r = self.rng
        return r.choice([f"room {r.randint(101, 899)}", f"bed {r.randint(1, 4)}", f"BP {r.randint(110, 178)}/{r.randint(62, 104)}",
                         f"A1c {r.randint(55, 119) / 10}", f"glucose {r.randint(70, 380)}", f"temp {r.randint(990, 1034) / 10}",
                         f"O2 sat {r.randint(86, 99)}%", f"{r.randint(1, 3)} tabs", f"{r.randint(4, 40)} units",
                         f"{r.choice([5, 10, 20, 25, 40, 50, 100, 500])} mg", f"{r.randint(1, 12)}:{r.choice(['00', '15', '30', '45'])} {r.choice(['am', 'pm', 'AM', 'PM'])}",
                         f"${r.randint(5, 600)}.{digits(r, 2)}", f"order #{digits(r, 7)}", f"confirmation {r.choice(U)}{r.choice(U)}{digits(r, 5)}",
                         f"claim #{digits(r, 10)}", f"lot {digits(r, 4)}{r.choice(U)}", f"weight {r.randint(98, 290)} lbs",
                         f"pulse {r.randint(50, 120)}", f"{r.randint(2, 14)} days", f"ext. {digits(r, 3)}", f"Rx #{digits(r, 7)}",
                         f"suite {r.randint(100, 600)}", f"{r.choice(['1999', '2008', '2015', '2019', '2021', '2024'])}",
                         f"pain {r.randint(2, 10)}/10", f"{r.randint(2, 12)} weeks", f"INR {r.randint(15, 42) / 10}",
                         f"{r.randint(1, 4)} puffs", f"{r.randint(1, 30)}th floor".replace("1th", "1st").replace("2th", "2nd").replace("3th", "3rd").replace("11st", "11th").replace("12nd", "12th").replace("13rd", "13th"),
                         f"NDC {digits(r, 5)}-{digits(r, 4)}-{digits(r, 2)}", f"ICD-10 {r.choice(['E11.9', 'I48.91', 'I10', 'J44.1', 'F11.20', 'N18.3', 'G20', 'F03.90'])}",
                         f"CPT {r.choice(['99213', '99214', '93000', '80053', '36415', '97110'])}", f"ticket {digits(r, 6)}"])


# ============================ templates =================================================
def name_forms(c, first, last, case_hint=None):
    r = c.rng
    return r.choice([f"{first} {last}", f"{first} {last}", f"{last}, {first}", f"{first}", f"{first} {r.choice(U)}. {last}",
                     f"{last.upper()}, {first.upper()}", f"{first.lower()} {last.lower()}"])


def t_portal(c):
    b = B(c.ch(["portal_message", "portal_message", "lower_case", "typo"]))
    f, l = c.us_person(); doc = c.us_person()[1]
    b.t(c.ch(["Hi Dr. ", "Dr ", "Hello Dr. ", "To Dr. ", "hi dr "])).i(doc, "PERSON").t(c.ch([", ", " - ", ",\n"]))
    b.t(c.ch(["this is ", "it's ", "my name is ", "I am ", "writing for myself, "])).i(f"{f} {l}", "PERSON")
    if c.p(.7):
        o = c.ch([" (DOB ", " (date of birth ", ", dob ", ", born ", " (birthday ", " - D.O.B. "])
        b.t(o).i(c.dob(), "DATE_OF_BIRTH").t(")" if "(" in o else "")
    b.t(". ")
    drug = c.ch(P.DRUGS)
    b.t(c.ch(["I need a refill of my ", "Could you send a new script for ", "I'm almost out of ", "The pharmacy says I have no refills left on the "]))
    b.k(drug).t(c.ch([". ", " please. ", ", only have a few left. "]))
    if c.pm(.55):
        v, labels = c.mrn()
        b.t(c.ch(["My ", "my ", "Your office gave me ", "In case you need it, my "])).t(c.ch(labels)).t(c.ch([" is ", " ", ": "])).i(v, "MEDICAL_RECORD_NUMBER").t(". ")
    if c.p(.5):
        lab, val = c.lab_result()
        b.t(c.ch(["Also my ", "Also the ", "And my "])).k(lab).t(c.ch([" came back ", " was "])).k(val).t(c.ch([", is that ok?", " - should I worry?", ". "]))
    if c.p(.5):
        b.t(c.ch([" Best number is ", " Call me at ", " You can reach me at ", " cell "])).i(P.us_phone(c.rng), "PHONE_NUMBER").t(".")
    b.t(c.ch(["\nThanks, ", "\n- ", "\nThank you\n", " Thanks "])).i(f, "PERSON")
    return b.build("lower" if b.style == "lower_case" else None)


def t_address_change(c):
    b = B(c.ch(["general_text", "general_text", "lower_case", "all_caps"]))
    f, l = c.us_person()
    a1, area, city, st = P.us_address(c.rng)
    rel = c.ch(P.RELATIONS)
    b.t(c.ch(["Address change for ", "Please update the address for ", "New address for ", "FYI ", "Heads up, "]))
    if c.p(.5):
        b.k(rel).t(" (").i(f"{f} {l}", "PERSON").t(")")
    else:
        b.i(f"{f} {l}", "PERSON")
    if c.p(.4):
        a0 = P.us_address(c.rng, c.ch(["one", "one_unit", "two"]))[0]
        b.t(c.ch([". Old: ", " - moved from ", ". Was at "])).i(a0, "LOCATION", "US")
    b.t(c.ch([". New: ", " - now at ", ":\n", ". As of the 1st it's "])).i(a1, "LOCATION").t(". ")
    if c.p(.6):
        b.t(c.ch(["Phone there is ", "New landline ", "House phone: ", "cell stays the same, home is "])).i(P.us_phone(c.rng, area), "PHONE_NUMBER").t(". ")
    if c.p(.35):
        b.t(c.ch(["Email ", "Her email: ", "email is "])).i(c.email(f, l), "EMAIL_ADDRESS").t(". ")
    if c.p(.35):
        b.t(c.ch(["Please forward the ", "Mail the ", "Send the "])).k(c.ch(P.DRUGS)).t(c.ch([" there from now on.", " to the new place."]))
    if c.pm(.3):
        v, labels = c.mrn(c.ch(["member", "medicare", "hosp"]))
        b.t(" ").t(c.ch(labels)).t(" ").i(v, "MEDICAL_RECORD_NUMBER")
    return b.build({"lower_case": "lower", "all_caps": "upper"}.get(b.style))


def t_signature(c):
    b = B("signature")
    f, l = c.us_person()
    body = c.ch(["Thanks for the quick turnaround on Mom's ", "Please see attached paperwork for the ", "Following up on the ",
                 "Confirming the appointment for the "])
    b.t(body).k(c.ch(["MRI", "echo", "colonoscopy", "sleep study", "PT eval", "cataract surgery", "biopsy", "EGD", "DEXA scan", "stress test"])).t(c.ch([".\n\n", ". Let me know if you need anything else.\n\n"]))
    b.t(c.ch(["Best,\n", "Regards,\n", "Thanks,\n", "--\n", "Warmly,\n", "Sincerely,\n"]))
    b.i(f"{f} {l}", "PERSON").t(c.ch(["", "", ", RN", ", MBA", ", LCSW", ", CPA"]))
    title = c.ch(["Office Manager", "Caregiver Coordinator", "Realtor", "Attorney at Law", "Owner", "Teacher", "Volunteer Coordinator", "Sales Associate"])
    b.t("\n" + title + c.ch([" | ", ", ", "\n"])).k(c.ch(["Sunrise Realty", "Hometown Plumbing", "Great Lakes Credit Union", "First Baptist Church", "Lincoln Elementary", "Miller & Sons", "Bright Futures Daycare", "Summit Insurance Agency"]))
    area = c.ch(P.US_CITIES)[3]
    b.t(c.ch(["\nO: ", "\nphone ", "\nOffice ", "\nt. "])).i(P.us_phone(c.rng, area), "PHONE_NUMBER")
    if c.p(.6):
        b.t(c.ch(["\nC: ", " | cell ", "\nMobile: ", "\nm. "])).i(P.us_phone(c.rng, area), "PHONE_NUMBER")
    if c.p(.15):
        b.t(c.ch(["\nToll free ", "\nCall "])).i(P.vanity(c.rng), "PHONE_NUMBER")
    b.t("\n").i(c.email(f, l), "EMAIL_ADDRESS")
    if c.p(.75):
        b.t("\n").i(c.url(f, l), "URL")
    if c.p(.3):
        b.t("\n").i(P.us_address(c.rng, c.ch(["one_unit", "one"]))[0], "LOCATION")
    return b.build()


def t_payment(c):
    b = B(c.ch(["general_text", "form", "lower_case"]))
    f, l = c.us_person()
    amt = f"${c.rng.randint(10, 900)}.{digits(c.rng, 2)}"
    if c.p(.6):
        n, label = c.card()
        b.t(c.ch(["Please charge ", "Pay ", "I'd like to put ", "Can you run "])).k(amt).t(c.ch([" to my ", " on the ", " on my "])).t(label).t(c.ch([" ", ": ", " number "])).i(n, "ACCOUNT_NUMBER")
        b.t(c.ch([" exp ", ", expires ", " exp. "])).t(f"{c.rng.randint(1, 12):02d}/{c.rng.randint(26, 31)}").t(c.ch([". Name on card ", ". Cardholder: ", ", name "]))
        b.i(f"{f} {l}" if c.p(.7) else f"{f[0]} {l}".upper(), "PERSON")
        if c.p(.5):
            a, area, city, st = P.us_address(c.rng, c.ch(["one", "one_unit"]))
            b.t(c.ch([", billing address ", ". Billing: "])).i(a, "LOCATION")
        b.t(". ")
    else:
        b.t(c.ch(["Set up the autopay from checking: ", "Direct deposit info - ", "For the refund please use "]))
        b.t(c.ch(["routing ", "Routing #", "ABA ", "RTN "])).i(c.aba(), "ACCOUNT_NUMBER").t(c.ch([", account ", " acct# ", ", checking acct "])).i(c.bank_acct(), "ACCOUNT_NUMBER")
        b.t(c.ch([". Account holder ", ". Name: ", " - "])).i(f"{f} {l}", "PERSON").t(". Amount ").k(amt).t(". ")
    b.t(c.ch(["This is for ", "Re: ", "It's the bill for "])).k(c.ch(["the ambulance bill", "the lab bill", "Dad's copay", "the ER visit", "physical therapy", "the dentist", "home oxygen", "the wheelchair rental"]))
    if c.pm(.45):
        v, labels = c.mrn(c.ch(["hosp", "clinic"]))
        b.t(c.ch([", patient ", ", "])).t(c.ch(["account ", "acct ", "Pt acct ", "MRN "])).i(v, "MEDICAL_RECORD_NUMBER")
    if c.p(.4):
        b.t(c.ch([" (invoice ", " (statement ", " (ref "])).k(c.ch([f"INV-{digits(c.rng, 6)}", f"#{digits(c.rng, 5)}", f"{c.rng.choice(U)}{digits(c.rng, 8)}"])).t(")")
    b.t(".")
    return b.build("lower" if b.style == "lower_case" else None)


INTL_CCS = ["GB", "GB", "DE", "FR", "MX", "MX", "BR", "JP", "IN", "IN", "CN", "KR", "PH", "PH", "ES", "IT", "NL", "PL",
            "CA", "AU", "TR", "VN", "RU", "SA"]


def t_intl(c):
    b = B("international")
    cc = c.ch(INTL_CCS)
    rel = c.ch(["my mother", "my father", "my aunt", "my grandmother", "my uncle", "my mother-in-law", "our cousin", "my brother"])
    name = c.intl_person(cc, "m" if rel in ("my father", "my uncle", "my brother") else "f")
    opener = c.ch(["Hi, ", "Hello, ", "", "Good morning. "])
    b.t(opener).t((rel if opener.endswith(", ") else rel[0].upper() + rel[1:]) + " ").i(name, "PERSON", "INTL")
    b.t(c.ch([" lives in ", " is back home in ", " is staying in "])).t(P.CC_COUNTRY[cc])
    w = c.rng.randint(0, 2)
    if w == 0:
        b.t(c.ch([" and needs a copy of the records from the visit here for ", " and needs the discharge papers for "])).k(c.ch(P.CONDITIONS)).t(". ")
    elif w == 1:
        b.t(c.ch([" and can't get ", " and ran out of ", " - the pharmacy there doesn't stock "])).k(c.ch(P.DRUGS)).t(". ")
    else:
        b.t(c.ch([". The doctor there wants our notes on the ", ". They're asking about the "])).k(c.ch(P.CONDITIONS)).t(". ")
    if c.p(.7):
        b.t(c.ch(["Address: ", "Her address there is ", "Please mail to "])).i(P.INTL_ADDR[cc](c.rng, lambda n: digits(c.rng, n)), "LOCATION", "INTL").t(". ")
    if c.p(.75):
        ph = P.intl_phone(c.rng, cc if cc != "SA" or c.p(.5) else "SA")
        b.t(c.ch(["Phone ", "Tel ", "Her number ", "WhatsApp "])).i(ph, "PHONE_NUMBER", "INTL").t(". ")
    if c.pm(.45):
        v, labels = c.intl_mrn(cc)
        b.t(c.ch(labels) + c.ch([" ", ": ", " is "])).i(v, "MEDICAL_RECORD_NUMBER", "INTL").t(". ")
    if c.p(.4):
        b.t(c.ch(["Born ", "DOB ", "Her date of birth: "])).i(c.dob(intl=True), "DATE_OF_BIRTH", "INTL").t(". ")
    if c.p(.3):
        b.t(c.ch(["For the caregiver payment: IBAN ", "Bank details for the clinic: ", "Transfer to "])).i(c.iban(), "ACCOUNT_NUMBER", "INTL").t(". ")
    if c.p(.4):
        f, l = c.us_person()
        b.t(c.ch(["I'm in ", "We're in "])).i(c.ch(P.US_CITIES)[0], "LOCATION").t(c.ch([", my cell is ", ", reach me at "])).i(P.us_phone(c.rng), "PHONE_NUMBER").t(". ").t(c.ch(["- ", "Thanks, ", ""])).i(f, "PERSON")
    return b.build()


def t_chat(c):
    b = B("speaker_label")
    people = [c.us_person() for _ in range(3)]
    rel = c.ch(P.RELATIONS)
    drug = c.ch(P.DRUGS)
    a, b2 = people[0][0], people[1][0]
    lower = c.p(.4)
    def sp(name):
        b.i(name, "PERSON").t(": ")
    sp(a); b.t(c.ch(["did anyone pick up ", "who has ", "is it time for ", "where did u put "])).k(rel if not lower else rel.lower()).t("'s ").k(drug).t(c.ch(["?\n", "??\n", "\n"]))
    sp(b2); b.t(c.ch(["i did. ", "not me. ", "on the counter. ", "me. "])).t(c.ch(["they needed the ", "pharmacy asked for the ", "had to give them the "]))
    if c.pm(.9):
        v, labels = c.mrn(c.ch(["member", "medicare", "medicaid", "hosp", "subscriber"]))
        b.t(c.ch(labels)).t(c.ch([" ", ", ", " - "])).i(v, "MEDICAL_RECORD_NUMBER").t("\n")
    else:
        b.t(c.ch(["receipt", "insurance card", "copay, $", "prior auth paper"])).t("\n")
    if c.p(.6):
        sp(a); b.t(c.ch(["ok. ", "thx. ", "k. "])).t(c.ch(["also the home nurse is coming ", "the PT comes "])).k(c.ch(P.WEEKDAYS)).t(c.ch([", her number is ", ", number ", " call "])).i(P.us_phone(c.rng), "PHONE_NUMBER").t("\n")
    if c.p(.5):
        third = f"{people[2][0]} {people[2][1]}"
        b.k(c.ch(["Uncle", "Aunt", "Cousin", "Neighbor"])).t(" ").i(third, "PERSON").t(": ").t(c.ch(["I can drive her ", "I'll take him "])).k(c.ch(P.WEEKDAYS)).t(c.ch([", what's the address of the clinic again", ". still at "]))
        if c.p(.5):
            b.i(P.us_address(c.rng, "one")[0], "LOCATION")
        b.t("\n")
    if c.p(.4):
        sp(b2); b.t(c.ch(["her dob is ", "they'll ask for dob: ", "dob for the form "])).i(c.dob(old=True), "DATE_OF_BIRTH")
    return b.build("lower" if lower else None)


def t_clinician(c):
    b = B("clinician_note")
    f, l = c.us_person()
    form = c.ch(["last_first", "full", "caps"])
    nm = {"last_first": f"{l}, {f}", "full": f"{f} {l}", "caps": f"{l.upper()}, {f.upper()}"}[form]
    b.t(c.ch(["Pt ", "Patient: ", "", "RE: ", "Name: "])).i(nm, "PERSON")
    v, labels = c.mrn(c.ch(["hosp", "hosp", "clinic", "chart"]))
    sep = c.ch([" ", " | ", ", ", "  "])
    if c.p(.6):
        b.t(sep + c.ch(["MRN ", "MRN: ", "MR# ", "", "mrn ", "#", "Chart "])).i(v, "MEDICAL_RECORD_NUMBER")
    if c.p(.7):
        b.t(sep + c.ch(["DOB ", "DOB: ", "d.o.b. ", ""])).i(c.dob(), "DATE_OF_BIRTH")
    b.t(c.ch(["\n", ". ", "\n\n"]))
    b.t(c.ch(["Seen for ", "F/u ", "Dx: ", "CC: ", "Hx "])).k(c.ch(P.CONDITIONS)).t(". ")
    b.k(c.keep_vital()).t(", ").k(c.keep_vital()).t(". ")
    drug = c.ch(P.DRUGS)
    b.t(c.ch(["Cont ", "Start ", "Stop ", "Increase ", "Hold "])).k(drug)
    if any(ch.isdigit() for ch in drug) or c.p(.5):
        b.t(". ")
    else:
        b.t(" ").k(c.dose_for(drug)).t(". ")
    if c.p(.5):
        rel = c.ch(["caregiver", "POA", "HCP", "emergency contact", "family member", "pt's partner", "dtr/son (unclear)", "agency aide"])
        g, m = c.us_person()
        b.t(c.ch(["Spoke w/ ", "D/w ", "Updated ", "Called "])).t(rel + " ").i(g if c.p(.5) else f"{g} {m}", "PERSON")
        if c.p(.6):
            b.t(c.ch([" at ", " ", " @ "])).i(P.us_phone(c.rng), "PHONE_NUMBER")
        b.t(". ")
    if c.pm(.3):
        v2, labels2 = c.mrn(c.ch(["medicare", "medicaid", "member"]))
        b.t(c.ch(labels2) + " ").i(v2, "MEDICAL_RECORD_NUMBER").t(". ")
    b.t(c.ch(["RTC ", "F/u ", "Recheck in "])).k(c.ch(["2 wks", "1 month", "3 months", "6 wk", "10 days"])).t(".")
    return b.build()


def t_roster(c):
    b = B(c.ch(["roster", "table"]))
    n = c.rng.randint(3, 5)
    sep = c.ch([" | ", "  ", "\t", ", ", " - "])
    b.t(c.ch(["Census ", "Today's list ", "Clinic schedule ", "Home visits "])).k(c.ch(P.WEEKDAYS)).t("\n")
    kind = c.ch(["hosp", "clinic", "chart"])
    base = c.rng.randint(100000, 9999999)
    for _ in range(n):
        f, l = c.us_person()
        b.k(c.ch([f"Rm {c.rng.randint(101, 650)}", f"{c.rng.randint(7, 16)}:{c.ch(['00', '20', '40'])}", f"Bed {c.rng.randint(1, 30)}"])).t(sep)
        b.i(c.ch([f"{l}, {f}", f"{l.upper()}, {f[0]}", f"{f} {l}", l]), "PERSON").t(sep)
        if c.p(.5):
            v = str(base + c.rng.randint(1, 900)).zfill(8)
        else:
            v = c.mrn(kind)[0]
        b.i(v, "MEDICAL_RECORD_NUMBER")
        if c.p(.6):
            b.t(sep).i(c.dob(), "DATE_OF_BIRTH")
        b.t(sep).k(c.ch(P.CONDITIONS + P.DRUGS)).t("\n")
    return b.build()


def t_form(c):
    b = B("form")
    f, l = c.us_person()
    b.t(c.ch(["NEW PATIENT REGISTRATION\n", "Patient Information Form\n", "INTAKE\n", "Application for Benefits\n", "Caregiver Program Enrollment\n"]))
    b.t(c.ch(["Name: ", "Patient name: ", "Full legal name: ", "NAME "])).i(c.ch([f"{f} {l}", f"{l}, {f}", f"{f.upper()} {l.upper()}"]), "PERSON").t("\n")
    b.t(c.ch(["DOB: ", "Date of birth: ", "Birthdate ", "D.O.B.: "])).i(c.dob(), "DATE_OF_BIRTH").t("\n")
    if c.p(.75):
        b.t(c.ch(["SSN: ", "Social Security #: ", "SS#: ", "Soc. Sec. No. ", "ssn "])).i(c.ssn(), "US_SSN").t("\n")
    a, area, city, st = P.us_address(c.rng, c.ch(["one", "one_unit", "two", "two_unit", "three", "pobox", "rr"]))
    b.t(c.ch(["Address: ", "Home address:\n", "Street/City/State/ZIP: "])).i(a, "LOCATION").t("\n")
    b.t(c.ch(["Phone: ", "Home ph: ", "Best contact #: "])).i(P.us_phone(c.rng, area), "PHONE_NUMBER").t("\n")
    if c.p(.6):
        b.t(c.ch(["Email: ", "E-mail: "])).i(c.email(f, l), "EMAIL_ADDRESS").t("\n")
    if c.pm(.7):
        v, labels = c.mrn(c.ch(["member", "medicare", "medicaid", "subscriber", "policy"]))
        b.t(c.ch(["Insurance: ", "Primary ins: ", "Coverage: "])).k(c.ch(["Medicare", "Medicaid", "Aetna", "Cigna", "Humana", "Blue Cross", "UnitedHealthcare", "Tricare"])).t("  ").t(c.ch(labels) + " ").i(v, "MEDICAL_RECORD_NUMBER").t("\n")
    if c.p(.5):
        g, m = c.us_person()
        b.t(c.ch(["Emergency contact: ", "Next of kin: "])).i(f"{g} {m}", "PERSON").t(" (").k(c.ch(["daughter", "son", "spouse", "sister", "friend"])).t(c.ch([") ", ") ph "])).i(P.us_phone(c.rng, area), "PHONE_NUMBER").t("\n")
    if c.p(.5):
        b.t(c.ch(["Current meds: ", "Medications: "])).k(c.ch(P.DRUGS)).t(", ").k(c.ch(P.DRUGS)).t("\n")
    else:
        b.t(c.ch(["Reason for visit: ", "Problems: ", "Main concern: "])).k(c.ch(P.CONDITIONS)).t("\n")
    b.t(c.ch(["Pharmacy: ", "Preferred pharmacy: "])).k(c.ch(["Walgreens", "CVS", "Rite Aid", "Kroger pharmacy", "Costco pharmacy", "Walmart pharmacy"]))
    return b.build()


def t_allcaps(c):
    b = B("all_caps")
    f, l = c.us_person()
    b.t(c.ch(["THIS IS ", "HELLO THIS IS ", "", "ATTENTION: "])).i(f"{f} {l}", "PERSON").t(c.ch([". ", " CALLING ABOUT MY ", ". MY "]))
    b.k(c.ch(["HUSBAND", "WIFE", "MOTHER", "SON", "DAD"])).t(c.ch([" NEEDS HIS ", " IS OUT OF ", " CAN'T GET THE "])).k(c.ch(P.DRUGS)).t(". ")
    if c.pm(.7):
        v, labels = c.mrn()
        b.t(c.ch(labels) + c.ch([" ", ": ", " IS "])).i(v, "MEDICAL_RECORD_NUMBER").t(". ")
    if c.p(.5):
        b.t(c.ch(["DOB ", "BIRTHDAY "])).i(c.dob(), "DATE_OF_BIRTH").t(". ")
    b.t(c.ch(["CALL ME BACK ", "MY NUMBER IS ", "PHONE "])).i(P.us_phone(c.rng), "PHONE_NUMBER").t(". ")
    if c.p(.3):
        b.t("WE LIVE AT ").i(P.us_address(c.rng, c.ch(["one", "one_unit", "nocomma"]))[0], "LOCATION").t(". ")
    b.t(c.ch(["THANK YOU", "THANKS", "GOD BLESS", ""]))
    return b.build("upper")


def t_fundraiser(c):
    b = B(c.ch(["general_text", "general_text", "lower_case"]))
    f, l = c.us_person()
    b.t(c.ch(["Friends - ", "Hi all, ", "Sharing for a friend: ", "Please share! "])).i(f"{f} {l}", "PERSON").t(c.ch([" was just diagnosed with ", " is recovering from ", " starts treatment for "])).k(c.ch(P.CONDITIONS)).t(c.ch([". ", " at "]))
    if b.parts[-1][1] == " at ":
        b.k(c.ch(["Mayo Clinic", "MD Anderson", "Cleveland Clinic", "St. Jude", "Johns Hopkins", "Dana-Farber"])).t(". ")
    b.t(c.ch(["Updates and donations here: ", "Link: ", "Her page: ", "You can follow along at "])).i(c.url(f, l), "URL").t(" ")
    if c.p(.5):
        b.t(c.ch(["Or send cards to ", "Cards can go to "])).i(P.us_address(c.rng, c.ch(["one", "one_unit", "pobox"]))[0], "LOCATION").t(". ")
    if c.p(.4):
        g, m = c.us_person()
        b.t(c.ch(["Questions? Email ", "Organized by "])).i(f"{g} {m}", "PERSON").t(" ").i(c.email(g, m), "EMAIL_ADDRESS")
    if c.p(.4):
        g2, m2 = c.us_person()
        b.t(c.ch([" Her sister ", " Her husband ", " Organizer "])).i(g2, "PERSON").t(c.ch([" posts updates at ", " is at "])).i(c.url(g2, m2), "URL")
    return b.build("lower" if b.style == "lower_case" else None)


def t_forwarded(c):
    b = B("forwarded")
    f, l = c.us_person(); g, m = c.us_person()
    b.t(c.ch(["---------- Forwarded message ---------\nFrom: ", "Begin forwarded message:\n\nFrom: ", "-----Original Message-----\nFrom: "]))
    b.i(f"{f} {l}", "PERSON").t(" <").i(c.email(f, l), "EMAIL_ADDRESS").t(">\n")
    b.t("To: ").i(c.email(g, m), "EMAIL_ADDRESS").t("\n")
    b.t("Subject: ").t(c.ch(["Re: Mom", "paperwork", "Fwd: discharge", "insurance stuff", "Dad's appt"])).t("\n\n")
    b.t(c.ch(["Hi ", "", "Hey "])).i(g, "PERSON").t(c.ch([", ", " - "])).t(c.ch(["here's what the hospital sent. ", "see below. ", "the nurse said to pass this on. "]))
    if c.pm(.7):
        v, labels = c.mrn()
        b.t(c.ch(labels) + " ").i(v, "MEDICAL_RECORD_NUMBER").t(". ")
    b.t(c.ch(["Follow up ", "Next appt ", "Labs "])).k(c.ch(P.WEEKDAYS)).t(c.ch([" at ", " "])).k(c.keep_time()).t(c.ch([". ", ", "]))
    if b.parts[-1][1] == ", ":
        b.k(c.keep_place()).t(". ")
    if c.p(.4):
        b.t(c.ch(["SSN they have on file is ", "They asked for his social: "])).i(c.ssn(), "US_SSN").t(". ")
    b.t(c.ch(["Call me at ", "My cell "])).i(P.us_phone(c.rng), "PHONE_NUMBER").t("\n").i(f, "PERSON")
    return b.build()


def t_runon(c):
    b = B(c.ch(["run_on", "lower_case"]))
    f, l = c.us_person(); g, m = c.us_person()
    b.t(c.ch(["so ", "ok so ", "update: ", "long story short "])).k(c.ch(["mom", "dad", "grandma", "my husband"])).t(c.ch([" went to urgent care for her ", " got admitted for his ", " saw the specialist about her "])).k(c.ch(P.BODY)).t(c.ch([" and ", " and then "]))
    b.t(c.ch(["the doctor there, dr ", "the nurse practitioner (", "the PA, "])).i(m, "PERSON").t(c.ch([", said it's ", ") thinks it might be ", " says its "])).k(c.ch(P.CONDITIONS)).t(c.ch([" and wants to start ", " so now she's on "])).k(c.ch(P.DRUGS))
    b.t(c.ch([" and they put her under the wrong name ", " and the paperwork has "])).i(f"{f} {l}", "PERSON").t(c.ch([" instead of her real one ", " which is my name not hers "]))
    if c.pm(.8):
        v, labels = c.mrn()
        b.t(c.ch(["and the ", "plus the "])).t(c.ch(labels)).t(c.ch([" on the bracelet is ", " they gave us is "])).i(v, "MEDICAL_RECORD_NUMBER").t(" ")
    b.t(c.ch(["anyway call me at ", "if anyone needs me im at "])).i(P.us_phone(c.rng), "PHONE_NUMBER")
    if c.p(.4):
        b.t(c.ch([" or email ", " or "])).i(c.email(f, l), "EMAIL_ADDRESS")
    return b.build("lower" if b.style == "lower_case" else None)


def t_military(c):
    b = B(c.ch(["general_text", "list"]))
    f, l = c.us_person()
    rank = c.ch(["SSG", "SPC", "LT", "PO2", "SrA", "Sgt", "CPT", ""])
    b.t(c.ch(["Please ship ", "Mail "])).k(c.ch(["Dad's", "Mom's", "my son's", "his"])).t(" ").k(c.ch(P.DRUGS)).t(c.ch([" to the unit address: ", " overseas - address is: ", " here:\n"]))
    if rank:
        b.t(rank + " ")
    b.i(f"{f} {l}", "PERSON").t(c.ch(["\n", ", "])).i(P.military_address(c.rng), "LOCATION").t("\n")
    if c.pm(.6):
        v, labels = c.mrn(c.ch(["member", "policy"]))
        b.t(c.ch(["Tricare ", "DoD ID/Tricare "])).t(c.ch(["ID ", "# "])).i(v, "MEDICAL_RECORD_NUMBER").t("\n")
    if c.p(.5):
        b.t(c.ch(["Sponsor SSN ", "SSN "])).i(c.ssn(), "US_SSN").t("\n")
    b.t(c.ch(["Stateside contact: ", "My number: "])).i(P.us_phone(c.rng), "PHONE_NUMBER")
    return b.build()


def t_ssn(c):
    b = B(c.ch(["form", "general_text", "lower_case"]))
    f, l = c.us_person(); g, m = c.us_person()
    b.t(c.ch(["For the disability application: ", "Medicaid renewal info - ", "The social worker needs these for the SSI paperwork. ", "Tax form for the caregiver: "]))
    b.t(c.ch(["applicant ", "patient ", ""])).i(f"{f} {l}", "PERSON").t(c.ch([", SSN ", " ss# ", " - social ", ", social security number "])).i(c.ssn(), "US_SSN")
    b.t(c.ch([", DOB ", ", born "])).i(c.dob(), "DATE_OF_BIRTH")
    if c.p(.6):
        b.t(c.ch(["; spouse ", "; caregiver ", "; payee "])).i(f"{g} {m}", "PERSON").t(c.ch([" SSN ", " ssn ", " (SS# "])).i(c.ssn(), "US_SSN").t(c.ch(["", ")"]))
    b.t(". ")
    b.t(c.ch(["Diagnosis listed: ", "Conditions: "])).k(c.ch(P.CONDITIONS)).t(", ").k(c.ch(P.CONDITIONS)).t(". ")
    if c.p(.5):
        b.t(c.ch(["The SSA number to call is ", "Social Security said call "])).k("1-800-772-1213").t(". ")
    if c.pm(.5):
        v, labels = c.mrn(c.ch(["medicaid", "medicare"]))
        b.t(c.ch(labels) + " ").i(v, "MEDICAL_RECORD_NUMBER")
    return b.build("lower" if b.style == "lower_case" else None)


def t_card_photo(c):
    b = B(c.ch(["photo_transcription", "photo_transcription", "list"]))
    f, l = c.us_person()
    b.t(c.ch(["Typed from the card photo:\n", "front of card says:\n", "this is what the insurance card says\n"]))
    plan = c.ch(["BlueCross BlueShield", "Aetna", "Cigna", "UnitedHealthcare", "Humana Gold Plus", "Molina Healthcare", "Ambetter", "Anthem", "WellCare", "CareSource", "Oscar"])
    b.k(plan).t("\n")
    b.t(c.ch(["Member: ", "Name ", "MEMBER NAME "])).i(c.ch([f"{f.upper()} {l.upper()}", f"{f} {l}", f"{l.upper()} {f.upper()}"]), "PERSON").t("\n")
    v, labels = c.mrn(c.ch(["member", "member", "subscriber", "policy", "medicaid"]))
    b.t(c.ch(["ID ", "Member ID ", "ID# ", "Identification Number ", ""])).i(v, "MEDICAL_RECORD_NUMBER").t("\n")
    if c.p(.5):
        b.t("RxBIN ").k(digits(c.rng, 6)).t(c.ch(["  RxPCN ", " PCN "])).k(c.ch(["ADV", "MEDDPRIME", "CN", "9999", "BCTX", "A4", "OHCP"])).t("\n")
    if c.p(.4):
        b.t(c.ch(["PCP: Dr. ", "PCP "])).i(c.us_person()[1], "PERSON").t(" ").i(P.us_phone(c.rng), "PHONE_NUMBER").t("\n")
    b.t(c.ch(["Copay OV ", "Office visit ", "Specialist "])).k(f"${c.rng.choice([0, 10, 20, 25, 30, 40, 50])}").t("\n")
    b.t(c.ch(["Member services ", "Questions? call ", "Nurse line "])).k(c.ch(["1-800-", "1-888-", "1-877-"]) + f"{c.rng.randint(200, 999)}-{digits(c.rng, 4)}")
    if c.p(.3):
        b.t(c.ch(["\n(her dob is ", "\ndob "])).i(c.dob(), "DATE_OF_BIRTH").t(c.ch([")", ""]))
    return b.build()


def t_namelist(c):
    b = B(c.ch(["list", "general_text"]))
    names = [c.us_person() for _ in range(c.rng.randint(3, 5))]
    who = c.ch(["Mom", "Dad", "Grandma", "Grandpa", "my father", "my mother"])
    she = who in ("Mom", "Grandma", "my mother")
    b.t(c.ch(["Approved visitors for ", "People allowed to get info about ", "HIPAA contacts for ", "Pickup list for "])).k(who).t(": ")
    forms = c.ch(["first", "full", "mixed"])
    for i, (f, l) in enumerate(names):
        nm = {"first": f, "full": f"{f} {l}", "mixed": c.ch([f, f"{f} {l}", l])}[forms]
        b.i(nm, "PERSON")
        if i < len(names) - 2:
            b.t(", ")
        elif i == len(names) - 2:
            b.t(c.ch([" and ", ", and ", " & "]))
    b.t(". ")
    b.t(c.ch(["NOT ", "Do not give info to ", "Please don't talk to "])).i(f"{c.us_person()[0]}", "PERSON").t(c.ch([".", " (long story)."]))
    if c.p(.5):
        b.t(" She is on " if she else " He takes ").k(c.ch(P.DRUGS)).t(" for ").k(c.ch(P.CONDITIONS)).t(".")
    if c.pm(.5):
        v, labels = c.mrn(c.ch(["hosp", "clinic"]))
        b.t(" ").t(c.ch(labels)).t(" ").i(v, "MEDICAL_RECORD_NUMBER")
    return b.build("lower" if c.p(.25) else None)


NONLATIN = {
    "JP": ("ja_JP", ["東京", "大阪", "横浜", "名古屋", "札幌", "福岡", "京都"]),
    "CN": ("zh_CN", ["北京", "上海", "广州", "深圳", "成都", "武汉", "西安"]),
    "KR": ("ko_KR", ["서울", "부산", "인천", "대구", "광주", "대전"]),
    "RU": ("ru_RU", ["Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург"]),
    "SA": ("ar_SA", ["الرياض", "جدة", "مكة", "الدمام", "المدينة المنورة"]),
    "IN": ("hi_IN", ["दिल्ली", "मुंबई", "लखनऊ", "जयपुर", "पटना", "भोपाल"]),
}


def t_nonlatin(c):
    b = B(c.ch(["international", "speaker_label"]))
    cc = c.ch(list(NONLATIN))
    loc, cities = NONLATIN[cc]
    f = c.faker(loc)
    nm = f.name()
    for pre in ("Dr. ", "Mr. ", "Mrs. ", "Ms. ", "श्री ", "श्रीमती ", "डॉ. ", "डा. ", "कुमारी "):
        if nm.startswith(pre):
            nm = nm[len(pre):]
    city = c.ch(cities)
    if b.style == "speaker_label":
        g, m = c.us_person()
        b.i(g, "PERSON").t(c.ch([": grandma's name on the forms has to be in ", ": the clinic wants her name exactly as on her passport, in "])).t({"JP": "Japanese", "CN": "Chinese", "KR": "Korean", "RU": "Russian", "SA": "Arabic", "IN": "Hindi"}[cc]).t(": ").i(nm, "PERSON", "INTL").t("\n")
        b.i(c.us_person()[0], "PERSON").t(c.ch([": ok and she's from ", ": and the birthplace box? "])).i(city, "LOCATION", "INTL").t("\n")
        b.i(g, "PERSON").t(": yes. she takes ").k(c.ch(P.DRUGS))
        if c.pm(.5):
            v, labels = c.mrn(c.ch(["hosp", "member"]))
            b.t(", her ").t(c.ch(labels)).t(" here is ").i(v, "MEDICAL_RECORD_NUMBER")
    else:
        b.t(c.ch(["Patient name in native script: ", "Name as written on her documents: ", "My father's name: "])).i(nm, "PERSON", "INTL").t(". ")
        b.t(c.ch(["Hometown: ", "Previously treated in ", "Records are from a hospital in "])).i(city, "LOCATION", "INTL").t(". ")
        if c.p(.6):
            b.t(c.ch(["Family there: ", "Contact in home country: "])).i(P.intl_phone(c.rng, cc), "PHONE_NUMBER", "INTL").t(". ")
        if c.p(.5):
            b.t("Address: ").i(P.INTL_ADDR[cc](c.rng, lambda n: digits(c.rng, n)), "LOCATION", "INTL").t(". ")
        b.t(c.ch(["Current meds: ", "He is on "])).k(c.ch(P.DRUGS)).t(".")
        if c.pm(.4):
            v, labels = c.intl_mrn(cc)
            b.t(" ").t(c.ch(labels)).t(" ").i(v, "MEDICAL_RECORD_NUMBER", "INTL")
    return b.build()


def t_keepheavy(c):
    b = B(c.ch(["general_text", "lower_case", "clinician_note"]))
    f, l = c.us_person()
    b.t(c.ch(["Reminder for ", "Note for ", "For "])).i(c.ch([f, f"{f} {l}"]), "PERSON").t(": ")
    b.t(c.ch(["if you ever feel unsafe call or text ", "crisis line is ", "after hours call "])).k(c.ch(["988", "911", "211"])).t(c.ch([". ", ", "]))
    b.t(c.ch(["Poison Control is ", "For pill mix-ups call Poison Control "])).k("1-800-222-1222").t(". ")
    b.t(c.ch(["Your ", "Take the "])).k(c.ch(P.DRUGS)).t(c.ch([" at ", " around "])).k(c.keep_time()).t(", ").t(c.ch(["the ", "and "])).k(c.ch(P.DRUGS)).t(" ").k(c.keep_dose()).t(c.ch([" at bedtime. ", " with food. ", ". "]))
    b.t(c.ch(["Next ", "Upcoming "])).k(c.ch(P.LABS)).t(c.ch([" is ", " on "])).k(c.ch(P.WEEKDAYS)).t(" in ").k(c.ch(["room 214", "suite 300", "the 3rd floor lab", "Building B"])).t(". ")
    if c.pm(.5):
        v, labels = c.mrn()
        b.t("Bring your card (").t(c.ch(labels)).t(" ").i(v, "MEDICAL_RECORD_NUMBER").t("). ")
    b.t(c.ch(["Refill order ", "Your order number is ", "Pharmacy ref "])).k(f"#{digits(c.rng, 8)}").t(".")
    return b.build("lower" if b.style == "lower_case" else None)


def t_voicemail(c):
    b = B("voice_to_text")
    f, l = c.us_person()
    b.t(c.ch(["Hi this is ", "Hello yes my name is ", "Yeah hi it's "])).i(f"{f} {l}", "PERSON").t(c.ch([" calling about ", " I'm calling for "]))
    rel = c.ch(["my mother", "my dad", "my wife", "my son", "my grandmother", "my husband"])
    she = rel in ("my mother", "my wife", "my grandmother")
    b.k(rel)
    if c.p(.5):
        b.t(" ").i(c.us_person()[0] + " " + l, "PERSON")
    b.t(c.ch([" she needs her ", " she ran out of her "] if she else [" he needs his ", " he ran out of his "])).k(c.ch(P.DRUGS)).t(c.ch([" refilled ", " and "]))
    if c.p(.6):
        b.t(c.ch(["her date of birth is ", "her birthday is "] if she else ["his date of birth is ", "his birthday "])).i(c.dob(old=True), "DATE_OF_BIRTH").t(" ")
    if c.pm(.6):
        v, labels = c.mrn()
        b.t(c.ch(labels).lower()).t(c.ch([" is ", " "])).i(v, "MEDICAL_RECORD_NUMBER").t(" ")
    b.t(c.ch(["you can call me back at ", "my number is ", "call back "])).i(P.us_phone(c.rng), "PHONE_NUMBER").t(c.ch([" thank you bye", " okay thanks", " thank you so much"]))
    return b.build()


def t_iban(c):
    b = B(c.ch(["general_text", "international", "form"]))
    cc = c.ch(["DE", "FR", "NL", "ES", "IT", "PL", "GB"])
    name = c.intl_person(cc)
    b.t(c.ch(["Refund for the cancelled ", "Payment for ", "Deposit for "])).k(c.ch(["physiotherapy", "dental implant", "home nursing", "MRI", "hearing aids", "rehab stay"])).t(c.ch([" - please wire to ", ": ", ". Bank details: "]))
    b.t(c.ch(["IBAN ", "iban: ", "IBAN: ", ""])).i(c.iban(), "ACCOUNT_NUMBER", "INTL")
    if c.p(.7):
        b.t(c.ch([", account holder ", ", name ", ", beneficiary "])).i(name, "PERSON", "INTL").t(". ")
    else:
        b.t(" (").i(name, "PERSON", "INTL").t("). ")
    if c.p(.5):
        b.t(c.ch(["Second account: ", "If that fails use "])).i(c.iban(), "ACCOUNT_NUMBER", "INTL").t(". ")
    if c.p(.5):
        b.t(c.ch(["Address ", "Holder address: "])).i(P.INTL_ADDR[cc](c.rng, lambda n: digits(c.rng, n)), "LOCATION", "INTL").t(". ")
    if c.p(.4):
        b.t(c.ch(["Reference ", "Ref. "])).k(f"{c.ch(['RE', 'INV', 'R'])}-{digits(c.rng, 6)}").t(". ")
    if c.p(.4):
        b.t(c.ch(["Questions: ", "Phone "])).i(P.intl_phone(c.rng, cc), "PHONE_NUMBER", "INTL")
    return b.build()


def t_table_ins(c):
    b = B("table")
    b.t(c.ch(["| Name | DOB | Plan | ID |\n|---|---|---|---|\n", "Name\tDOB\tPlan\tMember ID\n", "NAME, DOB, PLAN, ID\n"]))
    sep = {"|": " | ", "N": "\t", "NAME": ", "}
    s = " | " if b.parts[0][1].startswith("|") else ("\t" if "\t" in b.parts[0][1] else ", ")
    l = c.us_person()[1]
    for _ in range(c.rng.randint(2, 4)):
        f = c.us_person()[0]
        if s == " | ":
            b.t("| ")
        b.i(f"{f} {l}", "PERSON").t(s).i(c.dob(), "DATE_OF_BIRTH").t(s).k(c.ch(["Medicare", "Medicaid", "CHIP", "Tricare", "Humana", "Aetna", "Cigna"])).t(s)
        v = c.mrn(c.ch(["member", "medicare", "medicaid", "subscriber"]))[0]
        b.i(v, "MEDICAL_RECORD_NUMBER")
        if s == " | ":
            b.t(" |")
        b.t("\n")
    if c.p(.5):
        b.t("(for the ").k(c.ch(["flu shots", "dental cleanings", "annual physicals", "eye exams"])).t(")")
    else:
        b.t("- need these for ").k(c.ch(["flu shots", "dental cleanings", "annual physicals", "eye exams"]))
    return b.build()


TEMPLATES = [
    (t_portal, 15), (t_address_change, 11), (t_signature, 12), (t_payment, 13), (t_intl, 17), (t_chat, 13),
    (t_clinician, 12), (t_roster, 5), (t_form, 14), (t_allcaps, 8), (t_fundraiser, 16), (t_forwarded, 9),
    (t_runon, 9), (t_military, 8), (t_ssn, 11), (t_card_photo, 7), (t_namelist, 8), (t_nonlatin, 12),
    (t_keepheavy, 7), (t_voicemail, 8), (t_iban, 9), (t_table_ins, 4),
]
