"""Behaviour of the redactor: what is replaced by a placeholder and what stays."""

from __future__ import annotations

import logging
import time

import pytest

from privacy import redact
from privacy.redact import KINDS, Span, find_identifiers, redact_text, redact_value

# Valid test identifiers (checksums computed with python-stdnum, not real people).
NN = "85.07.30-033.28"
NN_BARE = "85073003328"
NN_2000 = "01020312345"
BIS = "85473000149"
IBAN_BE = "BE71 0961 2345 6769"
IBAN_NL = "NL91 ABNA 0417 1643 00"
EID = "591-1917064-58"


def kinds(text: str) -> list[str]:
    return [s.kind for s in find_identifiers(text)]


def assert_redacted(text: str, kind: str, secret: str) -> None:
    out = redact_text(text)
    assert f"[{kind}]" in out, out
    assert secret not in out, out


def assert_stays(text: str) -> None:
    assert find_identifiers(text) == [], redact_text(text)


# --- API -------------------------------------------------------------------


def test_kinds_and_span_are_the_published_api():
    assert KINDS == (
        "telefoonnummer",
        "e-mail",
        "iban",
        "rijksregisternummer",
        "paspoortnummer",
        "naam",
        "adres",
    )
    span = Span("iban", 1, 2)
    with pytest.raises(AttributeError):
        span.start = 3  # frozen


def test_spans_are_sorted_and_do_not_overlap():
    text = f"Ik heet Sara, gsm 0470 12 34 56, mail sara@x.be, IBAN {IBAN_BE}, RRN {NN}"
    spans = find_identifiers(text)
    assert [s.kind for s in spans] == [
        "naam",
        "telefoonnummer",
        "e-mail",
        "iban",
        "rijksregisternummer",
    ]
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start


def test_redaction_is_idempotent():
    text = f"Ik heet Sara Peeters, bel 0470/12.34.56, IBAN {IBAN_BE}, ik woon in de Kerkstraat 12"
    once = redact_text(text)
    assert redact_text(once) == once
    for kind in KINDS:
        assert redact_text(f"[{kind}]") == f"[{kind}]"
        assert redact_text(f"mijn naam is [{kind}] en adres: [{kind}]") == (
            f"mijn naam is [{kind}] en adres: [{kind}]"
        )


def test_redact_value_keeps_every_key_and_redacts_only_strings():
    event = {
        "event": "user",
        "text": "mijn gsm is 0470 12 34 56",
        "timestamp": 1.5,
        "parse_data": {
            "entities": [{"entity": "phone", "value": "0470 12 34 56", "start": 12, "end": 25}],
            "intent": {"name": "inform", "confidence": 0.9},
        },
        "slots": ("Ik heet Sara", None, 3, True),
    }
    out = redact_value(event)
    assert out.keys() == event.keys()
    assert out["parse_data"]["entities"][0] == {
        "entity": "phone",
        "value": "[telefoonnummer]",
        "start": 12,
        "end": 25,
    }
    assert out["text"] == "mijn gsm is [telefoonnummer]"
    assert out["timestamp"] == 1.5
    assert out["slots"] == ("Ik heet [naam]", None, 3, True)
    assert out["parse_data"]["intent"] == {"name": "inform", "confidence": 0.9}
    assert redact_value(42) == 42 and redact_value(None) is None


# --- phone numbers ----------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "0470 12 34 56",
        "0470/12.34.56",
        "0470/123456",
        "0470.12.34.56",
        "0470-12-34-56",
        "0470123456",
        "+32 470 12 34 56",
        "+32470123456",
        "0032 470 12 34 56",
        "+32 (0)470 12 34 56",
        "02 512 34 56",
        "02/512.34.56",
        "09 223 45 67",
    ],
)
def test_a_belgian_phone_number_in_any_writing_is_redacted(number):
    assert_redacted(f"mijn nummer: {number} graag", "telefoonnummer", number)
    assert_redacted(f"{number}", "telefoonnummer", number)


def test_a_belgian_mobile_written_with_slashes_is_redacted():
    assert redact_text("bel 0486/12/34/56 aub") == "bel [telefoonnummer] aub"


@pytest.mark.parametrize(
    "number", ["+963 944 123 456", "00963 944 123 456", "+212 6 12 34 56 78", "+31 6 12345678"]
)
def test_an_international_number_is_redacted(number):
    assert_redacted(f"mijn broer: {number}", "telefoonnummer", number)


def test_a_dutch_mobile_without_country_code_is_redacted():
    assert_redacted("je kan me bereiken op 06 12345678", "telefoonnummer", "12345678")


def test_a_mistyped_phone_after_a_phone_cue_is_redacted_but_a_bare_one_stays():
    assert_redacted("mijn gsm is 0470 12 34 5", "telefoonnummer", "0470 12 34 5")
    assert kinds("er waren 0470 12 34 5 mensen") == []


# --- e-mail -----------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    ["jan.peeters@gmail.com", "a_b+c@hotmail.be", "fatima.el-amrani@telenet.be", "X@Y.ORG"],
)
def test_an_email_address_is_redacted(address):
    assert_redacted(f"mail naar {address}.", "e-mail", address)


def test_a_spoken_email_address_is_redacted():
    assert_redacted("mijn mail is jan (at) gmail punt com", "e-mail", "jan (at) gmail")
    assert_redacted("jan[at]gmail.com", "e-mail", "jan")


def test_an_at_sign_without_address_stays():
    assert_stays("we zijn @ home, 10 @ 12 euro")


# --- IBAN -------------------------------------------------------------------


@pytest.mark.parametrize(
    "account",
    [IBAN_BE, "BE71096123456769", "be71 0961 2345 6769", IBAN_NL, "DE89370400440532013000"],
)
def test_a_valid_iban_is_redacted(account):
    assert_redacted(f"mijn rekening {account} dank", "iban", account)
    assert_redacted(f"stort op {account}", "iban", account)


def test_an_iban_does_not_swallow_the_next_word():
    assert redact_text(f"op {IBAN_BE} voor de huur") == "op [iban] voor de huur"


def test_an_iban_with_bad_check_digits_is_redacted_as_iban():
    assert kinds("BE00 0961 2345 6769") == ["iban"]


def test_an_iban_one_digit_short_is_redacted_after_an_account_cue_only():
    assert kinds("rekeningnummer BE71 0961 2345 676") == ["iban"]
    assert kinds("code BE71 0961 2345 676") != ["iban"]


def test_an_old_belgian_account_number_after_an_account_cue_is_an_iban():
    assert kinds("mijn rekeningnummer is 001-2345678-90") == ["iban"]


# --- national register / BIS -------------------------------------------------


@pytest.mark.parametrize(
    "number", [NN, NN_BARE, "85 07 30 033 28", "850730-033-28", "850730 033 28", NN_2000, BIS]
)
def test_a_valid_national_or_bis_number_is_redacted(number):
    assert_redacted(f"nummer {number}.", "rijksregisternummer", number)
    assert kinds(number) == ["rijksregisternummer"]


def test_a_national_number_layout_with_bad_check_is_redacted_anyway():
    assert kinds("85.07.30-033.27") == ["rijksregisternummer"]


def test_a_bare_11_digit_string_with_bad_check_needs_a_cue():
    assert kinds("rijksregisternummer 85073003327") == ["rijksregisternummer"]
    assert "rijksregisternummer" not in kinds("code 85073003327")


def test_the_cue_counts_for_a_second_national_number_in_its_sentence():
    """The privacy check of stop 45: "mijn rijksregisternummer is 90.02.01-997.73 en compact
    90020199773" kept the compact one (its check fails) in the tracker."""
    text = "mijn rijksregisternummer is 90.02.01-997.73 en compact 90020199773, ze is 29"
    assert kinds(text) == ["rijksregisternummer", "rijksregisternummer"]


# --- passport / identity card ----------------------------------------------


def test_a_belgian_eid_card_number_is_redacted():
    assert kinds(f"kaart {EID}") == ["paspoortnummer"]
    assert kinds("591191706458") == ["paspoortnummer"]


def test_a_passport_number_after_a_cue_is_redacted():
    assert_redacted("mijn paspoortnummer is N 012345678", "paspoortnummer", "012345678")
    assert_redacted("passport no. P01234567", "paspoortnummer", "P01234567")
    assert_redacted("numéro de passeport: 12AB34567", "paspoortnummer", "12AB34567")


def test_a_belgian_passport_shape_is_redacted_without_cue():
    assert kinds("EH123456") == ["paspoortnummer"]


def test_words_after_a_passport_cue_that_are_not_numbers_stay():
    assert_stays("mijn paspoort is vervallen sinds 2023")
    assert_stays("paspoort geldig tot 12-05-2026")


# --- names ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,name",
    [
        ("Ik heet Ahmed Al Hassan", "Ahmed"),
        ("ik heet ahmed ik kom uit syrie", "ahmed"),
        ("mijn naam is Jan van der Berg", "Berg"),
        ("mijn vrouw heet Amina", "Amina"),
        ("Mijn oudste dochter heet Sara.", "Sara"),
        ("naam: Peeters Jan", "Peeters"),
        ("je m'appelle Jean-Pierre", "Jean-Pierre"),
        ("je m’appelle Aïcha", "Aïcha"),
        ("ma femme s'appelle Fatou Diallo", "Diallo"),
        ("my name is John Smith", "Smith"),
        ("My wife's name is Layla", "Layla"),
        ("Ik ben Fatima, ik heb een vraag", "Fatima"),
        ("mijn man Omar is in Syrië", "Omar"),
        ("Met vriendelijke groeten,\nJan Peeters", "Peeters"),
    ],
)
def test_a_name_given_with_a_cue_is_redacted(text, name):
    assert_redacted(text, "naam", name)


@pytest.mark.parametrize(
    "text",
    [
        "ik ben 34",
        "ik ben vluchteling",
        "ik ben erkend",
        "ik ben Belg",
        "Ik ben Syriër en mijn vrouw is Eritrese",
        "ik ben Syrisch",
        "I am Syrian",
        "I'm 34 years old",
        "je suis réfugié",
        "Je suis Congolais",
        "ik ben in Brussel",
        "mijn naam is niet belangrijk",
        "mijn dochter is 12",
        "mijn vrouw Eritrese is nog in Asmara",
        "dit is België",
    ],
)
def test_words_after_ik_ben_that_are_not_names_stay(text):
    assert "naam" not in kinds(text), redact_text(text)


# --- addresses --------------------------------------------------------------


@pytest.mark.parametrize(
    "text,street",
    [
        ("ik woon in de Kerkstraat 12, 1000 Brussel", "Kerkstraat 12"),
        ("ik woon in de kerkstraat 12 bus 3", "kerkstraat 12"),
        ("mijn adres is Meir 34, 2000 Antwerpen", "Meir 34"),
        ("adres: Grote Markt 1", "Markt 1"),
        ("j'habite rue Haute 5 à Bruxelles", "Haute 5"),
        ("j'habite 12, avenue Louise", "Louise"),
        ("I live at 12 Baker Street", "Baker"),
        ("we wonen op de Brusselsesteenweg 250", "Brusselsesteenweg"),
    ],
)
def test_a_street_address_is_redacted(text, street):
    assert_redacted(text, "adres", street)


def test_postal_code_and_city_stay_after_the_street():
    assert redact_text("ik woon in de Kerkstraat 12, 1000 Brussel") == (
        "ik woon in de [adres], 1000 Brussel"
    )


@pytest.mark.parametrize(
    "text",
    [
        "ik woon in 1000 Brussel",
        "ik woon in Antwerpen sinds 2019",
        "ik woon al 3 jaar in Gent",
        "ik woon in Brussel 3 jaar",
        "stuur het naar DVZ, Pachecolaan 44",
    ],
)
def test_a_city_or_postal_code_without_street_stays(text):
    assert "adres" not in kinds(text), redact_text(text)


# --- facts that must stay ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "erkend op 3/3/2025",
        "a recognition date 03-03-2025",
        "aangekomen op 12.05.2024",
        "sinds 2019-05-12",
        "ik ben 34 jaar",
        "mijn zoon is 7",
        "ik verdien 1555 euro",
        "mijn loon is € 1.555,09 netto",
        "2.048,75 EUR per maand",
        "volgens art. 10 van de wet",
        "artikel 40ter §2",
        "article 10bis, § 2",
        "in 2019 en 2021",
        "al 3 jaar en 6 maanden",
        "dossiernummer 8.123.456",
        "OV 1234567",
        "ref 2024/123456",
        "1000 Brussel",
        "ik kom uit Syrië en woon in Gent",
        "afspraak om 14:30 of 9u15",
        "CGVS 24/12345",
    ],
)
def test_facts_the_legal_assessment_needs_stay(text):
    assert_stays(text)


def test_a_recognition_date_in_dd_mm_yyyy_stays():
    assert redact_text("Ik ben erkend op 15/03/2023.") == "Ik ben erkend op 15/03/2023."


def test_a_phone_like_number_after_a_case_number_cue_stays():
    # phonenumbers alone would take 0470 12 34 56 for a phone number
    assert kinds("0470 12 34 56") == ["telefoonnummer"]
    assert_stays("dossiernummer 0470 12 34 56")
    assert_stays("OV-nummer: 0470123456")


# --- robustness -------------------------------------------------------------


def test_zero_width_and_bidi_characters_do_not_hide_a_number():
    text = "gsm 04\u200b70\u200e 12 34\u2060 56 ok"
    out = redact_text(text)
    assert out == "gsm [telefoonnummer] ok"


def test_fullwidth_digits_and_arabic_digits_are_numbers():
    assert kinds("gsm \uff10\uff14\uff17\uff10 \uff11\uff12 \uff13\uff14 \uff15\uff16") == [
        "telefoonnummer"
    ]
    assert kinds("٠٤٧٠١٢٣٤٥٦") == ["telefoonnummer"]


def test_nul_emoji_and_rtl_text_never_raise():
    text = "\x00😀 مرحبا اسمي\u202e ik heet Sara 🇧🇪 \x00 0470 12 34 56 \ufeff"
    out = redact_text(text)
    assert "Sara" not in out and "0470" not in out
    assert "😀" in out


def test_lone_surrogates_and_odd_input_never_raise():
    for text in ["\ud800 0470 12 34 56", "", " ", "\n\n", "[", "@", "+", "ik heet", "naam:"]:
        redact_text(text)
    assert redact_text(None) is None  # type: ignore[arg-type]


def _timed(text: str) -> float:
    """The best of three runs, as timeit does: a busy machine's pause is no slower code (a
    fresh clone beside another test run once measured 30x for a 10x longer message)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        find_identifiers(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize(
    "chunk,size",
    [
        ("Ik heet Sara, gsm 0470 12 34 56, erkend op 3/3/2025, 1555 euro. ", 100_000),
        ("1" * 50, 50_000),
        ("a" * 50, 50_000),
        ("ik ben " * 10, 50_000),
        ("0470 " * 10, 50_000),
        ("BE71 " * 10, 50_000),
        ("\u200b" * 20 + "٠٤٧٠ " * 5, 50_000),
    ],
)
def test_a_long_message_takes_time_linear_in_its_length(chunk, size):
    small = chunk * (size // 10 // len(chunk))
    large = chunk * (size // len(chunk))
    t_small, t_large = _timed(small), _timed(large)
    assert t_large < 30 * max(t_small, 5e-3)


def test_an_internal_error_logs_one_line_and_falls_back_to_conservative(monkeypatch, caplog):
    def broken(text):
        raise ValueError("boom")

    monkeypatch.setattr(redact, "_find", broken)
    with caplog.at_level(logging.ERROR, logger="privacy.redact"):
        out = redact_text("mail sara@x.be of 0470 12 34 56, rrn 85073003328")
    assert "sara@x.be" not in out and "0470" not in out and "85073003328" not in out
    assert len(caplog.records) == 1
    line = caplog.records[0].getMessage()
    assert "ValueError" in line and "sara" not in line and "0470" not in line


@pytest.mark.parametrize(
    "text", ["ik wil mn vrouw en kinderen, ook de moeder van mn vrouw", "de vader van zn kinderen"]
)
def test_chat_possessives_after_a_family_word_are_no_names(text):
    """ "de moeder van mn vrouw": "mn" is "mijn", no name (panel 35, e2: redacted to "[naam]"
    before consent, the mother-in-law was lost when the story was read back)."""
    assert redact_text(text) == text


def test_a_name_after_de_moeder_van_is_still_redacted():
    """The other side: "de moeder van Yonas" names him."""
    assert "Yonas" not in redact_text("de moeder van Yonas woont in addis")


def test_a_text_seen_again_is_redacted_the_same_and_the_memo_keeps_no_text(monkeypatch):
    """Texts without an identifier are remembered as keyed digests only (stop 30, issue
    17): the second time they are not searched again, and the answer is the same."""
    clean = redact._CleanTexts(limit=3)
    monkeypatch.setattr(redact, "_CLEAN", clean)
    question = "Mijn vrouw is 34 en woont in Kabul, ik ben erkend sinds 3 maart 2025."
    personal = f"Bel me op 0470 12 34 56 of mail {NN} aan Samira"
    searched = []
    monkeypatch.setattr(
        redact, "_find", lambda text, real=redact._find: searched.append(text) or real(text)
    )
    assert redact_text(question) == question
    assert redact_text(question) == question
    assert searched == [question]  # the second time from the memo
    first, second = redact_text(personal), redact_text(personal)
    assert first == second and "0470" not in second and NN not in second
    assert searched.count(personal) == 2  # a text with an identifier is searched every time
    assert all(isinstance(d, bytes) and len(d) == 16 for d in clean._digests)
    assert not any(b"Kabul" in d or b"Samira" in d for d in clean._digests)
    for other in ("een", "twee", "drie"):  # bounded: emptied when full
        redact_text(other)
    assert len(clean._digests) <= 3
    assert redact_text(question) == question


def test_a_helpers_client_and_a_name_with_an_age_are_names():
    """Panel 49: "help Amina, een Somalische vrouw", "de voogd van Ahmad", "ik schrijf voor een
    cliënt, Javid", "Zainab is 28", "(moeder van Amina zelf)" were kept in the tracker; the
    privacy notice says names are wiped before anything is kept."""
    from privacy.redact import redact_text

    for text, name in [
        ("ik ben vrijwilliger en help Amina, een Somalische vrouw van 30", "Amina"),
        ("Goeiedag, ik ben de voogd van Ahmad, een Afghaanse jongen van 16", "Ahmad"),
        ("ik schrijf voor een cliënt, Javid, 17 jaar, Afghaans", "Javid"),
        ("Zainab is 28. Dochter is 4", "Zainab"),
        ("Nee, de oma (moeder van Amina zelf) wil niet komen", "Amina"),
    ]:
        assert name not in redact_text(text), text
    kept = "Hoeveel is 3 x 1.263,17? Haar BIS-nummer is 70.28.02-750-80. Dochter is 4"
    assert "Hoeveel" in redact_text(kept) and "Dochter is 4" in redact_text(kept)


def test_a_client_called_de_heer_is_redacted_but_the_lord_stays():
    """ "schrijf namens mijn cliënt, de heer Jean D." (panel 51, h7: the name stored in
    clear); "de heer is goed" has no name after the title."""
    assert "Jean" not in redact_text("schrijf namens mijn cliënt, de heer Jean D. Hij is Belg")
    assert redact_text("de heer is goed") == "de heer is goed"
