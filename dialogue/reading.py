"""Reading one user message: which person each fact belongs to, by explicit evidence.

Input is Rasa's parse data (text, intent, entities with character offsets); output a
`Reading`: the relatives named (with their owner, count and context), each age attached to
the person its clause is about, the writer's own age, the sponsor's status and date, and the
cues that matter for the dialogue (yes/no, correction, restart, helper, applicant writing).
Nothing here decides what to store: `dialogue.facts` does that with the conversation state.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from dialogue import words as W
from dialogue.intents import FAQ_INTENTS
from eligibility.parameters import MAJORITY_AGE
from privacy.redact import find_identifiers
from samen_rasa.nlu.dutch_dates import MONTH_WORDS, parse_date
from samen_rasa.nlu.folding import fold

_WORD = re.compile(r"[\w'’]+", re.UNICODE)
# clause boundaries: sentence marks, and commas / conjunctions not followed by a number
# ("mama is 44 en papa 50" splits, "kinderen (4, 9 en 17)" does not)
_BOUNDARY = re.compile(
    r"[.!?;\n]+|,\s*(?!\s*\d)"
    r"|\s(?:en|maar|want|omdat|terwijl|and|et|mais|but)\s(?!\s*\d)(?!belgi|europe)"
    # Flemish "ma" is "maar", not "mijn ma" (panel 108, n5: "mijn ma | is belg" two clauses)
    r"|(?<!mijn)(?<!m'n)(?<!\bmn)(?<!zijn)(?<!z'n)(?<!haar)(?<!onze)(?<!ons)(?<!\bde)"
    r"\sma\s(?!\s*\d)(?!belgi|europe)",
    re.IGNORECASE,
)


@dataclass
class Token:
    text: str  # folded
    start: int
    end: int


@dataclass
class Age:
    years: int
    months: int | None = None
    approximate: bool = False
    start: int = 0
    turning: int | None = None  # "wordt 18 in maart": 17 now, turning 18
    named: bool = False  # "priya is 31": of someone named, not the writer
    name: str | None = None  # that first name, "priya"


@dataclass
class Mention:
    relationship: str
    word: str
    start: int
    end: int
    clause: int
    owner: str = "writer"  # writer | third | bare
    count: int = 1
    context: str | None = None  # deceased | in_belgium | hearsay | third_party
    is_sponsor: bool = False
    topic: bool = False
    ages: list[Age] = field(default_factory=list)
    disabled: bool = False
    common: bool = False  # "onze kinderen": children of the couple
    selector: bool = False  # "de oudste": one of a group already named
    minor_at_asylum: bool | None = None  # "was nog 17 toen ik asiel aanvroeg"
    modifier: bool = False  # "de vader van [het meisje]": only says whose; never a new person
    siblings_child: bool = False  # "de zoon van mijn zus", told with a child's word
    qualifier: str | None = None  # "eerste", "tweede": tells two wives apart
    another: bool = False  # "ook nog een dochter", "mijn derde kind": one more, not a known one
    count_guessed: bool = False  # "mijn kinderen": two, unless ages say how many (panel 7, n4)
    only: bool = False  # "ik heb maar 1 kind": no more of them than `count` (panel 9)
    of_an_ex: bool = False  # "een dochter van mijn eerste man": no common child (panel 14)
    # the partner abroad writes "mijn man heeft ook een dochter van 15 bij zijn ex vrouw": the
    # sponsor's child, not hers (panel 27, b5: "je dochter", asked if common, then a second)
    of_the_sponsors_ex: bool = False
    # "een zoon van 13 van de vrouw uit haar eerste huwelijk", "die is van zijn vrouw": the
    # partner's child (panel 27, a2: counted as the client's own, and twice)
    of_the_partner: bool = False
    # the possessive of a third person before the word ("haar zoon"): whose, by gender
    possessive: str | None = None
    # the message says, after the word, that someone comes ("... kan hij ook mee komen?"):
    # a host or carer named before may come after all (panel 29, a2)
    coming: bool = False
    # in Belgium only by "hier"/"bij mij" with no Belgian place: abroad when the relative
    # abroad writes ("mijn broertje woont ook hier bij mij"; panel 23, v5)
    here_only: bool = False
    # "kleine zoon", "jongste broer": a younger one, never the grown relative in Belgium named
    # with the same word (panel 23, v2: the sponsor "zoon" of 18 became 12)
    little: bool = False
    # "als mijn dochter 18 wordt voor ...": the one about to turn 18 (panel 46, g1: the word
    # went to the girl of 6 in focus)
    turning_adult: bool = False
    missing: bool = False  # context "deceased" of someone missing, not dead ("is weg sinds")
    # a bare "de vader" (a child's other parent unless facts finds a minor client's own) that
    # "komt niet mee" or "blijft in Guinee": not coming when he is the client's (panel 72, g2)
    stays_away: bool = False
    without: bool = False  # "Kan de mama komen zonder de papa?": never one who comes (panel 73)
    supposed: bool = False  # in a sentence of "stel dat", "als": a supposition (panel 74, g1)
    not_about: bool = False  # "het gaat niet om haar ouders": taken out (panel 99, u2)
    # here only because her income is asked about: "mijn vrouw heeft werk en eigen geld. is dat
    # slecht?" is the wife abroad when she is already one who comes (panel 77, g5)
    earns_only: bool = False


@dataclass
class Reading:
    text: str
    intent: str | None
    mentions: list[Mention] = field(default_factory=list)
    writer_ages: list[Age] = field(default_factory=list)
    client_ages: list[Age] = field(default_factory=list)  # "mijn cliënt is 15 (jaar)"
    pronoun_ages: list[tuple[str, Age]] = field(default_factory=list)
    loose_ages: list[Age] = field(default_factory=list)
    unborn: bool = False  # "ze is zwanger": a child on the way (W.UNBORN_CUES)
    negated_numbers: list[int] = field(default_factory=list)
    status: str | None = None
    date: dict[str, Any] | None = None
    other_day: bool = False  # a date was told, but of something else (birth, arrival, ...)
    statuses: list[str] = field(default_factory=list)  # every status told, in order
    marriage: str | None = None
    # each marriage told with the spouse named last before it: [(age of that wife, value)]
    # ("esther is 41, officieel getrouwd, en mireille is 33, traditioneel"; panel 19, l5)
    marriages_by_age: list[tuple[int, str]] = field(default_factory=list)
    custody: str | None = None
    consent_refused: bool = False  # "haar ex wil nu toch niet tekenen" (panel 31, a2)
    no_custody_judgment: bool = False  # "er is geen vonnis of zo" (panel 33, a2)
    custody_judgment: bool = False  # "er is een vonnis" (panel 124, q2)
    writer_guardian: bool = False  # "ik ben zijn voogd", "heeft mij voogd gemaakt" (seed 000)
    later_request_asked: bool = False  # "kan in januari nog?" (panel 34, d3)
    marriage_proof_lost: bool = False  # "het papier van de kerk is kwijt" (panels 37-38, h1)
    works: bool = False  # "ik werk hier", "met arbeidskaart" (panel 34, c4)
    student: bool = False  # "ik ben student" (panel 27, b3)
    not_yet_divorced: bool = False  # "ze is op papier nog getrouwd met haar ex" (panel 32, c2)
    disability: bool = False
    disability_at: list[int] = field(default_factory=list)  # where the handicap is named
    disability_denied_at: list[int] = field(default_factory=list)  # "neef heeft geen handicap"
    yes_no: bool | None = None
    helper: bool = False
    not_helper: bool = False  # "ik ben geen cliënt, het gaat over mij"
    not_coming_pronoun: str | None = None  # "hij moet niet komen": the one asked about
    divorced: bool = False  # "ik ben gescheiden" (no partner named)
    alone: bool = False  # "ik ben alleenstaande moeder", "ik ben weduwe": no partner
    stepparent: bool = False  # "hij is zijn stiefvader", "niet de papa van mijn zoon"
    status_of_another: bool = False  # "ze is hier met verblijfskaart": a third person's status
    applicant_writer: bool = False
    correction: bool = False
    not_married: bool = False  # "we zijn nog niet getrouwd, ze is mijn vriendin" (no rite named)
    restart: bool = False
    not_understood: bool = False
    help: bool = False
    on_behalf: bool = False
    baby: bool = False
    before_arrival: bool = False
    born_after_arrival: bool = False
    married_after_arrival: bool = False  # "ik was al in belgie toen we trouwden" (panel 73)
    # "ze zijn allebei van ons twee", "alle 4 van ons samen": every child is the couple's
    # (panel 23, v1, s5: asked again for each child)
    common_all: bool = False
    born_after_selector: str | None = None  # "de jongste is geboren na mijn aankomst"
    unknown: bool = False  # "dat weet ik niet"
    unaccompanied: bool = False  # the sponsor came alone as a minor
    uam_cue: bool = False  # words of coming alone as a minor, of whoever (W.UAM_CUES)
    writer_minor_at_asylum: bool | None = None  # "ik was 17 toen ik asiel vroeg"
    # "toen mijn vader asiel aanvroeg was ik al 18": the writer abroad at the sponsor's request
    writer_minor_at_sponsors_asylum: bool | None = None
    dependent: bool = False  # "ik betaal alles voor hem"
    partnership: str | None = None  # legally_registered | none (registered partnership)
    partnership_country: str | None = None
    majority_days: list[tuple[int, int, int | None]] = field(default_factory=list)  # "op 9 jan"
    majority_years: list[tuple[int, int]] = field(default_factory=list)  # "in augustus 2028"
    birth_dates: list[dt.date] = field(default_factory=list)  # "geboren op 20 januari 2009"
    pronoun_minor_at_asylum: tuple[str, bool] | None = None  # "hij was 17 toen ik asiel vroeg"
    # "omar was 17 toen ik asiel vroeg": the first name, whether a minor then, and (after
    # correct_by_first_name) the age told with that name before
    named_minor_at_asylum: tuple[str, bool, int | None] | None = None
    carer_named: bool = False  # a relative named in a question about the file (panel 27, b4)
    step_correction: str | None = None  # "niet mijn zoon, de zoon van mijn man": "zoon"
    own_child: bool = False  # "het is zijn eigen zoon": no stepchild (W.OWN_CHILD_CUES)
    asks_registration: bool = False  # "als we wettelijk samenwonen, kan ze dan ...?"
    date_instead: str | None = None  # "de datum is 21 augustus niet 12": "21 augustus"
    lgbtiq: bool = False  # "erkend omdat ik homo ben": seed 000's persecution ground
    # a first name told right after a person ("mijn dochter Lina") and used again ("Lina wordt
    # 18"): name -> that mention; None for the sponsor of "ik ben de oma van Dawit". Only
    # within this message: names are never stored.
    aliases: dict[str, Mention | None] = field(default_factory=dict)
    # first names right after a relative's word ("mijn dochter esther"): by the mention's start
    names: dict[int, str] = field(default_factory=dict)
    writer_role: Mention | None = None  # "ik ben de oma van Dawit": the writer's own role
    helper_by_intro: bool = False  # "ik schrijf voor mijn zoon": maybe his mother, not a helper
    # "mijn nonkel ... is nederlander": (relationship, word) of that relative (panel 111, u5)
    status_of_a_relative: list[tuple[str, str]] = field(default_factory=list)
    # "het is eigenlijk geen adoptie": the children told as adopted are taken in de facto
    not_adopted: bool = False
    adopted_told: bool = False  # "papa heeft hem geadopteerd": a relative told before, adopted
    helper_word: str | None = None  # "ik schrijf voor mijn broer": the helper's word for him
    sponsor_ages: list[Age] = field(default_factory=list)  # "dawit is 16" of that sponsor

    @property
    def applicants(self) -> list[Mention]:
        return [m for m in self.mentions if m.context is None and not m.is_sponsor]

    @property
    def has_facts(self) -> bool:
        return bool(
            self.applicants
            or self.writer_ages
            or self.status
            or self.date
            or self.marriage
            or self.custody
            or self.pronoun_ages
            or self.not_coming_pronoun
            or self.divorced
            or self.disability_denied_at
            or any(m.context in ("ex", "not_coming") or m.stays_away for m in self.mentions)
            # "ja maar er is ook nog zijn zoon, 11 jaar": a social worker's (or the partner's)
            # "zijn zoon" is an applicant there, never lost to the "ja" (panel 22, q3)
            or any(m.context == "third_party" and m.ages for m in self.mentions)
            # "ok eerlijk ... getrouwd op 3 augustus 2026": a marriage's day, never a "ja" to
            # the read-back (panel 111, u4: a wife married after the arrival given a right)
            or self.married_after_arrival
            or bool(_MARRIED_IN_YEAR.search(fold(self.text)))
        )


def written_in_english(text: str) -> bool:
    """Three or more English words (W.ENGLISH_WORDS), a third of the message or more."""
    words = re.findall(r"[a-z]+", fold(text))
    english = sum(1 for word in words if word in W.ENGLISH_WORDS)
    return english >= 3 and english * 3 >= len(words)


def tokens(text: str) -> list[Token]:
    return [Token(fold(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


def clause_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _BOUNDARY.finditer(text)]


def clause_of(position: int, starts: list[int]) -> int:
    index = 0
    for i, start in enumerate(starts):
        if position >= start:
            index = i
    return index


def clause_text(folded: str, starts: list[int], index: int) -> str:
    end = starts[index + 1] if index + 1 < len(starts) else len(folded)
    return f" {folded[starts[index] : end]} "


def _entities(message: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """The message's entities of one kind in text order; one inside another of the same kind
    is left out ("oudste" within "oudste zoon" made a third son; panel 19, k2)."""
    found = [e for e in message.get("entities") or [] if e.get("entity") == name]
    found = [e for e in found if not any(_within(e, other) for other in found if other is not e)]
    return sorted(found, key=lambda e: e.get("start") or 0)


_QUOTE = re.compile(r"(?:^|(?<=\s))['\"‘“]([^'\"’”]{3,200})['\"’”](?=[\s.,!?;:)]|$)")


# "alleen het burgerlijk huwelijk telt, dus da religieus huwelijk is daar ni officieel"
# (round 122, t3): a civil marriage named as the rule, not as theirs
_NOT_OFFICIAL_TOLD = re.compile(r"\b(?:niet|nie|ni|geen|nooit)\s+(?:\w+\s+)?officie\w*")


def _official_denied(text: str, entity: dict[str, Any]) -> bool:
    """ "da religieus huwelijk is daar ni officieel" (round 122, t3: "officieel getrouwd")."""
    if entity.get("value") != "official":
        return False
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    return bool(_NOT_OFFICIAL_TOLD.search(fold(text[max(0, start - 12) : end])))


def _quoted(text: str, entity: dict[str, Any]) -> bool:
    """The entity is inside quoted words ("Ge zegt 'nakijken of het huwelijk officieel geldt
    ...'": the bot's words, not the user's fact; round 119, u2)."""
    start = int(entity.get("start") or 0)
    return any(m.start(1) <= start < m.end(1) for m in _QUOTE.finditer(text))


def _within(entity: dict[str, Any], other: dict[str, Any]) -> bool:
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    other_start, other_end = int(other.get("start") or 0), int(other.get("end") or 0)
    return other_start <= start and end <= other_end and (end - start) < (other_end - other_start)


def _words_before(toks: list[Token], start: int, count: int) -> list[str]:
    before = [t.text for t in toks if t.end <= start]
    return before[-count:]


def _words_after(toks: list[Token], end: int, count: int) -> list[str]:
    return [t.text for t in toks if t.start >= end][:count]


def _married_after_arrival(folded: str) -> bool:
    """A sentence that says the couple married after the writer came, or a marriage and right
    after it "ik was toen al in belgie" (panel 78, g2)."""
    sentences = re.split(r"[.!?;\n]", folded)
    pairs = [
        f"{a} {b}" for a, b in zip(sentences, sentences[1:], strict=False) if " toen " in f" {b} "
    ]
    return any(
        any(m in sentence for m in W.MARRIED) and any(a in sentence for a in W.AFTER_ARRIVAL)
        and not any(b in sentence for b in W.BORN)
        for sentence in sentences + pairs
    ) or _years_say_married_later(folded)  # fmt: skip


_MARRIED_IN_YEAR = re.compile(r"\bgetrouwd\b[^.?!]{0,30}?\b((?:19|20)\d\d)\b")
_CAME_IN_YEAR = re.compile(
    r"\b(?:ik|we|wij)\s+(?:ben|zijn|kwam|kwamen)\b[^.?!]{0,15}?\bin ((?:19|20)\d\d)\b"
    r"[^.?!]{0,25}\b(?:gekomen|aangekomen|naar (?:hier|belgie))\b"
)


def _years_say_married_later(folded: str) -> bool:
    """ "getrouwd zijn we pas in mei 2026. ik ben in 2024 naar hier gekomen": the marriage's
    year after the arrival's (panel 93, o4: "Sorry, dat begreep ik niet goed")."""
    married, came = _MARRIED_IN_YEAR.search(folded), _CAME_IN_YEAR.search(folded)
    if came and _MARRIED_THIS_YEAR.search(folded):  # "getrouwd zijn we pas in mei dit jaar ...
        return True  # ik ben in 2024 naar belgie gekomen" (panel 96, o4)
    return bool(married and came) and int(married.group(1)) > int(came.group(1))


_MARRIED_THIS_YEAR = re.compile(r"\bgetrouwd\b[^.?!]{0,25}\bpas\b[^.?!]{0,20}\bdit jaar\b")


def _born_after_arrival(folded: str) -> bool:
    """A sentence that says a child was born after the writer came ("geboren nadat ik ...");
    not one born after the writer fled, which may be before the arrival in Belgium (panel 91,
    n2: "geboren na dat ik gevlucht ben" told "De band ... ontstond pas na de aankomst")."""
    return any(
        any(b in sentence for b in W.BORN)
        and any(a in sentence for a in W.AFTER_ARRIVAL)
        and not only_the_flight(sentence)
        for sentence in re.split(r"[.!?;\n]", folded)
    )


_FLED = re.compile(
    r"\b(?:gevlucht|gevlucht ben|vluchtte|weggevlucht|op de vlucht|weg was|weg ging|wegging|"
    r"vertrok|vertrokken|weg uit)\b"  # "geboren na dat ik weg was uit irak" (panel 95, n2)
)
_ARRIVED = re.compile(r"\b(?:belgie|hier|aankomst|aangekomen|aankwam|kwam|gekomen|komst)\b")


def only_the_flight(sentence: str) -> bool:
    return bool(_FLED.search(sentence)) and not _ARRIVED.search(sentence)


_BORN_PRONOUN = re.compile(r"\b(zij|ze|hij)\s+(?:is|werd)\s+(?:\w+\s+)?geboren\b")


def _born_after_only_selected(reading: Reading, folded: str) -> None:
    """ "mijn kinderen zijn 14, 10 en 2. de jongste is geboren na mijn aankomst": only the
    youngest was born after the arrival (panel 22, q1: all three lost the exemption)."""
    for sentence in re.finditer(r"[^.!?;\n]+", folded):
        text = sentence.group(0)
        if not (any(b in text for b in W.BORN) and any(a in text for a in W.AFTER_ARRIVAL)):
            continue
        selector = next((w for w in W.AGE_SELECTORS if w in text), None)
        told = _BORN_PRONOUN.search(text)  # "mijn zoon is 7 en mijn dochter is 2, zij is
        if not selector and told:  # geboren nadat ik naar belgie kwam" (panel 105, k4)
            selector = f"pronoun:{'hij' if told.group(1) == 'hij' else 'zij'}"
        if selector:
            reading.born_after_selector = selector
            reading.born_after_arrival = False  # not every child of the message


def _has(phrases: tuple[str, ...] | frozenset[str], text: str) -> bool:
    return any(f" {p}{end}" in text for p in phrases for end in (" ", ",", ".", "?", "!"))


# "de dochter van mijn (overleden) zus": a niece, told by her parent
_OF_MY_SIBLING = re.compile(
    r"^\s+van\s+(?:mijn|m'n|mn|onze)\s+(?:(?:overleden|oudste|jongste|oudere|jongere|kleine|"
    r"grote|andere)\s+)*(?:zus|zuster|zusje|broer|broertje)\b"
)


def _a_siblings_child(reading: Reading, folded: str) -> None:
    """ "de dochter van mijn zus": the writer's niece, who may come, not a child of the writer's;
    right after "mijn nichtje, ayaan." it is the niece told again (panel 91, n5: "Bestond de band
    met je dochter al ...?" to an aunt). Her parent only says whose child she is."""
    for index, mention in enumerate(reading.mentions):
        of_my_sibling = _OF_MY_SIBLING.match(folded[mention.end :])
        if mention.relationship != "child" or not (
            of_my_sibling or _my_siblings(reading.mentions[:index], mention)
        ):
            continue
        female = mention.word in W.FEMALE_WORDS
        mention.relationship, mention.word = "other_relative", W.SIBLINGS_CHILD[female]
        mention.owner, mention.siblings_child = "writer", True
        earlier = reading.mentions[index - 1] if index else None
        gap = folded[earlier.end : mention.start] if earlier else ""
        if earlier and earlier.relationship == "other_relative" and len(gap) < 25:
            mention.context = "same"


def _my_siblings(earlier: list[Mention], mention: Mention) -> bool:
    """ "mijn zus is overleden en haar dochtertje zit alleen in mogadishu": the sister's
    daughter (panel 91, n5: "Sorry, dat begreep ik niet goed")."""
    if mention.owner != "third" or not earlier or earlier[-1].relationship != "sibling":
        return False
    sibling = earlier[-1]
    female = sibling.word in W.FEMALE_WORDS
    return sibling.owner == "writer" and mention.possessive == ("haar" if female else "zijn")


def _either_word(reading: Reading) -> None:
    """ "Mijn man of vrouw", "Mijn vader of moeder" (a button's title typed, or read on a
    messaging channel): one relative of that kind, no word that says which (panel 40, g4, h3:
    a husband added beside the wife, "Hoe oud is je man?")."""
    kept: list[Mention] = []
    for mention in reading.mentions:
        last = kept[-1] if kept else None
        between = fold(reading.text[last.end : mention.start]).strip() if last else ""
        if last and last.relationship == mention.relationship and between == "of":
            last.word = _kinship_word("")
            last.end = mention.end
            continue
        couples = ("spouse", "partner", "registered_partner")
        if last and last.word in W.EX_WORDS and not between and mention.relationship in couples:
            kept[-1] = mention  # "mijn ex vriendin": one ex partner, not an "ex" who is the
            continue  # wife besides (panel 50, h5: "Ik heb je vrouw weggelaten")
        kept.append(mention)
    reading.mentions = kept


_SAME_AS_BEFORE = re.compile(
    r"\bdat \w+ (?:echt |wel |ook |toch |nog )?(?:zijn|haar|mijn|m'n|mn|z'n) $"
)


_THERE_IS_MY = re.compile(r"\bdaar (?:woont|is|zit|wonen|zijn|werkt) (?:ook )?(?:mijn|m'n|mn) $")
_IS_HE_MY = re.compile(
    r"(?<!papier )(?<!officieel )(?<!wettelijk )(?<!juridisch )"  # "op papier is ze mijn nicht"
    r"\b(?:is|wordt|was) (?:hij|zij|ze)(?: (?:dan|toch|niet|nu|ook|al|wel))* (?:mijn|m'n|mn) $"
)


def _predicates(reading: Reading) -> None:
    """ "hoe kan hij bewijzen dat hodan echt zijn vrouw is": who Hodan is, no wife besides her
    (panel 50, h3: "Hoe oud is de vrouw van je cliënt?")."""
    folded = fold(reading.text)
    for mention in reading.mentions:
        before = folded[max(0, mention.start - 40) : mention.start]
        after = folded[mention.end : mention.end + 10]
        predicate = _SAME_AS_BEFORE.search(before) and re.match(r"\s*(?:is|was)\b", after)
        if mention.context is None and _THERE_IS_MY.search(before) and "?" not in after[:3]:
            mention.context = "host"  # "kan ook nairobi, daar is mijn nicht": someone there,
            continue  # no one who comes (panel 52, h5: "• Je nicht: wil naar België komen")
        if mention.context in (None, "third_party") and (predicate or _IS_HE_MY.search(before)):
            mention.context = "negated"  # "kan ik hem adopteren? dan is hij mijn kind", "is
            # hij niet mijn kind nu?" (panel 51, h8: a second child added)


def _comparative(text: str, entity: dict[str, Any]) -> bool:
    """ "hij is ouder dan 21": older, no parent (panel 50, h4: "Is je eerste ouder op hoge
    leeftijd?" asked of a mother about her son)."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    return fold(text[start:end]) == "ouder" and bool(re.match(r"\s+dan\b", fold(text[end:])))


# "zij is vorig jaar getrouwd met een neef": her husband, no one who comes (panel 67, l4)
_MARRIED_TO_BEFORE = re.compile(  # "Fatima is wel getrouwd (vorig jaar met een neef)" (68, g1)
    r"\b(?:zij|ze|hij|\w+)\)?\s+is\s+(?:\w+\s+){0,3}?(?:getrouwd|gehuwd)\s*[(,]?\s*"
    r"(?:\w+\s+){0,3}?met\s+(?:een\s+|haar\s+|zijn\s+|de\s+)?$"
)


def _married_to_someone_else(text: str, entity: dict[str, Any]) -> bool:
    """ "zij is vorig jaar getrouwd met een neef": her husband, a relative who does not come;
    not "getrouwd met haar ex", the partner's marriage (panel 32, c2); "hij wil haar
    uithuwelijken aan een neef": the one she is to be married to (panel 109, r1)."""
    if entity.get("value") in ("spouse", "partner", "registered_partner"):
        return False
    before = fold(text[: int(entity.get("start") or 0)])
    return bool(_MARRIED_TO_BEFORE.search(before) or _MARRIED_OFF_TO.search(before))


_MARRIED_OFF_TO = re.compile(
    r"\b(?:uithuwelijken|uit te huwelijken|uitgehuwelijkt|uithuwelijkt|beloofd|laten trouwen|"
    r"doen trouwen|wil haar trouwen|dwingen te trouwen)\s+(?:aan|met)\s+(?:een\s+|haar\s+|"
    r"zijn\s+|de\s+)?(?:\w+\s+)?$"
)


def _a_child_supposed(text: str, entity: dict[str, Any]) -> bool:
    """ "en als we een kindje krijgen, helpt dat dan?": a child supposed, no child (panel 67,
    l5: "Je kind: 26 jaar" that three corrections did not take out)."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    before = fold(text[max(0, start - 40) : start])
    after = fold(text[end : end + 25])
    return bool(
        re.search(r"\bals (?:we|wij|ik|jullie) (?:later |ooit |nog )?(?:een |nog een )?$", before)
        and re.match(r"\s*(?:zouden |zou )?(?:krijgen|kregen|hebben|adopteren)\b", after)
    )


def _relatives_named(text: str, folded: str, relationships: list[dict]) -> list[dict]:
    """The relationship entities that name a relative: not "ouder dan", not "een centrum voor
    minderjarigen", no husband in "kan ik eerst met hem trouwen? ... as my husband?" (a
    marriage supposed; panel 65, j4: "Je man of vrouw")."""
    kept = [e for e in relationships if not _comparative(text, e) and not _an_institution(text, e)
            and not _married_to_someone_else(text, e)
            and not _a_child_supposed(text, e) and not _a_guardianship(text, e)
            and not _spouse_of_a_named_one(text, e) and not _of_anyone(text, e)]  # fmt: skip
    if _MARRYING_LATER.search(f" {folded} ") and "?" in text:
        kept = [e for e in kept if e.get("value") != "spouse"]
    return kept


# a marriage to come, asked about: "kan ik eerst met hem trouwen?", "als we trouwen"
_MARRYING_LATER = re.compile(
    r"\b(?:eerst|kunnen|kan|mogen|mag|gaan|willen|zullen)\b[^.?!]{0,30}\b(?:trouwen|huwen)\b"
    r"|\bals (?:we|wij)\b[^.?!]{0,20}\b(?:trouwen|getrouwd zijn)\b|\bmarry\b"
)
# "een centrum voor minderjarigen", "een opvang voor kinderen": a place, no relative
_INSTITUTION_FOR = re.compile(
    r"\b(?:centrum|centra|opvang|opvangcentrum|tehuis|instelling|school|huis|afdeling)"
    r"\s+(?:voor|van|met)\s+(?:niet-begeleide\s+|niet begeleide\s+|alleenstaande\s+)?$"
)


# "dat is Fatima haar man": the husband of someone named, not the writer's (panel 69, g1)
_NAMED_ONES_SPOUSE = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{2,})\s+(?:haar|zijn|z'n)\s+$")


def _of_anyone(text: str, entity: dict[str, Any]) -> bool:
    """ "ouders van een Belg wel gezinshereniging kunnen vragen": anyone's parents, a rule
    asked about, no relative (panel 69, h4: "Is je tweede ouder op hoge leeftijd?")."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    if not re.match(r"\s+van\s+een\s+(?!paar\b)", fold(text[end : end + 20])):
        return False
    before = fold(text[max(0, start - 20) : start])  # "ik ben de vrouw van een erkend
    return not re.search(_OWN_BEFORE, before)  # vluchteling": the writer herself (panel 33)


_OWN_BEFORE = (
    r"\b(?:mijn|zijn|haar|hun|onze|ons|m'n|mn|ben|is|was|bent|als|het|een)\s+(?:de\s+|het\s+)?$"
)


def _spouse_of_a_named_one(text: str, entity: dict[str, Any]) -> bool:
    """A capitalised first name in the sentence, then "haar man" (not "Hij wil zijn vrouw")."""
    if entity.get("value") not in ("spouse", "partner"):
        return False
    start = int(entity.get("start") or 0)
    named = _NAMED_ONES_SPOUSE.search(text[max(0, start - 30) : start])
    return bool(named) and named[1].lower() not in _NOT_A_NAME


_GUARDIANSHIP_WORDS = ("voogdij", "kafala", "pleegvoogdij", "adoptie")


def _a_guardianship(text: str, entity: dict[str, Any]) -> bool:
    """ "als ik in Marokko een voogdij of kafala krijg voor Yasmine": a measure asked about, no
    foster child (panel 68, g4: "Hoe oud is je pleegkind?" of the granddaughter)."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    if fold(text[start:end]).strip() not in _GUARDIANSHIP_WORDS or "?" not in text[end:]:
        return False  # "ik heb kafala over het dochtertje van mijn zus": told (panel 28, b5)
    before = fold(text[max(0, start - 40) : start])  # "ik moet een kafala doen ... helpt
    return not re.search(r"\bheb\s+(?:de\s+|een\s+)?$", before)  # dat?" (panel 71, g2)


def _an_institution(text: str, entity: dict[str, Any]) -> bool:
    """ "ik woon in een centrum voor minderjarigen": no child of the writer (panel 63, h5:
    "Hoe oud is je kind?" asked of a girl of 16)."""
    start = int(entity.get("start") or 0)
    return bool(_INSTITUTION_FOR.search(fold(text[max(0, start - 60) : start])))


def _mention(entity: dict[str, Any], text: str, toks: list[Token], starts: list[int]) -> Mention:
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    surface = fold(text[start:end])
    word = entity.get("word") or _kinship_word(surface)
    if text.startswith("/"):  # a button's payload: its JSON is no word for the person
        word = ""
    before = _words_before(toks, start, 2)
    inside = surface.split()[:-1]  # "[mijn eerste vrouw]" tagged with its qualifier (p3)
    qualifier = next((w for w in reversed(before + inside) if w in W.ORDINAL_QUALIFIERS), None)
    singular = word not in W.PLURAL_WORDS and surface not in W.PLURAL_WORDS
    owner_words = surface.split()[:1] + _owner_word(_words_before(toks, start, 4), singular)
    owner, possessive = "bare", None
    common = any(w in W.COUPLE_POSSESSIVES for w in owner_words)
    if any(w in W.WRITER_POSSESSIVES for w in owner_words) or _I_HAVE.search(fold(text[:start])):
        owner = "writer"  # "ik heb ook een dochter van 8" (panel 14, b3)
    elif any(w in W.THIRD_POSSESSIVES for w in owner_words):
        owner = "third"
        possessive = next(w for w in owner_words if w in W.THIRD_POSSESSIVES)
    count, guessed = 1, False
    if word in W.PLURAL_WORDS or surface in W.PLURAL_WORDS or " en " in f" {surface} ":
        count, guessed = 2, " en " not in f" {surface} "  # "kinderen": two, a guess
        number = before[-1] if before else ""
        inside = surface.split()[:1]  # "[3 kinderen]" tagged with its number
        for told in (number, *inside):
            if told in W.COUNT_WORDS:
                count, guessed = W.COUNT_WORDS[told], False
    return Mention(
        of_an_ex=bool(_OF_AN_EX.match(fold(text[end : end + 60]))),
        of_the_partner=bool(_OF_THE_PARTNER.match(fold(text[end : end + 60]))),
        possessive=possessive,
        of_the_sponsors_ex=bool(
            _OF_HIS_EX.match(fold(text[end : end + 60]))
            or _HE_HAS.search(fold(text[max(0, start - 40) : start]))
        ),
        relationship=str(entity.get("value")),
        word=word,
        start=start,
        end=end,
        clause=clause_of(start, starts),
        owner=owner,
        count=count,
        common=common,
        qualifier=qualifier,
        another=_another(before, surface),
        little=bool(set(before[-1:] + surface.split()[:-1]) & W.LITTLE_WORDS),
        count_guessed=guessed,
        turning_adult=bool(_TURNS_ADULT.match(fold(text[end : end + 30]))),
    )


# "mijn dochter 18 wordt", "mijn zoon wordt 18", "mijn dochter meerderjarig wordt"
_TURNS_ADULT = re.compile(
    r"\s*(?:(?:al|dan|straks|bijna) )?(?:18 (?:jaar )?wordt|wordt (?:al |bijna )?"
    r"18|meerderjarig wordt|wordt meerderjarig)\b"
)


_I_HAVE = re.compile(
    r"\b(?:ik heb|wij hebben|we hebben) (?:ook |nog |ook nog )?(?:een |n |\d+ )?$"
    # "ik ben getrouwd met een thaise vrouw": his wife (panel 40, g4: not kept at consent)
    r"|\b(?:ik ben|k ben|ben) getrouwd met (?:een )?(?:[a-z]+ )?$"
)  # "wij hebben ook zoon van 2 jaar" from the wife abroad: theirs (panel 17, h4)
# "een dochter van 8 van mijn eerste man": the writer's child with an earlier partner
_OF_AN_EX = re.compile(
    r"\s*(?:van \d+(?: jaar)? )?(?:van (?:mijn|m'n|mn) (?:eerste|vorige|vroegere|ex-?)\s*"
    r"(?:man|vrouw|partner|echtgenoot|echtgenote)?\b|uit (?:mijn|m'n|mn) (?:eerste|vorige) "
    r"(?:huwelijk|relatie))"
    # "een zoon van 15 jaar, Kervens, hij is niet van Jean-Robert" (panel 110, q3: "Je zoon:
    # recht op gezinshereniging" for the son of a partner in fact by another man)
    r"|[^.?!]{0,40}?\b(?:hij|zij|ze)\s+is\s+niet\s+van\s+(?:mijn\s+(?:man|partner|vriend)\b|hem\b"
    r"|[a-z][a-z-]+\b)"
)


_OF_HIS_EX = re.compile(
    r"\s*(?:van \d+(?: jaar)? )?(?:bij|van|met) (?:zijn|haar|z'n|zn) (?:eerste |vorige )?"
    r"(?:ex\b|ex-?(?:vrouw|man|partner)|eerste (?:vrouw|man)|vorige (?:vrouw|man))"
    r"|\s*(?:van \d+(?: jaar)? )?uit (?:zijn|haar|z'n) (?:eerste|vorige) (?:huwelijk|relatie)"
)
_OF_THE_PARTNER = re.compile(
    r"\s*(?:van \d+(?: jaar)? )?(?:van (?:de|zijn|haar|z'n) (?:vrouw|man|partner|echtgenote|"
    r"echtgenoot)\b(?! en\b| van\b)|uit (?:haar|zijn) (?:eerste|vorige) (?:huwelijk|relatie))"
)
_HE_HAS = re.compile(
    r"\b(?:mijn|m'n|mn) (?:man|vrouw|echtgenoot|echtgenote) heeft (?:ook |nog |al )*"
    r"(?:een|1|2|twee|3|drie)\s*$"
)


def _kinship_word(surface: str) -> str:
    """The word that names the relative: the last one, but the first of "[zoon van mijn
    vriendin]" (a stepchild told by whose child he is; panel 14: "vriendin", "zij")."""
    head = surface.split(" van ")[0] if " van " in surface else surface
    word = head.split()[-1] if head.split() else surface
    return W.DIMINUTIVES.get(word, word)  # "zoontje" is the son told before (panel 18, j1)


def _another(before: list[str], surface: str) -> bool:
    """ "nog een dochter", "een andere zoon", "mijn derde kind": a person besides those known
    (panel 3, c1: a third child told later replaced the second)."""
    words = before[-2:] + surface.split()[:-1]
    return bool(set(words) & W.ANOTHER_WORDS) or words[-2:] in (
        ["nog", "een"],
        ["nog", "n"],
        ["ook", "een"],
        ["ook", "n"],
    )  # "ik heb ook een dochter van 8" (panel 14, b3: it replaced the son of 9)


def _also_coming(reading: Reading, starts: list[int]) -> None:
    """ "mijn zoon van 15 wil ook komen": "ook" in the words after the one person named in
    its clause makes her one more (W.ALSO_COMING)."""
    folded = fold(reading.text)
    for mention in reading.mentions:
        if sum(m.clause == mention.clause for m in reading.mentions) != 1 or not mention.ages:
            continue  # "broertje moet ook mee" with no age: the one known (panel 28, a3)
        after = _words_only(folded[mention.end : _clause_end(reading, mention.clause)])
        if any(f" {p} " in after for p in W.ALSO_COMING):
            mention.another = True


def _owner_word(before: list[str], singular: bool = False) -> list[str]:
    """The word that owns a relative, past qualifiers and counts ("mijn tweede [vrouw]",
    "mn 2 [zussen]", "mijn kleine [broer]")."""
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        if word in W.QUALIFIERS or word in W.COUNT_WORDS or word.isdigit():
            continue
        # "het zijn 4 kinderen": the verb, not "his" (panel 23, s5); but "beter dat zijn mama
        # tegelijk aanvraagt": "his" right before one relative (panel 33, b5)
        verb = not (singular and i == len(before) - 1)
        if word == "zijn" and i > 0 and before[i - 1] in W.SUBJECTS_OF_ZIJN and verb:
            return []
        return [word]
    return []


def _negated_age(before: list[str], after: list[str]) -> bool:
    """ "niet 11", "ik zei niks over 16?" (panel 27, b1), "ik zei 16 maar ze is 17" (panel
    26, n3); not "mijn dochter is pas 8" (no French "pas"; panel 7, m3)."""
    if before[-1:] == ["pas"] and before[-2:-1] in (["is"], ["ben"], ["zijn"], ["nog"]):
        return False
    if before[-1:] == ["over"] and before[-2:-1] in (["niks"], ["niets"]):
        return True
    if before[-1:] == ["zei"] and after[:1] == ["maar"]:
        return True
    return bool(before) and before[-1] in W.NEGATORS


def _soon(far: list[str]) -> bool:
    """ "wordt in maart 16", "wordt binnen 2 maand 18" (panel 38, g4): the birthday is near."""
    if set(far[-2:]) & (set(MONTH_WORDS) | {"in", "op", "volgend"}):
        return True
    return bool(far[-1:] and far[-1] in W.TIME_SPAN_UNITS and far[-2:-1] and far[-2].isdigit())


def _years_ahead(far: list[str]) -> int:
    """ "wordt over 2 jaar 18": 2; else 0."""
    if far[-1:] and far[-1] in ("jaar", "jaren") and far[-2:-1] and far[-2].isdigit():
        return int(far[-2])
    return 0


def _is_on_a_day(before: list[str], after: list[str]) -> bool:
    """ "Dawit is 18 op 15 februari": the age reached on a day to come (panel 54, b2)."""
    on_a_day = after[:1] == ["op"] and len(after) > 2 and after[1].isdigit()
    return before[-1:] in (["is"], ["ben"]) and on_a_day and after[2] in MONTH_WORDS


def _age_of(entity: dict[str, Any], toks: list[Token]) -> tuple[Age, bool, bool]:
    """(age, negated, future) for an age entity, reading the words around it."""
    value = int(float(str(entity.get("value"))))
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    inside = [t.text for t in toks if t.start >= start and t.end <= end]
    if any(w in W.MONTH_UNITS for w in inside) and any(w.isdigit() for w in inside):
        months = int(next(w for w in inside if w.isdigit()))  # "[8 maanden]" tagged as a whole
        return Age(months // 12, months=months, start=start), False, False
    before = _words_before(toks, start, 2)
    after = _words_after(toks, end, 2)
    negated = _negated_age(before, after)
    # "wordt 18", "18 wordt"; not "ze is 17, wordt 18" (a comma: the next clause's verb)
    next_start = min((t.start for t in toks if t.start >= end), default=end)
    joined = after[:1] if next_start - end <= 1 else []
    future = any(w in W.FUTURE_AGE_VERBS for w in before + joined) or (
        bool(joined) and _is_on_a_day(before, _words_after(toks, end, 3))
    )  # not "elif is 19. op 3 mei is zij ..." (a full stop between; panel 70, g5)
    if before[-1:] == ["van"] and not any(w in W.FUTURE_AGE_VERBS for w in before):
        future = False  # "die van 17 wordt 18 in februari": 17 now (panel 27, b1: "16")
    far = _words_before(toks, start, 4)  # "hij word in maart 16" (panel 29, b5: 16 now)
    turning_later = far[:2] and far[-4:-2] and any(w in W.FUTURE_AGE_VERBS for w in far[-4:-2])
    if turning_later and _years_ahead(far):  # "ze wordt over 2 jaar 18": 16 now (review)
        return Age(max(0, value - _years_ahead(far)), approximate=True, start=start), negated, True
    if turning_later:
        future = future or _soon(far)
    unit_after = [w for w in after if w not in {"oud", "jaar"}][:1]
    if any(w in W.MONTH_UNITS for w in after[:1]) or (
        unit_after and unit_after[0] in W.MONTH_UNITS
    ):
        return Age(value // 12, months=value, start=start), negated, False
    if after[:1] and after[0] in W.WEEK_UNITS:
        return Age(0, months=0, start=start), negated, False
    if len(before) == 2 and before[0] == "in" and before[1] in MONTH_WORDS:
        future = True  # "hij is in mei 18": 17 now (panel 81, g2: "Je kind van 18 jaar")
    if after[:1] in (["geworden"], ["gewoorden"]) or after[:2] == ["jaar", "geworden"]:
        future = False  # "hij is in mei 18 geworden": 18 now (panel 104, z2: "17 jaar")
    almost = before[-1:] in (["bijna"], ["almost"])  # "she is almost 2, born january 2025":
    if (future or almost) and value > 0:  # 1 now (panel 74, g3: "Je dochter: 2 jaar")
        return Age(value - 1, approximate=True, start=start, turning=value), negated, True
    return Age(value, start=start), negated, False


_A_LIMIT_ASKED = re.compile(r"\bmoet(?:en)?\s+(?:[\w']+\s+){1,3}$")
_AN_AGE_LIMIT_BEFORE = re.compile(
    r"\b(?:boven|onder|ouder dan|jonger dan|vanaf|meer dan|minder dan)\s+(?:de\s+)?$"
)


# English: "you say she must be 21", "when I am 21 it is ready?", "why belgium say 21??"
# (rounds 117-119, u4, s5: "Ik heb het aangepast. • Je vrouw: 21 jaar")
_A_RULES_AGE_BEFORE = re.compile(
    r"\b(?:must be|should be|has to be|have to be|need to be|needs to be|"
    r"when (?:i|she|he|we) (?:am|is|are|will be|turn|turns)|until (?:i|she|he) (?:am|is)|"
    r"says?|said|minimum|at least|minstens)\s+$"
)


def _an_age_limit(folded: str, end: int, start: int) -> bool:
    """ "kinderen boven de 21 mochten toch niet?" (panel 34, d2), "moet mijn man ook 18 zijn of
    zo" (panel 50, g1): a limit, no one's age."""
    if _AN_AGE_LIMIT_BEFORE.search(folded[max(0, start - 20) : start]):
        return True
    if _A_RULES_AGE_BEFORE.search(folded[max(0, start - 25) : start]):
        return True
    asked = _A_LIMIT_ASKED.search(folded[max(0, start - 30) : start])
    return bool(asked and re.match(r"\s+(?:jaar\s+)?(?:oud\s+)?zijn\b", folded[end : end + 20]))


# "30 jaar, religieus getrouwd": an age, then how they married (not "6 jaar religieus getrouwd")
_MARRIAGE_AFTER_A_COMMA = re.compile(
    r"\s*jaar\s*,\s*(?:religieus|officieel|wettelijk|traditioneel|burgerlijk|getrouwd|"
    r"gehuwd|niet getrouwd)\b"
)


_YEARS_OF_NOTHING = re.compile(
    r" (?:jaar|maand|maanden) (?:niks|niets|(?:geen|zonder) (?:contact|nieuws|bericht))\b"
)
_A_CARDS_YEARS = re.compile(r" jaar (?:ne |een |mijn |de |die |m'n |mn )?\w?[- ]?kaart\b")


def _is_duration(folded: str, end: int, start: int | None = None) -> bool:
    after = " " + " ".join(re.findall(r"[\w']+", folded[end : end + 30])) + " "
    before = re.findall(r"[\w']+", folded[max(0, (start or end) - 15) : start or end])[-1:]
    if before and before[0] in W.DURATION_BEFORE:  # "we kennen elkaar 3 jaar"
        return True
    if _an_age_limit(folded, end, start or end):
        return True
    if (
        re.search(  # "mijn A kaart is tijdelijk (1 jaar, met arbeidskaart)" (panel 34, c4)
            r"\b(?:kaart|verblijf\w*|vergunning)\b(?:\s+is\s+tijdelijk)?\s*\(?\s*$",
            folded[max(0, (start or end) - 30) : start or end],
        )
        and after.startswith((" jaar", " maand", " maanden"))
    ):
        return True
    if re.search(  # "verblijfskaart van 5 jaar": how long it is valid (panel 24, h5)
        r"(?:kaart|verblijf\w*|vergunning|visum|contract)\s+(?:van|voor)\s*$",
        folded[max(0, (start or end) - 30) : start or end],
    ):
        return True
    lived = re.search(
        r"\b(?:woon|woont|wonen|ben hier|zit hier|hier|in belgie)\b",
        folded[max(0, (start or end) - 30) : start or end],
    )
    if before == ["al"] and lived:  # "ik woon in antwerpen al 6 jaar" (panel 12, x2)
        return True
    if before == ["al"] and after.startswith((" jaar erkend", " jaar belg")):  # "ik ben al 2
        return True  # jaar erkend", "mijne pa is al 25 jaar belg" (round 122, t3); not "16
        # jaar, erkend als vluchteling" (panel 5, k2), "52 jaar, Belg" (panel 33)
    if _A_CARDS_YEARS.match(after) or _YEARS_OF_NOTHING.match(after):  # "ik heb al 12 jaar ne
        return True  # C kaart" (panel 103, y4: "Over wie gaat 12 jaar?"); "al 6 jaar niks
        # gehoord" (panel 126, m2: "Over wie gaat 6 jaar?")
    if re.search(  # "erkend, al meer dan 1 jaar" (panel 15, d2: "Je man: 1 jaar")
        r"\b(?:al|sinds|nu)\s+(?:meer dan|langer dan|bijna|ongeveer|ruim|zo'?n)\s*$",
        folded[max(0, (start or end) - 25) : start or end],
    ):
        return True
    if re.search(  # "sinds 1 jaar en 2 maand" (panel 33, b4: "Over wie gaat 0 jaar?")
        r"\b(?:sinds|al|nu)\s+\d+\s+(?:jaar|maand|maanden)\s+en\s*$",
        folded[max(0, (start or end) - 30) : start or end],
    ):
        return True
    return _duration_after(after, folded[end : end + 40])


def _duration_after(after: str, raw_after: str) -> bool:
    """ "3 jaar geleden", "2 jaar niet gezien"; not "1 jaar, niet jonger" (panel 42, h2: the
    age was kept out)."""
    if _MARRIAGE_AFTER_A_COMMA.match(raw_after):
        return False  # "mijn tweede vrouw, 30 jaar, religieus getrouwd" (panel 82, h3)
    if re.match(
        r" (?:jaar|maand|maanden|week|weken) (?:officieel|wettelijk|religieus|al|nu|"
        r"samen|gelukkig) (?:getrouwd|samen|verloofd)\b",
        after,
    ):
        return True  # "we zijn 6 jaar officieel getrouwd" (panel 33: "Over wie gaat 6 jaar?")
    if re.match(r" (?:jaar|maand|maanden) niet (?:jonger|ouder|\d)", after):
        return False  # "is 19 jaar, niet 17": a correction (panel 112, t4)
    if _CARE_FOR_A_WHILE.match(after):
        return True  # "fatou zorgt al 2 jaar voor aminata" (panel 84, i5: "Je zus: 2 jaar")
    return any(after.startswith(f" {d}") for d in W.DURATION_AFTER)


_CARE_FOR_A_WHILE = re.compile(
    r" (?:jaar|maand|maanden) (?:voor|bij|met) [a-z]+ (?:zorgt|zorgen|zorg|gezorgd|woont|wonen"
    r"|woonde|woonden)\b"
)


# English "he" before a verb; Flemish "hé" folds to "he" too ("maar ze komt NIET hé": she,
# panel 117, z4: "Ik heb je zoon weggelaten")
_ENGLISH_HE = re.compile(
    r" he (?:is|was|has|had|will|can|could|does|did|lives|live|wants|want|works|work|must|"
    r"should|would|comes|come|came|needs|need|stays|stay|doesn|isn|wasn|cannot|not|also|only|"
    r"still|never|always|turned|turns|became|married|got|goes|went|studies|study|do|don)\b"
)


def pronoun_in(clause: str) -> str | None:
    for pronoun, words in (("hij", (" hij ", " em ", " hem ", " il ", " ie ")),  # Flemish "ie"
                           ("zij", (" zij ", " ze ", " zie ", " elle ", " she "))):  # fmt: skip
        if any(w in clause for w in words) or pronoun == "hij" and _ENGLISH_HE.search(clause):
            return pronoun
    return None


# the month words for a regex, longest first ("september" before "sep")
MONTH_ALTERNATION = "|".join(sorted(MONTH_WORDS, key=len, reverse=True))
# a 21st birthday told ("ik word 21 op 3 mei 2027", "Grace wordt 21 jaar op 14 april"): the day
# a couple's age rule or a Belgian's descendant's dependency starts (seeds 001, 004)
DAY_21 = re.compile(
    rf"\b(?P<verb>word|wordt|is) 21\b(?: jaar)?[^.?!]{{0,12}}?\bop (?P<day>\d{{1,2}}) "
    rf"(?P<month>{'|'.join(MONTH_WORDS)})\b(?: (?P<year>(?:19|20)\d\d))?"
)
# "i am 20. 21 in march, 2 march 2027", "21 op 2 maart": the day of a 21st birthday with no
# verb, kept only from the partner abroad who writes (panel 112, s5)
DAY_21_LOOSE = re.compile(
    rf"\b21\b(?: (?:jaar|years?))?[^.?!\d]{{0,20}}?\b(?P<day>\d{{1,2}}) "
    rf"(?P<month>{MONTH_ALTERNATION})\b(?: (?P<year>(?:19|20)\d\d))?"
)


def partners_21st_told(folded: str, told: re.Match) -> bool:
    """ "ze word 21 op 11 april 2028" (a typo for "wordt"): hers, never the writer's (panel
    114, u4: "Je bent 21 jaar vanaf 11 april 2028" to her husband of 25)."""
    verb = told.groupdict().get("verb")
    she = re.search(r"\b(?:ze|zij|hij|mijn vrouw|mijn man)\s*$", folded[: told.start()])
    return verb in ("wordt", "is") or bool(she)


LATER_AGE = re.compile(
    r"\b(?:tot|totdat|wanneer|als|voor|voordat|tegen dat) (?:ze|zij|hij|ik|we) \d{1,2}"
    r"(?: jaar)? (?:is|ben|zijn|wordt|word|worden)\b"  # "voor ik 21 word" (panel 19, l4)
)


def _is_past(clause: str) -> bool:
    """ "toen ik asiel vroeg was ik 16", "hij werd 18 tijdens mijn asielprocedure": an age
    then, not now."""
    past = (" toen ", " was ik ", " ik was ", " werd ", " geworden ", " bij het trouwen",
            " bij ons huwelijk", " toen we trouwden")  # fmt: skip
    if re.search(r" \d{1,2} (?:jaar )?(?:was|waren|werd)\b", clause):
        return True  # "ik woon hier al sinds ik 8 was" (panel 18, j3: "Jij: 8 jaar")
    if re.search(
        r"\b(?:hij|zij|ze) was (?:(?:al|toen|nog|juist|net|pas|maar|precies) )*\d", clause
    ):
        return True  # "nee ik zei al, hij was 26" (when he came; panel 22, q2); "bij bijlage 26
        # hij was juist 18 geworden" (panel 124, z1: "Ik heb het aangepast. • Je zoon: 18 jaar")
    if re.search(r"\b(?:he|she|i) was (?:only |still |already )?\d{1,2}\b", clause):
        return True  # "ja denk ik, he was 17 when i arrive" (panel 117, z1: "Je zoon: 17 jaar")
    if re.search(
        r"\b(?:kwam|kwamen|aankwam|vluchtte|vertrok)\b.*\bop (?:zijn |haar )?\d{1,2}", clause
    ):
        return True  # "hij kwam alleen aan op 16j" (panel 34, c3: "de ouder van 16 jaar")
    if _just_turned(clause):
        return False
    return any(w in clause for w in past)  # "ze was 17 bij het trouwen" (panel 6, k3)


def _just_turned(clause: str) -> bool:
    """ "mijn oudste zoon is vorige maand 18 geworden": the age now (panel 19, k2: no age,
    then "Hoe oud is je derde zoon?"); not "hij is in de procedure 18 geworden"."""
    if " geworden " not in clause or any(w in clause for w in (" toen ", " asiel", " procedure")):
        return False
    words = f" {re.sub(r'[.,!?;:]', ' ', clause)} "  # "ze is 4 geworden vorige maand." (b3)
    return any(f" {w} " in words for w in W.JUST_TURNED)


def _told_of_another(phrases: tuple[str, ...], folded: str) -> bool:
    """ "haar ex wil nu toch niet tekenen.", "ze is op papier nog getrouwd met haar ex": told,
    not asked ("moet hij niet tekenen bij een notaris?"), and not of the writer ("ik geef geen
    toestemming om ...", "ik ben zelf nog getrouwd")."""
    sentences = re.findall(r"[^.!?]+[.!?]?", folded)
    return any(
        _has(phrases, f" {s} ") and "?" not in s and " ik " not in f" {s} " for s in sentences
    )


def _guardians_minor_is_the_client(reading: Reading) -> None:
    """ "Ik ben voogd van een niet-begeleide minderjarige van 15": for a helper, "de
    minderjarige" is the client (the person in Belgium), never a child who wants to come."""
    if not reading.helper:
        return
    minors = [m for m in reading.mentions if m.word in W.CLIENT_MINOR_WORDS]
    for mention in minors:
        reading.client_ages.extend(mention.ages)
    reading.mentions = [m for m in reading.mentions if m not in minors]
    folded = f" {fold(reading.text)} "
    _age_after_the_client(reading, folded)
    _client_described(reading)
    if any(f" {w} " in folded for w in W.CLIENT_MINOR_WORDS):  # "ik ben voogd van een
        young = [a for a in reading.writer_ages if a.years < 18]  # minderjarige jongen uit
        reading.client_ages.extend(young)  # eritrea, 16 jaar": the ward's age (panel 6, k2)
        reading.writer_ages = [a for a in reading.writer_ages if a not in young]


# "ik help Amina, een Somalische vrouw van 30" (panel 47, g5: "☐ Je cliënt is meerderjarig")
_CLIENT_DESCRIBED = re.compile(
    r"\b(?:help|helpen|voor|begeleid\w*)\s+[a-z]+,\s+een\s+(?:[a-z]+\s+)?$"
)


# "de voogd van Ahmad, een Afghaanse jongen van 16" (panel 49, g4: "Hoe oud is je cliënt?")
_CLIENT_BOY = re.compile(
    r"\b(?:help|helpen|voor|van|begeleid\w*)\s+[a-z]+,\s+een\s+(?:[a-z]+\s+)?"
    r"(?:jongen|meisje|jongeman|jonge man|jonge vrouw|tiener)\s+van\s+$"
)


def _client_described(reading: Reading) -> None:
    """The client described by a noun after the name: "een Somalische vrouw van 30" is no
    wife, and her age is the client's; so is "een Afghaanse jongen van 16"."""
    folded = fold(reading.text)
    for mention in reading.mentions:
        before = folded[max(0, mention.start - 40) : mention.start]
        if mention.context == "negated" and mention.ages and _CLIENT_DESCRIBED.search(before):
            reading.client_ages.extend(mention.ages[:1])
            mention.ages = []
    for ages in (reading.writer_ages, reading.loose_ages, reading.sponsor_ages):
        for age in list(ages):
            if _CLIENT_BOY.search(folded[max(0, age.start - 60) : age.start]):
                ages.remove(age)
                reading.client_ages.append(age)


def _age_after_the_client(reading: Reading, folded: str) -> None:
    """ "het gaat om mijn cliënt, een afghaanse jongeman van 20. hij wil zijn moeder ...": an
    age told of the client before any relative is his (panel 14, a4: "Jij: 20 jaar")."""
    nouns = [re.compile(rf"\b{re.escape(noun)}\b") for noun in _client_nouns()]
    found = [m.start() for noun in nouns for m in noun.finditer(folded)]
    if not found:
        return
    client_at = min(found) - 1  # `folded` starts with a space
    first_relative = min((m.start for m in reading.mentions), default=len(folded))
    told = [a for a in reading.writer_ages if client_at <= a.start < first_relative]
    reading.client_ages.extend(told)
    reading.writer_ages = [a for a in reading.writer_ages if a not in told]
    loose = [a for a in reading.loose_ages if client_at <= a.start < first_relative]
    loose += _named_after_the_client(reading, folded, client_at)
    reading.client_ages.extend(loose)  # "schrijf voor een cliënt, een jongen van 16" (k3)
    reading.loose_ages = [a for a in reading.loose_ages if a not in loose]


def _named_after_the_client(reading: Reading, folded: str, client_at: int) -> list[Age]:
    """ "de mama en het zusje van mijn cliënte. Amina is 16": a named age in the next sentence,
    which names no relative, is the client's (panel 78, g1: "De mama van je cliënt: 16")."""
    found = []
    for age in reading.loose_ages:
        if not age.named or age.start < client_at:
            continue
        between = folded[client_at : age.start + 1]
        start = max(reading.text.rfind(c, 0, age.start) for c in ".!?\n") + 1
        ends = [i for i in (reading.text.find(c, age.start) for c in ".!?\n") if i >= 0]
        end = min(ends) if ends else len(reading.text)
        named_there = [
            m for m in reading.mentions if start <= m.start < end or client_at < m.start < age.start
        ]
        if re.search(r"[.!?]", between) and not named_there:
            found.append(age)
    return found[:1]


def _own_age(reading: Reading, entity: dict[str, Any], age: Age, clause: str) -> bool:
    """The writer's own age ("ik ben 38") or a social worker's client's ("mijn cliënt is 15",
    the person in Belgium); False when the clause is neither."""
    if (
        _is_client_clause(clause)
        or _client_of_age(reading.text, entity)
        or _the_client_named(reading.text, entity)
    ):
        reading.client_ages.append(age)
    elif _named_subject(clause):
        age.named = True  # "karim is 47": someone named, not the writer (panel 10, t1)
        age.name = _first_name_words(clause)[0]
        return False
    elif _a_name_listed(reading.text, entity):  # "Fatima 17, Ali 14, Noor 9" (68, g1)
        age.named = True
        return False
    elif _a_lead_before_mine(reading.text, entity):
        return False  # "33. ik ben 40": the 33 answers the question (panel 77, g2)
    elif (
        entity.get("role") == "sponsor"
        and not _bracketed(reading.text, entity)
        and not _said_of_her(reading.text, entity)
        and not _in_a_list_of_ages(reading.text, entity)
    ) or (
        _is_writer_clause(clause) and not _bracket_after_another(reading.text, entity)
    ):  # not "ik ben ... getrouwd met Malee (38, Thaise)" (panel 61, g13)
        reading.writer_ages.append(age)
    else:
        return False
    return True


def _in_a_list_of_ages(text: str, entity: dict[str, Any]) -> bool:
    """ "twee zijn al groot 24 en 21 jaar": one of a list of ages, the relatives', whatever role
    the NLU gave it (panel 129, u1: "Jij: erkend vluchteling, 21 jaar" to a mother of 46)."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    before = re.search(  # not "sinds 5 januari 2026, 41 jaar" (a year before it)
        r"(?<![\d/.-])\d{1,2}\s*(?:jaar\s*)?(?:en|,|&|\+)\s*$", text[max(0, start - 12) : start]
    )
    after = re.match(r"\s*(?:jaar\s*)?(?:en|,|&|\+)\s*\d{1,2}(?!\d)", text[end : end + 12])
    return bool(before or after) and not re.search(
        r"\b(?:ik|k)\s+(?:ben\s+)?$", fold(text[max(0, start - 10) : start])
    )


def _said_of_her(text: str, entity: dict[str, Any]) -> bool:
    """ "nee 12, ze was jarig in juni": a sentence about "ze" or "hij" with no "ik" in it, the
    age hers whatever role the NLU gave it (panel 111, v4: "Je pa is minderjarig")."""
    start = int(entity.get("start") or 0)
    opening = max((text.rfind(c, 0, start) for c in ".!?\n"), default=-1) + 1
    ends = [i for i in (text.find(c, start) for c in ".!?\n") if i >= 0]
    sentence = f" {fold(text[opening : min(ends) if ends else len(text)])} "
    return bool(re.search(r"\b(?:ze|zij|hij)\b", sentence)) and not re.search(
        r"\b(?:ik|k|kben|ikke|mij|ben|bent|wij|we)\b", sentence
    )


def _a_lead_before_mine(text: str, entity: dict[str, Any]) -> bool:
    """A bare number opening the message, the writer's own age told right after it ("33. ik
    ben 40"): the number answers the question asked, whatever role the NLU gave it."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    mine_after = re.match(r"\s*(?:jaar\s*)?[.,;]\s*(?:en\s+)?ik\s+ben\s+\d", fold(text[end:]))
    return not text[:start].strip() and bool(mine_after)


_NOT_A_NAME = frozenset({"ik", "hij", "zij", "ze", "mijn", "jaar", "is", "ben", "en", "de", "het"})


def _a_name_listed(text: str, entity: dict[str, Any]) -> bool:
    """An age right after a capitalised name, in a list ("Fatima 17, Ali 14, Noor 9"): that
    person's, never the writer's, whatever role the NLU gave it."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    name = re.search(r"\b([A-Z][a-z]+)\s+$", text[:start])
    listed = re.match(r"\s*(?:jaar\s*)?(?:[,.;]|en\b|$)", text[end:])  # "Maryam 16 jaar,"
    # "Yusuf 4 jaar van de tweede": a name opening its sentence, not "ik ben Karim 38"
    opening = name and re.search(r"(?:^|[.!?]\s*)$", text[: name.start()])
    return bool(name and (listed or opening)) and name[1].lower() not in _NOT_A_NAME


_THAT_IS_MY_CLIENT = re.compile(
    r"^\s*(?:jaar\s*)?[,.]?\s*(?:dat|die|hij|zij|ze) is (?:mijn|de|onze) (?:client|cliente)\b"
)


def _the_client_named(text: str, entity: dict[str, Any]) -> bool:
    """ "tesfaye zelf is 31, dat is mijn cliënt": the client's age (panel 77, h1: given to
    his wife, then a second wife added)."""
    return bool(_THAT_IS_MY_CLIENT.match(fold(text[int(entity.get("end") or 0) :])))


def _client_of_age(text: str, entity: dict[str, Any]) -> bool:
    """ "een cliënte van 16 jaar die haar moeder ...": the client's age (panel 70, h5: given to
    the mother)."""
    before = fold(text[max(0, int(entity.get("start") or 0) - 30) : int(entity.get("start") or 0)])
    of_age = re.search(r"\b(?:client|cliente|pupil)\s+van\s+$", before)
    return bool(of_age or _CLIENT_BRACKETED.search(before))  # "mijn cliënt (Omar, 41)" (83, i2)


_CLIENT_BRACKETED = re.compile(r"\b(?:client|cliente|pupil)\s*\(\s*(?:[a-z]+\s*,\s*)?$")


def _bracket_after_another(text: str, entity: dict[str, Any]) -> bool:
    """ "getrouwd met Malee (38, Thaise)": an age in brackets after another person's name."""
    before = fold(text[: int(entity.get("start") or 0)]).rstrip()
    return bool(re.search(r"\b(?:met|van|en) [a-z]+\s*\($", before))


def _bracketed(text: str, entity: dict[str, Any]) -> bool:
    """ "divine (7) en patrick (4)": an age in brackets after a name, never the writer's
    (panel 19, l5: "Jij: ... 7 jaar")."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")


def _first_name_words(clause: str) -> list[str]:
    """The clause's words from its subject on: "en dawit is 6" -> dawit, is, 6."""
    words = _words_only(clause).split()
    while words[:1] and words[0] in ("en", "maar", "nee", "neen", "sorry", "oeps", "oh", "ow"):
        words = words[1:]  # "nee selam is 12", "oeps, selam is 12" (review)
    return words


def _named_subject(clause: str) -> bool:
    """ "karim is 47", "yassine wordt 18": a clause whose subject is a word that is no pronoun,
    no "ik" and no function word: a first name."""
    words = _first_name_words(clause)
    has_years = len(words) >= 4 and words[1] == "heeft" and words[3] in ("jaar", "ans", "jr")
    return (
        len(words) >= 3
        and (words[1] in ("is", "wordt", "was") or has_years)  # "Clarisse heeft 42 ans"
        and words[0] not in W.NOT_NAMES
        and words[0] not in W.SUBJECT_WORDS
        and words[0].isalpha()
    )


def correct_by_first_name(reading: Reading, earlier_texts: list[str]) -> None:
    """ "selam is eigenlijk 12" after "mijn kinderen selam van 11 en dawit van 5": the age told
    with that first name before is the one corrected, as in "selam is 12, nie 11" (panel 37,
    h1; panel 36 left "rozhin is 10")."""
    if reading.named_minor_at_asylum is not None:
        name, minor, _ = reading.named_minor_at_asylum
        reading.named_minor_at_asylum = (name, minor, _age_told_with(name, earlier_texts))
    if reading.negated_numbers:
        return
    for age in reading.loose_ages:
        told = _age_told_with(age.name, earlier_texts) if age.name else None
        if told is not None and told != age.years:
            reading.negated_numbers.append(told)


def _age_told_with(name: str, earlier_texts: list[str]) -> int | None:
    """The last age written right after the first name in an earlier message ("selam van 11",
    "selam (11)", "selam is 11")."""
    shape = re.compile(rf"\b{re.escape(name)}\s*(?:\(|,|:|van|is|wordt)?\s*(\d{{1,2}})\b")
    found = [m.group(1) for text in earlier_texts for m in shape.finditer(fold(text or ""))]
    return int(found[-1]) if found else None


def _is_client_clause(clause: str) -> bool:
    """ "mijn cliënt is 15 (jaar)", "de cliënt is 40": the age of the person in Belgium."""
    if _is_past(clause):
        return False
    return any(f" {noun} is " in clause for noun in _client_nouns())


def _is_writer_clause(clause: str) -> bool:
    """The clause gives the writer's own age now ("ik ben 38"); "zei ik al" or "toen ik asiel
    vroeg was ik 16" (the past) do not."""
    if _is_past(clause):
        return False
    if re.search(r"(?:^| )ik \d", clause):  # "hij is 31 en ik 24" (panel 12, x3)
        return True
    if re.search(r"(?:^| )ik (?:nu|al|pas|maar|toch) \d{1,2} (?:jaar )?ben\b", clause):
        return True  # "omdat ik nu 19 ben" (panel 48, g1: "Over wie gaat 19 jaar?")
    return any(
        p in clause
        for p in (
            " ik ben ",
            " kben ",
            " k ben ",
            " ben ik ",
            " ben k ",
            " je suis ",
            " i am ",
            " ik zen ",
            " k zen ",
            " kzen ",
        )  # Flemish "ik zen Dirk, 52 jaar" (b2)
    )


# a number the NLU did not tag, that can be an age: 1-3 digits, not part of a date, an amount,
# a legal reference or a count ("3 kinderen")
_NUMBER = re.compile(
    r"(?<![\d/.,:-])\d{1,3}(?!\d)(?![/.,:]\d)(?!(?:de|e|ste)\b)"
)  # not "12de klas"
_NOT_AGE_AFTER = re.compile(
    r"\s*(euro|eur|€|%|procent|km|m2|m²|vierkante|uur|u\b|keer|dagen|weken geleden|"
    r"maanden geleden|maand geleden"
    r"|jaar geleden|jaar in belgi|jaar hier)",
    re.I,
)
_WEEKS_NO_BABY = re.compile(r"\s*(?:weeks?|weken|week)\b", re.I)
_A_BABY = re.compile(r"\b(?:baby|babytje|pasgeboren|boreling|newborn|zwanger|bevallen)\b")
_NOT_AGE_BEFORE = re.compile(r"(art\.?|artikel|§|nr\.?|nummer|sinds|in|om|op|tot|de)\s*$", re.I)


# "we zijn 2 mannen", "we are two women": a same-sex couple (seed 000: "LGBTIQ+-koppels die
# in hun land van herkomst niet konden huwen"; panel 127, l1)
_A_SAME_SEX_COUPLE = re.compile(
    r"\b(?:we|wij|we're) (?:zijn|are|zen|sont)? ?(?:2|twee|two|deux) "
    r"(?:mannen|vrouwen|men|women|hommes|femmes)\b"
)


# "het is eigenlijk geen adoptie", "adoptie bestaat niet in Jemen": a child taken in de facto
# (seed 000: "Feitelijk geadopteerde kinderen/ kinderen onder buitenlandse voogdij"; panel 128,
# r5: "het geadopteerd kind" kept through three corrections)
_NO_ADOPTION = re.compile(
    r"\b(?:geen|niet)\s+(?:echte?\s+|officiele?\s+)?adoptie\b"
    r"|\bniet\s+(?:echt\s+|officieel\s+)?geadopteerd\b|\badoptie\s+bestaat\s+(?:daar\s+|er\s+)?niet\b"
    r"|\bgeen\s+geadopteerde\b|\bnot\s+adopted\b"
)


# "Toen mijn vader op 6 mei 2024 asiel aanvroeg in België was ik dus al 18 jaar", "ik was 17
# toen papa asiel vroeg": the writer's age at the sponsor's asylum request (panel 131, y2)
_THE_SPONSORS_REQUEST = r"(?:mijn|m'n|mn) (?:vader|moeder|papa|mama|pa|ma)\b[^.?!]{0,50}\basiel"
_WRITERS_AGE_THEN = re.compile(
    rf"\btoen {_THE_SPONSORS_REQUEST}\w*[^.?!]{{0,40}}?\b(?:was|werd) ik (?:dus |al |toen |"
    r"nog |pas )*(\d{1,2})\b"
    rf"|\bik was (?:dus |al |toen |nog |pas )*(\d{{1,2}})(?: jaar)? toen {_THE_SPONSORS_REQUEST}"
)


def _writers_age_at_the_sponsors_asylum(folded: str) -> bool | None:
    found = _WRITERS_AGE_THEN.search(folded)
    if found is None:
        return None
    return int(found.group(1) or found.group(2)) < MAJORITY_AGE.value


def untagged_ages(message: dict[str, Any], mentions: list[Mention]) -> list[dict[str, Any]]:
    """Numbers the NLU left untagged that read as ages ("kinderen (4, 9 en 17)", "ze is 30",
    "hij is 21 niet 12"), as age entities; the same attribution then applies."""
    text = str(message.get("text") or "")
    taken = [
        (int(e.get("start") or 0), int(e.get("end") or 0)) for e in message.get("entities") or []
    ]
    found = []
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if any(a <= start < b or a < end <= b for a, b in taken):
            continue
        if _NOT_AGE_AFTER.match(text, end) or _NOT_AGE_BEFORE.search(text[:start]):
            continue
        if _WEEKS_NO_BABY.match(text, end) and not _A_BABY.search(fold(text)):
            continue  # "kidnapped in april by the amba boys, 3 weeks" (panel 113, t2: "Je
            # zoon: 0 maanden")
        if any(0 <= m.start - end <= 2 for m in mentions):  # "3 kinderen": a count
            continue
        if int(match.group()) > W.OLDEST_AGE:
            continue
        found.append({"entity": "age", "value": match.group(), "start": start, "end": end})
    return found + _number_word_ages(text, taken, mentions)


def _number_word_ages(text: str, taken, mentions: list[Mention]) -> list[dict[str, Any]]:
    """ "mijn zoon van tien", "ze is zeventien": a number word after "van"/"is" as an age."""
    from samen_rasa.nlu.dutch_numbers import number_words

    table = number_words()
    toks = tokens(text)
    found = []
    for i, tok in enumerate(toks[1:], start=1):
        value = table.get(tok.text)
        if (
            value is None
            or tok.text in ("een", "nul", "n")
            or toks[i - 1].text not in W.NUMBER_WORD_CUES
        ):
            continue
        if any(a <= tok.start < b for a, b in taken) or any(
            0 <= m.start - tok.end <= 2 for m in mentions
        ):
            continue
        found.append({"entity": "age", "value": str(value), "start": tok.start, "end": tok.end})
    return found


def _attach_ages(reading: Reading, message: dict[str, Any], toks: list[Token], starts: list[int]):
    folded = fold(reading.text)
    entities = _entities(message, "age") + untagged_ages(message, reading.mentions)
    numbers = _identifier_spans(reading.text)  # "bel me op 0486 55 21 93": no ages
    entities = [e for e in entities if not _inside(e, numbers)]
    for entity in sorted(entities, key=lambda e: e.get("start") or 0):
        try:
            age, negated, _future = _age_of(entity, toks)
        except (TypeError, ValueError):
            continue
        end = int(entity.get("end") or 0)
        if age.years is not None and age.years > W.OLDEST_AGE:
            continue  # "getrouwd sinds 2022": a year (panel 14)
        start = int(entity.get("start") or 0)
        if start and reading.text[start - 1 : start].isalpha():
            continue  # "een B17 visum", "F-kaart": a code (panel 16, f4: "je vrouw: 17")
        if _day_of_a_date(folded, end) or _count_or_amount(reading, folded, end):
            continue  # "2 oktober 2025": a date; "ik heb 2 vrouwen", "150 euro": no age
        if _count_of_the_next(reading, folded, entity):
            continue  # "ik heb maar 1 kind": how many, not a child of 1 (panel 9)
        if _nobodys_or_a_label(folded, start, end):
            continue  # "niemand is 1 jaar" (panel 34, c4), "diabetes type 2" (panel 104, z3)
        if negated:
            reading.negated_numbers.append(int(float(str(entity.get("value")))))
        elif not _is_duration(folded, end, int(entity.get("start") or 0)):
            _place_age(reading, entity, age, folded, starts)  # "al 25 jaar getrouwd": no age


_A_BIRTHDAY_TO_COME = re.compile(
    rf"\s*(?:jaar\s*)?(?:in|op|on)\s+(?:\d{{1,2}}\s+)?"
    rf"(?:{MONTH_ALTERNATION})\b"
)
_LABEL_BEFORE = re.compile(
    r"\b(?:type|fase|graad|stadium|niveau|klas|nummer|nr|punt|vraag|stap|optie|level|bijlage)\s*$"
)
_A_RULE_ASKED = re.compile(r"\b(?:allebei|beiden|beide)\s*$")  # "wacht, allebei 21?" (107, y4)
# "gelden voor ons de leeftijd 21 jaar" (panel 110, r2: "Over wie gaat 21 jaar?")
_THE_AGE_RULE = re.compile(r"\b(?:leeftijd|leeftijdsgrens|minimumleeftijd|leeftijdsvoorwaarde)"
                           r"\s+(?:van\s+)?$")  # fmt: skip
# "dat is 11 maanden", "dus 8 maand" restate a span (panel 110, r2: "Over wie gaat 0 jaar?")
_A_SPAN_RESTATED = re.compile(r"\b(?:dat is|dat zijn|dus|in totaal|totaal)\s*$")


_SINCE_AN_AGE = re.compile(  # "ik zorg voor hem sinds hij 2 is", "opgevoed van 2 jaar"
    r"\b(?:sinds|vanaf|van toen)\s+(?:hij|zij|ze|ik)\s*$"
    r"|\b(?:hem|haar|hen)\s+(?:\w+\s+)?(?:opgevoed|grootgebracht|verzorgd|opgevangen)\s+"
    r"(?:van|vanaf|sinds)\s+(?:zijn|haar)?\s*$"
    r"|\b(?:zorg|zorgen|zorgde)\s+(?:al\s+)?voor\s+(?:hem|haar|hen)\s+(?:van|vanaf|sinds)\s+"
    r"(?:zijn|haar)?\s*$"
)
_A_COUNT_OF_CHILDREN = re.compile(r"\bkinderen\s+(?:zijn|zijn er)\s*$")  # "kinderen zijn 3:"


def _nobodys_or_a_label(folded: str, start: int, end: int) -> bool:
    """No one's age ("niemand is 1 jaar"), or a number that names a kind or an item:
    "diabetes type 2", "1) waar ... 2) welke" (panel 104, z3 and z2); the age someone was
    when the care began ("ik zorg voor hem sinds hij 2 is", "ik heb hem opgevoed van 2 jaar")
    or how many children ("kinderen zijn 3: yousef 17, lina 9, adam 14"; panels 108 and 109,
    m1: "Je stiefkind: 2 jaar", "je kind van 3 jaar")."""
    if re.search(r"\bniemand (?:is|wordt|heeft)\s*$", folded[:start]):
        return True
    if re.fullmatch(r"(?:twee|drie|vier|vijf|zes)", folded[start:end].strip()) and re.search(
        r"\b(?:die|deze|de|alle|allebei|onze|mijn|zijn|haar)\s*$", folded[max(0, start - 8) : start]
    ):
        return True  # "Die twee van Fatima": a count (panel 112, t5: "je kind van 2 jaar")
    near = folded[max(0, start - 45) : start]
    if _SINCE_AN_AGE.search(near) or (
        _A_COUNT_OF_CHILDREN.search(near) and re.match(r"\s*:", folded[end : end + 3])
    ):
        return True
    if _LABEL_BEFORE.search(folded[max(0, start - 12) : start]):
        return True
    if _THE_AGE_RULE.search(folded[max(0, start - 25) : start]):
        return True
    span = re.match(r"\s*(?:maand|maanden|weken|week|dagen|dag)\b", folded[end : end + 10])
    if span and _A_SPAN_RESTATED.search(folded[max(0, start - 14) : start]):
        return True
    if _a_number_said_or_to_come(folded, start, end):
        return True
    if _A_RULE_ASKED.search(folded[max(0, start - 12) : start]) and re.match(
        r"\s*(?:jaar\s*)?\?", folded[end : end + 8]
    ):
        return True  # not "papa en mama zijn allebei 45" (panel 33)
    before = folded[max(0, start - 40) : start]
    inside = before.rfind("(") > before.rfind(")")  # "sara (7)", "(4, 9 en 17)", "(Omar, 41)"
    return not inside and bool(re.match(r"\)\s+[a-z]", folded[end : end + 4]))  # "1) waar"


def _a_number_said_or_to_come(folded: str, start: int, end: int) -> bool:
    """A number quoted, not lived ("ik dacht als ik 21 zeg is makkelijker", "en ik schreef 18,
    maar ik ben 19"; panels 111, u4 and 112, t1), or an age to come ("i am 20. 21 in march, 2
    march 2027"; panel 112, s5)."""
    if re.match(r"\s*(?:jaar\s*)?(?:zeg|zei|zou zeggen|schrijf|schreef|invul|invult)\b",
                folded[end : end + 20]):  # fmt: skip
        return True
    said = re.search(
        r"\b(?:ik|k) (?:schreef|zei|typte|typ|zeg|had)\s*$", folded[max(0, start - 14) : start]
    )
    turning = re.search(r"\b(?:wordt|word|worden)\s*$", folded[max(0, start - 8) : start])
    to_come = not turning and _A_BIRTHDAY_TO_COME.match(folded[end : end + 24])
    return bool(said) or bool(to_come)  # not "zijn broertje wordt 13 in maart": 12 (panel 32)


def _status_of_a_relative(reading: Reading, entity: dict[str, Any]) -> list[tuple[str, str]]:
    """ "mijn nonkel karwan woont in maastricht en is nederlander": the relatives named in the
    status's sentence, (relationship, word), when none is told as the one in Belgium; facts
    keeps the status from any of them who is not the sponsor (panel 111, u5: "Je papa:
    EU-burger")."""
    start = int(entity.get("start") or 0)
    opening = max((reading.text.rfind(c, 0, start) for c in ".!?\n"), default=-1) + 1
    before = [m for m in reading.mentions if opening <= m.start < start]
    if not before or any(m.is_sponsor or m.owner == "third" for m in before):
        return []
    kinds = ("other_relative", "sibling", "grandparent", "child")
    return [(m.relationship, m.word) for m in before if m.relationship in kinds]


def _status_of_another(entity: dict[str, Any], text: str, starts: list[int]) -> bool:
    """The status is said of "ze"/"hij" in a clause without "ik" ("ze is hier met een
    verblijfskaart via gezinshereniging")."""
    index = clause_of(int(entity.get("start") or 0), starts)
    clause = clause_text(f" {fold(text)} ", starts, index)
    if index and re.match(r"\s*(?:en|maar)?\s*(?:is|heeft|zit|woont)\b", clause):
        # "mijn nonkel karwan woont in maastricht en is nederlander": the subject before
        # (panel 111, u5: "Je papa: EU-burger")
        clause = clause_text(f" {fold(text)} ", starts, index - 1) + clause
    named = [
        w
        for w in re.findall(r"\b([a-z]{3,15}) (?:is|heeft|zit|woont)\b", clause)
        if w not in W.NOT_NAMES and w not in W.SUBJECT_WORDS and w not in W.INVERSE_RELATIONSHIP
    ]  # "fatima is marokkaanse met een F kaart" (panel 12, w3)
    third = pronoun_in(clause) is not None or bool(named)
    return third and not any(i in clause for i in _I)


IDENTIFIER_KINDS = ("telefoonnummer", "e-mail", "iban", "rijksregisternummer", "paspoortnummer")


def _identifier_spans(text: str) -> list[tuple[int, int]]:
    """Where the message holds a phone number, e-mail, IBAN, national or passport number
    (privacy.redact, the same finder the store redacts with): its digits are no ages."""
    if not any(ch.isdigit() for ch in text):
        return []
    return [(s.start, s.end) for s in find_identifiers(text) if s.kind in IDENTIFIER_KINDS]


def _inside(entity: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    return any(a <= start and end <= b for a, b in spans)


_A_COUPLES_PERIOD = re.compile(
    r"\b(?:kennen (?:we )?elkaar|elkaar (?:al )?kennen|samen(?:gewoond)?|samenwonen|"
    r"woonden (?:we )?samen|getrouwd|relatie)\b(?:\s+\w+){0,2}?\s+(?:al\s+|sinds\s+)?\d{1,2}$"
)
_PERIOD_ENOUGH = re.compile(  # "dus 8 maand is te weinig?", "is 8 maanden samenwonen genoeg"
    r"\s*(?:maand|maanden|jaar)\s+(?:is\s+|samenwonen\s+|samen\s+)*"
    r"(?:te weinig|genoeg|te kort|voldoende)\b"
)


_AN_AMOUNT = re.compile(
    r"\s*(?:euro|eur\b|€|netto|bruto|per maand|in de maand|slk\b|slpk\b|slaapkamer|kamer|m2\b|"
    r"m²|vierkante)"
    r"|\s*(?:a|à|tot|-|of)\s*\d+\s*(?:euro|eur\b|€)"
)


def _a_thing_counted(folded: str, end: int) -> bool:
    """A number right before a thing (a body part, a room, a foreign currency), written apart
    or joined ("1BHK"): a count or an amount, no age."""
    after = re.match(r"\s*([a-z]+)", folded[end : end + 16])
    return bool(after and after.group(1) in W.COUNTED_THINGS)


def _a_duration_asked(folded: str, end: int) -> bool:
    """ "hoe lang duurt? 1 jaar??": the number of years asked after a duration question in the
    same message, with a question mark right after it."""
    asked = re.match(r"\s*(?:jaar|jr|maanden|maand)?\s*\?", folded[end : end + 12])
    return bool(asked) and any(q in folded[:end] for q in W.DURATION_QUESTIONS)


_PEOPLE_COUNTED = re.compile(
    r"\s*(?:persoon|personen|mens|mensen|mannen|jongens|meisjes|gasten|vrouwen"
    r"|men|women|people|persons|guys|boys|girls|hommes|femmes|personnes)\b"
)


def _count_or_amount(reading: Reading, folded: str, end: int) -> bool:
    """ "ik heb 2 vrouwen": a count right before a person (panel 6, l4); "een pensioentje van
    150 euro": an amount (panel 6, k4)."""
    if (
        _AN_AMOUNT.match(folded[end : end + 20])
        or _a_thing_counted(folded, end)
        or _a_duration_asked(folded, end)
    ):  # "1100 netto" (panel 9, r1); "100 à 150 euro" (panel 103, y5); "doof aan 1 oor", "een
        return True  # 1BHK", "hoe lang? 1 jaar??" (panel 124, q5, q4, q1)
    if re.match(r"\s*(?:x\b|keer\b|maal\b|bezoek\w*|reizen\b|reis\b)", folded[end : end + 10]):
        return True  # "zij kwam 1x hier": how often (panel 15, c3: "Je vriendin: 1 jaar"); "die
        # 3 bezoeken" (panel 54, b1: "Over wie gaat 0, 3, 3 jaar?")
    if _A_COUPLES_PERIOD.search(folded[max(0, end - 40) : end]) or _PERIOD_ENOUGH.match(
        folded[end : end + 40]
    ):
        return True  # "we kennen elkaar al 3 jaar", "dus 8 maand is te weinig?" (panel 54, b1)
    if re.match(_PEOPLE_COUNTED, folded[end : end + 12]):
        return True  # "er is maar 1 persoon" (panel 10, s4); "we zijn 2 mannen" (panel 63, h4);
        # "we are 2 men" (panel 127, l1: "Over wie gaat 2 jaar?")
    if folded[max(0, end - 12) : end].split()[-2:-1] in (["alle"], ["allemaal"], ["ons"], ["all"]):
        return True  # "ja alle 3 van ons samen" (panel 13, z3), "van ons twee" (panel 14, a5)
    jarige = re.match(r"\s*-?\s*jarige?\b", folded[end : end + 10])
    if jarige and not any(0 <= m.start - (end + jarige.end()) <= 2 for m in reading.mentions):
        return True  # "de 12 jarige is niet van mijn vrouw": who, not a new age (u2)
    head = folded[:end]  # "ze is zwanger 4 maand" (panel 11, u4), "ik ben zwanger, 5 maand" (h4)
    pregnant = re.search(r"(?:zwanger|in verwachting)[\s,]*(?:van\s+)?\d{1,2}(?:\s*\w+)?$", head)
    months = re.match(r"\s*(?:maand|week)", folded[end : end + 8]) or re.search(
        r"(?:maand|maanden|mnd|week|weken)$", head
    )
    if pregnant and months:
        return True
    if re.match(r"\s*(?:maand|week)\w*\s+(?:zwanger|in verwachting)", folded[end : end + 30]):
        return True  # "ze is 5 maand zwanger" (panel 7, n5)
    before = folded[max(0, end - 20) : end].split()[-2:-1]
    if re.match(r"\s*maand", folded[end : end + 8]) and before[:1] in (
        ["de"],
        ["die"],
        ["binnen"],
        ["na"],
        ["termijn"],
    ):  # "kan ze dan nog met de 12 maand?": the period, no age (panel 7, n2)
        return True
    return any(  # "ik heb 2 vrouwen"; not "zij is 38. kinderen: ..." (panel 10, t3)
        0 <= m.start - end <= 2 and m.count > 1 and not folded[end : m.start].strip()
        for m in reading.mentions
    )


_STEP_CORRECTION = re.compile(
    r"niet (?:mijn|m'n|ons|onze) (zoon|dochter|kind)\b[^.?!]{0,40}?\b(?:de|het|een|zijn|haar)"
    r" (?:zoon|dochter|kind) van (?:mijn|m'n) (?:man|vrouw|partner|vriend|vriendin|echtgenoot"
    r"|echtgenote)\b"
)


def _asked_in(text: str, cues) -> bool:
    """A cue said only in a question ("moet hij ten laste zijn?")."""
    sentences = re.split(r"(?<=[.!?\n])", fold(text))
    told = [s for s in sentences if any(c in f" {s} " for c in cues)]
    return bool(told) and all(s.strip().endswith("?") for s in told)


def _someone_elses(reading: Reading, mention: Mention, folded: str) -> None:
    """ "mijn broer ... hij heeft zelf 4 kinderen": the brother's children (panel 16, e4: four
    children of the user); "van mijn vrouw met eerste man": her earlier husband, no spouse
    who comes (panel 16, e1)."""
    before = " ".join(re.findall(r"[\w']+", folded[max(0, mention.start - 30) : mention.start]))
    theirs = re.search(r"\b(?:hij|zij|ze) heeft(?: zelf| ook| nog)?(?: \w+)?$", before)
    theirs = theirs or re.search(  # "she has 4 children", "He has wife and 6 children",
        r"\b(?:he|she) (?:has|have|got)(?: also| a| his| her)?(?: \w+)?(?: and(?: \w+)?)?$",
        before,  # "daughter of my sister" (panel 128-129, u2 and u4: the aunt's and the
    )  # uncle's children asked "Hoe oud is je vrouw?", "Je vierde kind")
    theirs = theirs or re.match(r"\s*of (?:my|his|her) (?:late )?\w+", folded[mention.end :])
    earlier_ones = [m for m in reading.mentions if m.end <= mention.start]
    # "mijn zus is ook in nador maar getrouwd en heeft 5 kinderen" (panel 20, n4)
    kin_before = earlier_ones and earlier_ones[-1].relationship in ("sibling", "other_relative")
    theirs = theirs or (
        kin_before and re.search(r"\b(?:en|maar) heeft(?: zelf| ook| nog)?(?: \w+)?$", before)
    )
    partner_said = earlier_ones and earlier_ones[-1].relationship in ("spouse", "partner")
    partner_said = partner_said and earlier_ones[-1].context is None  # not "He has wife and 6
    # children": the uncle's (panel 128, u2)
    if mention.context is None and theirs and mention.owner != "writer" and not partner_said:
        mention.context = "third_party"  # a partner's children are stepchildren (elsewhere)
    partners = ("spouse", "partner")
    # "nee, van mijn eerste vriendin": the son's mother, no partner who comes (panel 50, h5)
    of_mine = bool(re.search(r"\bvan (?:mijn|m'n|mn)$", before))
    earlier = mention.qualifier in ("eerste", "vorige") and (mention.owner != "writer" or of_mine)
    second = any(m.qualifier in ("tweede", "derde") and m.relationship in partners
                 for m in reading.mentions)  # fmt: skip  # "eerste vrouw 38, tweede vrouw 19":
    # two wives now, not an earlier one (panel 27, a5)
    if mention.context is None and mention.relationship in partners and earlier and not second:
        mention.context = "ex"


_NATIONALITY_AFTER = re.compile(
    r"\s+(?:zijn|is|waren|was)\s+(?:ook\s+)?([a-z]{4,}(?:s|se|sch|sche))\s*(?:[.,!?;]|$)"
)


_SUBJECT_BEFORE = re.compile(r"\b(?:hij|zij|ze|ik|je)\s+(?:nog\s+)?(?:een\s+)?$")
_WAS_BEFORE = re.compile(
    r"\b(?:was|waren|is|zijn)\s+(?:toen\s+|nog\s+|net\s+|toch\s+|ook\s+)*(?:een\s+)?$"
)
# "hij is toch ook een kind, 9 jaar": a minor, no child of the sponsor (panel 21, o1); not
# "er is nog een kind, 15 jaar" (one more child)
_A_CHILD_AS_SUCH = frozenset({"kind", "minderjarige"})
_SUCH_BEFORE = re.compile(  # "hij is toch nog kind voor mama" (panel 100, v4: "Hoe oud is je
    r"\b(?:hij|zij|ze|dat|die)\s+is\s+(?:toch\s+|ook\s+|nog\s+|wel\s+)*(?:een\s+)?$"  # kind?")
)


_ON_THE_BIRTH_DEED = re.compile(
    r"\s+(?:staan|staat|stonden|stond)\s+(?:\w+\s+)?op\s+(?:de|zijn|haar|die|het)?\s*"
    r"(?:geboorteakte|akte|geboortebewijs)"
)
_NO_COMMON_BEFORE = re.compile(r"\bgeen\s+(?:gemeenschappelijke?|gezamenlijke?)\s+$")

# relatives whose nationality tells the writer's own origin ("ouders zijn turks")
_ORIGIN_OF = frozenset({"parent", "grandparent"})


def _described(mention: Mention, folded: str) -> None:
    """ "ik ben belg, ouders zijn turks": who they are, no one who comes (panel 16, f3: the
    parents were asked "op hoge leeftijd?"); "lina was nog baby": what a child was then, no
    new baby (panel 20, m2)."""
    found = _NATIONALITY_AFTER.match(folded[mention.end : mention.end + 30])
    origin = mention.relationship in _ORIGIN_OF  # "mijn vrouw is marokkaanse, ze is 20" is
    # the wife who comes (panel 27, a3: no one was taken)
    if mention.context is None and origin and found and found.group(1) not in W.NOT_NATIONALITIES:
        mention.context = "negated"
    surface = folded[mention.start : mention.end].split()
    said_of = _WAS_BEFORE.search(folded[max(0, mention.start - 25) : mention.start]) or (
        _SUBJECT_BEFORE.search(folded[max(0, mention.start - 12) : mention.start])
        and re.match(r"\s+(?:was|waren)\b", folded[mention.end : mention.end + 8])
    )  # "nooit gezien sinds hij baby was" (panel 23, s4)
    baby = surface[-1:] and surface[-1] in W.BABY_WORDS
    if mention.context is None and said_of and baby:
        mention.context = "negated"
    only = "enige" in surface or folded[: mention.start].rstrip().endswith("enige")
    if only and re.search(
        r"\b(?:is|was) (?:haar|zijn|hun) (?:enige\s+)?$", folded[: mention.start]
    ):
        mention.context = "negated"  # "valeria is haar enige dochter": who Rosa has, no one
        # new (panel 75, h2: "De dochter van je vrouw: 60 jaar")
    such = surface[-1:] and surface[-1] in _A_CHILD_AS_SUCH
    if mention.context is None and such and _SUCH_BEFORE.search(folded[: mention.start]):
        mention.context = "negated"
    on_the_deed = _ON_THE_BIRTH_DEED.match(folded[mention.end : mention.end + 50])
    if mention.context is None and mention.relationship == "parent" and on_the_deed:
        mention.context = "negated"  # "beide ouders staan op de geboorteakte": the child's
        # parents, no one who comes (panel 99, u2: "Is de eerste ouder ... op hoge leeftijd?")
    if mention.context is None and _NO_COMMON_BEFORE.search(folded[: mention.start]):
        mention.context = "negated"  # "nee, geen gemeenschappelijke kinderen": the couple has
        # none, no one to add or take out (panel 98, t5: two children of no age added)
    indefinite = folded[max(0, mention.start - 4) : mention.start].endswith("een ")
    owned = re.search(r"\b(?:heb|heeft|hebben|had|met|als)\s+een\s*$", folded[: mention.start])
    someone = " die " in f" {folded[mention.end : mention.end + 30]} "
    if (
        mention.context is None
        and indefinite
        and not owned
        and someone
        and (mention.relationship in ("spouse", "partner"))
    ):  # "een man in het kamp die selam lastigvalt" (o5), not "ik heb een man en 2 kinderen"
        mention.context = "negated"


def _travel_companion(mention: Mention, folded: str) -> None:
    """ "hij ging alleen met zijn oom tot turkije": who travelled with the sponsor, no one who
    comes (panel 16, f2: "De oom van je zoon: wil naar België komen")."""
    before = re.findall(r"[\w']+", folded[max(0, mention.start - 40) : mention.start])[-5:]
    joined = before[-3:-1] if before[-1:] in (["zijn"], ["haar"], ["mijn"]) else before[-2:]
    travelled = set(before) & W.TRAVEL_VERBS
    if mention.context is None and "met" in joined and travelled:
        mention.context = "negated"


def _money_helper(mention: Mention, folded: str) -> None:
    """ "kan mijn schoonvader bijspringen, hij werkt in marokko": who would help with money,
    no one who comes (panel 19, k1: "Je familielid: wil naar België komen")."""
    parts = re.split(r"[.!?\n]", folded[mention.start :], maxsplit=2)
    sentence = parts[0]
    nxt = parts[1] if len(parts) > 1 else ""
    if re.search(r"\b(?:hij|zij|ze)\b", nxt) and _has(W.MONEY_HELP_WORDS, f" {nxt} "):
        sentence += f" {nxt}"  # "mijn broer woont in pakistan, hij is 30. kan hij ook
        # meebetalen?" (panel 41, h3: the brother assessed)
    coming = " komen" in sentence  # "mijn moeder wil komen, ik kan haar helpen met geld"
    if mention.context is None and _has(W.MONEY_HELP_WORDS, f" {sentence} ") and not coming:
        mention.context = "negated"
    before = folded[max(0, mention.start - 40) : mention.start]
    if mention.context is None and _MONEY_SENT_TO.search(before):
        mention.context = "negated"  # "wij sturen elke maand geld naar de oma": who gets the
        # money, no one who comes (panel 41, g5: "Is je oma op hoge leeftijd?")


_MONEY_SENT_TO = re.compile(
    r"\b(?:geld|euro|€)\b[^.?!]{0,20}\b(?:naar|aan) (?:de |mijn |zijn |haar |hun |mn )?$"
)


_DO_NOT_HELP = re.compile(
    r"^[^.!?]{0,60}\b(?:die|ze|zij|hij)\s+(?:doen|doet|helpen|helpt|zorgen|zorgt|geven|geeft)"
    r"\s+(?:niks|niets|niet|geen)\b"
    # "nog een oom in bagdad, ... maar die heeft zelf 6 kinderen en wil hem niet nemen" (82, h5)
    r"|^[^.!?]{0,80}\b(?:wil|wilt|willen|kan|kunnen)\s+(?:hem|haar|hen)\s+niet\s+"
    r"(?:nemen|opvangen|houden|helpen)\b"
    # "hoe bewijs ik dat mijn broer (in duitsland) niet voor haar kan zorgen" (panel 84, j5)
    r"|^[^.!?]{0,25}\bniet\s+voor\s+[a-z]+\s+(?:kan|kunnen)\s+zorgen\b"
    r"|^[^.!?]{0,25}\b(?:kan|kunnen)\s+niet\s+(?:voor\s+[a-z]+\s+)?zorgen\b"
    # "zus van cliënte woont in Rwanda, kan moeder niet opvangen" (panel 124, z3)
    r"|^[^.!?]{0,40}\b(?:kan|kunnen)\s+(?:(?:de|haar|zijn|hun|mijn)\s+)?(?:moeder|mama|vader|"
    r"papa|ouders|hem|haar|hen)\s+niet\s+(?:opvangen|verzorgen|helpen|nemen|houden)\b"
)


# "fatou zorgt voor aminata als een mama": a comparison, no mother (panel 84, i5)
_AS_IF_A = re.compile(r"\b(?:als|zoals)\s+(?:een\s+|haar\s+|zijn\s+)?(?:eigen\s+|echte\s+)?$")


# "mijn vriend zegt je moet 1555 euro verdienen, klopt dat?" (panel 87, j1: a partner's income)
_SAYS = re.compile(
    r"^\s+(?:zegt|zei|zegde|vertelde|vertelt|denkt|dacht|las|heeft (?:gezegd|verteld|gelezen))\b"
)


def _a_source_of_hearsay(mention: Mention, folded: str) -> None:
    """The one who said something: no one who comes, no one whose income counts."""
    said = re.split(r"[.?!]", folded[mention.end :])[0]
    comes = re.search(r"\b(?:hij|zij|ze)\b[^.?!]{0,15}\b(?:komen|meekomen|mee)\b", said)
    if mention.context is None and mention.owner == "writer" and _SAYS.match(said) and not comes:
        mention.context = "hearsay"  # not "mijn broer zegt dat hij ook wil komen" (panel 19)


_REPORTED = re.compile(
    r"\b(?:zegt|zei|zeggen|zeiden|las|lees|gelezen|gehoord|hoorde|hoor|schrijft|beweert|"
    r"vertelde)\b"  # "ik heb gelezen dat ... de echtgenote en kinderen ook" (panel 99, v1)
    r"(?:[^.?!]*\bdat\b)?[^.?!]*$"  # "mijn buurman zei kinderen boven 18 mogen niet komen"
)  # (panel 96, p3)


def _in_reported_speech(mention: Mention, folded: str) -> None:
    """ "een vriend zegt dat alleen kinderen onder 18 mogen komen en dat een volwassen zoon een
    humanitair visum moet vragen": children and a son in general, no one of the writer's
    (panel 93, p3: "Hoe oud is je tweede kind?")."""
    sentence = re.split(r"[.?!]", folded[: mention.start])[-1]
    if mention.context is None and mention.owner == "bare" and _REPORTED.search(sentence):
        mention.context = "hearsay"


_SHE_IS_A = re.compile(r"\b(?!er\b|dat\b|het\b|dit\b)\w+ (?:is|was) (?:nog |maar |pas )*een\s*$")
_WITHOUT_PARENTS = re.compile(r"\bzonder\s+(?:(?:mama|papa|vader|moeder|ouders?)\s+en\s+)?$")
_BEST_INTERESTS_OF = re.compile(r"\bbelang van (?:het|een|dit)\s+$")


# "Hij is alleen gekomen naar België, zonder ouder" (panel 88, l4: "De ouder van je zoon: wil
# naar België komen")
_CAME_WITHOUT = re.compile(
    r"\b(?:gekomen|kwam|kwamen|gevlucht|vluchtte|reisde|aangekomen|alleen)\b[^.?!]{0,40}"
    r"\bzonder (?:een |zijn |haar |mijn |de )?$"
)


# "mijn vraag over mijn broers: telt het tegen ons dat zij in Duitsland en Zweden wonen?"
_A_QUESTION_ABOUT = re.compile(r"\bvraag over(?: (?:mijn|m'n|de|haar|zijn|onze))?\s*$")


def _asked_about_only(mention: Mention, folded: str) -> None:
    """A relative a question is about, who is not said to come (panel 90, k4: the two
    brothers in Germany and Sweden added)."""
    before = folded[max(0, mention.start - 25) : mention.start]
    sentence = re.split(r"[.?!]", folded[mention.end :])[0]
    where_they_are = re.search(r"\b(?:telt|tegen|probleem)\b", sentence) and re.search(
        r"\b(?:wonen|woont|zijn|is)\b", sentence
    )  # not "ik heb een vraag over mijn kinderen" (panel 73)
    if mention.context is None and _A_QUESTION_ABOUT.search(before) and where_they_are:
        if "komen" not in sentence:
            mention.context = "negated"


def _came_without(mention: Mention, folded: str) -> None:
    """Who the sponsor came without, no one who comes; "een kind zonder ouders", "zonder mama
    en papa" (panel 95, n5: the niece's dead parents asked "op hoge leeftijd?"); "het (hoger)
    belang van het kind" names no child (panel 95, n5: "Hoe oud is je kind?")."""
    before = folded[max(0, mention.start - 60) : mention.start]
    if mention.context is None and _CAME_WITHOUT.search(before):
        mention.context = "negated"
    near = folded[max(0, mention.start - 30) : mention.start]
    if mention.context is None and _WITHOUT_PARENTS.search(near) and mention.owner == "bare":
        mention.context = "negated"
    a_child = mention.word in ("kind", "kindje", "meisje", "jongen", "jongetje")
    if mention.context is None and mention.owner == "bare" and a_child and _SHE_IS_A.search(near):
        mention.context = "negated"  # "ze is een kind zonder ouders", "ayaan is een kind van
        # 11": who she is, no one else (panel 95, n5)
    if mention.context is None and _BEST_INTERESTS_OF.search(near):
        mention.context = "negated"


def _a_comparison(mention: Mention, folded: str) -> None:
    """ "zorgt voor haar als een mama": the word compares, it names no relative."""
    before = folded[max(0, mention.start - 25) : mention.start]
    if mention.context is None and mention.owner == "bare" and _AS_IF_A.search(before):
        mention.context = "negated"


def _who_does_not_help(mention: Mention, folded: str) -> None:
    """ "ik heb nog 2 broers, een in spanje ... maar die doen niks voor haar": the relatives
    who do not care for her, no one who comes (panel 82, g1: two brothers added)."""
    if mention.context is None and _DO_NOT_HELP.match(folded[mention.end :]):
        mention.context = "negated"


def _living_here_with(mention: Mention, folded: str) -> None:
    """ "we huren een huis in antwerpen met mijn vrouw en kinderen": they live here with the
    writer (panel 82, g1: the wife and children asked about as ones who come)."""
    before = folded[max(0, mention.start - 70) : mention.start]
    places = "|".join((*W.BELGIAN_PLACES, "belgie", "hier"))
    lives = re.search(
        rf"\b(?:wonen|woon|huren|huur|leven|leef)\b[^.?!]{{0,30}}\b(?:in )?(?:{places})\b"
        r"[^.?!]{0,10}\bmet\b(?: (?:mijn|mn|onze|ons|de))?"
        r"(?:[^.?!]{0,25}\ben(?: mijn| mn| onze| ons| de)?)?\s*$",
        before,
    )
    after = folded[mention.end : mention.end + 60]  # "ik woon met mijn man en kinderen in
    lives_with = re.search(
        r"\b(?:wonen|woon|leven|leef)\s+(?:samen\s+)?met\s+(?:mijn|mn|m'n|onze|ons|de)?"
        r"[^.?!]{0,25}$",
        before,
    )  # gent" (panel 86, k4)
    here_after = re.match(rf"^[^.?!]{{0,30}}?\b(?:in )(?:{places})\b", after)
    home = _WE_RENT_WITH.search(before)  # "we huren een appartement met 2 slaapkamers, met de
    home = home and not re.search(r"\bin (?!een\b|het\b)", home.group(0))  # kinderen" (panel
    here = lives or lives_with and here_after or home  # 91, m4: the children made applicants)
    here = here or _CHILD_BENEFIT_FOR.search(before)  # "kindergeld voor de 2 kinderen" (92, m4)
    here = here or _PAY_OF.search(before)  # "1900 netto van mijn man" (panel 92, m4)
    here = here or _HOME_WITH.search(before)  # "ik ben thuis met de baby", "ik werk nog niet door
    # de baby" (panels 91 and 92, n5: the baby asked about as one who comes)
    here = here or _CAME_WITH.search(before)  # "kwam op mijn 12e met mijn moeder" (104, y4)
    if mention.context is None and not mention.is_sponsor and here:
        mention.context = "in_belgium"


# "mijn vriend ..., hij is ook belg": a partner as Belgian as the writer lives here
_BELGIAN_TOO = re.compile(
    r"^[^.!?]{0,80}?\b(?:hij|zij|ze|die)\s+is\s+(?:ook|eveneens|zelf\s+ook)\s+"
    r"(?:een\s+)?(?:belg|belgisch|belgische)\b"
)


def _belgian_too(mention: Mention, folded: str) -> None:
    """ "ik ben niet getrouwd met mijn vriend, we zijn wettelijk samenwonend, hij is ook
    belg": the writer's Belgian partner, no one who comes (panel 123, z4: Dirk made an
    applicant)."""
    if mention.relationship not in _COUPLE_RELATIONS or mention.context is not None:
        return
    if _BELGIAN_TOO.search(folded[mention.end :]):
        mention.context = "in_belgium"


# the writer came to Belgium with this relative: "ik kwam op mijn 12e met mijn moeder"
_CAME_WITH = re.compile(
    r"\b(?:kwam|kwamen|gekomen|aangekomen)\b[^.?!]{0,25}\bmet\s+(?:mijn|mn|m'n|onze|ons)\s*$"
)
# the pay of the writer's partner: one who earns here, no one who comes
_PAY_OF = re.compile(
    r"\b(?:netto|bruto|euro|loon|inkomen|salaris|pensioen|uitkering) van(?: mijn| mn| m'n)?\s*$"
)
# the writer at home with a child, or kept from work by one: a child who lives here
_HOME_WITH = re.compile(
    r"\b(?:ben|zit|blijf|zijn|zitten)\s+(?:\w+\s+)?thuis\s+(?:met|voor)\s+(?:de|mijn|mn|onze|ons)\s*$"
    r"|\b(?:werk|werken|ga|gaan)\b[^.?!]{0,20}\b(?:door|voor|wegens)\s+(?:de|mijn|mn|onze|ons)\s*$"
)
# Belgian child benefit is paid for children who live here
_CHILD_BENEFIT_FOR = re.compile(
    r"\b(?:kindergeld|groeipakket|kinderbijslag)\b[^.?!]{0,12}\bvoor\b"
    r"(?: (?:de|mijn|mn|onze|ons|haar|zijn))?(?: \d{1,2}| twee| drie| vier)?\s*$"
)
# the writer's own home, with no place named: the one in Belgium (the family abroad is "zij")
_WE_RENT_WITH = re.compile(
    r"\b(?:we|wij|ik)\s+(?:huren|huur|wonen|woon|delen|deel)\b[^.?!]{0,50}\bmet\b"
    r"(?: (?:mijn|mn|onze|ons|de))?(?:[^.?!]{0,25}\ben(?: mijn| mn| onze| ons| de)?)?\s*$"
)


# "zijn andere zoon, die bij hem woont", "mijn dochter die al bij mij woont"; "Haar zoon van
# 17 woont al bij haar (GH in 2018)" (panel 126, z3: the son made an applicant)
_WHO_LIVES_WITH = re.compile(
    r"^\s*,?\s*die (?:al |nu |ook |hier )*bij (?P<whom>hem|mij|ons|haar) (?:woont|wonen|leeft|"
    r"leven)\b"
    r"|^(?:\s+van\s+\d{1,2})?\s+(?:woont|wonen|leeft|leven)\s+(?:al |nu |ook |hier |sinds \w+ )*"
    r"bij (?P<whom2>hem|mij|ons|haar)\b"
)


# "Hij huurt een appartement ... in Leuven, daar woont ook zijn andere zoon" (panel 87, i2)
_LIVES_THERE_TOO = re.compile(
    r"\b(?:daar|er|hier) (?:woont|wonen|leeft|leven) (?:ook |nog |al )*"
    r"(?:zijn |haar |mijn |m'n |hun )?(?:andere |oudste |jongste )?$"
)


def _lives_with_the_sponsor(mention: Mention, folded: str) -> None:
    """A relative of the one in Belgium who lives with him: here, no one who comes (panel 83,
    i2: "het kindergeld voor zijn andere zoon, die bij hem woont" made a son of the wife)."""
    before = folded[max(0, mention.start - 30) : mention.start]
    sentence = re.split(r"[.!?]", folded[: mention.start])[-1]
    places = "|".join((*W.BELGIAN_PLACES, "belgie"))
    home_here = re.search(rf"\b(?:{places})\b", sentence)
    if mention.context in (None, "third_party") and _LIVES_THERE_TOO.search(before) and home_here:
        mention.context = "in_belgium"
        return
    told = _WHO_LIVES_WITH.match(folded[mention.end :])
    if not told or mention.context not in (None, "third_party") or mention.is_sponsor:
        return
    whom = told["whom"] or told["whom2"]
    his = mention.possessive == "zijn" and whom == "hem"
    hers = mention.possessive == "haar" and whom == "haar"
    mine = mention.owner == "writer" and whom in ("mij", "ons")
    if his or hers or mine:
        mention.context = "in_belgium"


_SHE_IS_HIS = re.compile(r"\b(?:ze|zij|hij) is (?:zijn|haar) $")


def _who_someone_is(mention: Mention, folded: str) -> None:
    """ "ik of valeria? ze is zijn mama": says who someone named is, no one who comes (panel
    77, h2: "Je mama: wil naar België komen")."""
    before = folded[max(0, mention.start - 20) : mention.start]
    if mention.context is None and mention.count == 1 and _SHE_IS_HIS.search(before):
        mention.context = "negated"


def _same_parents(mention: Mention, folded: str) -> None:
    """ "zelfde mama en papa": each parent after "zelfde" says who the parents are, no one who
    comes (panel 13, y1; panel 15, d1: "papa" after "mama en")."""
    before = re.findall(r"[\w']+", folded[max(0, mention.start - 40) : mention.start])[-4:]
    last = max((i for i, w in enumerate(before) if w in ("zelfde", "dezelfde")), default=-1)
    window = before[last + 1 :]
    if mention.context is None and last >= 0 and set(window) <= W.SAME_PARENTS_JOINERS:
        mention.context = "negated"


_REGISTER_LATER = re.compile(
    r"\b(?:als|wanneer|indien)\b[^.?]{0,30}\b(?:laat|laten) (?:registreren|inschrijven)\b"
    # "stel dat ze het huwelijk nu toch officieel registreren in irak." (panel 77, g2)
    r"|\bstel(?: dat)?\b[^.?]{0,40}\b(?:registreren|registreert|registeren|inschrijven)\b"
    # "stel dat het huwelijk toch officieel geldt in irak." (panel 79, g2)
    r"|\b(?:stel dat|indien|als)\b[^.?]{0,30}\bhuwelijk\b[^.?]{0,30}\b(?:geldt|telt|erkend)\b"
)


# "als hiwot mijn geregistreerde partner wordt, ...?" (panel 78, h4: a second person added)
_BECOMES_PARTNER = re.compile(  # "ook als ze mijn wettelijk geregistreerde partner is?" (79)
    r"\b(?:als|wanneer|indien)\b[^?.]{0,45}\bpartner (?:wordt|is|zou zijn)\b"
)


AN_OFFICIAL_MARRIAGE_TO_COME = re.compile(
    r"\b(?:stel|stel dat|veronderstel|gesteld dat|als|wanneer|zodra|eens|na)\b[^.?!]{0,25}"
    r"\b(?:getrouwd|trouwen|huwelijk)\b"
    r"|\btrouwen (?:we|wij|jullie) (?:\w+ )?officieel\b|\b(?:gaan|zullen) (?:we |wij )?(?:\w+ )?"
    r"(?:officieel )?trouwen\b|\bofficieel (?:komt|volgt) (?:nog|later)\b"
    r"|\b(?:in|vanaf|tegen) (?:januari|februari|maart|april|mei|juni|juli|augustus|september|"
    r"oktober|november|december)\b[^.?!]{0,20}\bofficieel\b"
)


def _marriage_to_come(reading: Reading, text: str, folded: str) -> None:
    """A marriage to be registered or concluded later is no marriage told."""
    if "?" in text and _REGISTER_LATER.search(folded):
        reading.marriage = None  # "als ik het huwelijk nu laat registreren bij de rechtbank
        # in irak, is het dan beter? dan is het officieel toch" (panel 74, g2)
    if reading.marriage == "official" and AN_OFFICIAL_MARRIAGE_TO_COME.search(folded):
        reading.marriage = None  # "STEL we zijn officieel getrouwd (resmi nikah april)", "in
        # april trouwen we officieel" (panel 103, y4: "Je vrouw: officieel getrouwd")


def _marriage_supposed(reading: Reading, folded: str) -> None:
    """ "en als we eerst trouwen? ... dan is zij mijn vrouw en kan ze komen?": a marriage
    supposed, not told; the fiancée stays a partner and no wife is added (panel 17, h5: "Je
    verloofde: officieel getrouwd" beside a new "Je partner")."""
    supposed = _has(W.IF_MARRIED, folded) or _has(W.MARRY_AGAIN_WORDS, folded)
    registered = _has(W.IF_REGISTERED, folded) or bool(_BECOMES_PARTNER.search(folded))
    if not (supposed or registered) or "?" not in reading.text:
        return  # (the marriage type of such a question is dropped below)
    kinds = ("spouse", "registered_partner") if registered else ("spouse",)
    for mention in reading.mentions:
        if mention.relationship in kinds and mention.context is None:
            mention.context = "negated"


def _own_child_correction(reading: Reading, folded: str) -> None:
    """ "het is zijn eigen zoon, van hem en zijn vrouw samen": a child taken for a stepchild
    is the couple's own (panel 15, c2: three corrections ignored)."""
    if _has(W.OWN_CHILD_CUES, folded):
        reading.own_child = True
        for mention in reading.mentions:  # "de kinderen van mijn man, zijn eigen kinderen"
            if mention.relationship in ("stepchild", "child"):  # from the wife: theirs (n3)
                mention.relationship, mention.common = "child", True


_STEP_NAMED = re.compile(  # "het is niet de zoon van mijn cliënte, het is haar stiefzoon"
    r"\bniet (?:de|het|haar|zijn|mijn) (zoon|dochter|kind)\b[^.?!]{0,60}?\b(?:haar|zijn|mijn)"
    r" stief(?:zoon|dochter|kind)\b"
)


_OF_MY_PARTNER = re.compile(
    r"^(?:\s+van)?\s*(?:mijn|m'n|mn)?\s*(?:man|vrouw|echtgeno\w+|partner)\b"
    r"(?! en (?:mij|ik|mezelf)\b)"  # "de zoon van mijn vrouw en mij": ours
)


def _partners_child_split(reading: Reading, folded: str) -> None:
    """ "voor de zoon van mijn man, heeft hij toestemming nodig ...": the NLU cut "zoon van
    mijn" and "man"; it is the husband's son, a stepchild (panel 43, g3: "Hoe oud is je
    zoon?" and the daughter's custody in answer)."""
    for mention in reading.mentions:
        if mention.relationship != "child" or mention.word not in ("zoon", "dochter", "kind"):
            continue
        after = re.sub(
            r"^\s*(?:van\s+(?:mijn|m'n|mn)|(?:mijn|m'n|mn))?", " ", folded[mention.end :]
        )
        said = re.match(r"\s*(?:van\s+)?(?:mijn|m'n|mn)\s", folded[mention.end :]) or re.search(
            r"\bvan (?:mijn|m'n|mn)\s*$", folded[mention.start : mention.end]
        )
        if said and _OF_MY_PARTNER.match(after):
            mention.relationship = "stepchild"


def _step_correction(reading: Reading, folded: str) -> None:
    """ "het is niet mijn zoon, het is de zoon van mijn man": the son is a stepchild, and the
    husband only says whose son (no applicant; panel 10, t1); "het is niet de zoon van mijn
    cliënte, het is haar stiefzoon": the same son, no second one (panel 22, q3)."""
    match = _STEP_CORRECTION.search(folded) or _STEP_NAMED.search(folded)
    if not match:
        return
    reading.step_correction = match.group(1)
    for mention in reading.mentions:
        if mention.relationship in ("child", "stepchild") and mention.word == match.group(1):
            mention.relationship, mention.context = "stepchild", None
        elif mention.relationship == "stepchild" and mention.word.startswith("stief"):
            mention.context = "negated"  # the son already told, now called a stepson
        elif mention.relationship in ("spouse", "partner") and match.start() < mention.start:
            mention.modifier = True


def _count_of_the_next(reading: Reading, folded: str, entity: dict[str, Any]) -> bool:
    """ "ik heb maar 1 kind", "1 dochter en 2 zonen": a small number right before a person's
    word is how many of them there are; "maar" makes it all of them."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    if not folded[start:end].strip().isdigit():
        return False
    value = int(folded[start:end])
    after = [
        m for m in reading.mentions if 0 <= m.start - end <= 2 and not folded[end : m.start].strip()
    ]
    if not after or not 1 <= value <= 12:
        return False
    mention = after[0]
    mention.count, mention.count_guessed = value, False
    mention.only = folded[max(0, start - 12) : start].split()[-1:] in [[w] for w in W.ONLY_WORDS]
    return True


_BIRTHDAY = (  # "ik word 18 op 3 januari", "ze wordt 18 jaar op 9 jan", "op 9 januari wordt ze 18"
    re.compile(  # "de oudste wordt binnen 2 maand 18, op 5 februari" (panel 38, g4)
        r"\b(?:wordt|word|worden)\b(?:\s+\w+){0,3}?\s+(?:18|achttien)(?:\s+jaar)?,?"
        r"\s+op\s+(\d{1,2})(?:e|de|ste)?\s+([a-z]+)"
    ),
    re.compile(
        r"\bop\s+(\d{1,2})(?:e|de|ste)?\s+([a-z]+)\s+(?:wordt|word)\b(?:\s+\w+)?\s+(?:18|achttien)\b"
    ),
    re.compile(
        r"\b(?:18|achttien)\s+(?:jaar\s+)?(?:wordt|word)\s+op\s+(\d{1,2})(?:e|de|ste)?\s+([a-z]+)"
    ),
    # "5 maart 2027 ik word 18" (panel 57, k5: the 12 months given as the parents' last day)
    re.compile(
        r"\b(\d{1,2})(?:e|de|ste)?\s+([a-z]+)(?:\s+\d{4})?\s*,?\s*(?:ik|hij|ze|zij)\s+"
        r"(?:wordt|word)\s+(?:18|achttien)\b"
    ),
    # "ik word 18 in maart, 15 maart" (panel 68, h1: the parents' last day not said)
    re.compile(
        r"\b(?:wordt|word)\b(?:\s+\w+){0,2}?\s+(?:18|achttien)(?:\s+jaar)?\s+in\s+[a-z]+\s*,?\s*"
        r"(?:op\s+)?(\d{1,2})(?:e|de|ste)?\s+([a-z]+)"
    ),
    # "Dawit is 18 op 15 februari 2027": the birthday ahead (panel 54, b2: made 18 now)
    re.compile(
        r"\b(?:is|ben)\s+(?:18|achttien)(?:\s+jaar)?,?\s+op\s+(\d{1,2})(?:e|de|ste)?\s+([a-z]+)"
    ),
    # "in januari wordt hij 18 (20 januari)" (panel 48, g3: the day in brackets not kept)
    re.compile(
        r"\b(?:wordt|word)\s+(?:ik|hij|ze|zij)\s+(?:18|achttien)(?:\s+jaar)?\s*\(\s*(\d{1,2})"
        r"(?:e|de|ste)?\s+([a-z]+)"
    ),
    # "verjaardag 5 juni 2027 dan word ik 18" (panel 35, f5: the parents' last day not said)
    re.compile(
        r"\b(\d{1,2})(?:e|de|ste)?\s+([a-z]+)(?:\s+\d{4})?\s*,?\s*(?:dan\s+)?(?:wordt|word)\s+"
        r"(?:ik|hij|ze|zij)\s+(?:18|achttien)\b"
    ),
)


def majority_days(folded: str) -> list[tuple[int, int, int | None]]:
    """(month, day, year or None) of an 18th birthday the message gives ("ik word 18 op 3
    januari", "hij wordt 18 op 14 augustus 2028"); the recognition date skips those clauses
    (`_tagged_date`)."""
    found = []
    for pattern in _BIRTHDAY:
        for match in pattern.finditer(folded):
            month = MONTH_WORDS.get(match.group(2))
            if month and 1 <= int(match.group(1)) <= 31:
                year = re.match(r"\s+((?:19|20)\d\d)\b", folded[match.end(2) :])
                found.append((month, int(match.group(1)), int(year[1]) if year else None))
    return list(dict.fromkeys(found))


_TURNS_18_IN_YEAR = re.compile(
    r"\b(?:wordt|word)\b(?:\s+\w+){0,2}?\s+(?:18|achttien)(?:\s+jaar)?\s+(?:in|op)\s+"
    r"(?:\d{1,2}(?:e|de|ste)?\s+)?([a-z]+)\s+((?:19|20)\d\d)\b"
)


def majority_years(folded: str) -> list[tuple[int, int]]:
    """(month, year) of an 18th birthday told with its year ("mijn cliënt wordt 18 in augustus
    2028"): whether the one is 17 now or younger (panel 50, g3: made 17 at 16)."""
    found = []
    for match in _TURNS_18_IN_YEAR.finditer(folded):
        month = MONTH_WORDS.get(match.group(1))
        if month:
            found.append((month, int(match.group(2))))
    return list(dict.fromkeys(found))


_BIRTH_DATE = re.compile(
    r"\b(?:geboren|geb)\b\.?\s+(?:is\s+)?(?:op\s+)?(\d{1,2})(?:e|de|ste)?"
    r"(?:\s+([a-z]+)\s+|[-/.](\d{1,2})[-/.])((?:19|20)\d\d)\b"
)


def birth_dates(folded: str) -> list[dt.date]:
    """Birth dates told ("geboren op 20 januari 2009", "geboren 20-01-2009"): a person's
    18th birthday (panel 27, a1: the client's, told by his social worker)."""
    found = []
    for match in _BIRTH_DATE.finditer(folded):
        day, name, number, year = match.groups()
        month = MONTH_WORDS.get(name) if name else int(number)
        try:
            found.append(dt.date(int(year), int(month or 0), int(day)))
        except ValueError:
            continue
    return found


def _day_of_a_date(folded: str, end: int) -> bool:
    """The number is the day of a date: a month name right after it ("2 oktober 2025", panel
    3 a5: no age of 2)."""
    after = re.match(r"\s+([a-z]+)\b", folded[end : end + 20])
    if re.match(r"[-/.]\d{1,2}[-/.]\d{2,4}\b", folded[end : end + 12]):
        return True  # "geboren 14-03-2009" (panel 58, g4: "Over wie gaat 14 jaar?")
    return bool(after) and after.group(1) in MONTH_WORDS


def _place_age(reading: Reading, entity: dict[str, Any], age: Age, folded: str, starts) -> None:
    """Give one age to the person its clause names, a pronoun, the writer, or nobody yet."""
    clause = clause_of(age.start, starts)
    owners = [m for m in reading.mentions if m.clause == clause and m.start < age.start]
    if not owners:
        owners = _apposition_before(reading, folded, starts, clause)
    owners = [m for m in owners if not m.modifier] or owners  # "kinderen van tweede vrouw
    # zijn 4 en 2": the children's ages, not the wife's (panel 27, a5)
    text = clause_text(folded, starts, clause)
    pronoun = pronoun_in(text)
    if _is_past(text):  # "toen ik asiel vroeg was ik 16": not an age now
        if text.split()[:1] == ["toen"] and clause > 0:  # "erkend in 2023, toen was ik 16"
            text = clause_text(folded, starts, clause - 1) + text
        earlier = [m for m in reading.mentions if m.start < age.start]
        if not owners and pronoun and earlier:
            owners = earlier[-1:]  # "mijn zoon is 19, hij werd 18 tijdens mijn asielprocedure"
        _past_age(reading, owners, age, text)
    elif not _no_age_now(reading, age, text, folded):
        _place_present_age(reading, entity, age, owners, (text, clause, pronoun))


_RULE_BEFORE = re.compile(r"\b(?:moet|moeten|minstens|minimum|ten minste)\b(?:\s+\w+){0,3}\s+$")


def _an_age_not_yet_or_then(folded: str, age: Age) -> bool:
    """An age not reached ("nog geen 21") or one at a later day ("is zij dan nog maar 19 of
    20?"), nobody's age now (panel 70, g5: the wife of 19 made 20)."""
    before = folded[max(0, age.start - 25) : age.start]
    if re.search(r"\bnog\s+(?:geen|niet)\s+$", before):
        return True
    return "?" in folded[age.start :] and bool(re.search(r"\bdan\s+(?:\w+\s+){0,5}$", before))


def _an_age_rule(folded: str, age: Age) -> bool:
    """ "moet ik niet 21 zijn?", "mijn vrouw moet ook 21 zijn", "... 21 moet zijn": the age a
    rule asks, nobody's age now."""
    number = re.match(r"\d+", folded[age.start :])
    end = age.start + (number.end() if number else len(str(age.years)))
    before, after = folded[max(0, age.start - 30) : age.start], folded[end : end + 20]
    if _RULE_BEFORE.search(before) and re.match(r"\s+(?:jaar\s+)?(?:zijn|worden)\b", after):
        return True
    return bool(re.match(r"\s+(?:jaar\s+)?(?:moet|moeten)\s+(?:zijn|worden)\b", after))


def _supposed_age(reading: Reading, age: Age, text: str, folded: str) -> bool:
    """ "en als ze volgend jaar 21 wordt, moeten we ...?": a question, no fact; "Stel dat we
    ... niet tijdig rond krijgen en Mehdi intussen 18 is. Is er dan nog een mogelijkheid?"
    (panel 102, w2: "Ik heb het aangepast. • De zoon van je cliënt: 18 jaar")."""
    if "?" not in reading.text:
        return False
    sentence = re.split(r"[.?!]", folded[: age.start])[-1]
    return any(h in text for h in W.HYPOTHETICAL) or bool(_SUPPOSE.search(sentence))


_SUPPOSE = re.compile(r"\bstel (?:dat|je voor|nu)\b")


def _no_age_now(reading: Reading, age: Age, text: str, folded: str) -> bool:
    """The number is no one's age now: a supposition, an age then or later, a birthday told
    already, or having come of age."""
    if _supposed_age(reading, age, text, folded):
        return True
    if age.turning and "?" in reading.text and " als " in f" {folded} ":
        return True  # "en als de aanvraag binnen is maar hij wordt 18 voor DVZ beslist, is het
        # dan verloren?" (panel 32, d1: the brother of 11 made 17)
    if _an_age_then(reading, text):
        return True  # "in februari wordt hij 18, dan is hij 18": then, not now (panel 13, z1);
        # "DVZ beslist pas in mei, is hij dan al 18?" (panel 44, h1: "Je zoon: 18")
    if LATER_AGE.search(text):
        return True  # "moet ze wachten tot ze 21 is?": a later age (panel 18, j3)
    if re.search(rf"\b{age.years}\s+(?:jaar\s+)?geworden\b", text) and re.search(
        r"\b(?:19|20)\d\d\b", text
    ):  # "In oktober 2025 ben ik 18 geworden": a birthday with its year, past (panel 62, g14);
        return True  # not "vorige maand 18 geworden", his age now (panel 19, k2)
    if re.search(r"\b(?:na|voor|vanaf|tot|boven)\s+(?:haar|zijn|mijn|je|hun)\s+$",
                 folded[max(0, age.start - 20) : age.start]):  # fmt: skip
        return True  # "kan ze na haar 18 een humanitair visum vragen?" (panel 61, h13)
    if _an_age_rule(folded, age):
        return True  # "iemand zei dat mijn vrouw ook 21 moet zijn" (panel 68, h5: made 21)
    if _an_age_not_yet_or_then(folded, age):
        return True  # "op 3 mei is zij nog geen 21", "ook al is zij dan nog maar 19 of 20?"
    if age.turning and _known_birthday(reading, age):
        return True  # "mijn zoon van 17 (hij wordt 18 in maart)": the same 17, no other person
    around = folded[max(0, age.start - 24) : age.start + 12]
    # "kunnen ze nog komen nu ik 18 ben?": an adult, not 18 years (panel 47, g4: 19 made 18)
    return age.years == 18 and bool(_NOW_AN_ADULT.search(around))


# "nu ik 18 ben", "sinds ik 18 ben", "omdat hij al 18 is": having come of age
_NOW_AN_ADULT = re.compile(
    r"\b(?:nu|sinds|omdat|want|aangezien)\s+(?:dat\s+)?(?:ik|hij|zij|ze)\s+(?:al\s+|ook\s+)?"
    r"18\s+(?:jaar\s+)?(?:ben|is|geworden)\b"
)


def _apposition_before(reading: Reading, folded: str, starts, clause: int) -> list[Mention]:
    """ "Omid, haar zoon, is 19": the relative set off by commas just before a clause that
    starts with "is" (panel 42, g3: "Over wie gaat 19 jaar?")."""
    text = clause_text(folded, starts, clause)
    if clause == 0 or not re.match(r"\s*(?:is|was) \d{1,2}\b", text):
        return []  # "is 19", not "wordt 18 over 3 maanden" (a turning, then a span)
    before = [m for m in reading.mentions if m.clause == clause - 1]
    return before[-1:] if len(before) == 1 else []


def _an_age_then(reading: Reading, text: str) -> bool:
    words = _words_only(text)
    if words.split()[:2] in (["dan", "is"], ["dan", "ben"], ["dan", "wordt"]):
        return True
    return "?" in reading.text and bool(_THEN_AGE.search(f" {words} "))


_THEN_AGE = re.compile(r" (?:is|ben|zijn|wordt|word) (?:hij|ze|zij|ik|je|jij) dan (?:al |nog )?\d")


def _owners_age(reading: Reading, last: Mention, age: Age) -> None:
    """The age of the clause's last relative; "papa en mama zijn 70 en 65": in the order
    named (review); "papa en mama zijn allebei 45": both (panel 33, b1)."""
    joined = _joined_before(reading, last)
    singles = joined is not None and last.count == 1 and joined.count == 1
    if singles and len(last.ages) == 1:
        joined.ages.append(last.ages.pop())
    last.ages.append(age)
    if joined is not None and _both_before(reading, age):
        joined.ages.append(age)


def _placed_by_its_words(reading: Reading, entity, age: Age) -> bool:
    """ "mijn oma (de mama van mama), 78": the grandmother's (panel 23, v5); "waarom heeft mama
    geen recht meer nu ik 19 ben": the writer's (panel 99, v2: "Je mama: 19 jaar")."""
    if _after_brackets(reading, int(entity.get("start") or 0), age):
        return True
    if _right_after_ik(reading.text, entity):
        reading.writer_ages.append(age)
        return True
    return False


def _right_after_ik(text: str, entity: dict[str, Any]) -> bool:
    """ "nu ik 19 ben", "ik 19 ben": the writer's own age, whoever the clause also names."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    before = re.search(
        r"\bik\s+(?:nu\s+|al\s+|pas\s+|toch\s+)?$", fold(text[max(0, start - 12) : start])
    )
    return bool(before) and bool(re.match(r"\s*(?:jaar\s+)?(?:ben|word)\b", fold(text[end:])))


def _both_before(reading: Reading, age: Age) -> bool:
    """ "papa en mama zijn allebei 45": one age for the two relatives just named, "allebei"
    right before it (not "mijn vrouw en mijn zoon van 8 zitten allebei nog in kabul")."""
    before = fold(reading.text[max(0, age.start - 25) : age.start])
    return bool(
        re.search(r"\b(?:allebei|allebij|alebei|beiden|beide|alle twee|alle 2)\s*$", before)
    )


def _joined_before(reading: Reading, mention: Mention) -> Mention | None:
    """The relative named right before this one with only "en" between, without an age."""
    earlier = [m for m in reading.mentions if m.end <= mention.start]
    if not earlier or earlier[-1].ages:
        return None
    between = fold(reading.text[earlier[-1].end : mention.start]).strip()
    return earlier[-1] if between in ("en", "&", "+") else None


def _place_present_age(reading: Reading, entity, age: Age, owners: list[Mention], where) -> None:
    """An age now: of the clause's person, a first name, "die", a pronoun, the writer, or
    the next person named."""
    text, clause, pronoun = where
    if _placed_by_its_words(reading, entity, age):
        pass
    elif not owners and _alias_first(reading, text):
        named = reading.aliases[_alias_first(reading, text)]  # "Lina wordt 18", "dawit is 16"
        (named.ages if named is not None else reading.sponsor_ages).append(age)
    elif owners:
        _owners_age(reading, owners[-1], age)
    elif _after_an_apposition(reading, text, clause, age):
        pass  # "zijn zoon uit zijn eerste huwelijk, yassine, is 19" (panel 10, t1)
    elif _of_the_one_named_before(reading, text, age):
        pass
    elif not _a_name_right_before(reading, age) and _a_pronouns_age(reading, pronoun, text, age):
        pass  # not "ik haal ze door elkaar: Fatima is 19" (panel 103, z2: a parent of 19)
    elif _in_the_writers_introduction(reading, age):  # "ik ben Marc, Belg, 45j. Mijn vrouw"
        reading.writer_ages.append(age)  # (panel 33, a2: "Je vrouw: 45 jaar")
    elif (listed := _plural_listed_before(reading, age)) is not None:  # "broers dawit 12 en
        listed.ages.append(age)  # yonas 19. ik ben 16": not the writer's (panel 60, g11)
    elif not _own_age(reading, entity, age, text):
        _named_or_after(reading, entity, age, clause)


def _named_or_after(reading: Reading, entity, age: Age, clause: int) -> None:
    """A named age that ends its sentence stays loose ("Fanta is 8. De mama, Mariama, is 40":
    Fanta's, not the mother named next; panel 75, g1: "De mama van 8 jaar"); else the next
    person named."""
    if age.named and _its_own_sentence(reading.text, age):
        reading.loose_ages.append(age)
        return
    _place_after(reading, entity, age, clause)


def _its_own_sentence(text: str, age: Age) -> bool:
    """The named age ends its sentence: "Fanta is 8." (no relative named after it there)."""
    return bool(re.match(r"\d+(?:\s*jaar)?\s*[.!?;]", text[age.start :]))


_SELF_BEFORE = re.compile(r"\b(?:hij|zij|ze) is zelf (?:pas |al |nog |maar )?$")


def _of_the_one_named_before(reading: Reading, text: str, age: Age) -> bool:
    """ "het gaat over haar dochter. die is 12"; "de mama heet Mariama, ze is 40" (panel 77,
    g1): the age of the relative named before."""
    if _SELF_BEFORE.search(fold(reading.text[max(0, age.start - 25) : age.start])):
        reading.client_ages.append(age)  # "zijn ouders en zijn 3 zusjes. hij is zelf 15": the
        return True  # one in Belgium (panel 81, h1: "De ouder van 15 jaar")
    before = [m for m in reading.mentions if m.start < age.start]
    if text.split()[:1] == ["die"] and before:
        before[-1].ages.append(age)
        return True
    return _of_the_one_just_named(reading, age)


def _of_the_one_just_named(reading: Reading, age: Age) -> bool:
    """ "de mama heet Mariama, ze is 40": "ze is" right before the age, of the relative named
    last in the same sentence, of her gender, with no age yet."""
    pronoun = _pronoun_right_before(reading, age)
    before = [m for m in reading.mentions if m.end <= age.start and not m.modifier]
    if pronoun is None or not before:
        return False
    last = before[-1]
    apart = re.search(r"[.!?;]", reading.text[last.end : age.start])
    if apart or last.ages or last.context in _NOT_COMING_CONTEXTS:
        return False  # one here keeps her age too: "mijn vrouw woont hier al bij mij, ze is 40"
        # is not the mother's (panel 82, g1: "Je moeder: 40 jaar")
    if last.count != 1 or _pronoun_of(last) != pronoun:
        return False
    last.ages.append(age)
    return True


_NOT_COMING_CONTEXTS = ("deceased", "hearsay", "missing")


_NAME_IS = re.compile(
    r"\b([a-z]+)\s+(?:die\s+)?(?:is|wordt|was)\s+$"
)  # "grace die is 20" (128, s1)


def _a_name_right_before(reading: Reading, age: Age) -> bool:
    """ "Fatima is 19": a first name right before the age, no pronoun or function word."""
    told = _NAME_IS.search(fold(reading.text[max(0, age.start - 25) : age.start]))
    if told is None:
        return False
    word = told.group(1)
    relative = (
        word in W.MALE_WORDS
        or word in W.FEMALE_WORDS
        or any(word in words for words in W.RELATIONSHIP_WORDS.values())
    )
    return not (word in W.NOT_NAMES or word in W.SUBJECT_WORDS or relative)


def _a_pronouns_age(reading: Reading, pronoun: str | None, text: str, age: Age) -> bool:
    """ "ze is 68": her age, whatever the role; "hij is 31 ik 29": his 31 beside the writer's
    29 (panel 64, i4: "Jij: 31 jaar")."""
    said_of = pronoun if pronoun and not _is_writer_clause(text) else None
    said_of = said_of or _pronoun_right_before(reading, age)
    if said_of:
        reading.pronoun_ages.append((said_of, age))
    return said_of is not None


def _pronoun_right_before(reading: Reading, age: Age) -> str | None:
    """ "hij is 31": the pronoun right before the age, in a clause that names the writer too."""
    before = fold(reading.text[max(0, age.start - 20) : age.start])
    told = re.search(r"\b(hij|zij|ze)\s+(?:is|was)\s+(?:nu\s+|al\s+|pas\s+)?$", before)
    return None if told is None else ("hij" if told.group(1) == "hij" else "zij")


def _in_the_writers_introduction(reading: Reading, age: Age) -> bool:
    """A bare age in the sentence that starts "ik ben ...", no relative named before it."""
    folded = fold(reading.text)
    start = max(folded.rfind(c, 0, age.start) for c in ".!?\n") + 1
    before = f" {folded[start : age.start]} "
    if reading.writer_ages or " is " in before:  # "ik ben 34, priya is 31" (panel 10, t2)
        return False
    if before.rstrip().endswith("(") or re.search(r"\bmet [a-z]+\s*\($", before.rstrip()):
        return False  # "getrouwd met Malee (38, Thaise)": hers (panel 61, g13)
    introduced = any(i in before for i in (" ik ben ", " ik zen ", " kben ", " k ben "))
    named = any(  # not "ik ben een vrouw, Sara, 27": her own word (panel 58, h3)
        start <= m.start < age.start and m.context != "writer" for m in reading.mentions
    )
    after = folded[age.start :].split()
    bare = bool(after) and re.fullmatch(r"\d+\s*(?:j|jr|jaar)?[.,!?]*", after[0] or "") is not None
    return introduced and not named and bare


def _after_brackets(reading: Reading, start: int, age: Age) -> bool:
    """An age right after a bracketed aside goes to the person named before the bracket."""
    before = reading.text[:start].rstrip(" ,")
    if not before.endswith(")") or "(" not in before:
        return False
    opened = before.rindex("(")
    named = [m for m in reading.mentions if m.end <= opened]
    if not named or before[named[-1].end : opened].strip(" ,"):
        return False
    named[-1].ages.append(age)
    return True


_NAME_BETWEEN = re.compile(r"^\s*,\s*(?:([a-z]+)\s*,\s*)?$")  # "mijn tweede vrouw, 30 jaar" (82)


def _a_name_between(reading: Reading, age: Age) -> bool:
    """The age right after "<relative>, <name>,": that relative's."""
    before = [m for m in reading.mentions if m.end <= age.start]
    if not before or before[-1].ages:
        return False
    name = _NAME_BETWEEN.match(fold(reading.text[before[-1].end : age.start]))
    if not name or name.group(1) in W.NOT_NAMES:
        return False
    if name.group(1) is None and before[-1].relationship not in ("spouse", "partner"):
        return False  # only a partner's bare apposed age ("mijn tweede vrouw, 30 jaar")
    before[-1].ages.append(age)
    return True


def _after_an_apposition(reading: Reading, text: str, clause: int, age: Age) -> bool:
    """A clause that starts with its verb ("is 19") right after a lone name ("yassine"): the
    age of the person named just before the name."""
    if _a_name_between(reading, age):
        return True  # "een tweede vrouw, amina, 30 jaar" (panel 81, h3: "Over wie gaat 30?")
    if _words_only(text).split()[:1] not in (["is"], ["wordt"]) or clause < 1:
        return False
    starts = clause_starts(reading.text)
    lone = _words_only(clause_text(fold(reading.text), starts, clause - 1)).split()
    earlier = [m for m in reading.mentions if m.start < age.start and m.clause < clause - 1]
    if len(lone) != 1 or lone[0] in W.NOT_NAMES or not earlier:
        return False
    earlier[-1].ages.append(age)
    return True


def _place_after(reading: Reading, entity: dict[str, Any], age: Age, clause: int) -> None:
    """An age before its person: in its clause ("[12] jaar is mijn zoon"), or alone right
    before the next one ("11 jaar, mijn zoon. en de dochter is 6"); else nobody yet."""
    if (listed := _plural_listed_before(reading, age)) is not None:
        listed.ages.append(age)
    elif later := [m for m in reading.mentions if m.clause == clause and not _whose(m, age)]:
        later[0].ages.append(age)
    elif named := _named_next(reading, clause, int(entity.get("end") or 0)):
        named.ages.append(age)
    else:
        reading.loose_ages.append(age)


def _whose(mention: Mention, age: Age) -> bool:
    """ "Amina 2 jaar is van mijn tweede vrouw": a mention after the age that only says whose
    child it is (panel 40, g1: "Je vrouw van 2 jaar")."""
    return mention.modifier and mention.start > age.start


_NAMED_AGES = re.compile(  # "selam van 11 en dawit van", "rozhin (10), sara (", "patrick die
    # is 24 en grace die is" (panel 128, s1: Grâce's 20 given to the aunt named next)
    r"(?:\s*[,:]?\s*(?:en\s+)?([a-z]{3,15})\s*(?:van|:|\(|die is)?\s*"
    r"(?:\d{1,2}\s*(?:jaar|jr|j)?\s*\)?)?)+"
    r"\s*(?:van|:|\(|die is)?\s*"
)


def _plural_listed_before(reading: Reading, age: Age) -> Mention | None:
    """ "mijn kinderen selam van 11 en dawit van 5", "mijn dochters rozhin (10) en sara (7)":
    each age after a first name of a list right after a plural word is one of its persons'
    (panel 37: the 5 went to "hun mama" named later)."""
    earlier = [m for m in reading.mentions if m.end <= age.start]
    if not earlier or earlier[-1].count < 2:
        return None
    between = fold(reading.text[earlier[-1].end : age.start])
    between = re.sub(r"^\s*in\s+[a-z]+\b", "", between)  # "twee kinderen in kinshasa patrick"
    between = re.sub(r"^\s*(?:ook|nog|namelijk|dus)\b", "", between)  # "mijn zussen ook zahra
    # 12 en mariam 20" (panel 41, g2: "Over wie gaat 12, 20 jaar?")
    listed = _NAMED_AGES.fullmatch(between)
    names = re.findall(r"[a-z]+", re.sub(r"\b(?:en|van|jaar|jr|j|die is)\b", " ", between))
    if not listed or not names or any(n in W.NOT_NAMES for n in names):
        return None
    return earlier[-1]


def _named_next(reading: Reading, clause: int, end: int) -> Mention | None:
    """ "11 jaar, mijn zoon": an age said alone, right before the person it belongs to (only
    its unit, a comma and an owner between them)."""
    following = [m for m in reading.mentions if m.clause == clause + 1]
    if not following:
        return None
    folded = fold(reading.text)
    between = _words_only(folded[end : following[0].start]).split()
    allowed = W.AGE_UNIT_WORDS | W.WRITER_POSSESSIVES | {"de", "het"}
    # "27, mijn vriendin is 24": she has her own age, the 27 is someone else's (panel 3, d5)
    own_age_after = re.search(r"\d", folded[following[0].end : _clause_end(reading, clause + 1)])
    return following[0] if all(w in allowed for w in between) and not own_age_after else None


def _clause_end(reading: Reading, clause: int) -> int:
    starts = clause_starts(reading.text)
    return starts[clause + 1] if clause + 1 < len(starts) else len(reading.text)


def _words_only(clause: str) -> str:
    return " " + " ".join(re.findall(r"[\w'-]+", clause)) + " "


# "Mijn zoon, zijn papa, is gestorven in 2024": the one named, told again between commas, died
# (panel 74, g4: "Je zoon: 14 jaar" beside the grandson)
_APPOSITION_DEAD = re.compile(
    r"\s*,\s*(?:zijn|haar|hun|de)\s+\w+\s*,\s*(?:is|was|zijn|waren)\s+(?:al\s+)?"
    r"(?:gestorven|overleden|dood|vermoord)\b"
)


def _dead_in_apposition(folded: str, mention: Mention) -> bool:
    return bool(_APPOSITION_DEAD.match(folded[mention.end :]))


def _is_deceased(clause: str) -> bool:
    clause = _words_only(clause)
    clause = _THINGS_GONE.sub(" ", clause)  # "paspoort van papa is weg" (panel 41, g2)
    clause = re.sub(r"\bis weg (?:in|uit|van) (?:de|het|je|jouw)\b", " ", clause)  # "mijn
    # dochter is weg in de lijst": gone from the read-back, not missing (panel 69, h5)
    clause = _GONE_FROM_THE_LIST.sub(" ", clause)  # "is verdwenen uit de lijst", "is niet dood
    # en niet vermist" (round 123, t5: "Wat erg van je dochter", three children dropped)
    return any(f" {w} " in clause for w in W.DECEASED) or any(
        p in clause for p in W.DECEASED_PHRASES
    )


_GONE_FROM_THE_LIST = re.compile(
    r"\b(?:verdwenen|weg|vergeten|gewist)\s+(?:uit|van|in)\s+(?:de|het|je|jouw|uw)\s+"
    r"(?:lijst|overzicht|samenvatting|rij)\b"
    r"|\b(?:niet|nie|ni|geen)\s+(?:dood|overleden|gestorven|vermist|verdwenen)\b"
    r"(?:\s+en\s+(?:niet|nie|ni|ook niet)\s+(?:dood|overleden|gestorven|vermist|verdwenen)\b)?"
)


# a paper that is gone, not a person: "paspoort van papa is weg", "zijn papieren zijn weg"
_THINGS_GONE = re.compile(
    r"\b(?:paspoort|papieren|paperen|papier|documenten|akte|kaart|id)\b[^.!?]{0,25}"
    r"\b(?:is|zijn) (?:weg|kwijt|verloren)\b"
)


_DEAD_IN_THE_ANSWER = re.compile(
    r"^\W*(?:nee\W+)?(?:die|hij|zij|ze) (?:is|zijn) (?:al )?(?:lang |jaren |lang geleden )?"
    r"(?:dood|overleden|gestorven)\b"
)


def _dead_in_the_answer(folded: str, mention: Mention) -> bool:
    """ "mijn opa? die is al lang dood": the next sentence says the person died (panel 19, l4:
    "De papa van je papa: wil naar België komen")."""
    return bool(_DEAD_IN_THE_ANSWER.match(folded[mention.end : mention.end + 60]))


def _death_before(folded: str, mention: Mention) -> bool:
    """ "sinds de dood van mijn moeder", "mijn overleden broer"."""
    window = re.split(r"[,.;!?\n]", folded[max(0, mention.start - 30) : mention.start])[-1]
    before = " " + " ".join(re.findall(r"[\w']+", window))  # "papa is dood, mama woont":
    words = before.split()  # not mama's death (panel 11, u1)
    if words[-1:] and words[-1] in W.DECEASED:
        return True
    owners = W.WRITER_POSSESSIVES | W.THIRD_POSSESSIVES | {"de", "het"}  # "het overlijden van
    owner_free = " ".join(w for w in words if w not in owners)  # de vader" (panel 58, g3)
    return any(owner_free.endswith(p) for p in W.DEATH_BEFORE)


def _writer_is(folded: str, mention: Mention) -> bool:
    before = " " + " ".join(
        re.findall(r"[\w']+", folded[max(0, mention.start - 20) : mention.start])
    )
    # "alleen ik, de zus van 24 jaar": "ik" and the role apart by a comma (panel 22, q2), not
    # "kan ik de kinderen laten komen?"
    apposition = re.search(r"\bik(?:zelf)?\s*,\s*(?:de|het)\s*$", folded[: mention.start])
    # "ik ben Mihrigul, de vrouw van Abdullah" (panel 131, y5: "Jij: erkend vluchteling")
    apposition = apposition or re.search(
        r"\bik ben [a-z]+\s*,\s*(?:de|het)\s*$", folded[max(0, mention.start - 30) : mention.start]
    )
    # "ik ben 41 jaar man": the writer's sex (panel 23, s1: a husband was added)
    aged = re.search(
        r"\bik ben (?:een )?\d{1,2} ?(?:jaar|j) (?:oud )?$", folded[: mention.start]
    ) and not re.match(r"(?:mijn|mn|m'n|zijn|haar|onze|ons)\b", folded[mention.start :])
    # "om te tonen dat ik de grootmoeder ben": a subordinate clause, its verb last (panel 61, g8:
    # "Is je grootmoeder op hoge leeftijd?")
    before = re.sub(
        r"\b(?:gwn|gewoon|maar|enkel|alleen|wel|zelf|eigenlijk)\s+(?=(?:de|het|zijn|haar)\s*$)",
        "",
        before,
    )  # "k ben gwn de zoon, 15 jaar" (panel 104, y2: a son added)
    subordinate = re.search(r"\b(?:dat|omdat|want|als) ik (?:de|het|zijn|haar|een) $", before + " ")
    verb_last = re.match(r"\w*\s+(?:ben|was|word)\b", folded[mention.start :])
    if subordinate and verb_last:
        return True
    return bool(apposition or aged) or any(before.endswith(" " + p) for p in W.WRITER_IS)


# "Amina 2 jaar is van mijn tweede vrouw", "zij zijn van eerste vrouw": the mention says whose
# child, not a person with the age told before it
_BELONGS_TO = re.compile(
    r"\b(?:is|zijn) (?:allebei |alle(?:maal)? )?(?:ook )?van (?:mijn |mn |m'n |de )?"
    r"(?:eerste |tweede |derde |andere )?$"
)


def _modifier(reading: Reading, mention: Mention, folded: str) -> bool:
    """ "de vader van [het meisje] is overleden": the girl only says whose father."""
    if _BELONGS_TO.search(folded[: mention.start]):
        return True  # "Amina 2 jaar is van mijn tweede vrouw": whose child (panel 40, g1)
    earlier = [m for m in reading.mentions if m.end <= mention.start]
    if not earlier:
        return False
    between = re.findall(r"[\w']+", folded[earlier[-1].end : mention.start])
    joined = _JOINERS | W.ORDINAL_QUALIFIERS  # "kinderen van tweede vrouw" (panel 27, a5)
    return "van" in between and all(w in joined for w in between)


_WRITER_DOES_HERE = re.compile(r"\b(?:ik|wij|we)\b(?:\s+\w+){0,5}?\s+(?:hier\s+)?in\s+belgie\b")


def _in_belgium(clause: str) -> bool:
    """ "is al hier", "woont in antwerpen", "zit in brussel": the person is in Belgium; not
    "ik wil dat hij hier bij mij komt wonen" (panel 18, i2: the husband abroad became the
    sponsor)."""
    clause = _words_only(clause)
    if _has(W.COMING_HERE, clause):
        return False
    if re.search(r"\b(?:niet|nie|nooit|not|never) (?:in belgie|in belgium|hier|here)\b", clause):
        return False  # "mijn vrouw is niet in België, zij is in Shanghai" (panel 74, g5)
    for phrase in W.WRITER_IN_BELGIUM:  # "toen ik al in belgie was": the writer, not them
        clause = clause.replace(f" {phrase} ", " ")
    clause = _WRITER_DOES_HERE.sub(" ", clause)  # "kan ik het geld zelf betalen hier in
    # belgie of moet mijn vader dat doen in marokko?" (panel 70, h3: the father taken out)
    if _has(W.IN_BELGIUM, clause):
        return True
    verbs = (*W.LIVES_VERBS, "woon") if " met " in clause else W.LIVES_VERBS  # "ik woon in
    return any(  # luik met mijn vrouw nour" (panel 55, c3: the first wife made an applicant)
        f" {verb} " in clause and f" in {place} " in clause
        for place in W.BELGIAN_PLACES
        for verb in verbs
    )


def _earns_here(reading: Reading, mention: Mention, clause: str) -> bool:
    """ "mijn vrouw verdient 1300 euro, is dat genoeg?": the partner whose income is asked
    about lives with the sponsor (panel 13, z2: she became an applicant of 1)."""
    if mention.relationship not in ("spouse", "partner", "registered_partner"):
        return False
    words = _words_only(clause)
    income_question = reading.intent == "ask_means_of_subsistence" or "?" in reading.text
    return (
        income_question
        and _has(W.EARNS_HERE, words)
        and not any(f" {w} " in words for w in W.EARNS_ABROAD)
    )


def _in_belgium_later(text: str, clause: str) -> bool:
    """ "mag mijn vrouw werken als ze hier is?": in Belgium only once she has come (a
    question about later, not where she is now)."""
    words = _AS_A_ROLE.sub(" ", _words_only(clause))  # "werkt als verpleegster in andwerpen":
    # her job, no "if" (panel 103, z4: the wife in Belgium not seen)
    return "?" in text and any(f" {w} " in words for w in ("als", "wanneer", "zodra", "eens"))


_AS_A_ROLE = re.compile(
    r" (?:werkt|werk|werken|werkte|erkend|bekend|ingeschreven|aangeworven) (?:\w+ ){0,3}als "
    r"(?!(?:ze|zij|hij|ik|we|wij|je|jij|het|er|dat|die|u)\b)"
)  # "werkt als verpleegster", not "mag mijn vrouw werken als ze hier is?"


def _is_hearsay(mention: Mention, clause: str, before: str, folded: str) -> bool:
    """ "ik hoorde van een vriend dat ...": the friend told something, is no applicant; "mijn
    neef zegt dat is gevaarlijk": who says it (panel 19, l2: "Je neef: wil ... komen")."""
    if _speaks(mention, folded):
        return True
    if mention.relationship not in ("partner", "spouse") or mention.word in ("vrouw", "man"):
        return False
    return _has(W.HEARSAY, clause) or before.endswith((" van", " van een", " een"))


_SAYS = re.compile(  # "mijn broer tekent voor mij" (a proxy; panel 21, o4)
    r"\s+(?:zegt|zei|zeiden|zeggen|vertelt|vertelde|heeft gezegd|denkt|vindt|tekent voor|"
    r"typt voor|schrijft voor|helpt mij|helpt me|brengt (?:het |haar |hem )?geld|"
    r"neemt het geld|haalt het geld)\b"
)


# the speaker named after the verb, at the end of what was said: "zegt mijn neef."
_SAID_BY = re.compile(  # not "zegt mijn vrouw, ze is 30 en wil komen" (review)
    r"\b(?:zegt|zei|zeggen|vertelt|vertelde|denkt|vindt) (?:mijn|mn|m'n|onze|ons|de|een) "
    r"[\w-]+(?: [\w-]+)?\s*(?:[.!?\n]|$)"
)


def _speaks(mention: Mention, folded: str) -> bool:
    """The person is the subject of a verb of saying, and the sentence is not about coming."""
    after = folded[mention.end : mention.end + 40]
    place = re.match(r"\s+(?:in|uit) [\w-]+", after)  # "mijn broer in holland zegt" (j4)
    window = folded[max(0, mention.start - 22) : mention.end + 1]
    but = re.match(r",\s*maar\b", folded[mention.end : mention.end + 8])  # "zegt mijn oom, maar"
    if _SAID_BY.search(window) or (but and _SAID_BY.search(window[:-1] + ".")):
        return True  # "... is wel officieel zegt mijn neef." (panel 37, h1: "Je neef: wil ...")
    named = _NAMED_SAYS.match(after)  # "mijn neef lencho zegt abdi mag niet komen" (117, q1)
    if not (_SAYS.match(after) or named or (place and _SAYS.match(after[place.end() :]))):
        return False
    sentence = re.split(r"[.!?\n]", folded[mention.end :], maxsplit=1)[0]
    said_of = _SAID_OF.search(sentence)
    if said_of and said_of.group(1) not in _SELF_OR_PRONOUN:
        return True  # what another one may do, said by this one
    return " komen" not in sentence and " wil " not in f"{sentence} "


_NAMED_SAYS = re.compile(r"^\s+[a-z]+\s+(?:zegt|zei|vertelt|vertelde|denkt|vindt)\b")
_SAID_OF = re.compile(r"\b(?:zegt|zei|vertelt|vertelde|denkt|vindt)(?: dat)? ([a-z]+)")
_SELF_OR_PRONOUN = frozenset({"hij", "zij", "ze", "ik", "wij", "we", "hem", "haar", "mijn", "ook"})


_IN_PASSING = re.compile(
    r"\b(?:gevraagd aan|vroeg aan|vragen aan|navragen bij|nagevraagd bij|gesproken met|"
    r"gebeld met|op (?:de )?naam van|op naam staat van|"
    # "moet hij dna test doen met zijn vader?" (panel 32, d2: "De vader van je man")
    r"test (?:doen )?met|testen met|dna met)\s+(?:mijn|m'n|mn|zijn|haar|een)?\s*$"
)
# "ik heb met mijn schoonvader gebeld" (panel 32, d2: "Je schoonvader: wil naar België komen")
_IN_PASSING_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}(?:gebeld|gesproken|gechat|geskyped)\b")
# "mijn vriendin heeft het ticket betaald voor karim" (panel 33, b3: "Je vriendin: wil naar
# België komen"): someone who paid or helped, in passing
_HELPED_AFTER = re.compile(
    r"^\s*(?:(?:heeft|had|hebben)\s+(?:[\w']+\s+){0,4}(?:betaald|geleend|voorgeschoten|"
    r"gekocht)|(?:betaalde|leende|kocht)\s)"
)


_THERE_TOO = re.compile(r"^\s+(?:is|woont|zit|blijft)\s+(?:ook|daar)\b")


def _there_too(reading: Reading, mention: Mention, folded: str) -> None:
    """ "mijn zus is ook in nador maar getrouwd ... is dat een probleem?": a relative named as
    one who is there too, asked about, not one who comes (panel 20, n4)."""
    kin = mention.relationship in ("sibling", "other_relative", "child")
    coming = " komen" in folded[mention.end : mention.end + 60] or _has(W.COMING_WORDS, folded)
    about_care = _has(W.CARE_QUESTION, f" {folded} ")  # "is dat een probleem?", not "kan ze
    # mee?"; "mijn broer woont ook in marokko maar ver weg ... hoeveel kost het?" (panel 28, a4)
    far = " maar " in folded[mention.end : mention.end + 45] and "?" in folded
    if mention.context is None and kin and (about_care or far) and not coming:
        if _THERE_TOO.match(folded[mention.end : mention.end + 25]):
            mention.context = "negated"


_LIVES_WITH = re.compile(  # not "ik wil mijn vrouw samen met haar dochter laten komen"
    r"\b(?:woont|wonen|leeft|leven|zit|zitten|verblijft|verblijven)\b[^.!?]{0,30}"
    r"\bsamen met (?:haar|hun)\b((?:\s+[\w']+){0,4})\s*$"
)


def _lives_with(mention: Mention, folded: str) -> None:
    """ "zijn vrouw woont samen met haar moeder en broers": who she lives with, no one who
    comes (panel 21, o3: the wife's mother asked "op hoge leeftijd?")."""
    sentence_start = max(folded.rfind(c, 0, mention.start) for c in ".!?\n") + 1
    surface = folded[mention.start : mention.end]
    window = folded[sentence_start : mention.start] + (
        "haar " if surface.startswith(("haar ", "hun ")) else ""
    )
    coming = re.search(r"\b(?:komt|komen|kome) (?:hier )?(?:wonen|leven)\b", window)
    if mention.context is None and _LIVES_WITH.search(window.rstrip() + " ") and not coming:
        mention.context = "host"  # not "dat ze bij mij komt wonen, samen met haar dochtertje"
        # (panel 48, g4: the daughter left out)


# "moet de tante iets tekenen?", "moet mijn oom toestemming geven?": a relative's part in
# someone else's request, no one who comes (panel 42, g3: the aunt became an applicant)
_SIGNS = re.compile(
    r"\b(?:tekenen|ondertekenen|tekent|toestemming geven|toestemming gegeven)\b"
    # "mijn broer deed het voor mij bij de imam (volmacht)" (panel 72, g5: "Je broer: wil
    # naar België komen")
    r"|\bvolmacht\b|\b(?:deed|doet|tekende|trouwde) (?:het |dat )?(?:voor mij|in mijn plaats)\b"
    r"|\bin mijn plaats\b|\bvoor mij bij de (?:imam|moskee|kerk|mullah)\b"
    r"|\b(?:was|stond) (?:daar|er) voor mij\b"  # "mijn broer was daar voor mij" (panel 74)
    r"|\b(?:heeft|had) voor mij (?:getekend|ondertekend)\b"  # (panel 76, g2)
)


_STAYS = re.compile(  # "de papa blijft wel in Guinee" (panel 78, g1)
    r"^[^.!?]*?\bblijf(?:t|en)? (?:wel |toch |gewoon |nog )?(?:in|daar|ginder|achter)\b"
    r"(?![^.!?]*\btot)"
)


# "wie gaat mee, de oma?", "wie brengt de kinderen naar de ambassade?" (panel 47, g5): who
# goes along to the post, no one who comes to Belgium
_GOES_ALONG = re.compile(
    r"\bwie (?:gaat|reist|komt|moet) (?:er )?mee\b|\bwie (?:brengt|begeleidt|vergezelt)\b"
    r"|\bnaar de ambassade (?:brengen|begeleiden)\b"
)


def _goes_along(mention: Mention, folded: str) -> None:
    start = max(folded.rfind(c, 0, mention.start) for c in ".!?\n") + 1
    ends = [i for i in (folded.find(c, mention.end) for c in ".!?\n") if i >= 0]
    sentence = folded[start : min(ends, default=len(folded))]
    if mention.context is None and mention.relationship not in ("child", "stepchild"):
        if _GOES_ALONG.search(sentence):
            mention.context = "negated"


def _stays_behind(reading: Reading, mention: Mention, folded: str) -> None:
    """ "de tante van Zahra ... blijft in Iran", after "de tante wil niet naar België komen":
    the aunt who stays, no one who comes (panel 42, g3)."""
    if mention.context is not None:
        return
    same_before = [
        m for m in reading.mentions
        if m.end <= mention.start and m.word == mention.word and m.context == "not_coming"
        and m.relationship == mention.relationship
    ]  # fmt: skip
    if re.match(r"\s+van (?:mijn|m'n|mn|je|haar|zijn)\b", folded[mention.end :]):
        same_before = []  # "geen zoon ... de zoon van mijn man": another one (panel 43, g3)
    stays = _STAYS.match(folded[mention.end :])
    if stays and any(
        mention.end <= m.start < mention.end + stays.end() and m.context != "negated"
        for m in reading.mentions
    ):
        stays = None  # "mijn vrouw komt, maar mijn broer blijft in syrie": the brother stays
    if stays and _ASKED_TO_COME.search(folded[mention.end :]):
        stays = None  # "mijn zoon Ali, 25 jaar, hij is getrouwd en blijft in Irak. kan hij ook
        # komen?": where he lives, and whether he can come (panel 85, l2: the daughter's text)
    if same_before or stays:
        mention.context = "not_coming"


# "kan hij ook komen?", "kan hij komen als mama niet mag": whether someone can come, in its
# word order (side uses it for a question without its mark)
CAN_COME = re.compile(
    r"\b(?:kan|kunnen|mag|mogen) (?:hij|zij|ze|[a-z]+) (?:ook |dan |alleen |wel |nog )*"
    r"(?:mee)?komen\b"
)
_ASKED_TO_COME = re.compile(CAN_COME.pattern + r"[^.!]*\?")


def _supposed_later(mention: Mention, folded: str) -> None:
    """ "Stel dat de papa toch later wil komen, kan dat dan nog apart?": a supposition of later,
    no one who comes now (panel 74, g1: "De papa van je cliënt: wil naar België komen")."""
    start = max(folded.rfind(c, 0, mention.start) for c in ".!?\n") + 1
    sentence = f" {folded[start : mention.end + 60]} "
    mention.supposed = " stel " in sentence or (" als " in sentence and " later " in sentence)
    if mention.supposed and " later " in sentence:
        mention.without = True  # a minor client's own parent: no applicant (facts)
        if mention.context is None:
            mention.context = "negated"


def _other_parent_stays(mention: Mention, span: str, raw: str, folded: str) -> None:
    """ "De vader blijft in Guinee ...", "de vader komt NIET mee", "Schrap de vader": a parent
    told of as not coming; facts keeps him out when he is the minor client's own father (panel
    72, g2: added as "wil naar België komen" and kept after four corrections)."""
    if mention.context != "other_parent" or mention.owner != "bare":
        return
    mention.without = bool(re.search(r"\bzonder\s+(?:\w+\s+)?$", folded[: mention.start]))
    start = max(folded.rfind(c, 0, mention.start) for c in ".!?\n") + 1
    end = min((i for i in (folded.find(c, mention.end) for c in ".!?\n") if i >= 0), default=-1)
    sentence = folded[start : end + 1] if end >= 0 else folded[start:]
    if "?" in sentence or _has(W.HYPOTHETICAL, f" {sentence} ") or " stel " in f" {sentence} ":
        return  # "Stel dat de mama niet kan reizen. Kunnen de broers ...?" (panel 40, g5)
    before = folded[: mention.start]
    struck = re.search(r"\b(?:schrap|verwijder|wis|zonder)\s+(?:\w+\s+)?$", before)
    if struck and struck.group().startswith("zonder") and "?" in folded:
        struck = None  # "humanitair visum voor de 3 zusjes zonder de ouders erbij. welke kans?"
        # supposes; the parents who come stay (panel 82, h1: "Ik heb de ouders weggelaten")
    not_him = re.match(r"\s+(?:ook\s+)?niet\b(?!\s+(?:alleen|enkel)\b)", folded[mention.end :])
    mention.stays_away = bool(
        struck or not_him or _STAYS.match(folded[mention.end :]) or _says_not_coming(span, raw)
    )


def _in_brackets_after(reading: Reading, mention: Mention, folded: str) -> None:
    """ "de tante van Zahra (zus van Mariam)": who the one just named is, no one new (panel
    42, g3: the client's sister came beside the aunt)."""
    before = folded[: mention.start].rstrip()
    if mention.context is not None or not before.endswith("("):
        return
    earlier = [m for m in reading.mentions if m.end <= mention.start and m is not mention]
    if earlier and len(folded[earlier[-1].end : len(before) - 1].split()) <= 3:
        mention.context = "negated"


_SAME_PERSON = re.compile(r"\b(?:de|het)?zelfde persoon\b|\b(?:is|zijn) (?:de|het)?zelfde\b")


def _the_same_person(mention: Mention, folded: str) -> None:
    """ "zus en tante is dezelfde persoon": who is who, no one new (panel 42, g3)."""
    start = max(folded.rfind(c, 0, mention.start) for c in ".!?\n") + 1
    ends = [i for c in ".!?\n" if (i := folded.find(c, mention.end)) >= 0]
    sentence = folded[start : min(ends, default=len(folded))]
    if mention.context is None and _SAME_PERSON.search(sentence):
        mention.context = "negated"


_TAKEN_IN_CHILDREN = ("adopted_child", "foster_child", "stepchild", "grandchild")


def _the_childs_father_named(mention: Mention, folded: str) -> None:
    """ "2 april 2024 is papa erkend voor berfin bij nüfus", "hij is papa van berfin": the
    child's father, the man in Belgium, named by his role, no parent who comes (panel 129, r2:
    "De papa van je man: wil naar België komen")."""
    if mention.context is not None or mention.word not in W.SAME_PERSON_WORDS[0]:  # a father
        return
    after = folded[mention.end : mention.end + 30]
    before = folded[max(0, mention.start - 12) : mention.start]
    acknowledged = re.match(r"\s+erkend\s+(?:voor|van)\b", after)
    he_is = re.search(r"\b(?:hij|he) is (?:de )?$", before) and re.match(r"\s+van\b", after)
    if acknowledged or he_is:
        mention.context = "negated"


def _those_children_again(reading: Reading, mention: Mention, folded: str) -> None:
    """ "Ze heeft de 2 kinderen van haar overleden zus geadopteerd (12 en 10 jaar) ... kunnen
    die kinderen via gezinshereniging komen?": the children told before, not two more of her
    own (panel 128, r5: "Hoe oud is het eerste kind van je cliënt?" beside the two adopted)."""
    if mention.relationship != "child" or mention.context is not None:
        return
    if not re.search(r"\b(?:die|deze)\s+$", folded[max(0, mention.start - 6) : mention.start]):
        return
    if any(
        m.start < mention.start and m.relationship in _TAKEN_IN_CHILDREN and m.context is None
        for m in reading.mentions
    ):
        mention.context = "negated"


_CARES = re.compile(
    r"^\s+(?:\w+\s+)?(?:zorgt|zorgde|zorgen)\b|^\s+(?:is|wordt) (?:haar|zijn) voogd\b"
)


_CARES_FOR_THE_CHILDREN = re.compile(
    r"^\s+(?:\w+\s+)?(?:zorgt|zorgde|zorgen|past|paste|passen)\s+(?:nu\s+|al\s+|daar\s+)*"
    r"(?:voor|op)\s+(?:hen|ze|hun|de kinderen|mijn kinderen|de kleinkinderen|haar kleinkinderen"
    r"|de kids|de kleintjes)\b"
)
# "kan zij komen?", "kan mijn zus ook meekomen om ifrah te helpen?" (panel 46, h3)
_COMES = re.compile(r"\b(?:mee ?)?komen\b")


def _cares_for_the_one_who_comes(reading: Reading, mention: Mention, folded: str) -> None:
    """ "mijn oom zorgt nu voor noor. is dat een probleem?": the one who cares for her now,
    asked about, no one who comes (panel 42, h4; seed 001: "geen enkel ander familielid")."""
    if mention.context is None and mention.relationship in ("other_relative", "sibling"):
        if _CARES.match(folded[mention.end :]) and not _COMES.search(folded):
            mention.context = "negated"
            reading.carer_named = "?" in reading.text
    if mention.context is None and mention.relationship in ("parent", "grandparent"):
        if _CARES_FOR_THE_CHILDREN.match(folded[mention.end :]) and not _COMES.search(folded):
            mention.context = "negated"  # "mama zorgt voor hen": the grandmother who keeps
            reading.carer_named = "?" in reading.text  # the children (panel 63, h3)


def _signs_for_someone(mention: Mention, clause: str, sentence: str = "") -> None:
    """ "moet zijn moeder tekenen?", "et la grand-mere, Grace woont bij haar, moet zij ook iets
    tekenen?": who signs, no one who comes (panel 86, k5: the grandmother added)."""
    kinds = ("other_relative", "sibling", "parent", "grandparent")
    if mention.context is None and mention.relationship in kinds:
        text = clause if _SIGNS.search(clause) else sentence
        if _SIGNS.search(text) and " komen" not in text:
            mention.context = "host"


def _relatives_income(reading: Reading, mention: Mention, clause: str) -> None:
    """ "mijn mama heeft ook pensioen, 1600 euro. telt dat mee?": whose money counts, asked
    about, no one who comes (panel 21, o2: "Is je mama op hoge leeftijd?")."""
    kin = mention.relationship not in ("spouse", "partner", "registered_partner")
    words = _words_only(clause)
    counts = _has(W.COUNTS_QUESTION, f" {_words_only(reading.text)} ")  # "telt dat mee?", not
    income = _has(W.EARNS_HERE, words) or any(f" {w} " in words for w in W.PENSION_WORDS)
    coming = " komen" in words or " mee " in f" {words} " and not counts  # "kan hij komen?"
    if mention.context is None and kin and counts and income and re.search(r"\d", clause):
        mention.context = None if coming else "negated"


# "moet mijn zus ook betalen ook al is ze kind?" (panel 33, b1: "Hoe oud is je kind?"): what
# someone is, no one new
_STILL_MY_CHILD = re.compile(
    r"(?<!\ber )\b(?:is|blijft)\s+(?:toch\s+)?(?:nog\s+)?(?:altijd\s+)?"
    r"(?P<own>(?:mijn|m'n|mn|ons|haar|zijn)\s*)?$"
)
_PREDICATE_BEFORE = re.compile(
    r"\b(?:(?:is|was)\s+(?:ze|zij|hij)|(?:ze|zij|hij)\s+(?:is|was))\s+(?:nog\s+)?"
    r"(?:maar\s+)?(?:een\s+|n\s+)?$"
)
# "broertje en zusje zijn mijn kinderen van 4 en 11" (panel 33, b4): who they are, no one new
_ARE_MY_CHILDREN = re.compile(
    r"^(?:\s+en\s+[\w']+)?\s+(?:zijn|is)\s+(?:ook\s+)?(?:mijn|mn|m'n|onze|ons)\s+"
    r"(?:kinderen|kind|kids|zoon|dochter|zonen|dochters|zoontje|dochtertje)\b"
)


_DETERMINERS = frozenset({"de", "het", "die", "deze", "onze", "ons", "mijn", "mn", "m'n", "zijn",
                         "haar", "hun", "alle", "beide", "mijne", "twee", "drie",
                         "vier"})  # fmt: skip


def _the_same_told_again(mention: Mention, folded: str) -> None:
    """ "de grootmoeder van het meisje, dus de moeder van mijn cliënte": the same person told
    another way, no one new (panel 35, f2: a second person of 55)."""
    before = folded[max(0, mention.start - 14) : mention.start]
    if mention.context is None and re.search(
        r",\s*(?:dus|oftewel|namelijk)\s+(?:de|het)?\s*$", before
    ):
        mention.context = "same"


def _general_plural(mention: Mention, folded: str) -> None:
    """ "ik dacht dat kinderen boven de 21 niet meer mochten?": children in general, in a
    question, with no determiner, are no applicants (panel 34, d2: "Hoe oud is je eerste
    kind?" to a man without children)."""
    if mention.context is not None or mention.owner != "bare" or mention.word not in W.PLURAL_WORDS:
        return
    before = re.findall(r"[\w']+", folded[max(0, mention.start - 15) : mention.start])[-1:]
    if before and (before[0] in _DETERMINERS or before[0].isdigit() or before[0] in W.COUNT_WORDS):
        return
    if before and before[0] in ("en", "of", "met"):  # "kan ik vrouw en kinderen laten komen?"
        return
    end = re.search(r"[.!?\n]", folded[mention.end :])
    sentence = folded[mention.start : mention.end + end.start()] if end else folded[mention.start :]
    coming = re.search(r"\b(?:komen|halen|mee|laten|brengen)\b", sentence)
    asked = end and folded[mention.end + end.start()] == "?"
    # "de taliban geven dat niet aan vrouwen alleen": women in general (panel 37, g1: "Hoe oud
    # is je tweede vrouw?")
    aged = re.match(r"\s*(?:van\s+)?\(?\d", folded[mention.end :])  # "voor kinderen van 5
    general = before and before[0] in ("aan", "voor", "over", "zoals") and not aged  # en 3"
    if (asked or general) and not coming:
        mention.context = "negated"


def _named_in_passing(mention: Mention, folded: str) -> None:
    """ "ik heb het gevraagd aan mijn neef, hij is advocaat", "het huurcontract staat op naam
    van mijn broer": someone who helps, no one who comes (panel 20, m2, m4)."""
    before = folded[max(0, mention.start - 30) : mention.start]
    with_them = re.search(r"\bmet(?:\s+(?:mijn|m'n|mn|zijn|haar))?\s*$", before)
    after = _IN_PASSING_AFTER.search(folded[mention.end : mention.end + 30])
    if mention.context is None and (_IN_PASSING.search(before) or with_them and after):
        mention.context = "negated"
    child_word = mention.word in ("kind", "kindje", "baby", "minderjarige")
    if mention.context is None and mention.owner == "bare" and child_word:
        if _PREDICATE_BEFORE.search(before):  # "ook al is ze kind", not "hij is een broer"
            mention.context = "negated"
    still = _STILL_MY_CHILD.search(before)
    if mention.context is None and child_word and still:
        if still.group("own") or mention.owner == "writer":
            mention.context = "negated"  # "Ivan is toch nog mijn kind?" (panel 44, h4: a second
        # child of 19 made up)
    sentence = re.split(r"[.!?\n]", folded[mention.end :], maxsplit=1)[0]
    if mention.context is None and mention.relationship not in ("child", "stepchild"):
        if _ARE_MY_CHILDREN.search(sentence):
            mention.context = "negated"
    helped = _HELPED_AFTER.search(sentence) and " komen" not in sentence and " mee " not in sentence
    if mention.context is None and helped:
        mention.context = "negated"


def _perpetrator(mention: Mention, folded: str) -> None:
    """ "mijn oom en zijn mensen hebben mijn man al 2 keer geslagen": who did it, no one who
    comes; the victim named after the verb stays (panel 19, l3: "Je oom: wil ... komen")."""
    start = max(folded.rfind(c, 0, mention.start) for c in ".!?\n") + 1
    lead = folded[start : mention.start].split()
    sentence = re.split(r"[.!?\n]", folded[mention.end :], maxsplit=1)[0]
    passive = re.search(  # a victim:
        r"\b(?:werd|wordt|werden|worden|is|zijn)\b(?:\s+[\w']+){0,3}\s+(?:geslagen|bedreigd|"
        r"mishandeld|aangevallen|ontvoerd|achtervolgd|verkracht|gemarteld)\b",
        sentence,
    )
    # "mijn broer werd geslagen door de politie"
    violent = _has(W.VIOLENCE_WORDS, f" {sentence} ")
    if mention.context is None and len(lead) <= 2 and violent and not passive:
        mention.context = "negated"


def _is_other_parent(folded: str, mention: Mention, last_word: str) -> bool:
    """ "de mama van mijn zoon", a bare "de vader": a child's other parent, no applicant; not
    "de moeder van mijn cliënt", the client's mother, who comes (panel 19, k3)."""
    if _of_the_client(folded, mention):
        return False
    article = folded[mention.start : mention.end].split()[:1]  # "[de mama] van adam"
    articled = last_word in W.OTHER_PARENT_ARTICLES or (
        bool(article) and article[0] in W.OTHER_PARENT_ARTICLES
    )
    return (
        _other_persons_relative(folded, mention)
        or _absent_parent(folded, mention)
        or (
            mention.owner == "bare"
            and articled
            and mention.relationship in ("parent", "spouse", "partner")
        )
    )


def _absent_parent(folded: str, mention: Mention) -> bool:
    """ "zijn papa is onbekend", "moet de papa toestemming geven? hij is verdwenen": a child's
    absent or consenting parent, no applicant (panel 23, s2; panel 24, h5)."""
    if mention.relationship != "parent" or mention.owner == "writer":
        return False
    sentence = re.split(r"[.!?]", folded[mention.end : mention.end + 60])[0]
    coming = any(w in sentence for w in W.COMING_WORDS)
    return not coming and any(f" {w}" in f" {sentence} " for w in W.ABSENT_PARENT_WORDS)


def _of_the_client(folded: str, mention: Mention) -> bool:
    after = folded[mention.end : mention.end + 30]
    match = re.match(r"\s+van\s+(?:mijn|mn|m'n|de|onze|ons)\s+(\w+)", after)
    return bool(match) and match.group(1) in _client_nouns()


def _in_law_by_name(reading: Reading, folded: str) -> None:
    """ "mijn vrouw valeria ... nu de mama van valeria, rosa, wil ook komen": the wife's mother,
    named by the wife's first name, is the writer's mother-in-law who comes (panel 74, h2: no
    one added, then "Over wie gaat 60 jaar?")."""
    couples = ("spouse", "partner", "registered_partner")
    for mention in reading.mentions:
        if mention.relationship != "parent" or mention.context != "other_parent":
            continue
        name = re.match(r"\s+van\s+([a-z]+)\b", folded[mention.end :])
        owner = reading.aliases.get(name.group(1)) if name else None
        if owner is not None and owner.relationship in couples:
            mention.relationship, mention.context, mention.owner = "other_relative", None, "writer"
            mention.word = W.PARENT_IN_LAW[mention.word in W.FEMALE_WORDS]


def _other_persons_relative(folded: str, mention: Mention) -> bool:
    """ "de mama van mijn zoon", "de vader van het kind": the other parent, no applicant."""
    after = folded[mention.end : mention.end + 40]
    return bool(re.match(r"\s+van\s+(mijn|mn|m'n|zijn|haar|het|de|ons|onze)\s+\w+", after)) and (
        mention.relationship in ("parent", "spouse", "partner")
    )


_JOINERS = frozenset({"en", "mijn", "mn", "m'n", "zijn", "haar", "de", "het", "van", "ook",
                      "allebei", "beide", "my", "and", "et"})  # fmt: skip


def _span_of(reading: Reading, mention: Mention, sentence_end: int) -> str:
    """The words about this person: from the mention to the next person named (unless only
    "en", "van", possessives lie between: "mijn vader en moeder zijn overleden"), within
    the sentence. "mn moeder woont in turkije sinds mn vader gestorven is": only the father."""
    folded = fold(reading.text)
    later = [m for m in reading.mentions if mention.start < m.start < sentence_end]
    end = sentence_end
    position = mention.end
    whose: list[Mention] = []  # "de dochter van mijn overleden zus": the sister's own words
    for other in later:
        between = re.findall(r"[\w']+", folded[position : other.start])
        after = re.findall(r"[\w']+", folded[other.end : other.end + 12])[:1]
        # "met mijn zus, papa is dood": a comma and a singular verb start the next person's
        # own words (panel 9, r5); "mijn vader, moeder en broer zijn overleden" stays joined
        own_sentence = "," in folded[position : other.start] and after in (["is"], ["was"])
        if all(w in _JOINERS for w in between) and not own_sentence:
            whose += [other] if "van" in between else []
            position = other.end
            continue
        end = other.start
        break
    text = folded[mention.start : end]
    for other in reversed(whose):  # (panel 91, n5: the niece taken for dead)
        text = text[: other.start - mention.start] + " " + text[other.end - mention.start :]
    span = _words_only(text)
    for phrase in W.DEATH_BEFORE:  # "... sinds de dood van [mijn moeder]": hers, not his
        span = span.split(f" {phrase} ")[0] + " "
    return _NEW_SUBJECT.split(span)[0] + " "


_NEW_SUBJECT = re.compile(rf" (?:{'|'.join(W.SUBORDINATORS)}) (?:{'|'.join(W.SUBJECT_PRONOUNS)}) ")


def _the_other_wifes_child(reading: Reading) -> None:
    """ "ook nog een tweede vrouw, amina ... zij woont in mogadishu met onze zoon van 5": a
    child with an age named after another wife is one more child, not a known one corrected
    (panel 81, h3: the son of 8 made 5)."""
    wives = [m for m in reading.mentions if m.relationship == "spouse" and m.another]
    if not wives:
        return
    for mention in reading.mentions:
        later = mention.start > wives[0].end and mention.relationship == "child"
        if later and mention.count == 1 and mention.context is None:
            mention.another = True


def _the_heads_death(reading: Reading) -> None:
    """ "de zus van mijn vrouw, zij is dood in 2020": the sister is dead, the one the phrase
    is about, not the wife who names her (panel 109, q1: "Wat erg van je vrouw")."""
    folded = fold(reading.text)
    for head, owner in zip(reading.mentions, reading.mentions[1:], strict=False):
        between = folded[head.end : owner.start]
        if not re.fullmatch(r"\s+van\s+(?:de|het|mijn|m'n|mn|zijn|haar|onze|ons)\s+", between):
            continue
        pronoun = re.match(r"\s*,?\s*(zij|ze|hij)\s+(?:is|was)\b", folded[owner.end :])
        same = pronoun and _pronoun_of(head) in (None, W.SUBJECT_PRONOUNS.get(pronoun.group(1)))
        if same and owner.context == "deceased" and head.context in (None, "third_party"):
            head.context, owner.context = "deceased", None


def _dead_parents_named(reading: Reading, folded: str) -> None:
    """ "zijn ouders zijn allebei overleden in 2024, mijn zoon en zijn vrouw": the relatives
    named after the comma are the dead parents, no one who comes (panel 80, g4: "Hoe oud is je
    zoon?")."""
    for dead in [m for m in reading.mentions if m.context == "deceased" and m.count > 1]:
        ends = [i for i in (folded.find(c, dead.end) for c in ".!?\n") if i >= 0]
        end = min(ends) if ends else len(folded)
        comma = folded.find(",", dead.end, end)
        if comma < 0 or not _is_deceased(folded[dead.end : comma] + " "):
            continue
        for mention in reading.mentions:
            if comma < mention.start < end and mention.context in (None, "third_party"):
                mention.context = "deceased"


def _pronoun_deaths(reading: Reading, folded: str) -> None:
    """ "de zoon van mijn zus, sinds zij overleden is": the death is hers (the last person
    the pronoun can name), not his."""
    for match in _NEW_SUBJECT.finditer(_words_only(folded)):
        words = match.group().split()
        rest = _words_only(folded)[match.end() :].split(" . ")[0]
        if not _is_deceased(" " + " ".join(rest.split()[:6]) + " "):
            continue
        pronoun = W.SUBJECT_PRONOUNS[words[-1]]
        start = _words_only(folded)[: match.start()].count(" ")
        before = [m for m in reading.mentions if len(folded[: m.start].split()) < start]
        named = [m for m in before if _pronoun_of(m) == pronoun]
        if named and named[-1].context is None:
            named[-1].context = "deceased"


def _the_writer_between(text: str, mention: Mention, status: dict[str, Any]) -> bool:
    """ "does it help for my mother that i am refugee": the status is the writer's, told after
    the relative (panel 77, g3: the mother taken out as the one in Belgium)."""
    between = fold(text[mention.end : int(status.get("start") or 0)])
    return bool(re.search(r"\b(?:dat|that) (?:ik|i)\b", between))


_WITH_THE_WRITER = re.compile(r"\b(?:bij|met) (?:mij|ons)\b")


# only separators between two relatives, or a word the NLU left untagged ("pa, ma en broertje")
_JOINED = re.compile(r"\s*(?:,|en|&|\+)\s*(?:(?:ma|pa|mama|papa|mam|pap)\s*(?:,|en|&|\+)\s*)?")


_OF_THE_CLIENT = re.compile(
    r"\s+van\s+(?:mevrouw|meneer|mevr|mijnheer|de client[e]?|mijn client[e]?|onze client[e]?)\b"
)


def _the_clients_relative_here(reading: Reading) -> None:
    """ "De dochter van mevrouw is 17 en woont bij haar in Genk": the client's daughter lives
    here, she is not the client (panel 130, s5: "Je cliënt: Belg, 17 jaar", and then her father
    had "recht op gezinshereniging")."""
    folded = fold(reading.text)
    for mention in reading.mentions:
        if mention.is_sponsor and _OF_THE_CLIENT.match(folded[mention.end :]):
            mention.is_sponsor, mention.context = False, "in_belgium"


def _a_relative_writes_for_him(reading: Reading) -> None:
    """ "mijn broer is erkent vluchteling sinds december vorig jaar, zijn vrouw en kind zijn in
    nairobi": his sister writes for him, about his family (panel 131, z5: "Op welke dag precies
    kreeg je je status?" to the sister, then "Jij: Belg, sinds december 2025")."""
    if reading.helper or reading.applicant_writer or reading.not_helper:
        return
    here = [
        m for m in reading.mentions
        if m.is_sponsor and m.owner == "writer" and m.count == 1
        and m.relationship in ("sibling", "child", "parent", "other_relative")
    ]  # fmt: skip
    theirs = [m for m in reading.mentions if m.possessive in ("zijn", "haar") and not m.is_sponsor]
    if len(here) == 1 and theirs and reading.status_of_another:
        reading.helper, reading.helper_word = True, here[0].word


def _listed_with_the_one_here(reading: Reading) -> None:
    """ "Mijn pa, ma en broertje wonen in Antwerpen": all three are here, none comes; the parent
    is the one in Belgium, not the little brother (panel 129, s4: "Wat is de verblijfsstatus
    van je broertje in België?" to a daughter of 20 who wants to join her father)."""
    folded = fold(reading.text)
    for index, here in enumerate(reading.mentions):
        if not here.is_sponsor:
            continue
        listed = []
        for before in reversed(reading.mentions[:index]):
            between = folded[before.end : (listed[-1] if listed else here).start]
            if not _JOINED.fullmatch(between) or before.context is not None:
                break
            listed.append(before)
        for before in listed:
            before.context = "in_belgium"
        parents = [m for m in listed if m.relationship == "parent"]
        if parents and here.relationship in ("sibling", "child"):
            here.is_sponsor, here.context = False, "in_belgium"
            parents[-1].is_sponsor, parents[-1].context = True, None
        return


def _the_one_here(mention: Mention, clause: str, folded: str) -> None:
    """A relative in Belgium: the sponsor, unless she lives with a writer who is here ("ik ben
    spaans, werk in brussel. mijn vrouw valeria woont al bij mij"; panel 74, h2: the writer
    made an applicant, "Je vrouw: EU-burger" kept through four corrections)."""
    mention.is_sponsor = True
    mention.here_only = _in_belgium(clause) and _only_here(clause)
    if mention.here_only and _WITH_THE_WRITER.search(clause) and _writer_in_belgium(folded):
        mention.is_sponsor, mention.context = False, "in_belgium"


def _writer_in_belgium(text: str) -> bool:
    """ "ik ben spaans, werk in brussel", "ik woon in gent": the writer in a Belgian place (then
    "mijn vrouw woont al bij mij" is here with him, no sponsor; panel 74, h2)."""
    for sentence in re.split(r"[.!?;\n]", fold(text)):
        words = _words_only(sentence)
        if " ik " not in words:
            continue
        if any(
            re.search(rf" {verb} (?:(?:hier|nu|al|ook|wel) )*in {place} ", words)  # "werk hier in
            for place in (*W.BELGIAN_PLACES, "belgie")  # brussel" (panel 80, h2)
            for verb in ("werk", "woon", "zit", "ben", "leef")
        ):
            return True
    return False


def _a_status_before(mention: Mention, statuses) -> bool:
    """A status told before the relative's word, not about her: the writer's."""
    return any(int(s.get("start") or 0) < mention.start for s in statuses)


def _pronoun_of(mention: Mention) -> str | None:
    if mention.word in W.MALE_WORDS:
        return "hij"
    if mention.word in W.FEMALE_WORDS or mention.count > 1:
        return "zij"
    return None


def _two_words_before(folded: str, mention: Mention) -> list[str]:
    """The two words before the person's word, past an ordinal: "er is GEEN tweede vrouw" ->
    is, geen (panel 37, g1)."""
    words = folded[max(0, mention.start - 12) : mention.start].split()
    if words[-1:] and words[-1] in W.ORDINALS:
        words = folded[max(0, mention.start - 25) : mention.start].split()[:-1]
    return words[-2:]


def _context_of(reading: Reading, mention: Mention, clause: str, statuses, starts) -> None:
    folded = fold(reading.text)
    before = " " + folded[max(0, mention.start - 12) : mention.start].strip()
    sentence_end = re.compile(r"[.!?;\n]").search(folded, mention.end)
    span = _span_of(reading, mention, sentence_end.start() if sentence_end else len(folded))
    last_word = (before.split() or [""])[-1]
    surface = folded[mention.start : mention.end]
    if _writer_is(folded, mention):
        mention.context = "writer"  # "ik ben zijn zus": the writer herself
    elif (
        last_word in W.NEGATORS | {"nooit"}
        or _negated_by_two(before)
        or _not_my_own(folded[max(0, mention.start - 30) : mention.start].split())
        or _NOT_ABOUT_ONE.search(folded[max(0, mention.start - 30) : mention.start])
        or _WHICH_ONE.search(folded[max(0, mention.start - 10) : mention.end + 2])
    ):
        mention.context = "negated"  # "we hebben geen kinderen", "niet gewoon vriendin"
    mention.modifier = _modifier(reading, mention, folded)
    if mention.context == "writer":
        pass
    elif (
        (_is_deceased(span) and not mention.modifier)
        or _death_before(folded, mention)
        or _dead_in_apposition(folded, mention)
        or _dead_in_the_answer(folded, mention)
    ):
        mention.context = "deceased"
    elif (
        (
            _in_belgium(clause)
            and not _in_belgium_later(reading.text, clause)
            and not _here_is_abroad(clause, folded)
        )
        or _earns_here(reading, mention, clause)
        or _joined_in_belgium(folded, mention)
        or _RECOGNISED_TOO.match(folded[mention.end : mention.end + 40]) is not None
        or any(
            mention.clause == clause_of(int(s.get("start") or 0), starts)
            and int(s.get("start") or 0) > mention.start
            and not _the_writer_between(reading.text, mention, s)
            for s in statuses
        )
    ):
        _the_one_here(mention, clause, folded)
        mention.earns_only = not _in_belgium(clause) and _earns_here(reading, mention, clause)
    elif _is_hearsay(mention, clause, before, folded) or _has(
        W.OTHERS_EXPERIENCE, _words_only(clause)
    ):
        mention.context = "hearsay"  # "mijn broer heeft 9 maand gewacht voor zijn vrouw" (c5)
    elif _is_other_parent(folded, mention, last_word):
        mention.context = "other_parent"  # "de mama van mijn zoon", "heeft de vader ... ?"
    elif _where_someone_lives(before, span):
        mention.context = _where_someone_lives(before, span)
    window = re.split(r"[.!?\n]", folded[max(0, mention.start - 25) : mention.start])[-1]
    if any(c in window for c in W.CLIENT_INTRO):  # in the same sentence: not "ik schrijf
        mention.is_sponsor, mention.context = True, None  # namens hem. Zijn ouders ..." (k2)
        _helper_intro(reading, mention)
    raw = folded[
        mention.start : sentence_end.end() if sentence_end else len(folded)
    ]  # with its "?"
    _not_an_applicant(
        mention, span, _two_words_before(folded, mention), surface.split(), clause, raw
    )
    _same_parents(mention, folded)
    _who_someone_is(mention, folded)
    _who_does_not_help(mention, folded)
    _a_comparison(mention, folded)
    _came_without(mention, folded)
    _asked_about_only(mention, folded)
    _a_source_of_hearsay(mention, folded)
    _in_reported_speech(mention, folded)
    _living_here_with(mention, folded)
    _belgian_too(mention, folded)
    _travel_companion(mention, folded)
    _goes_along(mention, folded)
    _money_helper(mention, folded)
    _perpetrator(mention, folded)
    _named_in_passing(mention, folded)
    _general_plural(mention, folded)
    _the_same_told_again(mention, folded)
    _there_too(reading, mention, folded)
    _relatives_income(reading, mention, clause)
    _signs_for_someone(mention, clause, re.split(r"[.!?]", folded[mention.end :])[0] + "?")
    _cares_for_the_one_who_comes(reading, mention, folded)
    _in_brackets_after(reading, mention, folded)
    _stays_behind(reading, mention, folded)
    _other_parent_stays(mention, span, raw, folded)
    _supposed_later(mention, folded)
    _the_same_person(mention, folded)
    _those_children_again(reading, mention, folded)
    _the_childs_father_named(mention, folded)
    _lives_with(mention, folded)
    _someone_elses(reading, mention, folded)
    _described(mention, folded)
    _the_childs_parent(reading, mention, folded)
    _named_in_a_question_of_the_file(reading, mention, folded)
    _of_her_own_family(reading, mention, folded)  # after the file's question (panel 27, b4)
    _topic_corrected(mention, folded)
    _owner_of_a_thing(mention, folded)
    mention.coming = _has(
        W.COMING_WORDS + ("mee komen", "ook mee"), f" {_after(reading, mention, folded)} "
    )


def _after(reading: Reading, mention: Mention, folded: str) -> str:
    """The words after the mention up to the next person named: "bij haar moeder in
    Mogadishu. Kunnen die kinderen naar hier komen?" says nothing of the mother coming (panel
    47, g5: she became a mother-in-law who wants to come)."""
    ends = [i for i in (folded.find(c, mention.end) for c in ".!?\n") if i >= 0]
    sentence_end = min(ends, default=len(folded))
    later = [m.start for m in reading.mentions if m.start > sentence_end]  # "mijn broer zorgt
    return folded[mention.end : min(later, default=len(folded))]  # voor de kinderen, hij ...
    # kan hij ook mee komen?": the same sentence goes on about him (panel 29, a2)


_A_THING_OF = re.compile(  # "een klein pensioentje van mijn papa", "het huis van mijn broer"
    r"\b(?:" + "|".join(sorted(W.THINGS_OF_SOMEONE)) + r")\w*\s+van\s+"
    r"(?:mijn\s+|m'n\s+|mn\s+|haar\s+|zijn\s+|z'n\s+|de\s+|het\s+|wijlen\s+)?$"
)


def _parents_in_law(reading: Reading) -> None:
    """ "haar moeder (68) ... kunnen die bij ons komen wonen?" after "getrouwd met een
    marokkaanse vrouw", "de moeder van mijn vrouw wil komen": the wife's mother, who comes as
    another relative (seed 001: a humanitarian visa), not the writer's mother nor no one
    (panel 30, a4: left out, then her age put on the stepdaughter)."""
    couples = ("spouse", "partner", "registered_partner")
    for index, mention in enumerate(reading.mentions):
        if mention.relationship != "parent":
            continue
        before = reading.mentions[:index]
        after = reading.mentions[index + 1 : index + 2]
        of_the_partner = bool(after) and after[0].modifier and after[0].relationship in couples
        # "ik wil mijn vrouw en 3 kinderen ... en ook de mama van mijn vrouw" (panel 33, b4):
        # named as hers in a list of who comes, not only with a coming verb of her own
        listed = re.search(
            r"\b(?:ook|en)\s*$",
            fold(reading.text[max(0, mention.start - 12) : mention.start])
            .replace("de", "")
            .rstrip(),
        )
        of_the_partner = (
            of_the_partner and mention.context in (None, "other_parent") and bool(listed)
        )  # "en ook de mama van mijn vrouw", not "bij de mama van mijn vrouw" (review)
        if not (mention.coming or of_the_partner or mention.topic):  # "het gaat om haar
            continue  # moeder en haar zoon" (panel 79, h2: "Is je moeder financieel ...?")
        # the one "haar" points back to, past others of hers ("haar dochter en haar moeder")
        owners = [
            m for m in before if not (m.owner == "third" and m.possessive == mention.possessive)
        ]
        wife = owners[-1:] if owners and owners[-1].relationship in couples else []
        wife = [w for w in wife if w.context not in ("not_coming", "ex")]  # "Hassan is niet
        # getrouwd, er is geen partner. Hij is ... afhankelijk van zijn moeder" (panel 96, p2)
        hers = (
            mention.owner == "third"
            and bool(wife)
            and ((mention.possessive in ("haar", "hare")) == (wife[-1].word in W.FEMALE_WORDS))
        )
        if of_the_partner or hers:
            mention.context, mention.relationship = None, "other_relative"
            mention.word = W.PARENT_IN_LAW[mention.word in W.FEMALE_WORDS]


def _someone_elses_dead(reading: Reading) -> None:
    """ "zelfde moeder, andere vader (overleden)", "alleen de vader van de halfbroer is
    overleden": another father, not the client's (panel 29, a5: "Wat erg van de vader van je
    cliënt" and the father taken out)."""
    for head, after in zip(reading.mentions, [*reading.mentions[1:], None], strict=False):
        if head.context != "deceased":
            continue
        whose = after is not None and after.modifier
        if head.qualifier in ("andere", "ander") or whose:
            head.context = "negated"


def _shared_possessive(reading: Reading) -> None:
    """ "haar zoon is 17 en dochter 14": the daughter is hers too (panel 28, b2: a daughter of
    the writer's, then his baby taken out); "zijn moeder en broertje": his brother."""
    folded = fold(reading.text)
    children = ("child", "stepchild")
    for first, second in zip(reading.mentions, reading.mentions[1:], strict=False):
        between = folded[first.end : second.start]
        listed = re.fullmatch(r"\s*(?:(?:is|zijn)\s+)?(?:\d{1,2}\s*(?:jaar\s*)?)?(?:,|en)\s*",
                              between)  # fmt: skip
        if first.owner == "third" and second.owner == "bare" and listed:
            # "hij woont bij zijn moeder en broertje": his brother too (panel 37, g3)
            pair = (first.relationship, second.relationship)
            if pair == ("parent", "sibling") or set(pair) <= set(children):
                second.owner, second.possessive = "third", first.possessive
                second.context = first.context


def _owner_of_a_thing(mention: Mention, folded: str) -> None:
    """ "ze heeft een klein pensioentje van mijn papa": whose pension, no one who comes
    (panel 28, a4: the dead father asked "op hoge leeftijd?")."""
    if mention.context is None and _A_THING_OF.search(folded[max(0, mention.start - 40) :
                                                             mention.start]):  # fmt: skip
        mention.context = "negated"


def _topic_corrected(mention: Mention, folded: str) -> None:
    """ "ik vroeg over mijn dochter van 20, niet broertje": the question's topic, not one who
    stays behind (panel 28, a3: the son of 10 taken out twice)."""
    before = re.findall(r"[\w']+", folded[max(0, mention.start - 12) : mention.start])
    if mention.context == "not_coming" and before[-1:] == ["niet"]:
        if _has(W.ASKED_ABOUT_CUES, folded):
            mention.context = "negated"


def _named_in_a_question_of_the_file(reading: Reading, mention: Mention, folded: str) -> None:
    """ "cliënte heeft ook een zus in istanbul ... maakt dat het dossier zwakker?", "moet de
    moeder aantonen dat de andere dochter niet voor haar kan zorgen?": a relative who may care
    for the one who comes, asked about, not one who comes (panel 27, b4: added twice); "ik heb
    2 broers in spanje. maakt dat uit?" (panel 42, h1)."""
    if mention.context == "elsewhere" and "?" in reading.text:
        reading.carer_named = True
    if mention.context is not None and mention.context != "third_party":
        return
    if "?" not in reading.text or not _has((*W.FILE_QUESTION_WORDS, *W.CARERS_NEARBY), folded):
        return
    if mention.relationship in ("parent", "spouse", "partner") or _has(W.COMING_WORDS, folded):
        return  # the one the file is for; "kan zij ook komen?"
    if mention.owner == "writer" and not _has(W.CARERS_NEARBY, folded):
        return  # "is het een probleem voor mijn zoon dat hij geen paspoort heeft?"
    if any(m.relationship == mention.relationship and m is not mention and m.context is None
           for m in reading.mentions):  # fmt: skip
        return
    mention.context = "negated"  # no new person; a known one stays (asked about)
    reading.carer_named = True


def _the_childs_parent(reading: Reading, mention: Mention, folded: str) -> None:
    """ "waarom heeft de stiefzoon maar kans klein? hij is 13 en zijn mama komt mee": the
    boy's mother (the wife, known), not a parent of the client (panel 27, a2)."""
    if mention.relationship != "parent" or mention.context not in (None, "third_party"):
        return
    earlier = [m for m in reading.mentions if m.start < mention.start]
    owned = folded[max(0, mention.start - 6) : mention.start + 6]
    his = re.search(r"\b(?:zijn|haar|z'n|zn)\b", owned)
    child = earlier[-1] if earlier else None
    kin = child is not None and child.relationship in ("child", "stepchild", "grandchild")
    if his and kin and not child.is_sponsor and child.word not in W.CLIENT_MINOR_WORDS:
        mention.context = "negated"


# "mijn neef is ook erkend", "mijn broer heeft ook subsidiaire": a relative protected in
# Belgium too, no one who comes (panel 25, j1)
_RECOGNISED_TOO = re.compile(
    r"\s+(?:is|zijn)\s+(?:ook\s+|al\s+)*erkend\b"
    r"|\s+heeft\s+(?:ook\s+|al\s+)*(?:subsidiaire|het statuut|de status|bescherming)"
)


def _joined_in_belgium(folded: str, mention: Mention) -> bool:
    """ "ik en mijn zusje willen naar mijn grote broer mohamed in brussel": the one the writer
    goes to, in a Belgian place, is the person in Belgium (panel 25, k5: "Wat is jouw
    verblijfsstatus in België?" to the brother in Addis Abeba)."""
    before = folded[max(0, mention.start - 12) : mention.start]
    if not re.search(r"\bnaar\s+(?:mijn\s+|mn\s+|m'n\s+|onze\s+|ons\s+)?$", before):
        return False
    after = re.split(r"[.!?;,]", folded[mention.end : mention.end + 40])[0]
    return any(f" in {place}" in f"{after} " for place in W.BELGIAN_PLACES)


def _only_here(clause: str) -> bool:
    """ "hier", "bij mij" and no Belgian place: here is wherever the writer is."""
    words = f" {_words_only(clause)} "
    here = any(f" {w} " in words for w in ("hier", "bij mij", "bij ons"))
    return here and not any(f" {p} " in words for p in W.BELGIAN_PLACES)


def _here_is_abroad(clause: str, folded: str) -> bool:
    """ "mama woont hier bij mij" from a writer in Caïro: "hier" is where she writes from."""
    return _only_here(clause) and _writer_abroad(f" {folded} ")


def _negated_by_two(before: str) -> bool:
    """ "niet gewoon vriendin", "geen echte vriendin": a negator with one softener between."""
    two = before.split()[-2:]
    return len(two) == 2 and two[0] in W.NEGATORS and two[1] in W.NEGATION_SOFTENERS


_NOT_MY_OWN_AFTER = frozenset({"is", "ze", "zij", "hij", "ben", "was"})
# "het gaat om de moeder hé, niet om een kind" (panel 126, z3: a child asked about to the end)
# "Welk kind? Het gaat om de MOEDER" (panel 126, z3): a challenge, no one new
_WHICH_ONE = re.compile(r"\b(?:welke?|which) \w+\s*\?\s*$")
_NOT_ABOUT_ONE = re.compile(
    r"\b(?:niet|nie|ni|not) (?:om|over|about) (?:een |de |het |mijn |haar |zijn |a |the )?$"
)


def _not_my_own(words: list[str]) -> bool:
    """ "eigenlijk is ze ni echt mijn zus": she is not (panel 108, n4: a sister beside the
    niece she is)."""
    if not words or words[-1] not in W.WRITER_POSSESSIVES:
        return False
    core = words[:-1]
    if core and core[-1] in W.NEGATION_SOFTENERS:
        core = core[:-1]
    return len(core) >= 2 and core[-1] in W.NEGATORS and core[-2] in _NOT_MY_OWN_AFTER


def _where_someone_lives(before: str, span: str) -> str | None:
    """ "bij mijn moeder": the host; "mijn zus woont in spanje": settled elsewhere in Europe
    (panel 6, k4)."""
    last_words = re.split(r"[.!?;,]", before)[-1].split()
    last_two = last_words[-2:]  # "woont bij mij. haar zoon": his
    if any(w in W.HOST_PREPOSITIONS for w in last_two):
        return "host"

    return "elsewhere" if _lives_elsewhere_in_europe(span) else None


def _lives_elsewhere_in_europe(span: str) -> bool:
    """ "mijn zus woont in spanje": settled in another European country, no one who comes."""
    words = _words_only(span)
    lives = any(
        f" {verb} in {place} " in words
        for verb in ("woont", "wonen", "leeft", "werkt", "woont al", "woont nu")
        for place in W.EUROPE_PLACES
    )
    fled = any(  # "mijn broers zijn gevlucht naar duitsland" (panel 12, x4)
        f" {verb} naar {place} " in words
        for verb in ("gevlucht", "gegaan", "verhuisd", "vertrokken")
        for place in W.EUROPE_PLACES
    )
    # "ze woont alleen want mijn zussen zijn verhuisd": they moved away, the reason she is alone
    # (panel 40, h5: two sisters added as applicants)
    moved = any(f" {verb} " in f"{words} " for verb in W.MOVED_AWAY)
    places = "|".join(re.escape(p) for p in W.EUROPE_PLACES)
    went = re.search(  # "mijn zussen zijn naar frankrijk en spanje vertrokken" (panel 41, h2)
        rf"\bnaar (?:{places})(?: en (?:{places}))? (?:vertrokken|verhuisd|gegaan|gevlucht)\b",
        words,
    )
    # "ik heb 2 broers in spanje. maakt dat uit voor mama?" (panel 42, h1: two applicants)
    brothers_there = re.match(
        rf"^\s*(?:\w+ )?(?:broers?|zussen|zus|broertjes?|zusjes?) in (?:{places})\b", words
    )
    coming = any(f" {w} " in f" {words} " for w in ("komen", "komt", "mee"))
    return lives or fled or moved or bool(went) or bool(brothers_there and not coming)


# a relative told of by the family of her own, with no word of coming: the reason why she
# cannot care for the writer (seed 001: "geen enkel ander familielid"), no applicant (panel 36,
# g5: "mijn dochter woont in lubumbashi maar die heeft zelf 5 kinderen en geen geld")
_OWN_FAMILY = re.compile(
    r"\bdie heeft (?:ook )?zelf (?:al )?(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|"
    r"tien|veel|meerdere) (?:kinderen|kind|kindjes)\b"
)
_COMING = re.compile(r"\b(?:komen|komt|kome|meekomen|mee)\b")


def _of_her_own_family(reading: Reading, mention: Mention, folded: str) -> None:
    """ "mijn dochter woont in lubumbashi maar die heeft zelf 5 kinderen": the relative just
    named before "die heeft zelf ... kinderen", and those children, when the sentence says
    nothing of coming: no applicants."""
    if mention.context is None and not mention.is_sponsor and _own_family(reading, mention, folded):
        mention.context = "not_coming"


def _own_family(reading: Reading, mention: Mention, folded: str) -> bool:
    for match in _OWN_FAMILY.finditer(folded):
        end = re.search(r"[.!?\n]", folded[match.end() :])
        if _COMING.search(folded[match.end() : match.end() + end.start() if end else None]):
            continue  # "... die heeft zelf een zoon van 4, die moet ook mee komen"
        if match.start() <= mention.start < match.end():
            return True  # "5 kinderen": hers
        earlier = [m for m in reading.mentions if m.end <= match.start()]
        between = folded[mention.end : match.start()]
        if earlier and earlier[-1] is mention and not re.search(r"[.!?\n]", between):
            return True
    return False


# "ze zijn nooit echt gescheiden bij de rechtbank" (of the husband and his first wife; panel
# 44, g3: "Ik heb je man weggelaten")
_NOT_DIVORCED = re.compile(r"\b(?:nooit|niet|nog niet)\s+(?:\w+\s+)?gescheiden\b")


def _not_an_applicant(
    mention: Mention, span: str, before: list[str], surface: list[str], clause: str, raw: str
) -> None:
    """ "mijn ex man, wij zijn gescheiden" (an ex-partner), "mijn vader komt niet", "niet mijn
    ex" (not coming), "ik sta er niet op als vader" (the writer's own role): no applicant."""
    if mention.is_sponsor or mention.context not in (None, "negated"):
        return
    ex = {mention.qualifier, *before, *surface} & W.EX_WORDS
    divorced = any(f" {w} " in span for w in W.DIVORCED) and not _NOT_DIVORCED.search(span)
    if mention.relationship in ("spouse", "partner", "registered_partner") and (ex or divorced):
        mention.context = "ex"
    elif _says_not_coming(span, raw) or before[-1:] == ["niet"] or _denied(before, span):
        mention.context = "not_coming"
    elif (
        mention.owner == "bare"
        and mention.word in ("vrouw", "man")
        and re.search(r"(?:se|sche|ische|aanse|ese)$", before[-1] if before else "")
    ):
        mention.context = "negated"  # "een cliënte, Eritrese vrouw": who she is (u5)
    elif re.search(r" (?:waren|was|zijn|is) (?:\w+ )?tegen ", f" {span} "):
        mention.context = "not_coming"  # "ouders waren wel tegen want andere kaste" (u4)
    elif before[-1:] == ["naar"] and before[-2:-1] in (["vraagt"], ["vroeg"], ["vraag"]):
        mention.context = "negated"  # "je vraagt naar kinderen maar ik zei al nee" (v3)
    elif before[-1:] and before[-1] in W.WRITER_AS and mention.owner == "bare":
        # "ik sta er niet op als vader": the writer; "priya mee als mama": her role (t2)
        mention.context = "writer" if " ik " in clause else "role"


def _back_reference(reading: Reading, clauses: list[str], statuses=()) -> None:
    """A clause without its own relative that continues about the last one named ("mijn
    ouders, die leven niet meer"; "dat is mijn vrouw, zij is al in belgie")."""
    named = {m.clause for m in reading.mentions}
    for index, clause in enumerate(clauses):
        if index in named or not _continues(clause):
            continue
        earlier = [m for m in reading.mentions if m.clause < index]
        if not earlier:
            continue
        last = earlier[-1]
        if _the_client_between(reading.text, last, clause):
            continue  # "het zusje van mijn cliënte. Amina is 16, ... is alleen naar belgie
            # gekomen": the client (panel 78, g1: the sister made the one in Belgium)
        same = [m for m in earlier if m.clause == last.clause]
        pronoun = pronoun_in(clause)  # "... over papa want hij is vermist": papa, not mama
        same = [m for m in same if _pronoun_of(m) in (None, pronoun)] if pronoun else same
        if _is_deceased(clause) and last.context is None:
            for mention in same:
                mention.context = "deceased"
        elif _in_belgium(clause):
            if pronoun and not same:
                continue  # "Zijn echtgenote. ... Hij is in 2022 in België aangekomen": "hij" is
                # the client, not the wife named before (panel 75, h3: the wife made the sponsor)
            one = same[-1] if pronoun and same else last
            if _WITH_THE_WRITER.search(clause) and (
                _a_status_before(one, statuses) or _writer_in_belgium(reading.text)
            ):
                one.context = "in_belgium"  # "EU citizen, spanish. mijn vrouw Valeria is
                # argentina, woont al bij mij": the writer's status, his wife with him (panel
                # 72, h5: "Je vrouw: EU-burger", the writer made an applicant)
            else:
                _the_one_in_belgium(one, clause)


def _the_client_between(text: str, last: Mention, clause: str) -> bool:
    """The client named after the relative and before the clause, a sentence apart."""
    folded = fold(text)
    at = folded.find(clause.strip()[:30], last.end)
    between = folded[last.end : at] if at >= 0 else ""
    return bool(re.search(r"\bclie?nte?\b[^.!?]*[.!?]", between))


def _the_one_in_belgium(mention: Mention, clause: str) -> None:
    """ "ze woont bij mij" from a writer abroad: here only (panel 28, a3); "mijn broer vraagt
    of zijn vrouw ook kan komen, hij woont in belgie met mij": "hij" is the brother, not "zijn
    vrouw" (panel 30, a1: then the writer's own wife was taken out)."""
    if not mention.is_sponsor and mention.context is None:
        mention.is_sponsor = True
        mention.here_only = _only_here(clause)


def _disabilities(reading: Reading, message: dict[str, Any], toks: list[Token]) -> None:
    """Where a handicap is named, and where it is denied ("neef heeft geen handicap")."""
    for entity in _entities(message, "disability"):
        start = int(entity.get("start") or 0)
        before = _words_before(toks, start, 3)
        generic = before[-1:] in (["de"], ["het"], ["een"])  # not "attest van zijn handicap"
        if {"attest", "bewijs", "papier", "attesten"} & set(before) and generic:
            continue  # "het attest van de handicap": a document asked about (panel 34, d4)
        denied = set(before[-2:]) & W.NEGATORS
        (reading.disability_denied_at if denied else reading.disability_at).append(start)
    folded = fold(reading.text)
    for match in _NO_HANDICAP.finditer(folded):  # "mijn man heeft geen handicap!", untagged
        if match.start() not in reading.disability_denied_at and not _supposed(folded, match):
            reading.disability_denied_at.append(match.start())
    reading.disability = bool(reading.disability_at)


def _supposed(folded: str, match: re.Match) -> bool:
    """ "als de dokter zegt dat mijn zoon niet gehandicapt genoeg is, ...?": a supposition, no
    fact (panel 37, h3: the son's handicap taken out)."""
    start = max(folded.rfind(c, 0, match.start()) for c in ".!?\n") + 1
    before = f" {folded[start : match.start()]} "
    if " stel dat " in before or " indien " in before:
        return True  # not "hij werkt als kok", "als vader", "de dokter zegt dat" (review)
    return bool(re.search(r"\bals (?:de|het|een|hij|zij|ze|mijn|die|dat|er)\b", before))


_NO_HANDICAP = re.compile(r"\b(?:geen|niet|nie)\s+(?:een\s+)?(?:handicap|gehandicapt|beperking)\b")


_BUT = "|".join(W.NOT_COMING_BUT)


def _denied_together(reading: Reading, folded: str) -> None:
    """ "er komt GEEN papa of schoonvader": the second of two named together is taken out with
    the first (panel 36, h2: the father-in-law kept after the correction)."""
    for first, second in zip(reading.mentions, reading.mentions[1:], strict=False):
        between = folded[first.end + 1 : second.start + 1].strip()
        if first.context == "not_coming" and second.context is None and between in ("of", "en"):
            second.context = "not_coming"


def _denied(before: list[str], span: str) -> bool:
    """ "er is GEEN oma", "ik heb geen derde zoon", "die bestaat niet, weg ermee": a person the
    bot has wrongly, taken out (panel 23, v2, v3, s1)."""
    tail = " ".join(re.sub(r"[^\w\s']", " ", " ".join(before[-2:])).split())  # "nee!! geen"
    return any(tail.endswith(cue) for cue in W.DENIED_BEFORE) or any(
        f" {cue} " in f" {span} " for cue in W.DENIED_AFTER
    )


_NOT_ABOUT = re.compile(r"\b(?:gaat|gaan|gaat het|gaan het) niet (?:over|om)(?: \w+)?\s*$")


def _not_about(reading: Reading, folded: str) -> None:
    """ "het gaat niet om haar ouders": who the question is not about, taken out (panel 99, u2:
    the parents read from "beide ouders staan op de geboorteakte" kept after it)."""
    for mention in reading.mentions:
        if not mention.is_sponsor and _NOT_ABOUT.search(
            folded[max(0, mention.start - 30) : mention.start]
        ):
            mention.context, mention.not_about = "not_coming", True


def _says_not_coming(words: str, raw: str) -> bool:
    """ "mijn vader komt niet", "hij moet niet komen" (W.NOT_COMING) in the words about the
    person; not "komt niet alleen", "komt niet in aanmerking" (but "komt niet, alleen de
    kinderen" is: the comma ends it)."""
    return any(
        f" {phrase} " in words
        and re.search(rf"\b{re.escape(phrase)}\b(?!\s+(?:{_BUT}|in aanmerking)\b)", raw)
        and not re.search(rf"\b{re.escape(phrase)}\s*(?:dan|nu|meer|toch)?\s*\?", raw)
        for phrase in W.NOT_COMING
    )  # not "mama kan niet komen dan?", a question (panel 97, q3: "Ik heb je mama weggelaten")


def _not_coming_pronoun(reading: Reading, clauses: list[str]) -> str | None:
    """ "hij moet niet komen! alleen de kinderen": a clause without a relative of its own that
    says "he/she" is not coming."""
    named = {m.clause for m in reading.mentions}
    for index, clause in enumerate(clauses):
        words = _words_only(clause)
        pronoun = pronoun_in(words)
        if index not in named and _says_not_coming(words, clause):
            # "mijn man woont hier, hij komt niet": the pronoun names the one just named
            same = any(_pronoun_of(m) == pronoun for m in reading.mentions if m.clause < index)
            return None if same else pronoun
    return None


def _continues(clause: str) -> bool:
    """The clause is about the person just named: a back reference ("die", "zij") or no
    subject of its own ("..., woont al bij mij")."""
    words = clause.split()
    return bool(set(words) & W.BACK_REFERENCES) or (bool(words) and words[0] in W.LIVES_VERBS)


def _past_age(reading: Reading, owners: list[Mention], age: Age, clause: str) -> None:
    """ "mijn zoon was nog 17 toen ik asiel aanvroeg": no age now; it tells whether he was a
    minor at the sponsor's asylum application."""
    turned = any(w in clause for w in (" werd ", " geworden ")) and age.years == 18
    if owners and " asiel" in clause:  # "hij werd 18 tijdens mijn asielprocedure": a minor then
        owners[-1].minor_at_asylum = age.years < 18 or turned
    elif (
        not owners
        and re.search(r"\b(?:ik|mijn client|client)\b[^.]{0,20}\basiel", clause)
        and (pronoun_in(clause) in ("hij", "zij"))
    ):
        # "nee, hij is gezond. maar hij was 17 toen ik asiel vroeg": the one asked about
        # (panel 27, b1: asked again whether he was under 18 then)
        reading.pronoun_minor_at_asylum = (str(pronoun_in(clause)), age.years < 18 or turned)
    elif not owners and _named_subject(clause) and " asiel" in clause:
        # "nee. maar omar was 17 toen ik asiel vroeg" (panel 58, g2: read as the writer's)
        name = _first_name_words(clause)[0]
        reading.named_minor_at_asylum = (name, age.years < 18 or turned, None)
    elif (
        not owners
        and any(i in clause for i in _I + (" was ik ",))
        and not re.search(r" (?:was|is) (?:hij|ze|zij) | (?:hij|ze|zij) was ", clause)
    ):  # not "toen ik asiel vroeg was hij nog 17": the son's (panel 24, h1)
        # "ik was 17 toen ik asiel vroeg" (then a minor or not); "toen ik erkend werd was ik
        # 16" (the application came before: a minor then too)
        if any(w in clause for w in W.ASYLUM_WORDS):
            reading.writer_minor_at_asylum = age.years < 18
        elif any(w in clause for w in W.LATER_EVENTS) and age.years < 18:
            reading.writer_minor_at_asylum = True


def _known_birthday(reading: Reading, age: Age) -> bool:
    """A future birthday right after the same person's present age ("17 ... wordt 18", "ze is
    17, wordt 18 op 14 januari")."""
    told = [a for m in reading.mentions for a in m.ages] + [a for _, a in reading.pronoun_ages]
    told += reading.writer_ages + reading.sponsor_ages + reading.client_ages + reading.loose_ages
    return any(a.years == age.years and a.start < age.start for a in told)


_NAME = re.compile(r"\s*,?\s*([a-z]{3,15})\b")
_ROLE_OF = re.compile(r"\s+van\s+([a-z]{3,15})\b")


def _alias_first(reading: Reading, clause: str) -> str | None:
    """The first name a clause starts with, when the message introduced it."""
    first = _words_only(clause).split()[:1]
    return first[0] if first and first[0] in reading.aliases else None


def _named_later_as_coming(reading: Reading, folded: str) -> None:
    """ "ze woont samen met haar andere zoon Hassan (25) ... Hassan zou ook mee moeten komen":
    the one she lives with comes too (panel 93, p2: he was left out)."""
    for name, mention in reading.aliases.items():
        if mention is None or mention.context not in ("host", None):
            continue
        later = folded[mention.end :]
        if re.search(
            rf"\b{name}\b (?:zou|moet|wil|kan|gaat)\b[^.?!]{{0,20}}\b(?:komen|mee)\b", later
        ):
            mention.context, mention.coming = None, True


def _aliases(reading: Reading) -> dict[str, Mention | None]:
    """First names right after a person's word, used again later in the message: "mijn dochter
    Lina ... Lina wordt 18" (panel 10, t5); "ik ben de oma van Dawit ... dawit is 16" names the
    sponsor (t4)."""
    found: dict[str, Mention | None] = {}
    folded = fold(reading.text)
    for mention in reading.mentions:
        after = folded[mention.end : mention.end + 25]
        role = _ROLE_OF.match(after) if mention.context == "writer" else None
        name = role or _NAME.match(after)
        if not name or name.group(1) in W.NOT_NAMES or name.group(1) in W.INVERSE_RELATIONSHIP:
            continue
        if re.search(rf"\b{name.group(1)}\b", folded[mention.end + name.end() :]):
            found[name.group(1)] = None if role else mention
    return found


def _first_names(reading: Reading) -> dict[int, str]:
    """ "mijn dochter Esther", "zijn vrouw Rania": the first name written right after one
    relative's word, kept so a later message can name her by it (panel 87, j1: "kan esther ook
    als haar paspoort verlopen is" answered of the wife)."""
    found: dict[int, str] = {}
    for mention in reading.mentions:
        after = reading.text[mention.end : mention.end + 25]
        name = re.match(r"\s*,?\s*([A-Za-zÀ-ÿ]{3,15})\b", after)
        word = fold(name.group(1)) if name else ""
        if mention.count != 1 or not name or word in W.NOT_NAMES:
            continue
        if word in W.INVERSE_RELATIONSHIP or word in W.MALE_WORDS | W.FEMALE_WORDS:
            continue
        if word in _NOT_FIRST_NAMES or _A_VERB_BEFORE.match(after[name.end() :]):
            continue  # "opa herkende mij gisteren niet" (panel 111, u5: "herkende" his name)
        found[mention.start] = word
    return found


# an object or adverb right after the word: the word is a verb ("opa herkende mij")
_A_VERB_BEFORE = re.compile(r"\s+(?:mij|me|mijn|hem|haar|ons|jullie|niet|nooit|gisteren|altijd)\b")
# words that follow a relative's word and are no first name ("mijn vrouw officieel", "mijn
# vader overleden"), beside W.NOT_NAMES
_NOT_FIRST_NAMES = frozenset({
    "officieel", "religieus", "getrouwd", "ziek", "graag", "werkt", "verdient", "zegt", "weet",
    "gehandicapt", "overleden", "dood", "vermist", "ongeveer", "bijna", "jaar", "heet", "noemt",
    "woonde", "zat", "kwam", "komen", "gaan", "zal", "zou", "werd", "wordt", "alles", "samen",
    # "haar man en zoontje laten overkomen" (panel 101, u2: "laten" kept as the son's name)
    "laten", "halen", "brengen", "krijgen", "overkomen", "vragen", "helpen", "zien", "hebben",
    "blijven", "wonen", "woont", "leven", "leeft", "sturen", "naar", "hier", "daar",
    # English verbs after "my husband" (panel 114, s5: "say" kept as his name)
    "say", "says", "said", "has", "have", "want", "wants", "live", "lives", "works", "work",
    # "mevrouw en haar man zouden voor hem zorgen", "mama haar aanvraag" (panel 128, s5 and u5:
    # "zouden" and "aanvraag" kept as first names)
    "zouden", "zullen", "kunnen", "moeten", "willen", "mogen", "aanvraag", "visum", "papieren",
})  # fmt: skip


def _classify_mentions(reading: Reading, message: dict[str, Any], starts: list[int]) -> None:
    folded = fold(reading.text)
    statuses = _entities(message, "sponsor_status")
    topic_at = min((folded.find(m) for m in W.TOPIC_MARKERS if m in folded), default=-1)
    for mention in reading.mentions:
        _context_of(reading, mention, clause_text(folded, starts, mention.clause), statuses, starts)
    after_topic = [m for m in reading.mentions if topic_at >= 0 and m.start > topic_at]
    for mention in after_topic[:1]:  # the one the question is about, not whom she lives with
        mention.topic = True
    _back_reference(reading, folded_clauses(reading.text, starts), statuses)
    _pronoun_deaths(reading, folded)
    _apposition_of_the_partner(reading, folded)
    _dead_parents_named(reading, folded)
    _the_other_wifes_child(reading)
    _partners_children(reading, folded)
    _a_relatives_own_children(reading, folded)
    _group_in_belgium(reading, folded)
    _relative_who_lives_there(reading, folded)
    for mention in reading.mentions:
        if mention.owner == "third" and not reading.helper and not mention.topic:
            mention.context = mention.context or "third_party"
        _lives_with_the_sponsor(mention, folded)
    _apposition_of_hosts(reading)
    _the_childs_mother(reading)
    _father_and_son(reading)
    _parents_origin(reading)
    _the_sons_parent(reading)
    _not_about(reading, folded)
    _carers(reading, folded)
    _likenesses(reading, folded)
    _someone_in_a_question(reading, folded)
    _unknown_ones(reading)
    _not_the_one(reading)
    _same_as_sponsor(reading)
    _selectors(reading)
    _group_told_one_by_one(reading)
    other_sponsor = any(m.is_sponsor for m in reading.mentions)  # "mijn dochter is erkend
    # vluchteling ... ik zorg voor haar zoon": the writer abroad cares for the sponsor's child,
    # no foster child of the sponsor (panel 29, a3)
    reading.writer_guardian = any(
        c in f" {folded} " for c in W.WRITER_GUARDIAN_CUES
    ) and not _NO_GUARDIANSHIP.search(folded)
    if not other_sponsor:
        _under_guardianship(reading)
    _apposition_of_a_relative(reading)
    _missing_not_dead(reading, folded, starts)
    _unborn(reading, folded)
    _kinds_of_children(reading, folded, starts, foster=not other_sponsor)
    _living_with_the_sponsor(reading, folded)
    _an_ex_as_a_childs_parent(reading, folded)
    _adopted_by_pronoun(reading, folded)
    _members_of_a_dead_group(reading, folded)


def _members_of_a_dead_group(reading: Reading, folded: str) -> None:
    """ "onze ouders zijn overleden, papa in 2019 en mama vorig jaar": the father and mother
    told after their group's death in the same sentence died too (panel 12, w2)."""
    for group in [m for m in reading.mentions if m.count > 1 and m.context == "deceased"]:
        end = re.search(r"[.!?\n]", folded[group.end :])
        sentence_end = group.end + end.start() if end else len(folded)
        following = re.search(r"[.!?\n]", folded[sentence_end + 1 :])
        next_end = sentence_end + 1 + following.start() if following else len(folded)
        if not _has(W.ALIVE_VERBS, f" {folded[sentence_end:next_end]} "):  # "onze ouders zijn
            sentence_end = next_end  # dood. papa in 2019 en mama vorig jaar" (panel 22, q2)
        for mention in reading.mentions:
            later = group.end <= mention.start < sentence_end
            if later and mention.relationship == group.relationship and mention.context is None:
                mention.context = "deceased"


# "ze is 22 en zwanger" (panel 48, g5: "de baby komt in maart" then became an applicant)
_PREGNANT_NOW = re.compile(r"\b(?:is|ben)\b[^.!?]{0,25}\bzwanger\b")


def _unborn(reading: Reading, folded: str) -> None:
    """ "ze is zwanger ... als de baby geboren is": not born yet, no applicant (panel 7, n5)."""
    if _PREGNANT_NOW.search(folded):
        reading.unborn = True  # a baby is on the way; "de baby" later is that one
    if _has(W.UNBORN_CUES, f" {folded} "):
        reading.unborn = True
        for mention in reading.mentions:
            if mention.relationship == "child" and mention.context is None:
                mention.context = "unborn"
        for mention in reading.mentions:  # "nee niet dochter. de NIEUWE baby": the question is
            # of the baby, the daughter still comes (panel 50, g4: "Ik heb je dochter weggelaten")
            topic = re.search(r"\bniet (?:mijn |mn |de |het )?$", folded[: mention.start])
            later_baby = any(
                m.context == "unborn" and m.start > mention.start for m in reading.mentions
            )
            if mention.context == "not_coming" and topic and later_baby:
                mention.context = "negated"


# "papa heeft hem daar geadopteerd": the participle of one already named, no new child
_ADOPTED_HIM = re.compile(r"\b(?:hem|haar|hen|ze|zij)\b[^.?!]{0,25}$")
ADOPTABLE = ("child", "other_relative", "grandchild", "foster_child", "stepchild")


# "Luka is van mij en mijn ex-man", "mijn zoon is van mijn ex": a child's other parent, not
# the partner stored (panel 113, v2: "Ik heb je partner weggelaten")
_THE_CHILDS_OTHER_PARENT = re.compile(
    r"\b(?:is|zijn) van (?:mij en |mezelf en )?(?:mijn|m'n|mn) $|\b(?:kind|kinderen|zoon|dochter)"
    r" (?:van|met|uit) (?:mij en )?(?:mijn|m'n|mn) $"
)


def _an_ex_as_a_childs_parent(reading: Reading, folded: str) -> None:
    for mention in reading.mentions:
        if mention.context == "ex" and _THE_CHILDS_OTHER_PARENT.search(
            folded[max(0, mention.start - 40) : mention.start]
        ):
            mention.context = "negated"
            for other in reading.mentions:  # "ex-man": "ex" and "man" both
                if other.context == "ex" and 0 <= other.start - mention.end <= 2:
                    other.context = "negated"


def _living_with_the_sponsor(reading: Reading, folded: str) -> None:
    """ "mijn zus Sofiia (14) is al bij mama in Hasselt": the sister lives with the one in
    Belgium; she is neither the sponsor nor one who comes (panel 112 and 113, t1: "Je zus:
    erkend vluchteling")."""
    sponsors = [m for m in reading.mentions if m.is_sponsor]
    for mention in sponsors:
        host = next((m for m in sponsors if m.start > mention.end), None)
        between = folded[mention.end : host.start] if host else ""
        if (
            host
            and len(between) < 40
            and re.search(r"\b(?:bij|met)\s+(?:mijn |ons |onze )?$", between)
        ):
            mention.is_sponsor, mention.context = False, "in_belgium"


def _adopted_by_pronoun(reading: Reading, folded: str) -> None:
    """ "mijn neef kwame van 12 ... papa heeft hem daar geadopteerd": Kwame is the adopted
    child (seed 000: "een buitenlandse voogdij of adoptie"), no second child called
    "geadopteerd" (stop 44, q4)."""
    for mention in reading.mentions:
        participle = fold(mention.word or "") in ("geadopteerd", "geadopteert")
        if not participle or not _ADOPTED_HIM.search(folded[: mention.start]):
            continue
        earlier = [
            m for m in reading.mentions
            if m.end <= mention.start and m.relationship in ADOPTABLE and m.context is None
            and not m.is_sponsor
        ]  # fmt: skip
        mention.context = "negated"
        if earlier:
            earlier[-1].relationship = "adopted_child"
        else:
            reading.adopted_told = True


def _kinds_of_children(reading: Reading, folded: str, starts: list[int], foster=True) -> None:
    """ "wij hebben ook 2 kinderen": the couple's; "geadopteerd"; "ik zorg voor": a foster child."""
    for mention in reading.mentions:
        clause = clause_text(folded, starts, mention.clause)
        if mention.relationship == "child" and any(c in clause for c in W.COMMON_CHILD_CUES):
            mention.common = True
        if mention.relationship == "child" and any(c in clause for c in W.ADOPTION_CUES):
            mention.relationship = "adopted_child"  # "de zoon van mijn broer geadopteerd"
        elif (
            foster
            and (mention.relationship == "child" or mention.siblings_child)
            and any(c in clause for c in W.FOSTER_CUES)
        ):
            mention.relationship = "foster_child"  # "ik zorg voor de zoon van mijn zus"


# "ik heb geen papier van de rechtbank dat ik haar voogd ben": no guardianship (panel 91, n5)
_NO_GUARDIANSHIP = re.compile(
    r"\bgeen (?:papier\w*|vonnis|beslissing|rechter|rechtbank)\b[^.?!]{0,40}\bvoogd"
    r"|\bniet (?:haar|zijn|de) voogd\b|\bgeen voogd\b|\bnog geen voogdij\b"
)


def _under_guardianship(reading: Reading) -> None:
    """ "ik heb een papier van de rechtbank dat ik haar voogd ben" about a granddaughter or a
    niece: a child under the writer's (foreign) guardianship, seed 000's "kinderen onder
    buitenlandse voogdij" (panel 6, l3)."""
    if not reading.writer_guardian:
        return
    kinds = ("other_relative",) if reading.status == "belgian" else ("grandchild", "other_relative")
    relatives = [m for m in reading.applicants if m.relationship in kinds]  # a Belgian's
    # grandson has seed 004's own right; the guardianship proves the custody (panel 60, g8)
    if len(relatives) == 1 or len({m.word for m in relatives}) == 1:
        for mention in relatives:
            mention.relationship = "foster_child"


_MISSING = re.compile(
    r"\b(?:verdwenen|vermist|spoorloos|is weg|niemand weet waar|weet niet waar)\b"
)
_DEAD = re.compile(r"\b(?:dood|overleden|gestorven|overleed|stierf|omgekomen|vermoord)\b")


_HELPED_ONE = re.compile(  # "ik typ voor mijne collega Ahmad" (panel 113, u3)
    r"\b(?:schrijf|typ|tik|vraag dit|vraag het|help) (?:(?:dit |het )?(?:voor|namens) )?"
    r"(?:mijn|mijne|m'n|mn|onze|ons|ne|nen|een) (buurman|buurvrouw|collega|maat|ploegmaat|"
    r"werknemer|werkneemster)\b"
)


_FOR_HIM_OF_MINE = re.compile(
    r"\b(?:mijn|m'n|mn) (man|vrouw|papa|mama|vader|moeder|broer|zus)\b[^.?!]{0,60}"
    r"\b(?:ik )?(?:typ|tik|schrijf) (?:dit |het )?(?:voor|namens) (?:hem|haar)\b"
)
_EMPLOYER = re.compile(
    r"\bik heb (?:een|ne|nen) (?:bakkerij|winkel|zaak|restaurant|bedrijf|firma|garage|frituur|"
    r"kapsalon|slagerij|bedrijfje|werkman|werknemer)\b|\b(?:mijn|onze) (?:werknemer|werkman)\b"
    r"|\bik ben (?:de |zijn |haar )?(?:bazin|baas|werkgever|werkgeefster)\b"
)
_FOSTER_PARENT_OF = re.compile(
    r"\bpleeg(?:moeder|mama|vader|papa|ouders?|gezin) van (?:een |mijn |onze |de )?"
    r"(jongen|meisje|zoon|dochter|pleegzoon|pleegdochter|kind|\[naam\]|\w+)"  # "[naam]": the
    # stored, redacted story re-read at the consent (round 118, t4: "Hoe oud is je cliënt?")
)


_CLIENT_BRACKETED_AGE = re.compile(
    r"\b(?:schrijf|vraag dit|vraag het) (?:voor|namens) (?:mijn|een) \w+ [a-z]+ \((\d{1,2})\)"
)


def _clients_bracketed_age(reading: Reading, folded: str) -> None:
    """ "Ik schrijf voor mijn buurman Tesfaye (44)": the client's age, no "Over wie gaat 44
    jaar?" (panel 62, g16)."""
    found = _CLIENT_BRACKETED_AGE.search(folded)
    if not (reading.helper and found):
        return
    for age in list(reading.loose_ages):
        if age.start == found.start(1):
            reading.loose_ages.remove(age)
            reading.client_ages.append(age)


def _missing_not_dead(reading: Reading, folded: str, starts) -> None:
    """ "Haar vader is weg sinds 2012, niemand weet waar hij is": missing, not dead (panel 62,
    h13: "de andere ouder van je dochter is overleden", three times)."""
    for mention in reading.mentions:
        if mention.context != "deceased":
            continue
        sentence = re.split(r"[.!?\n]", folded[mention.start :])[0]
        if _MISSING.search(sentence) and not _DEAD.search(sentence.replace("niet dood", "")):
            mention.missing = True


def _apposition_of_a_relative(reading: Reading) -> None:
    """ "mijn echte kleinzoon, het kind van mijn dochter": the child's words after the comma
    describe the grandson named just before, no second person (panel 60, g8: "Je kind: nog
    niet bekend")."""
    folded = fold(reading.text)
    for before, mention in zip(reading.mentions, reading.mentions[1:], strict=False):
        between = folded[before.end : mention.start]
        described = re.fullmatch(  # "de nicht van mij = dochter van de broer van ma" (108, n4)
            r"\s*(?:van (?:mij|ons|haar|hem)\s*)?(?:,|=|:)\s*(?:(?:het|de)\s*)?", between
        )
        if described and re.match(r"\s+van\s+(?:mijn|zijn|haar|de)\b", folded[mention.end :]):
            mention.context = "apposition"


def _group_told_one_by_one(reading: Reading) -> None:
    """ "ik heb 2 vrouwen. eerste vrouw woont al met mij in belgie. tweede vrouw ... in
    guinee": the group is told again one by one with ordinals, so the group itself adds nobody
    (panel 6, l4)."""
    for group in [m for m in reading.mentions if m.count > 1 and m.context is None]:
        ones = [
            m for m in reading.mentions
            if m.start > group.start and m.relationship == group.relationship and m.qualifier
        ]  # fmt: skip
        if ones:
            group.context = "group"


_COUPLE_RELATIONS = ("spouse", "partner", "registered_partner")


# "Mijn kinderen zijn 4, Mariam is 18 jaar, Hamid 16, Sadaf 12, Yasin 7": how many, then each
# one's age (panel 117, u1: "je kind van 4 jaar")
_CHILDREN_COUNT = re.compile(r"\b(?:kinderen|kinders|kids|children) zijn (\d)\s*[,:;]")


def _children_counted(reading: Reading, folded: str) -> None:
    """A number after "kinderen zijn" that the list after it counts is no age."""
    told = _CHILDREN_COUNT.search(folded)
    if not told:
        return
    count = int(told.group(1))
    later = [a for a in reading.loose_ages if a.start > told.end() - 1]
    for mention in reading.mentions:
        ages = [a.years for a in mention.ages]
        if mention.relationship == "child" and ages == [count] and len(later) == count:
            mention.count, mention.ages = count, later
            reading.loose_ages = [a for a in reading.loose_ages if a not in later]


# "mijn zus nadine (haar mama) zit in de psychiatrie": the grandchild's mother, no one who
# comes (round 119, s3: "Hoe oud is je zus?")
_PARENT_IN_BRACKETS = re.compile(
    r"^\s*(?:[\w-]+\s*)?\(\s*(?:haar|zijn|de|hun)\s+(?:mama|moeder|papa|vader|ma|pa)\s*\)"
)


_ECHOED_AND_DENIED = re.compile(r"^\s*\?+\s*(?:nee+n?|no|nie|neen)\b")


def _the_childs_parent_in_brackets(reading: Reading, folded: str) -> None:
    """Also "pleegkind?? nee. ...": the bot's word echoed and denied (round 119, s3)."""
    for mention in reading.mentions:
        if _ECHOED_AND_DENIED.match(folded[mention.end : mention.end + 12]):
            mention.context = "negated"
        told = _PARENT_IN_BRACKETS.match(folded[mention.end :])
        if mention.context is None and told and mention.relationship != "parent":
            mention.context = "other_parent"


def _little_boy(reading: Reading) -> None:
    """A "ventje" of a child's age is a son, not a husband ("zyn ventje is 2 jaar"; panel 117,
    v5: "De man of vrouw van 2 jaar van je werknemer")."""
    for mention in reading.mentions:
        young = mention.ages and mention.ages[0].years < MAJORITY_AGE.value
        if (
            mention.relationship in _COUPLE_RELATIONS
            and mention.word in W.LITTLE_BOY_WORDS
            and young
        ):
            mention.relationship = "child"


def _partners_children(reading: Reading, folded: str) -> None:
    """ "mijn vrouw is al hier ... haar dochter", "zijn dochter uit zijn eerste huwelijk":
    the partner's child is the writer's stepchild, an applicant; "mijn vrouw is van de
    filipijnen. haar kleindochter wil bij ons komen wonen": her grandchild is the writer's
    step-grandchild (seed 004: "je Belgische (stief)ouder of (stief)grootouder"), and the
    partner lives with the writer (panel 124, k3: the wife asked about, the granddaughter
    dropped)."""
    for i, mention in enumerate(reading.mentions):
        if mention.relationship not in _STEP_KIN or mention.context == "deceased":
            continue
        couple_before = i > 0 and reading.mentions[i - 1].relationship in _COUPLE_RELATIONS
        of_the_couple = mention.possessive == "hun" and couple_before  # "[hun zoon]" (83, i2)
        if of_the_couple or re.search(r"\bhun\s+(?:\w+\s+)?$", folded[: mention.start]):
            # "zijn vrouw en hun kinderen": the couple's (panel 56, e5: two stepchildren
            mention.relationship, mention.common = "child", True  # besides two children)
            continue
        partner_before = (
            any(
                m.relationship in ("spouse", "partner", "registered_partner")
                and (m.owner == "writer" or m.qualifier)  # "tweede vrouw en haar zoon" (l4)
                and not (m.is_sponsor and reading.helper)  # "ik schrijf voor mijn vrouw Ana
                for m in reading.mentions[:i]  # ... Haar zoon Diego": hers (panel 117, q2)
            )
            or any(c in f" {folded[: mention.start]}" for c in W.COUPLE_WORDS_BEFORE)
        )
        # "een dochter uit zijn eerste huwelijk", "een zoon Ibrahima van 10 jaar, van zijn
        # eerste vrouw" (panel 19, l3: the cue past 40 characters, "Je zoon")
        after = re.split(r"[.!?\n]", folded[mention.end : mention.end + 60])[0]
        step = any(c in after for c in W.STEP_CUES)
        theirs = mention.owner == "third" and not _of_the_writers_subject(reading, folded, i)
        if (theirs or step) and partner_before:
            if mention.relationship != "grandchild":
                mention.relationship = "stepchild"
            elif mention.word in ("kleindochter", "kleinzoon", "kleinkind"):
                mention.word = f"stief{mention.word}"  # "je stiefkleindochter", not "je
                # kleindochter" (k3: "ze is ni van mij maar van ons marites haar dochter")
            mention.topic = True
            mention.context = None if mention.context == "third_party" else mention.context
            _partner_at_home(reading, mention, folded)


_STEP_KIN = ("child", "stepchild", "grandchild")
_TO_US = re.compile(r"^[^.!?]{0,40}\b(?:bij|naar|met) ons\b")


def _partner_at_home(reading: Reading, step: Mention, folded: str) -> None:
    """ "haar zoon wil bij ons komen wonen": the partner whose child comes to "us" lives
    with the writer; she is no one who comes herself."""
    if not (step.coming and _TO_US.search(folded[step.end :])):
        return
    for partner in reading.mentions:
        couple = partner.relationship in _COUPLE_RELATIONS and partner.owner == "writer"
        if couple and partner.start < step.start and partner.context is None:
            if not partner.coming and not partner.is_sponsor:
                partner.context = "in_belgium"


def _relative_who_lives_there(reading: Reading, folded: str) -> None:
    """ "kan het ook in amman? mijn schoonzus woont daar": a relative named as a host in a
    question about something else, no applicant (panel 24, g1)."""
    if "?" not in reading.text:
        return
    for mention in reading.mentions:
        if (
            mention.context
            or mention.is_sponsor
            or mention.relationship not in ("other_relative", "sibling")
        ):
            continue
        sentence = re.split(r"[.!?]", folded[mention.end :])[0]
        lives = re.match(r"\s+(?:woont|woon|zit|verblijft)\s+(?:daar|er|ook daar)\b", sentence)
        if lives and not any(w in sentence for w in W.COMING_WORDS):
            mention.context = "host"


def _group_in_belgium(reading: Reading, folded: str) -> None:
    """ "mijn papa en mama en broertje wonen al in belgie": all three are in Belgium; the
    first named is the one the writer joins, the others are no applicants (panel 24, g5: the
    brother of 14 was taken for the sponsor and the mother for an applicant)."""
    for i, mention in enumerate(reading.mentions):
        verb = _words_only(folded[mention.end : mention.end + 20]).split()[:1]
        if not mention.is_sponsor or not set(verb) & {"wonen", "zijn", "zitten", "verblijven"}:
            continue
        group = [mention]
        for earlier in reversed(reading.mentions[:i]):
            between = _words_only(folded[earlier.end : group[0].start]).split()
            if between not in (["en"], [], ["en", "ook"]) or earlier.context:
                break
            group.insert(0, earlier)
        if len(group) > 1:
            for member in group:
                member.is_sponsor, member.context = False, "in_belgium"
            group[0].is_sponsor, group[0].context = True, None


_SHE_HAS = re.compile(
    r"\b(?:die|zij|ze|hij)\s+(?:heeft|hebben|had)\s+(?:ook\s+|al\s+|zelf\s+)*"
    r"(?:\w+\s+)?$"
)


def _a_relatives_own_children(reading: Reading, folded: str) -> None:
    """ "mijn zus woont ook in nador maar die heeft 5 kinderen": the sister's children, not
    the writer's and no applicants (panel 23, s3: "Hoe oud is je eerste kind?" five times)."""
    for i, mention in enumerate(reading.mentions):
        if i == 0 or mention.relationship != "child" or mention.owner == "writer":
            continue
        before = reading.mentions[i - 1]
        relative = before.relationship in ("sibling", "parent", "grandparent", "other_relative")
        if relative and _SHE_HAS.search(folded[before.end : mention.start]):
            mention.owner, mention.context = "third", "negated"
            _the_other_carer(before, folded)
    _a_childs_own_family(reading, folded)


_AND_A = re.compile(r"^\s*(?:,|en|en ook)\s+(?:een|1|twee|2)?\s*$")


def _a_childs_own_family(reading: Reading, folded: str) -> None:
    """ "De zoon Karim is 24 en getrouwd, hij heeft een vrouw en een baby": the son's wife and
    baby, not the writer's (or the client's) spouse and child (panel 102, x2)."""
    previous: Mention | None = None
    for mention in reading.mentions:
        if mention.relationship not in ("spouse", "partner", "child") or previous is None:
            previous = mention
            continue
        between = folded[previous.end : mention.start]
        listed = previous.context == "negated" and previous.owner == "third"
        if _the_childs_own(previous, between) or (listed and _AND_A.match(between)):
            mention.owner, mention.context = "third", "negated"
        previous = mention


def _the_childs_own(child: Mention, between: str) -> bool:
    """ "zoon ... hij heeft een": what follows is the son's (his pronoun, same sentence)."""
    has = _SHE_HAS.search(between)
    if child.relationship != "child" or has is None or "." in between:
        return False
    female = has[0].split()[0] in ("zij", "ze")
    return female == (child.word in W.FEMALE_WORDS) and has[0].split()[0] != "die"


_HOSTS_LISTED = re.compile(  # "bij haar ouders (mijn zoon Omar en zijn vrouw)" (panel 68, g4);
    r"\s*(?:natuurlijk\s*|gewoon\s*|zelf\s*)?(?:,|\(|\ben\b)\s*(?:dus\s+|namelijk\s+)?"  # "haar
    r"(?:(?:mijn|m'n|mn|zijn|haar|hun|de)\s+)?"  # ouders natuurlijk, mijn zoon" (71, g2)
)


_ORIGIN = re.compile(r"\s+(?:zijn|komen|kwamen|waren|zijn oorspronkelijk)\s+(?:van|uit)\b")


def _not_the_one(reading: Reading) -> None:
    """ "Haar man (45, niet de vader van Aissata)": no father named (panel 71, h5)."""
    text = fold(reading.text)
    for mention in reading.mentions:
        before = text[max(0, mention.start - 20) : mention.start]
        if mention.context in (None, "other_parent") and re.search(
            r"\bniet\s+(?:de|haar|zijn|mijn)\s+$", before
        ):
            mention.context = "negated"


_UNKNOWN_AFTER = re.compile(
    r"(?:\s+van\s+(?:mijn|haar|zijn|de)\s+\w+)?\s+(?:is|was)\s+(?:\w+\s+)?"
    r"(?:onbekend|niet bekend)\b|\s+onbekend\b"
)


def _unknown_ones(reading: Reading) -> None:
    """ "De vader van mijn cliënte is onbekend": no one who comes (panel 70, h5: "De vader van
    je cliënt: wil naar België komen")."""
    text = fold(reading.text)
    for mention in reading.mentions:
        if mention.context is None and _UNKNOWN_AFTER.match(text[mention.end :]):
            mention.context = "negated"


def _the_sons_parent(reading: Reading) -> None:
    """ "kan een volwassen zoon bij zijn belgische moeder komen?": the parent he would join is
    the writer, no mother who comes (panel 70, g2: "Is je moeder op hoge leeftijd?"); not "kan
    ik en zijn papa komen?" (panel 9, s1)."""
    text = fold(reading.text)
    for mention in reading.mentions:
        if mention.relationship != "parent" or mention.context is not None:
            continue
        before = text[max(0, mention.start - 25) : mention.start]
        child_before = any(
            m.relationship == "child" and m.end <= mention.start for m in reading.mentions
        )
        if child_before and re.search(r"\bbij\s+(?:zijn|haar)\s+(?:\w+\s+)?$", before):
            mention.context = "negated"


def _parents_origin(reading: Reading) -> None:
    """ "Mijn ouders zijn van Marokko": where the writer's family comes from, no one who comes
    (panel 69, h4: a second parent asked about beside the widowed father)."""
    text = fold(reading.text)
    for mention in reading.mentions:
        if mention.relationship == "parent" and _ORIGIN.match(text[mention.end :]):
            mention.context = mention.context or "negated"


def _apposition_of_the_partner(reading: Reading, folded: str) -> None:
    """ "Mijn man, hun vader, is in 2020 overleden": "hun vader" says who the husband is, no one
    else, and the death is the husband's (panel 99, u4: "Hoe oud is je man?" to a widow)."""
    pairs = zip(reading.mentions, reading.mentions[1:], strict=False)
    for partner, parent in pairs:
        between = folded[partner.end : parent.start].strip()
        theirs = parent.relationship == "parent" and parent.possessive in ("hun", "zijn", "haar")
        apposed = re.fullmatch(r",\s*(?:hun|zijn|haar)?", between)
        if partner.relationship in _COUPLE_RELATIONS and theirs and apposed:
            if "deceased" in (partner.context, parent.context):
                partner.context = "deceased"
            parent.context = "negated"


def _the_childs_mother(reading: Reading) -> None:
    """ "mijn dochter ... moet ook komen met mama": the child's own mother (the writer's wife),
    not the writer's mother (panel 69, h5: "Is je mama op hoge leeftijd?")."""
    text = fold(reading.text)
    own_child = any(m.relationship == "child" and m.owner == "writer" for m in reading.mentions)
    partner = any(m.relationship in _COUPLE_RELATIONS for m in reading.mentions)
    for mention in reading.mentions if own_child else []:
        bare = mention.relationship == "parent" and mention.owner == "bare"
        if bare and re.search(r"\bmet\s+$", text[max(0, mention.start - 6) : mention.start]):
            mention.context = "negated"
        # "Sami ... kan niet lopen en mama doet alles voor hem", "zij is mama van Sami" beside
        # "mijn vrouw": the children's mother, the wife (panel 98, t4: "Is je mama op hoge
        # leeftijd?" of a man whose mother died)
        cares = _A_PARENT_CARES.match(text[mention.end : mention.end + 40])
        described = _A_PARENT_DESCRIBED.search(text[max(0, mention.start - 16) : mention.start])
        if bare and partner and (cares or described):
            mention.context = "negated"


def _father_and_son(reading: Reading) -> None:
    """ "Vader en zoon zitten nu in Nairobi" of a client's husband and son: the son's father, no
    parent of the client's (panel 101, u2: "Is de vader van je cliënt op hoge leeftijd?")."""
    text = fold(reading.text)
    for first, second in zip(reading.mentions, reading.mentions[1:], strict=False):
        pair = {first.relationship, second.relationship}
        bare = first.owner == "bare" and second.owner == "bare"
        if pair == {"parent", "child"} and bare and text[first.end : second.start].strip() == "en":
            parent = first if first.relationship == "parent" else second
            parent.context = parent.context or "negated"


_A_PARENT_CARES = re.compile(
    r"\s+(?:doet|zorgt|helpt|verzorgt|wast|draagt|kookt)\b[^.?!]{0,25}"
    r"\b(?:voor )?(?:hem|haar|hen)\b"
)
_A_PARENT_DESCRIBED = re.compile(r"\b(?:zij|ze|hij|die)\s+is\s+(?:de\s+|hun\s+)?$")


def _apposition_of_hosts(reading: Reading) -> None:
    """ "ze woont bij haar ouders, mijn zoon en zijn vrouw": who the hosts are, no one who comes
    (panel 66, k6: "Hoe oud is je zoon?" of the granddaughter's father)."""
    text = fold(reading.text)
    for before, mention in zip(reading.mentions, reading.mentions[1:], strict=False):
        between = text[before.end : mention.start]
        theirs = (  # "haar ouders, mijn zoon ...": the writer's son is who her parent is,
            before.relationship == "parent"  # not "zijn ouders en zijn broer" who come
            and before.possessive in ("haar", "zijn")
            and mention.owner == "writer"
            and re.match(r"\s*(?:natuurlijk\s*|gewoon\s*|zelf\s*)?[,(]", between)
        )
        if (before.context == "host" or theirs) and mention.context in (None, "third_party"):
            if _HOSTS_LISTED.fullmatch(between):  # "haar ouders, mijn zoon en zijn vrouw": who
                mention.context = before.context or "negated"  # her parents are (panel 67, k6)


def _the_other_carer(mention: Mention, folded: str) -> None:
    """ "mijn zus woont ook in nador maar die heeft 5 kinderen en geen tijd": the sister is
    told of as the one who cannot care for the mother, not as an applicant (panel 23, s3),
    unless the sentence says she comes too."""
    sentence = re.split(r"[.!?\n]", folded[mention.start :])[0]
    there_too = any(w in sentence for w in W.THERE_TOO)
    if there_too and not any(w in sentence for w in W.COMING_WORDS) and mention.context is None:
        mention.context = "negated"


_CANNOT_HELP = re.compile(  # "zij kan ons moeder echt ni opvangen" (panel 109, n2)
    r"^([^.!?]{0,120}?)[.!?,:]?\s*(?:maar\s+)?(hij|zij|ze|die)\s+kan\s+(?:\w+\s+){0,2}?"
    r"(?:echt\s+|ook\s+|zelf\s+)*(?:niet|nie|ni|geen)\s+(?:\w+\s+)?(?:helpen|zorgen|opvangen)\b"
)


_A_LIKENESS = re.compile(
    r"\b(?:is|was|ben)\s+(?:eigenlijk\s+|echt\s+|gewoon\s+|voor mij\s+|altijd\s+)*"
    r"(?:als|zoals|net als|een soort)\s+(?:mijn|m'n|mn|een)\s*$"
    r"|\b(?:is|was)\s+eigenlijk\s+(?:mijn|m'n|mn)\s*$"
    r"|\bvoor\s+(?:ons|mij)\s+(?:is|was)\s+(?:ze|zij|hij)\s+(?:eigenlijk\s+|gewoon\s+)*"
    r"(?:onze|ons|mijn|m'n)\s*$"
    r"|\b(?:is|was)\s+(?:(?:ze|zij|hij)\s+)?voor\s+(?:ons|mij)\s+(?:eigenlijk\s+|gewoon\s+)*"
    r"(?:onze|ons|mijn|m'n)\s*$"
    r"|\b(?:zien|beschouwen|behandelen)\s+(?:we|wij|ik)?\s*(?:haar|hem)\s+(?:\w+\s+)?als\s+"
    r"(?:onze|ons|mijn|m'n|een)\s*$"
)


_SOMEONE_ELSEWHERE = re.compile(r"^\s+(?:in|uit)\s+[a-z]+[^.!?]*\?")


def _someone_in_a_question(reading: Reading, folded: str) -> None:
    """ "Is dat een probleem, dat er een zoon in Canada is?": someone told of in passing with
    "een", no one who comes (panel 106, l5: "Hoe oud is je zoon?")."""
    for mention in reading.mentions:
        before = folded[max(0, mention.start - 12) : mention.start]
        told = re.search(r"\ber\s+(?:nog\s+|ook\s+)?een\s*$", before)
        if mention.context is None and told and _SOMEONE_ELSEWHERE.match(folded[mention.end :]):
            mention.context = "negated"


def _likenesses(reading: Reading, folded: str) -> None:
    """ "Mijn kleinzoon is eigenlijk als mijn zoon", "Ze is eigenlijk mijn moeder geweest": a
    likeness of someone told, no new relative (panel 105, k1: "Hoe oud is je zoon?"; l5: "Je
    moeder: nog niet bekend")."""
    for mention in reading.mentions:
        before = folded[max(0, mention.start - 40) : mention.start]
        if mention.context is None and _A_LIKENESS.search(before):
            mention.context = "negated"


def _carers(reading: Reading, folded: str) -> None:
    """ "hoe bewijs ik dat mijn broer niet voor mama zorgt?": the one who (does not) care for
    her, no one who comes (panel 100, s5: "Je broer: wil naar België komen"); "ik heb een
    broer, Luis, in Chili. Maar hij kan echt niet helpen" (panel 103, z3)."""
    for mention in reading.mentions:
        cannot = mention.relationship in ("sibling", "other_relative", "child")
        if cannot and mention.context is None and _cannot_help(mention, folded):
            mention.context = "negated"
            continue
        cares = _CARES_FOR.match(folded[mention.end : mention.end + 40])
        if cares and mention.context is None and mention.relationship != "parent":
            mention.context = "negated"


def _cannot_help(mention: Mention, folded: str) -> bool:
    """The relative "kan niet helpen": said right after her, or further on of her alone by her
    own pronoun ("Mijn zus Lusine woont in Krasnodar, maar haar man zit aan de dialyse en ze
    heeft 3 kinderen, zij kan ons moeder echt ni opvangen")."""
    found = _CANNOT_HELP.match(folded[mention.end :])
    if not found or len(found.group(1)) <= 60:
        return bool(found)
    pronoun = W.SUBJECT_PRONOUNS.get(found.group(2))
    return mention.count == 1 and pronoun is not None and _pronoun_of(mention) == pronoun


_CARES_FOR = re.compile(
    r"\s+(?:(?:niet|nooit|wel|ook|nu)\s+)*(?:voor|naar)\s+(?:\w+\s+){0,2}"
    r"(?:zorgt|zorgen|kijkt|omkijkt)\b"
)


def _of_the_writers_subject(reading: Reading, folded: str, index: int) -> bool:
    """ "hij wil zijn vrouw en zijn zoon laten komen": "zijn zoon" is his (the client's), not
    the wife's, whose child would be "haar zoon" (panel 15, c2: "de zoon van de vrouw van je
    cliënt", custody asked)."""
    mention = reading.mentions[index]
    inside = folded[mention.start : mention.end].split()[:1]  # "[zijn zoon]" tagged whole
    possessive = (
        inside if inside[:1] in (["zijn"], ["haar"]) else folded[: mention.start].split()[-1:]
    )
    possessive = possessive or [""]
    partners = [
        m for m in reading.mentions[:index]
        if m.relationship in ("spouse", "partner", "registered_partner")
    ]  # fmt: skip
    if not partners:
        return False
    partner = partners[-1].word
    female = partner in W.FEMALE_WORDS
    male = partner in W.MALE_WORDS
    return (possessive[0] == "zijn" and female) or (possessive[0] == "haar" and male)


def _same_as_sponsor(reading: Reading) -> None:
    """ "mijn vader is erkend ... kan ik naar mijn vader?": the same word is the same person."""
    sponsors = {(m.word, m.qualifier) for m in reading.mentions
                if m.is_sponsor and m.owner != "third"}  # fmt: skip  # not "zijn vrouw" (a1)
    for mention in reading.mentions:
        if (mention.word, mention.qualifier) in sponsors and mention.owner == "writer":
            mention.is_sponsor = True


def _selectors(reading: Reading) -> None:
    """ "de jongste is 17 en de oudste 22": one of the group named before (sisters here)."""
    for i, mention in enumerate(reading.mentions):
        if mention.word not in W.SELECTORS:
            continue
        groups = [m for m in reading.mentions[:i] if m.count > 1 and m.word not in W.SELECTORS]
        mention.relationship = groups[-1].relationship if groups else "child"
        mention.selector = True


_REPEATED_YES = re.compile(r"^(?:j+a+h?){2,}$|^ja+h?$|^(?:ok+e*){2,}$")
_REPEATED_NO = re.compile(r"^(?:ne+e*n?j?e?){2,}$|^ne{2,}n?$")


def _squeeze_yes_no(word: str) -> str:
    """ "jaja", "jaaa", "jajaja" -> "ja"; "neenee", "neeee" -> "nee" (chat spellings)."""
    if _REPEATED_YES.match(word):
        return "ja"
    if _REPEATED_NO.match(word):
        return "nee"
    return word


# "nee ik bedoel hoeveel kost het?", "nee, wat moet ik doen als ze geen paspoort heeft?": a
# question after the "nee", not an answer to the bot's (a bond before the arrival was stored as
# "no" from "nee ik bedoel ..."; review of stop 36's left-open)
_QUESTION_AFTER_NO = re.compile(
    r"^\W*(?:nee+n?|no)\b[\s,.!]*(?:sorry\W*)?(?:(?P<meant>ik bedoel\w*|ik vroeg|ik wou vragen)"
    r"|(?:wat|hoe|hoeveel|waar|wanneer|welke|wie|moet|moeten|kan|kunnen|mag|mogen)\b(?P<rest>.*))"
)


def _question_after_no(folded: str, intent: str | None) -> bool:
    """A question after the "nee" (with its "?", or an intent that asks), not an answer."""
    told = _QUESTION_AFTER_NO.search(folded)
    if not told:
        return False
    return bool(told["meant"]) or "?" in told["rest"] or (intent or "").startswith("ask_")


def _yes_no(folded: str, intent: str | None) -> bool | None:
    if _question_after_no(folded, intent):
        return None
    words = [_squeeze_yes_no(w.strip(" .!?,;:")) for w in folded.split()]
    words = [w for w in words if w]
    if not words:
        return None
    head2 = " ".join(words[:2])
    for vocabulary, value in ((W.NO, False), (W.YES, True)):
        if head2 in vocabulary or words[0] in vocabulary:
            return value
    if intent in ("affirm", "deny") and len(words) <= 4:
        return intent == "affirm"
    return None


def _is_restart(folded: str, intent: str | None, text: str) -> bool:
    if text.strip() == "/restart":
        return True
    if "?" in text:
        return False
    words = [w for w in re.findall(r"[\w'.]+", folded) if w not in W.POLITENESS]
    phrase = " ".join(words)
    return phrase in W.RESTART_PHRASES


_IN_BELGIUM_COUNTRY = re.compile(r"\bbelgie\b")


def _free_value(folded: str, choices: tuple[tuple[tuple[str, ...], str], ...]) -> str | None:
    for phrases, value in choices:
        if any(_told_not_denied(p, folded) for p in phrases):
            return value
    return None


def _told_not_denied(phrase: str, folded: str) -> bool:
    """The phrase, once not after "geen"/"niet" ("ik ben geen vluchteling"; panel 73, h5: the
    refugee's status date asked of a woman with an unlimited stay)."""
    return any(
        not re.search(r"\b(?:geen|niet|nie)\s+$", folded[: match.start()])
        for match in re.finditer(re.escape(phrase), folded)
    )


# A family story fits in far fewer characters; a longer message (a pasted document, a test of
# the bot) is read up to here, so that one message never costs more than a fraction of a
# second (the whole text is still stored and answered).
MAX_READ_CHARS = 2000


def _within_limit(message: dict[str, Any]) -> dict[str, Any]:
    text = str(message.get("text") or "")
    if len(text) <= MAX_READ_CHARS:
        return message
    entities = [e for e in message.get("entities") or [] if (e.get("end") or 0) <= MAX_READ_CHARS]
    return {**message, "text": text[:MAX_READ_CHARS], "entities": entities}


# asking to talk to a person of the organisation, in words the NLU may miss
_TALK_TO_SOMEONE = re.compile(
    r"\b(?:kan|mag|wil) ik (?:eens |even |ff )?(?:met|bij) (?:iemand|een medewerker|een mens"
    r"|een (?:echte |echt )?persoon)"  # "kan ik met een echte persoon spreken?" (panel 131, z5)
    r"(?: van (?:jullie|de organisatie|samen))? (?:praten|spreken|bellen|langskomen)\b"
    # "kan ik dit dossier met een jurist van jullie bespreken?" (panel 37, g3)
    r"|\b(?:kan|mag|wil) ik (?:dit |dat |het )?(?:dossier |geval )?(?:met|bij) "
    r"(?:iemand|een medewerker|een jurist|een juriste|een advocaat) van (?:jullie|de organisatie)"
    r" (?:\w+ )?(?:praten|spreken|bespreken|bellen|langskomen|afspreken)\b"
    r"|\b(?:kan|mag) ik (?:mijn |ons |dit |het )?(?:dossier |geval )?met (?:iemand|een jurist|"
    r"een advocaat) van jullie (?:\w+ ){0,3}(?:bespreken|afspreken|maken)\b"
)


_ASKS_FOR_A_PERSON = re.compile(
    r"\b(?:medewerker\w*|iemand|mens|persoon|jurist\w*|advocaat|praten|spreken|contact|"
    r"hulp|helpen|bellen me|bel me|bel mij|terugbellen)\b"
)


def _intent_of(message: dict[str, Any], folded: str) -> str | None:
    intent = (message.get("intent") or {}).get("name")
    if _TALK_TO_SOMEONE.search(folded):
        return "request_human"  # "of kan ik met iemand van jullie praten?" (panel 36, g4)
    if intent == "request_human" and _a_weak_guess(message, folded):
        return "inform"  # "we bellen elke dag via whatsapp" (panel 53, h4: a hand-off)
    if intent == "ask_privacy" and _a_weak_privacy_guess(message, folded):
        return "inform"  # "wie behandelt dat dossier bij DVZ?" (panel 63, h1: the notice)
    confidence = (message.get("intent") or {}).get("confidence") or 0.0
    if intent in FAQ_INTENTS and confidence < WEAK_QUESTION and "?" not in folded:
        return "inform"  # "ja, alle twee geboren in irak, lang voor ik weg ging" read as a
        # question on the processing time (panel 55, c4)
    if intent in FAQ_INTENTS and confidence < NOISE:
        return "inform"  # "dus een brief van hem is assez? geen jugement nodig?" as a travel
        # document question at 0.16 (panel 85, k5): its words say what it asks
    return intent


# below this confidence a question intent without a "?" is a statement
WEAK_QUESTION = 0.3
# below this confidence a question intent is noise, with or without a "?"
NOISE = 0.2


# a question about the bot's own keeping of the conversation (data/nlu: ask_privacy)
_ABOUT_THE_DATA = re.compile(
    r"\b(?:gegevens|data|privacy|gesprek|berichten|bewaar\w*|geheim|anoniem|opgenomen"
    r"|lezen|leest|zien|meelezen|mee)\b"
)


def _a_weak_privacy_guess(message: dict[str, Any], folded: str) -> bool:
    """A privacy question the NLU barely guessed, in a message that names nothing of the data."""
    confidence = (message.get("intent") or {}).get("confidence") or 0.0
    return confidence < 0.5 and not _ABOUT_THE_DATA.search(folded)


def _a_weak_guess(message: dict[str, Any], folded: str) -> bool:
    """A hand-off the NLU barely guessed, in a message that names no person to talk to."""
    confidence = (message.get("intent") or {}).get("confidence") or 0.0
    return confidence < 0.5 and not _ASKS_FOR_A_PERSON.search(folded)


# "is hier in 93 als vluchteling gekomen": how he came, not his status now (panel 118, t3: a
# Belgian read back as "erkend vluchteling")
_CAME_AS = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:gekomen|aangekomen|binnengekomen|gevlucht|came|arrived)\b"
)


def _how_he_came(entity: dict[str, Any], text: str) -> bool:
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    before = fold(text[max(0, start - 5) : start])
    return before.endswith("als ") and bool(_CAME_AS.match(fold(text[end : end + 40])))


def _each_other(text: str, entity: dict[str, Any]) -> bool:
    """English "other" alone names no relative: "we know each other since 2023", "the other
    two: Precious my girl is 14" (round 118, s5: "De other van je man"; round 119, t2: "Voor je
    ouder is het een aanvraag voor een humanitair visum")."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    return fold(text[start:end]).strip() in ("other", "others", "the other")


def _zo_een(text: str, entity: dict[str, Any]) -> bool:
    """ "hoelang duurt zon aanvraag": "zon" is "zo'n", no son, unless owned ("mijn zon")
    (panel 97, r2: "Hoe oud is je kind?")."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    if fold(text[start:end]).strip() in ("minder", "mindere"):
        return True  # "haar nederlands is minder goed" (panel 128, r3: "Hoe oud is het kind van
        # je zus?", the NLU's child)
    if fold(text[start:end]).strip() != "zon":
        return False
    before = fold(text[max(0, start - 8) : start]).split()[-1:]
    return before not in (["mijn"], ["mn"], ["m'n"], ["onze"], ["ons"], ["haar"], ["zijn"], ["de"])


_ADDRESS_WORDS = ("broer", "bro", "broeder", "broere", "zus", "sis", "zuster", "man")
_OWNERS_AND_ARTICLES = frozenset(
    "mijn m'n mn je jouw uw zijn z'n haar onze ons hun de het een die dat geen oudere jongere "
    "kleine grote oudste jongste enige eigen half halve tweede derde andere 2 3 4 twee drie "
    "vier mijnen ne nen en of met".split()
)


_BEFORE_A_CALLED_MAN = frozenset(
    "lang ja nee neen op serieus allee zeg he hey yo echt jong pff pfff sorry merci".split()
)


def _a_form_of_address(text: str, entity: dict[str, Any]) -> bool:
    """ "broer luister. mijn ma = belg", "ik ben de zoon van een belg broer.": the bot spoken
    to as "broer", no brother (panel 108, n5: "Je broer: wil naar België komen")."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    if fold(text[start:end]).strip() not in _ADDRESS_WORDS:
        return False
    before = fold(text[:start]).split()
    after = fold(text[end:])
    if not before or re.search(r"[.!?]\s*$", text[:start]):  # "broer luister", "Broer, ..."
        return bool(re.match(r"\s*(?:[,!]|luister|kijk|serieus|eerlijk|zeg|ik zweer)", after))
    ends = re.match(r"\s*(?:[.!?,]|$|[^\w\s'(])", after) is not None  # "te lang man 😅";
    # not "zijn ouders + broer (14) + zus (20)" (panel 128, u3: the siblings lost)
    last = before[-1]
    if fold(text[start:end]).strip() == "man":  # "te lang man 😅", not "Mariams man, is
        return ends and last in _BEFORE_A_CALLED_MAN  # overleden" (panel 42, g3)
    adjective = last.endswith("e") and len(last) > 2  # "mijn eerste man, die is dood"
    joined = last in ("+", "&", "en", "and")
    return (
        ends
        and last not in _OWNERS_AND_ARTICLES
        and "," not in last
        and not adjective
        and not joined
    )


_COUNT_OF_PEOPLE = re.compile(
    r"(?:\d+|veel|paar|honderd\w*|duizend\w*|tig|\b(?:twee|drie|vier|vijf|zes|zeven|acht|"
    r"negen|tien|elf|twaalf))\s*$"  # "genoeg voor vijf man?" (panel 111, u3)
)


_A_GENDER = re.compile(
    r"\b(?:partner|vriend|vriendin|lief|geliefde)\s+(?:is|was)\s+(?:een|ook een)\s*$"
)


# "de tribunal pour enfants in kinshasa", "de jeugdrechtbank": a court, no children (round 119,
# s3: "Hoe oud is het eerste pleegkind van je moeder?")
_A_COURT_FOR = re.compile(
    r"\b(?:tribunal|tribunaux|juge|juges|rechtbank|rechter|court|judge)\s+(?:pour|des|voor|for)"
    r"\s+(?:les\s+|de\s+)?$"
)


def _a_court(text: str, entity: dict[str, Any]) -> bool:
    start = int(entity.get("start") or 0)
    return bool(_A_COURT_FOR.search(fold(text[max(0, start - 30) : start])))


def _a_crowd(text: str, entity: dict[str, Any]) -> bool:
    """ "400 man op de düğün": people counted, no husband (panel 103, y4: "Hoe oud is je
    man?" to the husband, and a husband added beside his wife); "mijn partner is een man":
    the partner's gender, no husband beside him (panel 103, y3)."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    if fold(text[start:end]).strip() not in ("man", "vrouw"):
        return False
    before = fold(text[max(0, start - 30) : start])
    return bool(_COUNT_OF_PEOPLE.search(before[-12:]) or _A_GENDER.search(before))


def _a_country(text: str, entity: dict[str, Any]) -> bool:
    """ "mijn broer, Luis, in Chili": a country the NLU took for a child (panel 103, z3: "Ik heb
    je chili weggelaten")."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    return fold(text[start:end]).strip() in _country_names()


@functools.lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    from samen_rasa.nlu.vocabulary import COUNTRIES

    return frozenset(fold(n) for name, others in COUNTRIES.items() for n in (name, *others))


_MY_NOUN_AFTER = re.compile(
    r"\s+(?:vader|moeder|papa|mama|pa|broer|zus|zuster|man|vrouw|zoon|dochter|oom|nonkel|tante|"
    r"opa|oma|neef|nicht|kinders?|kinderen|vriend|vriendin|lief)\b"
)


def _ma_for_my(text: str, entity: dict[str, Any]) -> bool:
    """ "de vrouw van ma vader": Flemish "ma" for "mijn" before a relative's word, no mother
    (panel 116, t3: "Hoe oud is je ma?")."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    return fold(text[start:end]).strip() == "ma" and bool(_MY_NOUN_AFTER.match(fold(text[end:])))


def _helpers_word_for_him(folded: str) -> str | None:
    """A neighbour's, colleague's, foster parent's or employer's own word for the one in
    Belgium: "je buurman", "je collega", "je pleegzoon", "je werknemer", never "je cliënt"
    (panels 62, g16; 112, t4; 113, u3 and v5)."""
    neighbour = _HELPED_ONE.search(folded)  # "ik schrijf voor mijn buurman"
    if neighbour:
        return neighbour.group(1)
    foster = _FOSTER_PARENT_OF.search(folded)  # "'k ben pleegmoeder van een jongen"
    if foster:
        girl = foster.group(1) in ("meisje", "dochter", "pleegdochter")
        return "pleegdochter" if girl else "pleegzoon"
    for_him = _FOR_HIM_OF_MINE.search(folded)  # "de neef van m'n man Arben, niet van mij, ik
    if for_him:  # typ voor hem": "je man" (panel 115, t10)
        return for_him.group(1)
    return "werknemer" if _EMPLOYER.search(folded) else None  # "ik heb een bakkerij"


def read(message: dict[str, Any]) -> Reading:
    """Everything the dialogue needs from one parsed message (see the module doc)."""
    message = _within_limit(message)
    text = str(message.get("text") or "")
    folded = f" {fold(text)} "
    intent = _intent_of(message, folded)
    toks = tokens(text)
    starts = clause_starts(text)
    reading = Reading(text=text, intent=intent)
    reading.not_helper = (
        (_has(W.NOT_HELPER, folded) or bool(_THE_CLIENT_HIMSELF.search(folded)))
        and not any(f"niet {p}" in folded for p in W.NOT_HELPER)
        and not _has(W.STILL_HELPING, folded)
    )  # whole words: "het gaat om mijn cliënt" is no "gaat om mij" (panel 14, a4); "Hij is geen
    # cliënt, ik ben gewoon zijn buurman en help als vrijwilliger" (panel 62, g16)
    reading.helper = _helper_writes(folded, toks) and not reading.not_helper
    if reading.helper:
        reading.helper_word = _helpers_word_for_him(folded)
    relationships = [
        e for e in _entities(message, "relationship")
        if not (_zo_een(text, e) or _a_crowd(text, e) or _a_country(text, e))
        and not _each_other(text, e) and not _a_court(text, e)
        and not _a_form_of_address(text, e) and not _ma_for_my(text, e)
    ]  # fmt: skip
    spotted = [
        e for e in spot_relationships(text, relationships)
        if not (_a_crowd(text, e) or _a_form_of_address(text, e) or _a_court(text, e))
    ]  # fmt: skip
    if intent in FAQ_INTENTS:  # "moeten de kinderen een dna-test doen?": no one new
        spotted = [e for e in spotted if _owned(text, e)]
    relationships += spotted
    relationships = _relatives_named(text, folded, relationships)
    reading.mentions = [
        _mention(e, text, toks, starts) for e in sorted(relationships, key=lambda e: e["start"])
    ]
    _either_word(reading)
    _a_siblings_child(reading, fold(text))
    _classify_mentions(reading, message, starts)
    _listed_with_the_one_here(reading)
    _the_clients_relative_here(reading)
    _the_client_again(reading)
    reading.aliases = _aliases(reading)
    reading.names = _first_names(reading)
    _named_later_as_coming(reading, fold(text))
    _in_law_by_name(reading, fold(text))
    _attach_ages(reading, message, toks, starts)
    _clients_bracketed_age(reading, fold(text))
    _also_coming(reading, starts)
    _guardians_minor_is_the_client(reading)
    _shared_possessive(reading)
    _denied_together(reading, folded)
    _someone_elses_dead(reading)
    _the_heads_death(reading)
    _parents_in_law(reading)
    reading.not_coming_pronoun = _not_coming_pronoun(reading, folded_clauses(text, starts))
    reading.alone = _has(W.WRITER_ALONE, folded)
    reading.stepparent = _has(W.STEPPARENT_CUES, folded)
    reading.divorced = any(p in folded for p in W.WRITER_DIVORCED) and not any(
        m.relationship in ("spouse", "partner", "registered_partner") for m in reading.mentions
    )
    reading.applicant_writer = _applicant_writes(reading, message, folded, starts)
    _writes_about_her_parent(reading, message, starts)
    reading.baby = any(t.text in W.BABY_WORDS for t in toks)
    reading.before_arrival = _has(W.BEFORE_ARRIVAL, folded) or any(
        p in folded for p in W.BEFORE_ARRIVAL
    )
    reading.born_after_arrival = _born_after_arrival(folded)
    reading.married_after_arrival = _married_after_arrival(folded)
    if any(p in folded for p in W.MET_AFTER_ARRIVAL):  # "we kenden elkaar niet voor ik naar
        reading.before_arrival, reading.married_after_arrival = False, True  # belgie kwam"
    reading.common_all = _has(W.ALL_OF_THEM + W.ALL_FOUR, folded) and any(
        c in folded for c in W.COMMON_CHILD_CUES
    )
    if reading.born_after_arrival:
        _born_after_only_selected(reading, folded)
    statuses = [
        _an_eu_card(e, reading.text) for e in _entities(message, "sponsor_status")
        if not _when_asked(e, folded) and not _status_to_come(e, reading.text)
        and not _in_some_order(e, reading.text) and not _how_he_came(e, reading.text)
    ]  # fmt: skip
    own = [e for e in statuses if not _status_of_another(e, text, starts)]
    statuses = own + [e for e in statuses if e not in own]  # "fatima ... met een F kaart, ik
    reading.status = str(statuses[0]["value"]) if statuses else None  # ben belg" (w3)
    reading.statuses = [str(e["value"]) for e in statuses]
    _temporary_stay(reading, folded)
    _status_on_the_paper(reading, folded)
    reading.status_of_another = bool(statuses) and _status_of_another(statuses[0], text, starts)
    _a_relative_writes_for_him(reading)
    reading.status_of_a_relative = _status_of_a_relative(reading, statuses[0]) if statuses else []
    reading.date = _date(message, folded_clauses(text, starts))
    reading.other_day = reading.date is None and bool(_entities(message, "recognition_date"))
    reading.later_request_asked = later_request_asked(message)
    reading.marriage_proof_lost = marriage_proof_lost(folded)
    reading.majority_days = majority_days(folded)
    reading.majority_years = majority_years(folded)
    reading.birth_dates = birth_dates(folded)
    _date_instead(reading, folded)
    _step_correction(reading, folded)
    _own_child_correction(reading, folded)
    _marriage_supposed(reading, folded)
    marriages = [
        e for e in _entities(message, "marriage_type")
        if not _where_they_met(text, e) and not _official_denied(text, e)
    ]  # fmt: skip
    unquoted = [e for e in marriages if not _quoted(text, e)]
    told = [e for e in marriages if not _asks(e, text)]  # "hoe weet ik of het officieel is?
    # we hebben wel een papier van de imam": the imam's (panel 45, h4: "officieel getrouwd")
    marriages = told or marriages
    reading.marriage = str(marriages[0]["value"]) if marriages else _free_marriage_told(folded)
    if marriages and not unquoted:
        reading.marriage = None
    if (
        _religious_but_registered(marriages, folded)
        or (
            reading.marriage == "religious_or_customary"
            and (_CIVIL_TOO.search(folded) or _NIKAH_AT_COURT.search(folded))
        )
    ) and not _NOT_OFFICIAL_TOLD.search(folded):  # "getrouwd in kerk en ook bij de gemeente"
        reading.marriage = "official"  # (panel 52, g9: "religieus" stored)
    reading.marriages_by_age = _marriages_by_age(reading, marriages)
    if "?" in text and _has(W.MARRIAGE_VISA_WORDS, folded):  # "je zei visum om te trouwen
        reading.marriage = None  # of wettelijk samenwonen. hoe werkt dat?" (panel 22, r4)
    if _no_marriage_told(text, folded):
        reading.marriage = None
    reading.not_married = _not_married_at_all(reading, folded)
    reading.not_adopted = bool(_NO_ADOPTION.search(folded))
    reading.writer_minor_at_sponsors_asylum = _writers_age_at_the_sponsors_asylum(folded)
    reading.lgbtiq = _has(W.LGBTIQ_WORDS, folded) or bool(_A_SAME_SEX_COUPLE.search(folded))
    reading.consent_refused = _told_of_another(W.CONSENT_REFUSED, folded)
    reading.no_custody_judgment = _has(W.NO_CUSTODY_JUDGMENT, f" {folded} ")
    reading.custody_judgment = not reading.no_custody_judgment and _has(
        W.CUSTODY_JUDGMENT, f" {folded} "
    )
    reading.not_yet_divorced = _told_of_another(W.NOT_YET_DIVORCED, folded)
    asked = _asked_of(marriages, text) if marriages else _only_asked_about_marriage(text)
    if "?" in text and (_has(W.MARRY_AGAIN_WORDS, f" {folded} ") or asked):
        reading.marriage = None  # "moeten we opnieuw trouwen zodat het officieel is?", "is
        # dat ok of is dat religieus huwelijk?" ask (panel 6, k3, k5)
    _marriage_to_come(reading, text, folded)
    custody = [e for e in _entities(message, "custody") if not _custody_to_get(e, folded)]
    reading.custody = str(custody[0]["value"]) if custody else None
    _disabilities(reading, message, toks)
    reading.yes_no = _yes_no(folded, intent)
    reading.correction = any(c in folded for c in W.CORRECTION_CUES) or bool(
        reading.negated_numbers
    )
    reading.restart = _is_restart(folded, intent, text)
    reading.not_understood = _has(W.NOT_UNDERSTOOD, folded)
    reading.help = folded.strip() in W.HELP
    reading.on_behalf = _has(W.ON_BEHALF_CONSENT, folded)
    _unknown_answer(reading, folded)
    reading.dependent = any(p in folded for p in W.DEPENDENT_CUES) and not _asked_in(
        text, W.DEPENDENT_CUES
    )  # "moet hij ten laste zijn van mij?" asks, tells nothing (panel 10, t1)
    reading.uam_cue = _has(W.UAM_CUES, folded)
    reading.unaccompanied = reading.uam_cue and (
        any(i in folded for i in _I)
        or reading.helper
        or any(m.is_sponsor for m in reading.mentions)
    )
    _partnership(reading, message, folded)
    _partners_child_split(reading, fold(text))
    _the_same_dead_person(reading)
    _a_parent_in_passing(reading, fold(text))
    _children_counted(reading, fold(text))
    _the_childs_parent_in_brackets(reading, fold(text))
    _little_boy(reading)
    _predicates(reading)
    return reading


def a_visa_for_another(folded: str) -> bool:
    """A visa someone else would ask ("zou Ivan niet beter een studentenvisum vragen?", "kan
    hij als student komen?"), not the writer's own stay."""
    own = any(
        w in folded for w in (" ik ", " mijn kaart", " mijn verblijf", " k ben ", " mn kaart")
    )
    other = re.search(
        r"\b\w+\s+(?:niet\s+)?(?:beter\s+)?(?:een\s+)?student\w*\s*visum\b"
        r"|\bvisum\b.*\b(?:vragen|aanvragen)\b",
        folded,
    )
    return bool(other) and not own


def _unknown_answer(reading: Reading, folded: str) -> None:
    """ "weet ik niet", "weet ik nog niet, zijn ex twijfelt nog": unknown, and no "niet" for a
    no (panel 45, g3: "de andere ouder geeft geen toestemming" recorded)."""
    reading.unknown = any(p in folded for p in W.UNKNOWN_ANSWERS)
    if reading.unknown and not folded.strip().startswith(("nee", "ja")):
        reading.yes_no = None


_DEATH_PAPER_OF = re.compile(  # "de overlijdensakten van mijn dochter en schoonzoon" (h2)
    r"(?:\boverlijdens(?:akten?|attesten?|bewijs|bewijzen|papieren)|\bdoodsakten?"
    r"|\b(?:akten?|papier(?:en)?|attesten?|bewijs) van (?:de )?dood)\s+van\s+"
    r"(?:(?:haar|zijn|mijn|de|het)\s+)?(?:\w+\s+en\s+(?:(?:haar|zijn|mijn|de|het)\s+)?)?$"
)
_LIKE_A = re.compile(r"\b(?:zoals|net als|gelijk aan)\s+(?:mijn|zijn|haar|een|m'n|ons|onze)\s+$")
_ASKED_ASYLUM_AFTER = re.compile(r"^\s+(?:\w+\s+)?asiel\s+(?:aan)?vroeg\b")


def _a_parent_in_passing(reading: Reading, folded: str) -> None:
    """ "de overlijdensakte van haar moeder": a mother who died; "toen haar vader asiel
    vroeg": the one in Belgium. No one who comes (panel 45, g2: the client's "mother" and
    "father" made up from Sara's)."""
    for mention in reading.mentions:
        if mention.context not in (None, "third_party", "other_parent"):
            continue  # "de overlijdensakte van de vader" of the children's dead father too
        if _DEATH_PAPER_OF.search(folded[: mention.start]):  # (panel 66, k5: an applicant)
            mention.context = "deceased"  # any relative: "... van mijn dochter" (panel 53, h2)
        elif mention.context == "other_parent":
            continue
        elif mention.relationship == "parent" and _ASKED_ASYLUM_AFTER.match(folded[mention.end :]):
            mention.context = "negated"
        elif _LIKE_A.search(folded[: mention.start]):
            mention.context = "negated"  # "is hij dan niet zoals mijn kind?" (panel 53, h2)


def _the_same_dead_person(reading: Reading) -> None:
    """ "De vader van Ali is vermist ... Heeft men toestemming van de vader nodig?": the father
    said to be missing, named again, is no one who comes (panel 44, h2)."""
    gone = {(m.relationship, m.word) for m in reading.mentions if m.context == "deceased"}
    for mention in reading.mentions:
        if (
            mention.context in (None, "other_parent")
            and (mention.relationship, mention.word) in gone
        ):
            mention.context = "deceased"


# --- relationship words the NLU did not tag ---------------------------------------------------

_RELATION_TABLE = {
    tuple(phrase.split()): relationship
    for relationship, phrases in W.RELATIONSHIP_WORDS.items()
    for phrase in phrases
}
_OWNERS = W.WRITER_POSSESSIVES | W.THIRD_POSSESSIVES | W.COUPLE_POSSESSIVES | {"de", "het", "die"}


def _owned(text: str, entity: dict[str, Any]) -> bool:
    before = _words_before(tokens(text), int(entity["start"]), 1)
    return bool(before) and before[-1] in W.WRITER_POSSESSIVES


def _spot_allowed(words: tuple[str, ...], before: str | None, folded: str) -> bool:
    if len(words) > 1 or words[0] not in W.AMBIGUOUS_RELATION_WORDS:
        return True
    if words[0] in ("ma", "pa", "mam", "pap"):
        return before in W.WRITER_POSSESSIVES | W.THIRD_POSSESSIVES or any(
            p in folded for p in W.PARENT_PAIRS
        )
    return before in _OWNERS - {"de", "het", "die"} or (
        before in ("de", "het") and words[0] in ("baby", "kleine", "oudste", "jongste")
    )


def spot_relationships(text: str, tagged: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Relationship words the NLU left untagged ("ma", "mn madam", "ons moeke"), as entities
    (W.RELATIONSHIP_WORDS; ambiguous ones only with an owner or in a pair)."""
    toks = tokens(text)
    folded = f" {' '.join(t.text for t in toks)} "
    taken = [(int(e.get("start") or 0), int(e.get("end") or 0)) for e in tagged]
    found: list[dict[str, Any]] = []
    i = 0
    while i < len(toks):
        hit = _spot_at(toks, i, folded, taken)
        if hit is None:
            i += 1
            continue
        size, relationship = hit
        start, end = toks[i].start, toks[i + size - 1].end
        found.append({"entity": "relationship", "value": relationship, "start": start, "end": end})
        i += size
    taken += [(e["start"], e["end"]) for e in found]
    found += _selectors_with_an_age(toks, taken)
    taken = taken + [(e["start"], e["end"]) for e in found]
    found += _listed_children(text, toks, tagged, taken)
    found += _married_to_a_name(text, tagged, taken)
    return found + _tagged_again(
        text, toks, tagged, taken + [(e["start"], e["end"]) for e in found]
    )


def _tagged_again(text: str, toks: list[Token], tagged, taken) -> list[dict[str, Any]]:
    """ "mama is 44. maar ze zijn gescheiden, mama wil niet mee": the NLU tagged the first
    "mama" only; the same one-word relative again is the same relationship (panel 30, a2)."""
    words = {}
    for entity in tagged:
        surface = fold(text[int(entity.get("start") or 0) : int(entity.get("end") or 0)]).split()
        if len(surface) == 1:
            words[surface[0]] = entity.get("value")
    found = []
    for tok in toks:
        if tok.text in words and not any(a < tok.end and tok.start < b for a, b in taken):
            found.append({"entity": "relationship", "value": words[tok.text],
                          "start": tok.start, "end": tok.end})  # fmt: skip
    return found


_MARRIED_TO = re.compile(  # "hij is getrouwd in bosnie met amra" (panel 112, t3)
    r"\b(?:getrouwd|gehuwd|trouwde|huwde)(?: (?:in|te) [a-z]+)? met ([a-z][a-z'-]{2,})\b"
)


def _married_to_a_name(text: str, tagged, taken) -> list[dict[str, Any]]:
    """ "ik ben belg, getrouwd met maricel uit de filipijnen ... kunnen die alle 3 komen?": the
    wife named by her first name (panel 29, a4: left out of the first summary)."""
    if any(e.get("value") in ("spouse", "partner", "registered_partner") for e in tagged):
        return []
    match = _MARRIED_TO.search(fold(text))
    if not match or match.group(1) in W.NOT_NAMES or match.group(1) in W.SUBJECT_WORDS:
        return []
    start, end = match.span(1)
    if any(a < end and start < b for a, b in taken):
        return []
    # the name is no word for him or her: "man" or "vrouw" by the pronoun after it ("getrouwd
    # met Murat, hij is Turks"), else none (panel 46, h4: "je murat", "het paspoort van je
    # murat")
    pronoun = _PRONOUN_AFTER_NAME.match(fold(text[end : end + 20]))
    word = {"hij": "man", "zij": "vrouw", "ze": "vrouw"}.get(pronoun.group(1)) if pronoun else None
    return [{"entity": "relationship", "value": "spouse", "start": start, "end": end,
             "word": word or W.A_FIRST_NAME}]  # fmt: skip


_PRONOUN_AFTER_NAME = re.compile(r"\W*(hij|zij|ze)\b")


def _same_list(text: str, toks: list[Token], start: int, end: int) -> bool:
    """From a group's start to a boy or girl: one sentence, no owner in between ("de buren
    daar hebben een jongen van 12" is theirs)."""
    between = {t.text for t in toks if start <= t.start < end}
    return not between & W.OTHER_OWNERS and not re.search(r"[.!?\n]", text[start:end])


def _listed_children(text: str, toks: list[Token], tagged, taken) -> list[dict[str, Any]]:
    """ "kinderen: jongen van 15, meisje 9, en de oudste dochter is 19": a boy or a girl with
    an age after the children are named is one of them (panel 27, a2: "Over wie gaat 15, 9
    jaar?"); not "ik help een jongen van 16" (the client)."""
    groups = [e["start"] for e in tagged if e.get("value") == "child"]
    found = []
    for i, tok in enumerate(toks[:-1]):
        after = [t.text for t in toks[i + 1 : i + 3]]
        with_age = bool(after) and (after[0].isdigit() or after[:1] == ["van"] and
                                    len(after) > 1 and after[1].isdigit())  # fmt: skip
        listed = any(
            start < tok.start and _same_list(text, toks, start, tok.start) for start in groups
        )
        if tok.text in W.BOY_GIRL_WORDS and with_age and listed:
            if not any(a < tok.end and tok.start < b for a, b in taken):
                found.append({"entity": "relationship", "value": "child",
                              "start": tok.start, "end": tok.end})  # fmt: skip
    return found


def _selectors_with_an_age(toks: list[Token], taken) -> list[dict[str, Any]]:
    """ "de kleine is 14 jaar en de grote 20": "de grote" followed by a number is one of the
    group too, even untagged (panel 20, n1: "Over wie gaat 20 jaar?")."""
    found = []
    for i, tok in enumerate(toks[1:-1], start=1):
        after = [t.text for t in toks[i + 1 : i + 3]]
        with_age = any(w.isdigit() for w in after)
        if tok.text in W.SELECTORS and toks[i - 1].text in ("de", "het", "mijn") and with_age:
            if not any(a < tok.end and tok.start < b for a, b in taken):
                found.append({"entity": "relationship", "value": "child",
                              "start": tok.start, "end": tok.end})  # fmt: skip
    return found


def _spot_at(toks: list[Token], i: int, folded: str, taken) -> tuple[int, str] | None:
    for size in (5, 4, 3, 2, 1):
        words = tuple(t.text for t in toks[i : i + size])
        relationship = _RELATION_TABLE.get(words) if len(words) == size else None
        if relationship is None:
            continue
        start, end = toks[i].start, toks[i + size - 1].end
        if any(a < end and start < b for a, b in taken):
            return None
        before = (_owner_word([t.text for t in toks[max(0, i - 4) : i]]) or [None])[0]
        ordinal = i > 0 and toks[i - 1].text in ("eerste", "tweede", "derde")
        if ordinal or _spot_allowed(words, before, folded):  # "tweede vrouw": one of a group
            return size, relationship
    return None


# --- registered partnerships -------------------------------------------------------------------


def _partnership(reading: Reading, message: dict[str, Any], folded: str) -> None:
    """ "geregistreerd partnerschap", "wettelijk samenwonend", "samenlevingscontract": the
    couple are registered partners (seed 001), not de facto partners; "niks geregistreerd"
    says they are not."""
    reading.mentions = [m for m in reading.mentions if not _a_bond_word(reading.text, m)]
    asked = any(h in folded for h in W.HYPOTHETICAL) or _registration_only_asked(folded)
    asked = asked or bool(_READ_ABOUT.search(folded))  # "ik las iets over geregistreerd
    # partnerschap. ... telt dat?" (panel 84, j3: the partner made a registered one)
    asked = asked or _has(W.MARRIAGE_VISA_WORDS, folded)  # "je zei visum om te trouwen of
    if (  # wettelijk samenwonen. hoe werkt dat?" (panel 22, r4)
        asked and "?" in reading.text and _has(W.REGISTERED_PARTNERSHIP, _bare_words(folded))
    ):  # "als we een wettelijke samenwoning doen, kan ze dan ...?" asks (panel 10, t2); "en
        # wettelijk samenwonen, is dat makkelijker?" too (panel 15, c3: "Goed nieuws")
        reading.asks_registration = True
        return
    folded = _bare_words(folded)
    if any(p in folded for p in W.NOT_REGISTERED):
        reading.partnership = "none"
    elif any(f" {p} " in folded for p in W.REGISTERED_PARTNERSHIP):
        reading.partnership = "legally_registered"
    else:
        return
    countries = _entities(message, "country")
    if countries:
        reading.partnership_country = str(countries[0].get("value"))
        return
    reading.partnership_country = next(
        (country for place, country in W.PLACE_COUNTRY.items() if f" {place} " in folded), None
    )


_READ_ABOUT = re.compile(r"\b(?:las|lees|gelezen|hoorde|gehoord|zag)\b[^.?!]{0,15}\bover\b")


def _registration_only_asked(folded: str) -> bool:
    """The registration words stand only in questions ("en wettelijk samenwonen, is dat
    makkelijker?"), never in a sentence that tells it ("we hebben een geregistreerd
    samenwonen ... kan ze komen?")."""
    sentences = re.findall(r"[^.!?]+[.!?]?", folded)
    about = [t for t in sentences if _has(W.REGISTERED_PARTNERSHIP, _bare_words(t))]  # also
    # "het geregistreerd partnerschap: tellen ontmoetingen ...?" (panel 90, l3: registered)
    told = [t for t in about if not t.rstrip().endswith("?") or _has(W.REGISTERED_TOLD, f" {t} ")]
    return bool(about) and not told


def _bare_words(text: str) -> str:
    """The words of `text` between spaces, its punctuation left out."""
    return " " + " ".join(re.findall(r"[\w'-]+", text)) + " "


def _a_bond_word(text: str, mention: Mention) -> bool:
    """ "wettelijke samenwoning", "samenlevingscontract": the kind of bond, tagged by the NLU
    as a partner, is no person."""
    surface = fold(text[mention.start : mention.end])
    return mention.relationship == "registered_partner" and any(
        w in surface for w in ("samenwon", "contract", "overeenkomst", "partnerschap")
    )


_I = (" ik ", " k ", " kben ", " ikke ", " je ", " i ")


def _applicant_writes(reading: Reading, message: dict[str, Any], folded: str, starts) -> bool:
    """The writer is the relative abroad: her own relative is the one in Belgium ("mijn man
    woont in antwerpen"), and she asks to come ("kan ik komen?") or names nobody else and
    gives no status of her own ("ik ben erkend" is the sponsor writing)."""
    if reading.helper and not _mother_writes_for_her_son(reading, folded):
        return False
    statuses = _entities(message, "sponsor_status")
    own_status = any(
        _writers_status(e, reading.text, starts) and not _status_after_the_role(reading, e)
        for e in statuses
    )
    if not any(m.is_sponsor and m.owner in ("writer", "bare") for m in reading.mentions):
        another = any(
            _status_of_another(e, reading.text, starts) or _status_after_the_role(reading, e)
            for e in statuses
        )
        if _the_role_of_one_who_is_here(reading):  # "ik ben Mihrigul, de vrouw van
            own_status, another = False, True  # Abdullah die in België vluchteling is" (y5)
        return not own_status and _writer_names_her_role(reading, folded, another)
    if own_status and not _writer_abroad(folded):  # "ik ben Karim, erkend vluchteling. mijn
        return False  # vrouw woont al bij mij in belgie. nu wil ik mijn moeder ..." (d5); not
        # "ik ben ook vluchteling, ik woon in libanon. mijn man is erkend in belgie" (review)
    if _has(W.APPLICANT_CUES, folded) or _writer_abroad(folded):
        return True
    return not reading.applicants


def _writes_about_her_parent(reading: Reading, message: dict[str, Any], starts) -> None:
    """ "Ik ben Tharshini, ik studeer in Leuven. Mijn appa (papa) is erkend als vluchteling.
    Mijn amma, mijn broer en mijn zus zijn nog in Sri Lanka": a daughter here writes about her
    parent's family; she is no sponsor (round 119, v3: "Jij: erkend vluchteling")."""
    if reading.helper or reading.applicant_writer or reading.not_helper:
        return
    statuses = _entities(message, "sponsor_status")
    if not statuses or any(_writers_status(e, reading.text, starts) for e in statuses):
        return
    parents = [
        m for m in reading.mentions
        if m.is_sponsor and m.relationship == "parent" and m.owner in ("writer", "bare")
        and m.word in W.HELPERS_PARENT_WORDS
    ]  # fmt: skip
    if parents and any(m.owner == "writer" and not m.is_sponsor for m in reading.mentions):
        word = parents[0].word  # "Mijn appa (papa)", a bare "appa": "je papa"
        reading.helper, reading.helper_word = True, W.PARENT_WORD_IN_DUTCH.get(word, word)


def _writers_status(entity: dict[str, Any], text: str, starts: list[int]) -> bool:
    """The status is the writer's: "ik" in its clause, or a clause without a subject of its
    own after one with "ik" ("ik ben de vader van 3 kinderen en erkend vluchteling")."""
    clauses = folded_clauses(text, starts)
    index = clause_of(int(entity.get("start") or 0), starts)
    if any(i in clauses[index] for i in _I):
        return True
    if index == 0 or _status_of_another(entity, text, starts):
        return False
    for earlier in reversed(clauses[max(0, index - 3) : index]):  # "ik ben Karim, irakees,
        if re.search(r"[.!?]\s*$", earlier):  # erkend vluchteling" (panel 34, d5)
            return False  # another sentence ("ik ben tigist. mijn mama is erkend"; panel 35)
        if any(i in earlier for i in _I):
            return True
        if not re.fullmatch(r"[\s\w',-]*", earlier) or len(earlier.split()) > 2:
            return False  # a clause with more than a word or two
    return False


def _the_client_again(reading: Reading) -> None:
    """ "k schrijf voor mijn mama ... mama heeft papieren sinds augustus": the helper's word for
    her client, told again, is the client (panel 103, y2: "De mama van je mama")."""
    word = reading.helper_word
    for mention in reading.mentions:
        again = mention.word == word and mention.owner in ("writer", "bare")
        if word and again and not (mention.little or mention.another or mention.is_sponsor):
            mention.is_sponsor, mention.context = True, None


def _helper_intro(reading: Reading, mention: Mention) -> None:
    """ "ik schrijf voor mijn oom": a helper, and her own word for him (panel 58, h3)."""
    reading.helper = reading.helper_by_intro = True
    if mention.owner == "writer":
        reading.helper_word = mention.word


def _mother_writes_for_her_son(reading: Reading, folded: str) -> bool:
    """ "ik schrijf voor mijn zoon Yonas ... ik ben zijn mama wij zitten in ethiopie ... kan ik
    en zijn papa komen?": she writes for her son in Belgium but is the relative abroad, no
    social worker (panel 10, s1)."""
    own_role = any(m.context == "writer" for m in reading.mentions)
    if not (reading.helper_by_intro and own_role):
        return False
    if _has(W.APPLICANT_CUES, folded) or _writer_abroad(folded):
        reading.helper = False
        return True
    return False


def _status_after_the_role(reading: Reading, entity: dict[str, Any]) -> bool:
    """ "ik ben de vrouw van een erkend vluchteling": the status follows the writer's own role
    and "van", so it is the status of the one she is the wife of (panel 33)."""
    start = int(entity.get("start") or 0)
    for mention in reading.mentions:
        between = fold(reading.text[mention.end : start])
        if mention.context == "writer" and mention.end <= start:
            if re.fullmatch(r"\s*van(?: een| n| mijn| mn| m'n| de)?\s*", between):
                return True
    return False


def _the_role_of_one_who_is_here(reading: Reading) -> bool:
    """The writer's role named of someone who is in Belgium: "de vrouw van Abdullah Memet die in
    België vluchteling is erkend" (panel 131, y5: "Jij: erkend vluchteling" to his wife)."""
    folded = fold(reading.text)  # the offsets of the mentions
    return any(
        m.context == "writer"
        and re.match(
            r"\s+van\s+[a-z]+(?:\s+[a-z]+)?\s*,?\s*die\b[^.?!]{0,30}\b(?:belgi|hier)",
            folded[m.end :],
        )  # fmt: skip
        for m in reading.mentions
    )


def _writer_names_her_role(reading: Reading, folded: str, status_of_another: bool) -> bool:
    """ "ik ben de oma van Dawit. ik woon in Addis Abeba ... kan ik naar hem komen?": no one
    in Belgium named by a relationship word, but the writer names her own role and is abroad,
    asks to come, or gives the status of the other ("ik ben de man van fatima, zij is erkend
    vluchteling"; panel 10, t4, s1; panel 22, r3)."""
    roles = [m for m in reading.mentions if m.context == "writer"]
    cue = _has(W.APPLICANT_CUES, folded) or _writer_abroad(folded) or status_of_another
    if not roles or not cue:
        return False
    if any(m.relationship == roles[0].relationship for m in reading.applicants):
        return False  # "ik ben de mama en mijn moeder wil komen": not her own role twice
    reading.writer_role = roles[0]
    return True


_WRITER_IN = re.compile(
    r"(?: (?:ik|k)(?: ben \d+ jaar| ben \d+)?(?: en)? (?:ben|woon|zit|verblijf|leef|blijf)"
    r"| (?:wij|we) (?:zijn|wonen|zitten|verblijven|leven)"  # "wij zijn in addis abeba" (k5)
    # English: "me and our children are in kampala uganda" (panel 117, z2)
    r"| (?:i am|i'm|im|i live|i stay|we are|we live|we stay)"
    r"| me and (?:my|our|the) (?:\w+ ){1,2}(?:are|live|stay))"  # "me and our 2 kids are" (124)
    r"(?: nu| nog| momenteel| steeds| nog steeds)?"
    r"(?: (?:met|bij) (?:mijn |mn |m'n |de |onze |ons )?\w+)?"  # "ik woon met mama in
    # Khartoum" (v5), "ik ben met onze kinderen in kampala" (w1)
    r" in (?:het |de )?([\w-]+)"
)


_WRITES_FROM = re.compile(r" (?:ik|wij|we) (?:schrijf|schrijven|schrijft) (?:vanuit|uit) ([\w-]+)")


def _writer_abroad(folded: str) -> bool:
    """ "ik ben in irak", "ik zit in kampala", "ik schrijf vanuit caïro": the writer says she
    is somewhere outside Belgium (W.BELGIAN_PLACES), so she is the relative abroad (panel 3
    round 4, h3; panel 11, u1)."""
    return any(
        place not in W.BELGIAN_PLACES and place not in W.NOT_A_PLACE
        for place in _WRITER_IN.findall(folded) + _WRITES_FROM.findall(folded)
    )


_CLAIMS = "|".join(re.escape(c) for c in W.HELPER_CLAIMS if c != "als")
_ROLE_CLAIM = re.compile(
    rf"[ '](?:(?:{_CLAIMS})(?: [a-z]{{2,15}},)?(?: tot \w+| tot vorig jaar| lang| jaren)?"
    rf"(?: een| n| de| a| an)?|als)"
    rf" (?:{'|'.join(W.HELPER_ROLES)})\b"
)
_WORKPLACE = re.compile(
    rf" (?:{'|'.join(W.HELPER_AT)})(?: het| de| een| the| la| le)?"
    rf" (?:{'|'.join(W.HELPER_WORKPLACES)})\b"
)


# the client takes the phone: "ik ben abdul zelf", "ik abdul. niet client" (panel 124, k1:
# "Je cliënt hoeft nu geen inkomen te bewijzen" to him)
_THE_CLIENT_HIMSELF = re.compile(
    r"\b(?:ik ben|ik|hier is|dit is) [a-z]{3,15} zelf\b|\bniet (?:de |je )?client(?:e)?\b"
)


def _helper_writes(folded: str, toks: list[Token]) -> bool:
    """A social worker writes: she says she writes for someone, names a helper's role or
    workplace as her own (W.HELPER_ROLES; also after her name: "'k ben Griet, vrijwilliger
    bij ..."; panel 124, l4: "Hoe oud is je eerste kind?"), or names her client ("mijn
    cliënt", never after "geen"/"niet": "ik ben geen cliënt"). "leefloon van het ocmw" is no
    such evidence, nor the guardian of her own relative ("ik ben voogd van mijn neef")."""
    own_ward = any(f"voogd van {p} " in folded for p in W.WRITER_POSSESSIVES)
    if not own_ward and (
        _has(W.HELPER_CUES, folded)
        or _ROLE_CLAIM.search(folded)
        or _WORKPLACE.search(folded)
        or _HELPING_A_FRIEND.search(folded)
        or _ASKING_FOR_A_PARENT.search(folded)
    ):
        return True
    return any(
        t.text in _client_nouns() and (i == 0 or toks[i - 1].text not in W.NEGATORS)
        for i, t in enumerate(toks)
    )


# "ik help ne vriend uit Myanmar, hij is erkend" (panel 112, s4: "Jij: erkend vluchteling")
_HELPING_A_FRIEND = re.compile(
    r"\bik help (?:een|ne|nen|mijn|m'n|mn|ma) (?:goede |beste )?(?:vriend|vriendin|maat|"
    r"ploegmaat|kennis|collega|buur|buurman|buurvrouw)\b"
)
# "yo vraagje voor ma vader. hij is getrouwd in bosnie" (panel 112, t3: "Wat is jouw
# verblijfsstatus?"); not "een vraag voor mijn kleine broer", the one who comes (panel 8, p2)
_ASKING_FOR_A_PARENT = re.compile(
    r"\bvraag(?:je)? (?:voor|namens) (?:mijn|ma|m'n|mn|onze|ons) (?:vader|moeder|papa|mama|pa)\b"
)


def _client_nouns() -> frozenset[str]:
    from samen_rasa.nlu.vocabulary import CLIENT_NOUNS

    return CLIENT_NOUNS


def folded_clauses(text: str, starts: list[int]) -> list[str]:
    folded = fold(text)
    return [clause_text(folded, starts, i) for i in range(len(starts))]


def _date(message: dict[str, Any], clauses: list[str]) -> dict[str, Any] | None:
    """The recognition date, unless its clause is about a birthday ("wordt 18 in maart"); of
    two dates with a correction between them ("sinds maart, nee wacht april") the last."""
    return _decision_day(str(message.get("text") or "")) or _tagged_date(message, clauses)


def corrected_date_text(text: str) -> str | None:
    """ "sinds maart, nee wacht april. mn vrouw ...": the words after the last correction cue,
    up to the end of that phrase ("april"), for a date the NLU did not tag; None without a cue."""
    folded = fold(text)
    cut = max((folded.rfind(c) + len(c) for c in W.CORRECTION_CUES if c in folded), default=-1)
    if cut <= 0:
        return None
    tail = re.split(r"[.,!?;]", folded[cut:].strip(" ,"), maxsplit=1)[0].strip()
    return tail if 0 < len(tail) <= 30 else None


# a birthday told in the past: "hij is 18 geworden in juli 2025" (panel 24, h1, g1)
_BIRTHDAY_PAST = re.compile(r"\b\d{1,2} (?:jaar )?geworden\b|\bverjaar|\bjarig")


_AGE_REACHED = re.compile(
    r"(?:^|\b(?:werd|werden|word|wordt|geworden)\s+)\d{1,2}(?: jaar)?\s*,?\s*"
    r"(?:sinds|in|op|vanaf)\s*$"
)


# "januari 2025 is wanneer Omid 18 werd" (panel 42, g3: the correction moved the status date)
_AGE_REACHED_THEN = re.compile(
    r"\s*(?:is|was)? ?(?:wanneer|toen|de dag dat|dat) (?:\w+ ){0,2}\d{1,2} (?:jaar )?"
    r"(?:werd|geworden|wordt)\b"
)


def _age_reached_on(before: str, clause: str) -> bool:
    """The day an age was reached, not the recognition's: "18, sinds 2 november" answering
    how old he is, "hij werd 18 in januari 2025" (panel 42, g4 and g3: the birthday became the
    status date and moved every deadline)."""
    sentence = " ".join(re.split(r"[.!?\n]", before)[-1].split())
    match = _AGE_REACHED.search(sentence)
    if match is None:
        return False
    said_by_verb = not match.group(0)[:1].isdigit()
    return said_by_verb or not any(w in f" {clause} " for w in _RECOGNITION_WORDS[1:])


def _a_birthday_or_denied(text: str, entity: dict[str, Any], clause: str) -> bool:
    """ "hij is 18 geworden in juli 2025", "18, sinds 2 november", "van 14 januari niet juli
    2025": no recognition date."""
    start = int(entity.get("start") or 0)
    if _BIRTHDAY_PAST.search(clause) or _denied_date(text, start):
        return True
    surface = fold(str(entity.get("value") or ""))
    age_in_span = re.match(r"\d{1,2}(?: jaar)?,? (?:sinds|in|op|vanaf) ", surface)
    before = fold(text[:start]) + (f" {age_in_span.group(0)}" if age_in_span else "")
    end = int(entity.get("end") or start + len(surface))
    return _age_reached_on(before, clause) or bool(_AGE_REACHED_THEN.match(fold(text[end:])))


_CIVIL_TOO = re.compile(
    r"\b(?:ook|en) (?:officieel |burgerlijk )?(?:bij|op|in) (?:de |het )?(?:gemeente|stadhuis"
    r"|burgerlijke stand)\b|\bburgerlijk (?:huwelijk|getrouwd)\b"
    r"|\bniet alleen (?:in de )?(?:kerk|moskee)\b[^.?!]{0,30}\b(?:officieel|gemeente)\b"
)
# "wij hebben nikah khat van rechtbank": the court's marriage certificate (panel 111, u1); not
# "nikah in mogadishu 2015, niet bij gemeente geregistreerd" (panel 62, g12)
_NIKAH_AT_COURT = re.compile(
    r"\b(?:nikah|nikkah|nikahnama)\b(?:(?!\bniet\b|\bgeen\b)[^.?!]){0,25}\b(?:van|bij|op) "
    r"(?:de |het )?(?:\w*rechtbank|rechter|gemeente|stadhuis|court)\b"  # "nikah-khat van de
)  # familierechtbank Kabul" (round 121, u1)


def _religious_but_registered(marriages: list[dict[str, Any]], folded: str) -> bool:
    """ "nikah nama is gewoon officieel huwelijk in pakistan, geregistreerd bij union council":
    a religious marriage the user says is official where it was concluded (seed 000: "ook als
    officieel huwelijk geldt in het land waar het werd afgesloten"; panel 42, h2)."""
    values = {str(m.get("value")) for m in marriages}
    if "official" not in values or len(values) < 2:
        return False
    said = re.search(r"\bis (?:gewoon |ook |wel )?(?:een )?officieel\b|\bgeregistreerd\b", folded)
    return bool(said) and "?" not in folded and not _NOT_REGISTERED.search(folded)


# "Niet bij de burgerlijke stand geregistreerd" (panel 59, g5: stored "officieel getrouwd")
_NOT_REGISTERED = re.compile(
    r"\b(?:niet|geen|nooit)\b[^.?!,]{0,40}\b(?:geregistreerd|officieel|burgerlijke stand)\b"
)


def _denied_date(text: str, start: int) -> bool:
    """ "mijn status is van 14 januari 2026 niet juli 2025": the date after "niet" is the
    wrong one (panel 24, h1)."""
    return fold(text[:start]).rstrip().endswith((" niet", " nie", " ni"))


_PROOF_LOST = re.compile(
    r"\b(?:papier van de (?:kerk|moskee)|kerkpapier|trouwpapier|huwelijkspapier|huwelijksakte|"
    r"trouwakte|huwelijkscertificaat|nikahnama|trouwboekje|huwelijksboekje|het papier)"
    r"(?: van ons huwelijk| van de trouw)? (?:is|zijn|raakte|ging) (?:\w+ )?"
    r"(?:kwijt|verloren|verbrand|vernietigd|gestolen)\b"
)
_PROOF_KEPT = re.compile(
    r"\b(?:niet kwijt|nog|gevonden|kopie|nieuw|nieuwe|teruggevonden)\b|\b(?:als|stel dat|indien) "
)


# "ook niet van kerk. niks", "helemaal geen papier": no proof of the marriage at all (panel 63,
# g2); "geen paper van marriage", "geen papier van gemeente" is no civil paper (panels 64, 66)
_NO_PROOF = re.compile(
    r"\bgeen (?:enkel|enkele) (?:paper|papier|bewijs|document)\b"
    r"|\bhelemaal geen (?:paper|papers|papier|papieren|bewijs|bewijzen)\b"
    r"|\book niet van (?:de )?(?:kerk|moskee|imam|priester)\b"
)


def marriage_proof_lost(folded: str) -> bool:
    """The marriage's only proof is gone: "het papier van de kerk is kwijt", "de huwelijksakte
    is verbrand"; not "is niet kwijt", "was kwijt maar we hebben een kopie", "stel dat het
    kwijt raakt" (review), nor a passport or photos lost. "het papier" alone only in a message
    about the marriage."""
    married = any(w in folded for w in ("trouw", "huwelijk", "getrouwd", "kerk", "moskee"))
    if married and _NO_PROOF.search(folded) and not re.search(r"\b(?:als|stel dat|indien) ",
                                                               folded):  # fmt: skip
        return True
    match = _PROOF_LOST.search(folded)
    if match is None or _PROOF_KEPT.search(folded):
        return False
    return not match.group(0).startswith("het papier") or married


def later_request_asked(message: dict[str, Any]) -> bool:
    """A date the message asks to apply on ("kan in januari nog?"), not the recognition's."""
    text = str(message.get("text") or "")
    starts = clause_starts(text)
    clauses = folded_clauses(text, starts)
    return any(
        _a_day_to_apply(text, clauses[clause_of(int(e.get("start") or 0), starts)])
        for e in _entities(message, "recognition_date")
    )


# "de brief kwam 4 juli": the day the letter came, not the decision's (seed 003: "binnen het
# jaar (12 maanden) na de erkenning"; panel 36, g4: the later day kept, the deadline 4 days late)
_LETTER_CAME = re.compile(
    r"\bbrief\b(?: \w+){0,3} (?:kwam|aankwam|toekwam|ontvangen|gekregen|binnen|toegekomen)\b"
    r"|\b(?:kwam|ontving|kreeg|kregen)\b(?: \w+){0,3} brief\b"
)


_A_BIRTH_TO_COME = re.compile(
    r"\b(?:baby|kindje|kind)\b[^.?!]{0,25}\b(?:komt|verwacht|geboren|bevalt|uitgerekend)\b"
    r"|\b(?:die|ze|hij) komt rond\b|\buitgerekend\b|\bbevall?ing\b|\bbevalt\b"
)


def _tagged_date(message: dict[str, Any], clauses: list[str]) -> dict[str, Any] | None:
    text = str(message.get("text") or "")
    starts = clause_starts(text)
    numbers = _identifier_spans(text)  # "rijksregister 85.07.30-033.61": no date (privacy test)
    entities = [e for e in _entities(message, "recognition_date") if not _inside(e, numbers)]
    if len(entities) > 1 and any(c in f" {fold(text)} " for c in W.CORRECTION_CUES):
        entities = entities[::-1]
    decided = [
        e for e in entities if "beslissing" in clauses[clause_of(int(e.get("start") or 0), starts)]
    ]
    for entity in entities:
        clause = clauses[clause_of(int(entity.get("start") or 0), starts)]
        if decided and entity not in decided and _LETTER_CAME.search(clause):
            continue  # "de beslissing is van 30 juni, de brief kwam 4 juli"
        if any(f" {verb} " in clause for verb in W.FUTURE_AGE_VERBS):
            continue
        if _asylum_asked_then(clause) or _asylum_asked_just_before(clauses, clause, starts, entity):
            continue  # "ik heb asiel gevraagd 10 maanden geleden": no recognition (s5)
        if _another_day(text, entity, clause):
            continue
        surface = fold(str(entity.get("value") or ""))
        if any(f" {w} " in f" {surface} " for w in W.MONTH_UNITS if len(w) > 2) and not any(
            w in clause for w in (" sinds ", " geleden ", " erkend ", " erkenning ")
        ):
            continue  # "de baby is 8 maanden oud": an age, not the recognition date
        flags = list(entity.get("flags") or [])
        normalized = entity.get("normalized")
        if normalized or flags:
            surface = str(entity.get("value") or "")
            return {
                "iso": normalized,
                "flags": flags,
                "start": entity.get("start"),
                "text": surface,
            }
    return None


# "his decision is 18 nov 2025 but the card came january": the day on the decision, a whole
# date written right after the word (panel 124, z2: "january" of the card taken, untagged "18
# nov 2025" lost)
_DECISION_DAY = re.compile(
    r"\b(?:decision|beslissing|décision|decision date|erkenning|recognition|recognised|"
    r"recognized|erkend|status|statuut|cgvs|rvv)\b(?: \w+){0,3}? "  # "de brief van cgvs is van
    # 12 januari 2026" (panel 129, t2: "ergens januari" kept, the last day 1 January)
    r"(?:is |was |of |van |on |op |dated |le |du )?"
    r"(\d{1,2}[ /.-](?:\d{1,2}|[a-z]{3,9})\.?[ /.-](?:19|20)\d\d)\b"
)


def _a_date_asked_about(folded: str, match: re.Match) -> bool:
    """The decision's date in a question of whether it counts ("start de termijn van 12
    maanden opnieuw na het RvV-arrest van 02/10/2026?"), not told as the recognition's."""
    end = folded.find("?", match.end())
    sentence_end = min((i for i in (folded.find(c, match.end()) for c in ".!\n") if i >= 0),
                       default=len(folded))  # fmt: skip
    start = max(folded.rfind(c, 0, match.start()) for c in ".!?\n") + 1
    asked = 0 <= end < sentence_end
    return asked and bool(re.search(r"\b(?:opnieuw|herbegint|begint|start|telt)\b",
                                    folded[start : end]))  # fmt: skip


def _decision_day(text: str) -> dict[str, Any] | None:
    """The whole date told with the decision, when another date (the card's, the letter's) is
    in the same message."""
    folded = fold(text)
    match = _DECISION_DAY.search(folded)
    if not match or _A_CHILD_ACKNOWLEDGED.search(
        folded[max(0, match.start(1) - 50) : match.start(1)]
    ):
        return None  # "hij heeft haar erkend bij nüfus 2 april 2024" (panel 129, r2)
    if _a_date_asked_about(folded, match):
        return None  # "start de termijn opnieuw na het RvV-arrest van 02/10/2026?" (131, z2)
    parsed = parse_date(match.group(1), now=dt.date.max)  # a whole date: no "now" needed
    # (a day after today is checked against today where the facts are applied)
    if not parsed.iso or "unparsed" in parsed.flags or parsed.flag_list():
        return None
    return {"iso": parsed.iso, "flags": [], "start": match.start(1), "text": match.group(1)}


_BIRTH_WORDS = re.compile(r"\b(?:geboorte\w*|geboren|born|birth\w*|verjaardag)\b")


def _born_that_year(year: int, age: int) -> bool:
    return 2020 <= year + age <= 2035  # about this decade: the year he was born


def birth_year_told(text: str, year: int) -> bool:
    """The whole message gives an age and a date of that year as his birth ("nee sorry 22. 15
    maart 2004"), with no word of a recognition."""
    folded = fold(text)
    if re.search(r"\b(?:erken|sinds|status|beslis)", folded):
        return False
    if _BIRTH_WORDS.search(folded):
        return True
    ages = [int(a) for a in re.findall(r"\b(\d{1,2})\s*(?:jaar)?\s*[.,]", folded)]
    return any(_born_that_year(year, age) for age in ages)


_OTHER_EVENT = re.compile(
    r"\b(?:kaart\w*|[abcfkl]-kaart|interview|gehoor|onderhoud|aankomst|aangekomen|"
    r"toegekomen|afspraak|"
    # "asiel papier 5 sept 2024", "vonnis van de scheiding (12 maart 2019)", "civil marriage,
    # 14 feb 2004" (rounds 119-120, z1, s1, q2, t2: each became the recognition day)
    r"asiel\w*|asylum|bijlage 26|scheiding|vonnis|marriage|married|wedding|"
    # "rojhat is weg juni 2024", "he was arrested by police in march 2024" (panel 128, r2 and
    # t1: "Ik heb het aangepast. • Jij: erkend vluchteling, sinds maart 2024")
    r"weg|weggegaan|vertrokken|gevlucht|gearresteerd|opgepakt|arrested|left|fled|escaped"
    r")\b[^.?!]{0,20}$"
)
_LETTER = re.compile(r"\b(?:brief|ontvangst|ontvangen)\b[^.?!]{0,20}$")
_HERE_SINCE = re.compile(
    r"\b(?:ben|zijn|zit|woon|is|sta)\s+(?:al\s+|nu\s+)?(?:in belgie|hier)\s+(?:sinds|vanaf)\s*$"
)
_DECISION_NEAR = re.compile(r"\b(?:beslis+ing|erkend|erkenning|cgvs|rvv)\b[^.?!]{0,15}$")


def _another_events_date(text: str, entity: dict[str, Any]) -> bool:
    """The day of a card, an interview or an arrival told right before the date; a letter's
    day only in a question which day counts ("vanaf ontvangst brief (09/10/2025)?"): a letter
    day told alone is still the one date there is."""
    start = int(entity.get("start") or 0)
    before = fold(text[max(0, start - 30) : start])
    asked = "?" in re.split(r"[.!]", text[start:], maxsplit=1)[0]
    restart = re.search(
        r"\b(?:opnieuw|herbegint|start de termijn)\b", fold(text[max(0, start - 80) : start])
    )
    other = (
        _OTHER_EVENT.search(before)
        or (asked and _LETTER.search(before))
        or _HERE_SINCE.search(before)  # "ik ben in belgie sinds oktober 2022" (panel 108, m4)
    )
    acknowledged = _A_CHILD_ACKNOWLEDGED.search(fold(text[max(0, start - 50) : start]))
    restarted = asked and restart  # "start de termijn opnieuw na het RvV-arrest van
    # 02/10/2026?" (panel 131, z2: the last day moved to October 2027)
    return (bool(other) and not _DECISION_NEAR.search(before)) or bool(acknowledged or restarted)


# "hij heeft haar erkend bij nüfus in april 2024": a father acknowledged his child, no
# protection status (panel 128, r2)
_A_CHILD_ACKNOWLEDGED = re.compile(
    r"\b(?:heeft|hebben|heb)\s+(?:haar|hem|het kind|de baby|(?!mij\b|me\b|ons\b)\w+)\s+"
    r"erkend\b[^.?!]{0,20}$"
)


_DURATION_SURFACE = re.compile(r"^\s*\d+\s*(?:dag|dagen|week|weken|maand|maanden|jaar)\s*$")


def _a_duration_tagged(text: str, entity: dict[str, Any]) -> bool:
    """ "4 dagen??? maar mijn kaart is van februari 2026": a span, no day of a decision; not
    "erkend sinds 3 maanden", "3 maanden geleden"."""
    if not _DURATION_SURFACE.match(fold(str(entity.get("value") or ""))):
        return False
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    since = re.search(r"\b(?:sinds|sedert|al)\s*$", fold(text[max(0, start - 10) : start]))
    return not since and not re.match(r"\s*geleden\b", fold(text[end : end + 10]))


_BORN_BEFORE = re.compile(r"(?:°|\bgeb\.?|\bgeboren(?: op)?|\bborn(?: on)?|\bne le)\s*$")


_AGE_RIGHT_BEFORE = re.compile(r"(?:^|\s)(\d{1,2})\s*(?:jaar|j)?\s*[,(/.-]\s*(?:geboren\s+)?$")


_BIRTH_AFTER = re.compile(r"\s*(?:is|was)?\s*(?:de |zijn |haar )?(?:geboorte\w*|geboren)\b")


def _a_birth_date(text: str, entity: dict[str, Any]) -> bool:
    """ "hij is 41 (°3/3/1985)": a birth date, no recognition date (panel 104, y1: "erkend
    vluchteling, sinds 3 maart 1985"); "27, 12 juni 1999" asked his age: the age, then the
    day he was born (panel 108, m4: "sinds 12 juni 1999")."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    before = fold(text[max(0, start - 14) : start])
    if _BORN_BEFORE.search(before) or _BIRTH_AFTER.match(fold(text[end : end + 20])):
        return True  # "nee 2004 is geboorte van mabior" (round 120, q5)
    age = _AGE_RIGHT_BEFORE.search(before)
    year = str(entity.get("normalized") or "")[:4]
    return bool(age and year.isdigit() and 2015 <= int(year) + int(age.group(1)) <= 2035)


def _another_day(text: str, entity: dict[str, Any], clause: str) -> bool:
    """A birthday, a birth date, a card's, an interview's or a letter's day, a span, a day to
    apply or a marriage's: no day of the recognition. "kan in januari nog?" (panel 34, d3);
    "het huwelijk was in maart 2024" (panel 75, h3); "ontvangst brief (09/10/2025)? A-kaart
    pas 15/01/2026", "4 dagen???" (panel 105, l1 and z5)."""
    return (
        _a_birthday_or_denied(text, entity, clause)
        or _a_birth_date(text, entity)
        or _another_events_date(text, entity)
        or _a_duration_tagged(text, entity)
        or _a_day_to_apply(text, clause)
        or _a_marriage_clause(clause)
    )


def _a_marriage_clause(clause: str) -> bool:
    """Words of a marriage (W.MARRIED) and none of the recognition: a marriage's day; or a
    birth to come ("de baby? die komt rond april"; panel 96, p5: "Jij: asielzoeker, sinds april
    2026", four corrections)."""
    married = any(f" {w}" in clause for w in W.MARRIED)
    recognition = any(w in clause for w in _RECOGNITION_WORDS)
    return (married and not recognition) or bool(_A_BIRTH_TO_COME.search(clause))


def marriage_day_told(text: str) -> bool:
    """The message tells a marriage and nothing of the recognition ("Nee, het huwelijk was in
    maart 2024"): a date in it is no recognition date (panel 75, h3)."""
    return _a_marriage_clause(f" {fold(text)} ")


_RECOGNITION_WORDS = (" sinds ", " erkend", " erkenning", " status", " cgvs", " beslissing",
                      " brief", " gekregen", " kreeg", " rvv", " bescherming")  # fmt: skip


def _a_day_to_apply(text: str, clause: str) -> bool:
    """ "kan in januari nog? of is alles weg dan", "ik vroeg of ze in januari 2027 nog kunne
    indienen": a day to apply asked about, not the day of the recognition."""
    if any(w in f" {clause} " for w in _RECOGNITION_WORDS):
        return False
    applying = re.search(r"\b(?:indienen|indiene|aanvragen|aanvrage|aanvraag)\b", clause)
    asked = clause.rstrip().endswith("?") and re.search(
        r"\b(?:kan|kunnen|kunne|mag|mogen|nog)\b", clause
    )  # "kan in januari nog?", not "nog niet lang, 2 oktober 2026. kan ze nog komen?"
    return bool(applying or asked)


def _asylum_asked_just_before(clauses: list[str], clause: str, starts, entity) -> bool:
    """ "toen ik asiel vroeg in belgie, januari 2025": a date alone in its clause after the
    asylum application's (panel 29, a1: it moved the 12 months)."""
    index = clause_of(int(entity.get("start") or 0), starts)
    alone = len(clause.split()) <= 3
    return alone and index > 0 and _asylum_asked_then(clauses[index - 1])


_NOT_THAT_DAY = re.compile(r"\b(\d{1,2} ([a-z]+)(?: \d{4})?) niet (?:de |op )?(\d{1,2})\b")


def _date_instead(reading: Reading, folded: str) -> None:
    """ "de datum is 21 augustus niet 12": the date meant, and the 12 is the old day, no one's
    age (panel 13, y1)."""
    match = _NOT_THAT_DAY.search(folded)
    if match and match.group(2) in MONTH_WORDS:
        reading.date_instead = match.group(1)
        old_day = int(match.group(3))
        reading.negated_numbers = [n for n in reading.negated_numbers if n != old_day]


def _marriages_by_age(reading: Reading, marriages: list[dict[str, Any]]) -> list[tuple]:
    """Each marriage type with the age of the wife or husband named last before it."""
    told = [(m.start, m.ages[0].years) for m in reading.mentions
            if m.relationship == "spouse" and m.ages]  # fmt: skip
    told += [(a.start, a.years) for a in reading.loose_ages]  # "mireille is 33. met haar ..."
    told += [(a.start, a.years) for _, a in reading.pronoun_ages]
    found = []
    for entity in marriages:
        before = sorted(t for t in told if t[0] < int(entity.get("start") or 0))
        if before:
            found.append((before[-1][1], str(entity["value"])))
    return found


_TO_COME = re.compile(
    r"\b(?:wachten|wacht|wachen) tot\b|\bals (?:hij|zij|ze|ik|mijn \w+) (?:\w+ ){0,6}\w*$"
    # "en als ik erkend ben als vluchteling ...?" (panel 96, p5: "Jij: erkend vluchteling");
    # "en als ik geen vluchtelingenstatus krijg maar alleen subsidiaire bescherming?", "is het
    # met subsidiaire bescherming hetzelfde als met vluchtelingenstatus?", "een verschil tussen
    # vluchtelingenstatus en subsidiaire bescherming?" (panel 98, t2: an asylum seeker's
    # questions stored as her status, twice)
    r"|\bis (?:het|dat|er) (?:\w+ ){0,2}(?:met|bij)\s*$|\bhetzelfde als (?:met|bij)\s*$"
    r"|\bverschil tussen\s*(?:\w+\s+){0,4}(?:en\s*)?$"
)


def _in_some_order(entity: dict[str, Any], text: str) -> bool:
    """ "Hum. visum in subsidiaire orde zinvol?": a request in the second place, no status
    (panel 105, l1: "Je cliënt: subsidiair beschermd")."""
    end = int(entity.get("end") or 0)
    return bool(re.match(r"\s*orde\b", fold(text[end : end + 8])))


def _status_to_come(entity: dict[str, Any], text: str) -> bool:
    """ "is het beter als we wachten tot mijn broer belg is?": a status to come, asked
    about, not his status now (panel 24, h5: the corrected status set back to Belgian)."""
    start = int(entity.get("start") or 0)
    before = re.split(r"[.!?;]", fold(text[max(0, start - 80) : start]))[-1]
    return "?" in text[start:] and bool(_TO_COME.search(before))


def _when_asked(entity: dict[str, Any], folded: str) -> bool:
    """ "hij was 17 toen hij asiel aanvroeg", "hij is in de procedure 18 geworden": a time, no
    status now (panel 14, a4: the recognised client became an asylum seeker)."""
    if entity.get("value") != "asylum_seeker":
        return False
    start = int(entity.get("start") or 0) + 1  # `folded` starts with a space
    end = int(entity.get("end") or 0) + 1
    sentence = re.split(r"[.!?;]", folded[max(0, start - 40) : end + 30])
    window = f" {sentence[-1] if len(sentence) == 1 else ' '.join(sentence)} "
    if any(f" {w} " in window for w in ("nog", "loopt", "wacht", "wachten")):
        return False  # "ik ben nog in de procedure": now
    return any(f" {w} " in window for w in W.ASYLUM_THEN)


def _asylum_asked_then(clause: str) -> bool:
    """The date of the asylum application, not of the recognition."""
    asked = any(w in clause for w in W.ASYLUM_ASKED)
    return asked and not any(w in clause for w in (" erkend", " erkenning", " status gekregen"))


def _work_permit(folded: str) -> bool:
    """A card for work, no student's stay ("1 jaar, met arbeidskaart"; "ik werk hier"), not
    "ik werk niet" nor a student's weekend job ("studentenkaart, ik werk ook"; review)."""
    if "student" in folded:
        return False
    worker = re.search(r"\bik werk\b(?!\s+(?:niet|nie|ni|ook)\b)", folded)
    return bool(worker) or any(w in folded for w in W.WORK_PERMIT_WORDS)


# "ik kijk op mijn brief, er staat subsidiaire bescherming, geen vluchteling" (panel 112, s2:
# the NLU tagged nothing, the refugee status kept)
_STATUS_ON_THE_PAPER = re.compile(
    r"\b(?:staat|stond)\b(?: er)?(?: \w+){0,2}? (?P<status>subsidiaire bescherming|subsidiair "
    r"beschermd|subsidiaire|erkend vluchteling|vluchtelingenstatus|vluchteling)\b"
)
_PAPER_STATUS = {"subsidiaire bescherming": "subsidiary_protection",
                 "subsidiair beschermd": "subsidiary_protection",
                 "subsidiaire": "subsidiary_protection"}  # fmt: skip


# "he has nepali passport and B card", "unlimited stay" (panel 114, s5: the husband kept Belgian)
_ENGLISH_CARD = re.compile(r"\b(?:[bcfkl]\+?[- ]?card|unlimited stay|permanent residence)\b")


def _status_on_the_paper(reading: Reading, folded: str) -> None:
    """The status read off a letter or card ("er staat subsidiaire bescherming"), when the NLU
    tagged none; an English card word ("B card") is a stay without end."""
    if not reading.status and _ENGLISH_CARD.search(folded):
        reading.status, reading.statuses = "third_country_national", ["third_country_national"]
    found = _STATUS_ON_THE_PAPER.search(folded)
    if reading.status or not found or re.search(r"\bgeen\s*$", folded[: found.start("status")]):
        return
    reading.status = _PAPER_STATUS.get(found["status"], "refugee")
    reading.statuses = [reading.status]


def _temporary_stay(reading: Reading, folded: str) -> None:
    """The writer's temporary stay (a student's card): "ik zei toch student, A kaart" (panel 27,
    b3); not a temporary card for work (panel 34, c4), not another's studies ("zou Ivan niet
    beter een studentenvisum vragen?", panel 44, h4; "kan hij komen als student?", 70, g4)."""
    temporary = _has(W.TEMPORARY_STAY_WORDS, folded) or bool(W.STUDENT_SELF.search(folded.strip()))
    student = bool(W.STUDENT_SELF.search(folded.strip()))
    if another_studies(folded):
        student = temporary = False
    reading.student, reading.works = student, _work_permit(folded)
    temporary = temporary and (student or not reading.works)
    if temporary and not student and a_visa_for_another(folded):
        temporary = False
    if reading.status in (None, "third_country_national") and temporary:
        reading.status = "temporary_stay"  # "mijn verblijfskaart is van student" (e5, b3)
    if _TEMPORARY_PROTECTION.search(folded) and not _NOT_TEMPORARY.search(folded):
        reading.status = "temporary_stay"  # "ik heb tijdelijke bescherming als oekrainse
        # vluchteling": no refugee status (panel 97, q5: "Jij: erkend vluchteling", a right)


_ANOTHER_STUDIES = re.compile(
    r"\b(?:hij|zij|ze)\b[^.?!]{0,30}\b(?:als\s+student|studentenvisum|studeren)\b"
    r"|\bkomen\s+(?:als\s+student|studeren)\b|\bhier\s+(?:komt|komen)\s+studeren\b"
)


_TEMPORARY_PROTECTION = re.compile(
    r"\btijdelijke? bescherming|\btemporary protection\b|\bprotection temporaire\b"
)
_NOT_TEMPORARY = re.compile(r"\bgeen tijdelijke bescherming\b|\bniet tijdelijke bescherming\b")


def another_studies(folded: str) -> bool:
    """Another's studies asked about ("kan hij komen als student?"), not the writer's."""
    return bool(_ANOTHER_STUDIES.search(folded)) and not re.search(
        r"\bik\s+(?:ben\s+)?stude", folded
    )


def free_status(folded: str) -> str | None:
    """A status answer in free words ("mijn asiel loopt nog", "ik heb een b-kaart"); a
    temporary stay of the writer's own ("ik zei toch student")."""
    student = W.STUDENT_SELF.search(folded.strip())
    temporary = any(p in folded for p in W.TEMPORARY_STAY_WORDS)
    if student or temporary and not _work_permit(folded):
        return "temporary_stay"  # "ik zei toch student, A kaart" (panel 27, b3)
    protection = _free_value(
        folded,
        (
            (W.ASYLUM_SEEKER_WORDS, "asylum_seeker"),
            (W.SUBSIDIARY_WORDS, "subsidiary_protection"),
            (W.REFUGEE_WORDS, "refugee"),
        ),
    )
    # "een onbeperkt verblijfsrecht in België": the country, no "belg" (panel 57, m5: "Belg")
    without_country = _IN_BELGIUM_COUNTRY.sub(" ", folded)
    return (
        protection
        or _free_value(
            without_country,
            ((W.BELGIAN_WORDS, "belgian"), (W.EU_WORDS, "eu_citizen")),
        )
        or _free_value(folded, ((W.RESIDENCE_WORDS, "third_country_national"),))
    )


def _custody_to_get(entity: dict[str, Any], folded: str) -> bool:
    """ "kan clarisse niet naar de rechter ... om alleen het hoederecht te krijgen?": custody
    asked about as a way, not told (panel 94, o5: the right said at once)."""
    start, end = int(entity.get("start") or 0) + 1, int(entity.get("end") or 0) + 1  # " " pad
    before, after = folded[max(0, start - 40) : start], folded[end : end + 30]
    return bool(
        re.search(r"\bom\b[^.?!]*$", before) and re.match(r"[^.?!]{0,10}\bte krijgen\b", after)
    )


def free_custody(folded: str) -> str | None:
    """A custody answer in free words; "de andere ouder alleen" is "none" (the bench's and the
    contract's value for custody with the other parent), checked first."""
    if "andere ouder alleen" in folded or "alleen de andere ouder" in folded:
        return "none"
    dead = re.search(r"\bouders\b[^.]{0,30}\b(?:overleden|dood|gestorven)\b", folded)
    no_one = any(p in folded for p in W.NO_ONE_HAS_CUSTODY) or bool(
        _HER_PARENTS.match(folded) and not dead  # "zijn ouders zijn allebei overleden ... een
    )  # rechtbank heeft mij de tutelle gegeven" (panel 80, g4: "Dat is nu niet zo")
    if no_one and not any(p in folded for p in ("alleen ik", "ik alleen", "enkel ik")):
        return "none"  # "niemand heeft het hoederecht, de mama is dood" (panel 29, b5)
    if dead and _SOLE_GUARDIAN.search(folded):
        return "sole"  # "zijn ouders zijn allebei overleden": no shared custody of "allebei"
    found = _free_value(folded, ((W.SOLE_CUSTODY, "sole"), (W.SHARED_CUSTODY, "shared")))
    if found is None and any(p in folded for p in W.OTHER_PARENT_GONE):
        return "sole"
    if found is None and _SOLE_GUARDIAN.search(folded):  # a grandmother: "Ik. Zijn ouders
        return "sole"  # zijn in 2024 overleden. Een rechtbank ... voogd" (panel 59, g8)
    return found


# a grandparent asked who has custody: "haar ouders natuurlijk, die leven nog" (panel 68, g4)
_HER_PARENTS = re.compile(r"\W*(?:haar|zijn|de) ouders\b(?! en ik| en mij)")
# the writer's own guardianship: "ik heb de voogdij, la tutelle" (panel 73, g4), "ik heb toch
# het hoederecht!", "een rechtbank heeft mij de tutelle gegeven" (panel 80, g4)
MY_GUARDIANSHIP = re.compile(
    r"\bik heb (?:toch |wel |al )*(?:de |het )?(?:voogdij|tutelle|hoederecht|kafala)\b"
    r"|\bmij (?:de |het )?(?:voogdij|tutelle|hoederecht)\b"
)
_SOLE_GUARDIAN = re.compile(
    r"^\W*ik\s*[.,!]|\bouders\b[^.]{0,20}\b(?:overleden|dood|gestorven)\b"
    r"|\b(?:mij|ik ben)\b[^.]{0,20}\bvoogd\b|^\W*ik\s*,\s|" + MY_GUARDIANSHIP.pattern
)


def _asks(entity: dict[str, Any], text: str) -> bool:
    after = re.search(r"[.!?\n]", text[int(entity.get("end") or 0) :])
    before = fold(text[max(0, int(entity.get("start") or 0) - 40) : int(entity.get("start") or 0)])
    if _INDIRECT_QUESTION.search(before):  # "hoe weet ik of die officieel is in somalie"
        return True  # (panel 62, g12: the nikah stored as "officieel getrouwd")
    return bool(after) and after.group() == "?"


_INDIRECT_QUESTION = re.compile(
    r"\b(?:weet ik|weten we|weet je|vraag me af|hoe weet)\b[^.?!]{0,20}\bof\b"
)


def _asked_of(entities: list[dict[str, Any]], text: str) -> bool:
    """Every entity stands in a sentence that asks ("... of is dat religieus huwelijk?")."""
    return bool(entities) and all(_asks(e, text) for e in entities)


def _only_asked_about_marriage(text: str) -> bool:
    """Every sentence about a marriage is a question ("is dat religieus huwelijk?")."""
    sentences = re.findall(r"[^.!?\n]+[.!?\n]?", fold(text))
    words = ("huwelijk", "getrouwd", "trouw", "nikah", "officieel")
    about = [s for s in sentences if any(w in s for w in words)]
    return bool(about) and all(s.rstrip().endswith("?") or _INDIRECT_ASK.search(s) for s in about)


# "hoe weet ik of die in marokko als officieel telt" asks without its "?" (panel 68, g2)
_INDIRECT_ASK = re.compile(r"\bhoe (?:weet|weten|kan|kunnen|zie|zien)\b[^.]{0,20}\bof\b")


_NOT_MARRIED = re.compile(
    r"\b(?:niet|nooit|nie) (?:\w+ ){0,2}getrouwd\b|\bniet religieus\b"
    # "we konden daar nie trouwen", "kwou ook trouwen me mijn familie erbij" (panel 125, n5:
    # "Je verloofde: officieel getrouwd")
    r"|\b(?:konden|kon|kunnen|kan|mochten|mocht|mogen)\b(?: \w+){0,3} (?:niet|nie|ni) "
    r"(?:\w+ )?trouwen\b|\b(?:kwou|wou|wouden|willen|wil|wilden|wilde)\b(?: \w+){0,3} trouwen\b"
)


def _no_marriage_told(text: str, folded: str) -> bool:
    """ "we zijn NIET getrouwd, ook niet religieus" (v3); "telt wel denk ik", a guess (x3); "als
    ze al mijn vrouw is, na het trouwen. welke papieren dan?", a supposition (panel 68, h3)."""
    if _NOT_OFFICIAL_BUT_RITE.search(folded):
        return False  # "ze zijn NIET officieel getrouwd, enkel in de kerk": religious (round
        # 119, u2: "officieel getrouwd" kept)
    if _NOT_MARRIED.search(folded) or _has(W.UNSURE, folded):
        return True
    return "?" in text and _has(W.IF_MARRIED, folded)


_NOT_OFFICIAL_BUT_RITE = re.compile(
    r"\b(?:niet|nie) officieel getrouwd\b[^.?!]{0,30}\b(?:enkel|alleen|maar|wel|only)\b"
    r"[^.?!]{0,20}\b(?:kerk|imam|moskee|religieus|traditioneel|nikah|church)"
)
_NOT_MARRIED_AT_ALL = re.compile(r"\b(?:niet|nooit|nie|geen)\s+(?:getrouwd|gehuwd)\b|\bongehuwd\b")
_A_RITE = ("religieus", "imam", "kerk", "nikah", "traditioneel", "gewoonte", "moskee", "sjeik",
           "sheikh", "officieel", "gemeente", "burgerlijk")  # fmt: skip


_NOT_YET_THEN = re.compile(
    r"\b(?:nog )?niet getrouwd (?:toen|voor|bij)\b|\bpas (?:na|daarna|later|nadien)\b"
    r"|\bgetrouwd\b[^.?!]{0,20}\bpas (?:in|na|op)\b"
    # "we waren al samen in iran voor ik vluchtte, alleen niet getrouwd" (panel 94, o4)
    r"|\b(?:voor|voordat|toen) (?:ik|we|wij) (?:vluchtte|vluchtten|vertrok|vertrokken|kwam|"
    r"kwamen|wegging|weggingen)\b|\bwaren (?:al )?samen\b"
)


def _not_married_at_all(reading: Reading, folded: str) -> bool:
    """ "nee! niet getrouwd. ze is mijn vriendin, nog niet mijn vrouw": the couple is not
    married, no rite of any kind (not "niet officieel getrouwd, alleen religieus"), and the
    message names no one but the partner (panel 68, h3: four corrections ignored)."""
    others = [m for m in reading.mentions if m.relationship not in ("partner", "spouse")]
    unquoted = re.sub(r"['\"‘’“”][^'\"‘’“”]{0,40}['\"‘’“”]", " ", folded)  # "ik zie 'niet
    # getrouwd' als voorwaarde. Fatima IS getrouwd" quotes the condition (panel 69, g1)
    told = (_NOT_MARRIED_AT_ALL.search(unquoted) and not _has(_A_RITE, folded)) or (
        _NO_MARRIAGE_AT_ALL.search(unquoted)  # "een ceremonie zonder juridische waarde, geen
    )  # huwelijk" (panel 109, m3: "religieus of traditioneel getrouwd" to the end)
    if _WE_ARE_NOT_MARRIED.search(unquoted):  # "Wij zijn niet getrouwd. ... met onze dochter":
        others = []  # the couple's own words, whoever else is named (panel 110, q3)
    married_too = re.search(r"\b(?:is|zijn|ben|bent)\s+(?:wel\s+)?getrouwd\b", unquoted)
    married_too = married_too or _NOT_YET_THEN.search(unquoted)  # "nee we waren nog niet
    # getrouwd toen ik kwam. pas na": married after the arrival (panel 93, o4: "Je vriend")
    aged = _AN_AGED_ONE.search(unquoted)  # "kan bakary mee? hij is 20 maar gehandicapt ...
    # niet getrouwd": the son's (panel 105, z5: "Je vriendin: 38 jaar")
    aged = aged or re.search(r"\bverlo(?:ving|ofd|ofde)\b", unquoted)  # "dus verloving = geen
    # huwelijk = ok?" of the daughter (panel 128, r1: "De vriendin van je cliënt: 41 jaar")
    return bool(told) and not married_too and not others and not aged and reading.marriage is None


_WE_ARE_NOT_MARRIED = re.compile(r"\b(?:wij|we) zijn (?:nog )?(?:niet|nooit) getrouwd\b")
_NO_MARRIAGE_AT_ALL = re.compile(
    r"\bgeen (?:echt |officieel |wettelijk )?huwelijk\b(?! meer)"
    r"|\b(?:ceremonie|feest|rite)\w* zonder (?:juridische|wettelijke|officiele) "
    r"(?:waarde|geldigheid)"
)
_AN_AGED_ONE = re.compile(r"\b(?:hij|zij|ze)\s+is\s+(?:al\s+|pas\s+|nu\s+)?\d{1,2}\b")


_MET_BEFORE = re.compile(r"\b(?:via|op|in)\s+(?:de|het|een)\s*$")
_MET_NEAR = re.compile(r"\b(?:kennen|leren kennen|ontmoet|tegengekomen|gezien)\b")


def _where_they_met(text: str, entity: dict[str, Any]) -> bool:
    """ "we kennen mekaar sinds 2024 via de kerk online": where they met, no church marriage
    (panel 108, m4: "Je vrouw: religieus of traditioneel getrouwd" after "officieel")."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    before = fold(text[max(0, start - 40) : start])
    clause = re.split(r"[,.;!?]", before)[-1] + fold(text[end : end + 25]).split(",")[0]
    return bool(_MET_BEFORE.search(before) and _MET_NEAR.search(clause))


_EU_CARD = re.compile(r"^(?:e|eu)\s*-?\s*(?:kaart|card|carte)$")  # not E+: a family member


def _an_eu_card(entity: dict[str, Any], text: str) -> dict[str, Any]:
    """ "heeft hier een E-kaart sinds 2022": the card of an EU citizen (her family's is the E+
    card), no third-country national's (panels 109 and 110, n1: "Je mama: niet-EU-burger met
    verblijf in België" for a Spanish mother)."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    if _EU_CARD.match(fold(text[start:end]).strip()):
        return {**entity, "value": "eu_citizen"}
    return entity


def _free_marriage_told(folded: str) -> str | None:
    """The kind of marriage told in free words in a message about a marriage ("religieus
    getrouwd bij een sjeik", "officieel getrouwd op het gemeentehuis")."""
    if not any(w in folded for w in (" getrouwd", " huwelijk", " trouw", " nikah")):
        return None
    folded = _MET_AT_A_RITE.sub(" ", folded)  # "we kennen mekaar via de kerk" (108, m4)
    return free_marriage(folded)


_MET_AT_A_RITE = re.compile(
    r"\b(?:kennen|leren kennen|ontmoet|tegengekomen)\b[^,.;!?]{0,30}\b(?:kerk|moskee)\b"
    r"|\b(?:kerk|moskee)\b[^,.;!?]{0,15}\b(?:leren kennen|ontmoet|tegengekomen)\b"
)


_ASKED_OFFICIAL = re.compile(
    r"\b(?:is|telt|geldt|geld)\s+(?:dat|het|dit|die|da)\b[^.!?\n]{0,25}\bofficie\w*[^.!?\n]*\?"
)


_ONLY_A_RITE = re.compile(
    r"\b(?:alleen|enkel|wel)\b[^.?!]{0,20}\b(?:religieus|kerk|moskee|imam|traditioneel|nikah|"
    r"sjeik|sheikh)\b"
)


def free_marriage(folded: str) -> str | None:
    """An official marriage wins ("officieel, in de kerk en op de gemeente") unless denied
    ("religieus, nooit op papier"); "in de kerk. is dat officieel? ik weet niet" asks whether
    it is (panel 27, a4: "officieel getrouwd" and a right without the check of seed 000)."""
    folded = _ASKED_OFFICIAL.sub(" ", folded)
    if _NOT_MARRIED_AT_ALL.search(folded) and any(p in folded for p in W.REGISTERED_PARTNERSHIP):
        return None  # "niet getrouwd. We hebben união estável ..., dat is zoals geregistreerd
        # samenwonen": a registered partnership, no marriage (panel 105, l4)
    if _NOT_MARRIED_AT_ALL.search(folded) and not _ONLY_A_RITE.search(folded):
        return None  # "niet getrouwd op papier hoor. niet in de kerk ook niet" (panel 106 and
        # 107, z4: "Jij: religieus of traditioneel getrouwd" through seven corrections)
    official = [p for p in W.OFFICIAL_MARRIAGE if p in folded]
    courts = folded.count("rechtbank")
    religious_courts = sum(folded.count(c) for c in W.RELIGIOUS_COURTS if "rechtbank" in c)
    if official == ["rechtbank"] and courts and courts == religious_courts:
        return None  # "getrouwd bij de sharia rechtbank in gaza. telt dat?": whether it is
        # official is seed 000's check, not ours (panel 37, h4: "officieel getrouwd")
    denied = any(p in folded for p in W.NOT_OFFICIAL) or any(
        re.search(
            rf"\b(niet|nooit|geen|ni|niks|niets|zonder)\b(\s+\w+){{0,3}}\s+\w*{re.escape(p)}",
            folded,
        )
        for p in official
    )  # "niet bij de burgerlijke stand"; "hij heeft NIKS van papieren ... geen trouwboekje"
    # (round 122, s4: "officieel getrouwd" of an imam marriage)
    if official and not denied:
        return "official"
    return _free_value(folded, ((W.RELIGIOUS_MARRIAGE, "religious_or_customary"),))
