"""A model is keyed on what it is trained from, so nothing is trained twice."""

from __future__ import annotations

import shutil
from pathlib import Path

from launcher.model_inputs import model_hash

ROOT = Path(__file__).resolve().parents[2]


def make_project(tmp_path: Path) -> Path:
    project = tmp_path / "p"
    (project / "data").mkdir(parents=True)
    (project / "rasa" / "samen_rasa" / "nlu").mkdir(parents=True)
    (project / "data" / "nlu.yml").write_text("version: '3.1'\n", "utf-8")
    (project / "config.yml").write_text("language: nl\n", "utf-8")
    (project / "domain.yml").write_text("version: '3.1'\n", "utf-8")
    (project / "rasa" / "samen_rasa" / "nlu" / "c.py").write_text("X = 1\n", "utf-8")
    return project


def test_the_model_name_stays_the_same_when_nothing_changed(tmp_path):
    project = make_project(tmp_path)
    assert model_hash(project) == model_hash(project)


def test_unrelated_files_and_bytecode_do_not_force_retraining(tmp_path):
    project = make_project(tmp_path)
    before = model_hash(project)
    (project / "README.md").write_text("notes", "utf-8")
    cache = project / "rasa" / "samen_rasa" / "nlu" / "__pycache__"
    cache.mkdir()
    (cache / "c.cpython-310.pyc").write_bytes(b"\0")
    assert model_hash(project) == before


def test_a_change_in_data_domain_config_or_pipeline_code_changes_the_model(tmp_path):
    project = make_project(tmp_path)
    seen = {model_hash(project)}
    for rel in ("data/nlu.yml", "domain.yml", "config.yml", "rasa/samen_rasa/nlu/c.py"):
        (project / rel).write_text((project / rel).read_text("utf-8") + "# changed\n", "utf-8")
        seen.add(model_hash(project))
    assert len(seen) == 5


def test_runtime_only_extensions_do_not_force_retraining(tmp_path):
    project = make_project(tmp_path)
    before = model_hash(project)
    stores = project / "rasa" / "samen_rasa" / "stores"
    stores.mkdir()
    (stores / "s.py").write_text("Y = 2\n", "utf-8")
    assert model_hash(project) == before


def test_the_real_project_has_a_stable_model_name():
    assert model_hash(ROOT) == model_hash(ROOT)
    assert shutil.which("rasa") or (ROOT / ".venv" / "bin" / "rasa").exists()
