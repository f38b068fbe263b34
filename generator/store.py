"""Records on disk: one YAML file per article, and the extraction cache.

YAML is written with PyYAML's safe dumper (never by string building), with
multi-line text as block literals so a record reads and diffs well.
The cache keeps one JSON entry per (extractor version, source path, content
hash); each entry carries a digest of its payload, so a truncated or edited
entry is detected and re-extracted instead of trusted.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.records import Article
from generator.writer import make_folder, write_all

log = logging.getLogger(__name__)


_BaseDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when available


class _RecordDumper(_BaseDumper):  # type: ignore[valid-type,misc]
    pass


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_RecordDumper.add_representer(str, _represent_str)


#: Field names of each record dataclass, in definition order (``dataclasses.fields`` is slow per call).
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...] | None:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        if not is_dataclass(kind):
            return None
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(kind))
    return names


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` without its deep copies (records hold only str, int, float, bool, None)."""
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is list:
        return [_plain(v) for v in value]
    if kind is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    if kind is tuple:
        return tuple(_plain(v) for v in value)
    names = _field_names(kind)
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    return value


def record_dict(article: Article) -> dict[str, Any]:
    """What :meth:`Article.to_dict` returns (``schema`` first, then the fields in order), faster."""
    data = _plain(article)
    ordered: dict[str, Any] = {"schema": data.pop("schema")}
    ordered.update(data)
    return ordered


_TAG = "tag:yaml.org,2002:"


def _node(value: Any, dumper: yaml.SafeDumper) -> yaml.Node:
    """The node PyYAML's representer makes of ``value`` (with ``_represent_str`` for text), built directly.

    The same node tree, serialised by the same (libyaml) emitter, gives the same bytes; this
    skips the representer's per-value dispatch and alias bookkeeping (records share no objects).
    """
    kind = type(value)
    if kind is str:
        return yaml.ScalarNode(_TAG + "str", value, style="|" if "\n" in value else None)
    if kind is dict:
        return yaml.MappingNode(_TAG + "map", [(_node(k, dumper), _node(v, dumper)) for k, v in value.items()],
                                flow_style=False)
    if kind is list:
        return yaml.SequenceNode(_TAG + "seq", [_node(v, dumper) for v in value], flow_style=False)
    if kind is int:
        return yaml.ScalarNode(_TAG + "int", str(value))
    if kind is bool:
        return yaml.ScalarNode(_TAG + "bool", "true" if value else "false")
    if value is None:
        return yaml.ScalarNode(_TAG + "null", "null")
    node: yaml.Node = dumper.represent_data(value)  # float and anything rarer: the representer itself
    return node


def record_yaml(article: Article) -> str:
    """The record as YAML: what ``yaml.dump(article.to_dict(), Dumper=_RecordDumper, allow_unicode=True,
    sort_keys=False, width=100, default_flow_style=False)`` writes, byte for byte, about twice as fast."""
    stream = io.StringIO()
    dumper = _RecordDumper(stream, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)
    try:
        dumper.open()
        dumper.serialize(_node(record_dict(article), dumper))
        dumper.close()
    finally:
        dumper.dispose()
    return stream.getvalue()


def record_json(article: Article) -> str:
    """One line of JSON: the ``extract`` command's output format."""
    return json.dumps(record_dict(article), ensure_ascii=False, sort_keys=False)


def load_record_yaml(text: str) -> Article:
    return Article.from_dict(yaml.safe_load(text))


#: A cache entry is this, 64 hex digits, then ``",`` and the rest of the JSON object; the digest is
#: the SHA-256 of that object written without the digest (``{"record": …, "warnings": […]}``).
_ENTRY_HEAD = '{"digest":"'


def _entry_text(payload: dict[str, Any]) -> str:
    body = json.dumps(payload, ensure_ascii=False)
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return f'{_ENTRY_HEAD}{digest}",{body[1:]}'


def _entry_payload(text: str) -> Any:
    """The payload of an entry whose digest holds; ValueError otherwise."""
    digest_end = len(_ENTRY_HEAD) + 64
    if not text.startswith(_ENTRY_HEAD) or text[digest_end:digest_end + 2] != '",':
        raise ValueError("not a cache entry")
    body = "{" + text[digest_end + 2:]
    if hashlib.sha256(body.encode("utf-8")).hexdigest() != text[len(_ENTRY_HEAD):digest_end]:
        raise ValueError("digest mismatch")
    return json.loads(body)


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

    def has(self, relpath: str, sha256: str) -> bool:
        """Whether an entry exists (it may still turn out damaged when read)."""
        return self._path(self.key(relpath, sha256)).is_file()

    def get(self, relpath: str, sha256: str) -> tuple[Article, tuple[str, ...]] | None:
        """The record and the read warnings stored for these exact bytes, or None."""
        path = self._path(self.key(relpath, sha256))
        try:
            payload = _entry_payload(path.read_text(encoding="utf-8"))
            return Article.from_dict(payload["record"]), tuple(str(w) for w in payload["warnings"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as err:
            log.warning("%s: corrupt cache entry for %s (%s); re-extracting", path, relpath, err)
            return None

    def put(self, article: Article, warnings: tuple[str, ...] = ()) -> None:
        """Write the entry atomically: to a new private file named for this process, then renamed into place.

        Cheaper than ``tempfile.mkstemp``: the temporary name is this process's own, created
        exclusively (``O_EXCL``, never through a symlink) and private (0600) like mkstemp's; a
        stale one left by a crashed process of the same id is removed first, and a failed write
        removes its own. A torn entry would fail its digest anyway. Each folder is made once per process.
        """
        payload: dict[str, Any] = {"record": record_dict(article), "warnings": list(warnings)}
        path = self._path(self.key(article.source.path, article.source.sha256))
        make_folder(path.parent)
        tmp = f"{path}.{os.getpid()}.tmp"
        data = _entry_text(payload).encode("utf-8")
        fd = _create_new(tmp, path.parent)
        try:
            try:
                write_all(fd, data)
            finally:
                os.close(fd)
            Path(tmp).replace(path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


_NEW_PRIVATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)


def _create_new(name: str, parent: Path) -> int:
    """A new private file ``name``: a stale one is removed first, a vanished folder made again."""
    for _ in range(3):
        try:
            return os.open(name, _NEW_PRIVATE, 0o600)
        except FileExistsError:  # left by a crashed process that had this id
            Path(name).unlink(missing_ok=True)
        except FileNotFoundError:  # the folder went away since it was made (a cleared cache)
            make_folder(parent, again=True)
    return os.open(name, _NEW_PRIVATE, 0o600)
