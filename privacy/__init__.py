"""Privacy: redaction of personal identifiers before storage (redact, logfilter)."""
