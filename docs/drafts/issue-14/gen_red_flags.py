"""Builds /tmp/kb-drafts/red_flags_new.yaml from shared regex fragments (draft tooling, not for the repo).

Patterns are lowercase Python regexes; the triage stage wraps each as (?<!\\w)(?:PATTERN)(?!\\w).
"""

from __future__ import annotations

import re
from pathlib import Path

A = "[’']?"  # optional apostrophe, straight or curly: can't / cant / can’t


def nlb(*phrases: str) -> str:
    """Negative lookbehinds for phrases with an apostrophe, in all three spellings (look-behinds need a fixed width)."""
    out = []
    for ph in phrases:
        for v in (ph, ph.replace("'", "’"), ph.replace("'", "")):
            out.append("(?<!" + v + ")")
    return "".join(dict.fromkeys(out))

# A gap inside one sentence that may not run through a negation ("no twitching", "doesn't have a fever").
def gap(n: int) -> str:
    """Up to n characters that stay out of a question (no '?') and run through no negation of what follows
    ("no twitching", "without a fever", "doesn't have any"); "no idea", "no one" and "never" do not count."""
    return (
        r"(?:(?!\bno\b(?! (?:idea|one|clue|matter|way|longer|time))|\bwithout\b|\bdenies\b|\bdenied\b|n" + A + r"t (?:have|had|got|get|show\w*)\b"
        r"|\bnot (?:having|any|a)\b|\b(?:years? ago|months? ago|last (?:year|summer|winter|spring|fall)|back (?:in|then)|used to)\b)[^?]){0," + str(n) + "}"
    )


# Nothing in the rest of the sentence says it was long ago ("... two summers ago", "... back in 2019").
PAST = (
    r"(?![^.?!]{0,80}\b(?:years? ago|months? ago|weeks? ago|a while ago|long ago|summers? ago|winters? ago"
    r"|last (?:year|month|summer|winter|spring|fall|christmas|thanksgiving)|back (?:in|then)|at the time|in (?:19|20)\d\d"
    r"|when (?:he|she|they|i|we) (?:was|were) (?:little|a baby|a toddler|a kid|younger|small|\d+|two|three|four|five)"
    r"|as a (?:baby|toddler|kid|child)))"
)

# "someone has heat stroke", "if she has ...", "when he has ...": general or hypothetical, not happening now.
QGUARD = (
    r"(?<!ever )(?<!someone )(?<!somebody )(?<!anyone )(?<!person )(?<!people )(?<!you )(?<!if he )(?<!if she )"
    r"(?<!if they )(?<!if i )(?<!when he )(?<!when she )(?<!when they )(?<!when someone )"
)

NOW_HAS = (
    QGUARD + r"(?:having|has|has got|got|is getting|getting|developing|going into|gone into|went into|is in|suffering from"
    r"|came down with|think (?:it" + A + r"s|this is)|looks like|this is|might have|may have|could have|might be|may be)"
)

# ---------------------------------------------------------------- hypertensive emergency
BP_HIGH = (
    r"(?:(?:1[89]\d|2\d\d) ?(?:/|over) ?\d{2,3}|\d{2,3} ?(?:/|over) ?(?:1[2-9]\d))"
)
BP_WORDS = r"(?:blood pressure|blood pressur|bp|b\.p\.|pressure|systolic|cuff)"
BP_SKY = (
    BP_WORDS + r"(?:[’']?s)?(?: (?:is|was|s|just|went|shot|keeps|has been|reading|reads|still|now))* (?:sky ?high|through the roof|"
    r"off the (?:charts?|chart)|crazy high|insanely high|dangerously high|super high|really high|very high|way up|so high|"
    r"extremely high|way too high|higher than (?:it|i)" + A + r"ve ever seen)"
)
NEG_BEFORE = r"(?<!no )(?<!not )(?<!without )(?<!denies )(?<!any )(?<!signs of )" + nlb("n't have a ", "n't have ") + r"(?<!or )"
BP_SYMPTOM = (
    NEG_BEFORE + r"\b(?:(?:bad |terrible |severe |awful |horrible |pounding |splitting |worst |really bad |killer |huge )?headache"
    r"|head (?:is )?(?:pounding|killing (?:him|her|me)|hurts (?:so )?bad)|chest (?:pain|pains|pressure|hurts|is hurting|feels tight|tightness)"
    r"|(?:short|shortness) of breath|can" + A + r"t (?:breathe?|catch (?:his|her|my|their|a) breath|see (?:right|straight|well|clearly|out of)|talk right|get (?:his|her|my|their) words out)"
    r"|trouble (?:breathing|speaking|talking|seeing|walking)|confus\w*|not making sense|disoriented|blurr\w* (?:vision|eyes?)|vision (?:is |went |going )?(?:blurr\w*|blurry|funny|weird|dim|spotty|double|black)"
    r"|double vision|seeing (?:spots|double|stars|flashes)|(?:arm|leg|face|side|hand)(?: \w+){0,2} (?:is |went |feels |going )?(?:weak|numb|tingl\w*|droop\w*)"
    r"|weak on one side|numb on one side|slurr\w*|(?:back|belly|stomach) pain (?:is )?(?:bad|severe|terrible|tearing|ripping)|tearing pain"
    r"|nosebleed (?:that )?won" + A + r"t stop|seiz\w*|throwing up|vomit\w*|very dizzy|so dizzy|really dizzy)"
)
hypertensive = [
    BP_HIGH + gap(100) + BP_SYMPTOM + PAST,
    BP_SYMPTOM + gap(100) + r"\b" + BP_HIGH + PAST,
    BP_SKY + gap(100) + BP_SYMPTOM + PAST,
    BP_SYMPTOM + gap(100) + r"\b" + BP_SKY + PAST,
    NOW_HAS + r" (?:a )?hypertensive (?:crisis|emergency|urgency)" + PAST,
    r"hypertensive (?:crisis|emergency) (?:right )?now",
    r"(?:blood pressure|bp|pressure) (?:is |keeps |has been )?(?:spiking|skyrocketing|shooting up|climbing)" + gap(60) + BP_SYMPTOM + PAST,
]

# ---------------------------------------------------------------- acute heart failure
FROTH = r"(?:pink|pinkish|pink-tinged|frothy|foamy|bubbly|froth|foam)"
BREATHLESS = (
    r"(?:gasp\w*|can" + A + r"t (?:breathe?|breath|catch (?:his|her|my|their|a) breath|get (?:his |her |my )?(?:air|breath))|cant breathe?|cannot breathe?"
    r"|struggl\w* (?:to breathe?|for (?:air|breath))|fighting for (?:air|breath)|drown\w*|suffocat\w*|gurgl\w*|rattl\w*|bubbl\w* (?:sound|noise|in (?:his|her) chest)"
    r"|air hungry|(?:so|very|really|severely|super) (?:short of breath|breathless|winded))"
)
BREATHLESS_SEVERE = (
    r"(?:gasp\w*|can" + A + r"t (?:breathe?|breath|get (?:any )?air)|cant breathe?|cannot breathe?|struggl\w* (?:to breathe?|for (?:air|breath))|fighting for (?:air|breath)"
    r"|drown\w*|suffocat\w*|gurgl\w*|rattl\w*|bubbl\w* (?:sound|noise|in (?:his|her) chest))"
)
heart_failure = [
    QGUARD + r"(?<!not )" + nlb("isn't ") + r"(?<!never )(?:(?:cough\w*|spit\w*|spat|bring\w*|brought|hack\w*) up|coughing|coughs) (?:\w+ ){0,3}" + FROTH + PAST,
    QGUARD + r"(?<!no )(?:has|having|there" + A + r"s|there is|got|coming out|bubbling out) (?:some |a lot of |lots of |this )?(?:pink|pinkish|pink-tinged) (?:and )?(?:frothy|foamy|bubbly|froth|foam)" + PAST,
    r"(?:pink|pinkish|frothy|foamy|bubbly)(?: and (?:pink|frothy|foamy|bubbly))? (?:froth|foam|spit|sputum|mucus|phlegm|stuff|bubbles)(?: is)? (?:coming (?:out|up)|at|around|from|on) (?:his |her |the |their )?(?:mouth|lips|nose)",
    r"(?:can" + A + r"t|cant|cannot|unable to|won" + A + r"t|wont) (?:lie|lay|be|sleep|stay)(?: down)? (?:flat|down|on (?:his|her) back)" + gap(80) + BREATHLESS + PAST,
    r"(?<!like )(?:gasp\w*|can" + A + r"t (?:breathe?|breath|get (?:any )?air)|cant breathe?|cannot breathe?|struggl\w* (?:to breathe?|for (?:air|breath))|fighting for (?:air|breath))" + gap(60) + r"(?:when|if|every time|whenever|as soon as) (?:he|she|they|i|we) (?:lie|lay|lies|lays|tries to lie|try to lie|put (?:him|her) down)",
    r"(?:sitting|sleeping|sleep|sit|propped|stay\w*) (?:straight )?up(?: \w+){0,6}" + gap(40) + r"(?:and|but|still|to|just to|or)(?: \w+){0,3} " + BREATHLESS + PAST,
    r"(?:heart failure|chf|congestive|fluid (?:on|in) (?:his|her|the) lungs|water (?:on|in) (?:his|her|the) lungs)" + gap(80) + BREATHLESS_SEVERE + PAST,
    BREATHLESS_SEVERE + gap(80) + r"(?:heart failure|chf|fluid (?:on|in) (?:his|her|the) lungs|water (?:on|in) (?:his|her|the) lungs)",
    r"(?:sitting (?:him |her |them )?up|propping (?:him|her|them) up|more pillows|the recliner)(?: \w+){0,2} (?:doesn" + A + r"t|does not|isn" + A + r"t|is not|not|didn" + A + r"t|did not|won" + A + r"t) (?:help\w*|work\w*|make (?:a|any) difference)" + PAST,
    QGUARD + r"(?:sudden(?:ly)?|all of a sudden|out of nowhere)(?: \w+){0,3} (?:so |really |very |severely |super |extremely )?(?:short of breath|breathless|winded|can" + A + r"t (?:breathe?|catch (?:his|her|my|their|a) breath)|gasping|struggling to breathe)",
]

# ---------------------------------------------------------------- serotonin syndrome
SERO_DRUG = (
    r"\b(?:sertraline|zoloft|fluoxetine|prozac|paroxetine|paxil|citalopram|celexa|escitalopram|lexapro|fluvoxamine|luvox|vilazodone|viibryd|vortioxetine|trintellix"
    r"|venlafaxine|effexor|duloxetine|cymbalta|desvenlafaxine|pristiq|trazodone|buspirone|buspar|mirtazapine|remeron|amitriptyline|nortriptyline|clomipramine|imipramine"
    r"|phenelzine|nardil|tranylcypromine|parnate|selegiline|emsam|maoi|ssris?|snris?|antidepressants?|anti-depressants?|depression (?:pills?|meds?|medicine)"
    r"|tramadol|ultram|methadone|fentanyl|meperidine|demerol|tapentadol|nucynta|linezolid|zyvox|methylene blue|sumatriptan|imitrex|rizatriptan|maxalt|zolmitriptan|triptans?"
    r"|dextromethorphan|robitussin|delsym|cough (?:syrup|medicine)|\bdm\b|lithium|st\.? john" + A + r"s wort|saint john" + A + r"s wort|st johns wort|5-?htp|mdma|molly|ecstasy"
    r"|ondansetron|zofran|metoclopramide|reglan|ginseng)\b"
)
# Muscle signs: twitching, jerking, clonus, rigidity, uncontrollable shivering or shaking.
SERO_MUSCLE = (
    r"(?<!eye )(?<!eyelid )(?<!no )(?<!not )(?<!or )(?<!any )(?<!signs of )\b(?:twitch\w*|jerk\w*|jumpy muscles|muscles? (?:are |is |keep |keeps |feel |feels )?(?:jumping|jerking|twitching|spasm\w*|stiff|rigid|locked|locking up)"
    r"|legs? (?:keep |keeps |are |is )?(?:jerking|jumping|twitching|bouncing)|rigid|stiff as a board|clonus|spasms|(?:shivering|shaking|trembling) (?:uncontrollably|all over|really bad|so bad|and sweating|and burning up))"
)
# Fever-type signs, which count only together with agitation, confusion, sweating or diarrhea.
SERO_FEVER = r"(?<!no )(?<!not )(?<!or )(?<!any )(?<!signs of )\b(?:burning up|(?:high )?fever|temp\w* (?:of |is |was )?(?:10[1-6]|3[89]\.\d))"
SERO_OTHER = r"(?<!no )(?<!not )(?<!or )(?<!any )(?<!signs of )\b(?:agitat\w*|confus\w*|out of (?:his|her) mind|sweat\w*|drenched|diarrh\w*|diarrea|heart (?:is )?racing|restless|delirious)"
serotonin = [
    NOW_HAS + r" (?:a )?ser[ao]ton\w* (?:syndrome|toxicity|storm|overload|reaction|poisoning)" + PAST,
    r"(?:this|it) (?:is|looks like|could be|might be|sounds like) ser[ao]ton\w* (?:syndrome|toxicity|storm)",
    SERO_DRUG + gap(140) + SERO_MUSCLE + PAST,
    SERO_MUSCLE + gap(140) + r"(?:since|after|from|when|on) (?:\w+ ){0,5}" + SERO_DRUG + PAST,
    SERO_DRUG + gap(140) + SERO_FEVER + gap(60) + SERO_OTHER + PAST,
    SERO_DRUG + gap(140) + SERO_OTHER + gap(60) + SERO_FEVER + PAST,
]

# ---------------------------------------------------------------- lithium toxicity
LITHIUM = r"\b(?:lithium|lithobid|eskalith|lithium carbonate)\b"
LI_SIGN = (
    r"(?<!no )(?<!not )(?<!or )(?<!any )(?<!signs of )\b(?:vomit\w*|throw\w* up|threw up|puk\w*|diarrh\w*|diarrea|the runs|runs all|shak\w* (?:bad|badly|really bad|so bad|a lot|all over|worse|more|uncontrollably|hard)"
    r"|(?:bad|worse|terrible|new|coarse|big) (?:shak\w*|tremors?|trembl\w*)|tremors? (?:is |are |got |getting )?(?:bad|worse|terrible)|trembling (?:bad|all over|so much)"
    r"|can" + A + r"t (?:hold (?:a|his|her|the) (?:cup|fork|spoon|glass)|walk (?:straight|right)|stand up straight)|cant (?:hold|walk straight)"
    r"|confus\w*|not making sense|disoriented|out of it|stumbl\w*|staggering|wobbl\w*|unsteady|off balance|walking (?:funny|weird|like (?:he|she)" + A + r"?s? (?:is )?drunk|drunk)"
    r"|acting drunk|(?:seems|looks) drunk|slurr\w*|twitch\w*|jerk\w*|(?:very|really|so|super) (?:sleepy|drowsy)|can" + A + r"t stay awake|hard to wake|seiz\w*|blurr\w* vision)"
)
lithium = [
    LITHIUM + gap(140) + LI_SIGN + PAST,
    LI_SIGN + gap(140) + r"(?:on|takes|taking|with|from|his|her) (?:\w+ ){0,2}" + LITHIUM + PAST,
    NOW_HAS + r" (?:a )?(?:lithium (?:toxicity|poisoning|overdose)|toxic lithium levels?|too much lithium)" + PAST,
    r"lithium (?:level|levels|lvl)(?: (?:is|was|came back|just came back|of|at|reads?|were))* (?:[2-9](?:\.\d+)?|1\.[5-9]\d*)(?![\d.])" + PAST,
    r"(?:took|swallowed|taken|had) (?:too many|a bunch of|a handful of|extra|all (?:of )?(?:his|her|the)|the whole bottle of|double) (?:of )?(?:his |her |the |my )?" + LITHIUM,
    r"(?:overdos\w*|od" + A + r"d) on (?:his |her |my |the )?" + LITHIUM,
]

# ---------------------------------------------------------------- alcohol withdrawal
STOPPED_DRINKING = (
    r"\b(?:stopped|quit|stopping|quitting|gave up|cut out|cut back on|cut off|ran out of|been off|off the|gone off|went off|hasn" + A + r"t had (?:a|any)|hasnt had (?:a|any)|hasn" + A + r"t touched|without (?:a|any))"
    r" (?:\w+ ){0,2}(?:drinking|alcohol|booze|liquor|vodka|beer|whiskey|wine|a drink|drink|drinks|the bottle|the sauce)"
    r"|\bcold turkey\b|\bdetox\w*(?: \w+){0,2} (?:from |off )?(?:alcohol|booze|drinking|at home)|(?:alcohol|alcoholic) withdraw\w*|withdraw\w* from (?:alcohol|booze|drinking|liquor|beer|vodka)"
)
WD_SIGN = (
    r"(?<!no )(?<!not )(?<!or )(?<!any )(?<!signs of )\b(?:shak\w*|the shakes|trembl\w*|tremor\w*|seeing (?:things|bugs|spiders|snakes|people|animals|stuff|shadows)|sees (?:things|bugs|spiders|people)"
    r"|hallucinat\w*|halucinat\w*|hearing (?:things|voices)|talking to people (?:who|that) (?:aren" + A + r"t|are not) there|bugs crawling|confus\w*|delirious|out of (?:his|her) (?:mind|head)"
    r"|doesn" + A + r"t know where (?:he|she) is|not making sense|seiz\w*|convuls\w*|a fit\b|paranoid|agitat\w*|combative|sweating (?:buckets|like crazy|and shaking|and confused))"
)
HEAVY_DRINKER = (
    r"\b(?:heavy drinker|big drinker|alcoholic|drinks (?:a lot|heavily|every day|all day|daily|a fifth|a pint|a case|a bottle)|(?:daily|heavy) drinking|drinking problem|problem with (?:alcohol|drinking))"
)
WD_SEVERE = (
    r"(?<!no )(?<!not )(?<!or )(?<!any )(?<!signs of )\b(?:seeing (?:things|bugs|spiders|snakes|people|animals|shadows)|sees (?:things|bugs|spiders|people)|hallucinat\w*|halucinat\w*|hearing (?:things|voices)"
    r"|bugs crawling|seiz\w*|convuls\w*|delirious|out of (?:his|her) (?:mind|head)|doesn" + A + r"t know where (?:he|she) is)"
)
alcohol = [
    r"(?:" + STOPPED_DRINKING + r")" + gap(140) + WD_SIGN + PAST,
    WD_SIGN + gap(140) + r"(?:since|after|because|from|when) (?:\w+ ){0,3}(?:stopped|quit|stopping|quitting|gave up|cut back|ran out|detox\w*|withdraw\w*|cold turkey)" + PAST,
    NOW_HAS + r" (?:the )?(?:dts|dt" + A + r"s|d\.t\.s\.?|delirium tremens|delirium tremors|delerium tremens|alcohol withdrawal seizures?|withdrawal seizures?)" + PAST,
    r"(?:dts|dt" + A + r"s|delirium tremens|delerium tremens) (?:right )?now",
    r"(?:going through|in|having) (?:bad |severe |really bad |alcohol )*(?:withdrawal|withdrawals|withdrawl|withdrawls|detox) (?:from (?:alcohol|booze|drinking)|and (?:is )?(?:shaking|seeing|hearing|hallucinating|confused|seizing|having a seizure))",
    HEAVY_DRINKER + gap(120) + WD_SEVERE + PAST,
    WD_SEVERE + gap(120) + HEAVY_DRINKER + PAST,
]

# ---------------------------------------------------------------- heat stroke
HEAT = (
    r"\b(?:heat ?wave|this heat|in the heat|from the heat|the heat (?:today|outside|out there|index)|hot (?:car|attic|garage|sun|weather|day|apartment|house|room|kitchen|truck|bus)|sauna|hot tub"
    r"|(?:in|out in|under) the (?:hot )?sun|outside (?:all day|in the heat|for hours|in the sun|working|mowing|gardening)|mowing|(?:working|was|been|playing|walking|hiking) (?:out )?in the (?:heat|sun)"
    r"|no (?:ac|a/c|a\.c\.|air conditioning|air conditioner|air)\b|(?:ac|a/c|air conditioning|air conditioner|air)(?: unit)? (?:is |has been |went |was )?(?:broke|broken|out|not working|off|died)"
    r"|(?:9\d|1[01]\d) ?(?:degrees|°f?|deg)\b|(?:ninety|a hundred|one hundred)(?:[- ]\w+)? degrees|heat index|humid|beach|(?:all|the whole) (?:day|afternoon|morning) (?:outside|outdoors|in the (?:yard|garden|sun|field))|outside all (?:afternoon|morning)|(?:garden|yard|field|fields|roof) all (?:day|afternoon|morning))\b"
)
SUBJ = r"(?:skin|body|forehead|he|she|hes|shes|he[’']s|she[’']s|him|her|mom|dad|grandma|grandpa|i|i[’']?m|im)"
HOT_BODY = SUBJ + r"(?: \w+){0,3} (?:is |feels |felt |was |am |looks )?(?:so |really |very |super )?(?:hot and dry|dry and hot|burning hot|red hot|hot to (?:the )?touch|hot and red|red and hot|red and hot and dry|on fire)"
ALTERED = (
    r"(?<!no )(?<!not )\b(?:confus\w*|not making (?:any )?sense|talking nonsense|delirious|disoriented|out of it|passed out|fainted|collapsed|can barely stand|can" + A + r"t stand up"
    r"|stumbl\w*|staggering|slurr\w*|seiz\w*|won" + A + r"t wake|hard to wake|unresponsive|acting (?:drunk|strange|weird|crazy))"
)
HEAT_SIGN = (
    r"(?<!no )(?<!not )(?<!or )(?<!any )(?<!signs of )" + nlb("isn't ") + r"\b(?:confus\w*|not making sense|delirious|disoriented|out of it|acting (?:drunk|strange|weird|crazy)|passed out|fainted|collapsed|stumbl\w*|staggering|slurr\w*|seiz\w*"
    r"|hard to wake|won" + A + r"t wake|can" + A + r"t wake|unresponsive|(?:stopped|quit|not|isn" + A + r"t|is not) sweating|no longer sweating|no sweat\w*|not making (?:any )?sense|talking nonsense"
    r"|" + HOT_BODY + r"|skin (?:is |feels |looks )?(?:\w+ )?dry"
    r"|burning up|(?:temp\w*|fever|thermometer)(?: \w+){0,3} (?:10[3-9](?:\.\d)?|39\.[4-9]|4[0-2](?:\.\d)?)\b)"
)
heat_stroke = [
    NOW_HAS + r" (?:a )?(?:heat ?stroke|heatstroke|heat storke|sun ?stroke|heat exhaustion that|hyperthermia)" + PAST,
    r"(?:heat ?stroke|heatstroke|sun ?stroke)(?: \w+){0,2} (?:right )?now",
    HEAT + gap(140) + HEAT_SIGN + PAST,
    HEAT_SIGN + gap(140) + r"(?:after|from|in|since|because of) (?:being )?(?:out(?:side)? )?(?:in )?(?:the |that |this )?(?:heat|hot (?:sun|car|attic|garage|weather)|sun|heat ?wave|sauna|hot tub)" + PAST,
    r"overheat\w*" + gap(120) + HEAT_SIGN + PAST,
    QGUARD + r"(?:stopped|quit|isn" + A + r"t|is not|not) sweating" + gap(80) + r"(?:hot|burning up|red|confus\w*|dizzy|not making sense|stumbl\w*|passed out|fainted|out of it|slurr\w*)" + PAST,
    HOT_BODY + gap(100) + ALTERED + PAST,
    ALTERED + gap(100) + HOT_BODY + PAST,
]

# ---------------------------------------------------------------- hypothermia
COLD = (
    r"\b(?:cold (?:house|room|apartment|water|lake|river|garage|car|night|weather|basement|porch|floor|bathroom)|(?:in|out in|from) the cold|(?:in|out in|into) the snow|outside (?:all night|for hours|overnight|in the cold)"
    r"|(?:it" + A + r"s |was |is |so |really )?freezing|(?:heat|heater|furnace|boiler|power|electricity)(?: \w+)? (?:went|is|has been|was|been) (?:out|off|broken|broke|down|dead)|no heat|fell (?:in|into|through) (?:the )?(?:ice|snow|water|lake|pond|river|pool)"
    r"|(?:soaking|soaked|sopping) wet|wet clothes|frostbit\w*|below zero|(?:[0-3]\d|-\d+) ?(?:degrees|°f?)\b|(?:zero|ten|twenty|thirty)(?:[- ]\w+)? degrees|wind ?chill|ice water)\b"
)
COLD_SIGN = (
    r"(?<!no )(?<!not )(?<!or )(?<!any )(?<!signs of )\b(?:(?:stopped|quit|isn" + A + r"t|is not|not) shivering|shivering (?:has |just )?stopped|no longer shivering|confus\w*|not making sense|disoriented|mumbl\w*|slurr\w*|stumbl\w*|clumsy|fumbl\w*"
    r"|(?:very |really |so |super |extremely )(?:sleepy|drowsy|groggy)|can" + A + r"t stay awake|hard to wake|won" + A + r"t wake|can" + A + r"t wake|out of it|acting drunk|breathing (?:is )?(?:slow|shallow)"
    r"|(?:skin|body|hands|feet|she|he|shes|hes|she[’']s|he[’']s|chest|belly|arms|mom|dad)(?: \w+){0,3} (?:is |are |feel |feels |felt |like )?(?:ice cold|icy|ice|freezing cold|cold as ice|so cold|really cold|very cold|stone cold|cold and (?:pale|blue|gray|grey|waxy|stiff))|not making (?:any )?sense|barely (?:responding|awake|conscious)"
    r"|(?:lips|skin|fingers|face)(?: \w+){0,2} (?:is |are |turning |turned |look |looks )?(?:blue|gray|grey|purple)|(?:temp\w*|thermometer)(?: \w+){0,3} (?:9[0-4](?:\.\d)?|8\d(?:\.\d)?|3[0-4](?:\.\d)?)\b(?! ?(?:degrees )?(?:out|outside|in the|inside|f outside)))"
)
hypothermia = [
    NOW_HAS + r" (?:a )?(?:hypoth?erm\w*|hypotermia|hypothermi)" + PAST,
    r"(?:is|seems|looks|getting|gotten|went) hypoth?ermic" + PAST,
    COLD + gap(140) + COLD_SIGN + PAST,
    COLD_SIGN + gap(140) + r"(?:after|from|in|since|because of|out in) (?:being )?(?:out(?:side)? )?(?:in )?(?:the |that |this )?(?:cold|snow|freezing|cold (?:house|water|room|night)|ice|lake|river)" + PAST,
    r"(?:was|were|been) (?:shivering|shaking) (?:\w+ ){0,4}(?:but|and) (?:now )?(?:\w+ ){0,2}(?:stopped|quit|isn" + A + r"t any ?more|not any ?more)" + gap(60) + r"(?:confus\w*|mumbl\w*|slurr\w*|sleepy|drowsy|cold|out of it|not making sense)",
    r"(?<!outside )(?<!outdoor )(?<!room )(?<!house )(?<!thermostat )(?:body )?(?:temp|temperature)(?: (?:is|was|of|at|reads?|says|only|just|down to|dropped to|under|below))* (?:9[0-4](?:\.\d)?|8\d(?:\.\d)?|3[0-4](?:\.\d)?)(?: ?(?:degrees|°f?|f\b))?(?! ?(?:degrees )?(?:c\b|out|outside|in the|inside|in here|today|tonight|this morning))" + gap(60) + r"(?:cold|shiver\w*|confus\w*|sleepy|drowsy|mumbl\w*|slurr\w*)",
]

# ---------------------------------------------------------------- child swallowed medicine, gummies, nicotine
CHILD = (
    r"\b(?:toddler|baby|infant|kid|child|son|daughter|grandson|granddaughter|grandbaby|grandkid|grandchild|nephew|niece|little one|little boy|little girl|boy|girl"
    r"|\d{1,2} ?(?:year|yr|month|mo)s?[ -]?old|\d{1,2} ?(?:yo|y/o|yrs? old)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eighteen)[ -](?:year|month)s?[ -]old)\b"
)
ATE = r"(?:swallowed|ate|eaten|chewed|chewing|popped|took|has taken|sucked on|sucking on|licked|bit (?:into|open)|drank|drunk|sipped|got into|gotten into|got ahold of|got hold of)"
ATE_NOT_TOOK = r"(?:swallowed|ate|eaten|chewed|chewing|sucked on|sucking on|licked|bit (?:into|open)|drank|drunk|sipped|got into|gotten into|got ahold of|got hold of)"
ADULT_OWNER = (
    r"(?:my|our|his (?:dad|mom|mother|father|grandma|grandpa|grandmother|grandfather|nana|papa|uncle|aunt|brother|sister)" + A + r"s?|her (?:dad|mom|mother|father|grandma|grandpa|grandmother|grandfather|nana|papa|uncle|aunt|brother|sister)" + A + r"s?"
    r"|grandma" + A + r"s?|grandpa" + A + r"s?|nana" + A + r"s?|papa" + A + r"s?|mom" + A + r"s?|dad" + A + r"s?|mommy" + A + r"s?|daddy" + A + r"s?|someone" + A + r"s?|somebody" + A + r"s?|the adult|an adult|adult|a visitor" + A + r"s?|the neighbor" + A + r"s?)"
)
PILLS = r"(?:pills?|tablets?|tabs|capsules?|caps|meds|medicines?|medications?|gummies|gummy|vitamins?|patch(?:es)?|pill bottle|medicine bottle|pill box|pillbox|pill organizer)"
DANGER_THING = (
    r"(?:edibles?|(?:thc|weed|cannabis|marijuana|pot|delta[- ]?[89]|cbd)(?: \w+)? (?:gumm\w*|edibles?|brownies?|cookies?|cand\w*|chocolates?|chews|bars?)"
    r"|nicotine (?:liquid|juice|gum|pouch\w*|lozenge\w*|patch\w*|refill\w*|pods?)|vape (?:juice|liquid|oil|refill\w*|pods?|cart\w*)|e-?liquid|e-?juice|juul pods?|zyn pouch\w*|zyns?"
    r"|iron (?:pills?|tablets?|supplements?|vitamins?|gummies)|prenatal (?:vitamins?|pills?|gummies)|adult (?:vitamins?|gummies|pills?|medicine)"
    r"|(?:a bunch of|a handful of|the whole bottle of|a whole bottle of|half (?:a|the) bottle of|lots of|all (?:of )?(?:the|my|her|his))(?: \w+){0,2} (?:melatonin|gummies|vitamins|gummy vitamins)"
    r"|(?:melatonin|sleep|sleeping) gummies)"
)
YOUNG = (
    r"\b(?:toddler|baby|infant|little one|little boy|little girl|grandbaby|(?:[1-9]|1[0-2]) ?(?:year|yr|month|mo)s?[ -]?old|(?:[1-9]|1[0-2]) ?(?:yo|y/o)"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)[ -](?:year|month)s?[ -]old|(?:he|she)(?:[’']?s| is) (?:[1-9]|one|two|three|four|five|six|seven|eight)(?: years old)?(?=[ ,.]))\b"
)
OTC = (
    r"aleve|advil|motrin|ibuprofen|naproxen|tylenol|acetaminophen|aspirin|benadryl|melatonin|xanax|ativan|klonopin|valium|ambien|adderall|ritalin|zoloft|prozac"
    r"|oxy|oxycodone|percocet|norco|tramadol|clonidine|metformin|glipizide|lisinopril|amlodipine|metoprolol|propranolol|warfarin|coumadin|seroquel|lithium|suboxone"
)
child_meds = [
    CHILD + gap(50) + ATE + r" (?:\w+ ){0,3}(?:one|a|1|a single|two|2|some|a few|a couple|several|a bunch|a handful|half|the rest)?(?: of)? ?" + ADULT_OWNER + r" (?:\w+ ){0,3}" + PILLS + PAST,
    CHILD + gap(50) + ATE_NOT_TOOK + r" (?:\w+ ){0,4}" + DANGER_THING + PAST,
    CHILD + gap(50) + r"(?:swallowed|ate|chewed|popped|got) (?:a|one|1|two|2|some|a few|a couple of|several) (?:\w+ ){0,2}(?:pills?|tablets?|capsules?)(?! (?:for the first time|whole|like a big|by (?:him|her)self)|(?: \w+){0,3} (?:the doctor|the pediatrician|(?:he|she) (?:was|is) (?:prescribed|supposed)))" + PAST,
    r"(?:found|caught|saw) (?:my |our |the )?" + CHILD + r"(?: \w+){0,3} (?:with|chewing|eating|sucking on|holding) (?:\w+ ){0,4}(?:open )?(?:pill bottle|medicine bottle|bottle of (?:\w+ ){0,2}(?:pills|medicine|tylenol|advil|melatonin|vitamins|gummies)|pills|pill box|pillbox|pill organizer|gummies|edibles?|vape|nicotine)" + PAST,
    CHILD + gap(120) + r"\b(?:found|caught|saw) (?:him|her|them)(?: \w+){0,3} (?:with|chewing|eating|sucking on|holding|playing with) (?:\w+ ){0,6}(?:pill bottles?|medicine bottles?|bottles? of (?:\w+ ){0,2}(?:pills|medicine|gummies|vitamins)|pills|pill box|pillbox|pill organizer|gummies|edibles?)" + PAST,
    CHILD + gap(80) + r"\b(?:found|picked up|grabbed|got|had) (?:a|an|one|some|the|two|a couple of) (?:\w+ ){0,2}(?:pills?|tablets?|capsules?|gummies|gummy|" + OTC + r")" + gap(60) + r"(?:swallowed|ate|chewed|popped|put (?:it|them|one) in (?:his|her|their) mouth)" + PAST,
    YOUNG + gap(100) + r"\b(?:" + ATE_NOT_TOOK + r"|was (?:chewing|sucking|playing with|eating)|playing with|opened) (?:\w+ ){0,5}(?:pills?|tablets?|capsules?|pill (?:case|box|bottle|organizer)|pillbox|medicine bottle|(?:cbd|thc|weed|cannabis|marijuana|pot) (?:oil|tincture|drops|dropper|gumm\w*|edibles?|candy|brownies?|cookies?)|edibles?|nicotine|e-?liquid|vape (?:juice|liquid|oil))(?! whole)" + PAST,
    r"(?:swallowed|ate|chewed|licked|drank|sucked on|got into)(?: \w+){0,3} (?:nicotine (?:liquid|juice|refill|gum|pouch\w*)|vape (?:juice|liquid|oil|refill|pod|cart\w*)|e-?liquid|e-?juice|juul pod|zyn)" + PAST,
    r"(?:pills?|gummies|tablets?|edibles?)(?: \w+){0,2} (?:are |is )?missing (?:from|out of)(?: \w+){0,4}" + gap(60) + r"(?:baby|toddler|kid|son|daughter|grandson|granddaughter|little one|\d{1,2} ?(?:year|yr)s?[ -]?old|(?:he|she) (?:was|is) (?:playing|chewing|eating))",
]

# ---------------------------------------------------------------- button battery or magnet
BATT = r"(?:(?:button|coin|watch|disc|disk|lithium|round|flat|little|tiny|small|hearing aid|remote|key ?fob|calculator|cr ?20\d\d|lr ?\d\d)(?: \w+)? batter(?:y|ies)|batter(?:y|ies))"
MAGNET = r"(?:(?:\w+ )?magnets?|magnetic (?:balls?|beads?|pieces?|toys?|earrings?|piercings?)|buckyballs?|magnet balls?)"
battery_magnet = [
    nlb("didn't ") + r"(?<!did not )(?<!never )(?:swallowed|ate|eaten|gulped|has swallowed|might have swallowed|may have swallowed|think (?:he|she|they|mom|dad)(?:" + A + r"s| has)? swallowed|just swallowed)(?: \w+){0,4} " + BATT + PAST,
    nlb("didn't ") + r"(?<!did not )(?<!never )(?:swallowed|ate|eaten|gulped|has swallowed|might have swallowed|may have swallowed|just swallowed)(?: \w+){0,4} " + MAGNET + PAST,
    BATT + r"(?: (?:is|got|went|might be|may be|could be))? (?:stuck )?(?:in|up|down) (?:his|her|their|the baby" + A + r"s|my|the kid" + A + r"s) (?:throat|nose|nostril|ear|esophagus|stomach|belly|tummy)" + PAST,
    MAGNET + r"(?: (?:is|are|got|went|might be|may be))? (?:stuck )?(?:in|up|down) (?:his|her|their|the baby" + A + r"s|my|the kid" + A + r"s) (?:throat|nose|nostril|stomach|belly|tummy|intestines?)" + PAST,
    r"(?:put|had|found|saw|stuck) (?:a |an |the |one of the |his |her |their |my )?" + BATT + r" in (?:his|her|their|the baby" + A + r"s|the kid" + A + r"s) mouth" + PAST,
    BATT + gap(100) + r"\bswallowed (?:it|one|them|both|a couple)\b" + PAST,
    r"(?:battery|batteries|magnets?)(?: \w+){0,3} (?:is |are )?missing" + gap(60) + r"(?:swallow\w*|mouth|chewing|drooling|playing with)",
    r"(?:x-?ray|xray)(?: \w+){0,4} (?:shows|showed|found|has) (?:a |the |two |some )?(?:\w+ )?(?:battery|batteries|magnets?|coin)",
]

# ---------------------------------------------------------------- acetaminophen overdose
APAP = (
    r"(?:tylenols?|tylenol (?:pm|extra strength|arthritis|8 ?hr|8 hour|cold|sinus)|acetaminophen|acetaminophin|acetominophen|acetomenophen|acetaminofen|paracetamol|apap|excedrin"
    r"|nyquil|dayquil|theraflu|norco|vicodin|lortab|percocet|tylenol (?:#|no\.? ?|with codeine )?3|mapap|midol)"
)
ACTED = r"(?:took|taken|swallowed|had|has had|gave (?:him|her|them)|given (?:him|her|them)|popped|downed|ate|chewed)"
COUNT_BIG = (
    r"(?:(?:like|about|around|maybe|almost|over|at least|nearly|more than|probably|close to|up to) )?(?:[89]|[1-9]\d|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|thirty|forty|fifty"
    r"|a dozen|dozens|a handful|a bunch|a whole bottle|the whole bottle|half (?:a|the) bottle|a whole box|the whole box|all (?:of )?(?:the|her|his|my))"
)
MISSING = (
    r"(?:(?:like|about|around|maybe|over|at least|almost|nearly) )?(?:[5-9]|[1-9]\d|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a dozen|a bunch|a handful|half|most)(?: of them| pills| tablets| caplets)? (?:are |were |is |was )?(?:missing|gone)"
    r"|(?:bottle|box|pack|package) (?:is |was )?(?:empty|almost empty|half empty|nearly empty)"
)
acetaminophen = [
    r"(?:overdos\w*|od" + A + r"d|od" + A + r"ing|took too (?:much|many)|taken too (?:much|many)|had too (?:much|many)|took way too (?:much|many)|has had too (?:much|many)|gave (?:him|her|them|me) too (?:much|many)|given (?:him|her|them) too (?:much|many)|double dosed|doubled up)(?: (?:on|of|with))? (?:\w+ ){0,3}" + APAP + PAST,
    ACTED + r" " + COUNT_BIG + r"(?: of (?:the|her|his|my|those|them))?(?: \w+){0,3} " + APAP + PAST,
    APAP + gap(120) + r"\b" + ACTED + r" (?:\w+ )?" + COUNT_BIG + r"\b" + PAST,
    APAP + gap(120) + r"\b(?:" + MISSING + r")" + PAST,
    r"(?<!max )(?<!maximum )(?<!limit )(?<!than )(?<!under )(?<!below )(?<!exceed )(?<!up to )(?<!says )(?:4,?[1-9]\d\d|[5-9],?\d{3}|[1-9]\d,?\d{3}) ?(?:mg|milligrams?)(?: \w+){0,4} (?:of )?" + APAP + PAST,
    APAP + r"(?: \w+){0,6} (?:adds up to|totals?|total of|comes to|came to|that" + A + r"s|thats|so far|today) (?:about |around |over |like |maybe )?(?:4,?[1-9]\d\d|[5-9],?\d{3}|[1-9]\d,?\d{3}) ?(?:mg|milligrams?)" + PAST,
    r"(?:took|taken|had|has had|given|gave (?:him|her|them)) (?:way |well |far )?(?:over|past|above|more than) (?:the |her |his )?(?:max|maximum|limit|daily limit|4,?000 ?mg|3,?000 ?mg)(?: \w+){0,3} (?:of |on |for )?" + APAP + PAST,
    NOW_HAS + r" (?:an? )?(?:tylenol|acetaminophen|paracetamol) (?:overdose|poisoning|toxicity)" + PAST,
]

# ---------------------------------------------------------------- opioid overdose
OPIOID = (
    r"\b(?:oxy|oxys|oxycodone|oxycontin|oxycodon|oxicodone|percocets?|percs?|roxicodone|roxys?|hydrocodone|hydrocodon|norco|vicodin|lortab|morphine|morphin|ms ?contin"
    r"|fentanyl|fentanil|fentynal|fent|duragesic|methadone|methadon|tramadol|ultram|dilaudid|hydromorphone|codeine|tylenol (?:#|no\.? ?|with codeine ?)3|suboxone|buprenorphine|butrans"
    r"|heroin|dope|opioids?|opiates?|narcotics?|pain (?:pills?|meds|medicine|medication|patch(?:es)?|killers?)|painkillers?|nodding pills)\b"
)
OD_SIGN = (
    r"(?<!no )(?<!not )(?<!or )(?<!any )(?<!signs of )\b(?:won" + A + r"t (?:wake|wake up|respond|open (?:his|her) eyes)|wont wake|will not wake|can" + A + r"t (?:wake|rouse|get (?:him|her|them) (?:up|to wake|awake))|cant wake|not waking|hard to wake|impossible to wake"
    r"|unresponsive|not responding|passed out|(?:barely|hardly|not|isn" + A + r"t|stopped) breathing|breathing (?:is )?(?:very |really |so |super |too )?(?:slow|shallow|weird|funny|strange|faint)"
    r"|(?:slow|shallow|weird|faint) breath\w*|(?:[1-8]|one|two|three|four|five|six|seven|eight) breaths? (?:a|per|every) (?:minute|min)|(?:weird|strange|funny|loud|deep) snor\w*|snoring (?:weird|funny|strange|and (?:won|can|not|hard))|gurgl\w*|choking sounds?|death rattle"
    r"|(?:lips|face|fingers?|fingertips|finger ?nails|nails|skin|mouth)(?: \w+){0,2} (?:is |are |look |looks |turning |turned |going |gone )?(?:blue|bluish|gray|grey|purple|ashen)|turning blue|blue lips|(?:shes|hes|she[’']s|he[’']s|is|went|gone|going|all) limp|limp and|floppy)"
)
PUPILS = r"(?:pinpoint pupils|pupils (?:are |look )?(?:tiny|pinpoint|pinned|like pinpoints|really small|very small|so small|like dots)|pinned pupils|tiny pupils)"
opioid = [
    OPIOID + gap(140) + OD_SIGN + PAST,
    r"(?<!if he )(?<!if she )(?<!if they )(?<!what if )(?<!when he )(?<!when she )" + OD_SIGN + gap(140) + OPIOID + PAST,
    PUPILS + gap(80) + OD_SIGN,
    OD_SIGN + gap(80) + PUPILS,
    r"(?:narcan|naloxone|nasal spray)(?: \w+){0,4} (?:isn" + A + r"t|is not|not|didn" + A + r"t|did not|hasn" + A + r"t|has not|doesn" + A + r"t|does not|wasn" + A + r"t) (?:work\w*|help\w*|wak\w*|do\w* anything|bring\w* (?:him|her|them) (?:back|around|to))",
    r"(?:gave|give|giving|used|sprayed) (?:him|her|them) (?:\w+ ){0,3}(?:narcan|naloxone)(?: \w+){0,6} (?:still|not|isn" + A + r"t|no) (?:breathing|waking|responding|awake|response|change)",
    r"(?:chewed|chewing|sucked on|sucking on|ate|swallowed|put on|wearing|has on|slapped on|applied) (?:\w+ ){0,3}(?:two |2 |three |extra |another |an extra )?(?:fentanyl|duragesic|pain|morphine|butrans|buprenorphine) patch(?:es)?" + gap(80) + OD_SIGN,
]

ENTRIES = [
    dict(
        id="hypertensive-emergency",
        label="Very high blood pressure with chest pain, severe headache, confusion, vision change or weakness",
        action="call_911",
        patterns=hypertensive,
        message=(
            "Call 911 now. A blood pressure of 180/120 or higher together with chest pain, shortness of breath, a severe headache, "
            "confusion, a change in vision, weakness or numbness, or trouble speaking can mean the pressure is already harming the brain, "
            "heart or kidneys, so do not wait to recheck it or see if it comes down. Have the person sit and rest, and do not give extra "
            "blood pressure pills or aspirin unless the 911 dispatcher tells you to."
        ),
        sources=[
            ("When To Call 911 About High Blood Pressure", "American Heart Association (AHA)",
             "https://www.heart.org/en/health-topics/high-blood-pressure/understanding-blood-pressure-readings/hypertensive-crisis-when-you-should-call-911-for-high-blood-pressure"),
            ("High Blood Pressure", "MedlinePlus, U.S. National Library of Medicine (NIH)", "https://medlineplus.gov/highbloodpressure.html"),
        ],
    ),
    dict(
        id="acute-heart-failure-worsening",
        label="Sudden heart failure worsening: pink frothy spit, gasping when lying down, sudden severe breathlessness",
        action="call_911",
        patterns=heart_failure,
        message=(
            "Call 911 now. Coughing up pink, frothy spit, gasping for air when lying down, or sudden severe breathlessness can mean fluid "
            "is filling the lungs (acute heart failure or pulmonary edema), which needs emergency treatment. Keep the person sitting upright "
            "rather than lying flat, and use their prescribed oxygen if they have it while you wait."
        ),
        sources=[
            ("Pulmonary edema", "MedlinePlus, U.S. National Library of Medicine (NIH)", "https://medlineplus.gov/ency/article/000140.htm"),
            ("Warning Signs of Heart Failure", "American Heart Association (AHA)",
             "https://www.heart.org/en/health-topics/heart-failure/warning-signs-of-heart-failure"),
            ("Heart Failure", "MedlinePlus, U.S. National Library of Medicine (NIH)", "https://medlineplus.gov/heartfailure.html"),
        ],
    ),
    dict(
        id="serotonin-syndrome",
        label="Possible serotonin syndrome after starting or combining serotonin medicines",
        action="call_911",
        patterns=serotonin,
        message=(
            "Call 911 now. Agitation or confusion with fever, heavy sweating, shivering, twitching or stiff muscles, or diarrhea soon after a "
            "medicine that affects serotonin was started, raised or combined (antidepressants, tramadol, triptans, dextromethorphan cough "
            "medicine, lithium, St. John's wort) can be serotonin syndrome, which can get worse quickly. Gather every medicine and supplement "
            "bottle for the responders, and ask the emergency team before giving the next dose of any of them."
        ),
        sources=[
            ("Serotonin syndrome", "MedlinePlus, U.S. National Library of Medicine (NIH)", "https://medlineplus.gov/ency/article/007272.htm"),
        ],
    ),
    dict(
        id="lithium-toxicity",
        label="Possible lithium toxicity: vomiting, diarrhea, bad shaking, confusion or unsteady walking on lithium",
        action="call_911",
        patterns=lithium,
        message=(
            "Call 911 now. Vomiting, diarrhea, worse shaking, confusion, heavy sleepiness or unsteady walking in someone who takes lithium "
            "can mean the lithium level has climbed too high, which can harm the brain and kidneys. Bring the lithium bottle and the medicine "
            "list, tell the responders when the last dose was taken, and ask the emergency team before giving another dose."
        ),
        sources=[
            ("Lithium", "MedlinePlus, U.S. National Library of Medicine (NIH)", "https://medlineplus.gov/druginfo/meds/a681039.html"),
            ("Mental Health Medications", "National Institute of Mental Health (NIMH), NIH",
             "https://www.nimh.nih.gov/health/topics/mental-health-medications"),
        ],
    ),
    dict(
        id="alcohol-withdrawal-severe",
        label="Severe alcohol withdrawal or delirium tremens",
        action="call_911",
        patterns=alcohol,
        message=(
            "Call 911 now. Shaking, seeing or hearing things that are not there, confusion, or a seizure in the days after someone stops or "
            "cuts back on heavy drinking can be severe alcohol withdrawal (delirium tremens), which can be deadly without hospital care. "
            "Stay with the person and keep them safe from falls; if a seizure starts, move hard objects away, turn them on their side, and "
            "put nothing in their mouth."
        ),
        sources=[
            ("Alcohol withdrawal", "MedlinePlus, U.S. National Library of Medicine (NIH)", "https://medlineplus.gov/ency/article/000764.htm"),
            ("Delirium tremens", "MedlinePlus, U.S. National Library of Medicine (NIH)", "https://medlineplus.gov/ency/article/000766.htm"),
        ],
    ),
    dict(
        id="heat-stroke",
        label="Heat stroke",
        action="call_911",
        patterns=heat_stroke,
        message=(
            "Call 911 now. Confusion, fainting, or hot skin (dry, or soaked with sweat) with a temperature of 103°F (39.4°C) or higher after "
            "time in the heat can be heat stroke, which can cause lasting brain damage or death without fast treatment. While you wait, move the person "
            "somewhere cool, take off extra clothing, and cool them fast with cool water on the skin, a fan, and cold packs on the neck, "
            "armpits and groin; do not give fever medicine, and give nothing to drink if they are confused or vomiting."
        ),
        sources=[
            ("Heat emergencies", "MedlinePlus, U.S. National Library of Medicine (NIH)", "https://medlineplus.gov/ency/article/000056.htm"),
            ("Heat Illness", "MedlinePlus, U.S. National Library of Medicine (NIH)", "https://medlineplus.gov/heatillness.html"),
        ],
    ),
    dict(
        id="hypothermia",
        label="Hypothermia",
        action="call_911",
        patterns=hypothermia,
        message=(
            "Call 911 now. Confusion, slurred speech, heavy sleepiness, very cold skin, or shivering that has stopped after time in the cold "
            "can be serious hypothermia, and an older adult can get it even indoors in a cold home. Handle the person gently, move them "
            "somewhere warm, swap wet clothing for dry layers and blankets, and warm the chest, neck, head and groin first; do not rub the "
            "arms and legs or use hot water or a heating pad, and start CPR if they are not breathing."
        ),
        sources=[
            ("Hypothermia", "MedlinePlus, U.S. National Library of Medicine (NIH)", "https://medlineplus.gov/ency/article/000038.htm"),
            ("Preventing Hypothermia", "Centers for Disease Control and Prevention (CDC)",
             "https://www.cdc.gov/winter-weather/prevention/index.html"),
        ],
    ),
    dict(
        id="child-swallowed-medicine-or-gummies",
        label="Child swallowed an adult pill, gummies (melatonin, cannabis, iron) or nicotine liquid",
        action="poison_control",
        patterns=child_meds,
        message=(
            "Call Poison Control at 1-800-222-1222 now (free, 24/7), even if the child seems fine: one adult pill, a few iron vitamins, "
            "cannabis edibles, nicotine liquid, or a handful of melatonin gummies can harm a small child, and signs may not show for hours. "
            "Take anything left out of the mouth, keep the bottle or package with you, and do not make the child vomit; call 911 if the "
            "child is very sleepy, hard to wake, breathing oddly or has a seizure."
        ),
        sources=[
            ("Poison Help", "Health Resources and Services Administration (HRSA), U.S. Department of Health and Human Services",
             "https://www.hrsa.gov/poison-control"),
            ("FDA Warns Consumers About the Accidental Ingestion by Children of Food Products Containing THC",
             "U.S. Food and Drug Administration (FDA)",
             "https://www.fda.gov/food/alerts-advisories-safety-information/fda-warns-consumers-about-accidental-ingestion-children-food-products-containing-thc"),
            ("Iron overdose", "MedlinePlus, U.S. National Library of Medicine (NIH)", "https://medlineplus.gov/ency/article/002659.htm"),
        ],
    ),
    dict(
        id="swallowed-button-battery-or-magnet",
        label="Swallowed a button battery or magnets",
        action="call_911",
        patterns=battery_magnet,
        message=(
            "Call 911 or go to the nearest emergency room now, even if the person seems fine: a swallowed button battery can burn through "
            "the throat in as little as 2 hours, and two or more magnets (or a magnet and a piece of metal) can pinch through the bowel. "
            "Do not make them vomit. For a button battery swallowed in the last 12 hours by a child aged 1 or older, Poison Control's "
            "battery guideline says to give 2 teaspoons of honey every 10 minutes, up to 6 times, on the way without delaying the trip; "
            "never give honey to a baby under 1."
        ),
        sources=[
            ("Button Battery Ingestion Triage and Treatment Guideline", "National Capital Poison Center (Poison Control)",
             "https://www.poison.org/battery/guideline"),
            ("Poison Help", "Health Resources and Services Administration (HRSA), U.S. Department of Health and Human Services",
             "https://www.hrsa.gov/poison-control"),
        ],
    ),
    dict(
        id="acetaminophen-overdose",
        label="Too much acetaminophen (Tylenol), even if the person seems fine",
        action="poison_control",
        patterns=acetaminophen,
        message=(
            "Call Poison Control at 1-800-222-1222 now (free, 24/7), even if the person seems fine. Too much acetaminophen (Tylenol, and "
            "the many cold, flu, sleep and prescription pain medicines that also contain it) can badly damage the liver with few or no signs "
            "for a day or more, and the antidote works best when it is started early, within about 8 hours. Keep the bottles at hand, note "
            "how much was taken and when, and call 911 if the person is very sleepy, confused or hard to wake."
        ),
        sources=[
            ("Acetaminophen overdose", "MedlinePlus, U.S. National Library of Medicine (NIH)", "https://medlineplus.gov/ency/article/002598.htm"),
            ("Don't Double Up on Acetaminophen", "U.S. Food and Drug Administration (FDA)",
             "https://www.fda.gov/consumers/consumer-updates/dont-double-acetaminophen"),
        ],
    ),
    dict(
        id="opioid-overdose-signs",
        label="Opioid overdose signs after a named opioid (won't wake, slow breathing, blue lips)",
        action="call_911",
        patterns=opioid,
        message=(
            "Call 911 now. Give naloxone (Narcan) if you have it (for the nasal spray, one spray into one nostril), and peel off any pain patch on the skin. If the "
            "person does not respond in 2 to 3 minutes, give another dose in the other nostril. If they are not breathing, give rescue "
            "breaths or start CPR; if they are breathing, roll them onto their side and stay with them, because naloxone can wear off before "
            "the opioid does."
        ),
        sources=[
            ("Lifesaving Naloxone", "Centers for Disease Control and Prevention (CDC)", "https://www.cdc.gov/stop-overdose/caring/naloxone.html"),
            ("Access to Naloxone Can Save a Life During an Opioid Overdose", "U.S. Food and Drug Administration (FDA)",
             "https://www.fda.gov/consumers/consumer-updates/access-naloxone-can-save-life-during-opioid-overdose"),
            ("Opioid Overdose", "MedlinePlus, U.S. National Library of Medicine (NIH)", "https://medlineplus.gov/opioidoverdose.html"),
        ],
    ),
]


def q(s: str) -> str:
    """YAML single-quoted scalar."""
    return "'" + s.replace("'", "''") + "'"


def render() -> str:
    lines = [
        "# DRAFT new emergency red flags for knowledge/red_flags.yaml (not yet merged; clinical pharmacist review pending).",
        "# Same keys as entries under `red_flags:`, plus last_reviewed and reviewed_by.",
        "# Patterns are lowercase Python regular expressions; triage wraps each as (?<!\\w)(?:PATTERN)(?!\\w).",
        "# Facts summarized in our own words from the cited public sources.",
    ]
    for e in ENTRIES:
        for p in e["patterns"]:
            assert p == p.lower(), (e["id"], p)
            re.compile(p)
        lines.append(f"- id: {e['id']}")
        lines.append(f"  label: {q(e['label'])}")
        lines.append(f"  action: {e['action']}")
        lines.append("  patterns:")
        lines += [f"  - {q(p)}" for p in e["patterns"]]
        lines.append(f"  message: {q(e['message'])}")
        lines.append("  sources:")
        for title, publisher, url in e["sources"]:
            lines.append(f"  - title: {q(title)}")
            lines.append(f"    publisher: {q(publisher)}")
            lines.append(f"    url: {url}")
            lines.append("    accessed: 2026-12-01")
        lines.append("  last_reviewed: 2026-12-01")
        lines.append('  reviewed_by: "clinical pharmacist review (draft)"')
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    Path("/tmp/kb-drafts/red_flags_new.yaml").write_text(render(), encoding="utf-8")
    print("wrote", len(ENTRIES), "entries;", ", ".join(f"{e['id']}={len(e['patterns'])}" for e in ENTRIES))
