# Hand-written international messages (family abroad, money transfers, non-Latin names and places).
H = [
("international", """
Hi, my mother «Ingrid Bäcker|P!» will stay with us over winter. Her home address in Germany: «Lindenstraße 14, 10969 Berlin|L!». Her GP there can be reached at «+49 30 5557 0213|PH!». She takes {Marcumar} (= {phenprocoumon}) not {warfarin}.
"""),
("international", """
For the reimbursement from my brother in France please use IBAN «FR92 5260 1815 9083 0166 1318 609|A!», holder «Olivier Marchetti|P!». He paid for Maman's {wheelchair}.
"""),
("international", """
my cousin «Rahul Deshpande|P!» in «Pune|L!» is a doctor, he wants the {echo} report. his whatsapp «+91 98220 55514|PH!», email «rahul.deshpande.md@rediffmail.com|E!». address «Flat 6, Shantiniketan Society, Kothrud, Pune 411038|L!»
"""),
("international", """
Dad's UK pension goes to «GB17 KEMU 0181 5908 3016 61|A!» — the {care home} fees need the same account. NHS number «485 777 3456|M!». His GP surgery is in «Harrogate, HG1 2PX|L!».
"""),
("international", """
Lola «Remedios Pangilinan|P» is flying back to «Cebu City|L!» on the 20th. Her address there is «123 Osmeña Blvd, Brgy. Kamputhaw, Cebu City 6000|L!». Her {insulin} needs to stay cold — any tips? Her number in PH «0917 555 0182|PH!»
"""),
("international", """
ma tante «Marie-Lourdes Jean-Baptiste|P!» à «Port-au-Prince|L!» wants to send money for {dialysis}. She has an account in France: «fr8213909960308246281948219|A!». phone «+509 3455 0172|PH!»
"""),
("international", """
Oma's address in NL for the Christmas card: «Noordeinde 71, 2514 GC Den Haag|L!». Tel «+31 70 555 0184|PH!». She's on {metoprolol} too, funny.
"""),
("international", """
The nurse asked for emergency contacts abroad:
«김민서|P!» ({eldest daughter}, «Seoul|L!») «+82 10-5550-2291|PH!»
«서울특별시 강남구 테헤란로 152|L!»
«Kim Min-seo|P!» is how she spells it in English.
"""),
("international", """
我妈妈 «王秀英|P!» 的地址：«上海市徐汇区漕溪北路88号|L!», 电话 «+86 21 5555 0198|PH!». She takes {amlodipine 5 mg} and {metformin}.
"""),
("international", """
Mamá «Guadalupe Hernández Ruiz|P!» vive en «Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX|L!». Su teléfono «+52 55 5555 0147|PH!». Tiene {diabetes} y {hipertensión}.
"""),
("international", """
Pay the {home care} agency from my Spanish account please: iban «ES43 5260 1815 1690 8301 6613|A!» («Javier Moreno Gil|P!»). Routing for my US one is «079589691|A», account «300018834512|A».
"""),
("international", """
Papa «Jerzy Wiśniewski|P!» — adres w Polsce: «ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa|L!». Tel. «+48 22 555 01 76|PH!». He stopped {Xarelto} when he flew.
"""),
("international", """
Grandma's sister «Tomoko Fujiwara|P!» / «藤原智子|P!» lives in «大阪府大阪市北区梅田1-3-1|L!» 〒530-0001. Her phone «06-5555-0123|PH!». She also had {breast cancer}.
"""),
("international", """
Avó «Maria das Graças Souza|P!» mora na «Rua Augusta, 1508, apto 42, Consolação, São Paulo - SP, 01304-001|L!». Telefone «+55 11 95555-0164|PH!». Ela toma {losartana}.
"""),
("international", """
Our son in «Toronto|L!» can help: «Marcus Li|P!», «88 Harbour St Unit 2104, Toronto ON M5J 0C3|L!», «(416) 555-0115|PH!». He's a pharmacist at {Shoppers Drug Mart}.
"""),
("international", """
Sending Papa's records to his cardiologist in Italy: «Dott. Luca Bernardi|P!», «Via Garibaldi 22, 20121 Milano MI|L!», «+39 02 5555 0133|PH!», «l.bernardi@cardiomilano.it|E!». {Fibrillazione atriale} = {atrial fibrillation}.
"""),
("international", """
Ông nội «Trần Văn Lộc|P» is going back to Vietnam for Tết. Address: «15 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|L!». Phone there «+84 28 3555 0177|PH!». He needs 3 months of {Eliquis}.
"""),
("international", """
Payment for the Irish {nursing} fees: «IE87 KEMU 0181 5908 3016 61|A!», name «Siobhán Ní Bhriain|P!», ref "Mam's care". Her number «+353 87 555 0129|PH!».
"""),
("international", """
Tante «Ayşe Yılmaz|P!» İstanbul'da: «Bağdat Cad. No: 210 D:5, 34728 Kadıköy/İstanbul|L!», «+90 216 555 01 48|PH!». {Kalp yetmezliği} — heart failure.
"""),
("international", """
Uncle «Fyodor|P!» in Russia, «Фёдор Кузнецов|P!», «г. Санкт-Петербург, Невский пр., д. 28, кв. 7, 191186|L!». He wants to know if {Eliquis} is the same as his {Ксарелто}.
"""),
]
