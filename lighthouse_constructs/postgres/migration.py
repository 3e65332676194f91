"""EventStoreMigration: a Job that moves the SQLite event store into PostgreSQL, verified.

The Job runs `migrate.sh` (rendered here, with `load.load` and `verify.sh`, into a ConfigMap):

1. Copy the SQLite database (and its `-wal` file) from the source volume to scratch space and
   check its integrity. Writers must be stopped: the copy is the snapshot that is loaded and
   verified.
2. If the target schema already exists: verify it against the snapshot. A match means an
   earlier run finished, so exit 0; a mismatch means someone wrote to it since, so refuse to
   touch it and exit 1.
3. Load the snapshot with pgloader into `<target>_staging`, dropped and recreated first, so a
   run that died half-way is simply repeated.
4. Verify staging, table by table: row counts, and a SHA-256 over every column of every row,
   read from both databases. Each value is written in one canonical text on both sides (N for
   NULL, else V and the hex of its bytes: text as UTF-8, integers in decimal, floats as their 8
   IEEE 754 bytes, blobs as they are); a row is its values joined by `|`, and the rows are hashed
   in byte order. A mismatch names the table and exits 1.
5. Rename staging to the target schema (one atomic statement) and verify once more.

So the Job is safe to re-run at any point, and never overwrites data it did not write.

TLS: the trust anchor is the cluster's own CA, the operator's `<cluster>-ca` Secret mounted as a
file. psql connects with `sslmode=verify-full` (PGSSLROOTCERT): chain and host name, which the
server certificate carries for the `-rw` Service. pgloader 3.6 knows no verify-full (its URI
accepts disable/allow/prefer/require, src/parsers/command-db-uri.lisp), so it connects with
`sslmode=require` and, without `--no-ssl-cert-verification`, verifies the chain against
SSL_CERT_FILE: the cluster CA, which signs only that cluster's server certificates.

Types: pgloader loads SQLite REAL/FLOAT as double precision (its default, single-precision real,
would lose digits) and DATETIME/TIMESTAMP/DATE columns as text, byte for byte (convert them in a
later schema migration), so that what is verified is what was stored. Floats compare exactly, bit
for bit: the sqlite3 shell's ieee754_to_blob() against PostgreSQL's float8send(); decimal text
would not do (SQLite 3.40's printf is not exact past 15 digits).

The image must provide sh, pgloader (>= 3.6), psql, the sqlite3 shell (>= 3.32: pragma_table_info
and the built-in ieee754 functions) and coreutils (sort,
sha256sum): Debian's `pgloader postgresql-client sqlite3` packages, the ones the CI test runs the
rendered scripts with. Credentials and the CA are mounted as files (never env vars).
"""

from __future__ import annotations

import hashlib
import json
import posixpath

import cdk8s
import cdk8s_plus_28 as kplus
import constructs
from pydantic import Field, field_validator

from ..conventions import RESTRICTED_RUN_AS_USER, selector_labels, standard_labels
from ..graph import Dependency, DependencyGraph, Workload
from ..handles import MigrationTarget, NamespaceHandle, PriorityClassHandle
from ..operators.istio import NATIVE_SIDECAR
from ..props import Props
from ..quantity import Resources
from ..restricted import container_security_props
from ..scheduling import assign_priority_class
from .props import NAME_PATTERN, STORAGE_PATTERN, _image

COMPONENT = "migration"
ENV_PREFIX = "PG"
CONFIG_DIR = "/etc/event-store-migration"
SECRETS_DIR = "/var/run/secrets/event-store-migration"
CA_DIR = "/var/run/secrets/event-store-migration-ca"
CA_FILE = f"{CA_DIR}/ca.crt"
SOURCE_DIR = "/source"
WORK_DIR = "/work"


def _migration_resources() -> Resources:
    return Resources(cpu_request="250m", cpu_limit="1", memory_request="512Mi", memory_limit="1Gi")


class EventStoreMigrationProps(Props):
    """Props of EventStoreMigration."""

    name: str = Field(default="event-store-migration", pattern=NAME_PATTERN)
    """Names the Job, its ConfigMap and ServiceAccount. Default: event-store-migration."""
    image: str
    """Required. Digest-pinned image with sh, pgloader, psql, sqlite3, sort and sha256sum."""
    source_claim: str = Field(pattern=r"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$")
    """Required. The PersistentVolumeClaim holding the SQLite event store (mounted read-only)."""
    source_path: str = "events.db"
    """The database file, relative to the claim's root. Default: events.db."""
    target_schema: str = Field(default="eventstore", pattern=r"^[a-z_][a-z0-9_]{0,50}$")
    """The PostgreSQL schema the tables end up in (it must not exist before the first run).
    Default: eventstore."""
    work_volume_size: str = "4Gi"
    """Scratch space for the snapshot of the SQLite database (plus its WAL). Default: 4Gi."""
    resources: Resources = Field(default_factory=_migration_resources)
    """Default: 250m/1 CPU, 512Mi/1Gi memory."""
    active_deadline_seconds: int = Field(default=3600, ge=60)
    """The Job fails after this long. Default: 3600."""
    backoff_limit: int = Field(default=2, ge=0, le=10)
    """Retries after a failed run (each one safe, see the module doc). Default: 2."""

    @field_validator("image")
    @classmethod
    def _pinned(cls, value: str) -> str:
        return _image(value)

    @field_validator("source_path")
    @classmethod
    def _inside_the_claim(cls, value: str) -> str:
        normalized = posixpath.normpath(value)
        if value.startswith("/") or normalized.startswith("..") or normalized == ".":
            raise ValueError(f"source_path {value!r} must be a file path relative to the claim's root, e.g. events.db")
        return normalized

    @field_validator("work_volume_size")
    @classmethod
    def _size(cls, value: str) -> str:
        if not STORAGE_PATTERN.match(value):
            raise ValueError(f"work_volume_size {value!r} is not a size; expected a whole number of Mi, Gi or Ti")
        return value

    @property
    def staging_schema(self) -> str:
        return f"{self.target_schema}_staging"



def render_pgloader_command(props: EventStoreMigrationProps) -> str:
    """The pgloader command file. Connection values come from the environment the script sets
    (pgloader expands {{VAR}}); the password is read from PGPASSWORD, never written here."""
    staging = props.staging_schema
    return f"""\
-- Load the SQLite event store snapshot into schema {staging} (rendered by EventStoreMigration).
LOAD DATABASE
  FROM sqlite://{{{{SOURCE_DB}}}}
  INTO postgresql://{{{{PGUSER}}}}@{{{{PGHOST}}}}:{{{{PGPORT}}}}/{{{{PGDATABASE}}}}?sslmode=require
WITH include drop, create tables, create indexes, reset sequences, foreign keys, on error stop
SET PostgreSQL PARAMETERS search_path to '{staging}'
CAST type real to float8 drop typemod using float-to-string,
     type float to float8 drop typemod using float-to-string,
     type datetime to text drop typemod,
     type timestamp to text drop typemod,
     type timestamptz to text drop typemod,
     type date to text drop typemod
BEFORE LOAD DO
  $$ DROP SCHEMA IF EXISTS {staging} CASCADE; $$,
  $$ CREATE SCHEMA {staging}; $$
ALTER TABLE NAMES MATCHING ~/.*/ SET SCHEMA '{staging}';
"""


def render_verify_script(props: EventStoreMigrationProps) -> str:
    """`verify.sh <schema>`: per table, the row count and a SHA-256 over the canonical text of every
    column of every row, SQLite snapshot ($SOURCE_DB) against PostgreSQL; exit 1 on any difference."""
    return VERIFY_SCRIPT


VERIFY_SCRIPT = r"""#!/bin/sh
# verify.sh <schema>: compare the SQLite snapshot $SOURCE_DB with <schema> in PostgreSQL.
# Rendered by EventStoreMigration. Exit 0: identical; exit 1: a difference (printed).
set -eu
schema="$1"
scratch="$WORK_DIR/verify"
rm -rf "$scratch" && mkdir -p "$scratch"
psql_at() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
ident() { case "$1" in ''|*[!A-Za-z0-9_]*) return 1 ;; esac; }
sep=" || '|' || "
status=0
if ! psql_at -c "SELECT 1" >/dev/null; then echo "FAIL  cannot connect to PostgreSQL (see above)"; exit 1; fi

# One value's canonical text, the same on both sides: N for NULL, else V and the upper-case hex of
# its bytes (text as UTF-8, integers as decimal text, floats as their 8 IEEE 754 bytes, bytea as is).
source_value() {  # <SQLite column> <PostgreSQL type>
  case "$2" in
    bytea) v="hex(\"$1\")" ;;
    float4|float8) v="hex(ieee754_to_blob(\"$1\"))" ;;
    bool) v="hex(CASE WHEN \"$1\" THEN 't' ELSE 'f' END)" ;;
    *) v="hex(CAST(\"$1\" AS TEXT))" ;;
  esac
  printf '%s' "CASE WHEN \"$1\" IS NULL THEN 'N' ELSE 'V' || $v END"
}
target_value() {  # <PostgreSQL column> <PostgreSQL type>
  case "$2" in
    bytea) v="encode(\"$1\", 'hex')" ;;
    float4|float8) v="encode(float8send(\"$1\"::float8), 'hex')" ;;
    bool) v="encode(convert_to(CASE WHEN \"$1\" THEN 't' ELSE 'f' END, 'UTF8'), 'hex')" ;;
    *) v="encode(convert_to(\"$1\"::text, 'UTF8'), 'hex')" ;;
  esac
  printf '%s' "CASE WHEN \"$1\" IS NULL THEN 'N' ELSE 'V' || upper($v) END"
}

tables=$(sqlite3 "$SOURCE_DB" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;")
for table in $tables; do
  if ! ident "$table"; then echo "FAIL  table name '$table' is not a plain identifier"; status=1; continue; fi
  target=$(printf '%s' "$table" | tr 'A-Z' 'a-z')   # pgloader downcases identifiers
  source_rows=$(sqlite3 "$SOURCE_DB" "SELECT count(*) FROM \"$table\";")
  if ! target_rows=$(psql_at -c "SELECT count(*) FROM \"$schema\".\"$target\"" 2>/dev/null); then
    echo "FAIL  $schema.$target: no such table, source $table has $source_rows rows"
    status=1
    continue
  elif [ "$source_rows" = "$target_rows" ]; then
    echo "ok    $schema.$target: $source_rows rows"
  else
    echo "FAIL  $schema.$target: $target_rows rows, source $table has $source_rows"
    status=1
  fi

  columns=$(psql_at -F '|' -c "SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = '$schema' AND table_name = '$target' ORDER BY ordinal_position")
  source_columns=$(sqlite3 "$SOURCE_DB" "SELECT count(*) FROM pragma_table_info('$table');")
  source_row="" target_row="" n=0 broken=""
  while IFS='|' read -r column type; do
    [ -n "$column" ] || continue
    source_column=""
    if ident "$column"; then
      source_column=$(sqlite3 "$SOURCE_DB" "SELECT name FROM pragma_table_info('$table') WHERE lower(name) = '$column';")
    fi
    if ! ident "$column" || ! ident "$source_column"; then
      echo "FAIL  $schema.$target.$column: no column of that name in source $table"; broken=1; break
    fi
    if [ -n "$source_row" ]; then source_row="$source_row$sep" target_row="$target_row$sep"; fi
    source_row="$source_row$(source_value "$source_column" "$type")"
    target_row="$target_row$(target_value "$column" "$type")"
    n=$((n + 1))
  done <<COLUMNS
$columns
COLUMNS
  if [ -z "$broken" ] && [ "$n" != "$source_columns" ]; then
    echo "FAIL  $schema.$target: $n columns, source $table has $source_columns"; broken=1
  fi
  if [ -n "$broken" ]; then status=1; continue; fi

  # Every column of every row, hashed in byte order of the canonical rows. A side that cannot be
  # read hashes a marker of its own, so two unreadable sides never match.
  source_sum=$( { sqlite3 "$SOURCE_DB" "SELECT $source_row FROM \"$table\";" || echo "unreadable source"; } \
    | LC_ALL=C sort -T "$scratch" | sha256sum | cut -d ' ' -f 1)
  target_sum=$( { psql_at -c "SELECT $target_row FROM \"$schema\".\"$target\"" \
    || echo "unreadable target"; } | LC_ALL=C sort -T "$scratch" | sha256sum | cut -d ' ' -f 1)
  if [ "$source_sum" = "$target_sum" ]; then
    echo "ok    checksum of $schema.$target ($n columns, every row): $source_sum"
  else
    echo "FAIL  checksum of $schema.$target ($n columns): $schema has $target_sum, source $table has $source_sum"
    status=1
  fi
done
rm -rf "$scratch"
exit "$status"
"""


def render_migrate_script(props: EventStoreMigrationProps) -> str:
    """`migrate.sh`: snapshot, idempotency check, load into staging, verify, publish, verify."""
    p = ENV_PREFIX
    target, staging = props.target_schema, props.staging_schema
    return f"""\
#!/bin/sh
# migrate.sh: load the SQLite event store into schema {target}, verified, at most once.
# Rendered by EventStoreMigration; every step is safe to repeat (see its module doc).
set -eu
here=$(dirname "$0")
export PGHOST="${p}_HOST" PGPORT="${p}_PORT" PGDATABASE="${p}_DATABASE"
PGUSER=$(cat "$SECRETS_DIR/{p}_USER")
PGPASSWORD=$(cat "$SECRETS_DIR/{p}_PASSWORD")
export PGUSER PGPASSWORD
export PGAPPNAME=event-store-migration
psql_at() {{ psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }}

echo "== snapshot $SOURCE_PATH"
export SOURCE_DB="$WORK_DIR/events.db"
rm -f "$SOURCE_DB" "$SOURCE_DB-wal" "$SOURCE_DB-shm"
cp "$SOURCE_PATH" "$SOURCE_DB"
if [ -f "$SOURCE_PATH-wal" ]; then cp "$SOURCE_PATH-wal" "$SOURCE_DB-wal"; fi
integrity=$(sqlite3 "$SOURCE_DB" "PRAGMA integrity_check;")
if [ "$integrity" != "ok" ]; then echo "source database is damaged: $integrity" >&2; exit 1; fi

exists=$(psql_at -c "SELECT count(*) FROM pg_namespace WHERE nspname = '{target}'")
if [ "$exists" != "0" ]; then
  echo "== schema {target} exists: verifying it against the source"
  if sh "$here/verify.sh" {target}; then
    echo "== already migrated and verified; nothing to do"
    exit 0
  fi
  echo "schema {target} exists but differs from the source; refusing to overwrite it" >&2
  exit 1
fi

echo "== load into {staging}"
pgloader "$here/load.load"
echo "== verify {staging}"
sh "$here/verify.sh" {staging}
echo "== publish {staging} as {target}"
psql_at -c "ALTER SCHEMA {staging} RENAME TO {target}"
echo "== verify {target}"
sh "$here/verify.sh" {target}
echo "== migrated"
"""


class EventStoreMigration(constructs.Construct):
    """The migration Job, its ConfigMap (`load.load`, `verify.sh`, `migrate.sh`) and a
    dedicated ServiceAccount without a token, in a Pod Security "restricted" pod.

    It connects to `target.direct_connection()` (the primary, not PgBouncer: pgloader needs a
    session of its own) and records that flow in the DependencyGraph. `priority_class`: the Job's
    PriorityClass (in the data namespace, the data tier's); default: none."""

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        props: EventStoreMigrationProps,
        *,
        namespace: NamespaceHandle,
        target: MigrationTarget,
        priority_class: PriorityClassHandle | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.props = props
        self.namespace = namespace.name
        self.labels = standard_labels(props.name, COMPONENT)
        connection = target.direct_connection(ENV_PREFIX, owner=True)  # the Job runs beside the cluster
        refs = dict(connection.secret_env)
        secrets = {ref.secret_name for ref in refs.values()}
        foreign = sorted({f"{ref.namespace}/{ref.secret_name}" for ref in refs.values() if ref.namespace != self.namespace})
        if foreign or len(secrets) != 1:
            raise ValueError(
                f"migration {props.name}: the database credentials must be one secret in {self.namespace}; "
                f"got {sorted(secrets)}" + (f" (other namespaces: {foreign})" if foreign else "")
            )

        def meta(name: str | None = None) -> cdk8s.ApiObjectMetadata:
            return cdk8s.ApiObjectMetadata(name=name or props.name, namespace=self.namespace, labels=self.labels)

        scripts = {
            "load.load": render_pgloader_command(props),
            "verify.sh": render_verify_script(props),
            "migrate.sh": render_migrate_script(props),
        }
        self.config_map = kplus.ConfigMap(self, "Scripts", metadata=meta(), data=scripts)
        self.service_account = kplus.ServiceAccount(self, "ServiceAccount", metadata=meta(), automount_token=False)
        r = props.resources
        source_file = posixpath.join(SOURCE_DIR, props.source_path)
        ca = target.server_ca
        # A Job's pod template is immutable: Argo CD could not apply a changed spec to the same
        # name. The name carries a digest of everything the Job runs, so a change is a new Job (a
        # re-run, which is safe: see the module doc) and an unchanged spec keeps its name.
        inputs = [props.model_dump_json(), json.dumps(sorted(connection.env)), json.dumps(sorted(
            (name, ref.secret_name, ref.key) for name, ref in refs.items())), ca.secret_name, ca.key,
            *(scripts[k] for k in sorted(scripts))]
        self.job_name = f"{props.name}-{hashlib.sha256(chr(0).join(inputs).encode()).hexdigest()[:8]}"
        """`<name>-<8 hex digits of the spec>`: deterministic, and new whenever the spec changes."""
        self.job = kplus.Job(
            self,
            "Job",
            metadata=meta(self.job_name),
            pod_metadata=cdk8s.ApiObjectMetadata(
                labels=self.labels,
                # Istio's proxy as a native sidecar (an init container with restartPolicy Always)
                # stops when the migration exits; a classic sidecar would keep the Job running.
                annotations=dict(NATIVE_SIDECAR),
            ),
            active_deadline=cdk8s.Duration.seconds(props.active_deadline_seconds),
            backoff_limit=props.backoff_limit,
            restart_policy=kplus.RestartPolicy.NEVER,
            service_account=self.service_account,
            automount_service_account_token=False,
            security_context=kplus.PodSecurityContextProps(
                ensure_non_root=True,
                user=RESTRICTED_RUN_AS_USER,
                group=RESTRICTED_RUN_AS_USER,
                fs_group=RESTRICTED_RUN_AS_USER,
            ),
        )
        container = self.job.add_container(
            name="migrate",
            image=props.image,
            image_pull_policy=kplus.ImagePullPolicy.ALWAYS,
            command=["sh", f"{CONFIG_DIR}/migrate.sh"],
            env_variables={
                **{name: kplus.EnvValue.from_value(value) for name, value in connection.env},
                "SOURCE_PATH": kplus.EnvValue.from_value(source_file),
                "WORK_DIR": kplus.EnvValue.from_value(WORK_DIR),
                "SECRETS_DIR": kplus.EnvValue.from_value(SECRETS_DIR),
                "PGSSLMODE": kplus.EnvValue.from_value("verify-full"),
                "PGSSLROOTCERT": kplus.EnvValue.from_value(CA_FILE),
                "SSL_CERT_FILE": kplus.EnvValue.from_value(CA_FILE),  # pgloader's OpenSSL trust
                "HOME": kplus.EnvValue.from_value("/tmp"),
                "TMPDIR": kplus.EnvValue.from_value("/tmp"),
            },
            resources=r.container_resources(),
            security_context=container_security_props(),
        )
        container.mount(CONFIG_DIR, kplus.Volume.from_config_map(self, "ScriptsVolume", self.config_map, name="scripts"), read_only=True)
        secret = kplus.Secret.from_secret_name(self, "Credentials", secrets.pop())
        container.mount(
            SECRETS_DIR,
            kplus.Volume.from_secret(
                self, "CredentialsVolume", secret, name="credentials", default_mode=0o440,
                items={ref.key: kplus.PathMapping(path=env_name) for env_name, ref in refs.items()},
            ),
            read_only=True,
        )
        if ca.namespace != self.namespace:
            raise ValueError(
                f"migration {props.name}: the server CA secret {ca.namespace}/{ca.secret_name} must be in "
                f"{self.namespace}, the Job's namespace"
            )
        container.mount(
            CA_DIR,
            kplus.Volume.from_secret(
                self, "ServerCaVolume", kplus.Secret.from_secret_name(self, "ServerCa", ca.secret_name), name="server-ca",
                default_mode=0o444, items={ca.key: kplus.PathMapping(path="ca.crt")},
            ),
            read_only=True,
        )
        claim = kplus.PersistentVolumeClaim.from_claim_name(self, "SourceClaim", props.source_claim)
        container.mount(SOURCE_DIR, kplus.Volume.from_persistent_volume_claim(self, "SourceVolume", claim, name="source", read_only=True), read_only=True)
        container.mount(
            WORK_DIR,
            kplus.Volume.from_empty_dir(self, "WorkVolume", "work", size_limit=_size(props.work_volume_size)),
        )
        container.mount("/tmp", kplus.Volume.from_empty_dir(self, "TmpVolume", "tmp", size_limit=cdk8s.Size.gibibytes(1)))
        cdk8s.ApiObject.of(self.job).add_json_patch(
            # cdk8s-plus labels pods with its construct address; our labels identify them instead.
            cdk8s.JsonPatch.remove("/spec/template/metadata/labels/cdk8s.io~1metadata.addr"),
        )
        assign_priority_class(self, priority_class)

        self.workload = Workload(
            name=props.name,
            namespace=self.namespace,
            service_account=props.name,
            pod_labels=tuple(sorted(selector_labels(props.name).items())),
        )
        graph = DependencyGraph.of(self)
        graph.add_workload(self.workload, ())
        for endpoint in connection.endpoints:
            graph.add_dependency(
                Dependency(source=self.workload, target=endpoint.target, port=endpoint.port, protocol=endpoint.protocol)
            )


def _size(quantity: str) -> cdk8s.Size:
    """An emptyDir size limit in Mi, as cdk8s-plus prints it."""
    from ..quantity import quantity_value

    return cdk8s.Size.mebibytes(quantity_value(quantity) / 2**20)
