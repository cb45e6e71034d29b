"""The clinical review queue: what a clinician sees of a held turn, and how their answer reaches the family."""
