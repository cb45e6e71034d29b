"""One turn of a conversation, stage by stage: `pipeline` is the only module that knows their order.

understand (the message's reading) -> scope (what this reader may see) -> triage (red flags, the plan's 911 rules)
-> redact -> retrieve -> checks (interactions, hazards, scope rules, the plan's call-the-team rules, doses) ->
compose -> verify -> decide (the policy table: the one place a turn's decision, reasons and urgency are set) ->
replies (what the home team reads when the guide does not answer directly). The stages hand each other the types
in `contracts`, never each other's modules.
"""
