# Snap-in cable clip: a base pad screwed down through one hole, a cradle hollowed by the cable's
# half-round, and two snap arms with catches that the cable pushes past. Z up, the cable along Y.
import cadquery as cq

pad_length = 45
pad_width = 20
pad_thickness = 3
screw_hole = 4.2
cable_diameter = 11
arm_thickness = 2.6
arm_height = 19
catch_depth = 2.2
clip_width = 10
channel_offset = 8

cable_radius = cable_diameter / 2
cable_z = pad_thickness + cable_radius + 1
# The cradle and the arms stand on the pad's top face, the arms' inner faces on the cable's sides.
inner = channel_offset - cable_radius
outer = inner - arm_thickness
top = pad_thickness + arm_height
catch_z = top - 5


def across(workplane):
    """Extrudes what is drawn on an XZ workplane across the clip's width, centred on y = 0."""
    return workplane.extrude(clip_width / 2, both=True)


def make_pad():
    return (
        cq.Workplane("XY")
        .rect(pad_length, pad_width)
        .extrude(pad_thickness)
        .edges("|Z")
        .fillet(4)
        .faces(">Z")
        .workplane()
        .pushPoints([(-pad_length / 2 + 9, 0)])
        .hole(screw_hole)
    )


def make_channel():
    # It fills the space between the arms up to the cable's axis, its top hollowed by the cable.
    block = across(cq.Workplane("XZ").center(channel_offset, (pad_thickness + cable_z) / 2).rect(2 * cable_radius, cable_z - pad_thickness))
    cable = across(cq.Workplane("XZ", origin=(channel_offset, 0, cable_z)).circle(cable_radius))
    return block.cut(cable)


def make_arm():
    # The sloped top face of the catch is the lead-in chamfer the cable pushes past.
    outline = [
        (outer, pad_thickness), (inner, pad_thickness), (inner, catch_z), (inner + catch_depth, catch_z + 1.5),
        (inner, top), (outer + 1, top), (outer, top - 1),
    ]
    return across(cq.Workplane("XZ").polyline(outline).close())


arm = make_arm()
show_object(make_pad(), name="base_pad")
show_object(make_channel(), name="cable_channel")
show_object(arm, name="snap_arm")
show_object(arm.mirror("YZ", (channel_offset, 0, 0)), name="snap_arm")
