"""Texts from the reader's position (issue 13): every catalogue entry for every relationship,
role and pronoun, and the wrong texts of the issue made impossible."""

import re

import pytest

from eligibility import Reader, assess, messages
from eligibility.reader import Voice
from eligibility.validation import RELATIONSHIPS
from tests.eligibility.case_helpers import RECOGNISED, case

ROLES = ("sponsor", "applicant", "helper")
PRONOUNS = ("hij", "zij", None)
FORBIDDEN = ("hij of zij", "zijn of haar", "Hij of zij", "Zijn of haar")


def _all_entries():
    entries = [
        (f"{name}:{key}", message)
        for name, catalogue in messages.CATALOGUES.items()
        for key, message in catalogue.items()
    ]
    entries += [("fees:True", messages.FEES[True]), ("fees:False", messages.FEES[False])]
    entries += [("disclaimer", messages.DISCLAIMER), ("fee_belgian", messages.FEE_DUE_BELGIAN)]
    return entries


ENTRIES = _all_entries()


@pytest.mark.parametrize("relationship", RELATIONSHIPS)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("pronoun", PRONOUNS)
def test_every_entry_renders_for_every_relationship_role_and_pronoun(relationship, role, pronoun):
    voice = Voice(Reader(role=role, pronoun=pronoun), relationship)
    for entry, message in ENTRIES:
        text = messages.text(message, voice, **messages.CASE_VALUE_EXAMPLES)
        assert "{" not in text and "}" not in text, (entry, text)
        for bad in FORBIDDEN:
            assert bad not in text, (entry, text)
        assert text[0].isupper() or text[0].isdigit(), (entry, text)
        assert "  " not in text, (entry, text)
        if role == "sponsor":
            assert "je familielid in België" not in text, (entry, text)
            assert "gezinshereniger" not in text, (entry, text)
            assert "de Belg " not in text, (entry, text)


@pytest.mark.parametrize("relative", ["zoon", "vrouw", "mama", "stiefdochter", "mijn papa"])
def test_the_readers_own_word_is_used(relative):
    voice = Voice(Reader(relative=relative), "child")
    word = relative.removeprefix("mijn ")
    text = messages.text(messages.CONDITIONS["child_under_18"], voice)
    assert text == f"Je {word} is jonger dan 18 jaar."


def test_every_sentence_starts_with_a_capital():
    voice = Voice(Reader(role="helper"), "child")
    for entry, message in ENTRIES:
        for sentence in re.split(
            r"(?<=[.?!])\s+", messages.text(message, voice, **messages.CASE_VALUE_EXAMPLES)
        ):
            assert sentence[:1].isupper() or sentence[:1].isdigit() or sentence[:1] in "('", (
                entry,
                sentence,
            )


def test_after_a_colon_the_sentence_goes_on_in_lower_case():
    """Dutch writes on in lower case after a colon inside a sentence: "Je hoeft dit niet te
    bewijzen: je zoon is minderjarig", never ": Je zoon" or ": Jullie woonden" (stop 24's
    open point)."""
    voice = Voice(Reader(role="sponsor", relative="zoon", pronoun="hij"), "child")
    for entry, message in ENTRIES:
        text = messages.text(message, voice, **messages.CASE_VALUE_EXAMPLES)
        for bad in (": Je ", ": Jullie ", ": Hij ", ": Zij "):
            assert bad not in text, (entry, text)
    stable = messages.text(messages.CONDITIONS["stable_relationship"], Voice(Reader(), "partner"))
    assert ": jullie woonden" in stable, stable


def _father_of_son(**extra):
    return case(relationship="child", age=15, sponsor={**RECOGNISED, "age": 41}, **extra)


def _texts(result):
    parts = [result["summary"], result["route_text"], result["fee"]["text"]]
    for key in ("conditions", "documents", "advice", "deadlines"):
        parts += [item["text"] for item in result[key]]
    parts += [c["why"] for c in result["conditions"] if c["why"]]
    if result["chance"]:
        parts.append(result["chance"]["text"])
    return parts


def test_father_about_his_son_gets_de_geboorteakte_van_je_zoon():
    r = assess(_father_of_son(custody="shared"), reader=Reader(relative="zoon", pronoun="hij"))
    docs = {d["id"]: d["text"] for d in r["documents"]}
    assert docs["birth_certificate"].startswith("De geboorteakte van je zoon.")
    assert "van de andere ouder van je zoon" in docs["other_parent_consent_proof"]
    assert "die jou erkent" in docs["sponsor_protection_decision"]
    conditions = {c["id"]: c["text"] for c in r["conditions"]}
    assert conditions["child_under_18"] == "Je zoon is jonger dan 18 jaar."
    for text in _texts(r):
        assert not text.startswith("Je geboorteakte"), text
        assert "je andere ouder" not in text, text
        assert "je familielid" not in text, text
        assert "Je bent jonger" not in text, text


def test_mother_is_not_called_je_ouder_in_belgie():
    r = assess(_father_of_son(custody="sole"), reader=Reader(relative="zoon"))
    custody = [c for c in r["conditions"] if c["id"] == "custody"][0]["text"]
    assert custody.startswith("Het hoederecht over je zoon moet bij jou of bij je partner liggen.")
    assert "Je ouder in België" not in " ".join(_texts(r))


def test_disability_question_uses_the_pronoun_never_hij_of_zij():
    voice = Voice(Reader(relative="zoon", pronoun="hij"), "child")
    text = messages.text(messages.CONDITIONS["disabled_cannot_provide"], voice)
    assert text.startswith(
        "Je zoon heeft een handicap. Daardoor kan hij niet voor zichzelf zorgen."
    )
    unknown = Voice(Reader(), "child")
    assert messages.text(messages.CONDITIONS["disabled_cannot_provide"], unknown).startswith(
        "Je kind heeft een handicap. Daardoor kan je kind niet voor zichzelf zorgen."
    )


def test_the_interviewed_refugee_reads_wat_je_vertelde():
    r = assess(case(relationship="partner", sponsor=RECOGNISED), reader=Reader(relative="vrouw"))
    doc = [d for d in r["documents"] if d["id"] == "asylum_file_statements"][0]["text"]
    assert doc == "Wat je over jullie relatie vertelde in het asielgesprek bij het CGVS."


def test_applicant_reads_about_themselves_and_their_father():
    r = assess(_father_of_son(custody="shared"), reader=Reader(role="applicant", sponsor="vader"))
    docs = {d["id"]: d["text"] for d in r["documents"]}
    assert docs["birth_certificate"].startswith("Je geboorteakte.")
    assert "van je andere ouder" in docs["other_parent_consent_proof"]
    assert "die je vader erkent" in docs["sponsor_protection_decision"]
    conditions = {c["id"]: c["text"] for c in r["conditions"]}
    assert conditions["child_under_18"] == "Je bent jonger dan 18 jaar."


def test_helper_reads_je_client_and_the_relative_of_the_client():
    r = assess(_father_of_son(custody="sole"), reader=Reader(role="helper", relative="zoon"))
    conditions = {c["id"]: c["text"] for c in r["conditions"]}
    assert conditions["child_under_18"] == "De zoon van je cliënt is jonger dan 18 jaar."
    assert conditions["sponsor_protected_status"].startswith("Je cliënt is erkend vluchteling")


def test_exemption_why_for_the_refugee_within_12_months():
    r = assess(
        _father_of_son(common_child=True, relationship_predates_arrival=True),
        reader=Reader(relative="zoon"),
    )
    means = [c for c in r["conditions"] if c["id"] == "means_of_subsistence"][0]
    assert means["why"] == (
        "Je hoeft dit niet te bewijzen, als de aanvraag binnen 12 maanden na de erkenning gebeurt."
    )


def test_default_reader_is_the_sponsor_with_a_neutral_word():
    r = assess(_father_of_son(custody="sole"))
    conditions = {c["id"]: c["text"] for c in r["conditions"]}
    assert conditions["child_under_18"] == "Je kind is jonger dan 18 jaar."


def test_reader_rejects_an_unknown_role_or_pronoun():
    with pytest.raises(ValueError):
        Reader(role="lawyer")
    with pytest.raises(ValueError):
        Reader(pronoun="hij of zij")


def test_a_helper_reads_het_kind_van_je_client_and_de_zoon_van_je_client():
    """Panel 3, b3-10: "de kind van je cliënt" is no Dutch; het-nouns (kind, kleinkind,
    familielid) and diminutives (meisje, zoontje) take "het", the others "de"."""
    child = Voice(Reader(role="helper"), "child")
    assert messages.text(messages.CONDITIONS["child_under_18"], child) == (
        "Het kind van je cliënt is jonger dan 18 jaar."
    )
    for word, expected in (
        ("meisje", "het meisje"),
        ("zoontje", "het zoontje"),
        ("familielid", "het familielid"),
        ("zoon", "de zoon"),
        ("vrouw", "de vrouw"),
        ("broer", "de broer"),
    ):
        voice = Voice(Reader(role="helper", relative=word), "child")
        assert voice.rel_noun == f"{expected} van je cliënt", word
    other = Voice(Reader(role="helper"), None)
    assert other.rel_noun == "het familielid van je cliënt"


def test_ten_laste_van_jou_of_van_je_vrouw_when_the_partner_is_known_as_the_wife():
    """Panel 3, a1-M1: seed 003 "ten laste zijn van de gezinshereniger, zijn echtgenoot of zijn
    partner", in the reader's own word for the partner when known; else "je partner"."""
    dependency = messages.DOCUMENTS["dependency_proof"]
    wife = Voice(Reader(relative="dochter", partner="vrouw"), "child")
    assert messages.text(dependency, wife) == (
        "Een bewijs dat je dochter ten laste is van jou of van je vrouw."
    )
    helper = Voice(Reader(role="helper", relative="zoon", partner="vrouw"), "child")
    assert "ten laste is van je cliënt of van de vrouw van je cliënt" in messages.text(
        dependency, helper
    )
    unknown = Voice(Reader(relative="dochter"), "child")
    assert messages.text(dependency, unknown).endswith("van jou of van je partner.")


def test_the_new_panel_3_texts_read_well_when_the_relative_reads():
    """The relative abroad reads "je": no inversion of a verb other than zijn/hebben."""
    me = Voice(Reader(role="applicant", sponsor="vader"), "child")
    assert messages.text(messages.DOCUMENTS["no_other_carer_proof@minor_child"], me).startswith(
        "Als je niet samen met een ouder naar België reist, toon dan aan"
    )
    assert messages.text(messages.DOCUMENTS["unmarried_proof"], me) == (
        "Als je oud genoeg bent om te trouwen: een bewijs dat je niet getrouwd bent."
    )
    sibling = Voice(Reader(role="applicant"), "sibling")
    assert messages.text(messages.CONDITIONS["sibling_applies_with_parents"], sibling) == (
        "Je dient de aanvraag in op hetzelfde moment als de aanvraag gezinshereniging van de "
        "ouders."
    )
