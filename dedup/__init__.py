"""From article text to cluster decisions: normalization, shingles, signatures, index, verification."""
