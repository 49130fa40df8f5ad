#!/usr/bin/env python3
"""Assembles momo-sim's base image as a docker-archive tar, byte for byte the same for the same inputs.

The base is one layer: a Java runtime trimmed by jlink (under /opt/java), the C libraries it links
against and busybox (for the health check), all taken from Debian packages, plus the non-root user
that runs the simulator and its /data directory. Its config carries the environment, the health check
and the volume; Jib adds the application on top and keeps all of them.

Every entry gets mtime 0, no user or group names, root ownership (the user's own directories
excepted) and a mode of 0755 or 0644 (0755 for what was executable), and entries are sorted, so the
layer's digest and with it the image id depend only on the files' contents.

Usage: assemble-base.py --jre DIR --deb FILE... --out FILE
"""
import argparse
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile

USER_ID = 10001
USER_NAME = "momo"
HOME = "/home/momo"
DATA = "/data"
PORT = 8080

# Parts of the Debian packages a Java runtime never reads: documentation, character-set converters
# (the JVM converts text itself), lintian overrides.
LEFT_OUT = ("usr/share/doc/", "usr/share/lintian/", "usr/share/gdb/", "usr/lib/x86_64-linux-gnu/gconv/",
            "usr/share/locale/", "usr/lib/x86_64-linux-gnu/audit/", "usr/libexec/", "etc/ld.so.conf.d/")

# The port file serve writes once it answers (serve --port-file, default $MOMO_SIM_PORT_FILE): in
# /tmp, which any user the container runs as can write (Testcontainers' withDataDir runs it as the
# data directory's owner, who cannot write momo's home).
PORT_FILE = "/tmp/momo-sim.port"

HEALTH_CHECK = {
    # The port serve wrote to its port file, so that `serve --port N` is checked on N; else
    # MOMO_SIM_PORT (what serve listens on when no --port is given; the image sets 8080), else 8080.
    # `read` is the shell's own (busybox has no cat link here). No -T: busybox-static 1.35 wget
    # crashes with it; the Timeout below bounds the check.
    "Test": ["CMD-SHELL",
             "port=; { read -r port < \"${MOMO_SIM_PORT_FILE:-/dev/null}\"; } 2>/dev/null;"
             " busybox wget -q -O /dev/null"
             " \"http://127.0.0.1:${port:-${MOMO_SIM_PORT:-8080}}/_sim/health\" || exit 1"],
    "Interval": 10 * 10**9,
    "Timeout": 5 * 10**9,
    "StartPeriod": 30 * 10**9,
    "Retries": 3,
}

ENVIRONMENT = [
    "PATH=/opt/java/bin:/bin",
    "JAVA_HOME=/opt/java",
    "LANG=C.UTF-8",
    f"HOME={HOME}",
    # A container is reached from outside itself: listen on every address (the control API then
    # needs the admin token, as docs/security.md says), on the port the image exposes.
    "MOMO_SIM_HOST=0.0.0.0",
    f"MOMO_SIM_PORT={PORT}",
    f"MOMO_SIM_PORT_FILE={PORT_FILE}",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jre", required=True, help="the jlink output directory")
    parser.add_argument("--deb", action="append", default=[], help="a Debian package to unpack")
    parser.add_argument("--out", required=True, help="the docker-archive tar to write")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as unpacked:
        for deb in sorted(args.deb):
            subprocess.run(["dpkg-deb", "-x", deb, unpacked], check=True)
        layer = layer_tar(args.jre, unpacked)
    diff_id = "sha256:" + hashlib.sha256(layer).hexdigest()
    config = json.dumps({
        "architecture": "amd64",
        "os": "linux",
        "created": "1970-01-01T00:00:00Z",
        "config": {"Env": ENVIRONMENT, "Healthcheck": HEALTH_CHECK, "Volumes": {DATA: {}},
                   "WorkingDir": DATA},
        "rootfs": {"type": "layers", "diff_ids": [diff_id]},
        "history": [{"created": "1970-01-01T00:00:00Z",
                     "created_by": "momo-sim base: jlink runtime and Debian packages"}],
    }, sort_keys=True, separators=(",", ":")).encode()
    config_name = hashlib.sha256(config).hexdigest() + ".json"
    manifest = json.dumps([{"Config": config_name, "RepoTags": ["momo-sim-base:local"],
                            "Layers": ["layer.tar"]}], separators=(",", ":")).encode()
    with tarfile.open(args.out, "w", format=tarfile.GNU_FORMAT) as archive:
        for name, data in ((config_name, config), ("layer.tar", layer), ("manifest.json", manifest)):
            add_bytes(archive, name, data, 0o644)
    print(f"base image {args.out}: layer {diff_id[7:19]}, {len(layer) // 1_000_000} MB", file=sys.stderr)


def layer_tar(jre, unpacked):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.GNU_FORMAT) as layer:
        entries = {}
        collect(unpacked, "", entries)
        collect(jre, "opt/java", entries)
        for directory in ("bin", "etc", "opt", "tmp", "home", HOME[1:], DATA[1:]):
            entries.setdefault(directory, None)
        for name in sorted(entries):
            add_path(layer, name, entries[name])
        add_symlink(layer, "bin/sh", "busybox")
        add_bytes(layer, "etc/passwd",
                  f"root:x:0:0:root:/root:/sbin/nologin\n"
                  f"{USER_NAME}:x:{USER_ID}:{USER_ID}:momo-sim:{HOME}:/sbin/nologin\n".encode(), 0o644)
        add_bytes(layer, "etc/group", f"root:x:0:\n{USER_NAME}:x:{USER_ID}:\n".encode(), 0o644)
    return buffer.getvalue()


def collect(root, prefix, entries):
    """Adds every path under root to entries (name in the layer -> path on disk), minus LEFT_OUT."""
    for directory, subdirectories, files in os.walk(root):
        relative = os.path.relpath(directory, root)
        base = prefix if relative == "." else os.path.join(prefix, relative) if prefix else relative
        for name in subdirectories + files:
            path = os.path.join(directory, name)
            entry = os.path.join(base, name) if base else name
            if (entry.startswith(LEFT_OUT) or (entry + "/").startswith(LEFT_OUT)) and not kept(entry):
                continue
            if entry.startswith("bin/") and entry != "bin/busybox":
                continue  # busybox-static also ships a busybox symlink farm we do not need
            entries[entry] = path
        if base:
            entries.setdefault(base, directory)


def kept(entry):
    """The packages' copyright files stay: they are the licences the image is distributed under."""
    return entry.startswith("usr/share/doc/") and (entry.count("/") == 3 or entry.endswith("/copyright"))


def add_path(layer, name, path):
    info = tarfile.TarInfo(name)
    info.mtime = 0
    info.uid = info.gid = USER_ID if name in (HOME[1:], DATA[1:]) else 0
    if path is None or (os.path.isdir(path) and not os.path.islink(path)):
        info.type = tarfile.DIRTYPE
        info.mode = 0o1777 if name == "tmp" else 0o755
        layer.addfile(info)
    elif os.path.islink(path):
        info.type = tarfile.SYMTYPE
        info.linkname = os.readlink(path)
        info.mode = 0o777
        layer.addfile(info)
    else:
        info.mode = 0o755 if os.stat(path).st_mode & 0o111 else 0o644
        info.size = os.path.getsize(path)
        with open(path, "rb") as content:
            layer.addfile(info, content)


def add_symlink(archive, name, target):
    info = tarfile.TarInfo(name)
    info.type = tarfile.SYMTYPE
    info.linkname = target
    info.mode = 0o777
    info.mtime = 0
    archive.addfile(info)


def add_bytes(archive, name, data, mode):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = mode
    info.mtime = 0
    archive.addfile(info, io.BytesIO(data))


if __name__ == "__main__":
    main()
