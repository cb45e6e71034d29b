# Hand-written messages, part A (lower_case, all_caps, group_chat, run_on, spanglish).
# Markup: [[value|TYPE]] or [[value|TYPE|I]] (INTL region); {{keep word}}.
# TYPE codes: P PERSON, L LOCATION, PH PHONE_NUMBER, E EMAIL_ADDRESS, U URL, SSN US_SSN,
# MRN MEDICAL_RECORD_NUMBER, DOB DATE_OF_BIRTH, ACC ACCOUNT_NUMBER.

MSGS = [
# ---------------- lower_case ----------------
("lower_case", """its 2am and {{dad}} cant sleep again. gave him the {{melatonin}} at 11. [[reed|P]] said to call the night line [[608 555 0192|PH]] if he gets agitated but i dont want to wake anybody"""),
("lower_case", """hey its [[hope|P]]. moved {{mom}} to my place, new addr is [[2215 n 54th st apt 3 milwaukee wi 53208|L]]. pharmacy needs to ship the {{eliquis}} there now not the old house"""),
("lower_case", """{{grandpa}} fell in the bathroom around midnight, no blood but his {{left hip}} hurts. aide was [[dawn|P]] tonight, her cell is [[4145550187|PH]]. should i give the {{tylenol}} or wait"""),
("lower_case", """ok so the new nurse is [[frank ochoa|P]] rn and hes coming tues. {{mom's}} {{insulin}} is in the fridge door. her medicare # is [[1eg4te5mk72|MRN]] if they ask again"""),
("lower_case", """pls send the paper to [[po box 1142 bandera tx 78003|L]] we dont get mail at the ranch. {{dad's}} {{lasix 40}} ran out yesterday"""),
("lower_case", """{{i'm}} in [[lubbock|L]] till sunday so [[summer|P]] has {{grandma}} this week. her {{bp}} was 168/94 tonight is that bad with the {{lisinopril}}"""),
("lower_case", """social is [[412 58 3307|SSN]] dob [[3/14/47|DOB]], that's what the lady at the front desk wanted. {{we'll}} bring the {{warfarin}} log too"""),
("lower_case", """{{mom}} keeps asking for [[bill|P]] (her brother, he passed) every night around 9. is that the {{alzheimer's}} or the new {{seroquel}}"""),
("lower_case", """hi nurse [[grace|P]] just fyi the {{oxygen}} guy came, company # is [[606-555-0140 ext. 12|PH]]. tank reads half. {{copd}} is bad tonight"""),
("lower_case", """my brother [[jackson|P]] lives out in [[ozark al|L]] and he wants to be on the call friday. his email [[jrbrown1961@gmail.com|E]]. {{dad's}} {{hospice}} meeting is at 10"""),
("lower_case", """{{she'd}} been on the {{metformin}} 500 twice a day but dr [[patel|P]] said stop it before the {{ct scan}}. chart no [[00482913|MRN]]"""),
("lower_case", """new address for billing: [[rr 2 box 15 hinton wv 25951|L]]. no street name out here, the post office knows us. {{grandpa's}} {{oxycodone}} refill goes there too"""),
("lower_case", """this is [[will|P]], [[rose|P]]'s son. the card on file is [[visa 4148 5253 8885 3930|ACC]] but it expired, use my [[amex 371676122202979|ACC]] for the {{copay}}"""),

# ---------------- all_caps ----------------
("all_caps", """THIS IS [[HAROLD MEEKS|P]] I NEED MY {{LASIX}} REFILLED THE PHARMACY SAYS THEY NEED A NEW SCRIPT. MY PHONE IS [[(317) 555-0126|PH]] CALL AFTER 10 {{I'M}} AT {{CHURCH}} BEFORE"""),
("all_caps", """MY NEW ADDRESS IS [[4410 OLD COUNTY RD 45 LOT 7 OZARK AL 36360|L]] PLEASE SEND THE {{DIABETIC}} SHOES THERE. THANK YOU [[BETTY SUE HILL|P]]"""),
("all_caps", """{{DON'T}} KNOW WHO TO ASK. MY {{HUSBAND}} [[EARL|P]] HAS {{PARKINSON'S}} AND THE {{CARBIDOPA}} MAKES HIM SICK. DOB [[JULY 4 1938|DOB]]. MEDICARE [[5TG9-QX2-HN31|MRN]]"""),
("all_caps", """PLEASE CHANGE MY PHONE TO [[812.555.0177|PH]] THE OLD ONE IS DISCONNECTED. {{I'M}} ON {{COUMADIN}} SO THE CLINIC CALLS ME. ALSO I MOVED TO [[1200 SW 8TH ST STE 210 MIAMI FL 33135|L]] WITH MY DAUGHTER"""),
("all_caps", """NURSE [[KEISHA GRANT|P]] CAME TODAY VERY NICE LADY. SHE SAYS MY {{SUGAR}} WAS 240. I TOOK MY {{METFORMIN}} LIKE THEY SAID. [[FLORENCE|P]] MY NEIGHBOR DROVE ME"""),
("all_caps", """I GOT A BILL FROM {{MERCY HOSPITAL}} FOR $412 BUT I HAVE {{MEDICARE}}. MY ACCOUNT IS [[ACCT 7720-118-443|ACC]]. I LIVE AT [[RT 1 BOX 88 SPARTA TN 38583|L]]. [[DELBERT WOOD|P]]"""),
("all_caps", """{{WE'LL}} BE IN [[TUCSON|L]] UNTIL MARCH. MAIL MY {{ELIQUIS}} TO [[9230 E SPEEDWAY BLVD UNIT 14 TUCSON AZ 85710-1633|L]] PLEASE. [[GENE|P]] AND [[MARLENE PARK|P]]"""),
("all_caps", """MY SOCIAL IS [[503-22-8841|SSN]] AND MY BIRTHDAY IS [[11-02-1941|DOB]]. I WAS TOLD TO SEND IT FOR THE {{HOME OXYGEN}} FORM. [[RUBY YOUNG|P]] [[(606) 555-0148|PH]]"""),
("all_caps", """TELL DR [[AUSTIN|P]] THE {{WATER PILL}} IS MAKING ME GET UP ALL NIGHT. MY {{ANKLES}} STILL SWELL. CALL [[1 502 555 0163|PH]] THIS IS [[MAE|P]]"""),
("all_caps", """{{I'M}} THE {{GRANDSON}}. [[TROY|P]] HERE. GRANDMA [[OPAL BROWN|P]] LIVES AT [[HC 63 BOX 2140 ROMNEY WV 26757|L]]. SHE NEEDS THE {{WHEELCHAIR}} DELIVERED NOT PICKED UP"""),
("all_caps", """[[LINCOLN|L]] OFFICE CALLED ME ABOUT THE {{MAMMOGRAM}}. MY CHART NUMBER IS [[L-0093312|MRN]]. I CAN DO {{TUESDAY}}. [[JUNE CARTER WELLS|P]]"""),

# ---------------- group_chat ----------------
("group_chat", """[[Meg|P]]: who's got {{Mom}} tonight
[[Danny|P]]: me till 11 then [[Reed|P]]
[[Reed|P]]: i can't, work. [[Cass|P]]??
[[Cass|P]]: fine. is the {{morphine}} in the lockbox still
[[Meg|P]]: yes code is her birthday"""),
("group_chat", """[[Shel|P]]: {{hospice}} nurse said {{Dad}} might have a few days. [[Brooke|P]] pls call Uncle [[Ray|P]] at [[(270) 555-0139|PH]] he doesn't do texts
[[Brooke|P]]: calling now
[[Shel|P]]: and somebody feed the dog at the house on [[Hollow Rd|L]]"""),
("group_chat", """[[Tasha|P]]: ok {{I'm}} at {{Walgreens}} on [[Pine and 5th|L]] they say the {{Eliquis}} needs prior auth
[[Marcus|P]]: ugh. member id is [[W2281 90344|MRN]] on the back of her card
[[Tasha|P]]: they have it now. $47
[[Marcus|P]]: i'll venmo you"""),
("group_chat", """[[Dale|P]]: who gave {{Grandma}} the {{Ativan}} at 6
[[Josie|P]]: me. she was pulling at the {{catheter}}
[[Dale|P]]: ok just write it in the notebook pls. [[Faith|P]] asked
[[Faith|P]]: thank u. next dose not before midnight"""),
("group_chat", """[[Ana|P]]: mom's appt moved to... no wait, to {{Mayo Clinic}} in [[Jacksonville|L]] not [[Rochester|L]]
[[Ana|P]]: her MRN there is [[11-004-297|MRN]]
[[Luis|P]]: I can drive. send me the address
[[Ana|P]]: [[4500 San Pablo Rd S, Jacksonville, FL 32224|L]]"""),
("group_chat", """[[Kyle|P]]: fyi the {{home health}} aide is [[Marisol Vega|P]] CNA, she comes mon wed fri
[[Kyle|P]]: her agency # [[904.555.0110 x4587|PH]]
[[Jen|P]]: does she do {{showers}} or just {{vitals}}
[[Kyle|P]]: both i think"""),
("group_chat", """[[brandon|P]]: {{Pop's}} {{oxygen}} sat was 86 on room air
[[whitney|P]]: thats low right??
[[brandon|P]]: nurse [[jo ann|P]] says call if under 88. calling [[5025550171|PH]]
[[whitney|P]]: ok keep us posted"""),
("group_chat", """[[Chase|P]]: bank needs {{Dad's}} account info for the {{Medicaid}} spend down
[[Chase|P]]: checking [[acct 004417728390|ACC]] [[routing 071000013|ACC]]
[[Lena|P]]: pls dont put that in the group chat omg
[[Chase|P]]: lol too late, deleting later"""),
("group_chat", """[[Rosa|P]]: Deacon [[Bell|P]] is bringing communion to {{Mom}} sunday
[[Rosa|P]]: he'll come to the [[Clearwater|L]] place, [[28511 US Hwy 19 N Lot 112, Clearwater, FL 33761|L]]
[[Tony|P]]: ok. {{don't}} let him near the {{nebulizer}} lol
[[Rosa|P]]: [[tony|P]]."""),
("group_chat", """[[Maddie|P]]: {{Grandpa}} keeps calling me [[Irene|P]], that was grandma
[[Sam|P]]: {{sundowning}} again. did he get the {{quetiapine}}
[[Maddie|P]]: yes at 8
[[Sam|P]]: ok i'll call the on call doc Dr. [[Hale|P]]"""),
("group_chat", """[[Jules|P]]: new lock box code and the spare key is with [[Mrs. Young|P]] next door
[[Jules|P]]: the one at [[1209 Elm Ct|L]] not the blue house
[[Nate|P]]: got it. {{insulin}} pens are in the butter drawer"""),

# ---------------- run_on ----------------
("run_on", """so basically {{Mom}} called me at like 3 in the morning saying somebody was in the house and it was just the aide [[Patty|P]] who she forgot was staying over and then she wouldnt take her {{Seroquel}} and Patty tried calling me at [[(419) 555-0188|PH]] but I was asleep and then my husband [[Grant|P]] drove over to [[Sylvania|L]] and she was fine by then but her {{blood pressure}} was really high and Patty thinks it's the {{prednisone}}"""),
("run_on", """I dont know if this is the right place but my {{father}} [[Walter Rowe|P]] born [[8/30/1936|DOB]] had his {{pacemaker}} checked and they said the battery is low and then the hospital sent a letter to [[1844 W Mockingbird Ln #12 Dallas TX 75235|L]] which is where he used to live before he moved in with us so nobody saw it until my {{cousin}} [[Ricky|P]] picked it up"""),
("run_on", """ok so the {{pharmacy}} says they never got the fax and the office says they sent it twice to [[865-555-0102|PH]] and I said well thats the pharmacy's old number and now it's [[865.555.0149|PH]] and nobody believes me and {{Dad}} has been out of his {{warfarin}} since {{Friday}}"""),
("run_on", """my {{aunt}} [[Birdie|P]] is 91 and lives alone at [[RR 1 Box 204A, Ravenden AR 72459|L]] and she wont leave and the {{home health}} lady [[Charity Dunn|P]] LPN comes twice a week but says her {{legs}} are weeping and she needs {{compression}} and I'm in [[Memphis|L]] three hours away so I can't do much"""),
("run_on", """called {{Medicare}} on hold for 2 hours they want his MBI which is [[7AC2-N83-RT55|MRN]] and his SSN [[288-60-1149|SSN]] and then said the {{hospital bed}} is covered but the supplier has to be in network and the one in [[Waco|L]] isn't so now what"""),
("run_on", """anyway [[Deb|P]] says the new {{neurologist}} Dr. [[Summer Lake|P]] is great but she's in [[Ann Arbor|L]] and thats an hour and a half each way and {{Mom}} gets carsick so maybe we try the {{telehealth}} thing but mom cant hear on the ipad either"""),
("run_on", """sorry for the long message I just need to get this down {{I'm}} the only one here my brother [[Lyle|P]] is stationed overseas his address is [[PSC 1234, Box 5678, APO AE 09204|L]] and he wants the {{hospice}} paperwork mailed to him and his email is [[lyle.t.marsh@mail.mil|E]] but I don't know if they can email it"""),
("run_on", """the bill says I owe $2,300 for the {{ambulance}} but we have {{Tricare}} and my husband's DOD id is on the card and I called [[1 (402) 555-0199|PH]] and they said the account [[#55120-883|ACC]] was sent to collections in [[Omaha|L]] and honestly I just cried in the car"""),
("run_on", """{{Grandma}} [[Pearl|P]] did great at {{PT}} today she walked to the mailbox and back with the walker and [[Bryce|P]] her therapist says if she keeps it up she can drop to twice a week and she only needed one {{oxycodone}} all day"""),
("run_on", """ok [[Hunter|P]] is taking {{Dad}} to [[Sioux Falls|L]] for the {{cardiology}} appt and then they're staying at the Super 8 on [[41st St|L]] and coming back thursday and I'll be with {{Mom}} so call me if anything"""),

# ---------------- spanglish ----------------
("spanglish", """hola, soy [[Yesenia|P]], la hija de Doña [[Carmen|P]]. mi mamá no quiere tomar el {{metformin}} porque dice que le da diarrea. can someone call me? [[956-555-0131|PH]]. vivimos en [[412 Calle Nogal, Brownsville TX 78520|L]]"""),
("spanglish", """mija [[Lupe|P]] said que el {{doctor}} cambió la dosis de {{insulina}} a 20 unidades en la noche. ella tiene el nuevo numero del consultorio [[(915) 555-0176|PH]]. su DOB es [[12/09/1950|DOB]]"""),
("spanglish", """buenas noches, my {{abuelo}} [[Chuy Morales|P]] tiene mucha tos y fiebre 101. tiene {{EPOC}} / {{COPD}}. la enfermera [[Rocío|P]] dijo que le llamara. estamos en [[Pharr|L]], el numero es [[9565550108|PH]]"""),
("spanglish", """ok so la carta de {{Medicaid}} llegó a la casa vieja en [[1518 W Houston St, San Antonio, TX 78207|L]] y ahora vivimos con mi tía [[Chayo|P]]. mi mamá's id is [[TX 5093378821|MRN]]. qué hago?"""),
("spanglish", """[[Memo|P]] aquí. my dad se cayó otra vez, the {{rodilla}} is swollen. el aide [[Javi|P]] estaba con él. we went to {{urgent care}} en [[Hidalgo|L]]. they said nada roto gracias a dios"""),
("spanglish", """le mandé el pago del {{copay}} con la tarjeta [[visa 4363387500474394|ACC]] pero el portal dice declined. mi nombre es [[Araceli Robles|P]], el {{mammogram}} fue el {{Monday}}"""),
("spanglish", """my mom's {{presión}} is 180/100 hoy, she took her {{losartan}} at 8am. Dr. [[Garza|P]] says if it's over 180 go to ER. vamos al {{Valley Baptist}} en [[Harlingen|L]]. mi cel [[+1 956 555 0182|PH]]"""),
("spanglish", """pues mi suegra [[Elvira|P]] vive en [[Apt 2C 3320 S Kedzie Ave Chicago IL 60623|L]] and she doesn't have anybody who speaks english there. her {{diabetes}} esta fuera de control. can the nurse who speaks spanish go? Nurse [[Sol|P]]?"""),
("spanglish", """[[Toño|P]]: ya le di el {{Lasix}} a mi apá
[[Vero|P]]: ok y el {{potasio}}?
[[Toño|P]]: también. his feet are less swollen hoy
[[Vero|P]]: gracias manito"""),
("spanglish", """hi, necesito cambiar la dirección. old: [[2701 Pecan Blvd McAllen TX 78501|L]]. new: [[PO Box 3317 Mission TX 78573|L]]. {{it's}} for the {{oxygen}} company bills, acct [[OX-448120|ACC]]. gracias, [[Marisela|P]]"""),
]
