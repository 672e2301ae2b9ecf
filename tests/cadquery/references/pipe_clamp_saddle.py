# Pipe saddle clamp: a half-round strap arching over the pipe, a thin liner inside it, a bolted flange
# on each side, and round ribs wrapped over the crown. The pipe runs along Y, Z up.
import cadquery as cq

pipe_diameter = 80
wall = 8
width = 50
flange_length = 30
flange_thickness = 8
bolt_hole = 9
flange_corner = 6
rib_radius = 4
rib_count = 2
liner_thickness = 2
liner_inset = 4

inner = pipe_diameter / 2
outer = inner + wall


def make_half_ring(r_in, r_out, length):
    """The upper half of a ring in the X-Z plane, run along Y and centred on it."""
    return (
        cq.Workplane("XZ")
        .moveTo(r_out, 0)
        .threePointArc((0, r_out), (-r_out, 0))
        .lineTo(-r_in, 0)
        .threePointArc((0, r_in), (r_in, 0))
        .close()
        .extrude(length / 2, both=True)
    )


def make_flange(side, saddle):
    # It reaches 2 mm under the saddle's foot and is trimmed by it, so it meets the strap's curved side.
    centre_x = side * (outer + flange_length / 2 - 1)
    flange = (
        cq.Workplane("XY")
        .rect(flange_length + 2, width)
        .extrude(flange_thickness)
        .edges("|Z")
        .fillet(flange_corner)
        .faces(">Z")
        .workplane()
        .pushPoints([(side * 1, 0)])
        .hole(bolt_hole)
        .translate((centre_x, 0, 0))
    )
    return flange.cut(saddle)


def make_rib(y, seats):
    # A half torus on the saddle's outer surface: revolving about -Y swings +X up through +Z,
    # over the crown; the saddle and the flanges trim it to what sits outside them.
    rib = cq.Workplane("XY").pushPoints([(outer, y)]).circle(rib_radius).revolve(180, (0, 0, 0), (0, -1, 0))
    for seat in seats:
        rib = rib.cut(seat)
    return rib


saddle = make_half_ring(inner, outer, width)
show_object(saddle, name="saddle")
show_object(make_half_ring(inner - liner_thickness, inner, width - liner_inset), name="pipe_contact_liner")

flanges = [make_flange(side, saddle) for side in (-1, 1)]
for flange in flanges:
    show_object(flange, name="side_flange")

pitch = width / (rib_count + 1)
for i in range(1, rib_count + 1):
    show_object(make_rib(-width / 2 + i * pitch, [saddle] + flanges), name="rib")
