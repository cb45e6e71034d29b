# Hand-written messages, part D (email_signature, international).
# Same markup as hand_a.py. [[...|T|I]] marks an INTL identifier.

MSGS = [
# ---------------- email_signature ----------------
("email_signature", """Hi all, {{Mom's}} {{echo}} is moved to {{Thursday}}. I'll drive.

[[Beth|P]]
--
[[Elizabeth A. Crane|P]]
Paralegal
[[200 S Broad St, Ste 1100, Philadelphia, PA 19102|L]]
o [[215.555.0137|PH]] | c [[215-555-0166|PH]]"""),
("email_signature", """Yes he can have the {{flu shot}} with the {{chemo}}, just not the same day.

On {{Tue}}, [[Greg Walsh|P]] <[[gwalsh58@comcast.net|E]]> wrote:
> Is it ok for {{Dad}} to get the flu shot? He's on {{Keytruda}}.
> Greg"""),
("email_signature", """Thanks so much for the {{hospice}} info. {{Grandma}} is comfortable.

Sent from my iPhone
[[Tamsin Rowe|P]] | [[tamsinrowe.com|U]] | [[(503) 555-0119|PH]]"""),
("email_signature", """Forwarding from my sister, see below re: {{Dad's}} {{Medicaid}} application.

---------- Forwarded message ---------
From: [[Carla Benedetti|P]] <[[carla.b@benedettilaw.us|E]]>
Date: {{Mon}}, Oct 7
Subject: docs
Please bring his SSN card ([[233-70-5519|SSN]]) and the bank statements for acct ending 99012 (full [[7710399012|ACC]])."""),
("email_signature", """Hello Dr. [[Albright|P]],
{{Mom's}} swelling went down on the {{spironolactone}}. Her weight is 141 today.
Warmly,
[[Autumn Greer|P]]
[[autumn.greer@protonmail.com|E]]
[[https://www.linkedin.com/in/autumn-greer-rn|U]]"""),
("email_signature", """> On {{Friday}} [[Lisa|P]] wrote:
> can someone pick up {{Pop's}} {{nitroglycerin}} at the {{Rite Aid}} on [[Dixie Hwy|L]]
I got it. Also got his {{Plavix}}.
-[[T.J.|P]]"""),
("email_signature", """Please see attached {{POLST}}.

Rev. Dr. [[Marcus Hale|P]]
Chaplain, {{Good Shepherd Hospice}}
[[P.O. Box 2287, Lakeland, FL 33806|L]]
Cell: [[863.555.0143 ext 7|PH]]"""),
("email_signature", """Re: {{Hemoglobin A1c}} 

It was 7.9 in {{August}}. Her endo is Dr. [[Kowalczyk|P]].

--
[[Jo-Anne Fitz|P]] · [[jfitz@fitzfamily.net|E]] · [[www.fitzfamily.net/jo-anne|U]]"""),
("email_signature", """Team,
[[Ollie|P]] ({{Dad}}) had a bad night. {{Oxycodone}} didn't touch it.
- [[Sage|P]]

[[SAGE MORRISON|P]]
[[1-800-SAGE-ART|PH]] (studio)
[[sage@sagemorrison.art|E]]"""),
("email_signature", """Hi [[Ms. Parks|P]], yes the {{wheelchair}} fits in my car. We'll come {{Wednesday}}.

[[Desmond Parks|P]]
[[6440 NE Sandy Blvd #3
Portland OR 97213|L]]
[[971 555 0102|PH]]"""),
("email_signature", """Good morning,
Confirming {{respite care}} for [[Bernice|P]] next week.

Kind regards,
[[Patrice Lemon|P]], MSW
[[plemon@hopewell-hh.org|E]] | Fax [[(240) 555-0185|PH]]"""),
("email_signature", """Quick one: is {{Zoloft}} ok with {{tramadol}}? {{Mom's}} on both now.

[[Keith|P]]
[[keith.dunbar@mac.com|E]]
[[Denver|L]]"""),

# ---------------- international ----------------
("international", """My father [[Gerhard Vogt|P|I]] is visiting us from [[Lindenstraße 14, 10969 Berlin|L|I]]. His German doctor is reachable at [[+49 30 1234567|PH|I]]. He takes {{Marcumar}} ({{phenprocoumon}}), not {{warfarin}}."""),
("international", """Mum's flat is [[Flat 3, 27 Hawthorn Road, Leeds LS7 4PQ|L|I]]. Her GP surgery is on [[0113 496 0821|PH|I]]. She's on {{amlodipine}} and {{bendroflumethiazide}}. NHS number [[485 777 3456|MRN|I]]."""),
("international", """Para el seguro de mi mamá en México: [[Guadalupe Reyes Ortiz|P|I]], [[Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX|L|I]], tel [[+52 55 1234 5678|PH|I]]. Tiene {{diabetes}} e {{hipertensión}}."""),
("international", """Wire for {{Grandma's}} care home: [[IBAN DE50 5260 1815 9083 0166 13|ACC|I]], name [[Ingrid Hoffmann|P|I]]. She lives in [[München|L|I]] now, {{Parkinson's}} is worse."""),
("international", """{{My aunt}} [[田中 美智子|P|I]] in [[大阪市|L|I]] had a {{stroke}}. Her son's number is [[+81 6-6543-2109|PH|I]]. Address: [[〒530-0001 大阪府大阪市北区梅田3-1-1|L|I]]."""),
("international", """Bonjour, mon père [[Jean-Luc Moreau|P|I]] est à l'hôpital à [[Lyon|L|I]] pour {{insuffisance cardiaque}}. Joignable au [[+33 4 78 12 34 56|PH|I]]. His address: [[12 rue de la République, 69002 Lyon|L|I]]."""),
("international", """Dad's {{Lasix}} prescription from India: Dr. [[Anil Mehta|P|I]], [[14 MG Road, Bengaluru, Karnataka 560001|L|I]], ph [[+91 98765 43210|PH|I]]. Patient [[राजेश कुमार|P|I]]."""),
("international", """Brazilian cousin [[Thiago Alves Pereira|P|I]] is the {{kidney}} donor match! Endereço: [[Rua das Acácias, 250, apto 31, Pinheiros, São Paulo - SP, 05422-030|L|I]]. Celular [[+55 11 98123-4567|PH|I]]."""),
("international", """pay the {{nursing home}} in [[Madrid|L|I]] to iban [[es9557975432319487574911|ACC|I]] (the lowercase is how they sent it). Ref: [[Carmen Iglesias Ruiz|P|I]], {{Alzheimer's}} ward."""),
("international", """Grandpa [[Иван Петров|P|I]] lives in [[Санкт-Петербург|L|I]]. Call [[+7 812 555-12-34|PH|I]] for him. He stopped his {{insulin}} because he ran out."""),
("international", """My mother-in-law [[Kim Soo-ja|P|I]] ([[김수자|P|I]]) lives at [[서울특별시 강남구 테헤란로 152|L|I]], phone [[010-2345-6789|PH|I]]. {{Osteoporosis}}, on {{alendronate}}."""),
("international", """Toronto family: [[Priya Nair|P|I]], [[88 Queen St W Unit 1204, Toronto, ON M5H 2N2|L|I]], [[+1 416-555-0133|PH|I]]. She can take {{Mom}} for {{chemo}} weeks."""),
("international", """Zia [[Giuseppina Russo|P|I]] lives at [[Via Garibaldi 21, 20121 Milano MI|L|I]]. Bonifico: [[IT21 9797 1147 1049 7465 0752 917|ACC|I]]. For her {{physiotherapy}}."""),
]
