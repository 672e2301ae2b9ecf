# Bottle cage: a backbone strip bolted to the frame, two pairs of side arms hugging the bottle, a rib
# on each side tying them to a cupped stop under the bottle, and a retaining lip at the top. Z up,
# the frame at y = 0 and the bottle's axis at y = spine_thickness + radius.
import math

import cadquery as cq

bottle_diameter = 74
height = 150
spine_width = 18
spine_thickness = 4
bolt_spacing = 64
bolt_hole = 5.5
arm_wall = 4
arm_height = 8
arm_sweep_deg = 145
lower_arm_z = 45
upper_arm_z = 118
stop_thickness = 4
rib_width = 5

radius = bottle_diameter / 2
centre_y = spine_thickness + radius
# Angles round the bottle's axis: 0 = +X, -90 = the frame side.
back = -90


def at(r, deg):
    return (r * math.cos(math.radians(deg)), r * math.sin(math.radians(deg)))


def make_spine_blank():
    """The strip without its bolt holes: the bands that reach back to it are trimmed by this, so they
    end on the strip's faces instead of running through it."""
    return (
        cq.Workplane("XZ", origin=(0, spine_thickness, 0))
        .center(0, height / 2)
        .rect(spine_width, height)
        .extrude(spine_thickness)
        .edges("|Y")
        .fillet(spine_width / 2 - 1)
    )


def make_backbone():
    return make_spine_blank().faces(">Y").workplane().pushPoints([(0, -bolt_spacing / 2), (0, bolt_spacing / 2)]).hole(bolt_hole)


def band(inner, outer, from_deg, to_deg, z, band_height):
    """A band of a ring round the bottle's axis between two angles: the ring cut by a wedge whose
    straight sides are the band's ends."""
    ring = cq.Workplane("XY", origin=(0, centre_y, z)).circle(outer).circle(inner).extrude(band_height)
    reach = [at(2 * outer, from_deg + (to_deg - from_deg) * k / 4) for k in range(5)]
    wedge = cq.Workplane("XY", origin=(0, centre_y, z)).polyline([(0, 0)] + reach).close().extrude(band_height)
    return ring.intersect(wedge)


spine_blank = make_spine_blank()
show_object(make_backbone(), name="backbone")
for side in (-1, 1):
    ends = sorted((back, back + side * arm_sweep_deg))
    for z in (lower_arm_z, upper_arm_z):
        show_object(band(radius, radius + arm_wall, *ends, z, arm_height).cut(spine_blank), name="side_arm")
    # A vertical rib at the side of the bottle ties the arms and the stop together. It has the arms'
    # cross-section, built as two spans stacked between stop, lower arm and upper arm, each ending on
    # their faces rather than passing through the lower arm.
    rib_deg = back + side * 90
    half_rib_deg = math.degrees(rib_width / 2 / radius)
    lower_arm_top = lower_arm_z + arm_height
    lower_span = band(radius, radius + arm_wall, rib_deg - half_rib_deg, rib_deg + half_rib_deg, stop_thickness, lower_arm_z - stop_thickness)
    upper_span = band(radius, radius + arm_wall, rib_deg - half_rib_deg, rib_deg + half_rib_deg, lower_arm_top, upper_arm_z - lower_arm_top)
    show_object(lower_span.union(upper_span), name="rib")

# The bottle stands on a cupped stop round the back half of its base, joined to the spine and ribs.
show_object(band(radius * 0.5, radius + arm_wall, back - 95, back + 95, 0, stop_thickness).cut(spine_blank), name="bottle_stop")
# The retaining lip at the top of the spine leans in over the bottle's shoulder.
show_object(band(radius - 3, radius + 1, back - 35, back + 35, height - 10, 10).cut(spine_blank), name="retaining_lip")
