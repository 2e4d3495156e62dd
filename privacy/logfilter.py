"""A logging filter that redacts personal identifiers from every log record.

`install()` puts one `RedactingFilter` on every handler of the root logger (and
of the named loggers), so whatever any library logs (Rasa, sanic, the action
server) passes the redactor before it reaches a file or the console. Filters on
handlers see records from all child loggers; filters on loggers would not.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from privacy.redact import redact_text, redact_value


class RedactingFilter(logging.Filter):
    """Replaces `record.msg % record.args` by its redaction and empties `args`.

    Exception text is formatted and redacted as well (it is cached on the record,
    so the handler prints the redacted version). Never drops a record.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == "privacy.redact":
            return True  # the redactor's own line names an exception, never text
        try:
            message = record.getMessage()
        except Exception:  # bad format args: keep the pieces, redacted
            message = f"{record.msg} {redact_value(record.args)!r}"
        record.msg = redact_text(str(message))
        record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info)
        return True


def _add(handler: logging.Handler) -> None:
    if not any(isinstance(f, RedactingFilter) for f in handler.filters):
        handler.addFilter(RedactingFilter())


def install(logger_names: Iterable[str] | None = None) -> RedactingFilter:
    """Add a RedactingFilter to every handler of the root logger and of `logger_names`.

    Idempotent (a handler gets one filter). Named loggers also get the filter on
    the logger itself, for records they emit to handlers added later.
    Returns a filter instance (for handlers created afterwards).
    """
    for handler in logging.getLogger().handlers:
        _add(handler)
    for name in logger_names or ():
        logger = logging.getLogger(name)
        for handler in logger.handlers:
            _add(handler)
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(RedactingFilter())
    return RedactingFilter()
