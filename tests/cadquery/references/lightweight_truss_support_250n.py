# Cantilever truss: a wall plate, top and bottom chords converging on a bored load boss, and a Warren
# web of ribs between them, all members in the X-Z plane. X out from the wall, Z up.
import math

import cadquery as cq

length = 260
height = 130
plate_thickness = 10
plate_width = 70
hole_diameter = 9
hole_spacing = 50
member_depth = 12
chord_width = 14
rib_width = 10
bays = 3
boss_diameter = 44
boss_hole = 16
boss_length = 40

mid_z = height / 2
boss_radius = boss_diameter / 2
boss = (length - boss_radius, mid_z)
top_root = (plate_thickness, height - chord_width / 2 - 4)
bottom_root = (plate_thickness, chord_width / 2 + 4)


def lerp(a, b, f):
    return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f)


def in_plane(sketch):
    """Extrudes what is drawn on the XZ workplane through the members' depth, centred on y = 0."""
    return sketch.extrude(member_depth / 2, both=True)


def strut(a, b, width):
    """A flat bar from one node to another, long enough to fill the joints; each member is then
    trimmed by what it butts against, so members meet at their edges instead of overlapping."""
    angle = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
    bar = cq.Workplane("XZ").center((a[0] + b[0]) / 2, (a[1] + b[1]) / 2).transformed(rotate=(0, 0, angle))
    return in_plane(bar.rect(math.dist(a, b) + width, width))


def chord_end(root):
    """Chords stop inside the boss wall so the load bore stays clear."""
    return lerp(boss, root, ((boss_hole / 2 + boss_radius) / 2 + chord_width / 2) / math.dist(boss, root))


def make_plate():
    return (
        cq.Workplane("YZ", origin=(0, 0, mid_z))
        .rect(plate_width, height)
        .extrude(plate_thickness)
        .edges("|X")
        .fillet(8)
        .faces(">X")
        .workplane()
        .pushPoints([(0, -hole_spacing / 2), (0, hole_spacing / 2)])
        .hole(hole_diameter)
    )


def make_load_boss():
    return (
        cq.Workplane("XZ", origin=(boss[0], 0, boss[1]))
        .circle(boss_radius)
        .circle(boss_hole / 2)
        .extrude(boss_length / 2, both=True)
    )


# The plate's edge and the boss, in the truss plane: the chords end on them, and where the chords
# converge the bottom one ends on the top one.
plate_side = in_plane(cq.Workplane("XZ").center(plate_thickness / 2, mid_z).rect(plate_thickness, height))
boss_disc = in_plane(cq.Workplane("XZ", origin=(boss[0], 0, boss[1])).circle(boss_radius))
top_chord = strut(top_root, chord_end(top_root), chord_width).cut(plate_side).cut(boss_disc)
bottom_chord = strut(bottom_root, chord_end(bottom_root), chord_width).cut(plate_side).cut(boss_disc).cut(top_chord)
frame = plate_side.union(boss_disc).union(top_chord).union(bottom_chord)

show_object(make_plate(), name="mounting_plate")
show_object(top_chord, name="top_chord")
show_object(bottom_chord, name="bottom_chord")

# Warren web: each bay is a diagonal from a top node down to the next bottom node, then a post back up.
nodes = []
for i in range(bays):
    nodes += [lerp(top_root, boss, i / (bays + 0.5)), lerp(bottom_root, boss, (i + 0.5) / (bays + 0.5))]
nodes.append(lerp(top_root, boss, bays / (bays + 0.5)))
# Each rib ends on the chords and the plate, and at a shared node on the rib before it.
previous = None
for a, b in zip(nodes, nodes[1:]):
    rib = strut(a, b, rib_width)
    trimmed = rib.cut(frame)
    show_object(trimmed if previous is None else trimmed.cut(previous), name="rib")
    previous = rib

show_object(make_load_boss(), name="load_boss")
