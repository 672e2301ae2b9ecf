import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { useThree } from "@react-three/fiber";
import * as THREE from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";

export type Projection = "perspective" | "orthographic";

const FOV_DEG = 40;
const ISO_DIRECTION = new THREE.Vector3(1, -1.3, 0.9).normalize();

interface CameraRigProps {
  projection: Projection;
  /** The box to frame when `fitToken` changes; the camera is otherwise left where the user put it. */
  bounds: THREE.Box3 | null;
  fitToken: number;
}

/**
 * Owns both cameras and the orbit controls. Switching projection keeps the view: same position,
 * target, and apparent size at the target. Rebuilds never move the camera; only a fit does.
 */
export function CameraRig({ projection, bounds, fitToken }: CameraRigProps) {
  const set = useThree((s) => s.set);
  const size = useThree((s) => s.size);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);

  const perspective = useMemo(() => new THREE.PerspectiveCamera(FOV_DEG, 1, 0.1, 1e6), []);
  const orthographic = useMemo(() => new THREE.OrthographicCamera(-1, 1, 1, -1, -1e6, 1e6), []);
  const controls = useMemo(() => {
    const c = new OrbitControls<THREE.Camera>(perspective, gl.domElement);
    c.enableDamping = false;
    c.screenSpacePanning = true;
    return c;
  }, [perspective, gl]);

  useEffect(() => {
    const onChange = () => invalidate();
    controls.addEventListener("change", onChange);
    return () => {
      controls.removeEventListener("change", onChange);
      controls.dispose();
    };
  }, [controls, invalidate]);

  const active = useRef<THREE.PerspectiveCamera | THREE.OrthographicCamera>(perspective);

  useLayoutEffect(() => {
    const from = active.current;
    const to = projection === "perspective" ? perspective : orthographic;
    if (from !== to) {
      const distance = from.position.distanceTo(controls.target) || 1;
      const visibleHeight =
        from instanceof THREE.PerspectiveCamera ? 2 * distance * Math.tan(THREE.MathUtils.degToRad(FOV_DEG / 2)) : (from.top - from.bottom) / from.zoom;
      to.position.copy(from.position);
      to.quaternion.copy(from.quaternion);
      if (to === orthographic) {
        orthographic.zoom = size.height / visibleHeight;
      } else {
        const direction = perspective.position.clone().sub(controls.target).normalize();
        const wanted = visibleHeight / (2 * Math.tan(THREE.MathUtils.degToRad(FOV_DEG / 2)));
        perspective.position.copy(controls.target).addScaledVector(direction, wanted);
      }
      active.current = to;
    }
    // r3f sizes the default camera only when the canvas resizes; the one coming in may be stale.
    orthographic.left = size.width / -2;
    orthographic.right = size.width / 2;
    orthographic.top = size.height / 2;
    orthographic.bottom = size.height / -2;
    perspective.aspect = size.width / Math.max(size.height, 1);
    orthographic.updateProjectionMatrix();
    perspective.updateProjectionMatrix();
    controls.object = to;
    controls.update();
    set({ camera: to });
    invalidate();
  }, [projection, perspective, orthographic, controls, set, size.width, size.height, invalidate]);

  useLayoutEffect(() => {
    if (!bounds || bounds.isEmpty()) return;
    frame(bounds, projection === "perspective" ? perspective : orthographic, controls, size);
    invalidate();
    // Only an explicit fit (or a new task) reframes; `bounds` changing alone must not move the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fitToken]);

  return null;
}

function frame(bounds: THREE.Box3, camera: THREE.Camera, controls: OrbitControls<THREE.Camera>, size: { width: number; height: number }) {
  const sphere = bounds.getBoundingSphere(new THREE.Sphere());
  const radius = Math.max(sphere.radius, 1e-3);
  let direction = camera.position.clone().sub(controls.target);
  direction = direction.lengthSq() > 1e-12 && controls.target.lengthSq() + camera.position.lengthSq() > 0 ? direction.normalize() : ISO_DIRECTION.clone();
  controls.target.copy(sphere.center);
  if (camera instanceof THREE.PerspectiveCamera) {
    const aspect = size.width / Math.max(size.height, 1);
    const halfFov = THREE.MathUtils.degToRad(FOV_DEG / 2);
    const fitHalf = aspect < 1 ? Math.atan(Math.tan(halfFov) * aspect) : halfFov;
    const distance = (radius / Math.sin(fitHalf)) * 1.05;
    camera.position.copy(sphere.center).addScaledVector(direction, distance);
    camera.near = distance / 100;
    camera.far = distance * 100;
    camera.updateProjectionMatrix();
  } else if (camera instanceof THREE.OrthographicCamera) {
    camera.position.copy(sphere.center).addScaledVector(direction, radius * 4);
    camera.zoom = Math.min(size.width, size.height) / (2.1 * radius);
    camera.updateProjectionMatrix();
  }
  controls.update();
}
