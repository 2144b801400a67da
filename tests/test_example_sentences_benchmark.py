"""The example-sentence benchmark reads only the examples that mark no error from LanguageTool's rule files."""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

BENCHMARK = Path(__file__).parent.parent / "benchmarks" / "example_sentences.py"
_SPEC = importlib.util.spec_from_file_location("example_sentences_benchmark", BENCHMARK)
bench = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench)

GRAMMAR = """<rules>
  <rule id="A">
    <example correction="dass">Er sagte, <marker>das</marker> er kommt.</example>
    <example>Er sagte, dass er kommt.</example>
    <example type="incorrect">Das ist <marker>falsch</marker>.</example>
    <example>Die Stadt &amp; das   Land
      <marker>liegen</marker> fern.</example>
    <example>Kurz.</example>
    <example>Wir sehen <b>uns</b> morgen &amp;
      übermorgen   wieder.</example>
  </rule>
</rules>
"""


def test_only_the_examples_without_an_error_are_read(tmp_path):
    jar = tmp_path / "language-de-0.0.jar"
    with zipfile.ZipFile(jar, "w") as archive:
        archive.writestr(bench.RULE_FILES[0], GRAMMAR)
        archive.writestr(bench.RULE_FILES[1], "<rules><example>Ein Stilbeispiel ohne Fehler.</example></rules>")
    # the marked ones (with or without a correction) and the fragment under MIN_CHARS are left out;
    # entities are read, tags dropped and whitespace folded
    assert bench.correct_examples(jar) == [
        "Er sagte, dass er kommt.", "Wir sehen uns morgen & übermorgen wieder.", "Ein Stilbeispiel ohne Fehler."]
