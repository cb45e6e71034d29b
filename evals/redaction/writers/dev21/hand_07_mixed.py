# Hand-written, one at a time: keep-heavy messages, all caps, run-ons, lists, general text.
MESSAGES = [
("keep_heavy", """{{We'll}} see Dr. [[P:Hope Castillo]] on {{Monday}} about the {{Hemoglobin A1c}}. {{She'd}} like to try {{Trulicity}} instead of {{Januvia}}. {{Don't}} forget the {{Morning Walk Group}} at {{Kaiser}} on {{Wednesday}}."""),
("keep_heavy", """{{Mom}} had a rough {{Tuesday}}. {{Grandpa}} says the {{Parkinson's}} is worse in {{January}}. {{Walgreens}} had the {{carbidopa-levodopa}} but not the {{Rytary}}. I'm calling {{Medicare}} tomorrow."""),
("all_caps", """PLEASE NOBODY GIVE DAD ANY MORE {{ADVIL}} HE IS ON {{WARFARIN}}. HIS INR WAS 4.8 AT THE {{MAYO CLINIC}} LAB. - [[P:WILL]]"""),
("all_caps", """[[P:JUNE]] AND [[P:DUSTY]] ARE TAKING MOM TO [[L:ROCHESTER]] FRIDAY FOR THE {{PET SCAN}}. HOUSE KEY IS WITH [[P:MRS. VAN DER HOEVEN]] AT [[L:1412 ELM CT SW, APT 3, ROCHESTER MN 55902]]"""),
("keep_heavy", """Reminder: {{Medicare}} open enrollment ends {{December}} 7. {{Humana}}, {{UnitedHealthcare}} and {{Aetna}} all called. {{Don't}} give anyone your number over the phone. If you feel overwhelmed call {{988}}. Poison: {{1-800-222-1222}}."""),
("run_on", """ok so [[P:Sunny]] says the pharmacy gave grandma {{hydroxyzine}} instead of {{hydralazine}} and she took it for like 3 days and was super sleepy and we thought it was the {{dementia}} getting worse but nope it was the wrong pill so I called the pharmacy manager [[P:Mr. Gaylord Finch]] and he apologized and now we need to report it"""),
("lower_case", """mom's new address for cards: [[L:the villas at cobblestone, 2200 w 7th st apt 318, sioux falls sd 57104]]. she's doing good on the {{lexapro}}. [[P:grant]] and [[P:dawn]] visit sundays"""),
("list", """Grandpa's meds (updated {{Oct}}):
- {{Eliquis}} 5 mg twice a day
- {{Lasix 40}} in the morning
- {{Metoprolol}} 25 mg
- {{Vitamin B12}}
- {{Flomax}} at night
Pharmacy: {{Hy-Vee}}. Questions → [[P:Faith]] [[T:(515) 555-0119]]"""),
("general_text", """Change of address: as of {{March}} 1, Dad's mail goes to [[L:1500 Tuscany Way, Apt 2214, Austin, TX 78754-5310]]. Please update {{Social Security}}, {{Medicare}}, the {{VA}}, and {{AARP}}. Old address: [[L:8 Mockingbird Hill, Bastrop TX]]."""),
("general_text", """Does anybody know the Netflix password at Mom's? The tech guy [[P:Lane]] is coming to set up the {{tablet}} for her {{telehealth}} visits. His site is [[U:lanefixesthings.com/about-lane-mcgraw]]."""),
("all_caps", """THIS IS [[P:RUSTY]] AGAIN. MY NEW NUMBER IS [[T:1-712-555-0168]]. MOM'S {{HOSPICE}} NURSE IS [[P:DAWN]], SHE COMES {{TUESDAY}} AND {{FRIDAY}}."""),
("keep_heavy", """{{Pain}} 6/10 today. Took {{oxycodone}} 5 at 8. {{She's}} having {{constipation}}, started {{Senna}} and {{Colace}}. {{Hospice}} said ok to add {{MiraLAX}}. {{Thanksgiving}} at home this year."""),
("run_on", """Dad's friend from the {{VFW}}, [[P:Hollis "Bud" Greer]], is trying to get Dad into the veterans home in [[L:Quincy]] and he needs Dad's DD214 and his social [[S:331-40-7782]] and his birthday [[D:4/9/1933]] and honestly I don't know if we should give that out but [[P:Bud]]'s been his buddy since Korea so"""),
("lower_case", """is it ok to give dad {{st. john's wort}} with his {{sertraline}}? aunt [[P:hope]] swears by it but i read about {{serotonin syndrome}}"""),
("typos", """Mom fell agian, shes ok, no {{brokenbones}} per xray at {{urgent care}}. [[P:Dawn]] picked her up. Dr [[P:Gutierrez-Lam]] wnats a {{bone density}} scan"""),
("list", """Who's bringing what for Dad's 90th (he's born [[D:11/12/1935]]!)
[[P:June]]: cake (sugar-free, {{diabetic}})
[[P:Will]]: balloons
[[P:Rusty]]: chairs
[[P:Hope]]: the photo slideshow
Venue: [[L:Fellowship Hall, 304 Church St, Ellijay GA 30540]]"""),
("general_text", """selling Mom's {{hospital bed}} and {{lift chair}} now that she's in {{memory care}}. Like new. Call or text [[P:Page]] at [[T:(423) 555-0134]] or email [[E:page.b.harmon@gmail.com]]. Pickup in [[L:Cleveland, TN]]."""),
("keep_heavy", """{{Grandma}}'s {{TSH}} is normal. {{Creatinine}} 1.4 — {{stage 3 CKD}}. {{Nephrology}} wants to stop the {{ibuprofen}}. {{Tylenol}} only. {{Next}} labs in {{April}}."""),
("all_caps", """NEED SOMEONE TO SIT WITH GRANDPA [[P:EARL]] SAT 2-6. HE HAS {{ALZHEIMER'S}} AND WANDERS. ADDRESS [[L:RR 4 BOX 22, HUMBOLDT, NE 68376]]. CALL [[P:GAY]] [[T:402 555 0114]]"""),
("run_on", """we drove down to [[L:Gulfport]] to see Aunt [[P:Dot]] and she's not doing good, her sugar was 340 and she hasn't been taking the {{insulin}} because she says the needles scare her so cousin [[P:Dusty]] is gonna try the {{pen}} with her and if not we'll ask about {{Rybelsus}} the pill one"""),
("lower_case", """grandmas ssn is [[S:233 19 4471]] for the {{medicaid}} app, dont put it in the group chat again lol delete it"""),
("general_text", """My mother [[P:Mrs. Dolores Bright-Eagle]] is locked out of her online {{pharmacy}} account. Username is [[E:dbrighteagle1941@hotmail.com]]. Can the support team at {{Express Scripts}} help? Her DOB is [[D:1941-08-22]]."""),
("keep_heavy", """{{Fri}}: {{BP}} 128/74. {{Sat}}: 131/80. {{Sun}}: 144/90 (salty ham at church). {{Amlodipine}} 10 in {{AM}}. {{Cardiology}} visit {{May}} 3 at {{Cleveland Clinic}}."""),
("typos", """Hey its [[P:Dawn]]s sister [[P:Shawna]] can sombody tell me were the {{dialisis}} place is, [[P:Dawn]] said [[L:Meridan]] but I dont see it on maps"""),
("list", """Grandma's contacts:
Dr. [[P:Flores]] (PCP) — [[T:520.555.0141]]
Father [[P:Kevin Ó Súilleabháin]] — [[T:520-555-0188]]
neighbor [[P:Sunny]] — has spare key
{{Banner Health}} nurse line — on the card in her purse"""),
("run_on", """I don't know who else to tell but Mom keeps giving her {{Ativan}} to [[P:Mr. Whitaker]] down the hall at the home because she says he can't sleep and I asked the nurse [[P:Tammy]] and she said they'd look into it but nobody called me back and now Mom's anxious all day"""),
]
