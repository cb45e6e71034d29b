"""Identifier values for the styled corpus: phones, addresses, accounts, non-Latin names.

Each maker returns (surface, shape, region); region is US for US formats and INTL otherwise.
Written for the eval, independent of the redactor's own rules.
"""

from __future__ import annotations

import random
import string

import phonenumbers as pn
from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn

Value = tuple[str, str, str]

INTL_PHONE_REGIONS = ["GB", "DE", "FR", "MX", "BR", "JP", "IN", "ES", "IT", "NL", "PL", "CN", "KR",
                      "PH", "AU", "NG", "TR", "VN", "CA"]  # fmt: skip
ADDRESS_LOCALES = ["en_GB", "en_CA", "de_DE", "fr_FR", "es_MX", "pt_BR", "ja_JP", "en_IN", "it_IT",
                   "es_ES", "nl_NL", "pl_PL", "zh_CN", "ko_KR", "hi_IN"]  # fmt: skip
NONLATIN_LOCALES = ["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN", "el_GR", "he_IL", "th_TH"]
IBAN_COUNTRIES = {"GB": "{b4}{d14}", "DE": "{d18}", "FR": "{d10}{a11}{d2}", "ES": "{d20}", "IT": "X{d10}{a12}",
                  "NL": "{b4}{d10}", "BE": "{d12}", "CH": "{d17}", "PL": "{d24}", "PT": "{d21}",
                  "IE": "{b4}{d14}", "AT": "{d16}", "MX": None}  # fmt: skip
VANITY = ["FLOWERS", "CALLNOW", "GETHELP", "NANCYPT", "DRJONES", "MYCAKES", "BAKERS1"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def us_phone(rng: random.Random) -> Value:
    """A US number in one of many shapes, sometimes with an extension."""
    a, p, line = f"{rng.randint(2, 9)}{_digits(rng, 2)}", f"{rng.randint(2, 9)}{_digits(rng, 2)}", _digits(rng, 4)
    forms = {
        "parens": f"({a}) {p}-{line}", "dashes": f"{a}-{p}-{line}", "dots": f"{a}.{p}.{line}",
        "plain": f"{a}{p}{line}", "+1 spaces": f"+1 {a} {p} {line}", "1-dashes": f"1-{a}-{p}-{line}",
        "001": f"001-{a}-{p}-{line}", "+1 dots": f"+1.{a}.{p}.{line}", "+1(aaa)": f"+1({a}){p}-{line}",
    }  # fmt: skip
    shape = rng.choice(list(forms))
    surface = forms[shape]
    roll = rng.random()
    if roll < 0.3:
        ext = rng.choice([f" x{_digits(rng, rng.randint(2, 5))}", f" ext. {_digits(rng, 3)}",
                          f" extension {rng.randint(1, 99)}", f"x{_digits(rng, 4)}", f" ext {_digits(rng, 2)}"])  # fmt: skip  # noqa: E501
        surface, shape = surface + ext, shape + "+ext"
    elif roll < 0.36:
        word = rng.choice(VANITY)
        surface, shape = f"1-{rng.choice(['833', '877', '888'])}-{word}", "vanity"
    return surface, shape, "US"


def intl_phone(rng: random.Random) -> Value:
    """A valid number of another country, in its international or national format."""
    region = rng.choice(INTL_PHONE_REGIONS)
    kind = rng.choice([pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE])
    example = pn.example_number_for_type(region, kind) or pn.example_number(region)
    assert example is not None
    for _ in range(30):
        national = str(example.national_number)
        keep = max(2, len(national) - 5)
        candidate = pn.parse(f"+{example.country_code}{national[:keep]}{_digits(rng, len(national) - keep)}")
        if pn.is_valid_number(candidate):
            example = candidate
            break
    fmt = rng.choice([pn.PhoneNumberFormat.INTERNATIONAL, pn.PhoneNumberFormat.NATIONAL, pn.PhoneNumberFormat.E164])
    if region == "CA":
        fmt = pn.PhoneNumberFormat.INTERNATIONAL
    return pn.format_number(example, fmt), f"{region} {fmt}", "INTL"


def us_address(fake: Faker, rng: random.Random) -> Value:
    """A whole US address: street with unit, city, state, ZIP or ZIP+4; one line or two."""
    addr = fake.address()
    if "\n" not in addr:
        addr = f"{addr}\n{fake.city()}, {fake.state_abbr()} {fake.zipcode()}"
    street, last = addr.split("\n", 1)
    if rng.random() < 0.25 and street[:1].isdigit():
        street += rng.choice(
            [f" #{rng.randint(1, 40)}", f", Apt {rng.randint(1, 9)}{rng.choice('ABC')}", f" Unit {rng.randint(1, 300)}"]
        )
    if rng.random() < 0.3 and last[-5:].isdigit():
        last += f"-{_digits(rng, 4)}"
    sep = rng.choice(["\n", ", ", ", ", " "])
    shape = "military" if street.split()[0] in {"PSC", "Unit", "USNS", "USNV", "USS", "USCGC", "CMR"} else "street"
    return f"{street}{sep}{last}", shape, "US"


def us_short_address(fake: Faker, rng: random.Random) -> Value:
    """City-state-ZIP, PO box, rural route or a street line alone."""
    match rng.randrange(5):
        case 0:
            return f"{fake.city()}, {fake.state_abbr()} {fake.zipcode()}", "city, st zip", "US"
        case 1:
            box = rng.choice(["PO Box", "P.O. Box", "P O Box", "POB"])
            return f"{box} {rng.randint(1, 9999)}, {fake.city()}, {fake.state_abbr()} {fake.zipcode()}", "po box", "US"
        case 2:
            return (
                f"RR {rng.randint(1, 9)} Box {rng.randint(1, 99)}, {fake.city()}, {fake.state_abbr()} {fake.zipcode()}",
                "rural route",
                "US",
            )
        case 3:
            mil = rng.choice([f"PSC {rng.randint(1000, 9999)}, Box {rng.randint(1000, 9999)}",
                              f"Unit {rng.randint(1000, 9999)} Box {rng.randint(1000, 9999)}",
                              f"CMR {rng.randint(100, 999)} Box {rng.randint(1000, 9999)}"])  # fmt: skip
            return (
                f"{mil} {rng.choice(['APO', 'FPO', 'DPO'])} {rng.choice(['AA', 'AE', 'AP'])} {fake.zipcode()}",
                "military",
                "US",
            )
        case _:
            return fake.street_address(), "street line", "US"


def intl_address(fakers: dict[str, Faker], rng: random.Random) -> Value:
    """A Faker address of another country, on one line or several."""
    locale = rng.choice(ADDRESS_LOCALES)
    addr = fakers[locale].address()
    sep = rng.choice(["\n", ", "])
    return addr.replace("\n", sep), locale, "INTL"


def intl_city_postcode(fakers: dict[str, Faker], rng: random.Random) -> Value:
    """A postcode next to a city: 'SW1A 2AA London', '10115 Berlin', 'Toronto, ON M5V 2T6'."""
    locale = rng.choice(["en_GB", "de_DE", "fr_FR", "es_MX", "pt_BR", "en_CA", "en_IN", "nl_NL", "pl_PL", "it_IT"])
    fake = fakers[locale]
    city, code = fake.city(), fake.postcode()
    if locale in {"en_GB", "en_CA", "en_IN"}:
        return f"{city} {code}" if locale != "en_CA" else f"{city}, {fake.province_abbr()} {code}", locale, "INTL"
    return f"{code} {city}", locale, "INTL"


def nonlatin_name(fakers: dict[str, Faker], rng: random.Random) -> Value:
    """A name in its own script."""
    locale = rng.choice(NONLATIN_LOCALES)
    return fakers[locale].name().replace("\u3000", " "), locale, "INTL"


def nonlatin_place(fakers: dict[str, Faker], rng: random.Random) -> Value:
    """A city in its own script."""
    locale = rng.choice(["ja_JP", "zh_CN", "ko_KR", "ru_RU", "hi_IN", "el_GR", "ar_SA"])
    return fakers[locale].city(), locale, "INTL"


def iban(rng: random.Random) -> Value:
    """A checksum-valid IBAN, grouped or not, upper or lower case."""
    country = rng.choice([c for c, f in IBAN_COUNTRIES.items() if f])
    pattern = IBAN_COUNTRIES[country] or ""
    bban = pattern
    for token, maker in (("{b4}", lambda: "".join(rng.choice(string.ascii_uppercase) for _ in range(4))),):
        bban = bban.replace(token, maker())
    for n in (24, 21, 20, 18, 17, 16, 14, 12, 11, 10, 2):
        bban = bban.replace(f"{{d{n}}}", _digits(rng, n)).replace(f"{{a{n}}}", _digits(rng, n))
    check = std_iban.calc_check_digits(f"{country}00{bban}")
    compact = f"{country}{check}{bban}"
    surface = std_iban.format(compact) if rng.random() < 0.5 else compact
    if rng.random() < 0.3:
        surface = surface.lower()
    return surface, "iban", "INTL"


def card(rng: random.Random, valid: bool = True) -> Value:
    """A 16-digit card number (Luhn-valid unless asked), grouped by 4 or not."""
    body = rng.choice(["4", "5", "37", "6011"]) + _digits(rng, 11)
    body = body[:15] if len(body) >= 15 else body + _digits(rng, 15 - len(body))
    number = body + luhn.calc_check_digit(body)
    if not valid:
        number = number[:-1] + str((int(number[-1]) + 1) % 10)
    sep = rng.choice([" ", "-", ""])
    surface = sep.join(number[i : i + 4] for i in range(0, 16, 4))
    return surface, "card" if valid else "card bad luhn", "US"


def routing(rng: random.Random) -> Value:
    """A nine-digit ABA routing number with a valid checksum."""
    while True:
        d = [int(c) for c in f"{rng.randint(1, 3)}{_digits(rng, 7)}"]
        for last in range(10):
            digits = [*d, last]
            if sum(w * x for w, x in zip([3, 7, 1] * 3, digits, strict=True)) % 10 == 0:
                return "".join(map(str, digits)), "routing", "US"


def bank_account(rng: random.Random) -> Value:
    """A bank account number (8 to 12 digits)."""
    return _digits(rng, rng.randint(8, 12)), "bank account", "US"
