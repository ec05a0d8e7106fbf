"""config/ installs with the package: a built wheel holds it, and dialogkartan.paths finds it
in the installed tree as in the repository."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from dialogkartan import paths


def _wheel(tmp_path: Path) -> Path:
    """A wheel of the project's packaging rules (pyproject.toml) over config/ and dialogkartan/.

    The other packages are left out of the copy: pipeline/ carries the language model, and
    zipping it would make this test slow without testing anything more about config/.
    """
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(paths.ROOT / name, src / name)
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("config", "dialogkartan"):
        shutil.copytree(paths.ROOT / name, src / name, ignore=skip)
    # `build` is not in the lock: pip builds the wheel with the installed setuptools, offline.
    subprocess.run([sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "--no-build-isolation", "--no-index",
                    "-q", "-w", str(tmp_path / "dist")], cwd=src, check=True, capture_output=True, timeout=300)
    (wheel,) = (tmp_path / "dist").glob("dialogkartan-*.whl")
    return wheel


def test_the_wheel_installs_config_where_paths_looks_for_it(tmp_path: Path) -> None:
    wheel = _wheel(tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f.relative_to(paths.ROOT).as_posix() for f in paths.CONFIG_DIR.rglob("*.yaml")}
    assert {"config/settings.yaml", "config/taxonomy/themes.yaml", "config/taxonomy/target_groups.yaml"} <= expected
    assert expected <= names, sorted(expected - names)
    assert any(n.startswith("config/taxonomy/theme_examples/") for n in names)
    assert {"config/reference/municipalities.csv", "config/reference/counties.csv"} <= names

    # Installed (the wheel unpacked as site-packages would hold it), outside the repository.
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = ("import json; from dialogkartan import config, paths, reference\n"
             "print(json.dumps([str(paths.CONFIG_DIR), str(paths.TAXONOMY_DIR), sorted(config.load_settings()),"
             " len(reference.municipalities()), str(paths.data_dir())]))")
    env = {k: v for k, v in os.environ.items() if k != "DIALOGKARTAN_HOME"}
    env |= {"PYTHONPATH": str(site), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    config_dir, taxonomy_dir, settings_keys, n_municipalities, data_dir = json.loads(done.stdout.splitlines()[-1])
    assert Path(config_dir) == site / "config" and Path(taxonomy_dir) == site / "config" / "taxonomy"
    assert "pipeline" in settings_keys
    assert n_municipalities == 290  # the municipality table travels with the package too
    assert Path(data_dir) == tmp_path / "xdg" / "dialogkartan"  # data in the user's folder, not site-packages
