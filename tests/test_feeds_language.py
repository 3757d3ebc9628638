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


@pytest.mark.parametrize(
    "brief",
    [
        # French: elided articles (`d'une`) count, and Spanish's share of `le`, `en`, `un`
        # takes nothing from French
        "Grève à la SNCF: un trafic très perturbé mardi\n\n"
        "Paris, 3 déc 2024 (AFP) - Le trafic ferroviaire sera très perturbé mardi en raison "
        "d'une grève nationale, a annoncé la SNCF.\n",
        # Italian, whose `ha`, `lo`, `il` Spanish shares
        "Maltempo: allerta rossa in Liguria, scuole chiuse\n\n"
        "(ANSA) - GENOVA, 14 OTT - Allerta rossa per piogge e temporali in Liguria a partire "
        "dalla mezzanotte. Lo ha comunicato la Protezione civile regionale.\n\n"
        "Scuole chiuse a Genova e in diversi comuni della provincia, ha annunciato il sindaco.\n",
    ],
    ids=["french", "italian"],
)
def test_a_brief_in_french_or_italian_is_not_checked_or_fixed_as_english(brief: str) -> None:
    from wirecheck.feeds.language import brief_not_english

    story = wirecheck.parse(brief, select=["WC1"])
    assert story.diagnostics == ()  # `trafic` is no misspelling of `traffic` in French
    assert brief_not_english([brief])


def test_an_english_brief_with_foreign_names_is_still_english() -> None:
    from wirecheck.feeds.language import brief_not_english

    brief = (
        "Le Pen's party wins seats in the Loire\n\n"
        "PARIS (AP) — The party of Marine Le Pen won two more seats in the Loire valley on "
        "Sunday, and the mayor of Saint-Jean-de-Luz said he would not stand again.\n"
    )
    assert not brief_not_english([brief])
    assert [
        d.code for d in wirecheck.parse(brief + "It was disolved.\n", select=["WC1"]).diagnostics
    ] == ["WC101"]
