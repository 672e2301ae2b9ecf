import { getOC, type Shape3D } from "replicad";

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
 * Reads the kernel's buffers in place and skips vertex normals: the scorer draws nothing.
 */
export function meshShape(shape: Shape3D, tolerance: number): ShapeMesh {
  const oc = getOC();
  const raw = oc.ReplicadMeshExtractor.extract(shape.wrapped, tolerance, 0.3, true);
  try {
    const buffer = oc.wasmMemory.buffer;
    const vertices = new Float32Array(buffer, raw.getVerticesPtr() >>> 0, raw.getVerticesSize());
    const triangles = new Uint32Array(buffer, raw.getTrianglesPtr() >>> 0, raw.getTrianglesSize());
    const groups = new Int32Array(buffer, raw.getFaceGroupsPtr() >>> 0, raw.getFaceGroupsSize());
    return weld(vertices, triangles, groups, tolerance);
  } finally {
    raw.delete();
  }
}

/** `groups` holds (start, count, face id) triples over `triangles`, one per B-rep face in order. */
function weld(v: Float32Array, t: Uint32Array, groups: Int32Array, tolerance: number): ShapeMesh {
  const faceAreas = new Float64Array(groups.length / 3);
  for (let f = 0; f < faceAreas.length; f++) {
    const start = groups[3 * f], end = start + groups[3 * f + 1];
    let area = 0;
    for (let i = start; i < end; i += 3) {
      const a = 3 * t[i], b = 3 * t[i + 1], c = 3 * t[i + 2];
      const ux = v[b] - v[a], uy = v[b + 1] - v[a + 1], uz = v[b + 2] - v[a + 2];
      const wx = v[c] - v[a], wy = v[c + 1] - v[a + 1], wz = v[c + 2] - v[a + 2];
      area += 0.5 * Math.hypot(uy * wz - uz * wy, uz * wx - ux * wz, ux * wy - uy * wx);
    }
    faceAreas[f] = area;
  }
  const grid = Math.max(tolerance * 1e-3, 1e-7);
  const count = v.length / 3;
  const remap = new Uint32Array(count);
  const positions = new Float64Array(v.length);
  let welded = 0;
  // Open addressing on the grid-rounded coordinates: no key strings per vertex, so nothing for
  // the collector. Keys compare as numbers (NaN equal to NaN, as their strings were).
  const capacity = 1 << Math.max(4, Math.ceil(Math.log2(2 * count + 1)));
  const mask = capacity - 1;
  const slotKeys = new Float64Array(3 * capacity);
  const slotIndex = new Int32Array(capacity).fill(-1);
  for (let i = 0; i < count; i++) {
    const x = v[3 * i], y = v[3 * i + 1], z = v[3 * i + 2];
    const kx = Math.round(x / grid), ky = Math.round(y / grid), kz = Math.round(z / grid);
    let slot = (Math.imul(kx | 0, 0x9e3779b1) ^ Math.imul(ky | 0, 0x85ebca77) ^ Math.imul(kz | 0, 0xc2b2ae3d)) & mask;
    let index = -1;
    while (slotIndex[slot] >= 0) {
      const sx = slotKeys[3 * slot], sy = slotKeys[3 * slot + 1], sz = slotKeys[3 * slot + 2];
      if ((sx === kx || (sx !== sx && kx !== kx)) && (sy === ky || (sy !== sy && ky !== ky)) && (sz === kz || (sz !== sz && kz !== kz))) {
        index = slotIndex[slot];
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (index < 0) {
      index = welded++;
      slotIndex[slot] = index;
      slotKeys[3 * slot] = kx;
      slotKeys[3 * slot + 1] = ky;
      slotKeys[3 * slot + 2] = kz;
      positions[3 * index] = x;
      positions[3 * index + 1] = y;
      positions[3 * index + 2] = z;
    }
    remap[i] = index;
  }
  const indices = new Uint32Array(t.length);
  let kept = 0;
  for (let i = 0; i < t.length; i += 3) {
    const a = remap[t[i]], b = remap[t[i + 1]], c = remap[t[i + 2]];
    if (a !== b && b !== c && a !== c) {
      indices[kept++] = a;
      indices[kept++] = b;
      indices[kept++] = c;
    }
  }
  return { positions: positions.slice(0, 3 * welded), indices: indices.slice(0, kept), faceAreas };
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

/**
 * A tessellation the kernel already made (the viewer's, see `meshModel`), welded as `meshShape`
 * welds its own: the same triangles give the same mesh, so a score does not tessellate again.
 */
export function weldPartMesh(mesh: { positions: Float32Array; indices: Uint32Array; faceGroups: Uint32Array }, tolerance: number): ShapeMesh {
  const groups = new Int32Array(mesh.faceGroups.buffer, mesh.faceGroups.byteOffset, mesh.faceGroups.length);
  return weld(mesh.positions, mesh.indices, groups, tolerance);
}
