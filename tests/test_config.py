"""The configuration layer: discovery, strict validation, rule/file selection, overrides, provenance."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from linter.config import (
    Config,
    apply_overrides,
    effective_as_dict,
    find_config_file,
    format_effective,
    load_config,
)
from linter.config.globs import matches
from linter.config.model import DEFAULT_IDLE_MINUTES, leaf_keys
from linter.config.schema import schema_keys
from linter.errors import ConfigError
from linter.findings import Severity

REPO = Path(__file__).resolve().parent.parent
CONFIG_FIXTURES = REPO / "fixtures" / "config"
NEWSROOM = CONFIG_FIXTURES / "newsroom"
BAD = sorted((CONFIG_FIXTURES / "bad").glob("*.yaml"))
DOCS = REPO / "docs" / "configuration.md"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- discovery ---------------------------------------------------------------------------------


def test_discovery_walks_up_from_a_folder(tmp_path):
    config = write(tmp_path / "repo" / ".newslint.yaml", "language: de-AT\n")
    deep = tmp_path / "repo" / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config_file(deep) == config


def test_discovery_starts_in_the_folder_of_a_file(tmp_path):
    config = write(tmp_path / "repo" / "articles" / ".newslint.yml", "language: de-AT\n")
    article = write(tmp_path / "repo" / "articles" / "wahl.md", "Text")
    assert find_config_file(article) == config


def test_discovery_nearest_config_wins(tmp_path):
    write(tmp_path / ".newslint.yaml", "language: de-DE\n")
    near = write(tmp_path / "desk" / ".newslint.yaml", "language: de-CH\n")
    (tmp_path / "desk" / "sport").mkdir()
    assert find_config_file(tmp_path / "desk" / "sport") == near


def test_discovery_yaml_beats_pyproject_in_the_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.newslint]\nlanguage = 'de-CH'\n")
    config = write(tmp_path / ".newslint.yaml", "language: de-AT\n")
    assert find_config_file(tmp_path) == config


def test_discovery_skips_pyproject_without_newslint_table(tmp_path):
    outer = write(tmp_path / ".newslint.yaml", "language: de-AT\n")
    write(tmp_path / "pkg" / "pyproject.toml", "[project]\nname = 'newslint-plugins'\n[tool.ruff]\nline-length = 100\n")
    assert find_config_file(tmp_path / "pkg") == outer


def test_discovery_finds_pyproject_with_table_before_a_farther_yaml(tmp_path):
    write(tmp_path / ".newslint.yaml", "language: de-AT\n")
    pyproject = write(tmp_path / "pkg" / "pyproject.toml", "[tool.newslint]\nlanguage = 'de-CH'\n")
    assert find_config_file(tmp_path / "pkg") == pyproject


def test_discovery_ignores_someone_elses_broken_pyproject(tmp_path):
    outer = write(tmp_path / ".newslint.yaml", "language: de-AT\n")
    write(tmp_path / "pkg" / "pyproject.toml", "[project\nname = 'x'\n")
    assert find_config_file(tmp_path / "pkg") == outer


def test_discovery_reports_a_broken_pyproject_that_mentions_newslint(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.newslint]\nlanguage = \n")
    with pytest.raises(ConfigError, match=r"pyproject.toml: not valid TOML: "):
        find_config_file(tmp_path)


def test_discovery_rejects_yaml_and_yml_side_by_side(tmp_path):
    write(tmp_path / ".newslint.yaml", "")
    write(tmp_path / ".newslint.yml", "")
    with pytest.raises(ConfigError) as info:
        find_config_file(tmp_path)
    assert str(info.value) == f"{tmp_path}: both .newslint.yaml and .newslint.yml exist; keep one of them"


def test_discovery_without_any_config_gives_defaults(tmp_path, monkeypatch):
    if find_config_file(tmp_path) is not None:  # a config above the temp folder would be found, rightly
        pytest.skip("a config file exists above the temporary folder")
    monkeypatch.chdir(tmp_path)
    config = load_config(None)
    assert config == Config()
    assert config.source is None
    assert set(config.origins.values()) == {"default"}


def test_load_discovers_from_start(tmp_path):
    config_file = write(tmp_path / ".newslint.yaml", "language: de-CH\n")
    article = write(tmp_path / "a" / "b.md", "Text")
    config = load_config(None, start=article)
    assert (config.language, config.source) == ("de-CH", config_file)


def test_load_discovers_from_the_working_directory(tmp_path, monkeypatch):
    write(tmp_path / ".newslint.yaml", "language: de-CH\n")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    assert load_config(None).language == "de-CH"


def test_explicit_config_overrides_discovery(tmp_path, monkeypatch):
    write(tmp_path / ".newslint.yaml", "language: de-CH\n")
    explicit = write(tmp_path / "elsewhere" / "house.yaml", "language: de-AT\n")
    monkeypatch.chdir(tmp_path)
    config = load_config(Path("elsewhere/house.yaml"), start=tmp_path)
    assert (config.language, config.source) == ("de-AT", explicit)
    assert config.origins["language"] == "elsewhere/house.yaml:1"


def test_explicit_config_that_does_not_exist_is_an_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError) as info:
        load_config(Path("missing.yaml"))
    assert str(info.value) == "missing.yaml: config file not found"


def test_explicit_config_that_is_a_folder_is_an_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "conf").mkdir()
    with pytest.raises(ConfigError, match=r"^conf: is a folder, not a config file$"):
        load_config(Path("conf"))


def test_explicit_pyproject_without_table_is_an_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    with pytest.raises(ConfigError, match=r"^pyproject.toml: has no \[tool.newslint\] table$"):
        load_config(Path("pyproject.toml"))


# --- the example configs -----------------------------------------------------------------------


def test_newsroom_example_loads_with_typed_absolute_values():
    config = load_config(NEWSROOM / ".newslint.yaml")
    assert config.language == "de-AT"
    assert config.include == ("articles/**",)
    assert config.exclude == ("articles/drafts/", "**/*.orig.md")
    assert config.rules == (NEWSROOM / "house-rules",)
    assert config.default_rules is True
    assert config.disable == ("typografie", "languagetool.GERMAN_SPELLER_RULE")
    assert config.enable == ("typografie.gedankenstrich",)
    assert config.severity == {"stil": Severity.INFO, "stil.floskeln": Severity.WARNING,
                               "languagetool.DE_AGREEMENT": Severity.ERROR}
    assert config.vocabulary.accept == (NEWSROOM / "vocabulary" / "accept.txt",)
    assert config.vocabulary.reject == (NEWSROOM / "vocabulary" / "reject.txt",)
    assert config.fail_on is Severity.WARNING
    assert list(config.formats.items()) == [("*.htm", "html"), ("articles/wire/*.txt", "markdown")]
    assert config.languages == {"articles/schweiz/**": "de-CH"}
    assert config.language_for(NEWSROOM / "articles" / "schweiz" / "zug.md") == "de-CH"
    assert config.language_for(NEWSROOM / "articles" / "wien.md") == "de-AT"
    assert config.front_matter_fields == ("title", "teaser", "description")
    assert config.html_attributes == ("alt", "title", "aria-label")
    lt = config.languagetool
    assert (lt.url, lt.version, lt.level, lt.idle_timeout) == (
        "https://languagetool.example-zeitung.at", "6.8", "picky", 30.0)
    assert (lt.disabled_rules, lt.enabled_rules) == (("WHITESPACE_RULE",), ("DE_DU_UPPER_LOWER",))
    assert (lt.disabled_categories, lt.enabled_categories) == (("COLLOQUIALISMS",), ("STYLE",))
    assert config.idle_timeout_seconds == 1800.0


def test_pyproject_form(monkeypatch):
    monkeypatch.chdir(CONFIG_FIXTURES / "pyproject")
    config = load_config(None)
    assert config.source == CONFIG_FIXTURES / "pyproject" / "pyproject.toml"
    assert (config.language, config.fail_on, config.languagetool.level) == ("de-CH", Severity.WARNING, "picky")
    assert config.severity == {"stil": Severity.INFO}
    assert config.origins["languagetool.level"] == "pyproject.toml (tool.newslint.languagetool.level)"
    assert config.origins["include"] == "default"


def test_pyproject_errors_name_the_toml_key_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", "[tool.newslint.languagetool]\nlevle = 'picky'\n")
    with pytest.raises(ConfigError) as info:
        load_config(None)
    assert str(info.value) == "pyproject.toml: tool.newslint.languagetool.levle: unknown key (did you mean 'level'?)"


def test_pyproject_list_item_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", "[tool.newslint]\nexclude = ['drafts/', 3]\n")
    with pytest.raises(ConfigError) as info:
        load_config(None)
    assert str(info.value) == (
        "pyproject.toml: tool.newslint.exclude[1]: expected a glob pattern (string), got integer 3")


def test_docs_show_the_example_files_verbatim():
    docs = DOCS.read_text(encoding="utf-8")
    assert (NEWSROOM / ".newslint.yaml").read_text(encoding="utf-8") in docs
    pyproject = (CONFIG_FIXTURES / "pyproject" / "pyproject.toml").read_text(encoding="utf-8")
    assert pyproject[pyproject.index("[tool.newslint]"):] in docs


def test_docs_describe_every_key():
    docs = DOCS.read_text(encoding="utf-8")
    missing = [key for key in leaf_keys() if f"### `{key}`" not in docs]
    assert missing == []


# --- strict validation -------------------------------------------------------------------------


def _expected(fixture: Path) -> str:
    first = fixture.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# expect: "), f"{fixture.name} must state its expected message on line 1"
    return first.removeprefix("# expect: ")


@pytest.mark.parametrize("fixture", BAD, ids=lambda p: p.stem)
def test_bad_config_gives_exact_message(fixture, monkeypatch):
    monkeypatch.chdir(fixture.parent)
    with pytest.raises(ConfigError) as info:
        load_config(Path(fixture.name))
    assert str(info.value) == _expected(fixture)


def test_message_names_file_line_key_and_problem_as_in_the_issue(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".newslint.yaml",
          "language: de-DE\nfail_on: error\ninclude: []\nexclude: []\n\nlanguagetool:\n  levle: picky\n")
    with pytest.raises(ConfigError) as info:
        load_config(None)
    assert str(info.value) == ".newslint.yaml:7: languagetool.levle: unknown key (did you mean 'level'?)"


def test_missing_rule_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".newslint.yaml", "rules:\n  - house/\n")
    with pytest.raises(ConfigError) as info:
        load_config(None)
    assert str(info.value) == f".newslint.yaml:2: rules[0]: 'house/' does not exist (looked for {tmp_path / 'house'})"


def test_vocabulary_entry_must_be_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "words").mkdir()
    write(tmp_path / ".newslint.yaml", "vocabulary:\n  accept: [words]\n")
    with pytest.raises(ConfigError) as info:
        load_config(None)
    assert str(info.value) == f".newslint.yaml:2: vocabulary.accept[0]: 'words' is not a file ({tmp_path / 'words'})"


def test_paths_are_relative_to_the_config_file_not_the_working_directory(tmp_path, monkeypatch):
    write(tmp_path / "repo" / "style" / "accept.txt", "Jänner\n")
    (tmp_path / "repo" / "style" / "rules").mkdir()
    write(tmp_path / "repo" / ".newslint.yaml", "rules: [style/rules]\nvocabulary: {accept: [style/accept.txt]}\n")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    config = load_config(tmp_path / "repo" / ".newslint.yaml")
    assert config.rules == (tmp_path / "repo" / "style" / "rules",)
    assert config.vocabulary.accept == (tmp_path / "repo" / "style" / "accept.txt",)


@pytest.mark.parametrize("text, message", [
    ("include: ['']\n", ".newslint.yaml:1: include[0]: expected a glob pattern (string), got an empty string"),
    ("exclude: ['/']\n", ".newslint.yaml:1: exclude[0]: empty glob pattern: '/'"),
    ("enable: [3]\n", ".newslint.yaml:1: enable[0]: expected a rule id or prefix, got integer 3"),
    ("severity:\n  'stil x': info\n",
     ".newslint.yaml:2: severity['stil x']: 'stil x' is not a rule id or prefix "
     "(dotted names such as 'typografie' or 'languagetool.GERMAN_SPELLER_RULE')"),
    ("severity:\n", ".newslint.yaml:1: severity: expected a mapping of rule ids or prefixes to error, warning or info, "
                    "got null (write {} for an empty mapping)"),
    ("formats:\n  '!x': html\n",
     ".newslint.yaml:2: formats['!x']: negated patterns ('!') are not supported; "
     "list the files in 'include' instead: '!x'"),
    ("rules: [1]\n", ".newslint.yaml:1: rules[0]: expected a path, got integer 1"),
    ("default_rules: 1\n", ".newslint.yaml:1: default_rules: expected true or false, got integer 1"),
    ("languagetool:\n  version: '6'\n",
     ".newslint.yaml:2: languagetool.version: '6' is not a LanguageTool version such as \"6.8\""),
    ("languagetool:\n  idle_timeout: '15'\n",
     ".newslint.yaml:2: languagetool.idle_timeout: expected a number, got string '15'"),
    ("languagetool:\n  enabled_categories: [STYLE]\n  disabled_categories: [STYLE]\n",
     ".newslint.yaml:2: languagetool.enabled_categories: 'STYLE' is also listed in "
     "'languagetool.disabled_categories'; keep it in one of them"),
    ("vocabulary: [a.txt]\n", ".newslint.yaml:1: vocabulary: expected a mapping (a section), got list"),
    ("language: de-DE\nlanguage: de-DE\n", ".newslint.yaml:2: language: duplicate key (first on line 1)"),
    ("languagetool:\n  level: picky\n  level: default\n",
     ".newslint.yaml:3: languagetool.level: duplicate key (first on line 2)"),
    ("---\nlanguage: de-DE\n---\nlanguage: de-AT\n",
     ".newslint.yaml:3: not valid YAML: expected a single document in the stream on line 2: but found another document"),
])
def test_value_validation(tmp_path, monkeypatch, text, message):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".newslint.yaml", text)
    with pytest.raises(ConfigError) as info:
        load_config(None)
    assert str(info.value) == message


def test_yaml_accepts_nulls_for_optional_languagetool_values(tmp_path):
    config = load_config(write(tmp_path / "c.yaml", "languagetool:\n  url: null\n  version: ~\n"))
    assert (config.languagetool.url, config.languagetool.version) == (None, None)


def test_languagetool_ids_may_carry_the_newslint_prefix(tmp_path):
    text = "languagetool:\n  disabled_rules: [languagetool.WHITESPACE_RULE]\n"
    config = load_config(write(tmp_path / "c.yaml", text))
    assert config.languagetool.disabled_rules == ("WHITESPACE_RULE",)


def test_duplicates_in_lists_are_dropped_keeping_order(tmp_path):
    config = load_config(write(tmp_path / "c.yaml", "disable: [stil, typografie, stil]\n"))
    assert config.disable == ("stil", "typografie")


def test_empty_config_file_gives_defaults_from_that_file(tmp_path):
    path = write(tmp_path / ".newslint.yaml", "# nothing configured yet\n")
    config = load_config(path)
    assert config.source == path
    assert config.language == "de-DE"
    assert set(config.origins.values()) == {"default"}


def test_config_file_with_bom_is_read(tmp_path):
    path = tmp_path / ".newslint.yaml"
    path.write_bytes("\ufefflanguage: de-AT\n".encode("utf-8"))
    assert load_config(path).language == "de-AT"


def test_config_file_that_is_not_utf8(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".newslint.yaml").write_bytes("language: de-AT # Jänner\n".encode("latin-1"))
    with pytest.raises(ConfigError, match=r"^\.newslint\.yaml: not UTF-8 text$"):
        load_config(None)


def test_schema_and_config_fields_agree():
    assert schema_keys() == leaf_keys()


def test_idle_default_matches_the_server_default():
    from linter.languagetool.server import DEFAULT_IDLE_TIMEOUT

    assert DEFAULT_IDLE_MINUTES * 60 == DEFAULT_IDLE_TIMEOUT


def test_markup_defaults_and_formats_match_the_markup_package():
    from linter import markup
    from linter.config.parsers import INPUT_FORMATS

    assert Config().front_matter_fields == markup.DEFAULT_COPY_FIELDS
    assert Config().html_attributes == markup.DEFAULT_HTML_ATTRIBUTES
    assert INPUT_FORMATS == markup.FORMATS


# --- rule selection: dotted prefixes ------------------------------------------------------------


def test_disable_by_prefix_matches_whole_segments_only():
    config = Config(disable=("typografie",))
    assert not config.is_rule_enabled("typografie")
    assert not config.is_rule_enabled("typografie.anfuehrungszeichen")
    assert config.is_rule_enabled("typografiex.anfuehrungszeichen")
    assert config.is_rule_enabled("stil.floskeln")


def test_more_specific_enable_re_enables():
    config = Config(disable=("typografie",), enable=("typografie.gedankenstrich",))
    assert config.is_rule_enabled("typografie.gedankenstrich")
    assert config.is_rule_enabled("typografie.gedankenstrich.bis")
    assert not config.is_rule_enabled("typografie.anfuehrungszeichen")


def test_more_specific_disable_beats_a_broader_enable():
    config = Config(enable=("typografie",), disable=("typografie.gedankenstrich",))
    assert not config.is_rule_enabled("typografie.gedankenstrich")
    assert config.is_rule_enabled("typografie.anfuehrungszeichen")


def test_enable_alone_changes_nothing():
    assert Config(enable=("stil",)).is_rule_enabled("typografie.x")


def test_languagetool_rules_by_prefix():
    config = Config(disable=("languagetool.GERMAN_SPELLER_RULE",))
    assert not config.is_rule_enabled("languagetool.GERMAN_SPELLER_RULE")
    assert config.is_rule_enabled("languagetool.GERMAN_SPELLER_RULE_2")
    assert not Config(disable=("languagetool",)).is_rule_enabled("languagetool.DE_CASE")


def test_command_line_enable_beats_the_same_entry_disabled_in_the_file(tmp_path):
    config = load_config(write(tmp_path / "c.yaml", "disable: [stil.floskeln]\n"))
    config = apply_overrides(config, {"enable": ["stil.floskeln"]})
    assert config.is_rule_enabled("stil.floskeln")


def test_severity_longest_prefix_wins():
    config = Config(severity={"stil": Severity.INFO, "stil.floskeln": Severity.ERROR,
                              "languagetool": Severity.WARNING})
    assert config.severity_for("stil.floskeln.neu", Severity.WARNING) is Severity.ERROR
    assert config.severity_for("stil.passiv", Severity.WARNING) is Severity.INFO
    assert config.severity_for("stilistik.x", Severity.WARNING) is Severity.WARNING
    assert config.severity_for("languagetool.DE_CASE", Severity.ERROR) is Severity.WARNING
    assert config.severity_for("typografie.x", Severity.ERROR) is Severity.ERROR


# --- files: include / exclude / formats --------------------------------------------------------


@pytest.mark.parametrize("pattern, path, expected", [
    ("*.md", "a.md", True),
    ("*.md", "articles/2024/a.md", True),  # no slash: any depth
    ("*.md", "a.md.orig", False),
    ("articles/*.md", "articles/a.md", True),
    ("articles/*.md", "articles/2024/a.md", False),  # '*' stops at '/'
    ("articles/*.md", "desk/articles/a.md", False),  # a slash anchors at the config folder
    ("/a.md", "a.md", True),
    ("/a.md", "sub/a.md", False),
    ("articles/**", "articles/2024/05/a.md", True),
    ("articles/**", "articlesX/a.md", False),
    ("**/drafts", "a/b/drafts/x.md", True),
    ("**/drafts", "drafts/x.md", True),  # '**/' matches zero folders too
    ("articles/**/wire/*.txt", "articles/wire/a.txt", True),
    ("articles/**/wire/*.txt", "articles/2024/05/wire/a.txt", True),
    ("articles/**/wire/*.txt", "articles/2024/wire/sub/a.txt", False),
    ("drafts", "desk/drafts/x.md", True),  # a folder pattern covers the files below it
    ("drafts/", "drafts", False),  # trailing slash: folders only
    ("drafts/", "desk/drafts/x.md", True),
    ("**", "anything/at/all.txt", True),
    ("a?.md", "ab.md", True),
    ("a?.md", "a/.md", False),
    ("[ab].md", "b.md", True),
    ("[!ab].md", "c.md", True),
    ("[!ab].md", "a.md", False),
    ("[a-c]x", "bx", True),
    ("[a.md", "[a.md", True),  # an unclosed bracket is a literal
    (r"\*.md", "*.md", True),
    (r"\*.md", "a.md", False),
    ("./drafts", "drafts/x.md", True),
    ("./drafts", "desk/drafts/x.md", False),
    ("a**b.md", "axxb.md", True),
    ("a**b.md", "a/b.md", False),
    ("Wahl.md", "wahl.md", False),  # case-sensitive, like git on Linux
])
def test_glob_semantics(pattern, path, expected):
    assert matches(pattern, path) is expected


def test_include_and_exclude_relative_to_the_config_folder():
    config = load_config(NEWSROOM / ".newslint.yaml")
    assert config.is_included(NEWSROOM / "articles" / "2024" / "wahl.md")
    assert not config.is_included(NEWSROOM / "articles" / "drafts" / "x.md")
    assert not config.is_included(NEWSROOM / "articles" / "2024" / "wahl.orig.md")
    assert not config.is_included(NEWSROOM / "README.md")  # not under include
    assert not config.is_included(REPO / "README.md")  # outside the config folder


def test_include_defaults_to_everything_and_exclude_wins(tmp_path):
    config = load_config(write(tmp_path / ".newslint.yaml", "exclude: ['**/archiv/**']\n"))
    assert config.is_included(tmp_path / "any" / "file.txt")
    assert not config.is_included(tmp_path / "2020" / "archiv" / "a.md")
    both = load_config(write(tmp_path / ".newslint.yaml", "include: ['*.md']\nexclude: ['alt.md']\n"))
    assert both.is_included(tmp_path / "neu.md") and not both.is_included(tmp_path / "alt.md")


def test_relative_paths_are_taken_from_the_working_directory(tmp_path, monkeypatch):
    config = load_config(write(tmp_path / ".newslint.yaml", "exclude: ['drafts/']\n"))
    monkeypatch.chdir(tmp_path)
    assert not config.is_included("drafts/a.md")
    assert config.is_included("articles/a.md")


def test_without_a_config_file_globs_are_relative_to_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = apply_overrides(Config(), {"exclude": ["drafts/"]})
    assert not config.is_included(tmp_path / "drafts" / "a.md")


def test_input_format_last_matching_glob_wins():
    config = load_config(NEWSROOM / ".newslint.yaml")
    assert config.input_format_for(NEWSROOM / "articles" / "a.htm") == "html"
    assert config.input_format_for(NEWSROOM / "articles" / "wire" / "dpa.txt") == "markdown"
    assert config.input_format_for(NEWSROOM / "articles" / "a.txt") is None
    assert config.input_format_for(REPO / "x.htm") is None
    ordered = Config(formats={"*.txt": "markdown", "wire/*.txt": "text"}, source=NEWSROOM / ".newslint.yaml")
    assert ordered.input_format_for(NEWSROOM / "wire" / "a.txt") == "text"
    assert ordered.input_format_for(NEWSROOM / "a.txt") == "markdown"


# --- command-line overrides and provenance -----------------------------------------------------


def test_overrides_replace_file_values_and_record_the_command_line(tmp_path, monkeypatch):
    config = load_config(write(tmp_path / "repo" / ".newslint.yaml", "language: de-AT\nfail_on: info\n"))
    (tmp_path / "cwd" / "extra").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "cwd")
    result = apply_overrides(config, {
        "language": "de-CH",
        "fail_on": Severity.WARNING,
        "rules": [Path("extra")],
        "default_rules": None,  # a flag that was not given
        "languagetool.url": "http://localhost:8081",
    })
    assert result.language == "de-CH"
    assert result.fail_on is Severity.WARNING
    assert result.rules == (tmp_path / "cwd" / "extra",)  # command-line paths are relative to cwd
    assert result.languagetool.url == "http://localhost:8081"
    assert result.default_rules is True
    assert result.origins["language"] == "command line"
    assert result.origins["languagetool.url"] == "command line"
    assert result.origins["default_rules"] == "default"
    assert result.origins["fail_on"] == "command line"
    assert config.language == "de-AT"  # the loaded config is untouched (frozen)


def test_overrides_accept_nested_sections_enums_and_sets():
    import enum

    class Level(str, enum.Enum):  # like the typer enums in cli.py
        picky = "picky"

    config = apply_overrides(Config(), {"languagetool": {"level": Level.picky,
                                                         "disabled_rules": {"B_RULE", "A_RULE"}}})
    assert config.languagetool.level == "picky"
    assert config.languagetool.disabled_rules == ("A_RULE", "B_RULE")


def test_overrides_are_validated():
    with pytest.raises(ConfigError) as info:
        apply_overrides(Config(), {"fail_on": "severe"})
    assert str(info.value) == "command line: fail_on: 'severe' is not one of error, warning, info"


def test_override_of_unknown_setting():
    with pytest.raises(ConfigError) as info:
        apply_overrides(Config(), {"languagetool.levle": "picky"})
    assert str(info.value) == "command line: unknown setting 'languagetool.levle' (did you mean 'languagetool.level'?)"


def test_languagetool_settings():
    from linter.languagetool.client import LanguageToolSettings

    settings = load_config(NEWSROOM / ".newslint.yaml").languagetool_settings()
    assert settings == LanguageToolSettings(
        level="picky",
        disabled_rules=frozenset({"WHITESPACE_RULE"}),
        enabled_rules=frozenset({"DE_DU_UPPER_LOWER"}),
        disabled_categories=frozenset({"COLLOQUIALISMS"}),
        enabled_categories=frozenset({"STYLE"}),
    )
    assert Config().languagetool_settings() == LanguageToolSettings()


FORMAT_EXPECTED = """\
# config file: {source}
language: de-AT                # from: .newslint.yaml:1
languages: {{}}                  # from: default
include: []                    # from: default
exclude: ['*.orig.md']         # from: .newslint.yaml:3
rules: []                      # from: default
default_rules: false           # from: command line
enable: []                     # from: default
disable: [typografie]          # from: .newslint.yaml:2
severity:                      # from: .newslint.yaml:4
  stil: info
  languagetool.TYPOS: error
vocabulary:
  accept: []                   # from: default
  reject: []                   # from: default
house_spelling:
  brand_case: true             # from: default
  foreign_marks: true          # from: default
  transliteration: true        # from: default
fail_on: error                 # from: default
formats: {{}}                    # from: default
front_matter_fields: [title, subtitle, teaser, description, summary]  # from: default
html_attributes: [alt, title]  # from: default
languagetool:
  url: null                    # from: default
  version: '6.8'               # from: .newslint.yaml:8
  level: default               # from: default
  disabled_rules: []           # from: default
  enabled_rules: []            # from: default
  disabled_categories: []      # from: default
  enabled_categories: []       # from: default
  idle_timeout: 15.0           # from: default
"""


def test_format_effective(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    source = write(tmp_path / ".newslint.yaml", "language: de-AT\ndisable: [typografie]\nexclude: ['*.orig.md']\n"
                   "severity:\n  stil: info\n  languagetool.TYPOS: error\nlanguagetool:\n  version: '6.8'\n")
    config = apply_overrides(load_config(None), {"default_rules": False})
    assert format_effective(config) == FORMAT_EXPECTED.format(source=source)


def test_format_effective_is_itself_a_valid_config(tmp_path):
    original = load_config(NEWSROOM / ".newslint.yaml")
    copy = write(tmp_path / "shown.yaml", format_effective(original))
    assert effective_as_dict(load_config(copy))["values"] == effective_as_dict(original)["values"]


def test_format_effective_without_a_config_file():
    text = format_effective(Config())
    assert text.startswith("# no config file: defaults\nlanguage: de-DE")
    assert all(line.endswith("# from: default") for line in text.splitlines()
               if not line.startswith("#") and not line.endswith(":"))


def test_effective_as_dict_is_json_ready_with_origins():
    data = effective_as_dict(load_config(NEWSROOM / ".newslint.yaml"))
    json.dumps(data)  # must not raise
    assert data["source"] == str(NEWSROOM / ".newslint.yaml")
    assert data["values"]["languagetool"]["level"] == "picky"
    assert data["values"]["severity"] == {"stil": "info", "stil.floskeln": "warning", "languagetool.DE_AGREEMENT": "error"}
    assert data["values"]["rules"] == [str(NEWSROOM / "house-rules")]
    assert data["values"]["fail_on"] == "warning"
    assert set(data["origins"]) == set(leaf_keys())
    assert re.fullmatch(r".*\.newslint\.yaml:47", data["origins"]["languagetool.level"])
    assert data["origins"]["languagetool.url"].endswith(".newslint.yaml:45")


def test_every_origin_of_the_newsroom_example_points_at_its_line():
    config = load_config(NEWSROOM / ".newslint.yaml")
    lines = (NEWSROOM / ".newslint.yaml").read_text(encoding="utf-8").splitlines()
    for key in leaf_keys():
        line = int(config.origins[key].rsplit(":", 1)[1])
        assert lines[line - 1].strip().startswith(key.rsplit(".", 1)[-1] + ":"), key


def test_yaml_block_list_origin_is_the_key_line(tmp_path):
    config = load_config(write(tmp_path / "c.yaml", "language: de-DE\n\nexclude:\n  - a/\n  - b/\n"))
    assert config.origins["exclude"].endswith("c.yaml:3")
    assert yaml.safe_load(format_effective(config))["exclude"] == ["a/", "b/"]
