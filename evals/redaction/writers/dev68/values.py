"""Value generators for the dev68 templates (Faker + hand-made lists, one seeded RNG).

Everything here is invented. Street names, city/state pairs and postcode shapes are plain
common ones; the numbers are random.
"""
import random
import string
import unicodedata

from faker import Faker

SEED = 6868
rng = random.Random(SEED)
_fakers = {}


def fk(loc):
    if loc not in _fakers:
        f = Faker(loc)
        f.seed_instance(SEED + len(_fakers) * 101)
        _fakers[loc] = f
    return _fakers[loc]


def pick(seq):
    return rng.choice(seq)


def digits(n, first_nonzero=False):
    s = ''.join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def letters(n, alphabet=string.ascii_uppercase):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def ascii_fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return ''.join(c for c in s if c.isascii())


# ---------------------------------------------------------------- people
US_NAME_LOCALES = ['en_US'] * 10 + ['es_MX'] * 3 + ['en_GB', 'it_IT', 'pl_PL', 'de_DE', 'fr_FR', 'pt_BR',
                                                    'en_IN', 'en_IN', 'tr_TR', 'nl_NL']
EXTRA_US_NAMES = [  # (family name, [(given, gender)]) - name shapes Faker's en_US lists rarely produce
    ('Nguyen', [('Thanh', 'm'), ('Linh', 'f'), ('Bao', 'm'), ('Minh', 'm'), ('Huong', 'f')]),
    ('Tran', [('Quang', 'm'), ('Mai', 'f'), ('Duc', 'm')]),
    ('Okafor', [('Chinedu', 'm'), ('Ngozi', 'f'), ('Emeka', 'm')]), ('Adeyemi', [('Tunde', 'm'), ('Folake', 'f')]),
    ('Kim', [('Ji-ho', 'm'), ('Soo-jin', 'f'), ('Min', 'f')]), ('Park', [('Hyun', 'm'), ('Eun-ji', 'f')]),
    ('Chen', [('Wei', 'm'), ('Li', 'f'), ('Hao', 'm')]), ('Wang', [('Jun', 'm'), ('Mei', 'f')]),
    ('Haddad', [('Rami', 'm'), ('Nour', 'f')]), ('Al-Masri', [('Omar', 'm'), ('Leila', 'f')]),
    ('Begay', [('Darlene', 'f'), ('Tom', 'm')]), ('Yazzie', [('Loretta', 'f'), ('Ben', 'm')]),
    ('Kowalski', [('Stan', 'm'), ('Irene', 'f')]), ('Reed', [('Ann', 'f'), ('Carol', 'f'), ('Walt', 'm')]),
    ('Hill', [('Faye', 'f'), ('Otis', 'm')]), ('Young', [('June', 'f'), ('Ray', 'm')]),
    ('Rose', [('Lily', 'f'), ('Dale', 'm')]), ('Brown', [('Dot', 'f'), ('Earl', 'm')]), ('Park', [('Hope', 'f')]),
    ('Wood', [('Sky', 'f')]), ('Bell', [('Ivy', 'f')]), ('Frost', [('Robin', 'f')]), ('Long', [('Gus', 'm')]),
    ('Santos', [('Maricel', 'f'), ('Joel', 'm')]), ('Dela Cruz', [('Rowena', 'f'), ('Arnel', 'm')]),
    ('Mahmoud', [('Yara', 'f')]), ('Patel', [('Hetal', 'f'), ('Kiran', 'm'), ('Nilesh', 'm')]),
    ('Shah', [('Priya', 'f'), ('Rohan', 'm')]), ('Goldberg', [('Miriam', 'f'), ('Saul', 'm')]),
]


def _given(f, gender):
    if gender == 'm':
        return f.first_name_male()
    if gender == 'f':
        return f.first_name_female()
    return f.first_name()


class Person:
    def __init__(self, loc=None, intl=False, gender=None):
        self.gender = gender
        if intl:
            if loc == 'ru_RU' and gender is None:
                gender = self.gender = pick('mf')
            self.loc = loc
            f = fk(loc)
            if loc == 'vi_VN':
                self.last = pick(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Huỳnh'])
                m = ['Hùng', 'Minh', 'Tuấn', 'Dũng', 'Phúc', 'Quang']
                w = ['Lan', 'Hương', 'Thảo', 'Ngọc', 'Trang', 'Hạnh']
                self.first = pick(m if gender == 'm' else w if gender == 'f' else m + w)
                mid = 'Văn' if self.first in m else 'Thị'
                self.full = f"{self.last} {pick([mid, 'Đức' if mid == 'Văn' else 'Ngọc', mid])} {self.first}"
            elif loc in ('ja_JP', 'zh_CN', 'ko_KR'):
                self.last, self.first = f.last_name(), _given(f, gender)
                self.full = self.last + (' ' if loc == 'ja_JP' else '') + self.first
            else:
                self.first = _given(f, gender)
                self.last = f.last_name_male() if (gender == 'm' and hasattr(f, 'last_name_male') and loc == 'ru_RU') else (
                    f.last_name_female() if (gender == 'f' and loc == 'ru_RU') else f.last_name())
                self.full = f'{self.first} {self.last}'
        else:
            if rng.random() < 0.22:
                while True:
                    last, firsts = pick(EXTRA_US_NAMES)
                    opts = [g for g, sx in firsts if gender in (None, sx)]
                    if opts:
                        break
                self.first, self.last = pick(opts), last
            else:
                f = fk(pick(US_NAME_LOCALES))
                self.first, self.last = _given(f, gender), f.last_name()
            self.full = f'{self.first} {self.last}'
            self.loc = 'en_US'
        self.mid = pick(string.ascii_uppercase)

    def attr(self, a):
        if a in ('full', 'first', 'last'):
            return getattr(self, a)
        if a == 'fullm':  # with middle initial
            return f'{self.first} {self.mid}. {self.last}'
        if a == 'lastfirst':
            return f'{self.last}, {self.first}'
        if a == 'initlast':
            return f'{self.first[0]}. {self.last}'
        if a == 'caps':
            return self.full.upper()
        if a == 'lower':
            return self.full.lower()
        if a == 'email':
            return email_for(self)
        if a == 'url':
            return url_for(self)
        if a in ('uurl', 'burl', 'purl', 'surl'):
            return url_for(self, {'u': 'update', 'b': 'blog', 'p': 'pro', 's': 'social'}[a[0]])
        raise KeyError(a)


def email_for(p):
    fa, la = ascii_fold(p.first).lower().replace(' ', ''), ascii_fold(p.last).lower().replace(' ', '').replace("'", '')
    if not fa or not la:
        fa, la = fk('en_US').user_name(), str(rng.randrange(10, 99))
    dom = pick(['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'aol.com', 'outlook.com', 'icloud.com',
                'comcast.net', 'att.net', 'sbcglobal.net', 'verizon.net', 'protonmail.com', 'msn.com'])
    shape = rng.randrange(7)
    if shape == 0:
        u = f'{fa}.{la}'
    elif shape == 1:
        u = f'{fa[0]}{la}{rng.randrange(1, 99)}'
    elif shape == 2:
        u = f'{fa}{la}{rng.choice(["", "1", "22", "79", "1958", "64"])}'
    elif shape == 3:
        u = f'{la}.{fa}{rng.randrange(10)}'
    elif shape == 4:
        u = f'{fa}_{la[:4]}'
    elif shape == 5:
        u = f'{pick(["nana", "papa", "mimi", "grandpa", "auntie", "mom"])}{la}{rng.randrange(2, 9)}'
    else:
        u = f'{fa}.{la[0]}.{rng.randrange(1940, 2005)}'
    return f'{u}@{dom}'


def url_for(p, kind='any'):
    """Personal page with the person's name in it. kind: update (care/fundraising pages), blog, pro, any."""
    fa, la = ascii_fold(p.first).lower().replace(' ', '-'), ascii_fold(p.last).lower().replace(' ', '-').replace("'", '')
    if not fa or not la:
        fa, la = 'page', letters(5).lower()
    shapes = {
        'update': [f'https://www.caringbridge.org/visit/{fa}-{la}', f'https://www.gofundme.com/f/{fa}-{la}-medical-fund',
                   f'https://www.mealtrain.com/trains/{letters(6).lower()}?name={fa}-{la}', f'caringbridge.org/visit/{fa}{la[:1]}',
                   f'https://gofund.me/help-{fa}-{la}', f'https://www.lotsahelpinghands.com/c/{rng.randrange(100000, 999999)}-{fa}-{la}'],
        'blog': [f'https://{fa}-{la}.wordpress.com', f'{fa}{la}.blogspot.com', f'https://{fa}{la}.substack.com',
                 f'medium.com/@{fa}.{la}', f'https://www.{fa}{la}.com/blog'],
        'pro': [f'linkedin.com/in/{fa}-{la}-{letters(3).lower()}{rng.randrange(100, 999)}', f'https://{fa}{la}.com',
                f'www.{fa}-{la}-coaching.com', f'https://www.psychologytoday.com/us/therapists/{fa}-{la}'],
        'social': [f'facebook.com/{fa}.{la}.{rng.randrange(1, 999)}', f'www.instagram.com/{fa}_{la}_{rng.randrange(10, 99)}/',
                   f'https://www.tiktok.com/@{fa}{la}{rng.randrange(1, 99)}', f'https://x.com/{fa}_{la}'],
    }
    if kind == 'any':
        kind = pick(list(shapes))
    return pick(shapes[kind])


# ---------------------------------------------------------------- US places
US_CITIES = [  # (city, state, 3-digit ZIP prefix)
    ('Springfield', 'IL', '627'), ('Columbus', 'OH', '432'), ('Dayton', 'OH', '454'), ('Toledo', 'OH', '436'),
    ('Fresno', 'CA', '937'), ('San Diego', 'CA', '921'), ('Sacramento', 'CA', '958'), ('Stockton', 'CA', '952'),
    ('Tucson', 'AZ', '857'), ('Mesa', 'AZ', '852'), ('El Paso', 'TX', '799'), ('San Antonio', 'TX', '782'),
    ('Houston', 'TX', '770'), ('Lubbock', 'TX', '794'), ('Tulsa', 'OK', '741'), ('Omaha', 'NE', '681'),
    ('Des Moines', 'IA', '503'), ('Madison', 'WI', '537'), ('Green Bay', 'WI', '543'), ('Duluth', 'MN', '558'),
    ('Saint Paul', 'MN', '551'), ('Fargo', 'ND', '581'), ('Billings', 'MT', '591'), ('Boise', 'ID', '837'),
    ('Spokane', 'WA', '992'), ('Tacoma', 'WA', '984'), ('Eugene', 'OR', '974'), ('Reno', 'NV', '895'),
    ('Albuquerque', 'NM', '871'), ('Pueblo', 'CO', '810'), ('Provo', 'UT', '846'), ('Wichita', 'KS', '672'),
    ('Joplin', 'MO', '648'), ('St. Louis', 'MO', '631'), ('Little Rock', 'AR', '722'), ('Shreveport', 'LA', '711'),
    ('Jackson', 'MS', '392'), ('Mobile', 'AL', '366'), ('Huntsville', 'AL', '358'), ('Savannah', 'GA', '314'),
    ('Macon', 'GA', '312'), ('Tampa', 'FL', '336'), ('Ocala', 'FL', '344'), ('Gainesville', 'FL', '326'),
    ('Charleston', 'SC', '294'), ('Greenville', 'SC', '296'), ('Durham', 'NC', '277'), ('Wilmington', 'NC', '284'),
    ('Roanoke', 'VA', '240'), ('Norfolk', 'VA', '235'), ('Baltimore', 'MD', '212'), ('Dover', 'DE', '199'),
    ('Camden', 'NJ', '081'), ('Paterson', 'NJ', '075'), ('Scranton', 'PA', '185'), ('Erie', 'PA', '165'),
    ('Allentown', 'PA', '181'), ('Buffalo', 'NY', '142'), ('Albany', 'NY', '122'), ('Yonkers', 'NY', '107'),
    ('Bronx', 'NY', '104'), ('Hartford', 'CT', '061'), ('Providence', 'RI', '029'), ('Worcester', 'MA', '016'),
    ('Lowell', 'MA', '018'), ('Manchester', 'NH', '031'), ('Burlington', 'VT', '054'), ('Bangor', 'ME', '044'),
    ('Lansing', 'MI', '489'), ('Flint', 'MI', '485'), ('Gary', 'IN', '464'), ('Evansville', 'IN', '477'),
    ('Louisville', 'KY', '402'), ('Knoxville', 'TN', '379'), ('Chattanooga', 'TN', '374'), ('Anchorage', 'AK', '995'),
    ('Hilo', 'HI', '967'), ('Cheyenne', 'WY', '820'), ('Rapid City', 'SD', '577'), ('Laredo', 'TX', '780'),
    ('Hialeah', 'FL', '330'), ('Cicero', 'IL', '608'), ('Aurora', 'CO', '800'), ('Kent', 'WA', '980'),
]
STREETS = ['Oak', 'Maple', 'Elm', 'Cedar', 'Pine', 'Walnut', 'Chestnut', 'Washington', 'Lincoln', 'Jefferson',
           'Madison', 'Franklin', 'Park', 'Lake', 'Hill', 'Ridge', 'Sunset', 'Highland', 'Church', 'Mill',
           'Market', 'Broad', 'Union', 'Grant', 'Jackson', 'Martin Luther King Jr', 'Cesar Chavez', 'Magnolia',
           'Dogwood', 'Sycamore', 'Willow', 'Birch', 'Cottonwood', 'Mesquite', 'Palmetto', 'Live Oak', 'Prairie',
           'Bluebird', 'Meadowbrook', 'Fairview', 'Riverside', 'Woodland', 'Orchard', 'Spring', 'Center',
           'N Main', 'S Main', 'E 4th', 'W 11th', 'N 23rd', 'S 7th', 'Old Mill', 'Greenwood',
           'Hawthorne', 'Kingston', 'Lafayette', 'Peachtree', 'Poplar', 'Rosewood', 'Shady Grove', 'Tamarack']
SUFFIXES = ['St', 'St', 'Street', 'Ave', 'Ave.', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd',
            'Way', 'Pl', 'Terrace', 'Cir', 'Pkwy', 'Hwy']


def us_city():
    return pick(US_CITIES)


def zip_for(prefix, plus4=False):
    z = prefix + digits(2)
    return f'{z}-{digits(4)}' if plus4 else z


def us_street():
    num = str(rng.choice([rng.randrange(1, 99), rng.randrange(100, 999), rng.randrange(1000, 9999),
                          rng.randrange(10000, 29999)]))
    st = f'{num} {pick(STREETS)} {pick(SUFFIXES)}'
    r = rng.random()
    if r < 0.15:
        st += f' Apt {rng.randrange(1, 40)}{pick(["", "", "A", "B", "C"])}'
    elif r < 0.22:
        st += f', Apt. {rng.randrange(1, 9)}{pick("ABCDEF")}'
    elif r < 0.28:
        st += f' #{rng.randrange(1, 320)}'
    elif r < 0.33:
        st += f', Suite {rng.randrange(100, 900)}'
    elif r < 0.36:
        st += f' Unit {rng.randrange(1, 60)}'
    elif r < 0.38:
        st += f' Lot {rng.randrange(1, 120)}'
    return st


def us_address(shape=None):
    city, state, pre = us_city()
    if shape is None:  # mostly street addresses; PO boxes, rural routes, military mail now and then
        shape = rng.choices([0, 4, 5, 6, 10, 11, 7, 8, 9], weights=[40, 10, 8, 6, 6, 8, 8, 4, 3])[0]
    if shape <= 3:
        return f'{us_street()}, {city}, {state} {zip_for(pre)}'
    if shape == 4:
        return f'{us_street()}\n{city}, {state} {zip_for(pre, True)}'
    if shape == 5:
        return f'{us_street()} {city} {state} {zip_for(pre)}'
    if shape == 6:
        return f'{us_street()}, {city} {state}, {zip_for(pre)}'
    if shape == 7:
        return f'{pick(["PO Box", "P.O. Box", "PO BOX", "P O Box"])} {rng.randrange(1, 9999)}, {city}, {state} {zip_for(pre)}'
    if shape == 8:
        return f'{pick(["RR", "Rural Route", "RR#"])} {rng.randrange(1, 9)} Box {rng.randrange(1, 400)}, {city}, {state} {zip_for(pre)}'
    if shape == 9:
        return military_address()
    if shape == 10:
        return f'{us_street()}\n{city} {state} {zip_for(pre)}'
    return f'{us_street()}, {city}, {state} {zip_for(pre, True)}'


def military_address():
    s = rng.randrange(4)
    if s == 0:
        return f'PSC {rng.randrange(1000, 9999)}, Box {rng.randrange(100, 9999)}, APO AE 09{digits(3)}'
    if s == 1:
        return f'Unit {rng.randrange(2000, 9999)} Box {digits(4)}, DPO AP 96{rng.randrange(200, 699)}'
    if s == 2:
        return f'CMR {rng.randrange(400, 499)} Box {rng.randrange(100, 9999)}, APO AE 09{digits(3)}'
    return f'USS {pick(["Ronald Reagan", "Nimitz", "Bataan", "Mesa Verde", "Carl Vinson"])}, FPO AP 96{digits(3)}'


def us_city_state():
    city, state, pre = us_city()
    s = rng.randrange(4)
    if s == 0:
        return f'{city}, {state}'
    if s == 1:
        return f'{city}, {state} {zip_for(pre)}'
    if s == 2:
        return city
    return f'{city} {state}'


# ---------------------------------------------------------------- phones
AREA = ['205', '209', '210', '213', '214', '216', '217', '224', '231', '239', '251', '256', '262', '267', '269',
        '281', '301', '303', '305', '309', '313', '314', '315', '316', '317', '318', '319', '320', '321', '330',
        '336', '337', '341', '346', '347', '352', '360', '361', '385', '386', '401', '402', '404', '405', '406',
        '407', '408', '409', '410', '412', '413', '414', '415', '417', '419', '423', '425', '432', '434', '435',
        '440', '443', '469', '470', '475', '478', '479', '480', '484', '501', '502', '503', '504', '505', '507',
        '508', '509', '510', '512', '513', '515', '516', '517', '518', '520', '530', '540', '541', '559', '561',
        '562', '563', '567', '570', '571', '573', '574', '580', '585', '586', '601', '602', '603', '605', '606',
        '607', '608', '609', '610', '612', '614', '615', '616', '617', '618', '619', '620', '623', '626', '630',
        '631', '636', '641', '646', '650', '651', '657', '660', '661', '662', '678', '682', '701', '702', '703',
        '704', '706', '707', '708', '712', '713', '714', '715', '716', '717', '718', '719', '720', '724', '727',
        '731', '732', '734', '740', '754', '757', '760', '763', '765', '770', '772', '773', '774', '775', '781',
        '785', '786', '801', '802', '803', '804', '805', '806', '808', '810', '812', '813', '814', '815', '816',
        '817', '818', '828', '830', '831', '832', '843', '845', '847', '850', '856', '857', '858', '859', '860',
        '862', '863', '864', '865', '870', '901', '903', '904', '906', '907', '908', '909', '910', '912', '913',
        '914', '915', '916', '917', '918', '919', '920', '925', '928', '929', '931', '937', '940', '941', '949',
        '951', '952', '954', '956', '970', '971', '972', '973', '978', '979', '980', '985', '989']


def us_phone(shape=None, ext=None):
    a, b, c = pick(AREA), str(rng.randrange(201, 999)), digits(4)
    if b[1:] == '11':
        b = b[0] + '21'
    shape = shape if shape is not None else rng.randrange(11)
    s = [f'({a}) {b}-{c}', f'{a}-{b}-{c}', f'{a}.{b}.{c}', f'{a}{b}{c}', f'+1 {a} {b} {c}', f'1-{a}-{b}-{c}',
         f'001-{a}-{b}-{c}', f'({a}){b}-{c}', f'{a} {b} {c}', f'+1 ({a}) {b}-{c}', f'{a}-{b}-{c}'][shape]
    if ext is None:
        ext = rng.random() < 0.12
    if ext:
        s += pick([f' x{rng.randrange(10, 9999)}', f' ext. {rng.randrange(1, 99)}', f' extension {rng.randrange(1, 9)}',
                   f' ext {rng.randrange(100, 999)}', f'x{rng.randrange(1, 999)}'])
    return s


VANITY = ['MEDRIDE', 'RIDE-4-U', 'CARVAN1', 'GO-RIDES', 'MEDVANS', 'SENIOR1', 'RIDES-NOW', 'WHEELS2']


def vanity_phone():
    w = pick(VANITY)
    pre = pick(['1-800', '1-888', '1-877', '(855)', '1-866'])
    return f'{pre}-{w}' if not pre.startswith('(') else f'{pre} {w}'


# ---------------------------------------------------------------- numbers
def ssn(shape=None):
    f = fk('en_US')
    v = f.ssn()
    shape = shape if shape is not None else rng.randrange(5)
    if shape in (0, 1):
        return v
    if shape == 2:
        return v.replace('-', '')
    if shape == 3:
        return v.replace('-', ' ')
    return v.replace('-', '.')


MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']


def dob(shape=None, young=False, old=False):
    y = rng.randrange(2006, 2022) if young else rng.randrange(1926, 1962) if old else rng.randrange(1926, 1999)
    m, d = rng.randrange(1, 13), rng.randrange(1, 29)
    shape = shape if shape is not None else rng.randrange(12)
    if shape in (0, 1):
        return f'{m}/{d}/{y}'
    if shape == 2:
        return f'{m:02d}/{d:02d}/{y}'
    if shape == 3:
        return f'{m}-{d}-{str(y)[2:]}'
    if shape == 4:
        return f'{MONTHS[m-1]} {d}, {y}'
    if shape == 5:
        return f'{d} {MONTHS[m-1][:3]} {y}'
    if shape == 6:
        return f'{y}-{m:02d}-{d:02d}'
    if shape == 7:
        return f'{m}.{d}.{str(y)[2:]}'
    if shape == 8:
        sfx = 'th' if 10 < d < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')
        return f'{MONTHS[m-1].lower()} {d}{sfx} {y}'
    if shape == 9:
        return f'{m}/{d}/{str(y)[2:]}'
    if shape == 10:
        return f'{MONTHS[m-1][:3]}. {d} {y}'
    return f'{m:02d}-{d:02d}-{y}'


def intl_dob():
    y, m, d = rng.randrange(1930, 2000), rng.randrange(1, 13), rng.randrange(1, 29)
    return pick([f'{d:02d}/{m:02d}/{y}', f'{d}.{m}.{y}', f'{d:02d}.{m:02d}.{y}', f'{y}年{m}月{d}日', f'{d}-{m:02d}-{y}'])


MBI_LET = 'ACDEFGHJKMNPQRTUVWXY'


def mbi(shape=None):
    c = [str(rng.randrange(1, 10)), pick(MBI_LET), pick(MBI_LET + '0123456789'), str(rng.randrange(10)),
         pick(MBI_LET), pick(MBI_LET + '0123456789'), str(rng.randrange(10)), pick(MBI_LET), pick(MBI_LET),
         str(rng.randrange(10)), str(rng.randrange(10))]
    s = ''.join(c)
    shape = shape if shape is not None else rng.randrange(3)
    if shape == 0:
        return f'{s[:4]}-{s[4:7]}-{s[7:]}'
    if shape == 1:
        return s
    return f'{s[:4]} {s[4:7]} {s[7:]}'


def record(kind=None):
    """Return (label, value) for a record-like number. label may be ''."""
    kind = kind or pick(['mrn', 'mrn', 'chart', 'enc', 'member', 'member', 'group', 'claim', 'case', 'rx', 'rx',
                         'serial', 'medicare', 'medicaid', 'auth', 'visit'])
    if kind == 'mrn':
        v = pick([digits(8), '00' + digits(7), f'{digits(3)}-{digits(3)}-{digits(3)}', f'E{digits(7)}',
                  f'{letters(2)}{digits(6)}', f'{digits(2)}-{digits(2)}-{digits(2)}-{digits(2)}', f'{digits(4)} {digits(4)}',
                  f'{digits(3)}.{digits(3)}.{digits(2)}', f'M{digits(9)}', f'{digits(7)}-{digits(1)}'])
        return pick(['MRN', 'MRN:', 'MR#', 'mrn', 'Med Rec #', 'medical record number', 'MRN #', '']), v
    if kind == 'chart':
        v = pick([digits(6), f'{letters(1)}{digits(6)}', f'{digits(2)}-{digits(5)}', f'{letters(3)}-{digits(5)}'])
        return pick(['chart #', 'Chart No.', 'chart number', 'chart', 'Chart:']), v
    if kind == 'enc':
        v = pick([digits(10), f'{digits(9)}.{digits(3)}', f'ENC-{digits(8)}', f'{letters(1)}{digits(11)}', f'{digits(4)}-{digits(6)}'])
        return pick(['encounter #', 'Encounter:', 'enc', 'CSN', 'encounter number', 'FIN']), v
    if kind == 'visit':
        v = pick([f'V{digits(10)}', digits(9), f'{digits(3)}-{digits(4)}-{digits(3)}'])
        return pick(['visit #', 'Visit ID', 'visit number', 'HAR', 'acct/visit']), v
    if kind == 'member':
        p = letters(3)
        v = pick([f'{p}{digits(9)}', f'{p} {digits(3)} {digits(3)} {digits(3)}', f'{letters(1)}{digits(8)}-{digits(2)}',
                  f'{digits(9)}{letters(1)}', f'{p}{digits(6)}', f'{letters(1)}{digits(1)}{letters(1)} {digits(4)} {digits(4)}',
                  f'{digits(3)}-{digits(2)}-{digits(4)}-{digits(2)}', f'{p}{digits(4)}{letters(1)}{digits(4)}'])
        return pick(['member ID', 'Member ID:', 'member #', 'ID#', 'subscriber id', 'ins id', 'insurance ID', 'policy #', 'id']), v
    if kind == 'group':
        v = pick([digits(6), f'{digits(5)}-{digits(2)}', f'{letters(1)}{digits(5)}', f'{digits(7)}-{digits(3)}-{digits(5)}', f'GRP{digits(5)}'])
        return pick(['group', 'Group #', 'grp', 'Grp:', 'group number']), v
    if kind == 'claim':
        v = pick([f'{digits(4)} {digits(4)} {digits(4)} {digits(3)}', f'{digits(2)}-{digits(3)}-{digits(5)}-{digits(2)}',
                  f'E{digits(4)}-{digits(4)}-{digits(6)}', f'CLM{digits(9)}', f'{letters(2)}{digits(10)}', digits(13)])
        return pick(['claim #', 'Claim number', 'claim no.', 'Claim:', 'claim', 'ICN']), v
    if kind == 'case':
        v = pick([f'{digits(8)}', f'CR-{digits(8)}', f'{digits(4)}-{digits(2)}-{digits(4)}', f'CASE{digits(6)}', f'{letters(1)}{digits(2)}-{digits(6)}'])
        return pick(['case #', 'Case number', 'reference #', 'ref', 'ticket', 'case id']), v
    if kind == 'auth':
        v = pick([f'PA{digits(9)}', f'{digits(4)}{letters(2)}{digits(5)}', f'AUTH-{digits(7)}', f'{digits(10)}'])
        return pick(['auth #', 'prior auth number', 'authorization', 'PA #', 'auth']), v
    if kind == 'rx':
        v = pick([digits(7), f'{digits(7)}-{digits(5)}', f'{digits(6)}-{digits(2)}', f'{digits(7)}', f'{digits(4)}-{digits(4)}',
                  f'{digits(2)}-{digits(7)}'])
        return pick(['Rx#', 'rx #', 'RX:', 'prescription number', 'rx no', 'Rx']), v
    if kind == 'serial':
        v = pick([f'SN{digits(9)}', f'{letters(3)}{digits(6)}{letters(1)}', f'{digits(2)}{letters(1)}{digits(1)}-{digits(5)}-{letters(1)}',
                  f'{letters(2)}-{digits(7)}', f'{digits(11)}', f'{letters(1)}{digits(1)}{letters(2)} {digits(4)} {letters(1)}{digits(2)}'])
        return pick(['serial', 'S/N', 'SN:', 'serial #', 'device serial', 'serial number']), v
    if kind == 'medicare':
        return pick(['Medicare #', 'Medicare ID', 'MBI', 'medicare number', 'Medicare:']), mbi()
    if kind == 'medicaid':
        v = pick([f'{letters(2)}{digits(8)}', digits(10), f'{digits(2)}-{digits(4)}-{digits(3)} {letters(1)}', f'{letters(1)}{digits(8)}{letters(1)}'])
        return pick(['Medicaid ID', 'medicaid #', 'Medi-Cal', 'MassHealth ID', 'AHCCCS ID', 'medicaid']), v
    raise KeyError(kind)


NUMWORD = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']


def read_aloud(v):
    """Digit-by-digit rendering of a number: 'oh' for zero sometimes, pauses at dashes/spaces,
    short letter runs spelled out, longer letter runs (CASE, ENC) said as a word."""
    out = []
    i = 0
    while i < len(v):
        ch = v[i]
        if ch.isdigit():
            w = NUMWORD[int(ch)]
            if ch == '0' and rng.random() < 0.6:
                w = 'oh'
            out.append(w)
            i += 1
        elif ch.isalpha():
            j = i
            while j < len(v) and v[j].isalpha():
                j += 1
            run = v[i:j]
            out.extend([run] if len(run) >= 3 else list(run.upper()))
            i = j
        else:
            if out and not out[-1].endswith(','):
                out[-1] += ','
            i += 1
    return ' '.join(out).rstrip(',')


def swap_two(v):
    idx = [i for i in range(len(v) - 1) if v[i].isdigit() and v[i + 1].isdigit() and v[i] != v[i + 1]]
    if not idx:
        return v[:-1] + str((int(v[-1]) + 1) % 10 if v[-1].isdigit() else 7)
    i = pick(idx)
    return v[:i] + v[i + 1] + v[i] + v[i + 2:]


def split_line(v):
    cut = [i for i in range(3, len(v) - 2) if v[i - 1].isalnum()]
    i = pick(cut) if cut else len(v) // 2
    v2 = v[:i] + '\n' + v[i:].lstrip(' -')
    return v2


# ---------------------------------------------------------------- accounts
def iban_check(cc, bban):
    s = bban + cc + '00'
    n = int(''.join(str(int(c, 36)) for c in s))
    return f'{cc}{98 - n % 97:02d}{bban}'


IBAN_SHAPES = {'DE': ['D8', 'D10'], 'GB': ['BANK', 'D6', 'D8'], 'FR': ['D10', 'D11', 'D2'], 'ES': ['D20'],
               'NL': ['BANK', 'D10'], 'IT': ['L1', 'D10', 'D12'], 'PL': ['D24'], 'PT': ['D21'], 'BE': ['D12'],
               'CH': ['D5', 'D12'], 'AT': ['D16'], 'IE': ['BANK', 'D14'], 'TR': ['D5', 'D1', 'D16'],
               'SA': ['D2', 'D18'], 'BR': ['D8', 'D5', 'D10', 'L1', 'D1']}
BANKS = {'GB': ['BARC', 'LOYD', 'NWBK', 'HBUK', 'MIDL'], 'NL': ['INGB', 'RABO', 'ABNA', 'TRIO'], 'IE': ['AIBK', 'BOFI']}


def iban(cc=None, shape=None):
    cc = cc or pick(list(IBAN_SHAPES))
    b = ''
    for part in IBAN_SHAPES[cc]:
        if part == 'BANK':
            b += pick(BANKS[cc])
        elif part[0] == 'D':
            b += digits(int(part[1:]))
        elif part[0] == 'L':
            b += letters(int(part[1:]))
        else:  # A: alnum, mostly digits
            b += ''.join(rng.choice('0123456789' * 3 + string.ascii_uppercase) for _ in range(int(part[1:])))
    v = iban_check(cc, b)
    shape = shape if shape is not None else rng.randrange(5)
    if shape in (0, 1):
        v = ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
    if shape == 3:
        v = v.lower()
    if shape == 4:
        v = ' '.join(v[i:i + 4] for i in range(0, len(v), 4)).lower()
    return v


def luhn_complete(partial):
    d = [int(c) for c in partial][::-1]
    t = 0
    for k, x in enumerate(d):
        if k % 2 == 0:
            x *= 2
            x = x - 9 if x > 9 else x
        t += x
    return partial + str((10 - t % 10) % 10)


def card_label(num):
    if rng.random() < 0.45:
        return pick(['card', 'credit card', 'cc', 'debit card', 'HSA card', 'card #'])
    if num[0] == '4':
        return pick(['visa', 'Visa', 'VISA debit'])
    if num[0] in '25':
        return pick(['mastercard', 'MC', 'Mastercard'])
    if num[:2] in ('34', '37'):
        return pick(['amex', 'AmEx'])
    return pick(['discover', 'Discover card'])


def card(shape=None, valid=None):
    pre = pick(['4', '4', '4', '51', '53', '55', '2221', '2720', '34', '37', '6011', '65'])
    n = 15 if pre in ('34', '37') else 16
    num = luhn_complete(pre + digits(n - 1 - len(pre)))
    if valid is None:
        valid = rng.random() < 0.8
    if not valid:
        num = num[:-1] + str((int(num[-1]) + rng.randrange(1, 9)) % 10)
    shape = shape if shape is not None else rng.randrange(4)
    if shape in (0, 1):
        if n == 15:
            return f'{num[:4]} {num[4:10]} {num[10:]}'
        return ' '.join(num[i:i + 4] for i in range(0, 16, 4))
    if shape == 2:
        return num
    if n == 15:
        return f'{num[:4]}-{num[4:10]}-{num[10:]}'
    return '-'.join(num[i:i + 4] for i in range(0, 16, 4))


def routing():
    return fk('en_US').aba()


def bank_account():
    return pick([digits(10), digits(9), digits(12), f'{digits(4)} {digits(4)} {digits(2)}', f'{digits(3)}-{digits(6)}', digits(8)])


def patient_account():
    return pick([digits(10), f'{digits(3)}-{digits(7)}', f'PA{digits(7)}', f'{digits(12)}', f'G{digits(8)}', f'{digits(4)}-{digits(4)}-{digits(2)}'])
