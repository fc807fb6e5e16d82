"""What isolation this machine can enforce, and the per-slot workspaces it runs in.

``Isolation.probe`` finds out once per executor: bubblewrap that really creates
namespaces, root (for per-slot uids and tmpfs mounts), writable cgroup v1
hierarchies.  ``Isolation.missing`` names the protections that are not active,
so each result can say so; ``oorl.exec.sandbox`` documents every protection.
"""

from __future__ import annotations

import ctypes
import logging
import os
import re
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from oorl.exec import seccomp
from oorl.exec.cgroups import CgroupManager, RunCgroup, pid_alive
from oorl.exec.cgroups import sweep_stale as sweep_stale_cgroups

log = logging.getLogger(__name__)

PROTECTIONS = (
    "network",
    "filesystem",
    "unprivileged_user",
    "process_limit",
    "memory_limit",
    "cpu_limit",
    "wall_timeout",
    "disk_limit",
    "output_limit",
    "cleanup",
    "syscall_filter",
)

SANDBOX_UID_BASE = 61000


class SandboxUnavailable(RuntimeError):
    """Isolation cannot be had here and unsafe execution was not allowed."""


_libc = ctypes.CDLL(None, use_errno=True)
_MS_NOSUID, _MS_NODEV, _MNT_DETACH = 2, 4, 2


def mount_tmpfs(path: Path, options: str) -> None:
    """mount(2) a tmpfs directly: no `mount` process per reset."""
    if _libc.mount(b"oorl-scratch", bytes(path), b"tmpfs", _MS_NOSUID | _MS_NODEV, options.encode()) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"mount tmpfs on {path}: {os.strerror(err)}")


def umount_lazy(path: Path) -> None:
    if _libc.umount2(bytes(path), _MNT_DETACH) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"umount {path}: {os.strerror(err)}")


@dataclass
class Workspace:
    """A worker slot's scratch directory and sandbox identity (one run at a time).

    ``reset`` gives the next request a pristine directory whatever the last one
    did to it: with root, the slot's tmpfs is simply replaced by a fresh one (a
    program may have chmod-ed the root to 000, set xattrs, or left a tree too deep
    for any recursive delete); without, the directory is moved aside and removed
    by ``rm -rf``, which needs no recursion in this process.
    """

    path: Path
    slot: int
    uid: int | None  # None: do not switch user (not root)
    gid: int | None
    mount_options: str | None = None  # set when the scratch is a tmpfs we mount
    cgroup: RunCgroup | None = None

    @property
    def mounted(self) -> bool:
        return self.mount_options is not None

    def reset(self) -> None:
        if self.mount_options is not None:
            umount_lazy(self.path)
            mount_tmpfs(self.path, self.mount_options)
            return
        trash = self.path.with_name(f".{self.path.name}.trash")
        os.rename(self.path, trash)
        self.path.mkdir(mode=0o755)
        if self.uid is not None:
            os.chown(self.path, self.uid, self.gid)
        subprocess.run(["rm", "-rf", "--one-file-system", "--", str(trash)], capture_output=True, check=True)

    def write(self, name: str, text: str) -> None:
        # O_EXCL|O_NOFOLLOW: never follow a link a previous program may have planted.
        fd = os.open(self.path / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            if self.uid is not None:
                os.fchown(f.fileno(), self.uid, self.gid)

    def artefacts(self, limit: int = 256) -> list[str] | None:
        """Top-level regular files and directories (what a compile produced), or None past ``limit``.

        Symlinks and special files are left out: a run binds these host paths into
        its sandbox, and binding a planted link would follow it on the host.
        """
        names = []
        with os.scandir(self.path) as it:
            for entry in it:
                if entry.is_file(follow_symlinks=False) or entry.is_dir(follow_symlinks=False):
                    names.append(entry.name)
        return None if len(names) > limit else sorted(names)


@dataclass
class Isolation:
    """What this machine can enforce; probed once per executor."""

    bwrap: str | None
    root: bool
    cgroups: CgroupManager | None
    can_mount: bool
    problems: dict[str, str] = field(default_factory=dict)  # protection -> why it is missing

    @classmethod
    def probe(cls, *, allow_unsafe: bool = False) -> "Isolation":
        root = os.geteuid() == 0
        bwrap = shutil.which("bwrap")
        problems: dict[str, str] = {}
        if bwrap and not _bwrap_works(bwrap, root):
            problems["bwrap"] = "bubblewrap is installed but cannot create namespaces here (user namespaces disabled?)"
            bwrap = None
        elif not bwrap:
            problems["bwrap"] = "bubblewrap (bwrap) is not installed: apt-get install bubblewrap"
        if root:
            sweep_stale_scratch()
            sweep_stale_cgroups()
        cgroups = CgroupManager.probe() if root else None
        can_mount = root and _can_mount_tmpfs()
        iso = cls(bwrap=bwrap, root=root, cgroups=cgroups, can_mount=can_mount, problems=problems)
        for name in iso.missing():
            problems.setdefault(name, iso._why_missing(name))
        if iso.bwrap is None and not allow_unsafe:
            raise SandboxUnavailable(
                f"no isolation available: {problems['bwrap']}. Programs would run with your user's full "
                "access; pass --allow-unsafe (allow_unsafe=True) to run them anyway."
            )
        return iso

    def missing(self, *, vm_heavy: bool = False) -> list[str]:
        """Protections not enforced here (for a VM-heavy language, if ``vm_heavy``)."""
        out = []
        if self.bwrap is None:
            out += ["network", "filesystem", "cleanup", "syscall_filter"]
        elif seccomp.filter_program() is None:
            out.append("syscall_filter")
        if self.cgroups is None and (self.root or vm_heavy):
            # root: RLIMIT_NPROC does nothing; vm_heavy: RLIMIT_AS breaks the runtime
            if self.root:
                out.append("process_limit")
            if vm_heavy:
                out.append("memory_limit")
        if not self.can_mount:
            out.append("disk_limit")
        return [p for p in PROTECTIONS if p in out]

    def _why_missing(self, name: str) -> str:
        if name == "syscall_filter" and self.bwrap is not None:
            return "the seccomp filter is built for x86_64 only"
        if name in ("network", "filesystem", "cleanup", "syscall_filter"):
            return self.problems.get("bwrap", "bubblewrap unavailable")
        if name in ("process_limit", "memory_limit"):
            return "no writable cgroup v1 memory+pids hierarchy (cgroup v2 is not supported yet)"
        if name == "disk_limit":
            return "cannot mount a size-capped tmpfs (needs root): only a per-file size limit applies"
        return "unavailable"

    def identity_files(self, directory: Path, slots: int) -> dict[str, Path]:
        """``/etc/passwd`` and ``/etc/group`` with an entry for every slot uid, to bind in the sandbox.

        Without one, ``getpwuid`` fails for the sandbox uid, and with it Python's
        ``getpass.getuser``, node's ``os.userInfo`` and the like: a program would
        fail for our reason, not its own.
        """
        directory.mkdir(mode=0o755, exist_ok=True)
        out = {}
        for name, fmt in (("passwd", "oorl{n}:x:{id}:{id}:oorl sandbox:/work:/bin/sh"), ("group", "oorl{n}:x:{id}:")):
            try:
                host = Path("/etc", name).read_text()
            except OSError:
                host = ""
            extra = "".join(fmt.format(n=n, id=SANDBOX_UID_BASE + n) + "\n" for n in range(slots))
            path = directory / name
            path.write_text(host.rstrip("\n") + "\n" + extra)
            path.chmod(0o644)
            out[f"/etc/{name}"] = path
        return out

    def workspace(self, base: Path, slot: int, disk_mb: int) -> Workspace:
        path = base / f"slot{slot}"
        path.mkdir(parents=True, exist_ok=True)
        uid = gid = SANDBOX_UID_BASE + slot if self.root else None
        options = None
        if self.can_mount:
            options = f"size={disk_mb}m,mode=0755" + (f",uid={uid},gid={gid}" if uid is not None else "")
            try:
                mount_tmpfs(path, options)
            except OSError as e:
                log.warning("scratch tmpfs unavailable for %s: %s", path, e)
                options = None
        if uid is not None and options is None:
            os.chown(path, uid, gid)
        cgroup = self.cgroups.create(f"slot{slot}", memory_bytes=1 << 30, max_procs=256) if self.cgroups else None
        return Workspace(path=path, slot=slot, uid=uid, gid=gid, mount_options=options, cgroup=cgroup)

    def release(self, ws: Workspace) -> None:
        if ws.cgroup is not None:
            ws.cgroup.kill_all()
            try:
                ws.cgroup.remove()
            except OSError as e:
                log.warning("could not remove cgroup %s: %s", ws.cgroup.memory, e)
        if ws.mounted:
            try:
                umount_lazy(ws.path)
            except OSError as e:
                log.warning("%s", e)
        subprocess.run(["rm", "-rf", "--one-file-system", "--", str(ws.path)], capture_output=True)


def sweep_stale_scratch() -> int:
    """Unmount and delete scratch tmpfs left by executors whose process died; returns how many.

    A killed executor cannot unmount its slots; without this they would pile up in
    the host's mount table, and every new mount namespace copies that table.
    """
    removed = 0
    try:
        lines = Path("/proc/self/mountinfo").read_text().splitlines()
    except OSError:
        return 0
    for line in lines:
        left, _, right = line.partition(" - ")
        fields, rfields = left.split(), right.split()
        if len(fields) < 5 or len(rfields) < 2 or rfields[1] != "oorl-scratch":
            continue
        point = Path(fields[4])
        m = re.search(r"/oorl-exec-(\d+)-[^/]+/slot\d+$", str(point))
        if not m or pid_alive(int(m.group(1))):
            continue
        if subprocess.run(["umount", "-l", str(point)], capture_output=True).returncode == 0:
            removed += 1
            shutil.rmtree(point.parent, ignore_errors=True)
    return removed


def _bwrap_works(bwrap: str, root: bool) -> bool:
    kw = {"user": SANDBOX_UID_BASE, "group": SANDBOX_UID_BASE, "extra_groups": []} if root else {}
    argv = [bwrap, "--unshare-all", "--die-with-parent", *system_binds(), "--proc", "/proc", "--dev", "/dev",
            "/bin/true"]
    try:
        return subprocess.run(argv, capture_output=True, timeout=30, **kw).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _can_mount_tmpfs() -> bool:
    with tempfile.TemporaryDirectory(prefix="oorl-mnt-") as d:
        ok = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "oorl-probe", d], capture_output=True).returncode == 0
        if ok:
            subprocess.run(["umount", d], capture_output=True)
        return ok


def system_binds() -> list[str]:
    """Read-only binds of the system directories, following merged-/usr symlinks."""
    args = ["--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc"]
    for top in ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"):
        if os.path.islink(top):
            args += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            args += ["--ro-bind", top, top]
    return args


_warned_lock = threading.Lock()
_warned: set[str] = set()


def warn_once(message: str) -> None:
    """Log ``message`` loudly, once per process."""
    with _warned_lock:
        if message in _warned:
            return
        _warned.add(message)
    log.warning("%s", message)
