# Folding step stool: a grooved top step, a lower step hung between the front legs, two side frames
# whose legs cross at a pivot rod, and hinge barrels under the top step's edges. Z up, the legs
# spreading along Y.
import math

import cadquery as cq

width = 400
height = 480
top_depth = 340
step_thickness = 24
lower_step_height = 130
lower_step_depth = 110
frame_bar = 36
frame_thickness = 20
foot_spread = 155
top_spread = 140
groove_count = 6
groove_width = 8
groove_depth = 3
pivot_diameter = 16
barrel_diameter = 24

top_z = height - step_thickness
bar_top_z = top_z - frame_bar / 2 + 4
frame_x = width / 2 - frame_thickness
half_bar = frame_bar / 2
# Legs run past the floor and are trimmed flat there, so each foot stands on its whole width.
leg_a = ((-foot_spread, -half_bar), (top_spread, bar_top_z))
leg_b = ((foot_spread, -half_bar), (-top_spread, bar_top_z))
cross_z = (leg_a[0][1] + leg_a[1][1]) / 2
span = 2 * (frame_x + frame_thickness) + 6
barrel_z = top_z - barrel_diameter / 2 + 2


def across_x(diameter, y, z):
    """A rod across both side frames."""
    return cq.Workplane("YZ", origin=(-span / 2, y, z)).circle(diameter / 2).extrude(span)


def bored_for(part, rods):
    for rod in rods:
        part = part.cut(rod)
    return part


def make_step(size_x, depth, thickness, z, centre_y, grooves):
    """A step board whose side profile has anti-slip grooves notched into its top, extruded across X."""
    y0 = centre_y - depth / 2
    top = z + thickness
    pitch = depth / (grooves + 1)
    outline = [(y0, z), (y0 + depth, z), (y0 + depth, top)]
    for i in range(grooves, 0, -1):
        y = y0 + i * pitch
        outline += [
            (y + groove_width / 2, top), (y + groove_width / 2, top - groove_depth),
            (y - groove_width / 2, top - groove_depth), (y - groove_width / 2, top),
        ]
    outline.append((y0, top))
    return cq.Workplane("YZ", origin=(-size_x / 2, 0, 0)).polyline(outline).close().extrude(size_x)


def side_bar(x0, a, b):
    """A flat bar of the side frame between two points of the Y-Z plane."""
    angle = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
    plane = cq.Workplane("YZ", origin=(x0, 0, 0)).center((a[0] + b[0]) / 2, (a[1] + b[1]) / 2).transformed(rotate=(0, 0, angle))
    return plane.rect(math.dist(a, b), frame_bar).extrude(frame_thickness)


def make_side_frame(side, rods):
    x0 = frame_x if side > 0 else -frame_x - frame_thickness
    above_floor = cq.Workplane("XY", origin=(x0, 0, 0)).box(frame_thickness, 2 * height, top_z + 1, centered=(False, True, False))
    frame = side_bar(x0, *leg_a).union(side_bar(x0, *leg_b)).intersect(above_floor)
    return bored_for(frame, rods)


# The legs cross where the pivot rod runs through both side frames; the hinge barrels run under the
# top step's edges, sunk into shallow grooves in its underside. Frames and step are bored for the rods.
pivot = across_x(pivot_diameter, 0, cross_z)
barrels = [across_x(barrel_diameter, y, barrel_z) for y in (leg_a[1][0], leg_b[1][0])]
show_object(bored_for(make_step(width, top_depth, step_thickness, top_z, 0, groove_count), barrels), name="top_step")

# Where the front leg passes the lower step's height: the step hangs between the two front legs
# there, its ends on the frames' inner faces.
f = (lower_step_height - leg_b[0][1]) / (leg_b[1][1] - leg_b[0][1])
lower_y = leg_b[0][0] + (leg_b[1][0] - leg_b[0][0]) * f
lower_step = make_step(
    2 * frame_x, lower_step_depth, step_thickness - 4, lower_step_height - half_bar, lower_y + lower_step_depth / 4, math.ceil(groove_count / 2)
)
show_object(lower_step, name="lower_step")

for side in (-1, 1):
    show_object(make_side_frame(side, [pivot] + barrels), name="side_frame")
show_object(pivot, name="pivot")
for barrel in barrels:
    show_object(barrel, name="hinge_barrel")
