# redis-prestop.sh: the preStop hook of a Redis pod. A replica stops at once. A primary first
# hands its role over, so a rollout or a drain never kills the primary:
#   1. pause writes (CLIENT PAUSE WRITE), so nothing lands here that a replica has not got;
#   2. wait (a few seconds at most) until every connected replica has the primary's offset;
#   3. ask a Sentinel for a failover (SENTINEL FAILOVER), which promotes a replica;
#   4. wait until a majority of the Sentinels name another node and that node answers as primary.
# The pause stays until the server exits (SIGTERM follows the hook): clients blocked in it get
# a closed connection and ask Sentinel for the new primary. A lone Redis (no replica) and a
# primary whose failover no Sentinel accepts (say, no replica is in sync) stop at once, writes
# unpaused, with exit 1 in the second case. Otherwise it gives up after
# PRESTOP_FAILOVER_SECONDS (the pod's terminationGracePeriodSeconds leaves room for it and for
# Redis's own shutdown); it then exits 1, the kubelet records FailedPreStopHook and stops the pod
# anyway, and Sentinel fails over on its own after down-after-milliseconds.
#
# Extra inputs (besides those listed in common.sh): PRESTOP_FAILOVER_SECONDS.

. "$(dirname "$0")/common.sh"
require MASTER_SET REDIS_NODES SENTINEL_NODES POD_NAME PASSWORD_FILE PRESTOP_FAILOVER_SECONDS
load_passwords
ORDINAL=$(ordinal)
ME=$(nth "$ORDINAL" $REDIS_NODES) || die "ordinal $ORDINAL of $POD_NAME has no entry in REDIS_NODES ($REDIS_NODES)"

[ "$(count $REDIS_NODES)" -gt 1 ] || { log "preStop: the only Redis node: nothing to hand over"; exit 0; }
role=$(cli "$ME" ROLE | sed -n 1p)
[ "$role" = master ] || { log "preStop: $role, not the primary: nothing to hand over"; exit 0; }

now() { date +%s; }
deadline=$(($(now) + PRESTOP_FAILOVER_SECONDS))
cli "$ME" CLIENT PAUSE "$((PRESTOP_FAILOVER_SECONDS * 1000 + 10000))" WRITE >/dev/null \
  || log "preStop: could not pause writes; failing over anyway"

# caught_up: every connected replica has acknowledged the primary's offset
caught_up() {
  _info=$(cli "$ME" INFO replication | tr -d '\r') || return 1
  _offset=$(printf '%s\n' "$_info" | sed -n 's/^master_repl_offset://p')
  ! printf '%s\n' "$_info" | grep '^slave[0-9]*:' | grep -v "offset=$_offset," | grep -q .
}
settle=$(($(now) + 5))
until caught_up || [ "$(now)" -ge "$settle" ]; do sleep 0.1; done

asked=
for s in $SENTINEL_NODES; do
  reply=$(cli "$s" SENTINEL FAILOVER "$MASTER_SET") && { asked=$s; break; }
  log "preStop: $s did not start a failover (${reply:-no answer})"
done
if [ -z "$asked" ]; then
  cli "$ME" CLIENT UNPAUSE >/dev/null
  die "preStop: no Sentinel accepted a failover; stopping without a handover"
fi
log "preStop: $asked fails over from $ME"

need=$(majority "$(count $SENTINEL_NODES)")
while [ "$(now)" -lt "$deadline" ]; do
  views=$(sentinel_views)
  for named in $(named_primaries "$views"); do
    [ "$named" != "$ME" ] || continue
    agree=$(printf '%s\n' "$views" | grep -c -x -F "$named" || true)
    if [ "$agree" -ge "$need" ] && [ "$(cli "$named" ROLE | sed -n 1p)" = master ]; then
      log "preStop: $named is the primary ($agree sentinels name it); stopping"
      exit 0
    fi
  done
  sleep 0.2
done
die "preStop: no replica was promoted within ${PRESTOP_FAILOVER_SECONDS}s; stopping anyway"
