# Butt hinge: two leaves with countersunk screw holes, each carrying every other knuckle of the
# barrel, and the pin through the knuckles. Built with the pin along Y, then turned to lie along X.
import cadquery as cq

length = 100
leaf_width = 32
leaf_thickness = 3
barrel_diameter = 11
pin_diameter = 4
knuckles = 5
knuckle_gap = 0.5
screws_per_leaf = 3
screw_hole = 4.5
countersink_diameter = 9
corner_radius = 5

barrel_radius = barrel_diameter / 2
pitch = length / knuckles
hole_pitch = length / screws_per_leaf


def along_pin(radius):
    """A cylinder on the pin line, the hinge's full length."""
    return cq.Workplane("XZ", origin=(0, 0, barrel_radius)).circle(radius).extrude(length / 2, both=True)


def owns(side, i):
    """Each leaf keeps every other knuckle."""
    return (i % 2 == 0) == (side < 0)


def make_leaf(side):
    centre_x = side * (leaf_width / 2 + barrel_radius / 2)
    leaf = (
        cq.Workplane("XY", origin=(centre_x, 0, 0))
        .rect(leaf_width, length)
        .extrude(leaf_thickness)
        .edges("|Z")
        .fillet(corner_radius)
    )
    # The other leaf's knuckles get a clearance notch.
    notches = [(-centre_x, -length / 2 + pitch * (i + 0.5)) for i in range(knuckles) if not owns(side, i)]
    leaf = leaf.faces(">Z").workplane().pushPoints(notches).rect(2 * barrel_radius + 1, pitch + 2 * knuckle_gap).cutThruAll()
    screws = [(side * barrel_radius / 2, -length / 2 + hole_pitch * (k + 0.5)) for k in range(screws_per_leaf)]
    leaf = leaf.faces(">Z").workplane().pushPoints(screws).cskHole(screw_hole, countersink_diameter, 90)
    # The inner edge is trimmed by the barrel's full round, so the leaf meets its knuckles on their curved face.
    return leaf.cut(along_pin(barrel_radius))


def make_knuckle(i):
    y0 = -length / 2 + pitch * i + (knuckle_gap / 2 if i > 0 else 0)
    y1 = -length / 2 + pitch * (i + 1) - (knuckle_gap / 2 if i < knuckles - 1 else 0)
    return cq.Workplane("XZ", origin=(0, y1, barrel_radius)).circle(barrel_radius).circle(pin_diameter / 2).extrude(y1 - y0)


def show_turned(part, name):
    show_object(part.rotate((0, 0, 0), (0, 0, 1), 90), name=name)


for side in (-1, 1):
    show_turned(make_leaf(side), "leaf_left" if side < 0 else "leaf_right")
    for i in range(knuckles):
        if owns(side, i):
            show_turned(make_knuckle(i), "knuckle")
show_turned(along_pin(pin_diameter / 2), "center_pin")
