"""Tracker stores of Samen: one path to storage, redacted first (see private_store)."""
