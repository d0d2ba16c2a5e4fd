#!/usr/bin/env bash
# The class-data sharing (AppCDS) archive of a Newsmark app image: the classes a start loads are parsed
# and verified once, and mapped from lib/app/newsmark.jsa at every start (the launcher's
# -XX:SharedArchiveFile=$APPDIR/newsmark.jsa). `mvn -Pinstaller package` runs both steps:
#
#   scripts/cds-archive.sh train target/installer/Newsmark samples/bbc-musk-trump-x.txt
#   scripts/cds-archive.sh dump target/installer/Newsmark
#
# train: the image's own Java runs (1) the window on a fresh sample project until the article is on
# screen (under Xvfb when there is no display), (2) the command line importing and listing an article,
# and writes the classes they loaded to lib/app/newsmark.classlist. Nothing of the user's is read or
# written: the runs get data and settings folders of their own.
# dump: makes lib/app/newsmark.jsa from that list. Java 17 accepts an archive only for the jar path
# (and jar file) it was made with, so the archive is made where the image will run: here for the app
# image in target/, and by the .deb's postinst for the installed copy. Without a usable archive Newsmark
# starts all the same, only slower.
set -euo pipefail
step=$1
image=$(cd "$2" && pwd -P)
java="$image/lib/runtime/bin/java"
jar="$image/lib/app/newsmark.jar"
classes="$image/lib/app/newsmark.classlist"
archive="$image/lib/app/newsmark.jsa"

if [ "$step" = dump ]; then
  rm -f "$archive"
  "$java" -Xshare:dump -XX:SharedClassListFile="$classes" -XX:SharedArchiveFile="$archive" -cp "$jar" > /dev/null
  echo "cds-archive: $archive ($(du -h "$archive" | cut -f1))"
  exit 0
fi

article=$(cd "$(dirname "$3")" && pwd)/$(basename "$3")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"

window=(-Xshare:off -XX:DumpLoadedClassList="$work/window.classes" -Dnewsmark.startupProbe="$work/probe"
        -Dnewsmark.startupProbe.quitAfter=3000 -cp "$jar" org.newsmark.app.Main)
if [ -n "${DISPLAY:-}" ]; then
  timeout 180 "$java" "${window[@]}" > "$work/window.log" 2>&1 || true
elif command -v xvfb-run > /dev/null; then
  timeout 180 xvfb-run -a "$java" "${window[@]}" > "$work/window.log" 2>&1 || true
else
  echo "cds-archive: no display and no xvfb-run: the archive covers the command line only" >&2
fi
if [ -f "$work/window.classes" ] && ! grep -q '^text ' "$work/probe" 2>/dev/null; then
  echo "cds-archive: the training window did not show the article; its log:" >&2
  cat "$work/window.log" >&2
fi

"$java" -Xshare:off -XX:DumpLoadedClassList="$work/import.classes" -cp "$jar" org.newsmark.app.Main \
  import --project "$work/training.newsmark" "$article" > /dev/null
"$java" -Xshare:off -XX:DumpLoadedClassList="$work/list.classes" -cp "$jar" org.newsmark.app.Main \
  list --project "$work/training.newsmark" > /dev/null

cat "$work"/*.classes | awk '!seen[$0]++' > "$classes"
echo "cds-archive: $(wc -l < "$classes") classes listed in $classes"
