"""Templates written for dev68. Slot syntax: <CODE:key> or <CODE:key.attr>.

CODE  P L PH E U S M D A (optional '*' = INTL) -> identifier markup around the value
      K      keep word from a category (drug, cond, lab, proc, org, pharm, rel, device, body, misc, help)
      T      the value as plain text (no markup)
      LBL    the label that goes with a record key (may be empty)
      REC    label + record value as identifier
      ALOUD  record value read out digit by digit (identifier)
      SPLIT  record value broken over two lines (identifier)
      WRONG  record value with two digits swapped (identifier; the correction is a separate slot)
      HALF   only the first part of a record value, the way people half-remember it (identifier)
keys  p1.. US-context people; i1.. people of the message's country (INTL); n1.. non-Latin names in a
      US message (INTL); c.addr c.phone c.iban c.hid c.dob c.city country bundle; addr street city
      cityonly mil pobox rr; phone vanity; ssn; dob dobkid; record kinds mrn chart enc visit member
      group claim case auth rx serial medicare medicaid; iban card routing bankacct pacct.
Digits after a key make a second, independent value (phone2, mrn2, p2 ...).
"""

US = [
    # ---------------------------------------------------------------- clinician notes
    ('clinician_note', """Pt <P:p1>, <REC:mrn>, DOB <D:dob>. Seen today for <K:cond>. BP 148/86. Cont <K:drug>, start <K:drug2>. RTC 3 mo. Spouse <P:p2.first> at <PH:phone> helps with meds."""),
    ('clinician_note', """<P:p1.lastfirst> | DOB <D:dob> | <LBL:mrn> <M:mrn>
CC: <K:cond>
Hx: <K:cond2>, on <K:drug>
Plan: labs (<K:lab>), f/u w/ Dr. <P:p2.last> in 2 wks"""),
    ('clinician_note', """RN triage 0915. Caller <P:pf2> (daughter) re: pt <P:p1> <M:mrn>. Reports <K:cond> worse since yesterday. Advised UC today. CB <PH:phone>."""),
    ('clinician_note', """Discharge note: <P:p1>, <LBL:enc> <M:enc>. Dx <K:cond>. New meds: <K:drug>. F/u PCP Dr <P:p2.last> (<PH:phone>) within 7 days. Home health via <K:org>, referral sent."""),
    ('clinician_note', """SW: pt <P:p1> lives w/ son <P:pm2.first> at <L:addr>. <LBL:medicaid> <M:medicaid> active. Needs <K:device>. Son's cell <PH:phone>."""),
    ('clinician_note', """Med rec done w/ pt's wife <P:pf2.first>. <K:drug> 10 mg daily, <K:drug2> prn. Pharmacy: <K:pharm> <PH:phone>. <LBL:rx> <M:rx>. Pt <P:p1.initlast>, DOB <D:dob>."""),
    ('clinician_note', """Addendum: pt's correct <LBL:member> is <M:member>, not <WRONG:member> as entered at registration. Pt <P:p1>. Claim resubmitted for <K:proc>."""),
    ('clinician_note', """Tele-visit. Pt <P:p1> at home in <L:city>. <K:cond> stable. A1c 7.2. Cont <K:drug>. Pt asked that results go to <E:p1.email>."""),
    ('clinician_note', """PT note - <P:p1.fullm> (<LBL:chart> <M:chart>) s/p <K:proc>. Gait w/ walker 200 ft. Wife <P:pf2.first> present. Next session Tue."""),
    ('clinician_note', """Device check: pt <P:p1>, <K:device> <LBL:serial> <M:serial>. Battery OK. No alerts. MRN <M:mrn>. Next remote check 3 mo."""),
    ('clinician_note', """Care mgmt call w/ pt <P:p1> DOB <D:dob>. Appeal for <K:proc> filed, <LBL:case> <M:case>. Pt's preferred # <PH:phone>, ok to leave VM."""),
    ('clinician_note', """pt <P:p1.lower> came in w/ granddaughter <P:pf2.first>. out of <K:drug> x 5 days. refilled, sent to <K:pharm>. <LBL:mrn> <M:mrn>. pt's new number <PH:phone>"""),
    # ---------------------------------------------------------------- family chat
    ('sms', """hey it's <P:p1.first>. can u send me <P:p2.first>'s <LBL:member> again? the one i have is <WRONG:member> and the <K:pharm> lady says it doesn't match"""),
    ('sms', """<LBL:member> <M:member>
<LBL:group> <M:group>
thats from the front of the card, the back has the <K:pharm> stuff"""),
    ('sms', """Mom's <K:drug> is ready at <K:pharm>. <LBL:rx> <M:rx>. Can you grab it? I'm stuck at work till 6"""),
    ('sms', """dad's new cell is <PH:phone>, the old one <PH:phone2> is dead. tell the <K:org> people"""),
    ('sms', """omw to the ER with <P:pf1.first>. probably her <K:cond> again. her MRN is on the bracelet from last time: <M:mrn>"""),
    ('speaker_label', """<P:p1.first>: ok i have the card
<P:p1.first>: <LBL:member> <M:member>
<P:p1.first>: <LBL:group> <M:group>
<P:p2.first>: thanks, calling <K:org> now about the <K:proc>"""),
    ('speaker_label', """Son <P:pm1.first>: who's taking dad to the <K:proc> thursday
Daughter <P:pf2.first>: me. I have his <LBL:medicare> <M:medicare> and the referral
Son <P:pm1.first>: ok heads up they moved, new address is <L:addr>"""),
    ('speaker_label', """<K:rel>: did the <K:lab> come back
<P:p1.first>: not yet, portal says pending. <LBL:enc> <M:enc> if you want to call
<K:rel>: I'll call <PH:phone> tomorrow"""),
    ('speaker_label', """<P:pf1.first> (sister): the hospital billing lady needs the account number
<P:p2.first>: it's <A:pacct> on the statement
<P:pf1.first> (sister): and the <LBL:claim>?
<P:p2.first>: <M:claim>"""),
    ('speaker_label', """Wife <P:pf1.first>: I'm at <K:pharm>, they want the rx number
Husband <P:pm2.first>: <M:rx>
Wife <P:pf1.first>: and your birthday they said
Husband <P:pm2.first>: <D:dob> lol you should know that"""),
    ('lower_case', """<P:p1.lower> here. my <LBL:rx> is <M:rx> for the <K:drug>, pharmacy says no refills left, can dr <P:p2.last> send a new one"""),
    ('lower_case', """the lady read me the <LBL:case> over the phone so fast, i got <ALOUD:case>. hope thats right. this is for <P:p1.first>'s <K:proc>"""),
    ('lower_case', """i think the member id starts with <HALF:member>... the card's in <P:p2.first>'s car. they need it for the <K:proc>"""),
    ('lower_case', """update on <P:p1.first>: <K:cond> is better, home tomorrow. discharge papers say <LBL:visit> <M:visit>. call me <PH:phone>"""),
    ('lower_case', """the <LBL:claim> is <WRONG:claim>, no wait, <M:claim>. i flipped two numbers. its for <P:p1.first>'s <K:proc> in <T:month>"""),
    ('lower_case', """mom's address for the <K:device> delivery is <L:addr>. ring the bell twice she's hard of hearing"""),
    ('run_on', """so <K:relf> went back to <K:hosp> yesterday for her <K:cond> and they gave us a new <LBL:enc> <M:enc> which I guess we need for the billing and then the nurse said to call <P:p2> at <PH:phone> about the <K:drug> refill so I did and nobody answered"""),
    ('run_on', """I'm doing <P:pf1.first>'s <K:org> paperwork and her taxes at the same time which is a bad idea, her SSN <S:ssn> keeps going in the wrong boxes and the address on everything is still <L:addr> even though she moved in with us in <T:month>"""),
    ('run_on', """the <K:device> company called and said they need the serial number from the old machine before they send the new one so I read it off the sticker <M:serial> and then they said they also need <P:p1.first>'s <LBL:member> which is <M:member> and then they hung up on me"""),
    ('run_on', """ok so the insurance says the <K:proc> was approved, <LBL:auth> <M:auth>, but the hospital says they don't see it and the hospital account for <P:p1> is <A:pacct> so I'm going to call both of them again tomorrow from work <PH:phone> is my desk if they call back"""),
    ('voicemail', """Voicemail from <PH:phone>: "Hi, this is <P:p1> calling about my <K:relm>, <P:pm2>, the <LBL:claim> is <ALOUD:claim>, please call me back, thanks." """),
    ('voicemail', """VM transcript: "yeah hi it's <P:p1.first> from <K:pharm>, calling for <P:p2>, the <K:drug> needs a prior auth, the rx number is <ALOUD:rx>, our number is <PH:phone>, thanks" """),
    ('voicemail', """"...this message is for <P:p1>, date of birth <D:dob>, this is <P:p2.first> from Dr. <P:p3.last>'s office about your <K:lab> results, please call us at <PH:phone>." """),
    ('all_caps', """<P:p1.caps> DOB <D:dob> <LBL:medicare> <M:medicare> NEEDS <K:drug> REFILL. CALL <PH:phone>"""),
    ('all_caps', """PLEASE MAIL THE <K:lab> RESULTS TO <L:addr> ATTN <P:p1>. DO NOT CALL THE HOUSE PHONE <PH:phone>"""),
    ('all_caps', """MY <LBL:rx> IS <M:rx> AND THE PHARMACY KEEPS SAYING ITS TOO EARLY FOR THE <K:drug>. <P:p1.first>"""),
    ('typo', """pls have dr <P:p2.last> call me abotu my moms <K:cond>, shes <P:p1> dob <D:dob> and her medicare # is <M:medicare> i think, my cell <PH:phone>"""),
    ('typo', """hi i need to cahnge my adress to <L:addr>, my insurence id is <M:member>. thx <P:p1.first>"""),
    # ---------------------------------------------------------------- forms, lists, pasted records
    ('form', """Name: <P:p1>
DOB: <D:dob>
Address: <L:addr>
Phone: <PH:phone>
SSN: <S:ssn>
Allergies: <K:drug>
Emergency contact: <P:p2> <PH:phone2>"""),
    ('form', """Child: <P:p1>
DOB: <D:dobkid>
Parent/guardian: <P:p2>
Phone: <PH:phone>
Email: <E:p2.email>
<LBL:member>: <M:member>
Dx: <K:cond>"""),
    ('form', """PATIENT INFO UPDATE
Name ............ <P:p1.caps>
Home phone ...... <PH:phone>
Cell ............ <PH:phone2>
Email ........... <E:p1.email>
<LBL:mrn> ....... <M:mrn>
Reason .......... new address <L:addr>"""),
    ('form', """Caregiver stipend - direct deposit
Caregiver: <P:p1>   SSN <S:ssn>
Bank routing <A:routing>
Account <A:bankacct>
Care recipient: <P:p2> (<K:cond>)"""),
    ('list', """Info for <K:rel>'s new doctor:
- name: <P:p1>
- DOB <D:dob>
- <LBL:medicare> <M:medicare>
- <LBL:medicaid> <M:medicaid>
- meds: <K:drug>, <K:drug2>
- pharmacy: <K:pharm> <PH:phone>"""),
    ('list', """Numbers (keep in the red folder)
<REC:mrn>
<REC:member>
<REC:group>
<REC:rx>
PCP Dr. <P:p1.last> <PH:phone>
(for <K:relm>'s <K:proc>)"""),
    ('list', """to do tues
1. call <K:org> re <LBL:claim> <M:claim>
2. pick up <K:drug> (<LBL:rx> <M:rx>)
3. fax form to <PH:phone>
4. text <P:p1.first> about the <K:proc>"""),
    ('portal_paste', """Patient: <P:p1.caps>
<LBL:mrn> <M:mrn>
Encounter: <M:enc>
Provider: <P:p2>, MD
Diagnosis: <K:cond>
^^ copied from the portal. what does this mean??"""),
    ('portal_paste', """Statement date 11/01
Guarantor: <P:p1>
Account: <A:pacct>
Patient: <P:p2>
Service: <K:proc>
Amount due: $<T:money>
can someone explain why this wasn't covered"""),
    ('portal_paste', """Explanation of Benefits
Member: <P:p1.caps>   ID: <M:member>
Claim #: <M:claim>
Service: <K:proc>
You may owe: $<T:money>"""),
    ('fax', """FAX
To: Dr. <P:p2> Fax <PH:phone>
From: <K:org> Fax <PH:phone2>
Re: <P:p1.lastfirst> DOB <D:dob> <LBL:mrn> <M:mrn>
<K:lab> results attached, 2 pages"""),
    ('fax', """*** PHARMACY REQUEST ***
RX# <SPLIT:rx>
Patient <P:p1>  DOB <D:dob>
Drug <K:drug>
Call prescriber office <PH:phone>"""),
    ('sms', """rx label says
<LBL:rx> <SPLIT:rx>
<K:drug>
for <P:p1>"""),
    ('lower_case', """she read it to me over the phone: <ALOUD:mrn>. is that the MRN or the account? for <P:p1.first>'s <K:proc>"""),
    # ---------------------------------------------------------------- general text
    ('general_text', """Please update my address to <L:addr>. My old address was <L:addr2>. Thanks, <P:p1>"""),
    ('general_text', """I paid the <K:bill> bill with my <T:cardlabel> <A:card> but it still shows a balance on account <A:pacct>. Can someone check? <P:p1>"""),
    ('general_text', """Set up the monthly payment from checking please. Routing <A:routing>, account <A:bankacct>. Account holder is <P:p1>. This is for the <K:device> rental."""),
    ('general_text', """the <K:org> form wants my SSN, it's <S:ssn>, and my DOB <D:dob>. is it safe to put that in this chat?"""),
    ('general_text', """Please send the <K:lab> results to my email <E:pf1.email>, not my husband's. Thank you, <P:pf1>"""),
    ('general_text', """<P:pm1.first>'s page with the updates on his <K:cond>: <U:pm1.uurl>. Thanks for all the prayers"""),
    ('general_text', """My husband is deployed, please mail his <K:drug> to <L:mil>. His name is <P:pm1>, DOB <D:dob>."""),
    ('general_text', """We're driving <K:rel> from <L:city> to <L:city2> for the <K:proc> next week. Any hotels near <K:hosp>?"""),
    ('general_text', """<P:pf1>'s transport service is <PH:vanity> if anyone needs a ride to <K:proc> appointments, she's reliable"""),
    ('general_text', """Hi, I'm the new caregiver for <P:pf1>. Her mailing address is <L:pobox> but she lives at <L:street> out past the feed store. My phone is <PH:phone>."""),
    ('general_text', """Refund check for the overpayment should go to <P:p1>, <L:rr>. The <K:bill> account number is <A:pacct>."""),
    ('general_text', """Card on file for <P:p1>'s copays: <T:cardlabel> <A:card>, exp <T:exp>. Please don't charge it for the <K:proc> until insurance pays."""),
    ('forwarded', """---------- Forwarded message ---------
From: <P:p1> <<E:p1.email>>
Subject: Mom's <K:proc>

Her <LBL:member> is <M:member>, group <M:group>. Call me at <PH:phone> if the hospital asks."""),
    ('forwarded', """> On Tue, <P:p1> <<E:p1.email>> wrote:
> <K:org> says the <LBL:case> is <M:case>. Can you follow up on the <K:drug> denial?

will do - <P:p2.first>"""),
    ('signature', """Thanks so much,
<P:p1>
<PH:phone> (cell)
<E:p1.email>"""),
    ('signature', """--
<P:p1.fullm>
Volunteer patient advocate
<U:p1.purl>
<PH:phone>"""),
    ('signature', """Let me know about the <K:proc>.

<P:p1.first>
Sent from my phone. Reach me at <PH:phone> or <E:p1.email>"""),
    ('speaker_label', """<P:n1>: my father's <K:drug> is almost finished
<P:p1.first>: ok, what's his <LBL:mrn>?
<P:n1>: <M:mrn>"""),
    ('general_text', """Interpreter request for <P:n1> (<K:cond> follow-up). Family contact <P:p1>, <PH:phone>. Home: <L:addr>."""),
]

US += [
    ('portal_paste', """Your prescription is ready for pickup
<K:drug>
Rx <M:rx>
For: <P:p1.caps>
<K:pharm> - reply STOP to opt out"""),
    ('sms', """its <M:member> with the letters, not <WRONG:member>. the <K:org> app cuts it off"""),
    ('general_text', """Reference number for my call today about the <K:bill> bill for my <K:proc>: <M:case>. I spoke with <P:p1.first>. My account number there is <A:pacct>."""),
    ('clinician_note', """Lab req: <P:p1.lastfirst>  DOB <D:dob>  MRN <SPLIT:mrn>
Tests: <K:lab>, <K:lab2>
Bill to: <LBL:member> <M:member>"""),
    ('lower_case', """found the <K:device> paperwork. <LBL:serial> <M:serial>, order <M:case>. the rep was <P:p1.lower>, ext <T:ext>"""),
]

US += [  # templates without record numbers
    ('general_text', """Hi all, <P:pf1>'s <K:proc> went fine. Cards can go to <L:addr>. Her room phone is <PH:phone> but she sleeps a lot."""),
    ('sms', """can you text me <P:p1.first>'s email? i want to send the <K:cond> article. i have <E:p1.email> but it bounced"""),
    ('general_text', """Set up a page for <K:relm>'s <K:proc> recovery: <U:pm1.uurl> - sign up for rides there. Questions to <E:p2.email>"""),
    ('lower_case', """someone posted <P:pf1.lower>'s <K:cond> stuff on <U:pf1.uurl>. can we get it taken down, she didnt say ok"""),
    ('signature', """<P:p1>
Certified health coach | <U:p1.purl>
<PH:phone>
*not medical advice*"""),
    ('general_text', """Social Security needs <K:relm>'s number for the <K:org> application: <S:ssn>. His DOB is <D:dobold>. I'm <P:pf1>, his daughter."""),
    ('form', """APPLICATION FOR FINANCIAL ASSISTANCE
Applicant: <P:p1>
SSN: <S:ssn>
Spouse: <P:p2>
Spouse SSN: <S:ssn2>
Address: <L:addr>
Reason: <K:proc> bill"""),
    ('speaker_label', """<P:pf1.first>: what's your social again for the <K:org> form
<P:pm2.first>: <S:ssn>
<P:pf1.first>: thx deleting this after"""),
    ('all_caps', """<P:p1.caps> DOB <D:dob> SSN <S:ssn> ADDRESS <L:addr> - FOR <K:org> INTAKE"""),
    ('clinician_note', """Pt <P:p1>, DOB <D:dob>, here with <K:relf> for <K:cond>. Lives at <L:addr>. PCP Dr. <P:p2.last>. Prefers text to <PH:phone>."""),
    ('run_on', """we just moved <K:relf> into the memory care place at <L:addr> and the front desk number is <PH:phone> but honestly just call me at <PH:phone2> because they never pick up, she has <K:cond> and it's worse in the evenings"""),
    ('list', """Phone tree for <K:relm>'s <K:proc>
<P:p1> <PH:phone>
<P:p2> <PH:phone2>
<P:p3> <PH:phone3>
<P:p4.first> (neighbor) <PH:phone4>"""),
    ('voicemail', """"Hi <P:p1.first>, it's <P:p2.first> from <K:hosp> scheduling, we have you down for the <K:proc> on the 14th, if that doesn't work call <PH:phone> or email me at <E:p2.email>, thanks" """),
    ('general_text', """Change of address for <P:p1> (<K:cond> support group newsletter): from <L:addr> to <L:addr2>, starting this month."""),
    ('sms', """<P:pf1.first> just got home from <K:hosp>!! her new cell is <PH:phone>, she lost the old one in the ER"""),
    ('typo', """my mom <P:pf1> (dob <D:dobold>) got a leter sayin her <K:drug> is not coverd anymore?? she lives at <L:addr> if u need to mail the form"""),
    ('forwarded', """-----Original Message-----
From: <E:p1.email>
Sent: Monday
To: <E:p2.email>
Subject: <K:proc> rides

<P:p2.first>, I can drive Tuesday. My cell is <PH:phone>. - <P:p1.first>"""),
    ('general_text', """Payment details for the caregiver in <L:city>: <P:p1>, routing <A:routing>, acct <A:bankacct>. Memo: <K:relm> care, <T:month>."""),
    ('general_text', """Update the card on file please: <T:cardlabel> <A:card> exp <T:exp>. It's for <P:p1>'s <K:device> supplies."""),
    ('lower_case', """<P:p1.lower> and <P:p2.lower> are both on the <K:proc> carpool, numbers are <PH:phone> and <PH:phone2>"""),
    ('clinician_note', """ID verified: <P:p1.caps>, DOB <D:dob>, address <L:addr>. Two identifiers confirmed before <K:proc>."""),
    ('speaker_label', """<P:p1.first>: where's grandma's new place
<P:p2.first>: <L:addr>
<P:p1.first>: is that near <K:hosp>
<P:p2.first>: like 10 min"""),
    ('general_text', """Photos from <P:p1.first>'s <K:cond> walk are up at <U:p1.surl>. Email me (<E:p2.email>) if you want prints."""),
    ('run_on', """the lady at <K:org> said my SSN <S:ssn> doesn't match my birthday <D:dob> in their system and now my <K:drug> is on hold until I bring my card in, I'm <P:p1> if anyone from the clinic reads this"""),
    ('sms', """<P:pf1.first> started a blog about her <K:cond>, it's <U:pf1.burl> - she'd love comments"""),
    ('general_text', """For the church visit list: <P:p1> at <L:addr>, <PH:phone>. <K:proc> last week, no visitors till Friday."""),
    ('lower_case', """new address for <P:pf1.lower> is <L:addr>. birthday <D:dob>. shes on <K:drug> now"""),
]

INTL = [
    ('international', """<K:relf> (<P*:if1>) lives at <L*:c.addr>, her phone is <PH*:c.phone>. She takes <K:drug> and needs a refill before we visit."""),
    ('international', """<P*:i1.first>: <K:rel>'s <LBL:c.hid> is <M*:c.hid>
<P*:i1.first>: hospital phone <PH*:c.phone>
<P:p1.first>: got it, sending to Dr. <P:p2.last> here for the <K:proc>"""),
    ('international', """Please transfer the money for the <K:proc> to <A*:c.iban>, account name <P*:i1>. Thank you!"""),
    ('international', """Name: <P*:i1>
Date of birth: <D*:c.dob>
Address: <L*:c.addr>
Tel: <PH*:c.phone>
<LBL:c.hid>: <M*:c.hid>
Diagnosis: <K:cond>"""),
    ('international', """<P:pf1> is coordinating with her brother <P*:im1> in <L*:c.city>, his number is <PH*:c.phone>. US contact <PH:phone>. Their mother has <K:cond>."""),
    ('clinician_note', """Pt <P*:i1> visiting family here, <K:cond> exac. Home address abroad: <L*:c.addr>. Local contact <P:p1> <PH:phone>. Pt's <LBL:c.hid> <M*:c.hid>."""),
    ('lower_case', """iban <A*:c.iban> for the <K:drug> money. thx <P*:i1.first>"""),
    ('international', """<K:relf> moved back home. New address <L*:c.addr>, phone <PH*:c.phone>. Her doctor there wants the <K:lab> from here, MRN <M:mrn>."""),
    ('speaker_label', """<P*:i1>: sent you the <K:proc> bill
<P:p1.first>: what's the account for the transfer
<P*:i1>: <A*:c.iban>
<P*:i1>: and my cell <PH*:c.phone>"""),
    ('sms', """landed in <L*:c.city>. <K:relf>'s <LBL:c.hid> is <M*:c.hid> in case the clinic asks. my number here <PH*:c.phone>"""),
    ('general_text', """Shipping the <K:device> to <P*:i1>, address <L*:c.addr> - the customs form wants a phone number so I put <PH*:c.phone>"""),
    ('form', """Beneficiary: <P*:i1>
IBAN: <A*:c.iban>
Purpose: <K:proc> for <K:relm>
Sender: <P:p1>, <L:addr>"""),
    ('run_on', """my cousin <P*:if1.first> in <L*:c.city> says Grandma's <K:cond> is worse and the hospital there wants money up front so we're sending it to <A*:c.iban> tonight, if anyone wants to call her it's <PH*:c.phone>"""),
    ('clinician_note', """Records request from abroad for pt <P*:i1>, DOB <D*:c.dob>. Requesting physician <P*:i2> <PH*:c.phone>. Pt had <K:proc> here in spring, MRN <M:mrn>."""),
]

DRUG = ['metformin', 'Eliquis', 'warfarin', 'Lasix 40', 'lisinopril', 'melatonin', "St. John's wort", 'sertraline',
        'oxycodone', 'atorvastatin', 'amlodipine', 'levothyroxine', 'Ozempic', 'insulin glargine', 'Januvia',
        'gabapentin', 'prednisone', 'albuterol', 'Symbicort', 'Xarelto', 'donepezil', 'carbidopa-levodopa',
        'Tylenol', 'ibuprofen', 'omeprazole', 'tramadol', 'Narcan', 'buprenorphine', 'Suboxone', 'losartan',
        'hydrochlorothiazide', 'metoprolol', 'Plavix', 'Entresto', 'Trulicity', 'Humira', 'methotrexate',
        'vitamin D', 'fish oil', 'magnesium', 'Keppra', 'lamotrigine', 'quetiapine', 'trazodone', 'Flomax',
        'Jardiance', 'Farxiga', 'spironolactone', 'Coumadin', 'Zoloft', 'Lexapro', 'Wellbutrin', 'Ensure']
COND = ['hypertriglyceridemia', 'atrial fibrillation', 'opioid use disorder', "Parkinson's", 'COPD', "Alzheimer's",
        'CHF', 'type 2 diabetes', 'hypertension', 'UTI', 'pneumonia', 'sciatica', 'gout', 'shingles', 'cellulitis',
        'dementia', 'depression', 'anxiety', 'asthma', 'kidney stones', 'sleep apnea', 'neuropathy', 'vertigo',
        'anemia', 'CKD stage 3', 'hypothyroidism', 'DVT', 'macular degeneration', 'osteoporosis', 'A-fib',
        'rheumatoid arthritis', "Crohn's", 'migraine', 'MS', 'lupus', 'glaucoma', 'bronchitis', 'sepsis',
        'heart failure', 'pressure ulcer', 'stroke', 'seizures', 'COVID']
LAB = ['Hemoglobin A1c', 'CBC', 'BMP', 'lipid panel', 'TSH', 'INR', 'PSA', 'urinalysis', 'BNP', 'CMP',
       'vitamin B12', 'ferritin', 'eGFR', 'troponin', 'potassium', 'culture', 'blood work', 'ECG', 'echo']
PROC = ['colonoscopy', 'MRI', 'CT scan', 'cataract surgery', 'knee replacement', 'dialysis', 'physical therapy',
        'mammogram', 'sleep study', 'stress test', 'cardiac cath', 'hip replacement', 'biopsy', 'endoscopy',
        'PET scan', 'infusion', 'chemo', 'radiation', 'wound care', 'speech therapy', 'hearing test',
        'dental implant', 'EGD', 'cardiac rehab', 'nerve block', 'pacemaker check', 'ultrasound']
ORG = ['Walgreens', 'Mayo Clinic', 'Medicare', 'Kaiser', 'Medicaid', 'Cleveland Clinic', 'Blue Cross',
       'Aetna', 'Humana', 'UnitedHealthcare', 'Social Security office', 'VA', 'Cigna', 'Quest', 'LabCorp',
       'Tricare', 'Molina', 'Ambetter', 'Planned Parenthood', 'Shriners', 'Meals on Wheels', 'Apria']
PHARM = ['Walgreens', 'CVS', 'Rite Aid', 'Walmart pharmacy', 'Costco pharmacy', 'Kroger pharmacy', 'Publix',
         'H-E-B', 'Safeway pharmacy', 'Express Scripts', 'OptumRx', 'the Target CVS']
RELM = ['Dad', 'Grandpa', 'Papa', 'Pop', 'Abuelo', 'Gramps', 'Daddy', 'Grandad', 'Opa']
RELF = ['Mom', 'Grandma', 'Nana', 'Mum', 'Granny', 'Abuela', 'Auntie', 'Mama', 'Oma', 'Lola']
BILL = ['Quest', 'LabCorp', 'Kaiser', 'Mercy', 'Apria', 'AMR', 'Lincare', 'Ochsner', 'UPMC', 'Cleveland Clinic',
        'Sutter', 'Banner Health', 'Geisinger', 'Baptist Health', 'Intermountain']
REL = RELM + RELF
HOSP = ['Mayo Clinic', 'Cleveland Clinic', 'MD Anderson', 'Johns Hopkins', 'Mass General', 'Cedars-Sinai', 'UPMC',
        'Kaiser', 'Duke', 'Vanderbilt', 'Shriners', 'the VA hospital', 'Mercy', "St. Jude", 'Ochsner']
DEVICE = ['CPAP', 'oxygen concentrator', 'insulin pump', 'hospital bed', 'walker', 'wheelchair', 'glucose monitor',
          'nebulizer', 'hearing aid', 'home BP cuff', 'Dexcom', 'Omnipod', 'BiPAP', 'TENS unit']
MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
         'November', 'December']
CARDLABEL = ['visa', 'Visa', 'card', 'credit card', 'cc', 'debit card', 'mastercard', 'HSA card', 'amex', 'discover card']
