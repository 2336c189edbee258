#!/usr/bin/env bash
# Regenerates docs/rules.md (Indonesian) and docs/rules.en.md (English) from the rule definitions.
# RuleCatalogTests fails when either file is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product renstra-lint
binary="$(swift build --show-bin-path)/renstra-lint"
mkdir -p docs
"$binary" rules --format markdown > docs/rules.md
"$binary" rules --format markdown --lang en > docs/rules.en.md
