"""The CI examples in docs/ci.md are valid YAML and wire the formats up as documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

CI_DOC = Path(__file__).parent.parent / "docs" / "ci.md"


def _yaml_blocks() -> list[dict]:
    text = CI_DOC.read_text(encoding="utf-8")
    return [yaml.safe_load(block) for block in re.findall(r"^```ya?ml\n(.*?)^```", text, re.S | re.M)]


@pytest.fixture(scope="module")
def blocks():
    return _yaml_blocks()


def _steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def test_two_blocks_parse(blocks):
    assert len(blocks) == 2
    assert all(isinstance(b, dict) for b in blocks)


def test_github_workflow(blocks):
    workflow = blocks[0]
    assert workflow["permissions"]["security-events"] == "write"
    steps = _steps(workflow)
    runs = [" ".join(s.get("run", "").split()) for s in steps]
    sarif = next(i for i, r in enumerate(runs) if "--format sarif" in r)
    assert "newslint check --format sarif --output newslint.sarif" in runs[sarif]
    assert "--changed-since origin/${{ github.base_ref }}" in runs[sarif]
    assert steps[sarif]["continue-on-error"] is True  # the upload must still happen
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert upload["with"]["sarif_file"] == "newslint.sarif"
    assert upload["if"].startswith("always()")
    assert steps.index(upload) > sarif
    assert any("newslint check --format github" in r and "--changed-since origin/" in r for r in runs)
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0


def test_gitlab_job(blocks):
    (job,) = blocks[1].values()
    script = " ".join(" ".join(job["script"]).split())
    assert "newslint check --format gitlab --output gl-code-quality-report.json" in script
    assert '--changed-since "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"' in script
    assert job["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    assert job["artifacts"]["when"] == "always"


def test_both_keep_the_result_cache_between_runs(blocks):
    github, gitlab = blocks
    (job,) = github["jobs"].values()
    cache = next(s for s in _steps(github) if s.get("uses", "").startswith("actions/cache@"))
    assert job["env"]["NEWSLINT_CACHE_DIR"].endswith("/.newslint-cache")
    assert cache["with"]["path"] == ".newslint-cache" and cache["with"]["restore-keys"]
    (gitlab_job,) = gitlab.values()
    assert gitlab_job["variables"]["NEWSLINT_CACHE_DIR"] == "$CI_PROJECT_DIR/.newslint-cache"
    assert gitlab_job["cache"]["paths"] == [".newslint-cache/"]
