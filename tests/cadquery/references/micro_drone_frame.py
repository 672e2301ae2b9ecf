# Quadcopter frame: a central stack plate, four arms with a wire channel along their tops, a motor
# boss on each arm and a prop guard ring round each motor. Z up, arms on the diagonals.
import math

import cadquery as cq

plate_size = 56
plate_thickness = 3
stack_spacing = 20
stack_hole = 3
motor_radius = 62
arm_width = 12
arm_height = 5
channel_width = 4
channel_depth = 2
boss_diameter = 20
boss_height = 8
shaft_hole = 5
motor_screw_circle = 12
motor_screw = 2
guard_radius = 40
guard_wall = 2.5
guard_height = 12
arms = 4

arm_length = motor_radius + guard_radius + guard_wall / 2


def make_plate_blank():
    """The plate without its stack holes: arms and guards that cross it are trimmed by it, so they
    rest on and against the plate instead of running through it."""
    return cq.Workplane("XY").rect(plate_size, plate_size).extrude(plate_thickness).edges("|Z").fillet(8)


def make_plate():
    return (
        make_plate_blank()
        .faces(">Z")
        .workplane()
        .rect(stack_spacing, stack_spacing, forConstruction=True)
        .vertices()
        .hole(stack_hole)
    )


def make_arm(angle, plate, motor):
    """A bar with an open wire channel along its top, from inside the plate out to the guard, turned to
    its diagonal; it ends on the plate and on the boss's full round (a spoke carries on to the guard)."""
    w, c, h = arm_width / 2, channel_width / 2, arm_height
    section = [(-w, 0), (w, 0), (w, h), (c, h), (c, h - channel_depth), (-c, h - channel_depth), (-c, h), (-w, h)]
    bar = cq.Workplane("YZ", origin=(plate_size / 4, 0, 0)).polyline(section).close().extrude(arm_length - plate_size / 4)
    boss_round = cq.Workplane("XY", origin=motor).circle(boss_diameter / 2).extrude(boss_height)
    return bar.rotate((0, 0, 0), (0, 0, 1), angle).cut(plate).cut(boss_round)


def make_motor_boss(angle, motor):
    # Four screw holes turned to line up with the arm.
    return (
        cq.Workplane("XY", origin=motor)
        .circle(boss_diameter / 2)
        .circle(shaft_hole / 2)
        .extrude(boss_height)
        .faces(">Z")
        .workplane()
        .polarArray(motor_screw_circle / 2, angle, 360, 4)
        .hole(motor_screw)
    )


def make_guard(motor, plate, arm):
    # Notched where the arm and the plate's corner pass under it, so it sits on them.
    ring = cq.Workplane("XY", origin=motor).circle(guard_radius + guard_wall).circle(guard_radius).extrude(guard_height)
    return ring.cut(plate).cut(arm)


plate_blank = make_plate_blank()
show_object(make_plate(), name="central_plate")
for i in range(arms):
    angle = 45 + 360 / arms * i
    motor = (motor_radius * math.cos(math.radians(angle)), motor_radius * math.sin(math.radians(angle)), 0)
    arm = make_arm(angle, plate_blank, motor)
    show_object(arm, name="arm")
    show_object(make_motor_boss(angle, motor), name="motor_boss")
    show_object(make_guard(motor, plate_blank, arm), name="prop_guard")
