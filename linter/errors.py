"""Typed errors that say what to fix.

Nothing below the CLI prints or exits: modules raise one of these, and the CLI
turns them into a message and exit code 2.
"""


class NewslintError(Exception):
    """Base of every error a user can act on; the message says what to fix."""


class UsageError(NewslintError):
    """The command line asks for something impossible (bad flag value, missing path)."""


class ConfigError(NewslintError):
    """A configuration file or value is invalid; the message names file, key and problem."""


class RuleError(NewslintError):
    """A house-rule file is invalid; the message reads ``file:line: key: problem``."""


class EngineError(NewslintError):
    """LanguageTool cannot be provisioned, started or reached."""


class InputError(NewslintError):
    """One input file cannot be read as text (not UTF-8, binary, unreadable)."""
