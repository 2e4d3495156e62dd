"""Starting, stopping and preparing Samen's servers (used by `make run` and the tests)."""
