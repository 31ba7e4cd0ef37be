"""MiniLM's forward pass on several texts without padding: the live turns' encoder.

Why: a padded batch computes every layer for the longest text's length on every row, and the customer
messages that meet in one batch differ a lot in length (25 word pieces at the median, 50 at the 90th
percentile). Here the texts' word pieces are laid end to end: the linear layers (nearly all the work) run
once over the real tokens of the whole batch, and only attention is computed text by text. Same weights
and operations as the BERT module of `SentenceTransformer.encode` (embeddings, 6 layers, mean pooling over
the text's tokens, L2 normalisation).

The linear layers run in the precision `matmul_precision` chooses: bfloat16 where the CPU multiplies it
natively (AMX or AVX-512 BF16), float32 elsewhere. Layer norms, attention, the residual stream and
pooling stay float32. Measured on the shared 2-core machine (held-out messages, two per pass, 1 thread):
float32 20.5 ms of CPU per pass, bfloat16 10.9 ms; the vectors' cosine to float32's is 0.99990 at the
least (mean 0.99998). In float32 the vectors differ from encode()'s in the seventh decimal, as a padded
batch's do from one text's.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    import torch
    from sentence_transformers import SentenceTransformer

log = logging.getLogger(__name__)

# Texts per forward pass: past ~8 the per-text cost stops falling; 16 bounds the activations' memory.
PACKED_TEXTS = 16
ROW_BUCKET = 16
PRECISION_ENV = "MINILM_PRECISION"  # auto (default) | float32 | bfloat16
# bfloat16 is used only if it is this much faster than float32 on the machine, and its vectors this close.
BF16_MIN_SPEEDUP = 1.25
BF16_MIN_COSINE = 0.9995
# Written here for the start-up comparison; any everyday sentences would do.
_PROBE_TEXTS = (
    "Where is my order? It was supposed to arrive on Monday and the tracking has not moved since.",
    "Can I exchange the jacket for a bigger size, or do I need to return it first?",
    "hi",
    "Do you ship to Canada, and how long does delivery take?",
)


def supports(model: SentenceTransformer) -> bool:
    """True for the architecture this forward reproduces: a BERT encoder with absolute positions and
    erf GELU, mean pooling, then normalisation (all-MiniLM-L6-v2 as shipped)."""
    if len(model) != 3:
        return False
    transformer, pooling, normalize = model[0], model[1], model[2]
    bert = getattr(transformer, "auto_model", None)
    config = getattr(bert, "config", None)
    return (
        getattr(config, "model_type", None) == "bert"
        and getattr(config, "hidden_act", None) == "gelu"
        and getattr(config, "position_embedding_type", "absolute") == "absolute"
        and getattr(pooling, "pooling_mode", None) == "mean"
        and type(normalize).__name__ == "Normalize"
    )


@dataclass(frozen=True)
class _Layer:
    qkv_weight: torch.Tensor  # query, key and value stacked: one matrix product instead of three
    qkv_bias: torch.Tensor
    out_weight: torch.Tensor
    out_bias: torch.Tensor
    attention_norm: torch.nn.LayerNorm
    up_weight: torch.Tensor
    up_bias: torch.Tensor
    down_weight: torch.Tensor
    down_bias: torch.Tensor
    output_norm: torch.nn.LayerNorm


class PackedEncoder:
    """The packed forward pass over one loaded model, its linear weights laid out once in `dtype`."""

    def __init__(self, model: SentenceTransformer, dtype: torch.dtype):
        import torch

        self.model, self.dtype = model, dtype
        self.bert = model[0].auto_model
        config = self.bert.config
        self.heads, self.eps = config.num_attention_heads, config.layer_norm_eps
        self.width = config.hidden_size // self.heads
        self.scale = self.width ** -0.5

        # The library's word-piece tokenizer called directly, unpadded (what `preprocess` computes, without
        # its padding and tensor building: 0.19 against 0.51 ms per two texts), truncated at max_seq_length.
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_str(model.tokenizer.backend_tokenizer.to_str())
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(model.max_seq_length)
        self.lower_case = bool(getattr(model[0], "do_lower_case", False))
        self.prepacked = dtype == torch.bfloat16 and _prepacking_works()

        def cast(tensor: torch.Tensor) -> torch.Tensor:
            return tensor.detach().to(dtype).contiguous()

        def weight(tensor: torch.Tensor) -> torch.Tensor:
            laid_out = cast(tensor)
            return torch.ops.mkldnn._reorder_linear_weight(laid_out, PACKED_TEXTS) if self.prepacked else laid_out

        layers = []
        for layer in self.bert.encoder.layer:
            attention = layer.attention.self
            parts = (attention.query, attention.key, attention.value)
            layers.append(_Layer(
                qkv_weight=weight(torch.cat([p.weight for p in parts])),
                qkv_bias=cast(torch.cat([p.bias for p in parts])),
                out_weight=weight(layer.attention.output.dense.weight),
                out_bias=cast(layer.attention.output.dense.bias),
                attention_norm=layer.attention.output.LayerNorm,
                up_weight=weight(layer.intermediate.dense.weight),
                up_bias=cast(layer.intermediate.dense.bias),
                down_weight=weight(layer.output.dense.weight),
                down_bias=cast(layer.output.dense.bias),
                output_norm=layer.output.LayerNorm,
            ))
        self.layers = tuple(layers)

    def encode(self, texts: list[str], per_pass: int = PACKED_TEXTS) -> np.ndarray:
        """(len(texts), dim) float32 L2-normalised vectors, rows in the order asked."""
        import torch

        rows = []
        with torch.inference_mode():
            for start in range(0, len(texts), per_pass):
                rows.append(self._pass(texts[start:start + per_pass]))
        return np.concatenate(rows).astype(np.float32, copy=False)

    def _pass(self, texts: list[str]) -> np.ndarray:
        import torch
        import torch.nn.functional as F

        pieces = self.tokenizer.encode_batch([self._prepared(text) for text in texts])
        lengths = [len(piece.ids) for piece in pieces]
        embeddings = self.bert.embeddings
        positions = torch.cat([torch.arange(n) for n in lengths])
        x = (embeddings.word_embeddings(torch.tensor([i for piece in pieces for i in piece.ids]))
             + embeddings.token_type_embeddings(torch.tensor([i for piece in pieces for i in piece.type_ids]))
             + embeddings.position_embeddings(positions))
        x = self._norm(x, embeddings.LayerNorm)
        hidden_size, tokens = x.shape[-1], x.shape[0]
        # Rows up to the next multiple of ROW_BUCKET (zeros, dropped before pooling): the matrix products
        # see a few dozen distinct shapes instead of one per token count, and oneDNN keeps a compiled
        # kernel per shape.
        filler = torch.zeros(-tokens % ROW_BUCKET, hidden_size)
        x = torch.cat([x, filler])
        for layer in self.layers:
            qkv = self._linear(x, layer.qkv_weight, layer.qkv_bias)
            contexts = []
            for rows in qkv[:tokens].split(lengths):
                n = rows.shape[0]
                query, key, value = (t.reshape(n, self.heads, self.width).transpose(0, 1)
                                     for t in rows.split(hidden_size, dim=1))
                weights = torch.softmax(torch.matmul(query, key.transpose(1, 2)) * self.scale, dim=-1)
                contexts.append(torch.matmul(weights, value).transpose(0, 1).reshape(n, hidden_size))
            x = self._norm(self._linear(torch.cat([*contexts, filler]), layer.out_weight, layer.out_bias) + x,
                           layer.attention_norm)
            # The 1,536-wide activation stays in the products' precision between the two of them.
            up = F.gelu(self._product(x.to(self.dtype), layer.up_weight, layer.up_bias))
            x = self._norm(self._linear(up, layer.down_weight, layer.down_bias) + x, layer.output_norm)
        pooled = torch.stack([rows.mean(dim=0) for rows in x[:tokens].split(lengths)])
        return F.normalize(pooled, p=2, dim=1).numpy()

    def _prepared(self, text: str) -> str:
        """The text as sentence-transformers hands it to the tokenizer: stripped, lower-cased if configured."""
        text = str(text).strip()
        return text.lower() if self.lower_case else text

    def _linear(self, x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        """x @ weight.T + bias in the encoder's precision, returned in float32."""
        return self._product(x.to(self.dtype), weight, bias).float()

    def _product(self, x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        import torch
        import torch.nn.functional as F

        if self.prepacked:
            return torch.ops.mkldnn._linear_pointwise(x, weight, bias, "none", [], "")
        return F.linear(x, weight, bias)

    def _norm(self, x: torch.Tensor, layer_norm: torch.nn.LayerNorm) -> torch.Tensor:
        import torch.nn.functional as F

        return F.layer_norm(x, (x.shape[-1],), layer_norm.weight, layer_norm.bias, self.eps)


def _prepacking_works() -> bool:
    """oneDNN's linear with its weight laid out once for the CPU's matrix units (what torch.compile uses on
    CPU): the same products as F.linear without re-laying the weight on every call, 25-55% less time per
    product here. A private torch operator, so it is used only if present and equal to F.linear."""
    import torch
    import torch.nn.functional as F

    try:
        generator = torch.Generator().manual_seed(0)
        weight = torch.randn(64, 32, generator=generator).to(torch.bfloat16)
        bias = torch.randn(64, generator=generator).to(torch.bfloat16)
        x = torch.randn(5, 32, generator=generator).to(torch.bfloat16)
        with torch.inference_mode():
            packed = torch.ops.mkldnn._reorder_linear_weight(weight, PACKED_TEXTS)
            found = torch.ops.mkldnn._linear_pointwise(x, packed, bias, "none", [], "")
            expected = F.linear(x, weight, bias)
        return bool(found.shape == expected.shape and (found.float() - expected.float()).abs().max() < 0.05)
    except (AttributeError, RuntimeError):
        return False


_encoders: dict[int, PackedEncoder] = {}
_encoders_lock = threading.Lock()


def encoder_for(model: SentenceTransformer) -> PackedEncoder:
    """The packed encoder of a loaded model, built (and its precision chosen) once, on first use."""
    with _encoders_lock:
        found = _encoders.get(id(model))
        if found is None or found.model is not model:
            found = _encoders[id(model)] = _chosen_encoder(model)
        return found


def encode_packed(model: SentenceTransformer, texts: list[str], per_pass: int = PACKED_TEXTS) -> np.ndarray:
    """(len(texts), dim) float32 L2-normalised vectors, rows in the order asked."""
    return encoder_for(model).encode(texts, per_pass)


def matmul_precision(model: SentenceTransformer) -> torch.dtype:
    """bfloat16 when MINILM_PRECISION says so, or (auto) when this CPU runs it clearly faster than float32
    with vectors as good as float32's; else float32. Deciding by measuring, not by CPU name: on a CPU
    without native bfloat16 its matrix products are emulated and several times slower."""
    return _chosen_encoder(model).dtype


def _chosen_encoder(model: SentenceTransformer) -> PackedEncoder:
    """The encoder in the configured precision, or (auto) the faster of the two measured on this CPU: the
    measured one itself, so its weights are not laid out a second time."""
    import torch

    wanted = os.environ.get(PRECISION_ENV, "auto").strip().lower() or "auto"
    if wanted in ("float32", "fp32"):
        return PackedEncoder(model, torch.float32)
    if wanted in ("bfloat16", "bf16"):
        return PackedEncoder(model, torch.bfloat16)
    if wanted != "auto":
        raise ValueError(f"{PRECISION_ENV} must be auto, float32 or bfloat16, not {wanted!r}")
    single = PackedEncoder(model, torch.float32)
    texts = list(_PROBE_TEXTS)
    reference = single.encode(texts)  # also its warm-up
    try:
        half = PackedEncoder(model, torch.bfloat16)
        candidate = half.encode(texts)
    except RuntimeError as exc:  # no bfloat16 kernels in this torch build
        log.info("MiniLM runs in float32: bfloat16 failed (%s)", exc)
        return single
    cosine = float((reference * candidate).sum(axis=1).min())
    seconds = {}
    for name, encoder in (("float32", single), ("bfloat16", half)):
        started = time.process_time()
        for _ in range(3):
            encoder.encode(texts)
        seconds[name] = time.process_time() - started
    speedup = seconds["float32"] / max(seconds["bfloat16"], 1e-9)
    chosen = half if speedup >= BF16_MIN_SPEEDUP and cosine >= BF16_MIN_COSINE else single
    log.info("MiniLM matrix products in %s (bfloat16 %.2fx as fast as float32, least cosine %.5f)",
             str(chosen.dtype).removeprefix("torch."), speedup, cosine)
    return chosen
