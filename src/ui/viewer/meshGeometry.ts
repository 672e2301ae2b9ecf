import * as THREE from "three";
import type { PartMesh } from "../../model/partMesh";

/** Three.js geometries over the worker's arrays, without copying them again. */
export function faceGeometry(mesh: PartMesh): THREE.BufferGeometry {
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
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute("position", new THREE.BufferAttribute(mesh.edges, 3));
  return geometry;
}

/** Bounding box of every part together; empty when there are none. */
export function modelBounds(parts: PartMesh[]): THREE.Box3 {
  const box = new THREE.Box3();
  const point = new THREE.Vector3();
  for (const part of parts) {
    const p = part.positions;
    for (let i = 0; i < p.length; i += 3) box.expandByPoint(point.set(p[i], p[i + 1], p[i + 2]));
  }
  return box;
}
