"""What each environment's chart holds, as Argo CD will apply it."""

from conftest import Manifests

REQUIRED_BRIDGES = {"api-gateway", "event-processor"}


def test_every_environment_runs_the_required_bridges(env_manifests: Manifests) -> None:
    deployments = {d["metadata"]["name"] for d in env_manifests.all("Deployment", "lighthouse-bridge")}
    assert REQUIRED_BRIDGES <= deployments


def test_prod_runs_at_least_three_replicas_of_every_bridge(synthesized: dict[str, Manifests]) -> None:
    prod = synthesized["prod"]
    for deployment in prod.all("Deployment", "lighthouse-bridge"):
        name = deployment["metadata"]["name"]
        hpa = [h for h in prod.all("HorizontalPodAutoscaler") if h["spec"]["scaleTargetRef"]["name"] == name]
        minimum = hpa[0]["spec"]["minReplicas"] if hpa else deployment["spec"]["replicas"]
        assert minimum >= 3, f"prod {name} runs {minimum} replicas"


def test_every_bridge_has_a_pdb_that_allows_one_eviction(env_manifests: Manifests) -> None:
    for deployment in env_manifests.all("Deployment", "lighthouse-bridge"):
        name = deployment["metadata"]["name"]
        pdb = env_manifests.get("PodDisruptionBudget", name, "lighthouse-bridge")
        hpa = [h for h in env_manifests.all("HorizontalPodAutoscaler") if h["spec"]["scaleTargetRef"]["name"] == name]
        minimum = hpa[0]["spec"]["minReplicas"] if hpa else deployment["spec"]["replicas"]
        assert minimum == 1 or pdb["spec"]["minAvailable"] < minimum, f"{env_manifests.env} {name}: a drain would deadlock"


def test_declared_connections_become_env_vars(env_manifests: Manifests) -> None:
    api = env_manifests.get("Deployment", "api-gateway", "lighthouse-bridge")
    env = {e["name"]: e.get("value") for e in api["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["EVENTS_HOST"] == "event-processor.lighthouse-bridge.svc.cluster.local"
