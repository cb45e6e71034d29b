"""Own templates for dev39, filled with Faker values. Each template is a (style, string) pair using the
markup documented in build.py; {field} slots are filled from a fresh value bag per message."""
import re, unicodedata

DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort",
         "sertraline", "oxycodone", "atorvastatin", "amlodipine", "gabapentin", "levothyroxine", "Xarelto",
         "insulin glargine", "prednisone", "donepezil", "furosemide", "omeprazole", "tramadol", "Plavix",
         "losartan", "carvedilol", "Ozempic", "buprenorphine", "albuterol", "fish oil", "vitamin B12"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's",
         "COPD", "Alzheimer's", "type 2 diabetes", "heart failure", "CKD", "osteoporosis", "asthma",
         "hypertension", "macular degeneration", "gout", "sleep apnea", "depression", "shingles"]
LABS = ["Hemoglobin A1c", "INR", "lipid panel", "BMP", "TSH", "CBC", "PSA", "eGFR"]
BODY = ["left knee", "lower back", "right hip", "shoulder", "ankle", "chest", "kidney", "liver"]
ORGS = ["Walgreens", "Mayo Clinic", "Medicare", "Kaiser", "CVS", "Medicaid", "Cleveland Clinic"]
RELS = ["Mom", "Dad", "Grandma", "Grandpa", "Aunt", "Uncle", "Daughter", "Son", "Nana"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October",
          "November", "December"]
INTL = ["en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "ja_JP",
        "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "tr_TR", "vi_VN", "fil_PH", "en_IN", "en_CA", "fr_CA"]
IBAN_CC = ["DE", "GB", "FR", "NL", "ES", "IT", "PL", "AT", "BE", "PT", "CH", "DK", "IE", "NO"]
WORDS_ENGLISH_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Wood", "King", "Bell",
                          "Lane", "Stone", "Fox", "Gray", "Long", "Frost", "Marsh"]

def luhn_complete(prefix, length, rnd):
    digits = [int(c) for c in prefix] + [rnd.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return "".join(map(str, digits)) + str((10 - s % 10) % 10)

def us_phone(rnd):
    a, b, c = rnd.choice(["212", "312", "415", "503", "617", "713", "804", "901", "952", "469", "678", "559"]), \
        "555", f"{rnd.randint(100, 199):04d}"
    f = rnd.choice(["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "{a}{b}{c}", "+1 {a} {b} {c}",
                    "1-{a}-{b}-{c}", "001-{a}-{b}-{c}", "({a}) {b}-{c} x{x}", "{a}-{b}-{c} ext. {x}",
                    "{a}.{b}.{c} extension {x}", "+1 ({a}) {b}-{c}", "{a} {b} {c}"])
    return f.format(a=a, b=b, c=c, x=rnd.randint(2, 4999))

def vanity(rnd):
    return rnd.choice(["1-800-", "1-888-", "1-877-"]) + rnd.choice(
        ["GRAMS-PIE", "MOBILE-RX", "FIX-ROOF", "TAX-LADY", "PET-SITS", "CAKES-4U", "RIDE-NOW"])

def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]+", "", s) or "user"

GOOD_ADDR = {"en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "ja_JP",
             "zh_CN", "ko_KR", "ru_RU", "vi_VN", "en_IN", "en_CA", "hi_IN"}
GOOD_PHONE = {"en_GB", "es_ES", "fr_FR", "de_DE", "pt_BR", "nl_NL", "pl_PL", "ja_JP", "ko_KR", "ru_RU", "en_IN"}
OWN_ADDR = {
    "ar_SA": ["Prince Sultan St, Al Rawdah, Jeddah 23432", "طريق الملك فهد، العليا، الرياض 12214", "Al Khobar 34427, Saudi Arabia"],
    "tr_TR": ["Bağdat Cad. No: 112 D: 4\n34728 Kadıköy/İstanbul", "Kızılay Mah. Gazi Mustafa Kemal Blv. No: 20, 06420 Çankaya/Ankara"],
    "fil_PH": ["45 Mabini St, Brgy. Poblacion, Makati City 1210", "Blk 7 Lot 12, Villa Verde Subd.\nCebu City 6000"],
    "fr_CA": ["1250 rue Saint-Denis, app. 4\nMontréal (Québec) H2X 3J6", "88 chemin Sainte-Foy, Québec (Québec) G1R 1T1"],
    "it_IT": ["Via Garibaldi 14, 10122 Torino TO"], "hi_IN": ["22 MG Road, Pune 411001"]}
def _d(n, rnd): return "".join(str(rnd.randint(0, 9)) for _ in range(n))
def intl_phone(loc, rnd):
    d = lambda n: _d(n, rnd)
    table = {"en_GB": [f"+44 20 7946 0{d(3)}", f"020 7946 0{d(3)}", f"07700 900{d(3)}", f"+44 161 496 0{d(3)}"],
             "es_MX": [f"+52 55 {d(4)} {d(4)}", f"+52 33 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}"],
             "es_ES": [f"+34 91 {d(3)} {d(2)} {d(2)}", f"+34 6{d(2)} {d(3)} {d(3)}"],
             "fr_FR": [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}"],
             "fr_CA": [f"+1 514 {d(3)} {d(4)}"], "en_CA": [f"+1 (416) {d(3)}-{d(4)}"],
             "de_DE": [f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 171 {d(7)}"],
             "it_IT": [f"+39 06 {d(4)} {d(4)}", f"+39 347 {d(3)} {d(4)}"],
             "pt_BR": [f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}"],
             "nl_NL": [f"+31 20 {d(3)} {d(4)}", f"06-{d(8)}"], "pl_PL": [f"+48 6{d(2)} {d(3)} {d(3)}"],
             "ja_JP": [f"+81 3-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}"], "zh_CN": [f"+86 138 {d(4)} {d(4)}", f"+86 10 {d(4)} {d(4)}"],
             "ko_KR": [f"+82 10-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}"], "hi_IN": [f"+91 98{d(3)} {d(5)}"],
             "en_IN": [f"+91 9{d(4)} {d(5)}", f"+91 22 {d(4)} {d(4)}"],
             "ar_SA": [f"+966 5{d(1)} {d(3)} {d(4)}", f"+966 11 {d(3)} {d(4)}"],
             "ru_RU": [f"+7 495 {d(3)}-{d(2)}-{d(2)}", f"8 (916) {d(3)}-{d(2)}-{d(2)}"],
             "tr_TR": [f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"+90 212 {d(3)} {d(2)} {d(2)}"],
             "vi_VN": [f"+84 9{d(1)} {d(3)} {d(4)}", f"+84 28 {d(4)} {d(4)}"], "fil_PH": [f"+63 917 {d(3)} {d(4)}", f"(02) 8{d(3)} {d(4)}"]}
    return rnd.choice(table[loc])
def clean_name(n):
    n = re.sub(r"^(Dr|Mr|Mrs|Ms|Miss|Prof|Herr|Frau|M|Mme|Mlle|Sr|Sra|Srta|Dott|Dott\.ssa|Sig|Sig\.ra|Pan|Pani|pan|pani|Ing|Lic|Mtro|Dña|Don|Dra)\.? ", "", n)
    n = re.sub(r"^((\S+\.) )+", "", n)
    n = re.sub(r"^(श्रीमती|श्रीमान|श्री|कुमारी|आदरवाचक|आदरसूचक|डॉ\.?|Sayın|Bayan|Bay) ", "", n)
    n = re.sub(r"^(الدكتورة|الدكتور|السيد|السيدة|الأستاذ|الأستاذة) ", "", n)
    n = re.sub(r"^(Sr|Sra|Dr|Dra|Lic|Ing|Mtro)\. ", "", n)
    return re.sub(r" (MD|PhD|MBA|B\.Eng\.|M\.A\.|MSc|MA)$", "", n)

def bag(fk, iban, spaced, rnd):
    us = fk("en_US")
    v = {}
    first, last = us.first_name(), rnd.choice([us.last_name()] * 3 + WORDS_ENGLISH_SURNAMES)
    v.update(first=first, last=last, full=f"{first} {last}", first2=us.first_name(), full2=us.name_nonbinary() if hasattr(us, "name_nonbinary") else us.name(),
             first3=us.first_name(), full3=f"{us.first_name()} {us.last_name()}")
    v["full2"] = re.sub(r"^(Dr|Mr|Mrs|Ms|Miss|Mx)\.? ", "", v["full2"])
    v["full2"] = re.sub(r" (MD|DDS|PhD|DVM|Jr\.|Sr\.|I|II|III|IV|V)$", "", v["full2"])
    v["lfull"], v["ufull"] = v["full"].lower(), v["full"].upper()
    st = us.street_address()
    unit = rnd.choice(["", "", f" Apt. {rnd.randint(1, 20)}{rnd.choice('ABCD')}", f" Suite {rnd.randint(100, 450)}",
                       f" #{rnd.randint(1, 40)}", f", Unit {rnd.randint(1, 12)}"])
    st = re.sub(r" (Apt\.|Suite) \d+", "", st) + unit
    city, stab, z = us.city(), us.state_abbr(include_territories=False), us.zipcode()
    if rnd.random() < 0.25: z = us.zipcode_plus4()
    v["addr"] = f"{st}, {city}, {stab} {z}"
    v["addr_ml"] = f"{st}\n{city}, {stab} {z}"
    v["addr_u"] = v["addr"].upper()
    v["citystate"] = f"{us.city()}, {us.state_abbr(include_territories=False)}"
    v["cityzip"] = f"{us.city()}, {us.state_abbr(include_territories=False)} {us.zipcode()}"
    v["city"] = us.city()
    v["pobox"] = f"PO Box {rnd.randint(10, 9999)}, {us.city()}, {us.state_abbr(include_territories=False)} {us.zipcode()}"
    v["military"] = rnd.choice([
        f"PSC {rnd.randint(100, 999)}, Box {rnd.randint(1, 9999)}, APO AE {rnd.randint(9000, 9899):05d}",
        f"Unit {rnd.randint(1000, 9999)} Box {rnd.randint(1, 999)}, DPO AP {rnd.randint(96200, 96699)}",
        f"CMR {rnd.randint(400, 499)} Box {rnd.randint(1, 999)}, APO AE {rnd.randint(9000, 9199):05d}",
        f"USNS {us.last_name()}, FPO AA {rnd.randint(34000, 34099)}"])
    v["rr"] = f"RR {rnd.randint(1, 9)} Box {rnd.randint(1, 300)}, {us.city()}, {us.state_abbr(include_territories=False)} {us.zipcode()}"
    v["ph"], v["ph2"], v["ph3"] = us_phone(rnd), us_phone(rnd), us_phone(rnd)
    v["vanity"] = vanity(rnd)
    v["email"] = f"{slug(first)}.{slug(last)}{rnd.randint(1, 99)}@{rnd.choice(['example.com', 'example.net', 'example.org', 'mail.example.com'])}"
    v["email2"] = us.user_name() + "@" + rnd.choice(["example.com", "example.org"])
    v["url"] = rnd.choice([f"https://www.{slug(first)}{slug(last)}.com", f"http://{slug(last)}family.example.net/{slug(first)}",
                           f"www.facebook.com/{slug(first)}.{slug(last)}.{rnd.randint(10, 99)}",
                           f"https://gofundme.example.com/f/help-{slug(first)}-{slug(last)}",
                           f"caringbridge.example.org/visit/{slug(first)}{slug(last)}",
                           f"https://linkedin.com/in/{slug(first)}-{slug(last)}-{rnd.randint(100, 999)}"])
    a, b, c = rnd.randint(101, 665), rnd.randint(10, 99), rnd.randint(1000, 9999)
    v["ssn"] = rnd.choice([f"{a}-{b:02d}-{c}", f"{a}{b:02d}{c}", f"{a} {b:02d} {c}"])
    v["mrn"] = rnd.choice([f"{rnd.randint(10**6, 10**8 - 1):08d}", f"MRN{rnd.randint(10**5, 10**7)}",
                           f"{rnd.choice('ABCHKMW')}{rnd.randint(10**7, 10**9)}",
                           f"{rnd.randint(1, 9)}{rnd.choice('ACDEFGH')}{rnd.choice('JKMNPQR')}{rnd.randint(0, 9)}-{rnd.choice('TUVWX')}{rnd.choice('ACDE')}{rnd.randint(0, 9)}-{rnd.choice('HJKM')}{rnd.choice('NPQR')}{rnd.randint(10, 99)}",
                           f"{rnd.choice(['XEH', 'ZGP', 'UHC', 'BCB'])}{rnd.randint(10**8, 10**9)}", f"C-{rnd.randint(10**5, 10**6)}"])
    d = us.date_of_birth(minimum_age=6, maximum_age=99)
    v["dob"] = rnd.choice([d.strftime("%m/%d/%Y"), f"{d.month}/{d.day}/{d.year}", d.strftime("%Y-%m-%d"),
                           d.strftime("%B %-d, %Y"), d.strftime("%b %-d %Y"), f"{d.month}-{d.day}-{str(d.year)[2:]}",
                           d.strftime("%m.%d.%Y")])
    v["dob_intl"] = rnd.choice([d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%Y"), d.strftime("%-d %B %Y")])
    v["card"] = rnd.choice([lambda: spaced(luhn_complete("4", 16, rnd)), lambda: luhn_complete("5", 16, rnd),
                            lambda: "-".join(re.findall(".{4}", luhn_complete("6011", 16, rnd))),
                            lambda: (lambda s: f"{s[:4]} {s[4:10]} {s[10:]}")(luhn_complete("37", 15, rnd)),
                            lambda: spaced("4" + "".join(str(rnd.randint(0, 9)) for _ in range(15)))])()
    cc = rnd.choice(IBAN_CC)
    ib = iban(cc)
    v["iban"] = rnd.choice([ib, spaced(ib), ib.lower(), spaced(ib).lower()])
    v["routing"] = rnd.choice(["021000021", "011000138", "121000358", "026009593", "322271627", "061000052"])
    v["acct"] = str(rnd.randint(10**7, 10**12))
    # international
    loc = rnd.choice(INTL)
    f = fk(loc)
    v["loc"] = loc
    iname = clean_name(f.name())
    iname = re.sub(r" (MD|PhD|MBA)$", "", iname)
    v["iname"] = iname
    v["iname2"] = clean_name(f.name())
    if loc in GOOD_ADDR:
        ia = f.address()
        v["icity"] = f.city()
    else:
        ia = rnd.choice(OWN_ADDR[loc]); v["icity"] = ia.split("\n")[-1].split(",")[-1].strip()
    v["iaddr"], v["iaddr_ml"] = ia.replace("\n", ", "), ia
    v["iph"] = f.phone_number() if (loc in GOOD_PHONE and rnd.random() < 0.5) else intl_phone(loc, rnd)
    v["iemail"] = f"{slug(iname)[:10]}{rnd.randint(1, 99)}@example.{rnd.choice(['co.uk', 'de', 'fr', 'com', 'net'])}"
    for k, pool in dict(drug=DRUGS, drug2=DRUGS, cond=CONDS, lab=LABS, body=BODY, org=ORGS, rel=RELS,
                        day=DAYS, month=MONTHS).items():
        v[k] = rnd.choice(pool)
    if v["drug2"] == v["drug"]: v["drug2"] = "aspirin 81"
    v["n"] = rnd.randint(2, 12)
    return v

T = [
("speaker_label", "{rel} [[P|{first}]]: did anyone give the (({drug})) at (({day})) breakfast?\n[[P|{first2}]]: yes, and I called the pharmacy at [[T|{ph}]]"),
("speaker_label", "[[P|{first}]]: moving ((Dad)) to [[L|{addr}]] this weekend\n[[P|{first2}]]: ok I'll change the (({drug})) delivery, what's the landline\n[[P|{first}]]: [[T|{ph}]]"),
("speaker_label", "((Nurse)) [[P|{full}]]: (({lab})) is back, please call [[T|{ph}]]\n((Daughter)) [[P|{first2}]]: thank you, ((Mom)) is asleep"),
("speaker_label", "[[P|{first}]] ((Grandma's)) helper: the (({cond})) pamphlet came. her (({org})) id is [[M|{mrn}]]"),
("lower_case", "hi this is [[P|{lfull}]], can you send ((mom's)) (({drug})) to the new place [[L|{addr_l}]]. cell [[T|{ph}]]"),
("lower_case", "pls update email to [[E|{email}]] for [[P|{lfull}]] dob [[D|{dob}]], its about the (({lab})) results"),
("lower_case", "[[P|{first_l}]] here, grandpas (({drug})) copay went on my card [[A|{card}]] by mistake, can u refund it"),
("lower_case", "my dads ssn is [[S|{ssn}]] and they still cant find him, name [[P|{lfull}]], he has (({cond}))"),
("all_caps", "THIS IS [[P|{ufull}]] CALLING ABOUT MY (({drug_u})). PHONE [[T|{ph}]]. ADDRESS [[L|{addr_u}]]"),
("all_caps", "PLEASE MAIL ((MOM'S)) BILL TO [[L|{pobox_u}]]. ACCOUNT [[A|{acct}]]. SHE HAS (({cond_u}))"),
("all_caps", "[[P|{ufull}]] DOB [[D|{dob}]] MEMBER ID [[M|{mrn}]] NEEDS (({drug_u})) REFILL ASAP"),
("list", "Care team for ((Dad)):\n- [[P|{full}]] [[T|{ph}]]\n- [[P|{full3}]] [[T|{ph2}]]\n- ((Kaiser)) nurse line\n(({drug})) at 8am and 8pm"),
("list", "Things to bring {day_l}:\n1. ((Medicare)) card ([[M|{mrn}]])\n2. list of meds: (({drug})), (({drug2}))\n3. ((Grandma's)) DOB [[D|{dob}]]"),
("list", "Visitors this week: [[P|{first}]], [[P|{first2}]] and [[P|{last}]] family. Remind them about ((Mom's)) (({cond})). Door code is at [[L|{addr}]]"),
("run_on", "so i called [[P|{full}]] at the pharmacy and she said the (({drug})) was sent to [[L|{citystate}]] instead of here and now ((Dad)) is out and i'm at [[T|{ph}]] if anyone can help me sort it out tonight"),
("run_on", "ok long story but my aunt [[P|{full}]] who is 80 gave her bank account [[A|{acct}]] and routing [[A|{routing}]] to someone who said they were from ((Medicare)) and now im worried, she has (({cond})), my email [[E|{email2}]]"),
("run_on", "we just got back from the ER with ((Grandpa)) and they changed his (({drug})) and the discharge papers have the wrong birthday it says [[D|{dob}]] which is my uncle [[P|{first2}]]'s not his, can someone fix"),
("signature", "Thanks for the update on ((Mom's)) (({lab})).\n\n[[P|{full}]]\n[[L|{addr_ml}]]\n[[T|{ph}]]"),
("signature", "Appreciate you all.\n-- \n[[P|{full}]]\n[[E|{email}]] | [[U|{url}]]\nsent from my phone, excuse typos. ((Dad's)) (({drug})) is fine."),
("signature", "Best,\n[[P|{full}]]\n[[T|{vanity}]] (my bakery line)\n[[L|{cityzip}]]\nP.S. (({cond})) support group is on (({day}))."),
("form", "Patient: [[P|{full}]]\nDOB: [[D|{dob}]]\nSSN: [[S|{ssn}]]\nAddress: [[L|{addr}]]\nPhone: [[T|{ph}]]\nDiagnosis: (({cond}))"),
("form", "Payment form\nCardholder: [[P|{full}]]\nCredit card: [[A|{card}]]\nBilling address: [[L|{addr_ml}]]\nFor: (({drug})) mail order"),
("form", "Refund details\nName: [[P|{full}]]\nBank routing: [[A|{routing}]]\nAccount number: [[A|{acct}]]\nEmail: [[E|{email}]]\nService: (({lab}))"),
("form", "Member ID: [[M|{mrn}]]\nName: [[P|{full}]]\nBirth date: [[D|{dob}]]\nPCP phone: [[T|{ph}]]\nMeds: (({drug})), (({drug2}))"),
("form", "Military mail\nService member: [[P|{full}]]\nAddress: [[L|{military}]]\nParent on file: [[P|{full3}]], (({cond}))"),
("clinician_note", "Pt [[P|{full}]], MRN [[M|{mrn}]], DOB [[D|{dob}]]. (({cond})) stable on (({drug})). Callback [[T|{ph}]]."),
("clinician_note", "Home visit [[L|{rr}]]. [[P|{full}]] reports (({body})) pain. Cont (({drug})). Son [[P|{first2}]] [[T|{ph}]]."),
("clinician_note", "F/u: [[P|{last}]], {n} wk post-op. (({lab})) pending. Pt portal email [[E|{email}]]. Plan: hold (({drug})) until (({day}))."),
("clinician_note", "SW: pt [[P|{full}]] lost housing; temp address [[L|{addr}]]. SSN on file [[S|{ssn}]]. (({cond}))."),
("general_text", "Change of address for [[P|{full}]]: please use [[L|{addr_ml}]] from now on. Phone stays [[T|{ph}]]. The (({drug})) goes there too."),
("general_text", "Fundraiser for ((Mom's)) (({cond})) treatment: [[U|{url}]]. Questions to [[P|{full}]] at [[E|{email}]]."),
("general_text", "Billing: statement {month} shows a charge on card [[A|{card}]] for [[P|{full}]]. We already paid at (({org})). Call [[T|{ph}]]."),
("general_text", "Our neighbour [[P|{full}]] at [[L|{addr}]] asked me to post this: her (({drug})) delivery keeps going to [[L|{pobox}]]."),
("forwarded", "---------- Forwarded message ----------\nFrom: [[P|{full}]] <[[E|{email}]]>\n((Dad's)) (({lab})) came back fine. Keep the (({drug})) the same. My cell [[T|{ph}]]"),
("forwarded", "Fwd text from [[T|{ph}]]:\n\"hi its [[P|{first}]], ((Grandma)) left her (({drug})) at my house [[L|{addr}]]\""),
("forwarded", "> On {day}, [[P|{full}]] wrote:\n> SSN for the form is [[S|{ssn}]], DOB [[D|{dob}]]\nfwd to [[P|{first2}]] for the (({org})) paperwork"),
("typo", "helo its [[P|{lfull}]] my moms (({drug})) didnt come agian, adress [[L|{addr}]] numbr [[T|{ph}]]"),
("typo", "cn u chek if [[P|{first}]] (({lab})) is bak? the memebr id [[M|{mrn}]] thx"),
("international", "Hi, I'm [[Pi|{iname}]] writing from abroad about ((Mom)). Her address: [[Li|{iaddr}]]. Phone [[Ti|{iph}]]. She takes (({drug}))."),
("international", "Contact abroad for [[P|{full}]]: [[Pi|{iname}]], [[Ti|{iph}]], [[Li|{icity}]]. Refund IBAN [[Ai|{iban}]]. (({cond}))"),
("international", "Please wire the overpayment to IBAN [[Ai|{iban}]] (account holder [[Pi|{iname}]]). It was for ((Dad's)) (({drug}))."),
("international", "Forwarding for my cousin [[Pi|{iname}]] ([[Ei|{iemail_}]]), who lives at\n[[Li|{iaddr_ml}]]\nShe is helping with ((Grandma's)) (({cond}))."),
("international", "((Uncle)) [[Pi|{iname}]] is flying in from [[Li|{icity}]] for the (({body})) surgery, his mobile is [[Ti|{iph}]], and [[Pi|{iname2}]] comes too."),
("clinician_note", "Interpreter call: [[Pi|{iname}]], (({cond})). Family abroad at [[Ti|{iph}]]. Local contact [[P|{full}]] [[T|{ph}]]."),
("general_text", "I'm a friend of [[P|{full}]]. Her personal page [[U|{url}]] has the updates on her (({cond})); please don't post her SSN [[S|{ssn}]] there."),
("speaker_label", "[[P|{full}]] ({rel_l}): his (({drug})) refill needs the routing [[A|{routing}]] and account [[A|{acct}]] for autopay"),
("lower_case", "[[P|{first_l}]] said to check [[U|{url}]] for ((grandpa's)) updates, his (({cond})) is worse. call [[T|{ph}]]"),
("international", "Dear team, I am [[Pi|{iname}]], ((daughter)) of [[Pi|{iname2}]]. Our address is\n[[Li|{iaddr_ml}]]\nTel: [[Ti|{iph}]]. She was started on (({drug})) for (({cond}))."),
("international", "[[Pi|{iname}]]: ((Mom's)) (({drug})) ran out while visiting us in [[Li|{icity}]]\n[[P|{first}]]: send the pharmacy your number [[Ti|{iph}]] and the address [[Li|{iaddr}]]"),
("international", "Refund for [[Pi|{iname}]]: iban [[Ai|{iban}]], phone [[Ti|{iph}]], email [[Ei|{iemail_}]]. Service: (({lab}))."),
("international", "TRAVEL NOTE: [[Pi|{iname}]] (DOB [[Di|{dob_intl}]]) carries (({drug})) for (({cond})). Staying at [[Li|{iaddr}]]. Emergency [[Ti|{iph}]]."),
("international", "forwarded from [[Pi|{iname2}]] in [[Li|{icity}]]: \"((Grandpa)) [[Pi|{iname}]] needs his (({drug})) records, call [[Ti|{iph}]]\""),
("international", "Form: Name [[Pi|{iname}]] | Address [[Li|{iaddr}]] | Phone [[Ti|{iph}]] | IBAN [[Ai|{iban}]] | Condition (({cond}))"),
("international", "Signed,\n[[Pi|{iname}]]\n[[Li|{iaddr_ml}]]\n[[Ti|{iph}]]\n(caring for ((Dad)), (({cond})))"),
("international", "my cousin [[Pi|{iname}]] ([[Ti|{iph}]]) and her husband [[Pi|{iname2}]] will take ((Nana)) back to [[Li|{icity}]] after the (({body})) scan"),
("clinician_note", "Pt [[Pi|{iname}]], visiting from abroad, DOB [[Di|{dob_intl}]]. (({cond})); continue (({drug})). Home address [[Li|{iaddr}]]. Family [[Ti|{iph}]]."),
("general_text", "Moving back home! From [[L|{addr}]] to [[Li|{iaddr}]]. New number [[Ti|{iph}]]. Please transfer ((Mom's)) (({drug})) records. - [[P|{full}]]"),
("list", "Overseas contacts for ((Grandma)):\n- [[Pi|{iname}]] [[Ti|{iph}]]\n- [[Pi|{iname2}]], [[Li|{icity}]]\n- local: [[P|{full}]] [[T|{ph}]]\nMeds: (({drug}))"),
("list", "Links + numbers for ((Dad's)) (({cond})) team:\n* updates: [[U|{url}]]\n* [[P|{full}]] [[T|{ph}]]\n* [[P|{full3}]] [[E|{email}]]"),
("signature", "Cheers,\n[[P|{full}]]\n[[U|{url}]]\n[[T|{ph}]]\n(helping ((Mom)) with her (({drug})))"),
("lower_case", "[[P|{lfull}]] set up a page for dads (({cond})): [[U|{url}]] and the mail address is [[L|{pobox}]]"),
("run_on", "so I made a blog for everyone to follow ((Grandpa's)) recovery from the (({body})) surgery at [[U|{url}]] and you can email me [[E|{email}]] or text [[T|{ph}]], I'm [[P|{first}]]"),
("clinician_note", "Rural pt [[P|{full}]], [[L|{rr}]]. (({cond})). Medicare [[M|{mrn}]]."),
]

def make_templates(fk, iban, spaced, rnd, parse, n=240):
    out = []
    order = []
    while len(order) < n:
        idx = list(range(len(T))); rnd.shuffle(idx); order += idx
    for k in order[:n]:
        style, t = T[k]
        for _ in range(50):
            v = bag(fk, iban, spaced, rnd)
            v.update(addr_l=v["addr"].lower(), first_l=v["first"].lower(), drug_u=v["drug"].upper(),
                     cond_u=v["cond"].upper(), pobox_u=v["pobox"].upper(), day_l=v["day"], rel_l=v["rel"].lower(),
                     iemail_=v["iemail"])
            s = t.format(**v)
            if not problems(*parse(s)): break
        out.append((style, s, "template"))
    return out


def problems(text, ids, keep):
    errs = []
    spans = []
    for d in ids:
        t = d["text"]
        if not t or t not in text: errs.append(("missing", t)); continue
        for m in re.finditer(re.escape(t), text):
            a, b = m.span()
            if (a > 0 and text[a-1].isalnum() and t[0].isalnum()) or (b < len(text) and text[b].isalnum() and t[-1].isalnum()):
                errs.append(("boundary", t))
            spans.append((a, b, t))
    for k in keep:
        if k not in text: errs.append(("keep_missing", k)); continue
        for m in re.finditer(re.escape(k), text):
            for a, b, t in spans:
                if m.start() < b and a < m.end(): errs.append(("keep_overlap", k, t))
    return errs
