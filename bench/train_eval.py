"""Train the learned type model on ACLED 1997-2018 and score it alone on the
fixed 2,000-event 2019-2020 sample that bench/accuracy.py uses.

    python bench/train_eval.py [--output /tmp/sahelwatch-typemodel.skops]

ACLED's terms forbid redistribution: the rows are read at run time from
../shared/dev/acled and the model is written under /tmp, never into the repo.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import Counter
from pathlib import Path

from acled import ROOT, load_rows, stratified_sample

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

    start = time.perf_counter()
    model = TypeModel().fit([r["notes"] for r in train], [r["sub_event_type"] for r in train])
    train_seconds = time.perf_counter() - start
    model.save(output)
    model = TypeModel.load(output)  # score what was saved

    start = time.perf_counter()
    predicted = model.predict([r["notes"] for r in sample])
    predict_seconds = time.perf_counter() - start
    n = len(sample)
    event_ok = sum(p[0] == r["event_type"] for p, r in zip(predicted, sample))
    sub_ok = sum(p[1] == r["sub_event_type"] for p, r in zip(predicted, sample))

    print(f"training rows (1997-2018): {len(train)}  classes: {len(model.labels)}")
    print(f"evaluation sample (2019-2020): {n}")
    print(f"event_type accuracy:     {event_ok / n:.3f} ({event_ok}/{n})")
    print(f"sub_event_type accuracy: {sub_ok / n:.3f} ({sub_ok}/{n})")
    print(f"training time: {train_seconds:.1f} s  prediction time: {predict_seconds:.1f} s")
    print(f"model: {output} ({os.path.getsize(output) / 1e6:.1f} MB, serializer {model.header['serializer']},"
          f" skops {'installed' if model_mod._skops is not None else 'not installed'})")

    misses = Counter((r["sub_event_type"], p[1]) for p, r in zip(predicted, sample) if p[1] != r["sub_event_type"])
    print("most frequent sub_event_type confusions (true -> predicted):")
    for (truth, guess), count in misses.most_common(8):
        print(f"  {count:4d}  {truth} -> {guess}")


if __name__ == "__main__":
    main()
