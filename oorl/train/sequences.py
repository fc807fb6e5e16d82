"""Token log-probs of (prompt, response) sequences in micro-batches: the RL term's log-probs.

``response_logprobs`` returns ``[B, T]`` log-probs of each response's tokens (column j = token j of
the response) and the ``[B, T]`` mask of real tokens, computed over right-padded rows of
``prompt + response[:-1]`` with logits kept only where a response token is predicted.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

Tensor = torch.Tensor


def batch_logprobs(model, prompts: list[list[int]], responses: list[list[int]], pad_id: int) -> tuple[Tensor, Tensor]:
    """One micro-batch: ``(logp [b, T], mask [b, T])`` with T its longest response."""
    dev = next(model.parameters()).device
    rows = [p + r[:-1] for p, r in zip(prompts, responses)]
    width = max(len(x) for x in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long, device=dev)  # [b, W]
    attn = torch.zeros((len(rows), width), dtype=torch.long, device=dev)  # [b, W]
    for i, x in enumerate(rows):
        ids[i, : len(x)] = torch.tensor(x, device=dev)
        attn[i, : len(x)] = 1
    logits = model(input_ids=ids, attention_mask=attn, use_cache=False).logits.float()  # [b, W, V]
    t_max = max(len(r) for r in responses)
    out = torch.zeros((len(rows), t_max), dtype=torch.float32, device=dev)  # [b, T]
    mask = torch.zeros((len(rows), t_max), dtype=torch.float32, device=dev)  # [b, T]
    for i, (p, r) in enumerate(zip(prompts, responses)):
        start = len(p) - 1  # the position whose logits predict the first response token
        lp = F.log_softmax(logits[i, start : start + len(r)], dim=-1)  # [L, V]
        out[i, : len(r)] = lp.gather(-1, torch.tensor(r, device=dev)[:, None])[:, 0]
        mask[i, : len(r)] = 1.0
    return out, mask


def response_logprobs(model, prompts: list[list[int]], responses: list[list[int]], *, pad_id: int,
                      micro_batch_size: int) -> tuple[Tensor, Tensor]:
    """``(logp [B, T], mask [B, T])`` for every (prompt, response); gradients flow unless under no_grad."""
    if any(not r for r in responses) or any(not p for p in prompts):
        raise ValueError("every prompt and response needs at least one token")
    parts = [batch_logprobs(model, prompts[i : i + micro_batch_size], responses[i : i + micro_batch_size], pad_id)
             for i in range(0, len(prompts), micro_batch_size)]
    t_max = max(p[0].shape[1] for p in parts)
    logp = torch.cat([F.pad(p[0], (0, t_max - p[0].shape[1])) for p in parts])  # [B, T]
    mask = torch.cat([F.pad(p[1], (0, t_max - p[1].shape[1])) for p in parts])  # [B, T]
    return logp, mask
