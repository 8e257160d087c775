"""Train the learned type models on ACLED 1997-2018 and score them on the fixed
2,000-event 2019-2020 sample that bench/accuracy.py uses:

- the text-only model, alone (what the notes say, without the rules);
- the rules-aware model (the default of `sahelwatch train`: it also reads the
  rules' type of each note), applied as the coder applies it: rules + model.

    python bench/train_eval.py [--output /tmp/sahelwatch-typemodel.skops]

ACLED's terms forbid redistribution: the rows are read at run time from
../shared/dev/acled and the models are written under /tmp, never into the repo.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import Counter
from pathlib import Path

from acled import ROOT, load_rows, published, stratified_sample

from sahelwatch.extract import EventExtractor
from sahelwatch.extract import model as model_mod
from sahelwatch.extract.model import TypeModel

TRAIN_YEARS = {str(y) for y in range(1997, 2019)}
TEST_YEARS = {"2019", "2020"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default="/tmp/sahelwatch-typemodel.skops")
    args = parser.parse_args()
    output = Path(args.output).resolve()
    if output.is_relative_to(ROOT):
        raise SystemExit(f"{output}: a model trained on ACLED rows must not be written inside the repository")

    rows = load_rows()
    train = [r for r in rows if r["year"] in TRAIN_YEARS and r["notes"].strip() and r["sub_event_type"]]
    sample = stratified_sample(rows, TEST_YEARS, 2000)
    n = len(sample)
    notes, labels = [r["notes"] for r in train], [r["sub_event_type"] for r in train]
    print(f"training rows (1997-2018): {len(train)}; evaluation sample (2019-2020): {n}")

    # 1. the text-only model, alone
    start = time.perf_counter()
    text_model = TypeModel().fit(notes, labels)
    train_seconds = time.perf_counter() - start
    predicted = text_model.predict([r["notes"] for r in sample])
    event_ok = sum(p[0] == r["event_type"] for p, r in zip(predicted, sample))
    sub_ok = sum(p[1] == r["sub_event_type"] for p, r in zip(predicted, sample))
    print(f"\ntext-only model alone ({train_seconds:.1f} s to train):")
    print(f"  event_type {event_ok / n:.3f}   sub_event_type {sub_ok / n:.3f}")

    # 2. the rules-aware model, inside the coder (rules + model)
    coder = EventExtractor()

    def reading(row):
        found = coder.extract(row["notes"], published(row), "en", row["event_id_cnty"], source=row["source"])
        return (found[0].event_type, found[0].sub_event_type) if found else None

    start = time.perf_counter()
    model = TypeModel().fit(notes, labels, [reading(r) for r in train])
    train_seconds = time.perf_counter() - start
    model.save(output)
    model = TypeModel.load(output)  # score what was saved
    with_model = EventExtractor(type_model=model)
    scores = {}
    for name, engine in (("rules only", coder), ("rules + model", with_model)):
        got = [engine.extract(r["notes"], published(r), "en", r["event_id_cnty"], source=r["source"]) for r in sample]
        first = [g[0] if g else None for g in got]
        scores[name] = (sum(f is not None and f.event_type == r["event_type"] for f, r in zip(first, sample)) / n,
                        sum(f is not None and f.sub_event_type == r["sub_event_type"] for f, r in zip(first, sample)) / n, first)
    print(f"\nrules-aware model ({train_seconds:.1f} s to read the notes and train; threshold {model.threshold}):")
    for name, (event_type, sub_type, _) in scores.items():
        print(f"  {name:14} event_type {event_type:.3f}   sub_event_type {sub_type:.3f}")
    print(f"model: {output} ({os.path.getsize(output) / 1e6:.1f} MB, serializer {model.header['serializer']},"
          f" skops {'installed' if model_mod._skops is not None else 'not installed'})")

    first = scores["rules + model"][2]
    misses = Counter((r["sub_event_type"], f.sub_event_type if f else None) for f, r in zip(first, sample)
                     if f is None or f.sub_event_type != r["sub_event_type"])
    print("most frequent sub_event_type confusions with rules + model (true -> coded):")
    for (truth, guess), count in misses.most_common(8):
        print(f"  {count:4d}  {truth} -> {guess}")


if __name__ == "__main__":
    main()
