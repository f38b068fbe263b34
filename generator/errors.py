"""The one exception family the CLI knows how to print."""

from __future__ import annotations


class GeneratorError(Exception):
    """Base class: the message is one line a user can act on."""


class InputError(GeneratorError):
    """An input article cannot be read or used. ``str(err)`` is the reason."""


class BuildError(GeneratorError):
    """The build as a whole failed (mkdocs, search indexing, config)."""
