"""The logging filter: what reaches a handler has its identifiers redacted."""

from __future__ import annotations

import io
import logging

import pytest

from privacy.logfilter import RedactingFilter, install


@pytest.fixture
def stream_logger():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("test.privacy.logfilter")
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    yield logger, handler, stream
    logger.removeHandler(handler)


def test_a_message_formatted_with_args_is_redacted_and_args_emptied():
    record = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "user said %r to %s", ("bel 0470 12 34 56", "bot"), None
    )
    assert RedactingFilter().filter(record) is True
    assert record.args == ()
    assert record.msg == "user said 'bel [telefoonnummer]' to bot"
    assert record.getMessage() == record.msg


def test_a_dict_argument_is_redacted():
    record = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "event %s", ({"text": "ik heet Sara Peeters"},), None
    )
    RedactingFilter().filter(record)
    assert "Sara" not in record.getMessage() and "[naam]" in record.getMessage()


def test_a_message_with_bad_format_args_is_kept_and_redacted():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "mail %s %s", ("sara@x.be",), None)
    assert RedactingFilter().filter(record) is True
    assert "sara@x.be" not in record.getMessage()


def test_exception_text_is_redacted(stream_logger):
    logger, handler, stream = stream_logger
    handler.addFilter(RedactingFilter())
    try:
        raise ValueError("bad iban BE71 0961 2345 6769")
    except ValueError:
        logger.exception("failed for %s", "sara@x.be")
    out = stream.getvalue()
    assert "sara@x.be" not in out and "BE71 0961" not in out
    assert "[iban]" in out and "ValueError" in out


def test_install_adds_one_filter_to_every_root_handler_and_named_logger(stream_logger):
    logger, handler, stream = stream_logger
    root = logging.getLogger()
    root_handler = logging.StreamHandler(io.StringIO())
    root.addHandler(root_handler)
    try:
        install(["test.privacy.logfilter"])
        install(["test.privacy.logfilter"])  # idempotent
        assert sum(isinstance(f, RedactingFilter) for f in root_handler.filters) == 1
        assert sum(isinstance(f, RedactingFilter) for f in handler.filters) == 1
        assert sum(isinstance(f, RedactingFilter) for f in logger.filters) == 1
        logger.info("user %s wrote %s", "x", "mijn gsm is +32 470 12 34 56")
        assert stream.getvalue() == "INFO user x wrote mijn gsm is [telefoonnummer]\n"
    finally:
        root.removeHandler(root_handler)
        for f in list(logger.filters):
            logger.removeFilter(f)


def test_a_message_without_identifiers_is_unchanged():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "erkend op %s", ("3/3/2025",), None)
    RedactingFilter().filter(record)
    assert record.msg == "erkend op 3/3/2025"


def test_the_redactors_own_error_line_does_not_recurse(monkeypatch, stream_logger):
    from privacy import redact

    logger, handler, stream = stream_logger
    handler.addFilter(RedactingFilter())
    own = logging.getLogger("privacy.redact")
    own.addHandler(handler)
    monkeypatch.setattr(redact, "_find", lambda text: 1 / 0)
    try:
        logger.info("gsm %s", "0470 12 34 56")
    finally:
        own.removeHandler(handler)
    out = stream.getvalue()
    assert "0470 12 34 56" not in out and "ZeroDivisionError" in out
