"""Siblings of an unaccompanied minor with international protection (seed 000), and others."""

import pytest

from tests.eligibility.case_helpers import advice_ids, doc_ids, run

NBMV = {"age": 16, "unaccompanied_minor": True, "recognition_date": "2025-11-10"}


def sibling(age=12, sponsor=NBMV, status="refugee", **facts):
    return run(status, "sibling", sponsor=sponsor, age=age, **facts)


def test_siblings_excluded_from_art_10__humanitarian_only():
    r = sibling(parents_also_applying=True, half_or_step_sibling=False)
    assert r["route"] == "humanitarian_visa"
    assert r["legal_basis"] == ["art. 9 en 13, Vreemdelingenwet 15.12.1980"]


def test_minor_sibling_with_parents_applying_at_same_time__veel_kans_op_slagen_high():
    r = sibling(parents_also_applying=True, half_or_step_sibling=False)
    assert r["humanitarian_chance"] == "high"
    assert "apply_with_parents" in advice_ids(r)
    assert r["missing_facts"] == []


def test_minor_half_sibling_whose_own_parent_does_not_apply__extra_elements_medium():
    r = sibling(parents_also_applying=True, half_or_step_sibling=True, own_parent_applying=False)
    assert r["humanitarian_chance"] == "medium"
    assert "half_sibling_extra_elements" in advice_ids(r)


def test_minor_half_sibling_whose_own_parent_applies__high():
    r = sibling(parents_also_applying=True, half_or_step_sibling=True, own_parent_applying=True)
    assert r["humanitarian_chance"] == "high"


@pytest.mark.parametrize("age,chance", [(17, "high"), (18, "medium")])
def test_adult_sibling_with_parents_applying__higher_burden_of_proof(age, chance):
    r = sibling(age=age, parents_also_applying=True, half_or_step_sibling=False)
    assert r["humanitarian_chance"] == chance


def test_adult_sibling__must_show_still_dependent_on_parents():
    r = sibling(age=20, parents_also_applying=True)
    assert "dependency_on_parents_proof" in doc_ids(r)
    assert "adult_sibling_strengthen" in advice_ids(r)


def test_minor_sibling_parents_deceased_or_missing__much_lower_chance_low():
    r = sibling(parents_also_applying=False, parents_deceased_or_missing=True)
    assert r["humanitarian_chance"] == "low"
    assert "parents_death_or_disappearance_proof" in doc_ids(r)


def test_minor_sibling_parents_alive_not_coming__particularly_difficult_very_low():
    r = sibling(parents_also_applying=False, parents_deceased_or_missing=False)
    assert r["humanitarian_chance"] == "very_low"
    assert sibling(parents_alive_not_coming=True)["humanitarian_chance"] == "very_low"


def test_adult_sibling_parents_not_coming__very_low():
    r = sibling(age=22, parents_also_applying=False, parents_deceased_or_missing=True)
    assert r["humanitarian_chance"] == "very_low"


def test_sibling_parents_applying_unknown__asked_and_least_favourable_chance():
    r = sibling()
    assert r["missing_facts"] == ["applicant.parents_also_applying"]
    assert r["humanitarian_chance"] == "very_low"


def test_sibling_fee_due__adult_siblings_of_minor_protected_pay_retribution():
    r = sibling(age=20, parents_also_applying=True)
    assert r["fee_exempt"] is False
    assert "fee_payment_proof" in doc_ids(r)


def test_sibling_of_adult_sponsor__other_relative_low():
    r = sibling(sponsor={"age": 30, "unaccompanied_minor": False, "recognition_date": "2025-11-10"})
    assert r["humanitarian_chance"] == "low"


def test_sibling_of_protected_sponsor__whether_unaccompanied_minor_is_asked():
    r = sibling(sponsor={"age": 16, "recognition_date": "2025-11-10"})
    assert "sponsor.unaccompanied_minor" in r["missing_facts"]


def test_sibling_may_refer_to_statements_in_asylum_file_of_nbmv():
    assert "asylum_file_statements" in advice_ids(sibling(parents_also_applying=True))


FORMER_NBMV = {"age": 19, "unaccompanied_minor": True, "minor_at_asylum_application": True,
               "recognition_date": "2026-03-10"}  # fmt: skip


def test_er_kan_niet_verwacht_worden_dat_jij_als_minderjarige_alleen_zou_achterblijven():
    """Seed 000: "Er kan immers niet verwacht worden dat jij als minderjarige alleen zou
    achterblijven zonder je ouders". A sister of 12 who comes with her mother, whose right has
    ended, is not a sister whose parents do not come ("bijzonder moeilijk als de ouders nog
    leven"; panel 47, g4): her request goes with her mother's. An adult brother in the same
    family stays with seed 000's adult siblings."""
    later = {"application_date": "2026-12-06"}
    sister = sibling(age=12, sponsor=FORMER_NBMV, parents_also_applying=True, **later)
    brother = sibling(age=20, sponsor=FORMER_NBMV, parents_also_applying=True, **later)
    assert sister["chance"]["situation"] == "sibling_minor_parent_humanitarian"
    assert sister["humanitarian_chance"] == "low"
    assert "apply_with_parent_humanitarian" in advice_ids(sister)
    assert "no_other_carer_proof" not in doc_ids(sister)
    assert brother["chance"]["situation"] != "sibling_minor_parent_humanitarian"


def test_jongvolwassen_broer_of_zus__gelijktijdig_met_de_aanvraag_gezinshereniging_van_je_ouders():
    """Seed 000: "Ook als jongvolwassen meerderjarige broer of zus ... De bewijslast ligt hier
    wel hoger. Ook hierbij is het belangrijk dat je jouw aanvraag gelijktijdig indient met de
    aanvraag gezinshereniging van je ouder(s)". Beside parents with a right (a sponsor of 16):
    that section. Beside a mother who asks a humanitarian visa herself (the sponsor is 19, her
    right ended): very low, the request with hers, and not "Als de ouders niet meekomen"
    (panel 83, i4), nor that the parents cannot care for her."""
    later = {"application_date": "2026-12-06"}
    minor_sponsor = {**FORMER_NBMV, "age": 16}
    with_right = sibling(age=20, sponsor=minor_sponsor, parents_also_applying=True, **later)
    assert with_right["chance"]["situation"] == "sibling_adult_parents_applying"
    without = sibling(age=20, sponsor=FORMER_NBMV, parents_also_applying=True, **later)
    assert without["chance"]["situation"] == "sibling_adult_parent_humanitarian"
    assert without["humanitarian_chance"] == "very_low"
    assert {"apply_with_parent_humanitarian_adult", "adult_sibling_strengthen"} <= set(
        advice_ids(without)
    )
    assert "sibling_parents_cannot_care" not in advice_ids(without)


def test_het_niet_jouw_biologische_ouder_is_die_aanvraagt__own_parent_known_half_not_asked():
    """Seed 000: extra humanitarian elements "wanneer je een minderjarige half- of stiefbroer
    of -zus bent ... en het niet jouw biologische ouder is die tegelijkertijd gezinshereniging
    ... aanvraagt". With her own parent applying, whether she is a half-sister does not matter
    and is not asked (panel 85, l4: the mother who writes was asked whether her son of 8 is a
    half-brother); without it, it is."""
    own = sibling(parents_also_applying=True, own_parent_applying=True)
    assert own["chance"]["situation"] == "sibling_minor_parents_applying"
    assert "applicant.half_or_step_sibling" not in own["missing_facts"]
    unknown_parent = sibling(parents_also_applying=True)
    assert "applicant.half_or_step_sibling" in unknown_parent["missing_facts"]
