# Caster wheel assembly: a wheel on an axle, held by a U-shaped fork that hangs from a swivel stem
# under a four-hole top mounting plate. Z is up; the wheel rolls about the Y axis.
import cadquery as cq

wheel_diameter = 74
wheel_width = 22
axle_diameter = 8
fork_gap = 1.5
fork_thickness = 4
fork_width = 26
stem_diameter = 20
stem_height = 32
plate_length = 90
plate_width = 80
plate_thickness = 8
hole_diameter = 8
hole_inset = 10

axle_z = wheel_diameter / 2
bridge_z = wheel_diameter + 2 * fork_gap
bridge_thickness = fork_thickness + 2
stem_z = bridge_z + bridge_thickness
plate_z = stem_z + stem_height
leg_offset = wheel_width / 2 + fork_gap + fork_thickness / 2
outer_y = leg_offset + fork_thickness / 2


def along_y(length, radius, y=0):
    """A solid cylinder on the axle's line, centred on y."""
    return cq.Workplane("XZ", origin=(0, y, axle_z)).cylinder(length, radius)


def make_wheel():
    hub_recess = min(3, wheel_width / 6)
    hub_radius = wheel_diameter / 2 * 0.55
    return (
        along_y(wheel_width, wheel_diameter / 2)
        .edges("%CIRCLE")
        .fillet(min(4, wheel_width / 5))
        .faces(">Y")
        .workplane()
        .circle(hub_radius)
        .cutBlind(-hub_recess)
        .faces("<Y")
        .workplane()
        .circle(hub_radius)
        .cutBlind(-hub_recess)
        .faces(">Y")
        .workplane()
        .hole(axle_diameter)
    )


def make_fork():
    """Two legs with rounded ends joined by a bridge over the wheel: one solid, bored for the axle."""
    fork = cq.Workplane("XY", origin=(0, 0, bridge_z)).box(fork_width, 2 * outer_y, bridge_thickness, centered=(True, True, False))
    for side in (-1, 1):
        leg = cq.Workplane("XY", origin=(0, side * leg_offset, axle_z)).box(
            fork_width, fork_thickness, bridge_z - axle_z, centered=(True, True, False)
        )
        fork = fork.union(leg).union(along_y(fork_thickness, fork_width / 2, side * leg_offset))
    return fork.cut(along_y(2 * outer_y + 2, axle_diameter / 2))


def make_stem():
    return cq.Workplane("XY", origin=(0, 0, stem_z)).circle(stem_diameter / 2).extrude(stem_height)


def make_mounting_plate():
    return (
        cq.Workplane("XY", origin=(0, 0, plate_z))
        .box(plate_length, plate_width, plate_thickness, centered=(True, True, False))
        .edges("|Z")
        .fillet(hole_inset / 2)
        .faces(">Z")
        .workplane()
        .rect(plate_length - 2 * hole_inset, plate_width - 2 * hole_inset, forConstruction=True)
        .vertices()
        .hole(hole_diameter)
    )


show_object(make_wheel(), name="wheel")
show_object(along_y(2 * outer_y + 4, axle_diameter / 2), name="axle")
show_object(make_fork(), name="fork")
show_object(make_stem(), name="swivel stem")
show_object(make_mounting_plate(), name="mounting plate")
