"""The README documents every command, and defaults.yaml explains every setting."""

from pathlib import Path

from sahelwatch.serve.cli import cli
from sahelwatch.settings import defaults_dict

ROOT = Path(__file__).resolve().parent.parent


def test_every_cli_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text("utf-8")
    for name in cli.commands:
        assert f"sahelwatch {name}" in readme, name


def test_every_ingest_option_is_in_the_readme():
    readme = (ROOT / "README.md").read_text("utf-8")
    for param in cli.commands["ingest"].params:
        for opt in param.opts:
            if opt.startswith("--") and opt not in ("--help", "--encoding", "--languages", "--batch-size"):
                assert opt in readme, opt


def test_every_default_setting_has_a_comment():
    lines = (ROOT / "src/sahelwatch/data/defaults.yaml").read_text("utf-8").splitlines()

    def documented(key, indent):
        for i, line in enumerate(lines):
            if line.startswith(" " * indent + key + ":"):
                above = lines[i - 1].strip() if i else ""
                return above.startswith("#") or "#" in line or line.rstrip().endswith(":")
        return False

    for key, value in defaults_dict().items():
        assert documented(key, 0), key
        if isinstance(value, dict):
            for sub in value:
                assert documented(sub, 2), f"{key}.{sub}"
