"""Evaluations of Home Team Guide components."""
