"""The ``newslint`` command line: the only place that prints errors and chooses exit codes.

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it,
2 usage, configuration, rule, input or engine errors.
"""

from __future__ import annotations

import functools
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from linter import __version__
from linter.errors import NewslintError
from linter.exitcodes import EXIT_ERROR, EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_OK
from linter.cache import DEFAULT_MAX_MB as DEFAULT_CACHE_MB
from linter.resident.control import DEFAULT_IDLE_TIMEOUT as ENGINE_IDLE_TIMEOUT
from linter.settings import ConfigResolver

app = typer.Typer(
    name="newslint",
    help="Spelling and style linter for German news copy (LanguageTool + YAML house rules).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
languagetool_app = typer.Typer(help="Provision the LanguageTool engine.", no_args_is_help=True)
server_app = typer.Typer(help="Manage the background LanguageTool server.", no_args_is_help=True)
rules_app = typer.Typer(help="Inspect and test house rules.", no_args_is_help=True)
engine_app = typer.Typer(help="Manage the resident newslint engine that check and fix hand their work to.",
                         no_args_is_help=True)
app.add_typer(languagetool_app, name="languagetool")
app.add_typer(server_app, name="server")
app.add_typer(engine_app, name="engine")
app.add_typer(rules_app, name="rules")


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    gitlab = "gitlab"
    html = "html"
    jsonl = "jsonl"


class Language(str, Enum):
    de_DE = "de-DE"
    de_AT = "de-AT"
    de_CH = "de-CH"


class FailLevel(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


class InputFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    html = "html"


def fail(message: str) -> "typer.Exit":
    """Print ``message`` as an error on stderr and return the exit for code 2."""
    typer.echo(f"newslint: error: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"newslint {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """Spelling and style linter for German news copy."""


# Options that ``check`` and ``fix`` share (``serve`` and ``lsp`` some of them), declared once
# (typer reads the Annotated metadata).
ConfigOption = Annotated[Optional[Path], typer.Option(
    "--config", metavar="PATH", help="Use this config file instead of searching for .newslint.yaml / pyproject.toml.")]
LanguageOption = Annotated[Optional[Language], typer.Option(
    "--language", "-l", help="Language variant of every file; beats the config and the document's own lang (default: de-DE).")]
NoLanguageToolOption = Annotated[bool, typer.Option("--no-languagetool", help="Run the house rules only.")]
LanguageToolUrlOption = Annotated[list[str], typer.Option(
    "--languagetool-url", metavar="URL",
    help="Use this LanguageTool server instead of starting one; several (repeated or comma-separated) share the files.")]
JobsOption = Annotated[Optional[int], typer.Option(
    "--jobs", "-j", min=1, metavar="N", help="Check N files at once (default: the number of cores).")]
CacheDirOption = Annotated[Optional[Path], typer.Option(
    "--cache-dir", metavar="DIR", help="Keep the result cache in DIR (default: the user cache dir, see docs/speed.md).")]
NoCacheOption = Annotated[bool, typer.Option("--no-cache", help="Check every file afresh; read and write no cached results.")]
CacheSizeOption = Annotated[float, typer.Option(
    "--cache-size", metavar="MB", min=1, help="Bound of the result cache; least recently used results go first.")]
RulesOption = Annotated[list[Path], typer.Option("--rules", metavar="PATH", help="Extra rule file or folder (repeatable).")]
NoDefaultRulesOption = Annotated[bool, typer.Option("--no-default-rules", help="Do not load the built-in rule pack.")]
FormatInOption = Annotated[Optional[InputFormat], typer.Option("--format-in", help="Treat every input as this format.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or notes on stderr.")]
DisableOption = Annotated[list[str], typer.Option(
    "--disable", metavar="ID", help="Turn off a rule, or every rule under an id prefix, like 'disable:' in the config (repeatable).")]
EnableOption = Annotated[list[str], typer.Option(
    "--enable", metavar="ID", help="Turn a rule (or id prefix) back on, like 'enable:' in the config (repeatable).")]
# ... and the LanguageTool version the ``languagetool`` and ``server`` commands share.
VersionOption = Annotated[Optional[str], typer.Option("--version", help="LanguageTool version (default: the pinned one).")]
NoProgressOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]


@app.command()
def check(
    paths: list[str] = typer.Argument(None, help="Files or folders to check (folders: .txt, .md, .html recursively); '-' reads standard input."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="Report format (html: a self-contained page for the copy desk)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to FILE instead of stdout."),
    config_path: ConfigOption = None,
    language: LanguageOption = None,
    fail_on: Optional[FailLevel] = typer.Option(None, "--fail-on", help="Lowest severity that makes the exit code 1 (default: error)."),
    no_languagetool: NoLanguageToolOption = False,
    languagetool_url: LanguageToolUrlOption = [],
    rules: RulesOption = [],
    no_default_rules: NoDefaultRulesOption = False,
    disable: DisableOption = [],
    enable: EnableOption = [],
    format_in: FormatInOption = None,
    color: Optional[bool] = typer.Option(None, "--color/--no-color", help="Colour text output (default: on a terminal)."),
    stdin_filename: Optional[str] = typer.Option(None, "--stdin-filename", metavar="NAME",
                                                 help="Name for the copy read from '-' (format, config, report)."),
    changed_since: Optional[str] = typer.Option(None, "--changed-since", metavar="REF",
                                                help="Check only files that differ from this git ref."),
    report_unused_disables: bool = typer.Option(False, "--report-unused-disables",
                                                help="Report suppression comments that suppressed nothing."),
    jobs: JobsOption = None,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
    cache_size: CacheSizeOption = DEFAULT_CACHE_MB,
    quiet: QuietOption = False,
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", metavar="ADDRESS",
        help="Check on a Dask cluster: local:N (N local workers) or a scheduler's tcp://host:port (docs/scale.md)."),
) -> None:
    """Check German news copy and report findings."""
    from linter.runner import CheckRequest, run_check

    if not paths:
        if not changed_since:
            raise fail("no paths given: name files or folders to check, or '-' for standard input")
        paths = ["."]
    try:
        resolver = _resolver(config_path, rules, language, languagetool_url, no_default_rules, disable, enable, fail_on)
        request = CheckRequest(
            paths=paths, resolver=resolver, output_format=output_format.value, output=output,
            use_languagetool=not no_languagetool, format_in=format_in.value if format_in else None,
            color=_want_color(color, output), quiet=quiet, stdin_filename=stdin_filename,
            changed_since=changed_since, report_unused_disables=report_unused_disables, ablate=_ablate(),
            **_speed(jobs, cache_dir, no_cache, cache_size),
        )
        executor = None
        if scheduler is not None:
            from linter.distributed import executor_for_scheduler

            executor = executor_for_scheduler(scheduler)
        code = run_check(request, notice=_notice(quiet), executor=executor)
    except NewslintError as exc:
        raise fail(str(exc)) from None
    raise typer.Exit(code)


@app.command()
def fix(
    paths: list[str] = typer.Argument(None, help="Files or folders to fix (folders: .txt, .md, .html recursively)."),
    check_only: bool = typer.Option(False, "--check", help="Write nothing; exit 1 if a fix would apply (for CI)."),
    diff: bool = typer.Option(False, "--diff", help="Print a unified diff of the fixes and write nothing."),
    unsafe_fixes: bool = typer.Option(False, "--unsafe-fixes", help="Also apply fixes marked unsafe (see docs/fix.md)."),
    config_path: ConfigOption = None,
    language: LanguageOption = None,
    no_languagetool: NoLanguageToolOption = False,
    languagetool_url: LanguageToolUrlOption = [],
    rules: RulesOption = [],
    no_default_rules: NoDefaultRulesOption = False,
    disable: DisableOption = [],
    enable: EnableOption = [],
    format_in: FormatInOption = None,
    jobs: JobsOption = None,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
    cache_size: CacheSizeOption = DEFAULT_CACHE_MB,
    quiet: QuietOption = False,
) -> None:
    """Apply the fixes that are safe. Exit 0: nothing to fix, 1: files changed (or would), 2: errors."""
    from linter.fixing import FixRequest, run_fix
    from linter.runner import CheckRequest

    if not paths:
        raise fail("no paths given: name the files or folders to fix")
    if check_only and diff:
        raise fail("--check and --diff cannot be combined: --diff already writes nothing")
    try:
        resolver = _resolver(config_path, rules, language, languagetool_url, no_default_rules, disable, enable)
        request = FixRequest(
            check=CheckRequest(paths=paths, resolver=resolver, use_languagetool=not no_languagetool,
                               format_in=format_in.value if format_in else None, quiet=quiet, ablate=_ablate(),
                               **_speed(jobs, cache_dir, no_cache, cache_size)),
            unsafe=unsafe_fixes, mode="diff" if diff else "check" if check_only else "write",
        )
        code = run_fix(request, notice=_notice(quiet))
    except NewslintError as exc:
        raise fail(str(exc)) from None
    raise typer.Exit(code)


def _notice(quiet: bool):
    """Where a run's notes go: stderr, or nowhere with --quiet."""
    return (lambda _: None) if quiet else (lambda text: typer.echo(text, err=True))


def _speed(jobs: Optional[int], cache_dir: Optional[Path], no_cache: bool, cache_size: float) -> dict:
    """The CheckRequest settings of --jobs, --cache-dir, --no-cache and --cache-size."""
    from linter.batch import default_jobs
    from linter.cache import default_dir

    if no_cache and cache_dir is not None:
        raise fail("--cache-dir and --no-cache cannot be combined: drop one of them")
    return {"jobs": jobs or default_jobs(), "cache_dir": None if no_cache else (cache_dir or default_dir()),
            "cache_max_bytes": int(cache_size * 1024 * 1024)}


def _resolver(config_path: Optional[Path], rules: list[Path], language: Optional[Language],
              languagetool_url: list[str], no_default_rules: bool,
              disable: list[str], enable: list[str],
              fail_on: Optional[FailLevel] = None) -> ConfigResolver:
    """The per-file configuration with the flags that ``check`` and ``fix`` share laid over it."""
    return ConfigResolver(
        explicit=config_path,
        overrides={
            "language": language.value if language else None,
            "fail_on": fail_on.value if fail_on else None,
            "languagetool.url": list(languagetool_url) or None,
            "default_rules": False if no_default_rules else None,
        },
        extra_rules=tuple(rules),
        enable=tuple(enable),
        disable=tuple(disable),
    )


def _ablate() -> frozenset[str]:
    """The precision means switched off for a measurement (NEWSLINT_ABLATE, set by benchmarks/)."""
    from linter.precision import parse_ablate

    return parse_ablate(os.environ.get("NEWSLINT_ABLATE", ""))


def _want_color(flag: Optional[bool], output: Optional[Path]) -> bool:
    """Colour only when asked, or by default on a terminal without NO_COLOR and without --output."""
    if flag is not None:
        return flag
    return output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ


@languagetool_app.command("install")
def languagetool_install(
    version: VersionOption = None,
    quiet: NoProgressOption = False,
) -> None:
    """Download LanguageTool (German) from Maven Central into the user cache, and read its
    German dictionary into the copy the agreement rule looks words up in."""
    from linter.languagetool.java import find_java
    from linter.languagetool.provision import DEFAULT_VERSION, ensure_languagetool
    from linter.morphology.lexicon import german_lexicon

    try:
        find_java()
        installation = ensure_languagetool(version or DEFAULT_VERSION, quiet=quiet)
        german_lexicon(installation.version)
    except NewslintError as exc:
        raise fail(str(exc)) from None
    typer.echo(f"LanguageTool {installation.version} is installed in {installation.directory}")


@languagetool_app.command("verify")
def languagetool_verify(version: VersionOption = None) -> None:
    """Re-hash every installed jar (slow; for troubleshooting). Exit 1 when one is damaged or missing."""
    from linter.languagetool.provision import DEFAULT_VERSION, install_dir, verify_installation

    version = version or DEFAULT_VERSION
    problems = verify_installation(version)
    for problem in problems:
        typer.echo(problem)
    if problems:
        typer.echo(f"LanguageTool {version}: {len(problems)} problem(s); delete {install_dir(version)} "
                   f"and run 'newslint languagetool install --version {version}'")
        raise typer.Exit(EXIT_FINDINGS)
    typer.echo(f"LanguageTool {version}: all jars verified")


@languagetool_app.command("lock")
def languagetool_lock(
    version: VersionOption = None,
    quiet: NoProgressOption = False,
) -> None:
    """Maintainers: resolve a version from Maven Central, install it and write its lock file into the package."""
    import time

    from linter.languagetool.provision import DEFAULT_VERSION, write_lockfile

    start = time.monotonic()
    try:
        path = write_lockfile(version or DEFAULT_VERSION, quiet=quiet)
    except NewslintError as exc:
        raise fail(str(exc)) from None
    typer.echo(f"wrote {path} in {time.monotonic() - start:.0f} s")


@server_app.command("start")
def server_start(
    version: VersionOption = None,
) -> None:
    """Start the background LanguageTool server (or report the running one)."""
    from linter.languagetool.provision import DEFAULT_VERSION
    from linter.languagetool.server import ensure_server

    try:
        url = ensure_server(version or DEFAULT_VERSION)
    except NewslintError as exc:
        raise fail(str(exc)) from None
    typer.echo(f"LanguageTool server running at {url}")


@server_app.command("stop")
def server_stop() -> None:
    """Stop the background LanguageTool server."""
    from linter.languagetool.server import stop_server

    typer.echo("LanguageTool server stopped" if stop_server() else "No LanguageTool server was running")
    from linter.resident.control import stop_all

    stopped = stop_all()
    if stopped:
        typer.echo(f"{stopped} resident engine(s) stopped")


@server_app.command("status")
def server_status() -> None:
    """Show whether the background LanguageTool server runs, and where. Exit 1 when it does not."""
    from linter.languagetool.server import server_status as status

    state = status()
    if not state:
        typer.echo("No LanguageTool server is running")
        _echo_engines()
        raise typer.Exit(EXIT_FINDINGS)
    for key, value in state.items():
        typer.echo(f"{key}: {value}")
    _echo_engines()


@engine_app.command("start")
def engine_start(
    idle_timeout: float = typer.Option(ENGINE_IDLE_TIMEOUT, "--idle-timeout", metavar="SECONDS", min=1,
                                       help="Stop after this long without a command."),
) -> None:
    """Start the resident engine of this installation (or report the running one)."""
    from linter.resident.control import start_engine
    from linter.resident.fingerprint import installation_fingerprint
    from linter.resident.front import START_TIMEOUT
    from linter.resident.places import place_for

    place = place_for(installation_fingerprint())
    problem = start_engine(place, timeout=START_TIMEOUT, idle_timeout=idle_timeout)
    if problem:
        raise fail(f"the resident engine did not start: {problem}")
    typer.echo(f"resident engine listening at {place.socket}")


@engine_app.command("stop")
def engine_stop() -> None:
    """Stop every resident engine of this state folder."""
    from linter.resident.control import stop_all

    stopped = stop_all()
    typer.echo(f"{stopped} resident engine(s) stopped" if stopped else "No resident engine was running")


@engine_app.command("status")
def engine_status() -> None:
    """Show the resident engines of this state folder. Exit 1 when none runs."""
    if not _echo_engines():
        typer.echo("No resident engine is running")
        raise typer.Exit(EXIT_FINDINGS)


def _echo_engines() -> int:
    """Print each running engine's state; how many there are."""
    from linter.resident.control import engines

    running = engines()
    for state in running:
        typer.echo("resident engine:")
        for key in ("pid", "socket", "package", "python", "fingerprint", "started", "load_seconds",
                    "idle_timeout", "idle_seconds", "log"):
            typer.echo(f"  {key}: {state.get(key)}")
    return len(running)


@rules_app.command("list")
def rules_list(
    rules: RulesOption = [],
    no_default_rules: bool = typer.Option(False, "--no-default-rules", help="Do not list the built-in rule pack."),
    output_format: str = typer.Option("text", "--format", metavar="FORMAT",
                                      help="text (default) or json: a list of {id, type, severity, enabled, description, file}."),
) -> None:
    """List the house rules: id, severity ("off" beside it for a rule that ships switched off) and description."""
    import json

    from linter.rulebook import default_rules_dir, load_rulebook

    if output_format not in ("text", "json"):
        raise fail(f"unknown --format {output_format!r}; expected text or json")
    paths = ([] if no_default_rules else [default_rules_dir()]) + list(rules)
    try:
        book = load_rulebook(paths)
    except NewslintError as exc:
        raise fail(str(exc)) from None
    ordered = sorted(book.rules, key=lambda r: r.id)
    if output_format == "json":
        listing = [{"id": r.id, "type": r.type, "severity": r.severity.label, "enabled": r.enabled,
                    "description": r.description, "file": str(r.path)} for r in ordered]
        typer.echo(json.dumps(listing, ensure_ascii=False, indent=2))
        return
    width = max((len(r.id) for r in book.rules), default=0)
    for rule in ordered:
        state = "" if rule.enabled else "off"  # runs only when a config's enable names it
        typer.echo(f"{rule.id:<{width}}  {rule.severity.label:<7}  {state:<3}  {rule.description or rule.message}")


@rules_app.command("test")
def rules_test(
    paths: list[Path] = typer.Argument(None, help="Rule files or folders (default: the built-in pack)."),
) -> None:
    """Run every rule's own examples; exit 1 if any rule fails them."""
    from linter.examples import run_all
    from linter.rulebook import default_rules_dir, load_rulebook

    try:
        book = load_rulebook(list(paths) if paths else [default_rules_dir()])
    except NewslintError as exc:
        raise fail(str(exc)) from None
    results = run_all(book)
    failed = {rule_id: problems for rule_id, problems in results.items() if problems}
    for rule_id, problems in sorted(failed.items()):
        for problem in problems:
            typer.echo(f"FAIL {rule_id}: {problem}")
    typer.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    raise typer.Exit(EXIT_FINDINGS if failed else EXIT_OK)


config_app = typer.Typer(help="Inspect the effective configuration.", no_args_is_help=True)
app.add_typer(config_app, name="config")


@config_app.command("show")
def config_show(
    path: Optional[Path] = typer.Argument(None, help="File or folder whose configuration to show (default: the working directory)."),
    config_path: Optional[Path] = typer.Option(None, "--config", metavar="PATH", help="Use this config file."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of YAML."),
) -> None:
    """Print the effective configuration and where each value came from."""
    import json

    from linter.config import effective_as_dict, format_effective

    try:
        config = ConfigResolver(explicit=config_path).for_path(path or Path.cwd())
    except NewslintError as exc:
        raise fail(str(exc)) from None
    if as_json:
        typer.echo(json.dumps(effective_as_dict(config), ensure_ascii=False, indent=2))
    else:
        typer.echo(format_effective(config), nl=False)


def main(args: list[str] | None = None, engine_note: str | None = None) -> None:
    """Run the command line in this process and end it with the command's exit code.

    The ``newslint`` console script (:mod:`linter.resident.front`) comes here
    when no resident engine takes the command; ``engine_note`` says why, when
    the engine was asked for (``NEWSLINT_RESIDENT=on``) and could not be used.
    """
    from linter.resident.front import MODE_VARIABLE, MODES, resident_mode

    if resident_mode() not in MODES:
        typer.echo(f"Error: {MODE_VARIABLE}={os.environ.get(MODE_VARIABLE)!r} is not one of "
                   f"{', '.join(MODES)}; set it to one of them or unset it", err=True)
        code = EXIT_ERROR
    else:
        if engine_note:
            typer.echo(f"warning: {engine_note}", err=True)
        code = run(args)
    _exit_at_once(code)
    sys.exit(code)


def run(args: list[str] | None = None) -> int:
    """Run one command line (``args``, default ``sys.argv[1:]``) and return its exit code.

    An unexpected exception must not exit with 1, which means "findings" to CI
    and pre-commit; it exits 2 with the traceback, like every other error. The
    resident engine's copy of itself calls this for each command it is handed.
    """
    try:
        click_command()(args=args, prog_name="newslint")
    except SystemExit as done:
        if done.code is None or isinstance(done.code, int):
            return done.code or 0
        typer.echo(str(done.code), err=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        typer.echo("newslint: interrupted", err=True)
        return EXIT_INTERRUPTED
    except Exception:  # noqa: BLE001 - the last line of defence
        import traceback

        traceback.print_exc()
        typer.echo("newslint: internal error (a bug in newslint; the traceback above says where)", err=True)
        return EXIT_ERROR
    return EXIT_OK


@functools.lru_cache(maxsize=1)
def click_command():
    """The command tree typer builds from ``app``, built once per process.

    ``app()`` builds it anew on every call (20-30 ms for newslint's commands); the
    resident engine builds it before it serves and every command's copy reuses it.
    """
    return typer.main.get_command(app)


def engine_lost(pid: int, log: str) -> int:
    """Say that the resident engine's process for this command ended without its exit code; the code to exit with.

    The command may have written part of its report; it is not run again, so
    nothing is reported twice.
    """
    typer.echo(f"newslint: the resident engine's process {pid} ended before the command finished (see {log}); "
               "run the command again, or set NEWSLINT_RESIDENT=off to run it without the engine", err=True)
    return EXIT_ERROR


def _exit_at_once(code: int) -> None:
    """End the process without the interpreter's teardown, when nothing is left to finish.

    Freeing what a check loaded (the sentence model, the word lists' caches, compiled
    patterns) object by object took 0.13 s after the report was out, a tenth of what
    LanguageTool takes for an article. The exit handlers still run and the output is
    flushed; a thread or child process still at work gets the ordinary exit instead.
    """
    import atexit
    import threading

    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)  # CPython's; elsewhere the ordinary exit
    busy_thread = any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread())
    processes = sys.modules.get("multiprocessing")
    if run_exit_handlers is None or busy_thread or (processes is not None and processes.active_children()):
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return  # a closed or broken stream: the ordinary exit reports it as it always did
    run_exit_handlers()
    os._exit(code)


@app.command("serve")
def serve_command(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; any but loopback needs a token."),
    port: int = typer.Option(8080, "--port", help="Port to listen on; 0 picks a free one (the startup line names it)."),
    token: Optional[str] = typer.Option(None, "--token", envvar="NEWSLINT_SERVE_TOKEN", show_envvar=True,
                                        help="Require 'Authorization: Bearer TOKEN' on every request (at least 16 "
                                             "characters; prefer the environment variable, which ps does not show)."),
    max_body: str = typer.Option("2MB", "--max-body", metavar="SIZE", help="Largest request body: bytes, or KB / MB."),
    timeout: float = typer.Option(60.0, "--timeout", metavar="SECONDS", help="Answer 504 when a check takes longer."),
    concurrency: int = typer.Option(4, "--concurrency", help="Checks that run at once (threads)."),
    queue: int = typer.Option(16, "--queue", help="Checks that may wait for a thread; beyond that 503."),
    config_path: Optional[Path] = typer.Option(None, "--config", metavar="PATH",
                                               help="Use this config file for every request instead of searching "
                                                    "from the folder of the request's filename."),
    language: Optional[str] = typer.Option(None, "--language", "-l", metavar="de-DE|de-AT|de-CH",
                                           help="Language variant of requests that name none; beats the config and the document's own lang."),
    no_languagetool: NoLanguageToolOption = False,
    languagetool_url: Optional[str] = typer.Option(None, "--languagetool-url", metavar="URL",
                                                   help="Use this LanguageTool server instead of starting one."),
    rules: RulesOption = [],
    no_default_rules: NoDefaultRulesOption = False,
) -> None:
    """Serve the HTTP API for a CMS until SIGTERM or Ctrl-C (see docs/cms.md)."""
    from linter.errors import UsageError
    from linter.serve import ServeSettings, parse_size, serve
    from linter.serve.params import LANGUAGES
    from linter.service import CheckService
    from linter.settings import ConfigResolver

    try:
        if language is not None and language not in LANGUAGES:
            raise UsageError(f"--language {language!r} is not one of {', '.join(LANGUAGES)}")
        settings = ServeSettings(host=host, port=port, token=token or None, max_body=parse_size(max_body),
                                 timeout=timeout, concurrency=concurrency, queue=queue)
        resolver = ConfigResolver(explicit=config_path, extra_rules=tuple(rules), overrides={
            "language": language, "languagetool.url": languagetool_url,
            "default_rules": False if no_default_rules else None})
        service = CheckService(resolver, use_languagetool=not no_languagetool,
                               notice=lambda text: typer.echo(text, err=True))
        serve(service, settings, announce=typer.echo)
    except NewslintError as exc:
        raise fail(str(exc)) from None


@app.command("lsp")
def lsp(
    config_path: Optional[Path] = typer.Option(None, "--config", metavar="PATH",
                                               help="Use this config file for every document instead of searching for .newslint.yaml / pyproject.toml."),
    language: Optional[str] = typer.Option(None, "--language", "-l", metavar="VARIANT",
                                           help="Language variant of every document (de-DE, de-AT, de-CH); beats the config and the document's own lang."),
    no_languagetool: NoLanguageToolOption = False,
    languagetool_url: Optional[str] = typer.Option(None, "--languagetool-url", metavar="URL",
                                                   help="Use this LanguageTool server instead of starting one."),
    rules: RulesOption = [],
    no_default_rules: NoDefaultRulesOption = False,
    debounce: int = typer.Option(400, "--debounce", metavar="MS", min=0,
                                 help="Milliseconds to wait after an edit before checking."),
) -> None:
    """Run the language server for editors on standard input/output (see docs/editors.md)."""
    from linter.config import Config, apply_overrides
    from linter.lsp import serve

    overrides = {"language": language, "languagetool.url": languagetool_url,
                 "default_rules": False if no_default_rules else None}
    try:
        apply_overrides(Config(), overrides)  # a bad flag stops the server now, not at the first document
        if config_path is not None:
            ConfigResolver(explicit=config_path).for_cwd()
    except NewslintError as exc:
        typer.echo(f"newslint: error: {exc}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    resolver = ConfigResolver(explicit=config_path, overrides=overrides, extra_rules=tuple(rules))
    serve(resolver, use_languagetool=not no_languagetool, debounce=debounce / 1000)
