"""Language from the feed or from the text: spelling rules run on English copy only."""

from __future__ import annotations

from pathlib import Path

import pytest

import wirecheck
from wirecheck.feeds.language import detect_language, language_code

FEEDS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The minister said on Friday that the talks would resume in the spring, "
            "and that he was hopeful of an agreement with the unions.",
            "en",
        ),
        (
            "Der Minister sagte am Freitag, die Gespräche würden im Frühjahr fortgesetzt, "
            "und er sei zuversichtlich, dass es eine Einigung mit den Gewerkschaften gebe.",
            "de",
        ),
        (
            "Le ministre a déclaré vendredi que les négociations reprendraient au printemps "
            "et qu'il était optimiste quant à un accord avec les syndicats pour la fin du mois.",
            "fr",
        ),
        (
            "El ministro dijo el viernes que las negociaciones se reanudarán en la primavera "
            "y que confía en un acuerdo con los sindicatos para el final del mes.",
            "es",
        ),
        (
            "Il ministro ha detto venerdì che i negoziati riprenderanno in primavera e che "
            "è fiducioso di un accordo con i sindacati per la fine del mese, secondo fonti.",
            "it",
        ),
        ("Putin. Moscow. Kremlin. 2024.", None),
        ("", None),
    ],
)
def test_detect_language(text: str, code: str | None) -> None:
    assert detect_language([text]) == code


@pytest.mark.parametrize(
    ("tag", "code"), [("de-DE", "de"), ("EN", "en"), ("en_GB", "en"), ("", None), ("x!", None)]
)
def test_language_code(tag: str, code: str | None) -> None:
    assert language_code(tag) == code


def test_german_dpa_copy_is_not_spell_checked() -> None:
    story = wirecheck.parse((FEEDS_DIR / "iptc7901-dpa-german.7901").read_bytes(), select=["WC1"])
    assert story.wire is not None and story.wire["language"] == "de"
    assert story.diagnostics == ()
