"""Value generators for the template part of dev56 (names, addresses, phones, ids ...).

Everything is driven by one random.Random passed in (seeded in build.py) and by Faker
instances seeded from it, so the output is reproducible.  Street/city/postcode lists and
phone shapes are my own; Faker supplies names, some street names, SSNs, IBANs and card numbers.
"""
import random
import string
import unicodedata

from faker import Faker

FAKER_LOCALES = ['en_US', 'en_GB', 'es_MX', 'es_ES', 'fr_FR', 'de_DE', 'it_IT', 'pt_BR', 'nl_NL', 'pl_PL',
                 'ja_JP', 'zh_CN', 'ko_KR', 'hi_IN', 'ar_SA', 'ru_RU', 'tr_TR', 'vi_VN', 'en_IN', 'fil_PH',
                 'pt_PT', 'de_AT', 'fr_CH', 'nl_BE', 'en_IE', 'da_DK', 'fi_FI', 'el_GR', 'en_CA', 'en_AU']


class V:
    """All value generators, sharing one RNG."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.fk = {}
        for i, loc in enumerate(FAKER_LOCALES):
            f = Faker(loc)
            f.seed_instance(seed * 100 + i)
            self.fk[loc] = f

    # ------------------------------------------------------------------ helpers
    def c(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def digits(self, n, first_nonzero=False):
        s = ''.join(self.c(string.digits) for _ in range(n))
        if first_nonzero and s[0] == '0':
            s = self.c('123456789') + s[1:]
        return s

    @staticmethod
    def ascii(s):
        s = unicodedata.normalize('NFKD', s)
        return ''.join(ch for ch in s if not unicodedata.combining(ch)).encode('ascii', 'ignore').decode()

    # ------------------------------------------------------------------ names
    WORD_SURNAMES = ['Reed', 'Park', 'Hill', 'Young', 'Brown', 'Rose', 'King', 'Wood', 'Bell', 'Lane', 'Frost',
                     'Stone', 'Rivers', 'Banks', 'Hope', 'Best', 'Love', 'Page', 'Gray', 'Black', 'White', 'Summers',
                     'Fox', 'Hunter', 'Bishop', 'Price', 'Cash', 'Little', 'Moody', 'Sharp', 'Strong', 'Booker',
                     'Church', 'Hall', 'Marsh', 'Fields', 'Waters', 'Street', 'Baker', 'Cook']
    WORD_FIRSTS = ['Joy', 'Hope', 'Grace', 'Faith', 'Rose', 'Hunter', 'Summer', 'Bill', 'Will', 'Mark', 'Art',
                   'Sunny', 'Dawn', 'Ruby', 'Pearl', 'Ivy', 'Crystal', 'Frank', 'Rusty', 'Buck', 'Chase', 'Sky',
                   'Destiny', 'Precious', 'Honey', 'Earl', 'Major', 'Royal', 'Autumn', 'Violet']
    KOREAN_US = (['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin'],
                 ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Eun-ji', 'Hyun-woo', 'Soo-min', 'Ji-woo', 'Dong-hyun', 'Ha-eun',
                  'Jae-sung', 'Young-sook', 'Myung-hee'])
    ARAB_US = (['Haddad', 'Khoury', 'Saleh', 'Nasser', 'Mansour', 'Hamdan', 'Aziz', 'Qasim', 'Jaber', 'Darwish'],
               ['Ahmed', 'Fatima', 'Omar', 'Layla', 'Youssef', 'Mariam', 'Khalid', 'Noor', 'Hassan', 'Amira',
                'Samir', 'Rania'])
    WEST_AFRICAN = (['Okafor', 'Mensah', 'Adeyemi', 'Boateng', 'Nwosu', 'Owusu', 'Eze', 'Balogun', 'Asante',
                     'Okonkwo', 'Diallo', 'Abiodun'],
                    ['Chinedu', 'Ngozi', 'Kwame', 'Ama', 'Oluwaseun', 'Adaeze', 'Kofi', 'Yaw', 'Funmilayo',
                     'Emeka', 'Abena', 'Tunde'])

    WORD_FIRSTS_F = ['Joy', 'Hope', 'Grace', 'Faith', 'Rose', 'Summer', 'Sunny', 'Dawn', 'Ruby', 'Pearl', 'Ivy',
                     'Crystal', 'Destiny', 'Precious', 'Honey', 'Autumn', 'Violet', 'Iris', 'Hazel']
    WORD_FIRSTS_M = ['Hunter', 'Bill', 'Will', 'Mark', 'Art', 'Frank', 'Rusty', 'Buck', 'Chase', 'Earl', 'Major',
                     'Royal', 'Sky', 'Clay', 'Dean', 'Forrest', 'Rich']
    KOREAN_F = ['Seo-yeon', 'Eun-ji', 'Soo-min', 'Ji-woo', 'Ha-eun', 'Young-sook', 'Myung-hee', 'Mi-kyung']
    KOREAN_M = ['Min-jun', 'Ji-ho', 'Hyun-woo', 'Dong-hyun', 'Jae-sung', 'Sung-min', 'Kyung-ho']
    ARAB_F = ['Fatima', 'Layla', 'Mariam', 'Noor', 'Amira', 'Rania', 'Huda', 'Salma']
    ARAB_M = ['Ahmed', 'Omar', 'Youssef', 'Khalid', 'Hassan', 'Samir', 'Tariq', 'Karim']
    WA_F = ['Ngozi', 'Ama', 'Adaeze', 'Funmilayo', 'Abena', 'Chiamaka', 'Efua']
    WA_M = ['Chinedu', 'Kwame', 'Oluwaseun', 'Kofi', 'Yaw', 'Emeka', 'Tunde']

    def gfirst(self, f, g):
        return f.first_name_female() if g == 'f' else f.first_name_male()

    def us_first_last(self, g=None):
        """(first, last) of someone living in the US: many origins, all Latin script. g: 'f' or 'm'."""
        g = g or self.c('fm')
        x = self.r.random()
        fem = g == 'f'
        if x < 0.42:
            f = self.fk['en_US']
            first, last = self.gfirst(f, g), f.last_name()
        elif x < 0.56:
            f = self.fk['es_MX']
            first, last = self.gfirst(f, g), f.last_name()
        elif x < 0.63:
            first = self.c(self.WORD_FIRSTS_F if fem else self.WORD_FIRSTS_M)
            last = self.c(self.WORD_SURNAMES)
        elif x < 0.68:
            first, last = self.gfirst(self.fk['en_US'], g), self.c(self.WORD_SURNAMES)
        elif x < 0.73:
            first, last = self.c(self.KOREAN_F if fem else self.KOREAN_M), self.c(self.KOREAN_US[0])
        elif x < 0.77:
            f = self.fk['vi_VN']
            first, last = self.gfirst(f, g), f.last_name()
        elif x < 0.81:
            f = self.fk['en_IN']
            first, last = self.gfirst(f, g), f.last_name()
        elif x < 0.85:
            first, last = self.c(self.ARAB_F if fem else self.ARAB_M), self.c(self.ARAB_US[0])
        elif x < 0.89:
            first, last = self.c(self.WA_F if fem else self.WA_M), self.c(self.WEST_AFRICAN[0])
        elif x < 0.92:
            f = self.fk['ja_JP']
            first = f.first_romanized_name_female() if fem else f.first_romanized_name_male()
            last = f.last_romanized_name()
        elif x < 0.95:
            f = self.fk['zh_CN']
            first, last = f.first_romanized_name(), f.last_romanized_name()
        elif x < 0.975:
            f = self.fk['pl_PL']
            first, last = self.gfirst(f, g), f.last_name()
        else:
            f = self.fk['it_IT']
            first, last = self.gfirst(f, g), f.last_name()
        return first, last

    def us_full(self, first=None, last=None):
        if first is None:
            first, last = self.us_first_last()
        x = self.r.random()
        if x < 0.12:
            return f'{first} {self.c(string.ascii_uppercase)}. {last}'
        if x < 0.16:
            return f'{first} {last}-{self.us_first_last()[1]}'
        if x < 0.19:
            return f'{last}, {first}'
        return f'{first} {last}'

    INTL_LATIN = ['en_GB', 'fr_FR', 'de_DE', 'es_ES', 'it_IT', 'pt_BR', 'nl_NL', 'pl_PL', 'tr_TR', 'es_MX',
                  'en_IE', 'da_DK', 'fi_FI']
    INTL_SCRIPT = ['ja_JP', 'zh_CN', 'ko_KR', 'hi_IN', 'ar_SA', 'ru_RU', 'el_GR']

    CYR = dict(zip('абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
                   ['a', 'b', 'v', 'g', 'd', 'e', 'e', 'zh', 'z', 'i', 'y', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 's',
                    't', 'u', 'f', 'kh', 'ts', 'ch', 'sh', 'shch', '', 'y', '', 'e', 'yu', 'ya']))

    def romanize(self, text, loc):
        """A Latin handle for an e-mail of someone whose name is in another script (may not match exactly)."""
        if loc == 'ru_RU':
            return ''.join(self.CYR.get(ch, ch) for ch in text.lower())
        f = self.fk.get(loc)
        if loc == 'ja_JP':
            return f.last_romanized_name().lower()
        if loc == 'zh_CN':
            return f.last_romanized_name().lower()
        if loc == 'ko_KR':
            return self.c(self.KOREAN_US[0]).lower()
        if loc == 'ar_SA':
            return self.c(['alharbi', 'alotaibi', 'alqahtani', 'alghamdi', 'alzahrani', 'alshehri'])
        if loc == 'hi_IN':
            return self.fk['en_IN'].last_name().lower()
        if loc == 'el_GR':
            return self.c(['papadopoulos', 'nikolaou', 'georgiou', 'dimitriou', 'karagiannis'])
        return self.ascii(text).lower()

    INTL_LATIN = ['en_GB', 'fr_FR', 'de_DE', 'es_ES', 'it_IT', 'pt_BR', 'nl_NL', 'pl_PL', 'tr_TR', 'es_MX',
                  'en_IE', 'da_DK', 'fi_FI']
    INTL_SCRIPT = ['ja_JP', 'zh_CN', 'ko_KR', 'hi_IN', 'ar_SA', 'ru_RU', 'el_GR']

    def intl_person(self, loc=None, g=None):
        """(first, full, last_latin, first_latin) of someone in a non-US context."""
        loc = loc or self.c(self.INTL_LATIN + self.INTL_SCRIPT)
        g = g or self.c('fm')
        f = self.fk[loc]
        first = self.gfirst(f, g)
        if loc in ('ja_JP', 'zh_CN', 'ko_KR'):
            last = f.last_name()
            sep = ' ' if (loc == 'ja_JP' and self.chance(.6)) else ''
            full = f'{last}{sep}{first}'
        elif loc == 'ru_RU':
            last = f.last_name_female() if g == 'f' else f.last_name_male()
            pat = f.middle_name_female() if g == 'f' else f.middle_name_male()
            full = f'{first} {pat} {last}' if self.chance(.4) else self.c([f'{first} {last}', f'{last} {first}'])
        elif loc == 'vi_VN':
            last = f.last_name()
            full = f'{last} {f.middle_name()} {first}'
        else:
            last = f.last_name()
            full = f'{first} {last}'
        fl = self.romanize(first, loc) if loc in self.INTL_SCRIPT else self.ascii(first).lower()
        ll = self.romanize(last, loc) if loc in self.INTL_SCRIPT else self.ascii(last).lower()
        if loc in ('ja_JP', 'zh_CN', 'ko_KR', 'ar_SA', 'hi_IN', 'el_GR'):
            fl = self.c(['', fl[:1]]) if fl else ''
        return first, full, ll.replace(' ', '').replace("'", ''), fl.replace(' ', '').replace("'", '')

    # ------------------------------------------------------------------ US places
    US_CITIES = [
        ('Springfield', 'IL', '627'), ('Macon', 'GA', '312'), ('Tulsa', 'OK', '741'), ('Omaha', 'NE', '681'),
        ('Boise', 'ID', '837'), ('Fresno', 'CA', '937'), ('Dayton', 'OH', '454'), ('Toledo', 'OH', '436'),
        ('Mobile', 'AL', '366'), ('Jackson', 'MS', '392'), ('Shreveport', 'LA', '711'), ('El Paso', 'TX', '799'),
        ('Laredo', 'TX', '780'), ('Lubbock', 'TX', '794'), ('Albuquerque', 'NM', '871'), ('Tucson', 'AZ', '857'),
        ('Mesa', 'AZ', '852'), ('Reno', 'NV', '895'), ('Spokane', 'WA', '992'), ('Tacoma', 'WA', '984'),
        ('Eugene', 'OR', '974'), ('Provo', 'UT', '846'), ('Billings', 'MT', '591'), ('Fargo', 'ND', '581'),
        ('Sioux Falls', 'SD', '571'), ('Des Moines', 'IA', '503'), ('Madison', 'WI', '537'),
        ('Green Bay', 'WI', '543'), ('Duluth', 'MN', '558'), ('Lansing', 'MI', '489'), ('Flint', 'MI', '485'),
        ('Gary', 'IN', '464'), ('Evansville', 'IN', '477'), ('Louisville', 'KY', '402'), ('Lexington', 'KY', '405'),
        ('Knoxville', 'TN', '379'), ('Chattanooga', 'TN', '374'), ('Asheville', 'NC', '288'), ('Durham', 'NC', '277'),
        ('Charleston', 'SC', '294'), ('Savannah', 'GA', '314'), ('Tallahassee', 'FL', '323'),
        ('Orlando', 'FL', '328'), ('Hialeah', 'FL', '330'), ('Norfolk', 'VA', '235'), ('Richmond', 'VA', '232'),
        ('Wilmington', 'DE', '198'), ('Trenton', 'NJ', '086'), ('Newark', 'NJ', '071'), ('Yonkers', 'NY', '107'),
        ('Buffalo', 'NY', '142'), ('Scranton', 'PA', '185'), ('Erie', 'PA', '165'), ('Hartford', 'CT', '061'),
        ('Providence', 'RI', '029'), ('Worcester', 'MA', '016'), ('Lowell', 'MA', '018'),
        ('Burlington', 'VT', '054'), ('Portland', 'ME', '041'), ('Manchester', 'NH', '031'),
        ('Anchorage', 'AK', '995'), ('Honolulu', 'HI', '968'), ('Hilo', 'HI', '967'), ('San Juan', 'PR', '009'),
        ('Baton Rouge', 'LA', '708'), ('Little Rock', 'AR', '722'), ('Wichita', 'KS', '672'),
        ('Topeka', 'KS', '666'), ('Pueblo', 'CO', '810'), ('Cheyenne', 'WY', '820'), ('Bronx', 'NY', '104'),
        ('Brooklyn', 'NY', '112'), ('Cicero', 'IL', '608'), ('Joliet', 'IL', '604'), ('Akron', 'OH', '443'),
        ('Yakima', 'WA', '989'), ('Salinas', 'CA', '939'), ('Oxnard', 'CA', '930'), ('Modesto', 'CA', '953'),
        ('Stockton', 'CA', '952'), ('Fort Worth', 'TX', '761'), ('Brownsville', 'TX', '785'), ('Kenner', 'LA', '700'),
        ('Biloxi', 'MS', '395'), ('Huntsville', 'AL', '358'), ('Dothan', 'AL', '363'), ('Paterson', 'NJ', '075'),
        ('Allentown', 'PA', '181'), ('Rochester', 'NY', '146'), ('Gainesville', 'FL', '326'),
        ('Athens', 'GA', '306'), ('Columbia', 'MO', '652'), ('Joplin', 'MO', '648'), ('Peoria', 'IL', '616'),
        ('Kalamazoo', 'MI', '490'), ('Waco', 'TX', '767'), ('Amarillo', 'TX', '791'), ('Las Cruces', 'NM', '880'),
    ]
    STREET_NAMES = ['Oak', 'Maple', 'Cedar', 'Elm', 'Washington', 'Lincoln', 'Jefferson', 'Park', 'Hill', 'Lake',
                    'Sunset', 'Ridge', 'Highland', 'Pleasant', 'Church', 'Mill', 'River', 'Spring', 'Walnut',
                    'Chestnut', 'Magnolia', 'Dogwood', 'Peachtree', 'Sycamore', 'Willow', 'Meadow', 'Prairie',
                    'Canyon', 'Mesa Verde', 'Bayou', 'Harbor', 'Cherokee', 'Shawnee', 'Martin Luther King Jr',
                    'Cesar Chavez', 'Kamehameha', 'Broadway', 'Main', 'Second', '3rd', '14th', '110th', 'Grand',
                    'Orchard', 'Pine Hollow', 'Fox Run', 'Quail Creek', 'Old Mill', 'Jackson', 'Madison', 'Poplar',
                    'Cottonwood', 'Live Oak', 'Bluebonnet', 'Palmetto', 'Evergreen', 'Birch', 'Hickory', 'Laurel',
                    'Franklin', 'Kensington', 'Stonebridge', 'Wren', 'Cardinal', 'Mockingbird', 'Pecan', 'Vine',
                    'Ocean', 'Bay', 'Valley View', 'Country Club', 'Rolling Hills', 'Indian Trail', 'Monroe']
    STREET_TYPES = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Blvd', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct',
                    'Court', 'Way', 'Pl', 'Pkwy', 'Ter', 'Cir', 'Trl', 'Loop', 'Pike']
    UNITS = ['Apt 4B', 'Apt. 12', 'Apt 3', 'Unit 7', 'Suite 210', '#12', 'Ste 100', 'Lot 44', 'Apt 1203',
             'Unit B', '# 5', 'Apt. 2F', 'Bldg 2 Apt 7', 'Fl 2', 'Rm 118', 'Suite 4', 'Apt 21C', 'Unit 306']

    def us_city(self):
        return self.c(self.US_CITIES)

    def us_zip(self, prefix, plus4=False):
        z = prefix + self.digits(2)
        if plus4:
            z += '-' + self.digits(4)
        return z

    def us_street(self, unit_p=0.4):
        num = str(self.r.choice([self.r.randint(1, 99), self.r.randint(100, 999), self.r.randint(1000, 9999),
                                 self.r.randint(10000, 29999)]))
        d = self.c(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NE ', 'SW '])
        street = f'{num} {d}{self.c(self.STREET_NAMES)} {self.c(self.STREET_TYPES)}'
        if self.chance(unit_p):
            street += self.c([', ', ' ', ', ']) + self.c(self.UNITS)
        return street

    def us_address(self, shape=None, city=None):
        """A whole US address (one identifier). shape: line, multiline, nocomma, pobox, military, rural."""
        shape = shape or self.c(['line'] * 6 + ['multiline'] * 2 + ['nocomma'] * 2 + ['pobox', 'military', 'rural'])
        city, st, pre = city or self.us_city()
        z = self.us_zip(pre, plus4=self.chance(.2))
        if shape == 'pobox':
            box = self.c(['PO Box', 'P.O. Box', 'Post Office Box', 'PO BOX', 'P O Box'])
            return f'{box} {self.r.randint(1, 9999)}{self.c([", ", " "])}{city}, {st} {z}'
        if shape == 'military':
            kind = self.c(['PSC', 'Unit', 'CMR'])
            apo = self.c(['APO', 'FPO', 'DPO'])
            area, zp = self.c([('AE', '09'), ('AP', '96'), ('AA', '340')])
            zipc = zp + self.digits(5 - len(zp))
            sep = self.c([', ', ' ', '\n'])
            return f'{kind} {self.r.randint(100, 9999)} Box {self.r.randint(1, 9999)}{sep}{apo} {area} {zipc}'
        if shape == 'rural':
            rr = self.c([f'RR {self.r.randint(1, 9)} Box {self.r.randint(1, 499)}',
                         f'Rural Route {self.r.randint(1, 9)}, Box {self.r.randint(1, 499)}',
                         f'HC {self.r.randint(60, 89)} Box {self.r.randint(100, 2999)}',
                         f'R.R. {self.r.randint(1, 9)} Box {self.r.randint(1, 499)}A'])
            return f'{rr}, {city}, {st} {z}'
        street = self.us_street()
        if shape == 'multiline':
            return f'{street}\n{city}, {st} {z}'
        if shape == 'nocomma':
            return f'{street} {city} {st} {z}'
        return f'{street}, {city}, {st} {z}'

    def us_city_state(self, with_zip=False):
        city, st, pre = self.us_city()
        return f'{city}, {st} {self.us_zip(pre)}' if with_zip else f'{city}, {st}'

    # ------------------------------------------------------------------ US phones
    AREA = ['205', '251', '907', '480', '520', '602', '501', '209', '310', '415', '510', '559', '619', '714', '805',
            '909', '303', '719', '203', '860', '302', '305', '407', '561', '727', '813', '904', '229', '404', '478',
            '706', '912', '808', '208', '217', '309', '312', '618', '773', '219', '317', '574', '812', '319', '515',
            '316', '785', '270', '502', '606', '225', '318', '504', '207', '301', '410', '413', '508', '617', '781',
            '231', '313', '517', '616', '810', '218', '507', '612', '651', '228', '601', '314', '417', '816', '406',
            '402', '702', '775', '603', '201', '609', '732', '973', '505', '575', '212', '315', '518', '585', '716',
            '718', '914', '252', '336', '704', '828', '919', '701', '216', '330', '419', '513', '614', '937', '405',
            '918', '503', '541', '215', '412', '570', '610', '814', '401', '803', '843', '864', '605', '423', '615',
            '731', '865', '901', '210', '214', '254', '281', '361', '409', '432', '512', '713', '806', '817', '915',
            '956', '801', '802', '434', '540', '703', '757', '804', '206', '253', '360', '509', '304', '414', '608',
            '715', '920', '307', '787']

    def us_phone(self, shape=None, ext_p=0.1):
        a, e, l = self.c(self.AREA), str(self.r.randint(201, 989)), self.digits(4)
        if e in ('555', '911', '411', '611', '811'):
            e = '3' + e[1:]
        shapes = ['({a}) {e}-{l}', '{a}-{e}-{l}', '{a}.{e}.{l}', '{a}{e}{l}', '+1 {a} {e} {l}', '1-{a}-{e}-{l}',
                  '001-{a}-{e}-{l}', '{a} {e} {l}', '({a}){e}-{l}', '+1 ({a}) {e}-{l}', '+1-{a}-{e}-{l}',
                  '1 ({a}) {e}-{l}', '{a}-{e}-{l}', '({a}) {e}-{l}', '{a}/{e}-{l}', '+1.{a}.{e}.{l}']
        s = (shape or self.c(shapes)).format(a=a, e=e, l=l)
        if self.chance(ext_p):
            s += self.c([' x{n}', ' ext. {n}', ' extension {n}', ' ext {n}', ' x {n}', ', ext. {n}', ' Ext {n}']
                        ).format(n=self.r.randint(1, 9999))
        return s

    VANITY = ['1-877-ROOF-BOB', '1-888-MOW-DAVE', '1-855-TAX-RITA', '1-866-CAKE-ANA', '(844) PET-SITR',
              '1-888-VAN-RIDE', '1-800-PAINT-AL', '1-877-TUTOR-JO', '855-DOG-WALK', '1-866-FIX-PIPE',
              '1-888-NAILS-BY', '1-844-HAUL-IT2']

    def vanity(self):
        return self.c(self.VANITY)

    # ------------------------------------------------------------------ international places and phones
    def intl_address(self, country=None):
        """Returns (country, address).  Whole address = one identifier."""
        country = country or self.c(['UK', 'CA', 'DE', 'FR', 'ES', 'IT', 'MX', 'BR', 'JP', 'JPr', 'IN', 'NL', 'PL',
                                     'KR', 'CN', 'PH', 'AU', 'NG', 'IE', 'TR'])
        r, c, n = self.r, self.c, self.r.randint
        if country == 'UK':
            town, area = c([('Leeds', 'LS'), ('Manchester', 'M'), ('Bristol', 'BS'), ('Cardiff', 'CF'),
                            ('Glasgow', 'G'), ('Leicester', 'LE'), ('Norwich', 'NR'), ('Sheffield', 'S'),
                            ('Brighton', 'BN'), ('Oxford', 'OX'), ('Derby', 'DE'), ('Nottingham', 'NG'),
                            ('Edinburgh', 'EH'), ('Belfast', 'BT'), ('Plymouth', 'PL'), ('Croydon', 'CR')])
            pc = f'{area}{n(1, 28)} {n(1, 9)}{c("ABDEFGHJLNPQRSTUWXYZ")}{c("ABDEFGHJLNPQRSTUWXYZ")}'
            st = f'{c(["Victoria", "Albert", "Station", "Queens", "Manor", "Grange", "Beech", "Holly", "Ashby", "Chapel", "Mill", "Kingsway", "Elmfield", "Thornbury"])} {c(["Road", "Street", "Close", "Lane", "Avenue", "Gardens", "Crescent", "Terrace", "Drive"])}'
            flat = c(['', '', f'Flat {n(1, 40)}, ', f'Flat {n(1, 9)}{c("ABC")}, '])
            sep = c([', ', '\n'])
            return 'UK', f'{flat}{n(1, 240)} {st}{sep}{town} {pc}'
        if country == 'CA':
            city, prov, l1 = c([('Toronto', 'ON', 'M'), ('Ottawa', 'ON', 'K'), ('Vancouver', 'BC', 'V'),
                                ('Calgary', 'AB', 'T'), ('Winnipeg', 'MB', 'R'), ('Halifax', 'NS', 'B'),
                                ('Montréal', 'QC', 'H'), ('Québec', 'QC', 'G'), ('Edmonton', 'AB', 'T'),
                                ('Saskatoon', 'SK', 'S')])
            L = 'ABCEGHJKLMNPRSTVWXYZ'
            pc = f'{l1}{n(0, 9)}{c(L)} {n(0, 9)}{c(L)}{n(0, 9)}'
            st = f'{c(["Bloor", "Dundas", "Yonge", "Portage", "Jasper", "Granville", "Barrington", "Sainte-Catherine", "Bank", "King"])} {c(["St", "Street", "Ave", "Rd", "Blvd"])}'
            unit = c(['', f'{n(1, 2400)}-', f'Unit {n(1, 30)}, '])
            if prov == 'QC' and self.chance(.6):
                return 'CA', f'{unit}{n(1, 9999)} rue {c(["Saint-Denis", "Sherbrooke Est", "Saint-Jean", "Cartier", "Laurier Ouest"])}, {city} ({prov}) {pc}'
            return 'CA', f'{unit}{n(1, 9999)} {st}, {city}, {prov} {pc}'
        if country == 'DE':
            city, p = c([('Berlin', '1'), ('Hamburg', '2'), ('München', '8'), ('Köln', '5'), ('Frankfurt am Main', '6'),
                         ('Stuttgart', '7'), ('Düsseldorf', '4'), ('Leipzig', '04'), ('Dresden', '01'), ('Bremen', '28'),
                         ('Hannover', '30'), ('Nürnberg', '90'), ('Bochum', '44'), ('Freiburg im Breisgau', '79')])
            plz = p + self.digits(5 - len(p))
            st = self.fk['de_DE'].street_name()
            sep = c([', ', '\n', ', D-'])
            return 'DE', f'{st} {n(1, 180)}{c(["", "", "a", "b"])}{sep}{plz} {city}'
        if country == 'FR':
            city, p = c([('Paris', '750'), ('Lyon', '6900'), ('Marseille', '130'), ('Toulouse', '310'), ('Lille', '590'),
                         ('Nantes', '440'), ('Bordeaux', '330'), ('Strasbourg', '670'), ('Rennes', '350'),
                         ('Montpellier', '340'), ('Nice', '060')])
            cp = p + self.digits(5 - len(p))
            st = f'{c(["rue", "avenue", "boulevard", "impasse", "chemin", "allée", "place"])} {c(["des Lilas", "Victor Hugo", "de la République", "Jean Jaurès", "du Moulin", "Pasteur", "des Écoles", "de la Gare", "Émile Zola", "Saint-Michel"])}'
            bat = c(['', '', f'Bât. {c("ABC")}, ', f'Apt {n(1, 60)}, '])
            return 'FR', f'{bat}{n(1, 150)}{c(["", "", " bis"])} {st}{c([", ", chr(10)])}{cp} {city}'
        if country == 'ES':
            city, p = c([('Madrid', '280'), ('Sevilla', '410'), ('Valencia', '460'), ('Zaragoza', '500'),
                         ('Málaga', '290'), ('Bilbao', '480'), ('Barcelona', '080'), ('Granada', '180')])
            cp = p + self.digits(2)
            st = self.fk['es_ES'].last_name()
            return 'ES', f'{c(["C/", "Calle", "Avda.", "Paseo de"])} {c(["San ", "Doctor ", "", ""])}{st} {n(1, 140)}, {n(1, 9)}º {c("ABCDI")}, {cp} {city}'
        if country == 'IT':
            city, p, pr = c([('Roma', '001', 'RM'), ('Milano', '201', 'MI'), ('Torino', '101', 'TO'),
                             ('Palermo', '901', 'PA'), ('Firenze', '501', 'FI'), ('Bari', '701', 'BA'),
                             ('Bologna', '401', 'BO'), ('Genova', '161', 'GE')])
            cap = p + self.digits(2)
            st = f'{c(["Via", "Viale", "Corso", "Piazza", "Vicolo"])} {c(["Garibaldi", "Mazzini", "Roma", "Cavour", "Dante Alighieri", "dei Mille", "Verdi", "XX Settembre", "San Francesco"])}'
            return 'IT', f'{st} {n(1, 220)}, {cap} {city} ({pr})'
        if country == 'MX':
            city, p, est = c([('Guadalajara', '44', 'Jal.'), ('Monterrey', '64', 'N.L.'), ('Puebla', '72', 'Pue.'),
                              ('Ciudad de México', '0', 'CDMX'), ('Oaxaca de Juárez', '68', 'Oax.'),
                              ('Mérida', '97', 'Yuc.'), ('León', '37', 'Gto.'), ('Tijuana', '22', 'B.C.')])
            cp = p + self.digits(5 - len(p))
            st = f'{c(["Calle", "Av.", "Calz.", "Privada"])} {c(["Hidalgo", "Morelos", "Juárez", "Independencia", "5 de Mayo", "Reforma", "Allende", "Zaragoza", "de los Insurgentes"])}'
            col = c(['Centro', 'Americana', 'Del Valle', 'Jardines del Bosque', 'Obrera', 'San Benito', 'Las Águilas'])
            intn = c(['', f' Int. {n(1, 20)}', f' Depto. {n(1, 12)}'])
            return 'MX', f'{st} {n(1, 3999)}{intn}, Col. {col}, C.P. {cp}, {city}, {est}'
        if country == 'BR':
            city, p, uf = c([('São Paulo', '0', 'SP'), ('Rio de Janeiro', '2', 'RJ'), ('Belo Horizonte', '30', 'MG'),
                             ('Recife', '50', 'PE'), ('Porto Alegre', '90', 'RS'), ('Fortaleza', '60', 'CE'),
                             ('Curitiba', '80', 'PR'), ('Salvador', '40', 'BA')])
            d = p + self.digits(8 - len(p))
            cep = f'{d[:5]}-{d[5:]}'
            st = f'{c(["Rua", "Av.", "Travessa", "Alameda"])} {c(["das Flores", "Sete de Setembro", "Barão de Mesquita", "Tiradentes", "Dom Pedro II", "XV de Novembro", "Santos Dumont"])}'
            apto = c(['', f' - apto {n(11, 1504)}', f', ap. {n(1, 90)}', f' - casa {n(1, 4)}'])
            bairro = c(['Centro', 'Boa Viagem', 'Savassi', 'Moinhos de Vento', 'Tijuca', 'Pinheiros', 'Aldeota'])
            return 'BR', f'{st}, {n(1, 2999)}{apto}, {bairro}, {city} - {uf}, {cep}'
        if country == 'JP':
            pref = c(['東京都新宿区', '東京都世田谷区', '大阪府大阪市北区', '神奈川県横浜市港北区', '愛知県名古屋市中区',
                      '福岡県福岡市博多区', '北海道札幌市中央区', '京都府京都市左京区'])
            area = c(['本町', '中央', '桜台', '緑が丘', '東山', '南町', '旭町'])
            return 'JP', f'〒{self.digits(3)}-{self.digits(4)} {pref}{area}{n(1, 9)}-{n(1, 30)}-{n(1, 20)}'
        if country == 'JPr':
            ward, city = c([('Setagaya-ku', 'Tokyo'), ('Nakano-ku', 'Tokyo'), ('Kita-ku', 'Osaka'),
                            ('Kohoku-ku', 'Yokohama'), ('Naka-ku', 'Nagoya'), ('Chuo-ku', 'Sapporo')])
            area = c(['Honcho', 'Sakuradai', 'Midorigaoka', 'Higashiyama', 'Asahicho'])
            return 'JP', f'{n(1, 9)}-{n(1, 30)}-{n(1, 20)} {area}, {ward}, {city} {self.digits(3)}-{self.digits(4)}'
        if country == 'IN':
            city, p = c([('Mumbai', '400'), ('Pune', '411'), ('Chennai', '600'), ('Hyderabad', '500'),
                         ('Kolkata', '700'), ('New Delhi', '110'), ('Ahmedabad', '380'), ('Kochi', '682'),
                         ('Lucknow', '226'), ('Bengaluru', '560')])
            pin = p + self.digits(3)
            bld = c(['Shanti Apartments', 'Sai Krupa Residency', 'Green Park Society', 'Ganga Towers', 'Lotus Enclave'])
            area = c(['Andheri West', 'Kothrud', 'Anna Nagar', 'Banjara Hills', 'Salt Lake', 'Lajpat Nagar',
                      'Navrangpura', 'Kakkanad', 'Gomti Nagar', 'Jayanagar'])
            return 'IN', f'{c(["Flat", "Flat No.", "House No."])} {n(1, 12)}{n(0, 9)}{n(1, 9)}, {bld}, {c(["", f"{n(1, 20)}th Cross, ", "MG Road, ", "Link Road, "])}{area}, {city}{c([" - ", " ", "-"])}{pin}'
        if country == 'NL':
            city, p = c([('Amsterdam', '10'), ('Rotterdam', '30'), ('Utrecht', '35'), ('Den Haag', '25'),
                         ('Eindhoven', '56'), ('Groningen', '97'), ('Tilburg', '50')])
            pc = f'{p}{self.digits(2)} {c(string.ascii_uppercase)}{c(string.ascii_uppercase)}'
            return 'NL', f'{self.fk["nl_NL"].street_name()} {n(1, 300)}{c(["", "", "-2", " hs", "A"])}, {pc} {city}'
        if country == 'PL':
            city, p = c([('Kraków', '3'), ('Warszawa', '0'), ('Gdańsk', '80'), ('Wrocław', '5'), ('Poznań', '6'),
                         ('Łódź', '9'), ('Lublin', '20')])
            d = p + self.digits(5 - len(p))
            st = self.fk['pl_PL'].street_name()
            return 'PL', f'{c(["ul. ", "al. ", ""])}{st} {n(1, 120)}/{n(1, 60)}, {d[:2]}-{d[2:]} {city}'
        if country == 'KR':
            city = c(['서울특별시 마포구', '서울특별시 송파구', '부산광역시 해운대구', '인천광역시 남동구', '대구광역시 수성구',
                      '경기도 성남시 분당구', '광주광역시 서구'])
            road = c(['월드컵로', '올림픽로', '해운대로', '구월로', '달구벌대로', '판교로', '상무대로'])
            return 'KR', f'{city} {road} {n(1, 400)}{c(["", f"번길 {n(1, 40)}", f", {n(101, 120)}동 {n(101, 1504)}호"])}'
        if country == 'CN':
            city = c(['北京市朝阳区', '上海市徐汇区', '广州市天河区', '深圳市南山区', '成都市武侯区', '杭州市西湖区', '武汉市洪山区'])
            road = c(['建国路', '中山路', '人民路', '解放大道', '科技园路', '文三路', '南京西路'])
            return 'CN', f'{city}{road}{n(1, 999)}号{c(["", f"{n(1, 30)}栋{n(101, 2808)}室", f"{n(1, 12)}单元"])}'
        if country == 'PH':
            city, prov, p = c([('Quezon City', 'Metro Manila', '11'), ('Cebu City', 'Cebu', '60'),
                               ('Davao City', 'Davao del Sur', '80'), ('Iloilo City', 'Iloilo', '50'),
                               ('Angeles', 'Pampanga', '20')])
            return 'PH', f'{n(1, 999)} {c(["Rizal", "Mabini", "Bonifacio", "Luna", "Del Pilar"])} St., Brgy. {c(["San Roque", "Poblacion", "Santo Niño", "Lahug", "Malate"])}, {city}, {prov} {p}{self.digits(2)}'
        if country == 'AU':
            sub, stt, p = c([('Toowong', 'QLD', '40'), ('Parramatta', 'NSW', '21'), ('Fitzroy', 'VIC', '30'),
                             ('Fremantle', 'WA', '61'), ('Glenelg', 'SA', '50')])
            return 'AU', f'{c(["", f"Unit {n(1, 30)}/", f"{n(1, 12)}/"])}{n(1, 300)} {c(["Banksia", "Wattle", "Jacaranda", "Bottlebrush", "Coolabah"])} {c(["St", "Cres", "Rd", "Ave", "Pde"])}, {sub} {stt} {p}{self.digits(2)}'
        if country == 'NG':
            return 'NG', f'{n(1, 60)} {c(["Adeola Odeku", "Awolowo", "Herbert Macaulay", "Allen Avenue", "Adetokunbo Ademola"])} {c(["Street", "Road", "Crescent"])}, {c(["Ikeja", "Victoria Island", "Yaba", "Wuse II", "Surulere"])}, {c(["Lagos", "Abuja", "Lagos State"])}'
        if country == 'IE':
            return 'IE', f'{n(1, 90)} {c(["Seaview", "Castle", "Church", "Oakwood", "Ashgrove"])} {c(["Terrace", "Road", "Park", "Avenue", "Lawn"])}, {c(["Dublin 4", "Galway", "Cork", "Limerick", "Dublin 8"])}, {c("ACDEFHKNPRTVWXY")}{n(10, 99)} {c("ACDEFHKNPRTVWXY")}{n(0, 9)}{c("ACDEFHKNPRTVWXY")}{n(0, 9)}'
        if country == 'TR':
            return 'TR', f'{c(["Atatürk Cad.", "Bağdat Cad.", "İnönü Sok.", "Cumhuriyet Mah."])} No: {n(1, 300)} D:{n(1, 20)}, {n(1, 8)}{self.digits(4)} {c(["Kadıköy/İstanbul", "Çankaya/Ankara", "Konak/İzmir", "Nilüfer/Bursa"])}'
        raise ValueError(country)

    COUNTRY_CITIES = {
        'UK': ['Leeds', 'Glasgow', 'Cardiff', 'Bristol', 'Norwich', 'Belfast'], 'DE': ['Hamburg', 'Köln', 'Leipzig', 'München', 'Bremen'],
        'FR': ['Lyon', 'Lille', 'Nantes', 'Toulouse', 'Marseille'], 'MX': ['Guadalajara', 'Monterrey', 'Puebla', 'Oaxaca', 'Mérida'],
        'BR': ['Recife', 'Salvador', 'Curitiba', 'Fortaleza', 'Belo Horizonte'], 'IN': ['Pune', 'Chennai', 'Lucknow', 'Kochi', 'मुंबई', 'जयपुर'],
        'JP': ['Osaka', 'Sapporo', 'Fukuoka', '大阪', '名古屋', '札幌'], 'ES': ['Sevilla', 'Valencia', 'Bilbao', 'Zaragoza'],
        'IT': ['Bologna', 'Palermo', 'Torino', 'Bari', 'Napoli'], 'NL': ['Rotterdam', 'Utrecht', 'Eindhoven', 'Groningen'],
        'PL': ['Kraków', 'Gdańsk', 'Wrocław', 'Łódź'], 'KR': ['Busan', 'Incheon', '부산', '서울', '대구'],
        'CN': ['Chengdu', 'Wuhan', '上海', '北京', '广州'], 'PH': ['Cebu', 'Davao', 'Quezon City', 'Iloilo'],
        'NG': ['Lagos', 'Abuja', 'Ibadan', 'Enugu'], 'AU': ['Brisbane', 'Perth', 'Adelaide', 'Melbourne'],
        'CA': ['Toronto', 'Winnipeg', 'Halifax', 'Montréal', 'Calgary'], 'TR': ['İzmir', 'Bursa', 'Ankara', 'İstanbul'],
        'IE': ['Galway', 'Cork', 'Limerick', 'Dublin'], 'RU': ['Казань', 'Москва', 'Новосибирск', 'Kazan'],
        'SA': ['Jeddah', 'Riyadh', 'الرياض', 'جدة', 'الدمام'],
    }

    INTL_CITIES = ['Lagos', 'Manila', 'Guadalajara', 'Kraków', 'Osaka', 'Lyon', 'Porto', 'Bologna', 'Hamburg',
                   'Leeds', 'Glasgow', 'Toronto', 'Monterrey', 'Recife', 'Pune', 'Chennai', 'Accra', 'Nairobi',
                   'Izmir', 'Hanoi', 'Cebu', 'Busan', 'Tijuana', 'Rotterdam', 'Gdańsk', 'Valparaíso', 'Medellín',
                   'Kingston', 'Port-au-Prince', 'Santo Domingo', 'San Salvador', 'Tegucigalpa']
    INTL_CITIES_SCRIPT = ['大阪', '北京', '서울', '부산', 'Москва', 'القاهرة', 'عمّان', 'मुंबई', '上海', 'Київ',
                          '名古屋', 'بيروت', 'Αθήνα', '広州']

    def intl_city(self, script=None):
        if script or (script is None and self.chance(.3)):
            return self.c(self.INTL_CITIES_SCRIPT)
        return self.c(self.INTL_CITIES)

    def intl_phone(self, country=None):
        d = self.digits
        country = country or self.c(['UK', 'DE', 'FR', 'MX', 'BR', 'IN', 'JP', 'ES', 'IT', 'NL', 'PL', 'KR', 'CN',
                                     'PH', 'NG', 'AU', 'SA', 'RU', 'TR', 'VN', 'CA'])
        c = self.c
        f = {
            'UK': [lambda: f'+44 20 {d(4)} {d(4)}', lambda: f'020 {d(4)} {d(4)}', lambda: f'07{d(3)} {d(6)}',
                   lambda: f'+44 (0)161 {d(3)} {d(4)}', lambda: f'0113 {d(3)} {d(4)}', lambda: f'+44 7{d(3)} {d(6)}'],
            'DE': [lambda: f'+49 30 {d(7)}', lambda: f'030 {d(8)}', lambda: f'+49 (0)89 {d(3)} {d(2)} {d(2)}',
                   lambda: f'0171 {d(7)}', lambda: f'+49 151 {d(8)}', lambda: f'0221 / {d(6)}'],
            'FR': [lambda: f'+33 1 {d(2)} {d(2)} {d(2)} {d(2)}', lambda: f'06 {d(2)} {d(2)} {d(2)} {d(2)}',
                   lambda: f'01.{d(2)}.{d(2)}.{d(2)}.{d(2)}', lambda: f'+33 (0)6 {d(2)} {d(2)} {d(2)} {d(2)}',
                   lambda: f'04 {d(2)} {d(2)} {d(2)} {d(2)}'],
            'MX': [lambda: f'+52 55 {d(4)} {d(4)}', lambda: f'55 {d(4)} {d(4)}', lambda: f'+52 1 33 {d(4)} {d(4)}',
                   lambda: f'(81) {d(4)}-{d(4)}', lambda: f'+52 (222) {d(3)} {d(4)}'],
            'BR': [lambda: f'+55 11 9{d(4)}-{d(4)}', lambda: f'(21) 9{d(4)}-{d(4)}', lambda: f'(31) 3{d(3)}-{d(4)}',
                   lambda: f'+55 (81) 9 {d(4)}-{d(4)}'],
            'IN': [lambda: f'+91 9{d(4)} {d(5)}', lambda: f'09{d(3)} {d(3)} {d(3)}', lambda: f'+91-22-{d(4)}-{d(4)}',
                   lambda: f'080 {d(4)} {d(4)}', lambda: f'+91 7{d(9)}'],
            'JP': [lambda: f'+81 3-{d(4)}-{d(4)}', lambda: f'03-{d(4)}-{d(4)}', lambda: f'090-{d(4)}-{d(4)}',
                   lambda: f'+81 90 {d(4)} {d(4)}', lambda: f'06-{d(4)}-{d(4)}', lambda: f'080（{d(4)}）{d(4)}'],
            'ES': [lambda: f'+34 6{d(2)} {d(2)} {d(2)} {d(2)}', lambda: f'91 {d(3)} {d(2)} {d(2)}',
                   lambda: f'6{d(2)} {d(3)} {d(3)}'],
            'IT': [lambda: f'+39 06 {d(4)} {d(4)}', lambda: f'3{d(2)} {d(3)} {d(4)}', lambda: f'+39 3{d(2)} {d(7)}',
                   lambda: f'02 {d(4)} {d(4)}'],
            'NL': [lambda: f'+31 20 {d(3)} {d(4)}', lambda: f'06-{d(8)}', lambda: f'+31 6 {d(8)}',
                   lambda: f'010 {d(3)} {d(2)} {d(2)}'],
            'PL': [lambda: f'+48 22 {d(3)} {d(2)} {d(2)}', lambda: f'6{d(2)} {d(3)} {d(3)}', lambda: f'+48 5{d(2)}-{d(3)}-{d(3)}'],
            'KR': [lambda: f'010-{d(4)}-{d(4)}', lambda: f'+82 10-{d(4)}-{d(4)}', lambda: f'02-{d(3)}-{d(4)}',
                   lambda: f'+82 2 {d(4)} {d(4)}'],
            'CN': [lambda: f'+86 1{c("3589")}{d(1)} {d(4)} {d(4)}', lambda: f'010-{d(4)} {d(4)}',
                   lambda: f'1{c("3589")}{d(9)}', lambda: f'(021) {d(4)}-{d(4)}'],
            'PH': [lambda: f'+63 9{d(2)} {d(3)} {d(4)}', lambda: f'09{d(2)} {d(3)} {d(4)}', lambda: f'(02) 8{d(3)} {d(4)}'],
            'NG': [lambda: f'+234 80{d(1)} {d(3)} {d(4)}', lambda: f'080{d(1)} {d(3)} {d(4)}', lambda: f'+234 (0)70{d(1)} {d(3)} {d(4)}'],
            'AU': [lambda: f'+61 2 {d(4)} {d(4)}', lambda: f'04{d(2)} {d(3)} {d(3)}', lambda: f'(03) {d(4)} {d(4)}'],
            'SA': [lambda: f'+966 5{d(1)} {d(3)} {d(4)}', lambda: f'05{d(1)} {d(3)} {d(4)}'],
            'RU': [lambda: f'+7 495 {d(3)}-{d(2)}-{d(2)}', lambda: f'8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}',
                   lambda: f'+7 9{d(2)} {d(3)} {d(2)} {d(2)}'],
            'TR': [lambda: f'+90 5{d(2)} {d(3)} {d(2)} {d(2)}', lambda: f'05{d(2)} {d(3)} {d(2)} {d(2)}',
                   lambda: f'(0212) {d(3)} {d(2)} {d(2)}'],
            'VN': [lambda: f'+84 9{d(1)} {d(3)} {d(4)}', lambda: f'09{d(1)} {d(3)} {d(4)}', lambda: f'+84 28 {d(4)} {d(4)}'],
            'IE': [lambda: f'+353 8{c("3567")} {d(3)} {d(4)}', lambda: f'08{c("3567")} {d(3)} {d(4)}', lambda: f'(01) {d(3)} {d(4)}'],
            'CA': [lambda: f'+1 {c(["416", "647", "514", "604", "403", "613", "902"])} {self.r.randint(201, 989)} {d(4)}',
                   lambda: f'({c(["416", "514", "604", "780", "204"])}) {self.r.randint(201, 989)}-{d(4)}'],
        }
        return country, c(f[country])()

    # ------------------------------------------------------------------ e-mail and URLs
    US_DOMAINS = ['gmail.com'] * 6 + ['yahoo.com'] * 3 + ['hotmail.com', 'outlook.com', 'icloud.com', 'aol.com',
                                                          'comcast.net', 'att.net', 'verizon.net', 'sbcglobal.net',
                                                          'protonmail.com', 'me.com', 'live.com', 'msn.com',
                                                          'charter.net', 'bellsouth.net', 'cox.net', 'ymail.com',
                                                          'frontier.com', 'earthlink.net']
    INTL_DOMAINS = {'DE': ['gmx.de', 'web.de', 't-online.de'], 'FR': ['orange.fr', 'free.fr', 'laposte.net'],
                    'IT': ['libero.it', 'virgilio.it'], 'UK': ['yahoo.co.uk', 'btinternet.com', 'hotmail.co.uk'],
                    'BR': ['uol.com.br', 'terra.com.br', 'bol.com.br'], 'ES': ['hotmail.es', 'telefonica.net'],
                    'PL': ['wp.pl', 'onet.pl', 'o2.pl'], 'KR': ['naver.com', 'daum.net'], 'CN': ['qq.com', '163.com'],
                    'JP': ['yahoo.co.jp', 'docomo.ne.jp'], 'IN': ['rediffmail.com', 'gmail.com'],
                    'RU': ['mail.ru', 'yandex.ru'], 'MX': ['prodigy.net.mx', 'hotmail.com'], 'NL': ['ziggo.nl', 'kpnmail.nl'],
                    'AU': ['bigpond.com', 'optusnet.com.au'], 'PH': ['yahoo.com.ph', 'gmail.com'], 'NG': ['yahoo.com', 'gmail.com'],
                    'CA': ['rogers.com', 'sympatico.ca', 'shaw.ca'], 'IE': ['eircom.net', 'gmail.com'], 'TR': ['hotmail.com.tr', 'gmail.com'],
                    'SA': ['hotmail.com', 'gmail.com']}

    def handle(self, first, last):
        fa, la = self.ascii(first).lower().replace(' ', '').replace("'", ''), self.ascii(last).lower().replace(' ', '').replace("'", '')
        if not fa:
            fa = self.c(['mama', 'jun', 'lee', 'kim', 'wang', 'ana', 'sam'])
        if not la:
            la = self.c(['family', 'home', 'care', 'chen', 'li', 'park'])
        n2 = str(self.r.randint(1, 99))
        yr = str(self.r.randint(1940, 2005))
        return self.c([f'{fa}.{la}', f'{fa}{la}', f'{fa[0]}{la}', f'{fa}_{la}{n2}', f'{la}.{fa}', f'{fa}{la}{yr[2:]}',
                       f'{fa}.{la}{yr}', f'{la}{fa[0]}{n2}', f'{fa}{n2}', f'{fa}-{la}', f'{la}family', f'{fa}.{la[0]}'])

    def email(self, first, last, country=None):
        dom = self.c(self.INTL_DOMAINS.get(country, self.US_DOMAINS)) if country else self.c(self.US_DOMAINS)
        return f'{self.handle(first, last)}@{dom}'

    def url(self, first, last, intl_tld=None, kind=None):
        fa, la = self.ascii(first).lower().replace(' ', ''), self.ascii(last).lower().replace(' ', '')
        fa = fa or 'mama'
        la = la or 'family'
        n = self.r.randint
        hexs = ''.join(self.c('0123456789abcdef') for _ in range(6))
        if intl_tld:
            return self.c([f'www.{la}-{fa}.{intl_tld}', f'https://{fa}{la}.{intl_tld}', f'http://www.{la}{fa[0]}.{intl_tld}/' + ('kontakt' if intl_tld in ('de', 'at') else 'contact'),
                           f'https://www.facebook.com/{fa}.{la}.{n(1, 999)}', f'instagram.com/{fa}_{la}'])
        kinds = {
            'fund': [f'https://www.gofundme.com/f/{fa}-{la}-{self.c(["medical-bills", "recovery-fund", "cancer-fight", "kidney-transplant", "help"])}',
                     f'caringbridge.org/visit/{fa}{la}', f'https://www.caringbridge.org/site/{fa}-{la}',
                     f'https://lotsahelpinghands.com/c/{n(100000, 999999)}-{la}-family',
                     f'https://www.mealtrain.com/trains/{la}-{fa}-{n(10, 99)}', f'https://sites.google.com/view/{la}-family-care'],
            'social': [f'www.facebook.com/{fa}.{la}.{n(1, 9999)}', f'instagram.com/{fa}.{la}{n(1, 99)}',
                       f'youtube.com/@{fa}{la}', f'https://x.com/{fa}_{la}', f'tiktok.com/@{fa}.{la}'],
            'site': [f'https://linkedin.com/in/{fa}-{la}-{hexs}', f'https://{fa}{la}.com', f'www.{la}family.net/{fa}',
                     f'{fa}{la}.substack.com', f'http://www.{fa}{la}photography.com/about', f'https://{fa}-{la}.squarespace.com'],
            'pay': [f'venmo.com/u/{first.replace(" ", "-")}-{last.replace(" ", "-")}-{n(1, 99)}', f'paypal.me/{fa}{la}',
                    f'https://cash.app/${fa}{la}{n(1, 99)}'],
            'obit': [f'https://www.legacy.com/us/obituaries/name/{fa}-{la}-obituary?id={n(10000000, 59999999)}'],
        }
        if kind is None:
            kind = self.c(['fund', 'fund', 'social', 'social', 'site', 'site', 'pay', 'obit'])
        return self.c(kinds[kind])

    # ------------------------------------------------------------------ numbers
    def ssn(self, shape=None):
        a = self.r.randint(1, 899)
        while a == 666:
            a = self.r.randint(1, 899)
        g, s = self.r.randint(1, 99), self.r.randint(1, 9999)
        shape = shape or self.c(['dash'] * 6 + ['space'] * 2 + ['none'] * 2 + ['dot'])
        return {'dash': f'{a:03d}-{g:02d}-{s:04d}', 'space': f'{a:03d} {g:02d} {s:04d}',
                'none': f'{a:03d}{g:02d}{s:04d}', 'dot': f'{a:03d}.{g:02d}.{s:04d}'}[shape]

    def mbi(self):
        alpha = 'ACDEFGHJKMNPQRTUVWXY'
        an = alpha + string.digits
        s = (self.c('123456789') + self.c(alpha) + self.c(an) + self.c(string.digits) + self.c(alpha) + self.c(an) +
             self.c(string.digits) + self.c(alpha) + self.c(alpha) + self.c(string.digits) + self.c(string.digits))
        return self.c([s, f'{s[:4]}-{s[4:7]}-{s[7:]}', f'{s[:4]} {s[4:7]} {s[7:]}'])

    def mrn(self):
        """(label, value) of a medical record / member / chart number, US style."""
        U = string.ascii_uppercase
        kind = self.c(['mrn', 'mrn', 'mrn', 'chart', 'member', 'member', 'medicare', 'medicaid', 'patient'])
        if kind == 'mrn':
            return self.c(['MRN', 'MRN:', 'MRN#', 'mrn', 'Med Rec #', 'medical record #', 'MR#', 'Medical Record No.']), \
                self.c([self.digits(8), self.digits(7), self.digits(9), f'{self.digits(3)}-{self.digits(4)}-{self.digits(2)}',
                        f'{self.c(U)}{self.digits(7)}', f'{self.digits(2)}-{self.digits(6)}'])
        if kind == 'chart':
            return self.c(['chart #', 'chart no.', 'Chart:', 'chart number']), \
                self.c([f'{self.c(U)}-{self.digits(6)}', f'{self.digits(2)}-{self.digits(5)}', self.digits(6)])
        if kind == 'member':
            return self.c(['member ID', 'Member #:', 'member id', 'insurance ID', 'Subscriber ID', 'ID#', 'policy #']), \
                self.c([f'{self.c(U)}{self.c(U)}{self.c(U)}{self.digits(9)}', f'{self.c(U)}{self.digits(9)}',
                        self.digits(11), f'{self.c(U)}{self.c(U)}{self.digits(8)}', f'{self.c(["W", "H", "U"])}{self.digits(9)} {self.digits(2)}'])
        if kind == 'medicare':
            return self.c(['Medicare #', 'MBI', 'Medicare number', 'medicare id', 'Medicare ID:']), self.mbi()
        if kind == 'medicaid':
            return self.c(['Medicaid #', 'Medicaid ID', 'medicaid no', 'CIN']), \
                self.c([f'{self.digits(9)}{self.c(U)}', f'{self.c(U)}{self.c(U)}{self.digits(5)}{self.c(U)}',
                        self.digits(10), f'{self.c(U)}{self.digits(8)}'])
        return self.c(['patient ID', 'Pt ID', 'hospital #', 'Acct/MRN']), f'{self.digits(4)}-{self.digits(5)}'

    def intl_mrn(self, country=None):
        d = self.digits
        U = string.ascii_uppercase
        if country is None:
            country = self.c(['UK', 'CA', 'DE', 'AU', 'MX', 'FR', 'XX', 'XX'])
        elif country not in ('UK', 'CA', 'DE', 'AU', 'MX', 'FR', 'JP', 'KR', 'IN', 'BR', 'NL', 'IT', 'ES'):
            country = 'XX'
        if country == 'UK':
            return country, self.c(['NHS number', 'NHS no.', 'NHS #']), f'{d(3, True)} {d(3)} {d(4)}'
        if country == 'CA':
            return country, self.c(['OHIP', 'health card #', 'OHIP no.']), f'{d(4, True)}-{d(3)}-{d(3)}-{self.c(U)}{self.c(U)}'
        if country == 'DE':
            return country, self.c(['Versichertennummer', 'KV-Nr.', 'insurance no.']), f'{self.c(U)}{d(9)}'
        if country == 'AU':
            return country, self.c(['Medicare card', 'Medicare no.']), f'{self.c("23456")}{d(3)} {d(5)} {self.c("123456789")}'
        if country == 'MX':
            return country, self.c(['NSS', 'número IMSS', 'afiliación IMSS']), f'{d(2)}-{d(2)}-{d(2)}-{d(4)}-{d(1)}'
        if country == 'FR':
            return country, self.c(['n° de sécurité sociale', 'carte Vitale n°']), f'{self.c("12")} {d(2)} {d(2)} {d(2)} {d(3)} {d(3)} {d(2)}'
        if country == 'JP':
            return country, self.c(['保険証番号', 'insurance card no.']), f'{d(8)}'
        if country == 'KR':
            return country, self.c(['건강보험 번호', 'NHIS no.']), f'{d(1, True)}-{d(10)}'
        if country == 'IN':
            return country, self.c(['ABHA no.', 'UHID']), f'{d(2, True)}-{d(4)}-{d(4)}-{d(4)}'
        if country == 'BR':
            return country, self.c(['Cartão SUS', 'CNS']), f'{self.c("12789")}{d(2)} {d(4)} {d(4)} {d(4)}'
        if country == 'NL':
            return country, self.c(['zorgverzekering nr.', 'patiëntnummer']), f'{d(9)}'
        if country == 'IT':
            return country, self.c(['tessera sanitaria n.', 'n. cartella']), f'{d(20)}' if self.chance(.3) else f'{d(8)}'
        if country == 'ES':
            return country, self.c(['tarjeta sanitaria', 'CIP', 'NHC']), f'{self.c(U)}{self.c(U)}{self.c(U)}{self.c(U)}{d(10)}'
        return country, self.c(['hospital no.', 'patient ID', 'insurance no.', 'chart no.']), f'{self.c(U)}{d(7)}'

    MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
              'November', 'December']

    def dob(self, intl=False, lo=1928, hi=2012):
        y, m, dd = self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)
        M = self.MONTHS[m - 1]
        if intl:
            return self.c([f'{dd:02d}/{m:02d}/{y}', f'{dd:02d}.{m:02d}.{y}', f'{dd}.{m}.{y}', f'{y}年{m}月{dd}日',
                           f'{dd} {M} {y}', f'{dd}-{m:02d}-{y}', f'{y}.{m:02d}.{dd:02d}', f'{y}/{m:02d}/{dd:02d}',
                           f'{dd} {self.c(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "octobre"])} {y}',
                           f'{dd}. {self.c(["Januar", "März", "Mai", "Juli", "Oktober", "Dezember"])} {y}'])
        return self.c([f'{m:02d}/{dd:02d}/{y}', f'{m}/{dd}/{y}', f'{m}/{dd}/{str(y)[2:]}', f'{m:02d}-{dd:02d}-{y}',
                       f'{y}-{m:02d}-{dd:02d}', f'{M} {dd}, {y}', f'{M[:3]} {dd} {y}', f'{M} {dd}th {y}' if dd not in (1, 2, 3, 21, 22, 23) else f'{M} {dd}, {y}',
                       f'{dd} {M} {y}', f'{dd}-{M[:3]}-{y}', f'{m}.{dd}.{y}', f'{m:02d}{dd:02d}{y}', f'{M[:3]}. {dd}, {y}'])

    # accounts
    IBAN_LOCALES = ['de_DE', 'fr_FR', 'es_ES', 'it_IT', 'nl_NL', 'en_GB', 'pl_PL', 'pt_PT', 'tr_TR', 'de_AT', 'fr_CH',
                    'nl_BE', 'en_IE', 'da_DK', 'fi_FI', 'el_GR', 'pt_BR']

    @staticmethod
    def iban_ok(s):
        s = s.replace(' ', '').upper()
        return int(''.join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1

    def iban(self, loc=None):
        loc = loc or self.c(self.IBAN_LOCALES)
        raw = self.fk[loc].iban()
        assert self.iban_ok(raw), raw
        style = self.c(['spaced', 'spaced', 'compact', 'spaced_lower', 'compact_lower'])
        spaced = ' '.join(raw[i:i + 4] for i in range(0, len(raw), 4))
        return loc, {'spaced': spaced, 'compact': raw, 'spaced_lower': spaced.lower(), 'compact_lower': raw.lower()}[style]

    @staticmethod
    def luhn_ok(num):
        tot = 0
        for i, ch in enumerate(reversed(num)):
            x = int(ch)
            if i % 2 == 1:
                x *= 2
                if x > 9:
                    x -= 9
            tot += x
        return tot % 10 == 0

    def card(self):
        kind = self.c(['visa', 'visa', 'mastercard', 'mastercard', 'amex', 'discover'])
        num = self.fk['en_US'].credit_card_number(card_type=kind)
        if self.chance(.2):  # a mistyped one: Luhn fails, still a card number to remove
            last = str((int(num[-1]) + self.r.randint(1, 9)) % 10)
            num = num[:-1] + last
        if len(num) == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i:i + 4] for i in range(0, len(num), 4)]
        sep = self.c([' ', ' ', '-', '', ' '])
        return kind, sep.join(groups)

    def routing(self):
        while True:
            d = [int(x) for x in self.digits(8)]
            d[0] = self.c([0, 0, 1, 1, 2, 2, 3])
            for last in range(10):
                w = d + [last]
                if (3 * (w[0] + w[3] + w[6]) + 7 * (w[1] + w[4] + w[7]) + (w[2] + w[5] + w[8])) % 10 == 0:
                    return ''.join(map(str, w))

    def bank_account(self):
        return self.c([self.digits(10), self.digits(12), self.digits(8), f'{self.digits(4)}-{self.digits(6)}',
                       f'000{self.digits(7)}', self.digits(9)])
