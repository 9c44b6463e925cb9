#!/usr/bin/env bash
# Refreshes crawler-user-agents.json from the npm package of github.com/monperrus/crawler-user-agents (MIT),
# the maintained list of crawler, tool and monitor user agents that CrawlerAgents reads.
# Usage: update-crawler-list.sh [VERSION]   (then run the Ingest tests: every listed instance must match)
set -euo pipefail
cd "$(dirname "$0")"
version="${1:-latest}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "crawler-user-agents@$version" >/dev/null && tar xzf crawler-user-agents-*.tgz)
cp "$work/package/crawler-user-agents.json" crawler-user-agents.json
cp "$work/package/LICENSE" crawler-user-agents.LICENSE
node -p "'crawler-user-agents ' + require('$work/package/package.json').version"
