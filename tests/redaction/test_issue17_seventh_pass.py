"""Issue 17, seventh pass: names after a relation word, lone speaker labels, nicknames in quotes, addresses of other
countries (particles, Cyrillic street words, a country after the postcode), greetings of other languages, saints'
names of institutions; and a corpus that is the same in every process.

Examples invented here (not taken from the dev files); each rule is tested both ways: what it must catch and what it
must leave alone.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from redaction import Redactor
from redaction.name_cues import related_names
from redaction.people import speaker_labels
from tests.redaction.checks import covered, touched

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my wife is hope and she gets confused at night", "hope"),
        ("our son is reed, he drives her on tuesdays", "reed"),
        ("My brother Will was in the navy with him", "Will"),
        ("my aunt rose's new pharmacy is closer", "rose"),
        ("her granddaughter grace called twice", "grace"),
    ],
)
def test_when_a_relation_word_names_someone_then_the_name_is_found(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("my husband will be home by six", "will"),
        ("my mom may need a new walker", "may"),
        ("my dad rose early and took a walk", "rose"),
        ("my son is young for this diagnosis", "young"),
        ("my sister is sick with the flu again", "sick"),
        ("my dads page on the portal shows the old dose", "page"),
    ],
)
def test_when_the_word_after_a_relation_is_a_verb_or_adjective_then_it_stays(text: str, word: str) -> None:
    start = text.index(word)
    assert (start, start + len(word)) not in related_names(text, [])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Bonnie: thank you for calling the pharmacy for me", "Bonnie"),
        ("June Okafor: we picked up the inhaler today", "June Okafor"),
        ("Patient Sterling: is the clinic open on the holiday", "Sterling"),
    ],
)
def test_when_a_line_opens_with_a_speaker_then_the_label_is_a_name(text: str, label: str) -> None:
    found = [text[s:e] for s, e in speaker_labels(text)]
    assert label in found


@pytest.mark.parametrize(
    "text",
    [
        "Note: she is back on the pills since Monday",
        "May: refill is due on the 5th\nAugust: refill is due on the 9th",
        "Reminder: we need the forms before the visit",
    ],
)
def test_when_a_label_is_a_form_word_or_a_month_schedule_then_it_is_no_speaker(text: str) -> None:
    assert speaker_labels(text) == []


def test_when_a_month_named_speaker_answers_in_a_dialogue_then_it_is_a_name() -> None:
    text = "Omar: who is taking Dad to the clinic on Friday\nApril: me, I can leave work early that day"
    assert "April" in [text[s:e] for s, e in speaker_labels(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The aide is Theodora 'Teddy' Vasquez-Lind, she comes at nine.", "Theodora 'Teddy' Vasquez-Lind"),
        ('Ask Bartholomew "Bart" Okonjo about the ramp.', 'Bartholomew "Bart" Okonjo'),
    ],
)
def test_when_a_nickname_in_quotes_sits_inside_a_name_then_the_whole_name_is_one_span(
    redactor: Redactor, text: str, name: str
) -> None:
    start = text.index(name)
    assert any(s.start <= start and start + len(name) <= s.end for s in redactor.redact(text).spans)


def test_when_a_quoted_title_is_no_name_then_no_name_is_joined_around_it(redactor: Redactor) -> None:
    text = "We watched 'Casablanca' again and the pharmacist said the dose is fine."
    assert not touched(redactor, text, "pharmacist")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Nonna lives at Via delle Rose 12, 50123 Firenze now.", "Via delle Rose 12, 50123 Firenze"),
        ("Send it to ul. Ogrodowa 7 m. 3, 31-155 Kraków please.", "ul. Ogrodowa 7 m. 3, 31-155 Kraków"),
        ("Адрес: пр. Мира, д. 5, кв. 12, Томск, 634050.", "пр. Мира, д. 5, кв. 12, Томск, 634050"),
        ("They moved to 8 Kowhai Road, Nelson 7010, New Zealand.", "8 Kowhai Road, Nelson 7010, New Zealand"),
        (
            "Please post the results to Travessa Lima, 12, 26359-899 Souza / PA. Call us.",
            "Travessa Lima, 12, 26359-899 Souza / PA",
        ),
    ],
)
def test_when_an_address_of_another_country_is_written_then_all_of_it_is_redacted(
    redactor: Redactor, text: str, address: str
) -> None:
    assert covered(redactor, text, address)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She lives at 9 Elm St, Dover, DE 19901, Mexico is where she grew up.", "Mexico"),
        ("His mother is in 5 m. of snow country, we measured 3 m. at the door.", "snow"),
    ],
)
def test_when_a_country_or_a_measure_only_follows_then_it_is_not_taken_into_an_address(
    redactor: Redactor, text: str, word: str
) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "greeting"),
    [
        ("Goedemorgen, mijn moeder Johanna Visser heeft koorts.", "Goedemorgen"),
        ("Buongiorno, sono la figlia di Carla Mancini.", "Buongiorno"),
        ("Здравствуйте, это дочь Марии Ивановой.", "Здравствуйте"),
        ("Szia, Kovács Ilona vagyok.", "Szia"),
    ],
)
def test_when_a_message_opens_with_a_greeting_of_another_language_then_the_greeting_stays(
    redactor: Redactor, text: str, greeting: str
) -> None:
    assert not touched(redactor, text, greeting)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Goedemorgen, mijn moeder Johanna Visser heeft koorts.", "Johanna Visser"),
        ("Buongiorno, sono la figlia di Carla Mancini.", "Carla Mancini"),
    ],
)
def test_when_a_greeting_opens_the_message_then_the_name_after_it_is_still_found(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("the nurses at st bernadette's were kind to her", ["bernadette"]),
        ("she had the scan at st bernadette's last week", ["bernadette"]),
    ],
)
def test_when_a_saint_names_an_institution_then_it_is_kept(redactor: Redactor, text: str, words: list[str]) -> None:
    assert not any(touched(redactor, text, w) for w in words)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mrs. St. Pierre called about the refill.", "Pierre"),
        ("St. Clair Whitmore will bring the walker.", "Clair Whitmore"),
    ],
)
def test_when_a_saint_word_is_part_of_a_persons_name_then_the_name_is_redacted(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name)


_DIGEST = (
    "import hashlib, sys; sys.path.insert(0, {repo!r});"
    "from evals.redaction.generator import generate_styled;"
    "print(hashlib.sha256('\\n'.join(c.text for c in generate_styled(200, 17, 'train')).encode()).hexdigest())"
)


def test_when_the_styled_corpus_is_generated_in_two_processes_then_it_is_the_same() -> None:
    digests = set()
    for seed in ("1", "2"):
        out = subprocess.run(
            [sys.executable, "-c", _DIGEST.format(repo=str(REPO))],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        )
        digests.add(out.stdout.strip())
    assert len(digests) == 1
    assert len(next(iter(digests))) == len(hashlib.sha256().hexdigest())


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Dad is at 22, 5th Cross, Malleswaram, Bengaluru 560003 this month.",
            "22, 5th Cross, Malleswaram, Bengaluru 560003",
        ),
        ("Adres: Cumhuriyet Cad. No:18 D:3, 35210 Konak/İzmir", "Cumhuriyet Cad. No:18 D:3, 35210 Konak/İzmir"),
        (
            "Địa chỉ: 15 Hai Bà Trưng, Phường Bến Nghé, Quận 1, TP Hồ Chí Minh 700000.",
            "15 Hai Bà Trưng, Phường Bến Nghé, Quận 1, TP Hồ Chí Minh 700000",
        ),
        ("Διεύθυνση: Πατησίων 90, 104 34 Αθήνα.", "Πατησίων 90, 104 34 Αθήνα"),
        (
            "Please use my IBAN for the refund. He's moved to 6 Harbour Walk, Renmore, Galway H91 T2C4. Mobile 085.",
            "6 Harbour Walk, Renmore, Galway H91 T2C4",
        ),
        ("地址：广州市天河区体育西路12号，邮编510620。", "邮编510620"),
        (
            "Home: House 7, Street 12, Model Town, Lahore 54700; phone later.",
            "House 7, Street 12, Model Town, Lahore 54700",
        ),
    ],
)
def test_when_an_address_uses_street_words_of_its_own_country_then_it_is_redacted(
    redactor: Redactor, text: str, address: str
) -> None:
    assert covered(redactor, text, address)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("WE WILL BE AT 12 ELM ST APT. 4 ON FRIDAY. BRING THE INHALER.", "ON"),
        ("She finished the 3rd round of chemo and the 2nd cycle went well.", "round"),
        ("The 1st Main reason is cost; we pay 5000 a year.", "reason"),
    ],
)
def test_when_words_only_look_like_address_parts_then_they_stay(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("send the form to wade at wade.ortiz@mailbox.org please", "wade"),
        ("pls mail hazel's form to hazel.vance@inbox.com", "hazel"),
        ("PLEASE CANCEL THE CARD ON FILE, HE MOVED TO 4 OAK ST, DOVER, DE 19901. -LORENZO", "LORENZO"),
        ("pls charge the card, name on card DORIS M. MORE. thanks", "DORIS M. MORE"),
        ("new portal account for mom: her name: rose marie hill-park, dob 2/2/1950", "rose marie hill-park"),
        ("Who is on the list: Grace, Will and Tunde", "Will"),
    ],
)
def test_when_a_name_is_cued_by_an_email_a_sign_off_an_initial_a_label_or_a_list_then_it_is_found(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("write to support@clinicmail.org, support answers within a day", "answers"),
        ("Thanks for everything you do. - Love", "Love"),
        ("The refill is due Friday. -Thanks", "Thanks"),
        ("the name is fine and the form is short", "fine"),
        ("Called Maria K. The pharmacy said no.", "pharmacy"),
    ],
)
def test_when_those_cues_meet_ordinary_words_then_the_words_stay(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Merhaba, ben Kemal Aydın. Annem hasta.", "ben"),
        ("Olá, aqui é o Tiago Ferreira, filho da Dona Rosa.", "o"),
    ],
)
def test_when_a_lower_case_word_stands_before_a_whole_name_then_it_is_not_part_of_it(
    redactor: Redactor, text: str, word: str
) -> None:
    start = text.index(f" {word} ") + 1
    assert not any(s.start <= start < s.end for s in redactor.redact(text).spans)


def test_when_a_particle_opens_a_surname_then_it_stays_in_the_name(redactor: Redactor) -> None:
    text = "Ask about Rosa de la Fuente and Jan van Houten today."
    assert covered(redactor, text, "Rosa de la Fuente") and covered(redactor, text, "Jan van Houten")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tomas keeps losing his glasses. romeo says the pharmacy closed early.", "romeo"),
        ("LUCIA AND RUBY WILL BE AT THE CLINIC ON TUESDAY.", "RUBY"),
        ("Hello I'm Tendai Moyo, the son of the patient.", "Tendai Moyo"),
    ],
)
def test_when_a_lower_case_speaker_a_listed_name_or_a_name_after_a_contraction_appears_then_it_is_found(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the pills will be at the pharmacy. mark the refill date. rose early today.", "mark"),
        ("THE PILLS AND INHALER WILL BE AT THE DOOR.", "INHALER"),
        ("Hello I'm Tendai Moyo, the son of the patient.", "I'm"),
    ],
)
def test_when_such_words_are_ordinary_then_they_stay(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("—\nReverend Kwabena Osei\nGrace Chapel Outreach\n(614) 555-0102", "Reverend"),
        ("Send the letter to Fr. Ignatius Obi at the parish.", "Fr"),
        ("Best,\nDr. Ifeoma Nwosu, MD\nOakcrest Family Medicine\nDirect: 312-555-0190", "Oakcrest"),
    ],
)
def test_when_a_title_or_a_degree_stands_by_a_name_then_it_stays_outside(
    redactor: Redactor, text: str, word: str
) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("—\nReverend Kwabena Osei\nGrace Chapel Outreach\n(614) 555-0102", "Kwabena Osei"),
        ("Best,\nDr. Ifeoma Nwosu, MD\nOakcrest Family Medicine\nDirect: 312-555-0190", "Ifeoma Nwosu"),
        ("She moved to Baltimore, MD last year.", "Baltimore, MD"),
        ("Please ask Dr. Pastor whether the dose can change.", "Pastor"),
    ],
)
def test_when_a_title_or_a_degree_is_left_out_then_the_name_or_the_place_is_still_redacted(
    redactor: Redactor, text: str, part: str
) -> None:
    assert covered(redactor, text, part)
