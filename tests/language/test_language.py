"""Language detection: Spanish is Spanish, typo-ridden short English stays English."""

from __future__ import annotations

import pytest

from guide.language.detect import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("mi mamá tiene un dolor muy fuerte en el pecho y está sudando", "es"),
        ("no puede respirar bien y tiene los labios morados", "es"),
        ("meu pai está com dor no peito", "pt"),
        ("whats a normal inr", "en"),
        ("lol ok thanks", "en"),
        ("her sugar is 45 and shes shaky", "en"),
        ("bp 150/95 today", "en"),
        # short Spanish that lingua spreads over Spanish and Portuguese (written here, not taken from the corpus)
        ("mi papa se cayo y no se levanta", "es"),
        ("la azucar le salio en 60 hoy", "es"),
        ("ok so what do i do now", "en"),
        ("taking tylenol pm tonite", "en"),
        ("gracias", "es"),
        ("", "en"),
        # scripts of their own (written here): read as English before they were candidates
        ("मेरी माँ गिर गई हैं और उठ नहीं पा रही हैं", "hi"),
        ("Ο πατέρας μου έχει δυνατό πόνο στο στήθος", "el"),
        ("Мій батько впав і не може встати", "uk"),
    ],
)
def test_the_language_of_a_message(text: str, language: str) -> None:
    assert detect_language(text) == language
