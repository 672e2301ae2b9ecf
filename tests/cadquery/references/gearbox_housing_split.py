# Split gearbox housing: a hollow rounded box split at the shafts' height into a lower housing and a
# cover, each with a bolted seam flange, bearing bosses on both side walls with a rib under each, and
# an oil drain boss on the end wall. X along the housing, shafts along Y, Z up.
import cadquery as cq

body_length = 200
body_width = 120
height = 150
wall = 10
corner_radius = 16
seam_height = 80
flange_length = 256
flange_width = 176
flange_thickness = 10
bolt_hole = 10
input_bore = 40
output_bore = 52
shaft_spacing = 105
boss_wall = 12
rib_thickness = 8
drain_diameter = 24
drain_hole = 10

shafts = [(-shaft_spacing / 2, output_bore), (shaft_spacing / 2, input_bore)]
boss_length = (flange_width - body_width) / 2
drain_z = wall + drain_diameter / 2
drain_length = 13


def along_y(radius, y0, y1, x, z):
    return cq.Workplane("XZ", origin=(x, y1, z)).circle(radius).extrude(y1 - y0)


def rounded_slab(length, width, z0, thickness):
    return cq.Workplane("XY", origin=(0, 0, z0)).rect(length, width).extrude(thickness).edges("|Z").fillet(corner_radius)


def make_shell_half(z0, z1, extra_cutters):
    """One half of the housing (below or above the seam): the rounded box, hollowed, with the bearing
    bores and any extra holes cut through it."""
    floor = wall if z0 == 0 else z0 - 1
    roof = height - wall if z1 == height else z1 + 1
    hollow = cq.Workplane("XY", origin=(0, 0, floor)).box(body_length - 2 * wall, body_width - 2 * wall, roof - floor, centered=(True, True, False))
    half = rounded_slab(body_length, body_width, z0, z1 - z0).cut(hollow)
    for x, bore in shafts:
        half = half.cut(along_y(bore / 2, -flange_width, flange_width, x, seam_height))
    for cutter in extra_cutters:
        half = half.cut(cutter)
    return half


def make_flange(z0):
    """A bolted ring round the housing's outside (it ends on its walls), notched with the bearing
    bosses' own outline where they pass, so it meets each boss face to face."""
    bx = flange_length / 2 - 12
    by = flange_width / 2 - 12
    bolts = [(-bx, -by), (0, -by), (bx, -by), (-bx, by), (0, by), (bx, by), (-bx, 0), (bx, 0)]
    ring = (
        rounded_slab(flange_length, flange_width, z0, flange_thickness)
        .cut(rounded_slab(body_length, body_width, z0, flange_thickness))
        .faces(">Z")
        .workplane()
        .pushPoints(bolts)
        .hole(bolt_hole)
    )
    for x, bore in shafts:
        ring = ring.cut(along_y(bore / 2 + boss_wall, -flange_width, flange_width, x, seam_height))
    return ring


def make_bearing_boss(x, bore, y0):
    """A thick tube centred on the seam, standing on the wall's outer face and reaching out to the flange's edge."""
    return cq.Workplane("XZ", origin=(x, y0 + boss_length, seam_height)).circle(bore / 2 + boss_wall).circle(bore / 2).extrude(boss_length)


def make_rib(x, bore, y0, boss):
    # It carries the shaft load down into the base: it reaches halfway into the boss wall and is
    # trimmed to the boss, so its top is a saddle on the boss's underside.
    top = seam_height - bore / 2 - boss_wall / 2
    rib = cq.Workplane("XY", origin=(x, y0, 0)).box(rib_thickness, boss_length, top, centered=(True, False, False))
    return rib.cut(boss)


drain_cutter = cq.Workplane("YZ", origin=(-body_length / 2 - 1, 0, drain_z)).circle(drain_hole / 2).extrude(wall + 2)
show_object(make_shell_half(0, seam_height, [drain_cutter]), name="lower_housing")
show_object(make_shell_half(seam_height, height, []), name="cover")
# The two flanges are the same plate, the cover's mirrored about the seam.
lower_flange = make_flange(seam_height - flange_thickness)
show_object(lower_flange, name="lower_flange")
show_object(lower_flange.mirror("XY", (0, 0, seam_height)), name="cover_flange")
for x, bore in shafts:
    for side in (-1, 1):
        y0 = body_width / 2 if side > 0 else -flange_width / 2
        boss = make_bearing_boss(x, bore, y0)
        show_object(boss, name="bearing_boss")
        show_object(make_rib(x, bore, y0, boss), name="rib")
# The drain boss stands on the end wall's outer face.
drain = cq.Workplane("YZ", origin=(-body_length / 2 - drain_length, 0, drain_z)).circle(drain_diameter / 2).circle(drain_hole / 2).extrude(drain_length)
show_object(drain, name="oil_drain_boss")
