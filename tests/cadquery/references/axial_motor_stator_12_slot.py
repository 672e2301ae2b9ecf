# Axial-flux motor stator core: a back-iron ring with a central shaft opening and a bolt circle, and
# radial teeth standing up from it with a slot between each pair. Z is the motor axis.
import math

import cadquery as cq

slots = 12
outer_diameter = 180
bore_diameter = 40
yoke_thickness = 10
tooth_height = 20
tooth_inner_radius = 36
tooth_tip_inset = 3
slot_fraction = 0.35
bolt_circle_diameter = 58
bolt_diameter = 4
bolt_count = 12

pitch = 360 / slots
tooth_angle = pitch * (1 - slot_fraction)
tooth_outer_radius = outer_diameter / 2 - tooth_tip_inset


def make_yoke():
    return (
        cq.Workplane("XY")
        .circle(outer_diameter / 2)
        .circle(bore_diameter / 2)
        .extrude(yoke_thickness)
        .faces(">Z")
        .workplane()
        .polarArray(bolt_circle_diameter / 2, 180 / bolt_count, 360, bolt_count)
        .hole(bolt_diameter)
    )


def make_tooth(centre_angle):
    """An annular sector between the teeth's radii: the ring they stand on, cut to the tooth's angle by a wedge."""
    ring = (
        cq.Workplane("XY", origin=(0, 0, yoke_thickness))
        .circle(tooth_outer_radius)
        .circle(tooth_inner_radius)
        .extrude(tooth_height)
    )
    # The wedge's straight sides reach past the ring, so only its two radial cuts bound the tooth.
    reach = 2 * tooth_outer_radius
    half = math.radians(tooth_angle / 2)
    wedge = (
        cq.Workplane("XY", origin=(0, 0, yoke_thickness))
        .transformed(rotate=(0, 0, centre_angle))
        .polyline([(0, 0), (reach, -reach * math.tan(half)), (reach, reach * math.tan(half))])
        .close()
        .extrude(tooth_height)
    )
    return ring.intersect(wedge)


core = make_yoke()
for i in range(slots):
    core = core.union(make_tooth(i * pitch))
show_object(core, name="stator core")
