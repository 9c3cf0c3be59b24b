#!/usr/bin/env python3
"""Measurement (not a test): what each view adds to the shipped wasm.

Builds the release site once as it is, then once per view with that view's
view drawn as the not-found page (`views::render`, so the linker drops its code),
and prints the difference in bytes (raw and gzip -9) of the optimised wasm and
the JS glue. It edits src/app.rs and src/views/mod.rs in place and restores them
with git, so it refuses to run when those files have uncommitted changes.

    python3 scripts/view-sizes.py
"""
import subprocess, glob, gzip, os, sys

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FILES = ["src/app.rs", "src/views/mod.rs"]
if subprocess.run(["git", "diff", "--quiet", "--"] + FILES).returncode != 0:
    sys.exit("view-sizes: commit or stash your changes to " + " and ".join(FILES) + " first")
env = dict(os.environ)
env["PATH"] = os.path.abspath("node_modules/.bin") + ":" + os.path.expanduser("~/.cargo/bin") + ":" + env["PATH"]
def build():
    subprocess.run(['trunk','build','--release'],env=env,check=True,stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)
    w=glob.glob('dist/*.wasm')[0]; j=[f for f in glob.glob('dist/pakistan-peacekeeping-*.js')][0]
    wb=open(w,'rb').read(); jb=open(j,'rb').read()
    return len(wb), len(gzip.compress(wb,9)), len(jb), len(gzip.compress(jb,9))
def patch(path, old, new):
    s=open(path).read(); assert old in s, (path, old); open(path,'w').write(s.replace(old,new))
base = build()
print(f'whole site: wasm {base[0]} B raw / {base[1]} B gzip; JS glue {base[2]} B raw / {base[3]} B gzip', flush=True)
M = "src/views/mod.rs"
NF = "not_found::NotFound().into_any()"
variants={
 'timeline': [(M,'View::Timeline => timeline::Timeline().into_any()','View::Timeline => '+NF),(M,'View::EventCard => timeline::EventEmbed().into_any()','View::EventCard => '+NF)],
 'map': [(M,'View::Map => map::MapView().into_any()','View::Map => '+NF),(M,'View::MissionCard => map::MissionEmbed().into_any()','View::MissionCard => '+NF)],
 'alignment': [(M,'View::Alignment => alignment::Alignment().into_any()','View::Alignment => '+NF)],
 'embeds (the embed shell and cards)': [('src/app.rs','    (embed_shell, site_shell)\n','    site_shell\n'),(M,'View::EventCard => timeline::EventEmbed().into_any()','View::EventCard => '+NF),(M,'View::MissionCard => map::MissionEmbed().into_any()','View::MissionCard => '+NF)],
}
try:
    for name, edits in variants.items():
        for p,o,n in edits: patch(p,o,n)
        try:
            v=build()
            print(f'{name}: adds {base[0]-v[0]} B raw / {base[1]-v[1]} B gzip wasm, {base[2]-v[2]} B raw JS', flush=True)
        finally:
            subprocess.run(['git','checkout','--']+FILES,check=True)
finally:
    subprocess.run(['git','checkout','--']+FILES,check=True)
