"""What each environment's chart holds, as Argo CD will apply it."""

from support import Manifests

REQUIRED_BRIDGES = {"api-gateway", "event-processor"}


def test_every_environment_runs_the_required_bridges(env_manifests: Manifests) -> None:
    deployments = {d["metadata"]["name"] for d in env_manifests.all("Deployment", "lighthouse-bridge")}
    assert REQUIRED_BRIDGES <= deployments


def min_replicas(manifests: Manifests, deployment: dict) -> int:
    """The HPA's or KEDA ScaledObject's minimum, else the Deployment's fixed replicas."""
    name = deployment["metadata"]["name"]
    for kind, field in (("HorizontalPodAutoscaler", "minReplicas"), ("ScaledObject", "minReplicaCount")):
        scalers = [h for h in manifests.all(kind) if h["spec"]["scaleTargetRef"]["name"] == name]
        if scalers:
            return scalers[0]["spec"][field]
    return deployment["spec"]["replicas"]


def test_prod_runs_at_least_three_replicas_of_every_bridge(synthesized: dict[str, Manifests]) -> None:
    prod = synthesized["prod"]
    for deployment in prod.all("Deployment", "lighthouse-bridge"):
        name = deployment["metadata"]["name"]
        minimum = min_replicas(prod, deployment)
        assert minimum >= 3, f"prod {name} runs {minimum} replicas"


def test_every_bridge_has_a_pdb_that_allows_one_eviction(env_manifests: Manifests) -> None:
    for deployment in env_manifests.all("Deployment", "lighthouse-bridge"):
        name = deployment["metadata"]["name"]
        pdb = env_manifests.get("PodDisruptionBudget", name, "lighthouse-bridge")
        minimum = min_replicas(env_manifests, deployment)
        assert minimum == 1 or pdb["spec"]["minAvailable"] < minimum, f"{env_manifests.env} {name}: a drain would deadlock"


def test_declared_connections_become_env_vars(env_manifests: Manifests) -> None:
    api = env_manifests.get("Deployment", "api-gateway", "lighthouse-bridge")
    env = {e["name"]: e.get("value") for e in api["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["EVENTS_HOST"] == "event-processor.lighthouse-bridge.svc.cluster.local"
