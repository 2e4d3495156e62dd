"""Word lists for names given with a cue (one place for all of them).

Where they come from: written for this redactor from the way users of Samen
introduce themselves and their family in Dutch/Flemish, French and English
chat ("ik heet ...", "mijn vrouw heet ...", "je m'appelle ...", "my name is
..."), the family words used by the bot's own vocabulary (relationships in
family reunification: partner, children, parents), and the nationalities,
statuses and religions that follow "ik ben" / "je suis" / "I am" in such chats
and are NOT names ("ik ben Belg", "I am Syrian", "je suis réfugié"). Extend a
list here, never in redact.py.
"""

from __future__ import annotations

# Cues after which the next word(s) are a name, even when typed in lowercase.
# Regular expressions (case-insensitive); the name starts right after the match.
STRONG_CUES = (
    # Dutch / Flemish
    r"\bik\s+heet",
    r"(?:\b|(?<=\s)')k\s*heet",  # West Flemish "kheet", "'k heet"
    r"\ben\s+heet",  # "ik ben 52 jaar en heet ..."
    r"\bop\s+(?:de\s+)?naam\s+van",
    r"\bnaam\s+bij\s*:",
    r"(?:^|(?<=[\s,;(]))contact(?:persoon|person|\s+person|\s+persoon)\s*:",
    r"(?:^|(?<=[\s,;(]))personne\s+de\s+contact\s*:",
    r"\bik\s+noem\s+mij",
    r"\b(?:hij|zij|ze|u|jij|je)\s+heet",
    r"\b(?:mijn|m'n|haar|zijn|z'n|onze|ons|hun|uw)\s+(?:\w+\s+){0,2}?heet",
    r"\b(?:mijn|m'n|haar|zijn|z'n|onze|ons|hun|uw)\s+(?:\w+\s+){0,2}?heten",
    r"\bheet\s+(?:mijn|m'n|onze)\s+\w+",
    r"\b(?:mijn|m'n|haar|zijn|z'n|hun|uw)\s+(?:volledige\s+)?(?:voor|achter|familie|meisjes)?naam\s+is",
    r"\b(?:mijn|m'n|haar|zijn|z'n|hun)\s+(?:\w+\s+){1,2}(?:zijn|haar|z'n)\s+naam\s+is",
    r"\bde\s+naam\s+van\s+(?:mijn|m'n|onze)\s+\w+\s+is",
    r"(?:^|(?<=[\s,;(]))(?:volledige\s+)?(?:voor|achter|familie|meisjes)?naam\s*:",
    r"\bgenaamd",
    # French
    r"\bje\s+m'?\s*appelle",
    r"\b(?:il|elle|ils|elles|on)\s+s'appellen?t?",
    r"\b(?:mon|ma|mes|son|sa|ses|notre|nos)\s+(?:\w+\s+){0,2}?s'appellen?t?",
    r"\b(?:mon|son|notre)\s+(?:nom(?:\s+de\s+famille)?|prénom)\s+(?:est|c'est)",
    r"(?:^|(?<=[\s,;(]))(?:nom(?:\s+de\s+famille)?|prénom)\s*:",
    r"\bnommée?",
    # English
    r"\bmy\s+(?:full\s+|first\s+|last\s+|family\s+)?name\s+is",
    r"\bmy\s+name's",
    r"\b(?:his|her|their)\s+(?:full\s+)?name\s+is",
    r"\b(?:my|our|his|her)\s+(?:\w+\s+){0,2}?(?:is|are)\s+called",
    r"\b(?:my|our|his|her)\s+\w+'s\s+name\s+is",
    r"\bi\s+am\s+called",
    r"\bcall\s+me",
    r"(?:^|(?<=[\s,;(]))(?:full\s+|first\s+|last\s+|sur)?name\s*:",
    r"\bnamed",
)

# Cues after which only a Capitalised word that is not in NOT_NAMES is a name.
WEAK_CUES = (
    r"\bik\s+ben",
    r"(?:\b|(?<=\s)')k\s*(?:zen|ben)",  # West Flemish "kzen", "'k ben"
    r"(?:^|(?<=[\s,;(:]))naam",  # "mijn gegevens: naam Yonas Tekle"
    r"\b(?:mijn|m'n|men)\s+naam",  # "en mijn naam Yassin El Idrissi"
    r"\bvraag\s+naar",
    r"\b(?:getrouwd|gehuwd|trouwen|huwen|samenwonend|samenwonen|verloofd)\s+met",
    r"\bmarried\s+to",
    r"\b(?:engaged|living\s+together)\s+with",
    r"\b(?:marié|mariée|mariés|fiancé|fiancée)\s+(?:avec|à)",
    # titles: "Meester Janssens", "mevrouw Peeters", "Madame Diallo", "Mr. Smith"
    r"\b(?:meester|mr\.?|mevrouw|mevr\.?|meneer|heer|dhr\.?|mw\.?|madame|mme\.?|monsieur|"
    r"mademoiselle|mlle\.?|mister|mrs\.?|ms\.?|miss|dokter|dr\.?|maître|advocaat|avocat|"
    r"avocate|lawyer|assistente?|maatschappelijk\s+werk(?:st)?er)",
    r"\bvragen\s+naar",
    r"\bdemandez\s+(?:après\s+)?",
    r"\bask\s+for",
    r"\bi\s+am",
    r"\bi'm",
    r"\bje\s+suis",
    r"\bdit\s+is",
    r"\bthis\s+is",
    r"\bhier\s+is",
    r"\bc'est",
    r"\bmoi\s+c'est",
    # a helper's client: "ik help Amina, een Somalische vrouw", "ik schrijf voor Ahmed",
    # "de voogd van Ahmad" (panel 49: first names kept in the tracker)
    r"\bhelp(?:en)?",
    r"\bbegeleid(?:en|t)?",
    r"\b(?:voogd|voogdes|mentor|begeleider|begeleidster)\s+van",
    r"\b(?:schrijf|schrijven|schrijft)\s+(?:\w+\s+){0,3}?voor",
    r"\b(?:namens|tuteur\s+de|on\s+behalf\s+of)",
    r"\b(?:een|mijn)\s+cli[eë]nte?\s*,",  # "ik schrijf voor een cliënt, Javid, 17 jaar"
    # sign-offs: the name follows the greeting
    r"\bmet\s+vriendelijke\s+groet(?:en)?\s*,?",
    r"\bvriendelijke\s+groet(?:en)?\s*,?",
    r"\b(?:groeten|groetjes|mvg|m\.v\.g\.)\s*,?",
    r"\bcordialement\s*,?",
    r"\bbien\s+à\s+vous\s*,?",
    r"\b(?:kind\s+)?regards\s*,?",
    r"\bthanks\s*,",
)

# Plural family words that may be followed by a list of names: "kinderen: Adam (7), Sara (5)".
PLURAL_RELATIONS = (
    "kinderen kids kindjes zonen dochters broers zussen zusters children sons daughters "
    "brothers sisters enfants fils filles frères soeurs sœurs"
).split()

# Possessives before a family word (Flemish "men", "mijne" included).
POSSESSIVES = (
    "mijn m'n men mijne onze ons zijn z'n haar hun ma mon mes notre nos my our his her"
).split()

# Family words: "mijn vrouw Fatima", "ma fille Amina", "my son Adam".
RELATIONS = (
    "vrouw echtgenote echtgenoot man partner verloofde zoon zoontje dochter dochtertje "
    "kind kindje kinderen broer broertje zus zusje zuster moeder mama mams vader papa "
    "stiefzoon stiefdochter stiefvader stiefmoeder pleegzoon pleegdochter oom tante neef "
    "nicht opa oma grootvader grootmoeder schoonmoeder schoonvader schoonzus schoonbroer "
    "kleinzoon kleindochter sponsor "
    "femme épouse mari époux fils fille enfant enfants frère soeur sœur mère maman père "
    "papa oncle tante cousin cousine neveu nièce grand-mère grand-père "
    "wife husband son daughter child children brother sister mother mom mum father dad "
    "uncle aunt cousin nephew niece grandmother grandfather fiancé fiancée"
).split()

# Name particles that may stand lowercase inside a name: "Jan van der Berg", "Ahmed al Hassan".
PARTICLES = set(
    "van de der den het ter ten te vanden vander la le du des di da dos al el bin ben ibn "
    "abu abou bint ould ag".split()
)

# Words that end a lowercase name and never start one (function words, verbs, time words).
STOP_WORDS = set(
    """
    en of maar want dus ook nog niet geen wel al toch dan en als omdat dat die dit deze
    is ben bent zijn was waren heb heeft hebben had word wordt worden kan kunnen kun mag
    moet moeten wil wilt willen zal zou ga gaat gaan kom komt komen woon woont wonen
    ik jij je u hij zij ze wij we jullie mij me mijn m'n haar hem ons onze hun uw zijn
    de het een in op aan uit van voor met naar bij over onder tot sinds na om te door
    hier daar nu toen straks morgen gisteren vandaag jaar jaren maand maanden dag dagen
    oud jong hoe wat wie waar waarom wanneer welke graag alstublieft aub dank bedankt
    hallo hoi dag goedemorgen goedemiddag goedenavond ja nee neen oke ok okay
    et ou mais donc aussi pas ne je tu il elle nous vous ils elles suis es est sommes
    êtes sont ai as avons avez ont le la les un une des du de au aux dans sur avec pour
    par chez depuis ici maintenant ans mois jours bonjour merci oui non
    and or but so also not no yes i you he she we they me my his her our their is am
    are was were have has had can will would the a an in on at from with for to of by
    here there now years year months old hello hi thanks thank please
    niet belangrijk geheim anoniem onbekend fout verkeerd juist correct gespeld geschreven
    spelled misspelled written wrong incorrect right mal écrit faux back later tomorrow
    asap pls plz please terug nogmaals opnieuw again encore
    twee drie vier vijf zes zeven acht negen tien deux trois quatre cinq two three four five
    mijne men ma kleine grote oudste jongste ouders familie gezin kinderen vrouw man
    mn zn z'n d'r dr hn
    """.split()
)

# Capitalised words that follow "ik ben" / "I am" / "je suis" / a family word and
# are not names: nationalities (nl/fr/en), statuses, religions, common words.
NOT_NAMES = set(
    w.lower()
    for w in """
    Belg Belgische Belgisch Belge Belgian Vlaming Vlaamse Waal Brusselaar Nederlander
    Nederlandse Nederlands Fransman Franse Frans Duitser Duitse Brit Britse Engelsman
    Syriër Syrier Syrische Syrisch Syrien Syrienne Syrian Afghaan Afghaanse Afghan Afghani
    Eritreeër Eritreeer Eritrese Eritrees Érythréen Érythréenne Eritrean Irakees Irakese
    Iraakse Iraki Irakien Irakienne Iraqi Iraniër Iraanse Iranien Iranienne Iranian
    Somaliër Somalische Somalien Somalienne Somali Somalian Palestijn Palestijnse
    Palestinien Palestinienne Palestinian Turk Turkse Turc Turque Turkish Marokkaan
    Marokkaanse Marocain Marocaine Moroccan Guineeër Guinese Guinéen Guinéenne Guinean
    Congolees Congolese Congolais Congolaise Kameroener Kameroense Camerounais
    Camerounaise Cameroonian Jemeniet Jemenitische Yéménite Yemeni Soedanees Soedanese
    Soudanais Soudanaise Sudanese Ethiopiër Ethiopische Éthiopien Éthiopienne Ethiopian
    Rus Russische Russe Russian Oekraïner Oekraïense Ukrainien Ukrainienne Ukrainian
    Albanees Albanese Albanais Albanaise Albanian Georgiër Georgische Géorgien Georgian
    Wit-Rus Venezolaan Venezolaanse Vénézuélien Venezuelan Salvadoraan Salvadoran
    Burundees Burundese Burundais Burundian Rwandees Rwandese Rwandais Rwandan Nigeriaan
    Nigeriaanse Nigérian Nigerian Senegalees Senegalese Sénégalais Pakistaan Pakistaanse
    Pakistanais Pakistani Indiër Indiase Indien Indienne Indian Chinees Chinese Chinois
    Tunesiër Tunesische Tunisien Tunisian Algerijn Algerijnse Algérien Algerian Egyptenaar
    Egyptische Égyptien Egyptian Libanees Libanese Libanais Lebanese Jordaniër Jordanian
    Libiër Libyen Libyan Malinees Malien Malian Ivoriaan Ivoirien Ivorian Koerd Koerdische
    Kurde Kurdish Kurd Armeniër Arménien Armenian Tsjetsjeen Tchétchène Chechen Bengaal
    Bangladeshi Tibetaan Tibétain Tibetan Europeaan Européen European Afrikaan Africain
    African Arabier Arabe Arab Amerikaan American Canadees Canadian Braziliaan Brazilian
    Colombiaan Colombian Spanjaard Spaanse Espagnol Spanish Italiaan Italiaanse Italien
    Italian Pool Poolse Polonais Polish Roemeen Roemeense Roumain Romanian Bulgaar Bulgarian
    Portugees Portugais Portuguese Griek Grec Greek Dutch French German English
    EU-burger Unieburger EU Burger Citizen Citoyen Citoyenne
    Moslim Moslima Muslim Musulman Musulmane Christen Christian Chrétien Chrétienne
    Katholiek Catholic Catholique Orthodox Orthodoxe Jood Jewish Juif Juive Hindoe Hindu
    Yezidi Jezidi Ezidi Sikh Boeddhist Buddhist Atheïst Atheist Athée
    Vluchteling Erkend Erkende Asielzoeker Refugee Réfugié Réfugiée Asylum Student
    Studente Étudiant Étudiante Werkloos Unemployed Getrouwd Gehuwd Married Marié Mariée
    Gescheiden Divorced Alleenstaand Single Weduwe Weduwnaar Widow Widower Zwanger
    Pregnant Enceinte Minderjarig Meerderjarig Minor Adult Mineur Majeur Niet Pas Not
    Hier Here Ici Nog Still Encore Heel Very Très Zeer Blij Happy Content Bang Ziek Sick
    Malade Moe Tired Ok Oké Okay Sorry Desolé Désolé Bezorgd Worried Inquiet Inquiète
    Thuis Home Daar There Het The Le La Les De Een A An Un Une Uit From In Op Aan Van
    Met Nu Now Maintenant Al Already Déjà Ook Also Aussi Zelfstandige Freelancer Gepensioneerd
    Retired Retraité Retraitée Arbeider Bediende Werknemer Employee Employé Employée
    Nederlandstalig Franstalig Engelstalig Sponsor Referentiepersoon Aanvrager Applicant
    Demandeur Demandeuse Nieuw New Nouveau Nouvelle Hulpverlener Maatschappelijk
    Assistent Assistant Assistante Advocaat Lawyer Avocat Avocate Vrijwilliger Volunteer
    Bénévole Ik Je I Jij Hij Zij Wij We Ze Mijn My Mon Ma Mes Is Ben Am Suis Ja Nee Yes
    No Oui Non Bedankt Dank Thanks Merci Hallo Hello Bonjour Dag
    Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche
    Januari Februari Maart April Mei Juni Juli Augustus September Oktober November
    December January February March May June July August October Janvier Février Mars
    Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre
    Belgie België Belgium Belgique Syrië Syria Syrie Afghanistan Eritrea Erythrée Irak
    Iraq Iran Somalië Somalia Somalie Palestina Palestine Turkije Turkey Turquie Marokko
    Morocco Maroc Guinee Guinea Guinée Congo Kameroen Cameroon Cameroun Jemen Yemen
    Soedan Sudan Soudan Ethiopië Ethiopia Éthiopie Rusland Russia Russie Oekraïne Ukraine
    Nederland Netherlands Frankrijk France Duitsland Germany Allemagne Brussel Bruxelles
    Brussels Antwerpen Anvers Antwerp Gent Gand Ghent Luik Liège Leuven Louvain Charleroi
    Namen Namur Brugge Bruges Mechelen Malines Hasselt Bergen Mons Damascus Damas Kabul
    Kaboul Asmara Bagdad Baghdad Mogadishu Aleppo Alep Homs Istanbul Beiroet Beirut
    Beyrouth Kinshasa Conakry Addis Khartoum Tunis Algiers Cairo Teheran Tehran
    DVZ CGVS RVV Fedasil OCMW CPAS Agii Vreemdelingenzaken Google Facebook WhatsApp
    Messenger Telegram Signal Viber
    """.split()
)

# Suffixes of nationality adjectives in nl/fr/en ("Syrische", "Afghaanse", "syrienne").
NATIONALITY_SUFFIXES = ("ische", "isch", "aanse", "aans", "ese", "ienne", "aise", "oise")

# After a strong cue, these first words mean no name was given ("mijn naam is niet belangrijk").
STRONG_REJECT = set(
    "niet geen nog pas not no none secret geheim anoniem anonymous anonyme belangrijk "
    "important de het een le la les un une the a an".split()
)
