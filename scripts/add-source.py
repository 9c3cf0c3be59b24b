#!/usr/bin/env python3
"""Add or replace bibliography entries in content/sources.json safely.

Several editors (or tools) may add sources at once: this takes a lock, keeps the
file's layout (2-space JSON, one entry per object) and refuses duplicate ids
unless --replace is given.

  python3 scripts/add-source.py < entries.json          # an object or an array
  python3 scripts/add-source.py --replace < entry.json  # overwrite entries with the same id
"""
import fcntl, json, sys, pathlib

path = pathlib.Path(__file__).resolve().parent.parent / "content" / "sources.json"
replace = "--replace" in sys.argv[1:]
new = json.load(sys.stdin)
if isinstance(new, dict):
    new = [new]
with open(str(path) + ".lock", "w") as lock:
    fcntl.flock(lock, fcntl.LOCK_EX)
    data = json.loads(path.read_text(encoding="utf-8"))
    ids = {s["id"]: i for i, s in enumerate(data["sources"])}
    for entry in new:
        if entry["id"] in ids:
            if not replace:
                sys.exit(f"error: source id {entry['id']!r} already exists (use --replace)")
            data["sources"][ids[entry["id"]]] = entry
        else:
            ids[entry["id"]] = len(data["sources"])
            data["sources"].append(entry)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
print(f"sources.json now has {len(data['sources'])} entries")
