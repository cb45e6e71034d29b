# Hand-written ALL CAPS texts from older people, voicemail transcripts, contact lists.
H = [
("all_caps", """
THIS IS «DOROTHY KEMPER|P» I NEED THE NURSE TO CALL ME BACK MY {SUGAR} WAS {287} THIS MORNING AND I TOOK MY {INSULIN}. MY NUMBER IS «740 555 0163|PH». MY DAUGHTER «CAROL|P» HAS THE OTHER NUMBER
"""),
("all_caps", """
HELLO WHO IS THIS. I GOT A TEXT SAYING MY {APPOINTMENT} IS TUESDAY. I DONT DRIVE ANY MORE SINCE MY {CATARACT} SURGERY. MY GRANDSON «TRAVIS|P» WILL BRING ME. I LIVE AT «112 W ELM ST
HILLSBORO OH 45133|L»
"""),
("all_caps", """
TO «DR. FARNSWORTH|P» OFFICE. I AM OUT OF MY {WATER PILL} ({FUROSEMIDE}) AND THE {KROGER} SAYS NO REFILLS. BIRTHDAY «4-2-1937|D». NAME «MILDRED OKONKWO|P». THANK YOU GOD BLESS
"""),
("all_caps", """
MY WIFE «ELAINE|P» FELL AGAIN LAST NIGHT. SHE IS OK BUT HER {KNEE} IS BIG AND PURPLE. CAN SOMEBODY COME. WE ARE AT THE «RIVERSIDE APTS 2200 RIVER RD APT 114 BATON ROUGE LA 70802|L». NOT {ROOM 114} AT THE HOSPITAL THATS WHERE SHE WAS LAST YEAR
"""),
("all_caps", """
I DONT KNOW HOW TO WORK THIS THING. «JUNE|P» IS MY NAME NOT THE MONTH HA HA. I HAVE {COPD} AND THE {INHALER} IS EMPTY. {SPIRIVA}. CALL «JUNE WHITLOCK|P» «(606)555-0138|PH»
"""),
("all_caps", """
MY {MEDICARE} NUMBER IS «5EN2-KL8-PP40|M» AND MY SOCIAL IS «301 44 8891|S» THE LADY ON THE PHONE SAID TO SEND IT HERE. «HERMAN DOBBS|P»
"""),
("all_caps", """
PLEASE TELL NURSE «KATHY|P» THAT I TOOK THE {METOPROLOL} AT 8 AND THE {ELIQUIS} AT 8 AND MY {BLOOD PRESSURE} IS {118/70}. ALSO MY SON «JOSE LUIS|P» MOVED TO «LAREDO|L» SO DONT CALL HIM ANYMORE
"""),
("all_caps", """
GOOD MORNING. THIS IS «AUGUSTINE BROWN|P» AT «RR 1 BOX 240 FLORA MS 39071|L». THE {OXYGEN} MAN DID NOT COME. I HAVE 2 TANKS LEFT. MY NIECE «SHIRLEY|P» SAID TO WRITE HERE.
"""),
("all_caps", """
«APRIL|P» HERE (THE DAUGHTER NOT THE MONTH) MOM «MAY FLOWERS|P» CANT READ THE SMALL PRINT ON THE {WARFARIN} BOTTLE. CAN THE PHARMACIST CALL ME «(573) 555-0179|PH»
"""),
("all_caps", """
I AM «NGUYEN VAN THANH|P». I NOT UNDERSTAND THE LETTER FROM {MEDICAID}. MY SON «DANNY NGUYEN|P» EMAIL «DANNYNGUYEN.HOUSTON@GMAIL.COM|E» PLEASE SEND TO HIM
"""),
("all_caps", """
HAPPY THANKSGIVING TO ALL THE NURSES. «WALT|P» IS DOING BETTER ON THE NEW {HEART PILL}. WE MOVED IN WITH OUR DAUGHTER «DENISE|P» AT «4510 SE 32ND AVE PORTLAND OR 97202|L». LOVE «BETTY|P» & «WALT SORENSEN|P»
"""),
("all_caps", """
WHO IS «AUSTIN|P». HE CALLED AND SAID HE IS MY NEW {AIDE}. IS THAT RIGHT. I DID NOT GET A LETTER. «CLARENCE IVEY|P» DOB «11/19/1934|D»
"""),
("all_caps", """
MY {PACEMAKER} CHECK IS DUE. I WAS BORN «JAN 3 1940|D». MY CHART NUMBER IS «778201|M». THE OFFICE ON «BELT LINE RD|L» CLOSED
"""),
("all_caps", """
DEAR «MRS. ALVARADO|P» THANK YOU FOR THE PHOTOS OF «ISABELLA|P». MY {HIP} IS BETTER. I WALK WITH THE {CANE} TO THE MAILBOX NOW. SEND LETTERS TO «PO BOX 88 TRUCHAS NM 87578|L»
"""),
("all_caps", """
NO I DO NOT WANT THE {FLU SHOT}. TELL «DR GRAYSON|P». SIGNED «EARL W. PICKETT|P» «(270)555-0104|PH»
"""),
("all_caps", """
THIS IS FOR MY HUSBAND «LEROY JACKSON|P». HE HAS {ALZHEIMERS} AND HE LEFT THE HOUSE AGAIN. POLICE FOUND HIM AT THE GAS STATION ON «HWY 61 N|L». WE NEED THE DOOR ALARM. «ROBERTA JACKSON|P»
"""),
("all_caps", """
I CAN NOT OPEN THE LINK YOU SENT «WWW.CARINGBRIDGE.ORG/VISIT/FRANKPOLLARD|U». MY GRANDDAUGHTER «BRITTANY|P» MADE IT. «FRANK|P» IS IN {HOSPICE} NOW
"""),
("all_caps", """
MY {BLOOD SUGAR} {64} I ATE CRACKERS. {GLUCOSE} NOW {98}. DONT WORRY. «IRMA|P»
"""),
("all_caps", """
CHANGE OF ADDRESS. OLD: «1919 N 7TH ST PHOENIX AZ 85006|L». NEW: «10330 W THUNDERBIRD BLVD LOT 56 SUN CITY AZ 85351|L». SEND THE {OXYGEN} THERE. PHONE SAME «602 555 0182|PH». «OTTO|P» & «GERDA SCHMIDT|P»
"""),
("all_caps", """
«PASTOR WILLIS|P» SAYS I SHOULD ASK ABOUT HOSPICE FOR MY SISTER «ODESSA|P». SHE HAS {KIDNEY FAILURE} AND SAYS NO MORE {DIALYSIS}. WHO DO I CALL
"""),
("all_caps", """
THE BILL SAYS I OWE 340 DOLLARS BUT {MEDICARE} PAID. ACCOUNT NUMBER «88301925|A». I AM NOT PAYING. «GENEVIEVE TOUSSAINT|P» «GTOUSSAINT1941@AOL.COM|E»
"""),
# --- voicemail transcripts ---
("voicemail_transcript", """
Voicemail from «(912) 555-0150|PH», 0:47: "Hi, this is «Savannah|P», «Mr. Pruitt|P»'s daughter, um, calling about his {wound} on his {heel}, it's, it's draining more. Could the nurse call me back at «nine one two, five five five, oh one five oh|PH». We're at «eighteen twenty Abercorn Street, apartment six|L». Thank you."
"""),
("voicemail_transcript", """
[Transcribed by Visual Voicemail] Hey it's «Marcus|P» from the pharmacy, calling for «Lorraine Bishop|P» about her {Eliquis} prior auth. Give us a call back at «two one four, five five five, zero one three seven|PH», extension four. Again «214-555-0137|PH». Thanks.
"""),
("voicemail_transcript", """
Voicemail: "Yes, good afternoon, this is «Consuelo|P» calling for my mother «Remedios Ybarra|P», date of birth «March fifth, nineteen thirty-nine|D», she needs a refill on the {lisinopril} and the, the {atorvastatin}. Our address is «four four oh one South Congress, number two-oh-three, Austin|L». OK bye."
"""),
("voicemail_transcript", """
Transcript (may contain errors): hi um this message is for the hospice nurse this is «Grady|P» I'm «Vernon|P»'s brother he's breathing real funny like the {rattle} you said. we're at the farm off «County Road 14|L» past the Baptist church you know where. call «seven oh one five five five oh one one nine|PH».
"""),
("voicemail_transcript", """
Voicemail from Unknown (0:32): "Hello, «Mrs. Okafor|P», this is the billing department at {Mercy} calling about account number «4 4 0 9 2 1 7 7|A». Please return our call at «1-800-555-0199|PH», option 3."
"""),
("voicemail_transcript", """
VM 10:14 AM: "It's «Paris|P». I'm at Dad's. He won't get out of bed, says his {chest} hurts. I'm giving him the {aspirin} like you said. I'll call 911 if— OK. My cell is «(785) 555-0126|PH»."
"""),
("voicemail_transcript", """
Voicemail transcript: "Hi this is «Dr. Ochoa|P»'s nurse «Imani|P» calling for «Jordan Ellis|P», your {potassium} was {3.1}, a little low, we sent {potassium chloride 20} to the {Walgreens} on «Jordan Lane|L». Call us at «5 0 5, 5 5 5, 0 1 0 8|PH»."
"""),
("voicemail_transcript", """
"Hola, buenas tardes, habla «Guadalupe Esquivel|P», la hija de «don Ramiro|P». Mi papá necesita la cita para el {ojo}. Mi número es «nueve cinco seis, cinco cinco cinco, cero uno dos dos|PH». Vivimos en «ciento doce calle Nogal, Brownsville|L». Gracias."
"""),
("voicemail_transcript", """
Voicemail (1:05): "This is «Thuy|P», calling for my grandma «Le Thi Hoa|P», uh, she got a letter from {Medicaid} saying she needs to recertify by the twentieth. Her {Medicaid} number is «nine one zero zero four four seven two three|M». You can text me at «832-555-0189|PH». Also my email, «thuy dot le dot 98 at gmail dot com|E»."
"""),
("voicemail_transcript", """
Voicemail: "Hey, it's «Bo|P». «Renee|P» asked me to call. Mama's {oxygen} concentrator is beeping and won't stop. Uh, we're at «fourteen ten Highway 49 South|L». Call me back, «six oh one, five five five, oh one two eight|PH»."
"""),
("voicemail_transcript", """
[Voicemail – auto-transcribed] "Good morning this is «Nikolai Petrov|P» son of «Vera Petrova|P». Mother has {fever} {101.4} since night. Please call me «plus one, three four seven, five five five, zero one six one|PH». Thank you."
"""),
("voicemail_transcript", """
Voicemail 3:48 PM from «+1 (619) 555-0114|PH»: "Hi, this is «Georgia|P» from «Dr. Halvorsen|P»'s office confirming «April Dominguez|P» for {colonoscopy} prep teaching on Monday at eleven. Please call back to confirm."
"""),
("voicemail_transcript", """
VM: "hey it's me «Jaylen|P» again, grandma's {blood pressure} cuff says {184 over 102} and she got a headache. I already gave her the {clonidine}. we at «thirty-three oh nine West Seventy-Ninth Street|L», apartment {2}, buzzer don't work, call «773 555 0190|PH»."
"""),
("voicemail_transcript", """
Voicemail: "Yes this is «Marjorie Templeton|P» and I'm calling because I got a {bill} and it has somebody else's name on it, a «Mr. Dakota Rhodes|P», and account «77120044|A», and I don't know who that is. My number is «three three six, five five five, oh one seven one|PH»."
"""),
("voicemail_transcript", """
Voicemail transcript: "Hi it's «Kalani|P» from the {dialysis} unit, Auntie «Pua|P» missed her Tuesday run, we're worried. Please call us or have her call «808 555 0156|PH». She's {ESRD}, she can't skip."
"""),
("voicemail_transcript", """
VM 8:02 AM: "Bonjou, se «Rose-Marie|P», pitit fi «madan Philogène|P». Mom's {sugar} {340} this morning. Please call me «786 555 0147|PH». «Rose-Marie Philogène|P». Mèsi."
"""),
("voicemail_transcript", """
Voicemail: "Hi, this message is for the social worker. It's «Lorenzo Baptiste|P». My SSN is, uh, «four two nine, one one, eight eight zero three|S» — they said you needed it for the {Medicaid} form. I'm at «PO Box four seventy-one, Opelousas|L»."
"""),
("voicemail_transcript", """
Voicemail (0:22): "«Dakota|P» from DME, your {hospital bed} delivery is tomorrow between 8 and 12 at «nine nine one Paris Pike, Lexington|L». Call «859 555 0102|PH» if that doesn't work."
"""),
("voicemail_transcript", """
Voicemail from {Mom} cell («(502) 555-0115|PH»): "Honey it's me, your father's {INR} was {4.1} so they said skip the {Coumadin} tonight. Call me."
"""),
("voicemail_transcript", """
Voicemail transcription: "Hi «Ms. Ferreira|P», this is «Tomás|P» with {home health} scheduling. Your PT «Brianna Cho|P» will be there at ten on Wednesday. If you need to reach her directly, «four one three, five five five, zero one four one|PH». Have a good day."
"""),
# --- contact lists ---
("contact_list", """
MOM'S CONTACTS (for the nurse):
«Denise Harper|P» – daughter – «(317) 555-0111|PH» – «dharper77@yahoo.com|E»
«Kevin Harper|P» – son – «317-555-0145|PH»
«Pastor Dale Ingram|P» – church – «317.555.0199|PH»
«Gloria Fitch|P» – neighbor, has key – «3175550186|PH»
Poison Control {1-800-222-1222}
"""),
("contact_list", """
Emergency contacts
1. «Alejandra Medina|P» ({wife}) «915-555-0102|PH» «ale.medina@hotmail.com|E»
2. «Sebastián Medina|P» (son) «+1 915 555 0129|PH»
3. Tía «Chuy|P» (sister-in-law) «(915) 555-0177|PH»
4. «Dr. Roberto Garza|P» (PCP) «915-555-0140 x221|PH»
"""),
("contact_list", """
Name | Relation | Phone | Email
«Hieu Tran|P» | son | «408-555-0165|PH» | «hieu.tran@sjsu.edu|E»
«Mai Tran Dao|P» | {daughter} | «408-555-0172|PH» | «maitrandao@gmail.com|E»
«Kevin Dao|P» | son-in-law | «408-555-0188|PH» | —
«Sister Anne Marie|P» | parish | «408 555 0193|PH» | «srannemarie@stpatrickssj.org|E»
"""),
("contact_list", """
Who to call for Grandpa (fridge list):
- {Hospice} nurse «Leticia|P» 24/7 line «(505) 555-0100|PH»
- Dad («Ray Montoya|P») cell «505.555.0134|PH»
- Aunt «Dolores|P» «505-555-0161|PH»
- me («Marisa|P») «505 555 0123|PH» / «marisa.montoya.nm@gmail.com|E»
- Funeral home: Rivera Family, number on the card
"""),
("contact_list", """
Contacts for {Lolo} «Ernesto Bautista|P»:
«Cristina Bautista-Lim|P», daughter, «201-555-0158|PH», «cbautistalim@gmail.com|E»
«Paolo Bautista|P», son (in «Manila|L!»), «+63 917 555 0143|PH!»
«Dr. Erlinda Mercado|P», PCP, «(201) 555-0190|PH»
Caregiver «Marites|P», «201.555.0121|PH»
"""),
("contact_list", """
Phone list taped by the door
«MARY ELLEN|P» (DAUGHTER) «270-555-0114|PH»
«JIMMY|P» (SON) «270-555-0108|PH»
DOCTOR «PHILLIPS|P» «270-555-0175|PH»
{AMBULANCE 911}
"""),
("contact_list", """
Name, relation, phone, email
«Jean-Claude Étienne|P», son, «(617) 555-0163|PH», «jcetienne@comcast.net|E»
«Mirlande Étienne|P», {daughter}, «617-555-0179|PH», «mirlande.etienne@gmail.com|E»
«Frantz Joseph|P», nephew, «857-555-0120|PH», none
«Dr. Aline Beauvais|P», PCP, «617-555-0150|PH», «abeauvais@bostonfhc.org|E»
"""),
("contact_list", """
Care circle for «Dakota Jensen|P» (age 9, {type 1 diabetes})
Mom «Brooke Jensen|P» «701-555-0134|PH» «brookej@midco.net|E»
Dad «Travis Jensen|P» «701-555-0119|PH»
School nurse «Mrs. Albrecht|P» «701.555.0198 ext 3|PH»
Endocrinologist {Sanford Health} line on the card
"""),
("contact_list", """
CONTACTS
{Hijo} «Raúl Cisneros|P» «(559) 555-0138|PH»
Hija «Teresa Cisneros de Ávila|P» «559-555-0196|PH» «tcavila@gmail.com|E»
Vecina «Doña Pili|P» «5595550184|PH»
"""),
("contact_list", """
contacts:
«min-jun park|P» (son) «213-555-0117|PH» «minjun.park@gmail.com|E»
«grace park|P» (daughter in law) «213 555 0132|PH»
«박영숙|P!» (pt, {mom}) home «(213) 555-0155|PH»
«dr. sung|P» «213-555-0176|PH»
"""),
("contact_list", """
Point people (updated 12/1)
• «Austin Reyes|P» — grandson, handles bills — «512-555-0149|PH» — «areyes.atx@gmail.com|E»
• «Madison Reyes|P» — granddaughter, meds — «512-555-0191|PH»
• «Jordan Reyes|P» — grandson, rides — «512-555-0103|PH»
• {Medicare} helpline on back of card, don't give out
"""),
("contact_list", """
Emergency Info Sheet
Resident: «Beatrice Lindqvist|P»
Home: «300 Park Ave S Apt 7F, New York, NY 10010|L».
Nearest relative: «Carl Lindqvist|P» ({nephew}) «+46 70 555 01 23|PH!» (lives in Sweden)
Local friend: «Harriet Young|P» «646-555-0112|PH»
"""),
]
