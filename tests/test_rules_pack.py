"""Hygiene of the default German news pack, tested like code: ids, layout, examples, word lists,
and no false alarms on a real article."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.findings import FixSafety
from linter.rule_types.substitution import SubstitutionRule
from linter.rulebook import default_rules_dir, load_rulebook

RULES_DIR = default_rules_dir()
PACK = load_rulebook([RULES_DIR])  # loading at all proves: valid, ids unique
IDS = [r.id for r in PACK.rules]
DEFAULT = PACK.selected([])  # the rules that run without any enable: in the config
OFF_BY_DEFAULT = ["gender.generisches-maskulinum", "gender.sonderzeichen", "konsistenz.namensvarianten",
                  "stil.lesbarkeit", "zeit.uhrzeit-doppelpunkt",
                  "zeit.uhrzeit-einheitlich"]
ARTICLE = Path(__file__).resolve().parent.parent / "fixtures" / "euronews-kim-zug-2023-09.txt"


def test_pack_is_not_empty():
    assert len(PACK.rules) >= 40


def test_only_house_choices_are_off_by_default():
    """Rules a house has to choose (a contradicting convention, gender) ship off; every other rule runs."""
    off = sorted(r.id for r in PACK.rules if not r.enabled)
    assert off == OFF_BY_DEFAULT
    assert sorted(r.id for r in DEFAULT.rules) == sorted(set(IDS) - set(off))


def test_every_yaml_file_is_a_rule_or_the_fragments_file():
    files = sorted(p for p in RULES_DIR.rglob("*") if p.suffix in (".yml", ".yaml"))
    rule_files = [p for p in files if p != RULES_DIR / "fragments.yml"]
    assert len(rule_files) == len(files) - 1, "the pack keeps its shared fragments in rules/fragments.yml"
    assert len(rule_files) == len(PACK.rules)
    assert all(p.suffix == ".yml" for p in files), "the pack uses .yml only"


def test_ids_are_unique():
    assert len(IDS) == len(set(IDS))


@pytest.mark.parametrize("rule", PACK.rules, ids=IDS)
def test_id_matches_file_path(rule):
    """rules/<category>/<name>.yml holds the rule <category>.<name> (deeper folders add segments)."""
    relative = rule.path.relative_to(RULES_DIR).with_suffix("")
    assert rule.id == ".".join(relative.parts)
    assert len(relative.parts) >= 2, "a rule lives in a category folder"


@pytest.mark.parametrize("rule", PACK.rules, ids=IDS)
def test_rule_has_bad_and_good_examples(rule):
    assert rule.examples.bad and rule.examples.good


@pytest.mark.parametrize("rule", PACK.rules, ids=IDS)
def test_rule_is_documented(rule):
    assert rule.description.strip(), "every default rule explains itself"
    assert not rule.link or rule.link.startswith("https://")


@pytest.mark.parametrize("rule", PACK.rules, ids=IDS)
def test_bad_examples_with_a_fix_show_it(rule):
    """A rule that offers a fix shows the fixed text in every bad example."""
    if rule.fix is not FixSafety.NONE:
        assert all(e.fix is not None for e in rule.examples.bad)


SUBSTITUTIONS = [r for r in PACK.rules if isinstance(r, SubstitutionRule)]


@pytest.mark.parametrize("rule", SUBSTITUTIONS, ids=[r.id for r in SUBSTITUTIONS])
def test_word_lists_are_sorted_and_clean(rule):
    keys = list(rule.swap)
    assert keys == sorted(keys, key=str.casefold), "keep swap entries sorted (case-insensitively)"
    for key, rights in rule.swap.items():
        assert key not in rights
        assert len(set(rights)) == len(rights)
        assert all(r == r.strip() and r for r in rights)


@pytest.mark.parametrize("rule", SUBSTITUTIONS, ids=[r.id for r in SUBSTITUTIONS])
def test_every_swap_entry_fires_on_itself_and_its_fix_is_quiet(rule):
    for key, rights in rule.swap.items():
        sentence = f"Hier steht {key} im Satz."
        assert [m.replacements[0] for m in rule.check(sentence)] == [rights[0]], key
        assert rule.check(f"Hier steht {rights[0]} im Satz.") == [], rights[0]


@pytest.mark.parametrize("rule", DEFAULT.rules, ids=[r.id for r in DEFAULT.rules])
def test_no_two_rules_report_one_slip(rule):
    """Each bad example, checked with the whole default pack, has no span two rules flag: rules
    that overlap in what they cover ("die Sorge, das er" and "sagte der Trainer, das er") split it."""
    for example in rule.examples.bad:
        text = example.text.replace("[[", "").replace("]]", "")
        rules_by_span: dict[tuple[int, int], list[str]] = {}
        for match in DEFAULT.check(text):
            rules_by_span.setdefault((match.offset, match.length), []).append(match.rule)
        assert all(len(rules) == 1 for rules in rules_by_span.values()), (text, rules_by_span)


def test_real_article_gives_exactly_the_true_findings():
    """Precision guard: a real agency story; every finding listed here was checked by hand."""
    text = ARTICLE.read_text(encoding="utf-8")
    found = [(m.rule, text[m.offset:m.offset + m.length]) for m in DEFAULT.check(text)]
    assert found == [
        ("typografie.gerade-anfuehrungszeichen", '"sensible"'),
        ("typografie.gerade-anfuehrungszeichen", '"den Warnungen"'),
        # 41 words, and garbled ("benötigt, davon ausgehen, dass"): the long-sentence hint is right.
        ("stil.satzlaenge", "Laut der südkoreanischen Zeitung Chosun Ilbo werden für die 1.200 Kilometer lange "
         "Strecke zwischen Pjöngjang und Wladiwostok mindestens 20 Stunden benötigt, davon ausgehen, dass der "
         "Sonderzug, der aufgrund seiner Panzerung wahrscheinlich sehr schwer ist , mit einer "
         "Duchschnittsgeschwindigkeit von etwa 60 km/h fährt."),
        ("typografie.leerzeichen-vor-satzzeichen", " ,"),
        ("typografie.gerade-anfuehrungszeichen", '"freundlichen diplomatischen Erpressung"'),
        ("typografie.gerade-anfuehrungszeichen", '"Die Hauptsorge der russischen Regierung ist derzeit eine '
         'mögliche Lieferung südkoreanischer Munition an die Ukraine, nicht nur eine Lieferung, sondern '
         'viele Lieferungen"'),
        ("typografie.leerzeichen-vor-satzzeichen", " ,"),
        ("typografie.gerade-anfuehrungszeichen", '"Belohnung"'),
    ]


def test_pack_is_quiet_on_clean_copy():
    """Numbers, times (with the house's dot: 12.30 Uhr), URLs, abbreviations, ellipses and quotes as a copy desk writes them."""
    text = (
        "Am 12.09.2023 um 12.30 Uhr stieg der Kurs um 3,5 Prozent (ca. 1.200 Euro). "
        "„Wir kommen wieder“, sagte er – z. B. am 1. Mai, d. h. nach Ostern … "
        "Mehr unter https://example.org/a-b?x=1&y=2. Bayern gewann 2:1, "
        "die E-Mail-Adresse steht im Impressum. Die Frauen, die die Kinder betreuen, "
        "sahen den 24\"-Monitor.\n\n- Punkt eins\n- Punkt zwei\n"
    )
    assert DEFAULT.check(text) == []
