"""dev25's own templates. <key> placeholders are filled from values.Gen; [[X:...]] / {{...}} markup as in common.py.
Upper-case type code = US region, lower-case = INTL."""

T = {
"home_health_note": [
"""SN visit: [[P:<name>]] ({{<cond>}}). Family updates go on the CaringBridge page [[U:<url>]]. Son [[p:<iname>]] lives in [[l:<iaddr>]], [[t:<iphone>]]. Med rec: {{<drug>}}.""",
"""HOME HEALTH VISIT - SN
Pt: [[P:<name>]]   DOB: [[D:<dob>]]   MRN: [[M:<mrn>]]
Home: [[L:<addr>]]
V/S stable. {{<cond>}} - reviewed {{<drug>}} and {{<drug2>}} with pt and caregiver [[P:<first>]]. Next SN visit {{<day>}}.
RN: [[P:<name2>]] | office [[T:<phonex>]]""",
"""Aide visit - client [[P:<first> <last>]] at [[L:<addr_ml>]]
Bathing done, skin check: redness over {{<body>}}, reported to nurse [[P:<first2>]].
Client asked for her daughter [[p:<iname>]] abroad in [[l:<icity>]] to be updated: [[t:<iphone>]].
Meds reminded: {{<drug>}}.""",
"""PT visit #4. [[P:<name>]] walked 150 ft w/ walker, {{<cond>}} limits endurance. Wife [[P:<first>]] asks if {{<org>}} covers a shower chair. Mailing addr for the agency: [[L:<pobox>]]. Contact [[T:<phone>]], email [[E:<email>]].""",
],
"hospice_note": [
"""Chaplain note: [[P:<name>]] asked that her sister [[p:<iname>]] be called in [[l:<icity>]] ([[t:<iphone>]]). Family fundraiser link shared by son: [[U:<url>]]. Pain controlled on {{<drug>}}.""",
"""HOSPICE RN NOTE
Patient [[P:<name>]] (Medicare ID [[M:<mbi>]]) resting, {{<cond>}} end stage. {{<drug>}} for comfort. {{<rel>}}'s caregiver [[P:<name2>]] at bedside.
Family abroad: [[p:<iname>]], [[l:<iaddr>]], [[t:<iphone>]].""",
"""on-call call from [[P:<first>]] ([[T:<phone>]]) - pt [[P:<name>]] restless, gave {{<drug>}} per comfort kit. Address for visit: [[L:<anyaddr>]]. RN [[P:<first2> <last2>]] en route.""",
"""Bereavement note: spouse [[P:<name>]] doing "okay", asked about {{<drug>}} for sleep. Card mailed to [[L:<addr>]]. Grandson [[P:<first>]] in [[l:<icity>]] asked for a call at [[t:<iphone>]]. Follow-up in {{<month>}}.""",
],
"soap_note": [
"""S: [[p:<iname>]], visiting from [[l:<icity>]], ran out of {{<drug>}}. Home doctor's number [[t:<iphone>]].
O: stable. A: {{<cond>}}. P: 30-day supply; copy of note to [[e:<iemail>]]. US host [[P:<name>]] [[T:<phone>]]""",
"""S: [[P:<name>]], DOB [[D:<dob>]], f/u {{<cond>}}. Taking {{<drug>}}.
O: BP 13<n>/8<n>. {{<lab>}} pending.
A: {{<cond>}}, stable.
P: continue {{<drug>}}. RTC {{<month>}}. Chart [[M:<mrn>]]. Cell [[T:<phone>]].""",
"""SOAP | [[P:<name>]] | MRN [[M:<mrn>]]
S - c/o {{<body>}} pain. Daughter [[p:<iname>]] visiting from [[l:<icity>]] ([[t:<iphone>]]).
O - tender, no swelling
A - {{<cond>}}
P - {{<drug>}}, recheck {{<lab>}}. Seen by [[P:<name2>]], NP""",
"""SUBJECTIVE: pt [[P:<first> <last>]] ([[D:<dob>]]) reports poor sleep, started {{<drug>}} OTC.
OBJECTIVE: wt stable.
ASSESSMENT: {{<cond>}}.
PLAN: labs ({{<lab>}}), pt portal msg to [[E:<email>]]. Home: [[L:<addr>]].""",
],
"telephone_encounter": [
"""TE: pt [[P:<name>]] called re billing for {{<lab>}}. Gave SSN [[S:<ssn>]] to verify; advised not to share by phone again. Daughter [[p:<iname>]] in [[l:<icity>]] wants calls at [[t:<iphone>]].""",
"""TELEPHONE ENCOUNTER
Caller: [[P:<name>]] ({{<rel>}}'s caregiver)  Callback [[T:<phonex>]]
Pt: [[P:<name2>]]  DOB [[D:<dob>]]  MRN [[M:<mrn>]]
Concern: side effects from {{<drug>}}. Routed to Dr. [[P:<last>]].""",
"""Phone note: [[P:<first>]] called from abroad ([[t:<iphone>]]) about her father [[P:<name>]] - {{<cond>}}. HIPAA release on file. Discussed {{<lab>}} results. She asks copies be mailed to [[l:<iaddr>]].""",
"""TC w/ pt [[P:<name>]] re {{<drug>}} refill. Verified DOB [[D:<dob>]] and address [[L:<anyaddr>]]. Pharmacy: {{<org>}}. Ph [[T:<phone>]].""",
],
"discharge_summary": [
"""DISCHARGE - [[P:<name>]] / SSN [[S:<ssn>]] / DOB [[D:<dob>]]
{{<cond>}} resolved. Continue {{<drug>}}.
Going to daughter's home abroad: [[l:<iaddr>]], tel [[t:<iphone>]]. Records to [[e:<iemail>]].""",
"""DISCHARGE SUMMARY
Name: [[P:<last>, <first>]]   MRN: [[M:<mrn>]]   DOB: [[D:<dob>]]
Dx: {{<cond>}}
Meds: {{<drug>}}, {{<drug2>}}
Discharged to: [[L:<addr_ml>]]
Follow-up: [[P:<name2>]], MD, [[T:<phone>]]""",
"""After Visit Summary - [[P:<name>]]
You were seen today for {{<cond>}}. New medicine: {{<drug>}}.
Your next lab: {{<lab>}} in {{<month>}}.
Questions: [[T:<phonex>]]  ·  Portal: [[E:<email>]]
Emergency contact on file: [[p:<iname>]] [[t:<iphone>]]""",
"""D/C instructions for [[P:<name>]] ([[M:<record>]]): finish {{<drug>}}. Home health will visit [[L:<addr>]]. Son [[P:<first>]] [[T:<phone>]]. Relatives in [[l:<icity>]] notified by daughter.""",
],
"referral_letter": [
"""To: [[p:<iname>]], MD, [[l:<iaddr>]] (fax [[t:<iphone>]])
Re: our patient [[P:<name>]], relocating abroad. {{<cond>}}, on {{<drug>}}. Summary attached. Our office: [[T:<phonex>]].""",
"""Re: [[P:<name>]], DOB [[D:<dob>]]
Dear Dr. [[P:<last>]],
I am referring this patient for evaluation of {{<cond>}}. Current meds include {{<drug>}}. Please contact our office at [[T:<phonex>]] (fax [[T:<phone>]]).
Sincerely, [[P:<name2>]], MD
[[L:<addr_ml>]]""",
"""REFERRAL
Patient: [[P:<name>]]  Member ID [[M:<member>]]
To: [[P:<name2>]], [[L:<addr>]]
Reason: {{<cond>}}, abnormal {{<lab>}}
Pt's prior records from [[l:<iaddr>]] (Dr. [[p:<iname>]], [[t:<iphone>]]) enclosed.""",
"""Dear colleague, please see [[P:<name>]] (born [[D:<dob>]]) re {{<cond>}}. She prefers email: [[E:<email>]]. cc: [[P:<name2>]], RN; [[P:<name3>]], PharmD""",
],
"insurance_letter": [
"""Travel claim: [[P:<name>]] treated abroad for {{<cond>}} at [[l:<iaddr>]]. Provider invoice lists IBAN [[a:<iban>]], phone [[t:<iphone>]]. Member [[M:<member>]], SSN [[S:<ssn>]].""",
"""PRIOR AUTHORIZATION
Member: [[P:<name>]]  ID: [[M:<member>]]  DOB: [[D:<dob>]]
Drug: {{<drug>}} for {{<cond>}}
Prescriber: Dr. [[P:<last>]]  Ph [[T:<phone>]]  Fax [[T:<phonex>]]""",
"""Dear [[P:<name>]],
Your claim [[M:<claim>]] for {{<lab>}} testing was processed. Amount due $<n>4.<n>0. Pay online at [[U:<url>]], by bank draft (routing [[A:<routing>]], account [[A:<acct>]]) or mail to [[L:<pobox>]].
{{<org>}} Member Services""",
"""Refund notice: overpayment for [[P:<name>]] will be wired to IBAN [[a:<iban>]] (account holder [[p:<iname>]], [[l:<iaddr>]]). {{<cond>}} claim closed. SSN on file [[S:<ssn>]].""",
],
"pharmacy_text": [
"""Shipping {{<drug>}} abroad is not allowed. [[P:<name>]], please ask your relative [[p:<iname>]] ([[t:<iphone>]]) to use a pharmacy near [[l:<iaddr>]].""",
"""{{<org>}}: Rx {{<drug>}} for [[P:<first>]] is ready at [[L:<addr>]]. Questions [[T:<phone>]]. Reply STOP to opt out.""",
"""[[P:<last>, <first>]]
[[L:<addr_ml>]]
{{<drug>}} - TAKE AS DIRECTED
Prescriber: [[P:<name2>]]   Pharmacy [[T:<phone>]]
Paid: card [[A:<card>]]""",
"""Refill due: {{<drug>}} for [[P:<name>]] ([[D:<dob>]]). Auto-pay visa [[A:<card>]] will be charged. (Shared from the family's care page [[U:<url>]].)""",
],
"lab_portal": [
"""Results for [[P:<name>]] (SSN [[S:<ssn>]]) shared with [[p:<iname>]], [[l:<icity>]], [[e:<iemail>]]. {{<lab>}} normal. View online: [[U:<url>]]""",
"""Test result: {{<lab>}}
Patient: [[P:<name>]]  MRN: [[M:<mrn>]]  DOB: [[D:<dob>]]
Result flagged. Message from [[P:<name2>]], RN: we'll call you at [[T:<phone>]].""",
"""New result in your portal, [[P:<first>]]! {{<lab>}} and {{<lab2>}} are ready. Sign in with [[E:<email>]]. Proxy access: [[p:<iname>]] ([[e:<iemail>]]).""",
"""LAB REPORT | [[P:<name>]] | [[D:<dob>]] | Acct [[M:<record>]]
{{<lab>}}: abnormal. Ordering provider [[P:<name2>]] | Collected at [[L:<addr>]]""",
],
"appointment_reminder": [
"""Reminder for [[p:<iname>]]: {{<lab>}} {{<day>}} 9:00. Your US contact [[P:<name>]] [[T:<phone>]]. Your phone abroad on file: [[t:<iphone>]]. Clinic page [[U:<url>]]""",
"""Reminder: [[P:<first>]] has an appointment for {{<cond>}} on {{<day>}} at [[L:<addr>]]. Reply C to confirm or call [[T:<phonex>]].""",
"""Hi [[P:<name>]], your {{<lab>}} draw is {{<day>}} 8 AM. Fasting required. Telehealth follow-up link: [[U:<url>]]. Questions: [[T:<phone>]].""",
"""APPT: [[P:<last>, <first>]] - {{<cond>}} clinic - {{<day>}}. Interpreter requested for [[p:<iname>]] (family, [[t:<iphone>]]). Location [[L:<cityzip>]].""",
],
"fax_cover": [
"""FAX  To: Clinic [[l:<iaddr>]]  Fax: [[t:<iphone>]]  Attn: [[p:<iname>]]
From: [[P:<name>]], [[T:<phonex>]]
Re: [[P:<name2>]], SSN [[S:<ssn>]], {{<cond>}} summary.""",
"""FAX COVER
To: [[P:<name>]]   Fax: [[T:<phone>]]
From: [[P:<name2>]]   Phone: [[T:<phonex>]]
Re: [[P:<name3>]], DOB [[D:<dob>]], MRN [[M:<mrn>]]
Pages: 3. {{<cond>}} records and {{<drug>}} orders enclosed.""",
"""FAX -- To: {{<org>}} Appeals [[T:<phone>]] -- From: [[P:<name>]] -- Re member [[P:<name2>]] ID [[M:<member>]] SSN [[S:<ssn>]] -- {{<drug>}} denial appeal.""",
"""fax to [[P:<first>]] @ records, [[T:<phone>]]: pls send {{<lab>}} for [[P:<name>]] ([[D:<dob>]]) to the clinic in [[l:<icity>]], fax [[t:<iphone>]], attn Dr. [[p:<iname>]].""",
],
"sign_in_sheet": [
"""VISITORS - {{<cond>}} unit
[[p:<iname>]] - from [[l:<icity>]] - [[t:<iphone>]]
[[p:<iname2>]] - [[e:<iemail>]]
[[P:<name>]] - [[T:<phone>]]""",
"""CARE PLAN SIGN-IN - resident [[P:<name>]]
[[P:<name2>]] - daughter - [[T:<phone>]]
[[P:<name3>]] - RN
[[p:<iname>]] - son (by video from [[l:<icity>]]) - [[t:<iphone>]]
Topic: {{<cond>}}, {{<drug>}}""",
"""sign-in | {{<cond>}} family night
[[P:<first> <last>]] | [[E:<email>]]
[[P:<first2> <last2>]] | [[T:<phone>]]
[[P:<first3>]] | [[L:<cityst>]]""",
"""Team huddle: [[P:<name>]] (PT), [[P:<name2>]] (SW), [[P:<first>]] (aide). Pt [[P:<name3>]], {{<cond>}}, on {{<drug>}}. Family contact [[P:<name4>]] [[T:<phonex>]].""",
],
"family_reply": [
"""Thank you all. Updates on {{<rel>}}'s {{<cond>}} are at [[U:<url>]]. Our cousin [[p:<iname>]] ([[t:<iphone>]]) is on the way from [[l:<icity>]]. - [[P:<name>]]""",
"""Re: visit summary - thanks! {{<rel>}} ([[P:<name>]]) is doing better on {{<drug>}}. Please mail the next bill to [[L:<anyaddr>]]. - [[P:<first>]]""",
"""Replying for my father [[P:<name>]]. He's staying with my brother [[p:<iname>]] in [[l:<iaddr>]] till {{<month>}}, phone there [[t:<iphone>]]. Can the {{<lab>}} wait?""",
"""Hi, got the letter. {{<rel>}}'s DOB is [[D:<dob>]], SSN [[S:<ssn>]], Medicare [[M:<mbi>]]. The {{<drug>}} copay was charged to my card [[A:<card>]]. - [[P:<name>]]""",
],
"speaker_label": [
"""[[p:<ifirst>]]: I land in [[L:<city>]] {{<day>}}, still at [[l:<iaddr>]] till then
[[P:<first>]]: ok. {{<rel>}}'s {{<drug>}} runs out Friday
[[p:<ifirst>]]: call me [[t:<iphone>]]""",
"""[[P:<first>]]: {{<rel>}} took her {{<drug>}} at 9
[[P:<first2>]]: and the {{<drug2>}}?
[[P:<first>]]: yes. [[P:<first3>]] is taking her to {{<lab>}} {{<day>}}""",
"""Son [[P:<first>]]: the nurse is [[P:<name>]], her # is [[T:<phone>]]
Daughter [[P:<first2>]]: ok. {{<rel>}}'s {{<cond>}} is worse today
Cousin [[p:<iname>]]: I can call from [[l:<icity>]], my number [[t:<iphone>]]""",
"""[[P:<name>]]: new address is [[L:<addr>]]
[[P:<first>]]: for the {{<drug>}} delivery too?
[[P:<name>]]: yes, and my email is [[E:<email>]]""",
],
"lower_case": [
"""my ssn is [[S:<ssn>]] and dob [[D:<dob>]], the {{<lab>}} lab needs it. fundraiser for my {{<cond>}} bills: [[U:<url>]]. [[P:<name>]]""",
"""hi this is [[P:<first>]], my {{<rel_l>}} [[P:<name>]] needs her {{<drug>}} refilled, call [[T:<phone>]]""",
"""can u send the {{<lab>}} results to [[E:<email>]]? patient is [[P:<name>]] dob [[D:<dob>]]. copay on my cc [[A:<card>]]""",
"""new address for [[P:<name>]]: [[L:<addr>]]. her sister [[p:<iname>]] in [[l:<icity>]] is [[t:<iphone>]]. she has {{<cond>}}""",
],
"all_caps": [
"""URGENT: [[P:<name>]] - SSN [[S:<ssn>]] - {{<cond>}}. FAMILY IN [[l:<icity>]]: [[p:<iname>]] [[t:<iphone>]]""",
"""PATIENT [[P:<name>]] DOB [[D:<dob>]] - {{<cond>}} - CALL [[T:<phone>]]""",
"""PLEASE SEND {{<drug>}} TO [[L:<addr>]] FOR [[P:<name>]]. MEMBER ID [[M:<member>]]""",
"""{{<org>}} BILLING: [[P:<name>]] PAID WITH CARD [[A:<card>]]. {{<cond>}} VISIT. QUESTIONS [[T:<phonex>]]""",
],
"run_on": [
"""and then [[p:<iname>]] called from [[l:<icity>]] at [[t:<iphone>]] asking about {{<rel>}}'s {{<cond>}} and I told her to check the page [[U:<url>]] because I can't keep repeating myself, sorry, long week - [[P:<first>]]""",
"""so [[P:<first>]] took {{<rel>}} to the {{<cond>}} appointment and they changed her {{<drug>}} and now the pharmacy at [[L:<addr>]] says they need a new script and nobody answers at [[T:<phone>]] and my cousin [[p:<iname>]] keeps calling from [[l:<icity>]] at [[t:<iphone>]] asking for updates""",
"""I'm [[P:<name>]] and I've been trying to pay the bill for the {{<lab>}} for weeks, account [[M:<record>]], I gave them my card [[A:<card>]] and then they said it went to the wrong address so it's [[L:<anyaddr>]] please fix it""",
"""my dad [[P:<name>]] born [[D:<dob>]] has {{<cond>}} and {{<cond2>}} and the home health aide [[P:<first>]] didn't come {{<day>}} so we called the agency at [[T:<phonex>]] and left a message and also emailed [[E:<email>]]""",
],
"international": [
"""Family contact abroad for [[P:<name>]]: [[p:<iname>]], [[l:<iaddr>]], tel [[t:<iphone>]], email [[e:<iemail>]]. Condition: {{<cond>}}.""",
"""Please refund the {{<drug>}} overpayment to [[p:<iname>]], IBAN [[a:<iban>]], address [[l:<iaddr>]]. Phone [[t:<iphone>]].""",
"""Patient [[p:<iname>]] (born [[d:<idob>]], hospital no. [[m:<imrn>]]) visiting from [[l:<icity>]] - on {{<drug>}} for {{<cond>}}. Local contact [[P:<name>]] [[T:<phone>]]. Home: [[l:<iaddr>]] [[t:<iphone>]]""",
"""iban [[a:<iban>]] - for [[p:<iname>]]'s {{<cond>}} treatment, please confirm by [[e:<iemail>]] or [[t:<iphone>]]. Sister [[p:<iname2>]] lives at [[l:<iaddr2>]].""",
],
"form": [
"""Overseas reimbursement form
Beneficiary: [[p:<iname>]]
IBAN: [[a:<iban>]]
Address: [[l:<iaddr>]]
Phone: [[t:<iphone>]]
Patient (US): [[P:<name>]], SSN [[S:<ssn>]]
Service: {{<cond>}}""",
"""INTAKE FORM
Name: [[P:<name>]]
DOB: [[D:<dob>]]
SSN: [[S:<ssn>]]
Address: [[L:<addr_ml>]]
Phone: [[T:<phone>]]
Email: [[E:<email>]]
History: {{<cond>}}, {{<cond2>}}""",
"""Direct deposit / reimbursement
Payee: [[P:<name>]]
Routing #: [[A:<routing>]]
Account #: [[A:<acct>]]
For: {{<drug>}} receipts, patient [[P:<name2>]] ([[M:<record>]])""",
"""Payment form - credit card: [[A:<card>]]  exp 0<n>/2<n>
Cardholder [[P:<name>]], billing ZIP [[L:<cityzip>]]
Or wire from abroad: IBAN [[a:<iban>]]
Service: {{<cond>}} visit""",
],
"signature": [
"""Re {{<drug>}} - noted.
[[P:<name>]] | [[U:<url>]] | SSN for tax form: [[S:<ssn>]]""",
"""{{<drug>}} change faxed.

[[P:<name>]], RN
[[L:<addr_ml>]]
o [[T:<phonex>]]  f [[T:<phone>]]
[[E:<email>]]""",
"""See attached {{<lab>}} results.
--
[[P:<name>]]
[[U:<url>]] | [[T:<phone>]]""",
"""Thanks for helping with {{<rel>}}'s {{<cond>}} paperwork.
[[p:<iname>]]
[[l:<iaddr>]]
[[t:<iphone>]] | [[e:<iemail>]]""",
],
}
