# Wall J-hook: a wall plate with two screw holes above the hook, and a J-shaped arm (a stem against
# the plate, a half-round bend, an upturned tip with a rounded end). X out from the wall, Z up.
import cadquery as cq

plate_width = 60
hole_edge = 16
plate_thickness = 8
hole_diameter = 6
hole_spacing = 44
bar_thickness = 14
bar_width = 22
bend_radius = 48
tip_length = 40
stem_length = 40

bend_z = bend_radius + bar_thickness / 2 + 4
stem_x = plate_thickness
bend_x = stem_x + bar_thickness / 2 + bend_radius
tip_x = bend_x + bend_radius


def across(workplane):
    """Extrudes what is drawn on an XZ workplane across the bar's width, centred on y = 0."""
    return workplane.extrude(bar_width / 2, both=True)


def make_bar(x, bottom, length):
    return across(cq.Workplane("XZ").center(x, bottom + length / 2).rect(bar_thickness, length))


def make_hook_arm():
    ring = across(cq.Workplane("XZ", origin=(bend_x, 0, bend_z)).circle(bend_radius + bar_thickness / 2).circle(bend_radius - bar_thickness / 2))
    upper_half = cq.Workplane("XY", origin=(bend_x, 0, bend_z)).box(4 * bend_radius, bar_width + 2, 2 * bend_radius, centered=(True, True, False))
    cap = across(cq.Workplane("XZ", origin=(tip_x, 0, bend_z + tip_length)).circle(bar_thickness / 2))
    # The stem lies against the plate's face, from the bend up.
    return (
        make_bar(stem_x + bar_thickness / 2, bend_z, stem_length)
        .union(ring.cut(upper_half))
        .union(make_bar(tip_x, bend_z, tip_length))
        .union(cap)
    )


def make_wall_plate():
    # It reaches from below the stem's top to above the upper screw; the screws sit above the stem,
    # where a driver can reach them.
    bottom = bend_z - bar_thickness
    low_hole = bend_z + stem_length + hole_edge
    plate_height = low_hole + hole_spacing + hole_edge - bottom
    return (
        cq.Workplane("YZ", origin=(0, 0, bottom + plate_height / 2))
        .rect(plate_width, plate_height)
        .extrude(plate_thickness)
        .edges("|X")
        .fillet(8)
        .faces("<X")
        .workplane(centerOption="CenterOfBoundBox")
        .pushPoints([(0, low_hole - bottom - plate_height / 2), (0, low_hole + hole_spacing - bottom - plate_height / 2)])
        .hole(hole_diameter)
    )


show_object(make_wall_plate(), name="wall_plate")
show_object(make_hook_arm(), name="hook_arm")
