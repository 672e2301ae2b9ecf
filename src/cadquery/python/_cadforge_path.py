"""A pending path: the lines, arcs, elliptic arcs and splines drawn from a start point in a
workplane's local 2D coordinates, before close() (or a mirror that joins it) makes it an outline.

Each segment knows its end and the direction it leaves there (tangentArcPoint continues from
it), how to run backwards and how to mirror, so mirrorX()/mirrorY() can join a path to its own
reflection. The bridge draws the whole path as one replicad Drawing from `flat()`.
"""
import math
from _cadforge_shapes import Vector

LINE, ARC, SPLINE, ELLIPSE = 0, 1, 2, 3
_SAME = 1e-6


class _Line:
    def __init__(self, start, end):
        self.start, self.end = start, end

    def end_tangent(self):
        return self.end.sub(self.start)

    def along(self, f):
        return self.start.add(self.end.sub(self.start).multiply(f))

    def reversed(self):
        return _Line(self.end, self.start)

    def mirrored(self, m):
        return _Line(m(self.start), m(self.end))

    def flat(self):
        return [LINE, self.end.x, self.end.y]


class _Arc:
    """An arc of circle from start through mid to end (how every circular arc is drawn)."""

    def __init__(self, start, mid, end):
        self.start, self.mid, self.end = start, mid, end
        self.center = _circle_center(start, mid, end)

    def end_tangent(self):
        radial = self.end.sub(self.center)
        turn = _cross(self.mid.sub(self.start), self.end.sub(self.mid))
        return Vector(-radial.y, radial.x) if turn > 0 else Vector(radial.y, -radial.x)

    def along(self, f):
        c = self.center
        a0 = math.atan2(self.start.y - c.y, self.start.x - c.x)
        a1 = math.atan2(self.end.y - c.y, self.end.x - c.x)
        ccw = _cross(self.mid.sub(self.start), self.end.sub(self.mid)) > 0
        sweep = (a1 - a0) % (2 * math.pi) if ccw else -((a0 - a1) % (2 * math.pi))
        r = self.start.sub(c).Length
        return Vector(c.x + r * math.cos(a0 + f * sweep), c.y + r * math.sin(a0 + f * sweep))

    def reversed(self):
        return _Arc(self.end, self.mid, self.start)

    def mirrored(self, m):
        return _Arc(m(self.start), m(self.mid), m(self.end))

    def flat(self):
        return [ARC, self.mid.x, self.mid.y, self.end.x, self.end.y]


class _Spline:
    """A clamped B-spline: poles, distinct knots with their multiplicities, degree."""

    def __init__(self, poles, knots, mults, degree):
        self.poles, self.knots, self.mults, self.degree = poles, knots, mults, degree
        self.start, self.end = poles[0], poles[-1]

    def end_tangent(self):
        return self.poles[-1].sub(self.poles[-2])

    def at(self, u):
        """The point at parameter `u` (the spline's parameters run from its first knot to its last)."""
        if not self.knots[0] - 1e-12 <= u <= self.knots[-1] + 1e-12:
            raise ValueError(f"positionAt: parameter {u:g} is outside the spline's range {self.knots[0]:g} to {self.knots[-1]:g}")
        u = min(max(u, self.knots[0]), self.knots[-1])
        flat = [k for k, m in zip(self.knots, self.mults) for _ in range(m)]
        out = Vector(0, 0)
        for i, pole in enumerate(self.poles):
            out = out.add(pole.multiply(_basis(flat, i, self.degree, u)))
        return out

    def along(self, f):
        return self.at(self.knots[0] + f * (self.knots[-1] - self.knots[0]))

    def reversed(self):
        a, b = self.knots[0], self.knots[-1]
        return _Spline(self.poles[::-1], [a + b - k for k in self.knots[::-1]], self.mults[::-1], self.degree)

    def mirrored(self, m):
        return _Spline([m(p) for p in self.poles], self.knots, self.mults, self.degree)

    def flat(self):
        out = [SPLINE, self.degree, len(self.poles)]
        for p in self.poles:
            out += [p.x, p.y]
        out.append(len(self.knots))
        return out + list(self.knots) + list(self.mults)


class _EllipseArc:
    """An arc of an ellipse with major radius along `x_dir`, from parameter t1 to t2 (radians)
    counter-clockwise when `direct`, as OpenCascade parameterises it."""

    def __init__(self, center, major, minor, x_dir, t1, t2, direct):
        self.center, self.major, self.minor, self.x_dir = center, major, minor, x_dir.normalized()
        self.t1, self.t2, self.direct = t1, t2, direct
        self.start, self.end = self._at_angle(t1), self._at_angle(t2)

    def _at_angle(self, t):
        y_dir = Vector(-self.x_dir.y, self.x_dir.x)
        return self.center.add(self.x_dir.multiply(self.major * math.cos(t))).add(y_dir.multiply(self.minor * math.sin(t)))

    def end_tangent(self):
        y_dir = Vector(-self.x_dir.y, self.x_dir.x)
        d = self.x_dir.multiply(-self.major * math.sin(self.t2)).add(y_dir.multiply(self.minor * math.cos(self.t2)))
        return d if self.direct else d.multiply(-1.0)

    def along(self, f):
        sweep = (self.t2 - self.t1) % (2 * math.pi) if self.direct else -((self.t1 - self.t2) % (2 * math.pi))
        return self._at_angle(self.t1 + f * (sweep or 2 * math.pi))

    def moved(self, offset):
        return _EllipseArc(self.center.add(offset), self.major, self.minor, self.x_dir, self.t1, self.t2, self.direct)

    def reversed(self):
        return _EllipseArc(self.center, self.major, self.minor, self.x_dir, self.t2, self.t1, not self.direct)

    def mirrored(self, m):
        # A reflection turns the ellipse's frame left-handed: angles change sign, the sense flips.
        return _EllipseArc(m(self.center), self.major, self.minor, m(self.x_dir), -self.t1, -self.t2, not self.direct)

    def flat(self):
        return [ELLIPSE, self.center.x, self.center.y, self.major, self.minor, self.x_dir.x, self.x_dir.y, self.t1, self.t2, 1 if self.direct else 0]


class Path:
    """Segments drawn one after another from `start`, in the local 2D coordinates of `plane` (the
    workplane it was begun on, which stays its plane if the chain moves to another)."""

    def __init__(self, start, plane):
        self.start = Vector(start.x, start.y)
        self.plane = plane
        self.segments = []

    @property
    def end(self):
        return self.segments[-1].end if self.segments else self.start

    def end_tangent(self):
        if not self.segments:
            raise ValueError("tangentArcPoint() needs an edge drawn before it (a line, an arc or a spline) to be tangent to")
        return self.segments[-1].end_tangent()

    def add(self, segment):
        self.segments.append(segment)

    def only_lines(self):
        return all(isinstance(s, _Line) for s in self.segments)

    def is_closed(self):
        return bool(self.segments) and self.end.sub(self.start).Length < _SAME

    def reversed(self):
        path = Path(self.end, self.plane)
        path.segments = [s.reversed() for s in reversed(self.segments)]
        return path

    def mirrored(self, m):
        path = Path(m(self.start), self.plane)
        path.segments = [s.mirrored(m) for s in self.segments]
        return path

    def flat(self):
        out = [self.start.x, self.start.y]
        for s in self.segments:
            out += s.flat()
        return out


def line(start, end):
    return _Line(start, end)


def three_point_arc(start, mid, end):
    if abs(_cross(mid.sub(start), end.sub(start))) < 1e-12:
        raise ValueError(f"an arc through ({start.x:g}, {start.y:g}), ({mid.x:g}, {mid.y:g}) and ({end.x:g}, {end.y:g}) is impossible: the points are on one line")
    return _Arc(start, mid, end)


def sagitta_point(start, end, sag):
    """CadQuery's sagittaArc: the arc's middle lies `sag` from the chord's middle, to the left
    of the chord (start to end) for a positive sagitta, to the right for a negative one."""
    along = end.sub(start).normalized().multiply(abs(sag))
    side = Vector(-along.y, along.x) if sag > 0 else Vector(along.y, -along.x)
    return start.add(end).multiply(0.5).add(side)


def radius_sagitta(start, end, radius):
    """The sagitta of an arc of `radius` over the chord start-end, signed like the radius."""
    half = end.sub(start).Length / 2.0
    rest = radius**2 - half**2
    if rest < -1e-6:
        raise ValueError(f"radiusArc: radius {radius:g} is not large enough to reach the end point ({2 * half:g} away)")
    sag = abs(radius) - (math.sqrt(rest) if abs(rest) >= 1e-6 else 0.0)
    return sag if radius > 0 else -sag


def tangent_arc(start, tangent, end):
    """The arc leaving `start` along `tangent` and ending at `end`."""
    chord = end.sub(start)
    t = tangent.normalized()
    normal = Vector(-t.y, t.x)
    across = chord.dot(normal)
    if abs(across) < 1e-12:
        raise ValueError("tangentArcPoint: the end point lies on the tangent line, so no arc is tangent there")
    radius = chord.dot(chord) / (2 * across)
    center = start.add(normal.multiply(radius))
    # The arc's middle: the start's radius turned by half the swept angle.
    start_angle = math.atan2(start.y - center.y, start.x - center.x)
    end_angle = math.atan2(end.y - center.y, end.x - center.x)
    sweep = end_angle - start_angle
    if radius > 0:
        sweep = sweep % (2 * math.pi)
    else:
        sweep = -((-sweep) % (2 * math.pi))
    half = start_angle + sweep / 2
    r = abs(radius)
    return _Arc(start, Vector(center.x + r * math.cos(half), center.y + r * math.sin(half)), end)


def ellipse_arc(center, x_radius, y_radius, angle1, angle2, rotation, sense):
    """CadQuery's ellipse arc in local coordinates (angles in degrees, sense 1 or -1)."""
    if x_radius <= 0 or y_radius <= 0:
        raise ValueError(f"ellipseArc: radii must be positive (x_radius={x_radius:g}, y_radius={y_radius:g})")
    if sense not in (1, -1):
        raise ValueError(f"ellipseArc: sense must be 1 or -1, not {sense!r}")
    turn = math.radians(rotation)
    x_dir = Vector(math.cos(turn), math.sin(turn))
    major, minor, shift = x_radius, y_radius, 0.0
    if y_radius > x_radius:
        # OpenCascade wants the major radius first: the ellipse turned a quarter, its angles back.
        x_dir, major, minor, shift = Vector(-x_dir.y, x_dir.x), y_radius, x_radius, math.pi / 2
    if angle1 == angle2:
        return _EllipseArc(center, major, minor, x_dir, -shift, 2 * math.pi - shift, True)
    t1, t2 = math.radians(angle1) - shift, math.radians(angle2) - shift
    # CadQuery's sense -1 is the same counter-clockwise arc from angle1 to angle2, run backwards.
    return _EllipseArc(center, major, minor, x_dir, t1, t2, True) if sense == 1 else _EllipseArc(center, major, minor, x_dir, t2, t1, False)


def interpolating_spline(points, tangents=None, parameters=None, scale=True, tol=1e-6):
    """The B-spline through `points` that OpenCascade's GeomAPI_Interpolate makes (CadQuery's
    Edge.makeSpline), which the kernel build lacks. `tangents` is None or one entry per point (None
    where free); `parameters` default to the cumulative chord lengths. Two points make a line,
    three a parabola, more (or any tangent) a cubic with a knot at each parameter (doubled where
    a tangent is given) whose end derivatives, when not given, are those of the Lagrange cubic
    through the first or last four points. With `scale`, each given tangent is rescaled to the
    size (sum of absolute coordinates) of a Lagrange parabola's derivative there, as OpenCascade does."""
    n = len(points)
    if n < 2:
        raise ValueError("spline needs at least two points")
    for a, b in zip(points, points[1:]):
        if b.sub(a).Length < tol:
            raise ValueError(f"spline: two consecutive points are closer than the tolerance {tol:g} at ({a.x:g}, {a.y:g})")
    if parameters is None:
        params = [0.0]
        for a, b in zip(points, points[1:]):
            params.append(params[-1] + b.sub(a).Length)
    else:
        params = [float(t) for t in parameters]
        if any(b - a <= 0 for a, b in zip(params, params[1:])):
            raise ValueError("spline: parameters must increase from one point to the next")
    given = tangents is not None
    tangents = list(tangents) if given else [None] * n
    for t in tangents:
        if t is not None and t.Length < tol:
            raise ValueError(f"spline: a tangent ({t.x:g}, {t.y:g}) is shorter than the tolerance {tol:g}")
    if given and scale:
        tangents = _scaled_tangents(points, tangents, params)
    if not given and n == 2:
        return _Spline(list(points), params, [2, 2], 1)
    if not given and n == 3:
        poles = _solve([[_basis([params[0]] * 3 + [params[2]] * 3, i, 2, u) for i in range(3)] for u in params], list(points))
        return _Spline(poles, [params[0], params[2]], [3, 3], 2)
    if n >= 3:
        # Free ends take the Lagrange interpolant's derivative (a cubic, or a parabola for three points).
        k = 3 if n > 3 else 2
        if tangents[0] is None:
            tangents[0] = _lagrange_derivative(points[: k + 1], params[: k + 1], params[0])
        if tangents[-1] is None:
            tangents[-1] = _lagrange_derivative(points[-k - 1 :], params[-k - 1 :], params[-1])
    if tangents[0] is None or tangents[-1] is None:
        raise ValueError("spline: two points with a tangent at one end only admit no cubic here; give both or none")
    mults = [4] + [2 if t is not None else 1 for t in tangents[1:-1]] + [4]
    knots = [u for u, m in zip(params, mults) for _ in range(m)]
    rows, rhs = [], []
    for u, point, tangent in zip(params, points, tangents):
        rows.append([_basis(knots, i, 3, u) for i in range(len(knots) - 4)])
        rhs.append(point)
        if tangent is not None:
            rows.append([_basis_derivative(knots, i, 3, u) for i in range(len(knots) - 4)])
            rhs.append(tangent)
    return _Spline(_solve(rows, rhs), params, mults, 3)


def periodic_spline(points, parameters=None, tol=1e-6):
    """The closed spline through `points` that GeomAPI_Interpolate makes when periodic: C2 but at
    the first point, where both ends take the Lagrange derivative through the first points (C1).
    Written as the equivalent clamped cubic through the points and the first point again."""
    n = len(points)
    if n < 3:
        raise ValueError("spline(periodic=True) needs at least three points")
    closed = list(points) + [points[0]]
    if parameters is None:
        parameters = [0.0]
        for a, b in zip(closed, closed[1:]):
            if b.sub(a).Length < tol:
                raise ValueError(f"spline: two consecutive points are closer than the tolerance {tol:g} at ({a.x:g}, {a.y:g})")
            parameters.append(parameters[-1] + b.sub(a).Length)
    k = 3 if n > 3 else 2
    tangent = _lagrange_derivative(closed[: k + 1], list(parameters[: k + 1]), parameters[0])
    return interpolating_spline(closed, [tangent] + [None] * (n - 1) + [tangent], parameters, False, tol)


def _scaled_tangents(points, tangents, params):
    degree = 1 if len(points) == 2 else 2
    out, index = list(tangents), 0
    for i, t in enumerate(tangents):
        if t is None:
            continue
        d = _lagrange_derivative(points[index : index + degree + 1], params[index : index + degree + 1], params[i])
        out[i] = t.multiply((abs(d.x) + abs(d.y)) / (abs(t.x) + abs(t.y)))
        # OpenCascade's window of points moves on one per given tangent after the first.
        if i != 0:
            index = min(index + 1, len(points) - 1 - degree)
    return out


def _lagrange_derivative(points, params, u):
    """The derivative at `u` of the polynomial through `points` at `params`."""
    out = Vector(0, 0)
    for j, (pj, tj) in enumerate(zip(points, params)):
        weight = 0.0
        for m, tm in enumerate(params):
            if m == j:
                continue
            term = 1.0 / (tj - tm)
            for k, tk in enumerate(params):
                if k not in (j, m):
                    term *= (u - tk) / (tj - tk)
            weight += term
        out = out.add(pj.multiply(weight))
    return out


def _basis(knots, i, p, u):
    """Cox-de Boor, with the last parameter belonging to the last span."""
    if p == 0:
        last = knots[-1]
        if knots[i] <= u < knots[i + 1] or (u == last and knots[i] < u <= knots[i + 1] and knots[i + 1] == last):
            return 1.0
        return 0.0
    out = 0.0
    if knots[i + p] > knots[i]:
        out += (u - knots[i]) / (knots[i + p] - knots[i]) * _basis(knots, i, p - 1, u)
    if knots[i + p + 1] > knots[i + 1]:
        out += (knots[i + p + 1] - u) / (knots[i + p + 1] - knots[i + 1]) * _basis(knots, i + 1, p - 1, u)
    return out


def _basis_derivative(knots, i, p, u):
    out = 0.0
    if knots[i + p] > knots[i]:
        out += p / (knots[i + p] - knots[i]) * _basis(knots, i, p - 1, u)
    if knots[i + p + 1] > knots[i + 1]:
        out -= p / (knots[i + p + 1] - knots[i + 1]) * _basis(knots, i + 1, p - 1, u)
    return out


def _solve(rows, rhs):
    """Gaussian elimination with partial pivoting; the right-hand sides are 2D vectors."""
    n = len(rows)
    a = [list(r) + [v.x, v.y] for r, v in zip(rows, rhs)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        if abs(a[pivot][col]) < 1e-14:
            raise ValueError("spline: these points and tangents admit no interpolating curve")
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col and a[r][col] != 0.0:
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return [Vector(a[i][n] / a[i][i], a[i][n + 1] / a[i][i]) for i in range(n)]


def _circle_center(a, b, c):
    d = 2 * (a.x * (b.y - c.y) + b.x * (c.y - a.y) + c.x * (a.y - b.y))
    if abs(d) < 1e-12:
        raise ValueError("an arc needs three points not on one line")
    a2, b2, c2 = a.dot(a), b.dot(b), c.dot(c)
    return Vector((a2 * (b.y - c.y) + b2 * (c.y - a.y) + c2 * (a.y - b.y)) / d, (a2 * (c.x - b.x) + b2 * (a.x - c.x) + c2 * (b.x - a.x)) / d)


def _cross(u, v):
    return u.x * v.y - u.y * v.x
