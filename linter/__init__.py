"""newslint: a spelling and style linter for German news copy.

LanguageTool (the real Java engine, German module) and the project's own YAML
house-style rules run over article text; findings come back with exact source
positions and can be written as text, JSON, SARIF or GitHub annotations.
"""

__version__ = "0.1.0"
