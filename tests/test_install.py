"""feedlake installed as a package, not editable (as the Docker image installs it): ``feedlake demo`` finds
its DAGs, its sample site and its rules where it is installed, not in a checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "README.md", "records", "feedlake", "ingest", "dedup", "storage", "dags")


def test_the_demo_runs_from_a_non_editable_install(tmp_path: Path) -> None:
    src = tmp_path / "src"  # a copy: building in the checkout would leave build/ and *.egg-info in it
    src.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, src / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path / "dist"),
                    str(src)], check=True, capture_output=True)
    [wheel] = (tmp_path / "dist").glob("feedlake-*.whl")
    site = tmp_path / "site"
    subprocess.run([*pip, "install", "--no-deps", "-q", "--target", str(site), str(wheel)], check=True,
                   capture_output=True)
    shutil.rmtree(src)  # nothing of the sources is left to fall back on
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "FEEDLAKE"))}
    env["PYTHONPATH"] = str(site)
    where = subprocess.run([sys.executable, "-c", "import feedlake, ingest.clean, feedlake.airflow_local as a; "
                            "print(feedlake.__file__, ingest.clean.__file__, a.DAGS_FOLDER, sep='\\n')"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, check=True).stdout.split()
    assert all(Path(p).is_relative_to(site) for p in where), where  # the installed code, not the checkout
    demo = subprocess.run([sys.executable, "-m", "feedlake.cli", "demo", "--output", str(tmp_path / "out")],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert demo.returncode == 0, demo.stdout[-3000:] + demo.stderr[-3000:]
    assert "ended success" in demo.stdout and (tmp_path / "out" / "articles" / "_delta_log").is_dir()
