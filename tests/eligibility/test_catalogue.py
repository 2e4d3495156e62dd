"""Law as data and the Dutch message catalogue."""

import ast
import re
from datetime import date
from pathlib import Path

from eligibility import messages, parameters
from eligibility.parameters import EQUIVALENT_PARTNERSHIP_COUNTRIES, Parameter

PACKAGE = Path(__file__).resolve().parents[2] / "eligibility"


def test_every_parameter_has_value_reference_and_since():
    params = [v for v in vars(parameters).values() if isinstance(v, Parameter)]
    assert len(params) >= 20
    for p in params:
        assert p.reference and isinstance(p.since, date)


def test_parameter_values_from_the_sources():
    assert parameters.PRIVATE_INSURANCE_MIN_EUR.value == 30000
    assert parameters.PRIVATE_INSURANCE_MIN_MONTHS.value == 3
    assert parameters.ADMINISTRATIVE_FINE_EUR.value == 200
    assert parameters.FAVOURABLE_PERIOD_MONTHS.value == 12
    assert parameters.PARENT_FEE_EXEMPTION_MONTHS.value == 3
    assert (parameters.STABLE_MEETINGS_MIN.value, parameters.STABLE_MEETINGS_TOTAL_DAYS.value) == (
        3,
        45,
    )
    assert [c[1] for c in EQUIVALENT_PARTNERSHIP_COUNTRIES.value] == [
        "Denemarken",
        "Duitsland",
        "Finland",
        "IJsland",
        "Noorwegen",
        "Verenigd Koninkrijk",
        "Zweden",
    ]
    assert EQUIVALENT_PARTNERSHIP_COUNTRIES.reference == "art. 12, KB 17.5.2007"


def test_every_message_has_dutch_text_and_source():
    for name, catalogue in messages.CATALOGUES.items():
        for key, msg in catalogue.items():
            assert msg.text.strip() and msg.source.strip(), (name, key)
            assert not re.search(r"\bu\b|\buw\b", msg.text), (name, key)  # je-form


def _string_ids_used(module_dir: Path) -> set[str]:
    found = set()
    for path in module_dir.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def test_every_summary_id_used_by_the_rules_is_in_the_catalogue():
    used = {s for s in _string_ids_used(PACKAGE / "rules") if s.startswith("summary.")}
    assert used and used <= set(messages.SUMMARIES)


def test_rule_modules_quote_the_sources_in_docstrings():
    for path in (PACKAGE / "rules").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                doc = ast.get_docstring(node)
                assert doc, f"{path.name}:{node.name} has no docstring"


def test_pure_law_no_rasa_no_clock_in_rules():
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import rasa" not in text and "from rasa" not in text, path
        if path.name not in ("cli.py", "__main__.py"):
            assert "date.today" not in text and "datetime.now" not in text, path
            assert "open(" not in text, path
