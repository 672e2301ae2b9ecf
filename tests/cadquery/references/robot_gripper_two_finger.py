# Two-finger parallel gripper: a mounting flange, a palm block, and on each side a finger hung on two
# equal parallel links (a parallelogram) from pivot bosses on the palm, with a pad on the finger's
# inner face. X out from the flange, Z up.
import math

import cadquery as cq

flange_width = 110
flange_height = 60
flange_thickness = 8
mount_hole = 6
mount_spacing_y = 90
mount_spacing_z = 40
palm_length = 52
palm_width = 64
palm_height = 40
link_length = 50
link_width = 10
link_thickness = 8
pivot_diameter = 16
pin_hole = 4
finger_length = 56
finger_thickness = 10
finger_opening = 70
pad_thickness = 3

z_mid = flange_height / 2
palm_z0 = z_mid - palm_height / 2
palm_z1 = z_mid + palm_height / 2
palm_x1 = flange_thickness + palm_length
boss_radius = pivot_diameter / 2
boss_height = link_thickness + 2
link_z = palm_z1


def block(x0, y0, z0, x1, y1, z1):
    return cq.Workplane("XY", origin=(x0, y0, z0)).box(x1 - x0, y1 - y0, z1 - z0, centered=False)


def make_flange():
    return (
        cq.Workplane("YZ", origin=(0, 0, z_mid))
        .rect(flange_width, flange_height)
        .extrude(flange_thickness)
        .edges("|X")
        .fillet(6)
        .faces(">X")
        .workplane()
        .rect(mount_spacing_y, mount_spacing_z, forConstruction=True)
        .vertices()
        .hole(mount_hole)
    )


def make_boss(x, y, bore=True):
    boss = cq.Workplane("XY", origin=(x, y, palm_z1)).circle(boss_radius)
    return (boss.circle(pin_hole / 2) if bore else boss).extrude(boss_height)


def make_link(a, b, stops):
    """A bar from pivot a to pivot b, trimmed by the finger and the bosses' full rounds so it ends on
    the boss's side and on the finger's inner face."""
    angle = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
    bar = (
        cq.Workplane("XY", origin=((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, link_z))
        .transformed(rotate=(0, 0, angle))
        .rect(math.dist(a, b), link_width)
        .extrude(link_thickness)
    )
    for stop in stops:
        bar = bar.cut(stop)
    return bar


show_object(make_flange(), name="mounting_flange")
# The palm stands on the flange's front face.
show_object(block(flange_thickness, -palm_width / 2, palm_z0, palm_x1, palm_width / 2, palm_z1), name="palm_block")

for side in (-1, 1):
    finger_y = side * (finger_opening / 2 + finger_thickness / 2)
    pivot_y = side * (palm_width / 2 - boss_radius - 10)
    palm_pivots = [(palm_x1 - boss_radius, pivot_y), (palm_x1 - boss_radius - 24, pivot_y)]
    reach_x = math.sqrt(max(1, link_length**2 - (finger_y - pivot_y) ** 2))
    finger_pivots = [(x + reach_x, finger_y) for x, _ in palm_pivots]
    x0 = finger_pivots[1][0] - boss_radius
    tip_x = x0 + finger_length + 24
    finger = block(
        x0, finger_y - finger_thickness / 2, palm_z0, tip_x, finger_y + finger_thickness / 2, link_z + boss_height
    )
    stops = [finger] + [make_boss(x, y, bore=False) for x, y in palm_pivots]
    for palm_pivot, finger_pivot in zip(palm_pivots, finger_pivots):
        show_object(make_boss(*palm_pivot), name="pivot_boss")
        show_object(make_link(palm_pivot, finger_pivot, stops), name="linkage_bar")
    show_object(finger, name="finger")
    # The pad lies on the finger's inner face.
    pad_y = finger_y - side * (finger_thickness / 2 + pad_thickness / 2)
    pad = block(tip_x - 30, pad_y - pad_thickness / 2, palm_z0 + 4, tip_x - 2, pad_y + pad_thickness / 2, palm_z1 - 4)
    show_object(pad, name="fingertip_pad")
