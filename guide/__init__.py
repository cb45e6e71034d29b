"""Home Team Guide: guidance for a patient's home team, with clinician review."""

__version__ = "0.1.0"
