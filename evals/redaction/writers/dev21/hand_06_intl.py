# Hand-written, one at a time: international contacts, many scripts and formats.
MESSAGES = [
("international", """Mom's sister in Osaka: [[Pi:山田 花子]] ([[Pi:Hanako Yamada]]), [[Ti:+81 6-6345-7788]], [[Li:〒530-0001 大阪府大阪市北区梅田3-1-1]]. She sends {{kampo}} tea, please check it with Mom's {{warfarin}} before she drinks it."""),
("international", """grandma's cousin [[Pi:王秀英]] can't come but her son [[Pi:李伟]] will video call. his wechat is the same as phone [[Ti:+86 138 0013 8000]]. he lives [[Li:上海市浦东新区世纪大道100号]]. grandma needs her {{amlodipine}} before the call she gets worked up"""),
("international", """Uncle [[Pi:Rajesh Iyer]] from Chennai will stay 3 weeks to help after Dad's {{bypass}}. His Indian mobile: [[Ti:+91 98401 23456]]; home [[Li:No. 14, 2nd Cross Street, Besant Nagar, Chennai 600090]]. He'll bring the {{Ayurvedic}} powders — Dr. said NO with {{Plavix}}."""),
("international", """Tía [[Pi:Guadalupe Hernández Ruiz]] llamó desde Guadalajara, su cel es [[Ti:33 1234 5678]] (from the US dial [[Ti:+52 33 1234 5678]]). Dice que mi abuela tiene que tomar su {{losartán}} en la mañana, no en la noche."""),
("international", """Ich bin [[Pi:Jürgen Weißmüller]], der Neffe. Meine Adresse: [[Li:Lindenstraße 14, 10969 Berlin]]. Telefon [[Ti:+49 30 2345678]] oder [[Ti:0171 4567890]]. Meine Tante nimmt {{Marcumar}}, bitte nicht mit {{Ibuprofen}} mischen. For the money for the {{stairlift}}: IBAN [[Ai:DE50 5260 1815 9083 0166 13]]."""),
("international", """[[Pi:Fatima Al-Zahrani]] (فاطمة الزهراني), my mother's best friend in Riyadh, wants updates. Her number [[Ti:+966 50 123 4567]]. Address: [[Li:حي العليا، شارع التحلية، الرياض 12241]]. She asked about mom's {{dialysis}} schedule — {{Mon/Wed/Fri}}."""),
("international", """UK side of the family:
Auntie [[Pi:Maureen Pickering]] — [[Li:7 Bramble Close, Harrogate HG2 8QR]] — [[Ti:01423 567890]]
Cousin [[Pi:Ollie]] — mobile [[Ti:07700 900123]] — [[Ei:ollie.pickering@btinternet.com]]
Mum's {{NHS}} number if anyone asks there: [[Mi:485 777 3456]]"""),
("international", """Bonjour à tous, je suis [[Pi:Hélène Lefèvre-Dubois]], la fille de Mme [[Pi:Lefèvre]]. Mon numéro : [[Ti:+33 6 12 34 56 78]]. Adresse : [[Li:12 rue des Lilas, 69003 Lyon]]. Maman prend du {{Doliprane}} et du {{Kardégic}}. IBAN pour le {{kiné}} : [[Ai:FR97 6281 9482 1993 5181 9093 786]]"""),
("international", """Сын пациентки: [[Pi:Дмитрий Иванович Соколов]], тел. [[Ti:+7 916 123-45-67]], адрес [[Li:г. Москва, ул. Тверская, д. 7, кв. 15, 125009]]. English: he's [[Pi:Dmitri Sokolov]], he handles Grandma's {{Eliquis}} orders from the Russian pharmacy in [[L:Brighton Beach]]."""),
("international", """our Filipino caregiver [[Pi:Maricel Dela Paz]] is going home for a month. her family in Cebu: [[Ti:+63 917 555 1234]], [[Li:123 P. del Rosario St, Cebu City 6000]]. her replacement is [[P:Joy]] from the agency. Dad's {{donepezil}} is in the blue box"""),
("international", """Mamãe tem consulta no {{cardiologista}} {{segunda-feira}}. Meu irmão [[Pi:João Pedro Gonçalves da Silva]] mora em São Paulo: [[Ti:+55 11 98765-4321]], [[Li:Rua Augusta, 1508, apto 42, Consolação, São Paulo - SP, 01304-001]]. She takes {{Losartana}} and {{Puran T4}}."""),
("international", """Korean church friends who visit Halmoni:
[[Pi:박서연]] 집사님 [[T:(213) 555-0124]]
[[P:Choi Young-ho]] — lives in [[L:Koreatown]], [[L:3450 Wilshire Blvd Apt 1102, Los Angeles, CA 90010]]
Her {{당뇨}} ({{diabetes}}) meds are {{Januvia}} and {{metformin}}."""),
("international", """Dad's old army buddy in Canada: [[Pi:Gérard Tremblay]], [[Li:455 rue Saint-Joseph Est, Québec QC G1K 3B6]], [[Ti:+1 418 555 0190]]. Also [[Pi:Mr. Doug MacKinnon]] in [[Li:Halifax, NS B3H 1A1]], [[Ti:(902) 555-0103]]. Both know about his {{PTSD}}."""),
("international", """Nonna's nephew [[Pi:Giuseppe Russo]] — [[Li:via Roma 22]], no wait: [[Li:Via Giuseppe Garibaldi 22, 80142 Napoli NA]], cell [[Ti:+39 333 123 4567]]. He wants to send money: [[Ai:IT06Q6252760189555979711471]]. Nonna's {{Coumadin}} INR was 2.4 {{Tuesday}}."""),
("international", """हमारी दादी [[Pi:सावित्री देवी शर्मा]] जी का पता: [[Li:मकान नं. 45, सेक्टर 15, नोएडा, उत्तर प्रदेश 201301]]. फ़ोन [[Ti:+91 99100 54321]]. She needs her {{thyroid}} tablets {{Eltroxin}} refilled before the flight."""),
("international", """Πατέρας μου: [[Pi:Γιώργος Παπαδόπουλος]], [[Li:Οδός Ερμού 25, 105 63 Αθήνα]], [[Ti:+30 210 123 4567]]. He's flying to see Mom after her {{stroke}}. He takes {{Sintrom}} (acenocoumarol), tell the {{neurologist}}."""),
("international", """Mi hermana [[Pi:Ana Belén Ortega de la Fuente]] vive en Madrid, [[Li:Calle de Alcalá 120, 3º B, 28009 Madrid]], móvil [[Ti:+34 612 34 56 78]]. She can send {{Nolotil}} but I told her no, mom is on {{Eliquis}}. Her IBAN for the {{hospice}} co-pay reimbursement: [[Ai:ES95 5797 5432 3194 8757 4911]]"""),
("international", """grandpa [[Pi:Nguyễn Văn Thành]]'s brother in Hồ Chí Minh: [[Ti:+84 90 123 45 67]], [[Li:268 Lý Thường Kiệt, Phường 14, Quận 10, TP. Hồ Chí Minh]]. grandpa wants the {{thuốc bắc}} herbal stuff, pharmacist said check with his {{kidney}} doctor first"""),
("international", """Turkish neighbour [[Pi:Ayşe Yılmaz]] helps Mum with shopping. Her son [[Pi:Mehmet Yılmaz]] is in Istanbul: [[Ti:+90 532 123 45 67]], [[Li:Bağdat Cad. No:123 D:5, 34728 Kadıköy/İstanbul]]. Mum's {{inhaler}} is {{Symbicort}}."""),
("international", """Polish side: babcia [[Pi:Zofia Wiśniewska-Kowalczyk]], [[Li:ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa]], [[Ti:+48 22 123 45 67]]. For transfers: [[Ai:PL07 0497 4650 7529 1703 4236 6712]]. She has {{cukrzyca}} (diabetes), takes {{Siofor}}."""),
("international", """Aunt [[Pi:Noa Ben-David]] (נועה בן דוד) in Haifa — [[Ti:+972 52-123-4567]] — [[Li:רחוב הרצל 15, חיפה]]. She's a retired {{ICU}} nurse and has opinions about the {{Haldol}}."""),
("international", """Mum's carer in Bristol is [[Pi:Priya Chaudhary]], [[Ti:+44 117 496 0123]], [[Ei:priya.c.care@outlook.co.uk]]. Mum's address [[Li:Flat 3, 18 Whiteladies Road, Bristol BS8 2LG]]. {{District nurse}} comes {{Tuesdays}} for her {{leg ulcer}}."""),
("international", """ป้าของแม่ [[Pi:สมศรี ใจดี]] อยู่ [[Li:99/12 ถนนสุขุมวิท แขวงคลองเตย กรุงเทพฯ 10110]] โทร [[Ti:+66 81 234 5678]]. She's the one who knows grandma's {{allergy}} to {{penicillin}}."""),
("international", """Grandad's pension from Switzerland goes to [[Ai:CH19 3962 4595 7117 7774 1]] — the bank needs his AHV number [[Mi:756.1234.5678.97]] and his Swiss address [[Li:Bahnhofstrasse 45, 8001 Zürich]]. His {{Parkinson's}} neuro there was Dr. [[Pi:Ursula Brändli]]."""),
("international", """family in Dubai: [[Pi:Omar bin Khalid Al-Mansoori]], [[Ti:+971 50 123 4567]], [[Li:Villa 12, Street 8, Al Barsha 2, Dubai]]. iban [[Ai:ae722154728038528084148]]. he will pay for moms {{MRI}}"""),
("international", """Dutch cousin [[Pi:Pieter de Vries]], [[Li:Prinsengracht 263, 1016 GV Amsterdam]], [[Ti:020 523 4567]]. He sends the {{stroopwafels}} grandpa loves but they spike his {{blood sugar}}."""),
]
