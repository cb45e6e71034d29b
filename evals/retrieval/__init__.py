"""Retrieval eval: labelled family questions -> relevant knowledge articles."""
