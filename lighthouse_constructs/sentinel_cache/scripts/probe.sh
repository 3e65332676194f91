# probe.sh PORT live|ready: Kubernetes probe for the local Redis or Sentinel.
#
# ready: the server answers PING with PONG. It never depends on other pods: with
#        OrderedReady, a readiness that waited for a peer could block the StatefulSet forever.
# live:  the server answers at all; LOADING (reading the AOF) and MASTERDOWN count as alive.

. "$(dirname "$0")/common.sh"
require PASSWORD_FILE
REDISCLI_AUTH=$(password) || exit 1
export REDISCLI_AUTH
reply=$(timeout "$CLI_TIMEOUT_SECONDS" redis-cli --no-auth-warning -h 127.0.0.1 -p "$1" PING 2>&1)
case "$2:$reply" in
  *:PONG) exit 0 ;;
  live:*LOADING*|live:*MASTERDOWN*) exit 0 ;;
esac
echo "PING on port $1 answered: $reply"
exit 1
