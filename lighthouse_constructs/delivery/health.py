"""What Argo CD must be told to gate waves correctly: health checks for the kinds it knows nothing of,
and the differences known never to settle.

Health checks are Lua, read by Argo CD from `argocd-cm` keys `resource.customizations.health.<group>_<Kind>`
(operator manual, health.md). The `argo-cd` release's Application patches them in
(gitops.kustomize_patches), so the Argo CD that syncs the waves is the one that knows them.

- `argoproj.io/Application`: Argo CD 1.8 removed its built-in health, so an app-of-apps would not wait
  for its children; and since 3.4 a child whose resources are not created yet reads Healthy. Healthy
  here needs both Healthy and Synced, and no running or failed operation.
- `k6.io/TestRun`: the k6-operator reports `status.stage` (api/v1alpha1/testrun_types.go:
  initialization, initialized, created, started, stopped, finished, error). `finished` does not mean
  the thresholds held (each runner judges its own share); gate on Prometheus for that.
- `velero.io/Backup`, `Restore` (`status.phase`: New, FailedValidation, InProgress,
  WaitingForPluginOperations..., Finalizing..., Completed, PartiallyFailed, Failed) and `Schedule`
  (New, Enabled, FailedValidation): pkg/apis/velero/v1/{backup,restore,schedule}_types.go.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

_APPLICATION = """
local hs = {status = "Progressing", message = "waiting for the Application's status"}
if obj.status == nil then
  return hs
end
local op = obj.status.operationState
if op ~= nil and (op.phase == "Failed" or op.phase == "Error") then
  hs.status = "Degraded"
  hs.message = "last sync " .. op.phase .. ": " .. (op.message or "")
  return hs
end
if op ~= nil and (op.phase == "Running" or op.phase == "Terminating") then
  hs.message = "sync " .. op.phase
  return hs
end
local health = obj.status.health and obj.status.health.status or nil
local sync = obj.status.sync and obj.status.sync.status or nil
if health == "Degraded" or health == "Missing" or health == "Suspended" then
  hs.status = health
  hs.message = "health " .. health .. ", sync " .. tostring(sync)
  return hs
end
if health == "Healthy" and sync == "Synced" then
  hs.status = "Healthy"
  hs.message = "Synced and Healthy"
  return hs
end
hs.message = "health " .. tostring(health) .. ", sync " .. tostring(sync)
return hs
"""

_TESTRUN = """
local hs = {status = "Progressing", message = "waiting for the test to start"}
if obj.status == nil or obj.status.stage == nil then
  return hs
end
local stage = obj.status.stage
if stage == "finished" then
  hs.status = "Healthy"
  hs.message = "finished; thresholds are judged on Prometheus, not on this status"
elseif stage == "error" then
  hs.status = "Degraded"
  hs.message = "the test run failed (stage error)"
else
  hs.message = "stage " .. stage
end
return hs
"""

_BACKUP_OR_RESTORE = """
local hs = {status = "Progressing", message = "waiting for Velero"}
if obj.status == nil or obj.status.phase == nil then
  return hs
end
local phase = obj.status.phase
if phase == "Completed" then
  hs.status = "Healthy"
elseif phase == "Failed" or phase == "PartiallyFailed" or phase == "FailedValidation" then
  hs.status = "Degraded"
end
hs.message = "phase " .. phase
if obj.status.failureReason ~= nil then
  hs.message = hs.message .. ": " .. obj.status.failureReason
end
return hs
"""

_SCHEDULE = """
local hs = {status = "Progressing", message = "waiting for Velero to validate the schedule"}
if obj.status == nil or obj.status.phase == nil or obj.status.phase == "New" then
  return hs
end
if obj.status.phase == "Enabled" then
  hs.status = "Healthy"
  hs.message = "enabled"
elseif obj.status.phase == "FailedValidation" then
  hs.status = "Degraded"
  hs.message = "failed validation"
  if obj.status.validationErrors ~= nil then
    hs.message = hs.message .. ": " .. table.concat(obj.status.validationErrors, "; ")
  end
else
  hs.message = "phase " .. obj.status.phase
end
return hs
"""

HEALTH_CHECKS: Mapping[str, str] = {
    "argoproj.io_Application": _APPLICATION.strip() + "\n",
    "k6.io_TestRun": _TESTRUN.strip() + "\n",
    "velero.io_Backup": _BACKUP_OR_RESTORE.strip() + "\n",
    "velero.io_Restore": _BACKUP_OR_RESTORE.strip() + "\n",
    "velero.io_Schedule": _SCHEDULE.strip() + "\n",
}
"""`<group>_<Kind>` -> the Lua Argo CD runs with the live object as `obj`; it returns {status, message}."""

HEALTH_KEY_PREFIX = "resource.customizations.health."


def argocd_cm_entries() -> dict[str, str]:
    """The `argocd-cm` data entries of the health checks."""
    return {f"{HEALTH_KEY_PREFIX}{key}": lua for key, lua in sorted(HEALTH_CHECKS.items())}


@dataclass(frozen=True)
class IgnoreDifference:
    """A field Argo CD must not compare, because something other than Git owns it."""

    group: str
    kind: str
    json_pointers: tuple[str, ...] = ()
    jq_path_expressions: tuple[str, ...] = ()
    managed_fields_managers: tuple[str, ...] = ()
    name: str | None = None
    namespace: str | None = None
    issue: str = ""
    why: str = ""

    def as_argo(self) -> dict[str, Any]:
        """The Application `spec.ignoreDifferences` entry."""
        out: dict[str, Any] = {"group": self.group, "kind": self.kind}
        if self.name:
            out["name"] = self.name
        if self.namespace:
            out["namespace"] = self.namespace
        if self.json_pointers:
            out["jsonPointers"] = list(self.json_pointers)
        if self.jq_path_expressions:
            out["jqPathExpressions"] = list(self.jq_path_expressions)
        if self.managed_fields_managers:
            out["managedFieldsManagers"] = list(self.managed_fields_managers)
        return out


IGNORE_DIFFERENCES: tuple[IgnoreDifference, ...] = (
    IgnoreDifference(
        "admissionregistration.k8s.io", "ValidatingWebhookConfiguration",
        jq_path_expressions=(".webhooks[]?.failurePolicy", ".webhooks[]?.clientConfig.caBundle"),
        issue="https://github.com/istio/istio/issues/52785",
        why="istiod patches its validating webhooks (failurePolicy Ignore to Fail once it serves, and the CA bundle)",
    ),
    IgnoreDifference(
        "admissionregistration.k8s.io", "MutatingWebhookConfiguration",
        jq_path_expressions=(".webhooks[]?.clientConfig.caBundle",),
        issue="https://github.com/argoproj/argo-cd/issues/1487",
        why="the webhook's own server (istiod's injector, cert-manager's cainjector) writes the CA bundle after install",
    ),
    IgnoreDifference(
        "apiextensions.k8s.io", "CustomResourceDefinition",
        json_pointers=("/spec/preserveUnknownFields",),
        issue="https://github.com/argoproj/argo-cd/issues/6401",
        why="the API server drops preserveUnknownFields: false; Argo CD 3.0 removed its built-in ignore of it (upgrading/2.14-3.0)",
    ),
    IgnoreDifference(
        "external-secrets.io", "ExternalSecret",
        jq_path_expressions=(".spec.data[]?.remoteRef.conversionStrategy", ".spec.data[]?.remoteRef.decodingStrategy",
                             ".spec.data[]?.remoteRef.metadataPolicy", ".spec.dataFrom[]?.extract.conversionStrategy",
                             ".spec.dataFrom[]?.extract.decodingStrategy", ".spec.dataFrom[]?.extract.metadataPolicy"),
        issue="https://github.com/external-secrets/external-secrets/issues/6797",
        why="the v2.9.0 CRD still defaults these fields (kubebuilder defaults, checked in ../shared/crds); the manifests leave them out",
    ),
    IgnoreDifference(
        "postgresql.cnpg.io", "Cluster",
        jq_path_expressions=(".spec.postgresql.pg_hba", ".spec.postgresql.pg_ident"),
        issue="https://github.com/suxess-it/kubriX/issues/898",
        why="CloudNativePG's defaulting webhook writes empty pg_hba and pg_ident lists the manifests leave out",
    ),
)
"""Diffs known never to settle for the kinds the charts emit or the releases install."""


def replicas_managed_by_hpa(kind: str, name: str, namespace: str) -> IgnoreDifference:
    """`/spec/replicas` of one Deployment or Rollout that an autoscaler owns."""
    group = "argoproj.io" if kind == "Rollout" else "apps"
    return IgnoreDifference(group, kind, json_pointers=("/spec/replicas",), name=name, namespace=namespace,
                            issue="https://github.com/argoproj/argo-cd/issues/5105",
                            why="the HorizontalPodAutoscaler writes the replica count")


def ignore_differences_for(kinds: Iterable[tuple[str, str]]) -> list[dict[str, Any]]:
    """The table's entries for the (group, kind)s an Application holds, in the table's order."""
    wanted = set(kinds)
    return [d.as_argo() for d in IGNORE_DIFFERENCES if (d.group, d.kind) in wanted]


__all__ = ["HEALTH_CHECKS", "HEALTH_KEY_PREFIX", "IGNORE_DIFFERENCES", "IgnoreDifference", "argocd_cm_entries",
           "ignore_differences_for", "replicas_managed_by_hpa"]
