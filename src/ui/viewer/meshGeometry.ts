import * as THREE from "three";
import type { PartMesh } from "../../model/partMesh";
import type { NonSolidMesh } from "../../model/nonSolidMesh";

type Triangles = Pick<PartMesh, "positions" | "normals" | "indices">;

/** Three.js geometries over the worker's arrays, without copying them again. */
export function faceGeometry(mesh: Triangles): THREE.BufferGeometry {
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute("position", new THREE.BufferAttribute(mesh.positions, 3));
  geometry.setAttribute("normal", new THREE.BufferAttribute(mesh.normals, 3));
  geometry.setIndex(new THREE.BufferAttribute(mesh.indices, 1));
  geometry.computeBoundingSphere();
  geometry.computeBoundingBox();
  return geometry;
}

/** Edge polylines arrive as segment pairs, ready for `LineSegments`. */
export function edgeGeometry(mesh: PartMesh): THREE.BufferGeometry {
  return segmentGeometry(mesh.edges);
}

export function segmentGeometry(segments: Float32Array): THREE.BufferGeometry {
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute("position", new THREE.BufferAttribute(segments, 3));
  return geometry;
}

/** Bounding box of every part and non-solid together (a model of lines alone has no triangles); empty when there are none. */
export function modelBounds(parts: PartMesh[], nonSolids: NonSolidMesh[] = []): THREE.Box3 {
  const box = new THREE.Box3();
  const point = new THREE.Vector3();
  const points = [...parts.map((part) => part.positions), ...nonSolids.flatMap((item) => [item.positions, item.lines])];
  for (const p of points) {
    for (let i = 0; i < p.length; i += 3) box.expandByPoint(point.set(p[i], p[i + 1], p[i + 2]));
  }
  return box;
}
