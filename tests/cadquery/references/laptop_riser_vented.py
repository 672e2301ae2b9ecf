# Vented laptop riser: a slotted platform tilted up towards the back, carried by two side rails and
# two rear legs whose tops follow its sloping underside, with two stops at its front edge. Z up,
# the platform rising from front (-Y) to back (+Y).
import math

import cadquery as cq

width = 300
depth = 230
thickness = 6
tilt_deg = 14
front_height = 30
rail_thickness = 14
slot_rows = 4
slot_columns = 6
slot_width = 10
slot_length = 36
stop_height = 12
stop_length = 30
leg_width = 24

half_w = width / 2
half_d = depth / 2
slope = math.tan(math.radians(tilt_deg))


def underside_at(y):
    """Height of the platform's underside above the desk."""
    return front_height + (y + half_d) * slope


def incline(part):
    return part.rotate((0, -half_d, front_height), (1, -half_d, front_height), tilt_deg)


def make_platform():
    pitch_x = (width - 60) / slot_columns
    pitch_y = (depth - 70) / slot_rows
    slots = (
        cq.Workplane("XY", origin=(0, -half_d + 45 + pitch_y * slot_rows / 2, front_height))
        .rarray(pitch_x, pitch_y, slot_columns, slot_rows)
        .rect(slot_width, slot_length)
        .extrude(thickness)
        .edges("|Z")
        .fillet(slot_width / 2 - 0.5)
    )
    deck = (
        cq.Workplane("XY", origin=(0, 0, front_height))
        .rect(width, depth)
        .extrude(thickness)
        .edges("|Z")
        .fillet(12)
        .cut(slots)
    )
    return incline(deck)


def make_wedge(y0, y1, x0, size):
    """A support standing on the desk from y0 to y1, its top on the platform's sloping underside, so it
    carries the platform face to face; extruded along X from x0."""
    outline = [(y0, 0), (y1, 0), (y1, underside_at(y1)), (y0, underside_at(y0))]
    return cq.Workplane("YZ", origin=(x0, 0, 0)).polyline(outline).close().extrude(size)


def make_front_stop(x):
    # It stands on the platform's top face.
    stop = cq.Workplane("XY", origin=(x, -half_d + 2, front_height + thickness)).box(
        stop_length, 8, stop_height, centered=(True, False, False)
    )
    return incline(stop)


show_object(make_platform(), name="tilted_platform")
for side in (-1, 1):
    show_object(make_wedge(-half_d + 10, half_d - 10, half_w - rail_thickness if side > 0 else -half_w, rail_thickness), name="side_rail")
for side in (-1, 1):
    show_object(make_front_stop(side * half_w / 2), name="front_stop")
leg_y = half_d - 30
for side in (-1, 1):
    leg_x = side * (half_w - rail_thickness - 40)
    show_object(make_wedge(leg_y - leg_width / 2, leg_y + leg_width / 2, leg_x - leg_width / 2, leg_width), name="rear_leg")
