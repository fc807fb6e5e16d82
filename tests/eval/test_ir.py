"""``oorl eval ir``: GEPO discrimination, checked against plain per-sequence forward passes.

The groups are a handful of shipped held-out groups (the smallest, which fit ``MAX_TOKENS``, and the
largest, which does not and must be counted as skipped) scored with the embedded tiny model.
"""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import statistics

import pytest
import torch

from oorl.eval import ir
from oorl.eval.generate import tiny_model_dir
from oorl.ir.groups import load_shipped_groups
from oorl.losses import gepo_loss
from oorl.rollout.base import chat_prompt
from oorl.train.logprobs import group_logprobs

MAX_TOKENS = 700  # prompt + one member: the smallest held-out groups fit, the largest does not


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    """One intra-op thread: on a small shared CPU, two spinning threads per process were 10x slower."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="module")
def tiny():
    from transformers import AutoModelForCausalLM

    from oorl.train.models import load_tokenizer

    path = tiny_model_dir()
    return AutoModelForCausalLM.from_pretrained(path, attn_implementation="sdpa").eval(), load_tokenizer(str(path))


@pytest.fixture(scope="module")
def groups():
    by_size = sorted(load_shipped_groups("heldout"),
                     key=lambda g: sum(len(m["ir"]) for m in g["winners"] + g["losers"]))
    return by_size[:4] + by_size[-1:]


# -- the independent recomputation ---------------------------------------------------------------------


def plain_logp(model, prompt_ids: list[int], response: list[int]) -> float:
    """Summed log-prob of ``response`` after the prompt: one forward of the whole sequence, no packing."""
    ids = torch.tensor([prompt_ids + response])  # [1, P + L]
    with torch.no_grad():
        logp = torch.log_softmax(model(input_ids=ids).logits[0].float(), dim=-1)  # [P + L, V]
    rows = logp[len(prompt_ids) - 1 : -1]  # [L, V]: position t predicts token t + 1
    return rows.gather(-1, torch.tensor(response)[:, None]).sum().item()


def expected(policy, reference, tokenizer, groups, beta: float) -> dict:
    """The summary metrics computed by hand: members tokenised here, one forward per member and model."""
    scores, margins, variances, lp_scores, lp_margins, skipped = [], [], [], [], [], 0
    for g in groups:
        prompt = chat_prompt(tokenizer, g["prompt"])
        sides = []
        for entries in (g["winners"], g["losers"]):
            texts = ["```llvm\n" + e["ir"].rstrip() + "\n```" for e in entries]
            toks = [tokenizer(t, add_special_tokens=False)["input_ids"] + [tokenizer.eos_token_id] for t in texts]
            sides.append([t for t in toks if len(prompt) + len(t) <= MAX_TOKENS])
        if not sides[0] or not sides[1]:
            skipped += 1
            continue
        (w_pol, l_pol), (w_ref, l_ref) = [[[plain_logp(m, prompt, t) for t in side] for side in sides]
                                          for m in (policy, reference)]
        r_w = [beta * (a - b) for a, b in zip(w_pol, w_ref)]
        r_l = [beta * (a - b) for a, b in zip(l_pol, l_ref)]
        margin = statistics.fmean(r_w) - statistics.fmean(r_l)
        lp_margin = statistics.fmean(w_pol) - statistics.fmean(l_pol)
        margins.append(margin)
        scores.append(1.0 if margin > 0 else 0.0 if margin < 0 else 0.5)
        variances.append(statistics.pvariance(r_w))
        lp_margins.append(lp_margin)
        lp_scores.append(1.0 if lp_margin > 0 else 0.0 if lp_margin < 0 else 0.5)
    return {"groups": len(margins), "skipped": skipped, "accuracy": statistics.fmean(scores),
            "mean_margin": statistics.fmean(margins), "winner_variance": statistics.fmean(variances),
            "logp_accuracy": statistics.fmean(lp_scores), "logp_margin": statistics.fmean(lp_margins),
            "margins": margins}


# -- pure arithmetic -----------------------------------------------------------------------------------


def test_group_row_by_hand():
    """beta 0.5; winners logp (-10, -14) vs ref (-12, -12): r_w = (1, -1), mean 0, Var = 1;
    losers logp (-20) vs ref (-16): r_l = (-2); margin 0 - (-2) = 2.  Raw logp: mean_w -12 > -20."""
    row = ir.group_row("g", [-10.0, -14.0], [-20.0], [-12.0, -12.0], [-16.0], beta=0.5)
    assert row["rewards_w"] == [1.0, -1.0] and row["rewards_l"] == [-2.0]
    assert row["margin"] == 2.0 and row["score"] == 1.0 and row["winner_var"] == 1.0
    assert row["logp_margin"] == 8.0 and row["ref_logp_margin"] == 4.0


def test_summary_counts_ties_as_half_and_skips_apart():
    rows = [ir.group_row("a", [-1.0], [-2.0], [-1.0], [-1.0], beta=1.0),  # margin +1: 1
            ir.group_row("b", [-3.0], [-3.0], [-1.0], [-1.0], beta=1.0),  # margin 0: a tie, 0.5
            ir.group_row("c", [-5.0], [-1.0], [-1.0], [-1.0], beta=1.0),  # margin -4: 0
            {"id": "d", "status": "skipped", "left_out": 9}]
    s = ir.summarize(rows, beta=1.0, max_tokens=10)
    assert s["groups"] == 3 and s["skipped"] == 1 and s["ties"] == 1 and s["members_left_out"] == 9
    assert s["accuracy"] == pytest.approx(0.5) and s["mean_margin"] == pytest.approx(-1.0)
    assert "0.5" in s["tie_rule"]
    empty = ir.summarize(rows[3:], beta=1.0, max_tokens=10)
    assert empty["groups"] == 0 and empty["accuracy"] is None and empty["mean_margin"] is None


def test_chunks_respect_the_budget():
    rs = [[0] * n for n in (5, 5, 3, 12, 1)]
    assert [[len(r) for r in c] for c in ir._chunks(rs, 10)] == [[5, 5], [3], [12], [1]]


def test_unknown_layout_is_refused(tiny, groups):
    model, tok = tiny
    with pytest.raises(ValueError, match="valid: packed, padded, prefix_cache, serial"):
        ir.ir_discrimination(model, model, tok, groups[:1], layout="fast")


# -- with the tiny model ---------------------------------------------------------------------------------


def test_policy_equal_to_reference_scores_one_half(tiny, groups):
    model, tok = tiny
    summary, rows = ir.ir_discrimination(model, copy.deepcopy(model), tok, groups, max_tokens=MAX_TOKENS,
                                         progress=False)
    assert summary["groups"] >= 2 and summary["skipped"] >= 1  # the fixture still holds both kinds
    assert summary["accuracy"] == 0.5 and summary["ties"] == summary["groups"]
    assert summary["mean_margin"] == 0.0 and summary["winner_variance"] == 0.0
    assert all(r["margin"] == 0.0 for r in rows if r["status"] == "scored")
    assert summary["logp_accuracy"] == summary["ref_logp_accuracy"]


@pytest.fixture(scope="module")
def other_policy(tiny, groups):
    """The tiny model's architecture and tokenizer with other weights, and its expected summary (beta 0.2)."""
    from oorl.train.tiny import build_tiny_model

    reference, tok = tiny
    policy = build_tiny_model(tok, seed=1).eval()
    return policy, expected(policy, reference, tok, groups, beta=0.2)


@pytest.mark.parametrize("layout", [None, "packed", "padded"])
def test_another_policy_matches_plain_forwards(tiny, groups, other_policy, layout):
    """Default layout (serial on CPU), and the batched ones: 1500 response tokens per forward puts two or
    three members of ~500 tokens in each."""
    (reference, tok), (policy, want) = tiny, other_policy
    summary, rows = ir.ir_discrimination(policy, reference, tok, groups, beta=0.2, max_tokens=MAX_TOKENS,
                                         progress=False, pack_tokens=1500, layout=layout)
    assert (summary["groups"], summary["skipped"]) == (want["groups"], want["skipped"])
    assert summary["accuracy"] == want["accuracy"] and summary["logp_accuracy"] == want["logp_accuracy"]
    for key in ("mean_margin", "winner_variance", "logp_margin"):
        assert summary[key] == pytest.approx(want[key], rel=1e-4, abs=1e-3), key
    got = [r["margin"] for r in rows if r["status"] == "scored"]
    assert got == pytest.approx(want["margins"], rel=1e-4, abs=1e-3)
    assert summary["mean_margin"] != 0.0


@pytest.mark.slow
def test_gepo_steps_teach_the_groups(tiny, groups):
    """Two GEPO steps on one small group: afterwards its winners out-score its losers.  lam=0: at a
    learning rate that moves a random model in two steps, the variance term makes the margin oscillate."""
    from oorl.train.data import prepare_group

    reference, tok = tiny
    policy = copy.deepcopy(reference).train()
    g = groups[0]
    item = prepare_group(g, tok, chat_prompt(tok, g["prompt"]), max_winners=99, max_losers=99, max_tokens=MAX_TOKENS)
    members, n = item.winners + item.losers, len(item.winners)
    with torch.no_grad():
        ref = group_logprobs(reference, item.prompt_ids, members, mode="serial")  # [k]
    opt = torch.optim.Adam(policy.parameters(), lr=1e-4)
    for _ in range(2):
        logp = group_logprobs(policy, item.prompt_ids, members, mode="packed")  # [k]
        loss, _ = gepo_loss(logp[None, :n], ref[None, :n], logp[None, n:], ref[None, n:], lam=0.0)
        opt.zero_grad()
        loss.backward()
        opt.step()
    summary, rows = ir.ir_discrimination(policy, reference, tok, [g], max_tokens=MAX_TOKENS, progress=False)
    assert summary["accuracy"] == 1.0 and summary["mean_margin"] > 0
    assert policy.training  # the caller's mode is given back
    want = expected(policy.eval(), reference, tok, [g], beta=0.1)
    assert summary["mean_margin"] == pytest.approx(want["mean_margin"], rel=1e-4, abs=1e-3)


# -- the command line ------------------------------------------------------------------------------------


def run_cli(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ir.add_parser(ap.add_subparsers())
    args = ap.parse_args(["ir", *argv])
    return args.eval_func(args)


def write_groups(path, groups) -> None:
    path.write_text("".join(json.dumps(g) + "\n" for g in groups), encoding="utf-8")


def test_cli_needs_a_reference_for_a_plain_model(tmp_path, capsys):
    assert run_cli(["--model", "tiny", "-o", str(tmp_path / "out")]) == 2
    assert "--reference is required" in capsys.readouterr().err


def test_cli_bad_groups_file_names_the_line(tmp_path, groups, capsys):
    bad = tmp_path / "groups.jsonl"
    bad.write_text(json.dumps(groups[0]) + "\n{not json\n", encoding="utf-8")
    assert run_cli(["--groups", str(bad), "--split", "all", "--model", "tiny", "--reference", "tiny",
                    "-o", str(tmp_path / "out")]) == 2
    assert f"{bad}:2" in capsys.readouterr().err


def test_cli_split_mismatch_and_empty_split(tmp_path, groups, capsys):
    assert run_cli(["--groups", "shipped:heldout", "--split", "train", "--model", "tiny", "--reference", "tiny",
                    "-o", str(tmp_path / "out")]) == 2
    assert "disagree" in capsys.readouterr().err
    f = tmp_path / "g.jsonl"
    write_groups(f, [{k: v for k, v in g.items() if k != "split"} for g in groups[:1]])  # no split: 'train'
    assert run_cli(["--groups", str(f), "--model", "tiny", "--reference", "tiny", "-o", str(tmp_path / "o")]) == 2
    assert "--split all" in capsys.readouterr().err
    write_groups(f, [{**g, "verified": False} for g in groups[:1]])
    assert run_cli(["--groups", str(f), "--model", "tiny", "--reference", "tiny", "-o", str(tmp_path / "o")]) == 2
    assert "--include-unverified" in capsys.readouterr().err


def test_cli_on_a_run_directory_uses_its_start_model_and_settings(tmp_path, groups, capsys):
    run = tmp_path / "run"
    run.mkdir()
    shutil.copytree(tiny_model_dir(), run / "model")  # the exported policy: the start model, unchanged
    (run / "config.yaml").write_text("model:\n  path: tiny\ngepo:\n  beta: 0.5\n  max_tokens: 700\n",
                                     encoding="utf-8")
    f = tmp_path / "g.jsonl"
    write_groups(f, groups[:2] + groups[-1:])
    out = tmp_path / "out"
    assert run_cli(["--groups", str(f), "--split", "heldout", "--model", str(run), "--no-progress",
                    "-o", str(out)]) == 0
    summary = json.loads((out / "summary.json").read_text())
    assert summary["reference"] == str(tiny_model_dir()) and summary["model"] == str(run / "model")
    assert summary["beta"] == 0.5 and summary["max_tokens"] == 700
    assert summary["groups"] == 2 and summary["skipped"] == 1 and summary["accuracy"] == 0.5
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert [r["id"] for r in rows] == [g["id"] for g in groups[:2] + groups[-1:]]
    assert [r["status"] for r in rows] == ["scored", "scored", "skipped"]
    assert "2 groups (1 skipped): accuracy 0.500" in capsys.readouterr().out


def test_eval_modules_import_no_torch():
    import subprocess
    import sys

    code = "import sys, oorl.eval.ir, oorl.eval.report; print('torch' in sys.modules, 'transformers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
