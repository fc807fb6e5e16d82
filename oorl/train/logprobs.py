"""Log-probs of a GEPO group (one prompt, k responses) without the padded-batch memory blow-up.

GEPO scores a group: one prompt of P tokens and k = n + m responses of L_i tokens each.  The loss needs,
for every response, the *sum* of its tokens' log-probs under the policy, with gradients.  The naive
layout (``padded``) repeats the prompt k times and pads every response to the longest one, so activation
memory grows like k * (P + max L_i): with a long C prompt and 8-16 IRs per group this is the memory limit
the GEPO paper names.  The layouts here, chosen by ``mode`` from ``MODES``:

``padded``        k rows ``prompt + response_i[:-1]``, right-padded, a 2D padding mask, one forward.
                  The baseline; kept because it is the obvious reference for the others.
``packed``        ONE row: the prompt once, then every response back to back.  A 4D mask lets response i
                  see the prompt and its own earlier tokens only, and position ids restart at P for every
                  response, so each response is computed exactly as if it were alone.  No padding; the
                  prompt is encoded once.  Attention implementations: ``eager`` and ``sdpa`` (see below).
``prefix_cache``  the prompt is encoded once with ``use_cache=True``; each response is then a forward of its
                  own over a fresh cache holding the prompt's key/value tensors (shared, not detached).
                  Gradients DO flow into the prompt: its keys/values stay in the autograd graph, and the
                  tests check that parameter gradients equal the padded layout's.
``serial``        one forward per response, ``prompt + response_i[:-1]``.  Returned together it holds every
                  graph at once (no saving); its use is ``gepo_backward_serial``, which backwards each member
                  right after its forward, so peak memory is one member's graph.

Every layout feeds ``response[:-1]`` (the last token's own prediction is never needed), takes the first
response token's log-prob from the prompt's last position, and asks the model for logits only at the
positions that predict a response token (``logits_to_keep``), so the comparison between layouts measures
the layout, not a [tokens, vocab] logits tensor that one of them did not need.

Custom 4D masks in transformers 5.x (read from ``transformers/masking_utils.py`` and the model code;
documented upstream in huggingface/transformers PR #46507, "[docs] 4D attention masks"): a mask of shape
``[batch, 1, q_len, kv_len]`` is detected by ``create_causal_mask`` and passed to the attention function
unchanged (no causal or padding logic is added, and packed-sequence detection from ``position_ids`` is
skipped).  What the attention function does with it differs:

* ``eager`` *adds* the mask to the scores (``scores + mask``), so it must be an additive float mask
  (0 = attend, a very negative number = blocked).  A bool mask would be added as 1/0 and silently ignored.
* ``sdpa`` hands it to ``torch.nn.functional.scaled_dot_product_attention``, which takes a bool mask
  (True = attend) or an additive float mask; bool costs 1 byte per entry instead of 4.
* ``flash_attention_*`` ignore dense masks, and ``flex_attention`` wants a ``BlockMask``: refused here.

Limits: the packed mask is dense, O(T^2) for T = P + sum(L_i - 1) tokens (T = 3k: 9 MB as bool; T = 18k:
324 MB), which is fine at GEPO's sizes but is the next wall; a varlen/flex kernel would remove it.  Models
with sliding-window layers are refused by ``packed`` (the same dense mask would be applied to them).
``gepo_backward_serial`` needs a deterministic forward (no active dropout) so that its two passes agree.
"""

from __future__ import annotations

from typing import Callable

import torch
import torch.nn.functional as F
from transformers import DynamicCache

Tensor = torch.Tensor


def _inner(model):
    """The Hugging Face model inside a DDP/FSDP-style wrapper (for its config, device, dtype; forwards go
    through the wrapper so that gradient synchronisation hooks run)."""
    while not hasattr(model, "config") and hasattr(model, "module"):
        model = model.module
    return model


def _as_ids(ids: list[int], device: torch.device) -> Tensor:
    return torch.tensor(ids, dtype=torch.long, device=device)


def _token_logprobs(logits: Tensor, targets: Tensor) -> Tensor:
    """log p(target) per row: logits [N, V], targets [N] -> [N], computed in fp32."""
    return -F.cross_entropy(logits.float(), targets, reduction="none")  # [N]


def _sum_per_response(token_lp: Tensor, lengths: list[int]) -> Tensor:
    """Token log-probs laid out response after response ([sum L_i]) -> per-response sums [k]."""
    owner = torch.repeat_interleave(torch.arange(len(lengths), device=token_lp.device),
                                    torch.tensor(lengths, device=token_lp.device))  # [sum L_i]
    return torch.zeros(len(lengths), dtype=token_lp.dtype, device=token_lp.device).index_add(0, owner, token_lp)


def _padded(model, prompt_ids: list[int], responses: list[list[int]]) -> Tensor:
    """k right-padded rows ``prompt + response_i[:-1]``, one forward."""
    dev, p, lengths = _inner(model).device, len(prompt_ids), [len(r) for r in responses]
    width = p + max(lengths) - 1
    ids = torch.zeros(len(responses), width, dtype=torch.long, device=dev)  # [k, S]; pad id 0 is never attended
    attn = torch.zeros_like(ids)  # [k, S]
    keep = torch.zeros_like(ids, dtype=torch.bool)  # [k, S]: positions whose logits predict a response token
    for i, r in enumerate(responses):
        row = prompt_ids + r[:-1]
        ids[i, : len(row)] = _as_ids(row, dev)
        attn[i, : len(row)] = 1
        keep[i, p - 1 : p - 1 + len(r)] = True
    logits = model(input_ids=ids, attention_mask=attn, logits_to_keep=keep, use_cache=False).logits  # [sum L_i, V]
    targets = _as_ids([t for r in responses for t in r], dev)  # [sum L_i], row-major like ``keep``
    return _sum_per_response(_token_logprobs(logits, targets), lengths)


def _additive_mask(allowed: Tensor, dtype: torch.dtype) -> Tensor:
    """Bool [.., T, T] -> float mask added to the scores (0 where allowed, the dtype's minimum elsewhere)."""
    zero = torch.zeros((), dtype=dtype, device=allowed.device)
    return torch.where(allowed, zero, torch.finfo(dtype).min)


def _bool_mask(allowed: Tensor, dtype: torch.dtype) -> Tensor:
    return allowed


# How each attention implementation wants a custom 4D mask (see the module docstring).
PACKED_MASKS: dict[str, Callable[[Tensor, torch.dtype], Tensor]] = {
    "eager": _additive_mask,
    "sdpa": _bool_mask,
}


def packed_layout(prompt_len: int, lengths: list[int], device=None) -> tuple[Tensor, Tensor, Tensor]:
    """The packed row's geometry for a prompt of ``prompt_len`` and responses of ``lengths`` tokens.

    Returns ``allowed`` [T, T] bool (query row may attend key column), ``position_ids`` [T], and
    ``predictors`` [sum L_i]: for each response token in order, the row position whose logits predict it.
    T = prompt_len + sum(L_i - 1).
    """
    seg = [torch.full((prompt_len,), -1, dtype=torch.long)]  # -1: prompt; i: response i
    pos = [torch.arange(prompt_len)]
    pred, start = [], prompt_len
    for i, n in enumerate(lengths):
        seg.append(torch.full((n - 1,), i, dtype=torch.long))
        pos.append(torch.arange(prompt_len, prompt_len + n - 1))  # restart: response i sees positions P, P+1, ...
        pred.append(torch.tensor([prompt_len - 1]))  # its first token is predicted by the prompt's last position
        pred.append(torch.arange(start, start + n - 1))
        start += n - 1
    seg_t = torch.cat(seg)  # [T]
    t = seg_t.numel()
    causal = torch.ones(t, t, dtype=torch.bool).tril()  # [T, T]
    allowed = causal & ((seg_t[None, :] == -1) | (seg_t[None, :] == seg_t[:, None]))  # [T, T]
    return allowed.to(device), torch.cat(pos).to(device), torch.cat(pred).to(device)


def _check_packable(model) -> Callable[[Tensor, torch.dtype], Tensor]:
    impl = _inner(model).config._attn_implementation
    if impl not in PACKED_MASKS:
        raise ValueError(f"mode 'packed' needs a custom 4D attention mask, which attention implementation {impl!r} "
                         f"does not take; load the model with attn_implementation in {sorted(PACKED_MASKS)}")
    kinds = set(getattr(_inner(model).config, "layer_types", None) or ["full_attention"])
    if kinds != {"full_attention"}:
        raise ValueError(f"mode 'packed' supports full-attention layers only, this model has {sorted(kinds)}; "
                         "use mode 'prefix_cache' or 'serial'")
    return PACKED_MASKS[impl]


def _packed(model, prompt_ids: list[int], responses: list[list[int]]) -> Tensor:
    """One row: prompt, then every ``response_i[:-1]``; a 4D mask keeps the responses apart."""
    to_mask = _check_packable(model)
    dev, lengths = _inner(model).device, [len(r) for r in responses]
    allowed, positions, predictors = packed_layout(len(prompt_ids), lengths, dev)
    ids = _as_ids(prompt_ids + [t for r in responses for t in r[:-1]], dev)[None]  # [1, T]
    mask = to_mask(allowed, _inner(model).dtype)[None, None]  # [1, 1, T, T]
    out = model(input_ids=ids, attention_mask=mask, position_ids=positions[None], logits_to_keep=predictors,
                use_cache=False)
    targets = _as_ids([t for r in responses for t in r], dev)  # [sum L_i]
    return _sum_per_response(_token_logprobs(out.logits[0], targets), lengths)  # logits [1, sum L_i, V] -> [k]


def _prefix_cache(model, prompt_ids: list[int], responses: list[list[int]]) -> Tensor:
    """Encode the prompt once; one forward per response over a cache holding the prompt's keys/values."""
    dev = _inner(model).device
    out = model(input_ids=_as_ids(prompt_ids, dev)[None], use_cache=True, logits_to_keep=1)
    if out.past_key_values is None:  # e.g. gradient checkpointing switches the cache off while training
        raise ValueError("mode 'prefix_cache' needs the model to return its cache (use_cache); it does not combine "
                         "with gradient checkpointing: use mode 'packed' or 'serial'")
    first = torch.log_softmax(out.logits[0, -1].float(), dim=-1)  # [V]: predicts every response's first token
    # The cached tensors stay in the graph (nothing is detached), so gradients reach the prompt's computation.
    prompt_kv = [(layer.keys, layer.values) for layer in out.past_key_values.layers]
    sums = []
    for r in responses:
        lp = first[r[0]]
        if len(r) > 1:
            cache = DynamicCache(ddp_cache_data=prompt_kv, config=_inner(model).config)  # a fresh cache per response
            logits = model(input_ids=_as_ids(r[:-1], dev)[None], past_key_values=cache, use_cache=True).logits
            lp = lp + _token_logprobs(logits[0], _as_ids(r[1:], dev)).sum()  # logits [1, L-1, V]
        sums.append(lp)
    return torch.stack(sums)  # [k]


def member_logprob(model, prompt_ids: list[int], response: list[int]) -> Tensor:
    """Summed log-prob of one response after the prompt: one forward of ``prompt + response[:-1]``; a scalar."""
    dev = _inner(model).device
    ids = _as_ids(prompt_ids + response[:-1], dev)[None]  # [1, P + L - 1]
    logits = model(input_ids=ids, logits_to_keep=len(response), use_cache=False).logits  # [1, L, V]
    return _token_logprobs(logits[0], _as_ids(response, dev)).sum()


def _serial(model, prompt_ids: list[int], responses: list[list[int]]) -> Tensor:
    return torch.stack([member_logprob(model, prompt_ids, r) for r in responses])  # [k]


MODES: dict[str, Callable[..., Tensor]] = {
    "padded": _padded,
    "packed": _packed,
    "prefix_cache": _prefix_cache,
    "serial": _serial,
}


def _validate(prompt_ids: list[int], responses: list[list[int]]) -> None:
    if not prompt_ids:
        raise ValueError("prompt_ids is empty: the first response token is predicted from the prompt's last token")
    if not responses:
        raise ValueError("responses is empty: a GEPO group needs at least one response")
    empty = [i for i, r in enumerate(responses) if not r]
    if empty:
        raise ValueError(f"responses {empty} are empty; every response needs at least one token (e.g. EOS)")


def group_logprobs(model, prompt_ids: list[int], responses: list[list[int]], *, mode: str) -> Tensor:
    """Summed log-prob of each response given the prompt under causal LM ``model``: [k], with gradients.

    ``model`` is a Hugging Face causal LM (``logits_to_keep`` support: Qwen2, Llama, ...); ``mode`` is a
    key of ``MODES``.  All modes give the same numbers up to float rounding.
    """
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; valid modes: {', '.join(MODES)}")
    _validate(prompt_ids, responses)
    return MODES[mode](model, prompt_ids, responses)


def gepo_backward_serial(model, prompt_ids: list[int], responses: list[list[int]],
                         loss_fn: Callable[[Tensor], Tensor], *, first_pass: str = "packed") -> tuple[Tensor, Tensor]:
    """Exact gradient of ``loss_fn(logp)`` with one member's graph alive at a time.  Returns (loss, logp [k]).

    The GEPO loss couples the members (group means, variances), so members cannot simply be backwarded one
    by one.  But dL/dtheta = sum_i dL/dlogp_i * dlogp_i/dtheta (chain rule), hence two passes:

    1. no-grad log-probs of all members (layout ``first_pass``), then ``g = dL/dlogp`` [k] by autograd on
       the k scalars alone;
    2. for each member, forward with grad and backward ``g_i * logp_i``; its graph is freed before the next.

    Gradients are *accumulated* into ``.grad`` like ``loss.backward()``.  ``loss_fn`` maps [k] to a scalar
    (wrap a ``(loss, metrics)`` function as ``lambda lp: fn(lp)[0]``).  The forward must be deterministic
    (dropout off); ``first_pass="serial"`` makes pass 1 bit-identical to pass 2 (and works with any attention
    implementation), the default ``packed`` agrees to float rounding and costs one forward of the packed row.
    """
    _validate(prompt_ids, responses)
    with torch.no_grad():
        logp = group_logprobs(model, prompt_ids, responses, mode=first_pass)  # [k]
    leaf = logp.detach().requires_grad_(True)
    loss = loss_fn(leaf)
    (grad_logp,) = torch.autograd.grad(loss, leaf)  # [k]
    for g, r in zip(grad_logp.tolist(), responses):
        if g != 0.0:  # a member the loss ignores contributes no gradient
            (g * member_logprob(model, prompt_ids, r)).backward()
    return loss.detach(), logp.detach()
