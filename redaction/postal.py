"""Whole addresses in free text: parts found by pattern, joined, and checked by usaddress.

An address is found from its parts: a street line (number + street words + suffix, or a
street word of another language + number), a unit, a PO box, a military or rural-route box,
"City, ST 12345", a postcode of one of the supported countries, a place name in a non-Latin
script. Parts separated only by commas, spaces, dashes or one line break join into one span,
so a detected street takes its unit, city, state and ZIP with it. A join needs one strong part
(a street line, a box, a state with ZIP, a structured postcode); a lone five-digit number or a
lone capitalised word never makes an address. US candidates end where usaddress stops
labelling tokens as address parts ("... IL 62704 and she" ends at the ZIP).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex
import usaddress
from spacy.lang.en.stop_words import STOP_WORDS

from . import compiled
from .address import vocabulary
from .lexicon import place_not_names
from .recognizers import GRID_NUMBER, street_address_regex
from .textutil import fold, longest_first

_FLAGS = regex.IGNORECASE | regex.VERSION1


@dataclass(frozen=True)
class Part:
    """A piece of an address; strong pieces can make an address on their own."""

    start: int
    end: int
    strong: bool


_STOPS = "|".join(
    sorted(
        (
            regex.escape(w)
            for w in STOP_WORDS
            | {"lives", "live", "lived", "called", "visit", "send", "mail", "moved", "write", "ship", "address"}
        ),
        key=longest_first,
    )
)  # noqa: E501
_CWORD = rf"(?:(?!(?i:{_STOPS})\b)(?:\p{{Lu}}\p{{L}}{{0,3}}\.|\p{{Lu}}[\p{{L}}'’\-]*))"
_CITY = rf"(?-i:{_CWORD}(?:[ ](?:de|da|do|del|la|las|los|sur|upon|on|am|an|der|di)?[ ]?{_CWORD}){{0,3}})"
# the shape of a US town's name: a direction or 'New', 'Lake', 'Port' ... before a word, or a town's ending
_TOWN_SHAPE = (
    r"(?-i:(?:(?:North|South|East|West|New|Lake|Port|Fort|Mount|Glen|Grand)[ ]\p{Lu}\p{Ll}+)"
    r"|\p{Lu}\p{Ll}+(?:fort|ville|view|land|berg|burg|burgh|borough|boro|bury|side|port|mouth|stad|furt|chester|"
    r"haven|shire|ton|town|field|ford|wood|dale|ridge|mont))"
)
_LOWER_TOWN_SHAPE = (
    r"(?:(?:north|south|east|west|new|lake|port|fort|mount|glen|grand)[ ][a-z]{3,}"
    r"|[a-z]{2,}(?:fort|ville|view|land|berg|burg|burgh|borough|boro|bury|side|port|mouth|stad|furt|chester|"
    r"haven|shire|ton|town|field|ford|wood|dale|ridge|mont))"
)
_MX_CITY = r"(?-i:\p{Lu}[\p{L}]+(?:[ ](?:de|del|la|las|los|el|y|altos|bajos|\p{Lu}[\p{L}]+)){0,4})"
_MX_STATES = (
    r"AGS|BC|BCS|CAMP|CHIH|CHIS|COAH|COL|CDMX|DF|DGO|GRO|GTO|HGO|JAL|MEX|MICH|MOR|NAY|NL|OAX|PUE|Q\.?[ ]?ROO|QRO|SIN|"
    r"SLP|SON|TAB|TAMPS|TLAX|VER|YUC|ZAC"
)
_BR_CITY = r"(?-i:(?:(?:da|das|do|dos|de)[ ])?\p{Lu}[\p{L}'’]+(?:[ ](?:de|da|do|das|dos|\p{Lu}[\p{L}'’]+)){0,4})"
_BR_STATES = r"AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO"
# an abbreviation's full stop before the comma joins too ('Невский пр., д. 71')
_GAP = regex.compile(r"[ \t]*(?:\.,|[,;/\-–，、]|\n|\(|\))?[ \t]*(?:\n[ \t]*)?", _FLAGS)
_INTL_STREET_WORDS = (
    r"rue|avenue|av|avda|avenida|boulevard|bd|blvd|chemin|impasse|allée|quai|calle|carrera|camino|paseo|"
    r"plaza|privada|cerrada|calzada|rua|travessa|alameda|estrada|rodovia|via|viale|piazza|corso|strada|"
    r"vicolo|largo|ul|ulica|aleja|al|os|plac|straße|strasse|str|weg|platz|gasse|allee|ring|damm|laan|"
    r"straat|gracht|singel|plein|kade|chowk|marg|nagar|road|street|lane|jardim|vila|colonia|col|"
    r"boulevard|sokak|caddesi|mahallesi|ngõ|đường|phố|jalan|jl|"
    # Portuguese, Spanish, French, Italian and Polish street and neighbourhood types (postal usage)
    r"recanto|vereda|favela|chácara|chacara|condomínio|condominio|conjunto|esplanada|fazenda|ladeira|"
    r"loteamento|núcleo|nucleo|passarela|pátio|patio|praça|praca|quadra|residencial|setor|sítio|sitio|trecho|"
    r"trevo|viaduto|viela|andador|callejón|callejon|circuito|circunvalación|continuación|corredor|diagonal|"
    r"pasaje|peatonal|periférico|periferico|prolongación|prolongacion|retorno|route|passage|cours|sentier|"
    r"place|contrada|borgo|piazzale|vico|pl|osiedle|aleje|skwer|rynek|bulwar|"
    # more Spanish and Italian street types (thirty-fourth pass: 'Pasadizo de Rita Falcó 88', 'Stretto Faugno, 38')
    r"pasadizo|vial|cuesta|ronda|urbanización|urbanizacion|acceso|cañada|carretera|glorieta|travesía|travesia|"
    r"stretto|incrocio|rotonda|canale|"
    r"path|ganj|colony|sector|block|mohalla|gali|layout|extension|enclave|"
    # Russian and Ukrainian street types and their abbreviations (street, avenue, lane, embankment, square, district)
    r"ул|улица|вул|вулиця|пр|просп|проспект|пер|переулок|провулок|бульвар|бул|наб|набережная|шоссе|пл|площадь|"
    r"площа|мкр|микрорайон|алл|аллея|ш|тупик|туп|проезд|линия|"
    # Vietnamese ward, district, province and city words ('Phường Hàng Bài, Quận Hoàn Kiếm')
    r"phường|quận|huyện|tỉnh|thị xã|xã|thành phố|tp|"
    # Catalan, Welsh and Irish street types, Spanish 'C/' and French 'ch.' (chemin) (fifteenth pass)
    r"carrer|passeig|avinguda|plaça|travessera|rambla|heol|ffordd|stryd|bóthar|sráid|c/|ch"
)
# Street types written after the name (Turkish): 'Bağdat Cad. No:214 D:7', 'Atatürk Bulvarı No:45 Daire 8'
_POSTFIX_STREET = (
    r"(?-i:\p{Lu}[\p{L}'’\-]*)(?:\s+(?-i:\p{Lu})[\p{L}'’\-]*){0,2}\s+"
    r"(?:Cad\.|Caddesi|Cd\.|Sok\.|Sokak|Sokağı|Sk\.|Bulvarı|Blv\.|Bulv\.|Mah\.|Mahallesi|Mh\.)"
    r"(?:\s*No\s*[:.]?\s*\d{1,5}[a-z]?(?:/\d{1,4})?)?(?:\s*(?:D|Daire|Kat)\s*[:.]?\s*\d{1,4})?(?![\w])"
)
# Numbered cross streets and stages of Indian addresses: '3rd Cross', '2nd Main', '4th Stage', '1st Block'
_ORDINAL_STREET = (
    r"(?<![\w])\d{1,2}(?-i:st|nd|rd|th)\s+(?-i:Cross|Main|Stage|Phase|Block|Sector)(?:\s+(?-i:Road|Rd))?(?![\w])"
)
_NUMBERED_STREET_WORDS = (
    "Calle|Carrera|Cra|Cr|Avenida|Av|Avda|Diagonal|Transversal|Tv|Circular|Rua|Via|Strada|Route|Ruta|Sector|Block|"
    "Street|Road|Lane|Gali|Galli"  # numbered streets of Pakistani and Indian addresses ('House 12, Street 4')
)
_COMPOUND_STREET = r"(?-i:\p{Lu}[\p{Ll}\-]{2,}(?:straße|strasse|str\.|weg|platz|gasse|allee|ring|damm|gracht|straat|laan|singel|kade|plein|veien|vägen|gatan|gade|utca|tér))"  # noqa: E501


# state codes that are also words in lower case ('in', 'me', 'or', 'ok', 'hi', Spanish 'mi', 'de', 'la')
_WORD_CODES = frozenset("al as co de hi id in la ma me mi ms oh ok or pa aa ae ap".split())
# English words that link a sentence, never a street's name after its type (a message typed in lower case is read
# title-cased: 'new place is 88 willow bend rd' gave 'Place Is 88')
_ENGLISH_LINKS = (
    r"(?i:is|was|are|at|in|on|to|for|with|and|the|my|his|her|our|their|it|dob|mrn|ssn|dod|mbi)"  # or a label
)
_PROVINCES = "ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU"  # Canadian provinces and territories
_TERRITORIES = frozenset({"AS", "GU", "MP", "PR", "VI", "FM", "MH", "PW", "DC", "AA", "AE", "AP"})


# the states as newspapers abbreviate them (AP style), with their full stop
_AP_STATES = frozenset(
    r"Ala Ariz Ark Calif Colo Conn Fla Ga Ill Kan Kans Ky Md Mich Minn Mont Neb Nebr Nev N\.H N\.J N\.M N\.Y N\.C N\.D "
    r"Okla R\.I S\.C S\.D Tenn Tex Vt Va W\.Va Wis Wyo".split()
)
_AP_STATES_AMBIGUOUS = frozenset(r"Del Ind La Mass Miss Mo Ore Pa Wash".split())  # words and titles too


_ID_OWNERS = (
    r"medicare|medicaid|member|patient|pt|plan|policy|insurance|card|subscriber|claim|photo|student|state|employee|"
    r"group|user|login|record|chart|client|beneficiary|tax|voter|national|hospital|clinic|case|rx|pharmacy|my|her|his"
)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, tuple[regex.Pattern[str], bool]]:
    vocab = vocabulary()
    codes = {s.upper() for s in vocab.states if len(s) == 2} | _TERRITORIES
    # Idaho's code is an id's label after what the id is of ('Medicare ID 86681-18', 'Member ID 44812')
    states = "|".join(sorted(codes - {"ID"})) + rf"|(?<!(?i:{_ID_OWNERS})[ \t])ID"
    titled = "|".join(sorted({s.title() for s in codes}))
    lowered = "|".join(sorted({s.lower() for s in codes} - _WORD_CODES))
    full_states = "|".join(sorted((regex.escape(v) for v in vocab.states.values()), key=longest_first))
    ap_zip = "|".join(sorted(_AP_STATES | _AP_STATES_AMBIGUOUS, key=longest_first))
    ap_alone = "|".join(sorted(_AP_STATES, key=longest_first))
    units = "|".join(
        sorted(
            {
                *vocab.unit_words,
                "interior",
                "int",
                "depto",
                "dept",
                "piso",
                "flat",
                "bloco",
                "apto",
                "ap",
                "app",
                "appartamento",
                "interno",
                "scala",
                "daire",
                r"(?<!(?:my|our|her|his|their|the|your|a)\s)house",  # 'House 5'; not 'at my house 1513 Meadows ...'
                "plot",
                "studio",  # a British flat ('Studio 25')
                "puerta",  # a Spanish door ('88 Puerta 9')
                "piano",  # an Italian floor ('38 Piano 4')
                r"h\.?[ ]?no",  # an Indian house number ('H.No. 34, Dutt Nagar')
                "sector",  # an Indian town's sector ('C-42, Sector 15, Noida 201301')
                "blk",
            }
            - {"no"},
            key=longest_first,
        )  # longest first: 'Flat 69h' is a flat, not 'Fl' + 'at'
    )
    raw = {
        "street": (street_address_regex(), True),
        "intl_street": (rf"(?<![\w])(?:\d{{1,5}}[a-z]?(?:[ \t]+(?:bis|ter))?,?[ \t]+)?(?:{_INTL_STREET_WORDS})\.?(?:\s+(?:(?:de|del|de la|des|du|da|do|dos|das|di|della|dei|degli|delle|dello|dal|of|y|yr|na)\s+)?(?!{_ENGLISH_LINKS}(?![\p{{L}}]))(?-i:\p{{Lu}})[\p{{L}}'’.\-]*(?![\p{{L}}'’.\-]|[ \t]*(?:\([^()\n]{{0,20}}\))?[ \t]*:)){{1,4}}(?:,?\s+(?:No\.?\s*)?\d{{1,5}}[a-z]?(?:[\-/]\d{{1,4}})?)?(?![\w])", True),  # noqa: E501
        "numbered_street": (rf"(?<![\w])(?-i:(?:{_NUMBERED_STREET_WORDS})\.?)\s+\d{{1,3}}(?:\s?(?-i:[A-Z]|Bis|Sur|Norte))?(?![\w])", True),  # noqa: E501
        "postfix_street": (_POSTFIX_STREET, True),
        "ordinal_street": (_ORDINAL_STREET, True),
        "ie_postcode": (r"(?<![\w])(?-i:(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4})(?![\w])", True),
        "floor_door": (r"(?<![\w])\d{1,2}\s?[ºª°](?:\s?(?:(?-i:[A-Z])|(?:izq(?:da)?|izda|dcha|dcho|dto)\.?))?(?![\w])", False),  # noqa: E501
        "au_state_postcode": (r"(?<![\w])(?-i:NSW|VIC|QLD|SA|WA|TAS|NT|ACT),?\s+\d{4}(?![\w\-])", True),
        # a Japanese address in Latin letters: the block numbers before the district, then the ward ('2-8-1
        # Nishi-Shinjuku, Shinjuku-ku', '4-5-6 Jingumae, Shibuya-ku')
        "jp_block": (r"(?<![\w\-])\d{1,4}-\d{1,4}(?:-\d{1,4})?[ \t]+(?-i:\p{Lu})\p{L}+(?:-\p{L}+)?(?=,[ \t]*(?-i:\p{Lu})\p{L}+-(?:ku|shi|cho|machi|gun|ken)(?![\w]))", True),  # noqa: E501
        "jp_ward": (r"(?<![\w\-])(?-i:\p{Lu})\p{Ll}+-(?:ku|shi|cho|machi|gun|ken)(?![\w\-])", False),
        # a Mexican town, its state's abbreviation and its postcode ('Vieja Mónaco, GTO 81003', 'San Trinidad los bajos,
        # TAB 45384'), and a Brazilian postcode, town and state ('74833788 Gonçalves de Porto / BA')
        "mx_city_state_cp": (rf"(?<![\w]){_MX_CITY},[ \t]*(?-i:{_MX_STATES})\.?[ \t]+\d{{5}}(?:-\d{{4}})?(?![\w])", True),  # noqa: E501
        "br_cep_city": (rf"(?<![\w\-])\d{{5}}-?\d{{3}}[ \t]+{_BR_CITY}[ \t]*(?:/|-)[ \t]*(?-i:{_BR_STATES})(?![\w])", True),  # noqa: E501
        # an Indian street named before its type ('Joshi Marg', 'Puri Nagar', 'Dutt Nagar')
        "in_postfix_street": (r"(?<![\w])(?-i:\p{Lu}\p{Ll}+)[ ](?-i:Nagar|Marg|Ganj|Chowk|Zila|Colony|Bazar|Bazaar|Puram|Vihar|Enclave)(?![\w])", True),  # noqa: E501
        # a German street named by its place ('Am Rosenhang 3', 'An der Alster 12', 'Im Winkel 4a', 'Zur Mühle 2')
        "de_prefixed_street": (r"(?<![\w])(?-i:Am|Im|Zum|Zur|An[ ]der|Auf[ ]der|In[ ]der|Unter[ ]den)[ ](?-i:\p{Lu})\p{Ll}+(?:[ \-](?-i:\p{Lu})\p{Ll}+)?[ ]\d{1,4}[a-z]?(?![\w\-])", True),  # noqa: E501
        # a German street named for a person, hyphenated ('Miroslawa-Riehl-Weg 335'), a Dutch compound with its
        # number ('Jolieboulevard 0', 'Muhammeddreef 1'), an Italian postcode, town and province ('33043, Purgessimo
        # (UD)')
        "hyphen_street": (r"(?<![\w\-])(?-i:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*-(?:Straße|Strasse|Weg|Platz|Gasse|Allee|Ring|Damm|Steig|Pfad|Ufer))(?:\s+\d{1,5}[a-z]?(?:[\-/]\d{1,4})?)?(?![\w])", True),  # noqa: E501
        "nl_compound": (r"(?<![\w])(?-i:\p{Lu}\p{Ll}{2,}(?:boulevard|dreef|hof|steeg|pad|park|markt|erf))\s+\d{1,5}[a-zA-Z]?(?![\w])", True),  # noqa: E501
        "it_cap_city": (r"(?<![\w\-])\d{5},?[ \t]+(?-i:\p{Lu}[\p{L}'’]+(?:[ ](?:di|del|della|de|in|sul|\p{Lu}[\p{L}'’]+)){0,4})[ \t]*\((?-i:[A-Z]{2})\)", True),  # noqa: E501
        # a Vietnamese hamlet, lane, alley or street by its number ('Khóm 34', 'Đường số 86', 'Ngõ 29', 'Số 94/553')
        "vn_numbered": (r"(?<![\w])(?:\d{1,4}(?:/\d{1,4}){0,3}[ ])?(?:đường|khóm|ngõ|hẻm|khu|ấp|thôn|tổ|kiệt|ngách|số)[ ](?:số[ ])?\d{1,4}(?:/\d{1,4})*(?![\w])", False),  # noqa: E501
        # a Russian settlement by its type's abbreviation ('г. Поярково', 'ст. Тура', 'с. Тикси', 'п. Подольск')
        "ru_settlement": (r"(?<![\w])(?-i:г|с|д|ст|п|пгт|клх|снт|рп|дер|пос|х|аул)\.[ ]?(?-i:\p{Lu})[\p{Cyrillic}\-]+(?![\w])", True),  # noqa: E501
        "city_pin": (r"(?<![\w\-])(?:(?-i:\p{Lu}\p{Ll}+)|\p{Devanagari}[\p{Devanagari}\p{M}]*)-\d{6}(?![\w\-])", True),
        "compound_street": (rf"(?<![\w]){_COMPOUND_STREET}(?:\s+\d{{1,5}}[a-z]?(?:[\-/]\d{{1,4}})?)?(?![\w])", True),
        "unit_dot": (r"(?<![\w])(?-i:m|lok|kv|кв|д|к|корп|стр|буд|под|эт)\.\s?\d{1,4}[a-zа-я]?(?:/\d{1,4})?(?![\w])", False),  # noqa: E501 - 'кв. 45'
        # a unit's letter is no word in capitals ('HER HOUSE IS 305 E ELM ST': 'IS' is no flat)
        "unit": (rf"(?<![\w])(?:(?:{units})\.?\s*#?\s*|#\s?)(?:[A-Z]?\d[A-Z0-9\-]{{0,5}}|(?!{_ENGLISH_LINKS}(?![\w]))(?-i:[A-Z]{{1,2}}))(?![\w])", False),  # noqa: E501
        "po_box": (r"(?<![\w])(?:P\.?\s?O\.?\s*B(?:o|)x|POB|Post\s+Office\s+Box|Apartado(?:\s+Postal)?|Caixa\s+Postal)\s*#?\s*\d{1,6}(?![\w])", True),  # noqa: E501
        "military_box": (r"(?<![\w])(?:PSC|CMR|Unit|USNS|USS|USCGC)\s+[\w ]{0,20}?\d{1,5},?\s+Box\s+\d{1,5}(?![\w])", True),  # noqa: E501
        # a ship's name before its fleet post office ('USNS Supply, FPO AA 34050', 'uss ralph johnson fpo ap 96627')
        "military_ship": (r"(?<![\w])(?:USS|USNS|USNV|USCGC)\s+\p{L}[\p{L}'’.\-]*(?:[ \t]+\p{L}[\p{L}'’.\-]*){0,3}?(?=,?\s+(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}(?![\w]))", True),  # noqa: E501
        "military_post": (r"(?<![\w])(?:APO|FPO|DPO)\s+(?-i:AA|AE|AP|aa|ae|ap)\s+\d{5}(?:-\d{4})?(?![\w])", True),
        # a house on a numbered road: '22 Rte 9', '954 N FM 431', '4417 County Rd 12', '88 State Route 7'
        # and a county's highway with letters, as Wisconsin writes them: 'N7425 County Hwy K', 'W332 Cty Rd KE'
        "route_street": (rf"(?<![\w\-])(?:{GRID_NUMBER}|\d{{1,6}})\s+(?:(?-i:[NSEW])\.?\s+)?(?:(?:Rte|Rt|Route|State\s+Route|Hwy|Highway|County\s+(?:Road|Rd)|FM|Farm\s+to\s+Market(?:\s+Road)?|(?-i:US))\.?\s*-?\s*\d{{1,4}}[A-Z]?|(?:County|Cty|Co\.?)\s+(?:Highway|Hwy|Road|Rd|Trunk)\s+(?-i:[A-Z]{{1,3}}))(?:[ \t]+(?-i:[NSEW]|North|South|East|West))?(?![\w])", True),  # noqa: E501
        # a rural box written before its route: 'Box 6, Rural Route 1', 'box 227 rt 1'
        "box_route": (r"(?<![\w])Box\s+\d{1,5},?\s+(?:RR|R\.R\.|Rural\s+Route|HCR?|Star\s+Route|RFD|Rte|Rt|Route)\s*#?\s*\d{1,3}(?![\w])", True),  # noqa: E501
        "route_box": (r"(?<![\w])(?:Rte|Rt|Route)\s*\d{1,3},?\s+Box\s+\d{1,5}[a-z]?(?![\w])", True),
        # 'RR 2' alone only before its town: a note's 'RR 24' is a respiratory rate ('RR 25, RR 26', 'RR 24 w/ apnea')
        "rural": (r"(?<![\w])(?:(?:R\.R\.|Rural\s+Route|Star\s+Route|RFD)(?:\s*#?\s*\d{1,3}(?:,?\s+Box\s+\d{1,5}[a-z]?)?|,?\s+Box\s+\d{1,5}[a-z]?)|(?:RR|HCR?)(?:\s*#?\s*\d{1,3},?\s+Box\s+\d{1,5}[a-z]?|,?\s+Box\s+\d{1,5}[a-z]?|\s*#?\s*\d{1,3}(?=[ \t]*(?:,[ \t]*|\n[ \t]*)(?-i:\p{Lu}\p{Ll}|\p{Lu}{3,}))))(?![\w])", True),  # noqa: E501
        "city_state_zip": (rf"(?<![\w]){_CITY}?,?\s*(?:(?-i:{states})|(?-i:{titled})(?=\s+\d{{5}})|{full_states})\.?\s+\d{{5}}(?:-\d{{4}})?(?![\w])", True),  # noqa: E501
        "city_state": (rf"(?<![\w]){_CITY},\s*(?-i:{states})(?![\w])", True),
        # a town by its shape and its state's code without a comma ('Robertfort MA', 'East Joseph TX', 'New Haven CT')
        "town_state": (rf"(?<![\w]){_TOWN_SHAPE}[ ](?-i:{states})(?![\w])", True),
        # a state in the newspapers' abbreviations ('Tacoma, Pa. 59343', 'Laredo, N.Y.', 'north bergen, ala. 23613'):
        # with its ZIP any of them, alone only those no word or title is written as ('Pa.', 'Miss.', 'Wash.' are)
        "ap_city_state_zip": (rf"(?<![\w])(?:{_CITY}|(?-i:[a-z][a-z'\-]+(?:[ ][a-z][a-z'\-]+){{0,2}})),?\s*(?:{ap_zip})\.\s+\d{{5}}(?:-\d{{4}})?(?![\w])", True),  # noqa: E501
        "ap_city_state": (rf"(?<![\w]){_CITY},\s*(?-i:{ap_alone})\.(?![\w])", True),
        # the same typed in lower case ('apt 12 rapid city sd 57702', 'av san antonio tx 78201'): a part of an address
        # only beside a street line; codes that are words ('lives in 94305', 'ring me 07841 ...') are left out
        "lower_city_state_zip": (rf"(?<![\w])(?-i:[a-z][a-z'.\-]+(?:[ ][a-z][a-z'.\-]+){{0,2}}),?[ ](?-i:{lowered})[ ]\d{{5}}(?:-\d{{4}})?(?![\w])", False),  # noqa: E501
        # a province code before a word in capitals that is no postcode is a word: 'FIBRILLATION, ON WARFARIN'
        "city_province": (rf"(?<![\w]){_CITY},\s*(?-i:{_PROVINCES})(?![\w])(?![ \t]+(?!(?-i:[A-Z]\d[A-Z]))(?-i:[A-Z]{{2}}))", True),  # noqa: E501
        "labelled_postcode": (r"(?<![\w])(?:C\.\s?P\.|CP|CEP|PLZ|PIN(?:\s+code)?|Postcode|Postal\s+code|邮编|邮政编码|郵便番号|우편번호)[:：\s]*\d{4,6}(?:-\d{3,4})?(?![\w\-])", True),  # noqa: E501
        "uk_postcode": (r"(?<![\w])(?-i:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})(?![\w])", True),
        "ca_postcode": (r"(?<![\w])(?-i:[A-Z]\d[A-Z]\s?\d[A-Z]\d)(?![\w])", True),
        "nl_postcode": (r"(?<![\w])\d{4}\s?(?-i:[A-Z]{2})(?![\w])", False),
        "br_postcode": (r"(?<![\w])\d{5}-\d{3}(?![\w\-])", True),
        "jp_postcode": (r"〒\s?\d{3}-?\d{4}(?![\w])", True),
        "pl_postcode": (r"(?<![\w\-])\d{2}-\d{3}(?![\w\-])", False),
        "digits_postcode": (r"(?<![\w\-.,/])(?:\d{5}(?:-\d{4})?|\d{3}\s?\d{3}|\d{4}|\d{3}-\d{4}|\d{3}\s\d{2})(?![\w\-/]|[.,]\d)", False),  # noqa: E501
        "city": (rf"(?<![\p{{L}}\p{{M}}\d'’]){_CITY}", False),  # a whole word: not 'IVE' of 'LIVE', a stop word
        "region_code": (r"(?<![\w])\(?(?-i:[A-Z]{2,3})\)?(?![\w])", False),
        "house_number": (r"(?<![\w\-])(?:No[.:]?\s*|(?-i:[A-Z])-)?\d{1,5}[a-z]?(?:[\-/]\d{1,4})?(?![\w])", False),
        "nonlatin": (r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Devanagari}\p{Arabic}\p{Cyrillic}\p{Thai}\p{Hebrew}\p{Greek}][\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Devanagari}\p{Arabic}\p{Cyrillic}\p{Thai}\p{Hebrew}\p{Greek}\p{M}0-9０-９\-‐ー・ a-z]*[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Devanagari}\p{Arabic}\p{Cyrillic}\p{Thai}\p{Hebrew}\p{Greek}\p{M}0-9０-９号]", False),  # noqa: E501
    }  # fmt: skip
    return {name: (compiled.compile(rx, _FLAGS), strong) for name, (rx, strong) in raw.items()}


_WEAK_ALONE = frozenset(
    {
        "unit",
        "unit_dot",
        "digits_postcode",
        "city",
        "region_code",
        "house_number",
        "nl_postcode",
        "pl_postcode",
        "nonlatin",
        "floor_door",
        "lower_city_state_zip",
        "jp_ward",
    }
)
_PLACE_CHARS = regex.compile(r"[市区県都府道町村丁目番号路街省县镇乡里洞구시군동읍면로길]")


# Parts that cannot match a text without digits (every one of them has a number in it), or without non-Latin letters.
_NEED_DIGITS = frozenset({"street", "numbered_street", "floor_door", "au_state_postcode", "city_pin", "po_box",
    "military_box", "military_ship", "military_post", "rural", "city_state_zip", "lower_city_state_zip", "uk_postcode",
    "ca_postcode", "nl_postcode", "br_postcode", "jp_postcode", "pl_postcode", "digits_postcode", "house_number",
    "labelled_postcode", "unit_dot", "ordinal_street", "ie_postcode", "route_street", "box_route", "route_box",
    "ap_city_state_zip"})  # fmt: skip


# Cheap tests that a pattern can match at all: a five-digit run for a ZIP, a Turkish street-type word.
_FIVE_DIGITS = regex.compile(r"\d{5}")
_POSTFIX_HINT = regex.compile(r"(?i)cad|cd\.|sok|sk\.|bulv|blv|mah|mh\.")
# The patterns that end in a ZIP are searched only in the text just before and after each five-digit run (their
# city-and-state part is tried at every word otherwise, half the time spent on addresses); a city, state and ZIP
# fit in the window, and the search sees the text outside it for its word-boundary checks.
_ZIP_PATTERNS = frozenset({"city_state_zip", "lower_city_state_zip", "ap_city_state_zip"})
_ZIP_BEFORE, _ZIP_AFTER = 160, 12


def _zip_windows(text: str) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for m in _FIVE_DIGITS.finditer(text):
        a, b = max(0, m.start() - _ZIP_BEFORE), min(len(text), m.end() + _ZIP_AFTER)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], b)
        else:
            windows.append((a, b))
    return windows


def _parts(text: str) -> list[tuple[int, int, str]]:
    out = []
    has_digit = any(c.isdigit() for c in text)
    zip_windows = _zip_windows(text) if has_digit else []
    for name, (rx, _strong) in _patterns().items():
        if (name in _NEED_DIGITS and not has_digit) or (name == "nonlatin" and text.isascii()):
            continue
        if (name == "postfix_street" and not _POSTFIX_HINT.search(text)) or name == "town_state":
            continue
        windows = zip_windows if name in _ZIP_PATTERNS else [(0, len(text))]
        for m in (m for a, b in windows for m in rx.finditer(text, a, b)):
            if name == "rural" and _vital_rate(text, m):
                continue
            spans = _address_words(text, m.start(), m.end()) if name == "nonlatin" else [m.span()]
            out += [(a, b, name) for a, b in spans if b > a and text[a:b].strip()]
    return out


# a note's vital signs: 'RR 16' is a breathing rate beside a pulse, a saturation or a temperature, not a rural route
_VITALS = regex.compile(r"(?i)(?<![\w])(?:spo2|sat|sats|o2|hr|bp|pulse|temp|t|p|wt|pain|ra|bpm|/min|breaths)(?![\w])")


def _vital_rate(text: str, m: regex.Match[str]) -> bool:
    """'RR 16, SpO2 91%': an 'RR' and a number with no box after it, next to another vital sign."""
    if not m.group(0)[:2].upper() == "RR" or "box" in m.group(0).lower():
        return False
    return _VITALS.search(text, max(0, m.start() - 30), min(len(text), m.end() + 30)) is not None


def _address_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run of another script without the words of the sentence around the address ('Папе выписали метформин,
    аптека на ул. Гагарина', '주소는 서울특별시 ...', '住所は〒...'): from its first word that is no function, kinship,
    form, clinical or everyday word to its last (people.nonlatin_units, lower case being no sign here: 'Невский
    проспект'); English words between its words part it ('李 秀荣 is moving 奶奶 in with her at 四川省...22号')."""
    from .lexicon import name_lexicon  # noqa: PLC0415
    from .people import nonlatin_units  # noqa: PLC0415 - people imports this module's neighbours

    runs: list[list[tuple[int, int, bool]]] = [[]]
    for a, b, cut in nonlatin_units(text, start, end, name_lexicon().not_names, cased=False):
        if _english_word(text[a:b]):
            runs.append([])
        else:
            runs[-1].append((a, b, cut))
    out = []
    for run in runs:
        kept = [(a, b) for a, b, cut in run if not cut]
        out += [(kept[0][0], kept[-1][1])] if kept else []
    return out


def _english_word(word: str) -> bool:
    """A word of English letters that is a stop word ('via', in no WordNet list) or in the English lexicon."""
    from .lexicon import english_lexicon  # noqa: PLC0415

    return (
        word.isascii() and word.isalpha() and (word.lower() in STOP_WORDS or english_lexicon().inflected(word.lower()))
    )


def _strong(text: str, part: tuple[int, int, str]) -> bool:
    start, end, name = part
    if name == "nonlatin":
        return _PLACE_CHARS.search(text, start, end) is not None and any(c.isdigit() for c in text[start:end])
    if name in ("city_state", "ap_city_state") and (
        _degree_after_name(text, start, end) or _word_before_state(text, start, end)
    ):
        return False
    if name == "intl_street" and _english_word_street(text[start:end]):
        return False
    if name == "de_prefixed_street" and any(_english_word(w) for w in text[start:end].split()[1:-1]):
        return False  # 'Im At 6633 ...' of a lower-case message read title-cased, 'I Am Frank 88'
    return name not in _WEAK_ALONE


def _english_word_street(part: str) -> bool:
    """'(via NHS)', 'the place Dr. Lee runs': a street type typed in lower case that is an English word, with no
    number: an English sentence, not a street, unless other parts of an address join it ('via Roma 45' has its
    number)."""
    first = part.split(maxsplit=1)[0].rstrip(".")
    return first.islower() and not any(c.isdigit() for c in part) and _english_word(first)


def _word_before_state(text: str, start: int, end: int) -> bool:
    """'Mom, IN CASE ...', 'his BP, OK now': one word before a state code that is an English word or a short
    abbreviation in capitals, and no town the gazetteer knows (where 'Hope, AR' and 'Mobile, AL' are)."""
    from .lexicon import english_lexicon  # noqa: PLC0415
    from .places import place_names, proper_only  # noqa: PLC0415 - places imports this module's neighbours

    head = text[start:end].rpartition(",")[0].strip()
    if " " in head or fold(head).lower() in place_names():
        return False
    low = head.lower()
    return (head.isupper() and len(head) <= 3) or (english_lexicon().inflected(low) and low not in proper_only())


def _town_state_word(text: str, start: int, end: int) -> bool:
    """'Milton MD', 'Ashton PA', 'Is Newton OK': a code that is a degree or a word, or a text in capitals."""
    from .lexicon import name_lexicon  # noqa: PLC0415

    code = text[start:end].rsplit(None, 1)[-1]
    return code.lower() in name_lexicon().suffixes or code in {"OK", "IN", "OR", "ME", "HI", "OH"} or text.isupper()


def _degree_after_name(text: str, start: int, end: int) -> bool:
    """'Olumide Adeyemi, MD', 'Ann Lee, PA': a state code that is also a degree, after words that are no place."""
    from .lexicon import name_lexicon  # noqa: PLC0415
    from .places import place_names  # noqa: PLC0415 - places imports this module's neighbours

    head, _, code = text[start:end].rpartition(",")
    if code.strip().lower() not in name_lexicon().suffixes:
        return False
    return fold(" ".join(head.split())).lower() not in place_names()


def _joinable(text: str, a_end: int, b_start: int) -> bool:
    if b_start <= a_end:
        return True
    gap = text[a_end:b_start]
    return gap.count("\n") <= 1 and _GAP.fullmatch(gap) is not None


# a ZIP given by its label, with words between ('Zip for the ride service is 96714', 'zip code: 52356'): the number
# alone, never joined to the words around it
_LABELLED_ZIP = regex.compile(
    r"(?<![\w])(?:zip|zip[ \t]*code|zipcode)(?:[ \t]+(?:for|of)[ \t]+[^\n\d:]{1,30}?)?(?:[ \t]+(?:is|was))?[ \t]*[:#]?"
    r"[ \t]*\K\d{5}(?:-\d{4})?(?![\w\-])",
    regex.IGNORECASE,
)


def labelled_zips(text: str) -> list[tuple[int, int]]:
    """(start, end) of each ZIP code written after its label."""
    return [m.span() for m in _LABELLED_ZIP.finditer(text)]


def find_addresses(
    text: str, numbers: list[tuple[int, int]] | None = None, phones: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """(start, end) of every address: joined parts with at least one strong one. Parts that touch `numbers` (card
    and account numbers already found) are not address parts: 'DE89 3704 0044 0532' is no house number; nor are
    bare digit groups inside a phone number ('Telefoon 030 231 4477' is no postcode after a town)."""
    out = []
    for block in _blocks(text, _address_parts(text, numbers or [], phones or [])):
        strong = [p for p in block if _strong(text, p)] or _postcode_by_city(text, block)
        if strong and _worth(text, block, strong):
            out.append(_block_span(text, block, strong))
    # an address without a word is one postcode: groups of digits alone ('10521 002  4/17' of a roster's member
    # number and birth date) are none
    out = [
        (a, b)
        for a, b in out
        if any(c.isalpha() for c in text[a:b]) or len(text[a:b].split()) == 1 or not text[a:b].isascii()
    ]
    return out + towns_by_shape(text, out)


def towns_by_shape(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A town by its shape and its state's code, where no address was found ('Robertfort MA'); inside an address
    the address's own parts decide where it ends."""
    spans = []
    if any(c.isupper() for c in text) and not text.isupper():
        spans += [
            m.span() for m in _patterns()["town_state"][0].finditer(text) if not _town_state_word(text, *m.span())
        ]
    spans += [m.span() for m in _lower_town_state().finditer(text)]  # 'in mooretown, nj', 'lake daniel, wv'
    return [(a, b) for a, b in spans if not any(s < b and a < e for s, e in found)]


@lru_cache(maxsize=1)
def _lower_town_state() -> regex.Pattern[str]:
    """The same typed in lower case, with its comma; no code that is a common word ('in', 'or', 'ok', 'me')."""
    codes = {s.lower() for s in vocabulary().states if len(s) == 2} - {"in", "or", "ok", "me", "hi", "oh", "as"}
    return regex.compile(rf"(?<![\w]){_LOWER_TOWN_SHAPE},[ ](?:{'|'.join(sorted(codes))})(?![\w])")


def _address_parts(
    text: str, taken: list[tuple[int, int]], in_phone: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The address parts that touch no number already found and are no digit group inside a phone number, in order."""
    parts = [
        p
        for p in _parts(text)
        if not any(s < p[1] and p[0] < e for s, e in taken)
        and not (p[2] in _DIGIT_GROUPS and any(s <= p[0] and p[1] <= e for s, e in in_phone))
    ]
    return sorted(parts, key=lambda p: (p[0], -p[1]))


def _blocks(text: str, parts: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Parts joined into blocks where what is between them may join an address."""
    blocks: list[list[tuple[int, int, str]]] = []
    for part in parts:
        end = max(p[1] for p in blocks[-1]) if blocks else 0
        if blocks and _joinable(text, end, part[0]) and not _after_zip_line(text, blocks[-1], end, part[0]):
            blocks[-1].append(part)
        else:
            blocks.append([part])
    return blocks


def _after_zip_line(text: str, block: list[tuple[int, int, str]], end: int, start: int) -> bool:
    """A US address that ends its line with 'City, ST 12345' is whole: the next line is another entry of a list
    ('- Poison Control 1-800-222-1222'), not more of it."""
    if "\n" not in text[end:start]:
        return False
    if any(k in _ZIP_ENDS and e == end for _, e, k in block):
        return True
    # a postcode of five or six digits ending its line after a town ends a strong address the same way ('Besant
    # Nagar, Chennai 600090' / "Amma's name in Tamil: ...")
    return any(
        k == "digits_postcode" and e == end and 5 <= e - s <= 6 and text[s:e].isdigit() for s, e, k in block
    ) and any(_strong(text, p) for p in block)


_ZIP_ENDS = frozenset({"city_state_zip", "ap_city_state_zip"})


def _block_span(text: str, block: list[tuple[int, int, str]], strong: list[tuple[int, int, str]]) -> tuple[int, int]:
    """A block's span: weak edges trimmed, a US address to where usaddress ends it, without a sentence's full stop
    after a region code ('Souza / PA.'), with a country after a comma."""
    start = min(p[0] for p in block)
    end = max(p[1] for p in block)
    start, end = _trim_weak_edges(text, block, strong, start, end)
    if {p[2] for p in strong} & _US_PARTS:
        end = _usaddress_end(text, start, end)
    if _CODE_DOT.search(text, start, end):
        end -= 1
    return start, _with_country(text, end)


_CODE_DOT = regex.compile(r"(?<=[ \t/,])[A-Z]{2,3}\.$")
_COUNTRY_AFTER = regex.compile(r"[ \t]*,[ \t]*(\p{L}+(?:[ \t]\p{L}+){0,2}?)(?=[ \t]*(?:[.,;:!?)\n]|\Z))")


def _with_country(text: str, end: int) -> int:
    """An address takes the country that ends its line or sentence ('Wellington 6011, New Zealand.', 'CUSCO 08002,
    PERU,'): the country alone is no identifier, but it is written as part of the address."""
    m = _COUNTRY_AFTER.match(text, end)
    if m is None or " ".join(m.group(1).split()).lower() not in vocabulary().countries:
        return end
    return m.end(1)


_US_PARTS = frozenset(
    {"street", "po_box", "military_box", "military_post", "rural", "city_state_zip", "lower_city_state_zip",
     "route_street", "box_route", "route_box", "ap_city_state_zip"}
)  # fmt: skip
_WEAK_CODES = frozenset({"digits_postcode", "nl_postcode", "pl_postcode"})
_DIGIT_GROUPS = frozenset({"digits_postcode", "house_number"})
_YEAR = regex.compile(r"(?:19|20)\d\d")
_ZIP_OR_BOX = regex.compile(r"\b\d{5}\b|\bbox\b", regex.I)


def _city_like(text: str, part: tuple[int, int, str], proper_nouns: bool = False) -> bool:
    from .lexicon import english_lexicon  # noqa: PLC0415
    from .people import name_words  # noqa: PLC0415 - avoids a cycle at import
    from .places import place_names, proper_only  # noqa: PLC0415 - places imports this module's neighbours

    words = text[part[0] : part[1]].split()
    lex = english_lexicon()
    low = [w.lower().strip(".,'’") for w in words]
    if part[2] == "nonlatin":
        return True
    inner = low[1:-1] if len(low) > 2 else []  # 'Ville Sur Nus', 'Ciudad de México': particles inside a name
    if any(w in place_not_names() and w not in inner for w in low) or all(w in STOP_WORDS for w in low):
        return False
    # beside a postcode (`proper_nouns`), a place's name that the English lexicon has only as a proper noun is a place
    # too ('Chennai 600004'; not 'GP' after an NHS number); at an address's edge it is not enough ('69002 Lyon. Phone')
    return any(
        w not in lex or w in name_words() or (proper_nouns and w in proper_only() and w in place_names())
        for w in low
        if w not in STOP_WORDS
    )


def _postcode_by_city(text: str, block: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A weak postcode right next to a place-like word: '10115 Berlin', 'Pune 411001'."""
    ordered = _distinct(text, [p for p in block if p[2] != "house_number"])
    out = []
    for i, part in enumerate(ordered):
        if part[2] not in _WEAK_CODES or _YEAR.fullmatch(text, part[0], part[1]):
            continue
        near = ordered[max(0, i - 1) : i] + ordered[i + 1 : i + 2]
        if any(p[2] in {"city", "nonlatin"} and _city_like(text, p, proper_nouns=True) for p in near):
            out.append(part)
    return out


def _worth(text: str, block: list[tuple[int, int, str]], strong: list[tuple[int, int, str]]) -> bool:
    """A structured postcode alone is an address only next to something else (a city, a street)."""
    names = {p[2] for p in strong}
    if names <= {"uk_postcode", "ca_postcode", "ie_postcode"}:
        return len(block) > len(strong) and any(p[2] == "city" for p in block)
    return True


def _trim_weak_edges(
    text: str, block: list[tuple[int, int, str]], strong: list[tuple[int, int, str]], start: int, end: int
) -> tuple[int, int]:
    """Weak parts count only within two parts of a strong one, and place words only when place-like."""
    first_strong = min(p[0] for p in strong)
    last_strong = max(p[1] for p in strong)
    # a unit or a 'No' whose number the street line starts with leads it ('flat 7 ashgrove court', 'no 18 3rd main')
    lead = [p for p in block if p[1] <= first_strong or (p[2] in _LEADS_NUMBER and p[0] < first_strong)]
    lead = _outermost(_distinct(text, lead))
    trail = _outermost(_distinct(text, [p for p in block if p[0] >= last_strong]))
    lead = _first_places(lead[::-1], text)[::-1]  # 'Flat 69h, Janet Divide, Jonesburgh, S3 7DS'
    # a function word among the parts before the first strong one ends the sentence's words before the address ('SEND
    # CHECK TO PO BOX 4471': 'TO' read as a state code, 'CHECK' as a town)
    stops = [i for i, p in enumerate(lead) if text[p[0] : p[1]].strip(" .,").lower() in STOP_WORDS]
    lead = lead[stops[-1] + 1 :] if stops else lead
    while lead and (
        lead[0][2] == "region_code" or not _edge_ok(text, lead[0]) or _line_above(text, lead[0], first_strong)
    ):
        lead.pop(0)
    trail = _trimmed_trail(text, _first_places(trail, text), max(strong, key=lambda p: p[1]))
    if max(strong, key=lambda p: p[1])[2] in _POSTCODE_ENDS:
        trail = []  # 'San Vanesa los Bajos, MICH 64978, THANK HER AT ...': a town, its state and postcode end it
    return (lead[0][0] if lead else first_strong), (trail[-1][1] if trail else last_strong)


# strong parts that end an address with its postcode as the country writes it last
_POSTCODE_ENDS = frozenset({"mx_city_state_cp", "br_cep_city", "it_cap_city"})


def _line_above(text: str, part: tuple[int, int, str], first_strong: int) -> bool:
    """A part with no digit on a line above the street line is the addressee, not the address: a signature's name,
    title or practice ('Dr. Ada Obi, MD' / 'Riverbend Internal Medicine' / '4400 Riverbend Pkwy, ...')."""
    line_start = text.rfind("\n", 0, first_strong) + 1
    if part[1] > line_start or any(c.isdigit() for c in text[part[0] : part[1]]):
        return False
    return _SHIP_BEFORE.search(text, max(0, part[0] - 8), part[1]) is None  # 'USCGC Morgan' / 'FPO AE 27393'


_SHIP_BEFORE = regex.compile(r"(?<![\w])(?:USS|USNS|USNV|USCGC)[ \t]")


def _trimmed_trail(
    text: str, trail: list[tuple[int, int, str]], strongest: tuple[int, int, str]
) -> list[tuple[int, int, str]]:
    """The parts after the last strong one, without weak ones at the end (a city shrunk to its place-like words
    where it can be), nor a region code after a unit or a street ('APT. 075 ON MONDAY': a region code follows a
    place or a postcode)."""
    while trail and not _edge_ok(text, trail[-1], trail[-2] if len(trail) > 1 else None):
        shorter = _shrink_city(text, trail[-1], trail[-2] if len(trail) > 1 else None)
        if shorter is not None:
            trail[-1] = shorter
            break
        trail.pop()
    while trail and trail[-1][2] == "region_code" and ([strongest, *trail][-2][2] in _BEFORE_CODE_NOT):
        trail.pop()
    while (
        trail
        and trail[-1][2] == "house_number"
        and (_count_after(text, trail[-1][1]) or _LIST_NUMBER.match(text, trail[-1][0] - 1))
    ):
        trail.pop()  # '41 Linden Ave, 2 kids and a dog', '..., 3 days a week': a count of something, no house number;
        # '... NY 12180\n2. Telephone': a list's next number
    return trail


_LIST_NUMBER = regex.compile(r"\n\d{1,2}[.)][ \t]")
# a number's lower-case English noun after it: what the number counts ('2 kids', '3 days'), not a flat's letter
_COUNT_AFTER = regex.compile(r"[ \t]+(\p{Ll}{3,})(?![\p{L}\d])")


def _count_after(text: str, end: int) -> bool:
    from .lexicon import english_lexicon  # noqa: PLC0415

    m = _COUNT_AFTER.match(text, end)
    return m is not None and m.group(1) in english_lexicon()


_UNIT_PARTS = frozenset({"unit", "unit_dot", "floor_door"})
_LEADS_NUMBER = frozenset({"unit", "house_number"})
_BEFORE_CODE_NOT = frozenset({"unit", "unit_dot", "floor_door", "street", "house_number"})
_REGION_CODE = regex.compile(r"[A-Z]{2,3}")


def _first_places(trail: list[tuple[int, int, str]], text: str = "") -> list[tuple[int, int, str]]:
    """The parts after the last strong one that may belong to the address: units and floors ('3º B', 'Apt 4'),
    then two more parts, and a region code after them ('28014 Madrid', '10123 Torino (TO)'). A postcode written
    right beside a place ('Bengaluru 560038', '34728 Kadıköy') is one part with it."""
    out: list[tuple[int, int, str]] = []
    counted = 0
    for i, part in enumerate(trail):
        if part[2] not in _UNIT_PARTS and not (text and _code_beside_place(text, trail, i)):
            if counted == 2 and part[2] != "region_code":
                break
            if counted == 3:
                break
            counted += 1
        out.append(part)
    return out


def _code_beside_place(text: str, parts: list[tuple[int, int, str]], i: int) -> bool:
    """parts[i] is a weak postcode separated from the place before it by spaces only ('New Delhi 110085'), or the
    place after it ('34728 Kadıköy')."""
    if parts[i][2] not in _WEAK_CODES:
        return False
    near = [j for j in (i - 1, i + 1) if 0 <= j < len(parts) and parts[j][2] == "city"]
    return any(text[min(parts[j][1], parts[i][1]) : max(parts[j][0], parts[i][0])].strip(" ") == "" for j in near)


def _distinct(text: str, parts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One part per position (the longest), in text order."""
    best: dict[int, tuple[int, int, str]] = {}
    for p in parts:
        if p[0] not in best or p[1] > best[p[0]][1]:
            best[p[0]] = p
    return [best[k] for k in sorted(best)]


def _outermost(parts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Parts in text order without those inside an earlier one ('71-21' in '# 71-21')."""
    out: list[tuple[int, int, str]] = []
    for part in parts:
        if not out or part[1] > out[-1][1]:
            out.append(part)
    return out


def _shrink_city(
    text: str, part: tuple[int, int, str], before: tuple[int, int, str] | None
) -> tuple[int, int, str] | None:
    """The longest leading words of a place part that still read as a place: 'Milano MI. Nonna Lucia' ran on
    past the sentence ('MI.' looks like an abbreviation); 'Milano MI' is the place."""
    if part[2] != "city":
        return None
    ends = [m.end() for m in _PART_WORD.finditer(text, part[0], part[1])][:-1]
    for end in reversed(ends):
        shorter = (part[0], len(text[:end].rstrip(".,")), part[2])
        if shorter[1] > part[0] and _edge_ok(text, shorter, before):
            return shorter
    return None


_PART_WORD = regex.compile(r"\S+")


def _edge_ok(text: str, part: tuple[int, int, str], before: tuple[int, int, str] | None = None) -> bool:
    if part[2] != "city" or _REGION_CODE.fullmatch(text[part[0] : part[1]].rstrip(".")):
        return True  # a state or province code ('Souza / PA', 'Souza / PA.') is an address part, not a word
    if before is not None and before[2] in _WEAK_CODES and text[before[1] : part[0]] == " ":
        words = [w.lower().strip(".,'’") for w in text[part[0] : part[1]].split()]
        return not any(w in STOP_WORDS or w in place_not_names() for w in words)  # '10115 Berlin'
    return _city_like(text, part)


_US_LABELS = frozenset({"AddressNumber", "AddressNumberPrefix", "AddressNumberSuffix", "StreetName",
    "StreetNamePreDirectional", "StreetNamePreModifier", "StreetNamePreType", "StreetNamePostDirectional",
    "StreetNamePostModifier", "StreetNamePostType", "OccupancyType", "OccupancyIdentifier", "SubaddressType",
    "SubaddressIdentifier", "BuildingName", "PlaceName", "StateName", "ZipCode", "USPSBoxType", "USPSBoxID",
    "USPSBoxGroupType", "USPSBoxGroupID", "CornerOf", "IntersectionSeparator", "LandmarkName"})  # fmt: skip


def _usaddress_end(text: str, start: int, end: int) -> int:
    """Drop trailing tokens usaddress does not read as address parts (US-shaped blocks only)."""
    surface = text[start:end]
    if not _ZIP_OR_BOX.search(surface):
        return end
    try:
        tokens = usaddress.parse(surface.replace("\n", " "))
    except Exception:  # noqa: BLE001 - the CRF can refuse odd input; keep the pattern span then
        return end
    cut = len(tokens)
    while cut > 0 and tokens[cut - 1][1] not in _US_LABELS:
        cut -= 1
    if cut == len(tokens) or cut == 0:
        return end
    pos = 0
    for token, _label in tokens[:cut]:
        pos = surface.index(token, pos) + len(token)
    return start + len(surface[:pos].rstrip(" ,"))


_REGION_AFTER = regex.compile(r"[ \t]*,?[ \t]*(?:(?-i:[A-Z]{2})\b\.?|(?P<full>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?))")
_POSTCODE_AFTER = regex.compile(r"[ \t]*,?[ \t]*(?:\d{5}(?:-\d{4})?|(?-i:[A-Z]\d[A-Z][ ]?\d[A-Z]\d)|\d{4})(?![\w\-])")


def with_region(text: str, end: int) -> int:
    """Where a place ends once a state or province after it is taken too ('Boise, Idaho', 'Ottawa, ON K1P 5G4'):
    a city with its state is one identifier."""
    m = _REGION_AFTER.match(text, end)
    if m is None or not text[end - 1 : end].isalpha():
        return end  # after a ZIP code the words are the sentence's ('... 40187 ON MONDAY')
    vocab = vocabulary()
    codes = {c.upper() for c in vocab.states if len(c) == 2} | set(_PROVINCES.split("|")) | _TERRITORIES
    word = m.group(0).strip(" \t,.")
    if m.group("full") is not None and word.lower() not in vocab.states.values():
        return end
    post = _POSTCODE_AFTER.match(text, m.end())
    if m.group("full") is None and (word not in codes or ("," not in m.group(0) and post is None)):
        return end  # a code needs its comma or a postcode after it: 'AT PHOENIX ON MONDAY' is not Ontario
    return post.end() if post else m.end()


# Words that begin place names ('Lake Aaron', 'South Seanhaven', 'Port Michaelmouth', 'San José'), and the
# words that put a place after them.
_PLACE_PREFIX = regex.compile(
    r"(?i:(?<=(?:^|\b(?:in|to|from|at|near|of|visiting|outside|around|toward|towards|city|town)\b[ \t]*:?[ \t]*))"
    r"((?:north|south|east|west|new|lake|port|mount|mt\.?|fort|ft\.?|saint|st\.?|san|santa|los|las|el|la|glen|"
    r"upper|lower|old|little|great|grand|point|cape|palm|bay)(?:[ \t]+(?:north|south|east|west))?)[ \t]+$)"
)


def place_prefix_start(text: str, start: int) -> int | None:
    """Where a place name begins when a detected name follows a place word after 'in'/'to'/'from' ('in lake
    aaron'); None when there is no such word."""
    m = _PLACE_PREFIX.search(text, max(0, start - 40), start)
    return m.start(1) if m else None
