"""The document that proves a sole custody."""

from __future__ import annotations

from eligibility.outcome import Facts


def sole_custody_document(f: Facts) -> str:
    """The judgment that gives the sole custody (seed 001: "een kopie van het vonnis
    voorleggen dat u het exclusief recht van bewaring toekent"); when the user said there is
    none, what stands in for it (seed 004, a Belgian's family; panel 33, a2: "er is geen
    vonnis, de vader is onbekend" still asked the judgment)."""
    if f.applicant("other_parent_deceased"):  # "De biologische vader van Rima is overleden
        return "custody_other_parent_died"  # ... er is geen vonnis" (panel 60, h12)
    if f.applicant("custody_judgment") is False:
        return "custody_without_judgment_proof"
    return "custody_sole_judgment"
