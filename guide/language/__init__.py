"""Reading text: normalising, tokens and sentences, negation and clinical context (ConText), language detection,
follow-ups, numbers and readings against the plan's goals, doses, the plan's call-if rules by their numbers and
words, and the learned intents. Pure functions over text and plans; nothing here decides a turn.
"""
