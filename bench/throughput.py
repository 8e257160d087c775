"""Coding speed: articles per second per core, end to end (sentences, triggers,
factuality, actors, dates, places, deaths, spaCy entities on candidate
sentences), on N generated ~600-word conflict articles in English and French.

Compared with a baseline that runs the full spaCy pipeline (tagger, parser,
NER...) over every sentence before the same rules, as a coder without the
cascade would. Targets (issue 3): >= 20 articles/s/core, >= 3x the baseline,
peak memory <= 1.5 GB with both languages loaded.

    python bench/throughput.py [--n 2000] [--baseline-n 200]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def generate(path: Path, n: int, words: int = 600, seed: int = 11) -> None:
    """Articles assembled from the sample corpus's sentences, shuffled, numbers changed."""
    from ingest import corpus_sentences

    rng = random.Random(seed)
    pools = corpus_sentences(str(ROOT / "examples" / "corpus"))
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            lang = "en" if i % 5 < 3 else "fr"
            sentences, count = [], 0
            while count < words:
                s = re.sub(r"\d+", lambda m: str(rng.randint(2, 60)), rng.choice(pools[lang]))
                sentences.append(s)
                count += len(s.split())
            text = "\n\n".join(" ".join(sentences[j : j + 4]) for j in range(0, len(sentences), 4))
            record = {"id": f"bench-{i}", "text": text, "lang": lang, "published": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "synthetic": True}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


CHILD = """
import json, os, sys, time, resource
os.sched_setaffinity(0, {0})
sys.path.insert(0, %(src)r)
from datetime import date
from sahelwatch.settings import load_settings
from sahelwatch.extract.engine import build_extractor
settings = load_settings(environ={})
docs = [json.loads(line) for line in open(%(path)r, encoding="utf-8")][: %(n)d]
extractor = build_extractor(settings)
mode = %(mode)r
full = {}
if mode == "baseline":
    import spacy
    full = {lang: spacy.load(name) for lang, name in settings.nlp.models.items()}
# warm up: load models and lexicons before timing
for lang in ("en", "fr"):
    extractor.extract("Des hommes armés ont attaqué Djibo lundi." if lang == "fr" else "Gunmen attacked Djibo on Monday.", date(2025, 1, 1), lang, "warm")
    if extractor.tagger: extractor.tagger.model(lang)
t = time.perf_counter()
reports = 0
for d in docs:
    pub = date.fromisoformat(d["published"])
    if mode == "baseline":
        spans = extractor.splitter(d["text"])
        list(full[d["lang"]].pipe([d["text"][s:e] for s, e in spans]))
    reports += len(extractor.extract(d["text"], pub, d["lang"], d["id"]))
elapsed = time.perf_counter() - t
print(json.dumps({"n": len(docs), "elapsed": elapsed, "reports": reports,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(path: Path, n: int, mode: str) -> dict:
    code = CHILD % {"src": str(ROOT / "src"), "path": str(path), "n": n, "mode": mode}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if out.returncode:
        sys.exit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--baseline-n", type=int, default=200, help="articles for the (slow) baseline")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        generate(path, max(args.n, args.baseline_n))
        cascade = run(path, args.n, "cascade")
        baseline = run(path, args.baseline_n, "baseline")
    rate = cascade["n"] / cascade["elapsed"]
    base_rate = baseline["n"] / baseline["elapsed"]
    print(f"coding throughput on {cascade['n']} generated articles (~600 words, 60% English, 40% French), one core")
    print(f"  cascade        {rate:7.1f} articles/s   (target >= 20)     {'OK' if rate >= 20 else 'BELOW TARGET'}   {cascade['reports']} reports")
    print(f"  full spaCy     {base_rate:7.1f} articles/s   (every sentence through the whole pipeline, {baseline['n']} articles)")
    print(f"  speed-up       {rate / base_rate:7.1f}x           (target >= 3)      {'OK' if rate / base_rate >= 3 else 'BELOW TARGET'}")
    print(f"  peak memory    {cascade['maxrss_mb']:7.0f} MB            (target <= 1500)   {'OK' if cascade['maxrss_mb'] <= 1500 else 'ABOVE TARGET'}   (baseline {baseline['maxrss_mb']:.0f} MB)")


if __name__ == "__main__":
    main()
