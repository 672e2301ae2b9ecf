# Ergonomic chair: a dished seat on four splayed round legs tied by crossbars, a curved backrest and
# headrest leaning back on two posts and a neck, and two armrests on round supports. Z up, the back
# at -Y.
import math

import cadquery as cq

seat_width = 480
seat_depth = 460
seat_height = 440
seat_thickness = 30
seat_dish = 700
leg_diameter = 36
leg_splay = 55
crossbar_height = 150
crossbar_diameter = 22
back_curve = 400
back_width = 440
back_height = 360
back_tilt_deg = 8
headrest_width = 240
headrest_height = 130
arm_height = 650
arm_width = 56

half_w = seat_width / 2
half_d = seat_depth / 2
dish_centre_z = seat_height + seat_dish
leg_radius = leg_diameter / 2
panel_thickness = 22
back_y = -half_d + 10
back_z = seat_height + 70
back_top = back_z + back_height
head_z = back_top + 40


def seat_top_at(y):
    return dish_centre_z - math.sqrt(seat_dish**2 - y**2)


def seat_bottom_at(y):
    return dish_centre_z - math.sqrt((seat_dish + seat_thickness) ** 2 - y**2)


def rod(a, b, radius):
    """A round bar from point a to point b."""
    d = [b[i] - a[i] for i in range(3)]
    return cq.Workplane(cq.Plane(origin=a, normal=d)).circle(radius).extrude(math.dist(a, b))


def trimmed_by(part, *others):
    """A part that butts against others ends on their surfaces instead of running into them."""
    for other in others:
        part = part.cut(other)
    return part


def lean(part):
    """Backrest, headrest and the posts carrying them lean back together about the seat's rear edge."""
    return part.rotate((0, -half_d, seat_height), (1, -half_d, seat_height), back_tilt_deg)


def make_seat():
    # It dips in the middle: the lower band of a large ring, cut to the seat depth.
    ring = cq.Workplane("YZ", origin=(-half_w, 0, dish_centre_z)).circle(seat_dish + seat_thickness).circle(seat_dish).extrude(seat_width)
    window = (
        cq.Workplane("YZ", origin=(-half_w, 0, seat_height))
        .rect(seat_depth, 2 * seat_thickness + 80)
        .extrude(seat_width)
        .edges("|X")
        .fillet(10)
    )
    return ring.intersect(window)


def make_curved_panel(thickness, width, panel_height, y, z0):
    """An arc-shaped panel standing on Z: curved about a vertical axis, concave toward +Y."""
    ring = cq.Workplane("XY", origin=(0, y + back_curve, z0)).circle(back_curve + thickness).circle(back_curve).extrude(panel_height)
    window = cq.Workplane("XY", origin=(0, y + back_curve / 2 - thickness, z0)).box(width, back_curve, panel_height, centered=(True, True, False))
    return ring.intersect(window)


def block(x0, y0, z0, x1, y1, z1):
    return cq.Workplane("XY", origin=(x0, y0, z0)).box(x1 - x0, y1 - y0, z1 - z0, centered=False)


seat = make_seat()
show_object(seat, name="seat")

legs, tops, feet = [], [], []
for sx in (-1, 1):
    for sy in (-1, 1):
        x, y = sx * (half_w - 40), sy * (half_d - 40)
        top = (x, y, seat_bottom_at(y) + 8)
        foot = (x + sx * leg_splay, y + sy * leg_splay, leg_radius)
        # The leg's top reaches up into the seat and is trimmed to the seat's dished underside.
        pad = cq.Workplane("XY").center(foot[0], foot[1]).circle(leg_radius).extrude(leg_radius)
        leg = trimmed_by(rod(foot, top, leg_radius).union(pad), seat)
        legs.append(leg)
        tops.append(top)
        feet.append(foot)
        show_object(leg, name="leg")


def on_leg(i):
    """The point of leg i's axis at the crossbars' height."""
    f = (crossbar_height - feet[i][2]) / (tops[i][2] - feet[i][2])
    return tuple(feet[i][k] + (tops[i][k] - feet[i][k]) * f for k in range(3))


# Crossbars join neighbouring legs axis to axis and are trimmed by both, so their ends are saddles
# on the legs' surfaces.
for a, b in ((0, 1), (2, 3), (0, 2), (1, 3)):
    show_object(trimmed_by(rod(on_leg(a), on_leg(b), crossbar_diameter / 2), legs[a], legs[b]), name="crossbar")

backrest = lean(make_curved_panel(panel_thickness, back_width, back_height, back_y, back_z))
show_object(backrest, name="backrest")
show_object(lean(make_curved_panel(panel_thickness + 10, headrest_width, headrest_height, back_y - 5, head_z)), name="headrest")

post_x = back_width / 2 - 20
post_y = back_y + back_curve - math.sqrt(back_curve**2 - post_x**2)
for sx in (-1, 1):
    post = block(
        sx * post_x - 15, post_y - panel_thickness - 12, seat_top_at(-half_d + 30) - 20,
        sx * post_x + 15, post_y - panel_thickness + 2, back_top - 20,
    )
    # Each post stands on the seat and carries the backrest on its front.
    show_object(trimmed_by(lean(post), backrest, seat), name="back_post")
# The neck is bolted to the back of the backrest and carries the headrest on its top.
neck = block(-30, back_y - panel_thickness - 13, back_top - 40, 30, back_y - panel_thickness + 6, head_z)
show_object(trimmed_by(lean(neck), backrest), name="headrest_neck")

arm_back = -half_d + 50
arm_length = half_d - arm_back + 150
for sx in (-1, 1):
    x = sx * (half_w + arm_width / 2 - 20)
    arm = (
        cq.Workplane("XY", origin=(x, (arm_back + half_d - 150) / 2 + 75, arm_height))
        .rect(arm_width, arm_length)
        .extrude(24)
        .edges("|Z")
        .fillet(20)
    )
    show_object(arm, name="armrest")
    # Two round supports per armrest stand on the dished seat and reach the armrest's underside.
    for y in (half_d - 60, arm_back + 20):
        foot_z = seat_top_at(y) - 10
        support = cq.Workplane("XY", origin=(x, y, foot_z)).circle(16).extrude(arm_height - foot_z)
        show_object(trimmed_by(support, seat), name="arm_support")
