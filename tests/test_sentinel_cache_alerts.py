"""SentinelCache's alerts, evaluated by promtool on redis_exporter series: each fires on the
failure it names and stays quiet on a healthy cache."""

from __future__ import annotations

import subprocess
from pathlib import Path

import cdk8s
import pytest
import yaml

from lighthouse_constructs.handles import SecretRef
from lighthouse_constructs.namespace import LighthouseNamespace, NamespaceProps
from lighthouse_constructs.sentinel_cache import SentinelCache, SentinelCacheProps

from support import find_tool

PROMTOOL = find_tool("promtool")
pytestmark = pytest.mark.skipif(PROMTOOL is None, reason="promtool not found: `make tools` unpacks it from Debian's prometheus package")

NS = "lighthouse-data"
REDIS = f'namespace="{NS}", service="cache-redis"'
SENTINEL = f'namespace="{NS}", service="cache-sentinel"'
ALERTS = ("SentinelCacheNoPrimary", "SentinelCacheMultiplePrimaries", "SentinelCacheSentinelsDisagree",
          "SentinelCacheReplicationBroken", "SentinelCacheMemoryNearMax")


def rule_groups() -> list[dict]:
    chart = cdk8s.Testing.chart()
    namespace = LighthouseNamespace(chart, "Ns", NamespaceProps(name=NS, tier="data"))
    SentinelCache(chart, "Cache", SentinelCacheProps(master_set_name="lighthouse"), namespace=namespace,
                  auth=SecretRef("redis-auth", NS, ("password",)))
    (rule,) = [o for o in cdk8s.Testing.synth(chart) if o["kind"] == "PrometheusRule"]
    return rule["spec"]["groups"]


def healthy(primary: str = "cache-redis-0") -> list[dict]:
    """A settled cache: one primary with two streaming replicas, three agreeing Sentinels."""
    series = []
    for pod in ("cache-redis-0", "cache-redis-1", "cache-redis-2"):
        role = "master" if pod == primary else "slave"
        series += [
            {"series": f'redis_instance_info{{{REDIS}, pod="{pod}", role="{role}"}}', "values": "1x20"},
            {"series": f'redis_connected_slaves{{{REDIS}, pod="{pod}"}}', "values": ("2x20" if role == "master" else "0x20")},
            {"series": f'redis_memory_used_bytes{{{REDIS}, pod="{pod}"}}', "values": "100x20"},
            {"series": f'redis_memory_max_bytes{{{REDIS}, pod="{pod}"}}', "values": "1000x20"},
        ]
        if role == "slave":
            series.append({"series": f'redis_master_link_up{{{REDIS}, pod="{pod}", master_host="{primary}", master_port="6379"}}', "values": "1x20"})
    for pod in ("cache-sentinel-0", "cache-sentinel-1", "cache-sentinel-2"):
        series += [
            {"series": f'redis_sentinel_masters{{{SENTINEL}, pod="{pod}"}}', "values": "1x20"},
            {"series": f'redis_sentinel_master_status{{{SENTINEL}, pod="{pod}", master_name="lighthouse", '
                       f'master_address="{primary}:6379", master_status="ok"}}', "values": "1x20"},
        ]
    return series


def replace(series: list[dict], match: str, new: dict | None) -> list[dict]:
    """`series` with the entries whose selector contains `match` replaced by `new` (or dropped)."""
    kept = [s for s in series if match not in s["series"]]
    return kept + ([new] if new else [])


def fired(alert: str, labels: dict[str, str], severity: str, annotations: dict[str, str]) -> dict:
    return {"eval_time": "5m", "alertname": alert,
            "exp_alerts": [{"exp_labels": {**labels, "severity": severity}, "exp_annotations": annotations}]}


def annotations(groups: list[dict], alert: str, values: dict[str, str]) -> dict[str, str]:
    """The alert's annotations with the given template expressions replaced by what they render to."""
    (rule,) = [r for g in groups for r in g["rules"] if r["alert"] == alert]
    rendered = {}
    for key, text in rule["annotations"].items():
        for template, value in values.items():
            text = text.replace(template, value)
        rendered[key] = text
    return rendered


def test_can_fire_each_alert_on_its_failure_and_none_on_a_healthy_cache(tmp_path: Path) -> None:
    groups = rule_groups()
    (tmp_path / "rules.yaml").write_text(yaml.safe_dump({"groups": groups}))
    subprocess.run([PROMTOOL, "check", "rules", str(tmp_path / "rules.yaml")], check=True, capture_output=True)

    base = healthy()
    sev = {"SentinelCacheReplicationBroken": "warning", "SentinelCacheMemoryNearMax": "warning"}

    def case(series: list[dict], alert: str, labels: dict[str, str], values: dict[str, str] | None = None) -> dict:
        quiet = [{"eval_time": "5m", "alertname": a, "exp_alerts": []} for a in ALERTS if a != alert]
        return {"interval": "15s", "input_series": series,
                "alert_rule_test": [fired(alert, labels, sev.get(alert, "critical"), annotations(groups, alert, values or {}))] + quiet}

    no_primary = replace(base, 'role="master"', {"series": f'redis_instance_info{{{REDIS}, pod="cache-redis-0", role="slave"}}', "values": "1x20"})
    two_primaries = replace(base, 'pod="cache-redis-1", role="slave"',
                            {"series": f'redis_instance_info{{{REDIS}, pod="cache-redis-1", role="master"}}', "values": "1x20"})
    disagree = replace(base, 'pod="cache-sentinel-2", master_name',
                       {"series": f'redis_sentinel_master_status{{{SENTINEL}, pod="cache-sentinel-2", master_name="lighthouse", '
                                  'master_address="cache-redis-1:6379", master_status="ok"}', "values": "1x20"})
    link_down = replace(base, 'redis_master_link_up{' + REDIS + ', pod="cache-redis-2"',
                        {"series": f'redis_master_link_up{{{REDIS}, pod="cache-redis-2", master_host="cache-redis-0", master_port="6379"}}',
                         "values": "0x20"})
    link_down = replace(link_down, 'redis_connected_slaves{' + REDIS + ', pod="cache-redis-0"',
                        {"series": f'redis_connected_slaves{{{REDIS}, pod="cache-redis-0"}}', "values": "1x20"})
    full = replace(base, 'redis_memory_used_bytes{' + REDIS + ', pod="cache-redis-1"',
                   {"series": f'redis_memory_used_bytes{{{REDIS}, pod="cache-redis-1"}}', "values": "950x20"})

    # Only the alert under test may fire in each case.
    tests = {
        "rule_files": ["rules.yaml"],
        "evaluation_interval": "15s",
        "tests": [
            {"interval": "15s", "input_series": base,
             "alert_rule_test": [{"eval_time": "5m", "alertname": a, "exp_alerts": []} for a in ALERTS]},
            case(no_primary, "SentinelCacheNoPrimary", {"namespace": NS, "service": "cache-redis", "role": "master"}),
            case(two_primaries, "SentinelCacheMultiplePrimaries", {}, {"{{ $value }}": "2"}),
            case(disagree, "SentinelCacheSentinelsDisagree", {}),
            case(link_down, "SentinelCacheReplicationBroken", {}),
            case(full, "SentinelCacheMemoryNearMax", {"namespace": NS, "service": "cache-redis", "pod": "cache-redis-1"},
                 {"{{ $labels.pod }}": "cache-redis-1", "{{ $value | humanizePercentage }}": "95%"}),
        ],
    }
    (tmp_path / "tests.yaml").write_text(yaml.safe_dump(tests, sort_keys=False))
    result = subprocess.run([PROMTOOL, "test", "rules", str(tmp_path / "tests.yaml")], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
