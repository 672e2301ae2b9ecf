# Drawer pull: an arched grip bar on two round posts, each bored for a screw from inside the drawer.
# X along the handle, Z out from the drawer front.
import math

import cadquery as cq

length = 160
hole_spacing = 128
height = 36
bar_thickness = 8
bar_width = 14
arch_rise = 7
post_diameter = 13
screw_diameter = 4

# The radius of the circle through the bar's ends and its crown.
outer = ((length / 2) ** 2 + arch_rise**2) / (2 * arch_rise)
inner = outer - bar_thickness
centre_z = height - outer


def make_grip():
    ring = cq.Workplane("XZ", origin=(0, 0, centre_z)).circle(outer).circle(inner).extrude(bar_width / 2, both=True)
    window = cq.Workplane("XZ").center(0, height / 2).rect(length, height).extrude(bar_width / 2, both=True)
    return ring.intersect(window)


def make_post(x, grip):
    # It rises to mid-thickness of the bar above its inner edge (the highest point of the underside
    # over it) and is trimmed by the grip, so its top follows the arch's curved underside.
    inner_edge = abs(x) - post_diameter / 2
    underside = centre_z + math.sqrt(inner**2 - inner_edge**2)
    post = cq.Workplane("XY").center(x, 0).circle(post_diameter / 2).circle(screw_diameter / 2).extrude(underside + bar_thickness / 2)
    return post.cut(grip)


grip = make_grip()
show_object(grip, name="grip_bar")
for side in (-1, 1):
    show_object(make_post(side * hole_spacing / 2, grip), name="mounting_post")
