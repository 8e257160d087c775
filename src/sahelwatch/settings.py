"""Typed settings, layered: defaults file < user file < environment < CLI flags.

Nothing is read at import time: call :func:`load_settings`.
"""

from __future__ import annotations

import dataclasses
import os
import types
import typing
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

import yaml


class SettingsError(ValueError):
    pass


@dataclass
class Languages:
    coded: list[str] = field(default_factory=list)
    detect: list[str] = field(default_factory=list)
    sample_chars: int = 600
    min_chars: int = 20


@dataclass
class Columns:
    id: str | None = None
    text: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    lang: str | None = None


@dataclass
class Ingest:
    batch_size: int = 500
    max_file_bytes: int = 50_000_000
    encoding: str = "utf-8"
    columns: Columns = field(default_factory=Columns)


@dataclass
class Fetch:
    timeout: float = 20
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    user_agent: str = "sahelwatch"
    allow_private: bool = False
    full_pages: bool = False


@dataclass
class Stories:
    shingle_size: int = 3
    num_perm: int = 64
    threshold: float = 0.5
    max_candidates: int = 50


@dataclass
class Store:
    threads: int = 0


@dataclass
class Nlp:
    enabled: bool = True
    models: dict = field(default_factory=dict)


@dataclass
class Extract:
    model: str | None = None
    model_threshold: float | None = None


@dataclass
class Dedupe:
    date_window_days: list[float] = field(default_factory=lambda: [1, 7, 31])
    distance_km: list[float] = field(default_factory=lambda: [25, 100, 300])
    threshold: float = 0.7
    ambiguity_margin: float = 0.02
    second_look_threshold: float = 0.6


@dataclass
class Serve:
    host: str = "127.0.0.1"
    port: int = 8765
    token: str | None = None
    max_page: int = 500
    max_points: int = 50000
    cache_size: int = 512


@dataclass
class Settings:
    db: str = "./sahelwatch.duckdb"
    region: str = "sahel"
    languages: Languages = field(default_factory=Languages)
    ingest: Ingest = field(default_factory=Ingest)
    fetch: Fetch = field(default_factory=Fetch)
    stories: Stories = field(default_factory=Stories)
    store: Store = field(default_factory=Store)
    nlp: Nlp = field(default_factory=Nlp)
    extract: Extract = field(default_factory=Extract)
    dedupe: Dedupe = field(default_factory=Dedupe)
    serve: Serve = field(default_factory=Serve)
    progress: bool = True

    def validate(self) -> "Settings":
        missing = set(self.languages.coded) - set(self.languages.detect)
        if missing:
            raise SettingsError(
                f"languages.coded has {sorted(missing)} which languages.detect lacks"
            )
        if not 0 < self.stories.threshold <= 1:
            raise SettingsError("stories.threshold must be in (0, 1]")
        if self.ingest.batch_size < 1:
            raise SettingsError("ingest.batch_size must be at least 1")
        for name in ("date_window_days", "distance_km"):
            values = getattr(self.dedupe, name)
            if len(values) != 3 or not all(isinstance(v, (int, float)) and v >= 0 for v in values):
                raise SettingsError(f"dedupe.{name} must be three numbers (precision 1, 2, 3), got {values!r}")
        if not 0 < self.dedupe.threshold <= 1 or not 0 < self.dedupe.second_look_threshold <= 1:
            raise SettingsError("dedupe.threshold and dedupe.second_look_threshold must be in (0, 1]")
        return self


def _build(cls: type, values: Mapping[str, Any], where: str) -> Any:
    if not isinstance(values, Mapping):
        raise SettingsError(f"{where}: expected a mapping, got {values!r}")
    kwargs = {}
    hints = typing.get_type_hints(cls)
    for key, value in values.items():
        if key not in hints:
            raise SettingsError(f"{where}: unknown setting {key!r}")
        name = f"{where}.{key}" if where else key
        kind = hints[key]
        if dataclasses.is_dataclass(kind):
            kwargs[key] = _build(kind, value, name)
        else:
            kwargs[key] = _coerce(value, kind, name)
    return cls(**kwargs)


def _coerce(value: Any, kind: Any, name: str) -> Any:
    if value is None:
        return value
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        kind = next(a for a in typing.get_args(kind) if a is not type(None))  # 'float | None': a float, or null
        if isinstance(value, str) and value.strip().lower() in ("null", "none", ""):
            return None
    if kind is bool:
        if isinstance(value, str):
            value = yaml.safe_load(value)
        if not isinstance(value, bool):
            raise SettingsError(f"{name}: expected true or false, got {value!r}")
        return value
    if kind in (int, float):
        try:
            number = kind(value)
        except (TypeError, ValueError):
            raise SettingsError(f"{name}: expected a number, got {value!r}") from None
        if kind is int and number != float(value):
            raise SettingsError(f"{name}: expected a whole number, got {value!r}")
        return number
    if kind is dict or typing.get_origin(kind) is dict:
        if not isinstance(value, dict):
            raise SettingsError(f"{name}: expected a mapping, got {value!r}")
        return {str(k): v for k, v in value.items()}
    if typing.get_origin(kind) is list:
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, list):
            raise SettingsError(f"{name}: expected a list, got {value!r}")
        item = (typing.get_args(kind) or (None,))[0]
        if item in (int, float):
            return [_coerce(v, item, f"{name}[{i}]") for i, v in enumerate(value)]
        return value
    return str(value)


def _merge(base: dict, top: Mapping) -> dict:
    out = dict(base)
    for key, value in top.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _read_yaml(path: Path | str, text: str | None = None) -> dict:
    try:
        data = yaml.safe_load(text if text is not None else Path(path).read_text("utf-8"))
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read settings file: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise SettingsError(f"{path}: invalid YAML: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: settings file must hold a mapping")
    return data


def defaults_dict() -> dict:
    text = resources.files("sahelwatch").joinpath("data/defaults.yaml").read_text("utf-8")
    return _read_yaml("sahelwatch/data/defaults.yaml", text)


def env_overrides(environ: Mapping[str, str]) -> dict:
    """SAHELWATCH_DB=path and SAHELWATCH__SECTION__KEY=value (value read as YAML)."""
    out: dict = {}
    if environ.get("SAHELWATCH_DB"):
        out["db"] = environ["SAHELWATCH_DB"]
    for key, value in environ.items():
        if not key.startswith("SAHELWATCH__"):
            continue
        path = [p.lower() for p in key[len("SAHELWATCH__"):].split("__") if p]
        node = out
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = yaml.safe_load(value) if value else None
    return out


def load_settings(
    config: str | Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    environ = os.environ if environ is None else environ
    merged = defaults_dict()
    config = config or environ.get("SAHELWATCH_CONFIG")
    if config:
        merged = _merge(merged, _read_yaml(config))
    merged = _merge(merged, env_overrides(environ))
    if overrides:
        merged = _merge(merged, _drop_none(overrides))
    return _build(Settings, merged, "").validate()


def _drop_none(values: Mapping[str, Any]) -> dict:
    out = {}
    for key, value in values.items():
        if isinstance(value, Mapping):
            value = _drop_none(value)
            if value:
                out[key] = value
        elif value is not None:
            out[key] = value
    return out
