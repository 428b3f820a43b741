#!/bin/sh
# Starts the server as the unprivileged user that owns the data folder, never as root (issue 16, W11).
# A disk mounted at DATA_ROOT often comes owned by root, and data written by Mosaic 0.1 (which ran as root) is root's:
# started as root, this hands the data folder to that user, then drops root for good (setpriv, from util-linux) before
# anything else runs. Started as any other user (a platform that sets one), it changes nothing and runs the server.
set -eu
user=${MOSAIC_RUN_AS:-mosaic}
data=${DATA_ROOT:-/var/data}
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$data"
  chown -R "$user:$(id -gn "$user")" "$data"
  chmod 700 "$data"
  exec setpriv --reuid="$(id -u "$user")" --regid="$(id -g "$user")" --init-groups --inh-caps=-all -- "$@"
fi
exec "$@"
