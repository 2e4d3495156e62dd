"""Word lists the conversation reads: who a sentence is about, yes/no, restart, corrections.

Where they come from: the phrasings of issue 12's eighteen test conversations (9 personas in
standard Dutch, 9 in Flemish chat style) and of the blind conversation set in
bench/conversations/, plus the standard Dutch, Flemish, French and English equivalents. All
entries are folded (lower case, no accents: `samen_rasa.nlu.folding.fold`). Relationship
words themselves are not listed here: the NLU tags them (`relationship` entity); these lists
only say *whose* relative a tagged word is and what the clause around it says about them.
"""

from __future__ import annotations

import re

# --- possessives before a relationship word ------------------------------------------------
# the writer's own relative: "mijn vrouw", "mn zoon", "men baby", "onze kinderen", "mon mari"
WRITER_POSSESSIVES = frozenset(
    {"mijn", "mn", "m'n", "men", "me", "mijne", "myn", "min", "onze", "ons", "my", "mon", "ma",
     "mes", "our", "nos", "notre", "m",
     "mi", "mis", "nuestra", "nuestro"}  # Spanish "mi mamá" (panel 128, u5: not stored)
)  # fmt: skip
# of the couple together: "onze kinderen" are common children
COUPLE_POSSESSIVES = frozenset({"onze", "ons", "our", "nos", "notre", "onzen"})
# someone else's relative: "zijn papa", "haar dochter", "hun moeder" ("de baby" is no owner)
THIRD_POSSESSIVES = frozenset(
    {"zijn", "z'n", "zn", "zijne", "haar", "hare", "hun", "his", "her", "their", "son", "sa",
     "ses", "leur", "leurs", "diens"}
)  # fmt: skip

# --- what a clause says about the person named in it ---------------------------------------
# deceased or missing: not an applicant ("mijn ouders zijn dood")
DECEASED = frozenset(
    {"dood", "doden", "overleden", "gestorven", "vermist", "verdwenen", "omgekomen", "mort",
     "morte", "morts", "decede", "decedee", "dead", "died", "deceased", "missing", "wijlen"}
)  # fmt: skip
# no one is older: a larger number after "sinds" or in a date is a year ("getrouwd sinds 2022")
OLDEST_AGE = 120
# already in Belgium: the sponsor or context, not an applicant ("mijn vrouw is al hier")
IN_BELGIUM = (
    "al hier", "is hier", "zijn hier", "woont hier", "wonen hier", "al in belgie",
    "woont in belgie", "wonen in belgie", "is in belgie", "zit in belgie", "zit hier",
    "in belgie woont", "hier in belgie", "al in belgium", "in belgium", "est en belgique",
    "sont en belgique", "vit en belgique", "est deja ici", "est ici", "already here",
    "lives in belgium", "woont al in", "verblijft in belgie", "ook in belgie",
    "woont al bij mij", "woont bij mij", "al bij mij", "bij mij in", "hier bij mij",
    "al bij ons", "woont bij ons", "naar belgie gevlucht", "naar belgie gekomen",
    "in belgie erkend", "hier erkend", "naar belgie gegaan", "naar belgie gereisd",
    "naar belgie vertrokken", "in belgie asiel", "asiel in belgie", "ik kwam met",
    "ik ben gekomen met", "kwam samen met", "samen gekomen", "ik kwam hier met",
    # "ik heb ook nog 2 kinderen hier" (panel 70, g4: "Hoe oud is je tweede kind?")
    "kinderen hier", "kind hier", "zoon hier", "dochter hier", "zonen hier", "dochters hier",
)  # fmt: skip
# "het gaat over haar dochter": the person named after it is the one the question is about
TOPIC_MARKERS = ("gaat over", "gaat om", "het is voor", "is voor", "vraag voor", "gaat het om")
# hearsay: "ik hoorde van een vriend dat ...": the friend is no partner
HEARSAY = ("van een vriend", "van vriend", "van mijn vriend", "gehoord", "hoorde", "zei dat",
           "zegt dat", "vertelde", "volgens",
           # "mijn vriend zei het pas vorige week" (panel 19, k5: "Je vriend: wil ... komen")
           "zei het", "zei me", "zei mij", "zegt het", "heeft gezegd", "heeft het gezegd",
           "vertelt")  # fmt: skip

# the writer's own place in Belgium, no relative's: "ze zijn geboren toen ik al in belgie was"
# (panel 3, b3: the twins were taken for people in Belgium)
WRITER_IN_BELGIUM = ("ik al in belgie", "ik in belgie", "ik al hier", "ik hier",
                     # "mijn dochter is geboren na mijn aankomst in belgie" (panel 69, h5)
                     "mijn aankomst in belgie", "zijn aankomst in belgie",
                     "haar aankomst in belgie", "de aankomst in belgie", "ik kwam in belgie",
                     "ik in belgie kwam", "ik naar belgie kwam")  # fmt: skip
# one age for a group: "onze tweeling, 1 jaar" (anywhere in the message), or W.ALL_OF_THEM
# right before the age ("allebei 1 jaar")
TWIN_WORDS = ("tweeling", "tweelingen", "twins", "jumeaux")
# "onze tweeling ... jongen en meisje": the words of two children named together, in order
# (panel 3, b3)
SEX_WORDS = {"jongen": "zoon", "jongetje": "zoon", "meisje": "dochter", "meiske": "dochter",
             "boy": "zoon", "girl": "dochter", "garcon": "zoon"}  # fmt: skip
# the words of an age said alone before its person ("11 jaar, mijn zoon": panel 3, a1)
AGE_UNIT_WORDS = frozenset({"jaar", "jaren", "j", "jr", "oud", "ans", "years", "year"})
# the bond existed before the sponsor left: "getrouwd in 2019, voor ik weg ging"
BEFORE_ARRIVAL = ("voor ik kwam", "voor ik naar hier kwam",  # (panel 58, g2)
                  # a helper of the one in Belgium: "geboren voor hij naar belgie kwam" (h3)
                  "voor hij naar belgie kwam", "voor zij naar belgie kwam",
                  "voor ze naar belgie kwam", "voor hij hier kwam", "voor hij vertrok",
                  "voor ik weg ging", "voor ik wegging", "voor ik vertrok", "voor mijn vertrek",
                  "voor ik naar belgie kwam", "voor ik hier kwam", "voor mijn vlucht",
                  "voor de vlucht", "voor ik vluchtte", "al voor ik", "nog in ons land",
                  "in ons land getrouwd", "in het thuisland", "avant mon depart",
                  "before i left", "before i came", "al geboren toen ik", "al geboren voor",
                  "waren al geboren", "was al geboren", "zijn al geboren")  # fmt: skip
# one answer for the whole group: "ja ze waren allebei al geboren", "ja allebei van ons
# samen" (panel 3, a1: the same question came back for the second child)
ALL_OF_THEM = ("allebei", "beide", "alle kinderen", "alle twee", "alle drie", "allemaal",
               "allebeide", "alle 2", "alle 3", "both", "all of them", "tous les deux",
               # "ja alles voor. kinderen ook geboren in syrie" (panel 58, g2)
               "alles voor", "alles van voor",
               # "ja van mij en hun papa": the children's one other parent (panel 40, h4)
               "hun papa", "hun vader", "hun mama", "hun moeder")  # fmt: skip
# "ja alle 4 van ons samen" (panel 23, s5)
ALL_FOUR = ("alle 4", "alle vier", "alle 5", "alle vijf", "alle 6", "alle zes", "ze allemaal")
# a child born after the sponsor came: "ze zijn geboren nadat ik naar belgie kwam" (seed 003:
# the favourable conditions need "de afstamming ... vóór zijn aankomst in België"); only
# in a sentence that says "geboren"
BORN = ("geboren", "geboorte", "born")
AFTER_ARRIVAL = ("nadat ik", "na mijn aankomst", "na mijn komst", "toen ik al in belgie",
                 "toen ik hier al", "toen ik al hier", "terwijl ik in belgie", "terwijl ik hier",
                 "toen ik in belgie was", "na mijn vertrek", "nadat ik vertrokken",
                 "nadat ik weg", "after i left", "after i came",
                 # "ik was al in belgie toen we trouwden" (panel 73, g2)
                 "ik was al in belgie", "was ik al in belgie", "na dat ik",
                 # "Dus na aankomst." of a helper's client (panel 75, h3)
                 "na aankomst", "na zijn aankomst", "na haar aankomst",
                 "ik was al hier",
                 # "bij de imam getrouwd in 2019. ik was toen al in belgie" (panel 78, g2)
                 "ik was toen al in belgie", "ik was toen al hier", "ik zat toen al in belgie",
                 "ik zat al in belgie")  # fmt: skip
# a couple who met after the writer came: "we kenden elkaar niet voor ik naar belgie kwam" (seed
# 003: the bond must exist "vóór zijn aankomst in België"; panel 102, w5: read as before)
MET_AFTER_ARRIVAL = ("kenden elkaar niet voor", "kenden elkaar nog niet", "kende haar niet voor",
                     "kende hem niet voor", "kende haar nog niet", "kende hem nog niet",
                     "leerden elkaar kennen na", "leerden elkaar pas", "elkaar pas leren kennen",
                     "elkaar hier leren kennen", "leerden elkaar hier kennen",
                     "elkaar leren kennen na", "pas na mijn aankomst", "pas nadat ik",
                     "niet voor ik naar belgie", "niet voor ik hier")  # fmt: skip
# a marriage told in the same sentence as an arrival before it (seed 003: the favourable
# conditions need the bond "vóór zijn aankomst in België")
MARRIED = ("getrouwd", "trouwden", "trouwde", "trouwen", "huwelijk", "married", "imam", "moskee")

# --- who writes -----------------------------------------------------------------------------
# a social worker or volunteer writing for a client (besides the NLU's CLIENT_NOUNS): the
# writer says she writes for someone ("ik schrijf voor", "ik begeleid") or names a helper's
# role as her own (HELPER_ROLES after a claim: "ik ben maatschappelijk werker", "als sociaal
# assistent") or her workplace ("ik werk bij het ocmw"). A mention of the OCMW, a leefloon or
# "mijn sociaal werker" is no such evidence (panel 3, a4 and b3: "leefloon van het ocmw" made
# the sponsor "je cliënt"). Origin: the blind set's helper conversations, panel 3.
HELPER_CUES = (
    "ik schrijf voor", "schrijf namens", "ik vraag dit voor", "in naam van", "ik begeleid",
    "wij begeleiden", "we begeleiden", "ik help iemand", "voor iemand anders", "ik ben voogd",
    "ik ben de voogd", "als voogd", "help een cursist", "help een cursiste",
    # a foster parent writes for the minor refugee in her care ("'k ben pleegmoeder van een
    # jongen uit Guinee, hij is 17 en erkend"; panel 112, t4)
    "pleegmoeder van", "pleegmama van", "pleegvader van", "pleegpapa van", "pleegouder van",
    "pleeggezin van", "pleegouders van",
    # typing for someone on a phone ("ik typ voor mijn papa"; stop 44, q4)
    "ik typ voor", "k typ voor", "ik tik voor", "typ dit voor", "typ namens", "ik typ dit voor",
    # an employer ("ik ben marleen van de bakkerij ... ik heb nen werkman rahim"; panel 117, v5:
    # "Jij: Belg", "Je vrouw")
    # English ("I am his daughter, I type for him"; panel 117, v3: "Jij: erkend vluchteling")
    "i type for", "i write for", "i am typing for", "i'm typing for", "im typing for",
    "i am writing for", "i'm writing for",
    "ik heb een werkman", "ik heb nen werkman", "ik heb ne werkman", "ik heb een werknemer",
    "ik heb nen werknemer", "ik heb ne werknemer", "mijn werkman", "onze werkman",
    "ik ben de bazin", "ik ben zijn bazin", "ik ben de baas", "ik ben zijn baas",
    "ik ben zijn werkgever", "ik ben de werkgever", "ik ben werkgever", "ik ben werkgeefster",
)  # fmt: skip
HELPER_ROLES = (
    "maatschappelijk werker", "maatschappelijk werkster", "maatschappelijk assistent",
    "maatschappelijk assistente", "sociaal assistent", "sociaal assistente", "sociaal werker",
    "sociaal werkster", "hulpverlener", "hulpverleenster", "begeleider", "begeleidster",
    "trajectbegeleider", "vrijwilliger", "vrijwilligster", "voogd", "assistant social",
    "assistante sociale", "social worker", "case worker", "caseworker",
    # "ik ben lesgeefster NT2 in Leuven en help een cursist uit Pakistan" (panel 109, q5: "Wat
    # is jouw verblijfsstatus in België?")
    "lesgeefster", "lesgever", "leerkracht", "leraar", "lerares", "docent", "docente",
    "taalcoach", "buddy", "mentor", "juriste", "jurist", "paralegal", "advocaat",
)  # fmt: skip
# the claim before a role: "ik ben (een/de) ...", "ik werk als ...", "als ..."
HELPER_CLAIMS = ("ik ben", "k ben", "ik werk als", "ik ben hier", "als", "je suis", "i am",
                 "i'm", "im", "i work as",
                 # "ik was tot mei de voogd van een Jemenitische jongen" (panel 103, z2)
                 "ik was", "k was", "ik ben nog", "ik was vroeger",
                 "ik ben sinds kort")  # fmt: skip
# "ik werk bij het ocmw", "ik werk voor de sociale dienst"
HELPER_WORKPLACES = ("ocmw", "cpas", "sociale dienst", "opvangcentrum", "fedasil",
                     "rode kruis", "croix-rouge", "caritas", "vluchtelingenwerk")  # fmt: skip
HELPER_AT = ("ik werk bij", "ik werk voor", "ik werk in", "ik werk op", "wij van", "we van",
             "ik bel vanuit", "ik schrijf vanuit", "ik ben van")  # fmt: skip
# the writer says she is no helper: "ik ben geen cliënt, het gaat over mij", "ik ben zelf de
# vluchteling" (panel 3, a4 and b3); turns a helper conversation back to the sponsor's
# the writer still helps someone else, though "geen cliënt" ("ik ben gewoon zijn buurman en
# help als vrijwilliger"; panel 62, g16: "Jij: erkend vluchteling")
STILL_HELPING = ("vrijwilliger", "ik help", "help als", "zijn buurman", "haar buurman",
                 "zijn buurvrouw", "haar buurvrouw")  # fmt: skip
NOT_HELPER = ("geen client", "geen cliente", "niet de client", "geen klant",
              "geen sociaal", "geen maatschappelijk", "geen hulpverlener", "geen begeleider",
              "gaat over mij", "gaat over mezelf", "gaat over mijzelf", "gaat om mij",
              "voor mezelf", "voor mijzelf", "ik ben zelf de", "ik ben het zelf",
              "ik ben zelf erkend", "ik ben zelf vluchteling", "over mezelf",
              # "ik schrijf voor ons 3": the daughter for herself and her siblings (panel 25, j5)
              # not "voor ons is ze gewoon mijn zus" (panel 108, n4)
              "schrijf voor ons", "vraag voor ons", "voor ons 3", "voor ons drie", "voor ons twee",
              "voor ons allemaal",
              # "wie is cliënt? ik ben oma, ik schrijf zelf" (panel 51, h8)
              "ik schrijf zelf", "wie is client", "wie is de client")  # fmt: skip
# the writer is abroad and asks for herself ("mijn man is erkend vluchteling, kan ik komen?")
# words that can follow a person's word but are never a first name ("mijn dochter woont ...")
# (dialogue.reading._aliases); a first name must also come back later in the same message
NOT_NAMES = frozenset({
    "is", "en", "van", "in", "heeft", "hebben", "wordt", "word", "woont", "wonen", "zit",
    "zitten", "die", "dat", "de", "het", "een", "nog", "ook", "al", "niet", "wil", "willen",
    "kan", "kunnen", "moet", "moeten", "zijn", "haar", "hem", "hij", "zij", "ze", "met", "bij",
    "op", "naar", "uit", "daar", "hier", "jaar", "komen", "komt", "kwam", "was", "waren",
    "werd", "leeft", "leven", "blijft", "heet", "maar", "want", "dus", "of", "te", "voor",
    "na", "over", "als", "toen", "nu", "wel", "geen", "mijn", "onze", "ons", "jullie",
    "verblijft", "mag", "mogen", "gaat", "gaan", "ging", "staat", "ben", "bent", "had",
    "heb", "hebt", "zal", "zou", "kreeg", "krijgt", "erkend", "vluchteling", "belgie",
    "nieuw", "oude", "jonge", "kleine", "grote", "oudste", "jongste", "eerste", "tweede",
    "derde", "alleen", "samen", "thuis", "daarna", "eerst", "sinds", "tot",
    # "nu is mijn papa helemaal alleen" (panel 103, z3: "helemaal" kept as his first name)
    "helemaal", "echt", "heel", "erg", "zeer", "ziek", "nogal", "soms", "vaak", "altijd",
})  # fmt: skip
APPLICANT_CUES = (
    "ik woon in", "kan ik en", "kunnen ik en", "naar hem komen", "naar haar komen",
    "ik wil komen", "wil ik komen", "wij willen komen", "we willen komen", "ik wil met",
    "willen naar hem", "willen naar haar", "wij zijn in", "we zijn in", "ik ben de mama",
    "ik ben de moeder", "ik ben de papa", "ik ben de vader",
    "kan ik", "mag ik", "kan ik ook", "wil ik", "ik wil naar", "ik wil ook naar", "ik zit nog",
    "ik zit in", "ik woon nog", "ik ben nog in", "puis-je", "je peux", "je veux venir",
    "can i", "may i", "i want to come", "kunnen wij komen", "kunnen we komen", "ik kom",
    "en ik ook",
    # "ik en ons meisje van 4 willen naar haar toe komen" (panel 104, z4)
    "naar haar toe", "naar hem toe", "bij haar komen", "bij hem komen", "bij haar gaan wonen",
    "bij hem gaan wonen",
    # English (panel 117, z2: "me and our children are in kampala uganda. how we come?")
    "how we come", "how can we come", "how can i come", "i am his wife", "i am the wife",
    "i am his husband", "i am her husband",
    # "me and our 2 kids are in kampala. how do we join him pls" (panel 124, z2: "Jij: erkend
    # vluchteling" through five corrections)
    "join him", "join her", "join my husband", "join my wife", "i never came",
    "i want to join", "we want to join", "come to him", "come to her",
    "i am the family member",
)  # fmt: skip

# --- answers ---------------------------------------------------------------------------------
YES = frozenset(
    {"ja", "jaa", "jaaa", "jah", "ja hoor", "jep", "jup", "yes", "yep", "yeah", "oui", "ok",
     "oke", "okay", "okee", "klopt", "da klopt", "dat klopt", "juist", "correct", "zeker",
     "natuurlijk", "tuurlijk", "inderdaad", "akkoord", "goed", "is goed", "da's goed",
     "dat is goed", "prima", "uiteraard", "ja zeker", "ja dat klopt", "allee ja", "wel",
     "jawel", "ja da klopt", "d'accord", "si", "sure", "absoluut"}
)  # fmt: skip
NO = frozenset(
    {"nee", "neen", "neeje", "neej", "nein", "nope", "no", "non", "niet", "helemaal niet",
     "klopt niet", "da klopt niet", "dat klopt niet", "nee hoor", "zeker niet", "neenee",
     "nee nee", "nooit", "never", "niet akkoord", "pas d'accord", "helaas niet", "ni", "nie",
     "nog niet", "nog geen"}
)  # fmt: skip
# words that may follow a yes/no and still leave it a plain yes/no ("nee hoor", "ja hoor")
FILLERS = frozenset({"hoor", "hé", "he", "eh", "zeker", "allee", "ja", "nee", "echt",
                     "wel", "toch", "dus", "sorry", "maar", "please", "aub", "a.u.b"})  # fmt: skip
# custody answers in free words ("wij samen natuurlijk", "alleen ik", panel 3 b2: "wij delen")
SHARED_CUSTODY = ("samen", "allebei", "wij twee", "wij delen", "we delen", "delen het",
                  "we allebei", "gedeeld", "beide", "ensemble",
                  "both", "zijn papa en ik", "haar papa en ik", "zijn mama en ik",
                  "haar mama en ik")  # fmt: skip
# the child's parents are not together: custody and the other parent's consent matter (seed
# 003: "Indien de ouders van de aanvrager gescheiden zijn"; panel 40, h4: "ja van mij en hun
# papa. we zijn niet getrouwd. hij woont in guinee")
PARENTS_APART = re.compile(
    r"\b(?:gescheiden|uit elkaar|niet meer samen|niet samen|geen koppel|niet mijn partner|"
    r"niet mijn man|niet mijn vrouw|(?:hij|zij|ze) komt niet mee)\b"
    r"|\b(?:papa|vader|mama|moeder)\b[^.?!]{0,15}\b(?:woont|blijft|leeft)\b"
    r"|\bniet getrouwd\b[^?!]{0,30}\b(?:hij|zij|ze) (?:woont|blijft|leeft)\b"
)
# the children's one other parent, so an answer about custody holds for all of them
THE_CHILDRENS_PARENT = re.compile(
    r"\bhun (?:papa|vader|mama|moeder)\b|\bvoor (?:allebei|beide|alle)\b"
)
# the family cannot live together in the country of origin (seed 000: "het gezinsleven niet
# verdergezet kan worden in het herkomstland"; panel 40, g2)
CANNOT_RETURN = ("kan niet terug", "kunnen niet terug", "niet terugkeren", "niet terug naar",
                 "daar niet samen leven", "daar niet samenleven",
                 "niet samen leven daar")  # fmt: skip
# the papers are not all there yet (seed 002: "ongeacht het feit of zijn dossier volledig of
# onvolledig is"; panel 40, g3)
INCOMPLETE_FILE = ("niet compleet", "niet volledig", "onvolledig", "niet alle papieren",
                   "niet alle paperen", "niet alle documenten", "papieren nog niet",
                   "paperen nog niet", "documenten nog niet", "nog niet alle papieren",
                   "papieren niet klaar", "niet klaar met de papieren",
                   # "en papieren zijn niet allemaal klaar" (panel 55, d2)
                   "niet allemaal klaar")  # fmt: skip
# a travel document named ("samir is zijn paspoort kwijt, wat nu": panel 40, h1)
TRAVEL_DOCUMENT_WORDS = ("paspoort", "reisdocument", "laissez-passer", "laissez passer",
                         "doorlaatbewijs", "passport")  # fmt: skip
# which papers prove a condition (seed 004's lists; panel 40, h2, g4)
WHICH_PROOF = ("welk bewijs", "welke bewijzen", "welke papieren", "welke documenten",
               "wat moet ik daarvoor tonen", "wat moet ik tonen", "wat moet ik geven",
               "welke paperen", "welk papier", "loonbrieven?", "loonfiches?",
               # "ik woon nu in een studio. moet ik eerst verhuizen?" (panel 40, h4)
               "eerst verhuizen", "moet ik verhuizen",
               # "moet mijn inkomen van de laatste 12 maanden zijn of volstaat een
               # pensioenfiche van deze maand?" (panel 40, g4)
               "volstaat een", "of volstaat")  # fmt: skip
HOUSING_TOPIC = (" woning", " huis ", " huis?", " huis,", " huis.", "appartement", "huurcontract",
                 " studio")  # fmt: skip
INCOME_TOPIC = ("inkomen", " loon", "loonbrie", "loonfiche", "mijn werk", "pensioen")
INSURANCE_TOPIC = ("verzekering", "mutualiteit", "ziekenfonds", "mutuelle")
# the unaccompanied minor lives with a foster family (panel 40, g5)
FOSTER_FAMILY = ("pleeggezin", "pleegouder", "pleegmoeder", "pleegvader", "pleeggezien")
# asking for advice ("raad je aan om een advocaat in te schakelen?"; panel 40, g5)
ADVICE_ASKED = ("raad je aan", "raad jij aan", "raad je me aan", "aanraden", "aan te raden",
                "is het beter om", "is het slim om", "inschakelen?")  # fmt: skip
# the form of the other parent's consent (seed 004; panel 41, h1)
CONSENT_FORM = ("brief genoeg", "notaris", "naar een rechter", "naar de rechter",
                "verklaring genoeg", "een brief of", "handgeschreven", "papier genoeg",
                # "dus een brief van hem is assez? geen jugement nodig?", "moet Chantal een
                # vonnis over het hoederecht vragen aan de rechter?" (panel 85, k5)
                "brief van hem", "brief van haar", "geen jugement", "jugement de garde",
                "een jugement", "vonnis over het hoederecht", "vonnis vragen",
                "aan de rechter",
                # "wat moet nour haar mama dan precies tekenen? gewoon een briefje of moet da via
                # de rechtbank?" (panel 98, s3)
                "een briefje", "via de rechtbank", "precies tekenen", "wat moet ze tekenen",
                "wat moet hij tekenen")  # fmt: skip
# a question about custody ("ook al heb ik geen hoederecht?"; panel 68, g4)
CUSTODY_WORDS = ("hoederecht", "recht van bewaring", "voogdij", "hoede")
# no one (of the writer's side) has custody: a grandparent without a judgment (panel 29, b5)
NO_ONE_HAS_CUSTODY = ("niemand heeft", "niemand officieel", "geen hoederecht",
                      "heb het hoederecht niet", "heb geen voogdij",
                      # a grandparent: "niemand van ons, de ouders hebben het" (panel 68, g4)
                      "niemand van ons", "de ouders hebben het", "haar ouders hebben het",
                      "zijn ouders hebben het", "de ouders hebben het hoederecht",
                      "haar ouders hebben het hoederecht", "zijn ouders hebben het hoederecht",
                      "hoederecht hebben haar ouders", "hoederecht hebben zijn ouders",
                      "hoederecht hebben de ouders", "ligt bij de ouders",
                      "ligt bij haar ouders", "ligt bij zijn ouders")  # fmt: skip
SOLE_CUSTODY = ("alleen ik", "ik alleen", "enkel ik", "ik heb het alleen", "alleen mij",
                # "ik zorg alleen voor haar, maar er is geen beslissing" (panel 62, h13)
                "ik zorg alleen", "zorg alleen voor",
                "moi seul", "only me", "volledig ik", "exclusief", "vrouw alleen", "man alleen",
                "zij alleen", "hij alleen", "alleen zij", "alleen hij", "alleen de mama",
                "alleen de papa", "alleen mijn vrouw", "alleen mijn man", "enkel mijn vrouw",
                "enkel mijn man", "volledig hoederecht", "alleen het hoederecht",
                # "mijn vrouw heeft het hoederecht, niet ik" of her daughter (panel 20, m4)
                "mijn vrouw heeft het", "mijn man heeft het", "mijn vrouw heeft hoederecht",
                "mijn man heeft hoederecht", "alleen mijn partner", "mijn partner alleen",
                "verdwenen", "is weg", "geen contact",
                # a social worker: "Alleen cliënte, er is geen vader in beeld" (panel 35, f2)
                "alleen cliente", "alleen client", "alleen mijn cliente",
                "alleen mijn client", "alleen de moeder", "alleen de vader",
                "geen vader in beeld", "geen moeder in beeld", "vader is onbekend",
                "vader onbekend")  # fmt: skip
# the other parent died or is gone: whoever is left has sole custody (a free answer)
OTHER_PARENT_GONE = ("papa is dood", "vader is dood", "mama is dood", "moeder is dood",
                     "papa is overleden", "vader is overleden", "mama is overleden",
                     "moeder is overleden", "papa is gestorven", "vader is gestorven",
                     "mama is gestorven", "moeder is gestorven", "andere ouder is dood",
                     "andere ouder is overleden")  # fmt: skip
# the couple's own children: "wij hebben 2 kinderen", "we hebben samen een zoon"
COMMON_CHILD_CUES = ("wij hebben", "we hebben", "samen hebben we", "samen een", "van ons twee",
                     "van ons samen", "onze gemeenschappelijke", "van ons 2",
                     "van ons beiden",
                     # "alle 4 zijn van mij en mijn vrouw samen" (panel 56, e4)
                     "van mij en mijn vrouw", "van mij en mijn man",
                     "van mij en mijn partner")  # fmt: skip
OFFICIAL_MARRIAGE = ("officieel", "gemeentehuis", "stadhuis", "burgerlijk", "wettelijk",
                     "civil", "officiel", "papieren", "rechtbank", "geregistreerd",
                     "bij de rechter")  # fmt: skip
# courts that may or may not be a country's civil registry (seed 000: "Dit kan nagegaan
# worden aan de hand van de wetgeving van dit land"; panel 37, h4)
RELIGIOUS_COURTS = ("sharia rechtbank", "sharia-rechtbank", "shariarechtbank",
                    "islamitische rechtbank", "religieuze rechtbank", "kerkelijke rechtbank",
                    "rechtbank van de sjeik", "rechtbank van de sheikh")  # fmt: skip
RELIGIOUS_MARRIAGE = ("religieus", "moskee", "kerk", "imam", "mullah", "molla", "traditioneel",
                      "gewoonte",
                      "nikah", "sheikh", "sjeik", "pastoor", "religious", "religieux",
                      "coutumier", "customary")  # fmt: skip

# status answers in free words, when the NLU tagged none (checked in this order)
ASYLUM_SEEKER_WORDS = ("asiel loopt", "asielaanvraag loopt", "wacht op de beslissing",
                       "wacht nog", "nog geen beslissing", "nog geen antwoord", "asielzoeker",
                       "procedure loopt", "oranje kaart", "demandeur d'asile")  # fmt: skip
SUBSIDIARY_WORDS = ("subsidiair", "subsidiaire")
REFUGEE_WORDS = ("vluchteling", "erkend", "refugie", "refugee")
BELGIAN_WORDS = ("belg", "belgische nationaliteit", "belge")
EU_WORDS = ("eu-burger", "eu burger", "europeaan", "europese unie",
            # the writer's EU nationality answers the status question ("ik ben spaans, werk
            # hier in brussel"; panel 80, h2: "Sorry, dat begreep ik niet goed")
            "ik ben spaans", "ik ben spaanse", "ik ben spanjaard", "ik ben frans",
            "ik ben franse", "ik ben fransman", "ik ben italiaan", "ik ben italiaans",
            "ik ben italiaanse", "ik ben portugees", "ik ben portugese", "ik ben pools",
            "ik ben poolse", "ik ben roemeens", "ik ben roemeense", "ik ben duits",
            "ik ben duitse", "ik ben nederlander", "ik ben nederlandse", "ik ben bulgaars",
            "ik ben bulgaarse", "ik ben grieks", "ik ben griekse", "ik ben hongaars",
            "ik ben hongaarse", "ik ben litouws", "ik ben litouwse", "ik ben lets",
            "ik ben letse", "ik ben slowaaks", "ik ben slowaakse", "ik ben tsjech",
            "ik ben tsjechisch", "ik ben ier", "ik ben iers", "ik ben ierse",
            "ik ben luxemburger", "ik ben oostenrijker", "ik ben zweed", "ik ben fin",
            "ik ben deen", "ik ben kroaat", "ik ben sloveen", "ik ben est")  # fmt: skip
# a temporary stay the seeds do not cover (a student's card): no status to assess, and never
# "third_country_national" by "verblijfskaart" (panel 18, e5 was told "recht")
TEMPORARY_STAY_WORDS = ("studentenkaart", "studenten kaart", "studentenvisum", "student visum",
                        "studentenverblijf", "ik ben student", "ik studeer", "als student",
                        "tijdelijk verblijf", "tijdelijke verblijfskaart",
                        # "voor mijn master aan de KU Leuven" (panel 94, p4)
                        "voor mijn master", "voor mijn studie", "voor mijn studies",
                        "mijn master", "mijn bachelor", "mijn doctoraat",
                        "verblijf is tijdelijk", "kaart is tijdelijk",
                        # temporary protection (Ukraine): no rule in the seeds either (panel
                        # 49, g5: "Ander verblijf" gave the husband art. 10's right)
                        "tijdelijke bescherming", "tijdelijke beschermingsstatus",
                        "temporary protection")  # fmt: skip
# a temporary card for work is no student's stay (panel 34, c4: "mijn A kaart is tijdelijk (1
# jaar, met arbeidskaart)" read as "tijdelijk verblijf (bijvoorbeeld student)")
WORK_PERMIT_WORDS = ("arbeidskaart", "werkvergunning", "single permit", "gecombineerde "
                     "vergunning", "voor mijn werk", "arbeidscontract")  # fmt: skip
# the writer a student ("ik zei toch student, A kaart"; panel 27, b3), not a relative who
# studies ("mijn vrouw is studente in rabat")
STUDENT_SELF = re.compile(
    r"(?:^|[.!?,]\s*|\bik\s+(?:ben\s+|zei\s+toch\s+|zeg\s+toch\s+)?(?:een\s+)?|\bals\s+"
    r"|\btoch\s+|\bgewoon\s+)student(?:e|en)?\b"
)
RESIDENCE_WORDS = ("b-kaart", "b kaart", "a-kaart", "a kaart", "verblijfskaart",
                   "verblijfsvergunning", "werkvergunning", "single permit", "k-kaart",
                   # the status button's title typed, as a messaging channel sends it (panel
                   # 47, g3: "Sorry, dat begreep ik niet goed")
                   "ander verblijf", "onbeperkt verblijf", "beperkt verblijf",
                   # "ik heb een verblijf van onbeperkte duur" (panel 73, h5)
                   "verblijf van onbeperkte duur", "verblijf van onbepaalde duur",
                   "verblijfsrecht van onbeperkte duur")  # fmt: skip

# --- restart, corrections, help --------------------------------------------------------------
# a message that is ONLY a request to start over (after politeness words are dropped)
RESTART_PHRASES = frozenset(
    {"opnieuw", "opnieuw beginnen", "begin opnieuw", "herbeginnen", "herbegin", "herstart",
     "herstarten", "reset", "restart", "start over", "nieuw gesprek", "alles opnieuw",
     "van voor af aan", "van vooraf aan", "alles wissen en opnieuw", "recommencer",
     "opnieuw starten", "nog eens van vooraf", "terug van nul", "from the start", "reset aub"}
)  # fmt: skip
POLITENESS = frozenset({"aub", "a.u.b", "alstublieft", "alsjeblieft", "astublieft", "graag",
                        "ik", "wil", "wil graag", "we", "wij", "kunnen", "kan", "laten", "mag",
                        "please", "svp", "eens", "even", "nu", "dan", "ok", "oke",
                        "ja"})  # fmt: skip
CORRECTION_CUES = ("sorry", "ik bedoel", "bedoelde", "mis getypt", "verkeerd getypt", "fout",
                   "klopt niet", "wacht", "oeps", "pardon", "ik vergis", "vergist", "correctie",
                   "verbetering", "niet juist", "typfout", "nee,", "neen,")  # fmt: skip
NOT_UNDERSTOOD = ("snap het niet", "snap ik niet", "begrijp het niet", "begrijp ik niet",
                  "wat bedoel je", "wat wil dat zeggen", "wat betekent", "versta het niet",
                  "ik weet het niet", "weet niet", "geen idee", "je ne comprends",
                  "i don't understand",
                  "dont understand", "uitleg", "leg uit")  # fmt: skip
HELP = frozenset({"help", "hulp", "helpen", "aide", "help me", "hallo?", "?", "??", "menu"})
ON_BEHALF_CONSENT = ("gaat akkoord", "is akkoord", "gaan akkoord", "geeft toestemming",
                     "heeft toestemming", "geeft akkoord", "voor hem akkoord", "voor haar akkoord",
                     "in zijn naam", "in haar naam")  # fmt: skip

# the privacy notice's own command and its plain variants: an erasure in any message, whatever
# intent the NLU gave it ("dit klopt niet ... wis mijn gegevens, ik begin opnieuw"; panel 25, k5)
ERASE_COMMANDS = ("wis mijn gegevens", "wis al mijn gegevens", "verwijder mijn gegevens",
                  "wis mijn data", "wis dit gesprek", "verwijder dit gesprek",
                  "wis alles van mij", "verwijder al mijn gegevens")  # fmt: skip
# the verbs of an erasure (word starts): "haal dat weg" beside facts is a correction, "wis ..."
# an erasure (round 120, s2)
ERASE_VERBS = ("wis", "verwijder", "delete", "erase", "effacer")
# a no to the erasure, told in a message that names it (panel 19, l1: "nee niet alles wissen")
ERASE_DECLINED = ("niet alles", "niet wissen", "niet verwijderen", "niet alles wissen",
                  "niet gewist", "niet wis", "wis niet", "geen wissen")  # fmt: skip
# a person counted twice: "verwijder 'de zus van je cliënt', dat is dubbel" asks no erasure
# (panel 31, a5)
DUPLICATE_CUES = ("dubbel", "twee keer", "2 keer", "bestaat niet", "zelfde persoon")
# an erasure request that names what to erase ("wis mijn gegevens", the widget's button);
# "verwijder die andere" (about a person) is asked back first
ERASE_OBJECTS = ("gegevens", "alles", "gesprek", "data", "donnees", "info over mij",
                 "mijn info", "/request_erasure", "privacy")  # fmt: skip

# --- ages -------------------------------------------------------------------------------------
MONTH_UNITS = frozenset({"maand", "maanden", "mnd", "maandjes", "maandje", "mois", "months",
                         "month", "m"})  # fmt: skip
WEEK_UNITS = frozenset({"week", "weken", "weekjes", "semaines", "weeks"})
# things counted with a number that is no one's age: body parts ("doof aan 1 oor"), rooms and
# homes ("een 1BHK", "2 slaapkamers"), foreign currencies ("14000 lira"); panel 124, q4, q5, q3
COUNTED_THINGS = frozenset({
    "oor", "oren", "oog", "ogen", "been", "benen", "arm", "armen", "hand", "handen", "voet",
    "voeten", "nier", "nieren", "long", "longen", "vinger", "vingers", "tand", "tanden",
    "kamer", "kamers", "slaapkamer", "slaapkamers", "slpk", "bhk", "bedroom", "bedrooms", "room",
    "rooms", "appartement", "appartementen", "studio", "verdieping", "verdiepingen",
    "lira", "liras", "dollar", "dollars", "usd", "dinar", "dinars", "shilling", "shillings",
    "rupee", "rupees", "roepie", "frank", "fr", "fcfa", "cfa", "pond", "birr", "nakfa", "afghani",
    "rial", "real", "peso", "pesos", "naira", "cedi", "dirham", "dh", "mad", "tl", "try",
    # distances and travel times ("woont hier in Paramaribo, 20 minuten van ons"; panel 124, l1:
    # "Je zoon: 20 jaar")
    "minuten", "minuut", "minuutjes", "min", "uur", "uren", "km", "kilometer", "kilometers",
    "meter", "minutes", "hours", "miles",
})  # fmt: skip
# "hoe lang duurt het? 1 jaar??": a duration asked about, no one's age (panel 124, q1)
DURATION_QUESTIONS = ("hoe lang", "hoelang", "how long", "combien de temps", "duurt", "duren")
BABY_WORDS = frozenset({"baby", "babytje", "pasgeboren", "pasgeborene", "bebe", "newborn",
                        "zuigeling", "boreling"})  # fmt: skip
FUTURE_AGE_VERBS = frozenset({"wordt", "word", "worden", "wordde", "will", "turns", "aura"})
NEGATORS = frozenset(
    {"geen", "niet", "nie", "ni", "not", "pas", "gene", "no"}
)  # "no, no kids" (panel 65, j4: a child added)
# words that end the reach of a negation ("niet ziek maar in gevaar")
CLAUSE_BREAKS = frozenset({"maar", "en", "want", "omdat", "dus", "of"})

# the user's word for a relative -> pronoun ("hij", "zij"); unknown words get none
MALE_WORDS = frozenset(
    {"man", "echtgenoot", "zoon", "zoontje", "vader", "papa", "pa", "broer", "broertje", "opa",
     "grootvader", "bompa", "pepe", "kleinzoon", "stiefkleinzoon", "stiefzoon", "stiefvader",
     "oom", "nonkel",
     "neef", "verloofde man", "vriend", "mari", "fils", "pere", "frere", "husband", "son",
     "father", "brother", "halfbroer", "stiefbroer", "jongen", "ventje", "vent", "appa", "abba",
     "aabo"}
)  # fmt: skip
FEMALE_WORDS = frozenset(
    {"vrouw", "echtgenote", "dochter", "dochtertje", "moeder", "mama", "ma", "moeke", "zus",
     "zuster", "zusje", "oma", "grootmoeder", "bomma", "meme", "kleindochter",
     "stiefkleindochter", "stiefdochter", "stiefmoeder", "tante", "nicht", "vriendin",
     "verloofde vrouw", "femme", "epouse", "fille",
     "mere", "soeur", "wife", "daughter", "mother", "sister", "halfzus", "stiefzus", "meisje",
     "madam", "schoonmoeder", "amma", "ammi", "ummi", "hooyo"}
)  # fmt: skip
PLURAL_WORDS = frozenset(
    {"kinderen", "kindjes", "kids", "zonen", "zoons", "dochters", "ouders", "broers", "zussen",
     "zusjes", "broertjes", "kleinkinderen", "grootouders", "enfants", "parents", "children",
     "vrouwen", "echtgenotes", "femmes", "wives",
     "sons", "daughters", "brothers", "sisters", "stiefkinderen", "gasten", "kleintjes",
     "broers en zussen", "tweeling", "kinders"}
)  # fmt: skip
COUNT_WORDS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
               "acht": 8, "negen": 9, "tien": 10, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6,
               "7": 7, "8": 8, "9": 9, "deux": 2, "trois": 3, "two": 2, "three": 3,
               "four": 4}  # fmt: skip
# the writer, seen from a relative: "mijn man" in Belgium -> the writer is his "spouse"
INVERSE_RELATIONSHIP = {
    "spouse": "spouse", "registered_partner": "registered_partner", "partner": "partner",
    "child": "parent", "stepchild": "parent", "adopted_child": "parent", "foster_child": "parent",
    "parent": "child", "grandparent": "grandchild", "grandchild": "grandparent",
    "sibling": "sibling", "other_relative": "other_relative",
}  # fmt: skip

# A relative abroad writes (rule 4 of docs/DIALOGUE_RULES.md): her "mijn man", "onze kinderen"
# seen from the person in Belgium. Key: the writer's relationship to the sponsor; value: her
# relative's relationship to her -> to the sponsor (the mother of a refugee son: her husband is
# his parent, her other children his siblings). Relationships the seeds name (seed 000-003).
FROM_THE_SPONSOR = {
    # her grandson is his child (panel 29, a3: "mijn kleinzoon" beside "haar zoon van 8")
    "parent": {"spouse": "parent", "partner": "parent", "registered_partner": "parent",
               "child": "sibling", "stepchild": "sibling", "parent": "grandparent",
               "grandchild": "child"},
    "sibling": {"parent": "parent", "sibling": "sibling", "child": "other_relative"},
    "spouse": {"parent": "other_relative", "sibling": "other_relative"},
    # the sponsor's child writes: her brother is his child, her mother his wife, her
    # grandmother his mother (panel 23, v3: "je zusje van 14 jaar: humanitair visum"; v5)
    "child": {"sibling": "child", "parent": "spouse", "grandparent": "parent",
              "child": "grandchild"},
}  # fmt: skip
# a child writes for a parent in Belgium ("k schrijf voor mijn mama"): her sister is the
# client's child, her grandmother the client's parent (panel 103, y2: "De zus van je mama",
# "De oma van je mama")
FROM_THE_HELPERS_PARENT = {"sibling": "child", "grandparent": "parent"}
# a partner writes for the one in Belgium ("ik schrijf voor mijn vrouw Ana"): his stepson is
# her son (panel 124, q2: "diego is mijn stiefzoon" gave "De zoon van de vrouw van je vrouw")
HELPERS_PARTNER_WORDS = frozenset(
    {"vrouw", "man", "echtgenote", "echtgenoot", "partner", "vriendin", "vriend"}
)
# the words for a partner that say a marriage ("mijn man"): "je partner" once a registered
# partnership is told (panel 125, n2: "Je man" after "niet mijn man, wettelijk samenwonend")
SPOUSE_WORDS_OF_MARRIAGE = frozenset({"man", "vrouw", "echtgenoot", "echtgenote"})
HELPERS_PARTNERS_CHILD = {"stiefzoon": "zoon", "stiefdochter": "dochter", "stiefkind": "kind"}
# a bare "mama"/"vader" beside the writer's children: their parent, by pronoun (panels 124 z1,
# 127 l3)
CHILDRENS_PARENT_WORDS = {"mama": "zij", "mam": "zij", "moeder": "zij", "papa": "hij",
                          "pap": "hij", "vader": "hij"}  # fmt: skip
HELPERS_PARENT_WORDS = frozenset(
    {"mama", "moeder", "papa", "vader", "mam", "pa", "ma", "amma", "appa"}
)
# a parent word of another language as the Dutch one the texts use ("Mijn appa (papa) is erkend":
# "je papa"; round 121, v3: "je cliënt")
PARENT_WORD_IN_DUTCH = {"appa": "papa", "abba": "papa", "aabo": "papa", "amma": "mama",
                        "ammi": "mama", "ummi": "mama", "hooyo": "mama"}  # fmt: skip
# Flemish "ventje", "manneke": a husband, or a little boy (dialogue.reading._little_boy)
LITTLE_BOY_WORDS = frozenset({"ventje", "manneke", "menneke", "mannetje"})
# the writer's niece or nephew, a child of her brother or sister: the parent's grandchild (the
# diminutive is a child; "nicht" and "neef" may be cousins)
HELPERS_SIBLINGS_CHILD = frozenset({"nichtje", "neefje", "nichtjes", "neefjes"})

# --- side questions (dialogue/side.py) ------------------------------------------------------
# From issue 13's quoted messages ("bij welke ambassade moet ze gaan?", "ik verdien 1400 euro
# netto, is dat genoeg?", "leefloon, telt dat als inkomen?", "wie betaalt de DNA-test",
# "tot wanneer moet ik da indienen?", "kan ik dat in mijn agenda zetten?", "maar ze is daar
# alleen en in gevaar, is er echt niks?") and their standard Dutch / Flemish variants.
WHERE_WORDS = ("ambassade", "ambasade", "ambassades", "embassy", "consulaat", "consulat",
               "welke post", "vfs", "tls contact", "diplomatieke post")  # fmt: skip
# places in Belgium, not a post abroad ("naar de gemeente of naar dvz?")
NOT_A_POST = ("gemeente", "dvz", "ocmw", "cgvs", "advocaat", "belgie", "brussel", "antwerpen",
              "gent", "school", "dokter", "ziekenhuis")  # fmt: skip
WHERE_QUESTION = ("waar moet", "waar kan", "waar moeten", "waar kunnen", "waar dien", "waar doe",
                  "in welk land", "welk land",
                  # "kunnen wij in addis abeba aanvragen of moet het in eritrea?" (panel 10, s1)
                  "of moet het in", "of moeten we in", "moet het in", "mag het in",
                  "kunnen wij in", "kunnen we in", "kan ik in", "kan ze in", "kan hij in",
                  "mogen wij in", "mogen we in", "mag ik in", "terug naar",
                  "moeten ze terug", "moet ze terug", "moet hij terug")  # fmt: skip
# a gendered plural told as a group ("2 vrouwen", "mijn zonen"): each one's own word
PLURAL_SINGULAR = {"vrouwen": "vrouw", "zonen": "zoon", "zoons": "zoon", "dochters": "dochter",
                   "broers": "broer", "zussen": "zus", "zusjes": "zusje", "broertjes": "broertje",
                   "echtgenotes": "echtgenote"}  # fmt: skip
# the plural that names several relatives of one word on one line ("je kinderen van 4 en 9 jaar")
PLURAL_OF = {**{one: many for many, one in PLURAL_SINGULAR.items() if many != "zoons"},
             "kind": "kinderen", "ouder": "ouders"}  # fmt: skip
# the couple or the sponsor is LGBTIQ+ (seed 000: "het feit dat geaardheid een grond voor
# vervolging was"; panel 11, v3)
LGBTIQ_WORDS = ("homo", "homoseksueel", "gay", "lesbisch", "lesbienne", "lgbt", "lgbtiq",
                "lgbtq", "queer", "biseksueel", "transgender", "holebi", "geaardheid",
                "seksuele orientatie")  # fmt: skip
# a partner whose divorce is not final ("ze is op papier nog getrouwd met haar ex, de scheiding is
# nog niet rond"; seed 001: "U moet beiden ongehuwd zijn"; panel 32, c2)
NOT_YET_DIVORCED = ("nog getrouwd", "scheiding is nog niet rond", "nog niet gescheiden",
                    "scheiding loopt nog", "scheiding nog niet rond")  # fmt: skip
# the other parent refuses his consent (seed 004: "Is er een gedeeld recht van bewaring? Dan
# moet de andere ouder toestemmen"; panel 31, a2: "haar ex wil nu toch niet tekenen")
CONSENT_REFUSED = ("wil niet tekenen", "wil nu toch niet tekenen", "wil toch niet tekenen",
                   "weigert te tekenen", "geeft geen toestemming", "wil geen toestemming geven",
                   "weigert zijn toestemming", "geeft zijn toestemming niet",
                   # Flemish chat "nie" (panel 33, b2: "als die ex toch nie wil tekenen?")
                   "nie wil tekenen", "wil nie tekenen", "niet wil tekenen", "nie tekent",
                   "niet tekent", "geen toestemming geeft")  # fmt: skip
# the other parent gives the consent the bot asked for, in words (seed 003: "Indien de ouders van de
# aanvrager het hoederecht gezamenlijk uitoefenen ... toestemming"; panel 117, z5: "Mama van
# Valeria is in Houston sin papeles. ... Ze wil wel tekenen" not understood)
CONSENT_GIVEN = ("wil wel tekenen", "wil tekenen", "zal tekenen", "gaat tekenen", "tekent wel",
                 "wilt wel tekenen", "wilt tekenen", "wil wel toestemming", "geeft wel toestemming",
                 "heeft al getekend", "heeft getekend", "wel akkoord", "is akkoord",
                 "gaat akkoord", "will sign", "agrees", "she agrees", "he agrees")  # fmt: skip
# "huurcontract op naam van mijn vrouw, is dat een probleem?" (seed 004; panel 11, u3)
LEASE_WORDS = ("huurcontract", "huurovereenkomst", "huurder", "op naam van mijn", "op haar naam",
               "op zijn naam",
               # "t huis is van mijn ouders, mag emre bij ons intrekken?" (panel 59, h6)
               "huis is van mijn ouders", "huis van mijn ouders", "bij mijn ouders woon",
               "woon nog bij mijn ouders", "woon bij mijn ouders", "bij ons intrekken",
               "wonen bij mijn ouders", "in het huis van", "hun eigendom")  # fmt: skip
# a deed of the sponsor's own home (seed 004: "een notariële eigendomsakte"; panel 63, g3)
DEED_WORDS = ("eigendomsakte", "notariele akte", "akte van de notaris", "akte van aankoop",
              "aankoopakte", "ben eigenaar", "ik ben de eigenaar",
              "huis gekocht", "appartement gekocht", "eigen huis", "eigen appartement")  # fmt: skip
# a home the family moves into later ("na de zomer huren we iets groter"): seed 004, "Het heeft
# geen zin om een huurcontract ... af te geven van een woning waar je gezin pas later zal
# intrekken" (panel 31, a2)
FUTURE_HOME = ("huren we", "gaan we huren", "later huren", "gaan huren", "gaan verhuizen",
               "verhuizen we", "willen verhuizen", "gaan kopen", "kopen we",
               # "ik ga in maart verhuizen ... kan ik dat nieuwe huurcontract al gebruiken?"
               # (panel 34, d2)
               "ga verhuizen", "nieuwe huurcontract", "nieuw huurcontract",
               "nieuwe contract al", "dat nieuwe contract",
               # "Kan ik dat contract al geven? Of moet ik wachten tot ik verhuisd ben?" (panel
               # 105, k1: "Ja, dat kan nu al. Wachten hoeft niet.")
               "verhuisd ben", "tot ik verhuis", "na de verhuis", "na mijn verhuis",
               "ik verhuis in", "verhuis ik")  # fmt: skip
# a home a relative owns ("we wonen in het huis van mijn ouders, het is hun eigendom"): seed
# 004 names the sponsor's own deed and a lease in a relative's name, not a relative's deed
# (panel 102, w3: answered with the lease rule)
RELATIVE_OWNS = ("hun eigendom", "zijn eigenaar", "is eigenaar", "zijn de eigenaar",
                 "is de eigenaar", "hun huis", "zijn huis", "haar huis", "van hen",
                 "eigendom van mijn", "eigenaar van het huis")  # fmt: skip
# whose name the lease is in ("op naam van mijn broer")
LEASE_NAME_WORDS = ("op naam van", "op haar naam", "op zijn naam", "op mijn naam")
# a question about being dependent and its proofs ("wat betekent ten laste?", "welke bewijzen
# van de overschrijvingen?"; seed 004; panel 14, b5)
DEPENDENCY_QUESTION = ("ten laste", "overschrijving", "overschrijvingen", "bankbewijzen",
                       "afhankelijk is", "afhankelijk zijn", "afhankelijkheid",
                       "bankbewijs", "bankuittreksel", "bankuittreksels", "geld stuur",
                       "wat ik stuur", "wat ik naar haar stuur",
                       "wat ik naar hem stuur",
                       # "moet youssef bewijzen dat hij van mij afhangt?" (panel 64, i4)
                       "van mij afhangt", "van mij afhankelijk", "van ons afhangt",
                       # "ik heb de bonnetjes van western union. is dat goed?" (panel 65, j1)
                       "western union", "moneygram", "bonnetjes", "geldtransfer",
                       # "ik stuur hem geld elke maand ... is da goed genoeg als bewijs?", "het
                       # geld da ik hem stuur ... telt da?" (panel 117, z4: the income text)
                       "stuur hem geld", "stuur haar geld", "stuur hun geld", "geld da ik",
                       "geld dat ik")  # fmt: skip
# the user's own income beside money sent ("ik verdien zelf 2800")
OWN_INCOME = ("ik verdien", "mijn loon", "mijn inkomen", "mijn pensioen", "mijn salaris")
# "als we getrouwd zijn, hoeveel moet ik verdienen?": income asked for the married route
# (W.MARRY_AGAIN_WORDS holds "als we trouwen" and the like; these are the "getrouwd" forms)
# a question about the visa to marry or register a partnership: no marriage told (r4)
MARRIAGE_VISA_WORDS = ("om te trouwen", "visum om", "wettelijk samenwonen",
                       "wettelijke samenwoning", "trouwen in belgie")  # fmt: skip
IF_MARRIED = ("als we getrouwd zijn", "als wij getrouwd zijn", "na het trouwen", "na de trouw",
              # "als ze al mijn vrouw is, na het trouwen" (panel 68, h3)
              "als ze al mijn vrouw is", "als ze mijn vrouw is", "als hij mijn man is",
              "als hij al mijn man is",
              "als we getrouwd", "eens getrouwd",
              # "maar hij is dan mijn man, toch?" (panel 19, l1: "Je man" beside "Je vriend")
              "dan mijn man", "dan mijn vrouw", "dan is hij mijn man", "dan is zij mijn vrouw",
              "dan is ze mijn vrouw", "dan mijn echtgenoot", "dan mijn echtgenote",
              "als we trouwen", "als wij trouwen", "als we eerst trouwen",
              # Flemish "as": "en as we gewoon trouwen in brazilie?" (panel 63, h4)
              "as we trouwen", "as we gewoon trouwen", "als we gewoon trouwen",
              "as we getrouwd zijn", "as we eerst trouwen")  # fmt: skip
# "en als we geregistreerd zijn, moet ze dan ook betalen?" (panel 60, h8)
IF_REGISTERED = ("als we geregistreerd zijn", "als wij geregistreerd zijn", "als we registreren",
                 "na de registratie", "als we wettelijk samenwonen", "laten registreren",
                 "als wij registreren",
                 # "en als we wel wettelijk samenwonen registreren, moet hiwot dan nog betalen?"
                 "als we wel wettelijk samenwonen", "als we wel registreren",
                 "samenwonen registreren")  # fmt: skip
# someone else's experience, told as an example: no applicant ("mijn broer heeft 9 maand
# gewacht voor zijn vrouw"; panel 15, c5)
OTHERS_EXPERIENCE = ("heeft gewacht", "gewacht voor", "wachtte", "maand gewacht",
                     "maanden gewacht", "jaar gewacht",
                     # "mijn kozijn moest ook niks betalen" (panel 103, y4: "Je familielid: wil
                     # naar België komen")
                     "moest ook", "moest niks", "moest niets", "moest niet",
                     "heeft ook betaald", "moest betalen", "heeft betaald", "kreeg ook",
                     "kreeg het", "heeft het gekregen", "heeft ook gedaan",
                     "deed dat ook")  # fmt: skip
# a child said to be the couple's own, after being taken for a stepchild (panel 15, c2)
OWN_CHILD_CUES = ("eigen zoon", "eigen dochter", "eigen kind", "gemeenschappelijk kind",
                  "van hem en zijn vrouw", "van haar en haar man", "van ons samen",
                  "van hem en haar", "van allebei", "kind van hen samen",
                  "kind van mijn client en zijn vrouw",
                  # from the wife abroad (panel 20, n3: two stepchildren invented)
                  "eigen kinderen", "van mijn man samen", "van mijn vrouw samen",
                  "mijn kinderen en van mijn man", "onze eigen", "geen stiefkind",
                  "geen stiefkinderen",
                  # "Maksym is ook zijn zoon" from the wife abroad (panel 101, v1: "De zoon van
                  # je man", kept after two corrections)
                  "ook zijn zoon", "ook zijn dochter", "ook zijn kind", "ook haar zoon",
                  "ook haar dochter", "ook haar kind")  # fmt: skip
# "is er dan nog iets mogelijk als hij 18 is?", "humanitair visum misschien?": what is left
# after an age limit (panel 15, c2)
AFTER_THE_LIMIT = ("nog iets mogelijk", "iets anders mogelijk", "humanitair", "andere manier",
                   "is er dan nog", "kan hij dan nog", "kan zij dan nog",
                   "kan ze dan nog",
                   # "als het niet lukt voor ze 18 is? kan ze dan nooit meer komen?" (a4)
                   "nooit meer", "niet meer komen", "dan niet meer", "daarna nog",
                   "wat dan", "toch al 18",
                   # "en als het niet lukt, heeft hij dan nog een kans?" (panel 48, g3)
                   "nog een kans", "nog kans", "andere manier", "andere weg",
                   # "als mijn dochter 18 wordt voor ze een afspraak krijgen?" (panel 46, g1)
                   "18 wordt voor", "wordt 18 voor", "al 18 is voor",
                   # "dawit wordt 18 op 15 februari, wat als het te laat is voor hem?" (53, h5)
                   "als het te laat is",
                   # "en als het niet lukt voor 20 februari? is er dan echt niks meer voor
                   # fatou?" (panel 61, h13: the humanitarian visa after 18 not said)
                   "niks meer voor", "niets meer voor", "als we te laat zijn")  # fmt: skip
# "DVZ gaat zeggen zus kan zorgen toch?": another relative who could care (seed 001)
OTHER_CARER = ("kan zorgen", "kunnen zorgen", "voor haar zorgen", "voor hem zorgen",
               "zorgt voor haar", "zorgt voor hem", "andere familie",
               # "mijn zus is ook in nador ... is dat een probleem?" (panel 20, n4)
               "is ook in", "woont ook in", "zit ook in", "woont daar ook",
               # "mijn oom zorgt nu voor noor ... is dat een probleem?" (panel 42, h4)
               "zorgt nu voor", "zorgt voor", "haar voogd", "zijn voogd",
               # "mijn broers ... doen niks voor haar. is dat een probleem?", "ze heeft 2 zonen
               # in marokko. kan dvz zeggen dat die maar moeten zorgen?" (panel 91, n3)
               "doen niks voor", "doen niets voor", "doet niks voor", "doet niets voor",
               "moeten zorgen", "moet zorgen")  # fmt: skip
# the writer's own relatives who live near the one who comes and could care, or do not ("mijn
# twee broers wonen ook in Marokko ... ze kijken niet naar haar om. Is dat een probleem?":
# seed 001's "geen enkel ander familielid"; panel 55, c5: the brothers made applicants)
CARERS_NEARBY = ("wonen ook in", "woont ook in", "wonen daar ook", "woont daar ook",
                 "kijken niet naar", "kijkt niet naar", "niet naar haar om", "niet naar hem om",
                 "zorgen niet voor", "zorgt niet voor")  # fmt: skip
# a child's word and its diminutive name one person ("mijn zoon van 7 ... het zoontje")
DIMINUTIVES = {"zoontje": "zoon", "dochtertje": "dochter", "zoonke": "zoon", "dochterke": "dochter",
               # common misspellings of a plural (panel 41, g2: "mijn zusen ook zahra 12 en
               # mariam 20" was one relative without a sex, later taken out by "niet broer")
               "zusen": "zussen", "zussens": "zussen", "broeren": "broers",
               # an English word typed beside Dutch ("my mother and my sister Selam"): the
               # answers name the relative in Dutch (panel 51, g6: "je mother", "je sister")
               "mother": "moeder", "father": "vader", "sister": "zus", "brother": "broer",
               "wife": "vrouw", "husband": "man", "son": "zoon", "daughter": "dochter",
               "mom": "mama", "mum": "mama", "dad": "papa", "sisters": "zussen",
               "brothers": "broers", "children": "kinderen", "parents": "ouders"}  # fmt: skip
# someone who is to come here, not here yet ("ik wil dat hij hier bij mij komt wonen")
COMING_HERE = ("komt wonen", "komen wonen", "komt leven", "wil dat hij", "wil dat zij",
               "wil dat ze", "laten komen", "naar hier komen", "hier komen",
               "hierheen komen",
               # "mijn kleinzoon bij mij laten wonen in Luik" (panel 59, g8: made the sponsor)
               "laten wonen", "bij mij wonen", "bij ons wonen", "bij mij laten",
               # "Can my wife come to live with me in Belgium?" (panel 74, g5: the wife made
               # the sponsor)
               "come to live", "come and live", "come live", "live with me", "join me",
               "come to belgium", "bring", "to come")  # fmt: skip
# a registration told as a fact, not asked about ("we zijn wettelijk samenwonend, kan ze ...?")
REGISTERED_TOLD = ("we zijn", "wij zijn", "we hebben", "wij hebben", "zijn al", "hebben al",
                   "is al", "ik ben", "ik heb")  # fmt: skip
# "1 slaapkamer, hij kan in de zetel slapen, is dat ok?": whether the home is big enough
# (seed 004's "weerlegbaar vermoeden"; panel 13, z2)
# "wie moet de aanvraag doen, ik hier of hodan in belgie?" (seed 002 "Wie vraagt de
# gezinshereniging aan?"; panel 24, g3, g4)
WHO_APPLIES = ("wie moet de aanvraag", "wie doet de aanvraag", "wie dient", "wie moet indienen",
               "wie vraagt aan", "wie moet aanvragen", "wie moet het aanvragen",
               "wie moet dat aanvragen", "wie moet de visumaanvraag", "wie moet er indienen",
               "wie moet het indienen",
               # "wie moet daar naartoe gaan, ik of emre of zijn mama?" (panel 53, h3)
               "wie moet daar naartoe", "wie moet erheen", "wie moet er naartoe",
               "wie moet naar de ambassade", "wie gaat naar de ambassade", "en wie doet dat",
               # "wie moet er naar de ambassade, mijn broer of hana?", "moet karim zelf ook naar
               # ethiopie naar de ambassade?" (panel 59, h3: the post rules twice)
               "wie moet er naar de ambassade", "zelf ook naar", "moet ik zelf naar",
               "moet hij zelf naar", "moet ik ook naar de ambassade",
               "moet hij ook naar de ambassade",
               "wie moet daar heen",
               # "moet mijn voogd dat doen? of ik zelf?" of a boy of 17 (panel 94, o3)
               "moet mijn voogd dat doen", "moet mijn voogd het doen", "moet de voogd dat doen",
               "moet mijn voogd dat aanvragen", "moet mijn voogd de aanvraag",
               # "wie moet aanvraag doen, ik hier in belgie of zahra in pakistan?" (panel 91, m1)
               "wie moet aanvraag", "wie moet een aanvraag", "wie doet aanvraag",
               "wie moet de aanvraag doen", "wie moet het doen", "wie moet dat doen")  # fmt: skip
# "telt dat als handicap?", "is epilepsie een handicap?" (seed 001, art. 10, §1, 6°; panel 24, g5)
DISABILITY_MEANING = ("telt dat als handicap", "is dat een handicap", "geldt dat als handicap",
                      "valt dat onder handicap", "wat is een handicap", "wat telt als handicap",
                      "een handicap?", "als handicap?", "als een handicap")  # fmt: skip
# a place on a waiting list is no home (seed 004; panel 23, v4)
HOUSING_WAITING_LIST = ("wachtlijst", "wachtlyst", "sociale woning", "sociaal huis",
                        "sociale huisvesting")  # fmt: skip
# the offices that refuse a visa, not a parent who refuses to sign (panel 47, h2)
REFUSING_OFFICES = ("dvz", "ambassade", "consulaat", "belgie", "dienst vreemdelingenzaken")
# a child's parent named by the helper ("De papa is gestorven"; panel 48, g2)
CHILDS_PARENT_WORDS = frozenset({"papa", "vader", "mama", "moeder", "pa", "ma"})
# an age limit asked about ("tot welke leeftijd kan mijn zoon nog komen?", "is er een leeftijd
# dat het niet meer kan?"; panel 46, g4)
AGE_LIMIT_QUESTION = ("tot welke leeftijd", "welke leeftijd", "een leeftijd dat",
                      "een leeftijd waarop", "leeftijdsgrens", "leeftijdslimiet",
                      "te oud",
                      # "is leeftijd belangrijk?" of two children (panel 64, h3)
                      "is leeftijd belangrijk", "is de leeftijd belangrijk",
                      "speelt de leeftijd", "telt de leeftijd")  # fmt: skip
# seed 004's overview for the needs analysis (panel 46, g3)
NEEDS_ANALYSIS_WORDS = ("behoefteanalyse", "behoefte analyse", "in dat overzicht",
                        "in het overzicht", "overzicht van inkomsten",
                        "overzicht van mijn")  # fmt: skip
# what makes a humanitarian file stronger, asked directly (panel 46, g2)
STRONGER_WORDS = ("sterker", "versterken", "beter maken", "meer kans",
                  # "wat maakt haar dossier het sterkst?" (panel 92, n5: "geen antwoord")
                  "het sterkst", "sterkst", "het sterkste", "sterk maken")  # fmt: skip
# asking whether something is needed at all ("moeten ze een woning hebben?", "is dat een
# probleem als ik geen huis heb?"; panel 45)
NEED_WORDS = ("moet ", "moeten ", "nodig", "een probleem", "verplicht", "een voorwaarde",
              "geen huis", "geen woning", "geen appartement", "eigen huis",
              "eigen woning")  # fmt: skip
HOUSING_SPACE = ("slaapkamer", "slaapkamers", "in de zetel", "in de zetel slapen", "op de sofa",
                 "in de sofa", "in de living", "woonkamer", "te klein", "groot genoeg", "studio",
                 "1 kamer", "een kamer", "eenpersoons",
                 # "ik huur appartement 2 kamers in gent. is dat genoeg?" (panel 72, g1)
                 "2 kamers", "twee kamers", "3 kamers", "drie kamers", "4 kamers",
                 "vier kamers")  # fmt: skip
# a guess, not a fact ("in afghanistan telt dat wel denk ik"; panel 12, x3)
UNSURE = ("denk ik", "weet ik niet", "ik weet niet", "niet zeker", "geen idee", "misschien")
# subject words that are no first name ("hij is 16", "ze is 12"; dialogue.reading: a clause's
# subject that is not one of these, nor in NOT_NAMES, is a name: "karim is 47")
SUBJECT_WORDS = frozenset({"ik", "k", "hij", "zij", "ze", "je", "jij", "wij", "we", "het", "dat",
                           "die", "dit", "er", "mama", "papa", "em", "zie"})  # fmt: skip
# "ik heb maar 1 kind": a count that is all of them (panel 9)
ONLY_WORDS = ("maar", "slechts", "enkel", "alleen", "just", "only")
# a negator with one softener between: "niet gewoon vriendin" (panel 10, s4)
NEGATION_SOFTENERS = frozenset({"gewoon", "meer", "echt", "echte", "zomaar", "enkel", "alleen",
                                "een", "mijn",
                                # "ze heeft geen andere kinderen" (panel 33, b5)
                                "andere", "ander",
                                # "no other children in cairo" (panel 79, g3: a second child)
                                "other", "more"})  # fmt: skip
# the date of the asylum application, not of the recognition (panel 10, s5)
ASYLUM_ASKED = (" asiel gevraagd", " asiel aangevraagd", " asielaanvraag", " asiel ingediend",
                " asiel vroeg", " asiel aanvroeg",
                # "asiel ik vraag 26 feb 2024" (panel 111, u1: taken for the recognition)
                " asiel ik vraag", " asiel vraag ik", " asiel gevraagd op", " asiel aangevraagd op",
                " asiel vragen", " asiel aanvragen")  # fmt: skip
# the asylum procedure as a time in the past ("toen hij asiel aanvroeg", "in de procedure 18
# geworden"), no status now (panel 14, a4)
ASYLUM_THEN = ("toen", "geworden", "werd", "tijdens")
# words for a relative one has only one of: "mama wil ook komen" is the mama already named
ONE_OF_A_KIND = frozenset({"mama", "papa", "moeder", "vader", "mam", "pap", "mammie", "pappie"})
# the writer's own health asked of ("en mijn hart? telt dat niet?", "ik ben zelf ziek, helpt
# dat?"): panel 25, k4
OWN_HEALTH = ("mijn hart", "mijn eigen hart", "mijn gezondheid", "mijn eigen gezondheid",
              "mijn ziekte", "mijn diabetes", "mijn suiker", "mijn handicap",
              "ik ben ziek", "ik ben zelf ziek", "ik ben ook ziek", "ik ben zelf ook ziek",
              "ik heb hartproblemen", "ik heb ook hartproblemen", "ik heb zelf hartproblemen",
              "ik heb diabetes", "ik heb ook diabetes", "ik heb suikerziekte",
              "ik heb kanker", "ik heb een handicap", "ik ben gehandicapt")  # fmt: skip
# a question about the strength of the file ("maakt dat het dossier zwakker?"; panel 27, b4)
FILE_QUESTION_WORDS = ("dossier zwakker", "dossier sterker", "zwakker maakt",
                       "probleem voor het dossier", "helpt voor haar dossier",
                       "helpt voor zijn dossier", "niet voor haar kan zorgen",
                       "niet voor hem kan zorgen", "kan niet voor haar zorgen",
                       "kan niet voor hem zorgen")  # fmt: skip
# a question's topic corrected ("ik vroeg over mijn dochter, niet broertje"; panel 28, a3)
ASKED_ABOUT_CUES = ("vroeg over", "vroeg naar", "vraag over", "vraag ging over", "bedoel",
                    "bedoelde", "had het over", "heb het over", "gaat over",
                    "ging over")  # fmt: skip
# things someone owns or leaves: "het pensioen van mijn papa" names no one who comes
THINGS_OF_SOMEONE = frozenset({"pensioen", "huis", "geld", "loon", "uitkering", "naam",
                               "paspoort", "papieren", "akte", "adres", "spullen", "auto",
                               "erfenis", "schulden", "grond", "winkel", "telefoon",
                               "nummer",
                               # "telt t groeipakket van mijn broertje bilal mee?" (110, n5)
                               "groeipakket", "kinderbijslag", "kindergeld",
                               "studiebeurs"})  # fmt: skip
# a child who would marry ("als mijn zoon trouwt, heeft hij dan nog recht?"; panel 29, a1)
CHILD_MARRIES = ("als hij trouwt", "als zij trouwt", "als ze trouwt", "zoon trouwt",
                 "dochter trouwt", "gaat trouwen", "wil trouwen", "zou trouwen",
                 "als hij getrouwd is", "als ze getrouwd is",
                 # "kan een getrouwde dochter van 17 mee?" (panel 69, g1)
                 "getrouwde dochter", "getrouwde zoon", "getrouwd kind", "getrouwde kind",
                 "zij is getrouwd", "ze is getrouwd", "hij is getrouwd", "en getrouwd")  # fmt: skip
# the recognition of a foreign adoption or guardianship asked of (seed 000)
FCA_WORDS = ("fca", "federale centrale autoriteit", "bekrachtig", "kafala akte", "kafala-akte")
# the partner's parent, by gender (False: a man, True: a woman); panel 30, a4
PARENT_IN_LAW = {False: "schoonvader", True: "schoonmoeder"}
# a sibling's child ("de dochter van mijn zus"; panel 91, n5) and a parent's other child ("haar
# andere zoon"; panel 93, p2), by gender
SIBLINGS_CHILD = {False: "neefje", True: "nichtje"}
PARENTS_OTHER_CHILD = {False: "broer", True: "zus"}
# words that name a bond, not the person ("ik heb kafala over het dochtertje")
BOND_WORDS = frozenset({"kafala", "voogdij", "adoptie", "pleegzorg", "hoederecht"})
# the word of a partner named only by a first name ("getrouwd met Murat"): no word to call
# him or her by (panel 46, h4: "je murat")
A_FIRST_NAME = "(voornaam)"
# an earlier request refused ("waarom hebben ze mij geweigerd?": panel 27, a4)
# a refusal supposed ("en als ze weigeren wat dan", panel 32, c1), told without a question mark
REFUSAL_SUPPOSED = ("als ze weigeren", "als dvz weigert", "als dvz nee zegt", "als ze nee zeggen",
                    "als het geweigerd wordt", "als ze het weigeren")  # fmt: skip
# a refusal, in a question that supposes one ("stel dat ze mijn dochter weigeren?")
REFUSAL_STEMS = ("weiger", "nee zegt", "nee zeggen", "afgewezen", "afwijzen")
REFUSED_WORDS = ("geweigerd", "weigering", "afgewezen", "afwijzing", "negatief antwoord",
                 "visum niet gekregen", "nee gezegd")  # fmt: skip
# which DVZ office handles the request ("welke dienst bij DVZ?": panel 27, b4; seed 001)
OFFICE_WORDS = ("welke dienst", "welk bureau", "welke afdeling", "wie bij dvz", "wie bij de dvz",
                # "En behandelt dezelfde dienst het als bij gezinshereniging?" (panel 85, k4)
                "dezelfde dienst", "zelfde dienst", "hetzelfde bureau",
                "wie van dvz", "welk kantoor",
                # "Wie behandelt dat bij DVZ?" (panel 37, g3)
                "wie behandelt dat bij dvz", "wie behandelt het bij dvz",
                "wie behandelt dit bij dvz", "wie beslist bij dvz",
                # "wie behandelt zo'n aanvraag bij DVZ?" (panel 58, g3: the processing time)
                "wie behandelt zo'n aanvraag", "wie behandelt zo n aanvraag",
                "wie behandelt de aanvraag", "wie behandelt die aanvraag",
                # "wie behandelt dat dossier bij DVZ?" (panel 63, h1: the privacy notice)
                "wie behandelt dat dossier", "wie behandelt het dossier",
                "wie behandelt dit dossier", "wie behandelt haar dossier",
                "wie behandelt zijn dossier", "wie behandelt ons dossier")  # fmt: skip
# a boy or a girl in a list of children ("kinderen: jongen van 15, meisje 9"; panel 27, a2)
BOY_GIRL_WORDS = frozenset({"jongen", "jongetje", "meisje", "meiske", "meisken", "manneke",
                            "jongske"})  # fmt: skip
# words that make a boy or girl after them someone else's ("de buren hebben een jongen")
OTHER_OWNERS = frozenset({"hebben", "heeft", "buren", "buurman", "buurvrouw", "vrienden",
                          "vriend", "vriendin"})  # fmt: skip
# "is dat overmacht?" (seeds 002 and 003)
FORCE_MAJEURE_WORDS = ("overmacht", "force majeure")
# a reason for a late request asked of ("is dat een goede reden?" beside "12 maanden")
GOOD_REASON_WORDS = ("goede reden", "geldige reden", "een reden", "als reden", "excuus",
                     "uitleggen")  # fmt: skip
# (beside LATE_WORDS: "te laat", "niet op tijd")
LATE_REASON_WORDS = ("12 maanden", "12 maand", "twaalf maanden", "termijn", "wist niet",
                     "wist het niet", "niemand zei", "niemand heeft",
                     # "geen belgische ambassade daar, daarom niet aanvraag. is goede reden?"
                     "daarom niet", "niet aanvraag", "niet aangevraagd",
                     "niet ingediend")  # fmt: skip
# "de ambassade geeft geen afspraak voor februari" (panel 13, z3)
NO_APPOINTMENT = ("geen afspraak", "afspraak pas", "geen rendez", "geen appointment",
                  "pas na de termijn", "zonder afspraak",
                  "pas een afspraak", "geen datum bij de ambassade", "te laat omdat",
                  # "wat als ze het niet halen voor 29 december?" (panel 14, a4)
                  "niet halen", "niet op tijd", "niet tijdig", "halen het niet",
                  # "een afspraak bij VFS in Kampala, maar er is niks vrij" (panel 48, h4)
                  "niks vrij", "niets vrij", "geen plaats vrij", "geen afspraak vrij",
                  # "als die het niet haalt voor 20 januari" (panel 28, a2)
                  "niet haalt", "niet lukt voor",
                  "lukt niet op tijd", "te laat zijn", "te laat komen",
                  # "wat is het absolute minimum om voor 8 januari ingediend te zijn?" (e3)
                  "absolute minimum", "het minimum", "minstens nodig", "onvolledig",
                  "minimum nodig", "minimum om",  # "wat is minimum nodig om aanvraag te doen"
                  "niet volledig", "nog niet klaar", "niet alle papieren",
                  "niet alles klaar",
                  # "wat moet ik NU het eerst doen? het is dringend" (panel 20, n3)
                  "eerst doen", "het eerst", "wat eerst", "is dringend", "weinig tijd",
                  # "wat is de eerste stap, wat moet ik nu doen?" (panel 43, h3)
                  "eerste stap", "wat moet ik nu doen", "wat moeten we nu doen")  # fmt: skip
# "wat kan ik nu al doen? ik wil niet wachten", "welke stappen kan ik nu zetten?" after the
# answer: the case's next step (panel 53, h1: "Sorry, dat begrijp ik niet" twice)
NEXT_STEP_WORDS = ("nu al doen", "welke stappen", "stappen kan", "stappen moet", "stappen zetten",
                   "wat kan ik doen", "wat kan ik nu", "wat kunnen we nu", "wat kunnen we doen",
                   "wat kunnen wij doen", "hoe begin ik", "waar begin ik", "hoe moet ik beginnen",
                   "wat moet ik doen", "wat doe ik nu", "wat is de volgende stap")  # fmt: skip
# a question about several wives (seed 001: "Indien u meerdere echtgenotes hebt, mag er maar
# één echtgenote naar België komen via gezinshereniging"; panel 10, s5)
POLYGAMY_QUESTION = ("2 vrouwen", "twee vrouwen", "beide vrouwen", "mijn vrouwen",
                     "allebei mijn vrouwen", "welke vrouw", "welke van mijn", "meerdere vrouwen",
                     "polygaam", "polygamie", "beide echtgenotes", "2 echtgenotes",
                     "twee echtgenotes", "de tweede vrouw", "mijn tweede vrouw")  # fmt: skip
# "kan mijn mama niet via gezinshereniging komen omdat ik belg ben?" after the answer: why
# there is no right (panel 10, s3)
WHY_NO_RIGHT = ("waarom geen recht", "waarom niet via gezinshereniging",
                # "ouders van een Belg wel gezinshereniging kunnen vragen als ze 'ten laste'
                # zijn. Klopt dat niet?" (panel 69, h4)
                "wel gezinshereniging kunnen", "wel gezinshereniging vragen",
                "kunnen wel gezinshereniging", "toch wel gezinshereniging",
                # "dus Hala kan echt niet komen? ook niet humanitair?" (panel 56, e1)
                "kan echt niet komen", "ook niet humanitair", "ook geen humanitair",
                "niet via gezinshereniging", "toch gezinshereniging", "via 40ter",
                "via gezinshereniging komen", "geen gezinshereniging", "waarom humanitair",
                "waarom maar een humanitair", "waarom enkel een humanitair",
                "geen recht op gezinshereniging?",
                # "gezinshereniging voor ouders bestaat dus helemaal niet?", "bestaat er naast
                # dat humanitair visum nog een andere weg?" (panel 53, g5)
                "bestaat dus helemaal niet", "naast dat humanitair visum",
                "naast het humanitair visum",
                # "en mijn vrouw brenda dan, kan zij niet mee?" (panel 10, s4)
                "kan zij niet mee", "kan ze niet mee", "kan hij niet mee", "kan zij niet komen",
                "kan ze niet komen", "kan hij niet komen", "kan zij mee", "kan ze mee",
                "kan hij mee", "mag ze mee", "mag zij mee", "mag hij mee")  # fmt: skip
# "er is geen belgische ambassade in eritrea" (panel 3 round 4, g1)
NO_POST = ("geen ambassade", "geen belgische ambassade", "geen consulaat", "geen belgisch",
           "geen post", "geen ambasade", "geen embassy")  # fmt: skip
# "waar moet mijn vrouw dat doen? moet ze naar ankara?" (panel 14, a1)
# a question about the documents that names the embassy: not where to apply (panel 18, i2)
DOCUMENT_QUESTION = ("papieren", "documenten", "meenemen", "mee nemen", "welke papier",
                     "welke document")  # fmt: skip
WHERE_ACTS = ("indienen", "aanvragen", "aanvraag", "gaan", "naartoe", "binnen", "dossier",
              " doen", " naar ",
              # "waar moet zij papier geven?" (panel 33, a5: the document list)
              " geven", " afgeven", " brengen", " binnenbrengen", " afleveren")  # fmt: skip
INCOME_WORDS = ("verdien", "verdient", "inkomen", "inkomsten", "loon", "salaris", "netto",
                "contract is tijdelijk", "tijdelijk contract", "tijdelijke job", "interim",
                "bruto", "bestaansmiddelen", "genoeg geld", "per maand", "leefloon", "ocmw",
                "uitkering", "pensioen", "werkloos", "kinderbijslag", "groeipakket",
                # "ik woon in opvangcentrum en heb geen werk. is dat probleem?" (panel 40, h3)
                "en heb geen werk")  # fmt: skip
# the OCMW as the writer's employer, no income ("ik ben maatschappelijk werker bij het OCMW
# Leuven": panel 27, b4)
WORKPLACE_OCMW = re.compile(
    r"\b(?:werk\w*|medewerk\w*|assistent\w*) (?:bij|van|op) (?:het |de |een )?ocmw\b"
)
INCOME_QUESTION_WORDS = ("genoeg", "telt", "tellen", "meetellen", "hoeveel", "volstaat",
                         "voldoende", "is dat ok", "mag dat", "kan dat")  # fmt: skip
DNA_WORDS = ("dna", "d.n.a", "adn")
PAY_WORDS = ("betaal", "betalen", "betaalt", "kost", "kosten", "prijs", "gratis", "terugbetaal",
             "wie moet da", "rekening")  # fmt: skip
DEADLINE_WORDS = ("deadline", "tot wanneer", "tegen wanneer", "voor wanneer", "uiterlijk",
                  "laatste dag", "wanneer moet", "hoeveel tijd", "te laat", "tijd heb ik",
                  "termijn", "datum", "vervaldag",
                  # "dus ik heb tijd tot oktober 2027 voor mijn ouders? of januari?" (panel 61)
                  "tijd tot", "heb ik tot")  # fmt: skip
# "en als ik te laat ben?": what a late request means (seed 002 "Laattijdige indiening")
LATE_WORDS = (
    "te laat",
    # "if we are late after 3 march", "what if we apply AFTER 3 march 2027?" (panel 77, g3)
    "are late",
    "apply after",
    "too late",
    "na die datum",
    "na de termijn",
    "termijn mis",
    "niet op tijd",
    "later indien",
    "later aanvra",
    "als we na",
    "als ik na",
    "na de deadline",
    "daarna pas",
    "als zij na",
    "als ze na",
    "als hij na",
    "als jullie na",
    # "En indien de aanvraag toch na 10 augustus 2027 wordt ingediend, vervalt het recht dan
    # volledig?" (panel 60, h12: "geen antwoord")
    "toch na",
    "indien de aanvraag na",
    "vervalt het recht",
    # "En als ze pas in februari kunnen indienen, is het dan voorbij voor mijn ouders?" (panel
    # 62, g14 and g16: "geen antwoord")
    "is het dan voorbij",
    "pas na",
    # "als de ouders pas in februari bij een ambassade geraken? Is alles dan verloren?" (panel
    # 65, j5: where to apply)
    "alles dan verloren",
    "is alles verloren",
    # "als we indienen na 20 december. kan saba dan nog komen?" (panel 67, l3)
    "indienen na",
    "aanvragen na",
    "aanvraag na",
)  # "als zij na 10 maart aanvragen, kan dat nog?" (panel 31, a4)
CALENDAR_WORDS = ("agenda", "kalender", "calendar", "herinnering", "reminder", ".ics", " ics ",
                  "in mijn gsm")  # fmt: skip
STRENGTHEN_WORDS = ("echt niks", "echt niets", "is er niks", "is er niets", "niks meer",
                    # "en bilal moet hij iets extra tonen?" (panel 72, h1: "geen antwoord")
                    "extra tonen", "extra aantonen", "extra bewijzen", "extra elementen",
                    "andere elementen", "humanitaire elementen",
                    # "my mother Fatima, what can she do? what she need to show?" (panel 73)
                    "what can she do", "what can he do", "what can i do", "what can we do",
                    "need to show", "needs to show",
                    # "mariam is 20 jaar, wat moet ze doen om kans te hebben" (panel 40, g3)
                    "om kans te hebben", "om een kans te hebben", "om meer kans",
                    "wat nu", "nog doen", "wat kunnen ze nog", "wat kan ze nog", "wat kan hij nog",
                    "niets meer", "niks aan te doen", "niets aan te doen", "geen andere manier",
                    "geen andere mogelijkheid", "wat kan ik doen", "wat kunnen we doen",
                    "wat kan ik nog", "wat kunnen we nog", "kans groter", "kans vergroten",
                    "sterker maken", "sterker dossier", "in gevaar", "hoe kan ik helpen",
                    "wat moet ik bewijzen", "toch iets", "geen hoop", "helpt dat",
                    "kan er helpen", "wat kan helpen", "kan helpen",
                    "helpt het", "wat helpt", "kan dat helpen", "telt dat niet",
                    # "wat kan ik voor omar doen?" (panel 19, k2)
                    "wat kan ik voor", "wat kunnen we voor", "wat kunnen wij voor",
                    "wat kan ik nog voor",
                    # "als de zoon vertrekt blijft de vader alleen ... maakt dat verschil?" (b3)
                    "maakt dat verschil", "maakt dat een verschil")  # fmt: skip
# facts a user volunteers about a relative (seed 000/001 make them matter for a humanitarian
# visa): tokens (whole words) or phrases
ILL_TOKENS = frozenset({"ziek", "zieke", "ziekte", "ziektes", "medicijnen", "medicatie",
                        "ziekenhuis", "kanker", "diabetes", "suikerziekte", "dementie",
                        "hartziekte", "malade", "sick", "suiker", "hart", "hartpatient",
                        "beroerte", "rolstoel", "rolstoelgebonden", "verlamd", "blind",
                        "hartproblemen", "hartprobleem", "suikerziek",
                        # "ze heeft artrose en een hoge bloeddruk" (panel 55, c5)
                        "artrose", "artritis", "reuma", "bloeddruk", "astma", "nierziekte",
                        "operatie", "gehandicapt", "dokter",
                        # "mijn broer heeft epilepsie en kan niet werken" (panel 102, w4)
                        "epilepsie", "epileptisch", "epileptische", "aanvallen", "insuline",
                        "dialyse", "chemo", "parkinson", "alzheimer", "depressie", "trauma",
                        "ptss", "psychisch", "psychische", "hiv", "tuberculose", "tbc",
                        "hepatitis", "doof", "invalide", "autisme", "polio"})  # fmt: skip
RAISED_PHRASES = ("opgevoed", "grootgebracht", "groot gebracht", "voor mij gezorgd",
                  "voor me gezorgd", "zorgde voor mij", "zorgde voor me", "m'a eleve",
                  "raised me")  # fmt: skip
MONEY_TOKENS = frozenset({"geld", "euro", "cash"})
MONEY_VERBS = ("stuur", "stort", "overschrij", "overmaak", "overgemaakt", "opstuur",
               "western union", "moneygram", "wise")  # fmt: skip
ALONE_PHRASES = ("is alleen", "daar alleen", "helemaal alleen", "staat alleen", "woont alleen",
                 "echt alleen", "sindsdien alleen",  # "sindsdien is zij echt alleen" (53, g5)
                 "heel alleen",  # "sindsdien is mama heel alleen" (panel 63, h1)
                 "alleen achter", "alleen gelaten", "niemand meer", "geen familie meer",
                 "niemand die voor", "niemand om voor", "geisoleerd", "eenzaam", "alleen daar",
                 "zit alleen", "nog alleen", "niemand anders", "er is niemand", "weduwe",
                 "weduwnaar", "alleen achtergebleven", "is ze alleen", "is hij alleen",
                 "niet meer alleen", "niet goed meer alleen",
                 # "zij is 67 en ziek en alleen" (panel 50, g5: only the illness noted)
                 "ziek en alleen", "oud en alleen", "alleen en ziek", "alleen en oud")  # fmt: skip
# a relative settled elsewhere in Europe is no one who comes ("mijn zus woont in spanje";
# panel 6, k4); the countries and big cities of the EU and its neighbours, in Dutch
EUROPE_PLACES = ("spanje", "frankrijk", "nederland", "duitsland", "italie", "portugal",
                 "zweden", "noorwegen", "denemarken", "finland", "oostenrijk", "zwitserland",
                 "engeland", "groot-brittannie", "ierland", "luxemburg", "griekenland",
                 "polen", "parijs", "londen", "amsterdam", "rotterdam", "berlijn", "madrid",
                 "barcelona", "rome", "milaan", "lissabon", "stockholm")  # fmt: skip
# a relative who moved away (no place named), the reason another is alone (panel 40, h5)
MOVED_AWAY = ("zijn verhuisd", "is verhuisd", "zijn vertrokken", "is vertrokken",
              "zijn weggetrokken", "is weggetrokken", "wonen nu elders", "woont nu elders",
              "wonen niet meer", "woont niet meer")  # fmt: skip
# a relative whose partner died (seed 000: "een 'nieuwe' situatie van afhankelijkheid ...
# doordat jouw echtgeno(o)t(e) bijvoorbeeld recent overleden is"; panel 6, k4)
# "haar man is net gestorven", "de papa van youssef is vorige maand gestorven" (panel 33, b5)
PARTNER_DIED = re.compile(
    r"\b(?:haar man|zijn vrouw|haar echtgenoot|zijn echtgenote|(?:papa|vader|pa) van \w+|"
    r"mijn man|mijn echtgenoot)"  # the mother abroad: "mijn man is overleden in 2024" (c2)
    r"\s+is\s+(?:\w+\s+){0,2}(?:gestorven|overleden)\b"
    # "mijn vader pas in 2024 is overleden" (panel 53, g5)
    # "sinds mijn vader in 2023 overleden is" (panel 55, c5)
    r"|\b(?:mijn|haar|zijn) (?:vader|papa|pa)\s+(?!(?:\w+\s+){0,3}niet\s)(?:\w+\s+){1,4}"
    r"(?:gestorven|overleden)\b"
    # "sinds mijn moeder twee jaar geleden gestorven is" of the father (panel 69, h4)
    r"|\bsinds (?:mijn|haar|zijn) (?:moeder|mama|ma)\s+(?!(?:\w+\s+){0,3}niet\s)"
    r"(?:\w+\s+){0,4}(?:gestorven|overleden)\b"
)
WIDOWED_PHRASES = ("weduwe", "weduwnaar", "pa gestorven", "papa gestorven", "vader gestorven",
                   "pa overleden", "papa overleden", "vader overleden", "vader is overleden",
                   "vader is gestorven", "haar man overleden", "haar man is overleden",
                   "haar man gestorven", "zijn vrouw overleden",
                   "zijn vrouw is overleden")  # fmt: skip
# "hij is alleen naar België gegaan": how the sponsor came, not a relative left alone (panel 5, j4)
# "alleen met de baby ... bij haar ouders": someone cares for her, she is not alone (panel 14,
# b4; seed 001: "dat geen enkel ander familielid voor het betrokken familielid kan zorgen")
LIVES_WITH_FAMILY = ("bij haar ouders", "bij zijn ouders", "bij mijn ouders", "bij onze ouders",
                     "bij haar familie", "bij zijn familie", "bij familie", "bij haar moeder",
                     "bij zijn moeder", "bij haar broer", "bij zijn broer", "bij haar zus",
                     "bij zijn zus", "bij de familie")  # fmt: skip
CAME_ALONE = ("alleen naar", "alleen gekomen", "alleen gevlucht", "alleen aangekomen",
              "alleen hierheen", "alleen vertrokken", "alleen gegaan")  # fmt: skip
DANGER_TOKENS = frozenset({"gevaar", "gevaarlijk", "bedreigd", "bedreiging", "bedreigingen",
                           "onveilig", "oorlog", "vervolgd", "vervolging", "geweld", "taliban",
                           "danger", "bommen", "ontvoerd"})  # fmt: skip
SHE_WORDS = frozenset({"ze", "zij", "haar", "zie", "elle", "she", "her"})
HE_WORDS = frozenset({"hij", "hem", "em", "il", "he", "him"})  # "zijn" is also "to be"

# --- relationship words the NLU did not tag (cluster 6 of issue 12) ---------------------------
# Origin: the relationship synonyms of data/nlu/synonyms.yml (folded), plus the Flemish and
# chat forms of the blind set and the persona panel ("ma", "pa", "mams", "moeke", "vake",
# "ons ma", "mn madam", "bomma", "broerke"). `reading.spot_relationships` adds a mention for
# these only where the NLU tagged no relationship; AMBIGUOUS_RELATION_WORDS count only after
# a possessive ("mijn ma") or paired with their partner word ("ma en pa").
RELATIONSHIP_WORDS: dict[str, tuple[str, ...]] = {
    "spouse": ("ex", "exman", "exvrouw", "vrouw", "vrouwen", "vrouwtje", "echtgenote",
               "echtgenotes", "echtgenoot",
               "echtgenot", "eggenote",
               "echtenote", "man", "manneke", "eega", "wederhelft", "gade", "vent", "madam",
               "madame", "femme", "mari", "epouse", "epoux", "wife", "husband", "spouse",
               "zawja", "zawjati", "zoji"),
    "registered_partner": ("geregistreerde partner", "geregistreerd partner",
                           "wettelijk samenwonende partner", "wettelijke partner",
                           "wettelijk partner", "registered partner"),
    "partner": ("partner", "partnerin", "vriendin", "vriend", "vriendje", "vriendinnetje",
                "lief", "lieverd", "liefje", "verloofde", "aanstaande", "fiancee", "fiance",
                "girlfriend", "boyfriend", "copine", "copain", "schat"),
    "child": ("kind", "kinderen", "kindje", "kindjes", "kinders", "kids", "kid", "zoon",
              "zonen", "zoons", "zoontje", "zoonke", "dochter", "dochters", "dochtertje",
              "dochterke", "baby", "babytje", "tweeling", "jongste", "oudste", "middelste",
              "kleine", "kleintje", "kleintjes", "manneke", "enfant", "enfants", "fils",
              "fille", "child", "children", "son", "daughter", "gasten"),
    "stepchild": ("stiefkind", "stiefkinderen", "stiefzoon", "stiefdochter", "stiefzoontje",
                  "stiefdochtertje", "pluskind", "bonuskind", "stepson", "stepdaughter",
                  "kind van mijn vrouw", "kind van mijn man", "zoon van mijn vrouw",
                  "dochter van mijn vrouw", "zoon van mijn man", "dochter van mijn man",
                  "kind van mijn partner", "dochter van mijn partner", "zoon van mijn partner"),
    "parent": ("ouders", "ouder", "mama", "mam", "mams", "mamma", "mammie", "mamie", "moeke",
               "moeder", "moederke", "ma", "papa", "pap", "paps", "pa", "papi", "vake", "vader",
               "vaderke", "mother", "mom", "mum", "father", "dad", "parents", "mere", "pere",
               # Tamil, Arabic, Urdu, Somali words for mother and father (round 119, v3: "Mijn
               # amma, mijn broer en mijn zus" lost the mother)
               "amma", "appa", "ammi", "abba", "ummi", "hooyo", "aabo"),
    "sibling": ("broer", "broers", "broertje", "broertjes", "broerke", "broere", "zus",
                "zussen", "zusje", "zusjes", "zuske", "zuster", "zusters", "zusterke",
                "halfbroer", "halfzus", "broers en zussen", "frere", "soeur", "brother",
                "sister", "siblings"),
    "grandchild": ("kleinkind", "kleinkinderen", "kleinzoon", "kleindochter", "grandson",
                   "granddaughter", "grandchild",
                   # the partner's grandchild (seed 004: "(stief)grootouder"; panel 124, k3)
                   "stiefkleindochter", "stiefkleinzoon", "stiefkleinkind"),
    "grandparent": ("grootouders", "grootouder", "oma", "opa", "grootmoeder", "grootvader",
                    "bomma", "bompa", "meme", "meetje", "pepe", "vava", "moemoe", "petje",
                    "grandmother", "grandfather", "grandma", "grandpa"),
    "adopted_child": ("adoptiekind", "geadopteerd kind", "geadopteerde zoon",
                      "geadopteerde dochter", "adoptiezoon", "adoptiedochter"),
    "foster_child": ("pleegkind", "pleegkinderen", "pleegzoon", "pleegdochter", "kafala",
                     "kind dat bij ons opgroeit", "kind dat bij mij opgroeit",
                     "kind dat ik opvoed", "kind dat bij ons woont"),
    "other_relative": ("neef", "nicht", "neefje", "nichtje", "tante", "oom", "nonkel",
                       "schoonmoeder", "schoonvader", "schoonzus", "schoonbroer", "zwager",
                       "uncle", "aunt", "cousin", "nephew", "niece"),
}  # fmt: skip
# words that are a relative only with an owner or a partner word ("mijn ma", "ma en pa",
# "mn vent"); alone they are a conjunction ("ma" = maar), a noun or a figure of speech
AMBIGUOUS_RELATION_WORDS = frozenset(
    {"ex", "ma", "pa", "man", "vrouw", "vent", "madam", "madame", "vriend", "vriendin", "lief",
     "schat", "kleine", "kleintje", "kleintjes", "oudste", "jongste", "middelste", "gasten",
     "ouder", "kind", "kid", "partner", "aanstaande", "mam", "pap", "femme", "mari", "fille",
     "fils", "enfant", "son", "baby"}
)  # fmt: skip
# the pair that makes "ma" / "pa" a parent without an owner ("ma en pa zitten in idlib")
PARENT_PAIRS = ("ma en pa", "pa en ma", "mama en papa", "papa en mama", "mams en paps")

# --- registered partnerships (cluster 2) -------------------------------------------------------
# the couple's bond is a registered partnership (seed 001 "geregistreerd partnerschap",
# "wettelijk geregistreerd"; Belgian "wettelijke samenwoning"; foreign forms)
REGISTERED_PARTNERSHIP = (
    "geregistreerd partnerschap", "geregistreerde partner", "geregistreerd partner",
    "wettelijk samenwonend", "wettelijk samenwonen", "wettelijke samenwoning",
    "wettelijk samenwonende", "samenlevingscontract", "samenwoningscontract",
    "wettelijke partners", "wettelijke partner",
    "samenlevingsovereenkomst", "verklaring van wettelijke samenwoning",
    "geregistreerd samenwonen", "geregistreerde samenwoning", "civil partnership",
    "registered partnership", "partenariat enregistre", "pacs", "gepacst", "uniao estavel",
    "union estable", "union civil", "eingetragene partnerschaft", "partnerschap geregistreerd",
    "partnerschap laten registreren", "partnerschap gesloten", "partnerschap afgesloten",
)  # fmt: skip
# words that deny it ("niet geregistreerd", "niks officieel", "geen samenlevingscontract")
NOT_REGISTERED = (
    "niet geregistreerd", "niets geregistreerd", "niks geregistreerd", "nooit geregistreerd",
    "geen geregistreerd", "geen wettelijk", "geen samenlevingscontract", "ook geen wettelijk",
    "niks officieel", "niets officieel", "bestaat daar ni", "bestaat daar niet",
    # "ook niet wettelijk samenwonen of zo" (panel 100, u3: "Goed nieuws: je vriendin heeft
    # recht op gezinshereniging")
    "niet wettelijk", "nie wettelijk", "ni wettelijk", "niet samenwonend", "niet samenwonen",
    "geen wettelijke", "nog niet wettelijk", "niet officieel samen",
    "geen samenwoningscontract", "geen samenwooncontract",
)  # fmt: skip
# cities a registration names instead of its country
PLACE_COUNTRY = {
    "londen": "Verenigd Koninkrijk", "london": "Verenigd Koninkrijk",
    "manchester": "Verenigd Koninkrijk", "rotterdam": "Nederland", "amsterdam": "Nederland",
    "den haag": "Nederland", "utrecht": "Nederland", "berlijn": "Duitsland",
    "berlin": "Duitsland", "keulen": "Duitsland", "hamburg": "Duitsland",
    "kopenhagen": "Denemarken", "stockholm": "Zweden", "oslo": "Noorwegen",
    "helsinki": "Finland", "reykjavik": "IJsland", "parijs": "Frankrijk", "paris": "Frankrijk",
    "sao paulo": "Brazilie", "rio": "Brazilie",
}  # fmt: skip

# --- places in Belgium (cluster 7: "mijn man woont in antwerpen" is the sponsor) ---------------
BELGIAN_PLACES = (
    "antwerpen", "brussel", "bruxelles", "gent", "luik", "liege", "charleroi", "leuven",
    "brugge", "mechelen", "hasselt", "namen", "namur", "kortrijk", "oostende", "aalst", "genk",
    "sint-niklaas", "roeselare", "turnhout", "mons", "bergen", "vilvoorde", "lier", "ieper",
    "dendermonde", "beveren", "halle", "molenbeek", "schaarbeek", "anderlecht", "borgerhout",
    "deurne", "merksem", "belgie", "belgium", "belgique",
    # other languages' names and phone typos ("werkt als verpleegster in Andwerpen"; panel 103,
    # z4: the wife in Belgium not seen, the husband abroad asked his status)
    "andwerpen", "antwerp", "anvers", "brussels", "bruxel", "gand", "louvain",
    "bruges", "malines", "ostende", "courtrai", "belgia", "belgien",
)  # fmt: skip
# of two parents named together ("mijn ouders"), the one left when the other has died
# words for the same person: the applicant's "papa" is her "vader" in Belgium (panel 19, l4)
SAME_PERSON_WORDS = (
    frozenset(
        {
            "papa",
            "vader",
            "pa",
            "pap",
            "paps",
            "papi",
            "pappie",
            "vake",
            "appa",
            "abba",
            "baba",
            "father",
            "dad",
        }
    ),  # fmt: skip
    frozenset(
        {
            "mama",
            "moeder",
            "ma",
            "mam",
            "mams",
            "mami",
            "mammie",
            "moederke",
            "amma",
            "ammi",
            "ummi",
            "hooyo",
        }
    ),
    frozenset({"man", "echtgenoot"}),
    frozenset({"vrouw", "echtgenote"}),
)
OTHER_PARENT_WORD = {"vader": "moeder", "papa": "mama", "pa": "ma", "moeder": "vader",
                     "mama": "papa", "ma": "pa"}  # fmt: skip
# words after "ik ben in" that are no place abroad ("ik ben in de war", "ik ben in orde")
NOT_A_PLACE = frozenset({"war", "orde", "paniek", "nood", "gevaar", "procedure", "asiel",
                         "hier", "dit", "dat", "een", "verwachting", "opleiding", "behandeling",
                         "shock", "stress", "tranen", "twijfel", "afwachting"})  # fmt: skip
LIVES_VERBS = ("woont", "wonen", "zit", "zitten", "werkt", "werken", "verblijft", "leeft",
               "is", "zijn", "vit", "habite", "lives", "works")  # fmt: skip

# deceased in words the DECEASED list misses: "die leven niet meer", "is er niet meer"
DECEASED_PHRASES = (
    "leven niet meer", "leeft niet meer", "niet meer in leven", "zijn er niet meer",
    "is er niet meer", "niet meer leven", "overleed", "overleden", "gestorven", "stierf",
    "stierven", "vermoord", "gedood", "omgekomen", "verongelukt", "zijn we kwijt",
    "is weg", "spoorloos",
    # "haar mama nesrin is ontvoerd door isis en nooit meer gezien" (panel 108, n4)
    "ontvoerd", "nooit meer gezien", "nooit teruggezien",
    # Flemish "ni"/"nie": "mijn ouders zijn er ni meer" (panel 108, m4: "Is je eerste ouder op
    # hoge leeftijd?")
    "zijn er ni meer", "is er ni meer", "zijn er nie meer", "is er nie meer", "leeft ni meer",
    "leven ni meer", "leeft nie meer", "leven nie meer",
)  # fmt: skip
# a clause that continues about the person just named ("mijn ouders, die leven niet meer")
BACK_REFERENCES = frozenset({"die", "dat", "ze", "zij", "hij", "hun", "hem", "wie", "em"})

# --- plain answers (cluster 3) -----------------------------------------------------------------
# "dat weet ik niet": the fact is unknown; it is recorded as such and the bot goes on
UNKNOWN_ANSWERS = (
    "weet ik niet", "weet het niet", "weet niet", "geen idee", "kweet het niet", "kweet ni",
    "weet ik ni", "weet ni", "kweet niet", "geen flauw idee", "ik weet het echt niet",
    "ik ben niet zeker", "niet zeker", "geen idee", "je ne sais pas", "i don't know",
    "dont know", "onbekend", "weet ik nie", "kan ik niet zeggen",
    # "weet ik nog niet, zijn ex twijfelt nog" (panel 45, g3: recorded as no consent)
    "weet ik nog niet", "weten het nog niet", "weten we nog niet", "twijfelt nog",
)  # fmt: skip
# how often one fact is asked before it is recorded as unknown
MAX_ASKS = 2

# --- context persons (cluster 1) ---------------------------------------------------------------
# a relative someone lives with is the host, not an applicant ("de kinderen zijn bij mijn
# moeder", "ze woont bij haar oma"): the word before the owner
HOST_PREPOSITIONS = frozenset({"bij", "chez", "with"})
# "ik schrijf voor mijn oom": the relative named next is the client (the sponsor)
CLIENT_INTRO = ("schrijf voor", "schrijf namens", "vraag dit voor", "vraag het voor",
                "ik vraag voor", "namens", "in naam van", "ik help mijn", "typ voor",
                "tik voor", "typ dit voor", "vraagje voor", "ik help ne", "ik help een",
                "ik help nen")  # fmt: skip
# (not "een vraag voor mijn kleine broer": the brother is the one who comes; panel 8, p2)
# an ex-partner is no applicant (panel 3, b2: "mijn ex man, wij zijn gescheiden" made a
# husband who wants to come): a word before the partner ("mijn ex man", "mijn vroegere
# vrouw") or a divorce in the words about the partner
EX_WORDS = frozenset({"ex", "vorige", "vroegere", "voormalige", "gewezen", "exman", "exvrouw"})
DIVORCED = ("gescheiden", "scheiding", "uit elkaar", "divorce", "divorcee", "divorced")
# the writer's own divorce, no partner named ("ik ben gescheiden", b2): the partner stored is
# the ex
WRITER_DIVORCED = ("ik ben gescheiden", "wij zijn gescheiden", "we zijn gescheiden",
                   "k ben gescheiden", "we zijn uit elkaar", "wij zijn uit elkaar",
                   "je suis divorce", "i am divorced", "i'm divorced")  # fmt: skip
# the writer has no spouse or partner (seed 001's "u of uw echtgenoot/echtgenote of partner"
# is then "u" alone; panel 3 round 3, f2)
WRITER_ALONE = ("ik ben alleenstaande", "ik ben alleenstaand", "alleenstaande moeder",
                "alleenstaande mama", "alleenstaande vader", "alleenstaande papa",
                "ik ben weduwe", "ik ben weduwnaar", "ik heb geen man", "ik heb geen vrouw",
                "ik heb geen partner",
                "ik ben single", "mere celibataire", "single mother")  # fmt: skip
# a relative the user says is not coming ("hij moet niet komen", "mijn vader komt niet",
# "mijn man moet weg uit de lijst"): no applicant, and taken out if stored (panel 3, b2, b3)
# "hij ging alleen met zijn oom tot turkije": a travel companion, no applicant (panel 16, f2)
TRAVEL_VERBS = frozenset({"ging", "gingen", "reisde", "reisden", "vluchtte", "vluchtten",
                          "gevlucht", "vertrok", "vertrokken", "gereisd", "gegaan"})  # fmt: skip
# adjectives after "zijn" that end like a nationality ("turks", "marokkaanse") but are none
NOT_NATIONALITIES = frozenset({"thuis", "boos", "vies", "wijs", "dwars", "alles", "eens"})
# "zelfde mama en papa": the words between "zelfde" and each parent (panel 15, d1)
SAME_PARENTS_JOINERS = frozenset({"mama", "papa", "moeder", "vader", "en", "ouders", "mijn"})
NOT_COMING = ("komt niet", "komen niet", "komt ook niet", "moet niet komen", "moeten niet komen",
              "kan niet komen", "kunnen niet komen",
              "hoeft niet te komen", "hoeven niet te komen", "wil niet komen",
              "willen niet komen", "gaat niet mee", "komt niet mee",
              # "moet weg uit de lijst"; not "is verdwenen uit de lijst, zij moet erbij" (round
              # 123, t5: the daughter taken out)
              "weg uit de lijst", "moet uit de lijst", "mag uit de lijst", "moeten uit de lijst",
              "mogen uit de lijst", "haal uit de lijst", "schrap uit de lijst",
              # "de tante wil niet naar belgie komen" (panel 42, g3)
              "wil niet naar belgie komen", "willen niet naar belgie komen",
              # "de oma is oud en wil zelf niet naar belgie" (panel 48, g2)
              "wil niet naar belgie", "willen niet naar belgie", "wil zelf niet naar belgie",
              "wil zelf niet komen", "wil zelf niet mee", "wil ook niet komen",
              "wil ook niet naar belgie",
              "komt niet naar belgie", "komen niet naar belgie",
              # "mama wil niet mee eigenlijk" (panel 30, a2)
              "wil niet mee", "willen niet mee", "wil ze niet mee",
              # Flemish chat "nie" (panel 33, b3: "nee, mijn vriendin komt nie!!")
              "komt nie", "komen nie", "komt ook nie", "moet nie komen", "wil nie komen",
              "gaat nie mee", "komt nie mee", "wil nie mee",
              "vient pas", "not coming",
              # English (round 118, z1, z2: "my mother dont come", "joel dont come")
              "dont come", "don't come", "doesnt come", "doesn't come", "does not come",
              "she not come", "he not come", "will not come", "won't come", "wont come",
              "stays there", "she stay there", "he stay there",
              # "mijn papa zit in gevangenis in eritrea, geen contact" (panel 91, n1: "Je papa:
              # wil naar België komen")
              # "mijn dochter salma is ook daar maar die is getrouwd, gaat niet over haar"
              # (panel 117, z4: "Hoe oud is je dochter?")
              "gaat niet over haar", "gaat niet over hem", "gaat nie over haar",
              "gaat nie over hem", "gaat niet over hen", "not about her", "not about him",
              "zit in gevangenis", "zit in de gevangenis", "zit in de cel", "zit vast",
              "is in de gevangenis", "is in gevangenis", "in prison")  # fmt: skip
# a person the bot has wrongly: "er is geen oma", "ik heb geen derde zoon" (before the word),
# "die bestaat niet", "weg ermee", "schrap hem" (after it; panel 23, v2, v3, v4, s1)
DENIED_BEFORE = ("is geen", "zijn geen", "heb geen", "komt geen", "komen geen", "stop geen",
                 "nee geen", "schrap", "schrap de", "haal de", "verwijder",
                 "verwijder de")  # fmt: skip
DENIED_AFTER = ("bestaat niet", "bestaan niet", "weg ermee", "haal weg", "mag weg", "mogen weg",
                "moet weg", "moeten weg", "bestaat ook niet")  # fmt: skip
# no judgment on custody: seed 004's other proofs (panel 20, m4)
NO_CUSTODY_JUDGMENT = ("geen vonnis", "zonder vonnis", "geen rechterlijke", "geen uitspraak",
                       "geen papier van de rechtbank", "geen papier van rechtbank",
                       "geen beslissing van de rechter",
                       "geen beslissing van een rechter",
                       # "er is geen papier van een rechter", "nooit een vonnis" (panel 56, f3)
                       "geen papier van een rechter", "geen papier van de rechter",
                       "nooit een vonnis", "nooit vonnis",
                       # "geen rechter gezien", "er is geen rechter geweest" (panel 126, m2, z5)
                       "geen rechter gezien", "geen rechter geweest", "er is geen rechter",
                       "nooit een rechter", "nooit bij de rechter")  # fmt: skip
# a judgment on custody told ("er is een vonnis", "een vonnis van de rechtbank in mixco"):
# seed 001's "een kopie van het vonnis ... dat u het exclusief recht van bewaring toekent"
# (panel 124, q2); read only when no NO_CUSTODY_JUDGMENT words are in the message
CUSTODY_JUDGMENT = ("vonnis", "jugement", "court order", "uitspraak van de rechter",
                    "beslissing van de rechter", "beslissing van de rechtbank")  # fmt: skip
# a document said to be missing ("ik heb geen geboorteakte", "de akte is verbrand")
MISSING_WORDS = ("geen akte", "geen geboorteakte", "geen geboorteaktes", "heb ik niet",
                 "geen huwelijksakte", "geen trouwakte",  # (panel 33, a3)
                 "heb dat niet", "hebben we niet", "hebben wij niet", "kwijt", "verbrand",
                 "verloren", "vernietigd", "niet meer",
                 # "mijn geboorteakte is in ons huis in homs, dat is kapot" (panel 36, g4)
                 "kapot", "ingestort")  # fmt: skip
# the humanitarian visa of the soft procedure and its renewal (seed 001)
# a question what a word of the answer means ("wat bedoel je met 'in tweede orde'?")
MEANING_WORDS = ("wat bedoel", "wat betekent", "wat is", "wat wil dat zeggen", "betekenis",
                 "?", "uitleg", "leg uit")  # fmt: skip
# a question whether someone there matters ("mijn zus is ook in nador ... is dat een probleem?")
CARE_QUESTION = ("probleem", "erg", "uitmaken", "maakt dat", "maakt het", "zorgen", "telt dat")
# a question whether money counts ("telt dat mee?")
COUNTS_QUESTION = ("telt dat", "telt het", "meetellen", "telt mee", "tellen mee", "mag dat mee",
                   "rekening mee", "kan dat helpen")  # fmt: skip
# a relative's own income named in a question ("mijn mama heeft ook pensioen, 1600 euro")
PENSION_WORDS = ("pensioen", "pensioentje", "uitkering", "loon", "salaris", "inkomen")
# a question told indirectly ("ik vroeg of hij kan helpen met geld"; panel 19, k1)
INDIRECT_QUESTION = ("vroeg of", "vraag of", "vroeg ik")
# "kan mijn schoonvader bijspringen?": who would help with money, no applicant (panel 19, k1)
MONEY_HELP_WORDS = ("helpen betalen", "bijspringen", "bijspringt", "bij springen",
                    "helpen met geld",
                    "met geld helpen", "financieel helpen", "financieel steunen", "garant staan",
                    "borg staan", "meebetalen", "mee betalen", "bijleggen", "geld bijleggen",
                    "sponsoren",
                    # "mijn ouders sturen geld", "ze sturen mij geld" (panel 44, g5: the
                    # student's parents became applicants)
                    "sturen geld", "sturen mij geld", "sturen me geld", "stuurt geld",
                    "stuurt mij geld", "stuurt me geld", "betalen mijn studie",
                    # "mijn broers geven haar soms iets" (panel 91, n3: two brothers added)
                    "geven haar soms", "geven hem soms", "geven haar geld", "geven hem geld",
                    "geeft haar soms", "geeft hem soms", "geeft haar geld", "geeft hem geld",
                    "geven haar iets", "geven hem iets", "geeft haar iets",
                    "geeft hem iets")  # fmt: skip
# a sentence after "onze ouders zijn dood" that says someone lives or comes: not a list of
# the dead (panel 22, q2: "papa in 2019 en mama vorig jaar")
ALIVE_VERBS = ("woont", "wonen", "leeft", "leven", "wil", "willen", "komt", "komen", "is",
               "zijn", "zit", "zitten")  # fmt: skip
# "mijn oom heeft mijn man geslagen": who did it is no applicant (panel 19, l3)
VIOLENCE_WORDS = ("geslagen", "sloeg", "sloegen", "slaat", "slaan", "bedreigd", "bedreigt",
                  "bedreigen", "mishandeld", "mishandelt", "aangevallen", "ontvoerd",
                  "achtervolgd", "achtervolgt", "verkracht", "gemarteld")  # fmt: skip
# ... but "komt niet alleen", "komt niet meteen": coming all the same
NOT_COMING_BUT = frozenset({"alleen", "zonder", "nu", "meteen", "direct", "eerst", "terug",
                            "onmiddellijk", "seul", "alone",
                            # money that "komt nie eens altijd" (panel 117, u5: the grandfather
                            # taken out)
                            "eens", "altijd", "aan", "op tijd", "elke maand"})  # fmt: skip
# "ik sta er niet op als vader": the writer's own role, no relative ("als" before the word)
WRITER_AS = frozenset({"als", "as", "comme"})
# a child from an earlier relationship of the partner is a stepchild
STEP_CUES = ("eerste huwelijk", "vorig huwelijk", "vorige relatie", "vorige man",
             "vorige vrouw", "eerste man", "eerste vrouw", "ex-man", "ex-vrouw",
             # "ze heeft ne zoon van 15 van haar vorige huwelijk" (panel 33, b2)
             "vorige huwelijk", "eerder huwelijk", "eerdere huwelijk",
             "eerdere relatie")  # fmt: skip
# "de oudste", "mijn jongste": one of a group named before, not a new person
# the selectors that pick by age ("de jongste is geboren na mijn aankomst"; panel 22, q1)
AGE_SELECTORS = ("jongste", "kleinste", "oudste")
OLDEST_WORDS = frozenset({"oudste"})
SELECTORS = frozenset({"oudste", "jongste", "middelste",
                       # "de kleine is 14 jaar en de grote 20", asked of his brothers (n1)
                       "kleine", "grote", "kleinste", "grootste"})  # fmt: skip
# the sponsor came to Belgium as an unaccompanied minor (seed 001, art. 10 §1 7°)
UAM_CUES = ("niet-begeleide minderjarige", "niet begeleide minderjarige", "nbm", "nbmv",
            "alleen gekomen", "alleen naar belgie gekomen", "alleen naar belgie gevlucht",
            "alleen gevlucht", "zonder ouders gekomen", "zonder mijn ouders", "zonder ouders",
            "alleen hierheen gekomen", "alleen naar hier gekomen", "kwam alleen",
            "alleen aangekomen", "mineur non accompagne", "unaccompanied minor",
            "alleen in belgie asiel", "alleen asiel gevraagd",
            "als minderjarige alleen")  # fmt: skip
# words before a number word that make it an age ("van tien", "is zeventien")
NUMBER_WORD_CUES = frozenset({"van", "is", "zijn", "wordt", "werd", "ben"})
# "de dood van mijn moeder", "mijn overleden broer": the death word before the person
DEATH_BEFORE = ("dood van", "overlijden van", "verlies van", "na de dood van", "graf van")
# the child was adopted: "de zoon van mijn broer geadopteerd" (seed 001 adopted children)
ADOPTION_CUES = ("geadopteerd", "adoptie", "adopte", "adopted")
# "25 jaar getrouwd", "al 6 jaar samen": a duration, no age
# "we kennen elkaar 3 jaar", "sinds 2 jaar": a duration, no age (panel 10, t2)
# "ik ben hier 6 jaar"; "jonger dan 18": a bound, no age (panel 20, n3)
DURATION_BEFORE = frozenset(
    {"elkaar", "sinds", "sins", "sindsdien", "sedert", "gedurende", "hier", "dan"}
)  # "sins 8 maand" (panel 29, b1)
DURATION_AFTER = ("jaar getrouwd", "jaar samen", "jaar verloofd", "jaar gescheiden",
                  "jaar weg", "jaar hier", "jaar in ", "jaar niet", "jaar lang", "jaar geleden",
                  "jaar terug", "jaar bij ", "jaar zonder", "jaar apart", "jaar op de vlucht",
                  "jaar wachten", "jaar gewacht", "maand gewacht", "maanden gewacht",
                  # "iemand zei dat ze maar 1 jaar had" (round 120, z3: "De moeder: 1 jaar")
                  "jaar had", "jaar heeft", "jaar hebben", "jaar hadden",
                  # "da hij eerst 2 jaar moet wachten" (panel 117, u3: "Het kind van 2 jaar")
                  "jaar moet wachten", "jaar moeten wachten", "jaar moest wachten",
                  "maanden moet wachten", "maand moet wachten",
                  "maand geleden", "maanden geleden", "maand wachten", "maanden wachten",
                  "m2", "m²", "vierkante",  # "een studio van 35m2" (panel 21, o3)
                  # "ze huurt een studio, 1 slaapkamer" (panel 23, v4: "De moeder: 1 jaar")
                  "slaapkamer", "slaapkamers", "kamer", "kamers", "verdieping",
                  # "99 is haar geboortejaar" (round 120, s4: "De vrouw van je ploegmaat: 99
                  # jaar")
                  "is haar geboortejaar", "is zijn geboortejaar", "is mijn geboortejaar",
                  "geboortejaar",
                  # "Total 2 persons: wife 45 + daughter 19" (round 121, q4: "Je echtgenote: 2
                  # jaar")
                  "persons", "personen", "people", "mensen", "persoon", "person",
                  # "1 bedroom" (panel 118, s5: "Over wie gaat 1 jaar?")
                  "bedroom", "bedrooms", "room", "rooms",
                  # "nog 1 ding: ..." (panel 24, g2: "Je mama: 1 jaar")
                  "ding", "dingetje", "vraag", "vraagje", "laatste vraag",
                  # "nog 2 jaar voor mijn doctoraat" (panel 74, g5: "Jij: 2 jaar")
                  "jaar voor mijn doctoraat", "jaar voor mijn studie", "jaar studie",
                  "jaar studeren", "jaar te gaan", "jaar doctoraat",
                  # "A-kaart ... nog 2 jaar geldig" (panel 77, g5: "Over wie gaat 2 jaar?")
                  "jaar geldig", "maand geldig", "maanden geldig", "jaar is hoe lang",
                  # "ik las iets over 1 jaar na erkenning" (panel 79, g1: "Over wie gaat 1 jaar?")
                  "jaar na ", "maand na ", "maanden na ",
                  # "ik ben al 8 maand erkend", "1 jaar termijn" (panel 19, l1: "Jij: 0 jaar")
                  "maand erkend", "maanden erkend", "maand hier", "maanden hier",
                  "maand in ", "maanden in ", "jaar termijn", "maand termijn",
                  "maanden termijn", "jaar de tijd", "maanden de tijd", "jaar tijd",
                  # "we zijn 3 maanden getrouwd" (panel 33: "Over wie gaat 0 jaar?")
                  "maand getrouwd", "maanden getrouwd", "maand samen", "maanden samen",
                  # "moeten we 45 dagen samen geweest zijn?" (panel 33, b2: "Je vrouw: 45")
                  "dagen", "dag ",
                  "week getrouwd", "weken getrouwd", "maand verloofd",
                  "maanden verloofd")  # fmt: skip
# a bare "de vader", "de mama" (no "mijn") is the child's other parent, no applicant
OTHER_PARENT_ARTICLES = frozenset({"de", "die", "den"})
# a partner named in the sentence before "haar dochter" (a helper writes "getrouwd met een
# vrouw ... haar dochter"): her child is the sponsor's stepchild
COUPLE_WORDS_BEFORE = (" getrouwd met ", " zijn vrouw ", " haar man ", " zijn partner ",
                       " haar partner ", " echtgenote ", " echtgenoot ")  # fmt: skip
# a hypothetical clause ("als ze volgend jaar 21 wordt, ..."): its ages are no facts
HYPOTHETICAL = (" als ", " wanneer ", " indien ", " stel dat ", " tegen dat ", " zodra ",
                " wat als ", " si ", " if ")  # fmt: skip
# "de jongen is ondertussen 16, hij verjaarde in november": a birthday since the age was told
BIRTHDAY_SINCE = ("verjaard", "verjaarde", "jarig geweest", "ondertussen", "intussen",
                  "inmiddels", "geworden")  # fmt: skip
# "is vorige maand 18 geworden": a birthday just past, so the age now (panel 19, k2)
JUST_TURNED = ("vorige maand", "vorige week", "net", "pas", "onlangs", "deze maand", "gisteren",
               "laatst", "recent", "juist")  # fmt: skip
# the sponsor pays for the relative: "ik betaal alles voor hem", "ik stuur elke maand geld"
DEPENDENT_CUES = ("betaal alles", "betaal ik alles", "stuur elke maand geld", "stuur haar geld",
                  "stuur hem geld", "stuur geld", "sturen elke maand geld", "sturen geld",
                  "ten laste", "leeft van mijn geld", "onderhoud hem", "onderhoud haar",
                  "ik betaal voor")  # fmt: skip
# the writer's past age that tells the minority at the asylum application: the clause speaks
# of the application (asylum) or of a later event (recognition, both after the application
# only when the age was under 18)
ASYLUM_WORDS = (" asiel", " bescherming aangevraagd", " aanvraag")
LATER_EVENTS = (" erkend", " erkenning", " statuut", " status")
# a new subject inside a sentence ("... sinds zij overleden is"): the words after it are
# about the person the pronoun names, not about the one before
SUBORDINATORS = ("sinds", "omdat", "want", "toen", "nadat", "terwijl", "maar", "dus", "en",
                 "waar", "zodat")  # fmt: skip
SUBJECT_PRONOUNS = {"zij": "zij", "ze": "zij", "hij": "hij"}
# the writer cares for the child without adoption: a foster child (seed 001/004)
FOSTER_CUES = ("zorg voor", "zorgen voor", "voogdij", "kafala", "opgroeit", "opvoed",
               "pleeg", "in huis genomen", "opgevangen")  # fmt: skip
# the writer is the guardian of the relative who comes (seed 000 "buitenlandse voogdij";
# panel 6, l3)
WRITER_GUARDIAN_CUES = (" ik haar voogd", " ik zijn voogd", " ik ben haar voogd",
                        " ik ben zijn voogd", " voogdij over", " zorg ik voor",
                        " ik zorg voor haar", " ik zorg voor hem", " kafala",
                        # "de rechtbank in Conakry heeft mij voogd gemaakt" (panel 53, h2)
                        " mij voogd", " mij als voogd", " mij de voogdij", " ik ben voogd",
                        " ik ben de voogd", " dat ik voogd", " ik de voogd ben")  # fmt: skip
# "ik ben zijn zus": the writer names her own place in the family
WRITER_IS = ("ik ben zijn", "ik ben haar", "ik ben de", "k ben zijn", "k ben haar", "k ben de",
             "ik ben zijne", "ik ben", "k ben", "ik ben een", "ik ben zelf de",
             # "IK wil komen, ik ben het kind" (panel 108, n5: "Hoe oud is je kind?")
             "ik ben het", "k ben het", "ik ben zelf het",
             "ik ben alleenstaande", "ik ben een alleenstaande", "k ben alleenstaande",
             "als alleenstaande",
             # "ik ben het die wil komen, zijn zus" (panel 22, q2; "ik, de zus": reading)
             "die wil komen zijn", "die wil komen de",
             # "I am the father" of his daughter (panel 73, g3: "Is je vader op hoge leeftijd?")
             "i am the", "i am her", "i am his", "im the", "i'm the",
             # "sorry my dutch. i am wife. husband in brussel" (panel 114, s5)
             "i am", "im", "i'm", "i am a")  # fmt: skip
# an official marriage denied ("niet officieel", "nooit op papier")
NOT_OFFICIAL = ("niet officieel", "nooit officieel", "niet geregistreerd", "nooit geregistreerd",
                "niet op papier", "nooit op papier", "niet burgerlijk", "niet wettelijk",
                "niet bij de gemeente", "niet op de gemeente")  # fmt: skip
# words between an owner and the relative ("mijn tweede vrouw", "mn 2 zussen", "mijn kleine
# broer"); an ordinal also tells two people with one word apart (the first wife is here)
QUALIFIERS = frozenset({"eerste", "tweede", "derde", "andere", "nieuwe", "kleine", "grote",
                        "lieve", "eigen", "ex", "vorige", "oudere", "jongere", "oude"})  # fmt: skip
ORDINALS = frozenset({"eerste", "tweede", "derde"})
# a child's other parent told of as absent or as the one who consents: no applicant
# ("zijn papa is onbekend", "moet de papa toestemming geven?"; panel 23, s2; panel 24, h5)
ABSENT_PARENT_WORDS = ("onbekend", "verdwenen", "vermist", "toestemming", "akkoord",
                       "tekenen", "niet bekend")  # fmt: skip
# "het zijn 4 kinderen", "er zijn 3 zonen": "zijn" after these is the verb, not "his"
SUBJECTS_OF_ZIJN = frozenset({"het", "er", "dat", "dit", "die", "ze", "we", "wij", "jullie"})
# the relative abroad who writes (her relationship to the sponsor) -> her bare words that
# name her own relative, never "de X van je zoon": a brother's "mama" (their mother), the
# son's "mama en mijn zusjes" (panel 23, v3), the mother's "kleine zoon" (v2), the wife's
# "meisje 11" (panel 24, h4)
WRITERS_OWN_BARE = {"sibling": "any", "child": ("sibling", "parent", "grandparent", "child"),
                    "parent": ("child",), "spouse": ("child",), "partner": ("child",),
                    "registered_partner": ("child",)}  # fmt: skip
# "mijn kleine zoon", "de jongste broer": a younger relative than the one in Belgium
LITTLE_WORDS = frozenset({"kleine", "kleinste", "jongste", "jongere", "klein"})
ORDINAL_QUALIFIERS = frozenset({"eerste", "tweede", "derde", "andere", "nieuwe", "ex",
                                "vorige"})  # fmt: skip

# income that may not be enough to prove (seed 000: "niet voldoende stabiel, toereikend of
# regelmatig"): the humanitarian visa "in tweede orde" beside the request (panel 5, i2, i4)
# someone who earns in Belgium, in an income question ("mijn vrouw verdient 1300 euro, is
# dat genoeg?"): the sponsor's partner, no applicant (panel 13, z2; panel 14)
EARNS_HERE = ("verdient", "verdienen", "werkt ook", "heeft werk", "heeft een job", "haar loon",
              "zijn loon", "haar salaris", "zijn salaris", "haar pensioen",
              "zijn pensioen",
              # "Met mijn man samen zijn we 4450" (round 118, q3: "Je man of vrouw: wil naar
              # België komen")
              "samen zijn we", "samen hebben we", "samen verdienen we", "samen hebben wij",
              "samen zijn wij")  # fmt: skip
EARNS_ABROAD = ("daar", "in het buitenland", "niks", "niets", "geen")
# "telt dat?", "leefloon": a question about the kinds of income, not about an amount
INCOME_KIND_QUESTION = ("leefloon", "ocmw", "telt", "tellen", "meetellen", "meegeteld",
                        "welk inkomen", "welke inkomsten", "wat telt", "mutualiteit",
                        "werkloosheid", "kinderbijslag", "groeipakket", "invaliditeit")  # fmt: skip
# an income of a kind the sources may not name ("ik heb een uitkering"), asked about without
# an amount
INCOME_KIND_WORDS = INCOME_KIND_QUESTION + ("uitkering", "pensioen")
LOW_INCOME_WORDS = ("werkloos", "werkloosheid", "uitkering", "leefloon", "ocmw", "geen werk",
                    "nog niet werk", "werk nog niet", "te weinig", "te laag", "niet genoeg",
                    "interim", "tijdelijk contract", "dagcontract", "contract is tijdelijk",
                    "tijdelijke job", "niet haalt", "niet halen", "werkt nog niet",
                    "inkomen niet", "geen inkomen",
                    # "I have no work now" (panel 73, g3)
                    "no work", "no job", "no income", "not enough")  # fmt: skip

# "kan ze eerst alleen het zoontje laten komen?" (seed 003: a minor child who comes alone;
# panel 5, i4)
CHILD_FIRST_WORDS = ("eerst alleen", "alleen het kind", "alleen de zoon", "alleen mijn zoon",
                     "alleen het zoontje", "alleen de dochter", "alleen mijn dochter",
                     "eerst het kind", "eerst mijn zoon", "eerst mijn dochter", "eerst de zoon",
                     "eerst de dochter", "alleen haar zoon", "alleen zijn zoon",
                     "alleen haar dochter", "alleen zijn dochter")  # fmt: skip

# the parent named is a step-parent of the sponsor (seed 002: only "zijn vader en zijn
# moeder" join a minor; panel 5, j4)
STEPPARENT_CUES = ("stiefvader", "stiefpapa", "stiefmoeder", "stiefmama", "niet de papa van",
                   "niet de vader van", "niet de mama van", "niet de moeder van",
                   "niet zijn echte vader", "niet haar echte vader", "niet zijn papa",
                   "niet haar papa", "beau-pere", "belle-mere")  # fmt: skip

# "hoe lang duurt het?": the processing time (panel 5, i2, j1, j2)
PROCESSING_WORDS = ("hoe lang duurt", "hoelang duurt", "hoe lang moet ik wachten",
                    "hoe lang wachten", "hoeveel tijd duurt", "hoe lang gaat het duren",
                    "hoelang gaat het duren", "hoeveel maanden", "how long",
                    # "hoe lang moet ze wachten?", "en de wachttijd?" (panel 43, h4)
                    "wachttijd", "moet ze wachten", "moet hij wachten", "moeten ze wachten",
                    "hoe lang moet")  # fmt: skip
# "wat kost het?" next to another question (panel 5, i5)
COST_WORDS = ("wat kost", "hoeveel kost", "hoeveel moet ik betalen", "kosten", "retributie",
              "prijs",
              # "moet ik iets betalen? en hoe lang duurt het?" (panel 58, h2: the time only)
              "moet ik iets betalen", "moeten we iets betalen", "moet ik betalen",
              "moeten wij iets betalen", "moet ze iets betalen",
              "moet hij iets betalen")  # fmt: skip
# "wat bewijst onze relatie? whatsapp berichten en foto's?" (panel 5, j3)
RELATIONSHIP_PROOF_WORDS = ("bewijst onze relatie", "relatie bewijzen", "relatie aantonen",
                            "bewijs van onze relatie", "bewijzen van onze relatie",
                            "whatsapp", "foto's", "fotos", "chatberichten",
                            "berichten en foto")  # fmt: skip
# "wat als het te weinig is?" after an income answer (panel 5, i2)
# an income that has not started or is new: not yet "stabiel en regelmatig" (seed 003)
NEW_JOB_WORDS = ("nieuw contract", "nieuwe job", "nieuw werk", "begin volgende maand",
                 "pas vanaf volgende maand", "nog niet begonnen", "begin pas")  # fmt: skip
# English words that are no Dutch words: a message of several of them is written in English
# (panel 72: "sorry I dont speak dutch well. my wife is in Syria ..."); the answers stay Dutch
ENGLISH_WORDS = frozenset({
    "the", "my", "and", "can", "what", "how", "wife", "husband", "when", "where", "with", "she",
    "they", "does", "need", "want", "please", "come", "children", "mother", "father", "married",
    "who", "which", "have", "has", "will", "would", "should", "this", "that", "your", "our",
    "from", "there", "about", "much", "cost", "long", "speak", "english", "dutch", "know",
    "i", "am", "to", "bring", "since", "hello", "hi", "are", "you", "not", "but", "if", "for",
    "after", "before", "born", "years", "old", "daughter", "son", "brother", "sister", "work",
    "money", "embassy", "it", "do", "get", "thank", "thanks",
})  # fmt: skip
TOO_LITTLE = ("te weinig", "te laag", "niet genoeg", "onvoldoende", "minder dan", "lager")

# a child not born yet (panel 7, n5): no applicant; seed 000's common child makes a partner's
# humanitarian request stronger once born
UNBORN_CUES = ("is zwanger", "maand zwanger", "maanden zwanger", "weken zwanger",
               "zwanger van mij", "in verwachting", "verwacht een kind", "verwachten een kind",
               "nog niet geboren", "als de baby geboren", "na de geboorte", "wordt geboren",
               "de baby komt", "baby komt in", "uitgerekend", "bevalling", "als de baby er is",
               "est enceinte", "is pregnant", "tot die geboren", "tot de baby geboren",
               "tot het kind geboren", "wachten op de geboorte",
               "wachten tot de geboorte",
               # "en als we een baby krijgen later, kan die ook komen?", "een kind ... dat later
               # in marokko geboren wordt" (panel 92, m5: a baby added, then "Hoe oud?")
               "een baby krijgen", "een kind krijgen", "later een baby", "later een kind",
               "later geboren", "geboren wordt", "geboren zal worden")  # fmt: skip
# waiting for a birth before applying (panel 41, h4)
WAIT_FOR_THE_BIRTH = ("wachten tot", "wachten op", "eerst komen", "eerst wachten", "later komen")

# "nog een dochter", "mijn derde kind": one person more than those already named (panel 3, c1)
ANOTHER_WORDS = frozenset({"nog", "andere", "ander", "derde", "vierde", "vijfde", "zesde",
                           "extra"})  # fmt: skip
# the sentence says the person comes too: not a host, an absent parent or a carer
# "kan zij ook komen?" of the mama named as a host (panel 31, a3)
COMING_WORDS = ("wil ook komen", "wil ook naar", "komt ook", "moet ook komen", "ook mee",
                "wilt ook komen", "wil ook mee", "wil komen", "wil mee", "komt mee",
                "komt wonen", "komen wonen", "laten komen", "hier komen", "kan zij ook komen",
                "kan ze ook komen", "kan hij ook komen", "mag zij ook komen", "mag ze ook komen",
                "mag hij ook komen", "ook meekomen", "mee naar belgie")  # fmt: skip
# a place where the person is too ("mijn zus woont ook in nador")
THERE_TOO = ("woont ook", "zit ook", "is ook in", "woont daar")
ALSO_COMING = ("wil ook komen", "wil ook naar", "komt ook", "moet ook komen", "ook mee",
               "wilt ook komen", "wil ook mee")  # fmt: skip

# "moeten ze samen of apart aanvragen?" (seed 000: "gelijktijdig indient met de aanvraag
# gezinshereniging van je ouder(s)"; panel 5, i3)
TOGETHER_WORDS = ("tegelijk", "tegelijkertijd", "gelijktijdig", "hetzelfde moment",
                  "zelfde moment", "samen aanvragen", "samen indienen", "apart aanvragen",
                  "apart indienen", "of apart", "afzonderlijk", "samen met mama",
                  "samen met de ouders", "samen met mijn ouders", "samen met hun ouders",
                  "samen met papa", "samen met mijn mama", "dezelfde dag", "zelfde dag",
                  "samen met ons", "samen met mij", "samen met haar ouders",
                  "samen met zijn ouders", "met ons mee")  # fmt: skip
# "wij hebben geen paspoort, alleen een kiezerskaart": the travel document and other proofs of
# identity (seed 002; panel 5, j4)
NO_PASSPORT = ("geen paspoort", "geen pasport", "geen passport", "geen reisdocument",
               "geen reispas", "pas de passeport", "no passport", "carte d'electeur",
               "kiezerskaart", "alleen een identiteitskaart")  # fmt: skip

# --- dates counted from today ("gisteren de brief gekregen"): the day of the letter or of
# the message, not the date on the CGVS decision, so the bot asks for that date (seed 003:
# "binnen het jaar (12 maanden) na de erkenning"). Origin: the blind set's Flemish and
# standard Dutch messages ("k heb gisteren de brief gekregen", "vorige week erkend").
RELATIVE_DAY_WORDS = ("gisteren", "eergisteren", "vandaag", "vorige week", "verleden week",
                      "deze week", "dagen geleden", "weken geleden", "week geleden")  # fmt: skip

# --- follow-up questions after the answer (panel of 2026-12-02 on the blind set) ------------
# "moeten we dan opnieuw trouwen (in belgie)?", "moeten we eerst trouwen?"
MARRY_AGAIN_WORDS = ("opnieuw trouwen", "nog eens trouwen", "hertrouwen", "eerst trouwen",
                     # "kan ik eerst met hem trouwen? like in Turkey" (panel 65, j4)
                     "met hem trouwen", "met haar trouwen", "trouwen met hem",
                     "trouwen met haar",
                     "as we trouwen", "as we gewoon trouwen", "als we gewoon trouwen",
                     "officieel trouwen", "trouwen in belgie", "trouwen helpt", "als we trouwen",
                     "moeten we trouwen", "zullen we trouwen", "trouwen eerst",
                     "beter trouwen", "als wij trouwen", "gaan trouwen", "nog trouwen",
                     "kunnen we trouwen", "kunnen wij trouwen", "mogen we trouwen",
                     # "moeten ze getrouwd zijn?" of a helper's client (panel 50, h3)
                     "moeten ze getrouwd zijn", "moeten jullie getrouwd zijn",
                     "moeten we getrouwd zijn", "moeten wij getrouwd zijn",
                     "moet ik getrouwd zijn", "moeten ze trouwen",
                     "moeten ze eerst trouwen")  # fmt: skip
# "is een mullah huwelijk geldig in belgie?": whether a religious marriage counts (seed 000)
MARRIAGE_WORDS = ("huwelijk", "getrouwd", "trouw", "mullah", "imam", "kerk", "moskee",
                  "religieus", "traditioneel", "nikah")  # fmt: skip
# "en als het niet geldt in afganistan?" of a religious marriage (panel 29, b1)
IF_NOT_OFFICIAL = ("als het niet geldt", "als het niet telt", "niet officieel is",
                   "als het niet officieel", "als dat niet geldt",
                   "als het niet erkend")  # fmt: skip
VALIDITY_WORDS = ("geldig", "telt", "erkend", "aanvaard", "goed genoeg", "is dat ok",
                  "mag dat", "officieel", "echt huwelijk", "echt getrouwd", "wettig",
                  # "is kerk huwelijk ok?" (panel 53, g1: the documents list)
                  " ok?", " oke?", " okay?", " ok ?", "in orde?", "geldt",
                  # "alleen religieus getrouwd ... maakt dat uit?" (panel 56, e5)
                  "maakt dat uit", "maakt dat iets uit", "maakt het uit")  # fmt: skip
# ("een nikah is gewoon een echt huwelijk toch?"; panel 31, a4)
# "moet ik wachten tot ik erkend ben?", "moeten we wachten op de beslissing?"
WAIT_WORDS = ("wachten tot", "wachten op", "eerst wachten", "moet ik wachten", "beter wachten",
              "of wachten", "nu al vragen", "nu vragen of",
              "moeten we wachten",
              # "kan ik nu al beginnen? ik ben pas 3 weken erkend" (panel 50, h5)
              "nu al beginnen", "nu al starten", "nu al aanvragen", "nu al indienen",
              "aanvraag nu al")  # fmt: skip

# "als ze volgend jaar 21 wordt?", "wanneer hij 18 is?": a question about an age limit
AGE_LIMIT_WORDS = (
    "21 wordt",
    "21 is",
    "18 wordt",
    "18 is",
    "21 jaar wordt",
    "21 jaar is",
    "18 word",
    "word 18",  # "en als ik 18 word in juni?" (panel 35, f5)
    "18 ben",  # "als ik 18 ben kunnen mijn ouders dan nog komen?" (panel 40, g3)
    "18 bent",
    "18 jaar ben",
    "oud genoeg",
    "wordt 18",
    "wordt 21",
    "18 geworden",
    "18 jaar wordt",
    "meerderjarig wordt",
    "meerderjarig is",
    "te jong",
    "jong genoeg",
    "iets over 21",
    "regel van 21",
    "over 21 jaar",
    "minimumleeftijd",
    "leeftijdsgrens",
    # "wat gebeurt er als de aanvraag niet binnen is voor zijn verjaardag?"
    "voor zijn verjaardag",
    "voor haar verjaardag",
    "na zijn verjaardag",
    "na haar verjaardag",
)  # fmt: skip (panel 38, g4)
# "is een attest van een dokter in bagdad genoeg?": seed 001's health certificate
MEDICAL_PAPER_WORDS = ("attest", "medisch papier", "medische papieren", "dokter", "arts",
                       "doktersbrief", "medisch verslag", "medisch dossier")  # fmt: skip
# "ik ben zijn voogd", "papier van de rechtbank": seed 000 on foreign guardianship
GUARDIANSHIP_WORDS = ("voogd", "voogdij", "voogdijschap", "kafala", "adoptie", "geadopteerd",
                      "adopteren", "tutelle", "guardianship")  # fmt: skip
# "wat is de kans voor mijn neef?": the chance of each relative's request (seed 000)
# the child named with a general word ("het kind", "ons kindje"), not by a word of its own
CHILD_GENERIC = ("kind", "kindje", "baby", "kleine")
# "helpt het kind voor de aanvraag van karim?", "we hebben toch een kind samen. telt da nie?":
# whether the couple's child weighs in the partner's file (seed 000; panel 33, b3)
CHILD_WEIGHT_WORDS = ("helpt", "helpen", "telt", "tellen", "maakt dat uit", "maakt da uit",
                      "verschil", "belangrijk", "speelt", "een rol")  # fmt: skip
CHILD_WORDS_OF_A_COUPLE = ("kind samen", "kindje samen", "samen een kind", "samen een kindje",
                           "ons kind", "ons kindje", "onze zoon", "onze dochter", "het kind",
                           "ons zoontje", "ons dochtertje", "onze baby", "de baby",
                           # "helpt het dat we 2 kinderen samen hebben?" (panel 51, g1)
                           "kinderen samen", "samen kinderen", "onze kinderen",
                           "samen 2 kinderen", "2 kinderen samen",
                           "twee kinderen samen",
                           # "telt het dat we een kind hebben voor die stabiele relatie?" (94, o2)
                           "we een kind hebben", "we hebben een kind", "wij hebben een kind",
                           "dat we een kind", "een kind van ons")  # fmt: skip
# "we woonden 1 jaar samen in het kamp, telt dat?" (seed 001; panel 34, c5)
COHABITATION_WORDS = ("woonden samen", "samen gewoond", "samengewoond", "woonden we samen",
                      "samenwonen telt", "woonden ongeveer", "samen woonden",
                      # "is 8 maanden samenwonen genoeg?", "dus 8 maand is te weinig? we kennen
                      # elkaar al 3 jaar" (panel 54, b1)
                      "samenwonen genoeg", "maanden samenwonen", "maand samenwonen",
                      "kennen elkaar", "maand is te weinig", "maanden is te weinig",
                      # "telt het samenwonen mee? 14 maanden in kampala" (panel 59, h8)
                      "telt het samenwonen", "samenwonen mee", "het samenwonen")  # fmt: skip
# "iets met 45 dagen?": the registered partners' meetings (seed 001; panel 33, b2)
MEETING_DAYS_WORDS = ("45 dagen", "45 dag", "vijfenveertig dagen",
                      # "hoeveel keer moete we mekaar gezien hebben?" (panel 64, h4)
                      "hoeveel keer", "hoe vaak", "hoeveel dagen")  # fmt: skip
# "kan mijn voogd da allemaal doen voor mij?", "ik heb advocaat voor mijn asiel. kan hij ook
# helpen voor mama?" (panel 33, b1, a5): who can help with the request (seeds 000, 001)
HELPER_NOUNS = ("advocaat", "voogd", "sociaal werker", "sociale werker", "assistent",
                "maatschappelijk werker", "hulpverlener", "begeleider",
                "sociale dienst")  # fmt: skip
HELP_VERBS = ("helpen", "help", "helpt", "doen", "regelen", "invullen", "aanvragen",
              "indienen")  # fmt: skip
# "kan ik iets uit mijn asielgesprek gebruiken?" (seed 000; panel 36, h3)
ASYLUM_FILE_WORDS = ("asielgesprek", "asieldossier", "asielverhaal", "asielinterview",
                     "interview bij cgvs", "gesprek bij cgvs", "gehoor bij het cgvs",
                     # "mijn vraag over het CGVS-interview", "zijn interview bij het CGVS"
                     # (panel 57, k2)
                     "interview bij het cgvs", "cgvs-interview", "cgvs interview",
                     "gehoor bij cgvs",
                     # "genoemd in haar persoonlijk onderhoud bij het CGVS. Heeft dat zin om
                     # mee te sturen?" (panel 99, u2: "geen antwoord")
                     "persoonlijk onderhoud", "onderhoud bij het cgvs",
                     "onderhoud bij cgvs")  # fmt: skip
# "ik heb geen inkomen", "ik heb geen geld voor mama te sturen" (panel 33, a5)
NO_OWN_INCOME = ("ik heb geen inkomen", "ik heb geen werk", "ik heb geen geld", "ik werk niet",
                 "ik heb geen job", "ik heb geen inkomsten", "ik verdien niets",
                 "ik verdien niks", "heb zelf geen inkomen",
                 # "ik woon in opvangcentrum en heb geen werk" (panel 40, h3)
                 "en heb geen werk", "heb geen werk", "woon in opvangcentrum",
                 "woon in een opvangcentrum")  # fmt: skip
# "moet ik eerst nederlands leren? of een examen doen?" (panel 33, a1)
LANGUAGE_TEST_WORDS = ("nederlands leren", "taal leren", "frans leren", "taalexamen",
                       "taaltest", "inburgeringsexamen", "examen doen",
                       "de taal kennen")  # fmt: skip
# "in somalie werkt de overheid bijna niet, registreren is bijna onmogelijk" (panel 35, e5;
# seed 000: "het land van herkomst niet over een functionerende administratie beschikt")
NO_ADMINISTRATION = ("werkt de overheid", "overheid werkt", "geen administratie",
                     "administratie werkt niet", "registreren is", "niet registreren",
                     "geen werkende", "geen functionerende")  # fmt: skip
# the marriage's own deed ("ze hebben geen huwelijksakte, alleen nikah"; panel 33, a3)
MARRIAGE_DEED_WORDS = ("huwelijksakte", "trouwakte", "huwelijkscertificaat", "nikahnama",
                       "akte van het huwelijk", "akte van ons huwelijk")  # fmt: skip
# the proof of a marriage, in words other than a deed's (panel 37, h1)
MARRIAGE_PROOF_WORDS = ("papier van de kerk", "kerkpapier", "papier van de moskee", "trouwpapier",
                        "huwelijkspapier", "bewijs dat we getrouwd", "bewijs dat wij getrouwd",
                        "bewijs van ons huwelijk", "bewijs van het huwelijk",
                        "huwelijksboekje", "trouwboekje")  # fmt: skip
CHANCE_WORDS = ("kans", "kansen", "slaagkans", "hoe groot is", "maakt hij kans",
                "maakt zij kans",
                # "what is the chance for humanitarian visa for a fiance?" (panel 65, j4)
                "chance", "chances",
                # "waarom zeer klein voor esther?" of the chance said (panel 80, h5)
                "waarom zeer klein", "waarom zo klein", "waarom klein")  # fmt: skip
# "heeft de vader dan iets te zeggen?", "moet de moeder toestemming geven?"
OTHER_PARENT_WORDS = ("iets te zeggen", "iets over te zeggen", "iets in te brengen",
                      "toestemming", "akkoord gaan", "moet de vader",
                      "moet de moeder", "mag de vader", "mag de moeder", "iets tekenen",
                      "moet hij tekenen", "moet zij tekenen", "handtekening",
                      "moet de papa", "moet de mama", "moet hun papa", "moet hun vader",
                      "moet hun mama", "moet hun moeder", "papa tekenen", "vader tekenen",
                      # "wat als zijn papa niet wil tekenen? kan ik naar de rechter?" (p3)
                      "niet wil tekenen", "wil niet tekenen", "niet tekenen", "weigert",
                      # "de papa is akkoord ... moet hij dat op papier zetten?" (panel 77, g1)
                      "moet hij dat op papier", "moet zij dat op papier",
                      # "de papa is akkoord dat Fanta vertrekt. moet daar een papier van zijn?"
                      "is akkoord dat",  # (panel 78, g1)
                      "naar de rechter",
                      # "er is wel een vonnis ..., gedeeld hoederecht. wat moet ik dan
                      # afgeven?" (panel 76, h5: "geen antwoord")
                      "gedeeld hoederecht", "hoederecht gedeeld",
                      # "haar mama is akkoord maar heeft niks getekend. is da een probleem?"
                      # (panel 98, s3: "geen antwoord", twice)
                      "is akkoord maar", "niks getekend", "niets getekend", "nog niet getekend",
                      "nog niks getekend", "niks op papier", "niets op papier")  # fmt: skip
# the plain child words a stepchild keeps when named as the partner's ("haar dochter")
CHILD_WORDS_OWN = frozenset({"dochter", "zoon", "kind", "dochtertje", "zoontje"})
# a guardian's or social worker's word for the minor client ("voogd van een niet-begeleide
# minderjarige"): the person in Belgium. Origin: the blind set's helper conversations.
CLIENT_MINOR_WORDS = frozenset({"minderjarige", "nbmv", "jongere", "pupil", "mena"})
# an asylum procedure still running, told in a story ("k heb asiel gevraagd en wacht nog"),
# and the words that rule it out ("erkend", "bescherming gekregen"). Origin: the blind set;
# panel 3 b1: "asiel gevraagd 5 maand geleden nog geen antwoord".
STILL_WAITING = (" wacht nog", " wachten nog", " wacht op de beslissing", " nog geen antwoord",
                 " nog altijd geen antwoord", " nog steeds geen antwoord", " nog niets gehoord",
                 " nog niks gehoord", " nog geen nieuws", " nog bezig",
                 " wacht op een beslissing", " nog geen beslissing", " asiel loopt",
                 " asielaanvraag loopt", " procedure loopt")  # fmt: skip
RECOGNISED_WORDS = (" erkend", " erkenning", " vluchtelingenstatus", " bescherming gekregen",
                    " subsidiair", " verblijfskaart", " positieve beslissing")  # fmt: skip

# a recognition still to come, in an asylum seeker's question (panel 37, h4)
# words that speak of the status itself: a month alone in a message without them ("de
# beslissing komt pas na april") does not replace a status day told (panel 44, h1)
STATUS_TALK = (" sinds ", " erkend", " erkenning", " status", " statuut", " cgvs",
               " bescherming", " papieren gekregen")  # fmt: skip
# an asylum seeker asks the papers for later: "welke papers voor gezinshereniging na
# erkenning?" (panel 43, h2: the humanitarian list, with its fee, twice)
AFTER_RECOGNITION_PAPERS = (" na erkenning", " na de erkenning", " na mijn erkenning",
                            " erkend ben", " erkend word", " after ", " gezinshereniging ",
                            " na de beslissing")  # fmt: skip
RECOGNITION_LATER = ("erkend word", "erkend wordt", "erkend worden", "erkenning krijg",
                     "status krijg", "statuut krijg", "vluchtelingenstatus krijg",
                     "bescherming krijg", "papieren krijg", "positief antwoord krijg",
                     "positieve beslissing krijg", "ik erkend ben",
                     # "Kunnen ze zonder paspoort aanvragen als Mulu erkend is?" (106, z1)
                     "erkend is", "erkend zal zijn", "haar status krijgt", "zijn status krijgt",
                     "status heeft")  # fmt: skip
# HYPOTHETICAL as single words, for a word-by-word check
HYPOTHETICAL_WORDS = ("als", "wanneer", "indien", "stel", "zodra", "si", "if")
# the asylum procedure named in a question about time (panel 37, h4)
ASYLUM_WORDS = ("asiel", "asielprocedure", "asielaanvraag", "mijn procedure", "cgvs")
# a span of time before an age that is still to come ("wordt binnen 2 maand 18")
TIME_SPAN_UNITS = frozenset({"maand", "maanden", "mnd", "week", "weken", "dag", "dagen"})
# a document that is gone for good (the marriage's proof: panels 37-38, h1)
LOST_WORDS = ("kwijt", "verloren", "verbrand", "vernietigd", "gestolen", "weg is", "kapot")
# the Court of Justice's ruling on a child who came of age (seed 003, C-279/20; panel 38, g2)
CJEU_WORDS = ("hof van justitie", "europees hof", "c-279", "c279", "arrest van het hof")
# "ja maar telt het?": asked on about whether a marriage or a proof counts (panel 37, h4)
COUNTS_WORDS = ("telt", "tellen", "geldt", "gelden", "geldig", "officieel", "erkend")
# the place an ordinal names ("geen tweede vrouw": the second and later ones)
ORDINAL_RANK = {"tweede": 2, "2de": 2, "derde": 3, "3de": 3, "vierde": 4, "4de": 4}
# savings are no monthly income (panel 39, g2: 40.000 euro read as a month's)
SAVINGS_WORDS = ("spaargeld", "gespaard", "spaarrekening", "op de bank", "op mijn rekening",
                 "in totaal", "spaarboekje")  # fmt: skip
MONTHLY_WORDS = ("per maand", "maandelijks", "elke maand", "in de maand", "netto", "bruto")
