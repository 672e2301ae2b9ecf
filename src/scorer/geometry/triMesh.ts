import type { Shape3D } from "replicad";

/** A welded triangle mesh: shared vertices, so a closed solid gives a closed surface. */
export interface TriMesh {
  positions: Float64Array;
  indices: Uint32Array;
}

export type Box3 = { min: [number, number, number]; max: [number, number, number] };

/** A part's tessellation with the area of each B-rep face's triangles, in face order. */
export interface ShapeMesh extends TriMesh {
  faceAreas: Float64Array;
}

/**
 * Tessellates a shape and welds the per-face vertices that OpenCascade duplicates along shared
 * edges (they sit on the same edge nodes, so rounding to a tiny grid joins them exactly).
 */
export function meshShape(shape: Shape3D, tolerance: number): ShapeMesh {
  const raw = shape.mesh({ tolerance, angularTolerance: 0.3 });
  const faceAreas = new Float64Array(raw.faceGroups.length);
  raw.faceGroups.forEach((group, f) => {
    const v = raw.vertices, t = raw.triangles;
    let area = 0;
    for (let i = group.start; i < group.start + group.count; i += 3) {
      const a = 3 * t[i], b = 3 * t[i + 1], c = 3 * t[i + 2];
      const ux = v[b] - v[a], uy = v[b + 1] - v[a + 1], uz = v[b + 2] - v[a + 2];
      const wx = v[c] - v[a], wy = v[c + 1] - v[a + 1], wz = v[c + 2] - v[a + 2];
      area += 0.5 * Math.hypot(uy * wz - uz * wy, uz * wx - ux * wz, ux * wy - uy * wx);
    }
    faceAreas[f] = area;
  });
  const grid = Math.max(tolerance * 1e-3, 1e-7);
  const map = new Map<string, number>();
  const remap = new Uint32Array(raw.vertices.length / 3);
  const positions: number[] = [];
  for (let i = 0; i < remap.length; i++) {
    const x = raw.vertices[3 * i], y = raw.vertices[3 * i + 1], z = raw.vertices[3 * i + 2];
    const key = `${Math.round(x / grid)},${Math.round(y / grid)},${Math.round(z / grid)}`;
    let index = map.get(key);
    if (index === undefined) {
      index = positions.length / 3;
      map.set(key, index);
      positions.push(x, y, z);
    }
    remap[i] = index;
  }
  const indices: number[] = [];
  for (let t = 0; t < raw.triangles.length; t += 3) {
    const a = remap[raw.triangles[t]], b = remap[raw.triangles[t + 1]], c = remap[raw.triangles[t + 2]];
    if (a !== b && b !== c && a !== c) indices.push(a, b, c);
  }
  return { positions: Float64Array.from(positions), indices: Uint32Array.from(indices), faceAreas };
}

export function concatMeshes(meshes: TriMesh[]): TriMesh {
  let vertexCount = 0;
  let indexCount = 0;
  for (const m of meshes) {
    vertexCount += m.positions.length;
    indexCount += m.indices.length;
  }
  const positions = new Float64Array(vertexCount);
  const indices = new Uint32Array(indexCount);
  let vo = 0;
  let io = 0;
  for (const m of meshes) {
    positions.set(m.positions, vo);
    for (let i = 0; i < m.indices.length; i++) indices[io + i] = m.indices[i] + vo / 3;
    vo += m.positions.length;
    io += m.indices.length;
  }
  return { positions, indices };
}

export function meshBounds(mesh: TriMesh): Box3 {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < mesh.positions.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      const v = mesh.positions[i + k];
      if (v < min[k]) min[k] = v;
      if (v > max[k]) max[k] = v;
    }
  }
  return { min, max };
}

/** Applies a 3x3 matrix (row-major) then a translation: p' = M (p - centre) * scale. */
export function transformMesh(mesh: TriMesh, matrix: number[], centre: number[], scale: number): TriMesh {
  const out = new Float64Array(mesh.positions.length);
  for (let i = 0; i < out.length; i += 3) {
    const x = (mesh.positions[i] - centre[0]) * scale, y = (mesh.positions[i + 1] - centre[1]) * scale, z = (mesh.positions[i + 2] - centre[2]) * scale;
    out[i] = matrix[0] * x + matrix[1] * y + matrix[2] * z;
    out[i + 1] = matrix[3] * x + matrix[4] * y + matrix[5] * z;
    out[i + 2] = matrix[6] * x + matrix[7] * y + matrix[8] * z;
  }
  return { positions: out, indices: mesh.indices };
}

export function triangleCount(mesh: TriMesh): number {
  return mesh.indices.length / 3;
}
