# Triangular shelf bracket: a wall plate screwed to the wall, a support arm the shelf lies on, and a
# diagonal rib between them closing the triangle. X out from the wall, Z up.
import cadquery as cq

arm_length = 220
height = 180
width = 50
plate_thickness = 8
arm_thickness = 10
rib_thickness = 8
rib_width = 30
hole_diameter = 6
hole_inset = 40
corner_radius = 6

arm_bottom = height - arm_thickness


def make_wall_plate():
    return (
        cq.Workplane("YZ", origin=(0, 0, height / 2))
        .rect(width, height)
        .extrude(plate_thickness)
        .edges("|X")
        .fillet(corner_radius)
        .faces(">X")
        .workplane()
        .pushPoints([(0, hole_inset - height / 2), (0, arm_bottom / 2 - hole_inset / 2)])
        .hole(hole_diameter)
    )


def make_support_arm():
    # The arm butts against the plate's face; its shelf-screw holes are placed from the tip.
    centre = (plate_thickness + arm_length) / 2
    return (
        cq.Workplane("XY", origin=(centre, 0, arm_bottom))
        .rect(arm_length - plate_thickness, width)
        .extrude(arm_thickness)
        .edges("|Z")
        .fillet(corner_radius)
        .faces(">Z")
        .workplane()
        .pushPoints([(arm_length - 25 - centre, 0), (arm_length - 95 - centre, 0)])
        .hole(hole_diameter)
    )


def make_diagonal_rib():
    # It leaves the plate low and meets the arm near its tip; its ends lie on the plate's face and the arm's underside.
    reach = arm_length - 20
    outline = [
        (plate_thickness, 10),
        (plate_thickness, 10 + rib_width),
        (reach - rib_width * 1.3, arm_bottom),
        (reach, arm_bottom),
    ]
    return cq.Workplane("XZ").polyline(outline).close().extrude(rib_thickness / 2, both=True)


show_object(make_wall_plate(), name="wall_plate")
show_object(make_support_arm(), name="support_arm")
show_object(make_diagonal_rib(), name="diagonal_rib")
