"""Word forms and their readings, from LanguageTool's German dictionary (:mod:`linter.morphology.lexicon`)."""
