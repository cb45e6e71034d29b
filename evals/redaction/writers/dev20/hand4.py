# Hand-written messages, batch 4.
HAND = [
("list", """Things to tell Dr. [P|Feld] on {Thursday}:
1) {heartburn} every night since the {Fosamax}
2) [P|Lorna] (my sister) had {breast cancer} at 52
3) new insurance card, member ID [M|UHC907733104]
4) my cell changed to [T|(914) 555-0139]"""),
("list", """RSVP for {Grandpa} [P|Joe]'s 90th, no peanuts ({allergy}!):
the [P|Hendersons] (4)
[P|Cliff and Rose Albers] (2)
[P|Sunny Patel] (1)
[P|Marguerite]
Send to [E|party4joe90@gmail.com]"""),
("list", """Home oxygen supplier info:
- company: {Lincare}
- driver: [P|Rusty]
- delivery address: [L|Unit 14, 2250 Frontage Rd, Bozeman MT 59715]
- account holder: [P|Ingrid Solberg], DOB [D|1943-11-30]
- {oxygen} 3 L/min via {nasal cannula}"""),
("list", """caregivers for Ms. [P|Pauline]:
mornings [P|Tasha] [T|313-555-0170]
evenings [P|Kenya] [T|313 555 0133]
weekends [P|Dee Young] [T|(313)555-0191]
her {Depakote} is in the top drawer"""),
("text_thread", """[P|Tony]: bro where u at
[P|Sal]: {Mount Sinai} 5th floor. ma's {CT scan} clean
[P|Tony]: thank god
[P|Sal]: venmo me for the parking lol [U|venmo.com/u/Sal-Russo-7]"""),
("text_thread", """[P|Priya]: Pharmacy says the {Keppra} refill is too early
[P|Arjun]: Insurance thing. call them [T|1-800-555-0147]? no wait that's the old plan
[P|Priya]: New plan # [M|AET-W44810925]
[P|Arjun]: ok I'll call from work [T|(312) 555-0104 x2291]"""),
("text_thread", """[P|Bree]: hey it's [P|Sierra]'s mom, she left her {inhaler} at your house
[P|Lynn]: oh no! we're at [L|1422 Pine Knoll Dr] until 5
[P|Bree]: coming. her {albuterol} is the red one right?"""),
("all_caps", """ATTN BILLING. I PAID THE {AMBULANCE} BILL WITH CHECK 2231. ROUTING [A|@ABA@] ACCOUNT [A|@ACCT@]. STOP SENDING ME LETTERS. [P|HAROLD K. BEASLEY] [L|412 N MAIN ST, CLINTON, IL 61727]"""),
("all_caps", """[P|JUNE BUG] (THATS [P|JUNIATA]) IS OUT OF {INSULIN PEN NEEDLES}. {WALMART} IN [L|POPLAR BLUFF] HAS THEM. HER PHONE [T|573.555.0149]"""),
("all_caps", """THIS IS [P|REED] [P|FARNSWORTH] ON THE FARM. COWS KICKED ME. {RIBS} HURT. WIFE MAKING ME WRITE. [L|14225 HWY 34, KEARNEY NE 68847]. BORN [D|12-6-1950]"""),
("run_on", """ok i've been trying to get through on the phone for an hour so i'm writing here my mother in law [P|Esperanza Quiñones] [D|born 4/4/1951] needs her {home oxygen} recertified and the {pulmonologist} Dr. [P|Kwan] said he faxed it but {Apria} says they never got it and she's down to 2 tanks at [L|619 Avenida del Sol, Las Cruces NM 88005] please help me her phone is [T|575-555-0180]"""),
("run_on", """my brother [P|Dez] got out of rehab on {Friday} and he's doing good on the {Suboxone} but the clinic on [L|MLK Blvd] closed so we need a new prescriber near [L|Gary, Indiana] and he doesn't have a phone yet so use mine [T|219.555.0155] or email [E|tanyaj.1985@yahoo.com] thank you so much"""),
("signature", """-----
Dr. [P|Amelia Hartwell-Singh], DPT
Hartwell Physical Therapy
[L|2100 Westlake Ave N, Suite 106, Seattle, WA 98109]
tel [T|206.555.0109] | fax [T|206.555.0110]
[U|www.hartwellpt.com/team/amelia]
{Dry needling} | {vestibular rehab}"""),
("signature", """Thanks!! {Dad's} {Holter monitor} is going back in the mail today.
xo [P|Kenzie]
[T|(816) 555-0142]
[U|instagram.com/kenzie.bakes.kc]"""),
("form", """SCHOOL MEDICATION AUTHORIZATION
Student: [P|Ximena Alvarado]      Grade: 4
Birthdate: [D|07-21-2016]
Parent/guardian: [P|Rocío Alvarado]   Phone: [T|(773) 555-0136]
Medication: {EpiPen Jr} 0.15 mg for {peanut allergy}
Physician: Dr. [P|Nadia Haddad], [T|(773) 555-0180]"""),
("form", """Membership card replacement
Name: [P|O'Malley, Seamus P.]
Member ID: [M|MCD-0092814477]
Date of birth: [D|17 March 1948]
Mailing: [L|Box 6, Rural Route 1, Bantry, ND 58713]
Reason: card went through the wash"""),
("clinician_note", """Case mgmt: Pt [P|Yolanda Pierce] (MRN [M|42-113-909]) discharged to sister's home, [L|2714 Bienville St, New Orleans LA 70119]. {Sickle cell disease}, on {hydroxyurea}. {Transportation} arranged. Sister [P|Vivian] [T|504.555.0162] is primary contact."""),
("clinician_note", """Dietitian follow-up: [P|Kwame Mensah], 63. {CKD 4}, {potassium} 5.8. Reviewed {low-potassium diet}; pt's wife [P|Abena] cooks. Sending handout to [E|abena.mensah@hotmail.com]. F/u 4 wks."""),
("clinician_note", """Speech therapy note: [P|Ruth Ann Bixby], s/p {CVA}, {dysphagia}. Recommend {nectar-thick liquids}. Husband [P|Wendell] educated. Home at [L|RR 1, Box 44B, Sigourney, IA 52591]."""),
("general_text", """Lost and found: someone left a purse at our {support group} meeting ({Al-Anon}, {Wednesday}) with an ID for [P|Kathleen Marsh], [L|611 Vine St, Apt 9, Cincinnati, OH 45202]. If that's your patient, she can call [T|513-555-0173]."""),
("general_text", """Hey can you tell the team I changed banks. New direct deposit for my {caregiver} stipend: routing no. [A|@ABA@], acct no. [A|@ACCT@]. Thanks, [P|Summer Hollis]"""),
("general_text", """Writing a thank-you card to the night nurse, does anyone know her name? We think it's [P|Noelle]. Our return address is [L|8 Yellowwood Way, Dahlonega, GA 30533]. ~The [P|Pruitt] family"""),
("voicemail", """Voicemail: "Hi, this is [P|Bill] from {Express Scripts}, calling for [P|William Reed Sr.], date of birth [D|September 30th, 1942], about a {mail-order} refill for {Entresto}. Please call [T|1-877-555-0134, ext. 4410]." """),
("voicemail", """(voicemail, 1:12) "[P|Marisela]? It's me, {Tía} [P|Luz]... I'm at the hospital with your dad, they say it's his {gallbladder}, he's in room 412, call me on the new number [T|956 555 0178], bye." """),
("email_forward", """Forwarding from my sister:
"Hi all, {Mom's} {MRI} showed a small {meningioma}. Neurosurgery consult is at {UCSF} next week. [P|Abby] - can you drive? Address for pickup is [L|1930 Noe St, San Francisco, CA 94131]. - [P|Liz]"
[P|Liz]'s number: [T|415.555.0171]"""),
("email_forward", """>> From: [P|Gunnar Lindahl] [E*|gunnar.lindahl@telia.se]
>> Hej, please send my father's {ECG} to me in Sweden. Address: [L*|Storgatan 18, 114 55 Stockholm]. Tel [T*|+46 8 411 2950].
Forwarded by [P|Karin Lindahl-Moore]"""),
("insurance_form", """HSA reimbursement request
Account holder: [P|Graham Whitley]   SSN: [S|377-09-1482]
Expense: {physical therapy} copays ($240)
Deposit to: routing [A|@ABA@] / checking [A|@ACCT@]
Address: [L|4 Ledgewood Ct, Andover, MA 01810]"""),
("insurance_form", """Long-term care insurance claim - daily care log
Insured: [P|Marguerite Dubois]   Policy #: [M|LTC-5520198]
Caregiver: [P|Josette Pierre-Louis], [T|(617) 555-0101]
ADLs assisted: bathing, dressing, {transfers}
Diagnosis: {Alzheimer's disease}"""),
("discharge_paperwork", """DISCHARGE INSTRUCTIONS - {TOTAL HIP ARTHROPLASTY}
Name: [P|Beauregard, Lucille M.]   MRN [M|H009921834]   DOB [D|02/14/1947]
{Hip precautions} x 6 weeks. {Enoxaparin} 40 mg daily x 14 days.
Home PT: [P|Omar Said], PT, [T|(225) 555-0145]
Going home to: [L|3388 Highland Rd, Baton Rouge, LA 70802]"""),
("discharge_paperwork", """NICU discharge - baby [P|Isaiah Moreno]
Born [D|11/02/2025] at 31 weeks. MRN [M|N-6670215].
{Caffeine citrate} stopped. {Iron} drops daily. {Synagis} monthly.
Parents: [P|Adriana] and [P|Luis Moreno], [L|1717 E Olive Ave, Fresno, CA 93728], [T|559-555-0106]"""),
("typos", """helo nurse [P|Kathy] its [P|Bernice] my {blood presure} was 190 over 100 i feel a headach. my docter [P|Simmons] office [T|(479)555-0152] is closed. im at [L|217 Rose Ln, Rogers AR]"""),
("typos", """teh {gluclose} meter says HI and my son [P|jayden] is 9 hes {type 1}. we are at [L|4510 w fond du lac ave milwaukee wi 53216] pls call [T|414 555 0114]"""),
("speaker_label", """Neighbor ([P|Graciela]): Señora [P|Pilar] no contesta la puerta
Me ([P|Tom]): I have a key, on my way
Neighbor ([P|Graciela]): Llamé al {911}. Ella toma {insulina}
Me ([P|Tom]): ok, her son is [P|Rafa Medina], [T|+1 (915) 555-0111]"""),
("speaker_label", """Nurse [P|Olu]: wound looks better, {granulation} is pink
[P|Dorothy]: good! can [P|Hank] change it tomorrow
Nurse [P|Olu]: yes, {saline} and {gauze}. I'll be back {Monday}"""),
("lower_case", """its [P|carol] from [L|lexington ky] again. [P|will] (my husband) has the {shingles} now, on {valacyclovir}. his {medicare} card says [M|2jk8-wf4-rt61]"""),
("lower_case", """ugh, {insurance} denied [P|rose]'s {Wegovy}. her member id is [M|a3892041177]. we're in [L|tulsa]. me = [P|dana rose young], [T|918 555 0188]"""),
("international", """Please add my daughter in Canada as contact: [P*|Amélie Tremblay], [L*|4521 rue Saint-Denis, Montréal (Québec) H2J 2L4], [T*|+1 514 555 0126]. She speaks French. Mom has {Lewy body dementia}."""),
("international", """Father's Indian bank details for reimbursing the {medical equipment} we bought: [P*|Rajendra Prasad Sharma], account [A*|@ACCT@], IFSC [A*|SBIN0004471], [L*|House No. 12, Sector 15, Gurugram, Haryana 122001], [T*|+91-124-4056-723]."""),
("international", """Contact in Manila for {Lola} [P|Cora]'s records: cousin [P*|Maricel Dela Cruz], [L*|1845 Taft Avenue, Malate, Manila 1004], [T*|+63 917 482 1093], [E*|maricel.dc88@yahoo.com.ph]. {Lola} has {tuberculosis} history."""),
("run_on", """and another thing the {home health} aide [P|Crystal] is great but [P|Dottie] the old one still has a key to mom's place at [L|33 Kensington Rd, Apt 2F, Kingston NY 12401] and won't give it back and also took mom's {Xanax} I think so can someone call her at [T|845-555-0196] because I don't want to"""),
("general_text", """Please cancel {Dad's} {Sunday} {dialysis} transport, he's staying with [P|Reenie] ([P|Irene Hill]) at [L|Lot 47, Shady Acres MHP, 9000 Old Spanish Trail, Slidell LA 70458]. Driver can reach her at [T|985-555-0121]."""),
("form", """Visitor log (rehab unit)
[P|Jorge Ibarra] - son - [T|(323) 555-0193] - 2:10pm
[P|Candace Ibarra] - daughter-in-law - same #
Fr. [P|Miguel] - {chaplain} - 3:45pm
Patient: [P|Ibarra, Ramón], room 218, {hip fracture}"""),
("voicemail", """Voicemail from [T|(270) 555-0140]: "Yeah this is [P|Hoyt] down at [P|Hoyt]'s Feed and Seed, [P|Vernon] asked me to call, he forgot his {heart pills} here on the counter, the {Toprol}, I'll hold 'em." """),
("clinician_note", """RN phone triage: caller [P|Lenore Strand] (daughter) re: pt [P|Arvid Strand], {Parkinson's}, new {hallucinations} after {Sinemet} increase. Advised call neurology. Callback [T|701-555-0127]. Pt address confirmed [L|220 4th Ave SW, Minot, ND 58701]."""),
("signature", """--
Mrs. [P|Henrietta Boone]
Retired schoolteacher & caregiver to Mr. [P|Boone]
"Keep your face to the sunshine"
[T|(843) 555-0168]"""),
("general_text", """Tax question for the {caregiver} payments: I pay my mom's aide [P|Lourdes Navarro] weekly. Her SSN is [S|529 71 0843] and mine is [S|531-66-2094] ([P|Dana Whitcomb]). Mom has {Alzheimer's}. Do we need a W-2?"""),
("signature", """Meal schedule for the [P|Okafor] family is up!
-- 
[P|Becky Lindgren], volunteer coordinator, {Meals on Wheels}
[U|https://www.mealtrain.com/trains/okafor-family-512]
[U|facebook.com/becky.lindgren.mn]
[T|(218) 555-0163]"""),
("form", """Financial assistance application
Applicant: [P|Tyrell Simmons]   SSN: [S|213458871]
Household member: [P|Keisha Simmons]   SSN: [S|213-55-0918]   DOB: [D|5/5/1979]
Address: [L|818 Edmondson Ave, Apt 2, Baltimore, MD 21223]
Diagnosis: {sickle cell disease}, {chronic pain}"""),
("email_forward", """FW: donation link
[P|Marcy] asked me to share this: [U|gofundme.com/f/help-dale-whitaker-heal]. [P|Dale]'s {spinal cord injury} rehab isn't covered. You can also follow along at [U|https://www.caringbridge.org/visit/dalewhitaker]. - [P|Pam]"""),
("lower_case", """hi its [P|mercedes]. my son [P|joaquin] is 17 and got hurt at football, {concussion}. the school wants his ssn [S|612 40 7739] for the {athletic trainer} form?? is that normal. our pediatrician is dr [P|nguyen] [T|(562) 555-0140]"""),
("clinician_note", """SW note: pt [P|Harlan Pike], 67, {homelessness} risk. SSN [S|450-12-8836] verified for {SSI} application. Sister [P|Lavonne Pike] at [L|Gen Del, Harlan, KY 40831]. Cell [T|606-555-0159]. Dx {COPD}, {alcohol use disorder}."""),
("text_thread", """[P|Shay]: did u see [P|Nan]'s blog [U|https://nanbattlesms.wordpress.com]
[P|Tori]: yes!! she looks good after the {Ocrevus} infusion
[P|Shay]: her {MS} nurse reads it too lol"""),
("voicemail", """Voicemail: "[P|Georgia], it's [P|Keith] from the credit union. The card you reported lost ending in... the full number is [A|@DISC@]; we've cancelled it. New one mails to [L|PO Box 309, Ely, NV 89301]. Call me at [T|775.555.0117]." """),
]
