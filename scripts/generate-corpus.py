#!/usr/bin/env python3
"""Generates a scaled benchmark corpus from the real exports under corpora/ (which are only read).

Each generated document is one real export with its surface varied the way another agency's plan
would differ: the city, the signing official and NIP, the plan period (all years shifted together),
and the budget amounts (every grouped amount of a million or more multiplied by the same whole
factor, so that sums which added up still add up). About one document in five also gets injected
inconsistencies: a digit flipped in some amounts, a table row duplicated or deleted, a table
caption renumbered. The same seed always gives the same bytes.

Usage: generate-corpus.py OUT_DIR [--documents N] [--seed S] [--corpora DIR]
"""
import argparse
import os
import random
import re
import sys

CITIES = ["Bandung", "Bogor", "Cirebon", "Sukabumi", "Tasikmalaya", "Malang", "Kediri", "Madiun",
          "Surakarta", "Magelang", "Salatiga", "Tegal", "Pekalongan", "Yogyakarta", "Serang",
          "Cilegon", "Tangerang", "Padang", "Medan", "Palembang", "Jambi", "Pontianak", "Samarinda",
          "Balikpapan", "Makassar", "Manado", "Kupang", "Mataram", "Denpasar", "Ambon"]
CORPUS_CITIES = ["Bekasi", "Depok", "Semarang"]
GIVEN = ["Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gunawan", "Hendra", "Indah", "Joko",
         "Kartika", "Lestari", "Made", "Nur", "Putri", "Rahmat", "Siti", "Taufik", "Wahyu", "Yuni"]
FAMILY = ["Santoso", "Wijaya", "Hidayat", "Saputra", "Kurniawan", "Pratama", "Rahayu", "Susanti",
          "Nugroho", "Siregar", "Lubis", "Harahap", "Setiawan", "Purnomo", "Wibowo", "Hasibuan"]
CORPUS_NAMES = ["Herbert S. W. Panjaitan", "Rita Hartati", "Litani Satyawati"]
# Weights favour the full plans; the performance chart is a short fragment.
WEIGHTS = {"bekasi/renstra-diskopukm-2025-2029.txt": 3, "bekasi/pohon-kinerja-diskopukm-2025-2029.txt": 1,
           "depok/renstra-dkum-2021-2026.txt": 3, "semarang/perubahan-renstra-ii-dkum-2016-2021.txt": 3}

INDONESIAN_AMOUNT = re.compile(rb"(?<![\d.,/])(\d{1,3})((?:\.\d{3}){2,})(,\d+)?(?![\d]|[.,]\d)")
US_AMOUNT = re.compile(rb"(?<![\d.,/])(\d{1,3})((?:,\d{3}){2,})(\.\d+)?(?![\d]|[.,]\d)")
YEAR = re.compile(rb"(?<![\d.,/])(20[12]\d|2030)(?![\d]|[.,]\d)")
NIP = re.compile(rb"(NIP\.?\s*)([\d ]{18,21})")
CAPTION = re.compile(rb"^((?:\*\*)?(?:Tabel|TABEL) )(\d+)\.(\d+)", re.M)


def replace_words(text, old, new):
    for variant_old, variant_new in ((old, new), (old.upper(), new.upper()), (old.lower(), new.lower())):
        text = text.replace(variant_old.encode(), variant_new.encode())
    return text


def scale_amounts(text, factor, pattern, group):
    def scaled(match):
        value = int((match.group(1) + match.group(2)).replace(group, b"")) * factor
        digits = str(value)
        head = len(digits) % 3 or 3
        groups = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
        return group.join(g.encode() for g in groups) + (match.group(3) or b"")
    return pattern.sub(scaled, text) if factor != 1 else text


def shift_years(text, delta):
    return YEAR.sub(lambda m: str(int(m.group(1)) + delta).encode(), text) if delta else text


def flip_digits(lines, rng, count):
    candidates = [i for i, line in enumerate(lines) if INDONESIAN_AMOUNT.search(line)]
    for index in rng.sample(candidates, min(count, len(candidates))):
        line = bytearray(lines[index])
        positions = [i for i, byte in enumerate(line) if 0x30 <= byte <= 0x39]
        position = rng.choice(positions)
        line[position] = 0x30 + (line[position] - 0x30 + rng.randint(1, 9)) % 10
        lines[index] = bytes(line)


def inject_inconsistencies(text, rng):
    lines = text.split(b"\n")
    flip_digits(lines, rng, rng.randint(1, 5))
    rows = [i for i, line in enumerate(lines) if line.count(b"\t") >= 3]
    if rows:
        row = rng.choice(rows)
        if rng.random() < 0.5:
            lines.insert(row + 1, lines[row])
        else:
            del lines[row]
    text = b"\n".join(lines)
    captions = list(CAPTION.finditer(text))
    if captions:
        match = rng.choice(captions)
        renumbered = match.group(1) + match.group(2) + b"." + str(int(match.group(3)) + rng.randint(1, 3)).encode()
        text = text[:match.start()] + renumbered + text[match.end():]
    return text


def vary(text, rng):
    city = rng.choice(CITIES)
    for old in CORPUS_CITIES:
        text = replace_words(text, old, city)
    for old in CORPUS_NAMES:
        text = replace_words(text, old, f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}")
    text = NIP.sub(lambda m: m.group(1) + bytes(
        rng.choice(b"0123456789") if c != 0x20 else c for c in m.group(2)), text)
    text = shift_years(text, rng.randint(-2, 3))
    factor = rng.choice([1, 1, 2, 3])
    text = scale_amounts(text, factor, INDONESIAN_AMOUNT, b".")
    text = scale_amounts(text, factor, US_AMOUNT, b",")
    injected = rng.random() < 0.2
    if injected:
        text = inject_inconsistencies(text, rng)
    return city, text, injected


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20250919)
    parser.add_argument("--corpora", default=os.path.join(os.path.dirname(__file__), "..", "corpora"))
    options = parser.parse_args()

    sources = {}
    for name in sorted(WEIGHTS):
        with open(os.path.join(options.corpora, name), "rb") as handle:
            sources[name] = handle.read()
    names = [name for name in sorted(WEIGHTS) for _ in range(WEIGHTS[name])]
    rng = random.Random(options.seed)
    total_bytes = injected_count = 0
    for index in range(options.documents):
        source_name = rng.choice(names)
        city, text, injected = vary(sources[source_name], rng)
        folder = os.path.join(options.out, city.lower())
        os.makedirs(folder, exist_ok=True)
        base = os.path.basename(source_name)
        with open(os.path.join(folder, f"{index:05d}-{base}"), "wb") as handle:
            handle.write(text)
        total_bytes += len(text)
        injected_count += injected
    print(f"{options.documents} documents, {total_bytes / 1e6:.1f} MB, {injected_count} with injected "
          f"inconsistencies, in {options.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
