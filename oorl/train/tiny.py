"""The embedded default model: a byte-level BPE tokenizer and a small causal LM, built here from scratch.

Nothing is downloaded.  The tokenizer is trained on the text the project ships
(``default_corpus``: every reference solution, problem descriptions, translation
prompts, synthetic problems, the C programs and, once built, the IR of the GEPO
groups); the model is a randomly initialised Llama of about a million parameters.
It exists so that every part of the pipeline (rollout, rewards, GEPO, training,
saving and loading) runs end to end on a CPU without a model hub; it knows
nothing until trained.

Chat format (the tokenizer's ``chat_template``)::

    <|bos|><|system|>\\n{system}<|end|><|user|>\\n{prompt}<|end|><|assistant|>\\n{answer}<|end|>

``<|end|>`` is the eos token, so generation stops at the end of the assistant's
turn; ``<|pad|>`` is a separate token, so padding is never confused with a
finished answer.  Plain ``encode`` adds no special tokens; only the template
does.  The tokenizer is byte-level, so ``decode(encode(x)) == x`` for any text.

Limits: the same texts give the same tokenizer files byte for byte (checked by
the tests), and the same seed the same weights on one machine and torch build;
across torch versions or BLAS back-ends the initial weights may differ.
``build_tiny`` reuses a directory whose marker matches the build arguments and
the corpus hash; it does not notice edits to the files inside.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterable

BUILD_VERSION = 1  # bump when a change here changes what build_tiny writes, so old directories are rebuilt
MARKER = "oorl-tiny.json"
REQUIRED_FILES = ("config.json", "generation_config.json", "model.safetensors", "tokenizer.json",
                  "tokenizer_config.json")

PAD, BOS, EOS = "<|pad|>", "<|bos|>", "<|end|>"
ROLE_TOKENS = {"system": "<|system|>", "user": "<|user|>", "assistant": "<|assistant|>"}
SPECIAL_TOKENS = [PAD, BOS, EOS, *ROLE_TOKENS.values()]  # ids 0.. in this order

# Pre-tokenizer split (GPT-style, tuned for code): contractions; an identifier with at most one
# leading non-letter (" x", ".foo", "%tmp", "\tif"); single digits (numbers stay learnable);
# punctuation runs with their trailing newlines; newline runs with indentation; other whitespace.
SPLIT_PATTERN = (r"'(?:[sdmt]|ll|ve|re)"
                 r"|[^\r\n\p{L}\p{N}_]?[\p{L}_][\p{L}\p{N}_]*"
                 r"|\p{N}"
                 r"| ?[^\s\p{L}\p{N}_]+[\r\n]*"
                 r"|\s*[\r\n]+"
                 r"|\s+(?!\S)"
                 r"|\s+")

# Each role marker is written out (never built as '<|' + role + '|>'), so an unknown role fails
# loudly and `sanitize_control_tokens` sees every control token in the template's text.
# `generation` marks the assistant's tokens for `return_assistant_tokens_mask`.
CHAT_TEMPLATE = (
    "{{- bos_token -}}"
    "{%- for message in messages -%}"
    "{%- if message['role'] == 'system' -%}<|system|>{{ '\\n' + message['content'] + eos_token }}"
    "{%- elif message['role'] == 'user' -%}<|user|>{{ '\\n' + message['content'] + eos_token }}"
    "{%- elif message['role'] == 'assistant' -%}<|assistant|>{{ '\\n' }}"
    "{%- generation -%}{{ message['content'] + eos_token }}{%- endgeneration -%}"
    "{%- else -%}{{ raise_exception('unknown chat role ' ~ message['role'] ~ '; valid: system, user, assistant') }}"
    "{%- endif -%}"
    "{%- endfor -%}"
    "{%- if add_generation_prompt -%}<|assistant|>{{ '\\n' }}{%- endif -%}"
)

# Corpus sizes: enough text for 4k merges, small enough to train in a few seconds on 2 cores.
SYNTH_PROBLEMS = 600
SYNTH_SEED = 0
MAX_IR_CHARS = 40_000  # per IR text: one huge module must not dominate the merges
MAX_IR_TOTAL = 2_000_000  # all IR together: keeps training at a few seconds however many groups ship


def default_corpus() -> list[str]:
    """The project's own text, in a fixed order: shipped problems (every solution, descriptions,
    Python->C++ prompts), synthetic problems, the C programs and, if built, the GEPO groups' IR."""
    from oorl.ir import groups
    from oorl.tasks.prompts import translation_prompt
    from oorl.tasks.shipped import load_shipped
    from oorl.tasks.spec import FunctionProblem
    from oorl.tasks.synth import generate

    texts: list[str] = []
    for p in [*load_shipped(), *generate(SYNTH_PROBLEMS, SYNTH_SEED)]:
        texts.append(p.description if isinstance(p, FunctionProblem) else p.statement)
        texts.extend(p.solutions[lang] for lang in sorted(p.solutions))
        if "python" in p.solutions:
            texts.append(translation_prompt("python", p.solutions["python"], "cpp"))
    programs = Path(groups.DATA_DIR) / "programs"
    texts.extend(f.read_text(encoding="utf-8") for f in sorted(programs.glob("*.c")))
    if Path(groups.SHIPPED).exists():
        shipped = groups.load_shipped_groups()
        texts.extend(g["prompt"] for g in shipped)
        texts.extend(_ir_sample(shipped))
    return [t for t in texts if t]


def _ir_sample(shipped: list[dict]) -> list[str]:
    """Winners' IR, first winner of every group, then the second ..., until ``MAX_IR_TOTAL`` characters."""
    out, total = [], 0
    for rank in range(max((len(g["winners"]) for g in shipped), default=0)):
        for g in shipped:
            if rank < len(g["winners"]):
                ir = g["winners"][rank]["ir"][:MAX_IR_CHARS]
                if total + len(ir) > MAX_IR_TOTAL:
                    return out
                out.append(ir)
                total += len(ir)
    return out


def corpus_hash(texts: Iterable[str]) -> str:
    """sha256 over the texts and their boundaries (``["ab"]`` and ``["a", "b"]`` differ)."""
    h = hashlib.sha256()
    for t in texts:
        data = t.encode("utf-8")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def build_tokenizer(texts: Iterable[str], vocab_size: int = 4096):
    """A byte-level BPE trained on ``texts`` with the chat format's special tokens (``PreTrainedTokenizerFast``)."""
    from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    alphabet = pre_tokenizers.ByteLevel.alphabet()
    if vocab_size < len(SPECIAL_TOKENS) + len(alphabet):
        raise ValueError(f"vocab_size must be >= {len(SPECIAL_TOKENS) + len(alphabet)} (special tokens + 256 bytes), "
                         f"got {vocab_size}")
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(SPLIT_PATTERN), behavior="isolated"),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
    ])
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, min_frequency=2, special_tokens=SPECIAL_TOKENS,
                                  initial_alphabet=alphabet, show_progress=False)
    tok.train_from_iterator(texts, trainer=trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, bos_token=BOS, eos_token=EOS, pad_token=PAD,
        extra_special_tokens=list(ROLE_TOKENS.values()), chat_template=CHAT_TEMPLATE,
        clean_up_tokenization_spaces=False,  # its " ." -> "." rewrite would break exact round trips of code
    )


def build_tiny_model(tokenizer, *, hidden: int = 128, layers: int = 4, heads: int = 4, kv_heads: int = 2,
                     intermediate: int = 384, max_positions: int = 4096, seed: int = 0):
    """A randomly initialised Llama causal LM (tied embeddings) over ``tokenizer``'s vocabulary.

    Llama rather than Qwen2: for ``model_type == "qwen2"`` transformers' ``AutoTokenizer`` loads
    ``Qwen2Tokenizer``, which swaps in Qwen's own pre-tokenizer, so the saved tokenizer would not
    be the one trained here.  The same ``seed`` gives the same weights; torch's global RNG is left as it was.
    """
    import torch
    from transformers import GenerationConfig, LlamaConfig, LlamaForCausalLM

    if hidden % heads:
        raise ValueError(f"hidden ({hidden}) must be a multiple of heads ({heads})")
    if heads % kv_heads:
        raise ValueError(f"heads ({heads}) must be a multiple of kv_heads ({kv_heads}) for grouped-query attention")
    if (hidden // heads) % 2:
        raise ValueError(f"hidden // heads ({hidden // heads}) must be even for rotary embeddings")
    ids = dict(bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
               pad_token_id=tokenizer.pad_token_id)
    config = LlamaConfig(vocab_size=len(tokenizer), hidden_size=hidden, intermediate_size=intermediate,
                         num_hidden_layers=layers, num_attention_heads=heads, num_key_value_heads=kv_heads,
                         max_position_embeddings=max_positions, tie_word_embeddings=True,
                         rope_parameters={"rope_type": "default", "rope_theta": 10000.0}, **ids)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = LlamaForCausalLM(config)
    model.generation_config = GenerationConfig(**ids)
    return model


def _model_args(model_kwargs: dict) -> dict:
    """``model_kwargs`` completed with ``build_tiny_model``'s defaults, so that passing a default
    explicitly is the same build; an unknown name fails here, before any work."""
    params = {n: p.default for n, p in inspect.signature(build_tiny_model).parameters.items()
              if p.kind is p.KEYWORD_ONLY and n != "seed"}
    unknown = sorted(set(model_kwargs) - set(params))
    if unknown:
        raise TypeError(f"unknown model arguments {unknown}; valid: {', '.join(params)}")
    return {**params, **model_kwargs}


def _build_key(vocab_size: int, seed: int, model_kwargs: dict, corpus_sha256: str) -> dict:
    args = {"vocab_size": vocab_size, "seed": seed, **_model_args(model_kwargs)}
    record = {"version": BUILD_VERSION, "args": args, "corpus_sha256": corpus_sha256}
    record["key"] = hashlib.sha256(json.dumps(record, sort_keys=True).encode()).hexdigest()
    return record


def is_valid(directory: Path, key: str) -> bool:
    """Whether ``directory`` holds a complete build whose marker carries ``key``."""
    try:
        marker = json.loads((directory / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return marker.get("key") == key and all((directory / f).is_file() for f in REQUIRED_FILES)


def _install(tmp: Path, out: Path, key: str) -> None:
    """Move the finished build ``tmp`` to ``out``, replacing a stale ``out``; a racing builder that
    installed a valid build first wins and ``tmp`` is discarded."""
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.old-"))
        os.rename(out, old / "stale")
    try:
        os.rename(tmp, out)
    except OSError:
        if not is_valid(out, key):
            raise
        shutil.rmtree(tmp, ignore_errors=True)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def build_tiny(output_dir: str | Path, *, vocab_size: int = 4096, seed: int = 0,
               texts: Iterable[str] | None = None, **model_kwargs) -> Path:
    """Build (or reuse) the tiny tokenizer + model in ``output_dir``; returns it.

    ``texts`` is the tokenizer corpus (``default_corpus()`` when None); ``model_kwargs`` go to
    ``build_tiny_model``.  The result loads with ``AutoTokenizer`` / ``AutoModelForCausalLM.from_pretrained``.
    The build happens in a temporary directory beside ``output_dir`` and is renamed into place only
    when complete, so an interrupted build never leaves a half-written model behind.
    """
    out = Path(output_dir).absolute()
    model_kwargs = _model_args(model_kwargs)
    texts = list(default_corpus() if texts is None else texts)
    record = _build_key(vocab_size, seed, model_kwargs, corpus_hash(texts))
    if is_valid(out, record["key"]):
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.tmp-"))
    tmp.chmod(0o755)  # mkdtemp's 0700 would otherwise become the final directory's mode
    try:
        tokenizer = build_tokenizer(texts, vocab_size=vocab_size)
        model = build_tiny_model(tokenizer, seed=seed, **model_kwargs)
        tokenizer.model_max_length = model.config.max_position_embeddings
        tokenizer.save_pretrained(tmp)
        model.save_pretrained(tmp)
        (tmp / MARKER).write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        _install(tmp, out, record["key"])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out
