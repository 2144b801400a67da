"""The default German news rule pack (YAML files), shipped as the package ``linter.rules``."""
