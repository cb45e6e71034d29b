"""Slot rendering for dev15 templates and the inline markup parser for hand-written messages."""
import re
import lexicon as L
from values import Builders, LOCALES, IBAN_FOR

SLOT = re.compile(r"\$([A-Z]+)(\d?)|\{([=~]?)([^{}]+)\}")
US_ONLY = {"SSN", "ZIP", "CITYST", "ACCT", "ROUT", "VANITY", "ADDRUS"}


class Ctx:
    def __init__(self, b, locale, us_name_locale="en_US"):
        self.b, self.locale = b, locale
        self.us = locale == "en_US"
        self.region = "US" if self.us else "INTL"
        self.name_loc = us_name_locale if self.us else locale
        self.country, self.lang, self.domains = (None, "en", None) if self.us else LOCALES[locale]
        self.people, self.cache = {}, {}

    def person(self, k):
        if k not in self.people:
            b = self.b
            loc = self.name_loc
            if self.us and k != "1" and b.rng.random() < 0.5:
                loc = b.rng.choice(["en_US", "en_US", "es_MX", "en_US_word", "vi_VN", "fil_PH"])
            f, l = b.person(loc)
            mid = b.rng.choice("ABCDEFGHJKLMNPRSTW")
            self.people[k] = (f, l, mid, loc)
        return self.people[k]

    def nonlatin(self, k):
        return self.person(k)[3] in ("ja_JP", "zh_CN", "ko_KR", "ru_RU", "hi_IN", "ar_SA")

    def value(self, slot, k):
        """returns (text_before, identifier_value, type, region) ; identifier may be None"""
        b, r = self.b, self.b.rng
        reg = self.region
        f, l, mid, loc = self.person(k) if slot in ("NAME", "FIRST", "LAST", "SURFIRST", "INIT", "EMAIL", "URL", "FULLMID") else (None,) * 4
        cjk = loc in ("ja_JP", "zh_CN", "ko_KR")
        if slot == "NAME":
            return "", (f"{l} {f}" if cjk else f"{f} {l}"), "PERSON", reg
        if slot == "FULLMID":
            return "", (f"{l} {f}" if cjk else f"{f} {mid}. {l}"), "PERSON", reg
        if slot == "FIRST":
            return "", f, "PERSON", reg
        if slot == "LAST":
            return "", l, "PERSON", reg
        if slot == "SURFIRST":
            return "", (f"{l} {f}" if cjk else f"{l.upper()}, {f.upper()} {mid}"), "PERSON", reg
        if slot == "INIT":
            return "", (f"{l}" if cjk else f"{f[0]}. {l}"), "PERSON", reg
        if slot == "EMAIL":
            user = self._user(f, l, loc)
            dom = r.choice(self.domains) if self.domains else r.choice(["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "hotmail.com", "att.net", "outlook.com", "sbcglobal.net"])
            return "", f"{user}@{dom}", "EMAIL_ADDRESS", reg
        if slot == "URL":
            user = self._user(f, l, loc).replace(".", r.choice(["", "-"])).replace("_", "")
            u = r.choice([f"https://www.{user}.com", f"linkedin.com/in/{user}-{r.randint(10, 999)}", f"https://www.facebook.com/{user}.{r.randint(1, 99)}",
                          f"gofundme.com/f/help-{user.replace('.', '-')}-recover", f"https://www.caringbridge.org/visit/{user.replace('-', '')}",
                          f"instagram.com/{user}_{r.randint(1, 99)}", f"https://{user}.substack.com", f"www.{user}photography.net",
                          f"https://calendly.com/{user}/30min", f"https://{user}.wordpress.com/about", f"venmo.com/u/{user}"])
            return "", u, "URL", reg
        if slot == "ADDR":
            return "", (b.us_address() if self.us else b.intl_address(self.country)), "LOCATION", reg
        if slot == "ADDRML":
            return "", (b.us_address(multiline=True) if self.us else b.intl_address(self.country, multiline=True)), "LOCATION", reg
        if slot == "ADDRUS":
            return "", b.us_address(), "LOCATION", "US"
        if slot == "CITY":
            if self.us:
                return "", b.city_state()[0], "LOCATION", reg
            return "", self._intl_city(), "LOCATION", reg
        if slot == "CITYST":
            c, s = b.city_state()
            return "", r.choice([f"{c}, {s}", f"{c} {s}"]), "LOCATION", "US"
        if slot == "ZIP":
            return "", b.zip(False), "LOCATION", "US"
        if slot == "PHONE":
            return "", (b.us_phone(ext=False) if self.us else b.intl_phone(self.country)), "PHONE_NUMBER", reg
        if slot == "PHONEX":
            return "", (b.us_phone(ext=True) if self.us else b.intl_phone(self.country) + r.choice([" ext. 21", " Durchwahl 14", " poste 212", " int. 3"])), "PHONE_NUMBER", reg
        if slot == "USPHONE":
            return "", b.us_phone(), "PHONE_NUMBER", "US"
        if slot == "VANITY":
            return "", b.vanity(), "PHONE_NUMBER", "US"
        if slot == "SSN":
            return "", b.ssn(), "US_SSN", "US"
        if slot == "MRN":
            v, lab = b.mrn(intl=not self.us, country=self.country)
            return "", v, "MEDICAL_RECORD_NUMBER", reg
        if slot == "MRNL":
            v, lab = b.mrn(intl=not self.us, country=self.country)
            return lab + " ", v, "MEDICAL_RECORD_NUMBER", reg
        if slot == "DOB":
            return "", b.dob(self.lang if not self.us else "en", us=self.us), "DATE_OF_BIRTH", reg
        if slot == "IBAN":
            cc = IBAN_FOR.get(self.country) if self.country and r.random() < 0.7 else None
            return "", b.iban(cc), "ACCOUNT_NUMBER", "INTL"
        if slot == "CARD":
            return "", b.card(), "ACCOUNT_NUMBER", reg
        if slot == "ACCT":
            return "", b.bank_acct(), "ACCOUNT_NUMBER", "US"
        if slot == "ROUT":
            return "", b.routing(), "ACCOUNT_NUMBER", "US"
        raise KeyError(slot)

    def _user(self, f, l, loc):
        r = self.b.rng
        if loc in ("ja_JP", "zh_CN", "ko_KR", "ru_RU", "hi_IN", "ar_SA"):
            fk = self.b.fk({"ja_JP": "ja_JP", "ru_RU": "en_US"}.get(loc, "en_US"))
            base = fk.user_name() if loc != "ja_JP" else f"{fk.last_romanized_name()}.{fk.first_romanized_name()}".lower()
        else:
            import unicodedata
            strip = lambda s: "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum())
            base = r.choice([f"{strip(f)}.{strip(l)}", f"{strip(f)[0]}{strip(l)}", f"{strip(f)}{strip(l)}{r.randint(1, 99)}", f"{strip(l)}.{strip(f)}"]).lower()
        return base.replace(" ", "")

    def _intl_city(self):
        r = self.b.rng
        return r.choice({"GB": ["Leeds", "Bristol", "Glasgow", "Norwich"], "DE": ["Leipzig", "Köln", "Bremen", "Kassel"],
                         "FR": ["Lyon", "Nantes", "Rennes", "Bordeaux"], "ES": ["Sevilla", "Zaragoza", "Málaga"],
                         "MX": ["Guadalajara", "Monterrey", "Oaxaca", "Puebla"], "IT": ["Napoli", "Torino", "Bologna"],
                         "BR": ["Recife", "Curitiba", "Fortaleza"], "PT": ["Porto", "Braga", "Coimbra"], "NL": ["Utrecht", "Groningen", "Leiden"],
                         "PL": ["Kraków", "Wrocław", "Gdańsk"], "JP": ["大阪", "福岡", "京都", "Sapporo"], "CN": ["成都", "杭州", "Wuhan"],
                         "KR": ["부산", "대구", "Incheon"], "IN": ["Pune", "Jaipur", "Kochi", "Lucknow"], "RU": ["Казань", "Новосибирск"],
                         "TR": ["İzmir", "Bursa", "Antalya"], "VN": ["Đà Nẵng", "Huế", "Hải Phòng"], "PH": ["Cebu City", "Iloilo City", "Baguio"],
                         "CA": ["Winnipeg", "Halifax", "Calgary"], "SA": ["Jeddah", "Dammam"]}[self.country])


def render(template, ctx, keepcase=None):
    """Fill a template. Returns (text, identifiers, keep, clinical_flag)."""
    b = ctx.b
    out, ids, keep = [], [], []
    clinical = False
    got = {}
    pos = 0
    for m in SLOT.finditer(template):
        out.append(template[pos:m.start()])
        pos = m.end()
        if m.group(1):
            slot, k = m.group(1), m.group(2) or "1"
            key = (slot, k)
            if slot in ("NAME", "FIRST", "LAST", "SURFIRST", "INIT", "FULLMID", "EMAIL", "URL"):
                if key not in got:
                    got[key] = ctx.value(slot, k)
                pre, v, t, reg = got[key]
            else:
                pre, v, t, reg = ctx.value(slot, k)
            out.append(pre + v)
            ids.append({"text": v, "type": t, "region": reg})
        else:
            mode, name = m.group(3), m.group(4)
            if mode == "=":
                w, clin = name, True
            elif mode == "~":
                w, clin = name, False
            elif name in L.CLINICAL_CATS:
                w, clin = b.rng.choice(L.CLINICAL_CATS[name]), True
            else:
                w, clin = b.rng.choice(L.OTHER_CATS[name]), False
            out.append(w)
            keep.append(w)
            clinical |= clin
    out.append(template[pos:])
    text = "".join(out)
    return text, ids, keep, clinical


def finish(text, ids, keep, style):
    if style == "lower_case":
        text, ids, keep = text.lower(), [dict(i, text=i["text"].lower()) for i in ids], [k.lower() for k in keep]
    elif style == "all_caps":
        text, ids, keep = text.upper(), [dict(i, text=i["text"].upper()) for i in ids], [k.upper() for k in keep]
    # dedupe identifiers and keep, preserving order
    seen, uid = set(), []
    for i in ids:
        if i["text"] not in seen:
            seen.add(i["text"])
            uid.append(i)
    ukeep = list(dict.fromkeys(keep))
    return text, uid, ukeep


# ---------------------------------------------------------------- hand markup
HAND_ID = re.compile(r"\[([^\[\]|]+)\|(P|L|PH|E|U|S|M|D|A)(i?)\]|\{(~?)([^{}]+)\}|@(IBAN|IBANU|IBANL|CARD|ROUT|ACCT)(?::([A-Z]{2}))?@")
TYPEMAP = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL", "S": "US_SSN",
           "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}


def parse_hand(marked, b):
    """[value|T] / [value|Ti] identifiers (i = INTL), {word} clinical keep, {~word} other keep,
    @IBAN:DE@ @IBANU:FR@ @IBANL:NL@ @CARD@ @ROUT@ @ACCT@ generated account values (need an enclosing [..|A])."""
    # first expand generated account placeholders
    def gen(m):
        kind, cc = m.group(1), m.group(2)
        if kind == "IBAN":
            return b.iban(cc, grouped=True, lower=False)
        if kind == "IBANU":
            return b.iban(cc, grouped=False, lower=False)
        if kind == "IBANL":
            return b.iban(cc, grouped=b.rng.random() < 0.5, lower=True)
        if kind == "CARD":
            return b.card()
        if kind == "ROUT":
            return b.routing()
        return b.bank_acct()
    marked = re.sub(r"@(IBAN|IBANU|IBANL|CARD|ROUT|ACCT)(?::([A-Z]{2}))?@", gen, marked)
    out, ids, keep, pos, clinical = [], [], [], 0, False
    for m in HAND_ID.finditer(marked):
        out.append(marked[pos:m.start()])
        pos = m.end()
        if m.group(1) is not None:
            out.append(m.group(1))
            ids.append({"text": m.group(1), "type": TYPEMAP[m.group(2)], "region": "INTL" if m.group(3) else "US"})
        else:
            out.append(m.group(5))
            keep.append(m.group(5))
            if not m.group(4):
                clinical = True
    out.append(marked[pos:])
    return "".join(out), ids, keep, clinical
