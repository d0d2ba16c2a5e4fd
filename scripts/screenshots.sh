#!/usr/bin/env bash
# Takes README.md's screenshots from the real window, headless (no display needed): the sample
# project with part of the BBC article coded and a claim selected, in the light theme and then the
# dark one, written as assets/screenshot-light.png and assets/screenshot-dark.png.
#
#   scripts/screenshots.sh                      # into assets/
#   scripts/screenshots.sh /tmp/shots           # into another folder
#   scripts/screenshots.sh /tmp/shots international   # the article in several scripts, to look at
#   scripts/screenshots.sh /tmp/shots sheet           # also the keyboard shortcuts sheet (F1)
#
# Look at the pictures before committing them.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -Pbench verify -Dbench=Screenshots -Dbench.args="${1:-assets} ${2:-bbc}"
