"""Running ``newslint serve`` as a real subprocess, and checking its answers against its own OpenAPI description."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

NEWSLINT = str(Path(sys.executable).with_name("newslint"))
STARTUP = re.compile(r"listening on (http://\S+)")
DOC_URI = "urn:newslint:openapi"
START_TIMEOUT = 240.0  # warm-up may start LanguageTool on a busy machine


class Server:
    """A running ``newslint serve``: its URL, process and log; :meth:`stop` ends it with SIGTERM."""

    def __init__(self, args: list[str], cwd: Path, env: dict | None = None) -> None:
        self.log_path = cwd / f"serve-{os.getpid()}-{id(self)}.log"
        self._log = self.log_path.open("w", encoding="utf-8")
        self.process = subprocess.Popen([NEWSLINT, "serve", "--port", "0", *args], cwd=cwd, text=True,
                                        stdout=subprocess.PIPE, stderr=self._log, env={**os.environ, **(env or {})})
        self.url = self._read_url()
        self.description: dict | None = None

    def _read_url(self) -> str:
        """The URL from the startup line; fails with the log when the server does not come up."""
        found: list[str] = []

        def read() -> None:
            line = self.process.stdout.readline()
            match = STARTUP.search(line)
            if match:
                found.append(match.group(1))

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(START_TIMEOUT)
        if not found:
            self.stop()
            raise AssertionError(f"newslint serve did not start:\n{self.log()}")
        return found[0]

    def client(self, **kwargs) -> httpx.Client:
        """An HTTP client for this server whose every answer is checked against the served description."""
        if self.description is None:
            self.description = httpx.get(self.url + "/v1/openapi.json", headers=kwargs.get("headers")).json()
        hooks = {"response": [lambda response: assert_described(self.description, response)]}
        return httpx.Client(base_url=self.url, event_hooks=hooks, **{"timeout": 120.0, **kwargs})

    def log(self) -> str:
        """What the server wrote to standard error so far."""
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_text(encoding="utf-8")

    def stop(self, timeout: float = 60.0) -> int:
        """SIGTERM, and the exit code once the server has shut down."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(f"newslint serve did not stop within {timeout} s of SIGTERM:\n{self.log()}")
        finally:
            self.process.stdout.close()
            self._log.close()


def assert_described(description: dict, response: httpx.Response) -> None:
    """The answer's status and content type are documented for its operation, and its body fits the schema.

    A path or method the API does not have must answer 404 or 405 as a Problem (401 comes first).
    """
    response.read()
    request = response.request
    operation = description["paths"].get(request.url.path, {}).get(request.method.lower())
    if operation is None:
        assert response.status_code in (401, 404, 405), f"{request.method} {request.url.path}: {response.status_code}"
        schema_ref = "#/components/schemas/Problem"
        media = "application/problem+json"
    else:
        documented = operation["responses"].get(str(response.status_code))
        assert documented is not None, (f"{request.method} {request.url.path} answered {response.status_code}, "
                                        f"which its description does not list: {response.text}")
        documented = resolve(description, documented)
        media = response.headers["content-type"].split(";")[0]
        assert media in documented["content"], f"{media} is not documented for {response.status_code}"
        schema_ref = documented["content"][media]["schema"].get("$ref")
        if schema_ref is None:
            return  # the description itself: an object, validated as OpenAPI by its own test
    assert response.headers["content-type"].split(";")[0] == media
    errors = sorted(schema_validator(description, schema_ref).iter_errors(response.json()), key=str)
    assert not errors, f"{request.method} {request.url.path} {response.status_code}: " + "; ".join(
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors)


def resolve(description: dict, node: dict) -> dict:
    """Follow a local ``$ref`` (one level, as the description uses them)."""
    ref = node.get("$ref")
    if ref is None:
        return node
    target = description
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return target


def schema_validator(description: dict, ref: str) -> Draft202012Validator:
    """A JSON Schema validator for the component at ``ref`` (``#/components/schemas/...``) of the description."""
    registry = Registry().with_resource(DOC_URI, Resource.from_contents(description, default_specification=DRAFT202012))
    return Draft202012Validator({"$ref": DOC_URI + ref}, registry=registry)


def cli_json(*args: str, cwd: Path) -> dict:
    """``newslint check --format json ARGS`` run as a subprocess in ``cwd``, parsed."""
    done = subprocess.run([NEWSLINT, "check", "--format", "json", "--quiet", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)
