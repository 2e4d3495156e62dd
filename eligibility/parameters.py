"""Law as data: every age, period, amount and country list the rules use.

Each parameter is a small frozen record with its `value`, the legal `reference` it comes from
and the date `since` which it holds. A change in the law is a one-line change here (and a test).
Where the exact date of entry into force is not known from the sources, a conservative date is
used and the comment says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Generic, TypeVar

from eligibility import sources as S

T = TypeVar("T")


@dataclass(frozen=True)
class Parameter(Generic[T]):
    value: T
    reference: str
    since: date


# Law of 8 July 2011 (reform of family reunification), in force 22 September 2011.
_REFORM_2011 = date(2011, 9, 22)

# --- Ages -----------------------------------------------------------------------------
MAJORITY_AGE = Parameter(18, S.ART_10, _REFORM_2011)
SPOUSE_MIN_AGE = Parameter(21, S.ART_10_1_4, _REFORM_2011)
SPOUSE_MIN_AGE_MARRIAGE_BEFORE_ARRIVAL = Parameter(18, S.ART_10_1_4, _REFORM_2011)
PARTNER_MIN_AGE = Parameter(21, S.ART_10_1_5, _REFORM_2011)
PARTNER_MIN_AGE_COHABITATION_BEFORE_ARRIVAL = Parameter(18, S.ART_10_1_5, _REFORM_2011)
# Seeds do not state the Belgian spouse age; art. 40ter, §2 (law of 8 July 2011). Lawyer check.
BELGIAN_SPOUSE_MIN_AGE = Parameter(21, S.ART_40TER_2, _REFORM_2011)
BELGIAN_DESCENDANT_AGE_LIMIT = Parameter(21, S.ART_40BIS_2_3, _REFORM_2011)
# Validation bound (not law): an age above this is absurd input.
MAX_PLAUSIBLE_AGE = Parameter(130, "validatie (geen wetsregel)", date(1980, 12, 15))
# Validation bound (not law): to derive a fact instead of asking it, the module assumes that an
# asylum procedure (application to recognition) takes at most this many years. The seeds give
# no maximum; a longer procedure is not assumed. Used only to decide that a sponsor (or child)
# cannot have been a minor at the asylum application: "41 now, recognised this year" is
# derived, "19 now, recognised this year" is still asked.
MAX_ASYLUM_PROCEDURE_YEARS = Parameter(
    10,
    "validatiegrens (geen wetsregel): asielprocedure niet langer verondersteld",
    date(1980, 12, 15),
)

# --- Periods (months) -----------------------------------------------------------------
FAVOURABLE_PERIOD_MONTHS = Parameter(12, S.ART_10_2_FAVOURABLE, _REFORM_2011)
# Whom the favourable period does NOT cover. Seed 003 gives the exemption from means, housing
# and insurance to "Het minderjarige kind van een vreemdeling aan wie België de
# vluchtelingenstatus ... heeft toegekend" ("wanneer de afstamming van de aanvrager vóór zijn
# aankomst in België werd vastgesteld en het verzoek ... binnen het jaar (12 maanden) na de
# erkenning"); seed 002's favourable conditions are for those who "vraagt de gezinshereniging
# aan": "De echtgenoot of de gelijkgestelde partner; De wettelijke partner; Een minderjarig
# kind; De vader of de moeder van een minderjarige beschermde vreemdeling". No seed gives them
# to the disabled adult child (art. 10, §1, 6°): seed 001 names his own conditions (panel 37,
# h3: "Vrijgesteld" said of a son of 25).
FAVOURABLE_PERIOD_NOT_FOR = Parameter(
    ("disabled_adult_child",), S.ART_10_2_FAVOURABLE, _REFORM_2011
)
# Whom no material condition is asked at all: art. 10, §2, second and third paragraphs ask a
# home, a health insurance and the means of "de in § 1, eerste lid, 4° tot 6° bedoelde
# vreemdelingen", not of the parents of an unaccompanied minor (7°). No seed names material
# conditions for the parents (seed 001 names only "dat de NBMV jonger is dan achttien jaar en
# het Rijk binnengekomen is zonder begeleiding"): from the law, said as such (panel 66, k5:
# "binnen 12 maanden" of the favourable period told to the parents of a boy of 16).
MATERIAL_CONDITIONS_NOT_FOR = Parameter(
    ("parent_of_unaccompanied_minor", "parent_of_former_unaccompanied_minor"),
    S.ART_10_2_MATERIAL,
    _REFORM_2011,
)
ADULT_CHILD_REQUEST_MONTHS = Parameter(12, S.CJEU_C279_20, date(2022, 8, 1))
# The retribution (art. 1/1) applies since 2 March 2015; date of the 3-month rule not in the
# seeds: conservative use of that date.
PARENT_FEE_EXEMPTION_MONTHS = Parameter(3, S.ART_1_1_FEE, date(2015, 3, 2))
PARENTS_OF_FORMER_MINOR_REQUEST_MONTHS = Parameter(3, S.CJEU_C550_16, date(2018, 4, 12))
PARTNER_PRIOR_COHABITATION_MONTHS = Parameter(12, S.ART_10_1_5, _REFORM_2011)
STABLE_COHABITATION_MONTHS = Parameter(12, S.ART_10_1_5, _REFORM_2011)
STABLE_ACQUAINTANCE_MONTHS = Parameter(24, S.ART_10_1_5, _REFORM_2011)
STABLE_MEETINGS_MIN = Parameter(3, S.ART_10_1_5, _REFORM_2011)
STABLE_MEETINGS_TOTAL_DAYS = Parameter(45, S.ART_10_1_5, _REFORM_2011)
STABLE_MEETINGS_WINDOW_MONTHS = Parameter(24, S.ART_10_1_5, _REFORM_2011)
DEPENDENCY_BANK_STATEMENT_MONTHS = Parameter(6, S.ART_40TER_2, _REFORM_2011)
MEANS_EVIDENCE_PREFERRED_MONTHS = Parameter(12, S.ART_40TER_2, _REFORM_2011)
PRIVATE_INSURANCE_MIN_MONTHS = Parameter(3, S.ART_40TER_2, _REFORM_2011)

# --- Amounts (EUR) --------------------------------------------------------------------
# Amount as stated in seed 004; it is indexed. Date of this indexed amount unknown:
# conservative date 1 January 2024.
REFERENCE_INCOME_EUR_PER_MONTH = Parameter(Decimal("1555.09"), S.ART_40TER_2, date(2024, 1, 1))
PRIVATE_INSURANCE_MIN_EUR = Parameter(30000, S.ART_40TER_2, _REFORM_2011)
# Fines are imposed in practice since 1 September 2016 (KB 17.4.2016); conservative date.
ADMINISTRATIVE_FINE_EUR = Parameter(200, S.ART_41_4, date(2016, 9, 1))

# --- Procedure ------------------------------------------------------------------------
# Minimum documents for the acceptance of an incomplete file (seed 002); date unknown:
# conservative date of the seed's legal framework (law of 8 July 2011).
MIN_DOCUMENTS_FOR_ACCEPTANCE = Parameter(4, S.PRACTICE_DVZ_ACCEPTANCE, _REFORM_2011)
NO_TRANSLATION_LANGUAGES = Parameter(
    ("Nederlands", "Frans", "Duits", "Engels"), S.PRACTICE_LEGALISATION, _REFORM_2011
)

# --- Countries ------------------------------------------------------------------------
# Registered partnership "gelijkgesteld met het huwelijk" (art. 12 KB 17 mei 2007).
# Each entry: ISO code, Dutch name, other accepted spellings.
EQUIVALENT_PARTNERSHIP_COUNTRIES = Parameter(
    (
        ("DK", "Denemarken", ("denmark", "danmark")),
        ("DE", "Duitsland", ("germany", "deutschland", "allemagne")),
        ("FI", "Finland", ("suomi", "finlande")),
        ("IS", "IJsland", ("iceland", "ijsland", "island", "islande")),
        ("NO", "Noorwegen", ("norway", "norge", "norvege", "norvège")),
        ("GB", "Verenigd Koninkrijk", ("united kingdom", "uk", "groot-brittannie", "royaume-uni")),
        ("SE", "Zweden", ("sweden", "sverige", "suede", "suède")),
    ),
    S.KB_2007_ART_12,
    date(2007, 5, 17),
)


def equivalent_partnership_country(country: str) -> bool:
    """True when `country` (ISO code, Dutch or common name) is on the art. 12 KB list."""
    needle = country.strip().casefold()
    for code, dutch, others in EQUIVALENT_PARTNERSHIP_COUNTRIES.value:
        names = {code.casefold(), dutch.casefold(), *(o.casefold() for o in others)}
        if needle in names:
            return True
    return False
