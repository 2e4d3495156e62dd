"""Set-up problems reach the person at the keyboard as one clear line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from launcher.yaml_check import first_yaml_error

ROOT = Path(__file__).resolve().parents[2]


def copy_project(tmp_path: Path) -> Path:
    target = tmp_path / "project"
    shutil.copytree(ROOT / "data", target / "data")
    for name in ("config.yml", "domain.yml"):
        shutil.copy(ROOT / name, target / name)
    return target


def test_a_broken_domain_is_reported_as_one_line_with_file_and_line(tmp_path):
    project = copy_project(tmp_path)
    domain = project / "domain.yml"
    domain.write_text(domain.read_text("utf-8") + "\nresponses:\n  utter_x: [\n", "utf-8")
    error = first_yaml_error(project)
    assert error is not None
    assert error.startswith("domain.yml: line ")
    assert "\n" not in error


def test_the_project_yaml_parses_without_errors():
    assert first_yaml_error(ROOT) is None


def test_training_a_broken_project_prints_one_error_line_and_no_traceback(tmp_path):
    project = copy_project(tmp_path)
    (project / "config.yml").write_text("pipeline: [\n", "utf-8")
    script = (
        "import sys, launcher.model_inputs as m, launcher.train as t, launcher.yaml_check as y;"
        f"p = __import__('pathlib').Path({str(project)!r});"
        "t.model_path = lambda: p / 'models' / 'x.tar.gz';"
        "t.first_yaml_error = lambda: y.first_yaml_error(p);"
        "t.main([])"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode != 0
    output = (result.stdout + result.stderr).strip().splitlines()
    assert output == [output[0]] and output[0].startswith("error: config.yml: line")
    assert "Traceback" not in result.stderr


def test_a_python_that_is_not_3_10_is_refused_in_one_line(tmp_path):
    result = subprocess.run(
        ["bash", str(ROOT / "launcher" / "make_venv.sh"), str(tmp_path / "venv")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHON": sys.executable + "-none"},
        check=False,
    )  # fmt: skip
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Python 3.10" in lines[0]
    assert not (tmp_path / "venv").exists()
