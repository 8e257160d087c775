"""Quality gate, in the manner of trafilatura's eval gate: the coder's figures on
the sample corpus's gold annotations must not fall below the floors pinned in
eval_baseline.json. Raise the floors when the coder improves."""

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text("utf-8"))

pytestmark = pytest.mark.skipif(not (ROOT / "examples" / "gold" / "events.jsonl").exists(), reason="no gold set")


@pytest.fixture(scope="module")
def figures():
    sys.path.insert(0, str(ROOT / "bench"))
    from gold import run_gold

    return run_gold()


@pytest.mark.parametrize("name", [k for k in BASELINE["floors"]])
def test_figure_at_or_above_its_floor(figures, name):
    assert figures[name] >= BASELINE["floors"][name], f"{name} fell to {figures[name]:.3f} (floor {BASELINE['floors'][name]})"


@pytest.mark.parametrize("name", [k for k in BASELINE["ceilings"]])
def test_count_at_or_below_its_ceiling(figures, name):
    assert figures[name] <= BASELINE["ceilings"][name], f"{name} rose to {figures[name]} (ceiling {BASELINE['ceilings'][name]})"
