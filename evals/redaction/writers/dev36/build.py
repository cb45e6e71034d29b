"""Build handwritten_dev36.jsonl: hand-written messages (hand_*.txt, parsed by handparse.py) plus
template messages filled with Faker values. Deterministic (seeded)."""
import glob, json, random, re
from faker import Faker
from handparse import parse_block, parse_file
from ibanlib import make_iban, spaced, make_card

SEED = 3636
rng = random.Random(SEED)
Faker.seed(SEED)
US = Faker('en_US')
INTL_LOCS = ['en_GB', 'de_DE', 'fr_FR', 'es_MX', 'pt_BR', 'ja_JP', 'it_IT', 'nl_NL', 'pl_PL', 'en_CA', 'es_ES',
             'zh_CN', 'ko_KR', 'ru_RU', 'vi_VN', 'hi_IN']
NAME_LOCS = INTL_LOCS + ['ar_SA', 'tr_TR', 'fil_PH', 'en_IN']
FK = {l: Faker(l) for l in set(INTL_LOCS + NAME_LOCS)}
R = lambda seq: rng.choice(seq)

# ---------- keep vocab ----------
DRUGS = ['metformin', 'Eliquis', 'warfarin', 'Lasix 40', 'lisinopril', 'melatonin', "St. John's wort", 'sertraline',
         'oxycodone', 'amlodipine', 'atorvastatin', 'gabapentin', 'prednisone', 'Xarelto', 'Jardiance', 'Ozempic',
         'levothyroxine', 'furosemide', 'insulin glargine', 'donepezil', 'Namenda', 'carbidopa-levodopa',
         'hydrocodone', 'tramadol', 'omeprazole', 'pantoprazole', 'losartan', 'metoprolol', 'Plavix', 'Entresto',
         'Keppra', 'Seroquel', 'trazodone', 'Zoloft', 'buprenorphine', 'Suboxone', 'naloxone', 'vitamin B12',
         'fish oil', 'magnesium', 'turmeric', 'ashwagandha', 'Tylenol', 'Advil', 'albuterol', 'Spiriva',
         'Humalog', 'Trulicity', 'allopurinol', 'colchicine', 'spironolactone', 'digoxin', 'Farxiga']
CONDS = ['hypertriglyceridemia', 'atrial fibrillation', 'opioid use disorder', "Parkinson's", 'COPD',
         "Alzheimer's", 'CHF', 'type 2 diabetes', 'hypertension', 'sleep apnea', 'pneumonia', 'UTI', 'sepsis',
         'cellulitis', 'DVT', 'kidney stones', 'vertigo', 'dementia', 'osteoporosis', 'gout', 'shingles',
         'macular degeneration', 'neuropathy', 'anemia', 'lupus', 'rheumatoid arthritis', 'depression',
         'anxiety', 'hypothyroidism', 'CKD stage 3', 'migraine', 'glaucoma', 'diverticulitis']
LABS = ['Hemoglobin A1c', 'A1c', 'INR', 'potassium', 'creatinine', 'eGFR', 'TSH', 'CBC', 'BMP', 'lipid panel',
        'BNP', 'vitamin D level', 'PSA', 'troponin', 'ferritin', 'urinalysis']
BODY = ['left knee', 'right hip', 'lower back', 'ankles', 'chest', 'shoulder', 'wrist', 'feet', 'lungs',
        'kidneys', 'bladder', 'colon', 'heel', 'neck']
ORGS = ['Walgreens', 'CVS', 'Medicare', 'Medicaid', 'Kaiser', 'Mayo Clinic', 'Rite Aid', 'Humana', 'Aetna',
        'Cleveland Clinic', 'Walmart pharmacy', 'Blue Cross', 'Labcorp', 'Quest']
RELS = ['Mom', 'Dad', 'Grandma', 'Grandpa', 'Nana', 'Papa', 'Auntie', 'Uncle', 'Abuela', 'Granny', 'Pop']
RELW = ['Daughter', 'Son', 'Uncle', 'Aunt', 'Cousin', 'Nephew', 'Niece', 'Wife', 'Husband', 'Granddaughter',
        'Grandson', 'Brother', 'Sister', 'Stepmom', 'Neighbor']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
HELPLINES = ['988', '1-800-222-1222']
WORDY_SURNAMES = ['Reed', 'Park', 'Hill', 'Young', 'Brown', 'Rose', 'King', 'Bell', 'Wood', 'Stone', 'Price',
                  'Gray', 'Hunt', 'Lane', 'Banks', 'Fox', 'Moss', 'Rice', 'Marsh', 'Frost']

def K(x): return '{{' + x + '}}'
def I(code, v, intl=False): return f'[[{code}{"!" if intl else ""}:{v}]]'

# ---------- value generators ----------
def first(): return US.first_name()
def last(): return R(WORDY_SURNAMES) if rng.random() < 0.2 else US.last_name()
def full(): return f'{first()} {last()}'
def ifirst(loc): return FK[loc].first_name()
def ifull(loc):
    f = FK[loc]
    if loc in ('ja_JP', 'zh_CN', 'ko_KR'):
        return f.last_name() + ('' if loc != 'ja_JP' else ' ') + f.first_name()
    if loc == 'ru_RU' and rng.random() < 0.5:
        return f'{f.last_name_male()} {f.first_name_male()}'
    return f'{f.first_name()} {f.last_name()}'

def us_phone():
    a = rng.choice([212, 213, 312, 415, 503, 602, 614, 702, 713, 804, 817, 901, 919, season()]) if False else rng.randint(201, 989)
    while a % 100 == 11 or str(a)[1] == '9': a = rng.randint(201, 989)
    b, c = rng.randint(200, 999), rng.randint(0, 9999)
    if rng.random() < 0.5: b, c = 555, rng.randint(100, 199)
    shape = rng.randint(0, 11)
    s = [f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{a}{b}{c:04d}', f'+1 {a} {b} {c:04d}',
         f'1-{a}-{b}-{c:04d}', f'001-{a}-{b}-{c:04d}', f'({a}){b}-{c:04d}', f'+1-{a}-{b}-{c:04d}',
         f'{a} {b} {c:04d}', f'+1 ({a}) {b}-{c:04d}', f'{a}/{b}-{c:04d}'][shape]
    if rng.random() < 0.12:
        s += R([f' x{rng.randint(10, 9999)}', f' ext. {rng.randint(1, 99)}', f' extension {rng.randint(1, 9)}', f' ext {rng.randint(100, 999)}'])
    return s
def season(): return 0
def d(n): return ''.join(rng.choice('0123456789') for _ in range(n))
INTL_PHONES = {
    'en_GB': lambda: R([f'+44 20 7946 0{d(3)}', f'020 7946 0{d(3)}', f'+44 7700 900{d(3)}', f'07700 900{d(3)}', f'+44 161 496 0{d(3)}']),
    'de_DE': lambda: R([f'+49 30 {d(7)}', f'030 {d(7)}', f'+49 89 {d(3)} {d(4)}', f'+49 151 {d(8)}']),
    'fr_FR': lambda: R([f'+33 1 {d(2)} {d(2)} {d(2)} {d(2)}', f'01 {d(2)} {d(2)} {d(2)} {d(2)}', f'+33 6 {d(2)} {d(2)} {d(2)} {d(2)}']),
    'es_MX': lambda: R([f'+52 55 {d(4)} {d(4)}', f'55 {d(4)} {d(4)}', f'+52 1 33 {d(4)} {d(4)}']),
    'pt_BR': lambda: R([f'+55 11 9{d(4)}-{d(4)}', f'(11) 9{d(4)}-{d(4)}', f'+55 21 {d(4)}-{d(4)}']),
    'ja_JP': lambda: R([f'+81 3-{d(4)}-{d(4)}', f'03-{d(4)}-{d(4)}', f'+81 90-{d(4)}-{d(4)}']),
    'it_IT': lambda: R([f'+39 06 {d(4)} {d(4)}', f'+39 347 {d(3)} {d(4)}', f'06 {d(8)}']),
    'nl_NL': lambda: R([f'+31 20 {d(3)} {d(4)}', f'+31 6 {d(8)}', f'020-{d(7)}']),
    'pl_PL': lambda: R([f'+48 {d(3)} {d(3)} {d(3)}', f'+48 22 {d(3)} {d(2)} {d(2)}']),
    'en_CA': lambda: R([f'+1 416 {d(3)} {d(4)}', f'(604) {d(3)}-{d(4)}', f'+1-514-{d(3)}-{d(4)}']),
    'es_ES': lambda: R([f'+34 6{d(2)} {d(2)} {d(2)} {d(2)}', f'+34 91 {d(3)} {d(2)} {d(2)}', f'91 {d(3)} {d(2)} {d(2)}']),
    'zh_CN': lambda: R([f'+86 138 {d(4)} {d(4)}', f'+86 10 {d(4)} {d(4)}', f'139{d(8)}']),
    'ko_KR': lambda: R([f'+82 10-{d(4)}-{d(4)}', f'010-{d(4)}-{d(4)}', f'+82 2-{d(3)}-{d(4)}']),
    'ru_RU': lambda: R([f'+7 495 {d(3)}-{d(2)}-{d(2)}', f'+7 (916) {d(3)}-{d(2)}-{d(2)}', f'8 (812) {d(3)}-{d(2)}-{d(2)}']),
    'vi_VN': lambda: R([f'+84 90 {d(3)} {d(4)}', f'+84 28 {d(4)} {d(4)}', f'091 {d(3)} {d(4)}']),
    'hi_IN': lambda: R([f'+91 98{d(3)} {d(5)}', f'+91 22 {d(4)} {d(4)}', f'0{d(2)}-{d(8)}', f'+91-{d(10)}']),
}
COUNTRY = {'en_GB': 'UK', 'de_DE': 'Germany', 'fr_FR': 'France', 'es_MX': 'Mexico', 'pt_BR': 'Brazil', 'ja_JP': 'Japan',
           'it_IT': 'Italy', 'nl_NL': 'the Netherlands', 'pl_PL': 'Poland', 'en_CA': 'Canada', 'es_ES': 'Spain',
           'zh_CN': 'China', 'ko_KR': 'Korea', 'ru_RU': 'Russia', 'vi_VN': 'Vietnam', 'hi_IN': 'India'}
IBAN_CC = {'de_DE': 'DE', 'fr_FR': 'FR', 'it_IT': 'IT', 'nl_NL': 'NL', 'pl_PL': 'PL', 'es_ES': 'ES', 'en_GB': 'GB',
           'pt_BR': 'BR'}
def intl_phone(loc): return INTL_PHONES[loc]()
def intl_addr(loc, oneline=None):
    a = FK[loc].address()
    if oneline is None: oneline = rng.random() < 0.6
    return a.replace('\n', ', ') if oneline else a
def us_addr(multiline=None):
    street = US.street_address()
    if rng.random() < 0.45 and 'Apt' not in street and 'Suite' not in street:
        street += R([' ', ', ']) + R([US.secondary_address(), f'#{rng.randint(1, 40)}', f'Unit {rng.randint(1, 9)}{R("ABCD")}', f'Apt {rng.randint(1,9)}{R("ABCDEF")}'])
    zipc = US.zipcode_plus4() if rng.random() < 0.25 else US.zipcode()
    city, st = US.city(), US.state_abbr(include_territories=False)
    if multiline is None: multiline = rng.random() < 0.25
    if multiline: return f'{street}\n{city}, {st} {zipc}'
    return R([f'{street}, {city}, {st} {zipc}', f'{street}, {city} {st} {zipc}', f'{street} {city}, {st} {zipc}'])
def odd_us_addr():
    k = rng.randint(0, 4)
    zipc = US.zipcode()
    if k == 0: return f'PO Box {rng.randint(10, 9999)}, {US.city()}, {US.state_abbr()} {zipc}'
    if k == 1: return f'P.O. Box {rng.randint(10, 999)}\n{US.city()}, {US.state_abbr()} {zipc}'
    if k == 2: return f'{R([US.military_apo(), US.military_dpo()])}, {R(["APO", "FPO", "DPO"])} {US.military_state()} {US.postalcode()}'
    if k == 3: return f'RR {rng.randint(1, 9)} Box {rng.randint(1, 300)}, {US.city()}, {US.state_abbr()} {zipc}'
    return f'CMR {rng.randint(400, 499)} Box {rng.randint(1000, 9999)}, APO AE {R(["09001", "09096", "09180", "09630"])}'
def city_state(): return f'{US.city()}, {US.state_abbr()}'
def ssn():
    a, b, c = rng.randint(100, 665), rng.randint(10, 99), rng.randint(1000, 9999)
    return R([f'{a}-{b}-{c}', f'{a}{b}{c}', f'{a} {b} {c}', f'{a}-{b}-{c}'])
def mrn():
    return R([f'{d(7)}', f'{d(8)}', f'MRN{d(7)}', f'{R("ABCEHKMW")}{d(8)}', 
              f'{d(1)}{R("ACDEFGHJKMNPQRTUVWXY")}{R("ACDEFGHJKMNPQRTUVWXY")}{d(1)}-{R("ACDEFGHJKMNPQRTUVWXY")}{R("ACDEFGHJKMNPQRTUVWXY")}{d(1)}-{R("ACDEFGHJKMNPQRTUVWXY")}{R("ACDEFGHJKMNPQRTUVWXY")}{d(2)}',
              f'{R(["XYZ", "HUM", "AET", "UHC", "BCB"])}{d(9)}', f'{d(11)}{R("ABCD")}', f'CH-{d(6)}'])
def mrn_label(): return R(['MRN', 'MRN:', 'mrn', 'chart #', 'Chart No.', 'member id', 'Member ID:', 'Medicare #', 'Medicaid ID', 'ID#', 'patient id'])
def dob():
    dt = US.date_of_birth(minimum_age=55, maximum_age=99) if rng.random() < 0.85 else US.date_of_birth(minimum_age=1, maximum_age=54)
    return R([dt.strftime('%m/%d/%Y'), f'{dt.month}/{dt.day}/{dt.year}', dt.strftime('%Y-%m-%d'), dt.strftime('%B %d, %Y'),
              f'{dt.month}/{dt.day}/{str(dt.year)[2:]}', dt.strftime('%b %d %Y'), dt.strftime('%m-%d-%Y'), f'{dt.strftime("%B")} {dt.day} {dt.year}'])
def intl_dob():
    dt = US.date_of_birth(minimum_age=55, maximum_age=99)
    return R([dt.strftime('%d/%m/%Y'), dt.strftime('%d.%m.%Y'), dt.strftime('%Y-%m-%d'), f'{dt.day} {dt.strftime("%B")} {dt.year}', dt.strftime('%d-%m-%Y')])
def dob_label(): return R(['DOB', 'DOB:', 'dob', 'born', 'birthday', 'date of birth', 'd.o.b.', 'DOB -', 'b.'])
DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'aol.com', 'icloud.com', 'comcast.net', 'att.net', 'proton.me', 'me.com']
def slug(s): return re.sub(r'[^a-z0-9]+', '', s.lower().replace('ß', 'ss'))
def email(fn=None, ln=None):
    fn = fn or first(); ln = ln or last()
    f, l = slug(fn) or 'fam', slug(ln) or 'mail'
    return R([f'{f}.{l}', f'{f}{l}{rng.randint(1, 99)}', f'{f[0]}{l}', f'{l}.{f}', f'{f}_{l}{rng.randint(40, 99)}', f'{f}{rng.randint(1940, 1999)}']) + '@' + R(DOMAINS)
def url(fn=None, ln=None):
    fn = fn or first(); ln = ln or last()
    f, l = slug(fn) or 'fam', slug(ln) or 'page'
    return R([f'https://www.caringbridge.org/visit/{f}{l}', f'gofundme.com/f/help-{f}-{l}', f'https://{f}{l}.com',
              f'www.facebook.com/{f}.{l}.{rng.randint(1, 999)}', f'https://linkedin.com/in/{f}-{l}', f'{f}{l}.wordpress.com',
              f'https://mealtrain.com/trains/{f}-{l}', f'http://www.{l}familyupdates.net/{f}', f'https://instagram.com/{f}_{l}'])
def card(): 
    c = make_card(rng, valid=rng.random() < 0.85)
    if rng.random() < 0.6:
        c = ' '.join(c[i:i+4] for i in range(0, len(c), 4)) if len(c) == 16 else f'{c[:4]} {c[4:10]} {c[10:]}'
    elif rng.random() < 0.5 and len(c) == 16:
        c = '-'.join(c[i:i+4] for i in range(0, 16, 4))
    return c
def card_label(): return R(['card', 'cc', 'visa', 'Visa', 'credit card', 'CC#', 'card #', 'mastercard', 'debit card'])
def iban(loc=None):
    cc = IBAN_CC.get(loc) or R(['DE', 'FR', 'GB', 'ES', 'NL', 'IT', 'BE', 'AT', 'CH', 'PL', 'PT', 'IE'])
    x = make_iban(cc, rng)
    x = R([x, spaced(x), spaced(x)])
    return x.lower() if rng.random() < 0.15 else x
def routing(): return R(['021000021', '026009593', '121000358', '111000025', '061000104', '071000013', '091000022', '122000661', '031176110', '053000196'])
def acct(): return d(rng.randint(8, 12))
def ts():
    h, m = rng.randint(1, 12), rng.randint(0, 59)
    ap = R(['AM', 'PM']); wd = R(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
    dd, mm = rng.randint(1, 28), rng.randint(1, 3)
    k = rng.randint(0, 5)
    def one(h, m):
        return [f'[{h}:{m:02d} {ap}] ', f'{wd} {h}:{m:02d} {ap} ', f'{dd:02d}/{mm:02d}/26, {h + 12 if ap == "PM" and h < 12 else h}:{m:02d} - ',
                f'{mm}/{dd}/26, {h}:{m:02d} {ap} - ', f'[{mm}/{dd}/26 {h}:{m:02d}] ', ''][k]
    return one
def rel(): return R(RELS)

# ---------- templates (each returns (style, marked-up text)) ----------
T = []
def tpl(f): T.append(f); return f

@tpl
def chat_meds():
    a, b = first(), first(); t = ts(); h = rng.randint(6, 10); r = rel()
    return 'chat_timestamps', '\n'.join([
        f'{t(h, 5)}{I("P", a)}: did {K(r)} take the {K(R(DRUGS))} tonight?',
        f'{t(h, 9)}{I("P", b)}: yes at 8. her {K(R(LABS))} is due {K(R(WEEKDAYS))}',
        f'{t(h, 11)}{I("P", a)}: ok. lab is at {I("L", us_addr(False))}',
        f'{t(h, 14)}{I("P", b)}: I\'ll take her. call me {I("PH", us_phone())} if anything changes'])

@tpl
def chat_dob_mrn():
    a, b = first(), first(); p = full(); t = ts(); h = rng.randint(1, 11)
    return 'chat_timestamps', '\n'.join([
        f'{t(h, 30)}{I("P", a)}: the nurse needs {I("P", p)}\'s info',
        f'{t(h, 31)}{I("P", b)}: {dob_label()} {I("D", dob())}, {mrn_label()} {I("M", mrn())}',
        f'{t(h, 33)}{I("P", a)}: thx. they\'re starting {K(R(DRUGS))} for the {K(R(CONDS))}'])

@tpl
def rel_speakers():
    w1, w2 = R(RELW), R(RELW); a, b = first(), first()
    return 'speaker_label', '\n'.join([
        f'{w1} {I("P", a)}: {K(rel())}\'s {K(R(CONDS))} is worse, she\'s staying with me at {I("L", us_addr())}',
        f'{w2} {I("P", b)}: ok. should we call Dr. {I("P", last())}?',
        f'{w1} {I("P", a)}: already did, office {I("PH", us_phone())}'])

@tpl
def group_nick():
    nick = R(['Sunshine', 'Bubba', 'Mimi', 'Coco', 'Peaches', 'Big Mike', 'Tootie', 'Lulu', 'Pookie', 'Bear'])
    a, b, c = first(), first(), full()
    emo = R(['🌸', '🔥', '⚾', '🐶', '💜', '🌵', '🦄', ''])
    g = R(['Family 💕', 'Mom Care Team', 'The Cousins', 'Grandpa Updates', 'Sibs only', 'Hospital crew'])
    return 'group_chat', '\n'.join([
        g,
        f'{nick} {emo} ({I("P", a)}): update: {K(R(RELS))} got the {K(R(DRUGS))} changed',
        f'{I("P", b)}: who\'s the new doctor',
        f'{nick} {emo} ({I("P", a)}): Dr. {I("P", c)}, {K(R(ORGS))}. email {I("E", email())}'])

@tpl
def email_thread1():
    p1f, p1l = first(), last(); p2f, p2l = first(), last(); e1, e2 = email(p1f, p1l), email(p2f, p2l)
    drug = R(DRUGS)
    return 'email_thread', '\n'.join([
        f'From: {I("P", p1f + " " + p1l)} <{I("E", e1)}>', f'To: {I("P", p2f + " " + p2l)} <{I("E", e2)}>',
        f'Subject: Re: {K(rel())}\'s {K(drug)}', f'Date: {R(WEEKDAYS)[:3]}, {K(R(MONTHS))} {rng.randint(1, 28)}, 2026',
        '', f'Pharmacy says the refill needs her {dob_label()} {I("D", dob())}. I gave them.', '',
        f'On {R(WEEKDAYS)[:3]}, {I("P", p2f + " " + p2l)} <{I("E", e2)}> wrote:',
        f'> can you handle the {drug} refill? I\'m slammed. my cell is {I("PH", us_phone())}',
        f'> {I("P", p2f)}'])

@tpl
def email_quote2():
    a = full(); e = email(); b = first()
    return 'email_thread', '\n'.join([
        f'> On {K(R(MONTHS))} {rng.randint(1, 28)}, {I("P", a)} <{I("E", e)}> wrote:',
        f'> > His {K(R(LABS))} came back high. Dr. {I("P", last())} wants a repeat.',
        f'> > Mail the forms to {I("L", us_addr(False))}',
        f'> ok, will do.', '', f'Done, mailed {K(R(WEEKDAYS))}. -{I("P", b)}'])

@tpl
def forward1():
    a, b = full(), full(); ea = email(*a.split(' ', 1))
    return 'forwarded', '\n'.join([
        '---------- Forwarded message ---------', f'From: {I("P", a)} <{I("E", ea)}>',
        f'Date: {R(WEEKDAYS)[:3]}, {R(MONTHS)[:3]} {rng.randint(1, 28)}, 2026 at {rng.randint(1, 12)}:{rng.randint(10, 59)} PM',
        f'Subject: {K(R(CONDS))} paperwork', f'To: {I("E", email())}', '',
        f'Patient {I("P", b)}, {dob_label()} {I("D", dob())}, SSN {I("S", ssn())}. Please fax to {I("PH", us_phone())}.'])

@tpl
def forward_fw():
    a = full(); p = first()
    pre = R(['Fwd:', 'FW:', 'Fw: Fwd:', 'FWD:'])
    return 'forwarded', '\n'.join([
        f'{pre} {K(R(DRUGS))} coverage', f'> From: {I("P", a)}',
        f'> {I("P", p)}\'s {K(R(ORGS))} member ID is {I("M", mrn())}',
        f'> her address on file: {I("L", us_addr())}'])

@tpl
def voicemail1():
    a, p = first(), full()
    return 'voicemail', (f'Voicemail from {I("PH", us_phone())} ({rng.randint(0, 1)}:{rng.randint(10, 59)}): "Hi, this is {I("P", a)} from '
        f'{R(["the clinic", "Dr. " + I("P", last()) + chr(39) + "s office", "the pharmacy", "home health"])}, calling for {I("P", p)}, '
        f'about the {K(R(LABS))} results. Please call us back. We also need to confirm {dob_label()} {I("D", dob())}. Thank you."')

@tpl
def voicemail2():
    a = first(); r = rel()
    return 'voicemail', (f'[Voicemail transcript] "{I("P", a)}? It\'s {K(r)}. I can\'t find my {K(R(DRUGS))} and my {K(R(BODY))} '
        f'hurts. I\'m home, {I("L", us_addr(False))}. Call me at {I("PH", us_phone())}."')

@tpl
def text_copy():
    a = first(); num = us_phone()
    return 'text_message', (f'Text from {I("PH", num)}:\n"Hi it\'s {I("P", a)}, {K(rel())} is asking for her {K(R(DRUGS))}, '
        f'also {K(R(ORGS))} mailed a letter for {I("P", full())}. Want me to read it?"')

@tpl
def sms_thread():
    a, b = first(), first()
    return 'text_message', '\n'.join([
        f'{I("P", a)}: {R(["r u up", "hey", "call me", "quick q"])}',
        f'{I("P", b)}: ya what',
        f'{I("P", a)}: {K(rel())}s {K(R(BODY))} is swollen again, going to urgent care in {I("L", city_state())}',
        f'{I("P", b)}: ok send pics to {I("E", email())}'])

@tpl
def sig_dash():
    a, b = first(), last()
    return 'signature', '\n'.join([
        f'Can someone pick up the {K(R(DRUGS))} from {K(R(ORGS))}? I\'m stuck at work till {rng.randint(5, 9)}.',
        R(['-', '--', '—', '- ']) + I('P', a + ' ' + b), I('PH', us_phone())])

@tpl
def sig_thanks():
    a = first()
    closing = R(['thanks', 'Thanks!', 'love', 'xo', 'Love you,', 'thank you so much', 'Best,', 'cheers'])
    return 'signature', '\n'.join([
        f'Her {K(R(CONDS))} flared again. The {K(R(DRUGS))} isn\'t touching it.', f'{closing}', I('P', a),
        R(['Sent from my iPhone', 'Sent from my Android', 'Get Outlook for iOS', 'Sent from my Samsung Galaxy smartphone.', ''])]).rstrip()

@tpl
def sig_initials():
    ini = R('ABCDEFGHJKLMNPRSTW') + R('ABCDEFGHJKLMNPRSTW')
    a = full()
    return 'signature', '\n'.join([
        f'Dad\'s {K(R(LABS))} was normal, {K(R(DRUGS))} stays the same.',
        f'-{I("P", ini)}', f'({I("P", a)}, {I("E", email(*a.split(" ", 1)))})'])

@tpl
def sig_block():
    a = full(); pf, pl = a.split(' ', 1)
    return 'signature', '\n'.join([
        f'Attached is {K(rel())}\'s {K(R(CONDS))} care plan.', '', '--', I('P', a), R(['Caregiver', 'Daughter & POA', 'Family contact', '']),
        f'{I("PH", us_phone())} | {I("E", email(pf, pl))}', I('U', url(pf, pl))])

@tpl
def clinician1():
    p = full(); fam = first()
    return 'clinician_note', (f'{I("P", p)}, {rng.randint(60, 95)}{R("MF")}, {dob_label()} {I("D", dob())}, {mrn_label()} {I("M", mrn())}. '
        f'{K(R(CONDS))}, stable. Cont {K(R(DRUGS))}. {R(RELW)} {I("P", fam)} at bedside, cb {I("PH", us_phone())}.')

@tpl
def clinician2():
    l, f = US.last_name().upper(), US.first_name().upper()
    return 'clinician_note', (f'{I("P", l + ", " + f)} -- HH visit. Addr {I("L", us_addr(False))}. {K(R(BODY))} wound healing. '
        f'{K(R(LABS))} ordered. Next visit {K(R(WEEKDAYS))}. -{I("P", US.first_name()[0] + ". " + last())}, RN')

@tpl
def form1():
    a = full()
    return 'form', '\n'.join([
        R(['--- copied from patient portal ---', 'REGISTRATION FORM', 'New patient intake', 'Pasted from MyChart:']),
        f'Name: {I("P", a)}', f'DOB: {I("D", dob())}', f'SSN: {I("S", ssn())}', f'Address: {I("L", us_addr(rng.random() < 0.4))}',
        f'Phone: {I("PH", us_phone())}', f'Email: {I("E", email(*a.split(" ", 1)))}', f'Reason for visit: {K(R(CONDS))}'])

@tpl
def form_ins():
    a = full()
    return 'form', '\n'.join([
        f'Subscriber: {I("P", a)}', f'Plan: {K(R(["Medicare", "Medicaid", "Humana", "Aetna", "Blue Cross", "Kaiser"]))}',
        f'{R(["Member ID", "ID #", "Medicare Number", "Policy #"])}: {I("M", mrn())}', f'Group: {d(5)}',
        f'Subscriber DOB: {I("D", dob())}', f'Rx: {K(R(DRUGS))}'])

@tpl
def billing_card():
    a = full()
    return 'general_text', (f'Hi, billing question for {I("P", a)}. You charged my {card_label()} {I("A", card())} for the '
        f'{K(R(["MRI", "ambulance", "ER visit", "lab work", "CT scan"]))} but {K(R(ORGS))} should have paid. Call me {I("PH", us_phone())}.')

@tpl
def bank_routing():
    a = full()
    return 'general_text', (f'Please set up autopay for {I("P", a)}\'s {K(R(["nursing home", "home health", "hospice", "PT"]))} bills. '
        f'Routing {I("A", routing())}, account {I("A", acct())}. Mail statements to {I("L", us_addr())}.')

@tpl
def iban_msg():
    loc = R(list(IBAN_CC)); a = ifull(loc)
    lab = R(['IBAN', 'iban', 'IBAN:', 'bank', ''])
    return 'international', (f'{R(["My cousin", "Grandma", "Oma", "Nonna", "Tía", "My brother"])} {I("P", a, True)} in {COUNTRY[loc]} '
        f'will pay for the {K(R(DRUGS))}. Send receipts, refunds go to {lab} {I("A", iban(loc), True)}'.replace('  ', ' ') + '.')

@tpl
def intl_chat():
    loc = R(INTL_LOCS); a, b = ifirst(loc), first(); t = ts(); h = rng.randint(1, 11)
    return 'chat_timestamps', '\n'.join([
        f'{t(h, 2)}{I("P", a, True)}: {K(rel())} is with me in {I("L", FK[loc].city(), True)}, her {K(R(CONDS))} is worse',
        f'{t(h, 4)}{I("P", b)}: send me the clinic address',
        f'{t(h, 7)}{I("P", a, True)}: {I("L", intl_addr(loc), True)}, tel {I("PH", intl_phone(loc), True)}'])

@tpl
def intl_email():
    loc = R(INTL_LOCS); a = ifull(loc); b = full()
    em = email(slug(a.split()[0]) or 'fam', slug(a.split()[-1]) or 'intl')
    return 'email_thread', '\n'.join([
        f'From: {I("P", a, True)} <{I("E", em, True)}>', f'To: {I("P", b)}', f'Subject: Re: {K(rel())}\'s {K(R(LABS))}', '',
        f'Her doctor\'s office in {COUNTRY[loc]}: {I("L", intl_addr(loc, True), True)}. Phone {I("PH", intl_phone(loc), True)}.',
        f'Her date of birth: {I("D", intl_dob(), True)}.'])

@tpl
def intl_forward():
    loc = R(INTL_LOCS); a = ifull(loc)
    return 'forwarded', '\n'.join([
        R(['Fwd:', 'FW:']) + f' {K(R(CONDS))} - {COUNTRY[loc]}', '---------- Forwarded message ---------',
        f'From: {I("P", a, True)}', f'{I("P", a, True)} lives at:', I('L', intl_addr(loc, False), True),
        f'Mobile: {I("PH", intl_phone(loc), True)}', f'Meds: {K(R(DRUGS))}, {K(R(DRUGS))}'])

@tpl
def intl_voicemail():
    loc = R(INTL_LOCS); a = ifull(loc)
    return 'voicemail', (f'Voicemail from {I("PH", intl_phone(loc), True)}: "Hello, this is {I("P", a, True)} calling from '
        f'{I("L", FK[loc].city(), True)} about your father\'s {K(R(CONDS))}. Please call back. Thank you."')

@tpl
def intl_signature():
    loc = R(INTL_LOCS); a = ifull(loc)
    return 'signature', '\n'.join([f'The {K(R(LABS))} results are attached, in {K(R(MONTHS))} it was better.',
        R(['Kind regards,', 'Best,', 'Saludos,', 'Grüße,', 'Cordialement,', 'Abraços,']), I('P', a, True),
        I('L', intl_addr(loc, True), True), I('PH', intl_phone(loc), True)])

@tpl
def military():
    a, b = first(), full()
    return 'chat_export', '\n'.join([
        f'{I("P", a)}: where do I ship {I("P", b)}\'s {K(R(DRUGS))} while he\'s deployed',
        f'{I("P", first())}: {I("L", odd_us_addr())}',
        f'{I("P", a)}: and his {K(R(["VA", "TRICARE"]))} id {I("M", mrn())}?'])

@tpl
def list_names():
    ns = [first() for _ in range(3)]; w = R(WORDY_SURNAMES)
    return 'list', (f'Rides to {K(rel())}\'s {K(R(["dialysis", "chemo", "PT", "wound care", "infusion"]))} this week: '
        f'{I("P", ns[0])}, {I("P", ns[1])} and {I("P", ns[2])}. If they cancel, Mrs. {I("P", w)} next door ({I("PH", us_phone())}).')

@tpl
def list_contacts():
    rows = [f'- {R(["PCP", "Cardio", "Neuro", "Pharmacy", "Aide", "Case manager"])}: {I("P", full())} {I("PH", us_phone())}' for _ in range(3)]
    return 'list', '\n'.join([f'{K(rel())}\'s contacts ({K(R(CONDS))}):'] + rows + [f'- Poison Control {K("1-800-222-1222")}'])

@tpl
def lower_msg():
    a = first().lower(); b = last().lower()
    return 'lower_case', (f'this is {I("P", a + " " + b)} my {R(["mom", "dad", "husband", "wife"])} needs a refill of the '
        f'{K(R(DRUGS).lower())} and we moved to {I("L", us_addr(False).lower())} so the mail order goes there. '
        f'ph {I("PH", us_phone())}')

@tpl
def caps_msg():
    a = full().upper()
    return 'all_caps', (f'MY {K(R(RELS).upper())} {I("P", a)} HAS {K(R(CONDS).upper())}. SHE NEEDS HER {K(R(DRUGS).upper())}. '
        f'{dob_label().upper()} {I("D", dob().upper())}. CALL {I("PH", us_phone())}')

@tpl
def run_on_msg():
    a, b = first(), full()
    return 'run_on', (f'so {I("P", a)} called and said {K(rel())} got out of the hospital in {I("L", city_state())} and they changed '
        f'her {K(R(DRUGS))} and now she has {K(R(CONDS))} on top of everything and the discharge nurse {I("P", b)} said call '
        f'{I("PH", us_phone())} if her {K(R(BODY))} swells and I wrote down her {K("Medicare")} number {I("M", mrn())} somewhere')

@tpl
def typo_msg():
    a = first()
    return 'typo', (f'hii sorry fat fingers.. this is {I("P", a)}, my {R(["gma", "grandpa", "mom", "dad"])} need her '
        f'{K(R(DRUGS))} refil. her birtday {I("D", dob())}, callback {I("PH", us_phone())} thx')

@tpl
def ssn_chat():
    a, b = first(), first()
    return 'chat_export', '\n'.join([
        f'{I("P", a)}: the {K(R(["SSA", "Medicare", "Medicaid", "VA"]))} lady needs Dad\'s social',
        f'{I("P", b)}: {I("S", ssn())}',
        f'{I("P", a)}: thx, deleting this after. his {K(R(CONDS))} appeal is due {K(R(MONTHS))} 30'])

@tpl
def url_chat():
    a, pf, pl = first(), first(), last()
    return 'group_chat', '\n'.join([
        f'{I("P", a)}: I made a page for updates on {I("P", pf + " " + pl)}\'s {K(R(["surgery", "chemo", "recovery", "rehab"]))}',
        f'{I("P", a)}: {I("U", url(pf, pl))}', f'{I("P", first())}: ❤️ shared it'])

@tpl
def card_chat():
    a, b = first(), first(); t = ts(); h = rng.randint(1, 11)
    return 'chat_timestamps', '\n'.join([
        f'{t(h, 40)}{I("P", a)}: pharmacy needs a card for {K(rel())}\'s {K(R(DRUGS))}',
        f'{t(h, 42)}{I("P", b)}: use mine {card_label()} {I("A", card())}',
        f'{t(h, 43)}{I("P", a)}: exp?', f'{t(h, 44)}{I("P", b)}: 0{rng.randint(1, 9)}/{rng.randint(27, 30)}'])

@tpl
def intl_script_names():
    loc = R(['ja_JP', 'zh_CN', 'ko_KR', 'ru_RU', 'hi_IN', 'ar_SA'])
    a = ifull(loc); c = FK[loc].city() if loc != 'ar_SA' else R(['الرياض', 'جدة', 'مكة'])
    return 'international', (f'{R(["Grandma", "Grandpa", "Our uncle", "My mother-in-law"])} ({I("P", a, True)}) is flying in from '
        f'{I("L", c, True)} next week for her {K(R(CONDS))} treatment. She only speaks a little English.')

@tpl
def capital_city():
    c = US.city().upper()
    return 'all_caps', (f'{I("P", first().upper())}: WE ARE IN {I("L", c)} AT THE ER WITH {K(rel().upper())}. THEY THINK ITS '
        f'{K(R(["A STROKE", "SEPSIS", "PNEUMONIA", "A UTI", "DEHYDRATION"]))}')

@tpl
def dob_birthday():
    a = full()
    return 'text_message', (f'{R(["Reminder", "FYI", "psst"])}: {I("P", a)}\'s birthday is {I("D", dob())}, '
        f'but no cake, the {K(R(["diabetes", "CKD stage 3", "hypertriglyceridemia"]))} ... maybe sugar-free. Address: {I("L", us_addr())}')

@tpl
def vanity_phone():
    a = full(); w = R(['FLOWERS', 'PLUMBER', 'CAREGVR', 'MYNURSE', 'GETRIDE', 'ROOFING'])
    return 'signature', (f'{I("P", a)} can drive {K(rel())} to {K(R(ORGS))} for the {K(R(LABS))}. Her business line '
        f'{I("PH", f"1-800-{w}")}, cell {I("PH", us_phone())}.')

@tpl
def speaker_plain():
    a, b = first(), first()
    return 'speaker_label', '\n'.join([
        f'{I("P", a)}: she took her pills', f'{I("P", b)}: which ones', f'{I("P", a)}: {K(R(DRUGS))} and {K(R(DRUGS))}',
        f'{I("P", b)}: good. {K(R(WEEKDAYS))} is the {K(R(LABS))} at {I("L", us_addr(False))}'])

@tpl
def clinician_intl():
    loc = R(INTL_LOCS); a = ifull(loc)
    return 'clinician_note', (f'Pt {I("P", a, True)}, visiting from {COUNTRY[loc]}, {dob_label()} {I("D", intl_dob(), True)}. '
        f'{K(R(CONDS))}. Home address {I("L", intl_addr(loc, True), True)}. Son cb {I("PH", intl_phone(loc), True)}. Local MRN {I("M", mrn())}.')

@tpl
def email_billing_intl():
    loc = R(list(IBAN_CC)); a = ifull(loc); em = email(slug(a.split()[0]) or 'x', slug(a.split()[-1]) or 'y')
    return 'email_thread', '\n'.join([f'From: {I("E", em, True)}', 'Subject: reimbursement', '',
        f'Please refund the {K(R(["MRI", "ambulance", "consult"]))} overpayment to {R(["IBAN", "iban", "IBAN:"])} {I("A", iban(loc), True)}.',
        f'{I("P", a, True)}'])

@tpl
def chat_ssn_dob():
    a, b, p = first(), first(), full(); t = ts(); h = rng.randint(1, 11)
    return 'chat_timestamps', '\n'.join([
        f'{t(h, 12)}{I("P", a)}: {K("Medicaid")} caseworker wants {I("P", p)}\'s SSN + DOB',
        f'{t(h, 15)}{I("P", b)}: SSN {I("S", ssn())}, DOB {I("D", dob())}',
        f'{t(h, 16)}{I("P", a)}: ty. also she said {K(R(DRUGS))} needs prior auth'])

@tpl
def url_forward():
    pf, pl = first(), last(); a = full()
    return 'forwarded', '\n'.join([
        R(['Fwd:', 'FW:', 'Fwd: Fwd:']) + f' update on {I("P", pf)}', f'> From: {I("P", a)} <{I("E", email(*a.split(" ", 1)))}>',
        f'> {I("P", pf + " " + pl)} is home after the {K(R(["stroke", "heart attack", "hip replacement", "bypass"]))}.',
        f'> Updates here: {I("U", url(pf, pl))}', f'> Meal sign-up: {I("U", url(pf, pl))}'])

@tpl
def url_text():
    a, pf, pl = first(), first(), last()
    return 'text_message', (f'{I("P", a)}: {R(["omg", "ok so", "hey all"])} {I("P", pf)} posted about {K(rel())}\'s {K(R(CONDS))} '
        f'on {I("U", url(pf, pl))} , please don\'t share her {K("Medicare")} stuff there')

def fill_template(f):
    for _ in range(50):
        style, raw = f()
        m = parse_block(style, raw)
        if ok(m): return m
    raise RuntimeError(f.__name__)

def contained(t, m, a, b):
    for i in m['identifiers']:
        j = t.find(i['text'])
        while j >= 0:
            if j <= a and b <= j + len(i['text']) and (j, j + len(i['text'])) != (a, b): return True
            j = t.find(i['text'], j + 1)
    return False

def ok(m):
    t = m['text']; spans = []
    for i in m['identifiers']:
        s = i['text']; j = t.find(s)
        if j < 0: return False
        while j >= 0:
            a, b = j, j + len(s)
            if not contained(t, m, a, b) and (a > 0 and t[a-1].isalnum() and s[0].isalnum()) or (b < len(t) and t[b].isalnum() and s[-1].isalnum()): return False
            spans.append((a, b)); j = t.find(s, j + 1)
    for k in m['keep']:
        j = t.find(k)
        while j >= 0:
            if any(j < y and x < j + len(k) for x, y in spans): return False
            j = t.find(k, j + 1)
    # names must not hide inside one another unexpectedly (e.g. 'Al' in 'Alice') -- handled by boundary check
    return True

def main():
    hand = []
    for f in sorted(glob.glob('/work/drafts/dev36/hand_*.txt')):
        hand += parse_file(f)
    for h in hand: h['source'] = 'hand'
    n_templates = 415 - len(hand)
    temps = []
    order = [T[i % len(T)] for i in range(n_templates)]
    rng.shuffle(order)
    for f in order:
        m = fill_template(f); m['source'] = 'template'; temps.append(m)
    # interleave hand and template messages deterministically
    allm = hand + temps
    rng.shuffle(allm)
    with open('/work/drafts/dev36/handwritten_dev36.jsonl', 'w', encoding='utf-8') as out:
        for n, m in enumerate(allm):
            row = {'id': f'hd36-{n:03d}', 'style': m['style'], 'text': m['text'], 'identifiers': m['identifiers'],
                   'keep': m['keep'], 'source': m['source']}
            out.write(json.dumps(row, ensure_ascii=False) + '\n')
    print(f'wrote {len(allm)} messages ({len(hand)} hand, {len(temps)} template, {len(T)} templates)')

if __name__ == '__main__':
    main()
