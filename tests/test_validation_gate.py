"""The validation gate: every synthesized environment passes it, and each of its checks can fail.

checkov runs once per session (one process, one scan per directory) over the three environments
and the two checkov fixtures; everything else runs in-process.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from lighthouse_constructs.environments.config import ENVIRONMENT_NAMES
from lighthouse_constructs.validation import (
    Exemption,
    Finding,
    check_duplicates,
    check_exemptions,
    check_namespace_labels,
    check_objects,
    check_pod_security,
    check_schemas,
    evaluate,
    load_all,
    load_allow_list,
    load_dir,
    load_sources,
    pod_templates,
    run_checkov,
)
from lighthouse_constructs.validation.__main__ import main as gate_main
from lighthouse_constructs.validation.checkov import (
    DEFAULT_ALLOW_LIST,
    checkov_python,
    stale_exemptions,
)
from lighthouse_constructs.validation.pod_security import POD_TEMPLATE_PATHS
from lighthouse_constructs.validation.schemas import default_crd_dir

from support import ROOT, Manifests

FIXTURES = ROOT / "tests" / "fixtures" / "gate"
FIXTURE_ALLOW_LIST = FIXTURES / "exemptions.yaml"

PODS_ALLOWED_TO_FAIL_RESTRICTED: dict[str, set[str]] = {
    env: {"DaemonSet lighthouse-log-agent/log-agent", "DaemonSet lighthouse-fuse/lighthouse-fuse"} for env in ENVIRONMENT_NAMES
}
"""Pod templates ("Kind namespace/name") that fail Pod Security "restricted", which only a namespace
enforcing `privileged` may hold. Every one is named here, per environment."""


def bad(name: str) -> list[dict[str, Any]]:
    return load_all((FIXTURES / "bad" / name).read_text())


def good() -> list[dict[str, Any]]:
    return load_dir(FIXTURES / "good")


def lines(findings: list[Finding]) -> list[str]:
    return [str(f) for f in findings]


@pytest.fixture(scope="session")
def gate_dirs(synthesized: dict[str, Manifests], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each synthesized environment written to its own directory, plus the checkov fixtures."""
    root = tmp_path_factory.mktemp("gate")
    dirs = {}
    for env, manifests in synthesized.items():
        (root / env).mkdir()
        for file_name, text in manifests.files.items():
            (root / env / file_name).parent.mkdir(parents=True, exist_ok=True)
            (root / env / file_name).write_text(text)
        dirs[env] = root / env
    return {**dirs, "fixture-good": FIXTURES / "good", "fixture-checkov-bad": FIXTURES / "checkov-bad"}


@pytest.fixture(scope="session")
def checkov_findings(gate_dirs: dict[str, Path]) -> dict[str, list[Finding]]:
    """checkov's findings per directory, from a single run."""
    if not checkov_python().exists():
        pytest.skip(f"checkov is not installed at {checkov_python()}: `make test` installs it (`make tools`)")
    results = run_checkov(gate_dirs.values())
    return {name: results[path] for name, path in gate_dirs.items()}


# ---------------------------------------------------------------------------------------------
# The synthesized environments


def test_every_environment_passes_schema_name_pod_security_and_exemption_checks(env_manifests: Manifests) -> None:
    report = check_objects(env_manifests.env, env_manifests.objects, allowed=load_allow_list())
    assert report.objects and not report.findings, "\n".join(lines(report.findings))


def test_checkov_finds_nothing_in_any_environment(checkov_findings: dict[str, list[Finding]]) -> None:
    found = {env: lines(checkov_findings[env]) for env in ENVIRONMENT_NAMES}
    assert found == {env: [] for env in ENVIRONMENT_NAMES}


def test_only_the_named_pods_fail_restricted_in_privileged_namespaces(env_manifests: Manifests) -> None:
    _, privileged = check_pod_security(env_manifests.objects)
    assert {p.label for p in privileged} == PODS_ALLOWED_TO_FAIL_RESTRICTED[env_manifests.env]


def test_every_listed_exemption_is_in_use(synthesized: dict[str, Manifests]) -> None:
    allowed = load_allow_list()
    used = [e for m in synthesized.values() for e in check_exemptions(m.objects, allowed)[1]]
    assert stale_exemptions(used, allowed) == []


# ---------------------------------------------------------------------------------------------
# Known good


def test_can_pass_a_well_formed_workload_and_custom_resources(checkov_findings: dict[str, list[Finding]]) -> None:
    report = check_objects("fixture-good", good(), allowed=load_allow_list(FIXTURE_ALLOW_LIST),
                           checkov_findings=checkov_findings["fixture-good"])
    assert report.kinds == ["Cluster", "Deployment", "Namespace", "NetworkPolicy", "Service", "ServiceAccount", "ServiceMonitor"]
    assert lines(report.findings) == []
    assert report.exemptions == [Exemption("Deployment", "gate-fixture", "web", "CKV_K8S_35",
                                           "the web app reads its database password from the environment")]


def service_monitor(target_port: Any) -> dict[str, Any]:
    return {
        "apiVersion": "monitoring.coreos.com/v1", "kind": "ServiceMonitor",
        "metadata": {"name": "web", "namespace": "gate-fixture"},
        "spec": {"selector": {"matchLabels": {"app": "web"}}, "endpoints": [{"targetPort": target_port}]},
    }


def test_can_accept_integer_or_string_where_the_crd_says_int_or_string() -> None:
    assert check_schemas([service_monitor(8080), service_monitor("http")]) == []
    assert lines(check_schemas([service_monitor(True)])) == [
        "[schema] ServiceMonitor gate-fixture/web: spec.endpoints[0].targetPort: expected integer or string, got true"
    ]


def velero_schedule(**spec: Any) -> dict[str, Any]:
    return {"apiVersion": "velero.io/v1", "kind": "Schedule", "metadata": {"name": "nightly", "namespace": "velero"},
            "spec": {"schedule": "0 3 * * *", "template": {}, **spec}}


def test_can_accept_null_only_where_the_crd_says_nullable() -> None:
    assert check_schemas([velero_schedule(template={"defaultVolumesToFsBackup": None})]) == []
    assert lines(check_schemas([velero_schedule(paused=None)])) == [
        "[schema] Schedule velero/nightly: spec.paused: expected boolean, got null"
    ]


def alertmanager_config(match_type: str) -> dict[str, Any]:
    return {
        "apiVersion": "monitoring.coreos.com/v1alpha1", "kind": "AlertmanagerConfig",
        "metadata": {"name": "team", "namespace": "gate-fixture"},
        "spec": {"route": {"receiver": "team", "matchers": [{"name": "severity", "value": "page", "matchType": match_type}]},
                 "receivers": [{"name": "team"}]},
    }


def test_can_read_the_bare_equals_enum_of_the_alertmanagerconfig_crd() -> None:
    assert load_all("matchType: =\n") == [{"matchType": "="}]  # as cdk8s writes it, and as the CRD has it
    assert check_schemas([alertmanager_config("=")]) == []
    assert lines(check_schemas([alertmanager_config("==")])) == [
        '[schema] AlertmanagerConfig gate-fixture/team: spec.route.matchers[0].matchType: "==" is not one of ["!=", "=", "=~", "!~"]'
    ]


# ---------------------------------------------------------------------------------------------
# Schemas and names: each known-bad fixture gives exactly its finding


def test_fails_if_a_deployment_has_an_unknown_field() -> None:
    assert lines(check_schemas(bad("deployment-unknown-field.yaml"))) == [
        "[schema] Deployment gate-fixture/web: spec.template.spec.containers[0].imagePulPolicy: unknown field"
    ]


def test_fails_if_a_cnpg_cluster_has_an_unknown_field() -> None:
    assert lines(check_schemas(bad("cluster-unknown-field.yaml"))) == [
        "[schema] Cluster gate-fixture/web-db: spec.instance: unknown field",
        "[schema] Cluster gate-fixture/web-db: spec.instances: required field missing",
    ]


def test_fails_if_a_custom_resource_has_unknown_metadata() -> None:
    cluster = next(o for o in good() if o["kind"] == "Cluster") | {"metadata": {"name": "web-db", "namespace": "gate-fixture", "label": {"a": "b"}}}
    assert lines(check_schemas([cluster])) == ["[schema] Cluster gate-fixture/web-db: metadata.label: unknown field"]


def test_fails_if_a_field_has_the_wrong_type() -> None:
    assert lines(check_schemas(bad("wrong-type.yaml"))) == [
        '[schema] Deployment gate-fixture/web: spec.replicas: expected integer, got "2"'
    ]


def test_fails_if_a_required_field_is_missing() -> None:
    assert lines(check_schemas(bad("missing-required.yaml"))) == [
        "[schema] Deployment gate-fixture/web: spec.template.spec.containers[0].name: required field missing"
    ]


def test_fails_if_a_kind_has_no_schema() -> None:
    crds = default_crd_dir()
    assert lines(check_schemas(bad("no-schema.yaml"))) == [
        f"[schema] Beacon gate-fixture/beacon: no schema for lighthouse.io/v1 Beacon: not a Kubernetes 1.28 kind and no CRD for it in {crds}",
        f"[schema] Deploymnet gate-fixture/web: no schema for apps/v1 Deploymnet: not a Kubernetes 1.28 kind and no CRD for it in {crds}",
    ]


def test_fails_if_a_kind_is_not_served_by_the_cluster_minimum() -> None:
    # flowcontrol v1beta3 is in the 1.28 API and was removed in 1.32: valid against 1.28 alone.
    flow_schema = {"apiVersion": "flowcontrol.apiserver.k8s.io/v1beta3", "kind": "FlowSchema",
                   "metadata": {"name": "gate-fixture"}, "spec": {"priorityLevelConfiguration": {"name": "global-default"}}}
    assert lines(check_schemas([flow_schema])) == [
        "[schema] FlowSchema gate-fixture: flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema is not served by Kubernetes 1.34"
    ]


def test_fails_if_a_field_is_newer_than_the_emitted_api() -> None:
    # securityContext.appArmorProfile exists from 1.30: the 1.34 cluster takes it, the 1.28 API does not.
    deployment = next(o for o in good() if o["kind"] == "Deployment")
    deployment["spec"]["template"]["spec"]["securityContext"]["appArmorProfile"] = {"type": "RuntimeDefault"}
    assert lines(check_schemas([deployment])) == [
        "[schema] Deployment gate-fixture/web: spec.template.spec.securityContext.appArmorProfile: unknown field (Kubernetes 1.28)"
    ]


def test_fails_if_a_crd_version_is_not_served() -> None:
    secret = {"apiVersion": "external-secrets.io/v1beta1", "kind": "ExternalSecret",
              "metadata": {"name": "db", "namespace": "gate-fixture"}, "spec": {}}
    assert lines(check_schemas([secret])) == [
        "[schema] ExternalSecret gate-fixture/db: no schema: version v1beta1 of CRD externalsecrets.external-secrets.io is not served"
    ]


def test_fails_if_a_name_is_not_dns_1123() -> None:
    assert lines(check_schemas(bad("bad-name.yaml"))) == [
        "[name] ConfigMap gate-fixture/Web_Config: metadata.name 'Web_Config' is not a DNS-1123 subdomain "
        '(lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most 253 characters)'
    ]


def test_fails_if_a_service_name_is_not_a_dns_1035_label() -> None:
    long_name = "a" * 64
    too_long = bad("service-not-dns1035.yaml")[0] | {"metadata": {"name": long_name, "namespace": "gate-fixture"}}
    rule = '(lowercase letters, digits and "-", starting with a letter and ending with a letter or digit, at most 63 characters)'
    assert lines(check_schemas(bad("service-not-dns1035.yaml") + [too_long])) == [
        f"[name] Service gate-fixture/2fa-api: metadata.name '2fa-api' is not a DNS-1035 label {rule}",
        f"[name] Service gate-fixture/{long_name}: metadata.name '{long_name}' is not a DNS-1035 label {rule}",
    ]


# ---------------------------------------------------------------------------------------------
# Pod Security


def test_fails_if_a_privileged_pod_is_in_a_restricted_namespace() -> None:
    findings, privileged = check_pod_security(good() + bad("privileged-pod.yaml"))
    assert lines(findings) == [
        '[pod-security] Deployment gate-fixture/privileged: spec.template: violates PodSecurity "restricted:v1.34": '
        'privileged (container "web" must not set securityContext.privileged=true)'
    ]
    assert privileged == []


def test_can_hold_a_failing_pod_only_in_a_namespace_that_enforces_privileged() -> None:
    objects = good() + bad("privileged-pod.yaml")
    labels = next(o for o in objects if o["kind"] == "Namespace")["metadata"]["labels"]
    labels["pod-security.kubernetes.io/enforce"] = "privileged"
    findings, privileged = check_pod_security(objects)
    assert findings == []
    assert [(p.label, [str(v) for v in p.violations]) for p in privileged] == [
        ("Deployment gate-fixture/privileged", ['privileged (container "web" must not set securityContext.privileged=true)'])
    ]
    labels["pod-security.kubernetes.io/enforce"] = "baseline"
    assert len(check_pod_security(objects)[0]) == 1  # baseline namespaces still need restricted pods


def test_fails_if_a_pod_sets_no_seccomp_profile() -> None:
    findings, _ = check_pod_security(good() + bad("pod-without-seccomp.yaml"))
    assert lines(findings) == [
        '[pod-security] Rollout gate-fixture/canary: spec.template: violates PodSecurity "restricted:v1.34": '
        'seccompProfile (pod or container "web" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")'
    ]


def test_fails_if_a_namespace_lacks_pod_security_labels() -> None:
    assert lines(check_namespace_labels(bad("namespace-without-pss-labels.yaml"))) == [
        "[namespace-labels] Namespace half-labelled: label pod-security.kubernetes.io/audit is missing",
        "[namespace-labels] Namespace half-labelled: label pod-security.kubernetes.io/warn is missing",
    ]


def compliant_pod() -> tuple[dict[str, Any], dict[str, Any]]:
    """(metadata, spec) of the good fixture's pod, which passes "restricted"."""
    template = next(o for o in good() if o["kind"] == "Deployment")["spec"]["template"]
    return copy.deepcopy(template["metadata"]), copy.deepcopy(template["spec"])


def container_sc(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["containers"][0]["securityContext"]


MUTATIONS: list[tuple[str, Callable[[dict[str, Any], dict[str, Any]], None], list[str]]] = [
    ("host namespaces", lambda m, s: s.update(hostNetwork=True, hostPID=True), ["host namespaces (hostNetwork=true, hostPID=true)"]),
    ("hostPath", lambda m, s: s.update(volumes=[{"name": "host", "hostPath": {"path": "/var"}}]),
     ['hostPath volumes (volume "host")', 'restricted volume types (volume "host" uses restricted volume type "hostPath")']),
    ("nfs volume", lambda m, s: s.update(volumes=[{"name": "share", "nfs": {"server": "nfs", "path": "/"}}]),
     ['restricted volume types (volume "share" uses restricted volume type "nfs")']),
    ("added capability", lambda m, s: container_sc(s)["capabilities"].update(add=["NET_ADMIN"]),
     ['non-default capabilities (container "web" must not include "NET_ADMIN" in securityContext.capabilities.add)',
      'unrestricted capabilities (container "web" must not include "NET_ADMIN" in securityContext.capabilities.add)']),
    ("NET_BIND_SERVICE", lambda m, s: container_sc(s)["capabilities"].update(add=["NET_BIND_SERVICE"]), []),
    ("no drop ALL", lambda m, s: container_sc(s).pop("capabilities"),
     ['unrestricted capabilities (container "web" must set securityContext.capabilities.drop=["ALL"])']),
    ("privilege escalation", lambda m, s: container_sc(s).pop("allowPrivilegeEscalation"),
     ['allowPrivilegeEscalation != false (container "web" must set securityContext.allowPrivilegeEscalation=false)']),
    ("runAsNonRoot false", lambda m, s: container_sc(s).update(runAsNonRoot=False),
     ['runAsNonRoot != true (container "web" must not set securityContext.runAsNonRoot=false)']),
    ("runAsNonRoot unset", lambda m, s: (container_sc(s).pop("runAsNonRoot"), s["securityContext"].pop("runAsNonRoot")),
     ['runAsNonRoot != true (pod or container "web" must set securityContext.runAsNonRoot=true)']),
    ("runAsUser 0", lambda m, s: s["securityContext"].update(runAsUser=0), ["runAsUser=0 (pod must not set runAsUser=0)"]),
    ("seccomp Unconfined", lambda m, s: container_sc(s).update(seccompProfile={"type": "Unconfined"}),
     ['seccompProfile (container "web" must not set securityContext.seccompProfile.type to "Unconfined")',
      'seccompProfile (container "web" must not set securityContext.seccompProfile.type to "Unconfined")']),
    ("hostPort", lambda m, s: s["containers"][0]["ports"][0].update(hostPort=8080), ['hostPort (container "web" uses hostPort 8080)']),
    ("procMount", lambda m, s: container_sc(s).update(procMount="Unmasked"),
     ['procMount (container "web" must not set securityContext.procMount to "Unmasked")']),
    ("sysctl", lambda m, s: s["securityContext"].update(sysctls=[{"name": "kernel.msgmax", "value": "1"},
                                                                 {"name": "net.ipv4.ip_local_port_range", "value": "1024 65535"}]),
     ["forbidden sysctls (kernel.msgmax)"]),
    ("AppArmor", lambda m, s: m.setdefault("annotations", {}).update({"container.apparmor.security.beta.kubernetes.io/web": "unconfined"}),
     ['forbidden AppArmor profile (container.apparmor.security.beta.kubernetes.io/web="unconfined")']),
    ("AppArmor runtime/default", lambda m, s: m.setdefault("annotations", {}).update({"container.apparmor.security.beta.kubernetes.io/web": "runtime/default"}), []),
    ("SELinux", lambda m, s: s["securityContext"].update(seLinuxOptions={"type": "spc_t", "user": "root"}),
     ['seLinuxOptions (pod set forbidden securityContext.seLinuxOptions: type "spc_t"; user may not be set)']),
    ("sysctl allowed from 1.32", lambda m, s: s["securityContext"].update(sysctls=[{"name": "net.ipv4.tcp_rmem", "value": "4096 87380 6291456"}]), []),
    ("probe host", lambda m, s: s["containers"][0].update(livenessProbe={"httpGet": {"host": "10.0.0.1", "port": 8080, "path": "/"}}),
     ['hostProbesOrHostLifecycle (container "web" uses hostProbeOrHostLifecycle "10.0.0.1")']),
    ("lifecycle host", lambda m, s: s["containers"][0].update(lifecycle={"preStop": {"tcpSocket": {"host": "metadata.internal", "port": 80}}}),
     ['hostProbesOrHostLifecycle (container "web" uses hostProbeOrHostLifecycle "metadata.internal")']),
    ("probe host loopback", lambda m, s: s["containers"][0].update(readinessProbe={"tcpSocket": {"host": "127.0.0.1", "port": 8080}}), []),
    ("privileged init container", lambda m, s: s.update(initContainers=[{**copy.deepcopy(s["containers"][0]), "name": "init",
                                                                         "securityContext": {**container_sc(s), "privileged": True}}]),
     ['privileged (container "init" must not set securityContext.privileged=true)']),
]


@pytest.mark.parametrize("mutate,expected", [m[1:] for m in MUTATIONS], ids=[m[0] for m in MUTATIONS])
def test_evaluates_each_pod_security_check(mutate: Callable[..., None], expected: list[str]) -> None:
    metadata, spec = compliant_pod()
    assert evaluate(metadata, spec) == []
    mutate(metadata, spec)
    assert [str(v) for v in evaluate(metadata, spec)] == expected


@pytest.mark.parametrize("group,kind", sorted(POD_TEMPLATE_PATHS), ids=[k for _, k in sorted(POD_TEMPLATE_PATHS)])
def test_finds_the_pod_template_of_every_workload_kind(group: str, kind: str) -> None:
    _, spec = compliant_pod()
    spec["hostNetwork"] = True
    template = {"metadata": {}, "spec": spec}
    obj: dict[str, Any] = {"apiVersion": f"{group}/v1" if group else "v1", "kind": kind, "metadata": {"name": "w", "namespace": "gate-fixture"}}
    path = POD_TEMPLATE_PATHS[(group, kind)]
    node = obj
    for key in path[:-1]:
        node = node.setdefault(key, {})
    if path:
        node[path[-1]] = template
    else:
        obj["spec"] = spec
    findings, _ = check_pod_security(good() + [obj])
    assert [f.message.rsplit(": ", 1)[1] for f in findings] == ["host namespaces (hostNetwork=true)"]
    assert [(f.kind, f.name) for f in findings] == [(kind, "w")]
    assert len(pod_templates(obj)) == 1


# ---------------------------------------------------------------------------------------------
# checkov and exemptions


def test_fails_if_checkov_finds_a_container_without_limits(checkov_findings: dict[str, list[Finding]]) -> None:
    assert lines(checkov_findings["fixture-checkov-bad"]) == [
        "[checkov] Deployment gate-fixture/web: CKV_K8S_11 CPU limits should be set (/no-limits.yaml)",
        "[checkov] Deployment gate-fixture/web: CKV_K8S_13 Memory limits should be set (/no-limits.yaml)",
    ]


def test_fails_if_an_exemption_is_not_in_the_allow_list_or_has_no_reason() -> None:
    findings, exemptions = check_exemptions(bad("unlisted-exemption.yaml"), load_allow_list(FIXTURE_ALLOW_LIST))
    assert lines(findings) == [
        "[exemption] ConfigMap gate-fixture/web-config: annotation checkov.io/skip2='CKV_K8S_15': exemption without a reason",
        "[exemption] ConfigMap gate-fixture/web-config: CKV_K8S_43 exemption 'images are pinned by tag' is not in an allow-list "
        "(the library's exemptions.yaml or an --exemptions file)",
    ]
    assert exemptions == [Exemption("ConfigMap", "gate-fixture", "web-config", "CKV_K8S_43", "images are pinned by tag")]


def test_fails_if_an_exemption_uses_another_annotation_or_reason_text() -> None:
    deployment = next(o for o in good() if o["kind"] == "Deployment")
    deployment["metadata"]["annotations"] = {
        "checkov.io/skip1": "CKV_K8S_35=reads its password from the environment",  # reason differs from the list
        "bridgecrew.io/skip1": "CKV_K8S_20=old style",
    }
    findings, _ = check_exemptions([deployment], load_allow_list(FIXTURE_ALLOW_LIST))
    assert lines(findings) == [
        "[exemption] Deployment gate-fixture/web: annotation bridgecrew.io/skip1: an exemption is only a checkov.io/skip<N> annotation",
        "[exemption] Deployment gate-fixture/web: CKV_K8S_35 exemption 'reads its password from the environment' is not in an allow-list "
        "(the library's exemptions.yaml or an --exemptions file)",
    ]


def test_fails_if_an_allow_list_entry_has_no_reason(tmp_path: Path) -> None:
    path = tmp_path / "exemptions.yaml"
    path.write_text("exemptions:\n  - {kind: Deployment, namespace: a, name: b, check: CKV_K8S_35, reason: ''}\n")
    with pytest.raises(ValueError, match=r"exemptions\[0\] has no reason"):
        load_allow_list(path)


# ---------------------------------------------------------------------------------------------
# Duplicates


def test_fails_if_two_files_hold_the_same_object_naming_both_files_and_documents(tmp_path: Path) -> None:
    web = (FIXTURES / "good" / "web.yaml").read_text()
    (tmp_path / "a.yaml").write_text(web)
    service = next(o for o in load_all(web) if o["kind"] == "Service")
    # document 1 is empty: numbers count every document of the file, as a reader of it does
    (tmp_path / "b.yaml").write_text("---\n---\n" + yaml.safe_dump(service))
    loaded = load_sources(tmp_path)
    index = next(i for i, (o, _) in enumerate(loaded) if o["kind"] == "Service")
    assert lines(check_duplicates([o for o, _ in loaded], [src for _, src in loaded])) == [
        f"[duplicate] Service gate-fixture/web: 2 objects with this apiVersion group (core), kind, namespace and name: "
        f"{tmp_path / 'a.yaml'} document {index + 1} and {tmp_path / 'b.yaml'} document 2"
    ]


def test_can_share_a_name_across_namespaces_groups_and_environments() -> None:
    deployment = next(o for o in good() if o["kind"] == "Deployment")
    other_namespace = copy.deepcopy(deployment) | {"metadata": {"name": "web", "namespace": "other"}}
    rollout = copy.deepcopy(deployment) | {"apiVersion": "argoproj.io/v1alpha1", "kind": "Deployment"}
    assert check_duplicates([deployment, other_namespace, rollout]) == []
    older = copy.deepcopy(deployment) | {"apiVersion": "apps/v1beta2"}  # another version of the same object
    assert lines(check_duplicates([deployment, rollout, older])) == [
        "[duplicate] Deployment gate-fixture/web: 2 objects with this apiVersion group (apps), kind, namespace and name: object 1 and object 3"
    ]


def test_fails_if_a_cluster_scoped_object_repeats_whatever_namespace_it_sets() -> None:
    namespace = next(o for o in good() if o["kind"] == "Namespace")
    again = copy.deepcopy(namespace)
    again["metadata"]["namespace"] = "default"
    assert [(f.kind, f.namespace, f.name) for f in check_duplicates([namespace, again])] == [("Namespace", "", "gate-fixture")]


# ---------------------------------------------------------------------------------------------
# make check and the CLI


def write_env(root: Path, env: str, extra: list[str]) -> None:
    (root / env).mkdir()
    text = "\n---\n".join((FIXTURES / "good" / f).read_text() for f in ("web.yaml", "crs.yaml"))
    text += "".join("\n---\n" + (FIXTURES / "bad" / f).read_text() for f in extra)
    (root / env / "app.k8s.yaml").write_text(text)


def test_make_check_prints_a_table_per_environment_and_fails_on_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for env, extra in (("dev", []), ("prod", ["service-not-dns1035.yaml"])):
        write_env(tmp_path, env, extra)
    (tmp_path / "prod" / "copy.yaml").write_text((FIXTURES / "good" / "crs.yaml").read_text())
    code = gate_main([str(tmp_path), "--no-checkov", "--exemptions", str(FIXTURE_ALLOW_LIST)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out[:3] == [
        "environment  objects  kinds  schema  name  duplicate  pod-security  namespace-labels  checkov  exemption",
        "dev                7      7       0     0          0             0                 0        0          0",
        "prod              10      7       0     1          2             0                 0        0          0",
    ]
    assert "  [name] Service gate-fixture/2fa-api: metadata.name '2fa-api' is not a DNS-1035 label" in "\n".join(out)
    assert (f"  [duplicate] Cluster gate-fixture/web-db: 2 objects with this apiVersion group (postgresql.cnpg.io), kind, "
            f"namespace and name: {tmp_path / 'prod' / 'app.k8s.yaml'} document 6 and {tmp_path / 'prod' / 'copy.yaml'} document 1") in out
    assert out[-2] == "gate: FAILED"


def test_can_add_a_users_exemptions_to_the_librarys_and_report_only_its_unused_entries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_env(tmp_path, "dev", [])
    assert gate_main([str(tmp_path / "dev"), "--checkov", "skip"]) == 1, "the fixture's exemption is in no allow-list"
    assert "CKV_K8S_35 exemption 'the web app reads its database password from the environment' is not in an allow-list" in capsys.readouterr().out
    unused = tmp_path / "unused.yaml"
    unused.write_text(FIXTURE_ALLOW_LIST.read_text() + "  - {kind: Deployment, namespace: gone, name: old, check: CKV_K8S_8, reason: removed}\n")
    assert gate_main([str(tmp_path / "dev"), "--checkov", "skip", "--exemptions", str(unused)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[out.index(f"exemptions no object uses (remove them from {unused}):") + 1] == "  Deployment gone/old skips CKV_K8S_8: removed"
    # the library's own entries (Lighthouse's FUSE DaemonSet...) are allowed but never unused findings
    assert load_allow_list(DEFAULT_ALLOW_LIST) and "lighthouse-fuse" not in "\n".join(out)
    assert gate_main([str(tmp_path / "dev"), "--checkov", "skip", "--exemptions", str(FIXTURE_ALLOW_LIST)]) == 0


def test_can_run_without_checkov_saying_so_unless_it_is_required(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    write_env(tmp_path, "dev", [])
    monkeypatch.setenv("LIGHTHOUSE_CHECKOV_PYTHON", str(tmp_path / "no-checkov" / "python"))
    assert gate_main([str(tmp_path), "--exemptions", str(FIXTURE_ALLOW_LIST)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split()[-2] == "-", "the checkov column says it did not run"
    assert any(line.startswith(f"checkov: not run: checkov is not installed (no {tmp_path / 'no-checkov' / 'python'})")
               and "LIGHTHOUSE_CHECKOV_PYTHON" in line for line in out)
    assert out[-2] == "gate: passed"
    assert gate_main([str(tmp_path), "--checkov", "require", "--exemptions", str(FIXTURE_ALLOW_LIST)]) == 2
    assert capsys.readouterr().err.startswith("error: checkov is not installed")


def test_fails_to_run_if_the_crd_directory_or_an_exemptions_file_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_env(tmp_path, "dev", [])
    assert gate_main([str(tmp_path), "--no-checkov", "--crds", str(tmp_path / "nope")]) == 2
    assert gate_main([str(tmp_path), "--no-checkov", "--exemptions", str(tmp_path / "nope.yaml")]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"error: --crds {tmp_path / 'nope'}: not a directory",
        f"error: --exemptions {tmp_path / 'nope.yaml'}: no such file",
    ]
