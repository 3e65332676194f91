# rotate-password.sh: make every Redis node and Sentinel match the mounted password files, in an
# order that never refuses a client, a replica or a Sentinel that uses either password.
#
# Run it in any Redis or Sentinel pod (kubectl exec; docs/runbooks/redis-password-rotation.md),
# once per step of a rotation, after that pod's files show the step's Secret:
#   1. password=OLD alternate=NEW   every node also accepts NEW; everyone still uses OLD
#   2. password=NEW alternate=OLD   replicas, Sentinels and (rolled) clients switch to NEW
#   3. password=NEW alternate=NEW   every node accepts NEW only: OLD is refused
# Each run does, on every node of REDIS_NODES and SENTINEL_NODES:
#   a. add the password and the alternate to the default user (nothing removed yet);
#   b. check that every node takes both, else stop before anything depends on them;
#   c. authenticate with the password: masterauth on every Redis node (a replica uses it
#      when it reconnects; the primary after a failover), auth-pass and sentinel-pass on every
#      Sentinel (which reconnects at once: both passwords are accepted by then);
#   d. only then drop every other password (ACL SETUSER default resetpass).
# Established connections stay authenticated: no replica loses its link (min-replicas-to-write
# never sees fewer replicas) and no Sentinel loses its primary. Nothing needs persisting: the
# start scripts rebuild the same state from the same files when a pod restarts.
# A node that does not answer stops the run (exit 1) before step c; run it again when it is up.
#
# Inputs: those of common.sh (MASTER_SET, REDIS_NODES, SENTINEL_NODES, PASSWORD_FILE,
# ALTERNATE_FILE).

. "$(dirname "$0")/common.sh"
require MASTER_SET REDIS_NODES SENTINEL_NODES PASSWORD_FILE
load_passwords
POD_NAME="${POD_NAME:-rotate-password}"

# send AUTH HOST:PORT: run the commands on stdin on the node, authenticated with AUTH; every one
# must answer OK
send() {
  _out=$(cli_as "$1" "$2") || return 1
  [ -n "$_out" ] && ! printf '%s\n' "$_out" | grep -q -v -x OK
}

failed=
for node in $REDIS_NODES $SENTINEL_NODES; do
  if ! auth=$(accepted_password "$node"); then
    log "a: $node takes neither password (or does not answer)"; failed="$failed $node"; continue
  fi
  if [ -n "$ALTERNATE" ]; then
    printf 'ACL SETUSER default on %s %s\n' "$(quote ">$PASSWORD")" "$(quote ">$ALTERNATE")"
  else
    printf 'ACL SETUSER default on %s\n' "$(quote ">$PASSWORD")"
  fi | send "$auth" "$node" || { log "a: could not add the passwords on $node"; failed="$failed $node"; }
done
[ -z "$failed" ] || die "stopped before switching any node: fix or wait for$failed, then run again"

for node in $REDIS_NODES $SENTINEL_NODES; do
  accepts "$node" "$PASSWORD" || failed="$failed $node"
  if [ -n "$ALTERNATE" ]; then accepts "$node" "$ALTERNATE" || failed="$failed $node"; fi
done
[ -z "$failed" ] || die "b: stopped before switching any node:$failed do not take both passwords"
log "a, b: every node takes the password${ALTERNATE:+ and the alternate}"

for node in $REDIS_NODES; do
  printf 'CONFIG SET masterauth %s\n' "$(quote "$PASSWORD")" | send "$PASSWORD" "$node" \
    || die "c: could not set masterauth on $node"
done
for node in $SENTINEL_NODES; do
  {
    printf 'SENTINEL CONFIG SET sentinel-pass %s\n' "$(quote "$PASSWORD")"
    # A Sentinel that monitors nothing yet learns auth-pass from its start script.
    if [ -n "$(cli_as "$PASSWORD" "$node" SENTINEL get-master-addr-by-name "$MASTER_SET")" ]; then
      printf 'SENTINEL SET %s auth-pass %s\n' "$MASTER_SET" "$(quote "$PASSWORD")"
    fi
  } | send "$PASSWORD" "$node" || die "c: could not set sentinel-pass and auth-pass on $node"
done
log "c: every node authenticates with the password"

for node in $REDIS_NODES $SENTINEL_NODES; do
  printf 'ACL SETUSER default %s\n' "$(default_user_rules)" | send "$PASSWORD" "$node" \
    || die "d: could not drop the other passwords on $node"
done
if [ -n "$ALTERNATE" ]; then
  log "d: every node takes exactly the password and the alternate"
else
  log "d: every node takes the password only"
fi
