"""Samen's Rasa extensions: NLU components, guarded channels, spaCy pipeline builder.

Importable as ``samen_rasa`` because set-up puts the project's ``rasa/`` folder on
``sys.path`` (a ``.pth`` file in the virtualenv). ``rasa/`` itself has no
``__init__.py`` on purpose: it must never shadow the installed ``rasa`` package.
"""
