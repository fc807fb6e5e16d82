"""oorl: on-policy RL with execution rewards plus GEPO for multi-language code LLMs."""

__version__ = "0.1.0"
