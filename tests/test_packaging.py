"""The built wheel carries everything the service reads at run time and works on its own."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from service.api import create_app
from service.nlp import BUNDLED_MODELS_DIR, read_manifest

ROOT = Path(__file__).resolve().parent.parent
SEED = "002_a33dcc0ec016e903.txt"
# Left out of the source copy: what is not part of the project's tracked tree.
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "work", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"
)

# Run from the unpacked wheel, in a folder with no checkout: the API's own answers.
WHEEL_RUN = """
import json, sys
import service
from service.api import create_app
client = create_app().test_client()
answer = client.post("/v1/quotes", json={"text": sys.stdin.read()})
contract = client.get("/openapi.yaml")
print(json.dumps({
    "package": service.__file__,
    "quotes": answer.get_json(),
    "contract": [contract.status_code, contract.get_data(as_text=True)],
    "docs": client.get("/docs/").status_code,
}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel built from a copy of the source tree, so no stale build folder leaks in."""
    source = tmp_path_factory.mktemp("source") / "quotes-fr"
    shutil.copytree(ROOT, source, symlinks=True, ignore=NOT_SOURCE)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(source),
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--wheel-dir",
            str(out),
        ],
        check=True,
    )
    (built,) = out.glob("quotes_fr-*.whl")
    return built


def test_wheel_holds_the_models_and_the_service_data_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    model_files = read_manifest(BUNDLED_MODELS_DIR)["files"].values()
    for name in sorted(model_files) + ["MODEL_CARD.md", "models.json"]:
        assert f"service/models/fr/{name}" in names
    assert "service/engine/reporting_verbs.txt" in names
    # A copy of the contract, not the link of the checkout.
    contract = zipfile.ZipFile(wheel).read("service/api/openapi.yaml").decode("utf-8")
    assert contract == (ROOT / "openapi.yaml").read_text(encoding="utf-8")


def test_unpacked_wheel_serves_what_the_checkout_serves(wheel, tmp_path, nlp, seed_texts):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run = subprocess.run(
        [sys.executable, "-c", WHEEL_RUN],
        input=seed_texts[SEED],
        cwd=elsewhere,
        env={"PYTHONPATH": str(site), "OMP_NUM_THREADS": "1", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    served = json.loads(run.stdout)
    assert Path(served["package"]).is_relative_to(site)
    assert served["contract"] == [200, (ROOT / "openapi.yaml").read_text(encoding="utf-8")]
    assert served["docs"] == 200

    checkout = (
        create_app().test_client().post("/v1/quotes", json={"text": seed_texts[SEED]}).get_json()
    )
    assert served["quotes"]["quotes"], "the seed article has quotations"
    assert served["quotes"]["quotes"] == checkout["quotes"]
    assert served["quotes"]["meta"]["models"] == checkout["meta"]["models"]
