"""A small seccomp filter for sandboxed programs (handed to bubblewrap with ``--seccomp``).

Namespaces leave a few kernel interfaces shared with everything else the same uid
runs; this filter makes them fail with ENOSYS, which runtimes treat as "not
supported here" and fall back from:

* kernel keyrings (``add_key``, ``request_key``, ``keyctl``): keys outlive a run
  and are visible to the next run of the same uid, a channel between runs;
* ``ptrace``: attaching to the sandbox's init stops it and turns a finished run
  into a timeout;
* ``io_uring_*``, ``perf_event_open``, ``bpf``, ``userfaultfd``: large kernel
  attack surface that no program under test needs (libuv falls back to threads);
* module and kexec loading, for completeness (no capability allows them anyway).

The program is classic BPF, built here for x86_64 only (syscall numbers differ
per architecture).  Other architectures, and x32 or i386 system calls on x86_64,
are refused outright rather than let through unfiltered.
"""

from __future__ import annotations

import errno
import os
import platform
import struct

_AUDIT_ARCH_X86_64 = 0xC000003E
_X32_BIT = 0x40000000
_RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000
_LD_W_ABS, _JEQ_K, _JGE_K, _RET_K = 0x20, 0x15, 0x35, 0x06

DENIED_X86_64 = {
    "ptrace": 101,
    "init_module": 175,
    "delete_module": 176,
    "kexec_load": 246,
    "add_key": 248,
    "request_key": 249,
    "keyctl": 250,
    "perf_event_open": 298,
    "finit_module": 313,
    "kexec_file_load": 320,
    "bpf": 321,
    "userfaultfd": 323,
    "io_uring_setup": 425,
    "io_uring_enter": 426,
    "io_uring_register": 427,
}


def _insn(code: int, jt: int, jf: int, k: int) -> bytes:
    return struct.pack("HBBI", code, jt, jf, k)


def filter_program() -> bytes | None:
    """The BPF program as raw ``struct sock_filter`` bytes, or None where unsupported."""
    if platform.machine() != "x86_64":
        return None
    deny = _RET_ERRNO | errno.ENOSYS
    nrs = sorted(DENIED_X86_64.values())
    prog = [
        _insn(_LD_W_ABS, 0, 0, 4),  # seccomp_data.arch
        _insn(_JEQ_K, 1, 0, _AUDIT_ARCH_X86_64),
        _insn(_RET_K, 0, 0, deny),
        _insn(_LD_W_ABS, 0, 0, 0),  # seccomp_data.nr
        _insn(_JGE_K, len(nrs) + 1, 0, _X32_BIT),  # x32 ABI: to the deny at the end
    ]
    for i, nr in enumerate(nrs):
        prog.append(_insn(_JEQ_K, len(nrs) - i, 0, nr))  # jump to the deny after ALLOW
    prog += [_insn(_RET_K, 0, 0, _RET_ALLOW), _insn(_RET_K, 0, 0, deny)]
    return b"".join(prog)


def filter_fd(program: bytes) -> int:
    """A fresh read-only fd holding ``program`` at offset 0 (bubblewrap reads it once)."""
    fd = os.memfd_create("oorl-seccomp", 0)
    try:
        os.write(fd, program)
        return os.open(f"/proc/self/fd/{fd}", os.O_RDONLY)
    finally:
        os.close(fd)
