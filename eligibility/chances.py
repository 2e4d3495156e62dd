"""The chance scale of a humanitarian visa, in one place, with the words of the sources.

The scale follows the seed texts' own words:

- ``high``: "veel kans op slagen" (seed 000, minor siblings of an unaccompanied minor whose
  parents apply at the same time).
- ``medium``: the sources say the burden of proof is higher ("De bewijslast ligt hier wel
  hoger") or advise extra humanitarian elements ("Het is aangewezen om bijkomende humanitaire
  elementen aan te tonen"), or describe a specific path that "kan ... voldoende zijn".
- ``low``: "veel lager", "niet evident", "uitzonderlijk", "hoge bewijslast".
- ``very_low``: "bijzonder moeilijk", "nog onzekerder ... weinig tot geen praktijkervaring".
- ``unstated``: the sources describe the procedure and say nothing of its chance (the soft
  procedure of a protected sponsor's religiously married spouse).

Each situation below names its level, the quote that justifies it, the seed it comes from and
the legal source. Choices that interpret the sources (rather than quote a level) say so in
`why`; a lawyer should double-check those (see README).
"""

from __future__ import annotations

from dataclasses import dataclass

from eligibility import sources as S


@dataclass(frozen=True)
class ChanceRule:
    level: str
    quote: str
    seed: str
    why: str
    source: str = S.PRACTICE_DVZ_HUMANITARIAN


SITUATIONS: dict[str, ChanceRule] = {
    "sibling_minor_parents_applying": ChanceRule(
        "high",
        "Deze aanvraag heeft veel kans op slagen. Je hoeft in principe geen andere humanitaire "
        "elementen aan te tonen.",
        "000",
        "Quoted level: 'veel kans op slagen'.",
    ),
    "sibling_minor_half_or_step": ChanceRule(
        "medium",
        "Het is aangewezen om bijkomende humanitaire elementen aan te tonen wanneer je een "
        "minderjarige half- of stiefbroer of -zus bent ...",
        "000",
        "Extra humanitarian elements advised: one step below 'veel kans op slagen'.",
    ),
    "sibling_adult_parents_applying": ChanceRule(
        "medium",
        "De bewijslast ligt hier wel hoger.",
        "000",
        "Quoted: higher burden of proof than for minor siblings.",
    ),
    "sibling_parents_deceased_or_missing": ChanceRule(
        "low",
        "De kans op slagen is in dit geval veel lager. ... Het is niet evident om in deze "
        "situatie een humanitair visum te verkrijgen.",
        "000",
        "Quoted: 'veel lager', 'niet evident'.",
    ),
    "sibling_minor_parent_humanitarian": ChanceRule(
        "low",
        "Er kan immers niet verwacht worden dat jij als minderjarige alleen zou achterblijven "
        "zonder je ouders.",
        "000",
        "Interpretation: seed 000 describes minor siblings whose parents apply for family "
        "reunification ('veel kans op slagen') or do not come ('bijzonder moeilijk'); a minor "
        "who travels with a parent on a humanitarian visa of his own has at most that parent's "
        "chance (low: 'uitzonderlijke kwetsbaarheid' for a parent), not 'bijzonder moeilijk'.",
    ),
    "sibling_adult_parent_humanitarian": ChanceRule(
        "very_low",
        "Ook als jongvolwassen meerderjarige broer of zus ... De bewijslast ligt hier wel "
        "hoger. Ook hierbij is het belangrijk dat je jouw aanvraag gelijktijdig indient met de "
        "aanvraag gezinshereniging van je ouder(s) ...",
        "000",
        "Interpretation: seed 000 describes adult siblings beside parents who apply for family "
        "reunification ('bewijslast hoger'); beside a parent who asks a humanitarian visa "
        "himself (no right) the seed says nothing apart, and the sibling's chance is at most "
        "the parent's, so very_low.",
    ),
    "sibling_parents_alive_not_coming": ChanceRule(
        "very_low",
        "Wanneer je ouder(s) nog leven zal het bijzonder moeilijk zijn om een humanitair visum "
        "te verkrijgen ...",
        "000",
        "Quoted: 'bijzonder moeilijk'.",
    ),
    "sibling_adult_parents_not_coming": ChanceRule(
        "very_low",
        "Indien je ouders niet meekomen ... is het meestal moeilijk ... De kans op slagen is in "
        "dit geval veel lager.",
        "000",
        "Interpretation: the seed only describes adult siblings whose parents apply; an adult "
        "sibling without parents coming has at most the chance of a minor one, and none of the "
        "child-protection arguments, so very_low.",
    ),
    "adult_child": ChanceRule(
        "low",
        "Onder bepaalde bijzondere omstandigheden kunnen zij zich eventueel met u herenigen "
        "... In de praktijk wordt slechts uitzonderlijk een humanitair visum toegekend.",
        "001",
        "Quoted: 'slechts uitzonderlijk'.",
    ),
    "adult_child_with_minor_siblings": ChanceRule(
        "medium",
        "Het dossier is nog sterker ... Je hebt minderjarige broers en zussen die op hetzelfde "
        "ogenblik een aanvraag gezinshereniging indienen.",
        "000",
        "Interpretation: a family cell where some members have a right makes the file 'nog "
        "sterker'; rated one step above the base 'uitzonderlijk'.",
    ),
    "adult_child_not_alone": ChanceRule(
        "very_low",
        "Je humanitair visum heeft kans op slagen als je aantoont dat je ondanks je "
        "meerderjarigheid nog steeds deel uitmaakt van je oorspronkelijke kerngezin en dat je "
        "anders helemaal alleen en geïsoleerd achterblijft.",
        "000",
        "Interpretation: the chance rests on staying behind 'helemaal alleen en geïsoleerd'; "
        "an adult child told to live with the other parent, who stays, does not, so very_low "
        "whatever the siblings (panel 73, h5: 'kans redelijk' for a daughter of 19 with her "
        "father).",
    ),
    "elderly_parent_vulnerable": ChanceRule(
        "low",
        "Over het algemeen maakt dit enkel kans wanneer je een uitzonderlijke kwetsbaarheid "
        "kan aantonen.",
        "000",
        "Quoted: 'uitzonderlijke kwetsbaarheid'.",
    ),
    "elderly_parent_not_vulnerable": ChanceRule(
        "very_low",
        "Over het algemeen maakt dit enkel kans wanneer je een uitzonderlijke kwetsbaarheid "
        "kan aantonen.",
        "000",
        "Interpretation: 'enkel kans wanneer' a vulnerability is shown; without any shown, "
        "very_low.",
    ),
    "ascendant_own_means": ChanceRule(
        "low",
        "Zo kunnen in specifieke situaties met duidelijke banden met België (bijvoorbeeld als "
        "ouder of grootouder van een derdelander of Belg), in samenhang met voldoende eigen "
        "middelen van de aanvrager ... voldoende zijn voor een humanitair visum.",
        "000",
        "Interpretation: seed 000 says own means with ties 'kunnen ... voldoende zijn' in "
        "'specifieke situaties', and seed 001 of every humanitarian visa 'In de praktijk wordt "
        "slechts uitzonderlijk een humanitair visum toegekend': low, one step above a parent "
        "with neither means nor vulnerability (panel 124, l1 and z5: 'kans redelijk' for "
        "grandparents read as wrong against 'slechts uitzonderlijk').",
    ),
    "adoption_not_recognised": ChanceRule(
        "low",
        "DVZ past een hoge bewijslast toe.",
        "000",
        "Quoted: 'hoge bewijslast'.",
    ),
    "religious_marriage_common_child": ChanceRule(
        "low",
        "DVZ zal slechts uitzonderlijk een humanitair visum toekennen op basis van een bewezen "
        "feitelijke relatie. Hierbij vormt het bestaan van gemeenschappelijke kinderen vaak "
        "een cruciaal element.",
        "000",
        "Quoted: 'slechts uitzonderlijk'.",
    ),
    # seed 000's "soepelere procedure" for a protected sponsor's spouse whose religious or
    # customary marriage is not official: a family reunification request, handled by the
    # family reunification bureau, a B17 visa if granted. The seed gives no chance for it; its
    # "slechts uitzonderlijk" is that of "Feitelijke partners", who "geen enkel bewijs kan
    # voorleggen van je reeds bestaande huwelijksband" (panels 85 to 92: "kans klein" read as
    # wrong by every helper who met it, "kans redelijk" as overstated in panels 75 and 78)
    "religious_marriage_soft": ChanceRule(
        "unstated",
        "Als je de echtgeno(o)t(e) bent van een erkend vluchteling of subsidiair beschermde wiens "
        "huwelijk niet geldt als officieel huwelijk, dan stellen we in de praktijk een "
        "soepelere procedure vast. ... De relatie kan dan aangetoond worden aan de hand van "
        "concrete feitelijke bewijzen of bijvoorbeeld het bestaan van gemeenschappelijke "
        "kinderen.",
        "000",
        "Quoted: the procedure, with no level; the chance is left unsaid.",
    ),
    # the soft procedure asks nothing more: the children not known yet (panel 78, g2)
    "religious_marriage_children_unknown": ChanceRule(
        "low",
        "DVZ zal slechts uitzonderlijk een humanitair visum toekennen op basis van een bewezen "
        "feitelijke relatie. Hierbij vormt het bestaan van gemeenschappelijke kinderen vaak "
        "een cruciaal element.",
        "000",
        "Quoted: 'slechts uitzonderlijk'; whether there are common children is not known.",
    ),
    "religious_marriage_no_common_child": ChanceRule(
        "very_low",
        "De slaagkansen zijn nog onzekerder ... als er geen gemeenschappelijke kinderen zijn. "
        "... Hierover is weinig tot geen praktijkervaring.",
        "000",
        "Quoted: 'nog onzekerder', 'weinig tot geen praktijkervaring'.",
    ),
    # a second wife beside the one who comes by family reunification (panel 40/41, g1)
    "polygamous_second_spouse": ChanceRule(
        "very_low",
        "In de praktijk wordt slechts uitzonderlijk een humanitair visum toegekend.",
        "001",
        "Quoted: 'slechts uitzonderlijk' (seed 001's general humanitarian practice); no seed "
        "speaks of a second wife's chance.",
    ),
    "de_facto_partner": ChanceRule(
        "very_low",
        "De slaagkansen zijn nog onzekerder als er helemaal geen huwelijk is (bijvoorbeeld enkel "
        "een verloving) ... Hierover is weinig tot geen praktijkervaring.",
        "000",
        "Quoted: 'nog onzekerder', 'weinig tot geen praktijkervaring'.",
    ),
    "de_facto_partner_strengthened": ChanceRule(
        "low",
        "Hierbij vormt het bestaan van gemeenschappelijke kinderen vaak een cruciaal element. "
        "... Hierbij is het van belang om deze onmogelijkheid aan te tonen.",
        "000",
        "Interpretation: a common child or a proven impossibility to marry lifts the case out "
        "of 'weinig tot geen praktijkervaring' to 'slechts uitzonderlijk'.",
    ),
    "second_order": ChanceRule(
        "low",
        "In uitzonderlijke gevallen is het ook aan te raden om bij een aanvraag voor een visum "
        "gezinshereniging in tweede orde een humanitair visum te vragen.",
        "000",
        "Quoted: 'uitzonderlijke gevallen'.",
    ),
    "best_interests_child": ChanceRule(
        "low",
        "... zou dit uitzonderlijk kunnen op grond van een voorlopige verblijfsvergunning "
        "(art. 9 en 13 - humanitair visum).",
        "001",
        "Quoted: 'uitzonderlijk'.",
        S.ART_12BIS_7,
    ),
    "family_of_asylum_seeker": ChanceRule(
        "low",
        "Uiteraard kunnen ook familieleden van andere derdelanders of familieleden van Belgen "
        "in aanmerking komen voor een humanitair visum. ... In de praktijk wordt slechts "
        "uitzonderlijk een humanitair visum toegekend.",
        "000",
        "Quoted: 'slechts uitzonderlijk' (seed 001). Interpretation: a sponsor whose asylum "
        "procedure runs is one of the 'andere derdelanders' of seed 000.",
    ),
    "other_relative": ChanceRule(
        "low",
        "In bepaalde bijzondere omstandigheden zouden zij een machtiging tot verblijf in België "
        "om humanitaire redenen kunnen aanvragen. ... In de praktijk wordt slechts uitzonderlijk "
        "een humanitair visum toegekend.",
        "001",
        "Quoted: 'slechts uitzonderlijk'.",
    ),
}
# a temporary resident (a student) is one of seed 000's "andere derdelanders" too
SITUATIONS["family_of_temporary_resident"] = SITUATIONS["family_of_asylum_seeker"]


def chance_for(situation: str) -> ChanceRule:
    return SITUATIONS[situation]
