# Servo bracket: a U cradle the servo drops into (a cable notch at the foot of one wall, two holes
# in the floor to bolt it down), an ear folded outward at the top of each wall with two screw holes
# for the servo's flange, and a gusset under each ear. Z up.
import cadquery as cq

servo_length = 41
wall_height = 48
thickness = 3
cradle_depth = 36
ear_length = 12
screw_diameter = 3
screw_spacing = 10
notch_width = 10
notch_height = 8
mount_hole = 4

inner = servo_length / 2 + 0.5
outer = inner + thickness
ear_z = wall_height - thickness


def make_cradle():
    # The U, drawn as its side profile and extruded across the servo's width.
    profile = [
        (-outer, 0), (outer, 0), (outer, wall_height), (inner, wall_height),
        (inner, thickness), (-inner, thickness), (-inner, wall_height), (-outer, wall_height),
    ]
    notch = (
        cq.Workplane("XY", origin=(inner - 1, 0, thickness))
        .box(thickness + 2, notch_width, notch_height, centered=(False, True, False))
    )
    return (
        cq.Workplane("XZ")
        .polyline(profile)
        .close()
        .extrude(cradle_depth / 2, both=True)
        .cut(notch)
        .faces("<Z")
        .workplane()
        .pushPoints([(-inner / 2, 0), (inner / 2, 0)])
        .hole(mount_hole)
    )


def make_ear(side):
    return (
        cq.Workplane("XY", origin=(side * (outer + ear_length / 2), 0, ear_z))
        .rect(ear_length, cradle_depth)
        .extrude(thickness)
        .faces(">Z")
        .workplane()
        .pushPoints([(0, -screw_spacing / 2), (0, screw_spacing / 2)])
        .hole(screw_diameter)
    )


def make_rib(side):
    # Its top edge lies on the ear's underside, its back on the wall's outer face.
    x0 = side * outer
    return (
        cq.Workplane("XZ")
        .polyline([(x0, ear_z), (side * (outer + ear_length - 2), ear_z), (x0, ear_z - ear_length)])
        .close()
        .extrude(thickness / 2, both=True)
    )


show_object(make_cradle(), name="u_cradle")
for side in (-1, 1):
    show_object(make_ear(side), name="side_ear")
    show_object(make_rib(side), name="stiffening_rib")
