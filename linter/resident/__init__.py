"""The resident engine: a long-running newslint process that ``check`` and ``fix`` hand their work to.

A ``newslint check`` started afresh spends about half a second on its own
before and after LanguageTool's answer: the interpreter, typer, the
configuration's modules, the rule pack, the precision data (word lists, the
sentence model, first names) and building the engine while LanguageTool
works. The resident engine pays that once: it imports and loads everything,
then forks a copy of itself for each command, which runs with the command's
own working directory, environment, standard streams and arguments, so its
report, its files and its exit code are exactly the in-process ones.

* :mod:`.front` is the ``newslint`` console script: a few standard-library
  modules that hand ``check``/``fix`` to a running engine, or run the command
  in this process (and start an engine for the next one);
* :mod:`.daemon` is the engine process (loopback only: a Unix socket in the
  user's state folder), :mod:`.warmup` what it loads before it serves;
* :mod:`.places` and :mod:`.fingerprint` say where an engine lives and which
  installation it belongs to; :mod:`.frames` is the socket's message format;
  :mod:`.control` lists and stops engines for ``newslint engine`` and
  ``newslint server status``.

docs/speed.md describes the lifecycle and the measurements that decided it.
"""
