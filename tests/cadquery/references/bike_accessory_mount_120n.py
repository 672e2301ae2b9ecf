# Handlebar accessory mount: a split clamp ring around the bar pinched by a bolt through its ears, an
# arm reaching out to a bored accessory boss, and a gusset under the arm. The bar runs along Y; X out
# along the arm, Z up.
import cadquery as cq

bar_diameter = 31.8
clamp_wall = 7
clamp_width = 30
slot_gap = 4
ear_thickness = 7
ear_height = 20
bolt_diameter = 5
arm_length = 120
arm_height = 16
arm_width = 22
boss_diameter = 24
boss_hole = 6
gusset_thickness = 8

# Where everything sits: the bar's centre, the clamp's radii and the pinch bolt's line.
ring_inner = bar_diameter / 2
ring_outer = ring_inner + clamp_wall
bar_x = ring_outer + 2
bar_z = ring_outer + 4
ear_outer = slot_gap / 2 + ear_thickness
bolt_z = bar_z + ring_outer + ear_height / 2
arm_start = bar_x + ring_inner + 2
arm_end = arm_start + arm_length
arm_z = bar_z - arm_height / 2
boss_x = arm_end - boss_diameter / 2


def bar_plane():
    """An XZ workplane centred on the bar's axis."""
    return cq.Workplane("XZ", origin=(bar_x, 0, bar_z))


def across(sketch):
    """Extrudes what is drawn on an XZ workplane across the clamp's width, centred on y = 0."""
    return sketch.extrude(clamp_width / 2, both=True)


def drum():
    """The clamp ring as a solid drum: parts that butt against the ring end on its outer face."""
    return across(bar_plane().circle(ring_outer))


def along_x(radius, x0, length):
    return cq.Workplane("YZ", origin=(x0, 0, bolt_z)).circle(radius).extrude(length)


def make_clamp():
    # A ring around the handlebar, split at the top between two ears that the pinch bolt draws together.
    ears = across(bar_plane().center(0, ring_outer + ear_height / 2 - ring_outer / 4).rect(2 * ear_outer, ear_height + ring_outer / 2))
    bore = across(bar_plane().circle(ring_inner))
    slot = across(bar_plane().center(0, (ring_outer + ear_height) / 2 + 1).rect(slot_gap, ring_outer + ear_height + 1))
    bolt_hole = along_x(bolt_diameter / 2, bar_x - ear_outer - 1, 2 * ear_outer + 2)
    return drum().union(ears).cut(bore).cut(slot).cut(bolt_hole)


def make_pinch_bolt():
    head = along_x(bolt_diameter * 0.85, bar_x + ear_outer, bolt_diameter * 0.7)
    return along_x(bolt_diameter / 2, bar_x - ear_outer - 3, 2 * ear_outer + 3).union(head)


def boss_post(height, bottom):
    return cq.Workplane("XY", origin=(boss_x, 0, bottom)).circle(boss_diameter / 2).extrude(height)


def make_arm():
    # Its tip is trimmed by the boss so the arm wraps the boss's side instead of running through it.
    arm = cq.Workplane("XY", origin=(arm_start, 0, arm_z)).box(arm_length, arm_width, arm_height, centered=(False, True, False))
    return arm.cut(drum()).cut(boss_post(arm_height, arm_z))


def make_gusset():
    # It carries the tip load back into the lower half of the clamp: its top edge lies on the arm's
    # underside and its root is trimmed to the ring's outer face.
    reach = arm_start + arm_length * 0.55
    outline = [(bar_x + ring_inner, bar_z - ring_outer + 2), (reach, arm_z), (bar_x + ring_inner, arm_z)]
    return cq.Workplane("XZ").polyline(outline).close().extrude(gusset_thickness / 2, both=True).cut(drum())


def make_accessory_boss():
    overhang = boss_diameter / 3
    return (
        cq.Workplane("XY", origin=(boss_x, 0, arm_z - overhang))
        .circle(boss_diameter / 2)
        .circle(boss_hole / 2)
        .extrude(arm_height + 2 * overhang)
    )


show_object(make_clamp(), name="clamp")
show_object(make_pinch_bolt(), name="clamp_bolt")
show_object(make_arm(), name="support_arm")
show_object(make_gusset(), name="gusset")
show_object(make_accessory_boss(), name="accessory_boss")
