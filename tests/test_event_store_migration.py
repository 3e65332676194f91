"""EventStoreMigration: the Job's shape, its validation, and the rendered scripts run for real
(Debian's pgloader, sqlite3 and PostgreSQL) against a throwaway local server."""

from __future__ import annotations

import glob
import os
import pwd
import random
import re
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import uuid
from pathlib import Path
from typing import Any, Iterator

import cdk8s
import pytest
import yaml
from pydantic import ValidationError

from lighthouse_constructs.environments import ConfigError, parse_environment
from lighthouse_constructs.graph import DependencyGraph
from lighthouse_constructs.handles import SecretRef
from lighthouse_constructs.namespace import LighthouseNamespace, NamespaceProps
from lighthouse_constructs.postgres import (
    EventStoreMigration,
    EventStoreMigrationProps,
    PostgresHA,
    PostgresHAProps,
)

from support import ROOT, Manifests

NS = "lighthouse-data"
IMAGE = "ghcr.io/lighthouse/event-store-migrator:1.0.0@sha256:" + "5e" * 32
OWNER = SecretRef("events-app", NS, ("username", "password"))
PASSWORD = "pa:ss@w/rd 'x"


def synthesize(**overrides: Any) -> tuple[Any, dict[str, dict]]:
    chart = cdk8s.Testing.chart()
    namespace = LighthouseNamespace(chart, "Ns", NamespaceProps(name=NS, tier="data"))
    pg = PostgresHA(chart, "Events", PostgresHAProps(name="events", database="events", production=False),
                    namespace=namespace, owner_secret=OWNER)
    props = EventStoreMigrationProps(**{"image": IMAGE, "source_claim": "legacy-event-store", **overrides})
    EventStoreMigration(chart, "Migration", props, namespace=namespace, target=pg)
    objects = {f"{o['kind']}/{o['metadata']['name']}": o for o in cdk8s.Testing.synth(chart)}
    return chart, objects


def the_job(objects: dict[str, dict]) -> dict:
    (job,) = [o for k, o in objects.items() if k.startswith("Job/")]
    return job


def props_error(**overrides: Any) -> str:
    with pytest.raises(ValidationError) as err:
        EventStoreMigrationProps(**{"image": IMAGE, "source_claim": "legacy", **overrides})
    return str(err.value)


# -- the Job --------------------------------------------------------------------------------


def test_can_render_a_restricted_job_that_reads_credentials_from_files() -> None:
    chart, objects = synthesize()
    job = the_job(objects)
    pod = job["spec"]["template"]["spec"]
    assert job["spec"]["backoffLimit"] == 2 and job["spec"]["activeDeadlineSeconds"] == 3600
    assert pod["restartPolicy"] == "Never" and pod["automountServiceAccountToken"] is False
    assert pod["serviceAccountName"] == "event-store-migration"
    assert objects["ServiceAccount/event-store-migration"]["automountServiceAccountToken"] is False
    (container,) = pod["containers"]
    assert container["image"] == IMAGE and container["imagePullPolicy"] == "Always"
    assert container["command"] == ["sh", "/etc/event-store-migration/migrate.sh"]
    ctx = container["securityContext"]
    assert ctx["runAsNonRoot"] is True and ctx["runAsUser"] >= 10000 and ctx["readOnlyRootFilesystem"] is True
    assert ctx["allowPrivilegeEscalation"] is False and ctx["capabilities"] == {"drop": ["ALL"]}
    assert ctx["seccompProfile"] == {"type": "RuntimeDefault"}
    assert set(container["resources"]) == {"requests", "limits"}
    env = {e["name"]: e.get("value") for e in container["env"]}
    assert all("valueFrom" not in e for e in container["env"]), "credentials are files, not env vars"
    assert env["PG_HOST"] == "events-rw.lighthouse-data.svc.cluster.local", "pgloader needs a session: no PgBouncer"
    assert env["SOURCE_PATH"] == "/source/events.db"
    volumes = {v["name"]: v for v in pod["volumes"]}
    assert volumes["credentials"]["secret"]["secretName"] == "events-app"
    assert {i["path"] for i in volumes["credentials"]["secret"]["items"]} == {"PG_USER", "PG_PASSWORD"}
    assert volumes["source"]["persistentVolumeClaim"] == {"claimName": "legacy-event-store", "readOnly": True}
    assert {m["mountPath"] for m in container["volumeMounts"]} >= {"/work", "/tmp", "/source"}
    scripts = objects["ConfigMap/event-store-migration"]["data"]
    assert set(scripts) == {"load.load", "verify.sh", "migrate.sh"}
    assert "PASSWORD" not in scripts["load.load"].upper().replace("PGPASSWORD", ""), "no secret in the command file"

    graph = DependencyGraph.of(chart)
    assert [(d.source.name, d.target.name, d.port) for d in graph.dependencies if d.source.name == "event-store-migration"] == [
        ("event-store-migration", "events", 5432)
    ]


def test_can_give_the_job_a_priority_class() -> None:
    class DataCritical:
        name, value = "data-critical", 1_000_000

    chart = cdk8s.Testing.chart()
    namespace = LighthouseNamespace(chart, "Ns", NamespaceProps(name=NS, tier="data"))
    pg = PostgresHA(chart, "Events", PostgresHAProps(name="events", database="events", production=False),
                    namespace=namespace, owner_secret=OWNER)
    EventStoreMigration(chart, "Migration", EventStoreMigrationProps(image=IMAGE, source_claim="legacy"),
                        namespace=namespace, target=pg, priority_class=DataCritical())
    (job,) = [o for o in cdk8s.Testing.synth(chart) if o["kind"] == "Job"]
    assert job["spec"]["template"]["spec"]["priorityClassName"] == "data-critical"
    assert "priorityClassName" not in the_job(synthesize()[1])["spec"]["template"]["spec"]


def test_can_complete_under_istio_and_get_a_new_name_whenever_its_spec_changes() -> None:
    _, objects = synthesize()
    job = the_job(objects)
    assert job["spec"]["template"]["metadata"]["annotations"]["sidecar.istio.io/nativeSidecar"] == "true"
    name = job["metadata"]["name"]
    assert re.fullmatch(r"event-store-migration-[0-9a-f]{8}", name)
    assert the_job(synthesize()[1])["metadata"]["name"] == name, "deterministic: an unchanged spec keeps its name"
    for change in ({"image": IMAGE.replace("5e" * 32, "6f" * 32)}, {"source_claim": "other-claim"}, {"backoff_limit": 3}):
        assert the_job(synthesize(**change)[1])["metadata"]["name"] != name, change
    assert "ConfigMap/event-store-migration" in objects and "ServiceAccount/event-store-migration" in objects


def test_can_verify_the_server_against_the_cluster_ca_mounted_as_a_file() -> None:
    _, objects = synthesize()
    pod = the_job(objects)["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    env = {e["name"]: e.get("value") for e in container["env"]}
    ca_file = "/var/run/secrets/event-store-migration-ca/ca.crt"
    assert (env["PGSSLMODE"], env["PGSSLROOTCERT"], env["SSL_CERT_FILE"]) == ("verify-full", ca_file, ca_file)
    volumes = {v["name"]: v for v in pod["volumes"]}
    assert volumes["server-ca"]["secret"]["secretName"] == "events-ca", "the CA CloudNativePG creates for cluster events"
    assert volumes["server-ca"]["secret"]["items"] == [{"key": "ca.crt", "path": "ca.crt"}]
    assert {"name": "server-ca", "mountPath": "/var/run/secrets/event-store-migration-ca", "readOnly": True} in container["volumeMounts"]
    scripts = objects["ConfigMap/event-store-migration"]["data"]
    assert "?sslmode=require\n" in scripts["load.load"] and "sslmode=prefer" not in scripts["load.load"]
    assert "no-ssl-cert-verification" not in scripts["migrate.sh"]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"image": "debian:bookworm"}, "image 'debian:bookworm' is not pinned by digest"),
        ({"source_path": "/data/events.db"}, "source_path '/data/events.db' must be a file path relative to the claim's root"),
        ({"source_path": "../events.db"}, "source_path '../events.db' must be a file path relative to the claim's root"),
        ({"work_volume_size": "4GB"}, "work_volume_size '4GB' is not a size; expected a whole number of Mi, Gi or Ti"),
        ({"target_schema": "Event Store"}, "target_schema\n  String should match pattern"),
    ],
)
def test_fails_if_props_are_invalid(overrides: dict[str, Any], message: str) -> None:
    assert message in props_error(**overrides)


def test_fails_if_the_credentials_live_in_another_namespace() -> None:
    chart = cdk8s.Testing.chart()
    data = LighthouseNamespace(chart, "Data", NamespaceProps(name=NS))
    other = LighthouseNamespace(chart, "Jobs", NamespaceProps(name="lighthouse-jobs"))
    pg = PostgresHA(chart, "Events", PostgresHAProps(name="events", production=False), namespace=data, owner_secret=OWNER)
    with pytest.raises(ValueError) as err:
        EventStoreMigration(chart, "M", EventStoreMigrationProps(image=IMAGE, source_claim="c"), namespace=other, target=pg)
    assert str(err.value) == (
        "migration event-store-migration: the database credentials must be one secret in lighthouse-jobs; "
        "got ['events-app'] (other namespaces: ['lighthouse-data/events-app'])"
    )


# -- the real migration ---------------------------------------------------------------------


def _postgres_bindir() -> Path | None:
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


BINDIR = _postgres_bindir()
MISSING = [b for b in ("pgloader", "sqlite3", "psql", "runuser", "openssl") if not shutil.which(b)] + (
    [] if BINDIR else ["initdb/pg_ctl"]
)
real = pytest.mark.skipif(bool(MISSING), reason=f"needs {', '.join(MISSING)} (Debian packages postgresql pgloader sqlite3)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server() -> Iterator[dict[str, str]]:
    """A throwaway PostgreSQL (as the postgres user when we are root: it refuses to run as root)
    with an `events` database owned by a password-authenticated `events` role."""
    assert BINDIR is not None
    base = Path(tempfile.mkdtemp(prefix="lighthouse-pg-", dir="/tmp"))
    base.chmod(0o755)
    run_as: list[str] = []
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no postgres user to run the server as")
        os.chown(base, user.pw_uid, user.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    data, port = base / "data", str(_free_port())

    def pg(*args: str) -> None:
        subprocess.run([*run_as, *args], check=True, capture_output=True, text=True, timeout=60)

    pg(str(BINDIR / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "--no-locale", "-E", "UTF8", "--no-sync")
    # The Job's role may connect over TLS only; the CA stands in for CloudNativePG's <cluster>-ca.
    (data / "pg_hba.conf").write_text(
        "local all postgres trust\nhost all postgres 127.0.0.1/32 trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n"
    )
    ca, other_ca = make_ca(base, "ca"), make_ca(base, "other-ca")
    server_cert(base, ca, "127.0.0.1")
    if run_as:
        for name in ("server.crt", "server.key"):
            os.chown(base / name, user.pw_uid, user.pw_gid)
    options = (f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c ssl=on "
               f"-c ssl_cert_file={base}/server.crt -c ssl_key_file={base}/server.key")
    pg(str(BINDIR / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "server.log"), "-w", "start")
    try:
        escaped = PASSWORD.replace("'", "''")
        superuser(port, f"CREATE ROLE events LOGIN PASSWORD '{escaped}'", "CREATE DATABASE events OWNER events", db="postgres")
        yield {"port": port, "ca": str(ca), "other_ca": str(other_ca)}
    finally:
        subprocess.run([*run_as, str(BINDIR / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=60)


def make_ca(base: Path, name: str) -> Path:
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN=lighthouse test {name}",
             "-keyout", str(base / f"{name}.key"), "-out", str(base / f"{name}.crt"))
    return base / f"{name}.crt"


def server_cert(base: Path, ca: Path, ip: str) -> None:
    """A server certificate for `ip` (an IP SAN: libpq's verify-full checks it) signed by `ca`."""
    (base / "san.cnf").write_text(f"subjectAltName = IP:{ip}\n")
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=events-rw", "-keyout", str(base / "server.key"),
             "-out", str(base / "server.csr"))
    _openssl("x509", "-req", "-in", str(base / "server.csr"), "-CA", str(ca), "-CAkey", str(ca.with_suffix(".key")),
             "-CAcreateserial", "-days", "2", "-extfile", str(base / "san.cnf"), "-out", str(base / "server.crt"))
    (base / "server.key").chmod(0o600)


def superuser(port: str, *statements: str, db: str = "events") -> str:
    args = ["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-d", db]
    for statement in statements:
        args += ["-c", statement]
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=30).stdout.strip()


def build_event_store(path: Path, streams: int = 400) -> tuple[int, sqlite3.Connection]:
    """A SQLite event store (WAL mode) of a few thousand events. The last events stay in the WAL
    of the connection returned, still open, as when the store was in use until just now."""
    rng = random.Random(7)
    db = sqlite3.connect(path)
    db.executescript(
        """
        PRAGMA journal_mode = WAL;
        CREATE TABLE streams (stream_id TEXT PRIMARY KEY, stream_type TEXT NOT NULL, version INTEGER NOT NULL);
        CREATE TABLE events (
          event_id TEXT PRIMARY KEY, stream_id TEXT NOT NULL REFERENCES streams (stream_id),
          version INTEGER NOT NULL, event_type TEXT NOT NULL, payload TEXT NOT NULL, recorded_at TEXT NOT NULL,
          UNIQUE (stream_id, version));
        CREATE TABLE "Snapshots" (stream_id TEXT PRIMARY KEY, version INTEGER NOT NULL, state BLOB,
          "Score" REAL, taken_at DATETIME);
        """
    )
    total = 0
    for s in range(streams):
        stream, count = f"vessel-{s:05d}", rng.randint(1, 20)
        db.execute("INSERT INTO streams VALUES (?, 'vessel', ?)", (stream, count))
        for version in range(1, count + 1):
            db.execute(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)",
                (str(uuid.UUID(int=rng.getrandbits(128))), stream, version, rng.choice(["Sighted", "Moved", "Docked"]),
                 f'{{"lat": {rng.uniform(-90, 90):.5f}, "note": "é|\\t"}}', f"2026-01-01T00:{version:02d}:00Z"),
            )
            total += 1
        if s % 50 == 0:
            score = None if s % 100 == 0 else rng.uniform(-1e6, 1e6) / 3
            db.execute("INSERT INTO \"Snapshots\" VALUES (?, ?, ?, ?, ?)",
                       (stream, count, bytes([0, 1, s % 256, 0x7c]), score, f"2026-01-01 00:{s % 60:02d}:00"))
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA wal_autocheckpoint = 0")
    for version in range(1, 101):  # only in the WAL
        db.execute("INSERT INTO events VALUES (?, 'vessel-99999', ?, 'Sighted', '{}', '2026-02-01T00:00:00Z')",
                   (str(uuid.UUID(int=rng.getrandbits(128))), version))
    db.execute("INSERT INTO streams VALUES ('vessel-99999', 'vessel', 100)")
    db.commit()
    assert Path(f"{path}-wal").stat().st_size > 0
    return total + 100, db


@real
def test_can_migrate_the_sqlite_event_store_and_detect_a_changed_row(server: dict[str, str], tmp_path: Path) -> None:
    _, objects = synthesize()
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    for name, text in objects["ConfigMap/event-store-migration"]["data"].items():
        (scripts / name).write_text(text)
    pod = the_job(objects)["spec"]["template"]["spec"]
    job_env = {e["name"]: e["value"] for e in pod["containers"][0]["env"]}
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    credentials = next(v for v in pod["volumes"] if v["name"] == "credentials")["secret"]["items"]
    for item in credentials:
        (secrets / item["path"]).write_text({"username": "events", "password": PASSWORD}[item["key"]])
    events, writer = build_event_store(tmp_path / "events.db")
    work = tmp_path / "work"
    work.mkdir()
    env = {
        **job_env, "PATH": os.environ["PATH"], "HOME": str(tmp_path), "TMPDIR": str(tmp_path),
        "PG_HOST": "127.0.0.1", "PG_PORT": server["port"],
        "SOURCE_PATH": str(tmp_path / "events.db"), "WORK_DIR": str(work), "SECRETS_DIR": str(secrets),
        "PGSSLROOTCERT": server["ca"], "SSL_CERT_FILE": server["ca"],
    }
    assert (job_env["PGSSLMODE"], job_env["PGSSLROOTCERT"]) == ("verify-full", job_env["SSL_CERT_FILE"])

    def run(script: str, *args: str, extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["sh", str(scripts / script), *args], env={**env, **(extra or {})},
                              capture_output=True, text=True, timeout=180)

    # pgloader trusts only the cluster CA too: against another CA it loads nothing.
    untrusted_load = run("migrate.sh", extra={"SSL_CERT_FILE": server["other_ca"]})
    assert untrusted_load.returncode != 0 and "== verify" not in untrusted_load.stdout, untrusted_load.stdout[-2000:]
    assert "SSL verify error" in untrusted_load.stdout + untrusted_load.stderr

    # A run that died half-way left a staging schema behind: the next run starts over.
    superuser(server["port"], "CREATE SCHEMA eventstore_staging AUTHORIZATION events",
              "CREATE TABLE eventstore_staging.events (half integer)", "ALTER TABLE eventstore_staging.events OWNER TO events")
    first = run("migrate.sh")
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    assert "ok    eventstore.events: %d rows" % events in first.stdout
    assert "ok    eventstore.snapshots: 8 rows" in first.stdout
    assert "ok    checksum of eventstore_staging.events (6 columns, every row)" in first.stdout
    assert "ok    checksum of eventstore.snapshots (5 columns, every row)" in first.stdout
    assert superuser(server["port"], "SELECT count(*) FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) "
                                     "WHERE usename = 'events' AND NOT ssl") == "0"
    assert superuser(server["port"], "SELECT count(*) FROM eventstore.events") == str(events)
    assert superuser(server["port"], "SELECT count(*) FROM pg_namespace WHERE nspname = 'eventstore_staging'") == "0"
    writer.close()

    again = run("migrate.sh")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "already migrated and verified; nothing to do" in again.stdout
    assert superuser(server["port"], "SELECT count(*) FROM eventstore.events") == str(events), "a re-run adds nothing"

    libpq = {"PGHOST": "127.0.0.1", "PGPORT": server["port"], "PGDATABASE": "events", "PGUSER": "events",
             "PGPASSWORD": PASSWORD, "SOURCE_DB": str(work / "events.db")}
    verified = run("verify.sh", "eventstore", extra=libpq)
    assert verified.returncode == 0, verified.stdout + verified.stderr

    # One byte of one payload, nothing else: counts and keys still match.
    superuser(server["port"], "UPDATE eventstore.events SET payload = overlay(payload placing 'X' from 2 for 1) "
                              "WHERE event_id = (SELECT min(event_id) FROM eventstore.events)")
    altered = run("verify.sh", "eventstore", extra=libpq)
    assert altered.returncode == 1, altered.stdout + altered.stderr
    assert "FAIL  checksum of eventstore.events (6 columns): eventstore has" in altered.stdout
    assert "ok    eventstore.events: %d rows" % events in altered.stdout, "counts alone would not notice"
    assert "ok    checksum of eventstore.snapshots" in altered.stdout, "the failure names the table that differs"

    # One ulp of one float: equal to 15 significant digits, and still a difference.
    before = superuser(server["port"], "SELECT score::text FROM eventstore.snapshots WHERE stream_id = 'vessel-00050'")
    superuser(server["port"], "UPDATE eventstore.snapshots SET score = score * (1 + 5e-16) WHERE stream_id = 'vessel-00050'")
    after = superuser(server["port"], "SELECT score::text FROM eventstore.snapshots WHERE stream_id = 'vessel-00050'")
    assert before != after and float(f"{float(before):.15g}") == float(f"{float(after):.15g}")
    nudged = run("verify.sh", "eventstore", extra=libpq)
    assert nudged.returncode == 1 and "FAIL  checksum of eventstore.snapshots (5 columns)" in nudged.stdout, nudged.stdout

    untrusted = run("verify.sh", "eventstore", extra={**libpq, "PGSSLROOTCERT": server["other_ca"]})
    assert untrusted.returncode == 1 and "certificate verify failed" in untrusted.stderr, untrusted.stderr
    assert untrusted.stdout == "FAIL  cannot connect to PostgreSQL (see above)\n"

    refused = run("migrate.sh")
    assert refused.returncode == 1
    assert "schema eventstore exists but differs from the source; refusing to overwrite it" in refused.stderr

    superuser(server["port"], "DELETE FROM eventstore.snapshots WHERE stream_id = 'vessel-00000'")
    missing = run("verify.sh", "eventstore", extra=libpq)
    assert missing.returncode == 1
    assert "FAIL  eventstore.snapshots: 7 rows, source Snapshots has 8" in missing.stdout

    superuser(server["port"], "DROP TABLE eventstore.snapshots")
    dropped = run("verify.sh", "eventstore", extra=libpq)
    assert dropped.returncode == 1
    assert "FAIL  eventstore.snapshots: no such table, source Snapshots has 8 rows" in dropped.stdout


# -- config and the environment charts -------------------------------------------------------


def test_charts_place_the_migration_where_the_config_names_a_source_volume_and_an_image(env_manifests: Manifests) -> None:
    jobs = [j for j in env_manifests.all("Job", "lighthouse-data") if j["metadata"]["name"].startswith("event-store-migration-")]
    if env_manifests.env == "dev":  # dev.yaml names no source volume: no migration
        assert jobs == []
        return
    (job,) = jobs
    pod = job["spec"]["template"]
    assert pod["metadata"]["annotations"]["sidecar.istio.io/nativeSidecar"] == "true"
    volumes = {v["name"]: v for v in pod["spec"]["volumes"]}
    assert volumes["source"]["persistentVolumeClaim"] == {"claimName": "lighthouse-event-store-sqlite", "readOnly": True}
    assert volumes["server-ca"]["secret"]["secretName"] == "lighthouse-events-ca"
    env = {e["name"]: e["value"] for e in pod["spec"]["containers"][0]["env"]}
    assert env["PG_HOST"] == "lighthouse-events-rw.lighthouse-data.svc.cluster.local"
    assert "@sha256:" in pod["spec"]["containers"][0]["image"]


@pytest.mark.parametrize("given", ["source_claim", "image"])
def test_fails_if_the_config_names_only_one_of_source_volume_and_image(given: str) -> None:
    data = yaml.safe_load((ROOT / "config" / "staging.yaml").read_text())
    section = data["event_store_migration"]
    data["event_store_migration"] = {given: section[given]}
    missing = {"source_claim": "image", "image": "source_claim"}[given]
    with pytest.raises(ConfigError, match=rf"staging.yaml: invalid configuration:\n  event_store_migration.{missing}: Field required"):
        parse_environment(data, "staging.yaml")


def test_fails_if_the_config_migrates_without_a_postgres_section() -> None:
    data = yaml.safe_load((ROOT / "config" / "staging.yaml").read_text())
    del data["postgres"]
    data["connections"] = [c for c in data["connections"] if c["target"] != "postgres"]
    with pytest.raises(ConfigError, match="event_store_migration: migrates into the event store, but there is no postgres section"):
        parse_environment(data, "staging.yaml")
