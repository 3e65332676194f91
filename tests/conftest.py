"""Shared fixtures: each environment is synthesized once per test session."""

from __future__ import annotations

import pytest

from lighthouse_constructs.environments.config import ENVIRONMENT_NAMES

from support import Manifests, synthesize


@pytest.fixture(scope="session")
def synthesized(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Manifests]:
    """Every environment, synthesized once into a temp dir."""
    return {
        env: Manifests(env, synthesize(env, tmp_path_factory.mktemp(f"synth-{env}")))
        for env in ENVIRONMENT_NAMES
    }


@pytest.fixture(params=ENVIRONMENT_NAMES)
def env_manifests(request: pytest.FixtureRequest, synthesized: dict[str, Manifests]) -> Manifests:
    """Parametrizes a test over dev, staging and prod."""
    return synthesized[request.param]
