#!/usr/bin/python3
"""Makes a fresh Debian root without the network, for the package test: the files of this machine's
Essential packages and of everything the given .deb files depend on (Depends and Pre-Depends, followed
through), with a dpkg database that lists exactly those packages. Nothing else of this machine (no
compiler, no test tool) is in it, so a dependency the packages forgot makes their install or start fail.

Usage: fresh_root.py ROOT DEB...
"""
import os
import re
import subprocess
import sys

STATUS = "/var/lib/dpkg/status"


def paragraphs(text):
    for block in text.split("\n\n"):
        if block.strip():
            fields, key = {}, None
            for line in block.split("\n"):
                if line[:1] in (" ", "\t") and key:
                    fields[key] += "\n" + line
                elif ":" in line:
                    key, value = line.split(":", 1)
                    fields[key] = value.strip()
            yield block, fields


def names(relation):
    """Each alternative group of a Depends field as a list of package names."""
    groups = []
    for group in relation.split(","):
        group = group.strip()
        if group:
            groups.append([re.sub(r"[\s(\[:].*", "", alt.strip()) for alt in group.split("|")])
    return groups


def main():
    root, debs = sys.argv[1], sys.argv[2:]
    installed, blocks, provides = {}, {}, {}
    with open(STATUS, encoding="utf-8") as f:
        for block, fields in paragraphs(f.read()):
            if "install ok installed" not in fields.get("Status", ""):
                continue
            name = fields["Package"]
            installed[name] = fields
            blocks[name] = block
            for group in names(fields.get("Provides", "")):
                provides.setdefault(group[0], name)
    wanted = [name for name, fields in installed.items() if fields.get("Essential") == "yes"]
    for deb in debs:
        control = subprocess.run(["dpkg-deb", "-f", deb, "Depends", "Pre-Depends"], capture_output=True,
                                 text=True, check=True).stdout
        for line in control.split("\n"):
            if ":" in line:
                wanted += [alt for group in names(line.split(":", 1)[1]) for alt in group[:1]]
    chosen, queue = set(), list(wanted)
    while queue:
        name = queue.pop()
        name = name if name in installed else provides.get(name, name)
        if name in chosen:
            continue
        if name not in installed:
            sys.exit("fresh_root: %s is needed but not installed on this machine" % name)
        chosen.add(name)
        fields = installed[name]
        for key in ("Depends", "Pre-Depends"):
            for group in names(fields.get(key, "")):
                # The first alternative that is installed here.
                pick = next((alt for alt in group if alt in installed or alt in provides), group[0])
                queue.append(pick)

    # The usr-merged layout of this machine.
    for link in ("bin", "sbin", "lib", "lib64"):
        target = os.readlink("/" + link) if os.path.islink("/" + link) else None
        if target:
            os.makedirs(os.path.join(root, target), exist_ok=True)
            os.symlink(target, os.path.join(root, link))
    files = []
    for name in sorted(chosen):
        arch = installed[name].get("Architecture", "all")
        for candidate in (name, "%s:%s" % (name, arch)):
            listing = "/var/lib/dpkg/info/%s.list" % candidate
            if os.path.exists(listing):
                with open(listing, encoding="utf-8", errors="surrogateescape") as f:
                    files += [line.rstrip("\n") for line in f if line.strip() and line.strip() != "/."]
    with open(os.path.join(root, ".files"), "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write("\n".join(p.lstrip("/") for p in files if os.path.lexists(p)) + "\n")
    subprocess.run("tar -C / --no-recursion -cf - -T %s/.files | tar -C %s --keep-directory-symlink -xf -"
                   % (root, root), shell=True, check=True)
    os.remove(os.path.join(root, ".files"))

    info = os.path.join(root, "var/lib/dpkg/info")
    os.makedirs(info, exist_ok=True)
    for entry in os.listdir("/var/lib/dpkg/info"):
        package = entry.rsplit(".", 1)[0].split(":", 1)[0]
        if package in chosen:
            subprocess.run(["cp", "-a", "/var/lib/dpkg/info/" + entry, info], check=True)
    for empty in ("available", "diversions", "statoverride"):
        open(os.path.join(root, "var/lib/dpkg", empty), "a").close()
    os.makedirs(os.path.join(root, "var/lib/dpkg/updates"), exist_ok=True)
    with open(os.path.join(root, "var/lib/dpkg/status"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(blocks[name] for name in sorted(chosen)) + "\n")
    # What base-passwd and base-files make in their postinst, not part of any package's files.
    etc = os.path.join(root, "etc")
    os.makedirs(etc, exist_ok=True)
    for name in ("passwd", "group"):
        subprocess.run(["cp", "/usr/share/base-passwd/%s.master" % name, os.path.join(etc, name)], check=True)
    for name in ("shadow", "gshadow"):
        open(os.path.join(etc, name), "w").close()
        os.chmod(os.path.join(etc, name), 0o640)
    with open(os.path.join(etc, "nsswitch.conf"), "w") as f:
        f.write("passwd: files\ngroup: files\nshadow: files\nhosts: files\n")
    with open(os.path.join(etc, "hosts"), "w") as f:
        f.write("127.0.0.1 localhost\n")
    for folder in ("tmp", "proc", "dev", "run", "var/tmp"):
        os.makedirs(os.path.join(root, folder), exist_ok=True)
    os.chmod(os.path.join(root, "tmp"), 0o1777)
    print("fresh_root: %d packages" % len(chosen))


if __name__ == "__main__":
    main()
