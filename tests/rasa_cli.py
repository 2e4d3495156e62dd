"""Run Rasa's own command line from tests (validation, NLU and story evaluation)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_rasa(
    *args: str, timeout: float = 1200, module: str = "rasa"
) -> subprocess.CompletedProcess[str]:
    """`python -m rasa ARGS`; `module="launcher.rasa_server"`: the same command line with the
    Rasa server's runtime overrides (the model loaded as the server loads it)."""
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", PYTHONWARNINGS="ignore")
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
