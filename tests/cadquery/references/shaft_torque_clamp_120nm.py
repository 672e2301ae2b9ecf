# Torque clamp: a fixed root bolted down by two bolts, a tapered lightened arm, and a boss clamping
# the shaft at the arm's far end. X along the arm, Z up.
import cadquery as cq

root_length = 44
root_width = 84
root_height = 34
bolt_diameter = 10
bolt_spacing = 48
arm_height = 22
arm_root_width = 60
arm_tip_width = 40
boss_centre = 195
boss_diameter = 80
shaft_diameter = 36
boss_height = 50
shaft_length = 66
lightening_holes = 2

bolt_x = root_length / 2
bolt_points = [(0, -bolt_spacing / 2), (0, bolt_spacing / 2)]
boss_radius = boss_diameter / 2


def make_root():
    return (
        cq.Workplane("XY", origin=(bolt_x, 0, 0))
        .rect(root_length, root_width)
        .extrude(root_height)
        .edges("|Z")
        .fillet(6)
        .faces(">Z")
        .workplane()
        .pushPoints(bolt_points)
        .hole(bolt_diameter)
    )


def boss_round():
    return cq.Workplane("XY").center(boss_centre, 0).circle(boss_radius).extrude(boss_height)


def make_arm():
    """A tapered web from the root's end face into the boss, lightened with round holes along its
    neutral line and trimmed by the boss's full round so its tip is a concave face on the boss's side."""
    start, end = root_length, boss_centre - boss_radius + 6
    outline = [(start, -arm_root_width / 2), (end, -arm_tip_width / 2), (end, arm_tip_width / 2), (start, arm_root_width / 2)]
    arm = cq.Workplane("XY").polyline(outline).close().extrude(arm_height)
    pitch = (end - start) / (lightening_holes + 1)
    for i in range(1, lightening_holes + 1):
        x = start + i * pitch
        local_width = arm_root_width + (arm_tip_width - arm_root_width) * (x - start) / (end - start)
        arm = arm.faces(">Z").workplane().pushPoints([(x, 0)]).hole(2 * 0.28 * local_width)
    return arm.cut(boss_round())


def make_boss():
    return cq.Workplane("XY").center(boss_centre, 0).circle(boss_radius).circle(shaft_diameter / 2).extrude(boss_height)


def make_shaft():
    return cq.Workplane("XY").center(boss_centre, 0).circle(shaft_diameter / 2).extrude(shaft_length)


def make_bolt(y):
    shank = cq.Workplane("XY", origin=(bolt_x, y, 2)).circle(bolt_diameter / 2).extrude(root_height)
    head = cq.Workplane("XY", origin=(bolt_x, y, root_height)).circle(bolt_diameter * 0.8).extrude(bolt_diameter * 0.6)
    return shank.union(head)


show_object(make_root(), name="fixed_root")
show_object(make_arm(), name="clamp_arm")
show_object(make_boss(), name="shaft_boss")
show_object(make_shaft(), name="shaft_proxy")
for _, y in bolt_points:
    show_object(make_bolt(y), name="root_bolt")
