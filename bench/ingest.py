"""Ingest throughput: N generated ~600-word articles from JSONL, on one core,
with language detection and syndicated-copy grouping.

    python bench/ingest.py [--n 10000] [--words 600] [--source examples/]

Articles are assembled from sentences of the sample corpus (examples/), shuffled
and with their numbers changed; 10% are light edits of an earlier article, so
that story grouping has real work. Prints articles/s and peak memory (RSS) of
the ingesting process. Targets (issue 2): >= 500 articles/s, <= 500 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def corpus_sentences(source: str) -> dict[str, list[str]]:
    from sahelwatch.ingest import IngestContext, iter_documents
    from sahelwatch.models import RawDocument
    from sahelwatch.normalize.article import Normalizer
    from sahelwatch.settings import load_settings

    settings = load_settings(environ={})
    normalizer = Normalizer(settings)
    by_lang: dict[str, list[str]] = {}
    for item in iter_documents([source], IngestContext(settings)):
        if not isinstance(item, RawDocument):
            continue
        article = normalizer.identify(item)
        normalizer.complete(article, item)
        by_lang.setdefault(article.lang, []).extend(s for s in article.sentence_texts() if len(s.split()) >= 6)
    return {k: v for k, v in by_lang.items() if k in ("en", "fr") and v}


def generate(path: Path, n: int, words: int, source: str, seed: int = 7) -> None:
    rng = random.Random(seed)
    pools = corpus_sentences(source)
    if not pools:
        sys.exit(f"no English or French sentences found in {source}")
    langs = sorted(pools)
    made: list[list[str]] = []
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            if made and rng.random() < 0.10:  # a syndicated, lightly edited copy
                sentences = list(rng.choice(made))
                del sentences[rng.randrange(len(sentences))]
                sentences.insert(rng.randrange(len(sentences)), rng.choice(pools[rng.choice(langs)]))
            else:
                pool = pools[langs[0] if rng.random() < 0.6 or len(langs) == 1 else langs[1]]
                sentences, count = [], 0
                while count < words:
                    s = re.sub(r"\d+", lambda m: str(rng.randint(1, 99)), rng.choice(pool))
                    sentences.append(s)
                    count += len(s.split())
                made.append(sentences)
            paragraphs = [" ".join(sentences[j : j + 4]) for j in range(0, len(sentences), 4)]
            record = {
                "text": "\n\n".join(paragraphs),
                "published": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "url": f"https://bench.example/{i}",
                "source": f"Bench Outlet {i % 40} (synthetic)",
                "synthetic": True,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


CHILD = """
import os, sys, time, json
os.sched_setaffinity(0, {0})
sys.path.insert(0, %(src)r)
from sahelwatch.settings import load_settings
from sahelwatch.store import open_store
from sahelwatch.pipeline import Pipeline
settings = load_settings(overrides={"db": %(db)r, "progress": False, "store": {"threads": 1}}, environ={})
store = open_store(settings.db, threads=1)
t = time.perf_counter()
summary = Pipeline(settings, store).ingest([%(jsonl)r])
elapsed = time.perf_counter() - t
status = store.status()
store.close()
print(json.dumps({"elapsed": elapsed, "added": summary.added, "rejected": summary.rejected,
                  "stories": status["stories"], "stories_with_copies": status["stories_with_copies"]}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--source", default=str(ROOT / "examples"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        jsonl, db = Path(tmp) / "articles.jsonl", Path(tmp) / "bench.duckdb"
        t = time.perf_counter()
        generate(jsonl, args.n, args.words, args.source)
        print(f"generated {args.n} articles ({jsonl.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        code = CHILD % {"src": str(ROOT / "src"), "db": str(db), "jsonl": str(jsonl)}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        if out.returncode:
            sys.exit(out.stderr)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rate = result["added"] / result["elapsed"]
    print(f"ingest benchmark: {result['added']} articles in {result['elapsed']:.1f} s on one core")
    print(f"  throughput   {rate:,.0f} articles/s   (target >= 500)   {'OK' if rate >= 500 else 'BELOW TARGET'}")
    print(f"  peak memory  {peak_mb:,.0f} MB            (target <= 500)   {'OK' if peak_mb <= 500 else 'ABOVE TARGET'}")
    print(f"  stories      {result['stories']} ({result['stories_with_copies']} with copies); rejected {result['rejected']}")


if __name__ == "__main__":
    main()
