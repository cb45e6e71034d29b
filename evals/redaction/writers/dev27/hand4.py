TEXT = r"""
## email
Subject: photos from <Dad's> 80th
Hi everyone, I posted the album at {U:https://www.flickr.com/photos/dennis_okafor_family}. He did great even with the <walker>. Love, {P:Nkechi}
## email
Subject: {P:Lorraine Beck} – new address + SSN for <Medicare> form
Her SSN is {S:387-20-5516}, new address {L:45 Quarry Rd, Barre, VT 05641}. Her blog is {U:lorrainebeckquilts.com} if you want to see what she's been up to since the <knee replacement>.
## email
Subject: {M:0077-4412}
that's the only thing on the envelope. it's for {P:Walter Ng}, <lung function test> results? from {L:Mesa}
## email
Subject: Re: Re: Re: <Grandma's> meds
{P:Stacy}, I put the list on the shared doc {U:https://docs.example.com/d/stacy-kowalski-meds}. <Eliquis> 5 mg twice a day, NOT once!!
## email
Subject: Intake – {P:Pedro Salgado} – {D:09/09/1949}
SSN {S:600 12 4431}. He lives at {L:3100 Orchard Ln, Apt 7, Yakima, WA 98902}. <Parkinson's>, <carbidopa-levodopa>.
## forwarded
-----Original Message-----
From: {P:Gail Thornton} ({E:gthornton@example.org})
Sent: Tuesday 9:14 AM
Subject: {P:Thornton, Earl} {M:33019288}
> <Dad's> <troponin> was normal, sending him home to {L:Dayton} tonight.
## forwarded
FW: my personal site
Hey, this is {P:Marcus Bell}'s page if you need the caregiver schedule: {U:http://marcusbell.net/caregiving}. He covers <Tuesdays> and <Fridays>.
## forwarded
Fwd from Aunt {P:Trudy}:
"{P:Trudy Sands} {S:498-33-1209} born {D:12 Dec 1941} - keep this safe for the <hospice> paperwork"
## forwarded
> On Mon, {P:Yusuf Demir} wrote:
> annem {L!:İzmir}'de, <tansiyon> ilacı bitti. numarası {T!:+90 232 441 22 19}
> her profile: {U:https://www.facebook.com/ayse.demir.izmir}
ok I'll call the <pharmacy>
## table
name        ssn           dob
{P:Carla Ruiz}   {S:455-12-0093}   {D:03/03/1960}
{P:Ed Kowal}     {S:455120188}    {D:07/19/1948}
{P:Bea Young}    {S:317-66-2201}   {D:11/11/1939}
<home health> roster
## table
| who | page |
| {P:Tina Marsh} | {U:https://tinamarsh.com} |
| {P:Omar Haddad} | {U:https://linkedin.com/in/omar-haddad-rn} |
| {P:Lily Chen} | {U:http://lilychenyoga.org} |
volunteers for the <chair yoga> class
## table
{M:44.019.12}  {P:PRICE, NORMA}   <CHF>     {L:MOBILE}
{M:44.019.57}  {P:FOX, ARTHUR}    <COPD>    {L:DAPHNE}
{M:44.020.03}  {P:SHAW, IRENE}    <ESRD>    {L:FAIRHOPE}
## table
Date | Caller | Callback
<Monday> | {P:Bill Rose} | {T:(414) 555-0101}
<Tuesday> | {P:Lena Hart} | {T:+44 161 496 0012}
note: both about <Hemoglobin A1c> results
## typos
my ssn is {S:229 41 0087} i think, or {S:229-41-0078}?? cant read my own writing. need it for the <diabetic shoes> form
## typos
plz chek my moms site {U:www.ruthiesbakes.com} she wants ppl to no shes baking agian after the <chemo> lol
## typos
hi i ment to say {P:Bobbie} not {P:Robbie}, and the clinic is in {L:Brownsvile} texas. her dob {D:2/2/52}. shes on <sertaline>
## typos
forgot to say grandmas medicare nummber is {M:5TR2-KA4-PP91}, she lives in {L:hialeah}. <diabetis> check next weak
## form
Volunteer sign-up
Name: {P:Harriet Okoro}
Website: {U:https://harrietokoro.com}
Phone: {T:404.555.0117}
Role: drive patients to <dialysis>
## form
W-9 style form (for the caregiver stipend)
Name: {P:Anthony DeLuca}
SSN: {S:145-80-3312}
Address: {L:87 Ferry St
Troy, NY 12180}
Note: <Medicaid> waiver program
## form
Release of information
Patient: {P:Yvonne Tillman}   Born: {D:06-01-1944}
Chart: {M:YT 118 204}
Send to: {P:Dr. Singh}, {L:2 Medical Plaza Dr, Suite 300, Roseville, CA 95661}
Records: <cardiology>, <echocardiogram>
## form
Patient portal profile
Name: {P:Ng Kwok Wing}
Email: {E:kwokwing.ng@example.com}
Home page: {U:https://ngkwokwing.photography}
Language: Cantonese
Condition: <hepatitis B>
## chat_qa
Bot: last 4 of SSN please
{P:Gene}: here's the whole thing {S:511-07-6623}
Bot: Please only share the last 4. Your <statin> refill is ready.
## chat_qa
Q: do you have a website for your care business?
A: yes {U:https://www.gentlehandshomecare-ruby-james.com} - {P:Ruby James}
Q: and you handle <dementia> patients?
A: yes, and <wound care>
## chat_qa
nurse: name and birthday?
{P:pat}: {P:patrick o'neil}, {D:april 4 1958}
nurse: ssn on file ends in 22?
{P:pat}: {S:310-88-1422}
nurse: ok, <colonoscopy> is <Friday>
## run_on
so {P:Gabe} made a gofundme for <mom's> <surgery> its {U:https://gofundme.com/f/help-linda-alvarez-heal} and we already got like 2000 from people back in {L:Lafayette} which is amazing and Father {P:Mike} shared it too
## run_on
honestly the insurance lady was so rude she kept asking for the ssn and i said {S:380551290} three times and she kept typing it wrong and then said the <CPAP> isnt covered in {L:Michigan} anyway
## run_on
we're staying at {P:Joyce}'s place in {L:Eureka} this week because <dad's> <PET scan> is in {L:Redding} on thursday and it's closer, her number if anything happens is {T:707-555-0166}
## speaker_label
{P:Rob}: here's my music page lol {U:https://soundcloud.com/rob-delgado-music}
{P:Ana}: focus!! <dad's> <INR> is 3.9
## clinician_note
Pt {P:Tran, Minh} SSN {S:612-03-4471} verified for <hospice> benefit. Son's blog {U:https://minhtranjr.com} has recent photos of <pressure ulcer> (family consented).
## general_text
Our memorial page for Grandpa {P:Stan}: {U:https://www.legacy.com/us/obituaries/name/stanley-kubiak}. Donations to <Alzheimer's> research appreciated.
## general_text
Lost item: blue <CPAP> bag left at the {L:Auburn} office. Belongs to {P:Irene Walsh}, {T:334-555-0178}, {E:irene.walsh@example.net}
"""
