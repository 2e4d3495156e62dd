"""Document checklists per case (seeds 002, 003, 004): only what the case needs."""

from tests.eligibility.case_helpers import advice_ids, doc_ids, run

REC = {"age": 40, "recognition_date": "2025-03-03"}


def child(**facts):
    base = {"age": 10, "custody": "sole", "relationship_predates_arrival": True}
    return run("refugee", "child", sponsor=REC, **{**base, **facts})


def test_waived_condition_asks_no_document__within_12_months_no_means_housing_insurance():
    r = child()
    assert not {"means_proof", "housing_proof", "health_insurance_proof"} & set(doc_ids(r))


def test_fee_payment_proof_only_when_a_fee_is_due():
    assert "fee_payment_proof" not in doc_ids(child())
    r = run("third_country_national", "child", sponsor=REC, age=10, custody="sole")
    assert "fee_payment_proof" in doc_ids(r)


def test_every_document_has_text_and_legal_source():
    r = child()
    assert r["documents"]
    for d in r["documents"]:
        assert d["text"] and d["source"]
        assert d["source"] in r["citations"]


def test_minimum_file_documents__form_identity_sponsor_status():
    ids = doc_ids(child())
    assert ids[0] == "visa_application_form"
    assert {"travel_document_protected", "sponsor_protection_decision"} <= set(ids)


def test_no_travel_document__identity_by_other_evidence_laissez_passer_fingerprints():
    r = child(has_travel_document=False)
    assert "identity_other_evidence" in doc_ids(r)
    assert "travel_document" not in doc_ids(r)
    assert {"laissez_passer", "fingerprints"} <= set(advice_ids(r))


def test_third_country_national_without_travel_document__passport_still_required():
    r = run(
        "third_country_national",
        "child",
        sponsor=REC,
        age=10,
        custody="sole",
        has_travel_document=False,
    )
    assert "travel_document" in doc_ids(r)
    assert "fingerprints" in advice_ids(r)


def test_public_health_medical_certificate_for_art_10_family_reunification():
    assert "public_health_certificate" in doc_ids(child())
    assert "public_health_certificate" not in doc_ids(run("belgian", "child", age=10))


def test_unmarried_proof_for_children_old_enough_to_marry():
    assert "unmarried_proof" in doc_ids(child(age=16))


def test_dependency_proof_for_minor_child_of_protected_sponsor():
    assert "dependency_proof" in doc_ids(child())


def test_legalisation_apostille_sworn_translation_german_english_french_dutch_exempt():
    r = child()
    text = [d for d in r["documents"] if d["id"] == "legalisation_and_translation"][0]["text"]
    for language in ("Nederlands", "Frans", "Duits", "Engels"):
        assert language in text
    assert "apostille" in text and "beëdigd vertaler" in text


def test_no_documents_when_route_unknown():
    assert run("refugee", "child", sponsor=REC)["documents"] == []


def test_humanitarian_file__official_documents_plus_evidence_of_dependency_and_reports():
    r = run(
        "refugee",
        "sibling",
        sponsor=REC,
        age=30,
        parents_also_applying=False,
        parents_deceased_or_missing=True,
    )
    ids = doc_ids(r)
    assert ids[0] == "visa_application_form_humanitarian"
    assert {
        "dependency_evidence",
        "no_other_carer_proof",
        "international_organisation_report",
        "individual_situation_evidence",
        "family_link_proof",
    } <= set(ids)


def test_documents_are_not_repeated():
    ids = doc_ids(child(official_documents_available=False, has_travel_document=False))
    assert len(ids) == len(set(ids))
