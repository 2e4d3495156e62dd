"""The test stories in tests/stories/ all play out as written (`rasa test core`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rasa_cli import ROOT, run_rasa

pytestmark = pytest.mark.slow
STORIES = ROOT / "tests" / "stories"


def test_every_test_story_is_predicted_without_error(trained_model: Path, tmp_path: Path):
    assert list(STORIES.glob("*.yml")), "no test stories"
    result = run_rasa(
        "test", "core", "--stories", str(STORIES), "--model", str(trained_model),
        "--out", str(tmp_path), "--no-plot", "--fail-on-prediction-errors",
    )  # fmt: skip
    failed = tmp_path / "failed_test_stories.yml"
    detail = failed.read_text("utf-8")[:4000] if failed.exists() else ""
    assert result.returncode == 0, detail or (result.stdout + result.stderr)[-3000:]
