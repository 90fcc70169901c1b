"""Training and evaluation of the bundled French Stanza models (not used at run time)."""
