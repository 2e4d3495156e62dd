"""One-line errors for broken YAML before Rasa prints a wall of text."""

from __future__ import annotations

from pathlib import Path

import yaml

from launcher.model_inputs import ROOT


def yaml_files(root: Path = ROOT) -> list[Path]:
    files = [root / "config.yml", root / "domain.yml"]
    files += sorted((root / "data").rglob("*.yml"))
    return files


def first_yaml_error(root: Path = ROOT) -> str | None:
    """Return one line naming the first broken file and line, or None when all parse."""
    for path in yaml_files(root):
        rel = path.relative_to(root)
        if not path.exists():
            return f"{rel}: file is missing"
        try:
            content = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.MarkedYAMLError as err:
            mark = err.problem_mark
            where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "?"
            return f"{rel}: {where}: {err.problem or err.context}"
        except (yaml.YAMLError, UnicodeDecodeError) as err:
            return f"{rel}: {str(err).splitlines()[0]}"
        if path.name in ("config.yml", "domain.yml") and not isinstance(content, dict):
            return f"{rel}: expected a YAML mapping at the top level"
    return None
