# Hand-written, one at a time: military/rural addresses, vanity numbers, URLs, cards, nicknames.
MESSAGES = [
("general_text", """[[P:Grant]]'s deployed so mail his care packages to [[L:SPC Grant Okafor, Unit 2050 Box 4190, APO AP 96278-2050]]. He asked if Grandma's {{cataract}} surgery went ok."""),
("signature", """SSgt. [[P:Dawn R. Whitcomb]], USAF
[[L:PSC 817 Box 52, FPO AE 09622]]
DSN [[T:314-555-0166]] / cell [[T:+1 (757) 555-0121]]
[[E:dawn.whitcomb.7@us.af.mil]]"""),
("general_text", """Uncle [[P:Bud]] runs a flower shop and says he'll do the flowers for Grandma's {{90th}}. Order line is [[T:1-800-BUDS-4-U]] or his cell [[T:660.555.0147]]. Shop: [[L:112 N Main St, Suite B, Macon, MO 63552]]."""),
("lower_case", """dads blog where he posts his {{parkinsons}} updates is [[U:https://www.walterhillwalks.blogspot.com]] he'd love comments. his fb is [[U:facebook.com/walter.hill.1947]]"""),
("billing", """Card declined for the {{Lincare}} oxygen rental. Card on file: MasterCard [[A:5425 2334 3010 9903]]. New card for Mom: discover [[A:6011 0009 9013 9424]], billing address [[L:PO Box 91, Ninnekah, OK 73067]]. - [[P:Sunny]]"""),
("text_message", "[[P:Bubba]] said [[P:Lil Ray]] is bringing moms {{nebulizer}} from [[L:Pineville]]. [[P:Bubba]]s # [[T:318 555 0125]]"),
("form", """Medical ID bracelet order
Name: [[P:MARGARET "PEGGY" O'DONNELL-KRAUSE]]
Born: [[D:10 Jan 1940]]
Conditions: {{Type 1 diabetes}}, {{Pacemaker}}, {{Allergic to latex}}
Emergency: [[P:Dusty O'Donnell]] [[T:+1-608-555-0116]]
Shipping: [[L:W5921 County Road K, Apt. 1, Elkhorn, WI 53121]]"""),
("general_text", """Here's the obituary link for anyone who missed it: [[U:https://www.legacy.com/us/obituaries/name/faith-ann-whitlock-obituary]]. Donations to the {{American Heart Association}} in her name."""),
("text_message", "hi [[P:june bug]] 🐞 nana's {{potassium}} was low 3.1 they want her to eat bananas and take {{klor-con}}"),
("signature", """—
[[P:Hope Delacroix-Fontenot]], {{LCSW}}
Senior Services Coordinator
Parish of St. Landry Council on Aging
[[L:PO Box 1107, Opelousas, LA 70571-1107]]
Office [[T:337-555-0140 x 221]] | Text [[T:337-555-0149]]
[[U:www.stlandrycoa-example.org/staff/hope-delacroix-fontenot]]"""),
("lower_case", """[[P:rusty]] and [[P:dusty]] are both named after grandpas dogs lol. anyway [[P:rusty]]s wife [[P:sunny]] is a {{pharmacist}} at {{kroger}} she can check the {{interaction}}"""),
("billing", """Hey [[P:Will]], the {{hospice}} company wants a card on file for the non-covered stuff. Can you give them yours? Mine is maxed. They need the card number, exp, and the CVV. Their billing line is [[T:(800) 555-0196 extension 3]]. Account # for Mom at their end: pt #[[M:VH-661203]]."""),
("form", """HIPAA release
Patient: [[P:Gaylen "Gay" Thibodeaux]]   DOB: [[D:5/5/45]]
Release to: [[P:Page Thibodeaux-Landry]] ([[E:page.tl@cox.net]]) and Deacon [[P:Lane Boudreaux]]
Records: {{all records}} incl. {{mental health}} and {{substance use}} ({{42 CFR Part 2}})
MRN [[M:6018224]]"""),
("text_message", "ugh dr [[P:reinholt]] office put dads birthday as [[D:9/13/1940]] its actually [[D:9/31/1940]]... wait no sept only has 30. its [[D:9/30/1940]] lol. {{brain fog}} from the {{chemo}} is real"),
("general_text", """For the prayer list website, Pastor [[P:Bud Ames]] posted Mom's story here: [[U:www.firstbaptistlaurel.org/prayer/june-ames]]. Please don't share her {{diagnosis}} outside the church."""),
("all_caps", """MOM'S CREDIT CARD [[A:4485 9821 0043 2217]] WAS USED IN [[L:ATLANTA]], SHE HASN'T LEFT THE HOUSE SINCE HER {{HIP FRACTURE}}. I CALLED THE BANK. - [[P:HOPE]]"""),
("lower_case", """grandpas routing is rtn [[A:073000228]] and account acct [[A:0032 8841 90]] for the {{va}} pension direct deposit, [[P:lane]] asked"""),
("text_message", "ok [[P:Sunny D]] (my cousin not the juice lol) says moms {{home health aide}} [[P:Precious]] can do extra hrs"),
("general_text", """Found Grandpa's old address book. His war buddy [[P:Clyde "Dusty" Rhodes]] is at [[L:Star Route Box 14, Alpine, TX 79830]]. Number written as [[T:915-837-0000]] but that area code changed, probably [[T:432-837-0000]] now."""),
("form", """Pharmacy patient profile
Name: [[P:de la Garza, Esperanza "Hope"]]
DOB: [[D:07/04/1939]]
Address: [[L:501 E Nolana Ave Apt 17, McAllen TX 78504]]
Phone: [[T:956.555.0157]]
Allergies: {{codeine}}, {{shellfish}}
Insurance: {{Medicare Part D}} - member id [[M:1XR8-KL4-PT19]]"""),
]
