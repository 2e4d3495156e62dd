"""De facto adoption, foreign guardianship or adoption (seed 000)."""

from tests.eligibility.case_helpers import RECOGNISED, advice_ids, condition, doc_ids, run


def adopted(relationship="adopted_child", status="refugee", **facts):
    return run(status, relationship, sponsor=RECOGNISED, **facts)


def test_foreign_adoption_recognised_by_fca__right_as_a_child():
    r = adopted(
        age=10, legal_bond_recognised=True, custody="sole", relationship_predates_arrival=True
    )
    assert r["route"] == "family_reunification"
    assert condition(r, "legal_bond_recognised")["met"] is True
    assert "adoption_recognition" in doc_ids(r)
    assert "birth_certificate" not in doc_ids(r)


def test_foreign_guardianship_confirmed_by_belgian_court__right_as_a_child():
    r = adopted("foster_child", age=10, legal_bond_recognised=True, custody="sole")
    assert r["route"] == "family_reunification"


def test_de_facto_adopted_child_no_legal_bond__no_right_humanitarian_high_burden_of_proof():
    r = adopted("foster_child", age=10, legal_bond_recognised=False)
    assert r["route"] == "humanitarian_visa"
    assert r["humanitarian_chance"] == "low"
    assert "adoption_get_recognition" in advice_ids(r)
    assert {"family_ties_proof", "no_other_carer_proof"} <= set(doc_ids(r))


def test_unrecognised_foreign_adoption_act__add_the_foreign_act():
    r = adopted(age=10, legal_bond_recognised=False)
    assert "foreign_guardianship_or_adoption_act" in doc_ids(r)


def test_adoption_recognition_unknown__asked():
    r = adopted(age=10)
    assert r["route"] == "unknown"
    assert r["missing_facts"] == ["applicant.legal_bond_recognised"]


def test_recognised_adopted_child_of_belgian__art_40ter_descendant():
    r = adopted(status="belgian", age=10, legal_bond_recognised=True, custody="sole")
    assert r["route"] == "family_reunification"
    assert "art. 40ter, §2, Vreemdelingenwet 15.12.1980" in r["legal_basis"]


def test_recognised_adopted_adult_child__adult_child_rules():
    r = adopted(age=25, legal_bond_recognised=True, disabled=True, married=False)
    assert r["legal_basis"] == ["art. 10, §1, 6°, Vreemdelingenwet 15.12.1980"]
