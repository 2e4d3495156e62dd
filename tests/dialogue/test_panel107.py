"""Findings left open after panel round 107 and of the rounds of stop 44, each named by the
user's words or the seed sentence."""

from dialogue.reading import read
from tests.dialogue.chat import parse


def test_voor_ons_is_ze_onze_dochter_maar_op_papier_mijn_nicht__the_niece_is_told():
    """Seed 001: "neven ... en andere familieleden kunnen u niet in België komen vervoegen via
    gezinshereniging"; "voor ons is ze onze dochter" of a niece in kafala is a likeness, and "op
    papier is ze mijn nicht" is who she is (panel 107, l3: a daughter with a right)."""
    reading = read(
        parse(
            "voor ons is ze onze [dochter](relationship:child), maar op papier is ze mijn "
            "[nicht](relationship:other_relative)"
        )  # fmt: skip
    )
    assert [(m.relationship, m.context) for m in reading.mentions] == [
        ("child", "negated"),
        ("other_relative", None),
    ]
    for likeness in (
        "ze is voor ons gewoon onze [dochter](relationship:child)",
        "we zien haar als onze [dochter](relationship:child)",
    ):
        assert read(parse(likeness)).mentions[0].context == "negated", likeness
    assert read(parse("ze is mijn [dochter](relationship:child)")).mentions[0].context is None
