#!/usr/bin/env python3
"""The figures of docs/analysis.md, again: the development data turned into the command line's files, then scored.

    python3 src/main/analysis/dev-eval.py [DATA_DIR] [--jar target/podium-analysis.jar] [--out target/dev-eval]

DATA_DIR is ../shared/data/analysis by default (development data only: the files made from it stay in --out, never in
the build). The SemEval-2016 held-out part is the tweets whose IDs are in semeval-heldout-ids.txt (a fifth of each
target's tweets, drawn at random once); the models are never trained on them. The ArgQ folds hold out whole motions
(argq-folds.tsv), so each fold's general model is scored on motions it never read. Python 3 standard library only.
"""
import argparse
import csv
import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def clean(s):
    """A field as one TSV field: tabs and line breaks become spaces."""
    return s.replace("\r", "").replace("\n", " ").replace("\t", " ")


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().replace("\r\n", "\n").split("\n")
    header = lines[0].split("\t")
    return header, [line.split("\t") for line in lines[1:] if line]


def make_files(data, out):
    os.makedirs(out, exist_ok=True)
    held = {line.strip() for line in open(os.path.join(HERE, "semeval-heldout-ids.txt")) if line.strip()}
    _, rows = tsv(os.path.join(data, "stance", "semeval2016-task6-train.tsv"))  # ID Target Tweet Stance
    train = [(r[1], clean(r[2]), r[3].strip()) for r in rows if r[0] not in held]
    test = [(r[1], clean(r[2]), r[3].strip()) for r in rows if r[0] in held]
    write(os.path.join(out, "semeval-train.tsv"), ["target", "text", "label"], train)
    write(os.path.join(out, "semeval-test.tsv"), ["target", "text", "label"], test)
    write(os.path.join(out, "semeval-all.tsv"), ["target", "text", "label"], train + test)
    for k in range(1, 10):  # the training rows in 9 other orders (the model depends a little on the order)
        shuffled = list(train)
        random.Random(k).shuffle(shuffled)
        write(os.path.join(out, "semeval-train-order%d.tsv" % k), ["target", "text", "label"], shuffled)

    with open(os.path.join(data, "tone", "tweets_GroundTruth.txt"), encoding="utf-8", newline="") as f:
        rows = [line.split("\t") for line in f.read().replace("\r\n", "\n").split("\n") if line]  # ID valence text
    write(os.path.join(out, "tone.tsv"), ["text", "valence"], [(clean(r[2]), r[1]) for r in rows])

    with open(os.path.join(data, "stance", "vast-dev.csv"), encoding="utf-8", newline="") as f:
        vast = [(clean(r["Target 1"]), clean(r["Tweet"]), r["Stance 1"].strip()) for r in csv.DictReader(f)]
    write(os.path.join(out, "vast-test.tsv"), ["target", "text", "label"], vast)

    fold = dict(tsv(os.path.join(HERE, "argq-folds.tsv"))[1])
    _, rows = tsv(os.path.join(data, "stance", "argq-train-dev.tsv"))  # split motion stance argument
    argq = [(r[1], clean(r[3]), r[2].strip()) for r in rows]
    for k in range(5):
        write(os.path.join(out, "argq-f%d-train.tsv" % k), ["target", "text", "label"],
              [r for r in argq if fold[r[0]] != str(k)])
        write(os.path.join(out, "argq-f%d-test.tsv" % k), ["target", "text", "label"],
              [r for r in argq if fold[r[0]] == str(k)])


def run(jar, *args):
    p = subprocess.run(["java", "-Xmx1g", "-jar", jar] + list(args), capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("podium-analysis %s failed: %s" % (" ".join(args), p.stderr.strip()))
    return (p.stdout + p.stderr).strip().splitlines()[-1]


def main():
    a = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    a.add_argument("data", nargs="?", default=os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "analysis"))
    a.add_argument("--jar", default="target/podium-analysis.jar")
    a.add_argument("--out", default="target/dev-eval")
    o = a.parse_args()
    make_files(o.data, o.out)
    f = lambda name: os.path.join(o.out, name)
    print("tone, VADER tweets:                    ", run(o.jar, "tone", "--test", f("tone.tsv")))
    print("stance, SemEval per target, held out:  ",
          run(o.jar, "stance", "--train", f("semeval-train.tsv"), "--test", f("semeval-test.tsv")))
    scores = [float(re.search(r"f_avg=([0-9.]+)", run(o.jar, "stance", "--train", f(name), "--test",
                                                        f("semeval-test.tsv"))).group(1))
              for name in ["semeval-train.tsv"] + ["semeval-train-order%d.tsv" % k for k in range(1, 10)]]
    print("stance, SemEval held out, 10 orders:    f_avg mean=%.4f min=%.4f max=%.4f"
          % (sum(scores) / len(scores), min(scores), max(scores)))
    print("stance, SemEval per target, 5-fold CV: ",
          run(o.jar, "stance", "--train", f("semeval-all.tsv"), "--folds", "5"))
    print("stance, SemEval, shipped model only:   ", run(o.jar, "stance", "--test", f("semeval-test.tsv")))
    print("stance, VAST, shipped model only:      ", run(o.jar, "stance", "--test", f("vast-test.tsv")))
    civic = os.path.join(HERE, "..", "..", "test", "resources", "org", "podium", "analysis", "stance", "civic-dev.tsv")
    print("stance, civic comments, no labels:     ", run(o.jar, "stance", "--test", civic))
    for k in range(5):
        model = f("argq-f%d.model.gz" % k)
        run(o.jar, "train-general", "--train", f("argq-f%d-train.tsv" % k), "--out", model)
        print("stance, ArgQ motions never seen, fold %d, words:  " % k,
              run(o.jar, "stance", "--general", model, "--test", f("argq-f%d-test.tsv" % k), "--model", "lexical"))
        # the general model that reads meaning too (each fold embeds its arguments: a minute or two)
        model = f("argq-f%d-meaning.model.gz" % k)
        run(o.jar, "train-general", "--train", f("argq-f%d-train.tsv" % k), "--model", "sentence", "--out", model)
        print("stance, ArgQ motions never seen, fold %d, meaning:" % k,
              run(o.jar, "stance", "--general", model, "--test", f("argq-f%d-test.tsv" % k)))


if __name__ == "__main__":
    main()
