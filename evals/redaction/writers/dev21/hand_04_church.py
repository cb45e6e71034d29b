# Hand-written, one at a time: church and neighbour networks, speaker labels, lists.
MESSAGES = [
("speaker_label", """Deacon [[P:Ray]]: meal train for the [[P:Hubbard]]s starts {{Monday}}
[[P:Faith]]: I'll take Mon, chicken & rice, no salt for [[P:Earl]] ({{heart failure}})
[[P:Gay]]: Wed
[[P:Bud]]: I can mow their yard {{Saturdays}}
Deacon [[P:Ray]]: address is [[L:419 Quarry Rd, Slate Hill]], side door"""),
("list", """Prayer list this week:
- [[P:Hope Gallagher]] ({{hip replacement}} {{Thurs}})
- [[P:Mr. and Mrs. Amos Lane]] - Amos started {{chemo}}
- little [[P:Grant Yoder]], {{RSV}}
- [[P:June Whitehorse]] moving to {{assisted living}} in [[L:Rapid City]]
Cards can go to the church office, [[L:PO Box 77, Hot Springs, SD 57747]]"""),
("speaker_label", """Neighbor [[P:Carol]]: saw the ambulance at [[P:Mr. Dietrich]]'s last night, is he ok?
Daughter [[P:Sunny]]: he's at {{St. Luke's}}, {{pneumonia}}, thank you for asking 🙏
Neighbor [[P:Carol]]: I'll feed the cat. still under the mat?
Daughter [[P:Sunny]]: yes. and his {{inhaler}} is on the counter if anyone goes to the hospital"""),
("list", """Rides to {{radiation}} (M-F, 8:40 am) — signup
Mon [[P:Will Tanaka]]
Tue [[P:Rusty]] & [[P:Dusty]] (the twins lol)
Wed Pastor [[P:Grace Oduya]]
Thu OPEN
Fri [[P:Page Holloway]] [[T:478-555-0145]]"""),
("run_on", """so I went over to [[P:Mrs. Kowalczyk]]'s like I do every {{Tuesday}} and she didn't answer and the paper was still on the porch so I used the key under the frog and she was on the kitchen floor but talking and she said she'd been there since {{Sunday}} night so I called 911 and they took her to {{Mercy}} and her son [[P:Pete]] is flying in from [[L:Phoenix]] and his number is [[T:602 555 0187]] if anybody needs it, she is {{dehydrated}} and they think maybe a {{UTI}}, keep her in your prayers"""),
("speaker_label", """Aunt [[P:Dawn]]: did anyone call Brother [[P:Lyle]] about the {{communion}} visit
[[P:Will]]: yes he's coming {{Sunday}} after service
Aunt [[P:Dawn]]: good, Mama still can't swallow the wafer with the {{dysphagia}}, tell him to bring the {{thickened}} juice"""),
("list", """Volunteers for the [[P:O'Malley]] family
1) [[P:Bridget O'Malley-Fenn]] - groceries - [[T:(413) 555-0152]]
2) [[P:Sean]] - lawn
3) Sister [[P:Josephine]] - {{Eucharist}} {{Fridays}}
4) [[P:Mick]] & [[P:Lane]] - plow driveway at [[L:22 Quabbin Ter, Belchertown]]"""),
("speaker_label", """[[P:Mrs. Bee]]: Prayer chain! Brother [[P:Otis Rutledge]] had a {{heart attack}} this morning, at {{UAB}} in the {{ICU}}.
[[P:Hope]]: lord have mercy
[[P:Mrs. Bee]]: his wife [[P:Odessa]] needs a ride from [[L:Bessemer]], anyone?
[[P:Lonnie]]: I got her. what's the address
[[P:Mrs. Bee]]: [[L:1722 Clarendon Ave SW, Bessemer AL 35020]]"""),
("general_text", """Hi neighbors! Our block is doing a {{snow shovel}} rota for folks who can't. [[P:Mr. Hartley]] at #14 and [[P:Miss Faith Odom]] at #22 both need help. If you can sign up text [[P:Gus]] at [[T:555-0142]]. Thanks, [[L:Larkspur Lane]] HOA"""),
("run_on", """ok update from the hospital mom is out of surgery and the doctor Dr. [[P:Hope Reinholt]] said the {{hip}} went fine but she's confused from the {{anesthesia}} which they said is normal and she kept asking for [[P:Buddy]] who was our dog in like 1980 lol so anyway [[P:Gay]] is staying tonight and I'll do tomorrow and she's in room 4112 at {{Methodist}} if you want to call the nurses station"""),
("speaker_label", """Pastor [[P:Dan]]: Friends, Sister [[P:Mae Belle Washington]] passed peacefully last night. Visitation {{Friday}} 5-7 at Greer Funeral Home.
[[P:Sunny]]: 💔 she taught my Sunday school
Pastor [[P:Dan]]: Her granddaughter [[P:Nia Washington-Boyd]] asked that cards go to [[L:3308 Ridge Ave, Apt 2R, Philadelphia, PA 19121]]"""),
("list", """Emergency numbers on Grandma's fridge:
[[P:Will]] (son) [[T:512.555.0109]]
[[P:Rusty]] (next door) [[T:512-555-0131]]
Dr. [[P:Sunderland]] [[T:512 555 0177]]
Poison Control {{1-800-222-1222}}
Crisis line {{988}}"""),
("speaker_label", """Granddaughter [[P:Kaylee]]: grandpa says the new {{hearing aid}} hurts
Grandpa [[P:Bud]]: IT DOES
Granddaughter [[P:Kaylee]]: lol he found the chat. anyway {{Costco}} audiology said bring it back {{Thursday}}"""),
("general_text", """FOUND: a pill organizer with {{Plavix}} and {{Lipitor}} in it, by the mailboxes at [[L:Shady Oaks Mobile Home Park, Lot 37, Sebring FL]]. Says "[[P:DUSTY]]" on the lid in marker. Call [[P:Ms. Lorna Gay]] at [[T:863-555-0122]]."""),
("speaker_label", """Elder [[P:Jonah bin Yusuf]]: the masjid can send someone to sit with your father after {{Jumu'ah}}
[[P:Hope]]: that would mean a lot, he gets lonely since the {{stroke}}
Elder [[P:Jonah bin Yusuf]]: brother [[P:Tariq]] will come. his number [[T:313-555-0191]]"""),
("run_on", """just wanted to say thank you to [[P:Grant]] and [[P:Dawn]] and the whole [[P:Van Houten]] crew for the ramp you built it means Mom can get out to the garden again without her {{walker}} tipping and she cried a little when she saw it, we owe you all a pie or ten"""),
("list", """Bible study shut-in visits (call first!)
• [[P:Mrs. Ola Young]] [[L:Rt 3 Box 211, Crossville TN]] [[T:931 555 0103]] - {{oxygen}}, don't light candles
• [[P:Mr. Rex Brown]] [[L:51 Hillcrest Dr, Crossville, TN 38555]] - {{deaf}}, knock loud
• the [[P:Reeds]] - [[P:Lyman Reed]] has {{dementia}}, [[P:Mrs. Reed]] does the talking"""),
("speaker_label", """Son [[P:Marco]]: Papá doesn't want the {{feeding tube}}
Sister [[P:Lucia]]: I know. let's ask the {{palliative}} team on {{Tuesday}}
Son [[P:Marco]]: Dr. [[P:Hope]] was kind about it last time"""),
("general_text", """PSA from the HOA: someone is calling older residents pretending to be from {{Medicare}} and asking for their SSN. Our neighbor [[P:Mrs. Winnie Thibodeaux]] almost gave hers. Nobody legit calls like that. Report to the sheriff at [[T:337-555-0100]]."""),
("speaker_label", """[[P:Rusty]] (neighbor): your mom's porch light has been on 2 days
[[P:Faith]]: she's at my house in [[L:Ozark]] this week, thanks for watching
[[P:Rusty]] (neighbor): np. want me to get her mail
[[P:Faith]]: yes please, the {{mail-order}} {{Eliquis}} is due"""),
("list", """Helpers for Abuela [[P:Concha]]:
Tía [[P:Maru]] — {{Monday}}/{{Wednesday}}
[[P:Chuy]] — rides
[[P:Lupe]] — {{insulin}} shots
Padre [[P:Ignacio]] — visits"""),
("run_on", """Brother [[P:Will]] called me last night and said the doctor at the VA in [[L:Temple]] wants to do a {{colonoscopy}} but he's scared of the prep so I told him Sister [[P:Faith]] did one last year and it was fine and she can tell him about the {{MiraLAX}} and {{Gatorade}} thing"""),
("speaker_label", """Cousin [[P:Bud]]: who has the key to Aunt [[P:June]]'s
[[P:Dawn]]: [[P:Mr. Pak]] next door
Cousin [[P:Bud]]: [[P:Mr. Pak]] the korean guy or the other one
[[P:Dawn]]: [[P:Mr. Pak Ji-hoon]]. he is at [[L:60 Grove St, apt 4B]]. he's lovely"""),
]
