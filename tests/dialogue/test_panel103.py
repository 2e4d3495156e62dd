"""Findings of panel round 102 left open at stop 42 and of round 103 (stop 43), each named by
the user's words or the seed sentence."""

from tests.dialogue.chat import Chat
from tests.dialogue.test_panel98 import TODAY


def _belgian_and_his_wife() -> Chat:
    chat = Chat(today=TODAY)
    chat.say("ik ben [belg](sponsor_status:belgian) en wil mijn [vrouw](relationship:spouse) uit "
             "kenia laten komen, ze is [29](age), we zijn [officieel](marriage_type:official) "
             "getrouwd in nairobi")  # fmt: skip
    chat.answer_plainly({"sponsor.age": "[34](age)"})
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_we_wonen_in_het_huis_van_mijn_ouders_het_is_hun_eigendom__no_lease_rule():
    """Seed 004 names "een notariële eigendomsakte van de woning waar hij woont" and, for a
    lease only, "De persoon die wel als huurder vermeld staat ... moet een familielid zijn"; a
    home the parents own is neither (panel 102, w3: answered with the lease rule)."""
    chat = _belgian_and_his_wife()
    reply = chat.say("we wonen bij mijn [ouders](relationship:parent) in hun huis, het is hun "
                     "eigendom. is dat goed voor de woning?", intent="ask_housing")  # fmt: skip
    assert "eigendomsakte" in reply and "zegt onze informatie niets" in reply, chat.transcript()
    assert "Het volstaat dat je op dat adres woont" not in reply, chat.transcript()
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()


def test_ik_heb_zelf_een_huis_gekocht__the_notarial_deed():
    """Seed 004: "een notariële eigendomsakte van de woning waar hij woont"; "De eigendomsakte
    moet een notariële akte zijn. Een verkoopcompromis wordt bijvoorbeeld niet aanvaard."."""
    chat = _belgian_and_his_wife()
    reply = chat.say("ik heb zelf een huis gekocht, wat moet ik dan tonen?")
    assert "verkoopcompromis" in reply, chat.transcript()


def test_mijn_broer_heeft_epilepsie__behoeftig_op_medisch_vlak():
    """Seed 000 for an adult brother or sister: "Je bent behoeftig op medisch vlak. Dit kan jouw
    afhankelijkheid van de rest van het kerngezin versterken." (panel 102, w4: epilepsy was no
    illness; "Op die vraag vind ik geen antwoord")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) uit afghanistan sinds [maart "
             "2024](recognition_date:2024-03-15). mijn [mama](relationship:parent) is weduwe en "
             "mijn [broer](relationship:sibling) woont bij haar, hij is [23](age)")  # fmt: skip
    chat.answer_plainly({"sponsor.age": "[27](age)", "applicant.age": "[58](age)"})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("mijn broer heeft epilepsie en kan niet werken, hij kan niet alleen wonen. "
                     "telt dat?")  # fmt: skip
    assert "medische documenten" in reply and "handicap" not in reply, chat.transcript()


def test_we_kenden_elkaar_niet_voor_ik_naar_belgie_kwam__income_home_and_insurance():
    """Seed 003: no proof of means "wanneer de afstamming van de aanvrager vóór zijn aankomst in
    België werd vastgesteld"; a wife met and married after the arrival is not exempt (panel
    102, w5: "voor ik naar belgie kwam" in "we kenden elkaar niet voor ik naar belgie kwam" read
    as a bond before the arrival: "Je hoeft nu geen inkomen te bewijzen")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee) uit syrie sinds [februari "
             "2026](recognition_date:2026-02-10). ik ben in augustus getrouwd in istanbul met mijn "
             "[vrouw](relationship:spouse) rasha, ze is [26](age). we kenden elkaar niet voor ik "
             "naar belgie kwam")  # fmt: skip
    chat.answer_plainly({"sponsor.age": "[30](age)",
                         "applicant.marriage": "[officieel](marriage_type:official)"})  # fmt: skip
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("moet ik inkomen tonen?", intent="ask_income")
    assert "wel genoeg inkomen" in reply and "hoeft nu geen" not in reply, chat.transcript()


def test_hij_heeft_een_vrouw_en_een_baby_huda_is_19__the_sons_family_and_the_daughters_age():
    """A volunteer for a Belgian: "De zoon Karim is 24 en getrouwd, hij heeft een vrouw en een
    baby. Huda is 19, niet getrouwd" is the son's wife and baby (no wife of the client) and the
    daughter's age (panel 102, x2: "Je cliënts vriendin", and Huda asked her age again)."""
    chat = Chat(today=TODAY)
    chat.say("Ik ben vrijwilliger en help een man, hij is [Belg](sponsor_status:belgian) sinds "
             "2015, afkomstig uit Marokko. Hij wil zijn [zoon](relationship:child) en [dochter]"
             "(relationship:child) laten komen.")  # fmt: skip
    chat.say("De [zoon](relationship:child) Karim is [24](age) en getrouwd, hij heeft een [vrouw]"
             "(relationship:spouse) en een [baby](relationship:child). Huda is [19](age), niet "
             "getrouwd, ze woont nog bij haar [moeder](relationship:parent).")  # fmt: skip
    assert [(p["relationship"], p["age"]) for p in chat.people] == [("child", 24), ("child", 19)]


def test_omar_zijn_paspoort_with_no_one_named_omar__not_his_sister():
    """ "omar zijn paspoort is verlopen" when the children were told as "dochter is 13. zoon is
    net 18": Omar is a he, so not the daughter's passport first (panel 102, s1)."""
    chat = Chat(today=TODAY)
    chat.say("mijn [man](relationship:spouse) en mijn 2 [kinderen](relationship:child), ze "
             "zitten in beirut")  # fmt: skip
    chat.say("ik ben [erkend vluchteling](sponsor_status:refugee), brief van cgvs is van "
             "[2 okt](recognition_date:2026-10-02)")  # fmt: skip
    chat.say("[40](age). we zijn getrouwd in aleppo 2008, ik heb het huwelijksakte")
    chat.say("dochter is [13](age). zoon is net [18](age) geworden in augustus")
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("omar zijn paspoort is verlopen in 2025, kan hij toch aanvragen?")
    assert "je dochter" not in reply.split(".")[0], chat.transcript()
