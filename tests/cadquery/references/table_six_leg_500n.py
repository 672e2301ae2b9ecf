# Six-leg utility table: a rounded tabletop on six square legs (three down each long side), tied
# near the floor by two long stretchers and three short crossbars. Z up, legs on the floor.
import cadquery as cq

length = 900
width = 600
height = 720
top_thickness = 28
corner_radius = 30
leg_size = 50
leg_inset = 40
stretcher_height = 150
stretcher_size = 30

leg_top = height - top_thickness
leg_x = length / 2 - leg_inset - leg_size / 2
leg_y = width / 2 - leg_inset - leg_size / 2


def make_tabletop():
    return (
        cq.Workplane("XY", origin=(0, 0, leg_top))
        .rect(length, width)
        .extrude(top_thickness)
        .edges("|Z")
        .fillet(corner_radius)
    )


def make_bar(size_x, size_y, x, y):
    """A stretcher-section bar at the stretchers' height, centred on (x, y)."""
    return cq.Workplane("XY").box(size_x, size_y, stretcher_size).translate((x, y, stretcher_height))


def make_leg(x, y, mortise=None):
    leg = cq.Workplane("XY").box(leg_size, leg_size, leg_top, centered=(True, True, False)).translate((x, y, 0))
    return leg if mortise is None else leg.cut(mortise)


# The long stretchers run between the end legs' inner faces and pass through a mortise in each middle leg.
stretchers = {side: make_bar(2 * leg_x - leg_size, stretcher_size, 0, side * leg_y) for side in (-1, 1)}

show_object(make_tabletop(), name="tabletop")
for x in (-leg_x, 0, leg_x):
    for side in (-1, 1):
        show_object(make_leg(x, side * leg_y, stretchers[side] if x == 0 else None), name="leg")
for stretcher in stretchers.values():
    show_object(stretcher, name="stretcher")
# The crossbars run between the inner faces of each facing pair of legs.
for x in (-leg_x, 0, leg_x):
    show_object(make_bar(stretcher_size, 2 * leg_y - leg_size, x, 0), name="crossbar")
