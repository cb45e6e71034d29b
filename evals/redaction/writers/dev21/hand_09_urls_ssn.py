# Hand-written, one at a time: personal links, SSNs, benefits paperwork.
MESSAGES = [
("general_text", """For anyone who asked, [[P:Hope]]'s CaringBridge is [[U:https://www.caringbridge.org/visit/hopegallagher2]] and the meal sign-up is [[U:mealtrain.com/trains/x7k2pl-gallagher]]. She's home from {{Methodist}} and the {{chemo}} port is out."""),
("lower_case", """lol [[P:dusty]] made grandpa an instagram [[U:instagram.com/grandpa_earl_fishes]] he posts pics of his {{insulin pump}} and the catfish"""),
("form", """SSA-827 style authorization (copy for our files)
Claimant: [[P:Lane Ellsworth Pruett]]
SSN: [[S:219-44-6078]]
Date of birth: [[D:August 2, 1956]]
Spouse: [[P:Gay Pruett]], SSN [[S:219 47 1135]]
Mailing: [[L:HC 32 Box 7, Big Sandy, MT 59520]]
Condition: {{COPD}}, {{oxygen dependent}}"""),
("email_thread", """> [[P:Will]]: does anyone have Dad's social? the {{VA}} wants it for the {{Aid and Attendance}}
> [[P:June]]: [[S:470-22-8853]]. please don't forward this email lol

Thanks. Also the VA said upload the DD214 to {{https://www.va.gov/}}... no wait, that's not personal. The personal one is his eBenefits page under [[E:walt.hollister@comcast.net]].
[[P:Will]]"""),
("text_message", "[[P:faith]] posted the fundraiser [[U:gofund.me/5c2a91de-faith-dawson-kidney]] for her {{kidney transplant}} pls share on fb"),
("typos", """Uncle [[P:Grant]] made a youtube of Grandmas 100th, its at [[U:youtube.com/@grantmorrowfamily]] she was so happy even with her {{macular degenaration}}. Her social was on the cake paperwork lol [[S:315-09-2241]] someone shred that"""),
("billing", """Identity theft alert: someone opened a card in Dad's name using his SSN [[S:528 62 0194]] and DOB [[D:03-14-1941]]. The {{credit bureau}} case is open. His real cards are visa [[A:4716 0433 9120 5582]] (frozen) and the {{Medicare}} card was not used. - [[P:Sunny Marquez-Whitaker]]"""),
("signature", """[[P:Dusty Kahananui]] | Hawaiʻi Kupuna Care volunteer
[[T:(808) 555-0177]] | [[U:https://www.linkedin.com/in/dusty-kahananui-a7]]
Mahalo for letting me help with Tūtū's {{dialysis}} rides."""),
("run_on", """so the lady from the county said we need Mom's social which is [[S:382 11 7746]] and Dad's which I don't have and his {{death certificate}} and the deed for [[L:1817 County Road 9, Waynoka, OK 73860]] and proof of the {{nursing home}} bills before they can do the {{Medicaid}} spend down and I just want to cry"""),
("clinician_note", """Case mgmt: Pt [[P:June Ostrander]] (DOB [[D:6/6/1936]]), SSN on file [[S:455-10-3389]]. {{SNF}} placement pending {{Medicaid}} approval. Dtr [[P:Faith]] to bring ID. Social worker [[P:Dawn Ibarra]], MSW."""),
("international", """Oma's {{Pflegegrad}} letter from the {{AOK}}: Versichertennummer [[Mi:A123456789]], Adresse [[Li:Am Mühlbach 3, 87435 Kempten (Allgäu)]]. Her nephew [[Pi:Klaus-Dieter Obermaier]] [[Ti:+49 831 5401234]] has the blog [[Ui:https://www.klausdieter-obermaier.de/oma]]."""),
("international", """Mi abuelita [[Pi:Rosa Elena Quispe Mamani]] en Cusco: [[Ti:+51 984 123 456]], [[Li:Calle Plateros 345, Cusco 08002, Perú]]. Her daughter put photos up at [[Ui:facebook.com/rosaelena.quispe.3]]. She chews {{coca}} leaves for the {{altitude sickness}}, tell her doctor."""),
("speaker_label", """Niece [[P:Paige]]: what's Uncle [[P:Bud]]'s SSN for the {{hospice}} paperwork
Aunt [[P:June]]: [[S:227-38-9951]]
Niece [[P:Paige]]: and his website for the woodworking? they want an obit photo
Aunt [[P:June]]: [[U:budswoodshop-example.com/about-bud-thornton]]"""),
("all_caps", """GRANDPA [[P:LYLE]]'S SOCIAL IS [[S:501 73 6620]] — I PUT IT IN THE {{MEDICARE}} APP. HIS BDAY [[D:12/25/1931]]. HE HAS {{CHF}}."""),
]
