import cadquery as cq
# Editable axial motor stator concept with twelve radial teeth and center bore.
stator_slot_count = 12
stator_outer_radius = 60.0
stator_inner_radius = 24.0
stator_shaft_radius = 11.0
stator_thickness = 8.0
radial_tooth_length = 28.0
radial_tooth_width = 10.0
back_iron_width = stator_outer_radius - stator_inner_radius
def make_stator_ring():
    outer = cq.Workplane("XY").circle(stator_outer_radius).extrude(stator_thickness)
    inner_cut = cq.Workplane("XY").circle(stator_inner_radius).extrude(stator_thickness + 2).translate((0, 0, -1))
    return outer.cut(inner_cut)
def make_radial_tooth(index):
    angle = 360.0 * index / stator_slot_count
    tooth_center = stator_inner_radius + radial_tooth_length / 2.0
    tooth = (
        cq.Workplane("XY")
        .center(tooth_center, 0)
        .rect(radial_tooth_length, radial_tooth_width)
        .extrude(stator_thickness + 1.0)
    )
    root_pad = (
        cq.Workplane("XY")
        .center(stator_inner_radius + 2.0, 0)
        .rect(8.0, radial_tooth_width + 4.0)
        .extrude(stator_thickness + 1.0)
    )
    return tooth.union(root_pad).rotate((0, 0, 0), (0, 0, 1), angle)
def make_twelve_slot_tooth_set():
    teeth = None
    for tooth_index in range(stator_slot_count):
        radial_tooth = make_radial_tooth(tooth_index)
        teeth = radial_tooth if teeth is None else teeth.union(radial_tooth)
    return teeth
stator_ring = make_stator_ring()
twelve_radial_teeth = make_twelve_slot_tooth_set()
center_shaft_opening = cq.Workplane("XY").circle(stator_shaft_radius).extrude(stator_thickness + 4).translate((0, 0, -2))
fixture = stator_ring.union(twelve_radial_teeth).cut(center_shaft_opening).clean()
