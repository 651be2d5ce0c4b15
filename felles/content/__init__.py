"""READ: bytes → Content. Finding the content, reading YAML and front matter, the model.

Nothing in this package judges the content as a whole (that is `felles.checks`), and
nothing here imports from a layer above it.
"""
