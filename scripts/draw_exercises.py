"""Draw the exercise pictures: static/exercises/<slug>.svg, one file per exercise.

Usage: .venv/bin/python scripts/draw_exercises.py (rewrites every file; commit the result).

Each file holds two symbols, ``start`` and ``end``: a stick figure seen from the side (or the
front), on a floor line, with the spine drawn as its own thicker line. Pages show them with
``<svg><use href="...svg#start"/></svg>``, so the figure takes the page's colours: limbs
and head are ``currentColor``, the spine has no stroke of its own and inherits the one the
page's CSS gives the ``<use>`` element (static/css/app.css, ``.figure``), in light and in
dark mode. Opened on its own, a file shows its end position in fixed colours.

A pose names its joints as points in a 120 x 80 box (y grows downward, the floor at 74):
H head, N neck (top of the spine), M an optional mid-back point the spine curves through,
P pelvis, E/A near elbow/hand, K/F near knee/foot, S near shoulder (front view; default N);
lower-case letters are the far side's limbs, drawn fainter (or as strongly in a front view).
"""

from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "static" / "exercises"
FLOOR = 74

# Props drawn behind the figure, in the page's ink at low opacity.
PROPS = {
    "chair": "M40 50H62M44 50V74M60 50V74M42 50V26",
    "low-chair": "M44 50H64M46 50V74M62 50V74M44 50V36",
    "bench": "M38 54H104M42 54V74M100 54V74",
    "wall": "M30 4H90V74M30 4V74",
}


# The starting points of most poses; a pose names only the joints that differ.
BASES = {
    # on the back, head to the right, knees bent and feet flat
    "lying": {
        "H": (95, 66),
        "N": (86, 69),
        "P": (56, 69),
        "K": (42, 52),
        "F": (28, 73),
        "E": (74, 71),
        "A": (64, 72),
    },
    # on hands and knees, head to the right, back flat
    "fours": {
        "H": (90, 40),
        "N": (80, 46),
        "P": (50, 46),
        "E": (80, 59),
        "A": (80, 73),
        "K": (50, 73),
        "F": (30, 73),
    },
    # standing, seen from the front
    "standing_front": {
        "H": (60, 12),
        "N": (60, 21),
        "S": (51, 24),
        "s": (69, 24),
        "P": (60, 46),
        "E": (48, 35),
        "A": (47, 46),
        "e": (72, 35),
        "a": (73, 46),
        "K": (55, 60),
        "F": (54, 73),
        "k": (65, 60),
        "f": (66, 73),
        "front": True,
    },
    # standing, seen from the side
    "standing_side": {
        "H": (61, 12),
        "N": (60, 21),
        "M": (59, 33),
        "P": (60, 45),
        "E": (60, 33),
        "A": (63, 44),
        "K": (61, 59),
        "F": (60, 73),
    },
    # on a chair, facing right
    "seated": {
        "H": (55, 15),
        "N": (52, 23),
        "M": (50, 36),
        "P": (50, 48),
        "E": (56, 36),
        "A": (66, 46),
        "K": (70, 48),
        "F": (71, 73),
        "prop": "chair",
    },
}


def pose(base: str, **joints) -> dict:
    return {**BASES[base], **joints}


POSES = {
    "plank": (
        {
            "H": (90, 53),
            "N": (82, 57),
            "P": (48, 59),
            "K": (44, 73),
            "F": (27, 73),
            "E": (82, 73),
            "A": (96, 73),
        },
        {
            "H": (93, 51),
            "N": (85, 55),
            "P": (54, 61),
            "K": (37, 66),
            "F": (20, 73),
            "E": (85, 73),
            "A": (98, 73),
        },
    ),
    "side-plank": (
        {
            "H": (91, 55),
            "N": (84, 60),
            "P": (55, 70),
            "K": (38, 71),
            "F": (18, 73),
            "E": (84, 73),
            "A": (97, 73),
            "e": (72, 60),
            "a": (58, 67),
        },
        {
            "H": (91, 51),
            "N": (84, 56),
            "P": (55, 63),
            "K": (38, 67),
            "F": (18, 73),
            "E": (84, 73),
            "A": (97, 73),
            "e": (71, 51),
            "a": (57, 60),
        },
    ),
    "rotating-plank": (
        {
            "H": (91, 51),
            "N": (84, 56),
            "P": (55, 63),
            "K": (38, 67),
            "F": (18, 73),
            "E": (84, 73),
            "A": (97, 73),
            "e": (84, 43),
            "a": (84, 30),
        },
        {
            "H": (89, 58),
            "N": (83, 58),
            "P": (55, 60),
            "K": (38, 66),
            "F": (18, 73),
            "E": (84, 73),
            "A": (97, 73),
            "e": (76, 66),
            "a": (66, 70),
        },
    ),
    "abdominal-crunch": (
        pose("lying", E=(78, 64), A=(88, 64)),
        pose("lying", H=(89, 56), N=(81, 62), M=(70, 68), E=(74, 58), A=(84, 57)),
    ),
    "bird-dog": (
        pose("fours"),
        pose("fours", E=(94, 45), A=(108, 44), e=(80, 59), a=(80, 73), k=(32, 47), f=(14, 46)),
    ),
    "hip-flexor-stretch": (
        {
            "H": (84, 48),
            "N": (75, 51),
            "P": (47, 51),
            "K": (59, 34),
            "F": (47, 30),
            "E": (68, 42),
            "A": (60, 37),
            "prop": "bench",
        },
        {
            "H": (84, 48),
            "N": (75, 51),
            "P": (47, 51),
            "K": (59, 34),
            "F": (47, 30),
            "E": (68, 42),
            "A": (60, 37),
            "k": (31, 60),
            "f": (25, 74),
            "prop": "bench",
        },
    ),
    "ball-squeeze": (
        pose("lying", ball=(45, 50, 4.5), M=(70, 67)),
        pose("lying", ball=(45, 51, 3.6), K=(43, 53), M=(70, 69.5)),
    ),
    "cat-cow": (
        pose("fours", M=(65, 53), H=(90, 37)),
        pose("fours", M=(65, 35), H=(86, 54)),
    ),
    "knees-to-chest": (
        pose("lying"),
        pose("lying", K=(64, 47), F=(49, 50), E=(74, 58), A=(65, 49)),
    ),
    "chin-to-chest": (
        pose("seated"),
        pose("seated", H=(60, 22)),
    ),
    "shoulder-shrug": (
        pose("standing_front"),
        pose(
            "standing_front", S=(51, 17), s=(69, 17), E=(48, 29), A=(47, 40), e=(72, 29), a=(73, 40)
        ),
    ),
    "chin-tuck": (
        pose("standing_side", H=(66, 14), N=(62, 22)),
        pose("standing_side", H=(60, 12)),
    ),
    "neck-side-stretch": (
        pose("standing_front"),
        pose("standing_front", H=(53, 15)),
    ),
    "thoracic-extension-chair": (
        pose("seated", H=(51, 14), E=(60, 18), A=(52, 12), prop="low-chair"),
        pose(
            "seated", H=(40, 20), N=(44, 27), M=(49, 37), E=(52, 18), A=(40, 16), prop="low-chair"
        ),
    ),
    "wall-angel": (
        pose("standing_front", E=(44, 24), A=(44, 12), e=(76, 24), a=(76, 12), prop="wall"),
        pose("standing_front", E=(47, 12), A=(54, 3), e=(73, 12), a=(66, 3), prop="wall"),
    ),
    "pelvic-tilt": (
        pose("lying", M=(70, 65)),
        pose("lying", M=(70, 69.5), P=(56, 68)),
    ),
    "glute-bridge": (
        pose("lying"),
        pose("lying", P=(55, 56), M=(70, 62), K=(40, 49)),
    ),
    "dead-bug": (
        pose("lying", K=(56, 50), F=(42, 50), E=(84, 58), A=(84, 45)),
        pose(
            "lying",
            K=(56, 50),
            F=(42, 50),
            E=(97, 57),
            A=(110, 58),
            e=(84, 58),
            a=(84, 45),
            k=(40, 62),
            f=(24, 66),
        ),
    ),
    "childs-pose": (
        pose("fours"),
        {
            "H": (80, 70),
            "N": (72, 66),
            "M": (56, 55),
            "P": (40, 62),
            "K": (56, 73),
            "F": (36, 73),
            "E": (88, 71),
            "A": (104, 73),
        },
    ),
    "mcgill-curl-up": (
        pose("lying", K=(40, 70), F=(22, 72), k=(44, 54), f=(30, 73), E=(70, 73), A=(62, 71)),
        pose(
            "lying",
            H=(93, 60),
            N=(85, 65),
            K=(40, 70),
            F=(22, 72),
            k=(44, 54),
            f=(30, 73),
            E=(70, 73),
            A=(62, 71),
        ),
    ),
}


def point(p) -> str:
    return f"{p[0]:g} {p[1]:g}"


def polyline(*points) -> str:
    return "M" + "L".join(point(p) for p in points)


def figure(pose: dict) -> str:
    """One position's shapes: prop, floor, far limbs, spine, near limbs, head."""
    far = "" if pose.get("front") else ' stroke-opacity=".45"'
    top = pose.get("S", pose["N"])
    parts = []
    if "prop" in pose:
        parts.append(f'<path d="{PROPS[pose["prop"]]}" stroke="currentColor" stroke-opacity=".3"/>')
    parts.append(f'<path d="M4 {FLOOR + 0.5}H116" stroke="currentColor" stroke-opacity=".3"/>')
    far_limbs = []
    if "e" in pose:
        far_limbs.append(polyline(pose.get("s", top), pose["e"], pose["a"]))
    if "k" in pose:
        far_limbs.append(polyline(pose["P"], pose["k"], pose["f"]))
    if far_limbs:
        parts.append(f'<path d="{"".join(far_limbs)}" stroke="currentColor"{far}/>')
    if "M" in pose:
        spine = f"M{point(pose['N'])}Q{point(pose['M'])} {point(pose['P'])}"
        # A quadratic curve through M: the control point sits twice as far out as M.
        n, m, p = pose["N"], pose["M"], pose["P"]
        control = (2 * m[0] - (n[0] + p[0]) / 2, 2 * m[1] - (n[1] + p[1]) / 2)
        spine = f"M{point(n)}Q{point(control)} {point(p)}"
    else:
        spine = polyline(pose["N"], pose["P"])
    parts.append(f'<path class="spine" d="{spine}" stroke-width="4"/>')
    near = [polyline(top, pose["E"], pose["A"]), polyline(pose["P"], pose["K"], pose["F"])]
    if "S" in pose:
        near.insert(0, polyline(pose["S"], pose["N"], pose["s"]))
    parts.append(f'<path d="{"".join(near)}" stroke="currentColor"/>')
    head = pose["H"]
    parts.append(f'<circle cx="{head[0]:g}" cy="{head[1]:g}" r="5.5" stroke="currentColor"/>')
    if "ball" in pose:
        x, y, r = pose["ball"]
        parts.append(
            f'<circle cx="{x:g}" cy="{y:g}" r="{r:g}" fill="currentColor" fill-opacity=".35"/>'
        )
    return "".join(parts)


def drawing(slug: str) -> str:
    start, end = POSES[slug]
    symbols = "".join(
        f'<symbol id="{name}" viewBox="0 0 120 80" fill="none" stroke-width="3" '
        f'stroke-linecap="round" stroke-linejoin="round">{figure(pose)}</symbol>'
        for name, pose in (("start", start), ("end", end))
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'viewBox="0 0 120 80">{symbols}'
        '<use href="#end" color="#334155" stroke="#2f7d6d"/></svg>\n'
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for slug in POSES:
        (OUT / f"{slug}.svg").write_text(drawing(slug))
    print(f"Wrote {len(POSES)} drawings to {OUT}")


if __name__ == "__main__":
    main()
