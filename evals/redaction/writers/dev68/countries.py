"""Country bundles for the international templates: names (Faker locale), addresses, phones,
national health / insurance ids, IBAN country. Formats follow each country's usual shape;
street and city names are ordinary ones, numbers random."""
from values import rng, pick, digits, letters, fk, iban

# Each address function returns a one- or multi-line address in the local order.


def _gb_pc():
    return f'{pick(["M", "LS", "B", "BS", "CF", "EH", "G", "NE", "SW", "N", "E", "L", "NG", "OX"])}{rng.randrange(1, 30)} {rng.randrange(1, 10)}{letters(2, "ABDEFGHJLNPQRSTUWXYZ")}'


def gb_addr():
    s = f'{rng.randrange(1, 220)} {pick(["Church", "Station", "Victoria", "Albert", "Mill", "Park", "Queens", "Grove", "Manor"])} {pick(["Road", "Lane", "Street", "Avenue", "Close", "Crescent", "Gardens"])}'
    town = pick(['Leeds', 'Bristol', 'Cardiff', 'Edinburgh', 'Glasgow', 'Newcastle', 'Liverpool', 'Nottingham', 'Oxford', 'Manchester', 'Sheffield'])
    if rng.random() < 0.3:
        s = f'Flat {rng.randrange(1, 30)}, ' + s
    return pick([f'{s}, {town} {_gb_pc()}', f'{s}\n{town}\n{_gb_pc()}'])


def gb_phone():
    return pick([f'+44 7{digits(3)} {digits(6)}', f'07{digits(3)} {digits(6)}', f'020 {digits(4)} {digits(4)}',
                 f'+44 20 {digits(4)} {digits(4)}', f'0113 {digits(3)} {digits(4)}', f'+44 (0)161 {digits(3)} {digits(4)}'])


def de_addr():
    s = f'{pick(["Lindenstraße", "Hauptstraße", "Bahnhofstr.", "Goethestraße", "Schillerweg", "Am Markt", "Kirchgasse", "Birkenallee"])} {rng.randrange(1, 140)}'
    city = pick([('10', 'Berlin'), ('80', 'München'), ('50', 'Köln'), ('60', 'Frankfurt am Main'), ('70', 'Stuttgart'), ('04', 'Leipzig'), ('28', 'Bremen'), ('44', 'Dortmund')])
    return pick([f'{s}, {city[0]}{digits(3)} {city[1]}', f'{s}\n{city[0]}{digits(3)} {city[1]}'])


def de_phone():
    return pick([f'+49 {pick(["30", "89", "221", "69", "711"])} {digits(7)}', f'0{pick(["151", "160", "171", "176"])} {digits(8)}',
                 f'+49 (0){pick(["30", "40"])} {digits(3)} {digits(4)}', f'0{pick(["341", "421", "231"])}/{digits(6)}'])


def fr_addr():
    s = f'{rng.randrange(1, 120)}{pick(["", "", " bis"])} {pick(["rue Victor Hugo", "avenue Jean Jaurès", "rue de la République", "boulevard Gambetta", "rue des Lilas", "place du Marché", "impasse des Tilleuls"])}'
    city = pick([('75', 'Paris'), ('69', 'Lyon'), ('13', 'Marseille'), ('31', 'Toulouse'), ('33', 'Bordeaux'), ('59', 'Lille'), ('44', 'Nantes')])
    return pick([f'{s}, {city[0]}{digits(3)} {city[1]}', f'{s}\n{city[0]}{digits(3)} {city[1].upper()}'])


def fr_phone():
    two = lambda: digits(2)
    return pick([f'+33 {rng.randrange(1, 8)} {two()} {two()} {two()} {two()}', f'0{pick(["6", "7", "1", "4"])} {two()} {two()} {two()} {two()}',
                 f'0{pick(["6", "7"])}.{two()}.{two()}.{two()}.{two()}'])


def es_addr():
    return f'{pick(["Calle Mayor", "C/ Alcalá", "Avda. de la Constitución", "Calle Real", "Paseo de Gracia"])} {rng.randrange(1, 200)}, {rng.randrange(1, 9)}º {pick("ABCD")}, {pick(["28", "08", "41", "46", "29"])}{digits(3)} {pick(["Madrid", "Barcelona", "Sevilla", "Valencia", "Málaga"])}'


def es_phone():
    return pick([f'+34 6{digits(2)} {digits(3)} {digits(3)}', f'6{digits(2)} {digits(2)} {digits(2)} {digits(2)}', f'+34 91 {digits(3)} {digits(2)} {digits(2)}'])


def it_addr():
    return f'{pick(["Via Roma", "Via Garibaldi", "Corso Italia", "Via Mazzini", "Piazza Dante", "Viale dei Mille"])} {rng.randrange(1, 150)}, {pick(["00", "20", "10", "80", "50", "40"])}{digits(3)} {pick(["Roma RM", "Milano MI", "Torino TO", "Napoli NA", "Firenze FI", "Bologna BO"])}'


def it_phone():
    return pick([f'+39 3{digits(2)} {digits(3)} {digits(4)}', f'3{digits(2)} {digits(7)}', f'+39 06 {digits(4)} {digits(4)}'])


def nl_addr():
    return f'{pick(["Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Prinsengracht", "Julianalaan"])} {rng.randrange(1, 300)}, {rng.randrange(1000, 9999)} {letters(2)} {pick(["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Den Haag"])}'


def nl_phone():
    return pick([f'+31 6 {digits(8)}', f'06-{digits(8)}', f'+31 20 {digits(3)} {digits(4)}', f'010 {digits(3)} {digits(4)}'])


def pl_addr():
    return f'ul. {pick(["Długa", "Mickiewicza", "Polna", "Kościuszki", "Słowackiego", "Lipowa"])} {rng.randrange(1, 90)}{pick(["", "/" + str(rng.randrange(1, 40))])}, {digits(2)}-{digits(3)} {pick(["Gdańsk", "Kraków", "Wrocław", "Poznań", "Lublin", "Warszawa"])}'


def pl_phone():
    return pick([f'+48 {pick(["5", "6", "7", "8"])}{digits(2)} {digits(3)} {digits(3)}', f'{pick(["5", "6"])}{digits(2)}-{digits(3)}-{digits(3)}'])


def mx_addr():
    return f'{pick(["Calle Hidalgo", "Av. Juárez", "Calle Morelos", "Av. Insurgentes Sur", "Calle 5 de Mayo", "Privada Los Pinos"])} {rng.randrange(1, 2000)}{pick(["", " Int. " + str(rng.randrange(1, 12))])}, Col. {pick(["Centro", "Del Valle", "Roma Norte", "Las Águilas", "San Rafael"])}, {digits(5)} {pick(["Ciudad de México, CDMX", "Guadalajara, Jal.", "Monterrey, N.L.", "Puebla, Pue.", "Querétaro, Qro.", "Oaxaca, Oax."])}'


def mx_phone():
    return pick([f'+52 55 {digits(4)} {digits(4)}', f'+52 1 33 {digits(4)} {digits(4)}', f'81 {digits(4)} {digits(4)}', f'(222) {digits(3)} {digits(4)}'])


def br_addr():
    return f'{pick(["Rua das Flores", "Av. Paulista", "Rua XV de Novembro", "Rua São José", "Av. Brasil"])}, {rng.randrange(10, 3000)}{pick(["", ", apto " + str(rng.randrange(11, 180))])} - {pick(["São Paulo - SP", "Curitiba - PR", "Recife - PE", "Belo Horizonte - MG", "Salvador - BA"])}, {digits(5)}-{digits(3)}'


def br_phone():
    return pick([f'+55 11 9{digits(4)}-{digits(4)}', f'(21) 9{digits(4)}-{digits(4)}', f'+55 {pick(["31", "41", "51", "71", "81", "85"])} 9{digits(4)} {digits(4)}'])


def jp_addr():
    pc = f'{digits(3)}-{digits(4)}'
    return pick([f'〒{pc} {pick(["東京都新宿区西新宿", "大阪府大阪市北区梅田", "神奈川県横浜市中区山下町", "愛知県名古屋市中区栄", "福岡県福岡市博多区博多駅前"])}{rng.randrange(1, 9)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}',
                 f'{rng.randrange(1, 9)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)} {pick(["Nishi-Shinjuku, Shinjuku-ku, Tokyo", "Umeda, Kita-ku, Osaka", "Sakae, Naka-ku, Nagoya"])} {pc}'])


def jp_phone():
    return pick([f'+81 3-{digits(4)}-{digits(4)}', f'090-{digits(4)}-{digits(4)}', f'06-{digits(4)}-{digits(4)}', f'+81 80 {digits(4)} {digits(4)}'])


def in_addr():
    return f'{pick(["Flat", "House No.", "B-"])} {rng.randrange(1, 600)}, {pick(["Sai Residency", "Green Park", "Shanti Nagar", "MG Road", "Lajpat Nagar", "Koramangala 4th Block"])}, {pick(["Mumbai 4000", "New Delhi 1100", "Bengaluru 5600", "Pune 4110", "Chennai 6000", "Hyderabad 5000"])}{digits(2)}'


def in_phone():
    return pick([f'+91 9{digits(4)} {digits(5)}', f'9{digits(9)}', f'+91-{pick(["7", "8", "9"])}{digits(9)}', f'0{pick(["22", "11", "80"])} {digits(4)} {digits(4)}'])


def kr_addr():
    return pick([f'서울특별시 {pick(["강남구 테헤란로", "마포구 월드컵로", "종로구 율곡로"])} {rng.randrange(1, 400)}', f'부산광역시 해운대구 {pick(["센텀중앙로", "해운대로"])} {rng.randrange(1, 300)}'])


def kr_phone():
    return pick([f'+82 10-{digits(4)}-{digits(4)}', f'010-{digits(4)}-{digits(4)}', f'02-{digits(3)}-{digits(4)}'])


def cn_addr():
    return pick([f'上海市浦东新区{pick(["世纪大道", "张杨路", "陆家嘴环路"])}{rng.randrange(1, 2000)}号', f'北京市朝阳区{pick(["建国路", "朝阳北路"])}{rng.randrange(1, 300)}号{rng.randrange(1, 30)}单元', f'广州市天河区{pick(["天河路", "体育西路"])}{rng.randrange(1, 500)}号'])


def cn_phone():
    return pick([f'+86 1{pick(["38", "39", "58", "86", "35"])} {digits(4)} {digits(4)}', f'1{pick(["38", "59"])}{digits(8)}', f'+86 21 {digits(4)} {digits(4)}'])


def sa_addr():
    return pick([f'{pick(["الرياض", "جدة", "الدمام"])}، حي {pick(["النخيل", "الملقا", "الروضة"])}', f'{rng.randrange(1000, 9999)} {pick(["King Fahd Rd", "Prince Sultan St", "Tahlia St"])}, {pick(["Riyadh", "Jeddah", "Dammam"])} {digits(5)}'])


def sa_phone():
    return pick([f'+966 5{digits(1)} {digits(3)} {digits(4)}', f'05{digits(1)} {digits(3)} {digits(4)}', f'+966 11 {digits(3)} {digits(4)}'])


def ru_addr():
    return f'{pick(["г. Москва", "г. Санкт-Петербург", "г. Казань", "г. Екатеринбург"])}, ул. {pick(["Тверская", "Ленина", "Садовая", "Мира"])}, д. {rng.randrange(1, 120)}, кв. {rng.randrange(1, 300)}, {digits(6)}'


def ru_phone():
    return pick([f'+7 9{digits(2)} {digits(3)}-{digits(2)}-{digits(2)}', f'8 (9{digits(2)}) {digits(3)}-{digits(2)}-{digits(2)}', f'+7 495 {digits(3)} {digits(2)} {digits(2)}'])


def tr_addr():
    return f'{pick(["Atatürk Cad.", "Cumhuriyet Mah.", "İstiklal Cad.", "Gazi Bulvarı"])} No:{rng.randrange(1, 300)} D:{rng.randrange(1, 20)}, {digits(5)} {pick(["Kadıköy/İstanbul", "Çankaya/Ankara", "Konak/İzmir", "Nilüfer/Bursa"])}'


def tr_phone():
    return pick([f'+90 5{digits(2)} {digits(3)} {digits(2)} {digits(2)}', f'05{digits(2)} {digits(3)} {digits(4)}', f'0 (212) {digits(3)} {digits(2)} {digits(2)}'])


def ph_addr():
    return f'{pick(["Blk", "Block"])} {rng.randrange(1, 40)} Lot {rng.randrange(1, 60)}, {pick(["Brgy. San Isidro", "Brgy. Mabini", "Phase 2 Villa Verde", "Brgy. Poblacion"])}, {pick(["Antipolo, Rizal 1870", "Dasmariñas, Cavite 4114", "Quezon City 1100", "Cebu City 6000", "Davao City 8000"])}'


def ph_phone():
    return pick([f'+63 9{digits(2)} {digits(3)} {digits(4)}', f'09{digits(2)} {digits(3)} {digits(4)}', f'(02) 8{digits(3)} {digits(4)}'])


def vn_addr():
    return f'{rng.randrange(1, 300)} {pick(["Nguyễn Trãi", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng"])}, {pick(["Quận 1, TP. Hồ Chí Minh", "Quận 5, TP.HCM", "Hoàn Kiếm, Hà Nội", "Hải Châu, Đà Nẵng"])}'


def vn_phone():
    return pick([f'+84 9{digits(1)} {digits(3)} {digits(4)}', f'09{digits(2)} {digits(3)} {digits(3)}', f'+84 28 {digits(4)} {digits(4)}'])


def au_addr():
    return f'{pick(["", "Unit " + str(rng.randrange(1, 30)) + ", ", str(rng.randrange(1, 20)) + "/"])}{rng.randrange(1, 300)} {pick(["Smith St", "George St", "Beach Rd", "Station St", "High St"])}, {pick(["Fitzroy VIC 3065", "Newtown NSW 2042", "Paddington QLD 4064", "Fremantle WA 6160", "Glenelg SA 5045"])}'


def au_phone():
    return pick([f'+61 4{digits(2)} {digits(3)} {digits(3)}', f'04{digits(2)} {digits(3)} {digits(3)}', f'(02) {digits(4)} {digits(4)}'])


def ca_addr():
    return pick([f'{rng.randrange(10, 9999)} {pick(["rue Sherbrooke O", "boul. Saint-Laurent", "rue Principale"])}, {pick(["Montréal, QC H2X", "Laval, QC H7N", "Gatineau, QC J8Y"])} {rng.randrange(1, 10)}{letters(1)}{rng.randrange(1, 10)}',
                 f'{rng.randrange(10, 9999)} {pick(["Bloor St W", "Yonge St", "Portage Ave", "Jasper Ave"])}, {pick(["Toronto, ON M5S", "Winnipeg, MB R3C", "Edmonton, AB T5J"])} {rng.randrange(1, 10)}{letters(1)}{rng.randrange(1, 10)}'])


def cn_dob():
    return f'{rng.randrange(1930, 2000)}年{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日'


def eu_dob():
    return f'{rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/{rng.randrange(1930, 2000)}'


def dot_dob():
    return f'{rng.randrange(1, 29):02d}.{rng.randrange(1, 13):02d}.{rng.randrange(1930, 2000)}'


COUNTRIES = {
    # key: (locale, addr, phone, iban cc or None, (label, id generator), dob generator, city list)
    'GB': ('en_GB', gb_addr, gb_phone, 'GB', ('NHS number', lambda: f'{digits(3)} {digits(3)} {digits(4)}'), eu_dob, ['Leeds', 'Bristol', 'Cardiff', 'Glasgow']),
    'DE': ('de_DE', de_addr, de_phone, 'DE', ('Versichertennummer', lambda: f'{letters(1)}{digits(9)}'), dot_dob, ['Berlin', 'München', 'Köln', 'Hamburg']),
    'FR': ('fr_FR', fr_addr, fr_phone, 'FR', ('n° de sécu', lambda: f'{pick("12")} {digits(2)} {digits(2)} {digits(2)} {digits(3)} {digits(3)} {digits(2)}'), eu_dob, ['Lyon', 'Marseille', 'Toulouse', 'Lille']),
    'ES': ('es_ES', es_addr, es_phone, 'ES', ('tarjeta sanitaria', lambda: f'{letters(4)}{digits(12)}'), eu_dob, ['Sevilla', 'Valencia', 'Bilbao', 'Zaragoza']),
    'IT': ('it_IT', it_addr, it_phone, 'IT', ('tessera sanitaria', lambda: digits(20)), eu_dob, ['Napoli', 'Torino', 'Bologna', 'Palermo']),
    'NL': ('nl_NL', nl_addr, nl_phone, 'NL', ('BSN', lambda: digits(9)), eu_dob, ['Rotterdam', 'Utrecht', 'Eindhoven', 'Groningen']),
    'PL': ('pl_PL', pl_addr, pl_phone, 'PL', ('PESEL', lambda: digits(11)), dot_dob, ['Kraków', 'Wrocław', 'Gdańsk', 'Poznań']),
    'MX': ('es_MX', mx_addr, mx_phone, None, ('NSS', lambda: f'{digits(2)} {digits(2)} {digits(2)} {digits(4)} {digits(1)}'), eu_dob, ['Guadalajara', 'Monterrey', 'Puebla', 'Oaxaca']),
    'BR': ('pt_BR', br_addr, br_phone, 'BR', ('cartão SUS', lambda: f'{digits(3)} {digits(4)} {digits(4)} {digits(4)}'), eu_dob, ['Recife', 'Curitiba', 'Salvador', 'Fortaleza']),
    'JP': ('ja_JP', jp_addr, jp_phone, None, ('保険証番号', lambda: f'{digits(8)}'), lambda: f'{rng.randrange(1935, 2000)}年{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日', ['大阪', '名古屋', '札幌', '福岡']),
    'IN': ('en_IN', in_addr, in_phone, None, ('ABHA no.', lambda: f'{digits(2)}-{digits(4)}-{digits(4)}-{digits(4)}'), eu_dob, ['Pune', 'Jaipur', 'Lucknow', 'Kochi']),
    'IN2': ('hi_IN', in_addr, in_phone, None, ('UHID', lambda: f'{letters(3)}{digits(10)}'), eu_dob, ['दिल्ली', 'मुंबई', 'लखनऊ']),
    'KR': ('ko_KR', kr_addr, kr_phone, None, ('건강보험증 번호', lambda: f'{digits(1)}-{digits(10)}'), lambda: f'{rng.randrange(1935, 2000)}.{rng.randrange(1, 13):02d}.{rng.randrange(1, 29):02d}', ['부산', '대구', '인천', '광주']),
    'CN': ('zh_CN', cn_addr, cn_phone, None, ('医保卡号', lambda: f'{digits(4)} {digits(4)} {digits(4)} {digits(4)}'), cn_dob, ['广州', '成都', '杭州', '武汉']),
    'SA': ('ar_SA', sa_addr, sa_phone, 'SA', ('MRN', lambda: f'{digits(7)}'), eu_dob, ['الرياض', 'جدة', 'مكة']),
    'RU': ('ru_RU', ru_addr, ru_phone, None, ('полис ОМС', lambda: digits(16)), dot_dob, ['Москва', 'Казань', 'Самара']),
    'TR': ('tr_TR', tr_addr, tr_phone, 'TR', ('TC kimlik no', lambda: digits(11)), dot_dob, ['İzmir', 'Ankara', 'Bursa', 'Antalya']),
    'PH': ('fil_PH', ph_addr, ph_phone, None, ('PhilHealth no.', lambda: f'{digits(2)}-{digits(9)}-{digits(1)}'), eu_dob, ['Cebu City', 'Davao', 'Iloilo', 'Baguio']),
    'VN': ('vi_VN', vn_addr, vn_phone, None, ('số BHYT', lambda: f'{letters(2)}{digits(13)}'), eu_dob, ['Đà Nẵng', 'Huế', 'Cần Thơ', 'Hải Phòng']),
    'AU': ('en_AU', au_addr, au_phone, None, ('Medicare no.', lambda: f'{digits(4)} {digits(5)} {digits(1)}'), eu_dob, ['Brisbane', 'Perth', 'Adelaide', 'Hobart']),
    'CA': ('en_CA', ca_addr, None, None, ('health card', lambda: f'{digits(4)}-{digits(3)}-{digits(3)}-{letters(2)}'), eu_dob, ['Winnipeg', 'Halifax', 'Regina', 'Québec']),
}
