"""Samen custom actions: thin adapters between Rasa slots and the `eligibility` module."""
