"""Relationship rules: one small function per relationship or situation.

`decide` picks the rule for the sponsor's status and the applicant's relationship. Every rule
returns an `Outcome`; sponsor-level modules (favourable conditions, fees, deadlines, documents)
complete it.
"""

from __future__ import annotations

from eligibility.outcome import Facts, Outcome, unknown
from eligibility.rules import (
    adoption,
    asylum_seeker,
    belgian_descendant,
    child,
    de_facto_partner,
    eu_citizen,
    other_relative,
    parents,
    registered_partner,
    sibling,
    spouse,
    temporary_stay,
)


def decide(f: Facts) -> Outcome:
    """Choose the rule; with the sponsor's status or the relationship unknown, ask for it."""
    missing = [
        path
        for path, value in (
            ("sponsor.status", f.status),
            ("applicant.relationship", f.relationship),
        )
        if value is None
    ]
    if missing:
        return unknown(*missing)
    if f.status == "asylum_seeker":
        return asylum_seeker.assess_asylum_seeker(f)
    if f.status == "temporary_stay":
        return temporary_stay.assess_temporary_stay(f)
    if f.status == "eu_citizen":
        return eu_citizen.assess_eu_family_member(f)
    rel = f.relationship
    if rel == "spouse":
        return spouse.assess_spouse(f)
    if rel == "registered_partner":
        return registered_partner.assess_registered_partner(f)
    if rel == "partner":
        return de_facto_partner.assess_de_facto_partner(f)
    if rel in ("child", "stepchild"):
        return child.assess_child(f)
    if rel in ("adopted_child", "foster_child"):
        return adoption.assess_adoption(f)
    if rel == "grandchild" and f.belgian:
        return belgian_descendant.assess_belgian_descendant(f)
    if rel == "parent":
        return parents.assess_parent(f)
    if rel == "sibling":
        return sibling.assess_sibling(f)
    return other_relative.assess_other_relative(f)
