"""QUERY: content and today in, values out: what happens when, who takes part, where each
leader stands. No text for a terminal and no files written here."""
