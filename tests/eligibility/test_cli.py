"""Command line `python -m eligibility assess|explain FILE|-` and input validation."""

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from eligibility import ValidationError, assess, validate_case
from eligibility.cli import main
from tests.eligibility.case_helpers import case

ROOT = Path(__file__).resolve().parents[2]
CONTRACT_KEYS = {
    "route",
    "legal_basis",
    "humanitarian_chance",
    "favourable_conditions",
    "exempt_from",
    "fee_exempt",
    "deadlines",
    "conditions",
    "documents",
    "missing_facts",
    "citations",
}


def cli(*args, stdin=""):
    return subprocess.run(
        [sys.executable, "-m", "eligibility", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_assess_prints_contract_json_and_exits_0(tmp_path):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case(age=10, custody="sole")), encoding="utf-8")
    done = cli("assess", str(path))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert CONTRACT_KEYS <= set(result)
    assert "ë" in done.stdout or "é" in done.stdout  # ensure_ascii=False
    assert done.stdout.startswith("{\n  ")


def test_assess_reads_standard_input():
    done = cli("assess", "-", stdin=json.dumps(case(age=10)))
    assert done.returncode == 0
    assert json.loads(done.stdout)["route"] == "family_reunification"


def test_explain_prints_readable_dutch_with_disclaimer():
    done = cli("explain", "-", stdin=json.dumps(case(age=10, custody="sole")))
    assert done.returncode == 0
    assert "Route: Gezinshereniging" in done.stdout
    assert "Documenten (checklist):" in done.stdout
    assert "geen juridisch advies" in done.stdout
    assert "Bronnen:" in done.stdout


@pytest.mark.parametrize(
    "stdin,field",
    [
        ("{not json", "input"),
        (json.dumps({"applicant": {"relationship": "cousin"}}), "applicant.relationship"),
        (json.dumps({"sponsor": {"recognition_date": "2025-02-30"}}), "sponsor.recognition_date"),
        (json.dumps({"applicant": {"age": -1}}), "applicant.age"),
    ],
)
def test_invalid_input_exits_2_with_one_line_naming_the_field(stdin, field):
    done = cli("assess", "-", stdin=stdin)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {field}")
    assert "Traceback" not in done.stderr


def test_missing_file_exits_2_without_traceback():
    done = cli("assess", "/nonexistent/case.json")
    assert done.returncode == 2
    assert done.stderr.splitlines() == ["error: /nonexistent/case.json: file not found"]


def test_negative_age_message():
    err = io.StringIO()
    code = main(
        ["assess", "-"],
        stdin=io.StringIO('{"applicant": {"age": -3}}'),
        stderr=err,
        stdout=io.StringIO(),
    )
    assert code == 2
    assert err.getvalue() == "error: applicant.age: must be a whole number between 0 and 130\n"


def test_bad_usage_exits_2():
    err = io.StringIO()
    assert main(["judge", "-"], stderr=err, stdout=io.StringIO()) == 2
    assert len(err.getvalue().splitlines()) == 1


def test_cli_defaults_application_date_to_today():
    out = io.StringIO()
    no_date = case(application_date=None, age=10)
    assert main(["assess", "-"], stdin=io.StringIO(json.dumps(no_date)), stdout=out) == 0
    assert json.loads(out.getvalue())["application_date"] == date.today().isoformat()


def test_api_requires_an_application_date():
    with pytest.raises(ValidationError) as error:
        assess(case(application_date=None, age=10))
    assert error.value.field == "application_date"
    assert assess(case(application_date=None, age=10), date(2026, 1, 15))["route"]


def test_api_argument_overrides_case_date():
    r = assess(case(age=10, sponsor={"recognition_date": "2025-03-03"}), date(2026, 3, 4))
    assert r["application_date"] == "2026-03-04"


@pytest.mark.parametrize(
    "bad,field",
    [
        ({"applicant": {"age": 1.5}}, "applicant.age"),
        ({"applicant": {"age": 131}}, "applicant.age"),
        ({"applicant": {"age": "17"}}, "applicant.age"),
        ({"applicant": {"age": True}}, "applicant.age"),
        ({"applicant": {"married": "no"}}, "applicant.married"),
        ({"applicant": {"custody": "joint"}}, "applicant.custody"),
        ({"sponsor": {"status": "citizen"}}, "sponsor.status"),
        ({"sponsor": {"hobby": "x"}}, "sponsor.hobby"),
        ({"extra": 1}, "extra"),
        ({"sponsor": []}, "sponsor"),
        ({"application_date": "2026-13-01"}, "application_date"),
        ({"application_date": "22-11-2026"}, "application_date"),
        ({"sponsor": {"monthly_income": -5}}, "sponsor.monthly_income"),
        ({"applicant": {"partnership_country": ""}}, "applicant.partnership_country"),
    ],
)
def test_validation_names_the_dotted_field(bad, field):
    with pytest.raises(ValidationError) as error:
        validate_case(bad)
    assert error.value.field == field


def test_recognition_after_application_date_is_impossible():
    with pytest.raises(ValidationError) as error:
        assess(case(sponsor={"recognition_date": "2026-02-01"}, application_date="2026-01-15"))
    assert error.value.field == "sponsor.recognition_date"


def test_whole_float_age_accepted_as_integer():
    assert validate_case({"applicant": {"age": 17.0}})["applicant"]["age"] == 17


def test_null_means_unknown():
    r = assess(case(age=None))
    assert r["route"] == "unknown" and r["missing_facts"][0] == "applicant.age"
