"""Docs that cannot go stale: the CLI reference is generated, and every setting the code reads is documented."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from conftest import ROOT


def _generator() -> object:
    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "scripts" / "gen_cli_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_current() -> None:
    gen = _generator()
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == gen.render(), "docs/cli.md is stale: run `python scripts/gen_cli_docs.py`"  # type: ignore[attr-defined]


def test_every_environment_setting_is_documented() -> None:
    used: set[str] = set()
    for path in (ROOT / "src").rglob("*.py"):
        used |= set(re.findall(r"[\"`](SITREP_[A-Z_]+)[\"`]", path.read_text(encoding="utf-8")))
    docs = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
    missing = sorted(v for v in used if v not in docs)
    assert not missing, f"settings read by the code but documented nowhere: {missing}"


def test_quickstart_has_exactly_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quickstart", 1)[1].split("##", 1)[0]
    block = re.search(r"```sh\n(.*?)```", quick, re.S)
    assert block is not None
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]


def test_makefile_targets_exist() -> None:
    makefile = Path(ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("demo:", "test:", "bench:"):
        assert re.search(rf"^{target}", makefile, re.M), target
