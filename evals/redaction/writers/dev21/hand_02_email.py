# Hand-written, one at a time: forwarded email threads, reply headers, signatures.
MESSAGES = [
("email_thread", """---------- Forwarded message ---------
From: [[P:Grant Whitfield]] <[[E:gwhitfield@whitfieldlaw.com]]>
Date: {{Tue}}, {{Mar}} 4, 2025 at 9:12 AM
Subject: Re: Mom's {{Medicaid}} waiver
To: [[P:Hope Whitfield-Baines]] <[[E:hopewb77@gmail.com]]>

[[P:Hope]], the caseworker needs her SSN [[S:401-88-2316]] and the last three statements from the checking account ending 4471. I'll be at the office at [[L:1200 Commerce St, Suite 410, Lubbock, TX 79401]] all week.

--
[[P:Grant Whitfield]], Attorney at Law
Direct [[T:(806) 555-0110 ext. 204]]"""),
("email_thread", """On {{Thursday}}, [[P:Dawn Pruitt]] wrote:
> Can someone confirm Dad's {{Eliquis}} dose? The discharge paper says 5 mg BID but the bottle says 2.5.
> [[P:Dawn]]

[[P:Dawn]] - it's 2.5 twice a day, Dr. [[P:Lane]] changed it because of his kidneys ({{eGFR}} 38). I called {{Kroger}} pharmacy.
-[[P:Will]]

Sent from my iPhone"""),
("signature", """Thanks for including me on the care calendar. I can do {{Wednesdays}} in {{April}}.

Deacon [[P:Rusty Van der Merwe]]
St. Brendan's Parish Outreach
[[L:PO Box 212, Emmetsburg, IA 50536]]
cell [[T:712.555.0133]] | [[E:rusty.vdm@stbrendanparish.org]]"""),
("email_thread", """From: [[Pi:María José de la Cruz Ibáñez]] <[[E:mjdelacruz@correo.mx]]>
Sent: Monday, {{January}} 13 8:44 PM
To: [[E:familia.ortega.help@gmail.com]]
Subject: RE: RE: papá

Les paso el teléfono de mi hermano en Monterrey: [[Ti:+52 81 1234 5678]]. Él puede llevarle la {{insulina}} el fin de semana.
Dirección: [[Li:Calle Padre Mier 455 Pte., Centro, 64000 Monterrey, N.L.]]

-----Original Message-----
From: [[P:Dani Ortega]]
> does anyone have tio [[P:Chuy]]'s number? abuelo keeps asking about his {{metformina}}"""),
("signature", """Please call if his {{O2 sat}} drops below 88%.

[[P:Sunny Blackhorse]], RN, BSN
Visiting Nurse, {{Tri-County Home Health}}
Office: [[T:605-555-0184]] Fax: [[T:605-555-0185]]
Confidentiality notice: this message may contain protected health information."""),
("email_thread", """Begin forwarded message:

From: [[P:Page Lindqvist]] <[[E:page.lindqvist@outlook.com]]>
Subject: Dad's intake packet
Date: {{June}} 2, 2025 at 4:10:33 PM CDT

Patient: [[P:Arvid Lindqvist]]
DOB: [[D:03/11/1939]]
Chart #: [[M:LQ-0048821]]
Address: [[L:RR 2 Box 15, Lindsborg, KS 67456]]
Home phone: [[T:785 555 0121]]

He's on {{warfarin}}, {{Lasix 40}}, {{metoprolol}}. Allergies: {{sulfa}}."""),
("email_thread", """> On Sat, [[P:Bud Haskins]] <[[E:budhaskins@centurylink.net]]> wrote:
>> Who's got Mother {{Sunday}}? I can't, I'm in [[L:Duluth]] for the tournament.
>
> I do. -[[P:Gay]]

[[P:Gay]], thank you. Remember she takes the {{Sinemet}} at exactly 7, 11, 3 and 7 or the {{Parkinson's}} shakes come right back. Her neuro is Dr. [[P:Oyelaran]] at {{Essentia}}.

[[P:Lorraine]]"""),
("signature", """Fr. [[P:Tomás O'Byrne-Salazar]]
Pastor, Our Lady of Guadalupe
[[L:1407 W Cesar Chavez St, San Antonio, TX 78207]]
[[T:210/555-0155]]
[[U:www.olgsa-parish.org/staff/fr-tomas-obyrne]]"""),
("email_thread", """Subject: FW: billing statement - please read!!

---- Original message ----
From: {{Medicare}} Supplement Billing <[[E:billing@example-insure.com]]>
To: [[P:Faith Amundsen]]

Dear [[P:FAITH AMUNDSEN]],
Your automatic draft from account acct no. [[A:000482219937]] (routing [[A:091000019]]) was returned. Please call [[T:1-888-555-0114]] and reference member number MBR [[M:7730-228-91]].

[[P:Faith]] wrote:
> does anyone know why they'd bounce it?? mom has plenty in there"""),
("email_thread", """From: Dr. [[P:Anjali Venkataraman]] <[[E:avenkat@lakeviewgeri.org]]>
To: [[P:June Castellanos]]; [[P:Dusty Castellanos]]
Cc: [[E:care.coord@lakeviewgeri.org]]
Subject: Follow-up after Tuesday

Hi [[P:June]] and [[P:Dusty]],
Your father's {{Hemoglobin A1c}} is down to 7.1. We'll stop the {{glipizide}}. Please keep the {{Morning Walk Group}} going. Next visit {{August}} 19.
[[P:Anjali]]
Lakeview Geriatrics | [[L:550 Lakeview Pkwy, Suite 200, Vernon Hills, IL 60061]] | [[T:847.555.0190 x3]]"""),
("signature", """Love you all. Praying for Mom's {{surgery}}.
— Auntie [[P:Bee]] (that's [[P:Beatrice Nkemelu-Hart]])
[[T:+1 404 555 0178]]
sent from my galaxy"""),
("email_thread", """-----Original Message-----
From: [[P:Hank O'Shaughnessy]] [mailto:[[E:hank.oshaughnessy@yahoo.com]]]
Sent: Friday, {{October}} 10, 2025 7:02 AM
To: [[P:Lane Merritt]]
Subject: Re: Re: Re: Fw: Dad {{hospice}} papers

[[P:Lane]], the {{POLST}} is signed. Send it to {{VITAS}}, not to the old {{Amedisys}} fax.

> From: [[P:Lane Merritt]]
> Did anybody sign the {{DNR}}? The nurse asked again. My number if easier: [[T:(502) 555-0126]]"""),
("email_thread", """Fwd: from my cousin in Seoul

---------- Forwarded message ---------
보낸사람: [[Pi:김민준]] <[[Ei:minjun.kim@naver.com]]>
날짜: 2025년 5월 3일

고모 {{혈압약}} 잘 드시고 계세요? 제 번호는 [[Ti:010-4821-7735]] 입니다.
주소: [[Li:서울특별시 마포구 월드컵북로 396]]

Translation from [[P:Sunny]]: he's asking if auntie is taking her {{blood pressure pills}}."""),
("signature", """Officer [[P:Dale Runningwater]]
Community Liaison, Chinle PD
Desk [[T:928-555-0106]]
Welfare checks: call desk first, not 911."""),
("email_thread", """On Mon, {{Feb}} 17, 2025 at 11:40 PM [[P:Rosalind Park]] <[[E:rpark.nurse@gmail.com]]> wrote:

Hi [[P:Will]],
I went by your mom's place at [[L:71 Sandpiper Ct, Apt 12, Myrtle Beach, SC 29577]]. Her legs are swollen again, +2 {{pitting edema}}. I'd call the {{cardiology}} nurse line. Her {{furosemide}} may need to go up.
[[P:Rosalind]]

[[P:Rosalind Park]], RN
[[T:843 555 0161]]"""),
("email_thread", """From: [[Pi:Henrike van der Linden]] <[[Ei:h.vanderlinden@ziggo.nl]]>
Subject: Oma
Date: 12 {{september}} 2025

Hello all, I can wire money for the {{stairlift}}. Use my account [[Ai:NL91 ABNA 0417 1643 00]]. My mobile: [[Ti:+31 6 12345678]]. Address for the paperwork: [[Li:Keizersgracht 221-H, 1016 DV Amsterdam]].
Groetjes, [[Pi:Henrike]]"""),
("signature", """Thank you, we'll have the {{wheelchair}} ready {{Friday}}.

[[P:Dawn Featherstone-Kealoha]] | Intake Coordinator
Aloha Home Care | [[L:98-1005 Moanalua Rd, Suite 420, Aiea, HI 96701]]
main [[T:808-555-0150]] direct [[T:808-555-0151 ext 12]]
[[E:dawn.fk@alohahomecare-example.com]]"""),
("email_thread", """RE: RE: Grandpa [[P:Ike]]'s birthday/appointments

> [[P:Pat]]: his {{cardiology}} is {{July 8}} and his birthday is [[D:July 11, 1942]]. Don't mix them up on the form again lol
> [[P:Ike Bjornstad Jr]]: I put [[D:7/11/42]] on the {{VA}} form, is that right?

Yes that's right. His VA claim number [[M:C 28 441 903]] is on the back of his card.
[[P:Pat Bjornstad-Lund]]"""),
("email_thread", """From: [[P:Chidi Okafor]]
To: [[P:Ngozi Okafor]], [[P:Emeka Okafor]], [[P:Ada]]
Subject: Papa's flight

He lands {{Saturday}}. Uncle's number in Lagos is [[Ti:+234 803 555 0142]] and his house is [[Li:14 Adeola Odeku Street, Victoria Island, Lagos 101241]]. He must bring his {{amlodipine}} and {{Januvia}} in the carry-on.
[[P:Chidi]]
[[T:713-555-0127]]"""),
("signature", """Blessings,
Sister [[P:Mary Agnes Delacroix]]
Parish Nurse Ministry
[[L:HC 70 Box 31, Sapello, NM 87745]]
[[T:(575) 555-0112]]"""),
]
