// Detection lives in src/model/ so the page can reach it without the kernel; kernel-side code imports it from here.
export { resolveLanguage } from "../model/detectLanguage";
