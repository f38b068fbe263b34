"""Records on disk: one YAML file per article, and the extraction cache.

YAML is written with PyYAML's safe dumper (never by string building), with
multi-line text as block literals so a record reads and diffs well.
The cache keeps one JSON entry per (extractor version, source path, content
hash); each entry carries a digest of its payload, so a truncated or edited
entry is detected and re-extracted instead of trusted.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

from generator.records import Article

log = logging.getLogger(__name__)


_BaseDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when available


class _RecordDumper(_BaseDumper):  # type: ignore[valid-type,misc]
    pass


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_RecordDumper.add_representer(str, _represent_str)


def record_yaml(article: Article) -> str:
    return yaml.dump(
        article.to_dict(),
        Dumper=_RecordDumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=False,
    )


def record_json(article: Article) -> str:
    """One line of JSON: the ``extract`` command's output format."""
    return json.dumps(article.to_dict(), ensure_ascii=False, sort_keys=False)


def load_record_yaml(text: str) -> Article:
    return Article.from_dict(yaml.safe_load(text))


def _digest(payload: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


class RecordCache:
    """Content-addressed cache of extracted records."""

    def __init__(self, folder: Path, version: str) -> None:
        self.folder = folder
        self.version = version

    def key(self, relpath: str, sha256: str) -> str:
        raw = f"{self.version}\0{relpath}\0{sha256}".encode()
        return hashlib.sha256(raw).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, relpath: str, sha256: str) -> tuple[Article, tuple[str, ...]] | None:
        """The record and the read warnings stored for these exact bytes, or None."""
        path = self._path(self.key(relpath, sha256))
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            payload = {"record": entry["record"], "warnings": entry["warnings"]}
            if _digest(payload) != entry["digest"]:
                raise ValueError("digest mismatch")
            return Article.from_dict(payload["record"]), tuple(str(w) for w in payload["warnings"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as err:
            log.warning("%s: corrupt cache entry for %s (%s); re-extracting", path, relpath, err)
            return None

    def put(self, article: Article, warnings: tuple[str, ...] = ()) -> None:
        payload: dict[str, Any] = {"record": article.to_dict(), "warnings": list(warnings)}
        path = self._path(self.key(article.source.path, article.source.sha256))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"digest": _digest(payload), **payload}, handle, ensure_ascii=False)
        Path(tmp).replace(path)
