"""Access to the package's domain data (YAML/JSONL under sahelwatch/data/)."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import yaml


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: several times faster


class DataFileError(ValueError):
    pass


def data_root():
    return resources.files("sahelwatch").joinpath("data")


@functools.lru_cache(maxsize=None)
def load_yaml(relpath: str) -> Any:
    """Load ``sahelwatch/data/<relpath>``; cached, so treat the result as read-only."""
    node = data_root().joinpath(relpath)
    try:
        return yaml.load(node.read_text("utf-8"), Loader=_LOADER)
    except FileNotFoundError:
        raise DataFileError(f"sahelwatch/data/{relpath}: no such data file") from None
    except yaml.YAMLError as exc:
        raise DataFileError(f"sahelwatch/data/{relpath}: invalid YAML: {exc}") from None


def load_jsonl(relpath: str) -> list[dict]:
    node = data_root().joinpath(relpath)
    rows = []
    for number, line in enumerate(node.read_text("utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise DataFileError(f"sahelwatch/data/{relpath}:{number}: {exc.msg}") from None
    return rows


def lexicon(lang: str, kind: str) -> list[str]:
    """Entries of ``data/lexicons/<lang>/<kind>.yaml``; empty when the file is absent."""
    try:
        data = load_yaml(f"lexicons/{lang}/{kind}.yaml")
    except DataFileError:
        return []
    return list(data.get("entries") or [])
