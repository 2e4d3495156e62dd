"""`rasa data validate` finds no problem in the project's data and domain."""

from __future__ import annotations

import pytest

from tests.rasa_cli import run_rasa

pytestmark = pytest.mark.slow


def test_rasa_data_validate_reports_no_errors_or_warnings():
    result = run_rasa("data", "validate", "--fail-on-warnings")
    output = result.stdout + result.stderr
    problems = [line for line in output.splitlines() if "UserWarning" in line or "ERROR" in line]
    assert result.returncode == 0, "\n".join(problems[:20]) or output[-2000:]
