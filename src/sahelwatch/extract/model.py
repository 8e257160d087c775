"""A learned event-type classifier, trained on a user's own ACLED export.

`TypeModel` sharpens the rule-based coder's event_type/sub_event_type: one
TF-IDF (word 1-2-grams + character 3-5-grams) logistic regression predicts the
sub_event_type; the event_type follows from data/taxonomy.yaml. Trained with the
rules' own reading of each text (`rules=`), the model reads it as two extra words
and learns where the rules are right and where ACLED's coders differ from them.

ACLED's terms forbid redistribution: a model trained on ACLED rows is a local
artefact of the user who owns the export, never something to ship.

Model files are *trusted local artefacts*. A file holds a magic line, a JSON
header line and a payload. The header (format version, serializer, sklearn
version, label set, training size, date, payload SHA-256) is checked before the
payload is touched. With `skops` installed the payload is a skops archive loaded
with no extra trusted types, so no code runs; the fallback payload is a pickle,
which can run arbitrary code when loaded, so load only files you made yourself.
"""

from __future__ import annotations

import csv
import hashlib
import json
import pickle
import re
import zipfile
from collections.abc import Iterable
from datetime import datetime, timezone
from os import PathLike
from pathlib import Path

import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from sahelwatch.datafiles import load_yaml

MAGIC = b"SAHELWATCH-TYPEMODEL\n"
FORMAT_VERSION = 1

try:  # optional: a safe serializer
    import skops.io as _skops
except ImportError:  # pragma: no cover - depends on the environment
    _skops = None


class ModelFileError(ValueError):
    """A model file that cannot be loaded (corrupt, foreign or incompatible)."""


class AcledExportError(ValueError):
    """An ACLED export this module cannot read."""


def sub_event_parents() -> dict[str, str]:
    """sub_event_type -> event_type, from data/taxonomy.yaml."""
    taxonomy = load_yaml("taxonomy.yaml")["event_types"]
    return {sub: event for event, subs in taxonomy.items() for sub in subs}


def rule_words(reading: tuple[str, str] | None) -> str:
    """The rules' (event_type, sub_event_type) as two words a model reads before the text."""
    if reading is None:
        return "ruletypenone rulesubnone "
    event_type, sub_type = (re.sub(r"[^a-z]", "", part.lower()) for part in reading)
    return f"ruletype{event_type} rulesub{sub_type} "


def _minor(version: str) -> tuple[str, ...]:
    return tuple(version.split(".")[:2])


class TypeModel:
    """Predicts (event_type, sub_event_type, probability) from an event's text."""

    def __init__(self, C: float = 10.0, max_iter: int = 1000):
        self.C = C
        self.max_iter = max_iter
        self.pipeline: Pipeline | None = None
        self.header: dict = {}

    def _make_pipeline(self) -> Pipeline:
        words = TfidfVectorizer(ngram_range=(1, 2), lowercase=True, strip_accents="unicode", sublinear_tf=True, min_df=2)
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), lowercase=True, strip_accents="unicode", sublinear_tf=True, min_df=2)
        return Pipeline([
            ("features", FeatureUnion([("words", words), ("chars", chars)])),
            ("classifier", LogisticRegression(C=self.C, max_iter=self.max_iter)),
        ])

    @property
    def labels(self) -> list[str]:
        return list(self.header.get("labels", []))

    @property
    def reads_rules(self) -> bool:
        return bool(self.header.get("reads_rules"))

    @property
    def threshold(self) -> float:
        """The probability at which it overrides the rules, unless the settings say otherwise:
        a model that read the rules already weighed them (0.5); one that did not, 0.9."""
        return float(self.header.get("threshold", 0.5 if self.reads_rules else 0.9))

    def fit(self, texts: list[str], sub_event_types: list[str], rules: list[tuple[str, str] | None] | None = None) -> TypeModel:
        """``rules``: the rule coder's (event_type, sub_event_type) for each text (None: no event
        found); given, the model learns from them too and needs them again to predict."""
        texts, labels = list(texts), list(sub_event_types)
        if len(texts) != len(labels):
            raise ValueError(f"fit: {len(texts)} texts but {len(labels)} sub_event_types")
        if rules is not None:
            rules = list(rules)
            if len(rules) != len(texts):
                raise ValueError(f"fit: {len(texts)} texts but {len(rules)} rule readings")
            texts = [rule_words(r) + (t or "") for r, t in zip(rules, texts)]
        parents = sub_event_parents()
        unknown = sorted(set(labels) - set(parents))
        if unknown:
            raise ValueError(f"fit: sub_event_types not in data/taxonomy.yaml: {', '.join(map(repr, unknown))}")
        if len(set(labels)) < 2:
            raise ValueError("fit: need at least two distinct sub_event_types")
        pipeline = self._make_pipeline()
        pipeline.fit([t or "" for t in texts], labels)
        self.pipeline = pipeline
        self.header = {
            "format": "sahelwatch-typemodel",
            "format_version": FORMAT_VERSION,
            "sklearn_version": sklearn.__version__,
            "labels": [str(c) for c in pipeline.classes_],
            "training_size": len(texts),
            "created": datetime.now(timezone.utc).date().isoformat(),
            "reads_rules": rules is not None,
        }
        return self

    def predict(self, texts: list[str], rules: list[tuple[str, str] | None] | None = None) -> list[tuple[str, str, float]]:
        """(event_type, sub_event_type, probability of that sub_event_type) per text; a model
        trained with the rules' readings needs them (``rules``) for the texts too."""
        if self.pipeline is None:
            raise RuntimeError("TypeModel.predict before fit() or load()")
        texts = [t or "" for t in texts]
        if self.reads_rules:
            if rules is None or len(rules) != len(texts):
                raise ValueError("predict: this model reads the rules' type of each text: pass rules=[(event_type, sub_event_type), ...]")
            texts = [rule_words(r) + t for r, t in zip(rules, texts)]
        if not texts:
            return []
        parents = sub_event_parents()
        classes = self.pipeline.classes_
        proba = self.pipeline.predict_proba(texts)
        best = proba.argmax(axis=1)
        return [(parents[classes[j]], str(classes[j]), float(proba[i, j])) for i, j in enumerate(best)]

    def save(self, path: str | PathLike) -> Path:
        if self.pipeline is None:
            raise RuntimeError("TypeModel.save before fit()")
        if _skops is not None:
            serializer, payload = "skops", _skops.dumps(self.pipeline, compression=zipfile.ZIP_DEFLATED)
        else:
            serializer, payload = "pickle", pickle.dumps(self.pipeline, protocol=pickle.HIGHEST_PROTOCOL)
        header = dict(self.header, serializer=serializer, payload_sha256=hashlib.sha256(payload).hexdigest())
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n" + payload)
        tmp.replace(path)
        self.header = header
        return path

    @classmethod
    def load(cls, path: str | PathLike) -> TypeModel:
        """Load a model written by save(). Model files are trusted local artefacts (see module doc)."""
        path = Path(path)

        def fail(why: str) -> ModelFileError:
            return ModelFileError(f"{path}: {why}")

        try:
            data = path.read_bytes()
        except OSError as exc:
            raise fail(f"cannot read model file: {exc.strerror or exc}") from None
        if not data.startswith(MAGIC):
            raise fail("not a sahelwatch type model (bad magic line)")
        line, sep, payload = data[len(MAGIC):].partition(b"\n")
        try:
            header = json.loads(line) if sep else None
        except ValueError:
            header = None
        if not isinstance(header, dict):
            raise fail("corrupt model header")
        if header.get("format") != "sahelwatch-typemodel" or header.get("format_version") != FORMAT_VERSION:
            raise fail(f"model format version {header.get('format_version')!r}; this sahelwatch reads version {FORMAT_VERSION}: retrain with `sahelwatch train`")
        saved = str(header.get("sklearn_version", "?"))
        if _minor(saved) != _minor(sklearn.__version__):
            raise fail(f"trained with scikit-learn {saved}, running {sklearn.__version__}: retrain with `sahelwatch train`")
        labels = header.get("labels")
        if not isinstance(labels, list) or not labels or not set(labels) <= set(sub_event_parents()):
            raise fail("label set missing or not in data/taxonomy.yaml")
        if hashlib.sha256(payload).hexdigest() != header.get("payload_sha256"):
            raise fail("payload checksum mismatch (truncated or corrupted file)")
        serializer = header.get("serializer")
        try:
            if serializer == "skops":
                if _skops is None:
                    raise fail("saved with skops, which is not installed: pip install skops")
                pipeline = _skops.loads(payload, trusted=[])  # no extra types trusted: refuses anything else
            elif serializer == "pickle":
                pipeline = pickle.loads(payload)  # trusted local artefact; checksum verified above
            else:
                raise fail(f"unknown serializer {serializer!r}")
        except ModelFileError:
            raise
        except Exception as exc:
            raise fail(f"cannot deserialize model ({type(exc).__name__}: {exc})") from None
        if not isinstance(pipeline, Pipeline) or [str(c) for c in getattr(pipeline, "classes_", [])] != labels:
            raise fail("payload does not match its header")
        model = cls()
        model.pipeline, model.header = pipeline, header
        return model


def _is_hxl_row(row: dict) -> bool:
    cells = [v for v in row.values() if isinstance(v, str) and v.strip()]
    return bool(cells) and all(v.lstrip().startswith("#") for v in cells)


def read_acled_export(path: str | PathLike) -> tuple[list[str], list[str], list[int]]:
    """texts (notes), sub_event_types and years of an ACLED export CSV.

    Skips the HXL tag row and rows with an empty note or sub_event_type.
    The year comes from `year`, else from the start of `event_date`.
    """
    rows = read_acled_rows(path)
    return [r["note"] for r in rows], [r["label"] for r in rows], [r["year"] for r in rows]


def read_acled_rows(path: str | PathLike) -> list[dict]:
    """The rows of an ACLED export a model learns from: note, label (sub_event_type), year,
    published (the upload `timestamp` as a date, when there is one) and source (the outlets)."""
    path = Path(path)
    out = []
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise AcledExportError(f"{path}: cannot open: {exc.strerror or exc}") from None
    with handle:
        reader = csv.DictReader(handle)
        columns = reader.fieldnames or []
        missing = [c for c in ("notes", "sub_event_type") if c not in columns]
        if "year" not in columns and "event_date" not in columns:
            missing.append("year (or event_date)")
        if missing:
            raise AcledExportError(f"{path}:1: not an ACLED export: missing column(s) {', '.join(missing)}")
        for i, row in enumerate(reader):
            if i == 0 and _is_hxl_row(row):
                continue
            note, label = (row.get("notes") or "").strip(), (row.get("sub_event_type") or "").strip()
            if not note or not label:
                continue
            raw = (row.get("year") or "").strip() or (row.get("event_date") or "")[:4]
            try:
                year = int(raw)
            except ValueError:
                raise AcledExportError(f"{path}:{reader.line_num}: bad year {raw!r}") from None
            stamp = (row.get("timestamp") or "").strip()
            published = datetime.fromtimestamp(int(stamp), timezone.utc).date() if stamp.isdigit() else None
            out.append({"note": note, "label": label, "year": year, "published": published, "source": row.get("source") or None})
    return out


def train_from_acled(paths: str | PathLike | Iterable[str | PathLike], years: set[int] | None = None,
                     coder=None, progress=None) -> TypeModel:
    """Fit a TypeModel on one or more ACLED exports, optionally only on some years. With a
    ``coder`` (an EventExtractor) the rules read every note first and the model learns from
    their reading too; ``progress(done, total)`` is called as they go."""
    if isinstance(paths, (str, PathLike)):
        paths = [paths]
    rows = [r for path in paths for r in read_acled_rows(path) if years is None or r["year"] in years]
    if not rows:
        raise AcledExportError("no training rows in the ACLED export(s)" + (f" for years {sorted(years)}" if years else ""))
    rules = None
    if coder is not None:
        rules = []
        for i, row in enumerate(rows, 1):
            reports = coder.extract(row["note"], row["published"], "en", f"train-{i}", source=row["source"])
            rules.append((reports[0].event_type, reports[0].sub_event_type) if reports else None)
            if progress is not None and (i % 500 == 0 or i == len(rows)):
                progress(i, len(rows))
    return TypeModel().fit([r["note"] for r in rows], [r["label"] for r in rows], rules)
