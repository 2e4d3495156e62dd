"""Side questions answered with the user's case in context, then back to the conversation.

Issue 13's side questions, each answered from the seeds for this family and this reader:
where to apply (seed 002, art. 12bis, §1), whether an income is enough (seed 004's reference
amount for a Belgian sponsor, the needs analysis below it; the exemption within the favourable
period, seed 003), which incomes count (only what the seeds say), who pays the DNA test (the
seeds are silent: said so, with the NGO to ask), the deadline (the date eligibility computed,
not the generic 12 months), the deadline in a calendar (.ics), and "is er echt niks?" for a
humanitarian visa (what strengthens the file, seeds 000/001, and the hand-off offer).

A side question is recognised by cue words (`dialogue.words`) together with the intents the
NLU already has (ask_means_of_subsistence, ask_dna_test, ask_deadline, ...), so no retraining
is needed. After the answer the conversation goes back to where it was: the open question is
asked again, the read-back shown again, or the answer's menu offered.

Facts the user volunteers about a relative ("ze is ziek", "ze heeft mij opgevoed", "ik stuur
haar elke maand geld", "ze is alleen", "in gevaar") are noted on that person (`noted`) and used
in the humanitarian advice: what to prove and how (`eligibility.messages.VOLUNTEERED`).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from dialogue import state as S
from dialogue import words as W
from dialogue.answers import (
    DETAILS,
    FAVOURABLE_END,
    bond_after_arrival_lines,
    condition_line,
    contact_response,
    deadline_line,
    faq_response,
    fee_line,
    has_advice,
    next_step_lines,
    parents_label,
    results_once_21,
    route_label,
    side_question,
    sponsors_birthday_asked,
)
from dialogue.asking import assessment, assessment_once_old_enough, plain_reader, reader_for
from dialogue.questions import reask
from dialogue.reading import (
    AN_OFFICIAL_MARRIAGE_TO_COME,
    CAN_COME,
    DAY_21,
    LATER_AGE,
    Reading,
    a_visa_for_another,
    another_studies,
    clause_starts,
    partners_21st_told,
    pronoun_in,
    tokens,
)
from dialogue.texts import capitalise, dutch_date, euro
from eligibility import messages as M
from eligibility import parameters as P
from eligibility.deadlines import AGE_LIMIT_DEADLINES
from eligibility.favourable_conditions import NONE_ASKED
from eligibility.reader import RELATIVE_NOUNS, Voice
from eligibility.rules.registered_partner import known_long_enough, meetings_enough
from samen_rasa.nlu.dutch_dates import MONTH_WORDS
from samen_rasa.nlu.folding import fold
from samen_rasa.nlu.vocabulary import COUNTRIES

PROTECTED = ("refugee", "subsidiary_protection")
# seed 003's "Anderzijds": a minor child who comes alone, for an art. 10 sponsor (seed 002:
# the conditions of a protected person's family are a third-country national's)
CHILD_ALONE_SPONSORS = (*PROTECTED, "third_country_national")
FR, HV, UNKNOWN = "family_reunification", "humanitarian_visa", "unknown"
CHILDREN = S.CHILDREN
COUPLES = ("spouse", "registered_partner", "partner")
NOTED_ORDER = ("elderly", "ill", "widowed", "raised", "money", "alone", "danger")
# advice that makes a humanitarian file stronger, the situation's own first (seeds 000, 001)
STRENGTHEN_ADVICE = (
    "family_of_a_child", "adult_child_strengthen", "elderly_parent_strengthen",
    "parent_forced_flight", "partner_forced_flight", "adult_sibling_strengthen",
    "lgbtiq_persecution_ground",
    "asylum_file_statements",
    "sibling_precarious_situation", "sibling_parents_cannot_care", "adoption_strengthen",
    "common_children_crucial", "impossible_to_marry", "half_sibling_extra_elements",
    "apply_with_parents", "ascendant_own_means", "asylum_seeker_humanitarian_exception",
    "humanitarian_individual_situation", "humanitarian_dependency",
    "humanitarian_no_other_carer", "humanitarian_reports",
)  # fmt: skip
# a volunteered fact already says what these advise
COVERED_BY = {
    "humanitarian_individual_situation": "danger",
    "humanitarian_reports": "danger",
    "humanitarian_dependency": "money",
    "humanitarian_no_other_carer": "alone",
}
# advice about income beside a humanitarian visa's income answer
INCOME_ADVICE = ("b17_renewal", "religious_marriage_valid_late")
MAX_ADVICE = 3
MINOR_SIBLING_WITH_PARENTS = "sibling_minor_parents_applying"
MAX_TOPICS = 3  # side questions answered from one message
# volunteered facts that are eligibility facts too (applicant extras, eligibility README)
AS_FACT = {"ill": "medical_needs", "alone": "isolated", "widowed": "widowed"}
LATE_ADVICE = ("adult_child_deadline_passed", "late_request", "late_request_only_child")
_EURO_AMOUNT = re.compile(
    r"(?:€\s*)?(?<![\d.,])(\d{1,3}(?:[.\s]\d{3})+|\d{2,6})(?:,(\d{1,2}))?\s*(?:euro|eur\b|€)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# the words before a year: "sinds 2023", "20 december 2025", "in 2024"
_BEFORE_A_YEAR = re.compile(
    r"(?:\b(?:sinds|in|van|uit|tot|begin|eind|jaar|voor|na|sedert|geboren)|[a-z]{3,}ber|"
    r"\b(?:januari|februari|maart|april|mei|juni|juli|augustus)|\d{1,2}[-/.]\d{1,2}[-/.]?)\s*$"
)


def _a_year(text: str, match: re.Match) -> bool:
    """A bare number that is a year in a date, not "ik verdien 2000 netto"."""
    before = fold(text[max(0, match.start() - 20) : match.start()])
    return bool(_YEAR.fullmatch(match.group())) and bool(_BEFORE_A_YEAR.search(before))


_INCOME_AFTER = re.compile(r"\s*(?:netto|bruto|per maand|p/m|/maand|in de maand)\b", re.I)
_BARE_AMOUNT = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d{3,6})(?:,(\d{1,2}))?(?![\d/])")


# --- reading -----------------------------------------------------------------------------------


def _folded(reading: Reading) -> str:
    return f" {fold(reading.text)} "


def _any(phrases: tuple[str, ...] | frozenset[str], folded: str) -> bool:
    return any(p in folded for p in phrases)


def _any_words(phrases: tuple[str, ...], folded: str) -> bool:
    """A phrase as whole words ("mijn ziekte", not "mijn ziekteuitkering")."""
    return any(re.search(rf"\b{re.escape(p)}\b", folded) for p in phrases)


def amount(text: str) -> Decimal | None:
    """The monthly amount in a message ("1400 euro", "€ 1.400", "1.400,50 netto"); a bare
    year is none ("sinds 2023", "20 december 2025" were read as 2.023 and 2.025 euro; panel
    27, b2, b4)."""
    bare = [m for m in _BARE_AMOUNT.finditer(text) if not _a_year(text, m)]
    income = [m for m in bare if _INCOME_AFTER.match(text[m.end() :])]  # "1.420 netto ...,
    euros = list(_EURO_AMOUNT.finditer(text))  # soms 100 of 200 euro overuren" (106, y5)
    match = min(euros + income, key=lambda m: m.start(), default=None) or (bare[:1] or [None])[0]
    if not match:
        return None
    whole = re.sub(r"[.\s]", "", match.group(1))
    cents = match.group(2) or "0"
    value = Decimal(f"{whole}.{cents}")
    return value if value >= 100 else None


# "hoe bewijs ik dat hij ten laste is" asks without a question mark (panel 50, h4)
_QUESTION_START = re.compile(r"^ ?(?:\w+ )?(?:hoe|wat|welke|moet|moeten|kan|kunnen|mag|wanneer)\b")


def _asked(reading: Reading, folded: str) -> bool:
    """A question, with or without its mark ("ik vraag of er een leeftijd is voor de man")."""
    indirect = re.search(r"\b(?:ik vraag (?:me af )?of|mijn vraag is)\b", folded)
    return "?" in reading.text or bool(_QUESTION_START.match(folded) or indirect)


def kind_of(reading: Reading, answered: bool) -> str | None:
    """Which side question the message asks first, if any."""
    kinds = kinds_of(reading, answered)
    return kinds[0] if kinds else None


# "de afspraak in amman is pas in maart" (panel 38, h3); not "mijn zoon is pas in 2017 geboren"
_APPOINTMENT_LATE = re.compile(r"\bafspraak\b[^.?!]{0,30}\bpas (?:in|op|na|tegen)\b")


def kinds_of(reading: Reading, answered: bool) -> list[str]:
    """Every side question the message asks, in order of precedence ("waar moet ze naartoe?
    en hoe lang duurt dat?": both; panel 5, i2, j1, j2)."""
    folded, intent = _folded(reading), reading.intent
    checks = (
        ("official_marriage_supposed", _official_marriage_supposed_asked(reading, folded)),
        ("second_order", "tweede orde" in folded and _any(W.MEANING_WORDS, folded)),
        (
            "no_certificate",
            _no_certificate_asked(folded) or "?" in folded and _any(W.NO_ADMINISTRATION, folded),
        ),
        ("b17", bool(_B17.search(folded)) and _any(W.MEANING_WORDS, folded)),  # not "kan de
        # termijn verlengd worden?": the words name the visa code
        ("calendar", _any(W.CALENDAR_WORDS, folded)),
        ("dna", _any(W.DNA_WORDS, folded) or intent == "ask_dna_test"),
        ("common_child", answered and _child_weight_asked(folded)),
        (
            "meeting_days",
            _any(W.MEETING_DAYS_WORDS, folded)
            and _any(("samen", "ontmoet", "gezien", "elkaar", "bezoek"), folded)
            or _meetings_told(folded) is not None
            and _any(("?", "genoeg", "voldoe"), folded),
        ),
        ("partnership_as_marriage", "?" in folded and bool(_AS_A_MARRIAGE.search(folded))),
        ("known_too_short", "?" in folded and bool(_KNOWN_ONLY.search(folded))),
        ("adopt_first", "?" in folded and bool(_ADOPT_FIRST.search(folded))),
        ("relative_works", answered and "?" in folded and _works_asked(folded)),
        ("relationship_proof", answered and "?" in folded and _relation_proof_asked(folded)),
        ("cohabitation", "?" in folded and _any(W.COHABITATION_WORDS, folded)),
        ("consent_if_refused", _consent_refusal_supposed(folded)),
        ("lawyer_required", _lawyer_required_asked(folded)),
        ("guardian_role", "?" in folded and bool(_GUARDIAN_ROLE.search(folded))),
        ("who_can_help", _who_can_help_asked(folded)),
        ("other_carer_told", "?" in folded and bool(_TELL_OF_A_RELATIVE.search(folded))),
        ("after_recognition", _after_recognition_asked(folded) or _born_here_asked(folded)),
        ("copy_of_a_deed", "?" in folded and bool(_COPY_OF_A_DEED.search(folded))),
        ("wedding_photos", "?" in folded and _wedding_photos_asked(folded)),
        ("cjeu_ruling", "?" in folded and _any(W.CJEU_WORDS, folded)),
        ("asylum_file", "?" in folded and _any(W.ASYLUM_FILE_WORDS, folded)),
        ("disability_refused", _disability_refusal_supposed(folded)),
        ("language_test", _language_test_asked(folded)),
        ("income", answered and _too_little_asked(folded)),
        ("income", answered and _married_income_asked(reading, folded)),
        (
            "income",
            (
                intent == "ask_means_of_subsistence"
                and not _validity_only(folded)
                or _income_question(reading.text, folded)
                or _money_help_asked(folded)
            )
            and not _support_sent_only(folded),
        ),
        ("force_majeure", "?" in folded and _late_reason_asked(folded)),
        ("own_health", _any_words(W.OWN_HEALTH, folded) and "?" in folded),
        ("where", _where_question(folded, intent)),
        ("dependency", _asked(reading, folded) and _any(W.DEPENDENCY_QUESTION, folded)),
        ("diplomas", answered and _asked(reading, folded) and _any(("diploma",), folded)),
        ("deadline", _deadline_question(folded, intent) or reading.later_request_asked),
        ("office", _any(W.OFFICE_WORDS, folded)),
        ("fca", _any(W.FCA_WORDS, folded) and "?" in folded),
        ("child_marries", _any(W.CHILD_MARRIES, folded) and "?" in folded),
        (
            "processing",
            intent == "ask_processing_time"
            and not _WHY_NO_RIGHT.search(folded)
            or _any(W.PROCESSING_WORDS, folded),
        ),
        (
            "marry_again",
            _marriage_validity(folded)
            or _marriage_check_asked(folded)
            or "?" in folded
            and bool(_REGISTER_THE_MARRIAGE.search(folded)),
        ),  # fmt: skip
        ("legalisation", intent == "ask_legalisation" or _legalisation_asked(folded)),
        ("polygamy", "?" in folded and _any(W.POLYGAMY_QUESTION, folded)),
        ("earlier_marriage", "?" in folded and _earlier_marriage_asked(reading, folded)),
        (
            "lease",
            "?" in folded
            and (
                _any((*W.LEASE_WORDS, *W.DEED_WORDS), folded)
                or _lease_registered(folded)
                or "contract" in folded
                and _any(W.FUTURE_HOME, folded)
            ),
        ),
        ("housing_waiting_list", _waiting_list_named(folded)),
        ("who_applies", _any(W.WHO_APPLIES, folded) or bool(_HERE_AT_THE_TOWN.search(folded))),
        ("disability_meaning", _any(W.DISABILITY_MEANING, folded)),
        # whole words: not "echte kleinzoon" as "te klein" (panel 60, g8)
        (
            "housing_space",
            "?" in folded and _any_words(W.HOUSING_SPACE, folded) and not _anothers_home(folded),
        ),
        # "als hiwot mijn geregistreerde partner wordt, moet ik dan inkomen en woning
        # bewijzen?": the income answer says both (panel 78, h4: "Nee ... De band bestond al")
        ("housing_needed", _housing_need_asked(folded) and not _bond_formed_now_asked(folded)),
        ("housing_later", "?" in folded and bool(_HOME_LATER.search(folded))),
        ("residence_period", bool(_RESIDENCE_PERIOD.search(folded))),
        ("visit_then_stay", "?" in folded and bool(_VISIT_THEN_STAY.search(folded))),
        ("minor_at_asylum", "?" in folded and bool(_MINOR_AT_ASYLUM.search(folded))),
        ("own_right", answered and "?" in folded and _own_right_asked(folded)),
        ("couple_age", _asked(reading, folded) and bool(_COUPLE_AGE.search(folded))),
        ("decided_after_limit", answered and bool(_DECIDED_AFTER.search(folded))),
        ("age_limit", answered and "?" in folded and _any(W.AGE_LIMIT_QUESTION, folded)),
        ("needs_analysis", "?" in folded and _any(W.NEEDS_ANALYSIS_WORDS, folded)),
        ("strengthen", answered and "?" in folded and _any(W.STRONGER_WORDS, folded)),
        ("pregnancy_before_arrival", answered and "?" in folded and "zwanger" in folded),
        (
            "other_carer",
            "?" in folded
            and (_any(W.OTHER_CARER, folded) or reading.carer_named)
            and not any(m.coming and m.context is None for m in reading.mentions),
        ),  # not "mijn zus zorgt voor ifrah. kan mijn zus ook meekomen?" (panel 46, h3)
        (
            "no_appointment",
            _any(W.NO_APPOINTMENT, folded) or bool(_APPOINTMENT_LATE.search(folded)),
        ),
        (
            "temporary_stay",
            _any(W.TEMPORARY_STAY_WORDS, folded) and not _any(W.WORK_PERMIT_WORDS, folded),
        ),
        ("best_interests", "?" in folded and bool(_BEST_INTERESTS.search(folded))),
        ("status_difference", "?" in folded and _status_difference_asked(folded)),
        (
            "custody_proof",
            _any(W.NO_CUSTODY_JUDGMENT, folded)
            or _gone_parent_proof(folded)
            or bool(_CUSTODY_JUDGMENT_ASKED.search(folded)),
        ),
        ("incomplete_file", answered and _any(W.INCOMPLETE_FILE, folded)),
        ("if_bond_recognised", answered and bool(_IF_RATIFIED.search(folded))),
        ("next_step", answered and _next_step_asked(reading, folded)),
        ("period_start", "?" in folded and bool(_PERIOD_START.search(folded))),
        ("foster_family", answered and "?" in folded and _any(W.FOSTER_FAMILY, folded)),
        ("consent_form", answered and "?" in folded and _any(W.CONSENT_FORM, folded)),
        ("custody_question", answered and "?" in folded and _any(W.CUSTODY_WORDS, folded)),
        ("born_after_arrival", answered and "?" in folded and bool(_BORN_AFTER.search(folded))),
        ("siblings_without_parents", answered and _parents_not_coming_supposed(folded)),
        ("child_without_mother", answered and bool(_CHILD_COMES_ALONE.search(folded))),
        ("couple_turns_21", answered and bool(_TURNS_21.search(folded))),
        ("guardianship", answered and bool(_GUARDIANSHIP_COUNTS.search(folded))),
        ("living_together", answered and bool(_LIVING_TOGETHER.search(folded))),
        ("like_a_refugee", answered and bool(_LIKE_A_REFUGEE.search(folded))),
        ("no_common_children", answered and "?" in folded and bool(_NO_CHILDREN.search(folded))),
        ("married_after_arrival", answered and "?" in folded and reading.married_after_arrival),
        ("not_married", answered and "?" in folded and bool(_NOT_MARRIED_ASKED.search(folded))),
        ("parent_later", answered and "?" in folded and bool(_PARENT_LATER.search(folded))),
        ("year_enough", answered and "?" in folded and bool(_MONTH_MATTERS.search(folded))),
        (
            "registration_where",
            answered and "?" in folded and bool(_WHERE_REGISTERED.search(folded)),
        ),
        ("marriage_visa", answered and bool(_MARRIAGE_VISA.search(folded))),
        ("before_21", answered and bool(_BEFORE_21.search(folded))),
        ("papers_when_21", answered and bool(_PAPERS_WHEN_21.search(folded))),
        ("which_proof", answered and _proof_kinds_asked(folded)),
        (
            "travel_document",
            "?" in folded
            and _any(("paspoort", "paspoorten"), folded)
            and _any(("verlopen", "kwijt", "geen paspoort"), folded)
            or _any(("vingerafdruk", "fingerprint"), folded),  # seed 002 (panel 83, j4)
        ),  # fmt: skip
    )
    found = _exclusive([kind for kind, asked in checks if asked])
    if found == ["if_bond_recognised"]:
        return found
    found = _without_shadowed(found, folded, intent)
    if found and intent == "ask_travel_document" and "travel_document" not in found:
        found.append("travel_document")  # "mag ze in addis aanvragen? ze heeft geen eritrees
        # paspoort": both (panel 19, k5)
    follow = _follow_up(folded, intent) if answered else None
    if answered and _LATE_AFTER_A_DAY.search(folded) and not _AN_AGE_LIMIT.search(folded):
        follow = "deadline"  # "wat gebeurt als we te laat zijn, na 10 juni 2027": the 12
        # months' day, not a birthday (panel 63, g2: "vóór je dochter 18 wordt" of a girl of 4)
    elif answered and _any(W.AFTER_THE_LIMIT, folded) and _LIMIT_MISSED.search(folded):
        follow = "age_limit"  # "en als het niet lukt, heeft hij dan nog een kans?", "stel dat
        # hij al 18 is, is er een andere manier?" (panel 48, g3: a late filing's reasons)
        found = [k for k in found if k not in ("chance", "deadline")]
    if follow == "age_limit":  # "als het niet lukt voor ze 18 is?": the limit, not an
        # appointment (panel 33, a4); "als mijn dochter 18 wordt voor ze een afspraak krijgen?
        # bij vfs is het maanden wachten": no post, no processing time (panel 46, g1)
        dropped = ["no_appointment"] + ([] if _how_long_alone(folded) else ["processing"])
        dropped += [] if _any(W.WHERE_QUESTION, folded) else ["where"]
        found = [k for k in found if k not in dropped]
    if "common_child" in found and follow in ("strengthen", "chance"):
        follow = None  # "helpt het kind voor karim?": the child's weight said (panel 33, b3)
    if follow == "why_no_right":  # "mama is toch ook ten laste ... waarom kan zij niet
        found = [k for k in found if k != "dependency"]  # gewoon gezinshereniging?" (c3)
    if follow and follow not in found:
        found = _without_shadowed([*found, follow], folded, intent)
    found = _passport_last(found, intent, folded)
    found = _with_registration(found, reading)
    if answered and not {"deadline", "age_limit"} & set(found):
        found += _an_18th_birthday_told(reading, folded)
    return _with_costs(found, reading, folded, answered)


_LEGALISATION_NAMED = re.compile(r"\b(?:ge)?legali[sz]\w*|\bapostille\b")


def _relation_proof_asked(folded: str) -> bool:
    """ "welke bewijzen van onze relatie moet hij geven?" beside other words (panel 83, j3)."""
    return _any(W.RELATIONSHIP_PROOF_WORDS, folded) and not _any(W.COST_WORDS, folded)


def _legalisation_asked(folded: str) -> bool:
    """ "mijn huwelijksakte kan niet gelegaliseerd worden, wat nu? en ze hebben geen
    paspoort": the legalisation beside the passport the NLU's intent named (a helper's two
    questions in one message, one dropped)."""
    return "?" in folded and bool(_LEGALISATION_NAMED.search(folded))


def _an_18th_birthday_told(reading: Reading, folded: str) -> list[str]:
    """After the answer, an 18th birthday told: "ze wordt 18 op 14 januari" the day it makes
    (panel 10, t5); "mijn oudste wordt 18 in maart" that the request goes in before it
    (panel 82, g2: no answer)."""
    if reading.majority_days:
        return ["deadline"]
    return ["age_limit"] if _TURNS_18_TOLD.search(folded) else []


def _with_registration(found: list[str], reading: Reading) -> list[str]:
    """ "als we wettelijk samenwonen, kan ze dan ...?" asks the registration's rule, which the
    meetings answer says itself (panel 58, g1); "waar doen we dat?" of the registration is the
    municipality, not the embassy (panel 59, h8)."""
    if reading.asks_registration and "meeting_days" not in found:
        found.insert(0, "registration")
    if "registration" in found and {"where", "who_applies"} & set(found):
        # "kan dat in brazilie of moet dat in belgie bij de gemeente?" of the registration,
        # not who files the visa (panel 72, g3: "niet bij de gemeente")
        where = [k if k not in ("where", "who_applies") else "registration_where" for k in found]
        found = list(dict.fromkeys(where))
    return found


def _passport_last(found: list[str], intent: str | None, folded: str) -> list[str]:
    """ "samir is zijn paspoort kwijt, wat nu": the passport, not "wat nu" as what strengthens
    a file (panel 40, h1: the conditions of both relatives)."""
    if intent == "ask_travel_document" and _any(W.TRAVEL_DOCUMENT_WORDS, folded):
        found = [k for k in found if k not in ("travel_document", "strengthen", "chance")]
        found.append("travel_document")
    return found


def _exclusive(found: list[str]) -> list[str]:
    """A question about a ratified guardianship is its own deadline and fee (panel 53, h2);
    "wat kan ik doen als ze weigert?" asks about the refusal, not the next step."""
    if "if_bond_recognised" in found:
        return ["if_bond_recognised"]
    if "next_step" in found and len(found) > 1:
        found.remove("next_step")
    if "official_marriage_supposed" in found:  # "STEL we zijn officieel getrouwd ... is mijn
        found = [k for k in found if k not in ("income", "marry_again")]  # loon genoeg?"
    return found


# topics that another topic of the same message shadows
_SHADOWED_BY = (
    # "Kan ik dat contract al geven? Of moet ik wachten tot ik verhuisd ben?": the later
    # home's lease (seed 004), not "Wachten hoeft niet" (panel 105, k1)
    ("lease", ("wait", "incomplete_file")),
    # "en als we niet trouwen, welke bewijzen van onze relatie ...? we woonden samen": the
    # relation's proofs, not the registration's cohabitation (panel 83, j3)
    ("relationship_proof", ("cohabitation",)),
    ("own_health", ("income",)),  # "en mijn hart? telt dat niet?" asks no income (panel 25, k4)
    # "3x bij hem geweest telkens 3 weken. is da genoeg voor wettelijk samenwonen?": the
    # meetings, not an income or the registration in general (panel 58, g1)
    ("meeting_days", ("income", "registration", "known_too_short")),
    ("child_without_mother", ("if_refused", "refused")),  # the custody, not the refusal (g5)
    ("couple_turns_21", ("why_no_right",)),  # "ik word 21 op 3 mei" (panel 59, h6)
    # "Als Ada geweigerd wordt, kan Ngozi dan toch komen?": her own right, no appeal (h9)
    ("own_right", ("if_refused", "refused")),
    ("marriage_visa", ("strengthen", "cohabitation", "chance")),  # (panel 61, h15)
    ("before_21", ("processing", "deadline", "couple_turns_21")),  # (panel 62, h6)
    ("papers_when_21", ("documents", "couple_turns_21", "age_limit")),
    ("cohabitation", ("income",)),  # "telt het samenwonen mee?" (panel 59, h8)
    # "Stel dat ... Hawa komt alleen. Moet ze dan nog bestaansmiddelen bewijzen?" (110, q2)
    ("child_alone", ("income",)),
    ("guardianship", ("custody_question",)),  # "als ik een voogdij krijg?" (panel 68, g4)
    # "moet ik eerst voogd worden over hem?" read as a processing time (panel 81, h5)
    ("guardianship", ("processing",)),
    # "maakt dat verschil voor die soepele regel?", "maakt dat het moeilijk?" (panel 72, g5);
    # "wat kan ik als ander bewijs geven?" (panel 72, h3)
    ("like_a_refugee", ("strengthen",)),
    ("no_certificate", ("strengthen",)),
    ("no_common_children", ("strengthen", "chance")),
    ("married_after_arrival", ("strengthen", "chance")),
    ("not_married", ("strengthen", "chance", "cohabitation", "registration")),
    ("registration_where", ("where", "who_applies")),  # "maakt dat verschil?" (panel 73, g2)
    # "de ambassade was dicht ... is dat overmacht?" asks no embassy or day (panel 26, m3)
    ("force_majeure", ("where", "deadline", "no_appointment")),
    # "de afspraken bij vfs in teheran zijn maanden wachten. als we 10 maart niet halen?": the
    # appointment answer names any post itself (panel 31, a4: the whole where block first)
    ("no_appointment", ("where",)),
    ("fca", ("processing",)),  # "hoe lang duurt dat bekrachtigen?" (panel 28, b5)
    ("common_child", ("income",)),  # "we hebben toch een kind samen. telt da nie?" (b3)
    # "en als de dokter zegt hij is niet genoeg gehandicapt? moet hij alleen blijven in
    # afghanistan?" asks no post and no attest (panel 34, d4)
    ("disability_refused", ("where", "medical_paper", "other_carer")),
    # "mijn voogd kan dat doen voor mij?": who helps, not a foreign guardianship of the uncle
    # (panel 38, g3: "Dan heeft je oom recht op gezinshereniging als kind")
    ("who_can_help", ("guardianship",)),
    # "Reza verdient 2.400 euro netto. Volstaat dat, of moet er een behoefteanalyse gebeuren?":
    # the amount against the reference first (panel 99, v3: the overview of a needs analysis)
    ("income", ("needs_analysis",)),
    ("after_recognition", ("strengthen",)),  # "na mijn erkenning ... humanitair?" (98, t2)
    # "moet mijn voogd iets tekenen of doen?": who applies, not the consent of a dead father to
    # an adult sister's visa (panel 98, s4)
    ("guardian_role", ("who_can_help", "who_applies", "other_parent", "guardianship")),
    ("guardianship", ("other_carer",)),  # "ik ben zijn voogd ... helpt dat?" (panel 51, h8)
    ("lawyer_required", ("who_can_help", "costs")),  # "heb niet veel geld": no fee asked
    # "welke papieren van mijn werk moet ik geven voor het inkomen?": the papers, not whether
    # an amount is enough (panel 40, h2)
    ("which_proof", ("income", "lease", "housing_needed")),
    # "1 slaapkamer, moet dat groter?", "huurcontract op haar naam, moet dat?": the particular
    # home asked about, not whether a home is needed
    ("housing_space", ("housing_needed",)),
    ("lease", ("housing_needed",)),
    ("housing_waiting_list", ("housing_needed",)),
    # "de paspoorten van de kinderen zijn verlopen ... nieuwe aanvragen in irak duurt lang":
    # the passports, not how long DVZ takes (panel 41, g4)
    ("travel_document", ("processing",)),
    ("consent_form", ("other_parent", "income")),
    # "telt het dat Sara minderjarig was toen ik asiel vroeg?": no income (panel 45, g2)
    ("minor_at_asylum", ("income", "strengthen")),  # "helpt dat iets?" (panel 58, h5)
    # "telt mijn asielgesprek mee voor hun dossier?" (panel 45, h1)
    ("asylum_file", ("income",)),
    # "Zainab was al zwanger voor hij vertrok, maakt dat niks uit?" (panel 46, h5)
    ("pregnancy_before_arrival", ("income",)),
    # "als we in mei indienen en DVZ beslist pas na zijn verjaardag, is het dan te laat?" (g2)
    ("decided_after_limit", ("deadline", "age_limit", "processing")),
    # "mijn zoon is al 15, is er een leeftijd dat het niet meer kan?" (panel 46, g4)
    ("age_limit", ("processing",)),
    ("needs_analysis", ("income",)),  # "wat moet ik in dat overzicht zetten?" (g3)
    # "ze moet 21 zijn? ze is 22, is dat ok?" (panel 49, g2); "is er een minimum leeftijd voor
    # mijn man?" asks no income (panel 50, g1)
    ("couple_age", ("age_limit", "income", "deadline")),
    # "als dawit zijn moeder geen toestemming geeft?", "en als ze nee zegt, ...?" (panel 51, h5)
    ("consent_if_refused", ("other_parent", "if_refused", "refused")),
    # "moet ik eerst een groter appartement zoeken of mag dat na de aanvraag?" (panel 47, h4)
    ("housing_later", ("housing_space", "housing_needed", "lease", "wait", "incomplete_file")),
    # "hoe lang moet ik al in belgie wonen voor ik mijn vrouw mag laten komen?" (panel 47, h4)
    ("residence_period", ("processing", "why_no_right", "deadline")),
    # "woont nog bij de ouders. Heeft hij dan nog een kans? Wat maakt zijn dossier sterker?"
    ("strengthen", ("other_carer", "chance")),  # (panel 46, g2)
    ("custody_proof", ("strengthen",)),  # "hoe kan ik bewijzen dat mijn vader vermist is?"
    # "als zij toch 21 is, wat moet ze dan tonen voor 'ten laste'?" (panel 54, a5)
    ("dependency", ("age_limit", "deadline", "strengthen")),  # "moet ik bewijzen dat ... ten
    # laste zijn na erkenning?" (panel 63, h3)
    ("period_start", ("deadline",)),
    ("adopt_first", ("guardianship",)),  # "moet ik Divine eerst adopteren?" (panel 65, j6)
    ("known_too_short", ("processing",)),  # "hoe lang moeten we nog wachten?" (panel 65, h4)
    ("copy_of_a_deed", ("wedding_photos",)),  # "alleen een foto ... is een kopie genoeg?"
    # "as we gewoon trouwen, kan hij dan direct komen? hoe lang duurt da dan": the married
    # route, not the humanitarian visa's year (panel 63, h4)
    ("marry_again", ("processing",)),  # "telt de 12 maanden niet vanaf de kaart?" (panel 63, g1)
)


# "maar helpt Daniel als bewijs voor onze relatie?" (panel 58, g5: the document list)
_CHILD_AS_PROOF = re.compile(r"\bhelpt (?:\w+ ){1,2}als bewijs\b[^?.]{0,30}\brelatie\b")


def _child_weight_asked(folded: str) -> bool:
    """ "helpt het kind voor de aanvraag van karim?", "we hebben toch een kind samen. telt da
    nie?" (panel 33, b3): a question about the couple's child, not about an income."""
    asked = "?" in folded or " toch " in folded
    other = _any(W.INCOME_WORDS, folded) or _any(("paspoort", "netto", "euro"), folded)
    other = other or bool(_PARTNERS_PAY.search(folded))  # "ik woon ... met mijn man en onze
    # baby. mijn man werkt. helpt dat?" asks about his pay (panel 92, n5)
    weight = _any(W.CHILD_WORDS_OF_A_COUPLE, folded) and _any(W.CHILD_WEIGHT_WORDS, folded)
    weight = weight or bool(_CHILD_AS_PROOF.search(folded))
    return asked and weight and not other  # not "telt het kind mee voor het inkomen?" (review)


# "telt het dat Sara minderjarig was toen haar vader asiel vroeg?", "ze was 17 toen ik asiel
# aanvroeg, maakt dat uit?" (panel 45, g2)
# "Aya was 21 toen ik asiel vroeg. Helpt dat iets?" (panel 58, h5)
_ADULT_THEN = r"\bwas (?:al )?(?:1[89]|[2-9]\d)\b[^.!?]{0,20}\btoen\b"
_ADULT_AT_ASYLUM = re.compile(_ADULT_THEN)
_MINOR_AT_ASYLUM = re.compile(
    r"\b(?:minderjarig|jonger dan 18|onder de 18|nog geen 18|1[4-7] jaar|was 1[4-7])\b"
    r"[^.!?]{0,40}\btoen\b[^.!?]{0,40}\basiel"
    rf"|{_ADULT_THEN}[^.!?]{{0,40}}\basiel"
)


# "als helen geen visum krijgt, kan mijn zoon dan toch komen?", "heeft mijn zoon zijn eigen
# recht, ook als het voor mijn vrouw niet lukt?" (panel 46, h2)
_OTHER_FAILS = re.compile(
    r"\b(?:geen visum (?:krijgt|krijgen|heeft)|niet lukt|geweigerd|weigeren|weigert"
    r"|nee krijgt|nee krijgen)\b"
)
# "kan mijn dochter komen zonder haar papa?" (panel 49, h2)
_WITHOUT_A_PARENT = re.compile(
    r"\b(?:kan|mag|kunnen|mogen)\b[^.?]{0,30}\b(?:komen|reizen|mee)\s+zonder (?:haar|zijn|hun|de)"
    r" (?:papa|mama|vader|moeder)\b"
)  # not "als beide zonen samen komen, zonder de moeder? geldt de uitzondering?" (panel 36)
_OWN_RIGHT = re.compile(
    r"\beigen recht\b|\brecht om te komen\b"
    r"|\b(?:toch|wel|in elk geval|in ieder geval|sowieso|zeker) (?:komen|mee ?komen|mee)\b"
)  # "kan zij in elk geval komen? ook als het voor mijn man niet lukt?" (panel 47, h5)


def _own_right_asked(folded: str) -> bool:
    failing = _OWN_RIGHT.search(folded) and _OTHER_FAILS.search(folded)
    return bool(failing or _WITHOUT_A_PARENT.search(folded))


# "als we in mei indienen en DVZ beslist pas na zijn verjaardag, is het dan te laat?", "wat
# als de aanvraag nog loopt?" (panel 46, g2)
_DECIDED_AFTER = re.compile(
    r"\b(?:beslist|beslissing|beslissen|antwoord|uitspraak)\b[^.?!]{0,40}\bna\b[^.?!]{0,30}"
    r"(?:verjaardag|18|achttien|meerderjarig)|\baanvraag (?:nog )?loopt\b"
    # "wordt 18 in augustus 2028 terwijl DVZ nog geen beslissing heeft genomen" (panel 50, g3)
    r"|\b(?:18|achttien|meerderjarig)\b[^.?!]{0,60}\b(?:nog )?geen (?:beslissing|antwoord)\b"
    # "als ik 18 ben en de dvz heeft nog niet beslist?", "als mama indient voor 19 maart is het
    # ok, ook als ik later 18 word?" (panel 54, b4: the last day again, twice)
    r"|\b(?:18|achttien)\b[^.?!]{0,40}\bnog niet beslist\b"
    # "DVZ beslist pas als ik al 18 ben? is het dan kapot?" (panel 63, h5: the last day again)
    r"|\b(?:beslist|beslissing|beslissen)\b[^.?!]{0,30}\b(?:als|wanneer)\b[^.?!]{0,20}"
    r"\b(?:18|achttien|meerderjarig)\b"
    r"|\bindient\b[^?]{0,40}\b(?:ok|goed|genoeg)\b[^?]{0,20}\blater\b[^?]{0,10}\b(?:18|achttien)\b"
)


# "moet ik eerst een groter appartement zoeken of mag dat na de aanvraag?" (panel 47, h4)
_HOME_LATER = re.compile(
    r"\b(?:groter|nieuw|ander)e? (?:appartement|huis|woning|studio)\b[^?]{0,60}"
    r"\b(?:na de aanvraag|later|eerst|nadien|daarna)\b"
    r"|\b(?:eerst|later) (?:een )?(?:groter|nieuw|ander)e? (?:appartement|huis|woning)\b"
    # "een contract van een appartement waar we later gaan wonen?" (panel 55, d4)
    r"|\b(?:appartement|huis|woning|studio)\b[^?.]{0,15}\bwaar (?:we|wij|ze|zij) (?:pas )?later\b"
    # "moe k wachten tot na de notaris 22 januari", "dus compromis telt nie?", "wachten tot
    # februari of nu al indienen met het nieuwe contract?" (panel 128, s2 and t4: "Ja, dat kan
    # nu al. Wachten hoeft niet.")
    r"|\bcompromis\b|\bnieuwe? huurcontract\b"
    r"|\bcontract\b[^?.]{0,40}\b(?:appartement|huis|woning|studio|slaapkamers?)\b"
    r"|\bwachten\b[^?]{0,40}\b(?:notaris|akte|verhuis\w*|appartement|huis|woning|contract)\b"
)
# "hoe lang moet ik al in belgie wonen voor ik mijn vrouw mag laten komen?" (panel 47, h4)
_RESIDENCE_PERIOD = re.compile(
    r"\bhoe ?lang (?:moet|moeten|moest) (?:ik|je|hij|zij|ze|mijn \w+) (?:al |hier |eerst )*"
    r"(?:in belgie |hier )?(?:wonen|zijn|verblijven|werken)\b"
)


# the age limit missed: "als het niet lukt", "te laat", "al 18" (panel 48, g3)
_LATE_AFTER_A_DAY = re.compile(
    rf"\bte laat\b[^?]{{0,30}}\bna (?:de )?\d{{1,2}} (?:{'|'.join(MONTH_WORDS)})\b"
    # "if we are late after 3 march", "what if we apply AFTER 3 march 2027?" (panel 77, g3)
    r"|\b(?:late|apply|applies) after \d{1,2} [a-z]+\b"
)
# an 18th birthday told without its day ("mijn oudste wordt 18 in maart")
_TURNS_18_TOLD = re.compile(r"\b(?:wordt|word)\s+(?:al\s+)?(?:18|achttien)\b")
_AN_AGE_LIMIT = re.compile(r"\b(?:18|achttien|meerderjarig|verjaardag)\b")
# "als het dossier van abel niet klaar is voor 2 maart? hij is dan 18" (panel 84, i1)
_LIMIT_MISSED = re.compile(
    r"\bniet lukt\b|\bte laat\b|\bal 18\b|\bmeerderjarig is\b|\b(?:is|ben|zijn) dan 18\b"
    r"|\bniet klaar\b"
)


# "iemand zegt dat ze 21 moet zijn. ze is 22 en ik 24, is dat ok?", "is 20 oud genoeg?"
_COUPLE_AGE = re.compile(
    r"\b(?:21|eenentwintig)\s+(?:jaar\s+)?(?:moet|moeten|zijn)\b|\boud genoeg\b|\bte jong\b"
    # "moet mijn man ook 18 zijn of zo", "is er een minimum leeftijd voor mijn man of mij?"
    # (panel 50, g1: his age stored as 18, then an income answer)
    r"|\bmoet(?:en)? (?:mijn |mn |m'n |de |je )?(?:man|vrouw|partner|vriend|vriendin|wij|we|"
    r"ik|hij|zij|ze) (?:ook |al |minstens )?(?:18|21|achttien|eenentwintig) (?:jaar )?(?:oud )?"
    r"zijn\b|\bminimum ?leeftijd\b"
    # "kan ze nu komen of niet? is het probleem dat ze 20 is?" (panel 91, m5: "Sorry")
    r"|\bprobleem dat (?:ze|zij|hij|mijn \w+) (?:pas |nog maar |maar )?\d{2} (?:jaar )?is\b"
    # "en de leeftijd? ze is 22", "is er geen leeftijdsgrens?" (panel 77, h1: "geen antwoord")
    r"|\ben de leeftijd\s*\?|\bleeftijdsgrens\b|\bleeftijdsregel\b"
    r"|\bleeftijd (?:is |geldt )?voor (?:de |mijn |mn |m'n )?(?:man|vrouw|partner)\b"
    # "Senait is 22, is dat een probleem? ik las iets over 21 jaar", "is de leeftijd van
    # Senait (22) een probleem?" (panel 72, h4: "Sorry, dat begrijp ik niet" twice)
    r"|\b(?:iets )?over (?:de )?(?:21|eenentwintig) jaar\b"
    r"|\bleeftijd\b[^.?]{0,40}\b(?:probleem|ok|oke|goed genoeg)\b"
)


def _waiting_list_named(folded: str) -> bool:
    """ "ze staat op de wachtlijst voor een sociale woning"; not "woont in een kleine sociale
    woning", a home she has (panel 53, g2: the waiting-list rule to a client in her flat)."""
    if not _any(W.HOUSING_WAITING_LIST, folded):
        return False
    lives = re.search(r"\b(?:woont|woon|wonen|huurt|huur)\b[^.?!]{0,25}\bsocia", folded)
    return "wachtl" in folded or not lives


def _housing_need_asked(folded: str) -> bool:
    """ "moeten mijn ouders een woning hebben in belgie?", "ik heb nog geen huis, is dat een
    probleem?" (panel 45: the parents of an unaccompanied minor were given a condition line)."""
    if "?" not in folded:
        return False
    return any(  # in the sentence asked or the writer's own ("ik heb geen huis. is dat een
        _any(W.HOUSING_TOPIC, f" {sentence} ")  # probleem?"), not "slechte ogen, geen huis
        and _any(W.NEED_WORDS, f" {sentence} ")  # meer. kan zij ook mee komen?" (panel 125,
        and (sentence.endswith("?") or _any((" ik ", " we ", " wij "), f" {sentence} "))
        for sentence in re.findall(r"[^.!?]*[.!?]?", folded)  # m4: "Ja. Je moet een woning")
    )


def _parents_not_coming_supposed(folded: str) -> bool:
    """ "Stel dat de mama niet kan reizen. Kunnen de broers dan alleen ...?" (panel 40, g5)."""
    supposed = _any(W.HYPOTHETICAL, folded) or _any((" stel dat ", " stel "), folded)
    without = bool(_WITHOUT_THE_PARENT.search(folded))  # "kan selam alleen naar belgie komen
    # zonder mama?", "kan mijn zus alleen komen? if mama not" (panel 51, g6)
    asked = "?" in folded or bool(CAN_COME.search(folded))  # "kan hij komen als mama niet mag"
    return asked and (without or supposed and bool(_PARENT_NOT_COMING.search(folded)))


# the parent a supposition leaves out, by pronoun: "zonder de vader", "als mama niet meekomt"
_ONE_PARENT = {"mama": "zij", "moeder": "zij", "papa": "hij", "vader": "hij", "man": "hij",
               "echtgenoot": "hij", "vrouw": "zij", "echtgenote": "zij"}  # fmt: skip
_PARENT_WORD = re.compile(r"\b(mama|papa|moeder|vader|ouders?|man|echtgenoote?|vrouw)\b")


def _parents_staying(folded: str) -> set[str]:
    """The pronouns of the parents the message leaves out; empty for "de ouders" (all)."""
    found = _WITHOUT_THE_PARENT.search(folded) or _PARENT_NOT_COMING.search(folded)
    word = _PARENT_WORD.search(found.group()) if found else None
    return {_ONE_PARENT[word.group(1)]} if word and word.group(1) in _ONE_PARENT else set()


def _staying_label(turn: Any, staying: set[str], parents: list[dict[str, Any]]) -> str:
    """ "de vader van je cliënt" (known or not), or "de ouders" when all stay."""
    if not staying:
        return parents_label(turn)
    pronoun = next(iter(staying))
    known = [p for p in parents if p.get("pronoun") == pronoun]
    word = "vader" if pronoun == "hij" else "moeder"
    one = known[0] if known else {"relationship": "parent", "word": word, "pronoun": pronoun}
    return turn.texts.label(turn.state, one)


_WITHOUT_THE_PARENT = re.compile(
    r"\bzonder (?:de |haar |zijn |hun |mijn |onze )?(?:mama|papa|moeder|vader|ouders?)\b"
    # "Heeft Mariama dan recht op gezinshereniging zonder haar man?" (panel 72, g2)
    r"|\bzonder (?:haar|zijn) (?:man|echtgenoote?|vrouw)\b"
    r"|\bif (?:mama|papa|mother|father|mom|dad) (?:not|no)\b"
)


_PARENT_NOT_COMING = re.compile(
    r"\b(?:mama|papa|moeder|vader|ouders?)\b[^.?]{0,25}\b(?:niet|nie)\b[^.?]{0,15}"
    r"\b(?:reizen|komen|mee|meekomen|meekomt|meegaan|mag|mogen)\b"  # "als mama niet mag" (83)
    # "als mama nee krijgt, kan mijn zus dan alleen naar mij komen?" (panel 48, g1)
    r"|\b(?:mama|papa|moeder|vader|ouders?)\b[^.?]{0,10}\b(?:nee krijgt|nee krijgen|geweigerd"
    r"|geen visum krijg\w*)\b"
)


_HOW_PROVEN = re.compile(
    r"\bhoe (?:bewijs|bewijst|bewijzen|toon|toont|tonen)\b|\bhet bewijs van (?:de |zijn |haar "
    r"|mijn )?(?:ziekteverzekering|woning|huisvesting|inkomen|inkomsten)\b"
)


def _proof_kinds_asked(folded: str) -> bool:
    """Which papers prove the housing, the income or the insurance (panel 40, h2, g4)."""
    asked = (
        _any(W.WHICH_PROOF, folded)
        or (_any(W.INSURANCE_TOPIC, folded) and _any(("genoeg", "volstaat", "apart"), folded))
        or bool(_HOW_PROVEN.search(folded))  # "hoe bewijst mijn cliënt de ziekteverzekering",
    )  # "en het bewijs van ziekteverzekering?" (panel 63, g5: the condition again)
    topic = any(_any(words, folded) for _, words in PROOF_TOPICS)
    return asked and topic


_PAPERS_LOST = re.compile(
    r"\b(?:tazkira|tazkiras|geboorteakte|geboorteaktes|akte|aktes|identiteitskaart)\b[^.?]{0,40}"
    r"\b(?:verloren|kwijt|verbrand|gestolen|vernietigd)\b"
)
_MARRIAGE_PROVEN_HOW = re.compile(
    r"\bhoe (?:kan|moet) (?:ik|we|wij)\b[^?]{0,12}\bbewijzen\b[^?]{0,30}\b(?:mijn|haar|zijn) "
    r"(?:man|vrouw|echtgenoot|echtgenote)\b|\bbewijzen dat (?:we|wij) getrouwd zijn\b"
)


def _no_certificate_asked(folded: str) -> bool:
    """ "ze hebben geen geboorteakte": a deed that is missing; "het papier van de kerk is kwijt,
    wat kan ik dan geven als bewijs dat we getrouwd zijn?" (panel 37, h1: the whole list)."""
    if "akte" in folded and _any(W.MISSING_WORDS, folded):
        return True
    if "?" in folded and _MARRIAGE_PROVEN_HOW.search(folded):
        return True  # "hoe kan ik bewijzen dat tekle mijn man is??" (panel 63, g2)
    if _PAPERS_LOST.search(folded):  # "De tazkira van de kinderen zijn verloren tijdens de
        return True  # vlucht. Wat moet ik doen?" (panel 65, j2: the deadline)
    return "?" in folded and _marriage_proof_named(folded) and _any(W.MISSING_WORDS, folded)


def _marriage_proof_named(folded: str) -> bool:
    """ "het papier van de kerk", or a paper in a message about the marriage ("trouwen in de
    kerk is wel officieel ... maar het papier is kwijt": panel 37, h1)."""
    married = _any(("trouw", "huwelijk", "getrouwd"), folded)
    paper = re.search(r"\b(?:papier|paper|papers|papieren)\b", folded)
    return _any(W.MARRIAGE_PROOF_WORDS, folded) or (married and bool(paper))


def _without_shadowed(found: list[str], folded: str, intent: str | None) -> list[str]:
    if "deadline" in found and _any(("alles dan verloren", "is alles verloren"), folded):
        if not _any(W.WHERE_QUESTION, folded):  # "pas in februari bij een ambassade geraken?
            found = [k for k in found if k != "where"]  # Is alles dan verloren?" (65, j5)
    return _without_shadowed_topics(found, folded, intent)


def _how_long_alone(folded: str) -> bool:
    """A sentence of its own that asks how long the handling takes, of nothing else."""
    return any(
        sentence.startswith("hoe lang")
        and _any(W.PROCESSING_WORDS, f" {sentence} ")
        and not _any(W.AGE_LIMIT_QUESTION, f" {sentence} ")
        for sentence in (part.strip() for part in re.split(r"[.?!\n]", folded))
    )


def _without_shadowing_topics(found: list[str], folded: str) -> list[str]:
    """`found` less the topics another one shadows (_SHADOWED_BY)."""
    asked = list(found)
    for topic, shadowed in _SHADOWED_BY:
        if topic in found:
            found = [k for k in found if k not in shadowed]
    if {"processing", "age_limit"} <= set(asked) and _how_long_alone(folded):
        # "Hoe lang duurt de behandeling ongeveer? En wat als Amina tijdens de procedure 18
        # wordt?": both (panel 72, g2: the age limit only)
        found += [] if "processing" in found else ["processing"]
    return found


def _without_shadowed_topics(found: list[str], folded: str, intent: str | None) -> list[str]:
    if "guardianship" in found and _GUARDIANSHIP_COUNTS.search(folded):  # "Telt de voogdij
        money = _any(("inkomen", "euro", "netto", "pensioen"), folded)  # van de Guinese
        dropped = ("who_can_help",) if money else ("who_can_help", "income")  # rechtbank in
        found = [k for k in found if k not in dropped]  # België? Of moet ik nog iets laten
        # doen?" (panel 60, g8); "... En welk inkomen moet ik hebben, ik heb 1700 euro
        # pensioen" asks the income too (panel 76, g4)
    found = _without_shadowing_topics(found, folded)
    if "dna" in found and len(found) > 1 and not _any(W.DNA_WORDS, folded):
        found.remove("dna")  # the intent alone, beside a question told by its words ("waar
        # moeten wij gaan? ... geen belgische ambassade": panel 16, f2)
    if "dependency" in found:  # "is 400 euro per maand genoeg?" of the money sent, "hoeveel
        # maanden?" of the bank statements (panel 14, b5)
        found = [k for k in found if k not in ("processing",)]
        if not _any(W.OWN_INCOME, folded):
            found = [k for k in found if k != "income"]
    found = _without_the_post(found, folded)
    if {"where", "deadline"} <= set(found) and not _any(W.DEADLINE_WORDS, folded):
        found.remove("deadline")  # "waar moet ze de aanvraag doen? in kinshasa?", tagged
        # ask_deadline, asks no day (panel 33: "ken ik geen vaste termijn" after the post)
    if "processing" in found and "deadline" in found and _HOW_FAST_MUST.search(folded):
        found.remove("processing")  # how soon to file, not how long DVZ takes (panel 50, g5)
    if "processing" in found and "deadline" in found and not intent == "ask_deadline":
        found.remove("deadline")  # "hoeveel tijd duurt het?" asks how long, not until when
    return found


_GUARDIANSHIP_COUNTS = re.compile(
    r"\b(?:voogdij|tutelle)\b[^?]{0,50}\b(?:telt|tellen|geldig|erkend|bekrachtig\w*)\b"
    r"|\b(?:telt|geldt) (?:de|die|mijn) (?:buitenlandse )?(?:voogdij|tutelle)\b"
)


# "moet hij bij mij wonen als hij komt?", "hij woont alleen ... is dat een probleem?" (panel 60,
# h11: "geen antwoord")
_LIVING_TOGETHER = re.compile(
    r"\bmoet(?:en)? (?:hij|ze|zij|we|wij) (?:dan )?(?:bij mij|bij ons|samen|met mij)\b[^?]{0,20}"
    r"\bwonen\b|\bwoont alleen\b[^?]{0,60}\bprobleem\b"
    # "moet hij dan bij ons intrekken? of mogen we apart wonen in het begin" (panel 62, h6)
    r"|\b(?:bij ons|bij mij) intrekken\b|\bapart wonen\b"
)


_LIKE_A_REFUGEE = re.compile(
    r"\b(?:zoals|net als|als) (?:bij )?(?:een )?(?:vluchteling(?:en)?|refugee)\b"
    # "bij kerk huwelijk toch gewone gezinshereniging kan vragen ... en dan niks betalen"
    r"|\b(?:kerk|religieus|moskee|imam|traditioneel)\w*\b[^?]{0,40}\b(?:gewone )?"
    r"gezinshereniging\b[^?]{0,30}\bvragen\b"  # (panel 64, g2: "geen antwoord")
    # "ik ben subsidiaire bescherming, geen vluchteling. maakt dat verschil voor die soepele
    # regel?" (panel 72, g5: "geen antwoord")
    r"|\bsoepel\w*\s+(?:regel|regeling|procedure|aanpak)\b"
)


_MARRIAGE_VISA = re.compile(
    r"\bvisum om (?:in belgie )?te trouwen\b|\bhuwelijksvisum\b|\bvisum (?:voor|om) (?:een )?"
    r"(?:huwelijk|te huwen)\b"
    # "kan ricardo naar belgie komen om hier te trouwen met mij?" (panel 64, h4)
    r"|\bkomen om (?:hier |in belgie )?te (?:trouwen|huwen)\b"
)


_BEFORE_21 = re.compile(
    r"\b(?:al )?(?:indienen|aanvragen) (?:voor|vóór) (?:\d{1,2} [a-z]+|mijn verjaardag|ik 21)"
    r"|\bnu of wachten\b|\bnu al (?:indienen|aanvragen)\b"
)
_PAPERS_WHEN_21 = re.compile(
    r"\b(?:in mei|als ik 21 ben|vanaf mei|na mijn verjaardag|als we allebei 21)\b[^?]{0,60}"
    r"\b(?:papieren|documenten|nodig)\b"
)


def _young_couple(turn: Any) -> list[dict[str, Any]]:
    """The partner of a couple that is not yet old enough (seed 001's age rule applies)."""
    return [e for e, _ in _advice_of(_case(turn), ("spouse_age_rule",))]


def _before_21(turn: Any, reading: Reading) -> bool:
    """ "mag ik de aanvraag al indienen voor 3 mei?": now with a humanitarian visa in second
    order (seed 000), or the request once both are old enough."""
    couple = _young_couple(turn)
    if not couple:
        return False
    return _say_entries(turn, [(M.SIDE["apply_now_second_order"], _voice(turn, couple[0]))])


def _papers_when_21(turn: Any, reading: Reading) -> bool:
    """ "als we in mei gewoon gezinshereniging aanvragen, welke papieren dan?": the documents
    of the request once the young sponsor is old enough (panel 62, h6: the humanitarian list)."""
    couple = _young_couple(turn)
    if not couple:
        return False
    older = copy.deepcopy(turn.state)
    older["sponsor"]["age"] = max(P.BELGIAN_SPOUSE_MIN_AGE.value, P.SPOUSE_MIN_AGE.value)
    result = assessment(older, couple[0], turn.today)
    if result.get("route") != FR:
        return False
    return _say_items(turn, list(result.get("documents") or []))


def _marriage_visa(turn: Any, reading: Reading) -> bool:
    """ "hoe werkt dat visum om te trouwen?": seed 001 names it for a partner; how it works is
    in no seed."""
    partners = [e for e, _ in _case(turn) if e["relationship"] in ("partner", "spouse")]
    if not partners:
        return False
    return _say_entries(
        turn,
        [
            (
                M.lookup(M.SIDE, "marriage_visa_how", (_status(turn) or "",)),
                _voice(turn, partners[0]),
            )
        ],
    )


# "we hebben geen kinderen. maakt dat het moeilijk?" (panel 72, g5: the DNA text)
_NO_CHILDREN = re.compile(
    r"\b(?:we|wij) hebben (?:nog )?geen (?:gemeenschappelijke |gezamenlijke )?kinderen\b"
    r"|\bgeen (?:gemeenschappelijke|gezamenlijke) kinderen\b|\bgeen kinderen samen\b"
)


def _no_common_children(turn: Any, reading: Reading) -> bool:
    """Seed 000: "De slaagkansen zijn nog onzekerder als ... er geen gemeenschappelijke
    kinderen zijn. Het bewijs van de duurzame relatie en het bijzondere humanitaire karakter
    van de aanvraag spelen hier een cruciale rol."
    """
    couples = [
        e for e, r in _case(turn)
        if e["relationship"] in COUPLES and r.get("route") == HV
        and (e.get("facts") or {}).get("marriage") != "official"
    ]  # fmt: skip  # not an official marriage (panel 75, g5: a student's wife)
    if not couples:
        return False
    said = Answer(turn)
    said.entry(M.SIDE["no_common_children"], _voice(turn, couples[0]))
    if _status(turn) in (*PROTECTED, "asylum_seeker"):
        said.entry(M.SIDE["dna_couple_asylum_interview"], _voice(turn, couples[0]))
    said.send("utter_answer_menu")
    return True


# "we zijn niet getrouwd, is dat een groot probleem?" (panel 73, h4: "geen antwoord")
_NOT_MARRIED_ASKED = re.compile(  # "is het een probleem dat we niet getrouwd zijn?" (77, h4)
    r"\b(?:we|wij) zijn (?:nog )?niet getrouwd\b|\bdat (?:we|wij) (?:nog )?niet getrouwd zijn\b"
)
# "waar kan dat, hier in belgie of in ethiopie?" of registering (panel 73, h4)
_WHERE_REGISTERED = re.compile(
    r"\bregistr\w*\b[^?]{0,60}\b(?:waar|hier in belgie|in belgie of|gemeente)\b"
    r"|\b(?:waar|hier in belgie|in belgie of|gemeente)\b[^?]{0,60}\bregistr\w*\b"
)


# "Stel dat de papa toch later wil komen, kan dat dan nog apart?", "heeft de papa ook recht,
# als hij later alsnog een aanvraag doet?" (panel 74, g1)
_PARENT_LATER = re.compile(
    r"\b(?:papa|vader|mama|moeder|ouder)\b[^?]{0,60}\b(?:later|alsnog|apart|achteraf)\b"
)


# "ik weet de maand niet meer van mijn erkenning, ergens 2019. maakt dat nog uit?" (76, h1)
_MONTH_MATTERS = re.compile(r"\b(?:maand|dag|datum)\b[^?]{0,60}\b(?:uit|verschil|belangrijk)\b")


def _year_enough(turn: Any, reading: Reading) -> bool:
    """A status year alone, long past its 12 months: the month changes nothing (seed 003
    "binnen het jaar (12 maanden) na de erkenning")."""
    known = turn.state["sponsor"].get("recognition_date")
    if turn.state.get("approximate_date") != "year" or not known:
        return False
    year = int(known[:4])
    turn.say("utter_side_year_enough", year=year, end_year=year + 1)
    turn.say_text("", "utter_answer_menu")
    return True


def _parent_later(turn: Any, reading: Reading) -> bool:
    """A minor sponsor's parent who stays now, asked about later: his own right, until the
    sponsor's 18th birthday (seed 001)."""
    parents = [e for e, r in _case(turn) if e["relationship"] == "parent" and r.get("route") == FR]
    if not parents or not turn.state["sponsor"].get("unaccompanied_minor"):
        return False
    with_parents = [
        e
        for e, r in _case(turn)
        if any(a.get("id") == "apply_with_parents" for a in r.get("advice") or [])
    ]
    named = [e for e in asked_about(with_parents, reading) if e["relationship"] != "parent"]
    if named:  # "kan mama eerst alleen aanvragen en sana en wali later?": the siblings file with
        # her (seed 000 "gelijktijdig"; panel 101, s4: "Ja. Elke ouder ... kan later apart")
        entries = [(M.SIDE["deadline_with_parents"], _voice(turn, e)) for e in named]
        return _say_entries(turn, entries)
    said = Answer(turn)
    said.entry(M.SIDE["parent_later_own_request"], _voice(turn, parents[0]))
    said.add(deadline_line(turn, _case(turn)))
    said.send("utter_answer_menu")
    return True


def _not_married(turn: Any, reading: Reading) -> bool:
    """Seed 001's de facto partner: no right; a humanitarian visa or a visa to marry or to
    register; and the registered partnership's own right (art. 10, §1, 5°)."""
    partners = [e for e, _ in _case(turn) if e["relationship"] == "partner"]
    if not partners:
        return False
    voice = _voice(turn, partners[0])
    registration = M.lookup(M.SIDE, "registration_would_help", (_status(turn) or "",))
    return _say_entries(turn, [(M.SIDE["not_married_partner"], voice), (registration, voice)])


_BOND_NOW = re.compile(
    r"\b(?:als|wanneer|indien|stel dat)\b[^?]{0,50}\b(?:registreren|registreert|"
    r"geregistreerde partner wordt|partner wordt)\b"
)


def _bond_formed_now_asked(folded: str) -> bool:
    """ "als we het partnerschap nu registreren", "als hiwot mijn wettelijke partner wordt"."""
    return bool(_BOND_NOW.search(folded))


def _married_after_arrival(turn: Any, reading: Reading) -> bool:
    """ "maar wij zijn getrouwd in 2019, na dat ik in belgie kwam. maakt dat verschil?": seed
    003's 12 months need the bond before the arrival; seed 001's 18 years too (panel 73, g2)."""
    spouses = [e for e, _ in _case(turn) if e["relationship"] == "spouse"]
    if not spouses or _status(turn) not in PROTECTED:
        return False
    spouse = spouses[0]
    religious = (spouse.get("facts") or {}).get("marriage") == "religious_or_customary"
    said = Answer(turn)
    told = M.lookup(M.SIDE, "married_after_arrival_told", ("religious",) if religious else ())
    said.entry(told, _voice(turn, spouse))
    ages = [spouse.get("age"), turn.state["sponsor"].get("age")]
    if any(age is None or age < P.SPOUSE_MIN_AGE.value for age in ages):
        said.entry(M.SIDE["married_after_arrival_age"], _voice(turn, spouse))
    said.send("utter_answer_menu")
    return True


def _like_a_refugee(turn: Any, reading: Reading) -> bool:
    """ "kan grace gewoon gezinshereniging vragen zonder betalen zoals bij vluchtelingen?":
    seed 000's soft procedure is a protected sponsor's religious or customary spouse's only;
    asked by a protected sponsor, the case's own soft procedure (panel 64, g2)."""
    if _status(turn) in PROTECTED:
        soft = [(e, r) for e, r in _case(turn) if _soft_procedure(r)]
        items = _advice_items(soft, ("soft_procedure", "b17_renewal"))
        return bool(items) and _say_items(turn, items)
    wives = [e for e, r in _case(turn) if e["relationship"] == "spouse" and r.get("route") == HV
             and (e.get("facts") or {}).get("marriage") == "religious_or_customary"]  # fmt: skip
    if not wives or _status(turn) == "asylum_seeker":  # "en als ik erkend word als
        return False  # vluchteling?": the answer after recognition, not that the soft
        # procedure is not for her (panel 84, j2: a civil marriage whose deed was lost)
    return _say_entries(turn, [(M.SIDE["soft_procedure_only_protected"], _voice(turn, wives[0]))])


def _living_together(turn: Any, reading: Reading) -> bool:
    """The condition of living together as the case has it: seed 004's family cell for a
    Belgian's family (together, or ties shown), art. 10's "komt samenwonen" for others."""
    items = _items_of(turn, "conditions", ("family_cell", "living_together"))
    items += _items_of(turn, "documents", ("family_cell_proof",))
    return _say_items(turn, items)


def _without_the_post(found: list[str], folded: str) -> list[str]:
    """ "wie moet er naar de ambassade, mijn broer of hana?": who goes, not which post (panel
    59, h3); "moeten ze alle 3 samen gaan naar de ambassade of kan de oudste eerst": the
    order, not the post (panel 52, g1)."""
    if {"where", "who_applies"} <= set(found) and not re.search(r"\b(?:waar|welke)\b", folded):
        found.remove("where")
    if {"where", "deadline"} <= set(found) and _ALL_AT_ONCE.search(folded):
        found.remove("where")
    return found


def _with_costs(found: list[str], reading: Reading, folded: str, answered: bool) -> list[str]:
    """The fee beside the other topics: "als we getrouwd zijn, moet hij dan betalen?" the
    spouse's (panel 19, l1); asked with the intent, first (panel 18, j4)."""
    supposed = _any(W.IF_MARRIED + W.IF_REGISTERED, folded) or _bond_formed_now_asked(folded)
    if _costs_asked(reading, folded, True) and supposed:  # "als hiwot later wel mijn
        # wettelijke partner wordt, betaalt ze dan nog retributie?" (panel 79, h4)
        return [k for k in found if k != "costs"] + ["fee_if_married"]
    paid = re.search(r"\bbetal", folded)  # "waarom moet mijn zoon betalen en mijn man niet?"
    if (_costs_asked(reading, folded, True) or paid) and "waarom" in folded:  # (d4)
        return [k for k in found if k != "costs"] + ["fee_why"]  # (panel 31, a4)
    if found and not {"costs", "dna"} & set(found) and _costs_asked(reading, folded, answered):
        found.append("costs")  # "wat kost het en waar moet ik?" (panel 5, i5)
    if "costs" in found and reading.intent == "ask_costs":  # "moet ik nu betalen omdat ik te
        found.insert(0, found.pop(found.index("costs")))  # laat ben?": the fee first (j4)
    if answered and _costs_asked(reading, folded, True) and _ADULT_BY_THEN.search(folded):
        # "betalen de ouders echt niks? ook als javid intussen 18 zou zijn bij het indienen?":
        # the fee, then the day the right ends (panel 46, g2: the fee line alone)
        found = [*[k for k in found if k not in ("costs", "age_limit")], "costs", "age_limit"]
    return found


_ADULT_BY_THEN = re.compile(r"\b(?:als|intussen|tegen)\b[^.?!]{0,40}\b(?:18|meerderjarig)\b")


def _earlier_marriage_asked(reading: Reading, folded: str) -> bool:
    """ "ik had voor haar een andere vrouw maar gescheiden. is dat probleem?" (panel 28, a5)."""
    ex = any(m.context == "ex" for m in reading.mentions)
    return (ex or _any(W.WRITER_DIVORCED, folded)) and _any(W.DIVORCED, folded)


_ANOTHERS_HOME = re.compile(
    r"\b(?:hij|zij|ze|die)\s+(?:heeft|hebben|woont|wonen)\b[^.?!]{0,60}"
    r"\b(?:appartement\w*|huis\w*|woning\w*|studio\w*|kamer\w*)\b"
)
_MY_HOME = re.compile(
    r"\b(?:mijn|ons|onze|ik heb een|we hebben een)\s+(?:\w+\s+)?(?:appartement|huis|woning|studio)"
)


def _anothers_home(folded: str) -> bool:
    """ "mijn broer ... hij heeft 3 kinderen, een klein appartement": his home, not the
    sponsor's asked about (panel 103 and 104, z3: the housing condition answered)."""
    return bool(_ANOTHERS_HOME.search(folded)) and not _MY_HOME.search(folded)


# "Is le jugement van Kinshasa genoeg voor het hoederecht?" (panel 105, k1: "geen antwoord")
_CUSTODY_JUDGMENT_ASKED = re.compile(
    r"\b(?:vonnis|jugement|uitspraak|beslissing van de rechter)\b[^?]*\b(?:genoeg|volstaat|goed|"
    r"geldig|telt)\b[^?]*\?|\b(?:hoederecht|voogdij|bewaring)\b[^?]*\b(?:vonnis|jugement)\b[^?]*\?"
)


def _gone_parent_proof(folded: str) -> bool:
    """ "de papa is verdwenen, hoe bewijs ik da?" (panel 29, b5: the general list)."""
    # "de papa is dood dus er is niemand anders", "mijn papa is weg sinds 2022, niemand weet
    # waar" (panel 48); "volstaat de overlijdensakte van de vader?" (panel 60, h12)
    folded = re.sub(r"\bniet (?:vermist|verdwenen|weg|dood|overleden)\b", " ", folded)  # "haar
    # papa is niet vermist, we weten gewoon niet wie het is" (panel 92, n5)
    gone = _any(("verdwenen", "vermist", "weg is", "is weg", "niemand weet waar", "onbekend",
                 " dood", "overleden", "gestorven", "overlijdensakte"), folded)  # fmt: skip
    # "hoe kan ik bewijzen dat mijn vader vermist is?" (panel 47, g4); "een papier over het
    # hoederecht?" (panel 48, g2)
    asked = _any(("bewijs", "bewijz", "aanto", "toon ik", "tonen", "toestemming", "probleem",
                  "hoederecht", "papier", "volstaat"), folded)  # fmt: skip
    parent = re.search(r"\b(?:papa|mama|vader|moeder|ouder|ouders|man|vrouw|pa|ma)\b", folded)
    # a parent gone, not "zijn paspoort is weg" (panel 49, h1: the missing parent's proof)
    return gone and bool(parent) and "?" in folded and asked  # "is dat een probleem?" (h2)


def _late_reason_asked(folded: str) -> bool:
    """ "is dat overmacht?"; "ik wist niet van die 12 maanden, niemand zei het. is dat een
    goede reden?" (panel 27, a5: "Dank je voor je reactie")."""
    if _any(W.FORCE_MAJEURE_WORDS, folded):
        return True
    late = _any(W.LATE_REASON_WORDS, folded) or _any(W.LATE_WORDS, folded)
    return _any(W.GOOD_REASON_WORDS, folded) and late


def _costs_asked(reading: Reading, folded: str, answered: bool) -> bool:
    """The fee asked beside another topic: by its words after the answer, by the intent
    before it too ("moet ik nu betalen omdat ik te laat ben?" is not only the deadline); "wie
    betaalt de DNA-test?" is the DNA answer's own."""
    named = _any(W.COST_WORDS, folded) or bool(_PAYING_ASKED.search(folded))
    return named and answered or reading.intent == "ask_costs"


# "moet mama iets betalen voor de aanvraag?", "do i pay something?" (panel 83, j4, j5: the
# fee dropped beside the processing time or the post)
_PAYING_ASKED = re.compile(
    r"\b(?:moet|moeten)\s+(?:[a-z]+\s+){0,2}(?:iets\s+|nog\s+|ook\s+)?betalen\b"
    r"|\b(?:do|does|must)\s+(?:i|we|she|he|they)\s+pay\b"
)


def _money_help_asked(folded: str) -> bool:
    """ "kan mijn schoonvader bijspringen?", "ik vroeg of hij kan helpen met geld" (k1)."""
    asked = "?" in folded or _any(W.INDIRECT_QUESTION, folded)
    return asked and _any(W.MONEY_HELP_WORDS, folded)


def _deadline_question(folded: str, intent: str | None) -> bool:
    """ "tot wanneer?"; the intent alone not for "moet hij ten laste zijn?" (panel 10, t1)."""
    if _any(W.DEADLINE_WORDS, folded) or _any(W.LATE_WORDS, folded) and "?" in folded:
        return True
    asked = "?" in folded or bool(_QUESTION_START.match(folded))
    if asked and _ALL_AT_ONCE.search(folded):  # "moet alles tegelijk? of eerst ali en
        return True  # mijn man later": each one's last day (panel 41, g4: "geen antwoord")
    if "?" in folded and _PERIOD_OVER.search(folded):  # "de 12 maanden zijn voorbij toch?"
        return True  # (panel 50, h3: "geen antwoord")
    if _HOW_FAST_MUST.search(folded):  # "als ik erkend word, hoe snel moet ik dan zijn"
        return True  # (panel 50, g5: DVZ's processing time said)
    return intent == "ask_deadline" and "ten laste" not in folded


_HOW_FAST_MUST = re.compile(
    r"\bhoe (?:snel|vlug|rap) (?:moet|moeten) (?:ik|we|wij|ze|hij|zij)\b"
    # "maar moet ik dus voor juni 2027 de aanvraag doen of maakt dat niet uit?" (panel 91, m4)
    r"|\bmoet(?:en)? (?:ik|we|wij|ze|hij|zij) (?:dus |dan |echt )?(?:voor|tegen|binnen) "
    r"[^?.!]{0,25}\b(?:aanvraag|aanvragen|indienen)\b"
)
# "kan ik het niet hier in gent doen voor hen, bij de gemeente?" (panel 52, g1)
_HERE_AT_THE_TOWN = re.compile(
    r"\b(?:hier|in belgie)\b[^?.]{0,25}\bdoen\b[^?]{0,30}\bgemeente\b"
    r"|\b(?:hier|in belgie)\b[^?.]{0,25}\bbij de gemeente\b"
)
_PERIOD_OVER = re.compile(
    r"\b(?:12|twaalf) maanden\b[^?.]{0,20}\b(?:voorbij|om|verstreken|verlopen|gedaan)\b"
    # "die 12 maanden, is dat nog belangrijk voor ons?" (panel 64, i5: "geen antwoord")
    r"|\b(?:12|twaalf) maanden\b[^?]{0,25}\b(?:belangrijk|van belang|gelden|geldt|telt)\b"
    # "zijn erkenning is nu al meer dan een jaar geleden, verliest hij daardoor iets?" (80, h1)
    r"|\berkenning\b[^?.]{0,25}\bmeer dan (?:een|1|12) (?:jaar|maanden)\b"
)


_ALL_AT_ONCE = re.compile(
    r"\b(?:alles|allemaal|iedereen|allen|samen) (?:tegelijk|tegelijkertijd|samen)\b"
    # "moeten ze alle 3 samen gaan ... of kan de oudste eerst" (panel 52, g1)
    r"|\balle (?:\d|twee|drie|vier|vijf) (?:samen|tegelijk)\b|\bkan (?:de|mijn) \w+ eerst\b"
    r"|\bmoet(?:en)? (?:het |ze |we |alles )?(?:allemaal )?tegelijk\b"
    r"|\beerst\b[^?.]{0,40}\blater\b"
)


# questions that name an embassy without asking where to apply: "moet ik iets betalen aan de
# ambassade?", "ik kan niet naar de syrische ambassade voor de legalisatie"
NOT_WHERE_INTENTS = ("ask_costs", "ask_legalisation", "ask_travel_document")


_WHERE_ASKED = re.compile(  # "mag ze in addis bij de belgische ambassade aanvragen?", "moet
    # hij in marokko aanvragen of kan hij eerst naar hier komen?" (panel 19, k5, k1)
    r"\b(?:mag|kan|moet|kunnen|moeten|mogen) (?:ze|hij|zij|ik|we|wij|jullie|mijn \w+|de \w+"
    r"|[a-z]{3,}) "  # "moet karim de aanvraag in istanbul indienen of in ankara?" (panel 51, g7)
    r"(?:\w+ ){0,2}in "  # "kan mijn vrouw in teheran indienen" (panel 29, a2)
    r"[a-z]+\b[^?.]{0,40}\b(?:aanvragen|indienen|aanvraag)\b"
    # "kan ze dat aanvragen in kinshasa zelf? of moet ze ergens anders heen" (panel 46, g5)
    rf"|\b(?:aanvragen|indienen|aanvraag doen) in (?!de |het |een |{'|'.join(MONTH_WORDS)}\b)"
    r"[a-z]{3,}\b"
    r"[^?.]{0,40}\?"  # "... doen in Cairo bij de belgische ambassade?" (panel 55, d5)
    r"|\bergens anders (?:heen|naartoe|aanvragen|indienen)\b"
    r"|\b(?:kan|mag) (?:de )?aanvraag in [a-z]{3,}\b[^?.]{0,20}\?"  # "kan aanvraag in addis?"
)


# "en moet Mei naar de ambassade in Shanghai of Beijing?", "which embassy in Cairo?" (panel 73)
_WHICH_POST = re.compile(
    r"\bnaar de (?:belgische )?(?:ambassade|consulaat)\b[^.?]{0,40}\?"
    r"|\b(?:welke|which) (?:belgische )?(?:ambassade|embassy|consulaat|post)\b"
)
_A_PLACE_OK = re.compile(r"\b(?!dat\b|dit\b|het\b|alles\b|die\b)[a-z]{4,} ook (?:goed|ok|oke)\s*\?")
_COUNTRY_WORDS = re.compile(r"\b(?:" + "|".join(re.escape(fold(c)) for c in COUNTRIES) + r")\b")


def _a_place_asked(folded: str) -> bool:
    """ "ok en islamabad ook goed? ze kunnen naar pakistan gaan" (panel 72, h1)."""
    place = bool(_COUNTRY_WORDS.search(folded)) or _any(
        ("ambassade", "consulaat", " post "), folded
    )
    papers = _any(W.DOCUMENT_QUESTION, folded)  # "welke papieren moet ze meenemen naar de
    # ambassade?" asks the documents (panel 18, i2)
    return (
        place
        and bool(_A_PLACE_OK.search(folded))
        or not papers
        and bool(_WHICH_POST.search(folded))
    )


_WHERE_CHOICE = re.compile(  # "moeten ze naar teheran of kunnen ze naar islamabad?" (panel 31,
    # a4): a choice between two places
    r"\bnaar (?!de |het )[a-z]+\b[^?.]{0,30}\bof\b[^?.]{0,25}\bnaar (?!de |het )[a-z]+[^.]*\?"
    # "moeten ze naar ankara of kan het ook in istanbul?" (panel 45, h3: "geen antwoord")
    r"|\bnaar (?!de |het )[a-z]+\b[^?.]{0,10}\bof\b[^?.]{0,25}\bin (?!de |het )[a-z]+\s*\?"
)


# "dus ze mogen naar addis abeba of kairo gaan en daar indienen?" (panel 34, d1)
_WHERE_CHOICE_ACT = re.compile(
    r"\bnaar [a-z]+(?: [a-z]+)? of (?:naar )?[a-z]+\b[^?]{0,30}\b(?:indienen|aanvragen|"
    r"gaan|aanvraag)\b[^?]*\?"
)


# "waar mama moet gaan? in conakry?": learner's word order (panel 37, g4: "Dag! Veel sterkte.")
_WHERE_INVERTED = re.compile(
    r"\bwaar (?:\w+ ){1,2}(?:moet|moeten|kan|kunnen|mag|mogen) (?:\w+ )?(?:gaan|indienen|aanvragen)"
    r"\b[^.]*\?"
    # "en waar dienen ze in, addis?" (panel 51, h5: the translation only)
    r"|\bwaar (?:dienen|vragen|doen) (?:ze|we|wij|hij|zij|jullie) (?:\w+ )?(?:in|aan)\b"
    # "waar aanvragen? ankara of istanbul?" (panel 58, g2: "geen antwoord"); "zij wonen
    # gaziantep turkije. waar aanvraag? ankara of istanbul?" (panel 59, g2)
    r"|(?:^\s*|[.?!]\s*)(?:en |maar )?waar (?:de )?(?:aanvragen|indienen|aanvraag)\b"
    # "Kunnen ze de aanvraag daar indienen, of moeten ze naar Damascus?" (panel 61, h12)
    r"|\baanvraag daar (?:indienen|doen)\b|\bof moet(?:en)? (?:ze|hij|zij) naar [a-z]+\s*\?"
)


def _where_question(folded: str, intent: str | None) -> bool:
    if _any(W.CANNOT_RETURN, folded):
        return False  # "ik kan niet terug naar belarus ... telt dat mee?" (panel 40, g2)
    if re.search(r"\b(?:vraag|vraagt|vragen|aanvragen|indienen)\b[^.]{0,40}\bwaar ?\?", folded):
        return True  # "hoe vraagt ze dat humanitair visum? waar?" (panel 40, h3)
    if _any(W.WHERE_QUESTION, folded) and _any(W.WHERE_ACTS, folded):
        return True
    if _WHERE_INVERTED.search(folded):
        return True
    if _WHERE_CHOICE_ACT.search(folded) and not _any(W.NOT_A_POST, folded):
        return True
    if _WHERE_CHOICE.search(folded) and not _any(W.NOT_A_POST, folded):
        return True
    if _WHERE_ASKED.search(folded) and "?" in folded or _a_place_asked(folded):
        return True
    if intent in NOT_WHERE_INTENTS or _any(W.PAY_WORDS, folded):
        return False
    if intent == "ask_documents" and _any(W.DOCUMENT_QUESTION, folded):
        return False  # "welke papieren moet ze meenemen naar de ambassade?" (panel 18, i2)
    return _any(W.WHERE_WORDS, folded)


def _validity_only(folded: str) -> bool:
    """ "kerkelijk huwelijk telt dat?", tagged as an income question: the marriage, no income
    (panel 51, g1: "Welke soorten inkomen meetellen" first)."""
    return _marriage_validity(folded) and not _any(W.INCOME_WORDS, folded)


# "als ik het huwelijk nu laat registreren bij de rechtbank in irak, is het dan beter?" (74, g2)
_REGISTER_THE_MARRIAGE = re.compile(
    r"\bhuwelijk\b[^.?]{0,30}\b(?:laat|laten) (?:registreren|inschrijven)\b"
)


# the visa code as a word; not "ik heb 1700 euro" (panel 76, g4: the B17 text to a grandson)
_B17 = re.compile(r"\bb[- ]?17\b")


def _marriage_check_asked(folded: str) -> bool:
    """ "hoe weet ik of die in marokko als officieel telt" (no "?"; panel 68, g2)."""
    marriage = _any(W.MARRIAGE_WORDS, folded) or _any(("nikah", "officieel"), folded)
    return marriage and bool(_HOW_TO_CHECK.search(folded))


def _marriage_validity(folded: str) -> bool:
    """ "telt ons kerk huwelijk?", "is een mullah huwelijk geldig?" (seed 000); not "helpt het
    dat ik erkend ben ...?" (the sponsor's recognition; panel 11, v3)."""
    folded = re.sub(r"\b(?:ik|ben|je|bent|hij|zij|ze) erkend\b|\berkend (?:ben|als)\b", " ", folded)
    folded = re.sub(r"\bniet getrouwd\b", " ", folded)  # "de zoon is niet getrouwd. welk
    sentences = re.findall(r"[^.!?]*[.!?]?", folded)  # atest ... mag dat?" (panel 29, b3)
    pairs = [
        " ".join(sentences[max(0, i - 1) : i + 1])
        for i, asked in enumerate(sentences)  # the question itself about it: not "officieel,
        if "?" in asked and _any(W.MARRIAGE_WORDS + W.VALIDITY_WORDS, asked)  # getrouwd. ...
    ]  # haar mama ..., kunnen ze komen?" (panel 72, h5: the religious marriage's check)
    return "?" in folded and any(  # "in de kerk, orthodox. is dat officieel?" (panel 27, a4)
        _any(W.MARRIAGE_WORDS, p) and _any(W.VALIDITY_WORDS, p) for p in pairs
    )


_CAME_TOGETHER = re.compile(
    r"\bsamen met (?:ons|mij|mama|papa)\b[^.?!]{0,15}\b(?:gekomen|gevlucht)\b"
)


# follow-up questions told by their words, in order of precedence (after the age limit and
# "strengthen", which need more than words)
FOLLOW_UP_WORDS = (
    (W.WHY_NO_RIGHT, "why_no_right"),
    (W.MARRY_AGAIN_WORDS, "marry_again"),
    (W.IF_NOT_OFFICIAL, "marry_again"),
    (W.UNBORN_CUES, "unborn"),  # before 'wachten' (panel 41, h4)
    (W.WAIT_WORDS, "wait"),
    (W.OTHER_PARENT_WORDS, "other_parent"),
    (W.GUARDIANSHIP_WORDS, "guardianship"),
    (W.MEDICAL_PAPER_WORDS, "medical_paper"),
    (W.CHILD_FIRST_WORDS, "child_alone"),
    (W.RELATIONSHIP_PROOF_WORDS, "relationship_proof"),
    (W.TOGETHER_WORDS, "together"),
    (W.NO_PASSPORT, "travel_document"),
)


# a child named by a first name who comes first, alone: "als alleen ayaan eerst gaat"
_CHILD_FIRST = re.compile(
    r"\balleen \w+ eerst (?:gaat|komt|reist)\b"
    # "kan mijn zoon dan eerst alleen komen en mijn man later?" (panel 37, h2)
    r"|\b(?:zoon|dochter|kind|kinderen|zoontje|dochtertje) (?:\w+ ){0,2}eerst alleen "
    r"(?:komen|gaan|reizen)\b"
    # "Stel dat oma en Alhaji geen aanvraag doen en Hawa komt alleen" (panel 110, q2)
    r"|\b(?:stel dat|als|indien|wat als)\b[^?.]{0,80}\b(?:komt|gaat|reist)\s+(?:dan\s+)?alleen\b"
)
_TOGETHER_EXCEPTION = re.compile(
    r"\b(?:beide|allebei|alle twee|de twee|twee)\b[^?]{0,60}\bsamen\b.{0,60}\buitzondering\b"
    # "en als eerst alleen de 2 kinderen komen, en Joseph later? moet ik dan ook inkomen tonen?"
    r"|\balleen de (?:2|twee|beide|3|drie) kinderen\b[^?]{0,60}\?[^?]{0,40}\binkomen\b"
)  # (panel 55, d4)
_WHY_NO_RIGHT = re.compile(  # "waarom kan zij niet gewoon gezinshereniging zoals mijn zoon?"
    r"\bwaarom\b[^?.]{0,40}\bgeen (?:recht|gezinshereniging)\b"  # (panel 32, c3)
    r"|\bwaarom (?:kan|mag) (?:zij|ze|hij) niet\b[^?.]{0,25}\bgezinshereniging\b"
    # "heeft een echtgenoot dan geen recht?" (panel 64, i4: a student's husband)
    r"|\bheeft (?:een |mijn |de |zij |ze |hij )?\w* ?(?:dan |echt |toch )*geen recht\b"
    # "waarom mijn zoon niet? hij is nog student" (panel 35, f3)
    r"|\bwaarom (?:mijn|mn|m'n|de|onze|ons) \w+ niet\b"
    # "is er geen ander papier, gezinshereniging of zo, omdat patrick belg is?" (panel 36, g5)
    r"|\bgezinshereniging\b[^?.]{0,30}\bomdat\b[^?.]{0,25}\b(?:belg|belgisch|erkend)\b"
    # "dus lina kan ook echt mee? ze is toch al 19" (panel 40, h1: "geen antwoord", twice)
    r"|\b(?:kan|mag) \w+ (?:ook )?(?:echt |wel |nog )?(?:mee|komen)\b[^.]{0,6}\?"
    # "omar heeft echt recht op gezinshereniging, ook met 19?", "hij echt recht?" (panel 58, g2)
    r"|\b(?:echt|toch|zeker) (?:een |het |geen )?recht\b[^.?]{0,40}\?"
    # "mijn broer is nog minderjarig. kan hij niet gewoon gezinshereniging krijgen?" (62, g15)
    r"|\bkan (?:hij|zij|ze) niet (?:gewoon |ook )?(?:via )?gezinshereniging\b"
    # "mijn collega zei dat belgen hun ouders wel mogen laten komen met gezinshereniging"
    r"|\b(?:mogen|mag|kunnen|kan)\b[^?.]{0,30}\blaten komen met gezinshereniging\b"
    r"|\bheeft (?:ze|zij|hij) (?:dan )?(?:nog |toch )?(?:wel )?recht\b"
    # "waarom heeft mijn zoon wel recht en hiwot niet?" (panel 77, h4: the processing time)
    r"|\bwaarom heeft\b[^?.]{0,30}\bwel recht\b[^?.]{0,30}\bniet\b"
    # "heeft mijn gehandicapte zoon van 20 recht op gezinshereniging?" (panel 80, h3)
    r"|\bheeft (?:mijn|mn|de|onze) [\w ]{1,40}?\brecht op gezinshereniging\b[^.]{0,20}\?"
)
_PROVE_QUESTION = re.compile(
    r"\bwat (?:moet|moeten|moete)\b[^?.]{0,30}\b(?:bewijzen|aantonen|tonen|laten zien)\b"
    r"|\b(?:moet|moeten) (?:ik|we|wij|ze|hij|zij) (?:\w+ )?(?:bewijzen|aantonen)\b"
    # "wat mijn dochter van 20 moet tonen" (panel 28, a3)
    r"|\bwat\b[^?.]{0,40}\b(?:moet|moeten) (?:\w+ )?(?:bewijzen|aantonen|tonen)\b"
    # "moet zij ook extra humanitaire elementen aantonen?" (panel 55, d3)
    r"|\b(?:extra|andere|meer) humanitaire (?:elementen|redenen)\b"
    r"|\b(?:moet|moeten) (?:ik|we|wij|ze|hij|zij) (?:\w+ ){1,4}(?:bewijzen|aantonen)\b"
)


_OWN_GUARDIANSHIP = re.compile(
    r"\bik ben (?:zijn |haar |de )?voogd\b|\bvoogd gemaakt\b|\bpapier van de rechtbank\b"
    r"|\bpapier van de rechter\b|\bvonnis van (?:de )?(?:rechtbank|rechter)\b"
)
_CAN_COME_TOO = re.compile(r"\b(?:kan|mag|kunnen|mogen) \w+ (?:ook )?(?:mee|komen|visum)\b")


# follow-up questions told by their shape, before the word lists
# "en als we nu eerst in ghana trouwen, kan hij dan wel via gezinshereniging komen?" (54, b1)
_MARRYING_FIRST = re.compile(r"\bals (?:we|wij)\b[^?.]{0,30}\b(?:trouwen|huwen)\b")

# a refusal to come, no earlier one: "is ze eronder en word ik dan geweigerd?" (panel 108, n5:
# "Waarom de vorige aanvraag geweigerd werd, staat in de beslissing")
_REFUSAL_TO_COME = re.compile(
    r"\b(?:word|wordt|worden|zal|zullen|kan|kunnen)\b(?:\s+\w+){0,3}\s+geweigerd\b"
    r"|\bgeweigerd\s+(?:worden|wordt|word)\b"
    r"|\b(?:is|ben)\s+(?:da|dat|het|ik|ze|hij)\s+dan\s+geweigerd\b"  # "is da dan geweigerd?"
)

FOLLOW_UP_PATTERNS = (
    (_WHY_NO_RIGHT, "why_no_right"),  # "waarom heeft mijn zoon geen recht?" (panel 19, k2)
    (_MARRYING_FIRST, "marry_again"),
    (_CHILD_FIRST, "child_alone"),  # "als alleen ayaan eerst gaat" (panel 24, g4)
    # "als beide zonen samen komen ... geldt de uitzondering dan ook?" (panel 36, g3)
    (_TOGETHER_EXCEPTION, "children_together"),
)


def _follow_up_first(folded: str) -> str | None:
    """The follow-ups that go before the patterns and the word lists."""
    if _any(W.AGE_LIMIT_WORDS, folded) and (_any(W.HYPOTHETICAL, f" {folded} ") or "?" in folded):
        return "age_limit"  # before "strengthen": "verliest hij dan zijn recht?"
    refused = _any(W.REFUSED_WORDS, folded) and not _REFUSAL_TO_COME.search(folded)
    if refused and not _any(W.HYPOTHETICAL, folded):  # "waarom hebben ze
        return "refused"  # mij geweigerd?"; not "wat als het geweigerd wordt?" (panel 27, a4)
    if _refusal_supposed(folded):  # "en als dvz nee zegt?" (panel 32, c1, c2, c3, c5)
        return "if_refused"
    if _OWN_GUARDIANSHIP.search(folded) and "hoederecht" not in folded:  # "is hij niet mijn
        # kind nu? ik ben voogd", "telt dat papier van de rechtbank niet?" (panel 51, h8); not
        return "guardianship"  # a judgment of shared custody (panel 76, h5)
    if _any(W.UNBORN_CUES, folded) and _CAN_COME_TOO.search(folded):
        return "unborn"  # "de baby wordt geboren in libanon, kan die ook komen?": the baby,
        # not the daughter's right (panel 50, g4)
    return None


def _follow_up(folded: str, intent: str | None) -> str | None:
    """Questions about the answer just given (only after it)."""
    first = _follow_up_first(folded)
    if first:
        return first
    said = next((kind for pattern, kind in FOLLOW_UP_PATTERNS if pattern.search(folded)), None)
    if said:
        return said
    named = next(
        (kind for words, kind in FOLLOW_UP_WORDS if _any(words, folded) and not (
            kind == "together" and _CAME_TOGETHER.search(folded) and "?" not in folded)),
        None,
    )  # fmt: skip  # not "die zijn samen met ons gekomen" (panel 92, m4)
    if named:  # "papier van de rechtbank dat ik voogd ben, helpt dat?": the guardianship
        return named
    cost = intent == "ask_costs" or _any(W.COST_WORDS, folded)  # "kost het echt niks?" (a1)
    cost = cost or _any(W.MONEY_HELP_WORDS, folded)  # "kan hij helpen met geld?" (panel 19, k1)
    if (_any(W.STRENGTHEN_WORDS, folded) and not cost) or intent == "ask_humanitarian_visa":
        return "strengthen"
    if _PROVE_QUESTION.search(folded):  # "en mijn zus, wat moet ze bewijzen?" (panel 10 check)
        return "strengthen"
    if _any(W.CANNOT_RETURN, folded) and "?" in folded:  # "ik kan niet terug naar belarus,
        return "strengthen"  # dan kunnen wij daar niet samen leven. telt dat mee?" (g2)
    if _any(W.LGBTIQ_WORDS, folded) and "?" in folded:  # "helpt het dat ik erkend ben omdat
        return "strengthen"  # ik homo ben?" (seed 000; panel 11, v3)
    return "chance" if _any(W.CHANCE_WORDS, folded) else None


_NO_OWN_INCOME = re.compile(
    r"\b(?:heeft|hebben|zonder|met) (?:ook |nog )?(?:geen|weinig) (?:eigen )?"
    r"(?:inkomen|inkomsten|loon)\b"
)


def _married_income_asked(reading: Reading, folded: str) -> bool:
    """ "en als we getrouwd zijn, is 1800 dan genoeg?": an amount, after a marriage to come."""
    marrying = _any(W.IF_MARRIED, folded) or _WILL_MARRY.search(folded)
    return bool(marrying) and amount(reading.text) is not None and _any(("genoeg", "?"), folded)


def _income_question(text: str, folded: str) -> bool:
    """An income word in a question ("is dat genoeg?", "telt dat?"), not a story ("ik stuur
    haar 200 euro per maand" is money sent, a volunteered fact)."""
    folded = W.WORKPLACE_OCMW.sub(" ", folded)  # "maatschappelijk werker bij het OCMW" (b4)
    folded = _NO_OWN_INCOME.sub(" ", folded)  # "kan de zus van 19 mee? ... heeft geen
    # inkomen": her situation told, no income asked (panel 50, g3)
    if _PARTNERS_PAY.search(folded) and _asked_after_it(folded):  # "mijn man werkt. helpt dat
        return True  # voor de aanvraag?" (panel 92, n5: "geen antwoord")
    if not _any(W.INCOME_WORDS, folded) or "money" in volunteered(text):
        return False
    return "?" in text or _any(W.INCOME_QUESTION_WORDS, folded)


def _asked_after_it(folded: str) -> bool:
    """A question right after the partner's pay: that sentence or the next ends in "?" ("mijn
    man werkt. helpt dat?"), not a question sentences later (panel 103, z4: "Mijn vrouw werkt
    als verpleegster ... hoe gaat dat in zijn werk?" got the income condition)."""
    sentences = re.findall(r"[^.!?]*[.!?]*", folded)
    told = [i for i, sentence in enumerate(sentences) if _PARTNERS_PAY.search(sentence)]
    short_next = [i for i in told if i + 1 < len(sentences) and len(sentences[i + 1].split()) <= 8]
    return any("?" in sentences[i] for i in told) or any(
        "?" in sentences[i + 1] for i in short_next
    )


# --- volunteered facts ---------------------------------------------------------------------------


def _negated(words: list[str], index: int) -> bool:
    """A negation up to three words before, in the same clause: "niet ziek", "hij is ni in
    gevaar" (panel 58, g1: "Gevaar" noted), not "niet ziek maar in gevaar"."""
    for word in reversed(words[max(0, index - 3) : index]):
        if word in W.NEGATORS:
            return True
        if word in W.CLAUSE_BREAKS or not word.isalnum():
            return False
    return False


def _a_doctors_certificate(folded: str, word: str) -> bool:
    """ "moet ze ook naar dokter voor attest?": the medical certificate asked about, no one ill
    (panel 95, m5: "Ziek: toon de ziekte ... aan" of a healthy wife, twice)."""
    return word in ("dokter", "arts") and bool(re.search(r"\battest|\bambassade|\?", folded))


def _a_hospitals_paper(words: list[str], index: int) -> bool:
    """ "een papier van het ziekenhuis waar mijn zus gestorven is": a document, no one ill
    (panel 92, n5: "Ziek: toon de ziekte ... aan" of the niece)."""
    before = words[max(0, index - 2) : index]
    return words[index] == "ziekenhuis" and before in (["van", "het"], ["uit", "het"])


def volunteered(text: str) -> list[str]:
    """The facts a message volunteers: ill, raised, money, alone, danger; none in a
    supposition ("als mama ziek is en nie kan komen, kan mijn zus alleen komen?": panel 37,
    g4, the mother's illness noted for the sister)."""
    folded = f" {' '.join(fold(text).split())} "  # "ziek en  alleen" with a cut left out
    if folded.lstrip().startswith(("als ", "stel dat ", "indien ", "wat als ")):
        return []
    words = [t.text for t in tokens(text)]
    found = []
    if any(w in W.ILL_TOKENS and not _negated(words, i) and not _a_hospitals_paper(words, i)
           and not _a_doctors_certificate(folded, w) for i, w in enumerate(words)
           ) and not _NOT_ILL.search(folded):  # fmt: skip
        found.append("ill")
    if _any(W.RAISED_PHRASES, folded):
        found.append("raised")
    if _money_sent(text):
        found.append("money")
    if _any(W.WIDOWED_PHRASES, folded) or W.PARTNER_DIED.search(folded):
        found.append("widowed")
    kept = _NOT_ALONE.sub(" ", folded)  # "NIEMAND anders moet komen", "zeynep is nie alleen"
    alone = _any(W.ALONE_PHRASES, kept) and not _any(W.LIVES_WITH_FAMILY, folded)  # (105, y4)
    if alone and not _any(W.CAME_ALONE, folded):
        found.append("alone")  # "hij is alleen naar belgie gegaan": the sponsor's journey
    if any(w in W.DANGER_TOKENS and not _negated(words, i) for i, w in enumerate(words)):
        found.append("danger")
    return found


_NOT_ALONE = re.compile(
    r"\bniemand anders (?:moet|wil|komt|hoeft|gaat|moet er)\b[^.?!]*"
    r"|\b(?:nie|niet|ni|nooit) (?:\w+ )?alleen\b"
    # "Is dit anoniem? Niemand anders kan dit lezen?" (panel 107, y3: "Alleen: toon aan ...")
    r"|\bniemand (?:anders )?(?:kan|mag|zal) (?:dit|dat|het|deze|mijn|onze)\b[^.?!]*\b"
    r"(?:lezen|zien|weten|bekijken|horen)\b"
)


def _money_sent(text: str) -> bool:
    """Money the writer sends, told as a fact: not "ik stuur haar nu nog geen geld ... moet ik
    beginnen met geld sturen?" (panel 91, n3: "Geld: bewaar de bewijzen")."""
    for sentence in re.findall(r"[^.!?]+[.!?]?", text):
        if sentence.rstrip().endswith("?"):
            continue
        words = [t.text for t in tokens(sentence)]
        money = any(w in W.MONEY_TOKENS and not _negated(words, i) for i, w in enumerate(words))
        if money and _any(W.MONEY_VERBS, f" {' '.join(fold(sentence).split())} "):
            return True
    return False


def _money_receivers(state: dict[str, Any], reading: Reading) -> list[dict[str, Any]]:
    """The relative the money is sent to ("naar mama"), read as no applicant of this message."""
    folded = fold(reading.text)
    sent_to = [m for m in reading.mentions
               if re.search(r"\b(?:naar|aan|voor)\s+(?:\w+\s+)?$", folded[: m.start])]  # fmt: skip
    return [p for m in sent_to for p in state["people"]
            if p["relationship"] == m.relationship and not p.get("self")]  # fmt: skip


def _owner(state: dict[str, Any], reading: Reading) -> dict[str, Any] | None:
    """The relative the volunteered facts are about: the one named, the one the pronoun
    fits, the writer abroad speaking of herself, or the only relative; else nobody."""
    people = state["people"]
    named = [
        p
        for m in reading.applicants
        for p in people
        if p["relationship"] == m.relationship and not p.get("self")
        and not _lives_with_named(reading.text, m)
    ]  # fmt: skip
    if len(named) == 1:
        return named[0]
    words = {t.text for t in tokens(reading.text)}
    if re.search(r"\b(?:ze|zij) zijn\b|\bzijn (?:ze|zij)\b", fold(reading.text)):
        return None  # "ze zijn ...": they, several people; not "ze is ... mijn zussen zijn
        # verhuisd" (panel 40, h5)
    pronoun = "zij" if words & W.SHE_WORDS else "hij" if words & W.HE_WORDS else None
    asked = S.person(state, (state.get("question") or {}).get("person"))
    if asked is not None and pronoun and asked.get("pronoun") in (None, pronoun) and not named:
        return asked  # "ze is 70, weduwe, woont alleen ... met mn zus", asked her age (e3)
    fitting = [p for p in people if pronoun and p.get("pronoun") == pronoun]
    if len(fitting) == 1:
        return fitting[0]
    selves = [p for p in people if p.get("self")]
    if selves and pronoun is None:
        return selves[0]
    others = [p for p in people if not p.get("self")]
    return others[0] if len(others) == 1 else None


def _about_applicants(reading: Reading) -> str:
    """The message without its clauses about someone who does not come ("bij mijn zus in
    Kabul maar mijn zus is ziek": the sister's illness is no fact of the granddaughter; panel
    6, l3)."""
    starts = clause_starts(reading.text)
    bounds = list(zip(starts, [*starts[1:], len(reading.text)], strict=True))
    kept, dropped = [], False
    for index, (start, end) in enumerate(bounds):
        here = [m for m in reading.mentions if m.clause == index]
        others = [m for m in here if m.context and m.context not in ("writer",)]
        same_sentence = index > 0 and reading.text[:start].rstrip()[-1:] not in (".", "!", "?")
        if (others and not any(m.context is None for m in here)) or (
            dropped and not here and same_sentence
        ):  # "de papa is verdwenen, taliban heeft hem meegenomen": still the father's
            dropped = True  # (panel 23, s2: "Gevaar" noted on his son)
            continue
        dropped = False
        kept.append(reading.text[start:end])
    return " ".join(kept)


def note_volunteered(state: dict[str, Any], reading: Reading) -> dict[str, Any] | None:
    """Note the facts the user volunteered on the person they are about; that person when
    something new was noted."""
    _illness_denied(state, reading)
    _own_means_denied(state, reading)
    by_sentence = _owners_by_sentence(state, reading)
    if by_sentence:  # "de mama is 45, weduwe. het zusje is 12.": the mother's (panel 14, a4)
        found = [_note(entry, facts) for entry, facts in by_sentence]
        return next((entry for entry in found if entry is not None), None)
    receivers = _money_receivers(state, reading)
    if len(receivers) == 1 and "money" in volunteered(reading.text):  # "ik stuur elke maand
        return _note(receivers[0], ["money"])  # 150 euro naar mama" (panel 51, g6)
    facts = volunteered(_about_applicants(reading))
    if facts and _told_apart_from_those_named(reading):
        return None  # "junior is gehandicapt, heel zwaar. hij kan niks alleen, mijn vrouw zorgt
        # voor hem": not the wife's (panel 77, h3)
    if (state.get("question") or {}).get("fact") == "sponsor.unaccompanied_minor":
        facts = [f for f in facts if f != "alone"]  # "ja helemaal alleen": the client came
        # alone, no relative is (panel 32, d1: "Alleen: toon aan ..." for his brother)
    entry = _owner(state, reading) if facts else None
    return _note(entry, facts) if entry is not None else None


_NOT_ILL = re.compile(
    r"\b(?:is|zijn|ben)\s+(?:helemaal\s+)?(?:niet|nie|geen)\s+ziek\b|\bis gezond\b"
)


def _illness_denied(state: dict[str, Any], reading: Reading) -> None:
    """ "wacht, mijn vrouw is niet ziek hoor": the illness noted of her taken back (panel 95,
    m5: "Ziek: toon de ziekte ... aan" said again after the correction)."""
    if not _NOT_ILL.search(fold(reading.text)):
        return
    ill = [p for p in state["people"] if "ill" in (p.get("noted") or [])]
    named = [p for p in ill if p in asked_about(ill, reading)] or (ill if len(ill) == 1 else [])
    for entry in named:
        entry["noted"].remove("ill")
        entry["facts"].pop(AS_FACT["ill"], None)


_NO_OWN_MEANS = re.compile(
    r"\b(?:heeft|hebben|heb|has|have)\s+(?:helemaal\s+|echt\s+|zelf\s+|ook\s+)*"
    r"(?:niet|nie|geen|no|not)\s+(?:genoeg\s+|voldoende\s+|veel\s+|enough\s+)?"
    r"(?:eigen\s+|own\s+)?(?:geld|inkomen|middelen|spaargeld|money|income)\b"
)


def _own_means_denied(state: dict[str, Any], reading: Reading) -> None:
    """ "sorry verkeerd gedrukt. mijn mama heeft NIET genoeg geld": a "Ja" to "Heeft je mama
    zelf genoeg geld ...?" taken back (panel 124, z5: "kans redelijk" and "Bewijs dat je mama
    genoeg eigen geld heeft" kept through two corrections)."""
    if not _NO_OWN_MEANS.search(fold(reading.text)):
        return
    told = [p for p in state["people"] if p["facts"].get("own_sufficient_means")]
    named = [p for p in told if p in asked_about(told, reading)] or (told if len(told) == 1 else [])
    for entry in named:
        entry["facts"]["own_sufficient_means"] = False


_THAT_ONE_ILL = re.compile(r"\b(?:die|hij|zij|ze)\s+(?:is|was|wordt|werd)\s+(?:\w+\s+)?ziek\b")


def _the_hosts_illness(reading: Reading, sentence: re.Match) -> bool:
    """ "claude is 16 en zit in het kamp bij mijn nonkel, moa die is ziek": the uncle who
    keeps him is ill, not Claude (panels 108 to 110, m4: "Ziek: toon de ziekte zo concreet
    mogelijk aan" of the boy)."""
    ill = _THAT_ONE_ILL.search(fold(sentence.group()))
    if not ill:
        return False
    at = sentence.start() + ill.start()
    before = [m for m in reading.mentions if sentence.start() <= m.start < at]
    return bool(before) and before[-1].context is not None


def _told_apart_from_those_named(reading: Reading) -> bool:
    """The volunteered facts stand in a sentence that names no relative, while another sentence
    names one."""
    sentences = [m for m in re.finditer(r"[^.!?;\n]+", reading.text) if volunteered(m.group())]
    named = [m for m in reading.mentions if m.context != "negated"]
    return bool(named) and all(
        not [m for m in named if s.start() <= m.start < s.end()]
        and not re.search(r"\b(?:hij|zij|ze)\b", fold(s.group()))  # "ze is 60, weduwe"
        for s in sentences
    )


def asked_of_a_told_fact(state: dict[str, Any], reading: Reading) -> dict[str, Any] | None:
    """ "Telt het mee dat mijn vader pas in 2024 is overleden? Sindsdien is zij echt alleen.":
    a fact told before, asked about: the relative it is about (panel 53, g5: "Op die vraag
    vind ik geen antwoord")."""
    if "?" not in reading.text or not volunteered(_about_applicants(reading)):
        return None
    entry = _owner(state, reading)
    if entry is not None:  # "mijn vader ... is overleden" of her mother: widowed too
        _note(entry, volunteered(reading.text))
    return entry


def _owners_by_sentence(state: dict[str, Any], reading: Reading) -> list[tuple[dict, list]]:
    """Each sentence's volunteered facts on the one relative it names (or the only one its
    pronoun fits: "mijn vader is gestorven ... en nu is ze alleen"; panel 23, s3), when every
    sentence with such facts names exactly one relative."""
    found = []
    for match in re.finditer(r"[^.!?;\n]+", reading.text):
        facts = volunteered(match.group())
        if "ill" in facts and _the_hosts_illness(reading, match):
            facts = [f for f in facts if f != "ill"]
        if not facts:
            continue
        named = [m for m in reading.applicants if match.start() <= m.start < match.end()
                 and not _lives_with_named(reading.text, m)]  # fmt: skip
        others = [m for m in reading.mentions if match.start() <= m.start < match.end()]
        others = [m for m in others if m.context != "negated"]  # "geen andere kinderen"
        people = [_person_of(state, m) for m in named]
        if others and all(_her_partner_died(m) for m in others) and not people:
            people = _by_pronoun(state, match.group())  # "haar man is net gestorven, ze heeft
            # suiker": all of it hers (panel 33, b5)
        elif others and all(m.context == "deceased" for m in others) and not people:
            # "mijn vader is gestorven ... en nu is ze alleen": what the death left her; not
            # "taliban heeft hem meegenomen", the missing father's danger (panel 23, s2)
            facts = [f for f in facts if f in ("widowed", "alone")]
            people = (_by_pronoun(state, match.group()) or _the_writer(state, match.group())
                      or _the_surviving_parent(state, others) if facts else [])  # fmt: skip
            if not facts:
                continue
        dead = [m for m in others if m.context == "deceased" and m.relationship == "parent"]
        widow = _the_surviving_parent(state, dead) if dead and "widowed" in facts else []
        if widow and people and people[0] is not widow[0]:  # "de vader is overleden en ze
            found.append((widow[0], ["widowed"]))  # zorgt alleen voor de broer": the mother
            facts = [f for f in facts if f != "widowed"]  # is widowed, not the brother (96, p2)
        if len(people) != 1 or people[0] is None:
            return []
        found.append((people[0], facts))
    return found


def _the_surviving_parent(state: dict[str, Any], dead: list[Any]) -> list[dict[str, Any]]:
    """ "en dat mijn vader gestorven is? helpt dat": the writer's father died, the mother who
    applies is widowed (seed 000: "een 'nieuwe' situatie van afhankelijkheid ... doordat jouw
    echtgeno(o)t(e) bijvoorbeeld recent overleden is"; panel 41, h3)."""
    parents = [p for p in state["people"] if p["relationship"] == "parent" and not p.get("self")]
    dead_parent = all(m.relationship == "parent" and m.owner in ("writer", "bare") for m in dead)
    # "de vader is overleden" of a social worker: the client's (panel 96, p2)
    return parents if dead_parent and len(parents) == 1 else []


def _person_of(state: dict[str, Any], mention: Any) -> dict[str, Any] | None:
    same = [p for p in state["people"] if p["relationship"] == mention.relationship]
    same = [p for p in same if not p.get("self")]
    by_word = [p for p in same if p.get("word") == mention.word]
    return (by_word or same)[0] if len(by_word or same) == 1 else None


def _lives_with_named(text: str, mention: Any) -> bool:
    """ "ze is 70, weduwe, woont alleen in mosoel met mn zus": the sister is named as the one
    she lives with, not as the one the facts are about (panel 35, e3)."""
    if getattr(mention, "coming", False):  # "samen met haar andere zoon Hassan ... die is
        return False  # mentaal gehandicapt ... Hassan zou ook mee moeten komen" (panel 93, p2)
    before = fold(text[max(0, mention.start - 18) : mention.start])
    return bool(
        re.search(r"\b(?:met|bij)\s+(?:mijn|mn|m'n|haar|zijn|de)?(?:\s+andere)?\s*$", before)
    )


def _the_writer(state: dict[str, Any], sentence: str) -> list[dict[str, Any]]:
    """The relative who writes, in a sentence of her own ("mijn man is overleden, ik woon nu
    helemaal alleen"; panel 34, c2)."""
    me = [p for p in state["people"] if p.get("self")]
    return me if me and re.search(r"\b(?:ik|mijn|mn)\b", fold(sentence)) else []


def _her_partner_died(mention: Any) -> bool:
    """ "haar man is gestorven": the partner of the one the sentence is about."""
    couple = mention.relationship in COUPLES and mention.owner == "third"
    return couple and mention.context == "deceased"


def _by_pronoun(state: dict[str, Any], sentence: str) -> list[dict[str, Any]]:
    """The one relative (not the writer) whose pronoun the sentence uses, else none."""
    folded = f" {fold(sentence)} "
    if re.search(r"\b(?:ze|zij|jullie) (?:zijn|hebben|wonen|zitten|willen)\b", folded):
        return []  # "ze zijn allebei ziek": several people
    pronoun = pronoun_in(folded)
    fits = [p for p in state["people"] if p.get("pronoun") == pronoun and not p.get("self")]
    return fits if pronoun and len(fits) == 1 else []


def _note(entry: dict[str, Any], facts: list[str]) -> dict[str, Any] | None:
    noted = entry.setdefault("noted", [])
    new = [fact for fact in facts if fact not in noted]
    for fact in facts:
        if fact not in noted:
            noted.append(fact)
        # the humanitarian chance of seed 000 counts them ("Een hoge leeftijd, medische
        # problemen en een geïsoleerde situatie ... kunnen een belangrijke rol spelen")
        if fact in AS_FACT:
            entry["facts"].setdefault(AS_FACT[fact], True)
    return entry if new else None


def noted_lines(turn: Any, entry: dict[str, Any]) -> list[str]:
    """What the user told about this relative, as things to prove and how (seeds 000/001);
    a parent's high age told in answer to "op hoge leeftijd?" counts too (seed 000: "Een
    hoge leeftijd ... kan een belangrijke rol spelen"; panel 23, s3, s5, v5)."""
    told = [*(entry.get("noted") or []), *(["elderly"] if entry["facts"].get("elderly") else [])]
    if entry["facts"].get("medical_needs") is False:  # "Heeft je mama medische zorg nodig?"
        told = [f for f in told if f != "ill"]  # "Nee": not ill (panel 100, u5: "Ziek")
    noted = [f for f in NOTED_ORDER if f in told]
    if not noted:
        return []
    voice = _voice(turn, entry)
    rel = turn.texts.label(turn.state, entry)
    name = "utter_side_noted_header_self" if entry.get("self") else "utter_side_noted_header"
    header = turn.texts.text(name, relative=rel)
    return [header] + [f"- {M.text(M.VOLUNTEERED[f], voice)}" for f in noted]


# --- the case -----------------------------------------------------------------------------------


def _voice(turn: Any, entry: dict[str, Any] | None) -> Voice:
    if entry is None:
        writer = [p for p in turn.state["people"] if p.get("self")]
        if turn.state.get("writer") == "applicant" and writer:  # "het eigen inkomen van je
            return _voice(turn, writer[0])  # ma", not "je eigen inkomen" (panel 108, n5)
        return Voice(plain_reader(turn.state), None)
    return Voice(reader_for(turn.state, entry), entry["relationship"])


def _as_if(turn: Any, entry: dict[str, Any], facts: dict | None = None, **fields: Any):
    """(person, assessment) of a relative as it would be with other facts ("als zij toch 21
    is", "als de rechtbank de voogdij bekrachtigt"); the state itself is left as it is."""
    other = copy.deepcopy(entry)
    other.update(fields)
    other["facts"].update(facts or {})
    return other, assessment(turn.state, other, turn.today)


def _case(turn: Any) -> list[tuple[dict, dict]]:
    """(person, assessment) for every relative, the one in focus first."""
    state = turn.state
    people = sorted(state["people"], key=lambda p: p["id"] != state.get("focus"))
    return [(p, assessment(state, p, turn.today)) for p in people]


class Answer:
    """Lines of one side answer, each entry's source collected once at the end."""

    def __init__(self, turn: Any) -> None:
        self.turn = turn
        self.lines: list[str] = []
        self.sources: list[str] = []

    def say(self, response: str, /, **params: Any) -> None:
        if self.turn.state.get("writer") == "helper":  # the client in the third person
            response = self.turn.texts.first(f"{response}_helper", response)
        self.lines.append(self.turn.texts.text(response, **params))

    def entry(self, message: M.Message, voice: Voice, **case_values: str) -> None:
        self.lines.append(M.text(message, voice, **case_values))
        if message.source not in self.sources:
            self.sources.append(message.source)

    def add(self, line: str | None) -> None:
        if line:
            self.lines.append(line)

    def item(self, item: dict[str, Any]) -> None:
        self.lines.append(str(item.get("text") or ""))
        source = item.get("source")
        if source and source not in self.sources:
            self.sources.append(source)

    def send(self, buttons_of: str | None = None) -> None:
        sources: list[str] = []
        for source in self.sources:
            sources += [part for part in source.split("; ") if part not in sources]
        if sources:
            self.say("utter_side_sources", sources="; ".join(sources))
        lines = list(dict.fromkeys(line for line in self.lines if line))  # a paragraph once,
        self.turn.say_text("\n".join(lines), buttons_of)  # not twice (panel 94, o4)


# --- answers ------------------------------------------------------------------------------------


def answer(turn: Any, reading: Reading) -> bool:
    """Answer a side question with the case in context; False when the message is none."""
    kinds = kinds_of(reading, bool(turn.state.get("answered")))
    kinds = kinds or [k for k in (_continued(turn, reading),) if k]
    handled = [kind for kind in kinds[:MAX_TOPICS] if ANSWERS[kind](turn, reading)]
    if handled:
        turn.state["last_side"] = handled[-1]
        back(turn)
        if _documents_also_asked(turn, reading, kinds):
            named = asked_about(turn.state["people"], reading)
            named = named or _the_pronouns_focus(turn, reading)  # "what papers she need?"
            # right after the mother's answer: hers (panel 78, g3)
            side_question(turn, "ask_documents", named, reading.text)
    return bool(handled)


# side topics that answer a question about papers themselves
_PAPER_TOPICS = {
    "no_certificate", "travel_document", "which_proof", "medical_paper", "papers_when_21",
    "guardianship", "dna", "documents_after_recognition",
}  # fmt: skip
_WHICH_PAPERS = re.compile(
    r"\b(?:welke|wat voor|which|what) (?:documenten|papieren|papier|documents|papers)\b"
)


def _documents_also_asked(turn: Any, reading: Reading, kinds: list[str]) -> bool:
    """ "welke documenten heeft Mei nodig? en hoe lang duurt het?": the documents beside the
    side topic answered (panel 73, g5: the processing time only)."""
    if not turn.state.get("answered") or not _WHICH_PAPERS.search(_folded(reading)):
        return False
    return not _PAPER_TOPICS & set(kinds)


def _continued(turn: Any, reading: Reading) -> str | None:
    """ "wat als het te weinig is?" right after an income answer: the same topic, asked on
    (panel 5, i2: three times "Heb je nog een vraag?")."""
    if turn.state.get("last_side") == "income" and _any(W.TOO_LITTLE, _folded(reading)):
        return "income"
    if turn.state.get("last_side") == "registration_where" and _any(
        ("gemeente", "in belgie of", "hier of"), _folded(reading)
    ):  # "bij de gemeente in belgie of in ethiopie?" right after it (panel 73, h4)
        return "registration_where"
    last = turn.state.get("last_side")
    short = len(re.findall(r"\w+", reading.text)) <= 6 and not reading.mentions
    counts = _any(W.COUNTS_WORDS, _folded(reading))
    if last in ("marry_again", "wedding_photos") and "?" in reading.text and short and counts:
        return last  # "ja maar telt het?", "tellen die of niet?" right after it (panel 37,
    return None  # h4, g1: "Dank je voor je reactie")


def answer_alongside(turn: Any, reading: Reading) -> bool:
    """A side question asked in a message that also gave facts: answered, then the dialogue
    goes on with its next question (no re-ask here)."""
    kinds = kinds_of(reading, bool(turn.state.get("answered")))[:MAX_TOPICS]
    return bool([kind for kind in kinds if ANSWERS[kind](turn, reading)])


def back(turn: Any) -> None:
    """Back to where the conversation was: the open question, the read-back or the menu."""
    if reask(turn) or turn.state["consent"] != "given":
        return
    if turn.state["answered"] and turn.replies and not turn.replies[-1]["buttons"]:
        turn.replies[-1]["buttons"] = turn.texts.buttons("utter_answer_menu")


def _status(turn: Any) -> str | None:
    return turn.state["sponsor"].get("status")


def _exempt_means(case: list[tuple[dict, dict]]) -> tuple[dict, dict, dict] | None:
    """The first relative whose income need not be proven (`_whose_exemption` names them)."""
    found = _exempt_condition(case, "means_of_subsistence")
    exempt = [item for item in found if item[2].get("state") == "exempt"]
    return exempt[0] if exempt else None


def _exempt_for_all(case, condition_id: str) -> tuple[dict, dict, dict] | None:
    """The first relative's condition `condition_id` when no relative must prove it."""
    found = _exempt_condition(case, condition_id)
    if found and all(c.get("state") == "exempt" for _, _, c in found):
        return found[0]
    return None


def _exempt_condition(case, condition_id: str) -> list[tuple[dict, dict, dict]]:
    return [(e, r, c) for e, r in case for c in r.get("conditions") or []
            if c.get("id") == condition_id]  # fmt: skip


def _favourable_end(result: dict[str, Any]) -> dict[str, Any] | None:
    """The end of the 12 months of the favourable conditions (seed 003), if given."""
    found = [d for d in result.get("deadlines") or [] if d.get("id") == FAVOURABLE_END]
    return found[0] if found and found[0].get("date") else None


def _first_deadline(result: dict[str, Any]) -> dict[str, Any] | None:
    found = [d for d in result.get("deadlines") or [] if d.get("date")]
    return found[0] if found else None


def _case_asked(turn: Any, reading: Reading) -> list[tuple[dict, dict]]:
    """The case of the relatives the message names, else the whole family: "wil mee betalen
    voor mama. helpt dat?" is about the mother's file (panel 24, g2)."""
    case = _case(turn)
    named = asked_about([e for e, _ in case], reading) if reading.mentions else []
    return [(e, r) for e, r in case if e in named] if 0 < len(named) < len(case) else case


_WILL_MARRY = re.compile(r"\bals (?:we|wij|jullie)\b[^?.]{0,25}\b(?:trouwen|huwen)\b")


_RELATIVES_OWN_EARNINGS = re.compile(  # not "zij werkt niet" (panel 85, l4)
    r"\b(?:hij|zij|ze) (?:verdient|werkt)\b(?! niet| nergens| geen)|\bzwartwerk\b"
    r"|\bzijn eigen (?:geld|inkomen)\b"
    # "hij heeft werk in marokko. is dat een probleem?" (panel 64, i4)
    r"|\b(?:hij|zij|ze) (?:heeft|had) (?:daar |er |nog |ook )?(?:werk|een job|job|een baan|"
    r"een inkomen|inkomen)\b"
)
_STRENGTHEN_ADULTS = (
    "adult_sibling_strengthen",
    "adult_child_strengthen",
    "humanitarian_dependency",
)


def _income(turn: Any, reading: Reading) -> bool:
    if _a_relatives_own_earnings(turn, reading):
        return True
    case, said = _case_asked(turn, reading), Answer(turn)
    favours = [(e, r) for e, r in case if r.get("route") == HV]
    if favours and re.search(r"\bkans\b", _folded(reading)):  # "maakt het leefloon zijn kans
        case = favours  # kleiner?": the humanitarian request's chance (panel 54, a1)
    if not case and not _status(turn):
        turn.say(faq_response(turn, "utter_faq_means_of_subsistence"))
        return True
    if _status(turn) == "eu_citizen" and case:
        return _income_of_an_eu_family(turn, case, said)
    partners = [e for e, _ in case if e["relationship"] in ("partner", "spouse")]
    marrying = _any(W.IF_MARRIED, _folded(reading)) or _WILL_MARRY.search(_folded(reading))
    if partners and _status(turn) in PROTECTED and marrying:
        # "als we in nairobi trouwen, moet ik dan inkomen hebben?" (panel 34, c5): a marriage
        # after the arrival has no favourable period (seed 003)
        return _say_entries(
            turn, [(M.SIDE["marriage_after_arrival_no_favour"], _voice(turn, partners[0]))]
        )
    registering = _any(W.IF_REGISTERED, _folded(reading)) or _bond_formed_now_asked(
        _folded(reading)
    )  # "als hiwot mijn geregistreerde partner wordt, moet ik ...?" (panel 78, h4)
    if partners and _status(turn) in PROTECTED and registering:  # "als we registreren, moet
        # ik dan een inkomen hebben?" (panel 59, h8)
        message = M.SIDE["registration_after_arrival_no_favour"]
        return _say_entries(turn, [(message, _voice(turn, partners[0]))])
    unmarried = [e for e in partners if (e.get("facts") or {}).get("marriage") != "official"]
    if unmarried and marrying:  # "en als we getrouwd zijn, is 1800 dan genoeg?": the income
        # rule of a spouse, for a partner who has only the humanitarian visa (panel 58, g1)
        case = [_as_if(turn, unmarried[0], {"marriage": "official"}, relationship="spouse")]
    case = _as_old_enough(turn, case, said)
    return _income_of_the_case(turn, reading, case, said)


def _as_old_enough(turn: Any, case, said: Answer):
    """A wife who has only the humanitarian visa because the couple is not yet 21: the income
    rule of the family reunification she can ask once both are 21, said as such (seed 001;
    seed 003: no favourable period for a marriage after the arrival; panel 108, m4: "als ik
    wacht tot maart en dan gewone gezinshereniging doe, moet ik dan inkomen tonen?" answered
    with the humanitarian visa only)."""
    young = _young_couple(turn)
    if len(young) != 1 or any(r.get("route") == FR for _, r in case):
        return case
    entry, result = assessment_once_old_enough(
        turn.state, young[0], turn.today, P.SPOUSE_MIN_AGE.value
    )
    if result.get("route") != FR:
        return case
    said.entry(M.SIDE["income_once_21"], _voice(turn, young[0]))
    married_after = entry["facts"].get("relationship_predates_arrival") is False
    if married_after and _status(turn) in PROTECTED:  # "ik ben nog geen jaar erkend"; the 12
        # months are a protected person's only (panel 112, s5: told to a B card's wife)
        said.entry(M.SIDE["married_after_arrival_told"], _voice(turn, young[0]))
    return [(entry, result)]


_LATE_FILING = re.compile(  # not "pas na 6 maanden werk", "mijn loon komt te laat" (review)
    rf"\bpas (?:in|op|tegen) (?:\d{{1,2}} )?(?:{'|'.join(MONTH_WORDS)})\b|\bna de termijn\b"
    r"|\bte laat (?:indienen|aanvragen|ingediend)\b|\b12 maanden niet halen\b"
    r"|\bniet (?:halen|op tijd)\b"
)


def _income_of_the_case(turn: Any, reading: Reading, case, said: Answer) -> bool:
    exempt = _exempt_means(case)
    late = reading.later_request_asked or _LATE_FILING.search(_folded(reading))
    if exempt and late:  # "als ze toch pas in maart kan indienen ... ik verdien maar 1400
        # euro": seed 002, a late request loses the favourable conditions (panel 38, h3:
        # "speelt voor deze aanvraag dus geen rol")
        return _say_entries(turn, [(M.SIDE["deadline_if_late"], _voice(turn, exempt[0]))])
    routes = {r.get("route") for _, r in case}
    value = _writer_amount(turn, reading)
    kind_words = W.INCOME_KIND_WORDS if value is None else W.INCOME_KIND_QUESTION
    kinds = _any(kind_words, _folded(reading)) and not routes <= {HV, "not_possible"}
    if kinds:  # a humanitarian visa has no income rule: its own line below (panel 5, i5)
        _income_kinds(turn, case, said)
    exempt = _exempt_means(case)
    if exempt:  # "speelt geen rol" only when no relative needs a humanitarian visa
        _income_exempt_of_some(turn, reading, case, exempt, value, said)
    elif _favourable_open(case):
        _income_if_right(turn, _favourable_open(case), value, said)
    elif kinds and value is None and not _HOW_MUCH.search(_folded(reading)):
        pass  # "telt dat?": the kinds answer is the answer; not "hoeveel inkomen moet ik
        # hebben? telt het salaire van Chantal ook mee?" (panel 85, k5: the amount withheld)
    elif routes and routes <= {HV, "not_possible"} and not _if_married(turn, reading):
        _income_of_a_favour(turn, case, reading, said)
        _income_once_old_enough(turn, case, reading, value, said)
    elif _status(turn) in PROTECTED and not turn.state["sponsor"].get("recognition_date"):
        said.say(faq_response(turn, "utter_faq_means_of_subsistence"))  # 12 months or not
    elif _status(turn) == "belgian":
        _income_reference(turn, case, value, said)
    else:
        said.entry(M.SIDE["income_no_amount"], _voice(turn, case[0][0] if case else None))
        said.say(contact_response(turn.texts, "utter_side_ask_ngo"), **_ngo(turn))
    if not exempt:
        _income_short(turn, case, value, said, reading)
    _income_of_the_partner(turn, case, reading, said)
    _income_of_others(turn, reading, said, routes <= {HV, "not_possible"})
    _bond_after_arrival(turn, _case(turn), said, reading)  # the whole family's: "voor sana?"
    said.send()  # of a daughter not named before, beside the wife (panel 97, q1)
    return True


_HOW_MUCH = re.compile(r"\bhoeveel\b|\bwelk bedrag\b|\bcombien\b|\bhow much\b")


def _income_of_others(turn: Any, reading: Reading, said: Answer, favours_only: bool) -> None:
    """ "kan mijn schoonvader bijspringen?": seeds 003 and 004 speak of the sponsor's own
    means only (panel 19, k1); "netto of bruto?": seed 004 does not say (panel 20, m4)."""
    folded = _folded(reading)
    if _any(W.MONEY_HELP_WORDS, folded) or _earning_relatives(reading):
        tag = "humanitarian" if favours_only else _status(turn) or ""
        message = M.lookup(M.SIDE, "income_of_others", (tag,))
        said.entry(message, _voice(turn, None))
    if "bruto" in folded and _status(turn) == "belgian":
        said.entry(M.SIDE["income_net_or_gross"], _voice(turn, None))


def _if_married(turn: Any, reading: Reading) -> bool:
    """ "als we getrouwd zijn, hoeveel moet ik verdienen?" of a Belgian's partner: the married
    route's income (seed 004's reference), not the humanitarian visa's (panel 15, c3); "voor
    gezinshereniging als ze 21 is": the right's income later (panel 18, j3)."""
    folded = _folded(reading)
    married = _any(W.MARRY_AGAIN_WORDS, folded) or _any(W.IF_MARRIED, folded)
    later = bool(LATER_AGE.search(folded))
    return (married and _status(turn) == "belgian") or later


_MORE_MEANS = re.compile(
    r"\bmeer (?:zou )?verdien|\bhoger (?:inkomen|loon)\b|\bgroter(?:e)? (?:woning|huis|"
    r"appartement)\b|\bmeer inkomen\b"
)


_PARTNERS_PAY = re.compile(
    r"\b(?:loon|inkomen|salaris|pensioen|werk|uitkering|netto|bruto|euro) van (?:mijn|mn|m'n) "
    r"(?P<word>man|vrouw|partner|echtgenoot|echtgenote|vriend|vriendin)\b"
    r"|\b(?:mijn|mn|m'n) (?P<who>man|vrouw|partner) (?:werkt|verdient)\b"
)


def _income_of_a_favour(turn: Any, case, reading: Reading, said: Answer) -> None:
    """Seed 000: for a humanitarian visa, the sponsor's means make the file stronger; about the
    relative asked about ("is dat probleem voor mijn man?"; panel 14, a2), with the B17's
    renewal and a valid marriage filed late (seeds 000-002)."""
    asked = asked_about([e for e, _ in case], reading)
    entry = asked[0] if asked else case[0][0]
    if _MORE_MEANS.search(_folded(reading)):  # "als Mariam meer zou verdienen of een grotere
        said.entry(M.SIDE["more_means_no_right"], _voice(turn, entry))  # woning heeft?" (g3)
        return
    if not _minor_sponsor(turn):  # a minor refugee cannot care for his brother (panel 31, b2:
        # "tonen dat je zoon voor je zoon kan zorgen" to their mother)
        none = _any(W.NO_OWN_INCOME, _folded(reading))  # "ik heb geen inkomen" (a5)
        key = "income_humanitarian_none" if none else "income_humanitarian"
        family = ("family",) if not asked and len(case) > 1 else ()
        voice = _voice(turn, entry)
        partner = _PARTNERS_PAY.search(_folded(reading))  # "het is het loon van mijn man. telt
        if partner:  # dat ook?" (panel 91, m4: "Voeg daarom bewijs van je inkomen toe")
            key, family = "income_humanitarian", ("partner",)
            word = partner.group("word") or partner.group("who")
            voice = Voice(replace(voice.reader, partner=word), entry["relationship"])
        said.entry(M.lookup(M.SIDE, key, family), voice)
    for _, item in _advice_of([c for c in case if c[0] is entry], INCOME_ADVICE):
        said.item(item)
    soft = any(_soft_procedure(r) for e, r in case if e is entry)
    if soft and _any(W.LOW_INCOME_WORDS + W.NEW_JOB_WORDS, _folded(reading)):
        said.entry(M.SIDE["second_order_if_official"], _voice(turn, entry))  # "en als het niet
        # genoeg is? wat dan? en het is een nieuw contract" (panel 72, g5: the block again)


def _income_of_an_eu_family(turn: Any, case, said: Answer) -> bool:
    """An EU citizen's family: art. 40bis is not in the seeds, so no art. 10 income rule
    (panel 29, b2: "Bron: art. 10, §2" to a Dutch citizen)."""
    said.entry(M.ADVICE["eu_citizen_not_in_sources"], _voice(turn, case[0][0]))
    said.send()
    return True


def _income_once_old_enough(turn: Any, case, reading, value: Decimal | None, said) -> None:
    """ "als ze in maart 21 is, hoeveel moet ik dan verdienen?": a Belgian's spouse who is too
    young now has the right later, with seed 004's reference amount (panel 27, a3: only "geen
    vast inkomen" of the humanitarian visa, twice)."""
    if _status(turn) != "belgian" or not _advice_of(case, ("spouse_age_rule",)):
        return
    said.say("utter_side_income_once_old_enough")
    _income_reference(turn, case, value, said)
    if _any(W.INCOME_KIND_WORDS, _folded(reading)):  # "telt leefloon?"
        _income_kinds(turn, case, said)


def _earning_partner(turn: Any, reading: Reading) -> Any:
    """ "mijn vrouw verdient 1300 euro": the sponsor's partner whose income the user gives;
    none when the partner abroad writes ("mijn man verdient 1700" is the sponsor's income;
    panel 15, d2)."""
    if turn.state.get("writer") == "applicant":
        return None
    partners = ("spouse", "partner", "registered_partner")
    return next(
        (m for m in reading.mentions
         if (m.is_sponsor or m.context == "in_belgium") and m.relationship in partners
         and m.context != "hearsay"),
        None,
    )  # fmt: skip  # not "mijn vriend zegt je moet 1555 euro verdienen" (panel 87, j1); "Telt
    # het loon van mijn vrouw Katrien mee? Zij is leerkracht, ... Belgische" (panel 128, u5)


def _writer_amount(turn: Any, reading: Reading) -> Decimal | None:
    """The amount of the user's own income: "ik heb 1100 euro pensioen en mijn vrouw verdient
    1300 euro" is 1100 (panel 13, z2), the partner's clause left out; "dat referentiebedrag
    van 1555 euro, is dat netto?" names the reference amount, no income (panel 20, m4)."""
    if _any(W.SAVINGS_WORDS, _folded(reading)) and not _any(W.MONTHLY_WORDS, _folded(reading)):
        return None  # "ik heb 40.000 euro op de bank": savings, no monthly income (panel 39, g2:
        # "Je schreef 40.000 euro per maand")
    if _support_sent_only(_folded(reading)):
        return None  # "gezien 2 jaar lang 300 euro per maand is overgemaakt": the support sent,
        # no income (panel 99, v3: "Je schreef 300 euro per maand ... minder dan")
    partner = _earning_partner(turn, reading)
    others = [m.start for m in _earning_relatives(reading)]  # "mijn mama heeft ook pensioen,
    others += _clauses_of_another_earner(reading.text)
    if turn.state.get("writer") == "applicant":  # "mijn ma verdient 1480": the sponsor's, to
        return _amount_in_clauses(reading.text, others, theirs=True)  # her son (108, n5)
    if partner is None and not others:  # 1600 euro": hers, not the user's (panel 21, o2)
        return _not_the_reference(amount(reading.text))
    theirs = others + ([partner.start] if partner is not None else [])
    return _amount_in_clauses(reading.text, theirs, theirs=False)


# "Telt het loon van mijn vrouw Katrien mee? Zij is leerkracht, 2350 netto", "die 2350 is van
# Katrien, ni van mij" (panel 128, u5: "Je schreef 2.350 euro per maand. Dat is minstens het
# referentiebedrag" to a Belgian on 1.480 euro)
_ANOTHERS_PAY = re.compile(r"\b(?:loon|inkomen|salaris|pensioen|uitkering) van (?:mijn|mn|m'n) \w+")
_NOT_MINE = re.compile(r"\bis van (?!mij\b|mezelf\b)\w+|\b(?:ni|nie|niet) van mij\b")
_HE_OR_SHE_FIRST = re.compile(r"\s*(?:zij|ze|hij)\b")


def _clauses_of_another_earner(text: str) -> list[int]:
    """The starts of the clauses about another earner's pay: the clause that names it, the one
    right after that begins with "zij"/"hij", and one that says "is van Katrien"."""
    folded = fold(text)
    starts = clause_starts(text) + [len(text)]
    found: list[int] = []
    named = False
    for start, end in zip(starts, starts[1:], strict=False):
        clause = folded[start:end]
        if _NOT_MINE.search(clause) or (named and _HE_OR_SHE_FIRST.match(clause)):
            found.append(start)
        named = bool(_ANOTHERS_PAY.search(clause))
        if named:
            found.append(start)
    return found


def _amount_in_clauses(text: str, positions: list[int], theirs: bool) -> Decimal | None:
    """The first amount in a clause with (theirs) or without (not theirs) one of `positions`."""
    starts = clause_starts(text) + [len(text)]
    found = _amounts_at(text)  # whole numbers: "2.400 netto" is no clause "400"
    for start, end in zip(starts, starts[1:], strict=False):  # (panel 105, l3)
        if any(start <= at < end for at in positions) == theirs:
            mine = [value for at, value in found if start <= at < end]
            if mine:
                return _not_the_reference(mine[0])
    return None


def _amounts_at(text: str) -> list[tuple[int, Decimal]]:
    """Every amount in the text with where it starts: euro amounts first, bare ones after."""
    found = []
    bare = [m for m in _BARE_AMOUNT.finditer(text) if not _a_year(text, m)]
    for match in [*_EURO_AMOUNT.finditer(text), *bare]:
        value = amount(match.group(0) + (" euro" if match.re is _BARE_AMOUNT else ""))
        if value is not None and all(at != match.start() for at, _ in found):
            found.append((match.start(), value))
    return sorted(found)


# giving, beside W.MONEY_VERBS (not there: "geef" inside other words is no money sent)
_MONEY_GIVEN = re.compile(r"\b(?:geef|geeft|gegeven)\b")


_EARNED = re.compile(
    r"\b(?:verdien\w*|inkomen|inkomsten|loon|salaris|pensioen|uitkering|leefloon|netto)\b"
)


def _support_sent_only(folded: str) -> bool:
    """ "gezien 2 jaar lang 300 euro per maand is overgemaakt": money sent to the relative, no
    income of the sponsor's (panel 99, v3: "Je schreef 300 euro per maand ... minder dan")."""
    sent = _any(W.MONEY_VERBS, folded) or _MONEY_GIVEN.search(folded)
    return bool(sent) and not _EARNED.search(folded)


def _earning_relatives(reading: Reading) -> list[Any]:
    """Relatives (not a partner: see _earning_partner) whose clause gives an amount."""
    starts = clause_starts(reading.text) + [len(reading.text)]
    found = []
    for mention in reading.mentions:
        if mention.relationship in COUPLES or mention.context == "writer":
            continue
        for start, end in zip(starts, starts[1:], strict=False):
            if start <= mention.start < end and amount(reading.text[start:end]) is not None:
                found.append(mention)
    return found


def _not_the_reference(value: Decimal | None) -> Decimal | None:
    reference = P.REFERENCE_INCOME_EUR_PER_MONTH.value
    return None if value is not None and abs(value - reference) < 1 else value


def _income_of_the_partner(turn: Any, case, reading: Reading, said: Answer) -> None:
    """Seeds 003 and 004 speak of the sponsor's own means; seed 004 asks the partner's income
    to prove that a Belgian's (step)child of 21 or more is dependent."""
    partner = _earning_partner(turn, reading)
    if partner is None or not [r for _, r in case if r.get("route") == FR]:
        return  # a mother's humanitarian visa has no reference amount (panel 81, g1: C)
    voice = Voice(plain_reader(turn.state, partner=partner.word), None)
    said.entry(M.lookup(M.SIDE, "income_of_the_partner", (_status(turn) or "",)), voice)
    descendants = ("child", "stepchild", "grandchild", "adopted_child")
    if _status(turn) != "belgian":
        return
    grown = [e for e, _ in case if e["relationship"] in descendants]
    grown.sort(
        key=lambda e: (e.get("age") or 0) < P.BELGIAN_DESCENDANT_AGE_LIMIT.value
    )  # the son of 23
    for entry in grown[:1]:  # first, not his sister of 19 (panel 128, u5)
        reader = replace(reader_for(turn.state, entry), partner=partner.word)
        said.entry(M.SIDE["income_of_the_partner_dependency"], Voice(reader, entry["relationship"]))


_TWO_CHILDREN_COME = re.compile(
    r"\balleen\s+(?!mijn\b|de\b|het\b)[a-z]+\s+en\s+[a-z]+\s+(?:komen|gaan|reizen)\b"
    r"|\b(?:beide|allebei|de twee|twee)\s+(?:kinderen|zonen|dochters|kids)\b"
)


def _child_alone(turn: Any, reading: Reading) -> bool:
    """ "kan ze eerst alleen het zoontje laten komen?": seed 003's exemption for a minor child
    who comes alone (panel 5, i4)."""
    rights = [e for e, r in _case(turn) if r.get("route") == FR]
    minors = [e for e in rights if e["relationship"] in CHILDREN and (e.get("age") or 0) < 18]
    if _status(turn) not in CHILD_ALONE_SPONSORS:
        return False  # a Belgian proves means (seed 004)
    if len(minors) > 1 and _TWO_CHILDREN_COME.search(_folded(reading)):  # "als eerst alleen
        return _children_together(turn, reading)  # sara en adam komen" (panel 60, g9)
    numbers = {int(n) for n in re.findall(r"\b(\d{1,2})\b", _folded(reading))}
    asked = [e for e in minors if e.get("age") in numbers] or asked_about(minors, reading)
    chosen = asked[:1] if asked else minors[:1] if len(minors) == 1 else []
    if not chosen and minors:  # "als alleen ayaan eerst gaat" of two minors named by a first
        # name the bot does not know: the rule for any one child (panel 24, g4)
        chosen = [{**minors[0], "word": None, "pronoun": None, "age": None}]
    if not chosen:
        return False
    exempt = [r for e, r in _case(turn) if e["id"] == chosen[0].get("id")
              and "means_of_subsistence" in (r.get("exempt_from") or [])]  # fmt: skip
    entries = [(M.SIDE["income_child_alone"], _voice(turn, chosen[0]))]
    # within the 12 months no income at all, whoever comes (seed 003; panel 64, g2: "Dan geldt
    # die vrijstelling niet" to a refugee's daughter of 4); "geldt dat nog als Abdi tegelijk
    # een humanitair visum aanvraagt?" (panel 53, g2)
    if not exempt and any(r.get("route") == HV for _, r in _case(turn)):
        entries.append((M.SIDE["income_child_alone_not_with_others"], _voice(turn, chosen[0])))
    return _say_entries(turn, entries)


def _children_together(turn: Any, reading: Reading) -> bool:
    """Seed 003's exemption holds for a minor child who is "de enige die zich bij de
    gezinshereniger komt voegen": not for two who come together."""
    rights = [e for e, r in _case(turn) if r.get("route") == FR]
    minors = [e for e in rights if e["relationship"] in CHILDREN and (e.get("age") or 0) < 18]
    if _status(turn) not in PROTECTED or len(minors) < 2:
        return False
    return _say_entries(turn, [(M.SIDE["income_children_together"], _voice(turn, minors[0]))])


def _income_short(turn: Any, case, value: Decimal | None, said: Answer, reading: Reading) -> None:
    """Income to prove: a minor child who comes alone needs none (seed 003, "de enige is die
    zich bij de gezinshereniger komt voegen"); and when the income may fall short, seed 000's
    humanitarian visa "in tweede orde" beside the request (panel 5, i2 and i4)."""
    rights = [(e, r) for e, r in case if r.get("route") == FR]
    minors = [e for e, _ in rights if e["relationship"] in CHILDREN and (e.get("age") or 0) < 18]
    exempt = [e for e, r in rights if "means_of_subsistence" in (r.get("exempt_from") or [])]
    if len(minors) == 1 and len(case) > 1 and _status(turn) in PROTECTED:  # (m4); seed 003
        said.entry(M.SIDE["income_child_alone"], _voice(turn, minors[0]))  # says it of a
        # protected sponsor's child: a worker's "is 3.200 genoeg?" for a wife and daughter
        # hears no "komt alleen je dochter" tip (panels 98 to 102, t3 and u1: read as wrong)
        if minors[0] not in exempt and any(r.get("route") == HV for _, r in case):  # "geldt
            said.entry(M.SIDE["income_child_alone_not_with_others"], _voice(turn, minors[0]))
    low = value is not None and value < P.REFERENCE_INCOME_EUR_PER_MONTH.value
    short = _any(W.LOW_INCOME_WORDS, _folded(reading)) or _any(W.TOO_LITTLE, _folded(reading))
    if rights and (low or short):
        said.entry(M.SIDE["second_order_if_needed"], _voice(turn, rights[0][0]))


def _bond_after_arrival(turn: Any, case, said: Answer, reading: Reading) -> None:
    """Who must prove the income after all (seed 003), and with too little of it seed 000's
    humanitarian visa "in tweede orde" (panel 46, h5: "als Ahmed dat inkomen niet haalt, kan de
    baby dan niet mee?" got the rule again)."""
    message = M.SIDE["income_bond_after_arrival"]
    lines = bond_after_arrival_lines(turn, case)
    for line in lines:
        if line not in said.lines:
            said.lines.append(line)
            said.sources += [message.source] if message.source not in said.sources else []
    after = [e for e, _ in case if _bond_after(e)]
    if lines and after and _any(W.LOW_INCOME_WORDS, _folded(reading)):
        said.entry(M.SIDE["second_order_if_needed"], _voice(turn, after[0]))


def _income_for_favours(turn: Any, case: list[tuple[dict, dict]]) -> list[str]:
    """Beside relatives exempt from proving income, one with a humanitarian visa: there the
    sponsor's means make the file stronger (seeds 000, 001)."""
    favours = [e for e, r in case if r.get("route") == HV and not _soft_procedure(r)]
    if _minor_sponsor(turn) or any(
        a.get("id") == "apply_with_parents" for _, r in case for a in r.get("advice") or []
    ):  # a minor refugee's sister depends on the parents, not on him (panel 6, k2)
        return []
    message = M.SIDE["income_humanitarian"]
    return [f"{M.text(message, _voice(turn, e))} ({message.source})" for e in favours[:1]]


def _minor_sponsor(turn: Any) -> bool:
    age = turn.state["sponsor"].get("age")
    return age is not None and age < P.MAJORITY_AGE.value


def _income_kinds(turn: Any, case: list[tuple[dict, dict]], said: Answer) -> None:
    voice = _voice(turn, case[0][0] if case else None)
    said.entry(M.lookup(M.SIDE, "income_kinds_not_in_sources", (_status(turn) or "",)), voice)
    if _status(turn) == "belgian":
        said.entry(M.SIDE["income_kinds_belgian"], voice)
    else:
        said.entry(M.SIDE["income_no_public_burden"], voice)
    said.say(contact_response(turn.texts, "utter_side_ask_ngo"), **_ngo(turn))


def _works_asked(folded: str) -> bool:
    """A relative's own work, asked about ("hij heeft werk in marokko. is dat een probleem?")."""
    return " ik " not in f" {folded} " and bool(_RELATIVES_OWN_EARNINGS.search(folded))


def _a_favoured_relatives_work(turn: Any, reading: Reading) -> bool:
    """ "hij heeft werk in marokko. is dat een probleem?" of a husband with a humanitarian
    request: seed 001's dependency ("het bewijs dat uw familielid geen eigen inkomsten heeft")
    is harder to show (panel 64, i4: "geen antwoord")."""
    if turn.state.get("writer") == "helper":  # "hij verdient 1700 euro": the client (h3)
        return False
    favours = [e for e, r in _case(turn) if r.get("route") == HV and not _soft_procedure(r)]
    asked = asked_about(favours, reading) or favours
    if len(asked) != 1:
        return False
    return _say_entries(turn, [(M.SIDE["relative_works_humanitarian"], _voice(turn, asked[0]))])


_WORKER = re.compile(r"\b(hij|zij|ze)\s+(?:\w+\s+)?(?:werkt|verdient|heeft (?:werk|een job))\b")


_THE_WRITERS_EARNINGS = re.compile(
    r"\bik (?:\w+ )?(?:werk|verdien|heb (?:werk|een job|job|een inkomen))\b(?! niet| nergens)"
)


_A_NAME_EARNS = re.compile(
    r"\b([A-Z][a-zà-ÿ]{2,15}) (?:\w+ ){0,2}?(?:werkt|verdient|heeft (?:werk|een job|inkomen))\b"
)


def _a_named_relatives_earnings(turn: Any, reading: Reading) -> bool:
    """ "Santiago werkt wel in het weekend in een café ... ongeveer 130 euro. Is da een
    probleem?" of a Belgian's son of 23: his own income weighs on 'ten laste' (seed 004: "Je
    mag geen of onvoldoende inkomsten hebben"), it is no sponsor's income (panel 128, u5: "Dat
    is minder dan het referentiebedrag")."""
    found = _A_NAME_EARNS.search(reading.text)
    if not found or fold(found.group(1)) in W.NOT_NAMES:
        return False
    name = fold(found.group(1))
    candidates = [
        (entry, item)
        for entry, result in _case(turn)
        for item in result.get("documents") or []
        if item.get("id") == "own_lack_of_means_proof" and not entry.get("self")
    ]
    named = [(e, i) for e, i in candidates if e.get("name") == name]
    others_named = any(p.get("name") == name for p in turn.state["people"])
    chosen = named or ([] if others_named or len(candidates) != 1 else candidates)
    if not chosen:
        return False
    return _own_earnings_weigh(turn, *chosen[0])


def _own_earnings_weigh(turn: Any, entry: dict[str, Any], item: dict[str, Any]) -> bool:
    """The relative's own earnings weigh on 'ten laste' (seed 004), with the proof asked."""
    said = Answer(turn)
    said.entry(M.SIDE["applicants_own_earnings"], _voice(turn, entry))
    said.item(item)
    said.send("utter_answer_menu")
    return True


def _the_applicants_own_earnings(turn: Any, reading_folded: str) -> bool:
    """ "ik werk soms in nen café hier voor 150 euro per maand, in het zwart. is da erg?" of a
    Belgian's son of 22 who writes from abroad: his own income weighs on 'ten laste', it is no
    sponsor's income (seed 004: "Je mag geen of onvoldoende inkomsten hebben"; panel 108, n5:
    "Dat is minder dan het referentiebedrag")."""
    if turn.state.get("writer") != "applicant":
        return False
    if not _THE_WRITERS_EARNINGS.search(f" {reading_folded} "):
        return False
    writer = [(e, r) for e, r in _case(turn) if e.get("self")]
    proofs = [
        (entry, item)
        for entry, result in writer
        for item in result.get("documents") or []
        if item.get("id") == "own_lack_of_means_proof"
    ]
    return bool(proofs) and _own_earnings_weigh(turn, *proofs[0])


def _a_relatives_own_earnings(turn: Any, reading: Reading) -> bool:
    """ "Is dat zwartwerk een probleem? Hij verdient maar heel weinig." of an adult brother
    with a humanitarian request: his own income, not the sponsor's exemption (panel 45, h3;
    seed 000: "dat je ... geen eigen inkomsten hebt waardoor je nog ten laste bent")."""
    folded = _folded(reading)
    if _the_applicants_own_earnings(turn, folded) or _a_named_relatives_earnings(turn, reading):
        return True
    if " ik " in f" {folded} " or not _RELATIVES_OWN_EARNINGS.search(folded):
        return False
    # "ten laste van de ouders" is a grown child's or a sibling's: "hij verdient 1700 euro"
    # of a helper's client is no partner's earnings (panel 50, h3)
    found = [
        (e, item)
        for e, item in _advice_of(_case(turn), _STRENGTHEN_ADULTS)
        if e["relationship"] in ("child", "stepchild", "sibling")
    ]
    worker = _WORKER.search(folded)  # "Ze werkt wel, kuisen in een hotel" of the client: not
    if worker:  # her son's earnings (panel 105 to 107, z1)
        pronoun = "hij" if worker.group(1) == "hij" else "zij"
        found = [(e, item) for e, item in found if e.get("pronoun") == pronoun]
    if not found:
        return _a_favoured_relatives_work(turn, reading)
    found.sort(key=lambda pair: _STRENGTHEN_ADULTS.index(pair[1].get("id")))
    entry, item = found[0]
    said = Answer(turn)  # the earnings weigh against "ten laste" first (panel 47, g1: the
    said.entry(M.SIDE["relatives_own_earnings"], _voice(turn, entry))  # advice again)
    said.item(item)
    said.send("utter_answer_menu")
    return True


def _income_exempt_of_some(turn: Any, reading: Reading, case, exempt, value, said) -> None:
    """The exemption, the relatives with a humanitarian visa beside it, and for a disabled
    adult child who proves the income anyway seed 000's "in tweede orde" when it is low
    ("ik heb leefloon"; panel 48, h1)."""
    favours = _income_for_favours(turn, case)
    _income_exempt(turn, exempt, None if favours else value, said, case)
    said.lines += favours
    proving = _advice_of(case, ("favourable_period_not_for_disabled_adult",))
    if proving and _any(W.LOW_INCOME_WORDS, _folded(reading)):
        said.entry(M.SIDE["second_order_if_needed"], _voice(turn, proving[0][0]))


def _income_exempt(turn: Any, exempt, value: Decimal | None, said: Answer, case=()) -> None:
    if not exempt[1].get("favourable_conditions"):
        said.say("utter_side_income_exempt_other", why=exempt[2].get("why") or "")
        said.sources.append(M.EXEMPTION_WHY[exempt[2].get("why_id")].source)
        _sponsors_age_limit(turn, case, said)
        return
    _whose_exemption(turn, _case(turn), said)  # the whole family's (panel 97, q1)
    said.entry(M.SIDE["income_exempt_favourable"], _voice(turn, exempt[0]))
    proving = [c for _, _, c in _exempt_condition(case, "means_of_subsistence")
               if c.get("state") != "exempt"]  # fmt: skip
    if value is not None and not proving:  # "speelt geen rol" only when no relative needs it
        said.say("utter_side_income_exempt_amount", amount=euro(value))  # (105, k4: Hasti)
    _exemption_ends(turn, exempt, said, case)
    for _, item in _advice_of(case, ("favourable_period_not_for_disabled_adult",)):
        said.item(item)  # the relative it does not hold for, after it (panel 46, h3)


def _exempt_answer(turn: Any, exempt, said: Answer, case, wording: tuple[str, str]) -> None:
    """A condition the sponsor need not prove, said in words: the 12 months' exemption with
    when it ends (message `key`), or another reason (response `other_response`)."""
    key, other_response = wording
    if not exempt[1].get("favourable_conditions"):
        if _why_said(turn, exempt[2]):
            return  # "inkomen en een groter huis?": the parents' one reason once
        said.say(other_response, why=exempt[2].get("why") or "")
        said.sources.append(M.EXEMPTION_WHY[exempt[2].get("why_id")].source)
        _sponsors_age_limit(turn, case, said)
        return
    said.entry(M.SIDE[key], _voice(turn, exempt[0]))
    _exemption_ends(turn, exempt, said, case)


def _why_said(turn: Any, condition: dict[str, Any]) -> bool:
    """The reason of an exemption said already in this turn's replies, for all three material
    conditions at once (the parents of an unaccompanied minor)."""
    why = condition.get("why") or ""
    return condition.get("why_id") == NONE_ASKED and any(
        why in reply.get("text", "") for reply in turn.replies
    )


def _sponsors_age_limit(turn: Any, case, said: Answer) -> None:
    """A minor sponsor's 18th birthday ends his parents' right, exempted or not (seed 001 "Op
    voorwaarde dat de NBMV jonger is dan achttien jaar"; panel 38: "moet ik geld verdienen?"),
    with its last day when the birthday was told (panel 45, g4)."""
    if not case:
        return
    for _, item in _advice_of(case, ("apply_before_sponsor_turns_18", "parents_3_months"))[:1]:
        said.item(item)
    _age_limit_rows(turn, [(e, r) for e, r in case if e["relationship"] == "parent"], said)
    ends = [
        d for _, r in case if (d := _rights_own_end(r)) and d.get("id") == "parents_request_end"
    ]
    if ends:  # the former minor's parents: their 3 months (C-550/16; panel 66, j5)
        said.say("utter_side_last_day", date=dutch_date(dt.date.fromisoformat(ends[0]["date"])))


def _exemption_ends(turn: Any, exempt, said: Answer, case) -> None:
    """When the 12 months' exemption ends: a minor sponsor's 18th birthday, or the last day
    of the 12 months (after it, the condition exempted: income or the home)."""
    entry, result, condition = exempt
    voice = _voice(turn, entry)
    limits = _advice_of(case, ("apply_before_sponsor_turns_18",)) if case else []
    if limits:  # a minor sponsor: his 18th birthday ends the right itself, "Daarna ... inkomen
        for _, item in limits[:1]:  # bewijzen" would be wrong (panel 39, h4)
            said.item(item)
        return
    birthday = _sponsors_last_day(case) or _rights_own_end(result)
    favourable = _favourable_end(result)
    if birthday is not None and favourable and favourable["date"] < birthday["date"]:
        _last_day(turn, dt.date.fromisoformat(favourable["date"]), said)  # the 12 months end
        _age_limit_rows(turn, case, said)  # first, then the birthday's own row (panel 51, g3:
        return  # "De laatste dag is 13 mei 2028" for the home)
    if birthday is not None:  # the day told: that day, not the 12 months (panel 45, g4: "De
        said.say("utter_side_last_day", date=dutch_date(dt.date.fromisoformat(birthday["date"])))
        said.item(birthday)  # laatste dag is 1 september 2027 ... Daarna ... inkomen")
        return
    topic = "housing" if condition.get("id") == "housing" else "income"
    if topic == "income" and _a_minor_child(entry):
        topic = "income_exempt_on_time_minor_child"  # still exempt alone (seed 003; q2)
    said.entry(M.SIDE.get(topic) or M.SIDE[f"{topic}_exempt_on_time"], voice)
    deadline = _favourable_end(result)  # not a son's 18th birthday (panel 33, a3)
    if deadline and not deadline.get("passed"):
        _last_day(turn, dt.date.fromisoformat(deadline["date"]), said)
        # a son of 17 has his own earlier last day (panel 50, g1: "De laatste dag is 12 juli
        # 2027" said for him too, his right ends on 1 March)
        _age_limit_rows(turn, case or [], said, said_in=_said_this_turn(turn, said))


def _sole_by_judgment(entry: dict[str, Any]) -> bool:
    """Custody of the one in Belgium alone, by a judgment told ("Ana heeft een vonnis ...,
    zij alleen heeft de bewaring"; seed 001)."""
    facts = entry["facts"]
    return facts.get("custody") == "sole" and facts.get("custody_judgment") is True


def _a_minor_child(entry: dict[str, Any]) -> bool:
    """A child of the sponsor or of the partner under 18: exempt from the income when it comes
    alone, in time or late (seed 003, "de enige is die zich bij de gezinshereniger komt
    voegen")."""
    kinds = ("child", "stepchild", "adopted_child")
    age = entry.get("age")
    return entry["relationship"] in kinds and age is not None and age < P.MAJORITY_AGE.value


def _rights_own_end(result: dict[str, Any]) -> dict[str, Any] | None:
    """The day the right itself ends before the 12 months: the parents of a sponsor who
    turned 18 during the procedure, 3 months (C-550/16; panel 61, g14: "De laatste dag is 15
    oktober 2027" beside their 15 januari 2027)."""
    favourable = _favourable_end(result)
    for item in result.get("deadlines") or []:
        if item.get("id") == "parents_request_end" and not item.get("passed"):
            if favourable is None or item["date"] < favourable["date"]:
                return item
    return None


def _said_this_turn(turn: Any, said: Answer) -> str:
    """The texts of this turn so far: a day said for the income is not said again for the
    home (one reply, two answers)."""
    return "\n".join([*(r["text"] for r in turn.replies), *said.lines])


def _sponsors_last_day(case) -> dict[str, Any] | None:
    """The day before a minor sponsor's 18th birthday, when told and still ahead."""
    for _, result in case:
        for item in result.get("deadlines") or []:
            if item.get("id") == "sponsor_turns_18" and not item.get("passed"):
                return item
    return None


def _whose_exemption(turn: Any, case, said: Answer) -> None:
    """With a child born after the arrival in the family, the exemption names whom it is for
    (panel 22, q1: "eerst zeg je geen inkomen en dan wel inkomen?? voor wie nu")."""
    from dialogue.answers import object_label

    bond = [(e, (e.get("facts") or {}).get("relationship_predates_arrival")) for e, _ in case]
    others = _advice_of(case, ("favourable_period_not_for_disabled_adult",))
    favours = [e for e, r in case if r.get("route") == HV]
    if not any(told is False for _, told in bond) and not others and not favours:
        return
    # not a disabled adult child (panel 46, h3), nor a sister with a humanitarian visa (panel
    # 48, h1: "Voor je zus en je zoon: Je hoeft nu geen inkomen te bewijzen")
    not_exempt = [e for e, _ in others] + [e for e, r in case if r.get("route") == HV]
    exempt = [e for e, told in bond if told is not False and e not in not_exempt]
    parents = [e for e in exempt if e["relationship"] == "parent" and not e.get("word")]
    if len(parents) == 2 == len(exempt):  # "voor de ouders", not "de eerste ouder en de
        said.say("utter_side_exempt_for", names=parents_label(turn))  # tweede" (panel 66, j5)
        return
    names = [object_label(turn.texts, turn.state, e) for e in exempt]
    if names:
        said.say("utter_side_exempt_for", names=turn.texts.and_list(names))


def _favourable_open(case: list[tuple[dict, dict]]) -> tuple[dict, dict] | None:
    """A relative whose route is not known yet, with the favourable period still open."""
    for entry, result in case:
        deadline = _first_deadline(result)
        if result.get("route") == UNKNOWN and deadline and not deadline.get("passed"):
            if deadline.get("id") == FAVOURABLE_END:
                return entry, result
    return None


def _income_if_right(turn: Any, open_case, value: Decimal | None, said: Answer) -> None:
    """Seed 003: no proof of income within the favourable period, said as a condition."""
    entry, result = open_case
    said.entry(M.SIDE["income_exempt_if_right"], _voice(turn, entry))
    if value is not None:
        said.say("utter_side_income_exempt_amount", amount=euro(value))
    deadline = _favourable_end(result) or _first_deadline(result)
    _last_day(turn, dt.date.fromisoformat(deadline["date"]), said)


def _last_day(turn: Any, day: dt.date, said: Answer) -> None:
    """The last day, as sure as the recognition date told ("begin juli": the month only, and
    a check of the decision; panel 15, d5: "De laatste dag is 1 juli 2027")."""
    roughly = turn.state.get("approximate_date")
    if roughly == "relative":
        said.say("utter_side_last_day_unknown", months=P.FAVOURABLE_PERIOD_MONTHS.value)
    elif roughly:
        said.say("utter_side_last_day_approximate", date=dutch_date(day, approximate=roughly))
    else:
        said.say("utter_side_last_day", date=dutch_date(day))


_YEARLY = re.compile(r"\b(?:per jaar|jaarlijks|op jaarbasis|per year|a year|par an)\b|/ ?jaar\b")


def _income_reference(turn: Any, case, value: Decimal | None, said: Answer) -> None:
    """Seed 004: the reference amount for a Belgian sponsor, and the needs analysis below; an
    amount told per year is compared per month."""
    reference = P.REFERENCE_INCOME_EUR_PER_MONTH.value
    voice = _voice(turn, case[0][0] if case else None)
    params = {"reference": euro(reference)}
    yearly = (
        value is not None and turn.reading is not None and _YEARLY.search(_folded(turn.reading))
    )
    if yearly:
        params["yearly"], value = euro(value), (value / 12).quantize(Decimal("0.01"))
    kind = "yearly_" if yearly else ""
    if value is None:
        said.say("utter_side_income_reference", **params)
    elif value >= reference:
        said.say(f"utter_side_income_{kind}above", amount=euro(value), **params)
    else:
        said.say(f"utter_side_income_{kind}below", amount=euro(value), **params)
    if value is None or value >= reference:
        said.entry(M.SIDE["income_at_least_reference"], voice)
    if value is None or value < reference:
        said.entry(M.SIDE["income_below_needs_analysis"], voice)


def _ngo(turn: Any) -> dict[str, str]:
    from dialogue.answers import ngo_contact

    return ngo_contact(turn.texts)


_MARRIAGE_VISA_ASKED = re.compile(
    r"\bvisum\b[^?.]{0,25}\b(?:om\s+(?:hier\s+|in belgie\s+)?te\s+trouwen|samen\s+te\s+wonen)\b"
)


def _where_of_another_request(turn: Any, reading: Reading, case, said: Answer) -> bool:
    """Where to file a request other than the case's own: the visa to marry (seed 001 names it
    and no more; panel 69, g3), an asylum seeker's family reunification after the recognition
    (seed 002's any post; panel 69, g5)."""
    if _MARRIAGE_VISA_ASKED.search(_folded(reading)):
        message = M.lookup(M.SIDE, "marriage_visa_how", (_status(turn) or "",))
        said.entry(message, _voice(turn, case[0][0]))
    elif _status(turn) == "asylum_seeker" and "gezinshereniging" in _folded(reading):
        said.entry(M.SIDE["where_after_recognition"], _voice(turn, None))
    else:
        return False
    said.send()
    return True


_AFTER_MY_RECOGNITION = re.compile(
    r"\bna (?:(?:mijn|de|zijn|haar) )?erkenning\b|\bna (?:mijn|de) (?:status|beslissing)\b"
)


def _where_after_recognition(turn: Any, reading: Reading, case, said: Answer) -> bool:
    """An asylum seeker's "waar moet ze dan gaan na mijn erkenning?": family reunification
    then, at any post (seed 002; panels 84 and 89, j2: the humanitarian request's post)."""
    folded = _folded(reading)
    later = _after_recognition_asked(folded) or _AFTER_MY_RECOGNITION.search(folded)
    later = later or re.search(r"\blater\b", folded)  # "waar moeten ze de aanvraag later
    # indienen?" (panel 98, t2: the humanitarian request's post)
    if _status(turn) != "asylum_seeker" or not later:
        return False
    voice = _where_voice(turn, reading, [e for e, _ in case])
    for key in ("where_any_post", "where_reference_post", "where_link_needed"):
        said.entry(M.SIDE[key], voice)
    said.send("utter_answer_menu")
    return True


def _where_humanitarian(turn: Any, reading: Reading, favours, rights, said: Answer) -> None:
    """Seed 001's "bevoegde Belgische diplomatieke post" for a humanitarian request; beside a
    protected person's family reunification requests (seed 002: "bij elke Belgische
    ambassade", art. 12bis, §1) the same post at the same time (seed 000: "een aanvraag voor
    een humanitair visum indienen samen met de aanvraag tot gezinshereniging van je ouders";
    panel 128, u1 and u3)."""
    voice = _where_voice(turn, reading, favours)
    if not rights or _status(turn) not in PROTECTED:  # art. 12bis, §1's any post is family
        said.entry(M.SIDE["where_humanitarian"], voice)  # reunification's (panel 130, t1: a
        return  # partner's humanitarian visa sent to "elke Belgische ambassade")
    for key in ("where_humanitarian_together", "where_humanitarian_marked"):
        said.entry(M.SIDE[key], voice)


def _where(turn: Any, reading: Reading) -> bool:
    case, said = _case(turn), Answer(turn)
    if not case:
        turn.say("utter_side_where_general")
        return True
    # seed 000: the religious marriage's soft procedure is filed as family reunification
    rights = [e for e, r in case if r.get("route") != HV or _soft_procedure(r)]
    favours = [e for e, r in case if r.get("route") == HV and not _soft_procedure(r)]
    if _any(W.NO_POST, _folded(reading)):
        said.entry(M.SIDE["where_no_post"], _where_voice(turn, reading, rights or favours))
    if _where_of_another_request(turn, reading, case, said) or _where_after_recognition(
        turn, reading, case, said
    ):
        return True
    if rights:
        voice = _where_voice(turn, reading, rights)
        if _status(turn) in PROTECTED:
            for key in ("where_any_post", "where_reference_post", "where_link_needed"):
                said.entry(M.SIDE[key], voice)
        else:
            said.entry(M.lookup(M.SIDE, "where_residence", (_status(turn) or "",)), voice)
    if favours and rights:  # say whose request is the humanitarian one
        from dialogue.answers import object_label

        names = turn.texts.and_list([object_label(turn.texts, turn.state, e) for e in favours])
        said.say("utter_side_where_humanitarian_for", names=names)
    if favours:
        _where_humanitarian(turn, reading, favours, rights, said)
    # art. 12bis only for family reunification with a third-country (or protected) sponsor
    tags = (_status(turn) or "",) if rights else ("humanitarian",)
    said.entry(M.lookup(M.SIDE, "where_list", tags), _voice(turn, case[0][0]))
    if rights:
        provider = M.lookup(M.ADVICE, "external_service_provider", (_status(turn) or "",))
        said.entry(provider, _voice(turn, rights[0]))
    said.send()
    return True


def _has_common(turn: Any, spouse: dict[str, Any]) -> bool:
    """A child the couple has together among the relatives."""
    return any((p.get("facts") or {}).get("common_child") for p in turn.state["people"]
               if p is not spouse)  # fmt: skip


def _religious_with_a_child(turn: Any, entry: dict[str, Any], result: dict[str, Any]) -> bool:
    """A customary or religious wife with a humanitarian visa and a child together (panel 58,
    g5: "helpt Daniel als bewijs voor onze relatie?" of a worker's wife)."""
    religious = (entry.get("facts") or {}).get("marriage") == "religious_or_customary"
    return religious and result.get("route") == HV and _has_common(turn, entry)


def _soft_procedure(result: dict[str, Any]) -> bool:
    return result.get("visa_code") == "B17"


def asked_about(people: list[dict[str, Any]], reading: Reading) -> list[dict[str, Any]]:
    """The relatives the message names: by relationship, narrowed to the word used when a
    relative has that word ("de broer", not his sister)."""
    me = next((p for p in people if p.get("self")), None)
    seen = W.FROM_THE_SPONSOR.get(me["relationship"], {}) if me else {}
    found: list[dict[str, Any]] = []
    having = [m for m in reading.mentions if _the_one_who_has(reading.text, m)]
    for mention in reading.mentions:  # the writer's own word too: "mijn dochter" of the
        if mention in having:
            continue
        kinds = {mention.relationship, seen.get(mention.relationship)}  # mother abroad is the
        if mention.relationship == "child" and S.siblings_meant_by_children(people):
            kinds.add("sibling")  # (a3); "de drie kinderen" beside
        same = [p for p in people if p["relationship"] in kinds]  # his parents (103, z2)
        if _fine_passport(reading.text, mention):
            continue  # "de vader heeft een geldig paspoort" (panel 103, z2)
        same = [p for p in same if p.get("word") == mention.word] or _of_its_gender(same, mention)
        told = {a.years for a in mention.ages}  # "die broer van 20": not his brother of 12
        same = [p for p in same if p.get("age") in told] or same  # (panel 47, g1)
        found += [p for p in same if p not in found]
    folded = fold(reading.text)  # "kan esther ook als haar paspoort verlopen is": the one of
    named = [p for p in people if p.get("name") and re.search(rf"\b{p['name']}\b", folded)]
    fine = _valid_passport_names(folded)  # "khaled en lina hebben goed paspoort": not theirs
    named = [p for p in named if p["name"] not in fine] or named  # (panel 101, s1)
    found += [p for p in named if p not in found]  # that first name (panel 87, j1)
    aged = _by_the_pronouns_age(people, reading)  # "en nour kan ze mee met mama en papa? ze
    found += [p for p in aged if p not in found]  # is pas 10": the sister too (panel 63, h5)
    holders = _named(people, having) if having else _holders_by_word(people, reading.text)
    if holders and not found:  # "Fanta heeft geen paspoort, de mama wel": the others (panel
        return [p for p in people if not p.get("self") and p not in holders]
        # 73, g1: the mother's passport advice)
    if found and not named and _a_first_name_beside(reading.text) and not _aged_as(found, reading):
        return [p for p in people if not p.get("self")]  # "de moeder en Fanta": first names
        # are not kept, so everyone (panel 72, g2: the mother's documents only)
    return (
        [p for p in people if p in found]
        or _the_oldest_or_youngest(people, reading)
        or _by_the_age_told(people, reading)
        or _by_an_unknown_name(people, reading)
    )


_NAME_AND_POSSESSIVE = re.compile(
    r"(?:^|[.,!?] *|\ben )([a-z]{3,}) (zijn|haar) "
    r"(?!(?:de|het|een|er|nog|ook|al|dan|die|dat|wel|niet|nie|geen|allemaal|alle|mijn|je)\b)"
)  # "omar zijn paspoort", not "wat zijn de kansen"


_QUESTION_WORDS = frozenset({"wat", "wie", "hoe", "waar", "welke", "welk", "wanneer", "waarom"})


def _by_an_unknown_name(people: list[dict[str, Any]], reading: Reading) -> list[dict]:
    """ "omar zijn paspoort is verlopen" with no one named Omar: the relatives without a first
    name of his gender, not his sister (panel 102, s1: the daughter's passport first)."""
    told = _NAME_AND_POSSESSIVE.search(fold(reading.text))
    if reading.mentions or told is None or told.group(1) in _NOT_FIRST_NAMES | _QUESTION_WORDS:
        return []
    if any(told.group(1) in words for words in RELATIVE_NOUNS.values()):
        return []
    pronoun = "hij" if told.group(2) == "zijn" else "zij"
    return [p for p in people if not p.get("self") and not p.get("name")
            and p.get("pronoun") == pronoun]  # fmt: skip


_FINE_PASSPORT = re.compile(
    r"^\s+(?:heeft|hebben)\s+(?:een\s+|nog\s+een\s+)?(?:geldig|goed)\w*\s+paspoort"
)


def _fine_passport(text: str, mention: Any) -> bool:
    return bool(_FINE_PASSPORT.match(fold(text[mention.end :])))


def _aged_as(found: list[dict[str, Any]], reading: Reading) -> bool:
    """The first names come with the ages of those found: "zijn broertje en zusjes: Fatima (19),
    Huda (15) en Ali (10)" names no one else (panel 103, z2: the father's passport first)."""
    told = {a.years for m in reading.mentions for a in m.ages} | {
        a.years for a in reading.loose_ages
    }
    return bool(told) and told <= {p.get("age") for p in found}


def _valid_passport_names(folded: str) -> set[str]:
    """The words of a clause that says someone's passport is fine ("khaled en lina hebben goed
    paspoort"), for first names to leave out of the one asked about."""
    fine: set[str] = set()
    for clause in re.split(r"[.?!;]", folded):
        if "paspoort" in clause and re.search(r"\b(?:goed|geldig|geldige|goede)\b", clause):
            if not re.search(r"\b(?:geen|verlopen|vervallen|kwijt)\b", clause):
                fine.update(clause.split())
    return fine


_HAS_IT = re.compile(
    r"\bgeen \w+\s*,?\s*(?:en )?(?:de |het |haar |zijn |mijn )?(\w+) (?:heeft )?wel\b"
)


def _holders_by_word(people: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """ "Fanta heeft geen paspoort, mama wel" with "mama" not tagged: the relative of that word
    (panel 78, g1: both passports)."""
    told = _HAS_IT.search(fold(text))
    return [p for p in people if told and p.get("word") == told.group(1)]


def _of_its_gender(people: list[dict[str, Any]], mention: Any) -> list[dict[str, Any]]:
    """The relatives of the mention's kind, not of the other gender: "de papa" is not the
    mother who comes (panel 77, g1: "de papa is akkoord ... fanta heeft geen paspoort, de mama
    wel" gave the mother's passport)."""
    own = S.pronoun_for(mention.word)
    return [p for p in people if own is None or p.get("pronoun") in (None, own)]


def _the_one_who_has(text: str, mention: Any) -> bool:
    """ "... geen paspoort, de mama wel": the relative who has what the others lack."""
    after = fold(text[mention.end :])
    return " geen " in f" {fold(text)} " and bool(
        re.match(r"\s+(?:heeft er |heeft )?wel\s*(?:[.,!?;]|$)", after)
    )


def _named(people: list[dict[str, Any]], mentions: list[Any]) -> list[dict[str, Any]]:
    words = {(m.relationship, m.word) for m in mentions}
    return [p for p in people if (p["relationship"], p.get("word")) in words]


# "de moeder en Fanta", "Fanta en de moeder": a first name joined to a relative's word
_NAME_JOINED = re.compile(
    r"\b(?:en|of)\s+([A-Z][a-zà-ÿ]+)\b(?!\s+(?:en|of)\s+(?:de|het|mijn)\b)"
    r"|\b([A-Z][a-zà-ÿ]+)\s+(?:en|of)\s+(?:de|het|mijn|haar|zijn)\s+\w+"
)


def _a_first_name_beside(text: str) -> bool:
    """A capitalised word that is no relative, status or place word, joined by "en"/"of"."""
    for match in _NAME_JOINED.finditer(text):
        word = fold(match.group(1) or match.group(2))
        if word not in _NOT_FIRST_NAMES and not any(word in w for w in RELATIVE_NOUNS.values()):
            return True
    return False


_NOT_FIRST_NAMES = W.NOT_NAMES | {fold(c) for c in COUNTRIES} | {"dvz", "cgvs", "rvv", "ocmw"}


def _by_the_pronouns_age(people: list[dict[str, Any]], reading: Reading) -> list[dict]:
    """The one relative of the age a pronoun is given ("ze is pas 10")."""
    return _the_one_aged(people, {a.years for _, a in reading.pronoun_ages})


def _by_the_age_told(people: list[dict[str, Any]], reading: Reading) -> list[dict[str, Any]]:
    """ "dus lina kan ook echt mee? ze is toch al 19": the one relative of that age (panel 40,
    h1; first names are not kept)."""
    years = {a.years for a in reading.loose_ages} | {a.years for _, a in reading.pronoun_ages}
    return _the_one_aged(people, years)


def _the_one_aged(people: list[dict[str, Any]], years: set[int]) -> list[dict[str, Any]]:
    """The one relative (not the writer) of the one age told, or none."""
    aged = [p for p in people if p.get("age") in years and not p.get("self")]
    return aged if len(years) == 1 and len(aged) == 1 else []


def _the_oldest_or_youngest(people: list[dict[str, Any]], reading: Reading) -> list[dict]:
    """ "wat moet de oudste aantonen?": the oldest child with an age (panel 37, g3: the
    documents of the child of 12 for the son of 18); "de jongste": the youngest."""
    folded = f" {fold(reading.text)} "
    children = [p for p in people if p["relationship"] in CHILDREN and p.get("age") is not None]
    if not children or (" de oudste " not in folded and " de jongste " not in folded):
        return []
    children.sort(key=lambda p: p["age"])
    return [children[-1] if " de oudste " in folded else children[0]]


def _where_voice(turn: Any, reading: Reading, people: list[dict[str, Any]]) -> Voice:
    """The relative the question names ("waar moet mijn vrouw naartoe?"), the only one, or
    the family as a whole: never one relative picked for all."""
    asked = asked_about(people, reading)
    if len(asked) == 1 or len(people) == 1:
        return _voice(turn, (asked or people)[0])
    own = [p for p in people if p.get("self")]
    if own:
        return _voice(turn, own[0])
    return Voice(plain_reader(turn.state, relative=turn.texts.text("utter_label_family")), None)


def _dna(turn: Any, reading: Reading) -> bool:
    case, said = _case(turn), Answer(turn)
    if _any(W.PAY_WORDS, _folded(reading)):
        said.entry(M.SIDE["dna_who_pays_not_in_sources"], _voice(turn, None))
        said.say(contact_response(turn.texts, "utter_side_ask_ngo"), **_ngo(turn))
    if not case:
        said.lines.append(turn.texts.text("utter_faq_dna_test"))
        said.send()
        return True
    people = [e for e, _ in case]
    asked = asked_about(people, reading) if reading.applicants else []
    couples = [e for e in asked or people if e["relationship"] in COUPLES]
    others = [e for e in asked or people if e["relationship"] not in COUPLES]
    if others and _any(("geboorteakte", "birth certificate", "geboortebewijs"), _folded(reading)):
        couples = []  # "Sara has birth certificate from Egypt ... or they want DNA test?": the
        # child's, not the marriage (panel 73, g3: P)
    if couples:  # "moet er een dna test?" about the family: the couple and the children
        kind = _dna_couple_kind(turn, case, couples[0])
        said.entry(M.SIDE[kind], _voice(turn, couples[0]))
        if kind == "dna_couple" and _status(turn) in (*PROTECTED, "asylum_seeker"):
            said.entry(M.SIDE["dna_couple_asylum_interview"], _voice(turn, couples[0]))
    if others:
        _dna_blood_relatives(turn, reading, others, said)
    said.send()
    return True


def _dna_couple_kind(turn: Any, case, couple: dict[str, Any]) -> str:
    """A married couple with a right proves the marriage by the act or other valid proofs
    (seed 002 for a protected sponsor, seed 004 for a Belgian); a couple on a humanitarian
    request or the soft procedure by concrete facts (seed 000; panel 5, i1)."""
    result = next(r for e, r in case if e is couple)
    if result.get("route") != FR or _soft_procedure(result):
        return "dna_couple"
    if _status(turn) == "belgian":
        return "dna_couple_belgian"
    return "dna_couple_protected" if _status(turn) in PROTECTED else "dna_couple_general"


def _bond_after(entry: dict[str, Any]) -> bool:
    """The bond began after the sponsor's arrival in Belgium (a child born later)."""
    return (entry.get("facts") or {}).get("relationship_predates_arrival") is False


def _dna_blood_relatives(turn: Any, reading: Reading, people, said: Answer) -> None:
    """The DNA lines for the relatives related by blood: one of them by name, several as the
    family."""
    without = _named_without_a_deed(people, reading)
    voice = _voice(turn, without) if without else _where_voice(turn, reading, people)
    routes = {assessment(turn.state, e, turn.today).get("route") for e in people}
    if routes <= {HV, "not_possible"}:  # no right: the humanitarian file, not art. 40ter/12bis
        said.entry(M.SIDE["dna_humanitarian"], voice)
    elif _status(turn) == "belgian":
        said.entry(M.SIDE["dna_belgian"], voice)
    elif _status(turn) in PROTECTED and people[0]["relationship"] in CHILDREN:
        # seed 002 first: other valid proofs (a hospital's birth paper) before a DNA test;
        # once, when the missing deed was answered in the same reply (panel 31, a4); not for
        # a child born after the arrival (panel 46, h5)
        after = [e for e in people if _bond_after(e)]
        if after:
            said.entry(M.SIDE["dna_child_bond_after_arrival"], _voice(turn, after[0]))
        elif not _no_certificate_asked(_folded(reading)):
            said.entry(M.SIDE["no_official_document_protected"], voice)
        said.entry(M.SIDE["dna_child"], voice)
    elif _status(turn) in PROTECTED:
        said.entry(M.ADVICE["dna_test"], voice)
    else:  # seed 002's general rule: an authentic document (panel 23, s4)
        said.entry(M.SIDE["dna_general_rule"], voice)


def _named_without_a_deed(people, reading: Reading) -> dict[str, Any] | None:
    """The one relative named in the sentence that says a deed is missing: "Omar is 14, Hamza
    10 en Lina 6. Van Lina is er geen geboorteakte ... Dan DNA?" (panel 124, k1: "Dan kan het
    kind van 14 jaar van je cliënt het visum toch krijgen")."""
    folded = _folded(reading)
    ages = {name: int(age) for name, age in _NAME_AND_AGE.findall(folded)}  # "lina 6 (1/10/20)"
    for sentence in re.split(r"[.!?\n]", folded):
        if not _any(W.MISSING_WORDS, f" {sentence} "):
            continue
        named = [
            p for p in people
            if (p.get("name") and re.search(rf"\b{p['name']}\b", sentence))
            or any(re.search(rf"\b{n}\b", sentence) and p.get("age") == a for n, a in ages.items())
        ]  # fmt: skip
        if len(named) == 1:
            return named[0]
    return None


_NAME_AND_AGE = re.compile(r"\b([a-z]{3,15})\s+(?:is\s+)?\(?(\d{1,2})\b")


def _deadline_rows(turn: Any, case) -> list[tuple[str, dict[str, Any]]]:
    """(who, deadline) per distinct deadline of relatives with a right, people grouped."""
    rows: dict[tuple[str, str, bool], list[dict[str, Any]]] = {}
    items: dict[tuple[str, str, bool], dict[str, Any]] = {}
    for entry, result in case:
        counts = result.get("route") in (FR, UNKNOWN) or _soft_procedure(result)
        if _adult_child_passed_if_minor(result):
            counts = False  # said apart: his right itself may have ended (panel 56, f1)
        deadline = _row_deadline(result) if counts else None
        if deadline:
            # a child of 17 whose birthday is not known may have to apply before that date:
            # a row of its own (panel 31, a1: "Je zoon, je vrouw, ...: uiterlijk op 15
            # september 2027" for a son who turns 18 in February)
            limited = deadline.get("id") not in RIGHT_ENDS and any(
                a.get("id") == "apply_before_child_turns_18" for a in result.get("advice") or []
            )
            key = (deadline["id"], deadline["date"], limited)
            rows.setdefault(key, []).append(entry)
            soft_only = items.get(key, {}).get("soft_only", True) and _soft_procedure(result)
            items[key] = dict(deadline, before_18=limited, soft_only=soft_only)
    soft = {id(e) for e, r in case if _soft_procedure(r)}
    for key, entries in rows.items():  # "Het recht blijft" after a passed day is no B17's: a
        rights = [e for e in entries if id(e) not in soft]  # church-married husband beside the
        if items[key].get("passed") and rights:  # children is not named in it (panel 94, p1)
            rows[key] = rights
    return [(_names_of(turn, entries), items[key]) for key, entries in rows.items()]


# a day that ends the right itself, said before a 12 months that passed already
RIGHT_ENDS = ("child_turns_18", "sponsor_turns_18")


def _row_deadline(result: dict[str, Any]) -> dict[str, Any] | None:
    """The day a relative's row gives: the first, unless it passed and an 18th birthday still
    ahead ends the right (panel 33, a4: "Je dochter: de laatste dag was 15 november 2025" to
    "wat is nu de laatste dag voor mijn dochter?", her 12 March 2027 not said)."""
    dated = [d for d in result.get("deadlines") or [] if d.get("date")]
    ahead = [d for d in dated if not d.get("passed") and d.get("id") in RIGHT_ENDS]
    if dated and dated[0].get("passed") and ahead:
        return ahead[0]
    return dated[0] if dated else None


def _names_of(turn: Any, entries: list[dict[str, Any]]) -> str:
    """ "je ouders" for both parents, not "je tweede ouder en je eerste ouder" (panel 28)."""
    parents = [e for e in entries if e["relationship"] == "parent"]
    if len(parents) == 2 == len(entries) and not any(e.get("word") for e in parents):
        return parents_label(turn)
    return turn.texts.and_list([turn.texts.label(turn.state, e) for e in entries])


def _asked_favours_only(case, reading: Reading) -> list[tuple[dict, dict]]:
    """ "is het te laat voor mijn zoon van 19?": the relatives the message names, when all of
    them ask a humanitarian visa of their own (not a sibling filing with the parents)."""
    if not reading.applicants or " ook voor " in _folded(reading):
        return []  # "tot wanneer? ook voor mijn vriend dezelfde datum?": everyone (panel 49, h3)
    asked = asked_about([e for e, _ in case], reading)
    named = [(e, r) for e, r in case if e in asked]
    own_favour = all(
        r.get("route") == HV and not _soft_procedure(r)
        and not any(a.get("id") == "apply_with_parents" for a in r.get("advice") or [])
        for _, r in named
    )  # fmt: skip
    return named if named and len(named) < len(case) and own_favour else []


def _deadline_of_favours(turn: Any, reading: Reading, favours) -> bool:
    """Panel 5, j5: asked about a son with a humanitarian visa, the others' dates were given:
    no deadline for him, and what helps when that is asked too."""
    _no_deadline(turn, reading, favours)
    if _any(W.STRENGTHEN_WORDS, _folded(reading)):
        _strengthen(turn, reading)
    return True


def _parents_right_ended(turn: Any) -> bool:
    """The parents of a former unaccompanied minor whose right ended: "is het echt te laat nu
    ik 18 ben?", "kan ik da uitleggen aan dvz?" (panel 42, g4: a processing time, then "geen
    antwoord"). Seed 001: "Op voorwaarde dat de NBMV jonger is dan achttien jaar"; seed 002:
    "De omstandigheden ... worden door de Dienst Vreemdelingenzaken onderzocht"."""
    ended = _advice_of(_case(turn), ("parents_3_months_passed",))
    if not ended:
        return False
    said = Answer(turn)
    said.item(ended[0][1])
    days = [d for _, r in _case(turn) for d in r.get("deadlines") or []
            if d.get("id") == "parents_request_end" and d.get("passed")]  # fmt: skip
    if days:  # "welke datum was de laatste dag?" (panel 47, g4: the rule, not the day)
        day = dutch_date(dt.date.fromisoformat(days[0]["date"]))
        said.say("utter_side_deadline_passed", who=capitalise(parents_label(turn)), date=day)
    said.send()
    return True


def _deadline(turn: Any, reading: Reading) -> bool:
    case = _case(turn)
    if not _deadline_rows(turn, case) and _parents_right_ended(turn):
        return True
    if _asked_favours_only(case, reading):
        return _deadline_of_favours(turn, reading, _asked_favours_only(case, reading))
    rows = _deadline_rows(turn, case)
    if not rows:
        return _no_deadline(turn, reading, case)
    rough = turn.state.get("approximate_date") and deadline_line(turn, case)
    if rough:  # the day on the decision is not known: the rule and the month, no day count
        said = Answer(turn)  # an 18th birthday told still ends the right first (panel 34,
        _age_limit_rows(turn, case, said, said_in=rough)  # d3: "ik word 18 op 3 februari")
        said.lines.append(rough)
        said.send()
        return True
    said = Answer(turn)
    limits = _advice_of(case, AGE_LIMITS)  # the 18th birthday may end the right first
    for _, item in limits:
        said.item(item)
    _deadline_rows_said(turn, said, rows, case)
    _age_limit_rows(turn, case, said, rows)  # the 18th birthday after the 12 months (d3)
    _deadlines_of_others(turn, said, case)
    ahead = any(not item.get("passed") for _, item in rows)
    favourable = any(item.get("id") == FAVOURABLE_END for _, item in rows)  # "en mijn vrouw
    # en dochter, als zij na 10 maart aanvragen?" beside the son's own end (panel 31, a4)
    late = _any(W.LATE_WORDS, _folded(reading)) or reading.later_request_asked
    if ahead and favourable and (not limits or reading.later_request_asked) and late:
        said.entry(M.SIDE["deadline_if_late"], _voice(turn, case[0][0]))
    parents = _with_deadline(case, "parents_request_end")
    if ahead and parents and late:  # "pas in februari bij een ambassade? Is alles dan
        said.entry(M.SIDE["parents_3_months_late"], _voice(turn, parents[0]))  # verloren?"
    if ahead:
        protected = _status(turn) in PROTECTED
        said.say(
            "utter_side_deadline_hint" if protected else "utter_side_deadline_hint_not_protected"
        )
    said.send()
    return True


def _age_limit_rows(turn: Any, case, said: Answer, shown=(), said_in: str = "") -> None:
    """The day before an 18th birthday the user gave, for each right it ends (seeds 001, 003),
    once per day (both parents end on the sponsor's), not one already shown as a row."""
    seen = {(item.get("id"), item.get("date")) for _, item in shown}
    for entry, item in _age_limit_days(case):
        day = dutch_date(dt.date.fromisoformat(item["date"]))
        if (item.get("id"), item.get("date")) in seen or day in said_in:
            continue  # said already in the rough line (review)
        seen.add((item.get("id"), item.get("date")))
        who = turn.texts.label(turn.state, entry)
        if item.get("id") == "sponsor_turns_18":
            who = parents_label(turn)
        said.say(
            "utter_side_last_day_of", who=who, date=dutch_date(dt.date.fromisoformat(item["date"]))
        )
        said.item(item)


def _adult_child_passed_if_minor(result: dict[str, Any]) -> bool:
    """An adult son whose minority at the asylum request is not known, 12 months after."""
    asked = "applicant.minor_when_sponsor_applied_for_asylum" in (result.get("missing_facts") or [])
    return asked and any(d.get("passed") for d in result.get("deadlines") or [])


def _deadlines_of_others(turn: Any, said: Answer, case) -> None:
    """A sibling's humanitarian visa goes with the parents' request (seed 000); a relative
    whose route is not known yet has the date only if she has a right."""
    for entry, result in case:
        if any(a.get("id") == "apply_with_parents" for a in result.get("advice") or []):
            said.entry(M.SIDE["deadline_with_parents"], _voice(turn, entry))
        elif result.get("route") == UNKNOWN and _adult_child_passed_if_minor(result):
            said.entry(M.SIDE["adult_child_if_minor_passed"], _voice(turn, entry))
        elif result.get("route") == UNKNOWN and _first_deadline(result):
            said.entry(M.SIDE["deadline_if_right"], _voice(turn, entry))
        elif (
            result.get("route") == FR
            and not _first_deadline(result)
            and any(
                a.get("id") == "favourable_period_not_for_disabled_adult"
                for a in result.get("advice") or []
            )
        ):  # "en voor ifrah, is er ook een datum?" got her brother's (panel 46, h3)
            said.entry(M.SIDE["deadline_none_disabled_adult"], _voice(turn, entry))


def _deadline_rows_said(turn: Any, said: Answer, rows, case) -> None:
    approximate = turn.state.get("approximate_date") or False
    late = _late_advice(case)  # once, after the first row that passed (panel 33, a4: twice)
    for who, item in rows:
        day = dt.date.fromisoformat(item["date"])
        written = dutch_date(day, approximate=approximate)
        month = "_month" if approximate else ""  # "de laatste dag viel in januari 2026"
        if item.get("passed"):
            said.say(f"utter_side_deadline_passed{month}", who=capitalise(who), date=written)
            said.item(item)
            if item.get("soft_only"):  # a religious marriage's soft procedure has no right
                continue  # that "blijft" (panel 85, k3: "Je vrouw ... Het recht blijft")
            if item.get("id") == "adult_child_request_end":  # his right itself ended: never
                continue  # "Het recht blijft" after it (panel 112, t2); said at the next row
            for advice in late:
                said.item(advice)
            late = []
            continue
        days = (day - turn.today).days
        before_18 = "_before_18" if item.get("before_18") and not approximate else ""
        said.say(
            f"utter_side_deadline{month}{before_18}", who=capitalise(who), date=written, days=days
        )
        said.item(item)


def _late_advice(case) -> list[dict[str, Any]]:
    """What a late request means (seed 002 "Laattijdige indiening"; seed 003 C-279/20)."""
    found: dict[str, dict[str, Any]] = {}
    for _, result in case:
        for item in result.get("advice") or []:
            if item.get("id") in LATE_ADVICE:
                found.setdefault(item["id"], item)
    return list(found.values())


_TWELVE_MONTHS = re.compile(r"\b(?:1|een|één) jaar\b|\b12 maand(?:en)?\b")


def _no_deadline(turn: Any, reading: Reading, case) -> bool:
    if _belgian_descendant_turns_21(
        turn, case, reading, True
    ):  # "hij wordt 21 op 14 februari, moet ik
        return True  # voor die datum?" (u3)
    if _status(turn) == "asylum_seeker":
        return _limits_without_date(turn, case)  # the period that starts at the recognition
    if case and all(r.get("route") == HV and not _soft_procedure(r) for _, r in case):
        said = Answer(turn)
        said.say("utter_answer_no_deadline")
        said.entry(M.ADVICE["humanitarian_no_deadline"], _voice(turn, case[0][0]))
        if _status(turn) in PROTECTED and _TWELVE_MONTHS.search(_folded(reading)):
            said.entry(M.SIDE["twelve_months_for_a_right"], _voice(turn, case[0][0]))
        partners = [e for e, _ in case if e["relationship"] in ("partner", "spouse")]
        if partners and _status(turn) in PROTECTED and _any(W.IF_MARRIED, _folded(reading)):
            said.entry(M.SIDE["marriage_after_arrival_no_favour"], _voice(turn, partners[0]))
        said.send()
        _if_bond_recognised(turn, reading)  # "is er een datum? ik hoor 1 jaar": the one a
        return True  # ratified guardianship would start (panel 55, c2)
    from_recognition = not _advice_of(case, ("apply_before_sponsor_turns_18",))  # a minor's
    # parents: his 18th birthday, not the recognition (panel 68, h1)
    if (
        _status(turn) in PROTECTED
        and not turn.state["sponsor"].get("recognition_date")
        and (from_recognition)
    ):
        turn.say("utter_side_deadline_needs_date")
        return True
    asked_over = "?" in _folded(reading) and bool(_PERIOD_OVER.search(_folded(reading)))
    if reading.intent != "ask_deadline" and not asked_over:
        return False  # a cue word alone, and no date to give: not a deadline question
    return _limits_without_date(turn, case)  # "zijn erkenning is meer dan een jaar geleden,
    # verliest hij daardoor iets?" of a marriage after the arrival (panel 80, h1)


AGE_LIMITS = ("apply_before_child_turns_18", "apply_before_sponsor_turns_18")


def _limits_without_date(turn: Any, case) -> bool:
    """No 12-month date to give: the age limit that ends a right (seed 001 "jonger zijn dan
    18 jaar"), or for an asylum seeker the period that starts at the recognition (seed 003)."""
    said = Answer(turn)
    for _, item in _advice_of(case, AGE_LIMITS):
        said.item(item)
    if _advice_of(case, ("apply_before_sponsor_turns_18",)):
        said.lines += sponsors_birthday_asked(turn)
        _deadlines_of_others(turn, said, case)  # a sibling goes with the parents (seed 000)
    later = any(r.get("summary_id") == "summary.asylum_seeker" for _, r in case)
    if _status(turn) == "asylum_seeker" and later:  # a right after the recognition only for
        # the partner and the children (panel 32, d4: the 12 months for a mother)
        said.say("utter_side_deadline_after_recognition", months=P.FAVOURABLE_PERIOD_MONTHS.value)
    after = [e for e, r in case if _bond_after(e) and r.get("route") == FR]
    if not said.lines and after and _status(turn) in PROTECTED:
        said.entry(M.SIDE["no_twelve_months_bond_after"], _voice(turn, after[0]))
    if not said.lines:
        said.say("utter_answer_no_deadline" if case else "utter_faq_deadline")
    said.send()
    return True


def _named_with_a_right(turn: Any, reading: Reading) -> list[dict[str, Any]]:
    """The relatives on family reunification the question is about: those it names, else
    all of them ("mijn moeder heeft geen geboorteakte": none, she asks a humanitarian visa)."""
    case = _case(turn)
    asked = asked_about([e for e, _ in case], reading) or [e for e, _ in case]
    return [e for e, r in case if e in asked and r.get("route") == FR]


_LEGALISATION_IMPOSSIBLE = re.compile(
    r"\blegali\w* (?:kan|lukt|gaat) niet\b|\bkan niet (?:gelegaliseerd|legaliseren)\b"
    r"|\bwerkt niet mee\b|\bgeen (?:werkende )?(?:overheid|administratie)\b"
    # "de huwelijksakte is niet gelegaliseerd, de overheid in eritrea werkt niet" (panel 77)
    r"|\b(?:overheid|administratie)\b[^.?!]{0,20}\bwerkt niet\b"
)


def _legalisation(turn: Any, reading: Reading) -> bool:
    """The general rule, and for the family of a protected sponsor seed 002's special
    provision on other valid proofs when no official deed can be had."""
    said = Answer(turn)
    said.say("utter_faq_legalisation")
    folded = _folded(reading)
    if re.search(r"\bvertal\w*|\bvertaling\w*|\bvertaler\w*", folded):  # "en vertaling door
        said.say("utter_side_sworn_translators")  # wie, hier of in brazilie?" (panel 91, m2)
    deed = _any(W.MARRIAGE_DEED_WORDS, folded) or _marriage_proof_named(folded)
    if deed and _LEGALISATION_IMPOSSIBLE.search(folded):  # "we hebben alleen een nikahnama.
        # legaliseren kan niet, de taliban werkt niet mee" (panel 48, h3)
        said.entry(_deed_not_legalised(turn), _voice(turn, None))
        said.send()
        return True
    with_right = _named_with_a_right(turn, reading)
    missing = _no_certificate_asked(fold(reading.text))  # said by that answer, not twice
    if _status(turn) in PROTECTED and with_right and not missing:
        # art. 12bis, §5-6 is for family reunification only: the relatives with that right,
        # the one the question names (panel 31, b1: the children's deeds, not the mother's)
        said.entry(
            M.SIDE["no_official_document_protected"], _where_voice(turn, reading, with_right)
        )
    said.send()
    return True


def _deed_not_legalised(turn: Any) -> Any:
    """Seed 000's other valid proofs, or seed 002's condition for a marriage after the arrival
    (panel 77, h1)."""
    couples = [e for e, _ in _case(turn) if e["relationship"] in ("spouse", "registered_partner")]
    if couples and couples[0]["facts"].get("relationship_predates_arrival") is False:
        return _deed_missing_official(couples[0])
    return M.SIDE["marriage_deed_not_legalised"]


_HOW_LONG = re.compile(r"\bhoe ?lang\b|\bduurt\b|\bhow long\b")


def _the_sentence_asking(reading: Reading, asking: re.Pattern) -> Reading:
    """The reading with only the relatives named in the sentence that asks (all of them when
    no sentence does)."""
    for match in re.finditer(r"[^.!?]+[.!?]?", reading.text):
        if asking.search(fold(match.group())):
            inside = [m for m in reading.mentions if match.start() <= m.start < match.end()]
            return replace(reading, mentions=inside)
    return reading


def _processing(turn: Any, reading: Reading) -> bool:
    """ "hoe lang duurt het?": per route in the case; seed 001 for a humanitarian visa, the
    seeds give no duration for family reunification."""
    case = _case(turn)
    if not case:
        turn.say("utter_faq_processing_time")
        return True
    asked = _the_sentence_asking(reading, _HOW_LONG)  # not "... en wat als het visum van
    # fanta geweigerd wordt maar de mama wel mag komen?" (panel 77, g1: the mother's only)
    named = asked_about([e for e, _ in case], asked) if asked.applicants else []
    case = [(e, r) for e, r in case if e in named] or case  # "hoe lang duurt dat voor mijn
    said = Answer(turn)  # zoon?": his route only (panel 28, a4: the mother's humanitarian text)
    if _status(turn) == "asylum_seeker" and _any(W.ASYLUM_WORDS, _folded(reading)):
        said.say("utter_side_processing_asylum")  # "hoe lang duurt dat nog, mijn asiel? en
        said.send()  # daarna de gezinshereniging?" got the humanitarian visa's year (h4)
        return True
    favours = [e for e, r in case if r.get("route") == HV and not _soft_procedure(r)]
    later = "gezinshereniging" in _folded(reading) or DAY_21.search(_folded(reading))  # "ze
    # is 21 op 14 maart 2027 ... en hoe lang duurt het dan?" (panel 92, m5)
    if later and "humanitair" not in _folded(reading):
        favours = []  # "als we trouwen en hij vraagt gezinshereniging, hoe lang wacht hij?":
        # not the humanitarian visa's year (panel 38, h5)
        case = [(e, {**r, "route": FR}) for e, r in case]
    if "humanitair" in _folded(reading) and not favours:  # "dat humanitair visum in 2de orde,
        said.entry(M.SIDE["humanitarian_visa_what"], _voice(turn, case[0][0]))  # hoe lang
        said.send()  # duurt da?" (panel 33, a2)
        return True
    if any(r.get("route") in (FR, UNKNOWN) or _soft_procedure(r) for _, r in case):
        helper = turn.state.get("writer") == "helper"  # a social worker asks: no "ask one"
        said.say(f"utter_side_processing_family_reunification{'_helper' if helper else ''}")
    if favours and len(favours) < len(case):  # "hoe lang duurt het voor abdi en ifrah?"
        # beside a sister's humanitarian visa: whose year it is (panel 49, h1)
        names = [turn.texts.label(turn.state, e) for e in favours]
        said.say("utter_side_processing_humanitarian_for", names=turn.texts.and_list(names))
    if favours:
        said.entry(M.ADVICE["humanitarian_no_deadline"], _voice(turn, favours[0]))
    said.send()
    return True


def _calendar(turn: Any, reading: Reading) -> bool:
    if _advice_of(_case(turn), ("apply_before_sponsor_turns_18",)):
        turn.say("utter_side_calendar_age_limit")  # the birthday, not the 12 months, ends it
        return True
    upcoming = sorted(
        (dt.date.fromisoformat(item["date"]), item["id"])
        for _, item in _deadline_rows(turn, _case(turn))
        if not item.get("passed")
    )
    if not upcoming:
        turn.say("utter_side_calendar_none")
        return True
    turn.calendar, turn.calendar_kind = upcoming[0]
    turn.say("utter_side_calendar", date=dutch_date(turn.calendar))
    return True


def _named_by_age(people: list[dict[str, Any]], reading: Reading) -> list[dict[str, Any]]:
    """ "En voor Helen (8): ..." beside "de ouders": the one relative of that age, named by a
    first name the bot does not keep (panel 55, d3: the parents' conditions)."""
    numbers = {int(n) for n in re.findall(r"\((\d{1,2})\)", reading.text)}
    found = [p for p in people if p.get("age") in numbers]
    return found if len(found) == 1 else []


def _strengthen(turn: Any, reading: Reading) -> bool:
    everyone = _case(turn)
    if _age_limit_days(everyone) and _a_day_named(_folded(reading)):
        return _age_limit(turn, reading)  # "en als het voor Ali niet lukt voor 3 februari? wat
        # dan": the 18th birthday ends the right (panel 41, g4: the conditions of all four)
    late_parents = _advice_of(everyone, ("parents_3_months_passed",))
    if late_parents:  # "de 3 maanden zijn voorbij. wat kunnen de ouders nog doen?" (c3)
        said = Answer(turn)
        said.entry(M.SIDE["parents_3_months_late"], _voice(turn, late_parents[0][0]))
        said.send()
    case = [(e, r) for e, r in everyone if r.get("route") in (HV, "not_possible")]
    named = _named_by_age([e for e, _ in everyone], reading) or asked_about(
        [e for e, _ in everyone], reading
    )
    extra = re.search(r"\b(?:extra|andere|meer) humanitaire\b", _folded(reading))
    if named and not any(e in named for e, _ in case) and not extra:  # "wat moet mijn vrouw
        case = []  # bewijzen?" of a relative with a right: her conditions, not a humanitarian
        # file; "moeten Youssif en Adam nog extra humanitaire redenen aantonen, of volstaat het
        # dat de ouders meekomen?": the brothers' (panel 65, j5)
    if not case:
        return _strengthen_no_favour(turn, reading, everyone, named)
    # named among everyone: the writer's own word read from her place (a3); else the family in
    # its order, every relative (panel 46: "je tweede dochter", her mother, not her sister)
    case = [(e, r) for e, r in case if e in named and not extra] or sorted(
        case, key=lambda c: c[0]["id"]
    )
    said_ids: list[tuple[str, ...]] = []
    same: list[str] = []
    for entry, result in case:
        chosen = _strengthen_advice(entry, result)
        ids = tuple(str(a.get("id")) for a in chosen)
        if ids in said_ids and not entry.get("noted"):  # "voor je zoon geldt hetzelfde"
            same.append(turn.texts.label(turn.state, entry))
        elif len(said_ids) < 2:
            said_ids.append(ids)
            _strengthen_block(turn, entry, chosen)
    if same:
        turn.say("utter_side_strengthen_same", relative=turn.texts.and_list(same))
    helper = turn.state.get("writer") == "helper"
    turn.say("utter_side_handoff_offer_helper" if helper else "utter_side_handoff_offer")
    return True


def _strengthen_no_favour(turn: Any, reading: Reading, everyone, named) -> bool:
    """ "is er echt niks?" where no relative has a humanitarian visa (yet)."""
    if _an_adult_child_unknown(turn, everyone, named):
        return True
    if _any(("humanitair", "andere weg"), _folded(reading)):  # "is er dan een andere weg voor
        # mijn zoon? humanitair visum?" of a relative with a right (d4)
        return _say_entries(turn, [(M.SIDE["second_order_explained"], _voice(turn, None))])
    return _strengthen_a_late_right(turn) or _conditions_of(turn, everyone, named)


def _an_adult_child_unknown(turn: Any, everyone, named: list[dict[str, Any]]) -> bool:
    """ "Hij is meerderjarig, is er echt niks mogelijk voor hem?" of a son of 20 of whom it is
    not known whether he was a minor at the asylum request: seed 003's 12 months if he was,
    seed 000's humanitarian visa of an adult son if not (panel 91, m3: "Het recht blijft" of
    the 12 months of his sister, and "In tweede orde betekent" three times)."""
    fact = "minor_when_sponsor_applied_for_asylum"
    unknown = [
        e for e, r in everyone
        if r.get("route") == UNKNOWN and e["relationship"] == "child"
        and (e.get("age") or 0) >= P.MAJORITY_AGE.value and fact not in (e.get("facts") or {})
    ]  # fmt: skip
    chosen = [e for e in unknown if e in named] or (unknown if len(unknown) == 1 else [])
    if not chosen or _status(turn) not in PROTECTED:
        return False
    entry = chosen[0]
    _, if_minor = _as_if(turn, entry, {fact: True, "adult_before_sponsor_recognition": True})
    ends = [d for d in if_minor.get("deadlines") or [] if d.get("id") == "adult_child_request_end"]
    if ends and ends[0].get("passed"):
        _say_entries(turn, [(M.SIDE["adult_child_if_minor_passed"], _voice(turn, entry))])
    adult, if_adult = _as_if(turn, entry, {fact: False})
    if if_adult.get("route") != HV:
        return True
    _strengthen_block(turn, entry, _strengthen_advice(adult, if_adult))
    helper = turn.state.get("writer") == "helper"
    turn.say("utter_side_handoff_offer_helper" if helper else "utter_side_handoff_offer")
    return True


def _conditions_of(turn: Any, case, named: list[dict[str, Any]]) -> bool:
    """What a relative with a right proves: her conditions (the "Voorwaarden" detail)."""
    chosen = [(e, r) for e, r in case if e in named] or case
    if not chosen:
        return False
    DETAILS["ask_conditions"](turn, chosen)
    return True


COMMON_CHILD_ADVICE = ("common_child_strengthens", "common_child_registered_partnership")


def _common_child(turn: Any, reading: Reading) -> bool:
    """ "helpt het kind voor karim?": a partner's file with a child together (seed 000: "vaak
    een cruciaal element"; seed 001: a registered partnership's stable relationship)."""
    found = _advice_of(_case(turn), COMMON_CHILD_ADVICE)
    religious = [e for e, r in _case(turn) if r.get("humanitarian_chance_reason_id")
                 == "religious_marriage_common_child" or (_soft_procedure(r) and _has_common(
                     turn, e)) or _religious_with_a_child(turn, e, r)]  # fmt: skip
    if not found and religious:  # "helpt het dat we 2 kinderen samen hebben?" of a church
        # marriage: seed 000 "Hierbij vormt het bestaan van gemeenschappelijke kinderen vaak
        # een cruciaal element" (panel 51, g1: "geen antwoord", then an income text)
        message = M.SIDE["common_children_religious_marriage"]
        return _say_entries(turn, [(message, _voice(turn, religious[0]))])
    if not found:
        return False
    said = Answer(turn)
    for _, item in found:
        said.item(item)
    said.send("utter_answer_menu")
    return True


def _strengthen_a_late_right(turn: Any) -> bool:
    """ "is er echt niks?" with a right whose 12 months passed: the classic conditions, and
    seed 000's humanitarian visa 'in tweede orde' beside the request."""
    late = _advice_of(_case(turn), LATE_ADVICE)
    if not late:
        return False
    said = Answer(turn)
    for _, item in late:
        said.item(item)
    said.entry(M.SIDE["second_order_if_needed"], _voice(turn, late[0][0]))
    said.send("utter_answer_menu")
    return True


def _strengthen_advice(entry: dict[str, Any], result: dict[str, Any]) -> list[dict[str, Any]]:
    noted = set(entry.get("noted") or [])
    advice = {a.get("id"): a for a in result.get("advice") or []}
    chance = result.get("chance") if isinstance(result.get("chance"), dict) else {}
    if "apply_with_parents" in advice and chance.get("situation") == MINOR_SIBLING_WITH_PARENTS:
        # seed 000: "Je hoeft in principe geen andere humanitaire elementen aan te tonen" for a
        # minor sister applying with the parents (panel 18, j2: "prove she is in danger")
        return [advice["apply_with_parents"], chance]
    if (entry.get("facts") or {}).get("common_child") is False:  # "geen kinderen" told (v3)
        advice.pop("common_children_crucial", None)
    chosen = [
        advice[i] for i in STRENGTHEN_ADVICE if i in advice and COVERED_BY.get(i) not in noted
    ]
    # nothing else to say: the chance itself (panel 65, j4: a fiancé with no child got the
    # header and no line)
    return chosen[:MAX_ADVICE] or ([chance] if chance.get("text") else [])


def _strengthen_block(turn: Any, entry: dict[str, Any], chosen: list[dict[str, Any]]) -> None:
    said = Answer(turn)
    rel = turn.texts.label(turn.state, entry)
    name = "utter_side_strengthen_header"
    said.say(f"{name}_self" if entry.get("self") else name, relative=rel)
    for item in chosen:
        said.item({**item, "text": f"- {item.get('text')}"})
    lines = noted_lines(turn, entry)
    if any(item.get("situation") == MINOR_SIBLING_WITH_PARENTS for item in chosen):
        lines = []  # nothing more to prove (seed 000), so no "Maar alleen als je het bewijst"
    if lines:
        said.lines += lines
        if M.VOLUNTEERED["ill"].source not in said.sources:
            said.sources.append(M.VOLUNTEERED["ill"].source)
    said.send()


def _advice_of(case, ids: tuple[str, ...]) -> list[tuple[dict, dict]]:
    """(person, advice item) for each advice of `ids` in the case, once per text."""
    found: dict[str, tuple[dict, dict]] = {}
    for entry, result in case:
        for item in result.get("advice") or []:
            if item.get("id") in ids:
                found.setdefault(str(item.get("text")), (entry, item))
    return list(found.values())


def _official_marriage_supposed_asked(reading: Reading, folded: str) -> bool:
    """ "STEL we zijn officieel getrouwd (resmi nikah april). welke voorwaarden dan?" (panel
    103, y4: the humanitarian visa's income answered)."""
    civil = re.search(r"\b(?:officieel|officiele|burgerlijk\w*|gemeente|stadhuis|resmi)\b", folded)
    registers = re.search(r"\bregistr|\blaten (?:inschrijven|erkennen)\b", folded)  # the same
    # marriage registered is seed 000's check, not a new one (panel 74, g2)
    supposed = bool(AN_OFFICIAL_MARRIAGE_TO_COME.search(folded))
    return "?" in folded and bool(civil) and supposed and not registers


def _official_marriage_supposed(turn: Any, reading: Reading) -> bool:
    """Seed 001: a spouse "mag u in België komen vervoegen onder de volgende voorwaarden ... U
    bent beiden ouder dan 21 jaar": the right an official marriage would give, with its
    conditions, for a couple married by religion only or not married."""
    couples = [e for e, _ in _case(turn) if e["relationship"] == "spouse"
               and e["facts"].get("marriage") == "religious_or_customary"]  # fmt: skip
    if not couples or _status(turn) in ("asylum_seeker", "eu_citizen", None):
        return False
    right = M.lookup(M.SIDE, "married_partner_right", (_status(turn) or "",))
    return _say_entries(turn, [(right, _voice(turn, couples[0]))])


def _marry_again(turn: Any, reading: Reading) -> bool:
    """ "moeten we opnieuw trouwen?" after a religious marriage: what counts (seed 000)."""
    case = _case(turn)
    religious = [(e, r) for e, r in case if e["facts"].get("marriage") == "religious_or_customary"]
    if not religious:
        return _marriage_in_general(turn, reading, case)
    said = Answer(turn)
    voice = _voice(turn, religious[0][0])
    _how_to_check(turn, reading, said, voice)
    if _status(turn) == "asylum_seeker":  # no reunification yet, whatever the marriage (b1);
        said.entry(M.SIDE["religious_marriage_asylum_seeker"], voice)  # and if it does not
        said.entry(M.SIDE["religious_marriage_if_not_official"], voice)  # count: seed 000's
        said.send("utter_answer_menu")  # B17 after the recognition (panel 56, e5)
        return True
    if _any(W.IF_NOT_OFFICIAL, _folded(reading)):  # "en als het niet geldt?" (panel 29, b1)
        said.entry(M.SIDE["religious_marriage_if_not_official"], voice)
        said.send("utter_answer_menu")
        return True
    if _any(W.MARRY_AGAIN_WORDS, _folded(reading)) and _RIGHT_ASKED.search(_folded(reading)):
        # "als we nu nog trouwen bij de burgerlijke stand, heeft Grace dan wel recht?": a civil
        # marriage gives the spouse's right, under conditions (seed 001; panel 58, g5)
        said.entry(M.lookup(M.SIDE, "married_partner_right", (_status(turn) or "",)), voice)
    elif _any(W.MARRY_AGAIN_WORDS, _folded(reading)):
        message = M.SIDE["marry_again_not_in_sources"]  # a Belgian's wife: art. 40ter, not
        if _status(turn) == "belgian":  # art. 10 (panel 45, h4)
            message = M.under_40ter(message)
        said.entry(message, voice)
    found = _advice_of(religious, RELIGIOUS_MARRIAGE_ADVICE)
    for _, item in found:
        said.item(item)
    if not found:  # not assessed yet (an asylum seeker's wife): seed 000's rule itself
        said.entry(M.ADVICE["religious_marriage_check_law"], _voice(turn, religious[0][0]))
    if _status(turn) in PROTECTED:  # seed 000's distinction: an official marriage whose act
        # DVZ cannot recognise (panel 51, g1: never said to an Eritrean with a church paper)
        said.entry(_deed_missing_official(religious[0][0]), voice)
    said.say(contact_response(turn.texts, "utter_side_ask_ngo"), **_ngo(turn))
    said.send("utter_answer_menu")
    return True


RELIGIOUS_MARRIAGE_ADVICE = (
    "religious_marriage_check_law",
    "religious_marriage_check_law_age",
    "marriage_visa_alternative",
)


def _how_to_check(turn: Any, reading: Reading, said: Answer, voice) -> None:
    """ "hoe weet ik of die in marokko als officieel telt": seed 000's way to check it, by the
    law of the country where it was concluded (panel 68, g2)."""
    if _HOW_TO_CHECK.search(_folded(reading)):
        check = M.ADVICE["religious_marriage_how_to_check"]
        said.entry(M.under_40ter(check) if _status(turn) == "belgian" else check, voice)


_RIGHT_ASKED = re.compile(  # "kan het dan wel via gezinshereniging?" (panel 68, g2)
    r"\b(?:heeft|krijgt|hebben|krijgen)\b[^?.]{0,25}\brecht\b"
    r"|\b(?:kan|kunnen|gaat|lukt)\b[^?.]{0,25}\bgezinshereniging\b"
)
_HOW_TO_CHECK = re.compile(
    r"\bhoe (?:weet|weten|kan|kunnen|check|zie)\b[^?.]{0,30}\b(?:of|dat)\b|\bnagaan\b|\bchecken\b"
)


def _official(case) -> bool:
    """An official marriage is known: no check whether a religious one counts (panel 8, p5)."""
    return any((e.get("facts") or {}).get("marriage") == "official" for e, _ in case)


def _marriage_in_general(turn: Any, reading: Reading, case) -> bool:
    """No religious marriage recorded: for a partner, seed 001's visa to marry; for a
    question whether a religious marriage counts, seed 000's rule in general."""
    said = Answer(turn)
    partners = [e for e, _ in case if e["relationship"] == "partner"]
    asked = _marriage_validity(_folded(reading)) or turn.state.get("last_side") == "marry_again"
    marrying = _any(W.MARRY_AGAIN_WORDS, _folded(reading)) or _MARRYING_FIRST.search(
        _folded(reading)
    )
    if partners and marrying:
        right = M.lookup(M.SIDE, "married_partner_right", (_status(turn) or "",))
        said.entry(right, _voice(turn, partners[0]))
        said.entry(M.ADVICE["marriage_visa_alternative"], _voice(turn, partners[0]))
    elif asked and not _official(case) and not partners:  # also "ja maar telt het?" right
        _whether_it_counts(turn, case, said, reading)  # after it (panel 37, h4)
    if not said.lines:
        return False
    said.send("utter_answer_menu")
    return True


def _whether_it_counts(turn: Any, case, said: Answer, reading: Reading) -> None:
    """Seed 000: "enkel recht op gezinshereniging wanneer jouw religieus of gewoonterechtelijk
    huwelijk ook als officieel huwelijk geldt in het land waar het werd afgesloten"; for an
    asylum seeker no right yet, whatever the marriage (panel 37, h4)."""
    couples = [e for e, _ in case if e["relationship"] in COUPLES]
    voice = _voice(turn, couples[0]) if couples else _voice(turn, None)
    if _status(turn) == "asylum_seeker":  # (panel 40, h3; panel 56, e5)
        said.entry(M.SIDE["religious_marriage_asylum_seeker"], voice)
        said.entry(M.SIDE["religious_marriage_if_not_official"], voice)
    else:
        said.entry(M.ADVICE["religious_marriage_check_law"], voice)


def _wait(turn: Any, reading: Reading) -> bool:
    """ "moet ik wachten tot ik erkend ben?": what the asylum-seeker advice says."""
    found = _advice_of(_case(turn), ("asylum_seeker_wait", "asylum_seeker_humanitarian_exception"))
    if found:
        return _say_items(turn, [item for _, item in found])
    # "kan ik nu al beginnen? ik ben pas 3 weken erkend": no need to wait, file in time with
    # the 4 documents (seed 002; panel 50, h5: "geen antwoord" twice)
    rights = [(e, r) for e, r in _case(turn) if r.get("route") == FR]
    if not rights or re.search(r"\bhoe lang\b", _folded(reading)):
        return False  # "hoe lang moet ik wachten voor ze hier es?": the processing time (g3)
    statements = _items_of(turn, "documents", ("bank_statements_6_months",))
    if statements and re.search(r"\b(?:maar|pas|nog maar) (?:\d|een|twee|drie|vier|vijf)\b",
                                _folded(reading)):  # fmt: skip
        return _say_items(turn, statements)  # "t zijn er maar 3. is da genoeg of moeten we
        # wachten?": seed 004's six months of statements, not "Wachten hoeft niet" (110, n5)
    if not _acceptance_rule_applies(turn, rights):
        turn.say_text(turn.texts.text("utter_side_can_start_now"), "utter_answer_menu")
        return True
    return _incomplete_file(turn, reading, lead="utter_side_can_start_now")


def _age_limit(turn: Any, reading: Reading) -> bool:
    """An age limit asked about: an asylum seeker's child (seed 003), or the rules of the
    relatives with a right."""
    if _status(turn) == "asylum_seeker":
        return _asylum_seekers_child_turns_18(turn, reading, _case(turn))
    return (
        _late_in_the_12_months(turn, reading)
        or _parents_right_ended(turn)
        or _adult_child_late(turn, reading)
        or _age_limit_of_a_right(turn, reading)
    )


def _late_in_the_12_months(turn: Any, reading: Reading) -> bool:
    """ "en als het te laat is? ... dan is alles weg?" with the 12 months ending first and no
    one near 18: seed 002's late request (the right stays, the classic conditions), not a
    birthday of a child of 15 (panel 67, l3)."""
    if _AN_AGE_LIMIT.search(_folded(reading)):
        return False
    case = _case(turn)
    ends = [d for _, r in case if (d := _favourable_end(r)) and not d.get("passed")]
    near_18 = [e for e, _ in case if e.get("age") == P.MAJORITY_AGE.value - 1]
    own_ends = [r for _, r in case if _rights_own_end(r) or _keeps_the_right(r)]  # the
    # parents' 3 months, C-279/20's adult child: the right itself ends
    if not ends or near_18 or own_ends or _age_limit_days(case):
        return False
    said = Answer(turn)
    _last_day(turn, dt.date.fromisoformat(min(d["date"] for d in ends)), said)
    said.entry(M.SIDE["deadline_if_late"], _voice(turn, case[0][0]))
    said.send("utter_answer_menu")
    return True


def _adult_child_late(turn: Any, reading: Reading) -> bool:
    """ "en als abdi te laat is, bv maart? kan hij dan nog komen?": seed 003 "Deze termijn van
    12 maanden kan worden verlengd (en het recht op gezinshereniging behouden) indien de
    aanvrager aantoont dat hij door overmacht verhinderd werd", else seed 001's humanitarian
    visa (panel 48, h1: the same Termijn block twice)."""
    kept = [(e, r) for e, r in _case(turn) if _keeps_the_right(r)]
    asked = asked_about([e for e, _ in kept], reading) if reading.applicants else []
    chosen = [(e, r) for e, r in kept if e in asked] or kept
    if not chosen or not _LIMIT_MISSED.search(_folded(reading)):
        return False
    entry, result = chosen[0]
    end = next(d for d in result["deadlines"] if d.get("id") == "adult_child_request_end")
    said = Answer(turn)
    said.say("utter_side_last_day", date=dutch_date(dt.date.fromisoformat(end["date"])))
    said.entry(M.SIDE["adult_child_late"], _voice(turn, entry))
    said.send("utter_answer_menu")
    return True


def _age_limit_of_a_right(turn: Any, reading: Reading) -> bool:
    if _belgian_descendant_turns_21(turn, _case(turn), reading):
        return True
    return _age_limit_rules(turn, reading)


# "ook niet als ik 21 ben in mei?", "ik word 21 op 3 mei 2027" (panel 59, h6)
_TURNS_21 = re.compile(
    r"\b21 (?:ben|word|wordt|is|zijn)\b|\b(?:word|wordt|worden) 21\b"
    r"|\bis 21 (?:jaar )?op\b"  # "ze is 21 op 14 maart 2027" (panel 92, m5)
)


def _couple_turns_21(turn: Any, reading: Reading) -> bool:
    """ "ik word 21 op 3 mei 2027. kan emre dan wel komen?": the couple's age rule, the new
    request once both are 21, and the day when told (seed 001; art. 40ter for a Belgian)."""
    couples = _young_couple(turn)
    if not couples or not _age_limit_rules(turn, reading):
        return False
    told = DAY_21.search(_folded(reading))
    if not told and _a_partners_birth_date(turn, reading):  # "ze is geboren op 20 januari
        return _partners_day_from_birth(turn, reading, couples[0])  # 2006" (panel 95, m5)
    if told:
        day = _next_birthday(int(told["day"]), MONTH_WORDS[told["month"]], told["year"], turn)
        age = couples[0].get("age")
        younger = age is not None and age + (day - turn.today).days // 365 < P.SPOUSE_MIN_AGE.value
        key = "age_21_on_day_partner_younger" if younger else "age_21_on_day"  # (70, g5)
        if (
            partners_21st_told(_folded(reading), told) or turn.state.get("writer") == "helper"
        ):  # "ze wordt 21 op
            key = _partners_21st(turn)  # 14 maart 2027": hers (panel 91, m5)
        message = M.lookup(M.SIDE, key, (_status(turn) or "",))
        said = Answer(turn)
        said.entry(message, _voice(turn, couples[0]), day=dutch_date(day))
        said.send("utter_answer_menu")
    return True


def _a_partners_birth_date(turn: Any, reading: Reading) -> bool:
    """A birth date told in a sentence about "ze"/"hij" or the partner, while the couple's age
    rule is the question."""
    folded = _folded(reading)
    return bool(reading.birth_dates) and bool(
        re.search(r"\b(?:ze|zij|hij|mijn vrouw|mijn man)\b[^.?!]{0,10}\bgeboren\b", folded)
    )


def _partners_day_from_birth(turn: Any, reading: Reading, partner: dict[str, Any]) -> bool:
    born = reading.birth_dates[0]
    age = P.SPOUSE_MIN_AGE.value
    day = (
        born.replace(year=born.year + age)
        if (born.month, born.day) != (2, 29)
        else (dt.date(born.year + age, 3, 1))
    )
    key = _partners_21st(turn)
    message = M.lookup(M.SIDE, key, (_status(turn) or "",))
    said = Answer(turn)
    said.entry(message, _voice(turn, partner), day=dutch_date(day))
    if day > turn.today:
        said.say("utter_side_days_until", days=(day - turn.today).days)
    said.send("utter_answer_menu")
    return True


def _partners_21st(turn: Any) -> str:
    """The partner's 21st birthday told: from that day the couple's age rule is met when the
    sponsor is 21 too (seed 001 "U bent beiden ouder dan 21 jaar")."""
    sponsor_age = turn.state["sponsor"].get("age")
    if sponsor_age is not None and sponsor_age >= P.SPOUSE_MIN_AGE.value:
        return "partner_21_on_day"
    return "partner_21_on_day_sponsor_unknown"


def _next_birthday(day: int, month: int, year: str | None, turn: Any) -> dt.date:
    if year:
        return dt.date(int(year), month, day)
    this_year = dt.date(turn.today.year, month, day)
    return this_year if this_year >= turn.today else dt.date(turn.today.year + 1, month, day)


def _age_limit_rules(turn: Any, reading: Reading) -> bool:
    """ "als ze volgend jaar 21 wordt?": the couple's age rule of seed 001, and a new request
    once both are old enough; "hij wordt 18 in februari": apply before (seed 001 "jonger zijn
    dan 18 jaar")."""
    case = _case(turn)
    couples = _advice_of(case, ("spouse_age_rule",))
    minors = _advice_of(case, AGE_LIMITS)
    said = Answer(turn)
    for _, item in couples + minors:
        said.item(item)
    _age_limit_rows(turn, case, said)  # "wordt 18 op 5 maart": the day before, once for the
    # parents (panel 35, f5: "Voor je tweede ouder ..." and "Voor je eerste ouder ...")
    if not couples:  # "is 23 niet te jong?": the couple's age condition, with its mark
        _couple_age_conditions(turn, case, reading, said)
    if not minors and not said.lines:  # a child of 16 with a right: the age at the request
        children = _minor_children_with_a_right(case)
        asked = asked_about(children, reading) if reading.applicants else []
        oldest = sorted(children, key=lambda e: -e["age"])  # the one who turns 18 first
        for entry in (asked or oldest)[:1]:  # "mijn zoon wordt 18": the son (panel 7, m3)
            said.entry(M.ADVICE["apply_before_child_turns_18"], _voice(turn, entry))
    if not said.lines:
        return False
    if not couples and (minors or _minor_children_with_a_right(case)):  # "voor de aanvraag
        # klaar is?" (m3); a couple's rule says the request once both are old enough itself
        for _, item in _advice_of(case, ("incomplete_file_accepted",)):
            said.item(item)
    _after_the_limit(turn, case, reading, said)
    said.send("utter_answer_menu")
    return True


def _after_the_limit(turn: Any, case, reading: Reading, said: Answer) -> None:
    """ "is er dan nog iets mogelijk als hij 18 is?": seed 001's humanitarian visa for adult
    children (panel 15, c2: the reminder again)."""
    children = _minor_children_with_a_right(case)
    if not _any(W.AFTER_THE_LIMIT, _folded(reading)):
        return
    if children:  # the one named, else the one who turns 18 first (panel 41, g4: "als ali
        # toch al 18 is" got "Is je kind van 5 jaar al 18")
        asked = asked_about(children, reading) if reading.applicants else []
        oldest = sorted(children, key=lambda e: -(e.get("age") or 0))
        said.entry(M.SIDE["after_18_humanitarian"], _voice(turn, (asked or oldest)[0]))
    if any(item.get("id") == "sponsor_turns_18" for _, item in _age_limit_days(case)):
        said.entry(M.SIDE["after_sponsor_18_parents"], _voice(turn, None))  # (panel 40, g3)


PROOF_TOPICS = (("housing", W.HOUSING_TOPIC), ("income", W.INCOME_TOPIC),
                ("insurance", W.INSURANCE_TOPIC))  # fmt: skip
PROOF_DOCUMENTS = {"housing": "housing_proof", "income": "means_proof",
                   "insurance": "health_insurance_proof"}  # fmt: skip


_ANOTHER_PROOF_ASKED = re.compile(r"\b(?:band|huwelijk|afstamming|akte|identiteit|relatie)\b")


def _which_proof(turn: Any, reading: Reading) -> bool:
    """ "welk bewijs voor woning moet ik geven?", "welke papieren van mijn werk voor het
    inkomen?", "ik ben bij de mutualiteit, is dat genoeg voor de verzekering?": the proofs seed
    004 lists; for a Belgian's family as the document, else said to be a Belgian's list
    (panel 40, h2, g4)."""
    folded = _folded(reading)
    asked = " ".join(s for s in re.split(r"(?<=[.!?])\s+", folded) if "?" in s) or folded
    told = asked if _ANOTHER_PROOF_ASKED.search(asked) else folded  # not "bij plundering van
    # hun huis ... hoe bewijzen we dan de band?" (panel 128, r1: the lease); "Ik heb een eigen
    # huis. Wat moet ik daarvoor tonen?" still asks the house's (panel 40, g4)
    topics = [name for name, words in PROOF_TOPICS if _any(words, f" {told} ")]
    case = _case(turn)
    if not topics or case and all(r.get("route") == HV for _, r in case):
        return False  # a humanitarian visa has no housing or income condition to prove
        # (panel 84, j5: seed 004's lease for a Belgian's mother, cited to art. 40ter)
    said = Answer(turn)
    belgian = _status(turn) == "belgian"
    for topic in topics:
        if belgian:
            document = f"{PROOF_DOCUMENTS[topic]}@belgian"
            said.entry(M.DOCUMENTS[document], _voice(turn, None))
        else:
            said.entry(M.SIDE[f"proof_kinds_{topic}_not_belgian"], _voice(turn, None))
    said.send("utter_answer_menu")
    return True


def _consent_form(turn: Any, reading: Reading) -> bool:
    """ "is een brief genoeg of moet hij naar een rechter of notaris?": the other parent's
    written consent (seed 004; panel 41, h1: three times the custody condition again)."""
    if _custody_not_the_sponsors(turn):
        return True
    consent = [d for _, r in _case(turn) for d in r.get("documents") or []
               if d.get("id") in CONSENT_ITEMS]  # fmt: skip
    if not consent:
        return False
    message = M.lookup(M.SIDE, "consent_in_writing", (_status(turn) or "",))
    return _say_entries(turn, [(message, _voice(turn, None))])


NO_CUSTODY = "summary.belgian_descendant_no_custody"  # a grandparent without custody


_BORN_AFTER = re.compile(
    r"\bgeboren na\b[^?.]{0,30}\b(?:aankomst|kwam|gekomen|vlucht)"
    r"|\bborn after (?:i|me) (?:left|came|arrived|fled)\b"  # (panel 73, g3: "geen antwoord")
)


def _born_after_arrival(turn: Any) -> bool:
    """ "mijn dochter is geboren na mijn aankomst in belgie. maakt dat uit?": her own right,
    without the 12 months' exemption (seed 003; panel 69, h5)."""
    after = [e for e, r in _case(turn) if e["relationship"] in CHILDREN and _bond_after(e)
             and r.get("route") in (FR, UNKNOWN)]  # fmt: skip
    if not after or _status(turn) not in PROTECTED:
        return False
    return _say_entries(turn, [(M.SIDE["born_after_arrival"], _voice(turn, after[0]))])


def _custody_not_the_sponsors(turn: Any) -> bool:
    """ "ook al heb ik geen hoederecht?", "volstaat een getekende toestemming van de ouders, of
    moet ik naar de rechter?" of a grandchild whose parents have custody: seed 004's rule, and
    what no seed says (panel 68, g4: "geen antwoord" twice)."""
    without = [
        e for e, r in _case(turn) if r.get("summary_id") == "summary.belgian_descendant_no_custody"
    ]
    if not without:
        return False
    return _say_entries(turn, [(M.SIDE["custody_not_the_sponsors"], _voice(turn, without[0]))])


def _foster_family(turn: Any, reading: Reading) -> bool:
    """ "Ze woont bij een Belgisch pleeggezin. Is dat een probleem voor de gezinshereniging
    met de mama?": the unaccompanied minor's condition of art. 10, §1, 7° (seed 001), and what
    the seeds do not say (panel 40, g5: "geen antwoord")."""
    case = [(e, r) for e, r in _case(turn) if r.get("route") == FR]
    uam = [
        c
        for _, r in case
        for c in r.get("conditions") or []
        if c.get("id") == "sponsor_not_in_adult_care"
    ]
    if not uam:
        return False
    said = Answer(turn)
    said.lines.append(condition_line(turn, uam[0]))
    said.entry(M.SIDE["foster_family_uam"], _voice(turn, None))
    said.send("utter_answer_menu")
    return True


def _siblings_without_parents(turn: Any, reading: Reading) -> bool:
    """ "Stel dat de mama niet kan reizen. Kunnen de broers dan alleen een aanvraag doen?": the
    siblings' route and chance as they would be with no parent applying (seed 000: "Indien je
    ouders niet meekomen ... De kans op slagen is in dit geval veel lager"; panel 40, g5); "Kan
    de moeder dan wel alleen komen, zonder de vader?": only the father out, the mother's right
    and the sister's chance beside her (panel 72, g2: "Als de ouders niet meekomt")."""
    state = turn.state
    siblings = [p for p in state["people"] if p["relationship"] == "sibling"]
    parents = [p for p in state["people"] if p["relationship"] == "parent"]
    if not siblings or not parents:
        return False
    staying = _parents_staying(fold(reading.text))
    without = copy.deepcopy(state)
    without["people"] = [
        p for p in without["people"]
        if p["relationship"] != "parent" or staying and p.get("pronoun") not in staying
    ]  # fmt: skip
    said = Answer(turn)
    plural = "_plural" if not staying and len(parents) > 1 else ""  # "de ouders ... meekomen"
    said.say(f"utter_side_without_parents{plural}", parents=_staying_label(turn, staying, parents))
    for entry in [p for p in without["people"] if p["relationship"] in ("parent", "sibling")]:
        result = assessment(without, entry, turn.today)
        who = capitalise(turn.texts.label(turn.state, S.person(turn.state, entry["id"])))
        said.say("utter_line_person", who=who, facts=route_label(turn, result, entry))
        if (result.get("chance") or {}).get("text"):
            said.item(result["chance"])
    said.send("utter_answer_menu")
    return True


def _incomplete_file(turn: Any, reading: Reading, lead: str | None = None) -> bool:
    """ "kunnen ze aanvraag doen als papieren nog niet compleet zijn?": the 4 documents that
    make a request accepted (seed 002: "ongeacht het feit of zijn dossier volledig of
    onvolledig is"), and the last day (panel 40, g3: "geen antwoord", 22 days before it)."""
    case = [(e, r) for e, r in _case(turn) if r.get("route") in (FR, UNKNOWN)]
    if not case or not _acceptance_rule_applies(turn, case):
        return False
    said = Answer(turn)
    if lead:
        said.say(lead)
    said.entry(M.ADVICE["incomplete_file_accepted"], _voice(turn, case[0][0]))
    _age_limit_rows(turn, case, said)
    said.send("utter_answer_menu")
    return True


def _minor_at_asylum(turn: Any, reading: Reading) -> bool:
    """ "telt het dat Sara minderjarig was toen ik asiel vroeg?": seed 003 "Een kind dat
    minderjarig was op het moment dat de gezinshereniger ... zijn/haar aanvraag om
    internationale bescherming in België heeft ingediend, behoudt zijn recht ... op voorwaarde
    dat de aanvraag ... wordt ingediend binnen 12 maanden na de erkenning" (panel 45, g2)."""
    case = _case(turn)
    if _ADULT_AT_ASYLUM.search(_folded(reading)) and _status(turn) != "asylum_seeker":
        return _adult_at_asylum(turn, reading, case)
    kept = [(e, r) for e, r in case if _keeps_the_right(r)]
    after = [(e, r) for e, r in case if _adult_after_recognition(r)]
    if after and not kept and _status(turn) != "asylum_seeker":  # 18 after the recognition:
        advice = M.ADVICE["adult_after_sponsor_recognition"]  # no (round 118, q5)
        return _say_entries(turn, [(advice, _voice(turn, after[0][0]))])
    if _status(turn) == "asylum_seeker" or not kept:
        return _asylum_seekers_child_turns_18(turn, reading, case)
    asked = asked_about([e for e, _ in kept], reading) if reading.applicants else []
    entry, result = next(((e, r) for e, r in kept if e in asked), kept[0])
    said = Answer(turn)
    said.entry(M.SIDE["minor_at_asylum_counts"], _voice(turn, entry))
    end = [d for d in result.get("deadlines") or [] if d.get("id") == "adult_child_request_end"]
    if end and not end[0].get("passed"):
        _last_day(turn, dt.date.fromisoformat(end[0]["date"]), said)
    said.send("utter_answer_menu")
    return True


def _adult_at_asylum(turn: Any, reading: Reading, case) -> bool:
    """ "Aya was 21 toen ik asiel vroeg. Helpt dat iets?": seed 003's rule keeps the right of
    a child who was a minor then, not of one already an adult; her own route stands (panel 58,
    h5: the leefloon text)."""
    children = [(e, r) for e, r in case if e["relationship"] in CHILDREN and not e.get("self")]
    if not children:
        return False
    asked = asked_about([e for e, _ in children], reading) if reading.applicants else []
    entry, result = next(((e, r) for e, r in children if e in asked), children[0])
    said = Answer(turn)
    said.entry(M.SIDE["adult_at_asylum_no_rule"], _voice(turn, entry))
    said.say(
        "utter_summary_route",
        Relative=capitalise(turn.texts.label(turn.state, entry)),
        route=route_label(turn, result, entry),
    )
    said.send("utter_answer_menu")
    return True


# "Als Grace geweigerd wordt en Daniel alleen komt, wat heb ik dan nodig van Grace?" (panel 58,
# g5: "Wat je kan doen na een weigering, staat niet in onze informatie")
_CHILD_COMES_ALONE = re.compile(
    r"\bals\b[^?]{0,50}\b(?:geweigerd|niet (?:mee)?komt|niet kan komen|blijft)\b[^?]{0,50}"
    r"\balleen (?:komt|komen|gaat|gaan|reist|reizen)\b"
)


def _child_without_mother(turn: Any, reading: Reading) -> bool:
    """The couple's child comes without the other parent: seed 003's custody and consent
    ("Indien de hoede gedeeld wordt, moet de andere houder van het hoederecht met de
    gezinshereniging instemmen"), from an assessment as if she stays."""
    children = [e for e, r in _case(turn)
                if e["relationship"] == "child" and e["facts"].get("common_child")]  # fmt: skip
    if not children:
        return False
    said = Answer(turn)
    for entry in children[:2]:
        _, result = _as_if(turn, entry, {"other_parent_stays": True})
        said.add(capitalise(turn.texts.label(turn.state, entry)) + ":")
        for item in result.get("conditions") or []:
            if item.get("id") == "custody":
                said.item(item)
        for item in result.get("documents") or []:
            if "custody" in str(item.get("id")) or "consent" in str(item.get("id")):
                said.item(item)
    said.send("utter_answer_menu")
    return True


def _pregnancy_before_arrival(turn: Any, reading: Reading) -> bool:
    """ "Zainab was al zwanger voor hij vertrok, maakt dat niks uit?": seed 003 speaks of the
    descent established before the arrival, no seed of a pregnancy (panel 46, h5)."""
    after = [e for e, _ in _case(turn) if _bond_after(e)]
    if not after or _status(turn) not in PROTECTED:  # seed 003's rule is a protected
        return False  # sponsor's (panel 92, m5: told to a worker with a B card, C and W)
    entry = M.SIDE["pregnancy_before_arrival_not_in_sources"]
    return _say_entries(turn, [(entry, _voice(turn, after[0]))])


def _decided_after_limit(turn: Any, reading: Reading) -> bool:
    """ "DVZ beslist pas na zijn verjaardag, is het dan te laat?": seed 002 "De datum van
    indiening van de aanvraag is echter van wezenlijk belang" (panel 46, g2: the last day
    twice, the question not answered)."""
    case = _case(turn)
    if not _age_limit_days(case) and not _advice_of(case, AGE_LIMITS):
        return False
    said = Answer(turn)
    if _age_limit_days(case):
        _age_limit_rows(turn, case, said)
    else:  # no birthday told: the rule ("vóór je zoon 18 wordt")
        for _, item in _advice_of(case, AGE_LIMITS)[:1]:
            said.item(item)
    minor = (turn.state["sponsor"].get("age") or 99) < P.MAJORITY_AGE.value  # seed 002's
    children = _advice_of(case, ("apply_before_child_turns_18",))  # "leeftijdsvoorwaarde die
    key = "filing_date_counts_child" if children and not minor else "filing_date_counts"  # aan
    entry = children[0][0] if children and not minor else case[0][0]  # de gezinshereniger wordt
    said.entry(M.SIDE[key], _voice(turn, entry))  # gesteld" is the sponsor's (panel 95, m3)
    said.send("utter_answer_menu")
    return True


def _needs_analysis(turn: Any, reading: Reading) -> bool:
    """ "wat moet ik in dat overzicht zetten voor die behoefteanalyse?": seed 004 "Geef dan best
    alle gegevens ... een gedetailleerd overzicht van zijn maandelijkse inkomsten en
    uitgaven" (panel 46, g3: "Sorry, dat begrijp ik niet")."""
    if _status(turn) != "belgian":
        return False
    return _say_entries(turn, [(M.SIDE["needs_analysis_overview"], _voice(turn, None))])


def _housing_later(turn: Any, reading: Reading) -> bool:
    """ "moet ik eerst een groter appartement zoeken of mag dat na de aanvraag?": seed 004 for
    a Belgian ("Het heeft geen zin om een huurcontract ... af te geven van een woning waar je
    gezin pas later zal intrekken"), said to be a Belgian family's rule for others (panel 47,
    h4: "Of een slaapplaats in de woonkamer genoeg is ...")."""
    case = _case(turn)
    if case and all(r.get("route") == HV for _, r in case):  # a mother's humanitarian visa:
        entry = M.SIDE["housing_humanitarian"]  # no housing rule (panel 49, h4: art. 40ter)
        return _say_entries(turn, [(entry, _voice(turn, case[0][0]))])
    if _status(turn) == "belgian":
        entries = [(M.SIDE["lease_of_a_later_home"], _voice(turn, None))]
        if "compromis" in _folded(reading):  # seed 004: "Een verkoopcompromis wordt
            entries.append((M.SIDE["own_deed"], _voice(turn, None)))  # bijvoorbeeld niet
        return _say_entries(turn, entries)  # aanvaard" (panel 128, s2)
    entries = [(M.SIDE["home_later_not_belgian"], _voice(turn, None))]
    if not _exempt_for_all(case, "housing"):  # a studio for five: the condition itself
        entries.append((M.SIDE["housing_space"], _voice(turn, None)))  # (panel 48, h2)
    return _say_entries(turn, entries)


# "kunnen ze niet gewoon als toerist komen en dan hier alles regelen?", "Kan hij niet gewoon
# op bezoek komen en dan hier de aanvraag doen of hier blijven?" (panel 128-130, s5 and u5)
_VISIT_THEN_STAY = re.compile(
    r"\b(?:als )?(?:toerist|tourist|touriste)\b|\btoeristenvisum\b"
    r"|\bop bezoek (?:komen|kan komen)\b[^?]{0,60}\b(?:blijven|aanvraag|aanvragen|regelen)\b"
    r"|\bschengenvisum\b[^?]{0,60}\b(?:blijven|aanvraag|aanvragen|regelen)\b"
)


def _visit_then_stay(turn: Any, reading: Reading) -> bool:
    """No seed says whether a visitor may apply or stay once in Belgium."""
    case = _case(turn)
    entry = M.SIDE["visit_then_stay_not_in_sources"]
    return _say_entries(turn, [(entry, _voice(turn, case[0][0] if case else None))])


def _residence_period(turn: Any, reading: Reading) -> bool:
    """ "hoe lang moet ik al in belgie wonen?": no seed gives a period (panel 47, h4: a
    processing time, twice)."""
    return _say_entries(turn, [(M.SIDE["residence_period_not_in_sources"], _voice(turn, None))])


def _couple_age(turn: Any, reading: Reading) -> bool:
    """Seed 001: "U bent beiden ouder dan 21 jaar. Deze leeftijd wordt teruggebracht tot 18
    jaar wanneer uw huwelijk al bestond vóór de aankomst in België" (panel 49, g2: "ze moet
    21 zijn? ze is 22 en ik 24, is dat ok?" got a read-back only)."""
    case = [(e, r) for e, r in _case(turn) if e["relationship"] in ("spouse", "partner")]
    if not case:
        return False
    if _status(turn) == "eu_citizen":  # art. 40bis is in no seed (panel 65, j3: art. 10's 21
        message = M.ADVICE["eu_citizen_not_in_sources"]  # years said to a Pole's wife)
        return _say_entries(turn, [(message, _voice(turn, case[0][0]))])
    checked = [condition_line(turn, c) for _, r in case for c in r.get("conditions") or []
               if c.get("id") in ("spouse_age", "partner_age")]  # fmt: skip
    if checked:  # "is 23 niet te jong?": the condition with its mark (panel 5, j1)
        turn.say_text("\n".join(checked), "utter_answer_menu")
        return True
    religious = [
        e for e, r in case
        if r.get("route") == HV and e["facts"].get("marriage") == "religious_or_customary"
    ]  # fmt: skip
    key = "spouse_age_rule_if_official" if religious else "spouse_age_rule"
    rule = M.lookup(M.ADVICE, key, (_status(turn) or "",))
    return _say_entries(turn, [(rule, _voice(turn, case[0][0]))])


def _own_right(turn: Any, reading: Reading) -> bool:
    """ "heeft mijn zoon zijn eigen recht, ook als het voor mijn vrouw niet lukt?": each
    relative's right has its own conditions (seeds 001, 003 list them per relative; panel 46,
    h2: "geen antwoord" twice). The one asked about is named outside the "als" clause."""
    case = _case(turn)
    starts = clause_starts(reading.text)
    folded = fold(reading.text)
    failing = [m for m in reading.mentions
               if _OTHER_FAILS.search(_clause_of_mention(folded, starts, m.start))]  # fmt: skip
    asked = asked_about([e for e, _ in case], replace(reading, mentions=[
        m for m in reading.mentions if m not in failing]))  # fmt: skip
    rights = [e for e, r in case if r.get("route") == FR and e in asked]
    failed = asked_about([e for e, _ in case], replace(reading, mentions=failing))
    if not rights and failing and re.search(r"\b(?:jongens|kinderen|meisjes|kids)\b", folded):
        rights = [e for e, r in case  # "als mijn man nee krijgt kunnen de jongens dan wel
                  if r.get("route") == FR and e not in failed  # komen?" (panel 50, g1)
                  and e["relationship"] in CHILDREN]  # fmt: skip
    if not rights and not [m for m in reading.mentions if m not in failing]:  # "Als Ada
        # geweigerd wordt, kan Ngozi dan toch komen?" by first names, "als mijn man geweigerd
        # wordt, mag selam dan toch komen?" (panel 65, g2): the ones with a right beside the
        # one who fails or has a favour (panel 59, h9)
        others = [e for e, r in case if r.get("route") != FR or e in failed]
        rights = [e for e, r in case if r.get("route") == FR and e not in failed] if others else []
    if not rights:
        return False
    return _say_entries(turn, [(M.SIDE[_own_right_key(e)], _voice(turn, e)) for e in rights])


def _own_right_key(entry: dict[str, Any]) -> str:
    minor = entry["relationship"] in CHILDREN and (entry.get("age") or 0) < 18
    return "own_right_minor" if minor else "own_right"


def _clause_of_mention(folded: str, starts: list[int], position: int) -> str:
    index = max((i for i, start in enumerate(starts) if start <= position), default=0)
    end = starts[index + 1] if index + 1 < len(starts) else len(folded)
    return folded[starts[index] : end]


def _adult_after_recognition(result: dict[str, Any]) -> bool:
    """An adult child who turned 18 only after the sponsor's recognition (seed 003)."""
    return has_advice(result, "adult_after_sponsor_recognition")


def _keeps_the_right(result: dict[str, Any]) -> bool:
    """An adult child who keeps the right of a minor (the C-279/20 deadline is set)."""
    return any(d.get("id") == "adult_child_request_end" for d in result.get("deadlines") or [])


def _asylum_seekers_child_turns_18(turn: Any, reading: Reading, case) -> bool:
    """ "mijn zoon van 17 wordt 18 voor mijn beslissing, verliest hij zijn recht?": seed 003's
    rule for a child who was a minor at the asylum application (panel 13, y5)."""
    children = [e for e, _ in case if e["relationship"] in CHILDREN]
    asked = asked_about(children, reading) if reading.applicants else []
    oldest = sorted(children, key=lambda e: -(e.get("age") or 0))
    chosen = (asked or oldest)[:1]
    if not chosen:
        return False
    return _say_entries(turn, [(M.SIDE["asylum_seeker_child_turns_18"], _voice(turn, chosen[0]))])


def _age_limit_days(case) -> list[tuple[dict, dict]]:
    """(person, deadline) for each 18th birthday the user gave that ends a right, ahead."""
    return [
        (entry, item)
        for entry, result in case
        for item in result.get("deadlines") or []
        if item.get("id") in AGE_LIMIT_DEADLINES and not item.get("passed")
    ]


def _couple_age_conditions(turn: Any, case, reading: Reading, said: Answer) -> None:
    """Seed 001: "U bent beiden ouder dan 21 jaar" (panel 5, j1: "mijn vrouw is 23, is dat
    niet te jong?" got a line about the baby)."""
    if not any(m.relationship in COUPLES for m in reading.mentions):
        return
    for _, result in case:
        for condition in result.get("conditions") or []:
            if condition.get("id") in ("spouse_age", "partner_age"):
                said.lines.append(condition_line(turn, condition))


def _minor_children_with_a_right(case) -> list[dict[str, Any]]:
    majority = P.MAJORITY_AGE.value
    return [
        e for e, r in case
        if e["relationship"] in CHILDREN and r.get("route") == FR
        and e.get("age") is not None and e["age"] < majority
    ]  # fmt: skip


def _chance(turn: Any, reading: Reading) -> bool:
    """ "wat is de kans voor mijn neef?": per relative (the one named, else all) the route and,
    for a humanitarian visa, the chance with its reason (seed 000)."""
    case = _case(turn)
    live = replace(reading, mentions=[m for m in reading.mentions if m.context is None])
    named = asked_about([e for e, _ in case], live)  # not "haar man is net gestorven" (b5)
    asked = [(e, r) for e, r in case if e in named] or case
    with_a_chance = [(e, r) for e, r in case if r.get("chance")]
    why = "waarom" in _folded(reading) and not named
    if why and with_a_chance and not all(r.get("chance") for _, r in asked):
        asked = with_a_chance  # "waarom is de kans klein voor haar?": the one whose chance
        # was said small, not the husband's route (panel 33, b5)
    said = Answer(turn)
    for entry, result in asked:
        who = capitalise(turn.texts.label(turn.state, entry))
        said.say("utter_line_person", who=who, facts=route_label(turn, result, entry))
        chance = result.get("chance") or {}
        if chance.get("text"):
            said.item(chance)
            if "waarom" in _folded(reading) or volunteered(reading.text):  # "waarom is de
                # kans klein? haar man is net gestorven" (b5); "wat is de kans echt? ze is 70
                # en ziek" (panel 40, h5): what she told, and how it can help
                said.lines += noted_lines(turn, entry)
    if not said.lines:
        return False
    said.send("utter_answer_menu")
    return True


CONSENT_ITEMS = ("custody", "custody_proof", "other_parent_consent_proof",
                 "custody_without_judgment_proof")  # fmt: skip


def _other_parent(turn: Any, reading: Reading) -> bool:
    """ "heeft de vader dan iets te zeggen?": custody and the other parent's consent as the
    case's conditions and documents say them (seed 004)."""
    case = _case(turn)
    named = [
        e for e in asked_about([e for e, _ in case], reading) if e["relationship"] in CHILDREN
    ]  # "de zoon van mijn man": his, not the daughter's (panel 43, g3)
    case = [(e, r) for e, r in case if e in named] or case
    if named and _say_items(turn, _advice_items(case, ("stepchild_if_marriage_official",))):
        return True  # a stepchild whose right waits on the marriage: its custody and consent
    conditions = [
        c for _, r in case for c in r.get("conditions") or [] if c.get("id") in CONSENT_ITEMS
    ]
    documents = [
        d for _, r in case for d in r.get("documents") or [] if d.get("id") in CONSENT_ITEMS
    ]
    if conditions and all(c.get("state") == "exempt" for c in conditions) and not documents:
        # "we zijn niet gescheiden": the couple's own child, custody need not be proven (seed
        # 003 "Indien de ouders van de aanvrager gescheiden zijn"; panel 17, g1)
        lines = list(dict.fromkeys(condition_line(turn, c) for c in conditions))
        turn.say_text("\n".join(lines), "utter_answer_menu")
        return True
    if not conditions and not documents and _status(turn) == "eu_citizen":
        # no seed covers the EU family: the other families' consent, to confirm (panel 37, g5)
        return _say_items(turn, _items_of(turn, "advice", ("eu_custody_consent",)))
    siblings = [
        e
        for e, r in case
        if e["relationship"] == "sibling" and r.get("route") == HV and _a_minor(e)
    ]  # not a sister of 19 (panel 98, s4)
    consent_asked = _any(("toestemming", "akkoord", "tekenen", "handtekening"), _folded(reading))
    if not conditions and not documents and siblings and not named and consent_asked:
        # "heeft de moeder een toestemming van de vader nodig om Fanta mee te nemen?": no seed
        # says it for a sibling's humanitarian visa (panel 72, g2: "geen antwoord")
        entry = (M.SIDE["consent_sibling_humanitarian"], _voice(turn, siblings[0]))
        return _say_entries(turn, [entry])
    adults = [e for e, _ in case if e["relationship"] in CHILDREN and (e.get("age") or 0) >= 18]
    if not conditions and not documents and adults and _status(turn) == "belgian":
        # seed 004: custody and consent only "Als je minderjarig bent" (panel 18, i5)
        return _say_entries(turn, [(M.SIDE["no_consent_adult"], _voice(turn, adults[0]))])
    if _missing_parent_said(turn, case):
        return True
    # not the couple's own daughter beside the son of a first marriage: her custody is exempt
    # (panel 39, g1: "Het hoederecht over je dochter ... geeft de andere ouder toestemming")
    conditions = [c for c in conditions if c.get("state") != "exempt"] or conditions
    return _say_items(turn, conditions + documents)


def _missing_parent_said(turn: Any, case: list[tuple[dict, dict]]) -> bool:
    """ "en de papa? ik weet niet waar hij is, moet hij toestemming geven?" after "de papa is
    weg": how a missing parent is shown (seed 004, for a Belgian's family), not the consent
    of a parent who cannot be found (panel 83, i5: asked four times)."""
    if not turn.state.get("other_parent_missing") or _status(turn) == "belgian":
        return False
    minors = [e for e, _ in case if e["relationship"] in CHILDREN and (e.get("age") or 99) < 18]
    if not minors:
        return False
    if _sole_by_judgment(minors[0]):  # a judgment gives the custody: no consent
        message = M.SIDE["custody_sole_judgment"]  # needed (seed 001; panel 124, q2)
        return _say_entries(turn, [(message, _voice(turn, minors[0]))])
    return _say_entries(turn, [(M.SIDE["missing_parent_proof"], _voice(turn, minors[0]))])


def _advice_items(case: list[tuple[dict, dict]], ids: tuple[str, ...]) -> list[dict[str, Any]]:
    return [a for _, r in case for a in r.get("advice") or [] if a.get("id") in ids]


def _items_of(turn: Any, part: str, ids: tuple[str, ...]) -> list[dict[str, Any]]:
    """The case's own items of `part` ("advice", "documents") with one of `ids`, once per
    text."""
    found = {
        item.get("text"): item
        for _, result in _case(turn)
        for item in result.get(part) or []
        if item.get("id") in ids
    }
    return list(found.values())


def _say_entries(turn: Any, entries: list[tuple[M.Message, Voice]]) -> bool:
    """Catalogue entries said for their readers, their sources once, then the menu."""
    said = Answer(turn)
    for message, voice in entries:
        said.entry(message, voice)
    said.send("utter_answer_menu")
    return True


def _say_items(turn: Any, items: list[dict[str, Any]]) -> bool:
    """The case's own items (advice, conditions, documents) with their sources, then the menu;
    False when the case has none (the message is then no such question)."""
    if not items:
        return False
    said = Answer(turn)
    for item in items:
        said.item(item)
    said.send("utter_answer_menu")
    return True


def _medical_paper(turn: Any, reading: Reading) -> bool:
    """A doctor's paper for a disabled adult child: seed 001 "Dit gezondheidsattest is
    opgemaakt door een arts aangesteld door de bevoegde Belgische diplomatieke of consulaire
    post"; the medical certificate of the family's own list (seed 003, "Volksgezondheid";
    panel 36, h1: "moeten carine en grace ook naar een dokter voor een attest?" unanswered)."""
    ids = ("disability_certificate", "public_health_certificate")
    if _say_items(turn, _items_of(turn, "documents", ids)):
        return True
    return _medical_paper_once_21(turn, ids)


def _medical_paper_once_21(turn: Any, ids: tuple[str, ...]) -> bool:
    """ "en een medisch attest?" of a wife of 20: none for her humanitarian visa in the seeds,
    seed 003's for the right she has once both are 21 (panel 92, m5: asked twice, unanswered)."""
    items = [d for _, r in results_once_21(turn) for d in r.get("documents") or []
             if d.get("id") in ids][:1]  # fmt: skip
    if not items:
        return False
    adult = P.SPOUSE_MIN_AGE.value
    said = Answer(turn)
    said.say("utter_answer_documents_once_21_only", age=adult)
    for item in items:
        said.item(item)
    said.send("utter_answer_menu")
    return True


def _together(turn: Any, reading: Reading) -> bool:
    """ "moeten mijn zus en broer tegelijk met mijn ouders aanvragen?": seed 000 "Ook hierbij
    is het belangrijk dat je jouw aanvraag gelijktijdig indient met de aanvraag
    gezinshereniging van je ouder(s)" (panel 5, i3)."""
    ids = ("apply_with_parents", "sibling_applies_with_parents")
    if _say_items(turn, _items_of(turn, "advice", ids)):
        return True
    case = _case(turn)  # seed 000: an adult child's file "is nog sterker" with minor brothers
    children = [(e, r) for e, r in case if e["relationship"] == "child"]
    adults = [e for e, r in children if r.get("route") == HV and (e.get("age") or 0) >= 18]
    minors = [e for e, r in children if r.get("route") == FR]
    key = "together_adult_child" if adults and minors else "together_not_in_sources"
    return _say_entries(turn, [(M.SIDE[key], _voice(turn, (adults or [None])[0]))])


# the advice that says why a right ended
WHY_ADVICE = (
    "adult_after_sponsor_recognition",
    "adult_child_deadline_passed",
    "polygamy_second_spouse_humanitarian",
)  # "is er geen andere manier voor haar?"


def _named_in_the_why(reading: Reading) -> bool:
    """A relative's word in the sentence that asks why there is no right; not "dus Hala kan
    echt niet komen? ... genoeg voor de 2 kinderen?", where the children are the income's
    (panel 56, e1: the children's right said for their mother)."""
    folded = fold(reading.text)
    for match in re.finditer(r"[^.?!]*[.?!]?", folded):
        if _any(W.WHY_NO_RIGHT, match.group(0)):
            return any(match.start() <= m.start < match.end() for m in reading.mentions)
    return True


def _summary_source(turn: Any, summary: M.Message) -> str:
    """A Belgian's family: art. 40ter, never art. 10 (panel 59, h6: art. 10, §1, 4° for a
    Belgian's husband)."""
    return M.under_40ter(summary).source if _status(turn) == "belgian" else summary.source


_WELL_AND_NOT = re.compile(r"\bwel recht\b[^?.]{0,30}\bniet\b")


def _why_no_right(turn: Any, reading: Reading) -> bool:
    """ "kan mijn mama niet via gezinshereniging komen omdat ik belg ben?": the reason of the
    relative's own situation, with its source (seed 000: "Als ouder heb je geen recht op
    gezinshereniging met je meerderjarig derdelands of meerderjarig Belgisch kind")."""
    everyone = _case(turn)
    named = asked_about([e for e, _ in everyone], reading) if _named_in_the_why(reading) else []
    case = [(e, r) for e, r in everyone if r.get("route") in (HV, "not_possible")]
    if named and case and _WELL_AND_NOT.search(_folded(reading)):
        named = []  # "waarom heeft mijn zoon wel recht en hiwot niet?": the one without a
        # right is asked about (panel 77, h4: the son's right only)
    if named and not any(e in named for e, _ in case):  # "kan zij mee?" of a wife with a right
        return _routes_of(turn, [(e, r) for e, r in everyone if e in named], why=True)
    if not case:
        return False
    said = Answer(turn)
    asked = [(e, r) for e, r in case if e in named][:2] or case[:2]
    for _, result in asked:
        summary = M.SUMMARIES.get(str(result.get("summary_id")))
        if summary is not None and result.get("summary"):
            said.lines.append(str(result["summary"]))
            said.sources.append(_summary_source(turn, summary))
    for _, item in _advice_of(asked, WHY_ADVICE):  # "werd 18 na je erkenning" (panel 19, k2)
        said.item(item)
    if not said.lines:
        return False
    said.send("utter_answer_menu")
    return True


DEPENDENCY_CONDITIONS = ("child_dependent", "belgian_descendant_under_21",
                         "belgian_descendant_dependent")  # fmt: skip
# seed 004 "In de praktijk vraagt de DVZ de volgende bewijzen" of being dependent
DEPENDENCY_PROOFS = ("bank_statements_6_months", "belgian_income_proof",
                     "own_lack_of_means_proof", "diplomas", "dependency_proof")  # fmt: skip


def _dependency(turn: Any, reading: Reading) -> bool:
    """ "moet hij ten laste zijn van mij?": the relative's own condition (seed 003 for a
    child of art. 10; seed 004: a Belgian's descendant proves it from 21)."""
    case = _case(turn)
    if _dependency_after_recognition(turn, reading, case):
        return True
    named = asked_about([e for e, _ in case], reading) or _the_pronouns_focus(turn, reading)
    said = Answer(turn)
    asked = [(e, r) for e, r in case if e in named] or _who_must_be_dependent(case) or case
    for entry, result in asked:
        for condition in result.get("conditions") or []:
            if condition.get("id") in DEPENDENCY_CONDITIONS:
                said.lines.append(condition_line(turn, condition))
            if condition.get("id") == "belgian_descendant_under_21":
                said.entry(M.SIDE["dependency_from_21"], _voice(turn, entry))
    proofs = _items_of(turn, "documents", DEPENDENCY_PROOFS) if said.lines else []
    if said.lines and not proofs and re.search(r"\b21\b", _folded(reading)):
        proofs = _proofs_at_21(turn, case)  # "als zij toch 21 is, wat moet ze dan tonen?"
    for item in proofs:
        said.lines.append(f"- {item.get('text')}")  # seed 004: what DVZ asks in practice
        said.sources += [item["source"]] if item.get("source") not in said.sources else []
    dependent = [e for e, r in case if _has_condition(r, "child_dependent")]
    listed = [i for i in proofs if i.get("id") != "dependency_proof"]  # seed 004's own list
    if said.lines and not listed and dependent:  # art. 10's child: seed 001's proofs (h1)
        said.entry(M.SIDE["dependency_proof_kinds"], _voice(turn, (named or dependent)[0]))
    if not said.lines:  # a humanitarian request: seed 001's proofs of dependency (panel 39,
        return _say_items(turn, _humanitarian_dependency(turn))  # g4: twice "geen antwoord")
    said.send("utter_answer_menu")
    return True


def _who_must_be_dependent(case) -> list:
    """With no one named, the relatives who must prove it, not a daughter of 15 beside a son of
    21 (panel 103, y5: "Vanaf 21 jaar moet je dochter ook bewijzen ...")."""
    must = ("child_dependent", "belgian_descendant_dependent")
    return [(e, r) for e, r in case if any(c.get("id") in must for c in r.get("conditions") or [])]


def _dependency_after_recognition(turn: Any, reading: Reading, case) -> bool:
    """An asylum seeker's child after a recognition: seed 003's "ten laste" (panel 63, h3)."""
    if _status(turn) != "asylum_seeker" or not re.search(r"\berken", _folded(reading)):
        return False
    children = [e for e, _ in case if e["relationship"] in ("child", "stepchild")]
    if not children:
        return False
    message = M.SIDE["dependency_after_recognition"]
    return _say_entries(turn, [(message, _voice(turn, children[0]))])


def _proofs_at_21(turn: Any, case) -> list[dict[str, Any]]:
    """Seed 004's proofs of being dependent ("bankuittreksels van de laatste 6 maanden ...")
    for a Belgian's descendant under 21, as they will hold from 21 (panel 54, a5: the
    under-21 line twice)."""
    for entry, result in case:
        if _has_condition(result, "belgian_descendant_under_21"):
            _, result_at_21 = _as_if(turn, entry, facts={"dependent": True}, age=21)
            documents = result_at_21.get("documents") or []
            return [d for d in documents if d.get("id") in DEPENDENCY_PROOFS]
    return []


def _diplomas(turn: Any, reading: Reading) -> bool:
    """ "hij heeft een diploma maar vindt geen werk, is dat een probleem?": seed 004 "eventuele
    diploma's die je behaalde. De DVZ houdt hier rekening mee om te oordelen of je in staat
    bent om jezelf te onderhouden", beside the proof of having no income (panel 50, h4)."""
    return _say_items(turn, _items_of(turn, "documents", ("diplomas", "own_lack_of_means_proof")))


def _has_condition(result: dict[str, Any], condition_id: str) -> bool:
    return any(c.get("id") == condition_id for c in result.get("conditions") or [])


def _the_pronouns_focus(turn: Any, reading: Reading) -> list[dict[str, Any]]:
    """ "what papers she need? I have Western Union receipts" right after the mother's answer:
    the relative in focus, of the pronoun's gender (panel 78, g3: the daughter's condition)."""
    told = re.search(r"\b(she|her|ze|zij|he|him|hij)\b", _folded(reading))
    focus = S.person(turn.state, turn.state.get("focus"))
    if told is None or focus is None:
        return []
    pronoun = "hij" if told.group(1) in ("he", "him", "hij") else "zij"
    return [focus] if focus.get("pronoun") in (None, pronoun) else []


def _humanitarian_dependency(turn: Any) -> list[dict[str, Any]]:
    """Seed 001: "het bewijs van geldoverschrijvingen aan het familielid, het bewijs dat uw
    familielid geen eigen inkomsten heeft en het bewijs van uw inkomen in België", and that no
    other relative can care, as the case's own items."""
    documents = _items_of(turn, "documents", ("dependency_evidence",))
    return documents + _items_of(turn, "advice", ("humanitarian_no_other_carer",))


def _registration(turn: Any, reading: Reading) -> bool:
    """ "als we een wettelijke samenwoning doen, kan ze dan via gezinshereniging?": seed 001's
    registered partnership and its conditions (art. 10, §1, 5°)."""
    partners = [e for e, _ in _case(turn) if e["relationship"] in ("partner", "registered_partner")]
    voice = _voice(turn, partners[0] if partners else None)
    message = M.lookup(M.SIDE, "registration_would_help", (_status(turn) or "",))
    return _say_entries(turn, [(message, voice)])


# "Is dit gelijkgesteld met een huwelijk in België, ja of nee?" (panel 110, r2)
_AS_A_MARRIAGE = re.compile(
    r"\bgelijk(?:gesteld|waardig|staat|staand)\b|\bzelfde als (?:een )?huwelijk\b"
    r"|\btelt (?:dat|het|dit) als (?:een )?huwelijk\b|\bvoorwaarden van (?:een )?echtgeno"
)


def _partnership_as_marriage(turn: Any, reading: Reading) -> bool:
    """A partnership registered in a country of the KB's list counts as a marriage: the
    spouse's conditions, no proof of a stable relationship (seed 001: "Het partnerschap wordt
    gelijkgesteld met het huwelijk wanneer geregistreerd in een van de volgende landen: ...
    Verenigd Koninkrijk ..."; panel 110, r2: a civil partnership of London told the rule of
    12 months' cohabitation and 45 days of meetings)."""
    equal = [
        e for e, _ in _case(turn)
        if e["relationship"] == "registered_partner"
        and e["facts"].get("partnership") == "equivalent_to_marriage"
    ]  # fmt: skip
    if not equal:
        return False
    said = Answer(turn)
    country = equal[0]["facts"].get("partnership_country") or ""
    said.entry(M.SIDE["partnership_as_marriage"], _voice(turn, equal[0]), country=country)
    said.send("utter_answer_menu")
    return True


def _cohabitation(turn: Any, reading: Reading) -> bool:
    """ "we woonden 1 jaar samen in het kamp, telt dat?": seed 001's cohabitation of a
    registered partnership (panel 34, c5)."""
    if _partnership_as_marriage(turn, reading):
        return True
    partners = [e for e, _ in _case(turn) if e["relationship"] in ("partner", "registered_partner")]
    if not partners:
        return False
    voice = _voice(turn, partners[0])
    folded = _folded(reading)
    if re.search(r"\b(?:keer|ontmoet|gezien|bezocht|dagen|bezoeken|kennen elkaar|\d+x)\b", folded):
        # "4 keer gezien, samen 60 dagen, nooit samengewoond": seed 001's other criterion too
        # (panel 52, g10); "3x bij hem geweest", "we kennen elkaar al 3 jaar" (panel 54, b1)
        message = M.lookup(M.SIDE, "registration_would_help", (_status(turn) or "",))
        entries = [(message, voice)]
        if _status(turn) == "belgian":  # the rule seed 001 gives, said as another's (h4)
            entries.append((M.SIDE["registration_rule_elsewhere"], voice))
        return _say_entries(turn, entries)
    entries = [(M.SIDE["cohabitation_counts"], voice)]
    if re.search(r"\b(?:kamp|vluchtelingenkamp)\b", folded):  # not "kampala" (panel 60, h8)
        entries.append((M.SIDE["cohabitation_in_a_camp"], voice))
    return _say_entries(turn, entries)


def _meeting_days(turn: Any, reading: Reading) -> bool:
    """ "moeten we 45 dagen samen geweest zijn?": seed 001's meetings are a registered
    partner's condition, none of a marriage (panel 33, b2: "Dank je voor je reactie"); the
    user's own meetings counted against it (panel 55, d1)."""
    if _partnership_as_marriage(turn, reading):
        return True
    couples = [e for e, _ in _case(turn) if e["relationship"] in COUPLES]
    if _case(turn) and not couples:  # "Vader kwam al twee keer met een Schengenvisum op
        return False  # bezoek": no couple's meetings (panel 130, s5: "Voor de partner ...")
    voice = _voice(turn, couples[0] if couples else None)
    said = Answer(turn)
    said.entry(M.SIDE["meeting_days_registered_partners"], voice)
    told = _meetings_told(_folded(reading))
    known = couples[0]["facts"].get("known_months") if couples else None
    if told:
        count, days = told
        verdict = "meetings_enough" if meetings_enough(count, days) else "meetings_not_enough"
        message = M.lookup(M.SIDE, verdict, (_status(turn) or "",))
        said.entry(message, voice, count=str(count), days=str(days))
    if known is not None and not known_long_enough(known):
        said.entry(M.lookup(M.SIDE, "known_too_short", (_status(turn) or "",)), voice,
                   count=str(known),
                   left=str(P.STABLE_ACQUAINTANCE_MONTHS.value - known))  # fmt: skip
    said.send("utter_answer_menu")
    return True


_KNOWN_ONLY = re.compile(  # "we kennen mekaar pas 18 maand he, nie 2 jaar. maakt da uit?"
    r"\bkennen (?:we )?(?:elkaar|mekaar|malkaar)\b[^.?!]{0,12}?\b(?:pas|nog maar|maar|nog geen)\b"
    # "hoe lang moete we nog wachten voor da we lang genoeg samen zijn?" (panel 65, h4)
    r"|\blang genoeg samen\b|\bhoe ?lang zijn we (?:nu )?(?:al )?samen\b"
)


# "Moet ik Divine eerst adopteren voordat ze mag komen?" (panel 65, j6)
_ADOPT_FIRST = re.compile(r"\b(?:moet|moeten|best|beter)\b[^?]{0,30}\b(?:eerst )?adopteren\b")


def _adopt_first(turn: Any, reading: Reading) -> bool:
    """A stepchild with a right needs no adoption (seeds 001, 004)."""
    steps = [e for e, r in _case(turn) if e["relationship"] == "stepchild" and r.get("route") == FR]
    if not steps:
        return False
    message = M.lookup(M.SIDE, "stepchild_no_adoption", (_status(turn) or "",))
    return _say_entries(turn, [(message, _voice(turn, steps[0]))])


def _known_too_short(turn: Any, reading: Reading) -> bool:
    """ "maar we kennen mekaar pas 18 maand he, nie 2 jaar. maakt da uit?": seed 001's "dat u
    elkaar al minstens 2 jaar kent" for the meetings' way (panel 63, h4: no answer)."""
    couples = [e for e, _ in _case(turn) if e["relationship"] in COUPLES]
    known = couples[0]["facts"].get("known_months") if couples else None
    if known is None or known_long_enough(known):
        return False
    said = Answer(turn)
    left = str(P.STABLE_ACQUAINTANCE_MONTHS.value - known)
    said.entry(M.lookup(M.SIDE, "known_too_short", (_status(turn) or "",)),
               _voice(turn, couples[0]), count=str(known), left=left)  # fmt: skip
    said.send("utter_answer_menu")
    return True


_NUMBER = r"(\d+|" + "|".join(w for w in W.COUNT_WORDS if not w.isdigit()) + ")"
_MEETINGS_COUNT = re.compile(_NUMBER + r"\s*(?:keer|maal|x|bezoeken|ontmoetingen|reizen|reisjes)\b")
_MEETING_SPAN = re.compile(_NUMBER + r"\s*(dagen|dag|weken|week|maanden|maand)\b")
_SPAN_DAYS = {"dag": 1, "dagen": 1, "week": 7, "weken": 7, "maand": 30, "maanden": 30}
_EACH_TIME = ("telkens", "elke keer", "iedere keer", "per keer", "per bezoek", "elk bezoek",
              "elke reis", "steeds", "elk ")  # fmt: skip
_MET_WORDS = ("gezien", "ontmoet", "bezocht", "bezoek", "samen geweest", "bij hem", "bij haar",
              "gereisd", "reizen", "keer daar", "keer naar")  # fmt: skip


def _meetings_told(folded: str) -> tuple[int, int] | None:
    """ "we zagen elkaar 3 keer, telkens 3 weken" -> (3, 63): the meetings and their days
    together, when the message tells both; a span "telkens"/"per keer" counts per meeting."""
    count = _MEETINGS_COUNT.search(folded)
    spans = [m for m in _MEETING_SPAN.finditer(folded) if not _not_a_meeting_span(folded, m)]
    if count:  # "dus met 8 maand lukt het niet? ... 3 keer op bezoek geweest, telkens een paar
        spans = [m for m in spans if m.start() > count.start()]  # weken": not 3 x 8 months
        # (panel 101, u3: "samen ongeveer 720 dagen")
    span = spans[0] if spans else None
    if not (count and span and _any(_MET_WORDS + ("keer",), folded)):
        return None
    meetings = _count_value(count.group(1))
    lengths = [_count_value(m.group(1)) * _SPAN_DAYS[m.group(2)] for m in spans]
    if _the_rule_quoted(meetings, lengths, folded):
        return None  # "3 ontmoetingen van samen 45 dagen. Moeten wij dat ook?" (109, r2)
    rule_days = P.STABLE_MEETINGS_TOTAL_DAYS.value
    if len(lengths) > meetings and lengths[-1] == rule_days:  # "Moet elke ontmoeting 45
        lengths = lengths[:-1]  # dagen zijn?" after the couple's own spans (panel 109, m3)
    days = lengths[0]
    if len(lengths) == meetings > 1:  # "(20 dagen) ... (30 dagen) ... (12 dagen)": one span
        days = sum(lengths)  # per meeting (panel 109, m3: "samen ongeveer 20 dagen")
    elif _any(_EACH_TIME, folded) and "in totaal" not in folded:
        days *= meetings
    return meetings, days


def _the_rule_quoted(meetings: int, lengths: list[int], folded: str) -> bool:
    """The rule's own numbers (3 meetings, 45 days) in a question or a reading of it, no
    meetings of the couple (panel 108, m3: "Moet elke bezoek 45 dagen zijn?" answered "Jullie
    zagen elkaar 3 keer, samen ongeveer 45 dagen")."""
    rule = (P.STABLE_MEETINGS_MIN.value, P.STABLE_MEETINGS_TOTAL_DAYS.value)
    asked = "?" in folded or _any(("moet", "moeten", "regel", "las ", "gelezen"), folded)
    return asked and (meetings, lengths[0]) == rule or (asked and lengths == [rule[1]])


def _not_a_meeting_span(folded: str, span: re.Match) -> bool:
    """ "we zijn 18 maand samen": how long the couple are together, no days of meetings; "540
    dagen?? nee, 70 dagen": the bot's number quoted back (panel 64, h4: "samen ongeveer 540
    dagen" twice)."""
    after = folded[span.end() : span.end() + 20]
    return bool(re.match(r"\s*(?:\?|samen\b|een koppel|een relatie)", after)) or bool(
        re.search(r"\bkennen (?:we )?(?:elkaar|mekaar)\b[^.?!]{0,12}$", folded[: span.start()])
    )


def _count_value(word: str) -> int:
    return int(word) if word.isdigit() else W.COUNT_WORDS[word]


def _routes_of(turn: Any, case, why: bool = False) -> bool:
    """The route of each relative asked about, as in the summary; with `why`, the reason too
    ("heeft ze nog recht? ze is meerderjarig": the rule that keeps her right; panel 40, h1)."""
    said = Answer(turn)
    for entry, result in case:
        said.say(
            "utter_summary_route",
            Relative=capitalise(turn.texts.label(turn.state, entry)),
            route=route_label(turn, result, entry),
        )
        summary = M.SUMMARIES.get(str(result.get("summary_id")))
        if why and summary is not None and result.get("summary"):
            said.lines.append(str(result["summary"]))
            said.sources.append(_summary_source(turn, summary))
    if not said.lines:
        return False
    said.send("utter_answer_menu")
    return True


def _belgian_descendant_turns_21(
    turn: Any, case, reading: Reading, deadline_asked: bool = False
) -> bool:
    """Seed 004: a Belgian's (step)child has no deadline, but from 21 proves being dependent
    ("Ben je 21 jaar of ouder? Dan moet je ook de bewijzen voorleggen die aantonen dat je ten
    laste bent"; panel 11, u3; panel 13, z2: "wat als hij 21 is voor we indienen?")."""
    under = _under_21_of_a_belgian(case)
    if not under:
        return _belgian_descendant_over_21(turn, case, deadline_asked)
    said = Answer(turn)
    said.say("utter_answer_no_deadline")
    told = DAY_21.search(_folded(reading))
    for entry, _ in under:
        if told and len(under) == 1:  # "Grace wordt 21 jaar op 14 april 2027" (panel 63, h2)
            day = _next_birthday(int(told["day"]), MONTH_WORDS[told["month"]], told["year"],
                                 turn)  # fmt: skip
            said.entry(M.SIDE["dependency_from_21_day"], _voice(turn, entry), day=dutch_date(day))
        else:
            said.entry(M.SIDE["dependency_from_21"], _voice(turn, entry))
    said.send("utter_answer_menu")
    return True


def _belgian_descendant_over_21(turn: Any, case, deadline_asked: bool = False) -> bool:
    """ "hij is ouder dan 21, kan dat nog?": yes, when dependent (seed 004 "Ben je 21 jaar of
    ouder? Dan moet je ook de bewijzen voorleggen die aantonen dat je ten laste bent van de
    Belg"; panel 50, h4: "geen antwoord" and a parent added from "ouder dan")."""
    over = [(e, r) for e, r in case if _has_condition(r, "belgian_descendant_dependent")]
    if not over:
        return False
    said = Answer(turn)
    key = "descendant_over_21_dependent"
    if deadline_asked:  # seed 004 names no deadline for a Belgian's family (panel 125, k3)
        said.say("utter_answer_no_deadline")
        key = "descendant_over_21_dependent_no_deadline"
    for entry, _ in over:
        said.entry(M.SIDE[key], _voice(turn, entry))
    said.send("utter_answer_menu")
    return True


def _under_21_of_a_belgian(case) -> list[tuple[dict, dict]]:
    """A Belgian's descendant under 21 with a right (not one on a humanitarian visa, whom the
    21 rule does not concern; stop 36, left open)."""
    return [
        (e, r)
        for e, r in case
        if r.get("route") == FR
        and any(c.get("id") == "belgian_descendant_under_21" for c in r.get("conditions") or [])
    ]


def _a_day_named(folded: str) -> bool:
    return bool(re.search(rf"\b\d{{1,2}} (?:{'|'.join(MONTH_WORDS)})\b", folded)) or " 18" in folded


def _no_appointment(turn: Any, reading: Reading) -> bool:
    """ "de ambassade geeft geen afspraak voor februari, wat moeten we doen?": file in time with
    the 4 documents (seed 002), at any Belgian post (seed 002), and keep proof: force majeure
    extends the adult child's 12 months (seed 003), a late request is explained (seed 002)."""
    case = [(e, r) for e, r in _case(turn) if r.get("route") in (FR, UNKNOWN)]
    if not case or not _acceptance_rule_applies(turn, case):
        return _next_step(turn, reading)
    if _age_limit_days(case) and _a_day_named(_folded(reading)):
        return _age_limit(turn, reading)  # "als het voor mijn zoon niet lukt voor 5 februari":
        # his 18th birthday ends the right, no reasons save it (panel 38, g4)
    said = Answer(turn)
    voice = _voice(turn, case[0][0])
    said.entry(M.ADVICE["incomplete_file_accepted"], voice)
    said.entry(M.ADVICE["any_belgian_post"], _voice(turn, None))
    adults = _with_deadline(case, "adult_child_request_end")
    for entry in adults[:1]:
        said.entry(M.SIDE["no_appointment_force_majeure"], _voice(turn, entry))
    parents = _with_deadline(case, "parents_request_end")
    if not adults and not parents:  # the parents' 3 months end the right itself (C-550/16)
        said.entry(M.SIDE["no_appointment_reasons"], voice)
    said.send("utter_answer_menu")
    return True


_COUNTS = r"\b(?:tellen|telt|beginnen|begint|lopen|loopt)\b"
_PERIOD_START = re.compile(  # "die 12 maanden, tellen die vanaf de brief van het CGVS of vanaf
    rf"\b(?:12|twaalf) maanden\b[^?]{{0,40}}{_COUNTS}[^?]{{0,20}}\bvanaf\b"  # mijn
    # verblijfskaart?" (panel 57, m4); "telt de 12 maanden dan niet vanaf de kaart?" (panel 63)
    rf"|{_COUNTS}[^?]{{0,12}}\b(?:12|twaalf) maanden\b[^?]{{0,20}}\bvanaf\b"
)


def _period_start(turn: Any, reading: Reading) -> bool:
    """Seed 003: the 12 months run from the CGVS or RvV decision, with the case's own day."""
    if _status(turn) not in PROTECTED:
        return False
    said = Answer(turn)
    said.entry(M.SIDE["favourable_period_start"], _voice(turn, None))
    said.add(deadline_line(turn, _case(turn)))
    said.send("utter_answer_menu")
    return True


def _next_step_asked(reading: Reading, folded: str) -> bool:
    """ "wat kan ik nu al doen?", "welke stappen kan ik zetten voor mijn vrouw?"; not "wat moet
    ik doen voor mijn broer?", his documents (panel 19, j5)."""
    if not _any(W.NEXT_STEP_WORDS, folded):
        return False
    return not reading.mentions or _any(("stappen", "nu al doen", "volgende stap"), folded)


def _acceptance_rule_applies(turn: Any, case: list[tuple[dict, dict]]) -> bool:
    """Seed 002's acceptance with 4 documents is for the family of a protected person, and
    it matters while the favourable period runs (panel 53: "Dien toch op tijd in ... aanvaard
    met 4 documenten" to a Belgian, g3, and 10 months after the last day, g2)."""
    if _status(turn) not in PROTECTED:
        return False
    if _advice_of(case, ("apply_before_sponsor_turns_18",)):
        return True  # a minor's parents: in time until his 18th birthday, said or not
    return any(not item.get("passed") for _, r in case for item in r.get("deadlines") or [])


def _next_step(turn: Any, reading: Reading) -> bool:
    """ "wat kan ik nu al doen?", "welke stappen kan ik nu zetten?": a right is filed on time at
    a Belgian post (the appointment answer); a humanitarian request needs a strong file (seed
    000); an asylum seeker prepares the documents for the 12 months after recognition (seed
    003: "binnen 12 maanden na de erkenning")."""
    case = [(e, r) for e, r in _case(turn) if r.get("route")]
    if not case:
        return False
    rights = [(e, r) for e, r in case if r.get("route") == FR]
    if rights and _acceptance_rule_applies(turn, rights):
        return _no_appointment(turn, reading)
    said = Answer(turn)
    said.add(deadline_line(turn, rights) if rights else None)
    said.lines += next_step_lines(turn, case)
    if _status(turn) == "asylum_seeker":
        months = P.FAVOURABLE_PERIOD_MONTHS.value
        said.say("utter_side_deadline_after_recognition", months=months)
    said.say("utter_side_next_documents")
    said.send("utter_answer_menu")
    return True


def _with_deadline(case, deadline_id: str) -> list[dict[str, Any]]:
    """The relatives of the case with a deadline `deadline_id` (passed or not)."""
    return [e for e, r in case if any(d.get("id") == deadline_id for d in r.get("deadlines") or [])]


def _force_majeure(turn: Any, reading: Reading) -> bool:
    """ "de ambassade was dicht door de oorlog. is dat overmacht?" (panel 26, m3): for a child
    who became adult during the procedure, force majeure keeps the right past the 12 months
    (seed 003); for the others a late request keeps the favourable conditions only with the
    reasons explained (seed 002)."""
    case = [(e, r) for e, r in _case(turn) if r.get("route") in (FR, UNKNOWN)]
    if not case:
        return _parents_right_ended(turn)
    said = Answer(turn)
    adults = _with_deadline(case, "adult_child_request_end")
    if adults:
        said.entry(M.SIDE["force_majeure_adult_child"], _voice(turn, adults[0]))
    else:
        said.entry(M.SIDE["force_majeure_late_request"], _voice(turn, case[0][0]))
    said.send("utter_answer_menu")
    return True


def _own_health(turn: Any, reading: Reading) -> bool:
    """ "en mijn hart? telt dat niet?" of a sponsor whose mother asks a humanitarian visa
    (panel 25, k4: no answer): seed 000 names the relative's "hoge leeftijd, medische
    problemen en een geïsoleerde situatie" and nothing of the sponsor's own health."""
    if (turn.state.get("writer") or "sponsor") != "sponsor":
        return False
    case = [(e, r) for e, r in _case(turn) if r.get("route") == HV]
    if not case:
        return False
    said = Answer(turn)
    said.entry(M.SIDE["sponsor_own_health"], _voice(turn, case[0][0]))
    said.send("utter_answer_menu")
    return True


def _refused(turn: Any, reading: Reading) -> bool:
    """ "waarom hebben ze mij dan geweigerd in juni? moet ik nu iets anders doen?" (panel 27,
    a4: "geen antwoord"): the seeds say nothing of a refusal or an appeal; what holds now by
    them (the route, the deadline), and someone to look at the decision."""
    case = _case(turn)
    if not case:
        return False
    said = Answer(turn)
    said.say("utter_side_refused")
    for entry, result in case[:4]:
        who = capitalise(turn.texts.label(turn.state, entry))
        said.say("utter_line_person", who=who, facts=route_label(turn, result, entry))
    rows = _deadline_rows(turn, case)
    if rows:
        _deadline_rows_said(turn, said, rows, case)
    said.say(contact_response(turn.texts, "utter_side_ask_ngo"), **_ngo(turn))
    said.send("utter_answer_menu")
    return True


def _refusal_supposed(folded: str) -> bool:
    """ "en als ze weigeren wat dan", "stel dat ze mijn dochter weigeren?", "als dvz nee
    zegt?": a refusal supposed, not one that happened."""
    refusal = _any(W.REFUSAL_STEMS, folded)
    return (
        refusal
        and _any(W.HYPOTHETICAL, f" {folded} ")
        and "?" in folded
        or _any(W.REFUSAL_SUPPOSED, folded)
    )


def _too_little_asked(folded: str) -> bool:
    """ "en als die 1900 toch te weinig is? wat dan?" (panel 33, a1: "geen antwoord")."""
    housing = _any(("huur", "slaapkamer", "appartement", "woning", "studio", "m2"), folded)
    amount = bool(re.search(r"\b\d{3,5}\b", folded))  # not "ik betaal 850 huur. is dat niet
    return "?" in folded and _any(W.TOO_LITTLE, folded) and amount and not housing  # genoeg?"


def _language_test_asked(folded: str) -> bool:
    """ "moet ik eerst nederlands leren?", not "ik zit op taalcursus" told beside another
    question (panel 34, c5)."""
    asked = re.findall(r"[^.!?]*\?", folded)
    return any(_any(W.LANGUAGE_TEST_WORDS, q) and re.search(r"\bmoet", q) for q in asked)


def _language_test(turn: Any, reading: Reading) -> bool:
    """ "moet ik eerst nederlands leren?": no seed names a language test among the conditions
    (panel 33, a1)."""
    message = M.SIDE["language_test_not_in_sources"]
    if _status(turn) == "belgian":
        message = M.under_40ter(message)
    return _say_entries(turn, [(message, _voice(turn, None))])


def _disability_refusal_supposed(folded: str) -> bool:
    """ "en als de dokter van ambassade zegt hij is niet genoeg gehandicapt?" (panel 34, d4)."""
    supposed = _any(W.HYPOTHETICAL, f" {folded} ") and "?" in folded
    return supposed and bool(
        re.search(
            r"\bniet (?:genoeg |ernstig genoeg )?gehandicapt|\bhandicap\b.*\bniet\b"
            # "als de dokter zegt dat mijn zoon toch voor zichzelf kan zorgen?" (panel 37, h3)
            r"|\bzegt\b.*\bvoor zich(?:zelf)? (?:kan|kunnen) zorgen\b"
            r"|\battest\b.*\bnegatief\b|\bnegatief attest\b",  # "stel dat het attest ...
            # negatief is voor mijn zoon" (h3)
            folded,
        )
    )


def _disability_refused(turn: Any, reading: Reading) -> bool:
    """An adult child's handicap not recognised: no right, a humanitarian visa in second
    order (seeds 000, 001)."""
    adults = [e for e, _ in _case(turn) if e["facts"].get("disabled") and (e.get("age") or 0) >= 18]
    if not adults:
        return False
    return _say_entries(turn, [(M.SIDE["disability_not_recognised"], _voice(turn, adults[0]))])


# "heb ik een advocaat nodig?", "moet ik echt een advocaat nemen of kan ik da zelf?": the
# writer's own need of one (panel 36, h3); not "welke papieren heeft mijn voogd nodig?" (review)
_HELPERS = r"(?:een |nen )?(?:advocaat|sociaal werker|sociale werker|hulpverlener)"
_HELPER_NEEDED = re.compile(
    rf"\b(?:heb|hebben) (?:ik|we|wij) (?:\w+ ){{0,2}}{_HELPERS} (?:\w+ ){{0,2}}nodig\b"
    rf"|\bmoet(?:en)? (?:ik|we|wij) (?:\w+ ){{0,6}}{_HELPERS} (?:nemen|hebben|zoeken)\b"
    rf"|\bis {_HELPERS} (?:echt )?(?:nodig|verplicht)\b"
)


def advice_on_help_asked(reading: Reading) -> bool:
    """Advice about getting a lawyer asked, not a person to talk to now."""
    folded = _folded(reading)
    if _lawyer_required_asked(folded):
        return True
    return "?" in folded and _any(W.ADVICE_ASKED, folded) and _any(W.HELPER_NOUNS, folded)


# "moet ik echt een advocaat nemen?", "of een advocaat verplicht is of niet" (panel 50, h1:
# twice the hand-off)
_LAWYER_REQUIRED = re.compile(
    r"\badvocaat\b[^.?!]{0,30}\b(?:verplicht|nodig)\b"
    r"|\b(?:moet|moeten) (?:ik|we|wij) (?:echt |dan |wel |per se )?(?:een )?advocaat\b"
)


def _lawyer_required_asked(folded: str) -> bool:
    return bool(_LAWYER_REQUIRED.search(folded))


def _lawyer_required(turn: Any, reading: Reading) -> bool:
    """Seed 000: "Je doet daarom best beroep op een advocaat of gespecialiseerde hulpverlener";
    seed 001: "Het is aangeraden om beroep te doen op uw advocaat of sociale hulpverlener":
    advised, not required."""
    return _say_entries(turn, [(M.ADVICE["lawyer_not_required"], _voice(turn, None))])


# "moet ik zeggen dat ik een broer heb? of is dat slecht voor het dossier?" (panel 103, z3)
_TELL_OF_A_RELATIVE = re.compile(
    r"\b(?:moet|mag|kan|zal)\s+ik\b[^?]{0,40}\b(?:zeggen|vertellen|vermelden|noemen|melden)\b"
    r"[^?]{0,40}\b(?:broer|zus|broers|zussen|familie|familielid|nonkel|tante|kinderen)\b"
    r"|\b(?:broer|zus|familie)\b[^?]{0,40}\b(?:zeggen|vertellen|vermelden|noemen)\b[^?]*\?"
)


def _other_carer_told(turn: Any, reading: Reading) -> bool:
    """Seed 000: "een geïsoleerde situatie door het wegvallen van familieleden" and "omdat er
    geen andere gezinsleden de zorg voor jou kunnen opnemen": a relative who cannot care is
    explained, not hidden (panel 103, z3: "Op die vraag vind ik geen antwoord")."""
    humanitarian = [e for e, r in _case(turn) if r.get("route") == HV]
    if not humanitarian:
        return False
    return _say_entries(turn, [(M.SIDE["other_carer_told"], _voice(turn, humanitarian[0]))])


def _who_can_help_asked(folded: str) -> bool:
    """ "kan mijn voogd da allemaal doen voor mij?", "kan mijn advocaat ook helpen voor
    mama?" (panel 33, b1, a5: "Op die vraag vind ik geen antwoord")."""
    reported = re.search(r"\b(?:zegt|zei|zeggen|zeiden|vindt)\b", folded)  # "mijn advocaat zegt
    # dat ..." asks something else (review)
    if re.search(r"\bik (?:\w+ ){0,2}voogd\b|\bdat ik voogd\b", folded):
        return False  # "papier ... dat ik voogd ben van mijn neef. helpt dat?": the writer is
        # the guardian, seed 000's foreign guardianship (panel 3)
    if "?" not in folded or not _any(W.HELPER_NOUNS, folded):
        return False
    if _HELPER_NEEDED.search(folded.split("?")[0]):  # "heb ik een advocaat nodig?" (h3)
        return True
    if _any(W.ADVICE_ASKED, folded):  # "Raad je aan om een advocaat in te schakelen voor het
        return True  # dossier van Mamadou?" (panel 40, g5: the hand-off, no answer)
    return _any(W.HELP_VERBS, folded) and not reported


def _asylum_file(turn: Any, reading: Reading) -> bool:
    """ "kan ik iets uit mijn asielgesprek gebruiken?": seed 000 "Er kan ook verwezen worden
    naar de relevante verklaringen in het asieldossier van jouw kind in België" (panel 36, h3:
    the verdict block again), where the case has that line."""
    ids = ("parent_forced_flight", "asylum_file_statements")
    items = _items_of(turn, "advice", ids) + _items_of(turn, "documents", ids)
    if not items and _status(turn) == "asylum_seeker":
        entry = M.SIDE["asylum_file_asylum_seeker"]
        return _say_entries(turn, [(entry, _voice(turn, None))])
    return _say_items(turn, items)


def _who_can_help(turn: Any, reading: Reading) -> bool:
    """Seed 001: "Het is aangeraden om beroep te doen op uw advocaat of sociale hulpverlener
    om samen de kans op slagen ... in te schatten"; seed 000: "Je doet daarom best beroep op
    een advocaat of gespecialiseerde hulpverlener". Then the NGO's own offer."""
    said = Answer(turn)
    said.entry(M.ADVICE["see_lawyer"], _voice(turn, None))
    said.send()
    turn.say("utter_ask_affirmation_request_human")
    return True


CJEU_ADVICE = ("adult_after_sponsor_recognition", "adult_child_deadline_passed")


def _cjeu_ruling(turn: Any, reading: Reading) -> bool:
    """ "Ik las iets over een arrest van het Hof van Justitie: een kind dat minderjarig was bij
    de asielaanvraag van de vader behoudt zijn recht. Geldt dat niet voor de oudste?" got "Op
    die vraag vind ik geen antwoord" (panel 38, g2): seed 003's rule as it holds for the case's
    adult child (18 after the recognition, or the 12 months past)."""
    return _say_items(turn, _items_of(turn, "advice", CJEU_ADVICE))


# "ik heb alleen een foto op mijn telefoon. is een kopie genoeg?" of a deed (panel 63, g1)
_COPY_OF_A_DEED = re.compile(
    r"\b(?:is|volstaat|telt) (?:een |de |die )?(?:kopie|fotokopie|scan|foto)\b[^?]{0,20}"
    r"(?:genoeg|voldoende|goed|ok)?|\b(?:kopie|fotokopie|scan|foto) van de (?:\w+)?akte\b"
)


def _copy_of_a_deed(turn: Any, reading: Reading) -> bool:
    """Seed 002's authentic document, and the other valid proofs when it cannot be had."""
    return _say_entries(turn, [(M.SIDE["copy_of_a_deed"], _voice(turn, None))])


def _wedding_photos_asked(folded: str) -> bool:
    """ "we hebben ook trouwfotos. tellen die ook als bewijs van het huwelijk?" (panel 37, g1)."""
    photos = _any(("foto", "fotos", "foto's", "trouwfoto"), folded)
    return photos and _any(("huwelijk", "trouw", "getrouwd"), folded)


def _wedding_photos(turn: Any, reading: Reading) -> bool:
    """Seed 002's authentic document for a marriage; seed 000's concrete facts for a religious
    one; only for a couple in the case."""
    couples = [e for e, _ in _case(turn) if e["relationship"] in COUPLES]
    if not couples:
        return False
    religious = couples[0]["facts"].get("marriage") == "religious_or_customary"
    message = M.lookup(M.SIDE, "wedding_photos", ("religious",) if religious else ())
    return _say_entries(turn, [(message, _voice(turn, couples[0]))])


def _after_recognition_asked(folded: str) -> bool:
    """ "wat als ik erkend word? kan mijn vrouw dan direct komen?", "als ik de
    vluchtelingenstatus krijg, heeft mijn vrouw dan recht op gezinshereniging?" (panel 37, h4:
    twice "Op die vraag vind ik geen antwoord"); not "als ik niet erkend word" (review)."""
    refused = re.search(r"\bniet erkend\b|\bnegatie[fv]\b|\bgeweigerd\b", folded)
    asked = "?" in folded and _any(W.HYPOTHETICAL, folded)
    if "?" in folded and _AFTER_MY_RECOGNITION.search(folded) and not refused:
        return True  # "ik bedoel na mijn erkenning ... is dat dan ook een humanitaire
        # aanvraag?" (panel 98, t2: what strengthens a humanitarian request)
    return asked and _any(W.RECOGNITION_LATER, folded) and not refused


def _born_here_asked(folded: str) -> bool:
    """ "mijn zoon is geboren toen ik al in belgie was. is dat een probleem voor later?",
    "baby born after i came to belgium" (panel 42 and 43, h2: no answer, twice)."""
    born = re.search(r"\b(?:geboren|born)\b", folded)
    after = re.search(r"\b(?:toen ik al|na mijn aankomst|na ik|after i|nadat ik)\b", folded)
    return bool(born and after) and "?" in folded


def _after_recognition(turn: Any, reading: Reading) -> bool:
    """Seed 002: "Een meerderjarige vreemdeling aan wie België de vluchtelingenstatus of
    subsidiaire bescherming heeft toegekend kan, onder bepaalde voorwaarden, vervoegd worden
    door: zijn echtgenoot ...; zijn minderjarige kinderen", who pay no retributie; seed 003's
    12 months. Only to an asylum seeker, for the relatives who would then have that right."""
    if _status(turn) != "asylum_seeker":
        return False
    if _WHICH_PAPERS.search(_folded(reading)):  # "welke documenten ... voor als ik erkend word?":
        return False  # the papers' answer says it in its first line (panel 98, t2: twice)
    later = [e for e, r in _case(turn) if r.get("summary_id") == "summary.asylum_seeker"]
    if not later:
        return False
    said = Answer(turn)
    months = P.FAVOURABLE_PERIOD_MONTHS.value
    adult = any((e.get("age") or 0) >= 18 and e["relationship"] in CHILDREN for e in later)
    response = "utter_side_after_recognition_adult" if adult else "utter_side_after_recognition"
    said.say(response, who=_names_of(turn, later), months=months)  # "Een meerderjarig kind
    # betaalt wel" (seed 002; panel 103, z1: "Zij betalen dan ook geen bijdrage")
    born_here = [e for e in later if e["facts"].get("relationship_predates_arrival") is False]
    if born_here:  # seed 003: "wanneer de afstamming ... vóór zijn aankomst in België werd
        said.say(
            "utter_side_after_recognition_bond_after",
            names=_names_of(turn, born_here), months=months,
        )  # fmt: skip
    said.send()  # vastgesteld": not so for a child born after it
    return True


def _consent_refusal_supposed(folded: str) -> bool:
    """ "en als die ex toch nie wil tekenen? kan de jongen dan nie mee?": a refusal of the
    other parent's consent supposed (one told is applied as a fact, reading.consent_refused)."""
    supposed = _any(W.HYPOTHETICAL, f" {folded} ") and "?" in folded
    return supposed and _any(W.CONSENT_REFUSED, folded) or bool(CONSENT_REFUSED.search(folded))


def _consent_if_refused(turn: Any, reading: Reading) -> bool:
    """Without the other parent's consent in shared custody no right (seeds 001, 003), unless
    a judgment gives the custody to the parent here (seed 001); a humanitarian visa stays."""
    shared = [e for e, _ in _case(turn) if e["facts"].get("custody") == "shared"]
    unproven = [e for e, _ in _case(turn) if e["facts"].get("custody_judgment") is False]
    if not shared and unproven and _status(turn) == "belgian":  # sole, with no judgment: the
        messages = [
            M.SIDE["no_judgment_consent_refused"],  # consent proves it (seed 004;
            M.under_40ter(M.SIDE["custody_judgment_instead"]),
        ]  # panel 63, g3) fmt: skip
        return _say_entries(turn, [(m, _voice(turn, unproven[0])) for m in messages])
    if not shared:
        return False
    voice = _voice(turn, shared[0])
    if _status(turn) == "eu_citizen":  # the seeds' rule, not said to hold (panel 43, h5)
        return _say_entries(turn, [(M.ADVICE["eu_custody_consent"], voice)])
    messages = [M.ADVICE["shared_custody_no_consent"], M.SIDE["custody_judgment_instead"]]
    if _status(turn) == "belgian":
        messages = [M.under_40ter(m) for m in messages]
    messages.append(M.SIDE["humanitarian_exceptional"])  # "heeft dawit dan veel kans met dat
    # humanitair visum?" (panel 51, h5, h7: the consent text only)
    return _say_entries(turn, [(m, voice) for m in messages])


# the other parent who may say no: "wat als de moeder van dawit nee zegt", "als dawit zijn
# moeder geen toestemming geeft" (panel 50, h5: feedback thanks, then the privacy notice)
CONSENT_REFUSED = re.compile(
    r"\b(?:als|stel dat|indien)\b[^.?!]{0,40}\b(?:moeder|mama|vader|papa|ex|ouder|ze|zij|hij)"
    r"\b[^.?!]{0,20}\b(?:nee zegt|weigert|geen toestemming (?:geeft|wil geven|geven)|niet "
    r"toestemt|niet akkoord gaat|niet tekent)\b"
)


# one person refuses ("ze weigert", "de mama weigert"), not the office ("als ze weigeren")
_ONE_REFUSES = re.compile(r"\b(?:ze|zij|hij|die|mama|moeder|vader|papa|ex)\s+(?:\w+\s+)?weigert\b")


def _if_refused(turn: Any, reading: Reading) -> bool:
    """Seeds 000-004 say nothing of an appeal; seed 000 says when to ask a humanitarian visa
    in second order: "bij een aanvraag voor een visum gezinshereniging in tweede orde een
    humanitair visum te vragen ... wanneer ... voorwaarden niet vervuld zijn" (panel 32:
    "en als dvz nee zegt?" got "geen antwoord" four times)."""
    case = _case(turn)
    folded = _folded(reading)
    one_refuses = _ONE_REFUSES.search(folded) and not _any(W.REFUSING_OFFICES, folded)
    if one_refuses and _consent_if_refused(turn, reading):
        return True  # "en als ze weigert?" beside a shared custody: the other parent's
        # refusal (panel 47, h2: read as a refusal by DVZ)
    family = bool(_named_with_a_right(turn, reading))  # "het visum van mama": hers only
    key = "if_refused_family_reunification" if family else "if_refused"  # (panel 42, g5)
    if _status(turn) == "asylum_seeker" and "asiel" in folded:  # her asylum (panel 98, t2)
        key = "if_asylum_refused"
    return _say_entries(turn, [(M.SIDE[key], _voice(turn, case[0][0] if case else None))])


def _earlier_marriage(turn: Any, reading: Reading) -> bool:
    """A marriage ended by a divorce beside the wife who comes: seed 001 limits only several
    spouses at once ("Indien u meerdere echtgenotes hebt, mag er maar één echtgenote naar
    België komen"); of an ended marriage the seeds say nothing more (panel 28, a5)."""
    spouses = [e for e, _ in _case(turn) if e["relationship"] in COUPLES]
    if not spouses:
        return False
    if spouses[0]["facts"].get("married") is True:  # a partner not yet divorced (panel 32, c2)
        return _say_entries(turn, [(M.SIDE["partner_still_married"], _voice(turn, spouses[0]))])
    return _say_entries(turn, [(M.SIDE["earlier_marriage_divorced"], _voice(turn, spouses[0]))])


def _child_marries(turn: Any, reading: Reading) -> bool:
    """ "als mijn zoon trouwt, heeft hij dan nog recht?" (panel 29, a1: "geen antwoord"): seed
    003 "De aanvrager moet ongehuwd zijn"; seed 001 "alleenstaand zijn (ongehuwd)"."""
    children = [(e, r) for e, r in _case(turn) if e["relationship"] in CHILDREN
                and (r.get("route") in (FR, UNKNOWN) or e["facts"].get("married"))]  # fmt: skip
    if not children:
        return False
    named = asked_about([e for e, _ in children], reading)
    married = [e for e in named if e["facts"].get("married")] or [
        e for e, _ in children if e["facts"].get("married")
    ]
    entry = (married or named or [children[0][0]])[0]
    key = "child_married" if married else "child_marries"  # "Kan een getrouwde dochter van
    message = M.SUMMARIES[f"summary.{key}"] if married else M.SIDE[key]  # 17 mee?" (69, g1)
    return _say_entries(turn, [(message, _voice(turn, entry))])


def _adopted_in(case) -> list[dict[str, Any]]:
    return [e for e, _ in case if e["relationship"] in ("adopted_child", "foster_child")]


def _fca(turn: Any, reading: Reading) -> bool:
    """ "wat is FCA? en hoe lang duurt dat bekrachtigen?" (seed 000), with the foreign deed to
    add and, in another language, its sworn translation (seed 002)."""
    case = _case(turn)
    if any(_belgian_descendant(r) for _, r in case) and not _adopted_in(case):
        return _guardianship(turn, reading)  # a Belgian's grandson: seed 004's custody, no
        # ratification (panel 60, g8: "Moet een Belgische rechtbank dit vonnis bekrachtigen?")
    said = Answer(turn)
    adopted = _adopted_in(case)
    said.entry(M.SIDE["fca_meaning"], _voice(turn, adopted[0] if adopted else None))
    for item in _items_of(turn, "documents", ("foreign_guardianship_or_adoption_act",)):
        said.item(item)
    said.say("utter_faq_legalisation")
    said.send("utter_answer_menu")
    return True


def _office(turn: Any, reading: Reading) -> bool:
    """ "welke dienst bij DVZ behandelt een humanitair visum?" (panel 27, b4: asked three
    times): seed 001 "Het is het bureau Lang Verblijf van de Dienst Vreemdelingenzaken die
    dergelijke aanvragen behandelt (in tegenstelling tot de dienst Gezinshereniging ...)"."""
    case = _case(turn)
    named = asked_about([e for e, _ in case], reading)
    asked = [(e, r) for e, r in case if e in named] or case
    said = Answer(turn)
    for entry, result in asked:
        office = result.get("processing_office")
        if office in M.OFFICES:
            who = capitalise(turn.texts.label(turn.state, entry))
            text = M.text(M.OFFICES[office], _voice(turn, entry))
            said.say("utter_line_person", who=who, facts=text)
            said.sources.append(M.OFFICES[office].source)
    if not said.lines:
        return False
    if any(r.get("processing_office") == "long_stay" for _, r in asked):
        for _, item in _advice_of(asked, ("humanitarian_tick_form",))[:1]:
            said.item(item)
    said.send("utter_answer_menu")
    return True


_LEASE_REGISTRATION = re.compile(r"\bgeregistreerd\b|\bregistr(?:eren|atie)\b")


def _lease_registered(folded: str) -> bool:
    """ "moet da contract geregistreerd zijn?" (panel 50, g2)."""
    return "contract" in folded and bool(_LEASE_REGISTRATION.search(folded))


_MOVING_LATER = re.compile(
    r"\bga(?:an)?\b(?: \w+){0,3} verhuizen\b"  # "ik ga in maart verhuizen"
    # "een groter appartement waar we pas in maart intrekken" (panel 65, j6)
    r"|\bwaar (?:we|wij|ze|zij) pas\b[^?.]{0,20}\b(?:intrekken|gaan wonen|wonen)\b"
    r"|\bpas (?:in|vanaf|na) \w+ (?:intrekken|gaan wonen)\b"
)


def _lease(turn: Any, reading: Reading) -> bool:
    """ "huurcontract op naam van mijn vrouw, is dat een probleem?": seed 004's practice for a
    Belgian sponsor; for others the housing condition as it stands."""
    if _status(turn) != "belgian":
        return False
    case = _case(turn)
    later = any(has_advice(r, "spouse_age_rule") for _, r in case)  # a right at 21
    if case and all(r.get("route") == HV for _, r in case) and not later:
        return False  # a Belgian's mother: the humanitarian visa sets no housing proof (round
        # 118, q3: seed 004's deed practice cited as art. 40ter)
    folded = fold(reading.text)
    if _a_relatives_home(folded):  # "het huis van mijn ouders, het is hun eigendom" (w3)
        return _say_entries(turn, [(M.SIDE["deed_of_a_relative"], _voice(turn, None))])
    if _any(W.DEED_WORDS, folded):  # "volstaat mijn notariële akte, ook al staat daar alleen
        return _say_entries(turn, [(M.SIDE["own_deed"], _voice(turn, None))])  # mijn naam op?"
    if _LEASE_REGISTRATION.search(folded):  # "moet da contract geregistreerd zijn? wie moet
        # da doen" (panel 50, g2: the housing condition, not who registers it)
        return _say_entries(turn, [(M.SIDE["lease_registration"], _voice(turn, None))])
    later = _any(W.FUTURE_HOME, folded) or bool(_MOVING_LATER.search(folded))
    entries = []
    if not later or _any(W.LEASE_NAME_WORDS, folded):
        entries.append((M.SIDE["lease_in_a_relatives_name"], _voice(turn, None)))
    if later:  # "kan ik dat nieuwe huurcontract al gebruiken?" alone
        entries.append((M.SIDE["lease_of_a_later_home"], _voice(turn, None)))  # (d2)
    return _say_entries(turn, entries)


_A_RELATIVE = re.compile(r"\b(?:ouders|vader|moeder|papa|mama|broer|zus|schoonouders|oom|tante)\b")


def _a_relatives_home(folded: str) -> bool:
    """A home a relative owns, not a lease: "we wonen bij mijn ouders in hun huis, het is hun
    eigendom" (panel 102, w3)."""
    owned = _any(W.RELATIVE_OWNS, folded) or "eigendom" in folded or "eigenaar" in folded
    return owned and bool(_A_RELATIVE.search(folded)) and not _any(W.LEASE_NAME_WORDS, folded)


def _housing_space(turn: Any, reading: Reading) -> bool:
    """ "1 slaapkamer, hij kan in de zetel slapen, is dat ok?": seed 004's "weerlegbaar
    vermoeden" for a Belgian, seed 003's rule for others (panel 13, z2)."""
    return _housing_answer(turn, "housing_space")


def _housing_needed(turn: Any, reading: Reading) -> bool:
    """ "moeten mijn ouders een woning hebben?": "nee" for the exempt within the 12 months
    (seed 003 "Bijzondere bepaling"), the condition and its proof otherwise."""
    if _status(turn) == "asylum_seeker":  # now a humanitarian visa, later seed 003's 12
        helper = "_helper" if turn.state.get("writer") == "helper" else ""  # (107, z1)
        turn.say(
            turn.texts.first(
                f"utter_faq_housing_asylum_seeker{helper}", "utter_faq_housing_asylum_seeker"
            )
        )  # months (panel 36, h4)
        return True
    return _housing_answer(turn, "housing_needed", "housing_not_needed_favourable")


def _housing_answer(turn: Any, key: str, exempt_key: str = "housing_exempt_favourable") -> bool:
    """The housing entry `key` for the sponsor's status; a refugee exempt from proving
    housing is told so instead, in words, not as a condition line (panel 45)."""
    case = _case(turn)
    exempt = _exempt_for_all(case, "housing")
    if not exempt and _housing_for_some(turn, case, exempt_key):
        return True
    if exempt:
        said = Answer(turn)
        _exempt_answer(turn, exempt, said, case, (exempt_key, "utter_side_housing_exempt_other"))
        said.send("utter_answer_menu")
        return True
    routed = [(e, r) for e, r in case if r.get("route")]  # a relative still unknown is none
    if routed and all(r.get("route") == HV for _, r in routed):  # no housing condition (seed
        # 001; panel 106, l5: "Ja. Je moet een woning hebben" beside a relative still unknown)
        entry = M.SIDE["housing_humanitarian"]
        return _say_entries(turn, [(entry, _voice(turn, case[0][0]))])
    if _status(turn) == "eu_citizen":  # art. 40bis is in no seed: never art. 10's home (panel
        entry = M.ADVICE["eu_citizen_not_in_sources"]  # 37, g5: the Civil Code's rule)
        voice = _voice(turn, case[0][0] if case else None)
        if any(M.text(entry, voice) in r.get("text", "") for r in turn.replies):
            return True  # said already for the income asked with it
        return _say_entries(turn, [(entry, voice)])
    entry = M.lookup(M.SIDE, key, (_status(turn) or "",))
    voice = _voice(turn, case[0][0] if case else None)
    entries = [(entry, voice)]
    if key == "housing_space" and _status(turn) in ("refugee", "subsidiary_protection",
                                                    "third_country_national"):  # fmt: skip
        entries.append((M.SIDE["housing_space_belgian_practice"], voice))  # (panel 63, g5)
    return _say_entries(turn, entries)


def _housing_for_some(turn: Any, case, exempt_key: str) -> bool:
    """Seed 003's exemption for some relatives, the home to prove for the others: "moet ik een
    groot huis hebben? ... en Rima en Yara wel?" (panel 100, t4: "Ja" for the wife and daughter
    within the 12 months, beside the disabled son of 24)."""
    found = _exempt_condition(case, "housing")
    exempt = [
        x for x in found if x[2].get("state") == "exempt" and x[1].get("favourable_conditions")
    ]
    others = [x for x in found if x not in exempt and x[2].get("state") != "exempt"]
    if not exempt or not others:
        return False
    texts, said = turn.texts, Answer(turn)
    for rows, key in ((exempt, exempt_key), (others, "housing_needed")):
        names = texts.and_list([texts.label(turn.state, e) for e, _, _ in rows])
        message = M.lookup(M.SIDE, key, (_status(turn) or "",))
        line = M.text(message, _voice(turn, rows[0][0]))
        said.add(f"{texts.text('utter_side_exempt_for', names=names)} {line[:1].lower()}{line[1:]}")
        said.sources.append(message.source)
    said.send("utter_answer_menu")
    return True


def _disability_meaning(turn: Any, reading: Reading) -> bool:
    """ "telt epilepsie als handicap?": seed 001's definition and its proof; for a brother,
    that the rule is a child's only (seed 001: "Het meerderjarig gehandicapt kind van u en/of
    uw echtgenoot/echtgenote of partner"; panel 110, r5: the child's rule told of a brother)."""
    case = _case(turn)
    others = [e for e, _ in case if e["relationship"] not in CHILDREN]
    if case and len(others) == len(case):
        voice = _voice(turn, others[0])  # the illness still counts in a humanitarian request
        entries = [(M.SIDE["disability_rule_children_only"], voice), (M.VOLUNTEERED["ill"], voice)]
        return _say_entries(turn, entries)
    return _say_entries(turn, [(M.SIDE["disability_meaning"], _voice(turn, None))])


# "moet ik dat zelf doen of mijn voogd mevrouw claes?", "moet mijn voogd iets tekenen of doen?"
# (panel 98, s4: the lawyer text, then the other parent's consent of an adult sister)
_GUARDIAN_ROLE = re.compile(
    r"\b(?:zelf|ik)\b[^?.]{0,40}\bof (?:mijn|de|zijn|haar) voogd\b"
    r"|\bmoet (?:mijn|de|zijn|haar) voogd\b[^?.]{0,40}"  # not "kan mijn voogd da allemaal
    # doen voor mij?", who helps (panel 33, b1)
    r"\b(?:doen|tekenen|regelen|aanvragen|indienen|ondertekenen)\b"
)


def _guardian_role(turn: Any, reading: Reading) -> bool:
    """Seed 002 "Wie vraagt de gezinshereniging aan?": the relative who comes, at the embassy;
    what a minor sponsor's guardian must sign, no seed says. A writer of age: who can help."""
    if not _minor_sponsor(turn):
        return _who_can_help(turn, reading)
    _who_applies(turn, reading)
    return _say_entries(turn, [(M.SIDE["guardian_role"], _voice(turn, None))])


def _who_applies(turn: Any, reading: Reading) -> bool:
    """ "wie moet de aanvraag doen?": the relative who comes, at the embassy (seed 002)."""
    case = _case(turn)
    people = [e for e, _ in case]
    voice = _where_voice(turn, reading, people) if people else _voice(turn, None)
    if _status(turn) in ("eu_citizen", "belgian") and any(r.get("route") != HV for _, r in case):
        # seed 004 knows "een aanvraag in België" for a Belgian's family, and no seed covers
        # an EU citizen's: never "niet bij de gemeente" (panels 85 and 86, l1)
        message = M.lookup(M.SIDE, "who_applies_in_belgium_unknown", (_status(turn) or "",))
        return _say_entries(turn, [(message, voice)])
    rights = _status(turn) in PROTECTED and any(r.get("route") in (FR, UNKNOWN) for _, r in case)
    tag = () if rights or not case else ("visa_post",)  # art. 12bis, §1 is the protected
    return _say_entries(turn, [(M.lookup(M.SIDE, "who_applies", tag), voice)])  # family's


def _housing_waiting_list(turn: Any, reading: Reading) -> bool:
    """ "ze staat op de wachtlijst voor sociale woning. volstaat dat?": seed 004 "Op de
    wachtlijst staan voor een sociale woning, voldoet niet als bewijs" (panel 23, v4: asked
    twice, never answered)."""
    return _housing_answer(turn, "housing_waiting_list")


_BEST_INTERESTS = re.compile(r"\bbelang van (?:het|een|dit) kind\b|\bkinderrechten\b")


def _best_interests(turn: Any, reading: Reading) -> bool:
    """ "telt het (hoger) belang van het kind mee bij DVZ?": seed 001 "Het principe «hoger
    belang van het kind» staat beschreven in de Belgische Grondwet (artikel 22bis) evenals in
    het Internationaal Verdrag inzake de Rechten van het Kind (artikel 3)", also at family
    reunification (panel 95, n5: asked four times, unanswered)."""
    minors = [e for e, _ in _case(turn) if (e.get("age") or 99) < P.MAJORITY_AGE.value]
    entry = (asked_about(minors, reading) or minors or [None])[0]
    said = Answer(turn)
    said.entry(M.ADVICE["best_interests_child"], _voice(turn, entry))
    said.entry(M.SIDE["best_interests_humanitarian"], _voice(turn, entry))
    said.send("utter_answer_menu")
    return True


# "is het met subsidiaire bescherming hetzelfde als met vluchtelingenstatus?", "is er een
# verschil tussen vluchtelingenstatus en subsidiaire bescherming?" (panel 98, t2: unanswered)
_SUBSIDIARY = re.compile(r"\bsubsidiai\w*")
_REFUGEE_STATUS = re.compile(r"\bvluchteling\w*|\berkend\w*|\berkenning\b")
_COMPARED = re.compile(r"\b(?:hetzelfde|zelfde|verschil\w*|anders|moeilijker|makkelijker)\b")


def _status_difference_asked(folded: str) -> bool:
    return all(p.search(folded) for p in (_SUBSIDIARY, _REFUGEE_STATUS, _COMPARED))


def _status_difference(turn: Any, reading: Reading) -> bool:
    """Seeds 002 and 003 say every rule of "een vreemdeling aan wie België de
    vluchtelingenstatus of subsidiaire bescherming heeft toegekend" of both alike."""
    return _say_entries(turn, [(M.SIDE["status_difference"], _voice(turn, None))])


def _other_carer(turn: Any, reading: Reading) -> bool:
    """ "DVZ gaat zeggen zus kan zorgen toch?": seed 001's "geen enkel ander familielid",
    for the relative with a humanitarian request (panel 17, g2)."""
    favours = [e for e, r in _case(turn) if r.get("route") == HV and not _soft_procedure(r)]
    if not favours:
        return False
    named = asked_about(favours, reading) or _by_her_or_his(favours, reading) or favours
    return _say_entries(turn, [(M.SIDE["other_carer"], _voice(turn, named[0]))])


def _by_her_or_his(people: list[dict[str, Any]], reading: Reading) -> list[dict[str, Any]]:
    """ "hij is haar voogd", "dat hij voor haar zorgt": the one relative she is, when the
    message says "haar" and not "zijn" or "hem" (panel 42, h4: the answer named her brother;
    first names are not kept)."""
    words = f" {fold(reading.text)} "
    her = " haar " in words
    him = " zijn " in words or " hem " in words
    if her == him:
        return []
    pronoun = "zij" if her else "hij"
    found = [p for p in people if p.get("pronoun") == pronoun]
    return found if len(found) == 1 else []


def _polygamy(turn: Any, reading: Reading) -> bool:
    """ "kan ik mijn 2 vrouwen allebei halen?": seed 001 "Het polygaam huwelijk wordt in België
    niet erkend. Indien u meerdere echtgenotes hebt, mag er maar één echtgenote naar België
    komen via gezinshereniging. Deze beperking is echter niet van toepassing op de kinderen"
    (panel 10, s5: "Op die vraag vind ik geen antwoord")."""
    keys = ("polygamy_one_spouse", "polygamy_children_keep_right")
    return _say_entries(turn, [(M.ADVICE[key], _voice(turn, None)) for key in keys])


def _a_minor(entry: dict[str, Any]) -> bool:
    """A relative who is (or may be) under 18: of no age told, or younger; never a parent-in-law
    ("mijn vrouw valeria heeft de voogdij alleen" of her son; panel 77, h2: "Dan heeft je
    schoonmoeder recht op gezinshereniging als kind")."""
    if entry.get("word") in W.PARENT_IN_LAW.values():
        return False
    return entry.get("age") is None or entry["age"] < P.MAJORITY_AGE.value


def _guardianship(turn: Any, reading: Reading) -> bool:
    """A foreign guardianship or adoption (seed 000): "Deze komen enkel in aanmerking voor
    gezinshereniging indien de buitenlandse voogdij bekrachtigd wordt door een Belgische
    rechtbank of indien de buitenlandse adoptie erkend wordt door de Federale Centrale
    Autoriteit"; otherwise a humanitarian visa "mits een sterk dossier"."""
    fostered = ("adopted_child", "foster_child", "other_relative", "grandchild")
    case = [(e, r) for e, r in _case(turn) if e["relationship"] in fostered and _a_minor(e)]
    if not case:  # "moet mijn zoon of zijn voogd iets doen?": the sponsor's guardian, no
        return False  # adoption in this family (panel 18, i4); not a mother-in-law of 60 ("y
        # Mateo? ... Valeria heeft de voogdij denk ik"; panel 73, h2: the adoption route, twice)
    minor = (turn.state["sponsor"].get("age") or 99) < 18
    if minor and " mijn voogd" in f" {_folded(reading)}":
        return False  # a boy of 15: "mijn voogd" is his guardian here, no guardianship of his
        # uncle abroad (review of panel 38: "wie is mijn voogd?", "mijn voogd zegt ...")
    named = asked_about([e for e, _ in case], reading) or [case[0][0]]
    said = Answer(turn)
    descendants = [e for e, r in case if _belgian_descendant(r) and e in named]
    if descendants:  # a Belgian's grandson: the guardianship proves the custody (seed 004),
        results = {id(e): r for e, r in case}  # or would give it (panel 68, g4)
        without = results[id(descendants[0])].get("summary_id") == NO_CUSTODY
        key = "guardianship_to_get_custody" if without else "guardianship_as_custody_proof"
        said.entry(M.SIDE[key], _voice(turn, descendants[0]))
        said.entry(M.DOCUMENTS["legalisation_and_translation"], _voice(turn, descendants[0]))
        said.send("utter_answer_menu")
        return True
    papers = _GUARDIANSHIP_PAPERS.search(_folded(reading))  # not "ik heb geen papier van de
    if papers and not _NO_PAPERS.search(_folded(reading)):  # rechtbank" (panel 91, n5)
        said.entry(M.SIDE["guardianship_papers"], _voice(turn, named[0]))  # de overlijdens-
        legalised = M.DOCUMENTS["legalisation_and_translation"]  # akten ook geven?" (h2); the
        said.entry(legalised, _voice(turn, named[0]))  # foreign acts legalised (54, a2)
    keys = ("adoption_get_recognition", "adoption_strengthen")
    if _NO_PAPERS.search(_folded(reading)):  # "er is geen rechter die iets beslist heeft",
        keys = ("adoption_none_yet", "adoption_strengthen")  # "niks op papier" (81, h5)
    for key in keys:  # a Belgian's: art.
        said.entry(M.lookup(M.ADVICE, key, (_status(turn) or "",)), _voice(turn, named[0]))
        # 40ter (panel 66, k6: art. 10, §1, 4° to a Belgian grandmother)
    said.send("utter_answer_menu")
    return True


_NO_PAPERS = re.compile(
    r"\bgeen (?:rechter|rechtbank|vonnis|voogdij|adoptie|papier(?:en)?)\b|\bniks op papier\b"
    r"|\bniets op papier\b|\bnog geen voogd\b"
)


def _belgian_descendant(result: dict[str, Any]) -> bool:
    return str(result.get("summary_id") or "").startswith("summary.belgian_descendant")


_IF_RATIFIED = re.compile(  # "en als de belgische rechtbank de voogdij bekrachtigt, is er dan
    r"\b(?:als|wanneer|zodra|na)\b[^?.]{0,60}(?:\bbekrachtig\w*|\b(?:voogdij|adoptie)\b"
    r"[^?.]{0,30}\berken\w*)\b[^?]*\?"
)  # wel een termijn? en moet ik dan betalen?" (panel 53, h2)


def _if_bond_recognised(turn: Any, reading: Reading) -> bool:
    """Seed 000: "Deze komen enkel in aanmerking voor gezinshereniging indien de buitenlandse
    voogdij bekrachtigd wordt door een Belgische rechtbank": asked what then, the child's right
    with its own deadline and fee (panel 53, h2: "Voor deze situatie ken ik geen vaste
    termijn" and the humanitarian fee, for a refugee's grandson)."""
    wards = [e for e, r in _case(turn) if r.get("summary_id") == "summary.adoption_not_recognised"]
    if not wards:
        return False
    ward, result = _as_if(turn, wards[0], facts={"legal_bond_recognised": True})
    if result.get("route") != FR:
        return False
    said = Answer(turn)
    said.say("utter_side_if_bond_recognised", relative=turn.texts.label(turn.state, wards[0]))
    calendar = turn.calendar, turn.calendar_kind  # a day that holds only once ratified: no
    said.add(deadline_line(turn, [(ward, result)]))  # calendar file for it
    turn.calendar, turn.calendar_kind = calendar
    said.add(fee_line(turn, [(ward, result)]))
    said.send("utter_answer_menu")
    return True


_GUARDIANSHIP_PAPERS = re.compile(
    r"\b(?:welke papieren|welke documenten|(?:ook )?(?:geven|toevoegen|meesturen|afgeven)\b)"
    r"|\bvonnis\b[^?]*\?|\boverlijdensakte|\bpapier\w* van (?:de )?(?:rechtbank|dood)\b"
    r"|\bwat moet ik nog hebben\b"  # "papier van rechtbank ... is dat genoeg?" (panel 55, c2)
)


RELATIONSHIP_PROOFS = ("relationship_evidence", "stable_relationship_proof",
                       "common_child_birth_certificate", "impossibility_to_marry_proof",
                       "asylum_file_statements")  # fmt: skip


def _relationship_proof(turn: Any, reading: Reading) -> bool:
    """ "wat bewijst onze relatie? whatsapp en foto's?": the case's own proofs of the
    relationship (seed 000 "concrete feitelijke bewijzen"; seed 001; panel 5, j3)."""
    return _say_items(turn, _items_of(turn, "documents", RELATIONSHIP_PROOFS))


def _unborn(turn: Any, reading: Reading) -> bool:
    """ "ze is zwanger, wat als de baby geboren is?": no request before the birth; then the
    child's own right, and seed 000's common child for the partner (panel 7, n5)."""
    partners = [(e, r) for e, r in _case(turn) if e["relationship"] in COUPLES]
    said = Answer(turn)
    unborn = M.lookup(M.SIDE, "unborn_child", (_status(turn) or "",))
    said.entry(unborn, _voice(turn, partners[0][0] if partners else None))
    for entry, _ in [(e, r) for e, r in partners if r.get("route") == HV][:1]:
        said.entry(M.SIDE["unborn_common_child"], _voice(turn, entry))
    rows = [
        (who, item) for who, item in _deadline_rows(turn, _case(turn)) if not item.get("passed")
    ]
    if rows and _any(W.WAIT_FOR_THE_BIRTH, _folded(reading)):  # "moeten we wachten tot die
        # geboren is of kan mijn vrouw eerst komen?": not past the deadline (panel 41, h4)
        said.say("utter_side_unborn_dont_wait")
        _deadline_rows_said(turn, said, rows, _case(turn))
    said.send("utter_answer_menu")
    return True


def _costs(turn: Any, reading: Reading) -> bool:
    """ "wat kost het en waar moet ik het doen?": the case's costs beside the other topic."""
    from dialogue.answers import side_question

    if _ADULT_BY_THEN.search(_folded(reading)) and _fee_if_adult(turn, reading):
        return True
    side_question(turn, "ask_costs")
    return True


def _fee_if_adult(turn: Any, reading: Reading) -> bool:
    """ "moet abel betalen als hij 18 is?": seed 002 "De andere familieleden ... moeten een
    retributie betalen. Het gaat met name om zijn meerderjarige kinderen" (panel 87, i1: "er is
    geen bijdrage" of the minor he is now)."""
    minors = [e for e, r in _case(turn) if e["relationship"] in CHILDREN
              and (e.get("age") or 99) < 18 and r.get("route") == FR]  # fmt: skip
    nearly = [e for e in minors if e.get("age") == 17]  # the one of 17 ("abel", not named)
    asked = asked_about(minors, reading) or nearly or minors
    if len(asked) != 1 or _status(turn) not in PROTECTED:
        return False
    return _say_entries(turn, [(M.SIDE["fee_if_adult_child"], _voice(turn, asked[0]))])


def _fee_why(turn: Any, reading: Reading) -> bool:
    """ "waarom moet mijn zoon wel betalen en de rest niet?": the fee, then who seed 002
    exempts and who pays (panel 31, a4: the fee line alone, twice)."""
    from dialogue.answers import side_question

    side_question(turn, "ask_costs")
    paying = [e for e, r in _case(turn) if r.get("fee_exempt") is False]
    if _status(turn) in PROTECTED and paying:
        said = Answer(turn)
        said.entry(M.SIDE["fee_why_protected"], _voice(turn, None))
        said.send()
    return True


def _custody_proof(turn: Any, reading: Reading) -> bool:
    """ "er is geen vonnis over het hoederecht. welk papier hebben we dan nodig?": seed 004's
    written consent, or the attest that the other parent is gone (panel 20, m4)."""
    kinds = (*CHILDREN, "grandchild")  # a grandmother's grandson too (panel 29, b5)
    minors = [e for e, _ in _case(turn) if e["relationship"] in kinds and (e.get("age") or 0) < 18]
    if minors and all(e["relationship"] == "foster_child" for e in minors):
        return False  # a guardian's ward: the guardianship is what is proven (panel 54, a2)
    if not minors and not _gone_parent_proof(_folded(reading)):  # "geen papier van de rechtbank
        return False  # dat ik haar voogd ben", "welk papier heb ik nodig dat ik voor haar mag
        # zorgen?" of a niece: no parent's custody, no parent gone (panels 91 and 92, n5)
    if not minors:  # the minor sister of a boy whose father is missing (panel 44, h2)
        young = [e for e, _ in _case(turn) if (e.get("age") or 99) < 18]
        if not young:  # "Sinds mijn mama weg is" of the father who comes: no child's parent
            return ANSWERS["strengthen"](turn, reading)  # gone; what strengthens his request
            # (panel 104, z3: "Een ouder die vermist is")
        voice = _voice(turn, (asked_about(young, reading) or young or [None])[0])
        if re.search(
            r"\b(?:dood|overleden|gestorven|overlijden\w*)\b", _folded(reading)
        ):  # "papa is dood
            # in 2021. moet ik daar papier van hebben?": dead, not missing (panel 52, g6)
            return _say_entries(turn, [(M.SIDE["dead_parent_proof"], voice)])
        return _say_entries(turn, [(M.SIDE["missing_parent_proof_sibling"], voice)])
    entry = (asked_about(minors, reading) or minors)[0]
    sole = _sole_by_judgment(entry)  # "zij alleen heeft de bewaring. is da genoeg zonder de
    # papa?" (panel 124, q2; seed 001)
    if (sole or turn.state.get("other_parent_missing")) and _status(turn) != "belgian":  # "papa
        # van de kinderen is weg. niemand weet waar hij is" (panel 64, h3: "staat niet in onze
        # informatie" where seed 004 says how for a Belgian's family)
        key = "custody_sole_judgment" if sole else "missing_parent_proof"
        return _say_entries(turn, [(M.SIDE[key], _voice(turn, entry))])
    own_child = entry["relationship"] in ("child", "adopted_child")  # not a widowed grandma's
    if turn.state["sponsor"].get("widowed") and own_child:  # grandson (panel 105, k1)
        # "moet Amina een papier hebben over het
        # hoederecht? de papa is dood" (panel 48, g2: "geen antwoord"; seed 003 "Indien de
        # ouders ... gescheiden zijn")
        message = M.lookup(M.EXEMPTION_WHY, "common_child", ("sponsor_widowed",))
        return _say_entries(turn, [(message, _voice(turn, entry))])
    if entry["facts"].get("other_parent_deceased"):  # "Volstaat de overlijdensakte van de
        # vader van Rima om het hoederecht van Huda aan te tonen?" (panel 60, h12)
        message = M.DOCUMENTS["custody_other_parent_died"]  # a Belgian's family: art. 40ter
        if _status(turn) == "belgian":  # (panel 65, j6: art. 10, §1, 4° to a Belgian)
            message = M.under_40ter(message)
        return _say_entries(turn, [(message, _voice(turn, entry))])
    message = M.lookup(M.SIDE, "custody_without_judgment", (_status(turn) or "",))
    return _say_entries(turn, [(message, _voice(turn, entry))])


def _no_certificate(turn: Any, reading: Reading) -> bool:
    """ "je zegt mijn geboorteakte. ik heb dat niet": seed 002's other valid proofs for a
    protected sponsor's family, seed 004's for a Belgian's (panel 22, r1)."""
    case = _case(turn)
    if not case:
        return False
    if _de_facto_partner_asked(case, reading):  # "hoe kan hij bewijzen dat hodan echt zijn
        # vrouw is, ze hebben geen akte": seed 000 "De relatie kan dan aangetoond worden aan
        # de hand van concrete feitelijke bewijzen" (panel 50, h3)
        return _relationship_proof(turn, reading)
    couples = [e for e, _ in case if e["relationship"] in ("spouse", "registered_partner")]
    folded = _folded(reading)
    if couples and _deed_missing(folded):  # "geen huwelijksakte, alleen nikah"; "in somalie
        # werkt de overheid bijna niet" (seed 000; panel 33, a3; panel 35, e5)
        return _marriage_deed_missing(turn, reading, couples[0])
    with_right = _named_with_a_right(turn, reading)
    if not with_right:  # art. 12bis is for family reunification only (panel 31, b1: a
        # mother on a humanitarian request was told of art. 12bis, §5-6)
        return _say_entries(turn, [(M.SIDE["dna_humanitarian"], _voice(turn, case[0][0]))])
    if _status(turn) == "belgian":
        return _say_items(turn, _items_of(turn, "documents", ("birth_certificate",)))
    tags = ("protected",) if _status(turn) in PROTECTED else ()
    message = M.lookup(M.SIDE, "no_certificate", tags)
    return _say_entries(turn, [(message, _where_voice(turn, reading, with_right))])


def _deed_missing(folded: str) -> bool:
    """A marriage deed, or its absence, named: "geen huwelijksakte", "officieel getrouwd ...
    maar akte is kwijt" (panel 71, h4)."""
    deed = _any(W.MARRIAGE_DEED_WORDS, folded) or _marriage_proof_named(folded)
    deed = deed or _any(W.NO_ADMINISTRATION, folded)
    married = _any(("getrouwd", "officieel", "huwelijk", "gemeente"), folded)
    return deed or (married and "akte" in folded)  # "officieel, op de gemeente in kinshasa.
    # maar de akte is weg" to the marriage question (panel 72, h3: the humanitarian text)


def _marriage_deed_missing(turn: Any, reading: Reading, couple: dict[str, Any]) -> bool:
    """Seed 000's three cases; an official marriage told: its own one, the other valid proofs
    ("officieel getrouwd in Herat 2010. maar akte is kwijt"; panel 71, h4)."""
    messages = [_deed_missing_official(couple)]
    if reading.marriage != "official" and couple["facts"].get("marriage") != "official":
        messages += [M.SIDE["marriage_deed_missing_religious"], M.SIDE["marriage_no_proof_at_all"]]
    return _say_entries(turn, [(message, _voice(turn, couple)) for message in messages])


def _deed_missing_official(couple: dict[str, Any]) -> Any:
    """Seed 000's other valid proofs, or, for a marriage after the arrival, seed 002's
    condition that the bond existed before it (panel 77, g2)."""
    after = couple["facts"].get("relationship_predates_arrival") is False
    return M.lookup(M.SIDE, "marriage_deed_missing_official", ("bond_after_arrival",) * after)


def _de_facto_partner_asked(case, reading: Reading) -> bool:
    partners = [e for e, _ in case if e["relationship"] == "partner"]
    couple_word = any(m.relationship in COUPLES for m in reading.mentions)
    return bool(partners) and (couple_word or "relatie" in _folded(reading))


def _b17(turn: Any, reading: Reading) -> bool:
    """ "je zei B17 heeft gevolgen bij verlenging. wat betekent dat?": seed 001 "Aan dergelijke
    toekenning worden dan meestal bijkomende voorwaarden verbonden (bijv. bewijs toereikende
    bestaansmiddelen bij de verlenging van het verblijfsrecht in België)" (panels 19, 22)."""
    return _say_entries(turn, [(M.ADVICE["b17_renewal"], _voice(turn, None))])


def _second_order(turn: Any, reading: Reading) -> bool:
    """ "wat bedoel je met humanitair visum in tweede orde?" (seed 000; panel 19, k1, l4)."""
    return _say_entries(turn, [(M.SIDE["second_order_explained"], _voice(turn, None))])


def _fee_if_married(turn: Any, reading: Reading) -> bool:
    """ "als we getrouwd zijn, moet hij dan ook betalen?": today's fee, then the spouse's of a
    protected sponsor (seed 002, art. 1/1, §2, 3°; panel 19, l1)."""
    from dialogue.answers import side_question

    side_question(turn, "ask_costs")
    partners = [p for p in turn.state["people"] if p["relationship"] in COUPLES]
    if partners and _status(turn) in PROTECTED:
        said = Answer(turn)
        said.entry(M.SIDE["fee_if_married"], _voice(turn, partners[0]))
        said.send()
    return True


def _travel_document(turn: Any, reading: Reading) -> bool:
    """ "wij hebben geen paspoort, alleen een kiezerskaart": the case's travel document and
    identity lines (seed 002), as for the question asked as such."""
    from dialogue.answers import side_question

    # "mijn zoon heeft geen paspoort": the sons' lines, not the wife's (panel 33)
    asked = asked_about(turn.state["people"], reading)
    has_one = _has_a_passport(turn.state["people"], reading)
    people = [p for p in asked if p not in has_one] or asked
    if _status(turn) == "asylum_seeker" and _after_recognition_asked(_folded(reading)):
        # "als ik erkend ben ... moet ze dan echt paspoort hebben?" (panel 58, h4)
        others = [p for p in turn.state["people"] if not p.get("self")]
        entries = [(M.SIDE["passport_after_recognition"], _voice(turn, (people or others)[0]))]
        return _say_entries(turn, entries) if people or others else False
    side_question(turn, "ask_travel_document", people)
    if re.search(r"\b(?:vervallen|verlopen|expired)\b", _folded(reading)):  # "mijn vrouw met
        # haar vervallen paspoort? is dat goed genoeg" (panel 84, i1: never said)
        _say_entries(turn, [(M.SIDE["expired_passport"], _voice(turn, None))])
    return True


# "papa heeft geen paspoort meer, mama wel": mama has one (panel 36, g4: the lines for a
# missing passport were said to mama)
_HAS_ONE = re.compile(
    r"^\s*(?:heeft (?:er )?)?wel(?: (?:een|1|een geldig|haar|zijn) paspoort)?\s*(?:[.,!?;]|$|en\b)"
)


def _has_a_passport(people: list[dict[str, Any]], reading: Reading) -> list[dict[str, Any]]:
    text = fold(reading.text)
    if " geen " not in f" {text} ":
        return []
    owners = [m for m in reading.mentions if _HAS_ONE.match(fold(reading.text[m.end :]))]
    female = W.FEMALE_WORDS  # "mijn moeder wel" of "mama" (review)
    return [p for m in owners for p in people if p["relationship"] == m.relationship
            and (p.get("word") in female) == (m.word in female)]  # fmt: skip


def _temporary_stay(turn: Any, reading: Reading) -> bool:
    """ "ik heb een studentenkaart": the seeds give no rule for a temporary stay; a
    humanitarian visum stays open (seed 000: "Uiteraard kunnen ook familieleden van andere
    derdelanders ... in aanmerking komen voor een humanitair visum"; panel 18, e5)."""
    if _status(turn) not in (None, "third_country_national", "temporary_stay"):
        return False  # "ik ben erkend vluchteling en ik studeer": the status is told
    if a_visa_for_another(f" {_folded(reading)} ") or another_studies(_folded(reading)):
        return False  # "zou Ivan niet beter een studentenvisum vragen?", "kan hij komen als
        # student?": his, not the writer's stay (panel 44, h4; panel 70, g4)
    rights = [e for e, r in _case(turn) if r.get("route") == FR]
    if _status(turn) == "third_country_national" and rights:  # "mijn A kaart is tijdelijk,
        turn.say("utter_side_temporary_stay_after_answer")  # mag ik dan wel?" after a right
        return True  # was said (panel 81, h4: "huh, eerst zei je dat ze recht hebben")
    adult = _adult_children_only(turn)
    if turn.state.get("writer") == "applicant":
        sponsor = turn.texts.sponsor_label(turn.state)
        name = "utter_side_temporary_stay" + ("_adult_child" if adult else "") + "_applicant"
        turn.say(name, sp=sponsor, Sp=capitalise(sponsor))
        return True
    if adult:
        values = _voice(turn, adult[0])._values()
        turn.say("utter_side_temporary_stay_adult_child", rel=values["rel"], Rel=values["Rel"])
        return True
    turn.say("utter_side_temporary_stay")
    return True


def _adult_children_only(turn: Any) -> list[dict[str, Any]]:
    """Everyone who asks is an adult child told no handicap (seed 000's "meerderjarige dochter
    of zoon van een derdelands ouder")."""
    people = turn.state["people"]
    adult = [
        p for p in people
        if p["relationship"] == "child" and (p.get("age") or 0) >= 18
        and p["facts"].get("disabled") is not True
    ]  # fmt: skip
    return adult if people and len(adult) == len(people) else []


ANSWERS = {
    "calendar": _calendar,
    "dna": _dna,
    "income": _income,
    "where": _where,
    "processing": _processing,
    "legalisation": _legalisation,
    "deadline": _deadline,
    "strengthen": _strengthen,
    "chance": _chance,
    "medical_paper": _medical_paper,
    "guardianship": _guardianship,
    "marry_again": _marry_again,
    "wait": _wait,
    "age_limit": _age_limit,
    "other_parent": _other_parent,
    "together": _together,
    "polygamy": _polygamy,
    "lease": _lease,
    "housing_space": _housing_space,
    "housing_waiting_list": _housing_waiting_list,
    "housing_needed": _housing_needed,
    "minor_at_asylum": _minor_at_asylum,
    "own_right": _own_right,
    "couple_age": _couple_age,
    "housing_later": _housing_later,
    "residence_period": _residence_period,
    "visit_then_stay": _visit_then_stay,
    "decided_after_limit": _decided_after_limit,
    "needs_analysis": _needs_analysis,
    "pregnancy_before_arrival": _pregnancy_before_arrival,
    "who_applies": _who_applies,
    "guardian_role": _guardian_role,
    "disability_meaning": _disability_meaning,
    "other_carer": _other_carer,
    "best_interests": _best_interests,
    "no_appointment": _no_appointment,
    "next_step": _next_step,
    "period_start": _period_start,
    "if_bond_recognised": _if_bond_recognised,
    "incomplete_file": _incomplete_file,
    "foster_family": _foster_family,
    "consent_form": _consent_form,
    "custody_question": lambda turn, reading: _custody_not_the_sponsors(turn),
    "born_after_arrival": lambda turn, reading: _born_after_arrival(turn),
    "child_without_mother": _child_without_mother,
    "couple_turns_21": _couple_turns_21,
    "living_together": _living_together,
    "like_a_refugee": _like_a_refugee,
    "no_common_children": _no_common_children,
    "married_after_arrival": _married_after_arrival,
    "not_married": _not_married,
    "parent_later": _parent_later,
    "year_enough": _year_enough,
    "marriage_visa": _marriage_visa,
    "before_21": _before_21,
    "papers_when_21": _papers_when_21,
    "registration_where": lambda turn, reading: _say_entries(
        turn, [(M.SIDE["registration_where"], _voice(turn, None))]
    ),
    "siblings_without_parents": _siblings_without_parents,
    "which_proof": _which_proof,
    "force_majeure": _force_majeure,
    "office": _office,
    "fca": _fca,
    "child_marries": _child_marries,
    "earlier_marriage": _earlier_marriage,
    "refused": _refused,
    "if_refused": _if_refused,
    "own_health": _own_health,
    "temporary_stay": _temporary_stay,
    "status_difference": _status_difference,
    "fee_if_married": _fee_if_married,
    "second_order": _second_order,
    "b17": _b17,
    "no_certificate": _no_certificate,
    "custody_proof": _custody_proof,
    "registration": _registration,
    "dependency": _dependency,
    "diplomas": _diplomas,
    "why_no_right": _why_no_right,
    "child_alone": _child_alone,
    "children_together": _children_together,
    "travel_document": _travel_document,
    "costs": _costs,
    "fee_why": _fee_why,
    "unborn": _unborn,
    "relationship_proof": _relationship_proof,
    "common_child": _common_child,
    "meeting_days": _meeting_days,
    "partnership_as_marriage": _partnership_as_marriage,
    "copy_of_a_deed": _copy_of_a_deed,
    "known_too_short": _known_too_short,
    "adopt_first": _adopt_first,
    "relative_works": _a_relatives_own_earnings,
    "cohabitation": _cohabitation,
    "consent_if_refused": _consent_if_refused,
    "who_can_help": _who_can_help,
    "other_carer_told": _other_carer_told,
    "official_marriage_supposed": _official_marriage_supposed,
    "lawyer_required": _lawyer_required,
    "after_recognition": _after_recognition,
    "wedding_photos": _wedding_photos,
    "cjeu_ruling": _cjeu_ruling,
    "asylum_file": _asylum_file,
    "disability_refused": _disability_refused,
    "language_test": _language_test,
}
