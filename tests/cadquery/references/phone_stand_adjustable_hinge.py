# Phone stand: a base plate with four screw bosses, a hinge barrel lying in a groove of the base, and
# a back support tilted back about the barrel, with a lip at its foot that holds the phone between
# two side stops. Z up, the support leaning towards +Y.
import cadquery as cq

base_width = 110
base_depth = 120
base_thickness = 8
support_width = 90
support_length = 150
support_thickness = 6
tilt_deg = 25
hinge_diameter = 18
hinge_offset = 22
lip_depth = 16
lip_height = 14
stop_width = 6
boss_diameter = 14
boss_height = 7
screw_diameter = 4

hinge_radius = hinge_diameter / 2
hinge_y = hinge_offset
hinge_z = base_thickness + hinge_radius - 1
half_w = support_width / 2
front = hinge_y + support_thickness / 2
lip_z = hinge_z + hinge_radius


def tilt(part):
    """Everything that tilts with the back support is built upright and turned about the hinge axis."""
    return part.rotate((0, hinge_y, hinge_z), (1, hinge_y, hinge_z), tilt_deg)


def make_hinge():
    return cq.Workplane("YZ", origin=(-half_w - 5, hinge_y, hinge_z)).circle(hinge_radius).extrude(support_width + 10)


def make_base(hinge):
    # The barrel lies in a shallow groove of its own size.
    return cq.Workplane("XY").rect(base_width, base_depth).extrude(base_thickness).edges("|Z").fillet(10).cut(hinge)


def make_support(hinge):
    # Its lower end wraps the barrel: it is trimmed by the barrel so it seats on it.
    upright = (
        cq.Workplane("XZ", origin=(0, front, 0))
        .center(0, hinge_z + support_length / 2)
        .rect(support_width, support_length)
        .extrude(support_thickness)
        .edges("|Y")
        .fillet(8)
    )
    return tilt(upright).cut(hinge)


def make_lip():
    # An L across the support: the ledge starts at the support's front face, the upturn at its edge.
    back = front + lip_depth
    outline = [
        (front, lip_z), (back, lip_z), (back, lip_z + lip_height),
        (back - support_thickness, lip_z + lip_height), (back - support_thickness, lip_z + support_thickness), (front, lip_z + support_thickness),
    ]
    return tilt(cq.Workplane("YZ", origin=(-half_w, 0, 0)).polyline(outline).close().extrude(support_width))


def make_side_stop(side):
    # A cheek against the end of the lip and the side of the support, from the support's back face to the lip's front.
    x0 = half_w if side > 0 else -half_w - stop_width
    cheek = cq.Workplane("XY", origin=(x0, front - support_thickness, lip_z)).box(
        stop_width, support_thickness + lip_depth, 2 * lip_height, centered=False
    )
    return tilt(cheek)


def make_screw_boss(x, y):
    return cq.Workplane("XY", origin=(x, y, base_thickness)).circle(boss_diameter / 2).circle(screw_diameter / 2).extrude(boss_height)


hinge = make_hinge()
show_object(make_base(hinge), name="base_plate")
show_object(make_support(hinge), name="back_support")
show_object(make_lip(), name="bottom_lip")
for side in (-1, 1):
    show_object(make_side_stop(side), name="side_stop")
show_object(hinge, name="hinge_barrel")
boss_x = base_width / 2 - boss_diameter / 2 - 4
boss_y = base_depth / 2 - boss_diameter / 2 - 4
for sx in (-1, 1):
    for sy in (-1, 1):
        show_object(make_screw_boss(sx * boss_x, sy * boss_y), name="screw_boss")
