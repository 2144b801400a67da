"""The wheel: what ships in it, and whether an installed newslint finds its data.

The wheel is built from a copy of the working tree (tracked and untracked, not
ignored files), so the build leaves no build/ or egg-info behind in the
repository. It is then installed into a fresh virtual environment (with its
dependencies, from the pip cache or the index) and run from outside the
repository, so nothing can be imported from the checkout by accident.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.test_precommit import MISSING, copy_working_tree

pytestmark = pytest.mark.slow  # pip builds a wheel and installs it into a fresh virtual environment
TIMEOUT = 900


def run(args: list, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    if done.returncode != 0:
        pytest.fail(f"{' '.join(map(str, args))} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}", pytrace=False)
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel of the working tree, built once per module."""
    source = tmp_path_factory.mktemp("src")
    copy_working_tree(source)
    out = tmp_path_factory.mktemp("wheel")
    started = time.monotonic()
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", out, source], cwd=source)
    print(f"\nwheel built in {time.monotonic() - started:.1f} s")
    wheels = list(out.glob("newslint-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def names(wheel) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def expected_from(folder: Path, pattern: str, prefix: str) -> set[str]:
    """``prefix/...`` names for the files below ``folder`` matching ``pattern``."""
    return {f"{prefix}/{p.relative_to(folder).as_posix()}" for p in folder.glob(pattern) if p.is_file()}


def test_wheel_has_every_rule_file(names):
    rules = expected_from(REPO / "rules", "**/*.yml", "linter/rules")
    assert len(rules) >= 8
    assert rules <= names, sorted(rules - names)


def test_wheel_has_the_languagetool_files(names):
    assert {"linter/languagetool/server.properties", "linter/languagetool/lock-6.8.json"} <= names


def test_wheel_has_the_vocabulary_lists(names):
    vocabulary = expected_from(REPO / "rules", "vocabulary/**/*.txt", "linter/rules")
    if not (REPO / "rules" / "vocabulary").is_dir():
        assert not [n for n in names if "/vocabulary/" in n]
        return
    assert vocabulary, "rules/vocabulary/ exists but holds no .txt lists"
    assert vocabulary <= names, sorted(vocabulary - names)


def test_wheel_has_the_console_script(wheel, names):
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(entry_points).decode("utf-8")
    assert "[console_scripts]\nnewslint = linter.console:main" in text


def test_wheel_has_no_tests_fixtures_or_caches(names):
    assert not [n for n in names if n.startswith(("tests/", "fixtures/", "benchmarks/")) or "__pycache__" in n
                or n.endswith(".pyc")]


@pytest.mark.xfail(bool(MISSING), strict=True, reason=f"BUG: pyproject.toml [tool.setuptools] packages omits {MISSING}")
def test_wheel_has_every_module_and_data_file_of_the_package(names):
    shipped = set()
    for path in (REPO / "linter").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            shipped.add(path.relative_to(REPO).as_posix())
    assert shipped - names == set()


def test_pyproject_lists_every_rules_subfolder_as_data(names):
    # rules/<category>/ folders are data, not packages: they are reached through linter.rules' globs
    for folder in (REPO / "rules").iterdir():
        if folder.is_dir() and folder.name != "__pycache__":
            assert any(n.startswith(f"linter/rules/{folder.name}/") for n in names), folder.name


# --------------------------------------------------------------------------- installed in a fresh venv


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel installed (dependencies from the pip cache/index)."""
    target = tmp_path_factory.mktemp("venv") / "env"
    started = time.monotonic()
    venv.create(target, with_pip=True)
    python = target / "bin" / "python"
    run([python, "-m", "pip", "install", "-q", wheel], cwd=target)
    print(f"\nfresh venv with the wheel and its dependencies in {time.monotonic() - started:.1f} s")
    return target


def outside_env(tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["NO_COLOR"] = "1"
    return env


def test_installed_package_finds_its_default_rules(installed, tmp_path):
    code = (
        "import json, linter, linter.rulebook as rb\n"
        "from importlib import resources\n"
        "d = rb.default_rules_dir()\n"
        "lt = resources.files('linter.languagetool')\n"
        "print(json.dumps({'pkg': linter.__file__, 'dir': str(d),\n"
        "  'rules': sorted(str(p.relative_to(d)) for p in d.rglob('*.yml')),\n"
        "  'lock': (lt / 'lock-6.8.json').is_file(), 'props': (lt / 'server.properties').is_file(),\n"
        "  'ids': sorted(r.id for r in rb.load_rulebook([d]).rules)}))\n"
    )
    import json

    done = run([installed / "bin" / "python", "-c", code], cwd=tmp_path, env=outside_env(tmp_path))
    info = json.loads(done.stdout)
    assert info["pkg"].startswith(str(installed)), info["pkg"]
    assert info["dir"].startswith(str(installed))
    assert info["rules"] == sorted(str(p.relative_to(REPO / "rules")) for p in (REPO / "rules").rglob("*.yml"))
    assert info["lock"] and info["props"]

    from linter.rulebook import default_rules_dir, load_rulebook

    assert info["ids"] == sorted(r.id for r in load_rulebook([default_rules_dir()]).rules)


def test_installed_console_script_lists_rules(installed, tmp_path):
    done = run([installed / "bin" / "newslint", "rules", "list"], cwd=tmp_path, env=outside_env(tmp_path))
    assert "typografie.leerzeichen-vor-satzzeichen" in done.stdout
    version = run([installed / "bin" / "newslint", "--version"], cwd=tmp_path, env=outside_env(tmp_path))
    expected = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert version.stdout == f"newslint {expected}\n"


@pytest.mark.xfail(bool(MISSING), strict=True, reason=(
    f"BUG: pyproject.toml [tool.setuptools] packages omits {MISSING}: the installed 'newslint check' "
    "dies with ModuleNotFoundError"))
def test_installed_console_script_checks_with_house_rules(installed, tmp_path):
    (tmp_path / "a.txt").write_text("Ein Sprecher sagte, die Umstellung sei schwer , aber machbar.\n", encoding="utf-8")
    done = subprocess.run([str(installed / "bin" / "newslint"), "check", "--no-languagetool", "--format", "github",
                           "--fail-on", "warning", "a.txt"],
                          cwd=tmp_path, env=outside_env(tmp_path), capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 1, done.stderr
    assert done.stdout == (
        "::warning file=a.txt,line=1,col=46,endLine=1,endColumn=47,title=typografie.leerzeichen-vor-satzzeichen"
        "::Vor „,“ steht im Deutschen kein Leerzeichen. (-> ,)\n")
