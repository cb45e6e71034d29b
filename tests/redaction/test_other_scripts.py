"""Sentences in other scripts inside an English chat (thirty-fifth session): the words of the sentence are no names
(function words of spaCy's stop lists for 25 more languages, everyday, kinship and clinical words of
conf/other_scripts.tsv), Chinese and Japanese are cut inside their unspaced words, an address in another script
starts at its first address word; and the eval counts a word of an Indic script once."""

from __future__ import annotations

import pytest

from evals.redaction.generator import Case
from evals.redaction.regional import other_words
from redaction import Redactor
from redaction.lexicon import drafted_words
from redaction.people import cjk_units, nonlatin_names
from redaction.stop_words import OTHER_SCRIPTS_FILE, script_names


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    r = Redactor()
    r.warm_up()
    return r


def _redacted(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans]


def _touched(redactor: Redactor, text: str, word: str) -> bool:
    start = text.index(word)
    return any(s.start < start + len(word) and start < s.end for s in redactor.redact(text).spans)


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # Arabic: 'my grandmother has diabetes and her blood pressure is high'
        ("Update from Samir: جدتي ليلى عندها السكري وضغط الدم مرتفع", ["السكري", "الدم"], "ليلى"),
        # Hindi: 'Papa's diabetes medicine is finished'
        ("hi all, पापा की मधुमेह की दवा ख़त्म हो गई, Rohan", ["मधुमेह", "दवा"], "Rohan"),
        # Japanese: 'my mother's blood-pressure medicine has run out' after a name with an honorific
        ("木村さん、母の高血圧の薬がなくなりました", ["高血圧"], "木村さん"),
        # Chinese: 'Grandma Zhang Guilan's blood pressure is high again'
        ("张桂兰奶奶的血压又高了", ["血压"], "张桂兰"),
        # Bengali: 'grandma's diabetes has gone up'
        ("নানি সালমা বেগম এর ডায়াবেটিস বেড়েছে", ["ডায়াবেটিস"], "সালমা বেগম"),
    ],
)
def test_words_of_a_sentence_in_another_script_are_left_and_its_names_are_not(
    redactor: Redactor, text: str, words: list[str], name: str
) -> None:
    for word in words:
        assert not _touched(redactor, text, word), word
    assert _touched(redactor, text, name)


def test_the_code_before_took_those_words_for_names() -> None:
    """The same sentence with the lexicon's words taken away is one name from start to end, as before."""
    text = "ضغط الدم مرتفع"
    assert [text[a:b] for a, b in nonlatin_names(text)] == []
    assert all(w in drafted_words() for w in ("ضغط", "الدم"))


@pytest.mark.parametrize(
    ("word", "pieces"),
    [
        ("田中さん", [("田中さん", False)]),  # an honorific stays with the name
        ("さゆり", [("さゆり", False)]),  # no lexicon word: the word is left whole (a given name in hiragana)
        ("清水", [("清水", False)]),  # the drafted list's one-character '水' (water) never cuts a surname
        ("三浦和也", [("三浦和也", False)]),  # nor its '也' (also) a given name
        ("父・田中浩の住所", [("父", True), ("・", True), ("田中浩", False), ("の", True), ("住所", True)]),
    ],
)
def test_a_word_of_chinese_or_japanese_is_cut_at_lexicon_words_only(word: str, pieces: list[tuple[str, bool]]) -> None:
    assert [(word[a:b], cut) for a, b, cut in cjk_units(word)] == pieces


def test_the_lexicon_holds_no_name_of_those_locales_and_no_latin_letter() -> None:
    names = script_names()
    for line in OTHER_SCRIPTS_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        word = line.split("\t")[0]
        assert word.isascii() is False and not any("a" <= c.lower() <= "z" for c in word), line
        assert not any(w.lower() in names for w in [word, *word.split()]), line


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # 'Dad was prescribed metformin, the pharmacy is on Lenin St. 14, Samara'
        ("Папе выписали метформин, аптека на ул. Ленина, 14, Самара.", "ул. Ленина, 14, Самара"),
        ("Mia nonna vive in via Garibaldi 12, Torino", "via Garibaldi 12, Torino"),
    ],
)
def test_an_address_starts_at_its_first_address_word(redactor: Redactor, text: str, address: str) -> None:
    assert address in _redacted(redactor, text)


@pytest.mark.parametrize("text", ["Refill is sorted now. (via Boots)", "She gets the strips via Medline now"])
def test_via_in_an_english_sentence_is_no_street(redactor: Redactor, text: str) -> None:
    assert not _touched(redactor, text, "via")


def test_the_eval_counts_an_indic_word_once() -> None:
    text = "मधुमेह की दवा"
    case = Case(id="t", setting="", template="", text=text, known=[], gold=[], keep=[])
    assert [text[a:b] for a, b in other_words(case)] == ["मधुमेह", "की", "दवा"]


@pytest.mark.parametrize(
    ("text", "organisation", "town"),
    [
        ("Preferred pharmacy: Rite Aid, Modesto / Dx: CHF", "Rite Aid", "Modesto"),
        ("Hi, this is Dana calling from Blue Cross about the claim for the walker", "Blue Cross", None),
        ("she switched to Express Scripts, Tulsa last spring", "Express Scripts", "Tulsa"),
        ("Kim Lutz / Scheduling Coordinator, BrightStar Care of Spokane / 509-555-0145", "BrightStar Care", "Spokane"),
    ],
)
def test_a_national_pharmacy_or_insurer_stays_and_its_branch_town_goes(
    redactor: Redactor, text: str, organisation: str, town: str | None
) -> None:
    assert not _touched(redactor, text, organisation)
    if town is not None:
        assert town in _redacted(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Meds: 1. metformin 500 bid / 2. vitamin D 2000 IU / 3. aspirin 81", ["2000 IU"]),
        ("Started amoxicillin 875 BID. Her son Mateo will pick it up", ["875 BID"]),
    ],
)
def test_a_dose_is_no_house_number(redactor: Redactor, text: str, kept: list[str]) -> None:
    for words in kept:
        assert not _touched(redactor, text, words), words


def test_english_words_part_an_address_in_another_script(redactor: Redactor) -> None:
    text = "fyi 王 建华 is taking 奶奶 home with him to 广东省广州市天河区体育西路15号 and the letters should go there"
    redacted = _redacted(redactor, text)
    assert "广东省广州市天河区体育西路15号" in redacted
    for word in ("taking", "home", "letters", "should"):
        assert not _touched(redactor, text, word), word


@pytest.mark.parametrize("date", ["昭和14年5月3日", "平成元年12月1日", "1941年8月15日"])
def test_a_japanese_date_by_the_era_is_a_date(redactor: Redactor, date: str) -> None:
    text = f"the bottle says 中村久子 and {date}, her birthday I think"
    assert date in _redacted(redactor, text)


def test_words_of_a_german_message_are_no_names_and_its_signature_is(redactor: Redactor) -> None:
    text = "Danke für die schnelle Antwort. Der Blutdruck ist wieder hoch, nächster Termin beim Hausarzt. Gruß, Renate"
    for word in ("Antwort", "Blutdruck", "Termin"):
        assert not _touched(redactor, text, word), word
    assert "Renate" in _redacted(redactor, text)


def test_the_latin_lexicon_holds_no_name_place_english_word_or_address_part() -> None:
    from spacy.lang.en.stop_words import STOP_WORDS

    from redaction.lexicon import english_lexicon
    from redaction.name_freq import name_frequencies
    from redaction.places import place_names
    from redaction.stop_words import ADDRESS_CONCEPTS, OTHER_LATIN_FILE
    from redaction.textutil import fold

    freq, places, lex = name_frequencies(), place_names(), english_lexicon()
    for line in OTHER_LATIN_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        word, _, concept = line.split("\t")
        low = word.lower()
        assert concept not in ADDRESS_CONCEPTS, line
        assert not any(freq.given(v) or freq.surname(v) for v in (low, fold(low))), line
        assert fold(low) not in places and low not in STOP_WORDS and not lex.inflected(low), line
