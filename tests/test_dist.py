"""dist/ is what Argo CD deploys: it must be fresh and reproducible byte for byte."""

from pathlib import Path

import pytest

from lighthouse_constructs.environments.config import ENVIRONMENT_NAMES

from support import ROOT, Manifests, synthesize


@pytest.mark.parametrize("env", ENVIRONMENT_NAMES)
def test_committed_dist_matches_a_fresh_synth(env: str, synthesized: dict[str, Manifests]) -> None:
    env_dir = ROOT / "dist" / env
    committed = {p.relative_to(env_dir).as_posix(): p.read_text() for p in sorted(env_dir.rglob("*.yaml"))}
    assert committed, f"dist/{env}/ is empty: run make synth"
    stale = sorted(set(committed) ^ set(synthesized[env].files)) + sorted(
        name for name in committed if synthesized[env].files.get(name, committed[name]) != committed[name]
    )
    assert not stale, f"dist/{env}/ is stale in {stale}: run `make synth` and commit dist/"


def test_two_syntheses_are_byte_identical(tmp_path: Path, synthesized: dict[str, Manifests]) -> None:
    again = synthesize("prod", tmp_path)
    assert again == synthesized["prod"].files


def test_every_environment_has_its_namespaces(env_manifests: Manifests) -> None:
    names = {o["metadata"]["name"] for o in env_manifests.all("Namespace")}
    assert {"lighthouse-bridge", "lighthouse-data", "lighthouse-observability"} <= names


def test_every_object_carries_the_standard_labels(env_manifests: Manifests) -> None:
    required = {"app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/component",
                "app.kubernetes.io/part-of", "app.kubernetes.io/managed-by"}
    missing = [
        f"{o['kind']}/{o['metadata']['name']}: {sorted(required - set(o['metadata'].get('labels', {})))}"
        for o in env_manifests.objects if not required <= set(o["metadata"].get("labels", {}))
    ]
    assert not missing, missing
