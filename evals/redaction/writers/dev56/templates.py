"""My own message templates for the template part of dev56.

Each t_* method returns (style, markup[, transform[, typo_fn]]).  The markup is the same as in
hand/FORMAT.md: {X:...} identifier (US), {X~:...} identifier (INTL), [[...]] keep word.
Pronouns follow the gender of the person or relation word they refer to.
"""
import re
from collections import namedtuple

import tvalues

Person = namedtuple('Person', 'first last full g')


def mk(code, text, intl=False):
    return '{' + code + ('~' if intl else '') + ':' + text + '}'


def P(t, i=False): return mk('P', t, i)
def L(t, i=False): return mk('L', t, i)
def T(t, i=False): return mk('T', t, i)
def E(t, i=False): return mk('E', t, i)
def U(t, i=False): return mk('U', t, i)
def S(t): return mk('S', t)
def M(t, i=False): return mk('M', t, i)
def D(t, i=False): return mk('D', t, i)
def A(t, i=False): return mk('A', t, i)
def K(t): return '[[' + t + ']]'


# ---------------------------------------------------------------------------- keep vocabulary (my own lists)
DRUGS = ['metformin', 'Eliquis', 'warfarin', 'lisinopril', 'amlodipine', 'atorvastatin', 'sertraline',
         'escitalopram', 'gabapentin', 'levothyroxine', 'omeprazole', 'pantoprazole', 'losartan',
         'hydrochlorothiazide', 'furosemide', 'Lasix 40', 'Lasix 20', 'prednisone', 'albuterol', 'Symbicort',
         'insulin lispro', 'Lantus', 'Trulicity', 'Jardiance', 'Xarelto', 'Plavix', 'donepezil', 'memantine',
         'carbidopa-levodopa', 'tamsulosin', 'oxycodone', 'hydrocodone', 'tramadol', 'Tylenol', 'ibuprofen',
         'melatonin', "St. John's wort", 'fish oil', 'magnesium', 'vitamin B12', 'Entresto', 'spironolactone',
         'buspirone', 'trazodone', 'quetiapine', 'lithium', 'Depakote', 'Keppra', 'methotrexate', 'Humira',
         'allopurinol', 'colchicine', 'Flomax', 'Ozempic', 'Narcan', 'Suboxone', 'methadone', 'nitroglycerin',
         'digoxin', 'Zofran', 'Miralax', 'senna', 'Aricept', 'Namenda', 'Synthroid', 'Coreg', 'metoprolol',
         'glipizide', 'Januvia', 'Farxiga', 'Brilinta', 'Seroquel', 'Zoloft', 'Lexapro', 'Wellbutrin', 'Norco',
         'Percocet', 'baclofen', 'cyclobenzaprine', 'Prolia', 'alendronate', 'vitamin D3', 'turmeric',
         'ginkgo', 'CoQ10', 'potassium chloride', 'Ensure', 'Flonase', 'Breo', 'Trelegy', 'Spiriva']
CONDITIONS = ['hypertension', 'type 2 diabetes', 'atrial fibrillation', 'COPD', 'CHF', 'heart failure',
              "Parkinson's", "Alzheimer's", 'dementia', 'hypertriglyceridemia', 'opioid use disorder',
              'chronic kidney disease', 'osteoporosis', 'rheumatoid arthritis', 'gout', 'sleep apnea', 'depression',
              'anxiety', 'bipolar disorder', 'epilepsy', 'stroke', 'neuropathy', 'macular degeneration',
              'glaucoma', 'shingles', 'UTI', 'pneumonia', 'cellulitis', 'anemia', 'hypothyroidism', 'asthma',
              'lupus', 'migraine', 'sciatica', 'vertigo', 'diverticulitis', 'DVT', 'pulmonary embolism',
              'lymphedema', 'hepatitis C', 'multiple sclerosis', 'ALS', 'breast cancer', 'prostate cancer',
              'colon cancer', 'pressure ulcer', 'delirium', 'PTSD', 'schizophrenia', 'celiac disease']
LABS = ['Hemoglobin A1c', 'INR', 'CBC', 'BMP', 'lipid panel', 'TSH', 'creatinine', 'eGFR', 'potassium', 'BNP',
        'PSA', 'vitamin D level', 'urinalysis', 'troponin', 'A1C', 'liver panel', 'CMP', 'hemoglobin',
        'ferritin', 'sed rate']
BODY = ['knee', 'hip', 'shoulder', 'ankle', 'left foot', 'lower back', 'chest', 'kidneys', 'liver', 'lungs',
        'wrist', 'right eye', 'heel', 'bladder', 'neck', 'legs', 'stomach', 'toes', 'jaw', 'tailbone']
RELS_F = ['Mom', 'Grandma', 'Nana', 'Mama', 'Abuela', 'Granny', 'Mother', 'Grandmother', 'Lola', 'Oma', 'Nonna',
          'Bubbe', 'Gran', 'Mum', 'Ma']
RELS_M = ['Dad', 'Grandpa', 'Papa', 'Pop', 'Father', 'Abuelo', 'Opa', 'Gramps', 'Pops', 'Lolo', 'Dziadek']
INTL_RELS_F = ['Mom', 'Grandma', 'my mother', 'my grandmother', 'Mum', 'my aunt']
INTL_RELS_M = ['Dad', 'Grandpa', 'my father', 'my grandfather', 'my uncle']
CONTRACTIONS = ["I'm", "We'll", "She'd", "Don't", "He's", "Can't", "It's", "Won't", "They're", "I've", "She's",
                "We're", "Didn't", "Wasn't", "Isn't", "Let's", "I'll", "He'd"]
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
PHARMACIES = ['Walgreens', 'CVS', 'Rite Aid', 'Kroger', 'Publix', 'Costco pharmacy', 'Walmart', 'H-E-B',
              'Safeway', 'VA pharmacy']
ORGS = ['Medicare', 'Medicaid', 'Kaiser', 'Mayo Clinic', 'Cleveland Clinic', 'Blue Cross', 'Humana', 'Aetna',
        'UnitedHealthcare', 'Meals on Wheels', 'VA', 'Social Security', 'AARP', 'Cigna', 'Tricare',
        'Hospice of the Valley', 'Area Agency on Aging']
GROUPS = ['Morning Walk Group', 'Caregiver Support Circle', 'Heart Failure Clinic', 'Memory Care Unit',
          'Chair Yoga Class', 'Diabetes Education Class', 'Grief Support Group', 'Stroke Recovery Group',
          'Tai Chi Tuesday', 'Senior Center Lunch Club']

IDS_WD = ["I'd", "We'd"]
DONT, DONT_L, WELL, IVE, ITS = "Don't", "don't", "We'll", "I've", "It's"
I_DONT = ["I don't", "we don't"]
DONT2 = ["Don't", "Please don't"]
SHES = ["She's", "He's", "They're"]

PRON = {'f': dict(s='she', S='She', p='her', P='Her', o='her', sc="she's"),
        'm': dict(s='he', S='He', p='his', P='His', o='him', sc="he's")}


class Gen:
    def __init__(self, seed):
        self.v = tvalues.V(seed)
        self.r = self.v.r

    # ------------------------------------------------------------- pickers
    def c(self, seq): return self.r.choice(seq)
    def drug(self): return K(self.c(DRUGS))
    def cond(self): return K(self.c(CONDITIONS))
    def lab(self): return K(self.c(LABS))
    def body(self): return K(self.c(BODY))
    def con(self): return K(self.c(CONTRACTIONS))
    def day(self): return K(self.c(DAYS))
    def month(self): return K(self.c(MONTHS))
    def org(self): return K(self.c(ORGS))
    def pharm(self): return K(self.c(PHARMACIES))

    def rel(self, g=None, intl=False):
        g = g or self.c('fm')
        pool = (INTL_RELS_F if g == 'f' else INTL_RELS_M) if intl else (RELS_F if g == 'f' else RELS_M)
        w = self.c(pool)
        return (K(w) if not w.startswith('my ') else w), g

    def person(self, g=None):
        g = g or self.c('fm')
        f, l = self.v.us_first_last(g)
        return Person(f, l, self.v.us_full(f, l), g)

    def addr(self, shape=None): return L(self.v.us_address(shape))
    def phone(self, **kw): return T(self.v.us_phone(**kw))
    def dob(self, **kw): return D(self.v.dob(**kw))

    def mrn(self):
        label, val = self.v.mrn()
        return f'{label} {M(val)}'

    def card(self):
        kind, num = self.v.card()
        label = self.c(['card', 'cc', 'credit card', 'card #', 'debit card', 'CC#',
                        {'visa': 'Visa', 'mastercard': 'Mastercard', 'amex': 'Amex', 'discover': 'Discover'}[kind]])
        return f'{label} {A(num)}'

    def bank(self):
        r = self.c(['routing', 'routing #', 'ABA', 'RTN', 'routing no.', 'Routing number:'])
        a = self.c(['acct', 'account #', 'checking account', 'savings acct no.', 'account number', 'acct#'])
        return f'{r} {A(self.v.routing())}, {a} {A(self.v.bank_account())}'

    def ssn(self):
        lab = self.c(['SSN', 'ssn', 'SS#', 'social', 'Social Security #', 'soc sec', 'SSN:', ''])
        return f'{lab} {S(self.v.ssn())}'.lstrip()

    def email(self, p): return E(self.v.email(p.first, p.last))
    def url(self, p, kind=None): return U(self.v.url(p.first, p.last, kind=kind))

    # ------------------------------------------------------------- INTL bundle
    COUNTRY_LOC = {'UK': 'en_GB', 'DE': 'de_DE', 'FR': 'fr_FR', 'MX': 'es_MX', 'BR': 'pt_BR', 'IN': 'hi_IN',
                   'JP': 'ja_JP', 'ES': 'es_ES', 'IT': 'it_IT', 'NL': 'nl_NL', 'PL': 'pl_PL', 'KR': 'ko_KR',
                   'CN': 'zh_CN', 'PH': 'en_GB', 'NG': 'en_GB', 'AU': 'en_GB', 'CA': 'en_GB', 'TR': 'tr_TR',
                   'IE': 'en_IE', 'RU': 'ru_RU', 'SA': 'ar_SA'}
    TLD = {'UK': 'co.uk', 'DE': 'de', 'FR': 'fr', 'MX': 'com.mx', 'BR': 'com.br', 'IN': 'in', 'JP': 'jp', 'ES': 'es',
           'IT': 'it', 'NL': 'nl', 'PL': 'pl', 'KR': 'kr', 'CN': 'cn', 'PH': 'ph', 'NG': 'ng', 'AU': 'com.au',
           'CA': 'ca', 'TR': 'com.tr', 'IE': 'ie', 'RU': 'ru', 'SA': 'sa'}
    IBAN_BY = {'DE': 'de_DE', 'FR': 'fr_FR', 'ES': 'es_ES', 'IT': 'it_IT', 'NL': 'nl_NL', 'UK': 'en_GB',
               'PL': 'pl_PL', 'TR': 'tr_TR', 'IE': 'en_IE', 'BR': 'pt_BR'}
    COUNTRIES = ['UK', 'DE', 'FR', 'MX', 'BR', 'IN', 'JP', 'ES', 'IT', 'NL', 'PL', 'KR', 'CN', 'PH', 'NG', 'AU', 'CA',
                 'TR', 'IE', 'RU', 'SA', 'UK', 'DE', 'MX', 'IN', 'PH', 'CN', 'KR']

    def ib(self, country=None, g=None):
        """Invented INTL values around one person abroad, already wrapped in markup."""
        v = self.v
        country = country or self.c(self.COUNTRIES)
        loc = self.COUNTRY_LOC[country]
        if country == 'PH':
            loc = 'en_GB'
        g = g or self.c('fm')
        first, full, ll, fl = v.intl_person(loc, g)
        if country == 'PH':
            first = self.c(['Marites', 'Jocelyn', 'Rowena', 'Maricel']) if g == 'f' else self.c(['Rodel', 'Jun', 'Arnel', 'Ramil'])
            last = self.c(['Dela Cruz', 'Santos', 'Reyes', 'Bautista', 'Villanueva', 'Mendoza'])
            full, ll, fl = f'{first} {last}', v.ascii(last).lower().replace(' ', ''), first.lower()
        if country == 'NG':
            first = self.c(v.WA_F if g == 'f' else v.WA_M)
            last = self.c(v.WEST_AFRICAN[0])
            full, ll, fl = f'{first} {last}', last.lower(), first.lower()
        addr_c = {'JP': self.c(['JP', 'JPr']), 'RU': None, 'SA': None}.get(country, country)
        if addr_c:
            _, address = v.intl_address(addr_c)
        elif country == 'RU':
            address = self.c([f'ул. Ленина, д. {self.r.randint(1, 90)}, кв. {self.r.randint(1, 200)}, Казань, 420{v.digits(3)}',
                              f'пр. Мира, д. {self.r.randint(1, 150)}, кв. {self.r.randint(1, 300)}, Москва, 129{v.digits(3)}',
                              f'ul. Pushkina {self.r.randint(1, 90)}, kv. {self.r.randint(1, 99)}, Novosibirsk 630{v.digits(3)}'])
        else:
            address = self.c([f'شارع الملك فهد {self.r.randint(100, 9999)}، الرياض {v.digits(5)}',
                              f'{self.r.randint(1000, 9999)} Prince Sultan St, Al Rawdah, Jeddah 23{v.digits(3)}'])
        _, ph = v.intl_phone('UK' if country == 'IE' else country)
        iban_loc = self.IBAN_BY.get(country, self.c(list(self.IBAN_BY.values())))
        _, iban = v.iban(iban_loc)
        city = self.c(v.COUNTRY_CITIES[country])
        em = v.email(fl or self.c(['', 'm', 'j', 'a']), ll or 'home', country) if (fl or ll) else v.email('mail', 'home', country)
        return {
            'country': country, 'g': g, 'pr': PRON[g], 'first': P(first, True), 'full': P(full, True),
            'addr': L(address, True), 'phone': T(ph, True), 'email': E(em, True),
            'url': U(v.url(fl or 'family', ll or 'home', self.TLD[country]), True),
            'dob': D(v.dob(intl=True, lo=1928, hi=1978), True), 'city': L(city, True), 'iban': A(iban, True),
            'ibanl': f"{self.c(['IBAN', 'iban', 'IBAN:', 'IBAN no.', ''])} {A(iban, True)}".lstrip(),
        }

    def intl_mrn(self, country=None):
        _, label, val = self.v.intl_mrn(country)
        return f'{label} {M(val, True)}'

    # ------------------------------------------------------------- typo injection (plain text only)
    def typo(self, s):
        def mangle(m):
            w = m.group(0)
            if len(w) < 5 or self.r.random() > 0.16:
                return w
            k = self.r.randint(1, len(w) - 3)
            op = self.r.random()
            if op < 0.4:
                return w[:k] + w[k + 1] + w[k] + w[k + 2:]
            if op < 0.75:
                return w[:k] + w[k + 1:]
            return w[:k] + w[k] + w[k:]
        return re.sub(r'[A-Za-z]+', mangle, s)

    # ============================================================= casual texts (lower_case / all_caps / typos)
    def casual(self):
        a, b = self.person(), self.person()
        rel, rg = self.rel()
        pr, ap, bp = PRON[rg], PRON[a.g], PRON[b.g]
        kin = self.c(['husband', 'son', 'brother', 'dad']) if b.g == 'm' else self.c(['wife', 'daughter', 'sister', 'mom'])
        opts = [
            lambda: f"hi its {P(a.first)}, {rel} needs a refill on the {self.drug()} before {self.day()}. pharmacy is {self.pharm()} on {self.c(['Main', 'Broad', '5th', 'Elm', 'Route 9'])}. call me back {self.phone()}",
            lambda: f"{rel} moved!! new address {self.addr(self.c(['line', 'nocomma']))}. please update {pr['p']} chart, {pr['p']} {self.cond()} meds go there now",
            lambda: f"this is {P(a.full)} calling about my {kin} {P(b.full)}, DOB {self.dob()}. {K(self.c(IDS_WD))} like to know if the {self.lab()} came back yet",
            lambda: f"can someone call {P(a.first)} at {self.phone()} about the bill? account {A(self.v.bank_account())}. we already paid in {self.month()}",
            lambda: f"send it to my email {self.email(a)} not the old one. thanks {P(a.first)}",
            lambda: f"{rel}'s {self.c(['insurance', 'medicare', 'member'])} number is {M(self.v.mbi() if self.r.random() < .5 else self.v.mrn()[1])}, {pr['s']} lost the card again. {K(DONT)} tell {pr['o']} I told you",
            lambda: f"{P(a.first)} and {P(b.first)} will take turns driving {rel} to the {self.cond()} appointments. {P(b.first)}'s cell {self.phone()}",
            lambda: self._staying(a),
            lambda: f"we are at the ER with {rel}, {pr['p']} {self.body()} is swollen and {pr['sc']} on {self.drug()}. {P(a.first)} is driving from {L(self.v.us_city()[0])}, {ap['p']} phone {self.phone()}",
            lambda: f"please use this card for {rel}'s copay, {self.card()}, name on card {P(a.full)}",
            lambda: f"{P(a.full)} ssn {S(self.v.ssn())} dob {self.dob()}, {ap['s']} is applying to {self.org()} for help with the {self.drug()}",
            lambda: f"pls text {P(a.first)} not me, {self.phone()}. {ap['sc']} the one doing {rel}'s pills this week. {pr['s']} takes {self.drug()} and {self.drug()}",
            lambda: f"grandkids made {rel} a page, {self.url(a, 'fund')}, {pr['s']} reads every comment lol. {pr['p']} {self.cond()} is better this week",
            lambda: f"{P(a.first)} here. {rel} fell in the bathroom but {K(self.c(I_DONT))} think anything is broken, just {pr['p']} {self.body()}. we're home at {self.addr()} if the nurse can come",
            lambda: f"here's the link to {rel}'s page so u can follow along {self.url(a, self.c(['fund', 'social']))}. the {self.cond()} surgery is {self.day()}",
            lambda: f"{P(a.first)}'s fundraiser for {rel}: {self.url(a, 'fund')} and my venmo if easier {self.url(b, 'pay')}",
            lambda: f"they need {rel}'s social for the {self.org()} form: {S(self.v.ssn())}. dob {self.dob()}",
            lambda: f"{P(a.full)} {self.mrn()} dob {self.dob()}. {ap['sc']} out of {ap['p']} {self.drug()} since {self.day()}",
            lambda: f"poison control said {rel} is ok, the number was {K('1-800-222-1222')} if anyone needs it. {pr['s']} took two {self.drug()} by mistake. i'm at {self.phone()}",
        ]
        return self.c(opts)()

    def _staying(self, a):
        city = self.v.us_city()
        here = L(f'{city[0]}, {city[1]}') if self.r.random() < .6 else L(city[0])
        return f"my {'dad' if a.g == 'm' else 'mom'} {P(a.full)} is staying with us in {here} for a while so send the {self.drug()} here, {L(self.v.us_address(self.c(['line', 'nocomma', 'multiline']), city))}"

    def casual_intl(self):
        x = self.ib()
        rel, rg = self.rel(intl=True)
        pr, xp = PRON[rg], x['pr']
        cap = rel[0].upper() + rel[1:] if not rel.startswith('[[') else rel
        opts = [
            lambda: f"{cap} is at my aunt's in {x['city']} for a month, if you need {pr['o']} call {x['phone']}. {pr['s']} took the {self.drug()} with {pr['o']}",
            lambda: f"my cousin {x['full']} can translate for {rel} at the {self.cond()} visit. {xp['p']} whatsapp {x['phone']}",
            lambda: f"{cap}'s new address back home: {x['addr']}. {pr['s']} wants {pr['p']} {self.lab()} results mailed there",
            lambda: f"send the money for {rel}'s nurse to {x['full']}, {x['ibanl']}. please {K(DONT_L)} use the old account",
            lambda: f"{x['first']} ({'my brother in law' if x['g'] == 'm' else 'my sister in law'}) emails better than {xp['s']} texts, {x['email']}. {xp['sc']} picking up {rel} from the airport",
            lambda: f"{cap} was born {x['dob']} not what the form says. {pr['s']} was born in {x['city']} if that matters for the {self.org()} stuff",
            lambda: f"my cousin {x['first']} posts {rel}'s updates in our language here {x['url']}, {pr['sc']} better after the {self.cond()} scare",
        ]
        return self.c(opts)()

    def t_lower_case(self): return ('lower_case', self.casual(), str.lower)
    def t_all_caps(self): return ('all_caps', self.casual(), str.upper)
    def t_lower_case_intl(self): return ('lower_case', self.casual_intl(), str.lower)
    def t_all_caps_intl(self): return ('all_caps', self.casual_intl(), str.upper)
    def t_typos_intl(self): return ('typos', self.casual_intl(), None, self.typo)

    def t_typos(self):
        a = self.person()
        rel, rg = self.rel()
        ap = PRON[a.g]
        fixed = [
            f"plese call {P(a.first)} abuot {rel}'s apointment, {ap['p']} # is {self.phone()}. {PRON[rg]['s']} has {self.cond()} and cant drive",
            f"hi i need to chnage my adress to {self.addr()} , my name is {P(a.full)} and my birthday {self.dob()}",
            f"my grandkid {P(a.first)} emial is {self.email(a)} , {ap['s']} helps me with the portel. i take {self.drug()}",
            f"wich pharmacy did you send {rel}s {self.drug()} too? we went to {self.pharm()} and they dint have it. call {P(a.first)} {self.phone()}",
            f"{P(a.full)} {self.mrn()} , {ap['sc']} out of {ap['p']} {self.drug()} sinse {self.day()} and feels dizy",
            f"my ssn is {S(self.v.ssn())} i think the form has it rong. name {P(a.full)}",
            f"can you put the copay on my card {A(self.v.card()[1])} exp {self.r.randint(1, 12)}/{self.r.randint(26, 30)}, its for {rel}s {self.drug()}",
        ]
        return ('typos', self.c(fixed + [self.casual()]), None, self.typo)

    # ============================================================= speaker labels
    def t_speaker_label(self):
        a, b, c = self.person(), self.person(), self.person()
        rel, rg = self.rel()
        pr = PRON[rg]
        role = self.c(['Son', 'Grandson', 'Husband', 'Nephew', 'Brother']) if a.g == 'm' else self.c(['Daughter', 'Granddaughter', 'Wife', 'Niece', 'Sister', 'Aunt'])
        opts = [
            lambda: f"{K(role)} {P(a.first)}: did {rel} take the {self.drug()} this morning?\n{P(b.first)}: yes at 8\n{K(role)} {P(a.first)}: ok and the {self.drug()}?\n{P(b.first)}: not yet, after lunch",
            lambda: f"{P(a.first)}: the home nurse is coming {self.day()}\n{P(b.first)}: what time\n{P(a.first)}: between 10 and 2. she'll check {rel}'s {self.body()}\n{P(c.first)}: I can be there, call me {self.phone()}",
            lambda: f"{P(a.first)}: pharmacy needs {rel}'s DOB\n{P(b.first)}: {self.dob()}\n{P(a.first)}: and the member id?\n{P(b.first)}: {M(self.v.mrn()[1])}",
            lambda: f"{K(role)} {P(a.first)}: {K(DONT)} forget {rel}'s {self.lab()} on {self.day()}\n{P(b.first)}: got it. I'll drive",
            lambda: f"{P(a.first)}: what's {rel}'s social for the {self.org()} form\n{P(b.first)}: {S(self.v.ssn())}\n{P(a.first)}: thx. and {pr['p']} {self.c(['medicare', 'member'])} #?\n{P(b.first)}: {M(self.v.mbi())}. {K(ITS)} on the fridge",
            lambda: f"{P(a.full)}: new address for the mail {self.addr()}\n{P(b.first)}: ok, I'll tell {self.pharm()}",
            lambda: f"{P(a.first)}: which card did you use for {rel}'s {self.drug()}?\n{P(b.first)}: the {self.card()}\n{P(a.first)}: ok I'll pay you back {self.day()}",
            lambda: f"{P(a.first)} ({self.phone()}): {rel} is asking for you\n{P(b.first)}: on my way, 20 min. is {pr['p']} {self.cond()} acting up?\n{P(a.first)}: think so. gave {pr['o']} the {self.drug()}",
        ]
        return ('speaker_label', self.c(opts)())

    def t_speaker_label_intl(self):
        a, b = self.ib(self.c(['KR', 'CN', 'JP', 'RU', 'SA', 'IN', 'KR', 'CN'])), self.ib()
        u = self.person()
        rel, rg = self.rel()
        opts = [
            lambda: f"{a['first']}: {rel} took the {self.drug()}?\n{P(u.first)}: yes after breakfast\n{a['first']}: ok. I'm calling from {a['city']} tonight, same number {a['phone']}",
            lambda: f"{a['full']}: flight lands {self.day()} 6pm\n{b['full']}: I'll bring {rel}'s {self.drug()} to the airport\n{a['full']}: thanks. my mail: {a['email']}",
            lambda: f"{P(u.first)}: what's the address for the home nurse over there?\n{a['first']}: {a['addr']}\n{P(u.first)}: and phone?\n{a['first']}: {a['phone']}",
        ]
        return ('speaker_label', self.c(opts)())

    # ============================================================= lists
    def t_list(self):
        ps = [self.person() for _ in range(4)]
        rel, rg = self.rel()
        def role(p): return self.c(['son', 'nephew', 'neighbor', 'friend', 'caregiver']) if p.g == 'm' else self.c(['daughter', 'niece', 'neighbor', 'friend', 'caregiver'])
        bullet = self.c(['- ', '* ', '', '• '])
        opts = [
            lambda: f"Contacts for {rel}:\n" + '\n'.join(f"{bullet}{P(p.full)} ({role(p)}) {self.phone()}" for p in ps[:3]),
            lambda: f"{rel}'s meds:\n1. {self.drug()} {self.c(['5 mg', '10 mg', '40 mg', '500 mg'])} am\n2. {self.drug()} pm\n3. {self.drug()} as needed\nPharmacy: {self.pharm()} {self.phone()}\nQuestions: {P(ps[0].first)} {self.phone()}",
            lambda: f"Insurance info for {P(ps[0].full)}:\n- {self.mrn()}\n- {self.mrn()}\n- DOB {self.dob()}\n- {self.ssn()}",
            lambda: f"who's bringing dinner this week: {P(ps[0].first)}, {P(ps[1].first)} and {P(ps[2].first)}. low salt please, {self.cond()}",
            lambda: f"To do:\n[ ] update address to {self.addr()}\n[ ] call {self.pharm()} re {self.drug()}\n[ ] email {P(ps[1].first)} the {self.lab()} results ({self.email(ps[1])})",
            lambda: f"Accounts to close for {rel}:\n- checking {A(self.v.bank_account())}\n- {self.card()}\n- phone line {self.phone()}\n- {K('Social Security')} notified",
            lambda: f"Links for {rel}'s people:\n- updates {self.url(ps[0], 'fund')}\n- donations {self.url(ps[1], self.c(['fund', 'pay']))}\n- questions to {P(ps[2].first)}, {self.email(ps[2])}",
            lambda: f"Visit schedule\n{self.day()}: {P(ps[0].first)}\n{self.day()}: {P(ps[1].first)}\n{self.day()}: {P(ps[2].first)} ({self.phone()})\nweekend: {P(ps[3].first)}",
            lambda: f"For the {K(self.c(GROUPS))} sign-in:\n1) {P(ps[0].full)}, {self.dob()}\n2) {P(ps[1].full)}, {self.dob()}\n3) {P(ps[2].full)}, {self.dob()}",
        ]
        return ('list', self.c(opts)())

    def t_list_intl(self):
        a, b = self.ib(), self.ib()
        p1 = self.person()
        rel, rg = self.rel()
        opts = [
            lambda: f"Family numbers for the chart:\n- {P(p1.full)} (US) {self.phone()}\n- {a['full']} ({a['country']}) {a['phone']}\n- {b['full']} ({b['country']}) {b['phone']}",
            lambda: f"Payments for {rel}'s care abroad:\n1) nurse {a['full']} - {a['ibanl']}\n2) pharmacy - {b['ibanl']}\n3) rent for the flat at {a['addr']}",
            lambda: f"Travel list for {rel}:\n* {self.drug()} x 60\n* {self.intl_mrn(a['country'])}\n* address there: {a['addr']}\n* host: {a['full']} {a['phone']}",
            lambda: f"Contacts abroad for {rel}:\n- {a['full']}: {a['phone']}, {a['email']}\n- {a['pr']['p']} page: {a['url']}\n- {b['full']}: {b['phone']}",
        ]
        return ('list', self.c(opts)())

    # ============================================================= run-on stories
    def t_run_on(self):
        a, b = self.person(), self.person()
        bro = self.person('m')
        rel, rg = self.rel()
        pr = PRON[rg]
        opts = [
            lambda: f"so {rel} went in for the {self.lab()} on {self.day()} and they said {pr['p']} numbers were off so now they want to change the {self.drug()} and I asked if that would affect {pr['p']} {self.cond()} and nobody really answered so can someone call me, I'm {P(a.full)} and my number is {self.phone()} and {pr['s']} lives with me at {self.addr()}",
            lambda: f"ok long story but {P(a.first)} was supposed to pick up {rel}'s {self.drug()} and the pharmacy said the insurance changed and the new {self.mrn()} doesn't match so they wouldn't fill it and now {pr['s']} only has two days left and {pr['s']} gets really bad without it, can you call the pharmacy or call {P(a.first)} at {self.phone()}, {rel}'s DOB is {self.dob()}",
            lambda: f"I just want to say thank you to everyone especially {P(a.first)} and {P(b.first)} for helping with {rel} after the {self.cond()} diagnosis, we set up a page for updates at {self.url(a, 'fund')} and if anyone needs to reach me directly it's {self.email(b)} or {self.phone()}",
            lambda: f"we moved {rel} from {L(self.v.us_city_state())} to live with us and I don't know how to transfer {pr['p']} {self.org()} stuff and {pr['p']} {self.drug()} prescriptions, {pr['p']} social is {S(self.v.ssn())} and our address now is {self.addr()}, sorry this is so long I'm just overwhelmed",
            lambda: f"my brother {P(bro.full)} keeps telling the doctors he's fine but he's not taking the {self.drug()} and he fell twice this month and he's on {self.drug()} too so I'm scared, he lives alone at {self.addr()} and his phone is {self.phone()} but he doesn't pick up so try me {self.phone()}",
            lambda: f"{P(a.first)} here again so the billing office said I owe for {rel}'s {self.c(['MRI', 'ER visit', 'ambulance ride', 'PT sessions'])} but {self.org()} was supposed to cover it and they gave me account {A(self.v.bank_account())} to reference and said to pay with {self.card()} but I don't want to pay something we don't owe",
            lambda: f"I know it's late but {rel} has been saying things like {pr['s']} doesn't want to be here anymore and I called {K('988')} like the nurse said and they helped but I need someone to call me tomorrow, {pr['p']} name is {P(a.full)}, DOB {self.dob()}, and I'm {P(b.first)} at {self.phone()}",
        ]
        return ('run_on', self.c(opts)())

    def t_run_on_intl(self):
        a = self.ib()
        dad = self.ib(g='m')
        rel, rg = self.rel(intl=True)
        pr = PRON[rg]
        opts = [
            lambda: f"so {rel} flew to {a['city']} to see {pr['p']} sister and of course {pr['s']} got sick there and ended up at a clinic and they want {pr['p']} records from you but they only take email so please send them to {a['email']} which is my cousin {a['full']}'s and {a['pr']['p']} phone there is {a['phone']}, {rel}'s {self.cond()} is stable now thank god",
            lambda: f"my dad {dad['full']} lives at {dad['addr']} and I'm here in the US trying to manage everything by phone and he refuses to take the {self.drug()} and the local doctor won't talk to me so can you write something I can forward, my number here is {self.phone()} and his is {dad['phone']}",
            lambda: f"ok so we need to pay the care home for {rel} in {a['city']} and they sent bank details {a['ibanl']} in the name of {a['full']} and I just want to check with you that the {self.cond()} care they describe is normal before I send anything",
        ]
        return ('run_on', self.c(opts)())

    # ============================================================= signatures
    def t_signature(self):
        a = self.person()
        rel, rg = self.rel()
        bodies = [f"Thanks for the update on {self.cond()}.", f"{K(DONT)} hesitate to call if {rel} needs anything.", f"{K(WELL)} see you at the {K(self.c(GROUPS))}.", f"{K(IVE)} attached {rel}'s {self.drug()} list.",
                  f"Please confirm the {self.drug()} change.", f"See you {self.day()}.", f"Attached is the {self.lab()} report.",
                  f"We'll bring the list of {self.drug()} doses.", f"Thank you for being so patient with {rel}."]
        closing = self.c(['Thanks,', 'Best,', 'Regards,', 'Warmly,', 'Thank you!', '-', 'Sincerely,', 'Cheers,', 'xo', '--'])
        lines = [P(self.c([a.full, a.full, a.first, f'{a.first} {a.last}']))]
        extras = self.r.sample(['phone', 'phone2', 'email', 'url', 'url2', 'addr', 'rel', 'title'], k=self.r.randint(2, 4))
        for x in extras:
            if x == 'phone':
                lines.append(f"{self.c(['', 'cell: ', 'c. ', 'm: ', 'Mobile ', 'Phone: ', 'tel '])}{self.phone(ext_p=0.15)}")
            elif x == 'phone2':
                lines.append(f"{self.c(['Office ', 'work: ', 'Direct: ', 'o. '])}{self.phone(ext_p=0.5)}" if self.r.random() < .75
                             else f"{self.c(['Business: ', 'Shop: ', ''])}{T(self.v.vanity())}")
            elif x == 'email':
                lines.append(self.email(a))
            elif x in ('url', 'url2'):
                lines.append(self.url(a, self.c(['site', 'site', 'social', 'pay', 'fund'])))
            elif x == 'addr':
                lines.append(self.addr(self.c(['multiline', 'line', 'pobox'])))
            elif x == 'rel':
                b = self.person()
                role = self.c(['daughter', 'caregiver', 'POA']) if a.g == 'f' else self.c(['son', 'caregiver', 'POA'])
                lines.append(f"({role} of {('Mrs. ' if b.g == 'f' else 'Mr. ') if self.r.random() < .5 else ''}{P(b.full)})")
            elif x == 'title':
                lines.append(self.c(['Caregiver', 'Home Health Aide', 'Family Coordinator', 'Realtor', 'RN (retired)',
                                     'Owner, Sunshine Cleaning', 'Sent from my iPhone', 'Deacon, St. Mark Parish']))
        uniq = list(dict.fromkeys(lines))
        return ('signature', f"{self.c(bodies)}\n\n{closing}\n" + '\n'.join(uniq))

    def t_signature_intl(self):
        a = self.ib()
        rel, rg = self.rel()
        body = self.c([f"Many thanks for looking after {rel}.", f"Could you confirm the {self.drug()} dose?",
                       "Greetings from across the pond.", "Happy to call if easier - mind the time difference!"])
        extra = self.r.sample(['phone', 'email', 'url', 'addr'], k=self.r.randint(2, 3))
        lines = [a['full']] + [a[k] for k in extra]
        close = self.c(['Best wishes,', 'Kind regards,', 'Cheers,', 'Viele Grüße,', 'Cordialement,', 'Saludos,', 'Abraços,'])
        return ('signature', f"{body}\n\n{close}\n" + '\n'.join(lines))

    # ============================================================= forwarded
    def t_forwarded(self):
        a, b = self.person(), self.person()
        rel, rg = self.rel()
        pr = PRON[rg]
        opts = [
            lambda: f"---------- Forwarded message ---------\nFrom: {P(a.full)} <{self.email(a)}>\nDate: {self.day()}, {self.c(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Sep', 'Oct'])} {self.r.randint(1, 28)}\nSubject: {self.c(['Re: ', 'Fwd: ', ''])}{rel}'s {self.c(['appointment', 'meds', 'bill', 'paperwork'])}\nTo: {P(b.full)} <{self.email(b)}>\n\nCan you ask about the {self.drug()}? {pr['P']} {self.lab()} was high again.",
            lambda: f"Fwd: text from {P(a.first)}\n\"{rel} says the {self.drug()} makes {pr['o']} sick. call me {self.phone()}\"",
            lambda: f"Forwarding the reminder we got:\n> Appointment reminder for {P(a.full.upper() if self.r.random() < .4 else a.full)}, DOB {self.dob()}, {self.mrn()}. {self.c(['Cardiology', 'Neurology', 'Wound Clinic', 'Infusion'])} on {self.day()} at 9:30. To reschedule call {self.phone()}.",
            lambda: f"Begin forwarded message:\n\n> From: {P(a.full)}\n> Subject: {rel}\n>\n> {pr['P']} new address is {self.addr()} and the home phone is {self.phone()}. The {self.cond()} is about the same.",
            lambda: f"FW: billing notice\n-----Original Message-----\nFrom: Patient Accounts\nTo: {P(a.full)}\nRe: statement for account {A(self.v.bank_account())} ({self.c(['ER visit', 'lab work', 'PT', 'imaging'])} - {self.cond()})\nA payment of $48.00 was declined on {self.card()}. Please update your payment method.",
            lambda: f"forwarded voicemail: \"hi this is {P(a.first)}, calling for {P(b.full)}, birthday {self.dob()}, about the {self.drug()} refill. call back at {self.phone()}\"",
            lambda: f"Fwd: from my {'sister' if a.g == 'f' else 'brother'} {P(a.first)}\n\"{K(DONT)} mail anything to the old place. I'm at {self.addr()} now. email me at {self.email(a)}\"",
            lambda: f"Fwd: letter from {K('Social Security')}\n> Beneficiary: {P(a.full.upper())}\n> SSN: {S(self.v.ssn(self.c(['dash', 'none'])))}\n> Your {self.month()} payment will be deposited to account {A(self.v.bank_account())}.",
            lambda: f"fwd from {P(a.first)}: \"here's the link for {rel}: {self.url(a, self.c(['fund', 'social', 'obit']))} - please share\"",
        ]
        return ('forwarded', self.c(opts)())

    def t_forwarded_intl(self):
        a, b = self.ib(), self.ib()
        rel, rg = self.rel(intl=True)
        pr = PRON[rg]
        cap = rel[0].upper() + rel[1:] if not rel.startswith('[[') else rel
        opts = [
            lambda: f"---- Forwarded WhatsApp ----\n[{self.r.randint(7, 11)}:{self.r.randint(10, 59)}] {a['full']}: {cap} is at {a['addr']} now. Call me on {a['phone']}.\n[{self.r.randint(12, 20)}:0{self.r.randint(0, 9)}] {a['full']}: {pr['s']} still takes the {self.drug()}",
            lambda: f"Fwd: from {a['full']} <{a['email']}>\n> The clinic in {a['city']} needs payment before the {self.c(['MRI', 'surgery', 'scan'])}. {a['ibanl']}. Thanks.",
            lambda: f"FYI forwarded from my cousin {b['full']}:\n\"{cap} was born {b['dob']} and {pr['p']} {self.intl_mrn(b['country'])}. the hospital number is {b['phone']}\"",
        ]
        return ('forwarded', self.c(opts)())

    # ============================================================= forms
    def t_form(self):
        a, b = self.person(), self.person()
        opts = [
            lambda: f"NEW PATIENT REGISTRATION\nName: {P(a.full)}\nDOB: {self.dob()}\n{self.c(['SSN', 'Social Security No.', 'SSN (optional)'])}: {S(self.v.ssn())}\nAddress: {self.addr()}\n{self.c(['Phone', 'Cell', 'Home phone'])}: {self.phone()}\nEmail: {self.email(a)}\nEmergency contact: {P(b.full)} ({self.c(['spouse', 'child', 'friend', 'sibling'])}) {self.phone()}\nConditions: {self.cond()}, {self.cond()}",
            lambda: f"FINANCIAL ASSISTANCE APPLICATION\nApplicant: {P(a.full)}\nSSN: {S(self.v.ssn())}\nHousehold size: {self.r.randint(1, 6)}\nAddress: {self.addr()}\nPayment: {self.bank()}\nPhone: {self.phone()}\nReason: {self.cond()} treatment",
            lambda: f"Auto-refill enrollment\nPatient: {P(a.full)}   DOB: {self.dob()}\nPayment: {self.card()}\nBilling address: {self.addr()}\nMedication: {self.drug()}\nContact: {self.phone()}",
            lambda: f"Proxy access request\nPatient name: {P(a.full)}\nDate of birth: {self.dob()}\n{self.mrn()}\nProxy: {P(b.full)}\nRelationship: {self.c(['child', 'spouse', 'grandchild', 'guardian'])}\nProxy email: {self.email(b)}\nProxy phone: {self.phone()}\nReason: {self.cond()}",
            lambda: f"Records request\nPatient: {P(a.full)}\nDOB: {self.dob()}\n{self.mrn()}\nSend to: {self.addr('multiline')}\nFax: {self.phone()}\nRecords: {self.lab()}, {self.cond()} notes",
            lambda: f"Name: {P(a.full)}\nEmail: {self.email(a)}\nPhone: {self.phone()}\nWebsite: {self.url(a, 'site')}\nMessage: {self.c(['Question about', 'Need a refill of', 'Side effects from'])} {self.drug()}.",
            lambda: f"name={P(a.full)}; dob={self.dob()}; ssn={S(self.v.ssn())}; phone={self.phone()}; addr={self.addr('line')}; dx={self.cond()}",
            lambda: f"Direct deposit for caregiver pay\nCaregiver: {P(a.full)}\nClient: {P(b.full)}\n{self.bank()}\nSSN: {S(self.v.ssn())}",
            lambda: f"HIPAA release\nI, {P(a.full)}, born {self.dob()}, allow {P(b.full)} at {self.phone()} to discuss my {self.cond()} care.\nSignature: ______   {self.mrn()}",
            lambda: f"PAYMENT AUTHORIZATION\nCardholder: {P(a.full)}\n{self.card()}\nExp: {self.r.randint(1, 12):02d}/{self.r.randint(26, 31)}\nBilling ZIP: {L(self.v.us_zip(self.v.us_city()[2]))}\nFor: {self.c(['copays', 'balance'])} - {self.cond()} care",
            lambda: f"MEDICATION ASSISTANCE PROGRAM\nPatient: {P(a.full)}\nDOB: {self.dob()}   SSN: {S(self.v.ssn())}\n{self.mrn()}\nDrug requested: {self.drug()}\nPrescriber: Dr. {P(b.last)}",
        ]
        return ('form', self.c(opts)())

    def t_form_intl(self):
        a = self.ib()
        u = self.person()
        opts = [
            lambda: f"INTERNATIONAL PATIENT REGISTRATION\nName: {a['full']}\nDate of birth: {a['dob']}\nHome address: {a['addr']}\nPhone: {a['phone']}\nEmail: {a['email']}\n{self.intl_mrn(a['country'])}\nConditions: {self.cond()}\nUS contact: {P(u.full)} {self.phone()}",
            lambda: f"Reimbursement request (bank transfer)\nAccount holder: {a['full']}\n{a['ibanl']}\nAddress: {a['addr']}\nPhone: {a['phone']}\nReason: {self.drug()} paid abroad",
            lambda: f"Visitor form\nName: {a['full']}\nHome address: {a['addr']}\nLocal stay: {self.addr(self.c(['line', 'multiline']))}\nMobile: {a['phone']}\nVisiting: {P(u.full)} ({self.cond()})",
        ]
        return ('form', self.c(opts)())

    # ============================================================= general text
    def t_general_text(self):
        a = self.person()
        rel, rg = self.rel()
        ap = PRON[a.g]
        opts = [
            lambda: f"Hi, please update the card on file to {self.card()} for the {self.drug()} copays. The old one expired. Account holder {P(a.full)}.",
            lambda: f"Hello, I'd like to change my mailing address to {self.addr()}. Phone stays {self.phone()}. Thank you, {P(a.full)}",
            lambda: f"Does anyone know a good handyman? {P(a.first)}'s business number is {T(self.v.vanity())} and {ap['s']} did my ramp, or call {ap['p']} cell {self.phone()}.",
            lambda: f"We started a fundraiser for {rel}'s care: {self.url(a, 'fund')} - anything helps. {K(self.c(DONT2))} feel obligated!",
            lambda: f"I think I was double billed. Statement account {A(self.v.bank_account())}, patient {P(a.full)}, DOB {self.dob()}. Please call {self.phone()}.",
            lambda: f"Is the {K(self.c(GROUPS))} still meeting on {self.day()}? {P(a.first)} wants to bring {ap['p']} dad. Reply to {self.email(a)}.",
            lambda: f"Someone used my mom's social {S(self.v.ssn())} to open a card. Her name is {P(a.full if a.g == 'f' else self.person('f').full)}, DOB {self.dob()}. Do we need to tell {self.org()}?",
            lambda: f"Link for {P(a.first)}'s meal schedule: {self.url(a, 'fund')}. Sign up for a night if you can, {ap['sc']} on {self.drug()} and can't cook yet.",
            lambda: f"Please charge {self.card()} for {rel}'s {self.c(['copay', 'balance', 'deposit'])}, and send the receipt to {self.email(a)}.",
        ]
        return ('general_text', self.c(opts)())

    def t_general_text_intl(self):
        a = self.ib(g='f')
        rel, rg = self.rel()
        opts = [
            lambda: f"Hi - could the refund go by bank transfer to my mother {a['full']}? {a['ibanl']}. She lives at {a['addr']}.",
            lambda: f"My aunt {a['full']} runs a small physio practice in {a['city']}, her site is {a['url']} if anyone needs a referral over there.",
            lambda: f"We're relocating {rel} to {a['addr']}. Please send the {self.cond()} records by email to {a['email']}. Phone there: {a['phone']}.",
        ]
        return ('general_text', self.c(opts)())

    # ============================================================= clinician notes
    def t_clinician_note(self):
        a, b = self.person(), self.person()
        age = self.r.randint(19, 96)
        rel = self.c(['Son', 'Husband', 'Brother']) if b.g == 'm' else self.c(['Dtr', 'Wife', 'Sister'])
        opts = [
            lambda: f"Pt {P(a.full)}, {age}{'M' if a.g == 'm' else 'F'}, DOB {self.dob()}, {self.mrn()}. F/u {self.cond()}. On {self.drug()}, {self.drug()}. {self.lab()} pending. {rel} {P(b.first)} ({self.phone()}) updated.",
            lambda: f"Phone note: spoke w/ {P(b.full)} (caregiver) re: pt {P(a.full)} {self.cond()}. Advised hold {self.drug()} x2 days. Callback {self.phone()}.",
            lambda: f"HOME VISIT {self.addr()}. Pt {P(a.full)} seen w/ {rel.lower()} {P(b.first)}. {self.body()} exam unremarkable. Cont {self.drug()}. RTC 4 wk.",
            lambda: f"Registration corrected: pt {P(a.full)} DOB {self.dob()}, SSN {S(self.v.ssn())}, {self.mrn()}. Dx {self.cond()}. Preferred contact {self.email(a)}.",
        ]
        return ('clinician_note', self.c(opts)())

    def t_clinician_note_intl(self):
        a = self.ib()
        u = self.person()
        return ('clinician_note', f"Pt {a['full']}, DOB {a['dob']}, visiting from {a['city']}. Home insurer: {self.intl_mrn(a['country'])}. Presents w/ {self.cond()}; on {self.drug()} from home. Local contact {P(u.full)} {self.phone()}. Home GP phone {a['phone']}.")

    # ============================================================= international (English about family abroad, and local languages)
    def t_international(self):
        x = self.ib()
        u = self.person('f')
        rel, rg = self.rel()
        pr, xp = PRON[rg], x['pr']
        opts = [
            lambda: f"{rel} is staying with my cousin {x['full']} in {x['city']} until {self.month()}. {pr['P']} number there is {x['phone']}. {pr['S']} packed enough {self.drug()}.",
            lambda: f"Please send the discharge letter to {x['full']}, {x['addr']}. Tel {x['phone']}.",
            lambda: f"My sister {P(u.full)} is flying {rel} back from {x['city']} on {self.day()}. Until then reach them at {x['phone']} (not the US cell {self.phone()}).",
            lambda: f"Can we pay {rel}'s bill by transfer from abroad? {x['ibanl']}, account holder {x['full']}. Reference: {self.c(['physio', 'MRI', 'dialysis', 'home care'])}.",
            lambda: f"{x['full']} (DOB {x['dob']}) is visiting from {x['city']} and ran out of {self.drug()}. Local address while here: {self.addr(self.c(['line', 'nocomma', 'multiline']))}. {xp['P']} phone from home: {x['phone']}.",
            lambda: f"{'Uncle' if x['g'] == 'm' else 'Auntie'} {x['full']} in {x['city']} wants a second opinion on {xp['p']} {self.cond()}. Email {xp['o']} at {x['email']} or WhatsApp {x['phone']}.",
            lambda: f"New address for {rel}: {x['addr']}. {pr['S']} moved back home after the {self.cond()} diagnosis. Contact: {x['full']}, {x['phone']}.",
            lambda: f"Insurance abroad: {x['full']}, {self.intl_mrn(x['country'])}, phone {x['phone']}. {K(self.c(SHES))} not at the US address until {self.month()}.",
        ]
        return ('international', self.c(opts)())

    def t_international_local(self):
        v = self.v
        lang = self.c(['de', 'es', 'fr', 'pt', 'it', 'nl'])
        if lang == 'de':
            x = self.ib('DE')
            return ('international', f"Hallo, hier ist {x['full']}. {K(self.c(['Mama', 'Papa', 'Oma', 'Opa']))} braucht neues {K(self.c(['Metformin', 'Ramipril', 'Ibuprofen', 'Marcumar']))}. Adresse: {x['addr']}, Tel. {x['phone']}. {self.c(['Danke!', 'Viele Grüße', 'LG'])}")
        if lang == 'es':
            x = self.ib(self.c(['MX', 'ES']))
            return ('international', f"Hola, soy {x['full']}. Mi {K(self.c(['mamá', 'papá', 'abuela', 'abuelo']))} necesita más {K(self.c(['metformina', 'losartán', 'insulina', 'omeprazol']))}. Vive en {x['addr']}. Cel. {x['phone']}. Nació el {D(v.dob(intl=True, lo=1930, hi=1960), True)}.")
        if lang == 'fr':
            x = self.ib('FR')
            return ('international', f"Bonjour, c'est {x['full']}. {K(self.c(['Maman', 'Papa', 'Mamie', 'Papi']))} a besoin de son {K(self.c(['Doliprane', 'Kardégic', 'Levothyrox', 'Xarelto']))}. Adresse : {x['addr']}. Tél. {x['phone']}. {x['ibanl']}")
        if lang == 'pt':
            x = self.ib('BR')
            return ('international', f"Oi, aqui é {x['full']}. Minha {K(self.c(['mãe', 'avó', 'tia']))} precisa do {K(self.c(['Losartana', 'Glifage', 'Puran T4', 'AAS']))}. Endereço: {x['addr']}. Whats {x['phone']}.")
        if lang == 'it':
            x = self.ib('IT')
            return ('international', f"Buongiorno, sono {x['full']}. {K(self.c(['Nonna', 'Nonno', 'Mamma', 'Papà']))} prende ancora la {K(self.c(['Cardioaspirina', 'metformina', 'Tachipirina']))}. Indirizzo: {x['addr']}, cell. {x['phone']}.")
        x = self.ib('NL')
        return ('international', f"Hoi, met {x['full']}. {K(self.c(['Oma', 'Opa', 'Mijn moeder']))} heeft nieuwe {K(self.c(['metformine', 'paracetamol', 'omeprazol']))} nodig. Adres: {x['addr']}, tel. {x['phone']}. {x['ibanl']}")


SCHEDULE = {  # template messages per style (my target: ~35 messages per style overall, ~30% INTL values)
    't_form': 16, 't_form_intl': 12, 't_forwarded': 18, 't_forwarded_intl': 9,
    't_signature': 14, 't_signature_intl': 11, 't_run_on': 13, 't_run_on_intl': 9, 't_typos': 12, 't_typos_intl': 9,
    't_all_caps': 11, 't_all_caps_intl': 9, 't_lower_case': 11, 't_lower_case_intl': 9, 't_list': 10,
    't_list_intl': 9, 't_international': 10, 't_international_local': 6, 't_speaker_label': 7,
    't_speaker_label_intl': 6, 't_general_text': 6, 't_general_text_intl': 4,
    't_clinician_note': 3, 't_clinician_note_intl': 2,
}
