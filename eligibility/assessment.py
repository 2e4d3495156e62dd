"""Turn the facts of a case into the contract output (CONTRACT.md section 4)."""

from __future__ import annotations

from datetime import date
from typing import Any

from eligibility import messages as M
from eligibility.chances import chance_for
from eligibility.deadlines import deadlines
from eligibility.derive import derive
from eligibility.documents import checklist
from eligibility.favourable_conditions import MATERIAL
from eligibility.favourable_conditions import evaluate as evaluate_material
from eligibility.fees import fee_exempt
from eligibility.outcome import (
    FAMILY_REUNIFICATION,
    HUMANITARIAN_VISA,
    NOT_POSSIBLE,
    Condition,
    Facts,
    Outcome,
)
from eligibility.procedure import procedural_advice, processing_office, visa_code
from eligibility.reader import Reader, Voice
from eligibility.rules import decide
from eligibility.validation import ORDER, ValidationError, check_dates_against, validate_case


def _ordered(paths: list[str]) -> list[str]:
    unique = list(dict.fromkeys(paths))
    return sorted(unique, key=lambda p: ORDER.get(p, len(ORDER)))


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


# conditions the user's "ja" does not settle: DVZ wants them proven with documents (seed 004
# "In de praktijk vraagt de DVZ de volgende bewijzen"; panel 14, b5: a tick beside the list)
PROVEN_BY_DOCUMENTS = frozenset({"child_dependent", "belgian_descendant_dependent"})


def condition_state(c: Condition) -> str:
    """met | not_met | exempt | to_prove. Means, housing and insurance are never `met`: the
    module does not check them, the sponsor proves them with documents; nor is being
    dependent (PROVEN_BY_DOCUMENTS)."""
    if c.waived:
        return "exempt"
    if c.met is False:
        return "not_met"
    if c.met is True and c.id not in MATERIAL and c.id not in PROVEN_BY_DOCUMENTS:
        return "met"
    return "to_prove"


CHILDREN = ("child", "stepchild", "adopted_child", "foster_child")


_STATUS_TAGS = {
    "third_country_national": "third_country",
    "eu_citizen": "eu_citizen",
    "refugee": "refugee",
    "subsidiary_protection": "subsidiary_protection",
}


def _status_tag(f: Facts, outcome: Outcome) -> list[str]:
    """The sponsor's status as a variant (a protected sponsor's said as known); an EU
    citizen's only for the art. 40bis route, not for a humanitarian request (review)."""
    tag = _STATUS_TAGS.get(f.status or "")
    if tag is None or tag == "eu_citizen" and outcome.route != FAMILY_REUNIFICATION:
        return []
    return [tag]


def _tags(f: Facts, outcome: Outcome) -> tuple[str, ...]:
    """Catalogue variants that apply to this case (see messages.lookup)."""
    tags = []
    if outcome.route == HUMANITARIAN_VISA:  # the family link of a humanitarian file is DVZ
        tags.append("humanitarian")  # practice, not art. 12bis (panel 24, g2)
    if outcome.kind == "disabled_adult_child":
        tags.append("disabled_adult")
    if outcome.kind == "adult_child":
        tags.append("adult_humanitarian")  # seed 000's adult son or daughter (art. 9 and 13)
    if f.belgian:
        tags.append("belgian")
    status = _status_tag(f, outcome)
    if outcome.route == HUMANITARIAN_VISA:  # "the decision that recognises you" of a
        tags += [f"humanitarian_{t}" for t in status]  # humanitarian file (panel 43, h1)
    tags += status
    tags += _family_tags(f)
    return tuple(tags)


def _family_tags(f: Facts) -> list[str]:
    """Variants by who the relative is to whom: a minor child, a stepchild (the custody is the
    partner's; panel 43, g4), a widowed sponsor (panel 42, g3), no partner, a bond formed
    after the arrival."""
    tags = []
    if f.relationship in CHILDREN and f.applicant_minor():
        tags.append("minor_child")
    if f.relationship == "stepchild":
        tags.append("stepchild")
    if f.sponsor("widowed"):
        tags.append("sponsor_widowed")
    if f.sponsor("married") is False or f.sponsor("widowed"):
        tags.append("sponsor_unmarried")
    if f.applicant("relationship_predates_arrival") is False:
        tags.append("bond_after_arrival")
    return tags


def _for_sponsor(f: Facts, message: M.Message) -> M.Message:
    """A Belgian sponsor's family follows art. 40ter (seed 004), never art. 10."""
    return M.under_40ter(message) if f.belgian else message


def _request_for_reunification(outcome: Outcome) -> bool:
    """The deadlines of a protected sponsor are given for every relative (CONTRACT: "at least
    favourable_conditions_end when a recognition date is known"), but they are the periods of
    "het verzoek tot gezinshereniging" (seed 003): a humanitarian visa alone cites none of
    them ("De vreemdelingenwet en in het bijzonder de artikelen 9 en 13 leggen geen
    voorwaarden vast", seed 001). The soft procedure and a humanitarian visa in second order
    are requests for family reunification."""
    if outcome.route in (HUMANITARIAN_VISA, NOT_POSSIBLE):
        return outcome.soft_procedure or outcome.second_order_humanitarian
    return True


def _fee_message(f: Facts, outcome: Outcome, exempt: bool) -> M.Message:
    """The fee line with its own source: art. 1/1 for a fee that is due (art. 40ter for a
    Belgian's family, seed 004), art. 1/1, §2, 3° for the exemption, seed 000's practice for
    the soft procedure of a religious marriage."""
    if f.belgian and not exempt and outcome.route != HUMANITARIAN_VISA:
        return M.FEE_DUE_BELGIAN  # a humanitarian visa is no art. 40ter request (panel 6, k4)
    if exempt and outcome.soft_procedure:
        return M.FEE_SOFT_PROCEDURE
    if f.status == "eu_citizen" and outcome.route == FAMILY_REUNIFICATION:
        return M.FEE_EU_NOT_IN_SOURCES  # the seeds say nothing of it (panel 36, h5)
    return M.FEES[exempt]


def assess(
    case: dict[str, Any], application_date: date | None = None, reader: Reader | None = None
) -> dict[str, Any]:
    """Assess a case. `application_date` defaults to `case["application_date"]`.

    Every text is written for `reader` (who reads: the sponsor, the applicant or a helper, with
    their word and pronoun for the applicant); `None` is the sponsor reading, with a neutral
    word from the relationship ("je kind", "je familielid").

    Raises ValidationError on invalid input, or when no application date is given at all
    (only the command line defaults to today).
    """
    valid = validate_case(case)
    day = application_date if application_date is not None else valid.get("application_date")
    if day is None:
        raise ValidationError("application_date", "is required (YYYY-MM-DD)")
    if not isinstance(day, date):
        raise ValidationError("application_date", "must be a date")
    check_dates_against(valid, day)
    derived_case, derived_paths = derive(valid, day)
    f = Facts(derived_case, day)

    outcome = decide(f)
    material = evaluate_material(f, outcome)
    exempt = fee_exempt(f, outcome)
    found_deadlines = deadlines(f, outcome)
    document_ids = checklist(f, outcome, material, exempt)
    missing = list(outcome.missing) + material.missing
    advice_ids = _dedupe(outcome.advice + material.advice + procedural_advice(f, outcome, exempt))
    second_order = outcome.second_order_humanitarian or material.second_order

    tags = _tags(f, outcome)
    voice = Voice(reader, f.relationship)

    def say(message: M.Message) -> str:
        return M.text(message, voice)

    def msg(catalogue: dict[str, M.Message], key: str) -> M.Message:
        return _for_sponsor(f, M.lookup(catalogue, key, tags))

    conditions = []
    for c in outcome.conditions + material.conditions:
        m = msg(M.CONDITIONS, c.id)
        conditions.append(
            {
                "id": c.id,
                "met": c.met,
                "waived": c.waived,
                "state": condition_state(c),
                "why": say(M.lookup(M.EXEMPTION_WHY, c.why, tags)) if c.waived and c.why else None,
                "why_id": c.why if c.waived else None,
                "text": say(m),
                "source": m.source,
            }
        )
    documents = []
    for d in document_ids:
        m = msg(M.DOCUMENTS, d)
        documents.append({"id": d, "text": say(m), "source": m.source})
    advice = []
    for a in advice_ids:
        m = msg(M.ADVICE, a)
        advice.append({"id": a, "text": say(m), "source": m.source})
    deadline_items = [
        {
            "id": d.id,
            "date": d.date.isoformat(),
            "passed": d.passed,
            "text": say(M.DEADLINES[d.id]),
            "source": d.source,
        }
        for d in found_deadlines
    ]
    chance = None
    chance_item = None
    if outcome.route == HUMANITARIAN_VISA:
        situation = outcome.chance_situation or "other_relative"
        rule = chance_for(situation)
        chance = rule.level
        chance_item = {
            "situation": outcome.chance_situation,
            "text": f"{say(M.CHANCES[chance])} {say(M.CHANCE_REASONS[situation])}",
            "quote": rule.quote,
            "source": rule.source,
        }
    summary = msg(M.SUMMARIES, outcome.summary)
    office = processing_office(outcome)
    fee_msg = _fee_message(f, outcome, exempt)

    citations = _dedupe(
        outcome.legal_basis
        + [summary.source]
        + [c["source"] for c in conditions]
        + ([chance_item["source"]] if chance_item else [])
        + ([fee_msg.source] if document_ids else [])
        + ([d["source"] for d in deadline_items] if _request_for_reunification(outcome) else [])
        + [d["source"] for d in documents]
        + [a["source"] for a in advice]
    )
    return {
        "route": outcome.route,
        "legal_basis": list(outcome.legal_basis),
        "humanitarian_chance": chance,
        "favourable_conditions": material.favourable,
        "exempt_from": list(material.exempt_from),
        "fee_exempt": exempt,
        "deadlines": deadline_items,
        "conditions": conditions,
        "documents": documents,
        "missing_facts": _ordered(missing),
        "citations": citations,
        # Project extras.
        "application_date": day.isoformat(),
        "summary_id": outcome.summary,
        "summary": say(summary),
        "route_text": say(M.ROUTES[outcome.route]),
        "chance": chance_item,
        "fee": {"exempt": exempt, "text": say(fee_msg), "source": fee_msg.source},
        "advice": advice,
        "second_order_humanitarian": second_order,
        "visa_code": visa_code(outcome),
        "processing_office": office,
        "processing_office_text": say(M.OFFICES[office]) if office else None,
        "disclaimer": say(M.DISCLAIMER),
        "derived_facts": {p: f.fact(p) for p in derived_paths},
    }
