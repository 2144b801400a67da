"""LanguageTool engine: provisioning from Maven Central and a local HTTP server.

``ensure_languagetool`` puts the jars in the user's cache, ``ensure_server``
starts (or reuses) a LanguageTool HTTP server on 127.0.0.1 and returns its URL.
"""
