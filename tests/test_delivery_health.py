"""The Argo CD health checks run in a real Lua 5.1 runtime (Argo CD's gopher-lua speaks 5.1), the way Argo
CD calls them: the live object as the global `obj`, the script's return value as the health."""

from __future__ import annotations

from typing import Any

import pytest
from lupa import (
    lua51,  # a test dependency (pyproject `test` extra), installed by make test
)

from lighthouse_constructs.delivery.health import (
    HEALTH_CHECKS,
    HEALTH_KEY_PREFIX,
    IGNORE_DIFFERENCES,
    argocd_cm_entries,
    ignore_differences_for,
    replicas_managed_by_hpa,
)


def health(key: str, obj: dict[str, Any]) -> tuple[str, str]:
    runtime = lua51.LuaRuntime(unpack_returned_tuples=True)

    def table(value: Any) -> Any:
        if isinstance(value, dict):
            return runtime.table_from({k: table(v) for k, v in value.items()})
        if isinstance(value, list):
            return runtime.table_from([table(v) for v in value])
        return value

    runtime.globals().obj = table(obj)
    result = runtime.execute(HEALTH_CHECKS[key])
    return str(result["status"]), str(result["message"])


def application(status: dict[str, Any] | None) -> dict[str, Any]:
    return {"apiVersion": "argoproj.io/v1alpha1", "kind": "Application", "metadata": {"name": "a"}, **({"status": status} if status else {})}


@pytest.mark.parametrize(("status", "expected"), [
    (None, "Progressing"),
    ({"health": {"status": "Healthy"}, "sync": {"status": "Synced"}}, "Healthy"),
    ({"health": {"status": "Healthy"}, "sync": {"status": "OutOfSync"}}, "Progressing"),
    ({"health": {"status": "Progressing"}, "sync": {"status": "Synced"}}, "Progressing"),
    ({"health": {"status": "Degraded"}, "sync": {"status": "Synced"}}, "Degraded"),
    ({"health": {"status": "Missing"}, "sync": {"status": "OutOfSync"}}, "Missing"),
    ({"health": {"status": "Healthy"}, "sync": {"status": "Synced"}, "operationState": {"phase": "Running"}}, "Progressing"),
    ({"health": {"status": "Healthy"}, "sync": {"status": "Synced"}, "operationState": {"phase": "Failed", "message": "x"}}, "Degraded"),
])
def test_can_gate_a_wave_on_a_child_application_only_when_synced_and_healthy(status: dict[str, Any] | None, expected: str) -> None:
    got, message = health("argoproj.io_Application", application(status))
    assert got == expected, message


@pytest.mark.parametrize(("stage", "expected"), [
    (None, "Progressing"), ("initialization", "Progressing"), ("initialized", "Progressing"), ("created", "Progressing"),
    ("started", "Progressing"), ("stopped", "Progressing"), ("finished", "Healthy"), ("error", "Degraded"),
])
def test_can_follow_a_k6_test_run_through_its_stages(stage: str | None, expected: str) -> None:
    obj = {"kind": "TestRun", "metadata": {"name": "t"}, **({"status": {"stage": stage}} if stage else {})}
    got, message = health("k6.io_TestRun", obj)
    assert got == expected
    if stage == "finished":
        assert "Prometheus" in message  # a finished run says nothing about the thresholds


@pytest.mark.parametrize("kind", ["velero.io_Backup", "velero.io_Restore"])
@pytest.mark.parametrize(("phase", "expected"), [
    (None, "Progressing"), ("New", "Progressing"), ("InProgress", "Progressing"), ("WaitingForPluginOperations", "Progressing"),
    ("Finalizing", "Progressing"), ("Completed", "Healthy"), ("PartiallyFailed", "Degraded"), ("Failed", "Degraded"),
    ("FailedValidation", "Degraded"),
])
def test_can_tell_a_velero_backup_or_restore_that_completed_from_one_that_failed(kind: str, phase: str | None, expected: str) -> None:
    obj = {"kind": kind.split("_")[1], "metadata": {"name": "b"}, **({"status": {"phase": phase}} if phase else {})}
    assert health(kind, obj)[0] == expected


@pytest.mark.parametrize(("status", "expected"), [
    (None, "Progressing"), ({"phase": "New"}, "Progressing"), ({"phase": "Enabled"}, "Healthy"),
    ({"phase": "FailedValidation", "validationErrors": ["invalid schedule"]}, "Degraded"),
])
def test_can_tell_an_enabled_velero_schedule_from_an_invalid_one(status: dict[str, Any] | None, expected: str) -> None:
    obj = {"kind": "Schedule", "metadata": {"name": "s"}, **({"status": status} if status else {})}
    got, message = health("velero.io_Schedule", obj)
    assert got == expected
    if expected == "Degraded":
        assert "invalid schedule" in message


def test_can_put_every_health_check_where_argo_cd_reads_it() -> None:
    entries = argocd_cm_entries()
    assert set(entries) == {HEALTH_KEY_PREFIX + key for key in HEALTH_CHECKS}
    assert {"argoproj.io_Application", "k6.io_TestRun", "velero.io_Backup", "velero.io_Restore", "velero.io_Schedule"} <= set(HEALTH_CHECKS)


def test_can_cite_an_upstream_issue_for_every_ignored_difference() -> None:
    for d in IGNORE_DIFFERENCES:
        assert d.issue.startswith("https://github.com/") and "/issues/" in d.issue, d
        assert d.json_pointers or d.jq_path_expressions or d.managed_fields_managers, d
        assert d.why, d
    entry = replicas_managed_by_hpa("Deployment", "api", "web").as_argo()
    assert entry == {"group": "apps", "kind": "Deployment", "name": "api", "namespace": "web", "jsonPointers": ["/spec/replicas"]}


def test_can_give_an_application_only_the_ignores_for_the_kinds_it_holds() -> None:
    cnpg = ignore_differences_for([("postgresql.cnpg.io", "Cluster"), ("apps", "Deployment")])
    assert [e["kind"] for e in cnpg] == ["Cluster"]
    assert cnpg[0]["jqPathExpressions"] == [".spec.postgresql.pg_hba", ".spec.postgresql.pg_ident"]
    assert ignore_differences_for([("apps", "Deployment")]) == []
