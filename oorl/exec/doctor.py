"""``oorl exec doctor``: which toolchains are present and which protections are active."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from oorl.exec import warm
from oorl.exec.isolation import PROTECTIONS, Isolation
from oorl.exec.languages import LANGUAGES


def diagnose(tools_dir: Path, *, build: bool = False) -> dict:
    """A JSON-able report: toolchains (present, version, missing executables), protections, warm artefacts."""
    with ThreadPoolExecutor(8) as pool:
        versions = dict(zip(LANGUAGES, pool.map(lambda lang: lang.host_version(tools_dir), LANGUAGES.values())))
    toolchains = {}
    for name, lang in LANGUAGES.items():
        missing = lang.missing(tools_dir)
        toolchains[name] = {
            "present": not missing,
            "version": versions[name],
            "aliases": list(lang.aliases),
            **({"missing": missing, "install": lang.packages} if missing else {}),
        }
    iso = Isolation.probe(allow_unsafe=True)
    missing_prot = iso.missing()
    heavy_missing = set(iso.missing(vm_heavy=True)) - set(missing_prot)
    protections = {}
    for p in PROTECTIONS:
        entry: dict = {"active": p not in missing_prot}
        if p in missing_prot:
            entry["why"] = iso.problems.get(p, "")
        elif p in heavy_missing:
            entry["note"] = "not for VM-based languages (JVM, node, mono, GHC, Go): no cgroup, and RLIMIT_AS breaks them"
        entry["how"] = _HOW[p](iso)
        protections[p] = entry
    if iso.cgroups is not None:
        iso.cgroups.close()
    artefacts = warm.ensure(tools_dir) if build else _artefacts(tools_dir)
    return {
        "toolchains": toolchains,
        "protections": protections,
        "isolated": iso.bwrap is not None,
        "user": "root (programs run as unprivileged uids)" if iso.root else f"uid {os.geteuid()}",
        "tools_dir": str(tools_dir),
        "warm": artefacts,
    }


def _artefacts(tools_dir: Path) -> dict[str, str]:
    pch = tools_dir / "pch" / "bits" / "stdc++.h.gch"
    return {
        "cpp_pch": "present" if pch.exists() else "absent (run `oorl exec doctor --warm`)",
        "tsconfig": "present" if (tools_dir / "tsconfig.json").exists() else "absent (run `oorl exec doctor --warm`)",
        "javac_cds": "present" if (tools_dir / "jsa" / "javac.jsa").exists() else "absent (run `oorl exec doctor --warm`)",
    }


_HOW = {
    "network": lambda iso: "empty network namespace (bubblewrap)",
    "filesystem": lambda iso: "mount namespace: system dirs read-only, a fresh writable /work per run (bubblewrap)",
    "unprivileged_user": lambda iso: "dedicated uid per worker slot" if iso.root else "the invoking non-root user",
    "process_limit": lambda iso: "pids cgroup" if iso.cgroups else "RLIMIT_NPROC",
    "memory_limit": lambda iso: "memory cgroup" if iso.cgroups else "RLIMIT_AS (not for VM-based runtimes)",
    "cpu_limit": lambda iso: "RLIMIT_CPU",
    "wall_timeout": lambda iso: "wall-clock deadline, then SIGKILL",
    "disk_limit": lambda iso: "size-capped tmpfs scratch" if iso.can_mount else "RLIMIT_FSIZE per file",
    "output_limit": lambda iso: "bounded pipe buffers, killed past the cap",
    "cleanup": lambda iso: "pid namespace" + (" + cgroup sweep" if iso.cgroups else ""),
    "syscall_filter": lambda iso: "seccomp: keyrings, ptrace, io_uring, perf, bpf, userfaultfd refused",
}


def render(report: dict) -> str:
    """Human-readable doctor output."""
    lines = ["Toolchains:"]
    for name, t in report["toolchains"].items():
        mark = "ok " if t["present"] else "MISSING"
        detail = t["version"] if t["present"] else f"{', '.join(t['missing'])} — install: {t['install']}"
        lines.append(f"  {mark:7s} {name:11s} {detail}")
    lines.append("Protections:")
    for name, p in report["protections"].items():
        mark = "on " if p["active"] else "OFF"
        extra = f" — {p['why']}" if not p["active"] else (f" ({p['note']})" if "note" in p else "")
        lines.append(f"  {mark:7s} {name:17s} {p['how']}{extra}")
    lines.append(f"Programs run as: {report['user']}")
    lines.append(f"Warm-up artefacts in {report['tools_dir']}: " + ", ".join(f"{k}: {v}" for k, v in report["warm"].items()))
    return "\n".join(lines)
