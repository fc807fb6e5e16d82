"""Memory of GEPO group log-probs, forward + backward, per layout against the padded baseline of the same run.

One GEPO group: a long prompt and k responses of varied length (default 1024 prompt tokens, 8 responses of
128-256 tokens) through a small randomly initialised Qwen2 model, with a GEPO-shaped loss that couples the
members (winners against losers, scaled by the group's spread).  Layouts (``oorl.train.logprobs``):

``padded``        baseline: k rows prompt + response, right-padded, one forward, one backward;
``packed``        one row, prompt once, 4D mask, positions restarted per response;
``prefix_cache``  prompt encoded once, one forward per response over its cached keys/values;
``serial``        ``gepo_backward_serial``: a no-grad packed pass for dL/dlogp, then forward + backward
                  per member (exact same gradient, one member's graph alive at a time).

Every layout runs in a fresh subprocess (same seed, same model), after an untimed warm-up on a tiny group
that also allocates the ``.grad`` buffers, so no column below counts the parameters or their gradients:

``tokens``   tokens fed to the model (sum of input lengths incl. padding and, for serial, both passes);
``saved``    peak bytes of tensors autograd holds for backward: a saved-tensors hook records every saved
             tensor's storage (deduplicated, parameters excluded) until it is freed.  This is the
             activation memory that grows with the layout; it misses transient buffers (e.g. a logits
             block that lives only inside one op);
``rss``      growth of the process's resident-set high-water mark over the run (CPU; everything, incl.
             allocator slack, so noisier but nothing is hidden);
``cuda``     growth of ``torch.cuda.max_memory_allocated`` over the run (with ``--device cuda``).

Ratios are layout / padded (below 1 is less).  The log-probs of every layout are cross-checked against
the padded ones (relative 1e-4) and the gradients' global norm likewise; a mismatch fails the run.

    python bench/gepo_memory.py [--prompt 1024] [--responses 8] [--min-len 128] [--max-len 256]
                                [--attn sdpa|eager] [--device cpu|cuda] [--dtype float32|bfloat16]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
import weakref
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MODES = ("padded", "packed", "prefix_cache", "serial")


class SavedTensorBytes:
    """Peak bytes of storages held for backward (parameters excluded), via ``saved_tensors_hooks``."""

    def __init__(self, model):
        self.skip = {p.untyped_storage().data_ptr() for p in model.parameters()}
        self.live: dict[int, list[int]] = {}  # storage pointer -> [bytes, saved references alive]
        self.now = self.peak = 0

    def _release(self, ptr: int) -> None:
        entry = self.live[ptr]
        entry[1] -= 1
        if entry[1] == 0:
            self.now -= entry[0]
            del self.live[ptr]

    def pack(self, t):
        storage = t.untyped_storage()
        ptr = storage.data_ptr()
        if ptr in self.skip or storage.nbytes() == 0:
            return t
        entry = self.live.setdefault(ptr, [storage.nbytes(), 0])
        if entry[1] == 0:
            self.now += entry[0]
            self.peak = max(self.peak, self.now)
        entry[1] += 1
        weakref.finalize(t, self._release, ptr)  # the graph's reference is the one that keeps t alive
        return t


def make_group(args) -> tuple[list[int], list[list[int]]]:
    rng = random.Random(args.seed)
    prompt = [rng.randrange(args.vocab) for _ in range(args.prompt)]
    lengths = [rng.randint(args.min_len, args.max_len) for _ in range(args.responses)]
    return prompt, [[rng.randrange(args.vocab) for _ in range(n)] for n in lengths]


def make_model(args):
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    config = Qwen2Config(hidden_size=args.hidden, num_hidden_layers=args.layers, num_attention_heads=args.heads,
                         num_key_value_heads=max(1, args.heads // 2), intermediate_size=args.hidden * 11 // 4,
                         vocab_size=args.vocab, max_position_embeddings=args.prompt + args.max_len + 8)
    config._attn_implementation = args.attn
    torch.manual_seed(args.seed)
    return Qwen2ForCausalLM(config).to(device=args.device, dtype=getattr(torch, args.dtype))


def coupled_loss(logp):
    """GEPO-shaped: first half of the group are winners; scaled by the spread, so members are coupled."""
    n = len(logp) // 2
    return -(logp[:n].mean() - logp[n:].mean()) / (logp.float().std() + 1.0)  # [k] -> []


def step(model, mode: str, prompt, responses):
    """Forward + backward of the group in ``mode``; returns the detached log-probs [k]."""
    from oorl.train.logprobs import gepo_backward_serial, group_logprobs

    if mode == "serial":
        return gepo_backward_serial(model, prompt, responses, coupled_loss)[1]
    logp = group_logprobs(model, prompt, responses, mode=mode)
    coupled_loss(logp).backward()
    return logp.detach()


def worker(args) -> dict:
    import torch

    model = make_model(args)
    tokens = [0]
    model.get_input_embeddings().register_forward_pre_hook(lambda _m, inp: tokens.__setitem__(0, tokens[0] + inp[0].numel()))
    prompt, responses = make_group(args)
    step(model, args.worker, prompt[:8], [r[:4] for r in responses[:3]])  # warm-up; allocates .grad
    cuda = args.device.startswith("cuda")
    if cuda:
        torch.cuda.synchronize()
        torch.cuda.reset_peak_memory_stats()
        cuda_base = torch.cuda.memory_allocated()
    times, result = [], {}
    for r in range(args.rounds):
        model.zero_grad(set_to_none=False)
        tokens[0] = 0
        saved = SavedTensorBytes(model)
        rss_base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.perf_counter()
        with torch.autograd.graph.saved_tensors_hooks(saved.pack, lambda t: t):
            logp = step(model, args.worker, prompt, responses)
        if cuda:
            torch.cuda.synchronize()
        times.append(time.perf_counter() - t0)
        if r == 0:  # memory from the first round; later rounds only add timings
            grad_norm = torch.linalg.vector_norm(torch.stack([p.grad.float().norm() for p in model.parameters()]))
            result = {"tokens": tokens[0], "saved": saved.peak,
                      "rss": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_base) * 1024,
                      "cuda": torch.cuda.max_memory_allocated() - cuda_base if cuda else None,
                      "logp": logp.float().tolist(), "grad_norm": grad_norm.item()}
    result["seconds"] = statistics.median(times)
    return result


def run_mode(mode: str, argv: list[str]) -> dict:
    proc = subprocess.run([sys.executable, __file__, *argv, "--worker", mode], capture_output=True, text=True)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    if proc.returncode or not lines:
        raise RuntimeError(f"{mode} worker failed (rc {proc.returncode}):\n{proc.stderr[-2000:]}")
    return json.loads(lines[-1][len("RESULT "):])


def mismatch(res: dict, ref: dict, rtol: float) -> float:
    """Largest relative difference from the baseline over the log-probs and the gradient norm."""
    pairs = list(zip(res["logp"], ref["logp"])) + [(res["grad_norm"], ref["grad_norm"])]
    return max(abs(a - b) / max(abs(b), 1e-12) for a, b in pairs)


def report(args, results: dict[str, dict]) -> int:
    ref = results["padded"]
    cuda = args.device.startswith("cuda")
    mb = 1 / 2**20
    cols = [("tokens", 1, "{:9.0f}"), ("saved", mb, "{:9.1f}"), ("cuda" if cuda else "rss", mb, "{:9.1f}"),
            ("seconds", 1, "{:9.2f}")]
    _, responses = make_group(args)
    print(f"\nGEPO group log-probs, forward + backward: prompt {args.prompt}, {args.responses} responses of "
          f"{min(map(len, responses))}-{max(map(len, responses))} tokens; Qwen2 {args.layers}x{args.hidden}, "
          f"vocab {args.vocab}, {args.attn}, {args.device} {args.dtype}; memory in MiB, time median of {args.rounds}")
    head = " ".join(f"{c + (' MiB' if s == mb else ''):>9s} {'x':>6s}" for c, s, _ in cols)
    print(f"{'mode':13s} {head} {'max rel diff':>12s}")
    bad = 0
    for mode, res in results.items():
        cells = []
        for c, scale, fmt in cols:
            ratio = res[c] / ref[c] if ref[c] else float("nan")
            cells.append(f"{fmt.format(res[c] * scale)} {ratio:5.2f}x")
        diff = mismatch(res, ref, args.rtol)
        bad += diff > args.rtol
        print(f"{mode:13s} {' '.join(cells)} {diff:12.1e}")
    print(f"layouts disagreeing with padded beyond rel {args.rtol:g}: {bad}")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--prompt", type=int, default=1024, help="prompt tokens")
    ap.add_argument("--responses", type=int, default=8, help="responses in the group (k = n + m)")
    ap.add_argument("--min-len", type=int, default=128)
    ap.add_argument("--max-len", type=int, default=256)
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--heads", type=int, default=8)
    ap.add_argument("--vocab", type=int, default=32000)
    ap.add_argument("--attn", default="sdpa", choices=("sdpa", "eager"))
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--dtype", default="float32", choices=("float32", "bfloat16"))
    ap.add_argument("--modes", default=",".join(MODES), help="comma-separated; padded is always run first")
    ap.add_argument("--rounds", type=int, default=1, help="timed runs per layout; the median is reported")
    ap.add_argument("--rtol", type=float, default=None, help="cross-check tolerance (default 1e-4 fp32, 2e-2 bf16)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--worker", choices=MODES, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        print("RESULT " + json.dumps(worker(args)))
        return 0
    if args.rtol is None:
        args.rtol = 1e-4 if args.dtype == "float32" else 2e-2
    modes = ["padded"] + [m for m in args.modes.split(",") if m and m != "padded"]
    unknown = sorted(set(modes) - set(MODES))
    if unknown:
        ap.error(f"unknown modes {unknown}; valid: {', '.join(MODES)}")
    results = {mode: run_mode(mode, argv) for mode in modes}
    return report(args, results)


if __name__ == "__main__":
    sys.exit(main())
