"""Input channels of Samen (Rasa's channels with a guard on command messages)."""
