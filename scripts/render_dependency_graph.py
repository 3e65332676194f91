"""Write docs/dependency-graph.md: each environment's dependency graph as Mermaid.

Builds the charts (no synth) so the picture comes from the same graph MeshPolicy reads.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cdk8s import App

import lighthouse_constructs  # noqa: F401  (runtime setup before jsii starts)
from lighthouse_constructs.environments import LighthouseEnvironment, load_environment
from lighthouse_constructs.environments.config import ENVIRONMENT_NAMES
from lighthouse_constructs.mesh_policy.diagram import render_markdown

DOC = Path(__file__).resolve().parent.parent / "docs" / "dependency-graph.md"


def render() -> str:
    meshes = {env: LighthouseEnvironment(App(), load_environment(env)).mesh for env in ENVIRONMENT_NAMES}
    return render_markdown(meshes)


def main() -> int:
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(render())
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
