"""Findings of panel round 108 (stop 44: sets M and N, ten new families), each named by the
user's words or the seed sentence."""

from dialogue.reading import read
from tests.dialogue.chat import Chat, parse
from tests.dialogue.test_panel98 import TODAY

_YASSINE = (
    "yo, ik ben [22](age:sponsor) en woon in tanger maar kben opgegroeid in antwerpen. mijn "
    "[ma](relationship:parent) is [belg](sponsor_status:belgian) sinds 2023. kan ik gwn "
    "terugkomen bij haar?"
)


def _yassine() -> Chat:
    """A Belgian's son of 22 who writes from Tangier; he depends on his mother."""
    chat = Chat(today=TODAY)
    chat.say(_YASSINE)
    chat.answer_plainly({})
    return chat


def test_mijn_ma_is_belg__flemish_ma_is_his_mother_not_maar():
    """Seed 004: "Ben je 21 jaar of ouder? Dan moet je ook de bewijzen voorleggen die aantonen
    dat je ten laste bent van de Belg"; "mijn ma is belg sinds 2023. kan ik ... terugkomen bij
    haar?" is her son writing (panel 108, n5: "Is je ouder op hoge leeftijd?")."""
    chat = _yassine()
    writer = chat.people[0]
    assert writer.get("self") and writer["relationship"] == "child", chat.transcript()
    assert writer["route"] == "family_reunification", chat.transcript()
    assert chat.sponsor["status"] == "belgian"


def test_ik_ben_het_kind_and_broer_luister__no_one_added():
    """ "IK wil komen, ik ben het kind", "broer luister. mijn ma = belg": the writer, and the
    bot spoken to (panel 108, n5: "Hoe oud is je kind?", "Je broer: wil naar België komen")."""
    chat = _yassine()
    chat.say("IK wil komen, ik ben het [kind](relationship:child). zij is gezond")
    chat.say("[broer](relationship:sibling) luister. ik ben de zoon van een belg [broer]"
             "(relationship:sibling).")  # fmt: skip
    assert len(chat.people) == 1, chat.transcript()


def test_word_ik_dan_geweigerd__no_earlier_refusal_and_the_mothers_amount():
    """Seed 004: "Een lager inkomen betekent niet automatisch dat de aanvraag geweigerd wordt";
    "mijn ma verdient 1480 netto, kzag ergens 1555. word ik dan geweigerd?" (panel 108, n5:
    "Waarom de vorige aanvraag geweigerd werd, staat in de beslissing" and "Het
    referentiebedrag gaat over je eigen inkomen")."""
    chat = _yassine()
    reply = chat.say("mijn [ma](relationship:parent) verdient 1480 netto, kzag ergens 1555. word "
                     "ik dan geweigerd?", intent="ask_means_of_subsistence")  # fmt: skip
    assert "vorige aanvraag" not in reply, reply
    assert "Je schreef 1.480 euro" in reply, reply
    assert "je eigen inkomen" not in reply and "het eigen inkomen van je ma" in reply, reply


def test_ik_werk_soms_in_een_cafe__the_sons_own_income_weighs_on_ten_laste():
    """Seed 004: "bewijs van jouw 'onvermogen'. Je mag geen of onvoldoende inkomsten hebben";
    the son's café work is his own income, no sponsor's (panel 108, n5)."""
    chat = _yassine()
    reply = chat.say("ik werk soms in nen café hier voor 150 euro per maand, in het zwart. is "
                     "da erg voor mijn dossier?", intent="ask_means_of_subsistence")  # fmt: skip
    assert "referentiebedrag" not in reply, reply
    assert "ten laste" in reply and "geen of te weinig inkomsten" in reply, reply


def test_a_brother_told_is_still_a_brother():
    reading = read(parse("mijn [broer](relationship:sibling), hij is 20"))
    assert reading.mentions[0].context is None
