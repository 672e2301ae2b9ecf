# Simplified bench vise: a base plate bolted down at its corners, a fixed jaw, a moving jaw riding
# on two guide rails, an end block carrying the screw spindle, and a handle bar through the
# spindle's knob. X along the vise, Z up.
import cadquery as cq

length = 280
width = 140
base_thickness = 14
hole_diameter = 10
hole_inset = 11
jaw_width = 96
jaw_height = 100
fixed_jaw_depth = 40
moving_jaw_depth = 34
opening = 50
rail_diameter = 16
rail_spacing = 80
spindle_diameter = 20
handle_length = 130
handle_diameter = 10

base_length = length - 40
rail_z = base_thickness + rail_diameter / 2 + 8
spindle_z = base_thickness + jaw_height * 0.55
fixed_x1 = 20 + fixed_jaw_depth
moving_x0 = fixed_x1 + opening
moving_x1 = moving_x0 + moving_jaw_depth
end_x0 = base_length - 30
spindle_end = length - 12
rail_ys = (-rail_spacing / 2, rail_spacing / 2)


def along_x(radius, x0, x1, y, z):
    return cq.Workplane("YZ", origin=(x0, y, z)).circle(radius).extrude(x1 - x0)


def block(x0, x1, z0, z1):
    """A block across the jaws' width between two heights."""
    return cq.Workplane("XY", origin=(x0, 0, z0)).box(x1 - x0, jaw_width, z1 - z0, centered=(False, True, False))


def make_base():
    # A bolt hole near each corner, outside the jaws' width.
    return (
        cq.Workplane("XY", origin=(base_length / 2, 0, 0))
        .rect(base_length, width)
        .extrude(base_thickness)
        .edges("|Z")
        .fillet(hole_inset)
        .faces(">Z")
        .workplane()
        .rect(base_length - 2 * hole_inset, width - 2 * hole_inset, forConstruction=True)
        .vertices()
        .hole(hole_diameter)
    )


def make_moving_jaw():
    # It rides on the rails: its bores are the rails' size, so it touches them all along.
    jaw = block(moving_x0, moving_x1, rail_z - rail_diameter / 2 - 6, base_thickness + jaw_height)
    for y in rail_ys:
        jaw = jaw.cut(along_x(rail_diameter / 2, moving_x0 - 1, moving_x1 + 1, y, rail_z))
    return jaw.cut(along_x(spindle_diameter / 2, moving_x0 - 1, moving_x1 + 1, 0, spindle_z))


def make_end_block():
    return block(end_x0, end_x0 + 24, base_thickness, spindle_z + spindle_diameter).cut(
        along_x(spindle_diameter / 2, end_x0 - 1, end_x0 + 25, 0, spindle_z)
    )


def make_handle():
    return cq.Workplane("XZ", origin=(spindle_end - 10, 0, spindle_z)).cylinder(handle_length, handle_diameter / 2)


def make_spindle(handle):
    # It bears on the fixed jaw's face and passes through the end block's bore to its knob, which is
    # bored with the handle's own size.
    return (
        along_x(spindle_diameter / 2, fixed_x1, spindle_end, 0, spindle_z)
        .union(along_x(spindle_diameter * 0.9, spindle_end - 20, spindle_end, 0, spindle_z))
        .cut(handle)
    )


show_object(make_base(), name="base")
show_object(block(20, fixed_x1, base_thickness, base_thickness + jaw_height), name="fixed_jaw")
show_object(make_moving_jaw(), name="moving_jaw")
show_object(make_end_block(), name="end_block")
# The rails span exactly from the fixed jaw's face to the end block's face.
for y in rail_ys:
    show_object(along_x(rail_diameter / 2, fixed_x1, end_x0, y, rail_z), name="guide_rail")
handle = make_handle()
show_object(make_spindle(handle), name="screw_spindle")
show_object(handle, name="handle_bar")
