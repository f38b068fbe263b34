"""The build's settings: one typed record, validated in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import BuildError

DEFAULT_MAX_BYTES = 5_000_000
UI_LANGUAGES = ("en", "id")


@dataclass(frozen=True)
class Settings:
    """Everything a build needs to know, resolved to absolute paths.

    ``root`` is the project folder (where mkdocs.yml lives); the other
    folders default to their conventional places inside it.
    """

    root: Path
    seeds: Path
    site_src: Path
    site: Path
    cache: Path
    mkdocs_yml: Path
    strict: bool = False
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    max_bytes: int = DEFAULT_MAX_BYTES
    use_cache: bool = True
    search: bool = True  # run the search indexer after mkdocs

    @classmethod
    def for_root(cls, root: Path, **overrides: object) -> Settings:
        root = root.resolve()
        values: dict[str, object] = {
            "root": root,
            "seeds": root / "seeds",
            "site_src": root / "site_src",
            "site": root / "site",
            "cache": root / ".cache",
            "mkdocs_yml": root / "mkdocs.yml",
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        for key in ("seeds", "site_src", "site", "cache", "mkdocs_yml"):
            values[key] = Path(str(values[key])).resolve()
        settings = cls(**values)  # type: ignore[arg-type]
        settings.validate()
        return settings

    def validate(self) -> None:
        errors = []
        if not self.seeds.is_dir():
            errors.append(f"seeds folder not found: {self.seeds}")
        if not self.mkdocs_yml.is_file():
            errors.append(f"mkdocs config not found: {self.mkdocs_yml}")
        if self.jobs < 1:
            errors.append(f"--jobs must be at least 1, got {self.jobs}")
        if self.max_bytes < 1:
            errors.append(f"--max-bytes must be positive, got {self.max_bytes}")
        for name in ("site_src", "site"):
            out: Path = getattr(self, name)
            if out == self.root or out == self.seeds or self.seeds.is_relative_to(out):
                errors.append(f"{name} ({out}) would overwrite the project or the seeds")
        if errors:
            raise BuildError("; ".join(errors))
