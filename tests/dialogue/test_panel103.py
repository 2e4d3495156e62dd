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
    from tests.dialogue.test_panel98 import mariam

    chat = mariam("dochter is [13](age). zoon is net [18](age) geworden in augustus")
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("omar zijn paspoort is verlopen in 2025, kan hij toch aanvragen?")
    assert "je dochter" not in reply.split(".")[0], chat.transcript()


def test_de_beslising_van_het_cgvs_is_van_19_januari_de_a_kaart_kwam_in_maart__refugee_19_jan():
    """Seed 003 counts the 12 months from "de erkenning van de vluchtelingenstatus ... door het
    Commissariaat-generaal"; the A card told beside it is the refugee's card, not a worker's
    status, and its month is no decision date (panel 103, y1: "Je cliënt: niet-EU-burger met
    verblijf in België, sinds februari 2026")."""
    chat = Chat(today=TODAY)
    chat.say("Dag, ik ben maatschappelijk werker bij het OCMW Gent. Ik begeleid een Soedanese "
             "man, [erkend vluchteling](sponsor_status:refugee) sinds [februari]"
             "(recognition_date:2026-02-01|approximate). Zijn [vrouw](relationship:spouse) en 3 "
             "[kinderen](relationship:child) zitten in Caïro.")  # fmt: skip
    chat.say("Sorry, ik zei februari, maar ik heb het dossier er nu bij: de beslising van het "
             "CGVS is van 19 januari 2026. De [A-kaart](sponsor_status:third_country_national) "
             "kwam in [maart](recognition_date:2026-03-01|approximate).")  # fmt: skip
    assert chat.sponsor == {"status": "refugee", "recognition_date": "2026-01-19"}, (
        chat.transcript()
    )


def test_religieus_getrouwd_ze_is_20__the_official_marriage_needs_21_too():
    """Seed 001: "U bent beiden ouder dan 21 jaar. Deze leeftijd wordt teruggebracht tot 18 jaar
    wanneer uw huwelijk al bestond vóór de aankomst in België." A C card holder's bride of 20,
    married by the imam this summer, is not told an official marriage gives her the right
    (panel 103, y4: "Dan heeft je vrouw wel recht op gezinshereniging")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben getrouwd deze zomer in turkije en wil mijn [vrouw](relationship:spouse) naar "
             "belgie halen. ik heb ne [C kaart](sponsor_status:third_country_national) en werk "
             "vast")  # fmt: skip
    chat.say("ze is [20](age)")
    chat.say("[religieus](marriage_type:religious_or_customary) getrouwd, imam nikahi in augustus")
    chat.press("/deny")  # "Hebben jullie samen een kind?"
    chat.say("ja dat klopt", intent="affirm")
    assert "Dan heeft je vrouw wel recht" not in chat.transcript(), chat.transcript()
    assert "allebei 21 jaar" in chat.transcript(), chat.transcript()


def _grace_and_junior() -> Chat:
    """A Belgian of Cameroonian origin, his daughter of 15 and son of 21 in Douala (y5)."""
    chat = Chat(today=TODAY)
    chat.say("Goedendag, ik ben [Belg](sponsor_status:belgian) (van origine Kameroen) en ik wil "
             "mijn 2 [kinderen](relationship:child) naar België laten komen. Ze wonen in Douala "
             "bij hun [moeder](relationship:parent). Mijn [dochter](relationship:child) is [15]"
             "(age) en mijn [zoon](relationship:child) heeft [20](age) jaar.",
             intent="check_eligibility")  # fmt: skip
    chat.press('/inform{"custody":"shared"}')
    chat.press("/affirm")
    chat.say("ja dat klopt", intent="affirm")
    chat.say("Excuseer, ik heb mij vergist: mijn [zoon](relationship:child) heeft [21](age) jaar "
             "sinds 20 november.")  # fmt: skip
    return chat


def test_ik_stuur_elke_maand_100_a_150_euro__an_amount_not_an_age():
    """ "Ik stuur elke maand 100 à 150 euro via Western Union" (panel 103, y5: "Over wie gaat
    100 jaar?")."""
    chat = _grace_and_junior()
    reply = chat.say("Ja, hij studeert economie. Hij heeft geen inkomen. Ik stuur elke maand "
                     "[100](age) à 150 euro via Western Union")  # fmt: skip
    assert "Over wie gaat" not in reply, chat.transcript()


def test_welke_bewijzen_moet_junior_geven__the_son_of_21_not_the_daughter_of_15():
    """Seed 004: "Als je 21 jaar of ouder bent, moet je bewijzen dat je ten laste bent"; asked
    without a known name, the son of 21's proofs, no line on the daughter of 15 (panel 103,
    y5: "Vanaf 21 jaar moet je dochter ook bewijzen dat zij ten laste is")."""
    chat = _grace_and_junior()
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("Voor Junior zijn 'ten laste': welke bewijzen moet Junior nog geven?",
                     intent="ask_documents")  # fmt: skip
    assert "Bankuittreksels" in reply and "je dochter ook" not in reply, chat.transcript()
    assert "Je dochter is jonger dan 21" not in reply, chat.transcript()


def test_mijn_dochter_is_15_he_niet_21__nobodys_age_changes():
    """ "Mijn dochter is 15 hé, niet 21. Het gaat over Junior": the daughter was 15, the son 21
    stays 21 (panel 103, y5: "Ik heb het aangepast. • Je zoon: 15 jaar")."""
    chat = _grace_and_junior()
    chat.say("ja dat klopt", intent="affirm")
    chat.say("Mijn [dochter](relationship:child) is [15](age) hé, niet [21](age). Het gaat over "
             "Junior.")  # fmt: skip
    assert sorted(p["age"] for p in chat.people) == [15, 21], chat.transcript()


def test_ik_en_onze_dochter_willen_bij_haar_komen__the_husband_abroad_writes():
    """The partner abroad writes: "Mijn vrouw werkt als verpleegster in Andwerpen ... Ik en onze
    dochter van 4 willen bij haar komen wonen" (panel 103, z4: "Wat is jouw verblijfsstatus in
    België?" to the man in Paramaribo, and the income condition told to him)."""
    chat = Chat(today=TODAY)
    reply = chat.say("Goedemorgen, ik ben Kenneth uit [Suriname](country:Suriname). Mijn [vrouw]"
                     "(relationship:spouse) werkt als verpleegster in Andwerpen sinds februari ze "
                     "heeft een bekaart. Ik en onze [dochter](relationship:child) van [4](age) "
                     "willen bij haar komen wonen daar, hoe gaat dat in zijn werk? Kan mijn meisje "
                     "naar haar [mama](relationship:parent) en kan ik meekomen?",
                     intent="check_eligibility")  # fmt: skip
    assert chat.state["writer"] == "applicant", chat.transcript()
    assert "inkomsten" not in reply and "jouw verblijfsstatus" not in reply, chat.transcript()


def test_als_mulu_erkend_wordt_kan_dawit_nog_mee__a_son_of_18_pays_the_fee():
    """Seed 002: "De andere familieleden ... moeten een retributie betalen. Het gaat met name om
    zijn meerderjarige kinderen"; seed 003 keeps the right of a child who turned 18 during the
    procedure (panel 103, z1: "Zij betalen dan ook geen bijdrage" of the son of 18)."""
    chat = Chat(today=TODAY)
    chat.say("Goedemiddag. Ik help als vrijwilliger een Ethiopische vrouw, Mulu, die hier asiel "
             "heeft aangevraagd. Haar twee [kinderen](relationship:child) zitten alleen in "
             "Oeganda.")  # fmt: skip
    chat.press('/inform{"sponsor_status":"asylum_seeker"}')
    chat.say("Dawid is al [18](age), het meisje, Selam, is [12](age).")
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("Als Mulu erkend wordt, kan Dawit dan nog gewoon mee met gezinshereniging, "
                     "ook al is hij nu 18? Hij was nog 16 toen ze asiel vroeg.")  # fmt: skip
    assert "Een meerderjarig kind betaalt wel" in reply, chat.transcript()
    assert "Zij betalen dan ook geen bijdrage" not in reply, chat.transcript()


def _papa_in_maracaibo() -> Chat:
    """A Venezuelan refugee and her widowed father of 76 with Parkinson's (z3)."""
    chat = Chat(today=TODAY)
    chat.say("Goeiedag, ik ben [erkend vluchteling](sponsor_status:refugee) uit Venezuela sinds "
             "[2023](recognition_date:2023-06-01|approximate). Mijn [mama](relationship:parent) "
             "is vorige maand gestorven en nu is mijn [papa](relationship:parent) helemaal alleen "
             "in Maracaibo. Hij heeft [76](age) jaar en Parkinson.")  # fmt: skip
    chat.say("Ik ben [39](age) jaar.")
    chat.press("/deny")  # "Was je jonger dan 18 jaar toen je asiel aanvroeg?"
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    return chat


def test_ik_heb_een_broer_luis_in_chili_maar_hij_kan_niet_helpen__no_applicant_no_child():
    """ "ik heb een broer, Luis, in Chili. Maar hij kan echt niet helpen, hij heeft 3 kinderen
    ... en een klein appartement": the brother who cannot care and his children, no one who
    comes, and no housing condition for a humanitarian visa (seed 001: art. 9 and 13 "leggen
    geen voorwaarden vast"; panel 103, z3: "Hoe oud is je kind?", "Ik heb je chili
    weggelaten", "Ja. Je moet een woning hebben")."""
    chat = _papa_in_maracaibo()
    reply = chat.say("Perdón, ik moet eerlijk zijn: ik heb een [broer](relationship:sibling), "
                     "Luis, in [Chili](relationship:child). Maar hij kan echt niet helpen, hij heeft "
                     "3 [kinderen](relationship:child) en geen goede papieren daar, en een klein "
                     "appartement. Moet ik dat zeggen? Is dat slecht voor het dossier?")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["parent"], chat.transcript()
    assert "Je moet een woning hebben" not in reply, chat.transcript()
    assert "papa" in chat.person("parent")["word"] and not chat.person("parent").get("name")


def test_moet_ik_zeggen_dat_ik_een_broer_heb__no_other_relative_can_care():
    """Seed 000 for a parent of high age: "een geïsoleerde situatie door het wegvallen van
    familieleden"; "omdat er geen andere gezinsleden de zorg voor jou kunnen opnemen" (panel
    103, z3: "Op die vraag vind ik geen antwoord")."""
    chat = _papa_in_maracaibo()
    reply = chat.say("Mijn vraag is: moet ik zeggen dat ik een [broer](relationship:sibling) "
                     "heb? Of is dat slecht voor mijn papa zijn dossier?")  # fmt: skip
    assert "geen ander familielid voor je papa kan zorgen" in reply, chat.transcript()


def test_mijn_partner_is_een_man__no_husband_beside_him():
    """ "Mijn partner is een man, daarom ben ik gevlucht" says who the partner is (panel 103, y3:
    "Hoe oud is je man?" and "• Je partner: 30 jaar • Je man: 30 jaar")."""
    chat = Chat(today=TODAY)
    chat.say("Ik ben [erkend vluchteling](sponsor_status:refugee) in België. Mijn [partner]"
             "(relationship:partner) woont nog in Uganda. Wij zijn niet getrouwd.")  # fmt: skip
    chat.say("Nee geen [kind](relationship:child). Mijn [partner](relationship:partner) is een "
             "[man](relationship:spouse), daarom ben ik gevlucht.")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["partner"], chat.transcript()
    assert chat.person("partner")["pronoun"] == "hij", chat.transcript()


def test_400_man_op_de_dugun__no_husband():
    """ "voor ons is da wel getrouwd hé. 400 man op de düğün" (panel 103, y4: "Hoe oud is je
    man?" to the husband, then a husband beside his wife and the polygamy answer)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben getrouwd deze zomer in turkije en wil mijn [vrouw](relationship:spouse) naar "
             "belgie halen. ik heb ne [C kaart](sponsor_status:third_country_national)")  # fmt: skip
    chat.say("wa? voor ons is da wel getrouwd hé. 400 [man](relationship:spouse) op de düğün. kan "
             "zeynep nu echt nie al gezinshereniging aanvragen met ons imam nikah?")  # fmt: skip
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()
    assert "je man" not in chat.transcript(), chat.transcript()


def _omar() -> Chat:
    """A former guardian for a Yemeni refugee of 18 (alone, 17 at his asylum application), his
    parents, sisters of 19 and 15 and brother of 10 in Sana'a (z2)."""
    chat = Chat(today=TODAY)
    chat.say("Hoi, ik was tot mei de voogd van een Jemenitische jongen (nu 18). Hij "
             "is begin november [erkend als vluchteling](sponsor_status:refugee). Hij wil zijn "
             "[ouders](relationship:parent) en zijn [broertje](relationship:sibling) en [zusjes]"
             "(relationship:sibling) naar België halen.", intent="check_eligibility")  # fmt: skip
    chat.say("Het gaat om Omar. Zijn beslissing van het CGVS is van [5 november 2026]"
             "(recognition_date:2026-11-05).")  # fmt: skip
    chat.say("Hij is [18](age), sinds 25 mei 2026.")
    chat.press("/affirm")  # jonger dan 18 bij de asielaanvraag
    chat.press("/affirm")  # alleen gekomen
    chat.say("De [zussen](relationship:sibling) zijn [17](age) en [15](age), en het [broertje]"
             "(relationship:sibling) is [10](age).")  # fmt: skip
    return chat


def test_ik_was_tot_mei_de_voogd__a_helper_writes():
    """ "ik was tot mei de voogd van een Jemenitische jongen" (panel 103, z2: "Op welke dag
    precies kreeg je je status?" to the guardian)."""
    chat = _omar()
    assert chat.state["writer"] == "helper", chat.transcript()


def test_fatima_is_19_huda_is_15_ali_is_10__the_sister_of_17_corrected():
    """ "Sorry, ik haal ze door elkaar: Fatima is 19, Huda is 15. Ali is 10" after "De zussen zijn
    17 en 15": the sister of 17 is 19, no parent of 19 (panel 103, z2)."""
    chat = _omar()
    chat.say("Nee, gewoon volle zus. Sorry, ik haal ze door elkaar: Fatima is [19](age) (12 "
             "februari 2007), Huda is [15](age). Ali is [10](age).")  # fmt: skip
    ages = sorted((p["relationship"], p["age"] or 0) for p in chat.people)
    assert ages == [("parent", 0), ("parent", 0), ("sibling", 10), ("sibling", 15), ("sibling", 19)]


def test_de_drie_kinderen_hebben_er_geen__his_brother_and_sisters_no_children():
    """ "de vader heeft een geldig paspoort tot 2028, de moeder een verlopen paspoort, en de drie
    kinderen hebben er geen": the client has no children; the three are his brother and sisters
    (panel 103, z2: three children added, the father's passport answered first)."""
    chat = _omar()
    chat.say("Nee, gewoon volle zus. Sorry, ik haal ze door elkaar: Fatima is [19](age), Huda is "
             "[15](age). Ali is [10](age).")  # fmt: skip
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("Dan de paspoorten: de [vader](relationship:parent) heeft een geldig paspoort "
                     "tot 2028, de [moeder](relationship:parent) een verlopen paspoort (2023), en de "
                     "drie [kinderen](relationship:child) hebben er geen. Kan het toch?",
                     intent="ask_travel_document")  # fmt: skip
    assert not [p for p in chat.people if p["relationship"] == "child"], chat.transcript()
    assert "Het paspoort van de moeder" in reply, chat.transcript()
    reply = chat.say("Ik bedoelde zijn [broertje](relationship:sibling) en [zusjes]"
                     "(relationship:sibling): Fatima ([19](age)), Huda ([15](age)) en Ali ([10]"
                     "(age)) hebben geen paspoort. Kunnen zij toch aanvragen?",
                     intent="ask_travel_document")  # fmt: skip
    assert len(chat.people) == 5, chat.transcript()


def test_k_schrijf_voor_mijn_mama_mijn_zus_en_mijn_oma__her_daughter_and_her_mother():
    """A son of 15 writes for his mother in Belgium: "mijn zus" is her daughter, "mijn oma" her
    mother, and "mama heeft papieren" is the client, no one who comes; the texts call them "je
    zus" and "je oma" (panel 103, y2: "De zus van je mama", "De mama van je mama: wil naar
    België komen")."""
    chat = Chat(today=TODAY)
    chat.say("hallo k schrijf voor mijn [mama](relationship:parent) zij spreekt nog nie goe "
             "nederlands. mijn [zus](relationship:sibling) zit in kenia bij mijn [oma]"
             "(relationship:grandparent) en wij willen da ze naar hier komt. [mama]"
             "(relationship:parent) heeft papieren sinds augustus.",
             intent="check_eligibility")  # fmt: skip
    chat.say("mama heeft [subsidiair](sponsor_status:subsidiary_protection) ofzo")
    chat.say("[oma](relationship:grandparent) is [68](age). maar het gaat over mijn [zus]"
             "(relationship:sibling) eh, zij is [17](age)")  # fmt: skip
    kinds = sorted((p["relationship"], p.get("writer_relationship")) for p in chat.people)
    assert kinds == [("child", "sibling"), ("parent", "grandparent")], chat.transcript()
    assert "je zus" in chat.transcript() and "zus van je mama" not in chat.transcript()


def test_al_12_jaar_ne_c_kaart_mijn_kozijn_moest_ook_niks_betalen__no_age_no_cousin():
    """ "ik heb al 12 jaar ne C kaart, is da dan nie gratis voor mij? mijn kozijn moest ook niks
    betalen": how long he has the card, and a cousin's experience (panel 103, y4: "Over wie gaat
    12 jaar?" and "Je familielid: wil naar België komen")."""
    chat = Chat(today=TODAY)
    chat.say("ik ben getrouwd deze zomer in turkije en wil mijn [vrouw](relationship:spouse) naar "
             "belgie halen. ik heb ne [C kaart](sponsor_status:third_country_national)")  # fmt: skip
    reply = chat.say("ik heb al [12](age) jaar ne C kaart, is da dan nie gratis voor mij? mijn "
                     "[kozijn](relationship:other_relative) moest ook niks betalen",
                     intent="ask_costs")  # fmt: skip
    assert "Over wie gaat" not in reply, chat.transcript()
    assert [p["relationship"] for p in chat.people] == ["spouse"], chat.transcript()


def test_het_is_de_zoon_van_zijn_vrouw_uit_haar_eerste_huwelijk__the_boy_of_15_is_the_stepson():
    """ "het kind van 15 (Ali) is NIET van mijn cliënt, het is de zoon van zijn vrouw uit haar
    eerste huwelijk" after he was told not to be the couple's child: the same boy, now "de zoon
    van de vrouw van je cliënt" (panel 103, y1: a second boy of 15 beside "Het kind van 15 jaar
    van je cliënt")."""
    chat = Chat(today=TODAY)
    chat.say("Ik ben maatschappelijk werker. Ik begeleid een man, [erkend vluchteling]"
             "(sponsor_status:refugee) sinds [19 januari 2026](recognition_date:2026-01-19). "
             "Zijn [vrouw](relationship:spouse) en 3 [kinderen](relationship:child) zitten in "
             "Caïro.")  # fmt: skip
    chat.say("de vrouw is [34](age), [officieel](marriage_type:official) getrouwd in 2013")
    chat.say("hij is [41](age)")
    chat.say("ja natuurlijk, getrouwd sinds 2013", intent="affirm")
    chat.say("de [oudste](relationship:child) is [15](age) (ali), dan mariam [12](age) en yousif "
             "[9](age)")  # fmt: skip
    chat.say("ja alle drie geboren lang voor hij vertrok", intent="affirm")
    chat.say("nee. Ali is enkel het kind van de vrouw, niet van mijn cliënt", intent="deny")
    chat.press('/inform{"custody":"sole"}')
    chat.answer_plainly({})
    chat.press("/deny")
    chat.say("het [kind](relationship:child) van [15](age) (Ali) is NIET van mijn cliënt, het is "
             "de [zoon](relationship:child) van zijn [vrouw](relationship:spouse) uit haar eerste "
             "huwelijk.")  # fmt: skip
    steps = [p for p in chat.people if p["relationship"] == "stepchild"]
    assert [(p["age"], p["word"]) for p in steps] == [(15, "zoon")], chat.transcript()
    assert len(chat.people) == 4, chat.transcript()


def test_stel_we_zijn_officieel_getrouwd__a_supposition_with_the_spouses_right():
    """ "STEL we zijn officieel getrouwd (resmi nikah april). welke voorwaarden dan?" after an
    imam marriage: the marriage stays religious, and seed 001's right of a spouse, "U bent
    beiden ouder dan 21 jaar", is told (panel 103, y4: "Je vrouw: officieel getrouwd" stored,
    then the humanitarian visa's income)."""
    chat = Chat(today=TODAY)
    chat.say("ik ben getrouwd deze zomer in turkije en wil mijn [vrouw](relationship:spouse) naar "
             "belgie halen. ik heb ne [C kaart](sponsor_status:third_country_national)")  # fmt: skip
    chat.say("ze is [20](age), ze wordt 21 op 14 mei")
    chat.say("[religieus](marriage_type:religious_or_customary) getrouwd, imam nikahi in augustus")
    chat.press("/deny")
    chat.say("ik ben [29](age)")
    chat.answer_plainly({})
    chat.say("ja dat klopt", intent="affirm")
    reply = chat.say("STEL we zijn [officieel](marriage_type:official) getrouwd (resmi nikah "
                     "april). welke voorwaarden dan? is mijn loon 2280 netto genoeg?")  # fmt: skip
    assert chat.person("spouse")["facts"]["marriage"] == "religious_or_customary"
    assert "recht op gezinshereniging als echtgenoot" in reply and "21 jaar" in reply, reply
    assert "Voor een humanitair visum legt de wet geen vast inkomen op" not in reply, reply
