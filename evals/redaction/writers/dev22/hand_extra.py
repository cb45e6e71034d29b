# Hand-written extras: personal pages/links, SSNs in many shapes, more families abroad.
H = [
("general_text", """
Our CaringBridge is «caringbridge.org/visit/georgiamaeturner|U» — «Georgia Mae|P» asked that the {hospice} team not post on it, but you can read it. {Lymphoma} updates go there first.
"""),
("signature", """
Mom's {Namenda} was increased to {10 mg BID} per «Dr. Ostrowski|P».
—
«Dakota Lynn Fairchild|P» · quilts & alterations
«https://www.dakotalynnquilts.com/about-dakota|U»
«(405) 555-0178|PH»
"""),
("run_on", """
somebody shared a gofundme for my dad «Augustin Célestin|P» «https://www.gofundme.com/f/help-augustin-celestin-after-stroke|U» and i want to be clear that the family did NOT make it, we dont know who «Kervens Dorvil|P» is, please dont give money, dad is home with {hospice} and has everything he needs for the {post-stroke rehab}
"""),
("lower_case", """
here's the fb page where we post about grandpa «https://www.facebook.com/lolo.ernie.bautista.7|U» — pics of his {leg wound} are in the album if the nurse wants to compare
"""),
("forwarded", """
FYI from «Brooklyn|P» ->
"My Instagram is «instagram.com/brooklyn_nguyen_rn|U», I posted the video of Ba's {tremor} so the neurologist can see it. Don't share it pls"
"""),
("general_text", """
Hi, for the {Medicaid} application they need both SSNs: me «Ruth Ann Bledsoe|P» «287-44-9016|S», and my husband «Vernon Bledsoe|P» «287 44 1952|S». He has {COPD} and {CHF}.
"""),
("form", """
W-9 for private {caregiver}
Name: «Marisol Peña-Ortiz|P»
Taxpayer ID (SSN): «6 1 3 - 2 2 - 4 0 8 7|S»
Address: «9911 Gessner Dr. Apt. 1412
Houston, Texas 77071|L»
Email: «marisol.penaortiz@gmail.com|E»
"""),
("clinician_note", """
MSW: pt has no ID, SSN card lost. Pt recites SSN as «five-one-eight, seventy-two, oh-four-four-one|S» — verify w/ SSA. Pt «Cleophus Marbury|P» staying w/ cousin «Lottie|P» at «2213 Ensley Ave Apt B, Birmingham AL 35218|L». {Diabetic foot ulcer}, {HbA1c 11.2}.
"""),
("all_caps", """
MY SOCIAL SECURITY NUMBER IS «419-06-8832|S» I GAVE IT TO THE LADY ALREADY WHY DO YOU NEED IT AGAIN. «OLLIE MAE STRICKLAND|P». I HAVE {SUGAR} AND {HIGH BLOOD}.
"""),
("voicemail_transcript", """
Voicemail: "Hi this is «Penelope|P» from the billing office at {Savannah Hospice}, calling for «Jordan Baptiste|P», we need the last four of the SSN, or the full one, «4 2 2 7 1 6 6 3 0|S» is what we have and it doesn't match. Call «912-555-0181|PH»."
"""),
("international", """
Grandma's UK pension + NHS stuff, from my aunt «Philippa Haworth|P!» in «Leeds|L!»: NHS no. «943 476 5919|M!», DOB «14/02/1937|D!», her number «0113 496 0725|PH!», email «pip.haworth@btinternet.com|E!». {Warfarin} clinic there says {INR} was {2.6}.
"""),
("international", """
Cousin «Jean-Wilner Saint-Fleur|P!» in «Jacmel|L!» (tel «+509 3712 0456|PH!») is asking if he can send {Ensure} from «Miami|L». Tell him to use Tía «Nadine|P»'s address «1770 NW 7th Ave #3, Miami FL 33136|L».
"""),
("international", """
Ba's friend from the old neighborhood, «Đỗ Văn Nam|P!», lives at «Số 12 ngõ 45 Hào Nam, Đống Đa, Hà Nội|L!», phone «+84 24 3555 0119|PH!», email «dovannam1948@yahoo.com.vn|E!». He also has {Parkinson's}.
"""),
("international", """
From Tita «Maricel Dizon|P»: she sent Lola's {losartan} from «Manila|L!» — tracking is under her name, address «Blk 7 Lot 22 Camella Homes, Bacoor, Cavite 4102|L!», mobile «+63 917 555 0126|PH!». Lola's PhilHealth no. «01-025588731-4|M!».
"""),
("international", """
Uncle «Rajesh Iyer|P!» asked me to send the bank info for Amma's {physiotherapy}: his UK account is «GB33 BUKB 2020 1555 5555 55|A!», his Indian mobile «+91 98450 55521|PH!», and Amma's address «14, 3rd Cross, Jayanagar, Bengaluru 560011|L!».
"""),
]
