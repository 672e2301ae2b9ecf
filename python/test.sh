#!/bin/sh
# The Python tests, run by `npm run test:python`. Debian's /usr/bin/python3 when there is one:
# python3-websockets, which the server test needs, installs into its dist-packages and no other
# interpreter sees them (a pyenv or venv python3 that comes first on PATH would not).
set -eu
cd "$(dirname "$0")/.."
python=python3
if [ -x /usr/bin/python3 ]; then python=/usr/bin/python3; fi
exec "$python" -m unittest discover -s python/tests "$@"
