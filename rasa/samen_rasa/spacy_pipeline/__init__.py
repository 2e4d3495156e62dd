"""Builder of the project's spaCy pipeline package `nl_samen` (see `build.py`)."""
