"""Samen NLU: pure normalisers (folding, numbers, dates, canonical values) and Rasa components.

The pure modules import neither Rasa nor spaCy; the components live in
`chat_text_normalizer` and `entity_value_normalizer`.
"""
