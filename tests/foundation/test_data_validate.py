"""`rasa data validate` finds no problem in the project's data and domain."""

from __future__ import annotations

import pytest

from tests.rasa_cli import run_rasa

pytestmark = pytest.mark.slow
# Responses that custom actions send (answers, labels, question variants) never
# appear in stories, so Rasa's validator calls them unused; that warning is expected.
EXPECTED_WARNING = "is not used in any story or rule"


def test_rasa_data_validate_reports_no_errors_and_no_unexpected_warnings():
    # Rasa's command line with the training overrides (launcher.rasa_train, as `make train`
    # runs it): the NLU files are checked with one schema validator instead of one per
    # annotation, the same errors (tests/foundation/test_training_overrides.py), half the time
    result = run_rasa("data", "validate", module="launcher.rasa_train")
    output = result.stdout + result.stderr
    problems = [
        line
        for line in output.splitlines()
        if ("ERROR" in line or "UserWarning" in line) and EXPECTED_WARNING not in line
    ]
    assert result.returncode == 0, output[-3000:]
    assert not problems, "\n".join(problems[:20])
