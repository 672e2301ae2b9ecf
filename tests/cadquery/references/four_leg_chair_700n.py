# Four-leg chair: rear legs run up as back posts carrying the backrest, the seat is notched round
# them, and four crossbars tie the legs low down. Z up, legs on the floor.
import cadquery as cq

seat_width = 460
seat_depth = 440
seat_height = 450
seat_thickness = 30
leg_size = 36
back_height = 880
backrest_depth = 22
backrest_height = 240
crossbar_height = 140
crossbar_size = 24

leg_x = seat_width / 2 - leg_size / 2
leg_y = seat_depth / 2 - leg_size / 2
seat_bottom = seat_height - seat_thickness


def make_leg(x, y, top):
    return cq.Workplane("XY").box(leg_size, leg_size, top, centered=(True, True, False)).translate((x, y, 0))


def make_seat(posts):
    seat = (
        cq.Workplane("XY", origin=(0, 0, seat_bottom))
        .rect(seat_width, seat_depth)
        .extrude(seat_thickness)
        .edges("|Z")
        .fillet(leg_size / 2)
    )
    # The seat is notched round the back posts that pass up through its rear corners.
    for post in posts:
        seat = seat.cut(post)
    return seat


def make_crossbar(size_x, size_y, x, y):
    return cq.Workplane("XY").box(size_x, size_y, crossbar_size).translate((x, y, crossbar_height))


def make_backrest():
    # It lies against the back posts' front faces.
    back_y = leg_y - leg_size / 2
    return (
        cq.Workplane("XY")
        .box(2 * leg_x, backrest_depth, backrest_height - 10, centered=(True, False, False))
        .translate((0, back_y - backrest_depth, back_height - backrest_height))
    )


# Rear legs (at +y) continue up as the back posts; the front legs stop under the seat.
legs = [make_leg(sx * leg_x, sy * leg_y, back_height if sy > 0 else seat_bottom) for sx in (-1, 1) for sy in (-1, 1)]
back_posts = legs[1::2]

show_object(make_seat(back_posts), name="seat")
for leg in legs:
    show_object(leg, name="leg")
# Crossbars run between the legs' inner faces, on the legs' centre lines.
crossbars = [make_crossbar(2 * leg_x - leg_size, crossbar_size, 0, sy * leg_y) for sy in (-1, 1)]
crossbars += [make_crossbar(crossbar_size, 2 * leg_y - leg_size, sx * leg_x, 0) for sx in (-1, 1)]
for bar in crossbars:
    show_object(bar, name="crossbar")
show_object(make_backrest(), name="backrest")
