# Desk lamp arm: a base bracket carrying the shoulder pivot, lower and upper links with cable slots,
# pivot bosses and friction knobs at the adjustable joints, and a head mount with a socket cup on
# the wrist pin. The arm moves in the X-Z plane; its layers are stacked along Y.
import math

import cadquery as cq

lower_length = 155
lower_angle_deg = 54
upper_length = 118
upper_angle_deg = -20
arm_width = 18
arm_thickness = 8
end_radius = 13
pin_diameter = 8
slot_length = 50
slot_width = 6
boss_radius = 15
boss_thickness = 4
knob_diameter = 24
knob_thickness = 10
head_radius = 20
head_drop = 35

t = arm_thickness
pin_radius = pin_diameter / 2


def point_from(start, length, deg):
    return (start[0] + length * math.cos(math.radians(deg)), start[1] + length * math.sin(math.radians(deg)))


base = (end_radius + 12, end_radius + 12)
elbow = point_from(base, lower_length, lower_angle_deg)
wrist = point_from(elbow, upper_length, upper_angle_deg)


def layer(top, centre=(0, 0)):
    """An XZ workplane at y = top centred on `centre`: its normal is -Y, so extrude(d) fills y from top - d to top."""
    return cq.Workplane("XZ", origin=(centre[0], top, centre[1]))


def disc(centre, radius, y0, y1):
    return layer(y1, centre).circle(radius).extrude(y1 - y0)


def ring(centre, outer, y0, y1):
    return layer(y1, centre).circle(outer).circle(pin_radius).extrude(y1 - y0)


def make_link(a, b, y0, y1):
    """A flat link between two pivots: rounded ends, a pin hole at each end and a cable slot along the middle."""
    length = math.dist(a, b)
    angle = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
    ends = [(-length / 2, 0), (length / 2, 0)]

    def along():
        return layer(y1, ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)).transformed(rotate=(0, 0, angle))

    body = along().rect(length, arm_width).extrude(y1 - y0).union(along().pushPoints(ends).circle(end_radius).extrude(y1 - y0))
    slot = along().rect(slot_length, slot_width).extrude(y1 - y0).edges("|Y").fillet(slot_width / 2 - 0.1)
    pins = along().pushPoints(ends).circle(pin_radius).extrude(y1 - y0)
    return body.cut(slot).cut(pins)


def make_base_bracket():
    # A foot plate and an upright lug carrying the shoulder pivot on the inner face of the lower arm.
    lug = layer(0, (base[0], base[1] / 2)).rect(2 * end_radius, base[1]).extrude(t).union(disc(base, end_radius, -t, 0))
    foot = layer(0, (base[0], 4)).rect(4 * end_radius, 8).extrude(t).edges("|Y").fillet(2)
    return lug.union(foot).cut(disc(base, pin_radius, -t, 0))


def make_knob(centre, y0):
    # Friction knobs screw onto pins that run through the bosses and both links at each adjustable joint.
    face = t + boss_thickness
    return disc(centre, knob_diameter / 2, face, face + knob_thickness).union(disc(centre, pin_radius, y0, face + 1))


def make_head_mount():
    # A hanger plate on the wrist pin, ending in a socket cup for the shade.
    mount_y = t / 2
    cup_top = wrist[1] - head_drop
    hanger = (
        layer(mount_y, (wrist[0], wrist[1] - head_drop / 2))
        .rect(2 * end_radius - 6, head_drop + 2)
        .extrude(mount_y)
        .union(disc(wrist, end_radius, 0, mount_y))
        .cut(disc(wrist, pin_radius, 0, mount_y))
    )
    cup = cq.Workplane("XY", origin=(wrist[0], mount_y / 2, cup_top - 22)).circle(head_radius).extrude(22)
    socket = cq.Workplane("XY", origin=(wrist[0], mount_y / 2, cup_top - 23)).circle(head_radius - 4).extrude(16)
    return hanger.union(cup.cut(socket))


show_object(make_base_bracket(), name="base_bracket")
show_object(make_link(base, elbow, 0, t), name="lower_arm")
show_object(make_link(elbow, wrist, -t, 0), name="upper_arm")
for centre, y0, y1 in ((base, t, t + boss_thickness), (elbow, t, t + boss_thickness), (elbow, -t - boss_thickness, -t)):
    show_object(ring(centre, boss_radius, y0, y1), name="pivot_boss")
for centre, y0 in ((base, -t), (elbow, -t - boss_thickness)):
    show_object(make_knob(centre, y0), name="friction_knob")
show_object(make_head_mount(), name="lamp_head_mount")
show_object(disc(wrist, pin_radius, -t - 2, t / 2 + 2), name="hinge_pin")
