"""Canonical entity values and their core spellings (pure data, no Rasa import).

`CANONICAL[entity]` maps each canonical value (CONTRACT.md section 2 and ARCHITECTURE.md
"NLU schema") to spellings people use. Spellings are compared after `folding.fold`, so
accents and case do not matter here. The training data's synonyms (`data/nlu/synonyms.yml`)
are merged in at training time by `EntityValueNormalizer`; this module is the fixed core that
also works without a trained model (the action server can use `canonical.canonicalise`).
"""

from __future__ import annotations

__all__ = ["CANONICAL", "CATEGORICAL_ENTITIES", "COUNTRIES", "DETERMINERS"]

_RELATIONSHIP: dict[str, list[str]] = {
    "spouse": ["echtgenote", "echtgenoot", "echtgenoten", "vrouw", "man", "mijn vrouw",
               "mijn man", "eega", "gade", "wederhelft", "madam", "getrouwde partner",
               "gehuwde partner", "huwelijkspartner", "wife", "husband", "spouse", "epouse",
               "epoux", "mari", "femme"],
    "registered_partner": ["geregistreerde partner", "geregistreerd partner",
                           "wettelijk samenwonende partner", "wettelijk samenwonend",
                           "wettelijk samenwonende", "wettelijke samenwoning",
                           "wettelijke partner", "geregistreerd partnerschap",
                           "samenwoningscontract", "registered partner",
                           "partenaire enregistre", "cohabitant legal"],
    "partner": ["partner", "partnerin", "vriendin", "vriend", "vriendje", "vriendinnetje",
                "lief", "liefje", "verloofde", "verloofd", "fiance", "fiancee", "girlfriend",
                "boyfriend", "copine", "copain", "duurzame partner", "feitelijke partner",
                "samenwonende partner", "relatie"],
    "child": ["kind", "kinderen", "kindje", "kindjes", "kinders", "zoon", "zonen", "zoontje",
              "dochter", "dochters", "dochtertje", "baby", "kids", "child", "children", "son",
              "daughter", "enfant", "enfants", "fils", "fille", "minderjarig kind",
              "minderjarige kinderen", "meerderjarig kind"],
    "stepchild": ["stiefkind", "stiefkinderen", "stiefzoon", "stiefdochter", "pluskind",
                  "bonuskind", "kind van mijn vrouw", "kind van mijn man",
                  "kind van mijn partner", "stepchild", "stepson", "stepdaughter"],
    "parent": ["ouder", "ouders", "vader", "moeder", "papa", "mama", "pa", "ma", "moeke",
               "vake", "father", "mother", "parents", "pere", "mere", "mijn ouders"],
    "sibling": ["broer", "broers", "broertje", "broertjes", "zus", "zussen", "zusje",
                "zusjes", "zuster", "zusters", "halfbroer", "halfzus", "broers en zussen",
                "brother", "sister", "siblings", "frere", "soeur"],
    "grandchild": ["kleinkind", "kleinkinderen", "kleinzoon", "kleindochter", "grandson",
                   "granddaughter", "petit-fils", "petite-fille"],
    "grandparent": ["grootouder", "grootouders", "opa", "oma", "grootvader", "grootmoeder",
                    "bompa", "bomma", "pepe", "meme", "grandfather", "grandmother",
                    "grand-pere", "grand-mere", "grandpa", "grandma"],
    "adopted_child": ["adoptiekind", "geadopteerd kind", "geadopteerde zoon",
                      "geadopteerde dochter", "adoptiezoon", "adoptiedochter",
                      "adopted child", "enfant adopte"],
    "foster_child": ["pleegkind", "pleegkinderen", "pleegzoon", "pleegdochter", "kafala",
                     "kafalakind", "voogdijkind", "foster child"],
    "other_relative": ["neef", "nicht", "oom", "tante", "nonkel", "kozijn", "schoonmoeder",
                       "schoonvader", "schoonouders", "schoonzus", "schoonbroer",
                       "schoonzoon", "schoondochter", "familielid", "familieleden",
                       "familie", "cousin", "cousine", "uncle", "aunt", "nephew", "niece",
                       "oncle", "neveu", "niece"],
}

_SPONSOR_STATUS: dict[str, list[str]] = {
    "refugee": ["vluchteling", "erkend vluchteling", "erkende vluchteling",
                "vluchtelingenstatuut", "vluchtelingenstatus", "politiek vluchteling",
                "refugee", "refugie", "erkend"],
    "subsidiary_protection": ["subsidiaire bescherming", "subsidiair beschermd",
                              "subsidiaire beschermingsstatus", "subsidiaire status",
                              "subsidiaire", "subsidiary protection",
                              "protection subsidiaire"],
    "belgian": ["belg", "belgisch", "belgische", "belgische nationaliteit",
                "belgisch staatsburger", "belgische staatsburger", "belgian", "belge"],
    "eu_citizen": ["eu-burger", "eu burger", "europeaan", "europese burger", "unieburger",
                   "eu-onderdaan", "eu citizen", "citoyen europeen"],
    "third_country_national": ["derdelander", "niet-eu", "niet eu", "niet-eu-burger",
                               "niet-europeaan", "derdelands onderdaan",
                               "onbeperkt verblijf", "beperkt verblijf",
                               "third country national", "ressortissant de pays tiers"],
    "asylum_seeker": ["asielzoeker", "asielaanvrager", "kandidaat-vluchteling",
                      "kandidaat vluchteling", "asielprocedure", "in procedure",
                      "asylum seeker", "demandeur d'asile"],
}

_MARRIAGE_TYPE: dict[str, list[str]] = {
    "official": ["officieel", "officieel getrouwd", "wettelijk getrouwd", "burgerlijk huwelijk",
                 "burgerlijk getrouwd", "voor de wet getrouwd", "gemeentehuis",
                 "op het gemeentehuis", "stadhuis", "legaal getrouwd", "officieel huwelijk"],
    "religious_or_customary": ["religieus", "religieus huwelijk", "religieus getrouwd",
                               "islamitisch huwelijk", "nikah", "nikkah", "kerkelijk",
                               "kerkelijk huwelijk", "traditioneel", "traditioneel huwelijk",
                               "gewoonterecht", "in de moskee", "bij de imam", "in de kerk",
                               "religious", "customary"],
}

_CUSTODY: dict[str, list[str]] = {
    "sole": ["alleen", "volledig gezag", "exclusief gezag", "alleen het gezag",
             "alleen ouderlijk gezag", "volledige voogdij", "alleen voogdij", "sole custody",
             "garde exclusive"],
    "shared": ["gedeeld gezag", "gezamenlijk gezag", "samen het gezag", "co-ouderschap",
               "gedeelde voogdij", "shared custody", "garde partagee", "samen"],
    "none": ["geen gezag", "geen voogdij", "geen ouderlijk gezag"],
}

_DISABILITY: dict[str, list[str]] = {
    "disabled": ["gehandicapt", "handicap", "beperking", "met een beperking",
                 "mentale beperking", "verstandelijke beperking", "fysieke beperking",
                 "mindervalide", "andersvalide", "invalide", "invaliditeit", "rolstoel",
                 "disabled", "handicape"],
}

# Dutch country name (canonical) -> other spellings (English, French, local).
COUNTRIES: dict[str, list[str]] = {
    "Afghanistan": ["afganistan", "afghanestan"],
    "Albanië": ["albania", "albanie"],
    "Algerije": ["algeria", "algerie"],
    "Angola": [],
    "Armenië": ["armenia", "armenie"],
    "Azerbeidzjan": ["azerbaijan", "azerbaidjan"],
    "Bangladesh": [],
    "België": ["belgium", "belgique"],
    "Benin": [],
    "Bosnië": ["bosnie", "bosnia", "bosnië-herzegovina", "bosnia and herzegovina"],
    "Brazilië": ["brazil", "bresil"],
    "Burkina Faso": [],
    "Burundi": [],
    "Centraal-Afrikaanse Republiek": ["centraal afrikaanse republiek", "car", "centrafrique"],
    "China": ["chine"],
    "Colombia": ["colombie"],
    "Congo": ["dr congo", "drc", "rdc", "democratische republiek congo", "kinshasa"],
    "Cuba": [],
    "Djibouti": [],
    "Duitsland": ["germany", "allemagne"],
    "Egypte": ["egypt"],
    "El Salvador": ["salvador"],
    "Eritrea": ["erythree", "eritree"],
    "Ethiopië": ["ethiopia", "ethiopie"],
    "Filipijnen": ["philippines", "filipijnen"],
    "Frankrijk": ["france"],
    "Gambia": ["gambie"],
    "Georgië": ["georgia", "georgie"],
    "Ghana": [],
    "Griekenland": ["greece", "grece"],
    "Guinee": ["guinea", "guinee conakry"],
    "Haïti": ["haiti"],
    "India": ["inde"],
    "Indonesië": ["indonesia", "indonesie"],
    "Irak": ["iraq"],
    "Iran": [],
    "Italië": ["italy", "italie"],
    "Ivoorkust": ["ivory coast", "cote d'ivoire", "cote divoire"],
    "Jemen": ["yemen"],
    "Jordanië": ["jordan", "jordanie"],
    "Kameroen": ["cameroon", "cameroun"],
    "Kenia": ["kenya"],
    "Koeweit": ["kuwait", "koweit"],
    "Kosovo": [],
    "Libanon": ["lebanon", "liban"],
    "Liberia": [],
    "Libië": ["libya", "libye"],
    "Maleisië": ["malaysia", "malaisie"],
    "Mali": [],
    "Marokko": ["morocco", "maroc"],
    "Mauritanië": ["mauritania", "mauritanie"],
    "Moldavië": ["moldova", "moldavie"],
    "Myanmar": ["birma", "burma"],
    "Nederland": ["netherlands", "pays-bas", "holland"],
    "Nepal": [],
    "Niger": [],
    "Nigeria": [],
    "Oeganda": ["uganda", "ouganda"],
    "Oekraïne": ["ukraine", "oekraine"],
    "Oezbekistan": ["uzbekistan", "ouzbekistan"],
    "Pakistan": [],
    "Palestina": ["palestine", "gaza", "westelijke jordaanoever"],
    "Peru": ["perou"],
    "Qatar": [],
    "Rusland": ["russia", "russie"],
    "Rwanda": [],
    "Saoedi-Arabië": ["saudi arabia", "arabie saoudite", "saoedi arabie"],
    "Senegal": [],
    "Servië": ["serbia", "serbie"],
    "Sierra Leone": [],
    "Somalië": ["somalia", "somalie"],
    "Soedan": ["sudan", "soudan"],
    "Sri Lanka": [],
    "Syrië": ["syria", "syrie"],
    "Tadzjikistan": ["tajikistan", "tadjikistan"],
    "Tanzania": ["tanzanie"],
    "Thailand": ["thailande"],
    "Tibet": [],
    "Togo": [],
    "Tsjaad": ["chad", "tchad"],
    "Tunesië": ["tunisia", "tunisie"],
    "Turkije": ["turkey", "turquie", "turkiye"],
    "Venezuela": [],
    "Verenigde Arabische Emiraten": ["vae", "uae", "emiraten", "dubai"],
    "Wit-Rusland": ["belarus", "bielorussie", "wit rusland"],
    "Zuid-Afrika": ["south africa", "afrique du sud", "zuid afrika"],
    "Zuid-Soedan": ["south sudan", "soudan du sud", "zuid soedan"],
}

CANONICAL: dict[str, dict[str, list[str]]] = {
    "relationship": _RELATIONSHIP,
    "sponsor_status": _SPONSOR_STATUS,
    "marriage_type": _MARRIAGE_TYPE,
    "custody": _CUSTODY,
    "disability": _DISABILITY,
    "country": COUNTRIES,
}

# Entities whose values must be one of the canonical values above.
CATEGORICAL_ENTITIES: tuple[str, ...] = tuple(CANONICAL)

# Leading words stripped from an entity value before lookup ("mijn vrouw" -> "vrouw").
DETERMINERS: frozenset[str] = frozenset(
    {"mijn", "mn", "m'n", "me", "mijne", "min", "onze", "ons", "zijn", "z'n", "zn", "haar",
     "hun", "de", "het", "een", "nen", "ne", "'t", "die", "mijnen", "my", "ma", "mon", "mes",
     "le", "la", "les", "un", "une", "the", "a", "an", "als", "ik", "ben", "is", "mijn"}
)
