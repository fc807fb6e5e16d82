"""Training: the embedded default model (``tiny``) and, later, the RL and GEPO training loops."""
