#!/usr/bin/env bash
# Puts Newsmark's own launchers (src/installer/linux/Newsmark and newsmark, shell scripts) into a Linux
# app image's bin/, in place of jpackage's native launcher, which runs `dpkg -S` and `rpm -qf` at every
# start. `mvn -Pinstaller package` runs it right after jpackage makes the image.
#
#   scripts/linux-launchers.sh target/installer/Newsmark
set -euo pipefail
image=$1
here=$(dirname "$0")/../src/installer/linux
install -m 755 "$here/Newsmark" "$image/bin/Newsmark"
install -m 755 "$here/newsmark" "$image/bin/newsmark"
