"""The API application in-process: what a bug inside a check looks like, and checks in parallel threads."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor

import httpx

from linter.serve.app import create_app
from linter.serve.openapi import description
from linter.serve.params import TextRequest
from linter.serve.settings import ServeSettings
from linter.serve.work import Work
from linter.service import CheckService
from tests.conftest import SAMPLE
from tests.serve_support import assert_described


class BuggyService(CheckService):
    """A real service with a bug planted in checking: stands for any bug newslint may have."""

    def check_text(self, *args, **kwargs):
        raise KeyError("planted bug")


def test_a_bug_is_a_logged_500_with_a_json_body(caplog):
    app = create_app(Work(BuggyService(use_languagetool=False)), ServeSettings())

    async def requests():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://test") as client:
            return (await client.post("/v1/check", json={"text": "Er kam."}),
                    await client.post("/v1/fix", json={"text": "Er kam , sah."}))

    with caplog.at_level(logging.ERROR, "linter.serve"):
        response, fine = asyncio.run(requests())
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert "a bug" in response.json()["detail"] and "planted bug" not in response.json()["detail"]
    assert_described(description(), response)
    assert "planted bug" in caplog.text and "Traceback" in caplog.text
    assert fine.status_code == 200  # the server goes on


def test_one_shared_service_gives_the_same_results_in_parallel_threads():
    """The thread-safety claim of linter/serve/work.py, for the house rules and precision means."""
    work = Work(CheckService(use_languagetool=False))
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    requests = [TextRequest(p + "\nEr kam , sah .\n", filename=f"t{i}.md") for i, p in enumerate(paragraphs)] * 4
    sequential = [work.check(r) for r in requests]
    with ThreadPoolExecutor(8) as threads:
        parallel = list(threads.map(work.check, requests))
    assert parallel == sequential
    assert all(body["findings"] for body in sequential)
