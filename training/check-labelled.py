#!/usr/bin/env python3
"""Checks training/labelled/*.tsv: a header, four tab-separated fields a row, a known language and label,
a non-empty title, no title twice. Prints the rows per file, language and label; exits 1 on any problem."""
import collections, glob, os, sys

LABELS = {"society", "economy", "technology", "sports", "entertainment", "science", "other", "not_news", "news"}
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "labelled")
problems, seen, counts = [], {}, collections.Counter()
for path in sorted(glob.glob(os.path.join(root, "*.tsv"))):
    name = os.path.basename(path)
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "": lines.pop()
    if not lines or lines[0] != "lang\tlabel\ttitle\ttext":
        problems.append(f"{name}: the first row must be the header lang, label, title, text")
    for n, line in enumerate(lines[1:], start=2):
        if line.startswith("#") or not line.strip(): continue
        fields = line.split("\t")
        if len(fields) != 4: problems.append(f"{name}:{n}: {len(fields)} fields"); continue
        lang, label, title, text = fields
        if lang not in ("ru", "en"): problems.append(f"{name}:{n}: language '{lang}'")
        if label not in LABELS: problems.append(f"{name}:{n}: label '{label}'")
        if not title.strip(): problems.append(f"{name}:{n}: empty title")
        if "\r" in line: problems.append(f"{name}:{n}: carriage return")
        key = title.strip().lower()
        if key in seen: problems.append(f"{name}:{n}: title also at {seen[key]}")
        seen[key] = f"{name}:{n}"
        counts[(lang, label)] += 1
for (lang, label), c in sorted(counts.items()): print(f"{lang} {label:14} {c}")
for lang in ("ru", "en"): print(f"{lang} total {sum(c for (l, _), c in counts.items() if l == lang)}")
for p in problems: print("PROBLEM " + p, file=sys.stderr)
sys.exit(1 if problems else 0)
